(function () {
  'use strict';
  var TODAY = '2025-06-12';

  function seed() {
    var groomers = [
      { id: 'G1', name: 'Jess Morgan', role: 'Senior groomer', colour: '#0f766e', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], phone: '07700 900201' },
      { id: 'G2', name: 'Maya Ortiz', role: 'Groomer', colour: '#7c3aed', days: ['Tue', 'Wed', 'Thu', 'Fri', 'Sat'], phone: '07700 900202' },
      { id: 'G3', name: 'Callum Reid', role: 'Groomer', colour: '#d97706', days: ['Mon', 'Wed', 'Thu', 'Fri', 'Sat'], phone: '07700 900203' },
      { id: 'G4', name: 'Priya Shah', role: 'Junior groomer', colour: '#db2777', days: ['Mon', 'Tue', 'Thu', 'Fri'], phone: '07700 900204' }
    ];
    var services = [
      { code: 'FULL', name: 'Full groom', price: 45, mins: 90 },
      { code: 'BATH', name: 'Bath & brush', price: 28, mins: 60 },
      { code: 'TIDY', name: 'Face, feet & tail tidy', price: 18, mins: 30 },
      { code: 'DESHED', name: 'De-shed treatment', price: 38, mins: 75 },
      { code: 'HAND', name: 'Hand strip', price: 55, mins: 120 },
      { code: 'PUPPY', name: 'Puppy introduction', price: 20, mins: 45 },
      { code: 'CAT', name: 'Cat groom', price: 50, mins: 90 }
    ];
    var addons = [
      { name: 'Nail trim', price: 8 }, { name: 'Teeth clean', price: 6 }, { name: 'Ear clean', price: 5 },
      { name: 'Blueberry facial', price: 7 }, { name: 'Flea treatment', price: 10 }
    ];
    var clients = [
      ['CL-201', 'Tom Hartley', '07700 900112', 'tom.hartley@example.com', '4 Rowan Close'],
      ['CL-202', 'Sunita Patel', '07700 900318', 'sunita.p@example.com', '18 Hill Street'],
      ['CL-203', 'Linh Nguyen', '07700 900447', 'linh.nguyen@example.com', 'Flat 2, 9 Quay Road'],
      ['CL-204', 'Gareth Doyle', '07700 900529', 'gdoyle@example.com', '77 Station Road'],
      ['CL-205', 'Rachel Bloom', '07700 900634', 'rachel.bloom@example.com', '3 Mill Row'],
      ['CL-206', 'Owen Pryce', '07700 900771', 'owen.pryce@example.com', '21 Beech Avenue'],
      ['CL-207', 'Fiona McLeod', '07700 900815', 'fiona.mcleod@example.com', '6 Glebe Lane'],
      ['CL-208', 'Marcus Webb', '07700 900902', 'marcus.webb@example.com', '40 Kingsway'],
      ['CL-209', 'Alice Fenwick', '07700 900958', 'alice.f@example.com', '12 Orchard Way'],
      ['CL-210', 'Jamal Brooks', '07700 901044', 'jamal.brooks@example.com', '5 Church Walk'],
      ['CL-211', 'Helen Ashby', '07700 901127', 'h.ashby@example.com', '90 Park Road'],
      ['CL-212', 'Peter Kowal', '07700 901263', 'peter.kowal@example.com', '33 Meadow Drive']
    ].map(function (c) { return { id: c[0], name: c[1], phone: c[2], email: c[3], address: c[4], marketing: c[0] < 'CL-207' }; });
    var pets = [
      ['PT-3101', 'Bramble', 'Dog', 'Cocker Spaniel', 'CL-201', 'Medium', 'Nervous of dryers — towel dry ears'],
      ['PT-3102', 'Pepper', 'Dog', 'Miniature Schnauzer', 'CL-202', 'Small', ''],
      ['PT-3103', 'Chai', 'Dog', 'Shih Tzu', 'CL-202', 'Small', 'Top knot, no bows'],
      ['PT-3104', 'Luna', 'Cat', 'Persian', 'CL-203', 'Small', 'Handle gently, arthritic hips'],
      ['PT-3105', 'Rex', 'Dog', 'German Shepherd', 'CL-204', 'Large', 'Muzzle for nails'],
      ['PT-3106', 'Daisy', 'Dog', 'Cavapoo', 'CL-205', 'Small', ''],
      ['PT-3107', 'Bruno', 'Dog', 'Labrador', 'CL-206', 'Large', ''],
      ['PT-3108', 'Hamish', 'Dog', 'West Highland Terrier', 'CL-207', 'Small', 'Sensitive skin — oatmeal shampoo'],
      ['PT-3109', 'Nala', 'Dog', 'Golden Retriever', 'CL-208', 'Large', ''],
      ['PT-3110', 'Pickle', 'Dog', 'Border Terrier', 'CL-209', 'Small', ''],
      ['PT-3111', 'Coco', 'Dog', 'Standard Poodle', 'CL-210', 'Large', 'Continental clip'],
      ['PT-3112', 'Mochi', 'Cat', 'Maine Coon', 'CL-203', 'Medium', ''],
      ['PT-3113', 'Ziggy', 'Dog', 'Bichon Frise', 'CL-211', 'Small', 'First visit — puppy'],
      ['PT-3114', 'Otis', 'Dog', 'Dachshund', 'CL-212', 'Small', ''],
      ['PT-3115', 'Willow', 'Dog', 'Springer Spaniel', 'CL-201', 'Medium', '']
    ].map(function (p) { return { id: p[0], name: p[1], species: p[2], breed: p[3], owner: p[4], size: p[5], notes: p[6] }; });
    var A = [
      ['GR-4401', 'PT-3108', '2025-06-10', '09:00', 'G1', 'FULL', ['Nail trim'], 'Completed'],
      ['GR-4402', 'PT-3111', '2025-06-11', '10:30', 'G2', 'FULL', [], 'Completed'],
      ['GR-4403', 'PT-3114', '2025-06-11', '14:00', 'G4', 'TIDY', [], 'No-show'],
      ['GR-4404', 'PT-3106', '2025-06-12', '09:30', 'G1', 'FULL', ['Blueberry facial'], 'Booked'],
      ['GR-4405', 'PT-3105', '2025-06-12', '11:00', 'G3', 'DESHED', ['Nail trim'], 'Booked'],
      ['GR-4406', 'PT-3112', '2025-06-12', '13:00', 'G2', 'CAT', [], 'Checked in'],
      ['GR-4407', 'PT-3109', '2025-06-12', '15:00', 'G3', 'BATH', ['Ear clean'], 'Booked'],
      ['GR-4408', 'PT-3101', '2025-06-13', '09:00', 'G2', 'FULL', ['Ear clean'], 'Booked'],
      ['GR-4409', 'PT-3104', '2025-06-14', '10:00', 'G2', 'CAT', [], 'Booked'],
      ['GR-4410', 'PT-3110', '2025-06-13', '11:30', 'G4', 'HAND', [], 'Booked'],
      ['GR-4411', 'PT-3103', '2025-06-16', '10:00', 'G1', 'BATH', ['Nail trim'], 'Booked'],
      ['GR-4412', 'PT-3115', '2025-06-17', '13:30', 'G3', 'FULL', [], 'Booked'],
      ['GR-4413', 'PT-3107', '2025-06-18', '09:00', 'G3', 'BATH', [], 'Booked'],
      ['GR-4414', 'PT-3113', '2025-06-19', '12:00', 'G4', 'PUPPY', [], 'Booked'],
      ['GR-4415', 'PT-3102', '2025-05-22', '10:00', 'G1', 'FULL', ['Nail trim'], 'Completed'],
      ['GR-4416', 'PT-3106', '2025-06-05', '09:30', 'G1', 'FULL', [], 'Cancelled'],
      ['GR-4417', 'PT-3108', '2025-06-20', '09:00', 'G1', 'TIDY', [], 'Booked'],
      ['GR-4418', 'PT-3111', '2025-06-24', '10:30', 'G2', 'FULL', [], 'Booked']
    ];
    var appointments = A.map(function (a) {
      return { id: a[0], pet: a[1], date: a[2], time: a[3], groomer: a[4], service: a[5], addons: a[6], status: a[7],
        price: priceOf(services, addons, a[5], a[6]), cancelReason: a[0] === 'GR-4416' ? 'Owner request' : '', lateFee: false, notes: '' };
    });
    var payments = [
      { id: 'PAY-901', appt: 'GR-4415', date: '2025-05-22', amount: 53, method: 'Card', tip: 0 },
      { id: 'PAY-902', appt: 'GR-4401', date: '2025-06-10', amount: 53, method: 'Cash', tip: 5 },
      { id: 'PAY-903', appt: 'GR-4402', date: '2025-06-11', amount: 45, method: 'Card', tip: 0 }
    ];
    return {
      salon: 'Wag & Wash Grooming', today: TODAY,
      groomers: groomers, services: services, addons: addons, clients: clients, pets: pets,
      appointments: appointments, payments: payments,
      settings: { reminderHours: 24, smsReminders: true, emailReceipts: true, depositRequired: false, depositAmount: 10,
        lateCancelFee: 15, lateCancelWindowHours: 48, openTime: '08:30', closeTime: '17:30', slotMinutes: 30 }
    };
  }
  function priceOf(services, addons, code, list) {
    var s = services.find(function (x) { return x.code === code; });
    var t = s ? s.price : 0;
    list.forEach(function (n) { var a = addons.find(function (x) { return x.name === n; }); if (a) t += a.price; });
    return t;
  }

  window.state = seed();
  var S = window.state;
  var ui = { view: 'appointments', tab: 'upcoming', q: '', groomer: '', sel: null, client: 'CL-201', clientTab: 'pets' };

  // ---------- helpers ----------
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function dparts(d) { var p = d.split('-'); return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])); }
  function fmt(d) { if (!d) return '—'; var x = dparts(d); return DAYS[x.getUTCDay()] + ' ' + x.getUTCDate() + ' ' + MONTHS[x.getUTCMonth()]; }
  function daysBetween(a, b) { return Math.round((dparts(b) - dparts(a)) / 86400000); }
  function pet(id) { return S.pets.find(function (p) { return p.id === id; }); }
  function client(id) { return S.clients.find(function (c) { return c.id === id; }); }
  function groomer(id) { return S.groomers.find(function (g) { return g.id === id; }); }
  function service(c) { return S.services.find(function (s) { return s.code === c; }); }
  function appt(id) { return S.appointments.find(function (a) { return a.id === id; }); }
  function money(n) { return '£' + Number(n).toFixed(2); }
  function pill(s) { return '<span class="pill st-' + s.replace(' ', '-') + '">' + esc(s) + '</span>'; }
  function toast(m) {
    var t = document.createElement('div'); t.className = 'toast'; t.textContent = m;
    document.getElementById('toasts').appendChild(t); setTimeout(function () { t.remove(); }, 3500);
  }
  var main = document.getElementById('main');
  document.getElementById('today-label').textContent = 'Today: ' + fmt(TODAY) + ' 2025';

  // ---------- menu ----------
  var menuEl = document.getElementById('menu');
  var menuItems = [];
  function openMenu(btn, items) {
    menuItems = items;
    menuEl.innerHTML = items.map(function (it, i) { return '<button type="button" data-mi="' + i + '" class="' + (it.warn ? 'warn' : '') + '">' + esc(it.label) + '</button>'; }).join('');
    menuEl.hidden = false;
    var r = btn.getBoundingClientRect();
    var top = Math.min(r.bottom + 4, window.innerHeight - menuEl.offsetHeight - 8);
    menuEl.style.top = top + 'px'; menuEl.style.left = Math.max(8, r.right - menuEl.offsetWidth) + 'px';
  }
  function closeMenu() { menuEl.hidden = true; menuItems = []; }
  menuEl.addEventListener('click', function (e) {
    var b = e.target.closest('[data-mi]'); if (!b) return;
    var it = menuItems[+b.dataset.mi]; closeMenu(); it.run();
  });
  document.addEventListener('click', function (e) { if (!menuEl.hidden && !e.target.closest('#menu') && !e.target.closest('.more')) closeMenu(); });

  // ---------- modal ----------
  var modalRoot = document.getElementById('modal-root');
  function modal(title, body, okLabel, onOk, opts) {
    opts = opts || {};
    modalRoot.innerHTML = '<div class="backdrop"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="mtitle"><h2 id="mtitle">' + esc(title) + '</h2>' +
      '<form id="mform" novalidate><div class="body">' + body + '<div class="err" id="merr"></div></div><div class="foot">' +
      '<button type="button" class="btn" id="mcancel">' + esc(opts.cancelLabel || 'Cancel') + '</button>' +
      '<button type="submit" class="btn ' + (opts.danger ? 'danger' : 'primary') + '">' + esc(okLabel) + '</button></div></form></div></div>';
    var f = document.getElementById('mform');
    document.getElementById('mcancel').onclick = closeModal;
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      var err = onOk(f);
      if (err) { document.getElementById('merr').textContent = err; return; }
      closeModal(); render();
    });
    if (opts.init) opts.init(f);
    var first = f.querySelector('input,select,textarea'); if (first) first.focus();
  }
  function closeModal() { modalRoot.innerHTML = ''; }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

  // ---------- nav ----------
  document.getElementById('nav').addEventListener('click', function (e) {
    var a = e.target.closest('a[data-view]'); if (!a) return; e.preventDefault();
    ui.view = a.dataset.view; ui.sel = null;
    document.querySelectorAll('#nav a').forEach(function (x) { x.classList.toggle('active', x === a); });
    render();
  });

  function render() {
    closeMenu();
    var v = ui.view;
    if (v === 'appointments') renderAppointments();
    else if (v === 'clients') renderClients();
    else if (v === 'groomers') renderGroomers();
    else if (v === 'services') renderServices();
    else if (v === 'payments') renderPayments();
    else renderSettings();
  }

  // ---------- appointments ----------
  function apptLabel(a) { var p = pet(a.pet); return p.name + ' (' + client(p.owner).name + ')'; }
  function filteredAppts() {
    var list = S.appointments.filter(function (a) {
      if (ui.tab === 'today') return a.date === TODAY && a.status !== 'Cancelled';
      if (ui.tab === 'upcoming') return a.date >= TODAY && (a.status === 'Booked' || a.status === 'Checked in');
      if (ui.tab === 'past') return a.date < TODAY || a.status === 'Completed' || a.status === 'No-show';
      if (ui.tab === 'cancelled') return a.status === 'Cancelled';
      return true;
    });
    if (ui.groomer) list = list.filter(function (a) { return a.groomer === ui.groomer; });
    if (ui.q) {
      var q = ui.q.toLowerCase();
      list = list.filter(function (a) { var p = pet(a.pet); return (a.id + ' ' + p.name + ' ' + client(p.owner).name + ' ' + p.breed).toLowerCase().indexOf(q) >= 0; });
    }
    return list.sort(function (a, b) { return (a.date + a.time).localeCompare(b.date + b.time) * (ui.tab === 'past' ? -1 : 1); });
  }
  function renderAppointments() {
    var tabs = [['today', 'Today'], ['upcoming', 'Upcoming'], ['past', 'Past'], ['cancelled', 'Cancelled'], ['all', 'All']];
    var list = filteredAppts();
    var rows = list.map(function (a) {
      var p = pet(a.pet), g = groomer(a.groomer);
      return '<tr data-appt="' + a.id + '" class="' + (ui.sel === a.id ? 'sel' : '') + '"><td class="mono">' + a.id + '</td><td class="nw">' + fmt(a.date) + '</td><td>' + a.time + '</td>' +
        '<td><b>' + esc(p.name) + '</b> <span class="muted">' + esc(p.breed) + '</span></td><td>' + esc(client(p.owner).name) + '</td>' +
        '<td>' + esc(service(a.service).name) + (a.addons.length ? ' <span class="muted">+' + a.addons.length + '</span>' : '') + '</td>' +
        '<td><span class="dot" style="background:' + g.colour + '"></span>' + esc(g.name.split(' ')[0]) + '</td><td>' + pill(a.status) + '</td>' +
        '<td><button type="button" class="more" data-more="' + a.id + '" title="Actions">⋯</button></td></tr>';
    }).join('');
    main.innerHTML = '<div class="head"><h1>Appointments</h1><button class="btn primary" id="new-appt">+ New appointment</button></div>' +
      '<div class="tabs">' + tabs.map(function (t) { return '<button type="button" data-tab="' + t[0] + '" class="' + (ui.tab === t[0] ? 'on' : '') + '">' + t[1] + '</button>'; }).join('') + '</div>' +
      '<div class="toolbar"><input id="q" type="search" placeholder="Search pet, owner or ID…" value="' + esc(ui.q) + '"><select id="gfilter" aria-label="Groomer filter"><option value="">All groomers</option>' +
      S.groomers.map(function (g) { return '<option value="' + g.id + '"' + (ui.groomer === g.id ? ' selected' : '') + '>' + esc(g.name) + '</option>'; }).join('') + '</select><span class="muted">' + list.length + ' appointments</span></div>' +
      '<div class="split"><div class="card"><table><thead><tr><th>ID</th><th>Date</th><th>Time</th><th>Pet</th><th>Owner</th><th>Service</th><th>Groomer</th><th>Status</th><th></th></tr></thead><tbody>' +
      (rows || '<tr><td colspan="9" class="muted">No appointments.</td></tr>') + '</tbody></table></div>' +
      '<div class="card detail" id="detail">' + detailHtml() + '</div></div>';
    main.querySelectorAll('[data-tab]').forEach(function (b) { b.onclick = function () { ui.tab = b.dataset.tab; render(); }; });
    var q = document.getElementById('q');
    q.oninput = function () { ui.q = q.value; var pos = q.selectionStart; render(); var n = document.getElementById('q'); n.focus(); n.setSelectionRange(pos, pos); };
    document.getElementById('gfilter').onchange = function (e) { ui.groomer = e.target.value; render(); };
    document.getElementById('new-appt').onclick = function () { newAppointment(); };
    main.querySelectorAll('tr[data-appt]').forEach(function (tr) {
      tr.addEventListener('click', function (e) { if (e.target.closest('.more')) return; ui.sel = tr.dataset.appt; render(); });
    });
    main.querySelectorAll('[data-more]').forEach(function (b) { b.onclick = function (e) { e.stopPropagation(); openMenu(b, apptActions(appt(b.dataset.more))); }; });
    main.querySelectorAll('#detail [data-act]').forEach(function (b) {
      b.onclick = function () { var a = appt(ui.sel); var it = apptActions(a).find(function (x) { return x.key === b.dataset.act; }); if (it) it.run(); };
    });
  }
  function detailHtml() {
    var a = ui.sel && appt(ui.sel);
    if (!a) return '<p class="muted">Select an appointment to see details.</p>';
    var p = pet(a.pet), c = client(p.owner), s = service(a.service);
    var acts = apptActions(a).filter(function (x) { return x.key !== 'view'; });
    return '<h2>' + esc(p.name) + ' · ' + esc(s.name) + '</h2><div class="mono">' + a.id + '</div>' +
      '<dl class="kv"><dt>Status</dt><dd>' + pill(a.status) + '</dd><dt>When</dt><dd>' + fmt(a.date) + ' at ' + a.time + ' (' + s.mins + ' min)</dd>' +
      '<dt>Groomer</dt><dd>' + esc(groomer(a.groomer).name) + '</dd><dt>Owner</dt><dd>' + esc(c.name) + '<br><span class="muted">' + esc(c.phone) + '</span></dd>' +
      '<dt>Pet</dt><dd>' + esc(p.species + ' · ' + p.breed + ' · ' + p.size) + '</dd><dt>Add-ons</dt><dd>' + (a.addons.length ? esc(a.addons.join(', ')) : '—') + '</dd>' +
      '<dt>Price</dt><dd>' + money(a.price) + '</dd>' + (p.notes ? '<dt>Pet notes</dt><dd>' + esc(p.notes) + '</dd>' : '') +
      (a.status === 'Cancelled' ? '<dt>Reason</dt><dd>' + esc(a.cancelReason) + (a.lateFee ? ' · late fee charged' : '') + '</dd>' : '') +
      (a.notes ? '<dt>Notes</dt><dd>' + esc(a.notes) + '</dd>' : '') + '</dl>' +
      '<div style="display:flex;flex-wrap:wrap;gap:6px">' + acts.map(function (x) { return '<button type="button" class="btn sm' + (x.warn ? ' danger' : '') + '" data-act="' + x.key + '">' + esc(x.label) + '</button>'; }).join('') + '</div>';
  }
  function apptActions(a) {
    var list = [{ key: 'view', label: 'View details', run: function () { ui.sel = a.id; render(); } }];
    var open = a.status === 'Booked' || a.status === 'Checked in';
    if (a.status === 'Booked') list.push({ key: 'checkin', label: 'Check in', run: function () { a.status = 'Checked in'; toast(pet(a.pet).name + ' checked in'); render(); } });
    if (open) {
      list.push({ key: 'complete', label: 'Complete & take payment', run: function () { completeAppt(a); } });
      list.push({ key: 'resched', label: 'Reschedule…', run: function () { reschedule(a); } });
    }
    if (a.status === 'Booked' && a.date <= TODAY) list.push({ key: 'noshow', label: 'Mark as no-show', run: function () { a.status = 'No-show'; toast(a.id + ' marked as no-show'); render(); } });
    list.push({ key: 'note', label: 'Edit note…', run: function () { editNote(a); } });
    if (open) list.push({ key: 'cancel', label: 'Cancel appointment…', warn: true, run: function () { cancelAppt(a); } });
    return list;
  }
  function timeOpts(sel) {
    var out = '', t = 8 * 60 + 30;
    for (; t <= 17 * 60; t += 30) { var v = String(Math.floor(t / 60)).padStart(2, '0') + ':' + String(t % 60).padStart(2, '0'); out += '<option' + (v === sel ? ' selected' : '') + '>' + v + '</option>'; }
    return out;
  }
  function reschedule(a) {
    var p = pet(a.pet);
    modal('Reschedule ' + p.name + ' — ' + a.id,
      '<p class="muted" style="margin:0">Currently ' + fmt(a.date) + ' at ' + a.time + ' with ' + esc(groomer(a.groomer).name) + '</p>' +
      '<div class="row2"><div class="field"><label for="r-date">New date</label><input type="date" id="r-date" name="date" value="' + a.date + '" min="' + TODAY + '"></div>' +
      '<div class="field"><label for="r-time">New time</label><select id="r-time" name="time">' + timeOpts(a.time) + '</select></div></div>' +
      '<div class="field"><label for="r-groomer">Groomer</label><select id="r-groomer" name="groomer">' + S.groomers.map(function (g) { return '<option value="' + g.id + '"' + (g.id === a.groomer ? ' selected' : '') + '>' + esc(g.name) + '</option>'; }).join('') + '</select></div>' +
      '<div class="checks"><label><input type="checkbox" name="notify" checked> Text the owner the new time</label></div>',
      'Save new time', function (f) {
        var d = f.date.value; if (!d) return 'Choose a date.';
        if (d < TODAY) return 'The new date cannot be in the past.';
        a.date = d; a.time = f.time.value; a.groomer = f.groomer.value;
        toast(a.id + ' moved to ' + fmt(d) + ' at ' + a.time);
      });
  }
  function cancelAppt(a) {
    var p = pet(a.pet), late = daysBetween(TODAY, a.date) * 24 <= S.settings.lateCancelWindowHours;
    modal('Cancel appointment ' + a.id,
      '<p style="margin:0">Cancel <b>' + esc(p.name) + '</b>\'s ' + esc(service(a.service).name.toLowerCase()) + ' on ' + fmt(a.date) + ' at ' + a.time + '?</p>' +
      '<div class="field"><label for="c-reason">Reason</label><select id="c-reason" name="reason"><option value="">— Choose a reason —</option>' +
      ['Owner request', 'Pet unwell', 'Groomer unavailable', 'Bad weather', 'Booked in error', 'Other'].map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select></div>' +
      '<div class="checks"><label><input type="checkbox" name="fee"' + (late ? ' checked' : '') + '> Charge late cancellation fee (' + money(S.settings.lateCancelFee) + ')</label></div>' +
      (late ? '<p class="muted" style="margin:0">This is inside the ' + S.settings.lateCancelWindowHours + '-hour cancellation window.</p>' : '') +
      '<div class="field"><label for="c-note">Note (optional)</label><textarea id="c-note" name="note" rows="2"></textarea></div>',
      'Cancel appointment', function (f) {
        if (!f.reason.value) return 'Please choose a reason.';
        a.status = 'Cancelled'; a.cancelReason = f.reason.value; a.lateFee = f.fee.checked;
        if (f.note.value.trim()) a.notes = f.note.value.trim();
        toast(a.id + ' cancelled');
      }, { danger: true, cancelLabel: 'Keep appointment' });
  }
  function editNote(a) {
    modal('Note for ' + a.id, '<div class="field"><label for="n-text">Note</label><textarea id="n-text" name="text" rows="4">' + esc(a.notes) + '</textarea></div>', 'Save note', function (f) {
      a.notes = f.text.value.trim(); toast('Note saved');
    });
  }
  function completeAppt(a) {
    modal('Complete ' + a.id + ' & take payment',
      '<p style="margin:0">' + esc(apptLabel(a)) + ' — ' + esc(service(a.service).name) + (a.addons.length ? ' + ' + esc(a.addons.join(', ')) : '') + '</p>' +
      '<div class="row2"><div class="field"><label for="p-amount">Amount (£)</label><input type="number" step="0.01" id="p-amount" name="amount" value="' + a.price + '"></div>' +
      '<div class="field"><label for="p-tip">Tip (£)</label><input type="number" step="0.01" id="p-tip" name="tip" value="0"></div></div>' +
      '<div class="field"><span class="lbl">Payment method</span><div class="checks">' + ['Card', 'Cash', 'Bank transfer'].map(function (m, i) { return '<label><input type="radio" name="method" value="' + m + '"' + (i === 0 ? ' checked' : '') + '> ' + m + '</label>'; }).join('') + '</div></div>',
      'Complete', function (f) {
        var amt = parseFloat(f.amount.value), tip = parseFloat(f.tip.value || '0');
        if (!(amt >= 0)) return 'Enter the amount paid.';
        a.status = 'Completed';
        var n = S.payments.length ? Math.max.apply(null, S.payments.map(function (p) { return +p.id.slice(4); })) + 1 : 901;
        S.payments.push({ id: 'PAY-' + n, appt: a.id, date: TODAY, amount: amt, method: f.querySelector('[name=method]:checked').value, tip: tip || 0 });
        toast(a.id + ' completed — ' + money(amt) + ' taken');
      });
  }
  function newAppointment() {
    var cOpts = S.clients.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).map(function (c) { return '<option value="' + c.id + '">' + esc(c.name) + '</option>'; }).join('');
    modal('New appointment',
      '<div class="row2"><div class="field"><label for="a-client">Client</label><select id="a-client" name="client"><option value="">— Select client —</option>' + cOpts + '</select></div>' +
      '<div class="field"><label for="a-pet">Pet</label><select id="a-pet" name="pet"><option value="">— Select client first —</option></select></div></div>' +
      '<div class="field"><label for="a-service">Service</label><select id="a-service" name="service">' + S.services.map(function (s) { return '<option value="' + s.code + '">' + esc(s.name) + ' — £' + s.price + ' (' + s.mins + ' min)</option>'; }).join('') + '</select></div>' +
      '<div class="field"><span class="lbl">Groomer</span><div class="checks">' + S.groomers.map(function (g) { return '<label><input type="radio" name="groomer" value="' + g.id + '"> ' + esc(g.name) + '</label>'; }).join('') + '</div></div>' +
      '<div class="row2"><div class="field"><label for="a-date">Date</label><input type="date" id="a-date" name="date" min="' + TODAY + '"></div>' +
      '<div class="field"><label for="a-time">Time</label><select id="a-time" name="time"><option value="">— Time —</option>' + timeOpts('') + '</select></div></div>' +
      '<div class="field"><span class="lbl">Add-ons</span><div class="checks">' + S.addons.map(function (x) { return '<label><input type="checkbox" name="addon" value="' + esc(x.name) + '"> ' + esc(x.name) + ' (£' + x.price + ')</label>'; }).join('') + '</div></div>' +
      '<div class="field"><label for="a-notes">Notes</label><textarea id="a-notes" name="notes" rows="2"></textarea></div>',
      'Book appointment', function (f) {
        if (!f.pet.value) return 'Choose the client and pet.';
        var g = f.querySelector('[name=groomer]:checked');
        if (!g) return 'Choose a groomer.';
        if (!f.date.value || !f.time.value) return 'Choose a date and time.';
        if (f.date.value < TODAY) return 'Date cannot be in the past.';
        var adds = Array.prototype.map.call(f.querySelectorAll('[name=addon]:checked'), function (x) { return x.value; });
        var n = Math.max.apply(null, S.appointments.map(function (a) { return +a.id.slice(3); })) + 1;
        var a = { id: 'GR-' + n, pet: f.pet.value, date: f.date.value, time: f.time.value, groomer: g.value, service: f.service.value, addons: adds, status: 'Booked',
          price: priceOf(S.services, S.addons, f.service.value, adds), cancelReason: '', lateFee: false, notes: f.notes.value.trim() };
        S.appointments.push(a); ui.sel = a.id; ui.tab = 'upcoming';
        toast('Booked ' + pet(a.pet).name + ' — ' + a.id);
      }, {
        init: function (f) {
          f.client.onchange = function () {
            var ps = S.pets.filter(function (p) { return p.owner === f.client.value; });
            f.pet.innerHTML = ps.length ? (ps.length > 1 ? '<option value="">— Select pet —</option>' : '') + ps.map(function (p) { return '<option value="' + p.id + '">' + esc(p.name) + ' (' + esc(p.breed) + ')</option>'; }).join('') : '<option value="">— Select client first —</option>';
          };
        }
      });
  }

  // ---------- clients ----------
  function renderClients() {
    var c = client(ui.client);
    var cards = S.clients.map(function (x) {
      var ps = S.pets.filter(function (p) { return p.owner === x.id; });
      return '<div class="card ccard' + (x.id === ui.client ? ' sel' : '') + '" data-client="' + x.id + '"><h3>' + esc(x.name) + '</h3><div class="muted">' + x.id + ' · ' + esc(x.phone) + '</div>' +
        ps.map(function (p) { return '<span class="petchip">' + (p.species === 'Cat' ? 'Cat: ' : 'Dog: ') + esc(p.name) + '</span>'; }).join('') + '</div>';
    }).join('');
    var ps = S.pets.filter(function (p) { return p.owner === c.id; });
    var hist = S.appointments.filter(function (a) { return ps.some(function (p) { return p.id === a.pet; }); }).sort(function (a, b) { return b.date.localeCompare(a.date); });
    var body = ui.clientTab === 'pets' ? ps.map(function (p) {
      return '<div style="border-top:1px solid #e3eceb;padding:8px 0"><b>' + esc(p.name) + '</b> <span class="muted">' + p.id + '</span><br>' + esc(p.species + ' · ' + p.breed + ' · ' + p.size) +
        (p.notes ? '<br><span class="muted">' + esc(p.notes) + '</span>' : '') + '<br><button class="btn sm" data-editpet="' + p.id + '">Edit pet</button></div>';
    }).join('') : hist.map(function (a) { return '<div style="border-top:1px solid #e3eceb;padding:6px 0"><span class="mono">' + a.id + '</span> ' + fmt(a.date) + ' — ' + esc(pet(a.pet).name) + ', ' + esc(service(a.service).name) + ' ' + pill(a.status) + '</div>'; }).join('');
    main.innerHTML = '<div class="head"><h1>Clients &amp; pets</h1><button class="btn primary" id="new-client">+ New client</button></div>' +
      '<div class="split"><div class="cards">' + cards + '</div><div class="card detail"><h2>' + esc(c.name) + '</h2><div class="muted">' + c.id + '</div>' +
      '<dl class="kv"><dt>Phone</dt><dd>' + esc(c.phone) + '</dd><dt>Email</dt><dd>' + esc(c.email) + '</dd><dt>Address</dt><dd>' + esc(c.address) + '</dd><dt>Marketing</dt><dd>' + (c.marketing ? 'Opted in' : 'No') + '</dd></dl>' +
      '<button class="btn sm" id="edit-client">Edit client</button><div class="tabs" style="margin-top:12px"><button data-ctab="pets" class="' + (ui.clientTab === 'pets' ? 'on' : '') + '">Pets</button><button data-ctab="history" class="' + (ui.clientTab === 'history' ? 'on' : '') + '">History</button></div>' + body + '</div></div>';
    main.querySelectorAll('[data-client]').forEach(function (d) { d.onclick = function () { ui.client = d.dataset.client; render(); }; });
    main.querySelectorAll('[data-ctab]').forEach(function (d) { d.onclick = function () { ui.clientTab = d.dataset.ctab; render(); }; });
    main.querySelectorAll('[data-editpet]').forEach(function (d) { d.onclick = function () { editPet(S.pets.find(function (p) { return p.id === d.dataset.editpet; })); }; });
    document.getElementById('edit-client').onclick = function () { editClient(c); };
    document.getElementById('new-client').onclick = function () { editClient(null); };
  }
  function editClient(c) {
    var x = c || { name: '', phone: '', email: '', address: '', marketing: false };
    modal(c ? 'Edit ' + c.name : 'New client',
      '<div class="field"><label for="k-name">Full name</label><input type="text" id="k-name" name="name" value="' + esc(x.name) + '"></div>' +
      '<div class="row2"><div class="field"><label for="k-phone">Phone</label><input type="tel" id="k-phone" name="phone" value="' + esc(x.phone) + '"></div>' +
      '<div class="field"><label for="k-email">Email</label><input type="email" id="k-email" name="email" value="' + esc(x.email) + '"></div></div>' +
      '<div class="field"><label for="k-addr">Address</label><input type="text" id="k-addr" name="address" value="' + esc(x.address) + '"></div>' +
      '<div class="checks"><label><input type="checkbox" name="marketing"' + (x.marketing ? ' checked' : '') + '> Happy to receive offers by email</label></div>',
      c ? 'Save changes' : 'Add client', function (f) {
        if (!f.name.value.trim()) return 'Name is required.';
        if (!c) { var n = Math.max.apply(null, S.clients.map(function (k) { return +k.id.slice(3); })) + 1; c = { id: 'CL-' + n }; S.clients.push(c); ui.client = c.id; }
        c.name = f.name.value.trim(); c.phone = f.phone.value.trim(); c.email = f.email.value.trim(); c.address = f.address.value.trim(); c.marketing = f.marketing.checked;
        toast('Client saved');
      });
  }
  function editPet(p) {
    modal('Edit pet — ' + p.name,
      '<div class="row2"><div class="field"><label for="pp-name">Name</label><input type="text" id="pp-name" name="name" value="' + esc(p.name) + '"></div>' +
      '<div class="field"><label for="pp-breed">Breed</label><input type="text" id="pp-breed" name="breed" value="' + esc(p.breed) + '"></div></div>' +
      '<div class="field"><span class="lbl">Size</span><div class="checks">' + ['Small', 'Medium', 'Large'].map(function (s) { return '<label><input type="radio" name="size" value="' + s + '"' + (p.size === s ? ' checked' : '') + '> ' + s + '</label>'; }).join('') + '</div></div>' +
      '<div class="field"><label for="pp-notes">Grooming notes</label><textarea id="pp-notes" name="notes" rows="3">' + esc(p.notes) + '</textarea></div>',
      'Save pet', function (f) {
        p.name = f.name.value.trim() || p.name; p.breed = f.breed.value.trim(); p.size = f.querySelector('[name=size]:checked').value; p.notes = f.notes.value.trim();
        toast('Pet saved');
      });
  }

  // ---------- groomers ----------
  function renderGroomers() {
    var wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    main.innerHTML = '<div class="head"><h1>Groomers</h1></div><div class="card"><table><thead><tr><th>Name</th><th>Role</th><th>Phone</th>' + wd.map(function (d) { return '<th>' + d + '</th>'; }).join('') + '<th>Upcoming</th><th></th></tr></thead><tbody>' +
      S.groomers.map(function (g) {
        var up = S.appointments.filter(function (a) { return a.groomer === g.id && a.date >= TODAY && a.status === 'Booked'; }).length;
        return '<tr><td><span class="dot" style="background:' + g.colour + '"></span><b>' + esc(g.name) + '</b></td><td>' + esc(g.role) + '</td><td>' + esc(g.phone) + '</td>' +
          wd.map(function (d) { return '<td>' + (g.days.indexOf(d) >= 0 ? '✔' : '<span class="muted">–</span>') + '</td>'; }).join('') + '<td>' + up + '</td><td><button class="btn sm" data-g="' + g.id + '">Edit days</button></td></tr>';
      }).join('') + '</tbody></table></div>';
    main.querySelectorAll('[data-g]').forEach(function (b) {
      b.onclick = function () {
        var g = groomer(b.dataset.g);
        modal('Working days — ' + g.name, '<div class="checks">' + wd.map(function (d) { return '<label><input type="checkbox" name="day" value="' + d + '"' + (g.days.indexOf(d) >= 0 ? ' checked' : '') + '> ' + d + '</label>'; }).join('') + '</div>', 'Save', function (f) {
          g.days = Array.prototype.map.call(f.querySelectorAll('[name=day]:checked'), function (x) { return x.value; }); toast('Working days updated');
        });
      };
    });
  }
  function renderServices() {
    main.innerHTML = '<div class="head"><h1>Services &amp; prices</h1></div><div class="split"><div class="card"><table><thead><tr><th>Code</th><th>Service</th><th>Duration</th><th>Price</th><th></th></tr></thead><tbody>' +
      S.services.map(function (s) { return '<tr><td class="mono">' + s.code + '</td><td>' + esc(s.name) + '</td><td>' + s.mins + ' min</td><td>' + money(s.price) + '</td><td><button class="btn sm" data-s="' + s.code + '">Edit</button></td></tr>'; }).join('') +
      '</tbody></table></div><div class="card detail"><h2>Add-ons</h2>' + S.addons.map(function (a) { return '<div style="display:flex;justify-content:space-between;padding:5px 0;border-bottom:1px solid #eef">' + esc(a.name) + '<b>' + money(a.price) + '</b></div>'; }).join('') + '</div></div>';
    main.querySelectorAll('[data-s]').forEach(function (b) {
      b.onclick = function () {
        var s = service(b.dataset.s);
        modal('Edit ' + s.name, '<div class="row2"><div class="field"><label for="s-price">Price (£)</label><input type="number" id="s-price" name="price" value="' + s.price + '"></div><div class="field"><label for="s-mins">Duration (min)</label><input type="number" id="s-mins" name="mins" value="' + s.mins + '"></div></div>', 'Save', function (f) {
          s.price = +f.price.value; s.mins = +f.mins.value; toast('Service updated');
        });
      };
    });
  }
  function renderPayments() {
    var tot = S.payments.reduce(function (t, p) { return t + p.amount + p.tip; }, 0);
    main.innerHTML = '<div class="head"><h1>Payments</h1><span class="muted">Total taken ' + money(tot) + '</span></div><div class="card"><table><thead><tr><th>Ref</th><th>Date</th><th>Appointment</th><th>Pet</th><th>Method</th><th>Amount</th><th>Tip</th></tr></thead><tbody>' +
      S.payments.slice().reverse().map(function (p) { var a = appt(p.appt); return '<tr><td class="mono">' + p.id + '</td><td>' + fmt(p.date) + '</td><td class="mono">' + p.appt + '</td><td>' + esc(a ? pet(a.pet).name : '') + '</td><td>' + p.method + '</td><td>' + money(p.amount) + '</td><td>' + money(p.tip) + '</td></tr>'; }).join('') + '</tbody></table></div>';
  }
  function renderSettings() {
    var t = S.settings;
    main.innerHTML = '<div class="head"><h1>Settings</h1></div><form class="card form-card" id="setf">' +
      '<h3>Reminders</h3><div class="checks"><label><input type="checkbox" name="smsReminders"' + (t.smsReminders ? ' checked' : '') + '> Send SMS reminders</label><label><input type="checkbox" name="emailReceipts"' + (t.emailReceipts ? ' checked' : '') + '> Email receipts after payment</label></div>' +
      '<div class="field" style="max-width:260px;margin-top:8px"><label for="st-rem">Send reminder</label><select id="st-rem" name="reminderHours">' + [12, 24, 48, 72].map(function (h) { return '<option value="' + h + '"' + (t.reminderHours === h ? ' selected' : '') + '>' + h + ' hours before</option>'; }).join('') + '</select></div>' +
      '<h3>Deposits &amp; cancellations</h3><div class="checks"><label><input type="checkbox" name="depositRequired"' + (t.depositRequired ? ' checked' : '') + '> Require a deposit for new bookings</label></div>' +
      '<div class="row2" style="margin-top:8px"><div class="field"><label for="st-dep">Deposit amount (£)</label><input type="number" id="st-dep" name="depositAmount" value="' + t.depositAmount + '"></div>' +
      '<div class="field"><label for="st-fee">Late cancellation fee (£)</label><input type="number" id="st-fee" name="lateCancelFee" value="' + t.lateCancelFee + '"></div></div>' +
      '<div class="field" style="max-width:260px;margin-top:8px"><label for="st-win">Late cancellation window</label><select id="st-win" name="lateCancelWindowHours">' + [24, 48, 72].map(function (h) { return '<option value="' + h + '"' + (t.lateCancelWindowHours === h ? ' selected' : '') + '>' + h + ' hours</option>'; }).join('') + '</select></div>' +
      '<h3>Opening hours</h3><div class="row2"><div class="field"><label for="st-open">Opens</label><input type="time" id="st-open" name="openTime" value="' + t.openTime + '"></div><div class="field"><label for="st-close">Closes</label><input type="time" id="st-close" name="closeTime" value="' + t.closeTime + '"></div></div>' +
      '<div style="margin-top:14px"><button class="btn primary" type="submit">Save settings</button></div></form>';
    document.getElementById('setf').onsubmit = function (e) {
      e.preventDefault(); var f = e.target;
      t.smsReminders = f.smsReminders.checked; t.emailReceipts = f.emailReceipts.checked; t.reminderHours = +f.reminderHours.value;
      t.depositRequired = f.depositRequired.checked; t.depositAmount = +f.depositAmount.value; t.lateCancelFee = +f.lateCancelFee.value;
      t.lateCancelWindowHours = +f.lateCancelWindowHours.value; t.openTime = f.openTime.value; t.closeTime = f.closeTime.value;
      toast('Settings saved'); render();
    };
  }

  render();
})();
