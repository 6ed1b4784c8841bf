/* DonorDesk — appointment & donor management (Northgate Blood Service) */
const TODAY = '2025-03-10';
const TIMES = ['09:00', '09:45', '10:30', '11:15', '12:00', '13:30', '14:15', '15:00'];
const PER_SLOT = 2;
const INTERVAL = { 'Whole blood': 84, 'Platelets': 14, 'Plasma': 14 };

const donor = (id, name, group, phone, lastDonation, donations, status = 'Eligible', deferral = null) =>
  ({ id, name, group, phone, lastDonation, donations, status, deferral });
const appt = (id, donorId, session, time, type, status) => ({ id, donor: donorId, session, time, type, status });

window.state = {
  today: TODAY,
  sessions: [
    { id: 'SS-311', date: '2025-03-10', venue: 'Northgate Donor Centre', town: 'Northgate' },
    { id: 'SS-312', date: '2025-03-12', venue: 'Town Hall', town: 'Ashby' },
    { id: 'SS-313', date: '2025-03-14', venue: "St Mary's Church Hall", town: 'Kirkby' },
    { id: 'SS-314', date: '2025-03-17', venue: 'Northgate Donor Centre', town: 'Northgate' },
    { id: 'SS-315', date: '2025-03-19', venue: 'Riverside Leisure Centre', town: 'Wellbrook' },
    { id: 'SS-316', date: '2025-03-21', venue: 'Town Hall', town: 'Ashby' }
  ],
  donors: [
    donor('DN-20431', 'Aisha Rahman', 'O+', '07700 900311', '2024-11-18', 9),
    donor('DN-20433', 'Ben Carter', 'A+', '07700 900427', '2024-10-02', 3),
    donor('DN-20436', 'Priya Shah', 'B+', '07700 900598', '2024-11-25', 14),
    donor('DN-20440', 'Gareth Lloyd', 'O-', '07700 900614', '2024-12-09', 22),
    donor('DN-20442', 'Fiona McAllister', 'A-', '07700 900702', '2025-02-17', 6),
    donor('DN-20445', 'Kwame Asante', 'O+', '07700 900813', '2025-03-10', 31),
    donor('DN-20447', 'Helen Ward', 'AB+', '07700 900126', '2025-02-20', 40),
    donor('DN-20450', 'Tomasz Zieliński', 'A+', '07700 900239', '2024-09-30', 2),
    donor('DN-20452', 'Ruth Ogunleye', 'B-', '07700 900344', '2024-12-02', 11),
    donor('DN-20454', 'Sean Doherty', 'O+', '07700 900455', '2024-08-14', 5),
    donor('DN-20457', 'Marcus Bell', 'A+', '07700 900566', '2025-01-20', 17),
    donor('DN-20459', 'Mei Lin Chen', 'O+', '07700 900677', '2025-02-24', 8),
    donor('DN-20461', 'Yusuf Demir', 'B+', '07700 900788', '2024-12-16', 4),
    donor('DN-20463', 'Claire Bennett', 'A+', '07700 900899', '2024-11-04', 19),
    donor('DN-20466', 'Oskar Lindqvist', 'O-', '07700 900901', '2024-12-12', 12),
    donor('DN-20468', 'Grace Mbeki', 'AB-', '07700 900912', '2024-10-21', 7),
    donor('DN-20470', 'Daniel Price', 'O+', '07700 900923', '2024-12-30', 10, 'Deferred', { reason: 'Travel', until: '2025-04-02' }),
    donor('DN-20472', 'Nadia Haddad', 'A+', '07700 900934', '2025-02-28', 5),
    donor('DN-20474', 'Marcus Bellamy', 'B+', '07700 900945', '2024-09-09', 1)
  ],
  appointments: [
    appt('AP-5601', 'DN-20436', 'SS-311', '09:00', 'Whole blood', 'Booked'),
    appt('AP-5602', 'DN-20445', 'SS-311', '09:00', 'Whole blood', 'Donated'),
    appt('AP-5603', 'DN-20433', 'SS-311', '09:45', 'Whole blood', 'Booked'),
    appt('AP-5604', 'DN-20447', 'SS-311', '09:45', 'Platelets', 'Checked in'),
    appt('AP-5605', 'DN-20431', 'SS-311', '10:30', 'Whole blood', 'Booked'),
    appt('AP-5606', 'DN-20459', 'SS-311', '11:15', 'Plasma', 'Booked'),
    appt('AP-5607', 'DN-20463', 'SS-311', '12:00', 'Whole blood', 'Booked'),
    appt('AP-5608', 'DN-20452', 'SS-311', '13:30', 'Whole blood', 'Booked'),
    appt('AP-5609', 'DN-20450', 'SS-312', '09:00', 'Whole blood', 'Booked'),
    appt('AP-5610', 'DN-20442', 'SS-312', '11:15', 'Plasma', 'Booked'),
    appt('AP-5611', 'DN-20454', 'SS-312', '10:30', 'Whole blood', 'Booked'),
    appt('AP-5612', 'DN-20461', 'SS-313', '09:45', 'Whole blood', 'Booked'),
    appt('AP-5613', 'DN-20472', 'SS-313', '12:00', 'Platelets', 'Booked'),
    appt('AP-5614', 'DN-20440', 'SS-314', '10:30', 'Whole blood', 'Booked'),
    appt('AP-5615', 'DN-20466', 'SS-314', '09:00', 'Whole blood', 'Booked'),
    appt('AP-5616', 'DN-20468', 'SS-315', '13:30', 'Whole blood', 'Booked'),
    appt('AP-5617', 'DN-20474', 'SS-316', '11:15', 'Whole blood', 'Booked'),
    appt('AP-5598', 'DN-20457', 'SS-311', '14:15', 'Whole blood', 'Cancelled')
  ],
  nextAppt: 5618
};
const S = window.state;

// ---------- utils ----------
const qs = (s, r = document) => r.querySelector(s);
const qsa = (s, r = document) => [...r.querySelectorAll(s)];
const h = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const asDate = d => { const [y, m, dd] = d.split('-').map(Number); return new Date(Date.UTC(y, m - 1, dd)); };
const nice = d => { const x = asDate(d); return `${DAYS[x.getUTCDay()]} ${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]}`; };
const niceY = d => { const x = asDate(d); return `${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()}`; };
const daysBetween = (a, b) => Math.round((asDate(b) - asDate(a)) / 86400000);
const D = id => S.donors.find(d => d.id === id);
const SES = id => S.sessions.find(s => s.id === id);
const sesLabel = s => `${nice(s.date)} — ${s.venue}, ${s.town}`;
const pillCls = st => 's-' + st.split(' ')[0];

function toast(msg) {
  const t = document.createElement('div');
  t.textContent = msg;
  qs('#toastbox').appendChild(t);
  setTimeout(() => t.remove(), 3500);
}

function dialog(title, body, actions) {
  const d = qs('#dialog');
  d.innerHTML = `<h2>${h(title)}</h2><div class="dbody">${body}</div><div class="dfoot"></div>`;
  for (const a of actions) {
    const b = document.createElement('button');
    b.textContent = a.label;
    if (a.kind) b.className = a.kind;
    b.onclick = () => a.run(b);
    qs('.dfoot', d).appendChild(b);
  }
  qs('#backdrop').classList.remove('hidden');
  return d;
}
const closeDialog = () => { qs('#backdrop').classList.add('hidden'); qs('#dialog').innerHTML = ''; };

function popmenu(anchor, entries) {
  const m = qs('#popmenu');
  m.innerHTML = '';
  for (const e of entries) {
    const it = document.createElement('div');
    it.textContent = e.label;
    if (e.red) it.className = 'red';
    it.onclick = ev => { ev.stopPropagation(); m.classList.add('hidden'); e.run(); };
    m.appendChild(it);
  }
  m.classList.remove('hidden');
  const r = anchor.getBoundingClientRect();
  m.style.top = (r.bottom + window.scrollY + 2) + 'px';
  m.style.left = Math.max(8, r.right + window.scrollX - m.offsetWidth) + 'px';
}
document.addEventListener('click', e => { if (!e.target.closest('.dots')) qs('#popmenu').classList.add('hidden'); });

// ---------- appointment actions ----------
function checkIn(a) {
  a.status = 'Checked in';
  toast(`${D(a.donor).name} checked in`);
  render();
}
function markDonated(a) {
  const d = D(a.donor);
  dialog('Record donation', `<p>Record a completed <b>${h(a.type.toLowerCase())}</b> donation for <b>${h(d.name)}</b>?</p>`, [
    { label: 'Cancel', run: closeDialog },
    { label: 'Record donation', kind: 'primary', run: () => { a.status = 'Donated'; d.lastDonation = S.today; d.donations += 1; closeDialog(); toast('Donation recorded'); render(); } }
  ]);
}
function noShow(a) {
  const d = D(a.donor);
  dialog('Mark as no-show?', `<p><b>${h(d.name)}</b> did not attend the ${a.time} appointment (${a.id}). A reminder letter will be queued.</p>`, [
    { label: 'Cancel', run: closeDialog },
    { label: 'Mark no-show', kind: 'primary', run: () => { a.status = 'No-show'; closeDialog(); toast(`${d.name} marked as no-show`); render(); } }
  ]);
}
function cancelAppt(a) {
  const d = D(a.donor);
  dialog('Cancel appointment?', `<p>Cancel ${a.id} for <b>${h(d.name)}</b> on ${nice(SES(a.session).date)} at ${a.time}?</p>`, [
    { label: 'Keep appointment', run: closeDialog },
    { label: 'Cancel appointment', kind: 'primary', run: () => { a.status = 'Cancelled'; closeDialog(); toast(`${a.id} cancelled`); render(); } }
  ]);
}
function apptMenu(a) {
  const out = [];
  if (a.status === 'Booked') {
    out.push({ label: 'Check in', run: () => checkIn(a) });
    if (a.session === 'SS-311') out.push({ label: 'Mark no-show', run: () => noShow(a) });
    out.push({ label: 'Cancel appointment', red: true, run: () => cancelAppt(a) });
  }
  if (a.status === 'Checked in') out.push({ label: 'Record donation', run: () => markDonated(a) });
  out.push({ label: 'Open donor record', run: () => donorCard(D(a.donor)) });
  return out;
}

// ---------- booking ----------
function slotUse(session, time) {
  return S.appointments.filter(a => a.session === session && a.time === time && a.status !== 'Cancelled').length;
}
function bookDialog(preDonor) {
  let chosen = preDonor || null;
  const upcoming = S.sessions.filter(s => s.date >= S.today);
  const body = `
    <div class="f"><label for="donorQ">Donor</label>
      <div class="combo"><input type="text" id="donorQ" placeholder="Type a name or donor number…" autocomplete="off"><ul id="donorList" class="hidden"></ul></div>
      <div class="chosen" id="chosen">${chosen ? `${h(chosen.name)} · ${chosen.id} · ${chosen.group}` : 'No donor selected'}</div>
    </div>
    <div class="f"><label for="sesSel">Session</label><select id="sesSel"><option value="">— choose a session —</option>
      ${upcoming.map(s => `<option value="${s.id}">${h(sesLabel(s))}</option>`).join('')}</select></div>
    <div class="f"><span class="cap">Time</span><div class="slots" id="slots"><span style="color:#8c8284;font-size:13px">Choose a session first.</span></div></div>
    <div class="f"><label for="typeSel">Donation type</label><select id="typeSel"><option>Whole blood</option><option>Platelets</option><option>Plasma</option></select></div>
    <div class="warn" id="bookWarn"></div>`;
  dialog('Book appointment', body, [
    { label: 'Cancel', run: closeDialog },
    { label: 'Confirm booking', kind: 'primary', run: () => {
      const w = qs('#bookWarn');
      const ses = qs('#sesSel').value;
      const t = qs('input[name=slot]:checked');
      const type = qs('#typeSel').value;
      if (!chosen) return (w.textContent = 'Select a donor from the list.');
      if (!ses) return (w.textContent = 'Choose a session.');
      if (!t) return (w.textContent = 'Choose a time slot.');
      if (chosen.status === 'Deferred') return (w.textContent = `${chosen.name} is deferred until ${niceY(chosen.deferral.until)}.`);
      const dup = S.appointments.find(a => a.donor === chosen.id && a.status === 'Booked' && SES(a.session).date >= S.today);
      if (dup) return (w.textContent = `${chosen.name} already has a booking (${dup.id}).`);
      const gap = daysBetween(chosen.lastDonation, SES(ses).date);
      if (gap < INTERVAL[type]) return (w.textContent = `Too soon: last donation ${niceY(chosen.lastDonation)}; ${type.toLowerCase()} needs ${INTERVAL[type]} days between donations.`);
      const a = appt('AP-' + S.nextAppt++, chosen.id, ses, t.value, type, 'Booked');
      S.appointments.push(a);
      closeDialog();
      toast(`Booked ${chosen.name} — ${nice(SES(ses).date)} ${a.time}`);
      render();
    } }
  ]);
  const q = qs('#donorQ'), list = qs('#donorList');
  q.addEventListener('input', () => {
    const v = q.value.trim().toLowerCase();
    if (!v) { list.classList.add('hidden'); return; }
    const hits = S.donors.filter(d => d.name.toLowerCase().includes(v) || d.id.toLowerCase().includes(v)).slice(0, 8);
    list.innerHTML = hits.map(d => `<li data-id="${d.id}">${h(d.name)} · ${d.id} · ${d.group}${d.status === 'Deferred' ? ' · deferred' : ''}</li>`).join('') || '<li class="none">No donors found</li>';
    list.classList.remove('hidden');
    qsa('li[data-id]', list).forEach(li => li.onclick = () => {
      chosen = D(li.dataset.id);
      qs('#chosen').textContent = `${chosen.name} · ${chosen.id} · ${chosen.group}`;
      q.value = chosen.name;
      list.classList.add('hidden');
    });
  });
  qs('#sesSel').addEventListener('change', () => {
    const ses = qs('#sesSel').value;
    qs('#slots').innerHTML = ses ? TIMES.map(t => {
      const left = PER_SLOT - slotUse(ses, t);
      return `<label class="${left ? '' : 'full'}"><input type="radio" name="slot" value="${t}" ${left ? '' : 'disabled'}> ${t} <small>${left ? left + ' left' : 'full'}</small></label>`;
    }).join('') : '';
  });
}

// ---------- donors ----------
function deferDialog(d) {
  const upcoming = S.appointments.filter(a => a.donor === d.id && a.status === 'Booked' && SES(a.session).date >= S.today);
  const body = `
    <p style="margin-top:0"><b>${h(d.name)}</b> · ${d.id} · ${d.group}</p>
    <div class="f"><label for="defReason">Reason</label><select id="defReason">
      <option value="">— select —</option><option>Travel</option><option>Tattoo or piercing</option><option>Low haemoglobin</option>
      <option>Medication</option><option>Recent illness</option><option>Pregnancy</option><option>Other</option></select></div>
    <div class="f"><label for="defUntil">Deferred until</label><input type="date" id="defUntil"></div>
    <div class="f"><label class="chk"><input type="checkbox" id="defCancel"> Also cancel upcoming appointments (${upcoming.length})</label>
      ${upcoming.map(a => `<div style="font-size:12px;color:#7a6b6e;margin-left:24px">${a.id} · ${h(sesLabel(SES(a.session)))} ${a.time}</div>`).join('')}</div>
    <div class="warn" id="defWarn"></div>`;
  dialog('Defer donor', body, [
    { label: 'Cancel', run: closeDialog },
    { label: 'Defer donor', kind: 'primary', run: () => {
      const reason = qs('#defReason').value, until = qs('#defUntil').value;
      if (!reason) return (qs('#defWarn').textContent = 'Choose a reason.');
      if (!until || until <= S.today) return (qs('#defWarn').textContent = 'The deferral end date must be in the future.');
      d.status = 'Deferred';
      d.deferral = { reason, until };
      if (qs('#defCancel').checked) upcoming.forEach(a => { a.status = 'Cancelled'; });
      closeDialog();
      toast(`${d.name} deferred until ${niceY(until)}`);
      render();
    } }
  ]);
}
function liftDeferral(d) {
  dialog('Lift deferral?', `<p>Make <b>${h(d.name)}</b> eligible to donate again now?</p>`, [
    { label: 'Cancel', run: closeDialog },
    { label: 'Lift deferral', kind: 'primary', run: () => { d.status = 'Eligible'; d.deferral = null; closeDialog(); toast('Deferral lifted'); render(); } }
  ]);
}
function editContact(d) {
  dialog('Edit contact — ' + d.name, `<div class="f"><label for="phoneIn">Phone</label><input type="text" id="phoneIn" value="${h(d.phone)}"></div>`, [
    { label: 'Cancel', run: closeDialog },
    { label: 'Save', kind: 'primary', run: () => { d.phone = qs('#phoneIn').value.trim(); closeDialog(); toast('Contact updated'); render(); } }
  ]);
}
function donorCard(d) {
  const hist = S.appointments.filter(a => a.donor === d.id);
  dialog(d.name, `
    <p style="margin-top:0">${d.id} · <span class="grp">${d.group}</span> · ${h(d.phone)}</p>
    <p>Donations: <b>${d.donations}</b> · last donated ${niceY(d.lastDonation)}</p>
    <p>Status: <span class="pill ${pillCls(d.status)}">${d.status}</span>${d.deferral ? ` — ${h(d.deferral.reason)}, until ${niceY(d.deferral.until)}` : ''}</p>
    <table><tr><th>Appt</th><th>Session</th><th>Time</th><th>Status</th></tr>
    ${hist.map(a => `<tr><td>${a.id}</td><td>${h(sesLabel(SES(a.session)))}</td><td>${a.time}</td><td>${a.status}</td></tr>`).join('') || '<tr><td colspan="4" class="empty">No appointments</td></tr>'}</table>`,
    [{ label: 'Close', run: closeDialog }]);
}

// ---------- views ----------
let view = 'clinic';
const filt = { session: '', status: '', q: '', dq: '' };

function apptRow(a, withSession) {
  const d = D(a.donor);
  const s = SES(a.session);
  const quick = a.status === 'Booked' && a.session === 'SS-311' ? `<button class="small" data-act="checkin" data-id="${a.id}">Check in</button>`
    : a.status === 'Checked in' ? `<button class="small" data-act="donated" data-id="${a.id}">Record donation</button>` : '';
  return `<tr data-id="${a.id}"><td>${a.time}</td>${withSession ? `<td>${h(sesLabel(s))}</td>` : ''}<td><b>${h(d.name)}</b><br><span style="color:#8c8284;font-size:12px">${d.id}</span></td>
    <td><span class="grp">${d.group}</span></td><td>${a.type}</td><td><span class="pill ${pillCls(a.status)}">${a.status}</span></td>
    <td class="acts">${quick}<button class="dots" data-id="${a.id}" aria-label="More actions for ${h(d.name)}" title="More actions">⋮</button></td></tr>`;
}
function wireApptRows(root) {
  qsa('button[data-act=checkin]', root).forEach(b => b.onclick = () => checkIn(S.appointments.find(a => a.id === b.dataset.id)));
  qsa('button[data-act=donated]', root).forEach(b => b.onclick = () => markDonated(S.appointments.find(a => a.id === b.dataset.id)));
  qsa('.dots', root).forEach(b => b.onclick = e => { e.stopPropagation(); popmenu(b, apptMenu(S.appointments.find(a => a.id === b.dataset.id))); });
}

function renderClinic(v) {
  const s = SES('SS-311');
  const list = S.appointments.filter(a => a.session === s.id).sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id));
  const count = st => list.filter(a => a.status === st).length;
  qs('#pageSub').textContent = `${nice(s.date)} 2025 · ${s.venue}`;
  v.innerHTML = `<div class="stats">
      <div class="stat"><div class="n">${list.filter(a => a.status !== 'Cancelled').length}</div><div class="l">Booked today</div></div>
      <div class="stat"><div class="n">${count('Checked in')}</div><div class="l">In clinic now</div></div>
      <div class="stat"><div class="n">${count('Donated')}</div><div class="l">Donations complete</div></div>
      <div class="stat"><div class="n">${count('No-show')}</div><div class="l">No-shows</div></div></div>
    <table><thead><tr><th style="width:70px">Time</th><th>Donor</th><th>Group</th><th>Type</th><th>Status</th><th></th></tr></thead>
    <tbody>${list.map(a => apptRow(a, false)).join('')}</tbody></table>`;
  wireApptRows(v);
}

function renderAppointments(v) {
  qs('#pageSub').textContent = 'All sessions';
  let list = S.appointments.slice();
  if (filt.session) list = list.filter(a => a.session === filt.session);
  if (filt.status) list = list.filter(a => a.status === filt.status);
  if (filt.q) list = list.filter(a => D(a.donor).name.toLowerCase().includes(filt.q) || a.donor.toLowerCase().includes(filt.q) || a.id.toLowerCase().includes(filt.q));
  list.sort((a, b) => SES(a.session).date.localeCompare(SES(b.session).date) || a.time.localeCompare(b.time));
  v.innerHTML = `<div class="filters">
      <label>Search <input type="search" id="fq" value="${h(filt.q)}" placeholder="Donor, number or appt"></label>
      <label>Session <select id="fses"><option value="">All sessions</option>${S.sessions.map(s => `<option value="${s.id}" ${filt.session === s.id ? 'selected' : ''}>${h(sesLabel(s))}</option>`).join('')}</select></label>
      <label>Status <select id="fst"><option value="">Any</option>${['Booked', 'Checked in', 'Donated', 'No-show', 'Cancelled'].map(x => `<option ${filt.status === x ? 'selected' : ''}>${x}</option>`).join('')}</select></label>
    </div>
    <table><thead><tr><th style="width:70px">Time</th><th>Session</th><th>Donor</th><th>Group</th><th>Type</th><th>Status</th><th></th></tr></thead>
    <tbody>${list.map(a => apptRow(a, true)).join('') || '<tr><td colspan="7" class="empty">No appointments match these filters.</td></tr>'}</tbody></table>`;
  qs('#fq').oninput = e => { filt.q = e.target.value.trim().toLowerCase(); renderAppointments(v); const f = qs('#fq'); f.focus(); f.setSelectionRange(f.value.length, f.value.length); };
  qs('#fses').onchange = e => { filt.session = e.target.value; renderAppointments(v); };
  qs('#fst').onchange = e => { filt.status = e.target.value; renderAppointments(v); };
  wireApptRows(v);
}

function renderDonors(v) {
  qs('#pageSub').textContent = `${S.donors.length} registered donors`;
  const list = S.donors.filter(d => !filt.dq || d.name.toLowerCase().includes(filt.dq) || d.id.toLowerCase().includes(filt.dq));
  v.innerHTML = `<div class="filters"><label>Find donor <input type="search" id="dq" value="${h(filt.dq)}" placeholder="Name or DN number"></label></div>
    <table><thead><tr><th>Donor no.</th><th>Name</th><th>Group</th><th>Phone</th><th>Last donation</th><th>Total</th><th>Status</th><th></th></tr></thead><tbody>
    ${list.map(d => `<tr data-id="${d.id}"><td>${d.id}</td><td><b>${h(d.name)}</b></td><td><span class="grp">${d.group}</span></td><td>${h(d.phone)}</td>
      <td>${niceY(d.lastDonation)}</td><td>${d.donations}</td>
      <td><span class="pill ${pillCls(d.status)}">${d.status}</span>${d.deferral ? `<div style="font-size:12px;color:#8c8284">until ${niceY(d.deferral.until)}</div>` : ''}</td>
      <td class="acts"><button class="small" data-book="${d.id}">Book</button><button class="dots" data-id="${d.id}" aria-label="More actions for ${h(d.name)}" title="More actions">⋮</button></td></tr>`).join('')}
    </tbody></table>`;
  qs('#dq').oninput = e => { filt.dq = e.target.value.trim().toLowerCase(); renderDonors(v); const f = qs('#dq'); f.focus(); f.setSelectionRange(f.value.length, f.value.length); };
  qsa('button[data-book]', v).forEach(b => b.onclick = () => bookDialog(D(b.dataset.book)));
  qsa('.dots', v).forEach(b => b.onclick = e => {
    e.stopPropagation();
    const d = D(b.dataset.id);
    const items = [{ label: 'Donor record', run: () => donorCard(d) }, { label: 'Edit contact details', run: () => editContact(d) }];
    if (d.status === 'Deferred') items.push({ label: 'Lift deferral', run: () => liftDeferral(d) });
    else items.push({ label: 'Defer donor…', red: true, run: () => deferDialog(d) });
    popmenu(b, items);
  });
}

function renderSessions(v) {
  qs('#pageSub').textContent = 'Upcoming donor sessions';
  v.innerHTML = `<div class="sessions">${S.sessions.map(s => {
    const used = S.appointments.filter(a => a.session === s.id && a.status !== 'Cancelled').length;
    const cap = TIMES.length * PER_SLOT;
    return `<div class="scard"><h3>${h(s.venue)}, ${h(s.town)}</h3><div class="meta">${s.id} · ${nice(s.date)} · 09:00–15:45</div>
      <div class="bar"><i style="width:${Math.round(used / cap * 100)}%"></i></div><div class="meta">${used} of ${cap} places booked</div></div>`;
  }).join('')}</div>`;
}

function render() {
  const v = qs('#view');
  const titles = { clinic: 'Clinic day', appointments: 'Appointments', donors: 'Donors', sessions: 'Sessions' };
  qs('#pageTitle').textContent = titles[view];
  ({ clinic: renderClinic, appointments: renderAppointments, donors: renderDonors, sessions: renderSessions })[view](v);
}

qsa('#nav a').forEach(a => a.onclick = e => {
  e.preventDefault();
  view = a.dataset.view;
  qsa('#nav a').forEach(x => x.classList.toggle('on', x === a));
  render();
});
qs('#bookBtn').onclick = () => bookDialog(null);
qs('#backdrop').addEventListener('click', e => { if (e.target.id === 'backdrop') closeDialog(); });
render();
