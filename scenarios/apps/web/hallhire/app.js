(function () {
'use strict';
const TODAY = '2025-03-12';
const EXTRAS = { 'Kitchen': 15, 'PA system': 20, 'Projector': 10, 'Stage lighting': 25 };
const HALLS = [
  { id: 'HL-01', name: 'Brookfield Community Centre – Main Hall', address: '2 Church Lane, Brookfield BR4 2LD', capacity: 150, rate: 32, communityRate: 18, facilities: 'Stage, kitchen, PA, accessible toilets' },
  { id: 'HL-02', name: 'Brookfield Community Centre – Meeting Room 1', address: '2 Church Lane, Brookfield BR4 2LD', capacity: 20, rate: 14, communityRate: 8, facilities: 'Boardroom table, screen, Wi-Fi' },
  { id: 'HL-03', name: 'Ashby Pavilion', address: 'Ashby Recreation Ground, Ashby Road BR6 1QT', capacity: 80, rate: 24, communityRate: 13, facilities: 'Sprung floor, kitchenette, parking' },
  { id: 'HL-04', name: 'Millbrook Village Hall', address: 'The Green, Millbrook BR7 3HP', capacity: 120, rate: 28, communityRate: 15, facilities: 'Stage lighting, kitchen, garden' },
  { id: 'HL-05', name: 'Station Road Youth Hub – Studio', address: '41 Station Road, Brookfield BR4 5AA', capacity: 40, rate: 18, communityRate: 10, facilities: 'Mirrors, sound system, changing rooms' }
];
const mins = t => { const [h, m] = t.split(':').map(Number); return h * 60 + m; };
function costOf(b) {
  const h = HALLS.find(x => x.id === b.hall);
  const hours = (mins(b.end) - mins(b.start)) / 60;
  return Math.round((hours * (b.rateType === 'Community' ? h.communityRate : h.rate) + b.extras.reduce((a, e) => a + EXTRAS[e], 0)) * 100) / 100;
}
function BK(id, hall, hirer, org, phone, date, start, end, purpose, attendees, rateType, extras, status, invoice, cancelReason, cancelFee) {
  const b = { id, hall, hirer, org, email: hirer.toLowerCase().replace(/[^a-z ]/g, '').replace(/ /g, '.') + '@example.org', phone, date, start, end, purpose, attendees, rateType, extras, cost: 0, status, invoice, cancelReason: cancelReason || null, cancelFee: cancelFee == null ? null : cancelFee, notes: '' };
  b.cost = costOf(b); return b;
}
window.state = {
  halls: HALLS,
  bookings: [
    BK('HB-5101', 'HL-01', 'Margaret Oduya', 'Brookfield WI', '07700 900301', '2025-03-04', '14:00', '16:00', 'Monthly meeting', 35, 'Community', ['Kitchen'], 'Confirmed', 'Paid'),
    BK('HB-5102', 'HL-03', 'Kirsty Lowe', 'Flow Yoga', '07700 900302', '2025-03-12', '18:00', '20:00', 'Yoga class', 18, 'Standard', [], 'Confirmed', 'Paid'),
    BK('HB-5103', 'HL-04', 'Gareth Pugh', '', '07700 900303', '2025-03-15', '13:00', '18:00', "Children's birthday party", 40, 'Standard', ['Kitchen'], 'Confirmed', 'Paid'),
    BK('HB-5104', 'HL-02', 'Aaron Fielding', 'Brookfield Neighbourhood Watch', '07700 900304', '2025-03-17', '19:00', '21:00', 'Committee meeting', 10, 'Community', [], 'Confirmed', 'Unpaid'),
    BK('HB-5105', 'HL-03', 'Kirsty Lowe', 'Flow Yoga', '07700 900302', '2025-03-19', '18:00', '20:00', 'Yoga class', 18, 'Standard', [], 'Confirmed', 'Unpaid'),
    BK('HB-5106', 'HL-05', 'Jordan Hale', "St Anne's Youth Club", '07700 900306', '2025-03-14', '18:00', '21:00', 'Youth club session', 25, 'Community', [], 'Confirmed', 'Paid'),
    BK('HB-5107', 'HL-01', 'Priya Shah', 'Brookfield Tamil School', '07700 900307', '2025-03-16', '10:00', '13:00', 'Language classes', 45, 'Community', ['Projector'], 'Confirmed', 'Paid'),
    BK('HB-5108', 'HL-04', 'Oliver Grange', 'Millbrook Amateur Dramatics', '07700 900308', '2025-03-21', '18:30', '22:30', 'Rehearsal & performance', 90, 'Community', ['Stage lighting', 'PA system'], 'Provisional', 'Unpaid'),
    BK('HB-5109', 'HL-01', 'Jordan Hale', "St Anne's Youth Club", '07700 900306', '2025-03-22', '17:00', '22:00', 'Youth club party', 70, 'Community', ['Kitchen', 'PA system'], 'Confirmed', 'Unpaid'),
    BK('HB-5110', 'HL-03', 'Kirsty Lowe', 'Flow Yoga', '07700 900302', '2025-03-26', '18:00', '20:00', 'Yoga class', 18, 'Standard', [], 'Provisional', 'Unpaid'),
    BK('HB-5111', 'HL-02', 'Helen Brooks', 'Brookfield Parish Council', '01632 960455', '2025-03-24', '19:00', '21:30', 'Planning committee', 12, 'Community', ['Projector'], 'Confirmed', 'Unpaid'),
    BK('HB-5112', 'HL-05', 'Sian Roberts', 'Station Road Dance Academy', '07700 900312', '2025-03-22', '09:00', '12:00', 'Dance class', 20, 'Standard', ['PA system'], 'Confirmed', 'Paid'),
    BK('HB-5113', 'HL-04', 'Aisha Begum', '', '07700 900313', '2025-04-05', '12:00', '18:00', 'Wedding reception', 110, 'Standard', ['Kitchen', 'PA system'], 'Provisional', 'Unpaid'),
    BK('HB-5114', 'HL-01', 'Robert Kerr', 'Brookfield Bowls Club', '07700 900314', '2025-02-27', '19:00', '22:00', 'Annual dinner', 80, 'Community', ['Kitchen'], 'Cancelled', 'Unpaid', 'Hirer request', 17.25),
    BK('HB-5115', 'HL-03', 'Kirsty Lowe', 'Flow Yoga', '07700 900302', '2025-03-05', '18:00', '20:00', 'Yoga class', 18, 'Standard', [], 'Confirmed', 'Paid'),
    BK('HB-5116', 'HL-02', 'Daniel Obi', 'Brookfield Credit Union', '07700 900316', '2025-04-02', '10:00', '12:00', 'Drop-in advice session', 6, 'Community', [], 'Provisional', 'Unpaid')
  ]
};
const S = window.state;

/* ---------- helpers ---------- */
const $ = (s, r = document) => r.querySelector(s);
const $$ = (s, r = document) => Array.from(r.querySelectorAll(s));
const esc = v => String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const fmt = d => { if (!d) return '—'; const [y, m, dd] = d.split('-').map(Number); return `${DOW[new Date(Date.UTC(y, m - 1, dd)).getUTCDay()]} ${dd} ${MON[m - 1].slice(0, 3)} ${y}`; };
const money = n => '£' + Number(n).toFixed(2);
const hall = id => S.halls.find(h => h.id === id);
const tag = s => `<span class="tagx t-${esc(s)}">${esc(s)}</span>`;
const opts = (list, sel, blank) => (blank ? `<option value="">${blank}</option>` : '') + list.map(o => { const [v, l] = Array.isArray(o) ? o : [o, o]; return `<option value="${esc(v)}" ${v === sel ? 'selected' : ''}>${esc(l)}</option>`; }).join('');
const TIMES = []; for (let h = 8; h <= 23; h++) for (const m of ['00', '30']) { if (h === 23 && m === '30') continue; TIMES.push(String(h).padStart(2, '0') + ':' + m); }

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
function closeMenu() { const m = $('#menu'); if (m) m.remove(); }
document.addEventListener('click', e => { if (!e.target.closest('#menu') && !e.target.closest('#actions-btn')) closeMenu(); });
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

function clash(b, exceptId) {
  return S.bookings.find(x => x.id !== exceptId && x.status !== 'Cancelled' && x.hall === b.hall && x.date === b.date && mins(x.start) < mins(b.end) && mins(b.start) < mins(x.end));
}

/* ---------- routing ---------- */
const ui = { view: 'bookings', id: null, fHall: '', fStatus: 'Active', q: '', from: '', step: 1, draft: null };
function go(view, id) { ui.view = view; ui.id = id || null; closeMenu(); closeModal(); render(); window.scrollTo(0, 0); }
function render() {
  $$('.sn').forEach(b => b.classList.toggle('active', b.dataset.view === ui.view || (ui.view === 'detail' && b.dataset.view === 'bookings')));
  if (ui.view === 'bookings') renderList();
  else if (ui.view === 'detail') renderDetail();
  else if (ui.view === 'new') renderWizard();
  else renderHalls();
}

/* ---------- list ---------- */
function renderList() {
  const q = ui.q.trim().toLowerCase();
  const list = S.bookings.filter(b => {
    if (ui.fHall && b.hall !== ui.fHall) return false;
    if (ui.fStatus === 'Active' && b.status === 'Cancelled') return false;
    if (ui.fStatus !== 'Active' && ui.fStatus !== 'All' && b.status !== ui.fStatus) return false;
    if (ui.from && b.date < ui.from) return false;
    return !q || [b.id, b.hirer, b.org, b.purpose].join(' ').toLowerCase().includes(q);
  }).slice().sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  $('#main').innerHTML = `<h1>Bookings</h1>
    <div class="filters">
      <div class="field"><label for="fq">Search</label><input id="fq" type="search" value="${esc(ui.q)}" placeholder="Ref, hirer, group or purpose" style="width:250px"></div>
      <div class="field"><label for="fhall">Venue</label><select id="fhall">${opts(S.halls.map(h => [h.id, h.name]), ui.fHall, 'All venues')}</select></div>
      <div class="field"><label for="fstatus">Status</label><select id="fstatus">${opts([['Active', 'Provisional & confirmed'], ['Provisional', 'Provisional'], ['Confirmed', 'Confirmed'], ['Cancelled', 'Cancelled'], ['All', 'All']], ui.fStatus)}</select></div>
      <div class="field"><label for="ffrom">From date</label><input id="ffrom" type="date" value="${ui.from}"></div>
    </div>
    <p class="count">${list.length} booking${list.length === 1 ? '' : 's'}</p>
    <table aria-label="Bookings"><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Venue</th><th>Hirer</th><th>Purpose</th><th class="num">Charge</th><th>Status</th><th>Invoice</th></tr></thead><tbody>
    ${list.map(b => `<tr><td class="nw"><button type="button" class="linkbtn" data-open="${b.id}">${b.id}</button></td><td class="nw">${fmt(b.date)}</td><td class="nw">${b.start}–${b.end}</td>
      <td>${esc(hall(b.hall).name)}</td><td>${esc(b.hirer)}${b.org ? `<div class="hint">${esc(b.org)}</div>` : ''}</td><td>${esc(b.purpose)}</td><td class="num">${money(b.cost)}</td><td>${tag(b.status)}</td><td>${tag(b.invoice)}</td></tr>`).join('') || '<tr><td colspan="9">No bookings match these filters.</td></tr>'}</tbody></table>`;
  $('#fq').addEventListener('input', e => { ui.q = e.target.value; renderList(); const i = $('#fq'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  $('#fhall').addEventListener('change', e => { ui.fHall = e.target.value; renderList(); });
  $('#fstatus').addEventListener('change', e => { ui.fStatus = e.target.value; renderList(); });
  $('#ffrom').addEventListener('change', e => { ui.from = e.target.value; renderList(); });
  $$('[data-open]').forEach(b => b.addEventListener('click', () => go('detail', b.dataset.open)));
}

/* ---------- detail ---------- */
function renderDetail() {
  const b = S.bookings.find(x => x.id === ui.id), h = hall(b.hall);
  const hours = (mins(b.end) - mins(b.start)) / 60, rate = b.rateType === 'Community' ? h.communityRate : h.rate;
  $('#main').innerHTML = `<div class="crumbs"><button type="button" class="linkbtn" id="back">Bookings</button> › ${b.id}</div>
    <div class="detail-head"><div><h1>${esc(b.purpose)} – ${b.id}</h1><div>${tag(b.status)} <span class="hint">Invoice:</span> ${tag(b.invoice)}</div></div>
      <div class="actions-wrap"><button type="button" class="btn secondary" id="actions-btn" aria-haspopup="menu">Actions ▾</button></div></div>
    <div class="cols">
      <section><h2>Booking</h2><dl class="summary">
        <dt>Venue</dt><dd>${esc(h.name)}<div class="hint">${esc(h.address)}</div></dd>
        <dt>Date</dt><dd>${fmt(b.date)}</dd><dt>Time</dt><dd>${b.start} to ${b.end} (${hours} hours)</dd>
        <dt>Expected attendees</dt><dd>${b.attendees == null ? 'Not given' : b.attendees}</dd>
        <dt>Extras</dt><dd>${b.extras.length ? b.extras.map(esc).join(', ') : 'None'}</dd>
        ${b.status === 'Cancelled' ? `<dt>Cancelled</dt><dd>${esc(b.cancelReason)} · fee ${money(b.cancelFee || 0)}</dd>` : ''}
      </dl></section>
      <section><h2>Hirer</h2><dl class="summary">
        <dt>Name</dt><dd>${esc(b.hirer)}</dd><dt>Organisation</dt><dd>${esc(b.org) || '—'}</dd><dt>Email</dt><dd>${esc(b.email)}</dd><dt>Phone</dt><dd>${esc(b.phone) || '—'}</dd>
      </dl>
      <h2>Charges</h2><dl class="summary">
        <dt>Hire</dt><dd>${hours} h × ${money(rate)} (${b.rateType.toLowerCase()} rate)</dd>
        ${b.extras.map(e => `<dt>${esc(e)}</dt><dd>${money(EXTRAS[e])}</dd>`).join('')}
        <dt>Total</dt><dd><b>${money(b.cost)}</b></dd></dl></section>
    </div>`;
  $('#back').addEventListener('click', () => go('bookings'));
  $('#actions-btn').addEventListener('click', e => {
    if ($('#menu')) { closeMenu(); return; }
    const open = b.status !== 'Cancelled';
    const items = [
      { label: 'Edit booking', disabled: !open, fn: () => editBooking(b) },
      { label: 'Mark invoice paid', disabled: !open || b.invoice !== 'Unpaid', fn: () => markPaid(b) },
      { label: 'Confirm booking', disabled: b.status !== 'Provisional', fn: () => confirmBooking(b) },
      { label: 'Cancel booking', disabled: !open, danger: true, fn: () => cancelBooking(b) }
    ];
    const m = document.createElement('div'); m.className = 'menu'; m.id = 'menu'; m.setAttribute('role', 'menu');
    items.forEach(it => { const x = document.createElement('button'); x.type = 'button'; x.setAttribute('role', 'menuitem'); x.textContent = it.label; x.disabled = !!it.disabled; if (it.danger) x.className = 'danger'; x.addEventListener('click', () => { closeMenu(); it.fn(); }); m.appendChild(x); });
    m.style.right = '0'; m.style.top = '40px';
    $('.actions-wrap').appendChild(m);
  });
}

function markPaid(b) {
  openModal('Mark invoice as paid', `<p>Record that the invoice for <b>${b.id}</b> (${money(b.cost)}) has been paid in full by ${esc(b.org || b.hirer)}?</p>`, [
    { label: 'Cancel', cls: 'secondary' },
    { label: 'Mark as paid', onClick: () => { b.invoice = 'Paid'; closeModal(); render(); toast(`Invoice for ${b.id} marked as paid.`); } }]);
}
function confirmBooking(b) {
  if (b.invoice === 'Unpaid') { toast(`${b.id} can't be confirmed until the invoice is paid.`, 'err'); return; }
  openModal('Confirm booking', `<p>Confirm <b>${b.id}</b> at ${esc(hall(b.hall).name)} on ${fmt(b.date)}? A confirmation email will be sent to ${esc(b.email)}.</p>`, [
    { label: 'Cancel', cls: 'secondary' },
    { label: 'Confirm booking', onClick: () => { b.status = 'Confirmed'; closeModal(); render(); toast(`${b.id} confirmed.`); } }]);
}
function cancelBooking(b) {
  const fee = Math.round(b.cost * 0.25 * 100) / 100;
  openModal(`Cancel booking ${b.id}`, `<p>${esc(b.purpose)} · ${esc(hall(b.hall).name)} · ${fmt(b.date)} ${b.start}–${b.end}</p>
    <div class="field"><label for="cx-reason">Reason</label><select id="cx-reason">${opts(['Hirer request', 'Venue unavailable', 'Non-payment', 'Other'], '', '— Select —')}</select></div>
    <p class="hint">A cancellation fee of 25% (${money(fee)}) applies unless waived.</p>
    <div class="checks"><label><input type="checkbox" id="cx-waive"> Waive cancellation fee</label></div>`, [
    { label: 'Keep booking', cls: 'secondary' },
    { label: 'Cancel booking', cls: 'warning', onClick: ov => {
      const r = $('#cx-reason', ov).value; if (!r) return formError(ov, 'Select a reason for cancelling.');
      b.status = 'Cancelled'; b.cancelReason = r; b.cancelFee = $('#cx-waive', ov).checked ? 0 : fee;
      closeModal(); render(); toast(`${b.id} cancelled.`);
    } }]);
}
function editBooking(b) {
  openModal(`Edit booking ${b.id}`, `
    <div class="row"><div class="field"><label for="ed-date">Date</label><input id="ed-date" type="date" value="${b.date}"></div>
      <div class="field"><label for="ed-start">Start</label><select id="ed-start">${opts(TIMES, b.start)}</select></div>
      <div class="field"><label for="ed-end">End</label><select id="ed-end">${opts(TIMES, b.end)}</select></div></div>
    <div class="field"><label for="ed-purpose">Purpose</label><input id="ed-purpose" value="${esc(b.purpose)}"></div>
    <div class="field"><label for="ed-att">Expected attendees</label><input id="ed-att" type="number" min="1" value="${b.attendees == null ? '' : b.attendees}" style="width:120px"></div>
    <div class="field"><span class="lbl">Extras</span><div class="checks">${Object.keys(EXTRAS).map(e => `<label><input type="checkbox" name="ed-extra" value="${e}" ${b.extras.includes(e) ? 'checked' : ''}> ${e} (${money(EXTRAS[e])})</label>`).join('')}</div></div>`, [
    { label: 'Cancel', cls: 'secondary' },
    { label: 'Save changes', onClick: ov => {
      const nb = Object.assign({}, b, { date: $('#ed-date', ov).value, start: $('#ed-start', ov).value, end: $('#ed-end', ov).value, purpose: $('#ed-purpose', ov).value.trim(),
        attendees: $('#ed-att', ov).value === '' ? null : parseInt($('#ed-att', ov).value, 10), extras: $$('input[name=ed-extra]:checked', ov).map(c => c.value) });
      if (!nb.date) return formError(ov, 'Enter a date.');
      if (mins(nb.end) <= mins(nb.start)) return formError(ov, 'End time must be after the start time.');
      if (!nb.purpose) return formError(ov, 'Enter the purpose of the booking.');
      if (nb.attendees != null && nb.attendees > hall(b.hall).capacity) return formError(ov, `Capacity of this venue is ${hall(b.hall).capacity}.`);
      const c = clash(nb, b.id); if (c) return formError(ov, `This clashes with ${c.id} (${c.start}–${c.end}).`);
      nb.cost = costOf(nb);
      Object.assign(b, nb); closeModal(); render(); toast(`${b.id} updated – new charge ${money(b.cost)}.`);
    } }]);
}

/* ---------- wizard ---------- */
function blankDraft() { return { hall: '', date: '', start: '', end: '', hirer: '', org: '', email: '', phone: '', purpose: '', attendees: '', rateType: 'Standard', extras: [] }; }
function renderWizard() {
  if (!ui.draft) { ui.draft = blankDraft(); ui.step = 1; }
  const d = ui.draft, st = ui.step;
  const steps = ['Venue and time', 'Hirer details', 'Rate, extras and check'];
  let body = '';
  if (st === 1) {
    body = `<div class="field"><label for="w-hall">Venue</label><select id="w-hall">${opts(S.halls.map(h => [h.id, `${h.name} (up to ${h.capacity})`]), d.hall, '— Select a venue —')}</select></div>
      <div class="field"><label for="w-date">Date</label><input id="w-date" type="date" value="${d.date}" style="width:200px"></div>
      <div class="row"><div class="field"><label for="w-start">Start time</label><select id="w-start">${opts(TIMES, d.start, '— Start —')}</select></div>
      <div class="field"><label for="w-end">End time</label><select id="w-end">${opts(TIMES, d.end, '— End —')}</select></div></div>`;
  } else if (st === 2) {
    body = `<div class="field"><label for="w-hirer">Contact name</label><input id="w-hirer" value="${esc(d.hirer)}" style="width:360px"></div>
      <div class="field"><label for="w-org">Organisation or group <span class="hint">(optional)</span></label><input id="w-org" value="${esc(d.org)}" style="width:360px"></div>
      <div class="row"><div class="field"><label for="w-email">Email address</label><input id="w-email" type="email" value="${esc(d.email)}" style="width:300px"></div>
      <div class="field"><label for="w-phone">Phone <span class="hint">(optional)</span></label><input id="w-phone" value="${esc(d.phone)}"></div></div>
      <div class="field"><label for="w-purpose">Purpose of hire</label><input id="w-purpose" value="${esc(d.purpose)}" style="width:360px"></div>
      <div class="field"><label for="w-att">Expected attendees <span class="hint">(optional)</span></label><input id="w-att" type="number" min="1" value="${esc(d.attendees)}" style="width:120px"></div>`;
  } else {
    const h = hall(d.hall);
    const draftB = { hall: d.hall, start: d.start, end: d.end, rateType: d.rateType, extras: d.extras };
    body = `<div class="field"><span class="lbl" id="rate-lbl">Rate</span><span class="hint">Community rate is for registered voluntary and community groups.</span>
        <div class="radios" role="radiogroup" aria-labelledby="rate-lbl">
        <label><input type="radio" name="w-rate" value="Standard" ${d.rateType === 'Standard' ? 'checked' : ''}> Standard rate (${money(h.rate)} per hour)</label>
        <label><input type="radio" name="w-rate" value="Community" ${d.rateType === 'Community' ? 'checked' : ''}> Community rate (${money(h.communityRate)} per hour)</label></div></div>
      <div class="field"><span class="lbl">Extras</span><div class="checks">${Object.keys(EXTRAS).map(e => `<label><input type="checkbox" name="w-extra" value="${e}" ${d.extras.includes(e) ? 'checked' : ''}> ${e} (${money(EXTRAS[e])})</label>`).join('')}</div></div>
      <h2>Check your booking</h2><dl class="summary">
        <dt>Venue</dt><dd>${esc(h.name)}</dd><dt>When</dt><dd>${fmt(d.date)}, ${d.start} to ${d.end}</dd>
        <dt>Hirer</dt><dd>${esc(d.hirer)}${d.org ? ' – ' + esc(d.org) : ''}<br>${esc(d.email)}</dd><dt>Purpose</dt><dd>${esc(d.purpose)}</dd>
        <dt>Estimated charge</dt><dd id="w-cost"><b>${money(costOf(draftB))}</b></dd></dl>`;
  }
  $('#main').innerHTML = `<h1>New booking</h1><ol class="steps">${steps.map((s, i) => `<li class="${i + 1 === st ? 'cur' : i + 1 < st ? 'done' : ''}">${i + 1}. ${s}</li>`).join('')}</ol>
    <div class="wizard"><div id="w-err"></div>${body}
    <div class="btnrow">${st > 1 ? '<button type="button" class="btn secondary" id="w-back">Back</button>' : ''}
      <button type="button" class="btn" id="w-next">${st < 3 ? 'Continue' : 'Submit booking'}</button>
      <button type="button" class="linkbtn" id="w-discard">Discard</button></div></div>`;
  const err = msg => { $('#w-err').innerHTML = `<div class="error-summary" role="alert">${esc(msg)}</div>`; };
  const saveStep = () => {
    if (st === 1) Object.assign(d, { hall: $('#w-hall').value, date: $('#w-date').value, start: $('#w-start').value, end: $('#w-end').value });
    else if (st === 2) Object.assign(d, { hirer: $('#w-hirer').value.trim(), org: $('#w-org').value.trim(), email: $('#w-email').value.trim(), phone: $('#w-phone').value.trim(), purpose: $('#w-purpose').value.trim(), attendees: $('#w-att').value });
    else Object.assign(d, { rateType: ($('input[name=w-rate]:checked') || {}).value || 'Standard', extras: $$('input[name=w-extra]:checked').map(c => c.value) });
  };
  if (st === 3) {
    const upd = () => { saveStep(); $('#w-cost').innerHTML = `<b>${money(costOf({ hall: d.hall, start: d.start, end: d.end, rateType: d.rateType, extras: d.extras }))}</b>`; };
    $$('input[name=w-rate], input[name=w-extra]').forEach(i => i.addEventListener('change', upd));
  }
  const back = $('#w-back'); if (back) back.addEventListener('click', () => { saveStep(); ui.step--; renderWizard(); });
  $('#w-discard').addEventListener('click', () => { ui.draft = null; go('bookings'); });
  $('#w-next').addEventListener('click', () => {
    saveStep();
    if (st === 1) {
      if (!d.hall) return err('Select a venue.');
      if (!d.date) return err('Enter the date of the booking.');
      if (d.date < TODAY) return err('The date must be in the future.');
      if (!d.start || !d.end) return err('Select a start and end time.');
      if (mins(d.end) <= mins(d.start)) return err('The end time must be after the start time.');
      const c = clash(d, null); if (c) return err(`The venue is already booked then (${c.id}, ${c.start}–${c.end}).`);
    } else if (st === 2) {
      if (!d.hirer) return err('Enter the contact name.');
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.email)) return err('Enter a valid email address.');
      if (!d.purpose) return err('Enter the purpose of hire.');
      if (d.attendees !== '' && +d.attendees > hall(d.hall).capacity) return err(`This venue holds up to ${hall(d.hall).capacity} people.`);
    } else {
      const id = 'HB-' + (Math.max(...S.bookings.map(b => +b.id.slice(3))) + 1);
      const nb = { id, hall: d.hall, hirer: d.hirer, org: d.org, email: d.email, phone: d.phone, date: d.date, start: d.start, end: d.end, purpose: d.purpose,
        attendees: d.attendees === '' ? null : parseInt(d.attendees, 10), rateType: d.rateType, extras: d.extras.slice(), cost: 0, status: 'Provisional', invoice: 'Unpaid', cancelReason: null, cancelFee: null, notes: '' };
      nb.cost = costOf(nb);
      S.bookings.push(nb); ui.draft = null;
      go('detail', id); toast(`Provisional booking ${id} created. An invoice for ${money(nb.cost)} has been emailed.`);
      return;
    }
    ui.step++; renderWizard();
  });
}

/* ---------- halls ---------- */
function renderHalls() {
  $('#main').innerHTML = `<h1>Halls and rates</h1><p class="hint">Hourly rates for 2024/25. Extras are charged per booking: ${Object.keys(EXTRAS).map(e => `${e} ${money(EXTRAS[e])}`).join(' · ')}.</p>
    <div class="halls">${S.halls.map(h => `<div class="hall"><h3>${esc(h.name)}</h3><div class="hint">${esc(h.address)}</div>
      <p>Capacity ${h.capacity}<br>Standard ${money(h.rate)}/h · Community ${money(h.communityRate)}/h<br><span class="hint">${esc(h.facilities)}</span></p>
      <p class="hint">${S.bookings.filter(b => b.hall === h.id && b.status !== 'Cancelled' && b.date >= TODAY).length} upcoming bookings</p></div>`).join('')}</div>`;
}

$$('.sn').forEach(b => b.addEventListener('click', () => { if (b.dataset.view === 'new' && ui.view !== 'new') { ui.draft = null; } go(b.dataset.view); }));
render();
})();
