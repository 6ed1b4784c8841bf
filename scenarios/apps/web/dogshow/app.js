// RingSide — show entry management (secretary console)
(function () {
  'use strict';
  const TODAY = '2024-05-02';
  const SHOW_DATE = '2024-05-18';
  const JUDGES = ['Mrs E. Pemberton', 'Mr D. Haslam', 'Ms R. Chaudhry', 'Mr P. Kowalski', 'Mrs J. Okonkwo'];
  const CLASSIFIED = ['Labrador Retriever', 'Border Collie', 'Cocker Spaniel', 'Staffordshire Bull Terrier', 'Whippet'];
  const BREEDS = CLASSIFIED.concat(['Golden Retriever', 'Samoyed', 'Shetland Sheepdog', 'Beagle', 'Dachshund (Miniature Smooth)']).sort();
  const METHODS = ['Cash', 'Card', 'Bank transfer', 'Cheque'];

  function C(no, name, breed, sex, minM, maxM, judge, ring) { return { no, name, breed, sex, minMonths: minM, maxMonths: maxM, judge, ring }; }
  const classes = [
    C(1, 'Minor Puppy Dog', 'Labrador Retriever', 'D', 6, 9, 'Mrs E. Pemberton', 1),
    C(2, 'Puppy Bitch', 'Labrador Retriever', 'B', 6, 12, 'Mrs E. Pemberton', 1),
    C(3, 'Open Dog', 'Labrador Retriever', 'D', 6, null, 'Mrs E. Pemberton', 1),
    C(4, 'Open Bitch', 'Labrador Retriever', 'B', 6, null, 'Mrs E. Pemberton', 1),
    C(5, 'Junior Dog', 'Border Collie', 'D', 6, 18, 'Mr D. Haslam', 2),
    C(6, 'Open Dog', 'Border Collie', 'D', 6, null, 'Mr D. Haslam', 2),
    C(7, 'Open Bitch', 'Border Collie', 'B', 6, null, 'Mr D. Haslam', 2),
    C(8, 'Puppy', 'Cocker Spaniel', null, 6, 12, 'Ms R. Chaudhry', 3),
    C(9, 'Open', 'Cocker Spaniel', null, 6, null, 'Ms R. Chaudhry', 3),
    C(10, 'Open', 'Staffordshire Bull Terrier', null, 6, null, 'Mr P. Kowalski', 4),
    C(11, 'Open', 'Whippet', null, 6, null, 'Mr P. Kowalski', 4),
    C(12, 'Veteran', 'Any Variety', null, 84, null, 'Mrs E. Pemberton', 1),
    C(13, 'AVNSC Puppy', 'Any Variety Not Separately Classified', null, 6, 12, 'Ms R. Chaudhry', 3),
    C(14, 'AVNSC Open', 'Any Variety Not Separately Classified', null, 6, null, 'Mr D. Haslam', 2)
  ];

  const exhibitors = [
    ['X-01', 'Helen Fairweather', 'Bridport', true], ['X-02', 'Tom Ashby', 'Crewkerne', true], ['X-03', 'Sandra Mills', 'Yeovil', false],
    ['X-04', 'Rajesh Patel', 'Taunton', true], ['X-05', 'Gillian Moss', 'Sherborne', true], ['X-06', 'Owen Pritchard', 'Chard', false],
    ['X-07', 'Claire Dumont', 'Dorchester', true], ['X-08', 'Frank Beresford', 'Wexcombe', true], ['X-09', 'Nadia Kowal', 'Bridgwater', false],
    ['X-10', 'Peter Lyle', 'Ilminster', true], ['X-11', 'Anne-Marie Cole', 'Honiton', false], ['X-12', 'Kevin Brookes', 'Axminster', false],
    ['X-13', 'Moira Sinclair', 'Lyme Regis', true], ['X-14', 'Jason Teague', 'Wexcombe', false], ['X-15', 'Helen Fairbairn', 'Beaminster', false]
  ].map(r => ({ id: r[0], name: r[1], town: r[2], member: r[3], email: r[1].toLowerCase().replace(/[^a-z]+/g, '.') + '@example.co.uk' }));

  const dogs = [
    ['D-301', 'Fairweather Golden Promise', 'Poppy', 'Labrador Retriever', 'B', '2023-11-10', 'X-01'],
    ['D-302', 'Fairweather Sea Captain', 'Skipper', 'Labrador Retriever', 'D', '2021-04-02', 'X-01'],
    ['D-303', 'Ashby Highland Mist', 'Skye', 'Border Collie', 'B', '2020-08-15', 'X-02'],
    ['D-304', 'Ashby Northern Star', 'Flint', 'Border Collie', 'D', '2023-01-20', 'X-02'],
    ['D-305', 'Millbrook Toffee Apple', 'Toffee', 'Cocker Spaniel', 'B', '2023-10-01', 'X-03'],
    ['D-306', 'Sharanpur Iron Duke', 'Duke', 'Staffordshire Bull Terrier', 'D', '2019-06-06', 'X-04'],
    ['D-307', 'Mossgate Silver Arrow', 'Arrow', 'Whippet', 'D', '2021-09-09', 'X-05'],
    ['D-308', 'Mossgate Quicksilver', 'Quicksie', 'Whippet', 'B', '2015-03-03', 'X-05'],
    ['D-309', "Pritchard's Black Velvet", 'Velvet', 'Labrador Retriever', 'B', '2022-02-14', 'X-06'],
    ['D-310', 'Dumont Bonne Chance', 'Chance', 'Cocker Spaniel', 'D', '2020-05-05', 'X-07'],
    ['D-311', 'Beresford Old Gold', 'Goldie', 'Golden Retriever', 'B', '2014-07-21', 'X-08'],
    ['D-312', 'Kowal Bialy Wilk', 'Wilk', 'Samoyed', 'D', '2023-10-30', 'X-09'],
    ['D-313', "Lyle's Jack of Hearts", 'Jack', 'Border Collie', 'D', '2023-01-11', 'X-10'],
    ['D-314', 'Coleridge Summer Song', 'Melody', 'Labrador Retriever', 'B', '2023-09-01', 'X-11'],
    ['D-315', 'Brookes Red Baron', 'Baron', 'Staffordshire Bull Terrier', 'D', '2022-03-03', 'X-12'],
    ['D-316', 'Sinclair Heather Belle', 'Belle', 'Shetland Sheepdog', 'B', '2021-06-18', 'X-13'],
    ['D-317', "Teague's Tornado", 'Taz', 'Border Collie', 'D', '2021-12-25', 'X-14'],
    ['D-318', 'Fairweather Morning Dew', 'Dewey', 'Labrador Retriever', 'D', '2023-10-05', 'X-01'],
    ['D-319', 'Mossgate Whisper', 'Whisper', 'Whippet', 'B', '2022-04-04', 'X-05'],
    ['D-320', 'Ashby Bracken', 'Bracken', 'Border Collie', 'B', '2023-09-19', 'X-02'],
    ['D-321', 'Fairbairn Rosebud', 'Rosie', 'Cocker Spaniel', 'B', '2022-06-30', 'X-15']
  ].map(r => ({ id: r[0], regName: r[1], callName: r[2], breed: r[3], sex: r[4], dob: r[5], owner: r[6] }));

  function E(n, dog, cls, paid, method, status, reason) {
    return { id: 'E-' + n, dog, classNo: cls, fee: 4.5, paid: !!paid, payMethod: paid ? method : null, status: status || 'Entered', withdrawReason: reason || null, refunded: false };
  }
  const entries = [
    E(1001, 'D-301', 2, 1, 'Card'), E(1002, 'D-302', 3, 0), E(1003, 'D-318', 1, 0), E(1004, 'D-304', 5, 1, 'Cash'),
    E(1005, 'D-305', 8, 1, 'Card'), E(1006, 'D-306', 10, 1, 'Card'), E(1007, 'D-307', 11, 1, 'Bank transfer'), E(1008, 'D-308', 12, 0),
    E(1009, 'D-309', 4, 1, 'Card'), E(1010, 'D-310', 9, 1, 'Cash'), E(1011, 'D-311', 12, 1, 'Card'), E(1012, 'D-312', 13, 0),
    E(1013, 'D-313', 6, 1, 'Card'), E(1014, 'D-314', 2, 0), E(1015, 'D-315', 10, 1, 'Bank transfer'), E(1016, 'D-316', 14, 1, 'Card'),
    E(1017, 'D-317', 6, 1, 'Card'), E(1018, 'D-319', 11, 0), E(1019, 'D-314', 4, 0), E(1020, 'D-313', 5, 1, 'Card'),
    E(1021, 'D-304', 6, 0), E(1022, 'D-320', 7, 1, 'Card', 'Withdrawn', 'Bitch in season'), E(1023, 'D-321', 9, 0)
  ];

  window.state = {
    page: 'entries',
    today: TODAY,
    showDate: SHOW_DATE,
    classes, exhibitors, dogs, entries,
    filter: { q: '', classNo: 'all', pay: 'all', showWithdrawn: false },
    settings: { entryFee: 4.5, closingDate: '2024-05-08', onlineEntries: true, lateEntries: false, cataloguePrice: 3, benching: false },
    seq: { entry: 1024, dog: 322, exhibitor: 16 }
  };
  const S = window.state;
  const page = document.getElementById('page');
  const crumbs = document.getElementById('crumbs');
  const root = document.getElementById('modal-root');
  let openMenu = null;

  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const fmt = s => { const p = s.split('-'); return +p[2] + ' ' + MON[+p[1] - 1].slice(0, 3) + ' ' + p[0]; };
  const money = n => '£' + n.toFixed(2);
  const dogById = id => S.dogs.find(d => d.id === id);
  const exById = id => S.exhibitors.find(x => x.id === id);
  const clsByNo = n => S.classes.find(c => c.no === n);
  const entryById = id => S.entries.find(e => e.id === id);
  function ageMonths(dob) { const a = dob.split('-').map(Number), b = SHOW_DATE.split('-').map(Number); let m = (b[0] - a[0]) * 12 + (b[1] - a[1]); if (b[2] < a[2]) m--; return m; }
  function eligible(dog, c) {
    const m = ageMonths(dog.dob);
    if (c.breed === 'Any Variety') { /* any breed */ } else if (c.breed.indexOf('Not Separately') >= 0) { if (CLASSIFIED.includes(dog.breed)) return false; } else if (c.breed !== dog.breed) return false;
    if (c.sex && c.sex !== dog.sex) return false;
    if (m < c.minMonths) return false;
    if (c.maxMonths && m >= c.maxMonths) return false;
    return true;
  }
  const clsLabel = c => c.no + ' · ' + c.name + (c.breed.indexOf('Any') === 0 ? '' : ' — ' + c.breed);
  document.getElementById('close-note').textContent = 'Entries close ' + fmt(S.settings.closingDate);

  function snack(msg) {
    const s = document.getElementById('snack');
    s.hidden = false;
    s.innerHTML = '<span>' + esc(msg) + '</span><button class="snack-x" aria-label="Dismiss message">OK</button>';
    s.querySelector('button').onclick = () => { s.hidden = true; };
  }

  function closeMenu() { if (openMenu) { openMenu.remove(); openMenu = null; } }
  document.addEventListener('click', e => { if (openMenu && !openMenu.contains(e.target)) closeMenu(); });
  function kebabMenu(btn, items) {
    closeMenu();
    const ul = document.createElement('ul');
    ul.className = 'kmenu'; ul.setAttribute('role', 'menu');
    items.forEach(it => {
      const li = document.createElement('li');
      li.setAttribute('role', 'menuitem'); li.tabIndex = 0; li.textContent = it.t;
      if (it.warn) li.classList.add('warn');
      li.onclick = e => { e.stopPropagation(); closeMenu(); it.f(); };
      ul.appendChild(li);
    });
    document.body.appendChild(ul);
    const r = btn.getBoundingClientRect();
    ul.style.top = (r.bottom + window.scrollY + 2) + 'px'; ul.style.left = (r.left - 170) + 'px';
    openMenu = ul;
  }

  function modal(title, html, actions) {
    root.innerHTML = '<div class="backdrop"><div class="sheet" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><div class="sheet-h"><h2>' + esc(title) + '</h2>' +
      '<button class="ghost-x" data-dismiss aria-label="Close">×</button></div><div class="sheet-b">' + html + '<div class="alert" id="m-alert" hidden></div></div><div class="sheet-f">' +
      '<button class="b-sec" data-dismiss>Cancel</button>' + actions.map((a, i) => '<button class="' + (a.cls || 'b-pri') + '" data-act="' + i + '">' + esc(a.label) + '</button>').join('') + '</div></div></div>';
    const sh = root.querySelector('.sheet');
    sh.querySelectorAll('[data-dismiss]').forEach(b => b.onclick = closeModal);
    actions.forEach((a, i) => sh.querySelector('[data-act="' + i + '"]').onclick = () => a.fn(sh, msg => { const al = sh.querySelector('#m-alert'); al.hidden = false; al.textContent = msg; }));
    return sh;
  }
  function closeModal() { root.innerHTML = ''; }
  document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

  // ---------- pages ----------
  function render() {
    closeMenu();
    document.querySelectorAll('#nav button').forEach(b => b.classList.toggle('act', b.dataset.page === S.page));
    const titles = { entries: 'Entries', classes: 'Classes & judges', exhibitors: 'Exhibitors', settings: 'Show settings' };
    crumbs.innerHTML = 'Shows › Wexcombe Open Show 2024 › <b>' + titles[S.page] + '</b>';
    ({ entries: pEntries, classes: pClasses, exhibitors: pExhibitors, settings: pSettings })[S.page]();
  }

  function pEntries() {
    const f = S.filter, q = f.q.trim().toLowerCase();
    const live = S.entries.filter(e => e.status === 'Entered');
    const rows = S.entries.filter(e => {
      if (!f.showWithdrawn && e.status === 'Withdrawn') return false;
      if (f.classNo !== 'all' && e.classNo !== +f.classNo) return false;
      if (f.pay === 'paid' && !e.paid) return false;
      if (f.pay === 'unpaid' && e.paid) return false;
      if (q) { const d = dogById(e.dog), x = exById(d.owner); if ((e.id + ' ' + d.callName + ' ' + d.regName + ' ' + x.name + ' ' + d.breed).toLowerCase().indexOf(q) < 0) return false; }
      return true;
    });
    const owed = live.filter(e => !e.paid).reduce((s, e) => s + e.fee, 0);
    let h = '<div class="title-row"><div><h1>Entries</h1><p class="lead">' + live.length + ' entries in ' + S.classes.length + ' classes · ' + money(owed) + ' outstanding</p></div><button class="b-pri" id="add-entry">+ Add entry</button></div>';
    h += '<div class="kpis"><div><b>' + live.length + '</b><span>Live entries</span></div><div><b>' + new Set(live.map(e => dogById(e.dog).owner)).size + '</b><span>Exhibitors</span></div><div><b>' +
      live.filter(e => !e.paid).length + '</b><span>Unpaid</span></div><div><b>' + S.entries.filter(e => e.status === 'Withdrawn').length + '</b><span>Withdrawn</span></div></div>';
    h += '<div class="filters"><input type="search" id="f-q" placeholder="Search dog, exhibitor or entry no." aria-label="Search entries" value="' + esc(f.q) + '">' +
      '<select id="f-cls" aria-label="Class"><option value="all">All classes</option>' + S.classes.map(c => '<option value="' + c.no + '"' + (String(c.no) === String(f.classNo) ? ' selected' : '') + '>' + esc(clsLabel(c)) + '</option>').join('') + '</select>' +
      '<select id="f-pay" aria-label="Payment"><option value="all">Any payment</option><option value="paid"' + (f.pay === 'paid' ? ' selected' : '') + '>Paid</option><option value="unpaid"' + (f.pay === 'unpaid' ? ' selected' : '') + '>Unpaid</option></select>' +
      '<label class="cb"><input type="checkbox" id="f-wd"' + (f.showWithdrawn ? ' checked' : '') + '> Show withdrawn</label></div>';
    h += '<table class="list"><thead><tr><th>Entry</th><th>Dog</th><th>Exhibitor</th><th>Class</th><th class="right">Fee</th><th>Payment</th><th></th></tr></thead><tbody>';
    rows.forEach(e => {
      const d = dogById(e.dog), x = exById(d.owner), c = clsByNo(e.classNo);
      h += '<tr class="' + (e.status === 'Withdrawn' ? 'wd' : '') + '"><td class="eno">' + e.id + '</td><td><div class="dogname">' + esc(d.callName) + ' <span class="sex sex-' + d.sex + '" title="' + (d.sex === 'D' ? 'Dog' : 'Bitch') + '">' + (d.sex === 'D' ? '♂' : '♀') + '</span></div><div class="reg">' + esc(d.regName) + ' · ' + esc(d.breed) + '</div></td>' +
        '<td>' + esc(x.name) + '<div class="reg">' + esc(x.town) + '</div></td><td><span class="clsno">' + c.no + '</span> ' + esc(c.name) + '<div class="reg">' + esc(c.breed) + '</div></td><td class="right">' + money(e.fee) + '</td><td>' +
        (e.status === 'Withdrawn' ? '<span class="chip grey">Withdrawn</span><div class="reg">' + esc(e.withdrawReason) + '</div>' : e.paid ? '<span class="chip green">Paid</span><div class="reg">' + esc(e.payMethod) + '</div>' : '<span class="chip amber">Unpaid</span>') +
        '</td><td class="right"><button class="kebab" data-entry="' + e.id + '" aria-label="Options for entry ' + e.id + '" title="Options">⋮</button></td></tr>';
    });
    if (!rows.length) h += '<tr><td colspan="7" class="nores">No entries match your filters.</td></tr>';
    page.innerHTML = h + '</tbody></table>';
    const qi = document.getElementById('f-q');
    qi.oninput = () => { f.q = qi.value; pEntries(); const n = document.getElementById('f-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('f-cls').onchange = e => { f.classNo = e.target.value; pEntries(); };
    document.getElementById('f-pay').onchange = e => { f.pay = e.target.value; pEntries(); };
    document.getElementById('f-wd').onchange = e => { f.showWithdrawn = e.target.checked; pEntries(); };
    document.getElementById('add-entry').onclick = addEntry;
  }

  function pClasses() {
    let h = '<div class="title-row"><div><h1>Classes &amp; judges</h1><p class="lead">Schedule of classes, judging appointments and ring allocation</p></div></div>';
    h += '<table class="list"><thead><tr><th>No.</th><th>Class</th><th>Breed</th><th>Judge</th><th>Ring</th><th class="right">Entries</th><th></th></tr></thead><tbody>';
    S.classes.forEach(c => {
      const n = S.entries.filter(e => e.classNo === c.no && e.status === 'Entered').length;
      h += '<tr><td><span class="clsno">' + c.no + '</span></td><td>' + esc(c.name) + '</td><td>' + esc(c.breed) + '</td><td>' + esc(c.judge) + '</td><td>Ring ' + c.ring + '</td><td class="right">' + n + '</td>' +
        '<td class="right"><button class="icon-pen" data-editcls="' + c.no + '" aria-label="Edit class ' + c.no + '" title="Edit class">✎</button></td></tr>';
    });
    page.innerHTML = h + '</tbody></table>';
  }

  function pExhibitors() {
    let h = '<div class="title-row"><div><h1>Exhibitors</h1><p class="lead">' + S.exhibitors.length + ' exhibitors · ' + S.dogs.length + ' dogs registered for this show</p></div><button class="b-sec" id="add-ex">+ New exhibitor</button></div>';
    h += '<table class="list"><thead><tr><th>Exhibitor</th><th>Town</th><th>Member</th><th>Dogs</th><th class="right">Entries</th><th class="right">Owed</th><th></th></tr></thead><tbody>';
    S.exhibitors.forEach(x => {
      const ds = S.dogs.filter(d => d.owner === x.id);
      const es = S.entries.filter(e => e.status === 'Entered' && ds.some(d => d.id === e.dog));
      const owed = es.filter(e => !e.paid).reduce((s, e) => s + e.fee, 0);
      h += '<tr><td><b>' + esc(x.name) + '</b><div class="reg">' + x.id + ' · ' + esc(x.email) + '</div></td><td>' + esc(x.town) + '</td><td>' + (x.member ? '<span class="chip green">Member</span>' : '<span class="chip grey">Non-member</span>') + '</td>' +
        '<td>' + ds.map(d => esc(d.callName)).join(', ') + '</td><td class="right">' + es.length + '</td><td class="right' + (owed ? ' owe' : '') + '">' + money(owed) + '</td>' +
        '<td class="right"><button class="kebab" data-ex="' + x.id + '" aria-label="Options for ' + esc(x.name) + '" title="Options">⋮</button></td></tr>';
    });
    page.innerHTML = h + '</tbody></table>';
    document.getElementById('add-ex').onclick = addExhibitor;
  }

  function pSettings() {
    const st = S.settings;
    const tg = (id, on, label, sub) => '<div class="srow"><div><div class="stitle">' + label + '</div><div class="ssub">' + sub + '</div></div><label class="toggle"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + ' aria-label="' + label + '"><span></span></label></div>';
    let h = '<div class="title-row"><div><h1>Show settings</h1><p class="lead">Applies to this show only</p></div></div><div class="sbox">';
    h += '<div class="srow"><div><div class="stitle">Entry fee per class</div><div class="ssub">Charged for each class entered</div></div><span>£ <input type="number" step="0.5" min="0" id="s-fee" value="' + st.entryFee + '"></span></div>';
    h += '<div class="srow"><div><div class="stitle">Closing date for entries</div><div class="ssub">Postal and online entries must be received by this date</div></div><input type="date" id="s-close" value="' + st.closingDate + '"></div>';
    h += tg('s-online', st.onlineEntries, 'Accept online entries', 'Entries submitted through the society website');
    h += tg('s-late', st.lateEntries, 'Allow late entries', 'Accept entries after the closing date (with late fee)');
    h += tg('s-bench', st.benching, 'Benched show', 'Dogs must be benched when not in the ring');
    h += '<div class="srow"><div><div class="stitle">Catalogue price</div><div class="ssub">Pre-ordered catalogues</div></div><span>£ <input type="number" step="0.5" min="0" id="s-cat" value="' + st.cataloguePrice + '"></span></div>';
    h += '<div class="sfoot"><button class="b-pri" id="s-save">Save settings</button></div></div>';
    page.innerHTML = h;
    document.getElementById('s-save').onclick = () => {
      const fee = Number(document.getElementById('s-fee').value), cat = Number(document.getElementById('s-cat').value), close = document.getElementById('s-close').value;
      if (!(fee >= 0) || !(cat >= 0) || !close) { snack('Please check the values entered'); return; }
      Object.assign(S.settings, { entryFee: fee, cataloguePrice: cat, closingDate: close, onlineEntries: document.getElementById('s-online').checked, lateEntries: document.getElementById('s-late').checked, benching: document.getElementById('s-bench').checked });
      document.getElementById('close-note').textContent = 'Entries close ' + fmt(S.settings.closingDate);
      snack('Show settings saved');
    };
  }

  // ---------- dialogs ----------
  function payEntry(e) {
    const d = dogById(e.dog), x = exById(d.owner);
    const others = S.entries.filter(o => o !== e && o.status === 'Entered' && !o.paid && dogById(o.dog).owner === x.id);
    modal('Record payment · ' + e.id,
      '<p class="note">' + esc(d.callName) + ' (' + esc(x.name) + ') · class ' + e.classNo + ' · fee ' + money(e.fee) + '</p>' +
      '<fieldset><legend>Payment method</legend><div class="radios">' + METHODS.map(m => '<label><input type="radio" name="pm" value="' + m + '"> ' + m + '</label>').join('') + '</div></fieldset>' +
      '<label class="fld">Reference (optional)<input type="text" id="pm-ref" placeholder="e.g. bank reference or receipt no."></label>' +
      (others.length ? '<label class="cb"><input type="checkbox" id="pm-all"> Also mark ' + x.name + '\u2019s other ' + others.length + ' unpaid ' + (others.length === 1 ? 'entry' : 'entries') + ' (' + others.map(o => o.id).join(', ') + ') as paid</label>' : ''),
      [{ label: 'Record payment', fn: (sh, err) => {
        const m = sh.querySelector('input[name=pm]:checked');
        if (!m) { err('Select how the fee was paid.'); return; }
        const list = [e].concat(sh.querySelector('#pm-all') && sh.querySelector('#pm-all').checked ? others : []);
        list.forEach(o => { o.paid = true; o.payMethod = m.value; o.payRef = sh.querySelector('#pm-ref').value.trim(); });
        closeModal(); snack(list.length === 1 ? 'Payment recorded for ' + e.id : 'Payment recorded for ' + list.length + ' entries'); render();
      } }]);
  }

  function withdrawEntry(e) {
    const d = dogById(e.dog);
    modal('Withdraw entry ' + e.id,
      '<p class="note">' + esc(d.callName) + ' — ' + esc(d.regName) + ' from class ' + e.classNo + ' (' + esc(clsByNo(e.classNo).name) + ').</p>' +
      '<label class="fld">Reason<select id="wd-r"><option value="">Select a reason…</option>' + ['Injury / veterinary advice', 'Bitch in season', 'Exhibitor request', 'Entered in error', 'Other'].map(r => '<option>' + r + '</option>').join('') + '</select></label>' +
      (e.paid ? '<label class="cb"><input type="checkbox" id="wd-ref"> Refund the entry fee (' + money(e.fee) + ')</label>' : ''),
      [{ label: 'Withdraw entry', cls: 'b-danger', fn: (sh, err) => {
        const r = sh.querySelector('#wd-r').value;
        if (!r) { err('A reason is required for the Kennel Club return.'); return; }
        e.status = 'Withdrawn'; e.withdrawReason = r; e.refunded = !!(sh.querySelector('#wd-ref') && sh.querySelector('#wd-ref').checked);
        closeModal(); snack('Entry ' + e.id + ' withdrawn'); render();
      } }]);
  }

  function moveEntry(e) {
    const d = dogById(e.dog);
    const opts = S.classes.filter(c => c.no !== e.classNo && eligible(d, c) && !S.entries.some(o => o.dog === d.id && o.classNo === c.no && o.status === 'Entered'));
    modal('Move entry ' + e.id,
      '<p class="note">' + esc(d.callName) + ' is currently in class ' + e.classNo + '. Only classes this dog is eligible for are listed.</p>' +
      '<label class="fld">New class<select id="mv-c"><option value="">Choose class…</option>' + opts.map(c => '<option value="' + c.no + '">' + esc(clsLabel(c)) + '</option>').join('') + '</select></label>',
      [{ label: 'Move entry', fn: (sh, err) => {
        const v = sh.querySelector('#mv-c').value;
        if (!v) { err('Choose a class.'); return; }
        e.classNo = +v; closeModal(); snack(e.id + ' moved to class ' + v); render();
      } }]);
  }

  function addEntry() {
    const sh = modal('Add entry',
      '<label class="fld">Exhibitor<select id="ae-x"><option value="">Choose exhibitor…</option>' + S.exhibitors.slice().sort((a, b) => a.name.localeCompare(b.name)).map(x => '<option value="' + x.id + '">' + esc(x.name) + ' (' + esc(x.town) + ')</option>').join('') + '</select></label>' +
      '<label class="fld">Dog<select id="ae-d" disabled><option value="">Choose exhibitor first</option></select></label>' +
      '<label class="fld">Class<select id="ae-c" disabled><option value="">Choose dog first</option></select></label>' +
      '<label class="cb"><input type="checkbox" id="ae-paid"> Fee paid now (' + money(S.settings.entryFee) + ')</label>' +
      '<fieldset id="ae-pm" disabled><legend>Payment method</legend><div class="radios">' + METHODS.map(m => '<label><input type="radio" name="ae-pm" value="' + m + '"> ' + m + '</label>').join('') + '</div></fieldset>',
      [{ label: 'Add entry', fn: (s, err) => {
        const dog = s.querySelector('#ae-d').value, cls = s.querySelector('#ae-c').value, paid = s.querySelector('#ae-paid').checked;
        const pm = s.querySelector('input[name=ae-pm]:checked');
        if (!dog) { err('Choose the dog being entered.'); return; }
        if (!cls) { err('Choose a class.'); return; }
        if (paid && !pm) { err('Select the payment method.'); return; }
        const e = E(S.seq.entry++, dog, +cls, paid, paid ? pm.value : null);
        e.fee = S.settings.entryFee;
        S.entries.push(e);
        closeModal(); snack('Entry ' + e.id + ' added — ' + dogById(dog).callName + ' in class ' + cls); render();
      } }]);
    const xs = sh.querySelector('#ae-x'), ds = sh.querySelector('#ae-d'), cs = sh.querySelector('#ae-c');
    xs.onchange = () => {
      const list = S.dogs.filter(d => d.owner === xs.value);
      ds.disabled = !xs.value;
      ds.innerHTML = '<option value="">' + (xs.value ? (list.length ? 'Choose dog…' : 'No dogs registered') : 'Choose exhibitor first') + '</option>' + list.map(d => '<option value="' + d.id + '">' + esc(d.callName) + ' — ' + esc(d.regName) + ' (' + esc(d.breed) + ', ' + (d.sex === 'D' ? 'dog' : 'bitch') + ')</option>').join('');
      cs.disabled = true; cs.innerHTML = '<option value="">Choose dog first</option>';
    };
    ds.onchange = () => {
      const d = dogById(ds.value);
      if (!d) { cs.disabled = true; cs.innerHTML = '<option value="">Choose dog first</option>'; return; }
      const opts = S.classes.filter(c => eligible(d, c) && !S.entries.some(o => o.dog === d.id && o.classNo === c.no && o.status === 'Entered'));
      cs.disabled = false;
      cs.innerHTML = '<option value="">' + (opts.length ? 'Choose class…' : 'No eligible classes') + '</option>' + opts.map(c => '<option value="' + c.no + '">' + esc(clsLabel(c)) + '</option>').join('');
    };
    sh.querySelector('#ae-paid').onchange = e => { sh.querySelector('#ae-pm').disabled = !e.target.checked; };
  }

  function editClass(c) {
    modal('Edit class ' + c.no + ' · ' + c.name,
      '<p class="note">' + esc(c.breed) + '</p>' +
      '<label class="fld">Judge<select id="ec-j">' + JUDGES.map(j => '<option' + (j === c.judge ? ' selected' : '') + '>' + j + '</option>').join('') + '</select></label>' +
      '<fieldset><legend>Ring</legend><div class="radios">' + [1, 2, 3, 4, 5].map(r => '<label><input type="radio" name="ec-r" value="' + r + '"' + (r === c.ring ? ' checked' : '') + '> Ring ' + r + '</label>').join('') + '</div></fieldset>',
      [{ label: 'Save class', fn: sh => {
        c.judge = sh.querySelector('#ec-j').value; c.ring = +sh.querySelector('input[name=ec-r]:checked').value;
        closeModal(); snack('Class ' + c.no + ' updated'); render();
      } }]);
  }

  function addExhibitor() {
    modal('New exhibitor',
      '<label class="fld">Full name<input type="text" id="nx-n"></label><label class="fld">Town<input type="text" id="nx-t"></label><label class="fld">Email<input type="text" id="nx-e"></label>' +
      '<label class="cb"><input type="checkbox" id="nx-m"> Society member</label>',
      [{ label: 'Add exhibitor', fn: (sh, err) => {
        const n = sh.querySelector('#nx-n').value.trim();
        if (!n) { err('Name is required.'); return; }
        const x = { id: 'X-' + String(S.seq.exhibitor++).padStart(2, '0'), name: n, town: sh.querySelector('#nx-t').value.trim(), email: sh.querySelector('#nx-e').value.trim(), member: sh.querySelector('#nx-m').checked };
        S.exhibitors.push(x); closeModal(); snack(x.name + ' added'); render();
      } }]);
  }

  function addDog(x) {
    modal('Register a dog for ' + x.name,
      '<label class="fld">Registered name<input type="text" id="nd-reg"></label><label class="fld">Call name<input type="text" id="nd-call"></label>' +
      '<label class="fld">Breed<select id="nd-b"><option value="">Choose…</option>' + BREEDS.map(b => '<option>' + b + '</option>').join('') + '</select></label>' +
      '<fieldset><legend>Sex</legend><div class="radios"><label><input type="radio" name="nd-s" value="D"> Dog</label><label><input type="radio" name="nd-s" value="B"> Bitch</label></div></fieldset>' +
      '<label class="fld">Date of birth<input type="date" id="nd-dob"></label>',
      [{ label: 'Register dog', fn: (sh, err) => {
        const reg = sh.querySelector('#nd-reg').value.trim(), call = sh.querySelector('#nd-call').value.trim(), b = sh.querySelector('#nd-b').value, s = sh.querySelector('input[name=nd-s]:checked'), dob = sh.querySelector('#nd-dob').value;
        if (!reg || !call || !b || !s || !dob) { err('All fields are required.'); return; }
        S.dogs.push({ id: 'D-' + S.seq.dog++, regName: reg, callName: call, breed: b, sex: s.value, dob, owner: x.id });
        closeModal(); snack(call + ' registered'); render();
      } }]);
  }

  // ---------- events ----------
  document.getElementById('nav').addEventListener('click', e => {
    const b = e.target.closest('button[data-page]'); if (!b) return;
    S.page = b.dataset.page; render();
  });
  page.addEventListener('click', e => {
    const b = e.target.closest('button'); if (!b) return;
    if (b.dataset.entry) {
      e.stopPropagation();
      const en = entryById(b.dataset.entry);
      const items = [];
      if (en.status === 'Entered') {
        if (!en.paid) items.push({ t: 'Record payment…', f: () => payEntry(en) });
        items.push({ t: 'Move to another class…', f: () => moveEntry(en) }, { t: 'Print ring card', f: () => snack('Ring card for ' + en.id + ' sent to printer') }, { t: 'Withdraw entry…', warn: true, f: () => withdrawEntry(en) });
      } else {
        items.push({ t: 'Reinstate entry', f: () => { en.status = 'Entered'; en.withdrawReason = null; snack(en.id + ' reinstated'); render(); } });
      }
      kebabMenu(b, items); return;
    }
    if (b.dataset.editcls) { editClass(clsByNo(+b.dataset.editcls)); return; }
    if (b.dataset.ex) {
      e.stopPropagation();
      const x = exById(b.dataset.ex);
      kebabMenu(b, [{ t: 'Register a dog…', f: () => addDog(x) }, { t: 'Show their entries', f: () => { S.page = 'entries'; S.filter = { q: x.name, classNo: 'all', pay: 'all', showWithdrawn: false }; render(); } },
        { t: 'Email exhibitor', f: () => snack('Email drafted to ' + x.email) }, { t: x.member ? 'Mark as non-member' : 'Mark as member', f: () => { x.member = !x.member; snack(x.name + ' updated'); render(); } }]);
    }
  });

  render();
})();
