/* Hearth & Flour wholesale order desk */
(function () {
  'use strict';
  var TODAY = '2024-11-06';

  var products = [
    ['BR-01', 'White Bloomer 800g', 'Bread', 2.10], ['BR-02', 'Sourdough Loaf', 'Bread', 3.40], ['BR-03', 'Seeded Rye', 'Bread', 3.20],
    ['BR-04', 'Wholemeal Tin', 'Bread', 2.30], ['BR-05', 'Focaccia Slab', 'Bread', 6.50], ['BR-06', 'Baguette', 'Bread', 1.20],
    ['VI-01', 'Butter Croissant', 'Viennoiserie', 0.95], ['VI-02', 'Pain au Chocolat', 'Viennoiserie', 1.05], ['VI-03', 'Almond Croissant', 'Viennoiserie', 1.40],
    ['VI-04', 'Cinnamon Bun', 'Viennoiserie', 1.25], ['CA-01', 'Brownie Tray (24)', 'Cakes', 18.00], ['CA-02', 'Lemon Drizzle Loaf Cake', 'Cakes', 7.50],
    ['CA-03', 'Carrot Cake (whole)', 'Cakes', 16.00], ['SA-01', 'Sausage Roll', 'Savoury', 1.30], ['SA-02', 'Cheese & Onion Pasty', 'Savoury', 1.60]
  ].map(function (p) { return { sku: p[0], name: p[1], category: p[2], price: p[3], available: p[0] !== 'SA-02' }; });

  var customers = [
    ['CU-101', 'The Copper Kettle', 'City', 'Fran Oakes', '01632 960 118'],
    ['CU-102', 'Marlow Deli', 'North', 'Luca Bianchi', '01632 960 442'],
    ['CU-103', 'Bean There Café', 'City', 'Ollie Grant', '01632 960 207'],
    ['CU-104', "Hartley's Farm Shop", 'North', 'Ruth Hartley', '01632 960 775'],
    ['CU-105', 'Greenhouse Kitchen', 'South', 'Ama Boateng', '01632 960 391'],
    ['CU-106', "St Aldate's Coffee", 'City', 'Jonah Pike', '01632 960 560'],
    ['CU-107', 'The Larder', 'South', 'Beth Quinlan', '01632 960 834'],
    ['CU-108', 'Pickle & Rye', 'City', 'Sam Adler', '01632 960 129'],
    ['CU-109', 'Oak Lane Primary School', 'South', 'Mrs D. Hewitt', '01632 960 613'],
    ['CU-110', 'Riverside Hotel', 'North', 'Chef Paolo Ruiz', '01632 960 950'],
    ['CU-111', 'The Brewhouse Tap', 'City', 'Kit Morrow', '01632 960 284'],
    ['CU-112', 'Little Fig Café', 'South', 'Nadia Haddad', '01632 960 477'],
    ['CU-113', "Wren's Bookshop Café", 'City', 'Imogen Wren', '01632 960 302'],
    ['CU-114', 'Station Kiosk', 'North', 'Raj Mistry', '01632 960 689'],
    ['CU-115', 'Meadowbank Care Home', 'South', 'Kitchen office', '01632 960 145'],
    ['CU-116', 'The Slow Lane Cycle Café', 'North', 'Pete Dunne', '01632 960 871'],
    ['CU-117', 'Bean & Gone Coffee Cart', 'City', 'Mo Ferris', '01632 960 518']
  ].map(function (c) { return { id: c[0], name: c[1], route: c[2], contact: c[3], phone: c[4], onHold: false, holdReason: null, holdNote: '' }; });
  customers[13].onHold = true; customers[13].holdReason = 'Overdue payment'; customers[13].holdNote = 'Invoices Sept + Oct unpaid';

  function O(id, cu, date, status, lines, notes) {
    return { id: id, customer: cu, delivery: date, status: status, lines: lines.map(function (l) { return { sku: l[0], qty: l[1] }; }), notes: notes || '', repeatWeekly: false, cancelReason: null };
  }
  var orders = [
    O('WO-3301', 'CU-101', '2024-11-06', 'Dispatched', [['VI-01', 24], ['BR-06', 10]]),
    O('WO-3302', 'CU-103', '2024-11-06', 'Dispatched', [['BR-02', 8], ['VI-02', 12]]),
    O('WO-3303', 'CU-106', '2024-11-06', 'Dispatched', [['VI-01', 30], ['VI-03', 10]]),
    O('WO-3304', 'CU-109', '2024-11-06', 'Dispatched', [['BR-04', 20], ['SA-01', 40]]),
    O('WO-3305', 'CU-110', '2024-11-06', 'Dispatched', [['BR-01', 10], ['VI-01', 36], ['VI-02', 24]]),
    O('WO-3306', 'CU-105', '2024-11-06', 'Dispatched', [['BR-05', 4], ['CA-02', 2]]),
    O('WO-3307', 'CU-102', '2024-11-07', 'Confirmed', [['BR-02', 10], ['BR-03', 6]]),
    O('WO-3308', 'CU-104', '2024-11-07', 'Confirmed', [['BR-01', 24], ['BR-04', 24], ['CA-03', 2]]),
    O('WO-3309', 'CU-108', '2024-11-07', 'Confirmed', [['BR-03', 12], ['VI-04', 18]]),
    O('WO-3310', 'CU-101', '2024-11-07', 'Confirmed', [['VI-01', 24], ['BR-06', 10], ['VI-04', 12]], 'Back door, before 7am'),
    O('WO-3311', 'CU-103', '2024-11-07', 'Confirmed', [['BR-02', 8], ['VI-02', 12]]),
    O('WO-3312', 'CU-111', '2024-11-07', 'Confirmed', [['SA-01', 30], ['BR-05', 3]]),
    O('WO-3313', 'CU-113', '2024-11-07', 'Draft', [['CA-01', 1], ['CA-02', 2]]),
    O('WO-3314', 'CU-115', '2024-11-07', 'Confirmed', [['BR-01', 12], ['CA-02', 3]]),
    O('WO-3315', 'CU-106', '2024-11-08', 'Confirmed', [['VI-01', 30], ['VI-03', 10]]),
    O('WO-3316', 'CU-112', '2024-11-08', 'Confirmed', [['VI-04', 12], ['CA-01', 1]]),
    O('WO-3317', 'CU-107', '2024-11-08', 'Confirmed', [['BR-02', 6], ['BR-06', 8]]),
    O('WO-3318', 'CU-116', '2024-11-08', 'Confirmed', [['SA-01', 24], ['CA-01', 2], ['BR-05', 2]]),
    O('WO-3319', 'CU-103', '2024-11-08', 'Confirmed', [['BR-02', 8], ['VI-02', 12]]),
    O('WO-3320', 'CU-109', '2024-11-08', 'Confirmed', [['BR-04', 20], ['SA-01', 40]]),
    O('WO-3321', 'CU-110', '2024-11-09', 'Confirmed', [['BR-01', 10], ['VI-01', 36], ['VI-02', 24]]),
    O('WO-3322', 'CU-101', '2024-11-09', 'Confirmed', [['VI-01', 24], ['BR-06', 12]]),
    O('WO-3323', 'CU-104', '2024-11-09', 'Draft', [['BR-01', 24], ['CA-03', 2]]),
    O('WO-3324', 'CU-108', '2024-11-09', 'Cancelled', [['BR-03', 12]]),
    O('WO-3325', 'CU-102', '2024-11-09', 'Confirmed', [['BR-02', 10], ['VI-02', 12]])
  ];
  orders[23].cancelReason = 'Customer request';
  orders.forEach(function (o) { if (o.customer === 'CU-110' || o.customer === 'CU-109') o.repeatWeekly = true; });

  window.state = {
    view: 'orders',
    today: TODAY,
    products: products, customers: customers, orders: orders,
    orderFilter: { day: '2024-11-07', status: 'All', q: '' },
    settings: { cutoff: '14:00', emailConfirmations: true, autoConfirmStanding: true, showExVat: false, minOrder: 25 },
    seq: { order: 3326 }
  };
  var S = window.state;
  var main = document.getElementById('main');
  var drawer = document.getElementById('drawer');
  var scrim = document.getElementById('scrim');
  var dlg = document.getElementById('dlg');
  var menuEl = null;
  var drawerDraft = null;

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var DOW = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function d(s) { var p = s.split('-'); return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])); }
  function fmt(s) { var x = d(s); return DOW[x.getUTCDay()].slice(0, 3) + ' ' + x.getUTCDate() + ' ' + MON[x.getUTCMonth()]; }
  function longDate(s) { var x = d(s); return DOW[x.getUTCDay()] + ' ' + x.getUTCDate() + ' ' + MON[x.getUTCMonth()]; }
  function addDays(s, n) { var x = d(s); x.setUTCDate(x.getUTCDate() + n); return x.toISOString().slice(0, 10); }
  function gbp(n) { return '£' + n.toFixed(2); }
  function prod(sku) { return S.products.filter(function (p) { return p.sku === sku; })[0]; }
  function cust(id) { return S.customers.filter(function (c) { return c.id === id; })[0]; }
  function order(id) { return S.orders.filter(function (o) { return o.id === id; })[0]; }
  function total(lines) { return lines.reduce(function (s, l) { return s + prod(l.sku).price * l.qty; }, 0); }

  function toast(msg) {
    var t = document.getElementById('toast');
    t.innerHTML = '<span>' + esc(msg) + '</span><button aria-label="Dismiss" title="Dismiss">✕</button>';
    t.classList.remove('hidden');
    t.querySelector('button').onclick = function () { t.classList.add('hidden'); };
  }
  document.getElementById('today').textContent = longDate(TODAY) + ' 2024';

  function closeMenu() { if (menuEl) { menuEl.parentNode.removeChild(menuEl); menuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu();
    var m = document.createElement('div');
    m.className = 'pop'; m.setAttribute('role', 'menu');
    items.forEach(function (it) {
      var b = document.createElement('button'); b.textContent = it[0]; b.setAttribute('role', 'menuitem');
      if (it[2]) b.className = 'warn';
      b.onclick = function (e) { e.stopPropagation(); closeMenu(); it[1](); };
      m.appendChild(b);
    });
    document.body.appendChild(m);
    var r = anchor.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 4) + 'px'; m.style.left = (r.right - 210) + 'px';
    menuEl = m;
  }
  document.addEventListener('click', function (e) { if (menuEl && !menuEl.contains(e.target)) closeMenu(); });

  function dialog(title, body, okLabel, onOk, okClass) {
    dlg.innerHTML = '<div class="dlg" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><h3>' + esc(title) + '</h3><div class="dlg-body">' + body + '</div><p class="problem" id="dlg-err"></p>' +
      '<div class="dlg-foot"><button class="lnk" id="dlg-cancel">Go back</button><button class="btn ' + (okClass || 'solid') + '" id="dlg-ok">' + esc(okLabel) + '</button></div></div>';
    dlg.classList.remove('hidden');
    var box = dlg.firstChild;
    document.getElementById('dlg-cancel').onclick = closeDialog;
    document.getElementById('dlg-ok').onclick = function () { onOk(box, function (msg) { document.getElementById('dlg-err').textContent = msg; }); };
    return box;
  }
  function closeDialog() { dlg.classList.add('hidden'); dlg.innerHTML = ''; }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeMenu(); if (!dlg.classList.contains('hidden')) closeDialog(); else closeDrawer(); } });

  // ------------ views ------------
  function render() {
    closeMenu();
    Array.prototype.forEach.call(document.querySelectorAll('#nav a'), function (a) { a.classList.toggle('cur', a.getAttribute('data-v') === S.view); });
    if (S.view === 'orders') renderOrders();
    else if (S.view === 'customers') renderCustomers();
    else if (S.view === 'products') renderProducts();
    else renderSettings();
  }

  function renderOrders() {
    var f = S.orderFilter;
    var days = ['2024-11-06', '2024-11-07', '2024-11-08', '2024-11-09'];
    var q = f.q.trim().toLowerCase();
    var list = S.orders.filter(function (o) {
      if (f.day !== 'all' && o.delivery !== f.day) return false;
      if (f.status !== 'All' && o.status !== f.status) return false;
      if (q && (o.id + ' ' + cust(o.customer).name).toLowerCase().indexOf(q) < 0) return false;
      return true;
    });
    var h = '<section class="intro"><div><h1>Wholesale orders</h1><p>Orders close at ' + S.settings.cutoff + ' the day before delivery. Bake sheet for tomorrow is generated at cut-off.</p></div>' +
      '<button class="btn solid" id="new-order">New order</button></section>';
    h += '<div class="filters"><div class="days" role="tablist" aria-label="Delivery day">' + days.map(function (x) {
      var n = S.orders.filter(function (o) { return o.delivery === x && o.status !== 'Cancelled'; }).length;
      return '<button role="tab" data-day="' + x + '" class="' + (f.day === x ? 'on' : '') + '">' + (x === TODAY ? 'Today' : x === addDays(TODAY, 1) ? 'Tomorrow' : fmt(x)) + '<small>' + fmt(x) + ' · ' + n + ' orders</small></button>';
    }).join('') + '<button role="tab" data-day="all" class="' + (f.day === 'all' ? 'on' : '') + '">All days<small>' + S.orders.length + ' orders</small></button></div>' +
      '<div class="frow"><input type="search" id="o-q" placeholder="Find by customer or order number" aria-label="Find order" value="' + esc(f.q) + '">' +
      '<select id="o-st" aria-label="Status"><option>All</option>' + ['Draft', 'Confirmed', 'Dispatched', 'Cancelled'].map(function (s) { return '<option' + (f.status === s ? ' selected' : '') + '>' + s + '</option>'; }).join('') + '</select></div></div>';
    h += '<table class="ledger"><thead><tr><th>Order</th><th>Customer</th><th>Route</th><th>Delivery</th><th>Items</th><th class="num">Value</th><th>Status</th><th></th></tr></thead><tbody>';
    list.forEach(function (o) {
      var c = cust(o.customer);
      h += '<tr class="' + (o.status === 'Cancelled' ? 'void' : '') + '"><td><a href="#" class="oid" data-order="' + o.id + '">' + o.id + '</a></td><td>' + esc(c.name) + (c.onHold ? ' <span class="tag hold">on hold</span>' : '') +
        (o.repeatWeekly ? ' <span class="tag" title="Repeats weekly">↻ weekly</span>' : '') + '</td><td>' + c.route + '</td><td>' + fmt(o.delivery) + '</td><td class="items">' +
        o.lines.map(function (l) { return l.qty + '× ' + esc(prod(l.sku).name); }).join(', ') + '</td><td class="num">' + gbp(total(o.lines)) + '</td><td><span class="st st-' + o.status.toLowerCase() + '">' + o.status + '</span></td>' +
        '<td><button class="dots" data-omenu="' + o.id + '" aria-label="Actions for ' + o.id + '" title="Actions">•••</button></td></tr>';
    });
    if (!list.length) h += '<tr><td colspan="8" class="none">No orders for this selection.</td></tr>';
    h += '</tbody></table>';
    main.innerHTML = h;
    document.getElementById('new-order').onclick = newOrderDialog;
    var qi = document.getElementById('o-q');
    qi.oninput = function () { f.q = qi.value; renderOrders(); var n = document.getElementById('o-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('o-st').onchange = function (e) { f.status = e.target.value; renderOrders(); };
  }

  function renderCustomers() {
    var h = '<section class="intro"><div><h1>Customers</h1><p>' + S.customers.length + ' wholesale accounts on three delivery routes.</p></div></section>';
    h += '<div class="cards">';
    S.customers.forEach(function (c) {
      var open = S.orders.filter(function (o) { return o.customer === c.id && (o.status === 'Confirmed' || o.status === 'Draft'); }).length;
      h += '<article class="ccard' + (c.onHold ? ' held' : '') + '"><header><h3>' + esc(c.name) + '</h3><button class="dots" data-cmenu="' + c.id + '" aria-label="Options for ' + esc(c.name) + '" title="Options">•••</button></header>' +
        '<div class="cmeta">' + c.id + ' · ' + c.route + ' route</div><div class="cmeta">' + esc(c.contact) + ' · ' + esc(c.phone) + '</div>' +
        '<footer>' + (c.onHold ? '<span class="tag hold" title="' + esc(c.holdNote) + '">On hold — ' + esc(c.holdReason) + '</span>' : '<span class="tag ok">Active</span>') + '<span class="open">' + open + ' open orders</span></footer></article>';
    });
    main.innerHTML = h + '</div>';
  }

  function renderProducts() {
    var h = '<section class="intro"><div><h1>Products</h1><p>Wholesale price list (ex VAT). Unavailable lines can’t be added to new orders.</p></div></section>';
    h += '<table class="ledger"><thead><tr><th>SKU</th><th>Product</th><th>Category</th><th class="num">Unit price</th><th>Available</th><th></th></tr></thead><tbody>';
    S.products.forEach(function (p) {
      h += '<tr><td class="mono">' + p.sku + '</td><td>' + esc(p.name) + '</td><td>' + p.category + '</td><td class="num">' + gbp(p.price) + '</td>' +
        '<td><label class="sw"><input type="checkbox" data-avail="' + p.sku + '"' + (p.available ? ' checked' : '') + ' aria-label="' + esc(p.name) + ' available"><b></b></label></td>' +
        '<td><button class="lnk" data-price="' + p.sku + '">Change price</button></td></tr>';
    });
    main.innerHTML = h + '</tbody></table>';
  }

  function renderSettings() {
    var st = S.settings;
    function sw(id, on, t, sub) { return '<div class="set"><div><h4>' + t + '</h4><p>' + sub + '</p></div><label class="sw"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + ' aria-label="' + t + '"><b></b></label></div>'; }
    var h = '<section class="intro"><div><h1>Settings</h1><p>Order desk preferences.</p></div></section><div class="sets">';
    h += '<div class="set"><div><h4>Order cut-off</h4><p>Latest time to change next-day orders</p></div><select id="st-cut">' + ['12:00', '13:00', '14:00', '15:00', '16:00'].map(function (t) { return '<option' + (t === st.cutoff ? ' selected' : '') + '>' + t + '</option>'; }).join('') + '</select></div>';
    h += sw('st-email', st.emailConfirmations, 'Email order confirmations', 'Send customers a confirmation when an order is placed or changed');
    h += sw('st-auto', st.autoConfirmStanding, 'Auto-confirm standing orders', 'Weekly repeats are confirmed automatically each Monday');
    h += sw('st-vat', st.showExVat, 'Show prices ex VAT on invoices', 'Otherwise prices are shown inclusive');
    h += '<div class="set"><div><h4>Minimum order value</h4><p>Orders below this are flagged on the delivery sheet</p></div><span>£ <input type="number" id="st-min" min="0" value="' + st.minOrder + '"></span></div>';
    h += '<div class="set end"><button class="btn solid" id="st-save">Save settings</button></div></div>';
    main.innerHTML = h;
    document.getElementById('st-save').onclick = function () {
      var min = Number(document.getElementById('st-min').value);
      if (isNaN(min) || min < 0) { toast('Enter a valid minimum order value'); return; }
      S.settings = { cutoff: document.getElementById('st-cut').value, emailConfirmations: document.getElementById('st-email').checked, autoConfirmStanding: document.getElementById('st-auto').checked,
        showExVat: document.getElementById('st-vat').checked, minOrder: min };
      toast('Settings saved');
    };
  }

  // ------------ order drawer ------------
  function openDrawer(id) {
    var o = order(id);
    drawerDraft = { id: o.id, delivery: o.delivery, notes: o.notes, lines: o.lines.map(function (l) { return { sku: l.sku, qty: l.qty }; }) };
    drawer.classList.remove('hidden'); scrim.classList.remove('hidden');
    drawDrawer();
  }
  function closeDrawer() { drawer.classList.add('hidden'); scrim.classList.add('hidden'); drawer.innerHTML = ''; drawerDraft = null; }
  scrim.onclick = closeDrawer;

  function productOptions() {
    return S.products.filter(function (p) { return p.available; }).map(function (p) { return '<option value="' + p.sku + '">' + esc(p.name) + ' — ' + gbp(p.price) + '</option>'; }).join('');
  }

  function drawDrawer() {
    var o = order(drawerDraft.id), c = cust(o.customer), D = drawerDraft;
    var ro = o.status === 'Dispatched' || o.status === 'Cancelled';
    var h = '<div class="dr-head"><div><div class="kicker">Order ' + o.id + '</div><h2>' + esc(c.name) + '</h2><span class="st st-' + o.status.toLowerCase() + '">' + o.status + '</span>' +
      (o.cancelReason ? ' <span class="muted">(' + esc(o.cancelReason) + ')</span>' : '') + '</div><button class="x" id="dr-close" aria-label="Close order" title="Close">✕</button></div>';
    h += '<div class="dr-body"><label class="fld">Delivery date<input type="date" id="dr-date" value="' + D.delivery + '"' + (ro ? ' disabled' : '') + '></label>';
    h += '<table class="lines"><thead><tr><th>Product</th><th class="num">Price</th><th class="num">Qty</th><th class="num">Total</th><th></th></tr></thead><tbody>';
    D.lines.forEach(function (l, i) {
      var p = prod(l.sku);
      h += '<tr><td>' + esc(p.name) + '</td><td class="num">' + gbp(p.price) + '</td><td class="num"><input type="number" min="1" class="qty" data-line="' + i + '" value="' + l.qty + '" aria-label="Quantity of ' + esc(p.name) + '"' + (ro ? ' disabled' : '') + '></td>' +
        '<td class="num">' + gbp(p.price * l.qty) + '</td><td>' + (ro ? '' : '<button class="x sm" data-rm="' + i + '" aria-label="Remove ' + esc(p.name) + '" title="Remove line">✕</button>') + '</td></tr>';
    });
    h += '</tbody><tfoot><tr><td colspan="3">Order value</td><td class="num">' + gbp(total(D.lines)) + '</td><td></td></tr></tfoot></table>';
    if (!ro) h += '<div class="addline"><select id="dr-prod" aria-label="Product to add"><option value="">Add a product…</option>' + productOptions() + '</select><input type="number" id="dr-qty" min="1" placeholder="Qty" aria-label="Quantity to add"><button class="btn" id="dr-add">Add</button></div>';
    h += '<label class="fld">Delivery notes<textarea id="dr-notes" rows="3"' + (ro ? ' disabled' : '') + '>' + esc(D.notes) + '</textarea></label><p class="problem" id="dr-err"></p></div>';
    h += '<div class="dr-foot">' + (ro ? '<button class="btn" id="dr-done">Close</button>' :
      '<button class="lnk danger" id="dr-cancel">Cancel order…</button><span class="sp"></span>' + (o.status === 'Draft' ? '<button class="btn" id="dr-confirm">Save &amp; confirm</button>' : '') + '<button class="btn solid" id="dr-save">Save changes</button>') + '</div>';
    drawer.innerHTML = h;
    document.getElementById('dr-close').onclick = closeDrawer;
    if (ro) { document.getElementById('dr-done').onclick = closeDrawer; return; }
    document.getElementById('dr-date').onchange = function (e) { D.delivery = e.target.value; };
    document.getElementById('dr-notes').oninput = function (e) { D.notes = e.target.value; };
    Array.prototype.forEach.call(drawer.querySelectorAll('.qty'), function (inp) {
      inp.oninput = function () {
        var i = +inp.getAttribute('data-line'), l = D.lines[i];
        l.qty = parseInt(inp.value, 10) || 0;
        inp.closest('tr').children[3].textContent = gbp(prod(l.sku).price * l.qty);
        drawer.querySelector('.lines tfoot .num').textContent = gbp(total(D.lines));
      };
    });
    Array.prototype.forEach.call(drawer.querySelectorAll('[data-rm]'), function (b) {
      b.onclick = function () { D.lines.splice(+b.getAttribute('data-rm'), 1); drawDrawer(); };
    });
    document.getElementById('dr-add').onclick = function () {
      var sku = document.getElementById('dr-prod').value, qty = parseInt(document.getElementById('dr-qty').value, 10);
      if (!sku) { document.getElementById('dr-err').textContent = 'Choose a product to add.'; return; }
      if (!(qty > 0)) { document.getElementById('dr-err').textContent = 'Enter a quantity of at least 1.'; return; }
      var ex = D.lines.filter(function (l) { return l.sku === sku; })[0];
      if (ex) ex.qty += qty; else D.lines.push({ sku: sku, qty: qty });
      drawDrawer();
    };
    function save(confirm) {
      var err = document.getElementById('dr-err');
      var qtys = drawer.querySelectorAll('.qty');
      for (var i = 0; i < qtys.length; i++) { D.lines[i].qty = parseInt(qtys[i].value, 10) || 0; }
      if (!D.lines.length) { err.textContent = 'An order needs at least one line. Cancel the order instead.'; return; }
      if (D.lines.some(function (l) { return !(l.qty > 0); })) { err.textContent = 'Quantities must be at least 1.'; return; }
      if (!D.delivery || D.delivery <= TODAY) { err.textContent = 'Delivery date must be after today.'; return; }
      o.delivery = D.delivery; o.notes = D.notes.trim(); o.lines = D.lines.map(function (l) { return { sku: l.sku, qty: l.qty }; });
      if (confirm) o.status = 'Confirmed';
      closeDrawer(); toast(o.id + (confirm ? ' confirmed' : ' updated')); render();
    }
    document.getElementById('dr-save').onclick = function () { save(false); };
    if (document.getElementById('dr-confirm')) document.getElementById('dr-confirm').onclick = function () { save(true); };
    document.getElementById('dr-cancel').onclick = function () { cancelDialog(o); };
  }

  function cancelDialog(o) {
    dialog('Cancel ' + o.id + '?', '<p>' + esc(cust(o.customer).name) + ' · delivery ' + longDate(o.delivery) + ' · ' + gbp(total(o.lines)) + '</p>' +
      '<label class="fld">Reason<select id="cx-reason">' + ['Customer request', 'Customer on hold', 'Duplicate order', 'Unable to fulfil', 'Other'].map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select></label>' +
      '<label class="chk"><input type="checkbox" id="cx-email" checked> Email the customer</label>', 'Cancel order', function (box) {
        o.status = 'Cancelled'; o.cancelReason = box.querySelector('#cx-reason').value;
        closeDialog(); closeDrawer(); toast(o.id + ' cancelled'); render();
      }, 'danger');
  }

  function holdDialog(c) {
    dialog('Put ' + c.name + ' on hold', '<p>No new orders can be placed while an account is on hold.</p>' +
      '<label class="fld">Reason<select id="h-reason"><option value="">Choose…</option>' + ['Overdue payment', 'Disputed invoice', 'Temporarily closed', 'Other'].map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select></label>' +
      '<label class="fld">Note<textarea id="h-note" rows="2"></textarea></label>' +
      '<label class="chk"><input type="checkbox" id="h-cancel"> Also cancel their undelivered orders</label>', 'Place on hold', function (box, err) {
        var r = box.querySelector('#h-reason').value;
        if (!r) { err('Choose a reason.'); return; }
        c.onHold = true; c.holdReason = r; c.holdNote = box.querySelector('#h-note').value.trim();
        var n = 0;
        if (box.querySelector('#h-cancel').checked) S.orders.forEach(function (o) { if (o.customer === c.id && (o.status === 'Confirmed' || o.status === 'Draft')) { o.status = 'Cancelled'; o.cancelReason = 'Customer on hold'; n++; } });
        closeDialog(); toast(c.name + ' placed on hold' + (n ? ' · ' + n + ' orders cancelled' : '')); render();
      }, 'danger');
  }

  function editCustomerDialog(c) {
    dialog('Edit ' + c.name, '<label class="fld">Business name<input type="text" id="ec-name" value="' + esc(c.name) + '"></label>' +
      '<label class="fld">Contact<input type="text" id="ec-contact" value="' + esc(c.contact) + '"></label><label class="fld">Phone<input type="text" id="ec-phone" value="' + esc(c.phone) + '"></label>' +
      '<fieldset class="fld"><legend>Delivery route</legend>' + ['North', 'South', 'City'].map(function (r) { return '<label class="chk"><input type="radio" name="ec-route" value="' + r + '"' + (r === c.route ? ' checked' : '') + '> ' + r + '</label>'; }).join('') + '</fieldset>',
    'Save', function (box, err) {
      var n = box.querySelector('#ec-name').value.trim();
      if (!n) { err('Name is required.'); return; }
      c.name = n; c.contact = box.querySelector('#ec-contact').value.trim(); c.phone = box.querySelector('#ec-phone').value.trim();
      c.route = box.querySelector('input[name=ec-route]:checked').value;
      closeDialog(); toast('Customer updated'); render();
    });
  }

  function priceDialog(p) {
    dialog('Change price · ' + p.name, '<label class="fld">Unit price (£, ex VAT)<input type="number" step="0.05" min="0" id="pr-val" value="' + p.price.toFixed(2) + '"></label><p class="muted">Applies to undelivered orders too.</p>', 'Update price', function (box, err) {
      var v = Number(box.querySelector('#pr-val').value);
      if (!(v > 0)) { err('Enter a price above zero.'); return; }
      p.price = Math.round(v * 100) / 100; closeDialog(); toast(p.name + ' now ' + gbp(p.price)); render();
    });
  }

  function newOrderDialog() {
    var lines = [];
    var box = dialog('New wholesale order',
      '<label class="fld">Customer<select id="no-cust"><option value="">Select customer…</option>' + S.customers.map(function (c) {
        return '<option value="' + c.id + '"' + (c.onHold ? ' disabled' : '') + '>' + esc(c.name) + (c.onHold ? ' (on hold)' : '') + '</option>'; }).join('') + '</select></label>' +
      '<label class="fld">Delivery date<input type="date" id="no-date" min="' + addDays(TODAY, 1) + '"></label>' +
      '<div class="fld">Items<div id="no-lines" class="nolines"></div><div class="addline"><select id="no-prod" aria-label="Product"><option value="">Product…</option>' + productOptions() + '</select>' +
      '<input type="number" id="no-qty" min="1" placeholder="Qty" aria-label="Quantity"><button class="btn" id="no-add" type="button">Add item</button></div></div>' +
      '<label class="fld">Delivery notes<textarea id="no-notes" rows="2"></textarea></label>' +
      '<label class="chk"><input type="checkbox" id="no-repeat"> Repeat this order weekly</label>', 'Place order', function (b, err) { submit(b, err, 'Confirmed'); });
    box.classList.add('big');
    var foot = box.querySelector('.dlg-foot');
    var draftBtn = document.createElement('button'); draftBtn.className = 'btn'; draftBtn.textContent = 'Save as draft';
    foot.insertBefore(draftBtn, document.getElementById('dlg-ok'));
    draftBtn.onclick = function () { submit(box, function (m) { document.getElementById('dlg-err').textContent = m; }, 'Draft'); };
    function drawLines() {
      var el = box.querySelector('#no-lines');
      el.innerHTML = lines.length ? lines.map(function (l, i) { var p = prod(l.sku); return '<div class="nl"><span>' + l.qty + ' × ' + esc(p.name) + '</span><span>' + gbp(p.price * l.qty) + '</span><button class="x sm" data-nrm="' + i + '" aria-label="Remove ' + esc(p.name) + '" title="Remove">✕</button></div>'; }).join('') +
        '<div class="nl tot"><span>Total</span><span>' + gbp(total(lines)) + '</span><span></span></div>' : '<div class="muted">No items yet.</div>';
      Array.prototype.forEach.call(el.querySelectorAll('[data-nrm]'), function (b) { b.onclick = function () { lines.splice(+b.getAttribute('data-nrm'), 1); drawLines(); }; });
    }
    box.querySelector('#no-add').onclick = function () {
      var sku = box.querySelector('#no-prod').value, qty = parseInt(box.querySelector('#no-qty').value, 10);
      if (!sku || !(qty > 0)) { document.getElementById('dlg-err').textContent = 'Pick a product and a quantity.'; return; }
      document.getElementById('dlg-err').textContent = '';
      var ex = lines.filter(function (l) { return l.sku === sku; })[0];
      if (ex) ex.qty += qty; else lines.push({ sku: sku, qty: qty });
      box.querySelector('#no-prod').value = ''; box.querySelector('#no-qty').value = '';
      drawLines();
    };
    function submit(b, err, status) {
      var cu = b.querySelector('#no-cust').value, date = b.querySelector('#no-date').value;
      if (!cu) { err('Choose a customer.'); return; }
      if (!date || date <= TODAY) { err('Choose a delivery date after today.'); return; }
      if (!lines.length) { err('Add at least one item.'); return; }
      var o = O('WO-' + S.seq.order++, cu, date, status, lines.map(function (l) { return [l.sku, l.qty]; }), b.querySelector('#no-notes').value.trim());
      o.repeatWeekly = b.querySelector('#no-repeat').checked;
      S.orders.push(o);
      closeDialog(); toast(o.id + (status === 'Draft' ? ' saved as draft' : ' placed for ' + cust(cu).name)); render();
    }
    drawLines();
  }

  // ------------ events ------------
  document.getElementById('nav').addEventListener('click', function (e) {
    var a = e.target.closest('a[data-v]'); if (!a) return;
    e.preventDefault(); S.view = a.getAttribute('data-v'); closeDrawer(); render();
  });
  main.addEventListener('click', function (e) {
    var el = e.target.closest('[data-day],[data-order],[data-omenu],[data-cmenu],[data-price]');
    if (!el) return;
    if (el.hasAttribute('data-day')) { S.orderFilter.day = el.getAttribute('data-day'); renderOrders(); return; }
    if (el.hasAttribute('data-order')) { e.preventDefault(); openDrawer(el.getAttribute('data-order')); return; }
    if (el.hasAttribute('data-price')) { priceDialog(prod(el.getAttribute('data-price'))); return; }
    if (el.hasAttribute('data-omenu')) {
      e.stopPropagation();
      var o = order(el.getAttribute('data-omenu'));
      var items = [['Open order', function () { openDrawer(o.id); }], ['Print delivery note', function () { toast('Delivery note for ' + o.id + ' sent to printer'); }]];
      if (o.status === 'Draft') items.push(['Confirm order', function () { o.status = 'Confirmed'; toast(o.id + ' confirmed'); render(); }]);
      if (o.status === 'Draft' || o.status === 'Confirmed') items.push(['Cancel order…', function () { cancelDialog(o); }, true]);
      showMenu(el, items); return;
    }
    if (el.hasAttribute('data-cmenu')) {
      e.stopPropagation();
      var c = cust(el.getAttribute('data-cmenu'));
      var its = [['View orders', function () { S.view = 'orders'; S.orderFilter = { day: 'all', status: 'All', q: c.name }; render(); }], ['Edit details…', function () { editCustomerDialog(c); }]];
      if (c.onHold) its.push(['Release hold', function () { c.onHold = false; c.holdReason = null; c.holdNote = ''; toast(c.name + ' released from hold'); render(); }]);
      else its.push(['Put on hold…', function () { holdDialog(c); }, true]);
      showMenu(el, its);
    }
  });
  main.addEventListener('change', function (e) {
    var sku = e.target.getAttribute('data-avail');
    if (sku) { var p = prod(sku); p.available = e.target.checked; toast(p.name + (p.available ? ' available' : ' marked unavailable')); }
  });

  render();
})();
