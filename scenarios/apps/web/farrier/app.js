(function () {
  "use strict";
  var TODAY = "2025-08-11";
  var FARRIERS = ["Gareth Price", "Lucy Tranter"];
  var WORK = ["Full set", "Fronts only", "Trim only", "Remedial"];
  var SEXES = ["Mare", "Gelding", "Stallion"];

  var yards = [
    { id: "Y-1", name: "Hollybush Stables", address: "Hollybush Lane, Ledbury HR8 2PL", contact: "Sue Prosser", phone: "07700 900701" },
    { id: "Y-2", name: "Brook Farm Livery", address: "Brook Farm, Much Marcle HR8 2NA", contact: "Dan Whitcombe", phone: "07700 900702" },
    { id: "Y-3", name: "Oakleigh Equestrian Centre", address: "Oakleigh, Bromyard HR7 4QT", contact: "Fiona Lake", phone: "07700 900703" },
    { id: "Y-4", name: "Meadow View Riding School", address: "Walwyn Road, Colwall WR13 6DP", contact: "Tom Gittins", phone: "07700 900704" },
    { id: "Y-5", name: "The Paddocks", address: "Horse Road, Wellington Heath HR8 1LS", contact: "Harriet Pugh", phone: "07700 900705" },
    { id: "Y-6", name: "Ashperton Polo Yard", address: "Ashperton HR8 2RY", contact: "Nico Alvarez", phone: "07700 900706" },
    { id: "Y-7", name: "Little Hope Farm", address: "Eastnor HR8 1RD", contact: "Jenny Cole", phone: "07700 900707" },
    { id: "Y-8", name: "Bosbury Court Stud", address: "Bosbury HR8 1QR", contact: "Richard Vane", phone: "07700 900708" }
  ];
  function addDays(d, n) { var t = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  var Hr = function (id, name, yard, owner, breed, colour, sex, work, cycle, last, handling) {
    return { id: id, name: name, yard: yard, owner: owner, breed: breed, colour: colour, sex: sex, work: work, cycleWeeks: cycle, lastDone: last, nextDue: last ? addDays(last, cycle * 7) : "", handling: handling || "", sedation: false, active: true };
  };
  var horses = [
    Hr("H-01", "Biscuit", "Y-1", "Sue Prosser", "Welsh Cob", "Chestnut", "Gelding", "Full set", 6, "2025-06-30"),
    Hr("H-02", "Willow", "Y-1", "Anna Griffiths", "Thoroughbred cross", "Bay", "Mare", "Fronts only", 6, "2025-06-30"),
    Hr("H-03", "Captain", "Y-1", "Sue Prosser", "Irish Draught", "Grey", "Gelding", "Full set", 7, "2025-06-23", "Leans on you with the offside hind."),
    Hr("H-04", "Pepper", "Y-1", "Lily Marsh", "Connemara", "Dun", "Mare", "Trim only", 8, "2025-06-16"),
    Hr("H-05", "Dolly", "Y-1", "Lily Marsh", "Shetland", "Skewbald", "Mare", "Trim only", 10, "2025-07-28"),
    Hr("H-06", "Jasper", "Y-2", "Claire Hughes", "Hanoverian", "Bay", "Gelding", "Full set", 5, "2025-08-06"),
    Hr("H-07", "Rosie", "Y-2", "Mark Dale", "Cob", "Piebald", "Mare", "Trim only", 8, "2025-06-19"),
    Hr("H-08", "Sundance", "Y-2", "Amy Fletcher", "Appaloosa", "Spotted", "Gelding", "Fronts only", 6, "2025-07-03"),
    Hr("H-09", "Duke", "Y-3", "Fiona Lake", "Shire", "Black", "Gelding", "Full set", 6, "2025-07-03", "Needs the big stand — 10 inch feet."),
    Hr("H-10", "Flynn", "Y-3", "Oakleigh Equestrian Centre", "Sport horse", "Bay", "Gelding", "Remedial", 5, "2025-08-08", "Bar shoes on fronts; speak to the vet before any change."),
    Hr("H-11", "Tilly", "Y-3", "Oakleigh Equestrian Centre", "Welsh Section D", "Chestnut", "Mare", "Fronts only", 6, "2025-07-03"),
    Hr("H-12", "Bramble", "Y-3", "Kate Morris", "New Forest", "Bay", "Mare", "Trim only", 8, "2025-06-19"),
    Hr("H-13", "Patch", "Y-4", "Meadow View Riding School", "Cob", "Piebald", "Gelding", "Full set", 5, "2025-08-04"),
    Hr("H-14", "Smudge", "Y-4", "Meadow View Riding School", "Welsh Section A", "Grey", "Gelding", "Full set", 6, "2025-08-04"),
    Hr("H-15", "Merlin", "Y-4", "Meadow View Riding School", "Dales", "Black", "Gelding", "Full set", 6, "2025-08-04"),
    Hr("H-16", "Hector", "Y-5", "Harriet Pugh", "Cleveland Bay", "Bay", "Gelding", "Full set", 6, "2025-06-30"),
    Hr("H-17", "Lola", "Y-6", "Nico Alvarez", "Polo pony", "Bay", "Mare", "Full set", 5, "2025-08-05"),
    Hr("H-18", "Chispa", "Y-6", "Nico Alvarez", "Polo pony", "Chestnut", "Mare", "Full set", 5, "2025-08-05"),
    Hr("H-19", "Archie", "Y-7", "Jenny Cole", "Highland", "Dun", "Gelding", "Trim only", 8, "2025-08-07"),
    Hr("H-20", "Nutmeg", "Y-7", "Jenny Cole", "Exmoor", "Brown", "Mare", "Trim only", 8, "2025-08-07"),
    Hr("H-21", "Valiant", "Y-8", "Bosbury Court Stud", "Welsh Section D", "Chestnut", "Stallion", "Full set", 6, "2025-08-08", "Stallion: handled by stud staff only."),
    Hr("H-22", "Bluebell", "Y-8", "Bosbury Court Stud", "Welsh Section D", "Blue roan", "Mare", "Trim only", 8, "2025-06-20")
  ];
  var Vi = function (id, yard, date, slot, farrier, hs, status) { return { id: id, yard: yard, date: date, slot: slot, farrier: farrier, horses: hs, status: status, done: status === "Completed" ? hs.slice() : [], rescheduleReason: "", cancelReason: "", notes: "" }; };
  var visits = [
    Vi("V-505", "Y-4", "2025-08-04", "Morning", "Lucy Tranter", ["H-13", "H-14", "H-15"], "Completed"),
    Vi("V-506", "Y-6", "2025-08-05", "Morning", "Gareth Price", ["H-17", "H-18"], "Completed"),
    Vi("V-507", "Y-2", "2025-08-06", "Afternoon", "Lucy Tranter", ["H-06"], "Completed"),
    Vi("V-508", "Y-7", "2025-08-07", "Morning", "Gareth Price", ["H-19", "H-20"], "Completed"),
    Vi("V-509", "Y-8", "2025-08-08", "Morning", "Gareth Price", ["H-21"], "Completed"),
    Vi("V-510", "Y-3", "2025-08-08", "Afternoon", "Lucy Tranter", ["H-10"], "Completed"),
    Vi("V-511", "Y-1", "2025-07-28", "Afternoon", "Lucy Tranter", ["H-05"], "Completed"),
    Vi("V-512", "Y-1", "2025-08-11", "Morning", "Gareth Price", ["H-01", "H-02", "H-03", "H-04"], "Planned"),
    Vi("V-513", "Y-5", "2025-08-11", "Afternoon", "Lucy Tranter", ["H-16"], "Planned"),
    Vi("V-514", "Y-3", "2025-08-14", "Morning", "Lucy Tranter", ["H-09", "H-11", "H-12"], "Planned"),
    Vi("V-515", "Y-2", "2025-08-14", "Afternoon", "Gareth Price", ["H-07", "H-08"], "Planned"),
    Vi("V-516", "Y-8", "2025-08-15", "Morning", "Gareth Price", ["H-22"], "Planned"),
    Vi("V-517", "Y-4", "2025-08-18", "Afternoon", "Lucy Tranter", ["H-13"], "Planned"),
    Vi("V-518", "Y-3", "2025-08-21", "Afternoon", "Gareth Price", ["H-10"], "Planned"),
    Vi("V-519", "Y-1", "2025-09-08", "Morning", "Lucy Tranter", ["H-05"], "Planned")
  ];
  visits[12].notes = "Patch threw a shoe — remedial check";
  var In = function (id, yard, date, amount, status, paidDate, method) { return { id: id, yard: yard, date: date, due: addDays(date, 14), amount: amount, status: status, paidDate: paidDate || "", method: method || "" }; };
  var invoices = [
    In("INV-8801", "Y-4", "2025-07-07", 285, "Paid", "2025-07-18", "Bank transfer"),
    In("INV-8802", "Y-2", "2025-07-02", 190, "Unpaid"),
    In("INV-8803", "Y-6", "2025-07-08", 240, "Paid", "2025-07-10", "Bank transfer"),
    In("INV-8804", "Y-1", "2025-07-01", 310, "Paid", "2025-07-09", "Cheque"),
    In("INV-8805", "Y-3", "2025-07-10", 420, "Paid", "2025-07-22", "Bank transfer"),
    In("INV-8806", "Y-4", "2025-08-04", 285, "Unpaid"),
    In("INV-8807", "Y-6", "2025-08-05", 240, "Unpaid"),
    In("INV-8808", "Y-2", "2025-08-06", 115, "Unpaid"),
    In("INV-8809", "Y-7", "2025-08-07", 150, "Unpaid"),
    In("INV-8810", "Y-8", "2025-08-08", 95, "Unpaid"),
    In("INV-8811", "Y-3", "2025-08-08", 85, "Unpaid"),
    In("INV-8812", "Y-2", "2025-06-04", 205, "Paid", "2025-06-20", "Cheque"),
    In("INV-8813", "Y-5", "2025-07-14", 95, "Unpaid")
  ];

  var S = window.state = { today: TODAY, yards: yards, horses: horses, visits: visits, invoices: invoices,
    ui: { view: "visits", when: "This week", farrier: "All farriers", yard: "All yards", hq: "", hyard: "All yards", horse: "", htab: "details", itab: "Outstanding", iyard: "All yards", sel: [] } };
  var nextHorse = 23, nextVisit = 520;

  /* ---------- helpers ---------- */
  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function weekStart(d) { var t = dd(d), w = (t.getUTCDay() + 6) % 7; return addDays(d, -w); }
  function money(n) { return "£" + (+n).toFixed(2); }
  function yard(id) { return S.yards.find(function (y) { return y.id === id; }); }
  function horse(id) { return S.horses.find(function (h) { return h.id === id; }); }
  function visit(id) { return S.visits.find(function (v) { return v.id === id; }); }
  function inv(id) { return S.invoices.find(function (v) { return v.id === id; }); }
  function invStatus(i) { return i.status === "Paid" ? "Paid" : i.due < TODAY ? "Overdue" : "Unpaid"; }
  function badge(s) { return '<span class="badge b-' + s.replace(/\s/g, "") + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function radio(name) { var r = overlay.querySelector("input[name=" + name + "]:checked"); return r ? r.value : ""; }
  function fail(id, msg) { document.getElementById(id).textContent = msg; return false; }
  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; if (it.disabled) b.disabled = true; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(), top = r.bottom + 4;
    if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 4;
    m.style.top = top + "px"; m.style.left = Math.max(8, r.right - m.offsetWidth) + "px"; menuEl = m;
  }
  function openModal(title, body, buttons) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button class="close" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer></footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show");
    return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fmt(TODAY) + " " + TODAY.slice(0, 4);
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    var over = S.invoices.filter(function (i) { return invStatus(i) === "Overdue"; }).length;
    document.getElementById("cnt-over").textContent = over ? over : "";
    document.getElementById("cnt-over").setAttribute("aria-label", over + " overdue");
    ({ visits: renderVisits, horses: renderHorses, yards: renderYards, invoices: renderInvoices })[S.ui.view]();
  }

  /* ---------- Visits ---------- */
  function visibleVisits() {
    var w = S.ui.when, ws = weekStart(TODAY);
    return S.visits.filter(function (v) {
      if (w === "Today" && v.date !== TODAY) return false;
      if (w === "This week" && (v.date < ws || v.date > addDays(ws, 6))) return false;
      if (w === "Next week" && (v.date < addDays(ws, 7) || v.date > addDays(ws, 13))) return false;
      if (w === "All upcoming" && v.date < TODAY) return false;
      if (w === "Past" && v.date >= TODAY) return false;
      if (S.ui.farrier !== "All farriers" && v.farrier !== S.ui.farrier) return false;
      if (S.ui.yard !== "All yards" && v.yard !== S.ui.yard) return false;
      return true;
    }).sort(function (a, b) { return (a.date + (a.slot === "Morning" ? "0" : "1")) < (b.date + (b.slot === "Morning" ? "0" : "1")) ? -1 : 1; });
  }
  function renderVisits() {
    var list = visibleVisits();
    var due = S.horses.filter(function (h) { return h.active && h.nextDue && h.nextDue <= addDays(TODAY, 7) && !S.visits.some(function (v) { return v.status === "Planned" && v.horses.indexOf(h.id) >= 0; }); });
    var h = '<div class="bar"><h1>Visits</h1><span class="sp"></span><button class="btn pri" data-act="newvisit">+ Plan a visit</button></div>' +
      '<div class="bar"><select id="f-when" aria-label="When">' + opts(["Today", "This week", "Next week", "All upcoming", "Past", "All visits"], S.ui.when) + "</select>" +
      '<select id="f-farrier" aria-label="Farrier">' + opts(["All farriers"].concat(FARRIERS), S.ui.farrier) + "</select>" +
      '<select id="f-yard" aria-label="Yard">' + opts([["All yards", "All yards"]].concat(S.yards.map(function (y) { return [y.id, y.name]; })), S.ui.yard) + "</select>" +
      '<span class="sp"></span>' + (due.length ? '<span class="muted">' + due.length + " horse" + (due.length === 1 ? " is" : "s are") + " due within a week with no visit planned</span>" : "") + "</div>";
    h += list.length ? '<table class="tbl"><thead><tr><th>When</th><th>Yard</th><th>Horses</th><th>Farrier</th><th>Status</th><th></th></tr></thead><tbody>' + list.map(function (v) {
      var y = yard(v.yard);
      return "<tr><td><b>" + fmt(v.date) + '</b><div class="muted">' + v.slot + "</div></td><td>" + esc(y.name) + '<div class="muted">' + esc(y.address) + "</div></td><td>" + v.horses.map(function (id) { var hs = horse(id), skipped = v.status === "Completed" && v.done.indexOf(id) < 0; return (skipped ? "<s>" : "") + esc(hs.name) + (skipped ? "</s>" : "") + ' <span class="muted">(' + hs.work.toLowerCase() + ")</span>"; }).join(", ") + (v.notes ? '<div class="muted">' + esc(v.notes) + "</div>" : "") + "</td><td>" + esc(v.farrier) + "</td><td>" + badge(v.status) + (v.rescheduleReason ? '<div class="muted">Moved: ' + esc(v.rescheduleReason.toLowerCase()) + "</div>" : "") +
        '</td><td><button class="kebab" data-act="vmenu" data-id="' + v.id + '" aria-label="Actions for visit ' + v.id + " (" + esc(y.name) + ", " + fmt(v.date) + ')" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") + "</tbody></table>" : '<div class="empty">No visits for these filters.</div>';
    view.innerHTML = h;
    [["f-when", "when"], ["f-farrier", "farrier"], ["f-yard", "yard"]].forEach(function (p) { document.getElementById(p[0]).addEventListener("change", function (e) { S.ui[p[1]] = e.target.value; render(); }); });
  }
  function visitMenu(btn, v) {
    var open = v.status === "Planned";
    showMenu(btn, [
      { label: "Complete visit…", disabled: !open || v.date > TODAY, fn: function () { completeDlg(v); } },
      { label: "Reschedule…", disabled: !open, fn: function () { rescheduleDlg(v); } },
      { label: "Edit notes…", fn: function () { openModal("Notes — " + v.id, '<div class="fld"><label class="l" for="vn">Visit notes</label><textarea id="vn" rows="3">' + esc(v.notes) + "</textarea></div>", [{ label: "Cancel" }, { label: "Save notes", cls: "pri", fn: function () { v.notes = val("vn"); toast("Notes saved"); render(); } }]); } },
      { label: "Cancel visit…", red: true, disabled: !open, fn: function () { cancelDlg(v); } }
    ]);
  }
  function vhead(v) { var y = yard(v.yard); return "<p><b>" + esc(y.name) + '</b><br><span class="muted">' + v.id + " · " + fmt(v.date) + " " + v.slot.toLowerCase() + " · " + esc(v.farrier) + "</span></p>"; }
  function completeDlg(v) {
    var md = openModal("Complete visit " + v.id, vhead(v) + '<p class="muted">Untick any horse that wasn\'t done — it stays due for the next visit.</p><div class="horselist" role="group" aria-label="Horses done">' +
      v.horses.map(function (id) { var hs = horse(id); return '<label><input type="checkbox" data-h="' + id + '" checked> ' + esc(hs.name) + " (" + hs.work.toLowerCase() + ')<span class="sp"></span><span class="muted">every ' + hs.cycleWeeks + " weeks</span></label>"; }).join("") +
      '</div><div class="fld"><label class="l" for="cv-n">Visit notes (optional)</label><textarea id="cv-n" rows="2"></textarea></div><div class="err" id="cv-err"></div>',
      [{ label: "Cancel" }, { label: "Complete visit", cls: "pri", fn: function () {
        var done = []; md.querySelectorAll("[data-h]").forEach(function (cb) { if (cb.checked) done.push(cb.dataset.h); });
        if (!done.length) return fail("cv-err", "No horses ticked — cancel the visit instead.");
        v.status = "Completed"; v.done = done; var n = val("cv-n"); if (n) v.notes = v.notes ? v.notes + " — " + n : n;
        done.forEach(function (id) { var hs = horse(id); hs.lastDone = v.date; hs.nextDue = addDays(v.date, hs.cycleWeeks * 7); });
        toast(v.id + " completed — " + done.length + " of " + v.horses.length + " horses done"); render();
      } }]);
  }
  function rescheduleDlg(v) {
    openModal("Reschedule visit " + v.id, vhead(v) +
      '<div class="two"><div class="fld"><label class="l" for="rv-d">New date</label><input type="date" id="rv-d" min="' + TODAY + '" value="' + v.date + '"></div><div class="fld"><span class="l">Time of day</span><div class="radios" role="radiogroup" aria-label="Time of day">' + ["Morning", "Afternoon"].map(function (s) { return '<label><input type="radio" name="rv-s" value="' + s + '"' + (v.slot === s ? " checked" : "") + "> " + s + "</label>"; }).join("") + "</div></div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="rv-f">Farrier</label><select id="rv-f">' + opts(FARRIERS, v.farrier) + '</select></div><div class="fld"><label class="l" for="rv-r">Reason</label><select id="rv-r"><option value="">— choose —</option>' + opts(["Yard request", "Farrier unavailable", "Weather", "Horse unwell", "Other"], "") + "</select></div></div>" +
      '<div class="fld"><label class="chk"><input type="checkbox" id="rv-txt" checked> Text the yard contact (' + esc(yard(v.yard).contact) + ')</label></div><div class="err" id="rv-err"></div>',
      [{ label: "Cancel" }, { label: "Save new date", cls: "pri", fn: function () {
        var d = val("rv-d"), s = radio("rv-s"), f = val("rv-f"), r = val("rv-r");
        if (!d || d < TODAY) return fail("rv-err", "Choose a date from today onwards.");
        if (!r) return fail("rv-err", "Choose a reason.");
        var clash = S.visits.find(function (x) { return x !== v && x.status === "Planned" && x.date === d && x.slot === s && x.farrier === f; });
        if (clash) return fail("rv-err", f + " is already at " + yard(clash.yard).name + " that " + s.toLowerCase() + ".");
        v.date = d; v.slot = s; v.farrier = f; v.rescheduleReason = r;
        toast(v.id + " moved to " + fmt(d) + " " + s.toLowerCase()); render();
      } }]);
  }
  function cancelDlg(v) {
    openModal("Cancel visit " + v.id, vhead(v) + '<div class="fld"><label class="l" for="cx-r">Reason</label><select id="cx-r"><option value="">— choose —</option>' + opts(["Yard request", "Farrier unavailable", "Weather", "Horse sold", "Other"], "") + '</select></div><div class="err" id="cx-err"></div>',
      [{ label: "Keep visit" }, { label: "Cancel visit", cls: "danger", fn: function () { var r = val("cx-r"); if (!r) return fail("cx-err", "Choose a reason."); v.status = "Cancelled"; v.cancelReason = r; toast(v.id + " cancelled"); render(); } }]);
  }
  function newVisitDlg() {
    var md = openModal("Plan a visit",
      '<div class="fld"><label class="l" for="nv-y">Yard</label><select id="nv-y"><option value="">— choose yard —</option>' + opts(S.yards.map(function (y) { return [y.id, y.name]; }), "") + "</select></div>" +
      '<div class="three"><div class="fld"><label class="l" for="nv-d">Date</label><input type="date" id="nv-d" min="' + TODAY + '"></div><div class="fld"><label class="l" for="nv-s">Time of day</label><select id="nv-s">' + opts(["Morning", "Afternoon"], "Morning") + '</select></div><div class="fld"><label class="l" for="nv-f">Farrier</label><select id="nv-f">' + opts(FARRIERS, FARRIERS[0]) + "</select></div></div>" +
      '<div class="horselist" id="nv-h" role="group" aria-label="Horses"></div><div class="err" id="nv-err"></div>',
      [{ label: "Cancel" }, { label: "Plan visit", cls: "pri", fn: function () {
        var y = val("nv-y"), d = val("nv-d"), s = val("nv-s"), f = val("nv-f"), hs = [];
        md.querySelectorAll("[data-h]").forEach(function (cb) { if (cb.checked) hs.push(cb.dataset.h); });
        if (!y) return fail("nv-err", "Choose a yard."); if (!d) return fail("nv-err", "Choose a date."); if (!hs.length) return fail("nv-err", "Tick at least one horse.");
        if (S.visits.some(function (x) { return x.status === "Planned" && x.date === d && x.slot === s && x.farrier === f; })) return fail("nv-err", f + " is already booked that " + s.toLowerCase() + ".");
        S.visits.push(Vi("V-" + nextVisit++, y, d, s, f, hs, "Planned")); toast("Visit planned for " + fmt(d)); render();
      } }]);
    document.getElementById("nv-y").addEventListener("change", function () {
      var y = val("nv-y");
      document.getElementById("nv-h").innerHTML = S.horses.filter(function (h) { return h.yard === y && h.active; }).map(function (h) { return '<label><input type="checkbox" data-h="' + h.id + '"> ' + esc(h.name) + ' <span class="sp"></span><span class="muted">due ' + fmt(h.nextDue) + "</span></label>"; }).join("");
    });
  }

  /* ---------- Horses ---------- */
  function renderHorses() {
    var q = S.ui.hq.trim().toLowerCase();
    var list = S.horses.filter(function (h) { return (S.ui.hyard === "All yards" || h.yard === S.ui.hyard) && (!q || (h.name + " " + h.owner + " " + h.breed + " " + yard(h.yard).name).toLowerCase().indexOf(q) >= 0); }).sort(function (a, b) { return a.name.localeCompare(b.name); });
    var cur = S.ui.horse ? horse(S.ui.horse) : null;
    var h = '<div class="bar"><h1>Horses</h1><span class="sp"></span><input type="search" id="hq" placeholder="Search horse, owner, breed…" aria-label="Search horses" style="width:230px" value="' + esc(S.ui.hq) + '">' +
      '<select id="f-hyard" aria-label="Yard">' + opts([["All yards", "All yards"]].concat(S.yards.map(function (y) { return [y.id, y.name]; })), S.ui.hyard) + '</select><button class="btn pri" data-act="newhorse">+ Add horse</button></div>';
    var tbl = list.length ? '<table class="tbl"><thead><tr><th>Horse</th><th>Yard</th><th>Work</th><th>Cycle</th><th>Last done</th><th>Next due</th></tr></thead><tbody>' + list.map(function (x) {
      return '<tr class="' + (cur && cur.id === x.id ? "cur" : "") + '"><td><button class="link" data-act="openhorse" data-id="' + x.id + '">' + esc(x.name) + '</button><div class="muted">' + esc(x.breed + ", " + x.colour.toLowerCase() + " " + x.sex.toLowerCase()) + "</div></td><td>" + esc(yard(x.yard).name) + '<div class="muted">' + esc(x.owner) + "</div></td><td>" + x.work + "</td><td>" + x.cycleWeeks + " wks</td><td>" + fmtY(x.lastDone) + "</td><td>" + (x.nextDue && x.nextDue <= TODAY ? badge("Due") + " " : "") + fmt(x.nextDue) + "</td></tr>";
    }).join("") + "</tbody></table>" : '<div class="empty">No horses found.</div>';
    view.innerHTML = h + (cur ? '<div class="split"><div>' + tbl + "</div>" + horsePanel(cur) + "</div>" : tbl);
    var hq = document.getElementById("hq");
    hq.addEventListener("input", function () { S.ui.hq = hq.value; var pos = hq.selectionStart; render(); var n = document.getElementById("hq"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-hyard").addEventListener("change", function (e) { S.ui.hyard = e.target.value; render(); });
  }
  function horsePanel(x) {
    var t = S.ui.htab, hist = S.visits.filter(function (v) { return v.horses.indexOf(x.id) >= 0; }).sort(function (a, b) { return a.date < b.date ? 1 : -1; });
    var h = '<aside class="panel" aria-label="Horse details"><div class="hd"><h2>' + esc(x.name) + '</h2><button class="close" data-act="closehorse" aria-label="Close horse details">×</button></div>' +
      '<div class="tabs" role="tablist">' + [["details", "Details"], ["history", "Visits (" + hist.length + ")"]].map(function (z) { return '<button role="tab" data-act="htab" data-tab="' + z[0] + '" aria-selected="' + (t === z[0]) + '">' + z[1] + "</button>"; }).join("") + '</div><div role="tabpanel">';
    if (t === "details") h += '<dl class="kv"><dt>Yard</dt><dd>' + esc(yard(x.yard).name) + "</dd><dt>Owner</dt><dd>" + esc(x.owner) + "</dd><dt>Breed</dt><dd>" + esc(x.breed) + "</dd><dt>Colour / sex</dt><dd>" + esc(x.colour + " " + x.sex.toLowerCase()) + "</dd><dt>Work</dt><dd>" + x.work + " every " + x.cycleWeeks + " weeks</dd><dt>Handling</dt><dd>" + (x.handling ? esc(x.handling) : '<span class="muted">—</span>') + (x.sedation ? "<br><b>Needs sedation (vet)</b>" : "") + '</dd></dl><div style="margin-top:12px"><button class="btn" data-act="edithorse" data-id="' + x.id + '">Edit horse…</button></div>';
    else h += hist.length ? '<table class="tbl"><tbody>' + hist.map(function (v) { return "<tr><td>" + fmtY(v.date) + '<div class="muted">' + esc(v.farrier) + "</div></td><td>" + badge(v.status === "Completed" && v.done.indexOf(x.id) < 0 ? "Not done" : v.status) + "</td></tr>"; }).join("") + "</tbody></table>" : '<p class="muted">No visits yet.</p>';
    return h + "</div></aside>";
  }
  function horseDlg(x) {
    var isNew = !x; x = x || { name: "", yard: "", owner: "", breed: "", colour: "", sex: "", work: "", cycleWeeks: "", lastDone: "", handling: "", sedation: false };
    openModal(isNew ? "Add horse" : "Edit horse — " + x.name,
      '<div class="two"><div class="fld"><label class="l" for="hx-n">Name</label><input type="text" id="hx-n" value="' + esc(x.name) + '"></div><div class="fld"><label class="l" for="hx-y">Yard</label><select id="hx-y"><option value="">— choose yard —</option>' + opts(S.yards.map(function (y) { return [y.id, y.name]; }), x.yard) + "</select></div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="hx-o">Owner</label><input type="text" id="hx-o" value="' + esc(x.owner) + '"></div><div class="fld"><label class="l" for="hx-b">Breed</label><input type="text" id="hx-b" value="' + esc(x.breed) + '"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="hx-c">Colour</label><input type="text" id="hx-c" value="' + esc(x.colour) + '"></div><div class="fld"><label class="l" for="hx-s">Sex</label><select id="hx-s"><option value="">— choose —</option>' + opts(SEXES, x.sex) + "</select></div></div>" +
      '<div class="fld"><span class="l">Work</span><div class="radios" role="radiogroup" aria-label="Work">' + WORK.map(function (w) { return '<label><input type="radio" name="hx-w" value="' + w + '"' + (x.work === w ? " checked" : "") + "> " + w + "</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="hx-cy">Shoeing cycle</label><select id="hx-cy"><option value="">— choose —</option>' + opts([4, 5, 6, 7, 8, 10, 12].map(function (n) { return [n, "Every " + n + " weeks"]; }), x.cycleWeeks) + '</select></div><div class="fld"><label class="l" for="hx-ld">Last shod / trimmed</label><input type="date" id="hx-ld" max="' + TODAY + '" value="' + x.lastDone + '"></div></div>' +
      '<div class="fld"><label class="l" for="hx-h">Handling notes</label><textarea id="hx-h" rows="2">' + esc(x.handling) + "</textarea></div>" +
      '<div class="fld"><label class="chk"><input type="checkbox" id="hx-sed"' + (x.sedation ? " checked" : "") + '> Needs sedation from the vet</label></div><div class="err" id="hx-err"></div>',
      [{ label: "Cancel" }, { label: isNew ? "Add horse" : "Save horse", cls: "pri", fn: function () {
        if (!val("hx-n")) return fail("hx-err", "Enter the horse's name.");
        if (!val("hx-y")) return fail("hx-err", "Choose the yard.");
        if (!radio("hx-w")) return fail("hx-err", "Choose the work.");
        if (!val("hx-cy")) return fail("hx-err", "Choose the shoeing cycle.");
        var o = isNew ? Hr("H-" + nextHorse++, "", "", "", "", "", "", "", 6, "") : x;
        o.name = val("hx-n"); o.yard = val("hx-y"); o.owner = val("hx-o"); o.breed = val("hx-b"); o.colour = val("hx-c"); o.sex = val("hx-s"); o.work = radio("hx-w"); o.cycleWeeks = +val("hx-cy"); o.lastDone = val("hx-ld"); o.nextDue = o.lastDone ? addDays(o.lastDone, o.cycleWeeks * 7) : ""; o.handling = val("hx-h"); o.sedation = document.getElementById("hx-sed").checked;
        if (isNew) { S.horses.push(o); S.ui.horse = o.id; S.ui.htab = "details"; }
        toast((isNew ? "Added " : "Saved ") + o.name); render();
      } }]);
  }

  /* ---------- Yards ---------- */
  function renderYards() {
    view.innerHTML = '<div class="bar"><h1>Yards</h1></div><div class="cards">' + S.yards.map(function (y) {
      var hs = S.horses.filter(function (h) { return h.yard === y.id && h.active; });
      var nv = S.visits.filter(function (v) { return v.yard === y.id && v.status === "Planned"; }).sort(function (a, b) { return a.date < b.date ? -1 : 1; })[0];
      return '<article class="card" aria-label="' + esc(y.name) + '"><h3>' + esc(y.name) + '</h3><div class="muted">' + esc(y.address) + "</div><div>" + esc(y.contact) + ' · <span class="muted">' + esc(y.phone) + '</span></div><div style="margin-top:6px">' + hs.length + " horse" + (hs.length === 1 ? "" : "s") + ": " + hs.map(function (h) { return esc(h.name); }).join(", ") + '</div><div class="muted" style="margin-top:4px">Next visit: ' + (nv ? fmt(nv.date) + " " + nv.slot.toLowerCase() : "none planned") + "</div></article>";
    }).join("") + "</div>";
  }

  /* ---------- Invoices ---------- */
  function visibleInvoices() {
    var t = S.ui.itab;
    return S.invoices.filter(function (i) {
      var st = invStatus(i);
      if (t === "Outstanding" && st === "Paid") return false;
      if (t === "Overdue" && st !== "Overdue") return false;
      if (t === "Paid" && st !== "Paid") return false;
      return S.ui.iyard === "All yards" || i.yard === S.ui.iyard;
    }).sort(function (a, b) { return a.date < b.date ? -1 : 1; });
  }
  function renderInvoices() {
    var list = visibleInvoices(), sel = S.ui.sel, t = S.ui.itab;
    var owed = S.invoices.filter(function (i) { return i.status !== "Paid"; }).reduce(function (a, i) { return a + i.amount; }, 0);
    var h = '<div class="bar"><h1>Invoices</h1><span class="sp"></span><span class="muted">Outstanding in total: <b>' + money(owed) + "</b></span></div>" +
      '<div class="tabs" role="tablist">' + ["Outstanding", "Overdue", "Paid", "All"].map(function (x) { return '<button role="tab" data-act="itab" data-tab="' + x + '" aria-selected="' + (t === x) + '">' + x + "</button>"; }).join("") + "</div>" +
      '<div class="bar"><select id="f-iyard" aria-label="Yard">' + opts([["All yards", "All yards"]].concat(S.yards.map(function (y) { return [y.id, y.name]; })), S.ui.iyard) + "</select></div>";
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkpaid">Mark as paid…</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear selection</button></div>';
    if (!list.length) { view.innerHTML = h + '<div class="empty">No invoices here.</div>'; bindInv(); return; }
    var all = list.every(function (i) { return sel.indexOf(i.id) >= 0; });
    h += '<table class="tbl"><thead><tr><th style="width:32px"><input type="checkbox" id="selall" aria-label="Select all shown"' + (all ? " checked" : "") + '></th><th>Invoice</th><th>Yard</th><th>Issued</th><th>Due</th><th style="text-align:right">Amount</th><th>Status</th><th></th></tr></thead><tbody>' + list.map(function (i) {
      var on = sel.indexOf(i.id) >= 0, st = invStatus(i);
      return '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + i.id + '" aria-label="Select ' + i.id + '"' + (on ? " checked" : "") + "></td><td><b>" + i.id + "</b></td><td>" + esc(yard(i.yard).name) + "</td><td>" + fmtY(i.date) + "</td><td>" + fmtY(i.due) + '</td><td style="text-align:right">' + money(i.amount) + "</td><td>" + badge(st) + (i.paidDate ? '<div class="muted">' + fmtY(i.paidDate) + " · " + esc(i.method) + "</div>" : "") +
        '</td><td><button class="kebab" data-act="imenu" data-id="' + i.id + '" aria-label="Actions for ' + i.id + '" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") + "</tbody></table>";
    view.innerHTML = h; bindInv();
  }
  function bindInv() {
    document.getElementById("f-iyard").addEventListener("change", function (e) { S.ui.iyard = e.target.value; render(); });
    var sa = document.getElementById("selall");
    if (sa) sa.addEventListener("change", function () { var ids = visibleInvoices().map(function (i) { return i.id; }); if (sa.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function paidDlg(ids) {
    var bad = ids.map(inv).filter(function (i) { return i.status === "Paid"; });
    if (bad.length) { toast(bad.map(function (i) { return i.id; }).join(", ") + (bad.length > 1 ? " are" : " is") + " already paid."); return; }
    var tot = ids.map(inv).reduce(function (a, i) { return a + i.amount; }, 0);
    openModal(ids.length === 1 ? "Record payment — " + ids[0] : "Record payment — " + ids.length + " invoices", "<p>" + ids.map(function (id) { var i = inv(id); return esc(i.id + " · " + yard(i.yard).name + " · " + money(i.amount)); }).join("<br>") + "</p><p>Total <b>" + money(tot) + "</b></p>" +
      '<div class="two"><div class="fld"><label class="l" for="ip-d">Date paid</label><input type="date" id="ip-d" value="' + TODAY + '" max="' + TODAY + '"></div><div class="fld"><label class="l" for="ip-m">Payment method</label><select id="ip-m"><option value="">— choose —</option>' + opts(["Bank transfer", "Cash", "Cheque", "Card"], "") + '</select></div></div><div class="err" id="ip-err"></div>',
      [{ label: "Cancel" }, { label: "Mark as paid", cls: "pri", fn: function () {
        var d = val("ip-d"), m = val("ip-m");
        if (!d) return fail("ip-err", "Enter the date paid."); if (!m) return fail("ip-err", "Choose how it was paid.");
        ids.forEach(function (id) { var i = inv(id); i.status = "Paid"; i.paidDate = d; i.method = m; });
        S.ui.sel = []; toast(ids.length + " invoice" + (ids.length === 1 ? "" : "s") + " marked paid"); render();
      } }]);
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "vmenu") { e.stopPropagation(); visitMenu(t, visit(t.dataset.id)); }
    else if (a === "newvisit") newVisitDlg();
    else if (a === "openhorse") { S.ui.horse = t.dataset.id; S.ui.htab = "details"; render(); }
    else if (a === "closehorse") { S.ui.horse = ""; render(); }
    else if (a === "htab") { S.ui.htab = t.dataset.tab; render(); }
    else if (a === "edithorse") horseDlg(horse(t.dataset.id));
    else if (a === "newhorse") horseDlg(null);
    else if (a === "itab") { S.ui.itab = t.dataset.tab; S.ui.sel = []; render(); }
    else if (a === "imenu") { e.stopPropagation(); var i = inv(t.dataset.id); showMenu(t, [{ label: "Record payment…", disabled: i.status === "Paid", fn: function () { paidDlg([i.id]); } }, { label: "Send reminder", disabled: i.status === "Paid", fn: function () { toast("Reminder emailed to " + yard(i.yard).contact); } }]); }
    else if (a === "bulkpaid") paidDlg(S.ui.sel.slice());
    else if (a === "clearsel") { S.ui.sel = []; render(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
