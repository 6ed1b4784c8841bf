/* Halcyon Sound – studio manager (front desk build 3.8) */
window.state = {
  today: '2024-06-18',
  rooms: [
    { id: 'A', name: 'Studio A', kind: 'Live room + control room', rate: 95, bookable: true, features: ['SSL 4000 G+', '42 m² live room', 'Steinway B', 'Iso booth'] },
    { id: 'B', name: 'Studio B', kind: 'Production suite', rate: 60, bookable: true, features: ['Neve 8816 summing', 'ATC SCM25', 'Vocal corner'] },
    { id: 'C', name: 'Studio C', kind: 'Mix & mastering room', rate: 55, bookable: true, features: ['Avid S6 console', 'Dolby Atmos 7.1.4', 'Treated for mastering'] },
    { id: 'D', name: 'Vocal Booth', kind: 'Voice-over & podcast booth', rate: 30, bookable: true, features: ['Neumann U87', 'Source-Connect', '2 guest mics'] }
  ],
  engineers: [
    { id: 'E1', name: 'Priya Nandakumar', role: 'Senior engineer', colour: '#7c3aed', onCall: true },
    { id: 'E2', name: 'Theo Brandt', role: 'Recording engineer', colour: '#0e7490', onCall: false },
    { id: 'E3', name: 'Marcus Oyelaran', role: 'Mix engineer', colour: '#b45309', onCall: true },
    { id: 'E4', name: 'Jess Whitcombe', role: 'Assistant engineer', colour: '#be185d', onCall: false },
    { id: 'E5', name: 'Theo Marsh', role: 'Mastering engineer', colour: '#15803d', onCall: false }
  ],
  bookings: [
    { ref: 'SB-1179', client: 'Dry Creek Band', room: 'A', date: '2024-06-14', start: '10:00', hours: 8, engineer: 'Priya Nandakumar', status: 'Completed' },
    { ref: 'SB-1180', client: 'Kestrel Audio', room: 'D', date: '2024-06-15', start: '13:00', hours: 3, engineer: 'Jess Whitcombe', status: 'Completed' },
    { ref: 'SB-1181', client: 'Ollie Grange', room: 'C', date: '2024-06-17', start: '12:00', hours: 5, engineer: 'Marcus Oyelaran', status: 'Completed' },
    { ref: 'SB-1182', client: 'The Velvet Hours', room: 'A', date: '2024-06-18', start: '10:00', hours: 8, engineer: 'Priya Nandakumar', status: 'Confirmed' },
    { ref: 'SB-1183', client: 'Mira Solano', room: 'D', date: '2024-06-19', start: '14:00', hours: 3, engineer: 'Jess Whitcombe', status: 'Confirmed' },
    { ref: 'SB-1184', client: 'Northbound Choir', room: 'A', date: '2024-06-20', start: '10:00', hours: 6, engineer: 'Theo Marsh', status: 'Confirmed' },
    { ref: 'SB-1185', client: 'Mira Solano', room: 'B', date: '2024-06-21', start: '11:00', hours: 4, engineer: '', status: 'Tentative' },
    { ref: 'SB-1186', client: 'Kestrel Audio', room: 'D', date: '2024-06-21', start: '15:00', hours: 2, engineer: 'Jess Whitcombe', status: 'Tentative' },
    { ref: 'SB-1187', client: 'Dry Creek Band', room: 'A', date: '2024-06-22', start: '10:00', hours: 10, engineer: 'Priya Nandakumar', status: 'Confirmed' },
    { ref: 'SB-1188', client: 'Mira Solano', room: 'C', date: '2024-06-24', start: '10:00', hours: 4, engineer: '', status: 'Tentative' },
    { ref: 'SB-1189', client: 'Ollie Grange', room: 'C', date: '2024-06-24', start: '15:00', hours: 4, engineer: 'Marcus Oyelaran', status: 'Confirmed' },
    { ref: 'SB-1190', client: 'Halfmoon Collective', room: 'C', date: '2024-06-25', start: '10:00', hours: 6, engineer: 'Marcus Oyelaran', status: 'Confirmed' },
    { ref: 'SB-1191', client: 'Halfmoon Collective', room: 'C', date: '2024-06-26', start: '10:00', hours: 6, engineer: 'Marcus Oyelaran', status: 'Confirmed' },
    { ref: 'SB-1192', client: 'Coastline FM', room: 'D', date: '2024-06-26', start: '09:00', hours: 2, engineer: 'Jess Whitcombe', status: 'Confirmed' },
    { ref: 'SB-1193', client: 'Ruth Adebayo', room: 'B', date: '2024-06-27', start: '13:00', hours: 4, engineer: 'Theo Brandt', status: 'Confirmed' },
    { ref: 'SB-1194', client: 'The Velvet Hours', room: 'A', date: '2024-06-28', start: '10:00', hours: 8, engineer: 'Priya Nandakumar', status: 'Tentative' },
    { ref: 'SB-1195', client: 'St Cecilia Youth Orchestra', room: 'A', date: '2024-06-29', start: '09:00', hours: 6, engineer: 'Theo Marsh', status: 'Confirmed' },
    { ref: 'SB-1196', client: 'Kestrel Audio', room: 'D', date: '2024-07-01', start: '13:00', hours: 3, engineer: '', status: 'Cancelled' }
  ],
  sessions: [
    { booking: 'SB-1179', title: 'Dry Creek Band – tracking day 1', notes: 'Drums and bass for 4 songs. 96 kHz, session backed up to NAS /2024/DryCreek.', tracks: 4 },
    { booking: 'SB-1180', title: 'Kestrel Audio – “Night Shift” ep. 31', notes: 'Two guests remote via Source-Connect, one in booth. Raw WAVs delivered.', tracks: 3 },
    { booking: 'SB-1181', title: 'Ollie Grange – mix revisions', notes: 'Revised mixes of “Low Tide” and “Paper Boats”. Client wants vocal +1 dB on chorus.', tracks: 2 }
  ],
  invoices: [
    { no: 'INV-0925', client: 'Northbound Choir', issued: '2024-05-20', due: '2024-06-03', amount: 570.00, status: 'Paid', method: 'Card', paidOn: '2024-06-01' },
    { no: 'INV-0926', client: 'Coastline FM', issued: '2024-05-22', due: '2024-06-05', amount: 120.00, status: 'Paid', method: 'Bank transfer', paidOn: '2024-06-04' },
    { no: 'INV-0927', client: 'Ruth Adebayo', issued: '2024-05-27', due: '2024-06-10', amount: 240.00, status: 'Overdue', method: '', paidOn: '' },
    { no: 'INV-0928', client: 'Ollie Grange', issued: '2024-05-30', due: '2024-06-13', amount: 385.00, status: 'Paid', method: 'Card', paidOn: '2024-06-12' },
    { no: 'INV-0929', client: 'Mira Solano', issued: '2024-06-03', due: '2024-06-17', amount: 90.00, status: 'Overdue', method: '', paidOn: '' },
    { no: 'INV-0930', client: 'Kestrel Audio', issued: '2024-06-07', due: '2024-06-21', amount: 180.00, status: 'Unpaid', method: '', paidOn: '' },
    { no: 'INV-0931', client: 'The Velvet Hours', issued: '2024-06-10', due: '2024-06-24', amount: 760.00, status: 'Unpaid', method: '', paidOn: '' },
    { no: 'INV-0932', client: 'Dry Creek Band', issued: '2024-06-14', due: '2024-06-28', amount: 760.00, status: 'Unpaid', method: '', paidOn: '' },
    { no: 'INV-0933', client: 'Kestrel Audio', issued: '2024-06-15', due: '2024-06-29', amount: 90.00, status: 'Unpaid', method: '', paidOn: '' },
    { no: 'INV-0934', client: 'The Velvet Hours', issued: '2024-06-17', due: '2024-07-01', amount: 95.00, status: 'Unpaid', method: '', paidOn: '' },
    { no: 'INV-0935', client: 'Ollie Grange', issued: '2024-06-17', due: '2024-07-01', amount: 275.00, status: 'Unpaid', method: '', paidOn: '' },
    { no: 'INV-0924', client: 'Halfmoon Collective', issued: '2024-05-18', due: '2024-06-01', amount: 330.00, status: 'Void', method: '', paidOn: '' }
  ]
};

(function () {
  var S = window.state;
  var tab = 'bookings';
  var f = { q: '', room: 'all', showCancelled: false, inv: 'Open' };
  var page = document.getElementById('page');

  function e(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function room(id) { return S.rooms.find(function (r) { return r.id === id; }); }
  function bk(ref) { return S.bookings.find(function (b) { return b.ref === ref; }); }
  function inv(no) { return S.invoices.find(function (i) { return i.no === no; }); }
  function dlong(d) { var p = d.split('-'); return new Date(+p[0], +p[1] - 1, +p[2]).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }); }
  function dshort(d) { if (!d) return '—'; var p = d.split('-'); return new Date(+p[0], +p[1] - 1, +p[2]).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }); }
  function endTime(b) { var h = parseInt(b.start, 10) + Number(b.hours); return (h < 10 ? '0' : '') + h + ':' + b.start.slice(3); }
  function money(n) { return '£' + Number(n).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function pill(s) { return '<span class="pill p-' + s.toLowerCase() + '">' + s + '</span>'; }
  function flash(msg) { var el = document.getElementById('flash'); el.textContent = msg; el.style.display = 'block'; clearTimeout(flash.t); flash.t = setTimeout(function () { el.style.display = 'none'; }, 2200); }

  /* popup menu */
  var ctx = null;
  function closeCtx() { if (ctx) { ctx.remove(); ctx = null; } }
  function openCtx(btn, items) {
    closeCtx();
    var r = btn.getBoundingClientRect();
    ctx = document.createElement('div'); ctx.className = 'ctx'; ctx.setAttribute('role', 'menu');
    items.forEach(function (it) {
      var b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = it[0]; if (it[2]) b.className = 'bad';
      b.onclick = function (ev) { ev.stopPropagation(); closeCtx(); it[1](); };
      ctx.appendChild(b);
    });
    ctx.style.top = (r.bottom + window.scrollY + 2) + 'px';
    ctx.style.left = (r.right + window.scrollX - 185) + 'px';
    document.body.appendChild(ctx);
    var mr = ctx.getBoundingClientRect();
    if (mr.bottom > window.innerHeight - 8 && r.top - mr.height - 2 > 0) ctx.style.top = (r.top + window.scrollY - mr.height - 2) + 'px';
  }

  /* sheet (modal) */
  function sheet(o) {
    var host = document.getElementById('overlay-host');
    host.innerHTML = '<div class="shade"><div class="sheet" role="dialog" aria-modal="true" aria-labelledby="sheet-title"><div class="hd"><h4 id="sheet-title">' + e(o.title) + '</h4>' + (o.sub ? '<p>' + o.sub + '</p>' : '') + '</div>' +
      '<div class="bd">' + (o.body || '') + '<div class="oops"></div></div><div class="ft"><button class="gbtn" id="sh-no">' + e(o.no || 'Cancel') + '</button><button class="' + (o.danger ? 'rbtn' : 'pbtn') + '" id="sh-yes">' + e(o.yes) + '</button></div></div></div>';
    document.getElementById('sh-no').onclick = function () { host.innerHTML = ''; if (o.onNo) o.onNo(); };
    document.getElementById('sh-yes').onclick = function () {
      var msg = o.onYes(host);
      if (msg) { host.querySelector('.oops').textContent = msg; return; }
      host.innerHTML = ''; draw();
    };
  }

  /* ---------- Bookings ---------- */
  function bookingsHtml() {
    var q = f.q.trim().toLowerCase();
    var list = S.bookings.filter(function (b) {
      if (b.status === 'Completed') return false;
      if (!f.showCancelled && b.status === 'Cancelled') return false;
      if (f.room !== 'all' && b.room !== f.room) return false;
      if (q && (b.ref + ' ' + b.client + ' ' + b.engineer).toLowerCase().indexOf(q) < 0) return false;
      return true;
    }).sort(function (a, b) { return (a.date + a.start).localeCompare(b.date + b.start); });
    var byDay = {};
    list.forEach(function (b) { (byDay[b.date] = byDay[b.date] || []).push(b); });
    var out = '';
    Object.keys(byDay).sort().forEach(function (d) {
      out += '<div class="day"><h3>' + dlong(d) + (d === S.today ? ' · Today' : '') + '</h3>';
      byDay[d].forEach(function (b) {
        out += '<div class="bk ' + b.status.toLowerCase() + '" data-ref="' + b.ref + '"><div class="time">' + b.start + '–' + endTime(b) + '<small>' + b.hours + ' h</small></div>' +
          '<div><span class="client">' + e(b.client) + '</span><small class="code">' + b.ref + '</small></div>' +
          '<div>' + e(room(b.room).name) + '<small>' + e(room(b.room).kind) + '</small></div>' +
          '<div>' + (b.engineer ? e(b.engineer) : '<span style="color:#a8999f">No engineer</span>') + '<small>Engineer</small></div>' +
          '<div>' + pill(b.status) + '</div>' +
          '<div>' + (b.status !== 'Cancelled' ? '<button class="more" aria-label="Booking actions ' + b.ref + '" data-bk="' + b.ref + '">⋯</button>' : '') + '</div></div>';
      });
      out += '</div>';
    });
    return out || '<p class="lede">No bookings match.</p>';
  }
  function viewBookings() {
    return '<h2>Upcoming bookings</h2><p class="lede">All rooms · from today onwards</p>' +
      '<div class="bar"><input type="search" id="bk-q" placeholder="Search client, ref or engineer" value="' + e(f.q) + '" style="width:260px">' +
      '<select id="bk-room" aria-label="Room"><option value="all">All rooms</option>' + S.rooms.map(function (r) { return '<option value="' + r.id + '" ' + (f.room === r.id ? 'selected' : '') + '>' + e(r.name) + '</option>'; }).join('') + '</select>' +
      '<label><input type="checkbox" id="bk-cx" ' + (f.showCancelled ? 'checked' : '') + '> Show cancelled</label><span class="grow"></span></div>' +
      '<div id="bk-list">' + bookingsHtml() + '</div>';
  }
  function overlaps(b, roomId, start, hours) {
    var s = parseInt(start, 10), en = s + Number(hours);
    return S.bookings.some(function (o) {
      if (o === b || o.room !== roomId || o.date !== b.date || o.status === 'Cancelled') return false;
      var os = parseInt(o.start, 10), oe = os + Number(o.hours);
      return s < oe && os < en;
    });
  }
  function editBooking(ref) {
    var b = bk(ref);
    var starts = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00'];
    sheet({
      title: 'Edit booking ' + b.ref, sub: e(b.client) + ' · ' + dlong(b.date), yes: 'Save booking',
      body: '<div class="row2"><div class="f"><label for="eb-room">Room</label><select id="eb-room">' + S.rooms.map(function (r) { return '<option value="' + r.id + '" ' + (r.id === b.room ? 'selected' : '') + '>' + e(r.name) + '</option>'; }).join('') + '</select></div>' +
        '<div class="f"><label for="eb-eng">Engineer</label><select id="eb-eng"><option value="">— Unassigned —</option>' + S.engineers.map(function (x) { return '<option ' + (x.name === b.engineer ? 'selected' : '') + '>' + e(x.name) + '</option>'; }).join('') + '</select></div></div>' +
        '<div class="row2"><div class="f"><label for="eb-start">Start</label><select id="eb-start">' + starts.map(function (s) { return '<option ' + (s === b.start ? 'selected' : '') + '>' + s + '</option>'; }).join('') + '</select></div>' +
        '<div class="f"><label for="eb-hours">Hours</label><input type="number" id="eb-hours" min="1" max="12" value="' + b.hours + '"></div></div>',
      onYes: function (h) {
        var r = h.querySelector('#eb-room').value, en = h.querySelector('#eb-eng').value, st = h.querySelector('#eb-start').value, hrs = parseInt(h.querySelector('#eb-hours').value, 10);
        if (!hrs || hrs < 1 || hrs > 12) return 'Hours must be between 1 and 12.';
        if (!room(r).bookable) return room(r).name + ' is not taking bookings.';
        if (overlaps(b, r, st, hrs)) return room(r).name + ' is already booked at that time.';
        b.room = r; b.engineer = en; b.start = st; b.hours = hrs;
        flash(b.ref + ' updated');
      }
    });
  }
  function cancelBooking(ref) {
    var b = bk(ref);
    sheet({
      title: 'Cancel booking ' + b.ref + '?', sub: e(b.client) + ' · ' + e(room(b.room).name) + ' · ' + dlong(b.date) + ', ' + b.start + '–' + endTime(b),
      body: '<div class="f"><label for="cx-why">Reason</label><select id="cx-why"><option>Client request</option><option>Studio unavailable</option><option>No deposit received</option><option>Other</option></select></div>',
      yes: 'Cancel booking', no: 'Keep booking', danger: true,
      onYes: function (h) { b.status = 'Cancelled'; b.cancelReason = h.querySelector('#cx-why').value; flash(b.ref + ' cancelled'); }
    });
  }

  /* ---------- Rooms ---------- */
  function viewRooms() {
    return '<h2>Rooms</h2><p class="lede">Hourly rates exclude VAT. Rooms that are switched off can’t be booked.</p><div class="rooms">' + S.rooms.map(function (r) {
      var upcoming = S.bookings.filter(function (b) { return b.room === r.id && b.date >= S.today && (b.status === 'Confirmed' || b.status === 'Tentative'); }).length;
      return '<div class="room ' + (r.bookable ? '' : 'off') + '"><h3>' + e(r.name) + '</h3><div class="desc">' + e(r.kind) + ' · ' + upcoming + ' upcoming booking' + (upcoming === 1 ? '' : 's') + '</div>' +
        '<div class="feat">' + r.features.map(function (x) { return '<span>' + e(x) + '</span>'; }).join('') + '</div>' +
        '<div class="foot"><span><b>' + money(r.rate) + '</b> / hour</span><label class="toggle">' + (r.bookable ? 'Accepting bookings' : 'Offline') + ' <input type="checkbox" data-room="' + r.id + '" aria-label="' + e(r.name) + ' accepting bookings" ' + (r.bookable ? 'checked' : '') + '></label></div></div>';
    }).join('') + '</div>';
  }

  /* ---------- Engineers ---------- */
  function viewEngineers() {
    return '<h2>Engineers</h2><p class="lede">On-call engineers get paged for last-minute bookings.</p>' + S.engineers.map(function (x) {
      var n = S.bookings.filter(function (b) { return b.engineer === x.name && b.date >= S.today && b.status !== 'Cancelled'; }).length;
      var ini = x.name.split(' ').map(function (p) { return p[0]; }).join('');
      return '<div class="eng"><div class="av" style="background:' + x.colour + '">' + ini + '</div><div class="who"><b>' + e(x.name) + '</b><small>' + e(x.role) + ' · ' + n + ' upcoming session' + (n === 1 ? '' : 's') + '</small></div>' +
        '<label class="toggle">On call <input type="checkbox" data-oncall="' + x.id + '" aria-label="' + e(x.name) + ' on call" ' + (x.onCall ? 'checked' : '') + '></label></div>';
    }).join('');
  }

  /* ---------- Session log ---------- */
  function viewSessions() {
    return '<h2>Session log</h2><p class="lede">Notes from completed sessions</p>' + S.sessions.slice().reverse().map(function (s) {
      var b = bk(s.booking);
      return '<div class="log"><h4>' + e(s.title) + '</h4><div class="m"><span class="code">' + b.ref + '</span> · ' + dshort(b.date) + ' · ' + e(room(b.room).name) + ' · ' + e(b.engineer) + ' · ' + s.tracks + ' tracks</div><p>' + e(s.notes) + '</p></div>';
    }).join('');
  }

  /* ---------- Invoices ---------- */
  function viewInvoices() {
    var list = S.invoices.filter(function (i) {
      if (f.inv === 'Open') return i.status === 'Unpaid' || i.status === 'Overdue';
      if (f.inv === 'All') return true;
      return i.status === f.inv;
    }).sort(function (a, b) { return a.no.localeCompare(b.no); });
    var outstanding = S.invoices.filter(function (i) { return i.status === 'Unpaid' || i.status === 'Overdue'; }).reduce(function (s, i) { return s + i.amount; }, 0);
    return '<h2>Invoices</h2><p class="lede">' + money(outstanding) + ' outstanding</p>' +
      '<div class="bar"><div class="chips">' + ['Open', 'Overdue', 'Paid', 'All'].map(function (c) { return '<button data-inv="' + c + '" class="' + (f.inv === c ? 'sel' : '') + '">' + c + '</button>'; }).join('') + '</div></div>' +
      '<table class="grid"><thead><tr><th>Invoice</th><th>Client</th><th>Issued</th><th>Due</th><th class="num">Amount</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (i) {
        return '<tr data-no="' + i.no + '"><td class="code">' + i.no + '</td><td>' + e(i.client) + '</td><td>' + dshort(i.issued) + '</td><td>' + dshort(i.due) + '</td><td class="num">' + money(i.amount) + '</td><td>' + pill(i.status) + (i.status === 'Paid' ? ' <small style="color:#8a7a84">' + e(i.method) + '</small>' : '') + '</td>' +
          '<td style="text-align:right">' + (i.status === 'Unpaid' || i.status === 'Overdue' ? '<button class="gbtn" data-pay="' + i.no + '">Record payment</button>' : '') + '</td></tr>';
      }).join('') + '</tbody></table>';
  }
  function recordPayment(no) {
    var i = inv(no);
    sheet({
      title: 'Record payment for ' + i.no, sub: e(i.client) + ' · ' + money(i.amount) + ' due ' + dshort(i.due), yes: 'Record payment',
      body: '<div class="row2"><div class="f"><label for="pay-amt">Amount received (£)</label><input type="text" id="pay-amt" value="' + i.amount.toFixed(2) + '"></div>' +
        '<div class="f"><label for="pay-method">Payment method</label><select id="pay-method"><option value="">Select…</option><option>Card</option><option>Bank transfer</option><option>Cash</option><option>Cheque</option></select></div></div>' +
        '<div class="f"><label for="pay-ref">Reference (optional)</label><input type="text" id="pay-ref"></div>',
      onYes: function (h) {
        var m = h.querySelector('#pay-method').value, amt = parseFloat(h.querySelector('#pay-amt').value.replace(/[£,]/g, ''));
        if (!m) return 'Choose how the client paid.';
        if (isNaN(amt) || amt <= 0) return 'Enter the amount received.';
        if (amt + 0.001 < i.amount) { i.partPaid = (i.partPaid || 0) + amt; flash('Part payment recorded'); return; }
        i.status = 'Paid'; i.method = m; i.paidOn = S.today; i.reference = h.querySelector('#pay-ref').value;
        flash(i.no + ' marked paid');
      }
    });
  }

  var views = { bookings: viewBookings, rooms: viewRooms, engineers: viewEngineers, sessions: viewSessions, invoices: viewInvoices };
  function draw() {
    Array.prototype.forEach.call(document.querySelectorAll('#tabs button'), function (b) { b.setAttribute('aria-selected', b.dataset.tab === tab ? 'true' : 'false'); });
    page.innerHTML = views[tab]();
  }

  document.getElementById('tabs').addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-tab]'); if (!b) return;
    tab = b.dataset.tab; closeCtx(); draw();
  });
  document.addEventListener('click', function (ev) {
    var t = ev.target, x;
    if (ctx && !t.closest('.ctx')) closeCtx();
    if ((x = t.closest('[data-bk]'))) {
      var b = bk(x.dataset.bk), items = [['Edit booking…', function () { editBooking(b.ref); }]];
      if (b.status === 'Tentative') items.unshift(['Confirm booking', function () { b.status = 'Confirmed'; draw(); flash(b.ref + ' confirmed'); }]);
      items.push(['Cancel booking…', function () { cancelBooking(b.ref); }, true]);
      openCtx(x, items);
    } else if ((x = t.closest('[data-inv]'))) { f.inv = x.dataset.inv; draw(); }
    else if ((x = t.closest('[data-pay]'))) recordPayment(x.dataset.pay);
  });
  document.addEventListener('change', function (ev) {
    var t = ev.target;
    if (t.id === 'bk-room') { f.room = t.value; document.getElementById('bk-list').innerHTML = bookingsHtml(); }
    else if (t.id === 'bk-cx') { f.showCancelled = t.checked; document.getElementById('bk-list').innerHTML = bookingsHtml(); }
    else if (t.dataset.room) {
      var r = room(t.dataset.room);
      if (!t.checked) {
        var n = S.bookings.filter(function (b) { return b.room === r.id && b.date >= S.today && (b.status === 'Confirmed' || b.status === 'Tentative'); }).length;
        t.checked = true;
        sheet({
          title: 'Take ' + r.name + ' offline?', sub: 'New bookings for ' + e(r.name) + ' will be blocked. ' + (n ? 'The ' + n + ' existing upcoming booking' + (n === 1 ? '' : 's') + ' will not be cancelled automatically.' : ''),
          yes: 'Take offline', onYes: function () { r.bookable = false; flash(r.name + ' is offline'); }
        });
      } else { r.bookable = true; draw(); flash(r.name + ' is accepting bookings'); }
    } else if (t.dataset.oncall) {
      var en = S.engineers.find(function (x) { return x.id === t.dataset.oncall; }); en.onCall = t.checked; flash(en.name + (t.checked ? ' is on call' : ' is off call'));
    }
  });
  document.addEventListener('input', function (ev) {
    if (ev.target.id === 'bk-q') { f.q = ev.target.value; document.getElementById('bk-list').innerHTML = bookingsHtml(); }
  });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { closeCtx(); document.getElementById('overlay-host').innerHTML = ''; } });
  draw();
})();
