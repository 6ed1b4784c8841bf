(function () {
  "use strict";
  var TODAY = "2025-05-13";
  var M = function (id, name, email, phone, plan, shelf, status, paused, joined, renewal, news, texts) {
    return { id: id, name: name, email: email, phone: phone, plan: plan, shelf: shelf, status: status, pausedUntil: paused, joined: joined, renewal: renewal, newsletter: news, texts: texts };
  };
  var members = [
    M("M-01", "Ana Ruiz", "ana.ruiz@example.com", "07700 900101", "Full", "A-03", "Active", "", "2023-02-01", "2026-02-01", true, true),
    M("M-02", "Tom Hale", "tom.hale@example.com", "07700 900102", "Full", "A-07", "Active", "", "2023-06-15", "2025-06-15", false, true),
    M("M-03", "Maggie Doyle", "maggie.doyle@example.com", "07700 900103", "Full", "A-11", "Active", "", "2022-09-10", "2025-09-10", true, true),
    M("M-04", "Priya Shah", "priya.shah@example.com", "07700 900104", "Off-peak", "B-02", "Active", "", "2024-01-08", "2026-01-08", true, false),
    M("M-05", "Josie Lund", "josie.lund@example.com", "07700 900105", "Full", "A-01", "Active", "", "2021-11-20", "2025-11-20", true, true),
    M("M-06", "Callum Reid", "callum.reid@example.com", "07700 900106", "Drop-in", "", "Active", "", "2024-10-02", "2025-10-02", false, true),
    M("M-07", "Hannah Wilde", "hannah.wilde@example.com", "07700 900107", "Off-peak", "B-05", "Paused", "2025-06-01", "2023-03-19", "2025-07-19", true, true),
    M("M-08", "Ben Okoro", "ben.okoro@example.com", "07700 900108", "Full", "A-09", "Active", "", "2022-04-04", "2026-04-04", false, true),
    M("M-09", "Freya Nilsen", "freya.nilsen@example.com", "07700 900109", "Off-peak", "B-08", "Active", "", "2024-05-30", "2025-05-30", true, true),
    M("M-10", "Dev Patel", "dev.patel@example.com", "07700 900110", "Full", "A-12", "Lapsed", "", "2022-01-12", "2025-01-12", false, false),
    M("M-11", "Rosa Bianchi", "rosa.bianchi@example.com", "07700 900111", "Full", "A-04", "Active", "", "2023-08-21", "2025-08-21", true, true),
    M("M-12", "Sam Turner", "sam.turner@example.com", "07700 900112", "Off-peak", "B-11", "Active", "", "2024-02-14", "2026-02-14", false, true),
    M("M-13", "Ellen Marsh", "ellen.marsh@example.com", "07700 900113", "Drop-in", "", "Active", "", "2025-03-01", "2026-03-01", true, false),
    M("M-14", "Luke Ferris", "luke.ferris@example.com", "07700 900114", "Full", "A-06", "Active", "", "2023-12-05", "2025-12-05", false, true),
    M("M-15", "Martin Doyle", "martin.doyle@example.com", "07700 900115", "Off-peak", "B-03", "Active", "", "2024-07-07", "2025-07-07", true, true),
    M("M-16", "Kenji Mori", "kenji.mori@example.com", "07700 900116", "Full", "A-02", "Active", "", "2022-06-18", "2025-06-18", true, true)
  ];
  var F = function (id, kiln, date, type, cone, status, notes) { return { id: id, kiln: kiln, date: date, type: type, cone: cone, status: status, cancelReason: "", notes: notes || "" }; };
  var firings = [
    F("F-121", "Big kiln", "2025-05-09", "Bisque", "04", "Done"),
    F("F-122", "Big kiln", "2025-05-12", "Glaze", "6", "Done"),
    F("F-123", "Test kiln", "2025-05-14", "Glaze", "6", "Planned", "Porcelain test tiles on top shelf"),
    F("F-124", "Big kiln", "2025-05-15", "Glaze", "6", "Planned"),
    F("F-125", "Test kiln", "2025-05-15", "Glaze", "06", "Planned", "Low-fire earthenware only"),
    F("F-126", "Big kiln", "2025-05-16", "Bisque", "04", "Planned"),
    F("F-127", "Big kiln", "2025-05-20", "Glaze", "6", "Planned")
  ];
  var P = function (id, member, title, type, clay, glaze, firing, status, submitted, fee, note) {
    return { id: id, member: member, title: title, type: type, clay: clay, glaze: glaze, firing: firing, status: status, submitted: submitted, fee: fee, note: note || "" };
  };
  var pieces = [
    P("P-3301", "M-06", "Spoon rest", "Glaze", "Stoneware", "Tenmoku", "F-122", "Collected", "2025-05-02", 3),
    P("P-3302", "M-07", "Mug", "Glaze", "Stoneware", "Shino", "F-122", "Fired", "2025-05-03", 4),
    P("P-3303", "M-08", "Fruit bowl", "Glaze", "Stoneware", "Celadon", "F-122", "Fired", "2025-05-05", 7),
    P("P-3304", "M-16", "Sake set", "Glaze", "Porcelain", "Clear", "F-122", "Fired", "2025-05-06", 6),
    P("P-3305", "M-03", "Teapot", "Glaze", "Stoneware", "Shino", "F-124", "Loaded", "2025-05-08", 8),
    P("P-3306", "M-14", "Tall vase", "Glaze", "Stoneware", "Tenmoku", "F-124", "Loaded", "2025-05-08", 9),
    P("P-3307", "M-05", "Porcelain cups (2)", "Glaze", "Porcelain", "Clear", "F-123", "Loaded", "2025-05-09", 5),
    P("P-3308", "M-01", "Dinner plates (4)", "Glaze", "Stoneware", "Celadon", "F-124", "Loaded", "2025-05-09", 14),
    P("P-3309", "M-12", "Tiles (6)", "Glaze", "Earthenware", "Majolica white", "F-125", "Loaded", "2025-05-10", 6),
    P("P-3310", "M-01", "Set of 4 mugs", "Bisque", "Stoneware", "", "", "Waiting", "2025-05-10", 8),
    P("P-3311", "M-05", "Bud vases (3)", "Bisque", "Porcelain", "", "", "Waiting", "2025-05-10", 5),
    P("P-3312", "M-02", "Large platter", "Bisque", "Stoneware", "", "", "Waiting", "2025-05-11", 9),
    P("P-3313", "M-12", "Jug", "Bisque", "Earthenware", "", "", "Waiting", "2025-05-11", 4),
    P("P-3314", "M-09", "Sculpture: hare", "Bisque", "Stoneware", "", "", "Rejected", "2025-05-11", 0, "Base too thick — hollow out before firing"),
    P("P-3315", "M-11", "Planter with saucer", "Bisque", "Stoneware", "", "", "Waiting", "2025-05-12", 7),
    P("P-3316", "M-08", "Serving bowl", "Glaze", "Stoneware", "Tenmoku", "", "Waiting", "2025-05-12", 7),
    P("P-3317", "M-10", "Ramen bowl", "Glaze", "Porcelain", "Clear", "", "Waiting", "2025-05-12", 5),
    P("P-3318", "M-09", "Lidded jar", "Glaze", "Stoneware", "Celadon", "", "Waiting", "2025-05-12", 6),
    P("P-3319", "M-16", "Tea bowls (2)", "Bisque", "Stoneware", "", "", "Waiting", "2025-05-12", 5),
    P("P-3320", "M-04", "Cereal bowls (2)", "Bisque", "Stoneware", "", "F-126", "Loaded", "2025-05-12", 5),
    P("P-3321", "M-13", "Pinch pots (3)", "Bisque", "Stoneware", "", "F-121", "Fired", "2025-05-06", 3),
    P("P-3322", "M-11", "Pasta bowl", "Glaze", "Stoneware", "Shino", "", "Waiting", "2025-05-13", 6),
    P("P-3323", "M-02", "Small jug", "Bisque", "Porcelain", "", "", "Waiting", "2025-05-13", 4),
    P("P-3324", "M-15", "Wall plaque", "Bisque", "Earthenware", "", "", "Waiting", "2025-05-13", 4)
  ];
  var classes = [
    { id: "C-01", title: "Wheel throwing for beginners", tutor: "Nell Harper", day: "Tuesday", time: "18:30–20:30", weeks: 6, capacity: 8, enrolled: ["M-02", "M-06", "M-13", "M-12", "M-15"] },
    { id: "C-02", title: "Handbuilding: slabs & coils", tutor: "Imogen Tate", day: "Wednesday", time: "10:00–12:30", weeks: 5, capacity: 10, enrolled: ["M-04", "M-09", "M-07"] },
    { id: "C-03", title: "Glaze chemistry workshop", tutor: "Imogen Tate", day: "Saturday", time: "10:00–16:00", weeks: 1, capacity: 12, enrolled: ["M-01", "M-05", "M-08", "M-14", "M-16", "M-11"] },
    { id: "C-04", title: "Improvers' throwing", tutor: "Nell Harper", day: "Thursday", time: "18:30–21:00", weeks: 8, capacity: 8, enrolled: ["M-01", "M-03", "M-08", "M-11", "M-14", "M-16", "M-02", "M-05"] }
  ];
  var glazes = [
    { id: "G-01", name: "Tenmoku", cone: "6", finish: "Gloss", foodSafe: true, inStock: true },
    { id: "G-02", name: "Shino", cone: "6", finish: "Satin", foodSafe: true, inStock: true },
    { id: "G-03", name: "Celadon", cone: "6", finish: "Gloss", foodSafe: true, inStock: true },
    { id: "G-04", name: "Clear", cone: "6", finish: "Gloss", foodSafe: true, inStock: true },
    { id: "G-05", name: "Majolica white", cone: "06", finish: "Gloss", foodSafe: true, inStock: true },
    { id: "G-06", name: "Copper red", cone: "6", finish: "Gloss", foodSafe: false, inStock: false },
    { id: "G-07", name: "Oatmeal matt", cone: "6", finish: "Matt", foodSafe: true, inStock: true },
    { id: "G-08", name: "Crawl white", cone: "6", finish: "Textured", foodSafe: false, inStock: true }
  ];
  var SHELVES = [];
  for (var i = 1; i <= 12; i++) SHELVES.push("A-" + (i < 10 ? "0" : "") + i);
  for (i = 1; i <= 14; i++) SHELVES.push("B-" + (i < 10 ? "0" : "") + i);

  var S = window.state = { today: TODAY, members: members, firings: firings, pieces: pieces, classes: classes, glazes: glazes,
    ui: { view: "queue", q: "", fStatus: "All statuses", fType: "All types", fClay: "All clays", sel: [], fTab: "upcoming", mq: "", mTab: "All" } };
  var nextMember = 17, nextFiring = 128;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function addYears(d, n) { return (+d.slice(0, 4) + n) + d.slice(4); }
  function mem(id) { return S.members.find(function (m) { return m.id === id; }); }
  function firing(id) { return S.firings.find(function (f) { return f.id === id; }); }
  function piece(id) { return S.pieces.find(function (p) { return p.id === id; }); }
  function badge(s) { return '<span class="badge b-' + s + '">' + esc(s) + "</span>"; }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (v === cur ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function firingLabel(f) { return f.id + " · " + fmt(f.date) + " · " + f.kiln + " · " + f.type + " (cone " + f.cone + ")"; }

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
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fmtY(TODAY);
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    document.getElementById("cnt-queue").textContent = S.pieces.filter(function (p) { return p.status === "Waiting"; }).length;
    var names = { queue: "Kiln queue", firings: "Firings", members: "Members", classes: "Classes", glazes: "Glazes" };
    document.getElementById("crumb").textContent = "Studio manager / " + names[S.ui.view];
    ({ queue: renderQueue, firings: renderFirings, members: renderMembers, classes: renderClasses, glazes: renderGlazes })[S.ui.view]();
  }

  /* ---------- Kiln queue ---------- */
  function visiblePieces() {
    var q = S.ui.q.trim().toLowerCase();
    return S.pieces.filter(function (p) {
      if (S.ui.fStatus !== "All statuses" && p.status !== S.ui.fStatus) return false;
      if (S.ui.fType !== "All types" && p.type !== S.ui.fType) return false;
      if (S.ui.fClay !== "All clays" && p.clay !== S.ui.fClay) return false;
      if (!q) return true;
      return (p.id + " " + mem(p.member).name + " " + p.title + " " + p.glaze + " " + p.firing).toLowerCase().indexOf(q) >= 0;
    });
  }
  function renderQueue() {
    var list = visiblePieces(), sel = S.ui.sel;
    var waiting = S.pieces.filter(function (p) { return p.status === "Waiting"; }).length, loaded = S.pieces.filter(function (p) { return p.status === "Loaded"; }).length, ready = S.pieces.filter(function (p) { return p.status === "Fired"; }).length;
    var h = '<div class="bar"><h1>Kiln queue</h1><span class="sp"></span><button class="btn pri" data-act="newpiece">+ Log a piece</button></div>' +
      '<div class="stat"><div><b>' + waiting + '</b><span>waiting for a firing</span></div><div><b>' + loaded + '</b><span>loaded in planned firings</span></div><div><b>' + ready + '</b><span>fired, awaiting collection</span></div></div>' +
      '<div class="bar"><input type="search" id="q" placeholder="Search by member, piece, glaze…" aria-label="Search pieces" style="width:280px" value="' + esc(S.ui.q) + '">' +
      '<select id="f-status" aria-label="Status">' + opts(["All statuses", "Waiting", "Loaded", "Fired", "Collected", "Rejected"], S.ui.fStatus) + "</select>" +
      '<select id="f-type" aria-label="Firing type">' + opts(["All types", "Bisque", "Glaze"], S.ui.fType) + "</select>" +
      '<select id="f-clay" aria-label="Clay body">' + opts(["All clays", "Stoneware", "Porcelain", "Earthenware"], S.ui.fClay) + "</select>" +
      '<span class="sp"></span><span class="muted">' + list.length + " of " + S.pieces.length + " pieces</span></div>";
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkload">Load into firing…</button><button class="btn sm" data-act="bulkcollect">Mark collected</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear selection</button></div>';
    if (!list.length) { view.innerHTML = h + '<div class="empty">No pieces match these filters.</div>'; bindQueue(); return; }
    var all = list.every(function (p) { return sel.indexOf(p.id) >= 0; });
    h += '<table class="tbl"><thead><tr><th style="width:34px"><input type="checkbox" id="selall" aria-label="Select all shown"' + (all ? " checked" : "") + '></th><th>Piece</th><th>Member</th><th>Firing</th><th>Clay</th><th>Glaze</th><th>Kiln load</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (p) {
        var f = p.firing ? firing(p.firing) : null, on = sel.indexOf(p.id) >= 0;
        return '<tr class="' + (on ? "sel" : "") + '"><td><input type="checkbox" data-sel="' + p.id + '" aria-label="Select ' + p.id + " " + esc(p.title) + '"' + (on ? " checked" : "") + '></td><td><b>' + esc(p.title) + '</b><div class="muted">' + p.id + " · logged " + fmt(p.submitted) + (p.note ? " · " + esc(p.note) : "") + "</div></td><td>" + esc(mem(p.member).name) + "</td><td>" + p.type + "</td><td>" + p.clay + "</td><td>" + (p.glaze ? esc(p.glaze) : '<span class="muted">—</span>') + "</td><td>" + (f ? f.id + '<div class="muted">' + fmt(f.date) + " · " + f.kiln + "</div>" : '<span class="muted">Not assigned</span>') + "</td><td>" + badge(p.status) + '</td><td><button class="kebab" data-act="pmenu" data-id="' + p.id + '" aria-label="Actions for ' + p.id + '" aria-haspopup="menu">⋮</button></td></tr>';
      }).join("") + "</tbody></table>";
    view.innerHTML = h; bindQueue();
  }
  function bindQueue() {
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("f-status").addEventListener("change", function (e) { S.ui.fStatus = e.target.value; render(); });
    document.getElementById("f-type").addEventListener("change", function (e) { S.ui.fType = e.target.value; render(); });
    document.getElementById("f-clay").addEventListener("change", function (e) { S.ui.fClay = e.target.value; render(); });
    var sa = document.getElementById("selall");
    if (sa) sa.addEventListener("change", function () { var ids = visiblePieces().map(function (p) { return p.id; }); if (sa.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
  }
  function pieceMenu(btn, p) {
    showMenu(btn, [
      { label: "Load into firing…", disabled: p.status !== "Waiting", fn: function () { loadDlg([p.id]); } },
      { label: "Remove from firing", disabled: p.status !== "Loaded", fn: function () { p.firing = ""; p.status = "Waiting"; toast(p.id + " returned to the queue"); render(); } },
      { label: "Mark collected", disabled: p.status !== "Fired", fn: function () { p.status = "Collected"; toast(p.id + " collected"); render(); } },
      { label: "Edit piece…", fn: function () { pieceDlg(p); } },
      { label: "Reject piece…", red: true, disabled: p.status !== "Waiting", fn: function () { rejectDlg(p); } }
    ]);
  }
  function loadDlg(ids) {
    var planned = S.firings.filter(function (f) { return f.status === "Planned"; });
    openModal("Load into firing", '<p>' + ids.length + (ids.length === 1 ? " piece" : " pieces") + ' selected: <span class="muted">' + ids.join(", ") + '</span></p><div class="fld"><label class="l" for="ld-f">Firing</label><select id="ld-f"><option value="">— choose a planned firing —</option>' + opts(planned.map(function (f) { return [f.id, firingLabel(f)]; }), "") + '</select></div><div class="err" id="ld-err"></div>',
      [{ label: "Cancel" }, { label: "Load pieces", cls: "pri", fn: function () {
        var fid = val("ld-f"), err = document.getElementById("ld-err");
        if (!fid) { err.textContent = "Choose a firing."; return false; }
        var f = firing(fid), bad = ids.map(piece).filter(function (p) { return p.status !== "Waiting"; });
        if (bad.length) { err.textContent = "Only waiting pieces can be loaded (" + bad.map(function (p) { return p.id; }).join(", ") + " " + (bad.length > 1 ? "are" : "is") + " not waiting)."; return false; }
        var mis = ids.map(piece).filter(function (p) { return p.type !== f.type; });
        if (mis.length) { err.textContent = f.id + " is a " + f.type.toLowerCase() + " firing — " + mis.map(function (p) { return p.id; }).join(", ") + " need" + (mis.length > 1 ? "" : "s") + " a " + mis[0].type.toLowerCase() + " firing."; return false; }
        var lo = ids.map(piece).filter(function (p) { return p.clay === "Earthenware" ? f.cone !== "06" && f.cone !== "04" && f.type === "Glaze" : f.type === "Glaze" && f.cone === "06"; });
        if (lo.length) { err.textContent = "Cone " + f.cone + " is wrong for " + lo.map(function (p) { return p.id + " (" + p.clay.toLowerCase() + ")"; }).join(", ") + "."; return false; }
        ids.forEach(function (id) { var p = piece(id); p.firing = fid; p.status = "Loaded"; });
        S.ui.sel = []; toast(ids.length + (ids.length === 1 ? " piece" : " pieces") + " loaded into " + fid); render();
      } }]);
  }
  function rejectDlg(p) {
    openModal("Reject " + p.id, '<p>The member will be told why <b>' + esc(p.title) + '</b> can’t be fired.</p><div class="fld"><label class="l" for="rj-why">Reason</label><textarea id="rj-why" rows="3"></textarea></div><div class="err" id="rj-err"></div>',
      [{ label: "Keep piece" }, { label: "Reject piece", cls: "danger", fn: function () { var w = val("rj-why"); if (!w) { document.getElementById("rj-err").textContent = "Please give a reason."; return false; } p.status = "Rejected"; p.note = w; toast(p.id + " rejected"); render(); } }]);
  }
  function pieceDlg(p) {
    var isNew = !p;
    p = p || { member: "", title: "", type: "Bisque", clay: "Stoneware", glaze: "", fee: 0 };
    openModal(isNew ? "Log a piece" : "Edit " + p.id,
      '<div class="fld"><label class="l" for="pc-m">Member</label><select id="pc-m"><option value="">— choose member —</option>' + opts(S.members.filter(function (m) { return m.status !== "Lapsed"; }).map(function (m) { return [m.id, m.name]; }), p.member) + "</select></div>" +
      '<div class="fld"><label class="l" for="pc-t">Description</label><input type="text" id="pc-t" value="' + esc(p.title) + '"></div>' +
      '<div class="fld"><span class="l">Firing type</span><div class="radios" role="radiogroup" aria-label="Firing type">' + ["Bisque", "Glaze"].map(function (t) { return '<label><input type="radio" name="pc-ty" value="' + t + '"' + (p.type === t ? " checked" : "") + "> " + t + "</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="pc-c">Clay body</label><select id="pc-c">' + opts(["Stoneware", "Porcelain", "Earthenware"], p.clay) + '</select></div><div class="fld"><label class="l" for="pc-g">Glaze</label><select id="pc-g"><option value="">None (bisque)</option>' + opts(S.glazes.map(function (g) { return g.name; }), p.glaze) + "</select></div></div>" +
      '<div class="fld"><label class="l" for="pc-fee">Firing fee (£)</label><input type="number" id="pc-fee" min="0" value="' + p.fee + '"></div><div class="err" id="pc-err"></div>',
      [{ label: "Cancel" }, { label: isNew ? "Add to queue" : "Save piece", cls: "pri", fn: function () {
        var ty = overlay.querySelector("input[name=pc-ty]:checked").value, err = document.getElementById("pc-err");
        if (!val("pc-m") || !val("pc-t")) { err.textContent = "Member and description are required."; return false; }
        if (ty === "Glaze" && !val("pc-g")) { err.textContent = "Choose a glaze for a glaze firing."; return false; }
        var o = isNew ? { id: "P-" + (3301 + S.pieces.length), firing: "", status: "Waiting", submitted: TODAY, note: "" } : p;
        o.member = val("pc-m"); o.title = val("pc-t"); o.type = ty; o.clay = val("pc-c"); o.glaze = ty === "Glaze" ? val("pc-g") : ""; o.fee = +val("pc-fee") || 0;
        if (isNew) S.pieces.push({ id: o.id, member: o.member, title: o.title, type: o.type, clay: o.clay, glaze: o.glaze, firing: "", status: "Waiting", submitted: TODAY, fee: o.fee, note: "" });
        toast(isNew ? "Piece added to the queue" : "Saved " + p.id); render();
      } }]);
  }

  /* ---------- Firings ---------- */
  function renderFirings() {
    var t = S.ui.fTab;
    var list = S.firings.filter(function (f) { return t === "upcoming" ? f.status === "Planned" || f.status === "Firing" : t === "history" ? f.status === "Done" || f.status === "Cancelled" : true; }).slice().sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : a.kiln < b.kiln ? -1 : 1; });
    var h = '<div class="bar"><h1>Firings</h1><span class="sp"></span><button class="btn pri" data-act="newfiring">+ Schedule firing</button></div>' +
      '<div class="tabs" role="tablist">' + [["upcoming", "Upcoming"], ["history", "History"], ["all", "All firings"]].map(function (x) { return '<button role="tab" data-act="ftab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + "</div>";
    if (!list.length) h += '<div class="empty">No firings.</div>';
    h += '<div class="cards">' + list.map(function (f) {
      var ps = S.pieces.filter(function (p) { return p.firing === f.id && (p.status === "Loaded" || f.status !== "Planned"); });
      return '<article class="card" aria-label="Firing ' + f.id + '"><h3><span>' + fmt(f.date) + " · " + f.kiln + '</span><button class="kebab" data-act="fmenu" data-id="' + f.id + '" aria-label="Actions for firing ' + f.id + '" aria-haspopup="menu">⋮</button></h3><div class="meta">' + f.id + " · " + f.type + " firing · cone " + f.cone + " &nbsp;" + badge(f.status) + "</div>" +
        (f.notes ? '<div class="meta" style="margin-top:4px">Note: ' + esc(f.notes) + "</div>" : "") + (f.cancelReason ? '<div class="meta" style="margin-top:4px;color:#a3231b">Cancelled: ' + esc(f.cancelReason) + "</div>" : "") +
        "<ul>" + (ps.length ? ps.map(function (p) { return "<li>" + p.id + " " + esc(p.title) + " — " + esc(mem(p.member).name) + "</li>"; }).join("") : '<li class="muted">No pieces loaded</li>') + "</ul></article>";
    }).join("") + "</div>";
    view.innerHTML = h;
  }
  function firingMenu(btn, f) {
    showMenu(btn, [
      { label: "Start firing", disabled: f.status !== "Planned", fn: function () { f.status = "Firing"; toast(f.id + " started"); render(); } },
      { label: "Mark as done", disabled: f.status !== "Firing", fn: function () { f.status = "Done"; S.pieces.forEach(function (p) { if (p.firing === f.id && p.status === "Loaded") p.status = "Fired"; }); toast(f.id + " done — pieces ready"); render(); } },
      { label: "Edit notes…", fn: function () { openModal("Notes for " + f.id, '<div class="fld"><label class="l" for="fn-n">Notes</label><textarea id="fn-n" rows="3">' + esc(f.notes) + "</textarea></div>", [{ label: "Cancel" }, { label: "Save notes", cls: "pri", fn: function () { f.notes = val("fn-n"); toast("Notes saved"); render(); } }]); } },
      { label: "Cancel firing…", red: true, disabled: f.status !== "Planned", fn: function () { cancelFiringDlg(f); } }
    ]);
  }
  function cancelFiringDlg(f) {
    var n = S.pieces.filter(function (p) { return p.firing === f.id && p.status === "Loaded"; }).length;
    openModal("Cancel firing " + f.id + "?", '<p>' + esc(firingLabel(f)) + "</p>" +
      '<div class="fld"><label class="l" for="cf-r">Reason</label><select id="cf-r"><option value="">— choose a reason —</option>' + opts(["Kiln fault", "Not enough work", "Staff unavailable", "Power cut", "Other"], "") + "</select></div>" +
      '<div class="fld"><label class="l" for="cf-n">Notes (optional)</label><textarea id="cf-n" rows="2"></textarea></div>' +
      '<label class="chk"><input type="checkbox" id="cf-ret" checked> Return the ' + n + " loaded piece" + (n === 1 ? "" : "s") + ' to the kiln queue</label><div class="err" id="cf-err"></div>',
      [{ label: "Keep firing" }, { label: "Cancel firing", cls: "danger", fn: function () {
        var r = val("cf-r"); if (!r) { document.getElementById("cf-err").textContent = "Please choose a reason."; return false; }
        f.status = "Cancelled"; f.cancelReason = r; var nn = val("cf-n"); if (nn) f.notes = f.notes ? f.notes + " — " + nn : nn;
        if (document.getElementById("cf-ret").checked) S.pieces.forEach(function (p) { if (p.firing === f.id && p.status === "Loaded") { p.firing = ""; p.status = "Waiting"; } });
        toast(f.id + " cancelled"); render();
      } }]);
  }
  function newFiringDlg() {
    openModal("Schedule a firing", '<div class="two"><div class="fld"><label class="l" for="nf-k">Kiln</label><select id="nf-k">' + opts(["Big kiln", "Test kiln"], "Big kiln") + '</select></div><div class="fld"><label class="l" for="nf-d">Date</label><input type="date" id="nf-d" min="' + TODAY + '"></div></div>' +
      '<div class="two"><div class="fld"><span class="l">Type</span><div class="radios" role="radiogroup" aria-label="Type"><label><input type="radio" name="nf-t" value="Bisque" checked> Bisque</label><label><input type="radio" name="nf-t" value="Glaze"> Glaze</label></div></div><div class="fld"><label class="l" for="nf-c">Cone</label><select id="nf-c">' + opts(["04", "06", "6"], "04") + '</select></div></div><div class="fld"><label class="l" for="nf-n">Notes</label><textarea id="nf-n" rows="2"></textarea></div><div class="err" id="nf-err"></div>',
      [{ label: "Cancel" }, { label: "Schedule", cls: "pri", fn: function () {
        var d = val("nf-d"); if (!d) { document.getElementById("nf-err").textContent = "Pick a date."; return false; }
        S.firings.push(F("F-" + nextFiring++, val("nf-k"), d, overlay.querySelector("input[name=nf-t]:checked").value, val("nf-c"), "Planned", val("nf-n"))); toast("Firing scheduled"); render();
      } }]);
  }

  /* ---------- Members ---------- */
  function renderMembers() {
    var q = S.ui.mq.trim().toLowerCase(), t = S.ui.mTab;
    var list = S.members.filter(function (m) { return (t === "All" || m.status === t) && (!q || (m.name + " " + m.email + " " + m.shelf + " " + m.phone).toLowerCase().indexOf(q) >= 0); }).slice().sort(function (a, b) { return a.name.localeCompare(b.name); });
    var h = '<div class="bar"><h1>Members</h1><span class="sp"></span><input type="search" id="mq" placeholder="Search members…" aria-label="Search members" value="' + esc(S.ui.mq) + '"><button class="btn pri" data-act="newmember">+ Add member</button></div>' +
      '<div class="tabs" role="tablist">' + ["All", "Active", "Paused", "Lapsed"].map(function (x) { return '<button role="tab" data-act="mtab" data-tab="' + x + '" aria-selected="' + (t === x) + '">' + x + " (" + (x === "All" ? S.members.length : S.members.filter(function (m) { return m.status === x; }).length) + ")</button>"; }).join("") + "</div>";
    h += list.length ? '<table class="tbl"><thead><tr><th>Name</th><th>Plan</th><th>Shelf</th><th>Phone</th><th>Renews</th><th>Status</th><th></th></tr></thead><tbody>' + list.map(function (m) {
      return '<tr><td><button class="link" data-act="editmember" data-id="' + m.id + '">' + esc(m.name) + '</button><div class="muted">' + esc(m.email) + "</div></td><td>" + m.plan + "</td><td>" + (m.shelf || '<span class="muted">—</span>') + "</td><td>" + esc(m.phone) + "</td><td>" + fmtY(m.renewal) + "</td><td>" + badge(m.status) + (m.status === "Paused" ? '<div class="muted">until ' + fmtY(m.pausedUntil) + "</div>" : "") + '</td><td><button class="btn sm" data-act="editmember" data-id="' + m.id + '" aria-label="Edit ' + esc(m.name) + '">Edit</button></td></tr>';
    }).join("") + "</tbody></table>" : '<div class="empty">No members found.</div>';
    view.innerHTML = h;
    var mq = document.getElementById("mq");
    mq.addEventListener("input", function () { S.ui.mq = mq.value; var pos = mq.selectionStart; render(); var n = document.getElementById("mq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function freeShelves(except) { return SHELVES.filter(function (s) { return s === except || !S.members.some(function (m) { return m.shelf === s; }); }); }
  function editMemberDlg(m) {
    var md = openModal("Edit member — " + m.name,
      '<div class="tabs" role="tablist"><button role="tab" data-mt="d" aria-selected="true">Details</button><button role="tab" data-mt="m" aria-selected="false">Membership</button><button role="tab" data-mt="p" aria-selected="false">Preferences</button></div>' +
      '<div data-panel="d" role="tabpanel"><div class="fld"><label class="l" for="em-n">Full name</label><input type="text" id="em-n" value="' + esc(m.name) + '"></div><div class="fld"><label class="l" for="em-e">Email</label><input type="email" id="em-e" value="' + esc(m.email) + '"></div><div class="fld"><label class="l" for="em-p">Phone</label><input type="tel" id="em-p" value="' + esc(m.phone) + '"></div></div>' +
      '<div data-panel="m" role="tabpanel" hidden><div class="fld"><span class="l">Plan</span><div class="radios" role="radiogroup" aria-label="Plan">' + ["Full", "Off-peak", "Drop-in"].map(function (p) { return '<label><input type="radio" name="em-plan" value="' + p + '"' + (m.plan === p ? " checked" : "") + "> " + p + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><label class="l" for="em-sh">Shelf</label><select id="em-sh"><option value="">No shelf</option>' + opts(freeShelves(m.shelf), m.shelf) + "</select></div>" +
      '<div class="fld"><span class="l">Membership status</span><div class="radios" role="radiogroup" aria-label="Membership status">' + ["Active", "Paused", "Lapsed"].map(function (p) { return '<label><input type="radio" name="em-st" value="' + p + '"' + (m.status === p ? " checked" : "") + "> " + p + "</label>"; }).join("") + "</div></div>" +
      '<div class="fld" id="em-pu-wrap"' + (m.status === "Paused" ? "" : " hidden") + '><label class="l" for="em-pu">Paused until</label><input type="date" id="em-pu" min="' + TODAY + '" value="' + m.pausedUntil + '"></div>' +
      '<div class="fld"><label class="l" for="em-rn">Renewal date</label><input type="date" id="em-rn" value="' + m.renewal + '"></div></div>' +
      '<div data-panel="p" role="tabpanel" hidden><div class="fld"><label class="chk"><input type="checkbox" id="em-news"' + (m.newsletter ? " checked" : "") + '> Send the monthly studio newsletter</label></div><div class="fld"><label class="chk"><input type="checkbox" id="em-txt"' + (m.texts ? " checked" : "") + '> Text me when my pieces are out of the kiln</label></div></div><div class="err" id="em-err"></div>',
      [{ label: "Cancel" }, { label: "Save member", cls: "pri", fn: function () {
        var st = md.querySelector("input[name=em-st]:checked").value, pu = val("em-pu"), err = document.getElementById("em-err");
        if (!val("em-n")) { err.textContent = "Name is required."; return false; }
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(val("em-e"))) { err.textContent = "Enter a valid email address."; return false; }
        if (st === "Paused" && !pu) { err.textContent = "Choose the date the pause ends (Membership tab)."; return false; }
        m.name = val("em-n"); m.email = val("em-e"); m.phone = val("em-p"); m.plan = md.querySelector("input[name=em-plan]:checked").value; m.shelf = val("em-sh");
        m.status = st; m.pausedUntil = st === "Paused" ? pu : ""; m.renewal = val("em-rn") || m.renewal;
        m.newsletter = document.getElementById("em-news").checked; m.texts = document.getElementById("em-txt").checked;
        toast("Saved " + m.name); render();
      } }]);
    md.querySelectorAll("[data-mt]").forEach(function (b) { b.addEventListener("click", function () { md.querySelectorAll("[data-mt]").forEach(function (x) { x.setAttribute("aria-selected", x === b); }); md.querySelectorAll("[data-panel]").forEach(function (p) { p.hidden = p.dataset.panel !== b.dataset.mt; }); }); });
    md.querySelectorAll("input[name=em-st]").forEach(function (r) { r.addEventListener("change", function () { document.getElementById("em-pu-wrap").hidden = md.querySelector("input[name=em-st]:checked").value !== "Paused"; }); });
  }
  function newMemberDlg() {
    var md = openModal("Add member",
      '<div class="fld"><label class="l" for="nm-n">Full name</label><input type="text" id="nm-n"></div><div class="two"><div class="fld"><label class="l" for="nm-e">Email</label><input type="email" id="nm-e"></div><div class="fld"><label class="l" for="nm-p">Phone</label><input type="tel" id="nm-p"></div></div>' +
      '<div class="fld"><span class="l">Plan</span><div class="radios" role="radiogroup" aria-label="Plan"><label><input type="radio" name="nm-plan" value="Full" checked> Full (£65/month)</label><label><input type="radio" name="nm-plan" value="Off-peak"> Off-peak (£40/month)</label><label><input type="radio" name="nm-plan" value="Drop-in"> Drop-in (pay as you go)</label></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="nm-d">Start date</label><input type="date" id="nm-d" value="' + TODAY + '"></div><div class="fld"><label class="l" for="nm-sh">Shelf</label><select id="nm-sh"><option value="">No shelf</option>' + opts(freeShelves(""), "") + "</select></div></div>" +
      '<div class="fld"><label class="chk"><input type="checkbox" id="nm-news"> Send the monthly studio newsletter</label></div><div class="fld"><label class="chk"><input type="checkbox" id="nm-txt" checked> Text when pieces are out of the kiln</label></div><div class="err" id="nm-err"></div>',
      [{ label: "Cancel" }, { label: "Add member", cls: "pri", fn: function () {
        var err = document.getElementById("nm-err"), d = val("nm-d");
        if (!val("nm-n")) { err.textContent = "Name is required."; return false; }
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(val("nm-e"))) { err.textContent = "Enter a valid email address."; return false; }
        if (!d) { err.textContent = "Choose a start date."; return false; }
        var id = "M-" + nextMember++;
        S.members.push(M(id, val("nm-n"), val("nm-e"), val("nm-p"), md.querySelector("input[name=nm-plan]:checked").value, val("nm-sh"), "Active", "", d, addYears(d, 1), document.getElementById("nm-news").checked, document.getElementById("nm-txt").checked));
        toast(val("nm-n") + " added"); render();
      } }]);
  }

  /* ---------- Classes & glazes ---------- */
  function renderClasses() {
    view.innerHTML = '<div class="bar"><h1>Classes</h1></div><div class="cards">' + S.classes.map(function (c) {
      var full = c.enrolled.length >= c.capacity;
      return '<article class="card"><h3>' + esc(c.title) + '</h3><div class="meta">' + c.day + "s " + c.time + " · " + c.weeks + (c.weeks > 1 ? " weeks" : " day") + " · " + esc(c.tutor) + '</div><div class="meta" style="margin-top:4px"><b>' + c.enrolled.length + "/" + c.capacity + "</b> enrolled " + (full ? '<span class="badge b-Rejected">Full</span>' : '<span class="badge b-Fired">Spaces</span>') + "</div><ul>" + c.enrolled.map(function (id) { return "<li>" + esc(mem(id).name) + "</li>"; }).join("") + "</ul></article>";
    }).join("") + "</div>";
  }
  function renderGlazes() {
    view.innerHTML = '<div class="bar"><h1>Glazes</h1><span class="sp"></span><span class="muted">Untick “In stock” when a bucket runs out.</span></div><table class="tbl"><thead><tr><th>Glaze</th><th>Cone</th><th>Finish</th><th>Food safe</th><th>In stock</th></tr></thead><tbody>' + S.glazes.map(function (g) {
      return "<tr><td><b>" + esc(g.name) + "</b></td><td>" + g.cone + "</td><td>" + g.finish + "</td><td>" + (g.foodSafe ? "Yes" : '<span class="stock-off">No</span>') + '</td><td><label class="chk"><input type="checkbox" data-stock="' + g.id + '"' + (g.inStock ? " checked" : "") + "> " + (g.inStock ? '<span class="stock-on">In stock</span>' : '<span class="stock-off">Out</span>') + "</label></td></tr>";
    }).join("") + "</tbody></table>";
    view.querySelectorAll("[data-stock]").forEach(function (cb) { cb.addEventListener("change", function () { var g = S.glazes.find(function (x) { return x.id === cb.dataset.stock; }); g.inStock = cb.checked; toast(g.name + (g.inStock ? " back in stock" : " marked out of stock")); render(); }); });
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "pmenu") { e.stopPropagation(); pieceMenu(t, piece(t.dataset.id)); }
    else if (a === "fmenu") { e.stopPropagation(); firingMenu(t, firing(t.dataset.id)); }
    else if (a === "bulkload") loadDlg(S.ui.sel.slice());
    else if (a === "bulkcollect") {
      var bad = S.ui.sel.map(piece).filter(function (p) { return p.status !== "Fired"; });
      if (bad.length) { toast("Only fired pieces can be collected — " + bad.length + " selected piece" + (bad.length > 1 ? "s are" : " is") + " not fired."); return; }
      S.ui.sel.forEach(function (id) { piece(id).status = "Collected"; }); toast(S.ui.sel.length + " pieces collected"); S.ui.sel = []; render();
    }
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "newpiece") pieceDlg(null);
    else if (a === "ftab") { S.ui.fTab = t.dataset.tab; render(); }
    else if (a === "newfiring") newFiringDlg();
    else if (a === "mtab") { S.ui.mTab = t.dataset.tab; render(); }
    else if (a === "editmember") editMemberDlg(mem(t.dataset.id));
    else if (a === "newmember") newMemberDlg();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
