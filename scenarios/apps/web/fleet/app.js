(function () {
  "use strict";
  var TODAY = "2025-03-11";
  var D = function (id, name, phone, licence, depot) { return { id: id, name: name, phone: phone, licence: licence, depot: depot }; };
  var drivers = [
    D("D-01", "Marcus Webb", "07700 900101", "C1", "Eastgate"),
    D("D-02", "Leanne Carter", "07700 900102", "B", "Riverside"),
    D("D-03", "Tomasz Nowak", "07700 900103", "C1", "Eastgate"),
    D("D-04", "Gareth Hughes", "07700 900104", "C", "Northfield"),
    D("D-05", "Aisha Rahman", "07700 900105", "B", "Eastgate"),
    D("D-06", "Colin Pearce", "07700 900106", "C", "Northfield"),
    D("D-07", "Priya Nair", "07700 900107", "B", "Riverside"),
    D("D-08", "Jordan Blake", "07700 900108", "C1", "Riverside"),
    D("D-09", "Sam Whitlock", "07700 900109", "B", "Riverside"),
    D("D-10", "Hannah Lowe", "07700 900110", "B", "Eastgate"),
    D("D-11", "Kieran Doyle", "07700 900111", "C", "Northfield"),
    D("D-12", "Megan Price", "07700 900112", "B", "Northfield")
  ];
  var rows = [
    ["V01", "KX21 BHD", "Ford", "Transit 350 L3H2", "Van", "Eastgate", "D-03", 48210, "2025-04-02", "2025-05-10", "Active", "Diesel", 2021],
    ["V02", "KX21 BHU", "Ford", "Transit Custom 300", "Van", "Eastgate", "D-05", 51877, "2025-03-29", "2025-04-22", "Active", "Diesel", 2021],
    ["V03", "AV19 PZK", "Nissan", "Leaf e+", "Car", "Eastgate", "D-10", 31980, "2025-09-14", "2025-06-01", "Active", "Electric", 2019],
    ["V04", "YR20 KLM", "Mercedes-Benz", "Sprinter 314", "Van", "Northfield", "D-04", 77120, "2025-07-21", "2025-03-20", "Active", "Diesel", 2020],
    ["V05", "LB70 DXO", "Iveco", "Daily 72C18", "Tipper", "Northfield", "D-06", 64455, "2025-10-03", "2025-04-14", "In workshop", "Diesel", 2020],
    ["V06", "BD22 FTN", "Toyota", "Proace City", "Van", "Eastgate", "D-01", 22714, "2026-01-11", "2025-08-02", "Active", "Diesel", 2022],
    ["V07", "MX18 HCJ", "Vauxhall", "Movano 3500", "Van", "Northfield", "D-11", 102318, "2025-03-18", "2025-03-25", "Active", "Diesel", 2018],
    ["V08", "WN23 ACE", "Renault", "Master E-Tech", "Van", "Riverside", "D-08", 12006, "2026-05-30", "2025-11-19", "Active", "Electric", 2023],
    ["V09", "GU17 RRV", "Ford", "Ranger XL", "Pickup", "Northfield", "D-12", 118430, "2025-06-08", "2025-05-02", "Off road", "Diesel", 2017],
    ["V10", "FL68 WVA", "Vauxhall", "Vivaro 2900", "Van", "Riverside", "D-09", 83302, "2025-08-19", "2025-04-30", "Active", "Diesel", 2018],
    ["V11", "FL68 WVE", "Vauxhall", "Vivaro 2900", "Van", "Riverside", "D-02", 91544, "2025-08-19", "2025-04-11", "Active", "Diesel", 2018],
    ["V12", "SK21 OPL", "Peugeot", "Partner Pro", "Van", "Eastgate", null, 40152, "2025-12-02", "2025-06-19", "Active", "Diesel", 2021],
    ["V13", "EY69 TWB", "Isuzu", "D-Max Utility", "Pickup", "Northfield", "D-04", 70021, "2025-11-27", "2025-09-10", "Active", "Diesel", 2019],
    ["V14", "PN20 CXR", "Ford", "Transit Connect", "Van", "Riverside", null, 56380, "2025-03-27", "2025-05-28", "In workshop", "Diesel", 2020],
    ["V15", "HF72 UDJ", "Kia", "e-Niro", "Car", "Eastgate", "D-05", 18772, "2026-02-15", "2025-08-30", "Active", "Electric", 2022],
    ["V16", "DA19 KEV", "MAN", "TGL 7.5t", "Truck", "Northfield", "D-06", 143500, "2025-04-19", "2025-03-31", "Active", "Diesel", 2019],
    ["V17", "CE21 MNB", "Citroën", "Relay 35", "Luton", "Riverside", "D-08", 60987, "2025-10-22", "2025-07-04", "Active", "Diesel", 2021],
    ["V18", "NJ16 XPO", "Ford", "Transit 350 L2H2", "Van", "Eastgate", "D-01", 151202, "2025-05-05", "2025-03-14", "Active", "Diesel", 2016],
    ["V19", "RV22 BLZ", "Volkswagen", "Crafter CR35", "Van", "Riverside", "D-02", 35408, "2026-03-02", "2025-09-27", "Active", "Diesel", 2022],
    ["V20", "TO71 GHA", "Toyota", "Hilux Active", "Pickup", "Northfield", "D-11", 47119, "2025-09-05", "2025-06-11", "Active", "Diesel", 2021],
    ["V21", "WU15 YNC", "Mercedes-Benz", "Vito 111", "Van", "Eastgate", null, 163870, "2025-04-25", "2025-04-01", "Off road", "Diesel", 2015],
    ["V22", "KP23 ZSE", "Maxus", "eDeliver 3", "Van", "Eastgate", "D-10", 9844, "2026-06-18", "2025-12-03", "Active", "Electric", 2023],
    ["V23", "BN19 OHT", "Renault", "Trafic LL30", "Van", "Riverside", "D-12", 88290, "2025-07-30", "2025-04-18", "Active", "Diesel", 2019],
    ["V24", "LK70 FFA", "Skoda", "Octavia Estate", "Car", "Northfield", "D-03", 54003, "2025-10-10", "2025-05-22", "Active", "Petrol", 2020]
  ];
  var vehicles = rows.map(function (r) {
    return { id: r[0], reg: r[1], make: r[2], model: r[3], type: r[4], depot: r[5], driver: r[6], odometer: r[7], motDue: r[8], serviceDue: r[9], status: r[10], fuel: r[11], year: r[12], notes: "", defects: [] };
  });
  vehicles[3].defects.push({ id: "DF-311", date: "2025-03-06", text: "Rear door check strap rattles", severity: "Minor", open: true });
  vehicles[8].defects.push({ id: "DF-298", date: "2025-02-21", text: "Clutch slipping under load", severity: "Major", open: true });
  vehicles[17].defects.push({ id: "DF-305", date: "2025-03-01", text: "Offside headlamp dim", severity: "Minor", open: false });
  var W = function (id, v, type, date, ws, slot, pr, st, notes) { return { id: id, vehicle: v, type: type, date: date, workshop: ws, slot: slot, priority: pr, status: st, notes: notes || "", completed: null }; };
  var workOrders = [
    W("WO-2201", "V18", "Service", "2025-02-24", "Eastgate", "AM", "Normal", "Completed", "Full service, 150k"),
    W("WO-2203", "V16", "Tyres", "2025-02-27", "Northfield", "PM", "Normal", "Completed", "Front pair replaced"),
    W("WO-2205", "V09", "Repair", "2025-03-03", "External – Kwik Fit", "All day", "High", "Cancelled", "Clutch quote too high"),
    W("WO-2207", "V05", "Repair", "2025-03-07", "Northfield", "All day", "High", "In progress", "Tipper ram hydraulic leak"),
    W("WO-2209", "V04", "Service", "2025-03-20", "Northfield", "AM", "Normal", "Scheduled", ""),
    W("WO-2211", "V07", "MOT", "2025-03-14", "Northfield", "AM", "Normal", "Scheduled", ""),
    W("WO-2212", "V18", "Service", "2025-03-14", "Eastgate", "PM", "Normal", "Scheduled", "Interim"),
    W("WO-2214", "V14", "Repair", "2025-03-10", "Riverside", "All day", "Normal", "In progress", "Sliding door runner"),
    W("WO-2215", "V02", "MOT", "2025-03-24", "Eastgate", "AM", "Normal", "Scheduled", ""),
    W("WO-2216", "V16", "Service", "2025-03-28", "Northfield", "All day", "Normal", "Scheduled", "7.5t annual"),
    W("WO-2218", "V21", "Repair", "2025-03-11", "Eastgate", "AM", "Normal", "In progress", "Assess for disposal"),
    W("WO-2219", "V23", "Tyres", "2025-03-17", "Riverside", "PM", "Normal", "Scheduled", ""),
    W("WO-2221", "V10", "Service", "2025-04-28", "Riverside", "AM", "Normal", "Scheduled", ""),
    W("WO-2224", "V11", "Service", "2025-04-09", "Riverside", "PM", "Normal", "Scheduled", "")
  ];
  var S = window.state = {
    today: TODAY,
    user: "Dana Whitfield",
    drivers: drivers,
    vehicles: vehicles,
    workOrders: workOrders,
    settings: { units: "miles", motReminderDays: 30, emailAlerts: true, weeklyDigest: false, defectPhotos: true, autoCloseDefects: false, currency: "GBP" },
    ui: { view: "vehicles", vehicleId: null, tab: "overview", q: "", statusFilter: "All", depotFilter: "All depots", page: 1, woTab: "Open", woQ: "" }
  };
  var nextWo = 2225, nextDf = 312;

  var view = document.getElementById("view");
  var overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  function fmtDate(d) { if (!d) return "—"; var p = d.split("-"); var m = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]; return +p[2] + " " + m[+p[1] - 1] + " " + p[0]; }
  function daysBetween(a, b) { return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 864e5); }
  function drv(id) { return S.drivers.find(function (d) { return d.id === id; }); }
  function veh(id) { return S.vehicles.find(function (v) { return v.id === id; }); }
  function dist(n) { return S.settings.units === "km" ? Math.round(n * 1.60934).toLocaleString("en-GB") + " km" : n.toLocaleString("en-GB") + " mi"; }
  function pill(s) { return '<span class="pill p-' + s.replace(/ /g, "-") + '">' + esc(s) + "</span>"; }
  function toast(msg) {
    var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = msg;
    document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500);
  }

  // ---------- menus
  var openMenuEl = null;
  function closeMenu() { if (openMenuEl) { openMenuEl.remove(); openMenuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu();
    var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) {
      var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red";
      b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); });
      m.appendChild(b);
    });
    document.body.appendChild(m);
    var r = anchor.getBoundingClientRect();
    var top = r.bottom + 4; if (top + m.offsetHeight > window.innerHeight - 8) top = r.top - m.offsetHeight - 4;
    m.style.top = top + "px"; m.style.left = Math.max(8, r.right - m.offsetWidth) + "px";
    openMenuEl = m;
  }

  // ---------- custom dropdown
  function ddHtml(id, label, value, options) {
    var cur = options.find(function (o) { return o.value === value; });
    return '<div class="dd" data-dd="' + id + '"><button type="button" id="' + id + '" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="' + esc(label) + '" data-value="' + esc(value == null ? "" : value) + '">' + esc(cur ? cur.text : "Select…") + "</button></div>";
  }
  var ddOptions = {};
  function bindDd(id, options, onPick) {
    ddOptions[id] = { options: options, onPick: onPick };
  }
  function toggleDd(btn) {
    var wrap = btn.parentNode, ex = wrap.querySelector("ul");
    document.querySelectorAll(".dd ul").forEach(function (u) { if (u !== ex) { u.previousSibling.setAttribute("aria-expanded", "false"); u.remove(); } });
    if (ex) { ex.remove(); btn.setAttribute("aria-expanded", "false"); return; }
    var cfg = ddOptions[btn.id]; if (!cfg) return;
    var ul = document.createElement("ul"); ul.setAttribute("role", "listbox"); ul.setAttribute("aria-label", btn.getAttribute("aria-label"));
    cfg.options.forEach(function (o) {
      var li = document.createElement("li"); li.setAttribute("role", "option"); li.dataset.value = o.value == null ? "" : o.value;
      li.setAttribute("aria-selected", String(btn.dataset.value === li.dataset.value));
      li.innerHTML = esc(o.text) + (o.sub ? "<small>" + esc(o.sub) + "</small>" : "");
      li.addEventListener("click", function (e) {
        e.stopPropagation(); btn.dataset.value = li.dataset.value; btn.textContent = o.text; ul.remove(); btn.setAttribute("aria-expanded", "false");
        if (cfg.onPick) cfg.onPick(o.value);
      });
      ul.appendChild(li);
    });
    wrap.appendChild(ul); btn.setAttribute("aria-expanded", "true");
  }

  // ---------- modal
  function openModal(title, bodyHtml, buttons, width) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"' + (width ? ' style="width:' + width + 'px"' : "") + '><header><h3>' + esc(title) + '</h3><button class="btn ghost" data-close aria-label="Close">✕</button></header><div class="body">' + bodyHtml + '</div><footer></footer></div>';
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) {
      var el = document.createElement("button"); el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.type = "button";
      el.addEventListener("click", function () { if (b.fn) { if (b.fn() === false) return; } closeModal(); });
      f.appendChild(el);
    });
    overlay.querySelector("[data-close]").addEventListener("click", closeModal);
    overlay.classList.add("show");
    return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }
  function confirmDlg(title, msg, okLabel, fn, danger) {
    openModal(title, "<p>" + msg + "</p>", [{ label: "Back" }, { label: okLabel, cls: danger ? "danger" : "pri", fn: fn }], 420);
  }

  // ---------- views
  function render() {
    closeMenu();
    ddOptions = {};
    document.querySelectorAll("#nav a").forEach(function (a) { a.classList.toggle("on", a.dataset.view === S.ui.view); });
    document.getElementById("today").textContent = "Tue " + fmtDate(TODAY);
    var c = document.getElementById("crumbs");
    if (S.ui.view === "vehicles" && S.ui.vehicleId) {
      var v = veh(S.ui.vehicleId);
      c.innerHTML = 'Fleet / <a href="#" data-act="nav" data-view="vehicles">Vehicles</a> / <b>' + esc(v.reg) + "</b>";
      return renderVehicle(v);
    }
    var names = { dashboard: "Dashboard", vehicles: "Vehicles", workorders: "Work orders", drivers: "Drivers", settings: "Settings" };
    c.innerHTML = "Fleet / <b>" + names[S.ui.view] + "</b>";
    ({ dashboard: renderDash, vehicles: renderVehicles, workorders: renderWos, drivers: renderDrivers, settings: renderSettings })[S.ui.view]();
  }

  function renderDash() {
    var act = S.vehicles.filter(function (v) { return v.status === "Active"; }).length;
    var ws = S.vehicles.filter(function (v) { return v.status === "In workshop"; }).length;
    var off = S.vehicles.filter(function (v) { return v.status === "Off road"; }).length;
    var open = S.workOrders.filter(function (w) { return w.status === "Scheduled" || w.status === "In progress"; }).length;
    var soon = S.vehicles.filter(function (v) { return daysBetween(TODAY, v.motDue) <= 45; }).sort(function (a, b) { return a.motDue < b.motDue ? -1 : 1; });
    view.innerHTML = "<h1>Dashboard</h1>" +
      '<div class="cards"><div class="card"><div class="k">Active vehicles</div><div class="v">' + act + '</div></div><div class="card"><div class="k">In workshop</div><div class="v">' + ws + '</div></div><div class="card"><div class="k">Off road</div><div class="v">' + off + '</div></div><div class="card"><div class="k">Open work orders</div><div class="v">' + open + "</div></div></div>" +
      '<div class="panel"><h2>MOTs due in the next 45 days</h2><table class="grid"><thead><tr><th>Reg</th><th>Vehicle</th><th>Depot</th><th>MOT due</th><th>Days</th></tr></thead><tbody>' +
      soon.map(function (v) { var d = daysBetween(TODAY, v.motDue); return '<tr><td><a href="#" class="mono" data-act="openv" data-id="' + v.id + '">' + esc(v.reg) + "</a></td><td>" + esc(v.make + " " + v.model) + "</td><td>" + esc(v.depot) + "</td><td>" + fmtDate(v.motDue) + '</td><td class="' + (d <= 14 ? "due" : "warn") + '">' + d + "</td></tr>"; }).join("") + "</tbody></table></div>";
  }

  function filteredVehicles() {
    var q = S.ui.q.trim().toLowerCase();
    return S.vehicles.filter(function (v) {
      if (S.ui.statusFilter !== "All" && v.status !== S.ui.statusFilter) return false;
      if (S.ui.depotFilter !== "All depots" && v.depot !== S.ui.depotFilter) return false;
      if (!q) return true;
      var d = drv(v.driver);
      return (v.reg + " " + v.reg.replace(/ /g, "") + " " + v.make + " " + v.model + " " + (d ? d.name : "")).toLowerCase().indexOf(q) >= 0;
    });
  }
  function renderVehicles() {
    var list = filteredVehicles(), per = 10, pages = Math.max(1, Math.ceil(list.length / per));
    if (S.ui.page > pages) S.ui.page = pages;
    var pg = list.slice((S.ui.page - 1) * per, S.ui.page * per);
    var depots = ["All depots", "Eastgate", "Riverside", "Northfield"].map(function (d) { return { value: d, text: d }; });
    view.innerHTML = '<h1>Vehicles <span class="muted" style="font-size:13px;font-weight:400">' + S.vehicles.length + " in fleet</span></h1>" +
      '<div class="toolbar"><input type="search" id="v-q" placeholder="Search reg, make or driver…" aria-label="Search vehicles" style="width:260px" value="' + esc(S.ui.q) + '">' +
      '<select id="v-status" aria-label="Status filter">' + ["All", "Active", "In workshop", "Off road"].map(function (s) { return "<option" + (s === S.ui.statusFilter ? " selected" : "") + ">" + s + "</option>"; }).join("") + "</select>" +
      ddHtml("v-depot", "Depot filter", S.ui.depotFilter, depots) + '<span class="grow"></span><button class="btn" data-act="export">Export CSV</button></div>' +
      '<table class="grid"><thead><tr><th>Reg</th><th>Make / model</th><th>Type</th><th>Depot</th><th>Driver</th><th style="text-align:right">Odometer</th><th>MOT due</th><th>Status</th><th></th></tr></thead><tbody>' +
      (pg.length ? pg.map(function (v) {
        var d = drv(v.driver), dd = daysBetween(TODAY, v.motDue);
        return '<tr data-id="' + v.id + '"><td><a href="#" class="mono" data-act="openv" data-id="' + v.id + '">' + esc(v.reg) + "</a></td><td>" + esc(v.make + " " + v.model) + "</td><td>" + esc(v.type) + "</td><td>" + esc(v.depot) + "</td><td>" + (d ? esc(d.name) : '<span class="muted">Unassigned</span>') + '</td><td class="num">' + dist(v.odometer) + '</td><td class="' + (dd <= 14 ? "due" : dd <= 30 ? "warn" : "") + '">' + fmtDate(v.motDue) + "</td><td>" + pill(v.status) + '</td><td><button class="kebab" data-act="vmenu" data-id="' + v.id + '" aria-label="Actions for ' + esc(v.reg) + '" aria-haspopup="menu">⋯</button></td></tr>';
      }).join("") : '<tr><td colspan="9" class="empty">No vehicles match your filters.</td></tr>') + "</tbody></table>" +
      '<div class="pager"><span>' + (list.length ? ((S.ui.page - 1) * per + 1) + "–" + Math.min(list.length, S.ui.page * per) + " of " + list.length : "0 results") + '</span><button class="btn sm" data-act="page" data-p="' + (S.ui.page - 1) + '"' + (S.ui.page <= 1 ? " disabled" : "") + ' aria-label="Previous page">‹</button>' +
      Array.from({ length: pages }, function (_, i) { return '<button class="btn sm' + (i + 1 === S.ui.page ? " on" : "") + '" data-act="page" data-p="' + (i + 1) + '" aria-label="Page ' + (i + 1) + '">' + (i + 1) + "</button>"; }).join("") +
      '<button class="btn sm" data-act="page" data-p="' + (S.ui.page + 1) + '"' + (S.ui.page >= pages ? " disabled" : "") + ' aria-label="Next page">›</button></div>';
    var q = document.getElementById("v-q");
    q.addEventListener("input", function () { S.ui.q = q.value; S.ui.page = 1; var pos = q.selectionStart; render(); var n = document.getElementById("v-q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("v-status").addEventListener("change", function (e) { S.ui.statusFilter = e.target.value; S.ui.page = 1; render(); });
    bindDd("v-depot", depots, function (val) { S.ui.depotFilter = val; S.ui.page = 1; render(); });
  }

  function vehicleMenu(btn, v) {
    var items = [{ label: "View details", fn: function () { openVehicle(v.id); } },
      { label: "Schedule work…", fn: function () { scheduleDlg(v); } }];
    if (v.status === "Off road") items.push({ label: "Return to service", fn: function () { v.status = "Active"; toast(v.reg + " returned to service"); render(); } });
    else items.push({ label: "Mark off road…", red: true, fn: function () { offRoadDlg(v); } });
    showMenu(btn, items);
  }
  function offRoadDlg(v) {
    openModal("Mark " + v.reg + " off road", '<div class="row"><label class="l" for="or-r">Reason</label><select id="or-r"><option>Awaiting repair</option><option>Accident damage</option><option>SORN / laid up</option><option>Awaiting disposal</option></select></div>',
      [{ label: "Cancel" }, { label: "Mark off road", cls: "danger", fn: function () { v.status = "Off road"; v.offRoadReason = document.getElementById("or-r").value; toast(v.reg + " marked off road"); render(); } }], 420);
  }
  function scheduleDlg(v) {
    var m = openModal("Schedule work · " + v.reg,
      '<div class="row"><label class="l">Work type</label><div class="radios" role="radiogroup" aria-label="Work type">' + ["Service", "MOT", "Repair", "Tyres"].map(function (t) { return '<label><input type="radio" name="sw-type" value="' + t + '"' + (t === "Service" ? " checked" : "") + "> " + t + "</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="row"><label class="l" for="sw-date">Date</label><input type="date" id="sw-date" min="' + TODAY + '"></div>' +
      '<div class="row"><label class="l" for="sw-slot">Slot</label><select id="sw-slot"><option value="AM">Morning (08:00–12:00)</option><option value="PM">Afternoon (12:30–17:00)</option><option value="All day">All day</option></select></div></div>' +
      '<div class="row"><label class="l" for="sw-ws">Workshop</label><select id="sw-ws"><option value="">— choose workshop —</option><option>Eastgate</option><option>Riverside</option><option>Northfield</option><option>External – Kwik Fit</option><option>External – Main dealer</option></select></div>' +
      '<div class="row"><label class="chk"><input type="checkbox" id="sw-high"> High priority</label></div>' +
      '<div class="row"><label class="l" for="sw-notes">Notes for workshop</label><textarea id="sw-notes"></textarea></div><div class="err" id="sw-err"></div>',
      [{ label: "Cancel" }, { label: "Create work order", cls: "pri", fn: function () {
        var date = document.getElementById("sw-date").value, ws = document.getElementById("sw-ws").value;
        if (!date || !ws) { document.getElementById("sw-err").textContent = "Date and workshop are required."; return false; }
        var w = { id: "WO-" + (nextWo++), vehicle: v.id, type: m.querySelector("input[name=sw-type]:checked").value, date: date, workshop: ws, slot: document.getElementById("sw-slot").value, priority: document.getElementById("sw-high").checked ? "High" : "Normal", status: "Scheduled", notes: document.getElementById("sw-notes").value.trim(), completed: null };
        S.workOrders.push(w); toast(w.id + " created for " + v.reg); render();
      } }]);
  }

  function openVehicle(id) { S.ui.view = "vehicles"; S.ui.vehicleId = id; S.ui.tab = "overview"; render(); }

  function renderVehicle(v) {
    var tabs = [["overview", "Overview"], ["work", "Work orders"], ["defects", "Defects"]];
    var h = '<div class="vhead"><a href="#" data-act="nav" data-view="vehicles">← Back</a><span class="plate">' + esc(v.reg) + '</span><div><div style="color:#f8fafc;font-size:15px;font-weight:600">' + esc(v.make + " " + v.model) + '</div><div class="muted">' + esc(v.type + " · " + v.fuel + " · " + v.year) + "</div></div>" + pill(v.status) + '<span style="flex:1"></span><button class="btn" data-act="sched" data-id="' + v.id + '">Schedule work…</button></div>' +
      '<div class="tabs" role="tablist">' + tabs.map(function (t) { return '<button role="tab" data-act="vtab" data-tab="' + t[0] + '" aria-selected="' + (S.ui.tab === t[0]) + '">' + t[1] + "</button>"; }).join("") + "</div>";
    if (S.ui.tab === "overview") {
      var dopts = [{ value: "", text: "Unassigned" }].concat(S.drivers.map(function (d) { return { value: d.id, text: d.name, sub: d.depot + " · " + d.licence }; }));
      h += '<div class="panel"><div class="form-grid">' +
        '<label class="l">MOT due</label><div class="ro">' + fmtDate(v.motDue) + '</div><label class="l">Next service</label><div class="ro">' + fmtDate(v.serviceDue) + "</div>" +
        '<label class="l" for="ov-odo">Odometer (miles)</label><input type="text" id="ov-odo" value="' + v.odometer + '" style="width:160px">' +
        '<label class="l" for="ov-driver">Assigned driver</label><div>' + ddHtml("ov-driver", "Assigned driver", v.driver || "", dopts) + "</div>" +
        '<label class="l" for="ov-depot">Home depot</label><select id="ov-depot" style="width:200px">' + ["Eastgate", "Riverside", "Northfield"].map(function (d) { return "<option" + (d === v.depot ? " selected" : "") + ">" + d + "</option>"; }).join("") + "</select>" +
        '<label class="l" for="ov-notes">Notes</label><textarea id="ov-notes">' + esc(v.notes) + "</textarea></div>" +
        '<div class="err" id="ov-err"></div><div class="actions-row"><button class="btn pri" data-act="savev" data-id="' + v.id + '">Save changes</button><button class="btn" data-act="vtab" data-tab="overview">Discard</button></div></div>';
      view.innerHTML = h;
      bindDd("ov-driver", dopts);
    } else if (S.ui.tab === "work") {
      var wos = S.workOrders.filter(function (w) { return w.vehicle === v.id; });
      h += wos.length ? '<table class="grid"><thead><tr><th>ID</th><th>Type</th><th>Date</th><th>Workshop</th><th>Priority</th><th>Status</th></tr></thead><tbody>' + wos.map(function (w) { return '<tr><td class="mono">' + w.id + "</td><td>" + w.type + "</td><td>" + fmtDate(w.date) + " " + w.slot + "</td><td>" + esc(w.workshop) + "</td><td>" + pill(w.priority) + "</td><td>" + pill(w.status) + "</td></tr>"; }).join("") + "</tbody></table>" : '<div class="panel empty">No work orders for this vehicle.</div>';
      view.innerHTML = h;
    } else {
      h += '<div class="toolbar"><span class="grow"></span><button class="btn pri" data-act="adddefect" data-id="' + v.id + '">Report defect</button></div>';
      h += v.defects.length ? '<table class="grid"><thead><tr><th>ID</th><th>Reported</th><th>Description</th><th>Severity</th><th>State</th></tr></thead><tbody>' + v.defects.map(function (d) { return '<tr><td class="mono">' + d.id + "</td><td>" + fmtDate(d.date) + "</td><td>" + esc(d.text) + "</td><td>" + esc(d.severity) + "</td><td>" + (d.open ? "Open" : "Closed") + "</td></tr>"; }).join("") + "</tbody></table>" : '<div class="panel empty">No defects reported.</div>';
      view.innerHTML = h;
    }
  }
  function saveVehicle(v) {
    var raw = document.getElementById("ov-odo").value.replace(/[,\s]|mi(les)?/gi, "");
    if (!/^\d+$/.test(raw)) { document.getElementById("ov-err").textContent = "Odometer must be a whole number."; return; }
    var n = parseInt(raw, 10);
    if (n < v.odometer) { document.getElementById("ov-err").textContent = "Odometer cannot go backwards (last reading " + v.odometer.toLocaleString("en-GB") + ")."; return; }
    v.odometer = n;
    v.driver = document.getElementById("ov-driver").dataset.value || null;
    v.depot = document.getElementById("ov-depot").value;
    v.notes = document.getElementById("ov-notes").value;
    toast("Saved " + v.reg); render();
  }
  function defectDlg(v) {
    openModal("Report defect · " + v.reg, '<div class="row"><label class="l" for="df-t">Description</label><textarea id="df-t"></textarea></div><div class="row"><label class="l">Severity</label><div class="radios"><label><input type="radio" name="df-s" value="Minor" checked> Minor</label><label><input type="radio" name="df-s" value="Major"> Major</label><label><input type="radio" name="df-s" value="Dangerous"> Dangerous</label></div></div>',
      [{ label: "Cancel" }, { label: "Save defect", cls: "pri", fn: function () { var t = document.getElementById("df-t").value.trim(); if (!t) return false; v.defects.push({ id: "DF-" + (nextDf++), date: TODAY, text: t, severity: document.querySelector("input[name=df-s]:checked").value, open: true }); toast("Defect logged"); render(); } }]);
  }

  function renderWos() {
    var q = S.ui.woQ.trim().toLowerCase();
    var list = S.workOrders.filter(function (w) {
      if (S.ui.woTab === "Open" && !(w.status === "Scheduled" || w.status === "In progress")) return false;
      if (S.ui.woTab === "Closed" && (w.status === "Scheduled" || w.status === "In progress")) return false;
      if (!q) return true; var v = veh(w.vehicle); return (w.id + " " + v.reg + " " + w.type + " " + w.workshop).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
    view.innerHTML = "<h1>Work orders</h1>" + '<div class="tabs" role="tablist">' + ["Open", "Closed", "All"].map(function (t) { return '<button role="tab" data-act="wotab" data-tab="' + t + '" aria-selected="' + (S.ui.woTab === t) + '">' + t + "</button>"; }).join("") + "</div>" +
      '<div class="toolbar"><input type="search" id="wo-q" placeholder="Search work orders…" aria-label="Search work orders" style="width:260px" value="' + esc(S.ui.woQ) + '"></div>' +
      '<table class="grid"><thead><tr><th>ID</th><th>Vehicle</th><th>Type</th><th>Date</th><th>Slot</th><th>Workshop</th><th>Priority</th><th>Status</th><th></th></tr></thead><tbody>' +
      (list.length ? list.map(function (w) {
        var v = veh(w.vehicle), open = w.status === "Scheduled" || w.status === "In progress";
        return '<tr><td class="mono">' + w.id + '</td><td><a href="#" class="mono" data-act="openv" data-id="' + v.id + '">' + esc(v.reg) + "</a></td><td>" + w.type + "</td><td>" + fmtDate(w.date) + "</td><td>" + esc(w.slot) + "</td><td>" + esc(w.workshop) + "</td><td>" + pill(w.priority) + "</td><td>" + pill(w.status) + "</td><td style=\"white-space:nowrap\">" +
          (open ? '<button class="btn sm" data-act="wocomplete" data-id="' + w.id + '" aria-label="Complete ' + w.id + '">Complete</button> <button class="kebab" data-act="womenu" data-id="' + w.id + '" aria-label="More actions for ' + w.id + '">⋯</button>' : "") + "</td></tr>";
      }).join("") : '<tr><td colspan="9" class="empty">No work orders.</td></tr>') + "</tbody></table>";
    var q2 = document.getElementById("wo-q");
    q2.addEventListener("input", function () { S.ui.woQ = q2.value; var pos = q2.selectionStart; render(); var n = document.getElementById("wo-q"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function completeWo(w) {
    var v = veh(w.vehicle);
    confirmDlg("Complete " + w.id + "?", "Mark the " + w.type.toLowerCase() + " on <b>" + esc(v.reg) + "</b> as completed today. The vehicle will be returned to service if it is in the workshop.", "Mark complete", function () {
      w.status = "Completed"; w.completed = TODAY;
      if (v.status === "In workshop") v.status = "Active";
      toast(w.id + " completed"); render();
    });
  }

  function renderDrivers() {
    view.innerHTML = "<h1>Drivers</h1>" + '<table class="grid"><thead><tr><th>ID</th><th>Name</th><th>Licence</th><th>Depot</th><th>Phone</th><th>Vehicles</th></tr></thead><tbody>' +
      S.drivers.map(function (d) { var vs = S.vehicles.filter(function (v) { return v.driver === d.id; }).map(function (v) { return v.reg; }); return '<tr><td class="mono">' + d.id + "</td><td>" + esc(d.name) + "</td><td>" + d.licence + "</td><td>" + d.depot + "</td><td>" + d.phone + "</td><td>" + (vs.length ? esc(vs.join(", ")) : '<span class="muted">—</span>') + "</td></tr>"; }).join("") + "</tbody></table>";
  }

  function renderSettings() {
    var s = S.settings;
    function tg(id, label, desc, on) { return '<div class="set-row"><div><label for="' + id + '">' + label + '</label><div class="d">' + desc + '</div></div><span class="switch"><input type="checkbox" role="switch" id="' + id + '"' + (on ? " checked" : "") + ' aria-label="' + label + '"><span></span></span></div>'; }
    view.innerHTML = "<h1>Settings</h1><div class=\"panel\" style=\"max-width:720px\">" +
      '<div class="set-row"><div><div>Distance unit</div><div class="d">Used for odometer readings and reports.</div></div><div class="radios" role="radiogroup" aria-label="Distance unit" style="display:flex;gap:14px"><label class="chk"><input type="radio" name="st-units" value="miles"' + (s.units === "miles" ? " checked" : "") + '> Miles</label><label class="chk"><input type="radio" name="st-units" value="km"' + (s.units === "km" ? " checked" : "") + "> Kilometres</label></div></div>" +
      '<div class="set-row"><div><label for="st-mot">MOT reminder lead time</label><div class="d">How far ahead reminders are raised.</div></div><select id="st-mot">' + [14, 21, 30, 45, 60, 90].map(function (n) { return '<option value="' + n + '"' + (n === s.motReminderDays ? " selected" : "") + ">" + n + " days</option>"; }).join("") + "</select></div>" +
      tg("st-email", "Email alerts", "Send reminder emails to the fleet coordinator.", s.emailAlerts) +
      tg("st-digest", "Weekly digest", "A Monday summary of upcoming work.", s.weeklyDigest) +
      tg("st-photos", "Require defect photos", "Drivers must attach a photo when reporting defects.", s.defectPhotos) +
      tg("st-autoclose", "Auto-close defects", "Close linked defects when a repair work order completes.", s.autoCloseDefects) +
      '<div class="actions-row"><button class="btn pri" data-act="savesettings">Save settings</button><button class="btn" data-act="nav" data-view="settings">Reset</button></div></div>';
  }
  function saveSettings() {
    var s = S.settings;
    s.units = document.querySelector("input[name=st-units]:checked").value;
    s.motReminderDays = parseInt(document.getElementById("st-mot").value, 10);
    s.emailAlerts = document.getElementById("st-email").checked;
    s.weeklyDigest = document.getElementById("st-digest").checked;
    s.defectPhotos = document.getElementById("st-photos").checked;
    s.autoCloseDefects = document.getElementById("st-autoclose").checked;
    toast("Settings saved"); render();
  }

  document.addEventListener("click", function (e) {
    var ddb = e.target.closest(".dd>button");
    if (ddb) { e.preventDefault(); toggleDd(ddb); return; }
    if (!e.target.closest(".dd")) document.querySelectorAll(".dd ul").forEach(function (u) { u.previousSibling.setAttribute("aria-expanded", "false"); u.remove(); });
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act; e.preventDefault();
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.vehicleId = null; render(); }
    else if (a === "openv") openVehicle(t.dataset.id);
    else if (a === "vmenu") { e.stopPropagation(); vehicleMenu(t, veh(t.dataset.id)); }
    else if (a === "page") { S.ui.page = +t.dataset.p; render(); }
    else if (a === "vtab") { S.ui.tab = t.dataset.tab; render(); }
    else if (a === "savev") saveVehicle(veh(t.dataset.id));
    else if (a === "sched") scheduleDlg(veh(t.dataset.id));
    else if (a === "adddefect") defectDlg(veh(t.dataset.id));
    else if (a === "wotab") { S.ui.woTab = t.dataset.tab; render(); }
    else if (a === "wocomplete") completeWo(S.workOrders.find(function (w) { return w.id === t.dataset.id; }));
    else if (a === "womenu") {
      e.stopPropagation();
      var w = S.workOrders.find(function (x) { return x.id === t.dataset.id; });
      showMenu(t, [{ label: "View vehicle", fn: function () { openVehicle(w.vehicle); } },
        { label: "Cancel work order…", red: true, fn: function () { confirmDlg("Cancel " + w.id + "?", "This work order will be cancelled.", "Cancel work order", function () { w.status = "Cancelled"; toast(w.id + " cancelled"); render(); }, true); } }]);
    }
    else if (a === "savesettings") saveSettings();
    else if (a === "export") toast("Export started — you'll get an email when it's ready");
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
