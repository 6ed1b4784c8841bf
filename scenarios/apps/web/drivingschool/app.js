(function () {
  'use strict';
  var TODAY = '2025-04-08';

  function seed() {
    var instructors = [
      { id: 'IN-01', name: 'Sandra Kelly', transmission: 'Manual', car: 'Ford Fiesta', reg: 'LD22 KFE', phone: '07700 910101', area: 'North', active: true },
      { id: 'IN-02', name: 'Mike Osei', transmission: 'Manual', car: 'VW Polo', reg: 'LB71 OSE', phone: '07700 910102', area: 'East', active: true },
      { id: 'IN-03', name: 'Rachel Dunn', transmission: 'Manual', car: 'Vauxhall Corsa', reg: 'LC23 RDN', phone: '07700 910103', area: 'Central', active: true },
      { id: 'IN-04', name: 'Gary Thornton', transmission: 'Automatic', car: 'Toyota Yaris Hybrid', reg: 'LE72 GTA', phone: '07700 910104', area: 'West', active: true },
      { id: 'IN-05', name: 'Nadia Haddad', transmission: 'Manual', car: 'Seat Ibiza', reg: 'LF21 NHD', phone: '07700 910105', area: 'South', active: true }
    ];
    var P = [
      ['PU-5101', 'Aisha Rahman', 'IN-01', 'Manual', false, '', 14, 'Active', '2006-02-11'],
      ['PU-5102', 'Ben Carter', 'IN-02', 'Manual', true, '2025-01-20', 22, 'Active', '2005-09-30'],
      ['PU-5103', 'Chloe Adams', 'IN-03', 'Manual', true, '2024-12-03', 30, 'Active', '2007-01-14'],
      ['PU-5104', 'Daniel Price', 'IN-01', 'Manual', true, '2024-10-18', 41, 'Active', '2004-06-02'],
      ['PU-5105', 'Ella Morris', 'IN-04', 'Automatic', false, '', 8, 'Active', '2006-11-21'],
      ['PU-5106', 'Farhan Ali', 'IN-02', 'Manual', true, '2024-11-07', 36, 'Active', '2003-04-17'],
      ['PU-5107', 'Grace Liu', 'IN-05', 'Manual', false, '', 5, 'Active', '2007-03-03'],
      ['PU-5108', 'Harry Jenkins', 'IN-03', 'Manual', true, '2024-09-12', 19, 'Paused', '2005-12-25'],
      ['PU-5109', 'Isla Brennan', 'IN-04', 'Automatic', true, '2025-02-26', 27, 'Active', '2006-07-09'],
      ['PU-5110', 'Jack Turner', 'IN-01', 'Manual', true, '2025-01-08', 24, 'Active', '2006-05-19'],
      ['PU-5111', 'Katie O\'Neill', 'IN-05', 'Manual', false, '', 11, 'Active', '2007-02-01'],
      ['PU-5112', 'Liam Walsh', 'IN-02', 'Manual', true, '2024-08-22', 38, 'Passed', '2005-01-28'],
      ['PU-5113', 'Megan Rhodes', 'IN-03', 'Manual', false, '', 16, 'Active', '2006-08-15'],
      ['PU-5114', 'Noah Patel', 'IN-04', 'Automatic', true, '2025-03-05', 20, 'Active', '2004-10-30'],
      ['PU-5115', 'Olivia Grant', 'IN-05', 'Manual', true, '2024-12-17', 33, 'Active', '2006-04-06'],
      ['PU-5116', 'Ruby Sandhu', 'IN-01', 'Manual', false, '', 3, 'Active', '2007-03-29']
    ];
    var pickups = { 'PU-5103': 'College', 'PU-5106': 'Work', 'PU-5107': 'Work', 'PU-5113': 'College', 'PU-5114': 'Station' };
    var pupils = P.map(function (p, i) {
      return { id: p[0], name: p[1], instructor: p[2], transmission: p[3], theoryPassed: p[4], theoryDate: p[5], hours: p[6], status: p[7], dob: p[8],
        phone: '07700 92' + String(1100 + i * 37).padStart(4, '0'), pickup: pickups[p[0]] || 'Home', credit: [0, 2, 5, 0, 10, 1.5, 0, 0, 3, 4, 0, 0, 2, 6, 1, 10][i], notes: '' };
    });
    var L = [
      ['LS-8801', 'PU-5101', 'IN-01', '2025-04-07', '09:00', 60, 'Home', 'Completed'],
      ['LS-8802', 'PU-5104', 'IN-01', '2025-04-07', '11:00', 120, 'Home', 'Completed'],
      ['LS-8803', 'PU-5106', 'IN-02', '2025-04-07', '14:00', 90, 'Work', 'Completed'],
      ['LS-8804', 'PU-5103', 'IN-03', '2025-04-08', '10:00', 120, 'College', 'Booked'],
      ['LS-8805', 'PU-5109', 'IN-04', '2025-04-08', '13:00', 60, 'Home', 'Booked'],
      ['LS-8806', 'PU-5106', 'IN-02', '2025-04-08', '16:00', 90, 'Work', 'Booked'],
      ['LS-8807', 'PU-5110', 'IN-01', '2025-04-09', '08:00', 60, 'Home', 'Booked'],
      ['LS-8808', 'PU-5113', 'IN-03', '2025-04-09', '15:30', 90, 'College', 'Booked'],
      ['LS-8809', 'PU-5107', 'IN-05', '2025-04-09', '17:00', 60, 'Work', 'Booked'],
      ['LS-8810', 'PU-5101', 'IN-01', '2025-04-10', '09:00', 90, 'Home', 'Booked'],
      ['LS-8811', 'PU-5114', 'IN-04', '2025-04-10', '11:00', 120, 'Station', 'Booked'],
      ['LS-8812', 'PU-5111', 'IN-05', '2025-04-10', '18:00', 60, 'Home', 'Booked'],
      ['LS-8813', 'PU-5103', 'IN-03', '2025-04-11', '10:00', 60, 'College', 'Booked'],
      ['LS-8814', 'PU-5115', 'IN-05', '2025-04-11', '16:00', 90, 'Home', 'Booked'],
      ['LS-8815', 'PU-5106', 'IN-02', '2025-04-12', '09:00', 120, 'Home', 'Booked'],
      ['LS-8816', 'PU-5116', 'IN-01', '2025-04-12', '11:30', 60, 'Home', 'Booked'],
      ['LS-8817', 'PU-5105', 'IN-04', '2025-04-04', '10:00', 60, 'Home', 'Cancelled'],
      ['LS-8818', 'PU-5113', 'IN-03', '2025-04-03', '15:30', 90, 'College', 'No-show']
    ];
    var lessons = L.map(function (l) {
      return { id: l[0], pupil: l[1], instructor: l[2], date: l[3], start: l[4], duration: l[5], pickup: l[6], status: l[7], cancelReason: l[0] === 'LS-8817' ? 'Pupil ill' : '', notes: '' };
    });
    var T = [
      ['DT-301', 'PU-5104', '2025-04-08', '08:40', 'Hillcrest', 'Booked', null, null],
      ['DT-302', 'PU-5103', '2025-04-29', '11:07', 'Hillcrest', 'Booked', null, null],
      ['DT-303', 'PU-5112', '2025-03-20', '09:14', 'Barnfield', 'Passed', 4, 0],
      ['DT-304', 'PU-5106', '2025-03-27', '14:21', 'Morden Park', 'Failed', 6, 1],
      ['DT-305', 'PU-5110', '2025-05-14', '10:33', 'Barnfield', 'Booked', null, null],
      ['DT-306', 'PU-5115', '2025-05-02', '12:55', 'Hillcrest', 'Booked', null, null],
      ['DT-307', 'PU-5109', '2025-04-15', '08:10', 'Morden Park', 'Booked', null, null]
    ];
    var tests = T.map(function (t) { return { id: t[0], pupil: t[1], date: t[2], time: t[3], centre: t[4], status: t[5], minors: t[6], serious: t[7], schoolCar: true }; });
    return {
      school: 'Clearway Driving School', today: TODAY, instructors: instructors, pupils: pupils, lessons: lessons, tests: tests,
      settings: { manualPrice: 38, autoPrice: 41, blockOfTen: 350, cancelNoticeHours: 48, lateCancelCharge: 'Full price', smsReminders: true, reminderHours: 24, testCarFee: 95 }
    };
  }

  window.state = seed();
  var S = window.state;
  var ui = { view: 'diary', pupil: null, ptab: 'overview', dfilter: '', dscope: 'upcoming', pq: '', pstatus: 'Active' };

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var DN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var MN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function D(d) { var p = d.split('-'); return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])); }
  function longDate(d) { var x = D(d); return DN[x.getUTCDay()] + ' ' + x.getUTCDate() + ' ' + MN[x.getUTCMonth()]; }
  function shortDate(d) { if (!d) return '—'; var x = D(d); return String(x.getUTCDate()).padStart(2, '0') + '/' + String(x.getUTCMonth() + 1).padStart(2, '0') + '/' + x.getUTCFullYear(); }
  function endTime(st, mins) { var p = st.split(':'), t = +p[0] * 60 + +p[1] + mins; return String(Math.floor(t / 60)).padStart(2, '0') + ':' + String(t % 60).padStart(2, '0'); }
  function pupil(id) { return S.pupils.find(function (p) { return p.id === id; }); }
  function inst(id) { return S.instructors.find(function (p) { return p.id === id; }); }
  function tag(s) { return '<span class="tag t-' + s.replace(' ', '-') + '">' + esc(s) + '</span>'; }
  function toast(m) { var t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toast-area').appendChild(t); setTimeout(function () { t.remove(); }, 3200); }
  function nextId(list, prefix) { return prefix + (Math.max.apply(null, list.map(function (x) { return +x.id.split('-')[1]; })) + 1); }
  var main = document.getElementById('main');
  document.getElementById('today').textContent = longDate(TODAY) + ' 2025';

  // menu
  var menu = document.getElementById('menu'), mItems = [];
  function openMenu(btn, items) {
    mItems = items;
    menu.innerHTML = items.map(function (it, i) { return it === '-' ? '<hr>' : '<button type="button" data-i="' + i + '">' + esc(it.label) + '</button>'; }).join('');
    menu.hidden = false;
    var r = btn.getBoundingClientRect();
    menu.style.left = Math.max(6, r.right - menu.offsetWidth) + 'px';
    menu.style.top = (r.bottom + menu.offsetHeight + 6 > window.innerHeight ? r.top - menu.offsetHeight - 2 : r.bottom + 2) + 'px';
  }
  menu.onclick = function (e) { var b = e.target.closest('[data-i]'); if (!b) return; var it = mItems[+b.dataset.i]; menu.hidden = true; it.run(); };
  document.addEventListener('mousedown', function (e) { if (!menu.hidden && !e.target.closest('#menu') && !e.target.closest('.more')) menu.hidden = true; });

  // dialog
  var root = document.getElementById('modal-root');
  function dialog(title, html, ok, onOk, o) {
    o = o || {};
    root.innerHTML = '<div class="overlay"><div class="dlg" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><header>' + esc(title) + '</header><form id="df"><div class="in">' + html +
      '<div class="warn" id="dwarn"></div></div><footer><button type="button" class="b" id="dclose">' + esc(o.cancel || 'Cancel') + '</button><button type="submit" class="b ' + (o.red ? 'red' : 'go') + '">' + esc(ok) + '</button></footer></form></div></div>';
    var f = document.getElementById('df');
    document.getElementById('dclose').onclick = function () { root.innerHTML = ''; };
    f.onsubmit = function (e) { e.preventDefault(); var w = onOk(f); if (w) { document.getElementById('dwarn').textContent = w; return; } root.innerHTML = ''; render(); };
    if (o.init) o.init(f);
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { root.innerHTML = ''; menu.hidden = true; } });

  document.getElementById('nav').onclick = function (e) {
    var b = e.target.closest('[data-view]'); if (!b) return;
    ui.view = b.dataset.view; ui.pupil = null; render();
  };
  function render() {
    menu.hidden = true;
    document.querySelectorAll('#nav button').forEach(function (b) { b.classList.toggle('on', b.dataset.view === ui.view); });
    if (ui.view === 'diary') diary();
    else if (ui.view === 'pupils') { if (ui.pupil) pupilPage(); else pupilsList(); }
    else if (ui.view === 'tests') testsView();
    else if (ui.view === 'instructors') instructorsView();
    else settingsView();
  }
  function instOpts(sel, blank) { return (blank ? '<option value="">' + blank + '</option>' : '') + S.instructors.map(function (i) { return '<option value="' + i.id + '"' + (i.id === sel ? ' selected' : '') + '>' + esc(i.name) + ' (' + i.transmission + ')</option>'; }).join(''); }
  var PICKUPS = ['Home', 'College', 'School', 'Work', 'Station'];

  // ---------- diary ----------
  function diary() {
    var list = S.lessons.filter(function (l) {
      if (ui.dfilter && l.instructor !== ui.dfilter) return false;
      if (ui.dscope === 'upcoming') return l.date >= TODAY;
      if (ui.dscope === 'past') return l.date < TODAY;
      return true;
    }).sort(function (a, b) { return (a.date + a.start).localeCompare(b.date + b.start); });
    var rows = '', last = '';
    list.forEach(function (l) {
      if (l.date !== last) { rows += '<tr class="day"><td colspan="8">' + longDate(l.date) + (l.date === TODAY ? ' — today' : '') + '</td></tr>'; last = l.date; }
      var p = pupil(l.pupil);
      rows += '<tr data-lesson="' + l.id + '"><td>' + l.start + '–' + endTime(l.start, l.duration) + '</td><td class="muted">' + l.id + '</td><td><a class="link" data-open="' + p.id + '">' + esc(p.name) + '</a></td><td>' + esc(inst(l.instructor).name) + '</td><td>' + l.duration + ' min</td><td>' + esc(l.pickup) + '</td><td>' + tag(l.status) + '</td><td><button type="button" class="more" data-more="' + l.id + '" aria-label="Lesson actions">⋯</button></td></tr>';
    });
    main.innerHTML = '<div class="bar"><h1>Lesson diary</h1><div class="grow"></div><div class="filters"><select id="dscope" aria-label="Show"><option value="upcoming">Upcoming</option><option value="past">Past</option><option value="all">All</option></select>' +
      '<select id="dfilter" aria-label="Instructor">' + instOpts(ui.dfilter, 'All instructors') + '</select></div><button class="b go" id="book">Book lesson</button></div>' +
      '<div class="panel"><table><thead><tr><th>Time</th><th>Ref</th><th>Pupil</th><th>Instructor</th><th>Length</th><th>Pick-up</th><th>Status</th><th></th></tr></thead><tbody>' + (rows || '<tr><td colspan="8" class="muted">No lessons</td></tr>') + '</tbody></table></div>';
    var sc = document.getElementById('dscope'); sc.value = ui.dscope; sc.onchange = function () { ui.dscope = sc.value; render(); };
    document.getElementById('dfilter').onchange = function (e) { ui.dfilter = e.target.value; render(); };
    document.getElementById('book').onclick = function () { bookLesson(); };
    bindOpen();
    main.querySelectorAll('[data-more]').forEach(function (b) { b.onclick = function () { openMenu(b, lessonActions(S.lessons.find(function (l) { return l.id === b.dataset.more; }))); }; });
  }
  function bindOpen() { main.querySelectorAll('[data-open]').forEach(function (a) { a.onclick = function () { ui.view = 'pupils'; ui.pupil = a.dataset.open; ui.ptab = 'overview'; render(); }; }); }
  function lessonActions(l) {
    var it = [{ label: 'Open pupil record', run: function () { ui.view = 'pupils'; ui.pupil = l.pupil; render(); } }];
    if (l.status === 'Booked') {
      it.push({ label: 'Mark as completed', run: function () { l.status = 'Completed'; pupil(l.pupil).hours += l.duration / 60; toast(l.id + ' completed'); render(); } });
      it.push({ label: 'Move lesson…', run: function () { moveLesson(l); } });
      it.push('-');
      it.push({ label: 'Cancel lesson…', run: function () { cancelLesson(l); } });
    }
    return it;
  }
  function moveLesson(l) {
    dialog('Move lesson ' + l.id, '<div class="two"><div class="fr"><label for="m-date">Date</label><input type="date" id="m-date" name="date" value="' + l.date + '"></div><div class="fr"><label for="m-start">Start time</label><input type="time" id="m-start" name="start" value="' + l.start + '"></div></div>',
      'Move', function (f) { if (!f.date.value || !f.start.value) return 'Enter a date and time.'; l.date = f.date.value; l.start = f.start.value; toast('Lesson moved'); });
  }
  function cancelLesson(l) {
    dialog('Cancel lesson ' + l.id, '<p>' + esc(pupil(l.pupil).name) + ' — ' + longDate(l.date) + ' at ' + l.start + '</p><div class="fr"><label for="c-why">Reason</label><select id="c-why" name="why"><option value="">Select…</option><option>Pupil ill</option><option>Pupil request</option><option>Instructor unavailable</option><option>Car off road</option><option>Weather</option></select></div>',
      'Cancel lesson', function (f) { if (!f.why.value) return 'Choose a reason.'; l.status = 'Cancelled'; l.cancelReason = f.why.value; toast('Lesson cancelled'); }, { red: true, cancel: 'Keep' });
  }
  function bookLesson(pre) {
    var popts = '<option value="">Select pupil…</option>' + S.pupils.filter(function (p) { return p.status === 'Active'; }).map(function (p) { return '<option value="' + p.id + '"' + (pre === p.id ? ' selected' : '') + '>' + esc(p.name) + '</option>'; }).join('');
    dialog('Book a lesson',
      '<div class="fr"><label for="b-pupil">Pupil</label><select id="b-pupil" name="pupil">' + popts + '</select></div>' +
      '<div class="fr"><label for="b-inst">Instructor</label><select id="b-inst" name="instructor">' + instOpts('', 'Select instructor…') + '</select></div>' +
      '<div class="two"><div class="fr"><label for="b-date">Date</label><input type="date" id="b-date" name="date"></div><div class="fr"><label for="b-start">Start time</label><input type="time" id="b-start" name="start" step="900"></div></div>' +
      '<div class="fr"><span class="cap">Length</span><div class="opts">' + [60, 90, 120].map(function (m) { return '<label><input type="radio" name="duration" value="' + m + '"' + (m === 60 ? ' checked' : '') + '> ' + (m === 60 ? '1 hour' : m === 90 ? '1½ hours' : '2 hours') + '</label>'; }).join('') + '</div></div>' +
      '<div class="fr"><label for="b-pick">Pick-up point</label><select id="b-pick" name="pickup">' + PICKUPS.map(function (x) { return '<option>' + x + '</option>'; }).join('') + '</select></div>' +
      '<div class="fr"><label for="b-notes">Notes for instructor</label><textarea id="b-notes" name="notes" rows="2"></textarea></div>',
      'Book lesson', function (f) {
        if (!f.pupil.value) return 'Choose a pupil.';
        if (!f.instructor.value) return 'Choose an instructor.';
        if (!f.date.value || !f.start.value) return 'Enter the date and start time.';
        if (f.date.value < TODAY) return 'That date has already passed.';
        var dur = +f.querySelector('[name=duration]:checked').value;
        var clash = S.lessons.find(function (l) { return l.status === 'Booked' && l.instructor === f.instructor.value && l.date === f.date.value && l.start < endTime(f.start.value, dur) && f.start.value < endTime(l.start, l.duration); });
        if (clash) return inst(clash.instructor).name + ' is already teaching then (' + clash.id + ').';
        var l = { id: nextId(S.lessons, 'LS-'), pupil: f.pupil.value, instructor: f.instructor.value, date: f.date.value, start: f.start.value, duration: dur, pickup: f.pickup.value, status: 'Booked', cancelReason: '', notes: f.notes.value.trim() };
        S.lessons.push(l); toast('Lesson ' + l.id + ' booked');
      }, {
        init: function (f) {
          function fill() { var p = pupil(f.pupil.value); if (p) { f.instructor.value = p.instructor; f.pickup.value = p.pickup; } }
          f.pupil.onchange = fill; fill();
        }
      });
  }

  // ---------- pupils ----------
  function pupilsList() {
    var q = ui.pq.toLowerCase();
    var list = S.pupils.filter(function (p) { return (!ui.pstatus || p.status === ui.pstatus) && (!q || (p.name + ' ' + p.id).toLowerCase().indexOf(q) >= 0); });
    main.innerHTML = '<div class="bar"><h1>Pupils</h1><div class="grow"></div><div class="filters"><input id="pq" type="search" placeholder="Search pupils" value="' + esc(ui.pq) + '"><select id="pst" aria-label="Status"><option value="">All statuses</option><option>Active</option><option>Paused</option><option>Passed</option></select></div><button class="b go" id="addp">Add pupil</button></div>' +
      '<div class="panel"><table><thead><tr><th>ID</th><th>Name</th><th>Instructor</th><th>Gearbox</th><th>Theory</th><th>Hours</th><th>Credit</th><th>Next test</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (p) {
        var t = S.tests.filter(function (t) { return t.pupil === p.id && t.status === 'Booked'; })[0];
        return '<tr><td class="muted">' + p.id + '</td><td><a class="link" data-open="' + p.id + '">' + esc(p.name) + '</a></td><td>' + esc(inst(p.instructor).name) + '</td><td>' + p.transmission + '</td><td>' + (p.theoryPassed ? 'Passed' : '<span class="muted">Not yet</span>') + '</td><td>' + p.hours + '</td><td>' + p.credit + ' h</td><td>' + (t ? shortDate(t.date) : '—') + '</td><td>' + tag(p.status) + '</td>' +
          '<td><button type="button" class="more" data-pm="' + p.id + '" aria-label="Pupil actions">⋯</button></td></tr>';
      }).join('') + '</tbody></table></div>';
    var pst = document.getElementById('pst'); pst.value = ui.pstatus; pst.onchange = function () { ui.pstatus = pst.value; render(); };
    var pq = document.getElementById('pq'); pq.oninput = function () { ui.pq = pq.value; render(); var n = document.getElementById('pq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('addp').onclick = function () { editPupil(null); };
    bindOpen();
    main.querySelectorAll('[data-pm]').forEach(function (b) {
      b.onclick = function () {
        var p = pupil(b.dataset.pm);
        openMenu(b, [{ label: 'Open record', run: function () { ui.pupil = p.id; render(); } }, { label: 'Edit details…', run: function () { editPupil(p); } }, { label: 'Book lesson…', run: function () { bookLesson(p.id); } },
          '-', { label: p.status === 'Paused' ? 'Resume lessons' : 'Pause lessons', run: function () { p.status = p.status === 'Paused' ? 'Active' : 'Paused'; toast(p.name + ' ' + (p.status === 'Paused' ? 'paused' : 'resumed')); render(); } }]);
      };
    });
  }
  function pupilPage() {
    var p = pupil(ui.pupil), i = inst(p.instructor);
    var ls = S.lessons.filter(function (l) { return l.pupil === p.id; }).sort(function (a, b) { return (b.date + b.start).localeCompare(a.date + a.start); });
    var ts = S.tests.filter(function (t) { return t.pupil === p.id; });
    var body;
    if (ui.ptab === 'overview') {
      body = '<div class="grid3" style="margin-bottom:10px"><div class="panel stat"><b>' + p.hours + '</b><span>hours driven</span></div><div class="panel stat"><b>' + p.credit + ' h</b><span>prepaid credit</span></div><div class="panel stat"><b>' + ls.filter(function (l) { return l.status === 'Booked'; }).length + '</b><span>lessons booked</span></div></div>' +
        '<div class="panel"><dl class="facts"><dt>Instructor</dt><dd>' + esc(i.name) + ' — ' + esc(i.car) + '</dd><dt>Gearbox</dt><dd>' + p.transmission + '</dd><dt>Theory test</dt><dd>' + (p.theoryPassed ? 'Passed ' + shortDate(p.theoryDate) : 'Not passed yet') + '</dd>' +
        '<dt>Usual pick-up</dt><dd>' + esc(p.pickup) + '</dd><dt>Date of birth</dt><dd>' + shortDate(p.dob) + '</dd><dt>Phone</dt><dd>' + esc(p.phone) + '</dd><dt>Notes</dt><dd>' + (esc(p.notes) || '—') + '</dd></dl></div>';
    } else if (ui.ptab === 'lessons') {
      body = '<div class="panel"><table><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Length</th><th>Instructor</th><th>Pick-up</th><th>Status</th></tr></thead><tbody>' +
        ls.map(function (l) { return '<tr><td class="muted">' + l.id + '</td><td>' + shortDate(l.date) + '</td><td>' + l.start + '</td><td>' + l.duration + ' min</td><td>' + esc(inst(l.instructor).name) + '</td><td>' + esc(l.pickup) + '</td><td>' + tag(l.status) + '</td></tr>'; }).join('') + '</tbody></table></div>';
    } else {
      body = '<div class="panel"><table><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Centre</th><th>Result</th><th>Faults</th></tr></thead><tbody>' +
        (ts.map(function (t) { return '<tr><td class="muted">' + t.id + '</td><td>' + shortDate(t.date) + '</td><td>' + t.time + '</td><td>' + esc(t.centre) + '</td><td>' + tag(t.status) + '</td><td>' + (t.minors == null ? '—' : t.minors + ' minor, ' + t.serious + ' serious') + '</td></tr>'; }).join('') || '<tr><td colspan="6" class="muted">No tests booked</td></tr>') + '</tbody></table></div>';
    }
    main.innerHTML = '<div class="bar"><button class="b small" id="back">← All pupils</button></div><div class="pg-head"><div class="avatar">' + p.name.split(' ').map(function (w) { return w[0]; }).join('') + '</div><div><h1>' + esc(p.name) + '</h1><div class="muted">' + p.id + ' · ' + tag(p.status) + '</div></div><div class="grow" style="flex:1"></div>' +
      '<button class="b" id="pedit">Edit details</button><button class="b go" id="pbook">Book lesson</button></div>' +
      '<div class="subtabs"><button data-pt="overview" class="' + (ui.ptab === 'overview' ? 'on' : '') + '">Overview</button><button data-pt="lessons" class="' + (ui.ptab === 'lessons' ? 'on' : '') + '">Lessons (' + ls.length + ')</button><button data-pt="tests" class="' + (ui.ptab === 'tests' ? 'on' : '') + '">Tests (' + ts.length + ')</button></div>' + body;
    document.getElementById('back').onclick = function () { ui.pupil = null; render(); };
    document.getElementById('pedit').onclick = function () { editPupil(p); };
    document.getElementById('pbook').onclick = function () { bookLesson(p.id); };
    main.querySelectorAll('[data-pt]').forEach(function (b) { b.onclick = function () { ui.ptab = b.dataset.pt; render(); }; });
  }
  function editPupil(p) {
    var x = p || { name: '', phone: '', dob: '', instructor: '', transmission: 'Manual', theoryPassed: false, theoryDate: '', pickup: 'Home', notes: '' };
    dialog(p ? 'Edit pupil — ' + p.name : 'Add pupil',
      '<div class="two"><div class="fr"><label for="e-name">Full name</label><input type="text" id="e-name" name="name" value="' + esc(x.name) + '"></div><div class="fr"><label for="e-phone">Mobile</label><input type="tel" id="e-phone" name="phone" value="' + esc(x.phone) + '"></div></div>' +
      '<div class="two"><div class="fr"><label for="e-dob">Date of birth</label><input type="date" id="e-dob" name="dob" value="' + x.dob + '"></div><div class="fr"><label for="e-pick">Usual pick-up</label><select id="e-pick" name="pickup">' + PICKUPS.map(function (k) { return '<option' + (k === x.pickup ? ' selected' : '') + '>' + k + '</option>'; }).join('') + '</select></div></div>' +
      '<div class="fr"><span class="cap">Learning in</span><div class="opts">' + ['Manual', 'Automatic'].map(function (t) { return '<label><input type="radio" name="transmission" value="' + t + '"' + (x.transmission === t ? ' checked' : '') + '> ' + t + '</label>'; }).join('') + '</div></div>' +
      '<div class="fr"><label for="e-inst">Instructor</label><select id="e-inst" name="instructor">' + instOpts(x.instructor, 'Select instructor…') + '</select></div>' +
      '<div class="fr"><div class="opts"><label><input type="checkbox" name="theory" id="e-theory"' + (x.theoryPassed ? ' checked' : '') + '> Theory test passed</label></div></div>' +
      '<div class="fr" id="tdrow"' + (x.theoryPassed ? '' : ' hidden') + '><label for="e-tdate">Theory pass date</label><input type="date" id="e-tdate" name="tdate" value="' + x.theoryDate + '"></div>' +
      '<div class="fr"><label for="e-notes">Notes</label><textarea id="e-notes" name="notes" rows="2">' + esc(x.notes) + '</textarea></div>',
      p ? 'Save changes' : 'Add pupil', function (f) {
        if (!f.name.value.trim()) return 'Enter the pupil\'s name.';
        if (!f.instructor.value) return 'Choose an instructor.';
        var tr = f.querySelector('[name=transmission]:checked').value, ins = inst(f.instructor.value);
        if (tr === 'Automatic' && ins.transmission !== 'Automatic') return ins.name + ' teaches in a manual car — choose an automatic instructor.';
        if (f.theory.checked && !f.tdate.value) return 'Enter the theory pass date.';
        if (!p) { p = { id: nextId(S.pupils, 'PU-'), name: '', instructor: '', transmission: 'Manual', theoryPassed: false, theoryDate: '', hours: 0, status: 'Active', dob: '', phone: '', pickup: 'Home', credit: 0, notes: '' }; S.pupils.push(p); }
        p.name = f.name.value.trim(); p.phone = f.phone.value.trim(); p.dob = f.dob.value; p.pickup = f.pickup.value; p.transmission = tr; p.instructor = f.instructor.value;
        p.theoryPassed = f.theory.checked; p.theoryDate = f.theory.checked ? f.tdate.value : ''; p.notes = f.notes.value.trim();
        toast('Pupil saved');
      }, {
        init: function (f) {
          f.theory.onchange = function () { document.getElementById('tdrow').hidden = !f.theory.checked; if (f.theory.checked && !f.tdate.value) f.tdate.value = TODAY; };
        }
      });
  }

  // ---------- tests ----------
  function testsView() {
    var list = S.tests.slice().sort(function (a, b) { return (a.date + a.time).localeCompare(b.date + b.time); });
    main.innerHTML = '<div class="bar"><h1>Driving tests</h1><div class="grow"></div><button class="b go" id="addt">Add test booking</button></div><div class="panel"><table><thead><tr><th>Ref</th><th>Date</th><th>Time</th><th>Pupil</th><th>Instructor</th><th>Centre</th><th>School car</th><th>Result</th><th>Faults</th><th></th></tr></thead><tbody>' +
      list.map(function (t) {
        var p = pupil(t.pupil);
        return '<tr><td class="muted">' + t.id + '</td><td>' + shortDate(t.date) + (t.date === TODAY ? ' <b>(today)</b>' : '') + '</td><td>' + t.time + '</td><td><a class="link" data-open="' + p.id + '">' + esc(p.name) + '</a></td><td>' + esc(inst(p.instructor).name) + '</td><td>' + esc(t.centre) + '</td><td>' + (t.schoolCar ? 'Yes' : 'No') + '</td><td>' + tag(t.status) + '</td><td>' + (t.minors == null ? '—' : t.minors + ' / ' + t.serious) + '</td>' +
          '<td><button type="button" class="more" data-tm="' + t.id + '" aria-label="Test actions">⋯</button></td></tr>';
      }).join('') + '</tbody></table></div><p class="muted">Faults shown as minor / serious.</p>';
    bindOpen();
    document.getElementById('addt').onclick = function () { addTest(); };
    main.querySelectorAll('[data-tm]').forEach(function (b) {
      b.onclick = function () {
        var t = S.tests.find(function (x) { return x.id === b.dataset.tm; });
        var items = [{ label: 'Open pupil record', run: function () { ui.view = 'pupils'; ui.pupil = t.pupil; ui.ptab = 'tests'; render(); } }];
        if (t.status === 'Booked') {
          items.push({ label: 'Record result…', run: function () { recordResult(t); } });
          items.push({ label: 'Change date…', run: function () { dialog('Change test date', '<div class="two"><div class="fr"><label for="t-d">Date</label><input type="date" id="t-d" name="d" value="' + t.date + '"></div><div class="fr"><label for="t-t">Time</label><input type="time" id="t-t" name="t" value="' + t.time + '"></div></div>', 'Save', function (f) { t.date = f.d.value; t.time = f.t.value; toast('Test updated'); }); } });
          items.push('-');
          items.push({ label: 'Cancel test', run: function () { dialog('Cancel test ' + t.id + '?', '<p>This removes the booking for ' + esc(pupil(t.pupil).name) + '.</p>', 'Cancel test', function () { t.status = 'Cancelled'; toast('Test cancelled'); }, { red: true, cancel: 'Keep' }); } });
        }
        openMenu(b, items);
      };
    });
  }
  function recordResult(t) {
    var p = pupil(t.pupil);
    dialog('Test result — ' + p.name,
      '<p class="muted">' + t.id + ' · ' + shortDate(t.date) + ' ' + t.time + ' at ' + esc(t.centre) + '</p>' +
      '<div class="fr"><span class="cap">Result</span><div class="opts"><label><input type="radio" name="res" value="Passed"> Pass</label><label><input type="radio" name="res" value="Failed"> Fail</label></div></div>' +
      '<div class="two"><div class="fr"><label for="r-min">Driving faults (minors)</label><input type="number" id="r-min" name="minors" min="0" value="0"></div><div class="fr"><label for="r-ser">Serious / dangerous faults</label><input type="number" id="r-ser" name="serious" min="0" value="0"></div></div>' +
      '<div class="fr" id="closerow" hidden><div class="opts"><label><input type="checkbox" name="close" checked> Mark pupil as passed (stops reminders and frees the slot)</label></div></div>',
      'Save result', function (f) {
        var r = f.querySelector('[name=res]:checked'); if (!r) return 'Choose pass or fail.';
        var mi = parseInt(f.minors.value, 10), se = parseInt(f.serious.value, 10);
        if (!(mi >= 0) || !(se >= 0)) return 'Enter the number of faults.';
        if (r.value === 'Passed' && (mi > 15 || se > 0)) return 'A pass allows at most 15 minors and no serious faults.';
        t.status = r.value; t.minors = mi; t.serious = se;
        if (r.value === 'Passed' && f.close.checked) p.status = 'Passed';
        toast(p.name + ': ' + (r.value === 'Passed' ? 'passed!' : 'result saved'));
      }, { init: function (f) { f.querySelectorAll('[name=res]').forEach(function (r) { r.onchange = function () { document.getElementById('closerow').hidden = r.value !== 'Passed'; }; }); } });
  }
  function addTest() {
    dialog('Add test booking', '<div class="fr"><label for="n-p">Pupil</label><select id="n-p" name="pupil"><option value="">Select pupil…</option>' + S.pupils.filter(function (p) { return p.status === 'Active'; }).map(function (p) { return '<option value="' + p.id + '">' + esc(p.name) + '</option>'; }).join('') + '</select></div>' +
      '<div class="two"><div class="fr"><label for="n-d">Date</label><input type="date" id="n-d" name="date"></div><div class="fr"><label for="n-t">Time</label><input type="time" id="n-t" name="time"></div></div>' +
      '<div class="fr"><label for="n-c">Test centre</label><select id="n-c" name="centre"><option>Hillcrest</option><option>Barnfield</option><option>Morden Park</option></select></div><div class="opts"><label><input type="checkbox" name="car" checked> Use school car</label></div>',
      'Add booking', function (f) {
        if (!f.pupil.value || !f.date.value || !f.time.value) return 'Pupil, date and time are needed.';
        S.tests.push({ id: nextId(S.tests, 'DT-'), pupil: f.pupil.value, date: f.date.value, time: f.time.value, centre: f.centre.value, status: 'Booked', minors: null, serious: null, schoolCar: f.car.checked });
        toast('Test booked');
      });
  }

  // ---------- instructors ----------
  function instructorsView() {
    main.innerHTML = '<div class="bar"><h1>Instructors</h1></div><div class="grid3">' + S.instructors.map(function (i) {
      var n = S.pupils.filter(function (p) { return p.instructor === i.id && p.status === 'Active'; }).length;
      var wk = S.lessons.filter(function (l) { return l.instructor === i.id && l.status === 'Booked'; }).reduce(function (t, l) { return t + l.duration; }, 0) / 60;
      return '<div class="panel inst"><h3>' + esc(i.name) + '</h3><div class="muted">' + i.id + ' · ' + esc(i.area) + ' area</div><dl class="facts" style="padding:8px 0 0"><dt>Car</dt><dd>' + esc(i.car) + ' (' + i.transmission + ')</dd><dt>Registration</dt><dd>' + esc(i.reg) + '</dd><dt>Phone</dt><dd>' + esc(i.phone) + '</dd><dt>Active pupils</dt><dd>' + n + '</dd><dt>Hours booked</dt><dd>' + wk + '</dd></dl></div>';
    }).join('') + '</div>';
  }

  // ---------- settings ----------
  function settingsView() {
    var t = S.settings;
    main.innerHTML = '<div class="bar"><h1>Settings</h1></div><form class="panel setform" id="sf"><h2>Prices</h2><div class="two"><div class="fr"><label for="s-m">Manual lesson (per hour, £)</label><input type="number" id="s-m" name="manualPrice" value="' + t.manualPrice + '"></div><div class="fr"><label for="s-a">Automatic lesson (per hour, £)</label><input type="number" id="s-a" name="autoPrice" value="' + t.autoPrice + '"></div></div>' +
      '<div class="two"><div class="fr"><label for="s-b">Block of 10 hours (£)</label><input type="number" id="s-b" name="blockOfTen" value="' + t.blockOfTen + '"></div><div class="fr"><label for="s-f">Use of car for test (£)</label><input type="number" id="s-f" name="testCarFee" value="' + t.testCarFee + '"></div></div>' +
      '<h2>Cancellations</h2><div class="two"><div class="fr"><label for="s-n">Notice needed</label><select id="s-n" name="cancelNoticeHours">' + [24, 48, 72].map(function (h) { return '<option value="' + h + '"' + (h === t.cancelNoticeHours ? ' selected' : '') + '>' + h + ' hours</option>'; }).join('') + '</select></div>' +
      '<div class="fr"><span class="cap">Late cancellation charge</span><div class="opts">' + ['Full price', 'Half price', 'No charge'].map(function (c) { return '<label><input type="radio" name="lateCancelCharge" value="' + c + '"' + (c === t.lateCancelCharge ? ' checked' : '') + '> ' + c + '</label>'; }).join('') + '</div></div></div>' +
      '<h2>Reminders</h2><div class="opts"><label><input type="checkbox" name="smsReminders"' + (t.smsReminders ? ' checked' : '') + '> Text pupils a reminder</label></div><div class="fr" style="max-width:240px;margin-top:8px"><label for="s-r">Send reminder</label><select id="s-r" name="reminderHours">' + [2, 12, 24, 48].map(function (h) { return '<option value="' + h + '"' + (h === t.reminderHours ? ' selected' : '') + '>' + h + ' hours before</option>'; }).join('') + '</select></div>' +
      '<button class="b go" type="submit">Save settings</button></form>';
    document.getElementById('sf').onsubmit = function (e) {
      e.preventDefault(); var f = e.target;
      t.manualPrice = +f.manualPrice.value; t.autoPrice = +f.autoPrice.value; t.blockOfTen = +f.blockOfTen.value; t.testCarFee = +f.testCarFee.value;
      t.cancelNoticeHours = +f.cancelNoticeHours.value; t.lateCancelCharge = f.querySelector('[name=lateCancelCharge]:checked').value;
      t.smsReminders = f.smsReminders.checked; t.reminderHours = +f.reminderHours.value; toast('Settings saved');
    };
  }

  render();
})();
