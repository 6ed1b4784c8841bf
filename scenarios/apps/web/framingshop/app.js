(function () {
'use strict';
const TODAY = '2025-03-12';

/* ---------- seed data ---------- */
function P(date, amount, method) { return { date, amount, method }; }
window.state = {
  customers: [
    { id: 'C-01', name: 'Lucy Brennan', phone: '07700 900101', email: 'lucy.brennan@example.com' },
    { id: 'C-02', name: 'Samuel Okonkwo', phone: '07700 900102', email: 's.okonkwo@example.com' },
    { id: 'C-03', name: 'Margaret Hargreaves', phone: '01756 700233', email: 'm.hargreaves@example.co.uk' },
    { id: 'C-04', name: 'David Chen', phone: '07700 900104', email: 'david.chen@example.com' },
    { id: 'C-05', name: 'Priya Raman', phone: '07700 900105', email: 'priya.raman@example.com' },
    { id: 'C-06', name: 'Tom Whitley', phone: '07700 900106', email: 'tom.whitley@example.com' },
    { id: 'C-07', name: 'Eleanor Shaw', phone: '01756 700871', email: 'eleanor.shaw@example.co.uk' },
    { id: 'C-08', name: 'Hamid Rahimi', phone: '07700 900108', email: 'hamid.rahimi@example.com' },
    { id: 'C-09', name: 'Sophie Tennant', phone: '07700 900109', email: 'sophie.tennant@example.com' },
    { id: 'C-10', name: 'George Lyle', phone: '01756 700519', email: 'g.lyle@example.co.uk' },
    { id: 'C-11', name: 'Ruth Adebayo', phone: '07700 900111', email: 'ruth.adebayo@example.com' },
    { id: 'C-12', name: 'Fiona McBride', phone: '07700 900112', email: 'fiona.mcbride@example.com' }
  ],
  mouldings: [
    { id: 'M-01', code: 'OAK-20', name: 'Natural oak 20mm', pricePerM: 11.8, stock: 46.5, active: true },
    { id: 'M-02', code: 'OAK-40', name: 'Natural oak 40mm', pricePerM: 16.2, stock: 22, active: true },
    { id: 'M-03', code: 'BLK-15', name: 'Black ash 15mm', pricePerM: 12.4, stock: 38, active: true },
    { id: 'M-04', code: 'WHT-20', name: 'White satin 20mm', pricePerM: 10.9, stock: 51, active: true },
    { id: 'M-05', code: 'WAL-30', name: 'Walnut 30mm', pricePerM: 18.5, stock: 9.5, active: true },
    { id: 'M-06', code: 'GLD-25', name: 'Antique gold 25mm', pricePerM: 21, stock: 14, active: true },
    { id: 'M-07', code: 'SLV-12', name: 'Brushed silver 12mm', pricePerM: 13.75, stock: 27, active: true },
    { id: 'M-08', code: 'GRY-20', name: 'Driftwood grey 20mm', pricePerM: 12.1, stock: 33, active: true },
    { id: 'M-09', code: 'BOX-35', name: 'Black box 35mm', pricePerM: 19.9, stock: 18, active: true },
    { id: 'M-10', code: 'CHR-25', name: 'Cherry 25mm', pricePerM: 17.3, stock: 0, active: false },
    { id: 'M-11', code: 'NAV-20', name: 'Navy stain 20mm', pricePerM: 12.6, stock: 12, active: true },
    { id: 'M-12', code: 'ORN-45', name: 'Ornate swept gold 45mm', pricePerM: 29.5, stock: 6, active: true }
  ],
  orders: [
    { id: 'FR-2301', customer: 'C-05', title: 'Oil on canvas – Cornish harbour', width: 60, height: 45, moulding: 'M-06', mount: 'None', glass: 'None', price: 185, due: '2025-03-07', status: 'Collected', payments: [P('2025-02-20', 60, 'Card'), P('2025-03-07', 125, 'Card')], notes: 'Float mount on canvas stretcher.', collected: '2025-03-07', cancelReason: null, refunded: 0 },
    { id: 'FR-2302', customer: 'C-01', title: 'Graduation certificate', width: 30, height: 21, moulding: 'M-03', mount: 'Single', glass: 'Standard', price: 54, due: '2025-03-10', status: 'Collected', payments: [P('2025-02-28', 54, 'Card')], notes: '', collected: '2025-03-10', cancelReason: null, refunded: 0 },
    { id: 'FR-2303', customer: 'C-07', title: 'Cross-stitch sampler', width: 35, height: 35, moulding: 'M-01', mount: 'Double', glass: 'Non-reflective', price: 112, due: '2025-03-14', status: 'In workshop', payments: [P('2025-03-01', 40, 'Cash')], notes: 'Lace onto board before mounting.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2304', customer: 'C-02', title: 'Wedding photo – 10x8 portrait', width: 25, height: 20, moulding: 'M-07', mount: 'Double', glass: 'Non-reflective', price: 95, due: '2025-03-11', status: 'Ready', payments: [P('2025-02-27', 40, 'Card')], notes: 'Ivory inner mount, silver outer.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2305', customer: 'C-04', title: 'Signed football shirt', width: 90, height: 70, moulding: 'M-09', mount: 'None', glass: 'Acrylic', price: 245, due: '2025-03-21', status: 'In workshop', payments: [P('2025-03-03', 100, 'Bank transfer')], notes: 'Box frame, pin shirt to backing.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2306', customer: 'C-10', title: 'Map of Yorkshire Dales (1892)', width: 52, height: 40, moulding: 'M-02', mount: 'Single', glass: 'UV museum', price: 168, due: '2025-03-18', status: 'In workshop', payments: [P('2025-03-04', 50, 'Card')], notes: 'Conservation hinges only.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2307', customer: 'C-12', title: "Child's drawings – set of 3", width: 30, height: 21, moulding: 'M-04', mount: 'Single', glass: 'Standard', price: 78, due: '2025-03-19', status: 'Quoted', payments: [P('2025-03-08', 25, 'Card')], notes: '', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2308', customer: 'C-06', title: 'Concert poster', width: 70, height: 50, moulding: 'M-03', mount: 'None', glass: 'Acrylic', price: 89, due: '2025-03-13', status: 'Ready', payments: [P('2025-03-02', 89, 'Card')], notes: '', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2309', customer: 'C-03', title: 'Watercolour – Malham Cove', width: 40, height: 30, moulding: 'M-01', mount: 'Single', glass: 'Standard', price: 118, due: '2025-03-17', status: 'In workshop', payments: [P('2025-03-05', 40, 'Cash')], notes: 'Customer prefers warm white mount.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2310', customer: 'C-08', title: 'Persian calligraphy panel', width: 50, height: 35, moulding: 'M-06', mount: 'Double', glass: 'Non-reflective', price: 156, due: '2025-03-24', status: 'Quoted', payments: [], notes: '', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2311', customer: 'C-02', title: 'Professional membership certificate', width: 30, height: 21, moulding: 'M-03', mount: 'Single', glass: 'Standard', price: 52, due: '2025-03-26', status: 'Quoted', payments: [], notes: '', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2312', customer: 'C-09', title: 'Botanical prints – pair', width: 40, height: 30, moulding: 'M-08', mount: 'Single', glass: 'Standard', price: 136, due: '2025-03-20', status: 'In workshop', payments: [P('2025-03-06', 60, 'Card')], notes: 'Price is for both frames.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2313', customer: 'C-11', title: 'Family photo collage', width: 60, height: 50, moulding: 'M-04', mount: 'Double', glass: 'Standard', price: 124, due: '2025-03-12', status: 'Ready', payments: [P('2025-02-26', 124, 'Bank transfer')], notes: '9 aperture mount.', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2314', customer: 'C-03', title: 'Pencil sketch – Whitby Abbey', width: 30, height: 24, moulding: 'M-08', mount: 'Single', glass: 'Standard', price: 74, due: '2025-02-28', status: 'Collected', payments: [P('2025-02-14', 74, 'Cash')], notes: '', collected: '2025-02-28', cancelReason: null, refunded: 0 },
    { id: 'FR-2315', customer: 'C-05', title: 'Silk scarf display', width: 80, height: 80, moulding: 'M-09', mount: 'None', glass: 'UV museum', price: 210, due: '2025-03-28', status: 'Quoted', payments: [], notes: '', collected: null, cancelReason: null, refunded: 0 },
    { id: 'FR-2316', customer: 'C-07', title: 'Tapestry', width: 45, height: 45, moulding: 'M-11', mount: 'Single', glass: 'Non-reflective', price: 98, due: '2025-03-05', status: 'Cancelled', payments: [], notes: 'Entered twice – see FR-2303.', collected: null, cancelReason: 'Duplicate order', refunded: 0 }
  ]
};
const S = window.state;

/* ---------- helpers ---------- */
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
const esc = v => String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmtDate = d => { if (!d) return '—'; const [y, m, dd] = d.split('-'); return `${+dd} ${MON[+m - 1]} ${y}`; };
const money = n => '£' + Number(n).toFixed(2);
const cust = id => S.customers.find(c => c.id === id) || { name: '?' };
const mould = id => S.mouldings.find(m => m.id === id) || { code: '?', name: '?' };
const paidOf = o => o.payments.reduce((a, p) => a + p.amount, 0);
const balanceOf = o => Math.round((o.price - paidOf(o)) * 100) / 100;
const badge = s => `<span class="badge b-${esc(String(s).replace(/\s/g, ''))}">${esc(s)}</span>`;

function toast(msg, kind) {
  const t = document.createElement('div');
  t.className = 'toast ' + (kind || '');
  t.setAttribute('role', 'status');
  t.textContent = msg;
  $('#toasts').appendChild(t);
  setTimeout(() => t.remove(), 4000);
}
function closeModal() { const o = $('#overlay'); if (o) o.remove(); }
function openModal(title, body, buttons, wide) {
  closeModal(); closeMenu();
  const ov = document.createElement('div');
  ov.className = 'overlay'; ov.id = 'overlay';
  ov.innerHTML = `<div class="modal ${wide ? 'wide' : ''}" role="dialog" aria-modal="true" aria-labelledby="modal-title">
    <div class="modal-head"><h2 id="modal-title">${esc(title)}</h2><button type="button" class="icon-btn" data-close aria-label="Close">×</button></div>
    <div class="modal-body">${body}</div><div class="modal-foot"></div></div>`;
  const foot = $('.modal-foot', ov);
  buttons.forEach(b => {
    const btn = document.createElement('button');
    btn.type = 'button'; btn.className = 'btn ' + (b.cls || ''); btn.textContent = b.label;
    btn.addEventListener('click', () => (b.onClick ? b.onClick(ov) : closeModal()));
    foot.appendChild(btn);
  });
  ov.addEventListener('click', e => { if (e.target.closest('[data-close]')) closeModal(); });
  document.body.appendChild(ov);
  return ov;
}
function formError(ov, msg) {
  let e = $('.form-error', ov);
  if (!e) { e = document.createElement('div'); e.className = 'form-error'; e.setAttribute('role', 'alert'); $('.modal-body', ov).prepend(e); }
  e.textContent = msg;
}
let menuAnchor = null;
function closeMenu() { const m = $('#menu'); if (m) m.remove(); menuAnchor = null; }
function openMenu(anchor, items) {
  if (menuAnchor === anchor) { closeMenu(); return; }
  closeMenu();
  const m = document.createElement('div');
  m.className = 'menu'; m.id = 'menu'; m.setAttribute('role', 'menu');
  items.forEach(it => {
    if (it === '-') { m.appendChild(document.createElement('hr')); return; }
    const b = document.createElement('button');
    b.type = 'button'; b.setAttribute('role', 'menuitem'); b.textContent = it.label;
    if (it.danger) b.className = 'danger';
    if (it.disabled) b.disabled = true;
    b.addEventListener('click', () => { closeMenu(); it.onClick(); });
    m.appendChild(b);
  });
  document.body.appendChild(m);
  const r = anchor.getBoundingClientRect();
  m.style.left = (r.right + window.scrollX - m.offsetWidth) + 'px';
  m.style.top = (r.bottom + window.scrollY + 4) + 'px';
  menuAnchor = anchor;
}
document.addEventListener('click', e => {
  if (!e.target.closest('#menu') && !e.target.closest('[data-menu]')) closeMenu();
});
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

/* ---------- views ---------- */
const ui = { view: 'orders', q: '', status: 'Open', cq: '' };
const STATUSES = ['Quoted', 'In workshop', 'Ready', 'Collected', 'Cancelled'];
const GLASS = ['None', 'Standard', 'Non-reflective', 'UV museum', 'Acrylic'];
const METHODS = ['Card', 'Cash', 'Bank transfer'];

function render() {
  $$('.navlink').forEach(b => b.classList.toggle('active', b.dataset.view === ui.view));
  closeMenu();
  if (ui.view === 'orders') renderOrders();
  else if (ui.view === 'customers') renderCustomers();
  else renderMouldings();
}

function renderOrders() {
  const q = ui.q.trim().toLowerCase();
  const rows = S.orders.filter(o => {
    if (ui.status === 'Open' && (o.status === 'Collected' || o.status === 'Cancelled')) return false;
    if (ui.status !== 'Open' && ui.status !== 'All' && o.status !== ui.status) return false;
    if (!q) return true;
    const c = cust(o.customer);
    return [o.id, o.title, c.name, mould(o.moulding).code].join(' ').toLowerCase().includes(q);
  });
  const cnt = s => S.orders.filter(o => o.status === s).length;
  const owed = S.orders.filter(o => o.status !== 'Cancelled').reduce((a, o) => a + Math.max(0, balanceOf(o)), 0);
  $('#main').innerHTML = `
    <h1>Orders</h1>
    <div class="stats">
      <div class="stat"><b>${cnt('Quoted')}</b><span>Quoted</span></div>
      <div class="stat"><b>${cnt('In workshop')}</b><span>In workshop</span></div>
      <div class="stat"><b>${cnt('Ready')}</b><span>Ready to collect</span></div>
      <div class="stat"><b>${money(owed)}</b><span>Outstanding balances</span></div>
    </div>
    <div class="toolbar">
      <input type="search" id="q" placeholder="Search order, customer, artwork…" aria-label="Search orders" value="${esc(ui.q)}">
      <label class="muted" for="fstatus">Status</label>
      <select id="fstatus" aria-label="Filter by status">
        ${['Open', 'All'].concat(STATUSES).map(s => `<option value="${s}" ${ui.status === s ? 'selected' : ''}>${s === 'Open' ? 'Open orders' : s === 'All' ? 'All orders' : s}</option>`).join('')}
      </select>
      <span class="spacer"></span>
      <button class="btn primary" id="new-order" type="button">+ New order</button>
    </div>
    ${rows.length ? `<table aria-label="Orders">
      <thead><tr><th>Order</th><th>Customer</th><th>Artwork</th><th>Size (cm)</th><th>Moulding</th><th>Glass</th><th>Due</th><th class="num">Total</th><th class="num">Balance</th><th>Status</th><th></th></tr></thead>
      <tbody>${rows.map(o => `<tr data-id="${o.id}">
        <td><b>${o.id}</b></td><td>${esc(cust(o.customer).name)}</td><td class="wrap">${esc(o.title)}</td>
        <td>${o.width} × ${o.height}</td><td>${esc(mould(o.moulding).code)}</td><td>${esc(o.glass)}</td>
        <td>${fmtDate(o.due)}</td><td class="num">${money(o.price)}</td>
        <td class="num">${o.status === 'Cancelled' ? '—' : money(balanceOf(o))}</td><td>${badge(o.status)}</td>
        <td><button type="button" class="dots" data-menu="${o.id}" aria-label="Actions for ${o.id}" title="Actions">⋯</button></td></tr>`).join('')}</tbody></table>`
      : '<div class="empty">No orders match your filters.</div>'}`;
  $('#q').addEventListener('input', e => { ui.q = e.target.value; renderOrders(); const i = $('#q'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#fstatus').addEventListener('change', e => { ui.status = e.target.value; renderOrders(); });
  $('#new-order').addEventListener('click', () => orderForm(null));
  $$('[data-menu]').forEach(b => b.addEventListener('click', () => orderMenu(b, S.orders.find(o => o.id === b.dataset.menu))));
}

function orderMenu(anchor, o) {
  const open = o.status !== 'Collected' && o.status !== 'Cancelled';
  openMenu(anchor, [
    { label: 'View details', onClick: () => viewOrder(o) },
    { label: 'Edit order', disabled: !open, onClick: () => orderForm(o) },
    { label: 'Record payment', disabled: !open, onClick: () => paymentForm(o) },
    '-',
    { label: 'Move to workshop', disabled: o.status !== 'Quoted', onClick: () => setStatus(o, 'In workshop') },
    { label: 'Mark ready for collection', disabled: o.status !== 'In workshop', onClick: () => setStatus(o, 'Ready') },
    { label: 'Mark collected', disabled: o.status !== 'Ready', onClick: () => markCollected(o) },
    '-',
    { label: 'Cancel order', danger: true, disabled: !open, onClick: () => cancelOrder(o) }
  ]);
}

function setStatus(o, s) { o.status = s; render(); toast(`${o.id} moved to “${s}”.`); }
function markCollected(o) {
  const bal = balanceOf(o);
  if (bal > 0) { toast(`${o.id} has ${money(bal)} outstanding – record the payment first.`, 'err'); return; }
  openModal('Mark as collected', `<p>Confirm that <b>${esc(cust(o.customer).name)}</b> has collected order <b>${o.id}</b> (${esc(o.title)})?</p>`, [
    { label: 'Not yet' },
    { label: 'Confirm collection', cls: 'primary', onClick: () => { o.status = 'Collected'; o.collected = TODAY; closeModal(); render(); toast(`${o.id} marked as collected.`); } }
  ]);
}

function viewOrder(o) {
  const c = cust(o.customer), m = mould(o.moulding);
  openModal(`Order ${o.id}`, `
    <dl class="details">
      <dt>Customer</dt><dd>${esc(c.name)} · ${esc(c.phone)}</dd>
      <dt>Artwork</dt><dd>${esc(o.title)}</dd>
      <dt>Size</dt><dd>${o.width} × ${o.height} cm</dd>
      <dt>Moulding</dt><dd>${esc(m.code)} – ${esc(m.name)}</dd>
      <dt>Mount</dt><dd>${esc(o.mount)}</dd>
      <dt>Glazing</dt><dd>${esc(o.glass)}</dd>
      <dt>Due</dt><dd>${fmtDate(o.due)}</dd>
      <dt>Status</dt><dd>${badge(o.status)}${o.cancelReason ? ' – ' + esc(o.cancelReason) : ''}</dd>
      <dt>Price</dt><dd>${money(o.price)}</dd>
      <dt>Notes</dt><dd>${esc(o.notes) || '—'}</dd>
    </dl>
    <h3 style="font-size:14px;margin:8px 0">Payments</h3>
    ${o.payments.length ? `<table><thead><tr><th>Date</th><th>Method</th><th class="num">Amount</th></tr></thead><tbody>
      ${o.payments.map(p => `<tr><td>${fmtDate(p.date)}</td><td>${esc(p.method)}</td><td class="num">${money(p.amount)}</td></tr>`).join('')}</tbody></table>` : '<p class="muted">No payments yet.</p>'}
    <p><b>Balance:</b> ${money(balanceOf(o))}${o.refunded ? ` · Refunded ${money(o.refunded)}` : ''}</p>`,
  [{ label: 'Close' }], true);
}

function orderForm(o) {
  const isNew = !o;
  const d = o || { customer: '', title: '', width: '', height: '', moulding: '', mount: 'Single', glass: 'Standard', price: '', due: '', notes: '' };
  const mopts = S.mouldings.filter(m => m.active || m.id === d.moulding);
  const ov = openModal(isNew ? 'New framing order' : `Edit order ${o.id}`, `
    <div class="grid2">
      <div class="field full"><label for="f-customer">Customer</label>
        <select id="f-customer"><option value="">— Select customer —</option>${S.customers.map(c => `<option value="${c.id}" ${c.id === d.customer ? 'selected' : ''}>${esc(c.name)}</option>`).join('')}</select></div>
      <div class="field full"><label for="f-title">Artwork / description</label><input id="f-title" value="${esc(d.title)}"></div>
      <div class="field"><label for="f-width">Width (cm)</label><input id="f-width" type="number" min="1" step="0.5" value="${esc(d.width)}"></div>
      <div class="field"><label for="f-height">Height (cm)</label><input id="f-height" type="number" min="1" step="0.5" value="${esc(d.height)}"></div>
      <div class="field"><label for="f-moulding">Moulding</label>
        <select id="f-moulding"><option value="">— Select moulding —</option>${mopts.map(m => `<option value="${m.id}" ${m.id === d.moulding ? 'selected' : ''}>${esc(m.code)} – ${esc(m.name)}</option>`).join('')}</select></div>
      <div class="field"><label for="f-glass">Glazing</label>
        <select id="f-glass">${GLASS.map(g => `<option ${g === d.glass ? 'selected' : ''}>${g}</option>`).join('')}</select></div>
      <div class="field full"><span class="lbl" id="mount-lbl">Mount</span>
        <div class="radios" role="radiogroup" aria-labelledby="mount-lbl">${['None', 'Single', 'Double'].map(v => `<label><input type="radio" name="f-mount" value="${v}" ${v === d.mount ? 'checked' : ''}> ${v}</label>`).join('')}</div></div>
      <div class="field"><label for="f-price">Price (£)</label><input id="f-price" type="number" min="0" step="0.01" value="${esc(d.price)}"></div>
      <div class="field"><label for="f-due">Due date</label><input id="f-due" type="date" value="${esc(d.due)}"></div>
      ${isNew ? `<div class="field"><label for="f-deposit">Deposit paid (£)</label><input id="f-deposit" type="number" min="0" step="0.01" placeholder="0.00"></div>
      <div class="field"><label for="f-depmethod">Deposit method</label><select id="f-depmethod">${METHODS.map(m => `<option>${m}</option>`).join('')}</select></div>` : ''}
      <div class="field full"><label for="f-notes">Workshop notes</label><textarea id="f-notes">${esc(d.notes)}</textarea></div>
    </div>`, [
    { label: 'Cancel' },
    { label: isNew ? 'Create order' : 'Save changes', cls: 'primary', onClick: ov => {
      const v = id => $('#' + id, ov).value;
      const width = parseFloat(v('f-width')), height = parseFloat(v('f-height')), price = parseFloat(v('f-price'));
      if (!v('f-customer')) return formError(ov, 'Please choose a customer.');
      if (!v('f-title').trim()) return formError(ov, 'Please describe the artwork.');
      if (!(width > 0) || !(height > 0)) return formError(ov, 'Enter the artwork width and height.');
      if (!v('f-moulding')) return formError(ov, 'Please choose a moulding.');
      if (!(price >= 0) || v('f-price') === '') return formError(ov, 'Enter the price.');
      if (!v('f-due')) return formError(ov, 'Enter a due date.');
      const mount = ($('input[name=f-mount]:checked', ov) || {}).value || 'None';
      const fields = { customer: v('f-customer'), title: v('f-title').trim(), width, height, moulding: v('f-moulding'), mount, glass: v('f-glass'), price, due: v('f-due'), notes: v('f-notes') };
      if (isNew) {
        const dep = parseFloat(v('f-deposit')) || 0;
        if (dep < 0 || dep > price) return formError(ov, 'Deposit must be between £0 and the price.');
        const next = 'FR-' + (Math.max(...S.orders.map(x => +x.id.slice(3))) + 1);
        S.orders.push(Object.assign({ id: next }, fields, { status: 'Quoted', payments: dep ? [P(TODAY, dep, v('f-depmethod'))] : [], collected: null, cancelReason: null, refunded: 0 }));
        closeModal(); render(); toast(`Order ${next} created.`);
      } else {
        Object.assign(o, fields);
        closeModal(); render(); toast(`Order ${o.id} updated.`);
      }
    } }
  ], true);
}

function paymentForm(o) {
  const bal = balanceOf(o);
  openModal(`Record payment – ${o.id}`, `
    <p class="muted">${esc(cust(o.customer).name)} · ${esc(o.title)} · Total ${money(o.price)} · Paid ${money(paidOf(o))}</p>
    <div class="field"><label for="p-amount">Amount (£)</label><input id="p-amount" type="number" step="0.01" min="0.01" value="${bal > 0 ? bal.toFixed(2) : ''}"></div>
    <div class="field"><span class="lbl" id="pm-lbl">Payment method</span>
      <div class="radios" role="radiogroup" aria-labelledby="pm-lbl">${METHODS.map((m, i) => `<label><input type="radio" name="p-method" value="${m}" ${i === 0 ? 'checked' : ''}> ${m}</label>`).join('')}</div></div>
    <div class="field"><label for="p-date">Date received</label><input id="p-date" type="date" value="${TODAY}"></div>`, [
    { label: 'Cancel' },
    { label: 'Save payment', cls: 'primary', onClick: ov => {
      const amt = Math.round(parseFloat($('#p-amount', ov).value) * 100) / 100;
      if (!(amt > 0)) return formError(ov, 'Enter an amount greater than zero.');
      if (amt > bal + 0.001) return formError(ov, `Amount is more than the outstanding balance (${money(bal)}).`);
      const date = $('#p-date', ov).value || TODAY;
      o.payments.push(P(date, amt, $('input[name=p-method]:checked', ov).value));
      closeModal(); render(); toast(`Payment of ${money(amt)} recorded on ${o.id}.`);
    } }
  ]);
}

function cancelOrder(o) {
  const paid = paidOf(o);
  openModal(`Cancel order ${o.id}?`, `
    <p>This will cancel <b>${esc(o.title)}</b> for <b>${esc(cust(o.customer).name)}</b>. This cannot be undone.</p>
    <div class="field"><label for="c-reason">Reason</label>
      <select id="c-reason"><option value="">— Select a reason —</option>${['Customer changed mind', 'Duplicate order', 'Artwork damaged', 'Price not accepted', 'Other'].map(r => `<option>${r}</option>`).join('')}</select></div>
    ${paid > 0 ? `<label class="check"><input type="checkbox" id="c-refund"> Refund payments received (${money(paid)})</label>` : '<p class="muted">No payments have been taken on this order.</p>'}`, [
    { label: 'Keep order' },
    { label: 'Cancel order', cls: 'danger', onClick: ov => {
      const reason = $('#c-reason', ov).value;
      if (!reason) return formError(ov, 'Please choose a reason.');
      const r = $('#c-refund', ov);
      o.status = 'Cancelled'; o.cancelReason = reason; o.refunded = r && r.checked ? paid : 0;
      closeModal(); render(); toast(`Order ${o.id} cancelled${o.refunded ? ' – refund of ' + money(o.refunded) + ' issued' : ''}.`);
    } }
  ]);
}

function renderCustomers() {
  const q = ui.cq.trim().toLowerCase();
  const rows = S.customers.filter(c => !q || (c.name + ' ' + c.email + ' ' + c.phone).toLowerCase().includes(q));
  $('#main').innerHTML = `<h1>Customers</h1>
    <div class="toolbar"><input type="search" id="cq" placeholder="Search customers…" aria-label="Search customers" value="${esc(ui.cq)}"></div>
    <table aria-label="Customers"><thead><tr><th>ID</th><th>Name</th><th>Phone</th><th>Email</th><th class="num">Orders</th><th class="num">Open</th><th class="num">Owed</th><th></th></tr></thead>
    <tbody>${rows.map(c => { const os = S.orders.filter(o => o.customer === c.id); const open = os.filter(o => !['Collected', 'Cancelled'].includes(o.status));
      return `<tr><td>${c.id}</td><td>${esc(c.name)}</td><td>${esc(c.phone)}</td><td>${esc(c.email)}</td><td class="num">${os.length}</td><td class="num">${open.length}</td>
      <td class="num">${money(open.reduce((a, o) => a + balanceOf(o), 0))}</td><td><button class="btn" type="button" data-edit="${c.id}">Edit</button></td></tr>`; }).join('')}</tbody></table>`;
  $('#cq').addEventListener('input', e => { ui.cq = e.target.value; renderCustomers(); const i = $('#cq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $$('[data-edit]').forEach(b => b.addEventListener('click', () => {
    const c = S.customers.find(x => x.id === b.dataset.edit);
    openModal(`Edit customer ${c.id}`, `
      <div class="field"><label for="c-name">Name</label><input id="c-name" value="${esc(c.name)}"></div>
      <div class="field"><label for="c-phone">Phone</label><input id="c-phone" value="${esc(c.phone)}"></div>
      <div class="field"><label for="c-email">Email</label><input id="c-email" type="email" value="${esc(c.email)}"></div>`, [
      { label: 'Cancel' },
      { label: 'Save', cls: 'primary', onClick: ov => {
        if (!$('#c-name', ov).value.trim()) return formError(ov, 'Name is required.');
        c.name = $('#c-name', ov).value.trim(); c.phone = $('#c-phone', ov).value.trim(); c.email = $('#c-email', ov).value.trim();
        closeModal(); render(); toast('Customer saved.');
      } }]);
  }));
}

function renderMouldings() {
  $('#main').innerHTML = `<h1>Mouldings</h1>
    <p class="muted">Stock is held in metres. Items under 10 m are flagged for reorder.</p>
    <table aria-label="Mouldings"><thead><tr><th>Code</th><th>Name</th><th class="num">Price / m</th><th class="num">Stock (m)</th><th>Status</th><th></th></tr></thead>
    <tbody>${S.mouldings.map(m => `<tr><td><b>${esc(m.code)}</b></td><td>${esc(m.name)}</td><td class="num">${money(m.pricePerM)}</td>
      <td class="num">${m.stock}${m.active && m.stock < 10 ? ' <span class="badge b-Cancelled">Low</span>' : ''}</td>
      <td>${badge(m.active ? 'Active' : 'Discontinued')}</td><td><button class="btn" type="button" data-medit="${m.id}">Edit</button></td></tr>`).join('')}</tbody></table>`;
  $$('[data-medit]').forEach(b => b.addEventListener('click', () => {
    const m = S.mouldings.find(x => x.id === b.dataset.medit);
    openModal(`Edit moulding ${m.code}`, `
      <div class="field"><label for="m-name">Name</label><input id="m-name" value="${esc(m.name)}"></div>
      <div class="grid2"><div class="field"><label for="m-price">Price per metre (£)</label><input id="m-price" type="number" step="0.01" value="${m.pricePerM}"></div>
      <div class="field"><label for="m-stock">Stock (m)</label><input id="m-stock" type="number" step="0.5" value="${m.stock}"></div></div>
      <label class="check"><input type="checkbox" id="m-active" ${m.active ? 'checked' : ''}> Active (available for new orders)</label>`, [
      { label: 'Cancel' },
      { label: 'Save', cls: 'primary', onClick: ov => {
        const pr = parseFloat($('#m-price', ov).value), st = parseFloat($('#m-stock', ov).value);
        if (!(pr >= 0) || !(st >= 0)) return formError(ov, 'Price and stock must be numbers.');
        m.name = $('#m-name', ov).value.trim() || m.name; m.pricePerM = pr; m.stock = st; m.active = $('#m-active', ov).checked;
        closeModal(); render(); toast(`${m.code} saved.`);
      } }]);
  }));
}

$$('.navlink').forEach(b => b.addEventListener('click', () => { ui.view = b.dataset.view; render(); }));
render();
})();
