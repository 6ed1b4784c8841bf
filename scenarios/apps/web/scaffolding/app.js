(function () {
  "use strict";
  var TODAY = "2025-06-04";
  var CREWS = [
    { id: "A", name: "Crew A", lead: "Darren Cole", men: 3, van: "YX21 KLM" },
    { id: "B", name: "Crew B", lead: "Marek Nowak", men: 3, van: "YX70 DPA" },
    { id: "C", name: "Crew C", lead: "Lee Parsons", men: 4, van: "YR19 BNV" }
  ];
  var INSPECTORS = ["Gary Whitlock", "Darren Cole", "Marek Nowak", "Lee Parsons"];
  var J = function (id, client, site, town, pc, type, lifts, start, end, rate, status, crew, insp, notes) {
    return { id: id, client: client, site: site, town: town, postcode: pc, type: type, lifts: lifts, start: start, hireEnd: end, weeklyRate: rate, status: status, crew: crew, inspectionDue: insp, notes: notes || "", cancelReason: "", cancelNote: "" };
  };
  var jobs = [
    J("SJ-4401", "Harlow Homes Ltd", "14–18 Ashby Road", "Loughborough", "LE11 3AB", "Access", 3, "2025-04-22", "2025-06-13", 420, "Erected", "A", "2025-06-06", "Terrace re-point, 3 houses"),
    J("SJ-4402", "Mr & Mrs Patel", "27 Forest Road", "Loughborough", "LE11 3NP", "Chimney stack", 2, "2025-05-20", "2025-06-10", 180, "Erected", "B", "2025-06-05"),
    J("SJ-4403", "Bell & Sons Builders", "Mill Farm Barn, Quorn Lane", "Quorn", "LE12 8BD", "Temporary roof", 4, "2025-06-16", "2025-08-15", 960, "Booked", "C", "", "Barn conversion — subject to planning"),
    J("SJ-4404", "Bell & Sons Builders", "Mill Farm Cottage, Quorn Lane", "Quorn", "LE12 8BD", "Access", 2, "2025-06-09", "2025-07-04", 260, "Booked", "", ""),
    J("SJ-4405", "Charnwood Roofing", "12 Chapel Street", "Shepshed", "LE12 9AG", "Access", 2, "2025-05-27", "2025-06-20", 240, "Erected", "A", "2025-06-03"),
    J("SJ-4406", "St Bartholomew's PCC", "St Bartholomew's Church, Church Lane", "Quorn", "LE12 8AJ", "Birdcage", 5, "2025-05-06", "2025-07-25", 1150, "Erected", "C", "2025-06-10", "Nave ceiling repairs"),
    J("SJ-4407", "Harlow Homes Ltd", "3 Chapel Street", "Loughborough", "LE11 1BZ", "Access", 3, "2025-05-12", "2025-06-27", 310, "Erected", "B", "2025-06-09"),
    J("SJ-4408", "Midland Lofts", "9 Park Avenue", "Loughborough", "LE11 2EX", "Access", 2, "2025-06-09", "2025-06-30", 220, "Booked", "", "", "Dormer loft conversion"),
    J("SJ-4409", "K. Whitmore", "Rose Cottage, Main Street", "Woodhouse Eaves", "LE12 8RZ", "Chimney stack", 2, "2025-06-11", "2025-06-25", 160, "Booked", "", ""),
    J("SJ-4410", "Soar Valley Developments", "Plot 7, Meadow Way", "Barrow upon Soar", "LE12 8LN", "Access", 3, "2025-06-12", "2025-07-18", 380, "Booked", "A", ""),
    J("SJ-4411", "Mrs J. Okafor", "5 Beacon Road", "Loughborough", "LE11 2BG", "Chimney stack", 2, "2025-06-10", "2025-06-24", 170, "Quoted", "", ""),
    J("SJ-4412", "Charnwood Roofing", "Unit 4, Belton Road Ind. Est.", "Loughborough", "LE11 5XL", "Temporary roof", 3, "2025-04-14", "2025-06-06", 740, "Dismantle booked", "C", "2025-06-05"),
    J("SJ-4413", "Ellis Decorators", "22 Ashby Road", "Loughborough", "LE11 3AA", "Access", 2, "2025-05-19", "2025-06-13", 200, "Erected", "B", "2025-06-07"),
    J("SJ-4414", "Quorn Village Hall Trust", "Village Hall, Station Road", "Quorn", "LE12 8BP", "Access", 2, "2025-06-23", "2025-07-11", 250, "Quoted", "", ""),
    J("SJ-4415", "Mr D. Singh", "8 Nanpantan Road", "Loughborough", "LE11 3ST", "Access", 2, "2025-04-28", "2025-05-23", 190, "Struck", "A", ""),
    J("SJ-4416", "Hathern Motors", "Hathern Motors, Derby Road", "Hathern", "LE12 5LD", "Access", 2, "2025-06-10", "2025-06-20", 210, "Booked", "", "")
  ];
  var I = function (id, job, date, insp, result, tag, notes, next) { return { id: id, job: job, date: date, inspector: insp, result: result, tag: tag, notes: notes, nextDue: next }; };
  var inspections = [
    I("IN-2051", "SJ-4401", "2025-05-30", "Gary Whitlock", "Pass", "Green", "", "2025-06-06"),
    I("IN-2052", "SJ-4402", "2025-05-29", "Gary Whitlock", "Pass", "Green", "", "2025-06-05"),
    I("IN-2053", "SJ-4405", "2025-05-27", "Darren Cole", "Pass", "Green", "Handover inspection", "2025-06-03"),
    I("IN-2054", "SJ-4406", "2025-06-03", "Gary Whitlock", "Pass with advisories", "Green", "Brick guards on lift 4 loose — tightened", "2025-06-10"),
    I("IN-2055", "SJ-4407", "2025-06-02", "Gary Whitlock", "Pass", "Green", "", "2025-06-09"),
    I("IN-2056", "SJ-4412", "2025-05-29", "Lee Parsons", "Pass", "Green", "", "2025-06-05"),
    I("IN-2057", "SJ-4413", "2025-05-31", "Marek Nowak", "Pass", "Green", "", "2025-06-07")
  ];
  var settings = { inspectionIntervalDays: 7, hireReminderDays: 5, emailClientOnExtension: true, vatRate: 20, minimumHireWeeks: 2 };
  var S = window.state = { today: TODAY, jobs: jobs, inspections: inspections, crews: CREWS, settings: settings, log: [],
    ui: { view: "jobs", q: "", status: "Any status", starts: "Any time", crew: "Any crew", sel: [], drawer: null, tab: "overview" } };
  var nextInsp = 2058, nextJob = 4417;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay"), drawer = document.getElementById("drawer");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function days(a, b) { return Math.round((dd(b) - dd(a)) / 86400000); }
  function money(n) { return "£" + n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function job(id) { return S.jobs.find(function (j) { return j.id === id; }); }
  function crew(id) { return S.crews.find(function (c) { return c.id === id; }); }
  function crewName(id) { var c = crew(id); return c ? c.name + " (" + c.lead + ")" : "Unassigned"; }
  function badge(s) { return '<span class="badge s-' + s.replace(/ /g, "-") + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (v === cur ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function weekStart(d) { var t = dd(d), w = (t.getUTCDay() + 6) % 7; return addDays(d, -w); }

  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; if (it.disabled) b.disabled = true; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(), top = r.bottom + 3;
    if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 3;
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
    document.getElementById("today").textContent = "Today · " + fmt(TODAY) + " 2025";
    document.querySelectorAll("#nav a").forEach(function (a) { a.classList.toggle("on", a.dataset.view === S.ui.view); });
    document.getElementById("title").textContent = { dashboard: "Dashboard", jobs: "Jobs", inspections: "Inspections", crews: "Crews", settings: "Settings" }[S.ui.view];
    ({ dashboard: renderDash, jobs: renderJobs, inspections: renderInsp, crews: renderCrews, settings: renderSettings })[S.ui.view]();
    renderDrawer();
  }

  /* ---------- Dashboard ---------- */
  function renderDash() {
    var up = S.jobs.filter(function (j) { return j.status === "Erected" || j.status === "Dismantle booked"; });
    var due = up.filter(function (j) { return j.inspectionDue && j.inspectionDue <= addDays(TODAY, 2); }).sort(function (a, b) { return a.inspectionDue < b.inspectionDue ? -1 : 1; });
    var ending = up.filter(function (j) { return days(TODAY, j.hireEnd) <= 10; }).sort(function (a, b) { return a.hireEnd < b.hireEnd ? -1 : 1; });
    var ws = addDays(weekStart(TODAY), 7), nw = S.jobs.filter(function (j) { return j.status === "Booked" && j.start >= ws && j.start <= addDays(ws, 6); });
    view.innerHTML = '<div class="kpis"><div class="kpi"><b>' + up.length + '</b><span>scaffolds standing</span></div><div class="kpi"><b>' + due.length + '</b><span>inspections due in 48 h</span></div><div class="kpi"><b>' + nw.length + '</b><span>erections booked next week</span></div><div class="kpi"><b>' + money(up.reduce(function (a, j) { return a + j.weeklyRate; }, 0)) + "</b><span>weekly hire income</span></div></div>" +
      '<div class="cols"><div class="panel"><h3>Inspections due</h3><ul>' + due.map(function (j) { return "<li><span><b>" + j.id + "</b> " + esc(j.site) + ", " + esc(j.town) + '</span><span class="' + (j.inspectionDue < TODAY ? "over" : "") + '">' + (j.inspectionDue < TODAY ? "Overdue · " : "") + fmt(j.inspectionDue) + "</span></li>"; }).join("") + '</ul></div><div class="panel"><h3>Hires ending soon</h3><ul>' + ending.map(function (j) { return "<li><span><b>" + j.id + "</b> " + esc(j.site) + " — " + esc(j.client) + "</span><span>" + fmt(j.hireEnd) + "</span></li>"; }).join("") + "</ul></div></div>";
  }

  /* ---------- Jobs ---------- */
  function startsBucket(j) {
    var ws = weekStart(TODAY);
    if (j.start < ws) return "Started";
    if (j.start <= addDays(ws, 6)) return "This week";
    if (j.start <= addDays(ws, 13)) return "Next week";
    return "Later";
  }
  function visibleJobs() {
    var q = S.ui.q.trim().toLowerCase();
    return S.jobs.filter(function (j) {
      if (S.ui.status !== "Any status" && j.status !== S.ui.status) return false;
      if (S.ui.starts !== "Any time" && startsBucket(j) !== S.ui.starts) return false;
      if (S.ui.crew === "Unassigned" && j.crew) return false;
      if (S.ui.crew !== "Any crew" && S.ui.crew !== "Unassigned" && j.crew !== S.ui.crew) return false;
      if (!q) return true;
      return (j.id + " " + j.client + " " + j.site + " " + j.town + " " + j.postcode + " " + j.type).toLowerCase().indexOf(q) >= 0;
    });
  }
  function renderJobs() {
    var list = visibleJobs(), sel = S.ui.sel;
    var h = '<div class="bar"><input type="search" id="q" placeholder="Search client, site, postcode…" aria-label="Search jobs" style="width:260px" value="' + esc(S.ui.q) + '">' +
      '<select id="f-st" aria-label="Status">' + opts(["Any status", "Quoted", "Booked", "Erected", "Dismantle booked", "Struck", "Cancelled"], S.ui.status) + "</select>" +
      '<select id="f-starts" aria-label="Start date">' + opts([["Any time", "Any start date"], ["Started", "Already started"], ["This week", "Starts this week"], ["Next week", "Starts next week"], ["Later", "Starts later"]], S.ui.starts) + "</select>" +
      '<select id="f-crew" aria-label="Crew">' + opts([["Any crew", "Any crew"], ["Unassigned", "No crew yet"]].concat(S.crews.map(function (c) { return [c.id, c.name + " (" + c.lead + ")"]; })), S.ui.crew) + "</select>" +
      '<span class="sp"></span><button class="btn pri" data-act="newjob">+ New job</button></div>';
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkcrew">Assign crew…</button><button class="btn sm" data-act="bulkconfirm">Send start confirmation</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear</button></div>';
    var all = list.length && list.every(function (j) { return sel.indexOf(j.id) >= 0; });
    h += '<div class="panel"><table class="tbl"><thead><tr><th style="width:32px"><input type="checkbox" id="selall" aria-label="Select all jobs shown"' + (all ? " checked" : "") + '></th><th>Job</th><th>Client / site</th><th>Type</th><th>Start</th><th>Hire ends</th><th>Crew</th><th>Status</th><th></th></tr></thead><tbody>' +
      (list.length ? list.map(function (j) {
        var on = sel.indexOf(j.id) >= 0;
        return '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + j.id + '" aria-label="Select ' + j.id + '"' + (on ? " checked" : "") + '></td><td><button class="jid" data-act="open" data-id="' + j.id + '">' + j.id + "</button></td><td><b>" + esc(j.client) + '</b><div class="muted">' + esc(j.site) + ", " + esc(j.town) + " " + esc(j.postcode) + "</div></td><td>" + j.type + '<div class="muted">' + j.lifts + " lifts</div></td><td>" + fmt(j.start) + "</td><td>" + fmt(j.hireEnd) + "</td><td>" + (j.crew ? crew(j.crew).name : '<span class="muted">—</span>') + "</td><td>" + badge(j.status) + '</td><td><button class="kebab" data-act="jmenu" data-id="' + j.id + '" aria-label="Actions for ' + j.id + '" aria-haspopup="menu">⋯</button></td></tr>';
      }).join("") : '<tr><td colspan="9" class="empty">No jobs match these filters.</td></tr>') + '</tbody></table></div><p class="muted">' + list.length + " of " + S.jobs.length + " jobs</p>";
    view.innerHTML = h;
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-st").addEventListener("change", function (e) { S.ui.status = e.target.value; render(); });
    document.getElementById("f-starts").addEventListener("change", function (e) { S.ui.starts = e.target.value; render(); });
    document.getElementById("f-crew").addEventListener("change", function (e) { S.ui.crew = e.target.value; render(); });
    document.getElementById("selall").addEventListener("change", function (e) { var ids = visibleJobs().map(function (j) { return j.id; }); if (e.target.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function jobMenu(btn, j) {
    var live = j.status === "Erected" || j.status === "Dismantle booked";
    showMenu(btn, [
      { label: "Open job", fn: function () { S.ui.drawer = j.id; S.ui.tab = "overview"; render(); } },
      { label: "Confirm booking", disabled: j.status !== "Quoted", fn: function () { j.status = "Booked"; toast(j.id + " booked"); render(); } },
      { label: "Mark erected", disabled: j.status !== "Booked", fn: function () { j.status = "Erected"; j.inspectionDue = addDays(TODAY, S.settings.inspectionIntervalDays); toast(j.id + " erected"); render(); } },
      { label: "Extend hire…", disabled: !live, fn: function () { extendDlg(j); } },
      { label: "Record inspection…", disabled: !live, fn: function () { inspDlg(j.id); } },
      { label: "Book dismantle", disabled: j.status !== "Erected", fn: function () { j.status = "Dismantle booked"; toast("Dismantle booked for " + j.id); render(); } },
      { label: "Mark struck", disabled: j.status !== "Dismantle booked", fn: function () { j.status = "Struck"; j.inspectionDue = ""; toast(j.id + " struck"); render(); } },
      { label: "Cancel job…", red: true, disabled: !(j.status === "Quoted" || j.status === "Booked"), fn: function () { cancelDlg(j); } }
    ]);
  }
  function extendDlg(j) {
    var md = openModal("Extend hire — " + j.id, '<p><b>' + esc(j.site) + "</b>, " + esc(j.town) + '<br><span class="hint">' + esc(j.client) + " · current hire ends " + fmt(j.hireEnd) + " · " + money(j.weeklyRate) + "/week</span></p>" +
      '<div class="fld"><label class="l" for="ex-d">New hire end date</label><input type="date" id="ex-d" min="' + addDays(j.hireEnd, 1) + '"></div><div class="hint" id="ex-cost">Choose a date to see the extra hire charge.</div>' +
      '<div class="fld" style="margin-top:10px"><label class="chk"><input type="checkbox" id="ex-mail"' + (S.settings.emailClientOnExtension ? " checked" : "") + "> Email the client a hire extension confirmation</label></div><div class=\"err\" id=\"ex-err\"></div>",
      [{ label: "Cancel" }, { label: "Extend hire", cls: "pri", fn: function () {
        var d = val("ex-d"), err = document.getElementById("ex-err");
        if (!d) { err.textContent = "Enter the new end date."; return false; }
        if (d <= j.hireEnd) { err.textContent = "The new date must be after " + fmt(j.hireEnd) + "."; return false; }
        S.log.push({ job: j.id, what: "Hire extended from " + j.hireEnd + " to " + d, email: document.getElementById("ex-mail").checked });
        j.hireEnd = d; toast("Hire on " + j.id + " extended to " + fmt(d)); render();
      } }]);
    md.querySelector("#ex-d").addEventListener("change", function (e) { var d = e.target.value; if (d && d > j.hireEnd) { var w = Math.ceil(days(j.hireEnd, d) / 7); document.getElementById("ex-cost").textContent = "Extra " + w + " week" + (w > 1 ? "s" : "") + " · " + money(w * j.weeklyRate) + " + VAT"; } });
  }
  function cancelDlg(j) {
    openModal("Cancel job " + j.id, '<p>' + esc(j.client) + " — " + esc(j.site) + ", " + esc(j.town) + " (" + j.type.toLowerCase() + ", starts " + fmt(j.start) + ")</p>" +
      '<div class="fld"><label class="l" for="cj-r">Reason for cancelling</label><select id="cj-r"><option value="">— select —</option>' + opts(["Client cancelled", "Planning refused", "Went with another contractor", "Price", "Weather", "Other"], "") + "</select></div>" +
      '<div class="fld"><label class="l" for="cj-n">Note</label><textarea id="cj-n" rows="2" placeholder="Optional"></textarea></div><label class="chk"><input type="checkbox" id="cj-mail" checked> Send cancellation confirmation to client</label><div class="err" id="cj-err"></div>',
      [{ label: "Keep job" }, { label: "Cancel job", cls: "danger", fn: function () {
        var r = val("cj-r"); if (!r) { document.getElementById("cj-err").textContent = "Select a reason."; return false; }
        j.status = "Cancelled"; j.cancelReason = r; j.cancelNote = val("cj-n"); S.log.push({ job: j.id, what: "Cancelled", email: document.getElementById("cj-mail").checked });
        S.ui.sel = S.ui.sel.filter(function (x) { return x !== j.id; }); toast(j.id + " cancelled"); render();
      } }]);
  }
  function inspDlg(jobId) {
    var live = S.jobs.filter(function (j) { return j.status === "Erected" || j.status === "Dismantle booked"; });
    var md = openModal("Record inspection",
      '<div class="fld"><label class="l" for="in-j">Scaffold</label><select id="in-j"><option value="">— choose job —</option>' + opts(live.map(function (j) { return [j.id, j.id + " · " + j.site + ", " + j.town]; }), jobId || "") + "</select></div>" +
      '<div class="two"><div class="fld"><label class="l" for="in-d">Inspection date</label><input type="date" id="in-d" value="' + TODAY + '" max="' + TODAY + '"></div><div class="fld"><label class="l" for="in-by">Inspected by</label><select id="in-by"><option value="">— select —</option>' + opts(INSPECTORS, "") + "</select></div></div>" +
      '<div class="fld"><span class="l">Result</span><div class="radios" role="radiogroup" aria-label="Result">' + ["Pass", "Pass with advisories", "Fail"].map(function (r) { return '<label><input type="radio" name="in-r" value="' + r + '"> ' + r + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><span class="l">Scafftag</span><div class="radios" role="radiogroup" aria-label="Scafftag"><label><input type="radio" name="in-t" value="Green"> Green — safe to use</label><label><input type="radio" name="in-t" value="Red"> Red — do not use</label></div></div>' +
      '<div class="fld"><label class="l" for="in-n">Notes</label><textarea id="in-n" rows="2"></textarea></div>' +
      '<div class="fld"><label class="l" for="in-next">Next inspection due</label><input type="date" id="in-next"><div class="hint">Scaffolds must be re-inspected at least every ' + S.settings.inspectionIntervalDays + ' days.</div></div><div class="err" id="in-err"></div>',
      [{ label: "Cancel" }, { label: "Save inspection", cls: "pri", fn: function () {
        var err = document.getElementById("in-err"), jid = val("in-j"), d = val("in-d"), by = val("in-by"), r = md.querySelector("input[name=in-r]:checked"), t = md.querySelector("input[name=in-t]:checked"), nx = val("in-next");
        if (!jid || !d || !by) { err.textContent = "Choose the scaffold, date and inspector."; return false; }
        if (!r || !t) { err.textContent = "Select a result and the tag status."; return false; }
        if (r.value === "Fail" && t.value === "Green") { err.textContent = "A failed scaffold must be red-tagged."; return false; }
        if (!nx) { err.textContent = "Enter when the next inspection is due."; return false; }
        if (nx > addDays(d, S.settings.inspectionIntervalDays)) { err.textContent = "Next inspection can be no later than " + fmt(addDays(d, S.settings.inspectionIntervalDays)) + "."; return false; }
        S.inspections.push(I("IN-" + nextInsp++, jid, d, by, r.value, t.value, val("in-n"), nx));
        job(jid).inspectionDue = nx; toast("Inspection recorded for " + jid); render();
      } }]);
    function setNext() { var d = val("in-d"); if (d) document.getElementById("in-next").value = addDays(d, S.settings.inspectionIntervalDays); }
    setNext(); md.querySelector("#in-d").addEventListener("change", setNext);
  }
  function crewDlg(ids) {
    openModal("Assign crew", '<p>' + ids.length + " job" + (ids.length > 1 ? "s" : "") + ': <span class="hint">' + ids.join(", ") + '</span></p><div class="fld"><span class="l">Crew</span><div class="radios" role="radiogroup" aria-label="Crew" style="flex-direction:column;gap:6px">' + S.crews.map(function (c) { return '<label><input type="radio" name="ac-c" value="' + c.id + '"> ' + c.name + " — " + c.lead + " (" + c.men + " men)</label>"; }).join("") + '</div></div><div class="err" id="ac-err"></div>',
      [{ label: "Cancel" }, { label: "Assign", cls: "pri", fn: function () {
        var c = overlay.querySelector("input[name=ac-c]:checked"), err = document.getElementById("ac-err");
        if (!c) { err.textContent = "Choose a crew."; return false; }
        var bad = ids.map(job).filter(function (j) { return j.status === "Cancelled" || j.status === "Struck"; });
        if (bad.length) { err.textContent = "Can't assign a crew to cancelled or struck jobs (" + bad.map(function (j) { return j.id; }).join(", ") + ")."; return false; }
        ids.forEach(function (id) { job(id).crew = c.value; }); S.ui.sel = []; toast(crew(c.value).name + " assigned to " + ids.length + " job" + (ids.length > 1 ? "s" : "")); render();
      } }]);
  }
  function newJobDlg() {
    var md = openModal("New job", '<div class="two"><div class="fld"><label class="l" for="nj-c">Client</label><input type="text" id="nj-c"></div><div class="fld"><label class="l" for="nj-type">Scaffold type</label><select id="nj-type">' + opts(["Access", "Chimney stack", "Temporary roof", "Birdcage"], "Access") + "</select></div></div>" +
      '<div class="fld"><label class="l" for="nj-site">Site address</label><input type="text" id="nj-site"></div><div class="two"><div class="fld"><label class="l" for="nj-town">Town</label><input type="text" id="nj-town"></div><div class="fld"><label class="l" for="nj-pc">Postcode</label><input type="text" id="nj-pc"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="nj-s">Erect on</label><input type="date" id="nj-s"></div><div class="fld"><label class="l" for="nj-e">Hire ends</label><input type="date" id="nj-e"></div></div><div class="two"><div class="fld"><label class="l" for="nj-l">Lifts</label><input type="number" id="nj-l" min="1" value="2"></div><div class="fld"><label class="l" for="nj-r">Weekly rate (£)</label><input type="number" id="nj-r" min="0"></div></div><div class="err" id="nj-err"></div>',
      [{ label: "Cancel" }, { label: "Save as quote", cls: "pri", fn: function () {
        var err = document.getElementById("nj-err");
        if (!val("nj-c") || !val("nj-site") || !val("nj-s") || !val("nj-e")) { err.textContent = "Client, site and dates are required."; return false; }
        if (val("nj-e") <= val("nj-s")) { err.textContent = "Hire end must be after the erect date."; return false; }
        S.jobs.push(J("SJ-" + nextJob++, val("nj-c"), val("nj-site"), val("nj-town"), val("nj-pc").toUpperCase(), val("nj-type"), +val("nj-l") || 1, val("nj-s"), val("nj-e"), +val("nj-r") || 0, "Quoted", "", "")); toast("Quote saved"); render();
      } }]);
  }

  /* ---------- Drawer ---------- */
  function renderDrawer() {
    if (!S.ui.drawer) { drawer.innerHTML = ""; return; }
    var j = job(S.ui.drawer), t = S.ui.tab, ins = S.inspections.filter(function (x) { return x.job === j.id; });
    var h = '<div class="scrim" data-act="closedrawer"></div><aside role="dialog" aria-label="Job ' + j.id + '"><header><h2>' + j.id + ' · ' + esc(j.client) + '<button class="close" data-act="closedrawer" aria-label="Close job">×</button></h2><div class="muted">' + esc(j.site) + ", " + esc(j.town) + " " + badge(j.status) + '</div><div class="tabs" role="tablist">' + [["overview", "Overview"], ["insp", "Inspections (" + ins.length + ")"], ["hire", "Hire & billing"]].map(function (x) { return '<button role="tab" data-act="dtab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + '</div></header><div class="body">';
    if (t === "overview") h += '<dl class="kv"><dt>Client</dt><dd>' + esc(j.client) + "</dd><dt>Site</dt><dd>" + esc(j.site) + "<br>" + esc(j.town) + " " + esc(j.postcode) + "</dd><dt>Scaffold</dt><dd>" + j.type + ", " + j.lifts + " lifts</dd><dt>Crew</dt><dd>" + crewName(j.crew) + "</dd><dt>Erected / start</dt><dd>" + fmt(j.start) + "</dd><dt>Next inspection</dt><dd>" + (j.inspectionDue ? '<span class="' + (j.inspectionDue < TODAY ? "over" : "") + '">' + fmt(j.inspectionDue) + "</span>" : "—") + "</dd><dt>Notes</dt><dd>" + (esc(j.notes) || "—") + "</dd>" + (j.cancelReason ? "<dt>Cancelled</dt><dd>" + esc(j.cancelReason) + (j.cancelNote ? " — " + esc(j.cancelNote) : "") + "</dd>" : "") + "</dl>";
    else if (t === "insp") h += ins.length ? '<table class="tbl"><thead><tr><th>Date</th><th>By</th><th>Result</th><th>Tag</th></tr></thead><tbody>' + ins.map(function (x) { return "<tr><td>" + fmt(x.date) + "</td><td>" + esc(x.inspector) + '</td><td class="r-' + x.result.replace(/ /g, "-") + '">' + x.result + '</td><td><span class="badge t-' + x.tag + '">' + x.tag + "</span></td></tr>"; }).join("") + "</tbody></table>" : '<div class="empty">No inspections yet.</div>';
    else { var wk = Math.ceil(days(j.start, j.hireEnd) / 7); h += '<dl class="kv"><dt>Hire period</dt><dd>' + fmt(j.start) + " → " + fmt(j.hireEnd) + " (" + wk + " weeks)</dd><dt>Weekly rate</dt><dd>" + money(j.weeklyRate) + "</dd><dt>Hire value</dt><dd>" + money(wk * j.weeklyRate) + " + VAT</dd></dl>"; }
    drawer.innerHTML = h + "</div></aside>";
  }

  /* ---------- Inspections / crews / settings ---------- */
  function renderInsp() {
    var list = S.inspections.slice().sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1; });
    view.innerHTML = '<div class="bar"><span class="muted">Statutory 7-day inspections and post-weather checks.</span><span class="sp"></span><button class="btn pri" data-act="newinsp">+ Record inspection</button></div><div class="panel"><table class="tbl"><thead><tr><th>Ref</th><th>Date</th><th>Job / site</th><th>Inspector</th><th>Result</th><th>Tag</th><th>Next due</th><th>Notes</th></tr></thead><tbody>' +
      list.map(function (x) { var j = job(x.job); return "<tr><td>" + x.id + "</td><td>" + fmt(x.date) + "</td><td><b>" + j.id + "</b> " + esc(j.site) + '<div class="muted">' + esc(j.town) + "</div></td><td>" + esc(x.inspector) + '</td><td class="r-' + x.result.replace(/ /g, "-") + '">' + x.result + '</td><td><span class="badge t-' + x.tag + '">' + x.tag + "</span></td><td>" + fmt(x.nextDue) + '</td><td class="muted">' + esc(x.notes) + "</td></tr>"; }).join("") + "</tbody></table></div>";
  }
  function renderCrews() {
    view.innerHTML = '<div class="crewcards">' + S.crews.map(function (c) {
      var js = S.jobs.filter(function (j) { return j.crew === c.id && j.status !== "Struck" && j.status !== "Cancelled"; });
      return '<div class="panel"><h3 style="padding:0 0 8px;border:none">' + c.name + " — " + c.lead + '</h3><div class="muted">' + c.men + " men · van " + c.van + '</div><ul style="margin-top:8px">' + js.map(function (j) { return "<li><span>" + j.id + " " + esc(j.site) + "</span>" + badge(j.status) + "</li>"; }).join("") + "</ul></div>";
    }).join("") + "</div>";
  }
  function renderSettings() {
    var s = S.settings;
    view.innerHTML = '<div class="panel" style="padding:18px;max-width:560px"><div class="fld"><label class="l" for="st-int">Inspection interval (days)</label><input type="number" id="st-int" min="1" max="7" value="' + s.inspectionIntervalDays + '"></div><div class="fld"><label class="l" for="st-rem">Remind clients before hire ends (days)</label><input type="number" id="st-rem" min="0" value="' + s.hireReminderDays + '"></div><div class="fld"><label class="l" for="st-min">Minimum hire (weeks)</label><select id="st-min">' + opts(["1", "2", "3", "4"], String(s.minimumHireWeeks)) + '</select></div><div class="fld"><label class="chk"><input type="checkbox" id="st-mail"' + (s.emailClientOnExtension ? " checked" : "") + '> Email clients when a hire is extended (default)</label></div><div class="err" id="st-err"></div><button class="btn pri" data-act="savesettings">Save settings</button></div>';
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (t.tagName === "A") e.preventDefault();
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; S.ui.drawer = null; render(); }
    else if (a === "jmenu") { e.stopPropagation(); jobMenu(t, job(t.dataset.id)); }
    else if (a === "open") { S.ui.drawer = t.dataset.id; S.ui.tab = "overview"; render(); }
    else if (a === "closedrawer") { S.ui.drawer = null; render(); }
    else if (a === "dtab") { S.ui.tab = t.dataset.tab; renderDrawer(); }
    else if (a === "bulkcrew") crewDlg(S.ui.sel.slice());
    else if (a === "bulkconfirm") { toast("Start confirmations sent for " + S.ui.sel.length + " job(s)"); }
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "newjob") newJobDlg();
    else if (a === "newinsp") inspDlg("");
    else if (a === "savesettings") {
      var n = parseInt(val("st-int"), 10), r = parseInt(val("st-rem"), 10);
      if (!(n >= 1 && n <= 7)) { document.getElementById("st-err").textContent = "Inspection interval must be between 1 and 7 days."; return; }
      if (!(r >= 0)) { document.getElementById("st-err").textContent = "Enter a number of days."; return; }
      S.settings.inspectionIntervalDays = n; S.settings.hireReminderDays = r; S.settings.minimumHireWeeks = +val("st-min"); S.settings.emailClientOnExtension = document.getElementById("st-mail").checked; toast("Settings saved"); render();
    }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); else if (S.ui.drawer) { S.ui.drawer = null; render(); } } });
  render();
})();
