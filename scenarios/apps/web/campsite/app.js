'use strict';
// Bramblebank Campground reception app

const ZONES = [
  { name: 'Riverside', from: 1, to: 6, type: 'Tent', surface: 'Grass', electric: false },
  { name: 'Hardstanding', from: 7, to: 14, type: 'Caravan / motorhome', surface: 'Gravel', electric: true },
  { name: 'Glamping pods', from: 15, to: 18, type: 'Pod', surface: 'Deck', electric: true },
  { name: 'Meadow', from: 19, to: 24, type: 'Tent', surface: 'Grass', electric: false }
];

window.state = {
  today: '2024-07-12',
  pitches: ZONES.flatMap(z => Array.from({ length: z.to - z.from + 1 }, (_, i) => ({
    no: String(z.from + i), zone: z.name, type: z.type, surface: z.surface, electric: z.electric || (z.name === 'Meadow' && (z.from + i) % 2 === 1),
    status: 'Open', closeReason: ''
  }))),
  extrasCatalog: [
    { name: 'Firewood bundle', price: 8, per: 'each' },
    { name: 'Breakfast hamper', price: 18, per: 'each' },
    { name: 'Dog', price: 3, per: 'night' },
    { name: 'Extra car', price: 5, per: 'night' },
    { name: 'Kayak hire', price: 25, per: 'day' },
    { name: 'Late checkout (2pm)', price: 10, per: 'stay' }
  ],
  reservations: [
    { ref: 'CS-4449', guest: 'Greta Holm', pitch: '11', arrive: '2024-07-08', nights: 4, adults: 2, children: 0, vehicle: 'KS19 HMB', status: 'Departed', extras: [] },
    { ref: 'CS-4452', guest: 'Rhys Davies', pitch: '2', arrive: '2024-07-09', nights: 5, adults: 1, children: 0, vehicle: 'CU68 RDV', status: 'Arrived', extras: ['Firewood bundle'] },
    { ref: 'CS-4455', guest: 'Martina Rossi', pitch: '8', arrive: '2024-07-10', nights: 4, adults: 2, children: 1, vehicle: 'GF21 XRO', status: 'Arrived', extras: ['Dog'] },
    { ref: 'CS-4458', guest: 'Tom Fletcher', pitch: '15', arrive: '2024-07-11', nights: 3, adults: 2, children: 0, vehicle: 'WP70 TFL', status: 'Arrived', extras: ['Breakfast hamper'] },
    { ref: 'CS-4461', guest: 'Jonas Weber', pitch: '19', arrive: '2024-07-11', nights: 2, adults: 2, children: 0, vehicle: 'B-JW 4412', status: 'Arrived', extras: [] },
    { ref: 'CS-4463', guest: 'Paul Ashworth', pitch: '14', arrive: '2024-07-12', nights: 2, adults: 2, children: 2, vehicle: '', status: 'Cancelled', extras: [] },
    { ref: 'CS-4471', guest: 'Hannah Berg', pitch: '3', arrive: '2024-07-12', nights: 2, adults: 2, children: 0, vehicle: 'LR22 HBG', status: 'Booked', extras: [] },
    { ref: 'CS-4473', guest: 'Chidi Okonkwo', party: 'Okonkwo family', pitch: '10', arrive: '2024-07-12', nights: 4, adults: 2, children: 3, vehicle: 'YH20 OKW', status: 'Booked', extras: ['Extra car'] },
    { ref: 'CS-4474', guest: 'Erik Lindqvist', pitch: '7', arrive: '2024-07-12', nights: 3, adults: 2, children: 0, vehicle: 'ABC 123 (SE)', status: 'Booked', extras: [] },
    { ref: 'CS-4476', guest: 'Sam Pritchard', pitch: '16', arrive: '2024-07-12', nights: 2, adults: 2, children: 0, vehicle: 'DN17 SPJ', status: 'Booked', extras: ['Breakfast hamper'] },
    { ref: 'CS-4477', guest: 'Dev Malhotra', pitch: '20', arrive: '2024-07-12', nights: 1, adults: 1, children: 0, vehicle: 'MX65 DVM', status: 'Arrived', extras: [] },
    { ref: 'CS-4478', guest: 'Isla Fraser', pitch: '5', arrive: '2024-07-12', nights: 2, adults: 2, children: 1, vehicle: 'SV66 IFR', status: 'Booked', extras: ['Dog'] },
    { ref: 'CS-4479', guest: 'Aoife Brennan', pitch: '12', arrive: '2024-07-13', nights: 5, adults: 2, children: 2, vehicle: '221-D-4471', status: 'Booked', extras: ['Dog'] },
    { ref: 'CS-4485', guest: 'Ffion Hughes', pitch: '13', arrive: '2024-07-13', nights: 2, adults: 2, children: 0, vehicle: 'CE18 FFH', status: 'Booked', extras: [] },
    { ref: 'CS-4483', guest: 'Maya Thompson', pitch: '17', arrive: '2024-07-14', nights: 7, adults: 2, children: 2, vehicle: 'BD71 MTH', status: 'Booked', extras: ['Breakfast hamper'] },
    { ref: 'CS-4488', guest: 'Ben Okafor', pitch: '8', arrive: '2024-07-15', nights: 3, adults: 2, children: 0, vehicle: 'LN19 BOK', status: 'Booked', extras: [] },
    { ref: 'CS-4482', guest: 'Lukas Becker', pitch: '9', arrive: '2024-07-16', nights: 3, adults: 2, children: 1, vehicle: 'M-LB 208', status: 'Booked', extras: ['Kayak hire'] },
    { ref: 'CS-4480', guest: 'Ngozi Okonkwo', pitch: '21', arrive: '2024-07-19', nights: 2, adults: 2, children: 0, vehicle: 'NK23 OKO', status: 'Booked', extras: [] },
    { ref: 'CS-4486', guest: 'Daniel Kowalski', pitch: '22', arrive: '2024-07-20', nights: 3, adults: 3, children: 0, vehicle: 'WA 55821', status: 'Booked', extras: ['Firewood bundle'] },
    { ref: 'CS-4487', guest: 'Priyanka Shah', pitch: '1', arrive: '2024-07-26', nights: 2, adults: 2, children: 2, vehicle: 'PS68 SHA', status: 'Booked', extras: [] }
  ]
};

const S = window.state;
const ui = { q: '', status: 'upcoming', pitch: null };
const main = document.getElementById('main');

const esc = s => String(s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const toDate = s => { const [y, m, d] = s.split('-').map(Number); return new Date(y, m - 1, d); };
const addDays = (s, n) => { const d = toDate(s); d.setDate(d.getDate() + n); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
const fmt = s => toDate(s).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const res = ref => S.reservations.find(r => r.ref === ref);
const pitch = no => S.pitches.find(p => p.no === String(no));
const tag = s => `<span class="tag t-${s.toLowerCase()}">${s}</span>`;
const people = r => `${r.adults} adult${r.adults === 1 ? '' : 's'}${r.children ? `, ${r.children} child${r.children === 1 ? '' : 'ren'}` : ''}`;
const departs = r => addDays(r.arrive, r.nights);

function note(msg) {
  const n = document.getElementById('note');
  n.textContent = msg; n.style.display = 'block';
  clearTimeout(note.t); note.t = setTimeout(() => { n.style.display = 'none'; }, 2200);
}

function occupant(no, day) {
  return S.reservations.find(r => r.pitch === String(no) && r.status !== 'Cancelled' && r.status !== 'Departed' && r.arrive <= day && day < departs(r));
}
function clashes(r, no) {
  return S.reservations.some(o => o !== r && o.pitch === String(no) && o.status !== 'Cancelled' && o.status !== 'Departed' && o.arrive < departs(r) && r.arrive < departs(o));
}

function box({ title, sub, body, ok, okClass = 'go', cancel = 'Cancel', onOk }) {
  const host = document.getElementById('modal');
  host.innerHTML = `<div class="backdrop"><div class="box" role="dialog" aria-modal="true" aria-label="${esc(title)}">
    <h3>${esc(title)}</h3>${sub ? `<p class="sub">${sub}</p>` : ''}${body || ''}<div class="msg"></div>
    <div class="btns"><button class="btn" data-x="no">${esc(cancel)}</button><button class="btn ${okClass}" data-x="yes">${esc(ok)}</button></div></div></div>`;
  host.querySelector('[data-x=no]').addEventListener('click', () => { host.innerHTML = ''; });
  host.querySelector('[data-x=yes]').addEventListener('click', () => {
    const m = onOk(host);
    if (m) { host.querySelector('.msg').textContent = m; return; }
    host.innerHTML = ''; render();
  });
}

/* ---------- views ---------- */
function arrivalsView() {
  const list = S.reservations.filter(r => r.arrive === S.today && r.status !== 'Cancelled');
  const waiting = list.filter(r => r.status === 'Booked').length;
  const departing = S.reservations.filter(r => departs(r) === S.today && r.status !== 'Cancelled');
  return `<div class="section-title"><h2>Arrivals today</h2><span>${waiting} still to arrive · ${list.length - waiting} checked in</span></div>
    ${list.map(r => `<div class="arrival" data-ref="${r.ref}">
      <div class="pitchno">${r.pitch}</div>
      <div class="info"><b>${esc(r.party || r.guest)}</b> ${r.party ? `<span style="color:#6f7a64;font-size:13px">(${esc(r.guest)})</span>` : ''}
        <div>${r.ref} · ${pitch(r.pitch).zone} · ${r.nights} night${r.nights === 1 ? '' : 's'} · ${people(r)}${r.extras.length ? ' · ' + r.extras.map(esc).join(', ') : ''}</div></div>
      ${tag(r.status)}
      ${r.status === 'Booked' ? `<button class="btn go" data-checkin="${r.ref}">Check in</button>` : `<a class="btn link" href="#res/${r.ref}">View</a>`}
    </div>`).join('')}
    <div class="section-title" style="margin-top:24px"><h2>Departures today</h2><span>Check-out by 11:00</span></div>
    ${departing.map(r => `<div class="arrival"><div class="pitchno">${r.pitch}</div><div class="info"><b>${esc(r.guest)}</b><div>${r.ref} · arrived ${fmt(r.arrive)}</div></div>${tag(r.status)}<a class="btn link" href="#res/${r.ref}">View</a></div>`).join('') || '<p style="color:#6f7a64">No departures.</p>'}`;
}

function resRows() {
  const q = ui.q.trim().toLowerCase();
  return S.reservations.filter(r => {
    if (ui.status === 'upcoming' && !(r.status === 'Booked' || r.status === 'Arrived')) return false;
    if (ui.status !== 'upcoming' && ui.status !== 'all' && r.status !== ui.status) return false;
    return !q || `${r.ref} ${r.guest} ${r.party || ''} pitch ${r.pitch}`.toLowerCase().includes(q);
  }).sort((a, b) => a.arrive.localeCompare(b.arrive) || a.ref.localeCompare(b.ref)).map(r => `
    <div class="res" data-open="${r.ref}" role="link" tabindex="0">
      <span class="ref">${r.ref}</span>
      <div><b>${esc(r.guest)}</b><small>${people(r)}</small></div>
      <div>Pitch ${r.pitch}<small>${pitch(r.pitch).zone}</small></div>
      <div>${fmt(r.arrive)} → ${fmt(departs(r))}<small>${r.nights} night${r.nights === 1 ? '' : 's'}</small></div>
      <div>${tag(r.status)}</div></div>`).join('') || '<p style="padding:16px;color:#6f7a64">No reservations match.</p>';
}
function reservationsView() {
  return `<div class="section-title"><h2>Reservations</h2><span>${S.reservations.length} on file</span></div>
    <div class="listbox"><div class="filterbar"><input type="text" id="rq" placeholder="Search by name, booking ref or pitch" value="${esc(ui.q)}">
      <select id="rs" aria-label="Status">${[['upcoming', 'Booked & on site'], ['Booked', 'Booked'], ['Arrived', 'On site'], ['Departed', 'Departed'], ['Cancelled', 'Cancelled'], ['all', 'All']].map(([v, l]) => `<option value="${v}" ${ui.status === v ? 'selected' : ''}>${l}</option>`).join('')}</select></div>
    <div id="rlist">${resRows()}</div></div>`;
}

function detailView(ref) {
  const r = res(ref);
  if (!r) return '<p>Reservation not found.</p>';
  const p = pitch(r.pitch);
  const live = r.status === 'Booked' || r.status === 'Arrived';
  return `<a class="back" href="#reservations">← All reservations</a>
    <div class="detail"><div style="display:flex;justify-content:space-between;align-items:center"><div><h2>${esc(r.guest)}</h2><span class="res-ref" style="color:#6f7a64">${r.ref}${r.party ? ' · ' + esc(r.party) : ''}</span></div>${tag(r.status)}</div>
      <div class="grid">
        <div><label>Pitch</label>${r.pitch} · ${p.zone}${p.electric ? ' ⚡' : ''}</div>
        <div><label>Arrive</label>${fmt(r.arrive)}</div>
        <div><label>Depart</label>${fmt(departs(r))} (${r.nights} nights)</div>
        <div><label>Party</label>${people(r)}</div>
        <div><label>Vehicle</label>${esc(r.vehicle) || '—'}</div>
        <div><label>Pitch type</label>${p.type}</div>
      </div>
      <h3>Extras</h3><div class="extras-list">${r.extras.map(x => `<span>${esc(x)}</span>`).join('') || '<em style="color:#6f7a64">None</em>'}</div>
      ${live ? `<div class="actions">
        ${r.status === 'Booked' && r.arrive === S.today ? `<button class="btn go" data-checkin="${r.ref}">Check in</button>` : ''}
        ${r.status === 'Arrived' ? `<button class="btn go" data-checkout="${r.ref}">Check out</button>` : ''}
        <button class="btn" data-extras="${r.ref}">Add or remove extras</button>
        <button class="btn" data-move="${r.ref}">Change pitch</button>
        ${r.status === 'Booked' ? `<button class="btn link" data-cancel="${r.ref}" style="margin-left:auto;color:#b3401e">Cancel reservation</button>` : ''}
      </div>` : ''}
    </div>`;
}

function pitchesView() {
  const sel = ui.pitch && pitch(ui.pitch);
  let panel = `<div class="pitch-panel"><div><h3>Select a pitch</h3><p>Click a pitch to see who is on it and to open or close it.</p></div></div>`;
  if (sel) {
    const occ = occupant(sel.no, S.today);
    const open = sel.status === 'Open';
    panel = `<div class="pitch-panel"><div><h3>Pitch ${sel.no} · ${sel.zone} ${tag(sel.status)}</h3>
      <p>${sel.type} · ${sel.surface}${sel.electric ? ' · electric hook-up' : ''}${occ ? ` · tonight: ${esc(occ.guest)} (${occ.ref})` : ' · free tonight'}${!open && sel.closeReason ? ` · closed: ${esc(sel.closeReason)}` : ''}</p></div>
      <span class="switch" role="switch" tabindex="0" aria-checked="${open}" aria-label="Pitch ${sel.no} open for bookings" data-toggle="${sel.no}"><span>Open for bookings</span><span class="track"></span></span></div>`;
  }
  let grid = '';
  ZONES.forEach(z => {
    grid += `<div class="zone">${z.name} · ${z.type}</div>`;
    S.pitches.filter(p => p.zone === z.name).forEach(p => {
      const occ = occupant(p.no, S.today);
      grid += `<button class="pitch ${occ ? 'occupied' : ''} ${p.status === 'Closed' ? 'closed' : ''} ${ui.pitch === p.no ? 'sel' : ''}" data-pitch="${p.no}" aria-label="Pitch ${p.no}"><b>${p.no}</b><small>${p.status === 'Closed' ? 'Closed' : occ ? esc(occ.guest.split(' ').slice(-1)[0]) : 'Free'}</small></button>`;
    });
  });
  return `<div class="section-title"><h2>Pitch map</h2><span>Tonight, ${fmt(S.today)}</span></div>${panel}<div class="map">${grid}</div>`;
}

function extrasView() {
  return `<div class="section-title"><h2>Extras &amp; prices</h2><span>2024 season</span></div>
    <table class="prices"><thead><tr><th>Extra</th><th>Price</th><th>Charged per</th><th>Booked this week</th></tr></thead><tbody>
    ${S.extrasCatalog.map(x => `<tr><td>${esc(x.name)}</td><td>£${x.price.toFixed(2)}</td><td>${x.per}</td><td>${S.reservations.filter(r => r.extras.includes(x.name) && r.status !== 'Cancelled').length}</td></tr>`).join('')}
    </tbody></table>`;
}

function render() {
  const h = location.hash.replace('#', '') || 'arrivals';
  const top = h.startsWith('res/') ? 'reservations' : h;
  document.querySelectorAll('#seg a').forEach(a => a.classList.toggle('on', a.dataset.r === top));
  if (h.startsWith('res/')) main.innerHTML = detailView(h.slice(4));
  else main.innerHTML = ({ arrivals: arrivalsView, reservations: reservationsView, pitches: pitchesView, extras: extrasView }[h] || arrivalsView)();
}

/* ---------- actions ---------- */
function checkIn(ref) {
  const r = res(ref);
  box({
    title: `Check in ${r.party || r.guest}`, sub: `${r.ref} · Pitch ${r.pitch} · ${r.nights} nights · ${people(r)}`, ok: 'Confirm check-in',
    body: `<div class="row"><label for="ci-veh">Vehicle registration</label><input type="text" id="ci-veh" value="${esc(r.vehicle)}"></div>
      <div class="row"><label for="ci-bands">Wristbands issued</label><input type="number" id="ci-bands" min="0" value="${r.adults + r.children}"></div>`,
    onOk: host => {
      r.status = 'Arrived'; r.vehicle = host.querySelector('#ci-veh').value.trim(); r.wristbands = Number(host.querySelector('#ci-bands').value) || 0; r.checkedInAt = '14:05';
      note(`${r.guest} checked in to pitch ${r.pitch}`);
    }
  });
}
function editExtras(ref) {
  const r = res(ref);
  box({
    title: 'Extras for ' + r.ref, sub: esc(r.guest) + ' · ' + r.nights + ' nights', ok: 'Save extras',
    body: `<div class="checks">${S.extrasCatalog.map((x, i) => `<label><span style="color:#27311f"><input type="checkbox" id="ex-${i}" value="${esc(x.name)}" ${r.extras.includes(x.name) ? 'checked' : ''}> ${esc(x.name)}</span><span>£${x.price} / ${x.per}</span></label>`).join('')}</div>`,
    onOk: host => {
      r.extras = [...host.querySelectorAll('.checks input:checked')].map(i => i.value);
      note('Extras updated for ' + r.ref);
    }
  });
}
function movePitch(ref) {
  const r = res(ref);
  const compatible = S.pitches.filter(p => p.type === pitch(r.pitch).type);
  box({
    title: 'Change pitch for ' + r.guest, sub: `${r.ref} · currently pitch ${r.pitch} · ${fmt(r.arrive)} → ${fmt(departs(r))}`, ok: 'Move booking',
    body: `<div class="row"><label for="mv-pitch">New pitch</label><select id="mv-pitch"><option value="">Choose a pitch…</option>
      ${compatible.map(p => { const bad = p.no === r.pitch || p.status === 'Closed' || clashes(r, p.no); return `<option value="${p.no}" ${bad ? 'disabled' : ''}>Pitch ${p.no} · ${p.zone}${p.electric ? ' · electric' : ''}${p.no === r.pitch ? ' (current)' : p.status === 'Closed' ? ' (closed)' : bad ? ' (booked)' : ''}</option>`; }).join('')}</select></div>
      <div class="row"><label for="mv-why">Reason</label><select id="mv-why"><option>Guest request</option><option>Pitch fault</option><option>Upgrade</option><option>Other</option></select></div>`,
    onOk: host => {
      const v = host.querySelector('#mv-pitch').value;
      if (!v) return 'Choose the new pitch.';
      const from = r.pitch; r.pitch = v; r.moveReason = host.querySelector('#mv-why').value;
      note(`${r.ref} moved from pitch ${from} to ${v}`);
    }
  });
}
function cancelRes(ref) {
  const r = res(ref);
  box({ title: 'Cancel reservation ' + r.ref + '?', sub: esc(r.guest) + ' · ' + fmt(r.arrive), ok: 'Cancel reservation', okClass: 'warn', cancel: 'Keep it', onOk: () => { r.status = 'Cancelled'; note(r.ref + ' cancelled'); } });
}
function togglePitch(no) {
  const p = pitch(no);
  if (p.status === 'Closed') { p.status = 'Open'; p.closeReason = ''; render(); note('Pitch ' + no + ' reopened'); return; }
  const future = S.reservations.filter(r => r.pitch === p.no && r.status === 'Booked');
  box({
    title: 'Close pitch ' + no + '?', sub: 'Closed pitches can’t be booked or assigned.' + (future.length ? ` ${future.length} upcoming booking${future.length === 1 ? '' : 's'} will need moving.` : ''), ok: 'Close pitch', okClass: 'warn',
    body: `<div class="row"><label for="cl-why">Reason</label><select id="cl-why"><option value="">Select…</option><option>Re-seeding</option><option>Maintenance</option><option>Waterlogged</option><option>Hook-up fault</option><option>Other</option></select></div>`,
    onOk: host => {
      const why = host.querySelector('#cl-why').value;
      if (!why) return 'Pick a reason.';
      p.status = 'Closed'; p.closeReason = why; note('Pitch ' + no + ' closed');
    }
  });
}

document.addEventListener('click', e => {
  const t = e.target;
  let x;
  if ((x = t.closest('[data-checkin]'))) checkIn(x.dataset.checkin);
  else if ((x = t.closest('[data-checkout]'))) { const r = res(x.dataset.checkout); r.status = 'Departed'; render(); note(r.guest + ' checked out'); }
  else if ((x = t.closest('[data-extras]'))) editExtras(x.dataset.extras);
  else if ((x = t.closest('[data-move]'))) movePitch(x.dataset.move);
  else if ((x = t.closest('[data-cancel]'))) cancelRes(x.dataset.cancel);
  else if ((x = t.closest('[data-open]'))) location.hash = '#res/' + x.dataset.open;
  else if ((x = t.closest('[data-pitch]'))) { ui.pitch = x.dataset.pitch; render(); }
  else if ((x = t.closest('[data-toggle]'))) togglePitch(x.dataset.toggle);
});
document.addEventListener('input', e => { if (e.target.id === 'rq') { ui.q = e.target.value; document.getElementById('rlist').innerHTML = resRows(); } });
document.addEventListener('change', e => { if (e.target.id === 'rs') { ui.status = e.target.value; document.getElementById('rlist').innerHTML = resRows(); } });
document.addEventListener('keydown', e => { if (e.key === 'Escape') document.getElementById('modal').innerHTML = ''; });
window.addEventListener('hashchange', render);
render();
