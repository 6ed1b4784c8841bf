(function () {
  'use strict';
  const J = (id, customer, pickup, dropoff, win, priority, size, driver, status, extra) => Object.assign({ id, customer, pickup, dropoff, window: win, priority, size, driver, status, failReason: '', notes: '' }, extra || {});
  window.state = {
    drivers: [
      { id: 'D-01', name: 'Marcus Webb', vehicle: 'Van', reg: 'WX21 KDM', zone: 'North', status: 'On shift', phone: '07700 811201' },
      { id: 'D-02', name: 'Sinead Kelly', vehicle: 'Cargo bike', reg: 'CB-02', zone: 'Centre', status: 'On shift', phone: '07700 811202' },
      { id: 'D-03', name: 'Piotr Zieliński', vehicle: 'Van', reg: 'WX70 PZL', zone: 'East', status: 'On shift', phone: '07700 811203' },
      { id: 'D-04', name: 'Leila Nasser', vehicle: 'Car', reg: 'WR19 LNS', zone: 'West', status: 'On shift', phone: '07700 811204' },
      { id: 'D-05', name: 'Daniel Ogunleye', vehicle: 'Van', reg: 'WX68 DOG', zone: 'South', status: 'On shift', phone: '07700 811205' },
      { id: 'D-06', name: 'Hannah Price', vehicle: 'Cargo bike', reg: 'CB-06', zone: 'Centre', status: 'On break', phone: '07700 811206' },
      { id: 'D-07', name: 'Kofi Asante', vehicle: 'Van', reg: 'WX22 KAS', zone: 'North', status: 'On shift', phone: '07700 811207' },
      { id: 'D-08', name: 'Ravi Menon', vehicle: 'Car', reg: 'WR20 RMN', zone: 'East', status: 'On shift', phone: '07700 811208' },
      { id: 'D-09', name: 'Chloé Dubois', vehicle: 'Van', reg: 'WX71 CDB', zone: 'South', status: 'Off duty', phone: '07700 811209' },
      { id: 'D-10', name: 'Tom Fletcher', vehicle: 'Motorbike', reg: 'WM18 TFL', zone: 'Centre', status: 'On shift', phone: '07700 811210' }
    ],
    jobs: [
      J('J-40510', 'Harbour Pharmacy', '3 Quay Street', '18 Linden Avenue', '08:00–10:00', 'Urgent', 'Small parcel', 'D-02', 'Delivered'),
      J('J-40511', 'Baxter & Lowe Solicitors', '40 King Street', 'County Court, Bridge Road', '08:30–10:00', 'Urgent', 'Documents', 'D-10', 'Delivered'),
      J('J-40512', 'Greenleaf Florist', '4 Mill Lane', '12 Orchard Close', '09:00–11:00', 'Normal', 'Medium box', 'D-04', 'Delivered'),
      J('J-40513', 'Pixel Print Shop', 'Unit 7, Foundry Park', 'Northfield Primary School', '09:00–12:00', 'Normal', 'Large box', 'D-01', 'Delivered'),
      J('J-40514', 'St Anne’s Dental', '22 Church Walk', 'Castle Dental Lab, 5 Tanner Row', '09:30–11:30', 'Normal', 'Small parcel', 'D-08', 'Failed', { failReason: 'Business closed' }),
      J('J-40515', 'Crumb & Co Bakery', '9 Market Place', 'The Grange Care Home', '10:00–11:00', 'Urgent', 'Medium box', 'D-05', 'Delivered'),
      J('J-40516', 'Harbour Pharmacy', '3 Quay Street', 'Flat 4, 61 Seaview Road', '10:00–12:00', 'Urgent', 'Small parcel', 'D-02', 'Picked up'),
      J('J-40517', 'Northway Electrical', '15 Dock Road', '88 Hillcrest Drive', '10:00–13:00', 'Normal', 'Large box', 'D-03', 'Picked up'),
      J('J-40518', 'Baxter & Lowe Solicitors', '40 King Street', 'Land Registry, 1 Albion Way', '10:30–12:00', 'Normal', 'Documents', 'D-10', 'Picked up'),
      J('J-40519', 'Bloom Boutique', '27 High Street', '3 Meadow Court', '11:00–13:00', 'Normal', 'Medium box', 'D-04', 'Picked up'),
      J('J-40520', 'Pixel Print Shop', 'Unit 7, Foundry Park', 'Riverside Library', '11:00–14:00', 'Normal', 'Large box', 'D-01', 'Picked up'),
      J('J-40521', 'Vital Labs', '2 Science Park Way', 'General Hospital, Pathology', '11:00–12:00', 'Urgent', 'Medical sample', 'D-07', 'Picked up'),
      J('J-40522', 'Oakwood Books', '51 Cathedral Street', '14 Birch Grove', '11:00–13:00', 'Normal', 'Small parcel', 'D-05', 'Picked up'),
      J('J-40523', 'Crumb & Co Bakery', '9 Market Place', 'Hotel Meridian, Station Square', '12:00–13:00', 'Urgent', 'Medium box', 'D-05', 'Assigned'),
      J('J-40524', 'Northway Electrical', '15 Dock Road', '6 Elm Terrace', '12:00–15:00', 'Normal', 'Large box', 'D-03', 'Assigned'),
      J('J-40525', 'Harbour Pharmacy', '3 Quay Street', '102 Park Lane', '12:00–14:00', 'Normal', 'Small parcel', 'D-08', 'Assigned'),
      J('J-40526', 'Bloom Boutique', '27 High Street', '19 Willow Way', '13:00–15:00', 'Normal', 'Small parcel', 'D-04', 'Assigned'),
      J('J-40527', 'Vital Labs', '2 Science Park Way', 'Westgate Clinic', '13:00–14:00', 'Urgent', 'Medical sample', 'D-07', 'Assigned'),
      J('J-40528', 'Oakwood Books', '51 Cathedral Street', 'St Mary’s College Library', '13:00–16:00', 'Normal', 'Large box', 'D-01', 'Assigned'),
      J('J-40529', 'Greenleaf Florist', '4 Mill Lane', 'Ashdown Funeral Home', '13:30–14:30', 'Urgent', 'Medium box', 'D-10', 'Assigned'),
      J('J-40530', 'Baxter & Lowe Solicitors', '40 King Street', '7 Abbey Mews', '14:00–16:00', 'Normal', 'Documents', null, 'Unassigned'),
      J('J-40531', 'Pixel Print Shop', 'Unit 7, Foundry Park', 'Northgate Community Centre', '14:00–17:00', 'Normal', 'Large box', null, 'Unassigned'),
      J('J-40532', 'Harbour Pharmacy', '3 Quay Street', '9 Rosemary Lane', '14:00–16:00', 'Urgent', 'Small parcel', null, 'Unassigned'),
      J('J-40533', 'Crumb & Co Bakery', '9 Market Place', 'Town Hall, Civic Square', '15:00–16:00', 'Normal', 'Medium box', null, 'Unassigned'),
      J('J-40534', 'Northway Electrical', '15 Dock Road', '230 Moorland Road', '15:00–18:00', 'Normal', 'Pallet', null, 'Unassigned'),
      J('J-40535', 'Vital Labs', '2 Science Park Way', 'General Hospital, Pathology', '16:00–17:00', 'Urgent', 'Medical sample', null, 'Unassigned'),
      J('J-40536', 'Bloom Boutique', '27 High Street', '44 Kingsway', '16:00–18:00', 'Normal', 'Small parcel', null, 'Unassigned'),
      J('J-40537', 'Oakwood Books', '51 Cathedral Street', 'Riverside Library', '16:00–18:00', 'Normal', 'Medium box', null, 'Cancelled')
    ],
    customers: ['Baxter & Lowe Solicitors', 'Bloom Boutique', 'Crumb & Co Bakery', 'Greenleaf Florist', 'Harbour Pharmacy', 'Northway Electrical', 'Oakwood Books', 'Pixel Print Shop', 'St Anne’s Dental', 'Vital Labs'],
    settings: { autoAssignUrgent: false, smsRecipients: true, photoProofRequired: true, maxJobsPerDriver: 6 }
  };

  const S = window.state;
  const ui = { s: 'board', q: '', fStatus: 'All', fDriver: 'all' };
  const WINDOWS = ['08:00–10:00', '10:00–12:00', '12:00–14:00', '14:00–16:00', '14:00–17:00', '16:00–18:00', 'ASAP (within 1 hour)'];
  const $ = (s, r) => (r || document).querySelector(s);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const drv = id => S.drivers.find(d => d.id === id);
  const job = id => S.jobs.find(j => j.id === id);

  function toast(m, k) { const t = document.createElement('div'); t.className = 'toast ' + (k || ''); t.textContent = m; $('#toasts').appendChild(t); setTimeout(() => t.classList.add('go'), 3200); setTimeout(() => t.remove(), 3700); }
  function modal(o) {
    const r = $('#modal-root');
    r.innerHTML = '<div class="mask"><div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dl-t"><div class="dl-h"><h2 id="dl-t">' + esc(o.title) + '</h2><button class="close" aria-label="Close">×</button></div><div class="dl-b">' + o.body + '</div>' +
      '<div class="dl-f"><button class="b" data-n>' + esc(o.no || 'Cancel') + '</button><button class="b ' + (o.danger ? 'red' : 'main') + '" data-y>' + esc(o.yes || 'Save') + '</button></div></div></div>';
    const close = () => r.innerHTML = '';
    $('.close', r).onclick = close; $('[data-n]', r).onclick = close;
    $('[data-y]', r).onclick = () => { const e = o.onYes($('.dialog', r)); if (e) { let p = $('.dl-err', r); if (!p) { p = document.createElement('div'); p.className = 'dl-err'; $('.dl-b', r).appendChild(p); } p.textContent = e; return; } close(); };
  }
  let mu = null;
  const closeMenu = () => { if (mu) { mu.remove(); mu = null; } };
  function menu(btn, items) {
    closeMenu(); mu = document.createElement('div'); mu.className = 'ctx'; mu.setAttribute('role', 'menu');
    items.forEach(x => { const b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = x.label; if (x.danger) b.className = 'red'; b.onclick = e => { e.stopPropagation(); closeMenu(); x.run(); }; mu.appendChild(b); });
    document.body.appendChild(mu); const rc = btn.getBoundingClientRect(); mu.style.top = (rc.bottom + window.scrollY + 3) + 'px'; mu.style.left = Math.max(6, rc.right + window.scrollX - 190) + 'px';
  }
  document.addEventListener('click', e => { if (mu && !mu.contains(e.target)) closeMenu(); });

  $('#tnav').onclick = e => { const b = e.target.closest('button'); if (!b) return; ui.s = b.dataset.s; document.querySelectorAll('#tnav button').forEach(x => x.classList.toggle('on', x === b)); render(); window.scrollTo(0, 0); };
  $('#newjob').onclick = () => newJob();
  function render() { closeMenu(); ({ board: rBoard, jobs: rJobs, drivers: rDrivers, settings: rSettings })[ui.s]($('#view')); }

  function jobMenu(btn, j) {
    const items = [];
    if (j.status === 'Unassigned') items.push({ label: 'Assign driver…', run: () => assign(j) });
    if (j.status === 'Assigned' || j.status === 'Picked up') items.push({ label: 'Reassign driver…', run: () => assign(j) });
    if (j.status === 'Assigned') items.push({ label: 'Mark picked up', run: () => { j.status = 'Picked up'; render(); toast(j.id + ' picked up'); } });
    if (j.status === 'Picked up') {
      items.push({ label: 'Mark delivered', run: () => { j.status = 'Delivered'; render(); toast(j.id + ' delivered'); } });
      items.push({ label: 'Mark failed delivery…', danger: true, run: () => fail(j) });
    }
    if (j.status === 'Failed') items.push({ label: 'Rebook for tomorrow', run: () => { j.status = 'Unassigned'; j.driver = null; j.window = '08:00–10:00'; j.notes = 'Rebooked after failed attempt'; render(); toast(j.id + ' rebooked'); } });
    items.push({ label: 'Copy tracking link', run: () => toast('Tracking link for ' + j.id + ' copied') });
    if (j.status === 'Unassigned' || j.status === 'Assigned') items.push({ label: 'Cancel job…', danger: true, run: () => modal({ title: 'Cancel job ' + j.id + '?', danger: true, yes: 'Cancel job', no: 'Keep job', body: '<p>' + esc(j.customer) + ': ' + esc(j.pickup) + ' → ' + esc(j.dropoff) + '</p>', onYes: () => { j.status = 'Cancelled'; render(); toast(j.id + ' cancelled', 'bad'); } }) });
    menu(btn, items);
  }
  function assign(j) {
    modal({
      title: (j.driver ? 'Reassign ' : 'Assign ') + j.id,
      body: '<p class="sub">' + esc(j.customer) + ' · ' + esc(j.pickup) + ' → ' + esc(j.dropoff) + ' · ' + j.window + '</p><div class="fld"><label for="as-drv">Driver</label><select id="as-drv"><option value="">Select driver…</option>' +
        S.drivers.filter(d => d.status !== 'Off duty').map(d => { const n = S.jobs.filter(x => x.driver === d.id && (x.status === 'Assigned' || x.status === 'Picked up')).length; return '<option value="' + d.id + '"' + (d.id === j.driver ? ' selected' : '') + '>' + esc(d.name) + ' — ' + d.vehicle + ', ' + d.zone + ' (' + n + ' active' + (d.status === 'On break' ? ', on break' : '') + ')</option>'; }).join('') + '</select></div>' +
        '<label class="ck"><input type="checkbox" id="as-notify" checked> Push job to driver app</label>',
      yes: 'Assign',
      onYes: d => { const id = $('#as-drv', d).value; if (!id) return 'Choose a driver.'; j.driver = id; if (j.status === 'Unassigned') j.status = 'Assigned'; render(); toast(j.id + ' assigned to ' + drv(id).name); }
    });
  }
  function fail(j) {
    modal({
      title: 'Record failed delivery', danger: true, yes: 'Mark as failed',
      body: '<p class="sub">' + j.id + ' · ' + esc(j.customer) + ' → ' + esc(j.dropoff) + ' (' + esc(drv(j.driver).name) + ')</p><div class="fld"><label for="fl-reason">Reason</label><select id="fl-reason"><option value="">Select reason…</option><option>Recipient not available</option><option>Address not found</option><option>Refused by recipient</option><option>Business closed</option><option>Parcel damaged</option></select></div>' +
        '<div class="fld"><label for="fl-note">Driver note</label><input id="fl-note" placeholder="optional"></div><label class="ck"><input type="checkbox" id="fl-card" checked> Calling card left</label>',
      onYes: d => { const r = $('#fl-reason', d).value; if (!r) return 'Select a reason.'; j.status = 'Failed'; j.failReason = r; j.notes = $('#fl-note', d).value.trim(); render(); toast(j.id + ' marked failed — ' + r, 'bad'); }
    });
  }
  function newJob() {
    modal({
      title: 'New job',
      body: '<div class="fld"><label for="nj-cust">Customer</label><select id="nj-cust"><option value="">Select customer…</option>' + S.customers.map(c => '<option>' + esc(c) + '</option>').join('') + '</select></div>' +
        '<div class="g2"><div class="fld"><label for="nj-from">Pickup address</label><input id="nj-from" autocomplete="off"></div><div class="fld"><label for="nj-to">Drop-off address</label><input id="nj-to" autocomplete="off"></div></div>' +
        '<div class="g2"><div class="fld"><label for="nj-win">Delivery window</label><select id="nj-win">' + WINDOWS.map(w => '<option>' + w + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="nj-size">Parcel size</label><select id="nj-size"><option>Documents</option><option selected>Small parcel</option><option>Medium box</option><option>Large box</option><option>Pallet</option><option>Medical sample</option></select></div></div>' +
        '<fieldset class="prio"><legend>Priority</legend><label><input type="radio" name="nj-prio" value="Normal" checked> Normal</label><label><input type="radio" name="nj-prio" value="Urgent"> Urgent</label></fieldset>',
      yes: 'Create job',
      onYes: d => {
        const c = $('#nj-cust', d).value, from = $('#nj-from', d).value.trim(), to = $('#nj-to', d).value.trim();
        if (!c) return 'Select a customer.'; if (!from || !to) return 'Enter both addresses.';
        const id = 'J-' + (Math.max(...S.jobs.map(j => +j.id.slice(2))) + 1);
        const pr = d.querySelector('input[name=nj-prio]:checked').value;
        S.jobs.push(J(id, c, from, to, $('#nj-win', d).value, pr, $('#nj-size', d).value, null, 'Unassigned'));
        render(); toast(id + ' created for ' + c);
      }
    });
  }

  function card(j) {
    const d = j.driver ? drv(j.driver) : null;
    return '<div class="jc' + (j.priority === 'Urgent' ? ' urgent' : '') + '" data-id="' + j.id + '"><div class="jc-top"><span class="jid">' + j.id + '</span><span class="win">' + j.window + '</span><button class="dots" aria-label="Job actions ' + j.id + '">⋯</button></div>' +
      '<div class="cust">' + esc(j.customer) + (j.priority === 'Urgent' ? ' <span class="tag u">URGENT</span>' : '') + '</div><div class="route"><span class="pt">A</span>' + esc(j.pickup) + '</div><div class="route"><span class="pt pb">B</span>' + esc(j.dropoff) + '</div>' +
      '<div class="jc-foot">' + (d ? '<span class="drv"><span class="av">' + d.name.split(' ').map(w => w[0]).join('') + '</span>' + esc(d.name) + '</span>' : '<button class="b sm main asg">Assign</button>') +
      (j.status === 'Failed' ? '<span class="tag f">Failed: ' + esc(j.failReason) + '</span>' : '<span class="size">' + j.size + '</span>') + '</div></div>';
  }
  function rBoard(v) {
    const cols = [['Unassigned', j => j.status === 'Unassigned'], ['Assigned', j => j.status === 'Assigned'], ['Picked up', j => j.status === 'Picked up'], ['Completed today', j => j.status === 'Delivered' || j.status === 'Failed']];
    v.innerHTML = '<div class="boardwrap"><div class="board">' + cols.map(c => { const js = S.jobs.filter(c[1]); return '<section class="col"><h2>' + c[0] + ' <span class="n">' + js.length + '</span></h2>' + js.map(card).join('') + '</section>'; }).join('') + '</div>' +
      '<aside class="fleet"><h2>Drivers</h2>' + S.drivers.map(d => { const n = S.jobs.filter(x => x.driver === d.id && (x.status === 'Assigned' || x.status === 'Picked up')).length; return '<div class="fd"><span class="dot ' + d.status.replace(/ /g, '-').toLowerCase() + '"></span><div><b>' + esc(d.name) + '</b><div class="mut">' + d.vehicle + ' · ' + d.zone + ' · ' + d.status + '</div></div><span class="load">' + n + '</span></div>'; }).join('') + '</aside></div>';
    v.querySelectorAll('.asg').forEach(b => b.onclick = () => assign(job(b.closest('.jc').dataset.id)));
    v.querySelectorAll('.dots').forEach(b => b.onclick = e => { e.stopPropagation(); jobMenu(b, job(b.closest('.jc').dataset.id)); });
  }
  function rJobs(v) {
    const q = ui.q.toLowerCase();
    const list = S.jobs.filter(j => (ui.fStatus === 'All' || j.status === ui.fStatus) && (ui.fDriver === 'all' || j.driver === ui.fDriver) && (!q || (j.id + ' ' + j.customer + ' ' + j.pickup + ' ' + j.dropoff).toLowerCase().includes(q)));
    v.innerHTML = '<div class="pad"><div class="filters"><input type="search" id="jq" aria-label="Search jobs" placeholder="Search job, customer or address" value="' + esc(ui.q) + '">' +
      '<label for="jf-st">Status</label><select id="jf-st">' + ['All', 'Unassigned', 'Assigned', 'Picked up', 'Delivered', 'Failed', 'Cancelled'].map(s => '<option' + (s === ui.fStatus ? ' selected' : '') + '>' + s + '</option>').join('') + '</select>' +
      '<label for="jf-dr">Driver</label><select id="jf-dr"><option value="all">All drivers</option>' + S.drivers.map(d => '<option value="' + d.id + '"' + (d.id === ui.fDriver ? ' selected' : '') + '>' + esc(d.name) + '</option>').join('') + '</select><span class="mut">' + list.length + ' jobs</span></div>' +
      '<table class="dense"><thead><tr><th>Job</th><th>Customer</th><th>Pickup</th><th>Drop-off</th><th>Window</th><th>Priority</th><th>Size</th><th>Driver</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(j => '<tr data-id="' + j.id + '"><td class="jid">' + j.id + '</td><td>' + esc(j.customer) + '</td><td>' + esc(j.pickup) + '</td><td>' + esc(j.dropoff) + '</td><td>' + j.window + '</td><td>' + (j.priority === 'Urgent' ? '<span class="tag u">Urgent</span>' : 'Normal') + '</td><td>' + j.size + '</td><td>' + (j.driver ? esc(drv(j.driver).name) : '<span class="mut">—</span>') + '</td>' +
        '<td><span class="st s-' + j.status.replace(/ /g, '-').toLowerCase() + '">' + j.status + '</span></td><td><button class="dots" aria-label="Job actions ' + j.id + '">⋯</button></td></tr>').join('') + '</tbody></table></div>';
    const jq = $('#jq'); jq.oninput = () => { ui.q = jq.value; rJobs(v); const n = $('#jq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#jf-st').onchange = e => { ui.fStatus = e.target.value; rJobs(v); };
    $('#jf-dr').onchange = e => { ui.fDriver = e.target.value; rJobs(v); };
    v.querySelectorAll('.dots').forEach(b => b.onclick = e => { e.stopPropagation(); jobMenu(b, job(b.closest('tr').dataset.id)); });
  }
  function rDrivers(v) {
    v.innerHTML = '<div class="pad"><h1>Drivers</h1><table class="dense"><thead><tr><th>ID</th><th>Name</th><th>Vehicle</th><th>Reg.</th><th>Zone</th><th>Phone</th><th class="r">Active jobs</th><th>Delivered today</th><th>Status</th></tr></thead><tbody>' +
      S.drivers.map(d => '<tr data-id="' + d.id + '"><td class="jid">' + d.id + '</td><td><b>' + esc(d.name) + '</b></td><td>' + d.vehicle + '</td><td class="jid">' + d.reg + '</td><td>' + d.zone + '</td><td>' + d.phone + '</td><td class="r">' + S.jobs.filter(x => x.driver === d.id && (x.status === 'Assigned' || x.status === 'Picked up')).length + '</td><td>' + S.jobs.filter(x => x.driver === d.id && x.status === 'Delivered').length + '</td>' +
        '<td><select class="dst" aria-label="Status for ' + esc(d.name) + '">' + ['On shift', 'On break', 'Off duty'].map(s => '<option' + (s === d.status ? ' selected' : '') + '>' + s + '</option>').join('') + '</select></td></tr>').join('') + '</tbody></table></div>';
    v.querySelectorAll('.dst').forEach(s => s.onchange = () => { const d = drv(s.closest('tr').dataset.id); d.status = s.value; toast(d.name + ' is now ' + d.status.toLowerCase()); });
  }
  function rSettings(v) {
    const s = S.settings;
    const row = (id, k, t, h) => '<div class="srow"><div><label for="' + id + '"><b>' + t + '</b></label><div class="mut">' + h + '</div></div><input type="checkbox" role="switch" class="sw" id="' + id + '" data-k="' + k + '"' + (s[k] ? ' checked' : '') + '></div>';
    v.innerHTML = '<div class="pad"><h1>Dispatch settings</h1><div class="spanel">' +
      row('st-auto', 'autoAssignUrgent', 'Auto-assign urgent jobs', 'Urgent jobs go to the nearest on-shift driver automatically.') +
      row('st-sms', 'smsRecipients', 'SMS recipients with ETA', 'Recipients get a text when the driver is 2 stops away.') +
      row('st-photo', 'photoProofRequired', 'Require photo proof of delivery', 'Drivers must take a photo before closing a job.') +
      '<div class="srow"><div><label for="st-max"><b>Max active jobs per driver</b></label></div><input type="number" id="st-max" value="' + s.maxJobsPerDriver + '" min="1" max="20"></div>' +
      '<div class="sfoot"><button class="b main" id="st-save">Save settings</button></div></div></div>';
    $('#st-save').onclick = () => { v.querySelectorAll('[data-k]').forEach(i => s[i.dataset.k] = i.checked); s.maxJobsPerDriver = parseInt($('#st-max').value, 10) || s.maxJobsPerDriver; toast('Settings saved'); };
  }
  render();
})();
