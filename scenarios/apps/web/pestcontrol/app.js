(function () {
  "use strict";
  var TODAY = "2025-09-17";
  var TECHS = [
    { name: "Sam Okafor", van: "KX23 PCR", area: "Kettering & north", phone: "07700 900 301" },
    { name: "Priya Nair", van: "KX72 PCR", area: "Kettering & Corby", phone: "07700 900 302" },
    { name: "Dave Lyons", van: "KV19 PCR", area: "Wellingborough & villages", phone: "07700 900 303" }
  ];
  var TECH_NAMES = TECHS.map(function (t) { return t.name; });
  var TYPES = ["Routine inspection", "Call-out", "Follow-up", "Wasp nest", "Survey"];
  var SPECIES = ["Mice", "Rats", "Cockroaches", "Flies", "Bed bugs", "Wasps", "Birds", "Other"];
  var ST = function (id, name, addr, town, pc, kind, stations, contact) { return { id: id, name: name, address: addr, town: town, postcode: pc, kind: kind, stations: stations, contact: contact }; };
  var sites = [
    ST("S-01", "Golden Wok", "41 High Street", "Kettering", "NN16 8SU", "Restaurant", 8, "Mr Li — 01536 410 221"),
    ST("S-02", "Northgate Bakery", "Unit 2, Northgate Ind. Est.", "Kettering", "NN16 0AB", "Food production", 14, "Jan Kowal — 01536 500 812"),
    ST("S-03", "Kettering Grain Store", "Pytchley Road", "Kettering", "NN15 6JJ", "Warehouse", 22, "Site office — 01536 522 900"),
    ST("S-04", "Meadowbank Care Home", "10 Meadow Lane", "Kettering", "NN15 7QD", "Care home", 10, "Manager Sue Ellis — 01536 415 660"),
    ST("S-05", "Riverside Primary School", "Riverside Way", "Kettering", "NN16 8RT", "School", 6, "Bursar — 01536 522 318"),
    ST("S-06", "The Crown Hotel", "2 Market Place", "Kettering", "NN16 0AJ", "Hotel", 12, "Duty manager — 01536 412 001"),
    ST("S-07", "Barton Seagrave Garden Centre", "Barton Road", "Barton Seagrave", "NN15 6RT", "Retail", 16, "Paul Reid — 01536 723 455"),
    ST("S-08", "Flat 4, Tanner's Court", "Tanner Street", "Kettering", "NN16 9LP", "Residential", 0, "Ms Amira Hassan — 07700 900 611"),
    ST("S-09", "12 Victoria Street", "12 Victoria Street", "Kettering", "NN16 0BU", "Residential", 0, "Landlord: K. Mills — 07700 900 612"),
    ST("S-10", "Mrs Lorna Blake", "22 Elm Grove", "Burton Latimer", "NN15 5RF", "Residential", 0, "07700 900 613"),
    ST("S-11", "Mr Dev Sharma", "14 Oak Grove", "Kettering", "NN15 7HN", "Residential", 0, "07700 900 614"),
    ST("S-12", "Wicksteed Lodge Offices", "Barton Road", "Kettering", "NN15 6NJ", "Office", 0, "Facilities — 01536 512 475"),
    ST("S-13", "Meadowbank Day Nursery", "12 Meadow Lane", "Kettering", "NN15 7QD", "Nursery", 4, "Claire Dunn — 01536 415 700"),
    ST("S-14", "Old Mill Tearooms", "Mill Road", "Geddington", "NN14 1AD", "Cafe", 5, "Mrs Pike — 01536 742 118")
  ];
  var F0 = function () { return { activity: null, species: "", location: "", stationsChecked: 0, baitReplenished: 0, notes: "" }; };
  var V = function (id, date, time, site, type, pest, tech, status, charge, notes) { return { id: id, date: date, time: time, site: site, type: type, pest: pest, tech: tech, status: status, charge: charge, notes: notes || "", findings: F0(), cancelReason: "", followUpOf: "" }; };
  var visits = [
    V("V-9001", "2025-09-15", "09:00", "S-03", "Routine inspection", "Rodents", "Sam Okafor", "Completed", 0),
    V("V-9002", "2025-09-15", "13:00", "S-07", "Call-out", "Wasps", "Dave Lyons", "Completed", 65),
    V("V-9003", "2025-09-16", "10:00", "S-05", "Routine inspection", "Rodents", "Priya Nair", "Completed", 0),
    V("V-9004", "2025-09-16", "15:00", "S-09", "Call-out", "Bed bugs", "Priya Nair", "No access", 35, "Tenant not in — rebook"),
    V("V-9010", "2025-09-17", "08:30", "S-02", "Routine inspection", "Rodents", "Priya Nair", "Scheduled", 0),
    V("V-9011", "2025-09-17", "09:00", "S-11", "Survey", "Wasps", "Dave Lyons", "Scheduled", 0, "Nest in soffit? Customer unsure"),
    V("V-9012", "2025-09-17", "10:00", "S-01", "Routine inspection", "Rodents", "Sam Okafor", "Scheduled", 0),
    V("V-9013", "2025-09-17", "14:00", "S-04", "Routine inspection", "Rodents", "Sam Okafor", "Scheduled", 0),
    V("V-9014", "2025-09-17", "15:30", "S-08", "Call-out", "Cockroaches", "Priya Nair", "Scheduled", 85),
    V("V-9020", "2025-09-18", "14:00", "S-10", "Wasp nest", "Wasps", "Dave Lyons", "Scheduled", 65, "Nest by back door"),
    V("V-9021", "2025-09-18", "11:00", "S-11", "Wasp nest", "Wasps", "Dave Lyons", "Scheduled", 65),
    V("V-9022", "2025-09-18", "09:00", "S-03", "Follow-up", "Rodents", "Sam Okafor", "Scheduled", 0),
    V("V-9026", "2025-09-19", "10:00", "S-07", "Routine inspection", "General", "Priya Nair", "Scheduled", 0),
    V("V-9023", "2025-09-19", "08:30", "S-05", "Follow-up", "Rodents", "Sam Okafor", "Scheduled", 0),
    V("V-9024", "2025-09-19", "11:00", "S-12", "Survey", "General", "Sam Okafor", "Scheduled", 120),
    V("V-9027", "2025-09-19", "13:00", "S-09", "Call-out", "Bed bugs", "Dave Lyons", "Scheduled", 35, "Rebooked from 16 Sep"),
    V("V-9025", "2025-09-19", "14:30", "S-06", "Routine inspection", "General", "Sam Okafor", "Scheduled", 0),
    V("V-9028", "2025-09-22", "09:00", "S-02", "Follow-up", "Rodents", "Sam Okafor", "Scheduled", 0),
    V("V-9029", "2025-09-23", "10:30", "S-13", "Routine inspection", "Flies", "Priya Nair", "Scheduled", 0),
    V("V-9030", "2025-09-24", "14:00", "S-14", "Survey", "General", "Dave Lyons", "Cancelled", 0)
  ];
  visits[0].findings = { activity: false, species: "", location: "", stationsChecked: 22, baitReplenished: 0, notes: "No activity" };
  visits[1].findings = { activity: true, species: "Wasps", location: "Shed roof", stationsChecked: 0, baitReplenished: 0, notes: "Nest treated" };
  visits[2].findings = { activity: false, species: "", location: "", stationsChecked: 6, baitReplenished: 1, notes: "" };
  visits[19].cancelReason = "Customer unavailable";
  var C = function (id, site, plan, vpy, fee, start, end, status, auto) { return { id: id, site: site, plan: plan, visitsPerYear: vpy, monthlyFee: fee, start: start, end: end, status: status, autoRenew: auto, renewedOn: "" }; };
  var contracts = [
    C("PC-176", "S-14", "Rodent monitoring", 6, 38, "2024-07-01", "2025-06-30", "Cancelled", false),
    C("PC-188", "S-04", "Full pest cover", 8, 62, "2024-10-01", "2025-09-30", "Active", false),
    C("PC-199", "S-03", "Rodent monitoring", 8, 95, "2025-01-01", "2025-12-31", "Active", true),
    C("PC-204", "S-02", "Full pest cover", 12, 120, "2025-03-01", "2026-02-28", "Active", true),
    C("PC-207", "S-06", "Full pest cover", 8, 85, "2024-11-01", "2025-10-31", "Active", false),
    C("PC-210", "S-01", "Rodent & insect", 12, 75, "2025-06-01", "2026-05-31", "Active", true),
    C("PC-211", "S-13", "Insect cover", 6, 40, "2024-10-15", "2025-10-14", "Active", false),
    C("PC-215", "S-05", "Rodent monitoring", 6, 45, "2025-04-01", "2026-03-31", "Active", true),
    C("PC-220", "S-07", "Full pest cover", 8, 70, "2024-09-01", "2025-08-31", "Expired", false)
  ];
  var S = window.state = { today: TODAY, sites: sites, visits: visits, contracts: contracts, technicians: TECHS,
    ui: { view: "schedule", range: "This week", tech: "All technicians", q: "", sel: [], ctab: "All", sq: "" } };
  var nextVisit = 9031;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function addMonths(d, n) { var y = +d.slice(0, 4), m = +d.slice(5, 7) - 1 + n; y += Math.floor(m / 12); m = ((m % 12) + 12) % 12; return y + "-" + (m < 9 ? "0" : "") + (m + 1) + d.slice(7); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()].slice(0, 3) + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function money(n) { return "£" + n.toFixed(2); }
  function site(id) { return S.sites.find(function (s) { return s.id === id; }); }
  function visit(id) { return S.visits.find(function (v) { return v.id === id; }); }
  function contract(id) { return S.contracts.find(function (c) { return c.id === id; }); }
  function toast(t) { var d = document.createElement("div"); d.className = "toast"; d.setAttribute("role", "status"); d.textContent = t; document.getElementById("toasts").appendChild(d); setTimeout(function () { d.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function vbadge(s) { return '<span class="badge v-' + s.replace(/ /g, "-") + '">' + s + "</span>"; }
  function cStatus(c) { return c.status === "Active" && c.end <= addDays(TODAY, 31) ? "Expiring" : c.status; }
  var TIMES = []; for (var m = 7 * 60; m <= 18 * 60; m += 30) TIMES.push((m < 600 ? "0" : "") + Math.floor(m / 60) + ":" + (m % 60 ? "30" : "00"));

  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var mm = document.createElement("div"); mm.className = "menu"; mm.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; if (it.disabled) b.disabled = true; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); mm.appendChild(b); });
    document.body.appendChild(mm); var r = anchor.getBoundingClientRect(), top = r.bottom + 3;
    if (top + mm.offsetHeight > innerHeight - 8) top = r.top - mm.offsetHeight - 3;
    mm.style.top = top + "px"; mm.style.left = Math.max(8, r.right - mm.offsetWidth) + "px"; menuEl = mm;
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
    document.getElementById("today").textContent = DOW[dd(TODAY).getUTCDay()] + " " + fmtY(TODAY);
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    document.getElementById("crumbs").textContent = "Operations › " + { schedule: "Schedule", contracts: "Contracts", sites: "Sites", team: "Technicians" }[S.ui.view];
    ({ schedule: renderSchedule, contracts: renderContracts, sites: renderSites, team: renderTeam })[S.ui.view]();
  }

  /* ---------- Schedule ---------- */
  function inRange(d) {
    var r = S.ui.range, ws = addDays(TODAY, -((dd(TODAY).getUTCDay() + 6) % 7));
    if (r === "Today") return d === TODAY;
    if (r === "Tomorrow") return d === addDays(TODAY, 1);
    if (r === "This week") return d >= ws && d <= addDays(ws, 6);
    if (r === "Next 14 days") return d >= TODAY && d <= addDays(TODAY, 14);
    return true;
  }
  function visibleVisits() {
    var q = S.ui.q.trim().toLowerCase();
    return S.visits.filter(function (v) {
      if (!inRange(v.date)) return false;
      if (S.ui.tech !== "All technicians" && v.tech !== S.ui.tech) return false;
      if (!q) return true; var s = site(v.site);
      return (v.id + " " + s.name + " " + s.address + " " + s.town + " " + v.type + " " + v.pest).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : a.time < b.time ? -1 : 1; });
  }
  function renderSchedule() {
    var list = visibleVisits(), sel = S.ui.sel;
    var h = '<div class="bar"><h1>Schedule</h1><span class="sp"></span><button class="btn pri" data-act="newvisit">+ Book visit</button></div>' +
      '<div class="bar"><div class="chips" role="group" aria-label="Date range">' + ["Today", "Tomorrow", "This week", "Next 14 days", "All"].map(function (r) { return '<button class="chip" data-act="range" data-r="' + r + '" aria-pressed="' + (S.ui.range === r) + '">' + r + "</button>"; }).join("") + "</div>" +
      '<select id="f-tech" aria-label="Technician">' + opts(["All technicians"].concat(TECH_NAMES), S.ui.tech) + '</select><input type="search" id="q" placeholder="Search site, address, pest…" aria-label="Search visits" style="width:240px" value="' + esc(S.ui.q) + '"></div>';
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkreassign">Reassign…</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear</button></div>';
    var all = list.length && list.every(function (v) { return sel.indexOf(v.id) >= 0; });
    h += '<div class="wrap"><table class="tbl"><thead><tr><th style="width:32px"><input type="checkbox" id="selall" aria-label="Select all visits shown"' + (all ? " checked" : "") + '></th><th>Time</th><th>Visit</th><th>Site</th><th>Type</th><th>Technician</th><th>Status</th><th></th></tr></thead><tbody>';
    var last = "";
    if (!list.length) h += '<tr><td colspan="8" class="empty">No visits in this range.</td></tr>';
    list.forEach(function (v) {
      if (v.date !== last) { last = v.date; h += '<tr class="day"><td colspan="8">' + DOW[dd(v.date).getUTCDay()] + " " + fmtY(v.date) + (v.date === TODAY ? " · Today" : v.date === addDays(TODAY, 1) ? " · Tomorrow" : "") + "</td></tr>"; }
      var s = site(v.site), on = sel.indexOf(v.id) >= 0;
      h += '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + v.id + '" aria-label="Select ' + v.id + '"' + (on ? " checked" : "") + "></td><td><b>" + v.time + '</b></td><td><button class="vid" data-act="open" data-id="' + v.id + '">' + v.id + "</button></td><td><b>" + esc(s.name) + '</b><div class="muted">' + esc(s.address) + ", " + esc(s.town) + "</div></td><td>" + v.type + ' <span class="pest">' + v.pest + "</span></td><td>" + v.tech + "</td><td>" + vbadge(v.status) + '</td><td><button class="kebab" data-act="vmenu" data-id="' + v.id + '" aria-label="Actions for ' + v.id + '" aria-haspopup="menu">⋮</button></td></tr>';
    });
    view.innerHTML = h + "</tbody></table></div>";
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-tech").addEventListener("change", function (e) { S.ui.tech = e.target.value; render(); });
    document.getElementById("selall").addEventListener("change", function (e) { var ids = visibleVisits().map(function (v) { return v.id; }); if (e.target.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function visitMenu(btn, v) {
    var open = v.status === "Scheduled";
    showMenu(btn, [
      { label: "View visit", fn: function () { visitDlg(v); } },
      { label: "Complete visit…", disabled: !open, fn: function () { completeDlg(v); } },
      { label: "Reassign…", disabled: !open, fn: function () { reassignDlg([v.id]); } },
      { label: "Mark no access", disabled: !open, fn: function () { v.status = "No access"; toast(v.id + " marked no access"); render(); } },
      { label: "Cancel visit…", red: true, disabled: !open, fn: function () { cancelDlg(v); } }
    ]);
  }
  function visitDlg(v) {
    var s = site(v.site), f = v.findings;
    var md = openModal(v.id + " — " + s.name, '<div class="tabs" role="tablist"><button role="tab" data-vt="d" aria-selected="true">Details</button><button role="tab" data-vt="f" aria-selected="false">Findings</button></div>' +
      '<div data-vp="d"><dl class="kv"><dt>When</dt><dd>' + fmt(v.date) + " " + v.time + "</dd><dt>Site</dt><dd>" + esc(s.name) + "<br>" + esc(s.address) + ", " + esc(s.town) + " " + esc(s.postcode) + "</dd><dt>Contact</dt><dd>" + esc(s.contact) + "</dd><dt>Visit type</dt><dd>" + v.type + " · " + v.pest + "</dd><dt>Technician</dt><dd>" + v.tech + "</dd><dt>Charge</dt><dd>" + (v.charge ? money(v.charge) : "Covered by contract") + "</dd><dt>Status</dt><dd>" + vbadge(v.status) + (v.cancelReason ? " " + esc(v.cancelReason) : "") + "</dd><dt>Notes</dt><dd>" + (esc(v.notes) || "—") + "</dd></dl></div>" +
      '<div data-vp="f" hidden>' + (v.status === "Completed" ? '<dl class="kv"><dt>Activity</dt><dd>' + (f.activity ? "Yes — " + esc(f.species) + (f.location ? " (" + esc(f.location) + ")" : "") : "None seen") + "</dd><dt>Stations checked</dt><dd>" + f.stationsChecked + "</dd><dt>Bait replenished</dt><dd>" + f.baitReplenished + "</dd><dt>Notes</dt><dd>" + (esc(f.notes) || "—") + "</dd></dl>" : '<p class="muted">Findings are recorded when the visit is completed.</p>') + "</div>",
      [{ label: "Close" }]);
    md.querySelectorAll("[data-vt]").forEach(function (b) { b.addEventListener("click", function () { md.querySelectorAll("[data-vt]").forEach(function (x) { x.setAttribute("aria-selected", x === b); }); md.querySelectorAll("[data-vp]").forEach(function (p) { p.hidden = p.dataset.vp !== b.dataset.vt; }); }); });
  }
  function completeDlg(v) {
    var s = site(v.site);
    var md = openModal("Complete visit " + v.id, '<p>' + esc(s.name) + " · " + v.type.toLowerCase() + " · " + v.tech + "</p>" +
      '<div class="fld"><span class="l">Pest activity</span><div class="radios" role="radiogroup" aria-label="Pest activity"><label><input type="radio" name="cv-a" value="no"> None seen</label><label><input type="radio" name="cv-a" value="yes"> Activity found</label></div></div>' +
      '<div class="box" id="cv-act" hidden><div class="two"><div class="fld"><label class="l" for="cv-sp">Pest found</label><select id="cv-sp"><option value="">— choose —</option>' + opts(SPECIES, "") + '</select></div><div class="fld"><label class="l" for="cv-loc">Where</label><input type="text" id="cv-loc" placeholder="e.g. kitchen, loft"></div></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="cv-chk">Bait stations checked</label><input type="number" id="cv-chk" min="0" value="' + s.stations + '"></div><div class="fld"><label class="l" for="cv-rep">Stations replenished</label><input type="number" id="cv-rep" min="0" value="0"></div></div>' +
      '<div class="fld"><label class="l" for="cv-n">Notes for the report</label><textarea id="cv-n" rows="2"></textarea></div>' +
      '<div class="fld"><label class="chk"><input type="checkbox" id="cv-fu"> Book a follow-up visit</label></div><div class="box" id="cv-fuw" hidden><div class="two"><div class="fld"><label class="l" for="cv-fud">Follow-up date</label><input type="date" id="cv-fud" min="' + addDays(TODAY, 1) + '" value="' + addDays(TODAY, 14) + '"></div><div class="fld"><label class="l" for="cv-fut">Time</label><select id="cv-fut">' + opts(TIMES, v.time) + '</select></div></div></div><div class="err" id="cv-err"></div>',
      [{ label: "Cancel" }, { label: "Complete visit", cls: "pri", fn: function () {
        var err = document.getElementById("cv-err"), a = md.querySelector("input[name=cv-a]:checked"), chk = parseInt(val("cv-chk"), 10), rep = parseInt(val("cv-rep"), 10);
        if (!a) { err.textContent = "Say whether any pest activity was found."; return false; }
        if (a.value === "yes" && !val("cv-sp")) { err.textContent = "Choose the pest that was found."; return false; }
        if (!(chk >= 0) || !(rep >= 0)) { err.textContent = "Enter the station counts (0 if none)."; return false; }
        if (rep > chk) { err.textContent = "Can't replenish more stations than were checked."; return false; }
        var fu = document.getElementById("cv-fu").checked, fud = val("cv-fud");
        if (fu && !fud) { err.textContent = "Choose the follow-up date."; return false; }
        v.status = "Completed";
        v.findings = { activity: a.value === "yes", species: a.value === "yes" ? val("cv-sp") : "", location: a.value === "yes" ? val("cv-loc") : "", stationsChecked: chk, baitReplenished: rep, notes: val("cv-n") };
        if (fu) { var n = V("V-" + nextVisit++, fud, val("cv-fut"), v.site, "Follow-up", v.pest, v.tech, "Scheduled", 0); n.followUpOf = v.id; S.visits.push(n); }
        S.ui.sel = S.ui.sel.filter(function (x) { return x !== v.id; });
        toast(v.id + " completed" + (fu ? " — follow-up booked for " + fmt(fud) : "")); render();
      } }]);
    md.querySelectorAll("input[name=cv-a]").forEach(function (r) { r.addEventListener("change", function () { document.getElementById("cv-act").hidden = r.value !== "yes" || !r.checked; }); });
    md.querySelector("#cv-fu").addEventListener("change", function (e) { document.getElementById("cv-fuw").hidden = !e.target.checked; });
  }
  function cancelDlg(v) {
    var s = site(v.site);
    openModal("Cancel visit " + v.id, '<p>' + esc(s.name) + ", " + esc(s.address) + " — " + fmt(v.date) + " " + v.time + " (" + v.type.toLowerCase() + ")</p>" +
      '<div class="fld"><label class="l" for="cx-r">Reason</label><select id="cx-r"><option value="">— choose a reason —</option>' + opts(["Pest no longer present", "Customer unavailable", "Booked in error", "Technician unavailable", "Other"], "") + '</select></div><div class="fld"><label class="l" for="cx-n">Note</label><textarea id="cx-n" rows="2"></textarea></div>' +
      (v.charge ? '<label class="chk"><input type="checkbox" id="cx-fee"> Charge the £35 late cancellation fee</label>' : "") + '<div class="err" id="cx-err"></div>',
      [{ label: "Keep visit" }, { label: "Cancel visit", cls: "danger", fn: function () {
        var r = val("cx-r"); if (!r) { document.getElementById("cx-err").textContent = "Choose a reason."; return false; }
        if (r === "Other" && !val("cx-n")) { document.getElementById("cx-err").textContent = "Add a note for 'Other'."; return false; }
        var fee = document.getElementById("cx-fee");
        v.status = "Cancelled"; v.cancelReason = r; v.charge = fee && fee.checked ? 35 : 0; if (val("cx-n")) v.notes = v.notes ? v.notes + " | " + val("cx-n") : val("cx-n");
        S.ui.sel = S.ui.sel.filter(function (x) { return x !== v.id; }); toast(v.id + " cancelled"); render();
      } }]);
  }
  function reassignDlg(ids) {
    openModal("Reassign " + (ids.length === 1 ? ids[0] : ids.length + " visits"), '<p class="muted">' + ids.join(", ") + '</p><div class="fld"><label class="l" for="ra-t">New technician</label><select id="ra-t"><option value="">— choose —</option>' + opts(TECH_NAMES, "") + '</select></div><label class="chk"><input type="checkbox" id="ra-n" checked> Text the technician the updated route</label><div class="err" id="ra-err"></div>',
      [{ label: "Cancel" }, { label: "Reassign", cls: "pri", fn: function () {
        var t = val("ra-t"), err = document.getElementById("ra-err");
        if (!t) { err.textContent = "Choose a technician."; return false; }
        var bad = ids.map(visit).filter(function (v) { return v.status !== "Scheduled"; });
        if (bad.length) { err.textContent = "Only scheduled visits can be reassigned (" + bad.map(function (v) { return v.id; }).join(", ") + ")."; return false; }
        ids.forEach(function (id) { visit(id).tech = t; }); S.ui.sel = []; toast(ids.length + " visit" + (ids.length > 1 ? "s" : "") + " reassigned to " + t); render();
      } }]);
  }
  function newVisitDlg() {
    openModal("Book visit", '<div class="fld"><label class="l" for="nv-s">Site</label><select id="nv-s"><option value="">— choose site —</option>' + opts(S.sites.map(function (s) { return [s.id, s.name + " — " + s.address + ", " + s.town]; }), "") + '</select></div><div class="two"><div class="fld"><label class="l" for="nv-t">Visit type</label><select id="nv-t">' + opts(TYPES, "Call-out") + '</select></div><div class="fld"><label class="l" for="nv-p">Pest</label><select id="nv-p">' + opts(["Rodents", "Wasps", "Cockroaches", "Bed bugs", "Birds", "Flies", "General"], "Rodents") + '</select></div></div>' +
      '<div class="three"><div class="fld"><label class="l" for="nv-d">Date</label><input type="date" id="nv-d" min="' + TODAY + '"></div><div class="fld"><label class="l" for="nv-time">Time</label><select id="nv-time">' + opts(TIMES, "09:00") + '</select></div><div class="fld"><label class="l" for="nv-tech">Technician</label><select id="nv-tech">' + opts(TECH_NAMES, TECH_NAMES[0]) + '</select></div></div><div class="fld"><label class="l" for="nv-c">Charge (£, 0 if under contract)</label><input type="number" id="nv-c" min="0" value="0"></div><div class="fld"><label class="l" for="nv-n">Notes</label><textarea id="nv-n" rows="2"></textarea></div><div class="err" id="nv-err"></div>',
      [{ label: "Cancel" }, { label: "Book visit", cls: "pri", fn: function () {
        if (!val("nv-s") || !val("nv-d")) { document.getElementById("nv-err").textContent = "Choose a site and date."; return false; }
        S.visits.push(V("V-" + nextVisit++, val("nv-d"), val("nv-time"), val("nv-s"), val("nv-t"), val("nv-p"), val("nv-tech"), "Scheduled", +val("nv-c") || 0, val("nv-n"))); toast("Visit booked"); render();
      } }]);
  }

  /* ---------- Contracts ---------- */
  function renderContracts() {
    var t = S.ui.ctab;
    var list = S.contracts.filter(function (c) { return t === "All" || cStatus(c) === t; }).sort(function (a, b) { return a.end < b.end ? -1 : 1; });
    var h = '<div class="bar"><h1>Contracts</h1><span class="sp"></span><span class="muted">Monthly recurring: <b>' + money(S.contracts.filter(function (c) { return c.status === "Active"; }).reduce(function (s, c) { return s + c.monthlyFee; }, 0)) + '</b></span></div><div class="tabs" role="tablist">' + ["All", "Active", "Expiring", "Expired", "Cancelled"].map(function (x) { return '<button role="tab" data-act="ctab" data-t="' + x + '" aria-selected="' + (t === x) + '">' + (x === "Expiring" ? "Expiring soon" : x) + "</button>"; }).join("") + "</div>";
    h += '<div class="wrap"><table class="tbl"><thead><tr><th>Contract</th><th>Site</th><th>Plan</th><th>Visits / yr</th><th class="r">Monthly fee</th><th>Term</th><th>Status</th><th></th></tr></thead><tbody>' + (list.length ? list.map(function (c) {
      var s = site(c.site), st = cStatus(c);
      return "<tr><td><b>" + c.id + "</b></td><td><b>" + esc(s.name) + '</b><div class="muted">' + esc(s.address) + ", " + esc(s.town) + "</div></td><td>" + c.plan + "</td><td>" + c.visitsPerYear + '</td><td class="r">' + money(c.monthlyFee) + "</td><td>" + fmtY(c.start) + " – " + fmtY(c.end) + (c.autoRenew ? '<div class="muted">Auto-renews</div>' : "") + '</td><td><span class="badge c-' + st + '">' + (st === "Expiring" ? "Expiring soon" : st) + '</span></td><td><button class="kebab" data-act="kmenu" data-id="' + c.id + '" aria-label="Actions for contract ' + c.id + '" aria-haspopup="menu">⋮</button></td></tr>';
    }).join("") : '<tr><td colspan="8" class="empty">No contracts.</td></tr>') + "</tbody></table></div>";
    view.innerHTML = h;
  }
  function contractMenu(btn, c) {
    showMenu(btn, [
      { label: "Renew contract…", disabled: c.status === "Cancelled", fn: function () { renewDlg(c); } },
      { label: c.autoRenew ? "Turn off auto-renew" : "Turn on auto-renew", disabled: c.status !== "Active", fn: function () { c.autoRenew = !c.autoRenew; toast("Auto-renew " + (c.autoRenew ? "on" : "off") + " for " + c.id); render(); } },
      { label: "Cancel contract…", red: true, disabled: c.status !== "Active", fn: function () {
        openModal("Cancel contract " + c.id, "<p>Cancel the " + c.plan.toLowerCase() + " contract for " + esc(site(c.site).name) + "?</p>", [{ label: "Keep contract" }, { label: "Cancel contract", cls: "danger", fn: function () { c.status = "Cancelled"; toast(c.id + " cancelled"); render(); } }]);
      } }
    ]);
  }
  function renewDlg(c) {
    var s = site(c.site), from = c.end < TODAY ? TODAY : addDays(c.end, 1);
    var md = openModal("Renew contract " + c.id, '<p><b>' + esc(s.name) + "</b> · " + c.plan + " · current term ends " + fmtY(c.end) + "</p>" +
      '<div class="fld"><span class="l">Renewal term</span><div class="radios" role="radiogroup" aria-label="Renewal term">' + [[6, "6 months"], [12, "12 months"], [24, "24 months"]].map(function (x) { return '<label><input type="radio" name="rn-t" value="' + x[0] + '"' + (x[0] === 12 ? " checked" : "") + "> " + x[1] + "</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="rn-fee">Monthly fee (£)</label><input type="number" id="rn-fee" min="0" step="0.5" value="' + c.monthlyFee + '"></div><div class="fld"><label class="l" for="rn-v">Visits per year</label><select id="rn-v">' + opts([4, 6, 8, 12], c.visitsPerYear) + '</select></div></div>' +
      '<div class="box" id="rn-sum"></div><label class="chk"><input type="checkbox" id="rn-auto"' + (c.autoRenew ? " checked" : "") + '> Renew automatically at the end of the new term</label><div class="err" id="rn-err"></div>',
      [{ label: "Cancel" }, { label: "Renew contract", cls: "pri", fn: function () {
        var fee = parseFloat(val("rn-fee")), term = +md.querySelector("input[name=rn-t]:checked").value;
        if (!(fee > 0)) { document.getElementById("rn-err").textContent = "Enter the monthly fee."; return false; }
        c.start = from; c.end = addDays(addMonths(from, term), -1); c.monthlyFee = fee; c.visitsPerYear = +val("rn-v"); c.autoRenew = document.getElementById("rn-auto").checked; c.status = "Active"; c.renewedOn = TODAY;
        toast(c.id + " renewed to " + fmtY(c.end)); render();
      } }]);
    function sum() { var term = +md.querySelector("input[name=rn-t]:checked").value; document.getElementById("rn-sum").textContent = "New term: " + fmtY(from) + " to " + fmtY(addDays(addMonths(from, term), -1)); }
    sum(); md.querySelectorAll("input[name=rn-t]").forEach(function (r) { r.addEventListener("change", sum); });
  }

  function renderSites() {
    var q = S.ui.sq.trim().toLowerCase();
    var list = S.sites.filter(function (s) { return !q || (s.name + " " + s.address + " " + s.town + " " + s.kind).toLowerCase().indexOf(q) >= 0; });
    view.innerHTML = '<div class="bar"><h1>Sites</h1><span class="sp"></span><input type="search" id="sq" placeholder="Search sites…" aria-label="Search sites" value="' + esc(S.ui.sq) + '"></div><div class="wrap"><table class="tbl"><thead><tr><th>Site</th><th>Type</th><th>Bait stations</th><th>Contact</th><th>Contract</th></tr></thead><tbody>' + list.map(function (s) {
      var c = S.contracts.find(function (k) { return k.site === s.id && k.status !== "Cancelled"; });
      return "<tr><td><b>" + esc(s.name) + '</b><div class="muted">' + esc(s.address) + ", " + esc(s.town) + " " + s.postcode + "</div></td><td>" + s.kind + "</td><td>" + (s.stations || "—") + "</td><td>" + esc(s.contact) + "</td><td>" + (c ? c.id + " · " + c.plan : '<span class="muted">Ad hoc</span>') + "</td></tr>";
    }).join("") + "</tbody></table></div>";
    var sq = document.getElementById("sq");
    sq.addEventListener("input", function () { S.ui.sq = sq.value; var pos = sq.selectionStart; render(); var n = document.getElementById("sq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function renderTeam() {
    view.innerHTML = '<div class="bar"><h1>Technicians</h1></div><div class="team">' + S.technicians.map(function (t) {
      var up = S.visits.filter(function (v) { return v.tech === t.name && v.status === "Scheduled" && v.date >= TODAY; });
      return "<section><h3>" + t.name + '</h3><div class="muted">' + t.area + " · van " + t.van + " · " + t.phone + '</div><p style="margin:8px 0 0"><b>' + up.length + "</b> upcoming visits</p></section>";
    }).join("") + "</div>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "range") { S.ui.range = t.dataset.r; render(); }
    else if (a === "vmenu") { e.stopPropagation(); visitMenu(t, visit(t.dataset.id)); }
    else if (a === "open") visitDlg(visit(t.dataset.id));
    else if (a === "bulkreassign") reassignDlg(S.ui.sel.slice());
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "newvisit") newVisitDlg();
    else if (a === "ctab") { S.ui.ctab = t.dataset.t; render(); }
    else if (a === "kmenu") { e.stopPropagation(); contractMenu(t, contract(t.dataset.id)); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
