// AquaNorth Leak Desk — kanban for leak reports
const COLUMNS = ['Reported', 'Triaged', 'Crew assigned', 'Fixed'];
const DISTRICTS = ['Harbourside', 'Millbrook', 'Northfield', 'Old Town', 'Westgate'];
const TYPES = ['Burst main', 'Service pipe', 'Hydrant', 'Meter leak', 'Low pressure'];
const CREWS = ['Alpha', 'Bravo', 'Charlie', 'Delta'];

function rpt(id, status, type, address, district, priority, crew, caller, phone, reported, description, extra) {
  return Object.assign({ id, status, type, address, district, priority, crew: crew || null, caller, phone, reported, description, notes: [], duplicateOf: null, fixedOn: null }, extra || {});
}

window.state = {
  today: '2025-05-21',
  reports: [
    rpt('LK-7776', 'Fixed', 'Hydrant', '14 Quay Street', 'Harbourside', 'P3', 'Alpha', 'Dock office', '01632 960114', '2025-05-17', 'Hydrant weeping at the base.', { fixedOn: '2025-05-19' }),
    rpt('LK-7777', 'Fixed', 'Meter leak', '8 Rowan Close', 'Millbrook', 'P4', 'Delta', 'Sunita Patel', '07700 900201', '2025-05-18', 'Meter chamber full of water.', { fixedOn: '2025-05-20' }),
    rpt('LK-7779', 'Crew assigned', 'Burst main', 'Junction of Station Road and Elm Grove', 'Westgate', 'P1', 'Alpha', 'PC Dawson (police)', '01632 960999', '2025-05-20', 'Water pouring across the junction, road flooding.', { notes: [{ at: '2025-05-20', text: 'Traffic management requested.' }] }),
    rpt('LK-7780', 'Triaged', 'Service pipe', '27 Abbey Walk', 'Old Town', 'P3', null, 'George Hammond', '07700 900342', '2025-05-19', 'Damp patch in front garden, getting bigger.'),
    rpt('LK-7781', 'Reported', 'Low pressure', 'Flats 1–12, Harbour View', 'Harbourside', 'P3', null, 'Harbour View residents', '07700 900455', '2025-05-20', 'Very low pressure on upper floors since Monday.'),
    rpt('LK-7782', 'Triaged', 'Hydrant', 'Outside 3 Market Square', 'Old Town', 'P2', null, 'Town council', '01632 960381', '2025-05-19', 'Hydrant cap missing, steady flow into drain.'),
    rpt('LK-7783', 'Reported', 'Meter leak', '61 Brook Lane', 'Millbrook', 'P4', null, 'Alan Greaves', '07700 900563', '2025-05-20', 'Drip from the meter box lid.'),
    rpt('LK-7785', 'Crew assigned', 'Service pipe', '19 Kestrel Way', 'Northfield', 'P2', 'Charlie', 'Joanna Wiśniewska', '07700 900674', '2025-05-19', 'Water coming up between paving slabs.'),
    rpt('LK-7786', 'Reported', 'Service pipe', '5 Mill Lane', 'Northfield', 'P3', null, 'Peter Oakes', '07700 900785', '2025-05-20', 'Stopcock cover leaking.'),
    rpt('LK-7787', 'Crew assigned', 'Burst main', 'Canal Street by no. 40', 'Harbourside', 'P1', 'Bravo', 'Canal & River Trust', '01632 960447', '2025-05-21', 'Main burst under towpath access.'),
    rpt('LK-7788', 'Triaged', 'Meter leak', '102 Westgate Road', 'Westgate', 'P4', null, 'Westgate Dental', '01632 960512', '2025-05-18', 'Meter dial spinning with everything off.'),
    rpt('LK-7789', 'Reported', 'Hydrant', 'Playing fields, Oak Avenue', 'Northfield', 'P3', null, 'Groundsman', '07700 900896', '2025-05-21', 'Hydrant marker post knocked over, hydrant leaking.'),
    rpt('LK-7790', 'Triaged', 'Burst main', 'Tannery Lane', 'Old Town', 'P2', null, 'Bus driver', '07700 900907', '2025-05-21', 'Road surface lifting, water visible.'),
    rpt('LK-7791', 'Reported', 'Low pressure', '12–30 Cedar Road', 'Millbrook', 'P3', null, 'Margaret Finch', '07700 900918', '2025-05-21', 'Trickle from taps since this morning.'),
    rpt('LK-7792', 'Reported', 'Burst main', 'Station Road near Elm Grove', 'Westgate', 'P2', null, 'Kebab shop owner', '07700 900929', '2025-05-21', 'Big leak in the road near the lights.'),
    rpt('LK-7793', 'Reported', 'Service pipe', '7 Chapel Row', 'Westgate', 'P3', null, 'Ellie Marsh', '07700 900930', '2025-05-21', 'Hissing noise from pavement outside the house.')
  ],
  nextRef: 7794
};

class LeakDesk {
  constructor(state) {
    this.s = state;
    this.filters = { q: '', district: '', priority: '', dups: false };
    this.$ = sel => document.querySelector(sel);
    this.bindChrome();
    this.render();
  }
  get(id) { return this.s.reports.find(r => r.id === id); }
  esc(t) { return String(t ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }
  fmt(d) { if (!d) return ''; const [y, m, dd] = d.split('-'); return `${+dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}`; }
  toast(msg) {
    const t = document.createElement('div'); t.className = 'toast'; t.textContent = msg;
    this.$('#toasts').append(t); setTimeout(() => t.remove(), 3200);
  }

  bindChrome() {
    const dsel = this.$('#fDistrict');
    DISTRICTS.forEach(d => dsel.insertAdjacentHTML('beforeend', `<option>${d}</option>`));
    this.$('#search').addEventListener('input', e => { this.filters.q = e.target.value.trim().toLowerCase(); this.render(); });
    dsel.addEventListener('change', e => { this.filters.district = e.target.value; this.render(); });
    this.$('#fPriority').addEventListener('change', e => { this.filters.priority = e.target.value; this.render(); });
    this.$('#fDup').addEventListener('change', e => { this.filters.dups = e.target.checked; this.render(); });
    this.$('#newBtn').addEventListener('click', () => this.newReport());
    this.$('#mbg').addEventListener('click', e => { if (e.target.id === 'mbg') this.close(); });
    document.addEventListener('click', e => {
      if (!e.target.closest('.more') && !e.target.closest('#qmenu')) this.$('#qmenu').classList.add('hidden');
      if (!e.target.closest('.cdd')) document.querySelectorAll('.cdd-menu').forEach(m => m.classList.add('hidden'));
    });
  }

  visible(r) {
    const f = this.filters;
    if (f.district && r.district !== f.district) return false;
    if (f.priority && r.priority !== f.priority) return false;
    if (f.q && !`${r.id} ${r.address} ${r.caller} ${r.type}`.toLowerCase().includes(f.q)) return false;
    return true;
  }

  render() {
    const board = this.$('#board');
    const open = this.s.reports.filter(r => r.status !== 'Fixed' && r.status !== 'Duplicate');
    const dups = this.s.reports.filter(r => r.status === 'Duplicate');
    this.$('#stats').innerHTML = `Open <b>${open.length}</b> · P1 <b>${open.filter(r => r.priority === 'P1').length}</b> · Unassigned <b>${open.filter(r => !r.crew).length}</b>`;
    const prOrder = { P1: 1, P2: 2, P3: 3, P4: 4 };
    board.innerHTML = COLUMNS.map(col => {
      const list = this.s.reports.filter(r => r.status === col && this.visible(r)).sort((a, b) => prOrder[a.priority] - prOrder[b.priority] || a.id.localeCompare(b.id));
      return `<section class="col" data-col="${col}"><h2>${col}<span>${list.length}</span></h2><div class="cards">${list.map(r => this.card(r)).join('')}</div></section>`;
    }).join('');
    const strip = this.$('#dupStrip');
    if (this.filters.dups && dups.length) {
      strip.classList.remove('hidden');
      strip.innerHTML = 'Duplicates: ' + dups.map(r => `<b>${r.id}</b> → ${r.duplicateOf}`).join(' · ');
    } else if (this.filters.dups) { strip.classList.remove('hidden'); strip.textContent = 'No duplicates recorded.'; } else strip.classList.add('hidden');
    board.querySelectorAll('.kcard').forEach(c => c.addEventListener('click', e => { if (!e.target.closest('.more')) this.open(c.dataset.id); }));
    board.querySelectorAll('.more').forEach(b => b.addEventListener('click', e => { e.stopPropagation(); this.quickMenu(b, this.get(b.closest('.kcard').dataset.id)); }));
  }

  card(r) {
    return `<article class="kcard ${r.priority}" data-id="${r.id}" tabindex="0">
      <button class="more" aria-label="Quick actions for ${r.id}" title="Quick actions">⋯</button>
      <div class="top"><span class="ref">${r.id}</span><span class="pri ${r.priority}">${r.priority}</span></div>
      <div class="type">${this.esc(r.type)}</div>
      <div class="addr">${this.esc(r.address)}</div>
      <div class="foot"><span>${r.district}</span><span>· ${this.fmt(r.reported)}</span>${r.crew ? `<span class="crew">Crew ${r.crew}</span>` : ''}${r.fixedOn ? `<span>fixed ${this.fmt(r.fixedOn)}</span>` : ''}</div>
    </article>`;
  }

  quickMenu(btn, r) {
    const m = this.$('#qmenu');
    const opts = [];
    opts.push(['Open report', () => this.open(r.id)]);
    if (r.status === 'Reported') opts.push(['Move to Triaged', () => this.setStatus(r, 'Triaged')]);
    if (r.status === 'Crew assigned') opts.push(['Mark fixed', () => this.setStatus(r, 'Fixed')]);
    if (r.status === 'Fixed') opts.push(['Reopen', () => this.setStatus(r, r.crew ? 'Crew assigned' : 'Triaged')]);
    m.innerHTML = '';
    opts.forEach(([label, fn]) => {
      const b = document.createElement('button'); b.textContent = label;
      b.onclick = e => { e.stopPropagation(); m.classList.add('hidden'); fn(); };
      m.append(b);
    });
    m.classList.remove('hidden');
    const rc = btn.getBoundingClientRect();
    m.style.top = `${rc.bottom + scrollY + 2}px`;
    m.style.left = `${Math.min(rc.left + scrollX, innerWidth - m.offsetWidth - 8)}px`;
  }

  setStatus(r, status) {
    if (status === 'Fixed') { r.status = 'Fixed'; r.fixedOn = this.s.today; this.toast(`${r.id} marked fixed`); }
    else { if (r.status === 'Fixed') r.fixedOn = null; r.status = status; this.toast(`${r.id} → ${status}`); }
    this.render();
  }

  modal(title, body, buttons, width = 760) {
    const m = this.$('#modal');
    m.style.width = width + 'px';
    m.innerHTML = `<div class="mh"><h3>${title}</h3><button class="x" aria-label="Close">×</button></div><div class="mb">${body}</div><div class="mf"></div>`;
    const f = m.querySelector('.mf');
    buttons.forEach(b => {
      const el = document.createElement('button'); el.className = 'b ' + (b.cls || ''); el.textContent = b.label;
      el.addEventListener('click', b.fn); f.append(el);
    });
    m.querySelector('.x').onclick = () => this.close();
    this.$('#mbg').classList.remove('hidden');
    return m;
  }
  close() { this.$('#mbg').classList.add('hidden'); this.$('#modal').innerHTML = ''; }

  crewDropdown(id, current) {
    const load = c => this.s.reports.filter(r => r.crew === c && r.status === 'Crew assigned').length;
    return `<div class="cdd" id="${id}" data-value="${current || ''}">
      <button type="button" class="cdd-btn">${current ? 'Crew ' + current : 'Unassigned'}</button>
      <div class="cdd-menu hidden"><div data-v="">Unassigned</div>${CREWS.map(c => `<div data-v="${c}">Crew ${c}<small>${load(c)} active</small></div>`).join('')}</div></div>`;
  }
  wireDropdown(root) {
    const btn = root.querySelector('.cdd-btn'), menu = root.querySelector('.cdd-menu');
    btn.onclick = e => { e.stopPropagation(); menu.classList.toggle('hidden'); };
    menu.querySelectorAll('div[data-v]').forEach(o => o.onclick = () => {
      root.dataset.value = o.dataset.v; btn.textContent = o.dataset.v ? 'Crew ' + o.dataset.v : 'Unassigned'; menu.classList.add('hidden');
    });
  }

  open(id) {
    const r = this.get(id);
    const closed = r.status === 'Duplicate';
    const body = `<div class="split"><div>
        <dl class="kv"><dt>Type</dt><dd>${this.esc(r.type)}</dd><dt>Address</dt><dd>${this.esc(r.address)}</dd><dt>District</dt><dd>${r.district}</dd>
        <dt>Caller</dt><dd>${this.esc(r.caller)} · ${this.esc(r.phone)}</dd><dt>Reported</dt><dd>${this.fmt(r.reported)} 2025</dd>
        <dt>Details</dt><dd>${this.esc(r.description)}</dd>${r.duplicateOf ? `<dt>Duplicate of</dt><dd>${r.duplicateOf}</dd>` : ''}</dl>
        <div class="notes"><b>Notes</b><div id="noteList">${this.notesHtml(r)}</div>
        <textarea id="noteText" rows="2" placeholder="Add a note…" style="width:100%"></textarea>
        <button class="b" id="addNote" style="margin-top:4px">Add note</button></div>
      </div><div>
        <div class="fg"><label for="mStatus">Status</label><select id="mStatus" ${closed ? 'disabled' : ''}>${COLUMNS.map(c => `<option ${c === r.status ? 'selected' : ''}>${c}</option>`).join('')}${closed ? '<option selected>Duplicate</option>' : ''}</select></div>
        <div class="fg"><span class="lbl">Priority</span><div class="prio">${['P1', 'P2', 'P3', 'P4'].map(p => `<label><input type="radio" name="mPri" value="${p}" ${p === r.priority ? 'checked' : ''}> ${p}</label>`).join('')}</div></div>
        <div class="fg"><span class="lbl">Crew</span>${this.crewDropdown('mCrew', r.crew)}</div>
        <div class="err" id="mErr"></div>
      </div></div>`;
    const m = this.modal(`${r.id} · ${this.esc(r.address)}`, body, [
      ...(closed ? [] : [{ label: 'Mark as duplicate…', cls: 'red left', fn: () => this.duplicate(r) }]),
      { label: 'Close', fn: () => this.close() },
      ...(closed ? [] : [{ label: 'Save changes', cls: 'primary', fn: () => this.save(r) }])
    ]);
    this.wireDropdown(m.querySelector('#mCrew'));
    m.querySelector('#addNote').onclick = () => {
      const t = m.querySelector('#noteText').value.trim();
      if (!t) return;
      r.notes.push({ at: this.s.today, text: t });
      m.querySelector('#noteText').value = '';
      m.querySelector('#noteList').innerHTML = this.notesHtml(r);
      this.toast('Note added to ' + r.id);
    };
  }
  notesHtml(r) { return r.notes.map(n => `<div class="note"><i>${this.fmt(n.at)}</i> — ${this.esc(n.text)}</div>`).join('') || '<div class="note"><i>No notes yet.</i></div>'; }

  save(r) {
    const m = this.$('#modal');
    let status = m.querySelector('#mStatus').value;
    const priority = m.querySelector('input[name=mPri]:checked').value;
    const crew = m.querySelector('#mCrew').dataset.value || null;
    if (crew && (status === 'Reported' || status === 'Triaged')) status = 'Crew assigned';
    if (status === 'Crew assigned' && !crew) { m.querySelector('#mErr').textContent = 'Pick a crew before moving to "Crew assigned".'; return; }
    if (status === 'Fixed' && r.status !== 'Fixed') r.fixedOn = this.s.today;
    if (status !== 'Fixed') r.fixedOn = null;
    r.status = status; r.priority = priority; r.crew = crew;
    this.close(); this.toast(`${r.id} saved`); this.render();
  }

  duplicate(r) {
    const cands = this.s.reports.filter(x => x.id !== r.id && x.status !== 'Duplicate' && x.status !== 'Fixed');
    this.modal(`Mark ${r.id} as a duplicate`, `<p style="margin-top:0">${this.esc(r.address)} (${r.district}) — ${this.esc(r.type)}</p>
      <div class="fg"><label for="dupOf">Same incident as</label><select id="dupOf"><option value="">— choose the original report —</option>
      ${cands.map(x => `<option value="${x.id}">${x.id} · ${this.esc(x.address)} · ${x.district}</option>`).join('')}</select></div>
      <div class="err" id="dErr"></div>`, [
      { label: 'Back', fn: () => this.open(r.id) },
      { label: 'Mark duplicate', cls: 'primary', fn: () => {
        const v = this.$('#dupOf').value;
        if (!v) { this.$('#dErr').textContent = 'Choose the original report.'; return; }
        r.status = 'Duplicate'; r.duplicateOf = v; r.crew = null; r.fixedOn = null;
        this.close(); this.toast(`${r.id} merged into ${v}`); this.render();
      } }
    ], 520);
  }

  newReport() {
    const body = `<div class="fg"><label for="nAddr">Address / location</label><input type="text" id="nAddr" placeholder="e.g. outside 12 High Street"></div>
      <div class="grid2"><div class="fg"><label for="nDistrict">District</label><select id="nDistrict"><option value="">— select —</option>${DISTRICTS.map(d => `<option>${d}</option>`).join('')}</select></div>
      <div class="fg"><label for="nType">Leak type</label><select id="nType"><option value="">— select —</option>${TYPES.map(t => `<option>${t}</option>`).join('')}</select></div>
      <div class="fg"><label for="nCaller">Caller name</label><input type="text" id="nCaller"></div>
      <div class="fg"><label for="nPhone">Caller phone</label><input type="text" id="nPhone"></div></div>
      <div class="fg"><span class="lbl">Priority</span><div class="prio">${['P1', 'P2', 'P3', 'P4'].map(p => `<label><input type="radio" name="nPri" value="${p}" ${p === 'P3' ? 'checked' : ''}> ${p}</label>`).join('')}</div></div>
      <div class="fg"><label for="nDesc">What did the caller see?</label><textarea id="nDesc" rows="3"></textarea></div>
      <div class="err" id="nErr"></div>`;
    this.modal('Log a new leak report', body, [
      { label: 'Cancel', fn: () => this.close() },
      { label: 'Log report', cls: 'primary', fn: () => {
        const v = id => this.$(id).value.trim();
        const need = [['#nAddr', 'address'], ['#nDistrict', 'district'], ['#nType', 'leak type'], ['#nCaller', 'caller name'], ['#nPhone', 'caller phone']].find(([id]) => !v(id));
        if (need) { this.$('#nErr').textContent = `Please fill in the ${need[1]}.`; return; }
        const r = rpt('LK-' + this.s.nextRef++, 'Reported', v('#nType'), v('#nAddr'), v('#nDistrict'), this.$('input[name=nPri]:checked').value, null, v('#nCaller'), v('#nPhone'), this.s.today, v('#nDesc'));
        this.s.reports.push(r);
        this.close(); this.toast(`${r.id} logged`); this.render();
      } }
    ], 600);
  }
}

window.desk = new LeakDesk(window.state);
