(function () {
  'use strict';
  var TODAY = '2025-01-15';
  var TERM = 'Spring 2025';

  function seed() {
    var teachers = [
      { id: 'TE-1', name: 'Anna Kowalczyk', styles: ['Ballet'], phone: '07700 960011', dbsExpiry: '2026-03-01' },
      { id: 'TE-2', name: 'Josh Whitman', styles: ['Tap'], phone: '07700 960012', dbsExpiry: '2025-06-14' },
      { id: 'TE-3', name: 'Lauren Fyfe', styles: ['Jazz', 'Contemporary', 'Musical theatre'], phone: '07700 960013', dbsExpiry: '2025-11-30' },
      { id: 'TE-4', name: 'Kwame Asante', styles: ['Street'], phone: '07700 960014', dbsExpiry: '2026-08-09' }
    ];
    var C = [
      ['DC-11', 'Baby Ballet (3–4 yrs)', 'Ballet', 'Mon', '16:00', 45, 'Studio A', 'TE-1', 10],
      ['DC-12', 'Ballet Grade 1', 'Ballet', 'Mon', '17:00', 60, 'Studio A', 'TE-1', 12],
      ['DC-13', 'Tap Beginners', 'Tap', 'Tue', '16:30', 45, 'Studio B', 'TE-2', 12],
      ['DC-14', 'Jazz Juniors', 'Jazz', 'Tue', '17:30', 60, 'Studio A', 'TE-3', 14],
      ['DC-15', 'Ballet Grade 2', 'Ballet', 'Wed', '16:30', 60, 'Studio A', 'TE-1', 12],
      ['DC-16', 'Street Dance (8–11 yrs)', 'Street', 'Wed', '17:30', 60, 'Studio B', 'TE-4', 16],
      ['DC-20', 'Tap Intermediate', 'Tap', 'Thu', '16:00', 60, 'Studio B', 'TE-2', 12],
      ['DC-17', 'Tap Beginners', 'Tap', 'Thu', '17:00', 45, 'Studio B', 'TE-2', 12],
      ['DC-18', 'Contemporary (12+)', 'Contemporary', 'Thu', '18:00', 75, 'Studio A', 'TE-3', 14],
      ['DC-19', 'Musical Theatre', 'Musical theatre', 'Fri', '17:00', 90, 'Studio A', 'TE-3', 16],
      ['DC-21', 'Ballet Grade 3', 'Ballet', 'Sat', '09:30', 75, 'Studio A', 'TE-1', 12],
      ['DC-22', 'Street Dance (12+)', 'Street', 'Sat', '11:00', 60, 'Studio B', 'TE-4', 16]
    ];
    var classes = C.map(function (c) { return { id: c[0], name: c[1], style: c[2], day: c[3], time: c[4], mins: c[5], studio: c[6], teacher: c[7], capacity: c[8] }; });
    var P = [
      ['ST-1201', 'Mia Thompson', '2015-05-12', 'Laura Thompson', ['DC-12', 'DC-14'], false, ''],
      ['ST-1202', 'Oliver Grant', '2016-02-03', 'Mark Grant', ['DC-13', 'DC-16'], true, ''],
      ['ST-1203', 'Ruby Clarke', '2014-09-21', 'Steve Clarke', ['DC-15'], true, 'Asthma — inhaler in bag'],
      ['ST-1204', 'Hannah Lee', '2010-11-30', 'Min-jung Lee', ['DC-18', 'DC-19'], true, ''],
      ['ST-1205', 'Isabella Cruz', '2021-03-14', 'Sofia Cruz', ['DC-11'], true, ''],
      ['ST-1206', 'Noah Fletcher', '2013-07-07', 'Dean Fletcher', ['DC-16', 'DC-22'], false, ''],
      ['ST-1207', 'Amelia Hart', '2016-10-19', 'Joanne Hart', ['DC-12'], true, 'Nut allergy'],
      ['ST-1208', 'Leo Martin', '2017-01-25', 'Claire Martin', ['DC-13'], true, ''],
      ['ST-1209', 'Sophie Ward', '2013-04-02', 'Paula Ward', ['DC-15', 'DC-21'], true, ''],
      ['ST-1210', 'Freya Bell', '2021-08-08', 'Tom Bell', ['DC-11'], true, ''],
      ['ST-1211', 'Zara Khan', '2014-12-11', 'Nadia Khan', ['DC-14', 'DC-19'], true, ''],
      ['ST-1212', 'Evie Turner', '2016-06-30', 'Gemma Turner', ['DC-17'], true, ''],
      ['ST-1213', 'Jacob Reid', '2012-03-18', 'Alan Reid', ['DC-20'], false, ''],
      ['ST-1214', 'Poppy Evans', '2011-09-09', 'Rhian Evans', ['DC-18'], true, ''],
      ['ST-1215', 'Lily Grant', '2014-01-27', 'Mark Grant', ['DC-12', 'DC-20'], true, ''],
      ['ST-1216', 'Ava Robinson', '2012-05-05', 'Kerry Robinson', ['DC-21'], true, 'Recovering from ankle sprain'],
      ['ST-1217', 'Maisie Clarke', '2020-12-01', 'Steve Clarke', ['DC-11'], true, ''],
      ['ST-1218', 'Harvey Dixon', '2013-02-14', 'Lisa Dixon', [], true, '']
    ];
    var students = P.map(function (p, i) {
      return { id: p[0], name: p[1], dob: p[2], guardian: p[3], phone: '07700 97' + String(3000 + i * 157).slice(-4), email: p[3].toLowerCase().replace(/[^a-z]+/g, '.') + '@example.com',
        classes: p[4], photoConsent: p[5], medical: p[6], status: p[0] === 'ST-1218' ? 'Withdrawn' : 'Active', withdrawDate: p[0] === 'ST-1218' ? '2024-12-20' : '', withdrawReason: p[0] === 'ST-1218' ? 'Cost' : '' };
    });
    var paidMap = { 'ST-1201': ['Paid', 'Bank transfer', '2025-01-06'], 'ST-1202': ['Paid', 'Card', '2025-01-08'], 'ST-1205': ['Paid', 'Childcare voucher', '2025-01-03'], 'ST-1206': ['Part paid', 'Cash', '2025-01-10'],
      'ST-1209': ['Paid', 'Card', '2025-01-07'], 'ST-1211': ['Paid', 'Bank transfer', '2025-01-05'], 'ST-1214': ['Paid', 'Card', '2025-01-13'], 'ST-1215': ['Paid', 'Card', '2025-01-08'], 'ST-1216': ['Paid', 'Cash', '2025-01-11'] };
    var fees = students.filter(function (s) { return s.status === 'Active'; }).map(function (s, i) {
      var amt = s.classes.length * 48, pm = paidMap[s.id];
      return { id: 'FE-' + (901 + i), student: s.id, term: TERM, amount: amt, paid: pm ? (pm[0] === 'Part paid' ? 48 : amt) : 0, status: pm ? pm[0] : 'Unpaid', method: pm ? pm[1] : '', paidOn: pm ? pm[2] : '' };
    });
    return {
      studio: 'Pirouette Dance Academy', today: TODAY, term: TERM, teachers: teachers, classes: classes, students: students, fees: fees,
      settings: { termStart: '2025-01-06', termEnd: '2025-04-04', halfTermStart: '2025-02-17', halfTermEnd: '2025-02-21', feePerClass: 48, siblingDiscount: 10, trialClassFree: true, lateFeeReminderDays: 14, showcaseDate: '2025-03-29' }
    };
  }

  window.state = seed();
  var S = window.state;
  var ui = { page: 'timetable', drawer: null, dtab: 'profile', q: '', sfilter: 'Active', ffilter: '' };

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function fdate(d) { if (!d) return '—'; return +d.slice(8) + ' ' + MONTHS[+d.slice(5, 7) - 1].slice(0, 3) + ' ' + d.slice(0, 4); }
  function age(dob) { var a = +TODAY.slice(0, 4) - +dob.slice(0, 4); if (TODAY.slice(5) < dob.slice(5)) a--; return a; }
  function stu(id) { return S.students.find(function (s) { return s.id === id; }); }
  function cls(id) { return S.classes.find(function (c) { return c.id === id; }); }
  function teacher(id) { return S.teachers.find(function (t) { return t.id === id; }); }
  function enrolled(cid) { return S.students.filter(function (s) { return s.status === 'Active' && s.classes.indexOf(cid) >= 0; }); }
  function clsLabel(c) { return c.name + ' — ' + c.day + ' ' + c.time; }
  function badge(s) { return '<span class="badge b-' + s.replace(' ', '-') + '">' + esc(s) + '</span>'; }
  function toast(m) { var t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(function () { t.remove(); }, 3000); }
  var page = document.getElementById('page');
  document.getElementById('term').innerHTML = '<b>' + TERM + '</b><br>Week 2 · today ' + fdate(TODAY);

  var menu = document.getElementById('menu'), mItems = [];
  function openMenu(btn, items) {
    mItems = items; menu.innerHTML = items.map(function (x, i) { return '<button type="button" data-x="' + i + '">' + esc(x.label) + '</button>'; }).join(''); menu.hidden = false;
    var r = btn.getBoundingClientRect();
    menu.style.left = Math.max(8, Math.min(r.right - menu.offsetWidth, window.innerWidth - menu.offsetWidth - 8)) + 'px';
    menu.style.top = (r.bottom + menu.offsetHeight > window.innerHeight - 8 ? r.top - menu.offsetHeight - 2 : r.bottom + 2) + 'px';
  }
  menu.onclick = function (e) { var b = e.target.closest('[data-x]'); if (!b) return; menu.hidden = true; mItems[+b.dataset.x].run(); };
  document.addEventListener('click', function (e) { if (!e.target.closest('#menu') && !e.target.closest('.more')) menu.hidden = true; });

  var mroot = document.getElementById('modal-root');
  function modal(title, html, ok, fn, o) {
    o = o || {};
    mroot.innerHTML = '<div class="mbg"><div class="mdl" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><h2>' + esc(title) + '</h2><form id="mf"><div class="mb">' + html + '<div class="oops" id="oops"></div></div><div class="mf">' +
      '<button type="button" class="btn" id="mx">' + esc(o.no || 'Cancel') + '</button><button type="submit" class="btn ' + (o.warn ? 'warn' : 'plum') + '">' + esc(ok) + '</button></div></form></div></div>';
    var f = document.getElementById('mf');
    document.getElementById('mx').onclick = function () { mroot.innerHTML = ''; };
    f.onsubmit = function (e) { e.preventDefault(); var m = fn(f); if (m) { document.getElementById('oops').textContent = m; return; } mroot.innerHTML = ''; render(); };
    if (o.init) o.init(f);
  }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    if (!menu.hidden) menu.hidden = true; else if (mroot.innerHTML) mroot.innerHTML = ''; else if (ui.drawer) { ui.drawer = null; render(); }
  });

  document.getElementById('nav').onclick = function (e) { var a = e.target.closest('[data-page]'); if (!a) return; e.preventDefault(); ui.page = a.dataset.page; ui.drawer = null; render(); };
  function render() {
    menu.hidden = true;
    document.querySelectorAll('#nav a').forEach(function (a) { a.classList.toggle('cur', a.dataset.page === ui.page); });
    ({ timetable: timetable, students: students, fees: feesPage, teachers: teachersPage, settings: settingsPage })[ui.page]();
    drawer();
  }
  function bindNames(scope) { (scope || page).querySelectorAll('[data-stu]').forEach(function (a) { a.onclick = function () { ui.drawer = a.dataset.stu; ui.dtab = 'profile'; render(); }; }); }

  // ---------- timetable ----------
  function timetable() {
    var days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], names = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday' };
    page.innerHTML = '<div class="ph"><h1>Weekly timetable</h1><span class="soft">' + S.classes.length + ' classes · click a class to see who is enrolled</span></div><div class="week">' + days.map(function (d) {
      return '<div class="day"><h3>' + names[d] + '</h3>' + S.classes.filter(function (c) { return c.day === d; }).sort(function (a, b) { return a.time.localeCompare(b.time); }).map(function (c) {
        var n = enrolled(c.id).length;
        return '<div class="cls' + (n >= c.capacity ? ' full' : '') + '" data-cls="' + c.id + '"><b>' + esc(c.name) + '</b><small>' + c.time + ' · ' + c.mins + ' min · ' + c.studio + '</small><small>' + esc(teacher(c.teacher).name) + ' · ' + n + '/' + c.capacity + '</small></div>';
      }).join('') + '</div>';
    }).join('') + '</div>';
    page.querySelectorAll('[data-cls]').forEach(function (d) { d.onclick = function () { roster(cls(d.dataset.cls)); }; });
  }
  function roster(c) {
    var list = enrolled(c.id);
    modal(clsLabel(c), '<p class="soft" style="margin-top:0">' + esc(teacher(c.teacher).name) + ' · ' + c.studio + ' · ' + list.length + ' of ' + c.capacity + ' places taken</p>' +
      (list.map(function (s) { return '<div class="line"><span class="g">' + esc(s.name) + ' <span class="soft">(' + age(s.dob) + ')</span></span>' + (s.medical ? '<span class="soft">⚕ ' + esc(s.medical) + '</span>' : '') + '</div>'; }).join('') || '<p class="soft">No one enrolled yet.</p>'),
      'Done', function () { }, { no: 'Close' });
  }

  // ---------- students ----------
  function students() {
    var q = ui.q.toLowerCase();
    var list = S.students.filter(function (s) { return (!ui.sfilter || s.status === ui.sfilter) && (!q || (s.name + ' ' + s.guardian + ' ' + s.id).toLowerCase().indexOf(q) >= 0); });
    page.innerHTML = '<div class="ph"><h1>Students</h1><button class="btn plum" id="adds">Add student</button></div>' +
      '<div class="filters"><input type="search" id="sq" placeholder="Search student or parent…" value="' + esc(ui.q) + '"><select id="sf" aria-label="Status"><option value="">All</option><option>Active</option><option>Withdrawn</option></select></div>' +
      '<table class="tbl"><thead><tr><th>ID</th><th>Student</th><th>Age</th><th>Parent / guardian</th><th>Classes</th><th>Photos</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (s) {
        return '<tr><td class="soft">' + s.id + '</td><td><span class="nm-link" data-stu="' + s.id + '">' + esc(s.name) + '</span></td><td>' + age(s.dob) + '</td><td>' + esc(s.guardian) + '</td><td>' + (s.classes.map(function (c) { return esc(cls(c).name + ' (' + cls(c).day + ')'); }).join(', ') || '—') + '</td><td>' + (s.photoConsent ? 'Yes' : '<b>No</b>') + '</td><td>' + badge(s.status) + '</td>' +
          '<td><button type="button" class="more" data-sm="' + s.id + '" aria-label="Actions for ' + esc(s.name) + '">⋯</button></td></tr>';
      }).join('') + '</tbody></table>';
    var sf = document.getElementById('sf'); sf.value = ui.sfilter; sf.onchange = function () { ui.sfilter = sf.value; render(); };
    var sq = document.getElementById('sq'); sq.oninput = function () { ui.q = sq.value; render(); var n = document.getElementById('sq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('adds').onclick = function () { editStudent(null); };
    bindNames();
    page.querySelectorAll('[data-sm]').forEach(function (b) {
      b.onclick = function () {
        var s = stu(b.dataset.sm);
        var it = [{ label: 'Open profile', run: function () { ui.drawer = s.id; ui.dtab = 'profile'; render(); } }, { label: 'Edit details…', run: function () { editStudent(s); } }];
        if (s.status === 'Active') { it.push({ label: 'Enrol in a class…', run: function () { enrol(s); } }); it.push({ label: 'Withdraw student…', run: function () { withdraw(s); } }); }
        openMenu(b, it);
      };
    });
  }
  function drawer() {
    var root = document.getElementById('drawer-root');
    if (!ui.drawer) { root.innerHTML = ''; return; }
    var s = stu(ui.drawer), body;
    if (ui.dtab === 'profile') {
      body = '<dl class="prof"><dt>Student ID</dt><dd>' + s.id + '</dd><dt>Date of birth</dt><dd>' + fdate(s.dob) + ' (age ' + age(s.dob) + ')</dd><dt>Parent / guardian</dt><dd>' + esc(s.guardian) + '</dd><dt>Phone</dt><dd>' + esc(s.phone) + '</dd><dt>Email</dt><dd>' + esc(s.email) + '</dd>' +
        '<dt>Medical notes</dt><dd>' + (esc(s.medical) || '—') + '</dd><dt>Photo consent</dt><dd>' + (s.photoConsent ? 'Given' : 'Not given — keep out of photos') + '</dd><dt>Status</dt><dd>' + badge(s.status) + (s.status === 'Withdrawn' ? ' from ' + fdate(s.withdrawDate) + ' (' + esc(s.withdrawReason) + ')' : '') + '</dd></dl>' +
        '<div style="margin-top:14px;display:flex;gap:8px"><button class="btn" id="d-edit">Edit details</button>' + (s.status === 'Active' ? '<button class="btn warn" id="d-wd">Withdraw…</button>' : '') + '</div>';
    } else if (ui.dtab === 'classes') {
      body = (s.classes.map(function (cid) { var c = cls(cid); return '<div class="line"><div class="g"><b>' + esc(c.name) + '</b><br><span class="soft">' + c.day + ' ' + c.time + ' · ' + c.studio + ' · ' + esc(teacher(c.teacher).name) + '</span></div><button type="button" class="more" data-cm="' + cid + '" aria-label="Options for ' + esc(c.name) + ' ' + c.day + '">⋯</button></div>'; }).join('') || '<p class="soft">Not enrolled in any classes.</p>') +
        (s.status === 'Active' ? '<div style="margin-top:12px"><button class="btn" id="d-enrol">+ Enrol in a class</button></div>' : '');
    } else {
      var fs = S.fees.filter(function (f) { return f.student === s.id; });
      body = (fs.map(function (f) { return '<div class="line"><div class="g"><b>' + f.term + '</b> — £' + f.amount + '<br><span class="soft">Paid £' + f.paid + (f.paidOn ? ' · ' + esc(f.method) + ' on ' + fdate(f.paidOn) : '') + '</span></div>' + badge(f.status) + (f.status !== 'Paid' ? ' <button class="btn sm" data-fp="' + f.id + '">Record payment</button>' : '') + '</div>'; }).join('') || '<p class="soft">No fees.</p>');
    }
    root.innerHTML = '<div class="drawer-bg" id="dbg"></div><div class="drawer" role="dialog" aria-label="Student ' + esc(s.name) + '"><div class="dh"><h2>' + esc(s.name) + '</h2><button class="close" id="dclose" aria-label="Close">×</button></div>' +
      '<div class="tabs"><button data-dt="profile" class="' + (ui.dtab === 'profile' ? 'on' : '') + '">Profile</button><button data-dt="classes" class="' + (ui.dtab === 'classes' ? 'on' : '') + '">Classes</button><button data-dt="fees" class="' + (ui.dtab === 'fees' ? 'on' : '') + '">Fees</button></div><div class="dbody">' + body + '</div></div>';
    document.getElementById('dbg').onclick = document.getElementById('dclose').onclick = function () { ui.drawer = null; render(); };
    root.querySelectorAll('[data-dt]').forEach(function (b) { b.onclick = function () { ui.dtab = b.dataset.dt; render(); }; });
    var e1 = document.getElementById('d-edit'); if (e1) e1.onclick = function () { editStudent(s); };
    var e2 = document.getElementById('d-wd'); if (e2) e2.onclick = function () { withdraw(s); };
    var e3 = document.getElementById('d-enrol'); if (e3) e3.onclick = function () { enrol(s); };
    root.querySelectorAll('[data-fp]').forEach(function (b) { b.onclick = function () { payFee(S.fees.find(function (f) { return f.id === b.dataset.fp; })); }; });
    root.querySelectorAll('[data-cm]').forEach(function (b) {
      b.onclick = function () {
        var cid = b.dataset.cm;
        openMenu(b, [{ label: 'Transfer to another class…', run: function () { transfer(s, cid); } }, { label: 'Remove from class…', run: function () { removeFrom(s, cid); } }]);
      };
    });
  }
  function classOptions(excl, sel) {
    return '<option value="">Choose a class…</option>' + S.classes.filter(function (c) { return excl.indexOf(c.id) < 0; }).map(function (c) {
      var n = enrolled(c.id).length, full = n >= c.capacity;
      return '<option value="' + c.id + '"' + (full ? ' disabled' : '') + (sel === c.id ? ' selected' : '') + '>' + esc(clsLabel(c)) + (full ? ' (full)' : ' (' + (c.capacity - n) + ' places)') + '</option>';
    }).join('');
  }
  function transfer(s, from) {
    var c = cls(from);
    modal('Transfer ' + s.name, '<p style="margin-top:0">Moving from <b>' + esc(clsLabel(c)) + '</b></p><div class="fi"><label for="tr-to">Move to</label><select id="tr-to" name="to">' + classOptions(s.classes, '') + '</select></div>' +
      '<label class="chk"><input type="checkbox" name="tell" checked> Email ' + esc(s.guardian) + ' to confirm the change</label>',
      'Transfer', function (f) {
        if (!f.to.value) return 'Choose the new class.';
        s.classes = s.classes.map(function (x) { return x === from ? f.to.value : x; });
        toast(s.name + ' moved to ' + clsLabel(cls(f.to.value)));
      });
  }
  function removeFrom(s, cid) {
    modal('Remove from class?', '<p>Take ' + esc(s.name) + ' out of ' + esc(clsLabel(cls(cid))) + '? Fees are not changed automatically.</p>', 'Remove', function () {
      s.classes = s.classes.filter(function (x) { return x !== cid; }); toast('Removed from class');
    }, { warn: true });
  }
  function enrol(s) {
    modal('Enrol ' + s.name, '<div class="fi"><label for="en-c">Class</label><select id="en-c" name="c">' + classOptions(s.classes, '') + '</select></div>', 'Enrol', function (f) {
      if (!f.c.value) return 'Choose a class.'; s.classes.push(f.c.value); toast(s.name + ' enrolled');
    });
  }
  function withdraw(s) {
    modal('Withdraw ' + s.name, '<p style="margin-top:0" class="soft">The student keeps their history but is removed from registers after the last class date.</p>' +
      '<div class="fi"><label for="wd-d">Last class date</label><input type="date" id="wd-d" name="d" value="' + TODAY + '"></div>' +
      '<div class="fi"><label for="wd-r">Reason for leaving</label><select id="wd-r" name="r"><option value="">Choose…</option>' + ['Moving away', 'Cost', 'Lost interest', 'Timetable clash', 'Injury or illness', 'Joined another school', 'Other'].map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select></div>' +
      '<label class="chk"><input type="checkbox" name="bye" checked> Send a goodbye email to ' + esc(s.guardian) + '</label>',
      'Withdraw student', function (f) {
        if (!f.d.value) return 'Enter the last class date.'; if (!f.r.value) return 'Choose a reason.';
        s.status = 'Withdrawn'; s.withdrawDate = f.d.value; s.withdrawReason = f.r.value; toast(s.name + ' withdrawn');
      }, { warn: true });
  }
  function editStudent(s) {
    var x = s || { name: '', dob: '', guardian: '', phone: '', email: '', medical: '', photoConsent: false };
    modal(s ? 'Edit ' + s.name : 'Add student',
      '<div class="duo"><div class="fi"><label for="es-n">Student name</label><input id="es-n" name="name" value="' + esc(x.name) + '"></div><div class="fi"><label for="es-d">Date of birth</label><input type="date" id="es-d" name="dob" value="' + x.dob + '"></div></div>' +
      '<div class="fi"><label for="es-g">Parent / guardian</label><input id="es-g" name="guardian" value="' + esc(x.guardian) + '"></div>' +
      '<div class="duo"><div class="fi"><label for="es-p">Phone</label><input id="es-p" name="phone" value="' + esc(x.phone) + '"></div><div class="fi"><label for="es-e">Email</label><input id="es-e" name="email" value="' + esc(x.email) + '"></div></div>' +
      '<div class="fi"><label for="es-m">Medical notes</label><textarea id="es-m" name="medical" rows="2">' + esc(x.medical) + '</textarea></div>' +
      '<label class="chk"><input type="checkbox" name="photo"' + (x.photoConsent ? ' checked' : '') + '> Parent consents to photos and video (showcase, website)</label>',
      s ? 'Save' : 'Add student', function (f) {
        if (!f.name.value.trim()) return 'Enter a name.'; if (!f.dob.value) return 'Enter the date of birth.';
        if (!s) { s = { id: 'ST-' + (Math.max.apply(null, S.students.map(function (k) { return +k.id.slice(3); })) + 1), name: '', dob: '', guardian: '', phone: '', email: '', classes: [], photoConsent: false, medical: '', status: 'Active', withdrawDate: '', withdrawReason: '' }; S.students.push(s); }
        s.name = f.name.value.trim(); s.dob = f.dob.value; s.guardian = f.guardian.value.trim(); s.phone = f.phone.value.trim(); s.email = f.email.value.trim(); s.medical = f.medical.value.trim(); s.photoConsent = f.photo.checked;
        toast('Saved');
      });
  }

  // ---------- fees ----------
  function feesPage() {
    var list = S.fees.filter(function (f) { return !ui.ffilter || f.status === ui.ffilter; });
    var due = S.fees.reduce(function (t, f) { return t + f.amount - f.paid; }, 0), got = S.fees.reduce(function (t, f) { return t + f.paid; }, 0);
    page.innerHTML = '<div class="ph"><h1>Term fees — ' + TERM + '</h1></div><div class="sum"><div><b>£' + got + '</b><span class="soft">received</span></div><div><b>£' + due + '</b><span class="soft">outstanding</span></div></div>' +
      '<div class="filters"><select id="ff" aria-label="Payment status"><option value="">All</option><option>Unpaid</option><option>Part paid</option><option>Paid</option></select></div>' +
      '<table class="tbl"><thead><tr><th>Ref</th><th>Student</th><th>Parent</th><th>Classes</th><th>Fee</th><th>Paid</th><th>Status</th><th>Last payment</th><th></th></tr></thead><tbody>' +
      list.map(function (f) { var s = stu(f.student); return '<tr><td class="soft">' + f.id + '</td><td><span class="nm-link" data-stu="' + s.id + '">' + esc(s.name) + '</span></td><td>' + esc(s.guardian) + '</td><td>' + s.classes.length + '</td><td>£' + f.amount + '</td><td>£' + f.paid + '</td><td>' + badge(f.status) + '</td><td>' + (f.paidOn ? fdate(f.paidOn) + ' · ' + esc(f.method) : '—') + '</td>' +
        '<td><button type="button" class="more" data-fm="' + f.id + '" aria-label="Fee actions for ' + esc(s.name) + '">⋯</button></td></tr>'; }).join('') + '</tbody></table>';
    var ff = document.getElementById('ff'); ff.value = ui.ffilter; ff.onchange = function () { ui.ffilter = ff.value; render(); };
    bindNames();
    page.querySelectorAll('[data-fm]').forEach(function (b) {
      b.onclick = function () {
        var f = S.fees.find(function (x) { return x.id === b.dataset.fm; });
        var it = [];
        if (f.status !== 'Paid') { it.push({ label: 'Record payment…', run: function () { payFee(f); } }); it.push({ label: 'Send reminder', run: function () { toast('Reminder sent to ' + stu(f.student).guardian); } }); }
        it.push({ label: 'Open student', run: function () { ui.drawer = f.student; ui.dtab = 'fees'; render(); } });
        openMenu(b, it);
      };
    });
  }
  function payFee(f) {
    var s = stu(f.student), owed = f.amount - f.paid;
    modal('Record payment — ' + s.name, '<p class="soft" style="margin-top:0">' + f.term + ' · fee £' + f.amount + ' · outstanding £' + owed + '</p>' +
      '<div class="duo"><div class="fi"><label for="pf-a">Amount received (£)</label><input type="number" id="pf-a" name="a" step="0.01" value="' + owed + '"></div><div class="fi"><label for="pf-d">Date</label><input type="date" id="pf-d" name="d" value="' + TODAY + '"></div></div>' +
      '<div class="fi"><span class="lb">Paid by</span><div class="rads">' + ['Card', 'Cash', 'Bank transfer', 'Childcare voucher'].map(function (m) { return '<label><input type="radio" name="m" value="' + m + '"> ' + m + '</label>'; }).join('') + '</div></div>',
      'Save payment', function (fm) {
        var a = parseFloat(fm.a.value), m = fm.querySelector('[name=m]:checked');
        if (!(a > 0)) return 'Enter the amount.'; if (a > owed) return 'That is more than is owed (£' + owed + ').'; if (!m) return 'How did they pay?';
        f.paid += a; f.status = f.paid >= f.amount ? 'Paid' : 'Part paid'; f.method = m.value; f.paidOn = fm.d.value || TODAY;
        toast('£' + a + ' recorded for ' + s.name);
      });
  }

  // ---------- teachers ----------
  function teachersPage() {
    page.innerHTML = '<div class="ph"><h1>Teachers</h1></div><div class="cardset">' + S.teachers.map(function (t) {
      var cs = S.classes.filter(function (c) { return c.teacher === t.id; });
      return '<div class="tcard"><h3>' + esc(t.name) + '</h3><div class="soft">' + esc(t.styles.join(', ')) + ' · ' + t.phone + ' · DBS until ' + fdate(t.dbsExpiry) + '</div><ul>' + cs.map(function (c) { return '<li>' + esc(clsLabel(c)) + ' <span class="soft">(' + enrolled(c.id).length + '/' + c.capacity + ')</span></li>'; }).join('') + '</ul></div>';
    }).join('') + '</div>';
  }

  // ---------- settings ----------
  function settingsPage() {
    var t = S.settings;
    page.innerHTML = '<div class="ph"><h1>Studio settings</h1></div><form class="sets" id="setf"><h3>Term dates</h3><div class="duo"><div class="fi"><label for="t1">Term starts</label><input type="date" id="t1" name="termStart" value="' + t.termStart + '"></div><div class="fi"><label for="t2">Term ends</label><input type="date" id="t2" name="termEnd" value="' + t.termEnd + '"></div></div>' +
      '<div class="duo"><div class="fi"><label for="t3">Half term from</label><input type="date" id="t3" name="halfTermStart" value="' + t.halfTermStart + '"></div><div class="fi"><label for="t4">Half term to</label><input type="date" id="t4" name="halfTermEnd" value="' + t.halfTermEnd + '"></div></div>' +
      '<div class="fi" style="max-width:300px"><label for="t5">Showcase date</label><input type="date" id="t5" name="showcaseDate" value="' + t.showcaseDate + '"></div>' +
      '<h3>Fees</h3><div class="duo"><div class="fi"><label for="t6">Fee per class per term (£)</label><input type="number" id="t6" name="feePerClass" value="' + t.feePerClass + '"></div><div class="fi"><label for="t7">Sibling discount (%)</label><input type="number" id="t7" name="siblingDiscount" value="' + t.siblingDiscount + '"></div></div>' +
      '<div class="fi" style="max-width:300px"><label for="t8">Chase unpaid fees after</label><select id="t8" name="lateFeeReminderDays">' + [7, 14, 21, 28].map(function (d) { return '<option value="' + d + '"' + (d === t.lateFeeReminderDays ? ' selected' : '') + '>' + d + ' days</option>'; }).join('') + '</select></div>' +
      '<label class="chk"><input type="checkbox" name="trialClassFree"' + (t.trialClassFree ? ' checked' : '') + '> First trial class is free</label>' +
      '<div style="margin-top:14px"><button type="submit" class="btn plum">Save settings</button></div></form>';
    document.getElementById('setf').onsubmit = function (e) {
      e.preventDefault(); var f = e.target;
      ['termStart', 'termEnd', 'halfTermStart', 'halfTermEnd', 'showcaseDate'].forEach(function (k) { t[k] = f[k].value; });
      t.feePerClass = +f.feePerClass.value; t.siblingDiscount = +f.siblingDiscount.value; t.lateFeeReminderDays = +f.lateFeeReminderDays.value; t.trialClassFree = f.trialClassFree.checked;
      toast('Settings saved');
    };
  }

  render();
})();
