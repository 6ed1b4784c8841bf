(function () {
  'use strict';
  window.state = {
    currentUser: 'Sofia Lindqvist',
    instruments: [
      { id: 'INS-01', name: 'Confocal Microscope', model: 'Zeiss LSM 980 Airyscan', room: 'B214', category: 'Imaging', status: 'Available', training: true, rate: 42 },
      { id: 'INS-02', name: 'Widefield Microscope', model: 'Nikon Ti2-E', room: 'B214', category: 'Imaging', status: 'In use', training: true, rate: 18, note: 'Arjun Mehta until 12:00' },
      { id: 'INS-03', name: '600 MHz NMR', model: 'Bruker Avance III HD', room: 'B010', category: 'Spectroscopy', status: 'Available', training: true, rate: 55 },
      { id: 'INS-04', name: 'Orbitrap Mass Spectrometer', model: 'Thermo Exploris 480', room: 'B012', category: 'Mass spectrometry', status: 'Available', training: true, rate: 70 },
      { id: 'INS-05', name: 'Cell Sorter', model: 'BD FACSAria III', room: 'B220', category: 'Flow cytometry', status: 'Available', training: true, rate: 48 },
      { id: 'INS-06', name: 'Plate Reader', model: 'Tecan Spark', room: 'B118', category: 'Spectroscopy', status: 'Available', training: false, rate: 12 },
      { id: 'INS-07', name: 'qPCR System', model: 'Bio-Rad CFX96', room: 'B118', category: 'Genomics', status: 'Available', training: false, rate: 10 },
      { id: 'INS-08', name: 'Particle Sizer', model: 'Malvern Zetasizer Ultra', room: 'B120', category: 'Spectroscopy', status: 'Available', training: false, rate: 15 },
      { id: 'INS-09', name: 'HPLC', model: 'Agilent 1260 Infinity II', room: 'B012', category: 'Chromatography', status: 'Out of service', training: true, rate: 20, note: 'Pump seal replacement — back 27 May' },
      { id: 'INS-10', name: 'Ultracentrifuge', model: 'Beckman Optima XPN-100', room: 'B122', category: 'Sample prep', status: 'Available', training: true, rate: 14 },
      { id: 'INS-11', name: 'Benchtop Sequencer', model: 'Illumina MiSeq', room: 'B230', category: 'Genomics', status: 'In use', training: true, rate: 35, note: 'Run finishes 18:40' },
      { id: 'INS-12', name: 'Gel Imager', model: 'Bio-Rad ChemiDoc MP', room: 'B118', category: 'Imaging', status: 'Available', training: false, rate: 5 }
    ],
    projects: [
      { code: 'PRJ-118', title: 'Mitochondrial fission in neurons', pi: 'Dr. Lena Fischer', budget: 'Wellcome 224/19' },
      { code: 'PRJ-204', title: 'Biofilm matrix proteins', pi: 'Prof. Hannah Marsh', budget: 'BBSRC BB/T0081' },
      { code: 'PRJ-207', title: 'Antibiotic tolerance screening', pi: 'Prof. Hannah Marsh', budget: 'MRC MR/W0112' },
      { code: 'PRJ-231', title: 'Membrane protein NMR', pi: 'Dr. Omar Haddad', budget: 'ERC 101042' },
      { code: 'PRJ-240', title: 'Lipid nanoparticle formulation', pi: 'Dr. Grace Adeyemi', budget: 'Industry — Novaris' },
      { code: 'PRJ-252', title: 'Single-cell immune profiling', pi: 'Dr. Arjun Mehta', budget: 'CRUK C1450' }
    ],
    bookings: [
      { id: 'BK-2201', instrument: 'INS-02', user: 'Arjun Mehta', date: '2024-05-20', start: '09:00', end: '12:00', project: 'PRJ-252', status: 'Confirmed' },
      { id: 'BK-2202', instrument: 'INS-11', user: 'Priyanka Das', date: '2024-05-20', start: '08:30', end: '18:30', project: 'PRJ-252', status: 'Confirmed' },
      { id: 'BK-2203', instrument: 'INS-01', user: 'Lena Fischer', date: '2024-05-20', start: '13:00', end: '16:00', project: 'PRJ-118', status: 'Confirmed' },
      { id: 'BK-2204', instrument: 'INS-06', user: 'Sofia Lindqvist', date: '2024-05-20', start: '15:00', end: '16:00', project: 'PRJ-204', status: 'Confirmed' },
      { id: 'BK-2205', instrument: 'INS-04', user: 'Tomás Ortega', date: '2024-05-21', start: '09:00', end: '17:00', project: 'PRJ-240', status: 'Confirmed' },
      { id: 'BK-2206', instrument: 'INS-05', user: 'Arjun Mehta', date: '2024-05-21', start: '10:00', end: '13:00', project: 'PRJ-252', status: 'Confirmed' },
      { id: 'BK-2207', instrument: 'INS-03', user: 'Omar Haddad', date: '2024-05-22', start: '09:00', end: '13:00', project: 'PRJ-231', status: 'Confirmed' },
      { id: 'BK-2208', instrument: 'INS-03', user: 'Lena Fischer', date: '2024-05-22', start: '14:00', end: '17:00', project: 'PRJ-118', status: 'Confirmed' },
      { id: 'BK-2209', instrument: 'INS-07', user: 'Sofia Lindqvist', date: '2024-05-22', start: '10:00', end: '12:30', project: 'PRJ-207', status: 'Confirmed' },
      { id: 'BK-2210', instrument: 'INS-01', user: 'Mei Tanaka', date: '2024-05-22', start: '09:30', end: '12:00', project: 'PRJ-118', status: 'Confirmed' },
      { id: 'BK-2211', instrument: 'INS-06', user: 'Jakub Novak', date: '2024-05-23', start: '10:00', end: '12:00', project: 'PRJ-207', status: 'Confirmed' },
      { id: 'BK-2212', instrument: 'INS-10', user: 'Grace Adeyemi', date: '2024-05-23', start: '08:00', end: '14:00', project: 'PRJ-240', status: 'Confirmed' },
      { id: 'BK-2213', instrument: 'INS-07', user: 'Jakub Novak', date: '2024-05-23', start: '14:00', end: '16:00', project: 'PRJ-207', status: 'Confirmed' },
      { id: 'BK-2214', instrument: 'INS-08', user: 'Tomás Ortega', date: '2024-05-23', start: '13:00', end: '15:00', project: 'PRJ-240', status: 'Confirmed' },
      { id: 'BK-2215', instrument: 'INS-03', user: 'Omar Haddad', date: '2024-05-24', start: '14:00', end: '18:00', project: 'PRJ-231', status: 'Confirmed' },
      { id: 'BK-2216', instrument: 'INS-05', user: 'Priyanka Das', date: '2024-05-24', start: '09:00', end: '12:00', project: 'PRJ-252', status: 'Confirmed' },
      { id: 'BK-2217', instrument: 'INS-04', user: 'Omar Haddad', date: '2024-05-24', start: '09:00', end: '12:00', project: 'PRJ-231', status: 'Confirmed' },
      { id: 'BK-2218', instrument: 'INS-12', user: 'Sofia Lindqvist', date: '2024-05-24', start: '11:00', end: '11:30', project: 'PRJ-204', status: 'Confirmed' },
      { id: 'BK-2198', instrument: 'INS-03', user: 'Omar Haddad', date: '2024-05-17', start: '09:00', end: '17:00', project: 'PRJ-231', status: 'Completed' },
      { id: 'BK-2199', instrument: 'INS-01', user: 'Sofia Lindqvist', date: '2024-05-17', start: '10:00', end: '12:00', project: 'PRJ-204', status: 'Completed' },
      { id: 'BK-2200', instrument: 'INS-09', user: 'Grace Adeyemi', date: '2024-05-17', start: '13:00', end: '17:00', project: 'PRJ-240', status: 'Cancelled' }
    ],
    samples: [
      { id: 'SMP-0931', name: 'HeLa lysate, batch 4', type: 'Protein', owner: 'Arjun Mehta', unit: 'Freezer F1', rack: 'Rack 2', box: 'Box 7 / A3', received: '2024-04-11', status: 'Stored' },
      { id: 'SMP-0932', name: 'P. aeruginosa PAO1 biofilm ECM', type: 'Protein', owner: 'Sofia Lindqvist', unit: 'Freezer F2', rack: 'Rack 3', box: 'Box 2 / B1', received: '2024-04-12', status: 'Stored' },
      { id: 'SMP-0933', name: 'Mouse cortex RNA, P7', type: 'RNA', owner: 'Lena Fischer', unit: 'Freezer F1', rack: 'Rack 1', box: 'Box 3 / C6', received: '2024-04-15', status: 'Stored' },
      { id: 'SMP-0934', name: 'OmpA-His6 purified', type: 'Protein', owner: 'Omar Haddad', unit: 'Freezer F2', rack: 'Rack 1', box: 'Box 9 / A1', received: '2024-04-16', status: 'In analysis' },
      { id: 'SMP-0935', name: 'LNP-17 formulation', type: 'Formulation', owner: 'Grace Adeyemi', unit: 'Fridge R1', rack: 'Shelf 2', box: 'Tray 4', received: '2024-04-18', status: 'Stored' },
      { id: 'SMP-0936', name: 'PBMC donor 12', type: 'Cells', owner: 'Priyanka Das', unit: 'LN2 Dewar D1', rack: 'Cane 4', box: 'Vial 2', received: '2024-04-19', status: 'Stored' },
      { id: 'SMP-0937', name: 'E. coli MG1655 gDNA', type: 'DNA', owner: 'Jakub Novak', unit: 'Freezer F3', rack: 'Rack 2', box: 'Box 1 / D4', received: '2024-04-22', status: 'Stored' },
      { id: 'SMP-0938', name: 'Serum panel, cohort B', type: 'Serum', owner: 'Tomás Ortega', unit: 'Freezer F1', rack: 'Rack 4', box: 'Box 11', received: '2024-04-23', status: 'Shipped' },
      { id: 'SMP-0939', name: 'Hippocampal neurons DIV14', type: 'Cells', owner: 'Mei Tanaka', unit: 'LN2 Dewar D1', rack: 'Cane 2', box: 'Vial 6', received: '2024-04-24', status: 'Stored' },
      { id: 'SMP-0940', name: 'PelA glycoside hydrolase', type: 'Protein', owner: 'Sofia Lindqvist', unit: 'Freezer F2', rack: 'Rack 3', box: 'Box 2 / B2', received: '2024-04-26', status: 'In analysis' },
      { id: 'SMP-0941', name: 'Liver tissue, WT-3', type: 'Tissue', owner: 'Lena Fischer', unit: 'Freezer F1', rack: 'Rack 5', box: 'Box 2', received: '2024-04-29', status: 'Stored' },
      { id: 'SMP-0942', name: '16S amplicon library L-22', type: 'DNA', owner: 'Priyanka Das', unit: 'Freezer F3', rack: 'Rack 1', box: 'Box 6 / A2', received: '2024-04-30', status: 'Stored' },
      { id: 'SMP-0943', name: 'Ciprofloxacin-treated PAO1 pellet', type: 'Cells', owner: 'Jakub Novak', unit: 'Freezer F2', rack: 'Rack 4', box: 'Box 5 / C3', received: '2024-05-02', status: 'Stored' },
      { id: 'SMP-0944', name: 'Mouse cortex RNA, P21', type: 'RNA', owner: 'Lena Fischer', unit: 'Freezer F1', rack: 'Rack 1', box: 'Box 3 / C7', received: '2024-05-03', status: 'Stored' },
      { id: 'SMP-0945', name: 'LNP-18 formulation', type: 'Formulation', owner: 'Grace Adeyemi', unit: 'Fridge R1', rack: 'Shelf 2', box: 'Tray 4', received: '2024-05-06', status: 'Stored' },
      { id: 'SMP-0946', name: 'OmpF nanodisc prep', type: 'Protein', owner: 'Omar Haddad', unit: 'Freezer F2', rack: 'Rack 1', box: 'Box 9 / A2', received: '2024-05-07', status: 'Stored' },
      { id: 'SMP-0947', name: 'Biofilm supernatant, day 5', type: 'Protein', owner: 'Sofia Lindqvist', unit: 'Freezer F2', rack: 'Rack 3', box: 'Box 2 / B3', received: '2024-05-08', status: 'Stored' },
      { id: 'SMP-0948', name: 'Biofilm supernatant, day 7', type: 'Protein', owner: 'Sofia Lindqvist', unit: 'Freezer F2', rack: 'Rack 3', box: 'Box 2 / B4', received: '2024-05-08', status: 'Stored' },
      { id: 'SMP-0949', name: 'Tumour digest, patient 031', type: 'Tissue', owner: 'Arjun Mehta', unit: 'LN2 Dewar D1', rack: 'Cane 1', box: 'Vial 3', received: '2024-05-09', status: 'Stored' },
      { id: 'SMP-0950', name: 'Plasmid pET28-PelA', type: 'DNA', owner: 'Sofia Lindqvist', unit: 'Freezer F3', rack: 'Rack 2', box: 'Box 1 / D5', received: '2024-05-13', status: 'Stored' },
      { id: 'SMP-0951', name: 'Serum panel, cohort C', type: 'Serum', owner: 'Tomás Ortega', unit: 'Freezer F1', rack: 'Rack 4', box: 'Box 12', received: '2024-05-14', status: 'Stored' },
      { id: 'SMP-0952', name: 'Expired buffer stocks', type: 'Reagent', owner: 'Mei Tanaka', unit: 'Fridge R1', rack: 'Shelf 1', box: '—', received: '2023-11-02', status: 'Disposed' },
      { id: 'SMP-0953', name: 'Nanobody Nb-14', type: 'Protein', owner: 'Omar Haddad', unit: 'Freezer F2', rack: 'Rack 2', box: 'Box 4 / A5', received: '2024-05-16', status: 'Stored' },
      { id: 'SMP-0954', name: 'Single-cell library SC-07', type: 'DNA', owner: 'Priyanka Das', unit: 'Freezer F3', rack: 'Rack 1', box: 'Box 6 / A3', received: '2024-05-17', status: 'In analysis' }
    ]
  };

  const S = window.state;
  const ui = { s: 'instruments', cat: 'All', schedTab: 'upcoming', schedInst: 'all', sq: '', stype: 'All types' };
  const UNITS = { 'Freezer F1': ['Rack 1', 'Rack 2', 'Rack 3', 'Rack 4', 'Rack 5'], 'Freezer F2': ['Rack 1', 'Rack 2', 'Rack 3', 'Rack 4'], 'Freezer F3': ['Rack 1', 'Rack 2', 'Rack 3'], 'Fridge R1': ['Shelf 1', 'Shelf 2', 'Shelf 3'], 'LN2 Dewar D1': ['Cane 1', 'Cane 2', 'Cane 3', 'Cane 4', 'Cane 5'] };
  const TEMPS = { 'Freezer F1': '−80 °C', 'Freezer F2': '−80 °C', 'Freezer F3': '−20 °C', 'Fridge R1': '4 °C', 'LN2 Dewar D1': '−196 °C' };
  const TODAY = '2024-05-20';
  const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const $ = (s, r) => (r || document).querySelector(s);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const fd = iso => { const d = new Date(iso + 'T12:00:00Z'); return WD[d.getUTCDay()] + ' ' + d.getUTCDate() + ' ' + MO[d.getUTCMonth()]; };
  const inst = id => S.instruments.find(i => i.id === id);
  const times = []; for (let h = 7; h <= 21; h++) { times.push((h < 10 ? '0' : '') + h + ':00'); if (h < 21) times.push((h < 10 ? '0' : '') + h + ':30'); }

  function toast(m, kind) {
    const t = document.createElement('div'); t.className = 'toast ' + (kind || ''); t.innerHTML = '<b>' + (kind === 'err' ? 'Heads up' : 'Done') + '</b><span>' + esc(m) + '</span>';
    $('#toasts').appendChild(t); setTimeout(() => t.classList.add('out'), 3300); setTimeout(() => t.remove(), 3800);
  }
  function modal(o) {
    const r = $('#modal-root');
    r.innerHTML = '<div class="scrim"><div class="dlg" role="dialog" aria-modal="true" aria-labelledby="dlg-t"><h2 id="dlg-t">' + esc(o.title) + '</h2>' + (o.sub ? '<p class="dlg-sub">' + o.sub + '</p>' : '') +
      '<div class="dlg-body">' + o.body + '</div><div class="dlg-foot"><button class="b" data-x>' + esc(o.cancel || 'Cancel') + '</button><button class="b ' + (o.danger ? 'danger' : 'pri') + '" data-ok>' + esc(o.ok || 'Save') + '</button></div></div></div>';
    const close = () => r.innerHTML = '';
    $('[data-x]', r).onclick = close;
    r.firstChild.addEventListener('mousedown', e => { if (e.target === r.firstChild) close(); });
    $('[data-ok]', r).onclick = () => {
      const err = o.onOk($('.dlg', r));
      if (err) { let e = $('.dlg-err', r); if (!e) { e = document.createElement('div'); e.className = 'dlg-err'; $('.dlg-body', r).appendChild(e); } e.textContent = err; return; }
      close();
    };
  }
  let mEl = null;
  const closeMenu = () => { if (mEl) { mEl.remove(); mEl = null; } };
  function menu(btn, items) {
    closeMenu();
    mEl = document.createElement('div'); mEl.className = 'pop'; mEl.setAttribute('role', 'menu');
    items.forEach(it => { const b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.className = 'pop-i' + (it.danger ? ' danger' : ''); b.textContent = it.label; b.onclick = e => { e.stopPropagation(); closeMenu(); it.run(); }; mEl.appendChild(b); });
    document.body.appendChild(mEl);
    const rc = btn.getBoundingClientRect();
    mEl.style.top = (rc.bottom + window.scrollY + 4) + 'px'; mEl.style.left = (rc.right + window.scrollX - 210) + 'px';
  }
  document.addEventListener('click', e => { if (mEl && !mEl.contains(e.target)) closeMenu(); });

  const TITLES = { instruments: ['Instruments', 'Book shared equipment in the B-wing core facility'], schedule: ['Schedule', 'All instrument bookings for this week'], samples: ['Samples', 'Sample register and storage locations'], projects: ['Projects', 'Active cost codes for instrument time'], policies: ['Booking policies', 'Rules for using the core facility'] };
  $('.side').addEventListener('click', e => {
    const b = e.target.closest('.nv'); if (!b) return;
    ui.s = b.dataset.s;
    document.querySelectorAll('.nv').forEach(x => x.classList.toggle('active', x === b));
    render(); window.scrollTo(0, 0);
  });
  function render() {
    closeMenu();
    $('#title').textContent = TITLES[ui.s][0]; $('#subtitle').textContent = TITLES[ui.s][1];
    ({ instruments: rInstruments, schedule: rSchedule, samples: rSamples, projects: rProjects, policies: rPolicies })[ui.s]($('#view'));
  }
  const stClass = s => ({ 'Available': 'ok', 'In use': 'busy', 'Out of service': 'down' }[s]);

  function rInstruments(v) {
    const cats = ['All'].concat([...new Set(S.instruments.map(i => i.category))]);
    const list = S.instruments.filter(i => ui.cat === 'All' || i.category === ui.cat);
    v.innerHTML = '<div class="chips" role="tablist">' + cats.map(c => '<button role="tab" class="chip' + (c === ui.cat ? ' on' : '') + '" data-c="' + esc(c) + '">' + esc(c) + '</button>').join('') + '</div>' +
      '<div class="cards">' + list.map(i => {
        const next = S.bookings.filter(b => b.instrument === i.id && b.status === 'Confirmed' && b.date >= TODAY).sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))[0];
        return '<article class="card" data-id="' + i.id + '"><div class="card-top"><span class="dot ' + stClass(i.status) + '"></span><span class="st-txt">' + i.status + '</span><button class="more" aria-label="More options for ' + esc(i.name) + '">⋯</button></div>' +
          '<h3>' + esc(i.name) + '</h3><div class="model">' + esc(i.model) + '</div>' +
          '<div class="meta"><span>Room ' + i.room + '</span><span>£' + i.rate + '/h</span><span>' + (i.training ? 'Training required' : 'Open access') + '</span></div>' +
          '<div class="note">' + (i.note ? esc(i.note) : next ? 'Next: ' + fd(next.date) + ', ' + next.start + '–' + next.end + ' (' + esc(next.user) + ')' : 'No upcoming bookings') + '</div>' +
          '<div class="card-foot"><span class="mono">' + i.id + '</span><button class="b pri sm book"' + (i.status === 'Out of service' ? ' disabled' : '') + '>Book</button></div></article>';
      }).join('') + '</div>';
    v.querySelectorAll('.chip').forEach(c => c.onclick = () => { ui.cat = c.dataset.c; rInstruments(v); });
    v.querySelectorAll('.book').forEach(b => b.onclick = () => bookModal(b.closest('.card').dataset.id));
    v.querySelectorAll('.more').forEach(b => b.onclick = e => {
      e.stopPropagation();
      const i = inst(b.closest('.card').dataset.id);
      const items = [{ label: 'View bookings', run: () => { ui.s = 'schedule'; ui.schedInst = i.id; document.querySelectorAll('.nv').forEach(x => x.classList.toggle('active', x.dataset.s === 'schedule')); render(); } }];
      if (i.status !== 'Out of service') items.push({ label: 'Mark out of service…', danger: true, run: () => oosModal(i) });
      else items.push({ label: 'Return to service', run: () => { i.status = 'Available'; i.note = ''; render(); toast(i.name + ' is back in service'); } });
      items.push({ label: 'Report a problem', run: () => toast('Problem report form opened in a new tab', 'err') });
      menu(b, items);
    });
  }

  function oosModal(i) {
    modal({
      title: 'Take instrument out of service?', danger: true, ok: 'Mark out of service',
      sub: '<b>' + esc(i.name) + '</b> — ' + esc(i.model) + ', room ' + i.room + '. New bookings will be blocked and users with upcoming bookings will be emailed.',
      body: '<div class="fld"><label for="oos-reason">Reason</label><input id="oos-reason" placeholder="e.g. laser failure"></div><div class="fld"><label for="oos-back">Expected back</label><input type="date" id="oos-back"></div>',
      onOk: d => { i.status = 'Out of service'; i.note = $('#oos-reason', d).value.trim() || 'Out of service'; render(); toast(i.name + ' marked out of service'); }
    });
  }

  function bookModal(id) {
    const i = inst(id);
    modal({
      title: 'Book ' + i.name, sub: esc(i.model) + ' · Room ' + i.room + ' · £' + i.rate + '/h',
      body: '<div class="fld"><label for="bk-inst">Instrument</label><select id="bk-inst">' + S.instruments.filter(x => x.status !== 'Out of service').map(x => '<option value="' + x.id + '"' + (x.id === id ? ' selected' : '') + '>' + esc(x.name) + ' (' + esc(x.model) + ')</option>').join('') + '</select></div>' +
        '<div class="row3"><div class="fld"><label for="bk-date">Date</label><input type="date" id="bk-date" value="' + TODAY + '"></div>' +
        '<div class="fld"><label for="bk-start">Start time</label><select id="bk-start">' + times.map(t => '<option' + (t === '09:00' ? ' selected' : '') + '>' + t + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="bk-end">End time</label><select id="bk-end">' + times.map(t => '<option' + (t === '10:00' ? ' selected' : '') + '>' + t + '</option>').join('') + '</select></div></div>' +
        '<div class="fld"><label for="bk-proj">Project (cost code)</label><select id="bk-proj"><option value="">Select project…</option>' + S.projects.map(p => '<option value="' + p.code + '">' + p.code + ' — ' + esc(p.title) + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="bk-notes">Purpose / notes</label><input id="bk-notes" placeholder="optional"></div>' +
        '<label class="ck"><input type="checkbox" id="bk-assist"> Request technician assistance</label>',
      ok: 'Confirm booking',
      onOk: d => {
        const b = { instrument: $('#bk-inst', d).value, user: S.currentUser, date: $('#bk-date', d).value, start: $('#bk-start', d).value, end: $('#bk-end', d).value, project: $('#bk-proj', d).value, status: 'Confirmed', assist: $('#bk-assist', d).checked };
        if (!b.date) return 'Choose a date.';
        if (b.end <= b.start) return 'End time must be after the start time.';
        if (!b.project) return 'Choose the project to charge.';
        const clash = S.bookings.find(x => x.instrument === b.instrument && x.status === 'Confirmed' && x.date === b.date && x.start < b.end && b.start < x.end);
        if (clash) return 'That slot overlaps ' + clash.id + ' (' + clash.user + ', ' + clash.start + '–' + clash.end + ').';
        b.id = 'BK-' + (Math.max(...S.bookings.map(x => +x.id.slice(3))) + 1);
        S.bookings.push(b); render(); toast(b.id + ': ' + inst(b.instrument).name + ', ' + fd(b.date) + ' ' + b.start + '–' + b.end);
      }
    });
  }

  function rSchedule(v) {
    const f = { upcoming: b => b.status === 'Confirmed', past: b => b.status === 'Completed', cancelled: b => b.status === 'Cancelled' }[ui.schedTab];
    const list = S.bookings.filter(b => f(b) && (ui.schedInst === 'all' || b.instrument === ui.schedInst)).sort((a, b) => (a.date + a.start + a.instrument).localeCompare(b.date + b.start + b.instrument));
    const days = [...new Set(list.map(b => b.date))];
    v.innerHTML = '<div class="toolbar"><div class="utabs" role="tablist">' + [['upcoming', 'Upcoming'], ['past', 'Completed'], ['cancelled', 'Cancelled']].map(t => '<button role="tab" class="utab' + (ui.schedTab === t[0] ? ' on' : '') + '" data-t="' + t[0] + '">' + t[1] + '</button>').join('') + '</div>' +
      '<label for="sch-inst" class="lab">Instrument</label><select id="sch-inst"><option value="all">All instruments</option>' + S.instruments.map(i => '<option value="' + i.id + '"' + (ui.schedInst === i.id ? ' selected' : '') + '>' + esc(i.name) + '</option>').join('') + '</select></div>' +
      (days.length ? days.map(d => '<section class="day"><h3>' + fd(d) + (d === TODAY ? ' <span class="today">Today</span>' : '') + '</h3>' +
        list.filter(b => b.date === d).map(b => {
          const i = inst(b.instrument);
          return '<div class="slot" data-id="' + b.id + '"><div class="time">' + b.start + '–' + b.end + '</div><div class="slot-main"><b>' + esc(i.name) + '</b> <span class="muted">' + esc(i.model) + ' · ' + i.room + '</span><div class="muted">' + esc(b.user) + ' · ' + b.project + ' · <span class="mono">' + b.id + '</span></div></div>' +
            (b.status === 'Confirmed' ? '<button class="b sm ghost cx">Cancel booking</button>' : '<span class="tag">' + b.status + '</span>') + '</div>';
        }).join('') + '</section>').join('') : '<div class="empty">No bookings.</div>');
    v.querySelectorAll('.utab').forEach(t => t.onclick = () => { ui.schedTab = t.dataset.t; rSchedule(v); });
    $('#sch-inst').onchange = e => { ui.schedInst = e.target.value; rSchedule(v); };
    v.querySelectorAll('.cx').forEach(btn => btn.onclick = () => {
      const b = S.bookings.find(x => x.id === btn.closest('.slot').dataset.id), i = inst(b.instrument);
      modal({
        title: 'Cancel this booking?', danger: true, ok: 'Cancel booking', cancel: 'Keep it',
        sub: '<b>' + esc(i.name) + '</b>, ' + fd(b.date) + ' ' + b.start + '–' + b.end + ' for ' + esc(b.user) + ' (' + b.project + '). Cancellations less than 24 h ahead are still charged.',
        body: '', onOk: () => { b.status = 'Cancelled'; render(); toast(b.id + ' cancelled'); }
      });
    });
  }

  function rSamples(v) {
    const q = ui.sq.toLowerCase();
    const types = ['All types'].concat([...new Set(S.samples.map(s => s.type))].sort());
    const list = S.samples.filter(s => (ui.stype === 'All types' || s.type === ui.stype) && (!q || (s.id + ' ' + s.name + ' ' + s.owner).toLowerCase().includes(q)));
    v.innerHTML = '<div class="toolbar"><input type="search" id="sq" class="search" aria-label="Search samples" placeholder="Search ID, name or owner" value="' + esc(ui.sq) + '">' +
      '<label for="stype" class="lab">Type</label><select id="stype">' + types.map(t => '<option' + (t === ui.stype ? ' selected' : '') + '>' + t + '</option>').join('') + '</select><span class="grow"></span><button class="b pri" id="reg-s">Register sample</button></div>' +
      '<div class="tablewrap"><table class="t"><thead><tr><th>Sample ID</th><th>Name</th><th>Type</th><th>Owner</th><th>Location</th><th>Received</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(s => '<tr data-id="' + s.id + '"><td class="mono">' + s.id + '</td><td>' + esc(s.name) + '</td><td>' + s.type + '</td><td>' + esc(s.owner) + '</td><td>' + s.unit + ' <span class="muted">/ ' + s.rack + ' / ' + esc(s.box) + '</span></td><td>' + fd(s.received) + '</td>' +
        '<td><span class="tag ' + ({ Stored: 'g', 'In analysis': 'b', Shipped: 'y', Disposed: 'x' }[s.status]) + '">' + s.status + '</span></td><td class="r"><button class="b sm ghost edit">Edit</button></td></tr>').join('') +
      '</tbody></table></div>';
    const sq = $('#sq');
    sq.oninput = () => { ui.sq = sq.value; rSamples(v); const n = $('#sq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#stype').onchange = e => { ui.stype = e.target.value; rSamples(v); };
    $('#reg-s').onclick = () => sampleModal(null);
    v.querySelectorAll('.edit').forEach(b => b.onclick = () => sampleModal(S.samples.find(s => s.id === b.closest('tr').dataset.id)));
  }

  function sampleModal(s) {
    const cur = s || { name: '', type: 'Protein', owner: S.currentUser, unit: 'Freezer F1', rack: 'Rack 1', box: '', status: 'Stored' };
    const rackOpts = u => UNITS[u].map(r => '<option' + (r === cur.rack ? ' selected' : '') + '>' + r + '</option>').join('');
    modal({
      title: s ? 'Edit sample ' + s.id : 'Register sample', sub: s ? esc(s.name) + ' · owner ' + esc(s.owner) : 'New entry in the sample register',
      body: (s ? '' : '<div class="fld"><label for="sm-name">Sample name</label><input id="sm-name"></div>') +
        '<div class="row3"><div class="fld"><label for="sm-unit">Storage unit</label><select id="sm-unit">' + Object.keys(UNITS).map(u => '<option value="' + u + '"' + (u === cur.unit ? ' selected' : '') + '>' + u + ' (' + TEMPS[u] + ')</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="sm-rack">Rack / shelf</label><select id="sm-rack">' + rackOpts(cur.unit) + '</select></div>' +
        '<div class="fld"><label for="sm-box">Box / position</label><input id="sm-box" value="' + esc(cur.box) + '"></div></div>' +
        '<div class="fld"><label for="sm-status">Status</label><select id="sm-status">' + ['Stored', 'In analysis', 'Shipped', 'Disposed'].map(x => '<option' + (x === cur.status ? ' selected' : '') + '>' + x + '</option>').join('') + '</select></div>',
      ok: s ? 'Save changes' : 'Register',
      onOk: d => {
        const unit = $('#sm-unit', d).value, rack = $('#sm-rack', d).value;
        if (!UNITS[unit].includes(rack)) return 'Pick a rack in the selected unit.';
        if (!s) {
          const name = $('#sm-name', d).value.trim(); if (!name) return 'Name is required.';
          s = { id: 'SMP-0' + (Math.max(...S.samples.map(x => +x.id.slice(4))) + 1), name, type: 'Protein', owner: S.currentUser, received: TODAY };
          S.samples.push(s);
        }
        s.unit = unit; s.rack = rack; s.box = $('#sm-box', d).value.trim(); s.status = $('#sm-status', d).value;
        render(); toast(s.id + ' saved — ' + unit + ' / ' + rack);
      }
    });
    const d = $('.dlg');
    $('#sm-unit', d).onchange = e => { cur.rack = ''; $('#sm-rack', d).innerHTML = rackOpts(e.target.value); };
  }

  function rProjects(v) {
    v.innerHTML = '<div class="tablewrap"><table class="t"><thead><tr><th>Code</th><th>Title</th><th>PI</th><th>Funding</th><th class="r">Hours booked (May)</th></tr></thead><tbody>' +
      S.projects.map(p => {
        const h = S.bookings.filter(b => b.project === p.code && b.status !== 'Cancelled').reduce((a, b) => a + (parseInt(b.end) - parseInt(b.start)) + ((+b.end.slice(3) - +b.start.slice(3)) / 60), 0);
        return '<tr><td class="mono">' + p.code + '</td><td>' + esc(p.title) + '</td><td>' + esc(p.pi) + '</td><td>' + esc(p.budget) + '</td><td class="r">' + h.toFixed(1) + '</td></tr>';
      }).join('') + '</tbody></table></div>';
  }
  function rPolicies(v) {
    v.innerHTML = '<div class="prose"><h3>Booking rules</h3><ul><li>Bookings are made in 30-minute slots between 07:00 and 21:00.</li><li>Instruments marked <b>Training required</b> can only be booked after completing induction with core staff.</li><li>Cancel at least 24 hours ahead to avoid being charged.</li><li>Overnight NMR runs must be arranged with Dr. Haddad.</li></ul>' +
      '<h3>Sample storage</h3><ul><li>Every tube in a shared freezer must be registered with its rack and box position.</li><li>Disposed samples stay in the register for audit for 5 years.</li></ul></div>';
  }
  render();
})();
