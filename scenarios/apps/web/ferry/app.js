(function () {
  'use strict';
  const sl = (id, date, dep, arr, from, to, vessel, deckUsed, pax) => ({ id, date, dep, arr, from, to, vessel, deckUsed, pax, status: 'Scheduled', delayMin: 0, delayReason: '' });
  window.state = {
    vessels: [
      { name: 'MV Skerry', built: 2009, deck: 40, pax: 250, status: 'In service', nextDock: '2024-10-07' },
      { name: 'MV Corran', built: 2001, deck: 30, pax: 180, status: 'In service', nextDock: '2024-08-19' },
      { name: 'MV Islay Star', built: 2016, deck: 60, pax: 400, status: 'In service', nextDock: '2025-01-13' },
      { name: 'MV Puffin', built: 1994, deck: 8, pax: 90, status: 'Relief vessel', nextDock: '2024-07-01' }
    ],
    sailings: [
      sl('S-1401', '2024-06-14', '07:30', '08:25', 'Portmere', 'Kell Island', 'MV Skerry', 36, 141),
      sl('S-1402', '2024-06-14', '08:00', '09:40', 'Portmere', 'Brannock', 'MV Islay Star', 44, 212),
      sl('S-1403', '2024-06-14', '09:15', '10:10', 'Kell Island', 'Portmere', 'MV Skerry', 22, 96),
      sl('S-1404', '2024-06-14', '11:00', '11:55', 'Portmere', 'Kell Island', 'MV Skerry', 31, 118),
      sl('S-1405', '2024-06-14', '12:45', '14:25', 'Brannock', 'Portmere', 'MV Islay Star', 38, 190),
      sl('S-1406', '2024-06-14', '13:30', '14:25', 'Kell Island', 'Portmere', 'MV Skerry', 27, 104),
      sl('S-1407', '2024-06-14', '16:45', '17:40', 'Portmere', 'Kell Island', 'MV Corran', 26, 133),
      sl('S-1408', '2024-06-14', '16:45', '18:25', 'Portmere', 'Brannock', 'MV Islay Star', 51, 287),
      sl('S-1409', '2024-06-14', '19:00', '19:55', 'Kell Island', 'Portmere', 'MV Corran', 17, 72),
      sl('S-1501', '2024-06-15', '07:30', '08:25', 'Portmere', 'Kell Island', 'MV Skerry', 33, 150),
      sl('S-1502', '2024-06-15', '08:00', '09:40', 'Portmere', 'Brannock', 'MV Islay Star', 57, 344),
      sl('S-1503', '2024-06-15', '09:15', '10:10', 'Portmere', 'Kell Island', 'MV Corran', 19, 88),
      sl('S-1504', '2024-06-15', '09:15', '10:10', 'Kell Island', 'Portmere', 'MV Skerry', 24, 97),
      sl('S-1505', '2024-06-15', '12:45', '14:25', 'Brannock', 'Portmere', 'MV Islay Star', 41, 230),
      sl('S-1506', '2024-06-15', '13:30', '14:25', 'Kell Island', 'Portmere', 'MV Skerry', 20, 81),
      sl('S-1507', '2024-06-15', '16:45', '17:40', 'Portmere', 'Kell Island', 'MV Corran', 28, 160),
      sl('S-1508', '2024-06-15', '19:00', '19:55', 'Kell Island', 'Portmere', 'MV Corran', 23, 110),
      sl('S-1509', '2024-06-15', '19:00', '20:40', 'Brannock', 'Portmere', 'MV Islay Star', 35, 205)
    ],
    bookings: [
      { ref: 'FB-58221', name: 'Alasdair Grant', sailing: 'S-1401', vehicle: 'Car', reg: 'SN68 KLD', pax: 2, status: 'Checked in' },
      { ref: 'FB-58222', name: 'Morag Campbell', sailing: 'S-1401', vehicle: 'Van', reg: 'SV19 HTR', pax: 1, status: 'Checked in' },
      { ref: 'FB-58223', name: 'Peter Lindgren', sailing: 'S-1401', vehicle: 'Motorcycle', reg: 'LK66 PWN', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58224', name: 'Eilidh Fraser', sailing: 'S-1402', vehicle: 'Car', reg: 'SF21 ABX', pax: 4, status: 'Confirmed' },
      { ref: 'FB-58225', name: 'Hamish Ross', sailing: 'S-1402', vehicle: 'Lorry / HGV', reg: 'SK15 TRK', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58226', name: 'Chloe Martin', sailing: 'S-1404', vehicle: 'Car', reg: 'YR20 MNC', pax: 3, status: 'Confirmed' },
      { ref: 'FB-58227', name: 'Kenji Watanabe', sailing: 'S-1404', vehicle: 'Camper / motorhome', reg: 'KW71 CMP', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58228', name: 'Isla Robertson', sailing: 'S-1404', vehicle: 'Car', reg: 'SA17 ROB', pax: 2, status: 'Cancelled' },
      { ref: 'FB-58229', name: 'Duncan Reid', sailing: 'S-1407', vehicle: 'Car', reg: 'SJ70 DRE', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58230', name: 'Anna Kowalska', sailing: 'S-1407', vehicle: 'Car + trailer', reg: 'WA22 KOW', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58231', name: 'Fergus Munro', sailing: 'S-1407', vehicle: 'Van', reg: 'SN14 FMV', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58232', name: 'Priti Shah', sailing: 'S-1408', vehicle: 'Car', reg: 'LB19 PSH', pax: 3, status: 'Confirmed' },
      { ref: 'FB-58233', name: 'Callum Stewart', sailing: 'S-1408', vehicle: 'Car', reg: 'SG18 CST', pax: 2, status: 'Waitlisted' },
      { ref: 'FB-58234', name: "Niamh O'Brien", sailing: 'S-1409', vehicle: 'Car', reg: '12-D-4471', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58235', name: 'Tomasz Nowak', sailing: 'S-1409', vehicle: 'Van', reg: 'WN68 TNV', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58236', name: 'Ruaridh MacInnes', sailing: 'S-1409', vehicle: 'Lorry / HGV', reg: 'SK64 HGV', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58237', name: 'Sophie Laurent', sailing: 'S-1405', vehicle: 'Car', reg: 'FR-482-LS', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58238', name: 'Gregor Allan', sailing: 'S-1406', vehicle: 'Car', reg: 'SC16 GAL', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58239', name: 'Mairi Docherty', sailing: 'S-1404', vehicle: 'Car', reg: 'SY67 MDO', pax: 4, status: 'Confirmed' },
      { ref: 'FB-58240', name: 'James Okonkwo', sailing: 'S-1404', vehicle: 'Car', reg: 'LJ20 OKW', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58241', name: 'Freya Hansen', sailing: 'S-1404', vehicle: 'Motorcycle', reg: 'FH69 BKE', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58242', name: 'Lachlan Bell', sailing: 'S-1501', vehicle: 'Car', reg: 'SB21 LBE', pax: 2, status: 'Confirmed' },
      { ref: 'FB-58243', name: 'Catriona Young', sailing: 'S-1503', vehicle: 'Car', reg: 'SY22 CYO', pax: 3, status: 'Confirmed' },
      { ref: 'FB-58244', name: 'Ewan Paterson', sailing: 'S-1504', vehicle: 'Van', reg: 'SP65 EPV', pax: 1, status: 'Confirmed' },
      { ref: 'FB-58245', name: 'Yusuf Demir', sailing: 'S-1507', vehicle: 'Car', reg: 'YD19 DMR', pax: 5, status: 'Confirmed' },
      { ref: 'FB-58246', name: 'Harriet Cole', sailing: 'S-1508', vehicle: 'Camper / motorhome', reg: 'HC70 VAN', pax: 2, status: 'Confirmed' }
    ],
    fares: [
      { route: 'Portmere ⇄ Kell Island', car: 38.5, van: 52.0, moto: 14.0, camper: 71.0, hgv: 148.0, adult: 6.2 },
      { route: 'Portmere ⇄ Brannock', car: 64.0, van: 88.0, moto: 22.5, camper: 118.0, hgv: 240.0, adult: 9.8 }
    ],
    settings: { autoWaitlist: true, smsDelayAlerts: true, onlineCheckin: false, holdUnpaidHours: 24, checkinCloseMin: 20 }
  };

  const S = window.state;
  const ui = { section: 'sailings', day: '2024-06-14', route: 'All routes', bq: '', bstatus: 'All statuses' };
  const UNITS = { 'Car': 1, 'Van': 1.5, 'Motorcycle': 0.5, 'Car + trailer': 2, 'Camper / motorhome': 2, 'Lorry / HGV': 4 };
  const DAYS = { '2024-06-14': 'Fri 14 Jun', '2024-06-15': 'Sat 15 Jun' };
  const $ = (s, r) => (r || document).querySelector(s);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const sail = id => S.sailings.find(s => s.id === id);
  const vessel = n => S.vessels.find(v => v.name === n);
  const sailLabel = s => DAYS[s.date] + ' · ' + s.dep + ' ' + s.from + ' → ' + s.to;

  function toast(msg, kind) {
    const t = document.createElement('div');
    t.className = 'toast ' + (kind || '');
    t.textContent = msg;
    $('#toasts').appendChild(t);
    setTimeout(() => t.classList.add('hide'), 3400);
    setTimeout(() => t.remove(), 3900);
  }
  function openModal(o) {
    const root = $('#modal-root');
    root.innerHTML = '<div class="overlay"><div class="modal' + (o.wide ? ' wide' : '') + '" role="dialog" aria-modal="true" aria-labelledby="m-title">' +
      '<div class="m-head"><h2 id="m-title">' + esc(o.title) + '</h2><button class="x" aria-label="Close">×</button></div>' +
      '<div class="m-body">' + o.body + '</div>' +
      '<div class="m-foot">' + (o.noCancel ? '' : '<button class="btn" data-a="c">' + esc(o.cancelText || 'Cancel') + '</button>') +
      '<button class="btn ' + (o.danger ? 'red' : 'blue') + '" data-a="ok">' + esc(o.okText || 'Save') + '</button></div></div></div>';
    const close = () => root.innerHTML = '';
    $('.x', root).onclick = close;
    if ($('[data-a=c]', root)) $('[data-a=c]', root).onclick = close;
    $('[data-a=ok]', root).onclick = () => {
      const err = o.onOk ? o.onOk($('.modal', root)) : null;
      if (err) { let e = $('.err', root); if (!e) { e = document.createElement('div'); e.className = 'err'; $('.m-body', root).appendChild(e); } e.textContent = err; return; }
      close();
    };
  }

  let menuEl = null;
  function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
  function menu(btn, items) {
    closeMenu();
    menuEl = document.createElement('div');
    menuEl.className = 'dd';
    menuEl.setAttribute('role', 'menu');
    items.forEach(it => {
      if (it === '-') { const hr = document.createElement('div'); hr.className = 'dd-sep'; menuEl.appendChild(hr); return; }
      const b = document.createElement('button');
      b.setAttribute('role', 'menuitem');
      b.className = 'dd-i' + (it.danger ? ' danger' : '');
      b.textContent = it.label;
      b.onclick = e => { e.stopPropagation(); closeMenu(); it.run(); };
      menuEl.appendChild(b);
    });
    document.body.appendChild(menuEl);
    const r = btn.getBoundingClientRect();
    const top = r.bottom + window.scrollY + 2;
    menuEl.style.top = top + 'px';
    menuEl.style.left = (r.right - 200) + 'px';
  }
  document.addEventListener('click', e => { if (menuEl && !menuEl.contains(e.target)) closeMenu(); });

  $('#topnav').onclick = e => {
    const b = e.target.closest('.tn'); if (!b) return;
    ui.section = b.dataset.section;
    document.querySelectorAll('.tn').forEach(x => x.classList.toggle('active', x === b));
    render(); window.scrollTo(0, 0);
  };

  function render() {
    closeMenu();
    ({ sailings: rSailings, bookings: rBookings, vessels: rVessels, fares: rFares, settings: rSettings })[ui.section]($('#view'));
  }

  function sBadge(s) {
    if (s.status === 'Delayed') return '<span class="st amber">Delayed +' + s.delayMin + ' min</span>';
    return '<span class="st ' + ({ Scheduled: 'green', Cancelled: 'red', Boarding: 'blue' }[s.status] || 'grey') + '">' + s.status + '</span>';
  }

  function rSailings(v) {
    const routes = ['All routes', 'Portmere → Kell Island', 'Kell Island → Portmere', 'Portmere → Brannock', 'Brannock → Portmere'];
    const rows = S.sailings.filter(s => (ui.day === 'all' || s.date === ui.day) && (ui.route === 'All routes' || s.from + ' → ' + s.to === ui.route));
    const todays = S.sailings.filter(s => s.date === '2024-06-14');
    v.innerHTML =
      '<div class="kpis">' +
      '<div class="kpi"><span>Sailings today</span><b>' + todays.length + '</b></div>' +
      '<div class="kpi"><span>Delayed</span><b class="amber-t">' + todays.filter(s => s.status === 'Delayed').length + '</b></div>' +
      '<div class="kpi"><span>Cancelled</span><b class="red-t">' + todays.filter(s => s.status === 'Cancelled').length + '</b></div>' +
      '<div class="kpi"><span>Vehicles booked today</span><b>' + todays.reduce((a, s) => a + Math.round(s.deckUsed), 0) + '</b></div>' +
      '<div class="kpi"><span>Sea state</span><b>Moderate · SW 5</b></div></div>' +
      '<div class="bar-row"><div class="seg" role="tablist">' +
      [['2024-06-14', 'Today · Fri 14 Jun'], ['2024-06-15', 'Sat 15 Jun'], ['all', 'All dates']].map(d => '<button role="tab" class="seg-b' + (ui.day === d[0] ? ' on' : '') + '" data-day="' + d[0] + '">' + d[1] + '</button>').join('') +
      '</div><label for="route-f" class="lbl">Route</label><select id="route-f">' + routes.map(r => '<option' + (r === ui.route ? ' selected' : '') + '>' + r + '</option>').join('') + '</select>' +
      '<span class="grow"></span><span class="muted">' + rows.length + ' sailings</span></div>' +
      '<table class="grid"><thead><tr><th>Sailing</th><th>Date</th><th>Dep.</th><th>Arr.</th><th>Route</th><th>Vessel</th><th>Car deck</th><th class="r">Pax</th><th>Status</th><th></th></tr></thead><tbody>' +
      rows.map(s => {
        const cap = vessel(s.vessel).deck, pct = Math.min(100, Math.round(100 * s.deckUsed / cap));
        return '<tr data-id="' + s.id + '" class="' + (s.status === 'Cancelled' ? 'cx' : '') + '"><td class="code">' + s.id + '</td><td>' + DAYS[s.date] + '</td><td><b>' + s.dep + '</b></td><td>' + s.arr + '</td><td>' + s.from + ' → ' + s.to + '</td><td>' + s.vessel + '</td>' +
          '<td><span class="meter"><span style="width:' + pct + '%" class="' + (pct >= 90 ? 'full' : pct >= 70 ? 'high' : '') + '"></span></span> ' + (Math.round(s.deckUsed * 2) / 2) + '/' + cap + '</td><td class="r">' + s.pax + '</td><td>' + sBadge(s) + '</td>' +
          '<td class="r"><button class="kebab" aria-label="Actions for sailing ' + s.id + '">⋯</button></td></tr>';
      }).join('') + '</tbody></table>';
    v.querySelectorAll('.seg-b').forEach(b => b.onclick = () => { ui.day = b.dataset.day; rSailings(v); });
    $('#route-f').onchange = e => { ui.route = e.target.value; rSailings(v); };
    v.querySelectorAll('.kebab').forEach(b => b.onclick = e => {
      e.stopPropagation();
      const s = sail(b.closest('tr').dataset.id);
      const items = [{ label: 'View manifest', run: () => manifest(s) }];
      if (s.status !== 'Cancelled') {
        items.push({ label: s.status === 'Delayed' ? 'Update delay…' : 'Mark delayed…', run: () => delayModal(s) });
        if (s.status === 'Delayed') items.push({ label: 'Clear delay', run: () => { s.status = 'Scheduled'; s.delayMin = 0; render(); toast(s.id + ' back on schedule'); } });
        items.push({ label: 'Change vessel…', run: () => vesselModal(s) });
        items.push('-');
        items.push({ label: 'Cancel sailing', danger: true, run: () => cancelSailing(s) });
      } else items.push({ label: 'Reinstate sailing', run: () => { s.status = 'Scheduled'; render(); toast(s.id + ' reinstated'); } });
      menu(b, items);
    });
  }

  function manifest(s) {
    const bs = S.bookings.filter(b => b.sailing === s.id);
    openModal({
      title: 'Manifest — ' + s.id, wide: true, noCancel: true, okText: 'Close',
      body: '<p class="muted">' + sailLabel(s) + ' · ' + s.vessel + '</p><table class="grid small"><thead><tr><th>Ref</th><th>Lead passenger</th><th>Vehicle</th><th>Reg.</th><th class="r">Pax</th><th>Status</th></tr></thead><tbody>' +
        (bs.length ? bs.map(b => '<tr><td class="code">' + b.ref + '</td><td>' + esc(b.name) + '</td><td>' + b.vehicle + '</td><td class="code">' + esc(b.reg) + '</td><td class="r">' + b.pax + '</td><td>' + b.status + '</td></tr>').join('') : '<tr><td colspan="6" class="muted">No vehicle bookings held in this console.</td></tr>') + '</tbody></table>'
    });
  }

  function delayModal(s) {
    openModal({
      title: 'Delay sailing ' + s.id,
      body: '<p class="muted">' + sailLabel(s) + ' · ' + s.vessel + '</p>' +
        '<div class="f"><label for="d-min">Expected delay</label><select id="d-min">' + [15, 30, 45, 60, 90, 120].map(m => '<option value="' + m + '"' + (m === (s.delayMin || 15) ? ' selected' : '') + '>' + (m < 60 ? m + ' minutes' : m === 60 ? '1 hour' : m === 90 ? '1 hour 30 minutes' : '2 hours') + '</option>').join('') + '</select></div>' +
        '<div class="f"><label for="d-reason">Reason</label><select id="d-reason"><option>Weather</option><option>Technical issue</option><option>Late inbound vessel</option><option>Port congestion</option><option>Crew availability</option></select></div>' +
        '<label class="chk"><input type="checkbox" id="d-sms" ' + (S.settings.smsDelayAlerts ? 'checked' : '') + '> Send SMS alert to booked passengers</label>',
      okText: 'Apply delay',
      onOk: m => {
        s.status = 'Delayed'; s.delayMin = parseInt($('#d-min', m).value, 10); s.delayReason = $('#d-reason', m).value;
        render(); toast(s.id + ' delayed by ' + s.delayMin + ' min' + ($('#d-sms', m).checked ? ' — passengers notified' : ''));
      }
    });
  }
  function vesselModal(s) {
    openModal({
      title: 'Change vessel — ' + s.id,
      body: '<div class="f"><label for="v-sel">Vessel</label><select id="v-sel">' + S.vessels.map(x => '<option' + (x.name === s.vessel ? ' selected' : '') + '>' + x.name + '</option>').join('') + '</select></div>',
      onOk: m => { s.vessel = $('#v-sel', m).value; render(); toast(s.id + ' now operated by ' + s.vessel); }
    });
  }
  function cancelSailing(s) {
    const n = S.bookings.filter(b => b.sailing === s.id && b.status !== 'Cancelled').length;
    openModal({
      title: 'Cancel this sailing?', danger: true, okText: 'Cancel sailing', cancelText: 'Keep sailing',
      body: '<p><b>' + s.id + '</b> — ' + sailLabel(s) + ' on ' + s.vessel + '.</p><p>' + n + ' vehicle booking(s) and ' + s.pax + ' passengers will be notified and offered a transfer to the next available sailing. This cannot be undone from the app.</p>',
      onOk: () => { s.status = 'Cancelled'; render(); toast('Sailing ' + s.id + ' cancelled', 'bad'); }
    });
  }

  function rBookings(v) {
    const q = ui.bq.toLowerCase().replace(/\s/g, '');
    const rows = S.bookings.filter(b => (ui.bstatus === 'All statuses' || b.status === ui.bstatus) && (!q || (b.ref + b.name + b.reg).toLowerCase().replace(/\s/g, '').includes(q)));
    v.innerHTML =
      '<div class="bar-row"><input type="search" id="bq" class="sbox" aria-label="Search bookings" placeholder="Search ref, name or registration…" value="' + esc(ui.bq) + '">' +
      '<label for="bs" class="lbl">Status</label><select id="bs">' + ['All statuses', 'Confirmed', 'Checked in', 'Waitlisted', 'Cancelled'].map(x => '<option' + (x === ui.bstatus ? ' selected' : '') + '>' + x + '</option>').join('') + '</select>' +
      '<span class="grow"></span><button class="btn blue" id="new-b">+ New booking</button></div>' +
      '<table class="grid"><thead><tr><th>Ref</th><th>Lead passenger</th><th>Sailing</th><th>Vehicle</th><th>Registration</th><th class="r">Pax</th><th>Status</th><th class="r">Actions</th></tr></thead><tbody>' +
      rows.map(b => {
        const s = sail(b.sailing);
        return '<tr data-ref="' + b.ref + '"><td class="code">' + b.ref + '</td><td>' + esc(b.name) + '</td><td>' + sailLabel(s) + '</td><td>' + b.vehicle + '</td><td class="code">' + esc(b.reg) + '</td><td class="r">' + b.pax + '</td>' +
          '<td><span class="st ' + ({ Confirmed: 'blue', 'Checked in': 'green', Waitlisted: 'amber', Cancelled: 'red' }[b.status]) + '">' + b.status + '</span></td>' +
          '<td class="r nowrap">' + (b.status === 'Confirmed' ? '<button class="btn xs ci">Check in</button> ' : '') + '<button class="kebab" aria-label="Actions for booking ' + b.ref + '">⋯</button></td></tr>';
      }).join('') + (rows.length ? '' : '<tr><td colspan="8" class="muted c">No bookings found</td></tr>') + '</tbody></table>';
    const bq = $('#bq');
    bq.oninput = () => { ui.bq = bq.value; rBookings(v); const n = $('#bq'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    $('#bs').onchange = e => { ui.bstatus = e.target.value; rBookings(v); };
    $('#new-b').onclick = newBooking;
    v.querySelectorAll('.ci').forEach(btn => btn.onclick = () => {
      const b = S.bookings.find(x => x.ref === btn.closest('tr').dataset.ref);
      b.status = 'Checked in'; render(); toast(b.ref + ' checked in — lane ' + (3 + (parseInt(b.ref.slice(-2), 10) % 5)));
    });
    v.querySelectorAll('.kebab').forEach(btn => btn.onclick = e => {
      e.stopPropagation();
      const b = S.bookings.find(x => x.ref === btn.closest('tr').dataset.ref);
      menu(btn, [
        { label: 'Move to another sailing…', run: () => openModal({
          title: 'Move booking ' + b.ref,
          body: '<div class="f"><label for="mv-s">New sailing</label><select id="mv-s">' + S.sailings.filter(s => s.status !== 'Cancelled').map(s => '<option value="' + s.id + '"' + (s.id === b.sailing ? ' selected' : '') + '>' + sailLabel(s) + ' (' + s.id + ')</option>').join('') + '</select></div>',
          okText: 'Move', onOk: m => { b.sailing = $('#mv-s', m).value; render(); toast(b.ref + ' moved'); } }) },
        { label: 'Resend confirmation', run: () => toast('Confirmation re-sent for ' + b.ref) },
        '-',
        { label: 'Cancel booking', danger: true, run: () => openModal({ title: 'Cancel booking ' + b.ref + '?', danger: true, okText: 'Cancel booking', cancelText: 'Keep booking', body: '<p>Cancel the booking for <b>' + esc(b.name) + '</b> (' + esc(b.reg) + ')?</p>', onOk: () => { b.status = 'Cancelled'; render(); toast(b.ref + ' cancelled', 'bad'); } }) }
      ]);
    });
  }

  function newBooking() {
    openModal({
      title: 'New vehicle booking',
      body: '<div class="f"><label for="nb-name">Lead passenger name</label><input id="nb-name" autocomplete="off"></div>' +
        '<div class="f"><label for="nb-sailing">Sailing</label><select id="nb-sailing"><option value="">Choose a sailing…</option>' + S.sailings.filter(s => s.status !== 'Cancelled').map(s => '<option value="' + s.id + '">' + sailLabel(s) + ' (' + s.id + ')</option>').join('') + '</select></div>' +
        '<div class="row2"><div class="f"><label for="nb-vehicle">Vehicle type</label><select id="nb-vehicle">' + Object.keys(UNITS).map(k => '<option>' + k + '</option>').join('') + '</select></div>' +
        '<div class="f"><label for="nb-reg">Registration</label><input id="nb-reg" autocomplete="off"></div></div>' +
        '<div class="row2"><div class="f"><label for="nb-pax">Passengers (incl. driver)</label><input id="nb-pax" type="number" min="1" max="9" value="1"></div>' +
        '<div class="f"><label for="nb-phone">Mobile (for SMS alerts)</label><input id="nb-phone" type="tel"></div></div>',
      okText: 'Create booking',
      onOk: m => {
        const name = $('#nb-name', m).value.trim(), sid = $('#nb-sailing', m).value, reg = $('#nb-reg', m).value.trim().toUpperCase();
        const pax = parseInt($('#nb-pax', m).value, 10), veh = $('#nb-vehicle', m).value;
        if (!name) return 'Enter the lead passenger name.';
        if (!sid) return 'Choose a sailing.';
        if (!reg) return 'Enter the vehicle registration.';
        if (!(pax >= 1)) return 'At least one passenger is required.';
        const s = sail(sid), cap = vessel(s.vessel).deck;
        const full = s.deckUsed + UNITS[veh] > cap;
        const ref = 'FB-' + (Math.max(...S.bookings.map(b => +b.ref.slice(3))) + 1);
        S.bookings.push({ ref, name, sailing: sid, vehicle: veh, reg, pax, status: full && S.settings.autoWaitlist ? 'Waitlisted' : 'Confirmed', phone: $('#nb-phone', m).value.trim() });
        if (!full) { s.deckUsed += UNITS[veh]; s.pax += pax; }
        render(); toast('Booking ' + ref + ' created for ' + name);
      }
    });
  }

  function rVessels(v) {
    v.innerHTML = '<div class="cards">' + S.vessels.map(x => {
      const today = S.sailings.filter(s => s.vessel === x.name && s.date === '2024-06-14').length;
      return '<div class="vcard"><div class="vc-top"><h3>' + x.name + '</h3><span class="st ' + (x.status === 'In service' ? 'green' : x.status === 'Relief vessel' ? 'grey' : 'amber') + '">' + x.status + '</span></div>' +
        '<dl><dt>Built</dt><dd>' + x.built + '</dd><dt>Car deck</dt><dd>' + x.deck + ' car units</dd><dt>Passengers</dt><dd>' + x.pax + '</dd><dt>Sailings today</dt><dd>' + today + '</dd><dt>Next dry dock</dt><dd>' + x.nextDock + '</dd></dl></div>';
    }).join('') + '</div>' +
      '<h3 class="sec-h">Vehicle space units</h3><table class="grid narrow"><thead><tr><th>Vehicle type</th><th class="r">Car units</th></tr></thead><tbody>' + Object.keys(UNITS).map(k => '<tr><td>' + k + '</td><td class="r">' + UNITS[k] + '</td></tr>').join('') + '</tbody></table>';
  }

  function rFares(v) {
    const f = n => '£' + n.toFixed(2);
    v.innerHTML = '<p class="muted">Single fares, summer timetable (1 Apr – 30 Sep 2024). Return fares are twice the single fare.</p>' +
      '<table class="grid"><thead><tr><th>Route</th><th class="r">Car</th><th class="r">Van</th><th class="r">Motorcycle</th><th class="r">Camper / motorhome</th><th class="r">Lorry / HGV</th><th class="r">Adult foot passenger</th></tr></thead><tbody>' +
      S.fares.map(x => '<tr><td>' + x.route + '</td><td class="r">' + f(x.car) + '</td><td class="r">' + f(x.van) + '</td><td class="r">' + f(x.moto) + '</td><td class="r">' + f(x.camper) + '</td><td class="r">' + f(x.hgv) + '</td><td class="r">' + f(x.adult) + '</td></tr>').join('') + '</tbody></table>';
  }

  function rSettings(v) {
    const s = S.settings;
    const sw = (id, key, label, hint) => '<div class="set"><div><label for="' + id + '"><b>' + label + '</b></label><div class="muted">' + hint + '</div></div><input type="checkbox" class="toggle" role="switch" id="' + id + '" data-k="' + key + '"' + (s[key] ? ' checked' : '') + '></div>';
    v.innerHTML = '<div class="panel"><h3>Booking rules</h3>' +
      sw('s-wait', 'autoWaitlist', 'Auto-waitlist when the car deck is full', 'New bookings beyond capacity are waitlisted instead of rejected.') +
      sw('s-online', 'onlineCheckin', 'Allow online check-in', 'Drivers can check in from the app up to 2 hours before departure.') +
      '<div class="set"><div><label for="s-close"><b>Check-in closes (minutes before departure)</b></label></div><input id="s-close" type="number" value="' + s.checkinCloseMin + '"></div>' +
      '<h3>Disruption</h3>' +
      sw('s-sms', 'smsDelayAlerts', 'SMS alerts for delays and cancellations', 'Pre-ticks the SMS option when a sailing is delayed.') +
      '<div class="right"><button class="btn blue" id="s-save">Save changes</button></div></div>';
    $('#s-save').onclick = () => {
      v.querySelectorAll('[data-k]').forEach(i => s[i.dataset.k] = i.checked);
      s.checkinCloseMin = parseInt($('#s-close').value, 10) || s.checkinCloseMin;
      toast('Settings saved');
    };
  }

  render();
})();
