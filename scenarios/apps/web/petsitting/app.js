/* PawPal Sitters — operations admin (demo data, state resets on reload) */
window.state = {
  ui: { section: 'dashboard', bookingFilter: 'All', bookingSearch: '', sitterSearch: '', petPage: 1 },
  bookings: [
    { id: 'BK-1031', pet: 'Biscuit', owner: 'Hannah Cole', sitter: 'Jenna Walsh', service: 'Dog walking', start: '2024-06-03', end: '2024-06-03', status: 'Completed', notes: '' },
    { id: 'BK-1032', pet: 'Luna', owner: 'Omar Haddad', sitter: 'Priya Nair', service: 'Drop-in visit', start: '2024-06-05', end: '2024-06-07', status: 'Completed', notes: 'Feed twice daily' },
    { id: 'BK-1033', pet: 'Pepper', owner: 'Grace Kim', sitter: 'Marco Silva', service: 'Overnight', start: '2024-06-08', end: '2024-06-10', status: 'Confirmed', notes: '' },
    { id: 'BK-1034', pet: 'Nala', owner: 'Emma Lindqvist', sitter: 'Tyrone Baker', service: 'Boarding', start: '2024-06-10', end: '2024-06-15', status: 'Confirmed', notes: 'Bring own bed' },
    { id: 'BK-1035', pet: 'Biscuit', owner: 'Hannah Cole', sitter: 'Jenna Walsh', service: 'Dog walking', start: '2024-06-17', end: '2024-06-21', status: 'Pending', notes: 'Weekday lunchtime walks' },
    { id: 'BK-1036', pet: 'Rocco', owner: "Kevin O'Brien", sitter: 'Felix Wagner', service: 'Dog walking', start: '2024-06-12', end: '2024-06-12', status: 'Cancelled', notes: '', cancelReason: 'Weather' },
    { id: 'BK-1037', pet: 'Whiskers', owner: 'Derek Olsen', sitter: 'Ines Duarte', service: 'Drop-in visit', start: '2024-06-14', end: '2024-06-18', status: 'Pending', notes: '' },
    { id: 'BK-1038', pet: 'Pepper', owner: 'Grace Kim', sitter: 'Chloe Martin', service: 'Dog walking', start: '2024-06-18', end: '2024-06-18', status: 'Pending', notes: '' },
    { id: 'BK-1039', pet: 'Mango', owner: 'Lucia Ferraro', sitter: 'Ravi Menon', service: 'Drop-in visit', start: '2024-06-19', end: '2024-06-23', status: 'Confirmed', notes: 'Cover cage at night' },
    { id: 'BK-1040', pet: 'Ziggy', owner: 'Sam Patel', sitter: 'Marco Silva', service: 'Overnight', start: '2024-06-20', end: '2024-06-22', status: 'Pending', notes: '' },
    { id: 'BK-1041', pet: 'Bruno', owner: 'Hannah Cole', sitter: 'Daniel Cho', service: 'Boarding', start: '2024-06-22', end: '2024-06-29', status: 'Confirmed', notes: '' },
    { id: 'BK-1042', pet: 'Juniper', owner: 'Aisha Bello', sitter: 'Priya Nair', service: 'Drop-in visit', start: '2024-06-24', end: '2024-06-26', status: 'Pending', notes: '' },
    { id: 'BK-1043', pet: 'Oreo', owner: 'Tom Baxter', sitter: 'Sophie Laurent', service: 'Drop-in visit', start: '2024-06-25', end: '2024-06-27', status: 'Confirmed', notes: '' },
    { id: 'BK-1044', pet: 'Pepper', owner: 'Grace Kim', sitter: 'Marco Silva', service: 'Overnight', start: '2024-07-01', end: '2024-07-03', status: 'Confirmed', notes: '' }
  ],
  sitters: [
    { id: 'S-01', name: 'Marco Silva', city: 'Lisbon', rate: 24, rating: 4.9, services: ['Overnight', 'Boarding', 'Dog walking'], available: true },
    { id: 'S-02', name: 'Priya Nair', city: 'Lisbon', rate: 22, rating: 4.8, services: ['Drop-in visit', 'Overnight'], available: true },
    { id: 'S-03', name: 'Jenna Walsh', city: 'Cascais', rate: 18, rating: 4.7, services: ['Dog walking', 'Drop-in visit'], available: true },
    { id: 'S-04', name: 'Tyrone Baker', city: 'Porto', rate: 26, rating: 4.6, services: ['Boarding', 'Overnight'], available: true },
    { id: 'S-05', name: 'Ines Duarte', city: 'Lisbon', rate: 20, rating: 4.9, services: ['Drop-in visit'], available: false },
    { id: 'S-06', name: 'Felix Wagner', city: 'Sintra', rate: 17, rating: 4.4, services: ['Dog walking'], available: true },
    { id: 'S-07', name: 'Chloe Martin', city: 'Lisbon', rate: 19, rating: 4.5, services: ['Dog walking', 'Drop-in visit'], available: true },
    { id: 'S-08', name: 'Ravi Menon', city: 'Porto', rate: 21, rating: 4.8, services: ['Drop-in visit', 'Boarding'], available: true },
    { id: 'S-09', name: 'Sophie Laurent', city: 'Porto', rate: 23, rating: 4.7, services: ['Drop-in visit', 'Overnight'], available: false },
    { id: 'S-10', name: 'Daniel Cho', city: 'Lisbon', rate: 27, rating: 4.9, services: ['Boarding', 'Overnight', 'Drop-in visit'], available: true }
  ],
  pets: [
    { id: 'P-101', name: 'Biscuit', species: 'Dog', breed: 'Beagle', age: 4, owner: 'Hannah Cole', phone: '+351 912 334 120', meds: '', allergies: 'Chicken', vaccinated: true, vet: 'Clínica Estrela' },
    { id: 'P-102', name: 'Luna', species: 'Cat', breed: 'Siamese', age: 6, owner: 'Omar Haddad', phone: '+351 913 882 401', meds: '', allergies: '', vaccinated: true, vet: 'VetLisboa Centro' },
    { id: 'P-103', name: 'Pepper', species: 'Dog', breed: 'Border Collie', age: 3, owner: 'Grace Kim', phone: '+351 961 220 874', meds: '', allergies: '', vaccinated: true, vet: 'Clínica Estrela' },
    { id: 'P-104', name: 'Whiskers', species: 'Cat', breed: 'Maine Coon', age: 11, owner: 'Derek Olsen', phone: '+351 934 100 552', meds: '', allergies: 'Fish', vaccinated: true, vet: 'Hospital Veterinário do Porto' },
    { id: 'P-105', name: 'Mango', species: 'Parrot', breed: 'African Grey', age: 15, owner: 'Lucia Ferraro', phone: '+351 915 778 320', meds: '', allergies: '', vaccinated: false, vet: 'Aves & Exóticos' },
    { id: 'P-106', name: 'Ziggy', species: 'Dog', breed: 'Dachshund', age: 8, owner: 'Sam Patel', phone: '+351 926 441 090', meds: 'Carprofen 25 mg daily', allergies: '', vaccinated: true, vet: 'VetLisboa Centro' },
    { id: 'P-107', name: 'Nala', species: 'Dog', breed: 'Golden Retriever', age: 5, owner: 'Emma Lindqvist', phone: '+351 917 300 218', meds: '', allergies: '', vaccinated: true, vet: 'Clínica Estrela' },
    { id: 'P-108', name: 'Oreo', species: 'Rabbit', breed: 'Dutch', age: 2, owner: 'Tom Baxter', phone: '+351 938 552 017', meds: '', allergies: '', vaccinated: true, vet: 'Aves & Exóticos' },
    { id: 'P-109', name: 'Juniper', species: 'Cat', breed: 'Ragdoll', age: 9, owner: 'Aisha Bello', phone: '+351 962 118 430', meds: '', allergies: '', vaccinated: true, vet: 'VetLisboa Centro' },
    { id: 'P-110', name: 'Rocco', species: 'Dog', breed: 'Boxer', age: 7, owner: "Kevin O'Brien", phone: '+351 914 009 662', meds: '', allergies: 'Beef', vaccinated: true, vet: 'Clínica Estrela' },
    { id: 'P-111', name: 'Clover', species: 'Guinea pig', breed: 'Abyssinian', age: 1, owner: 'Mia Rossi', phone: '+351 916 204 775', meds: '', allergies: '', vaccinated: false, vet: 'Aves & Exóticos' },
    { id: 'P-112', name: 'Bruno', species: 'Dog', breed: 'Labrador', age: 10, owner: 'Hannah Cole', phone: '+351 912 334 120', meds: 'Glucosamine chews', allergies: '', vaccinated: true, vet: 'Clínica Estrela' },
    { id: 'P-113', name: 'Pickles', species: 'Cat', breed: 'Tabby', age: 12, owner: 'Grace Kim', phone: '+351 961 220 874', meds: '', allergies: '', vaccinated: true, vet: 'Clínica Estrela' }
  ],
  reviews: [
    { id: 'R-1', sitter: 'Marco Silva', author: 'Grace Kim', stars: 5, date: '2024-06-11', text: 'Pepper came back calm and happy. Marco sent photos every evening!', visible: true, flagged: false },
    { id: 'R-2', sitter: 'Priya Nair', author: 'Omar Haddad', stars: 5, date: '2024-06-08', text: 'Luna is picky but Priya got her to eat. Will book again.', visible: true, flagged: false },
    { id: 'R-3', sitter: 'Felix Wagner', author: "Kevin O'Brien", stars: 2, date: '2024-06-12', text: 'Walk was cancelled last minute. Communication could be better.', visible: true, flagged: false },
    { id: 'R-4', sitter: 'Jenna Walsh', author: 'Hannah Cole', stars: 5, date: '2024-06-04', text: 'Biscuit adores Jenna. Always on time.', visible: true, flagged: false },
    { id: 'R-5', sitter: 'Tyrone Baker', author: 'Emma Lindqvist', stars: 4, date: '2024-05-28', text: 'Good boarding experience, lovely garden for Nala.', visible: true, flagged: false },
    { id: 'R-6', sitter: 'Chloe Martin', author: 'Anonymous', stars: 1, date: '2024-05-20', text: 'Call me for cheaper sitting at my own rates!! www.cheap-sit.example', visible: true, flagged: false },
    { id: 'R-7', sitter: 'Ravi Menon', author: 'Lucia Ferraro', stars: 5, date: '2024-05-15', text: 'Mango learned a new word while I was away. Amazing care.', visible: true, flagged: false },
    { id: 'R-8', sitter: 'Daniel Cho', author: 'Sam Patel', stars: 4, date: '2024-05-02', text: 'Very professional, detailed daily report.', visible: true, flagged: false }
  ],
  settings: { cancellationHours: 24, autoConfirm: false, notifyEmail: true, notifySms: false, currency: 'EUR' }
};

const SERVICES = ['Drop-in visit', 'Dog walking', 'Overnight', 'Boarding'];
const CANCEL_REASONS = ['Owner request', 'Sitter unavailable', 'Pet unwell', 'Weather', 'Other'];
const TITLES = { dashboard: 'Dashboard', bookings: 'Bookings', sitters: 'Sitters', pets: 'Pets & Owners', reviews: 'Reviews', settings: 'Settings' };
const view = document.getElementById('view');

function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c])); }
function fmtDate(d) { if (!d) return '—'; const [y, m, day] = d.split('-'); const mn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+m - 1]; return `${+day} ${mn} ${y}`; }
function initials(n) { return n.split(' ').map(x => x[0]).join('').slice(0, 2).toUpperCase(); }

function toast(msg) {
  const t = document.createElement('div');
  t.className = 'toast'; t.textContent = msg;
  document.getElementById('toasts').appendChild(t);
  setTimeout(() => t.remove(), 3200);
}

function closeModal() { const o = document.querySelector('.overlay'); if (o) o.remove(); }
function openModal({ title, body, okText = 'Save', okClass = 'primary', cancelText = 'Cancel', onOk, onMount }) {
  closeModal();
  const o = document.createElement('div');
  o.className = 'overlay';
  o.innerHTML = `<form class="modal" role="dialog" aria-modal="true" aria-label="${esc(title)}" novalidate>
    <header><h3>${esc(title)}</h3><button type="button" class="btn ghost" data-close aria-label="Close">✕</button></header>
    <div class="body">${body}<div class="error" data-error></div></div>
    <footer><button type="button" class="btn" data-close>${esc(cancelText)}</button><button type="submit" class="btn ${okClass}">${esc(okText)}</button></footer>
  </form>`;
  document.body.appendChild(o);
  const form = o.querySelector('form');
  o.addEventListener('click', e => { if (e.target.closest('[data-close]')) closeModal(); });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const err = onOk(form);
    if (typeof err === 'string') { form.querySelector('[data-error]').textContent = err; return; }
    closeModal();
  });
  if (onMount) onMount(form);
  const first = form.querySelector('input,select,textarea');
  if (first) first.focus();
  return form;
}
function confirmDialog(title, text, okText, onOk) {
  openModal({ title, body: `<p>${text}</p>`, okText, okClass: 'danger', onOk: () => { onOk(); } });
}
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeModal(); closeMenus(); } });

function closeMenus() { document.querySelectorAll('.menu.open').forEach(m => m.classList.remove('open')); }
document.addEventListener('click', e => {
  const kb = e.target.closest('.kebab-btn');
  if (kb) { const m = kb.nextElementSibling; const was = m.classList.contains('open'); closeMenus(); if (!was) m.classList.add('open'); return; }
  if (!e.target.closest('.menu')) closeMenus();
});
function kebab(items) {
  return `<div class="kebab"><button type="button" class="kebab-btn" aria-label="More actions" title="More actions">⋯</button><div class="menu" role="menu">${items.map(i => `<button type="button" role="menuitem" class="${i.danger ? 'danger' : ''}" data-act="${i.act}" data-id="${esc(i.id)}">${esc(i.label)}</button>`).join('')}</div></div>`;
}

/* ---------- navigation ---------- */
document.getElementById('nav').addEventListener('click', e => {
  const a = e.target.closest('a[data-section]');
  if (!a) return;
  e.preventDefault();
  state.ui.section = a.dataset.section;
  render();
});

function render() {
  const s = state.ui.section;
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.section === s));
  document.getElementById('page-title').textContent = TITLES[s];
  ({ dashboard: renderDashboard, bookings: renderBookings, sitters: renderSitters, pets: renderPets, reviews: renderReviews, settings: renderSettings })[s]();
}

/* ---------- dashboard ---------- */
function renderDashboard() {
  const b = state.bookings;
  const count = st => b.filter(x => x.status === st).length;
  const upcoming = b.filter(x => x.status === 'Confirmed' || x.status === 'Pending').sort((a, c) => a.start.localeCompare(c.start)).slice(0, 6);
  view.innerHTML = `
  <div class="cards">
    <div class="stat"><div class="lbl">Pending approval</div><div class="num">${count('Pending')}</div></div>
    <div class="stat"><div class="lbl">Confirmed bookings</div><div class="num">${count('Confirmed')}</div></div>
    <div class="stat"><div class="lbl">Active sitters</div><div class="num">${state.sitters.filter(s => s.available).length}</div></div>
    <div class="stat"><div class="lbl">Average rating</div><div class="num">${(state.reviews.reduce((a, r) => a + r.stars, 0) / state.reviews.length).toFixed(1)} ★</div></div>
  </div>
  <div class="panel"><h2>Upcoming stays &amp; visits</h2>
    <table><thead><tr><th>Pet</th><th>Sitter</th><th>Service</th><th>Dates</th><th>Status</th></tr></thead><tbody>
    ${upcoming.map(x => `<tr><td><strong>${esc(x.pet)}</strong> <span class="muted">${esc(x.owner)}</span></td><td>${esc(x.sitter)}</td><td>${esc(x.service)}</td><td>${fmtDate(x.start)} – ${fmtDate(x.end)}</td><td><span class="badge b-${x.status}">${x.status}</span></td></tr>`).join('')}
    </tbody></table>
    <p class="muted">Open <strong>Bookings</strong> to approve, reassign or cancel.</p>
  </div>`;
}

/* ---------- bookings ---------- */
function renderBookings() {
  const f = state.ui.bookingFilter, q = state.ui.bookingSearch.toLowerCase();
  const rows = state.bookings.filter(b => (f === 'All' || b.status === f) && (!q || (b.pet + ' ' + b.owner + ' ' + b.sitter + ' ' + b.id).toLowerCase().includes(q)));
  view.innerHTML = `
  <div class="toolbar">
    <div class="tabs" role="tablist">${['All', 'Pending', 'Confirmed', 'Completed', 'Cancelled'].map(t => `<button type="button" role="tab" data-filter="${t}" class="${t === f ? 'active' : ''}">${t}</button>`).join('')}</div>
    <input type="search" id="booking-search" placeholder="Search pet, owner, sitter…" value="${esc(state.ui.bookingSearch)}" aria-label="Search bookings">
    <div class="spacer"></div>
    <button type="button" class="btn primary" id="new-booking">+ New booking</button>
  </div>
  <div class="panel">
    <table><thead><tr><th>Ref</th><th>Pet</th><th>Sitter</th><th>Service</th><th>Dates</th><th>Status</th><th></th></tr></thead>
    <tbody>${rows.length ? rows.map(b => `<tr data-id="${b.id}">
      <td class="muted">${b.id}</td>
      <td><strong>${esc(b.pet)}</strong><div class="muted">${esc(b.owner)}</div></td>
      <td>${esc(b.sitter)}</td><td>${esc(b.service)}</td>
      <td>${fmtDate(b.start)}${b.end !== b.start ? ' – ' + fmtDate(b.end) : ''}</td>
      <td><span class="badge b-${b.status}">${b.status}</span>${b.cancelReason ? `<div class="muted">${esc(b.cancelReason)}</div>` : ''}</td>
      <td><div class="row-actions">${b.status === 'Pending' ? `<button type="button" class="btn small primary" data-act="confirm" data-id="${b.id}">✓ Confirm</button>` : ''}
      ${kebab([{ act: 'view', id: b.id, label: 'View details' }, ...(b.status === 'Pending' || b.status === 'Confirmed' ? [{ act: 'reassign', id: b.id, label: 'Reassign sitter' }, { act: 'cancel', id: b.id, label: 'Cancel booking', danger: true }] : [])])}</div></td>
    </tr>`).join('') : `<tr><td colspan="7" class="empty">No bookings match.</td></tr>`}</tbody></table>
    <div class="muted" style="margin-top:10px">${rows.length} of ${state.bookings.length} bookings</div>
  </div>`;
  view.querySelectorAll('[data-filter]').forEach(b => b.onclick = () => { state.ui.bookingFilter = b.dataset.filter; renderBookings(); });
  const s = view.querySelector('#booking-search');
  s.oninput = () => { state.ui.bookingSearch = s.value; const pos = s.selectionStart; renderBookings(); const n = view.querySelector('#booking-search'); n.focus(); n.setSelectionRange(pos, pos); };
  view.querySelector('#new-booking').onclick = newBookingModal;
}

view.addEventListener('click', e => {
  const btn = e.target.closest('[data-act]');
  if (!btn) return;
  const id = btn.dataset.id, act = btn.dataset.act;
  closeMenus();
  const b = state.bookings.find(x => x.id === id);
  if (act === 'confirm' && b) { b.status = 'Confirmed'; toast(`Booking ${b.id} for ${b.pet} confirmed`); render(); }
  if (act === 'view' && b) {
    openModal({ title: `Booking ${b.id}`, okText: 'Close', cancelText: 'Back', body: `<p><strong>${esc(b.pet)}</strong> (owner ${esc(b.owner)})</p><p>${esc(b.service)} with ${esc(b.sitter)}</p><p>${fmtDate(b.start)} – ${fmtDate(b.end)}</p><p>Status: ${b.status}</p><p class="muted">${esc(b.notes || 'No notes')}</p>`, onOk: () => { } });
  }
  if (act === 'reassign' && b) reassignModal(b);
  if (act === 'cancel' && b) cancelModal(b);
  const sitter = state.sitters.find(x => x.id === id);
  if (act === 'edit-sitter' && sitter) editSitterModal(sitter);
  if (act === 'toggle-sitter' && sitter) { sitter.available = !sitter.available; toast(`${sitter.name} is now ${sitter.available ? 'available' : 'unavailable'}`); render(); }
  const pet = state.pets.find(x => x.id === id);
  if (act === 'edit-pet' && pet) editPetModal(pet);
  const rv = state.reviews.find(x => x.id === id);
  if (act === 'hide-review' && rv) { rv.visible = !rv.visible; toast(rv.visible ? 'Review published' : 'Review hidden'); render(); }
  if (act === 'flag-review' && rv) { rv.flagged = !rv.flagged; toast(rv.flagged ? 'Review flagged for moderation' : 'Flag removed'); render(); }
});

function newBookingModal() {
  openModal({
    title: 'New booking', okText: 'Create booking',
    body: `
    <div class="field"><label for="nb-pet">Pet</label><select id="nb-pet" name="pet"><option value="">Select a pet…</option>${state.pets.map(p => `<option value="${p.id}">${esc(p.name)} (${esc(p.owner)})</option>`).join('')}</select></div>
    <div class="field"><label for="nb-sitter">Sitter</label><select id="nb-sitter" name="sitter"><option value="">Select a sitter…</option>${state.sitters.filter(s => s.available).map(s => `<option value="${esc(s.name)}">${esc(s.name)} — €${s.rate}/h</option>`).join('')}</select></div>
    <div class="field"><span class="lbl">Service</span><div class="radio-group" role="radiogroup" aria-label="Service">${SERVICES.map(s => `<label><input type="radio" name="service" value="${s}"> ${s}</label>`).join('')}</div></div>
    <div class="field-row"><div class="field"><label for="nb-start">Start date</label><input type="date" id="nb-start" name="start"></div>
    <div class="field"><label for="nb-end">End date</label><input type="date" id="nb-end" name="end"></div></div>
    <div class="field"><label for="nb-notes">Notes for sitter</label><textarea id="nb-notes" name="notes" rows="2"></textarea></div>
    <label class="check"><input type="checkbox" name="email" checked> Email confirmation to owner</label>`,
    onOk: f => {
      const pet = state.pets.find(p => p.id === f.pet.value);
      const svc = f.querySelector('input[name=service]:checked');
      if (!pet) return 'Please choose a pet.';
      if (!f.sitter.value) return 'Please choose a sitter.';
      if (!svc) return 'Please choose a service.';
      if (!f.start.value || !f.end.value) return 'Please enter start and end dates.';
      if (f.end.value < f.start.value) return 'End date must be on or after the start date.';
      const n = Math.max(...state.bookings.map(b => +b.id.slice(3))) + 1;
      state.bookings.push({ id: 'BK-' + n, pet: pet.name, owner: pet.owner, sitter: f.sitter.value, service: svc.value, start: f.start.value, end: f.end.value, status: state.settings.autoConfirm ? 'Confirmed' : 'Pending', notes: f.notes.value.trim(), emailOwner: f.email.checked });
      toast(`Booking BK-${n} created for ${pet.name}`);
      render();
    }
  });
}

function reassignModal(b) {
  openModal({
    title: `Reassign ${b.id} (${b.pet})`, okText: 'Reassign',
    body: `<p class="muted">Currently assigned to <strong>${esc(b.sitter)}</strong>.</p><div class="field"><label for="ra-sitter">New sitter</label><select id="ra-sitter" name="sitter">${state.sitters.filter(s => s.available && s.name !== b.sitter).map(s => `<option>${esc(s.name)}</option>`).join('')}</select></div>`,
    onOk: f => { b.sitter = f.sitter.value; toast(`${b.id} reassigned to ${b.sitter}`); render(); }
  });
}

function cancelModal(b) {
  openModal({
    title: `Cancel booking ${b.id}`, okText: 'Cancel booking', okClass: 'danger', cancelText: 'Keep booking',
    body: `<p>${esc(b.service)} for <strong>${esc(b.pet)}</strong> with ${esc(b.sitter)}, ${fmtDate(b.start)}${b.end !== b.start ? ' – ' + fmtDate(b.end) : ''}.</p>
    <div class="field"><label for="cx-reason">Reason</label><select id="cx-reason" name="reason"><option value="">Select a reason…</option>${CANCEL_REASONS.map(r => `<option>${r}</option>`).join('')}</select></div>
    <div class="field"><label for="cx-note">Internal note (optional)</label><textarea id="cx-note" name="note" rows="2"></textarea></div>
    <label class="check"><input type="checkbox" name="notify" checked> Notify sitter and owner</label>`,
    onOk: f => {
      if (!f.reason.value) return 'Please select a cancellation reason.';
      b.status = 'Cancelled'; b.cancelReason = f.reason.value; b.cancelNote = f.note.value.trim();
      toast(`Booking ${b.id} cancelled`); render();
    }
  });
}

/* ---------- sitters ---------- */
function renderSitters() {
  const q = state.ui.sitterSearch.toLowerCase();
  const list = state.sitters.filter(s => !q || (s.name + ' ' + s.city + ' ' + s.services.join(' ')).toLowerCase().includes(q));
  view.innerHTML = `<div class="toolbar"><input type="search" id="sitter-search" placeholder="Search sitters or services…" value="${esc(state.ui.sitterSearch)}" aria-label="Search sitters"><div class="spacer"></div><span class="muted">${list.length} sitters</span></div>
  <div class="sitter-grid">${list.map(s => `<div class="sitter" data-id="${s.id}">
    ${kebab([{ act: 'edit-sitter', id: s.id, label: 'Edit profile' }, { act: 'toggle-sitter', id: s.id, label: s.available ? 'Mark unavailable' : 'Mark available' }])}
    <div class="top"><div class="avatar">${initials(s.name)}</div><div><strong>${esc(s.name)}</strong><div class="muted">${esc(s.city)} · €${s.rate}/hour · ${s.rating} ★</div></div></div>
    <div class="chips">${s.services.map(x => `<span class="chip">${x}</span>`).join('')}</div>
    <div class="muted">${s.available ? '<span style="color:#16a34a">●</span> Accepting bookings' : '<span style="color:#9ca3af">○</span> Not accepting bookings'}</div>
  </div>`).join('')}</div>`;
  const s = view.querySelector('#sitter-search');
  s.oninput = () => { state.ui.sitterSearch = s.value; const pos = s.selectionStart; renderSitters(); const n = view.querySelector('#sitter-search'); n.focus(); n.setSelectionRange(pos, pos); };
}

function editSitterModal(s) {
  openModal({
    title: `Edit ${s.name}`,
    body: `<div class="field-row"><div class="field"><label for="es-city">City</label><input type="text" id="es-city" name="city" value="${esc(s.city)}"></div>
    <div class="field"><label for="es-rate">Hourly rate (€)</label><input type="number" id="es-rate" name="rate" min="5" max="100" value="${s.rate}"></div></div>
    <div class="field"><span class="lbl">Services offered</span><div class="radio-group">${SERVICES.map(x => `<label><input type="checkbox" name="svc" value="${x}" ${s.services.includes(x) ? 'checked' : ''}> ${x}</label>`).join('')}</div></div>`,
    onOk: f => {
      const rate = Number(f.rate.value);
      if (!rate || rate < 5) return 'Enter a valid hourly rate.';
      const svcs = [...f.querySelectorAll('input[name=svc]:checked')].map(x => x.value);
      if (!svcs.length) return 'Select at least one service.';
      s.city = f.city.value.trim(); s.rate = rate; s.services = svcs;
      toast(`${s.name} updated`); render();
    }
  });
}

/* ---------- pets ---------- */
const PET_PAGE = 8;
function renderPets() {
  const pages = Math.ceil(state.pets.length / PET_PAGE);
  const p = Math.min(state.ui.petPage, pages);
  const list = state.pets.slice((p - 1) * PET_PAGE, p * PET_PAGE);
  view.innerHTML = `<div class="panel"><table><thead><tr><th>Pet</th><th>Species / breed</th><th>Age</th><th>Owner</th><th>Health</th><th></th></tr></thead><tbody>
  ${list.map(x => `<tr data-id="${x.id}"><td><strong>${esc(x.name)}</strong></td><td>${esc(x.species)} · ${esc(x.breed)}</td><td>${x.age} yrs</td><td>${esc(x.owner)}<div class="muted">${esc(x.phone)}</div></td>
  <td>${x.vaccinated ? '✔ Vaccinated' : '<span style="color:#b45309">⚠ Not vaccinated</span>'}${x.meds ? `<div class="muted">Rx: ${esc(x.meds)}</div>` : ''}</td>
  <td><div class="row-actions"><button type="button" class="btn small" data-act="edit-pet" data-id="${x.id}">✎ Edit</button></div></td></tr>`).join('')}
  </tbody></table>
  <div class="pager"><span class="muted">Showing ${(p - 1) * PET_PAGE + 1}–${(p - 1) * PET_PAGE + list.length} of ${state.pets.length} pets</span>
  <div class="btns"><button type="button" class="btn small" id="pet-prev" ${p === 1 ? 'disabled' : ''}>‹ Previous</button><span style="padding:4px 8px">Page ${p} of ${pages}</span><button type="button" class="btn small" id="pet-next" ${p === pages ? 'disabled' : ''}>Next ›</button></div></div></div>`;
  view.querySelector('#pet-prev').onclick = () => { state.ui.petPage = Math.max(1, p - 1); renderPets(); };
  view.querySelector('#pet-next').onclick = () => { state.ui.petPage = Math.min(pages, p + 1); renderPets(); };
}

function editPetModal(pet) {
  const form = openModal({
    title: `Edit ${pet.name}`, okText: 'Save changes',
    body: `<div class="modal-tabs" role="tablist"><button type="button" role="tab" class="active" data-tab="profile">Profile</button><button type="button" role="tab" data-tab="health">Health</button><button type="button" role="tab" data-tab="contact">Owner contact</button></div>
    <div data-pane="profile">
      <div class="field-row"><div class="field"><label for="ep-name">Name</label><input type="text" id="ep-name" name="name" value="${esc(pet.name)}"></div>
      <div class="field"><label for="ep-age">Age (years)</label><input type="number" id="ep-age" name="age" value="${pet.age}"></div></div>
      <div class="field-row"><div class="field"><label for="ep-species">Species</label><input type="text" id="ep-species" name="species" value="${esc(pet.species)}"></div>
      <div class="field"><label for="ep-breed">Breed</label><input type="text" id="ep-breed" name="breed" value="${esc(pet.breed)}"></div></div>
    </div>
    <div data-pane="health" hidden>
      <div class="field"><label for="ep-meds">Medication</label><textarea id="ep-meds" name="meds" rows="2" placeholder="Drug, dose and schedule">${esc(pet.meds)}</textarea></div>
      <div class="field"><label for="ep-allergies">Allergies</label><input type="text" id="ep-allergies" name="allergies" value="${esc(pet.allergies)}"></div>
      <div class="field"><label for="ep-vet">Vet clinic</label><input type="text" id="ep-vet" name="vet" value="${esc(pet.vet)}"></div>
      <label class="check"><input type="checkbox" name="vaccinated" ${pet.vaccinated ? 'checked' : ''}> Vaccinations up to date</label>
    </div>
    <div data-pane="contact" hidden>
      <div class="field"><label for="ep-owner">Owner</label><input type="text" id="ep-owner" name="owner" value="${esc(pet.owner)}"></div>
      <div class="field"><label for="ep-phone">Phone</label><input type="text" id="ep-phone" name="phone" value="${esc(pet.phone)}"></div>
    </div>`,
    onOk: f => {
      if (!f.name.value.trim()) return 'Name is required.';
      Object.assign(pet, { name: f.name.value.trim(), age: Number(f.age.value) || pet.age, species: f.species.value.trim(), breed: f.breed.value.trim(), meds: f.meds.value.trim(), allergies: f.allergies.value.trim(), vet: f.vet.value.trim(), vaccinated: f.vaccinated.checked, owner: f.owner.value.trim(), phone: f.phone.value.trim() });
      toast(`${pet.name}'s profile saved`); render();
    }
  });
  form.querySelectorAll('[data-tab]').forEach(t => t.onclick = () => {
    form.querySelectorAll('[data-tab]').forEach(x => x.classList.toggle('active', x === t));
    form.querySelectorAll('[data-pane]').forEach(p => p.hidden = p.dataset.pane !== t.dataset.tab);
  });
}

/* ---------- reviews ---------- */
function renderReviews() {
  view.innerHTML = `<div class="panel"><h2>Recent reviews</h2>${state.reviews.map(r => `<div class="review ${r.visible ? '' : 'hidden-rv'}" data-id="${r.id}">
    <div class="avatar">${initials(r.author)}</div>
    <div class="txt"><div><strong>${esc(r.author)}</strong> → ${esc(r.sitter)} <span class="stars">${'★'.repeat(r.stars)}${'☆'.repeat(5 - r.stars)}</span> <span class="muted">${fmtDate(r.date)}</span> ${r.flagged ? '<span class="badge b-Cancelled">Flagged</span>' : ''} ${r.visible ? '' : '<span class="badge b-Completed">Hidden</span>'}</div><div>${esc(r.text)}</div></div>
    ${kebab([{ act: 'hide-review', id: r.id, label: r.visible ? 'Hide from profile' : 'Publish' }, { act: 'flag-review', id: r.id, label: r.flagged ? 'Remove flag' : 'Flag for moderation', danger: !r.flagged }])}
  </div>`).join('')}</div>`;
}

/* ---------- settings ---------- */
function renderSettings() {
  const st = state.settings;
  view.innerHTML = `<form class="panel" id="settings-form"><h2>Booking policy</h2>
  <div class="settings-grid">
    <div class="field"><label for="set-hours">Free cancellation window (hours)</label><input type="number" id="set-hours" name="hours" value="${st.cancellationHours}"></div>
    <div class="field"><label for="set-cur">Currency</label><select id="set-cur" name="currency">${['EUR', 'GBP', 'USD'].map(c => `<option ${c === st.currency ? 'selected' : ''}>${c}</option>`).join('')}</select></div>
  </div>
  <label class="check"><input type="checkbox" name="auto" ${st.autoConfirm ? 'checked' : ''}> Auto-confirm new bookings</label>
  <h2 style="margin-top:18px">Notifications</h2>
  <label class="check"><input type="checkbox" name="email" ${st.notifyEmail ? 'checked' : ''}> Email owners about status changes</label>
  <label class="check" style="margin-top:6px"><input type="checkbox" name="sms" ${st.notifySms ? 'checked' : ''}> SMS reminders the day before</label>
  <div style="margin-top:16px"><button type="submit" class="btn primary">Save settings</button></div></form>`;
  view.querySelector('#settings-form').onsubmit = e => {
    e.preventDefault(); const f = e.target;
    Object.assign(st, { cancellationHours: Number(f.hours.value) || 0, currency: f.currency.value, autoConfirm: f.auto.checked, notifyEmail: f.email.checked, notifySms: f.sms.checked });
    toast('Settings saved');
  };
}

render();
