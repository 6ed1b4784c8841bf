// Wardrobe Store stock & loans. Written for the Harbour Street wardrobe team.
var TODAY = '2025-04-02';
var CATEGORIES = ['Period', 'Military', 'Fantasy', 'Contemporary', 'Accessories'];
var STATUSES = ['In store', 'On loan', 'Cleaning', 'Repair'];
var SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'One size', '56 cm', '57 cm', '58 cm', '59 cm'];
var MENDERS = ['Maureen Doyle', 'Kofi Mensah', 'Sal Ortega'];
var BORROWERS = ['Riverbank Players', 'Eastbrook School Drama', 'Canal Opera Group', "St Anne's Panto Society", 'Northside Youth Theatre'];

function item(id, name, category, size, rack, status, colour, loan, repair) {
  return { id: id, name: name, category: category, size: size, rack: rack, status: status, colour: colour, loan: loan || null, repair: repair || null, notes: '' };
}

window.state = {
  today: TODAY,
  items: [
    item('CS-0410', 'Victorian mourning dress', 'Period', 'M', 'A1', 'In store', '#2b2b2b'),
    item('CS-0412', 'Elizabethan doublet, burgundy', 'Period', 'L', 'A2', 'On loan', '#7a1f2b', 'LN-086'),
    item('CS-0413', 'Tudor gown with farthingale', 'Period', 'M', 'A2', 'Repair', '#5c3b6e', null, { issue: 'Two bones snapped in the bodice', priority: 'Normal', assignee: 'Kofi Mensah', since: '2025-03-27' }),
    item('CS-0414', 'Roman centurion armour', 'Military', 'L', 'C1', 'In store', '#a67c2e'),
    item('CS-0415', 'WWI infantry tunic', 'Military', 'M', 'C1', 'On loan', '#6b6b3a', 'LN-087'),
    item('CS-0417', 'Napoleonic hussar jacket', 'Military', 'M', 'C2', 'In store', '#1f3f7a'),
    item('CS-0418', 'Fairy queen gown', 'Fantasy', 'S', 'E1', 'In store', '#c9a3d9'),
    item('CS-0419', 'Green velvet cloak', 'Fantasy', 'One size', 'E1', 'Cleaning', '#2f6b3a'),
    item('CS-0420', 'Dragon head mask', 'Accessories', 'One size', 'F3', 'In store', '#8a2c1d'),
    item('CS-0421', 'Regency tailcoat, navy', 'Period', 'M', 'B3', 'In store', '#1c2b4a'),
    item('CS-0422', 'Regency tailcoat, bottle green', 'Period', 'L', 'B3', 'In store', '#1f4a33'),
    item('CS-0423', 'Regency day dress, ivory', 'Period', 'S', 'B3', 'In store', '#efe6cf'),
    item('CS-0424', 'Victorian frock coat, black', 'Period', 'L', 'B1', 'In store', '#1a1a1a'),
    item('CS-0425', '1920s beaded flapper dress', 'Period', 'S', 'B2', 'On loan', '#c8a24a', 'LN-087'),
    item('CS-0427', "Pirate captain's coat", 'Fantasy', 'L', 'D4', 'In store', '#6e1a1a'),
    item('CS-0428', 'Pirate deckhand shirt', 'Fantasy', 'M', 'D4', 'In store', '#d8cdb4'),
    item('CS-0429', "Army officer's peaked cap", 'Accessories', '58 cm', 'F1', 'In store', '#55603a'),
    item('CS-0430', "Naval officer's bicorne hat", 'Accessories', 'One size', 'F1', 'In store', '#111b33'),
    item('CS-0431', 'Silk top hat', 'Accessories', '57 cm', 'F2', 'Cleaning', '#222'),
    item('CS-0433', 'Flamenco dress, red', 'Contemporary', 'S', 'D2', 'In store', '#c0262d')
  ],
  loans: [
    { id: 'LN-084', borrower: 'Riverbank Players', production: 'The Importance of Being Earnest', items: ['CS-0424', 'CS-0410'], out: '2025-01-20', due: '2025-02-28', status: 'Returned', returned: '2025-02-27' },
    { id: 'LN-085', borrower: "St Anne's Panto Society", production: 'Peter Pan', items: ['CS-0427', 'CS-0428'], out: '2024-12-01', due: '2025-01-15', status: 'Returned', returned: '2025-01-14' },
    { id: 'LN-086', borrower: 'Eastbrook School Drama', production: 'Twelfth Night', items: ['CS-0412'], out: '2025-03-10', due: '2025-04-12', status: 'Out', returned: null },
    { id: 'LN-087', borrower: 'Canal Opera Group', production: "Oh! What a Lovely War", items: ['CS-0415', 'CS-0425'], out: '2025-03-18', due: '2025-04-20', status: 'Out', returned: null }
  ],
  nextLoan: 88
};

var st = window.state;
var view = { cats: CATEGORIES.slice(), status: 'Any', q: '', selected: null, pane: 'stock' };

function el(id) { return document.getElementById(id); }
function find(id) { for (var i = 0; i < st.items.length; i++) if (st.items[i].id === id) return st.items[i]; return null; }
function findLoan(id) { for (var i = 0; i < st.loans.length; i++) if (st.loans[i].id === id) return st.loans[i]; return null; }
function safe(s) { return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
function pretty(d) {
  if (!d) return '';
  var m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var p = d.split('-'); return parseInt(p[2], 10) + ' ' + m[parseInt(p[1], 10) - 1] + ' ' + p[0];
}
function tagClass(s) { return 't-' + s.split(' ')[0]; }

var snackTimer;
function snack(msg) {
  var s = el('snack'); s.textContent = msg; s.classList.add('show');
  clearTimeout(snackTimer); snackTimer = setTimeout(function () { s.classList.remove('show'); }, 3000);
}

// ------- sheet (modal) -------
function sheet(title, html, buttons, width) {
  var sh = el('sheet');
  sh.style.width = (width || 600) + 'px';
  sh.innerHTML = '<div class="hd"><span>' + safe(title) + '</span><button type="button" aria-label="Close" data-x>×</button></div><div class="bd">' + html + '</div><div class="ft"></div>';
  var ft = sh.querySelector('.ft');
  buttons.forEach(function (b) {
    var btn = document.createElement('button'); btn.type = 'button'; btn.className = 'btn ' + (b.cls || ''); btn.textContent = b.text;
    btn.onclick = b.fn; ft.appendChild(btn);
  });
  sh.querySelector('[data-x]').onclick = closeSheet;
  el('veil').classList.remove('hidden');
}
function closeSheet() { el('veil').classList.add('hidden'); el('sheet').innerHTML = ''; }

// ------- filters -------
function drawFilters() {
  el('catBoxes').innerHTML = CATEGORIES.map(function (c) {
    return '<label><input type="checkbox" value="' + c + '"' + (view.cats.indexOf(c) >= 0 ? ' checked' : '') + '> ' + c + '</label>';
  }).join('');
  el('statusRadios').innerHTML = ['Any'].concat(STATUSES).map(function (s) {
    return '<label><input type="radio" name="fstatus" value="' + s + '"' + (view.status === s ? ' checked' : '') + '> ' + s + '</label>';
  }).join('');
  Array.prototype.forEach.call(el('catBoxes').querySelectorAll('input'), function (cb) {
    cb.onchange = function () {
      view.cats = Array.prototype.filter.call(el('catBoxes').querySelectorAll('input'), function (x) { return x.checked; }).map(function (x) { return x.value; });
      drawGrid();
    };
  });
  Array.prototype.forEach.call(el('statusRadios').querySelectorAll('input'), function (r) {
    r.onchange = function () { view.status = r.value; drawGrid(); };
  });
}

function visibleItems() {
  var q = view.q.toLowerCase();
  return st.items.filter(function (it) {
    if (view.cats.indexOf(it.category) < 0) return false;
    if (view.status !== 'Any' && it.status !== view.status) return false;
    if (q && (it.name + ' ' + it.id + ' ' + it.rack).toLowerCase().indexOf(q) < 0) return false;
    return true;
  });
}

function drawGrid() {
  var list = visibleItems();
  el('count').textContent = list.length + ' of ' + st.items.length + ' costumes shown · ' + st.items.filter(function (i) { return i.status === 'In store'; }).length + ' in store';
  el('grid').style.gridTemplateColumns = view.selected ? 'repeat(3, 1fr)' : 'repeat(4, 1fr)';
  el('grid').innerHTML = list.map(function (it) {
    return '<div class="tile' + (view.selected === it.id ? ' sel' : '') + '" data-id="' + it.id + '" tabindex="0">' +
      '<div class="swatch" style="background:' + it.colour + '"></div><div class="in">' +
      '<div class="code">' + it.id + ' · Rack ' + safe(it.rack) + '</div><h3>' + safe(it.name) + '</h3>' +
      '<div class="meta">' + it.category + ' · size ' + safe(it.size) + '</div>' +
      '<span class="tag ' + tagClass(it.status) + '">' + it.status + (it.loan && it.status === 'On loan' ? ' · ' + it.loan : '') + '</span></div></div>';
  }).join('') || '<p>No costumes match.</p>';
  Array.prototype.forEach.call(el('grid').querySelectorAll('.tile'), function (t) {
    t.onclick = function () { view.selected = t.getAttribute('data-id'); drawGrid(); drawDrawer(); };
  });
}

// ------- drawer -------
function drawDrawer() {
  var d = el('drawer');
  var it = view.selected && find(view.selected);
  if (!it) { d.classList.add('hidden'); return; }
  d.classList.remove('hidden');
  var acts = '';
  if (it.status === 'In store') acts = '<button class="btn" data-a="clean">Send to cleaning</button><button class="btn" data-a="repair">Send for repair…</button>';
  if (it.status === 'Cleaning') acts = '<button class="btn go" data-a="back">Return to store</button><button class="btn" data-a="repair">Send for repair…</button>';
  if (it.status === 'Repair') acts = '<button class="btn go" data-a="fixed">Repair finished</button>';
  if (it.status === 'On loan') acts = '<button class="btn" data-a="loan">Show loan ' + it.loan + '</button>';
  d.innerHTML = '<button class="close" aria-label="Close details" data-a="close">×</button>' +
    '<div class="code" style="color:#8c6f4c">' + it.id + '</div><h2>' + safe(it.name) + '</h2>' +
    '<span class="tag ' + tagClass(it.status) + '">' + it.status + '</span>' +
    '<dl><dt>Category</dt><dd>' + it.category + '</dd><dt>Size</dt><dd>' + safe(it.size) + '</dd><dt>Rack</dt><dd>' + safe(it.rack) + '</dd>' +
    (it.loan && it.status === 'On loan' ? '<dt>On loan</dt><dd>' + it.loan + ' · ' + safe(findLoan(it.loan).borrower) + '</dd>' : '') + '</dl>' +
    (it.repair && it.status === 'Repair' ? '<div class="repairbox"><b>Repair:</b> ' + safe(it.repair.issue) + '<br>Priority ' + it.repair.priority + ' · ' + safe(it.repair.assignee) + ' · since ' + pretty(it.repair.since) + '</div>' : '') +
    '<div class="acts">' + acts + '</div>' +
    '<fieldset><legend>Edit details</legend>' +
    '<div class="fld"><label for="edSize">Size</label><select id="edSize">' + SIZES.map(function (s) { return '<option' + (s === it.size ? ' selected' : '') + '>' + s + '</option>'; }).join('') + '</select></div>' +
    '<div class="fld"><label for="edRack">Rack</label><input type="text" id="edRack" value="' + safe(it.rack) + '"></div>' +
    '<div class="fld"><label for="edNotes">Notes</label><textarea id="edNotes" rows="3">' + safe(it.notes) + '</textarea></div>' +
    '<button class="btn dark" data-a="save">Save changes</button></fieldset>';
  Array.prototype.forEach.call(d.querySelectorAll('[data-a]'), function (b) {
    b.onclick = function () { drawerAction(it, b.getAttribute('data-a')); };
  });
}

function drawerAction(it, a) {
  if (a === 'close') { view.selected = null; drawGrid(); drawDrawer(); return; }
  if (a === 'clean') { it.status = 'Cleaning'; snack(it.id + ' sent to cleaning'); }
  if (a === 'back') { it.status = 'In store'; snack(it.id + ' back on rack ' + it.rack); }
  if (a === 'fixed') { it.status = 'In store'; it.repair = null; snack(it.id + ' repaired and back in store'); }
  if (a === 'loan') { switchPane('loans'); return; }
  if (a === 'repair') { repairSheet(it); return; }
  if (a === 'save') {
    var rack = el('edRack').value.trim().toUpperCase();
    if (!/^[A-F][1-9]$/.test(rack)) { snack('Rack must be like B3 (rows A–F, bays 1–9)'); return; }
    it.size = el('edSize').value; it.rack = rack; it.notes = el('edNotes').value.trim();
    snack('Saved ' + it.id);
  }
  drawGrid(); drawDrawer();
}

function repairSheet(it) {
  sheet('Send for repair — ' + it.id, '<p style="margin-top:0">' + safe(it.name) + '</p>' +
    '<div class="fld"><label for="rpIssue">What needs doing?</label><textarea id="rpIssue" rows="3"></textarea></div>' +
    '<div class="fld"><span class="lab">Priority</span><div class="radios">' + ['Low', 'Normal', 'High'].map(function (p) {
      return '<label><input type="radio" name="rpPri" value="' + p + '"' + (p === 'Normal' ? ' checked' : '') + '> ' + p + '</label>';
    }).join('') + '</div></div>' +
    '<div class="fld"><label for="rpWho">Assign to</label><select id="rpWho"><option value="">— choose —</option>' + MENDERS.map(function (m) { return '<option>' + m + '</option>'; }).join('') + '</select></div>' +
    '<div class="oops" id="rpErr"></div>', [
    { text: 'Cancel', fn: closeSheet },
    { text: 'Send for repair', cls: 'warn', fn: function () {
      var issue = el('rpIssue').value.trim(), who = el('rpWho').value;
      if (!issue) { el('rpErr').textContent = 'Describe the damage.'; return; }
      if (!who) { el('rpErr').textContent = 'Pick who will do the repair.'; return; }
      it.status = 'Repair';
      it.repair = { issue: issue, priority: document.querySelector('input[name=rpPri]:checked').value, assignee: who, since: st.today };
      closeSheet(); snack(it.id + ' sent for repair'); drawGrid(); drawDrawer();
    } }
  ], 480);
}

// ------- new loan -------
function loanSheet() {
  var draft = { borrower: '', production: '', due: '', items: [], filter: '' };
  function step1() {
    var avail = st.items.filter(function (i) { return i.status === 'In store'; });
    sheet('New loan', '<div class="pair"><div class="fld"><span class="lab">Borrower</span><div class="dd" id="dd"><button type="button" class="dd-btn" id="ddBtn">' + (draft.borrower ? safe(draft.borrower) : 'Choose a company…') + '</button><div class="dd-list hidden" id="ddList">' +
      BORROWERS.map(function (b) { return '<div data-v="' + safe(b) + '">' + safe(b) + '</div>'; }).join('') + '</div></div></div>' +
      '<div class="fld"><label for="lnDue">Due back</label><input type="date" id="lnDue" value="' + draft.due + '"></div></div>' +
      '<div class="fld"><label for="lnProd">Production</label><input type="text" id="lnProd" value="' + safe(draft.production) + '" placeholder="Show title"></div>' +
      '<div class="fld"><span class="lab">Costumes in store (<span id="pickCount">' + draft.items.length + '</span> selected)</span>' +
      '<input type="text" id="pickFilter" placeholder="Filter the list…" style="width:100%;margin-bottom:6px;font:inherit;padding:6px 8px;border:1px solid #c9b595;border-radius:4px">' +
      '<div class="picker" id="picker">' + avail.map(function (i) {
        return '<label data-name="' + safe((i.name + ' ' + i.id).toLowerCase()) + '"><input type="checkbox" value="' + i.id + '"' + (draft.items.indexOf(i.id) >= 0 ? ' checked' : '') + '> ' + safe(i.name) + '<small>' + i.id + ' · ' + safe(i.size) + '</small></label>';
      }).join('') + '</div></div><div class="oops" id="lnErr"></div>', [
      { text: 'Cancel', fn: closeSheet },
      { text: 'Review loan', cls: 'dark', fn: function () {
        draft.due = el('lnDue').value; draft.production = el('lnProd').value.trim();
        var err = !draft.borrower ? 'Choose the borrowing company.' : !draft.production ? 'Enter the production.' : !draft.due ? 'Set a due-back date.' : draft.due <= st.today ? 'Due date must be after today.' : !draft.items.length ? 'Tick at least one costume.' : '';
        if (err) { el('lnErr').textContent = err; return; }
        step2();
      } }
    ]);
    el('ddBtn').onclick = function (e) { e.stopPropagation(); el('ddList').classList.toggle('hidden'); };
    Array.prototype.forEach.call(el('ddList').children, function (o) {
      o.onclick = function () { draft.borrower = o.getAttribute('data-v'); el('ddBtn').textContent = draft.borrower; el('ddList').classList.add('hidden'); };
    });
    el('pickFilter').oninput = function () {
      var v = this.value.toLowerCase();
      Array.prototype.forEach.call(el('picker').querySelectorAll('label'), function (l) { l.style.display = l.getAttribute('data-name').indexOf(v) >= 0 ? '' : 'none'; });
    };
    Array.prototype.forEach.call(el('picker').querySelectorAll('input'), function (cb) {
      cb.onchange = function () {
        draft.items = Array.prototype.filter.call(el('picker').querySelectorAll('input'), function (x) { return x.checked; }).map(function (x) { return x.value; });
        el('pickCount').textContent = draft.items.length;
      };
    });
  }
  function step2() {
    sheet('Confirm loan', '<div class="review"><b>' + safe(draft.borrower) + '</b> — <i>' + safe(draft.production) + '</i><br>Out today (' + pretty(st.today) + '), due back <b>' + pretty(draft.due) + '</b><br>' +
      draft.items.map(function (id) { return id + ' ' + safe(find(id).name); }).join('<br>') + '</div><p>The borrower signs the loan sheet on collection.</p>', [
      { text: 'Back', fn: step1 },
      { text: 'Confirm loan', cls: 'go', fn: function () {
        var id = 'LN-' + String(st.nextLoan++).padStart(3, '0');
        st.loans.push({ id: id, borrower: draft.borrower, production: draft.production, items: draft.items.slice(), out: st.today, due: draft.due, status: 'Out', returned: null });
        draft.items.forEach(function (iid) { var i = find(iid); i.status = 'On loan'; i.loan = id; });
        closeSheet(); snack(id + ' created — ' + draft.items.length + ' costumes'); refresh();
      } }
    ], 520);
  }
  step1();
}

// ------- loans pane -------
function drawLoans() {
  var rows = st.loans.slice().sort(function (a, b) { return a.id < b.id ? 1 : -1; });
  el('loanRows').innerHTML = rows.map(function (l) {
    var overdue = l.status === 'Out' && l.due < st.today;
    return '<tr><td><b>' + l.id + '</b></td><td>' + safe(l.borrower) + '</td><td><i>' + safe(l.production) + '</i></td><td>' +
      l.items.map(function (id) { return id + ' ' + safe(find(id).name); }).join('<br>') + '</td><td>' + pretty(l.out) + '</td><td>' + pretty(l.due) + (overdue ? ' <b style="color:#a33b2b">overdue</b>' : '') + '</td>' +
      '<td>' + (l.status === 'Out' ? '<span class="tag t-On">Out</span>' : '<span class="tag t-In">Returned ' + pretty(l.returned) + '</span>') + '</td>' +
      '<td>' + (l.status === 'Out' ? '<button class="btn" data-ret="' + l.id + '">Mark returned</button>' : '') + '</td></tr>';
  }).join('');
  Array.prototype.forEach.call(el('loanRows').querySelectorAll('[data-ret]'), function (b) {
    b.onclick = function () {
      var l = findLoan(b.getAttribute('data-ret'));
      sheet('Return loan ' + l.id + '?', '<p>All ' + l.items.length + ' costume(s) from <b>' + safe(l.borrower) + '</b> will go to <b>Cleaning</b> before returning to the racks.</p>', [
        { text: 'Cancel', fn: closeSheet },
        { text: 'Mark returned', cls: 'go', fn: function () {
          l.status = 'Returned'; l.returned = st.today;
          l.items.forEach(function (id) { var i = find(id); if (i.loan === l.id) { i.status = 'Cleaning'; i.loan = null; } });
          closeSheet(); snack(l.id + ' returned'); refresh();
        } }
      ], 460);
    };
  });
}

function switchPane(p) {
  view.pane = p;
  Array.prototype.forEach.call(document.querySelectorAll('.sw'), function (b) { b.classList.toggle('on', b.getAttribute('data-pane') === p); });
  el('pane-stock').classList.toggle('hidden', p !== 'stock');
  el('pane-loans').classList.toggle('hidden', p !== 'loans');
  refresh();
}
function refresh() { if (view.pane === 'stock') { drawGrid(); drawDrawer(); } else drawLoans(); }

Array.prototype.forEach.call(document.querySelectorAll('.sw'), function (b) { b.onclick = function () { switchPane(b.getAttribute('data-pane')); }; });
el('q').oninput = function () { view.q = this.value.trim(); if (view.pane !== 'stock') switchPane('stock'); else drawGrid(); };
el('newLoan').onclick = loanSheet;
el('veil').onclick = function (e) { if (e.target === el('veil')) closeSheet(); };
document.addEventListener('click', function (e) { var l = el('ddList'); if (l && !e.target.closest('.dd')) l.classList.add('hidden'); });
drawFilters();
refresh();
