(function () {
  "use strict";
  var TODAY = "2025-10-14";
  var SLOTS = ["08:00–10:00", "10:00–12:00", "12:00–14:00", "14:00–16:00"];
  var SWEEPS = [
    { name: "Declan Murphy", van: "YJ21 KXT", phone: "07700 900401" },
    { name: "Ruth Ashworth", van: "YH70 BNZ", phone: "07700 900402" },
    { name: "Tomasz Nowicki", van: "YE19 GDA", phone: "07700 900403" }
  ];
  var SERVICES = [["Sweep", 75], ["Sweep + CCTV survey", 120], ["Bird nest removal", 95], ["Cowl fitting", 140], ["Smoke test & flue check", 60]];
  var APPLIANCES = ["Open fire", "Wood burner", "Multi-fuel stove", "Aga / range cooker", "Gas fire (flue)"];

  var C = function (id, name, address, town, postcode, phone, email, appliance, flues, reminder, last, notes) {
    return { id: id, name: name, address: address, town: town, postcode: postcode, phone: phone, email: email, appliance: appliance, flues: flues, reminderMonths: reminder, lastSwept: last, notes: notes || "" };
  };
  var customers = [
    C("C-101", "Mrs Janet Okafor", "12 Birchcliffe Road", "Hebden Bridge", "HX7 8JA", "07700 900311", "janet.okafor@example.com", "Wood burner", 1, 12, "2024-10-21"),
    C("C-102", "Mr Sami Haddad", "5 Keighley Road", "Hebden Bridge", "HX7 8HT", "07700 900312", "sami.haddad@example.com", "Multi-fuel stove", 1, 12, "2024-10-18"),
    C("C-103", "Alison & Pete Greenwood", "Lower Birks Farm", "Heptonstall", "HX7 7NE", "07700 900313", "greenwoods@example.com", "Aga / range cooker", 1, 6, "2025-04-22", "Farm track — 4x4 advised in wet weather"),
    C("C-104", "Dr Fiona Mayhew", "27 Market Street", "Todmorden", "OL14 5AB", "07700 900314", "f.mayhew@example.com", "Open fire", 1, 12, "2024-10-30"),
    C("C-105", "Mr & Mrs Fairbrother", "3 Mill Lane", "Hebden Bridge", "HX7 6AB", "07700 900315", "fairbrother.home@example.com", "Open fire", 1, 12, "2024-10-09"),
    C("C-106", "The Shoulder of Mutton", "38 Bridge Gate", "Hebden Bridge", "HX7 8EX", "01422 800316", "landlord@shoulderofmutton.example.com", "Open fire", 2, 6, "2025-04-08", "Pub — sweep before 11am opening"),
    C("C-107", "Mr Colin Fairweather", "6 Mill Court", "Mytholmroyd", "HX7 5DP", "07700 900317", "colin.fairweather@example.com", "Wood burner", 1, 12, "2024-10-15"),
    C("C-108", "Ms Rachel Inglis", "44 Burnley Road", "Todmorden", "OL14 7EU", "07700 900318", "rachel.inglis@example.com", "Wood burner", 1, 12, "2025-10-14"),
    C("C-109", "Mr Imran Chaudhry", "2 Cragg Vale Cottages", "Mytholmroyd", "HX7 5SQ", "07700 900319", "imran.chaudhry@example.com", "Multi-fuel stove", 1, 12, "2024-11-04"),
    C("C-110", "Mrs Helen Sutcliffe", "17 Royd Terrace", "Hebden Bridge", "HX7 7BT", "07700 900320", "helen.sutcliffe@example.com", "Wood burner", 1, 12, "2025-10-13"),
    C("C-111", "Mr Gavin Pickles", "1 Stubbing Wharf Cottages", "Hebden Bridge", "HX7 6LU", "07700 900321", "", "Open fire", 1, 12, "2025-10-13", "No email — post the certificate"),
    C("C-112", "Ms Beth Ackroyd", "60 Halifax Road", "Todmorden", "OL14 5QG", "07700 900322", "beth.ackroyd@example.com", "Gas fire (flue)", 1, 12, "2024-10-20"),
    C("C-113", "Mr & Mrs Lister", "Higher Scout Farm", "Heptonstall", "HX7 7PB", "07700 900323", "listers@example.com", "Wood burner", 1, 6, "2025-04-15", "Dogs — ring from the gate"),
    C("C-114", "Mrs Doreen Crabtree", "8 Hangingroyd Lane", "Hebden Bridge", "HX7 7DD", "01422 800324", "", "Open fire", 1, 12, "2025-10-13"),
    C("C-115", "Mr Owen Pilling", "23 Station Road", "Mytholmroyd", "HX7 5AH", "07700 900325", "owen.pilling@example.com", "Multi-fuel stove", 1, 12, "2024-10-25"),
    C("C-116", "The Old Bakery B&B", "2 Heptonstall Road", "Hebden Bridge", "HX7 6AZ", "01422 800326", "stay@oldbakerybb.example.com", "Wood burner", 2, 6, "2025-04-28"),
    C("C-117", "Mr Neil Barraclough", "11 Valley Road", "Hebden Bridge", "HX7 7BZ", "07700 900327", "neil.barraclough@example.com", "Wood burner", 1, 12, "2024-10-29"),
    C("C-118", "Mrs Anne Whiteley", "3 Scaitcliffe Court", "Todmorden", "OL14 8RA", "07700 900328", "anne.whiteley@example.com", "Open fire", 1, 12, "2024-11-06"),
    C("C-119", "Mr Jack Horsfall", "Pecket Well Mill House", "Hebden Bridge", "HX7 8RE", "07700 900329", "jack.horsfall@example.com", "Multi-fuel stove", 1, 12, "2024-10-31"),
    C("C-120", "Mrs Priti Desai", "15 Cross Lanes", "Hebden Bridge", "HX7 6NU", "07700 900330", "priti.desai@example.com", "Wood burner", 1, 12, "2024-11-10")
  ];
  var J = function (id, cust, date, slot, sweep, service, price, status, reason) {
    return { id: id, customer: cust, date: date, slot: SLOTS[slot], sweep: sweep, service: service, price: price, status: status, reminderSent: "", reminderBy: "", cancelReason: reason || "", cancelNote: "", lateFee: 0, certificate: "", notes: "" };
  };
  var jobs = [
    J("J-3101", "C-110", "2025-10-13", 0, "Declan Murphy", "Sweep", 75, "Completed"),
    J("J-3102", "C-114", "2025-10-13", 1, "Ruth Ashworth", "Sweep", 70, "Completed"),
    J("J-3103", "C-111", "2025-10-13", 2, "Tomasz Nowicki", "Sweep + CCTV survey", 120, "Completed"),
    J("J-3104", "C-108", "2025-10-14", 0, "Ruth Ashworth", "Sweep", 75, "Completed"),
    J("J-3105", "C-106", "2025-10-14", 0, "Declan Murphy", "Sweep", 130, "Confirmed"),
    J("J-3106", "C-105", "2025-10-14", 1, "Ruth Ashworth", "Sweep", 70, "Confirmed"),
    J("J-3107", "C-107", "2025-10-14", 2, "Ruth Ashworth", "Sweep", 75, "Confirmed"),
    J("J-3108", "C-115", "2025-10-14", 1, "Tomasz Nowicki", "Bird nest removal", 95, "Confirmed"),
    J("J-3109", "C-101", "2025-10-16", 0, "Declan Murphy", "Sweep", 75, "Confirmed"),
    J("J-3110", "C-113", "2025-10-15", 1, "Tomasz Nowicki", "Sweep", 85, "Booked"),
    J("J-3111", "C-109", "2025-10-16", 3, "Ruth Ashworth", "Cowl fitting", 140, "Confirmed"),
    J("J-3112", "C-102", "2025-10-17", 0, "Declan Murphy", "Sweep", 75, "Confirmed"),
    J("J-3113", "C-104", "2025-10-17", 1, "Tomasz Nowicki", "Sweep", 70, "Booked"),
    J("J-3114", "C-116", "2025-10-20", 0, "Declan Murphy", "Sweep", 130, "Booked"),
    J("J-3115", "C-112", "2025-10-20", 2, "Ruth Ashworth", "Smoke test & flue check", 60, "Confirmed"),
    J("J-3116", "C-103", "2025-10-21", 1, "Tomasz Nowicki", "Sweep", 90, "Booked"),
    J("J-3117", "C-117", "2025-10-22", 2, "Ruth Ashworth", "Sweep", 75, "Booked"),
    J("J-3118", "C-118", "2025-10-23", 0, "Declan Murphy", "Sweep + CCTV survey", 120, "Confirmed"),
    J("J-3119", "C-119", "2025-10-24", 3, "Tomasz Nowicki", "Sweep", 80, "Booked"),
    J("J-3120", "C-120", "2025-10-28", 1, "Declan Murphy", "Sweep", 75, "Booked"),
    J("J-3121", "C-115", "2025-10-21", 0, "Declan Murphy", "Cowl fitting", 140, "Cancelled", "Customer cancelled")
  ];
  jobs[3].certificate = "CERT-1404"; jobs[0].certificate = "CERT-1401"; jobs[1].certificate = "CERT-1402"; jobs[2].certificate = "CERT-1403";
  var K = function (id, job, cust, date, sweep, appl, soot, smoke, cond, adv, emailed) { return { id: id, job: job, customer: cust, date: date, sweep: sweep, appliance: appl, soot: soot, smokeTest: smoke, condition: cond, advisory: adv, emailed: emailed }; };
  var certificates = [
    K("CERT-1397", "J-3088", "C-113", "2025-04-15", "Tomasz Nowicki", "Wood burner", "Moderate", "Passed", "Good", "", true),
    K("CERT-1398", "J-3090", "C-103", "2025-04-22", "Declan Murphy", "Aga / range cooker", "Light", "Not carried out", "Good", "", true),
    K("CERT-1399", "J-3091", "C-116", "2025-04-28", "Ruth Ashworth", "Wood burner", "Heavy", "Passed", "Fair", "Burn only seasoned wood (under 20% moisture)", true),
    K("CERT-1400", "J-3084", "C-106", "2025-04-08", "Declan Murphy", "Open fire", "Heavy", "Passed", "Good", "", true),
    K("CERT-1401", "J-3101", "C-110", "2025-10-13", "Declan Murphy", "Wood burner", "Light", "Passed", "Good", "", true),
    K("CERT-1402", "J-3102", "C-114", "2025-10-13", "Ruth Ashworth", "Open fire", "Moderate", "Passed", "Good", "", false),
    K("CERT-1403", "J-3103", "C-111", "2025-10-13", "Tomasz Nowicki", "Open fire", "Moderate", "Failed", "Poor", "Smoke leaking into bedroom above. Do not use until flue is relined.", false),
    K("CERT-1404", "J-3104", "C-108", "2025-10-14", "Ruth Ashworth", "Wood burner", "Light", "Passed", "Good", "", true)
  ];
  var settings = { lateFee: 25, lateWindowHours: 24, reminderWeeks: 4, cctvUpsell: true, smsConfirm: true, defaultPrice: 75, vatRegistered: false };

  var S = window.state = { today: TODAY, customers: customers, jobs: jobs, certificates: certificates, sweeps: SWEEPS, settings: settings,
    ui: { view: "schedule", q: "", when: "All upcoming", status: "All statuses", sweep: "All sweeps", sel: [], cq: "", cust: "", ctab: "details" } };
  var nextJob = 3122, nextCert = 1405, nextCust = 121;

  /* ---------- helpers ---------- */
  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function iso(t) { return t.toISOString().slice(0, 10); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return iso(t); }
  function diffDays(a, b) { return Math.round((dd(a) - dd(b)) / 86400000); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function weekStart(d) { var t = dd(d), w = (t.getUTCDay() + 6) % 7; return addDays(d, -w); }
  function money(n) { return "£" + (+n).toFixed(2).replace(/\.00$/, ""); }
  function cust(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function job(id) { return S.jobs.find(function (j) { return j.id === id; }); }
  function badge(s) { return '<span class="badge b-' + s + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function radio(name) { var r = overlay.querySelector("input[name=" + name + "]:checked"); return r ? r.value : ""; }
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
  function fail(id, msg) { document.getElementById(id).textContent = msg; return false; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fmt(TODAY) + " " + TODAY.slice(0, 4);
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); if (b.dataset.view === S.ui.view) b.setAttribute("aria-current", "page"); else b.removeAttribute("aria-current"); });
    ({ schedule: renderSchedule, customers: renderCustomers, certificates: renderCerts, settings: renderSettings })[S.ui.view]();
  }

  /* ---------- Schedule ---------- */
  function inWhen(j) {
    var w = S.ui.when, ws = weekStart(TODAY);
    if (w === "All upcoming") return j.date >= TODAY;
    if (w === "Today") return j.date === TODAY;
    if (w === "Tomorrow") return j.date === addDays(TODAY, 1);
    if (w === "This week") return j.date >= ws && j.date <= addDays(ws, 6);
    if (w === "Next week") return j.date >= addDays(ws, 7) && j.date <= addDays(ws, 13);
    if (w === "Past") return j.date < TODAY;
    return true;
  }
  function visibleJobs() {
    var q = S.ui.q.trim().toLowerCase();
    return S.jobs.filter(function (j) {
      if (!inWhen(j)) return false;
      if (S.ui.status !== "All statuses" && j.status !== S.ui.status) return false;
      if (S.ui.sweep !== "All sweeps" && j.sweep !== S.ui.sweep) return false;
      if (!q) return true; var c = cust(j.customer);
      return (j.id + " " + c.name + " " + c.address + " " + c.town + " " + c.postcode + " " + j.service).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0; });
  }
  function renderSchedule() {
    var list = visibleJobs(), sel = S.ui.sel;
    var todayN = S.jobs.filter(function (j) { return j.date === TODAY && j.status !== "Cancelled"; }).length;
    var unconf = S.jobs.filter(function (j) { return j.date >= TODAY && j.status === "Booked"; }).length;
    var h = '<div class="bar"><h1>Schedule</h1><span class="sp"></span><button class="btn pri" data-act="newjob">+ New booking</button></div>' +
      '<div class="stat"><div><b>' + todayN + '</b><span>jobs today</span></div><div><b>' + unconf + '</b><span>upcoming, not yet confirmed</span></div><div><b>' + S.certificates.filter(function (c) { return c.date === TODAY; }).length + '</b><span>certificates issued today</span></div></div>' +
      '<div class="bar"><input type="search" id="q" placeholder="Search customer, address, postcode…" aria-label="Search jobs" style="width:270px" value="' + esc(S.ui.q) + '">' +
      '<select id="f-when" aria-label="When">' + opts(["All upcoming", "Today", "Tomorrow", "This week", "Next week", "Past", "All dates"], S.ui.when) + "</select>" +
      '<select id="f-status" aria-label="Status">' + opts(["All statuses", "Booked", "Confirmed", "Completed", "Cancelled"], S.ui.status) + "</select>" +
      '<select id="f-sweep" aria-label="Sweep">' + opts(["All sweeps"].concat(SWEEPS.map(function (s) { return s.name; })), S.ui.sweep) + "</select>" +
      '<span class="sp"></span><span class="muted">' + list.length + " job" + (list.length === 1 ? "" : "s") + " shown</span></div>";
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkremind">Send reminder…</button><button class="btn sm" data-act="bulkconfirm">Mark confirmed</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear selection</button></div>';
    if (!list.length) { view.innerHTML = h + '<div class="empty">No jobs match these filters.</div>'; bindSchedule(); return; }
    var all = list.every(function (j) { return sel.indexOf(j.id) >= 0; });
    h += '<table class="tbl"><thead><tr><th style="width:34px"><input type="checkbox" id="selall" aria-label="Select all shown"' + (all ? " checked" : "") + '></th><th>When</th><th>Customer</th><th>Service</th><th>Sweep</th><th>Price</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (j) {
        var c = cust(j.customer), on = sel.indexOf(j.id) >= 0;
        return '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + j.id + '" aria-label="Select ' + j.id + '"' + (on ? " checked" : "") + '></td><td><b>' + fmt(j.date) + '</b><div class="muted">' + j.slot + "</div></td><td>" + esc(c.name) + '<div class="muted">' + esc(c.address + ", " + c.town) + "</div></td><td>" + esc(j.service) + '<div class="muted">' + j.id + " · " + esc(c.appliance) + (c.flues > 1 ? " ×" + c.flues : "") + "</div></td><td>" + esc(j.sweep) + "</td><td>" + money(j.price) + "</td><td>" + badge(j.status) +
          (j.reminderSent ? '<div class="muted">Reminder ' + (j.reminderBy === "SMS" ? "texted" : "emailed") + " " + fmt(j.reminderSent) + "</div>" : "") + (j.status === "Cancelled" && j.cancelReason ? '<div class="muted">' + esc(j.cancelReason) + "</div>" : "") +
          '</td><td><button class="kebab" data-act="jmenu" data-id="' + j.id + '" aria-label="Actions for ' + j.id + '" aria-haspopup="menu">⋯</button></td></tr>';
      }).join("") + "</tbody></table>";
    view.innerHTML = h; bindSchedule();
  }
  function bindSchedule() {
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    [["f-when", "when"], ["f-status", "status"], ["f-sweep", "sweep"]].forEach(function (p) { document.getElementById(p[0]).addEventListener("change", function (e) { S.ui[p[1]] = e.target.value; render(); }); });
    var sa = document.getElementById("selall");
    if (sa) sa.addEventListener("change", function () { var ids = visibleJobs().map(function (j) { return j.id; }); if (sa.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function jobMenu(btn, j) {
    var open = j.status === "Booked" || j.status === "Confirmed";
    showMenu(btn, [
      { label: "Mark confirmed", disabled: j.status !== "Booked", fn: function () { j.status = "Confirmed"; toast(j.id + " confirmed"); render(); } },
      { label: "Complete & certify…", disabled: !open || j.date > TODAY, fn: function () { completeDlg(j); } },
      { label: "Reschedule…", disabled: !open, fn: function () { rescheduleDlg(j); } },
      { label: "View customer", fn: function () { S.ui.view = "customers"; S.ui.cust = j.customer; S.ui.ctab = "details"; render(); } },
      { label: "Edit notes…", fn: function () { openModal("Notes for " + j.id, '<div class="fld"><label class="l" for="jn">Job notes</label><textarea id="jn" rows="3">' + esc(j.notes) + "</textarea></div>", [{ label: "Cancel" }, { label: "Save notes", cls: "pri", fn: function () { j.notes = val("jn"); toast("Notes saved"); render(); } }]); } },
      { label: "Cancel job…", red: true, disabled: !open, fn: function () { cancelDlg(j); } }
    ]);
  }
  function jobHead(j) { var c = cust(j.customer); return '<p><b>' + esc(c.name) + "</b> — " + esc(c.address + ", " + c.town) + '<br><span class="muted">' + j.id + " · " + fmt(j.date) + " " + j.slot + " · " + esc(j.service) + " · " + esc(j.sweep) + "</span></p>"; }
  function completeDlg(j) {
    var c = cust(j.customer);
    var md = openModal("Complete job & issue certificate", jobHead(j) +
      '<div class="fld"><span class="l">Soot level</span><div class="radios" role="radiogroup" aria-label="Soot level">' + ["Light", "Moderate", "Heavy"].map(function (x) { return '<label><input type="radio" name="cc-soot" value="' + x + '"> ' + x + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><label class="l" for="cc-smoke">Smoke test</label><select id="cc-smoke"><option value="">— choose —</option>' + opts(["Passed", "Failed", "Not carried out"], "") + "</select></div>" +
      '<div class="fld"><span class="l">Chimney condition</span><div class="radios" role="radiogroup" aria-label="Chimney condition">' + [["Good", "Good"], ["Fair", "Fair — minor defects"], ["Poor", "Poor — do not use until repaired"]].map(function (x) { return '<label><input type="radio" name="cc-cond" value="' + x[0] + '"> ' + x[1] + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><label class="l" for="cc-adv">Advisory notes (printed on the certificate)</label><textarea id="cc-adv" rows="3"></textarea></div>' +
      '<div class="fld"><label class="chk"><input type="checkbox" id="cc-email"' + (c.email ? " checked" : " disabled") + "> Email the certificate to the customer" + (c.email ? "" : " (no email on file)") + '</label></div><div class="err" id="cc-err"></div>',
      [{ label: "Cancel" }, { label: "Complete & issue certificate", cls: "pri", fn: function () {
        var soot = radio("cc-soot"), smoke = val("cc-smoke"), cond = radio("cc-cond");
        if (!soot) return fail("cc-err", "Choose the soot level.");
        if (!smoke) return fail("cc-err", "Record the smoke test result.");
        if (!cond) return fail("cc-err", "Choose the chimney condition.");
        var id = "CERT-" + nextCert++;
        S.certificates.push(K(id, j.id, c.id, TODAY, j.sweep, c.appliance, soot, smoke, cond, val("cc-adv"), document.getElementById("cc-email").checked));
        j.status = "Completed"; j.certificate = id; c.lastSwept = j.date;
        toast(j.id + " completed — " + id + " issued"); render();
      } }]);
    return md;
  }
  function rescheduleDlg(j) {
    openModal("Reschedule " + j.id, jobHead(j) +
      '<div class="two"><div class="fld"><label class="l" for="rs-d">New date</label><input type="date" id="rs-d" min="' + TODAY + '" value="' + j.date + '"></div><div class="fld"><label class="l" for="rs-s">Time slot</label><select id="rs-s">' + opts(SLOTS, j.slot) + "</select></div></div>" +
      '<div class="fld"><label class="l" for="rs-w">Sweep</label><select id="rs-w">' + opts(SWEEPS.map(function (s) { return s.name; }), j.sweep) + "</select></div>" +
      '<div class="fld"><label class="chk"><input type="checkbox" id="rs-txt" checked> Text the customer the new date and time</label></div><div class="err" id="rs-err"></div>',
      [{ label: "Cancel" }, { label: "Save new time", cls: "pri", fn: function () {
        var d = val("rs-d"), s = val("rs-s"), w = val("rs-w");
        if (!d) return fail("rs-err", "Choose a date.");
        if (d < TODAY) return fail("rs-err", "The new date can't be in the past.");
        var clash = S.jobs.find(function (x) { return x !== j && x.status !== "Cancelled" && x.date === d && x.slot === s && x.sweep === w; });
        if (clash) return fail("rs-err", w + " already has " + clash.id + " at that time.");
        j.date = d; j.slot = s; j.sweep = w;
        toast(j.id + " moved to " + fmt(d) + " " + s + (document.getElementById("rs-txt").checked ? " — customer texted" : "")); render();
      } }]);
  }
  function cancelDlg(j) {
    var late = diffDays(j.date, TODAY) * 24 <= S.settings.lateWindowHours;
    openModal("Cancel " + j.id + "?", jobHead(j) +
      '<div class="fld"><label class="l" for="cj-r">Reason</label><select id="cj-r"><option value="">— choose a reason —</option>' + opts(["Customer cancelled", "No longer needed", "Customer unwell", "No access", "Sweep unavailable", "Weather", "Other"], "") + "</select></div>" +
      '<div class="fld"><label class="l" for="cj-n">Note (optional)</label><textarea id="cj-n" rows="2"></textarea></div>' +
      (late ? '<div class="fld"><label class="chk"><input type="checkbox" id="cj-fee" checked> Charge the ' + money(S.settings.lateFee) + " late cancellation fee</label></div>" : "") + '<div class="err" id="cj-err"></div>',
      [{ label: "Keep job" }, { label: "Cancel job", cls: "danger", fn: function () {
        var r = val("cj-r"); if (!r) return fail("cj-err", "Please choose a reason.");
        var fee = document.getElementById("cj-fee");
        j.status = "Cancelled"; j.cancelReason = r; j.cancelNote = val("cj-n"); j.lateFee = fee && fee.checked ? S.settings.lateFee : 0;
        toast(j.id + " cancelled"); render();
      } }]);
  }
  function remindDlg(ids) {
    var bad = ids.map(job).filter(function (j) { return j.status !== "Booked" && j.status !== "Confirmed"; });
    if (bad.length) { toast("Reminders can only go to upcoming jobs — " + bad.map(function (j) { return j.id; }).join(", ") + " " + (bad.length > 1 ? "are" : "is") + " " + bad[0].status.toLowerCase() + "."); return; }
    openModal("Send reminder", "<p>Send a booking reminder for " + ids.length + " job" + (ids.length === 1 ? "" : "s") + ': <span class="muted">' + ids.join(", ") + "</span></p>" +
      '<div class="fld"><span class="l">Send by</span><div class="radios" role="radiogroup" aria-label="Send by"><label><input type="radio" name="rm-by" value="Email" checked> Email</label><label><input type="radio" name="rm-by" value="SMS"> Text message (SMS)</label></div></div>' +
      '<p class="muted">The reminder asks the customer to reply YES to confirm, and to clear the hearth before the sweep arrives.</p>',
      [{ label: "Cancel" }, { label: "Send reminders", cls: "pri", fn: function () {
        var by = radio("rm-by");
        ids.forEach(function (id) { var j = job(id); j.reminderSent = TODAY; j.reminderBy = by; });
        S.ui.sel = []; toast(ids.length + " reminder" + (ids.length === 1 ? "" : "s") + " sent by " + (by === "SMS" ? "text" : "email")); render();
      } }]);
  }
  function newJobDlg(custId) {
    openModal("New booking",
      '<div class="fld"><label class="l" for="nj-c">Customer</label><select id="nj-c"><option value="">— choose customer —</option>' + opts(S.customers.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).map(function (c) { return [c.id, c.name + " — " + c.address + ", " + c.town]; }), custId || "") + "</select></div>" +
      '<div class="two"><div class="fld"><label class="l" for="nj-sv">Service</label><select id="nj-sv">' + opts(SERVICES.map(function (s) { return s[0]; }), "Sweep") + '</select></div><div class="fld"><label class="l" for="nj-p">Price (£)</label><input type="number" id="nj-p" min="0" value="' + S.settings.defaultPrice + '"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="nj-d">Date</label><input type="date" id="nj-d" min="' + TODAY + '"></div><div class="fld"><label class="l" for="nj-s">Time slot</label><select id="nj-s">' + opts(SLOTS, SLOTS[0]) + "</select></div></div>" +
      '<div class="fld"><label class="l" for="nj-w">Sweep</label><select id="nj-w">' + opts(SWEEPS.map(function (s) { return s.name; }), SWEEPS[0].name) + '</select></div><div class="err" id="nj-err"></div>',
      [{ label: "Cancel" }, { label: "Book job", cls: "pri", fn: function () {
        var c = val("nj-c"), d = val("nj-d"), s = val("nj-s"), w = val("nj-w");
        if (!c) return fail("nj-err", "Choose a customer.");
        if (!d || d < TODAY) return fail("nj-err", "Choose a date from today onwards.");
        if (S.jobs.some(function (x) { return x.status !== "Cancelled" && x.date === d && x.slot === s && x.sweep === w; })) return fail("nj-err", w + " is already booked then.");
        S.jobs.push(J("J-" + nextJob++, c, d, SLOTS.indexOf(s), w, val("nj-sv"), +val("nj-p") || 0, "Booked"));
        toast("Booked for " + fmt(d)); render();
      } }]);
    var sv = document.getElementById("nj-sv");
    sv.addEventListener("change", function () { var p = SERVICES.find(function (x) { return x[0] === sv.value; }); document.getElementById("nj-p").value = p ? p[1] : ""; });
  }

  /* ---------- Customers ---------- */
  function renderCustomers() {
    var q = S.ui.cq.trim().toLowerCase();
    var list = S.customers.filter(function (c) { return !q || (c.name + " " + c.address + " " + c.town + " " + c.postcode + " " + c.phone).toLowerCase().indexOf(q) >= 0; }).sort(function (a, b) { return a.name.localeCompare(b.name); });
    var h = '<div class="bar"><h1>Customers</h1><span class="sp"></span><input type="search" id="cq" placeholder="Search name, street, postcode…" aria-label="Search customers" style="width:260px" value="' + esc(S.ui.cq) + '"><button class="btn pri" data-act="newcust">+ Add customer</button></div>';
    var sel = S.ui.cust ? cust(S.ui.cust) : null;
    h += '<div class="split"><div>' + (list.length ? '<table class="tbl"><thead><tr><th>Name</th><th>Address</th><th>Appliance</th><th>Last swept</th><th>Due</th></tr></thead><tbody>' + list.map(function (c) {
      var due = c.lastSwept ? addMonths(c.lastSwept, c.reminderMonths) : "";
      return '<tr class="' + (sel && sel.id === c.id ? "sel" : "") + '"><td><button class="link" data-act="opencust" data-id="' + c.id + '">' + esc(c.name) + '</button></td><td>' + esc(c.address) + '<div class="muted">' + esc(c.town + " " + c.postcode) + "</div></td><td>" + esc(c.appliance) + (c.flues > 1 ? " ×" + c.flues : "") + "</td><td>" + fmtY(c.lastSwept) + "</td><td>" + (due && due <= TODAY ? '<span class="badge b-Booked">Due</span>' : fmtY(due)) + "</td></tr>";
    }).join("") + "</tbody></table>" : '<div class="empty">No customers found.</div>') + "</div>";
    h += sel ? custPanel(sel) : '<aside class="panel" aria-label="Customer details"><p class="muted">Choose a customer to see their details, appliances and history.</p></aside>';
    view.innerHTML = h + "</div>";
    var cq = document.getElementById("cq");
    cq.addEventListener("input", function () { S.ui.cq = cq.value; var pos = cq.selectionStart; render(); var n = document.getElementById("cq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function addMonths(d, n) { var t = dd(d); t.setUTCMonth(t.getUTCMonth() + n); return iso(t); }
  function custPanel(c) {
    var t = S.ui.ctab, hist = S.jobs.filter(function (j) { return j.customer === c.id; }).sort(function (a, b) { return a.date < b.date ? 1 : -1; });
    var h = '<aside class="panel" aria-label="Customer details"><h2><span>' + esc(c.name) + '</span><button class="btn sm" data-act="editcust" data-id="' + c.id + '">Edit</button></h2>' +
      '<div class="tabs" role="tablist">' + [["details", "Details"], ["appliance", "Appliance"], ["history", "History (" + hist.length + ")"]].map(function (x) { return '<button role="tab" data-act="ctab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div><div role=\"tabpanel\">";
    if (t === "details") h += '<dl class="kv"><dt>Address</dt><dd>' + esc(c.address) + "<br>" + esc(c.town) + " " + esc(c.postcode) + "</dd><dt>Phone</dt><dd>" + esc(c.phone) + "</dd><dt>Email</dt><dd>" + (c.email ? esc(c.email) : '<span class="muted">none</span>') + "</dd><dt>Notes</dt><dd>" + (c.notes ? esc(c.notes) : '<span class="muted">—</span>') + "</dd></dl>";
    else if (t === "appliance") h += '<dl class="kv"><dt>Appliance</dt><dd>' + esc(c.appliance) + "</dd><dt>Flues</dt><dd>" + c.flues + "</dd><dt>Sweep every</dt><dd>" + c.reminderMonths + " months</dd><dt>Last swept</dt><dd>" + fmtY(c.lastSwept) + "</dd></dl>";
    else h += hist.length ? '<table class="tbl"><tbody>' + hist.map(function (j) { return "<tr><td>" + fmtY(j.date) + '<div class="muted">' + j.id + " · " + esc(j.service) + "</div></td><td>" + badge(j.status) + "</td></tr>"; }).join("") + "</tbody></table>" : '<p class="muted">No jobs yet.</p>';
    return h + '</div><div style="margin-top:12px"><button class="btn" data-act="bookfor" data-id="' + c.id + '">+ Book a job</button></div></aside>';
  }
  function custDlg(c) {
    var isNew = !c; c = c || { name: "", address: "", town: "Hebden Bridge", postcode: "", phone: "", email: "", appliance: "Wood burner", flues: 1, reminderMonths: 12, notes: "" };
    openModal(isNew ? "Add customer" : "Edit customer — " + c.name,
      '<div class="fld"><label class="l" for="cu-n">Name</label><input type="text" id="cu-n" value="' + esc(c.name) + '"></div>' +
      '<div class="fld"><label class="l" for="cu-a">Address</label><input type="text" id="cu-a" value="' + esc(c.address) + '"></div>' +
      '<div class="two"><div class="fld"><label class="l" for="cu-t">Town</label><input type="text" id="cu-t" value="' + esc(c.town) + '"></div><div class="fld"><label class="l" for="cu-pc">Postcode</label><input type="text" id="cu-pc" value="' + esc(c.postcode) + '"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="cu-p">Phone</label><input type="tel" id="cu-p" value="' + esc(c.phone) + '"></div><div class="fld"><label class="l" for="cu-e">Email</label><input type="email" id="cu-e" value="' + esc(c.email) + '"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="cu-ap">Appliance</label><select id="cu-ap">' + opts(APPLIANCES, c.appliance) + '</select></div><div class="fld"><label class="l" for="cu-f">Number of flues</label><input type="number" id="cu-f" min="1" max="6" value="' + c.flues + '"></div></div>' +
      '<div class="fld"><label class="l" for="cu-rm">Sweep reminder</label><select id="cu-rm">' + opts([[6, "Every 6 months"], [12, "Every 12 months"]], c.reminderMonths) + "</select></div>" +
      '<div class="fld"><label class="l" for="cu-no">Notes</label><textarea id="cu-no" rows="2">' + esc(c.notes) + '</textarea></div><div class="err" id="cu-err"></div>',
      [{ label: "Cancel" }, { label: isNew ? "Add customer" : "Save customer", cls: "pri", fn: function () {
        if (!val("cu-n") || !val("cu-a")) return fail("cu-err", "Name and address are required.");
        var o = isNew ? C("C-" + nextCust++, "", "", "", "", "", "", "", 1, 12, "") : c;
        o.name = val("cu-n"); o.address = val("cu-a"); o.town = val("cu-t"); o.postcode = val("cu-pc").toUpperCase(); o.phone = val("cu-p"); o.email = val("cu-e"); o.appliance = val("cu-ap"); o.flues = +val("cu-f") || 1; o.reminderMonths = +val("cu-rm"); o.notes = val("cu-no");
        if (isNew) { S.customers.push(o); S.ui.cust = o.id; }
        toast((isNew ? "Added " : "Saved ") + o.name); render();
      } }]);
  }

  /* ---------- Certificates ---------- */
  function renderCerts() {
    var list = S.certificates.slice().sort(function (a, b) { return a.id < b.id ? 1 : -1; });
    view.innerHTML = '<div class="bar"><h1>Certificates</h1><span class="sp"></span><span class="muted">Issued when a job is completed. Certificates can\'t be edited once issued.</span></div>' +
      '<table class="tbl"><thead><tr><th>Certificate</th><th>Date</th><th>Customer</th><th>Appliance</th><th>Soot</th><th>Smoke test</th><th>Condition</th><th>Advisory</th><th>Sent</th></tr></thead><tbody>' + list.map(function (k) {
        return "<tr><td><b>" + k.id + '</b><div class="muted">' + k.job + "</div></td><td>" + fmtY(k.date) + "</td><td>" + esc(cust(k.customer).name) + '<div class="muted">' + esc(k.sweep) + "</div></td><td>" + esc(k.appliance) + "</td><td>" + k.soot + "</td><td>" + k.smokeTest + "</td><td>" + badge(k.condition) + "</td><td>" + (k.advisory ? esc(k.advisory) : '<span class="muted">—</span>') + "</td><td>" + (k.emailed ? "Emailed" : '<span class="muted">Post</span>') + "</td></tr>";
      }).join("") + "</tbody></table>";
  }

  /* ---------- Settings ---------- */
  function renderSettings() {
    var s = S.settings;
    view.innerHTML = '<div class="bar"><h1>Settings</h1></div><form class="settings" id="setf" onsubmit="return false">' +
      '<section aria-label="Cancellations"><h2>Cancellations</h2><div class="two"><div class="fld"><label class="l" for="st-fee">Late cancellation fee (£)</label><input type="number" id="st-fee" min="0" value="' + s.lateFee + '"></div>' +
      '<div class="fld"><label class="l" for="st-win">Fee applies when cancelled within</label><select id="st-win">' + opts([[12, "12 hours"], [24, "24 hours"], [48, "48 hours"], [72, "72 hours"]], s.lateWindowHours) + "</select></div></div></section>" +
      '<section aria-label="Reminders"><h2>Reminders &amp; messages</h2><div class="fld"><label class="l" for="st-rw">Send the annual sweep reminder</label><select id="st-rw">' + opts([[2, "2 weeks before it's due"], [4, "4 weeks before it's due"], [6, "6 weeks before it's due"]], s.reminderWeeks) + "</select></div>" +
      '<div class="fld"><label class="chk"><input type="checkbox" id="st-cctv"' + (s.cctvUpsell ? " checked" : "") + '> Mention the CCTV flue survey offer in reminder emails</label></div>' +
      '<div class="fld"><label class="chk"><input type="checkbox" id="st-sms"' + (s.smsConfirm ? " checked" : "") + "> Text customers a confirmation when a job is booked</label></div></section>" +
      '<section aria-label="Pricing"><h2>Pricing</h2><div class="two"><div class="fld"><label class="l" for="st-dp">Standard sweep price (£)</label><input type="number" id="st-dp" min="0" value="' + s.defaultPrice + '"></div><div class="fld" style="padding-top:22px"><label class="chk"><input type="checkbox" id="st-vat"' + (s.vatRegistered ? " checked" : "") + "> VAT registered</label></div></div></section>" +
      '<div class="err" id="st-err"></div><button class="btn pri" type="button" data-act="savesettings">Save settings</button></form>';
  }
  function saveSettings() {
    var fee = val("st-fee"), dp = val("st-dp");
    if (fee === "" || isNaN(+fee) || +fee < 0) return fail("st-err", "Enter a valid fee.");
    if (dp === "" || isNaN(+dp) || +dp < 0) return fail("st-err", "Enter a valid price.");
    var s = S.settings;
    s.lateFee = +fee; s.lateWindowHours = +val("st-win"); s.reminderWeeks = +val("st-rw"); s.cctvUpsell = document.getElementById("st-cctv").checked; s.smsConfirm = document.getElementById("st-sms").checked; s.defaultPrice = +dp; s.vatRegistered = document.getElementById("st-vat").checked;
    toast("Settings saved"); render();
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "jmenu") { e.stopPropagation(); jobMenu(t, job(t.dataset.id)); }
    else if (a === "bulkremind") remindDlg(S.ui.sel.slice());
    else if (a === "bulkconfirm") {
      var ids = S.ui.sel.slice(), bad = ids.map(job).filter(function (j) { return j.status !== "Booked"; });
      if (bad.length) { toast("Only booked jobs can be confirmed — " + bad.map(function (j) { return j.id; }).join(", ") + " can't."); return; }
      ids.forEach(function (id) { job(id).status = "Confirmed"; }); S.ui.sel = []; toast(ids.length + " job" + (ids.length === 1 ? "" : "s") + " confirmed"); render();
    }
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "newjob") newJobDlg("");
    else if (a === "bookfor") newJobDlg(t.dataset.id);
    else if (a === "opencust") { S.ui.cust = t.dataset.id; S.ui.ctab = "details"; render(); }
    else if (a === "ctab") { S.ui.ctab = t.dataset.tab; render(); }
    else if (a === "editcust") custDlg(cust(t.dataset.id));
    else if (a === "newcust") custDlg(null);
    else if (a === "savesettings") saveSettings();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
