/* Reelhouse — screening scheduler for The Picturedrome */
(function () {
  'use strict';
  const TODAY = '2025-02-14';
  const DAYS = ['2025-02-14', '2025-02-15', '2025-02-16', '2025-02-17'];
  const FORMATS = ['2D', '3D', 'Subtitled', 'Relaxed', 'Parent & baby'];
  const RATINGS = ['U', 'PG', '12A', '15', '18'];
  const DAY_START = 10 * 60, DAY_END = 24 * 60;

  const screens = [
    { id: 'S1', name: 'Screen 1', seats: 180, threeD: true, wheelchair: 6 },
    { id: 'S2', name: 'Screen 2', seats: 96, threeD: false, wheelchair: 4 },
    { id: 'S3', name: 'Screen 3', seats: 52, threeD: false, wheelchair: 2 },
    { id: 'ST', name: 'The Studio', seats: 28, threeD: false, wheelchair: 2 }
  ];
  const films = [
    ['F-01', 'Paddington in Peru', 106, 'PG', 'StudioCanal', 'Now showing', '#d9822b'],
    ['F-02', 'Nosferatu', 132, '15', 'Universal', 'Now showing', '#5a4e7a'],
    ['F-03', 'Anora', 139, '18', 'Universal', 'Now showing', '#c2417a'],
    ['F-04', 'The Brutalist', 200, '15', 'Universal', 'Now showing', '#8a7a5c'],
    ['F-05', 'A Complete Unknown', 141, '15', 'Disney', 'Now showing', '#4f7a9a'],
    ['F-06', 'Conclave', 120, '12A', 'Black Bear', 'Now showing', '#a33b2f'],
    ['F-07', 'Flow', 85, 'U', 'Curzon', 'Now showing', '#3f8f84'],
    ['F-08', 'Starfall Protocol', 118, '12A', 'Marquee Pictures', 'Now showing', '#3558a8'],
    ['F-09', 'September 5', 95, '15', 'Paramount', 'Now showing', '#6d6f73'],
    ['F-10', 'Dog Man', 89, 'U', 'Universal', 'Now showing', '#d4b531'],
    ['F-11', 'Bird', 119, '15', 'MUBI', 'Coming soon', '#6a8f4b'],
    ['F-12', 'Gladiator II', 148, '15', 'Paramount', 'Run ended', '#8c6a3f']
  ].map(f => ({ id: f[0], title: f[1], runtime: f[2], rating: f[3], distributor: f[4], status: f[5], colour: f[6] }));

  function SC(n, film, screen, date, time, format, sold, status) {
    return { id: 'SC-' + n, film, screen, date, time, format, sold, status: status || 'On sale', priceBand: time < '17:00' ? 'Off-peak' : 'Standard', cancelReason: null, notifyHolders: null };
  }
  const screenings = [
    SC(801, 'F-01', 'S1', '2025-02-14', '11:00', '2D', 64), SC(802, 'F-08', 'S1', '2025-02-14', '14:00', '2D', 120), SC(803, 'F-08', 'S1', '2025-02-14', '17:00', '3D', 180, 'Sold out'),
    SC(804, 'F-08', 'S1', '2025-02-14', '20:00', '2D', 151), SC(805, 'F-06', 'S2', '2025-02-14', '13:30', '2D', 40), SC(806, 'F-05', 'S2', '2025-02-14', '16:30', '2D', 71),
    SC(807, 'F-02', 'S2', '2025-02-14', '20:15', '2D', 88), SC(808, 'F-03', 'S3', '2025-02-14', '14:15', '2D', 22), SC(809, 'F-03', 'S3', '2025-02-14', '19:00', '2D', 50),
    SC(810, 'F-07', 'ST', '2025-02-14', '12:00', '2D', 9), SC(811, 'F-09', 'ST', '2025-02-14', '18:30', '2D', 20),
    SC(812, 'F-01', 'S1', '2025-02-15', '10:30', '2D', 130), SC(813, 'F-10', 'S1', '2025-02-15', '13:00', '2D', 95), SC(814, 'F-08', 'S1', '2025-02-15', '16:00', '3D', 140),
    SC(815, 'F-08', 'S1', '2025-02-15', '19:30', '2D', 160), SC(816, 'F-04', 'S2', '2025-02-15', '13:00', '2D', 61), SC(817, 'F-06', 'S3', '2025-02-15', '15:00', '2D', 30),
    SC(818, 'F-02', 'S2', '2025-02-15', '21:15', '2D', 33), SC(819, 'F-03', 'S3', '2025-02-15', '18:30', '2D', 48), SC(820, 'F-07', 'ST', '2025-02-15', '11:00', '2D', 12),
    SC(821, 'F-09', 'ST', '2025-02-15', '17:00', '2D', 18), SC(822, 'F-05', 'ST', '2025-02-15', '20:00', '2D', 26),
    SC(823, 'F-01', 'S1', '2025-02-16', '10:30', '2D', 88), SC(824, 'F-10', 'S1', '2025-02-16', '13:00', '2D', 70), SC(825, 'F-08', 'S1', '2025-02-16', '16:00', '2D', 90),
    SC(826, 'F-02', 'S2', '2025-02-16', '18:00', '2D', 25), SC(827, 'F-03', 'S3', '2025-02-16', '17:30', '2D', 15), SC(828, 'F-07', 'ST', '2025-02-16', '14:00', '2D', 6),
    SC(829, 'F-05', 'S2', '2025-02-16', '14:30', 'Subtitled', 10),
    SC(830, 'F-06', 'S2', '2025-02-17', '19:00', '2D', 5), SC(831, 'F-04', 'S1', '2025-02-17', '18:00', '2D', 12), SC(832, 'F-01', 'S3', '2025-02-17', '16:00', 'Relaxed', 8),
    SC(833, 'F-02', 'S3', '2025-02-17', '20:00', '2D', 4)
  ];

  window.state = {
    section: 'schedule',
    today: TODAY,
    day: '2025-02-14',
    layout: 'timeline',
    filmFilter: 'all',
    screens, films, screenings,
    settings: { cleanGap: 20, autoPublish: false, showSold: true, onlineBooking: true, defaultBand: 'Standard', adsMinutes: 15 },
    seq: { screening: 834 }
  };
  const S = window.state;
  const view = document.getElementById('view');
  const side = document.getElementById('side');
  const modalBg = document.getElementById('modal');
  let menu = null, sideId = null;

  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function dd(s) { const p = s.split('-'); return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])); }
  const fmtDay = s => { const d = dd(s); return DOW[d.getUTCDay()] + ' ' + d.getUTCDate() + ' ' + MON[d.getUTCMonth()]; };
  const toMin = t => { const p = t.split(':'); return +p[0] * 60 + +p[1]; };
  const toTime = m => String(Math.floor(m / 60) % 24).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0');
  const film = id => S.films.find(f => f.id === id);
  const screen = id => S.screens.find(x => x.id === id);
  const scr = id => S.screenings.find(x => x.id === id);
  const endTime = s => toTime(toMin(s.time) + film(s.film).runtime);

  function toast(msg, bad) {
    const t = document.getElementById('toast');
    t.className = 'toast' + (bad ? ' bad' : '');
    t.innerHTML = '<span>' + esc(msg) + '</span><button aria-label="Dismiss">✕</button>';
    t.querySelector('button').onclick = () => t.classList.add('hidden');
  }
  document.getElementById('today').textContent = 'Today · ' + fmtDay(TODAY) + ' 2025';

  function clash(filmId, screenId, date, time, ignoreId) {
    const gap = S.settings.cleanGap;
    const a0 = toMin(time), a1 = a0 + film(filmId).runtime + gap;
    return S.screenings.find(o => o.id !== ignoreId && o.status !== 'Cancelled' && o.screen === screenId && o.date === date && (() => {
      const b0 = toMin(o.time), b1 = b0 + film(o.film).runtime + gap; return a0 < b1 && b0 < a1;
    })());
  }

  function closeMenu() { if (menu) { menu.remove(); menu = null; } }
  document.addEventListener('click', e => { if (menu && !menu.contains(e.target)) closeMenu(); });
  function popMenu(anchor, items) {
    closeMenu();
    const m = document.createElement('div'); m.className = 'menu'; m.setAttribute('role', 'menu');
    items.forEach(it => {
      const b = document.createElement('button'); b.textContent = it[0]; b.setAttribute('role', 'menuitem'); if (it[2]) b.className = 'red';
      b.onclick = e => { e.stopPropagation(); closeMenu(); it[1](); }; m.appendChild(b);
    });
    document.body.appendChild(m);
    const r = anchor.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 4) + 'px'; m.style.left = Math.max(10, r.right - 220) + 'px';
    menu = m;
  }

  function openModal(title, body, okLabel, onOk, danger) {
    modalBg.innerHTML = '<div class="modal" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><div class="mhd"><h3>' + esc(title) + '</h3><button class="ix" data-x aria-label="Close">✕</button></div>' +
      '<div class="mbd">' + body + '<div class="merr" id="merr"></div></div><div class="mft"><button class="btn ghost" data-x>Cancel</button><button class="btn ' + (danger ? 'red' : 'accent') + '" id="mok">' + esc(okLabel) + '</button></div></div>';
    modalBg.classList.remove('hidden');
    const m = modalBg.firstChild;
    m.querySelectorAll('[data-x]').forEach(b => b.onclick = closeModal);
    m.querySelector('#mok').onclick = () => onOk(m, t => { m.querySelector('#merr').textContent = t; });
    return m;
  }
  function closeModal() { modalBg.classList.add('hidden'); modalBg.innerHTML = ''; }
  document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });

  // ---------------- render ----------------
  function render() {
    closeMenu();
    document.querySelectorAll('.dock-btn').forEach(b => b.classList.toggle('on', b.dataset.sec === S.section));
    if (S.section === 'schedule') renderSchedule();
    else if (S.section === 'films') renderFilms();
    else if (S.section === 'screens') renderScreens();
    else renderSettings();
    renderSide();
  }

  function renderSchedule() {
    const list = S.screenings.filter(s => s.date === S.day && (S.filmFilter === 'all' || s.film === S.filmFilter));
    let h = '<div class="top"><div><h1>Schedule</h1><p class="dim">' + S.screenings.filter(s => s.status !== 'Cancelled').length + ' screenings across ' + DAYS.length + ' days · cleaning gap ' + S.settings.cleanGap + ' min</p></div>' +
      '<button class="btn accent" id="add-scr">+ Add screening</button></div>';
    h += '<div class="controls"><div class="daytabs" role="tablist">' + DAYS.map(d => '<button role="tab" data-day="' + d + '" class="' + (d === S.day ? 'on' : '') + '">' + (d === TODAY ? 'Today' : fmtDay(d).split(' ')[0]) + '<b>' + fmtDay(d).split(' ').slice(1).join(' ') + '</b></button>').join('') + '</div>' +
      '<select id="film-f" aria-label="Filter by film"><option value="all">All films</option>' + S.films.filter(f => f.status === 'Now showing').map(f => '<option value="' + f.id + '"' + (S.filmFilter === f.id ? ' selected' : '') + '>' + esc(f.title) + '</option>').join('') + '</select>' +
      '<div class="seg"><button data-layout="timeline" class="' + (S.layout === 'timeline' ? 'on' : '') + '" title="Timeline view">Timeline</button><button data-layout="list" class="' + (S.layout === 'list' ? 'on' : '') + '" title="List view">List</button></div></div>';
    if (S.layout === 'timeline') {
      h += '<div class="tl"><div class="tl-head"><div class="tl-lab"></div><div class="tl-scale">';
      for (let hr = 10; hr < 24; hr++) h += '<span style="left:' + ((hr * 60 - DAY_START) / (DAY_END - DAY_START) * 100) + '%">' + hr + ':00</span>';
      h += '</div></div>';
      S.screens.forEach(sc => {
        h += '<div class="tl-row"><div class="tl-lab"><b>' + sc.name + '</b><small>' + sc.seats + ' seats' + (sc.threeD ? ' · 3D' : '') + '</small></div><div class="tl-track">';
        list.filter(s => s.screen === sc.id).forEach(s => {
          const f = film(s.film), st = toMin(s.time);
          const left = (st - DAY_START) / (DAY_END - DAY_START) * 100, w = f.runtime / (DAY_END - DAY_START) * 100;
          h += '<button class="blk' + (s.status === 'Cancelled' ? ' cx' : '') + (sideId === s.id ? ' sel' : '') + '" data-scr="' + s.id + '" style="left:' + left + '%;width:' + w + '%;--c:' + f.colour + '" aria-label="' + esc(f.title) + ' ' + s.time + ', ' + sc.name + (s.status === 'Cancelled' ? ' (cancelled)' : '') + '" title="' + esc(f.title) + ' · ' + s.time + '–' + endTime(s) + '">' +
            '<span class="bt">' + esc(f.title) + '</span><span class="bm">' + s.time + (s.format !== '2D' ? ' · ' + s.format : '') + (s.status === 'Sold out' ? ' · SOLD OUT' : s.status === 'Cancelled' ? ' · CANCELLED' : '') + '</span></button>';
        });
        h += '</div></div>';
      });
      h += '</div>';
    } else {
      const rows = list.slice().sort((a, b) => a.time < b.time ? -1 : a.time > b.time ? 1 : a.screen < b.screen ? -1 : 1);
      h += '<table class="tbl"><thead><tr><th>Time</th><th>Film</th><th>Cert</th><th>Screen</th><th>Format</th><th>Sales</th><th>Status</th><th></th></tr></thead><tbody>';
      rows.forEach(s => {
        const f = film(s.film), sc = screen(s.screen), pct = Math.round(s.sold / sc.seats * 100);
        h += '<tr class="' + (s.status === 'Cancelled' ? 'cx' : '') + '"><td class="tm">' + s.time + '<small>–' + endTime(s) + '</small></td><td><span class="dot" style="background:' + f.colour + '"></span>' + esc(f.title) + '</td><td><span class="cert c' + f.rating + '">' + f.rating + '</span></td>' +
          '<td>' + sc.name + '</td><td>' + s.format + '</td><td>' + (S.settings.showSold ? '<div class="meter"><i style="width:' + pct + '%"></i></div><small>' + s.sold + '/' + sc.seats + '</small>' : '—') + '</td>' +
          '<td><span class="badge b-' + s.status.replace(' ', '').toLowerCase() + '">' + s.status + '</span></td><td class="ra"><button class="more" data-more="' + s.id + '" aria-label="Actions for ' + esc(f.title) + ' at ' + s.time + '" title="Actions">⋯</button></td></tr>';
      });
      if (!rows.length) h += '<tr><td colspan="8" class="nil">No screenings.</td></tr>';
      h += '</tbody></table>';
    }
    view.innerHTML = h;
    document.getElementById('add-scr').onclick = () => addScreening();
    document.getElementById('film-f').onchange = e => { S.filmFilter = e.target.value; renderSchedule(); };
  }

  function renderSide() {
    const s = sideId && scr(sideId);
    document.body.classList.toggle('with-side', !!(s && S.section === 'schedule'));
    if (!s || S.section !== 'schedule') { side.classList.add('hidden'); side.innerHTML = ''; return; }
    const f = film(s.film), sc = screen(s.screen);
    side.classList.remove('hidden');
    side.innerHTML = '<div class="sd-h" style="--c:' + f.colour + '"><button class="ix" id="sd-x" aria-label="Close details">✕</button><div class="sd-k">' + s.id + '</div><h2>' + esc(f.title) + '</h2><span class="cert c' + f.rating + '">' + f.rating + '</span> <span class="dim">' + f.runtime + ' min</span></div>' +
      '<dl class="sd-dl"><dt>When</dt><dd>' + fmtDay(s.date) + ', ' + s.time + '–' + endTime(s) + '</dd><dt>Screen</dt><dd>' + sc.name + ' (' + sc.seats + ' seats)</dd><dt>Format</dt><dd>' + s.format + '</dd>' +
      '<dt>Price band</dt><dd>' + s.priceBand + '</dd><dt>Sold</dt><dd>' + s.sold + ' of ' + sc.seats + '</dd><dt>Status</dt><dd><span class="badge b-' + s.status.replace(' ', '').toLowerCase() + '">' + s.status + '</span></dd></dl>' +
      (s.status !== 'Cancelled' ? '<div class="sd-acts"><button class="btn" id="sd-move">Change screen or time</button><button class="btn red-out" id="sd-cancel">Cancel screening</button></div>' : '<p class="dim">Cancelled' + (s.cancelReason ? ': ' + esc(s.cancelReason) : '') + '</p>');
    document.getElementById('sd-x').onclick = () => { sideId = null; render(); };
    if (s.status !== 'Cancelled') {
      document.getElementById('sd-move').onclick = () => moveScreening(s);
      document.getElementById('sd-cancel').onclick = () => cancelScreening(s);
    }
  }

  function renderFilms() {
    let h = '<div class="top"><div><h1>Films</h1><p class="dim">Titles booked from distributors</p></div></div>';
    h += '<table class="tbl"><thead><tr><th>Title</th><th>Cert</th><th>Runtime</th><th>Distributor</th><th>Upcoming</th><th>Status</th><th></th></tr></thead><tbody>';
    S.films.forEach(f => {
      const n = S.screenings.filter(s => s.film === f.id && s.status !== 'Cancelled').length;
      h += '<tr><td><span class="dot" style="background:' + f.colour + '"></span><b>' + esc(f.title) + '</b></td><td><span class="cert c' + f.rating + '">' + f.rating + '</span></td><td>' + f.runtime + ' min</td><td>' + esc(f.distributor) + '</td><td>' + n + ' shows</td>' +
        '<td><span class="badge b-' + f.status.replace(/ /g, '').toLowerCase() + '">' + f.status + '</span></td><td class="ra"><button class="more" data-editfilm="' + f.id + '" aria-label="Edit ' + esc(f.title) + '" title="Edit film">✎</button></td></tr>';
    });
    view.innerHTML = h + '</tbody></table>';
  }

  function renderScreens() {
    let h = '<div class="top"><div><h1>Screens</h1><p class="dim">Auditoria and capacity</p></div></div><div class="scards">';
    S.screens.forEach(sc => {
      const n = S.screenings.filter(s => s.screen === sc.id && s.status !== 'Cancelled').length;
      h += '<div class="scard"><h3>' + sc.name + '</h3><div class="big">' + sc.seats + '<small> seats</small></div><div class="dim">' + sc.wheelchair + ' wheelchair spaces · ' + (sc.threeD ? '3D capable' : '2D only') + '</div><div class="dim">' + n + ' screenings scheduled</div></div>';
    });
    view.innerHTML = h + '</div>';
  }

  function renderSettings() {
    const st = S.settings;
    const sw = (id, on, t, d) => '<div class="srow"><div><div class="st">' + t + '</div><div class="dim">' + d + '</div></div><label class="switch"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + ' aria-label="' + t + '"><span></span></label></div>';
    let h = '<div class="top"><div><h1>Settings</h1><p class="dim">Programming defaults for The Picturedrome</p></div></div><div class="sbox">';
    h += '<div class="srow"><div><div class="st">Cleaning gap between shows</div><div class="dim">Minimum minutes after a film ends before the next can start</div></div><span><input type="number" id="st-gap" min="0" max="60" value="' + st.cleanGap + '"> min</span></div>';
    h += '<div class="srow"><div><div class="st">Pre-show adverts & trailers</div><div class="dim">Shown on the website listing</div></div><span><input type="number" id="st-ads" min="0" max="40" value="' + st.adsMinutes + '"> min</span></div>';
    h += '<div class="srow"><div><div class="st">Default price band</div><div class="dim">Used for new screenings</div></div><select id="st-band">' + ['Off-peak', 'Standard', 'Premium'].map(b => '<option' + (b === st.defaultBand ? ' selected' : '') + '>' + b + '</option>').join('') + '</select></div>';
    h += sw('st-pub', st.autoPublish, 'Auto-publish to website', 'New screenings appear on the public listings straight away');
    h += sw('st-online', st.onlineBooking, 'Online booking', 'Allow tickets to be sold through the website');
    h += sw('st-sold', st.showSold, 'Show sales on schedule', 'Display sold seats in the list view');
    h += '<div class="sfoot"><button class="btn accent" id="st-save">Save</button></div></div>';
    view.innerHTML = h;
    document.getElementById('st-save').onclick = () => {
      const gap = Number(document.getElementById('st-gap').value), ads = Number(document.getElementById('st-ads').value);
      if (!(gap >= 0 && gap <= 60) || !(ads >= 0 && ads <= 40)) { toast('Check the minute values', true); return; }
      S.settings = { cleanGap: gap, adsMinutes: ads, defaultBand: document.getElementById('st-band').value, autoPublish: document.getElementById('st-pub').checked,
        onlineBooking: document.getElementById('st-online').checked, showSold: document.getElementById('st-sold').checked };
      toast('Settings saved');
    };
  }

  // ---------------- dialogs ----------------
  function screenOpts(sel) { return S.screens.map(x => '<option value="' + x.id + '"' + (x.id === sel ? ' selected' : '') + '>' + x.name + ' (' + x.seats + ')</option>').join(''); }

  function addScreening() {
    openModal('Add screening',
      '<label class="f">Film<select id="a-film"><option value="">Select film…</option>' + S.films.filter(f => f.status !== 'Run ended').map(f => '<option value="' + f.id + '">' + esc(f.title) + ' (' + f.rating + ', ' + f.runtime + ' min)' + (f.status === 'Coming soon' ? ' — coming soon' : '') + '</option>').join('') + '</select></label>' +
      '<div class="row2"><label class="f">Screen<select id="a-screen"><option value="">Select…</option>' + screenOpts('') + '</select></label><label class="f">Date<input type="date" id="a-date" min="' + TODAY + '" value="' + S.day + '"></label>' +
      '<label class="f">Start time<input type="time" id="a-time" step="300"></label></div>' +
      '<fieldset class="f"><legend>Format</legend><div class="chips">' + FORMATS.map(x => '<label><input type="radio" name="a-fmt" value="' + x + '"' + (x === '2D' ? ' checked' : '') + '> ' + x + '</label>').join('') + '</div></fieldset>' +
      '<label class="f">Price band<select id="a-band">' + ['Off-peak', 'Standard', 'Premium'].map(b => '<option' + (b === S.settings.defaultBand ? ' selected' : '') + '>' + b + '</option>').join('') + '</select></label>' +
      '<label class="cbx"><input type="checkbox" id="a-sale" checked> Put on sale immediately</label>',
      'Add to schedule', (m, err) => {
        const f = m.querySelector('#a-film').value, sc = m.querySelector('#a-screen').value, date = m.querySelector('#a-date').value, time = m.querySelector('#a-time').value;
        const fmt = m.querySelector('input[name=a-fmt]:checked').value;
        if (!f || !sc || !date || !time) { err('Film, screen, date and start time are all required.'); return; }
        if (date < TODAY) { err('Cannot schedule in the past.'); return; }
        if (toMin(time) < 9 * 60) { err('The building opens at 09:00.'); return; }
        if (fmt === '3D' && !screen(sc).threeD) { err(screen(sc).name + ' is not equipped for 3D.'); return; }
        const c = clash(f, sc, date, time, null);
        if (c) { err('Clashes with ' + film(c.film).title + ' at ' + c.time + ' in ' + screen(sc).name + ' (including ' + S.settings.cleanGap + ' min cleaning).'); return; }
        const s = SC(S.seq.screening++, f, sc, date, time, fmt, 0, m.querySelector('#a-sale').checked ? 'On sale' : 'Not on sale');
        s.priceBand = m.querySelector('#a-band').value;
        S.screenings.push(s);
        if (DAYS.includes(date)) S.day = date;
        closeModal(); toast(film(f).title + ' added · ' + fmtDay(date) + ' ' + time); render();
      });
  }

  function moveScreening(s) {
    const f = film(s.film);
    openModal('Change screen or time · ' + f.title,
      '<p class="dim">' + s.id + ' · currently ' + screen(s.screen).name + ', ' + fmtDay(s.date) + ' at ' + s.time + ' · ' + s.sold + ' tickets sold</p>' +
      '<div class="row2"><label class="f">Screen<select id="m-screen">' + screenOpts(s.screen) + '</select></label><label class="f">Date<input type="date" id="m-date" value="' + s.date + '"></label>' +
      '<label class="f">Start time<input type="time" id="m-time" step="300" value="' + s.time + '"></label></div>' +
      '<label class="cbx"><input type="checkbox" id="m-notify" checked> Email ticket holders about the change</label>',
      'Save changes', (m, err) => {
        const sc = m.querySelector('#m-screen').value, date = m.querySelector('#m-date').value, time = m.querySelector('#m-time').value;
        if (!date || !time) { err('Enter a date and time.'); return; }
        if (date < TODAY) { err('Cannot move into the past.'); return; }
        if (s.sold > screen(sc).seats) { err(s.sold + ' tickets sold — ' + screen(sc).name + ' only has ' + screen(sc).seats + ' seats.'); return; }
        if (s.format === '3D' && !screen(sc).threeD) { err(screen(sc).name + ' is not equipped for 3D.'); return; }
        const c = clash(s.film, sc, date, time, s.id);
        if (c) { err('Clashes with ' + film(c.film).title + ' at ' + c.time + ' in ' + screen(sc).name + '.'); return; }
        if (sc === s.screen && date === s.date && time === s.time) { err('Nothing has changed.'); return; }
        s.screen = sc; s.date = date; s.time = time;
        if (s.status === 'Sold out' && s.sold < screen(sc).seats) s.status = 'On sale';
        closeModal(); toast(f.title + ' moved to ' + screen(sc).name + ', ' + fmtDay(date) + ' ' + time); render();
      });
  }

  function cancelScreening(s) {
    const f = film(s.film);
    openModal('Cancel screening?',
      '<p>' + esc(f.title) + ' · ' + screen(s.screen).name + ' · ' + fmtDay(s.date) + ' at ' + s.time + '</p><p class="warnbox">' + s.sold + ' tickets will be refunded automatically.</p>' +
      '<label class="f">Reason<select id="c-r">' + ['Low sales', 'Technical fault', 'Print / DCP unavailable', 'Private hire', 'Other'].map(r => '<option>' + r + '</option>').join('') + '</select></label>' +
      '<label class="cbx"><input type="checkbox" id="c-n" checked> Email ticket holders</label>',
      'Cancel screening', m => {
        s.status = 'Cancelled'; s.cancelReason = m.querySelector('#c-r').value; s.notifyHolders = m.querySelector('#c-n').checked;
        closeModal(); toast(f.title + ' at ' + s.time + ' cancelled'); render();
      }, true);
  }

  function editFilm(f) {
    openModal('Edit film',
      '<label class="f">Title<input type="text" id="ef-t" value="' + esc(f.title) + '"></label>' +
      '<div class="row2"><label class="f">Runtime (minutes)<input type="number" id="ef-r" min="1" max="400" value="' + f.runtime + '"></label>' +
      '<label class="f">BBFC certificate<select id="ef-c">' + RATINGS.map(r => '<option' + (r === f.rating ? ' selected' : '') + '>' + r + '</option>').join('') + '</select></label></div>' +
      '<label class="f">Distributor<input type="text" id="ef-d" value="' + esc(f.distributor) + '"></label>' +
      '<label class="f">Status<select id="ef-s">' + ['Coming soon', 'Now showing', 'Run ended'].map(x => '<option' + (x === f.status ? ' selected' : '') + '>' + x + '</option>').join('') + '</select></label>',
      'Save film', (m, err) => {
        const t = m.querySelector('#ef-t').value.trim(), r = parseInt(m.querySelector('#ef-r').value, 10);
        if (!t) { err('Title is required.'); return; }
        if (!(r > 0 && r <= 400)) { err('Runtime must be between 1 and 400 minutes.'); return; }
        f.title = t; f.runtime = r; f.rating = m.querySelector('#ef-c').value; f.distributor = m.querySelector('#ef-d').value.trim(); f.status = m.querySelector('#ef-s').value;
        closeModal(); toast(f.title + ' updated'); render();
      });
  }

  // ---------------- events ----------------
  document.querySelector('.dock').addEventListener('click', e => {
    const b = e.target.closest('.dock-btn'); if (!b) return;
    S.section = b.dataset.sec; if (S.section !== 'schedule') sideId = null; render();
  });
  view.addEventListener('click', e => {
    const b = e.target.closest('button'); if (!b) return;
    if (b.dataset.day) { S.day = b.dataset.day; sideId = null; render(); return; }
    if (b.dataset.layout) { S.layout = b.dataset.layout; render(); return; }
    if (b.dataset.scr) { sideId = b.dataset.scr; render(); return; }
    if (b.dataset.editfilm) { editFilm(film(b.dataset.editfilm)); return; }
    if (b.dataset.more) {
      e.stopPropagation();
      const s = scr(b.dataset.more);
      const items = [['View details', () => { sideId = s.id; render(); }]];
      if (s.status !== 'Cancelled') items.push(['Change screen or time…', () => moveScreening(s)], ['Cancel screening…', () => cancelScreening(s), true]);
      popMenu(b, items);
    }
  });

  render();
})();
