(function () {
  'use strict';
  var TODAY = '2025-08-02';
  var COLOURS = { Black: '#111', Silver: '#c0c6cc', White: '#fff', Red: '#d22', Blue: '#2563eb', Grey: '#6b7280', Green: '#15803d', Orange: '#f97316', Yellow: '#facc15' };

  function seed() {
    var packages = [
      { name: 'Express wash', price: 12, mins: 20 }, { name: 'Mini valet', price: 25, mins: 40 }, { name: 'Interior only', price: 30, mins: 45 },
      { name: 'Full valet', price: 65, mins: 120 }, { name: 'Ceramic wax', price: 90, mins: 150 }
    ];
    var extras = [{ name: 'Pet hair removal', price: 10 }, { name: 'Leather conditioning', price: 15 }, { name: 'Engine bay clean', price: 20 }, { name: 'Headlight restore', price: 25 }, { name: 'Air freshener', price: 3 }];
    var B = [
      ['CW-6601', 'LK68 OPD', 'VW Golf', 'Black', 'Dan Moss', 'Express wash', [], '2025-08-02', '08:30', 2, 'Collected'],
      ['CW-6602', 'KR19 VXB', 'VW Golf', 'Silver', 'Imran Ahmed', 'Full valet', ['Leather conditioning'], '2025-08-02', '09:00', 1, 'In progress'],
      ['CW-6603', 'YA21 HHT', 'Tesla Model 3', 'White', 'Claire Ho', 'Ceramic wax', [], '2025-08-02', '09:30', 3, 'In progress'],
      ['CW-6604', 'BX17 RMU', 'Ford Focus', 'Red', 'Lee Barnes', 'Mini valet', [], '2025-08-02', '10:00', 2, 'Ready'],
      ['CW-6605', 'SN70 LPA', 'Nissan Qashqai', 'Blue', 'Hannah Cole', 'Interior only', ['Pet hair removal'], '2025-08-02', '10:30', 2, 'Booked'],
      ['CW-6606', 'GF15 ZZK', 'BMW 320d', 'Grey', 'Raj Varma', 'Express wash', [], '2025-08-02', '11:00', '', 'Booked'],
      ['CW-6607', 'MA22 TWE', 'Toyota Yaris', 'Silver', 'Joy Adeyemi', 'Full valet', [], '2025-08-02', '11:30', '', 'Booked'],
      ['CW-6608', 'PN66 KXO', 'Mini Cooper', 'Green', 'Sam Hughes', 'Express wash', ['Air freshener'], '2025-08-02', '12:00', '', 'Booked'],
      ['CW-6609', 'LV20 CDR', 'Range Rover Evoque', 'White', 'Tariq Aziz', 'Full valet', ['Engine bay clean'], '2025-08-02', '13:00', '', 'Booked'],
      ['CW-6610', 'DE18 FPP', 'Audi A3', 'Black', 'Beth Lyons', 'Mini valet', [], '2025-08-02', '13:30', '', 'Booked'],
      ['CW-6611', 'WR69 JJN', 'Kia Picanto', 'Orange', 'Will Reeves', 'Express wash', [], '2025-08-02', '14:00', '', 'Cancelled'],
      ['CW-6612', 'HJ16 OMG', 'Vauxhall Astra', 'White', 'Nina Shah', 'Full valet', [], '2025-08-03', '10:00', '', 'Booked'],
      ['CW-6613', 'CU21 BNB', 'Skoda Octavia', 'Grey', 'Paul Dent', 'Mini valet', ['Pet hair removal'], '2025-08-03', '12:00', '', 'Booked'],
      ['CW-6614', 'RE67 WSA', 'Honda Jazz', 'Blue', 'Margaret Cole', 'Interior only', [], '2025-08-04', '09:30', '', 'Booked'],
      ['CW-6615', 'TT14 PRK', 'Volvo XC60', 'Black', 'Gavin Price', 'Ceramic wax', [], '2025-08-01', '09:00', 3, 'Collected'],
      ['CW-6616', 'FY65 DMX', 'Peugeot 208', 'Yellow', 'Ella Frost', 'Mini valet', [], '2025-08-01', '14:30', 1, 'Collected']
    ];
    var bookings = B.map(function (b, i) {
      return { id: b[0], reg: b[1], make: b[2], colour: b[3], customer: b[4], phone: '07700 95' + String(1000 + i * 211).slice(-4), package: b[5], extras: b[6], date: b[7], time: b[8], bay: b[9], status: b[10],
        price: total(packages, extras, b[5], b[6]), cancelReason: b[0] === 'CW-6611' ? 'Customer cancelled' : '', notes: '' };
    });
    var M = [
      ['MB-301', 'Amanda Fox', 'AF19 XOX', 'Gold', 6, '2025-08-14', true, 'Active'],
      ['MB-302', 'Brian Kemp', 'BK66 PLM', 'Bronze', 1, '2025-08-09', true, 'Active'],
      ['MB-303', 'Chen Wei', 'CW70 LTT', 'Silver', 4, '2025-08-28', false, 'Active'],
      ['MB-304', 'Keith Rowntree', 'KR15 ROW', 'Silver', 3, '2025-08-19', true, 'Active'],
      ['MB-305', 'Diane Okoye', 'DO21 KYE', 'Gold', 9, '2025-09-01', true, 'Active'],
      ['MB-306', 'Eddie Shaw', 'ES62 HAW', 'Bronze', 0, '2025-07-30', false, 'Lapsed'],
      ['MB-307', 'Farah Malik', 'FM20 MLK', 'Silver', 2, '2025-08-11', true, 'Frozen'],
      ['MB-308', 'Gordon Tait', 'GT18 TAT', 'Gold', 7, '2025-08-25', true, 'Active'],
      ['MB-309', 'Hayley Moon', 'HM69 MNN', 'Bronze', 2, '2025-08-16', true, 'Active'],
      ['MB-310', 'Ian Brody', 'IB17 BRD', 'Silver', 5, '2025-08-21', true, 'Active'],
      ['MB-311', 'Jade Pearce', 'JP22 PRC', 'Gold', 10, '2025-09-05', false, 'Active'],
      ['MB-312', 'Kofi Mensah', 'KM16 MNS', 'Silver', 1, '2025-08-07', true, 'Active']
    ];
    var members = M.map(function (m) { return { id: m[0], name: m[1], reg: m[2], plan: m[3], washesLeft: m[4], renews: m[5], autoRenew: m[6], status: m[7], freezeMonths: m[0] === 'MB-307' ? 1 : 0, freezeReason: m[0] === 'MB-307' ? 'Medical' : '', frozenUntil: m[0] === 'MB-307' ? '2025-08-20' : '' }; });
    var hours = {};
    [['mon', '08:00', '18:00'], ['tue', '08:00', '18:00'], ['wed', '08:00', '18:00'], ['thu', '08:00', '19:00'], ['fri', '08:00', '19:00'], ['sat', '08:00', '17:00'], ['sun', '09:00', '16:00']].forEach(function (d) { hours[d[0]] = { open: d[1], close: d[2], closed: false }; });
    return {
      business: "Sudsy's Hand Car Wash & Valet", today: TODAY, packages: packages, extras: extras, bookings: bookings, members: members,
      settings: { hours: hours, bays: 3, smsWhenReady: true, loyaltyEnabled: true, stampsForFree: 8, onlineBooking: true, lastBookingMinsBeforeClose: 30 }
    };
  }
  function total(packages, extras, pkg, ex) {
    var p = packages.find(function (x) { return x.name === pkg; }), t = p ? p.price : 0;
    ex.forEach(function (n) { var e = extras.find(function (x) { return x.name === n; }); if (e) t += e.price; });
    return t;
  }

  window.state = seed();
  var S = window.state;
  var ui = { tab: 'board', bq: '', bdate: '', mfilter: '' };

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function dd(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8))); }
  function fdate(d) { if (!d) return '—'; var x = dd(d); return WD[x.getUTCDay()].slice(0, 3) + ' ' + x.getUTCDate() + ' ' + MO[x.getUTCMonth()]; }
  function addMonths(d, n) { var x = dd(d); x.setUTCMonth(x.getUTCMonth() + n); return x.toISOString().slice(0, 10); }
  function chip(s) { return '<span class="chip c-' + s.replace(' ', '-') + '">' + esc(s) + '</span>'; }
  function toast(m) { var t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(function () { t.remove(); }, 3000); }
  function bk(id) { return S.bookings.find(function (b) { return b.id === id; }); }
  var main = document.getElementById('main');
  document.getElementById('clock').textContent = WD[dd(TODAY).getUTCDay()] + ' ' + fdate(TODAY).slice(4) + ' 2025';

  var menu = document.getElementById('menu'), mItems = [];
  function openMenu(btn, items) {
    mItems = items; menu.innerHTML = items.map(function (x, i) { return '<button type="button" data-n="' + i + '">' + esc(x.label) + '</button>'; }).join(''); menu.hidden = false;
    var r = btn.getBoundingClientRect();
    menu.style.left = Math.min(r.left, window.innerWidth - menu.offsetWidth - 10) + 'px';
    menu.style.top = (r.bottom + menu.offsetHeight > window.innerHeight - 10 ? Math.max(10, r.top - menu.offsetHeight - 4) : r.bottom + 4) + 'px';
  }
  menu.onclick = function (e) { var b = e.target.closest('[data-n]'); if (!b) return; menu.hidden = true; mItems[+b.dataset.n].run(); };
  document.addEventListener('click', function (e) { if (!e.target.closest('#menu') && !e.target.closest('.more')) menu.hidden = true; });

  var mr = document.getElementById('modal-root');
  function sheet(title, html, ok, fn, o) {
    o = o || {};
    mr.innerHTML = '<div class="veil"><div class="sheet" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><h2>' + esc(title) + '</h2><form id="sh"><div class="cnt">' + html + '<div class="err" id="sherr"></div></div><div class="act">' +
      '<button type="button" class="btn" id="shx">' + esc(o.no || 'Close') + '</button><button type="submit" class="btn ' + (o.red ? 'red' : 'blue') + '">' + esc(ok) + '</button></div></form></div></div>';
    var f = document.getElementById('sh');
    document.getElementById('shx').onclick = function () { mr.innerHTML = ''; };
    f.onsubmit = function (e) { e.preventDefault(); var m = fn(f); if (m) { document.getElementById('sherr').textContent = m; return; } mr.innerHTML = ''; render(); };
    if (o.init) o.init(f);
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { mr.innerHTML = ''; menu.hidden = true; } });

  document.getElementById('tabs').onclick = function (e) { var b = e.target.closest('[data-tab]'); if (!b) return; ui.tab = b.dataset.tab; render(); };
  document.getElementById('quick-new').onclick = function () { newBooking(); };
  function render() {
    menu.hidden = true;
    document.querySelectorAll('#tabs button').forEach(function (b) { b.classList.toggle('active', b.dataset.tab === ui.tab); });
    ({ board: board, bookings: bookingsView, members: membersView, prices: pricesView, settings: settingsView })[ui.tab]();
  }

  // ---------- board ----------
  function carCard(b) {
    return '<div class="car" data-car="' + b.id + '"><button type="button" class="more" data-more="' + b.id + '" aria-label="Actions for ' + b.reg + '">⋯</button><span class="reg">' + esc(b.reg) + '</span>' +
      '<div class="mk"><span class="swatch" style="background:' + (COLOURS[b.colour] || '#ccc') + '"></span>' + esc(b.colour + ' ' + b.make) + '</div>' +
      '<div class="sub">' + b.time + ' · ' + esc(b.package) + (b.extras.length ? ' + ' + esc(b.extras.join(', ')) : '') + '</div><div class="sub">' + esc(b.customer) + (b.bay ? ' · Bay ' + b.bay : '') + ' · £' + b.price + '</div></div>';
  }
  function board() {
    var today = S.bookings.filter(function (b) { return b.date === TODAY && b.status !== 'Cancelled'; }).sort(function (a, b) { return a.time.localeCompare(b.time); });
    var cols = ['Booked', 'In progress', 'Ready', 'Collected'];
    var taken = S.bookings.filter(function (b) { return b.date === TODAY && b.status === 'Collected'; }).reduce(function (t, b) { return t + b.price; }, 0);
    main.innerHTML = '<div class="summary"><div><b>' + today.length + '</b><span class="muted">cars today</span></div><div><b>' + today.filter(function (b) { return b.status === 'In progress'; }).length + ' / ' + S.settings.bays + '</b><span class="muted">bays busy</span></div><div><b>£' + taken + '</b><span class="muted">taken so far</span></div></div>' +
      '<div class="cols">' + cols.map(function (c) {
        var l = today.filter(function (b) { return b.status === c; });
        return '<div class="col"><h3>' + c + '<span>' + l.length + '</span></h3>' + (l.map(carCard).join('') || '<div class="muted">Nothing here</div>') + '</div>';
      }).join('') + '</div>';
    bindMore();
  }
  function bindMore() {
    main.querySelectorAll('[data-more]').forEach(function (btn) { btn.onclick = function () { openMenu(btn, actions(bk(btn.dataset.more))); }; });
  }
  function actions(b) {
    var a = [];
    if (b.status === 'Booked') a.push({ label: 'Start wash…', run: function () { startWash(b); } });
    if (b.status === 'In progress') a.push({ label: 'Mark ready for collection', run: function () { b.status = 'Ready'; toast(b.reg + ' is ready' + (S.settings.smsWhenReady ? ' — text sent to ' + b.customer : '')); render(); } });
    if (b.status === 'Ready') a.push({ label: 'Mark collected', run: function () { b.status = 'Collected'; toast(b.reg + ' collected'); render(); } });
    if (b.status === 'Booked' || b.status === 'In progress') a.push({ label: 'Edit booking…', run: function () { newBooking(b); } });
    if (b.status === 'Booked') a.push({ label: 'Cancel booking…', run: function () { cancelBooking(b); } });
    a.push({ label: 'Add note…', run: function () { sheet('Note — ' + b.reg, '<div class="fld"><label for="nt">Note</label><textarea id="nt" name="t" rows="3">' + esc(b.notes) + '</textarea></div>', 'Save note', function (f) { b.notes = f.t.value.trim(); toast('Note saved'); }); } });
    return a;
  }
  function startWash(b) {
    var busy = S.bookings.filter(function (x) { return x.date === TODAY && x.status === 'In progress'; }).map(function (x) { return +x.bay; });
    sheet('Start wash — ' + b.reg, '<div class="fld"><label for="sw-bay">Bay</label><select id="sw-bay" name="bay">' + [1, 2, 3].map(function (n) { return '<option value="' + n + '"' + (busy.indexOf(n) >= 0 ? ' disabled' : '') + '>Bay ' + n + (busy.indexOf(n) >= 0 ? ' (busy)' : '') + '</option>'; }).join('') + '</select></div>',
      'Start', function (f) { if (!f.bay.value) return 'All bays are busy.'; b.bay = +f.bay.value; b.status = 'In progress'; toast(b.reg + ' started in bay ' + b.bay); }, {
        init: function (f) { var o = f.bay.querySelector('option:not([disabled])'); if (o) f.bay.value = o.value; else f.bay.value = ''; }
      });
  }
  function cancelBooking(b) {
    sheet('Cancel booking ' + b.id + '?', '<p>' + esc(b.colour + ' ' + b.make) + ' (' + esc(b.reg) + ') — ' + fdate(b.date) + ' at ' + b.time + '</p><div class="fld"><label for="cx">Reason</label><select id="cx" name="r"><option value="">Select…</option><option>Customer cancelled</option><option>Customer didn\'t turn up</option><option>Weather</option><option>Staff shortage</option></select></div>',
      'Cancel booking', function (f) { if (!f.r.value) return 'Choose a reason.'; b.status = 'Cancelled'; b.cancelReason = f.r.value; toast('Booking cancelled'); }, { red: true, no: 'Keep it' });
  }
  function timeOptions(sel) {
    var o = '<option value="">Choose…</option>';
    for (var t = 8 * 60; t <= 17 * 60 + 30; t += 30) { var v = String(Math.floor(t / 60)).padStart(2, '0') + ':' + String(t % 60).padStart(2, '0'); o += '<option' + (v === sel ? ' selected' : '') + '>' + v + '</option>'; }
    return o;
  }
  function newBooking(b) {
    var x = b || { reg: '', make: '', colour: '', customer: '', phone: '', package: '', extras: [], date: TODAY, time: '', notes: '' };
    sheet(b ? 'Edit booking ' + b.id : 'New booking',
      '<div class="g3"><div class="fld"><label for="nb-reg">Registration</label><input id="nb-reg" name="reg" value="' + esc(x.reg) + '"></div><div class="fld"><label for="nb-make">Make &amp; model</label><input id="nb-make" name="make" value="' + esc(x.make) + '"></div>' +
      '<div class="fld"><label for="nb-col">Colour</label><select id="nb-col" name="colour"><option value="">—</option>' + Object.keys(COLOURS).map(function (c) { return '<option' + (c === x.colour ? ' selected' : '') + '>' + c + '</option>'; }).join('') + '</select></div></div>' +
      '<div class="g2"><div class="fld"><label for="nb-cust">Customer name</label><input id="nb-cust" name="customer" value="' + esc(x.customer) + '"></div><div class="fld"><label for="nb-ph">Mobile</label><input id="nb-ph" name="phone" type="tel" value="' + esc(x.phone) + '"></div></div>' +
      '<div class="fld"><span class="t">Package</span><div class="pk">' + S.packages.map(function (p) { return '<label><input type="radio" name="package" value="' + esc(p.name) + '"' + (p.name === x.package ? ' checked' : '') + '>' + esc(p.name) + '<br>£' + p.price + '</label>'; }).join('') + '</div></div>' +
      '<div class="fld"><span class="t">Extras</span><div class="ticks">' + S.extras.map(function (e) { return '<label><input type="checkbox" name="extra" value="' + esc(e.name) + '"' + (x.extras.indexOf(e.name) >= 0 ? ' checked' : '') + '> ' + esc(e.name) + ' (£' + e.price + ')</label>'; }).join('') + '</div></div>' +
      '<div class="g2"><div class="fld"><label for="nb-date">Date</label><input type="date" id="nb-date" name="date" value="' + x.date + '"></div><div class="fld"><label for="nb-time">Time</label><select id="nb-time" name="time">' + timeOptions(x.time) + '</select></div></div>' +
      '<div class="fld"><label for="nb-notes">Notes</label><input id="nb-notes" name="notes" value="' + esc(x.notes) + '"></div>',
      b ? 'Save changes' : 'Create booking', function (f) {
        var reg = f.reg.value.trim().toUpperCase().replace(/\s+/g, ' ');
        if (!reg) return 'Enter the registration.';
        if (!f.customer.value.trim()) return 'Enter the customer\'s name.';
        var pk = f.querySelector('[name=package]:checked'); if (!pk) return 'Choose a package.';
        if (!f.date.value || !f.time.value) return 'Choose the date and time.';
        if (f.date.value < TODAY) return 'That date is in the past.';
        var ex = Array.prototype.map.call(f.querySelectorAll('[name=extra]:checked'), function (c) { return c.value; });
        if (!b) { b = { id: 'CW-' + (Math.max.apply(null, S.bookings.map(function (k) { return +k.id.slice(3); })) + 1), reg: '', make: '', colour: '', customer: '', phone: '', package: '', extras: [], date: '', time: '', bay: '', status: 'Booked', price: 0, cancelReason: '', notes: '' }; S.bookings.push(b); }
        b.reg = reg; b.make = f.make.value.trim(); b.colour = f.colour.value; b.customer = f.customer.value.trim(); b.phone = f.phone.value.trim();
        b.package = pk.value; b.extras = ex; b.date = f.date.value; b.time = f.time.value; b.notes = f.notes.value.trim(); b.price = total(S.packages, S.extras, b.package, ex);
        toast('Booking ' + b.id + ' saved');
      });
  }

  // ---------- all bookings ----------
  function bookingsView() {
    var q = ui.bq.toLowerCase();
    var list = S.bookings.filter(function (b) { return (!ui.bdate || b.date === ui.bdate) && (!q || (b.id + ' ' + b.reg + ' ' + b.make + ' ' + b.customer).toLowerCase().indexOf(q) >= 0); })
      .sort(function (a, b) { return (a.date + a.time).localeCompare(b.date + b.time); });
    main.innerHTML = '<div class="toolbar"><h2>All bookings</h2><input id="bq" type="search" placeholder="Reg, car or name" value="' + esc(ui.bq) + '"><input id="bd" type="date" aria-label="Filter by date" value="' + ui.bdate + '"><button class="btn" id="bclr">Clear</button></div>' +
      '<table class="tbl"><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Reg</th><th>Car</th><th>Customer</th><th>Package</th><th>Price</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (b) { return '<tr><td>' + b.id + '</td><td>' + fdate(b.date) + '</td><td>' + b.time + '</td><td><b>' + esc(b.reg) + '</b></td><td>' + esc(b.colour + ' ' + b.make) + '</td><td>' + esc(b.customer) + '</td><td>' + esc(b.package) + (b.extras.length ? ' +' + b.extras.length : '') + '</td><td>£' + b.price + '</td><td>' + chip(b.status) + '</td><td><button type="button" class="more" data-more="' + b.id + '" aria-label="Actions for ' + b.reg + '">⋯</button></td></tr>'; }).join('') +
      '</tbody></table>';
    var bq = document.getElementById('bq'); bq.oninput = function () { ui.bq = bq.value; render(); var n = document.getElementById('bq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('bd').onchange = function (e) { ui.bdate = e.target.value; render(); };
    document.getElementById('bclr').onclick = function () { ui.bq = ''; ui.bdate = ''; render(); };
    bindMore();
  }

  // ---------- members ----------
  function membersView() {
    var list = S.members.filter(function (m) { return !ui.mfilter || m.status === ui.mfilter; });
    main.innerHTML = '<div class="toolbar"><h2>Memberships</h2><select id="mf" aria-label="Status filter"><option value="">All members</option><option>Active</option><option>Frozen</option><option>Lapsed</option></select></div>' +
      '<table class="tbl"><thead><tr><th>No.</th><th>Name</th><th>Reg</th><th>Plan</th><th>Washes left</th><th>Renews</th><th>Auto-renew</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (m) { return '<tr><td>' + m.id + '</td><td>' + esc(m.name) + '</td><td>' + esc(m.reg) + '</td><td class="plan plan-' + m.plan + '">' + m.plan + '</td><td>' + m.washesLeft + '</td><td>' + fdate(m.renews) + '</td><td>' + (m.autoRenew ? 'Yes' : 'No') + '</td><td>' + chip(m.status) + (m.status === 'Frozen' ? ' <span class="muted">until ' + fdate(m.frozenUntil) + '</span>' : '') + '</td><td><button type="button" class="more" data-mem="' + m.id + '" aria-label="Actions for ' + esc(m.name) + '">⋯</button></td></tr>'; }).join('') +
      '</tbody></table>';
    var mf = document.getElementById('mf'); mf.value = ui.mfilter; mf.onchange = function () { ui.mfilter = mf.value; render(); };
    main.querySelectorAll('[data-mem]').forEach(function (btn) {
      btn.onclick = function () {
        var m = S.members.find(function (x) { return x.id === btn.dataset.mem; });
        var it = [{ label: 'Change plan…', run: function () { changePlan(m); } }];
        if (m.status === 'Active') it.push({ label: 'Freeze membership…', run: function () { freeze(m); } });
        if (m.status === 'Frozen') it.push({ label: 'Unfreeze', run: function () { m.status = 'Active'; m.freezeMonths = 0; m.freezeReason = ''; m.frozenUntil = ''; toast(m.name + ' unfrozen'); render(); } });
        it.push({ label: 'Add washes…', run: function () { sheet('Add washes — ' + m.name, '<div class="fld"><label for="aw">Number of washes</label><input type="number" id="aw" name="n" min="1" value="1"></div>', 'Add', function (f) { var n = parseInt(f.n.value, 10); if (!(n > 0)) return 'Enter a number.'; m.washesLeft += n; toast('Washes added'); }); } });
        it.push({ label: m.autoRenew ? 'Turn off auto-renew' : 'Turn on auto-renew', run: function () { m.autoRenew = !m.autoRenew; toast('Auto-renew ' + (m.autoRenew ? 'on' : 'off')); render(); } });
        openMenu(btn, it);
      };
    });
  }
  function freeze(m) {
    sheet('Freeze membership — ' + m.name, '<p class="muted">' + m.plan + ' plan · ' + m.washesLeft + ' washes left · renews ' + fdate(m.renews) + '</p>' +
      '<div class="fld"><label for="fz-m">Freeze for</label><select id="fz-m" name="months"><option value="1">1 month</option><option value="2">2 months</option><option value="3">3 months</option></select></div>' +
      '<div class="fld"><span class="t">Reason</span><div class="ticks">' + ['Travel', 'Medical', 'Car off the road', 'Other'].map(function (r) { return '<label><input type="radio" name="reason" value="' + r + '"> ' + r + '</label>'; }).join('') + '</div></div>' +
      '<p class="muted">Remaining washes are kept and the renewal date moves back by the freeze period.</p>',
      'Freeze', function (f) {
        var r = f.querySelector('[name=reason]:checked'); if (!r) return 'Choose a reason.';
        var n = +f.months.value; m.status = 'Frozen'; m.freezeMonths = n; m.freezeReason = r.value; m.frozenUntil = addMonths(TODAY, n); m.renews = addMonths(m.renews, n);
        toast(m.name + ' frozen until ' + fdate(m.frozenUntil));
      });
  }
  function changePlan(m) {
    sheet('Change plan — ' + m.name, '<div class="fld"><span class="t">Plan</span><div class="ticks">' + ['Bronze', 'Silver', 'Gold'].map(function (p) { return '<label><input type="radio" name="plan" value="' + p + '"' + (p === m.plan ? ' checked' : '') + '> ' + p + '</label>'; }).join('') + '</div></div>', 'Save plan', function (f) { m.plan = f.querySelector('[name=plan]:checked').value; toast('Plan changed'); });
  }

  // ---------- prices ----------
  function pricesView() {
    main.innerHTML = '<div class="toolbar"><h2>Price list</h2></div><div class="g2" style="max-width:900px"><table class="tbl"><thead><tr><th>Package</th><th>Time</th><th>Price</th></tr></thead><tbody>' +
      S.packages.map(function (p) { return '<tr><td>' + esc(p.name) + '</td><td>' + p.mins + ' min</td><td>£' + p.price + '</td></tr>'; }).join('') + '</tbody></table><table class="tbl"><thead><tr><th>Extra</th><th>Price</th></tr></thead><tbody>' +
      S.extras.map(function (p) { return '<tr><td>' + esc(p.name) + '</td><td>£' + p.price + '</td></tr>'; }).join('') + '</tbody></table></div>';
  }

  // ---------- settings ----------
  function settingsView() {
    var t = S.settings, days = [['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['sat', 'Saturday'], ['sun', 'Sunday']];
    main.innerHTML = '<form class="panel" id="sf"><h3 style="margin-top:0">Opening hours</h3><table class="hours"><tbody>' + days.map(function (d) {
      var h = t.hours[d[0]];
      return '<tr><td style="width:110px"><b>' + d[1] + '</b></td><td><label for="o-' + d[0] + '" class="muted">Opens</label> <input type="time" id="o-' + d[0] + '" name="o-' + d[0] + '" value="' + h.open + '" aria-label="' + d[1] + ' opens"></td>' +
        '<td><label for="c-' + d[0] + '" class="muted">Closes</label> <input type="time" id="c-' + d[0] + '" name="c-' + d[0] + '" value="' + h.close + '" aria-label="' + d[1] + ' closes"></td><td><label class="ticks"><input type="checkbox" name="x-' + d[0] + '"' + (h.closed ? ' checked' : '') + ' aria-label="Closed on ' + d[1] + '"> Closed all day</label></td></tr>';
    }).join('') + '</tbody></table>' +
      '<h3>Loyalty card</h3><div class="ticks"><label><input type="checkbox" name="loyaltyEnabled"' + (t.loyaltyEnabled ? ' checked' : '') + '> Stamp a card for every wash</label></div>' +
      '<div class="fld" style="max-width:260px;margin-top:8px"><label for="st-stamps">Stamps needed for a free wash</label><input type="number" id="st-stamps" name="stampsForFree" min="2" max="20" value="' + t.stampsForFree + '"></div>' +
      '<h3>Customers</h3><div class="ticks"><label><input type="checkbox" name="smsWhenReady"' + (t.smsWhenReady ? ' checked' : '') + '> Text customers when their car is ready</label><label><input type="checkbox" name="onlineBooking"' + (t.onlineBooking ? ' checked' : '') + '> Allow online booking</label></div>' +
      '<div class="g2" style="max-width:520px;margin-top:10px"><div class="fld"><label for="st-bays">Wash bays</label><select id="st-bays" name="bays">' + [2, 3, 4].map(function (n) { return '<option' + (n === t.bays ? ' selected' : '') + '>' + n + '</option>'; }).join('') + '</select></div>' +
      '<div class="fld"><label for="st-last">Last booking (minutes before closing)</label><input type="number" id="st-last" name="lastBookingMinsBeforeClose" value="' + t.lastBookingMinsBeforeClose + '"></div></div>' +
      '<div style="margin-top:12px;display:flex;gap:8px"><button class="btn blue" type="submit">Save settings</button><button class="btn" type="button" id="sreset">Discard changes</button></div></form>';
    document.getElementById('sreset').onclick = function () { render(); };
    document.getElementById('sf').onsubmit = function (e) {
      e.preventDefault(); var f = e.target;
      var st = parseInt(f.stampsForFree.value, 10); if (!(st >= 2 && st <= 20)) { toast('Stamps must be between 2 and 20'); return; }
      days.forEach(function (d) { var h = t.hours[d[0]]; h.open = f['o-' + d[0]].value; h.close = f['c-' + d[0]].value; h.closed = f['x-' + d[0]].checked; });
      t.loyaltyEnabled = f.loyaltyEnabled.checked; t.stampsForFree = st; t.smsWhenReady = f.smsWhenReady.checked; t.onlineBooking = f.onlineBooking.checked;
      t.bays = +f.bays.value; t.lastBookingMinsBeforeClose = +f.lastBookingMinsBeforeClose.value;
      toast('Settings saved'); render();
    };
  }

  render();
})();
