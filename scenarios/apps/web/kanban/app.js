/* Trackly – team task board (demo data, in-memory only) */
var state = {
  project: 'Website Relaunch',
  view: 'board',
  today: '2025-03-06',
  currentUser: 'pm',
  filterAssignee: 'all',
  search: '',
  columns: ['Backlog', 'In Progress', 'Review', 'Done'],
  labels: ['Design', 'Frontend', 'Backend', 'Content', 'Data', 'Bug', 'SEO'],
  members: [
    { id: 'pm', name: 'Priya Shah', initials: 'PS', color: '#e11d48', role: 'Product Manager', email: 'priya@northwind.studio' },
    { id: 'ml', name: 'Marcus Lee', initials: 'ML', color: '#2563eb', role: 'Frontend Engineer', email: 'marcus@northwind.studio' },
    { id: 'ak', name: 'Aisha Khan', initials: 'AK', color: '#9333ea', role: 'Product Designer', email: 'aisha@northwind.studio' },
    { id: 'tb', name: 'Tom Berger', initials: 'TB', color: '#0d9488', role: 'Backend Engineer', email: 'tom@northwind.studio' },
    { id: 'sn', name: 'Sofia Novak', initials: 'SN', color: '#ea580c', role: 'Content Lead', email: 'sofia@northwind.studio' },
    { id: 'dr', name: 'Daniel Ruiz', initials: 'DR', color: '#4d7c0f', role: 'QA Engineer', email: 'daniel@northwind.studio' }
  ],
  cards: [
    { id: 'WR-118', title: 'Set up analytics dashboards', column: 'Backlog', assignee: 'tb', priority: 'Medium', due: '2025-03-21', labels: ['Backend'], starred: false, archived: false, description: 'Pageviews, signups and funnel drop-off for the new site. Use the existing warehouse connection.' },
    { id: 'WR-121', title: 'Write copy for pricing page', column: 'Backlog', assignee: 'sn', priority: 'Low', due: '2025-03-28', labels: ['Content'], starred: false, archived: false, description: 'Three tiers plus FAQ. Align wording with sales deck.' },
    { id: 'WR-123', title: 'Audit image alt text', column: 'Backlog', assignee: 'dr', priority: 'Low', due: '2025-04-02', labels: ['SEO', 'Content'], starred: false, archived: false, description: 'Go through all 140 images in the media library.' },
    { id: 'WR-124', title: 'Cookie banner consent logging', column: 'Backlog', assignee: 'tb', priority: 'High', due: '2025-03-19', labels: ['Backend'], starred: false, archived: false, description: 'Store consent decisions for audit purposes (GDPR).' },
    { id: 'WR-126', title: 'Explore dark mode for docs', column: 'Backlog', assignee: 'ak', priority: 'Low', due: '', labels: ['Design'], starred: false, archived: false, description: 'Nice to have. Timebox to half a day.' },
    { id: 'WR-109', title: 'Migrate blog posts to the new CMS', column: 'In Progress', assignee: 'sn', priority: 'High', due: '2025-03-12', labels: ['Content', 'Backend'], starred: false, archived: false, description: '212 posts. Keep original publish dates and authors.' },
    { id: 'WR-112', title: 'Build responsive navigation', column: 'In Progress', assignee: 'ml', priority: 'High', due: '2025-03-11', labels: ['Frontend'], starred: true, archived: false, description: 'Mega menu on desktop, drawer on mobile.' },
    { id: 'WR-115', title: 'Design system: button variants', column: 'In Progress', assignee: 'ak', priority: 'Medium', due: '2025-03-14', labels: ['Design', 'Frontend'], starred: false, archived: false, description: 'Primary, secondary, ghost, destructive. Include focus states.' },
    { id: 'WR-117', title: 'Update privacy policy page', column: 'In Progress', assignee: 'pm', priority: 'Medium', due: '2025-03-18', labels: ['Content'], starred: false, archived: false, description: 'Legal sent the new wording on 3 March.' },
    { id: 'WR-119', title: 'Fix layout shift on hero image', column: 'In Progress', assignee: 'ml', priority: 'Urgent', due: '2025-03-07', labels: ['Bug', 'Frontend'], starred: true, archived: false, description: 'CLS is 0.31 on mobile. Reserve space for the image.' },
    { id: 'WR-104', title: 'Newsletter signup form validation', column: 'Review', assignee: 'ml', priority: 'Medium', due: '2025-03-08', labels: ['Frontend', 'Bug'], starred: false, archived: false, description: 'Reject disposable email domains; show inline errors.' },
    { id: 'WR-107', title: 'Redirect map for old URLs', column: 'Review', assignee: 'tb', priority: 'High', due: '2025-03-10', labels: ['SEO', 'Backend'], starred: false, archived: false, description: '301s for every legacy URL from the crawl export.' },
    { id: 'WR-111', title: 'Homepage illustrations', column: 'Review', assignee: 'ak', priority: 'Medium', due: '2025-03-09', labels: ['Design'], starred: false, archived: false, description: 'Four spot illustrations in the new brand palette.' },
    { id: 'WR-114', title: 'Cross-browser smoke tests', column: 'Review', assignee: 'dr', priority: 'Medium', due: '2025-03-13', labels: ['Bug'], starred: false, archived: false, description: 'Safari 16+, Firefox ESR, Chrome, Edge.' },
    { id: 'WR-101', title: 'Kick-off workshop notes', column: 'Done', assignee: 'pm', priority: 'Low', due: '2025-02-14', labels: ['Content'], starred: false, archived: false, description: '' },
    { id: 'WR-102', title: 'Choose hosting provider', column: 'Done', assignee: 'tb', priority: 'Medium', due: '2025-02-20', labels: ['Backend'], starred: false, archived: false, description: 'Went with the managed container platform.' },
    { id: 'WR-103', title: 'Wireframes for key pages', column: 'Done', assignee: 'ak', priority: 'High', due: '2025-02-25', labels: ['Design'], starred: false, archived: false, description: '' },
    { id: 'WR-105', title: 'Set up staging environment', column: 'Done', assignee: 'tb', priority: 'High', due: '2025-02-28', labels: ['Backend'], starred: false, archived: false, description: '' }
  ],
  nextNumber: 127,
  settings: {
    emailDigest: true,
    mentionAlerts: true,
    dueReminders: true,
    compactCards: false,
    showDoneColumn: true,
    weekStart: 'Monday',
    defaultView: 'Board'
  },
  activity: []
};

var LABEL_COLORS = {
  Design: ['#f3e8ff', '#7e22ce'], Frontend: ['#dbeafe', '#1d4ed8'], Backend: ['#ccfbf1', '#0f766e'],
  Content: ['#ffedd5', '#c2410c'], Data: ['#e0e7ff', '#4338ca'], Bug: ['#fee2e2', '#b91c1c'], SEO: ['#ecfccb', '#4d7c0f']
};
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
var ICONS = {
  star: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z"/></svg>',
  starOn: '<svg viewBox="0 0 24 24" fill="currentColor" stroke="currentColor" stroke-width="2"><path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z"/></svg>',
  dots: '<svg viewBox="0 0 24 24" fill="currentColor"><circle cx="5" cy="12" r="1.8"/><circle cx="12" cy="12" r="1.8"/><circle cx="19" cy="12" r="1.8"/></svg>',
  plus: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M12 5v14M5 12h14"/></svg>',
  close: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M6 6l12 12M18 6 6 18"/></svg>',
  chev: '<svg class="chev" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="m6 9 6 6 6-6"/></svg>',
  cal: '<svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/></svg>'
};

function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
function $(sel, root) { return (root || document).querySelector(sel); }
function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
function member(id) { return state.members.filter(function (m) { return m.id === id; })[0]; }
function cardById(id) { return state.cards.filter(function (c) { return c.id === id; })[0]; }
function fmtDate(d) { if (!d) return ''; var p = d.split('-'); return parseInt(p[2], 10) + ' ' + MONTHS[parseInt(p[1], 10) - 1]; }
function avatar(m, cls) { if (!m) return '<span class="avatar ' + (cls || '') + '" style="background:#9ca3af" title="Unassigned">?</span>'; return '<span class="avatar ' + (cls || '') + '" style="background:' + m.color + '" title="' + esc(m.name) + '">' + m.initials + '</span>'; }
function labelChip(l) { var c = LABEL_COLORS[l] || ['#eee', '#333']; return '<span class="label" style="background:' + c[0] + ';color:' + c[1] + '">' + esc(l) + '</span>'; }
function log(msg) { state.activity.unshift({ at: new Date().toISOString(), msg: msg }); }

function toast(msg, undo) {
  var root = $('#toast-root');
  var el = document.createElement('div');
  el.className = 'toast';
  el.setAttribute('role', 'status');
  el.innerHTML = '<span>' + esc(msg) + '</span>' + (undo ? '<button type="button">Undo</button>' : '');
  root.appendChild(el);
  if (undo) el.querySelector('button').onclick = function () { undo(); el.remove(); };
  setTimeout(function () { el.remove(); }, 4500);
}

/* ---------- Rendering ---------- */
function visibleCards() {
  var q = state.search.trim().toLowerCase();
  return state.cards.filter(function (c) {
    if (c.archived) return false;
    if (state.filterAssignee !== 'all' && c.assignee !== state.filterAssignee) return false;
    if (q && (c.title + ' ' + c.id).toLowerCase().indexOf(q) < 0) return false;
    return true;
  });
}

function dueBadge(c) {
  if (!c.due) return '';
  var cls = '';
  if (c.column !== 'Done') {
    if (c.due < state.today) cls = 'overdue';
    else if (c.due <= '2025-03-09') cls = 'soon';
  }
  return '<span class="due ' + cls + '" title="Due ' + fmtDate(c.due) + ' 2025">' + ICONS.cal + fmtDate(c.due) + '</span>';
}

function filterBar() {
  var cur = state.filterAssignee === 'all' ? 'Everyone' : member(state.filterAssignee).name;
  var opts = '<li role="option" data-val="all" aria-selected="' + (state.filterAssignee === 'all') + '">Everyone</li>' +
    state.members.map(function (m) { return '<li role="option" data-val="' + m.id + '" aria-selected="' + (state.filterAssignee === m.id) + '">' + avatar(m) + esc(m.name) + '</li>'; }).join('');
  var stack = state.members.map(function (m) { return avatar(m); }).join('');
  return '<div class="subbar"><span style="color:#6b7090">Assignee</span>' +
    '<div class="dd" id="assignee-filter"><button type="button" class="dd-btn" aria-haspopup="listbox" aria-expanded="false" aria-label="Filter by assignee"><span>' + esc(cur) + '</span>' + ICONS.chev + '</button>' +
    '<ul class="dd-list" role="listbox" hidden>' + opts + '</ul></div>' +
    '<div style="flex:1"></div><div class="members-stack">' + stack + '</div>' +
    '<button class="btn" id="share-board">Share</button></div>';
}

function renderBoard() {
  var cards = visibleCards();
  var cols = state.columns.filter(function (col) { return col !== 'Done' || state.settings.showDoneColumn; });
  var html = filterBar() + '<div class="board' + (state.settings.compactCards ? ' compact' : '') + '">';
  cols.forEach(function (col) {
    var list = cards.filter(function (c) { return c.column === col; });
    html += '<section class="column" data-col="' + esc(col) + '" aria-label="' + esc(col) + '">' +
      '<div class="col-head"><span>' + esc(col) + '</span><span class="count">' + list.length + '</span><span class="grow"></span>' +
      '<button class="icon-btn" data-add="' + esc(col) + '" aria-label="Add card to ' + esc(col) + '" title="Add card to ' + esc(col) + '">' + ICONS.plus + '</button></div>';
    list.forEach(function (c) {
      var m = member(c.assignee);
      html += '<article class="card" data-id="' + c.id + '">' +
        '<div class="tools">' +
        '<button class="icon-btn star' + (c.starred ? ' on' : '') + '" data-star="' + c.id + '" aria-label="' + (c.starred ? 'Unstar card' : 'Star card') + '" title="' + (c.starred ? 'Unstar card' : 'Star card') + '" aria-pressed="' + c.starred + '">' + (c.starred ? ICONS.starOn : ICONS.star) + '</button>' +
        '<button class="icon-btn" data-menu="' + c.id + '" aria-label="Card actions" title="Card actions" aria-haspopup="menu">' + ICONS.dots + '</button></div>' +
        '<div class="labels">' + c.labels.map(labelChip).join('') + '</div>' +
        '<button class="card-title" data-open="' + c.id + '">' + esc(c.title) + '</button>' +
        '<div class="meta"><span class="key">' + c.id + '</span>' + dueBadge(c) + '<span class="prio ' + c.priority + '">' + c.priority + '</span><span class="grow"></span>' + avatar(m) + '</div>' +
        '</article>';
    });
    if (!list.length) html += '<div class="empty">No cards</div>';
    html += '<button class="add-card" data-add="' + esc(col) + '">+ Add a card</button></section>';
  });
  return html + '</div>';
}

function renderList() {
  var cards = visibleCards();
  var html = filterBar() + '<div class="panel"><table><thead><tr><th>Key</th><th>Title</th><th>Status</th><th>Assignee</th><th>Due</th><th>Priority</th><th><span style="position:absolute;left:-9999px">Actions</span></th></tr></thead><tbody>';
  cards.forEach(function (c) {
    var m = member(c.assignee);
    html += '<tr data-id="' + c.id + '"><td class="key" style="font-family:ui-monospace,Menlo,monospace;font-size:12px;color:#6b7090">' + c.id + '</td>' +
      '<td><button class="card-title" data-open="' + c.id + '">' + (c.starred ? '★ ' : '') + esc(c.title) + '</button></td>' +
      '<td><span class="status-pill ' + c.column.replace(' ', '') + '">' + esc(c.column) + '</span></td>' +
      '<td><span class="cell-user">' + avatar(m) + (m ? esc(m.name) : 'Unassigned') + '</span></td>' +
      '<td>' + (c.due ? fmtDate(c.due) : '—') + '</td><td><span class="prio ' + c.priority + '">' + c.priority + '</span></td>' +
      '<td style="width:44px"><button class="icon-btn" data-menu="' + c.id + '" aria-label="Card actions" title="Card actions">' + ICONS.dots + '</button></td></tr>';
  });
  if (!cards.length) html += '<tr><td colspan="7" class="empty">No cards match.</td></tr>';
  return html + '</tbody></table></div>';
}

function renderTeam() {
  var html = '<div class="team-grid">';
  state.members.forEach(function (m) {
    var open = state.cards.filter(function (c) { return c.assignee === m.id && c.column !== 'Done' && !c.archived; }).length;
    var done = state.cards.filter(function (c) { return c.assignee === m.id && c.column === 'Done'; }).length;
    html += '<div class="member">' + avatar(m, 'lg') + '<div style="flex:1"><h3>' + esc(m.name) + '</h3><div class="role">' + esc(m.role) + '</div>' +
      '<div class="role">' + esc(m.email) + '</div><div class="stats"><span><b>' + open + '</b> open</span><span><b>' + done + '</b> done</span></div></div>' +
      '<button class="icon-btn" data-msg="' + esc(m.name) + '" aria-label="Message ' + esc(m.name) + '" title="Message ' + esc(m.name) + '"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/></svg></button></div>';
  });
  html += '<div class="member" style="border-style:dashed;justify-content:center;align-items:center"><button class="btn" id="invite">+ Invite member</button></div>';
  return html + '</div>';
}

function switchRow(key, title, desc) {
  return '<div class="setting-row"><div><div id="lbl-' + key + '"><b>' + title + '</b></div><div class="desc">' + desc + '</div></div>' +
    '<button type="button" class="switch" role="switch" data-setting="' + key + '" aria-checked="' + !!state.settings[key] + '" aria-labelledby="lbl-' + key + '"></button></div>';
}

function renderSettings() {
  var s = state.settings;
  var archived = state.cards.filter(function (c) { return c.archived; });
  var html = '<div class="settings">' +
    '<section><h2>Notifications</h2>' +
    switchRow('emailDigest', 'Daily email digest', 'A summary of card changes every morning at 8:00.') +
    switchRow('mentionAlerts', 'Mention alerts', 'Notify me when someone @mentions me in a comment.') +
    switchRow('dueReminders', 'Due date reminders', 'Remind assignees one day before a card is due.') +
    '</section><section><h2>Board display</h2>' +
    switchRow('compactCards', 'Compact cards', 'Hide labels on the board to fit more cards on screen.') +
    switchRow('showDoneColumn', 'Show Done column', 'Display completed cards on the board.') +
    '<div class="setting-row"><div><label for="week-start"><b>Week starts on</b></label><div class="desc">Used by date pickers and due date reminders.</div></div>' +
    '<select id="week-start" class="native">' + ['Monday', 'Sunday', 'Saturday'].map(function (d) { return '<option' + (s.weekStart === d ? ' selected' : '') + '>' + d + '</option>'; }).join('') + '</select></div>' +
    '<div class="setting-row"><div><b id="dv-lbl">Default view</b><div class="desc">What opens when you visit the project.</div></div>' +
    '<div class="radio-row" role="radiogroup" aria-labelledby="dv-lbl">' + ['Board', 'List'].map(function (v) { return '<label><input type="radio" name="defview" value="' + v + '"' + (s.defaultView === v ? ' checked' : '') + '> ' + v + '</label>'; }).join('') + '</div></div>' +
    '</section><section><h2>Archived cards (' + archived.length + ')</h2>';
  if (!archived.length) html += '<div class="empty">Nothing archived yet.</div>';
  archived.forEach(function (c) {
    html += '<div class="setting-row"><div><b>' + esc(c.title) + '</b><div class="desc">' + c.id + ' · was in ' + esc(c.column) + '</div></div><button class="btn" data-restore="' + c.id + '">Restore</button></div>';
  });
  return html + '</section></div>';
}

function render() {
  var v = state.view;
  $all('.nav-item').forEach(function (b) { b.classList.toggle('active', b.dataset.view === v); if (b.dataset.view === v) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current'); });
  $('#page-title').textContent = v === 'settings' ? 'Project settings' : v === 'team' ? 'Team' : 'Website Relaunch';
  var html = v === 'list' ? renderList() : v === 'team' ? renderTeam() : v === 'settings' ? renderSettings() : renderBoard();
  $('#view').innerHTML = html;
}

/* ---------- Menus ---------- */
var openMenuEl = null;
function closeMenu() { if (openMenuEl) { openMenuEl.remove(); openMenuEl = null; } }
function showMenu(anchor, items) {
  closeMenu();
  var m = document.createElement('div');
  m.className = 'menu';
  m.setAttribute('role', 'menu');
  items.forEach(function (it) {
    if (it === '-') { var s = document.createElement('div'); s.className = 'sep'; m.appendChild(s); return; }
    if (it.heading) { var h = document.createElement('div'); h.className = 'menu-label'; h.textContent = it.heading; m.appendChild(h); return; }
    var b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.textContent = it.label;
    if (it.danger) b.className = 'danger';
    b.onclick = function (e) { e.stopPropagation(); closeMenu(); it.action(); };
    m.appendChild(b);
  });
  document.body.appendChild(m);
  var r = anchor.getBoundingClientRect();
  var left = r.right + window.scrollX - 200;
  if (left < 8) left = 8;
  m.style.left = left + 'px';
  var top = r.bottom + window.scrollY + 4;
  m.style.top = top + 'px';
  var mh = m.offsetHeight;
  if (r.bottom + mh + 8 > window.innerHeight && r.top - mh - 4 > 0) m.style.top = (r.top + window.scrollY - mh - 4) + 'px';
  openMenuEl = m;
}

function cardMenu(anchor, id) {
  var c = cardById(id);
  var items = [{ label: 'Open card', action: function () { openCardModal(c); } }, { heading: 'Move to' }];
  state.columns.forEach(function (col) {
    if (col !== c.column) items.push({ label: col, action: function () { var from = c.column; c.column = col; log(c.id + ' moved to ' + col); render(); toast('Moved to ' + col, function () { c.column = from; render(); }); } });
  });
  items.push('-');
  items.push({ label: c.starred ? 'Unstar' : 'Star', action: function () { toggleStar(c); } });
  items.push({ label: 'Duplicate', action: function () { duplicateCard(c); } });
  items.push({ label: 'Archive', action: function () {
    confirmDialog('Archive card?', '“' + c.title + '” will be hidden from the board. You can restore it from Project settings.', 'Archive', false, function () {
      c.archived = true; log(c.id + ' archived'); render(); toast('Card archived', function () { c.archived = false; render(); });
    });
  } });
  items.push({ label: 'Delete', danger: true, action: function () {
    confirmDialog('Delete card?', 'This permanently deletes “' + c.title + '” and its comments. This cannot be undone.', 'Delete card', true, function () {
      state.cards = state.cards.filter(function (x) { return x.id !== c.id; }); log(c.id + ' deleted'); render(); toast('Card deleted');
    });
  } });
  showMenu(anchor, items);
}

function toggleStar(c) { c.starred = !c.starred; log(c.id + (c.starred ? ' starred' : ' unstarred')); render(); toast(c.starred ? 'Added to starred' : 'Removed from starred'); }
function duplicateCard(c) {
  var copy = JSON.parse(JSON.stringify(c));
  copy.id = 'WR-' + (state.nextNumber++); copy.title = c.title + ' (copy)'; copy.starred = false;
  state.cards.push(copy); log(copy.id + ' created'); render(); toast('Card duplicated');
}

/* ---------- Modals ---------- */
function openModal(html, cls) {
  var root = $('#modal-root');
  root.innerHTML = '<div class="overlay"><div class="modal ' + (cls || '') + '" role="dialog" aria-modal="true">' + html + '</div></div>';
  var ov = root.firstChild;
  ov.addEventListener('mousedown', function (e) { if (e.target === ov) closeModal(); });
  $all('[data-close]', ov).forEach(function (b) { b.onclick = closeModal; });
  var first = ov.querySelector('input[type=text], .btn.primary, .btn.danger');
  if (first) first.focus();
  return ov;
}
function closeModal() { $('#modal-root').innerHTML = ''; }

function confirmDialog(title, text, okLabel, danger, onOk) {
  var ov = openModal('<header><h2>' + esc(title) + '</h2></header><div class="body"><p style="margin:4px 0 10px;color:#4b5075;line-height:1.5">' + esc(text) + '</p></div>' +
    '<footer><button class="btn" data-close>Cancel</button><button class="btn ' + (danger ? 'danger' : 'primary') + '" id="confirm-ok">' + esc(okLabel) + '</button></footer>', 'small');
  ov.querySelector('[role=dialog]').setAttribute('aria-labelledby', 'cd-title');
  ov.querySelector('h2').id = 'cd-title';
  $('#confirm-ok').onclick = function () { closeModal(); onOk(); };
}

function openCardModal(card, presetColumn) {
  var isNew = !card;
  var c = card || { title: '', column: presetColumn || 'Backlog', assignee: '', priority: 'Medium', due: '', labels: [], description: '' };
  var draftAssignee = c.assignee;
  var assigneeName = function (id) { var m = member(id); return m ? m.name : 'Unassigned'; };
  var html = '<header><h2 id="card-modal-title">' + (isNew ? 'New card' : esc(c.id) + ' · Edit card') + '</h2><button class="icon-btn" data-close aria-label="Close" title="Close">' + ICONS.close + '</button></header>' +
    '<div class="body">' +
    '<div class="field"><label for="f-title">Title</label><input type="text" id="f-title" value="' + esc(c.title) + '" placeholder="What needs to be done?"><div class="err" id="f-title-err" hidden>Please enter a title.</div></div>' +
    '<div class="row2"><div class="field"><label for="f-column">Status</label><select id="f-column">' + state.columns.map(function (col) { return '<option' + (col === c.column ? ' selected' : '') + '>' + col + '</option>'; }).join('') + '</select></div>' +
    '<div class="field"><span class="lbl" id="f-assignee-lbl">Assignee</span><div class="dd" id="f-assignee"><button type="button" class="dd-btn" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="f-assignee-lbl f-assignee-val"><span id="f-assignee-val">' + esc(assigneeName(c.assignee)) + '</span>' + ICONS.chev + '</button>' +
    '<ul class="dd-list" role="listbox" aria-labelledby="f-assignee-lbl" hidden><li role="option" data-val="">' + avatar(null) + 'Unassigned</li>' + state.members.map(function (m) { return '<li role="option" data-val="' + m.id + '">' + avatar(m) + esc(m.name) + '</li>'; }).join('') + '</ul></div></div></div>' +
    '<div class="field"><label for="f-due">Due date</label><input type="date" id="f-due" value="' + esc(c.due) + '"></div>' +
    '<fieldset><legend>Priority</legend><div class="radio-row">' + ['Low', 'Medium', 'High', 'Urgent'].map(function (p) { return '<label><input type="radio" name="f-prio" value="' + p + '"' + (c.priority === p ? ' checked' : '') + '> ' + p + '</label>'; }).join('') + '</div></fieldset>' +
    '<fieldset><legend>Labels</legend><div class="check-row">' + state.labels.map(function (l) { return '<label><input type="checkbox" name="f-label" value="' + l + '"' + (c.labels.indexOf(l) >= 0 ? ' checked' : '') + '> ' + l + '</label>'; }).join('') + '</div></fieldset>' +
    '<div class="field"><label for="f-desc">Description</label><textarea id="f-desc" placeholder="Add more detail…">' + esc(c.description) + '</textarea></div>' +
    '</div><footer>' + (isNew ? '' : '<button class="btn" id="f-star" style="margin-right:auto">' + (c.starred ? '★ Starred' : '☆ Star') + '</button>') +
    '<button class="btn" data-close>Cancel</button><button class="btn primary" id="f-save">' + (isNew ? 'Create card' : 'Save changes') + '</button></footer>';
  var ov = openModal(html);
  ov.querySelector('[role=dialog]').setAttribute('aria-labelledby', 'card-modal-title');
  setupDropdown($('#f-assignee'), function (val) { draftAssignee = val; $('#f-assignee-val').textContent = assigneeName(val); });
  if (!isNew) $('#f-star').onclick = function () { toggleStar(c); $('#f-star').textContent = c.starred ? '★ Starred' : '☆ Star'; };
  $('#f-save').onclick = function () {
    var title = $('#f-title').value.trim();
    if (!title) { $('#f-title-err').hidden = false; $('#f-title').focus(); return; }
    var data = {
      title: title,
      column: $('#f-column').value,
      assignee: draftAssignee,
      due: $('#f-due').value,
      priority: (ov.querySelector('input[name=f-prio]:checked') || {}).value || 'Medium',
      labels: $all('input[name=f-label]:checked', ov).map(function (i) { return i.value; }),
      description: $('#f-desc').value
    };
    if (isNew) {
      data.id = 'WR-' + (state.nextNumber++); data.starred = false; data.archived = false;
      state.cards.push(data); log(data.id + ' created'); closeModal(); render(); toast('Card ' + data.id + ' created');
    } else {
      Object.keys(data).forEach(function (k) { c[k] = data[k]; });
      log(c.id + ' updated'); closeModal(); render(); toast('Changes saved');
    }
  };
}

function setupDropdown(dd, onPick) {
  var btn = dd.querySelector('.dd-btn'), list = dd.querySelector('.dd-list');
  btn.addEventListener('click', function (e) {
    e.stopPropagation();
    var willOpen = list.hidden;
    $all('.dd-list').forEach(function (l) { l.hidden = true; });
    list.hidden = !willOpen; btn.setAttribute('aria-expanded', String(willOpen));
  });
  $all('li', list).forEach(function (li) {
    li.addEventListener('click', function (e) {
      e.stopPropagation();
      $all('li', list).forEach(function (x) { x.setAttribute('aria-selected', 'false'); });
      li.setAttribute('aria-selected', 'true');
      list.hidden = true; btn.setAttribute('aria-expanded', 'false');
      onPick(li.dataset.val);
    });
  });
}

/* ---------- Events ---------- */
document.addEventListener('click', function (e) {
  var t = e.target.closest('button, [data-open]');
  if (!e.target.closest('.menu')) closeMenu();
  if (!e.target.closest('.dd')) $all('.dd-list').forEach(function (l) { l.hidden = true; });
  if (!t) return;
  if (t.dataset.view) { state.view = t.dataset.view; render(); return; }
  if (t.dataset.star) { toggleStar(cardById(t.dataset.star)); return; }
  if (t.dataset.menu) { e.stopPropagation(); cardMenu(t, t.dataset.menu); return; }
  if (t.dataset.open) { openCardModal(cardById(t.dataset.open)); return; }
  if (t.dataset.add) { openCardModal(null, t.dataset.add); return; }
  if (t.dataset.setting) {
    var k = t.dataset.setting; state.settings[k] = !state.settings[k];
    t.setAttribute('aria-checked', String(state.settings[k])); toast('Setting saved'); return;
  }
  if (t.dataset.restore) { var c = cardById(t.dataset.restore); c.archived = false; render(); toast('Card restored'); return; }
  if (t.dataset.msg) { toast('Opening chat with ' + t.dataset.msg + '…'); return; }
  if (t.dataset.locked) { toast('You are not a member of ' + t.dataset.locked); return; }
  if (t.id === 'new-card') { openCardModal(null, 'Backlog'); return; }
  if (t.id === 'share-board' || t.id === 'invite') { toast('Invite link copied to clipboard'); return; }
  if (t.id === 'new-project') { toast('Creating projects requires an admin role'); return; }
  if (t.id === 'bell') {
    e.stopPropagation();
    showMenu(t, [{ heading: 'Notifications' }, { label: 'Marcus commented on WR-119', action: function () { openCardModal(cardById('WR-119')); } }, { label: 'Tom moved WR-107 to Review', action: function () { openCardModal(cardById('WR-107')); } }, { label: 'Aisha mentioned you on WR-111', action: function () { openCardModal(cardById('WR-111')); } }]);
    return;
  }
  if (t.id === 'account') {
    e.stopPropagation();
    showMenu(t, [{ heading: 'Priya Shah' }, { label: 'Profile', action: function () { toast('Profile page is coming soon'); } }, { label: 'Keyboard shortcuts', action: function () { toast('Press N for a new card, / to search'); } }, '-', { label: 'Sign out', action: function () { toast('Signed out (demo)'); } }]);
    return;
  }
});

document.addEventListener('change', function (e) {
  if (e.target.id === 'week-start') { state.settings.weekStart = e.target.value; toast('Setting saved'); }
  if (e.target.name === 'defview') { state.settings.defaultView = e.target.value; toast('Setting saved'); }
});

$('#search').addEventListener('input', function (e) { state.search = e.target.value; if (state.view !== 'board' && state.view !== 'list') state.view = 'board'; render(); });
document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

// Assignee filter dropdown is re-rendered with the view, so wire it after each render.
var _render = render;
render = function () {
  _render();
  var dd = $('#assignee-filter');
  if (dd) setupDropdown(dd, function (val) { state.filterAssignee = val; render(); });
};
render();
