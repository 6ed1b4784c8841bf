'use strict';
// Wave 94.2 FM show rota. Hours run 06:00–24:00; anything not scheduled runs on automation.
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DATES = { Mon: 16, Tue: 17, Wed: 18, Thu: 19, Fri: 20, Sat: 21, Sun: 22 };
const FULL = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };
const GENRES = ['Talk', 'Pop', 'Rock', 'Jazz', 'Folk', 'Soul', 'Electronic', 'Classical', 'Community', 'Sport', 'World'];
const MODES = ['Live', 'Pre-recorded', 'Repeat'];
const FIRST = 6, LAST = 24, ROW = 33;

const show = (id, title, day, start, end, presenter, genre, mode = 'Live') =>
  ({ id, title, day, start, end, presenter, genre, mode, cover: null, cancelled: false });
const presenter = (id, name, phone, days) => ({ id, name, phone, availability: DAYS.reduce((o, d) => (o[d] = days.includes(d), o), {}) });

window.state = {
  week: '2025-06-16',
  presenters: [
    presenter('PR-01', 'Dev Patel', '07700 900101', ['Mon', 'Sat']),
    presenter('PR-02', 'Rosa Lima', '07700 900102', ['Tue', 'Thu', 'Sat', 'Sun']),
    presenter('PR-03', 'Eamon Walsh', '07700 900103', ['Fri', 'Sat', 'Sun']),
    presenter('PR-04', 'Kat Nyberg', '07700 900104', ['Tue', 'Thu']),
    presenter('PR-05', 'Mo Oduya', '07700 900105', ['Tue', 'Wed', 'Sat']),
    presenter('PR-06', 'Jenny Cho', '07700 900106', ['Mon', 'Tue', 'Fri']),
    presenter('PR-07', 'Alfie Barnes', '07700 900107', ['Mon', 'Sat', 'Sun']),
    presenter('PR-08', 'Sandra Kuti', '07700 900108', ['Mon', 'Wed', 'Sun']),
    presenter('PR-09', 'Tom Hargreaves', '07700 900109', ['Wed', 'Thu', 'Sat']),
    presenter('PR-10', 'Leila Farouk', '07700 900110', ['Fri']),
    presenter('PR-11', 'Gus McBride', '07700 900111', ['Wed', 'Fri', 'Sat']),
    presenter('PR-12', 'Rosa Lindgren', '07700 900112', ['Sat', 'Sun'])
  ],
  shows: [
    show('SH-101', 'Weekday Breakfast', 'Mon', '07:00', '09:00', 'PR-06', 'Talk'),
    show('SH-102', 'Weekday Breakfast', 'Tue', '07:00', '09:00', 'PR-06', 'Talk'),
    show('SH-103', 'Weekday Breakfast', 'Wed', '07:00', '09:00', 'PR-09', 'Talk'),
    show('SH-104', 'Weekday Breakfast', 'Thu', '07:00', '09:00', 'PR-09', 'Talk'),
    show('SH-105', 'Weekday Breakfast', 'Fri', '07:00', '09:00', 'PR-06', 'Talk'),
    show('SH-106', 'Lunchtime Local', 'Mon', '12:00', '13:00', 'PR-08', 'Community'),
    show('SH-107', 'Lunchtime Local', 'Wed', '12:00', '13:00', 'PR-08', 'Community'),
    show('SH-108', 'Rock Solid', 'Mon', '19:00', '21:00', 'PR-07', 'Rock'),
    show('SH-109', 'Soul Kitchen', 'Tue', '18:00', '20:00', 'PR-05', 'Soul'),
    show('SH-110', 'Local Sport Hour', 'Wed', '19:00', '20:00', 'PR-11', 'Sport'),
    show('SH-111', 'Jazz After Dark', 'Thu', '21:00', '23:00', 'PR-04', 'Jazz'),
    show('SH-112', 'Friday Night Frequencies', 'Fri', '21:00', '23:00', 'PR-10', 'Electronic'),
    show('SH-113', 'Saturday Breakfast', 'Sat', '08:00', '10:00', 'PR-01', 'Pop'),
    show('SH-114', 'Terrace Talk', 'Sat', '14:00', '16:00', 'PR-11', 'Sport'),
    show('SH-115', 'Sunday Classics', 'Sun', '10:00', '12:00', 'PR-12', 'Classical', 'Pre-recorded'),
    show('SH-116', 'Faith & Community', 'Sun', '18:00', '19:00', 'PR-08', 'Community', 'Pre-recorded'),
    show('SH-117', 'World Music Map', 'Thu', '14:00', '15:00', 'PR-02', 'World'),
    show('SH-118', 'Saturday Night Rewind', 'Sat', '20:00', '22:00', 'PR-07', 'Pop', 'Repeat')
  ],
  nextShow: 119
};

const Rota = {
  s: window.state,
  selected: null,
  view: 'schedule',
  el: id => document.getElementById(id),
  h: t => String(t ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])),
  hr: t => parseInt(t, 10),
  hh: n => String(n).padStart(2, '0') + ':00',
  pres(id) { return this.s.presenters.find(p => p.id === id); },
  show(id) { return this.s.shows.find(x => x.id === id); },

  toast(msg) {
    const t = document.createElement('div'); t.textContent = msg;
    this.el('toasts').append(t); setTimeout(() => t.remove(), 3000);
  },

  dialog(title, body, buttons, width = 480) {
    const d = this.el('dlg');
    d.style.width = width + 'px';
    d.innerHTML = `<div class="h"><span>${title}</span><button aria-label="Close">×</button></div><div class="b">${body}</div><div class="f"></div>`;
    d.querySelector('.h button').onclick = () => this.close();
    for (const b of buttons) {
      const x = document.createElement('button'); x.className = 'btn ' + (b.cls || ''); x.textContent = b.label; x.onclick = b.fn;
      d.querySelector('.f').append(x);
    }
    this.el('dim').classList.remove('hidden');
  },
  close() { this.el('dim').classList.add('hidden'); this.el('dlg').innerHTML = ''; },

  clash(day, start, end, exceptId) {
    return this.s.shows.find(x => x.id !== exceptId && !x.cancelled && x.day === day && this.hr(x.start) < end && this.hr(x.end) > start);
  },

  // ---------- timetable ----------
  drawGrid() {
    const tt = this.el('tt');
    let html = '<div></div>' + DAYS.map(d => `<div class="dh">${d}<small>${DATES[d]} Jun</small></div>`).join('');
    html += '<div class="hours">' + Array.from({ length: LAST - FIRST }, (_, i) => `<div class="hl">${this.hh(FIRST + i)}</div>`).join('') + '</div>';
    for (const d of DAYS) {
      html += `<div class="daycol" data-day="${d}">`;
      for (let hr = FIRST; hr < LAST; hr++) html += `<button class="slot" data-day="${d}" data-hr="${hr}" aria-label="Empty slot ${FULL[d]} ${this.hh(hr)}" title="${FULL[d]} ${this.hh(hr)} — automation">+ ${this.hh(hr)}</button>`;
      for (const x of this.s.shows.filter(x => x.day === d)) {
        const top = (this.hr(x.start) - FIRST) * ROW, height = (this.hr(x.end) - this.hr(x.start)) * ROW - 2;
        const p = this.pres(x.cover ? x.cover.presenter : x.presenter);
        const flag = x.cancelled ? 'CANCELLED' : x.mode === 'Pre-recorded' ? 'PRE-REC' : x.mode === 'Repeat' ? 'REPEAT' : '';
        html += `<div class="show g-${x.genre}${this.selected === x.id ? ' sel' : ''}${x.cancelled ? ' cancelled' : ''}" data-id="${x.id}" style="top:${top}px;height:${height}px" title="${this.h(x.title)} ${x.start}–${x.end}">
          <div class="t">${this.h(x.title)}</div><div class="p">${x.start}–${x.end} · ${this.h(p.name)}${x.cover ? ' (cover)' : ''}</div>${flag ? `<div class="flag">${flag}</div>` : ''}</div>`;
      }
      html += '</div>';
    }
    tt.innerHTML = html;
    tt.querySelectorAll('.show').forEach(el => el.onclick = () => { this.selected = el.dataset.id; this.drawGrid(); this.drawPanel(); });
    tt.querySelectorAll('.slot').forEach(el => el.onclick = () => this.showDialog(null, el.dataset.day, +el.dataset.hr));
  },

  drawPanel() {
    const p = this.el('panel');
    const x = this.selected && this.show(this.selected);
    if (!x) { p.innerHTML = '<div class="empty-panel">Select a show in the grid to see its details.<br><br>Empty hours run on automation — click one to schedule a show there.</div>'; return; }
    const pr = this.pres(x.presenter);
    p.innerHTML = `<h2>${this.h(x.title)}</h2><div class="when">${FULL[x.day]} ${DATES[x.day]} June · ${x.start}–${x.end}</div>
      ${x.cover ? `<div class="cover">Cover this week: <b>${this.h(this.pres(x.cover.presenter).name)}</b> (${x.cover.reason})</div>` : ''}
      ${x.cancelled ? '<div class="cover">Cancelled this week — automation will run.</div>' : ''}
      <dl><dt>Presenter</dt><dd>${this.h(pr.name)}</dd><dt>Genre</dt><dd>${x.genre}</dd><dt>Broadcast</dt><dd>${x.mode}</dd><dt>Show ID</dt><dd>${x.id}</dd><dt>Contact</dt><dd>${pr.phone}</dd></dl>
      <div class="btns">
        <button class="pb" data-a="edit">Edit show…</button>
        <button class="pb" data-a="cover">${x.cover ? 'Change cover…' : 'Arrange cover…'}</button>
        ${x.cover ? '<button class="pb" data-a="uncover">Remove cover</button>' : ''}
        <button class="pb" data-a="move">Move / resize…</button>
        ${x.cancelled ? '<button class="pb" data-a="restore">Restore this week</button>' : '<button class="pb warn" data-a="cancel">Cancel this week…</button>'}
      </div>`;
    p.querySelectorAll('[data-a]').forEach(b => b.onclick = () => this.action(x, b.dataset.a));
  },

  action(x, a) {
    if (a === 'edit') return this.showDialog(x);
    if (a === 'cover') return this.coverDialog(x);
    if (a === 'move') return this.moveDialog(x);
    if (a === 'uncover') { x.cover = null; this.toast('Cover removed'); }
    if (a === 'restore') {
      if (this.clash(x.day, this.hr(x.start), this.hr(x.end), x.id)) { this.toast('Slot is now taken — move the show first'); return; }
      x.cancelled = false; this.toast('Show restored');
    }
    if (a === 'cancel') {
      return this.dialog('Cancel this week?', `<p>Take <b>${this.h(x.title)}</b> (${FULL[x.day]} ${x.start}) off air for the week of 16 June? Automation will fill the slot.</p>`, [
        { label: 'Keep show', fn: () => this.close() },
        { label: 'Cancel show', cls: 'stop', fn: () => { x.cancelled = true; this.close(); this.toast(`${x.title} cancelled this week`); this.refresh(); } }
      ], 420);
    }
    this.refresh();
  },

  presenterOptions(selected, day, exclude) {
    return this.s.presenters.filter(p => p.id !== exclude).map(p =>
      `<option value="${p.id}" ${p.id === selected ? 'selected' : ''}>${this.h(p.name)}${day && !p.availability[day] ? ` (not usually free ${day})` : ''}</option>`).join('');
  },

  showDialog(x, day, hour) {
    const isNew = !x;
    const d = isNew ? day || 'Mon' : x.day;
    const st = isNew ? (hour ?? 10) : this.hr(x.start);
    const dur = isNew ? 1 : this.hr(x.end) - this.hr(x.start);
    const body = `<div class="fld"><label for="sTitle">Show title</label><input type="text" id="sTitle" value="${isNew ? '' : this.h(x.title)}"></div>
      ${isNew ? `<div class="two"><div class="fld"><label for="sDay">Day</label><select id="sDay">${DAYS.map(v => `<option value="${v}" ${v === d ? 'selected' : ''}>${FULL[v]}</option>`).join('')}</select></div>
        <div class="fld"><label for="sStart">Starts</label><select id="sStart">${Array.from({ length: LAST - FIRST }, (_, i) => FIRST + i).map(v => `<option value="${v}" ${v === st ? 'selected' : ''}>${this.hh(v)}</option>`).join('')}</select></div>
        <div class="fld"><label for="sDur">Length</label><select id="sDur">${[1, 2, 3].map(v => `<option value="${v}" ${v === dur ? 'selected' : ''}>${v} hour${v > 1 ? 's' : ''}</option>`).join('')}</select></div></div>`
        : `<p class="hint">${FULL[x.day]} ${x.start}–${x.end} — use “Move / resize” to change the time.</p>`}
      <div class="two"><div class="fld"><label for="sPres">Presenter</label><select id="sPres"><option value="">— choose —</option>${this.presenterOptions(isNew ? '' : x.presenter, null)}</select></div>
      <div class="fld"><label for="sGenre">Genre</label><select id="sGenre"><option value="">— choose —</option>${GENRES.map(g => `<option ${!isNew && x.genre === g ? 'selected' : ''}>${g}</option>`).join('')}</select></div></div>
      <div class="fld"><span class="cap">Broadcast</span><div class="rad">${MODES.map(m => `<label><input type="radio" name="sMode" value="${m}" ${(isNew ? 'Live' : x.mode) === m ? 'checked' : ''}> ${m}</label>`).join('')}</div></div>
      <div class="err" id="sErr"></div>`;
    this.dialog(isNew ? 'New show' : 'Edit show — ' + this.h(x.title), body, [
      { label: 'Cancel', fn: () => this.close() },
      { label: isNew ? 'Add to schedule' : 'Save show', cls: 'go', fn: () => {
        const title = this.el('sTitle').value.trim(), pres = this.el('sPres').value, genre = this.el('sGenre').value;
        const mode = document.querySelector('input[name=sMode]:checked').value;
        const err = m => { this.el('sErr').textContent = m; };
        if (!title) return err('Give the show a title.');
        if (!pres) return err('Choose a presenter.');
        if (!genre) return err('Choose a genre.');
        if (isNew) {
          const dd = this.el('sDay').value, s0 = +this.el('sStart').value, e0 = s0 + +this.el('sDur').value;
          if (e0 > LAST) return err('The show would run past midnight.');
          const c = this.clash(dd, s0, e0);
          if (c) return err(`That overlaps ${c.title} (${c.start}–${c.end}).`);
          const n = show('SH-' + this.s.nextShow++, title, dd, this.hh(s0), this.hh(e0), pres, genre, mode);
          this.s.shows.push(n); this.selected = n.id;
          this.toast(`${title} added — ${FULL[dd]} ${n.start}`);
        } else {
          x.title = title; x.presenter = pres; x.genre = genre; x.mode = mode;
          this.toast('Show saved');
        }
        this.close(); this.refresh();
      } }
    ]);
  },

  coverDialog(x) {
    const body = `<p style="margin-top:0"><b>${this.h(x.title)}</b> — ${FULL[x.day]} ${x.start}–${x.end}<br><span class="hint">Regular presenter: ${this.h(this.pres(x.presenter).name)}</span></p>
      <div class="fld"><label for="cPres">Cover presenter</label><select id="cPres"><option value="">— choose —</option>${this.presenterOptions(x.cover ? x.cover.presenter : '', x.day, x.presenter)}</select></div>
      <div class="fld"><span class="cap">Reason</span><div class="rad">${['Sickness', 'Holiday', 'Other'].map(r => `<label><input type="radio" name="cReason" value="${r}" ${(x.cover ? x.cover.reason : '') === r ? 'checked' : ''}> ${r}</label>`).join('')}</div></div>
      <div class="err" id="cErr"></div>`;
    this.dialog('Arrange cover', body, [
      { label: 'Cancel', fn: () => this.close() },
      { label: 'Confirm cover', cls: 'go', fn: () => {
        const p = this.el('cPres').value, r = document.querySelector('input[name=cReason]:checked');
        if (!p) { this.el('cErr').textContent = 'Choose who is covering.'; return; }
        if (!r) { this.el('cErr').textContent = 'Pick a reason.'; return; }
        x.cover = { presenter: p, reason: r.value };
        this.close(); this.toast(`${this.pres(p).name} covering ${x.title}`); this.refresh();
      } }
    ]);
  },

  moveDialog(x) {
    const dur = this.hr(x.end) - this.hr(x.start);
    const body = `<p style="margin-top:0"><b>${this.h(x.title)}</b> is on ${FULL[x.day]} ${x.start}–${x.end}.</p>
      <div class="two"><div class="fld"><label for="mDay">Day</label><select id="mDay">${DAYS.map(v => `<option value="${v}" ${v === x.day ? 'selected' : ''}>${FULL[v]}</option>`).join('')}</select></div>
      <div class="fld"><label for="mStart">Starts</label><select id="mStart">${Array.from({ length: LAST - FIRST }, (_, i) => FIRST + i).map(v => `<option value="${v}" ${v === this.hr(x.start) ? 'selected' : ''}>${this.hh(v)}</option>`).join('')}</select></div>
      <div class="fld"><label for="mDur">Length</label><select id="mDur">${[1, 2, 3].map(v => `<option value="${v}" ${v === dur ? 'selected' : ''}>${v} hour${v > 1 ? 's' : ''}</option>`).join('')}</select></div></div>
      <div class="err" id="mErr"></div>`;
    this.dialog('Move / resize show', body, [
      { label: 'Cancel', fn: () => this.close() },
      { label: 'Move show', cls: 'go', fn: () => {
        const d = this.el('mDay').value, s0 = +this.el('mStart').value, e0 = s0 + +this.el('mDur').value;
        if (e0 > LAST) { this.el('mErr').textContent = 'The show would run past midnight.'; return; }
        const c = this.clash(d, s0, e0, x.id);
        if (c) { this.el('mErr').textContent = `That overlaps ${c.title} (${FULL[c.day]} ${c.start}–${c.end}).`; return; }
        x.day = d; x.start = this.hh(s0); x.end = this.hh(e0);
        this.close(); this.toast(`${x.title} now ${FULL[d]} ${x.start}–${x.end}`); this.refresh();
      } }
    ], 520);
  },

  // ---------- presenters ----------
  drawPresenters() {
    const v = this.el('presentersView');
    v.innerHTML = `<table class="ptable"><thead><tr><th>ID</th><th>Presenter</th><th>Phone</th><th>Shows</th>${DAYS.map(d => `<th class="c">${d}</th>`).join('')}</tr></thead><tbody>
      ${this.s.presenters.map(p => `<tr><td>${p.id}</td><td><b>${this.h(p.name)}</b></td><td>${p.phone}</td><td>${this.s.shows.filter(x => x.presenter === p.id).map(x => this.h(x.title) + ' (' + x.day + ')').join(', ') || '—'}</td>
        ${DAYS.map(d => `<td class="c"><input type="checkbox" data-p="${p.id}" data-d="${d}" ${p.availability[d] ? 'checked' : ''} aria-label="${this.h(p.name)} available ${FULL[d]}"></td>`).join('')}</tr>`).join('')}
      </tbody></table><p class="hint" style="color:#a99cc9">Tick the days each presenter is normally free. Changes save straight away.</p>`;
    v.querySelectorAll('input[type=checkbox]').forEach(cb => cb.onchange = () => {
      this.pres(cb.dataset.p).availability[cb.dataset.d] = cb.checked;
      this.toast('Availability updated');
    });
  },

  refresh() {
    if (this.view === 'schedule') { this.drawGrid(); this.drawPanel(); } else this.drawPresenters();
  },

  init() {
    document.querySelectorAll('#views .v').forEach(b => b.onclick = () => {
      this.view = b.dataset.v;
      document.querySelectorAll('#views .v').forEach(x => x.classList.toggle('on', x === b));
      this.el('scheduleView').classList.toggle('hidden', this.view !== 'schedule');
      this.el('presentersView').classList.toggle('hidden', this.view !== 'presenters');
      this.el('panel').classList.toggle('hidden', this.view !== 'schedule');
      this.refresh();
    });
    this.el('addShow').onclick = () => this.showDialog(null, 'Mon', 10);
    this.el('dim').onclick = e => { if (e.target.id === 'dim') this.close(); };
    this.refresh();
  }
};
Rota.init();
