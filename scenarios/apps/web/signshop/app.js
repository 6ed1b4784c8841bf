(function () {
  "use strict";
  var TODAY = "2025-05-14";
  var STAGES = ["Artwork", "Proof sent", "Approved", "In production", "Ready to fit", "Fitted"];
  var MATERIALS = ["Aluminium tray", "Dibond", "Acrylic", "Foamex", "Vinyl", "Banner PVC", "Correx"];
  var FITTERS = ["Marek Zielinski", "Dean Royle", "Sophie Adeyemi"];
  var clients = [
    { id: "CL-01", name: "Hollis Dental Practice", contact: "Dr Amy Hollis", phone: "01603 220 118" },
    { id: "CL-02", name: "Old Forge Bakery", contact: "Tom Pryce", phone: "01603 771 402" },
    { id: "CL-03", name: "Kestrel Estate Agents", contact: "Leanne Cross", phone: "01603 445 900" },
    { id: "CL-04", name: "Riverside Vets", contact: "Sanjay Mehta", phone: "01603 612 330" },
    { id: "CL-05", name: "Greenway Builders", contact: "Pete Greenway", phone: "07700 900 612" },
    { id: "CL-06", name: "St Anne's Church", contact: "Rev. Clare Bishop", phone: "01603 501 227" },
    { id: "CL-07", name: "The Plough Inn", contact: "Gemma Walsh", phone: "01603 868 090" },
    { id: "CL-08", name: "Marsh Lane Garage", contact: "Ray Marsh", phone: "01603 733 145" },
    { id: "CL-09", name: "Harbour Café", contact: "Lina Costa", phone: "01263 512 884" },
    { id: "CL-10", name: "Willow & Sage Florist", contact: "Becky Hart", phone: "01603 290 556" },
    { id: "CL-11", name: "Norwich Community Gym", contact: "Josh Adeyemi", phone: "01603 404 771" }
  ];
  var J = function (id, client, title, material, w, h, qty, stage, due, price, priority, proofV, approved, approvedOn, fitter, fitDate, notes) {
    return { id: id, client: client, title: title, material: material, width: w, height: h, qty: qty, stage: stage, due: due, price: price, priority: priority, proofVersion: proofV, proofApproved: approved, approvedVersion: approved ? proofV : 0, approvedOn: approvedOn, approvedBy: approved ? "Client" : "", fitter: fitter, fitDate: fitDate, fitSlot: fitDate ? "AM" : "", access: false, notes: notes || "" };
  };
  var jobs = [
    J("SG-701", "CL-01", "Illuminated fascia sign", "Aluminium tray", 4200, 600, 1, "Proof sent", "2025-05-30", 1850, "Normal", 2, false, "", "", "", "Built-up letters, LED backlit. v1 rejected — logo too small."),
    J("SG-702", "CL-02", "Projecting hanging sign", "Dibond", 600, 600, 1, "Ready to fit", "2025-05-23", 420, "Normal", 1, true, "2025-05-02", "", "", "Double-sided, wrought iron bracket supplied by client"),
    J("SG-703", "CL-03", "Window vinyl graphics", "Vinyl", 2400, 1800, 2, "In production", "2025-05-16", 380, "Rush", 1, true, "2025-05-09", "", ""),
    J("SG-704", "CL-04", "Car park signs", "Dibond", 600, 800, 4, "Approved", "2025-05-28", 260, "Normal", 1, true, "2025-05-12", "", ""),
    J("SG-705", "CL-01", "Opening hours door vinyl", "Vinyl", 500, 700, 1, "Proof sent", "2025-05-30", 85, "Normal", 1, false, "", "", ""),
    J("SG-706", "CL-05", "Site hoarding banners", "Banner PVC", 3000, 1000, 6, "Artwork", "2025-06-04", 540, "Rush", 0, false, "", "", "", "Client to send logo in vector format"),
    J("SG-707", "CL-06", "Noticeboard header", "Acrylic", 1200, 300, 1, "In production", "2025-05-21", 190, "Normal", 1, true, "2025-05-07", "", ""),
    J("SG-708", "CL-07", "Pub sign reface", "Dibond", 1000, 1200, 1, "Fitted", "2025-05-09", 560, "Normal", 3, true, "2025-04-25", "Dean Royle", "2025-05-09"),
    J("SG-709", "CL-08", "MOT station sign", "Dibond", 1200, 800, 1, "Artwork", "2025-06-06", 230, "Normal", 0, false, "", "", ""),
    J("SG-710", "CL-03", "For sale boards (batch)", "Correx", 600, 450, 50, "Approved", "2025-05-26", 410, "Normal", 1, true, "2025-05-13", "", ""),
    J("SG-711", "CL-02", "Window lettering", "Vinyl", 1600, 400, 1, "Ready to fit", "2025-05-23", 150, "Normal", 1, true, "2025-05-02", "Marek Zielinski", "2025-05-21"),
    J("SG-712", "CL-11", "Wall graphics — studio 2", "Vinyl", 5000, 2400, 1, "Proof sent", "2025-06-10", 720, "Normal", 1, false, "", "", "")
  ];
  var Q = function (id, client, desc, amount, sent, valid, status) { return { id: id, client: client, description: desc, amount: amount, sent: sent, validUntil: valid, status: status, declineReason: "", declineNote: "" }; };
  var quotes = [
    Q("Q-3301", "CL-08", "MOT station sign, 1200 × 800 Dibond", 230, "2025-04-28", "2025-05-28", "Accepted"),
    Q("Q-3304", "CL-05", "Hoarding banners × 6", 540, "2025-05-01", "2025-05-31", "Accepted"),
    Q("Q-3305", "CL-09", "Fascia repaint & vinyl lettering", 640, "2025-04-14", "2025-05-14", "Accepted"),
    Q("Q-3307", "CL-04", "Reception wall logo, brushed acrylic", 480, "2025-05-06", "2025-06-05", "Sent"),
    Q("Q-3308", "CL-11", "Wall graphics — studio 2", 720, "2025-05-07", "2025-06-06", "Accepted"),
    Q("Q-3309", "CL-07", "Beer garden chalkboards × 2", 310, "2025-05-08", "2025-06-07", "Sent"),
    Q("Q-3310", "CL-10", "Shopfront vinyl refresh", 260, "2025-05-09", "2025-06-08", "Sent"),
    Q("Q-3312", "CL-09", "Menu boards × 3, framed", 395, "2025-05-12", "2025-06-11", "Sent"),
    Q("Q-3313", "CL-03", "Illuminated window display", 1280, "", "", "Draft"),
    Q("Q-3298", "CL-06", "Church gate sign", 220, "2025-03-20", "2025-04-19", "Expired")
  ];
  var S = window.state = { today: TODAY, clients: clients, jobs: jobs, quotes: quotes,
    ui: { view: "board", q: "", filter: "All", qtab: "Open", open: null, tab: "details" } };
  var nextJob = 713;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function money(n) { return "£" + n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function cl(id) { return S.clients.find(function (c) { return c.id === id; }); }
  function job(id) { return S.jobs.find(function (j) { return j.id === id; }); }
  function quote(id) { return S.quotes.find(function (q) { return q.id === id; }); }
  function toast(t) { var d = document.createElement("div"); d.className = "toast"; d.setAttribute("role", "status"); d.textContent = t; document.getElementById("toasts").appendChild(d); setTimeout(function () { d.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }

  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var mm = document.createElement("div"); mm.className = "menu"; mm.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; if (it.red) b.className = "red"; if (it.disabled) b.disabled = true; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); mm.appendChild(b); });
    document.body.appendChild(mm); var r = anchor.getBoundingClientRect(), top = r.bottom + 3;
    if (top + mm.offsetHeight > innerHeight - 8) top = r.top - mm.offsetHeight - 3;
    mm.style.top = top + "px"; mm.style.left = Math.max(8, Math.min(innerWidth - mm.offsetWidth - 8, r.right - mm.offsetWidth)) + "px"; menuEl = mm;
  }
  function openModal(title, body, buttons) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button class="close" data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer></footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show");
    return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; S.ui.open = null; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fmt(TODAY) + " 2025";
    document.querySelectorAll("#nav a").forEach(function (a) { a.classList.toggle("on", a.dataset.view === S.ui.view); });
    ({ board: renderBoard, quotes: renderQuotes, fitting: renderFitting, clients: renderClients })[S.ui.view]();
  }

  /* ---------- Board ---------- */
  function renderBoard() {
    var q = S.ui.q.trim().toLowerCase(), f = S.ui.filter;
    var list = S.jobs.filter(function (j) {
      if (f === "Rush" && j.priority !== "Rush") return false;
      if (f === "Due soon" && !(j.due <= addDays(TODAY, 7) && j.stage !== "Fitted")) return false;
      return !q || (j.id + " " + cl(j.client).name + " " + j.title + " " + j.material).toLowerCase().indexOf(q) >= 0;
    });
    var h = '<div class="bar"><h1>Production board</h1><input type="search" id="q" placeholder="Search jobs or clients…" aria-label="Search jobs" style="width:260px;margin-left:12px" value="' + esc(S.ui.q) + '"><div class="seg" role="group" aria-label="Show">' + ["All", "Rush", "Due soon"].map(function (x) { return '<button data-act="filter" data-f="' + x + '" aria-pressed="' + (f === x) + '">' + (x === "All" ? "All jobs" : x === "Rush" ? "Rush only" : "Due within 7 days") + "</button>"; }).join("") + '</div><span class="sp"></span><button class="btn pri" data-act="newjob">+ New job</button></div><div class="board">';
    STAGES.forEach(function (st) {
      var cs = list.filter(function (j) { return j.stage === st; });
      h += '<section class="col" aria-label="' + st + '"><h2>' + st + '<span class="n">' + cs.length + "</span></h2>" + (cs.length ? cs.map(function (j) {
        var late = j.due < TODAY && j.stage !== "Fitted", soon = j.due <= addDays(TODAY, 7) && j.stage !== "Fitted";
        return '<article class="card' + (j.priority === "Rush" ? " rush" : "") + '" aria-label="' + j.id + " " + esc(j.title) + '"><button class="t" data-act="open" data-id="' + j.id + '">' + esc(j.title) + '</button><div class="c">' + esc(cl(j.client).name) + '</div><div class="m">' + j.id + " · " + j.qty + " × " + j.material + "</div>" +
          (j.priority === "Rush" ? '<span class="tag rush">Rush</span> ' : "") + (soon ? '<span class="tag due">Due ' + fmt(j.due) + "</span> " : "") + (j.stage === "Proof sent" ? '<span class="tag fit">Proof v' + j.proofVersion + "</span> " : "") + (j.fitter && j.stage !== "Fitted" ? '<span class="tag ok">Fit ' + fmt(j.fitDate) + " · " + j.fitter.split(" ")[0] + "</span>" : "") + (late ? '<span class="tag rush">Late</span>' : "") +
          '<button class="kebab" data-act="cmenu" data-id="' + j.id + '" aria-label="Actions for ' + j.id + '" aria-haspopup="menu">⋯</button></article>';
      }).join("") : '<div class="empty">No jobs</div>') + "</section>";
    });
    view.innerHTML = h + "</div>";
    var qi = document.getElementById("q");
    qi.addEventListener("input", function () { S.ui.q = qi.value; var pos = qi.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function canMove(j, to) {
    var i = STAGES.indexOf(to);
    if (i >= STAGES.indexOf("In production") && !j.proofApproved) return "The client hasn't approved a proof yet — record their approval first.";
    if (to === "Proof sent" && j.proofVersion < 1) return "Send a proof first (Proof tab).";
    if (to === "Fitted" && !j.fitter) return "Book a fitting before marking the job as fitted.";
    return "";
  }
  function moveTo(j, to) { var e = canMove(j, to); if (e) { toast(e); return false; } j.stage = to; toast(j.id + " moved to " + to); render(); return true; }
  function cardMenu(btn, j) {
    var i = STAGES.indexOf(j.stage), nx = STAGES[i + 1];
    showMenu(btn, [
      { label: "Open job", fn: function () { openJob(j, "details"); } },
      { label: nx ? "Move to " + nx : "Move to next stage", disabled: !nx, fn: function () { moveTo(j, nx); } },
      { label: "Record proof approval…", disabled: j.proofApproved || j.proofVersion < 1, fn: function () { approveDlg(j); } },
      { label: "Book fitting…", disabled: j.stage === "Fitted", fn: function () { openJob(j, "fitting"); } }
    ]);
  }
  function openJob(j, tab) { S.ui.open = j.id; S.ui.tab = tab || "details"; jobDlg(j); }
  function jobDlg(j) {
    var t = S.ui.tab, c = cl(j.client);
    var body = '<div class="stagebar"><span>Stage: <b>' + j.stage + '</b></span><span class="sp"></span><label for="jd-st" class="muted">Move to</label><select id="jd-st" aria-label="Move to stage">' + opts(STAGES, j.stage) + '</select><button class="btn sm dark" data-jd="move">Move</button></div>' +
      '<div class="tabs" role="tablist">' + [["details", "Details"], ["proof", "Proofs"], ["fitting", "Fitting"]].map(function (x) { return '<button role="tab" data-jt="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div><div id=\"jd-body\">";
    if (t === "details") {
      body += '<div class="fld"><label class="l" for="jd-title">Job title</label><input type="text" id="jd-title" value="' + esc(j.title) + '"></div><div class="three"><div class="fld"><label class="l" for="jd-mat">Material</label><select id="jd-mat">' + opts(MATERIALS, j.material) + '</select></div><div class="fld"><label class="l" for="jd-w">Width (mm)</label><input type="number" id="jd-w" value="' + j.width + '"></div><div class="fld"><label class="l" for="jd-h">Height (mm)</label><input type="number" id="jd-h" value="' + j.height + '"></div></div>' +
        '<div class="three"><div class="fld"><label class="l" for="jd-qty">Quantity</label><input type="number" id="jd-qty" min="1" value="' + j.qty + '"></div><div class="fld"><label class="l" for="jd-price">Price (£)</label><input type="number" id="jd-price" value="' + j.price + '"></div><div class="fld"><label class="l" for="jd-due">Due</label><input type="date" id="jd-due" value="' + j.due + '"></div></div>' +
        '<div class="fld"><span class="l">Priority</span><div class="radios" role="radiogroup" aria-label="Priority"><label><input type="radio" name="jd-pr" value="Normal"' + (j.priority === "Normal" ? " checked" : "") + '> Normal</label><label><input type="radio" name="jd-pr" value="Rush"' + (j.priority === "Rush" ? " checked" : "") + "> Rush</label></div></div>" +
        '<div class="fld"><label class="l" for="jd-notes">Notes</label><textarea id="jd-notes" rows="2">' + esc(j.notes) + '</textarea></div><div class="muted">Client: ' + esc(c.name) + " · " + esc(c.contact) + " · " + esc(c.phone) + "</div>";
    } else if (t === "proof") {
      var vs = []; for (var v = 1; v <= j.proofVersion; v++) vs.push(v);
      body += (vs.length ? '<ul class="proofs">' + vs.map(function (v) { return "<li><span>Proof v" + v + "</span><span>" + (j.proofApproved && j.approvedVersion === v ? '<span class="tag ok">Approved ' + fmt(j.approvedOn) + "</span>" : v < j.proofVersion ? '<span class="muted">Superseded</span>' : '<span class="tag fit">Awaiting client</span>') + "</span></li>"; }).join("") + "</ul>" : '<p class="muted">No proofs sent yet.</p>') +
        '<div style="display:flex;gap:8px"><button class="btn" data-jd="sendproof"' + (j.proofApproved ? " disabled" : "") + ">Send new proof (v" + (j.proofVersion + 1) + ')</button><button class="btn pri" data-jd="approve"' + (j.proofApproved || !j.proofVersion ? " disabled" : "") + ">Record approval…</button></div>";
    } else {
      body += '<div class="two"><div class="fld"><label class="l" for="jd-fitter">Fitter</label><select id="jd-fitter"><option value="">— not booked —</option>' + opts(FITTERS, j.fitter) + '</select></div><div class="fld"><label class="l" for="jd-fdate">Fitting date</label><input type="date" id="jd-fdate" min="' + TODAY + '" value="' + j.fitDate + '"></div></div>' +
        '<div class="fld"><span class="l">Slot</span><div class="radios" role="radiogroup" aria-label="Slot"><label><input type="radio" name="jd-slot" value="AM"' + (j.fitSlot !== "PM" ? " checked" : "") + '> Morning</label><label><input type="radio" name="jd-slot" value="PM"' + (j.fitSlot === "PM" ? " checked" : "") + '> Afternoon</label></div></div><div class="fld"><label class="chk"><input type="checkbox" id="jd-access"' + (j.access ? " checked" : "") + "> Needs tower or cherry picker</label></div>";
    }
    body += '</div><div class="err" id="jd-err"></div>';
    var btns = [{ label: "Close" }];
    if (t === "details") btns.push({ label: "Save details", cls: "pri", fn: function () {
      var err = document.getElementById("jd-err"), w = parseInt(val("jd-w"), 10), hh = parseInt(val("jd-h"), 10), qn = parseInt(val("jd-qty"), 10), pr = parseFloat(val("jd-price"));
      if (!val("jd-title") || !(w > 0) || !(hh > 0) || !(qn > 0) || !(pr >= 0) || !val("jd-due")) { err.textContent = "Check the title, sizes, quantity, price and due date."; return false; }
      j.title = val("jd-title"); j.material = val("jd-mat"); j.width = w; j.height = hh; j.qty = qn; j.price = pr; j.due = val("jd-due"); j.priority = overlay.querySelector("input[name=jd-pr]:checked").value; j.notes = val("jd-notes"); toast("Saved " + j.id); render();
    } });
    if (t === "fitting") btns.push({ label: "Save fitting", cls: "pri", fn: function () {
      var err = document.getElementById("jd-err"), fi = val("jd-fitter"), fd = val("jd-fdate");
      if (fi && !fd) { err.textContent = "Choose a fitting date."; return false; }
      if (fd && !fi) { err.textContent = "Choose who is fitting it."; return false; }
      if (fd && dd(fd).getUTCDay() === 0) { err.textContent = "No fitting on Sundays."; return false; }
      j.fitter = fi; j.fitDate = fd; j.fitSlot = fi ? overlay.querySelector("input[name=jd-slot]:checked").value : ""; j.access = document.getElementById("jd-access").checked;
      toast(fi ? "Fitting booked: " + fi.split(" ")[0] + ", " + fmt(fd) : "Fitting cleared"); render();
    } });
    var md = openModal(j.id + " — " + j.title, body, btns);
    S.ui.open = j.id;
    md.querySelectorAll("[data-jt]").forEach(function (b) { b.addEventListener("click", function () { S.ui.tab = b.dataset.jt; jobDlg(j); }); });
    md.querySelector("[data-jd=move]").addEventListener("click", function () {
      var to = document.getElementById("jd-st").value; if (to === j.stage) return;
      var e = canMove(j, to); if (e) { document.getElementById("jd-err").textContent = e; return; }
      j.stage = to; toast(j.id + " moved to " + to); render(); jobDlg(j);
    });
    var sp = md.querySelector("[data-jd=sendproof]"); if (sp) sp.addEventListener("click", function () { j.proofVersion++; if (j.stage === "Artwork") j.stage = "Proof sent"; toast("Proof v" + j.proofVersion + " emailed to " + cl(j.client).contact); render(); jobDlg(j); });
    var ap = md.querySelector("[data-jd=approve]"); if (ap) ap.addEventListener("click", function () { approveDlg(j); });
  }
  function approveDlg(j) {
    var vs = []; for (var v = j.proofVersion; v >= 1; v--) vs.push([v, "v" + v + (v === j.proofVersion ? " (latest)" : "")]);
    openModal("Record proof approval — " + j.id, '<p>' + esc(cl(j.client).name) + " · " + esc(j.title) + '</p><div class="two"><div class="fld"><label class="l" for="ap-v">Version approved</label><select id="ap-v">' + opts(vs, j.proofVersion) + '</select></div><div class="fld"><label class="l" for="ap-d">Approved on</label><input type="date" id="ap-d" value="' + TODAY + '" max="' + TODAY + '"></div></div><div class="fld"><label class="l" for="ap-by">Approved by</label><input type="text" id="ap-by" value="' + esc(cl(j.client).contact) + '"></div><label class="chk"><input type="checkbox" id="ap-go"> Move straight into production</label><div class="err" id="ap-err"></div>',
      [{ label: "Cancel" }, { label: "Save approval", cls: "pri", fn: function () {
        var d = val("ap-d"); if (!d) { document.getElementById("ap-err").textContent = "Enter the approval date."; return false; }
        j.proofApproved = true; j.approvedVersion = +val("ap-v"); j.approvedOn = d; j.approvedBy = val("ap-by");
        j.stage = document.getElementById("ap-go").checked ? "In production" : (STAGES.indexOf(j.stage) < 2 ? "Approved" : j.stage);
        toast("Proof v" + j.approvedVersion + " approved" + (j.stage === "In production" ? " — job moved to production" : "")); render();
      } }]);
  }
  function newJobDlg() {
    var md = openModal("New job", '<div class="fld"><label class="l" for="nj-c">Client</label><select id="nj-c"><option value="">— choose client —</option>' + opts(S.clients.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).map(function (c) { return [c.id, c.name]; }), "") + '</select></div>' +
      '<div class="fld"><label class="l" for="nj-t">Job title</label><input type="text" id="nj-t" placeholder="e.g. Shop fascia"></div><div class="three"><div class="fld"><label class="l" for="nj-m">Material</label><select id="nj-m"><option value="">— choose —</option>' + opts(MATERIALS, "") + '</select></div><div class="fld"><label class="l" for="nj-w">Width (mm)</label><input type="number" id="nj-w" min="1"></div><div class="fld"><label class="l" for="nj-h">Height (mm)</label><input type="number" id="nj-h" min="1"></div></div>' +
      '<div class="three"><div class="fld"><label class="l" for="nj-q">Quantity</label><input type="number" id="nj-q" min="1" value="1"></div><div class="fld"><label class="l" for="nj-p">Price (£)</label><input type="number" id="nj-p" min="0"></div><div class="fld"><label class="l" for="nj-d">Due date</label><input type="date" id="nj-d" min="' + TODAY + '"></div></div>' +
      '<div class="fld"><span class="l">Priority</span><div class="radios" role="radiogroup" aria-label="Priority"><label><input type="radio" name="nj-pr" value="Normal" checked> Normal</label><label><input type="radio" name="nj-pr" value="Rush"> Rush (+20%)</label></div></div><div class="fld"><label class="l" for="nj-n">Notes</label><textarea id="nj-n" rows="2"></textarea></div><div class="err" id="nj-err"></div>',
      [{ label: "Cancel" }, { label: "Create job", cls: "pri", fn: function () {
        var err = document.getElementById("nj-err"), w = parseInt(val("nj-w"), 10), hh = parseInt(val("nj-h"), 10), qn = parseInt(val("nj-q"), 10), pr = parseFloat(val("nj-p"));
        if (!val("nj-c")) { err.textContent = "Choose a client."; return false; }
        if (!val("nj-t") || !val("nj-m")) { err.textContent = "Enter a title and choose the material."; return false; }
        if (!(w > 0) || !(hh > 0) || !(qn > 0)) { err.textContent = "Enter the size in mm and the quantity."; return false; }
        if (!(pr >= 0) || !val("nj-d")) { err.textContent = "Enter the price and due date."; return false; }
        var j = J("SG-" + nextJob++, val("nj-c"), val("nj-t"), val("nj-m"), w, hh, qn, "Artwork", val("nj-d"), pr, md.querySelector("input[name=nj-pr]:checked").value, 0, false, "", "", "", val("nj-n"));
        S.jobs.push(j); toast(j.id + " created"); render();
      } }]);
  }

  /* ---------- Quotes ---------- */
  function renderQuotes() {
    var t = S.ui.qtab;
    var list = S.quotes.filter(function (q) { return t === "All" || (t === "Open" ? q.status === "Draft" || q.status === "Sent" : q.status === "Accepted" || q.status === "Declined" || q.status === "Expired"); }).sort(function (a, b) { return a.id < b.id ? 1 : -1; });
    var h = '<div class="bar"><h1>Quotes</h1><div class="seg" role="group" aria-label="Quote filter" style="margin-left:12px">' + [["Open", "Open"], ["Closed", "Won / lost"], ["All", "All quotes"]].map(function (x) { return '<button data-act="qtab" data-t="' + x[0] + '" aria-pressed="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div></div>";
    h += '<table class="tbl"><thead><tr><th>Quote</th><th>Client</th><th>Description</th><th>Sent</th><th>Valid until</th><th class="r">Amount</th><th>Status</th><th></th></tr></thead><tbody>' + (list.length ? list.map(function (q) {
      return "<tr><td><b>" + q.id + "</b></td><td>" + esc(cl(q.client).name) + "</td><td>" + esc(q.description) + "</td><td>" + fmt(q.sent) + "</td><td>" + fmt(q.validUntil) + '</td><td class="r">' + money(q.amount) + '</td><td><span class="badge q-' + q.status + '">' + q.status + "</span>" + (q.declineReason ? '<div class="muted">' + esc(q.declineReason) + "</div>" : "") + '</td><td><button class="kebab" data-act="qmenu" data-id="' + q.id + '" aria-label="Actions for quote ' + q.id + '" aria-haspopup="menu">⋯</button></td></tr>';
    }).join("") : '<tr><td colspan="8" class="empty">No quotes here.</td></tr>') + "</tbody></table>";
    view.innerHTML = h;
  }
  function quoteMenu(btn, q) {
    showMenu(btn, [
      { label: "Send to client", disabled: q.status !== "Draft", fn: function () { q.status = "Sent"; q.sent = TODAY; q.validUntil = addDays(TODAY, 30); toast(q.id + " sent"); render(); } },
      { label: "Mark accepted", disabled: q.status !== "Sent", fn: function () { q.status = "Accepted"; toast(q.id + " accepted"); render(); } },
      { label: "Mark declined…", red: true, disabled: q.status !== "Sent", fn: function () { declineDlg(q); } }
    ]);
  }
  function declineDlg(q) {
    openModal("Quote declined — " + q.id, '<p>' + esc(cl(q.client).name) + " · " + esc(q.description) + " · " + money(q.amount) + '</p><div class="fld"><span class="l">Why did they decline?</span><div class="radios col1" role="radiogroup" aria-label="Why did they decline?">' + ["Price too high", "Went with another supplier", "Project postponed", "No longer needed", "Other"].map(function (r) { return '<label><input type="radio" name="dq-r" value="' + r + '"> ' + r + "</label>"; }).join("") + '</div></div><div class="fld"><label class="l" for="dq-n">Notes</label><textarea id="dq-n" rows="2"></textarea></div><div class="err" id="dq-err"></div>',
      [{ label: "Cancel" }, { label: "Mark declined", cls: "danger", fn: function () {
        var r = overlay.querySelector("input[name=dq-r]:checked"); if (!r) { document.getElementById("dq-err").textContent = "Choose a reason."; return false; }
        if (r.value === "Other" && !val("dq-n")) { document.getElementById("dq-err").textContent = "Add a note explaining the reason."; return false; }
        q.status = "Declined"; q.declineReason = r.value; q.declineNote = val("dq-n"); toast(q.id + " marked declined"); render();
      } }]);
  }

  function renderFitting() {
    var days = [], d = TODAY; while (days.length < 9) { if (dd(d).getUTCDay() !== 0) days.push(d); d = addDays(d, 1); }
    view.innerHTML = '<div class="bar"><h1>Fitting schedule</h1><span class="muted" style="margin-left:10px">Next 9 working days</span></div><div class="fitlist">' + days.map(function (x) {
      var js = S.jobs.filter(function (j) { return j.fitDate === x && j.stage !== "Fitted"; });
      return "<section><h3>" + fmt(x) + (x === TODAY ? " · today" : "") + '</h3><ul style="padding-left:18px;margin:0">' + (js.length ? js.map(function (j) { return "<li><b>" + j.id + "</b> " + esc(cl(j.client).name) + ' <span class="muted">' + (j.fitSlot === "PM" ? "PM" : "AM") + " · " + j.fitter + "</span></li>"; }).join("") : '<li class="muted">No fittings</li>') + "</ul></section>";
    }).join("") + "</div>";
  }
  function renderClients() {
    view.innerHTML = '<div class="bar"><h1>Clients</h1></div><table class="tbl"><thead><tr><th>Client</th><th>Contact</th><th>Phone</th><th>Open jobs</th><th>Open quotes</th></tr></thead><tbody>' + S.clients.map(function (c) {
      return "<tr><td><b>" + esc(c.name) + "</b></td><td>" + esc(c.contact) + "</td><td>" + esc(c.phone) + "</td><td>" + S.jobs.filter(function (j) { return j.client === c.id && j.stage !== "Fitted"; }).length + "</td><td>" + S.quotes.filter(function (q) { return q.client === c.id && (q.status === "Sent" || q.status === "Draft"); }).length + "</td></tr>";
    }).join("") + "</tbody></table>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (t.tagName === "A") e.preventDefault();
    if (a === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (a === "filter") { S.ui.filter = t.dataset.f; render(); }
    else if (a === "open") openJob(job(t.dataset.id), "details");
    else if (a === "cmenu") { e.stopPropagation(); cardMenu(t, job(t.dataset.id)); }
    else if (a === "newjob") newJobDlg();
    else if (a === "qtab") { S.ui.qtab = t.dataset.t; render(); }
    else if (a === "qmenu") { e.stopPropagation(); quoteMenu(t, quote(t.dataset.id)); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
