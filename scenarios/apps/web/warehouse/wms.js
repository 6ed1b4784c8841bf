/* StockPilot WMS — single-site warehouse console (demo data; resets on reload) */
window.state = {
  ui: { section: 'inventory', invSearch: '', invCat: '', invPage: 1, orderStatus: '' },
  inventory: [
    { sku: 'SKU-10021', name: 'Pallet wrap 500mm × 300m', category: 'Packaging', location: 'A-01-1', qty: 148, reorder: 60, uom: 'roll' },
    { sku: 'SKU-10022', name: 'Pallet wrap 400mm hand roll', category: 'Packaging', location: 'A-01-2', qty: 92, reorder: 40, uom: 'roll' },
    { sku: 'SKU-10035', name: 'Corrugated box 400×300×300', category: 'Packaging', location: 'A-02-1', qty: 1250, reorder: 500, uom: 'ea' },
    { sku: 'SKU-10036', name: 'Corrugated box 600×400×400', category: 'Packaging', location: 'A-02-2', qty: 830, reorder: 400, uom: 'ea' },
    { sku: 'SKU-10050', name: 'Packing tape 48mm clear', category: 'Packaging', location: 'A-03-1', qty: 640, reorder: 200, uom: 'roll' },
    { sku: 'SKU-10058', name: 'Void fill paper roll', category: 'Packaging', location: 'A-03-2', qty: 37, reorder: 50, uom: 'roll' },
    { sku: 'SKU-20410', name: 'Nitrile gloves S (box of 100)', category: 'PPE', location: 'B-01-1', qty: 210, reorder: 100, uom: 'box' },
    { sku: 'SKU-20411', name: 'Nitrile gloves M (box of 100)', category: 'PPE', location: 'B-01-2', qty: 385, reorder: 150, uom: 'box' },
    { sku: 'SKU-20412', name: 'Nitrile gloves L (box of 100)', category: 'PPE', location: 'B-01-3', qty: 298, reorder: 150, uom: 'box' },
    { sku: 'SKU-20420', name: 'Safety glasses, clear lens', category: 'PPE', location: 'B-02-1', qty: 156, reorder: 60, uom: 'ea' },
    { sku: 'SKU-20425', name: 'Hi-vis vest, size L', category: 'PPE', location: 'B-02-2', qty: 74, reorder: 30, uom: 'ea' },
    { sku: 'SKU-20430', name: 'Foam ear plugs (200 pairs)', category: 'PPE', location: 'B-02-3', qty: 18, reorder: 25, uom: 'box' },
    { sku: 'SKU-30110', name: 'Cable ties 300mm (pack of 100)', category: 'Electrical', location: 'C-01-1', qty: 120, reorder: 80, uom: 'pack' },
    { sku: 'SKU-30115', name: 'PVC electrical tape 19mm black', category: 'Electrical', location: 'C-01-2', qty: 260, reorder: 100, uom: 'roll' },
    { sku: 'SKU-30120', name: 'Heat-shrink tubing assortment', category: 'Electrical', location: 'C-01-3', qty: 44, reorder: 20, uom: 'kit' },
    { sku: 'SKU-30131', name: 'Extension lead 10m, 4-way', category: 'Electrical', location: 'C-02-1', qty: 31, reorder: 15, uom: 'ea' },
    { sku: 'SKU-40201', name: 'Copy paper A4 80gsm (5 reams)', category: 'Office', location: 'D-01-1', qty: 410, reorder: 150, uom: 'box' },
    { sku: 'SKU-40210', name: 'Printer toner TN-2420', category: 'Office', location: 'D-01-2', qty: 22, reorder: 10, uom: 'ea' },
    { sku: 'SKU-40222', name: 'Thermal label roll 100×150', category: 'Office', location: 'D-02-1', qty: 540, reorder: 200, uom: 'roll' },
    { sku: 'SKU-50301', name: 'Shelf bin blue 300mm', category: 'Storage', location: 'E-01-1', qty: 600, reorder: 150, uom: 'ea' },
    { sku: 'SKU-50302', name: 'Shelf bin blue 400mm', category: 'Storage', location: 'E-01-2', qty: 420, reorder: 150, uom: 'ea' },
    { sku: 'SKU-50310', name: 'Euro container 600×400×220', category: 'Storage', location: 'E-02-1', qty: 175, reorder: 60, uom: 'ea' },
    { sku: 'SKU-60101', name: 'Floor marking tape yellow 50mm', category: 'Safety', location: 'E-03-1', qty: 88, reorder: 40, uom: 'roll' },
    { sku: 'SKU-60110', name: 'Spill kit 50L', category: 'Safety', location: 'E-03-2', qty: 9, reorder: 10, uom: 'kit' }
  ],
  inbound: [
    { id: 'PO-7779', supplier: 'VoltLine Electrical', expected: '2024-05-10', status: 'Received', dock: 'Dock 2', lines: [{ sku: 'SKU-30131', ordered: 20, received: 20 }] },
    { id: 'PO-7780', supplier: 'Northwind Packaging', expected: '2024-05-13', status: 'Received', dock: 'Dock 1', lines: [{ sku: 'SKU-10035', ordered: 500, received: 500 }, { sku: 'SKU-10050', ordered: 240, received: 240 }] },
    { id: 'PO-7781', supplier: 'SafeHands PPE Ltd', expected: '2024-05-15', status: 'Received', dock: 'Dock 2', lines: [{ sku: 'SKU-20411', ordered: 200, received: 200 }] },
    { id: 'PO-7782', supplier: 'OfficeWorld Supply', expected: '2024-05-17', status: 'Expected', dock: null, lines: [{ sku: 'SKU-40201', ordered: 200, received: 0 }, { sku: 'SKU-40222', ordered: 300, received: 0 }] },
    { id: 'PO-7783', supplier: 'Northwind Packaging', expected: '2024-05-17', status: 'Expected', dock: null, lines: [{ sku: 'SKU-10021', ordered: 96, received: 0 }, { sku: 'SKU-10058', ordered: 120, received: 0 }] },
    { id: 'PO-7784', supplier: 'VoltLine Electrical', expected: '2024-05-17', status: 'Expected', dock: null, lines: [{ sku: 'SKU-30110', ordered: 60, received: 0 }, { sku: 'SKU-30115', ordered: 120, received: 0 }, { sku: 'SKU-30120', ordered: 25, received: 0 }] },
    { id: 'PO-7785', supplier: 'SafeHands PPE Ltd', expected: '2024-05-20', status: 'Expected', dock: null, lines: [{ sku: 'SKU-20410', ordered: 150, received: 0 }, { sku: 'SKU-20412', ordered: 150, received: 0 }, { sku: 'SKU-20430', ordered: 40, received: 0 }] },
    { id: 'PO-7786', supplier: 'StoreRight Systems', expected: '2024-05-22', status: 'Expected', dock: null, lines: [{ sku: 'SKU-50310', ordered: 80, received: 0 }] }
  ],
  orders: [
    { id: 'SO-50310', customer: 'Brightwell Hospital Trust', lines: 6, units: 320, priority: 'Standard', shipBy: '2024-05-16', status: 'Shipped', carrier: 'DPD' },
    { id: 'SO-50311', customer: 'Kestrel Engineering', lines: 3, units: 45, priority: 'Express', shipBy: '2024-05-16', status: 'Shipped', carrier: 'UPS' },
    { id: 'SO-50312', customer: 'Hartley & Sons Builders', lines: 8, units: 210, priority: 'Standard', shipBy: '2024-05-17', status: 'Packed', carrier: null },
    { id: 'SO-50313', customer: 'Aireside Print Co.', lines: 2, units: 60, priority: 'Standard', shipBy: '2024-05-17', status: 'On hold', carrier: null, holdNote: 'Credit check' },
    { id: 'SO-50314', customer: 'Leeds City Council — Depot 4', lines: 11, units: 540, priority: 'Standard', shipBy: '2024-05-17', status: 'Picking', carrier: null },
    { id: 'SO-50315', customer: 'Moorland Vets', lines: 4, units: 38, priority: 'Express', shipBy: '2024-05-17', status: 'Packed', carrier: null },
    { id: 'SO-50316', customer: 'Calder Valley Foods', lines: 5, units: 150, priority: 'Standard', shipBy: '2024-05-20', status: 'New', carrier: null },
    { id: 'SO-50317', customer: 'Northern Rail Maintenance', lines: 7, units: 96, priority: 'Express', shipBy: '2024-05-18', status: 'Picking', carrier: null },
    { id: 'SO-50318', customer: 'Pennine Offices Ltd', lines: 3, units: 75, priority: 'Standard', shipBy: '2024-05-20', status: 'New', carrier: null },
    { id: 'SO-50319', customer: 'Brightwell Hospital Trust', lines: 9, units: 410, priority: 'Standard', shipBy: '2024-05-21', status: 'New', carrier: null },
    { id: 'SO-50320', customer: 'Kestrel Engineering', lines: 2, units: 24, priority: 'Standard', shipBy: '2024-05-21', status: 'New', carrier: null },
    { id: 'SO-50321', customer: 'Wharfedale Schools Partnership', lines: 6, units: 300, priority: 'Standard', shipBy: '2024-05-22', status: 'New', carrier: null },
    { id: 'SO-50322', customer: 'Aireside Print Co.', lines: 1, units: 40, priority: 'Express', shipBy: '2024-05-18', status: 'New', carrier: null },
    { id: 'SO-50323', customer: 'Otley Garden Centre', lines: 4, units: 52, priority: 'Standard', shipBy: '2024-05-23', status: 'New', carrier: null }
  ],
  locations: [
    ['A-01-1', 'Pallet', 78], ['A-01-2', 'Pallet', 40], ['A-02-1', 'Pallet', 92], ['A-02-2', 'Pallet', 66], ['A-03-1', 'Shelf', 55], ['A-03-2', 'Shelf', 12],
    ['B-01-1', 'Shelf', 48], ['B-01-2', 'Shelf', 81], ['B-01-3', 'Shelf', 63], ['B-02-1', 'Shelf', 35], ['B-02-2', 'Shelf', 29], ['B-02-3', 'Shelf', 8], ['B-04-1', 'Pallet', 0], ['B-04-2', 'Pallet', 0],
    ['C-01-1', 'Shelf', 44], ['C-01-2', 'Shelf', 57], ['C-01-3', 'Shelf', 20], ['C-02-1', 'Pallet', 31],
    ['D-01-1', 'Pallet', 88], ['D-01-2', 'Shelf', 10], ['D-02-1', 'Shelf', 72],
    ['E-01-1', 'Shelf', 60], ['E-01-2', 'Shelf', 47], ['E-02-1', 'Pallet', 70], ['E-03-1', 'Shelf', 25], ['E-03-2', 'Floor', 15], ['E-03-3', 'Floor', 0]
  ].map(([code, type, util]) => ({ code, zone: code[0], type, util, blocked: code === 'E-03-3', blockNote: code === 'E-03-3' ? 'Roof leak' : '' })),
  suppliers: [
    { name: 'Northwind Packaging', contact: 'Gemma Hurst', email: 'orders@northwind-pack.example', lead: 3, rating: 4.6 },
    { name: 'SafeHands PPE Ltd', contact: 'Imran Qureshi', email: 'trade@safehands.example', lead: 5, rating: 4.2 },
    { name: 'VoltLine Electrical', contact: 'Dave Kowal', email: 'dave.k@voltline.example', lead: 4, rating: 3.9 },
    { name: 'OfficeWorld Supply', contact: 'Sian Roberts', email: 'b2b@officeworld.example', lead: 2, rating: 4.8 },
    { name: 'StoreRight Systems', contact: 'Marta Lis', email: 'marta@storeright.example', lead: 10, rating: 4.4 },
    { name: 'Yorkshire Safety Co.', contact: 'Ben Ashworth', email: 'sales@yorksafety.example', lead: 6, rating: 4.0 }
  ],
  audit: [
    { ts: '2024-05-17 08:02', user: 'j.oconnor', action: 'SO-50317 released to picking' },
    { ts: '2024-05-16 16:48', user: 'r.haddad', action: 'PO-7781 received at Dock 2' },
    { ts: '2024-05-16 11:20', user: 'm.begum', action: 'Location E-03-3 blocked (Roof leak)' },
    { ts: '2024-05-16 09:05', user: 'r.haddad', action: 'SO-50313 put on hold (Credit check)' }
  ],
  adjustments: []
};

const CATS = ['Packaging', 'PPE', 'Electrical', 'Office', 'Storage', 'Safety'];
const ADJ_REASONS = ['Cycle count', 'Damaged', 'Found stock', 'Theft / loss', 'Other'];
const DOCKS = ['Dock 1', 'Dock 2', 'Dock 3', 'Dock 4'];
const ZONES = { A: 'Zone A — Packaging', B: 'Zone B — PPE', C: 'Zone C — Electrical', D: 'Zone D — Office', E: 'Zone E — Storage & Safety' };
const PAGE = 10;
const view = document.getElementById('view');
const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const slug = s => s.toLowerCase().replace(/ /g, '-');
const item = sku => state.inventory.find(i => i.sku === sku);
function fdate(s) { const [y, m, d] = s.split('-'); return `${d}/${m}/${y}`; }
function log(action) { state.audit.unshift({ ts: '2024-05-17 09:' + String(14 + state.audit.length % 40).padStart(2, '0'), user: 'r.haddad', action }); }
function toast(m) { const t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(() => t.remove(), 3200); }

function closeWin() { document.querySelectorAll('.overlay').forEach(o => o.remove()); }
function win({ title, body, ok = 'OK', okCls = 'pri', onOk, mount }) {
  closeWin();
  const o = document.createElement('div');
  o.className = 'overlay';
  o.innerHTML = `<form class="win" role="dialog" aria-modal="true" aria-label="${esc(title)}" novalidate><div class="wt"><span>${esc(title)}</span><button type="button" data-x aria-label="Close">✕</button></div>
  <div class="wb">${body}<div class="err" data-err></div></div><div class="wf"><button type="button" class="btn" data-x>Cancel</button><button type="submit" class="btn ${okCls}">${esc(ok)}</button></div></form>`;
  document.body.appendChild(o);
  const f = o.querySelector('form');
  o.addEventListener('click', e => { if (e.target.closest('[data-x]')) closeWin(); });
  f.onsubmit = e => { e.preventDefault(); const r = onOk(f); if (typeof r === 'string') { f.querySelector('[data-err]').textContent = r; return; } if (r === false) return; closeWin(); render(); };
  if (mount) mount(f);
  return f;
}
function closeMenus() { document.querySelectorAll('.menu.open').forEach(m => m.classList.remove('open')); }
document.addEventListener('click', e => {
  const k = e.target.closest('.kebab-btn');
  if (k) { const m = k.nextElementSibling, was = m.classList.contains('open'); closeMenus(); if (!was) m.classList.add('open'); return; }
  if (!e.target.closest('.menu')) closeMenus();
});
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenus(); closeWin(); } });
const kebab = items => `<div class="kebab"><button type="button" class="kebab-btn" aria-label="Row actions" title="Row actions">⋯</button><div class="menu" role="menu">${items.map(i => `<button type="button" role="menuitem" data-act="${i[0]}" data-id="${esc(i[1])}" class="${i[3] ? 'danger' : ''}">${esc(i[2])}</button>`).join('')}</div></div>`;

document.getElementById('nav').addEventListener('click', e => { const a = e.target.closest('[data-section]'); if (!a) return; e.preventDefault(); state.ui.section = a.dataset.section; render(); });
function render() {
  document.querySelectorAll('#nav [data-section]').forEach(a => a.classList.toggle('active', a.dataset.section === state.ui.section));
  ({ inventory, inbound, outbound, locations, suppliers, audit })[state.ui.section]();
}

/* ---------------- inventory ---------------- */
function inventory() {
  const u = state.ui, q = u.invSearch.trim().toLowerCase();
  const list = state.inventory.filter(i => (!u.invCat || i.category === u.invCat) && (!q || (i.sku + ' ' + i.name + ' ' + i.location).toLowerCase().includes(q)));
  const pages = Math.max(1, Math.ceil(list.length / PAGE)); if (u.invPage > pages) u.invPage = pages;
  const rows = list.slice((u.invPage - 1) * PAGE, u.invPage * PAGE);
  view.innerHTML = `<div class="head"><h1>Inventory on hand</h1><span class="note">${state.inventory.filter(i => i.qty < i.reorder).length} SKUs below reorder point</span></div>
  <div class="bar"><input type="search" id="inv-q" placeholder="SKU, description or location" aria-label="Search inventory" value="${esc(u.invSearch)}" style="width:260px">
  <select id="inv-cat" aria-label="Category"><option value="">All categories</option>${CATS.map(c => `<option ${c === u.invCat ? 'selected' : ''}>${c}</option>`).join('')}</select><span class="sp"></span><span class="note">${list.length} SKUs</span></div>
  <table><thead><tr><th>SKU</th><th>Description</th><th>Category</th><th>Location</th><th class="num">On hand</th><th class="num">Reorder pt</th><th>UoM</th><th></th></tr></thead><tbody>
  ${rows.map(i => `<tr data-sku="${i.sku}"><td class="code">${i.sku}</td><td>${esc(i.name)}</td><td>${i.category}</td><td class="code">${i.location}</td><td class="num ${i.qty < i.reorder ? 'low' : ''}">${i.qty.toLocaleString('en-GB')}</td><td class="num">${i.reorder}</td><td>${i.uom}</td>
  <td class="act"><button type="button" class="btn sm" data-act="adjust" data-id="${i.sku}">Adjust</button> ${kebab([['move', i.sku, 'Move to location…'], ['reorder', i.sku, 'Edit reorder point…']])}</td></tr>`).join('') || '<tr><td colspan="8">No SKUs match.</td></tr>'}</tbody></table>
  <div class="pager"><span>Page ${u.invPage} / ${pages}</span><button type="button" class="btn sm" data-ip="${u.invPage - 1}" ${u.invPage === 1 ? 'disabled' : ''}>◄ Prev</button><button type="button" class="btn sm" data-ip="${u.invPage + 1}" ${u.invPage === pages ? 'disabled' : ''}>Next ►</button></div>`;
  const s = view.querySelector('#inv-q');
  s.oninput = () => { u.invSearch = s.value; u.invPage = 1; const p = s.selectionStart; inventory(); const n = view.querySelector('#inv-q'); n.focus(); n.setSelectionRange(p, p); };
  view.querySelector('#inv-cat').onchange = e => { u.invCat = e.target.value; u.invPage = 1; inventory(); };
  view.querySelectorAll('[data-ip]').forEach(b => b.onclick = () => { u.invPage = +b.dataset.ip; inventory(); });
}
function adjustWin(i) {
  win({
    title: `Stock adjustment — ${i.sku}`, ok: 'Post adjustment', okCls: 'yel',
    body: `<p><b>${esc(i.name)}</b><br><span class="note">Location ${i.location} · system quantity ${i.qty} ${i.uom}</span></p>
    <div class="fr"><label for="adj-qty">Counted quantity</label><input type="number" id="adj-qty" name="qty" min="0" step="1"></div>
    <div class="fr"><label for="adj-reason">Reason code</label><select id="adj-reason" name="reason"><option value="">— select —</option>${ADJ_REASONS.map(r => `<option>${r}</option>`).join('')}</select></div>
    <div class="fr"><label for="adj-note">Comment</label><input type="text" id="adj-note" name="note"></div>`,
    onOk: f => {
      const v = f.qty.value.trim();
      if (v === '' || !/^\d+$/.test(v)) return 'Enter the counted quantity as a whole number.';
      if (!f.reason.value) return 'Select a reason code.';
      const from = i.qty, to = +v;
      i.qty = to;
      state.adjustments.push({ sku: i.sku, from, to, reason: f.reason.value, note: f.note.value.trim() });
      log(`${i.sku} adjusted ${from} → ${to} (${f.reason.value})`);
      toast(`${i.sku}: on hand set to ${to}`);
    }
  });
}

/* ---------------- inbound ---------------- */
function inbound() {
  view.innerHTML = `<div class="head"><h1>Inbound purchase orders</h1><span class="note">Docks 1–4 · receiving 07:00–15:00</span></div>
  <table><thead><tr><th>PO</th><th>Supplier</th><th>Expected</th><th>Lines</th><th class="num">Units</th><th>Status</th><th>Dock</th><th></th></tr></thead><tbody>
  ${state.inbound.map(p => `<tr data-id="${p.id}"><td class="code">${p.id}</td><td>${esc(p.supplier)}</td><td>${fdate(p.expected)}</td><td>${p.lines.map(l => `<span class="code">${l.sku}</span> ×${l.ordered}`).join('<br>')}</td><td class="num">${p.lines.reduce((a, l) => a + l.ordered, 0)}</td>
  <td><span class="st st-${slug(p.status)}">${p.status}</span></td><td>${p.dock || '—'}</td>
  <td class="act">${p.status === 'Expected' ? `<button type="button" class="btn sm yel" data-act="receive" data-id="${p.id}">Receive</button> ` : ''}${kebab([['po-view', p.id, 'View lines'], ...(p.status === 'Expected' ? [['po-delay', p.id, 'Mark delayed']] : [])])}</td></tr>`).join('')}</tbody></table>`;
}
function receiveWin(p) {
  win({
    title: `Receive ${p.id} — ${p.supplier}`, ok: 'Confirm receipt', okCls: 'yel',
    body: `<div class="fr"><label for="rc-dock">Receiving dock</label><select id="rc-dock" name="dock"><option value="">— select —</option>${DOCKS.map(d => `<option>${d}</option>`).join('')}</select></div>
    <table><thead><tr><th>SKU</th><th>Description</th><th class="num">Ordered</th><th class="num">Received</th></tr></thead><tbody>
    ${p.lines.map((l, n) => `<tr><td class="code">${l.sku}</td><td>${esc(item(l.sku).name)}</td><td class="num">${l.ordered}</td><td class="num"><input type="number" name="rcv${n}" min="0" value="${l.ordered}" aria-label="Received quantity ${esc(item(l.sku).name)}"></td></tr>`).join('')}</tbody></table>
    <p><label class="chk"><input type="checkbox" name="labels" checked> Print putaway labels</label></p>`,
    onOk: f => {
      if (!f.dock.value) return 'Select the receiving dock.';
      const q = p.lines.map((l, n) => f['rcv' + n].value.trim());
      if (q.some(v => !/^\d+$/.test(v))) return 'Received quantities must be whole numbers.';
      const qty = q.map(Number);
      if (qty.some((v, n) => v > p.lines[n].ordered)) return 'Over-receipts are not allowed. Raise a supplier query instead.';
      const short = p.lines.filter((l, n) => qty[n] < l.ordered).length;
      const dock = f.dock.value;
      const post = () => {
        p.lines.forEach((l, n) => { l.received = qty[n]; item(l.sku).qty += qty[n]; });
        p.dock = dock;
        p.status = short ? 'Partially received' : 'Received';
        log(`${p.id} ${short ? 'partially ' : ''}received at ${p.dock}`);
        toast(`${p.id} posted — ${qty.reduce((a, b) => a + b, 0)} units at ${p.dock}`);
      };
      if (!short) { post(); return; }
      win({
        title: 'Short delivery', ok: 'Post receipt', okCls: 'red',
        body: `<div class="warnbox">${short} line(s) on ${p.id} were received short. The outstanding quantity will be left open on the PO and the supplier will be notified.</div><p>Post this receipt at <b>${dock}</b>?</p>`,
        onOk: () => { post(); }
      });
      return false;
    }
  });
}

/* ---------------- outbound ---------------- */
function outbound() {
  const st = state.ui.orderStatus;
  const list = state.orders.filter(o => !st || o.status === st);
  view.innerHTML = `<div class="head"><h1>Outbound sales orders</h1></div>
  <div class="bar"><label for="ord-st">Status</label><select id="ord-st"><option value="">All</option>${['New', 'Picking', 'Packed', 'Shipped', 'On hold', 'Cancelled'].map(s => `<option ${s === st ? 'selected' : ''}>${s}</option>`).join('')}</select><span class="sp"></span><span class="note">${list.length} orders</span></div>
  <table><thead><tr><th>Order</th><th>Customer</th><th class="num">Lines</th><th class="num">Units</th><th>Priority</th><th>Ship by</th><th>Status</th><th>Carrier</th><th></th></tr></thead><tbody>
  ${list.map(o => `<tr data-id="${o.id}"><td class="code">${o.id}</td><td>${esc(o.customer)}</td><td class="num">${o.lines}</td><td class="num">${o.units}</td><td class="${o.priority === 'Express' ? 'pri-exp' : ''}">${o.priority}</td><td>${fdate(o.shipBy)}</td>
  <td><span class="st st-${slug(o.status)}">${o.status}</span></td><td>${o.carrier || '—'}</td>
  <td class="act">${kebab([...(o.status === 'New' ? [['release', o.id, 'Release to picking']] : []), ...(o.status === 'Picking' ? [['packed', o.id, 'Mark packed']] : []), ...(o.status === 'Packed' ? [['ship', o.id, 'Ship…']] : []), ...(['New', 'Picking', 'Packed'].includes(o.status) ? [['hold', o.id, 'Put on hold']] : []), ...(o.status === 'On hold' ? [['unhold', o.id, 'Release hold']] : []), ...(['New', 'On hold'].includes(o.status) ? [['cancel', o.id, 'Cancel order', true]] : [])])}</td></tr>`).join('')}</tbody></table>`;
  view.querySelector('#ord-st').onchange = e => { state.ui.orderStatus = e.target.value; outbound(); };
}

/* ---------------- locations ---------------- */
function locations() {
  const z = {};
  state.locations.forEach(l => (z[l.zone] = z[l.zone] || []).push(l));
  view.innerHTML = `<div class="head"><h1>Storage locations</h1><span class="note">${state.locations.filter(l => l.blocked).length} blocked · ${state.locations.length} total</span></div>
  ${Object.keys(z).map(k => `<div class="zone"><h2>${ZONES[k]}</h2><table><thead><tr><th style="width:120px">Location</th><th style="width:120px">Type</th><th>Utilisation</th><th>Contents</th><th style="width:160px">Status</th><th style="width:60px"></th></tr></thead><tbody>
  ${z[k].map(l => { const inv = state.inventory.filter(i => i.location === l.code); return `<tr data-id="${l.code}"><td class="code">${l.code}</td><td>${l.type}</td><td><span class="meter"><i style="width:${l.util}%"></i></span>${l.util}%</td><td>${inv.map(i => esc(i.name)).join(', ') || '<span class="note">empty</span>'}</td>
  <td>${l.blocked ? `<span class="st st-blocked">Blocked</span> <span class="note">${esc(l.blockNote)}</span>` : '<span class="st st-ok">Available</span>'}</td>
  <td class="act">${kebab([l.blocked ? ['unblock', l.code, 'Unblock location'] : ['block', l.code, 'Block location', true], ['count', l.code, 'Request cycle count']])}</td></tr>`; }).join('')}</tbody></table></div>`).join('')}`;
}

/* ---------------- suppliers / audit ---------------- */
function suppliers() {
  view.innerHTML = `<div class="head"><h1>Suppliers</h1></div><div class="sup">${state.suppliers.map(s => `<div class="c">${kebab([['sup-mail', s.name, 'Copy email address'], ['sup-pos', s.name, 'Show open POs']])}<h3>${esc(s.name)}</h3>
  <div>${esc(s.contact)} · <span class="code">${esc(s.email)}</span></div><div class="note">Lead time ${s.lead} days · on-time rating ${s.rating}/5</div>
  <div class="note">${state.inbound.filter(p => p.supplier === s.name && p.status === 'Expected').length} open PO(s)</div></div>`).join('')}</div>`;
}
function audit() {
  view.innerHTML = `<div class="head"><h1>Audit log</h1><span class="note">Most recent first</span></div><table><thead><tr><th style="width:160px">Timestamp</th><th style="width:120px">User</th><th>Event</th></tr></thead><tbody>
  ${state.audit.map(a => `<tr><td class="code">${a.ts}</td><td>${a.user}</td><td>${esc(a.action)}</td></tr>`).join('')}</tbody></table>`;
}

/* ---------------- actions ---------------- */
view.addEventListener('click', e => {
  const b = e.target.closest('[data-act]'); if (!b) return;
  closeMenus();
  const id = b.dataset.id, act = b.dataset.act;
  const i = item(id);
  if (i && act === 'adjust') adjustWin(i);
  if (i && act === 'move') win({
    title: `Move ${i.sku}`, ok: 'Move stock',
    body: `<p>${esc(i.name)} — currently in <span class="code">${i.location}</span></p><div class="fr"><label for="mv-to">New location</label><select id="mv-to" name="to">${state.locations.filter(l => !l.blocked && l.code !== i.location).map(l => `<option>${l.code}</option>`).join('')}</select></div>`,
    onOk: f => { log(`${i.sku} moved ${i.location} → ${f.to.value}`); i.location = f.to.value; toast(`${i.sku} moved to ${f.to.value}`); }
  });
  if (i && act === 'reorder') win({
    title: `Reorder point — ${i.sku}`, ok: 'Save',
    body: `<div class="fr"><label for="ro-pt">Reorder point</label><input type="number" id="ro-pt" name="pt" min="0" value="${i.reorder}"></div>`,
    onOk: f => { if (!/^\d+$/.test(f.pt.value)) return 'Whole number required.'; i.reorder = +f.pt.value; toast('Reorder point saved'); }
  });
  const p = state.inbound.find(x => x.id === id);
  if (p && act === 'receive') receiveWin(p);
  if (p && act === 'po-view') win({ title: p.id, ok: 'Close', body: `<table><thead><tr><th>SKU</th><th>Description</th><th class="num">Ordered</th><th class="num">Received</th></tr></thead><tbody>${p.lines.map(l => `<tr><td class="code">${l.sku}</td><td>${esc(item(l.sku).name)}</td><td class="num">${l.ordered}</td><td class="num">${l.received}</td></tr>`).join('')}</tbody></table>`, onOk: () => { } });
  if (p && act === 'po-delay') { p.expected = '2024-05-24'; log(`${p.id} marked delayed`); toast(`${p.id} moved to 24/05/2024`); render(); }
  const o = state.orders.find(x => x.id === id);
  if (o && act === 'release') { o.status = 'Picking'; log(`${o.id} released to picking`); toast(`${o.id} released to picking`); render(); }
  if (o && act === 'packed') { o.status = 'Packed'; log(`${o.id} packed`); toast(`${o.id} packed`); render(); }
  if (o && act === 'hold') { o.prevStatus = o.status; o.status = 'On hold'; log(`${o.id} put on hold`); toast(`${o.id} is on hold`); render(); }
  if (o && act === 'unhold') { o.status = o.prevStatus || 'New'; log(`${o.id} hold released`); toast(`${o.id} hold released`); render(); }
  if (o && act === 'cancel') win({ title: `Cancel ${o.id}?`, ok: 'Cancel order', okCls: 'red', body: `<p>${esc(o.customer)} — ${o.units} units. Allocated stock will be released.</p>`, onOk: () => { o.status = 'Cancelled'; log(`${o.id} cancelled`); toast(`${o.id} cancelled`); } });
  if (o && act === 'ship') win({
    title: `Ship ${o.id}`, ok: 'Confirm shipment',
    body: `<div class="fr"><label for="sh-car">Carrier</label><select id="sh-car" name="carrier"><option value="">— select —</option><option>DPD</option><option>UPS</option><option>DHL Express</option><option>Royal Mail</option><option>Own fleet</option></select></div><div class="fr"><label for="sh-trk">Tracking no.</label><input type="text" id="sh-trk" name="trk"></div>`,
    onOk: f => { if (!f.carrier.value) return 'Select a carrier.'; o.status = 'Shipped'; o.carrier = f.carrier.value; o.tracking = f.trk.value.trim(); log(`${o.id} shipped via ${o.carrier}`); toast(`${o.id} shipped`); }
  });
  const l = state.locations.find(x => x.code === id);
  if (l && act === 'block') { l.blocked = true; l.blockNote = 'Blocked by supervisor'; log(`Location ${l.code} blocked`); toast(`Location ${l.code} blocked`); render(); }
  if (l && act === 'unblock') { l.blocked = false; l.blockNote = ''; log(`Location ${l.code} unblocked`); toast(`Location ${l.code} unblocked`); render(); }
  if (l && act === 'count') { log(`Cycle count requested for ${l.code}`); toast(`Cycle count task created for ${l.code}`); }
  const s = state.suppliers.find(x => x.name === id);
  if (s && act === 'sup-mail') toast(`${s.email} copied`);
  if (s && act === 'sup-pos') { state.ui.section = 'inbound'; render(); }
});

render();
