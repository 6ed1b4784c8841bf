// HiveLog front-end (static demo build)
(function () {
  'use strict';
  var TODAY = '2024-06-14';
  var APIARIES = ['Orchard Lane', 'Hillside Meadow', 'Churchyard', 'Mill Pond'];
  var INSPECTORS = ['Rhian Castell', 'Dafydd Morgan', 'Sue Penhaligon', 'Ken Osei'];

  function H(code, name, apiary, queen, temper, boxes, last, status) {
    return { code: code, name: name, apiary: apiary, queen: queen, temperament: temper, boxes: boxes, lastInspection: last, status: status || 'Active' };
  }
  var hives = [
    H('H-01', 'Clover', 'Orchard Lane', '2023 · blue', 'Calm', 3, '2024-06-08'),
    H('H-02', 'Heather', 'Orchard Lane', '2022 · red', 'Calm', 4, '2024-06-08'),
    H('H-03', 'Linden', 'Orchard Lane', '2023 · blue', 'Nervous', 3, '2024-06-05'),
    H('H-04', 'Sorrel', 'Orchard Lane', '2024 · green', 'Calm', 2, '2024-06-05'),
    H('H-05', 'Thyme', 'Hillside Meadow', '2023 · blue', 'Defensive', 3, '2024-06-07'),
    H('H-06', 'Borage', 'Hillside Meadow', '2022 · red', 'Calm', 4, '2024-06-07'),
    H('H-07', 'Bramble', 'Hillside Meadow', '2023 · blue', 'Calm', 3, '2024-06-01'),
    H('H-08', 'Marigold', 'Hillside Meadow', '2024 · green', 'Nervous', 2, '2024-06-07'),
    H('H-09', 'Willow', 'Churchyard', '2021 · yellow', 'Calm', 3, '2024-06-10'),
    H('H-10', 'Foxglove', 'Churchyard', '2023 · blue', 'Calm', 3, '2024-06-10'),
    H('H-11', 'Hawthorn', 'Churchyard', '2022 · red', 'Nervous', 4, '2024-06-03'),
    H('H-12', 'Primrose', 'Churchyard', '2023 · blue', 'Calm', 2, '2024-05-29'),
    H('H-13', 'Acacia', 'Mill Pond', '2024 · green', 'Calm', 2, '2024-06-11'),
    H('H-14', 'Rowan', 'Mill Pond', '2023 · blue', 'Defensive', 3, '2024-06-11'),
    H('H-15', 'Elder', 'Mill Pond', '2022 · red', 'Calm', 3, '2024-06-04'),
    H('H-16', 'Bluebell', 'Mill Pond', '2023 · blue', 'Calm', 3, '2024-06-11'),
    H('H-17', 'Bracken', 'Hillside Meadow', '2024 · green', 'Calm', 2, '2024-06-01'),
    H('H-18', 'Sage', 'Orchard Lane', '2023 · blue', 'Nervous', 3, '2024-06-08'),
    H('H-19', 'Meadowsweet', 'Churchyard', '2021 · yellow', 'Calm', 1, '2024-03-22', 'Archived'),
    H('H-20', 'Teasel', 'Mill Pond', '2024 · green', 'Calm', 2, '2024-06-04'),
    H('H-21', 'Yarrow', 'Churchyard', '2023 · blue', 'Calm', 2, '2024-05-29'),
    H('H-22', 'Lavender', 'Orchard Lane', '2020 · white', 'Nervous', 1, '2024-04-02', 'Archived'),
    H('H-23', 'Phacelia', 'Hillside Meadow', '2024 · green', 'Calm', 2, '2024-06-07'),
    H('H-24', 'Ivy', 'Mill Pond', '2023 · blue', 'Nervous', 3, '2024-06-11')
  ];

  function I(id, hive, date, who, brood, queen, temper, notes) {
    return { id: id, hive: hive, date: date, inspector: who, broodFrames: brood, queenSeen: queen, temper: temper, notes: notes };
  }
  var inspections = [
    I('IN-0212', 'H-12', '2024-05-29', 'Sue Penhaligon', 5, true, 'Calm', 'Queen cells removed x2'),
    I('IN-0213', 'H-21', '2024-05-29', 'Sue Penhaligon', 4, false, 'Calm', 'Eggs seen, no queen spotted'),
    I('IN-0214', 'H-07', '2024-06-01', 'Rhian Castell', 7, true, 'Calm', ''),
    I('IN-0215', 'H-17', '2024-06-01', 'Rhian Castell', 4, true, 'Calm', 'Nuc doing well'),
    I('IN-0216', 'H-11', '2024-06-03', 'Ken Osei', 8, true, 'Nervous', 'Added super'),
    I('IN-0217', 'H-15', '2024-06-04', 'Dafydd Morgan', 6, false, 'Calm', ''),
    I('IN-0218', 'H-20', '2024-06-04', 'Dafydd Morgan', 4, true, 'Calm', ''),
    I('IN-0219', 'H-03', '2024-06-05', 'Rhian Castell', 6, true, 'Nervous', 'Varroa count 14/day, treat'),
    I('IN-0220', 'H-04', '2024-06-05', 'Rhian Castell', 3, true, 'Calm', 'Varroa count 11/day'),
    I('IN-0221', 'H-05', '2024-06-07', 'Ken Osei', 7, false, 'Defensive', 'Followed to the gate'),
    I('IN-0222', 'H-06', '2024-06-07', 'Ken Osei', 9, true, 'Calm', ''),
    I('IN-0223', 'H-08', '2024-06-07', 'Ken Osei', 4, true, 'Nervous', ''),
    I('IN-0224', 'H-23', '2024-06-07', 'Ken Osei', 3, true, 'Calm', ''),
    I('IN-0225', 'H-01', '2024-06-08', 'Sue Penhaligon', 8, true, 'Calm', ''),
    I('IN-0226', 'H-02', '2024-06-08', 'Sue Penhaligon', 9, true, 'Calm', 'Heavy nectar flow'),
    I('IN-0227', 'H-18', '2024-06-08', 'Sue Penhaligon', 6, false, 'Nervous', ''),
    I('IN-0228', 'H-09', '2024-06-10', 'Dafydd Morgan', 7, true, 'Calm', ''),
    I('IN-0229', 'H-10', '2024-06-10', 'Dafydd Morgan', 6, true, 'Calm', ''),
    I('IN-0230', 'H-13', '2024-06-11', 'Rhian Castell', 3, true, 'Calm', ''),
    I('IN-0231', 'H-14', '2024-06-11', 'Rhian Castell', 8, false, 'Defensive', 'Requeen planned'),
    I('IN-0232', 'H-16', '2024-06-11', 'Rhian Castell', 7, true, 'Calm', ''),
    I('IN-0233', 'H-24', '2024-06-11', 'Rhian Castell', 6, true, 'Nervous', '')
  ];

  function T(id, hive, product, start, status, end) {
    return { id: id, hive: hive, product: product, start: start, status: status, end: end || null };
  }
  var treatments = [
    T('TR-140', 'H-02', 'Apiguard (thymol)', '2024-04-02', 'Completed', '2024-04-30'),
    T('TR-141', 'H-06', 'Apiguard (thymol)', '2024-04-02', 'Completed', '2024-04-30'),
    T('TR-142', 'H-11', 'Apivar strips', '2024-04-10', 'Completed', '2024-05-22'),
    T('TR-143', 'H-05', 'MAQS formic acid', '2024-05-20', 'Completed', '2024-05-27'),
    T('TR-144', 'H-14', 'MAQS formic acid', '2024-05-20', 'Completed', '2024-05-27'),
    T('TR-145', 'H-03', 'Apivar strips', '2024-05-28', 'Active'),
    T('TR-146', 'H-03', 'Oxalic acid (vaporised)', '2024-06-05', 'Active'),
    T('TR-147', 'H-04', 'Oxalic acid (vaporised)', '2024-06-05', 'Active'),
    T('TR-148', 'H-18', 'Oxalic acid (trickle)', '2024-06-08', 'Active'),
    T('TR-149', 'H-24', 'Apiguard (thymol)', '2024-06-11', 'Active'),
    T('TR-150', 'H-13', 'Oxalic acid (vaporised)', '2024-06-11', 'Active'),
    T('TR-151', 'H-08', 'Apiguard (thymol)', '2024-06-20', 'Scheduled'),
    T('TR-152', 'H-23', 'Oxalic acid (vaporised)', '2024-06-21', 'Scheduled'),
    T('TR-153', 'H-01', 'HopGuard 3', '2024-06-24', 'Scheduled'),
    T('TR-154', 'H-10', 'HopGuard 3', '2024-06-24', 'Scheduled')
  ];

  window.state = {
    view: 'hives',
    filter: { apiary: 'All', q: '', showArchived: false },
    hives: hives,
    inspections: inspections,
    treatments: treatments,
    settings: { varroaAlerts: true, weeklyDigest: false, swarmReminders: true, reminderDays: 9, weightUnit: 'kg' },
    seq: { inspection: 234 }
  };
  var S = window.state;
  var main = document.getElementById('main');
  var overlay = document.getElementById('overlay');
  var openMenu = null;

  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function fmt(d) {
    if (!d) return '—';
    var p = d.split('-'), m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return parseInt(p[2], 10) + ' ' + m[parseInt(p[1], 10) - 1] + ' ' + p[0];
  }
  function hive(code) { return S.hives.filter(function (h) { return h.code === code; })[0]; }
  function toast(msg) {
    var t = document.getElementById('toast');
    t.textContent = msg; t.classList.remove('hidden');
    clearTimeout(toast._t); toast._t = setTimeout(function () { t.classList.add('hidden'); }, 2200);
  }
  document.getElementById('today-label').textContent = fmt(TODAY);

  // ---------- views ----------
  function render() {
    openMenu = null;
    var links = document.querySelectorAll('#nav a');
    for (var i = 0; i < links.length; i++) links[i].classList.toggle('on', links[i].getAttribute('data-view') === S.view);
    if (S.view === 'hives') renderHives();
    else if (S.view === 'inspections') renderInspections();
    else if (S.view === 'treatments') renderTreatments();
    else renderSettings();
  }

  function renderHives() {
    var f = S.filter;
    var list = S.hives.filter(function (h) {
      if (!f.showArchived && h.status === 'Archived') return false;
      if (f.apiary !== 'All' && h.apiary !== f.apiary) return false;
      var q = f.q.trim().toLowerCase();
      if (q && (h.code + ' ' + h.name).toLowerCase().indexOf(q) < 0) return false;
      return true;
    });
    var active = S.hives.filter(function (h) { return h.status === 'Active'; }).length;
    var html = '<h1>Hives</h1><div class="sub">' + active + ' active colonies across ' + APIARIES.length + ' apiaries</div>';
    html += '<div class="toolbar"><input type="search" id="hive-q" placeholder="Search hive code or name" value="' + esc(f.q) + '">';
    html += '<select id="hive-apiary"><option>All</option>' + APIARIES.map(function (a) { return '<option' + (a === f.apiary ? ' selected' : '') + '>' + a + '</option>'; }).join('') + '</select>';
    html += '<label class="chk"><input type="checkbox" id="hive-arch"' + (f.showArchived ? ' checked' : '') + '> Show archived</label></div>';
    html += '<div class="grid" id="hive-grid">';
    list.forEach(function (h) {
      html += '<div class="card' + (h.status === 'Archived' ? ' archived' : '') + '" data-hive="' + h.code + '">' +
        '<div class="code">' + h.code + '</div><h3>' + esc(h.name) + '</h3>' +
        '<button class="kebab" aria-label="Hive options ' + h.code + '" data-kebab="' + h.code + '">⋯</button>' +
        '<div class="meta">' + esc(h.apiary) + ' · ' + h.boxes + ' boxes<br>Queen ' + esc(h.queen) +
        '<br>Temper: <span class="temper-' + h.temperament + '">' + h.temperament + '</span>' +
        '<br>Last inspected ' + fmt(h.lastInspection) + '</div>' +
        '<div style="margin-top:8px"><span class="badge b-' + h.status + '">' + h.status + '</span></div></div>';
    });
    if (!list.length) html += '<div class="empty">No hives match.</div>';
    html += '</div>';
    main.innerHTML = html;
    var q = document.getElementById('hive-q');
    q.addEventListener('input', function () { S.filter.q = q.value; renderHivesKeepFocus(); });
    document.getElementById('hive-apiary').addEventListener('change', function (e) { S.filter.apiary = e.target.value; render(); });
    document.getElementById('hive-arch').addEventListener('change', function (e) { S.filter.showArchived = e.target.checked; render(); });
  }
  function renderHivesKeepFocus() {
    var pos = document.getElementById('hive-q').selectionStart;
    render();
    var q = document.getElementById('hive-q'); q.focus(); q.setSelectionRange(pos, pos);
  }

  function showCardMenu(code, btn) {
    closeMenu();
    var h = hive(code);
    var m = document.createElement('div');
    m.className = 'menu';
    var items = h.status === 'Active'
      ? [['log', 'Log inspection'], ['super', 'Add a super'], ['archive', 'Archive hive…']]
      : [['restore', 'Restore hive']];
    m.innerHTML = items.map(function (it) { return '<button data-act="' + it[0] + '"' + (it[0] === 'archive' ? ' class="warn"' : '') + '>' + it[1] + '</button>'; }).join('');
    btn.parentNode.appendChild(m);
    openMenu = m;
    m.addEventListener('click', function (e) {
      var a = e.target.getAttribute('data-act');
      if (!a) return;
      e.stopPropagation();
      closeMenu();
      if (a === 'log') inspectionModal(code);
      else if (a === 'super') { h.boxes += 1; toast('Super added to ' + code); render(); }
      else if (a === 'archive') archiveModal(h);
      else if (a === 'restore') { h.status = 'Active'; toast(code + ' restored'); render(); }
    });
  }
  function closeMenu() { if (openMenu && openMenu.parentNode) openMenu.parentNode.removeChild(openMenu); openMenu = null; }

  function renderInspections() {
    var rows = S.inspections.slice().sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : (a.id < b.id ? 1 : -1); });
    var html = '<h1>Inspections</h1><div class="sub">Most recent first · ' + rows.length + ' this season</div>';
    html += '<div class="toolbar"><button class="btn primary" id="new-insp">+ New inspection</button></div>';
    html += '<table><thead><tr><th>Ref</th><th>Date</th><th>Hive</th><th>Inspector</th><th>Brood frames</th><th>Queen</th><th>Temper</th><th>Notes</th></tr></thead><tbody>';
    rows.forEach(function (r) {
      var h = hive(r.hive);
      html += '<tr><td>' + r.id + '</td><td>' + fmt(r.date) + '</td><td>' + r.hive + ' · ' + esc(h ? h.name : '') + '</td><td>' + esc(r.inspector) + '</td><td>' + r.broodFrames +
        '</td><td>' + (r.queenSeen ? 'Seen' : 'Not seen') + '</td><td class="temper-' + r.temper + '">' + r.temper + '</td><td>' + esc(r.notes) + '</td></tr>';
    });
    html += '</tbody></table>';
    main.innerHTML = html;
    document.getElementById('new-insp').addEventListener('click', function () { inspectionModal(null); });
  }

  function renderTreatments() {
    var html = '<h1>Varroa treatments</h1><div class="sub">Track active and scheduled mite treatments</div>';
    html += '<table><thead><tr><th>Ref</th><th>Hive</th><th>Product</th><th>Started</th><th>Finished</th><th>Status</th><th></th></tr></thead><tbody>';
    S.treatments.forEach(function (t) {
      var h = hive(t.hive);
      html += '<tr data-tr="' + t.id + '"><td>' + t.id + '</td><td>' + t.hive + ' · ' + esc(h.name) + '</td><td>' + esc(t.product) + '</td><td>' + fmt(t.start) + '</td><td>' + fmt(t.end) +
        '</td><td><span class="badge b-' + t.status + '">' + t.status + '</span></td><td>' +
        (t.status === 'Active' ? '<button class="btn" data-complete="' + t.id + '">Mark complete</button>' : '') + '</td></tr>';
    });
    html += '</tbody></table>';
    main.innerHTML = html;
  }

  function renderSettings() {
    var st = S.settings;
    function sw(id, on) { return '<label class="switch"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + '><span></span></label>'; }
    var html = '<h1>Settings</h1><div class="sub">Notifications and preferences for your apiaries</div><div class="settings">';
    html += '<div class="setting"><div><div class="t">Varroa alert emails</div><div class="d">Email me when a mite count is above threshold</div></div>' + sw('set-varroa', st.varroaAlerts) + '</div>';
    html += '<div class="setting"><div><div class="t">Weekly digest</div><div class="d">Monday summary of all inspections</div></div>' + sw('set-digest', st.weeklyDigest) + '</div>';
    html += '<div class="setting"><div><div class="t">Swarm season reminders</div><div class="d">Nudges between April and July</div></div>' + sw('set-swarm', st.swarmReminders) + '</div>';
    html += '<div class="setting"><div><div class="t">Re-inspection reminder</div><div class="d">Days after an inspection before a reminder is sent</div></div><div><input type="number" min="1" max="30" id="set-days" value="' + st.reminderDays + '"> days</div></div>';
    html += '<div class="setting"><div><div class="t">Weight units</div><div class="d">Used for honey harvest records</div></div><select id="set-unit"><option value="kg"' + (st.weightUnit === 'kg' ? ' selected' : '') + '>Kilograms</option><option value="lb"' + (st.weightUnit === 'lb' ? ' selected' : '') + '>Pounds</option></select></div>';
    html += '<div style="margin-top:16px;display:flex;gap:8px"><button class="btn primary" id="set-save">Save settings</button><button class="btn" id="set-reset">Discard changes</button></div></div>';
    main.innerHTML = html;
    document.getElementById('set-save').addEventListener('click', function () {
      var d = parseInt(document.getElementById('set-days').value, 10);
      if (!(d >= 1 && d <= 30)) { toast('Reminder must be between 1 and 30 days'); return; }
      S.settings = {
        varroaAlerts: document.getElementById('set-varroa').checked,
        weeklyDigest: document.getElementById('set-digest').checked,
        swarmReminders: document.getElementById('set-swarm').checked,
        reminderDays: d,
        weightUnit: document.getElementById('set-unit').value
      };
      toast('Settings saved');
    });
    document.getElementById('set-reset').addEventListener('click', function () { render(); });
  }

  // ---------- modals ----------
  function modal(html, onReady) {
    overlay.innerHTML = '<div class="modal" role="dialog">' + html + '</div>';
    overlay.classList.remove('hidden');
    onReady(overlay.firstChild);
  }
  function closeModal() { overlay.classList.add('hidden'); overlay.innerHTML = ''; }
  overlay.addEventListener('mousedown', function (e) { if (e.target === overlay) closeModal(); });

  function archiveModal(h) {
    modal('<h2>Archive ' + h.code + ' · ' + esc(h.name) + '?</h2><p>The hive will be hidden from active lists and reminders. Its records are kept.</p>' +
      '<div class="foot"><button class="btn" data-x="cancel">Keep hive</button><button class="btn danger" data-x="ok">Archive hive</button></div>', function (m) {
      m.querySelector('[data-x=cancel]').onclick = closeModal;
      m.querySelector('[data-x=ok]').onclick = function () { h.status = 'Archived'; closeModal(); toast(h.code + ' archived'); render(); };
    });
  }

  function inspectionModal(code) {
    var opts = S.hives.filter(function (h) { return h.status === 'Active'; }).map(function (h) {
      return '<option value="' + h.code + '"' + (h.code === code ? ' selected' : '') + '>' + h.code + ' · ' + esc(h.name) + ' (' + esc(h.apiary) + ')</option>';
    }).join('');
    modal('<h2>New inspection</h2>' +
      '<div class="row"><label class="l" for="in-hive">Hive</label><select id="in-hive"><option value="">Choose a hive…</option>' + opts + '</select></div>' +
      '<div class="row" style="display:flex;gap:10px"><div style="flex:1"><label class="l" for="in-date">Date</label><input type="date" id="in-date" value="' + TODAY + '"></div>' +
      '<div style="flex:1"><label class="l" for="in-who">Inspector</label><select id="in-who">' + INSPECTORS.map(function (n) { return '<option>' + n + '</option>'; }).join('') + '</select></div></div>' +
      '<div class="row"><label class="l" for="in-brood">Frames of brood</label><input type="number" id="in-brood" min="0" max="30"></div>' +
      '<div class="row"><label class="chk"><input type="checkbox" id="in-queen"> Queen seen</label></div>' +
      '<div class="row"><label class="l">Temperament</label><div class="radios">' +
      ['Calm', 'Nervous', 'Defensive'].map(function (t) { return '<label><input type="radio" name="in-temper" value="' + t + '"> ' + t + '</label>'; }).join('') + '</div></div>' +
      '<div class="row"><label class="l" for="in-notes">Notes</label><textarea id="in-notes"></textarea></div>' +
      '<div id="in-err" style="color:#b3402a;font-size:13px"></div>' +
      '<div class="foot"><button class="btn" data-x="cancel">Cancel</button><button class="btn primary" data-x="ok">Save inspection</button></div>', function (m) {
      m.querySelector('[data-x=cancel]').onclick = closeModal;
      m.querySelector('[data-x=ok]').onclick = function () {
        var hv = m.querySelector('#in-hive').value, date = m.querySelector('#in-date').value, brood = m.querySelector('#in-brood').value;
        var tr = m.querySelector('input[name=in-temper]:checked');
        var err = m.querySelector('#in-err');
        if (!hv) { err.textContent = 'Please choose a hive.'; return; }
        if (!date) { err.textContent = 'Please enter a date.'; return; }
        if (brood === '' || isNaN(Number(brood))) { err.textContent = 'Enter the number of brood frames.'; return; }
        if (!tr) { err.textContent = 'Select a temperament.'; return; }
        var rec = I('IN-0' + S.seq.inspection++, hv, date, m.querySelector('#in-who').value, Number(brood), m.querySelector('#in-queen').checked, tr.value, m.querySelector('#in-notes').value.trim());
        S.inspections.push(rec);
        var h = hive(hv);
        if (!h.lastInspection || date > h.lastInspection) h.lastInspection = date;
        h.temperament = tr.value;
        closeModal();
        toast('Inspection ' + rec.id + ' saved');
        S.view = 'inspections';
        render();
      };
    });
  }

  function completeModal(t) {
    var h = hive(t.hive);
    modal('<h2>Complete treatment ' + t.id + '</h2><p>' + esc(t.product) + ' on ' + t.hive + ' · ' + esc(h.name) + ', started ' + fmt(t.start) + '.</p>' +
      '<div class="row"><label class="l" for="tc-end">Finished on</label><input type="date" id="tc-end" value="' + TODAY + '"></div>' +
      '<div class="foot"><button class="btn" data-x="cancel">Cancel</button><button class="btn primary" data-x="ok">Mark complete</button></div>', function (m) {
      m.querySelector('[data-x=cancel]').onclick = closeModal;
      m.querySelector('[data-x=ok]').onclick = function () {
        var end = m.querySelector('#tc-end').value;
        if (!end) return;
        t.status = 'Completed'; t.end = end;
        closeModal(); toast(t.id + ' completed'); render();
      };
    });
  }

  // ---------- events ----------
  document.getElementById('nav').addEventListener('click', function (e) {
    var v = e.target.getAttribute('data-view');
    if (!v) return;
    e.preventDefault();
    S.view = v; render();
  });
  main.addEventListener('click', function (e) {
    var k = e.target.getAttribute('data-kebab');
    if (k) { e.stopPropagation(); if (openMenu && openMenu.parentNode === e.target.parentNode) { closeMenu(); return; } showCardMenu(k, e.target); return; }
    var c = e.target.getAttribute('data-complete');
    if (c) { completeModal(S.treatments.filter(function (t) { return t.id === c; })[0]); return; }
  });
  document.addEventListener('click', function (e) { if (openMenu && !openMenu.contains(e.target)) closeMenu(); });

  render();
})();
