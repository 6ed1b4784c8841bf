(function () {
  "use strict";
  var TODAY = "2025-02-06";
  var TECHS = [
    { name: "Nathan Cole", areas: ["Ashford", "Wye"] },
    { name: "Kirsty Doyle", areas: ["Canterbury", "Whitstable"] },
    { name: "Liam Foster", areas: ["Folkestone", "Hythe"] }
  ];
  var AREAS = ["Ashford", "Wye", "Canterbury", "Whitstable", "Folkestone", "Hythe"];
  var TYPES = ["Service", "Callout", "Drain & refill", "Cover replacement"];
  var SLOTS = [["AM", "Morning (8–12)"], ["PM", "Afternoon (12–5)"]];

  var Cu = function (id, name, address, area, postcode, phone, email, make, model, plan, planStart, pay, notes) {
    return { id: id, name: name, address: address, area: area, postcode: postcode, phone: phone, email: email, tubMake: make, tubModel: model, plan: plan, planStart: planStart, payMethod: pay, notes: notes || "" };
  };
  var customers = [
    Cu("AC-101", "Mrs Eleanor Pearce", "The Old Rectory, Church Street", "Wye", "TN25 5BJ", "01233 900101", "eleanor.pearce@example.com", "Jacuzzi", "J-335", "Gold", "2024-05-01", "Card", "Gate code 1408"),
    Cu("AC-102", "Mr Graham Pearson", "4 Olantigh Road", "Wye", "TN25 5EW", "07700 900102", "graham.pearson@example.com", "Wellis", "Kilimanjaro", "Bronze", "2024-09-01", "Card"),
    Cu("AC-103", "Rob & Sian Dawson", "12 Chart Road", "Ashford", "TN23 3HS", "07700 900103", "dawsons@example.com", "Lay-Z-Spa", "Helsinki (inflatable)", "Silver", "2024-03-01", "Card"),
    Cu("AC-104", "Ellie Dawes", "7 Joy Lane", "Whitstable", "CT5 4LT", "07700 900104", "ellie.dawes@example.com", "Canadian Spa Co", "Okanagan", "Silver", "2024-06-01", "Direct debit"),
    Cu("AC-105", "Femi Adebayo", "33 Canterbury Road", "Ashford", "TN24 8JD", "07700 900105", "femi.adebayo@example.com", "Jacuzzi", "J-275", "Gold", "2023-11-01", "Direct debit"),
    Cu("AC-106", "The Willows Holiday Lodges", "Faversham Road, Kennington", "Ashford", "TN25 4PQ", "01233 900106", "bookings@willowslodges.example.com", "Wellis", "Everest ×4", "Gold", "2024-01-01", "Invoice", "Four tubs — lodges 1 to 4"),
    Cu("AC-107", "Karen Mills", "18 Bybrook Road", "Ashford", "TN24 9JB", "07700 900107", "karen.mills@example.com", "Canadian Spa Co", "Vancouver", "Bronze", "2024-07-01", "Card"),
    Cu("AC-108", "Paul & Dee Harrington", "2 Whitstable Road", "Canterbury", "CT2 8DL", "07700 900108", "harringtons@example.com", "Hydropool", "Serenity 4", "Silver", "2024-02-01", "Direct debit"),
    Cu("AC-109", "Stour Valley Glamping", "Mill Lane, Chartham", "Canterbury", "CT4 7LB", "01227 900109", "hello@stourglamping.example.com", "Wellis", "Kilimanjaro ×2", "Gold", "2023-04-01", "Invoice"),
    Cu("AC-110", "Jon Beattie", "9 Shorncliffe Crescent", "Folkestone", "CT20 3PP", "07700 900110", "jon.beattie@example.com", "Lay-Z-Spa", "Milan (inflatable)", "None", "", "Card"),
    Cu("AC-111", "Amira Saleh", "41 Seabrook Road", "Hythe", "CT21 5QA", "07700 900111", "amira.saleh@example.com", "Jacuzzi", "J-235", "Silver", "2024-08-01", "Direct debit"),
    Cu("AC-112", "Trevor Nash", "6 Ormonde Road", "Hythe", "CT21 6DW", "07700 900112", "trevor.nash@example.com", "Hydropool", "Serenity 5", "Bronze", "2024-10-01", "Card"),
    Cu("AC-113", "Lucy Grainger", "15 Island Wall", "Whitstable", "CT5 1EP", "07700 900113", "lucy.grainger@example.com", "Jacuzzi", "J-495", "Gold", "2024-04-01", "Direct debit"),
    Cu("AC-114", "Ben & Holly Carter", "27 Coolinge Lane", "Folkestone", "CT20 3QT", "07700 900114", "carters@example.com", "Canadian Spa Co", "Whistler", "Silver", "2024-05-01", "Card"),
    Cu("AC-115", "Sandra Poole", "3 Bridge Street", "Wye", "TN25 5EA", "07700 900115", "sandra.poole@example.com", "Wellis", "Peak", "Silver", "2024-09-01", "Direct debit"),
    Cu("AC-116", "Marcus Reid", "88 St Dunstan's Street", "Canterbury", "CT2 8BN", "07700 900116", "marcus.reid@example.com", "Lay-Z-Spa", "Maldives (inflatable)", "None", "", "Card"),
    Cu("AC-117", "Oast House B&B", "Oast House, Great Chart", "Ashford", "TN23 3BZ", "01233 900117", "stay@oasthousebb.example.com", "Hydropool", "Serenity 6", "Silver", "2023-09-01", "Invoice"),
    Cu("AC-118", "Priya Kaur", "5 Sotherton, Kennington", "Ashford", "TN24 9QR", "07700 900118", "priya.kaur@example.com", "Jacuzzi", "J-315", "Bronze", "2024-11-01", "Direct debit")
  ];
  var settings = {
    plans: [
      { name: "Bronze", monthly: 19.5, servicesPerYear: 2, freeCallouts: 0, chemicals: false },
      { name: "Silver", monthly: 27.5, servicesPerYear: 4, freeCallouts: 0, chemicals: true },
      { name: "Gold", monthly: 37.5, servicesPerYear: 6, freeCallouts: 2, chemicals: true }
    ],
    calloutFee: 85, urgentSurcharge: 30, drainRefill: 95, coverReplacement: 420
  };
  var Jb = function (id, cu, type, date, slot, tech, status, charge, fault, priority) { return { id: id, customer: cu, type: type, date: date, slot: slot, tech: tech, priority: priority || "Normal", status: status, fault: fault || "", charge: charge || 0, cancelReason: "", notes: "" }; };
  var jobs = [
    Jb("J-7690", "AC-103", "Service", "2025-01-20", "AM", "Nathan Cole", "Completed"),
    Jb("J-7691", "AC-105", "Callout", "2025-01-28", "PM", "Nathan Cole", "Completed", 0, "Topside display blank after power cut"),
    Jb("J-7692", "AC-114", "Callout", "2025-01-30", "AM", "Liam Foster", "Completed", 85, "Heater tripping the RCD"),
    Jb("J-7693", "AC-116", "Service", "2025-02-03", "AM", "Kirsty Doyle", "Cancelled"),
    Jb("J-7701", "AC-113", "Service", "2025-02-06", "AM", "Kirsty Doyle", "Completed"),
    Jb("J-7702", "AC-114", "Service", "2025-02-06", "AM", "Liam Foster", "Completed"),
    Jb("J-7703", "AC-102", "Callout", "2025-02-06", "PM", "Nathan Cole", "Scheduled", 85, "Jets weak and pump noisy"),
    Jb("J-7704", "AC-108", "Service", "2025-02-06", "PM", "Kirsty Doyle", "Scheduled"),
    Jb("J-7705", "AC-115", "Service", "2025-02-07", "AM", "Nathan Cole", "Scheduled"),
    Jb("J-7706", "AC-111", "Drain & refill", "2025-02-07", "AM", "Liam Foster", "Scheduled", 0),
    Jb("J-7707", "AC-116", "Callout", "2025-02-07", "PM", "Kirsty Doyle", "Scheduled", 85, "Cover lifter arm snapped"),
    Jb("J-7708", "AC-105", "Service", "2025-02-10", "AM", "Nathan Cole", "Scheduled"),
    Jb("J-7709", "AC-106", "Drain & refill", "2025-02-10", "AM", "Nathan Cole", "Scheduled", 0),
    Jb("J-7710", "AC-107", "Service", "2025-02-10", "PM", "Nathan Cole", "Scheduled"),
    Jb("J-7711", "AC-101", "Service", "2025-02-10", "PM", "Nathan Cole", "Scheduled"),
    Jb("J-7712", "AC-109", "Service", "2025-02-10", "AM", "Kirsty Doyle", "Scheduled"),
    Jb("J-7713", "AC-112", "Service", "2025-02-10", "PM", "Liam Foster", "Scheduled"),
    Jb("J-7714", "AC-118", "Service", "2025-02-11", "AM", "Nathan Cole", "Scheduled"),
    Jb("J-7715", "AC-104", "Service", "2025-02-11", "PM", "Kirsty Doyle", "Scheduled"),
    Jb("J-7716", "AC-117", "Service", "2025-02-12", "AM", "Nathan Cole", "Scheduled"),
    Jb("J-7717", "AC-110", "Cover replacement", "2025-02-12", "PM", "Liam Foster", "Scheduled", 420),
    Jb("J-7718", "AC-103", "Service", "2025-02-18", "AM", "Nathan Cole", "Scheduled")
  ];
  jobs[3].cancelReason = "Customer away";
  jobs[9].notes = "Customer on Silver plan — chemicals included";

  var S = window.state = { today: TODAY, customers: customers, jobs: jobs, settings: settings,
    ui: { view: "jobs", when: "All upcoming", day: "", area: "All areas", tech: "All technicians", type: "All types", sel: [], cq: "", cust: "", ctab: "contact" } };
  var nextJob = 7719;

  /* ---------- helpers ---------- */
  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function weekStart(d) { var t = dd(d), w = (t.getUTCDay() + 6) % 7; return addDays(d, -w); }
  function money(n) { return "£" + (+n).toFixed(2); }
  function cust(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function job(id) { return S.jobs.find(function (j) { return j.id === id; }); }
  function plan(name) { return S.settings.plans.find(function (p) { return p.name === name; }); }
  function slotName(s) { return s === "AM" ? "Morning" : "Afternoon"; }
  function badge(s) { return '<span class="badge b-' + s.replace(/\s/g, "") + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function radio(name, root) { var r = (root || overlay).querySelector("input[name=" + name + "]:checked"); return r ? r.value : ""; }
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
  function openModal(title, body, buttons, foot) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button class="close" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer>" + (foot || "") + "</footer></div>";
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
    document.getElementById("crumb").textContent = "Back office / " + { jobs: "Jobs", customers: "Customers", settings: "Plans & pricing" }[S.ui.view];
    ({ jobs: renderJobs, customers: renderCustomers, settings: renderSettings })[S.ui.view]();
  }

  /* ---------- Jobs ---------- */
  function visibleJobs() {
    var w = S.ui.when, ws = weekStart(TODAY);
    return S.jobs.filter(function (j) {
      if (S.ui.day) { if (j.date !== S.ui.day) return false; }
      else {
        if (w === "Today" && j.date !== TODAY) return false;
        if (w === "Tomorrow" && j.date !== addDays(TODAY, 1)) return false;
        if (w === "This week" && (j.date < ws || j.date > addDays(ws, 6))) return false;
        if (w === "Next week" && (j.date < addDays(ws, 7) || j.date > addDays(ws, 13))) return false;
        if (w === "All upcoming" && j.date < TODAY) return false;
        if (w === "Past" && j.date >= TODAY) return false;
      }
      if (S.ui.area !== "All areas" && cust(j.customer).area !== S.ui.area) return false;
      if (S.ui.tech !== "All technicians" && j.tech !== S.ui.tech) return false;
      if (S.ui.type !== "All types" && j.type !== S.ui.type) return false;
      return true;
    }).sort(function (a, b) { return (a.date + a.slot + a.tech) < (b.date + b.slot + b.tech) ? -1 : 1; });
  }
  function renderJobs() {
    var list = visibleJobs(), sel = S.ui.sel;
    var h = '<div class="bar"><h1>Jobs</h1><span class="sp"></span><button class="btn pri" data-act="newjob">+ New job</button></div>' +
      '<div class="bar"><select id="f-when" aria-label="When"' + (S.ui.day ? " disabled" : "") + ">" + opts(["Today", "Tomorrow", "This week", "Next week", "All upcoming", "Past", "All jobs"], S.ui.when) + "</select>" +
      '<label class="chk muted">On date <input type="date" id="f-day" aria-label="On date" value="' + S.ui.day + '"></label>' +
      '<select id="f-area" aria-label="Area">' + opts(["All areas"].concat(AREAS), S.ui.area) + "</select>" +
      '<select id="f-tech" aria-label="Technician">' + opts(["All technicians"].concat(TECHS.map(function (t) { return t.name; })), S.ui.tech) + "</select>" +
      '<select id="f-type" aria-label="Job type">' + opts(["All types"].concat(TYPES), S.ui.type) + "</select>" +
      '<span class="sp"></span><span class="muted">' + list.length + " job" + (list.length === 1 ? "" : "s") + "</span></div>";
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkmove">Reschedule…</button><button class="btn sm" data-act="bulktech">Reassign…</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear selection</button></div>';
    if (!list.length) { view.innerHTML = h + '<div class="empty">No jobs match these filters.</div>'; bindJobs(); return; }
    var all = list.every(function (j) { return sel.indexOf(j.id) >= 0; });
    h += '<table class="tbl"><thead><tr><th style="width:32px"><input type="checkbox" id="selall" aria-label="Select all shown"' + (all ? " checked" : "") + '></th><th>When</th><th>Customer</th><th>Area</th><th>Job</th><th>Technician</th><th>Charge</th><th>Status</th><th></th></tr></thead><tbody>' + list.map(function (j) {
      var c = cust(j.customer), on = sel.indexOf(j.id) >= 0;
      return '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + j.id + '" aria-label="Select ' + j.id + '"' + (on ? " checked" : "") + "></td><td><b>" + fmt(j.date) + '</b><div class="muted">' + slotName(j.slot) + "</div></td><td>" + esc(c.name) + '<div class="muted">' + esc(c.address) + "</div></td><td>" + c.area + "</td><td>" + esc(j.type) + (j.priority === "Urgent" ? " " + badge("Urgent") : "") + '<div class="muted">' + j.id + (j.fault ? " · " + esc(j.fault) : "") + "</div></td><td>" + esc(j.tech) + "</td><td>" + (j.charge ? money(j.charge) : '<span class="muted">Covered</span>') + "</td><td>" + badge(j.status) +
        '</td><td><button class="kebab" data-act="jmenu" data-id="' + j.id + '" aria-label="Actions for ' + j.id + '" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") + "</tbody></table>";
    view.innerHTML = h; bindJobs();
  }
  function bindJobs() {
    [["f-when", "when"], ["f-area", "area"], ["f-tech", "tech"], ["f-type", "type"]].forEach(function (p) { document.getElementById(p[0]).addEventListener("change", function (e) { S.ui[p[1]] = e.target.value; render(); }); });
    document.getElementById("f-day").addEventListener("change", function (e) { S.ui.day = e.target.value; render(); });
    var sa = document.getElementById("selall");
    if (sa) sa.addEventListener("change", function () { var ids = visibleJobs().map(function (j) { return j.id; }); if (sa.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function jobMenu(btn, j) {
    var open = j.status === "Scheduled";
    showMenu(btn, [
      { label: "Mark completed", disabled: !open || j.date > TODAY, fn: function () { j.status = "Completed"; toast(j.id + " completed"); render(); } },
      { label: "Reschedule…", disabled: !open, fn: function () { moveDlg([j.id]); } },
      { label: "Reassign…", disabled: !open, fn: function () { techDlg([j.id]); } },
      { label: "Edit notes…", fn: function () { openModal("Notes — " + j.id, '<div class="fld"><label class="l" for="jn">Job notes</label><textarea id="jn" rows="3">' + esc(j.notes) + "</textarea></div>", [{ label: "Cancel" }, { label: "Save notes", cls: "pri", fn: function () { j.notes = val("jn"); toast("Notes saved"); render(); } }]); } },
      { label: "Cancel job…", red: true, disabled: !open, fn: function () { cancelDlg(j); } }
    ]);
  }
  function moveDlg(ids) {
    var bad = ids.map(job).filter(function (j) { return j.status !== "Scheduled"; });
    if (bad.length) { toast("Only scheduled jobs can be moved — " + bad.map(function (j) { return j.id; }).join(", ") + " can't."); return; }
    openModal(ids.length === 1 ? "Reschedule " + ids[0] : "Reschedule " + ids.length + " jobs", "<p>" + ids.map(function (id) { var j = job(id); return esc(j.id + " · " + cust(j.customer).name + " · " + fmt(j.date) + " " + slotName(j.slot).toLowerCase()); }).join("<br>") + '</p><p class="muted">Each job keeps its time of day and technician.</p>' +
      '<div class="fld"><label class="l" for="mv-d">New date</label><input type="date" id="mv-d" min="' + TODAY + '"></div><div class="fld"><label class="chk"><input type="checkbox" id="mv-txt" checked> Text the customers about the change</label></div><div class="err" id="mv-err"></div>',
      [{ label: "Cancel" }, { label: "Move jobs", cls: "pri", fn: function () {
        var d = val("mv-d"); if (!d || d < TODAY) return fail("mv-err", "Choose a date from today onwards.");
        if (dd(d).getUTCDay() === 0) return fail("mv-err", "We don't work Sundays.");
        ids.forEach(function (id) { job(id).date = d; }); S.ui.sel = []; toast(ids.length + " job" + (ids.length === 1 ? "" : "s") + " moved to " + fmt(d)); render();
      } }]);
  }
  function techDlg(ids) {
    openModal("Reassign " + (ids.length === 1 ? ids[0] : ids.length + " jobs"), '<div class="fld"><label class="l" for="rt-t">Technician</label><select id="rt-t"><option value="">— choose —</option>' + opts(TECHS.map(function (t) { return [t.name, t.name + " (" + t.areas.join(", ") + ")"]; }), "") + '</select></div><div class="err" id="rt-err"></div>',
      [{ label: "Cancel" }, { label: "Reassign", cls: "pri", fn: function () { var t = val("rt-t"); if (!t) return fail("rt-err", "Choose a technician."); ids.forEach(function (id) { job(id).tech = t; }); S.ui.sel = []; toast("Reassigned to " + t); render(); } }]);
  }
  function cancelDlg(j) {
    openModal("Cancel " + j.id, "<p>" + esc(cust(j.customer).name) + " — " + esc(j.type) + ", " + fmt(j.date) + '</p><div class="fld"><label class="l" for="cj-r">Reason</label><select id="cj-r"><option value="">— choose —</option>' + opts(["Customer away", "Customer cancelled", "Technician unavailable", "Weather", "No access", "Other"], "") + '</select></div><div class="err" id="cj-err"></div>',
      [{ label: "Keep job" }, { label: "Cancel job", cls: "danger", fn: function () { var r = val("cj-r"); if (!r) return fail("cj-err", "Choose a reason."); j.status = "Cancelled"; j.cancelReason = r; toast(j.id + " cancelled"); render(); } }]);
  }
  function calloutsUsed(cid) { return S.jobs.filter(function (j) { return j.customer === cid && j.type === "Callout" && j.status !== "Cancelled" && j.charge === 0 && j.date.slice(0, 4) === TODAY.slice(0, 4); }).length; }
  function chargeFor(cid, type, pri) {
    var c = cust(cid), p = c ? plan(c.plan) : null, s = S.settings;
    if (type === "Service") return p ? 0 : 75;
    if (type === "Drain & refill") return p && p.chemicals ? 0 : s.drainRefill;
    if (type === "Cover replacement") return s.coverReplacement;
    if (p && calloutsUsed(cid) < p.freeCallouts) return 0;
    return s.calloutFee + (pri === "Urgent" ? s.urgentSurcharge : 0);
  }
  function newJobDlg(cid) {
    var md = openModal("New job",
      '<div class="fld"><label class="l" for="nj-c">Customer</label><select id="nj-c"><option value="">— choose customer —</option>' + opts(S.customers.slice().sort(function (a, b) { return a.name.replace(/^(Mrs|Mr|Ms|Dr) /, "").localeCompare(b.name.replace(/^(Mrs|Mr|Ms|Dr) /, "")); }).map(function (c) { return [c.id, c.name + " — " + c.address + ", " + c.area]; }), cid || "") + "</select></div>" +
      '<div class="two"><div class="fld"><label class="l" for="nj-t">Job type</label><select id="nj-t">' + opts(TYPES, "Service") + '</select></div><div class="fld"><label class="l" for="nj-d">Date</label><input type="date" id="nj-d" min="' + TODAY + '"></div></div>' +
      '<div class="fld"><span class="l">Time of day</span><div class="radios" role="radiogroup" aria-label="Time of day">' + SLOTS.map(function (s) { return '<label><input type="radio" name="nj-s" value="' + s[0] + '"> ' + s[1] + "</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="nj-tech">Technician</label><select id="nj-tech"><option value="">— choose —</option>' + opts(TECHS.map(function (t) { return [t.name, t.name + " (" + t.areas.join(", ") + ")"]; }), "") + '</select></div><div class="fld"><span class="l">Priority</span><div class="radios" role="radiogroup" aria-label="Priority"><label><input type="radio" name="nj-p" value="Normal" checked> Normal</label><label><input type="radio" name="nj-p" value="Urgent"> Urgent</label></div></div></div>' +
      '<div class="fld"><label class="l" for="nj-f">Fault description</label><textarea id="nj-f" rows="2" placeholder="What the customer is seeing — error codes, symptoms"></textarea></div>' +
      '<div class="fld"><label class="l" for="nj-n">Notes for the technician</label><textarea id="nj-n" rows="2"></textarea></div><div class="err" id="nj-err"></div>',
      [{ label: "Cancel" }, { label: "Book job", cls: "pri", fn: function () {
        var c = val("nj-c"), t = val("nj-t"), d = val("nj-d"), s = radio("nj-s"), tech = val("nj-tech"), p = radio("nj-p"), f = val("nj-f");
        if (!c) return fail("nj-err", "Choose the customer.");
        if (!d || d < TODAY) return fail("nj-err", "Choose a date from today onwards.");
        if (!s) return fail("nj-err", "Choose morning or afternoon.");
        if (!tech) return fail("nj-err", "Choose a technician.");
        if (t === "Callout" && !f) return fail("nj-err", "Describe the fault for a callout.");
        var j = Jb("J-" + nextJob++, c, t, d, s, tech, "Scheduled", chargeFor(c, t, p), f, p); j.notes = val("nj-n");
        S.jobs.push(j); toast(t + " booked for " + fmt(d) + " — " + (j.charge ? money(j.charge) : "covered by plan")); render();
      } }], '<span id="nj-charge" class="muted" style="flex:1"></span>');
    function upd() {
      var c = val("nj-c"), el = document.getElementById("nj-charge"); if (!c) { el.textContent = ""; return; }
      var ch = chargeFor(c, val("nj-t"), radio("nj-p")), cu = cust(c), tt = TECHS.find(function (x) { return x.areas.indexOf(cu.area) >= 0; });
      el.textContent = "Charge: " + (ch ? money(ch) : "covered by " + cu.plan + " plan") + " · " + cu.area + " is covered by " + tt.name;
    }
    ["nj-c", "nj-t"].forEach(function (id) { document.getElementById(id).addEventListener("change", upd); });
    md.querySelectorAll("input[name=nj-p]").forEach(function (r) { r.addEventListener("change", upd); });
    upd();
  }

  /* ---------- Customers ---------- */
  function renderCustomers() {
    var q = S.ui.cq.trim().toLowerCase(), cur = S.ui.cust ? cust(S.ui.cust) : null;
    var list = S.customers.filter(function (c) { return !q || (c.name + " " + c.address + " " + c.area + " " + c.postcode + " " + c.tubMake).toLowerCase().indexOf(q) >= 0; }).sort(function (a, b) { return a.name.replace(/^(Mrs|Mr|Ms|Dr) /, "").localeCompare(b.name.replace(/^(Mrs|Mr|Ms|Dr) /, "")); });
    var h = '<div class="bar"><h1>Customers</h1><span class="sp"></span><input type="search" id="cq" placeholder="Search name, address, area…" aria-label="Search customers" style="width:250px" value="' + esc(S.ui.cq) + '"></div>';
    var tbl = '<table class="tbl"><thead><tr><th>Customer</th><th>Area</th>' + (cur ? "" : "<th>Hot tub</th><th>Pays by</th>") + "<th>Plan</th></tr></thead><tbody>" + list.map(function (c) {
      return '<tr class="' + (cur && cur.id === c.id ? "cur" : "") + '"><td><button class="link" data-act="opencust" data-id="' + c.id + '">' + esc(c.name) + '</button><div class="muted">' + esc(c.address) + "</div></td><td>" + c.area + "</td>" + (cur ? "" : "<td>" + esc(c.tubMake + " " + c.tubModel) + "</td><td>" + c.payMethod + "</td>") + "<td>" + badge(c.plan) + "</td></tr>";
    }).join("") + "</tbody></table>";
    view.innerHTML = h + (cur ? '<div class="split"><div>' + tbl + "</div>" + custPanel(cur) + "</div>" : tbl);
    var cq = document.getElementById("cq");
    cq.addEventListener("input", function () { S.ui.cq = cq.value; var pos = cq.selectionStart; render(); var n = document.getElementById("cq"); n.focus(); n.setSelectionRange(pos, pos); });
    var sp = document.getElementById("pl-save");
    if (sp) sp.addEventListener("click", function () {
      var pl = radio("pl-plan", view), st = val("pl-start"), pm = val("pl-pay");
      if (pl !== "None" && !st) { document.getElementById("pl-err").textContent = "Choose when the plan starts."; return; }
      cur.plan = pl; cur.planStart = pl === "None" ? "" : st; cur.payMethod = pm;
      toast(cur.name + ": " + (pl === "None" ? "no plan" : pl + " plan from " + fmtY(st)) + ", paying by " + pm.toLowerCase()); render();
    });
  }
  function custPanel(c) {
    var t = S.ui.ctab, hist = S.jobs.filter(function (j) { return j.customer === c.id; }).sort(function (a, b) { return a.date < b.date ? 1 : -1; });
    var h = '<aside class="panel" aria-label="Customer details"><div class="hd"><div><h2>' + esc(c.name) + '</h2><div class="muted">' + c.id + '</div></div><button class="close" data-act="closecust" aria-label="Close customer details">×</button></div>' +
      '<div class="tabs" role="tablist">' + [["contact", "Contact"], ["tub", "Hot tub & jobs"], ["plan", "Plan & billing"]].map(function (x) { return '<button role="tab" data-act="ctab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + '</div><div role="tabpanel">';
    if (t === "contact") h += '<dl class="kv"><dt>Address</dt><dd>' + esc(c.address) + "<br>" + esc(c.area) + " " + esc(c.postcode) + "</dd><dt>Phone</dt><dd>" + esc(c.phone) + "</dd><dt>Email</dt><dd>" + esc(c.email) + "</dd><dt>Notes</dt><dd>" + (c.notes ? esc(c.notes) : '<span class="muted">—</span>') + '</dd></dl><div style="margin-top:12px"><button class="btn" data-act="jobfor" data-id="' + c.id + '">+ New job for this customer</button></div>';
    else if (t === "tub") h += '<dl class="kv"><dt>Hot tub</dt><dd>' + esc(c.tubMake + " " + c.tubModel) + "</dd></dl><h2 style=\"margin:12px 0 6px\">Jobs</h2>" + (hist.length ? '<table class="tbl"><tbody>' + hist.map(function (j) { return "<tr><td>" + fmtY(j.date) + '<div class="muted">' + esc(j.type) + " · " + esc(j.tech) + "</div></td><td>" + badge(j.status) + "</td></tr>"; }).join("") + "</tbody></table>" : '<p class="muted">No jobs yet.</p>');
    else {
      h += '<div class="fld"><span class="l">Care plan</span><div class="radios" role="radiogroup" aria-label="Care plan">' + ["None", "Bronze", "Silver", "Gold"].map(function (p) { var pp = plan(p); return '<label><input type="radio" name="pl-plan" value="' + p + '"' + (c.plan === p ? " checked" : "") + "> " + (p === "None" ? "No plan" : p + " (£" + pp.monthly.toFixed(2) + "/mo)") + "</label>"; }).join("") + "</div></div>" +
        '<div class="two"><div class="fld"><label class="l" for="pl-start">Plan starts</label><input type="date" id="pl-start" value="' + c.planStart + '"></div><div class="fld"><label class="l" for="pl-pay">Payment method</label><select id="pl-pay">' + opts(["Card", "Direct debit", "Invoice"], c.payMethod) + '</select></div></div><div class="err" id="pl-err"></div><button class="btn pri" id="pl-save" type="button">Save plan</button>';
    }
    return h + "</div></aside>";
  }

  /* ---------- Settings ---------- */
  function renderSettings() {
    var s = S.settings;
    view.innerHTML = '<div class="bar"><h1>Plans &amp; pricing</h1></div><div class="settings"><section aria-label="Care plans"><h2>Care plans</h2><p class="muted">Changes apply to every customer on the plan from their next monthly payment.</p>' +
      '<table class="tbl plans"><thead><tr><th>Plan</th><th>Monthly price (£)</th><th>Services per year</th><th>Free callouts per year</th><th>Chemicals included</th></tr></thead><tbody>' + s.plans.map(function (p, i) {
        return "<tr><td><b>" + p.name + '</b></td><td><input type="number" step="0.5" min="0" data-pi="' + i + '" data-k="monthly" aria-label="' + p.name + ' monthly price (£)" value="' + p.monthly + '"></td><td><input type="number" min="0" data-pi="' + i + '" data-k="servicesPerYear" aria-label="' + p.name + ' services per year" value="' + p.servicesPerYear + '"></td><td><input type="number" min="0" data-pi="' + i + '" data-k="freeCallouts" aria-label="' + p.name + ' free callouts per year" value="' + p.freeCallouts + '"></td><td><input type="checkbox" data-pi="' + i + '" data-k="chemicals" aria-label="' + p.name + ' chemicals included"' + (p.chemicals ? " checked" : "") + "></td></tr>";
      }).join("") + "</tbody></table></section>" +
      '<section aria-label="One-off charges"><h2>One-off charges</h2><div class="two" style="max-width:560px"><div class="fld"><label class="l" for="st-co">Standard callout fee (£)</label><input type="number" id="st-co" min="0" value="' + s.calloutFee + '"></div><div class="fld"><label class="l" for="st-ur">Urgent (next-day) surcharge (£)</label><input type="number" id="st-ur" min="0" value="' + s.urgentSurcharge + '"></div><div class="fld"><label class="l" for="st-dr">Drain &amp; refill, no plan (£)</label><input type="number" id="st-dr" min="0" value="' + s.drainRefill + '"></div><div class="fld"><label class="l" for="st-cv">Cover replacement (£)</label><input type="number" id="st-cv" min="0" value="' + s.coverReplacement + '"></div></div></section>' +
      '<div class="err" id="st-err"></div><button class="btn pri" type="button" data-act="savesettings">Save changes</button></div>';
  }
  function saveSettings() {
    var bad = false, np = S.settings.plans.map(function (p) { return Object.assign({}, p); });
    view.querySelectorAll("[data-pi]").forEach(function (el) { var p = np[+el.dataset.pi], k = el.dataset.k; if (k === "chemicals") p[k] = el.checked; else { if (el.value === "" || isNaN(+el.value) || +el.value < 0) bad = true; p[k] = +el.value; } });
    var g = ["st-co", "st-ur", "st-dr", "st-cv"].map(function (id) { return val(id); });
    if (bad || g.some(function (x) { return x === "" || isNaN(+x) || +x < 0; })) { document.getElementById("st-err").textContent = "Every price and count needs a number of 0 or more."; return; }
    np.forEach(function (p, i) { Object.assign(S.settings.plans[i], p); });
    S.settings.calloutFee = +g[0]; S.settings.urgentSurcharge = +g[1]; S.settings.drainRefill = +g[2]; S.settings.coverReplacement = +g[3];
    toast("Plans and pricing saved"); render();
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "jmenu") { e.stopPropagation(); jobMenu(t, job(t.dataset.id)); }
    else if (a === "newjob") newJobDlg("");
    else if (a === "jobfor") newJobDlg(t.dataset.id);
    else if (a === "bulkmove") moveDlg(S.ui.sel.slice());
    else if (a === "bulktech") techDlg(S.ui.sel.slice());
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "opencust") { S.ui.cust = t.dataset.id; S.ui.ctab = "contact"; render(); }
    else if (a === "closecust") { S.ui.cust = ""; render(); }
    else if (a === "ctab") { S.ui.ctab = t.dataset.tab; render(); }
    else if (a === "savesettings") saveSettings();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
