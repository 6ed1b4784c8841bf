(function () {
  'use strict';

  window.state = {
    packets: [
      { code: 'BEA-002', variety: 'Dragon Tongue Bush Bean', crop: 'Bean', year: 2023, grower: 'Rosa Delgado', stock: 14, difficulty: 'Easy', status: 'Available' },
      { code: 'BEA-005', variety: 'Scarlet Runner Bean', crop: 'Bean', year: 2022, grower: 'Eastside Community Garden', stock: 9, difficulty: 'Easy', status: 'Available' },
      { code: 'BEA-011', variety: 'Cherokee Trail of Tears Bean', crop: 'Bean', year: 2023, grower: 'Tom Becker', stock: 6, difficulty: 'Easy', status: 'Available' },
      { code: 'BEE-002', variety: 'Chioggia Beet', crop: 'Beet', year: 2022, grower: 'Aiyana Whitehorse', stock: 3, difficulty: 'Easy', status: 'Low stock' },
      { code: 'COR-003', variety: 'Glass Gem Corn', crop: 'Corn', year: 2019, grower: 'Jonas Eriksson', stock: 4, difficulty: 'Intermediate', status: 'Available' },
      { code: 'COR-004', variety: 'Glass Gem Corn', crop: 'Corn', year: 2023, grower: 'Jonas Eriksson', stock: 11, difficulty: 'Intermediate', status: 'Available' },
      { code: 'COR-008', variety: 'Painted Mountain Corn', crop: 'Corn', year: 2021, grower: 'Declan Murphy', stock: 7, difficulty: 'Intermediate', status: 'Available' },
      { code: 'CUC-005', variety: 'Lemon Cucumber', crop: 'Cucumber', year: 2023, grower: 'Luis Carvalho', stock: 10, difficulty: 'Easy', status: 'Available' },
      { code: 'FLO-002', variety: 'Mammoth Grey Sunflower', crop: 'Flower', year: 2023, grower: 'Hollow Creek School Garden', stock: 22, difficulty: 'Easy', status: 'Available' },
      { code: 'FLO-006', variety: 'California Giant Zinnia', crop: 'Flower', year: 2022, grower: 'Grace Kim', stock: 0, difficulty: 'Easy', status: 'Out' },
      { code: 'HER-001', variety: 'Genovese Basil', crop: 'Herb', year: 2023, grower: 'Mei Lin Zhao', stock: 18, difficulty: 'Easy', status: 'Available' },
      { code: 'HER-015', variety: 'Santo Cilantro', crop: 'Herb', year: 2022, grower: 'Omar Farouk', stock: 5, difficulty: 'Easy', status: 'Available' },
      { code: 'KAL-003', variety: 'Lacinato Kale', crop: 'Kale', year: 2023, grower: 'Fatima Al-Sayed', stock: 8, difficulty: 'Easy', status: 'Available' },
      { code: 'LET-007', variety: 'Forellenschluss Lettuce', crop: 'Lettuce', year: 2023, grower: 'Ingrid Solberg', stock: 12, difficulty: 'Easy', status: 'Available' },
      { code: 'LET-010', variety: 'Red Salad Bowl Lettuce', crop: 'Lettuce', year: 2022, grower: 'Priya Raman', stock: 9, difficulty: 'Easy', status: 'Available' },
      { code: 'PEA-004', variety: 'Tall Telephone Pea', crop: 'Pea', year: 2022, grower: 'Samuel Osei', stock: 2, difficulty: 'Easy', status: 'Low stock' },
      { code: 'PEP-003', variety: 'Jimmy Nardello Pepper', crop: 'Pepper', year: 2023, grower: 'Nadia Petrova', stock: 6, difficulty: 'Advanced', status: 'Available' },
      { code: 'PEP-009', variety: 'Fish Pepper', crop: 'Pepper', year: 2021, grower: 'Ingrid Solberg', stock: 4, difficulty: 'Advanced', status: 'Available' },
      { code: 'SQU-006', variety: 'Waltham Butternut Squash', crop: 'Squash', year: 2023, grower: 'Declan Murphy', stock: 13, difficulty: 'Intermediate', status: 'Available' },
      { code: 'SQU-012', variety: 'Delicata Squash', crop: 'Squash', year: 2022, grower: 'Nadia Petrova', stock: 5, difficulty: 'Intermediate', status: 'Available' },
      { code: 'TOM-014', variety: 'Cherokee Purple Tomato', crop: 'Tomato', year: 2023, grower: 'Priya Raman', stock: 15, difficulty: 'Intermediate', status: 'Available' },
      { code: 'TOM-019', variety: 'Amish Paste Tomato', crop: 'Tomato', year: 2022, grower: 'Grace Kim', stock: 8, difficulty: 'Intermediate', status: 'Available' },
      { code: 'TOM-023', variety: 'Green Zebra Tomato', crop: 'Tomato', year: 2023, grower: 'Luis Carvalho', stock: 1, difficulty: 'Intermediate', status: 'Low stock' }
    ],
    members: [
      { id: 'M-1001', name: 'Priya Raman', email: 'priya.raman@example.org', type: 'Household', joined: '2021-04-11', active: true },
      { id: 'M-1002', name: 'Rosa Delgado', email: 'rosa.d@example.org', type: 'Household', joined: '2020-09-02', active: true },
      { id: 'M-1003', name: 'Tom Becker', email: 'tbecker@example.org', type: 'Household', joined: '2022-02-19', active: true },
      { id: 'M-1004', name: 'Aiyana Whitehorse', email: 'aiyana.w@example.org', type: 'Household', joined: '2021-06-30', active: true },
      { id: 'M-1005', name: 'Samuel Osei', email: 'sam.osei@example.org', type: 'Household', joined: '2023-01-08', active: true },
      { id: 'M-1006', name: 'Mei Lin Zhao', email: 'meilin.zhao@example.org', type: 'Household', joined: '2022-03-14', active: true },
      { id: 'M-1007', name: 'Jonas Eriksson', email: 'jonas.e@example.org', type: 'Household', joined: '2019-05-21', active: true },
      { id: 'M-1008', name: 'Fatima Al-Sayed', email: 'fatima.alsayed@example.org', type: 'Household', joined: '2023-04-02', active: true },
      { id: 'M-1009', name: 'Declan Murphy', email: 'declan.murphy@example.org', type: 'Household', joined: '2020-11-15', active: true },
      { id: 'M-1010', name: 'Ingrid Solberg', email: 'ingrid.s@example.org', type: 'Household', joined: '2021-08-27', active: true },
      { id: 'M-1011', name: 'Luis Carvalho', email: 'luis.carvalho@example.org', type: 'Household', joined: '2022-07-04', active: true },
      { id: 'M-1012', name: 'Nadia Petrova', email: 'nadia.p@example.org', type: 'Household', joined: '2023-02-23', active: true },
      { id: 'M-1013', name: 'Hollow Creek School Garden', email: 'garden@hollowcreek.example.edu', type: 'School', joined: '2022-09-12', active: true },
      { id: 'M-1014', name: 'Eastside Community Garden', email: 'coord@eastsidegarden.example.org', type: 'Community garden', joined: '2020-03-18', active: true },
      { id: 'M-1015', name: 'Grace Kim', email: 'grace.kim@example.org', type: 'Household', joined: '2023-05-09', active: true },
      { id: 'M-1016', name: 'Omar Farouk', email: 'omar.farouk@example.org', type: 'Household', joined: '2024-01-16', active: true },
      { id: 'M-1017', name: 'Beatrix Holloway', email: 'bea.holloway@example.org', type: 'Household', joined: '2018-04-03', active: false }
    ],
    loans: [
      { id: 'L-3290', packet: 'PEA-004', member: 'M-1005', borrowed: '2024-02-10', due: '2024-05-10', status: 'Overdue' },
      { id: 'L-3295', packet: 'TOM-014', member: 'M-1001', borrowed: '2024-03-02', due: '2024-09-30', status: 'Out' },
      { id: 'L-3297', packet: 'SQU-006', member: 'M-1009', borrowed: '2024-03-05', due: '2024-10-01', status: 'Out' },
      { id: 'L-3299', packet: 'LET-010', member: 'M-1002', borrowed: '2024-03-09', due: '2024-06-01', status: 'Returned', returned: '2024-05-29' },
      { id: 'L-3301', packet: 'BEA-005', member: 'M-1014', borrowed: '2024-03-15', due: '2024-10-15', status: 'Out' },
      { id: 'L-3303', packet: 'HER-001', member: 'M-1006', borrowed: '2024-03-18', due: '2024-06-05', status: 'Overdue' },
      { id: 'L-3304', packet: 'LET-007', member: 'M-1003', borrowed: '2024-03-20', due: '2024-09-20', status: 'Out' },
      { id: 'L-3306', packet: 'PEP-009', member: 'M-1010', borrowed: '2024-03-28', due: '2024-09-28', status: 'Out' },
      { id: 'L-3307', packet: 'BEA-002', member: 'M-1002', borrowed: '2024-04-02', due: '2024-10-02', status: 'Out' },
      { id: 'L-3309', packet: 'FLO-002', member: 'M-1013', borrowed: '2024-04-06', due: '2024-10-06', status: 'Out' },
      { id: 'L-3310', packet: 'COR-008', member: 'M-1007', borrowed: '2024-04-10', due: '2024-10-10', status: 'Out' },
      { id: 'L-3312', packet: 'TOM-014', member: 'M-1002', borrowed: '2024-04-14', due: '2024-10-14', status: 'Out' },
      { id: 'L-3313', packet: 'CUC-005', member: 'M-1011', borrowed: '2024-04-20', due: '2024-10-20', status: 'Out' },
      { id: 'L-3315', packet: 'BEA-002', member: 'M-1005', borrowed: '2024-04-22', due: '2024-10-22', status: 'Out' },
      { id: 'L-3317', packet: 'KAL-003', member: 'M-1008', borrowed: '2024-04-25', due: '2024-06-10', status: 'Overdue' },
      { id: 'L-3318', packet: 'PEP-003', member: 'M-1015', borrowed: '2024-05-01', due: '2024-11-01', status: 'Out' },
      { id: 'L-3320', packet: 'BEE-002', member: 'M-1004', borrowed: '2024-05-06', due: '2024-11-06', status: 'Out' },
      { id: 'L-3322', packet: 'SQU-012', member: 'M-1012', borrowed: '2024-05-12', due: '2024-11-12', status: 'Out' },
      { id: 'L-3324', packet: 'HER-015', member: 'M-1016', borrowed: '2024-05-20', due: '2024-11-20', status: 'Out' },
      { id: 'L-3325', packet: 'BEA-011', member: 'M-1003', borrowed: '2024-05-28', due: '2024-11-28', status: 'Out' }
    ],
    reports: [
      { id: 'G-118', packet: 'TOM-014', member: 'M-1001', sown: 20, germinated: 17, date: '2024-03-10', notes: 'Indoors under lights' },
      { id: 'G-119', packet: 'BEA-005', member: 'M-1014', sown: 40, germinated: 36, date: '2024-04-01', notes: 'Direct sown, raised beds' },
      { id: 'G-120', packet: 'HER-001', member: 'M-1006', sown: 30, germinated: 12, date: '2024-03-25', notes: 'Cold windowsill, slow start' },
      { id: 'G-121', packet: 'SQU-006', member: 'M-1009', sown: 8, germinated: 8, date: '2024-04-12', notes: '' },
      { id: 'G-122', packet: 'COR-003', member: 'M-1007', sown: 24, germinated: 6, date: '2024-04-28', notes: 'Very poor — old seed?' },
      { id: 'G-123', packet: 'FLO-002', member: 'M-1013', sown: 50, germinated: 44, date: '2024-04-15', notes: 'Grade 3 class project' },
      { id: 'G-124', packet: 'PEP-009', member: 'M-1010', sown: 12, germinated: 9, date: '2024-04-02', notes: 'Heat mat' },
      { id: 'G-125', packet: 'CUC-005', member: 'M-1011', sown: 10, germinated: 9, date: '2024-05-05', notes: '' },
      { id: 'G-126', packet: 'BEE-002', member: 'M-1004', sown: 30, germinated: 25, date: '2024-05-12', notes: 'Soaked overnight first' }
    ],
    settings: {
      loanPeriodDays: 180,
      maxPacketsPerMember: 5,
      overdueReminders: true,
      weeklyDigest: true,
      requireReport: false,
      onlineReservations: true,
      branchName: 'Riverside Branch'
    }
  };

  const S = window.state;
  const ui = { section: 'dashboard', catQuery: '', catCrop: 'All crops', memQuery: '', loanTab: 'out', repQuery: '' };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const TODAY = '2024-06-12';

  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const fmt = iso => { if (!iso) return '—'; const [y, m, d] = iso.split('-').map(Number); return d + ' ' + MONTHS[m - 1] + ' ' + y; };
  const pkt = code => S.packets.find(p => p.code === code);
  const mem = id => S.members.find(m => m.id === id);
  const $ = (sel, root) => (root || document).querySelector(sel);
  const addDays = (iso, n) => { const d = new Date(iso + 'T12:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };

  /* ---------- toasts ---------- */
  function toast(msg, kind) {
    const t = document.createElement('div');
    t.className = 'toast ' + (kind || 'ok');
    t.innerHTML = '<span class="t-ico">' + (kind === 'warn' ? '!' : '✓') + '</span><span>' + esc(msg) + '</span>';
    $('#toasts').appendChild(t);
    setTimeout(() => t.classList.add('hide'), 3200);
    setTimeout(() => t.remove(), 3700);
  }

  /* ---------- modal ---------- */
  function openModal(opts) {
    const root = $('#modal-root');
    root.innerHTML =
      '<div class="overlay"><div class="modal ' + (opts.size || '') + '" role="dialog" aria-modal="true" aria-labelledby="modal-title">' +
      '<div class="modal-head"><h2 id="modal-title">' + esc(opts.title) + '</h2><button class="icon-btn close-x" aria-label="Close">✕</button></div>' +
      '<div class="modal-body">' + opts.body + '</div>' +
      '<div class="modal-foot"><button class="btn ghost" data-act="cancel">' + esc(opts.cancelText || 'Cancel') + '</button>' +
      '<button class="btn ' + (opts.danger ? 'danger' : 'primary') + '" data-act="ok">' + esc(opts.okText || 'Save') + '</button></div>' +
      '</div></div>';
    const close = () => { root.innerHTML = ''; };
    root.querySelector('.close-x').onclick = close;
    root.querySelector('[data-act=cancel]').onclick = close;
    root.querySelector('[data-act=ok]').onclick = () => {
      const err = opts.onOk(root.querySelector('.modal'));
      if (err) {
        let e = root.querySelector('.form-error');
        if (!e) { e = document.createElement('div'); e.className = 'form-error'; root.querySelector('.modal-body').appendChild(e); }
        e.textContent = err;
        return;
      }
      close();
    };
    root.querySelector('.overlay').addEventListener('mousedown', ev => { if (ev.target.classList.contains('overlay')) close(); });
    const first = root.querySelector('input, select, textarea');
    if (first) first.focus();
  }
  function confirmDialog(title, message, okText, onOk) {
    openModal({ title, body: '<p class="confirm-msg">' + message + '</p>', okText, danger: true, size: 'sm', onOk: () => { onOk(); } });
  }

  /* ---------- menus ---------- */
  let openMenu = null;
  function closeMenu() { if (openMenu) { openMenu.remove(); openMenu = null; } }
  function showMenu(btn, items) {
    closeMenu();
    const m = document.createElement('div');
    m.className = 'menu';
    m.setAttribute('role', 'menu');
    items.forEach(it => {
      const b = document.createElement('button');
      b.className = 'menu-item' + (it.danger ? ' danger' : '');
      b.setAttribute('role', 'menuitem');
      b.textContent = it.label;
      b.onclick = ev => { ev.stopPropagation(); closeMenu(); it.run(); };
      m.appendChild(b);
    });
    document.body.appendChild(m);
    const r = btn.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 4) + 'px';
    m.style.left = Math.max(8, r.right - 190) + 'px';
    openMenu = m;
  }
  document.addEventListener('click', ev => { if (openMenu && !openMenu.contains(ev.target)) closeMenu(); });

  /* ---------- navigation ---------- */
  const TITLES = { dashboard: 'Dashboard', catalog: 'Seed Catalog', members: 'Members', loans: 'Loans', reports: 'Germination Reports', settings: 'Settings' };
  function go(section) {
    ui.section = section;
    document.querySelectorAll('.nav-item').forEach(a => a.classList.toggle('active', a.dataset.section === section));
    $('#page-title').textContent = TITLES[section];
    $('#crumb').textContent = TITLES[section];
    render();
    $('.main').scrollTop = 0;
  }
  $('#nav').addEventListener('click', ev => {
    const a = ev.target.closest('.nav-item');
    if (!a) return;
    ev.preventDefault();
    go(a.dataset.section);
  });
  $('#quick-lend').onclick = () => lendModal();

  function statusBadge(s) {
    const cls = { Available: 'green', 'Low stock': 'amber', Out: 'gray', Retired: 'gray', Returned: 'gray', Overdue: 'red', 'Out ': 'blue' }[s] || 'blue';
    const label = s === 'Out' && ui.section === 'loans' ? 'Checked out' : s === 'Out' ? 'Out of stock' : s;
    return '<span class="badge ' + cls + '">' + esc(label) + '</span>';
  }

  /* ---------- views ---------- */
  function render() {
    closeMenu();
    const v = $('#view');
    const overdue = S.loans.filter(l => l.status === 'Overdue').length;
    $('#nav-overdue').textContent = overdue;
    $('#nav-overdue').style.display = overdue ? '' : 'none';
    ({ dashboard: renderDashboard, catalog: renderCatalog, members: renderMembers, loans: renderLoans, reports: renderReports, settings: renderSettings })[ui.section](v);
  }

  function renderDashboard(v) {
    const out = S.loans.filter(l => l.status !== 'Returned').length;
    const overdue = S.loans.filter(l => l.status === 'Overdue');
    const low = S.packets.filter(p => p.status === 'Low stock' || p.status === 'Out');
    const rate = Math.round(100 * S.reports.reduce((a, r) => a + r.germinated, 0) / S.reports.reduce((a, r) => a + r.sown, 0));
    v.innerHTML =
      '<div class="stats">' +
      stat('Packets in catalog', S.packets.filter(p => p.status !== 'Retired').length, 'varieties lendable') +
      stat('Loans checked out', out, 'across ' + new Set(S.loans.filter(l => l.status !== 'Returned').map(l => l.member)).size + ' members') +
      stat('Overdue', overdue.length, 'reminders ' + (S.settings.overdueReminders ? 'on' : 'off')) +
      stat('Avg. germination', rate + '%', S.reports.length + ' reports this season') +
      '</div>' +
      '<div class="grid2">' +
      '<div class="card"><div class="card-head"><h3>Overdue loans</h3><a href="#loans" class="link" data-goto="loans">View all loans →</a></div>' +
      '<table class="tbl"><thead><tr><th>Loan</th><th>Member</th><th>Packet</th><th>Due</th></tr></thead><tbody>' +
      overdue.map(l => '<tr><td class="mono">' + l.id + '</td><td>' + esc(mem(l.member).name) + '</td><td>' + esc(pkt(l.packet).variety) + '</td><td class="red-text">' + fmt(l.due) + '</td></tr>').join('') +
      '</tbody></table></div>' +
      '<div class="card"><div class="card-head"><h3>Running low</h3><a href="#catalog" class="link" data-goto="catalog">Open catalog →</a></div>' +
      '<ul class="simple-list">' + low.map(p => '<li><span><b>' + esc(p.variety) + '</b> <span class="muted mono">' + p.code + '</span></span><span>' + statusBadge(p.status) + ' <span class="muted">' + p.stock + ' left</span></span></li>').join('') + '</ul></div>' +
      '</div>' +
      '<div class="card"><div class="card-head"><h3>Upcoming</h3></div><ul class="simple-list">' +
      '<li><span><b>Seed swap &amp; potluck</b> — Riverside Library community room</span><span class="muted">Sat 22 Jun 2024, 10:00</span></li>' +
      '<li><span><b>Saving tomato seed</b> workshop (fermentation method)</span><span class="muted">Thu 11 Jul 2024, 18:30</span></li>' +
      '<li><span><b>Autumn returns drive</b> begins</span><span class="muted">Tue 1 Oct 2024</span></li></ul></div>';
    v.querySelectorAll('[data-goto]').forEach(a => a.onclick = ev => { ev.preventDefault(); go(a.dataset.goto); });
  }
  function stat(label, val, sub) { return '<div class="stat"><div class="stat-label">' + esc(label) + '</div><div class="stat-val">' + esc(val) + '</div><div class="stat-sub">' + esc(sub) + '</div></div>'; }

  function renderCatalog(v) {
    const crops = ['All crops'].concat([...new Set(S.packets.map(p => p.crop))].sort());
    const q = ui.catQuery.toLowerCase();
    const rows = S.packets.filter(p => (ui.catCrop === 'All crops' || p.crop === ui.catCrop) && (!q || (p.code + ' ' + p.variety + ' ' + p.grower).toLowerCase().includes(q)));
    v.innerHTML =
      '<div class="toolbar">' +
      '<div class="search"><span>⌕</span><input type="search" id="cat-q" placeholder="Search by code, variety or grower" aria-label="Search catalog" value="' + esc(ui.catQuery) + '"></div>' +
      '<label class="inline-label" for="cat-crop">Crop</label><select id="cat-crop">' + crops.map(c => '<option' + (c === ui.catCrop ? ' selected' : '') + '>' + esc(c) + '</option>').join('') + '</select>' +
      '<div class="spacer"></div><button class="btn" id="add-packet">+ Add packet</button></div>' +
      '<div class="card flush"><table class="tbl"><thead><tr><th>Code</th><th>Variety</th><th>Crop</th><th>Harvest year</th><th>Grower</th><th class="num">Stock</th><th>Status</th><th></th></tr></thead><tbody>' +
      rows.map(p => '<tr data-code="' + p.code + '"' + (p.status === 'Retired' ? ' class="retired"' : '') + '><td class="mono">' + p.code + '</td><td><b>' + esc(p.variety) + '</b><div class="muted small">' + esc(p.difficulty) + '</div></td><td>' + esc(p.crop) + '</td><td>' + p.year + '</td><td>' + esc(p.grower) + '</td><td class="num">' + p.stock + '</td><td>' + statusBadge(p.status) + '</td>' +
        '<td class="actions"><button class="icon-btn more" aria-label="More actions for ' + p.code + '" title="More actions">⋯</button></td></tr>').join('') +
      (rows.length ? '' : '<tr><td colspan="8" class="empty">No packets match your search.</td></tr>') +
      '</tbody></table></div><div class="muted small foot-note">' + rows.length + ' of ' + S.packets.length + ' packets</div>';
    const qi = $('#cat-q');
    qi.oninput = () => { ui.catQuery = qi.value; renderCatalog(v); const n = $('#cat-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#cat-crop').onchange = e => { ui.catCrop = e.target.value; renderCatalog(v); };
    $('#add-packet').onclick = addPacketModal;
    v.querySelectorAll('.more').forEach(b => b.onclick = ev => {
      ev.stopPropagation();
      const p = pkt(b.closest('tr').dataset.code);
      const items = [
        { label: 'Adjust stock', run: () => adjustStockModal(p) },
        { label: 'View loans', run: () => { ui.loanTab = 'all'; go('loans'); } }
      ];
      if (p.status !== 'Retired') items.push({ label: 'Retire packet', danger: true, run: () => confirmDialog('Retire packet?', 'Retire <b>' + esc(p.variety) + '</b> (' + p.code + ', harvested ' + p.year + ')? Retired packets can no longer be lent out.', 'Retire', () => { p.status = 'Retired'; render(); toast(p.code + ' retired from the catalog'); }) });
      else items.push({ label: 'Reinstate packet', run: () => { p.status = p.stock > 0 ? 'Available' : 'Out'; render(); toast(p.code + ' reinstated'); } });
      showMenu(b, items);
    });
  }

  function adjustStockModal(p) {
    openModal({
      title: 'Adjust stock — ' + p.code, size: 'sm',
      body: '<div class="field"><label for="adj-stock">Packets on shelf</label><input type="number" id="adj-stock" min="0" value="' + p.stock + '"></div>',
      onOk: m => {
        const n = parseInt($('#adj-stock', m).value, 10);
        if (isNaN(n) || n < 0) return 'Enter a valid number.';
        p.stock = n;
        if (p.status !== 'Retired') p.status = n === 0 ? 'Out' : n <= 3 ? 'Low stock' : 'Available';
        render(); toast('Stock updated for ' + p.code);
      }
    });
  }

  function addPacketModal() {
    openModal({
      title: 'Add seed packet',
      body: '<div class="form-grid">' +
        '<div class="field"><label for="np-code">Code</label><input id="np-code" placeholder="e.g. TOM-030"></div>' +
        '<div class="field"><label for="np-crop">Crop</label><input id="np-crop"></div>' +
        '<div class="field span2"><label for="np-var">Variety</label><input id="np-var"></div>' +
        '<div class="field"><label for="np-year">Harvest year</label><input id="np-year" type="number" value="2024"></div>' +
        '<div class="field"><label for="np-stock">Packets</label><input id="np-stock" type="number" value="10"></div>' +
        '<div class="field span2"><label for="np-grower">Grower</label><select id="np-grower">' + S.members.map(m => '<option>' + esc(m.name) + '</option>').join('') + '</select></div></div>',
      okText: 'Add packet',
      onOk: m => {
        const code = $('#np-code', m).value.trim().toUpperCase(), variety = $('#np-var', m).value.trim();
        if (!code || !variety) return 'Code and variety are required.';
        if (pkt(code)) return 'That code is already in use.';
        const stock = parseInt($('#np-stock', m).value, 10) || 0;
        S.packets.push({ code, variety, crop: $('#np-crop', m).value.trim() || 'Other', year: parseInt($('#np-year', m).value, 10), grower: $('#np-grower', m).value, stock, difficulty: 'Easy', status: stock ? 'Available' : 'Out' });
        S.packets.sort((a, b) => a.code.localeCompare(b.code));
        render(); toast(code + ' added to the catalog');
      }
    });
  }

  function renderMembers(v) {
    const q = ui.memQuery.toLowerCase();
    const rows = S.members.filter(m => !q || (m.name + ' ' + m.email + ' ' + m.id).toLowerCase().includes(q));
    v.innerHTML =
      '<div class="toolbar"><div class="search"><span>⌕</span><input type="search" id="mem-q" aria-label="Search members" placeholder="Search members" value="' + esc(ui.memQuery) + '"></div><div class="spacer"></div><button class="btn" id="add-member">+ New member</button></div>' +
      '<div class="card flush"><table class="tbl"><thead><tr><th>Member</th><th>Name</th><th>Type</th><th>Email</th><th>Joined</th><th class="num">On loan</th><th>Status</th></tr></thead><tbody>' +
      rows.map(m => {
        const n = S.loans.filter(l => l.member === m.id && l.status !== 'Returned').length;
        return '<tr><td class="mono">' + m.id + '</td><td><div class="who-cell"><span class="mini-av">' + m.name.split(' ').map(w => w[0]).slice(0, 2).join('') + '</span><b>' + esc(m.name) + '</b></div></td><td>' + esc(m.type) + '</td><td class="muted">' + esc(m.email) + '</td><td>' + fmt(m.joined) + '</td><td class="num">' + n + '</td><td>' + (m.active ? '<span class="badge green">Active</span>' : '<span class="badge gray">Lapsed</span>') + '</td></tr>';
      }).join('') + '</tbody></table></div>';
    const qi = $('#mem-q');
    qi.oninput = () => { ui.memQuery = qi.value; renderMembers(v); const n = $('#mem-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#add-member').onclick = () => openModal({
      title: 'New member',
      body: '<div class="field"><label for="nm-name">Full name</label><input id="nm-name"></div><div class="field"><label for="nm-email">Email</label><input id="nm-email" type="email"></div>' +
        '<div class="field"><label for="nm-type">Membership type</label><select id="nm-type"><option>Household</option><option>Community garden</option><option>School</option></select></div>',
      okText: 'Create member',
      onOk: m => {
        const name = $('#nm-name', m).value.trim();
        if (!name) return 'Name is required.';
        const id = 'M-' + (1001 + S.members.length);
        S.members.push({ id, name, email: $('#nm-email', m).value.trim(), type: $('#nm-type', m).value, joined: TODAY, active: true });
        render(); toast('Member ' + name + ' created (' + id + ')');
      }
    });
  }

  function renderLoans(v) {
    const tabs = [['out', 'Checked out'], ['overdue', 'Overdue'], ['returned', 'Returned'], ['all', 'All loans']];
    const filt = { out: l => l.status !== 'Returned', overdue: l => l.status === 'Overdue', returned: l => l.status === 'Returned', all: () => true }[ui.loanTab];
    const rows = S.loans.filter(filt);
    v.innerHTML =
      '<div class="tabs" role="tablist">' + tabs.map(t => '<button role="tab" class="tab' + (ui.loanTab === t[0] ? ' active' : '') + '" aria-selected="' + (ui.loanTab === t[0]) + '" data-tab="' + t[0] + '">' + t[1] + ' <span class="count">' + S.loans.filter({ out: l => l.status !== 'Returned', overdue: l => l.status === 'Overdue', returned: l => l.status === 'Returned', all: () => true }[t[0]]).length + '</span></button>').join('') +
      '<div class="spacer"></div><button class="btn primary" id="lend-btn">+ Lend seeds</button></div>' +
      '<div class="card flush"><table class="tbl"><thead><tr><th>Loan</th><th>Member</th><th>Packet</th><th>Borrowed</th><th>Due back</th><th>Status</th><th class="actions-h">Actions</th></tr></thead><tbody>' +
      rows.map(l => {
        const p = pkt(l.packet), m = mem(l.member);
        return '<tr data-id="' + l.id + '"><td class="mono">' + l.id + '</td><td>' + esc(m.name) + '</td><td>' + esc(p.variety) + ' <span class="muted mono small">' + p.code + '</span></td><td>' + fmt(l.borrowed) + '</td><td' + (l.status === 'Overdue' ? ' class="red-text"' : '') + '>' + fmt(l.due) + '</td><td>' + statusBadge(l.status) + '</td>' +
          '<td class="actions">' + (l.status === 'Returned' ? '<span class="muted small">Returned ' + fmt(l.returned) + '</span>' : '<button class="btn sm ret">Mark returned</button> <button class="btn sm ghost ext">Extend</button>') + '</td></tr>';
      }).join('') + (rows.length ? '' : '<tr><td colspan="7" class="empty">Nothing here.</td></tr>') + '</tbody></table></div>';
    v.querySelectorAll('.tab').forEach(b => b.onclick = () => { ui.loanTab = b.dataset.tab; renderLoans(v); });
    $('#lend-btn').onclick = () => lendModal();
    v.querySelectorAll('.ret').forEach(b => b.onclick = () => {
      const l = S.loans.find(x => x.id === b.closest('tr').dataset.id);
      l.status = 'Returned'; l.returned = TODAY;
      const p = pkt(l.packet); p.stock += 1; if (p.status === 'Out' || p.status === 'Low stock') p.status = p.stock <= 3 ? 'Low stock' : 'Available';
      render(); toast('Loan ' + l.id + ' marked returned — ' + p.variety + ' back on shelf');
    });
    v.querySelectorAll('.ext').forEach(b => b.onclick = () => {
      const l = S.loans.find(x => x.id === b.closest('tr').dataset.id);
      openModal({
        title: 'Extend loan ' + l.id, size: 'sm',
        body: '<div class="field"><label for="ext-date">New due date</label><input type="date" id="ext-date" value="' + addDays(l.due, 60) + '"></div>',
        okText: 'Extend',
        onOk: m => { const d = $('#ext-date', m).value; if (!d) return 'Pick a date.'; l.due = d; if (l.status === 'Overdue' && d > TODAY) l.status = 'Out'; render(); toast('Loan ' + l.id + ' extended to ' + fmt(d)); }
      });
    });
  }

  function lendModal() {
    const avail = S.packets.filter(p => p.status === 'Available' || p.status === 'Low stock');
    openModal({
      title: 'Lend seeds',
      body: '<div class="field"><label for="ln-member">Member</label><select id="ln-member"><option value="">Select member…</option>' + S.members.filter(m => m.active).map(m => '<option value="' + m.id + '">' + esc(m.name) + ' (' + m.id + ')</option>').join('') + '</select></div>' +
        '<div class="field"><label for="ln-packet">Seed packet</label><select id="ln-packet"><option value="">Select packet…</option>' + avail.map(p => '<option value="' + p.code + '">' + p.code + ' — ' + esc(p.variety) + ' (' + p.year + ')</option>').join('') + '</select></div>' +
        '<div class="field"><label for="ln-due">Due back</label><input type="date" id="ln-due" value="' + addDays(TODAY, S.settings.loanPeriodDays) + '"></div>',
      okText: 'Lend',
      onOk: m => {
        const member = $('#ln-member', m).value, packet = $('#ln-packet', m).value, due = $('#ln-due', m).value;
        if (!member || !packet) return 'Choose a member and a packet.';
        const id = 'L-' + (Math.max(...S.loans.map(l => +l.id.slice(2))) + 1);
        S.loans.push({ id, packet, member, borrowed: TODAY, due, status: 'Out' });
        const p = pkt(packet); p.stock = Math.max(0, p.stock - 1); p.status = p.stock === 0 ? 'Out' : p.stock <= 3 ? 'Low stock' : 'Available';
        render(); toast('Loan ' + id + ' created');
      }
    });
  }

  function renderReports(v) {
    const q = ui.repQuery.toLowerCase();
    const rows = S.reports.filter(r => !q || (r.packet + ' ' + pkt(r.packet).variety + ' ' + mem(r.member).name).toLowerCase().includes(q)).slice().reverse();
    v.innerHTML =
      '<div class="toolbar"><div class="search"><span>⌕</span><input type="search" id="rep-q" aria-label="Search reports" placeholder="Filter by variety or member" value="' + esc(ui.repQuery) + '"></div><div class="spacer"></div><button class="btn primary" id="new-report">+ New report</button></div>' +
      '<div class="card flush"><table class="tbl"><thead><tr><th>Report</th><th>Packet</th><th>Reported by</th><th>Sown on</th><th class="num">Seeds sown</th><th class="num">Sprouted</th><th>Rate</th><th>Notes</th></tr></thead><tbody>' +
      rows.map(r => {
        const rate = Math.round(100 * r.germinated / r.sown);
        return '<tr><td class="mono">' + r.id + '</td><td>' + esc(pkt(r.packet).variety) + ' <span class="muted mono small">' + r.packet + '</span></td><td>' + esc(mem(r.member).name) + '</td><td>' + fmt(r.date) + '</td><td class="num">' + r.sown + '</td><td class="num">' + r.germinated + '</td>' +
          '<td><div class="bar"><div class="bar-fill ' + (rate < 50 ? 'low' : rate < 75 ? 'mid' : '') + '" style="width:' + rate + '%"></div></div><span class="small">' + rate + '%</span></td><td class="muted small">' + esc(r.notes) + '</td></tr>';
      }).join('') + '</tbody></table></div>';
    const qi = $('#rep-q');
    qi.oninput = () => { ui.repQuery = qi.value; renderReports(v); const n = $('#rep-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#new-report').onclick = () => openModal({
      title: 'New germination report',
      body: '<div class="form-grid">' +
        '<div class="field span2"><label for="gr-packet">Seed packet</label><select id="gr-packet"><option value="">Select packet…</option>' + S.packets.map(p => '<option value="' + p.code + '">' + p.code + ' — ' + esc(p.variety) + ' (' + p.year + ')</option>').join('') + '</select></div>' +
        '<div class="field span2"><label for="gr-member">Reported by</label><select id="gr-member"><option value="">Select member…</option>' + S.members.map(m => '<option value="' + m.id + '">' + esc(m.name) + '</option>').join('') + '</select></div>' +
        '<div class="field"><label for="gr-sown">Seeds sown</label><input type="number" id="gr-sown" min="1"></div>' +
        '<div class="field"><label for="gr-germ">Seeds sprouted</label><input type="number" id="gr-germ" min="0"></div>' +
        '<div class="field"><label for="gr-date">Date sown</label><input type="date" id="gr-date" value="' + TODAY + '"></div>' +
        '<div class="field"><label for="gr-where">Conditions</label><select id="gr-where"><option>Indoors</option><option>Greenhouse</option><option>Direct sown outdoors</option></select></div>' +
        '<div class="field span2"><label for="gr-notes">Notes</label><textarea id="gr-notes" rows="2"></textarea></div></div>',
      okText: 'Save report',
      onOk: m => {
        const packet = $('#gr-packet', m).value, member = $('#gr-member', m).value;
        const sown = parseInt($('#gr-sown', m).value, 10), germ = parseInt($('#gr-germ', m).value, 10);
        if (!packet || !member) return 'Choose a packet and the member reporting.';
        if (!(sown > 0) || isNaN(germ) || germ < 0) return 'Enter the number of seeds sown and sprouted.';
        if (germ > sown) return 'Sprouted cannot be more than sown.';
        const id = 'G-' + (Math.max(...S.reports.map(r => +r.id.slice(2))) + 1);
        const notes = [$('#gr-where', m).value, $('#gr-notes', m).value.trim()].filter(Boolean).join(' — ');
        S.reports.push({ id, packet, member, sown, germinated: germ, date: $('#gr-date', m).value, notes });
        render(); toast('Report ' + id + ' saved (' + Math.round(100 * germ / sown) + '% germination)');
      }
    });
  }

  function renderSettings(v) {
    const s = S.settings;
    const tog = (id, key, title, desc) => '<div class="setting-row"><div><label class="set-title" for="' + id + '">' + title + '</label><div class="muted small">' + desc + '</div></div>' +
      '<label class="switch"><input type="checkbox" id="' + id + '" data-key="' + key + '"' + (s[key] ? ' checked' : '') + '><span class="slider"></span></label></div>';
    v.innerHTML =
      '<div class="card narrow"><div class="card-head"><h3>Lending rules</h3></div>' +
      '<div class="form-grid"><div class="field"><label for="set-period">Default loan period (days)</label><input type="number" id="set-period" value="' + s.loanPeriodDays + '"></div>' +
      '<div class="field"><label for="set-max">Max packets per member</label><input type="number" id="set-max" value="' + s.maxPacketsPerMember + '"></div></div>' +
      tog('set-require', 'requireReport', 'Require a germination report before the next loan', 'Members must report on their last packet before borrowing again.') +
      tog('set-online', 'onlineReservations', 'Allow online reservations', 'Members can hold packets from the public catalog for 7 days.') +
      '</div>' +
      '<div class="card narrow"><div class="card-head"><h3>Email notifications</h3></div>' +
      tog('set-digest', 'weeklyDigest', 'Weekly new-arrivals digest', 'Sent Monday mornings to all active members.') +
      tog('set-reminders', 'overdueReminders', 'Overdue reminder emails', 'Automatically email members 3 days after a loan is due.') +
      '</div>' +
      '<div class="settings-actions"><button class="btn ghost" id="set-reset">Discard changes</button><button class="btn primary" id="set-save">Save settings</button></div>';
    $('#set-reset').onclick = () => { renderSettings(v); toast('Changes discarded', 'warn'); };
    $('#set-save').onclick = () => {
      v.querySelectorAll('input[data-key]').forEach(i => { s[i.dataset.key] = i.checked; });
      s.loanPeriodDays = parseInt($('#set-period').value, 10) || s.loanPeriodDays;
      s.maxPacketsPerMember = parseInt($('#set-max').value, 10) || s.maxPacketsPerMember;
      toast('Settings saved');
    };
  }

  render();
})();
