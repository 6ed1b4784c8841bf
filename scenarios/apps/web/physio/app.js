(function () {
'use strict';
const TODAY = '2025-03-12';
const E = (name, sets, reps) => ({ name, sets, reps });
const N = (date, author, text) => ({ date, author, text });
function pt(id, first, last, dob, phone, physio, condition, referral, insurer, policy, exercises, extra) {
  return Object.assign({ id, first, last, dob, phone, email: (first + '.' + last).toLowerCase().replace(/[^a-z.]/g, '') + '@example.com', physio, condition, referral, insurer, policy, status: 'Active', discharged: null, outcome: null, exercises, notes: [] }, extra || {});
}
window.state = {
  clinicians: [
    { id: 'ST-01', name: 'Hannah Cole', role: 'Senior Physiotherapist', room: 'Room 1', days: 'Mon–Fri' },
    { id: 'ST-02', name: 'James Okafor', role: 'Physiotherapist', room: 'Room 2', days: 'Mon–Thu' },
    { id: 'ST-03', name: 'Megan Price', role: 'Sports Therapist', room: 'Room 3', days: 'Mon, Wed–Sat' },
    { id: 'ST-04', name: 'Rob Lindqvist', role: 'MSK Physiotherapist', room: 'Room 2', days: 'Tue–Fri' }
  ],
  patients: [
    pt('PT-4101', 'Anita', 'Patel', '1968-04-22', '07700 900201', 'ST-01', 'Frozen shoulder (L)', 'GP', 'Self-pay', '', [E('Pendulum swings', 3, 10), E('Wall walks', 3, 8), E('Towel stretch', 2, 10)], { notes: [N('2025-03-05', 'Hannah Cole', 'ROM improving, flexion 120°. Continue programme.')] }),
    pt('PT-4102', 'Tom', 'Hughes', '1991-09-03', '07700 900202', 'ST-03', 'Hamstring strain (R)', 'Self', 'Self-pay', '', [E('Nordic curls', 3, 6), E('Glute bridges', 3, 12)], { notes: [N('2025-03-10', 'Megan Price', 'Pain-free sprinting. Plan to discharge after next session.')] }),
    pt('PT-4103', 'Aisha', 'Khan', '1985-01-17', '07700 900203', 'ST-02', 'Patellofemoral pain (R knee)', 'GP', 'Bupa', 'BP-4471920', [E('Wall squats', 3, 10), E('Straight leg raises', 3, 12), E('Step-downs', 3, 8)]),
    pt('PT-4104', 'Daniel', 'Foster', '1979-11-30', '07700 900204', 'ST-04', 'Lower back pain', 'Insurer', 'Vitality', 'VT-2290317', [E('Cat-camel', 2, 10), E('Bird dog', 3, 8)]),
    pt('PT-4105', 'Grace', 'Whitfield', '1956-06-12', '01632 960415', 'ST-01', 'Total knee replacement rehab (L)', 'GP', 'Aviva', 'AV-77120843', [E('Heel slides', 3, 15), E('Quad sets', 3, 10), E('Sit to stand', 3, 8)]),
    pt('PT-4106', 'Marcus', 'Bell', '1988-02-08', '07700 900206', 'ST-03', 'Ankle sprain (L)', 'Self', 'Self-pay', '', [E('Calf raises', 3, 15), E('Single leg balance', 3, 5)]),
    pt('PT-4107', 'Chloe', 'Dawson', '1995-07-25', '07700 900207', 'ST-02', 'Neck pain', 'Self', 'AXA Health', 'AXH-301884', [E('Chin tucks', 3, 10)]),
    pt('PT-4108', 'Peter', 'Novak', '1962-10-14', '07700 900208', 'ST-04', 'Rotator cuff tendinopathy (R)', 'GP', 'WPA', 'WPA-550129', [E('External rotation with band', 3, 12), E('Scapular squeezes', 3, 10)]),
    pt('PT-4109', 'Sunita', 'Patel', '1990-03-05', '07700 900209', 'ST-02', 'Plantar fasciitis', 'Self', 'Self-pay', '', [E('Calf stretch', 3, 5), E('Towel scrunches', 3, 15)]),
    pt('PT-4110', 'Owen', 'Griffiths', '1973-12-19', '07700 900210', 'ST-01', 'Post-op ACL reconstruction (R)', 'Insurer', 'Bupa', 'BP-5530281', [E('Mini squats', 3, 12), E('Leg press', 3, 10)]),
    pt('PT-4111', 'Laura', 'Benson', '1983-05-28', '07700 900211', 'ST-03', 'Tennis elbow (R)', 'Self', 'Self-pay', '', [E('Eccentric wrist extension', 3, 15)], { status: 'Discharged', discharged: '2025-02-27', outcome: 'Goals achieved' }),
    pt('PT-4112', 'Faisal', 'Rahman', '1999-08-11', '07700 900212', 'ST-04', 'Shin splints', 'Self', 'Self-pay', '', [E('Tibialis raises', 3, 15)]),
    pt('PT-4113', 'Helen', 'Marsden', '1949-02-02', '01632 960113', 'ST-01', 'Hip osteoarthritis (R)', 'GP', 'Self-pay', '', [E('Clamshells', 2, 10), E('Hip abduction (side-lying)', 2, 10)]),
    pt('PT-4114', 'Jack', 'Thornton', '2004-09-09', '07700 900214', 'ST-03', 'Groin strain', 'Self', 'Self-pay', '', []),
    pt('PT-4115', 'Daniel', 'Forsyth', '1981-04-16', '07700 900215', 'ST-02', 'Whiplash', 'Insurer', 'AXA Health', 'AXH-412907', [E('Chin tucks', 3, 10), E('Shoulder rolls', 2, 10)])
  ],
  appointments: [
    { id: 'AP-7701', patient: 'PT-4105', physio: 'ST-01', date: '2025-03-10', time: '09:00', duration: 45, type: 'Follow-up', room: 'Room 1', status: 'Attended' },
    { id: 'AP-7702', patient: 'PT-4102', physio: 'ST-03', date: '2025-03-10', time: '17:30', duration: 30, type: 'Follow-up', room: 'Room 3', status: 'Attended' },
    { id: 'AP-7703', patient: 'PT-4107', physio: 'ST-02', date: '2025-03-11', time: '10:00', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Attended' },
    { id: 'AP-7704', patient: 'PT-4112', physio: 'ST-04', date: '2025-03-11', time: '16:00', duration: 45, type: 'Initial assessment', room: 'Room 2', status: 'DNA' },
    { id: 'AP-7705', patient: 'PT-4101', physio: 'ST-01', date: '2025-03-12', time: '09:30', duration: 30, type: 'Follow-up', room: 'Room 1', status: 'Attended' },
    { id: 'AP-7706', patient: 'PT-4108', physio: 'ST-04', date: '2025-03-12', time: '11:00', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Booked' },
    { id: 'AP-7707', patient: 'PT-4103', physio: 'ST-02', date: '2025-03-12', time: '14:00', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Booked' },
    { id: 'AP-7708', patient: 'PT-4109', physio: 'ST-02', date: '2025-03-13', time: '09:00', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Booked' },
    { id: 'AP-7709', patient: 'PT-4101', physio: 'ST-01', date: '2025-03-13', time: '10:15', duration: 30, type: 'Follow-up', room: 'Room 1', status: 'Booked' },
    { id: 'AP-7710', patient: 'PT-4110', physio: 'ST-01', date: '2025-03-13', time: '11:00', duration: 45, type: 'Follow-up', room: 'Room 1', status: 'Booked' },
    { id: 'AP-7711', patient: 'PT-4102', physio: 'ST-03', date: '2025-03-13', time: '17:30', duration: 30, type: 'Follow-up', room: 'Room 3', status: 'Booked' },
    { id: 'AP-7712', patient: 'PT-4104', physio: 'ST-04', date: '2025-03-14', time: '08:30', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Booked' },
    { id: 'AP-7713', patient: 'PT-4106', physio: 'ST-03', date: '2025-03-14', time: '16:30', duration: 30, type: 'Sports massage', room: 'Room 3', status: 'Booked' },
    { id: 'AP-7714', patient: 'PT-4113', physio: 'ST-01', date: '2025-03-17', time: '10:00', duration: 45, type: 'Follow-up', room: 'Room 1', status: 'Booked' },
    { id: 'AP-7715', patient: 'PT-4114', physio: 'ST-03', date: '2025-03-17', time: '18:00', duration: 60, type: 'Initial assessment', room: 'Room 3', status: 'Booked' },
    { id: 'AP-7716', patient: 'PT-4115', physio: 'ST-02', date: '2025-03-18', time: '12:30', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Booked' },
    { id: 'AP-7717', patient: 'PT-4101', physio: 'ST-01', date: '2025-03-20', time: '10:15', duration: 30, type: 'Follow-up', room: 'Room 1', status: 'Booked' },
    { id: 'AP-7718', patient: 'PT-4103', physio: 'ST-02', date: '2025-03-20', time: '14:00', duration: 30, type: 'Follow-up', room: 'Room 2', status: 'Booked' }
  ]
};
const S = window.state;

/* ---------- helpers ---------- */
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
const esc = v => String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const dt = d => { const [y, m, dd] = d.split('-').map(Number); return new Date(Date.UTC(y, m - 1, dd)); };
const fmt = d => d ? `${+d.slice(8)} ${MON[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}` : '—';
const fmtDay = d => `${DOW[dt(d).getUTCDay()]} ${+d.slice(8)} ${MON[+d.slice(5, 7) - 1]}`;
const pat = id => S.patients.find(p => p.id === id);
const cli = id => S.clinicians.find(c => c.id === id) || { name: '—' };
const fullName = p => p.first + ' ' + p.last;
const badge = s => `<span class="badge s-${esc(s)}">${esc(s)}</span>`;
const TIMES = []; for (let h = 8; h <= 19; h++) for (const m of ['00', '15', '30', '45']) TIMES.push(String(h).padStart(2, '0') + ':' + m);
const INSURERS = ['Self-pay', 'Bupa', 'AXA Health', 'Vitality', 'Aviva', 'WPA', 'Simplyhealth'];
const LIBRARY = ['Bird dog', 'Bridges', 'Calf raises', 'Calf stretch', 'Cat-camel', 'Chin tucks', 'Clamshells', 'Heel slides', 'Lunges', 'Mini squats', 'Nordic curls', 'Pendulum swings', 'Plank', 'Quad sets', 'Side plank', 'Sit to stand', 'Step-downs', 'Step-ups', 'Straight leg raises', 'Wall squats', 'Wall walks'];

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
const opts = (list, sel, blank) => (blank ? `<option value="">${blank}</option>` : '') + list.map(o => { const [v, l] = Array.isArray(o) ? o : [o, o]; return `<option value="${esc(v)}" ${v === sel ? 'selected' : ''}>${esc(l)}</option>`; }).join('');

/* ---------- state of the UI ---------- */
const ui = { view: 'patients', sel: null, ptab: 'Details', q: '', showDischarged: false, aRange: 'upcoming', aPhysio: '', aq: '' };

function render() {
  $$('.tab').forEach(t => t.classList.toggle('active', t.dataset.view === ui.view));
  if (ui.view === 'patients') renderPatients();
  else if (ui.view === 'appointments') renderAppointments();
  else renderClinicians();
}

/* ---------- patients ---------- */
function renderPatients() {
  const q = ui.q.trim().toLowerCase();
  const list = S.patients.filter(p => (ui.showDischarged || p.status === 'Active') && (!q || (fullName(p) + ' ' + p.id + ' ' + p.condition).toLowerCase().includes(q)))
    .slice().sort((a, b) => (a.last + a.first).localeCompare(b.last + b.first));
  $('#main').innerHTML = `<div class="split">
    <section class="card" aria-label="Patient list">
      <div class="list-tools"><input type="search" id="pq" placeholder="Search name, ID or condition" aria-label="Search patients" value="${esc(ui.q)}">
        <label class="check muted"><input type="checkbox" id="showdis" ${ui.showDischarged ? 'checked' : ''}> Show discharged</label></div>
      <div class="plist">${list.map(p => `<button type="button" class="prow ${p.id === ui.sel ? 'sel' : ''}" data-pid="${p.id}">
          <span class="nm">${esc(fullName(p))}</span><span>${badge(p.status)}</span>
          <span class="meta">${p.id} · ${esc(p.condition)}</span><span class="meta">${esc(cli(p.physio).name)}</span></button>`).join('') || '<p class="placeholder">No patients found.</p>'}</div>
    </section>
    <section class="card panel" id="panel" aria-label="Patient record">${panelHtml()}</section></div>`;
  $('#pq').addEventListener('input', e => { ui.q = e.target.value; renderPatients(); const i = $('#pq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#showdis').addEventListener('change', e => { ui.showDischarged = e.target.checked; renderPatients(); });
  $$('[data-pid]').forEach(b => b.addEventListener('click', () => { ui.sel = b.dataset.pid; ui.ptab = 'Details'; renderPatients(); }));
  bindPanel();
}

function panelHtml() {
  const p = ui.sel && pat(ui.sel);
  if (!p) return '<div class="placeholder">Select a patient to view their record.</div>';
  const tabs = ['Details', 'Appointments', 'Exercises', 'Notes'];
  let body = '';
  if (ui.ptab === 'Details') {
    body = `<dl class="kv">
      <dt>Date of birth</dt><dd>${fmt(p.dob)}</dd><dt>Phone</dt><dd>${esc(p.phone)}</dd><dt>Email</dt><dd>${esc(p.email)}</dd>
      <dt>Clinician</dt><dd>${esc(cli(p.physio).name)}</dd><dt>Condition</dt><dd>${esc(p.condition)}</dd><dt>Referral source</dt><dd>${esc(p.referral)}</dd>
      <dt>Insurer</dt><dd>${esc(p.insurer)}</dd><dt>Policy number</dt><dd>${esc(p.policy) || '—'}</dd>
      ${p.status === 'Discharged' ? `<dt>Discharged</dt><dd>${fmt(p.discharged)} – ${esc(p.outcome)}</dd>` : ''}</dl>`;
  } else if (ui.ptab === 'Appointments') {
    const ap = S.appointments.filter(a => a.patient === p.id).slice().sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
    body = ap.length ? `<table><thead><tr><th>ID</th><th>Date</th><th>Time</th><th>Type</th><th>Clinician</th><th>Status</th></tr></thead><tbody>
      ${ap.map(a => `<tr><td>${a.id}</td><td>${fmtDay(a.date)}</td><td>${a.time}</td><td>${esc(a.type)}</td><td>${esc(cli(a.physio).name)}</td><td>${badge(a.status)}</td></tr>`).join('')}</tbody></table>`
      : '<p class="muted">No appointments on record.</p>';
  } else if (ui.ptab === 'Exercises') {
    body = `<p class="muted">Home exercise programme (HEP) – printed for the patient at each visit.</p>
      ${p.exercises.length ? `<table aria-label="Home exercise programme"><thead><tr><th>Exercise</th><th>Sets</th><th>Reps</th><th></th></tr></thead><tbody>
      ${p.exercises.map((x, i) => `<tr><td>${esc(x.name)}</td><td>${x.sets}</td><td>${x.reps}</td><td><button type="button" class="btn link red" data-rmex="${i}" aria-label="Remove ${esc(x.name)}">Remove</button></td></tr>`).join('')}</tbody></table>` : '<p class="muted">No exercises prescribed.</p>'}
      ${p.status === 'Active' ? `<div class="inline-form" aria-label="Add exercise">
        <div class="field" style="flex:1"><label for="ex-name">Exercise</label><input id="ex-name" list="ex-lib" placeholder="Start typing…"></div>
        <datalist id="ex-lib">${LIBRARY.map(l => `<option value="${l}">`).join('')}</datalist>
        <div class="field"><label for="ex-sets">Sets</label><input id="ex-sets" type="number" min="1" max="10" style="width:70px"></div>
        <div class="field"><label for="ex-reps">Reps</label><input id="ex-reps" type="number" min="1" max="50" style="width:70px"></div>
        <button type="button" class="btn primary" id="ex-add">Add exercise</button></div>` : ''}`;
  } else {
    body = `<div class="notes-list">${p.notes.map(n => `<div class="note"><div class="muted">${fmt(n.date)} · ${esc(n.author)}</div>${esc(n.text)}</div>`).join('') || '<p class="muted">No clinical notes yet.</p>'}</div>
      <div class="field"><label for="note-text">Add note</label><textarea id="note-text"></textarea></div><button type="button" class="btn" id="note-add">Save note</button>`;
  }
  return `<div class="panel-head"><div><h2>${esc(fullName(p))} ${badge(p.status)}</h2><div class="muted">${p.id} · DOB ${fmt(p.dob)} · ${esc(p.condition)}</div></div>
    <div class="acts"><button type="button" class="btn" id="edit-pt">Edit details</button>${p.status === 'Active' ? '<button type="button" class="btn" id="discharge-pt">Discharge…</button>' : ''}</div></div>
    <div class="ptabs" role="tablist">${tabs.map(t => `<button type="button" role="tab" aria-selected="${t === ui.ptab}" class="ptab ${t === ui.ptab ? 'active' : ''}" data-ptab="${t}">${t}</button>`).join('')}</div>
    <div class="pbody">${body}</div>`;
}

function bindPanel() {
  const p = ui.sel && pat(ui.sel); if (!p) return;
  $$('[data-ptab]').forEach(b => b.addEventListener('click', () => { ui.ptab = b.dataset.ptab; renderPatients(); }));
  $('#edit-pt').addEventListener('click', () => editPatient(p));
  const d = $('#discharge-pt'); if (d) d.addEventListener('click', () => dischargePatient(p));
  $$('[data-rmex]').forEach(b => b.addEventListener('click', () => { const x = p.exercises.splice(+b.dataset.rmex, 1)[0]; renderPatients(); toast(`Removed “${x.name}” from ${fullName(p)}'s programme.`); }));
  const add = $('#ex-add');
  if (add) add.addEventListener('click', () => {
    const name = $('#ex-name').value.trim(), sets = parseInt($('#ex-sets').value, 10), reps = parseInt($('#ex-reps').value, 10);
    if (!name || !(sets > 0) || !(reps > 0)) { toast('Enter an exercise name, sets and reps.', 'err'); return; }
    p.exercises.push(E(name, sets, reps)); renderPatients(); toast(`Added “${name}” (${sets} × ${reps}).`);
  });
  const na = $('#note-add');
  if (na) na.addEventListener('click', () => { const t = $('#note-text').value.trim(); if (!t) return; p.notes.push(N(TODAY, 'Aisling Byrne', t)); renderPatients(); toast('Note saved.'); });
}

function editPatient(p) {
  openModal(`Edit details – ${fullName(p)}`, `<div class="grid2">
    <div class="field"><label for="e-first">First name</label><input id="e-first" value="${esc(p.first)}"></div>
    <div class="field"><label for="e-last">Last name</label><input id="e-last" value="${esc(p.last)}"></div>
    <div class="field"><label for="e-dob">Date of birth</label><input id="e-dob" type="date" value="${p.dob}"></div>
    <div class="field"><label for="e-phone">Phone</label><input id="e-phone" value="${esc(p.phone)}"></div>
    <div class="field" style="grid-column:1/-1"><label for="e-email">Email</label><input id="e-email" type="email" value="${esc(p.email)}"></div>
    <div class="field"><label for="e-physio">Clinician</label><select id="e-physio">${opts(S.clinicians.map(c => [c.id, c.name]), p.physio)}</select></div>
    <div class="field"><label for="e-ref">Referral source</label><select id="e-ref">${opts(['Self', 'GP', 'Insurer', 'Consultant'], p.referral)}</select></div>
    <div class="field" style="grid-column:1/-1"><label for="e-cond">Condition</label><input id="e-cond" value="${esc(p.condition)}"></div>
    <div class="field"><label for="e-ins">Insurer</label><select id="e-ins">${opts(INSURERS, p.insurer)}</select></div>
    <div class="field"><label for="e-policy">Policy number</label><input id="e-policy" value="${esc(p.policy)}"></div></div>`, [
    { label: 'Cancel' },
    { label: 'Save changes', cls: 'primary', onClick: ov => {
      const v = id => $('#' + id, ov).value.trim();
      if (!v('e-first') || !v('e-last')) return formError(ov, 'First and last name are required.');
      if (v('e-ins') !== 'Self-pay' && !v('e-policy')) return formError(ov, 'A policy number is required for insured patients.');
      Object.assign(p, { first: v('e-first'), last: v('e-last'), dob: v('e-dob'), phone: v('e-phone'), email: v('e-email'), physio: v('e-physio'), referral: v('e-ref'), condition: v('e-cond'), insurer: v('e-ins'), policy: v('e-ins') === 'Self-pay' ? '' : v('e-policy') });
      closeModal(); render(); toast('Patient details saved.');
    } }], true);
}

function dischargePatient(p) {
  const future = S.appointments.filter(a => a.patient === p.id && a.status === 'Booked');
  openModal(`Discharge ${fullName(p)}`, `
    <div class="field"><label for="d-date">Discharge date</label><input id="d-date" type="date" value="${TODAY}"></div>
    <div class="field"><label for="d-outcome">Outcome</label><select id="d-outcome">${opts(['Goals achieved', 'Partially achieved', 'Self-discharged', 'Referred on', 'Did not attend'], '', '— Select outcome —')}</select></div>
    ${future.length ? `<label class="check"><input type="checkbox" id="d-cancel"> Cancel ${future.length} booked appointment${future.length > 1 ? 's' : ''} (${future.map(a => fmtDay(a.date) + ' ' + a.time).join(', ')})</label>` : '<p class="muted">No booked appointments.</p>'}`, [
    { label: 'Cancel' },
    { label: 'Discharge patient', cls: 'primary', onClick: ov => {
      const out = $('#d-outcome', ov).value, date = $('#d-date', ov).value;
      if (!date) return formError(ov, 'Enter the discharge date.');
      if (!out) return formError(ov, 'Select a discharge outcome.');
      p.status = 'Discharged'; p.discharged = date; p.outcome = out;
      const c = $('#d-cancel', ov);
      if (c && c.checked) future.forEach(a => { a.status = 'Cancelled'; });
      closeModal(); render(); toast(`${fullName(p)} discharged.`);
    } }]);
}

/* ---------- appointments ---------- */
function renderAppointments() {
  const q = ui.aq.trim().toLowerCase();
  const list = S.appointments.filter(a => {
    if (ui.aRange === 'upcoming' && a.date < TODAY) return false;
    if (ui.aRange === 'today' && a.date !== TODAY) return false;
    if (ui.aRange === 'past' && a.date >= TODAY) return false;
    if (ui.aPhysio && a.physio !== ui.aPhysio) return false;
    return !q || (fullName(pat(a.patient)) + ' ' + a.id).toLowerCase().includes(q);
  }).slice().sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
  let last = '', rows = '';
  for (const a of list) {
    if (a.date !== last) { rows += `<tr class="daysep"><td colspan="9">${fmtDay(a.date)}${a.date === TODAY ? ' (today)' : ''}</td></tr>`; last = a.date; }
    const p = pat(a.patient);
    rows += `<tr data-aid="${a.id}"><td>${a.time}</td><td><b>${esc(fullName(p))}</b> <span class="muted">${p.id}</span></td><td>${esc(a.type)}</td><td>${a.duration} min</td><td>${esc(cli(a.physio).name)}</td><td>${a.room}</td><td class="muted">${a.id}</td><td>${badge(a.status)}</td>
      <td>${a.status === 'Booked' ? `<button type="button" class="btn sm" data-act="arrive" data-id="${a.id}">Arrived</button> <button type="button" class="btn sm" data-act="resched" data-id="${a.id}">Reschedule</button> <button type="button" class="btn sm link red" data-act="cancel" data-id="${a.id}">Cancel</button>` : ''}</td></tr>`;
  }
  $('#main').innerHTML = `<h1>Appointments</h1>
    <div class="toolbar">
      <input type="search" id="aq" placeholder="Search patient or appointment ID" aria-label="Search appointments" value="${esc(ui.aq)}">
      <label for="arange">Show</label><select id="arange">${opts([['upcoming', 'Today & upcoming'], ['today', 'Today only'], ['past', 'Past'], ['all', 'All']], ui.aRange)}</select>
      <label for="aphysio">Clinician</label><select id="aphysio">${opts(S.clinicians.map(c => [c.id, c.name]), ui.aPhysio, 'All clinicians')}</select>
      <span class="spacer"></span><button type="button" class="btn primary" id="new-appt">+ Book appointment</button></div>
    <div class="tablecard"><table aria-label="Appointments"><thead><tr><th>Time</th><th>Patient</th><th>Type</th><th>Length</th><th>Clinician</th><th>Room</th><th>Ref</th><th>Status</th><th></th></tr></thead>
    <tbody>${rows || '<tr><td colspan="9" class="muted">No appointments.</td></tr>'}</tbody></table></div>`;
  $('#aq').addEventListener('input', e => { ui.aq = e.target.value; renderAppointments(); const i = $('#aq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#arange').addEventListener('change', e => { ui.aRange = e.target.value; renderAppointments(); });
  $('#aphysio').addEventListener('change', e => { ui.aPhysio = e.target.value; renderAppointments(); });
  $('#new-appt').addEventListener('click', () => apptForm(null));
  $$('[data-act]').forEach(b => b.addEventListener('click', () => {
    const a = S.appointments.find(x => x.id === b.dataset.id);
    if (b.dataset.act === 'arrive') { a.status = 'Attended'; render(); toast(`${fullName(pat(a.patient))} checked in.`); }
    else if (b.dataset.act === 'resched') apptForm(a);
    else openModal('Cancel appointment?', `<p>Cancel <b>${esc(fullName(pat(a.patient)))}</b>'s ${esc(a.type.toLowerCase())} on <b>${fmtDay(a.date)} at ${a.time}</b> with ${esc(cli(a.physio).name)}?</p>`, [
      { label: 'Keep appointment' },
      { label: 'Cancel appointment', cls: 'danger', onClick: () => { a.status = 'Cancelled'; closeModal(); render(); toast(`${a.id} cancelled.`); } }]);
  }));
}

function apptForm(a) {
  const isNew = !a;
  const d = a || { patient: '', physio: '', date: '', time: '', duration: 30, type: 'Follow-up' };
  const ov = openModal(isNew ? 'Book appointment' : `Reschedule ${a.id} – ${fullName(pat(a.patient))}`, `
    ${isNew ? `<div class="field"><label for="a-patient">Patient</label><select id="a-patient">${opts(S.patients.filter(p => p.status === 'Active').map(p => [p.id, fullName(p) + ' (' + p.id + ')']), '', '— Select patient —')}</select></div>
      <div class="grid2"><div class="field"><label for="a-type">Type</label><select id="a-type">${opts(['Initial assessment', 'Follow-up', 'Sports massage'], 'Follow-up')}</select></div>
      <div class="field"><label for="a-dur">Length</label><select id="a-dur">${opts([['30', '30 min'], ['45', '45 min'], ['60', '60 min']], '30')}</select></div></div>`
      : `<p class="muted">Currently ${fmtDay(a.date)} at ${a.time} with ${esc(cli(a.physio).name)}.</p>`}
    <div class="grid2"><div class="field"><label for="a-date">Date</label><input id="a-date" type="date" value="${d.date}"></div>
      <div class="field"><label for="a-time">Time</label><select id="a-time">${opts(TIMES, d.time, '— Time —')}</select></div></div>
    <div class="field"><label for="a-physio">Clinician</label><select id="a-physio">${opts(S.clinicians.map(c => [c.id, c.name + ' – ' + c.role]), d.physio, '— Select clinician —')}</select></div>`, [
    { label: 'Cancel' },
    { label: isNew ? 'Book' : 'Save new time', cls: 'primary', onClick: ov => {
      const date = $('#a-date', ov).value, time = $('#a-time', ov).value, physio = $('#a-physio', ov).value;
      if (isNew && !$('#a-patient', ov).value) return formError(ov, 'Select a patient.');
      if (!date || !time || !physio) return formError(ov, 'Date, time and clinician are required.');
      if (date < TODAY) return formError(ov, 'Appointments cannot be booked in the past.');
      if (dt(date).getUTCDay() === 0) return formError(ov, 'The clinic is closed on Sundays.');
      const clash = S.appointments.find(x => x !== a && x.status === 'Booked' && x.physio === physio && x.date === date && x.time === time);
      if (clash) return formError(ov, `${cli(physio).name} already has ${clash.id} at that time.`);
      if (isNew) {
        const id = 'AP-' + (Math.max(...S.appointments.map(x => +x.id.slice(3))) + 1);
        S.appointments.push({ id, patient: $('#a-patient', ov).value, physio, date, time, duration: +$('#a-dur', ov).value, type: $('#a-type', ov).value, room: cli(physio).room, status: 'Booked' });
        toast(`Booked ${id}.`);
      } else {
        a.date = date; a.time = time; if (a.physio !== physio) { a.physio = physio; a.room = cli(physio).room; }
        toast(`${a.id} moved to ${fmtDay(date)} at ${time}.`);
      }
      closeModal(); render();
    } }]);
}

/* ---------- clinicians ---------- */
function renderClinicians() {
  $('#main').innerHTML = `<h1>Clinicians</h1><div class="tablecard"><table aria-label="Clinicians"><thead><tr><th>ID</th><th>Name</th><th>Role</th><th>Room</th><th>Clinic days</th><th>Active caseload</th><th>Upcoming appts</th></tr></thead><tbody>
    ${S.clinicians.map(c => `<tr><td>${c.id}</td><td><b>${esc(c.name)}</b></td><td>${esc(c.role)}</td><td>${c.room}</td><td>${c.days}</td>
      <td>${S.patients.filter(p => p.physio === c.id && p.status === 'Active').length}</td><td>${S.appointments.filter(a => a.physio === c.id && a.status === 'Booked' && a.date >= TODAY).length}</td></tr>`).join('')}</tbody></table></div>`;
}

$$('.tab').forEach(t => t.addEventListener('click', () => { ui.view = t.dataset.view; render(); }));
render();
})();
