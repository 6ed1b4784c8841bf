(function () {
  "use strict";
  var TODAY = "2025-04-14";
  var ME = "K. Adeyemi";
  var FEES = { "Skip permit": 45, "Scaffolding licence": 120, "Street party": 35, "Parking bay suspension": 60, "Pavement licence": 100, "Hoarding licence": 150 };
  var DOCS = { "Skip permit": ["Site plan", "Skip operator licence"], "Scaffolding licence": ["Site plan", "Public liability insurance", "Method statement"], "Street party": ["Road closure plan", "Neighbour consultation"], "Parking bay suspension": ["Location map"], "Pavement licence": ["Site plan", "Public liability insurance", "Site notice photo"], "Hoarding licence": ["Site plan", "Public liability insurance"] };
  var COND = {
    "Skip permit": [["SK1", "Skip must be lit at night with amber lamps"], ["SK2", "Skip must not obstruct the footway"], ["SK3", "Skip must display the operator's name and phone number"], ["SK4", "No placement within 15m of a junction"]],
    "Scaffolding licence": [["SC1", "Protective fans required at first-floor level"], ["SC2", "Maintain minimum 1.2m footway clearance"], ["SC3", "Scaffold must be lit at night"], ["SC4", "Erection/dismantling only 08:00–18:00"]],
    "Street party": [["ST1", "Road closure signs supplied by the council"], ["ST2", "Emergency vehicle access must be maintained"], ["ST3", "No amplified music after 21:00"]],
    "Parking bay suspension": [["PB1", "Suspension signs to be displayed 48 hours before"], ["PB2", "Vehicles must not be left overnight"]],
    "Pavement licence": [["PV1", "Furniture removed at close of business"], ["PV2", "Maintain minimum 1.5m clear route"], ["PV3", "No amplified music"]],
    "Hoarding licence": [["HO1", "Hoarding must carry contractor contact board"], ["HO2", "Hoarding must be lit at night"]]
  };
  function A(n, type, applicant, email, loc, submitted, start, end, status, officer, recv) {
    var docs = DOCS[type].map(function (d, i) { return { name: d, received: recv[i] !== 0 }; });
    return { ref: "PA/25/" + String(n).padStart(4, "0"), type: type, applicant: applicant, email: email, location: loc, submitted: submitted, start: start, end: end, startTime: "", endTime: "", roadClosure: false, status: status, officer: officer, fee: FEES[type], feeWaived: false, feePaid: status !== "Received", documents: docs, decision: null, history: [{ date: submitted, text: "Application received online" }] };
  }
  var apps = [
    A(120, "Skip permit", "Bramley Skips Ltd", "bookings@bramleyskips.co.uk", "17 Orchard Way, Ashby", "2025-03-17", "2025-03-24", "2025-04-07", "Approved", "R. Patel", [1, 1]),
    A(121, "Scaffolding licence", "Hillcrest Roofing", "office@hillcrestroofing.co.uk", "2–4 Market Street, Wyvern", "2025-03-18", "2025-04-01", "2025-05-30", "Approved", "S. Lowther", [1, 1, 1]),
    A(122, "Parking bay suspension", "Move-It Removals", "jobs@moveit.co.uk", "Outside 33 Victoria Road, Wyvern", "2025-03-20", "2025-04-03", "2025-04-03", "Approved", "M. Byrne", [1]),
    A(123, "Pavement licence", "Café Lumen", "hello@cafelumen.co.uk", "9 Bridge Street, Wyvern", "2025-03-21", "2025-04-15", "2025-10-31", "Refused", "R. Patel", [1, 1, 0]),
    A(124, "Skip permit", "Mr D. Oyelaran", "d.oyelaran@example.com", "5 Beech Avenue, Ashby", "2025-03-24", "2025-04-20", "2025-05-04", "Under review", ME, [1, 1]),
    A(125, "Hoarding licence", "Carter & Sons Construction", "permits@cartersons.co.uk", "Former bus depot, Station Road, Wyvern", "2025-03-25", "2025-05-01", "2025-11-30", "Info requested", "S. Lowther", [1, 0]),
    A(126, "Scaffolding licence", "Peak Access Scaffolding", "admin@peakaccess.co.uk", "41 High Street, Ashby", "2025-03-27", "2025-04-22", "2025-06-20", "Under review", ME, [1, 0, 1]),
    A(127, "Street party", "Elm Grove Residents", "elmgrove.party@example.org", "Elm Grove (whole street), Wyvern", "2025-03-28", "2025-05-05", "2025-05-05", "Approved", "M. Byrne", [1, 1]),
    A(128, "Scaffolding licence", "Northgate Scaffolds", "ops@northgatescaffolds.co.uk", "12 Church Lane, Wyvern", "2025-03-31", "2025-04-28", "2025-06-06", "Under review", "R. Patel", [1, 0, 1]),
    A(129, "Parking bay suspension", "BT Openreach", "streetworks@openreach.example", "Outside 2–10 Albion Terrace, Wyvern", "2025-04-01", "2025-04-17", "2025-04-18", "Received", null, [1]),
    A(130, "Skip permit", "Ms L. Greaves", "l.greaves@example.com", "44 Kingsley Road, Ashby", "2025-04-01", "2025-04-16", "2025-04-30", "Under review", ME, [1, 1]),
    A(131, "Pavement licence", "The Old Bell", "manager@oldbellwyvern.co.uk", "1 Sheep Street, Wyvern", "2025-04-02", "2025-05-01", "2025-09-30", "On hold", "S. Lowther", [1, 1, 1]),
    A(132, "Skip permit", "Greenline Skip Hire", "hire@greenline.co.uk", "8 Meadow Close, Wyvern", "2025-04-03", "2025-04-10", "2025-04-24", "Withdrawn", "M. Byrne", [1, 1]),
    A(133, "Scaffolding licence", "Kingsway Lofts Ltd", "build@kingswaylofts.co.uk", "40 Kingsway, Wyvern", "2025-04-03", "2025-04-23", "2025-07-18", "Under review", ME, [1, 1, 1]),
    A(134, "Street party", "Tennyson Road Neighbours", "tennyson.vejay@example.org", "Tennyson Road (nos 1–40), Ashby", "2025-04-04", "2025-05-08", "2025-05-08", "Received", null, [1, 0]),
    A(135, "Skip permit", "Mr P. Whelan", "pwhelan@example.com", "44 Kingsway, Wyvern", "2025-04-07", "2025-04-16", "2025-04-30", "Under review", ME, [1, 1]),
    A(136, "Parking bay suspension", "Wyvern Film Office", "locations@wyvernfilm.example", "Market Square (bays 1–6), Wyvern", "2025-04-07", "2025-04-26", "2025-04-27", "Under review", "R. Patel", [1]),
    A(137, "Hoarding licence", "Aldgate Homes", "site@aldgatehomes.co.uk", "Land at Mill Lane, Ashby", "2025-04-08", "2025-05-12", "2026-01-31", "Received", null, [1, 1]),
    A(138, "Skip permit", "Ashby Skip Co", "ashbyskips@example.com", "3 Kings Walk, Ashby", "2025-04-08", "2025-04-15", "2025-04-29", "Under review", "S. Lowther", [1, 1]),
    A(139, "Pavement licence", "Gelato Nonna", "ciao@gelatononna.co.uk", "22 Bridge Street, Wyvern", "2025-04-09", "2025-05-01", "2025-09-30", "Under review", "M. Byrne", [1, 1, 0]),
    A(140, "Scaffolding licence", "Peak Access Scaffolding", "admin@peakaccess.co.uk", "7 Castle Hill, Wyvern", "2025-04-10", "2025-05-06", "2025-06-27", "Received", null, [1, 0, 0]),
    A(141, "Skip permit", "Mrs H. Okonedo", "h.okonedo@example.com", "19 Linden Drive, Wyvern", "2025-04-10", "2025-04-22", "2025-05-06", "Received", null, [1, 1]),
    A(142, "Parking bay suspension", "Swift Van Hire", "bookings@swiftvan.example", "Outside 58 Queens Road, Ashby", "2025-04-11", "2025-04-25", "2025-04-25", "Under review", ME, [1]),
    A(143, "Street party", "Church Walk Residents", "churchwalk@example.org", "Church Walk, Wyvern", "2025-04-11", "2025-06-07", "2025-06-07", "Received", null, [1, 1]),
    A(144, "Skip permit", "Mr J. Farrow", "jfarrow@example.com", "11 Kingsway, Wyvern", "2025-04-11", "2025-04-28", "2025-05-12", "Received", null, [1, 0])
  ];
  apps[0].decision = { outcome: "Approved", expiry: "2025-04-07", conditions: ["SK1", "SK2"], notes: "" };
  apps[3].decision = { outcome: "Refused", expiry: null, conditions: [], notes: "Insufficient footway width." };
  var S = window.state = { today: TODAY, officer: ME, applications: apps, ui: { view: "list", ref: null, tab: "summary", page: 1, q: "", statuses: [], type: "All types", mine: false } };
  var nextRef = 145;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  document.getElementById("me").textContent = ME;
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function fd(d) { if (!d) return "—"; return +d.slice(8, 10) + " " + MON[+d.slice(5, 7) - 1] + " " + d.slice(0, 4); }
  function tag(s) { return '<strong class="tag s-' + s.replace(/ /g, "-") + '">' + esc(s) + "</strong>"; }
  function app(ref) { return S.applications.find(function (a) { return a.ref === ref; }); }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function hist(a, text) { a.history.push({ date: TODAY, text: text + " (" + ME + ")" }); }

  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(); var top = r.bottom + 2; if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 2;
    m.style.top = top + "px"; m.style.left = Math.max(8, r.right - m.offsetWidth) + "px"; menuEl = m;
  }
  function openModal(title, body, buttons) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h2>' + esc(title) + '</h2><button class="x" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer></footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    closeMenu();
    document.querySelectorAll("#nav a").forEach(function (a) { a.classList.toggle("on", a.dataset.view === S.ui.view || (a.dataset.view === "list" && S.ui.view === "detail")); });
    ({ list: renderList, detail: renderDetail, fees: renderFees, reports: renderReports })[S.ui.view]();
  }
  var STATUSES = ["Received", "Under review", "Info requested", "On hold", "Approved", "Refused", "Withdrawn"];
  function filtered() {
    var q = S.ui.q.trim().toLowerCase();
    return S.applications.filter(function (a) {
      if (S.ui.statuses.length && S.ui.statuses.indexOf(a.status) < 0) return false;
      if (S.ui.type !== "All types" && a.type !== S.ui.type) return false;
      if (S.ui.mine && a.officer !== ME) return false;
      if (!q) return true;
      return (a.ref + " " + a.applicant + " " + a.location + " " + a.type).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.ref < b.ref ? 1 : -1; });
  }
  function renderList() {
    var list = filtered(), per = 10, pages = Math.max(1, Math.ceil(list.length / per));
    if (S.ui.page > pages) S.ui.page = pages;
    var rows = list.slice((S.ui.page - 1) * per, S.ui.page * per);
    var h = '<div class="row-between"><h1 style="margin-bottom:6px">Applications</h1><button class="btn" data-act="new">New application</button></div>' +
      '<div class="layout"><aside class="filters"><h3>Filter</h3><fieldset><legend>Status</legend>' + STATUSES.map(function (s) { return '<label class="cb"><input type="checkbox" data-fstatus="' + s + '"' + (S.ui.statuses.indexOf(s) >= 0 ? " checked" : "") + "> " + s + "</label>"; }).join("") + "</fieldset>" +
      '<fieldset><legend><label for="f-type">Permit type</label></legend><select id="f-type" style="width:100%"><option>All types</option>' + Object.keys(FEES).map(function (t) { return "<option" + (t === S.ui.type ? " selected" : "") + ">" + t + "</option>"; }).join("") + "</select></fieldset>" +
      '<fieldset><legend>Officer</legend><label class="cb"><input type="checkbox" id="f-mine"' + (S.ui.mine ? " checked" : "") + "> Assigned to me</label></fieldset>" +
      '<button class="btn sec sm" data-act="clearf">Clear filters</button></aside><section>' +
      '<div class="fg" style="margin-bottom:12px"><label class="l" for="f-q">Search</label><div class="hint">Reference, applicant name or street</div><input type="search" id="f-q" style="width:100%" value="' + esc(S.ui.q) + '"></div>' +
      '<div class="count">' + list.length + " application" + (list.length === 1 ? "" : "s") + "</div>" +
      '<table class="t"><thead><tr><th>Reference</th><th>Type</th><th>Applicant</th><th>Location</th><th>Submitted</th><th>Status</th><th><span style="position:absolute;left:-9999px">Actions</span></th></tr></thead><tbody>' +
      rows.map(function (a) {
        return '<tr><td><a href="#" data-act="open" data-ref="' + a.ref + '">' + a.ref + "</a></td><td>" + esc(a.type) + "</td><td>" + esc(a.applicant) + "</td><td>" + esc(a.location) + '</td><td style="white-space:nowrap">' + fd(a.submitted) + "</td><td>" + tag(a.status) + '</td><td><button class="kebab" data-act="menu" data-ref="' + a.ref + '" aria-label="Actions for ' + a.ref + '" aria-haspopup="menu">⋯</button></td></tr>';
      }).join("") + (rows.length ? "" : '<tr><td colspan="7">No applications match.</td></tr>') + "</tbody></table>" +
      '<nav class="pager" aria-label="Pagination"><button data-act="page" data-p="' + (S.ui.page - 1) + '"' + (S.ui.page <= 1 ? " disabled" : "") + ">‹ Previous</button>" +
      Array.from({ length: pages }, function (_, i) { return '<button data-act="page" data-p="' + (i + 1) + '" class="' + (i + 1 === S.ui.page ? "on" : "") + '" aria-label="Page ' + (i + 1) + '"' + (i + 1 === S.ui.page ? ' aria-current="page"' : "") + ">" + (i + 1) + "</button>"; }).join("") +
      '<button data-act="page" data-p="' + (S.ui.page + 1) + '"' + (S.ui.page >= pages ? " disabled" : "") + ">Next ›</button></nav></section></div>";
    view.innerHTML = h;
    var q = document.getElementById("f-q");
    q.addEventListener("input", function () { S.ui.q = q.value; S.ui.page = 1; var pos = q.selectionStart; render(); var n = document.getElementById("f-q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-type").addEventListener("change", function (e) { S.ui.type = e.target.value; S.ui.page = 1; render(); });
    document.getElementById("f-mine").addEventListener("change", function (e) { S.ui.mine = e.target.checked; S.ui.page = 1; render(); });
    view.querySelectorAll("[data-fstatus]").forEach(function (c) { c.addEventListener("change", function () { var s = c.dataset.fstatus; S.ui.statuses = S.ui.statuses.filter(function (x) { return x !== s; }); if (c.checked) S.ui.statuses.push(s); S.ui.page = 1; render(); }); });
  }
  function rowMenu(btn, a) {
    var items = [{ label: "Open application", fn: function () { openApp(a.ref); } }];
    if (a.officer !== ME && ["Received", "Under review", "Info requested", "On hold"].indexOf(a.status) >= 0) items.push({ label: "Assign to me", fn: function () { a.officer = ME; if (a.status === "Received") a.status = "Under review"; hist(a, "Assigned to officer"); toast(a.ref + " assigned to you"); render(); } });
    if (a.status === "Under review" || a.status === "Received" || a.status === "Info requested") items.push({ label: "Put on hold", fn: function () { a.status = "On hold"; hist(a, "Put on hold"); toast(a.ref + " is now on hold"); render(); } });
    if (a.status === "On hold") items.push({ label: "Take off hold", fn: function () { a.status = "Under review"; hist(a, "Taken off hold"); toast(a.ref + " is back under review"); render(); } });
    if (["Approved", "Refused", "Withdrawn"].indexOf(a.status) < 0) items.push({ label: "Withdraw application…", red: true, fn: function () {
      openModal("Withdraw " + a.ref + "?", '<p>Only withdraw an application if the applicant has asked you to in writing.</p>', [{ label: "Withdraw application", cls: "warn", fn: function () { a.status = "Withdrawn"; hist(a, "Withdrawn"); toast(a.ref + " withdrawn"); render(); } }, { label: "Cancel", cls: "sec" }]);
    } });
    showMenu(btn, items);
  }
  function openApp(ref) { S.ui.view = "detail"; S.ui.ref = ref; S.ui.tab = "summary"; render(); window.scrollTo(0, 0); }

  function renderDetail() {
    var a = app(S.ui.ref), t = S.ui.tab;
    var h = '<p style="margin:6px 0 0"><a href="#" data-act="nav" data-view="list">‹ Back to applications</a></p><span class="cap" style="margin-top:14px">' + esc(a.type) + "</span><h1>" + a.ref + " " + tag(a.status) + "</h1>" +
      '<div class="tabs" role="tablist">' + [["summary", "Summary"], ["documents", "Documents"], ["decision", "Decision"], ["history", "History"]].map(function (x) { return '<button role="tab" data-act="tab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div>";
    if (t === "summary") {
      h += '<table class="summary"><tbody>' + [["Applicant", esc(a.applicant)], ["Email", esc(a.email)], ["Location", esc(a.location)], ["Dates", fd(a.start) + (a.end && a.end !== a.start ? " to " + fd(a.end) : "") + (a.startTime ? ", " + a.startTime + "–" + a.endTime : "")], ["Road closure", a.roadClosure ? "Yes" : "No"], ["Submitted", fd(a.submitted)], ["Case officer", a.officer ? esc(a.officer) : "Unassigned"], ["Fee", a.feeWaived ? "£" + a.fee + " – waived" : "£" + a.fee + (a.feePaid ? " – paid" : " – unpaid")]].map(function (r) { return "<tr><th>" + r[0] + "</th><td>" + r[1] + "</td></tr>"; }).join("") + "</tbody></table>";
    } else if (t === "documents") {
      h += '<h2>Supporting documents</h2><p class="hint">Tick each document once it has been received and checked.</p><ul class="docs">' + a.documents.map(function (d, i) { return '<li><label class="cb nm"><input type="checkbox" data-doc="' + i + '"' + (d.received ? " checked" : "") + "> " + esc(d.name) + "</label>" + (d.received ? '<span class="rcv">Received</span>' : '<span class="miss">Missing</span>') + "</li>"; }).join("") + '</ul><button class="btn" data-act="savedocs">Save documents</button>';
    } else if (t === "decision") {
      if (a.decision) {
        h += '<div class="notice"><h3>Decision recorded: ' + esc(a.decision.outcome) + "</h3>" + (a.decision.expiry ? "<p>Valid until " + fd(a.decision.expiry) + "</p>" : "") + (a.decision.conditions.length ? "<ul>" + a.decision.conditions.map(function (c) { var x = (COND[a.type] || []).find(function (k) { return k[0] === c; }); return "<li>" + esc(x ? x[1] : c) + "</li>"; }).join("") + "</ul>" : "") + (a.decision.notes ? "<p>" + esc(a.decision.notes) + "</p>" : "") + "</div>";
      } else if (["Withdrawn"].indexOf(a.status) >= 0) {
        h += '<div class="inset">This application has been withdrawn.</div>';
      } else {
        var missing = a.documents.filter(function (d) { return !d.received; }).length;
        if (missing) h += '<div class="inset">' + missing + " supporting document" + (missing > 1 ? "s are" : " is") + " still missing. You can request more information or record a decision.</div>";
        h += '<div class="fg"><fieldset><legend>Outcome</legend>' + ["Approve", "Refuse", "Request more information"].map(function (o, i) { return '<label class="radio"><input type="radio" name="dec-o" value="' + o + '"> ' + o + "</label>"; }).join("") + "</fieldset></div>" +
          '<div class="fg"><label class="l" for="dec-exp">Permit valid until</label><div class="hint">Only needed when approving. For example, 30 04 2025</div><input type="date" id="dec-exp" value=""></div>' +
          '<div class="fg"><fieldset><legend>Conditions</legend><div class="hint">Select all that apply.</div>' + (COND[a.type] || []).map(function (c) { return '<label class="cb"><input type="checkbox" name="dec-c" value="' + c[0] + '"> ' + esc(c[1]) + "</label>"; }).join("") + "</fieldset></div>" +
          '<div class="fg" style="max-width:640px"><label class="l" for="dec-n">Notes for applicant (optional)</label><textarea id="dec-n" rows="3"></textarea></div><p class="err" id="dec-err"></p>' +
          '<button class="btn" data-act="decide">Record decision</button>';
      }
    } else {
      h += '<table class="t" style="max-width:760px"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>' + a.history.slice().reverse().map(function (e) { return "<tr><td style=\"white-space:nowrap\">" + fd(e.date) + "</td><td>" + esc(e.text) + "</td></tr>"; }).join("") + "</tbody></table>";
    }
    view.innerHTML = h;
  }
  function decide(a) {
    var o = document.querySelector("input[name=dec-o]:checked"), err = document.getElementById("dec-err");
    if (!o) { err.textContent = "Select an outcome"; return; }
    var exp = document.getElementById("dec-exp").value, conds = Array.from(document.querySelectorAll("input[name=dec-c]:checked")).map(function (c) { return c.value; }), notes = document.getElementById("dec-n").value.trim();
    if (o.value === "Approve" && !exp) { err.textContent = "Enter the date the permit is valid until"; return; }
    if (o.value === "Approve" && exp < TODAY) { err.textContent = "Permit expiry must be in the future"; return; }
    openModal("Record decision?", "<p>You are about to <b>" + esc(o.value.toLowerCase()) + "</b> " + a.ref + ". The applicant will be emailed at " + esc(a.email) + ".</p>", [{ label: "Confirm decision", fn: function () {
      if (o.value === "Request more information") { a.status = "Info requested"; hist(a, "More information requested"); toast("Request sent to applicant"); }
      else { var out = o.value === "Approve" ? "Approved" : "Refused"; a.decision = { outcome: out, expiry: out === "Approved" ? exp : null, conditions: out === "Approved" ? conds : [], notes: notes }; a.status = out; hist(a, "Decision: " + out); toast(a.ref + " " + out.toLowerCase()); }
      render();
    } }, { label: "Cancel", cls: "sec" }]);
  }
  function newDlg() {
    openModal("New application",
      '<div class="fg"><label class="l" for="na-type">Permit type</label><select id="na-type"><option value="">Select…</option>' + Object.keys(FEES).map(function (t) { return "<option>" + t + "</option>"; }).join("") + "</select></div>" +
      '<div class="grid2"><div class="fg"><label class="l" for="na-name">Applicant name</label><input type="text" id="na-name"></div><div class="fg"><label class="l" for="na-email">Email address</label><input type="email" id="na-email"></div></div>' +
      '<div class="fg"><label class="l" for="na-loc">Location</label><div class="hint">Street address or description of the area</div><input type="text" id="na-loc"></div>' +
      '<div class="grid4"><div class="fg"><label class="l" for="na-start">Start date</label><input type="date" id="na-start" style="width:100%"></div><div class="fg"><label class="l" for="na-end">End date</label><input type="date" id="na-end" style="width:100%"></div><div class="fg"><label class="l" for="na-t1">From</label><input type="time" id="na-t1" style="width:100%"></div><div class="fg"><label class="l" for="na-t2">Until</label><input type="time" id="na-t2" style="width:100%"></div></div>' +
      '<div class="hint" style="margin-top:-8px;margin-bottom:12px">Leave the end date blank for a single-day event.</div>' +
      '<label class="cb"><input type="checkbox" id="na-road"> Road closure required</label><label class="cb"><input type="checkbox" id="na-waive"> Waive application fee</label><p class="err" id="na-err"></p>',
      [{ label: "Create application", fn: function () {
        var g = function (id) { return document.getElementById(id).value.trim(); };
        var type = g("na-type"), name = g("na-name"), email = g("na-email"), loc = g("na-loc"), st = g("na-start");
        if (!type || !name || !email || !loc || !st) { document.getElementById("na-err").textContent = "Type, applicant, email, location and start date are required"; return false; }
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) { document.getElementById("na-err").textContent = "Enter a valid email address"; return false; }
        var en = g("na-end") || st; if (en < st) { document.getElementById("na-err").textContent = "End date must be after the start date"; return false; }
        var a = { ref: "PA/25/" + String(nextRef++).padStart(4, "0"), type: type, applicant: name, email: email, location: loc, submitted: TODAY, start: st, end: en, startTime: g("na-t1"), endTime: g("na-t2"), roadClosure: document.getElementById("na-road").checked, status: "Received", officer: null, fee: FEES[type], feeWaived: document.getElementById("na-waive").checked, feePaid: false, documents: DOCS[type].map(function (d) { return { name: d, received: false }; }), decision: null, history: [{ date: TODAY, text: "Application entered by " + ME }] };
        S.applications.push(a); toast(a.ref + " created"); render();
      } }, { label: "Cancel", cls: "sec" }]);
  }
  function renderFees() {
    view.innerHTML = '<h1>Fees</h1><table class="t" style="max-width:640px"><thead><tr><th>Permit type</th><th>Fee</th><th>Standard duration</th></tr></thead><tbody>' + Object.keys(FEES).map(function (k) { return "<tr><td>" + k + "</td><td>£" + FEES[k] + "</td><td>" + (k === "Street party" ? "1 day" : k === "Parking bay suspension" ? "Up to 7 days" : "Up to 28 days (renewable)") + "</td></tr>"; }).join("") + "</tbody></table><p class=\"hint\">Community street parties may have the fee waived at the officer's discretion.</p>";
  }
  function renderReports() {
    var c = {}; S.applications.forEach(function (a) { c[a.status] = (c[a.status] || 0) + 1; });
    view.innerHTML = '<h1>Reports</h1><table class="summary" style="max-width:500px"><tbody>' + STATUSES.map(function (s) { return "<tr><th>" + s + "</th><td>" + (c[s] || 0) + "</td></tr>"; }).join("") + "</tbody></table>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    e.preventDefault();
    var act = t.dataset.act, a = S.ui.ref && app(S.ui.ref);
    if (act === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (act === "open") openApp(t.dataset.ref);
    else if (act === "menu") { e.stopPropagation(); rowMenu(t, app(t.dataset.ref)); }
    else if (act === "page") { S.ui.page = +t.dataset.p; render(); }
    else if (act === "clearf") { S.ui.statuses = []; S.ui.type = "All types"; S.ui.mine = false; S.ui.q = ""; S.ui.page = 1; render(); }
    else if (act === "tab") { S.ui.tab = t.dataset.tab; render(); }
    else if (act === "savedocs") { document.querySelectorAll("[data-doc]").forEach(function (c) { var d = a.documents[+c.dataset.doc]; if (d.received !== c.checked) { d.received = c.checked; hist(a, (c.checked ? "Document received: " : "Document marked missing: ") + d.name); } }); toast("Documents updated"); render(); }
    else if (act === "decide") decide(a);
    else if (act === "new") newDlg();
    else if (act === "signout") toast("Sign out is disabled in this environment");
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); closeModal(); } });
  render();
})();
