/* Lingua Centre academic office: students, classes, placement tests */
(function () {
  var LEVELS = { A1: 'Beginner', A2: 'Elementary', B1: 'Intermediate', B2: 'Upper-intermediate', C1: 'Advanced' };
  var TEACHERS = ['Carmen Ruiz', 'David Okoro', 'Elise Martin', 'Hannah Schultz', 'Priyanka Rao', 'Tomás Vidal'];
  var ROOMS = ['Room 1', 'Room 2', 'Room 3', 'Room 4', 'Online'];
  var REASONS = ['Relocation', 'Cost', 'Schedule clash', 'Health', 'Not satisfied', 'Other'];

  function S(id, name, email, level, cls, joined, status) {
    return { id: id, name: name, email: email, level: level, class: cls, status: status || 'Active', joined: joined, history: [], withdrawal: null };
  }

  window.state = {
    today: '2025-03-24',
    classes: [
      { code: 'A1-M', level: 'A1', days: 'Mon/Wed 09:30–11:30', teacher: 'Elise Martin', room: 'Room 2', capacity: 8 },
      { code: 'A1-E', level: 'A1', days: 'Tue/Thu 18:30–20:30', teacher: 'David Okoro', room: 'Room 1', capacity: 8 },
      { code: 'A2-S', level: 'A2', days: 'Sat 10:00–13:00', teacher: 'Hannah Schultz', room: 'Room 3', capacity: 6 },
      { code: 'A2-E', level: 'A2', days: 'Mon/Wed 18:30–20:30', teacher: 'Tomás Vidal', room: 'Room 2', capacity: 8 },
      { code: 'B1-M', level: 'B1', days: 'Tue/Thu 09:30–11:30', teacher: 'Carmen Ruiz', room: 'Room 4', capacity: 6 },
      { code: 'B1-E', level: 'B1', days: 'Tue/Thu 18:30–20:30', teacher: 'Priyanka Rao', room: 'Room 3', capacity: 8 },
      { code: 'B2-E', level: 'B2', days: 'Mon/Wed 18:30–20:30', teacher: 'Elise Martin', room: 'Room 4', capacity: 8 },
      { code: 'C1-F', level: 'C1', days: 'Fri 17:00–20:00', teacher: 'Carmen Ruiz', room: 'Room 1', capacity: 6 }
    ],
    students: [
      S('ST-1041', 'Maya Kowalski', 'maya.kowalski@mail.example', 'A2', 'A2-E', '2024-09-16'),
      S('ST-1042', 'Lucas Ferreira', 'lucas.f@mail.example', 'B1', 'B1-M', '2024-09-16'),
      S('ST-1043', 'Amira Haddad', 'amira.haddad@mail.example', 'A1', 'A1-E', '2025-01-13'),
      S('ST-1044', 'Jonas Becker', 'j.becker@mail.example', 'B2', 'B2-E', '2024-09-23'),
      S('ST-1045', 'Sofia Rossi', 'sofia.rossi@mail.example', 'A2', 'A2-S', '2024-10-05'),
      S('ST-1046', 'Kenji Watanabe', 'kenji.w@mail.example', 'A1', 'A1-M', '2025-01-13'),
      S('ST-1047', 'Olga Petrova', 'olga.petrova@mail.example', 'C1', 'C1-F', '2024-09-20'),
      S('ST-1048', 'Diego Herrera', 'diego.h@mail.example', 'B1', 'B1-E', '2024-09-17'),
      S('ST-1049', 'Fatima Zahra', 'fatima.zahra@mail.example', 'A2', 'A2-S', '2024-10-05'),
      S('ST-1050', "Liam O'Connor", 'liam.oconnor@mail.example', 'B1', 'B1-E', '2024-11-04'),
      S('ST-1051', 'Nguyen Thi Lan', 'lan.nguyen@mail.example', 'A1', 'A1-E', '2025-01-14'),
      S('ST-1052', 'Marta Novak', 'marta.novak@mail.example', 'B2', 'B2-E', '2024-09-23'),
      S('ST-1053', 'Ahmed Karimi', 'a.karimi@mail.example', 'A2', 'A2-E', '2024-10-07'),
      S('ST-1054', 'Chloé Dubois', 'chloe.dubois@mail.example', 'B1', 'B1-M', '2024-09-17'),
      S('ST-1055', 'Pavel Horák', 'pavel.horak@mail.example', 'A2', 'A2-S', '2025-02-01'),
      S('ST-1056', 'Hiroshi Tanaka', 'hiroshi.tanaka@mail.example', null, null, '2025-03-20', 'Awaiting placement'),
      S('ST-1057', 'Grace Adeyemi', 'grace.adeyemi@mail.example', null, null, '2025-03-21', 'Awaiting placement'),
      S('ST-1058', 'Maja Kowalczyk', 'maja.k@mail.example', 'A1', 'A1-M', '2025-01-13'),
      S('ST-1059', 'Inês Carvalho', 'ines.carvalho@mail.example', 'C1', 'C1-F', '2024-09-20'),
      S('ST-1060', 'Rafael Souza', 'rafael.souza@mail.example', 'A2', null, '2024-10-07', 'Withdrawn')
    ],
    tests: [
      { id: 'PT-301', student: 'ST-1043', date: '2025-01-08', written: 18, oral: 22, level: 'A1' },
      { id: 'PT-302', student: 'ST-1046', date: '2025-01-09', written: 25, oral: 20, level: 'A1' },
      { id: 'PT-303', student: 'ST-1051', date: '2025-01-09', written: 12, oral: 15, level: 'A1' },
      { id: 'PT-304', student: 'ST-1058', date: '2025-01-10', written: 28, oral: 24, level: 'A1' },
      { id: 'PT-305', student: 'ST-1055', date: '2025-01-29', written: 41, oral: 36, level: 'A2' }
    ],
    nextTest: 306
  };
  var st = window.state;
  st.students[19].withdrawal = { date: '2025-02-28', reason: 'Cost', note: '' };
  st.students[0].history = [];

  // ---- helpers ----
  function $(s) { return document.querySelector(s); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function enc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function longDate(d) { if (!d) return '—'; var p = d.split('-'); return +p[2] + ' ' + ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+p[1] - 1] + ' ' + p[0]; }
  function student(id) { return st.students.filter(function (x) { return x.id === id; })[0]; }
  function klass(code) { return st.classes.filter(function (c) { return c.code === code; })[0]; }
  function enrolled(code) { return st.students.filter(function (s) { return s.class === code && s.status === 'Active'; }).length; }
  function lvlTag(l) { return '<span class="lvl ' + (l || 'none') + '">' + (l || '—') + '</span>'; }
  function band(avg) { return avg < 30 ? 'A1' : avg < 45 ? 'A2' : avg < 65 ? 'B1' : avg < 80 ? 'B2' : 'C1'; }
  function toast(t) { var d = document.createElement('div'); d.textContent = t; $('#toaster').appendChild(d); setTimeout(function () { d.remove(); }, 3200); }

  function popup(title, inner, buttons, w) {
    var b = $('#box');
    b.style.width = (w || 540) + 'px';
    b.innerHTML = '<div class="bh"><span>' + enc(title) + '</span><button aria-label="Close">×</button></div><div class="bb">' + inner + '</div><div class="bf"></div>';
    b.querySelector('.bh button').onclick = shut;
    buttons.forEach(function (x) {
      var el = document.createElement('button'); el.className = 'btn ' + (x.cls || ''); el.textContent = x.label; el.onclick = x.go;
      if (x.id) el.id = x.id;
      b.querySelector('.bf').appendChild(el);
    });
    $('#shade').classList.remove('hidden');
  }
  function shut() { $('#shade').classList.add('hidden'); $('#box').innerHTML = ''; }

  function kmenu(anchor, items) {
    var m = $('#kmenu');
    m.innerHTML = items.map(function (it, i) { return '<a data-i="' + i + '" class="' + (it.danger ? 'danger' : '') + '">' + it.label + '</a>'; }).join('');
    each(m.querySelectorAll('a'), function (a) { a.onclick = function (e) { e.stopPropagation(); m.classList.add('hidden'); items[+a.getAttribute('data-i')].go(); }; });
    m.classList.remove('hidden');
    var r = anchor.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 2) + 'px';
    m.style.left = Math.max(8, r.right + window.scrollX - m.offsetWidth) + 'px';
  }
  document.addEventListener('click', function (e) { if (!e.target.closest('.kb')) $('#kmenu').classList.add('hidden'); });

  function classOptions(current, level) {
    var levels = Object.keys(LEVELS);
    return levels.filter(function (l) { return !level || l === level; }).map(function (l) {
      return '<optgroup label="' + l + ' ' + LEVELS[l] + '">' + st.classes.filter(function (c) { return c.level === l; }).map(function (c) {
        var n = enrolled(c.code), full = n >= c.capacity;
        return '<option value="' + c.code + '"' + (c.code === current ? ' disabled' : full ? ' disabled' : '') + '>' + c.code + ' · ' + c.days + ' · ' + c.teacher + ' (' + n + '/' + c.capacity + ')' + (c.code === current ? ' — current' : full ? ' — full' : '') + '</option>';
      }).join('') + '</optgroup>';
    }).join('');
  }

  // ---- students ----
  var sf = { q: '', level: '', status: 'current' };
  function drawStudents() {
    var list = st.students.filter(function (s) {
      if (sf.status === 'current' && s.status === 'Withdrawn') return false;
      if (sf.status === 'awaiting' && s.status !== 'Awaiting placement') return false;
      if (sf.status === 'withdrawn' && s.status !== 'Withdrawn') return false;
      if (sf.level && s.level !== sf.level) return false;
      if (sf.q && (s.name + ' ' + s.id + ' ' + s.email).toLowerCase().indexOf(sf.q) < 0) return false;
      return true;
    });
    $('#page').innerHTML = '<div class="row"><input type="search" id="sq" placeholder="Search students…" value="' + enc(sf.q) + '">' +
      '<select id="sl" aria-label="Level"><option value="">All levels</option>' + Object.keys(LEVELS).map(function (l) { return '<option value="' + l + '"' + (sf.level === l ? ' selected' : '') + '>' + l + ' ' + LEVELS[l] + '</option>'; }).join('') + '</select>' +
      '<select id="ss" aria-label="Show"><option value="current"' + (sf.status === 'current' ? ' selected' : '') + '>Current students</option><option value="awaiting"' + (sf.status === 'awaiting' ? ' selected' : '') + '>Awaiting placement</option><option value="withdrawn"' + (sf.status === 'withdrawn' ? ' selected' : '') + '>Withdrawn</option><option value="all"' + (sf.status === 'all' ? ' selected' : '') + '>Everyone</option></select>' +
      '<span class="fill"></span><span class="note">' + list.length + ' shown</span></div>' +
      '<table class="list"><thead><tr><th>ID</th><th>Name</th><th>Email</th><th>Level</th><th>Class</th><th>Status</th><th>Joined</th><th style="text-align:right">Actions</th></tr></thead><tbody>' +
      list.map(function (s) {
        var c = s.class ? klass(s.class) : null;
        var act = s.status === 'Active' ? '<button class="btn mini" data-move="' + s.id + '">Move…</button>' : s.status === 'Awaiting placement' ? '<button class="btn mini main" data-place="' + s.id + '">Place…</button>' : '';
        return '<tr class="' + (s.status === 'Withdrawn' ? 'tr-withdrawn' : '') + '"><td>' + s.id + '</td><td><b>' + enc(s.name) + '</b></td><td>' + enc(s.email) + '</td><td>' + lvlTag(s.level) + '</td>' +
          '<td>' + (c ? c.code + ' <span class="note">' + c.days + '</span>' : '—') + '</td><td class="st ' + s.status.split(' ')[0] + '">' + s.status + '</td><td>' + longDate(s.joined) + '</td>' +
          '<td style="text-align:right;white-space:nowrap">' + act + ' <button class="kb" data-k="' + s.id + '" aria-label="More for ' + enc(s.name) + '" title="More">⋮</button></td></tr>';
      }).join('') + '</tbody></table>';
    $('#sq').oninput = function () { sf.q = this.value.trim().toLowerCase(); drawStudents(); var q = $('#sq'); q.focus(); q.setSelectionRange(q.value.length, q.value.length); };
    $('#sl').onchange = function () { sf.level = this.value; drawStudents(); };
    $('#ss').onchange = function () { sf.status = this.value; drawStudents(); };
    each(document.querySelectorAll('[data-move]'), function (b) { b.onclick = function () { moveDialog(student(b.getAttribute('data-move'))); }; });
    each(document.querySelectorAll('[data-place]'), function (b) { b.onclick = function () { placementWizard(b.getAttribute('data-place')); }; });
    each(document.querySelectorAll('[data-k]'), function (b) {
      b.onclick = function (e) {
        e.stopPropagation();
        var s = student(b.getAttribute('data-k'));
        var items = [{ label: 'History', go: function () { historyDialog(s); } }, { label: 'Edit email', go: function () { emailDialog(s); } }];
        if (s.status === 'Active') items.push({ label: 'Withdraw…', danger: true, go: function () { withdrawDialog(s); } });
        kmenu(b, items);
      };
    });
  }

  function moveDialog(s) {
    var c = klass(s.class);
    popup('Move ' + s.name, '<p style="margin-top:0">Currently in <b>' + c.code + '</b> (' + c.level + ' ' + LEVELS[c.level] + ', ' + c.days + ')</p>' +
      '<div class="fr"><label for="mvTo">New class</label><select id="mvTo"><option value="">— choose a class —</option>' + classOptions(s.class) + '</select></div>' +
      '<div class="fr"><label for="mvDate">Starts in new class from</label><input type="date" id="mvDate" value="' + st.today + '"></div>' +
      '<div class="fr"><span class="t">Reason</span><div class="opts">' + ['Level change', 'Timetable', 'Other'].map(function (r, i) { return '<label><input type="radio" name="mvR" value="' + r + '"' + (i === 0 ? ' checked' : '') + '> ' + r + '</label>'; }).join('') + '</div></div>' +
      '<div class="msg" id="mvMsg"></div>', [
      { label: 'Cancel', go: shut },
      { label: 'Move student', cls: 'main', go: function () {
        var to = $('#mvTo').value, date = $('#mvDate').value;
        if (!to) { $('#mvMsg').textContent = 'Choose the new class.'; return; }
        if (!date) { $('#mvMsg').textContent = 'Enter a start date.'; return; }
        s.history.push({ date: date, from: s.class, to: to, reason: document.querySelector('input[name=mvR]:checked').value });
        s.class = to; s.level = klass(to).level;
        shut(); toast(s.name + ' moved to ' + to); render();
      } }
    ]);
  }

  function withdrawDialog(s) {
    popup('Withdraw ' + s.name, '<div class="fr"><label for="wdDate">Last day of attendance</label><input type="date" id="wdDate"></div>' +
      '<div class="fr"><label for="wdReason">Reason</label><select id="wdReason"><option value="">— select —</option>' + REASONS.map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select></div>' +
      '<div class="fr"><label for="wdNote">Note (optional)</label><textarea id="wdNote" rows="2"></textarea></div>' +
      '<div class="fr"><label style="font-weight:normal;display:flex;gap:6px;align-items:center"><input type="checkbox" id="wdAck"> Release the place in ' + s.class + ' — this cannot be undone</label></div>' +
      '<div class="msg" id="wdMsg"></div>', [
      { label: 'Keep student', go: shut },
      { label: 'Withdraw student', cls: 'bad', id: 'wdGo', go: function () {
        var d = $('#wdDate').value, r = $('#wdReason').value;
        if (!d) { $('#wdMsg').textContent = 'Enter the last day.'; return; }
        if (!r) { $('#wdMsg').textContent = 'Choose a reason.'; return; }
        s.status = 'Withdrawn'; s.withdrawal = { date: d, reason: r, note: $('#wdNote').value.trim() }; s.class = null;
        shut(); toast(s.name + ' withdrawn'); render();
      } }
    ]);
    $('#wdGo').disabled = true;
    $('#wdAck').onchange = function () { $('#wdGo').disabled = !this.checked; };
  }

  function emailDialog(s) {
    popup('Edit email — ' + s.name, '<div class="fr"><label for="em">Email</label><input type="text" id="em" value="' + enc(s.email) + '"></div><div class="msg" id="emMsg"></div>', [
      { label: 'Cancel', go: shut },
      { label: 'Save', cls: 'main', go: function () { var v = $('#em').value.trim(); if (v.indexOf('@') < 1) { $('#emMsg').textContent = 'Enter a valid email.'; return; } s.email = v; shut(); toast('Email updated'); render(); } }
    ], 440);
  }

  function historyDialog(s) {
    var tests = st.tests.filter(function (t) { return t.student === s.id; });
    popup(s.name + ' — history', '<p style="margin-top:0">Joined ' + longDate(s.joined) + '</p>' +
      (tests.map(function (t) { return '<div>' + longDate(t.date) + ': placement test ' + t.written + '/' + t.oral + ' → ' + t.level + '</div>'; }).join('') || '') +
      (s.history.map(function (h) { return '<div>' + longDate(h.date) + ': ' + (h.from || '—') + ' → ' + h.to + ' (' + h.reason + ')</div>'; }).join('') || '<div class="note">No class changes.</div>') +
      (s.withdrawal ? '<div>Withdrawn — last day ' + longDate(s.withdrawal.date) + ' (' + enc(s.withdrawal.reason) + ')</div>' : ''), [{ label: 'Close', go: shut }], 460);
  }

  // ---- placement wizard ----
  function placementWizard(pre) {
    var w = { step: 1, student: pre || '', date: st.today, written: '', oral: '', level: '', cls: '' };
    function avg() { return (Number(w.written) + Number(w.oral)) / 2; }
    function draw() {
      var head = '<div class="wiz">' + ['1 Student', '2 Scores', '3 Level & class'].map(function (t, i) { return '<span class="' + (i + 1 === w.step ? 'on' : '') + '">' + t + '</span>'; }).join('') + '</div>';
      var inner = '', btns = [{ label: 'Cancel', go: shut }];
      if (w.step === 1) {
        var waiting = st.students.filter(function (s) { return s.status === 'Awaiting placement'; });
        inner = '<div class="fr"><label for="pzS">Student awaiting placement</label><select id="pzS"><option value="">— choose —</option>' + waiting.map(function (s) { return '<option value="' + s.id + '"' + (w.student === s.id ? ' selected' : '') + '>' + enc(s.name) + ' (' + s.id + ', joined ' + longDate(s.joined) + ')</option>'; }).join('') + '</select></div>' +
          '<div class="fr"><label for="pzD">Test date</label><input type="date" id="pzD" value="' + w.date + '"></div>';
        btns.push({ label: 'Next', cls: 'main', go: function () { w.student = $('#pzS').value; w.date = $('#pzD').value; if (!w.student || !w.date) { $('#pzMsg').textContent = 'Choose the student and the test date.'; return; } w.step = 2; draw(); } });
      } else if (w.step === 2) {
        inner = '<div class="opts" style="gap:16px"><div class="fr" style="flex:1"><label for="pzW">Written score (0–100)</label><input type="number" id="pzW" min="0" max="100" value="' + w.written + '"></div>' +
          '<div class="fr" style="flex:1"><label for="pzO">Oral score (0–100)</label><input type="number" id="pzO" min="0" max="100" value="' + w.oral + '"></div></div>' +
          '<div class="bands">Level bands (average of both): under 30 A1 · 30–44 A2 · 45–64 B1 · 65–79 B2 · 80+ C1</div>';
        btns.push({ label: 'Back', go: function () { w.step = 1; draw(); } });
        btns.push({ label: 'Next', cls: 'main', go: function () {
          var a = $('#pzW').value, b = $('#pzO').value;
          var ok = function (v) { return v !== '' && +v >= 0 && +v <= 100 && Math.floor(+v) === +v; };
          if (!ok(a) || !ok(b)) { $('#pzMsg').textContent = 'Both scores must be whole numbers from 0 to 100.'; return; }
          if (w.written !== +a || w.oral !== +b) { w.level = ''; w.cls = ''; }
          w.written = +a; w.oral = +b; if (!w.level) w.level = band(avg()); w.step = 3; draw();
        } });
      } else {
        var s = student(w.student);
        inner = '<div class="suggest"><b>' + enc(s.name) + '</b> — written ' + w.written + ', oral ' + w.oral + ' (average ' + avg() + ')<br>Suggested level: <b>' + band(avg()) + ' ' + LEVELS[band(avg())] + '</b></div>' +
          '<div class="fr"><label for="pzL">Place at level</label><select id="pzL">' + Object.keys(LEVELS).map(function (l) { return '<option value="' + l + '"' + (w.level === l ? ' selected' : '') + '>' + l + ' ' + LEVELS[l] + '</option>'; }).join('') + '</select></div>' +
          '<div class="fr"><span class="t">Class</span><div class="classopts">' + st.classes.filter(function (c) { return c.level === w.level; }).map(function (c) {
            var n = enrolled(c.code), full = n >= c.capacity;
            return '<label class="' + (full ? 'full' : '') + '"><input type="radio" name="pzC" value="' + c.code + '"' + (full ? ' disabled' : '') + (w.cls === c.code ? ' checked' : '') + '> <b>' + c.code + '</b> ' + c.days + ' · ' + c.teacher + ' · ' + n + '/' + c.capacity + (full ? ' (full)' : '') + '</label>';
          }).join('') + '</div></div>';
        btns.push({ label: 'Back', go: function () { w.step = 2; draw(); } });
        btns.push({ label: 'Confirm placement', cls: 'main', go: function () {
          var c = document.querySelector('input[name=pzC]:checked');
          if (!c) { $('#pzMsg').textContent = 'Choose a class.'; return; }
          st.tests.push({ id: 'PT-' + st.nextTest++, student: s.id, date: w.date, written: w.written, oral: w.oral, level: w.level });
          s.level = w.level; s.class = c.value; s.status = 'Active';
          s.history.push({ date: w.date, from: null, to: c.value, reason: 'Placement' });
          shut(); toast(s.name + ' placed in ' + c.value); render();
        } });
      }
      popup('Placement test', head + inner + '<div class="msg" id="pzMsg"></div>', btns, 580);
      if (w.step === 3) {
        $('#pzL').onchange = function () { w.level = this.value; w.cls = ''; draw(); };
        each(document.querySelectorAll('input[name=pzC]'), function (r) { r.onchange = function () { w.cls = r.value; }; });
      }
    }
    draw();
  }

  // ---- classes ----
  function drawClasses() {
    $('#page').innerHTML = '<div class="row"><span class="note">' + st.classes.length + ' classes this term · ' + st.students.filter(function (s) { return s.status === 'Active'; }).length + ' active students</span></div><div class="classgrid">' +
      st.classes.map(function (c) {
        var n = enrolled(c.code), pct = Math.min(100, Math.round(n / c.capacity * 100));
        return '<div class="cls"><div class="hd">' + lvlTag(c.level) + '<span class="code">' + c.code + '</span><span class="note">' + LEVELS[c.level] + '</span></div>' +
          '<div class="info">' + c.days + '<br>' + enc(c.teacher) + ' · ' + c.room + '</div>' +
          '<div class="cap' + (n >= c.capacity ? ' full' : '') + '"><i style="width:' + pct + '%"></i></div><div class="capt">' + n + ' of ' + c.capacity + ' places taken</div>' +
          '<button class="btn mini" data-roster="' + c.code + '">Roster</button> <button class="btn mini" data-edit="' + c.code + '">Edit class</button></div>';
      }).join('') + '</div>';
    each(document.querySelectorAll('[data-edit]'), function (b) { b.onclick = function () { editClass(klass(b.getAttribute('data-edit'))); }; });
    each(document.querySelectorAll('[data-roster]'), function (b) {
      b.onclick = function () {
        var c = klass(b.getAttribute('data-roster'));
        var names = st.students.filter(function (s) { return s.class === c.code && s.status === 'Active'; });
        popup(c.code + ' roster', names.map(function (s) { return '<div>' + s.id + ' · ' + enc(s.name) + '</div>'; }).join('') || '<p class="note">Nobody enrolled yet.</p>', [{ label: 'Close', go: shut }], 400);
      };
    });
  }

  function editClass(c) {
    popup('Edit class ' + c.code, '<div class="fr"><label for="ecT">Teacher</label><select id="ecT">' + TEACHERS.map(function (t) { return '<option' + (t === c.teacher ? ' selected' : '') + '>' + t + '</option>'; }).join('') + '</select></div>' +
      '<div class="fr"><label for="ecR">Room</label><select id="ecR">' + ROOMS.map(function (r) { return '<option' + (r === c.room ? ' selected' : '') + '>' + r + '</option>'; }).join('') + '</select></div>' +
      '<div class="fr"><label for="ecC">Capacity</label><input type="number" id="ecC" min="1" max="30" value="' + c.capacity + '"></div>' +
      '<div class="fr"><label for="ecD">Schedule</label><input type="text" id="ecD" value="' + enc(c.days) + '"></div><div class="msg" id="ecMsg"></div>', [
      { label: 'Cancel', go: shut },
      { label: 'Save class', cls: 'main', go: function () {
        var cap = Number($('#ecC').value);
        if (!(cap >= 1 && cap <= 30) || Math.floor(cap) !== cap) { $('#ecMsg').textContent = 'Capacity must be a whole number from 1 to 30.'; return; }
        if (cap < enrolled(c.code)) { $('#ecMsg').textContent = 'Capacity cannot be below the number enrolled (' + enrolled(c.code) + ').'; return; }
        var d = $('#ecD').value.trim(); if (!d) { $('#ecMsg').textContent = 'Schedule is required.'; return; }
        c.teacher = $('#ecT').value; c.room = $('#ecR').value; c.capacity = cap; c.days = d;
        shut(); toast(c.code + ' updated'); render();
      } }
    ], 460);
  }

  // ---- tests ----
  function drawTests() {
    var list = st.tests.slice().reverse();
    $('#page').innerHTML = '<div class="row"><span class="note">' + st.students.filter(function (s) { return s.status === 'Awaiting placement'; }).length + ' students awaiting placement</span><span class="fill"></span><button class="btn main" id="newTest">New placement test</button></div>' +
      '<table class="list"><thead><tr><th>Test</th><th>Student</th><th>Date</th><th>Written</th><th>Oral</th><th>Average</th><th>Placed at</th></tr></thead><tbody>' +
      list.map(function (t) { var s = student(t.student); return '<tr><td>' + t.id + '</td><td>' + enc(s.name) + '</td><td>' + longDate(t.date) + '</td><td>' + t.written + '</td><td>' + t.oral + '</td><td>' + (t.written + t.oral) / 2 + '</td><td>' + lvlTag(t.level) + '</td></tr>'; }).join('') +
      '</tbody></table>';
    $('#newTest').onclick = function () { placementWizard(''); };
  }

  var tab = 'students';
  function render() { ({ students: drawStudents, classes: drawClasses, tests: drawTests })[tab](); }
  each(document.querySelectorAll('#tabbar a'), function (a) {
    a.onclick = function (e) {
      e.preventDefault(); tab = a.getAttribute('data-t');
      each(document.querySelectorAll('#tabbar a'), function (x) { x.classList.toggle('cur', x === a); });
      render();
    };
  });
  $('#shade').onclick = function (e) { if (e.target.id === 'shade') shut(); };
  render();
})();
