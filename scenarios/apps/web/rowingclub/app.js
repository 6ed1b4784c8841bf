(function () {
'use strict';
const TODAY = '2025-03-12';
function M(id, first, last, category, membership, subsPaid, coxQualified, joined) {
  return { id, first, last, category, membership, email: (first + '.' + last).toLowerCase() + '@example.org', subsPaid, coxQualified, joined };
}
function B(id, name, type, maker, year) {
  const seats = { '1x': 1, '2x': 2, '2-': 2, '4x': 4, '4+': 4, '8+': 8 }[type];
  return { id, name, type, seats, coxed: type.endsWith('+'), maker, year, status: 'Available', note: '', backBy: null };
}
function O(id, boat, date, time, crew, cox, status, cancelReason) {
  return { id, boat, date, time, crew, cox: cox || null, status, cancelReason: cancelReason || null };
}
window.state = {
  members: [
    M('RC-1001', 'Sam', 'Price', 'Senior', 'Full', true, false, '2019-04-02'),
    M('RC-1002', 'Olivia', 'Grant', 'Senior', 'Full', true, false, '2020-09-14'),
    M('RC-1003', 'Ellie', 'Chambers', 'Senior', 'Full', false, false, '2018-05-20'),
    M('RC-1004', 'Ben', 'Ashworth', 'Masters', 'Full', true, false, '2011-03-01'),
    M('RC-1005', 'Kate', 'Morrison', 'Masters', 'Full', true, true, '2009-10-11'),
    M('RC-1006', 'Hugo', 'Lambert', 'Junior', 'Junior', true, false, '2023-09-03'),
    M('RC-1007', 'Isla', 'Fraser', 'Junior', 'Junior', false, false, '2024-01-15'),
    M('RC-1008', 'Ravi', 'Mehta', 'Senior', 'Student', true, false, '2022-10-01'),
    M('RC-1009', 'Nora', 'Kelly', 'Novice', 'Full', false, false, '2025-01-18'),
    M('RC-1010', 'Tom', 'Beckett', 'Masters', 'Full', true, false, '2014-06-07'),
    M('RC-1011', 'Zara', 'Ahmed', 'Senior', 'Student', true, true, '2021-10-05'),
    M('RC-1012', 'Callum', 'Doyle', 'Senior', 'Full', true, false, '2017-04-23'),
    M('RC-1013', 'Ellen', 'Chalmers', 'Masters', 'Full', false, false, '2012-09-09'),
    M('RC-1014', 'Marcus', 'Webb', 'Novice', 'Full', true, false, '2024-11-02'),
    M('RC-1015', 'Jess', 'Holloway', 'Senior', 'Full', true, false, '2019-09-28'),
    M('RC-1016', 'Peter', 'Quinn', 'Masters', 'Social', true, true, '2006-05-14'),
    M('RC-1017', 'Amy', 'Russell', 'Junior', 'Junior', true, false, '2023-09-03'),
    M('RC-1018', 'Sam', 'Pryce', 'Novice', 'Student', true, false, '2025-02-01')
  ],
  boats: [
    B('BT-01', 'Kingfisher', '2x', 'Filippi', 2016), B('BT-02', 'Heron', '1x', 'Empacher', 2012), B('BT-03', 'Hammond', '8+', 'Janousek', 2010),
    B('BT-04', 'Dipper', '1x', 'Hudson', 2019), B('BT-05', 'Kestrel', '2x', 'Janousek', 2014),
    Object.assign(B('BT-06', 'Avocet', '4x', 'Filippi', 2018), { status: 'Out of service', note: 'Hull crack at stern – with repairer', backBy: '2025-03-21' }),
    B('BT-07', 'Ouse Spirit', '4+', 'Janousek', 2008), B('BT-08', 'Merlin', '2-', 'Stämpfli', 2011), B('BT-09', 'Curlew', '4x', 'Wintech', 2020),
    B('BT-10', 'Jubilee', '8+', 'Empacher', 2022), B('BT-11', 'Swift', '1x', 'Wintech', 2021), B('BT-12', 'Kittiwake', '2x', 'Hudson', 2017)
  ],
  outings: [
    O('OT-3201', 'BT-03', '2025-03-08', '08:00', ['RC-1001', 'RC-1002', 'RC-1003', 'RC-1008', 'RC-1012', 'RC-1015', 'RC-1004', 'RC-1010'], 'RC-1005', 'Completed'),
    O('OT-3202', 'BT-02', '2025-03-09', '07:00', ['RC-1004'], null, 'Completed'),
    O('OT-3203', 'BT-01', '2025-03-10', '06:30', ['RC-1008', 'RC-1012'], null, 'Completed'),
    O('OT-3204', 'BT-09', '2025-03-11', '18:00', ['RC-1006', 'RC-1007', 'RC-1017', 'RC-1009'], null, 'Completed'),
    O('OT-3205', 'BT-03', '2025-03-13', '18:30', ['RC-1003', 'RC-1008', 'RC-1012', 'RC-1015', 'RC-1004', 'RC-1010', 'RC-1013', 'RC-1014'], 'RC-1011', 'Booked'),
    O('OT-3206', 'BT-05', '2025-03-13', '06:30', ['RC-1015', 'RC-1003'], null, 'Booked'),
    O('OT-3207', 'BT-07', '2025-03-14', '18:00', ['RC-1004', 'RC-1010', 'RC-1013', 'RC-1014'], 'RC-1016', 'Booked'),
    O('OT-3208', 'BT-03', '2025-03-15', '08:00', ['RC-1003', 'RC-1008', 'RC-1012', 'RC-1015', 'RC-1004', 'RC-1010', 'RC-1013', 'RC-1016'], 'RC-1005', 'Booked'),
    O('OT-3209', 'BT-10', '2025-03-15', '09:30', ['RC-1006', 'RC-1007', 'RC-1017', 'RC-1009', 'RC-1014', 'RC-1018', 'RC-1001', 'RC-1002'], 'RC-1011', 'Booked'),
    O('OT-3210', 'BT-11', '2025-03-15', '07:00', ['RC-1018'], null, 'Booked'),
    O('OT-3211', 'BT-01', '2025-03-16', '07:30', ['RC-1002', 'RC-1015'], null, 'Booked'),
    O('OT-3212', 'BT-03', '2025-03-01', '08:00', ['RC-1001', 'RC-1002', 'RC-1003', 'RC-1008', 'RC-1012', 'RC-1015', 'RC-1004', 'RC-1010'], 'RC-1005', 'Cancelled', 'Weather / river conditions'),
    O('OT-3213', 'BT-08', '2025-03-17', '18:00', ['RC-1001', 'RC-1012'], null, 'Booked'),
    O('OT-3214', 'BT-12', '2025-03-19', '06:30', ['RC-1009', 'RC-1014'], null, 'Booked')
  ]
};
const S = window.state;

/* ---------- helpers ---------- */
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
const esc = v => String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const fmt = d => { if (!d) return '—'; const [y, m, dd] = d.split('-').map(Number); return `${DOW[new Date(Date.UTC(y, m - 1, dd)).getUTCDay()]} ${dd} ${MON[m - 1]}`; };
const fmtY = d => d ? `${+d.slice(8)} ${MON[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}` : '—';
const mem = id => S.members.find(m => m.id === id);
const boat = id => S.boats.find(b => b.id === id);
const nm = id => { const m = mem(id); return m ? m.first + ' ' + m.last : '?'; };
const opts = (list, sel, blank) => (blank ? `<option value="">${blank}</option>` : '') + list.map(o => { const [v, l] = Array.isArray(o) ? o : [o, o]; return `<option value="${esc(v)}" ${v === sel ? 'selected' : ''}>${esc(l)}</option>`; }).join('');
const TIMES = []; for (let h = 5; h <= 20; h++) for (const mm of ['00', '30']) TIMES.push(String(h).padStart(2, '0') + ':' + mm);
const CATS = ['Novice', 'Junior', 'Senior', 'Masters'];
const MEMBERSHIPS = ['Full', 'Student', 'Junior', 'Social'];
const REASONS = ['Weather / river conditions', 'Crew unavailable', 'Boat unavailable', 'Coach unavailable', 'Other'];

function toast(msg, kind) { const t = document.createElement('div'); t.className = 'toast ' + (kind || ''); t.setAttribute('role', 'status'); t.textContent = msg; $('#toasts').appendChild(t); setTimeout(() => t.remove(), 4000); }
function closeModal() { const o = $('#overlay'); if (o) o.remove(); }
function openModal(title, body, buttons, wide) {
  closeModal();
  const ov = document.createElement('div'); ov.className = 'overlay'; ov.id = 'overlay';
  ov.innerHTML = `<div class="modal ${wide ? 'wide' : ''}" role="dialog" aria-modal="true" aria-labelledby="mt"><div class="modal-head"><h2 id="mt">${esc(title)}</h2><button type="button" class="icon-btn" data-close aria-label="Close">×</button></div><div class="modal-body">${body}</div><div class="modal-foot"></div></div>`;
  buttons.forEach(b => { const x = document.createElement('button'); x.type = 'button'; x.className = 'btn ' + (b.cls || ''); x.textContent = b.label; x.addEventListener('click', () => b.onClick ? b.onClick(ov) : closeModal()); $('.modal-foot', ov).appendChild(x); });
  ov.addEventListener('click', e => { if (e.target.closest('[data-close]')) closeModal(); });
  document.body.appendChild(ov); return ov;
}
function formError(ov, msg) { let e = $('.form-error', ov); if (!e) { e = document.createElement('div'); e.className = 'form-error'; e.setAttribute('role', 'alert'); $('.modal-body', ov).prepend(e); } e.textContent = msg; }

const ui = { view: 'outings', oRange: 'upcoming', oBoat: '', mq: '', mCat: '', unpaid: false, editing: null };
const TITLES = { outings: 'Outings', boats: 'Boats', members: 'Members' };

function render() {
  $$('.nav').forEach(n => n.classList.toggle('active', n.dataset.view === ui.view));
  $('#page-title').textContent = TITLES[ui.view];
  if (ui.view === 'outings') renderOutings();
  else if (ui.view === 'boats') renderBoats();
  else renderMembers();
}

/* ---------- outings ---------- */
function renderOutings() {
  const list = S.outings.filter(o => {
    if (ui.oRange === 'upcoming' && (o.date < TODAY || o.status !== 'Booked')) return false;
    if (ui.oRange === 'past' && o.date >= TODAY) return false;
    if (ui.oBoat && o.boat !== ui.oBoat) return false;
    return true;
  }).slice().sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time) * (ui.oRange === 'past' ? -1 : 1));
  const cls = { Booked: 'b-blue', Completed: 'b-ok', Cancelled: 'b-grey' };
  $('#main').innerHTML = `<div class="toolbar">
      <label for="orange">Show</label><select id="orange">${opts([['upcoming', 'Upcoming (booked)'], ['past', 'Past'], ['all', 'All outings']], ui.oRange)}</select>
      <label for="oboat">Boat</label><select id="oboat">${opts(S.boats.map(b => [b.id, b.name + ' (' + b.type + ')']), ui.oBoat, 'All boats')}</select>
      <span class="spacer"></span><button type="button" class="btn primary" id="book">+ Book outing</button></div>
    <table aria-label="Outings"><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Boat</th><th>Crew</th><th>Cox</th><th>Status</th><th></th></tr></thead><tbody>
    ${list.map(o => { const b = boat(o.boat); return `<tr><td class="nw"><b>${o.id}</b></td><td class="nw">${fmt(o.date)}</td><td>${o.time}</td><td class="nw">${esc(b.name)} <span class="badge b-grey">${b.type}</span></td>
      <td class="crew-names">${o.crew.map(nm).map(esc).join(', ')}</td><td class="nw">${o.cox ? esc(nm(o.cox)) : '—'}</td>
      <td class="nw"><span class="badge ${cls[o.status]}" title="${esc(o.cancelReason || '')}">${o.status}</span></td>
      <td class="nw">${o.status === 'Booked' ? `<button type="button" class="btn sm" data-cancel="${o.id}">Cancel</button>` : ''}</td></tr>`; }).join('') || '<tr><td colspan="8" class="muted">No outings.</td></tr>'}</tbody></table>`;
  $('#orange').addEventListener('change', e => { ui.oRange = e.target.value; render(); });
  $('#oboat').addEventListener('change', e => { ui.oBoat = e.target.value; render(); });
  $('#book').addEventListener('click', bookOuting);
  $$('[data-cancel]').forEach(b => b.addEventListener('click', () => {
    const o = S.outings.find(x => x.id === b.dataset.cancel);
    openModal(`Cancel outing ${o.id}?`, `<p>${esc(boat(o.boat).name)} · ${fmt(o.date)} at ${o.time} · ${o.crew.length + (o.cox ? 1 : 0)} people will be notified.</p>
      <div class="field"><label for="c-reason">Reason for cancelling</label><select id="c-reason">${opts(REASONS, '', '— Choose a reason —')}</select></div>`, [
      { label: 'Keep outing' },
      { label: 'Cancel outing', cls: 'danger', onClick: ov => {
        const r = $('#c-reason', ov).value; if (!r) return formError(ov, 'Please choose a reason.');
        o.status = 'Cancelled'; o.cancelReason = r; closeModal(); render(); toast(`${o.id} cancelled – crew notified.`);
      } }]);
  }));
}

function bookOuting() {
  const avail = S.boats.filter(b => b.status === 'Available');
  const ov = openModal('Book an outing', `
    <div class="row3"><div class="field"><label for="b-boat">Boat</label><select id="b-boat">${opts(avail.map(b => [b.id, `${b.name} (${b.type})`]), '', '— Select boat —')}</select></div>
      <div class="field"><label for="b-date">Date</label><input id="b-date" type="date"></div>
      <div class="field"><label for="b-time">Boating time</label><select id="b-time">${opts(TIMES, '', '— Time —')}</select></div></div>
    <div class="field"><span class="lbl">Crew <span class="muted" id="crew-count">(select a boat)</span></span>
      <input type="search" id="crew-filter" placeholder="Filter members…" aria-label="Filter members" style="margin-bottom:5px">
      <div class="crewbox" role="group" aria-label="Crew">${S.members.map(m => `<label data-name="${esc((m.first + ' ' + m.last).toLowerCase())}"><input type="checkbox" name="crew" value="${m.id}"> ${esc(m.first + ' ' + m.last)} <span class="muted">${m.category}</span></label>`).join('')}</div></div>
    <div class="field"><label for="b-cox">Cox</label><select id="b-cox" disabled>${opts(S.members.filter(m => m.coxQualified).map(m => [m.id, m.first + ' ' + m.last]), '', '— No cox —')}</select></div>`, [
    { label: 'Cancel' },
    { label: 'Book outing', cls: 'primary', onClick: ov => {
      const b = boat($('#b-boat', ov).value), date = $('#b-date', ov).value, time = $('#b-time', ov).value;
      const crew = $$('input[name=crew]:checked', ov).map(c => c.value), cox = $('#b-cox', ov).value || null;
      if (!b) return formError(ov, 'Select a boat.');
      if (!date || !time) return formError(ov, 'Enter the date and boating time.');
      if (date < TODAY) return formError(ov, 'Outings cannot be booked in the past.');
      if (crew.length !== b.seats) return formError(ov, `${b.name} is a ${b.type} – select exactly ${b.seats} rower${b.seats > 1 ? 's' : ''} (you selected ${crew.length}).`);
      if (b.coxed && !cox) return formError(ov, `${b.name} needs a cox.`);
      if (cox && crew.includes(cox)) return formError(ov, 'The cox cannot also be rowing.');
      const clash = S.outings.find(o => o.status === 'Booked' && o.boat === b.id && o.date === date && o.time === time);
      if (clash) return formError(ov, `${b.name} is already booked then (${clash.id}).`);
      const id = 'OT-' + (Math.max(...S.outings.map(o => +o.id.slice(3))) + 1);
      S.outings.push(O(id, b.id, date, time, crew, b.coxed ? cox : null, 'Booked'));
      closeModal(); render(); toast(`Outing ${id} booked – ${b.name}, ${fmt(date)} ${time}.`);
    } }], true);
  const upd = () => {
    const b = boat($('#b-boat', ov).value), n = $$('input[name=crew]:checked', ov).length;
    $('#crew-count', ov).textContent = b ? `(${n} of ${b.seats} selected)` : `(${n} selected – select a boat)`;
    $('#b-cox', ov).disabled = !(b && b.coxed);
    if (!(b && b.coxed)) $('#b-cox', ov).value = '';
  };
  $('#b-boat', ov).addEventListener('change', upd);
  $$('input[name=crew]', ov).forEach(c => c.addEventListener('change', upd));
  $('#crew-filter', ov).addEventListener('input', e => { const q = e.target.value.trim().toLowerCase(); $$('.crewbox label', ov).forEach(l => l.classList.toggle('hidden', !!q && !l.dataset.name.includes(q))); });
}

/* ---------- boats ---------- */
function renderBoats() {
  $('#main').innerHTML = `<p class="muted">${S.boats.filter(b => b.status === 'Available').length} of ${S.boats.length} boats available. Report damage to the Captain of Boats before taking a boat out of service.</p>
    <div class="boats">${S.boats.map(b => {
      const next = S.outings.filter(o => o.boat === b.id && o.status === 'Booked' && o.date >= TODAY).sort((x, y) => (x.date + x.time).localeCompare(y.date + y.time));
      const oos = b.status !== 'Available';
      return `<article class="boat ${oos ? 'oos' : ''}" aria-label="${esc(b.name)}">
        <h3><span>${esc(b.name)}</span><span class="badge b-grey">${b.type}</span></h3>
        <div class="meta">${esc(b.maker)} · ${b.year} · ${b.seats} seat${b.seats > 1 ? 's' : ''}${b.coxed ? ' + cox' : ''}</div>
        <div><span class="badge ${oos ? 'b-no' : 'b-ok'}">${b.status}</span></div>
        ${oos ? `<div class="note">${esc(b.note)}${b.backBy ? ` · back by ${fmtY(b.backBy)}` : ''}</div>` : `<div class="meta">${next.length ? `Next: ${fmt(next[0].date)} ${next[0].time} (${next.length} booked)` : 'No upcoming outings'}</div>`}
        <div class="acts">${oos ? `<button type="button" class="btn sm" data-ret="${b.id}">Return to service</button>` : `<button type="button" class="btn sm" data-oos="${b.id}">Take out of service</button>`}</div></article>`;
    }).join('')}</div>`;
  $$('[data-ret]').forEach(x => x.addEventListener('click', () => {
    const b = boat(x.dataset.ret);
    openModal(`Return ${b.name} to service?`, `<p>Confirm the repair is complete and ${esc(b.name)} is safe to row.</p>`, [
      { label: 'Cancel' }, { label: 'Return to service', cls: 'primary', onClick: () => { b.status = 'Available'; b.note = ''; b.backBy = null; closeModal(); render(); toast(`${b.name} is back in service.`); } }]);
  }));
  $$('[data-oos]').forEach(x => x.addEventListener('click', () => {
    const b = boat(x.dataset.oos);
    const up = S.outings.filter(o => o.boat === b.id && o.status === 'Booked' && o.date >= TODAY);
    openModal(`Take ${b.name} out of service`, `
      <div class="field"><label for="o-note">Defect / reason</label><textarea id="o-note" placeholder="Describe the damage or work needed"></textarea></div>
      <div class="field"><label for="o-back">Expected back in service (optional)</label><input id="o-back" type="date"></div>
      ${up.length ? `<label class="check"><input type="checkbox" id="o-cancel"> Cancel ${up.length} upcoming outing${up.length > 1 ? 's' : ''} booked in ${esc(b.name)} (${up.map(o => o.id).join(', ')})</label>` : '<p class="muted">No upcoming outings are booked in this boat.</p>'}`, [
      { label: 'Cancel' },
      { label: 'Take out of service', cls: 'danger', onClick: ov => {
        const note = $('#o-note', ov).value.trim();
        if (!note) return formError(ov, 'Please describe the defect.');
        b.status = 'Out of service'; b.note = note; b.backBy = $('#o-back', ov).value || null;
        const c = $('#o-cancel', ov);
        if (c && c.checked) up.forEach(o => { o.status = 'Cancelled'; o.cancelReason = 'Boat unavailable'; });
        closeModal(); render(); toast(`${b.name} taken out of service${c && c.checked ? ` – ${up.length} outing(s) cancelled` : ''}.`);
      } }]);
  }));
}

/* ---------- members ---------- */
function renderMembers() {
  const q = ui.mq.trim().toLowerCase();
  const list = S.members.filter(m => (!q || (m.first + ' ' + m.last + ' ' + m.id + ' ' + m.email).toLowerCase().includes(q)) && (!ui.mCat || m.category === ui.mCat) && (!ui.unpaid || !m.subsPaid));
  $('#main').innerHTML = `<div class="toolbar">
      <input type="search" id="mq" placeholder="Search members" aria-label="Search members" value="${esc(ui.mq)}">
      <label for="mcat">Category</label><select id="mcat">${opts(CATS, ui.mCat, 'All categories')}</select>
      <label class="check"><input type="checkbox" id="unpaid" ${ui.unpaid ? 'checked' : ''}> Subs unpaid only</label>
      <span class="spacer"></span><span class="muted">${S.members.filter(m => !m.subsPaid).length} members with unpaid 2025 subs</span>
      <button type="button" class="btn primary" id="add-member">+ Add member</button></div>
    <table aria-label="Members"><thead><tr><th>ID</th><th>Name</th><th>Category</th><th>Membership</th><th>Email</th><th>2025 subs</th><th>Cox</th><th>Joined</th><th></th></tr></thead><tbody>
    ${list.map(m => ui.editing === m.id ? `<tr class="editing" data-row="${m.id}"><td class="nw"><b>${m.id}</b></td><td class="nw">${esc(m.first + ' ' + m.last)}</td>
        <td><select id="ed-cat" aria-label="Category">${opts(CATS, m.category)}</select></td>
        <td><select id="ed-mem" aria-label="Membership">${opts(MEMBERSHIPS, m.membership)}</select></td>
        <td><input id="ed-email" type="email" aria-label="Email" value="${esc(m.email)}" style="width:210px"></td>
        <td><label class="check"><input type="checkbox" id="ed-subs" ${m.subsPaid ? 'checked' : ''}> Paid</label></td>
        <td><label class="check"><input type="checkbox" id="ed-cox" ${m.coxQualified ? 'checked' : ''}> Cox</label></td>
        <td class="nw">${fmtY(m.joined)}</td>
        <td class="nw"><button type="button" class="btn sm primary" id="ed-save">Save</button> <button type="button" class="btn sm" id="ed-cancel">Cancel</button></td></tr>`
      : `<tr data-row="${m.id}"><td class="nw"><b>${m.id}</b></td><td class="nw">${esc(m.first + ' ' + m.last)}</td><td>${m.category}</td><td>${m.membership}</td><td>${esc(m.email)}</td>
        <td><span class="badge ${m.subsPaid ? 'b-ok' : 'b-no'}">${m.subsPaid ? 'Paid' : 'Unpaid'}</span></td><td>${m.coxQualified ? '<span class="badge b-amber">Cox</span>' : ''}</td>
        <td class="nw">${fmtY(m.joined)}</td><td><button type="button" class="btn sm" data-edit="${m.id}" aria-label="Edit ${esc(m.first + ' ' + m.last)}">Edit</button></td></tr>`).join('') || '<tr><td colspan="9" class="muted">No members match.</td></tr>'}</tbody></table>`;
  $('#mq').addEventListener('input', e => { ui.mq = e.target.value; renderMembers(); const i = $('#mq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#mcat').addEventListener('change', e => { ui.mCat = e.target.value; renderMembers(); });
  $('#unpaid').addEventListener('change', e => { ui.unpaid = e.target.checked; renderMembers(); });
  $('#add-member').addEventListener('click', addMember);
  $$('[data-edit]').forEach(b => b.addEventListener('click', () => { ui.editing = b.dataset.edit; renderMembers(); }));
  const sv = $('#ed-save');
  if (sv) {
    sv.addEventListener('click', () => {
      const m = mem(ui.editing), email = $('#ed-email').value.trim();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) { toast('Please enter a valid email address.', 'err'); return; }
      Object.assign(m, { category: $('#ed-cat').value, membership: $('#ed-mem').value, email, subsPaid: $('#ed-subs').checked, coxQualified: $('#ed-cox').checked });
      ui.editing = null; renderMembers(); toast(`${m.first} ${m.last} updated.`);
    });
    $('#ed-cancel').addEventListener('click', () => { ui.editing = null; renderMembers(); });
  }
}

function addMember() {
  openModal('Add member', `<div class="grid2">
    <div class="field"><label for="n-first">First name</label><input id="n-first"></div><div class="field"><label for="n-last">Last name</label><input id="n-last"></div>
    <div class="field"><label for="n-cat">Category</label><select id="n-cat">${opts(CATS, 'Novice')}</select></div>
    <div class="field"><label for="n-mem">Membership</label><select id="n-mem">${opts(MEMBERSHIPS, 'Full')}</select></div></div>
    <div class="field"><label for="n-email">Email</label><input id="n-email" type="email"></div>
    <label class="check"><input type="checkbox" id="n-subs"> 2025 subscription paid</label>`, [
    { label: 'Cancel' },
    { label: 'Add member', cls: 'primary', onClick: ov => {
      const f = $('#n-first', ov).value.trim(), l = $('#n-last', ov).value.trim(), e = $('#n-email', ov).value.trim();
      if (!f || !l) return formError(ov, 'First and last name are required.');
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) return formError(ov, 'Please enter a valid email address.');
      const id = 'RC-' + (Math.max(...S.members.map(m => +m.id.slice(3))) + 1);
      S.members.push({ id, first: f, last: l, category: $('#n-cat', ov).value, membership: $('#n-mem', ov).value, email: e, subsPaid: $('#n-subs', ov).checked, coxQualified: false, joined: TODAY });
      closeModal(); render(); toast(`${f} ${l} added as ${id}.`);
    } }]);
}

$$('.nav').forEach(n => n.addEventListener('click', () => { ui.view = n.dataset.view; ui.editing = null; render(); }));
render();
})();
