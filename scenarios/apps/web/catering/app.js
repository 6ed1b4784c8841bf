(function () {
  'use strict';
  var TODAY = '2025-05-06';

  function seed() {
    var menus = [
      { id: 'MN-1', name: 'Canapé reception', perHead: 18, desc: '8 canapés per guest, hot and cold' },
      { id: 'MN-2', name: 'Finger buffet', perHead: 14, desc: 'Sandwiches, savouries, fruit platter, cakes' },
      { id: 'MN-3', name: 'Hot fork buffet', perHead: 22, desc: 'Two mains, sides, dessert' },
      { id: 'MN-4', name: 'Three-course wedding breakfast', perHead: 48, desc: 'Plated, with tea and coffee' },
      { id: 'MN-5', name: 'Afternoon tea', perHead: 16, desc: 'Sandwiches, scones, patisserie' },
      { id: 'MN-6', name: 'Working lunch', perHead: 11, desc: 'Wraps, salads, crisps, fruit, drinks' },
      { id: 'MN-7', name: 'Summer BBQ', perHead: 20, desc: 'Grill, salads, breads, Eton mess' }
    ];
    var staff = [
      { id: 'SF-01', name: 'Marco Bellini', role: 'Chef', phone: '07700 980101' },
      { id: 'SF-02', name: 'Priya Kaur', role: 'Server', phone: '07700 980102' },
      { id: 'SF-03', name: 'Sam Odell', role: 'Server', phone: '07700 980103' },
      { id: 'SF-04', name: 'Dev Malhotra', role: 'Driver', phone: '07700 980104' },
      { id: 'SF-05', name: 'Hattie Lomax', role: 'Server', phone: '07700 980105' },
      { id: 'SF-06', name: 'Jonas Berg', role: 'Chef', phone: '07700 980106' },
      { id: 'SF-07', name: 'Ciara Flynn', role: 'Server', phone: '07700 980107' },
      { id: 'SF-08', name: 'Ravi Shah', role: 'Driver', phone: '07700 980108' },
      { id: 'SF-09', name: 'Tom Ellery', role: 'Server', phone: '07700 980109' }
    ];
    var E = [
      ['EV-5120', 'Ashworth–Bell wedding', 'Claire Ashworth', '2025-06-21', '13:00', 'Hartfield Manor, Great Barford', 95, 'MN-4', [8, 2, 3, 1], ['SF-01', 'SF-06', 'SF-02', 'SF-05', 'SF-07', 'SF-08'], 'Confirmed', true, 'Bank transfer', '2025-03-02'],
      ['EV-5121', 'Harcourt Ltd board lunch', 'Janet Moss (Harcourt Ltd)', '2025-05-09', '12:30', 'Harcourt House, 4th floor', 18, 'MN-6', [3, 1, 1, 0], ['SF-01'], 'Confirmed', true, 'Card', '2025-04-22'],
      ['EV-5122', 'Green family garden party', 'Eleanor Green', '2025-05-24', '14:00', 'The Old Rectory, Upton', 60, 'MN-7', [6, 0, 2, 0], [], 'Quoted', false, '', ''],
      ['EV-5123', 'Riverside Rotary dinner', 'Graham Pike', '2025-05-15', '19:00', 'Riverside Rotary Hall', 40, 'MN-3', [4, 1, 1, 0], ['SF-06', 'SF-03', 'SF-09', 'SF-04'], 'Confirmed', true, 'Cheque', '2025-04-10'],
      ['EV-5124', 'Christening — baby Alfie', 'Becky Stroud', '2025-05-18', '12:00', 'St Mary\'s Church Hall', 35, 'MN-5', [2, 0, 1, 1], ['SF-05', 'SF-08'], 'Confirmed', true, 'Card', '2025-04-19'],
      ['EV-5125', 'Pembroke Solicitors launch', 'Amir Haddad (Pembroke)', '2025-05-13', '18:30', 'Pembroke Solicitors, Market St', 80, 'MN-1', [10, 4, 2, 2], ['SF-01', 'SF-02', 'SF-07', 'SF-09', 'SF-04'], 'Confirmed', true, 'Bank transfer', '2025-04-14'],
      ['EV-5126', 'Okafor 40th birthday', 'Chidi Okafor', '2025-06-07', '19:30', 'Bramley Village Hall', 70, 'MN-2', [8, 3, 2, 0], [], 'Quoted', false, '', ''],
      ['EV-5127', 'Lindqvist wedding', 'Freja Lindqvist', '2025-07-12', '14:00', 'Oakwood Barn', 110, 'MN-4', [12, 5, 4, 2], [], 'Confirmed', true, 'Bank transfer', '2025-02-11'],
      ['EV-5128', 'Hollybush Primary summer fair', 'Mrs D. Fairley (PTA)', '2025-06-28', '11:00', 'Hollybush Primary School', 200, 'MN-7', [20, 6, 8, 0], [], 'Enquiry', false, '', ''],
      ['EV-5129', 'Meridian Tech away day', 'Owen Blake (Meridian)', '2025-05-20', '12:00', 'Lakeside Conference Centre', 45, 'MN-6', [5, 2, 2, 1], ['SF-03', 'SF-08'], 'Confirmed', true, 'Card', '2025-04-29'],
      ['EV-5130', 'Davies retirement do', 'Sian Davies', '2025-04-26', '18:00', 'The Plough, Eaton', 50, 'MN-2', [5, 1, 1, 0], ['SF-02', 'SF-04'], 'Completed', true, 'Card', '2025-03-30'],
      ['EV-5131', 'Greenhalgh funeral tea', 'Paul Greenhalgh', '2025-05-08', '14:30', 'Eaton Community Centre', 40, 'MN-5', [3, 0, 1, 0], ['SF-05', 'SF-09', 'SF-08'], 'Confirmed', true, 'Bank transfer', '2025-05-02'],
      ['EV-5132', 'Castle Bowls Club opening', 'Ron Whitaker', '2025-04-30', '17:00', 'Castle Bowls Club', 30, 'MN-3', [2, 0, 1, 0], ['SF-06', 'SF-07'], 'Completed', true, 'Cash', '2025-04-01'],
      ['EV-5133', 'Nguyen engagement party', 'Thanh Nguyen', '2025-06-14', '19:00', 'The Loft, Mill Yard', 60, 'MN-1', [6, 2, 1, 1], [], 'Cancelled', false, '', ''],
      ['EV-5134', 'Whitby Estates AGM', 'Karen Lowe (Whitby Estates)', '2025-05-22', '10:00', 'Whitby Estates office', 25, 'MN-6', [2, 0, 1, 0], [], 'Enquiry', false, '', '']
    ];
    var events = E.map(function (e, i) {
      var m = menus.find(function (x) { return x.id === e[7]; });
      return { id: e[0], title: e[1], client: e[2], phone: '07700 99' + String(1000 + i * 379).slice(-4), date: e[3], time: e[4], venue: e[5], guests: e[6], menu: e[7],
        dietary: { vegetarian: e[8][0], vegan: e[8][1], glutenFree: e[8][2], nutFree: e[8][3] }, staff: e[9], status: e[10],
        depositPaid: e[11], depositAmount: e[11] ? Math.round(e[6] * m.perHead * 0.25) : 0, depositMethod: e[12], depositDate: e[13], cancelReason: e[0] === 'EV-5133' ? 'Client postponed' : '', notes: '' };
    });
    return {
      company: 'Thyme & Table Catering', today: TODAY, menus: menus, staff: staff, events: events,
      settings: { depositPercent: 25, vatRate: 20, minGuests: 15, serviceChargePercent: 10, balanceDueDays: 14, sendQuoteCopyToOffice: true, defaultServersPer20Guests: 1 }
    };
  }

  window.state = seed();
  var S = window.state;
  var ui = { v: 'events', ev: null, tab: 'overview', scope: 'upcoming', q: '' };

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function U(d) { return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8))); }
  function fd(d) { if (!d) return '—'; var x = U(d); return WD[x.getUTCDay()] + ' ' + String(x.getUTCDate()).padStart(2, '0') + ' ' + MO[x.getUTCMonth()] + ' ' + String(x.getUTCFullYear()).slice(2); }
  function menu(id) { return S.menus.find(function (m) { return m.id === id; }); }
  function person(id) { return S.staff.find(function (p) { return p.id === id; }); }
  function ev(id) { return S.events.find(function (e) { return e.id === id; }); }
  function food(e) { return e.guests * menu(e.menu).perHead; }
  function gross(e) { var f = food(e); return Math.round(f * (1 + S.settings.serviceChargePercent / 100) * (1 + S.settings.vatRate / 100)); }
  function gbp(n) { return '£' + Number(n).toLocaleString('en-GB', { minimumFractionDigits: 0 }); }
  function sbadge(s) { return '<span class="s s-' + s + '">' + s + '</span>'; }
  function toast(m) { var t = document.createElement('div'); t.className = 'toast'; t.textContent = m; document.getElementById('toasts').appendChild(t); setTimeout(function () { t.remove(); }, 3000); }
  var body = document.getElementById('body');
  document.getElementById('today').textContent = fd(TODAY);

  var pm = document.getElementById('menu'), pItems = [];
  function openMenu(btn, items) {
    pItems = items; pm.innerHTML = items.map(function (x, i) { return '<button type="button" data-p="' + i + '">' + esc(x.label) + '</button>'; }).join(''); pm.hidden = false;
    var r = btn.getBoundingClientRect();
    pm.style.left = Math.max(6, r.right - pm.offsetWidth) + 'px';
    pm.style.top = (r.bottom + pm.offsetHeight > window.innerHeight - 6 ? r.top - pm.offsetHeight : r.bottom) + 'px';
  }
  pm.onclick = function (e) { var b = e.target.closest('[data-p]'); if (!b) return; pm.hidden = true; pItems[+b.dataset.p].run(); };
  document.addEventListener('click', function (e) { if (!e.target.closest('#menu') && !e.target.closest('.dots')) pm.hidden = true; });

  var mroot = document.getElementById('modal-root');
  function win(title, html, ok, fn, o) {
    o = o || {};
    mroot.innerHTML = '<div class="scrim"><div class="win" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><div class="wt">' + esc(title) + '</div><form id="wf" class="frm"><div class="wb">' + html + '<div class="bad" id="wbad"></div></div><div class="wf">' +
      '<button type="button" class="b" id="wx">' + esc(o.no || 'Cancel') + '</button><button type="submit" class="b ' + (o.del ? 'del' : 'hot') + '">' + esc(ok) + '</button></div></form></div></div>';
    var f = document.getElementById('wf');
    document.getElementById('wx').onclick = function () { mroot.innerHTML = ''; };
    f.onsubmit = function (e) { e.preventDefault(); var m = fn(f); if (m) { document.getElementById('wbad').textContent = m; return; } mroot.innerHTML = ''; render(); };
    if (o.init) o.init(f);
  }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { pm.hidden = true; mroot.innerHTML = ''; } });

  document.getElementById('nav').onclick = function (e) { var a = e.target.closest('[data-v]'); if (!a) return; e.preventDefault(); ui.v = a.dataset.v; ui.ev = null; render(); };
  function render() {
    pm.hidden = true;
    document.querySelectorAll('#nav a').forEach(function (a) { a.classList.toggle('sel', a.dataset.v === ui.v); });
    if (ui.v === 'events') { if (ui.ev) eventPage(); else eventList(); }
    else if (ui.v === 'calendar') calendar();
    else if (ui.v === 'menus') menusPage();
    else if (ui.v === 'staff') staffPage();
    else settingsPage();
  }

  // ---------- event list ----------
  function eventList() {
    var q = ui.q.toLowerCase();
    var list = S.events.filter(function (e) {
      if (ui.scope === 'upcoming' && (e.date < TODAY || e.status === 'Cancelled')) return false;
      if (ui.scope === 'enquiries' && ['Enquiry', 'Quoted'].indexOf(e.status) < 0) return false;
      if (ui.scope === 'past' && e.date >= TODAY) return false;
      return !q || (e.id + ' ' + e.title + ' ' + e.client + ' ' + e.venue).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return a.date.localeCompare(b.date); });
    body.innerHTML = '<div class="row"><h1>Events</h1><input class="srch" id="q" type="search" placeholder="Search events, clients, venues" value="' + esc(ui.q) + '">' +
      '<div class="seg" id="scope">' + [['upcoming', 'Upcoming'], ['enquiries', 'Enquiries & quotes'], ['past', 'Past'], ['all', 'All']].map(function (s) { return '<button type="button" data-s="' + s[0] + '" class="' + (ui.scope === s[0] ? 'on' : '') + '">' + s[1] + '</button>'; }).join('') + '</div>' +
      '<button class="b hot" id="newev">New enquiry</button></div>' +
      '<table class="grid"><thead><tr><th>Ref</th><th>Date</th><th>Event</th><th>Client</th><th>Venue</th><th>Guests</th><th>Menu</th><th>Staff</th><th>Deposit</th><th>Status</th><th></th></tr></thead><tbody>' +
      list.map(function (e) {
        return '<tr><td class="id">' + e.id + '</td><td>' + fd(e.date) + ' ' + e.time + '</td><td class="w"><span class="ev-link" data-ev="' + e.id + '">' + esc(e.title) + '</span></td><td class="w">' + esc(e.client) + '</td><td class="w">' + esc(e.venue) + '</td><td>' + e.guests + '</td><td class="w">' + esc(menu(e.menu).name) + '</td><td>' + e.staff.length + '</td><td>' + (e.depositPaid ? '✓ ' + gbp(e.depositAmount) : '<span class="muted">—</span>') + '</td><td>' + sbadge(e.status) + '</td>' +
          '<td><button type="button" class="dots" data-dots="' + e.id + '" aria-label="Actions for ' + esc(e.title) + '">⋯</button></td></tr>';
      }).join('') + '</tbody></table><p class="muted">' + list.length + ' events</p>';
    var q2 = document.getElementById('q'); q2.oninput = function () { ui.q = q2.value; render(); var n = document.getElementById('q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.querySelectorAll('#scope [data-s]').forEach(function (b) { b.onclick = function () { ui.scope = b.dataset.s; render(); }; });
    document.getElementById('newev').onclick = function () { newEnquiry(); };
    bindEv();
    body.querySelectorAll('[data-dots]').forEach(function (b) { b.onclick = function () { openMenu(b, evActions(ev(b.dataset.dots))); }; });
  }
  function bindEv() { body.querySelectorAll('[data-ev]').forEach(function (a) { a.onclick = function () { ui.v = 'events'; ui.ev = a.dataset.ev; ui.tab = 'overview'; render(); }; }); }
  function evActions(e) {
    var a = [{ label: 'Open event', run: function () { ui.ev = e.id; ui.tab = 'overview'; render(); } }];
    if (e.status === 'Enquiry') a.push({ label: 'Mark as quoted', run: function () { e.status = 'Quoted'; toast('Quote sent for ' + e.id); render(); } });
    if (e.status === 'Enquiry' || e.status === 'Quoted') a.push({ label: 'Confirm booking…', run: function () { confirmBooking(e); } });
    if (e.status === 'Confirmed') a.push({ label: 'Staffing…', run: function () { ui.ev = e.id; ui.tab = 'staffing'; render(); } });
    if (e.status === 'Confirmed' && e.date < TODAY) a.push({ label: 'Mark completed', run: function () { e.status = 'Completed'; render(); } });
    if (['Enquiry', 'Quoted', 'Confirmed'].indexOf(e.status) >= 0) a.push({ label: 'Cancel event…', run: function () { cancelEvent(e); } });
    return a;
  }
  function confirmBooking(e) {
    var dep = Math.round(food(e) * S.settings.depositPercent / 100);
    win('Confirm booking — ' + e.title, '<p style="margin-top:0">' + esc(e.client) + ' · ' + fd(e.date) + ' · ' + e.guests + ' guests · ' + esc(menu(e.menu).name) + '</p><p>Deposit due (' + S.settings.depositPercent + '% of food): <b>' + gbp(dep) + '</b></p>' +
      '<div class="opts"><label><input type="checkbox" name="paid" id="cf-paid"> Deposit received</label></div>' +
      '<div class="two" style="margin-top:8px"><div class="fl"><label for="cf-m">Paid by</label><select id="cf-m" name="m" disabled><option value="">—</option><option>Bank transfer</option><option>Card</option><option>Cheque</option><option>Cash</option></select></div><div class="fl"><label for="cf-d">Date received</label><input type="date" id="cf-d" name="d" value="' + TODAY + '" disabled></div></div>' +
      '<div class="opts"><label><input type="checkbox" name="email" checked> Email booking confirmation to client</label></div>',
      'Confirm booking', function (f) {
        if (f.paid.checked && !f.m.value) return 'Say how the deposit was paid.';
        e.status = 'Confirmed';
        if (f.paid.checked) { e.depositPaid = true; e.depositAmount = dep; e.depositMethod = f.m.value; e.depositDate = f.d.value || TODAY; }
        toast(e.title + ' confirmed');
      }, { init: function (f) { f.paid.onchange = function () { f.m.disabled = f.d.disabled = !f.paid.checked; }; } });
  }
  function cancelEvent(e) {
    win('Cancel ' + e.title + '?', '<div class="fl"><label for="ce-r">Reason</label><select id="ce-r" name="r"><option value="">Choose…</option><option>Client postponed</option><option>Client chose another caterer</option><option>Venue fell through</option><option>Bereavement / illness</option><option>Other</option></select></div>',
      'Cancel event', function (f) { if (!f.r.value) return 'Choose a reason.'; e.status = 'Cancelled'; e.cancelReason = f.r.value; toast(e.id + ' cancelled'); }, { del: true, no: 'Keep event' });
  }
  function menuOptions(sel) { return '<option value="">Choose…</option>' + S.menus.map(function (m) { return '<option value="' + m.id + '"' + (m.id === sel ? ' selected' : '') + '>' + esc(m.name) + ' (£' + m.perHead + ' pp)</option>'; }).join(''); }
  function newEnquiry() {
    win('New enquiry', '<div class="fl"><label for="ne-t">Event name</label><input id="ne-t" name="title" placeholder="e.g. Smith wedding"></div>' +
      '<div class="two"><div class="fl"><label for="ne-c">Client</label><input id="ne-c" name="client"></div><div class="fl"><label for="ne-p">Phone</label><input id="ne-p" name="phone"></div></div>' +
      '<div class="two"><div class="fl"><label for="ne-d">Date</label><input type="date" id="ne-d" name="date"></div><div class="fl"><label for="ne-tm">Start time</label><input type="time" id="ne-tm" name="time"></div></div>' +
      '<div class="fl"><label for="ne-v">Venue</label><input id="ne-v" name="venue"></div>' +
      '<div class="two"><div class="fl"><label for="ne-g">Guests</label><input type="number" id="ne-g" name="guests" min="1"></div><div class="fl"><label for="ne-m">Menu</label><select id="ne-m" name="menu">' + menuOptions('') + '</select></div></div>' +
      '<div class="lab" style="margin:4px 0">Dietary requirements (number of guests)</div><div class="four"><div class="fl"><label for="ne-veg">Vegetarian</label><input type="number" id="ne-veg" name="veg" min="0" value="0"></div><div class="fl"><label for="ne-vgn">Vegan</label><input type="number" id="ne-vgn" name="vegan" min="0" value="0"></div>' +
      '<div class="fl"><label for="ne-gf">Gluten-free</label><input type="number" id="ne-gf" name="gf" min="0" value="0"></div><div class="fl"><label for="ne-nf">Nut-free</label><input type="number" id="ne-nf" name="nf" min="0" value="0"></div></div>' +
      '<div class="fl"><label for="ne-n">Notes</label><textarea id="ne-n" name="notes" rows="2"></textarea></div>',
      'Save enquiry', function (f) {
        if (!f.title.value.trim() || !f.client.value.trim()) return 'Event name and client are required.';
        if (!f.date.value) return 'Enter the event date.';
        var g = parseInt(f.guests.value, 10); if (!(g > 0)) return 'Enter the number of guests.';
        if (g < S.settings.minGuests) return 'Minimum booking is ' + S.settings.minGuests + ' guests.';
        if (!f.menu.value) return 'Choose a menu.';
        var d = { vegetarian: +f.veg.value || 0, vegan: +f.vegan.value || 0, glutenFree: +f.gf.value || 0, nutFree: +f.nf.value || 0 };
        var e = { id: 'EV-' + (Math.max.apply(null, S.events.map(function (x) { return +x.id.slice(3); })) + 1), title: f.title.value.trim(), client: f.client.value.trim(), phone: f.phone.value.trim(), date: f.date.value, time: f.time.value, venue: f.venue.value.trim(), guests: g, menu: f.menu.value,
          dietary: d, staff: [], status: 'Enquiry', depositPaid: false, depositAmount: 0, depositMethod: '', depositDate: '', cancelReason: '', notes: f.notes.value.trim() };
        S.events.push(e); toast('Enquiry ' + e.id + ' saved');
      });
  }

  // ---------- event page ----------
  function eventPage() {
    var e = ev(ui.ev), m = menu(e.menu), t;
    if (ui.tab === 'overview') {
      t = '<div class="cols2"><div class="cardish"><div class="facts"><span class="k">Client</span><span>' + esc(e.client) + '</span><span class="k">Phone</span><span>' + esc(e.phone) + '</span><span class="k">Date</span><span>' + fd(e.date) + ' at ' + (e.time || '—') + '</span>' +
        '<span class="k">Venue</span><span>' + esc(e.venue) + '</span><span class="k">Guests</span><span>' + e.guests + '</span><span class="k">Menu</span><span>' + esc(m.name) + '</span><span class="k">Notes</span><span>' + (esc(e.notes) || '—') + '</span>' +
        (e.status === 'Cancelled' ? '<span class="k">Cancelled</span><span>' + esc(e.cancelReason) + '</span>' : '') + '</div><div style="margin-top:12px"><button class="b" id="edit-ev">Edit details</button></div></div>' +
        '<div class="cardish money"><div><span>Food (' + e.guests + ' × £' + m.perHead + ')</span><span>' + gbp(food(e)) + '</span></div><div><span>Service ' + S.settings.serviceChargePercent + '% + VAT ' + S.settings.vatRate + '%</span><span>' + gbp(gross(e) - food(e)) + '</span></div>' +
        '<div class="tot"><span>Total</span><span>' + gbp(gross(e)) + '</span></div><div><span>Deposit</span><span>' + (e.depositPaid ? gbp(e.depositAmount) + ' paid ' + fd(e.depositDate) + ' (' + esc(e.depositMethod) + ')' : 'Not paid') + '</span></div></div></div>';
    } else if (ui.tab === 'dietary') {
      t = '<form class="cardish frm" id="dietf" style="max-width:640px"><p style="margin-top:0">Menu: <b>' + esc(m.name) + '</b> — ' + esc(m.desc) + '</p><div class="four">' +
        [['vegetarian', 'Vegetarian'], ['vegan', 'Vegan'], ['glutenFree', 'Gluten-free'], ['nutFree', 'Nut-free']].map(function (k) { return '<div class="fl"><label for="dt-' + k[0] + '">' + k[1] + '</label><input type="number" min="0" id="dt-' + k[0] + '" name="' + k[0] + '" value="' + e.dietary[k[0]] + '"></div>'; }).join('') +
        '</div><button class="b hot" type="submit">Save dietary numbers</button></form>';
    } else {
      var clashes = {};
      S.events.forEach(function (o) { if (o.id !== e.id && o.date === e.date && o.status !== 'Cancelled') o.staff.forEach(function (sid) { clashes[sid] = o.title; }); });
      t = '<form class="cardish frm" id="stf"><div class="staffgrid">' + ['Chef', 'Server', 'Driver'].map(function (r) {
        return '<div><h4>' + r + 's</h4>' + S.staff.filter(function (p) { return p.role === r; }).map(function (p) {
          return '<label><input type="checkbox" name="st" value="' + p.id + '"' + (e.staff.indexOf(p.id) >= 0 ? ' checked' : '') + '> ' + esc(p.name) + (clashes[p.id] ? ' <span class="clash">(also on ' + esc(clashes[p.id]) + ')</span>' : '') + '</label>';
        }).join('') + '</div>';
      }).join('') + '</div><p class="muted">Suggested: 1 server per 20 guests → ' + Math.ceil(e.guests / 20) + ' servers.</p><button class="b hot" type="submit">Save staffing</button></form>';
    }
    body.innerHTML = '<div class="crumbs"><a id="back">Events</a> › ' + e.id + '</div><div class="row"><h1>' + esc(e.title) + ' ' + sbadge(e.status) + '</h1><button type="button" class="dots" id="evdots" aria-label="Event actions">⋯</button></div>' +
      '<div class="tabstrip">' + [['overview', 'Overview'], ['dietary', 'Menu & dietary'], ['staffing', 'Staffing (' + e.staff.length + ')']].map(function (x) { return '<button type="button" data-t="' + x[0] + '" class="' + (ui.tab === x[0] ? 'on' : '') + '">' + x[1] + '</button>'; }).join('') + '</div>' + t;
    document.getElementById('back').onclick = function () { ui.ev = null; render(); };
    body.querySelectorAll('[data-t]').forEach(function (b) { b.onclick = function () { ui.tab = b.dataset.t; render(); }; });
    var d = document.getElementById('evdots'); d.onclick = function () { openMenu(d, evActions(e).slice(1)); };
    var ed = document.getElementById('edit-ev'); if (ed) ed.onclick = function () { editEvent(e); };
    var df = document.getElementById('dietf');
    if (df) df.onsubmit = function (x) { x.preventDefault(); ['vegetarian', 'vegan', 'glutenFree', 'nutFree'].forEach(function (k) { e.dietary[k] = parseInt(df[k].value, 10) || 0; }); toast('Dietary numbers saved'); render(); };
    var sf = document.getElementById('stf');
    if (sf) sf.onsubmit = function (x) { x.preventDefault(); e.staff = Array.prototype.map.call(sf.querySelectorAll('[name=st]:checked'), function (c) { return c.value; }); toast('Staffing saved — ' + e.staff.length + ' people'); render(); };
  }
  function editEvent(e) {
    win('Edit ' + e.id, '<div class="fl"><label for="ee-t">Event name</label><input id="ee-t" name="title" value="' + esc(e.title) + '"></div>' +
      '<div class="two"><div class="fl"><label for="ee-c">Client</label><input id="ee-c" name="client" value="' + esc(e.client) + '"></div><div class="fl"><label for="ee-p">Phone</label><input id="ee-p" name="phone" value="' + esc(e.phone) + '"></div></div>' +
      '<div class="two"><div class="fl"><label for="ee-d">Date</label><input type="date" id="ee-d" name="date" value="' + e.date + '"></div><div class="fl"><label for="ee-tm">Start time</label><input type="time" id="ee-tm" name="time" value="' + e.time + '"></div></div>' +
      '<div class="fl"><label for="ee-v">Venue</label><input id="ee-v" name="venue" value="' + esc(e.venue) + '"></div>' +
      '<div class="two"><div class="fl"><label for="ee-g">Guests</label><input type="number" id="ee-g" name="guests" min="1" value="' + e.guests + '"></div><div class="fl"><label for="ee-m">Menu</label><select id="ee-m" name="menu">' + menuOptions(e.menu) + '</select></div></div>' +
      '<div class="fl"><label for="ee-n">Notes</label><textarea id="ee-n" name="notes" rows="2">' + esc(e.notes) + '</textarea></div>',
      'Save', function (f) {
        var g = parseInt(f.guests.value, 10); if (!(g > 0)) return 'Enter the number of guests.';
        if (!f.menu.value) return 'Choose a menu.';
        e.title = f.title.value.trim() || e.title; e.client = f.client.value.trim() || e.client; e.phone = f.phone.value.trim(); e.date = f.date.value || e.date; e.time = f.time.value; e.venue = f.venue.value.trim();
        e.guests = g; e.menu = f.menu.value; e.notes = f.notes.value.trim(); toast('Event updated');
      });
  }

  // ---------- calendar ----------
  function calendar() {
    var y = 2025, mo = 4; // May
    var first = new Date(Date.UTC(y, mo, 1)), start = (first.getUTCDay() + 6) % 7, days = 31, cells = '';
    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].forEach(function (d) { cells += '<div class="h">' + d + '</div>'; });
    for (var i = 0; i < start; i++) cells += '<div class="c out"></div>';
    for (var d = 1; d <= days; d++) {
      var ds = '2025-05-' + String(d).padStart(2, '0');
      cells += '<div class="c' + (ds === TODAY ? ' td' : '') + '"><b>' + d + '</b>' + S.events.filter(function (e) { return e.date === ds && e.status !== 'Cancelled'; }).map(function (e) { return '<div class="e" data-ev="' + e.id + '" title="' + esc(e.title) + '">' + e.time + ' ' + esc(e.title) + '</div>'; }).join('') + '</div>';
    }
    body.innerHTML = '<div class="row"><h1>May 2025</h1></div><div class="cal">' + cells + '</div>';
    bindEv();
  }
  function menusPage() {
    body.innerHTML = '<div class="row"><h1>Menus</h1></div><table class="grid"><thead><tr><th>Code</th><th>Menu</th><th>What\'s included</th><th>Per head</th><th>Upcoming events</th></tr></thead><tbody>' +
      S.menus.map(function (m) { return '<tr><td class="id">' + m.id + '</td><td><b>' + esc(m.name) + '</b></td><td>' + esc(m.desc) + '</td><td>£' + m.perHead + '</td><td>' + S.events.filter(function (e) { return e.menu === m.id && e.date >= TODAY && e.status !== 'Cancelled'; }).length + '</td></tr>'; }).join('') + '</tbody></table>';
  }
  function staffPage() {
    body.innerHTML = '<div class="row"><h1>Staff</h1></div><table class="grid"><thead><tr><th>ID</th><th>Name</th><th>Role</th><th>Phone</th><th>Upcoming events</th></tr></thead><tbody>' +
      S.staff.map(function (p) { var es = S.events.filter(function (e) { return e.staff.indexOf(p.id) >= 0 && e.date >= TODAY && e.status !== 'Cancelled'; }); return '<tr><td class="id">' + p.id + '</td><td>' + esc(p.name) + '</td><td>' + p.role + '</td><td>' + p.phone + '</td><td>' + (es.map(function (e) { return esc(e.title) + ' (' + fd(e.date) + ')'; }).join('; ') || '—') + '</td></tr>'; }).join('') + '</tbody></table>';
  }
  function settingsPage() {
    var t = S.settings;
    body.innerHTML = '<div class="row"><h1>Settings</h1></div><form class="cardish frm" id="setf" style="max-width:620px"><div class="two"><div class="fl"><label for="s1">Deposit (% of food)</label><input type="number" id="s1" name="depositPercent" value="' + t.depositPercent + '"></div><div class="fl"><label for="s2">Service charge (%)</label><input type="number" id="s2" name="serviceChargePercent" value="' + t.serviceChargePercent + '"></div></div>' +
      '<div class="two"><div class="fl"><label for="s3">VAT rate (%)</label><input type="number" id="s3" name="vatRate" value="' + t.vatRate + '"></div><div class="fl"><label for="s4">Minimum guests</label><input type="number" id="s4" name="minGuests" value="' + t.minGuests + '"></div></div>' +
      '<div class="fl" style="max-width:290px"><label for="s5">Balance due before event</label><select id="s5" name="balanceDueDays">' + [7, 14, 21, 28].map(function (d) { return '<option value="' + d + '"' + (d === t.balanceDueDays ? ' selected' : '') + '>' + d + ' days</option>'; }).join('') + '</select></div>' +
      '<div class="opts"><label><input type="checkbox" name="sendQuoteCopyToOffice"' + (t.sendQuoteCopyToOffice ? ' checked' : '') + '> Copy the office in on quotes</label></div><div style="margin-top:12px"><button class="b hot" type="submit">Save settings</button></div></form>';
    document.getElementById('setf').onsubmit = function (e) {
      e.preventDefault(); var f = e.target;
      t.depositPercent = +f.depositPercent.value; t.serviceChargePercent = +f.serviceChargePercent.value; t.vatRate = +f.vatRate.value; t.minGuests = +f.minGuests.value; t.balanceDueDays = +f.balanceDueDays.value; t.sendQuoteCopyToOffice = f.sendQuoteCopyToOffice.checked;
      toast('Settings saved');
    };
  }

  render();
})();
