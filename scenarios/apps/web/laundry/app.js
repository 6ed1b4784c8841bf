(function () {
  "use strict";
  var TODAY = "2025-03-10";
  var PRICES = { "Bath towel": 0.8, "Hand towel": 0.45, "Bath mat": 0.6, "Single sheet": 1.2, "Double sheet": 1.6, "King sheet": 1.9, "Pillowcase": 0.5, "Duvet cover": 2.4, "Duvet (double)": 14, "Duvet (king)": 16, "Tablecloth": 2.2, "Napkin": 0.35, "Chef whites": 3, "Shirt": 2.5, "Mixed wash (kg)": 3.2, "Curtain panel": 9, "Rugby kit (set)": 4.5 };
  var SERVICES = { "Wash & fold": 1, "Service wash & press": 1.4, "Dry clean": 2.2, "Wash only": 0.8 };
  var C = function (id, name, type, contact, phone, email, billing, inv, hold) { return { id: id, name: name, type: type, contact: contact, phone: phone, email: email, billingEmail: billing, invoicing: inv, onHold: !!hold }; };
  var customers = [
    C("C-01", "Grand Pavilion Hotel", "Business", "Sian Morgan", "0117 496 0100", "housekeeping@grandpavilion.co.uk", "accounts@grandpavilion.co.uk", "Weekly"),
    C("C-02", "Riverside Care Home", "Business", "Femi Adebayo", "0117 496 0231", "office@riversidecare.co.uk", "manager@riversidecare.co.uk", "Monthly"),
    C("C-03", "Riverside Dental Practice", "Business", "Joanne Price", "0117 496 0388", "reception@riversidedental.co.uk", "reception@riversidedental.co.uk", "Monthly"),
    C("C-04", "Anne Delaney", "Personal", "Anne Delaney", "07700 900551", "anne.delaney@example.com", "", "Pay on collection"),
    C("C-05", "Delaney & Sons Café", "Business", "Mick Delaney", "0117 496 0412", "mick@delaneyscafe.co.uk", "mick@delaneyscafe.co.uk", "Weekly"),
    C("C-06", "The Stag Inn", "Business", "Rob Tanner", "0117 496 0519", "rob@staginn.co.uk", "rob@staginn.co.uk", "Fortnightly"),
    C("C-07", "Priya Gupta", "Personal", "Priya Gupta", "07700 900623", "priya.g@example.com", "", "Pay on collection"),
    C("C-08", "Hollybank B&B", "Business", "Carol Finch", "0117 496 0677", "stay@hollybank.co.uk", "stay@hollybank.co.uk", "Fortnightly"),
    C("C-09", "Mark Jessop", "Personal", "Mark Jessop", "07700 900734", "mjessop@example.com", "", "Pay on collection"),
    C("C-10", "Bloom Yoga Studio", "Business", "Tara Bloom", "0117 496 0801", "hello@bloomyoga.co.uk", "hello@bloomyoga.co.uk", "Monthly"),
    C("C-11", "St Aidan's Primary School", "Business", "Bursar", "0117 496 0855", "office@staidans.sch.uk", "finance@staidans.sch.uk", "Monthly"),
    C("C-12", "Karen Whitby", "Personal", "Karen Whitby", "07700 900912", "kwhitby@example.com", "", "Pay on collection"),
    C("C-13", "Harbour View Apartments", "Business", "Lena Novak", "0117 496 0930", "ops@harbourview.co.uk", "accounts@harbourview.co.uk", "Weekly", true),
    C("C-14", "Greenfield Rugby Club", "Business", "Dai Evans", "0117 496 0977", "kit@greenfieldrfc.co.uk", "treasurer@greenfieldrfc.co.uk", "Monthly")
  ];
  var T = function (id, cust, items, service, status, due, express, bags, notes) { return { id: id, customer: cust, items: items.map(function (x) { return { item: x[0], qty: x[1] }; }), service: service, status: status, received: "2025-03-0" + (1 + (+id.slice(-1)) % 9), due: due, express: !!express, bags: bags, notes: notes || "" }; };
  var tickets = [
    T("T-3291", "C-06", [["Tablecloth", 12], ["Napkin", 60]], "Service wash & press", "Collected", "2025-03-07", false, 3),
    T("T-3292", "C-09", [["Shirt", 6]], "Service wash & press", "Ready", "2025-03-08", false, 1),
    T("T-3293", "C-08", [["Double sheet", 14], ["Pillowcase", 28], ["Bath towel", 20]], "Wash & fold", "Ready", "2025-03-10", false, 4),
    T("T-3294", "C-10", [["Hand towel", 80]], "Wash & fold", "Collected", "2025-03-09", false, 2),
    T("T-3295", "C-01", [["King sheet", 60], ["Pillowcase", 120]], "Service wash & press", "Washing", "2025-03-11", false, 8),
    T("T-3296", "C-07", [["Curtain panel", 4]], "Dry clean", "Washing", "2025-03-13", false, 1, "Lined, delicate"),
    T("T-3297", "C-14", [["Rugby kit (set)", 22]], "Wash only", "Received", "2025-03-12", false, 3, "Muddy — pre-soak"),
    T("T-3298", "C-02", [["Single sheet", 40], ["Duvet cover", 20], ["Bath towel", 40]], "Wash & fold", "Washing", "2025-03-11", false, 7),
    T("T-3299", "C-12", [["Mixed wash (kg)", 6]], "Wash & fold", "Ready", "2025-03-10", true, 2),
    T("T-3300", "C-05", [["Chef whites", 10], ["Tablecloth", 8]], "Service wash & press", "Ready", "2025-03-10", false, 2),
    T("T-3301", "C-11", [["Tablecloth", 6]], "Wash & fold", "Received", "2025-03-14", false, 1, "Nativity costumes to follow"),
    T("T-3302", "C-04", [["Duvet (double)", 1], ["Duvet cover", 1]], "Wash only", "Received", "2025-03-15", false, 1, "Feather duvet"),
    T("T-3303", "C-03", [["Hand towel", 30]], "Wash & fold", "Washing", "2025-03-11", false, 1),
    T("T-3304", "C-05", [["Tablecloth", 10], ["Napkin", 40]], "Service wash & press", "Received", "2025-03-13", false, 2),
    T("T-3305", "C-01", [["Bath towel", 120], ["Bath mat", 30]], "Wash & fold", "Washing", "2025-03-11", false, 9),
    T("T-3306", "C-13", [["Double sheet", 18], ["Duvet cover", 18]], "Service wash & press", "Received", "2025-03-12", false, 5, "Account on hold — check before release"),
    T("T-3307", "C-09", [["Duvet (king)", 1]], "Wash only", "Received", "2025-03-14", false, 1),
    T("T-3308", "C-08", [["Double sheet", 12], ["Pillowcase", 24]], "Wash & fold", "Washing", "2025-03-11", false, 3),
    T("T-3309", "C-02", [["Bath towel", 60], ["Hand towel", 40]], "Wash & fold", "Received", "2025-03-12", false, 5),
    T("T-3310", "C-07", [["Shirt", 5], ["Mixed wash (kg)", 4]], "Wash & fold", "Received", "2025-03-12", false, 2)
  ];
  function total(t) { var s = 0; t.items.forEach(function (l) { s += (PRICES[l.item] || 0) * l.qty; }); s *= SERVICES[t.service] || 1; if (t.express) s *= 1.5; return Math.round(s * 100) / 100; }
  var S = window.state = { today: TODAY, prices: PRICES, customers: customers, tickets: tickets, ui: { view: "board", q: "", ctype: "All customers", layout: "Board", cq: "" } };
  var nextT = 3311;
  var STATUSES = ["Received", "Washing", "Ready", "Collected"];

  var view = document.getElementById("view"), overlay = document.getElementById("overlay");
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }
  var MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  function fd(d) { var t = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))); return DOW[t.getUTCDay()] + " " + t.getUTCDate() + " " + MON[t.getUTCMonth()]; }
  function cust(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function tk(id) { return S.tickets.find(function (t) { return t.id === id; }); }
  function money(n) { return "£" + n.toFixed(2); }
  function toast(m) { var t = document.createElement("div"); t.className = "toast"; t.setAttribute("role", "status"); t.textContent = m; document.getElementById("toasts").appendChild(t); setTimeout(function () { t.remove(); }, 3500); }
  var menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu(); var m = document.createElement("div"); m.className = "menu"; m.setAttribute("role", "menu");
    items.forEach(function (it) { var b = document.createElement("button"); b.setAttribute("role", "menuitem"); b.textContent = it.label; b.addEventListener("click", function (e) { e.stopPropagation(); closeMenu(); it.fn(); }); m.appendChild(b); });
    document.body.appendChild(m); var r = anchor.getBoundingClientRect(); var top = r.bottom + 2; if (top + m.offsetHeight > innerHeight - 8) top = r.top - m.offsetHeight - 2;
    m.style.top = top + "px"; m.style.left = Math.max(8, Math.min(innerWidth - m.offsetWidth - 8, r.right - m.offsetWidth)) + "px"; menuEl = m;
  }
  function openModal(title, body, buttons, foot) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header><h3>' + esc(title) + '</h3><button data-x aria-label="Close">×</button></header><div class="body">' + body + "</div><footer>" + (foot || "") + "</footer></div>";
    var f = overlay.querySelector("footer");
    buttons.forEach(function (b) { var el = document.createElement("button"); el.type = "button"; el.className = "btn " + (b.cls || ""); el.textContent = b.label; el.addEventListener("click", function () { if (b.fn && b.fn() === false) return; closeModal(); }); f.appendChild(el); });
    overlay.querySelector("[data-x]").addEventListener("click", closeModal); overlay.classList.add("show"); return overlay.querySelector(".modal");
  }
  function closeModal() { overlay.classList.remove("show"); overlay.innerHTML = ""; }

  function render() {
    closeMenu();
    document.getElementById("today").textContent = fd(TODAY) + " 2025";
    document.querySelectorAll("#tabs button").forEach(function (b) { b.classList.toggle("on", b.dataset.view === S.ui.view); });
    ({ board: renderBoard, customers: renderCustomers, prices: renderPrices })[S.ui.view]();
  }
  function summary(t) { return t.items.map(function (l) { return l.qty + "× " + l.item; }).join(", "); }
  function visible() {
    var q = S.ui.q.trim().toLowerCase();
    return S.tickets.filter(function (t) {
      var c = cust(t.customer);
      if (S.ui.ctype === "Business" && c.type !== "Business") return false;
      if (S.ui.ctype === "Personal" && c.type !== "Personal") return false;
      return !q || (t.id + " " + c.name + " " + summary(t)).toLowerCase().indexOf(q) >= 0;
    });
  }
  function renderBoard() {
    var list = visible();
    var h = '<div class="tb"><button class="btn pri" data-act="new">+ New ticket</button><input type="search" id="b-q" placeholder="Find ticket or customer…" aria-label="Find ticket or customer" style="width:230px" value="' + esc(S.ui.q) + '">' +
      '<select id="b-type" aria-label="Customer type">' + ["All customers", "Business", "Personal"].map(function (x) { return "<option" + (x === S.ui.ctype ? " selected" : "") + ">" + x + "</option>"; }).join("") + "</select><span class=\"sp\"></span>" +
      '<div class="seg" role="group" aria-label="Layout">' + ["Board", "List"].map(function (x) { return '<button data-act="layout" data-l="' + x + '" class="' + (S.ui.layout === x ? "on" : "") + '" aria-pressed="' + (S.ui.layout === x) + '">' + x + "</button>"; }).join("") + "</div></div>";
    if (S.ui.layout === "Board") {
      h += '<div class="board">' + STATUSES.map(function (st) {
        var ts = list.filter(function (t) { return t.status === st; });
        return '<section class="col" aria-label="' + st + '"><h3>' + st + " <span>" + ts.length + "</span></h3>" + ts.map(card).join("") + "</section>";
      }).join("") + "</div>";
    } else {
      h += '<table class="g"><thead><tr><th>Ticket</th><th>Customer</th><th>Items</th><th>Service</th><th>Due</th><th>Status</th><th class="n">Total</th><th></th></tr></thead><tbody>' +
        list.map(function (t) { var c = cust(t.customer); return '<tr><td><button class="id btn xs" data-act="open" data-id="' + t.id + '">' + t.id + "</button></td><td>" + esc(c.name) + "</td><td>" + esc(summary(t)) + "</td><td>" + esc(t.service) + (t.express ? '<span class="xp">EXPRESS</span>' : "") + "</td><td>" + fd(t.due) + "</td><td>" + t.status + '</td><td class="n">' + money(total(t)) + '</td><td><button class="kb" data-act="tmenu" data-id="' + t.id + '" aria-label="Actions for ' + t.id + '">⋯</button></td></tr>'; }).join("") + "</tbody></table>";
    }
    view.innerHTML = h;
    var q = document.getElementById("b-q");
    q.addEventListener("input", function () { S.ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById("b-q"); n.focus(); n.setSelectionRange(pos, pos); });
    document.getElementById("b-type").addEventListener("change", function (e) { S.ui.ctype = e.target.value; render(); });
  }
  function card(t) {
    var c = cust(t.customer), late = t.due < TODAY && t.status !== "Collected";
    return '<article class="tk' + (t.express ? " exp" : "") + '" aria-label="Ticket ' + t.id + '"><div class="r1"><button class="id" data-act="open" data-id="' + t.id + '">' + t.id + "</button>" + (t.express ? '<span class="xp">EXPRESS</span>' : "") + '<span style="flex:1"></span><button class="kb" data-act="tmenu" data-id="' + t.id + '" aria-label="Actions for ' + t.id + '" aria-haspopup="menu">⋯</button></div>' +
      '<div class="cu">' + esc(c.name) + ' <span class="pill ' + (c.type === "Business" ? "pB" : "pP") + '">' + (c.type === "Business" ? "B2B" : "Walk-in") + '</span></div><div class="it">' + esc(summary(t)) + '</div><div class="r3"><span>' + esc(t.service) + '</span><span class="' + (late ? "over" : "") + '">Due ' + fd(t.due) + "</span></div></article>";
  }
  function ticketMenu(btn, t) {
    var i = STATUSES.indexOf(t.status), items = [{ label: "Open ticket", fn: function () { openTicket(t); } }];
    if (i < 3) items.push({ label: "Move to " + STATUSES[i + 1], fn: function () { setStatus(t, STATUSES[i + 1]); } });
    if (i > 0) items.push({ label: "Move back to " + STATUSES[i - 1], fn: function () { setStatus(t, STATUSES[i - 1]); } });
    items.push({ label: "Print bag labels", fn: function () { toast("Printing " + t.bags + " label(s) for " + t.id); } });
    showMenu(btn, items);
  }
  function setStatus(t, st) {
    var c = cust(t.customer);
    if (st === "Collected" && c.onHold) { toast(c.name + " account is on hold — cannot release"); return; }
    t.status = st; if (st === "Collected") t.collected = TODAY; toast(t.id + " moved to " + st); render();
  }
  function openTicket(t) {
    var c = cust(t.customer);
    var m = openModal("Ticket " + t.id + " · " + c.name,
      '<table class="g lines"><thead><tr><th>Item</th><th class="n">Qty</th><th class="n">Unit</th></tr></thead><tbody>' + t.items.map(function (l) { return "<tr><td>" + esc(l.item) + '</td><td class="n">' + l.qty + '</td><td class="n">' + money(PRICES[l.item]) + "</td></tr>"; }).join("") + "</tbody></table><br>" +
      '<div class="f"><span class="l">Status</span><span><b>' + t.status + "</b> (received " + fd(t.received) + ")</span>" +
      '<label class="l" for="ot-svc">Service</label><select id="ot-svc">' + Object.keys(SERVICES).map(function (s) { return "<option" + (s === t.service ? " selected" : "") + ">" + s + "</option>"; }).join("") + "</select>" +
      '<span class="l">Turnaround</span><label class="chk"><input type="checkbox" id="ot-exp"' + (t.express ? " checked" : "") + "> Express service (+50%)</label>" +
      '<label class="l" for="ot-due">Due back</label><input type="date" id="ot-due" value="' + t.due + '">' +
      '<label class="l" for="ot-bags">Bags</label><input type="number" id="ot-bags" min="1" value="' + t.bags + '" style="width:70px">' +
      '<label class="l" for="ot-notes">Notes</label><textarea id="ot-notes" rows="2">' + esc(t.notes) + "</textarea></div>",
      [{ label: "Close" }, { label: "Save ticket", cls: "pri", fn: function () {
        var due = document.getElementById("ot-due").value; if (!due) { toast("Due date required"); return false; }
        t.service = document.getElementById("ot-svc").value; t.express = document.getElementById("ot-exp").checked; t.due = due; t.bags = Math.max(1, parseInt(document.getElementById("ot-bags").value, 10) || 1); t.notes = document.getElementById("ot-notes").value;
        toast(t.id + " saved"); render();
      } }], '<span class="tot" id="ot-tot">Total ' + money(total(t)) + "</span>");
    m.addEventListener("change", function () { var tmp = { items: t.items, service: document.getElementById("ot-svc").value, express: document.getElementById("ot-exp").checked }; document.getElementById("ot-tot").textContent = "Total " + money(total(tmp)); });
  }
  function newTicket() {
    var lines = [], chosen = null;
    var m = openModal("New ticket",
      '<div class="f"><label class="l" for="nt-cust">Customer</label><div class="combo"><input type="text" id="nt-cust" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off" placeholder="Start typing a customer name…" style="width:100%"><ul role="listbox" id="nt-list" aria-label="Customers" hidden></ul></div>' +
      '<span class="l">Items</span><div><div style="display:flex;gap:6px"><select id="nt-item" aria-label="Item" style="flex:1"><option value="">Choose item…</option>' + Object.keys(PRICES).map(function (p) { return '<option value="' + p + '">' + p + " (" + money(PRICES[p]) + ")</option>"; }).join("") + '</select><input type="number" id="nt-qty" aria-label="Quantity" min="1" value="1" style="width:64px"><button class="btn" type="button" id="nt-add">Add line</button></div><table class="g lines" id="nt-lines"><tbody><tr><td class="hint">No items yet</td></tr></tbody></table></div>' +
      '<span class="l">Service</span><div class="radios" role="radiogroup" aria-label="Service">' + Object.keys(SERVICES).map(function (s, i) { return '<label><input type="radio" name="nt-svc" value="' + s + '"' + (i === 0 ? " checked" : "") + "> " + s + "</label>"; }).join("") + "</div>" +
      '<label class="l" for="nt-due">Due back</label><input type="date" id="nt-due">' +
      '<span class="l">Turnaround</span><label class="chk"><input type="checkbox" id="nt-exp"> Express service (+50%)</label>' +
      '<label class="l" for="nt-bags">Bags</label><input type="number" id="nt-bags" min="1" value="1" style="width:70px">' +
      '<label class="l" for="nt-notes">Notes</label><textarea id="nt-notes" rows="2"></textarea></div><div class="err" id="nt-err"></div>',
      [{ label: "Cancel" }, { label: "Create ticket", cls: "pri", fn: function () {
        var err = document.getElementById("nt-err"), due = document.getElementById("nt-due").value;
        if (!chosen) { err.textContent = "Choose a customer from the list."; return false; }
        if (!lines.length) { err.textContent = "Add at least one item."; return false; }
        if (!due) { err.textContent = "Enter the due-back date."; return false; }
        var t = { id: "T-" + (nextT++), customer: chosen, items: lines.slice(), service: m.querySelector("input[name=nt-svc]:checked").value, status: "Received", received: TODAY, due: due, express: document.getElementById("nt-exp").checked, bags: Math.max(1, parseInt(document.getElementById("nt-bags").value, 10) || 1), notes: document.getElementById("nt-notes").value.trim() };
        S.tickets.push(t); toast(t.id + " created for " + cust(chosen).name); render();
      } }], '<span class="tot" id="nt-tot">Total £0.00</span>');
    var inp = document.getElementById("nt-cust"), ul = document.getElementById("nt-list");
    function showList() {
      var q = inp.value.trim().toLowerCase();
      var cs = S.customers.filter(function (c) { return !q || c.name.toLowerCase().indexOf(q) >= 0; });
      ul.innerHTML = cs.map(function (c) { return '<li role="option" data-id="' + c.id + '">' + esc(c.name) + "<small>" + c.type + (c.onHold ? " · ON HOLD" : "") + "</small></li>"; }).join("") || '<li class="hint">No matches</li>';
      ul.hidden = false; inp.setAttribute("aria-expanded", "true");
    }
    inp.addEventListener("focus", showList);
    inp.addEventListener("input", function () { chosen = null; showList(); });
    ul.addEventListener("mousedown", function (e) { e.preventDefault(); });
    ul.addEventListener("click", function (e) { var li = e.target.closest("li[data-id]"); if (!li) return; chosen = li.dataset.id; inp.value = cust(chosen).name; ul.hidden = true; inp.setAttribute("aria-expanded", "false"); });
    inp.addEventListener("blur", function () { setTimeout(function () { ul.hidden = true; inp.setAttribute("aria-expanded", "false"); }, 150); });
    function drawLines() {
      var tb = document.querySelector("#nt-lines tbody");
      tb.innerHTML = lines.length ? lines.map(function (l, i) { return "<tr><td>" + esc(l.item) + '</td><td class="n">' + l.qty + '</td><td class="n"><button type="button" class="btn xs" data-rm="' + i + '" aria-label="Remove ' + esc(l.item) + '">Remove</button></td></tr>'; }).join("") : '<tr><td class="hint">No items yet</td></tr>';
      recalc();
    }
    function recalc() { document.getElementById("nt-tot").textContent = "Total " + money(total({ items: lines, service: m.querySelector("input[name=nt-svc]:checked").value, express: document.getElementById("nt-exp").checked })); }
    document.getElementById("nt-add").addEventListener("click", function () {
      var it = document.getElementById("nt-item").value, q = parseInt(document.getElementById("nt-qty").value, 10);
      if (!it || !(q > 0)) { document.getElementById("nt-err").textContent = "Pick an item and a quantity."; return; }
      document.getElementById("nt-err").textContent = "";
      var ex = lines.find(function (l) { return l.item === it; }); if (ex) ex.qty += q; else lines.push({ item: it, qty: q });
      document.getElementById("nt-item").value = ""; document.getElementById("nt-qty").value = "1"; drawLines();
    });
    document.getElementById("nt-lines").addEventListener("click", function (e) { var b = e.target.closest("[data-rm]"); if (b) { lines.splice(+b.dataset.rm, 1); drawLines(); } });
    m.addEventListener("change", function (e) { if (e.target.name === "nt-svc" || e.target.id === "nt-exp") recalc(); });
  }

  function renderCustomers() {
    var q = S.ui.cq.trim().toLowerCase();
    var list = S.customers.filter(function (c) { return !q || (c.name + " " + c.contact + " " + c.email).toLowerCase().indexOf(q) >= 0; });
    view.innerHTML = '<div class="tb"><input type="search" id="c-q" placeholder="Search customers…" aria-label="Search customers" style="width:240px" value="' + esc(S.ui.cq) + '"><span class="sp"></span><span class="hint">' + S.customers.length + " accounts</span></div>" +
      '<table class="g"><thead><tr><th>Account</th><th>Name</th><th>Type</th><th>Contact</th><th>Phone</th><th>Billing email</th><th>Invoicing</th><th></th></tr></thead><tbody>' +
      list.map(function (c) { return "<tr><td>" + c.id + "</td><td><b>" + esc(c.name) + "</b>" + (c.onHold ? ' <span class="over">ON HOLD</span>' : "") + "</td><td>" + c.type + "</td><td>" + esc(c.contact) + "</td><td>" + esc(c.phone) + "</td><td>" + (esc(c.billingEmail) || '<span class="hint">—</span>') + "</td><td>" + c.invoicing + '</td><td><button class="btn xs" data-act="editc" data-id="' + c.id + '" aria-label="Edit ' + esc(c.name) + '">Edit</button></td></tr>'; }).join("") + "</tbody></table>";
    var i = document.getElementById("c-q");
    i.addEventListener("input", function () { S.ui.cq = i.value; var pos = i.selectionStart; render(); var n = document.getElementById("c-q"); n.focus(); n.setSelectionRange(pos, pos); });
  }
  function editCustomer(c) {
    openModal("Edit customer · " + c.id,
      '<div class="f"><label class="l" for="ec-name">Name</label><input type="text" id="ec-name" value="' + esc(c.name) + '"><label class="l" for="ec-contact">Contact</label><input type="text" id="ec-contact" value="' + esc(c.contact) + '">' +
      '<label class="l" for="ec-phone">Phone</label><input type="text" id="ec-phone" value="' + esc(c.phone) + '"><label class="l" for="ec-email">Email</label><input type="email" id="ec-email" value="' + esc(c.email) + '">' +
      '<label class="l" for="ec-bill">Billing email</label><input type="email" id="ec-bill" value="' + esc(c.billingEmail) + '">' +
      '<label class="l" for="ec-inv">Invoicing</label><select id="ec-inv">' + ["Weekly", "Fortnightly", "Monthly", "Pay on collection"].map(function (x) { return "<option" + (x === c.invoicing ? " selected" : "") + ">" + x + "</option>"; }).join("") + "</select>" +
      '<span class="l">Account</span><label class="chk"><input type="checkbox" id="ec-hold"' + (c.onHold ? " checked" : "") + "> Account on hold</label></div><div class=\"err\" id=\"ec-err\"></div>",
      [{ label: "Cancel" }, { label: "Save customer", cls: "pri", fn: function () {
        var b = document.getElementById("ec-bill").value.trim();
        if (b && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(b)) { document.getElementById("ec-err").textContent = "Billing email is not valid."; return false; }
        c.name = document.getElementById("ec-name").value.trim() || c.name; c.contact = document.getElementById("ec-contact").value.trim(); c.phone = document.getElementById("ec-phone").value.trim(); c.email = document.getElementById("ec-email").value.trim();
        c.billingEmail = b; c.invoicing = document.getElementById("ec-inv").value; c.onHold = document.getElementById("ec-hold").checked; toast(c.name + " updated"); render();
      } }]);
  }
  function renderPrices() {
    view.innerHTML = '<div style="display:grid;grid-template-columns:1fr 1fr;gap:14px"><table class="g"><thead><tr><th>Item</th><th class="n">Base price</th></tr></thead><tbody>' + Object.keys(PRICES).map(function (k) { return "<tr><td>" + k + '</td><td class="n">' + money(PRICES[k]) + "</td></tr>"; }).join("") + '</tbody></table><table class="g" style="align-self:start"><thead><tr><th>Service</th><th class="n">Multiplier</th></tr></thead><tbody>' + Object.keys(SERVICES).map(function (k) { return "<tr><td>" + k + '</td><td class="n">×' + SERVICES[k] + "</td></tr>"; }).join("") + '<tr><td>Express surcharge</td><td class="n">+50%</td></tr></tbody></table></div>';
  }

  document.addEventListener("click", function (e) {
    if (!e.target.closest(".menu")) closeMenu();
    var t = e.target.closest("[data-act]"); if (!t) return;
    var a = t.dataset.act;
    if (a === "nav") { S.ui.view = t.dataset.view; render(); }
    else if (a === "layout") { S.ui.layout = t.dataset.l; render(); }
    else if (a === "open") openTicket(tk(t.dataset.id));
    else if (a === "tmenu") { e.stopPropagation(); ticketMenu(t, tk(t.dataset.id)); }
    else if (a === "new") newTicket();
    else if (a === "editc") editCustomer(cust(t.dataset.id));
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeMenu(); closeModal(); } });
  render();
})();
