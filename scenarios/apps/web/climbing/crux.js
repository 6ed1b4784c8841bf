/* Crux Climbing Gym — staff console (demo data; resets on reload) */
window.state = {
  ui: { section: 'desk', memberFilter: 'All', memberSearch: '', memberShown: 10, wall: 'All walls', deskSearch: '' },
  occupancy: 47,
  members: [
    { id: 'M-1001', name: 'Eli Navarro', plan: 'Monthly', status: 'Active', belayCertified: false, waiver: true, visits: 14, lastVisit: '2024-05-15' },
    { id: 'M-1002', name: 'Jasmine Cole', plan: 'Annual', status: 'Active', belayCertified: true, waiver: true, visits: 96, lastVisit: '2024-05-16' },
    { id: 'M-1003', name: 'Robert Kim', plan: '10-punch', status: 'Active', belayCertified: false, waiver: true, visits: 6, lastVisit: '2024-05-10' },
    { id: 'M-1004', name: 'Elisa Navarro', plan: 'Monthly', status: 'Active', belayCertified: false, waiver: true, visits: 12, lastVisit: '2024-05-15' },
    { id: 'M-1005', name: 'Maya Okafor', plan: 'Annual', status: 'Active', belayCertified: true, waiver: true, visits: 58, lastVisit: '2024-05-14' },
    { id: 'M-1006', name: 'Liam Fischer', plan: 'Monthly', status: 'Frozen', belayCertified: true, waiver: true, visits: 33, lastVisit: '2024-04-20', freezeUntil: '2024-06-15', freezeReason: 'Travel' },
    { id: 'M-1007', name: 'Chen Wei', plan: 'Monthly', status: 'Active', belayCertified: true, waiver: true, visits: 41, lastVisit: '2024-05-16' },
    { id: 'M-1008', name: 'Gabriela Santos', plan: 'Annual', status: 'Active', belayCertified: false, waiver: true, visits: 22, lastVisit: '2024-05-12' },
    { id: 'M-1009', name: 'Omar Farouk', plan: 'Day pass', status: 'Expired', belayCertified: false, waiver: false, visits: 1, lastVisit: '2024-03-02' },
    { id: 'M-1010', name: 'Hugo Lambert', plan: 'Monthly', status: 'Active', belayCertified: true, waiver: true, visits: 27, lastVisit: '2024-05-13' },
    { id: 'M-1011', name: 'Priya Shah', plan: '10-punch', status: 'Active', belayCertified: true, waiver: true, visits: 9, lastVisit: '2024-05-08' },
    { id: 'M-1012', name: 'Sofia Brandt', plan: 'Annual', status: 'Active', belayCertified: true, waiver: true, visits: 71, lastVisit: '2024-05-11' },
    { id: 'M-1013', name: 'Noah Jensen', plan: 'Monthly', status: 'Expired', belayCertified: false, waiver: true, visits: 15, lastVisit: '2024-02-18' },
    { id: 'M-1014', name: 'Ava Mitchell', plan: 'Monthly', status: 'Active', belayCertified: false, waiver: true, visits: 5, lastVisit: '2024-05-09' },
    { id: 'M-1015', name: 'Tomasz Nowak', plan: 'Annual', status: 'Active', belayCertified: true, waiver: true, visits: 64, lastVisit: '2024-05-16' },
    { id: 'M-1016', name: 'Isla Morgan', plan: 'Monthly', status: 'Active', belayCertified: false, waiver: true, visits: 18, lastVisit: '2024-05-14' },
    { id: 'M-1017', name: 'Kenji Watanabe', plan: 'Annual', status: 'Active', belayCertified: true, waiver: true, visits: 102, lastVisit: '2024-05-15' },
    { id: 'M-1018', name: 'Zoe Hartley', plan: '10-punch', status: 'Active', belayCertified: false, waiver: true, visits: 3, lastVisit: '2024-05-06' }
  ],
  routes: [
    { id: 'RT-301', name: 'Crimson Tide', wall: 'Cave', grade: 'V6', color: 'Red', setter: 'Rita Okonkwo', setDate: '2024-04-02', status: 'Up' },
    { id: 'RT-302', name: 'Pocket Rocket', wall: 'Cave', grade: 'V4', color: 'Yellow', setter: 'Tomás Reyes', setDate: '2024-04-02', status: 'Up' },
    { id: 'RT-303', name: 'Gravity Well', wall: 'Cave', grade: 'V8', color: 'Black', setter: 'Jonah Blake', setDate: '2024-03-18', status: 'Scheduled for strip' },
    { id: 'RT-304', name: 'Sunday Stroll', wall: 'Slab', grade: 'V1', color: 'Green', setter: 'Mei Lin', setDate: '2024-04-25', status: 'Up' },
    { id: 'RT-305', name: 'Balance Beam', wall: 'Slab', grade: 'V3', color: 'Blue', setter: 'Rita Okonkwo', setDate: '2024-04-25', status: 'Up' },
    { id: 'RT-306', name: 'Friction Burn', wall: 'Slab', grade: 'V5', color: 'Purple', setter: 'Tomás Reyes', setDate: '2024-03-30', status: 'Up' },
    { id: 'RT-307', name: 'Bowsprit', wall: 'The Prow', grade: 'V7', color: 'Orange', setter: 'Jonah Blake', setDate: '2024-05-07', status: 'Up' },
    { id: 'RT-308', name: 'Figurehead', wall: 'The Prow', grade: 'V2', color: 'Pink', setter: 'Mei Lin', setDate: '2024-05-07', status: 'Up' },
    { id: 'RT-309', name: 'Tidal Pull', wall: 'The Prow', grade: 'V5', color: 'White', setter: 'Rita Okonkwo', setDate: '2024-05-07', status: 'Up' },
    { id: 'RT-310', name: 'Long Haul', wall: 'Lead Wall', grade: '5.11b', color: 'Blue', setter: 'Jonah Blake', setDate: '2024-04-11', status: 'Up' },
    { id: 'RT-311', name: 'First Clip', wall: 'Lead Wall', grade: '5.8', color: 'Green', setter: 'Mei Lin', setDate: '2024-04-11', status: 'Up' },
    { id: 'RT-312', name: 'Pump Station', wall: 'Lead Wall', grade: '5.12a', color: 'Red', setter: 'Tomás Reyes', setDate: '2024-02-20', status: 'Scheduled for strip' },
    { id: 'RT-313', name: 'Skyline', wall: 'Top-rope Bay', grade: '5.10a', color: 'Yellow', setter: 'Rita Okonkwo', setDate: '2024-05-01', status: 'Up' },
    { id: 'RT-314', name: 'Chimney Sweep', wall: 'Top-rope Bay', grade: '5.9', color: 'Orange', setter: 'Jonah Blake', setDate: '2024-05-01', status: 'Up' },
    { id: 'RT-315', name: 'Dihedral Dreams', wall: 'Top-rope Bay', grade: '5.10c', color: 'Purple', setter: 'Mei Lin', setDate: '2024-03-12', status: 'Up' },
    { id: 'RT-316', name: 'Ladybug', wall: 'Kids Wall', grade: '5.6', color: 'Pink', setter: 'Mei Lin', setDate: '2024-04-29', status: 'Up' },
    { id: 'RT-317', name: 'Tree Frog', wall: 'Kids Wall', grade: '5.7', color: 'Green', setter: 'Rita Okonkwo', setDate: '2024-04-29', status: 'Up' },
    { id: 'RT-318', name: 'Old Faithful', wall: 'Cave', grade: 'V3', color: 'Blue', setter: 'Jonah Blake', setDate: '2024-01-15', status: 'Stripped' }
  ],
  classes: [
    { id: 'CL-1', title: 'Intro to Bouldering', day: 'Monday', time: '18:00', instructor: 'Mei Lin', capacity: 8, enrolled: ['Robert Kim', 'Ava Mitchell', 'Zoe Hartley'], waitlist: [] },
    { id: 'CL-2', title: 'Lead Climbing 101', day: 'Tuesday', time: '19:00', instructor: 'Jonah Blake', capacity: 6, enrolled: ['Hugo Lambert', 'Priya Shah', 'Chen Wei', 'Kenji Watanabe'], waitlist: [] },
    { id: 'CL-3', title: 'Youth Crushers (ages 8–12)', day: 'Wednesday', time: '16:30', instructor: 'Rita Okonkwo', capacity: 10, enrolled: ['(7 youth climbers)'], waitlist: [] },
    { id: 'CL-4', title: 'Women\u2019s Bouldering Night', day: 'Wednesday', time: '19:30', instructor: 'Mei Lin', capacity: 12, enrolled: ['Jasmine Cole', 'Gabriela Santos', 'Isla Morgan', 'Elisa Navarro'], waitlist: [] },
    { id: 'CL-5', title: 'Lead Climbing 101', day: 'Thursday', time: '19:00', instructor: 'Tomás Reyes', capacity: 6, enrolled: ['Sofia Brandt', 'Tomasz Nowak', 'Jasmine Cole', 'Liam Fischer', 'Chen Wei'], waitlist: [] },
    { id: 'CL-6', title: 'Technique Clinic: Footwork', day: 'Friday', time: '18:00', instructor: 'Rita Okonkwo', capacity: 8, enrolled: ['Eli Navarro', 'Maya Okafor', 'Hugo Lambert', 'Gabriela Santos', 'Robert Kim', 'Isla Morgan', 'Kenji Watanabe', 'Zoe Hartley'], waitlist: ['Ava Mitchell'] },
    { id: 'CL-7', title: 'Belay Certification', day: 'Saturday', time: '10:00', instructor: 'Jonah Blake', capacity: 4, enrolled: ['Eli Navarro', 'Ava Mitchell'], waitlist: [] },
    { id: 'CL-8', title: 'Yoga for Climbers', day: 'Sunday', time: '09:00', instructor: 'Mei Lin', capacity: 14, enrolled: ['Maya Okafor', 'Sofia Brandt', 'Jasmine Cole'], waitlist: [] }
  ],
  rentals: [
    { id: 'G-88', item: 'Shoes', size: 'EU 42', member: 'Robert Kim', out: '15:20', returned: false },
    { id: 'G-89', item: 'Harness', size: 'M', member: 'Eli Navarro', out: '15:42', returned: false },
    { id: 'G-90', item: 'Shoes', size: 'EU 38', member: 'Elisa Navarro', out: '15:43', returned: false },
    { id: 'G-91', item: 'Chalk bag', size: '—', member: 'Zoe Hartley', out: '16:05', returned: false },
    { id: 'G-92', item: 'Shoes', size: 'EU 44', member: 'Ava Mitchell', out: '16:10', returned: false },
    { id: 'G-87', item: 'Harness', size: 'L', member: 'Hugo Lambert', out: '14:55', returned: true },
    { id: 'G-86', item: 'Shoes', size: 'EU 40', member: 'Isla Morgan', out: '13:30', returned: true }
  ],
  checkins: [
    { member: 'Kenji Watanabe', time: '16:12' }, { member: 'Ava Mitchell', time: '16:08' }, { member: 'Zoe Hartley', time: '16:01' }, { member: 'Jasmine Cole', time: '15:50' }, { member: 'Elisa Navarro', time: '15:41' }, { member: 'Eli Navarro', time: '15:40' }
  ],
  staff: [
    { name: 'Kai Thompson', role: 'Front desk lead', certs: 'First aid, CWA', shift: 'Thu 15:00–22:00' },
    { name: 'Tomás Reyes', role: 'Head setter / coach', certs: 'First aid, AMGA SPI', shift: 'Thu 17:00–21:00' },
    { name: 'Rita Okonkwo', role: 'Setter / youth coach', certs: 'First aid, SafeSport', shift: 'Wed 14:00–20:00' },
    { name: 'Jonah Blake', role: 'Coach', certs: 'First aid, AMGA SPI', shift: 'Tue 17:00–22:00' },
    { name: 'Mei Lin', role: 'Setter / coach', certs: 'First aid, RYT-200', shift: 'Mon 16:00–21:00' },
    { name: 'Dev Patel', role: 'Front desk', certs: 'First aid', shift: 'Fri 15:00–22:00' }
  ]
};

const WALLS = ['Cave', 'The Prow', 'Slab', 'Lead Wall', 'Top-rope Bay', 'Kids Wall'];
const BOULDER_WALLS = ['Cave', 'The Prow', 'Slab'];
const V_GRADES = ['VB', 'V0', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9', 'V10'];
const YDS = ['5.6', '5.7', '5.8', '5.9', '5.10a', '5.10b', '5.10c', '5.10d', '5.11a', '5.11b', '5.11c', '5.11d', '5.12a', '5.12b', '5.12c', '5.12d', '5.13a'];
const COLORS = { Red: '#dc2626', Orange: '#f97316', Yellow: '#facc15', Green: '#16a34a', Blue: '#2563eb', Purple: '#7c3aed', Pink: '#ec4899', Black: '#111', White: '#fff' };
const SETTERS = ['Tomás Reyes', 'Rita Okonkwo', 'Jonah Blake', 'Mei Lin'];
const FREEZE_REASONS = ['Injury', 'Travel', 'Financial', 'Other'];
const TITLES = { desk: 'Front Desk', members: 'Members', routes: 'Routes', classes: 'Classes', gear: 'Gear Rental', staff: 'Staff' };
const view = document.getElementById('view');

const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
function d(s) { if (!s) return '—'; const [y, m, dd] = s.split('-'); return `${+dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+m - 1]}`; }
function toast(m) { const t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(() => t.remove(), 3000); }

function closeDlg() { document.querySelectorAll('.overlay').forEach(o => o.remove()); }
function dlg({ title, body, ok = 'Save', okCls = 'solid', onOk, mount }) {
  closeDlg();
  const o = document.createElement('div');
  o.className = 'overlay';
  o.innerHTML = `<form class="dlg" role="dialog" aria-modal="true" aria-label="${esc(title)}" novalidate><h2>${esc(title)}</h2>${body}<div class="err" data-err></div>
    <div class="foot"><button type="button" class="btn" data-x>Cancel</button><button type="submit" class="btn ${okCls}">${esc(ok)}</button></div></form>`;
  document.body.appendChild(o);
  const f = o.querySelector('form');
  o.addEventListener('mousedown', e => { if (e.target === o) closeDlg(); });
  o.addEventListener('click', e => { if (e.target.closest("[data-x]")) closeDlg(); });
  f.onsubmit = e => { e.preventDefault(); const r = onOk(f); if (typeof r === 'string') { f.querySelector('[data-err]').textContent = r; return; } closeDlg(); render(); };
  if (mount) mount(f);
  return f;
}
function closeMenus() { document.querySelectorAll('.menu.open').forEach(m => m.classList.remove('open')); }
document.addEventListener('click', e => {
  const k = e.target.closest('.kebab-btn');
  if (k) { const m = k.nextElementSibling, was = m.classList.contains('open'); closeMenus(); if (!was) m.classList.add('open'); return; }
  if (!e.target.closest('.menu')) closeMenus();
});
document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenus(); closeDlg(); } });
const kebab = (items) => `<div class="kebab"><button type="button" class="kebab-btn" aria-label="More" title="More">⋯</button><div class="menu" role="menu">${items.map(i => `<button type="button" role="menuitem" data-act="${i[0]}" data-id="${esc(i[1])}" class="${i[3] ? 'red' : ''}">${esc(i[2])}</button>`).join('')}</div></div>`;

document.getElementById('nav').addEventListener('click', e => { const b = e.target.closest('[data-section]'); if (!b) return; state.ui.section = b.dataset.section; render(); });
function render() {
  const s = state.ui.section;
  document.querySelectorAll('#nav [data-section]').forEach(b => b.classList.toggle('active', b.dataset.section === s));
  document.getElementById('title').textContent = TITLES[s];
  document.getElementById('occ').textContent = `${state.occupancy} climbers on the walls · capacity 120`;
  ({ desk, members, routes, classes, gear, staff })[s]();
}

/* ---------------- front desk ---------------- */
function desk() {
  const q = state.ui.deskSearch.trim().toLowerCase();
  const hits = q ? state.members.filter(m => m.name.toLowerCase().includes(q)) : [];
  view.innerHTML = `<div class="stat-row">
    <div class="stat"><b>${state.checkins.length}</b><span>check-ins this shift</span></div>
    <div class="stat"><b>${state.rentals.filter(r => !r.returned).length}</b><span>rental items out</span></div>
    <div class="stat"><b>${state.members.filter(m => m.status === 'Active').length}</b><span>active members</span></div>
    <div class="stat"><b>${state.classes.filter(c => c.day === 'Thursday').length}</b><span>classes today</span></div></div>
  <div class="panel"><h3 style="margin-top:0">Check in a climber</h3>
    <div class="row"><input type="search" id="desk-q" placeholder="Type a member name…" aria-label="Find member" value="${esc(state.ui.deskSearch)}" style="width:320px"></div>
    ${q ? `<table><tbody>${hits.length ? hits.map(m => `<tr><td><b>${esc(m.name)}</b> <span class="muted">${m.id}</span></td><td>${m.plan}</td><td><span class="pill p-${m.status}">${m.status}</span></td><td>${m.waiver ? '<span class="yes">✓ Waiver</span>' : '<span style="color:#dc2626">⚠ No waiver</span>'}</td>
      <td style="text-align:right"><button type="button" class="btn xs solid" data-act="checkin" data-id="${m.id}" ${m.status !== 'Active' || !m.waiver ? 'disabled' : ''}>Check in</button></td></tr>`).join('') : '<tr><td class="muted">No member found.</td></tr>'}</tbody></table>` : '<p class="muted">Search by name to check someone in.</p>'}
  </div>
  <div class="panel"><h3 style="margin-top:0">Recent check-ins</h3><table><tbody>${state.checkins.map(c => `<tr><td>${c.time}</td><td>${esc(c.member)}</td></tr>`).join('')}</tbody></table></div>`;
  const s = view.querySelector('#desk-q');
  s.oninput = () => { state.ui.deskSearch = s.value; const p = s.selectionStart; desk(); const n = view.querySelector('#desk-q'); n.focus(); n.setSelectionRange(p, p); };
}

/* ---------------- members ---------------- */
function members() {
  const u = state.ui, q = u.memberSearch.trim().toLowerCase();
  const list = state.members.filter(m => (u.memberFilter === 'All' || m.status === u.memberFilter) && (!q || (m.name + ' ' + m.id).toLowerCase().includes(q)));
  const shown = list.slice(0, u.memberShown);
  view.innerHTML = `<div class="row"><input type="search" id="mem-q" placeholder="Search members…" aria-label="Search members" value="${esc(u.memberSearch)}" style="width:280px">
    <div class="chips">${['All', 'Active', 'Frozen', 'Expired'].map(f => `<button type="button" data-mf="${f}" class="${u.memberFilter === f ? 'on' : ''}">${f}</button>`).join('')}</div><span class="grow"></span><span class="muted">${list.length} members</span></div>
  <div class="panel"><table><thead><tr><th>Member</th><th>Plan</th><th>Status</th><th>Belay certified</th><th>Waiver</th><th>Visits</th><th>Last visit</th><th></th></tr></thead><tbody>
  ${shown.map(m => `<tr data-id="${m.id}"><td><b>${esc(m.name)}</b><div class="muted">${m.id}</div></td><td>${m.plan}</td><td><span class="pill p-${m.status}">${m.status}</span>${m.status === 'Frozen' ? `<div class="muted">until ${d(m.freezeUntil)} · ${m.freezeReason}</div>` : ''}</td>
    <td>${m.belayCertified ? '<span class="yes">✓ Yes</span>' : '<span class="no">— No</span>'}</td><td>${m.waiver ? '<span class="yes">✓</span>' : '<span class="no">missing</span>'}</td><td>${m.visits}</td><td>${d(m.lastVisit)}</td>
    <td style="text-align:right">${kebab([m.belayCertified ? ['unbelay', m.id, 'Revoke belay certification', true] : ['belay', m.id, 'Record belay certification'], m.status === 'Frozen' ? ['unfreeze', m.id, 'Unfreeze membership'] : m.status === 'Active' ? ['freeze', m.id, 'Freeze membership'] : ['renew', m.id, 'Renew membership'], ['plan', m.id, 'Change plan']])}</td></tr>`).join('')}
  </tbody></table>${list.length > shown.length ? `<div class="more"><button type="button" class="btn" id="load-more">Load more (${list.length - shown.length} more)</button></div>` : ''}</div>`;
  const s = view.querySelector('#mem-q');
  s.oninput = () => { u.memberSearch = s.value; const p = s.selectionStart; members(); const n = view.querySelector('#mem-q'); n.focus(); n.setSelectionRange(p, p); };
  view.querySelectorAll('[data-mf]').forEach(b => b.onclick = () => { u.memberFilter = b.dataset.mf; members(); });
  const lm = view.querySelector('#load-more'); if (lm) lm.onclick = () => { u.memberShown += 10; members(); };
}
function freezeDlg(m) {
  dlg({
    title: `Freeze ${m.name}'s membership`, ok: 'Freeze membership',
    body: `<div class="two"><div class="f"><label for="fz-until">Freeze until</label><input type="date" id="fz-until" name="until" min="2024-05-17"></div>
    <div class="f"><label for="fz-reason">Reason</label><select id="fz-reason" name="reason"><option value="">Choose…</option>${FREEZE_REASONS.map(r => `<option>${r}</option>`).join('')}</select></div></div>
    <div class="f"><label for="fz-note">Note</label><textarea id="fz-note" name="note" rows="2" placeholder="Optional"></textarea></div>
    <label class="chk"><input type="checkbox" name="billing" checked> Pause billing while frozen</label>`,
    onOk: f => {
      if (!f.until.value) return 'Choose an end date for the freeze.';
      if (f.until.value <= '2024-05-16') return 'The freeze must end in the future.';
      if (!f.reason.value) return 'Choose a reason.';
      Object.assign(m, { status: 'Frozen', freezeUntil: f.until.value, freezeReason: f.reason.value, freezeNote: f.note.value.trim(), billingPaused: f.billing.checked });
      toast(`${m.name} frozen until ${d(f.until.value)}`);
    }
  });
}

/* ---------------- routes ---------------- */
function routes() {
  const w = state.ui.wall;
  const list = state.routes.filter(r => (w === 'All walls' || r.wall === w));
  view.innerHTML = `<div class="row"><div class="chips">${['All walls', ...WALLS].map(x => `<button type="button" data-wall="${x}" class="${w === x ? 'on' : ''}">${x}</button>`).join('')}</div><span class="grow"></span><button type="button" class="btn solid" id="new-route">+ Set new route</button></div>
  <div class="routes">${list.map(r => `<div class="route" style="--c:${COLORS[r.color]}" data-id="${r.id}">
    ${kebab([...(r.status === 'Up' ? [['strip', r.id, 'Schedule for strip']] : []), ...(r.status !== 'Stripped' ? [['stripped', r.id, 'Mark as stripped', true]] : []), ['regrade', r.id, 'Change grade']])}
    <div class="g">${r.grade}</div><div class="n">${esc(r.name)}</div><div class="m">${r.wall} · ${r.color} holds</div><div class="m">Set by ${esc(r.setter)} on ${d(r.setDate)}</div>
    <div style="margin-top:6px"><span class="pill ${r.status === 'Up' ? 'p-Up' : r.status === 'Stripped' ? 'p-Stripped' : 'p-Strip'}">${r.status}</span></div></div>`).join('')}</div>`;
  view.querySelectorAll('[data-wall]').forEach(b => b.onclick = () => { state.ui.wall = b.dataset.wall; routes(); });
  view.querySelector('#new-route').onclick = newRoute;
}
function gradeOptions(wall, sel) { const g = BOULDER_WALLS.includes(wall) ? V_GRADES : YDS; return `<option value="">Grade…</option>` + g.map(x => `<option ${x === sel ? 'selected' : ''}>${x}</option>`).join(''); }
function newRoute() {
  dlg({
    title: 'Set new route', ok: 'Add route',
    body: `<div class="f"><label for="nr-name">Route name</label><input type="text" id="nr-name" name="name" autocomplete="off"></div>
    <div class="two"><div class="f"><label for="nr-wall">Wall</label><select id="nr-wall" name="wall"><option value="">Choose wall…</option>${WALLS.map(w => `<option>${w}</option>`).join('')}</select></div>
    <div class="f"><label for="nr-grade">Grade</label><select id="nr-grade" name="grade" disabled><option value="">Pick a wall first</option></select></div></div>
    <div class="f"><span class="lb">Hold colour</span><div class="swatches" role="radiogroup" aria-label="Hold colour">${Object.keys(COLORS).map(c => `<label><input type="radio" name="color" value="${c}"><i style="background:${COLORS[c]}"></i>${c}</label>`).join('')}</div></div>
    <div class="two"><div class="f"><label for="nr-setter">Setter</label><select id="nr-setter" name="setter"><option value="">Choose setter…</option>${SETTERS.map(s => `<option>${s}</option>`).join('')}</select></div>
    <div class="f"><label for="nr-date">Date set</label><input type="date" id="nr-date" name="date"></div></div>`,
    mount: f => { f.wall.onchange = () => { f.grade.innerHTML = f.wall.value ? gradeOptions(f.wall.value) : '<option value="">Pick a wall first</option>'; f.grade.disabled = !f.wall.value; }; },
    onOk: f => {
      const color = f.querySelector('input[name=color]:checked');
      if (!f.name.value.trim()) return 'Give the route a name.';
      if (!f.wall.value) return 'Choose a wall.';
      if (!f.grade.value) return 'Choose a grade.';
      if (!color) return 'Choose the hold colour.';
      if (!f.setter.value) return 'Choose the setter.';
      if (!f.date.value) return 'Enter the date the route was set.';
      const id = 'RT-' + (Math.max(...state.routes.map(r => +r.id.slice(3))) + 1);
      state.routes.push({ id, name: f.name.value.trim(), wall: f.wall.value, grade: f.grade.value, color: color.value, setter: f.setter.value, setDate: f.date.value, status: 'Up' });
      toast(`${f.name.value.trim()} (${f.grade.value}) added to ${f.wall.value}`);
    }
  });
}

/* ---------------- classes ---------------- */
function classes() {
  view.innerHTML = `<div class="classes">${state.classes.map(c => `<div class="panel cls" data-id="${c.id}">
    <div class="row" style="margin-bottom:4px"><div class="grow"><h3>${esc(c.title)}</h3><div class="when">${c.day}s · ${c.time}</div><div class="muted">with ${esc(c.instructor)}</div></div>${kebab([['class-clear-wl', c.id, 'Clear waitlist', true]])}</div>
    <div class="cap"><i style="width:${Math.min(100, c.enrolled.length / c.capacity * 100)}%"></i></div><div class="muted">${c.enrolled.length} / ${c.capacity} booked${c.waitlist.length ? ` · ${c.waitlist.length} on waitlist` : ''}</div>
    <div class="roster">${c.enrolled.map(n => `<span>${esc(n)}</span>`).join('')}${c.waitlist.map(n => `<span class="wl">${esc(n)} (waitlist)</span>`).join('')}</div>
    <button type="button" class="btn xs dark" data-act="enrol" data-id="${c.id}">+ Add climber</button></div>`).join('')}</div>`;
}
function enrolDlg(c) {
  const opts = state.members.filter(m => m.status === 'Active' && !c.enrolled.includes(m.name) && !c.waitlist.includes(m.name));
  const full = c.enrolled.length >= c.capacity;
  dlg({
    title: `Add climber — ${c.title} (${c.day} ${c.time})`, ok: full ? 'Add to waitlist' : 'Add to class',
    body: `${full ? '<p class="muted">This session is full. The climber will be added to the waitlist.</p>' : `<p class="muted">${c.capacity - c.enrolled.length} spot(s) left.</p>`}
    <div class="f"><label for="en-member">Member</label><select id="en-member" name="member"><option value="">Choose a member…</option>${opts.map(m => `<option>${esc(m.name)}</option>`).join('')}</select></div>
    <label class="chk"><input type="checkbox" name="email" checked> Send booking confirmation email</label>`,
    onOk: f => {
      if (!f.member.value) return 'Choose a member.';
      (full ? c.waitlist : c.enrolled).push(f.member.value);
      toast(`${f.member.value} ${full ? 'waitlisted for' : 'added to'} ${c.title} (${c.day})`);
    }
  });
}

/* ---------------- gear ---------------- */
function gear() {
  const out = state.rentals.filter(r => !r.returned), back = state.rentals.filter(r => r.returned);
  view.innerHTML = `<div class="panel"><div class="row"><h3 class="grow" style="margin:0">Currently out</h3><button type="button" class="btn solid" id="new-rental">+ New rental</button></div>
  <table><thead><tr><th>Tag</th><th>Item</th><th>Size</th><th>Member</th><th>Out since</th><th></th></tr></thead><tbody>
  ${out.map(r => `<tr><td class="muted">${r.id}</td><td>${r.item}</td><td>${r.size}</td><td>${esc(r.member)}</td><td>${r.out}</td><td style="text-align:right"><button type="button" class="btn xs" data-act="return" data-id="${r.id}">Mark returned</button></td></tr>`).join('') || '<tr><td class="muted">Nothing out.</td></tr>'}</tbody></table></div>
  <div class="panel"><h3 style="margin-top:0">Returned today</h3><table><tbody>${back.map(r => `<tr><td class="muted">${r.id}</td><td>${r.item} ${r.size}</td><td>${esc(r.member)}</td></tr>`).join('')}</tbody></table></div>`;
  view.querySelector('#new-rental').onclick = () => dlg({
    title: 'New rental', ok: 'Hand out',
    body: `<div class="f"><label for="rn-member">Member</label><select id="rn-member" name="member"><option value="">Choose…</option>${state.members.filter(m => m.status === 'Active').map(m => `<option>${esc(m.name)}</option>`).join('')}</select></div>
    <div class="two"><div class="f"><label for="rn-item">Item</label><select id="rn-item" name="item"><option>Shoes</option><option>Harness</option><option>Chalk bag</option><option>Belay device</option></select></div><div class="f"><label for="rn-size">Size</label><input type="text" id="rn-size" name="size" placeholder="e.g. EU 41 or M"></div></div>`,
    onOk: f => { if (!f.member.value) return 'Choose a member.'; const id = 'G-' + (Math.max(...state.rentals.map(r => +r.id.slice(2))) + 1); state.rentals.push({ id, item: f.item.value, size: f.size.value.trim() || '—', member: f.member.value, out: '16:20', returned: false }); toast(`${f.item.value} handed to ${f.member.value}`); }
  });
}

/* ---------------- staff ---------------- */
function staff() {
  view.innerHTML = `<div class="panel"><table><thead><tr><th>Name</th><th>Role</th><th>Certifications</th><th>Next shift</th></tr></thead><tbody>
  ${state.staff.map(s => `<tr><td><b>${esc(s.name)}</b></td><td>${s.role}</td><td>${s.certs}</td><td>${s.shift}</td></tr>`).join('')}</tbody></table></div>`;
}

/* ---------------- actions ---------------- */
view.addEventListener('click', e => {
  const b = e.target.closest('[data-act]'); if (!b || b.disabled) return;
  closeMenus();
  const id = b.dataset.id, act = b.dataset.act;
  const m = state.members.find(x => x.id === id);
  if (m && act === 'belay') { m.belayCertified = true; toast(`${m.name} is now belay certified`); render(); }
  if (m && act === 'unbelay') dlg({ title: 'Revoke belay certification?', ok: 'Revoke', okCls: 'warn', body: `<p>${esc(m.name)} will need to re-test before belaying.</p>`, onOk: () => { m.belayCertified = false; toast('Certification revoked'); } });
  if (m && act === 'freeze') freezeDlg(m);
  if (m && act === 'unfreeze') { Object.assign(m, { status: 'Active', freezeUntil: null, freezeReason: null }); toast(`${m.name} unfrozen`); render(); }
  if (m && act === 'renew') { m.status = 'Active'; toast(`${m.name} renewed`); render(); }
  if (m && act === 'plan') dlg({ title: `Change plan — ${m.name}`, body: `<div class="f"><label for="pl-plan">Plan</label><select id="pl-plan" name="plan">${['Monthly', 'Annual', '10-punch', 'Day pass'].map(p => `<option ${p === m.plan ? 'selected' : ''}>${p}</option>`).join('')}</select></div>`, onOk: f => { m.plan = f.plan.value; toast('Plan updated'); } });
  if (m && act === 'checkin') { state.checkins.unshift({ member: m.name, time: '16:20' }); m.visits++; m.lastVisit = '2024-05-16'; state.occupancy++; state.ui.deskSearch = ''; toast(`${m.name} checked in`); render(); }
  const r = state.routes.find(x => x.id === id);
  if (r && act === 'strip') { r.status = 'Scheduled for strip'; toast(`${r.name} scheduled for strip`); render(); }
  if (r && act === 'stripped') dlg({ title: `Mark ${r.name} as stripped?`, ok: 'Mark stripped', okCls: 'warn', body: '<p>The route will be removed from the public route board.</p>', onOk: () => { r.status = 'Stripped'; toast(`${r.name} stripped`); } });
  if (r && act === 'regrade') dlg({ title: `Change grade — ${r.name}`, body: `<div class="f"><label for="rg-grade">Grade</label><select id="rg-grade" name="grade">${gradeOptions(r.wall, r.grade)}</select></div>`, onOk: f => { if (!f.grade.value) return 'Choose a grade.'; r.grade = f.grade.value; toast('Grade updated'); } });
  const c = state.classes.find(x => x.id === id);
  if (c && act === 'enrol') enrolDlg(c);
  if (c && act === 'class-clear-wl') { c.waitlist = []; toast('Waitlist cleared'); render(); }
  const g = state.rentals.find(x => x.id === id);
  if (g && act === 'return') { g.returned = true; toast(`${g.item} (${g.member}) returned`); render(); }
});

render();
