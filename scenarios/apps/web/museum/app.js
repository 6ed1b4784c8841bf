(function () {
  'use strict';
  const ob = (acc, title, maker, date, medium, dept, location, condition, extra) => Object.assign({ acc, title, maker, date, medium, dept, location, condition, published: true, conditionLog: [], provenance: '' }, extra || {});
  window.state = {
    objects: [
      ob('1921.4.7', 'Portrait of Margaret Ellison', 'Sir Henry Raeburn', 'c. 1805', 'Oil on canvas', 'Paintings', 'Gallery 3', 'Good', { provenance: 'Ellison family; bequeathed by Miss J. Ellison, 1921.' }),
      ob('1934.12.1', 'Bronze mirror with phoenix motif', 'Unknown maker, China', 'Tang dynasty, 8th century', 'Cast bronze', 'Asian Art', 'Gallery 12', 'Good', { provenance: 'Purchased from Bluett & Sons, London, 1934.' }),
      ob('1948.2.15', 'Glass unguentarium', 'Unknown maker, Roman', '1st–2nd century AD', 'Free-blown glass', 'Antiquities', 'Store Room A', 'Fair', { published: false }),
      ob('1954.33.2', 'Jasperware vase, Apotheosis of Homer', 'Josiah Wedgwood & Sons', '1786', 'Blue jasperware', 'Decorative Arts', 'Gallery 7', 'Good', { provenance: 'Gift of Lady Cressingham, 1954 (one of a pair).' }),
      ob('1954.33.3', 'Jasperware vase, Apotheosis of Homer (pair)', 'Josiah Wedgwood & Sons', '1786', 'Blue jasperware', 'Decorative Arts', 'Gallery 7', 'Good', { provenance: 'Gift of Lady Cressingham, 1954 (one of a pair).' }),
      ob('1961.8.4', 'River Landscape with Cattle', 'Follower of Aelbert Cuyp', 'c. 1660', 'Oil on panel', 'Paintings', 'Gallery 4', 'Fair'),
      ob('1967.20.1', 'Alphabet sampler', 'Ann Lockwood, aged 11', '1792', 'Silk on linen', 'Textiles', 'Store Room C', 'Good'),
      ob('1972.3.9', 'Imari charger', 'Arita kilns, Japan', 'c. 1700', 'Porcelain, underglaze blue and enamels', 'Asian Art', 'Gallery 12', 'Excellent'),
      ob('1979.11.2', 'Silver tea urn', 'Paul Storr', '1809', 'Sterling silver', 'Decorative Arts', 'Gallery 7', 'Good'),
      ob('1983.5.6', 'Red-figure kylix (drinking cup)', 'Attributed to the Brygos Painter', 'c. 480 BC', 'Earthenware', 'Antiquities', 'Gallery 1', 'Fair'),
      ob('1987.45.1', 'Heron in Reeds', 'Charles Tunnicliffe', '1952', 'Watercolour on paper', 'Works on Paper', 'Print Room', 'Good'),
      ob('1987.45.2', 'Kingfisher on a Branch', 'Charles Tunnicliffe', '1953', 'Watercolour on paper', 'Works on Paper', 'Print Room', 'Good'),
      ob('1990.1.12', 'Kimono with cranes and pines', 'Unknown maker, Kyoto', 'Meiji period, c. 1890', 'Silk crepe, yuzen dyeing', 'Textiles', 'Store Room C', 'Good'),
      ob('1995.7.3', 'Harbour at Dusk', 'Anne Redpath', '1948', 'Oil on board', 'Paintings', 'Gallery 5', 'Excellent'),
      ob('1998.112.4', 'Leaf from a Book of Hours', 'Workshop of the Master of Mary of Burgundy', 'c. 1480', 'Tempera and gold on vellum', 'Works on Paper', 'Print Room', 'Fair', { published: false }),
      ob('2001.6.1', 'Dragonfly brooch', 'René Lalique', 'c. 1900', 'Gold, enamel, chrysoprase', 'Decorative Arts', 'Gallery 8', 'Excellent'),
      ob('2003.7.19', 'Delft tile panel with ships', 'Unknown maker, Delft', 'c. 1720', 'Tin-glazed earthenware', 'Decorative Arts', 'Gallery 7', 'Good'),
      ob('2003.7.20', 'Delft blue-and-white charger', 'De Grieksche A factory', 'c. 1700', 'Tin-glazed earthenware', 'Decorative Arts', 'Store Room B', 'Good'),
      ob('2008.14.2', 'Oak cabinet on stand', 'Ernest Gimson', '1905', 'Oak, ebony, holly inlay', 'Decorative Arts', 'Gallery 8', 'Good'),
      ob('2011.3.1', 'Dancer Looking at the Sole of Her Right Foot', 'After Edgar Degas', 'cast 1920s', 'Bronze', 'Sculpture', 'Gallery 5', 'Excellent'),
      ob('2015.9.5', 'Paisley shawl', 'Unknown maker, Paisley', 'c. 1850', 'Wool, jacquard woven', 'Textiles', 'Store Room C', 'Poor', { published: false }),
      ob('2019.2.1', 'Moon jar', 'Akiko Hirai', '2018', 'Stoneware, wood ash glaze', 'Decorative Arts', 'Gallery 8', 'Excellent')
    ],
    loans: [
      { id: 'LR-2024-029', direction: 'Outgoing', institution: 'National Galleries of Ireland', objects: ['1995.7.3'], start: '2024-10-01', end: '2025-02-28', exhibition: 'Colour and Light: Scottish Painters', status: 'Approved', received: '2024-03-12' },
      { id: 'LR-2024-031', direction: 'Outgoing', institution: 'V&A Dundee', objects: ['1990.1.12'], start: '2024-09-15', end: '2025-01-10', exhibition: 'Kimono: Kyoto to Catwalk', status: 'Pending', received: '2024-04-02' },
      { id: 'LR-2024-033', direction: 'Outgoing', institution: 'Rijksmuseum Twenthe', objects: ['2003.7.20'], start: '2025-02-01', end: '2025-06-01', exhibition: 'Delftware Abroad', status: 'Pending', received: '2024-04-20' },
      { id: 'LR-2024-034', direction: 'Outgoing', institution: 'Kelvingrove Art Gallery and Museum', objects: ['1954.33.2', '1954.33.3'], start: '2024-11-01', end: '2025-03-30', exhibition: 'Wedgwood and the Classical World', status: 'Pending', received: '2024-05-06' },
      { id: 'LR-2024-035', direction: 'Outgoing', institution: 'The Hunterian', objects: ['1983.5.6'], start: '2024-10-20', end: '2025-04-20', exhibition: 'Drinking with the Gods', status: 'Pending', received: '2024-05-14' },
      { id: 'LR-2024-036', direction: 'Outgoing', institution: 'The Bowes Museum', objects: ['2011.3.1'], start: '2024-08-01', end: '2024-12-01', exhibition: 'Degas in Bronze', status: 'Declined', received: '2024-05-20', reason: 'Insufficient lead time' },
      { id: 'LR-2024-038', direction: 'Outgoing', institution: 'Fitzwilliam Museum', objects: ['1998.112.4'], start: '2025-01-15', end: '2025-05-15', exhibition: 'Books of Hours', status: 'Pending', received: '2024-06-11' },
      { id: 'LR-2024-030', direction: 'Incoming', institution: 'The British Museum', objects: ['BM 1898,0523.1 — Lewis chessman (king)'], start: '2024-06-01', end: '2024-11-30', exhibition: 'Northern Treasures', status: 'Approved', received: '2024-02-22' },
      { id: 'LR-2024-032', direction: 'Incoming', institution: 'Ashmolean Museum', objects: ['WA1921.5 — Alfred Jewel (replica)'], start: '2024-09-01', end: '2025-01-31', exhibition: 'Northern Treasures', status: 'Pending', received: '2024-04-10' },
      { id: 'LR-2024-037', direction: 'Incoming', institution: 'National Museums Liverpool', objects: ['WAG 2563 — Waterhouse study'], start: '2025-03-01', end: '2025-08-31', exhibition: 'Pre-Raphaelite Women', status: 'Pending', received: '2024-06-03' }
    ],
    exhibitions: [
      { title: 'Northern Treasures', dates: '1 Jun – 30 Nov 2024', space: 'Special Exhibitions Hall', status: 'Open' },
      { title: 'Pre-Raphaelite Women', dates: '15 Mar – 31 Aug 2025', space: 'Special Exhibitions Hall', status: 'In planning' },
      { title: 'The Art of Tea', dates: '12 Oct 2024 – 23 Feb 2025', space: 'Gallery 9', status: 'In planning' }
    ],
    audit: []
  };

  const S = window.state;
  const STAFF = ['Eleanor Whitcombe (Registrar)', 'Dr. Rafael Moreno (Conservator)', 'Hye-jin Park (Conservator)', 'Tom Ashby (Collections Assistant)'];
  const LOCS = ['Gallery 1', 'Gallery 3', 'Gallery 4', 'Gallery 5', 'Gallery 7', 'Gallery 8', 'Gallery 12', 'Print Room', 'Store Room A', 'Store Room B', 'Store Room C', 'Conservation Studio'];
  const CONDS = ['Excellent', 'Good', 'Fair', 'Poor', 'Unstable'];
  const TODAY = '2024-07-03';
  const MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const ui = { v: 'objects', sel: '1921.4.7', tab: 'overview', q: '', dept: 'All departments', loanTab: 'Outgoing' };
  const $ = (s, r) => (r || document).querySelector(s);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const fd = iso => { if (!iso) return '—'; const [y, m, d] = iso.split('-').map(Number); return d + ' ' + MO[m - 1] + ' ' + y; };
  const obj = acc => S.objects.find(o => o.acc === acc);
  const log = msg => S.audit.unshift({ at: TODAY, who: 'Eleanor Whitcombe', msg });

  function toast(m) { const t = document.createElement('div'); t.className = 'toast'; t.textContent = m; $('#toasts').appendChild(t); setTimeout(() => t.classList.add('fade'), 3300); setTimeout(() => t.remove(), 3800); }
  function dialog(o) {
    const r = $('#modal-root');
    r.innerHTML = '<div class="shade"><div class="sheet" role="dialog" aria-modal="true" aria-labelledby="sh-t"><h2 id="sh-t">' + esc(o.title) + '</h2><div class="sheet-b">' + o.body + '</div>' +
      '<div class="sheet-f"><button class="btn" data-c>' + esc(o.cancel || 'Cancel') + '</button><button class="btn ' + (o.danger ? 'danger' : 'solid') + '" data-o>' + esc(o.ok || 'Save') + '</button></div></div></div>';
    const close = () => r.innerHTML = '';
    $('[data-c]', r).onclick = close;
    $('[data-o]', r).onclick = () => { const e = o.onOk($('.sheet', r)); if (e) { let p = $('.sheet-err', r); if (!p) { p = document.createElement('p'); p.className = 'sheet-err'; $('.sheet-b', r).appendChild(p); } p.textContent = e; return; } close(); };
  }
  let mn = null;
  const closeMenu = () => { if (mn) { mn.remove(); mn = null; } };
  function menu(btn, items) {
    closeMenu(); mn = document.createElement('div'); mn.className = 'mnu'; mn.setAttribute('role', 'menu');
    items.forEach(x => { const b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = x.label; if (x.danger) b.className = 'danger'; b.onclick = e => { e.stopPropagation(); closeMenu(); x.run(); }; mn.appendChild(b); });
    document.body.appendChild(mn); const rc = btn.getBoundingClientRect(); mn.style.top = (rc.bottom + window.scrollY + 4) + 'px'; mn.style.left = (rc.right - 220) + 'px';
  }
  document.addEventListener('click', e => { if (mn && !mn.contains(e.target)) closeMenu(); });

  document.querySelector('.rail').addEventListener('click', e => {
    const a = e.target.closest('.ln'); if (!a) return; e.preventDefault();
    ui.v = a.dataset.v; document.querySelectorAll('.ln').forEach(x => x.classList.toggle('active', x === a)); render();
  });
  function render() {
    closeMenu();
    const p = S.loans.filter(l => l.status === 'Pending').length; $('#pend-count').textContent = p; $('#pend-count').style.display = p ? '' : 'none';
    ({ objects: rObjects, loans: rLoans, exhibitions: rExh, audit: rAudit })[ui.v]($('#view'));
  }

  function rObjects(v) {
    const depts = ['All departments'].concat([...new Set(S.objects.map(o => o.dept))].sort());
    const q = ui.q.toLowerCase();
    const list = S.objects.filter(o => (ui.dept === 'All departments' || o.dept === ui.dept) && (!q || (o.acc + ' ' + o.title + ' ' + o.maker).toLowerCase().includes(q)));
    v.innerHTML = '<div class="md"><section class="master"><div class="m-head"><h1>Object records</h1><div class="m-tools"><input type="search" id="oq" aria-label="Search objects" placeholder="Accession no., title or maker" value="' + esc(ui.q) + '">' +
      '<select id="odept" aria-label="Department">' + depts.map(d => '<option' + (d === ui.dept ? ' selected' : '') + '>' + d + '</option>').join('') + '</select></div><div class="m-count">' + list.length + ' records</div></div>' +
      '<ul class="olist" role="listbox" aria-label="Objects">' + list.map(o => '<li role="option" aria-selected="' + (o.acc === ui.sel) + '" class="oi' + (o.acc === ui.sel ? ' sel' : '') + '" data-acc="' + o.acc + '"><div class="oi-acc">' + o.acc + '</div><div class="oi-t">' + esc(o.title) + '</div><div class="oi-m">' + esc(o.maker) + ' · ' + esc(o.date) + '</div></li>').join('') +
      (list.length ? '' : '<li class="none">No records found</li>') + '</ul></section><section class="detail" id="detail"></section></div>';
    const oq = $('#oq'); oq.oninput = () => { ui.q = oq.value; rObjects(v); const n = $('#oq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#odept').onchange = e => { ui.dept = e.target.value; rObjects(v); };
    v.querySelectorAll('.oi').forEach(li => li.onclick = () => { ui.sel = li.dataset.acc; ui.tab = 'overview'; rObjects(v); });
    rDetail($('#detail'));
  }

  function rDetail(d) {
    const o = obj(ui.sel);
    if (!o) { d.innerHTML = '<p class="none">Select an object.</p>'; return; }
    const tabs = [['overview', 'Overview'], ['condition', 'Condition'], ['location', 'Location'], ['provenance', 'Provenance & loans']];
    const loansFor = S.loans.filter(l => l.objects.includes(o.acc));
    let body = '';
    if (ui.tab === 'overview') {
      body = '<dl class="facts"><dt>Accession number</dt><dd>' + o.acc + '</dd><dt>Maker</dt><dd>' + esc(o.maker) + '</dd><dt>Date</dt><dd>' + esc(o.date) + '</dd><dt>Medium</dt><dd>' + esc(o.medium) + '</dd><dt>Department</dt><dd>' + esc(o.dept) + '</dd><dt>Current location</dt><dd>' + esc(o.location) + '</dd><dt>Condition</dt><dd>' + o.condition + '</dd></dl>' +
        '<div class="pubrow"><div><label for="pub-toggle"><b>Published in online collection</b></label><div class="muted">Shown on collections.harrowgatemuseum.org.uk with images and label text.</div></div><label class="tgl"><input type="checkbox" id="pub-toggle"' + (o.published ? ' checked' : '') + '><span></span></label></div>';
    } else if (ui.tab === 'condition') {
      body = '<div class="cond-now">Current condition: <span class="cbadge c-' + o.condition.toLowerCase() + '">' + o.condition + '</span></div>' +
        '<form class="cform" id="cform"><h3>Record condition check</h3><div class="g3"><div class="fld"><label for="cc-cond">Condition</label><select id="cc-cond">' + CONDS.map(c => '<option' + (c === o.condition ? ' selected' : '') + '>' + c + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="cc-by">Checked by</label><select id="cc-by">' + STAFF.map(s => '<option>' + s + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="cc-date">Date checked</label><input type="date" id="cc-date" value="' + TODAY + '"></div></div>' +
        '<div class="fld"><label for="cc-notes">Notes</label><textarea id="cc-notes" rows="2" placeholder="Describe any damage, change or treatment"></textarea></div>' +
        '<div class="right"><button type="submit" class="btn solid">Save condition report</button></div></form>' +
        '<h3>History</h3><ul class="hist">' + (o.conditionLog.length ? o.conditionLog.slice().reverse().map(h => '<li><b>' + h.condition + '</b> — ' + fd(h.date) + ', ' + esc(h.by) + (h.notes ? '<div class="muted">' + esc(h.notes) + '</div>' : '') + '</li>').join('') : '<li class="muted">No condition checks recorded since the 2019 audit (rated ' + o.condition + ').</li>') + '</ul>';
    } else if (ui.tab === 'location') {
      body = '<div class="cond-now">Currently in: <b>' + esc(o.location) + '</b></div><form id="lform" class="cform"><h3>Move object</h3><div class="g3"><div class="fld"><label for="lc-to">New location</label><select id="lc-to">' + LOCS.map(l => '<option' + (l === o.location ? ' selected' : '') + '>' + l + '</option>').join('') + '</select></div>' +
        '<div class="fld"><label for="lc-why">Reason</label><select id="lc-why"><option>Rotation</option><option>Conservation</option><option>Photography</option><option>Loan preparation</option></select></div></div><div class="right"><button type="submit" class="btn solid">Record move</button></div></form>';
    } else {
      body = '<h3>Provenance</h3><p>' + (o.provenance ? esc(o.provenance) : '<span class="muted">No provenance notes recorded.</span>') + '</p><h3>Loan history</h3>' +
        (loansFor.length ? '<ul class="hist">' + loansFor.map(l => '<li><b>' + l.id + '</b> — ' + esc(l.institution) + ', ' + fd(l.start) + ' to ' + fd(l.end) + ' <span class="pill p-' + l.status.toLowerCase() + '">' + l.status + '</span></li>').join('') + '</ul>' : '<p class="muted">Never lent.</p>');
    }
    d.innerHTML = '<div class="d-head"><div><div class="d-acc">' + o.acc + ' · ' + esc(o.dept) + '</div><h2>' + esc(o.title) + '</h2><div class="muted">' + esc(o.maker) + ', ' + esc(o.date) + '</div></div><button class="kb" aria-label="Record actions">⋯</button></div>' +
      '<div class="dtabs" role="tablist">' + tabs.map(t => '<button role="tab" aria-selected="' + (t[0] === ui.tab) + '" class="dtab' + (t[0] === ui.tab ? ' on' : '') + '" data-t="' + t[0] + '">' + t[1] + '</button>').join('') + '</div><div class="d-body">' + body + '</div>';
    d.querySelectorAll('.dtab').forEach(b => b.onclick = () => { ui.tab = b.dataset.t; rDetail(d); });
    $('.kb', d).onclick = e => { e.stopPropagation(); menu(e.currentTarget, [
      { label: 'Print object label', run: () => toast('Label for ' + o.acc + ' sent to Print Room printer') },
      { label: 'Request photography', run: () => toast('Photography request logged for ' + o.acc) },
      { label: 'Propose for deaccession…', danger: true, run: () => dialog({ title: 'Propose deaccession?', danger: true, ok: 'Send proposal', body: '<p>This sends <b>' + esc(o.title) + '</b> (' + o.acc + ') to the Collections Committee for deaccession review.</p>', onOk: () => { o.deaccessionProposed = true; log('Deaccession proposed for ' + o.acc); toast('Proposal sent to committee'); } }) }
    ]); };
    const pt = $('#pub-toggle', d);
    if (pt) pt.onchange = () => { o.published = pt.checked; log((o.published ? 'Published ' : 'Unpublished ') + o.acc + ' online'); toast(o.acc + (o.published ? ' is now visible online' : ' removed from the online collection')); };
    const cf = $('#cform', d);
    if (cf && ui.tab === 'condition') cf.onsubmit = e => {
      e.preventDefault();
      const entry = { condition: $('#cc-cond', d).value, by: $('#cc-by', d).value, date: $('#cc-date', d).value, notes: $('#cc-notes', d).value.trim() };
      o.conditionLog.push(entry); o.condition = entry.condition; log('Condition check on ' + o.acc + ': ' + entry.condition);
      rObjects($('#view')); toast('Condition report saved for ' + o.acc);
    };
    const lf = $('#lform', d);
    if (lf) lf.onsubmit = e => { e.preventDefault(); const to = $('#lc-to', d).value; if (to === o.location) { toast('Object is already in ' + to); return; } log(o.acc + ' moved from ' + o.location + ' to ' + to); o.location = to; rObjects($('#view')); toast(o.acc + ' moved to ' + to); };
  }

  function rLoans(v) {
    const list = S.loans.filter(l => l.direction === ui.loanTab).sort((a, b) => a.id.localeCompare(b.id));
    v.innerHTML = '<div class="pagehead"><div><h1>Loan requests</h1><p class="muted">Requests to borrow our objects (outgoing) and our requests to borrow from others (incoming).</p></div><button class="btn solid" id="new-loan">+ New outgoing loan</button></div>' +
      '<div class="dtabs" role="tablist">' + ['Outgoing', 'Incoming'].map(t => '<button role="tab" aria-selected="' + (t === ui.loanTab) + '" class="dtab' + (t === ui.loanTab ? ' on' : '') + '" data-t="' + t + '">' + t + ' loans (' + S.loans.filter(l => l.direction === t).length + ')</button>').join('') + '</div>' +
      '<table class="lt"><thead><tr><th>Request</th><th>' + (ui.loanTab === 'Outgoing' ? 'Borrower' : 'Lender') + '</th><th>Objects</th><th>Exhibition</th><th>Loan period</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(l => '<tr data-id="' + l.id + '"><td class="acc">' + l.id + '<div class="muted sm">received ' + fd(l.received) + '</div></td><td><b>' + esc(l.institution) + '</b></td><td>' + l.objects.map(a => obj(a) ? '<div><span class="acc">' + a + '</span> ' + esc(obj(a).title) + '</div>' : '<div>' + esc(a) + '</div>').join('') + '</td><td><i>' + esc(l.exhibition || '—') + '</i></td><td class="nw">' + fd(l.start) + ' –<br>' + fd(l.end) + '</td>' +
        '<td><span class="pill p-' + l.status.toLowerCase() + '">' + l.status + '</span></td><td class="nw r">' + (l.status === 'Pending' ? '<button class="btn sm solid ap">Approve</button> <button class="btn sm dc">Decline</button>' : '') + '</td></tr>').join('') + '</tbody></table>';
    v.querySelectorAll('.dtab').forEach(b => b.onclick = () => { ui.loanTab = b.dataset.t; rLoans(v); });
    $('#new-loan').onclick = newLoan;
    const byRow = b => S.loans.find(l => l.id === b.closest('tr').dataset.id);
    v.querySelectorAll('.ap').forEach(b => b.onclick = () => {
      const l = byRow(b);
      dialog({ title: 'Approve loan request?', ok: 'Approve loan', body: '<p>Approve <b>' + l.id + '</b> — ' + esc(l.institution) + ', ' + fd(l.start) + ' to ' + fd(l.end) + '.</p><p class="muted">A loan agreement and facilities report request will be sent.</p><label class="ck"><input type="checkbox" id="ap-courier"> Courier required to accompany objects</label>',
        onOk: s => { l.status = 'Approved'; l.courier = $('#ap-courier', s).checked; log('Approved ' + l.id); render(); toast(l.id + ' approved'); } });
    });
    v.querySelectorAll('.dc').forEach(b => b.onclick = () => {
      const l = byRow(b);
      dialog({ title: 'Decline loan request?', danger: true, ok: 'Decline', body: '<p>Decline <b>' + l.id + '</b> from ' + esc(l.institution) + '?</p><div class="fld"><label for="dc-reason">Reason given to borrower</label><textarea id="dc-reason" rows="2"></textarea></div>',
        onOk: s => { l.status = 'Declined'; l.reason = $('#dc-reason', s).value.trim(); log('Declined ' + l.id); render(); toast(l.id + ' declined'); } });
    });
  }
  function newLoan() {
    dialog({
      title: 'New outgoing loan',
      body: '<div class="fld"><label for="nl-inst">Borrowing institution</label><input id="nl-inst" autocomplete="off"></div>' +
        '<div class="fld"><label for="nl-obj">Object</label><select id="nl-obj"><option value="">Choose an object…</option>' + S.objects.map(o => '<option value="' + o.acc + '">' + o.acc + ' — ' + esc(o.title) + '</option>').join('') + '</select></div>' +
        '<div class="g2"><div class="fld"><label for="nl-start">Loan start</label><input type="date" id="nl-start"></div><div class="fld"><label for="nl-end">Loan end</label><input type="date" id="nl-end"></div></div>' +
        '<div class="fld"><label for="nl-exh">Exhibition title</label><input id="nl-exh" placeholder="optional"></div>',
      ok: 'Create request',
      onOk: s => {
        const inst = $('#nl-inst', s).value.trim(), acc = $('#nl-obj', s).value, st = $('#nl-start', s).value, en = $('#nl-end', s).value;
        if (!inst) return 'Enter the borrowing institution.';
        if (!acc) return 'Choose an object.';
        if (!st || !en) return 'Enter both loan dates.';
        if (en <= st) return 'The loan must end after it starts.';
        const n = Math.max(...S.loans.map(l => +l.id.slice(-3))) + 1;
        const l = { id: 'LR-2024-0' + n, direction: 'Outgoing', institution: inst, objects: [acc], start: st, end: en, exhibition: $('#nl-exh', s).value.trim(), status: 'Pending', received: TODAY };
        S.loans.push(l); log('Created ' + l.id); ui.loanTab = 'Outgoing'; render(); toast(l.id + ' created for ' + inst);
      }
    });
  }
  function rExh(v) {
    v.innerHTML = '<div class="pagehead"><div><h1>Exhibitions</h1></div></div><div class="exgrid">' + S.exhibitions.map(x => '<div class="ex"><div class="ex-s">' + x.status + '</div><h3>' + esc(x.title) + '</h3><div>' + x.dates + '</div><div class="muted">' + x.space + '</div></div>').join('') + '</div>';
  }
  function rAudit(v) {
    v.innerHTML = '<div class="pagehead"><div><h1>Audit log</h1><p class="muted">Changes made in this session</p></div></div><ul class="hist">' + (S.audit.length ? S.audit.map(a => '<li>' + fd(a.at) + ' · ' + esc(a.who) + ' — ' + esc(a.msg) + '</li>').join('') : '<li class="muted">No changes yet.</li>') + '</ul>';
  }
  render();
})();
