// Tideline Brewhouse – production tracker
var KEG_ROWS = [
  ['K-0301', '50 L', 'Full', 'Harbour Pale Ale', 'Cold store', ''],
  ['K-0302', '50 L', 'Full', 'Harbour Pale Ale', 'Cold store', ''],
  ['K-0303', '30 L', 'Out', 'Lighthouse IPA', 'The Ship Inn', '2024-06-03'],
  ['K-0304', '50 L', 'Empty', '', 'Keg bay', ''],
  ['K-0305', '30 L', 'Full', 'Quayside Bitter', 'Cold store', ''],
  ['K-0306', '50 L', 'Out', 'Quayside Bitter', 'Crown & Tide', '2024-06-05'],
  ['K-0307', '50 L', 'Clean', '', 'Keg bay', ''],
  ['K-0308', '30 L', 'Out', 'Sea Fret Hazy', "Gull's Rest", '2024-06-06'],
  ['K-0309', '50 L', 'Full', 'Mariner\u2019s Stout', 'Cold store', ''],
  ['K-0310', '50 L', 'Out', 'Harbour Pale Ale', 'Harbour Master\u2019s Bar', '2024-06-04'],
  ['K-0311', '30 L', 'Clean', '', 'Keg bay', ''],
  ['K-0312', '50 L', 'Out', 'Driftwood Brown', 'The Anchor', '2024-05-29'],
  ['K-0313', '50 L', 'Out', 'Lighthouse IPA', 'The Ship Inn', '2024-06-07'],
  ['K-0314', '50 L', 'Out', 'Harbour Pale Ale', 'The Anchor', '2024-06-07'],
  ['K-0315', '30 L', 'Out', 'Lighthouse IPA', 'The Anchor', '2024-06-07'],
  ['K-0316', '50 L', 'Full', 'Lighthouse IPA', 'Cold store', ''],
  ['K-0317', '50 L', 'Empty', '', 'Keg bay', ''],
  ['K-0318', '30 L', 'Out', 'Saltmarsh Gose', 'Crown & Tide', '2024-06-10'],
  ['K-0319', '50 L', 'Full', 'Dockside Porter', 'Cold store', ''],
  ['K-0320', '50 L', 'Out', 'Dockside Porter', "Gull's Rest", '2024-06-10'],
  ['K-0321', '30 L', 'Full', 'Sea Fret Hazy', 'Cold store', ''],
  ['K-0322', '50 L', 'Clean', '', 'Keg bay', ''],
  ['K-0323', '50 L', 'Out', 'Harbour Pale Ale', 'Taproom', '2024-06-12'],
  ['K-0324', '30 L', 'Out', 'Quayside Bitter', 'The Anchor', '2024-06-12'],
  ['K-0325', '50 L', 'Empty', '', 'Keg bay', ''],
  ['K-0326', '50 L', 'Full', 'Tidewater Lager', 'Cold store', ''],
  ['K-0327', '30 L', 'Out', 'Tidewater Lager', 'Harbour Master\u2019s Bar', '2024-06-13'],
  ['K-0328', '50 L', 'Full', 'Quayside Bitter', 'Cold store', ''],
  ['K-0329', '50 L', 'Out', 'Driftwood Brown', 'The Ship Inn', '2024-06-14'],
  ['K-0330', '30 L', 'Clean', '', 'Keg bay', '']
];

window.state = {
  today: '2024-06-18',
  brewDays: [
    { value: '2024-06-27', label: 'Thu 27 Jun 2024' },
    { value: '2024-07-02', label: 'Tue 2 Jul 2024' },
    { value: '2024-07-04', label: 'Thu 4 Jul 2024' },
    { value: '2024-07-09', label: 'Tue 9 Jul 2024' }
  ],
  recipes: [
    { id: 'R-01', name: 'Harbour Pale Ale', style: 'American Pale Ale', abv: 5.2, ibu: 38, og: 1.050, size: 20, archived: false },
    { id: 'R-02', name: 'Lighthouse IPA', style: 'West Coast IPA', abv: 6.4, ibu: 62, og: 1.060, size: 20, archived: false },
    { id: 'R-03', name: 'Dockside Porter', style: 'Robust Porter', abv: 5.0, ibu: 30, og: 1.052, size: 20, archived: false },
    { id: 'R-04', name: 'Smokehouse Porter', style: 'Smoked Porter', abv: 5.6, ibu: 34, og: 1.056, size: 10, archived: false },
    { id: 'R-05', name: 'Saltmarsh Gose', style: 'Gose', abv: 4.2, ibu: 8, og: 1.040, size: 20, archived: false },
    { id: 'R-06', name: 'Tidewater Lager', style: 'Munich Helles', abv: 4.8, ibu: 20, og: 1.047, size: 30, archived: false },
    { id: 'R-07', name: 'Driftwood Brown', style: 'English Brown Ale', abv: 4.5, ibu: 25, og: 1.046, size: 20, archived: false },
    { id: 'R-08', name: 'Mariner\u2019s Stout', style: 'Oatmeal Stout', abv: 5.8, ibu: 36, og: 1.058, size: 20, archived: false },
    { id: 'R-09', name: 'Sea Fret Hazy', style: 'New England IPA', abv: 6.0, ibu: 35, og: 1.062, size: 20, archived: false },
    { id: 'R-10', name: 'Quayside Bitter', style: 'Best Bitter', abv: 4.0, ibu: 32, og: 1.040, size: 30, archived: false },
    { id: 'R-11', name: 'Winter Anchor', style: 'Old Ale', abv: 7.2, ibu: 40, og: 1.072, size: 10, archived: true }
  ],
  tanks: [
    { id: 'FV-1', kind: 'Fermenter', capacity: 20, status: 'In use', batch: 'B-2416' },
    { id: 'FV-2', kind: 'Fermenter', capacity: 20, status: 'In use', batch: 'B-2418' },
    { id: 'FV-3', kind: 'Fermenter', capacity: 30, status: 'In use', batch: 'B-2419' },
    { id: 'FV-4', kind: 'Fermenter', capacity: 20, status: 'In use', batch: 'B-2415' },
    { id: 'FV-5', kind: 'Fermenter', capacity: 20, status: 'Clean', batch: null },
    { id: 'FV-6', kind: 'Fermenter', capacity: 10, status: 'Needs CIP', batch: null },
    { id: 'BT-1', kind: 'Brite tank', capacity: 20, status: 'In use', batch: 'B-2413' },
    { id: 'BT-2', kind: 'Brite tank', capacity: 30, status: 'Clean', batch: null },
    { id: 'BT-3', kind: 'Brite tank', capacity: 20, status: 'In use', batch: 'B-2412' }
  ],
  batches: [
    { code: 'B-2405', recipe: 'Quayside Bitter', tank: null, volume: 30, brewDate: '2024-04-30', status: 'Packaged', og: 1.041, fg: 1.010, readings: [] },
    { code: 'B-2406', recipe: 'Harbour Pale Ale', tank: null, volume: 20, brewDate: '2024-05-02', status: 'Packaged', og: 1.051, fg: 1.011, readings: [] },
    { code: 'B-2407', recipe: 'Mariner\u2019s Stout', tank: null, volume: 20, brewDate: '2024-05-07', status: 'Packaged', og: 1.058, fg: 1.014, readings: [] },
    { code: 'B-2408', recipe: 'Lighthouse IPA', tank: null, volume: 20, brewDate: '2024-05-09', status: 'Packaged', og: 1.061, fg: 1.012, readings: [] },
    { code: 'B-2409', recipe: 'Sea Fret Hazy', tank: null, volume: 20, brewDate: '2024-05-14', status: 'Packaged', og: 1.062, fg: 1.015, readings: [] },
    { code: 'B-2410', recipe: 'Driftwood Brown', tank: null, volume: 20, brewDate: '2024-05-16', status: 'Packaged', og: 1.046, fg: 1.012, readings: [] },
    { code: 'B-2411', recipe: 'Tidewater Lager', tank: null, volume: 30, brewDate: '2024-05-21', status: 'Dumped', og: 1.047, fg: null, readings: [] },
    { code: 'B-2412', recipe: 'Sea Fret Hazy', tank: 'BT-3', volume: 20, brewDate: '2024-05-23', status: 'Conditioning', og: 1.063, fg: 1.016, readings: [] },
    { code: 'B-2413', recipe: 'Harbour Pale Ale', tank: 'BT-1', volume: 20, brewDate: '2024-05-28', status: 'Conditioning', og: 1.050, fg: 1.011, readings: [] },
    { code: 'B-2414', recipe: 'Quayside Bitter', tank: null, volume: 30, brewDate: '2024-05-30', status: 'Packaged', og: 1.040, fg: 1.010, readings: [] },
    { code: 'B-2415', recipe: 'Dockside Porter', tank: 'FV-4', volume: 20, brewDate: '2024-06-04', status: 'Conditioning', og: 1.053, fg: 1.014, readings: [] },
    { code: 'B-2416', recipe: 'Lighthouse IPA', tank: 'FV-1', volume: 20, brewDate: '2024-06-06', status: 'Fermenting', og: 1.060, fg: null,
      readings: [{ d: '2024-06-10', sg: 1.024, t: 19 }, { d: '2024-06-14', sg: 1.014, t: 19 }] },
    { code: 'B-2418', recipe: 'Saltmarsh Gose', tank: 'FV-2', volume: 20, brewDate: '2024-06-11', status: 'Fermenting', og: 1.041, fg: null,
      readings: [{ d: '2024-06-14', sg: 1.018, t: 20 }, { d: '2024-06-17', sg: 1.009, t: 20 }] },
    { code: 'B-2419', recipe: 'Tidewater Lager', tank: 'FV-3', volume: 30, brewDate: '2024-06-04', status: 'Fermenting', og: 1.048, fg: null,
      readings: [{ d: '2024-06-10', sg: 1.026, t: 11 }, { d: '2024-06-14', sg: 1.014, t: 12 }, { d: '2024-06-17', sg: 1.010, t: 14 }] },
    { code: 'B-2420', recipe: 'Mariner\u2019s Stout', tank: null, volume: 20, brewDate: '2024-06-27', status: 'Planned', og: null, fg: null, readings: [] }
  ],
  kegs: KEG_ROWS.map(function (r) { return { id: r[0], size: r[1], status: r[2], beer: r[3], location: r[4], sent: r[5] }; })
};

(function () {
  var S = window.state;
  var view = { batchFilter: 'Active', selBatch: null, showArchived: false, kegStatus: 'All', kegLoc: 'All locations', kegQuery: '', kegPage: 1, ddOpen: false };
  var PER_PAGE = 10;
  var app = document.getElementById('app');

  function h(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function cls(s) { return 'c-' + String(s).toLowerCase().replace(/[^a-z]/g, ''); }
  function chip(s) { return '<span class="chip ' + cls(s) + '">' + h(s) + '</span>'; }
  function batch(c) { return S.batches.filter(function (b) { return b.code === c; })[0]; }
  function tank(id) { return S.tanks.filter(function (t) { return t.id === id; })[0]; }
  function keg(id) { return S.kegs.filter(function (k) { return k.id === id; })[0]; }
  function nice(d) { if (!d) return '—'; var p = d.split('-'); return new Date(+p[0], +p[1] - 1, +p[2]).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }); }
  function sg(x) { return x == null ? '—' : Number(x).toFixed(3); }
  function snack(msg) { var s = document.getElementById('snack'); s.textContent = msg; s.style.display = 'block'; clearTimeout(snack.t); snack.t = setTimeout(function () { s.style.display = 'none'; }, 2000); }

  function closePop() { document.getElementById('pop').innerHTML = ''; }
  function showPop(anchor, items) {
    closePop();
    var r = anchor.getBoundingClientRect();
    var div = document.createElement('div');
    div.className = 'pop';
    div.style.top = (r.bottom + window.scrollY + 4) + 'px';
    div.style.left = Math.max(8, r.right + window.scrollX - 200) + 'px';
    items.forEach(function (it) {
      var b = document.createElement('button');
      b.textContent = it.label; if (it.warn) b.className = 'warn';
      b.addEventListener('click', function (e) { e.stopPropagation(); closePop(); it.fn(); });
      div.appendChild(b);
    });
    document.getElementById('pop').appendChild(div);
    var mr = div.getBoundingClientRect();
    if (mr.bottom > window.innerHeight - 8 && r.top - mr.height - 4 > 0) div.style.top = (r.top + window.scrollY - mr.height - 4) + 'px';
  }
  function dialog(opts) {
    var root = document.getElementById('dialogs');
    root.innerHTML = '<div class="scrim"><div class="dialog" role="dialog" aria-modal="true" aria-label="' + h(opts.title) + '"><h3>' + h(opts.title) + '</h3>' +
      (opts.text ? '<p>' + opts.text + '</p>' : '') + (opts.body || '') + '<div class="error"></div>' +
      '<div class="foot"><button class="btn" data-d="no">' + h(opts.cancel || 'Cancel') + '</button><button class="btn ' + (opts.danger ? 'red' : 'amber') + '" data-d="yes">' + h(opts.ok) + '</button></div></div></div>';
    root.querySelector('[data-d=no]').onclick = function () { root.innerHTML = ''; };
    root.querySelector('[data-d=yes]').onclick = function () {
      var err = opts.onOk(root);
      if (err) { root.querySelector('.error').textContent = err; return; }
      root.innerHTML = ''; render();
    };
  }

  /* ---- Tanks ---- */
  function renderTanks() {
    var html = '<div class="head"><div><h1>Tank board</h1><p>Cellar status for ' + nice(S.today) + ' · ' + S.tanks.filter(function (t) { return t.status === 'In use'; }).length + ' of ' + S.tanks.length + ' vessels in use</p></div></div><div class="tank-grid">';
    S.tanks.forEach(function (t) {
      var b = t.batch ? batch(t.batch) : null;
      var fill = b ? Math.round(b.volume / t.capacity * 100) : 0;
      html += '<div class="tank" data-tank="' + t.id + '"><div class="vessel"><i style="height:' + fill + '%"></i></div><div style="flex:1">' +
        '<h3>' + t.id + ' ' + chip(t.status) + '</h3><div class="meta">' + t.kind + ' · ' + t.capacity + ' hl</div>' +
        (b ? '<div class="batch"><a href="#batches" data-open="' + b.code + '" class="mono" style="color:#fbbf24">' + b.code + '</a> ' + h(b.recipe) + '<div class="meta">' + b.status + ' · brewed ' + nice(b.brewDate) + '</div></div>' : '<div class="batch muted">Empty</div>') +
        (t.status === 'Needs CIP' ? '<div class="actions"><button class="btn sm" data-cip="' + t.id + '">Mark cleaned</button></div>' : '') +
        '</div></div>';
    });
    return html + '</div>';
  }

  /* ---- Batches ---- */
  function batchList() {
    return S.batches.filter(function (b) {
      if (view.batchFilter === 'Active') return ['Planned', 'Fermenting', 'Conditioning'].indexOf(b.status) >= 0;
      if (view.batchFilter === 'Finished') return ['Packaged', 'Dumped'].indexOf(b.status) >= 0;
      return true;
    }).slice().sort(function (a, b) { return b.code.localeCompare(a.code); });
  }
  function renderBatches() {
    var list = batchList();
    if (!list.some(function (b) { return b.code === view.selBatch; })) view.selBatch = list.length ? list[0].code : null;
    var html = '<div class="head"><div><h1>Batches</h1><p>Brew log and fermentation tracking</p></div><div style="display:flex;gap:10px;align-items:center">' +
      '<div class="seg">' + ['Active', 'Finished', 'All'].map(function (f) { return '<button data-bf="' + f + '" class="' + (view.batchFilter === f ? 'on' : '') + '">' + f + '</button>'; }).join('') + '</div>' +
      '<button class="btn amber" id="new-batch">+ Plan batch</button></div></div>';
    html += '<div class="split"><div class="card"><table><thead><tr><th>Batch</th><th>Beer</th><th>Tank</th><th>Brew day</th><th>OG</th><th>Status</th></tr></thead><tbody>';
    list.forEach(function (b) {
      html += '<tr class="clickable ' + (b.code === view.selBatch ? 'sel' : '') + '" data-batch="' + b.code + '"><td class="mono">' + b.code + '</td><td>' + h(b.recipe) + '</td><td class="mono">' + (b.tank || '—') + '</td><td>' + nice(b.brewDate) + '</td><td class="mono">' + sg(b.og) + '</td><td>' + chip(b.status) + '</td></tr>';
    });
    html += '</tbody></table></div>';
    var b = view.selBatch && batch(view.selBatch);
    if (b) {
      var acts = '';
      if (b.status === 'Planned') acts = '<button class="btn amber" data-act="brew">Start brew day</button><button class="btn" data-act="unplan">Cancel plan</button>';
      if (b.status === 'Fermenting') acts = '<button class="btn" data-act="reading">Log gravity reading</button><button class="btn amber" data-act="condition">Move to conditioning</button>';
      if (b.status === 'Conditioning') acts = '<button class="btn amber" data-act="package">Package…</button>';
      if (['Fermenting', 'Conditioning'].indexOf(b.status) >= 0) acts += '<button class="btn" data-act="dump" style="color:#f87171">Dump</button>';
      var abv = b.og && b.fg ? ((b.og - b.fg) * 131.25).toFixed(1) + '%' : '—';
      html += '<aside class="drawer"><h2 class="mono">' + b.code + '</h2><div>' + h(b.recipe) + ' ' + chip(b.status) + '</div><dl>' +
        '<dt>Tank</dt><dd>' + (b.tank || '—') + '</dd><dt>Volume</dt><dd>' + b.volume + ' hl</dd><dt>Brew day</dt><dd>' + nice(b.brewDate) + '</dd>' +
        '<dt>Original grav.</dt><dd class="mono">' + sg(b.og) + '</dd><dt>Final grav.</dt><dd class="mono">' + sg(b.fg) + '</dd><dt>ABV</dt><dd>' + abv + '</dd></dl>' +
        '<div class="row">' + acts + '</div>' +
        (b.readings.length ? '<div class="readings"><strong style="color:#e6e8ec">Gravity readings</strong>' + b.readings.map(function (r) { return '<div><span>' + nice(r.d) + '</span><span class="mono">' + sg(r.sg) + ' · ' + r.t + ' °C</span></div>'; }).join('') + '</div>' : '') +
        '</aside>';
    }
    return html + '</div>';
  }

  /* ---- Recipes ---- */
  function renderRecipes() {
    var list = S.recipes.filter(function (r) { return view.showArchived || !r.archived; });
    var html = '<div class="head"><div><h1>Recipes</h1><p>' + S.recipes.filter(function (r) { return !r.archived; }).length + ' active recipes</p></div>' +
      '<label style="display:flex;gap:8px;align-items:center;color:#9aa1ae"><input type="checkbox" id="show-arch" style="width:auto" ' + (view.showArchived ? 'checked' : '') + '> Show archived</label></div><div class="recipe-grid">';
    list.forEach(function (r) {
      html += '<div class="recipe ' + (r.archived ? 'archived' : '') + '" data-recipe="' + r.id + '"><button class="dots" aria-label="Recipe options for ' + h(r.name) + '" data-rmenu="' + r.id + '">⋯</button>' +
        '<h3>' + h(r.name) + '</h3><div class="muted">' + h(r.style) + ' · <span class="mono">' + r.id + '</span>' + (r.archived ? ' · Archived' : '') + '</div>' +
        '<div class="stats"><div><b>' + r.abv.toFixed(1) + '%</b>ABV</div><div><b>' + r.ibu + '</b>IBU</div><div><b>' + sg(r.og) + '</b>Target OG</div><div><b>' + r.size + ' hl</b>Batch</div></div></div>';
    });
    return html + '</div>';
  }

  /* ---- Kegs ---- */
  function kegFiltered() {
    var q = view.kegQuery.trim().toLowerCase();
    return S.kegs.filter(function (k) {
      if (view.kegStatus !== 'All' && k.status !== view.kegStatus) return false;
      if (view.kegLoc !== 'All locations' && k.location !== view.kegLoc) return false;
      if (q && (k.id + ' ' + k.beer + ' ' + k.location).toLowerCase().indexOf(q) < 0) return false;
      return true;
    });
  }
  function kegTable() {
    var list = kegFiltered();
    var pages = Math.max(1, Math.ceil(list.length / PER_PAGE));
    if (view.kegPage > pages) view.kegPage = pages;
    var rows = list.slice((view.kegPage - 1) * PER_PAGE, view.kegPage * PER_PAGE);
    var html = '<table><thead><tr><th>Keg</th><th>Size</th><th>Contents</th><th>Location</th><th>Dispatched</th><th>Status</th><th></th></tr></thead><tbody>';
    rows.forEach(function (k) {
      html += '<tr data-keg="' + k.id + '"><td class="mono">' + k.id + '</td><td>' + k.size + '</td><td>' + (k.beer ? h(k.beer) : '<span class="muted">—</span>') + '</td><td>' + h(k.location) + '</td><td>' + nice(k.sent) + '</td><td>' + chip(k.status) + '</td>' +
        '<td style="text-align:right"><button class="dots" style="position:static" aria-label="Actions for ' + k.id + '" data-kmenu="' + k.id + '">⋯</button></td></tr>';
    });
    if (!rows.length) html += '<tr><td colspan="7" class="muted" style="text-align:center;padding:24px">No kegs match these filters.</td></tr>';
    html += '</tbody></table><div class="pager"><span>Showing ' + (list.length ? (view.kegPage - 1) * PER_PAGE + 1 : 0) + '–' + Math.min(view.kegPage * PER_PAGE, list.length) + ' of ' + list.length + ' kegs</span><div class="pages">' +
      '<button data-kp="prev" aria-label="Previous page" ' + (view.kegPage === 1 ? 'disabled' : '') + '>‹</button>';
    for (var i = 1; i <= pages; i++) html += '<button data-kp="' + i + '" class="' + (i === view.kegPage ? 'cur' : '') + '">' + i + '</button>';
    html += '<button data-kp="next" aria-label="Next page" ' + (view.kegPage === pages ? 'disabled' : '') + '>›</button></div></div>';
    return html;
  }
  function locations() {
    var seen = ['All locations'];
    S.kegs.forEach(function (k) { if (seen.indexOf(k.location) < 0) seen.push(k.location); });
    return seen;
  }
  function renderKegs() {
    var out = S.kegs.filter(function (k) { return k.status === 'Out'; }).length;
    return '<div class="head"><div><h1>Kegs</h1><p>' + S.kegs.length + ' kegs in the fleet · ' + out + ' out with customers</p></div></div>' +
      '<div class="card"><div class="filters"><input type="text" id="keg-q" placeholder="Search keg, beer, customer…" value="' + h(view.kegQuery) + '">' +
      '<div class="dd" id="loc-dd"><button class="dd-btn" id="loc-btn" aria-haspopup="listbox">' + h(view.kegLoc) + '</button>' +
      (view.ddOpen ? '<div class="dd-list" role="listbox">' + locations().map(function (l) { return '<div role="option" data-loc="' + h(l) + '" class="' + (l === view.kegLoc ? 'cur' : '') + '">' + h(l) + '</div>'; }).join('') + '</div>' : '') + '</div>' +
      '<div class="seg" style="margin-left:auto">' + ['All', 'Full', 'Out', 'Empty', 'Clean'].map(function (s) { return '<button data-ks="' + s + '" class="' + (view.kegStatus === s ? 'on' : '') + '">' + s + '</button>'; }).join('') + '</div></div>' +
      '<div id="keg-table">' + kegTable() + '</div></div>';
  }

  var renderers = { tanks: renderTanks, batches: renderBatches, recipes: renderRecipes, kegs: renderKegs };
  function current() { var v = location.hash.replace('#', ''); return renderers[v] ? v : 'tanks'; }
  function render() {
    var v = current();
    Array.prototype.forEach.call(document.querySelectorAll('#tabs a'), function (a) { a.classList.toggle('on', a.dataset.v === v); });
    app.innerHTML = renderers[v]();
  }

  /* ---- actions ---- */
  function planBatch() {
    var recipes = S.recipes.filter(function (r) { return !r.archived; });
    var fvs = S.tanks.filter(function (t) { return t.kind === 'Fermenter'; });
    dialog({
      title: 'Plan a new batch', ok: 'Add to schedule',
      body: '<div class="fld"><label for="nb-recipe">Recipe</label><select id="nb-recipe"><option value="">Choose recipe…</option>' + recipes.map(function (r) { return '<option>' + h(r.name) + '</option>'; }).join('') + '</select></div>' +
        '<div class="fld"><label for="nb-tank">Fermenter</label><select id="nb-tank"><option value="">Choose tank…</option>' + fvs.map(function (t) { return '<option value="' + t.id + '">' + t.id + ' · ' + t.capacity + ' hl · ' + t.status + '</option>'; }).join('') + '</select></div>' +
        '<div class="fld"><label for="nb-day">Brew day</label><select id="nb-day"><option value="">Choose brew day…</option>' + S.brewDays.map(function (d) { return '<option value="' + d.value + '">' + d.label + '</option>'; }).join('') + '</select></div>',
      onOk: function (root) {
        var rn = root.querySelector('#nb-recipe').value, tk = root.querySelector('#nb-tank').value, day = root.querySelector('#nb-day').value;
        if (!rn || !tk || !day) return 'Recipe, fermenter and brew day are all required.';
        var t = tank(tk);
        if (t.status !== 'Clean') return t.id + ' is not available (' + t.status + ').';
        var rec = S.recipes.filter(function (r) { return r.name === rn; })[0];
        if (rec.size > t.capacity) return rec.name + ' is a ' + rec.size + ' hl batch; ' + t.id + ' holds ' + t.capacity + ' hl.';
        var max = S.batches.reduce(function (m, b) { return Math.max(m, +b.code.slice(2)); }, 0);
        var code = 'B-' + (max + 1);
        S.batches.push({ code: code, recipe: rn, tank: tk, volume: rec.size, brewDate: day, status: 'Planned', og: null, fg: null, readings: [] });
        t.status = 'Reserved'; t.batch = code;
        view.batchFilter = 'Active'; view.selBatch = code;
        snack(code + ' planned in ' + tk);
      }
    });
  }
  function batchAction(act) {
    var b = batch(view.selBatch);
    if (act === 'condition') {
      dialog({
        title: 'Move ' + b.code + ' to conditioning', text: h(b.recipe) + ' in ' + b.tank + '. Record the final gravity to close out fermentation.', ok: 'Move to conditioning',
        body: '<div class="fld"><label for="fg">Final gravity (SG)</label><input type="text" id="fg" placeholder="e.g. 1.012"></div><div class="fld"><label for="cnote">Cellar note</label><textarea id="cnote" rows="2"></textarea></div>',
        onOk: function (root) {
          var v = parseFloat(root.querySelector('#fg').value.replace(',', '.'));
          if (isNaN(v) || v < 0.990 || v > 1.100) return 'Enter a gravity between 0.990 and 1.100.';
          b.fg = v; b.status = 'Conditioning'; b.note = root.querySelector('#cnote').value;
          snack(b.code + ' is conditioning');
        }
      });
    } else if (act === 'reading') {
      dialog({
        title: 'Log gravity reading · ' + b.code, ok: 'Save reading',
        body: '<div class="fld"><label for="rd-sg">Gravity (SG)</label><input type="text" id="rd-sg"></div><div class="fld"><label for="rd-t">Temperature (°C)</label><input type="number" id="rd-t"></div>',
        onOk: function (root) {
          var v = parseFloat(root.querySelector('#rd-sg').value.replace(',', '.')), t = parseFloat(root.querySelector('#rd-t').value);
          if (isNaN(v) || v < 0.990 || v > 1.100) return 'Enter a gravity between 0.990 and 1.100.';
          b.readings.push({ d: S.today, sg: v, t: isNaN(t) ? '' : t });
          snack('Reading saved');
        }
      });
    } else if (act === 'package') {
      dialog({
        title: 'Package ' + b.code, ok: 'Mark packaged',
        body: '<div class="fld"><label for="pk-fmt">Format</label><select id="pk-fmt"><option>Kegs</option><option>Cans</option><option>Kegs and cans</option></select></div>',
        onOk: function (root) { b.status = 'Packaged'; b.format = root.querySelector('#pk-fmt').value; var t = tank(b.tank); if (t) { t.status = 'Needs CIP'; t.batch = null; } b.tank = null; snack(b.code + ' packaged'); }
      });
    } else if (act === 'dump') {
      dialog({
        title: 'Dump ' + b.code + '?', text: 'The batch will be written off and the tank flagged for cleaning.', ok: 'Dump batch', danger: true,
        onOk: function () { b.status = 'Dumped'; var t = tank(b.tank); if (t) { t.status = 'Needs CIP'; t.batch = null; } b.tank = null; }
      });
    } else if (act === 'brew') {
      b.status = 'Fermenting'; var rec = S.recipes.filter(function (r) { return r.name === b.recipe; })[0]; b.og = rec ? rec.og : null;
      var t = tank(b.tank); if (t) t.status = 'In use'; render();
    } else if (act === 'unplan') {
      dialog({
        title: 'Cancel planned batch ' + b.code + '?', ok: 'Cancel plan', cancel: 'Keep', danger: true,
        onOk: function () { var t = tank(b.tank); if (t) { t.status = 'Clean'; t.batch = null; } S.batches.splice(S.batches.indexOf(b), 1); }
      });
    }
  }
  function recipeMenu(btn, id) {
    var r = S.recipes.filter(function (x) { return x.id === id; })[0];
    var items = [{ label: 'Duplicate recipe', fn: function () {
      var n = 'R-' + String(S.recipes.length + 1).padStart(2, '0');
      S.recipes.push(Object.assign({}, r, { id: n, name: r.name + ' (copy)', archived: false })); render(); snack('Recipe duplicated');
    } }];
    if (r.archived) items.push({ label: 'Restore recipe', fn: function () { r.archived = false; render(); snack(r.name + ' restored'); } });
    else items.push({ label: 'Archive recipe', warn: true, fn: function () {
      dialog({ title: 'Archive ' + r.name + '?', text: 'Archived recipes are hidden from planning. You can restore it later.', ok: 'Archive', onOk: function () { r.archived = true; snack(r.name + ' archived'); } });
    } });
    showPop(btn, items);
  }
  function kegMenu(btn, id) {
    var k = keg(id), items = [];
    if (k.status === 'Out') {
      items.push({ label: 'Mark as returned', fn: function () { k.status = 'Empty'; k.returnedFrom = k.location; k.location = 'Keg bay'; k.beer = ''; k.sent = ''; render(); snack(k.id + ' returned'); } });
      items.push({ label: 'Send collection reminder', fn: function () { snack('Reminder sent to ' + k.location); } });
    }
    if (k.status === 'Empty') items.push({ label: 'Mark cleaned', fn: function () { k.status = 'Clean'; render(); snack(k.id + ' cleaned'); } });
    if (k.status === 'Full') items.push({ label: 'Dispatch to customer…', fn: function () {
      var custs = ['The Anchor', 'The Ship Inn', 'Crown & Tide', "Gull's Rest", 'Harbour Master\u2019s Bar', 'Taproom'];
      dialog({ title: 'Dispatch ' + k.id, ok: 'Dispatch', body: '<div class="fld"><label for="dc">Customer</label><select id="dc">' + custs.map(function (c) { return '<option>' + h(c) + '</option>'; }).join('') + '</select></div>',
        onOk: function (root) { k.status = 'Out'; k.location = root.querySelector('#dc').value; k.sent = S.today; snack(k.id + ' dispatched'); } });
    } });
    items.push({ label: 'Report damaged', warn: true, fn: function () { dialog({ title: 'Report ' + k.id + ' damaged?', ok: 'Report', danger: true, onOk: function () { k.damaged = true; } }); } });
    showPop(btn, items);
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t.closest('.pop')) closePop();
    if (view.ddOpen && !t.closest('#loc-dd')) { view.ddOpen = false; if (current() === 'kegs') render(); }
    var x;
    if ((x = t.closest('[data-open]'))) { view.selBatch = x.dataset.open; view.batchFilter = 'All'; }
    else if ((x = t.closest('[data-cip]'))) { var tk = tank(x.dataset.cip); tk.status = 'Clean'; render(); snack(tk.id + ' marked clean'); }
    else if ((x = t.closest('[data-bf]'))) { view.batchFilter = x.dataset.bf; render(); }
    else if ((x = t.closest('tr[data-batch]'))) { view.selBatch = x.dataset.batch; render(); }
    else if (t.id === 'new-batch') planBatch();
    else if ((x = t.closest('.drawer [data-act]'))) batchAction(x.dataset.act);
    else if ((x = t.closest('[data-rmenu]'))) { e.stopPropagation(); recipeMenu(x, x.dataset.rmenu); }
    else if ((x = t.closest('[data-kmenu]'))) { kegMenu(x, x.dataset.kmenu); }
    else if ((x = t.closest('#loc-btn'))) { view.ddOpen = !view.ddOpen; render(); }
    else if ((x = t.closest('[data-loc]'))) { view.kegLoc = x.dataset.loc; view.ddOpen = false; view.kegPage = 1; render(); }
    else if ((x = t.closest('[data-ks]'))) { view.kegStatus = x.dataset.ks; view.kegPage = 1; render(); }
    else if ((x = t.closest('[data-kp]'))) {
      var p = x.dataset.kp; view.kegPage = p === 'prev' ? view.kegPage - 1 : p === 'next' ? view.kegPage + 1 : +p; document.getElementById('keg-table').innerHTML = kegTable();
    }
  });
  document.addEventListener('input', function (e) {
    if (e.target.id === 'keg-q') { view.kegQuery = e.target.value; view.kegPage = 1; document.getElementById('keg-table').innerHTML = kegTable(); }
  });
  document.addEventListener('change', function (e) {
    if (e.target.id === 'show-arch') { view.showArchived = e.target.checked; render(); }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closePop(); document.getElementById('dialogs').innerHTML = ''; } });
  window.addEventListener('hashchange', function () { closePop(); render(); });
  render();
})();
