(function () {
  'use strict';
  const it = (sku, name, category, qty, unit, par, expiry, location) => ({ sku, name, category, qty, unit, par, expiry, location, status: 'In stock' });
  window.state = {
    items: [
      it('DG-101', 'Chickpeas, canned 400g', 'Dry goods', 240, 'cans', 100, '2026-03-01', 'Aisle 2, Bay A'),
      it('DG-102', 'Chopped tomatoes, canned 400g', 'Dry goods', 310, 'cans', 120, '2026-01-15', 'Aisle 2, Bay A'),
      it('DG-103', 'Pasta, penne 500g', 'Dry goods', 185, 'packs', 80, '2025-09-30', 'Aisle 1, Bay C'),
      it('DG-104', 'Long-grain rice 1kg', 'Dry goods', 96, 'bags', 60, '2025-11-20', 'Aisle 1, Bay B'),
      it('DG-105', 'Porridge oats 1kg', 'Dry goods', 42, 'bags', 40, '2025-02-28', 'Aisle 1, Bay D'),
      it('DG-106', 'Cornflakes 500g', 'Dry goods', 38, 'boxes', 40, '2024-12-31', 'Aisle 1, Bay D'),
      it('DG-107', 'Tuna chunks, canned 160g', 'Dry goods', 120, 'cans', 80, '2027-05-01', 'Aisle 2, Bay B'),
      it('DG-108', 'Peanut butter, smooth 340g', 'Dry goods', 34, 'jars', 50, '2025-06-30', 'Aisle 3, Bay A'),
      it('DG-109', 'Peanut butter, crunchy 340g', 'Dry goods', 18, 'jars', 30, '2025-05-31', 'Aisle 3, Bay A'),
      it('DG-110', 'Strawberry jam 340g', 'Dry goods', 27, 'jars', 30, '2025-08-31', 'Aisle 3, Bay A'),
      it('DG-111', 'UHT semi-skimmed milk 1L', 'Dry goods', 150, 'cartons', 100, '2024-10-12', 'Aisle 4'),
      it('DG-112', 'Tea bags, 80 pack', 'Dry goods', 64, 'boxes', 30, '2026-02-01', 'Aisle 3, Bay C'),
      it('DG-113', 'Baked beans, canned 415g', 'Dry goods', 220, 'cans', 120, '2026-04-30', 'Aisle 2, Bay C'),
      it('FR-301', 'Potatoes 2.5kg', 'Fresh', 40, 'bags', 20, '2024-06-19', 'Cool room'),
      it('FR-302', 'Carrots 1kg', 'Fresh', 35, 'bags', 20, '2024-06-14', 'Cool room'),
      it('FR-303', 'Apples, bag of 6', 'Fresh', 28, 'bags', 20, '2024-06-12', 'Cool room'),
      it('FR-304', 'Wholemeal bread loaf', 'Fresh', 22, 'loaves', 25, '2024-06-07', 'Bread rack'),
      it('FR-305', 'Eggs, box of 6', 'Fresh', 30, 'boxes', 20, '2024-06-20', 'Cool room'),
      it('FZ-201', 'Chicken thighs 1kg', 'Frozen', 24, 'bags', 20, '2024-11-30', 'Chest freezer 1'),
      it('FZ-202', 'Turkey mince 500g', 'Frozen', 31, 'packs', 20, '2024-10-15', 'Chest freezer 1'),
      it('FZ-203', 'Mixed vegetables 1kg', 'Frozen', 45, 'bags', 25, '2025-03-31', 'Upright freezer'),
      it('FZ-204', 'White fish fillets 1kg', 'Frozen', 18, 'bags', 15, '2024-12-31', 'Chest freezer 2'),
      it('FZ-205', 'Fish fingers, 10 pack', 'Frozen', 26, 'boxes', 15, '2025-01-31', 'Chest freezer 2'),
      it('FZ-206', 'Vegetable lasagne 400g', 'Frozen', 12, 'trays', 10, '2024-09-30', 'Upright freezer'),
      it('HB-401', 'Nappies, size 4', 'Hygiene & baby', 15, 'packs', 20, '', 'Aisle 5'),
      it('HB-402', 'Sanitary pads', 'Hygiene & baby', 40, 'packs', 30, '', 'Aisle 5'),
      it('HB-403', 'Toothpaste 75ml', 'Hygiene & baby', 55, 'tubes', 30, '2026-08-01', 'Aisle 5'),
      it('HB-404', 'Shower gel 250ml', 'Hygiene & baby', 33, 'bottles', 25, '', 'Aisle 5'),
      it('HB-405', 'Infant formula, stage 1', 'Hygiene & baby', 9, 'tins', 12, '2025-04-30', 'Office cupboard')
    ],
    volunteers: [
      { id: 'V-301', name: 'Aisha Bello', phone: '07700 900112', skills: ['Driver', 'Sorting'], hours: 64, since: '2022-03-01', active: true },
      { id: 'V-302', name: 'Brian Kettle', phone: '07700 900245', skills: ['Warehouse', 'Forklift'], hours: 212, since: '2019-06-15', active: true },
      { id: 'V-303', name: 'Chen Wei', phone: '07700 900318', skills: ['Intake desk', 'Mandarin'], hours: 48, since: '2023-01-10', active: true },
      { id: 'V-304', name: 'Dorothy Pike', phone: '07700 900407', skills: ['Sorting'], hours: 390, since: '2017-09-01', active: true },
      { id: 'V-305', name: 'Emeka Obi', phone: '07700 900533', skills: ['Driver'], hours: 97, since: '2021-11-20', active: true },
      { id: 'V-306', name: 'Greg Holden', phone: '07700 900621', skills: ['Distribution'], hours: 35, since: '2023-08-05', active: true },
      { id: 'V-307', name: 'Greta Holm', phone: '07700 900687', skills: ['Sorting', 'Distribution'], hours: 120, since: '2021-02-14', active: true },
      { id: 'V-308', name: 'Harpreet Gill', phone: '07700 900744', skills: ['Intake desk', 'Punjabi'], hours: 150, since: '2020-05-30', active: true },
      { id: 'V-309', name: 'Isaac Newell', phone: '07700 900809', skills: ['Warehouse'], hours: 22, since: '2024-02-02', active: true },
      { id: 'V-310', name: 'Joanna Wiśniewska', phone: '07700 900856', skills: ['Distribution', 'Polish'], hours: 84, since: '2022-10-12', active: true },
      { id: 'V-311', name: 'Kwame Mensah', phone: '07700 900913', skills: ['Sorting', 'Warehouse'], hours: 41, since: '2023-05-06', active: true },
      { id: 'V-312', name: 'Lucy Tran', phone: '07700 900951', skills: ['Distribution'], hours: 18, since: '2024-03-18', active: true },
      { id: 'V-313', name: 'Mohammed Rahim', phone: '07700 900977', skills: ['Driver', 'Arabic'], hours: 133, since: '2020-12-01', active: true },
      { id: 'V-314', name: 'Nora Fitzgerald', phone: '07700 900990', skills: ['Intake desk'], hours: 8, since: '2024-05-01', active: true },
      { id: 'V-315', name: 'Oliver Grant', phone: '07700 900031', skills: ['Sorting'], hours: 56, since: '2022-07-22', active: false },
      { id: 'V-316', name: 'Patience Asante', phone: '07700 900078', skills: ['Distribution', 'Sorting'], hours: 73, since: '2023-02-11', active: true }
    ],
    shifts: [
      { id: 'SH-61', date: '2024-06-06', role: 'Sorting', start: '09:00', end: '12:00', slots: 4, assigned: ['V-304', 'V-307', 'V-316'] },
      { id: 'SH-62', date: '2024-06-06', role: 'Distribution', start: '14:00', end: '17:00', slots: 5, assigned: ['V-306', 'V-310', 'V-312', 'V-308'] },
      { id: 'SH-63', date: '2024-06-07', role: 'Supermarket pickups (driver)', start: '08:00', end: '11:00', slots: 2, assigned: ['V-305'] },
      { id: 'SH-64', date: '2024-06-07', role: 'Distribution', start: '14:00', end: '17:00', slots: 5, assigned: ['V-310', 'V-316'] },
      { id: 'SH-65', date: '2024-06-08', role: 'Sorting', start: '09:00', end: '12:00', slots: 5, assigned: ['V-304', 'V-301'] },
      { id: 'SH-66', date: '2024-06-08', role: 'Distribution', start: '13:00', end: '16:00', slots: 6, assigned: ['V-306', 'V-307', 'V-312', 'V-308'] },
      { id: 'SH-67', date: '2024-06-08', role: 'Warehouse stock take', start: '10:00', end: '14:00', slots: 3, assigned: ['V-302'] },
      { id: 'SH-68', date: '2024-06-09', role: 'Sorting', start: '10:00', end: '13:00', slots: 4, assigned: ['V-303'] },
      { id: 'SH-69', date: '2024-06-10', role: 'Intake desk', start: '10:00', end: '13:00', slots: 2, assigned: ['V-308', 'V-314'] },
      { id: 'SH-70', date: '2024-06-10', role: 'Distribution', start: '14:00', end: '17:00', slots: 5, assigned: ['V-310'] }
    ],
    distributions: [
      { id: 'D-8841', date: '2024-06-04', household: 'HH-2231', size: 4, referral: 'Citizens Advice', parcels: 1 },
      { id: 'D-8840', date: '2024-06-04', household: 'HH-1987', size: 1, referral: 'GP surgery', parcels: 1 },
      { id: 'D-8839', date: '2024-06-04', household: 'HH-2290', size: 6, referral: 'School', parcels: 2 },
      { id: 'D-8838', date: '2024-06-03', household: 'HH-2017', size: 2, referral: 'Housing officer', parcels: 1 },
      { id: 'D-8837', date: '2024-06-03', household: 'HH-2302', size: 3, referral: 'Self-referral', parcels: 1 },
      { id: 'D-8836', date: '2024-06-03', household: 'HH-1655', size: 5, referral: 'Children’s centre', parcels: 2 },
      { id: 'D-8835', date: '2024-05-31', household: 'HH-2231', size: 4, referral: 'Citizens Advice', parcels: 1 },
      { id: 'D-8834', date: '2024-05-31', household: 'HH-2104', size: 2, referral: 'Job centre', parcels: 1 },
      { id: 'D-8833', date: '2024-05-30', household: 'HH-1420', size: 1, referral: 'GP surgery', parcels: 1 },
      { id: 'D-8832', date: '2024-05-30', household: 'HH-2288', size: 7, referral: 'School', parcels: 2 }
    ],
    receipts: []
  };

  const S = window.state;
  const ui = { s: 'overview', cat: 'Dry goods', iq: '', vq: '', showInactive: true };
  const TODAY = '2024-06-05';
  const CATS = ['Dry goods', 'Fresh', 'Frozen', 'Hygiene & baby'];
  const WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], MO = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const $ = (s, r) => (r || document).querySelector(s);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const d8 = iso => new Date(iso + 'T12:00:00Z');
  const longDay = iso => { const d = d8(iso); return WD[d.getUTCDay()] + ' ' + d.getUTCDate() + ' ' + MO[d.getUTCMonth()]; };
  const short = iso => { if (!iso) return '—'; const d = d8(iso); return d.getUTCDate() + ' ' + MO[d.getUTCMonth()].slice(0, 3) + ' ' + d.getUTCFullYear(); };
  const vol = id => S.volunteers.find(v => v.id === id);
  const days = iso => Math.round((d8(iso) - d8(TODAY)) / 864e5);
  function level(i) {
    if (i.status === 'Written off') return ['Written off', 'grey'];
    if (i.qty === 0) return ['Out of stock', 'red'];
    if (i.qty < i.par) return ['Below par', 'amber'];
    return ['OK', 'green'];
  }

  function toast(m, kind) {
    const t = document.createElement('div'); t.className = 'toast ' + (kind || ''); t.textContent = m;
    $('#toasts').appendChild(t); setTimeout(() => t.classList.add('bye'), 3200); setTimeout(() => t.remove(), 3700);
  }
  function modal(o) {
    const r = $('#modal-root');
    r.innerHTML = '<div class="veil"><div class="box" role="dialog" aria-modal="true" aria-labelledby="box-t"><div class="box-h"><h2 id="box-t">' + esc(o.title) + '</h2><button class="x" aria-label="Close dialog">✕</button></div>' +
      '<div class="box-b">' + o.body + '</div><div class="box-f"><button class="btn" data-no>' + esc(o.no || 'Cancel') + '</button><button class="btn ' + (o.danger ? 'warn' : 'go') + '" data-yes>' + esc(o.yes || 'Save') + '</button></div></div></div>';
    const close = () => r.innerHTML = '';
    $('.x', r).onclick = close; $('[data-no]', r).onclick = close;
    $('[data-yes]', r).onclick = () => {
      const err = o.onYes($('.box', r));
      if (err) { let e = $('.box-err', r); if (!e) { e = document.createElement('p'); e.className = 'box-err'; $('.box-b', r).appendChild(e); } e.textContent = err; return; }
      close();
    };
  }
  let pop = null;
  const unpop = () => { if (pop) { pop.remove(); pop = null; } };
  function menu(btn, items) {
    unpop(); pop = document.createElement('div'); pop.className = 'menu'; pop.setAttribute('role', 'menu');
    items.forEach(x => { const b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = x.label; if (x.danger) b.className = 'danger'; b.onclick = e => { e.stopPropagation(); unpop(); x.run(); }; pop.appendChild(b); });
    document.body.appendChild(pop);
    const rc = btn.getBoundingClientRect(); pop.style.top = (rc.bottom + window.scrollY + 4) + 'px'; pop.style.left = (rc.right + window.scrollX - 200) + 'px';
  }
  document.addEventListener('click', e => { if (pop && !pop.contains(e.target)) unpop(); });

  $('#menu').addEventListener('click', e => {
    const a = e.target.closest('a'); if (!a) return; e.preventDefault();
    go(a.dataset.s);
  });
  function go(s) { ui.s = s; document.querySelectorAll('#menu a').forEach(x => x.classList.toggle('on', x.dataset.s === s)); render(); window.scrollTo(0, 0); }
  function render() {
    unpop();
    ({ overview: rOverview, inventory: rInventory, shifts: rShifts, volunteers: rVolunteers, distributions: rDist })[ui.s]($('#view'));
  }

  function rOverview(v) {
    const low = S.items.filter(i => i.status !== 'Written off' && i.qty < i.par);
    const soon = S.items.filter(i => i.status !== 'Written off' && i.expiry && days(i.expiry) <= 10 && days(i.expiry) >= 0);
    const open = S.shifts.filter(s => s.assigned.length < s.slots);
    v.innerHTML = '<h1>Good afternoon, Dana</h1><p class="lead">Wednesday 5 June 2024 · next distribution Thursday 14:00</p>' +
      '<div class="tiles"><div class="tile"><span>Households served this week</span><b>' + S.distributions.filter(d => d.date >= '2024-06-03').length + '</b></div>' +
      '<div class="tile"><span>Lines below par</span><b class="o">' + low.length + '</b></div>' +
      '<div class="tile"><span>Expiring within 10 days</span><b class="o">' + soon.length + '</b></div>' +
      '<div class="tile"><span>Shifts needing volunteers</span><b>' + open.length + '</b></div></div>' +
      '<div class="two"><section class="panel"><h2>Running low</h2><ul class="list">' + low.map(i => '<li><span>' + esc(i.name) + ' <small>' + i.sku + '</small></span><span><b>' + i.qty + '</b> / par ' + i.par + '</span></li>').join('') + '</ul></section>' +
      '<section class="panel"><h2>Use first — expiring soon</h2><ul class="list">' + soon.map(i => '<li><span>' + esc(i.name) + '</span><span class="o">' + short(i.expiry) + '</span></li>').join('') + '</ul>' +
      '<h2 class="mt">Open shifts</h2><ul class="list">' + open.slice(0, 5).map(s => '<li><span>' + longDay(s.date) + ' · ' + s.role + '</span><span>' + (s.slots - s.assigned.length) + ' needed</span></li>').join('') + '</ul></section></div>';
  }

  function rInventory(v) {
    const q = ui.iq.toLowerCase();
    const list = S.items.filter(i => i.category === ui.cat && (!q || (i.sku + ' ' + i.name + ' ' + i.location).toLowerCase().includes(q)));
    v.innerHTML = '<div class="row-h"><h1>Inventory</h1><div class="acts"><input type="search" id="iq" aria-label="Search inventory" placeholder="Search this category…" value="' + esc(ui.iq) + '"><button class="btn" id="export">Export CSV</button><button class="btn go" id="add-item">+ New item</button></div></div>' +
      '<div class="tabs" role="tablist">' + CATS.map(c => '<button role="tab" aria-selected="' + (c === ui.cat) + '" class="tab' + (c === ui.cat ? ' on' : '') + '" data-c="' + c + '">' + c + ' <i>' + S.items.filter(i => i.category === c).length + '</i></button>').join('') + '</div>' +
      '<table class="tbl"><thead><tr><th>SKU</th><th>Item</th><th class="n">On hand</th><th class="n">Par</th><th>Level</th><th>Best before</th><th>Location</th><th class="n">Actions</th></tr></thead><tbody>' +
      list.map(i => {
        const [lv, cl] = level(i);
        const exp = i.expiry ? (days(i.expiry) <= 3 && i.status !== 'Written off' ? '<span class="o">' + short(i.expiry) + '</span>' : short(i.expiry)) : '—';
        return '<tr data-sku="' + i.sku + '"' + (i.status === 'Written off' ? ' class="off"' : '') + '><td class="mono">' + i.sku + '</td><td><b>' + esc(i.name) + '</b></td><td class="n">' + i.qty + ' <small>' + i.unit + '</small></td><td class="n">' + i.par + '</td><td><span class="lvl ' + cl + '">' + lv + '</span></td><td>' + exp + '</td><td>' + esc(i.location) + '</td>' +
          '<td class="n nw"><button class="btn sm recv"' + (i.status === 'Written off' ? ' disabled' : '') + '>Receive</button> <button class="dots" aria-label="More actions for ' + esc(i.name) + '">⋯</button></td></tr>';
      }).join('') + (list.length ? '' : '<tr><td colspan="8" class="none">No items match.</td></tr>') + '</tbody></table>';
    v.querySelectorAll('.tab').forEach(t => t.onclick = () => { ui.cat = t.dataset.c; rInventory(v); });
    const iq = $('#iq'); iq.oninput = () => { ui.iq = iq.value; rInventory(v); const n = $('#iq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#export').onclick = () => toast('inventory-2024-06-05.csv downloaded');
    $('#add-item').onclick = newItem;
    v.querySelectorAll('.recv').forEach(b => b.onclick = () => receive(S.items.find(i => i.sku === b.closest('tr').dataset.sku)));
    v.querySelectorAll('.dots').forEach(b => b.onclick = e => {
      e.stopPropagation();
      const i = S.items.find(x => x.sku === b.closest('tr').dataset.sku);
      const items = [{ label: 'Adjust count…', run: () => adjust(i) }, { label: 'Move location…', run: () => moveLoc(i) }];
      if (i.status !== 'Written off') items.push({ label: 'Write off stock…', danger: true, run: () => writeOff(i) });
      menu(b, items);
    });
  }
  function receive(i) {
    modal({
      title: 'Receive stock — ' + i.name,
      body: '<p class="hint">Currently on hand: <b>' + i.qty + ' ' + i.unit + '</b> (' + i.sku + ')</p>' +
        '<div class="grid2"><div class="fld"><label for="rc-qty">Quantity received (' + i.unit + ')</label><input type="number" id="rc-qty" min="1"></div>' +
        '<div class="fld"><label for="rc-src">Source</label><select id="rc-src"><option>Public donation</option><option>Supermarket surplus</option><option>FareShare delivery</option><option>Church / school collection</option><option>Purchased</option></select></div>' +
        '<div class="fld"><label for="rc-exp">Best before</label><input type="date" id="rc-exp" value="' + (i.expiry || '') + '"></div>' +
        '<div class="fld"><label for="rc-loc">Put away to</label><input id="rc-loc" value="' + esc(i.location) + '"></div></div>' +
        '<label class="chk"><input type="checkbox" id="rc-thanks"> Send a thank-you note to the donor</label>',
      yes: 'Add to stock',
      onYes: b => {
        const n = parseInt($('#rc-qty', b).value, 10);
        if (!(n > 0)) return 'Enter how many ' + i.unit + ' were received.';
        i.qty += n; i.location = $('#rc-loc', b).value.trim() || i.location;
        S.receipts.push({ sku: i.sku, qty: n, source: $('#rc-src', b).value, date: TODAY });
        render(); toast('+' + n + ' ' + i.unit + ' of ' + i.name + ' — now ' + i.qty + ' on hand');
      }
    });
  }
  function adjust(i) {
    modal({
      title: 'Adjust count — ' + i.name,
      body: '<div class="fld"><label for="aj-qty">Counted on shelf</label><input type="number" id="aj-qty" value="' + i.qty + '"></div><div class="fld"><label for="aj-why">Reason</label><select id="aj-why"><option>Stock take</option><option>Damaged</option><option>Data entry correction</option></select></div>',
      yes: 'Save count',
      onYes: b => { const n = parseInt($('#aj-qty', b).value, 10); if (isNaN(n) || n < 0) return 'Enter a valid count.'; i.qty = n; render(); toast('Count for ' + i.sku + ' set to ' + n); }
    });
  }
  function moveLoc(i) {
    modal({ title: 'Move ' + i.name, body: '<div class="fld"><label for="mv-loc">New location</label><input id="mv-loc" value="' + esc(i.location) + '"></div>', yes: 'Move', onYes: b => { i.location = $('#mv-loc', b).value.trim(); render(); toast(i.sku + ' moved to ' + i.location); } });
  }
  function writeOff(i) {
    modal({
      title: 'Write off stock?', danger: true, yes: 'Write off ' + i.qty + ' ' + i.unit, no: 'Keep stock',
      body: '<p>All <b>' + i.qty + ' ' + i.unit + '</b> of <b>' + esc(i.name) + '</b> (' + i.sku + ', ' + esc(i.location) + ') will be removed from stock and recorded as waste.</p>' +
        '<div class="fld"><label for="wo-why">Reason</label><select id="wo-why"><option>Past best before</option><option>Damaged packaging</option><option>Freezer / fridge failure</option><option>Pest contamination</option><option>Recall notice</option></select></div>',
      onYes: b => { i.writtenOff = { qty: i.qty, reason: $('#wo-why', b).value, date: TODAY }; i.qty = 0; i.status = 'Written off'; render(); toast(i.name + ' written off', 'bad'); }
    });
  }
  function newItem() {
    modal({
      title: 'New stock line',
      body: '<div class="grid2"><div class="fld"><label for="ni-name">Item name</label><input id="ni-name"></div><div class="fld"><label for="ni-cat">Category</label><select id="ni-cat">' + CATS.map(c => '<option' + (c === ui.cat ? ' selected' : '') + '>' + c + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="ni-unit">Unit</label><input id="ni-unit" value="packs"></div><div class="fld"><label for="ni-par">Par level</label><input id="ni-par" type="number" value="20"></div></div>',
      yes: 'Create',
      onYes: b => {
        const name = $('#ni-name', b).value.trim(); if (!name) return 'Name the item.';
        const cat = $('#ni-cat', b).value, pre = { 'Dry goods': 'DG-1', Fresh: 'FR-3', Frozen: 'FZ-2', 'Hygiene & baby': 'HB-4' }[cat];
        const n = S.items.filter(x => x.sku.startsWith(pre)).length + 1;
        S.items.push(it(pre + String(n).padStart(2, '0'), name, cat, 0, $('#ni-unit', b).value || 'units', parseInt($('#ni-par', b).value, 10) || 0, '', 'Receiving bay'));
        render(); toast(name + ' added');
      }
    });
  }

  function rShifts(v) {
    const dates = [...new Set(S.shifts.map(s => s.date))].sort();
    v.innerHTML = '<div class="row-h"><h1>Volunteer shifts</h1><div class="acts"><span class="hint">Week of 3 June 2024</span><button class="btn go" id="new-shift">+ Add shift</button></div></div>' +
      dates.map(d => '<section class="dayblock"><h2 class="dayh">' + longDay(d) + '</h2><div class="shiftcards">' +
        S.shifts.filter(s => s.date === d).map(s => {
          const full = s.assigned.length >= s.slots;
          return '<article class="shift" data-id="' + s.id + '"><header><div><h3>' + esc(s.role) + '</h3><div class="time">' + s.start + ' – ' + s.end + '</div></div><span class="fill ' + (full ? 'full' : '') + '">' + s.assigned.length + '/' + s.slots + ' filled</span></header>' +
            '<ul class="crew">' + s.assigned.map(id => '<li><span class="ini">' + vol(id).name.split(' ').map(w => w[0]).join('') + '</span>' + esc(vol(id).name) + '<button class="rm" data-v="' + id + '" aria-label="Remove ' + esc(vol(id).name) + ' from shift">×</button></li>').join('') +
            Array.from({ length: Math.max(0, s.slots - s.assigned.length) }, () => '<li class="open">Open slot</li>').join('') + '</ul>' +
            '<footer><button class="btn sm assign"' + (full ? ' disabled' : '') + '>Assign volunteer</button></footer></article>';
        }).join('') + '</div></section>').join('');
    $('#new-shift').onclick = () => toast('Shift templates are managed by the coordinator', 'bad');
    v.querySelectorAll('.assign').forEach(b => b.onclick = () => assign(S.shifts.find(s => s.id === b.closest('.shift').dataset.id)));
    v.querySelectorAll('.rm').forEach(b => b.onclick = () => {
      const s = S.shifts.find(x => x.id === b.closest('.shift').dataset.id), who = vol(b.dataset.v);
      modal({ title: 'Remove from shift?', danger: true, yes: 'Remove', body: '<p>Remove <b>' + esc(who.name) + '</b> from ' + esc(s.role) + ' on ' + longDay(s.date) + '?</p>', onYes: () => { s.assigned = s.assigned.filter(x => x !== who.id); render(); toast(who.name + ' removed'); } });
    });
  }
  function assign(s) {
    const avail = S.volunteers.filter(x => x.active && !s.assigned.includes(x.id));
    modal({
      title: 'Assign volunteer',
      body: '<p class="hint">' + esc(s.role) + ' · ' + longDay(s.date) + ', ' + s.start + '–' + s.end + '</p>' +
        '<div class="fld"><label for="as-vol">Volunteer</label><select id="as-vol"><option value="">Choose a volunteer…</option>' + avail.map(x => '<option value="' + x.id + '">' + esc(x.name) + ' — ' + x.skills.join(', ') + '</option>').join('') + '</select></div>' +
        '<label class="chk"><input type="checkbox" id="as-sms" checked> Text them a reminder the day before</label>',
      yes: 'Assign',
      onYes: b => { const id = $('#as-vol', b).value; if (!id) return 'Choose a volunteer.'; s.assigned.push(id); render(); toast(vol(id).name + ' assigned to ' + s.role + ', ' + longDay(s.date)); }
    });
  }

  function rVolunteers(v) {
    const q = ui.vq.toLowerCase();
    const list = S.volunteers.filter(x => !q || (x.name + ' ' + x.skills.join(' ') + ' ' + x.phone).toLowerCase().includes(q));
    v.innerHTML = '<div class="row-h"><h1>Volunteers</h1><div class="acts"><input type="search" id="vq" aria-label="Search volunteers" placeholder="Search name or skill…" value="' + esc(ui.vq) + '"><button class="btn go" id="add-vol">+ Add volunteer</button></div></div>' +
      '<table class="tbl"><thead><tr><th>ID</th><th>Name</th><th>Phone</th><th>Skills</th><th>Volunteering since</th><th class="n">Hours</th><th>Active</th></tr></thead><tbody>' +
      list.map(x => '<tr data-id="' + x.id + '"' + (x.active ? '' : ' class="off"') + '><td class="mono">' + x.id + '</td><td><b>' + esc(x.name) + '</b></td><td>' + x.phone + '</td><td>' + x.skills.map(s => '<span class="skill">' + esc(s) + '</span>').join(' ') + '</td><td>' + short(x.since) + '</td><td class="n">' + x.hours + '</td>' +
        '<td><label class="sw"><input type="checkbox" class="act" aria-label="Active: ' + esc(x.name) + '"' + (x.active ? ' checked' : '') + '><span></span></label></td></tr>').join('') + '</tbody></table>';
    const vq = $('#vq'); vq.oninput = () => { ui.vq = vq.value; rVolunteers(v); const n = $('#vq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    v.querySelectorAll('.act').forEach(c => c.onchange = () => {
      const x = vol(c.closest('tr').dataset.id); x.active = c.checked;
      c.closest('tr').classList.toggle('off', !x.active);
      toast(x.name + (x.active ? ' marked active' : ' marked inactive'));
    });
    $('#add-vol').onclick = () => modal({
      title: 'Add volunteer',
      body: '<div class="grid2"><div class="fld"><label for="av-name">Full name</label><input id="av-name"></div><div class="fld"><label for="av-phone">Phone</label><input id="av-phone"></div></div><div class="fld"><label for="av-skill">Main skill</label><select id="av-skill"><option>Sorting</option><option>Distribution</option><option>Driver</option><option>Warehouse</option><option>Intake desk</option></select></div>',
      yes: 'Add',
      onYes: b => { const name = $('#av-name', b).value.trim(); if (!name) return 'Enter a name.'; S.volunteers.push({ id: 'V-' + (301 + S.volunteers.length), name, phone: $('#av-phone', b).value, skills: [$('#av-skill', b).value], hours: 0, since: TODAY, active: true }); render(); toast(name + ' added'); }
    });
  }

  function rDist(v) {
    v.innerHTML = '<div class="row-h"><h1>Distributions</h1><div class="acts"><span class="hint">Last 7 days</span></div></div><table class="tbl"><thead><tr><th>Record</th><th>Date</th><th>Household</th><th class="n">People</th><th>Referred by</th><th class="n">Parcels</th></tr></thead><tbody>' +
      S.distributions.map(d => '<tr><td class="mono">' + d.id + '</td><td>' + short(d.date) + '</td><td class="mono">' + d.household + '</td><td class="n">' + d.size + '</td><td>' + esc(d.referral) + '</td><td class="n">' + d.parcels + '</td></tr>').join('') + '</tbody></table>';
  }
  render();
})();
