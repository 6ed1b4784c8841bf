'use strict';
// Lost Property Office board — Eastgate Central
const TODAY = '2024-05-20';
const CATEGORIES = ['Bags', 'Luggage', 'Electronics', 'Clothing', 'Keys', 'Documents & cards', 'Umbrellas', 'Jewellery', 'Other'];
const PLACES = ['Platform 1', 'Platform 2', 'Platform 3', 'Platform 4', 'Platform 5', 'Platform 6', 'Platform 7', 'Platform 8', 'Platform 9', 'Concourse', 'Ticket hall', 'Waiting room', 'On train'];
const SHELVES = ['A-01', 'A-02', 'A-03', 'A-04', 'C-01', 'C-02', 'C-03', 'D-01', 'E-01', 'E-02', 'E-03', 'E-04', 'J-01', 'K-01', 'K-02', 'K-03', 'K-04', 'L-01', 'L-02', 'U-01', 'U-02', 'X-01', 'X-02'];
const STAGES = [['Logged', 'Just logged'], ['Storage', 'In storage'], ['Claim', 'Claim pending'], ['Returned', 'Returned']];

const item = (ref, desc, category, foundAt, found, stage, shelf = null, claimant = null) => ({ ref, desc, category, foundAt, found, stage, shelf, claimant, disposal: null });

window.state = {
  query: '',
  category: 'All',
  nextRef: 5542,
  items: [
    item('LP-5502', 'Brown leather gloves (pair)', 'Clothing', 'Platform 4', '2024-02-12', 'Storage', 'C-02'),
    item('LP-5503', 'Red knitted scarf', 'Clothing', 'On train', '2024-02-14', 'Storage', 'C-02'),
    item('LP-5507', 'Child\'s blue school blazer', 'Clothing', 'Waiting room', '2024-03-01', 'Storage', 'C-01'),
    item('LP-5509', 'Silver bracelet with charms', 'Jewellery', 'Platform 8', '2024-03-06', 'Storage', 'J-01'),
    item('LP-5511', 'Green rucksack with climbing gear', 'Bags', 'Concourse', '2024-03-18', 'Storage', 'A-02'),
    item('LP-5514', 'Provisional driving licence — M. Haddad', 'Documents & cards', 'Ticket hall', '2024-03-27', 'Claim', 'D-01', 'Mariam Haddad'),
    item('LP-5516', 'Black Samsonite cabin case', 'Luggage', 'Platform 1', '2024-04-04', 'Storage', 'L-01'),
    item('LP-5517', 'Folding bike helmet, white', 'Other', 'Platform 5', '2024-04-09', 'Returned', null, 'Dev Raman'),
    item('LP-5519', 'Navy wool overcoat, size M', 'Clothing', 'On train', '2024-04-15', 'Storage', 'C-03'),
    item('LP-5521', 'Blue Samsonite cabin case', 'Luggage', 'Platform 3', '2024-04-19', 'Claim', 'L-02', 'Owen Tate'),
    item('LP-5522', 'Sony WH-1000XM4 headphones', 'Electronics', 'Platform 7', '2024-04-22', 'Storage', 'E-01'),
    item('LP-5524', 'Wallet with bank cards — J. Pereira', 'Documents & cards', 'Concourse', '2024-04-26', 'Returned', null, 'Joana Pereira'),
    item('LP-5525', 'iPhone 13 in purple case', 'Electronics', 'On train', '2024-04-29', 'Returned', null, 'Callum Reid'),
    item('LP-5526', 'Tan leather satchel', 'Bags', 'Waiting room', '2024-05-02', 'Storage', 'A-03'),
    item('LP-5528', 'Black golf umbrella', 'Umbrellas', 'Platform 6', '2024-05-07', 'Storage', 'U-01'),
    item('LP-5529', 'Single house key on red lanyard', 'Keys', 'Platform 2', '2024-05-08', 'Storage', 'K-01'),
    item('LP-5530', 'Gold wedding band', 'Jewellery', 'Platform 9', '2024-05-10', 'Claim', 'J-01', 'Thomas Okwu'),
    item('LP-5531', 'Dell laptop in grey sleeve', 'Electronics', 'On train', '2024-05-13', 'Storage', 'E-04'),
    item('LP-5532', 'Passport — R. Lindgren', 'Documents & cards', 'Ticket hall', '2024-05-14', 'Returned', null, 'Rasmus Lindgren'),
    item('LP-5533', 'Pink child\'s umbrella with frogs', 'Umbrellas', 'Platform 3', '2024-05-15', 'Storage', 'U-01'),
    item('LP-5534', 'Grey Kindle Paperwhite in fabric cover', 'Electronics', 'Platform 2', '2024-05-16', 'Storage', 'E-02'),
    item('LP-5535', 'Tesco bag of groceries (perishables removed)', 'Other', 'Platform 4', '2024-05-17', 'Storage', 'X-01'),
    item('LP-5536', 'Brompton folding bike, black', 'Other', 'Platform 6', '2024-05-17', 'Storage', 'X-02'),
    item('LP-5537', 'Oyster-style travel card holder', 'Documents & cards', 'Concourse', '2024-05-18', 'Returned', null, 'Ada Nwosu'),
    item('LP-5538', 'Beige trench coat', 'Clothing', 'Waiting room', '2024-05-19', 'Logged'),
    item('LP-5539', 'VW key fob with two house keys', 'Keys', 'Concourse', '2024-05-20', 'Logged'),
    item('LP-5540', 'Black Kindle, cracked screen', 'Electronics', 'On train', '2024-05-18', 'Storage', 'E-03'),
    item('LP-5541', 'Car keys with Toyota fob and leather tag', 'Keys', 'Ticket hall', '2024-05-20', 'Logged'),
  ],
};

const S = window.state;
const layer = document.getElementById('layer');
let popFor = null;

function h(tag, attrs = {}, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else if (v === true) n.setAttribute(k, '');
    else if (v !== false && v != null) n.setAttribute(k, v);
  }
  for (const k of kids.flat()) if (k != null && k !== false) n.append(k.nodeType ? k : String(k));
  return n;
}
const days = (d) => Math.round((Date.parse(TODAY) - Date.parse(d)) / 864e5);
const nice = (d) => { const [y, m, dd] = d.split('-'); return `${+dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+m - 1]}`; };
const find = (ref) => S.items.find((i) => i.ref === ref);

function toast(msg) {
  const t = h('div', { class: 'toast' }, msg);
  document.body.append(t);
  setTimeout(() => t.remove(), 2200);
}

function visible(i) {
  if (i.stage === 'Disposed') return false;
  if (S.category !== 'All' && i.category !== S.category) return false;
  const q = S.query.trim().toLowerCase();
  return !q || i.ref.toLowerCase().includes(q) || i.desc.toLowerCase().includes(q);
}

function renderChips() {
  const box = document.getElementById('chips');
  box.replaceChildren(...['All', ...CATEGORIES].map((c) =>
    h('button', { class: 'chip' + (S.category === c ? ' on' : ''), onclick: () => { S.category = c; renderChips(); renderBoard(); } }, c)));
}

function menuItems(i) {
  const m = [];
  if (i.stage === 'Logged') m.push(['Move to storage…', () => storageSheet(i)]);
  if (i.stage === 'Storage') m.push(['Register a claim…', () => claimSheet(i)]);
  if (i.stage === 'Claim') m.push(['Back to storage', () => { i.stage = 'Storage'; i.claimant = null; toast(`${i.ref} back in storage`); renderBoard(); }]);
  if (i.stage !== 'Returned') m.push(['Release to owner…', () => releaseSheet(i)]);
  if (i.stage === 'Logged' || i.stage === 'Storage') m.push(['Dispose…', () => disposeSheet(i), 'red']);
  return m;
}

function card(i) {
  const old = days(i.found) > 90 && i.stage !== 'Returned';
  const c = h('div', { class: 'card', 'data-ref': i.ref },
    h('div', { class: 'ref' }, i.ref),
    h('div', { class: 'desc' }, i.desc),
    h('div', { class: 'meta' },
      h('span', {}, i.foundAt),
      h('span', { class: old ? 'old' : '' }, nice(i.found) + (old ? ` · ${days(i.found)} days` : '')),
      i.shelf && i.stage !== 'Returned' ? h('span', {}, 'Shelf ' + i.shelf) : null),
    h('span', { class: 'tag' }, i.category),
    i.claimant ? h('div', { class: 'who' }, (i.stage === 'Returned' ? 'Returned to ' : 'Claimant: ') + i.claimant) : null);
  const items = menuItems(i);
  if (items.length) {
    c.append(h('button', { class: 'more', 'aria-label': `Item actions ${i.ref}`, onclick: (e) => { e.stopPropagation(); togglePop(i, c, items); } }, '⋯'));
  }
  return c;
}

function togglePop(i, c, items) {
  const had = popFor === i.ref;
  closePop();
  if (had) return;
  popFor = i.ref;
  c.append(h('div', { class: 'pop', role: 'menu' }, items.map(([label, fn, cls]) =>
    h('button', { class: cls || '', role: 'menuitem', onclick: (e) => { e.stopPropagation(); closePop(); fn(); } }, label))));
}
function closePop() {
  document.querySelectorAll('.pop').forEach((p) => p.remove());
  popFor = null;
}
document.addEventListener('click', (e) => { if (!e.target.closest('.pop')) closePop(); });

function renderBoard() {
  popFor = null;
  const board = document.getElementById('board');
  board.replaceChildren(...STAGES.map(([key, label]) => {
    const list = S.items.filter((i) => i.stage === key && visible(i)).sort((a, b) => (a.found < b.found ? 1 : -1));
    return h('section', { class: 'col', 'data-stage': key },
      h('h2', {}, label, h('em', {}, list.length)),
      h('div', { class: 'list' }, list.length ? list.map(card) : h('div', { class: 'empty' }, 'Nothing here')));
  }));
  const disposed = S.items.filter((i) => i.stage === 'Disposed').length;
  const overdue = S.items.filter((i) => (i.stage === 'Storage' || i.stage === 'Logged') && days(i.found) > 90).length;
  document.getElementById('foot').textContent = `${S.items.length - disposed} items on record · ${overdue} unclaimed for over 90 days · ${disposed} disposed this session`;
}

function sheet(title, lead, body, okLabel, okClass, onOk) {
  const problem = h('div', { class: 'problem' });
  const ok = h('button', { class: okClass, 'data-sheet': 'ok' }, okLabel);
  const cancel = h('button', { class: 'ghost', 'data-sheet': 'cancel' }, 'Cancel');
  const scrim = h('div', { class: 'scrim' }, h('div', { class: 'sheet', role: 'dialog' }, h('h3', {}, title), lead ? h('p', { class: 'lead' }, lead) : null, ...body, problem, h('div', { class: 'btns' }, cancel, ok)));
  cancel.addEventListener('click', () => scrim.remove());
  ok.addEventListener('click', () => {
    const err = onOk();
    if (err) { problem.textContent = err; return; }
    scrim.remove();
    renderBoard();
  });
  layer.append(scrim);
  return scrim;
}
const select = (id, opts, value, placeholder) => h('select', { id }, placeholder ? h('option', { value: '' }, placeholder) : null,
  opts.map((o) => h('option', { value: o, selected: o === value }, o)));

function logSheet() {
  const s = sheet('Log a found item', 'Record the item as it was handed in. A reference number is generated automatically.', [
    h('label', { for: 'lg-desc' }, 'Description'), h('input', { type: 'text', id: 'lg-desc', placeholder: 'e.g. Black leather wallet' }),
    h('div', { class: 'two' },
      h('div', {}, h('label', { for: 'lg-cat' }, 'Category'), select('lg-cat', CATEGORIES, null, 'Choose…')),
      h('div', {}, h('label', { for: 'lg-where' }, 'Where found'), select('lg-where', PLACES, null, 'Choose…'))),
    h('div', { class: 'two' },
      h('div', {}, h('label', { for: 'lg-date' }, 'Date found'), h('input', { type: 'date', id: 'lg-date', value: TODAY })),
      h('div', {}, h('label', { for: 'lg-by' }, 'Handed in by (optional)'), h('input', { type: 'text', id: 'lg-by' }))),
  ], 'Log item', 'cta', () => {
    const v = (id) => document.getElementById(id).value.trim();
    if (!v('lg-desc')) return 'Add a short description.';
    if (!v('lg-cat')) return 'Choose a category.';
    if (!v('lg-where')) return 'Choose where the item was found.';
    if (!v('lg-date')) return 'Enter the date found.';
    const it = item('LP-' + S.nextRef++, v('lg-desc'), v('lg-cat'), v('lg-where'), v('lg-date'), 'Logged');
    it.handedInBy = v('lg-by') || null;
    S.items.push(it);
    toast(`${it.ref} logged`);
    return null;
  });
  s.querySelector('#lg-desc').focus();
}

function storageSheet(i) {
  sheet(`Move ${i.ref} to storage`, i.desc, [
    h('label', { for: 'st-shelf' }, 'Shelf location'), select('st-shelf', SHELVES, null, 'Choose a shelf…'),
  ], 'Move to storage', 'cta', () => {
    const sh = document.getElementById('st-shelf').value;
    if (!sh) return 'Choose a shelf.';
    i.stage = 'Storage'; i.shelf = sh;
    toast(`${i.ref} stored on ${sh}`);
    return null;
  });
}

function claimSheet(i) {
  sheet(`Register a claim for ${i.ref}`, i.desc, [
    h('label', { for: 'cl-name' }, 'Claimant name'), h('input', { type: 'text', id: 'cl-name' }),
  ], 'Register claim', 'cta', () => {
    const n = document.getElementById('cl-name').value.trim();
    if (!n) return 'Enter the claimant\'s name.';
    i.stage = 'Claim'; i.claimant = n;
    toast(`Claim registered for ${i.ref}`);
    return null;
  });
}

function releaseSheet(i) {
  sheet(`Release ${i.ref} to owner`, i.desc, [
    h('label', { for: 'rl-name' }, 'Owner\'s full name'), h('input', { type: 'text', id: 'rl-name', value: i.claimant || '' }),
    h('label', { class: 'inline' }, h('input', { type: 'checkbox', id: 'rl-id' }), 'Proof of ownership and photo ID checked'),
  ], 'Release item', 'cta', () => {
    const n = document.getElementById('rl-name').value.trim();
    if (!n) return 'Enter the owner\'s name.';
    if (!document.getElementById('rl-id').checked) return 'Confirm that ID and proof of ownership were checked.';
    i.stage = 'Returned'; i.claimant = n; i.returnedOn = TODAY;
    toast(`${i.ref} released to ${n}`);
    return null;
  });
}

function disposeSheet(i) {
  sheet(`Dispose of ${i.ref}?`, `${i.desc} — found ${nice(i.found)}, ${days(i.found)} days ago. This removes the item from the board and cannot be undone.`, [
    h('label', { for: 'dp-how' }, 'Disposal method'), select('dp-how', ['Donate to charity', 'Recycle', 'Secure destruction'], 'Donate to charity'),
  ], 'Dispose', 'danger', () => {
    i.stage = 'Disposed'; i.disposal = document.getElementById('dp-how').value;
    toast(`${i.ref} disposed`);
    return null;
  });
}

document.getElementById('log-btn').addEventListener('click', logSheet);
document.getElementById('q').addEventListener('input', (e) => { S.query = e.target.value; renderBoard(); });
renderChips();
renderBoard();
