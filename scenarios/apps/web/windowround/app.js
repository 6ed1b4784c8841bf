(function () {
  "use strict";
  var TODAY = "2025-07-08";
  var ROUNDS = ["Mon – Hillside", "Tue – Oakfield", "Wed – Town centre", "Thu – Riverside", "Fri – Villages"];
  var TODAYS_ROUND = "Tue – Oakfield";
  var EXTRAS = { conservatory: ["Conservatory roof", 12], frames: ["Frames & sills", 5], gutters: ["Gutter clear", 25] };
  var K = function (id, name, addr, street, town, pc, phone, round, freq, price, pay, status, hold, last, next, bal, ex, notes) {
    return { id: id, name: name, address: addr, street: street, town: town, postcode: pc, phone: phone, round: round, frequency: freq, price: price, conservatory: ex.indexOf("c") >= 0, frames: ex.indexOf("f") >= 0, gutters: ex.indexOf("g") >= 0, payMethod: pay, status: status, holdUntil: hold, lastCleaned: last, nextDue: next, balance: bal, notes: notes || "" };
  };
  var T = "Tue – Oakfield";
  var customers = [
    K("W-101", "Mrs Ann Booth", "3 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AD", "01476 560 101", T, 4, 16, "GoCardless", "Active", "", "2025-06-10", "2025-07-08", 0, "", "Side gate code 1942"),
    K("W-102", "Mr Tom Hughes", "7 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AD", "01476 560 102", T, 6, 18, "Cash", "Active", "", "2025-05-27", "2025-07-08", 18, ""),
    K("W-103", "Mrs Jean Marsh", "9 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AD", "01476 560 103", T, 4, 15, "Bank transfer", "Active", "", "2025-06-10", "2025-07-08", 0, "f"),
    K("W-104", "Mr & Mrs Lowe", "12 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AE", "01476 560 104", T, 8, 22, "Cash", "Active", "", "2025-05-13", "2025-07-08", 22, "c", "Dog in back garden — ring first"),
    K("W-105", "Ms Kerry Fox", "15 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AD", "01476 560 105", T, 4, 16, "GoCardless", "Active", "", "2025-06-10", "2025-07-08", 0, ""),
    K("W-106", "Mr Alan Reeve", "18 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AE", "01476 560 106", T, 4, 17, "Cash", "Active", "", "2025-07-01", "2025-07-29", 0, ""),
    K("W-107", "Mrs Pat Dunn", "21 Oakfield Road", "Oakfield Road", "Grantham", "NG31 9AD", "01476 560 107", T, 4, 16, "Cash", "On hold", "2025-07-31", "2025-05-13", "2025-07-08", 0, "", "In hospital — hold until end of July"),
    K("W-108", "The Coopers", "3 Birch Close", "Birch Close", "Grantham", "NG31 9BB", "01476 560 108", T, 6, 20, "Bank transfer", "Active", "", "2025-05-27", "2025-07-08", 0, "c"),
    K("W-109", "Mr Sid Patel", "6 Birch Close", "Birch Close", "Grantham", "NG31 9BB", "01476 560 109", T, 4, 16, "Cash", "Active", "", "2025-06-10", "2025-07-08", 32, ""),
    K("W-110", "Mrs Harpreet Gill", "14 Elm Drive", "Elm Drive", "Grantham", "NG31 9EL", "01476 560 110", T, 4, 18, "Cash", "Active", "", "2025-06-10", "2025-07-08", 36, "f"),
    K("W-111", "Mr John Webb", "2 Elm Drive", "Elm Drive", "Grantham", "NG31 9EL", "01476 560 111", T, 8, 20, "GoCardless", "Active", "", "2025-05-13", "2025-07-08", 0, "g"),
    K("W-112", "Mr Ravi Gill", "5 Mill Street", "Mill Street", "Grantham", "NG31 6HQ", "01476 560 112", "Wed – Town centre", 4, 14, "Cash", "Active", "", "2025-06-11", "2025-07-09", 14, ""),
    K("W-113", "Dr Ellen Shaw", "1 The Paddocks", "The Paddocks", "Barrowby", "NG32 1DQ", "01476 560 113", "Fri – Villages", 8, 35, "Bank transfer", "Active", "", "2025-05-16", "2025-07-11", 0, "cf"),
    K("W-114", "Mrs Rose Finch", "40 Hill Rise", "Hill Rise", "Grantham", "NG31 8JP", "01476 560 114", "Mon – Hillside", 4, 16, "Cash", "Active", "", "2025-07-07", "2025-08-04", 0, ""),
    K("W-115", "Hillside Dental", "2 Hill Rise", "Hill Rise", "Grantham", "NG31 8JP", "01476 560 115", "Mon – Hillside", 4, 45, "Bank transfer", "Active", "", "2025-07-07", "2025-08-04", 45, "f", "Commercial — invoice monthly"),
    K("W-116", "Mr Karl Novak", "11 Hill Rise", "Hill Rise", "Grantham", "NG31 8JP", "01476 560 116", "Mon – Hillside", 6, 17, "Cash", "Cancelled", "", "2025-04-14", "", 0, "", "Moved away"),
    K("W-117", "Mrs Olive Grant", "8 River Lane", "River Lane", "Grantham", "NG31 7RL", "01476 560 117", "Thu – Riverside", 4, 16, "Cash", "Active", "", "2025-06-12", "2025-07-10", 16, ""),
    K("W-118", "The Ferry Inn", "Ferry Inn, Riverside Walk", "Riverside Walk", "Grantham", "NG31 7RW", "01476 560 118", "Thu – Riverside", 4, 38, "Bank transfer", "Active", "", "2025-06-12", "2025-07-10", 76, "fg"),
    K("W-119", "Mr & Mrs Cole", "23 Church Street", "Church Street", "Grantham", "NG31 6DR", "01476 560 119", "Wed – Town centre", 6, 19, "GoCardless", "Active", "", "2025-05-28", "2025-07-09", 0, ""),
    K("W-120", "Mrs Irene Hart", "4 Station Road", "Station Road", "Great Gonerby", "NG31 8LE", "01476 560 120", "Fri – Villages", 8, 24, "Cash", "Active", "", "2025-05-16", "2025-07-11", 0, "c")
  ];
  var payments = [
    { id: "PAY-881", customer: "W-114", date: "2025-07-07", amount: 16, method: "Cash", note: "" },
    { id: "PAY-882", customer: "W-101", date: "2025-06-12", amount: 16, method: "GoCardless", note: "Auto-collected" },
    { id: "PAY-883", customer: "W-105", date: "2025-06-12", amount: 16, method: "GoCardless", note: "Auto-collected" },
    { id: "PAY-884", customer: "W-103", date: "2025-06-14", amount: 15, method: "Bank transfer", note: "" },
    { id: "PAY-885", customer: "W-108", date: "2025-05-30", amount: 20, method: "Bank transfer", note: "" },
    { id: "PAY-886", customer: "W-119", date: "2025-05-30", amount: 19, method: "GoCardless", note: "Auto-collected" }
  ];
  var S = window.state = { today: TODAY, customers: customers, payments: payments,
    ui: { view: "today", sel: [], cq: "", cround: "All rounds", cstatus: "All", pq: "" } };
  var nextCust = 121, nextPay = 887;

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function addDays(d, n) { var t = dd(d); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function money(n) { return "£" + n.toFixed(2); }
  function cust(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function toast(t) { var d = document.createElement("div"); d.className = "toast"; d.setAttribute("role", "status"); d.textContent = t; document.getElementById("toasts").appendChild(d); setTimeout(function () { d.remove(); }, 3500); }
  function opts(list, cur) { return list.map(function (x) { var v = Array.isArray(x) ? x[0] : x, l = Array.isArray(x) ? x[1] : x; return '<option value="' + esc(v) + '"' + (String(v) === String(cur) ? " selected" : "") + ">" + esc(l) + "</option>"; }).join(""); }
  function val(id) { var e = document.getElementById(id); return e ? e.value.trim() : ""; }
  function badge(s) { return '<span class="badge b-' + s.replace(/ /g, "-") + '">' + s + "</span>"; }
  function extras(c) { return Object.keys(EXTRAS).filter(function (k) { return c[k]; }).map(function (k) { return '<span class="ex">' + EXTRAS[k][0] + "</span>"; }).join(""); }
  function visitPrice(c) { var p = c.price; Object.keys(EXTRAS).forEach(function (k) { if (c[k]) p += EXTRAS[k][1]; }); return p; }

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
    document.getElementById("today").textContent = fmt(TODAY) + " 2025 · " + TODAYS_ROUND + " round";
    document.querySelectorAll("#nav button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    document.getElementById("heading").textContent = { today: "Today's round", customers: "Customers", payments: "Payments", rounds: "Rounds" }[S.ui.view];
    ({ today: renderToday, customers: renderCustomers, payments: renderPayments, rounds: renderRounds })[S.ui.view]();
  }

  /* ---------- Today's round ---------- */
  function dueToday() { return S.customers.filter(function (c) { return c.round === TODAYS_ROUND && c.status === "Active" && c.nextDue && c.nextDue <= TODAY; }); }
  function renderToday() {
    var list = dueToday(), sel = S.ui.sel, streets = {};
    list.forEach(function (c) { (streets[c.street] = streets[c.street] || []).push(c); });
    var total = list.reduce(function (s, c) { return s + visitPrice(c); }, 0), done = S.customers.filter(function (c) { return c.round === TODAYS_ROUND && c.lastCleaned === TODAY; });
    var h = '<div class="summary"><div><b>' + list.length + '</b><span>still to clean today</span></div><div><b>' + done.length + '</b><span>cleaned today</span></div><div><b>' + money(total) + '</b><span>left on the round</span></div></div>';
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkclean">Mark cleaned</button><button class="btn sm" data-act="bulkskip">Skip…</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear</button></div>';
    if (!list.length) h += '<div class="wrap empty">Everyone on today\'s round is done.</div>';
    Object.keys(streets).sort().forEach(function (st) {
      var cs = streets[st].sort(function (a, b) { return parseInt(a.address, 10) - parseInt(b.address, 10); }), all = cs.every(function (c) { return sel.indexOf(c.id) >= 0; });
      h += '<section class="street" aria-label="' + esc(st) + '"><h2><input type="checkbox" data-street="' + esc(st) + '" aria-label="Select everyone on ' + esc(st) + '"' + (all ? " checked" : "") + ">" + esc(st) + ' <span class="n">' + cs.length + ' due</span></h2><table class="tbl"><tbody>' + cs.map(function (c) {
        var on = sel.indexOf(c.id) >= 0;
        return '<tr class="' + (on ? "sel" : "") + '"><td style="width:34px"><input type="checkbox" data-sel="' + c.id + '" aria-label="Select ' + esc(c.address) + '"' + (on ? " checked" : "") + '></td><td style="width:230px"><b>' + esc(c.address) + '</b><div class="muted">' + esc(c.name) + "</div></td><td>" + extras(c) + (c.notes ? '<div class="muted">' + esc(c.notes) + "</div>" : "") + '</td><td class="muted">every ' + c.frequency + " wks · last " + fmt(c.lastCleaned) + '</td><td class="r">' + money(visitPrice(c)) + '</td><td class="r">' + (c.balance > 0 ? '<span class="owes">owes ' + money(c.balance) + "</span>" : '<span class="muted">paid up</span>') + '</td><td class="r" style="width:110px"><span class="muted">' + c.payMethod + '</span></td><td style="width:40px"><button class="kebab" data-act="rmenu" data-id="' + c.id + '" aria-label="Actions for ' + esc(c.address) + '" aria-haspopup="menu">⋮</button></td></tr>';
      }).join("") + "</tbody></table></section>";
    });
    view.innerHTML = h;
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
    view.querySelectorAll("[data-street]").forEach(function (cb) { cb.addEventListener("change", function () { var ids = streets[cb.dataset.street].map(function (c) { return c.id; }); if (cb.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); }); });
  }
  function markCleaned(ids) {
    ids.forEach(function (id) { var c = cust(id); c.lastCleaned = TODAY; c.nextDue = addDays(TODAY, c.frequency * 7); if (c.payMethod !== "GoCardless") c.balance += visitPrice(c); });
    S.ui.sel = S.ui.sel.filter(function (x) { return ids.indexOf(x) < 0; });
    toast(ids.length === 1 ? cust(ids[0]).address + " marked cleaned" : ids.length + " houses marked cleaned"); render();
  }
  function skipDlg(ids) {
    openModal("Skip " + (ids.length === 1 ? cust(ids[0]).address : ids.length + " houses"), '<div class="fld"><span class="l">Reason</span><div class="radios" role="radiogroup" aria-label="Reason" style="flex-direction:column;gap:6px"><label><input type="radio" name="sk-r" value="No access"> No access / gate locked</label><label><input type="radio" name="sk-r" value="Weather"> Weather</label><label><input type="radio" name="sk-r" value="Customer asked"> Customer asked to skip</label></div></div><div class="fld"><label class="l" for="sk-d">Come back on</label><input type="date" id="sk-d" value="' + addDays(TODAY, 7) + '" min="' + addDays(TODAY, 1) + '"></div><div class="err" id="sk-err"></div>',
      [{ label: "Cancel" }, { label: "Skip visit", cls: "pri", fn: function () {
        var r = overlay.querySelector("input[name=sk-r]:checked"), d = val("sk-d");
        if (!r) { document.getElementById("sk-err").textContent = "Choose a reason."; return false; }
        if (!d) { document.getElementById("sk-err").textContent = "Choose when to come back."; return false; }
        ids.forEach(function (id) { cust(id).nextDue = d; }); S.ui.sel = S.ui.sel.filter(function (x) { return ids.indexOf(x) < 0; }); toast("Skipped — back on " + fmt(d)); render();
      } }]);
  }
  function rowMenu(btn, c) {
    showMenu(btn, [
      { label: "Mark cleaned", disabled: c.status !== "Active", fn: function () { markCleaned([c.id]); } },
      { label: "Skip this visit…", disabled: c.status !== "Active", fn: function () { skipDlg([c.id]); } },
      { label: "Record payment…", fn: function () { payDlg(c.id); } },
      { label: "Edit customer…", fn: function () { custDlg(c); } }
    ]);
  }

  /* ---------- Customers ---------- */
  function visibleCustomers() {
    var q = S.ui.cq.trim().toLowerCase();
    return S.customers.filter(function (c) {
      if (S.ui.cround !== "All rounds" && c.round !== S.ui.cround) return false;
      if (S.ui.cstatus !== "All" && c.status !== S.ui.cstatus) return false;
      return !q || (c.name + " " + c.address + " " + c.town + " " + c.postcode).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return ROUNDS.indexOf(a.round) - ROUNDS.indexOf(b.round) || a.street.localeCompare(b.street) || parseInt(a.address, 10) - parseInt(b.address, 10); });
  }
  function renderCustomers() {
    var list = visibleCustomers();
    var h = '<div class="bar"><input type="search" id="cq" placeholder="Search name, address, postcode…" aria-label="Search customers" style="width:270px" value="' + esc(S.ui.cq) + '"><select id="cr" aria-label="Round">' + opts(["All rounds"].concat(ROUNDS), S.ui.cround) + '</select><select id="cs" aria-label="Status">' + opts([["All", "Any status"], "Active", "On hold", "Cancelled"], S.ui.cstatus) + '</select><span class="sp"></span><button class="btn pri" data-act="newcust">+ Add customer</button></div>';
    h += '<div class="wrap"><table class="tbl"><thead><tr><th>Address</th><th>Customer</th><th>Round</th><th>Every</th><th class="r">Price</th><th>Next due</th><th class="r">Balance</th><th>Status</th><th></th></tr></thead><tbody>' + (list.length ? list.map(function (c) {
      return '<tr><td><button class="link" data-act="editcust" data-id="' + c.id + '">' + esc(c.address) + '</button><div class="muted">' + esc(c.town) + " " + esc(c.postcode) + "</div></td><td>" + esc(c.name) + "<div>" + extras(c) + "</div></td><td>" + c.round + "</td><td>" + c.frequency + ' wks</td><td class="r">' + money(c.price) + "</td><td>" + fmt(c.nextDue) + '</td><td class="r">' + (c.balance > 0 ? '<span class="owes">' + money(c.balance) + "</span>" : money(0)) + "</td><td>" + badge(c.status) + (c.status === "On hold" ? '<div class="muted">until ' + fmt(c.holdUntil) + "</div>" : "") + '</td><td><button class="kebab" data-act="cmenu" data-id="' + c.id + '" aria-label="Actions for ' + esc(c.address) + '" aria-haspopup="menu">⋮</button></td></tr>';
    }).join("") : '<tr><td colspan="9" class="empty">No customers match.</td></tr>') + '</tbody></table></div><p class="muted">' + list.length + " customers shown</p>";
    view.innerHTML = h;
    var cq = document.getElementById("cq");
    cq.addEventListener("input", function () { S.ui.cq = cq.value; var pos = cq.selectionStart; render(); var n = document.getElementById("cq"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("cr").addEventListener("change", function (e) { S.ui.cround = e.target.value; render(); });
    document.getElementById("cs").addEventListener("change", function (e) { S.ui.cstatus = e.target.value; render(); });
  }
  function custDlg(c) {
    var isNew = !c;
    var d = c || { name: "", address: "", street: "", town: "Grantham", postcode: "", phone: "", round: "", frequency: 4, price: "", conservatory: false, frames: false, gutters: false, payMethod: "", status: "Active", holdUntil: "", nextDue: "", notes: "", balance: 0 };
    var md = openModal(isNew ? "Add customer" : "Edit customer — " + c.address,
      '<div class="tabs" role="tablist"><button role="tab" data-ct="a" aria-selected="true">Address</button><button role="tab" data-ct="s" aria-selected="false">Service</button><button role="tab" data-ct="b" aria-selected="false">Billing</button></div>' +
      '<div data-cp="a" role="tabpanel"><div class="fld"><label class="l" for="cu-n">Customer name</label><input type="text" id="cu-n" value="' + esc(d.name) + '"></div><div class="two"><div class="fld"><label class="l" for="cu-a">House number and street</label><input type="text" id="cu-a" value="' + esc(d.address) + '"></div><div class="fld"><label class="l" for="cu-t">Town / village</label><input type="text" id="cu-t" value="' + esc(d.town) + '"></div></div>' +
      '<div class="two"><div class="fld"><label class="l" for="cu-pc">Postcode</label><input type="text" id="cu-pc" value="' + esc(d.postcode) + '"></div><div class="fld"><label class="l" for="cu-ph">Phone</label><input type="tel" id="cu-ph" value="' + esc(d.phone) + '"></div></div><div class="fld"><label class="l" for="cu-notes">Access notes</label><textarea id="cu-notes" rows="2">' + esc(d.notes) + "</textarea></div></div>" +
      '<div data-cp="s" role="tabpanel" hidden><div class="two"><div class="fld"><label class="l" for="cu-r">Round</label><select id="cu-r"><option value="">— choose round —</option>' + opts(ROUNDS, d.round) + '</select></div><div class="fld"><label class="l" for="cu-p">Price per clean (£)</label><input type="number" id="cu-p" min="0" step="0.5" value="' + d.price + '"></div></div>' +
      '<div class="fld"><span class="l">Clean every</span><div class="radios" role="radiogroup" aria-label="Clean every">' + [4, 6, 8].map(function (f) { return '<label><input type="radio" name="cu-f" value="' + f + '"' + (d.frequency === f ? " checked" : "") + "> " + f + " weeks</label>"; }).join("") + "</div></div>" +
      '<div class="fld"><span class="l">Extras (charged each visit)</span><div class="radios">' + Object.keys(EXTRAS).map(function (k) { return '<label><input type="checkbox" id="cu-x-' + k + '"' + (d[k] ? " checked" : "") + "> " + EXTRAS[k][0] + " (+£" + EXTRAS[k][1] + ")</label>"; }).join("") + "</div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="cu-next">' + (isNew ? "First clean" : "Next clean due") + '</label><input type="date" id="cu-next" value="' + d.nextDue + '"></div><div></div></div>' +
      '<div class="fld"><span class="l">Status</span><div class="radios" role="radiogroup" aria-label="Status">' + ["Active", "On hold", "Cancelled"].map(function (s) { return '<label><input type="radio" name="cu-st" value="' + s + '"' + (d.status === s ? " checked" : "") + "> " + s + "</label>"; }).join("") + '</div></div><div class="fld" id="cu-hold-w"' + (d.status === "On hold" ? "" : " hidden") + '><label class="l" for="cu-hold">On hold until</label><input type="date" id="cu-hold" min="' + TODAY + '" value="' + d.holdUntil + '"></div></div>' +
      '<div data-cp="b" role="tabpanel" hidden><div class="fld"><label class="l" for="cu-pay">Pays by</label><select id="cu-pay"><option value="">— choose —</option>' + opts(["Cash", "Bank transfer", "GoCardless", "Card"], d.payMethod) + '</select></div><p>Balance owed: <b>' + money(d.balance) + '</b></p><p class="muted">Record payments from the Payments page or the row menu.</p></div><div class="err" id="cu-err"></div>',
      [{ label: "Cancel" }, { label: isNew ? "Add customer" : "Save changes", cls: "pri", fn: function () {
        var err = document.getElementById("cu-err"), st = md.querySelector("input[name=cu-st]:checked").value, pr = parseFloat(val("cu-p"));
        if (!val("cu-n") || !val("cu-a")) { err.textContent = "Name and address are required (Address tab)."; return false; }
        if (!/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(val("cu-pc"))) { err.textContent = "Enter a valid postcode (Address tab)."; return false; }
        if (!val("cu-r") || !(pr > 0)) { err.textContent = "Choose a round and enter the price (Service tab)."; return false; }
        if (!val("cu-pay")) { err.textContent = "Choose how they pay (Billing tab)."; return false; }
        if (st === "On hold" && !val("cu-hold")) { err.textContent = "Enter the date the hold ends (Service tab)."; return false; }
        if (st === "Active" && !val("cu-next")) { err.textContent = "Enter the " + (isNew ? "first" : "next") + " clean date (Service tab)."; return false; }
        var o = isNew ? K("W-" + nextCust++, "", "", "", "", "", "", "", 4, 0, "", "Active", "", "", "", 0, "") : c;
        var addr = val("cu-a"); if (isNew || addr !== o.address) o.street = addr.replace(/^\d+[a-z]?,?\s+/i, "") || addr;
        o.name = val("cu-n"); o.address = addr; o.town = val("cu-t"); o.postcode = val("cu-pc").toUpperCase(); o.phone = val("cu-ph"); o.notes = val("cu-notes");
        o.round = val("cu-r"); o.price = pr; o.frequency = +md.querySelector("input[name=cu-f]:checked").value;
        Object.keys(EXTRAS).forEach(function (k) { o[k] = document.getElementById("cu-x-" + k).checked; });
        o.nextDue = val("cu-next"); o.status = st; o.holdUntil = st === "On hold" ? val("cu-hold") : ""; o.payMethod = val("cu-pay");
        if (isNew) S.customers.push(o);
        S.ui.sel = S.ui.sel.filter(function (x) { return x !== o.id; });
        toast(isNew ? o.address + " added" : "Saved " + o.address); render();
      } }]);
    md.querySelectorAll("[data-ct]").forEach(function (b) { b.addEventListener("click", function () { md.querySelectorAll("[data-ct]").forEach(function (x) { x.setAttribute("aria-selected", x === b); }); md.querySelectorAll("[data-cp]").forEach(function (p) { p.hidden = p.dataset.cp !== b.dataset.ct; }); }); });
    md.querySelectorAll("input[name=cu-st]").forEach(function (r) { r.addEventListener("change", function () { document.getElementById("cu-hold-w").hidden = md.querySelector("input[name=cu-st]:checked").value !== "On hold"; }); });
  }

  /* ---------- Payments ---------- */
  function renderPayments() {
    var q = S.ui.pq.trim().toLowerCase();
    var owing = S.customers.filter(function (c) { return c.balance > 0; }).sort(function (a, b) { return b.balance - a.balance; });
    var list = S.payments.filter(function (p) { var c = cust(p.customer); return !q || (c.name + " " + c.address + " " + p.method).toLowerCase().indexOf(q) >= 0; }).slice().reverse();
    var h = '<div class="bar"><span class="muted">Total owed: <b class="owes">' + money(owing.reduce(function (s, c) { return s + c.balance; }, 0)) + '</b></span><span class="sp"></span><button class="btn pri" data-act="newpay">+ Record payment</button></div>' +
      '<div class="two" style="align-items:start"><div class="wrap"><table class="tbl"><thead><tr><th colspan="3">Customers owing</th></tr></thead><tbody>' + owing.map(function (c) { return "<tr><td><b>" + esc(c.address) + '</b><div class="muted">' + esc(c.name) + '</div></td><td class="r owes">' + money(c.balance) + '</td><td class="r"><button class="btn sm" data-act="payfor" data-id="' + c.id + '" aria-label="Record payment from ' + esc(c.address) + '">Record payment</button></td></tr>'; }).join("") + "</tbody></table></div>" +
      '<div class="wrap"><div style="padding:8px"><input type="search" id="pq" placeholder="Search payments…" aria-label="Search payments" style="width:100%" value="' + esc(S.ui.pq) + '"></div><table class="tbl"><thead><tr><th>Date</th><th>From</th><th>Method</th><th class="r">Amount</th></tr></thead><tbody>' + list.map(function (p) { var c = cust(p.customer); return "<tr><td>" + fmt(p.date) + "</td><td>" + esc(c.address) + '<div class="muted">' + esc(c.name) + "</div></td><td>" + p.method + '</td><td class="r">' + money(p.amount) + "</td></tr>"; }).join("") + "</tbody></table></div></div>";
    view.innerHTML = h;
    var pq = document.getElementById("pq");
    pq.addEventListener("input", function () { S.ui.pq = pq.value; var pos = pq.selectionStart; render(); var n = document.getElementById("pq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function payDlg(cid) {
    var active = S.customers.filter(function (c) { return c.status !== "Cancelled" || c.balance > 0; }).sort(function (a, b) { return a.address.localeCompare(b.address, undefined, { numeric: true }); });
    var md = openModal("Record payment", '<div class="fld"><label class="l" for="py-c">Customer</label><select id="py-c"><option value="">— choose customer —</option>' + opts(active.map(function (c) { return [c.id, c.address + " — " + c.name + (c.balance > 0 ? " (owes " + money(c.balance) + ")" : "")]; }), cid || "") + "</select></div>" +
      '<div class="two"><div class="fld"><label class="l" for="py-a">Amount (£)</label><input type="number" id="py-a" min="0" step="0.01"' + (cid && cust(cid).balance > 0 ? ' value="' + cust(cid).balance + '"' : "") + '></div><div class="fld"><label class="l" for="py-d">Date</label><input type="date" id="py-d" value="' + TODAY + '" max="' + TODAY + '"></div></div>' +
      '<div class="fld"><span class="l">Method</span><div class="radios" role="radiogroup" aria-label="Method">' + ["Cash", "Bank transfer", "Card"].map(function (m) { return '<label><input type="radio" name="py-m" value="' + m + '"> ' + m + "</label>"; }).join("") + '</div></div><div class="fld"><label class="l" for="py-n">Note</label><input type="text" id="py-n"></div><div class="err" id="py-err"></div>',
      [{ label: "Cancel" }, { label: "Save payment", cls: "pri", fn: function () {
        var err = document.getElementById("py-err"), c = val("py-c"), a = parseFloat(val("py-a")), m = md.querySelector("input[name=py-m]:checked");
        if (!c) { err.textContent = "Choose the customer."; return false; }
        if (!(a > 0)) { err.textContent = "Enter the amount paid."; return false; }
        if (!m) { err.textContent = "Choose the payment method."; return false; }
        var k = cust(c); S.payments.push({ id: "PAY-" + nextPay++, customer: c, date: val("py-d") || TODAY, amount: a, method: m.value, note: val("py-n") });
        k.balance = Math.round((k.balance - a) * 100) / 100; toast(money(a) + " recorded for " + k.address); render();
      } }]);
    md.querySelector("#py-c").addEventListener("change", function (e) { var k = e.target.value && cust(e.target.value); if (k && k.balance > 0) document.getElementById("py-a").value = k.balance; });
  }

  function renderRounds() {
    view.innerHTML = '<div class="rcards">' + ROUNDS.map(function (r) {
      var cs = S.customers.filter(function (c) { return c.round === r && c.status === "Active"; });
      return '<section><h3>' + r + (r === TODAYS_ROUND ? " · today" : "") + '</h3><div class="muted">' + cs.length + " active customers · " + money(cs.reduce(function (s, c) { return s + visitPrice(c); }, 0)) + ' per full round</div><ul style="padding-left:18px;margin:8px 0 0">' + Array.from(new Set(cs.map(function (c) { return c.street; }))).map(function (s) { return "<li>" + esc(s) + "</li>"; }).join("") + "</ul></section>";
    }).join("") + "</div>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "rmenu" || a === "cmenu") { e.stopPropagation(); rowMenu(t, cust(t.dataset.id)); }
    else if (a === "bulkclean") markCleaned(S.ui.sel.slice());
    else if (a === "bulkskip") skipDlg(S.ui.sel.slice());
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "editcust") custDlg(cust(t.dataset.id));
    else if (a === "newcust") custDlg(null);
    else if (a === "newpay") payDlg("");
    else if (a === "payfor") payDlg(t.dataset.id);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
