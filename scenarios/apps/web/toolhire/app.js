// HireDesk counter app — Brennan Tool & Plant Hire
(function () {
  'use strict';
  const TODAY = '2024-09-18';

  const tools = [
    ['T-101', 'SDS Rotary Hammer Drill', 'Drilling', 18, 50, 'On hire'],
    ['T-102', 'Demolition Hammer 15kg', 'Breaking', 32, 100, 'On hire'],
    ['T-103', 'Demolition Hammer 30kg', 'Breaking', 45, 150, 'Service'],
    ['T-104', 'Cordless Combi Drill 18V', 'Drilling', 14, 40, 'Available'],
    ['T-105', 'Diamond Core Drill 152mm', 'Drilling', 55, 150, 'Available'],
    ['T-106', 'Petrol Cut-off Saw 300mm', 'Cutting', 38, 100, 'On hire'],
    ['T-107', 'Manual Tile Cutter 900mm', 'Cutting', 20, 40, 'Available'],
    ['T-108', 'Wet Tile Saw', 'Cutting', 28, 60, 'On hire'],
    ['T-109', 'Plate Compactor', 'Groundworks', 40, 100, 'On hire'],
    ['T-110', 'Mini Digger 1.5t', 'Plant', 120, 250, 'On hire'],
    ['T-111', 'Micro Digger 0.8t', 'Plant', 95, 250, 'Available'],
    ['T-112', 'Tracked Dumper 500kg', 'Plant', 85, 200, 'On hire'],
    ['T-113', 'Scaffold Tower 4m', 'Access', 30, 80, 'Available'],
    ['T-114', 'Scaffold Tower 6m', 'Access', 42, 100, 'On hire'],
    ['T-115', 'Step Ladder 8-tread', 'Access', 9, 20, 'Available'],
    ['T-116', 'Extension Ladder 3-section', 'Access', 16, 40, 'On hire'],
    ['T-117', 'Carpet Cleaner', 'Cleaning', 25, 50, 'Available'],
    ['T-118', 'Pressure Washer 3000psi', 'Cleaning', 35, 80, 'On hire'],
    ['T-119', 'Floor Sander', 'Sanding', 38, 80, 'Available'],
    ['T-120', 'Edging Sander', 'Sanding', 26, 60, 'Available'],
    ['T-121', 'Dehumidifier 50L', 'Drying', 22, 50, 'On hire'],
    ['T-122', 'Site Transformer 110V 3kVA', 'Power', 8, 30, 'On hire'],
    ['T-123', 'Generator 6kVA', 'Power', 48, 150, 'On hire'],
    ['T-124', 'Wallpaper Stripper', 'Decorating', 15, 30, 'On hire'],
    ['T-125', 'Plasterboard Lifter', 'Access', 18, 40, 'On hire'],
    ['T-126', 'Petrol Hedge Trimmer', 'Garden', 24, 50, 'On hire'],
    ['T-127', 'Cordless Combi Drill 18V (kit 2)', 'Drilling', 14, 40, 'Available'],
    ['T-128', 'Scaffold Tower 4m (narrow)', 'Access', 30, 80, 'Available']
  ].map(r => ({ code: r[0], name: r[1], category: r[2], dayRate: r[3], deposit: r[4], status: r[5] }));

  const customers = [
    ['C-2041', 'Gary Whitlock', 'Cash', '07700 900311', ''],
    ['C-2042', 'Priya Sandhu', 'Trade', '07700 900478', 'Sandhu Builders Ltd'],
    ['C-2043', 'Martin Oduya', 'Cash', '07700 900122', ''],
    ['C-2044', 'Dave Kerr', 'Trade', '0113 496 0021', 'Hollis & Kerr Roofing'],
    ['C-2045', 'Janet Pryor', 'Cash', '07700 900655', ''],
    ['C-2046', 'Deepak Varma', 'Cash', '07700 900734', ''],
    ['C-2047', 'Sam Greenway', 'Trade', '0113 496 0877', 'Greenway Landscapes'],
    ['C-2048', 'Sophie Marchetti', 'Cash', '07700 900289', ''],
    ['C-2049', 'Ben Carraway', 'Cash', '07700 900940', ''],
    ['C-2050', 'Alison Reeve', 'Trade', '0113 496 0450', 'Northgate Property Services'],
    ['C-2051', 'Lucy Abara', 'Cash', '07700 900517', ''],
    ['C-2052', 'Tom Fairclough', 'Cash', '07700 900803', ''],
    ['C-2053', 'Gary Whitfield', 'Trade', '07700 900390', 'Whitfield Joinery']
  ].map(r => ({ id: r[0], name: r[1], type: r[2], phone: r[3], company: r[4] }));

  function R(id, cust, codes, start, due, status, extra) {
    const dep = codes.reduce((s, c) => s + tools.find(t => t.code === c).deposit, 0);
    return Object.assign({ id, customer: cust, tools: codes, start, due, status, payment: 'Card', delivery: false, deliveryAddress: '', notes: '', deposit: dep,
      returned: null, condition: null, damageNote: '', depositRefunded: null }, extra || {});
  }
  const rentals = [
    R('R-5521', 'C-2044', ['T-114'], '2024-09-09', '2024-09-20', 'Out', { payment: 'Trade account', delivery: true, deliveryAddress: '22 Abbey Road, Kirkstall' }),
    R('R-5522', 'C-2047', ['T-109', 'T-112'], '2024-09-10', '2024-09-17', 'Out', { payment: 'Trade account' }),
    R('R-5523', 'C-2045', ['T-117'], '2024-09-12', '2024-09-13', 'Returned', { returned: '2024-09-13', condition: 'Good', depositRefunded: true }),
    R('R-5524', 'C-2050', ['T-123', 'T-122'], '2024-09-12', '2024-09-26', 'Out', { payment: 'Trade account', delivery: true, deliveryAddress: 'Unit 4, Canal Wharf' }),
    R('R-5525', 'C-2043', ['T-119', 'T-120'], '2024-09-14', '2024-09-16', 'Returned', { returned: '2024-09-16', condition: 'Good', depositRefunded: true, payment: 'Cash' }),
    R('R-5526', 'C-2046', ['T-121'], '2024-09-14', '2024-09-21', 'Out'),
    R('R-5527', 'C-2048', ['T-107'], '2024-09-15', '2024-09-17', 'Returned', { returned: '2024-09-17', condition: 'Needs cleaning', depositRefunded: true }),
    R('R-5528', 'C-2041', ['T-102'], '2024-09-16', '2024-09-18', 'Out', { payment: 'Cash' }),
    R('R-5529', 'C-2049', ['T-118'], '2024-09-16', '2024-09-19', 'Out'),
    R('R-5530', 'C-2042', ['T-110'], '2024-09-16', '2024-09-20', 'Out', { payment: 'Trade account', delivery: true, deliveryAddress: '14 Mill Road, Bramley' }),
    R('R-5531', 'C-2051', ['T-124'], '2024-09-17', '2024-09-18', 'Out'),
    R('R-5532', 'C-2052', ['T-126'], '2024-09-17', '2024-09-19', 'Out', { payment: 'Cash' }),
    R('R-5533', 'C-2047', ['T-106'], '2024-09-17', '2024-09-24', 'Out', { payment: 'Trade account' }),
    R('R-5534', 'C-2044', ['T-116'], '2024-09-17', '2024-09-19', 'Out', { payment: 'Trade account' }),
    R('R-5535', 'C-2045', ['T-115'], '2024-09-11', '2024-09-12', 'Returned', { returned: '2024-09-12', condition: 'Good', depositRefunded: true }),
    R('R-5536', 'C-2043', ['T-101'], '2024-09-18', '2024-09-19', 'Out', { payment: 'Cash' }),
    R('R-5537', 'C-2048', ['T-108'], '2024-09-18', '2024-09-19', 'Out'),
    R('R-5538', 'C-2050', ['T-125'], '2024-09-13', '2024-09-16', 'Out', { payment: 'Trade account' })
  ];

  window.state = {
    tab: 'counter',
    today: TODAY,
    tools, customers, rentals,
    counterFilter: { status: 'Open', q: '' },
    invFilter: { category: 'All', q: '' },
    settings: { smsReminders: false, requireId: true, defaultDays: 1, lateFeePct: 10, vatInclusive: true, printCopies: '2' },
    seq: { rental: 5539, customer: 2054 }
  };
  const S = window.state;
  const main = document.getElementById('main');
  const overlay = document.getElementById('overlay');
  let menuEl = null;

  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function dt(s) { const p = s.split('-'); return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])); }
  function fmt(s) { if (!s) return '—'; const d = dt(s); return DOW[d.getUTCDay()] + ' ' + d.getUTCDate() + ' ' + MON[d.getUTCMonth()]; }
  function addDays(s, n) { const d = dt(s); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
  function days(a, b) { return Math.max(1, Math.round((dt(b) - dt(a)) / 86400000)); }
  const money = n => '£' + Number(n).toFixed(2);
  const tool = c => S.tools.find(t => t.code === c);
  const cust = id => S.customers.find(c => c.id === id);
  const custLabel = c => c.company ? c.name + ' (' + c.company + ')' : c.name;
  function rentalState(r) { if (r.status === 'Returned') return 'Returned'; if (r.due < TODAY) return 'Overdue'; if (r.due === TODAY) return 'Due today'; return 'Out'; }

  function toast(msg, bad) {
    const box = document.getElementById('toasts');
    box.innerHTML = '';
    const t = document.createElement('div');
    t.className = 'toast' + (bad ? ' bad' : '');
    t.innerHTML = '<span>' + esc(msg) + '</span><button aria-label="Dismiss">×</button>';
    t.querySelector('button').onclick = () => t.remove();
    box.appendChild(t);
  }
  document.getElementById('today').textContent = fmt(TODAY) + ' 2024';

  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function menu(anchor, items) {
    closeMenu();
    const m = document.createElement('div');
    m.className = 'dd'; m.setAttribute('role', 'menu');
    items.forEach(it => {
      const b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = it[0];
      b.onclick = e => { e.stopPropagation(); closeMenu(); it[1](); };
      m.appendChild(b);
    });
    document.body.appendChild(m);
    const r = anchor.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 4) + 'px'; m.style.left = (r.right - 200) + 'px';
    menuEl = m;
  }
  document.addEventListener('click', e => { if (menuEl && !menuEl.contains(e.target)) closeMenu(); });

  function openModal(html, wide) {
    overlay.innerHTML = '<div class="modal' + (wide ? ' wide' : '') + '" role="dialog" aria-modal="true">' + html + '</div>';
    overlay.classList.remove('hidden');
    const m = overlay.firstChild;
    m.querySelectorAll('[data-close]').forEach(b => b.onclick = closeModal);
    return m;
  }
  function closeModal() { overlay.classList.add('hidden'); overlay.innerHTML = ''; }
  document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

  // ---------- views ----------
  function render() {
    closeMenu();
    document.querySelectorAll('#tabs button').forEach(b => { b.classList.toggle('on', b.dataset.tab === S.tab); b.setAttribute('aria-selected', b.dataset.tab === S.tab); });
    if (S.tab === 'counter') renderCounter();
    else if (S.tab === 'inventory') renderInventory();
    else if (S.tab === 'customers') renderCustomers();
    else renderSettings();
  }

  function renderCounter() {
    const f = S.counterFilter;
    const open = S.rentals.filter(r => r.status === 'Out');
    const stat = k => S.rentals.filter(r => rentalState(r) === k).length;
    let h = '<div class="head"><div><h1>Hire counter</h1><p class="muted">' + open.length + ' hires out · ' + stat('Due today') + ' due back today · <span class="red">' + stat('Overdue') + ' overdue</span></p></div>' +
      '<button class="btn primary big" id="new-hire">+ New hire</button></div>';
    h += '<div class="bar"><div class="seg" role="group" aria-label="Filter hires">' + ['Open', 'Due today', 'Overdue', 'Returned', 'All'].map(s => '<button data-seg="' + s + '"' + (f.status === s ? ' class="on"' : '') + '>' + s + '</button>').join('') + '</div>' +
      '<input type="search" id="c-q" placeholder="Search hire no., customer or tool…" value="' + esc(f.q) + '" aria-label="Search hires"></div>';
    const q = f.q.trim().toLowerCase();
    const rows = S.rentals.filter(r => {
      const st = rentalState(r);
      if (f.status === 'Open' && r.status !== 'Out') return false;
      if (f.status !== 'Open' && f.status !== 'All' && st !== f.status) return false;
      if (q) { const c = cust(r.customer); const txt = (r.id + ' ' + custLabel(c) + ' ' + r.tools.map(x => x + ' ' + tool(x).name).join(' ')).toLowerCase(); if (!txt.includes(q)) return false; }
      return true;
    }).sort((a, b) => a.id < b.id ? 1 : -1);
    h += '<table class="tbl"><thead><tr><th>Hire</th><th>Customer</th><th>Equipment</th><th>Out</th><th>Due back</th><th>Status</th><th class="r">Actions</th></tr></thead><tbody>';
    rows.forEach(r => {
      const c = cust(r.customer), st = rentalState(r);
      h += '<tr><td class="mono b">' + r.id + '</td><td>' + esc(c.name) + (c.company ? '<div class="muted sm">' + esc(c.company) + '</div>' : '') + '</td><td>' +
        r.tools.map(x => '<div><span class="mono muted">' + x + '</span> ' + esc(tool(x).name) + '</div>').join('') + '</td><td>' + fmt(r.start) + '</td><td>' + fmt(r.due) + '</td><td><span class="pill p-' + st.replace(' ', '-').toLowerCase() + '">' + st + '</span>' +
        (r.condition && r.condition !== 'Good' ? '<div class="muted sm">' + esc(r.condition) + '</div>' : '') + '</td><td class="r nowrap">' +
        (r.status === 'Out' ? '<button class="btn sm" data-checkin="' + r.id + '">Check in</button> ' : '') +
        '<button class="icon" data-more="' + r.id + '" aria-label="More actions for ' + r.id + '" title="More actions">⋯</button></td></tr>';
    });
    if (!rows.length) h += '<tr><td colspan="7" class="empty">No hires match this filter.</td></tr>';
    main.innerHTML = h + '</tbody></table>';
    const qi = document.getElementById('c-q');
    qi.oninput = () => { f.q = qi.value; renderCounter(); const n = document.getElementById('c-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('new-hire').onclick = () => wizard();
  }

  function renderInventory() {
    const f = S.invFilter;
    const cats = Array.from(new Set(S.tools.map(t => t.category))).sort();
    const q = f.q.trim().toLowerCase();
    const rows = S.tools.filter(t => (f.category === 'All' || t.category === f.category) && (!q || (t.code + ' ' + t.name).toLowerCase().includes(q)));
    let h = '<div class="head"><div><h1>Inventory</h1><p class="muted">' + S.tools.length + ' items · ' + S.tools.filter(t => t.status === 'Available').length + ' available · ' +
      S.tools.filter(t => t.status === 'Service').length + ' in workshop</p></div></div>';
    h += '<div class="bar"><select id="i-cat" aria-label="Category"><option>All</option>' + cats.map(c => '<option' + (c === f.category ? ' selected' : '') + '>' + c + '</option>').join('') + '</select>' +
      '<input type="search" id="i-q" placeholder="Search code or name" value="' + esc(f.q) + '" aria-label="Search inventory"></div>';
    h += '<table class="tbl"><thead><tr><th>Code</th><th>Item</th><th>Category</th><th class="r">Day rate</th><th class="r">Deposit</th><th>Status</th><th class="r"></th></tr></thead><tbody>';
    rows.forEach(t => {
      h += '<tr><td class="mono b">' + t.code + '</td><td>' + esc(t.name) + '</td><td>' + esc(t.category) + '</td><td class="r">' + money(t.dayRate) + '</td><td class="r">' + money(t.deposit) +
        '</td><td><span class="pill t-' + t.status.replace(' ', '-').toLowerCase() + '">' + t.status + '</span></td><td class="r nowrap"><button class="icon" data-edit-tool="' + t.code + '" aria-label="Edit ' + t.code + '" title="Edit item">✎</button> ' +
        '<button class="icon" data-tool-more="' + t.code + '" aria-label="More actions for ' + t.code + '" title="More actions">⋯</button></td></tr>';
    });
    main.innerHTML = h + '</tbody></table>';
    document.getElementById('i-cat').onchange = e => { f.category = e.target.value; renderInventory(); };
    const qi = document.getElementById('i-q');
    qi.oninput = () => { f.q = qi.value; renderInventory(); const n = document.getElementById('i-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
  }

  function renderCustomers() {
    let h = '<div class="head"><div><h1>Customers</h1><p class="muted">' + S.customers.length + ' accounts</p></div><button class="btn" id="add-cust">+ Add customer</button></div>';
    h += '<table class="tbl"><thead><tr><th>Account</th><th>Name</th><th>Company</th><th>Type</th><th>Phone</th><th class="r">Open hires</th></tr></thead><tbody>';
    S.customers.forEach(c => {
      h += '<tr><td class="mono b">' + c.id + '</td><td>' + esc(c.name) + '</td><td>' + esc(c.company || '—') + '</td><td><span class="pill ' + (c.type === 'Trade' ? 't-trade' : 't-cash') + '">' + c.type + '</span></td><td>' + esc(c.phone) +
        '</td><td class="r">' + S.rentals.filter(r => r.customer === c.id && r.status === 'Out').length + '</td></tr>';
    });
    main.innerHTML = h + '</tbody></table>';
    document.getElementById('add-cust').onclick = customerModal;
  }

  function renderSettings() {
    const st = S.settings;
    const tog = (id, on, t, d) => '<div class="srow"><div><b>' + t + '</b><div class="muted sm">' + d + '</div></div><label class="tog"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + ' aria-label="' + t + '"><i></i></label></div>';
    let h = '<div class="head"><div><h1>Branch settings</h1><p class="muted">Kirkstall counter defaults</p></div></div><div class="panel">';
    h += tog('st-sms', st.smsReminders, 'SMS return reminders', 'Text customers the evening before a hire is due back');
    h += tog('st-id', st.requireId, 'Require photo ID for cash hires', 'Counter staff must record ID before releasing equipment');
    h += tog('st-vat', st.vatInclusive, 'Show prices inc. VAT', 'Rates shown to customers include 20% VAT');
    h += '<div class="srow"><div><b>Default hire length</b><div class="muted sm">Pre-fills the due-back date on new hires</div></div><select id="st-days">' + [1, 2, 3, 7].map(n => '<option value="' + n + '"' + (n === st.defaultDays ? ' selected' : '') + '>' + n + (n === 1 ? ' day' : ' days') + '</option>').join('') + '</select></div>';
    h += '<div class="srow"><div><b>Late return fee</b><div class="muted sm">Percentage of day rate charged per late day</div></div><span><input type="number" id="st-late" min="0" max="100" value="' + st.lateFeePct + '"> %</span></div>';
    h += '<div class="srow"><div><b>Contract copies</b><div class="muted sm">Printed at the counter</div></div><select id="st-copies">' + ['1', '2', '3'].map(n => '<option' + (n === st.printCopies ? ' selected' : '') + '>' + n + '</option>').join('') + '</select></div>';
    h += '<div class="sfoot"><button class="btn primary" id="st-save">Save changes</button></div></div>';
    main.innerHTML = h;
    document.getElementById('st-save').onclick = () => {
      const late = Number(document.getElementById('st-late').value);
      if (!(late >= 0 && late <= 100)) { toast('Late fee must be 0–100%', true); return; }
      Object.assign(S.settings, { smsReminders: document.getElementById('st-sms').checked, requireId: document.getElementById('st-id').checked, vatInclusive: document.getElementById('st-vat').checked,
        defaultDays: Number(document.getElementById('st-days').value), lateFeePct: late, printCopies: document.getElementById('st-copies').value });
      toast('Settings saved');
    };
  }

  // ---------- dialogs ----------
  function checkinModal(r) {
    const c = cust(r.customer);
    const m = openModal('<div class="mh"><h2>Check in ' + r.id + '</h2><button class="icon" data-close aria-label="Close">✕</button></div><div class="mb">' +
      '<p class="muted">' + esc(custLabel(c)) + ' · ' + r.tools.map(x => esc(tool(x).name)).join(', ') + ' · due ' + fmt(r.due) + '</p>' +
      '<label class="fl">Returned on<input type="date" id="ci-date" value="' + TODAY + '"></label>' +
      '<fieldset class="fl"><legend>Condition on return</legend><label class="radio"><input type="radio" name="ci-cond" value="Good" checked> Good — back to stock</label>' +
      '<label class="radio"><input type="radio" name="ci-cond" value="Needs cleaning"> Needs cleaning</label><label class="radio"><input type="radio" name="ci-cond" value="Damaged"> Damaged — send to workshop</label></fieldset>' +
      '<label class="fl">Damage / condition notes<textarea id="ci-note" rows="3" placeholder="Describe any damage or missing parts"></textarea></label>' +
      '<label class="check"><input type="checkbox" id="ci-refund" checked> Refund deposit (' + money(r.deposit) + ')</label><div class="err" id="ci-err"></div></div>' +
      '<div class="mf"><button class="btn" data-close>Cancel</button><button class="btn primary" id="ci-ok">Complete check-in</button></div>');
    m.querySelector('#ci-ok').onclick = () => {
      const date = m.querySelector('#ci-date').value, cond = m.querySelector('input[name=ci-cond]:checked').value, note = m.querySelector('#ci-note').value.trim();
      if (!date) { m.querySelector('#ci-err').textContent = 'Enter the return date.'; return; }
      if (date < r.start) { m.querySelector('#ci-err').textContent = 'Return date is before the hire started.'; return; }
      if (cond === 'Damaged' && !note) { m.querySelector('#ci-err').textContent = 'Please describe the damage.'; return; }
      r.status = 'Returned'; r.returned = date; r.condition = cond; r.damageNote = note; r.depositRefunded = m.querySelector('#ci-refund').checked;
      r.tools.forEach(x => { tool(x).status = cond === 'Damaged' ? 'Service' : 'Available'; });
      closeModal(); toast(r.id + ' checked in' + (cond === 'Damaged' ? ' — equipment sent to workshop' : '')); render();
    };
  }

  function extendModal(r) {
    const m = openModal('<div class="mh"><h2>Extend hire ' + r.id + '</h2><button class="icon" data-close aria-label="Close">✕</button></div><div class="mb">' +
      '<p class="muted">Currently due back ' + fmt(r.due) + '.</p><label class="fl">New due-back date<input type="date" id="ex-date" value="' + r.due + '"></label>' +
      '<label class="check"><input type="checkbox" id="ex-sms"> Text the customer a confirmation</label><div class="err" id="ex-err"></div></div>' +
      '<div class="mf"><button class="btn" data-close>Cancel</button><button class="btn primary" id="ex-ok">Extend</button></div>');
    m.querySelector('#ex-ok').onclick = () => {
      const d = m.querySelector('#ex-date').value;
      if (!d || d <= r.due) { m.querySelector('#ex-err').textContent = 'Choose a date after the current due date.'; return; }
      r.due = d; closeModal(); toast(r.id + ' extended to ' + fmt(d)); render();
    };
  }

  function detailsModal(r) {
    const c = cust(r.customer);
    openModal('<div class="mh"><h2>Hire ' + r.id + '</h2><button class="icon" data-close aria-label="Close">✕</button></div><div class="mb"><dl class="dl">' +
      '<dt>Customer</dt><dd>' + esc(custLabel(c)) + ' · ' + esc(c.phone) + '</dd><dt>Equipment</dt><dd>' + r.tools.map(x => x + ' ' + esc(tool(x).name)).join('<br>') + '</dd>' +
      '<dt>Period</dt><dd>' + fmt(r.start) + ' → ' + fmt(r.due) + '</dd><dt>Payment</dt><dd>' + esc(r.payment) + ' · deposit ' + money(r.deposit) + '</dd>' +
      '<dt>Delivery</dt><dd>' + (r.delivery ? esc(r.deliveryAddress) : 'Collected from branch') + '</dd>' + (r.notes ? '<dt>Notes</dt><dd>' + esc(r.notes) + '</dd>' : '') +
      (r.returned ? '<dt>Returned</dt><dd>' + fmt(r.returned) + ' · ' + esc(r.condition) + (r.damageNote ? ' — ' + esc(r.damageNote) : '') + '</dd>' : '') +
      '</dl></div><div class="mf"><button class="btn" data-close>Close</button></div>');
  }

  function toolModal(t) {
    const cats = Array.from(new Set(S.tools.map(x => x.category))).sort();
    const m = openModal('<div class="mh"><h2>Edit ' + t.code + '</h2><button class="icon" data-close aria-label="Close">✕</button></div><div class="mb">' +
      '<label class="fl">Description<input type="text" id="te-name" value="' + esc(t.name) + '"></label>' +
      '<label class="fl">Category<select id="te-cat">' + cats.map(c => '<option' + (c === t.category ? ' selected' : '') + '>' + c + '</option>').join('') + '</select></label>' +
      '<div class="two"><label class="fl">Day rate (£)<input type="number" id="te-rate" min="0" step="0.5" value="' + t.dayRate + '"></label>' +
      '<label class="fl">Deposit (£)<input type="number" id="te-dep" min="0" step="5" value="' + t.deposit + '"></label></div><div class="err" id="te-err"></div></div>' +
      '<div class="mf"><button class="btn" data-close>Cancel</button><button class="btn primary" id="te-ok">Save item</button></div>');
    m.querySelector('#te-ok').onclick = () => {
      const name = m.querySelector('#te-name').value.trim(), rate = Number(m.querySelector('#te-rate').value), dep = Number(m.querySelector('#te-dep').value);
      if (!name) { m.querySelector('#te-err').textContent = 'Description is required.'; return; }
      if (!(rate > 0) || !(dep >= 0) || m.querySelector('#te-rate').value === '' || m.querySelector('#te-dep').value === '') { m.querySelector('#te-err').textContent = 'Enter a valid rate and deposit.'; return; }
      t.name = name; t.category = m.querySelector('#te-cat').value; t.dayRate = rate; t.deposit = dep;
      closeModal(); toast(t.code + ' updated'); render();
    };
  }

  function customerModal() {
    const m = openModal('<div class="mh"><h2>New customer</h2><button class="icon" data-close aria-label="Close">✕</button></div><div class="mb">' +
      '<label class="fl">Full name<input type="text" id="nc-name"></label><label class="fl">Phone<input type="text" id="nc-phone"></label>' +
      '<fieldset class="fl"><legend>Account type</legend><label class="radio"><input type="radio" name="nc-type" value="Cash" checked> Cash / card</label><label class="radio"><input type="radio" name="nc-type" value="Trade"> Trade account</label></fieldset>' +
      '<label class="fl">Company (trade only)<input type="text" id="nc-co"></label><label class="check"><input type="checkbox" id="nc-id"> Photo ID seen</label><div class="err" id="nc-err"></div></div>' +
      '<div class="mf"><button class="btn" data-close>Cancel</button><button class="btn primary" id="nc-ok">Create account</button></div>');
    m.querySelector('#nc-ok').onclick = () => {
      const name = m.querySelector('#nc-name').value.trim(), type = m.querySelector('input[name=nc-type]:checked').value;
      if (!name) { m.querySelector('#nc-err').textContent = 'Name is required.'; return; }
      if (S.settings.requireId && type === 'Cash' && !m.querySelector('#nc-id').checked) { m.querySelector('#nc-err').textContent = 'Photo ID must be seen for cash customers.'; return; }
      const c = { id: 'C-' + S.seq.customer++, name, type, phone: m.querySelector('#nc-phone').value.trim(), company: type === 'Trade' ? m.querySelector('#nc-co').value.trim() : '' };
      S.customers.push(c); closeModal(); toast('Account ' + c.id + ' created'); render();
    };
  }

  // ---------- new hire wizard ----------
  function wizard() {
    const w = { step: 1, customer: null, tools: [], start: TODAY, due: addDays(TODAY, S.settings.defaultDays), payment: null, delivery: false, address: '', notes: '', cq: '', tcat: 'All', tq: '' };
    const STEPS = ['Customer', 'Equipment', 'Hire details', 'Review'];
    const m = openModal('<div class="mh"><h2>New hire</h2><button class="icon" data-close aria-label="Close">✕</button></div><ol class="steps" id="wz-steps"></ol><div class="mb" id="wz-body"></div>' +
      '<div class="err pad" id="wz-err"></div><div class="mf"><button class="btn" data-close>Cancel</button><span class="grow"></span><button class="btn" id="wz-back">‹ Back</button><button class="btn primary" id="wz-next">Next ›</button></div>', true);
    const body = m.querySelector('#wz-body'), err = m.querySelector('#wz-err');
    function draw() {
      err.textContent = '';
      m.querySelector('#wz-steps').innerHTML = STEPS.map((s, i) => '<li class="' + (i + 1 === w.step ? 'cur' : i + 1 < w.step ? 'done' : '') + '"><span>' + (i + 1) + '</span>' + s + '</li>').join('');
      m.querySelector('#wz-back').style.visibility = w.step === 1 ? 'hidden' : 'visible';
      m.querySelector('#wz-next').textContent = w.step === 4 ? 'Confirm hire' : 'Next ›';
      if (w.step === 1) {
        const q = w.cq.trim().toLowerCase();
        const list = S.customers.filter(c => !q || (c.id + ' ' + custLabel(c) + ' ' + c.phone).toLowerCase().includes(q));
        body.innerHTML = '<input type="search" id="wz-cq" placeholder="Search customer name, company or phone" value="' + esc(w.cq) + '" aria-label="Search customers">' +
          '<div class="clist">' + list.map(c => '<label class="citem' + (w.customer === c.id ? ' sel' : '') + '"><input type="radio" name="wz-cust" value="' + c.id + '"' + (w.customer === c.id ? ' checked' : '') + '> <span><b>' + esc(c.name) + '</b>' +
            (c.company ? ' · ' + esc(c.company) : '') + '<br><small class="muted">' + c.id + ' · ' + esc(c.phone) + '</small></span><span class="pill ' + (c.type === 'Trade' ? 't-trade' : 't-cash') + '">' + c.type + '</span></label>').join('') +
          (list.length ? '' : '<p class="muted">No customers found.</p>') + '</div>';
        const qi = body.querySelector('#wz-cq');
        qi.oninput = () => { w.cq = qi.value; draw(); const n = body.querySelector('#wz-cq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
        body.querySelectorAll('input[name=wz-cust]').forEach(r => r.onchange = () => { w.customer = r.value; if (cust(r.value).type !== 'Trade' && w.payment === 'Trade account') w.payment = null; draw(); });
      } else if (w.step === 2) {
        const cats = Array.from(new Set(S.tools.map(x => x.category))).sort();
        const q = w.tq.trim().toLowerCase();
        const list = S.tools.filter(t => t.status === 'Available' && (w.tcat === 'All' || t.category === w.tcat) && (!q || (t.code + ' ' + t.name).toLowerCase().includes(q)));
        body.innerHTML = '<div class="bar tight"><select id="wz-cat" aria-label="Category"><option>All</option>' + cats.map(c => '<option' + (c === w.tcat ? ' selected' : '') + '>' + c + '</option>').join('') + '</select>' +
          '<input type="search" id="wz-tq" placeholder="Search available equipment" value="' + esc(w.tq) + '" aria-label="Search equipment"><span class="muted">' + w.tools.length + ' selected</span></div>' +
          '<table class="tbl mini"><thead><tr><th></th><th>Code</th><th>Item</th><th class="r">Day</th><th class="r">Deposit</th></tr></thead><tbody>' +
          list.map(t => '<tr><td><input type="checkbox" data-pick="' + t.code + '" aria-label="Select ' + esc(t.name) + '"' + (w.tools.includes(t.code) ? ' checked' : '') + '></td><td class="mono">' + t.code + '</td><td>' + esc(t.name) + '</td><td class="r">' + money(t.dayRate) + '</td><td class="r">' + money(t.deposit) + '</td></tr>').join('') +
          (list.length ? '' : '<tr><td colspan="5" class="empty">Nothing available matches.</td></tr>') + '</tbody></table>';
        body.querySelector('#wz-cat').onchange = e => { w.tcat = e.target.value; draw(); };
        const qi = body.querySelector('#wz-tq');
        qi.oninput = () => { w.tq = qi.value; draw(); const n = body.querySelector('#wz-tq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
        body.querySelectorAll('[data-pick]').forEach(cb => cb.onchange = () => {
          const c = cb.dataset.pick;
          if (cb.checked) { if (!w.tools.includes(c)) w.tools.push(c); } else w.tools = w.tools.filter(x => x !== c);
          body.querySelector('.bar .muted').textContent = w.tools.length + ' selected';
        });
      } else if (w.step === 3) {
        const trade = cust(w.customer).type === 'Trade';
        body.innerHTML = '<div class="two"><label class="fl">Hire starts<input type="date" id="wz-start" value="' + w.start + '"></label><label class="fl">Due back<input type="date" id="wz-due" value="' + w.due + '"></label></div>' +
          '<fieldset class="fl"><legend>Payment method</legend>' + ['Card', 'Cash', 'Trade account'].map(p => '<label class="radio' + (p === 'Trade account' && !trade ? ' dis' : '') + '"><input type="radio" name="wz-pay" value="' + p + '"' +
            (w.payment === p ? ' checked' : '') + (p === 'Trade account' && !trade ? ' disabled' : '') + '> ' + p + (p === 'Trade account' && !trade ? ' <small>(trade customers only)</small>' : '') + '</label>').join('') + '</fieldset>' +
          '<label class="check"><input type="checkbox" id="wz-del"' + (w.delivery ? ' checked' : '') + '> Deliver to site (£25 each way)</label>' +
          '<label class="fl" id="wz-addr-row"' + (w.delivery ? '' : ' hidden') + '>Delivery address<textarea id="wz-addr" rows="2">' + esc(w.address) + '</textarea></label>' +
          '<label class="fl">Notes for the yard<textarea id="wz-notes" rows="2">' + esc(w.notes) + '</textarea></label>';
        const sync = () => {
          w.start = body.querySelector('#wz-start').value; w.due = body.querySelector('#wz-due').value;
          const p = body.querySelector('input[name=wz-pay]:checked'); w.payment = p ? p.value : null;
          w.delivery = body.querySelector('#wz-del').checked; w.address = body.querySelector('#wz-addr').value; w.notes = body.querySelector('#wz-notes').value;
          body.querySelector('#wz-addr-row').hidden = !w.delivery;
        };
        body.querySelectorAll('input, textarea').forEach(el => { el.addEventListener('change', sync); el.addEventListener('input', sync); });
      } else {
        const c = cust(w.customer);
        const n = days(w.start, w.due);
        const hireCost = w.tools.reduce((s, x) => s + tool(x).dayRate * n, 0) + (w.delivery ? 50 : 0);
        const dep = w.tools.reduce((s, x) => s + tool(x).deposit, 0);
        body.innerHTML = '<dl class="dl"><dt>Customer</dt><dd>' + esc(custLabel(c)) + '</dd><dt>Equipment</dt><dd>' + w.tools.map(x => x + ' · ' + esc(tool(x).name)).join('<br>') + '</dd>' +
          '<dt>Period</dt><dd>' + fmt(w.start) + ' → ' + fmt(w.due) + ' (' + n + (n === 1 ? ' day' : ' days') + ')</dd><dt>Payment</dt><dd>' + esc(w.payment) + '</dd>' +
          '<dt>Delivery</dt><dd>' + (w.delivery ? esc(w.address) : 'Customer collects') + '</dd>' + (w.notes ? '<dt>Notes</dt><dd>' + esc(w.notes) + '</dd>' : '') +
          '<dt>Hire charge</dt><dd>' + money(hireCost) + '</dd><dt>Deposit</dt><dd>' + money(dep) + '</dd></dl>';
      }
    }
    m.querySelector('#wz-back').onclick = () => { if (w.step > 1) { w.step--; draw(); } };
    m.querySelector('#wz-next').onclick = () => {
      if (w.step === 1 && !w.customer) { err.textContent = 'Select a customer to continue.'; return; }
      if (w.step === 2 && !w.tools.length) { err.textContent = 'Select at least one item.'; return; }
      if (w.step === 3) {
        if (!w.start || !w.due) { err.textContent = 'Enter the hire dates.'; return; }
        if (w.start < TODAY) { err.textContent = 'Hire cannot start in the past.'; return; }
        if (w.due < w.start) { err.textContent = 'Due-back date must be on or after the start date.'; return; }
        if (!w.payment) { err.textContent = 'Choose a payment method.'; return; }
        if (w.delivery && !w.address.trim()) { err.textContent = 'Enter a delivery address.'; return; }
      }
      if (w.step < 4) { w.step++; draw(); return; }
      const r = R('R-' + S.seq.rental++, w.customer, w.tools.slice(), w.start, w.due, 'Out',
        { payment: w.payment, delivery: w.delivery, deliveryAddress: w.delivery ? w.address.trim() : '', notes: w.notes.trim() });
      r.tools.forEach(x => { tool(x).status = 'On hire'; });
      S.rentals.push(r);
      closeModal(); toast('Hire ' + r.id + ' created for ' + cust(r.customer).name); S.counterFilter.status = 'Open'; render();
    };
    draw();
  }

  // ---------- events ----------
  document.getElementById('tabs').addEventListener('click', e => {
    const b = e.target.closest('button[data-tab]'); if (!b) return;
    S.tab = b.dataset.tab; render();
  });
  main.addEventListener('click', e => {
    const b = e.target.closest('button'); if (!b) return;
    if (b.dataset.seg) { S.counterFilter.status = b.dataset.seg; renderCounter(); return; }
    if (b.dataset.checkin) { checkinModal(S.rentals.find(r => r.id === b.dataset.checkin)); return; }
    if (b.dataset.more) {
      e.stopPropagation();
      const r = S.rentals.find(x => x.id === b.dataset.more);
      const items = [['View details', () => detailsModal(r)]];
      if (r.status === 'Out') items.push(['Extend hire…', () => extendModal(r)], ['Send reminder SMS', () => toast('Reminder sent to ' + cust(r.customer).phone)]);
      items.push(['Print contract', () => toast('Contract for ' + r.id + ' sent to printer')]);
      menu(b, items); return;
    }
    if (b.dataset.editTool) { toolModal(tool(b.dataset.editTool)); return; }
    if (b.dataset.toolMore) {
      e.stopPropagation();
      const t = tool(b.dataset.toolMore);
      const items = [];
      if (t.status === 'Available') items.push(['Send to workshop', () => { t.status = 'Service'; toast(t.code + ' sent to workshop'); render(); }]);
      if (t.status === 'Service') items.push(['Return to stock', () => { t.status = 'Available'; toast(t.code + ' back in stock'); render(); }]);
      items.push(['Hire history', () => toast(S.rentals.filter(r => r.tools.includes(t.code)).length + ' hires recorded for ' + t.code)]);
      menu(b, items);
    }
  });

  render();
})();
