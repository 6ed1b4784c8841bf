(function () {
'use strict';
const TODAY = '2025-03-12';
function C(id, first, last, phone, skills, payRate, availability, extra) {
  return Object.assign({ id, first, last, email: (first + '.' + last).toLowerCase().replace(/[^a-z.]/g, '') + '@example.com', phone, skills, payRate, availability, rightToWork: true, dbsExpiry: null, postcode: 'LS', notes: '' }, extra || {});
}
const PL = (id, candidate, client, role, start, end, pay, charge, hoursPerWeek, status) => ({ id, candidate, client, role, start, end, pay, charge, hoursPerWeek, status });
const TS = (id, placement, weekEnding, hours, status, queryNote, approvedOn) => ({ id, placement, weekEnding, hours, status, queryNote: queryNote || null, approvedOn: approvedOn || null });
window.state = {
  clients: [
    { id: 'CL-101', name: 'Harbour Logistics', sector: 'Warehousing', contact: 'Mike Dunn', phone: '0113 496 0101', site: 'Stourton, Leeds LS10' },
    { id: 'CL-102', name: 'Fenwick Dental Group', sector: 'Healthcare', contact: 'Sarah Fenwick', phone: '0113 496 0102', site: 'Headingley, Leeds LS6' },
    { id: 'CL-103', name: 'Maple Court Care Home', sector: 'Social care', contact: 'Gloria Mensah', phone: '0113 496 0103', site: 'Roundhay, Leeds LS8' },
    { id: 'CL-104', name: 'Northside Council – Revenues', sector: 'Public sector', contact: 'Alan Pierce', phone: '0113 496 0104', site: 'Civic Hall, Leeds LS1' },
    { id: 'CL-105', name: 'Pinewood Hotel', sector: 'Hospitality', contact: 'Rebecca Hart', phone: '0113 496 0105', site: 'City Square, Leeds LS1' },
    { id: 'CL-106', name: 'Carter & Lowe Solicitors', sector: 'Legal', contact: 'James Lowe', phone: '0113 496 0106', site: 'Park Square, Leeds LS1' },
    { id: 'CL-107', name: 'Greenfield Foods', sector: 'Food production', contact: 'Paul Greenfield', phone: '0113 496 0107', site: 'Cross Green, Leeds LS9' },
    { id: 'CL-108', name: 'Apex Print Ltd', sector: 'Manufacturing', contact: 'Nadia Khan', phone: '0113 496 0108', site: 'Kirkstall, Leeds LS5' }
  ],
  candidates: [
    C('CN-2201', 'Marek', 'Nowak', '07700 900401', ['Forklift (reach)', 'Pick & pack', 'Warehouse operative'], 12.6, 'On assignment', { postcode: 'LS11 6AB' }),
    C('CN-2202', 'Grace', 'Adeyemi', '07700 900402', ['Reception', 'Customer service', 'Data entry'], 12.5, 'Available', { postcode: 'LS7 3PD' }),
    C('CN-2203', 'Liam', "O'Connor", '07700 900403', ['Warehouse operative', 'Pick & pack'], 11.8, 'On assignment', { postcode: 'LS10 1QR' }),
    C('CN-2204', 'Fatima', 'Said', '07700 900404', ['Care assistant', 'First aid'], 12.9, 'On assignment', { postcode: 'LS8 2HX', dbsExpiry: '2026-01-31' }),
    C('CN-2205', 'Chris', 'Walsh', '07700 900405', ['Forklift (counterbalance)', 'Warehouse operative'], 13, 'On assignment', { postcode: 'LS9 0JN' }),
    C('CN-2206', 'Hannah', 'Brooks', '07700 900406', ['Dental nursing', 'Reception'], 14.2, 'On assignment', { postcode: 'LS6 4EE', dbsExpiry: '2025-09-30' }),
    C('CN-2207', 'Tomasz', 'Zielinski', '07700 900407', ['Machine operator', 'Forklift (counterbalance)'], 13.1, 'Available', { postcode: 'LS12 5TT' }),
    C('CN-2208', 'Aimee', 'Carter', '07700 900408', ['Legal secretary', 'Data entry'], 14.5, 'On assignment', { postcode: 'LS2 7HN' }),
    C('CN-2209', 'Joseph', 'Mensah', '07700 900409', ['Kitchen porter', 'Food hygiene L2'], 11.6, 'On assignment', { postcode: 'LS4 2BQ' }),
    C('CN-2210', 'Sofia', 'Rossi', '07700 900410', ['Housekeeping', 'Customer service'], 11.9, 'Available', { postcode: 'LS3 1AA' }),
    C('CN-2211', 'Daniel', 'Kerr', '07700 900411', ['Payroll', 'Data entry'], 15, 'Unavailable', { postcode: 'LS17 6DF', notes: 'Starts Northside payroll role 24 Mar.' }),
    C('CN-2212', 'Maria', 'Nowak', '07700 900412', ['Food hygiene L2', 'Pick & pack'], 11.7, 'On assignment', { postcode: 'LS11 6AB' }),
    C('CN-2213', 'Ryan', 'Patel', '07700 900413', ['Warehouse operative'], 11.6, 'On assignment', { postcode: 'LS10 4LP' }),
    C('CN-2214', 'Olu', 'Bankole', '07700 900414', ['Care assistant'], 12.4, 'On assignment', { postcode: 'LS14 1EW', dbsExpiry: '2025-11-15' }),
    C('CN-2215', 'Ewa', 'Kowalska', '07700 900415', ['Machine operator', 'First aid'], 12.8, 'On assignment', { postcode: 'LS13 3JJ' }),
    C('CN-2216', 'Grace', 'Adams', '07700 900416', ['Reception', 'Data entry'], 12.2, 'Available', { postcode: 'LS16 5NB' })
  ],
  placements: [
    PL('PL-6601', 'CN-2201', 'CL-101', 'Reach truck driver', '2025-01-06', '2025-04-25', 12.6, 17.9, 40, 'Active'),
    PL('PL-6602', 'CN-2203', 'CL-101', 'Warehouse operative', '2025-02-03', '2025-05-02', 11.8, 16.5, 37.5, 'Active'),
    PL('PL-6603', 'CN-2205', 'CL-101', 'Forklift driver (counterbalance)', '2025-02-17', '2025-04-11', 13, 18.4, 40, 'Active'),
    PL('PL-6604', 'CN-2213', 'CL-101', 'Warehouse operative', '2025-03-03', '2025-03-28', 11.6, 16.3, 37.5, 'Active'),
    PL('PL-6605', 'CN-2204', 'CL-103', 'Care assistant (nights)', '2025-01-13', '2025-06-27', 12.9, 18.7, 36, 'Active'),
    PL('PL-6606', 'CN-2214', 'CL-103', 'Care assistant', '2025-02-10', '2025-05-09', 12.4, 18, 30, 'Active'),
    PL('PL-6607', 'CN-2206', 'CL-102', 'Dental nurse', '2025-02-24', '2025-03-21', 14.2, 20.5, 37.5, 'Active'),
    PL('PL-6608', 'CN-2208', 'CL-106', 'Legal secretary', '2025-01-20', '2025-04-18', 14.5, 21.75, 35, 'Active'),
    PL('PL-6609', 'CN-2209', 'CL-105', 'Kitchen porter', '2025-02-01', '2025-03-30', 11.6, 16.2, 40, 'Active'),
    PL('PL-6610', 'CN-2212', 'CL-107', 'Production operative', '2025-01-27', '2025-04-25', 11.7, 16.4, 39, 'Active'),
    PL('PL-6611', 'CN-2215', 'CL-108', 'Print finishing operative', '2025-02-10', '2025-04-04', 12.8, 18.1, 40, 'Active'),
    PL('PL-6612', 'CN-2202', 'CL-104', 'Revenues admin assistant', '2024-11-04', '2025-02-28', 12.5, 17.5, 37, 'Ended'),
    PL('PL-6613', 'CN-2210', 'CL-105', 'Housekeeper', '2024-12-02', '2025-01-31', 11.9, 16.6, 30, 'Ended'),
    PL('PL-6614', 'CN-2211', 'CL-104', 'Payroll clerk', '2025-03-24', '2025-05-30', 15, 22, 37, 'Pending')
  ],
  timesheets: [
    TS('TS-9101', 'PL-6601', '2025-02-28', 40, 'Approved', null, '2025-03-03'),
    TS('TS-9102', 'PL-6602', '2025-02-28', 37.5, 'Approved', null, '2025-03-03'),
    TS('TS-9103', 'PL-6603', '2025-02-28', 42, 'Submitted'),
    TS('TS-9104', 'PL-6605', '2025-02-28', 36, 'Approved', null, '2025-03-04'),
    TS('TS-9105', 'PL-6601', '2025-03-07', 40, 'Submitted'),
    TS('TS-9106', 'PL-6602', '2025-03-07', 37.5, 'Submitted'),
    TS('TS-9107', 'PL-6603', '2025-03-07', 44, 'Queried', 'Overtime not on the PO – please confirm with Mike Dunn.'),
    TS('TS-9108', 'PL-6607', '2025-03-07', 52, 'Submitted'),
    TS('TS-9109', 'PL-6604', '2025-03-07', 38, 'Submitted'),
    TS('TS-9110', 'PL-6605', '2025-03-07', 36, 'Submitted'),
    TS('TS-9111', 'PL-6606', '2025-03-07', 30, 'Submitted'),
    TS('TS-9112', 'PL-6608', '2025-03-07', 35, 'Approved', null, '2025-03-10'),
    TS('TS-9113', 'PL-6609', '2025-03-07', 41, 'Submitted'),
    TS('TS-9114', 'PL-6610', '2025-03-07', 39, 'Submitted'),
    TS('TS-9115', 'PL-6611', '2025-03-07', 40, 'Submitted'),
    TS('TS-9116', 'PL-6606', '2025-02-28', 30, 'Approved', null, '2025-03-04')
  ]
};
const S = window.state;
const SKILLS = ['Care assistant', 'Customer service', 'Data entry', 'Dental nursing', 'First aid', 'Food hygiene L2', 'Forklift (counterbalance)', 'Forklift (reach)', 'Housekeeping', 'Kitchen porter', 'Legal secretary', 'Machine operator', 'Payroll', 'Pick & pack', 'Reception', 'Warehouse operative'];

/* ---------- helpers ---------- */
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
const esc = v => String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmt = d => d ? `${+d.slice(8)} ${MON[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}` : '—';
const money = n => '£' + Number(n).toFixed(2);
const cand = id => S.candidates.find(c => c.id === id);
const client = id => S.clients.find(c => c.id === id);
const plc = id => S.placements.find(p => p.id === id);
const nm = c => c.first + ' ' + c.last;
const pill = s => `<span class="pill p-${esc(String(s).replace(/\s/g, ''))}">${esc(s)}</span>`;
const opts = (list, sel, blank) => (blank != null ? `<option value="">${blank}</option>` : '') + list.map(o => { const [v, l] = Array.isArray(o) ? o : [o, o]; return `<option value="${esc(v)}" ${v === sel ? 'selected' : ''}>${esc(l)}</option>`; }).join('');

function toast(msg, kind) { const t = document.createElement('div'); t.className = 'toast ' + (kind || ''); t.setAttribute('role', 'status'); t.textContent = msg; $('#toasts').appendChild(t); setTimeout(() => t.remove(), 4000); }
function closeModal() { const o = $('#overlay'); if (o) o.remove(); }
function openModal(title, body, buttons, wide) {
  closeModal(); closeMenu();
  const ov = document.createElement('div'); ov.className = 'overlay'; ov.id = 'overlay';
  ov.innerHTML = `<div class="modal ${wide ? 'wide' : ''}" role="dialog" aria-modal="true" aria-labelledby="mt"><div class="modal-head"><h2 id="mt">${esc(title)}</h2><button type="button" class="icon-btn" data-close aria-label="Close">×</button></div><div class="modal-body">${body}</div><div class="modal-foot"></div></div>`;
  buttons.forEach(b => { const x = document.createElement('button'); x.type = 'button'; x.className = 'btn ' + (b.cls || ''); x.textContent = b.label; x.addEventListener('click', () => b.onClick ? b.onClick(ov) : closeModal()); $('.modal-foot', ov).appendChild(x); });
  ov.addEventListener('click', e => { if (e.target.closest('[data-close]')) closeModal(); });
  document.body.appendChild(ov); return ov;
}
function formError(ov, msg) { let e = $('.form-error', ov); if (!e) { e = document.createElement('div'); e.className = 'form-error'; e.setAttribute('role', 'alert'); $('.modal-body', ov).prepend(e); } e.textContent = msg; }
let menuFor = null;
function closeMenu() { const m = $('#menu'); if (m) m.remove(); menuFor = null; }
function openMenu(anchor, items) {
  if (menuFor === anchor) { closeMenu(); return; }
  closeMenu();
  const m = document.createElement('div'); m.className = 'menu'; m.id = 'menu'; m.setAttribute('role', 'menu');
  items.forEach(it => { const b = document.createElement('button'); b.type = 'button'; b.setAttribute('role', 'menuitem'); b.textContent = it.label; b.disabled = !!it.disabled; b.addEventListener('click', () => { closeMenu(); it.fn(); }); m.appendChild(b); });
  document.body.appendChild(m);
  const r = anchor.getBoundingClientRect();
  m.style.left = (r.right + window.scrollX - m.offsetWidth) + 'px'; m.style.top = (r.bottom + window.scrollY + 4) + 'px';
  menuFor = anchor;
}
document.addEventListener('click', e => { if (!e.target.closest('#menu') && !e.target.closest('[data-rowmenu]')) closeMenu(); });
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

const ui = { view: 'candidates', cid: null, tab: 'Overview', cq: '', cAvail: '', tClient: '', tWeek: '', tStatus: '', sel: new Set() };
function go(view, cid) { ui.view = view; ui.cid = cid || null; ui.tab = 'Overview'; ui.sel.clear(); closeMenu(); render(); window.scrollTo(0, 0); }
function render() {
  $$('.rl').forEach(b => b.classList.toggle('active', b.dataset.view === (ui.view === 'candidate' ? 'candidates' : ui.view)));
  if (ui.view === 'candidates') renderCandidates();
  else if (ui.view === 'candidate') renderCandidate();
  else if (ui.view === 'timesheets') renderTimesheets();
  else renderClients();
}

/* ---------- candidates ---------- */
function renderCandidates() {
  const q = ui.cq.trim().toLowerCase();
  const list = S.candidates.filter(c => (!q || [nm(c), c.id, c.skills.join(' '), c.postcode].join(' ').toLowerCase().includes(q)) && (!ui.cAvail || c.availability === ui.cAvail))
    .slice().sort((a, b) => (a.last + a.first).localeCompare(b.last + b.first));
  $('#main').innerHTML = `<h1>Candidates</h1><div class="toolbar">
      <input type="search" id="cq" placeholder="Search name, skill or postcode" aria-label="Search candidates" value="${esc(ui.cq)}" style="width:280px">
      <label for="cav">Availability</label><select id="cav">${opts(['Available', 'On assignment', 'Unavailable'], ui.cAvail, 'Any')}</select>
      <span class="spacer"></span><span class="muted">${S.candidates.filter(c => c.availability === 'Available').length} available now</span></div>
    <div class="panel"><table aria-label="Candidates"><thead><tr><th>Name</th><th>ID</th><th>Key skills</th><th>Postcode</th><th class="num">Pay rate</th><th>Availability</th><th>Current placement</th></tr></thead><tbody>
    ${list.map(c => { const cur = S.placements.find(p => p.candidate === c.id && p.status === 'Active'); return `<tr><td><button type="button" class="namebtn" data-cand="${c.id}">${esc(nm(c))}</button></td><td>${c.id}</td>
      <td>${esc(c.skills.slice(0, 2).join(', '))}${c.skills.length > 2 ? ` <span class="muted">+${c.skills.length - 2}</span>` : ''}</td><td>${esc(c.postcode)}</td><td class="num">${money(c.payRate)}</td><td>${pill(c.availability)}</td>
      <td>${cur ? esc(client(cur.client).name) : '<span class="muted">—</span>'}</td></tr>`; }).join('') || '<tr><td colspan="7" class="muted">No candidates match.</td></tr>'}</tbody></table></div>`;
  $('#cq').addEventListener('input', e => { ui.cq = e.target.value; renderCandidates(); const i = $('#cq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#cav').addEventListener('change', e => { ui.cAvail = e.target.value; renderCandidates(); });
  $$('[data-cand]').forEach(b => b.addEventListener('click', () => go('candidate', b.dataset.cand)));
}

function renderCandidate() {
  const c = cand(ui.cid), tabs = ['Overview', 'Skills', 'Placements', 'Documents'];
  let body = '';
  if (ui.tab === 'Overview') {
    body = `<div style="display:flex;justify-content:space-between;align-items:flex-start"><dl class="kv">
      <dt>Email</dt><dd>${esc(c.email)}</dd><dt>Phone</dt><dd>${esc(c.phone)}</dd><dt>Postcode</dt><dd>${esc(c.postcode)}</dd>
      <dt>Standard pay rate</dt><dd>${money(c.payRate)} / hour</dd><dt>Availability</dt><dd>${pill(c.availability)}</dd>
      <dt>Right to work checked</dt><dd>${c.rightToWork ? 'Yes' : 'No'}</dd><dt>DBS expiry</dt><dd>${fmt(c.dbsExpiry)}</dd><dt>Notes</dt><dd>${esc(c.notes) || '—'}</dd></dl>
      <button type="button" class="btn" id="edit-cand">Edit details</button></div>`;
  } else if (ui.tab === 'Skills') {
    body = `<div class="chips" aria-label="Skills">${c.skills.map((s, i) => `<span class="chip">${esc(s)} <button type="button" data-rmskill="${i}" aria-label="Remove ${esc(s)}">×</button></span>`).join('') || '<span class="muted">No skills recorded.</span>'}</div>
      <div class="addskill"><div class="field" style="margin:0"><label for="new-skill">Add a skill</label><select id="new-skill">${opts(SKILLS.filter(s => !c.skills.includes(s)), '', '— Choose skill —')}</select></div>
      <button type="button" class="btn primary" id="add-skill">Add skill</button></div>`;
  } else if (ui.tab === 'Placements') {
    const ps = S.placements.filter(p => p.candidate === c.id);
    body = `<div class="toolbar"><span class="muted">${ps.length} placement${ps.length === 1 ? '' : 's'}</span><span class="spacer"></span><button type="button" class="btn primary" id="new-plc">+ New placement</button></div>
      ${ps.length ? `<table aria-label="Placements"><thead><tr><th>Ref</th><th>Client</th><th>Role</th><th>Start</th><th>End</th><th class="num">Hrs/wk</th><th class="num">Pay</th><th class="num">Charge</th><th>Status</th></tr></thead><tbody>
      ${ps.map(p => `<tr><td>${p.id}</td><td>${esc(client(p.client).name)}</td><td>${esc(p.role)}</td><td>${fmt(p.start)}</td><td>${fmt(p.end)}</td><td class="num">${p.hoursPerWeek}</td><td class="num">${money(p.pay)}</td><td class="num">${money(p.charge)}</td><td>${pill(p.status)}</td></tr>`).join('')}</tbody></table>` : '<p class="muted">No placements yet.</p>'}`;
  } else {
    body = `<ul class="docs"><li>Right to work – passport/share code ${c.rightToWork ? '✔ verified' : '✖ outstanding'}</li><li>CV – uploaded</li><li>Signed terms of engagement – uploaded</li>${c.dbsExpiry ? `<li>Enhanced DBS – expires ${fmt(c.dbsExpiry)}</li>` : ''}</ul>`;
  }
  $('#main').innerHTML = `<button type="button" class="back" id="back">← All candidates</button>
    <div class="panel"><div class="profile-head"><div class="avatar">${c.first[0]}${c.last[0]}</div><div><h1>${esc(nm(c))}</h1><div class="sub">${c.id} · ${esc(c.postcode)} · ${money(c.payRate)}/h</div></div>
      <div class="right">${pill(c.availability)}</div></div>
      <div class="tabs" role="tablist">${tabs.map(t => `<button type="button" role="tab" class="tab ${t === ui.tab ? 'active' : ''}" aria-selected="${t === ui.tab}" data-tab="${t}">${t}</button>`).join('')}</div>
      <div class="tabbody">${body}</div></div>`;
  $('#back').addEventListener('click', () => go('candidates'));
  $$('[data-tab]').forEach(b => b.addEventListener('click', () => { ui.tab = b.dataset.tab; renderCandidate(); }));
  const ed = $('#edit-cand'); if (ed) ed.addEventListener('click', () => editCandidate(c));
  $$('[data-rmskill]').forEach(b => b.addEventListener('click', () => { const s = c.skills.splice(+b.dataset.rmskill, 1)[0]; renderCandidate(); toast(`Removed ${s}.`); }));
  const as = $('#add-skill'); if (as) as.addEventListener('click', () => { const s = $('#new-skill').value; if (!s) { toast('Choose a skill to add.', 'err'); return; } c.skills.push(s); renderCandidate(); toast(`${s} added to ${nm(c)}.`); });
  const np = $('#new-plc'); if (np) np.addEventListener('click', () => newPlacement(c));
}

function editCandidate(c) {
  openModal(`Edit ${nm(c)}`, `<div class="grid2">
    <div class="field"><label for="e-email">Email</label><input id="e-email" type="email" value="${esc(c.email)}"></div>
    <div class="field"><label for="e-phone">Phone</label><input id="e-phone" value="${esc(c.phone)}"></div>
    <div class="field"><label for="e-postcode">Postcode</label><input id="e-postcode" value="${esc(c.postcode)}"></div>
    <div class="field"><label for="e-pay">Standard pay rate (£/h)</label><input id="e-pay" type="number" min="11.44" step="0.01" value="${c.payRate.toFixed(2)}"></div>
    <div class="field"><label for="e-avail">Availability</label><select id="e-avail">${opts(['Available', 'On assignment', 'Unavailable'], c.availability)}</select></div>
    <div class="field"><label for="e-dbs">DBS expiry</label><input id="e-dbs" type="date" value="${c.dbsExpiry || ''}"></div></div>
    <label class="check"><input type="checkbox" id="e-rtw" ${c.rightToWork ? 'checked' : ''}> Right to work checked</label>
    <div class="field" style="margin-top:10px"><label for="e-notes">Notes</label><textarea id="e-notes">${esc(c.notes)}</textarea></div>`, [
    { label: 'Cancel' },
    { label: 'Save', cls: 'primary', onClick: ov => {
      const pay = Math.round(parseFloat($('#e-pay', ov).value) * 100) / 100;
      if (!(pay >= 11.44)) return formError(ov, 'Pay rate cannot be below the National Living Wage (£11.44).');
      Object.assign(c, { email: $('#e-email', ov).value.trim(), phone: $('#e-phone', ov).value.trim(), postcode: $('#e-postcode', ov).value.trim(), payRate: pay,
        availability: $('#e-avail', ov).value, dbsExpiry: $('#e-dbs', ov).value || null, rightToWork: $('#e-rtw', ov).checked, notes: $('#e-notes', ov).value });
      closeModal(); render(); toast(`${nm(c)} updated.`);
    } }], true);
}

function newPlacement(c) {
  openModal(`New placement – ${nm(c)}`, `
    <div class="field"><label for="p-client">Client</label><select id="p-client">${opts(S.clients.map(k => [k.id, k.name]), '', '— Select client —')}</select></div>
    <div class="field"><label for="p-role">Job title</label><input id="p-role"></div>
    <div class="grid3"><div class="field"><label for="p-start">Start date</label><input id="p-start" type="date"></div>
      <div class="field"><label for="p-end">End date</label><input id="p-end" type="date"></div>
      <div class="field"><label for="p-hours">Hours per week</label><input id="p-hours" type="number" step="0.5" value="37.5"></div></div>
    <div class="grid2"><div class="field"><label for="p-pay">Pay rate (£/h)</label><input id="p-pay" type="number" step="0.01" value="${c.payRate.toFixed(2)}"></div>
      <div class="field"><label for="p-charge">Charge rate (£/h)</label><input id="p-charge" type="number" step="0.01"></div></div>`, [
    { label: 'Cancel' },
    { label: 'Create placement', cls: 'primary', onClick: ov => {
      const v = id => $('#' + id, ov).value;
      const pay = Math.round(parseFloat(v('p-pay')) * 100) / 100, charge = Math.round(parseFloat(v('p-charge')) * 100) / 100, hrs = parseFloat(v('p-hours'));
      if (!v('p-client')) return formError(ov, 'Select the client.');
      if (!v('p-role').trim()) return formError(ov, 'Enter the job title.');
      if (!v('p-start') || !v('p-end')) return formError(ov, 'Enter start and end dates.');
      if (v('p-end') < v('p-start')) return formError(ov, 'End date is before the start date.');
      if (!(hrs > 0)) return formError(ov, 'Enter the hours per week.');
      if (!(pay >= 11.44)) return formError(ov, 'Pay rate cannot be below £11.44.');
      if (!(charge > pay)) return formError(ov, 'Charge rate must be higher than the pay rate.');
      const id = 'PL-' + (Math.max(...S.placements.map(p => +p.id.slice(3))) + 1);
      S.placements.push(PL(id, c.id, v('p-client'), v('p-role').trim(), v('p-start'), v('p-end'), pay, charge, hrs, v('p-start') > TODAY ? 'Pending' : 'Active'));
      closeModal(); render(); toast(`${id} created – ${nm(c)} at ${client(v('p-client')).name}.`);
    } }], true);
}

/* ---------- timesheets ---------- */
function renderTimesheets() {
  const weeks = [...new Set(S.timesheets.map(t => t.weekEnding))].sort().reverse();
  const list = S.timesheets.filter(t => { const p = plc(t.placement); return (!ui.tClient || p.client === ui.tClient) && (!ui.tWeek || t.weekEnding === ui.tWeek) && (!ui.tStatus || t.status === ui.tStatus); })
    .slice().sort((a, b) => b.weekEnding.localeCompare(a.weekEnding) || a.id.localeCompare(b.id));
  for (const id of [...ui.sel]) if (!list.find(t => t.id === id)) ui.sel.delete(id);
  const selectable = list.filter(t => t.status !== 'Approved');
  const allSel = selectable.length > 0 && selectable.every(t => ui.sel.has(t.id));
  $('#main').innerHTML = `<h1>Timesheets</h1><div class="toolbar">
      <label for="tcl">Client</label><select id="tcl">${opts(S.clients.map(k => [k.id, k.name]), ui.tClient, 'All clients')}</select>
      <label for="twk">Week ending</label><select id="twk">${opts(weeks.map(w => [w, fmt(w)]), ui.tWeek, 'All weeks')}</select>
      <label for="tst">Status</label><select id="tst">${opts(['Submitted', 'Queried', 'Approved'], ui.tStatus, 'Any status')}</select>
      <span class="spacer"></span><span class="muted">${S.timesheets.filter(t => t.status === 'Submitted').length} awaiting approval</span></div>
    ${ui.sel.size ? `<div class="bulkbar"><b>${ui.sel.size} selected</b><button type="button" class="btn sm primary" id="bulk-approve">Approve selected</button><button type="button" class="btn sm" id="bulk-clear">Clear</button></div>` : ''}
    <div class="panel"><table aria-label="Timesheets"><thead><tr><th><input type="checkbox" id="selall" aria-label="Select all" ${allSel ? 'checked' : ''} ${selectable.length ? '' : 'disabled'}></th>
      <th>Timesheet</th><th>Week ending</th><th>Candidate</th><th>Client</th><th>Role</th><th class="num">Hours</th><th class="num">Contract</th><th class="num">Charge</th><th>Status</th><th></th></tr></thead><tbody>
    ${list.map(t => { const p = plc(t.placement), c = cand(p.candidate); return `<tr class="${ui.sel.has(t.id) ? 'selrow' : ''}">
      <td><input type="checkbox" data-sel="${t.id}" aria-label="Select ${t.id}" ${ui.sel.has(t.id) ? 'checked' : ''} ${t.status === 'Approved' ? 'disabled' : ''}></td>
      <td><b>${t.id}</b></td><td>${fmt(t.weekEnding)}</td><td class="wrap">${esc(nm(c))}</td><td class="wrap">${esc(client(p.client).name)}</td><td class="wrap">${esc(p.role)}</td>
      <td class="num">${t.hours}${t.hours > p.hoursPerWeek ? ' <span style="color:#c23b4b">▲</span>' : ''}</td><td class="num">${p.hoursPerWeek}</td><td class="num">${money(t.hours * p.charge)}</td>
      <td class="wrap">${pill(t.status)}${t.queryNote && t.status === 'Queried' ? `<div class="muted" style="white-space:normal;max-width:220px">${esc(t.queryNote)}</div>` : ''}</td>
      <td><button type="button" class="btn sm" data-rowmenu="${t.id}" aria-label="Actions for ${t.id}">Actions ▾</button></td></tr>`; }).join('') || '<tr><td colspan="11" class="muted">No timesheets match.</td></tr>'}</tbody></table></div>`;
  $('#tcl').addEventListener('change', e => { ui.tClient = e.target.value; renderTimesheets(); });
  $('#twk').addEventListener('change', e => { ui.tWeek = e.target.value; renderTimesheets(); });
  $('#tst').addEventListener('change', e => { ui.tStatus = e.target.value; renderTimesheets(); });
  $('#selall').addEventListener('change', e => { selectable.forEach(t => e.target.checked ? ui.sel.add(t.id) : ui.sel.delete(t.id)); renderTimesheets(); });
  $$('[data-sel]').forEach(cb => cb.addEventListener('change', () => { cb.checked ? ui.sel.add(cb.dataset.sel) : ui.sel.delete(cb.dataset.sel); renderTimesheets(); }));
  const ba = $('#bulk-approve');
  if (ba) {
    ba.addEventListener('click', () => {
      const ts = S.timesheets.filter(t => ui.sel.has(t.id));
      const hrs = ts.reduce((a, t) => a + t.hours, 0);
      openModal(`Approve ${ts.length} timesheet${ts.length > 1 ? 's' : ''}?`, `<p>The following will be approved for payroll and invoicing (${hrs} hours in total):</p><ul>${ts.map(t => { const p = plc(t.placement); return `<li>${t.id} – ${esc(nm(cand(p.candidate)))}, ${esc(client(p.client).name)}, w/e ${fmt(t.weekEnding)} (${t.hours}h)${t.status === 'Queried' ? ' <b>– currently queried</b>' : ''}</li>`; }).join('')}</ul>`, [
        { label: 'Cancel' },
        { label: 'Approve', cls: 'primary', onClick: () => { ts.forEach(t => { t.status = 'Approved'; t.approvedOn = TODAY; }); ui.sel.clear(); closeModal(); render(); toast(`${ts.length} timesheet(s) approved.`); } }]);
    });
    $('#bulk-clear').addEventListener('click', () => { ui.sel.clear(); renderTimesheets(); });
  }
  $$('[data-rowmenu]').forEach(b => b.addEventListener('click', () => {
    const t = S.timesheets.find(x => x.id === b.dataset.rowmenu), p = plc(t.placement);
    openMenu(b, [
      { label: 'View candidate', fn: () => go('candidate', p.candidate) },
      { label: 'Approve', disabled: t.status === 'Approved', fn: () => { t.status = 'Approved'; t.approvedOn = TODAY; ui.sel.delete(t.id); render(); toast(`${t.id} approved.`); } },
      { label: 'Query with client…', disabled: t.status === 'Approved', fn: () => queryTs(t) },
      { label: 'Correct hours…', disabled: t.status === 'Approved', fn: () => editHours(t) }
    ]);
  }));
}
function queryTs(t) {
  const p = plc(t.placement);
  openModal(`Query ${t.id}`, `<p>${esc(nm(cand(p.candidate)))} · ${esc(client(p.client).name)} · w/e ${fmt(t.weekEnding)} · <b>${t.hours} hours</b> (contract ${p.hoursPerWeek})</p>
    <div class="field"><label for="q-note">Query note (sent to the client contact and the candidate)</label><textarea id="q-note">${esc(t.queryNote || '')}</textarea></div>`, [
    { label: 'Cancel' },
    { label: 'Send query', cls: 'primary', onClick: ov => {
      const n = $('#q-note', ov).value.trim(); if (!n) return formError(ov, 'Please write a note explaining the query.');
      t.status = 'Queried'; t.queryNote = n; ui.sel.delete(t.id); closeModal(); render(); toast(`${t.id} queried.`);
    } }]);
}
function editHours(t) {
  openModal(`Correct hours – ${t.id}`, `<div class="field"><label for="h-hours">Hours worked</label><input id="h-hours" type="number" step="0.25" min="0" value="${t.hours}"></div>`, [
    { label: 'Cancel' },
    { label: 'Save hours', cls: 'primary', onClick: ov => { const h = parseFloat($('#h-hours', ov).value); if (!(h >= 0) || h > 80) return formError(ov, 'Enter hours between 0 and 80.'); t.hours = h; closeModal(); render(); toast(`${t.id} hours set to ${h}.`); } }]);
}

/* ---------- clients ---------- */
function renderClients() {
  $('#main').innerHTML = `<h1>Clients</h1><div class="panel"><table aria-label="Clients"><thead><tr><th>ID</th><th>Client</th><th>Sector</th><th>Contact</th><th>Phone</th><th>Site</th><th class="num">Active temps</th><th class="num">Timesheets to approve</th></tr></thead><tbody>
    ${S.clients.map(k => `<tr><td>${k.id}</td><td><b>${esc(k.name)}</b></td><td>${esc(k.sector)}</td><td>${esc(k.contact)}</td><td>${esc(k.phone)}</td><td>${esc(k.site)}</td>
      <td class="num">${S.placements.filter(p => p.client === k.id && p.status === 'Active').length}</td>
      <td class="num">${S.timesheets.filter(t => t.status === 'Submitted' && plc(t.placement).client === k.id).length}</td></tr>`).join('')}</tbody></table></div>`;
}

$$('.rl').forEach(b => b.addEventListener('click', () => go(b.dataset.view)));
render();
})();
