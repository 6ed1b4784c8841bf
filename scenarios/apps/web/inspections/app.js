(function () {
  "use strict";
  var TODAY = "2025-03-12";
  var inspectors = [
    { id: "I-01", name: "Sarah Lomax", area: "Southsea" }, { id: "I-02", name: "Dev Patel", area: "Portsmouth North" },
    { id: "I-03", name: "Hannah Cole", area: "Havant" }, { id: "I-04", name: "Marcus Bell", area: "Southsea" },
    { id: "I-05", name: "Chloe Ward", area: "Fareham" }
  ];
  var properties = [
    { id: "P-01", address: "Flat 3, 27 Albert Road", town: "Southsea", postcode: "PO4 0JT", landlord: "Mr R. Gill", beds: 2 },
    { id: "P-02", address: "Flat 2, 27 Albert Road", town: "Southsea", postcode: "PO4 0JT", landlord: "Mr R. Gill", beds: 1 },
    { id: "P-03", address: "9 Mill Lane", town: "Havant", postcode: "PO9 1AB", landlord: "Mrs S. Hooper", beds: 3 },
    { id: "P-04", address: "19 Mill Lane", town: "Havant", postcode: "PO9 1AD", landlord: "Bell Estates Ltd", beds: 2 },
    { id: "P-05", address: "52 Elm Grove", town: "Southsea", postcode: "PO5 1JF", landlord: "Ms A. Kaur", beds: 4 },
    { id: "P-06", address: "Flat 11, Gunwharf Heights", town: "Portsmouth", postcode: "PO1 3FA", landlord: "Harbour Lets Ltd", beds: 2 },
    { id: "P-07", address: "7 Kingston Crescent", town: "Portsmouth", postcode: "PO2 8AA", landlord: "Mr T. Osei", beds: 3 },
    { id: "P-08", address: "104 Highland Road", town: "Southsea", postcode: "PO4 9NH", landlord: "Mrs J. Fenn", beds: 2 },
    { id: "P-09", address: "3 Quay Street", town: "Fareham", postcode: "PO16 0NA", landlord: "Quayside Homes", beds: 1 },
    { id: "P-10", address: "21 Stakes Hill Road", town: "Waterlooville", postcode: "PO7 7BX", landlord: "Mr & Mrs Day", beds: 3 },
    { id: "P-11", address: "Flat 5, 80 Osborne Road", town: "Southsea", postcode: "PO5 3LU", landlord: "Ms A. Kaur", beds: 1 },
    { id: "P-12", address: "16 Bedhampton Hill", town: "Havant", postcode: "PO9 3JN", landlord: "Mr D. Russo", beds: 4 }
  ];
  var ROOMS = {
    "Kitchen": ["Smoke alarm tested", "Oven clean", "Hob working", "Extractor fan working", "Fridge/freezer clean", "Sink & taps – no leaks", "Walls & ceiling – no damp or mould"],
    "Living room": ["Walls & decor", "Flooring", "Windows & locks", "Radiators working"],
    "Bedroom 1": ["Walls & decor", "Flooring", "Windows & locks", "Furniture per inventory"],
    "Bathroom": ["Extractor fan working", "Sealant intact", "Toilet flushes", "Shower/bath – no leaks"],
    "Exterior": ["Bins present", "Garden tidy", "Front door & locks"]
  };
  function rooms(done) {
    return Object.keys(ROOMS).map(function (r) { return { name: r, items: ROOMS[r].map(function (l) { return { label: l, ok: !!done }; }) }; });
  }
  var X = function (id, prop, type, date, time, insp, status, tenant, notes) {
    return { id: id, property: prop, type: type, date: date, time: time, duration: 60, inspector: insp, status: status, tenant: tenant, accessNotes: notes || "", rooms: rooms(status === "Completed"), issues: [], cancelReason: null };
  };
  var inspections = [
    X("IN-5501", "P-05", "Periodic", "2025-03-03", "10:00", "I-01", "Completed", "Tom & Jess Rowe"),
    X("IN-5502", "P-09", "Check-in", "2025-03-04", "09:30", "I-05", "Completed", "Laura Pike"),
    X("IN-5503", "P-07", "Inventory", "2025-03-05", "13:00", "I-02", "Completed", "—"),
    X("IN-5504", "P-12", "Periodic", "2025-03-06", "11:00", "I-03", "Cancelled", "The Nguyen family", "Tenant ill"),
    X("IN-5505", "P-08", "Check-out", "2025-03-07", "15:00", "I-04", "Completed", "Ben Short"),
    X("IN-5506", "P-11", "Periodic", "2025-03-10", "10:30", "I-01", "Completed", "Amira Haddad"),
    X("IN-5507", "P-06", "Periodic", "2025-03-11", "14:00", "I-02", "Completed", "Kyle & Sam Mercer"),
    X("IN-5508", "P-03", "Periodic", "2025-03-12", "09:00", "I-03", "In progress", "Gemma Walsh", "Key in safe by back door, code 4471"),
    X("IN-5509", "P-10", "Check-in", "2025-03-12", "13:30", "I-05", "Scheduled", "Peter & Ann Day"),
    X("IN-5510", "P-05", "Inventory", "2025-03-13", "10:00", "I-04", "Scheduled", "—", "Collect keys from office"),
    X("IN-5511", "P-08", "Check-in", "2025-03-13", "15:00", "I-01", "Scheduled", "Olivia Grant"),
    X("IN-5512", "P-01", "Check-out", "2025-03-14", "10:00", "I-01", "Scheduled", "Jack Moreton & Ellie Shaw", "Tenants present, dog in flat"),
    X("IN-5513", "P-07", "Periodic", "2025-03-17", "11:30", "I-02", "Scheduled", "Mr T. Osei (owner-occupier wing)"),
    X("IN-5514", "P-04", "Periodic", "2025-03-18", "09:30", "I-03", "Scheduled", "Ryan Coates"),
    X("IN-5515", "P-06", "Check-out", "2025-03-18", "14:00", "I-02", "Scheduled", "Kyle & Sam Mercer"),
    X("IN-5516", "P-09", "Periodic", "2025-03-19", "10:00", "I-05", "Scheduled", "Laura Pike"),
    X("IN-5517", "P-02", "Check-in", "2025-03-21", "11:00", "I-01", "Scheduled", "Noah Fielding"),
    X("IN-5518", "P-11", "Inventory", "2025-03-24", "09:00", "I-04", "Scheduled", "—"),
    X("IN-5519", "P-12", "Periodic", "2025-03-25", "13:00", "I-03", "Scheduled", "The Nguyen family"),
    X("IN-5520", "P-10", "Periodic", "2025-03-26", "10:00", "I-05", "Scheduled", "Peter & Ann Day"),
    X("IN-5521", "P-08", "Periodic", "2025-03-27", "14:30", "I-04", "Scheduled", "Olivia Grant"),
    X("IN-5522", "P-03", "Check-out", "2025-03-31", "10:00", "I-03", "Scheduled", "Gemma Walsh"),
    X("IN-5523", "P-01", "Inventory", "2025-04-01", "09:00", "I-04", "Scheduled", "—")
  ];
  // partly done checklist for the in-progress visit
  inspections[7].rooms[1].items.forEach(function (i) { i.ok = true; });
  inspections[7].rooms[0].items[2].ok = true;
  inspections[7].issues.push({ id: "IS-301", room: "Living room", text: "Curtain rail loose on bay window", severity: "Low", responsibility: "Landlord", photo: false });
  inspections[13].issues.push({ id: "IS-296", room: "Bathroom", text: "Extractor fan noisy", severity: "Low", responsibility: "Landlord", photo: true });
  inspections[4].issues.push({ id: "IS-290", room: "Kitchen", text: "Oven not cleaned at check-out", severity: "Medium", responsibility: "Tenant", photo: true });
  var S = window.state = {
    today: TODAY, inspectors: inspectors, properties: properties, inspections: inspections,
    settings: { defaultDuration: 60, autoEmailTenant: true, autoEmailLandlord: true, requireTenantSignature: false, includePhotos: true, reminderHours: 24 },
    ui: { draft: {}, view: "list", tab: "Upcoming", q: "", who: "", page: 1, id: null, dtab: "details", open: { "Kitchen": true } }
  };
  var nextIs = 302, nextIn = 5524;
  var TIMES = []; for (var h = 8; h <= 18; h++) { TIMES.push((h < 10 ? "0" : "") + h + ":00"); if (h < 18) TIMES.push((h < 10 ? "0" : "") + h + ":30"); }

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  function fd(d) { var t = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function ins(id) { return S.inspections.find(function (x) { return x.id === id; }); }
  function prop(id) { return S.properties.find(function (x) { return x.id === id; }); }
  function who(id) { return S.inspectors.find(function (x) { return x.id === id; }); }
  function st(s) { return '<span class="st st-' + s.replace(/ /g, "-") + '">' + s + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.innerHTML = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(); var top = r.bottom + 4; if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 4;
    m.style.top = top + "px"; m.style.left = Math.max(8, r.right - m.offsetWidth) + "px"; menuEl = m;
  }
  function openModal(title, body, buttons) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer></footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show"); return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }
  // custom dropdown for inspectors
  function inspectorDd(id, value) {
    var cur = who(value);
    return '<div class="dd"><button type="button" id="' + id + '" aria-haspopup="listbox" aria-expanded="false" data-value="' + (value || "") + '">' + (cur ? esc(cur.name) : "Choose inspector…") + "</button></div>";
  }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fd(TODAY) + " 2025";
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view || (S.ui.view === "detail" && b.dataset.view === "list")); });
    var cr = document.getElementById("crumb");
    cr.textContent = { list: "Inspections", detail: "Inspections / " + S.ui.id, properties: "Properties", team: "Inspectors", settings: "Settings" }[S.ui.view];
    ({ list: renderList, detail: renderDetail, properties: renderProps, team: renderTeam, settings: renderSettings })[S.ui.view]();
  }
  function listRows() {
    var q = S.ui.q.trim().toLowerCase();
    return S.inspections.filter(function (x) {
      if (S.ui.tab === "Upcoming" && !(x.status === "Scheduled" && x.date >= TODAY)) return false;
      if (S.ui.tab === "In progress" && x.status !== "In progress") return false;
      if (S.ui.tab === "Completed" && x.status !== "Completed") return false;
      if (S.ui.tab === "Cancelled" && x.status !== "Cancelled") return false;
      if (S.ui.who && x.inspector !== S.ui.who) return false;
      var p = prop(x.property);
      return !q || (x.id + " " + p.address + " " + p.town + " " + p.postcode + " " + x.tenant + " " + x.type).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return (a.date + a.time) < (b.date + b.time) ? (S.ui.tab === "Completed" ? 1 : -1) : (S.ui.tab === "Completed" ? -1 : 1); });
  }
  function renderList() {
    var rows = listRows(), per = 8, pages = Math.max(1, Math.ceil(rows.length / per));
    if (S.ui.page > pages) S.ui.page = pages;
    var pg = rows.slice((S.ui.page - 1) * per, S.ui.page * per);
    view.innerHTML = '<div class="row" style="margin-bottom:14px"><h1 style="margin:0">Inspections</h1><span class="sp"></span><button class="btn pri" data-act="new">+ Book inspection</button></div>' +
      '<div class="card"><div class="row" style="margin-bottom:10px"><div class="seg" role="tablist">' + ["Upcoming", "In progress", "Completed", "Cancelled", "All"].map(function (t) { return '<button role="tab" data-act="ltab" data-t="' + t + '" aria-selected="' + (S.ui.tab === t) + '">' + t + "</button>"; }).join("") + '</div><span class="sp"></span>' +
      '<select id="l-who" aria-label="Inspector"><option value="">All inspectors</option>' + S.inspectors.map(function (i) { return '<option value="' + i.id + '"' + (S.ui.who === i.id ? " selected" : "") + ">" + esc(i.name) + "</option>"; }).join("") + "</select>" +
      '<input type="search" id="l-q" placeholder="Search address, tenant, ref…" aria-label="Search inspections" style="width:240px" value="' + esc(S.ui.q) + '"></div>' +
      '<table class="list"><thead><tr><th>Ref</th><th>When</th><th>Property</th><th>Type</th><th>Tenant</th><th>Inspector</th><th>Status</th><th></th></tr></thead><tbody>' +
      pg.map(function (x) { var p = prop(x.property); return '<tr><td><button class="ref" data-act="open" data-id="' + x.id + '">' + x.id + '</button></td><td style="white-space:nowrap">' + fd(x.date) + " · " + x.time + "</td><td>" + esc(p.address) + '<div class="ty">' + esc(p.town + " " + p.postcode) + '</div></td><td class="ty">' + x.type + "</td><td>" + esc(x.tenant) + "</td><td>" + esc(who(x.inspector).name) + "</td><td>" + st(x.status) + '</td><td><button class="kb" data-act="menu" data-id="' + x.id + '" aria-label="More options for ' + x.id + '" aria-haspopup="menu">⋮</button></td></tr>'; }).join("") +
      (pg.length ? "" : '<tr><td colspan="8" class="muted" style="text-align:center;padding:24px">Nothing here.</td></tr>') + "</tbody></table>" +
      '<div class="pager"><span>Showing ' + (rows.length ? (S.ui.page - 1) * per + 1 : 0) + "–" + Math.min(rows.length, S.ui.page * per) + " of " + rows.length + '</span><div class="pg"><button data-act="page" data-p="' + (S.ui.page - 1) + '" aria-label="Previous page"' + (S.ui.page <= 1 ? " disabled" : "") + ">‹</button>" +
      Array.from({ length: pages }, function (_, i) { return '<button data-act="page" data-p="' + (i + 1) + '" class="' + (S.ui.page === i + 1 ? "on" : "") + '" aria-label="Page ' + (i + 1) + '">' + (i + 1) + "</button>"; }).join("") +
      '<button data-act="page" data-p="' + (S.ui.page + 1) + '" aria-label="Next page"' + (S.ui.page >= pages ? " disabled" : "") + ">›</button></div></div></div>";
    var q = document.getElementById("l-q");
    q.addEventListener("input", function () { S.ui.q = q.value; S.ui.page = 1; var pos = q.selectionStart; render(); var n = document.getElementById("l-q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("l-who").addEventListener("change", function (e) { S.ui.who = e.target.value; S.ui.page = 1; render(); });
  }
  function rowMenu(btn, x) {
    var items = [{ label: "Open", fn: function () { openIns(x.id); } }];
    if (x.status === "Scheduled") {
      items.push({ label: "Reschedule…", fn: function () { rescheduleDlg(x); } });
      items.push({ label: "Start inspection", fn: function () { x.status = "In progress"; toast(x.id + " started"); render(); } });
      items.push({ label: "Cancel inspection…", red: true, fn: function () { cancelDlg(x); } });
    }
    items.push({ label: "Download PDF", fn: function () { toast("Preparing PDF for <b>" + x.id + "</b>…"); } });
    showMenu(btn, items);
  }
  function cancelDlg(x) {
    var p = prop(x.property);
    openModal("Cancel " + x.id + "?", '<p style="margin-top:0">' + x.type + " at <b>" + esc(p.address) + "</b> on " + fd(x.date) + " at " + x.time + ".</p>" +
      '<div class="fg"><label class="l" for="cx-r">Reason</label><select id="cx-r"><option>Tenant request</option><option>Tenant moved out / property vacant</option><option>Access refused</option><option>Landlord request</option><option>Booked in error</option></select></div>' +
      '<label class="chk"><input type="checkbox" id="cx-n" checked> Email tenant and landlord</label>',
      [{ label: "Keep inspection" }, { label: "Cancel inspection", cls: "red", fn: function () { x.status = "Cancelled"; x.cancelReason = document.getElementById("cx-r").value; toast("<b>" + x.id + "</b> cancelled"); render(); } }]);
  }
  function rescheduleDlg(x) {
    var m = openModal("Reschedule " + x.id, '<div class="g2"><div class="fg"><label class="l" for="rs-date">Date</label><input type="date" id="rs-date" value="' + x.date + '" min="' + TODAY + '"></div><div class="fg"><label class="l" for="rs-time">Start time</label><select id="rs-time">' + TIMES.map(function (t) { return "<option" + (t === x.time ? " selected" : "") + ">" + t + "</option>"; }).join("") + "</select></div></div>" +
      '<div class="fg"><label class="l" for="rs-who">Inspector</label>' + inspectorDd("rs-who", x.inspector) + "</div>" +
      '<label class="chk"><input type="checkbox" id="rs-n" checked> Notify tenant of the new time</label><div class="err" id="rs-err"></div>',
      [{ label: "Cancel" }, { label: "Save new time", cls: "pri", fn: function () {
        var d = document.getElementById("rs-date").value; if (!d || d < TODAY) { document.getElementById("rs-err").textContent = "Choose a date from today onwards."; return false; }
        x.date = d; x.time = document.getElementById("rs-time").value; x.inspector = document.getElementById("rs-who").dataset.value; toast("<b>" + x.id + "</b> moved to " + fd(d) + " " + x.time); render();
      } }]);
    return m;
  }
  function openIns(id) { S.ui.view = "detail"; S.ui.id = id; S.ui.dtab = "details"; S.ui.draft = {}; render(); }
  function renderDetail() {
    var x = ins(S.ui.id), p = prop(x.property), t = S.ui.dtab, editable = x.status === "Scheduled" || x.status === "In progress";
    var h = '<div class="dh"><button class="btn sm" data-act="nav" data-view="list">← All inspections</button><div><h1>' + esc(p.address) + '</h1><div class="meta">' + x.id + " · " + x.type + " · " + fd(x.date) + " " + x.time + " · " + esc(who(x.inspector).name) + " · " + st(x.status) + "</div></div></div>" +
      '<div class="card"><div class="tabs" role="tablist">' + [["details", "Details"], ["checklist", "Checklist"], ["issues", "Issues (" + x.issues.length + ")"], ["report", "Report"]].map(function (a) { return '<button role="tab" data-act="dtab" data-t="' + a[0] + '" aria-selected="' + (t === a[0]) + '">' + a[1] + "</button>"; }).join("") + "</div>";
    if (t === "details") {
      h += '<dl class="kv"><dt>Property</dt><dd>' + esc(p.address + ", " + p.town + " " + p.postcode) + "</dd><dt>Landlord</dt><dd>" + esc(p.landlord) + "</dd><dt>Tenant</dt><dd>" + esc(x.tenant) + "</dd><dt>Type</dt><dd>" + x.type + "</dd><dt>Date &amp; time</dt><dd>" + fd(x.date) + " at " + x.time + " (" + x.duration + " min)</dd><dt>Inspector</dt><dd>" + esc(who(x.inspector).name) + "</dd><dt>Access notes</dt><dd>" + (esc(x.accessNotes) || '<span class="muted">None</span>') + "</dd>" + (x.cancelReason ? "<dt>Cancelled</dt><dd>" + esc(x.cancelReason) + "</dd>" : "") + "</dl>" +
        (x.status === "Scheduled" ? '<div class="row" style="margin-top:14px"><button class="btn dark" data-act="resched">Reschedule…</button><button class="btn" data-act="start">Start inspection</button></div>' : "");
    } else if (t === "checklist") {
      h += x.rooms.map(function (r, ri) {
        var done = r.items.filter(function (i, ii) { var d = S.ui.draft[ri + "-" + ii]; return d !== undefined ? d : i.ok; }).length, open = !!S.ui.open[r.name];
        return '<div class="room"><button data-act="room" data-r="' + esc(r.name) + '" aria-expanded="' + open + '"><span>' + (open ? "▾ " : "▸ ") + esc(r.name) + '</span><span class="muted">' + done + "/" + r.items.length + "</span></button>" +
          (open ? '<div class="items">' + r.items.map(function (i, ii) { return '<label class="chk"><input type="checkbox" data-ri="' + ri + '" data-ii="' + ii + '"' + ((S.ui.draft[ri + "-" + ii] !== undefined ? S.ui.draft[ri + "-" + ii] : i.ok) ? " checked" : "") + (editable ? "" : " disabled") + "> " + esc(i.label) + "</label>"; }).join("") + "</div>" : "") + "</div>";
      }).join("") + (editable ? '<div class="row"><span class="sp"></span><button class="btn pri" data-act="savecheck">Save checklist</button></div>' : "");
    } else if (t === "issues") {
      h += '<div class="row" style="margin-bottom:8px"><span class="muted">Defects and actions found during the inspection.</span><span class="sp"></span>' + (editable ? '<button class="btn pri" data-act="addissue">+ Log issue</button>' : "") + "</div>" +
        (x.issues.length ? '<table class="list"><thead><tr><th>ID</th><th>Room</th><th>Issue</th><th>Severity</th><th>Responsibility</th><th>Photo</th></tr></thead><tbody>' + x.issues.map(function (i) { return "<tr><td>" + i.id + "</td><td>" + esc(i.room) + "</td><td>" + esc(i.text) + '</td><td><span class="sev sev-' + i.severity + '">' + i.severity + "</span></td><td>" + esc(i.responsibility) + "</td><td>" + (i.photo ? "Yes" : "—") + "</td></tr>"; }).join("") + "</tbody></table>" : '<p class="muted">No issues logged.</p>');
    } else {
      var total = 0, ok = 0; x.rooms.forEach(function (r) { r.items.forEach(function (i) { total++; if (i.ok) ok++; }); });
      h += "<p>Checklist " + ok + " of " + total + " items complete · " + x.issues.length + " issue(s).</p><p class=\"muted\">" + (S.settings.autoEmailTenant ? "The report will be emailed to the tenant automatically on completion." : "The report will not be sent to the tenant automatically.") + "</p>";
    }
    view.innerHTML = h + "</div>";
  }
  function issueDlg(x) {
    var m = openModal("Log issue · " + x.id,
      '<div class="fg"><label class="l" for="is-room">Room</label><select id="is-room"><option value="">Choose room…</option>' + x.rooms.map(function (r) { return "<option>" + esc(r.name) + "</option>"; }).join("") + "</select></div>" +
      '<div class="fg"><label class="l" for="is-text">What did you find?</label><textarea id="is-text" rows="3"></textarea></div>' +
      '<div class="fg"><span class="l">Severity</span><div class="radios" role="radiogroup" aria-label="Severity">' + ["Low", "Medium", "High", "Urgent"].map(function (s) { return '<label><input type="radio" name="is-sev" value="' + s + '"> ' + s + "</label>"; }).join("") + "</div></div>" +
      '<div class="fg"><label class="l" for="is-resp">Responsibility</label><select id="is-resp"><option value="">Choose…</option><option>Landlord</option><option>Tenant</option><option>Agent</option><option>To be confirmed</option></select></div>' +
      '<label class="chk"><input type="checkbox" id="is-photo"> Photo attached</label><div class="err" id="is-err"></div>',
      [{ label: "Cancel" }, { label: "Save issue", cls: "pri", fn: function () {
        var room = document.getElementById("is-room").value, text = document.getElementById("is-text").value.trim(), sev = m.querySelector("input[name=is-sev]:checked"), resp = document.getElementById("is-resp").value;
        if (!room || !text || !sev || !resp) { document.getElementById("is-err").textContent = "Room, description, severity and responsibility are all required."; return false; }
        x.issues.push({ id: "IS-" + (nextIs++), room: room, text: text, severity: sev.value, responsibility: resp, photo: document.getElementById("is-photo").checked });
        toast("Issue logged on <b>" + x.id + "</b>"); render();
      } }]);
  }
  function newDlg() {
    openModal("Book inspection", '<div class="fg"><label class="l" for="nb-prop">Property</label><select id="nb-prop"><option value="">Choose property…</option>' + S.properties.map(function (p) { return '<option value="' + p.id + '">' + esc(p.address + ", " + p.town) + "</option>"; }).join("") + "</select></div>" +
      '<div class="g2"><div class="fg"><label class="l" for="nb-type">Type</label><select id="nb-type"><option>Periodic</option><option>Check-in</option><option>Check-out</option><option>Inventory</option></select></div><div class="fg"><label class="l" for="nb-dur">Duration</label><select id="nb-dur">' + [30, 45, 60, 90, 120].map(function (d) { return '<option value="' + d + '"' + (d === S.settings.defaultDuration ? " selected" : "") + ">" + d + " minutes</option>"; }).join("") + "</select></div></div>" +
      '<div class="g2"><div class="fg"><label class="l" for="nb-date">Date</label><input type="date" id="nb-date" min="' + TODAY + '"></div><div class="fg"><label class="l" for="nb-time">Start time</label><select id="nb-time">' + TIMES.map(function (t) { return "<option>" + t + "</option>"; }).join("") + "</select></div></div>" +
      '<div class="fg"><label class="l" for="nb-who">Inspector</label>' + inspectorDd("nb-who", "") + '</div><div class="fg"><label class="l" for="nb-ten">Tenant</label><input type="text" id="nb-ten"></div><div class="err" id="nb-err"></div>',
      [{ label: "Cancel" }, { label: "Book", cls: "pri", fn: function () {
        var pr = document.getElementById("nb-prop").value, d = document.getElementById("nb-date").value, w = document.getElementById("nb-who").dataset.value;
        if (!pr || !d || !w) { document.getElementById("nb-err").textContent = "Property, date and inspector are required."; return false; }
        var x = { id: "IN-" + (nextIn++), property: pr, type: document.getElementById("nb-type").value, date: d, time: document.getElementById("nb-time").value, duration: +document.getElementById("nb-dur").value, inspector: w, status: "Scheduled", tenant: document.getElementById("nb-ten").value.trim() || "—", accessNotes: "", rooms: rooms(false), issues: [], cancelReason: null };
        S.inspections.push(x); toast("<b>" + x.id + "</b> booked"); render();
      } }]);
  }
  function renderProps() {
    view.innerHTML = "<h1>Properties</h1><div class=\"grid3\">" + S.properties.map(function (p) { var n = S.inspections.filter(function (x) { return x.property === p.id && x.status === "Scheduled"; }).length; return '<div class="card" style="margin:0"><b>' + esc(p.address) + '</b><div class="muted">' + esc(p.town + " " + p.postcode) + "</div><div style=\"margin-top:6px\">" + p.beds + " bed · " + esc(p.landlord) + '</div><div class="muted">' + n + " upcoming</div></div>"; }).join("") + "</div>";
  }
  function renderTeam() {
    view.innerHTML = '<h1>Inspectors</h1><div class="card"><table class="list"><thead><tr><th>Name</th><th>Area</th><th>Upcoming</th><th>Completed</th></tr></thead><tbody>' + S.inspectors.map(function (i) { var up = S.inspections.filter(function (x) { return x.inspector === i.id && x.status === "Scheduled"; }).length, dn = S.inspections.filter(function (x) { return x.inspector === i.id && x.status === "Completed"; }).length; return "<tr><td>" + esc(i.name) + "</td><td>" + esc(i.area) + "</td><td>" + up + "</td><td>" + dn + "</td></tr>"; }).join("") + "</tbody></table></div>";
  }
  function renderSettings() {
    var s = S.settings;
    function tg(id, label, d, on) { return '<div class="setrow"><div><label for="' + id + '">' + label + '</label><div class="d">' + d + '</div></div><span class="tg"><input type="checkbox" role="switch" id="' + id + '"' + (on ? " checked" : "") + "><i></i></span></div>"; }
    view.innerHTML = '<h1>Settings</h1><div class="card" style="max-width:700px"><h3 style="margin-top:0">Bookings</h3>' +
      '<div class="setrow"><div><label for="s-dur">Default inspection length</label><div class="d">Used when booking new inspections.</div></div><select id="s-dur">' + [30, 45, 60, 90, 120].map(function (d) { return '<option value="' + d + '"' + (d === s.defaultDuration ? " selected" : "") + ">" + d + " minutes</option>"; }).join("") + "</select></div>" +
      '<div class="setrow"><div><label for="s-rem">Reminder before visit</label><div class="d">Text reminder to tenants.</div></div><select id="s-rem">' + [12, 24, 48].map(function (d) { return '<option value="' + d + '"' + (d === s.reminderHours ? " selected" : "") + ">" + d + " hours</option>"; }).join("") + "</select></div>" +
      '<h3>Reports</h3>' + tg("s-ten", "Email report to tenant automatically", "Sent when an inspection is completed.", s.autoEmailTenant) + tg("s-land", "Email report to landlord automatically", "Sent when an inspection is completed.", s.autoEmailLandlord) +
      tg("s-sig", "Require tenant signature", "Tenant must sign on the device at check-in/out.", s.requireTenantSignature) + tg("s-pho", "Include photos in PDF report", "Larger files, but more evidence.", s.includePhotos) +
      '<div class="row" style="margin-top:14px"><span class="sp"></span><button class="btn" data-act="nav" data-view="settings">Discard</button><button class="btn pri" data-act="savesettings">Save settings</button></div></div>';
  }

  document.addEventListener("click", function (e) {
    var ddb = e.target.closest(".dd>button");
    document.querySelectorAll(".dd ul").forEach(function (u) { if (!ddb || u.parentNode !== ddb.parentNode) u.remove(); });
    if (ddb) {
      var ex = ddb.parentNode.querySelector("ul"); if (ex) { ex.remove(); ddb.setAttribute("aria-expanded", "false"); return; }
      var ul = document.createElement("ul"); ul.setAttribute("role", "listbox"); ul.setAttribute("aria-label", "Inspectors");
      S.inspectors.forEach(function (i) { var li = document.createElement("li"); li.setAttribute("role", "option"); li.setAttribute("aria-selected", String(ddb.dataset.value === i.id)); li.innerHTML = "<span>" + esc(i.name) + "</span><small>" + esc(i.area) + "</small>"; li.addEventListener("click", function (ev) { ev.stopPropagation(); ddb.dataset.value = i.id; ddb.textContent = i.name; ul.remove(); ddb.setAttribute("aria-expanded", "false"); }); ul.appendChild(li); });
      ddb.parentNode.appendChild(ul); ddb.setAttribute("aria-expanded", "true"); return;
    }
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act, x = S.ui.id && ins(S.ui.id);
    if (a === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (a === "ltab") { S.ui.tab = t.dataset.t; S.ui.page = 1; render(); }
    else if (a === "page") { S.ui.page = +t.dataset.p; render(); }
    else if (a === "open") openIns(t.dataset.id);
    else if (a === "menu") { e.stopPropagation(); rowMenu(t, ins(t.dataset.id)); }
    else if (a === "new") newDlg();
    else if (a === "dtab") { S.ui.dtab = t.dataset.t; render(); }
    else if (a === "resched") rescheduleDlg(x);
    else if (a === "start") { x.status = "In progress"; toast("<b>" + x.id + "</b> started"); render(); }
    else if (a === "room") { S.ui.open[t.dataset.r] = !S.ui.open[t.dataset.r]; render(); }
    else if (a === "savecheck") { Object.keys(S.ui.draft).forEach(function (k) { var p = k.split("-"); x.rooms[+p[0]].items[+p[1]].ok = S.ui.draft[k]; }); S.ui.draft = {}; toast("Checklist saved"); render(); }
    else if (a === "addissue") issueDlg(x);
    else if (a === "savesettings") { var s = S.settings; s.defaultDuration = +document.getElementById("s-dur").value; s.reminderHours = +document.getElementById("s-rem").value; s.autoEmailTenant = document.getElementById("s-ten").checked; s.autoEmailLandlord = document.getElementById("s-land").checked; s.requireTenantSignature = document.getElementById("s-sig").checked; s.includePhotos = document.getElementById("s-pho").checked; toast("Settings saved"); render(); }
  });
  document.addEventListener("change", function (e) { var c = e.target; if (c.dataset && c.dataset.ri !== undefined) { S.ui.draft[c.dataset.ri + "-" + c.dataset.ii] = c.checked; var b = c.closest(".room").querySelector(".muted"); var all = c.closest(".items").querySelectorAll("input"); b.textContent = Array.from(all).filter(function (i) { return i.checked; }).length + "/" + all.length; } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); closeModal(); } });
  render();
})();
