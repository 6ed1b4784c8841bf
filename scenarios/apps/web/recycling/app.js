/* GreenLoop Ops — municipal recycling operations console (demo data; resets on reload) */
window.state = {
  ui: { section: 'overview', reqStatus: '', reqDistrict: '', reqSearch: '', reqPage: 1 },
  districts: ['Oakfield', 'Harbor', 'Millbrook', 'Westgate', 'Riverside', 'Northgate'],
  requests: [
    { id: 'PR-2201', resident: 'Maria Gonzalez', address: '14 Elm Row', district: 'Oakfield', material: 'Bulky waste', items: 'Three-seat sofa', submitted: '2024-05-06', status: 'Completed', route: 'R-E1', date: '2024-05-08' },
    { id: 'PR-2202', resident: 'Peter Novak', address: '220 Quay Street', district: 'Harbor', material: 'E-waste', items: 'Desktop PC, monitor', submitted: '2024-05-06', status: 'Completed', route: 'R-H1', date: '2024-05-07' },
    { id: 'PR-2203', resident: 'Dana Whitfield', address: '8 Birch Lane', district: 'Millbrook', material: 'Garden waste', items: '6 bags of hedge cuttings', submitted: '2024-05-07', status: 'Completed', route: 'R-E2', date: '2024-05-09' },
    { id: 'PR-2204', resident: 'Ahmed Karimi', address: '91 Canal Road', district: 'Riverside', material: 'Textiles', items: '3 bags of clothing', submitted: '2024-05-08', status: 'Scheduled', route: 'R-S1', date: '2024-05-20' },
    { id: 'PR-2205', resident: 'Lucy Brennan', address: '3 Hill View', district: 'Northgate', material: 'Bulky waste', items: 'Double mattress', submitted: '2024-05-09', status: 'Scheduled', route: 'R-N2', date: '2024-05-21' },
    { id: 'PR-2206', resident: 'George Adeyemi', address: '47 Market Street', district: 'Westgate', material: 'Hazardous', items: 'Unknown chemicals', submitted: '2024-05-09', status: 'Rejected', route: null, date: null, rejectReason: 'Incomplete information' },
    { id: 'PR-2207', resident: 'Sara Lindholm', address: '12 Dock Lane', district: 'Harbor', material: 'Bulky waste', items: 'Dining table, 4 chairs', submitted: '2024-05-10', status: 'New', route: null, date: null },
    { id: 'PR-2208', resident: 'Tom Reilly', address: '56 Orchard Way', district: 'Oakfield', material: 'Garden waste', items: 'Tree branches (bundled)', submitted: '2024-05-10', status: 'New', route: null, date: null },
    { id: 'PR-2209', resident: 'Mei Chen', address: '19 Willow Court', district: 'Millbrook', material: 'E-waste', items: 'Microwave, printer', submitted: '2024-05-11', status: 'New', route: null, date: null },
    { id: 'PR-2210', resident: 'Dana Whitfield', address: '8 Birch Lane', district: 'Millbrook', material: 'E-waste', items: '55" television, DVD player', submitted: '2024-05-12', status: 'New', route: null, date: null },
    { id: 'PR-2211', resident: 'Owen Price', address: '77 Station Road', district: 'Westgate', material: 'Textiles', items: 'Curtains, bedding', submitted: '2024-05-12', status: 'New', route: null, date: null },
    { id: 'PR-2212', resident: 'Hannah Moss', address: '5 Ferry Street', district: 'Riverside', material: 'Hazardous', items: '8 tins of oil paint', submitted: '2024-05-13', status: 'New', route: null, date: null },
    { id: 'PR-2213', resident: 'Victor Almeida', address: '140 Cedar Avenue', district: 'Northgate', material: 'Bulky waste', items: 'Wardrobe (dismantled)', submitted: '2024-05-13', status: 'New', route: null, date: null },
    { id: 'PR-2214', resident: 'Julia Kowalski', address: '29 Pine Street', district: 'Millbrook', material: 'Bulky waste', items: 'Bed frame, mattress', submitted: '2024-05-14', status: 'New', route: null, date: null },
    { id: 'PR-2215', resident: 'Ibrahim Sow', address: '63 Rope Walk', district: 'Harbor', material: 'E-waste', items: 'Washing machine', submitted: '2024-05-14', status: 'New', route: null, date: null },
    { id: 'PR-2216', resident: 'Claire Dubois', address: '2 Meadow Close', district: 'Oakfield', material: 'Garden waste', items: 'Grass cuttings, 4 bags', submitted: '2024-05-15', status: 'New', route: null, date: null },
    { id: 'PR-2217', resident: 'Daniel Walsh', address: '88 Bridge Street', district: 'Riverside', material: 'Bulky waste', items: 'Old piano', submitted: '2024-05-15', status: 'New', route: null, date: null },
    { id: 'PR-2218', resident: 'Nora Lindgren', address: '31 Abbey Road', district: 'Westgate', material: 'E-waste', items: 'Laptop, 2 phones', submitted: '2024-05-16', status: 'New', route: null, date: null }
  ],
  routes: [
    { id: 'R-N1', name: 'North 1', day: 'Monday', districts: ['Northgate'], truck: 'TRK-03', driver: 'Ray Dawson', stops: 41, active: true },
    { id: 'R-N2', name: 'North 2', day: 'Tuesday', districts: ['Northgate'], truck: 'TRK-04', driver: 'Sunita Rao', stops: 37, active: true },
    { id: 'R-E1', name: 'East 1', day: 'Wednesday', districts: ['Oakfield'], truck: 'TRK-07', driver: 'Luis Ortega', stops: 52, active: true },
    { id: 'R-E2', name: 'East 2', day: 'Thursday', districts: ['Oakfield', 'Millbrook'], truck: 'TRK-09', driver: 'Bev Hollis', stops: 48, active: true },
    { id: 'R-S1', name: 'South 1', day: 'Monday', districts: ['Riverside'], truck: 'TRK-10', driver: 'Marek Zielinski', stops: 33, active: true },
    { id: 'R-S2', name: 'South 2', day: 'Wednesday', districts: ['Riverside'], truck: 'TRK-11', driver: 'Joy Mbeki', stops: 29, active: false },
    { id: 'R-W1', name: 'West 1', day: 'Friday', districts: ['Westgate'], truck: 'TRK-12', driver: 'Colin Ash', stops: 44, active: true },
    { id: 'R-H1', name: 'Harbor Loop', day: 'Tuesday', districts: ['Harbor'], truck: 'TRK-14', driver: 'Aoife Byrne', stops: 26, active: true }
  ],
  fleet: [
    { id: 'TRK-03', type: 'Rear loader 20m³', plate: 'BR 24 KLM', status: 'In service', mileage: 84210, nextService: '2024-07-02' },
    { id: 'TRK-04', type: 'Rear loader 20m³', plate: 'BR 24 KLN', status: 'In service', mileage: 79115, nextService: '2024-06-18' },
    { id: 'TRK-05', type: 'Side loader 16m³', plate: 'BR 21 XTA', status: 'Maintenance', mileage: 142330, nextService: '2024-05-20' },
    { id: 'TRK-07', type: 'Rear loader 22m³', plate: 'BR 22 PLD', status: 'In service', mileage: 101402, nextService: '2024-06-05' },
    { id: 'TRK-08', type: 'Flatbed + crane', plate: 'BR 19 HGV', status: 'Out of service', mileage: 188950, nextService: '—' },
    { id: 'TRK-09', type: 'Flatbed + crane', plate: 'BR 23 CRN', status: 'In service', mileage: 56220, nextService: '2024-08-11' },
    { id: 'TRK-10', type: 'Rear loader 20m³', plate: 'BR 23 RTX', status: 'In service', mileage: 61877, nextService: '2024-07-19' },
    { id: 'TRK-11', type: 'Caged tipper', plate: 'BR 20 CGT', status: 'In service', mileage: 120064, nextService: '2024-05-30' },
    { id: 'TRK-12', type: 'Rear loader 22m³', plate: 'BR 22 WST', status: 'In service', mileage: 97310, nextService: '2024-06-01' },
    { id: 'TRK-14', type: 'Electric compact 10m³', plate: 'BR 24 EVC', status: 'In service', mileage: 12480, nextService: '2024-09-14' }
  ],
  sites: [
    { id: 'S1', name: 'Riverside Depot', address: 'Wharf Road', hours: 'Mon–Sat 08:00–18:00', accepts: ['Bulky waste', 'E-waste', 'Garden waste', 'Textiles'], status: 'Open', fill: 62 },
    { id: 'S2', name: 'Oakfield Recycling Centre', address: '1 Kiln Lane', hours: 'Daily 09:00–17:00', accepts: ['Bulky waste', 'Garden waste', 'Textiles'], status: 'Open', fill: 48 },
    { id: 'S3', name: 'Harbor Bottle Bank', address: 'Quay Street car park', hours: '24/7', accepts: ['Glass'], status: 'Open', fill: 91 },
    { id: 'S4', name: 'Millbrook Green Waste Yard', address: 'Mill Road', hours: 'Tue–Sun 08:00–16:00', accepts: ['Garden waste'], status: 'Open', fill: 35 },
    { id: 'S5', name: 'Westgate Hazardous Facility', address: '12 Foundry Way', hours: 'Wed & Sat 09:00–14:00', accepts: ['Hazardous'], status: 'Temporarily closed', fill: 20 },
    { id: 'S6', name: 'Northgate Textile Hub', address: 'Abbey Retail Park', hours: 'Mon–Fri 10:00–18:00', accepts: ['Textiles'], status: 'Open', fill: 77 },
    { id: 'S7', name: 'Civic Centre E-waste Point', address: 'Town Hall Square', hours: 'Mon–Fri 09:00–17:00', accepts: ['E-waste'], status: 'Open', fill: 54 },
    { id: 'S8', name: 'Quarry Lane HWRC', address: 'Quarry Lane', hours: 'Daily 08:00–20:00', accepts: ['Bulky waste', 'E-waste', 'Hazardous', 'Garden waste'], status: 'Open', fill: 68 }
  ],
  reports: [
    { id: 'RPT-0410', type: 'Collected tonnage', period: '2024-03', districts: ['Oakfield', 'Harbor', 'Millbrook', 'Westgate', 'Riverside', 'Northgate'], splitByMaterial: true, format: 'PDF', created: '2024-04-02', by: 'K. Mensah' },
    { id: 'RPT-0411', type: 'Missed pickups', period: '2024-03', districts: ['Harbor'], splitByMaterial: false, format: 'CSV', created: '2024-04-03', by: 'K. Mensah' },
    { id: 'RPT-0412', type: 'Participation rate', period: '2024-04', districts: ['Oakfield', 'Harbor', 'Millbrook', 'Westgate', 'Riverside', 'Northgate'], splitByMaterial: false, format: 'XLSX', created: '2024-05-02', by: 'J. Foster' }
  ]
};

const MATERIALS = ['Bulky waste', 'E-waste', 'Garden waste', 'Hazardous', 'Textiles'];
const REJECT_REASONS = ['Item not accepted for curbside pickup', 'Duplicate request', 'Outside service area', 'Incomplete information'];
const REPORT_TYPES = ['Collected tonnage', 'Participation rate', 'Missed pickups', 'Contamination'];
const PERIODS = [['2024-01', 'January 2024'], ['2024-02', 'February 2024'], ['2024-03', 'March 2024'], ['2024-04', 'April 2024'], ['2024-05', 'May 2024 (to date)']];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PAGE = 10;
const view = document.getElementById('view');

const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const cls = s => s.replace(/ /g, '-');
const routeName = id => { const r = state.routes.find(x => x.id === id); return r ? r.name : '—'; };
function fmt(d) { if (!d) return '—'; const [y, m, dd] = d.split('-'); return `${dd}/${m}/${y}`; }
function weekday(d) { const [y, m, dd] = d.split('-').map(Number); return DAYS[new Date(Date.UTC(y, m - 1, dd)).getUTCDay()]; }

function toast(msg) { const t = document.createElement('div'); t.className = 'toast'; t.textContent = msg; document.getElementById('toasts').appendChild(t); setTimeout(() => t.remove(), 3000); }

function closeModal() { document.querySelectorAll('.overlay').forEach(o => o.remove()); }
function modal({ title, body, ok = 'Save', okCls = 'primary', onOk, mount }) {
  closeModal();
  const o = document.createElement('div');
  o.className = 'overlay';
  o.innerHTML = `<form class="modal" role="dialog" aria-modal="true" aria-label="${esc(title)}" novalidate>
  <div class="mh"><h3>${esc(title)}</h3><button type="button" class="btn sm" data-x aria-label="Close">✕</button></div>
  <div class="mb">${body}<div class="err" data-err></div></div>
  <div class="mf"><button type="button" class="btn" data-x>Cancel</button><button type="submit" class="btn ${okCls}">${esc(ok)}</button></div></form>`;
  document.body.appendChild(o);
  const f = o.querySelector('form');
  o.addEventListener('click', e => { if (e.target.closest('[data-x]')) closeModal(); });
  f.addEventListener('submit', e => { e.preventDefault(); const r = onOk(f); if (typeof r === 'string') { f.querySelector('[data-err]').textContent = r; return; } closeModal(); render(); });
  if (mount) mount(f);
  return f;
}

function closeMenus() { document.querySelectorAll('.menu.open').forEach(m => m.classList.remove('open')); }
document.addEventListener('click', e => {
  const k = e.target.closest('.kebab-btn');
  if (k) { const m = k.nextElementSibling, was = m.classList.contains('open'); closeMenus(); if (!was) m.classList.add('open'); return; }
  if (!e.target.closest('.menu')) closeMenus();
});
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenus(); closeModal(); } });
const kebab = items => `<div class="kebab"><button type="button" class="kebab-btn" aria-label="Actions" title="Actions">⋯</button><div class="menu" role="menu">${items.map(i => `<button type="button" role="menuitem" data-act="${i[0]}" data-id="${esc(i[1])}" class="${i[3] ? 'danger' : ''}">${esc(i[2])}</button>`).join('')}</div></div>`;

document.getElementById('nav').addEventListener('click', e => {
  const b = e.target.closest('[data-section]'); if (!b) return;
  state.ui.section = b.dataset.section; render();
});

function render() {
  document.querySelectorAll('#nav [data-section]').forEach(b => b.classList.toggle('active', b.dataset.section === state.ui.section));
  ({ overview, requests, routes, sites, fleet, reports })[state.ui.section]();
}

/* ---------------- overview ---------------- */
function overview() {
  const r = state.requests;
  const tons = [['Jan', 412], ['Feb', 398], ['Mar', 455], ['Apr', 471], ['May', 236]];
  view.innerHTML = `<h1>Operations overview</h1>
  <div class="grid4">
    <div class="card kpi"><div class="dim">Open pickup requests</div><div class="v">${r.filter(x => x.status === 'New').length}</div><div class="d neg">awaiting scheduling</div></div>
    <div class="card kpi"><div class="dim">Scheduled this week</div><div class="v">${r.filter(x => x.status === 'Scheduled').length}</div><div class="d">on ${state.routes.filter(x => x.active).length} active routes</div></div>
    <div class="card kpi"><div class="dim">Trucks in service</div><div class="v">${state.fleet.filter(x => x.status === 'In service').length}/${state.fleet.length}</div><div class="d">${state.fleet.filter(x => x.status !== 'In service').length} unavailable</div></div>
    <div class="card kpi"><div class="dim">Diversion rate (Apr)</div><div class="v">47.2%</div><div class="d">+1.8 pts vs Mar</div></div>
  </div>
  <div class="grid2">
    <div class="card"><h2>Collected tonnage, 2024</h2><div class="bars">${tons.map(t => `<div class="b" style="height:${t[1] / 5}px" title="${t[1]} t"><span>${t[0]}</span></div>`).join('')}</div><div style="height:18px"></div></div>
    <div class="card"><h2>Recent activity</h2><ul class="activity">
      <li><span class="mono">PR-2218</span> submitted by Nora Lindgren</li>
      <li><span class="mono">TRK-05</span> booked in for hydraulic repair</li>
      <li>Westgate Hazardous Facility closed (staff shortage)</li>
      <li><span class="mono">RPT-0412</span> generated by J. Foster</li>
      <li>Route South 2 paused for resurfacing works</li></ul></div>
  </div>`;
}

/* ---------------- requests ---------------- */
function filteredRequests() {
  const u = state.ui, q = u.reqSearch.trim().toLowerCase();
  return state.requests.filter(r => (!u.reqStatus || r.status === u.reqStatus) && (!u.reqDistrict || r.district === u.reqDistrict) && (!q || [r.id, r.resident, r.address, r.items, r.material].join(' ').toLowerCase().includes(q)));
}
function requests() {
  const u = state.ui, list = filteredRequests();
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  if (u.reqPage > pages) u.reqPage = pages;
  const slice = list.slice((u.reqPage - 1) * PAGE, u.reqPage * PAGE);
  view.innerHTML = `<h1>Pickup requests</h1>
  <div class="toolbar">
    <input type="search" id="rq-search" placeholder="Search ID, resident, address…" aria-label="Search requests" value="${esc(u.reqSearch)}" style="width:260px">
    <select id="rq-status" aria-label="Status filter"><option value="">All statuses</option>${['New', 'Scheduled', 'Completed', 'Rejected'].map(s => `<option ${s === u.reqStatus ? 'selected' : ''}>${s}</option>`).join('')}</select>
    <select id="rq-district" aria-label="District filter"><option value="">All districts</option>${state.districts.map(s => `<option ${s === u.reqDistrict ? 'selected' : ''}>${s}</option>`).join('')}</select>
    <span class="sp"></span><span class="dim">${list.length} result${list.length === 1 ? '' : 's'}</span>
  </div>
  <table><thead><tr><th>ID</th><th>Resident</th><th>Address</th><th>District</th><th>Material</th><th>Items</th><th>Submitted</th><th>Status</th><th>Route / date</th><th></th></tr></thead><tbody>
  ${slice.length ? slice.map(r => `<tr data-id="${r.id}"><td class="mono">${r.id}</td><td>${esc(r.resident)}</td><td>${esc(r.address)}</td><td>${r.district}</td><td>${r.material}</td><td>${esc(r.items)}</td><td>${fmt(r.submitted)}</td>
    <td><span class="tag st-${r.status}">${r.status}</span></td><td>${r.route ? `${routeName(r.route)} · ${fmt(r.date)}` : (r.rejectReason ? `<span class="dim">${esc(r.rejectReason)}</span>` : '—')}</td>
    <td class="actions">${r.status === 'New' ? `<button type="button" class="btn sm primary" data-act="schedule" data-id="${r.id}">Schedule</button> ` : ''}${kebab([['details', r.id, 'View details'], ...(r.status === 'Scheduled' ? [['complete', r.id, 'Mark collected'], ['unschedule', r.id, 'Unschedule']] : []), ...(r.status === 'New' ? [['reject', r.id, 'Reject request', true]] : [])])}</td></tr>`).join('') : `<tr><td colspan="10" class="empty">No requests match these filters.</td></tr>`}
  </tbody></table>
  <div class="pager"><span>Page ${u.reqPage} of ${pages}</span><div class="pg">
    <button type="button" class="btn sm" data-page="${u.reqPage - 1}" ${u.reqPage === 1 ? 'disabled' : ''}>‹ Prev</button>
    ${Array.from({ length: pages }, (_, i) => `<button type="button" class="btn sm ${i + 1 === u.reqPage ? 'cur' : ''}" data-page="${i + 1}">${i + 1}</button>`).join('')}
    <button type="button" class="btn sm" data-page="${u.reqPage + 1}" ${u.reqPage === pages ? 'disabled' : ''}>Next ›</button></div></div>`;
  const s = view.querySelector('#rq-search');
  s.oninput = () => { u.reqSearch = s.value; u.reqPage = 1; const p = s.selectionStart; requests(); const n = view.querySelector('#rq-search'); n.focus(); n.setSelectionRange(p, p); };
  view.querySelector('#rq-status').onchange = e => { u.reqStatus = e.target.value; u.reqPage = 1; requests(); };
  view.querySelector('#rq-district').onchange = e => { u.reqDistrict = e.target.value; u.reqPage = 1; requests(); };
  view.querySelectorAll('[data-page]').forEach(b => b.onclick = () => { u.reqPage = +b.dataset.page; requests(); });
}

function scheduleModal(r) {
  const routes = state.routes.filter(x => x.active);
  modal({
    title: `Schedule ${r.id}`, ok: 'Schedule pickup',
    body: `<p class="hint">${esc(r.resident)}, ${esc(r.address)} (${r.district}) — ${r.material}: ${esc(r.items)}</p>
    <div class="fld"><label for="sc-route">Route</label><select id="sc-route" name="route"><option value="">Choose a route…</option>${routes.map(x => `<option value="${x.id}">${x.name} (${x.day}s) — ${x.districts.join(', ')}</option>`).join('')}</select></div>
    <div class="fld"><label for="sc-date">Collection date</label><input type="date" id="sc-date" name="date" min="2024-05-17"><span class="hint">Must fall on the route's collection day.</span></div>
    <label class="chk"><input type="checkbox" name="sms" checked> Text the resident a confirmation</label>`,
    onOk: f => {
      const rt = state.routes.find(x => x.id === f.route.value);
      if (!rt) return 'Select a route.';
      if (!f.date.value) return 'Pick a collection date.';
      if (weekday(f.date.value) !== rt.day) return `${rt.name} only runs on ${rt.day}s.`;
      Object.assign(r, { status: 'Scheduled', route: rt.id, date: f.date.value, smsSent: f.sms.checked });
      toast(`${r.id} scheduled on ${rt.name}, ${fmt(f.date.value)}`);
    }
  });
}

function rejectModal(r) {
  modal({
    title: `Reject ${r.id}`, ok: 'Reject request', okCls: 'danger',
    body: `<p class="hint">${esc(r.resident)} — ${r.material}: ${esc(r.items)}</p>
    <div class="fld"><label for="rj-reason">Reason</label><select id="rj-reason" name="reason"><option value="">Select…</option>${REJECT_REASONS.map(x => `<option>${x}</option>`).join('')}</select></div>
    <div class="fld"><label for="rj-msg">Message to resident</label><textarea id="rj-msg" name="msg" rows="3" placeholder="Optional"></textarea></div>
    <label class="chk"><input type="checkbox" name="email" checked> Email the resident</label>`,
    onOk: f => {
      if (!f.reason.value) return 'Choose a rejection reason.';
      Object.assign(r, { status: 'Rejected', rejectReason: f.reason.value, rejectMessage: f.msg.value.trim() });
      toast(`${r.id} rejected`);
    }
  });
}

view.addEventListener('click', e => {
  const b = e.target.closest('[data-act]'); if (!b) return;
  closeMenus();
  const id = b.dataset.id, act = b.dataset.act;
  const r = state.requests.find(x => x.id === id);
  if (r && act === 'schedule') scheduleModal(r);
  if (r && act === 'reject') rejectModal(r);
  if (r && act === 'details') modal({ title: `Request ${r.id}`, ok: 'Close', body: `<p><b>${esc(r.resident)}</b><br>${esc(r.address)}, ${r.district}</p><p>${r.material}: ${esc(r.items)}</p><p class="hint">Submitted ${fmt(r.submitted)} · Status ${r.status}</p>`, onOk: () => { } });
  if (r && act === 'complete') { r.status = 'Completed'; toast(`${r.id} marked collected`); render(); }
  if (r && act === 'unschedule') { Object.assign(r, { status: 'New', route: null, date: null }); toast(`${r.id} returned to queue`); render(); }
  const t = state.fleet.find(x => x.id === id);
  if (t && act === 'maint') { t.status = 'Maintenance'; toast(`${t.id} sent to maintenance`); render(); }
  if (t && act === 'oos') { t.status = 'Out of service'; toast(`${t.id} marked out of service`); render(); }
  if (t && act === 'return') { t.status = 'In service'; toast(`${t.id} returned to service`); render(); }
  if (t && act === 'svc') serviceModal(t);
  const s = state.sites.find(x => x.id === id);
  if (s && act === 'close-site') modal({ title: `Close ${s.name}?`, ok: 'Close site', okCls: 'danger', body: `<p>Residents will see the site as temporarily closed on the public map.</p>`, onOk: () => { s.status = 'Temporarily closed'; toast(`${s.name} closed`); } });
  if (s && act === 'open-site') { s.status = 'Open'; toast(`${s.name} reopened`); render(); }
  if (s && act === 'empty-site') { s.fill = 5; toast(`Containers at ${s.name} emptied`); render(); }
  const rt = state.routes.find(x => x.id === id);
  if (rt && act === 'driver') driverModal(rt);
});

/* ---------------- routes ---------------- */
function routes() {
  view.innerHTML = `<h1>Collection routes</h1>
  <table><thead><tr><th>Route</th><th>Day</th><th>Districts</th><th>Truck</th><th>Driver</th><th>Stops</th><th>Active</th><th></th></tr></thead><tbody>
  ${state.routes.map(r => `<tr data-id="${r.id}"><td><b>${r.name}</b> <span class="mono">${r.id}</span></td><td>${r.day}</td><td>${r.districts.join(', ')}</td><td class="mono">${r.truck}</td><td>${esc(r.driver)}</td><td>${r.stops}</td>
  <td><label class="switch" title="Route active"><input type="checkbox" data-route-toggle="${r.id}" ${r.active ? 'checked' : ''} aria-label="${r.name} active"><span></span></label></td>
  <td class="actions">${kebab([['driver', r.id, 'Change driver / truck']])}</td></tr>`).join('')}</tbody></table>`;
  view.querySelectorAll('[data-route-toggle]').forEach(c => c.onchange = () => { const r = state.routes.find(x => x.id === c.dataset.routeToggle); r.active = c.checked; toast(`${r.name} ${r.active ? 'activated' : 'paused'}`); });
}
function driverModal(r) {
  modal({
    title: `${r.name} — crew`, body: `<div class="fld"><label for="dv-driver">Driver</label><input type="text" id="dv-driver" name="driver" value="${esc(r.driver)}"></div>
    <div class="fld"><label for="dv-truck">Truck</label><select id="dv-truck" name="truck">${state.fleet.map(t => `<option ${t.id === r.truck ? 'selected' : ''} ${t.status !== 'In service' ? 'disabled' : ''}>${t.id}</option>`).join('')}</select></div>`,
    onOk: f => { if (!f.driver.value.trim()) return 'Driver is required.'; r.driver = f.driver.value.trim(); r.truck = f.truck.value; toast(`${r.name} crew updated`); }
  });
}

/* ---------------- sites ---------------- */
function sites() {
  view.innerHTML = `<h1>Drop-off sites</h1><div class="sites">${state.sites.map(s => `<div class="card site" data-id="${s.id}">
  ${kebab([s.status === 'Open' ? ['close-site', s.id, 'Mark temporarily closed', true] : ['open-site', s.id, 'Reopen site'], ['empty-site', s.id, 'Log container emptying']])}
  <h2 style="padding-right:26px">${esc(s.name)}</h2><div class="dim">${esc(s.address)} · ${esc(s.hours)}</div>
  <div style="margin-top:8px"><span class="tag st-${cls(s.status)}">${s.status}</span></div>
  <div class="fill" title="Fill level"><i class="${s.fill > 85 ? 'full' : s.fill > 70 ? 'hi' : ''}" style="width:${s.fill}%"></i></div><div class="dim">Containers ${s.fill}% full</div>
  <div class="mats">${s.accepts.map(m => `<span>${m}</span>`).join('')}</div></div>`).join('')}</div>`;
}

/* ---------------- fleet ---------------- */
function fleet() {
  view.innerHTML = `<h1>Fleet</h1>
  <table><thead><tr><th>Vehicle</th><th>Type</th><th>Plate</th><th>Status</th><th>Odometer</th><th>Next service</th><th>Assigned route</th><th></th></tr></thead><tbody>
  ${state.fleet.map(t => { const r = state.routes.find(x => x.truck === t.id); return `<tr data-id="${t.id}"><td class="mono">${t.id}</td><td>${t.type}</td><td>${t.plate}</td><td><span class="tag st-${cls(t.status)}">${t.status}</span></td><td>${t.mileage.toLocaleString('en-GB')} km</td><td>${t.nextService === '—' ? '—' : fmt(t.nextService)}</td><td>${r ? r.name : '—'}</td>
  <td class="actions">${kebab([...(t.status === 'In service' ? [['maint', t.id, 'Send to maintenance'], ['oos', t.id, 'Mark out of service', true]] : [['return', t.id, 'Return to service']]), ['svc', t.id, 'Edit next service date']])}</td></tr>`; }).join('')}</tbody></table>`;
}
function serviceModal(t) {
  modal({
    title: `${t.id} — next service`, body: `<div class="fld"><label for="sv-date">Next service date</label><input type="date" id="sv-date" name="d" value="${t.nextService === '—' ? '' : t.nextService}"></div>`,
    onOk: f => { if (!f.d.value) return 'Pick a date.'; t.nextService = f.d.value; toast(`${t.id} service date updated`); }
  });
}

/* ---------------- reports ---------------- */
function reports() {
  view.innerHTML = `<h1>Reports</h1><div class="toolbar"><span class="dim">Generated reports are kept for 12 months.</span><span class="sp"></span><button type="button" class="btn primary" id="new-report">+ New report</button></div>
  <table><thead><tr><th>ID</th><th>Report</th><th>Period</th><th>Districts</th><th>Format</th><th>Created</th><th>By</th></tr></thead><tbody>
  ${state.reports.slice().reverse().map(r => `<tr><td class="mono">${r.id}</td><td>${r.type}${r.splitByMaterial ? ' <span class="dim">(by material)</span>' : ''}</td><td>${PERIODS.find(p => p[0] === r.period)[1]}</td><td>${r.districts.length === state.districts.length ? 'All districts' : r.districts.join(', ')}</td><td>${r.format}</td><td>${fmt(r.created)}</td><td>${r.by}</td></tr>`).join('')}</tbody></table>`;
  view.querySelector('#new-report').onclick = reportModal;
}
function reportModal() {
  modal({
    title: 'New report', ok: 'Generate',
    body: `<div class="fld"><span class="lbl">Report type</span><div class="opts" role="radiogroup" aria-label="Report type">${REPORT_TYPES.map((t, i) => `<label><input type="radio" name="type" value="${t}" ${i === 0 ? 'checked' : ''}> ${t}</label>`).join('')}</div></div>
    <div class="fld"><label for="rp-period">Period</label><select id="rp-period" name="period">${PERIODS.map(p => `<option value="${p[0]}" ${p[0] === '2024-05' ? 'selected' : ''}>${p[1]}</option>`).join('')}</select></div>
    <div class="fld"><span class="lbl">Districts</span><div class="opts">${state.districts.map(d => `<label><input type="checkbox" name="district" value="${d}" checked> ${d}</label>`).join('')}</div></div>
    <label class="chk" style="margin-bottom:12px"><input type="checkbox" name="split"> Break down by material</label>
    <div class="fld"><span class="lbl">Format</span><div class="opts" role="radiogroup" aria-label="Format">${['PDF', 'CSV', 'XLSX'].map((t, i) => `<label><input type="radio" name="format" value="${t}" ${i === 0 ? 'checked' : ''}> ${t}</label>`).join('')}</div></div>`,
    onOk: f => {
      const ds = [...f.querySelectorAll('input[name=district]:checked')].map(x => x.value);
      if (!ds.length) return 'Select at least one district.';
      const n = 'RPT-0' + (Math.max(...state.reports.map(r => +r.id.slice(4))) + 1);
      state.reports.push({ id: n, type: f.querySelector('input[name=type]:checked').value, period: f.period.value, districts: ds, splitByMaterial: f.split.checked, format: f.querySelector('input[name=format]:checked').value, created: '2024-05-17', by: 'K. Mensah' });
      toast(`${n} generated`);
    }
  });
}

render();
