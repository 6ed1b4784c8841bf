(function () {
  "use strict";
  var TODAY = "2025-05-21";
  var ME = "Rosie Lamb";
  var TYPES = ["Thesis binding", "Restoration", "Rebind", "Journal / notebook", "Clamshell box"];
  var COVERS = ["Buckram", "Book cloth", "Quarter leather", "Full leather"];
  var UNIT = { "Buckram": 45, "Book cloth": 55, "Quarter leather": 95, "Full leather": 140 }, RUSH = 15;
  var LEATHERS = ["Calf", "Goatskin", "Sheepskin"];
  var COLOURS = ["Black", "Navy", "Maroon", "Burgundy", "Bottle green", "Tan", "Grey"];
  var FOILS = ["Gold", "Silver", "Blind", "None"];
  var BINDERS = ["Imogen Reeve", "Frank Ollerton", "Sadia Karim"];
  var STAGES = ["Received", "Quoted", "In progress", "Ready", "Collected", "Cancelled"];

  var Cu = function (id, name, contact, email, phone, type) { return { id: id, name: name, contact: contact, email: email, phone: phone, type: type }; };
  var customers = [
    Cu("CU-01", "University of Westbridge — Dept of History", "Dr Alan Pryce", "history.office@westbridge.example.ac.uk", "01632 960101", "Institution"),
    Cu("CU-02", "University of Westbridge — Dept of Chemistry", "Sarah Oduya", "chem.admin@westbridge.example.ac.uk", "01632 960102", "Institution"),
    Cu("CU-03", "Mr Geoffrey Whitaker", "", "g.whitaker@example.com", "07700 900601", "Private"),
    Cu("CU-04", "Whitaker Hall Library", "Joan Fenwick", "library@whitakerhall.example.org", "01632 960104", "Institution"),
    Cu("CU-05", "Lady Caroline Ashcombe", "", "c.ashcombe@example.com", "07700 900605", "Private"),
    Cu("CU-06", "Tom Brightwell", "", "t.brightwell@westbridge.example.ac.uk", "07700 900606", "Student"),
    Cu("CU-07", "Hannah Osei", "", "h.osei@westbridge.example.ac.uk", "07700 900607", "Student"),
    Cu("CU-08", "St Bede's Parish Church", "Rev. Mark Tully", "office@stbedes.example.org", "01632 960108", "Institution"),
    Cu("CU-09", "Marlowe & Finch Booksellers", "Ed Finch", "books@marlowefinch.example.com", "01632 960109", "Trade"),
    Cu("CU-10", "Dr Rupert Kaye", "", "rupert.kaye@example.com", "07700 900610", "Private"),
    Cu("CU-11", "Westbridge County Archives", "Maya Collins", "archives@westbridgecc.example.gov.uk", "01632 960111", "Institution"),
    Cu("CU-12", "Priyanka Sethi", "", "p.sethi@westbridge.example.ac.uk", "07700 900612", "Student"),
    Cu("CU-13", "Felix Armitage", "", "felix.armitage@example.com", "07700 900613", "Private"),
    Cu("CU-14", "The Lantern Press", "Grace Holloway", "hello@lanternpress.example.com", "01632 960114", "Trade")
  ];
  var O = function (id, cu, type, title, copies, cover, leather, colour, foil, lettering, due, stage, binder, rush, price, received, collectedOn) {
    return { id: id, customer: cu, type: type, title: title, copies: copies, cover: cover, leather: leather, colour: colour, foil: foil, lettering: lettering, due: due, stage: stage, binder: binder, rush: rush, price: price, received: received, collectedOn: collectedOn || "", collectedBy: "", cancelReason: "" };
  };
  var orders = [
    O("BB-2201", "CU-01", "Thesis binding", "MA dissertations (batch of 6)", 6, "Buckram", "", "Black", "Gold", "MA HISTORY 2025", "2025-05-16", "Ready", "Frank Ollerton", false, 270, "2025-05-02"),
    O("BB-2202", "CU-01", "Rebind", "Parish register facsimiles, vols 1–3", 3, "Book cloth", "", "Maroon", "Gold", "", "2025-05-20", "Ready", "Imogen Reeve", false, 195, "2025-04-24"),
    O("BB-2203", "CU-01", "Clamshell box", "Box for 1840s letter collection", 1, "Book cloth", "", "Grey", "None", "", "2025-05-19", "Ready", "Sadia Karim", false, 145, "2025-05-01"),
    O("BB-2204", "CU-01", "Rebind", "Departmental minute books 1952–60", 2, "Quarter leather", "Sheepskin", "Bottle green", "Gold", "MINUTES 1952–60", "2025-06-04", "In progress", "Frank Ollerton", false, 260, "2025-05-07"),
    O("BB-2205", "CU-01", "Thesis binding", "PhD thesis — R. Gallagher", 2, "Buckram", "", "Navy", "Gold", "R. GALLAGHER PhD 2025", "2025-05-09", "Collected", "Sadia Karim", false, 90, "2025-05-01", "2025-05-09"),
    O("BB-2206", "CU-02", "Thesis binding", "MSc project reports (batch of 4)", 4, "Buckram", "", "Black", "Silver", "MSc CHEMISTRY 2025", "2025-05-20", "Ready", "Sadia Karim", false, 180, "2025-05-06"),
    O("BB-2207", "CU-03", "Restoration", "Family bible (1873)", 1, "Full leather", "Calf", "Black", "Gold", "HOLY BIBLE", "2025-06-20", "In progress", "Imogen Reeve", false, 340, "2025-05-03"),
    O("BB-2208", "CU-04", "Rebind", "Local history pamphlets, bound volume", 1, "Book cloth", "", "Bottle green", "Gold", "WHITAKER HALL PAMPHLETS", "2025-05-21", "Ready", "Frank Ollerton", false, 85, "2025-05-08"),
    O("BB-2209", "CU-06", "Thesis binding", "PhD thesis", 3, "Buckram", "", "Maroon", "Gold", "T. BRIGHTWELL PhD 2025", "2025-05-23", "In progress", "Sadia Karim", true, 180, "2025-05-12"),
    O("BB-2210", "CU-07", "Thesis binding", "MPhil thesis", 2, "Book cloth", "", "Navy", "Gold", "H. OSEI MPhil 2025", "2025-06-06", "Received", "", false, 110, "2025-05-19"),
    O("BB-2211", "CU-05", "Restoration", "Ashcombe estate ledger, vol. 4", 1, "Full leather", "Calf", "Tan", "Gold", "LEDGER IV", "2025-06-13", "In progress", "Imogen Reeve", false, 420, "2025-04-28"),
    O("BB-2212", "CU-08", "Restoration", "Altar missal", 1, "Full leather", "Goatskin", "Burgundy", "Gold", "MISSALE ROMANUM", "2025-07-11", "Quoted", "", false, 380, "2025-05-10"),
    O("BB-2213", "CU-09", "Rebind", "Cloth rebacks (5 volumes)", 5, "Book cloth", "", "Tan", "Blind", "", "2025-05-30", "In progress", "Frank Ollerton", false, 225, "2025-05-06"),
    O("BB-2214", "CU-10", "Journal / notebook", "A5 travel journals", 3, "Quarter leather", "Goatskin", "Bottle green", "Blind", "", "2025-05-14", "Ready", "Sadia Karim", false, 165, "2025-04-30"),
    O("BB-2215", "CU-11", "Clamshell box", "Boxes for tithe maps", 4, "Book cloth", "", "Grey", "None", "", "2025-06-27", "In progress", "Imogen Reeve", false, 520, "2025-05-15"),
    O("BB-2216", "CU-12", "Thesis binding", "PhD thesis", 1, "Buckram", "", "Black", "Gold", "P. SETHI PhD 2025", "2025-05-28", "Received", "", false, 45, "2025-05-20"),
    O("BB-2217", "CU-13", "Rebind", "Pickwick Papers (1837 edition)", 1, "Quarter leather", "Calf", "Maroon", "Gold", "PICKWICK", "2025-05-30", "Cancelled", "", false, 150, "2025-04-22"),
    O("BB-2218", "CU-14", "Journal / notebook", "Limited edition poetry run (50 copies)", 50, "Book cloth", "", "Navy", "Gold", "LANTERN", "2025-07-04", "Quoted", "", false, 1250, "2025-05-14"),
    O("BB-2219", "CU-03", "Rebind", "Ordnance Survey atlas", 1, "Book cloth", "", "Grey", "Gold", "", "2025-04-11", "Collected", "Frank Ollerton", false, 75, "2025-03-28", "2025-04-11"),
    O("BB-2220", "CU-02", "Thesis binding", "PhD thesis — L. Zhou", 3, "Buckram", "", "Navy", "Gold", "L. ZHOU PhD 2025", "2025-05-27", "In progress", "Frank Ollerton", false, 135, "2025-05-16"),
    O("BB-2221", "CU-01", "Thesis binding", "PhD thesis — S. Patel", 2, "Buckram", "", "Navy", "Gold", "S. PATEL PhD 2025", "2025-05-21", "Ready", "Sadia Karim", false, 90, "2025-05-12")
  ];
  orders[16].cancelReason = "Customer sold the book";
  var Pa = function (id, order, date, amount, method, kind) { return { id: id, order: order, date: date, amount: amount, method: method, kind: kind }; };
  var payments = [
    Pa("PAY-501", "BB-2201", "2025-05-02", 135, "Bank transfer", "Deposit"),
    Pa("PAY-502", "BB-2209", "2025-05-12", 90, "Card", "Deposit"),
    Pa("PAY-503", "BB-2211", "2025-04-28", 200, "Bank transfer", "Deposit"),
    Pa("PAY-504", "BB-2205", "2025-05-09", 90, "Card", "Payment in full"),
    Pa("PAY-505", "BB-2213", "2025-05-06", 225, "Bank transfer", "Payment in full"),
    Pa("PAY-506", "BB-2214", "2025-05-01", 80, "Cash", "Deposit"),
    Pa("PAY-507", "BB-2219", "2025-04-11", 75, "Cash", "Payment in full"),
    Pa("PAY-508", "BB-2215", "2025-05-15", 260, "Bank transfer", "Deposit"),
    Pa("PAY-509", "BB-2220", "2025-05-16", 50, "Card", "Deposit")
  ];
  var notes = [
    { id: "N-01", order: "BB-2211", date: "2025-04-28", by: "Imogen Reeve", text: "Re-use the original marbled endpapers where possible." },
    { id: "N-02", order: "BB-2207", date: "2025-05-03", by: "Imogen Reeve", text: "Text block sound; spine and boards detached. Keep the family register pages in place." },
    { id: "N-03", order: "BB-2212", date: "2025-05-10", by: "Frank Ollerton", text: "Quote sent. Parish council meets on 2 June to approve." },
    { id: "N-04", order: "BB-2209", date: "2025-05-12", by: "Sadia Karim", text: "Email a lettering proof before stamping." }
  ];

  var S = window.state = { today: TODAY, customers: customers, orders: orders, payments: payments, notes: notes,
    ui: { view: "orders", q: "", stage: "Open orders", type: "All types", binder: "All binders", sel: [], open: "", tab: "details", cq: "", pq: "" } };
  var nextOrder = 2222, nextCust = 15, nextPay = 510, nextNote = 5;

  /* ---------- helpers ---------- */
  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); }
  function fmt(d) { if (!d) return "—"; var t = dd(d); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function fmtY(d) { if (!d) return "—"; var t = dd(d); return t.getUTCDate() + " " + MON[t.getUTCMonth()] + " " + t.getUTCFullYear(); }
  function money(n) { return "£" + (+n).toFixed(2); }
  function cust(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function order(id) { return S.orders.find(function (o) { return o.id === id; }); }
  function paid(o) { return S.payments.filter(function (p) { return p.order === o.id; }).reduce(function (a, p) { return a + p.amount; }, 0); }
  function badge(s) { return '<span class="badge b-' + s.replace(/\s/g, "") + '">' + esc(s) + "</span>"; }
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
    document.getElementById("crumb").textContent = "Bindery / " + { orders: "Orders", customers: "Customers", payments: "Payments" }[S.ui.view];
    ({ orders: renderOrders, customers: renderCustomers, payments: renderPayments })[S.ui.view]();
  }

  /* ---------- Orders ---------- */
  function visibleOrders() {
    var q = S.ui.q.trim().toLowerCase();
    return S.orders.filter(function (o) {
      if (S.ui.stage === "Open orders" && (o.stage === "Collected" || o.stage === "Cancelled")) return false;
      if (S.ui.stage !== "Open orders" && S.ui.stage !== "All stages" && o.stage !== S.ui.stage) return false;
      if (S.ui.type !== "All types" && o.type !== S.ui.type) return false;
      if (S.ui.binder === "Unassigned" && o.binder) return false;
      if (S.ui.binder !== "All binders" && S.ui.binder !== "Unassigned" && o.binder !== S.ui.binder) return false;
      if (!q) return true; var c = cust(o.customer);
      return (o.id + " " + c.name + " " + c.contact + " " + o.title + " " + o.lettering).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1; });
  }
  function renderOrders() {
    var list = visibleOrders(), sel = S.ui.sel, cur = S.ui.open ? order(S.ui.open) : null;
    var h = '<div class="bar"><h1>Orders</h1><span class="sp"></span><button class="btn pri" data-act="neworder">+ New order</button></div>' +
      '<div class="bar"><input type="search" id="q" placeholder="Search customer, title, order no…" aria-label="Search orders" style="width:250px" value="' + esc(S.ui.q) + '">' +
      '<select id="f-stage" aria-label="Stage">' + opts(["Open orders", "All stages"].concat(STAGES), S.ui.stage) + "</select>" +
      '<select id="f-type" aria-label="Order type">' + opts(["All types"].concat(TYPES), S.ui.type) + "</select>" +
      '<select id="f-binder" aria-label="Binder">' + opts(["All binders", "Unassigned"].concat(BINDERS), S.ui.binder) + "</select>" +
      '<span class="sp"></span><span class="muted">' + list.length + " order" + (list.length === 1 ? "" : "s") + "</span></div>";
    if (sel.length) h += '<div class="bulk" role="region" aria-label="Bulk actions"><b>' + sel.length + ' selected</b><button class="btn sm" data-act="bulkcollect">Mark collected…</button><button class="btn sm" data-act="bulkbinder">Assign binder…</button><span class="sp"></span><button class="btn sm" data-act="clearsel">Clear selection</button></div>';
    var tbl;
    if (!list.length) tbl = '<div class="empty">No orders match these filters.</div>';
    else {
      var all = list.every(function (o) { return sel.indexOf(o.id) >= 0; });
      tbl = '<table class="tbl"><thead><tr><th style="width:32px"><input type="checkbox" id="selall" aria-label="Select all shown"' + (all ? " checked" : "") + '></th><th>Order</th><th>Customer</th>' + (cur ? "" : "<th>Binding</th><th>Binder</th>") + '<th>Due</th><th>Stage</th><th></th></tr></thead><tbody>' + list.map(function (o) {
        var on = sel.indexOf(o.id) >= 0, c = cust(o.customer);
        return '<tr class="' + (on ? "sel" : cur && cur.id === o.id ? "cur" : "") + '"><td><input type="checkbox" data-sel="' + o.id + '" aria-label="Select ' + o.id + '"' + (on ? " checked" : "") + '></td><td><button class="link" data-act="open" data-id="' + o.id + '">' + o.id + "</button>" + (o.rush ? '<span class="rush">RUSH</span>' : "") + '<div class="muted">' + esc(o.title) + "</div></td><td>" + esc(c.name) + "</td>" +
          (cur ? "" : "<td>" + esc(o.type) + '<div class="muted">' + o.copies + " × " + esc(o.cover + (o.leather ? " (" + o.leather.toLowerCase() + ")" : "") + ", " + o.colour.toLowerCase()) + "</div></td><td>" + (o.binder ? esc(o.binder) : '<span class="muted">Unassigned</span>') + "</td>") +
          "<td>" + fmt(o.due) + "</td><td>" + badge(o.stage) + '</td><td><button class="kebab" data-act="omenu" data-id="' + o.id + '" aria-label="Actions for ' + o.id + '" aria-haspopup="menu">⋯</button></td></tr>';
      }).join("") + "</tbody></table>";
    }
    view.innerHTML = h + (cur ? '<div class="split"><div>' + tbl + "</div>" + orderPanel(cur) + "</div>" : tbl);
    var q = document.getElementById("q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("q"); n.focus(); n.setSelectionRange(pos, pos); });
    [["f-stage", "stage"], ["f-type", "type"], ["f-binder", "binder"]].forEach(function (p) { document.getElementById(p[0]).addEventListener("change", function (e) { S.ui[p[1]] = e.target.value; render(); }); });
    var sa = document.getElementById("selall");
    if (sa) sa.addEventListener("change", function () { var ids = visibleOrders().map(function (o) { return o.id; }); if (sa.checked) ids.forEach(function (i) { if (S.ui.sel.indexOf(i) < 0) S.ui.sel.push(i); }); else S.ui.sel = S.ui.sel.filter(function (i) { return ids.indexOf(i) < 0; }); render(); });
    view.querySelectorAll("[data-sel]").forEach(function (cb) { cb.addEventListener("change", function () { var id = cb.dataset.sel; if (cb.checked) { if (S.ui.sel.indexOf(id) < 0) S.ui.sel.push(id); } else S.ui.sel = S.ui.sel.filter(function (x) { return x !== id; }); render(); }); });
    var addn = document.getElementById("note-add");
    if (addn) addn.addEventListener("click", function () {
      var t = document.getElementById("note-text").value.trim();
      if (!t) { document.getElementById("note-err").textContent = "Type a note first."; return; }
      S.notes.push({ id: "N-" + (nextNote < 10 ? "0" : "") + nextNote++, order: cur.id, date: TODAY, by: ME, text: t }); toast("Note added to " + cur.id); render();
    });
  }
  function orderPanel(o) {
    var c = cust(o.customer), t = S.ui.tab, ps = S.payments.filter(function (p) { return p.order === o.id; }), ns = S.notes.filter(function (n) { return n.order === o.id; });
    var h = '<aside class="panel" aria-label="Order ' + o.id + '"><div class="hd"><div><h2>' + o.id + (o.rush ? '<span class="rush">RUSH</span>' : "") + '</h2><div class="muted">' + esc(o.title) + '</div></div><button class="close" data-act="closepanel" aria-label="Close order details">×</button></div>' +
      '<div class="tabs" role="tablist">' + [["details", "Details"], ["payments", "Payments (" + ps.length + ")"], ["notes", "Notes (" + ns.length + ")"]].map(function (x) { return '<button role="tab" data-act="tab" data-tab="' + x[0] + '" aria-selected="' + (t === x[0]) + '">' + x[1] + "</button>"; }).join("") + '</div><div role="tabpanel">';
    if (t === "details") {
      h += '<dl class="kv"><dt>Customer</dt><dd>' + esc(c.name) + (c.contact ? '<div class="muted">' + esc(c.contact) + "</div>" : "") + "</dd><dt>Type</dt><dd>" + esc(o.type) + "</dd><dt>Copies</dt><dd>" + o.copies + "</dd><dt>Cover</dt><dd>" + esc(o.cover) + (o.leather ? " — " + esc(o.leather) : "") + "</dd><dt>Colour</dt><dd>" + esc(o.colour) + "</dd><dt>Lettering</dt><dd>" + (o.lettering ? esc(o.lettering) + ' <span class="muted">(' + o.foil.toLowerCase() + ")</span>" : '<span class="muted">none</span>') + "</dd><dt>Received</dt><dd>" + fmtY(o.received) + "</dd><dt>Due</dt><dd>" + fmtY(o.due) + "</dd><dt>Binder</dt><dd>" + (o.binder ? esc(o.binder) : '<span class="muted">Unassigned</span>') + "</dd><dt>Stage</dt><dd>" + badge(o.stage) + (o.collectedOn ? ' <span class="muted">' + fmtY(o.collectedOn) + "</span>" : "") + "</dd><dt>Price</dt><dd>" + money(o.price) + "</dd></dl>" +
        '<div style="margin-top:12px"><button class="btn" data-act="editorder" data-id="' + o.id + '">Edit order…</button></div>';
    } else if (t === "payments") {
      var p = paid(o);
      h += (ps.length ? '<table class="tbl"><tbody>' + ps.map(function (x) { return "<tr><td>" + fmtY(x.date) + '<div class="muted">' + x.kind + " · " + x.method + '</div></td><td style="text-align:right">' + money(x.amount) + "</td></tr>"; }).join("") + "</tbody></table>" : '<p class="muted">No payments yet.</p>') +
        '<p>Paid <b>' + money(p) + "</b> of " + money(o.price) + " · Balance due <b>" + money(o.price - p) + '</b></p><button class="btn pri" data-act="pay" data-id="' + o.id + '">Record payment…</button>';
    } else {
      h += (ns.length ? ns.map(function (n) { return '<div class="note">' + esc(n.text) + '<div class="muted">' + esc(n.by) + " · " + fmtY(n.date) + "</div></div>"; }).join("") : '<p class="muted">No notes yet.</p>') +
        '<div class="fld"><label class="l" for="note-text">Add a note</label><textarea id="note-text" rows="2"></textarea></div><div class="err" id="note-err"></div><button class="btn pri" id="note-add" type="button">Add note</button>';
    }
    return h + "</div></aside>";
  }
  function orderMenu(btn, o) {
    var open = o.stage !== "Collected" && o.stage !== "Cancelled";
    showMenu(btn, [
      { label: "Open order", fn: function () { S.ui.open = o.id; S.ui.tab = "details"; render(); } },
      { label: "Edit order…", disabled: !open, fn: function () { orderDlg(o); } },
      { label: "Mark ready for collection", disabled: o.stage !== "In progress", fn: function () { o.stage = "Ready"; toast(o.id + " is ready for collection"); render(); } },
      { label: "Mark collected…", disabled: o.stage !== "Ready", fn: function () { collectDlg([o.id]); } },
      { label: "Record payment…", fn: function () { payDlg(o); } },
      { label: "Cancel order…", red: true, disabled: !open, fn: function () { cancelDlg(o); } }
    ]);
  }
  function collectDlg(ids) {
    var bad = ids.map(order).filter(function (o) { return o.stage !== "Ready"; });
    if (bad.length) { toast("Only orders that are ready can be collected — " + bad.map(function (o) { return o.id + " is " + o.stage.toLowerCase(); }).join(", ") + "."); return; }
    openModal("Mark collected", "<p>" + ids.length + " order" + (ids.length === 1 ? "" : "s") + ': <span class="muted">' + ids.join(", ") + "</span></p>" +
      '<div class="two"><div class="fld"><label class="l" for="co-by">Collected by (optional)</label><input type="text" id="co-by"></div><div class="fld"><label class="l" for="co-d">Collected on</label><input type="date" id="co-d" value="' + TODAY + '" max="' + TODAY + '"></div></div><div class="err" id="co-err"></div>',
      [{ label: "Cancel" }, { label: "Mark collected", cls: "pri", fn: function () {
        var d = val("co-d"); if (!d) return fail("co-err", "Enter the collection date.");
        ids.forEach(function (id) { var o = order(id); o.stage = "Collected"; o.collectedOn = d; o.collectedBy = val("co-by"); });
        S.ui.sel = []; toast(ids.length + " order" + (ids.length === 1 ? "" : "s") + " marked collected"); render();
      } }]);
  }
  function binderDlg(ids) {
    openModal("Assign binder", "<p>" + ids.length + " order" + (ids.length === 1 ? "" : "s") + ': <span class="muted">' + ids.join(", ") + '</span></p><div class="fld"><label class="l" for="ab-b">Binder</label><select id="ab-b"><option value="">— choose —</option>' + opts(BINDERS, "") + '</select></div><div class="err" id="ab-err"></div>',
      [{ label: "Cancel" }, { label: "Assign", cls: "pri", fn: function () { var b = val("ab-b"); if (!b) return fail("ab-err", "Choose a binder."); ids.forEach(function (id) { var o = order(id); o.binder = b; if (o.stage === "Received") o.stage = "In progress"; }); S.ui.sel = []; toast("Assigned to " + b); render(); } }]);
  }
  function cancelDlg(o) {
    openModal("Cancel order " + o.id, "<p>" + esc(o.title) + " — " + esc(cust(o.customer).name) + '</p><div class="fld"><label class="l" for="cx-r">Reason</label><select id="cx-r"><option value="">— choose —</option>' + opts(["Customer changed their mind", "Quote not accepted", "Customer sold the book", "Item beyond repair", "Other"], "") + '</select></div><div class="err" id="cx-err"></div>',
      [{ label: "Keep order" }, { label: "Cancel order", cls: "danger", fn: function () { var r = val("cx-r"); if (!r) return fail("cx-err", "Choose a reason."); o.stage = "Cancelled"; o.cancelReason = r; toast(o.id + " cancelled"); render(); } }]);
  }
  function payDlg(o) {
    var bal = o.price - paid(o);
    openModal("Record payment — " + o.id, "<p>" + esc(o.title) + " — " + esc(cust(o.customer).name) + '<br><span class="muted">Price ' + money(o.price) + " · balance due " + money(bal) + "</span></p>" +
      '<div class="three"><div class="fld"><label class="l" for="py-a">Amount (£)</label><input type="number" id="py-a" min="0" step="0.01"></div><div class="fld"><label class="l" for="py-m">Method</label><select id="py-m"><option value="">— choose —</option>' + opts(["Card", "Cash", "Bank transfer", "Cheque"], "") + '</select></div><div class="fld"><label class="l" for="py-d">Date</label><input type="date" id="py-d" value="' + TODAY + '" max="' + TODAY + '"></div></div>' +
      '<div class="fld"><span class="l">Payment type</span><div class="radios" role="radiogroup" aria-label="Payment type">' + ["Deposit", "Part payment", "Balance", "Payment in full"].map(function (k) { return '<label><input type="radio" name="py-k" value="' + k + '"> ' + k + "</label>"; }).join("") + '</div></div><div class="err" id="py-err"></div>',
      [{ label: "Cancel" }, { label: "Save payment", cls: "pri", fn: function () {
        var a = +val("py-a"), m = val("py-m"), d = val("py-d"), k = radio("py-k");
        if (!a || a <= 0) return fail("py-err", "Enter the amount paid.");
        if (a > bal + 0.001) return fail("py-err", "That's more than the " + money(bal) + " balance.");
        if (!m) return fail("py-err", "Choose the payment method.");
        if (!d) return fail("py-err", "Enter the payment date.");
        if (!k) return fail("py-err", "Choose the payment type.");
        S.payments.push(Pa("PAY-" + nextPay++, o.id, d, a, m, k)); toast(money(a) + " recorded against " + o.id); render();
      } }]);
  }
  function orderDlg(o) {
    var isNew = !o;
    o = o || { customer: "", type: "Thesis binding", title: "", copies: 1, cover: "Buckram", leather: "", colour: "Black", foil: "Gold", lettering: "", due: "", binder: "", rush: false, price: 0 };
    var custPart = isNew ? '<fieldset><legend>Customer</legend><div class="radios" role="radiogroup" aria-label="Customer"><label><input type="radio" name="no-cm" value="existing" checked> Existing customer</label><label><input type="radio" name="no-cm" value="new"> New customer</label></div>' +
      '<div id="no-ex" class="fld" style="margin-top:8px"><label class="l" for="no-c">Choose customer</label><select id="no-c"><option value="">— choose —</option>' + opts(S.customers.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).map(function (c) { return [c.id, c.name]; }), "") + "</select></div>" +
      '<div id="no-nw" hidden style="margin-top:8px"><div class="two"><div class="fld"><label class="l" for="nc-n">Customer name</label><input type="text" id="nc-n"></div><div class="fld"><label class="l" for="nc-t">Customer type</label><select id="nc-t">' + opts(["Private", "Student", "Institution", "Trade"], "Private") + '</select></div></div><div class="two"><div class="fld"><label class="l" for="nc-e">Email</label><input type="email" id="nc-e"></div><div class="fld"><label class="l" for="nc-p">Phone</label><input type="tel" id="nc-p"></div></div></div></fieldset>'
      : "<p><b>" + esc(cust(o.customer).name) + "</b></p>";
    var md = openModal(isNew ? "New order" : "Edit order " + o.id, custPart +
      '<div class="two"><div class="fld"><label class="l" for="no-ty">Order type</label><select id="no-ty">' + opts(TYPES, o.type) + '</select></div><div class="fld"><label class="l" for="no-ti">Description</label><input type="text" id="no-ti" value="' + esc(o.title) + '"></div></div>' +
      '<div class="three"><div class="fld"><label class="l" for="no-cp">Copies</label><input type="number" id="no-cp" min="1" value="' + o.copies + '"></div><div class="fld"><label class="l" for="no-cv">Cover material</label><select id="no-cv">' + opts(COVERS, o.cover) + '</select></div><div class="fld"><label class="l" for="no-lt">Leather</label><select id="no-lt"><option value="">— n/a —</option>' + opts(LEATHERS, o.leather) + "</select></div></div>" +
      '<div class="two"><div class="fld"><label class="l" for="no-co">Colour</label><select id="no-co">' + opts(COLOURS, o.colour) + '</select></div><div class="fld"><span class="l">Foil</span><div class="radios" role="radiogroup" aria-label="Foil">' + FOILS.map(function (f) { return '<label><input type="radio" name="no-fo" value="' + f + '"' + (o.foil === f ? " checked" : "") + "> " + f + "</label>"; }).join("") + "</div></div></div>" +
      '<div class="fld"><label class="l" for="no-le">Spine lettering</label><input type="text" id="no-le" value="' + esc(o.lettering) + '"></div>' +
      '<div class="three"><div class="fld"><label class="l" for="no-du">Due date</label><input type="date" id="no-du" value="' + o.due + '"></div><div class="fld"><label class="l" for="no-bi">Binder</label><select id="no-bi"><option value="">Unassigned</option>' + opts(BINDERS, o.binder) + '</select></div><div class="fld"><label class="l" for="no-pr">Price (£)</label><input type="number" id="no-pr" min="0" step="0.01" value="' + o.price + '"></div></div>' +
      '<div class="fld"><label class="chk"><input type="checkbox" id="no-ru"' + (o.rush ? " checked" : "") + "> Rush order (+£" + RUSH + ' per copy on thesis binding)</label></div><div class="err" id="no-err"></div>',
      [{ label: "Cancel" }, { label: isNew ? "Create order" : "Save changes", cls: "pri", fn: function () {
        var cid;
        if (isNew) {
          if (radio("no-cm") === "new") {
            if (!val("nc-n")) return fail("no-err", "Enter the new customer's name.");
            if (val("nc-e") && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(val("nc-e"))) return fail("no-err", "Enter a valid email address.");
          } else if (!val("no-c")) return fail("no-err", "Choose the customer.");
        }
        var cp = +val("no-cp"), cv = val("no-cv"), lt = val("no-lt");
        if (!val("no-ti")) return fail("no-err", "Enter a short description.");
        if (!cp || cp < 1) return fail("no-err", "Enter the number of copies.");
        if (/leather/i.test(cv) && !lt) return fail("no-err", "Choose the leather for a " + cv.toLowerCase() + " cover.");
        if (!val("no-du")) return fail("no-err", "Enter the due date.");
        if (isNew) {
          if (radio("no-cm") === "new") { cid = "CU-" + nextCust++; S.customers.push(Cu(cid, val("nc-n"), "", val("nc-e"), val("nc-p"), val("nc-t"))); }
          else cid = val("no-c");
          o = O("BB-" + nextOrder++, cid, "", "", 0, "", "", "", "", "", "", "Received", "", false, 0, TODAY);
        }
        o.type = val("no-ty"); o.title = val("no-ti"); o.copies = cp; o.cover = cv; o.leather = /leather/i.test(cv) ? lt : ""; o.colour = val("no-co"); o.foil = radio("no-fo") || "None"; o.lettering = val("no-le"); o.due = val("no-du"); o.binder = val("no-bi"); o.rush = document.getElementById("no-ru").checked; o.price = +val("no-pr") || 0;
        if (isNew) { S.orders.push(o); S.ui.open = o.id; S.ui.tab = "details"; }
        toast(isNew ? o.id + " created" : o.id + " saved"); render();
      } }]);
    function syncForm() {
      var cv = val("no-cv"), lt = document.getElementById("no-lt"), ty = val("no-ty"), pr = document.getElementById("no-pr");
      lt.disabled = !/leather/i.test(cv); if (lt.disabled) lt.value = "";
      if (ty === "Thesis binding") { pr.readOnly = true; pr.value = (+val("no-cp") || 0) * (UNIT[cv] + (document.getElementById("no-ru").checked ? RUSH : 0)); }
      else pr.readOnly = false;
    }
    ["no-cv", "no-ty", "no-cp", "no-ru"].forEach(function (id) { var e = document.getElementById(id); e.addEventListener("change", syncForm); e.addEventListener("input", syncForm); });
    md.querySelectorAll("input[name=no-cm]").forEach(function (r) { r.addEventListener("change", function () { var nw = radio("no-cm") === "new"; document.getElementById("no-ex").hidden = nw; document.getElementById("no-nw").hidden = !nw; }); });
    if (isNew) syncForm(); else { var lt0 = document.getElementById("no-lt"); lt0.disabled = !/leather/i.test(o.cover); if (o.type === "Thesis binding") document.getElementById("no-pr").readOnly = true; }
  }

  /* ---------- Customers & payments ---------- */
  function renderCustomers() {
    var q = S.ui.cq.trim().toLowerCase();
    var list = S.customers.filter(function (c) { return !q || (c.name + " " + c.contact + " " + c.email).toLowerCase().indexOf(q) >= 0; }).sort(function (a, b) { return a.name.localeCompare(b.name); });
    view.innerHTML = '<div class="bar"><h1>Customers</h1><span class="sp"></span><input type="search" id="cq" placeholder="Search customers…" aria-label="Search customers" style="width:240px" value="' + esc(S.ui.cq) + '"></div>' +
      '<table class="tbl"><thead><tr><th>Customer</th><th>Type</th><th>Email</th><th>Phone</th><th>Open orders</th></tr></thead><tbody>' + list.map(function (c) {
        var n = S.orders.filter(function (o) { return o.customer === c.id && o.stage !== "Collected" && o.stage !== "Cancelled"; }).length;
        return "<tr><td><b>" + esc(c.name) + "</b>" + (c.contact ? '<div class="muted">' + esc(c.contact) + "</div>" : "") + "</td><td>" + c.type + "</td><td>" + esc(c.email) + "</td><td>" + esc(c.phone) + "</td><td>" + (n ? '<button class="link" data-act="custorders" data-name="' + esc(c.name) + '">' + n + " open</button>" : '<span class="muted">—</span>') + "</td></tr>";
      }).join("") + "</tbody></table>";
    var cq = document.getElementById("cq");
    cq.addEventListener("input", function () { S.ui.cq = cq.value; var pos = cq.selectionStart; render(); var n = document.getElementById("cq"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function renderPayments() {
    var list = S.payments.slice().sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1; });
    var tot = list.filter(function (p) { return p.date.slice(0, 7) === TODAY.slice(0, 7); }).reduce(function (a, p) { return a + p.amount; }, 0);
    view.innerHTML = '<div class="bar"><h1>Payments</h1><span class="sp"></span><span class="muted">Taken this month: <b>' + money(tot) + "</b></span></div>" +
      '<table class="tbl"><thead><tr><th>Date</th><th>Ref</th><th>Order</th><th>Customer</th><th>Type</th><th>Method</th><th style="text-align:right">Amount</th></tr></thead><tbody>' + list.map(function (p) {
        var o = order(p.order);
        return "<tr><td>" + fmtY(p.date) + "</td><td>" + p.id + "</td><td>" + o.id + '<div class="muted">' + esc(o.title) + "</div></td><td>" + esc(cust(o.customer).name) + "</td><td>" + p.kind + "</td><td>" + p.method + '</td><td style="text-align:right">' + money(p.amount) + "</td></tr>";
      }).join("") + "</tbody></table>";
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; S.ui.sel = []; render(); }
    else if (a === "omenu") { e.stopPropagation(); orderMenu(t, order(t.dataset.id)); }
    else if (a === "open") { S.ui.open = t.dataset.id; S.ui.tab = "details"; render(); }
    else if (a === "closepanel") { S.ui.open = ""; render(); }
    else if (a === "tab") { S.ui.tab = t.dataset.tab; render(); }
    else if (a === "editorder") orderDlg(order(t.dataset.id));
    else if (a === "pay") payDlg(order(t.dataset.id));
    else if (a === "neworder") orderDlg(null);
    else if (a === "bulkcollect") collectDlg(S.ui.sel.slice());
    else if (a === "bulkbinder") binderDlg(S.ui.sel.slice());
    else if (a === "clearsel") { S.ui.sel = []; render(); }
    else if (a === "custorders") { S.ui.view = "orders"; S.ui.q = t.dataset.name; S.ui.stage = "Open orders"; S.ui.open = ""; render(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); if (overlay.classList.contains("show")) closeModal(); } });
  render();
})();
