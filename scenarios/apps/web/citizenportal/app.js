/* MyFairhaven resident portal (demo data; resets on reload) */
window.state = {
  ui: { section: 'home', payTab: 'due', reqTab: 'open' },
  user: { name: 'Jordan Ellis', email: 'jordan.ellis@mailbox.example', phone: '(555) 013-2294', address: '1187 Larkspur Avenue, Apt 3', zip: '40822', preferredContact: 'Email', language: 'English', paperless: false, smsAlerts: false },
  requests: [
    { id: 'SR-58213', category: 'Pothole', location: 'Larkspur Ave & 12th St', submitted: '2024-04-22', status: 'Closed', description: 'Deep pothole in the right lane.', updates: ['Apr 22 — Request received', 'Apr 25 — Crew assigned', 'Apr 29 — Repaired, request closed'] },
    { id: 'SR-58870', category: 'Streetlight out', location: '1190 Larkspur Avenue', submitted: '2024-05-02', status: 'In progress', description: 'Light pole across from my building is dark.', updates: ['May 2 — Request received', 'May 6 — Forwarded to Fairhaven Power'] },
    { id: 'SR-59102', category: 'Missed collection', location: '1187 Larkspur Avenue', submitted: '2024-05-08', status: 'Closed', description: 'Recycling not collected on Tuesday.', updates: ['May 8 — Request received', 'May 9 — Collected'] },
    { id: 'SR-59344', category: 'Graffiti', location: 'Pedestrian underpass, Mill Creek Trail', submitted: '2024-05-11', status: 'Open', description: 'Large tag on the north wall.', updates: ['May 11 — Request received'] },
    { id: 'SR-59417', category: 'Tree maintenance', location: 'Larkspur Park, east entrance', submitted: '2024-05-13', status: 'Open', description: 'Broken branch hanging over the path.', updates: ['May 13 — Request received'] },
    { id: 'SR-57730', category: 'Noise complaint', location: '1200 block Larkspur Ave', submitted: '2024-03-30', status: 'Closed', description: 'Construction before 7am.', updates: ['Mar 30 — Request received', 'Apr 2 — Contractor warned, closed'] },
    { id: 'SR-57012', category: 'Sidewalk damage', location: '12th St near bus stop 4411', submitted: '2024-03-04', status: 'Closed', description: 'Raised slab, trip hazard.', updates: ['Mar 4 — Request received', 'Mar 20 — Slab ground down, closed'] }
  ],
  permits: [
    { id: 'PM-24-0311', type: 'Residential parking — Zone B', holder: 'Jordan Ellis', detail: 'Vehicle KX21 LMP (Honda Civic)', validUntil: '2024-08-31', status: 'Active', fee: 60, autoRenew: false },
    { id: 'PM-24-0312', type: 'Visitor parking — Zone B', holder: 'Jordan Ellis', detail: '20 day passes remaining', validUntil: '2024-08-31', status: 'Active', fee: 25, autoRenew: false },
    { id: 'PM-23-1187', type: 'Residential parking — Zone D', holder: 'Jordan Ellis', detail: 'Vehicle KX21 LMP (previous address)', validUntil: '2023-12-31', status: 'Expired', fee: 60, autoRenew: false },
    { id: 'LC-24-2290', type: 'Dog licence', holder: 'Jordan Ellis', detail: '"Maple", spayed female, tag 2290', validUntil: '2025-01-31', status: 'Active', fee: 18, autoRenew: true },
    { id: 'PM-24-0977', type: 'Garden waste collection', holder: 'Jordan Ellis', detail: '1 × 240L brown bin', validUntil: '2024-12-31', status: 'Active', fee: 45, autoRenew: true },
    { id: 'PM-24-1033', type: 'Block party road closure', holder: 'Jordan Ellis', detail: 'Larkspur Ave (11th–12th), Jul 6, 2–9pm', validUntil: '2024-07-06', status: 'Pending', fee: 0, autoRenew: false }
  ],
  bills: [
    { id: 'INV-30112', description: 'Water & sewer — March 2024', amount: 64.20, due: '2024-05-20', status: 'Unpaid', paidWith: null, paidOn: null },
    { id: 'INV-30488', description: 'Water & sewer — April 2024', amount: 58.75, due: '2024-06-19', status: 'Unpaid', paidWith: null, paidOn: null },
    { id: 'TAX-24-02', description: 'Property tax — 2nd installment 2024', amount: 812.00, due: '2024-06-30', status: 'Unpaid', paidWith: null, paidOn: null },
    { id: 'PCN-77120', description: 'Parking citation — Elm Street', amount: 35.00, due: '2024-05-28', status: 'Unpaid', paidWith: null, paidOn: null },
    { id: 'INV-29871', description: 'Water & sewer — February 2024', amount: 61.10, due: '2024-04-19', status: 'Paid', paidWith: 'visa-4242', paidOn: '2024-04-12' },
    { id: 'INV-29544', description: 'Water & sewer — January 2024', amount: 66.40, due: '2024-03-20', status: 'Paid', paidWith: 'visa-4242', paidOn: '2024-03-14' },
    { id: 'PM-24-0977', description: 'Garden waste collection 2024', amount: 45.00, due: '2024-01-31', status: 'Paid', paidWith: 'mc-8810', paidOn: '2024-01-09' },
    { id: 'TAX-24-01', description: 'Property tax — 1st installment 2024', amount: 812.00, due: '2024-01-31', status: 'Paid', paidWith: 'bank-3391', paidOn: '2024-01-25' }
  ],
  paymentMethods: [
    { id: 'visa-4242', label: 'Visa ending in 4242', detail: 'Expires 09/26' },
    { id: 'mc-8810', label: 'Mastercard ending in 8810', detail: 'Expires 02/27' },
    { id: 'bank-3391', label: 'Checking account ending in 3391', detail: 'First Fairhaven Credit Union' }
  ],
  appointments: [
    { id: 'APT-5521', service: "Driver's license renewal", office: 'City Hall — Main Street', date: '2024-05-29', time: '14:00', status: 'Booked', reminder: true },
    { id: 'APT-5410', service: 'Library card', office: 'Northside Library Annex', date: '2024-04-11', time: '11:00', status: 'Completed', reminder: false },
    { id: 'APT-5388', service: 'Notary service', office: 'City Hall — Main Street', date: '2024-03-02', time: '09:30', status: 'Cancelled', reminder: false }
  ]
};

const CATEGORIES = ['Pothole', 'Streetlight out', 'Graffiti', 'Missed collection', 'Noise complaint', 'Sidewalk damage', 'Tree maintenance', 'Abandoned vehicle'];
const SERVICES = ['Passport application', 'Passport photo', "Driver's license renewal", 'Marriage license', 'Notary service', 'Library card'];
const OFFICES = ['City Hall — Main Street', 'Eastside Service Center', 'Northside Library Annex'];
const SLOTS = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30'];
const view = document.getElementById('view');

const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const money = n => '$' + n.toFixed(2);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function longDate(d) { const [y, m, dd] = d.split('-').map(Number); return `${MONTHS[m - 1]} ${dd}, ${y}`; }
function time12(t) { let [h, m] = t.split(':').map(Number); const ap = h >= 12 ? 'PM' : 'AM'; h = h % 12 || 12; return `${h}:${String(m).padStart(2, '0')} ${ap}`; }
function dow(d) { const [y, m, dd] = d.split('-').map(Number); return new Date(Date.UTC(y, m - 1, dd)).getUTCDay(); }
const stCls = s => ({ Open: 's-open', 'In progress': 's-progress', Closed: 's-closed', Unpaid: 's-unpaid', Paid: 's-paid', Active: 's-active', Expired: 's-expired', Pending: 's-pending', Booked: 's-booked', Completed: 's-closed', Cancelled: 's-cancelled' }[s] || '');

function toast(m) { const t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(() => t.remove(), 3500); }
function closeDialog() { document.querySelectorAll('.overlay').forEach(o => o.remove()); }
function dialog({ title, body, ok = 'Save', okCls = 'primary', cancel = 'Cancel', onOk, onCancel, mount, noFooter }) {
  closeDialog();
  const o = document.createElement('div');
  o.className = 'overlay';
  o.innerHTML = `<form class="dialog" role="dialog" aria-modal="true" aria-label="${esc(title)}" novalidate>
    <div class="dh"><h2>${esc(title)}</h2><button type="button" class="x" data-x aria-label="Close">✕</button></div>
    <div class="db">${body}<div class="err" data-err role="alert"></div></div>
    ${noFooter ? '' : `<div class="df"><button type="button" class="btn" data-x>${esc(cancel)}</button><button type="submit" class="btn ${okCls}" data-ok>${esc(ok)}</button></div>`}</form>`;
  document.body.appendChild(o);
  const f = o.querySelector('form');
  o.addEventListener('click', e => { if (e.target.closest('[data-x]')) { closeDialog(); if (onCancel) onCancel(); } });
  f.addEventListener('submit', e => { e.preventDefault(); const r = onOk(f); if (typeof r === 'string') { f.querySelector('[data-err]').textContent = r; return; } if (r === false) return; closeDialog(); render(); });
  if (mount) mount(f);
  return f;
}
function closeMenus() { document.querySelectorAll('.menu.open').forEach(m => m.classList.remove('open')); }
document.addEventListener('click', e => {
  const k = e.target.closest('.kebab-btn');
  if (k) { const m = k.nextElementSibling, was = m.classList.contains('open'); closeMenus(); if (!was) m.classList.add('open'); return; }
  if (!e.target.closest('.menu')) closeMenus();
});
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenus(); if (document.querySelector('.overlay')) { const c = document.querySelector('.overlay [data-x]'); if (c) c.click(); } } });
const kebab = (label, items) => `<div class="kebab"><button type="button" class="kebab-btn" aria-label="${esc(label)}" title="More options">⋯</button><div class="menu" role="menu">${items.map(i => `<button type="button" role="menuitem" data-act="${i[0]}" data-id="${esc(i[1])}" class="${i[3] ? 'danger' : ''}">${esc(i[2])}</button>`).join('')}</div></div>`;

document.getElementById('nav').addEventListener('click', e => { const a = e.target.closest('[data-section]'); if (!a) return; e.preventDefault(); go(a.dataset.section); });
function go(s) { state.ui.section = s; render(); window.scrollTo(0, 0); }
function render() {
  document.querySelectorAll('#nav [data-section]').forEach(a => { a.classList.toggle('active', a.dataset.section === state.ui.section); if (a.dataset.section === state.ui.section) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); });
  ({ home, requests, permits, payments, appointments, profile })[state.ui.section]();
}

/* ---------------- home ---------------- */
function home() {
  const due = state.bills.filter(b => b.status === 'Unpaid');
  const next = state.appointments.filter(a => a.status === 'Booked').sort((a, b) => a.date.localeCompare(b.date))[0];
  view.innerHTML = `<h1>Welcome back, ${esc(state.user.name.split(' ')[0])}</h1>
  <p class="lead">Everything you need from the City of Fairhaven in one place.</p>
  <div class="notice"><strong>Street sweeping season:</strong> Larkspur Avenue is swept every 2nd Tuesday, 8–11 AM. Vehicles left on the street will be cited.</div>
  <div class="tiles">
    <div class="tile"><h3>Bills due</h3><p>${due.length} unpaid bill${due.length === 1 ? '' : 's'} totalling ${money(due.reduce((a, b) => a + b.amount, 0))}</p><button type="button" class="btn sm" data-go="payments">Go to Payments</button></div>
    <div class="tile"><h3>Open requests</h3><p>${state.requests.filter(r => r.status !== 'Closed').length} service requests being worked on</p><button type="button" class="btn sm" data-go="requests">View my requests</button></div>
    <div class="tile"><h3>Next appointment</h3><p>${next ? `${esc(next.service)} — ${longDate(next.date)}, ${time12(next.time)}` : 'No upcoming appointments'}</p><button type="button" class="btn sm" data-go="appointments">Manage appointments</button></div>
  </div>
  <div class="box"><h2>City news</h2><ul class="list">
    <li class="item"><div class="main"><strong>Mill Creek Trail resurfacing</strong><div class="meta">Closed between 5th and 9th Street until June 7.</div></div></li>
    <li class="item"><div class="main"><strong>Summer pool passes on sale</strong><div class="meta">Residents save 20% when buying before May 31.</div></div></li>
    <li class="item"><div class="main"><strong>Budget town hall</strong><div class="meta">May 30, 6:30 PM, Council Chambers and online.</div></div></li></ul></div>`;
  view.querySelectorAll('[data-go]').forEach(b => b.onclick = () => go(b.dataset.go));
}

/* ---------------- requests ---------------- */
function requests() {
  const tab = state.ui.reqTab;
  const list = state.requests.filter(r => tab === 'open' ? r.status !== 'Closed' : r.status === 'Closed').sort((a, b) => b.submitted.localeCompare(a.submitted));
  view.innerHTML = `<h1>My service requests</h1><p class="lead">Report an issue and follow its progress.</p>
  <div class="box"><div class="box-head"><div class="tabs" role="tablist"><button type="button" role="tab" data-rt="open" class="${tab === 'open' ? 'active' : ''}">Open &amp; in progress</button><button type="button" role="tab" data-rt="closed" class="${tab === 'closed' ? 'active' : ''}">Closed</button></div>
  <button type="button" class="btn primary" id="new-req">Report an issue</button></div>
  <ul class="list">${list.length ? list.map(r => `<li class="item"><div class="main"><strong>${esc(r.category)}</strong> — ${esc(r.location)}<div class="meta">${r.id} · submitted ${longDate(r.submitted)}</div></div><span class="status ${stCls(r.status)}">${r.status}</span>
  <button type="button" class="btn sm" data-act="req-view" data-id="${r.id}">Details</button>${kebab('More options for ' + r.id, [['req-comment', r.id, 'Add a comment'], ...(r.status !== 'Closed' ? [['req-withdraw', r.id, 'Withdraw request', true]] : [])])}</li>`).join('') : '<li class="item">No requests here.</li>'}</ul></div>`;
  view.querySelectorAll('[data-rt]').forEach(b => b.onclick = () => { state.ui.reqTab = b.dataset.rt; requests(); });
  view.querySelector('#new-req').onclick = newRequest;
}
function newRequest() {
  dialog({
    title: 'Report an issue', ok: 'Submit request',
    body: `<div class="fg"><label for="nr-cat">What kind of issue?</label><select id="nr-cat" name="cat"><option value="">Choose a category</option>${CATEGORIES.map(c => `<option>${c}</option>`).join('')}</select></div>
    <div class="fg"><label for="nr-loc">Location</label><input type="text" id="nr-loc" name="loc" placeholder="Street address or nearest intersection"></div>
    <div class="fg"><label for="nr-desc">Description</label><textarea id="nr-desc" name="desc" rows="3"></textarea></div>
    <label class="choice"><input type="checkbox" name="updates" checked> Email me when the status changes</label>`,
    onOk: f => {
      if (!f.cat.value) return 'Please choose a category.';
      if (!f.loc.value.trim()) return 'Please enter a location.';
      const id = 'SR-' + (Math.max(...state.requests.map(r => +r.id.slice(3))) + 7);
      state.requests.push({ id, category: f.cat.value, location: f.loc.value.trim(), submitted: '2024-05-17', status: 'Open', description: f.desc.value.trim(), updates: ['May 17 — Request received'], emailUpdates: f.updates.checked });
      state.ui.reqTab = 'open';
      toast(`Thanks! Your request ${id} was submitted.`);
    }
  });
}

/* ---------------- permits ---------------- */
function permits() {
  view.innerHTML = `<h1>Permits &amp; licences</h1><p class="lead">Manage renewals for your permits and licences.</p>
  <div class="permits">${state.permits.map(p => `<div class="permit" data-id="${p.id}">
    ${kebab('More options for ' + p.type, [['permit-pdf', p.id, 'Download permit (PDF)'], ...(p.status === 'Active' ? [['permit-lost', p.id, 'Report lost or stolen', true]] : [])])}
    <h3>${esc(p.type)}</h3><span class="status ${stCls(p.status)}">${p.status}</span>
    <dl><dt>Permit no.</dt><dd>${p.id}</dd><dt>Details</dt><dd>${esc(p.detail)}</dd><dt>Valid until</dt><dd>${longDate(p.validUntil)}</dd><dt>Renewal fee</dt><dd>${p.fee ? money(p.fee) : 'Free'}</dd></dl>
    ${p.status === 'Active' ? `<label class="toggle"><input type="checkbox" role="switch" data-renew="${p.id}" ${p.autoRenew ? 'checked' : ''}> Auto-renew</label>` : p.status === 'Expired' ? '<span class="help">This permit has expired and cannot be renewed online.</span>' : '<span class="help">Under review by the Permits Office.</span>'}
  </div>`).join('')}</div>`;
  view.querySelectorAll('[data-renew]').forEach(cb => cb.onchange = () => {
    const p = state.permits.find(x => x.id === cb.dataset.renew);
    const on = cb.checked;
    dialog({
      title: on ? 'Turn on auto-renew?' : 'Turn off auto-renew?', ok: on ? 'Turn on' : 'Turn off', okCls: on ? 'primary' : 'danger',
      body: on ? `<p><strong>${esc(p.type)}</strong> will renew automatically on ${longDate(p.validUntil)}. The renewal fee of ${money(p.fee)} will be charged to your default payment method.</p>` : `<p>You will need to renew <strong>${esc(p.type)}</strong> manually before ${longDate(p.validUntil)}.</p>`,
      onOk: () => { p.autoRenew = on; toast(`Auto-renew ${on ? 'turned on' : 'turned off'} for ${p.type}`); },
      onCancel: () => { cb.checked = !on; }
    });
  });
}

/* ---------------- payments ---------------- */
function payments() {
  const tab = state.ui.payTab;
  const due = state.bills.filter(b => b.status === 'Unpaid').sort((a, b) => a.due.localeCompare(b.due));
  const paid = state.bills.filter(b => b.status === 'Paid').sort((a, b) => b.paidOn.localeCompare(a.paidOn));
  const mlabel = id => (state.paymentMethods.find(m => m.id === id) || {}).label || '—';
  view.innerHTML = `<h1>Payments</h1><p class="lead">Pay city bills securely online.</p>
  <div class="box"><div class="tabs" role="tablist"><button type="button" role="tab" data-pt="due" class="${tab === 'due' ? 'active' : ''}">Amount due (${due.length})</button><button type="button" role="tab" data-pt="history" class="${tab === 'history' ? 'active' : ''}">Payment history</button></div>
  ${tab === 'due' ? `<table><thead><tr><th>Bill</th><th>Reference</th><th>Due date</th><th>Amount</th><th></th></tr></thead><tbody>
    ${due.length ? due.map(b => `<tr><td>${esc(b.description)}</td><td>${b.id}</td><td>${longDate(b.due)}</td><td class="amount">${money(b.amount)}</td><td style="text-align:right"><button type="button" class="btn sm primary" data-act="pay" data-id="${b.id}">Pay now</button></td></tr>`).join('') : '<tr><td colspan="5">Nothing due. Thank you!</td></tr>'}</tbody></table>`
    : `<table><thead><tr><th>Bill</th><th>Reference</th><th>Paid on</th><th>Method</th><th>Amount</th></tr></thead><tbody>
    ${paid.map(b => `<tr><td>${esc(b.description)}</td><td>${b.id}</td><td>${longDate(b.paidOn)}</td><td>${mlabel(b.paidWith)}</td><td class="amount">${money(b.amount)}</td></tr>`).join('')}</tbody></table>`}</div>
  <div class="box"><h2>Saved payment methods</h2><ul class="list">${state.paymentMethods.map(m => `<li class="item"><div class="main"><strong>${m.label}</strong><div class="meta">${m.detail}</div></div></li>`).join('')}</ul></div>`;
  view.querySelectorAll('[data-pt]').forEach(b => b.onclick = () => { state.ui.payTab = b.dataset.pt; payments(); });
}
function payDialog(b) {
  dialog({
    title: 'Make a payment', ok: `Pay ${money(b.amount)}`,
    body: `<p><strong>${esc(b.description)}</strong><br><span class="help">Reference ${b.id} · due ${longDate(b.due)}</span></p>
    <fieldset><legend>Pay with</legend>${state.paymentMethods.map(m => `<label class="choice-card"><input type="radio" name="method" value="${m.id}"><span><strong>${m.label}</strong><br><span class="help">${m.detail}</span></span></label>`).join('')}</fieldset>
    <label class="choice"><input type="checkbox" name="auth"> I authorize the City of Fairhaven to charge ${money(b.amount)} to this payment method.</label>`,
    onOk: f => {
      const m = f.querySelector('input[name=method]:checked');
      if (!m) return 'Choose a payment method.';
      if (!f.auth.checked) return 'Please confirm the authorization.';
      Object.assign(b, { status: 'Paid', paidWith: m.value, paidOn: '2024-05-17' });
      toast(`Payment of ${money(b.amount)} received. Confirmation sent to ${state.user.email}.`);
    }
  });
}

/* ---------------- appointments ---------------- */
function takenSlots(date, office) {
  const day = +date.slice(8), oi = OFFICES.indexOf(office);
  return SLOTS.filter((s, i) => (day + oi * 3 + i * 5) % 7 === 0 || state.appointments.some(a => a.status === 'Booked' && a.date === date && a.office === office && a.time === s));
}
function appointments() {
  const up = state.appointments.filter(a => a.status === 'Booked').sort((a, b) => a.date.localeCompare(b.date));
  const past = state.appointments.filter(a => a.status !== 'Booked');
  const card = a => `<li class="item"><div class="main"><strong>${esc(a.service)}</strong><div class="meta">${esc(a.office)} · ${longDate(a.date)} at ${time12(a.time)} · ${a.id}</div></div><span class="status ${stCls(a.status)}">${a.status}</span>
    ${a.status === 'Booked' ? `<button type="button" class="btn sm outline-danger" data-act="appt-cancel" data-id="${a.id}">Cancel</button>` : ''}</li>`;
  view.innerHTML = `<h1>Appointments</h1><p class="lead">Book in-person services at a city office.</p>
  <div class="box"><div class="box-head"><h2>Upcoming</h2><button type="button" class="btn primary" id="book">Book an appointment</button></div><ul class="list">${up.length ? up.map(card).join('') : '<li class="item">No upcoming appointments.</li>'}</ul></div>
  <div class="box"><h2>Past &amp; cancelled</h2><ul class="list">${past.map(card).join('')}</ul></div>`;
  view.querySelector('#book').onclick = bookWizard;
}
function bookWizard() {
  const draft = { step: 1, service: '', office: '', date: '', time: '', reminder: true };
  const stepsBar = () => `<div class="steps"><span class="${draft.step === 1 ? 'on' : ''}">1. Service</span><span class="${draft.step === 2 ? 'on' : ''}">2. Location &amp; date</span><span class="${draft.step === 3 ? 'on' : ''}">3. Time</span></div>`;
  const f = dialog({ title: 'Book an appointment', noFooter: true, body: '<div data-wiz></div>', onOk: () => false });
  const host = f.querySelector('[data-wiz]');
  const err = f.querySelector('[data-err]');
  function draw() {
    err.textContent = '';
    let inner = '';
    if (draft.step === 1) inner = `<fieldset><legend>Which service do you need?</legend>${SERVICES.map(s => `<label class="choice"><input type="radio" name="svc" value="${esc(s)}" ${draft.service === s ? 'checked' : ''}> ${esc(s)}</label>`).join('')}</fieldset>`;
    if (draft.step === 2) inner = `<div class="fg"><label for="bk-office">Office</label><select id="bk-office" name="office"><option value="">Choose an office</option>${OFFICES.map(o => `<option ${o === draft.office ? 'selected' : ''}>${o}</option>`).join('')}</select></div>
      <div class="fg"><label for="bk-date">Date</label><input type="date" id="bk-date" name="date" min="2024-05-20" max="2024-08-30" value="${draft.date}"><div class="help">Offices are open Monday to Friday.</div></div>`;
    if (draft.step === 3) {
      const taken = takenSlots(draft.date, draft.office);
      inner = `<p><strong>${esc(draft.service)}</strong><br><span class="help">${esc(draft.office)} · ${longDate(draft.date)}</span></p><fieldset><legend>Available times</legend><div class="slots">${SLOTS.map(s => `<button type="button" class="slot ${draft.time === s ? 'sel' : ''}" data-slot="${s}" ${taken.includes(s) ? 'disabled aria-disabled="true"' : ''} aria-pressed="${draft.time === s}">${time12(s)}</button>`).join('')}</div></fieldset>
      <label class="choice"><input type="checkbox" name="reminder" ${draft.reminder ? 'checked' : ''}> Text me a reminder the day before</label>`;
    }
    host.innerHTML = stepsBar() + inner + `<div class="df" style="padding:14px 0 0">${draft.step > 1 ? '<button type="button" class="btn" data-back>Back</button>' : '<button type="button" class="btn" data-x>Cancel</button>'}
      ${draft.step < 3 ? '<button type="button" class="btn primary" data-next>Continue</button>' : '<button type="button" class="btn primary" data-confirm>Confirm booking</button>'}</div>`;
    host.querySelectorAll('[data-slot]').forEach(b => b.onclick = () => { draft.time = b.dataset.slot; draw(); });
    const rem = host.querySelector('input[name=reminder]');
    if (rem) rem.onchange = () => { draft.reminder = rem.checked; };
    const back = host.querySelector('[data-back]');
    if (back) back.onclick = () => { draft.step--; draw(); };
    const next = host.querySelector('[data-next]');
    if (next) next.onclick = () => {
      if (draft.step === 1) { const c = host.querySelector('input[name=svc]:checked'); if (!c) { err.textContent = 'Please choose a service.'; return; } draft.service = c.value; }
      else if (draft.step === 2) {
        const o = host.querySelector('[name=office]').value, d = host.querySelector('[name=date]').value;
        if (!o) { err.textContent = 'Please choose an office.'; return; }
        if (!d) { err.textContent = 'Please choose a date.'; return; }
        if (d < '2024-05-20' || d > '2024-08-30') { err.textContent = 'Appointments can be booked from May 20 to August 30, 2024.'; return; }
        if ([0, 6].includes(dow(d))) { err.textContent = 'Offices are closed on weekends. Please pick a weekday.'; return; }
        if (o !== draft.office || d !== draft.date) draft.time = '';
        draft.office = o; draft.date = d;
      }
      draft.step++; draw();
    };
    const conf = host.querySelector('[data-confirm]');
    if (conf) conf.onclick = () => {
      if (!draft.time) { err.textContent = 'Please choose a time.'; return; }
      const id = 'APT-' + (Math.max(...state.appointments.map(a => +a.id.slice(4))) + 13);
      state.appointments.push({ id, service: draft.service, office: draft.office, date: draft.date, time: draft.time, status: 'Booked', reminder: draft.reminder });
      closeDialog(); render();
      toast(`Booked: ${draft.service}, ${longDate(draft.date)} at ${time12(draft.time)}`);
    };
  }
  draw();
}

/* ---------------- profile ---------------- */
function profile() {
  const u = state.user;
  view.innerHTML = `<h1>Profile &amp; preferences</h1><p class="lead">Keep your contact details up to date.</p>
  <form class="box" id="profile-form" novalidate>
    <h2>Contact details</h2>
    <div class="form-grid">
      <div class="fg"><label for="pf-name">Full name</label><input type="text" id="pf-name" value="${esc(u.name)}" disabled></div>
      <div class="fg"><label for="pf-email">Email</label><input type="email" id="pf-email" name="email" value="${esc(u.email)}"></div>
      <div class="fg"><label for="pf-phone">Phone</label><input type="tel" id="pf-phone" name="phone" value="${esc(u.phone)}"></div>
      <div class="fg"><label for="pf-zip">ZIP code</label><input type="text" id="pf-zip" name="zip" value="${esc(u.zip)}"></div>
    </div>
    <div class="fg"><label for="pf-address">Home address</label><input type="text" id="pf-address" name="address" value="${esc(u.address)}"></div>
    <h2 style="margin-top:10px">Preferences</h2>
    <fieldset><legend>Preferred contact method</legend>${['Email', 'Phone', 'Mail'].map(c => `<label class="choice"><input type="radio" name="contact" value="${c}" ${u.preferredContact === c ? 'checked' : ''}> ${c}</label>`).join('')}</fieldset>
    <div class="fg" style="max-width:300px"><label for="pf-lang">Language</label><select id="pf-lang" name="lang">${['English', 'Español', 'Tiếng Việt', '中文'].map(l => `<option ${u.language === l ? 'selected' : ''}>${l}</option>`).join('')}</select></div>
    <label class="choice"><input type="checkbox" name="paperless" ${u.paperless ? 'checked' : ''}> Paperless billing — email my bills instead of mailing them</label>
    <label class="choice"><input type="checkbox" name="sms" ${u.smsAlerts ? 'checked' : ''}> Emergency and service alerts by text message</label>
    <div style="margin-top:16px"><button type="submit" class="btn primary">Save changes</button><span class="saved-note" id="saved-note"></span></div>
  </form>`;
  const f = view.querySelector('#profile-form');
  f.onsubmit = e => {
    e.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(f.email.value.trim())) { toast('Please enter a valid email address.'); return; }
    Object.assign(u, { email: f.email.value.trim(), phone: f.phone.value.trim(), zip: f.zip.value.trim(), address: f.address.value.trim(), preferredContact: f.querySelector('input[name=contact]:checked').value, language: f.lang.value, paperless: f.paperless.checked, smsAlerts: f.sms.checked });
    f.querySelector('#saved-note').textContent = '✓ Saved';
    toast('Your profile was updated.');
  };
}

/* ---------------- shared actions ---------------- */
view.addEventListener('click', e => {
  const b = e.target.closest('[data-act]'); if (!b) return;
  closeMenus();
  const id = b.dataset.id, act = b.dataset.act;
  const bill = state.bills.find(x => x.id === id && x.status === 'Unpaid');
  if (act === 'pay' && bill) payDialog(bill);
  const r = state.requests.find(x => x.id === id);
  if (act === 'req-view' && r) dialog({ title: `${r.category} — ${r.id}`, ok: 'Close', cancel: 'Back', body: `<p>${esc(r.location)}</p><p class="help">${esc(r.description)}</p><div class="timeline">${r.updates.map(u => `<div>${esc(u)}</div>`).join('')}</div>`, onOk: () => { } });
  if (act === 'req-comment' && r) dialog({ title: `Comment on ${r.id}`, ok: 'Post comment', body: `<div class="fg"><label for="rc-text">Comment</label><textarea id="rc-text" name="txt" rows="3"></textarea></div>`, onOk: f => { if (!f.txt.value.trim()) return 'Comment cannot be empty.'; r.updates.push('May 17 — You commented: ' + f.txt.value.trim()); toast('Comment added'); } });
  if (act === 'req-withdraw' && r) dialog({ title: 'Withdraw this request?', ok: 'Withdraw', okCls: 'danger', body: `<p>${esc(r.category)} at ${esc(r.location)} will be closed.</p>`, onOk: () => { r.status = 'Closed'; r.updates.push('May 17 — Withdrawn by resident'); toast(`${r.id} withdrawn`); } });
  const p = state.permits.find(x => x.id === id);
  if (act === 'permit-pdf' && p) toast(`Downloading ${p.id}.pdf…`);
  if (act === 'permit-lost' && p) dialog({ title: 'Report lost or stolen', ok: 'Report and request replacement', okCls: 'danger', body: `<p>Your current <strong>${esc(p.type)}</strong> permit will be deactivated and a replacement mailed to you ($5.00 fee).</p>`, onOk: () => { p.status = 'Pending'; p.detail += ' — replacement requested'; toast('Replacement requested'); } });
  const a = state.appointments.find(x => x.id === id);
  if (act === 'appt-cancel' && a) dialog({ title: 'Cancel appointment?', ok: 'Cancel appointment', okCls: 'danger', cancel: 'Keep it', body: `<p>${esc(a.service)} at ${esc(a.office)}, ${longDate(a.date)} at ${time12(a.time)}.</p>`, onOk: () => { a.status = 'Cancelled'; toast('Appointment cancelled'); } });
});

render();
