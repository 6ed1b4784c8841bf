(function () {
'use strict';
const TODAY = '2025-03-12';
const T = (date, staff, hours, task) => ({ date, staff, hours, task });
function J(id, client, address, item, stage, assignee, quote, due, priority, time, notes) {
  return { id, client, address, item, stage, assignee, quote, due, priority, time: time || [], notes: notes || '' };
}
const PO = (id, material, qty, supplier, ordered, expected, status, received, receivedQty) => ({ id, material, qty, supplier, ordered, expected, status, received: received || null, receivedQty: receivedQty == null ? null : receivedQty });
window.state = {
  staff: [
    { id: 'JN-01', name: 'Callum Reid', role: 'Joiner' },
    { id: 'JN-02', name: 'Priya Sandhu', role: 'Joiner' },
    { id: 'JN-03', name: 'Owen Marsh', role: 'Apprentice' },
    { id: 'JN-04', name: 'Dave Kettering', role: 'Site fitter' },
    { id: 'JN-05', name: 'Nina Patel', role: 'Office manager' }
  ],
  jobs: [
    J('JB-7401', 'Mr & Mrs Ainsworth', '14 Beech Grove, Harlow CM18 6RT', 'Oak kitchen island', 'Quoted', null, 4850, '2025-04-18', 'Normal', [], 'Quote sent 3 Mar. Chasing on 17 Mar.'),
    J('JB-7402', 'Whitmore Estates', '3 Vicarage Terrace, Sawbridgeworth CM21 9AX', 'Sash windows ×4 – refurb & reglaze', 'In production', 'JN-02', 3600, '2025-03-21', 'Urgent', [T('2025-03-10', 'JN-02', 7, 'Strip and repair sashes'), T('2025-03-11', 'JN-03', 5, 'Sanding and priming')], 'Tenant moving in 24 Mar.'),
    J('JB-7403', 'Dr Felix Amadi', '22 Mill Lane, Epping CM16 4HD', 'Built-in alcove bookcases', 'In production', 'JN-01', 2150, '2025-03-19', 'Normal', [T('2025-03-07', 'JN-01', 6.5, 'Carcass build')]),
    J('JB-7404', 'The Crown Inn', 'High Street, Old Harlow CM17 0DN', 'Bar front panelling', 'Fitting', 'JN-04', 5200, '2025-03-14', 'Urgent', [T('2025-03-03', 'JN-01', 8, 'Panel machining'), T('2025-03-04', 'JN-02', 8, 'Panel assembly'), T('2025-03-11', 'JN-04', 7.5, 'On-site fitting day 1')]),
    J('JB-7405', 'Mrs J. Okoro', '8 Larch Close, Harlow CM19 4PL', 'Hardwood front door & frame', 'Enquiry', null, 0, null, 'Normal', [], 'Wants survey next week.'),
    J('JB-7406', 'Stonebridge Dental', 'Unit 2, Stonebridge Park, Harlow CM20 2NQ', 'Reception desk', 'Quoted', null, 3950, '2025-04-04', 'Normal', [], 'Walnut veneer top, DDA lowered section.'),
    J('JB-7407', 'Mr T. Galloway', '51 Orchard Way, Roydon CM19 5HG', 'Oak staircase balustrade', 'Complete', 'JN-01', 2780, '2025-03-07', 'Normal', [T('2025-02-26', 'JN-01', 8, 'Spindles and handrail'), T('2025-03-06', 'JN-04', 6, 'Fitting')]),
    J('JB-7408', 'Mrs P. Whitmore', '19 Station Road, Harlow CM17 0AP', 'Window seat with storage', 'Quoted', null, 980, '2025-04-11', 'Normal'),
    J('JB-7409', 'Harlow Primary Academy', 'School Lane, Harlow CM20 3QE', 'Classroom storage units ×6', 'In production', 'JN-03', 4400, '2025-03-28', 'Normal', [T('2025-03-11', 'JN-03', 7, 'Cutting list and panel cutting')]),
    J('JB-7410', 'Mr A. Brennan', '7 Kings Road, Epping CM16 6LB', 'Garden gate & posts', 'Fitting', 'JN-04', 640, '2025-03-13', 'Normal', [T('2025-03-05', 'JN-02', 5, 'Gate build')]),
    J('JB-7411', 'Ms L. Fairweather', 'Flat 4, 90 Hart Road, Harlow CM17 0HN', 'Painted shaker wardrobe doors', 'Enquiry', null, 0, null, 'Normal'),
    J('JB-7412', 'Stonebridge Dental', 'Unit 2, Stonebridge Park, Harlow CM20 2NQ', 'Waiting-room bench seating', 'Enquiry', null, 0, null, 'Normal', [], 'Asked for price with the desk.'),
    J('JB-7413', 'Mr & Mrs Daley', '2 Poplar Drive, Nazeing EN9 2JY', 'Oak frame porch', 'Quoted', null, 6100, '2025-05-02', 'Normal'),
    J('JB-7414', 'The Old Rectory B&B', 'Church Street, Matching CM17 0QR', 'Replacement skirting & architrave', 'Complete', 'JN-02', 1320, '2025-03-03', 'Normal', [T('2025-02-27', 'JN-02', 7.5, 'Machining profiles')]),
    J('JB-7415', 'Mr K. Ishikawa', '33 Fern Hill, Harlow CM18 7HT', 'Floating shelves ×5', 'In production', 'JN-01', 520, '2025-03-17', 'Normal'),
    J('JB-7416', 'Harlow Town Council', 'Civic Centre, Water Gardens, Harlow CM20 1WG', 'Lockable noticeboard cases ×3', 'Quoted', null, 1180, '2025-04-25', 'Normal')
  ],
  materials: [
    { id: 'MT-01', name: 'Oak board 27mm PAR', unit: 'm', stock: 18, reorder: 30, supplier: 'Essex Hardwoods', cost: 21.4 },
    { id: 'MT-02', name: 'Oak board 20mm PAR', unit: 'm', stock: 42, reorder: 25, supplier: 'Essex Hardwoods', cost: 16.9 },
    { id: 'MT-03', name: 'Sapele 45mm', unit: 'm', stock: 12, reorder: 10, supplier: 'Essex Hardwoods', cost: 19.5 },
    { id: 'MT-04', name: 'Softwood PSE 44×94', unit: 'm', stock: 120, reorder: 60, supplier: 'Harlow Timber', cost: 2.85 },
    { id: 'MT-05', name: 'MDF 18mm sheet 2440×1220', unit: 'sheet', stock: 6, reorder: 10, supplier: "Brandon's Builders Merchant", cost: 31 },
    { id: 'MT-06', name: 'MR MDF 12mm sheet 2440×1220', unit: 'sheet', stock: 9, reorder: 6, supplier: "Brandon's Builders Merchant", cost: 27.5 },
    { id: 'MT-07', name: 'Birch ply 18mm sheet', unit: 'sheet', stock: 4, reorder: 5, supplier: 'Harlow Timber', cost: 58 },
    { id: 'MT-08', name: 'Accoya 50×150', unit: 'm', stock: 22, reorder: 15, supplier: 'Essex Hardwoods', cost: 24.8 },
    { id: 'MT-09', name: 'Float glass 4mm', unit: 'm²', stock: 3.5, reorder: 5, supplier: 'Fenland Glass', cost: 38 },
    { id: 'MT-10', name: 'Sash cord (waxed)', unit: 'reel', stock: 2, reorder: 3, supplier: 'Ironmongery Direct', cost: 14.2 },
    { id: 'MT-11', name: 'Oak dowel 10mm', unit: 'm', stock: 40, reorder: 20, supplier: 'Ironmongery Direct', cost: 1.1 },
    { id: 'MT-12', name: 'PVA wood glue 5L', unit: 'tub', stock: 3, reorder: 2, supplier: "Brandon's Builders Merchant", cost: 22 }
  ],
  purchaseOrders: [
    PO('PO-3301', 'MT-04', 100, 'Harlow Timber', '2025-02-20', '2025-02-25', 'Received', '2025-02-25', 100),
    PO('PO-3302', 'MT-05', 10, "Brandon's Builders Merchant", '2025-02-24', '2025-02-28', 'Received', '2025-02-27', 10),
    PO('PO-3303', 'MT-08', 30, 'Essex Hardwoods', '2025-03-03', '2025-03-10', 'Received', '2025-03-10', 30),
    PO('PO-3304', 'MT-09', 6, 'Fenland Glass', '2025-03-06', '2025-03-13', 'Ordered'),
    PO('PO-3305', 'MT-05', 15, "Brandon's Builders Merchant", '2025-03-10', '2025-03-12', 'Ordered'),
    PO('PO-3306', 'MT-10', 4, 'Ironmongery Direct', '2025-03-10', '2025-03-14', 'Ordered'),
    PO('PO-3307', 'MT-06', 8, "Brandon's Builders Merchant", '2025-03-11', '2025-03-18', 'Ordered'),
    PO('PO-3308', 'MT-07', 10, 'Harlow Timber', '2025-03-11', '2025-03-17', 'Ordered'),
    PO('PO-3309', 'MT-03', 20, 'Essex Hardwoods', '2025-02-14', '2025-02-21', 'Cancelled'),
    PO('PO-3310', 'MT-12', 2, "Brandon's Builders Merchant", '2025-03-05', '2025-03-07', 'Received', '2025-03-07', 2)
  ]
};
const S = window.state;
const STAGES = ['Enquiry', 'Quoted', 'In production', 'Fitting', 'Complete'];
const SUPPLIERS = ["Brandon's Builders Merchant", 'Essex Hardwoods', 'Fenland Glass', 'Harlow Timber', 'Ironmongery Direct'];

/* ---------- helpers ---------- */
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
const esc = v => String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmt = d => d ? `${+d.slice(8)} ${MON[+d.slice(5, 7) - 1]}` : '—';
const fmtY = d => d ? `${+d.slice(8)} ${MON[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}` : '—';
const money = n => '£' + Number(n).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const staff = id => S.staff.find(s => s.id === id);
const initials = id => { const s = staff(id); return s ? s.name.split(' ').map(w => w[0]).join('') : ''; };
const mat = id => S.materials.find(m => m.id === id);
const hoursOf = j => j.time.reduce((a, t) => a + t.hours, 0);
const onOrder = m => S.purchaseOrders.filter(p => p.material === m.id && p.status === 'Ordered').reduce((a, p) => a + p.qty, 0);
const opts = (list, sel, blank) => (blank != null ? `<option value="">${blank}</option>` : '') + list.map(o => { const [v, l] = Array.isArray(o) ? o : [o, o]; return `<option value="${esc(v)}" ${v === sel ? 'selected' : ''}>${esc(l)}</option>`; }).join('');

function toast(msg, kind) { const t = document.createElement('div'); t.className = 'toast ' + (kind || ''); t.setAttribute('role', 'status'); t.textContent = msg; $('#toasts').appendChild(t); setTimeout(() => t.remove(), 4000); }
function closeModal() { const o = $('#overlay'); if (o) o.remove(); }
function openModal(title, body, buttons, wide) {
  closeModal();
  const ov = document.createElement('div'); ov.className = 'overlay'; ov.id = 'overlay';
  ov.innerHTML = `<div class="modal ${wide ? 'wide' : ''}" role="dialog" aria-modal="true" aria-labelledby="mt"><div class="modal-head"><h2 id="mt">${esc(title)}</h2><button type="button" class="icon-btn" data-close aria-label="Close">×</button></div><div class="modal-body">${body}</div><div class="modal-foot"></div></div>`;
  setButtons(ov, buttons);
  ov.addEventListener('click', e => { if (e.target.closest('[data-close]')) closeModal(); });
  document.body.appendChild(ov); return ov;
}
function setButtons(ov, buttons) {
  const f = $('.modal-foot', ov); f.innerHTML = '';
  buttons.forEach(b => { const x = document.createElement('button'); x.type = 'button'; x.className = 'btn ' + (b.cls || ''); x.textContent = b.label; x.addEventListener('click', () => b.onClick ? b.onClick(ov) : closeModal()); f.appendChild(x); });
}
function formError(ov, msg) { let e = $('.form-error', ov); if (!e) { e = document.createElement('div'); e.className = 'form-error'; e.setAttribute('role', 'alert'); $('.modal-body', ov).prepend(e); } e.textContent = msg; }
document.addEventListener('keydown', e => { if (e.key === 'Escape') closeModal(); });

const ui = { view: 'board', q: '', who: '', urgent: false, poFilter: 'Ordered' };
function render() {
  $$('.tn').forEach(t => t.classList.toggle('active', t.dataset.view === ui.view));
  if (ui.view === 'board') renderBoard(); else if (ui.view === 'materials') renderMaterials(); else renderPOs();
}

/* ---------- board ---------- */
function renderBoard() {
  const q = ui.q.trim().toLowerCase();
  const vis = S.jobs.filter(j => (!q || [j.id, j.client, j.item, j.address].join(' ').toLowerCase().includes(q)) && (!ui.who || j.assignee === ui.who) && (!ui.urgent || j.priority === 'Urgent'));
  $('#main').innerHTML = `<div class="toolbar"><h1 style="margin:0">Job board</h1><span class="spacer"></span>
      <input type="search" id="bq" placeholder="Search jobs, clients, addresses" aria-label="Search jobs" value="${esc(ui.q)}" style="width:260px">
      <select id="bwho" aria-label="Filter by assignee">${opts(S.staff.map(s => [s.id, s.name]), ui.who, 'Everyone')}</select>
      <label><input type="checkbox" id="burg" ${ui.urgent ? 'checked' : ''}> Urgent only</label>
      <button type="button" class="btn primary" id="new-job">+ New enquiry</button></div>
    <div class="board">${STAGES.map(st => { const cards = vis.filter(j => j.stage === st); return `<section class="col" aria-label="${st}"><h2><span>${st}</span><span class="n">${cards.length}</span></h2>
      ${cards.map(j => `<button type="button" class="card ${j.priority === 'Urgent' ? 'urgent' : ''}" data-job="${j.id}">
        <div class="id"><span>${j.id}</span>${j.priority === 'Urgent' ? '<span class="chip urgent">URGENT</span>' : ''}</div>
        <div class="item">${esc(j.item)}</div><div class="client">${esc(j.client)}</div>
        <div class="foot"><span>${j.due ? 'Due ' + fmt(j.due) : 'No date'}${j.quote ? ' · ' + money(j.quote).replace('.00', '') : ''}</span>
          <span>${hoursOf(j) ? hoursOf(j) + 'h ' : ''}${j.assignee ? `<span class="av" title="${esc(staff(j.assignee).name)}">${initials(j.assignee)}</span>` : '<span class="chip">Unassigned</span>'}</span></div></button>`).join('')}</section>`; }).join('')}</div>`;
  $('#bq').addEventListener('input', e => { ui.q = e.target.value; renderBoard(); const i = $('#bq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#bwho').addEventListener('change', e => { ui.who = e.target.value; renderBoard(); });
  $('#burg').addEventListener('change', e => { ui.urgent = e.target.checked; renderBoard(); });
  $('#new-job').addEventListener('click', newJob);
  $$('[data-job]').forEach(c => c.addEventListener('click', () => openJob(S.jobs.find(j => j.id === c.dataset.job), 'Overview')));
}

function openJob(j, tab) {
  const tabs = ['Overview', 'Time log', 'Notes'];
  let body = `<div class="mtabs" role="tablist">${tabs.map(t => `<button type="button" role="tab" class="mtab ${t === tab ? 'active' : ''}" data-mtab="${t}" aria-selected="${t === tab}">${t}</button>`).join('')}</div>`;
  if (tab === 'Overview') {
    body += `<dl class="info"><dt>Client</dt><dd>${esc(j.client)}</dd><dt>Address</dt><dd>${esc(j.address)}</dd><dt>Hours logged</dt><dd>${hoursOf(j)} h</dd></dl>
      <div class="grid2">
        <div class="field"><label for="j-stage">Stage</label><select id="j-stage">${opts(STAGES, j.stage)}</select></div>
        <div class="field"><label for="j-assignee">Assigned to</label><select id="j-assignee">${opts(S.staff.filter(s => s.id !== 'JN-05').map(s => [s.id, `${s.name} (${s.role})`]), j.assignee || '', '— Unassigned —')}</select></div>
        <div class="field"><label for="j-quote">Quote (£)</label><input id="j-quote" type="number" min="0" step="10" value="${j.quote || ''}"></div>
        <div class="field"><label for="j-due">Due date</label><input id="j-due" type="date" value="${j.due || ''}"></div>
      </div>
      <div class="field"><span class="lbl" id="pri-lbl">Priority</span><div class="radios" role="radiogroup" aria-labelledby="pri-lbl">${['Normal', 'Urgent'].map(p => `<label><input type="radio" name="j-pri" value="${p}" ${j.priority === p ? 'checked' : ''}> ${p}</label>`).join('')}</div></div>`;
  } else if (tab === 'Time log') {
    body += `${j.time.length ? `<table aria-label="Time log"><thead><tr><th>Date</th><th>Who</th><th class="num">Hours</th><th>Task</th></tr></thead><tbody>
      ${j.time.map(t => `<tr><td>${fmtY(t.date)}</td><td>${esc(staff(t.staff).name)}</td><td class="num">${t.hours}</td><td>${esc(t.task)}</td></tr>`).join('')}
      <tr><td colspan="2"><b>Total</b></td><td class="num"><b>${hoursOf(j)}</b></td><td></td></tr></tbody></table>` : '<p class="muted">No time logged yet.</p>'}
      <div class="addrow"><div class="grid4">
        <div class="field"><label for="t-date">Date</label><input id="t-date" type="date" value="${TODAY}"></div>
        <div class="field"><label for="t-staff">Who</label><select id="t-staff">${opts(S.staff.filter(s => s.id !== 'JN-05').map(s => [s.id, s.name]), '', '— Select —')}</select></div>
        <div class="field"><label for="t-hours">Hours</label><input id="t-hours" type="number" min="0.25" max="12" step="0.25"></div>
        <div class="field"><label for="t-task">Task</label><input id="t-task" placeholder="What was done"></div></div></div>`;
  } else {
    body += `<div class="field"><label for="j-notes">Job notes</label><textarea id="j-notes" rows="6">${esc(j.notes)}</textarea></div>`;
  }
  const title = `${j.id} · ${j.item}`;
  let ov = $('#overlay');
  if (ov && ov.dataset.job === j.id) { $('.modal-body', ov).innerHTML = body; }
  else { ov = openModal(title, body, [], true); ov.dataset.job = j.id; }
  const buttons = [{ label: 'Close' }];
  if (tab === 'Overview') buttons.push({ label: 'Save changes', cls: 'primary', onClick: ov => {
    const stage = $('#j-stage', ov).value, assignee = $('#j-assignee', ov).value || null, due = $('#j-due', ov).value || null;
    const quote = $('#j-quote', ov).value === '' ? 0 : parseFloat($('#j-quote', ov).value);
    if ((stage === 'In production' || stage === 'Fitting') && !assignee) return formError(ov, `Assign someone before moving the job to “${stage}”.`);
    if (stage !== 'Enquiry' && !(quote > 0)) return formError(ov, 'Enter the quoted price first.');
    Object.assign(j, { stage, assignee, due, quote, priority: $('input[name=j-pri]:checked', ov).value });
    closeModal(); render(); toast(`${j.id} saved – ${stage}${assignee ? ', ' + staff(assignee).name : ''}.`);
  } });
  if (tab === 'Time log') buttons.push({ label: 'Add time entry', cls: 'primary', onClick: ov => {
    const date = $('#t-date', ov).value, who = $('#t-staff', ov).value, hrs = parseFloat($('#t-hours', ov).value), task = $('#t-task', ov).value.trim();
    if (!date || !who || !(hrs > 0) || !task) return formError(ov, 'Date, who, hours and task are all required.');
    if (hrs > 12) return formError(ov, 'A single entry cannot be more than 12 hours.');
    j.time.push(T(date, who, hrs, task)); render(); openJob(j, 'Time log'); toast(`${hrs}h logged on ${j.id}.`);
  } });
  if (tab === 'Notes') buttons.push({ label: 'Save notes', cls: 'primary', onClick: ov => { j.notes = $('#j-notes', ov).value; closeModal(); render(); toast('Notes saved.'); } });
  setButtons(ov, buttons);
  const fe = $('.form-error', ov); if (fe) fe.remove();
  $$('[data-mtab]', ov).forEach(b => b.addEventListener('click', () => openJob(j, b.dataset.mtab)));
}

function newJob() {
  openModal('New enquiry', `<div class="field"><label for="n-client">Client</label><input id="n-client"></div>
    <div class="field"><label for="n-address">Address</label><input id="n-address"></div>
    <div class="field"><label for="n-item">What do they want made?</label><input id="n-item"></div>
    <div class="field"><label for="n-notes">Notes</label><textarea id="n-notes"></textarea></div>`, [
    { label: 'Cancel' },
    { label: 'Add to board', cls: 'primary', onClick: ov => {
      const c = $('#n-client', ov).value.trim(), a = $('#n-address', ov).value.trim(), it = $('#n-item', ov).value.trim();
      if (!c || !it) return formError(ov, 'Client and item are required.');
      const id = 'JB-' + (Math.max(...S.jobs.map(x => +x.id.slice(3))) + 1);
      S.jobs.push(J(id, c, a, it, 'Enquiry', null, 0, null, 'Normal', [], $('#n-notes', ov).value));
      closeModal(); render(); toast(`${id} added.`);
    } }]);
}

/* ---------- materials ---------- */
function renderMaterials() {
  $('#main').innerHTML = `<div class="toolbar"><h1 style="margin:0">Materials & stock</h1><span class="spacer"></span><span class="muted">${S.materials.filter(m => m.stock < m.reorder).length} items below reorder level</span></div>
    <table aria-label="Materials"><thead><tr><th>Code</th><th>Material</th><th>Unit</th><th class="num">In stock</th><th class="num">Reorder at</th><th class="num">On order</th><th>Usual supplier</th><th class="num">Unit cost</th><th></th></tr></thead><tbody>
    ${S.materials.map(m => `<tr><td>${m.id}</td><td><b>${esc(m.name)}</b></td><td>${esc(m.unit)}</td><td class="num ${m.stock < m.reorder ? 'low' : ''}">${m.stock}${m.stock < m.reorder ? ' ▼' : ''}</td><td class="num">${m.reorder}</td>
      <td class="num">${onOrder(m) || '—'}</td><td>${esc(m.supplier)}</td><td class="num">${money(m.cost)}</td><td><button type="button" class="btn sm" data-reorder="${m.id}" aria-label="Reorder ${esc(m.name)}">Reorder</button></td></tr>`).join('')}</tbody></table>`;
  $$('[data-reorder]').forEach(b => b.addEventListener('click', () => {
    const m = mat(b.dataset.reorder);
    openModal(`Raise purchase order – ${m.name}`, `<p class="muted">In stock: ${m.stock} ${esc(m.unit)} · reorder level ${m.reorder} · on order ${onOrder(m)}</p>
      <div class="grid2"><div class="field"><label for="po-qty">Quantity (${esc(m.unit)})</label><input id="po-qty" type="number" min="1" step="1"></div>
      <div class="field"><label for="po-supplier">Supplier</label><select id="po-supplier">${opts(SUPPLIERS, m.supplier)}</select></div>
      <div class="field"><label for="po-expected">Needed by</label><input id="po-expected" type="date"></div></div>`, [
      { label: 'Cancel' },
      { label: 'Raise PO', cls: 'primary', onClick: ov => {
        const qty = parseFloat($('#po-qty', ov).value), exp = $('#po-expected', ov).value;
        if (!(qty > 0)) return formError(ov, 'Enter a quantity.');
        if (!exp) return formError(ov, 'Enter the date it is needed by.');
        if (exp < TODAY) return formError(ov, 'The needed-by date cannot be in the past.');
        const id = 'PO-' + (Math.max(...S.purchaseOrders.map(p => +p.id.slice(3))) + 1);
        S.purchaseOrders.push(PO(id, m.id, qty, $('#po-supplier', ov).value, TODAY, exp, 'Ordered'));
        closeModal(); render(); toast(`${id} raised with ${$('#po-supplier', ov).value}.`);
      } }]);
  }));
}

/* ---------- purchase orders ---------- */
function renderPOs() {
  const list = S.purchaseOrders.filter(p => ui.poFilter === 'All' || p.status === ui.poFilter).slice().sort((a, b) => b.id.localeCompare(a.id));
  $('#main').innerHTML = `<div class="toolbar"><h1 style="margin:0">Purchase orders</h1><span class="spacer"></span>
      <label for="pof" class="muted">Show</label><select id="pof">${opts([['Ordered', 'Open (ordered)'], ['Received', 'Received'], ['Cancelled', 'Cancelled'], ['All', 'All']], ui.poFilter)}</select></div>
    <table aria-label="Purchase orders"><thead><tr><th>PO</th><th>Material</th><th class="num">Qty</th><th>Supplier</th><th>Ordered</th><th>Expected</th><th>Status</th><th>Received</th><th></th></tr></thead><tbody>
    ${list.map(p => { const m = mat(p.material); return `<tr><td><b>${p.id}</b></td><td>${esc(m.name)}</td><td class="num">${p.qty} ${esc(m.unit)}</td><td>${esc(p.supplier)}</td><td>${fmt(p.ordered)}</td>
      <td>${fmt(p.expected)}${p.status === 'Ordered' && p.expected < TODAY ? ' <span class="low">late</span>' : ''}</td><td><span class="st st-${p.status}">${p.status}</span></td><td>${p.received ? fmt(p.received) + (p.receivedQty !== p.qty ? ` (${p.receivedQty})` : '') : ''}</td>
      <td>${p.status === 'Ordered' ? `<button type="button" class="btn sm primary" data-recv="${p.id}">Receive</button> <button type="button" class="btn sm" data-pocancel="${p.id}">Cancel</button>` : ''}</td></tr>`; }).join('') || '<tr><td colspan="9" class="muted">Nothing to show.</td></tr>'}</tbody></table>`;
  $('#pof').addEventListener('change', e => { ui.poFilter = e.target.value; renderPOs(); });
  $$('[data-recv]').forEach(b => b.addEventListener('click', () => {
    const p = S.purchaseOrders.find(x => x.id === b.dataset.recv), m = mat(p.material);
    openModal(`Receive ${p.id}`, `<p>${esc(m.name)} from ${esc(p.supplier)} – ordered ${p.qty} ${esc(m.unit)}.</p>
      <div class="grid2"><div class="field"><label for="r-qty">Quantity received</label><input id="r-qty" type="number" min="0" value="${p.qty}"></div>
      <div class="field"><label for="r-date">Date received</label><input id="r-date" type="date" value="${TODAY}"></div></div>
      <p class="muted">Stock will be increased by the quantity received.</p>`, [
      { label: 'Cancel' },
      { label: 'Book in delivery', cls: 'primary', onClick: ov => {
        const q = parseFloat($('#r-qty', ov).value), d = $('#r-date', ov).value;
        if (!(q > 0) || !d) return formError(ov, 'Enter the quantity and date received.');
        p.status = 'Received'; p.received = d; p.receivedQty = q; m.stock = Math.round((m.stock + q) * 100) / 100;
        closeModal(); render(); toast(`${p.id} booked in – ${m.name} now ${m.stock} ${m.unit}.`);
      } }]);
  }));
  $$('[data-pocancel]').forEach(b => b.addEventListener('click', () => {
    const p = S.purchaseOrders.find(x => x.id === b.dataset.pocancel);
    openModal(`Cancel ${p.id}?`, `<p>Cancel the order for ${p.qty} ${esc(mat(p.material).unit)} of ${esc(mat(p.material).name)} with ${esc(p.supplier)}?</p>`, [
      { label: 'Keep PO' }, { label: 'Cancel PO', cls: 'danger', onClick: () => { p.status = 'Cancelled'; closeModal(); render(); toast(`${p.id} cancelled.`); } }]);
  }));
}

$$('.tn').forEach(t => t.addEventListener('click', () => { ui.view = t.dataset.view; closeModal(); render(); }));
render();
})();
