/* WardView bed board — ward-level client (offline demo build) */
(function () {
  'use strict';
  const TODAY = '2025-03-11';
  const CONSULTANTS = ['Dr A. Okoye', 'Dr R. Iyer', 'Dr M. Brandt', 'Dr L. Fenwick'];
  const ISOLATION = ['None', 'C. difficile', 'Influenza A', 'MRSA', 'Norovirus', 'COVID-19'];
  const TRANSFER_REASONS = ['Clinical need', 'Infection control', 'Single-sex compliance', 'Patient request', 'Step-down from side room'];
  const CLOSE_REASONS = ['Maintenance', 'Deep clean', 'Staffing', 'Equipment fault'];
  const DESTS = ['Usual residence', 'Care home', 'Community hospital', 'Another ward', 'Other'];

  function bed(id, bay, type, status, patient, closedReason) {
    return { id, bay, type, status, patient: patient || null, closedReason: closedReason || null };
  }
  const beds = [
    bed('A1', 'Bay A', 'Bay (female)', 'Occupied', 'RGH402118'),
    bed('A2', 'Bay A', 'Bay (female)', 'Occupied', 'RGH388210'),
    bed('A3', 'Bay A', 'Bay (female)', 'Occupied', 'RGH417733'),
    bed('A4', 'Bay A', 'Bay (female)', 'Occupied', 'RGH420561'),
    bed('A5', 'Bay A', 'Bay (female)', 'Occupied', 'RGH301947'),
    bed('A6', 'Bay A', 'Bay (female)', 'Clean'),
    bed('B1', 'Bay B', 'Bay (male)', 'Occupied', 'RGH419026'),
    bed('B2', 'Bay B', 'Bay (male)', 'Occupied', 'RGH377412'),
    bed('B3', 'Bay B', 'Bay (male)', 'Clean'),
    bed('B4', 'Bay B', 'Bay (male)', 'Dirty'),
    bed('B5', 'Bay B', 'Bay (male)', 'Occupied', 'RGH366905'),
    bed('B6', 'Bay B', 'Bay (male)', 'Occupied', 'RGH298814'),
    bed('C1', 'Bay C', 'Bay (female)', 'Occupied', 'RGH310662'),
    bed('C2', 'Bay C', 'Bay (female)', 'Occupied', 'RGH415590'),
    bed('C3', 'Bay C', 'Bay (female)', 'Dirty'),
    bed('C4', 'Bay C', 'Bay (female)', 'Occupied', 'RGH409137'),
    bed('C5', 'Bay C', 'Bay (female)', 'Closed', null, 'Maintenance'),
    bed('C6', 'Bay C', 'Bay (female)', 'Occupied', 'RGH287340'),
    bed('SR1', 'Side rooms', 'Side room', 'Occupied', 'RGH392281'),
    bed('SR2', 'Side rooms', 'Side room', 'Clean'),
    bed('SR3', 'Side rooms', 'Side room', 'Clean'),
    bed('SR4', 'Side rooms', 'Side room', 'Occupied', 'RGH421007')
  ];

  function P(mrn, name, sex, age, bedId, consultant, admitted, edd, acuity, falls, iso) {
    return { mrn, name, sex, age, bed: bedId, consultant, admitted, edd, acuity, fallsRisk: !!falls, isolation: iso || 'None', status: 'Inpatient', discharge: null };
  }
  const patients = [
    P('RGH402118', 'Margaret Ellison', 'F', 82, 'A1', 'Dr A. Okoye', '2025-03-04', '2025-03-12', 'Medium', true),
    P('RGH388210', 'Doris Whitcombe', 'F', 77, 'A2', 'Dr R. Iyer', '2025-03-08', '2025-03-13', 'Low', false),
    P('RGH417733', 'Joan Tierney', 'F', 69, 'A3', 'Dr M. Brandt', '2025-03-09', '2025-03-14', 'Medium', false),
    P('RGH420561', 'Priya Raman', 'F', 45, 'A4', 'Dr L. Fenwick', '2025-03-10', '2025-03-12', 'Low', false),
    P('RGH301947', 'Edith Caldwell', 'F', 91, 'A5', 'Dr R. Iyer', '2025-03-05', '2025-03-12', 'High', true),
    P('RGH419026', 'Kwame Mensah', 'M', 54, 'B1', 'Dr M. Brandt', '2025-03-10', '2025-03-14', 'Medium', false),
    P('RGH377412', 'Leonard Pryce', 'M', 73, 'B2', 'Dr A. Okoye', '2025-03-07', '2025-03-11', 'Low', false),
    P('RGH366905', 'Gordon Haldane', 'M', 79, 'B5', 'Dr A. Okoye', '2025-03-02', '2025-03-11', 'Low', true),
    P('RGH298814', 'Hugh Castellan', 'M', 85, 'B6', 'Dr M. Brandt', '2025-03-06', '2025-03-15', 'High', true),
    P('RGH310662', 'Agnes Okafor', 'F', 88, 'C1', 'Dr L. Fenwick', '2025-03-03', '2025-03-11', 'Medium', true),
    P('RGH415590', 'Sheila Dunmore', 'F', 72, 'C2', 'Dr R. Iyer', '2025-03-09', '2025-03-13', 'Medium', false),
    P('RGH409137', 'Rosa Delgado', 'F', 63, 'C4', 'Dr L. Fenwick', '2025-03-08', '2025-03-12', 'Low', false),
    P('RGH287340', 'Winifred Ashe', 'F', 84, 'C6', 'Dr A. Okoye', '2025-03-01', '2025-03-17', 'High', true),
    P('RGH392281', 'Thomas Reilly', 'M', 67, 'SR1', 'Dr M. Brandt', '2025-03-07', '2025-03-16', 'Medium', false, 'C. difficile'),
    P('RGH421007', 'Beatrice Lomax', 'F', 58, 'SR4', 'Dr R. Iyer', '2025-03-10', '2025-03-13', 'Medium', false, 'Influenza A')
  ];

  const queue = [
    { ref: 'RF-5521', mrn: 'RGH422390', name: 'Daniel Price', sex: 'M', age: 71, source: 'Emergency Dept', referred: '06:40', consultant: 'Dr M. Brandt', acuity: 'Medium', need: 'Male bay or side room', complaint: 'Community-acquired pneumonia' },
    { ref: 'RF-5524', mrn: 'RGH180337', name: 'Irene Gallagher', sex: 'F', age: 80, source: 'Acute Medical Unit', referred: '07:55', consultant: 'Dr R. Iyer', acuity: 'Low', need: 'Female bay', complaint: 'UTI, reduced mobility' },
    { ref: 'RF-5527', mrn: 'RGH422415', name: 'Mohammed Al-Sayed', sex: 'M', age: 58, source: 'Emergency Dept', referred: '09:10', consultant: 'Dr L. Fenwick', acuity: 'Medium', need: 'Male bay', complaint: 'DKA, stepped down' },
    { ref: 'RF-5530', mrn: 'RGH355120', name: 'Carol Benn', sex: 'F', age: 66, source: 'Emergency Dept', referred: '09:45', consultant: 'Dr A. Okoye', acuity: 'High', need: 'Female bay, cardiac monitoring', complaint: 'Chest pain, troponin pending' }
  ];

  window.state = {
    view: 'board',
    today: TODAY,
    beds, patients, queue,
    transfers: [],
    log: [
      { time: '07:05', text: 'Shift handover completed (night → day)' },
      { time: '07:40', text: 'C5 closed: Maintenance (call bell fault)' },
      { time: '08:15', text: 'Patient discharged from B4 (usual residence)' },
      { time: '08:50', text: 'Patient discharged from C3 (community hospital)' }
    ],
    filters: { q: '', consultant: 'All', showDischarged: false },
    settings: { showEdd: true, highlightFalls: true, groupByBay: true, occupancyAlert: 90, autoRefresh: '60', notifyBedManager: true }
  };
  const S = window.state;
  const main = document.getElementById('main');
  const panel = document.getElementById('panel');
  const overlay = document.getElementById('overlay');
  let openMenuEl = null;
  let panelMrn = null;
  let clock = 0;

  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const fmt = d => { if (!d) return '—'; const p = d.split('-'); return parseInt(p[2], 10) + ' ' + MONTHS[+p[1] - 1]; };
  const bedById = id => S.beds.find(b => b.id === id);
  const patByMrn = m => S.patients.find(p => p.mrn === m);
  const nowTime = () => { clock++; const m = 10 * 60 + 5 + clock * 3; return String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0'); };
  function addLog(text) { S.log.push({ time: nowTime(), text }); }

  function toast(msg, kind) {
    const t = document.getElementById('toast');
    t.className = 'toast ' + (kind || 'ok');
    t.innerHTML = '<span>' + esc(msg) + '</span><button class="x" aria-label="Dismiss notification">×</button>';
    t.querySelector('.x').onclick = () => t.classList.add('hidden');
  }
  document.getElementById('today').textContent = 'Tue 11 Mar 2025';

  function closeMenu() { if (openMenuEl) { openMenuEl.remove(); openMenuEl = null; } }
  function showMenu(anchor, items) {
    closeMenu();
    const m = document.createElement('div');
    m.className = 'menu';
    m.setAttribute('role', 'menu');
    items.forEach(it => {
      const b = document.createElement('button');
      b.setAttribute('role', 'menuitem');
      b.textContent = it.label;
      if (it.danger) b.className = 'danger';
      b.onclick = e => { e.stopPropagation(); closeMenu(); it.fn(); };
      m.appendChild(b);
    });
    document.body.appendChild(m);
    const r = anchor.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 2) + 'px';
    m.style.left = Math.max(8, r.right - 190) + 'px';
    openMenuEl = m;
  }
  document.addEventListener('click', e => { if (openMenuEl && !openMenuEl.contains(e.target)) closeMenu(); });

  function modal(title, body, buttons, onReady) {
    overlay.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-labelledby="m-title"><div class="m-head"><h2 id="m-title">' + esc(title) +
      '</h2><button class="icon-btn close" aria-label="Close dialog">✕</button></div><div class="m-body">' + body + '<div class="m-err" id="m-err"></div></div><div class="m-foot">' +
      buttons.map((b, i) => '<button class="btn ' + (b.cls || '') + '" data-i="' + i + '">' + esc(b.label) + '</button>').join('') + '</div></div>';
    overlay.classList.remove('hidden');
    const m = overlay.firstChild;
    m.querySelector('.close').onclick = closeModal;
    buttons.forEach((b, i) => { m.querySelector('[data-i="' + i + '"]').onclick = () => { if (b.fn) b.fn(m); else closeModal(); }; });
    if (onReady) onReady(m);
  }
  function closeModal() { overlay.classList.add('hidden'); overlay.innerHTML = ''; }
  function merr(m, t) { m.querySelector('#m-err').textContent = t; }
  document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

  // ---------------- rendering ----------------
  function render() {
    closeMenu();
    document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('on', a.dataset.view === S.view));
    document.getElementById('q-count').textContent = S.queue.length ? S.queue.length : '';
    const occ = S.beds.filter(b => b.status === 'Occupied').length;
    const open = S.beds.filter(b => b.status !== 'Closed').length;
    document.getElementById('side-stats').innerHTML =
      '<div><b>' + occ + '</b>/' + open + ' occupied</div><div><b>' + S.beds.filter(b => b.status === 'Clean').length + '</b> ready</div><div><b>' +
      S.beds.filter(b => b.status === 'Dirty').length + '</b> awaiting clean</div><div><b>' + S.patients.filter(p => p.status === 'Inpatient' && p.edd === TODAY).length + '</b> EDD today</div>';
    if (S.view === 'board') renderBoard();
    else if (S.view === 'patients') renderPatients();
    else if (S.view === 'admissions') renderAdmissions();
    else if (S.view === 'log') renderLog();
    else renderSettings();
    if (panelMrn) renderPanel();
  }

  function tile(b) {
    const p = b.patient ? patByMrn(b.patient) : null;
    let inner = '<div class="t-head"><span class="bed-id">' + b.id + '</span><span class="st st-' + b.status.toLowerCase() + '">' + (b.status === 'Clean' ? 'Ready' : b.status === 'Dirty' ? 'Awaiting clean' : b.status) +
      '</span><button class="kebab" data-menu="' + b.id + '" aria-label="Bed ' + b.id + ' actions" title="Bed actions">⋮</button></div>';
    if (p) {
      inner += '<button class="t-pat" data-open="' + p.mrn + '"><span class="pn">' + esc(p.name) + '</span><span class="pm">' + p.sex + ' · ' + p.age + 'y · ' + esc(p.consultant.replace('Dr ', 'Dr\u00a0')) + '</span></button>';
      inner += '<div class="t-flags">' + (S.settings.showEdd ? '<span class="edd' + (p.edd <= TODAY ? ' due' : '') + '">EDD ' + fmt(p.edd) + '</span>' : '') +
        (p.fallsRisk && S.settings.highlightFalls ? '<span class="flag falls" title="Falls risk">▲ Falls</span>' : '') +
        (p.isolation !== 'None' ? '<span class="flag iso" title="Isolation: ' + esc(p.isolation) + '">◆ ' + esc(p.isolation) + '</span>' : '') +
        '<span class="ac ac-' + p.acuity.toLowerCase() + '" title="Acuity ' + p.acuity + '">' + p.acuity[0] + '</span></div>';
    } else if (b.status === 'Closed') {
      inner += '<div class="t-empty">Closed — ' + esc(b.closedReason) + '</div>';
    } else if (b.status === 'Dirty') {
      inner += '<div class="t-empty">Vacated, domestic team notified</div>';
    } else {
      inner += '<div class="t-empty">Available for admission</div>';
    }
    return '<div class="tile tile-' + b.status.toLowerCase() + (p && p.fallsRisk && S.settings.highlightFalls ? ' risk' : '') + '" data-bed="' + b.id + '">' + inner + '</div>';
  }

  function renderBoard() {
    const occ = S.beds.filter(b => b.status === 'Occupied').length;
    const open = S.beds.filter(b => b.status !== 'Closed').length;
    const pct = Math.round(occ / open * 100);
    let h = '<div class="page-head"><div><h1>Bed board</h1><div class="sub">Live view of all 22 beds · occupancy ' + pct + '%' +
      (pct >= S.settings.occupancyAlert ? ' <span class="warn">above alert threshold</span>' : '') + '</div></div>' +
      '<div class="legend"><span class="lg lg-occ">Occupied</span><span class="lg lg-clean">Ready</span><span class="lg lg-dirty">Awaiting clean</span><span class="lg lg-closed">Closed</span></div></div>';
    ['Bay A', 'Bay B', 'Bay C', 'Side rooms'].forEach(bay => {
      const list = S.beds.filter(b => b.bay === bay);
      h += '<section class="bay"><h3>' + bay + ' <small>' + esc(list[0].type) + '</small></h3><div class="tiles">' + list.map(tile).join('') + '</div></section>';
    });
    main.innerHTML = h;
  }

  function renderPatients() {
    const f = S.filters;
    const q = f.q.trim().toLowerCase();
    const rows = S.patients.filter(p => (f.showDischarged || p.status === 'Inpatient') && (f.consultant === 'All' || p.consultant === f.consultant) &&
      (!q || (p.name + ' ' + p.mrn + ' ' + (p.bed || '')).toLowerCase().includes(q)));
    let h = '<div class="page-head"><div><h1>Patients</h1><div class="sub">' + S.patients.filter(p => p.status === 'Inpatient').length + ' inpatients on ward</div></div></div>';
    h += '<div class="toolbar"><input type="search" id="p-q" placeholder="Search name, MRN or bed" aria-label="Search patients" value="' + esc(f.q) + '">' +
      '<select id="p-cons" aria-label="Consultant"><option>All</option>' + CONSULTANTS.map(c => '<option' + (c === f.consultant ? ' selected' : '') + '>' + c + '</option>').join('') + '</select>' +
      '<label class="chk"><input type="checkbox" id="p-dis"' + (f.showDischarged ? ' checked' : '') + '> Include discharged today</label></div>';
    h += '<table class="grid"><thead><tr><th>Bed</th><th>Patient</th><th>MRN</th><th>Age</th><th>Consultant</th><th>Admitted</th><th>EDD</th><th>Acuity</th><th>Alerts</th><th></th></tr></thead><tbody>';
    rows.forEach(p => {
      h += '<tr' + (p.status !== 'Inpatient' ? ' class="dim"' : '') + '><td><b>' + (p.bed || '—') + '</b></td><td>' + esc(p.name) + '</td><td class="mono">' + p.mrn + '</td><td>' + p.age + '</td><td>' + esc(p.consultant) +
        '</td><td>' + fmt(p.admitted) + '</td><td>' + fmt(p.edd) + '</td><td><span class="ac ac-' + p.acuity.toLowerCase() + '">' + p.acuity + '</span></td><td>' +
        (p.fallsRisk ? '<span class="flag falls">Falls</span> ' : '') + (p.isolation !== 'None' ? '<span class="flag iso">' + esc(p.isolation) + '</span>' : '') + (p.status !== 'Inpatient' ? '<span class="flag">Discharged</span>' : '') +
        '</td><td class="acts">' + (p.status === 'Inpatient' ? '<button class="btn sm" data-open="' + p.mrn + '">View</button> <button class="icon-btn" data-edit="' + p.mrn + '" aria-label="Edit ' + esc(p.name) + '" title="Edit details">✎</button>' : '') + '</td></tr>';
    });
    if (!rows.length) h += '<tr><td colspan="10" class="empty">No patients match.</td></tr>';
    h += '</tbody></table>';
    main.innerHTML = h;
    const qi = document.getElementById('p-q');
    qi.addEventListener('input', () => { S.filters.q = qi.value; renderPatients(); const n = document.getElementById('p-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); });
    document.getElementById('p-cons').onchange = e => { S.filters.consultant = e.target.value; renderPatients(); };
    document.getElementById('p-dis').onchange = e => { S.filters.showDischarged = e.target.checked; renderPatients(); };
  }

  function renderAdmissions() {
    let h = '<div class="page-head"><div><h1>Admissions queue</h1><div class="sub">Patients referred to Ward 7B awaiting a bed · ' + S.beds.filter(b => b.status === 'Clean').length + ' beds ready</div></div></div>';
    if (!S.queue.length) h += '<div class="empty-box">No patients waiting. 🎉</div>';
    h += '<div class="qlist">';
    S.queue.forEach(r => {
      h += '<div class="qcard"><div class="q-main"><div class="q-name">' + esc(r.name) + ' <small>' + r.sex + ' · ' + r.age + 'y · ' + r.mrn + '</small></div>' +
        '<div class="q-meta">' + esc(r.complaint) + ' · from ' + esc(r.source) + ' at ' + r.referred + ' · ' + esc(r.consultant) + '</div><div class="q-meta">Bed need: <b>' + esc(r.need) + '</b> · Acuity ' + r.acuity + '</div></div>' +
        '<div class="q-act"><span class="ref">' + r.ref + '</span><button class="btn primary" data-alloc="' + r.ref + '">Allocate bed</button><button class="icon-btn" data-qmenu="' + r.ref + '" aria-label="More options for ' + esc(r.name) + '" title="More">⋯</button></div></div>';
    });
    h += '</div>';
    main.innerHTML = h;
  }

  function renderLog() {
    let h = '<div class="page-head"><div><h1>Activity log</h1><div class="sub">Today\'s bed management events</div></div></div><ul class="log">';
    S.log.slice().reverse().forEach(l => { h += '<li><span class="lt">' + l.time + '</span>' + esc(l.text) + '</li>'; });
    main.innerHTML = h + '</ul>';
  }

  function renderSettings() {
    const st = S.settings;
    const sw = (id, on, label, desc) => '<div class="setrow"><div><div class="sl">' + label + '</div><div class="sd">' + desc + '</div></div><label class="switch"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + ' aria-label="' + label + '"><span></span></label></div>';
    let h = '<div class="page-head"><div><h1>Board settings</h1><div class="sub">Applies to this ward\'s display only</div></div></div><div class="card">';
    h += sw('s-edd', st.showEdd, 'Show expected discharge date', 'Display EDD on each bed tile');
    h += sw('s-falls', st.highlightFalls, 'Highlight falls risk', 'Outline tiles for patients with a falls risk assessment');
    h += sw('s-bm', st.notifyBedManager, 'Notify bed manager', 'Send a page to the site bed manager when a bed becomes ready');
    h += '<div class="setrow"><div><div class="sl">Occupancy alert threshold</div><div class="sd">Warn when occupancy reaches this percentage</div></div><div><input type="number" id="s-occ" min="50" max="100" value="' + st.occupancyAlert + '"> %</div></div>';
    h += '<div class="setrow"><div><div class="sl">Wall display refresh</div><div class="sd">How often the corridor screen reloads</div></div><select id="s-ref">' +
      [['30', 'Every 30 seconds'], ['60', 'Every minute'], ['300', 'Every 5 minutes']].map(o => '<option value="' + o[0] + '"' + (o[0] === st.autoRefresh ? ' selected' : '') + '>' + o[1] + '</option>').join('') + '</select></div>';
    h += '<div class="setfoot"><button class="btn primary" id="s-save">Save settings</button><button class="btn" id="s-cancel">Revert</button></div></div>';
    main.innerHTML = h;
    document.getElementById('s-save').onclick = () => {
      const occ = parseInt(document.getElementById('s-occ').value, 10);
      if (!(occ >= 50 && occ <= 100)) { toast('Threshold must be between 50 and 100', 'bad'); return; }
      S.settings = { showEdd: document.getElementById('s-edd').checked, highlightFalls: document.getElementById('s-falls').checked, groupByBay: st.groupByBay, occupancyAlert: occ,
        autoRefresh: document.getElementById('s-ref').value, notifyBedManager: document.getElementById('s-bm').checked };
      toast('Settings saved');
    };
    document.getElementById('s-cancel').onclick = renderSettings;
  }

  function renderPanel() {
    const p = patByMrn(panelMrn);
    if (!p || p.status !== 'Inpatient') { panelMrn = null; panel.classList.add('hidden'); panel.innerHTML = ''; return; }
    panel.classList.remove('hidden');
    panel.innerHTML = '<div class="p-head"><div><div class="p-bed">Bed ' + p.bed + '</div><h2>' + esc(p.name) + '</h2><div class="p-sub">' + p.sex + ' · ' + p.age + ' years · MRN ' + p.mrn + '</div></div><button class="icon-btn" id="p-close" aria-label="Close panel" title="Close">✕</button></div>' +
      '<dl class="p-dl"><dt>Consultant</dt><dd>' + esc(p.consultant) + '</dd><dt>Admitted</dt><dd>' + fmt(p.admitted) + ' 2025</dd><dt>Expected discharge</dt><dd>' + fmt(p.edd) + ' 2025</dd>' +
      '<dt>Acuity</dt><dd>' + p.acuity + '</dd><dt>Falls risk</dt><dd>' + (p.fallsRisk ? 'Yes' : 'No') + '</dd><dt>Isolation</dt><dd>' + esc(p.isolation) + '</dd></dl>' +
      '<div class="p-acts"><button class="btn" id="pa-edit">Edit details</button><button class="btn" id="pa-move">Transfer bed</button><button class="btn danger" id="pa-dis">Discharge patient</button></div>';
    document.getElementById('p-close').onclick = () => { panelMrn = null; renderPanel(); };
    document.getElementById('pa-edit').onclick = () => editModal(p);
    document.getElementById('pa-move').onclick = () => transferModal(p);
    document.getElementById('pa-dis').onclick = () => dischargeModal(p);
  }
  function openPanel(mrn) { panelMrn = mrn; renderPanel(); }

  // ---------------- actions ----------------
  function bedOptions(filterFn, selected) {
    return S.beds.filter(filterFn).map(b => '<option value="' + b.id + '"' + (b.id === selected ? ' selected' : '') + '>' + b.id + ' — ' + esc(b.type) + '</option>').join('');
  }

  function editModal(p) {
    modal('Edit details · ' + p.name,
      '<div class="f2"><label>Consultant<select id="e-cons">' + CONSULTANTS.map(c => '<option' + (c === p.consultant ? ' selected' : '') + '>' + c + '</option>').join('') + '</select></label>' +
      '<label>Expected discharge<input type="date" id="e-edd" value="' + p.edd + '"></label></div>' +
      '<fieldset><legend>Acuity</legend>' + ['Low', 'Medium', 'High'].map(a => '<label class="rad"><input type="radio" name="e-ac" value="' + a + '"' + (a === p.acuity ? ' checked' : '') + '> ' + a + '</label>').join('') + '</fieldset>' +
      '<label>Isolation status<select id="e-iso">' + ISOLATION.map(c => '<option' + (c === p.isolation ? ' selected' : '') + '>' + c + '</option>').join('') + '</select></label>' +
      '<label class="chk"><input type="checkbox" id="e-falls"' + (p.fallsRisk ? ' checked' : '') + '> Falls risk (assessment score ≥ 3)</label>',
      [{ label: 'Cancel' }, { label: 'Save changes', cls: 'primary', fn: m => {
        const edd = m.querySelector('#e-edd').value;
        if (!edd) { merr(m, 'Expected discharge date is required.'); return; }
        if (edd < p.admitted) { merr(m, 'EDD cannot be before the admission date.'); return; }
        p.consultant = m.querySelector('#e-cons').value; p.edd = edd;
        p.acuity = m.querySelector('input[name=e-ac]:checked').value;
        p.isolation = m.querySelector('#e-iso').value; p.fallsRisk = m.querySelector('#e-falls').checked;
        addLog('Details updated for ' + p.name + ' (' + p.bed + ')');
        closeModal(); toast('Details saved for ' + p.name); render();
      } }]);
  }

  function transferModal(p) {
    const free = S.beds.filter(b => b.status === 'Clean');
    if (!free.length) { toast('No ready beds available for transfer', 'bad'); return; }
    modal('Transfer ' + p.name + ' from ' + p.bed,
      '<label>Move to bed<select id="t-bed"><option value="">Select a ready bed…</option>' + bedOptions(b => b.status === 'Clean') + '</select></label>' +
      '<label>Reason<select id="t-reason"><option value="">Select…</option>' + TRANSFER_REASONS.map(r => '<option>' + r + '</option>').join('') + '</select></label>' +
      '<label>Handover note<textarea id="t-note" rows="3" placeholder="Optional"></textarea></label>' +
      '<p class="hint">The vacated bed will be flagged for cleaning.</p>',
      [{ label: 'Cancel' }, { label: 'Confirm transfer', cls: 'primary', fn: m => {
        const to = m.querySelector('#t-bed').value, reason = m.querySelector('#t-reason').value;
        if (!to) { merr(m, 'Choose a destination bed.'); return; }
        if (!reason) { merr(m, 'Choose a reason for the move.'); return; }
        const from = bedById(p.bed), dest = bedById(to);
        from.status = 'Dirty'; from.patient = null;
        dest.status = 'Occupied'; dest.patient = p.mrn;
        S.transfers.push({ mrn: p.mrn, from: from.id, to: dest.id, reason, note: m.querySelector('#t-note').value.trim(), time: nowTime() });
        p.bed = dest.id;
        addLog(p.name + ' moved ' + from.id + ' → ' + dest.id + ' (' + reason + ')');
        closeModal(); toast(p.name + ' transferred to ' + dest.id); render();
      } }]);
  }

  function dischargeModal(p) {
    modal('Discharge ' + p.name,
      '<p class="hint">Bed ' + p.bed + ' · EDD ' + fmt(p.edd) + '. This removes the patient from the board.</p>' +
      '<label>Discharge destination<select id="d-dest"><option value="">Select…</option>' + DESTS.map(d => '<option>' + d + '</option>').join('') + '</select></label>' +
      '<label>Destination details<input type="text" id="d-detail" placeholder="e.g. name of care home or ward"></label>' +
      '<div class="f2"><label>Discharge date<input type="date" id="d-date" value="' + TODAY + '"></label><label>Time<input type="time" id="d-time" value="14:00"></label></div>' +
      '<label class="chk"><input type="checkbox" id="d-tto"> TTO medication ready</label>' +
      '<label class="chk"><input type="checkbox" id="d-trans"> Patient transport booked</label>',
      [{ label: 'Cancel' }, { label: 'Confirm discharge', cls: 'danger', fn: m => {
        const dest = m.querySelector('#d-dest').value, date = m.querySelector('#d-date').value;
        if (!dest) { merr(m, 'Select a discharge destination.'); return; }
        if (!date) { merr(m, 'Enter the discharge date.'); return; }
        const b = bedById(p.bed);
        p.status = 'Discharged';
        p.discharge = { destination: dest, detail: m.querySelector('#d-detail').value.trim(), date, time: m.querySelector('#d-time').value,
          ttoReady: m.querySelector('#d-tto').checked, transportBooked: m.querySelector('#d-trans').checked, fromBed: b.id };
        p.bed = null; b.patient = null; b.status = 'Dirty';
        addLog(p.name + ' discharged from ' + b.id + ' (' + dest + ')');
        panelMrn = null; closeModal(); toast(p.name + ' discharged · ' + b.id + ' awaiting clean'); render();
      } }]);
  }

  function closeBedModal(b) {
    modal('Close bed ' + b.id,
      '<label>Reason<select id="c-reason">' + CLOSE_REASONS.map(r => '<option>' + r + '</option>').join('') + '</select></label><label>Comment<textarea id="c-note" rows="2"></textarea></label>',
      [{ label: 'Cancel' }, { label: 'Close bed', cls: 'danger', fn: m => {
        b.status = 'Closed'; b.closedReason = m.querySelector('#c-reason').value;
        addLog(b.id + ' closed: ' + b.closedReason); closeModal(); toast('Bed ' + b.id + ' closed'); render();
      } }]);
  }

  function markClean(b) {
    b.status = 'Clean'; addLog(b.id + ' cleaned and ready'); toast('Bed ' + b.id + ' marked ready'); render();
  }

  function allocModal(r) {
    const free = S.beds.filter(b => b.status === 'Clean');
    modal('Allocate bed · ' + r.name,
      '<p class="hint">' + esc(r.complaint) + ' · needs ' + esc(r.need) + '</p>' +
      '<label>Bed<select id="a-bed"><option value="">Select a ready bed…</option>' + bedOptions(b => b.status === 'Clean') + '</select></label>' +
      '<div class="f2"><label>Consultant<select id="a-cons">' + CONSULTANTS.map(c => '<option' + (c === r.consultant ? ' selected' : '') + '>' + c + '</option>').join('') + '</select></label>' +
      '<label>Expected discharge<input type="date" id="a-edd"></label></div>' +
      '<fieldset><legend>Acuity</legend>' + ['Low', 'Medium', 'High'].map(a => '<label class="rad"><input type="radio" name="a-ac" value="' + a + '"' + (a === r.acuity ? ' checked' : '') + '> ' + a + '</label>').join('') + '</fieldset>' +
      '<label class="chk"><input type="checkbox" id="a-falls"> Falls risk</label>' +
      '<label>Isolation status<select id="a-iso">' + ISOLATION.map(c => '<option>' + c + '</option>').join('') + '</select></label>' +
      (free.length ? '' : '<p class="warn">No beds are currently ready.</p>'),
      [{ label: 'Cancel' }, { label: 'Admit to bed', cls: 'primary', fn: m => {
        const to = m.querySelector('#a-bed').value;
        if (!to) { merr(m, 'Choose a bed.'); return; }
        const edd = m.querySelector('#a-edd').value;
        if (edd && edd < TODAY) { merr(m, 'EDD cannot be in the past.'); return; }
        const b = bedById(to);
        const p = P(r.mrn, r.name, r.sex, r.age, to, m.querySelector('#a-cons').value, TODAY, edd || null, m.querySelector('input[name=a-ac]:checked').value,
          m.querySelector('#a-falls').checked, m.querySelector('#a-iso').value);
        p.referral = r.ref;
        S.patients.push(p);
        b.status = 'Occupied'; b.patient = p.mrn;
        S.queue.splice(S.queue.indexOf(r), 1);
        addLog(r.name + ' admitted to ' + to + ' from ' + r.source);
        closeModal(); toast(r.name + ' admitted to ' + to); render();
      } }]);
  }

  // ---------------- events ----------------
  document.getElementById('nav').addEventListener('click', e => {
    const a = e.target.closest('a[data-view]');
    if (!a) return;
    e.preventDefault(); S.view = a.dataset.view; render();
  });
  main.addEventListener('click', e => {
    const t = e.target.closest('button');
    if (!t) return;
    if (t.dataset.menu) {
      e.stopPropagation();
      const b = bedById(t.dataset.menu);
      const items = [];
      if (b.status === 'Occupied') {
        const p = patByMrn(b.patient);
        items.push({ label: 'Open patient', fn: () => openPanel(p.mrn) }, { label: 'Edit details…', fn: () => editModal(p) }, { label: 'Transfer…', fn: () => transferModal(p) }, { label: 'Discharge…', danger: true, fn: () => dischargeModal(p) });
      } else if (b.status === 'Dirty') {
        items.push({ label: 'Mark as cleaned', fn: () => markClean(b) }, { label: 'Close bed…', danger: true, fn: () => closeBedModal(b) });
      } else if (b.status === 'Clean') {
        items.push({ label: 'Request deep clean', fn: () => { b.status = 'Dirty'; addLog(b.id + ' sent for deep clean'); toast('Deep clean requested for ' + b.id); render(); } }, { label: 'Close bed…', danger: true, fn: () => closeBedModal(b) });
      } else {
        items.push({ label: 'Reopen bed', fn: () => { b.status = 'Dirty'; b.closedReason = null; addLog(b.id + ' reopened (needs clean)'); toast('Bed ' + b.id + ' reopened — awaiting clean'); render(); } });
      }
      showMenu(t, items);
      return;
    }
    if (t.dataset.open) { openPanel(t.dataset.open); return; }
    if (t.dataset.edit) { editModal(patByMrn(t.dataset.edit)); return; }
    if (t.dataset.alloc) { allocModal(S.queue.find(r => r.ref === t.dataset.alloc)); return; }
    if (t.dataset.qmenu) {
      e.stopPropagation();
      const r = S.queue.find(x => x.ref === t.dataset.qmenu);
      showMenu(t, [{ label: 'Copy referral number', fn: () => toast(r.ref + ' copied') }, { label: 'Print referral', fn: () => toast('Sent to ward printer') }]);
    }
  });

  render();
})();
