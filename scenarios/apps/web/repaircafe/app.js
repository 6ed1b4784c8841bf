// Fixit Saturday – repair café intake board
(function () {
  var CATEGORIES = ['Electrical', 'Electronics', 'Textiles', 'Bikes', 'Furniture', 'Other'];
  var OUTCOMES = ['Fixed', 'Partly fixed', 'Not fixable', 'Needs a part'];

  function it(tag, visitor, item, brand, fault, category, status, fixer, outcome, notes) {
    return { tag: tag, visitor: visitor, item: item, brand: brand, fault: fault, category: category, status: status, fixer: fixer || null, outcome: outcome || null, notes: notes || '', checkedIn: '' };
  }

  window.state = {
    event: { date: '2024-06-15', venue: 'St Luke’s Hall', open: true },
    fixers: [
      { name: 'Bogdan Ilie', skills: ['Electrical', 'Bikes'], present: true },
      { name: 'Margaret Oduya', skills: ['Textiles'], present: true },
      { name: 'Sanjay Mehta', skills: ['Electronics', 'Electrical'], present: true },
      { name: 'Sanja Kovač', skills: ['Textiles', 'Furniture'], present: true },
      { name: 'Wendy Clarke', skills: ['Electrical'], present: true },
      { name: 'Tom Ashby', skills: ['Bikes'], present: false },
      { name: 'Graham Pell', skills: ['Furniture', 'Other'], present: true },
      { name: 'Inês Alves', skills: ['Electronics'], present: false }
    ],
    items: [
      it('RC-101', 'Geraldine Moss', 'Toaster', 'Dualit 2-slot', 'Only one side heats up', 'Electrical', 'Waiting'),
      it('RC-102', 'Arjun Patel', 'Bicycle', 'Raleigh Pioneer', 'Gears slip under load', 'Bikes', 'In repair', 'Bogdan Ilie'),
      it('RC-103', 'Helen Carter', 'Trousers', '', 'Zip broken', 'Textiles', 'In repair', 'Margaret Oduya'),
      it('RC-104', 'Sam Whitley', 'Laptop', 'Lenovo ThinkPad T440', 'Won’t charge', 'Electronics', 'Done', 'Sanjay Mehta', 'Fixed', 'Resoldered DC jack.'),
      it('RC-105', 'Rosa Lindgren', 'Toaster', 'Breville', 'Lever won’t stay down', 'Electrical', 'Waiting'),
      it('RC-106', 'Frank Doherty', 'Desk lamp', 'Anglepoise', 'Spring has come loose', 'Other', 'Waiting'),
      it('RC-107', 'Yusuf Demir', 'Radio', 'Roberts Revival', 'No sound from speaker', 'Electronics', 'In repair', 'Sanjay Mehta'),
      it('RC-108', 'Claire Dubois', 'Kitchen chair', '', 'Wobbly back leg', 'Furniture', 'Done', 'Graham Pell', 'Fixed', 'Reglued joint and clamped.'),
      it('RC-109', 'Kate Holloway', 'Kettle', 'Russell Hobbs', 'Doesn’t switch off when boiled', 'Electrical', 'Done', 'Wendy Clarke', 'Not fixable', 'Thermostat sealed in base; no spare.'),
      it('RC-110', 'Peter Nash', 'Umbrella', 'Fulton', 'Two broken ribs', 'Other', 'Waiting'),
      it('RC-111', 'Ama Owusu', 'Coffee grinder', 'De’Longhi', 'Motor hums but doesn’t spin', 'Electrical', 'In repair', 'Sanjay Mehta'),
      it('RC-112', 'Derek Fields', 'Hair dryer', 'Philips', 'Completely dead, no power', 'Electrical', 'In repair', 'Bogdan Ilie'),
      it('RC-113', 'Lily Tran', 'Jeans', 'Levi’s 501', 'Torn at the knee', 'Textiles', 'Waiting'),
      it('RC-114', 'Hamid Rahimi', 'Vacuum cleaner', 'Dyson DC33', 'Loses suction after a minute', 'Electrical', 'In repair', 'Wendy Clarke'),
      it('RC-115', 'Joan Pike', 'Teddy bear', '', 'Seam split on arm', 'Textiles', 'Done', 'Sanja Kovač', 'Fixed', 'Hand-stitched.'),
      it('RC-116', 'Marek Zieliński', 'Folding bike', 'Brompton', 'Brakes squeal', 'Bikes', 'Waiting'),
      it('RC-117', 'Olive Grant', 'Table lamp', 'IKEA', 'Switch broken', 'Electrical', 'Waiting'),
      it('RC-118', 'Nikhil Rao', 'Headphones', 'Sony WH-1000XM3', 'Left side cuts out', 'Electronics', 'Waiting')
    ]
  };

  var S = window.state;
  var page = 'board';
  var q = { text: '', cat: 'All' };
  var content = document.getElementById('content');
  var layer = document.getElementById('layer');

  function x(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function find(tag) { return S.items.find(function (i) { return i.tag === tag; }); }
  function fixer(name) { return S.fixers.find(function (f) { return f.name === name; }); }
  function catTag(c) { return '<span class="cat cat-' + c.toLowerCase() + '">' + c + '</span>'; }
  function oc(o) { return { 'Fixed': 'o-fixed', 'Partly fixed': 'o-partly', 'Not fixable': 'o-not', 'Needs a part': 'o-needs' }[o] || ''; }
  function bubble(m) { var b = document.getElementById('bubble'); b.textContent = m; b.style.display = 'block'; clearTimeout(bubble.t); bubble.t = setTimeout(function () { b.style.display = 'none'; }, 2300); }
  function closeLayer() { layer.innerHTML = ''; }

  function ticket(i) {
    var foot = '';
    if (i.status === 'Waiting') foot = '<button class="sbtn" data-assign="' + i.tag + '" aria-haspopup="listbox">Assign fixer ▾</button>';
    else if (i.status === 'In repair') foot = '<span class="fixer"><svg viewBox="0 0 24 24" width="12" height="12" aria-hidden="true" style="vertical-align:-1px"><path fill="#3a6ea8" d="M21 6.5a5 5 0 0 1-6.6 4.8l-8 8a2 2 0 0 1-2.8-2.8l8-8A5 5 0 0 1 17.5 3L14.6 6l.5 2.8 2.9.6z"/></svg> ' + x(i.fixer) + '</span><span><button class="sbtn blue" data-back="' + i.tag + '" title="Send back to waiting">↩</button> <button class="sbtn" data-outcome="' + i.tag + '">Record outcome</button></span>';
    else foot = '<span class="outcome ' + oc(i.outcome) + '">' + x(i.outcome) + '</span><span class="fixer">' + x(i.fixer) + '</span>';
    return '<div class="ticket" data-tag="' + i.tag + '"><div class="row"><span class="tagno">' + i.tag + '</span>' + catTag(i.category) + '</div>' +
      '<h3>' + x(i.item) + (i.brand ? ' <span style="font-weight:500;color:#9a857a;font-size:13px">· ' + x(i.brand) + '</span>' : '') + '</h3>' +
      '<div class="who">Brought by ' + x(i.visitor) + '</div><div class="fault">“' + x(i.fault) + '”</div><div class="row">' + foot + '</div></div>';
  }

  function boardView() {
    var t = q.text.trim().toLowerCase();
    var list = S.items.filter(function (i) {
      if (q.cat !== 'All' && i.category !== q.cat) return false;
      return !t || (i.tag + ' ' + i.item + ' ' + i.brand + ' ' + i.visitor + ' ' + (i.fixer || '')).toLowerCase().indexOf(t) >= 0;
    });
    function col(status, cls, title) {
      var l = list.filter(function (i) { return i.status === status; });
      return '<div class="col ' + cls + '"><h2>' + title + ' <span>' + l.length + '</span></h2>' + l.map(ticket).join('') + '</div>';
    }
    return '<div class="filterline"><input type="text" id="bq" placeholder="Find an item, tag or visitor…" value="' + x(q.text) + '">' +
      '<select id="bc" aria-label="Category"><option>All</option>' + CATEGORIES.map(function (c) { return '<option ' + (q.cat === c ? 'selected' : '') + '>' + c + '</option>'; }).join('') + '</select></div>' +
      '<div class="board">' + col('Waiting', 'waiting', 'Waiting') + col('In repair', 'repair', 'Being repaired') + col('Done', 'done', 'Done') + '</div>';
  }

  function newView() {
    return '<div class="form-card"><h2>Log an item</h2><p class="hint">Fill this in at the welcome table. The item gets a tag number and joins the waiting queue.</p>' +
      '<div class="two"><div class="fg"><label for="n-visitor">Visitor name <em>*</em></label><input type="text" id="n-visitor"></div>' +
      '<div class="fg"><label for="n-email">Email (for follow-up)</label><input type="email" id="n-email"></div></div>' +
      '<div class="two"><div class="fg"><label for="n-item">What is it? <em>*</em></label><input type="text" id="n-item" placeholder="e.g. Toaster"></div>' +
      '<div class="fg"><label for="n-brand">Brand / model</label><input type="text" id="n-brand"></div></div>' +
      '<div class="fg"><label for="n-cat">Category <em>*</em></label><select id="n-cat"><option value="">Choose…</option>' + CATEGORIES.map(function (c) { return '<option>' + c + '</option>'; }).join('') + '</select></div>' +
      '<div class="fg"><label for="n-fault">What’s wrong with it? <em>*</em></label><textarea id="n-fault"></textarea></div>' +
      '<div class="fg"><label class="check"><input type="checkbox" id="n-rules" checked> Visitor has read the house rules (we can’t guarantee a repair)</label></div>' +
      '<div class="err" id="n-err"></div><div style="display:flex;gap:10px;justify-content:flex-end"><button class="plain" data-page-go="board">Cancel</button><button class="big" id="n-save">Add to queue</button></div></div>';
  }

  function fixersView() {
    var here = S.fixers.filter(function (f) { return f.present; }).length;
    return '<h2 style="margin:0 0 4px">Fixers</h2><p style="margin:0 0 16px;color:#9a857a">' + here + ' of ' + S.fixers.length + ' volunteers signed in today. Untick someone when they leave.</p><div class="fixers">' +
      S.fixers.map(function (f, idx) {
        var busy = S.items.filter(function (i) { return i.fixer === f.name && i.status === 'In repair'; }).length;
        var done = S.items.filter(function (i) { return i.fixer === f.name && i.status === 'Done'; }).length;
        var ini = f.name.split(' ').map(function (p) { return p[0]; }).join('');
        return '<div class="fx ' + (f.present ? '' : 'away') + '"><div class="face">' + ini + '</div><div class="nm"><b>' + x(f.name) + '</b><small>' + f.skills.join(' · ') + ' — ' + busy + ' in progress, ' + done + ' done</small></div>' +
          '<label class="check"><input type="checkbox" data-present="' + idx + '" ' + (f.present ? 'checked' : '') + ' aria-label="' + x(f.name) + ' here today"> Here today</label></div>';
      }).join('') + '</div>';
  }

  function outcomesView() {
    var done = S.items.filter(function (i) { return i.status === 'Done'; });
    var fixed = done.filter(function (i) { return i.outcome === 'Fixed'; }).length;
    return '<div class="stats"><div class="stat"><b>' + S.items.length + '</b><span>items brought in</span></div><div class="stat"><b>' + done.length + '</b><span>finished</span></div>' +
      '<div class="stat"><b>' + fixed + '</b><span>fixed</span></div><div class="stat"><b>' + (done.length ? Math.round(fixed / done.length * 100) : 0) + '%</b><span>success rate</span></div></div>' +
      '<table class="out"><thead><tr><th>Tag</th><th>Item</th><th>Visitor</th><th>Fixer</th><th>Outcome</th><th>Notes</th></tr></thead><tbody>' +
      done.map(function (i) { return '<tr><td>' + i.tag + '</td><td>' + x(i.item) + '</td><td>' + x(i.visitor) + '</td><td>' + x(i.fixer) + '</td><td class="outcome ' + oc(i.outcome) + '">' + x(i.outcome) + '</td><td>' + x(i.notes) + '</td></tr>'; }).join('') +
      '</tbody></table>';
  }

  var views = { board: boardView, new: newView, fixers: fixersView, outcomes: outcomesView };
  function show() {
    Array.prototype.forEach.call(document.querySelectorAll('#pills button'), function (b) { b.classList.toggle('on', b.dataset.page === page); });
    content.innerHTML = views[page]();
  }
  function refreshBoard() { var b = content.querySelector('.board'); if (b) { var tmp = document.createElement('div'); tmp.innerHTML = boardView(); b.replaceWith(tmp.querySelector('.board')); } }

  function modal(title, sub, body, okText, onOk) {
    layer.innerHTML = '<div class="veil"><div class="pop" role="dialog" aria-modal="true" aria-label="' + x(title) + '"><h3>' + x(title) + '</h3><p class="sub">' + sub + '</p>' + body +
      '<div class="err" id="m-err"></div><div class="btns"><button class="plain" id="m-no">Cancel</button><button class="big" id="m-yes">' + x(okText) + '</button></div></div></div>';
    document.getElementById('m-no').onclick = closeLayer;
    document.getElementById('m-yes').onclick = function () {
      var e = onOk();
      if (e) { document.getElementById('m-err').textContent = e; return; }
      closeLayer(); show();
    };
  }

  function openAssign(btn, tag) {
    var i = find(tag);
    var r = btn.getBoundingClientRect();
    var here = S.fixers.filter(function (f) { return f.present; });
    var good = here.filter(function (f) { return f.skills.indexOf(i.category) >= 0; });
    var other = here.filter(function (f) { return f.skills.indexOf(i.category) < 0; });
    function opt(f) {
      var busy = S.items.filter(function (z) { return z.fixer === f.name && z.status === 'In repair'; }).length;
      return '<div class="opt" role="option" data-pick="' + x(f.name) + '">' + x(f.name) + '<small>' + f.skills.join(', ') + ' · ' + (busy ? busy + ' on the go' : 'free') + '</small></div>';
    }
    layer.innerHTML = '<div class="dropdown" role="listbox" aria-label="Choose fixer for ' + tag + '" style="top:' + (r.bottom + window.scrollY + 4) + 'px;left:' + (r.left + window.scrollX) + 'px">' +
      (good.length ? '<div class="hd">Good match</div>' + good.map(opt).join('') : '') + (other.length ? '<div class="hd">Other fixers here</div>' + other.map(opt).join('') : '') + '</div>';
    var dd = layer.querySelector('.dropdown'), dr = dd.getBoundingClientRect();
    if (dr.bottom > window.innerHeight - 8 && r.top - dr.height - 4 > 0) dd.style.top = (r.top + window.scrollY - dr.height - 4) + 'px';
    layer.querySelector('.dropdown').addEventListener('click', function (e) {
      var o = e.target.closest('[data-pick]'); if (!o) return;
      e.stopPropagation();
      i.fixer = o.dataset.pick; i.status = 'In repair';
      closeLayer(); show(); bubble(i.tag + ' → ' + i.fixer);
    });
  }

  function recordOutcome(tag) {
    var i = find(tag);
    modal('Record outcome · ' + i.tag, x(i.item) + (i.brand ? ' (' + x(i.brand) + ')' : '') + ' for ' + x(i.visitor) + ' · fixer ' + x(i.fixer),
      '<div class="radios">' + OUTCOMES.map(function (o, k) { return '<label><input type="radio" name="oc" value="' + o + '" id="oc-' + k + '"> ' + o + '</label>'; }).join('') + '</div>' +
      '<div class="fg"><label for="oc-notes">Repair notes</label><textarea id="oc-notes" placeholder="What was wrong, what did you do?"></textarea></div>' +
      '<div class="fg"><label for="oc-kg">Approx. weight (kg)</label><input type="number" id="oc-kg" step="0.1" min="0"></div>',
      'Save outcome', function () {
        var sel = layer.querySelector('input[name=oc]:checked');
        if (!sel) return 'Pick an outcome.';
        i.outcome = sel.value; i.notes = document.getElementById('oc-notes').value; i.weightKg = parseFloat(document.getElementById('oc-kg').value) || null; i.status = 'Done';
        bubble(i.tag + ' marked ' + i.outcome.toLowerCase());
      });
  }

  function saveNew() {
    function v(id) { return document.getElementById(id).value.trim(); }
    var err = document.getElementById('n-err');
    if (!v('n-visitor') || !v('n-item') || !v('n-cat') || !v('n-fault')) { err.textContent = 'Please fill in the visitor, item, category and fault.'; return; }
    var next = 'RC-' + (Math.max.apply(null, S.items.map(function (i) { return +i.tag.slice(3); })) + 1);
    var rec = it(next, v('n-visitor'), v('n-item'), v('n-brand'), v('n-fault'), v('n-cat'), 'Waiting');
    rec.email = v('n-email'); rec.rulesRead = document.getElementById('n-rules').checked; rec.checkedIn = '11:42';
    S.items.push(rec);
    page = 'board'; show(); bubble(next + ' added to the queue');
  }

  document.getElementById('pills').addEventListener('click', function (e) {
    var b = e.target.closest('button[data-page]'); if (!b) return;
    page = b.dataset.page; closeLayer(); show();
  });
  document.addEventListener('click', function (e) {
    var t = e.target, el;
    if (layer.querySelector('.dropdown') && !t.closest('.dropdown') && !t.closest('[data-assign]')) closeLayer();
    if ((el = t.closest('[data-assign]'))) { if (layer.querySelector('.dropdown')) closeLayer(); else openAssign(el, el.dataset.assign); }
    else if ((el = t.closest('[data-outcome]'))) recordOutcome(el.dataset.outcome);
    else if ((el = t.closest('[data-back]'))) { var i = find(el.dataset.back); i.status = 'Waiting'; i.fixer = null; show(); bubble(i.tag + ' back in the queue'); }
    else if ((el = t.closest('[data-page-go]'))) { page = el.dataset.pageGo; show(); }
    else if (t.id === 'n-save') saveNew();
  });
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t.id === 'bc') { q.cat = t.value; refreshBoard(); }
    else if (t.dataset.present != null) {
      var f = S.fixers[+t.dataset.present];
      if (!t.checked) {
        var mine = S.items.filter(function (i) { return i.fixer === f.name && i.status === 'In repair'; });
        if (mine.length) {
          t.checked = true;
          modal('Sign out ' + f.name + '?', f.name + ' still has ' + mine.length + ' item' + (mine.length === 1 ? '' : 's') + ' on the go (' + mine.map(function (m) { return m.tag; }).join(', ') + '). ' + (mine.length === 1 ? 'It' : 'They') + ' will go back to the waiting queue.', '', 'Sign out', function () {
            f.present = false; mine.forEach(function (m) { m.status = 'Waiting'; m.fixer = null; }); bubble(f.name + ' signed out');
          });
          return;
        }
        f.present = false; bubble(f.name + ' signed out'); show();
      } else { f.present = true; bubble(f.name + ' signed in'); show(); }
    }
  });
  document.addEventListener('input', function (e) { if (e.target.id === 'bq') { q.text = e.target.value; refreshBoard(); } });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeLayer(); });
  show();
})();
