(function () {
  'use strict';
  var TODAY = '2025-10-21';
  var SLOTS = ['ASAP', '08:00–10:00', '10:00–12:00', '12:00–14:00', '14:00–16:00', '16:00–18:00', 'Evening'];

  function seed() {
    var engineers = [
      { id: 'EN-1', name: 'Dave Mercer', van: 'Van 1 (YR19 KPD)', area: 'North', onCall: false, phone: '07700 930001', skills: ['Lockouts', 'uPVC', 'Safes'] },
      { id: 'EN-2', name: 'Shauna Quinn', van: 'Van 2 (YR20 KPQ)', area: 'South', onCall: true, phone: '07700 930002', skills: ['Lockouts', 'Access control'] },
      { id: 'EN-3', name: 'Tomasz Nowak', van: 'Van 3 (YS70 KPN)', area: 'East', onCall: false, phone: '07700 930003', skills: ['Safes', 'Master keying'] },
      { id: 'EN-4', name: 'Leroy Grant', van: 'Van 4 (YS21 KPG)', area: 'West', onCall: false, phone: '07700 930004', skills: ['uPVC', 'Lockouts'] },
      { id: 'EN-5', name: 'Abi Clarke', van: 'Van 5 (YT22 KPC)', area: 'Central', onCall: false, phone: '07700 930005', skills: ['Key cutting', 'Shutters'] }
    ];
    var J = [
      ['KP-2301', 'Mrs Joan Kowalski', '8 Ash Grove', 'LS4 2AG', 'Lock change', 'Standard', '2025-10-16', '10:00–12:00', 'EN-1', 'Completed', 145],
      ['KP-2302', 'Harbour Café Ltd', '2 Quay Street', 'LS1 4QS', 'uPVC mechanism', 'Standard', '2025-10-17', '08:00–10:00', 'EN-3', 'Completed', 210],
      ['KP-2303', 'Mr Ade Okoro', '31 Elm Road', 'LS6 3ER', 'Lockout', 'Emergency', '2025-10-18', 'ASAP', 'EN-2', 'Completed', 95],
      ['KP-2304', 'Sarah Whitlock', '14 Mill Lane', 'LS9 7ML', 'Lockout', 'Standard', '2025-10-21', 'ASAP', '', 'New', 95],
      ['KP-2305', 'Greenway Lettings', 'Flat 4, 22 Victoria Road', 'LS3 1VR', 'Lock change', 'Standard', '2025-10-21', '12:00–14:00', 'EN-4', 'Assigned', 120],
      ['KP-2306', 'Priya Menon', '5 Hazel Road', 'LS8 2HR', 'Lockout', 'Urgent', '2025-10-21', 'ASAP', 'EN-1', 'En route', 95],
      ['KP-2307', 'Dr Martin Hale', '60 Church Street', 'LS2 9CS', 'Safe opening', 'Standard', '2025-10-22', '10:00–12:00', 'EN-3', 'Assigned', 260],
      ['KP-2308', 'St Anne\'s Primary School', 'Carr Lane', 'LS7 4CL', 'Master key system', 'Standard', '2025-10-23', '16:00–18:00', 'EN-4', 'Assigned', 1180],
      ['KP-2309', 'Colin Barker', '9 Fern Close', 'LS10 5FC', 'Repair', 'Standard', '2025-10-22', '14:00–16:00', '', 'New', 75],
      ['KP-2310', 'Lena Fischer', '17 Hazel Court', 'LS8 3HC', 'Lock change', 'Standard', '2025-10-24', '08:00–10:00', '', 'New', 130],
      ['KP-2311', 'Northgate Pharmacy', '3 Market Place', 'LS1 6MP', 'Shutter repair', 'Urgent', '2025-10-21', '08:00–10:00', 'EN-5', 'On site', 180],
      ['KP-2312', 'Mr Tom Ridley', '44 Park View', 'LS11 8PV', 'Key cutting', 'Standard', '2025-10-20', '14:00–16:00', 'EN-5', 'Completed', 18],
      ['KP-2313', 'Anita Desai', '12 Mill Lane', 'LS9 7ML', 'Lock upgrade', 'Standard', '2025-10-27', '10:00–12:00', '', 'New', 165],
      ['KP-2314', 'Brookside Dental', '1 Brook Street', 'LS5 2BS', 'Access control', 'Standard', '2025-10-28', '08:00–10:00', 'EN-3', 'Assigned', 640],
      ['KP-2315', 'James Dunmore', '7 Oak Terrace', 'LS12 1OT', 'Lockout', 'Emergency', '2025-10-19', 'ASAP', 'EN-2', 'Cancelled', 95],
      ['KP-2316', 'Wendy Shaw', '88 Lime Walk', 'LS14 6LW', 'Burglary repair', 'Urgent', '2025-10-20', '08:00–10:00', 'EN-1', 'Completed', 265],
      ['KP-2317', 'Kieran Doyle', '2 Birch Row', 'LS15 3BR', 'Lock change', 'Standard', '2025-10-29', '12:00–14:00', '', 'New', 120],
      ['KP-2318', 'Hollis & Co Solicitors', '10 High Street', 'LS1 2HS', 'Safe service', 'Standard', '2025-11-03', '10:00–12:00', 'EN-4', 'Assigned', 150]
    ];
    var jobs = J.map(function (j, i) {
      return { id: j[0], customer: j[1], address: j[2], postcode: j[3], phone: '07700 94' + String(2000 + i * 113).slice(-4), type: j[4], priority: j[5], date: j[6], slot: j[7], engineer: j[8], status: j[9], quote: j[10],
        cancelReason: j[0] === 'KP-2315' ? 'Customer got in themselves' : '', callOutFee: false, notes: j[0] === 'KP-2304' ? 'Customer locked out, phone on 5% battery.' : '' };
    });
    var I = [
      ['INV-7001', 'KP-2288', 'Mr Samuel Reid', '2025-10-01', 120, 'Paid', '2025-10-03', 'Card'],
      ['INV-7002', 'KP-2291', 'Oakfield Nursery', '2025-10-04', 340, 'Overdue', '', ''],
      ['INV-7003', 'KP-2301', 'Mrs Joan Kowalski', '2025-10-16', 145, 'Unpaid', '', ''],
      ['INV-7004', 'KP-2302', 'Harbour Café Ltd', '2025-10-17', 210, 'Unpaid', '', ''],
      ['INV-7005', 'KP-2303', 'Mr Ade Okoro', '2025-10-18', 95, 'Paid', '2025-10-18', 'Card'],
      ['INV-7006', 'KP-2312', 'Mr Tom Ridley', '2025-10-20', 18, 'Paid', '2025-10-20', 'Cash'],
      ['INV-7007', 'KP-2316', 'Wendy Shaw', '2025-10-20', 265, 'Unpaid', '', ''],
      ['INV-7008', 'KP-2295', 'Patel Stores', '2025-10-07', 480, 'Paid', '2025-10-14', 'Bank transfer'],
      ['INV-7009', 'KP-2297', 'Riverside Gym', '2025-10-08', 150, 'Overdue', '', ''],
      ['INV-7010', 'KP-2299', 'Alan Marsh', '2025-10-10', 85, 'Unpaid', '', ''],
      ['INV-7011', 'KP-2300', 'Castle Lettings', '2025-10-13', 390, 'Paid', '2025-10-15', 'Bank transfer'],
      ['INV-7012', 'KP-2293', 'Mrs Hilda Brown', '2025-10-06', 60, 'Paid', '2025-10-06', 'Cheque']
    ];
    var invoices = I.map(function (x) {
      var d = new Date(Date.UTC(+x[3].slice(0, 4), +x[3].slice(5, 7) - 1, +x[3].slice(8) + 14));
      return { id: x[0], job: x[1], customer: x[2], issued: x[3], due: d.toISOString().slice(0, 10), amount: x[4], status: x[5], paidOn: x[6], method: x[7], ref: '' };
    });
    var K = [
      ['LK-101', 'Euro cylinder 35/35 (standard)', 4, 10, 'Lockwood Supplies', '2025-09-30'],
      ['LK-102', 'Euro cylinder 35/45 (standard)', 12, 8, 'Lockwood Supplies', '2025-09-30'],
      ['LK-103', 'Euro cylinder 40/40 (standard)', 9, 8, 'Lockwood Supplies', '2025-09-12'],
      ['LK-104', 'Anti-snap euro cylinder 35/35 (3★)', 6, 6, 'Secure Trade Ltd', '2025-10-02'],
      ['LK-105', 'Yale night latch P-89', 2, 4, 'Lockwood Supplies', '2025-08-28'],
      ['LK-106', '5-lever mortice deadlock BS3621', 11, 6, 'Secure Trade Ltd', '2025-10-02'],
      ['LK-107', '5-lever mortice sashlock BS3621', 7, 6, 'Secure Trade Ltd', '2025-10-02'],
      ['LK-108', 'uPVC multipoint gearbox 35mm', 3, 4, 'Doorfix Direct', '2025-09-19'],
      ['LK-109', 'Locking window handle (white)', 25, 10, 'Doorfix Direct', '2025-09-19'],
      ['LK-110', 'Key blanks — Yale 1A', 120, 50, 'Lockwood Supplies', '2025-07-15'],
      ['LK-111', 'Key blanks — Union mortice', 80, 40, 'Lockwood Supplies', '2025-07-15'],
      ['LK-112', 'Padlock 50mm closed shackle', 5, 4, 'Secure Trade Ltd', '2025-08-28']
    ];
    var stock = K.map(function (k) { return { sku: k[0], name: k[1], qty: k[2], reorderAt: k[3], supplier: k[4], lastReceived: k[5] }; });
    return {
      company: 'KeyPoint Locksmiths', today: TODAY, engineers: engineers, jobs: jobs, invoices: invoices, stock: stock,
      settings: { callOutFee: 45, vatRegistered: true, vatRate: 20, paymentTermsDays: 14, emergencySurcharge: 30, smsOnEnRoute: true, autoInvoice: true, outOfHoursFrom: '18:00' }
    };
  }

  window.state = seed();
  var S = window.state;
  var ui = { sec: 'jobs', sel: 'KP-2304', q: '', fstatus: 'open', invFilter: 'all' };

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  function fd(d) { if (!d) return '—'; var x = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8))); return WD[x.getUTCDay()] + ' ' + x.getUTCDate() + ' ' + MON[x.getUTCMonth()]; }
  function gbp(n) { return '£' + Number(n).toFixed(2); }
  function eng(id) { return S.engineers.find(function (e) { return e.id === id; }); }
  function job(id) { return S.jobs.find(function (j) { return j.id === id; }); }
  function st(s) { return '<span class="st s-' + s.replace(' ', '-') + '">' + esc(s) + '</span>'; }
  function toast(m) { var t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(function () { t.remove(); }, 3000); }
  var view = document.getElementById('view');
  document.getElementById('date').textContent = fd(TODAY) + ' 2025';

  var menu = document.getElementById('menu'), mi = [];
  function openMenu(btn, items) {
    mi = items; menu.innerHTML = items.map(function (x, i) { return '<button type="button" data-k="' + i + '">' + esc(x.label) + '</button>'; }).join(''); menu.hidden = false;
    var r = btn.getBoundingClientRect();
    menu.style.left = Math.min(r.left, window.innerWidth - menu.offsetWidth - 8) + 'px';
    menu.style.top = (r.bottom + menu.offsetHeight > window.innerHeight - 8 ? r.top - menu.offsetHeight - 4 : r.bottom + 4) + 'px';
  }
  menu.onclick = function (e) { var b = e.target.closest('[data-k]'); if (!b) return; menu.hidden = true; mi[+b.dataset.k].run(); };
  document.addEventListener('click', function (e) { if (!e.target.closest('#menu') && !e.target.closest('.more')) menu.hidden = true; });

  var mroot = document.getElementById('modal-root');
  function box(title, html, ok, fn, o) {
    o = o || {};
    mroot.innerHTML = '<div class="shade"><div class="box" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><div class="bh">' + esc(title) + '</div><form id="bx"><div class="bb">' + html + '<div class="msg" id="bmsg"></div></div>' +
      '<div class="bf"><button type="button" class="btn" id="bxno">' + esc(o.no || 'Cancel') + '</button><button type="submit" class="btn ' + (o.red ? 'rd' : 'or') + '">' + esc(ok) + '</button></div></form></div></div>';
    var f = document.getElementById('bx');
    document.getElementById('bxno').onclick = function () { mroot.innerHTML = ''; };
    f.onsubmit = function (e) { e.preventDefault(); var m = fn(f); if (m) { document.getElementById('bmsg').textContent = m; return; } mroot.innerHTML = ''; render(); };
    if (o.init) o.init(f);
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { mroot.innerHTML = ''; menu.hidden = true; } });

  document.getElementById('rail').onclick = function (e) {
    var b = e.target.closest('[data-sec]'); if (!b) return;
    ui.sec = b.dataset.sec;
    document.querySelectorAll('#rail [data-sec]').forEach(function (x) { x.classList.toggle('on', x === b); });
    render();
  };
  var TITLES = { jobs: 'Jobs', invoices: 'Invoices', stock: 'Stock', engineers: 'Engineers', settings: 'Settings' };
  function render() {
    menu.hidden = true;
    document.getElementById('sec-title').textContent = TITLES[ui.sec];
    ({ jobs: jobsView, invoices: invoicesView, stock: stockView, engineers: engineersView, settings: settingsView })[ui.sec]();
  }

  // ---------- jobs ----------
  var OPEN = ['New', 'Assigned', 'En route', 'On site'];
  function jobsView() {
    var q = ui.q.toLowerCase();
    var list = S.jobs.filter(function (j) {
      if (ui.fstatus === 'open' && OPEN.indexOf(j.status) < 0) return false;
      if (ui.fstatus === 'closed' && OPEN.indexOf(j.status) >= 0) return false;
      return !q || (j.id + ' ' + j.customer + ' ' + j.address + ' ' + j.postcode + ' ' + j.type).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.date.localeCompare(b.date) || a.id.localeCompare(b.id); });
    view.innerHTML = '<div class="md"><div class="listcol"><div class="listtools"><input id="jq" type="search" placeholder="Search name, address, postcode…" value="' + esc(ui.q) + '">' +
      '<select id="jf" aria-label="Show jobs"><option value="open">Open jobs</option><option value="closed">Closed jobs</option><option value="all">All jobs</option></select><button class="btn or" id="newjob">+ Job</button></div>' +
      '<div class="jobs">' + (list.map(function (j) {
        return '<div class="job' + (j.id === ui.sel ? ' sel' : '') + '" data-job="' + j.id + '"><div class="t">' + esc(j.customer) + '</div><div>' + st(j.status) + '</div>' +
          '<div class="s">' + esc(j.address) + ' · ' + esc(j.type) + '</div><div><span class="prio p-' + j.priority + '">' + j.priority + '</span></div>' +
          '<div class="s">' + j.id + ' · ' + fd(j.date) + ' · ' + esc(j.slot) + '</div><div class="s">' + (j.engineer ? esc(eng(j.engineer).name.split(' ')[0]) : '<i>unassigned</i>') + '</div></div>';
      }).join('') || '<div class="empty">No jobs match.</div>') + '</div></div><div class="detail" id="jd">' + jobDetail() + '</div></div>';
    var jf = document.getElementById('jf'); jf.value = ui.fstatus; jf.onchange = function () { ui.fstatus = jf.value; render(); };
    var jq = document.getElementById('jq'); jq.oninput = function () { ui.q = jq.value; render(); var n = document.getElementById('jq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('newjob').onclick = function () { editJob(null); };
    view.querySelectorAll('[data-job]').forEach(function (d) { d.onclick = function () { ui.sel = d.dataset.job; render(); }; });
    var mb = document.getElementById('jmore');
    if (mb) mb.onclick = function () { openMenu(mb, jobActions(job(ui.sel))); };
    view.querySelectorAll('[data-jact]').forEach(function (b) { b.onclick = function () { var a = jobActions(job(ui.sel)).find(function (x) { return x.key === b.dataset.jact; }); a.run(); }; });
  }
  function jobDetail() {
    var j = ui.sel && job(ui.sel);
    if (!j) return '<div class="empty">Select a job</div>';
    var e = j.engineer && eng(j.engineer);
    var primary = j.status === 'New' ? '<button class="btn or" data-jact="assign">Assign engineer</button>' : (OPEN.indexOf(j.status) >= 0 ? '<button class="btn dk" data-jact="advance">' + ({ Assigned: 'Mark en route', 'En route': 'Mark on site', 'On site': 'Complete job' })[j.status] + '</button>' : '');
    return '<div class="dhead"><div class="grow"><h2>' + esc(j.customer) + '</h2><div style="color:#78716c">' + j.id + ' · ' + esc(j.type) + ' · <span class="prio p-' + j.priority + '">' + j.priority + '</span> ' + st(j.status) + '</div></div>' +
      primary + '<button class="btn" data-jact="edit">Edit</button><button type="button" class="more" id="jmore" aria-label="More job actions">⋯</button></div>' +
      '<div class="blocks"><div class="blk"><h4>Where &amp; when</h4><div class="kv"><span>Address</span><span>' + esc(j.address) + ', ' + esc(j.postcode) + '</span><span>Date</span><span>' + fd(j.date) + '</span><span>Slot</span><span>' + esc(j.slot) + '</span><span>Phone</span><span>' + esc(j.phone) + '</span></div></div>' +
      '<div class="blk"><h4>Engineer</h4>' + (e ? '<div class="kv"><span>Name</span><span>' + esc(e.name) + (e.onCall ? ' <span class="oncall">On call</span>' : '') + '</span><span>Van</span><span>' + esc(e.van) + '</span><span>Mobile</span><span>' + esc(e.phone) + '</span></div>' : '<p style="color:#a8a29e">Not assigned yet</p>') + '</div>' +
      '<div class="blk"><h4>Money</h4><div class="kv"><span>Quote</span><span>' + gbp(j.quote) + '</span><span>Call-out fee</span><span>' + (j.callOutFee ? gbp(S.settings.callOutFee) + ' charged' : '—') + '</span></div></div>' +
      '<div class="blk"><h4>Notes</h4>' + (j.notes ? '<div class="note">' + esc(j.notes) + '</div>' : '<span style="color:#a8a29e">None</span>') + (j.status === 'Cancelled' ? '<div class="note"><b>Cancelled:</b> ' + esc(j.cancelReason) + '</div>' : '') + '</div></div>';
  }
  function jobActions(j) {
    var a = [];
    var open = OPEN.indexOf(j.status) >= 0;
    a.push({ key: 'edit', label: 'Edit job…', run: function () { editJob(j); } });
    if (open) a.push({ key: 'assign', label: j.engineer ? 'Reassign engineer…' : 'Assign engineer…', run: function () { assign(j); } });
    if (open && j.status !== 'New') a.push({ key: 'advance', label: ({ Assigned: 'Mark en route', 'En route': 'Mark on site', 'On site': 'Complete job' })[j.status], run: function () { advance(j); } });
    a.push({ key: 'note', label: 'Add note…', run: function () { box('Add note — ' + j.id, '<div class="f"><label for="nn">Note</label><textarea id="nn" name="n" rows="3"></textarea></div>', 'Add', function (f) { var t = f.n.value.trim(); if (!t) return 'Type a note.'; j.notes = j.notes ? j.notes + ' ' + t : t; toast('Note added'); }); } });
    if (open) a.push({ key: 'cancel', label: 'Cancel job…', run: function () { cancelJob(j); } });
    return a;
  }
  function engOpts(sel) { return '<option value="">— Unassigned —</option>' + S.engineers.map(function (e) { return '<option value="' + e.id + '"' + (e.id === sel ? ' selected' : '') + '>' + esc(e.name) + ' — ' + e.area + '</option>'; }).join(''); }
  function advance(j) {
    if (j.status === 'Assigned') { j.status = 'En route'; toast(eng(j.engineer).name + ' is en route'); }
    else if (j.status === 'En route') { j.status = 'On site'; toast('On site'); }
    else if (j.status === 'On site') { j.status = 'Completed'; toast(j.id + ' completed'); }
    render();
  }
  function assign(j) {
    box('Assign engineer — ' + j.id, '<p style="margin-top:0">' + esc(j.customer) + ', ' + esc(j.address) + '</p><div class="f"><label for="as-e">Engineer</label><select id="as-e" name="e">' + engOpts(j.engineer) + '</select></div>',
      'Assign', function (f) { if (!f.e.value) return 'Choose an engineer.'; j.engineer = f.e.value; if (j.status === 'New') j.status = 'Assigned'; toast(j.id + ' assigned to ' + eng(j.engineer).name); });
  }
  function editJob(j) {
    var x = j || { customer: '', address: '', postcode: '', phone: '', type: 'Lockout', priority: 'Standard', date: TODAY, slot: 'ASAP', engineer: '', quote: 95 };
    var types = ['Lockout', 'Lock change', 'Lock upgrade', 'Repair', 'uPVC mechanism', 'Safe opening', 'Safe service', 'Key cutting', 'Burglary repair', 'Master key system', 'Access control', 'Shutter repair'];
    box(j ? 'Edit job ' + j.id : 'New job',
      '<div class="f"><label for="j-c">Customer</label><input id="j-c" name="customer" value="' + esc(x.customer) + '"></div>' +
      '<div class="pair"><div class="f"><label for="j-a">Address</label><input id="j-a" name="address" value="' + esc(x.address) + '"></div><div class="f"><label for="j-p">Postcode</label><input id="j-p" name="postcode" value="' + esc(x.postcode) + '"></div></div>' +
      '<div class="pair"><div class="f"><label for="j-t">Job type</label><select id="j-t" name="type">' + types.map(function (t) { return '<option' + (t === x.type ? ' selected' : '') + '>' + t + '</option>'; }).join('') + '</select></div><div class="f"><label for="j-ph">Phone</label><input id="j-ph" name="phone" value="' + esc(x.phone) + '"></div></div>' +
      '<div class="f"><span class="l">Priority</span><div class="radios">' + ['Standard', 'Urgent', 'Emergency'].map(function (p) { return '<label><input type="radio" name="priority" value="' + p + '"' + (p === x.priority ? ' checked' : '') + '> ' + p + '</label>'; }).join('') + '</div></div>' +
      '<div class="pair"><div class="f"><label for="j-d">Date</label><input type="date" id="j-d" name="date" value="' + x.date + '"></div><div class="f"><label for="j-s">Time slot</label><select id="j-s" name="slot">' + SLOTS.map(function (s) { return '<option' + (s === x.slot ? ' selected' : '') + '>' + s + '</option>'; }).join('') + '</select></div></div>' +
      '<div class="pair"><div class="f"><label for="j-e">Engineer</label><select id="j-e" name="engineer">' + engOpts(x.engineer) + '</select></div><div class="f"><label for="j-q">Quote (£)</label><input type="number" id="j-q" name="quote" value="' + x.quote + '"></div></div>',
      j ? 'Save job' : 'Create job', function (f) {
        if (!f.customer.value.trim() || !f.address.value.trim()) return 'Customer and address are required.';
        if (!j) { j = { id: 'KP-' + (Math.max.apply(null, S.jobs.map(function (k) { return +k.id.slice(3); })) + 1), customer: '', address: '', postcode: '', phone: '', type: '', priority: '', date: '', slot: '', engineer: '', status: 'New', quote: 0, cancelReason: '', callOutFee: false, notes: '' }; S.jobs.push(j); ui.sel = j.id; }
        j.customer = f.customer.value.trim(); j.address = f.address.value.trim(); j.postcode = f.postcode.value.trim(); j.phone = f.phone.value.trim(); j.type = f.type.value;
        j.priority = f.querySelector('[name=priority]:checked').value; j.date = f.date.value; j.slot = f.slot.value; j.quote = +f.quote.value;
        j.engineer = f.engineer.value;
        if (j.engineer && j.status === 'New') j.status = 'Assigned';
        if (!j.engineer && j.status === 'Assigned') j.status = 'New';
        toast(j.id + ' saved');
      });
  }
  function cancelJob(j) {
    box('Cancel job ' + j.id + '?', '<p style="margin-top:0">' + esc(j.customer) + ' — ' + esc(j.type) + ' at ' + esc(j.address) + '</p>' +
      '<div class="f"><label for="cx-r">Reason for cancelling</label><select id="cx-r" name="r"><option value="">Choose…</option>' +
      ['Customer resolved it themselves', 'Customer found cheaper quote', 'Duplicate job', 'No access to property', 'No engineer available', 'Other'].map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select></div>' +
      '<label class="cb"><input type="checkbox" name="fee"> Charge call-out fee (' + gbp(S.settings.callOutFee) + ')</label>',
      'Cancel job', function (f) { if (!f.r.value) return 'Pick a reason.'; j.status = 'Cancelled'; j.cancelReason = f.r.value; j.callOutFee = f.fee.checked; toast(j.id + ' cancelled'); }, { red: true, no: 'Keep job' });
  }

  // ---------- invoices ----------
  function invoicesView() {
    var list = S.invoices.filter(function (i) { return ui.invFilter === 'all' || (ui.invFilter === 'due' ? i.status !== 'Paid' : i.status === 'Paid'); });
    var owed = S.invoices.filter(function (i) { return i.status !== 'Paid'; }).reduce(function (t, i) { return t + i.amount; }, 0);
    view.innerHTML = '<div class="pad"><div class="hdr"><h3>Invoices</h3><span style="color:#78716c">Outstanding ' + gbp(owed) + '</span><select id="invf" aria-label="Show invoices" style="border:1px solid #d6d3d1;border-radius:6px;padding:5px 8px;font:inherit"><option value="all">All</option><option value="due">Unpaid &amp; overdue</option><option value="paid">Paid</option></select></div>' +
      '<table class="tbl"><thead><tr><th>Invoice</th><th>Job</th><th>Customer</th><th>Issued</th><th>Due</th><th>Amount</th><th>Status</th><th>Paid</th><th></th></tr></thead><tbody>' +
      list.map(function (i) { return '<tr><td><b>' + i.id + '</b></td><td>' + i.job + '</td><td>' + esc(i.customer) + '</td><td>' + fd(i.issued) + '</td><td>' + fd(i.due) + '</td><td>' + gbp(i.amount) + '</td><td>' + st(i.status) + '</td><td>' + (i.paidOn ? fd(i.paidOn) + ' · ' + esc(i.method) : '—') + '</td><td><button type="button" class="more" data-inv="' + i.id + '" aria-label="Invoice actions">⋯</button></td></tr>'; }).join('') +
      '</tbody></table></div>';
    var f = document.getElementById('invf'); f.value = ui.invFilter; f.onchange = function () { ui.invFilter = f.value; render(); };
    view.querySelectorAll('[data-inv]').forEach(function (b) {
      b.onclick = function () {
        var i = S.invoices.find(function (x) { return x.id === b.dataset.inv; });
        var items = [{ label: 'Send copy by email', run: function () { toast(i.id + ' emailed to customer'); } }];
        if (i.status !== 'Paid') {
          items.unshift({ label: 'Record payment…', run: function () { pay(i); } });
          items.push({ label: 'Send reminder', run: function () { toast('Reminder sent for ' + i.id); } });
        }
        openMenu(b, items);
      };
    });
  }
  function pay(i) {
    box('Record payment — ' + i.id, '<p style="margin-top:0">' + esc(i.customer) + ' · ' + gbp(i.amount) + ' due ' + fd(i.due) + '</p>' +
      '<div class="pair"><div class="f"><label for="py-d">Date received</label><input type="date" id="py-d" name="d" value="' + TODAY + '"></div><div class="f"><label for="py-m">Method</label><select id="py-m" name="m"><option value="">Choose…</option><option>Card</option><option>Cash</option><option>Bank transfer</option><option>Cheque</option></select></div></div>' +
      '<div class="f"><label for="py-r">Reference (optional)</label><input id="py-r" name="r"></div>',
      'Mark as paid', function (f) { if (!f.d.value) return 'Enter the date.'; if (!f.m.value) return 'Choose how they paid.'; i.status = 'Paid'; i.paidOn = f.d.value; i.method = f.m.value; i.ref = f.r.value.trim(); toast(i.id + ' marked paid'); });
  }

  // ---------- stock ----------
  function stockView() {
    view.innerHTML = '<div class="pad"><div class="hdr"><h3>Van &amp; workshop stock</h3><span style="color:#78716c">Items at or below re-order level shown in red</span></div><table class="tbl"><thead><tr><th>SKU</th><th>Item</th><th>In stock</th><th>Re-order at</th><th>Supplier</th><th>Last delivery</th><th></th></tr></thead><tbody>' +
      S.stock.map(function (k) { return '<tr><td>' + k.sku + '</td><td>' + esc(k.name) + '</td><td class="' + (k.qty <= k.reorderAt ? 'low' : '') + '">' + k.qty + '</td><td>' + k.reorderAt + '</td><td>' + esc(k.supplier) + '</td><td>' + fd(k.lastReceived) + '</td><td><button type="button" class="more" data-sku="' + k.sku + '" aria-label="Stock actions">⋯</button></td></tr>'; }).join('') + '</tbody></table></div>';
    view.querySelectorAll('[data-sku]').forEach(function (b) {
      b.onclick = function () {
        var k = S.stock.find(function (x) { return x.sku === b.dataset.sku; });
        openMenu(b, [
          { label: 'Receive delivery…', run: function () { box('Receive delivery — ' + k.name, '<p style="margin-top:0">Currently ' + k.qty + ' in stock.</p><div class="f"><label for="rc-q">Quantity received</label><input type="number" id="rc-q" name="q" min="1"></div>', 'Add to stock', function (f) { var q = parseInt(f.q.value, 10); if (!(q > 0)) return 'Enter how many arrived.'; k.qty += q; k.lastReceived = TODAY; toast(q + ' × ' + k.name + ' added'); }); } },
          { label: 'Correct count…', run: function () { box('Stock count — ' + k.name, '<div class="f"><label for="ct-q">Counted quantity</label><input type="number" id="ct-q" name="q" min="0" value="' + k.qty + '"></div>', 'Save count', function (f) { var q = parseInt(f.q.value, 10); if (!(q >= 0)) return 'Enter the count.'; k.qty = q; toast('Count saved'); }); } },
          { label: 'Change re-order level…', run: function () { box('Re-order level — ' + k.name, '<div class="f"><label for="ro-q">Re-order when stock reaches</label><input type="number" id="ro-q" name="q" min="0" value="' + k.reorderAt + '"></div>', 'Save', function (f) { k.reorderAt = parseInt(f.q.value, 10) || 0; toast('Re-order level saved'); }); } }
        ]);
      };
    });
  }

  // ---------- engineers ----------
  function engineersView() {
    view.innerHTML = '<div class="pad"><div class="hdr"><h3>Engineers</h3></div><table class="tbl"><thead><tr><th>Name</th><th>Area</th><th>Van</th><th>Mobile</th><th>Skills</th><th>Open jobs</th><th>On call tonight</th></tr></thead><tbody>' +
      S.engineers.map(function (e) {
        var n = S.jobs.filter(function (j) { return j.engineer === e.id && OPEN.indexOf(j.status) >= 0; }).length;
        return '<tr><td><b>' + esc(e.name) + '</b> ' + (e.onCall ? '<span class="oncall">On call</span>' : '') + '</td><td>' + e.area + '</td><td>' + esc(e.van) + '</td><td>' + e.phone + '</td><td>' + esc(e.skills.join(', ')) + '</td><td>' + n + '</td><td><label class="cb"><input type="radio" name="oncall" value="' + e.id + '"' + (e.onCall ? ' checked' : '') + '> On call</label></td></tr>';
      }).join('') + '</tbody></table></div>';
    view.querySelectorAll('[name=oncall]').forEach(function (r) {
      r.onchange = function () { S.engineers.forEach(function (e) { e.onCall = e.id === r.value; }); toast(eng(r.value).name + ' is now on call'); render(); };
    });
  }

  // ---------- settings ----------
  function settingsView() {
    var t = S.settings;
    view.innerHTML = '<div class="pad"><form class="setgrid" id="sf"><h4>Charges</h4><div class="pair"><div class="f"><label for="s1">Call-out fee (£)</label><input type="number" id="s1" name="callOutFee" value="' + t.callOutFee + '"></div><div class="f"><label for="s2">Emergency surcharge (£)</label><input type="number" id="s2" name="emergencySurcharge" value="' + t.emergencySurcharge + '"></div></div>' +
      '<div class="pair"><div class="f"><label for="s3">Payment terms</label><select id="s3" name="paymentTermsDays">' + [7, 14, 30].map(function (d) { return '<option value="' + d + '"' + (d === t.paymentTermsDays ? ' selected' : '') + '>' + d + ' days</option>'; }).join('') + '</select></div><div class="f"><label for="s4">Out-of-hours rates from</label><input type="time" id="s4" name="outOfHoursFrom" value="' + t.outOfHoursFrom + '"></div></div>' +
      '<label class="cb"><input type="checkbox" name="vatRegistered"' + (t.vatRegistered ? ' checked' : '') + '> VAT registered (' + t.vatRate + '%)</label>' +
      '<h4>Automation</h4><label class="cb"><input type="checkbox" name="smsOnEnRoute"' + (t.smsOnEnRoute ? ' checked' : '') + '> Text the customer when the engineer is en route</label><label class="cb" style="margin-top:6px"><input type="checkbox" name="autoInvoice"' + (t.autoInvoice ? ' checked' : '') + '> Raise the invoice automatically when a job is completed</label>' +
      '<div style="margin-top:14px"><button class="btn or" type="submit">Save settings</button></div></form></div>';
    document.getElementById('sf').onsubmit = function (e) {
      e.preventDefault(); var f = e.target;
      t.callOutFee = +f.callOutFee.value; t.emergencySurcharge = +f.emergencySurcharge.value; t.paymentTermsDays = +f.paymentTermsDays.value; t.outOfHoursFrom = f.outOfHoursFrom.value;
      t.vatRegistered = f.vatRegistered.checked; t.smsOnEnRoute = f.smsOnEnRoute.checked; t.autoInvoice = f.autoInvoice.checked; toast('Settings saved');
    };
  }

  render();
})();
