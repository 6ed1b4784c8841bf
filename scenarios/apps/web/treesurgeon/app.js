(function () {
  "use strict";
  var TODAY = "2025-11-19";
  var SURVEYORS = ["Owen Greaves", "Hannah Lowe"];
  var CREWS = [{ id: "A", lead: "Rhys Morgan", size: 3 }, { id: "B", lead: "Callum Shaw", size: 2 }, { id: "C", lead: "Dan Petrie", size: 3 }];
  var KIT = ["Chipper", "Stump grinder", "MEWP", "Rigging kit"];
  var KITNAME = { "Chipper": "Chipper", "Stump grinder": "Stump grinder", "MEWP": "MEWP (cherry picker)", "Rigging kit": "Rigging kit" };
  var STATUSES = ["Survey booked", "To quote", "Sent", "Accepted", "Declined", "Expired"];

  var Q = function (id, name, address, town, phone, work, amount, status, sent, flags) {
    flags = flags || "";
    return { id: id, customer: name, address: address, town: town, phone: phone, email: "", work: work, tpo: flags.indexOf("T") >= 0, conservation: flags.indexOf("C") >= 0, amount: amount, status: status, surveyDate: "", surveySlot: "", surveyor: "", sent: sent || "", followUp: "", acceptedOn: "", declineReason: "", declineNote: "", notes: "" };
  };
  var quotes = [
    Q("Q-4101", "Mr & Mrs Hendry", "8 Beech Grove", "Wexcombe", "01264 900101", "Crown reduction of mature oak by 2m", 650, "Accepted", "2025-10-06"),
    Q("Q-4102", "St Anne's Primary School", "School Lane", "Hurstbourne", "01264 900102", "Remove deadwood from 3 limes over the playground", 1180, "Sent", "2025-10-20"),
    Q("Q-4103", "Mrs Janet Crowe", "2 Mill Row", "Wexcombe", "07700 900103", "Fell dead ash (ash dieback) and remove all wood", 890, "Sent", "2025-10-24"),
    Q("Q-4104", "Hurst Park Residents' Association", "Hurst Park", "Andover", "01264 900104", "Pollard 4 willows along the stream", 2400, "Sent", "2025-10-29"),
    Q("Q-4105", "Mr David Ellery", "4 Church Walk", "Wexcombe", "07700 900105", "Fell lime tree next to the boundary wall", 1350, "Sent", "2025-11-10", "TC"),
    Q("Q-4106", "Ms Rita Okon", "14 Church Walk", "Wexcombe", "07700 900106", "Crown lift sycamore to 5m over the drive", 420, "Sent", "2025-11-03", "C"),
    Q("Q-4107", "Oakfield Surgery", "1 Station Road", "Andover", "01264 900107", "Reduce laurel hedge to 2m and clear arisings", 560, "Sent", "2025-11-07"),
    Q("Q-4108", "Mrs Funmi Adeyemi", "31 Larch Close", "Andover", "07700 900108", "Fell 2 leylandii and grind out the stumps", 980, "Sent", "2025-11-12"),
    Q("Q-4109", "Mr Peter Lang", "The Granary", "Upton", "07700 900109", "Crown thin walnut by 20%", 520, "Sent", "2025-11-14"),
    Q("Q-4110", "Mr & Mrs Fox", "19 Heather Way", "Andover", "07700 900110", "Fell conifer in front garden", 450, "Declined", "2025-10-15"),
    Q("Q-4111", "Longparish Cricket Club", "The Pavilion", "Longparish", "01264 900111", "Remove branches overhanging the outfield", 380, "Accepted", "2025-10-16"),
    Q("Q-4112", "Mrs Irene Walsh", "6 The Green", "Hurstbourne", "07700 900112", "Horse chestnut dropping branches — assess and quote", 0, "Survey booked"),
    Q("Q-4113", "Mr Sanjay Mehta", "44 Winchester Road", "Andover", "07700 900113", "Reduce 2 Lawson cypress and trim beech hedge", 0, "To quote"),
    Q("Q-4114", "Hatherden Farm", "Hatherden Farm", "Hatherden", "01264 900114", "Clear windblown beech from the farm track", 750, "Accepted", "2025-11-04"),
    Q("Q-4115", "Mrs Alice Barnard", "3 Orchard End", "Upton", "07700 900115", "Fell apple tree and grind stump", 310, "Expired", "2025-08-20"),
    Q("Q-4116", "Mr Colin Hext", "10 Rookery Lane", "Wexcombe", "07700 900116", "Leylandii hedge too tall — reduce", 0, "Survey booked"),
    Q("Q-4117", "Wexcombe Parish Council", "St Mary's Churchyard", "Wexcombe", "01264 900117", "Inspect churchyard yews and write a safety report", 300, "Sent", "2025-11-17", "C"),
    Q("Q-4118", "Mrs Joan Pryor", "21 Elm Rise", "Wexcombe", "07700 900118", "Fell leaning cherry and grind stump", 300, "Accepted", "2025-10-28"),
    Q("Q-4119", "Andover Garden Centre", "London Road", "Andover", "01264 900119", "Fell 3 poplars by the car park, rigging required", 3200, "Accepted", "2025-10-10"),
    Q("Q-4120", "Mr Gareth Lewis", "Manor Cottage", "Upton", "07700 900120", "Reduce 2 silver birch by a third", 640, "Accepted", "2025-10-30")
  ];
  function q_(id) { return quotes.find(function (x) { return x.id === id; }); }
  q_("Q-4101").acceptedOn = "2025-10-13"; q_("Q-4111").acceptedOn = "2025-10-21"; q_("Q-4114").acceptedOn = "2025-11-11"; q_("Q-4118").acceptedOn = "2025-11-05"; q_("Q-4119").acceptedOn = "2025-10-17"; q_("Q-4120").acceptedOn = "2025-11-06";
  q_("Q-4110").declineReason = "Went with another company";
  q_("Q-4105").notes = "Waiting on the council's decision on the TPO application (ref 25/01873/TPO).";
  var su = function (id, d, s, who) { var x = q_(id); x.surveyDate = d; x.surveySlot = s; x.surveyor = who; };
  su("Q-4112", "2025-11-20", "AM", "Hannah Lowe"); su("Q-4116", "2025-11-21", "PM", "Hannah Lowe"); su("Q-4113", "2025-11-17", "AM", "Owen Greaves");
  su("Q-4105", "2025-11-06", "AM", "Owen Greaves"); su("Q-4108", "2025-11-11", "PM", "Hannah Lowe"); su("Q-4109", "2025-11-13", "AM", "Owen Greaves"); su("Q-4117", "2025-11-14", "PM", "Owen Greaves");
  var Jb = function (id, quote, date, days, crew, kit, status) { return { id: id, quote: quote, date: date, days: days, crew: crew, equipment: kit, status: status, notes: "" }; };
  var jobs = [
    Jb("TJ-901", "Q-4101", "2025-10-27", 1, "A", ["Chipper"], "Completed"),
    Jb("TJ-902", "Q-4111", "2025-11-24", 1, "B", ["Chipper", "MEWP"], "Scheduled"),
    Jb("TJ-903", "Q-4114", "2025-11-20", 1, "C", ["Chipper"], "Scheduled"),
    Jb("TJ-904", "Q-4118", "2025-11-25", 1, "A", ["Chipper", "Stump grinder"], "Scheduled"),
    Jb("TJ-905", "Q-4119", "2025-12-01", 3, "C", ["Chipper", "MEWP", "Rigging kit"], "Scheduled"),
    Jb("TJ-906", "Q-4120", "2025-11-27", 1, "B", ["Chipper"], "Scheduled")
  ];

  var S = window.state = { today: TODAY, quotes: quotes, jobs: jobs, crews: CREWS,
    ui: { view: "quotes", q: "", status: "All statuses", sent: "Any time", town: "All towns", sel: [] } };
  var nextQuote = 4121, nextJob = 907;

  /* ---------- helpers ---------- */
  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function money(n) { return "£" + (+n).toLocaleString("en-GB", { minimumFractionDigits: 0 }); }
  function quote(id) { return S.quotes.find(function (x) { return x.id === id; }); }
  function crew(id) { return S.crews.find(function (c) { return c.id === id; }); }
  function slotName(s) { return s === "AM" ? "morning" : "afternoon"; }
  function badge(s) { return '<span class="badge b-' + s.replace(/\s/g, "") + '">' + esc(s) + "</span>"; }
  function flags(q) { return (q.tpo ? '<span class="flag f-tpo" title="Tree Preservation Order">TPO</span>' : "") + (q.conservation ? '<span class="flag f-ca" title="Conservation area">CONS. AREA</span>' : ""); }
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
    ({ quotes: renderQuotes, surveys: renderSurveys, jobs: renderJobs, crews: renderCrews })[S.ui.view]();
  }

  /* ---------- Quotes ---------- */
  function visibleQuotes() {
    var q = S.ui.q.trim().toLowerCase(), cut = addDays(TODAY, -14);
    return S.quotes.filter(function (x) {
      if (S.ui.status !== "All statuses" && x.status !== S.ui.status) return false;
      if (S.ui.sent === "In the last 2 weeks" && !(x.sent && x.sent >= cut)) return false;
      if (S.ui.sent === "More than 2 weeks ago" && !(x.sent && x.sent < cut)) return false;
      if (S.ui.town !== "All towns" && x.town !== S.ui.town) return false;
      return !q || (x.id + " " + x.customer + " " + x.address + " " + x.town + " " + x.work).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.id < b.id ? 1 : -1; });
  }
  function renderQuotes() {
    var list = visibleQuotes(), sel = S.ui.sel, towns = [];
    S.quotes.forEach(function (x) { if (towns.indexOf(x.town) < 0) towns.push(x.town); }); towns.sort();
    var open = S.quotes.filter(function (x) { return x.status === "Sent"; });
    var h = '<div class="bar"><h1>Enquiries &amp; quotes</h1><span class="sp"></span><span class="muted">' + open.length + " quotes awaiting a reply · " + money(open.reduce(function (a, x) { return a + x.amount; }, 0)) + '</span><button class="btn pri" data-act="newenq">+ New enquiry</button></div>' +
      '<div class="bar"><input type="search" id="q" placeholder="Search name, address, work…" aria-label="Search quotes" style="width:240px" value="' + esc(S.ui.q) + '">' +
      '<select id="f-status" aria-label="Status">' + opts(["All statuses"].concat(STATUSES), S.ui.status) + "</select>" +
      '<select id="f-sent" aria-label="Quote sent">' + opts(["Any time", "In the last 2 weeks", "More than 2 weeks ago"], S.ui.sent) + "</select>" +
      '<select id="f-town" aria-label="Town">' + opts(["All towns"].concat(towns), S.ui.town) + "</select>" +
      '<span class="sp"></span><span class="muted">' + list.length + " shown</span></div>";
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkfollow">Send follow-up…</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear selection</button></div>';
    if (!list.length) { view.innerHTML = h + '<div class="empty">Nothing matches these filters.</div>'; bindQuotes(); return; }
    var all = list.every(function (x) { return sel.indexOf(x.id) >= 0; });
    h += '<table class="tbl"><thead><tr><th style="width:32px"><input type="checkbox" id="selall" aria-label="Select all shown"' + (all ? " checked" : "") + '></th><th>Quote</th><th>Customer</th><th>Work</th><th>Amount</th><th>Sent</th><th>Status</th><th></th></tr></thead><tbody>' + list.map(function (x) {
      var on = sel.indexOf(x.id) >= 0;
      return '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + x.id + '" aria-label="Select ' + x.id + '"' + (on ? " checked" : "") + "></td><td><b>" + x.id + "</b></td><td>" + esc(x.customer) + '<div class="muted">' + esc(x.address + ", " + x.town) + "</div></td><td>" + flags(x) + esc(x.work) + (x.notes ? '<div class="muted">' + esc(x.notes) + "</div>" : "") + "</td><td>" + (x.amount ? money(x.amount) : '<span class="muted">—</span>') + "</td><td>" + (x.sent ? fmt(x.sent) + (x.followUp ? '<div class="muted">Followed up ' + fmt(x.followUp) + "</div>" : "") : '<span class="muted">—</span>') + "</td><td>" + badge(x.status) +
        (x.status === "Survey booked" ? '<div class="muted">' + fmt(x.surveyDate) + " " + slotName(x.surveySlot) + "</div>" : "") + (x.declineReason ? '<div class="muted">' + esc(x.declineReason) + "</div>" : "") +
        '</td><td><button class="kebab" data-act="qmenu" data-id="' + x.id + '" aria-label="Actions for ' + x.id + '" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") + "</tbody></table>";
    view.innerHTML = h; bindQuotes();
  }
  function bindQuotes() {
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    [["f-status", "status"], ["f-sent", "sent"], ["f-town", "town"]].forEach(function (p) { document.getElementById(p[0]).addEventListener("change", function (e) { S.ui[p[1]] = e.target.value; render(); }); });
    var sa = document.getElementById("selall");
    if (sa) sa.addEventListener("change", function () { var ids = visibleQuotes().map(function (x) { return x.id; }); if (sa.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function quoteMenu(btn, x) {
    showMenu(btn, [
      { label: "Enter quote & send…", disabled: x.status !== "To quote", fn: function () { sendDlg(x); } },
      { label: "Accept & schedule…", disabled: x.status !== "Sent", fn: function () { acceptDlg(x); } },
      { label: "Send follow-up…", disabled: x.status !== "Sent", fn: function () { followDlg([x.id]); } },
      { label: "Edit notes…", fn: function () { openModal("Notes — " + x.id, '<div class="fld"><label class="l" for="qn">Notes</label><textarea id="qn" rows="3">' + esc(x.notes) + "</textarea></div>", [{ label: "Cancel" }, { label: "Save notes", cls: "pri", fn: function () { x.notes = val("qn"); toast("Notes saved"); render(); } }]); } },
      { label: "Mark declined…", red: true, disabled: x.status !== "Sent", fn: function () { declineDlg(x); } }
    ]);
  }
  function qhead(x) { return "<p><b>" + esc(x.customer) + "</b> — " + esc(x.address + ", " + x.town) + "<br>" + flags(x) + esc(x.work) + (x.amount ? ' <span class="muted">· ' + money(x.amount) + "</span>" : "") + "</p>"; }
  function sendDlg(x) {
    openModal("Enter quote — " + x.id, qhead(x) + '<div class="fld"><label class="l" for="sq-a">Quote amount (£)</label><input type="number" id="sq-a" min="0"></div><div class="err" id="sq-err"></div>',
      [{ label: "Cancel" }, { label: "Send quote", cls: "pri", fn: function () { var a = +val("sq-a"); if (!a) return fail("sq-err", "Enter the amount."); x.amount = a; x.status = "Sent"; x.sent = TODAY; toast(x.id + " sent to " + x.customer); render(); } }]);
  }
  function declineDlg(x) {
    openModal("Mark " + x.id + " as declined", qhead(x) +
      '<div class="fld"><label class="l" for="dq-r">Reason</label><select id="dq-r"><option value="">— choose a reason —</option>' + opts(["Price too high", "Went with another company", "Customer decided not to go ahead", "Council consent refused", "No response"], "") + "</select></div>" +
      '<div class="fld"><label class="l" for="dq-n">Note (optional)</label><textarea id="dq-n" rows="2"></textarea></div><div class="err" id="dq-err"></div>',
      [{ label: "Cancel" }, { label: "Mark declined", cls: "danger", fn: function () { var r = val("dq-r"); if (!r) return fail("dq-err", "Choose a reason."); x.status = "Declined"; x.declineReason = r; x.declineNote = val("dq-n"); toast(x.id + " marked declined"); render(); } }]);
  }
  function crewBusy(c, start, days, except) {
    var mine = []; for (var i = 0; i < days; i++) mine.push(addDays(start, i));
    return S.jobs.find(function (j) { if (j === except || j.crew !== c || j.status === "Completed") return false; for (var k = 0; k < j.days; k++) if (mine.indexOf(addDays(j.date, k)) >= 0) return true; return false; });
  }
  function acceptDlg(x) {
    openModal("Accept & schedule " + x.id, qhead(x) +
      '<div class="three"><div class="fld"><label class="l" for="ac-d">Start date</label><input type="date" id="ac-d" min="' + TODAY + '"></div><div class="fld"><label class="l" for="ac-c">Crew</label><select id="ac-c"><option value="">— choose —</option>' + opts(S.crews.map(function (c) { return [c.id, "Crew " + c.id + " — " + c.lead + " (" + c.size + ")"]; }), "") + '</select></div><div class="fld"><label class="l" for="ac-n">Days on site</label><input type="number" id="ac-n" min="1" max="10" value="1"></div></div>' +
      '<fieldset><legend>Equipment</legend><div class="checks">' + KIT.map(function (k, i) { return '<label class="chk"><input type="checkbox" data-kit="' + k + '"' + (i === 0 ? " checked" : "") + "> " + KITNAME[k] + "</label>"; }).join("") + "</div></fieldset>" +
      '<div class="fld"><label class="l" for="ac-nt">Notes for the crew</label><textarea id="ac-nt" rows="2"></textarea></div><div class="err" id="ac-err"></div>',
      [{ label: "Cancel" }, { label: "Accept & schedule", cls: "pri", fn: function () {
        var d = val("ac-d"), c = val("ac-c"), n = +val("ac-n");
        if (!d || d < TODAY) return fail("ac-err", "Choose a start date from today onwards.");
        var wd = dd(d).getUTCDay(); if (wd === 0 || wd === 6) return fail("ac-err", "Crews don't work weekends.");
        if (!c) return fail("ac-err", "Choose a crew.");
        if (!n || n < 1) return fail("ac-err", "Enter the number of days.");
        var busy = crewBusy(c, d, n, null); if (busy) return fail("ac-err", "Crew " + c + " is already on " + busy.id + " (" + fmt(busy.date) + ").");
        var kit = []; overlay.querySelectorAll("[data-kit]").forEach(function (cb) { if (cb.checked) kit.push(cb.dataset.kit); });
        var j = Jb("TJ-" + nextJob++, x.id, d, n, c, kit, "Scheduled"); j.notes = val("ac-nt"); S.jobs.push(j);
        x.status = "Accepted"; x.acceptedOn = TODAY;
        toast(x.id + " accepted — " + j.id + " booked for crew " + c + " on " + fmt(d)); render();
      } }]);
  }
  function followDlg(ids) {
    var bad = ids.map(quote).filter(function (x) { return x.status !== "Sent"; });
    if (bad.length) { toast("Follow-ups only go on quotes that are waiting for a reply — " + bad.map(function (x) { return x.id; }).join(", ") + " " + (bad.length > 1 ? "aren't" : "isn't") + "."); return; }
    openModal("Send follow-up", "<p>Email a follow-up to " + ids.length + " customer" + (ids.length === 1 ? "" : "s") + ': <span class="muted">' + ids.join(", ") + "</span></p>" +
      '<div class="preview">Hello — just checking you received our quote for the tree work. If you have any questions, or would like to book a date, reply to this email or call the office on 01264 900100. Kind regards, Owen Greaves, Greenbough Tree Care</div>',
      [{ label: "Cancel" }, { label: "Send follow-ups", cls: "pri", fn: function () { ids.forEach(function (id) { quote(id).followUp = TODAY; }); S.ui.sel = []; toast(ids.length + " follow-up email" + (ids.length === 1 ? "" : "s") + " sent"); render(); } }]);
  }
  function enquiryDlg() {
    var towns = []; S.quotes.forEach(function (x) { if (towns.indexOf(x.town) < 0) towns.push(x.town); }); towns.sort();
    openModal("New enquiry",
      '<fieldset><legend>Customer</legend><div class="two"><div class="fld"><label class="l" for="ne-n">Name</label><input type="text" id="ne-n"></div><div class="fld"><label class="l" for="ne-p">Phone</label><input type="tel" id="ne-p"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="ne-a">Address</label><input type="text" id="ne-a"></div><div class="fld"><label class="l" for="ne-t">Town</label><input type="text" id="ne-t" list="ne-towns"><datalist id="ne-towns">' + towns.map(function (t) { return '<option value="' + esc(t) + '">'; }).join("") + "</datalist></div></div>" +
      '<div class="fld"><label class="l" for="ne-e">Email (optional)</label><input type="email" id="ne-e"></div></fieldset>' +
      '<div class="fld"><label class="l" for="ne-w">Work requested</label><textarea id="ne-w" rows="2"></textarea></div>' +
      '<div class="fld"><label class="chk"><input type="checkbox" id="ne-tpo"> Tree has a preservation order (TPO)</label> &nbsp; <label class="chk"><input type="checkbox" id="ne-ca"> In a conservation area</label></div>' +
      '<fieldset><legend>Site survey</legend><div class="three"><div class="fld"><label class="l" for="ne-sd">Survey date</label><input type="date" id="ne-sd" min="' + TODAY + '"></div><div class="fld"><label class="l" for="ne-ss">Time</label><select id="ne-ss"><option value="">— choose —</option>' + opts([["AM", "Morning"], ["PM", "Afternoon"]], "") + '</select></div><div class="fld"><label class="l" for="ne-sv">Surveyor</label><select id="ne-sv"><option value="">— choose —</option>' + opts(SURVEYORS, "") + '</select></div></div><p class="muted" style="margin:0 0 8px">Leave the survey blank to quote from photos.</p></fieldset><div class="err" id="ne-err"></div>',
      [{ label: "Cancel" }, { label: "Save enquiry", cls: "pri", fn: function () {
        var n = val("ne-n"), a = val("ne-a"), t = val("ne-t"), w = val("ne-w"), sd = val("ne-sd"), ss = val("ne-ss"), sv = val("ne-sv");
        if (!n) return fail("ne-err", "Enter the customer's name."); if (!a || !t) return fail("ne-err", "Enter the address and town."); if (!val("ne-p")) return fail("ne-err", "Enter a phone number."); if (!w) return fail("ne-err", "Describe the work.");
        if (val("ne-e") && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(val("ne-e"))) return fail("ne-err", "Enter a valid email address.");
        var any = sd || ss || sv;
        if (any && !(sd && ss && sv)) return fail("ne-err", "Fill in the survey date, time and surveyor — or leave all three blank.");
        if (sd) { var wd = dd(sd).getUTCDay(); if (wd === 0) return fail("ne-err", "No surveys on Sundays."); var clash = S.quotes.find(function (x) { return x.status === "Survey booked" && x.surveyDate === sd && x.surveySlot === ss && x.surveyor === sv; }); if (clash) return fail("ne-err", sv + " already has a survey then (" + clash.customer + ")."); }
        var x = Q("Q-" + nextQuote++, n, a, t, val("ne-p"), w, 0, sd ? "Survey booked" : "To quote", "", (document.getElementById("ne-tpo").checked ? "T" : "") + (document.getElementById("ne-ca").checked ? "C" : ""));
        x.email = val("ne-e"); if (sd) { x.surveyDate = sd; x.surveySlot = ss; x.surveyor = sv; }
        S.quotes.push(x); toast(x.id + " saved" + (sd ? " — survey " + fmt(sd) + " " + slotName(ss) + " with " + sv : "")); render();
      } }]);
  }

  /* ---------- Surveys, jobs, crews ---------- */
  function renderSurveys() {
    var list = S.quotes.filter(function (x) { return x.status === "Survey booked"; }).sort(function (a, b) { return (a.surveyDate + a.surveySlot) < (b.surveyDate + b.surveySlot) ? -1 : 1; });
    view.innerHTML = '<div class="bar"><h1>Surveys</h1><span class="sp"></span><button class="btn pri" data-act="newenq">+ New enquiry</button></div>' + (list.length ? '<table class="tbl"><thead><tr><th>When</th><th>Surveyor</th><th>Customer</th><th>Work</th><th>Phone</th></tr></thead><tbody>' + list.map(function (x) {
      return "<tr><td><b>" + fmt(x.surveyDate) + '</b><div class="muted">' + slotName(x.surveySlot) + "</div></td><td>" + esc(x.surveyor) + "</td><td>" + esc(x.customer) + '<div class="muted">' + esc(x.address + ", " + x.town) + "</div></td><td>" + flags(x) + esc(x.work) + '<div class="muted">' + x.id + "</div></td><td>" + esc(x.phone) + "</td></tr>";
    }).join("") + "</tbody></table>" : '<div class="empty">No surveys booked.</div>');
  }
  function renderJobs() {
    var list = S.jobs.slice().sort(function (a, b) { return a.date < b.date ? -1 : 1; });
    view.innerHTML = '<div class="bar"><h1>Jobs</h1><span class="sp"></span><span class="muted">Jobs are created by accepting a quote.</span></div><table class="tbl"><thead><tr><th>Start</th><th>Days</th><th>Crew</th><th>Customer</th><th>Work</th><th>Equipment</th><th>Status</th></tr></thead><tbody>' + list.map(function (j) {
      var x = quote(j.quote), c = crew(j.crew);
      return "<tr><td><b>" + fmt(j.date) + '</b><div class="muted">' + j.id + "</div></td><td>" + j.days + "</td><td>Crew " + c.id + '<div class="muted">' + esc(c.lead) + "</div></td><td>" + esc(x.customer) + '<div class="muted">' + esc(x.address + ", " + x.town) + "</div></td><td>" + esc(x.work) + "</td><td>" + j.equipment.map(function (k) { return esc(KITNAME[k]); }).join(", ") + "</td><td>" + badge(j.status) + "</td></tr>";
    }).join("") + "</tbody></table>";
  }
  function renderCrews() {
    view.innerHTML = '<div class="bar"><h1>Crews &amp; kit</h1></div><div class="cards">' + S.crews.map(function (c) {
      var up = S.jobs.filter(function (j) { return j.crew === c.id && j.status === "Scheduled"; }).sort(function (a, b) { return a.date < b.date ? -1 : 1; });
      return '<article class="card" aria-label="Crew ' + c.id + '"><h3>Crew ' + c.id + " — " + esc(c.lead) + '</h3><div class="muted">' + c.size + " climbers / groundworkers</div><ul>" + (up.length ? up.map(function (j) { return "<li>" + fmt(j.date) + (j.days > 1 ? " (" + j.days + " days)" : "") + " — " + esc(quote(j.quote).customer) + "</li>"; }).join("") : '<li class="muted">Nothing booked</li>') + "</ul></article>";
    }).join("") + '</div><h2 style="margin-top:18px">Kit</h2><table class="tbl"><tbody>' + KIT.map(function (k) { var n = S.jobs.filter(function (j) { return j.status === "Scheduled" && j.equipment.indexOf(k) >= 0; }).length; return "<tr><td>" + esc(KITNAME[k]) + "</td><td>" + n + " upcoming job" + (n === 1 ? "" : "s") + "</td></tr>"; }).join("") + "</tbody></table>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "qmenu") { e.stopPropagation(); quoteMenu(t, quote(t.dataset.id)); }
    else if (a === "newenq") enquiryDlg();
    else if (a === "bulkfollow") followDlg(S.ui.sel.slice());
    else if (a === "clearsel") { S.ui.sel = []; render(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
