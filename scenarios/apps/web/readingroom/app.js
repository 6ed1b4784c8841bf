// Searchroom — production & reader management for the public search room
(function () {
  'use strict';
  var TODAY = '2024-10-22';

  var seats = [
    ['S1', 'Standard'], ['S2', 'Standard'], ['S3', 'Standard'], ['S4', 'Standard'], ['S5', 'Standard'], ['S6', 'Standard'], ['S7', 'Standard'], ['S8', 'Standard'],
    ['MT1', 'Map table'], ['MT2', 'Map table'], ['MF1', 'Microfilm reader'], ['MF2', 'Microfilm reader']
  ].map(function (s) { return { id: s[0], type: s[1] }; });

  function Rd(t, name, inst, idType, issued, expires, status, email) {
    return { ticket: t, name: name, institution: inst, idType: idType, issued: issued, expires: expires, status: status || 'Active', email: email || '', suspendReason: null, rulesAgreed: true };
  }
  var readers = [
    Rd('RT-20311', 'Dr Ann Carrow', 'University of East Anglia', 'Passport', '2023-02-14', '2026-02-14', 'Active', 'a.carrow@uea.ac.uk'),
    Rd('RT-20318', 'Michael Thorne', 'Independent researcher', 'Driving licence', '2023-03-02', '2026-03-02', 'Active', 'mthorne@example.com'),
    Rd('RT-20325', 'Prof. Linda Baptiste', 'University of Cambridge', 'Passport', '2023-04-11', '2026-04-11', 'Active', 'lb512@cam.ac.uk'),
    Rd('RT-20331', 'Sunita Rao', 'Independent researcher', 'Driving licence', '2023-05-20', '2026-05-20', 'Active', 'sunita.rao@example.com'),
    Rd('RT-20337', 'George Whitlam', 'Halvergate Local History Society', 'Utility bill + bank card', '2023-06-03', '2026-06-03', 'Active', 'gw.history@example.org'),
    Rd('RT-20342', 'Emma Lindqvist', 'University of East Anglia (PhD)', 'Passport', '2023-07-19', '2026-07-19', 'Active', 'e.lindqvist@uea.ac.uk'),
    Rd('RT-20350', 'Rev. Colin Ashworth', 'Independent researcher', 'Driving licence', '2023-08-08', '2026-08-08', 'Active', 'colin.ashworth@example.com'),
    Rd('RT-20356', 'Harriet Boyce', 'Norfolk Wherry Trust', 'Driving licence', '2023-09-12', '2026-09-12', 'Active', 'harriet@wherrytrust.example.org'),
    Rd('RT-20361', 'Daniel Okeke', 'Independent researcher', 'Passport', '2023-10-01', '2026-10-01', 'Suspended', 'd.okeke@example.com'),
    Rd('RT-20367', 'Patricia Vane', 'Independent researcher', 'Utility bill + bank card', '2021-09-30', '2024-09-30', 'Expired', 'pvane@example.com'),
    Rd('RT-20372', 'Samuel Greaves', 'Independent researcher', 'Driving licence', '2023-11-15', '2026-11-15', 'Active', 'sam.greaves@example.com'),
    Rd('RT-20379', 'Dr Fiona MacLeod', 'University of Edinburgh', 'Passport', '2024-01-09', '2027-01-09', 'Active', 'f.macleod@ed.ac.uk'),
    Rd('RT-20384', 'Wendy Ashcroft', 'Independent researcher', 'Driving licence', '2024-02-22', '2027-02-22', 'Active', 'wendy.ashcroft@example.com'),
    Rd('RT-20390', 'Tobias Brandt', 'Independent researcher', 'National ID card', '2024-03-30', '2027-03-30', 'Active', 't.brandt@example.de'),
    Rd('RT-20395', 'Jo Pearmain', 'BBC Look East (research)', 'Driving licence', '2024-05-07', '2027-05-07', 'Active', 'jo.pearmain@example.co.uk'),
    Rd('RT-20401', 'Ian Carrow', 'Independent researcher', 'Driving licence', '2024-06-18', '2027-06-18', 'Active', 'ian.carrow@example.com'),
    Rd('RT-20406', 'Marguerite Dufresne', 'Sorbonne Université', 'Passport', '2024-08-27', '2025-08-27', 'Active', 'm.dufresne@example.fr'),
    Rd('RT-20412', 'Kieran Walsh', 'Independent researcher', 'Driving licence', '2024-10-01', '2027-10-01', 'Active', 'kwalsh@example.ie')
  ];
  readers[8].suspendReason = 'Breach of handling rules (pen in search room)';

  function Dc(ref, title, dates, format, fragile, store) { return { ref: ref, title: title, dates: dates, format: format, fragile: !!fragile, store: store }; }
  var documents = [
    Dc('DN/TA 311', 'Stokesby: tithe map', '1841', 'Map', 1, 'Strongroom 3, plan chest 12'),
    Dc('DN/TA 311A', 'Stokesby: tithe apportionment', '1841', 'Volume', 0, 'Strongroom 3, bay 14'),
    Dc('DN/TA 198', 'Halvergate: tithe map', '1840', 'Map', 1, 'Strongroom 3, plan chest 7'),
    Dc('DN/TA 198A', 'Halvergate: tithe apportionment', '1840', 'Volume', 0, 'Strongroom 3, bay 14'),
    Dc('EST 21/4', 'Acle enclosure award and map', '1799', 'Map', 1, 'Strongroom 3, plan chest 2'),
    Dc('HMN 7/88', 'Halvergate marsh drainage commissioners: plans', '1799', 'Map', 0, 'Strongroom 3, plan chest 9'),
    Dc('PD 112/1', 'Stokesby parish register: baptisms, marriages, burials', '1558–1720', 'Volume', 1, 'Strongroom 1, bay 4'),
    Dc('PD 112/14', 'Stokesby churchwardens’ accounts', '1702–1789', 'Volume', 0, 'Strongroom 1, bay 4'),
    Dc('PD 56/19', 'Acle churchwardens’ accounts', '1650–1720', 'Volume', 1, 'Strongroom 1, bay 2'),
    Dc('PD 56/3', 'Acle parish register: baptisms', '1813–1860', 'Volume', 0, 'Strongroom 1, bay 2'),
    Dc('PD 198/22', 'Halvergate vestry minutes', '1820–1870', 'Volume', 0, 'Strongroom 1, bay 6'),
    Dc('MC 44/2', 'Stracey family estate correspondence', '1790–1810', 'Bundle', 0, 'Strongroom 2, bay 11'),
    Dc('MC 44/9', 'Stracey estate rentals, Rackheath', '1812–1830', 'Volume', 0, 'Strongroom 2, bay 11'),
    Dc('BR 90/17', 'Yarmouth Haven commissioners: minute book', '1821–1834', 'Volume', 0, 'Strongroom 2, bay 3'),
    Dc('C/Sca 2/411', 'Quarter sessions order book', '1780–1789', 'Volume', 0, 'Strongroom 2, bay 1'),
    Dc('Y/C 19/8', 'Great Yarmouth borough court roll', '1402–1403', 'Roll', 1, 'Strongroom 4 (controlled)'),
    Dc('DCN 1/4/33', 'Norwich Cathedral priory account roll', '1350', 'Roll', 1, 'Strongroom 4 (controlled)'),
    Dc('BOL 2/140', 'Letters of Amelia Opie to her cousin', '1815–1829', 'Bundle', 1, 'Strongroom 2, bay 8'),
    Dc('NRS 4112', 'Reedham ferry lease', '1762', 'Document', 0, 'Strongroom 2, bay 9'),
    Dc('ACC 2019/44', 'Wherry Albion: cargo ledgers', '1898–1912', 'Volume', 0, 'Outstore A'),
    Dc('SO 14/2', 'Halvergate school log book', '1875–1902', 'Volume', 0, 'Strongroom 1, bay 9'),
    Dc('FC 31/1', 'Acle Methodist circuit: baptisms', '1840–1901', 'Volume', 0, 'Strongroom 1, bay 10'),
    Dc('MF/RO 220', 'Census 1851: Blofield Hundred', '1851', 'Microfilm', 0, 'Search room cabinet M'),
    Dc('MF/RO 221', 'Census 1861: Blofield Hundred', '1861', 'Microfilm', 0, 'Search room cabinet M')
  ];

  function Q(n, reader, doc, seat, status, sup, extra) {
    return Object.assign({ id: 'Q-' + n, reader: reader, doc: doc, seat: seat, status: status, supervised: !!sup, date: TODAY, slot: '10:00', refuseReason: null, log: [] }, extra || {});
  }
  var requests = [
    Q(7771, 'RT-20325', 'Y/C 19/8', 'S1', 'Issued', 1), Q(7772, 'RT-20325', 'DCN 1/4/33', 'S1', 'Requested', 1, { slot: '11:00' }),
    Q(7773, 'RT-20318', 'MF/RO 220', 'MF1', 'Issued', 0), Q(7774, 'RT-20331', 'PD 56/3', 'S3', 'Returned', 0),
    Q(7775, 'RT-20337', 'HMN 7/88', 'MT1', 'Issued', 0), Q(7776, 'RT-20342', 'MC 44/2', 'S4', 'Issued', 0),
    Q(7777, 'RT-20342', 'MC 44/9', 'S4', 'Requested', 0, { slot: '11:00' }), Q(7778, 'RT-20350', 'PD 112/14', 'S5', 'Fetched', 0),
    Q(7779, 'RT-20356', 'ACC 2019/44', 'S6', 'Issued', 0), Q(7780, 'RT-20379', 'BOL 2/140', 'S2', 'Issued', 1),
    Q(7781, 'RT-20379', 'PD 198/22', 'S2', 'Fetched', 0), Q(7782, 'RT-20384', 'MF/RO 221', 'MF2', 'Issued', 0),
    Q(7783, 'RT-20390', 'NRS 4112', 'S8', 'Returned', 0), Q(7784, 'RT-20395', 'BR 90/17', 'S3', 'Requested', 0, { slot: '11:00' }),
    Q(7785, 'RT-20406', 'DN/TA 198', null, 'Refused', 0, { refuseReason: 'Unfit for production (conservation)' }), Q(7786, 'RT-20412', 'PD 56/19', 'S7', 'Fetched', 1),
    Q(7787, 'RT-20395', 'C/Sca 2/411', 'S3', 'Requested', 0, { slot: '11:00' }), Q(7788, 'RT-20350', 'PD 112/1', 'S5', 'Refused', 0, { refuseReason: 'Use surrogate (microfilm available)' })
  ];

  window.state = {
    section: 'requests',
    today: TODAY,
    seats: seats, readers: readers, documents: documents, requests: requests,
    reqFilter: { status: 'Open', q: '' },
    readerFilter: { q: '', status: 'All' },
    catQ: '',
    settings: { photography: false, photoFee: '£5 per day', maxItemsPerDay: 10, advanceOrders: true, expiryReminders: true, lastProduction: '15:30' },
    seq: { request: 7789, reader: 20418 }
  };
  var S = window.state;
  var main = document.getElementById('main');
  var veil = document.getElementById('veil');
  var dd = null;
  var SLOTS = ['11:00', '12:00', '14:00', '15:00'];
  var OPEN = ['Requested', 'Fetched', 'Issued'];

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function fmt(s) { if (!s) return '—'; var p = s.split('-'); return +p[2] + ' ' + MON[+p[1] - 1] + ' ' + p[0]; }
  function reader(t) { return S.readers.filter(function (r) { return r.ticket === t; })[0]; }
  function doc(ref) { return S.documents.filter(function (d) { return d.ref === ref; })[0]; }
  function req(id) { return S.requests.filter(function (q) { return q.id === id; })[0]; }
  function seat(id) { return S.seats.filter(function (s) { return s.id === id; })[0]; }
  function seatHolder(id) { var q = S.requests.filter(function (r) { return r.seat === id && OPEN.indexOf(r.status) >= 0; })[0]; return q ? q.reader : null; }
  function readerSeat(t) { var q = S.requests.filter(function (r) { return r.reader === t && r.seat && OPEN.indexOf(r.status) >= 0; })[0]; return q ? q.seat : null; }
  var clock = 0;
  function stamp() { clock++; var m = 10 * 60 + 12 + clock * 4; return String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0'); }

  function note(msg) {
    var n = document.getElementById('note');
    n.hidden = false;
    n.innerHTML = '<span>' + esc(msg) + '</span> <button class="linkish" aria-label="Dismiss">dismiss</button>';
    n.querySelector('button').onclick = function () { n.hidden = true; };
  }
  document.getElementById('today').textContent = 'Tuesday ' + fmt(TODAY);

  function closeDD() { if (dd) { dd.parentNode.removeChild(dd); dd = null; } }
  document.addEventListener('click', function (e) { if (dd && !dd.contains(e.target)) closeDD(); });
  function dropdown(anchor, items) {
    closeDD();
    var m = document.createElement('div'); m.className = 'ddm'; m.setAttribute('role', 'menu');
    items.forEach(function (it) {
      var b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = it[0];
      b.onclick = function (e) { e.stopPropagation(); closeDD(); it[1](); }; m.appendChild(b);
    });
    document.body.appendChild(m);
    var r = anchor.getBoundingClientRect();
    m.style.top = (r.bottom + window.scrollY + 1) + 'px'; m.style.left = (r.right - 190) + 'px';
    dd = m;
  }

  function form(title, inner, okText, onOk) {
    veil.hidden = false;
    veil.innerHTML = '<div class="box" role="dialog" aria-modal="true" aria-label="' + esc(title) + '"><div class="box-h">' + esc(title) + '<button class="bx" data-shut aria-label="Close">×</button></div>' +
      '<div class="box-b">' + inner + '<div class="oops" id="oops"></div></div><div class="box-f"><button class="btn" data-shut>Cancel</button><button class="btn dark" id="box-ok">' + esc(okText) + '</button></div></div>';
    var b = veil.firstChild;
    Array.prototype.forEach.call(b.querySelectorAll('[data-shut]'), function (x) { x.onclick = shut; });
    b.querySelector('#box-ok').onclick = function () { onOk(b, function (m) { b.querySelector('#oops').textContent = m; }); };
    return b;
  }
  function shut() { veil.hidden = true; veil.innerHTML = ''; }
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeDD(); shut(); } });

  // ---------------- sections ----------------
  function render() {
    closeDD();
    Array.prototype.forEach.call(document.querySelectorAll('#nav a'), function (a) { a.classList.toggle('sel', a.getAttribute('data-s') === S.section); });
    ({ requests: secRequests, seats: secSeats, readers: secReaders, catalogue: secCatalogue, settings: secSettings })[S.section]();
  }

  function secRequests() {
    var f = S.reqFilter, q = f.q.trim().toLowerCase();
    var tabs = ['Open', 'Requested', 'Fetched', 'Issued', 'Returned', 'Refused', 'All'];
    var count = function (t) { return S.requests.filter(function (r) { return t === 'All' || (t === 'Open' ? OPEN.indexOf(r.status) >= 0 : r.status === t); }).length; };
    var rows = S.requests.filter(function (r) {
      if (f.status !== 'All' && (f.status === 'Open' ? OPEN.indexOf(r.status) < 0 : r.status !== f.status)) return false;
      if (q) { var rd = reader(r.reader), d = doc(r.doc); if ((r.id + ' ' + rd.name + ' ' + rd.ticket + ' ' + d.ref + ' ' + d.title).toLowerCase().indexOf(q) < 0) return false; }
      return true;
    });
    var h = '<div class="ph"><div><h1>Production requests</h1><div class="sub">' + fmt(TODAY) + ' · ' + S.requests.filter(function (r) { return r.status === 'Issued'; }).length + ' items with readers · next fetch 11:00</div></div>' +
      '<button class="btn dark" id="new-req">New request</button></div>';
    h += '<div class="tabs" role="tablist">' + tabs.map(function (t) { return '<button role="tab" data-tab="' + t + '" class="' + (f.status === t ? 'on' : '') + '">' + t + ' <span>' + count(t) + '</span></button>'; }).join('') + '</div>';
    h += '<div class="tools"><input type="search" id="rq-q" placeholder="Filter by reader, ticket, reference…" aria-label="Filter requests" value="' + esc(f.q) + '"></div>';
    h += '<table class="t"><thead><tr><th>Req.</th><th>Reader</th><th>Reference</th><th>Description</th><th>Seat</th><th>Slot</th><th>Status</th><th class="ar">Action</th></tr></thead><tbody>';
    rows.forEach(function (r) {
      var rd = reader(r.reader), d = doc(r.doc);
      var act = r.status === 'Requested' ? '<button class="btn sm" data-step="' + r.id + '">Mark fetched</button>' : r.status === 'Fetched' ? '<button class="btn sm" data-step="' + r.id + '">Issue to reader</button>' :
        r.status === 'Issued' ? '<button class="btn sm" data-step="' + r.id + '">Mark returned</button>' : '';
      h += '<tr><td class="mono">' + r.id + '</td><td>' + esc(rd.name) + '<div class="fine">' + rd.ticket + '</div></td><td class="mono">' + esc(d.ref) + '</td><td>' + esc(d.title) + ' <span class="fine">(' + esc(d.dates) + ')</span>' +
        (d.fragile ? ' <span class="flag" title="Fragile">fragile</span>' : '') + (r.supervised ? ' <span class="flag sup" title="Supervised handling">supervised</span>' : '') + '</td><td>' + (r.seat || '—') + '</td><td>' + r.slot + '</td>' +
        '<td><span class="s s-' + r.status.toLowerCase() + '">' + r.status + '</span>' + (r.refuseReason ? '<div class="fine">' + esc(r.refuseReason) + '</div>' : '') + '</td><td class="ar nw">' + act +
        ' <button class="caret" data-rmenu="' + r.id + '" aria-label="More for ' + r.id + '" title="More">▾</button></td></tr>';
    });
    if (!rows.length) h += '<tr><td colspan="8" class="nil">No requests.</td></tr>';
    main.innerHTML = h + '</tbody></table>';
    document.getElementById('new-req').onclick = function () { newRequest(null); };
    var qi = document.getElementById('rq-q');
    qi.oninput = function () { f.q = qi.value; secRequests(); var n = document.getElementById('rq-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
  }

  function secSeats() {
    var h = '<div class="ph"><div><h1>Seating plan</h1><div class="sub">Seats are allocated with the first request of the day</div></div></div><div class="plan">';
    S.seats.forEach(function (s) {
      var t = seatHolder(s.id), rd = t ? reader(t) : null;
      h += '<div class="seat' + (rd ? ' taken' : '') + '"><div class="sid">' + s.id + '</div><div class="stype">' + s.type + '</div><div class="sw">' + (rd ? esc(rd.name) : 'Free') + '</div></div>';
    });
    main.innerHTML = h + '</div>';
  }

  function secReaders() {
    var f = S.readerFilter, q = f.q.trim().toLowerCase();
    var rows = S.readers.filter(function (r) { return (f.status === 'All' || r.status === f.status) && (!q || (r.ticket + ' ' + r.name + ' ' + r.institution + ' ' + r.email).toLowerCase().indexOf(q) >= 0); });
    var h = '<div class="ph"><div><h1>Readers</h1><div class="sub">' + S.readers.length + ' reader’s tickets on file</div></div><button class="btn dark" id="reg">Register reader</button></div>';
    h += '<div class="tools"><input type="search" id="rd-q" placeholder="Search name, ticket, institution" aria-label="Search readers" value="' + esc(f.q) + '">' +
      '<select id="rd-st" aria-label="Ticket status">' + ['All', 'Active', 'Suspended', 'Expired'].map(function (s) { return '<option' + (s === f.status ? ' selected' : '') + '>' + s + '</option>'; }).join('') + '</select></div>';
    h += '<table class="t"><thead><tr><th>Ticket</th><th>Name</th><th>Affiliation</th><th>ID seen</th><th>Expires</th><th>Status</th><th></th></tr></thead><tbody>';
    rows.forEach(function (r) {
      h += '<tr><td class="mono">' + r.ticket + '</td><td>' + esc(r.name) + '<div class="fine">' + esc(r.email) + '</div></td><td>' + esc(r.institution) + '</td><td>' + esc(r.idType) + '</td><td>' + fmt(r.expires) + '</td>' +
        '<td><span class="s s-' + r.status.toLowerCase() + '">' + r.status + '</span>' + (r.suspendReason ? '<div class="fine">' + esc(r.suspendReason) + '</div>' : '') + '</td>' +
        '<td class="ar"><button class="caret" data-rdmenu="' + r.ticket + '" aria-label="Actions for ' + esc(r.name) + '" title="Actions">▾</button></td></tr>';
    });
    if (!rows.length) h += '<tr><td colspan="7" class="nil">No readers found.</td></tr>';
    main.innerHTML = h + '</tbody></table>';
    document.getElementById('reg').onclick = registerReader;
    var qi = document.getElementById('rd-q');
    qi.oninput = function () { f.q = qi.value; secReaders(); var n = document.getElementById('rd-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
    document.getElementById('rd-st').onchange = function (e) { f.status = e.target.value; secReaders(); };
  }

  function secCatalogue() {
    var q = S.catQ.trim().toLowerCase();
    var rows = S.documents.filter(function (d) { return !q || (d.ref + ' ' + d.title + ' ' + d.dates).toLowerCase().indexOf(q) >= 0; });
    var h = '<div class="ph"><div><h1>Catalogue</h1><div class="sub">Items available for production in the search room</div></div></div>';
    h += '<div class="tools"><input type="search" id="cat-q" placeholder="Search reference or description" aria-label="Search catalogue" value="' + esc(S.catQ) + '"></div>';
    h += '<table class="t"><thead><tr><th>Reference</th><th>Description</th><th>Dates</th><th>Format</th><th>Location</th><th></th></tr></thead><tbody>';
    rows.forEach(function (d) {
      h += '<tr><td class="mono">' + esc(d.ref) + '</td><td>' + esc(d.title) + (d.fragile ? ' <span class="flag">fragile</span>' : '') + '</td><td>' + esc(d.dates) + '</td><td>' + d.format + '</td><td class="fine">' + esc(d.store) + '</td>' +
        '<td class="ar"><button class="btn sm" data-order="' + esc(d.ref) + '">Request</button></td></tr>';
    });
    if (!rows.length) h += '<tr><td colspan="6" class="nil">Nothing found.</td></tr>';
    main.innerHTML = h + '</tbody></table>';
    var qi = document.getElementById('cat-q');
    qi.oninput = function () { S.catQ = qi.value; secCatalogue(); var n = document.getElementById('cat-q'); n.focus(); n.setSelectionRange(n.value.length, n.value.length); };
  }

  function secSettings() {
    var st = S.settings;
    function tg(id, on, t, d) { return '<tr><th scope="row">' + t + '<div class="fine">' + d + '</div></th><td><label class="tgl"><input type="checkbox" id="' + id + '"' + (on ? ' checked' : '') + ' aria-label="' + t + '"><span></span></label></td></tr>'; }
    var h = '<div class="ph"><div><h1>Search room rules</h1><div class="sub">Applied at the enquiry desk and on the website</div></div></div><table class="rules">';
    h += tg('st-photo', st.photography, 'Allow readers to photograph documents', 'Own camera or phone, no flash, under the reading room photography licence');
    h += '<tr><th scope="row">Photography permit charge<div class="fine">Collected at the desk</div></th><td><select id="st-fee">' + ['Free', '£5 per day', '£10 per day'].map(function (x) { return '<option' + (x === st.photoFee ? ' selected' : '') + '>' + x + '</option>'; }).join('') + '</select></td></tr>';
    h += '<tr><th scope="row">Maximum items per reader per day<div class="fine">Includes advance orders</div></th><td><input type="number" id="st-max" min="1" max="30" value="' + st.maxItemsPerDay + '"></td></tr>';
    h += '<tr><th scope="row">Last production time<div class="fine">Final fetch from the strongrooms</div></th><td><select id="st-last">' + ['14:30', '15:00', '15:30', '16:00'].map(function (x) { return '<option' + (x === st.lastProduction ? ' selected' : '') + '>' + x + '</option>'; }).join('') + '</select></td></tr>';
    h += tg('st-adv', st.advanceOrders, 'Accept advance orders', 'Readers may order up to 4 items before their visit');
    h += tg('st-exp', st.expiryReminders, 'Ticket expiry reminders', 'Email readers 30 days before their ticket expires');
    h += '</table><div class="rules-f"><button class="btn dark" id="st-save">Save rules</button> <button class="btn" id="st-undo">Undo changes</button></div>';
    main.innerHTML = h;
    document.getElementById('st-save').onclick = function () {
      var mx = parseInt(document.getElementById('st-max').value, 10);
      if (!(mx >= 1 && mx <= 30)) { note('Maximum items must be between 1 and 30.'); return; }
      S.settings = { photography: document.getElementById('st-photo').checked, photoFee: document.getElementById('st-fee').value, maxItemsPerDay: mx,
        advanceOrders: document.getElementById('st-adv').checked, expiryReminders: document.getElementById('st-exp').checked, lastProduction: document.getElementById('st-last').value };
      note('Search room rules saved.');
    };
    document.getElementById('st-undo').onclick = secSettings;
  }

  // ---------------- actions ----------------
  function advance(r) {
    var next = { Requested: 'Fetched', Fetched: 'Issued', Issued: 'Returned' }[r.status];
    if (!next) return;
    r.status = next; r.log.push(stamp() + ' ' + next);
    note(r.id + ' marked ' + next.toLowerCase() + '.'); render();
  }

  function refuse(r) {
    form('Refuse request ' + r.id, '<p>' + esc(doc(r.doc).ref) + ' — ' + esc(doc(r.doc).title) + ' for ' + esc(reader(r.reader).name) + '</p>' +
      '<label class="lbl">Reason<select id="rf-r"><option value="">—</option>' + ['Unfit for production (conservation)', 'Use surrogate (microfilm available)', 'Closed under data protection', 'Daily limit reached', 'Item missing from location'].map(function (x) { return '<option>' + x + '</option>'; }).join('') + '</select></label>',
    'Refuse', function (b, err) {
      var v = b.querySelector('#rf-r').value;
      if (!v) { err('Give a reason; it is shown to the reader.'); return; }
      r.status = 'Refused'; r.refuseReason = v; shut(); note(r.id + ' refused.'); render();
    });
  }

  function changeSeat(r) {
    var free = S.seats.filter(function (s) { var h = seatHolder(s.id); return !h || h === r.reader; });
    form('Change seat · ' + r.id, '<p>' + esc(reader(r.reader).name) + ' is at ' + (r.seat || 'no seat') + '. All of the reader’s open requests will move.</p>' +
      '<label class="lbl">Seat<select id="cs-s">' + free.map(function (s) { return '<option value="' + s.id + '"' + (s.id === r.seat ? ' selected' : '') + '>' + s.id + ' — ' + s.type + '</option>'; }).join('') + '</select></label>',
    'Move reader', function (b) {
      var v = b.querySelector('#cs-s').value;
      S.requests.forEach(function (x) { if (x.reader === r.reader && OPEN.indexOf(x.status) >= 0) x.seat = v; });
      shut(); note(reader(r.reader).name + ' moved to ' + v + '.'); render();
    });
  }

  function newRequest(prefRef) {
    var active = S.readers.slice().sort(function (a, b) { return a.name.replace(/^(Dr|Prof\.|Rev\.) /, '').localeCompare(b.name.replace(/^(Dr|Prof\.|Rev\.) /, '')); });
    var b = form('New production request',
      '<label class="lbl">Reader<select id="nr-reader"><option value="">Select reader…</option>' + active.map(function (r) {
        return '<option value="' + r.ticket + '"' + (r.status !== 'Active' ? ' disabled' : '') + '>' + esc(r.name) + ' — ' + r.ticket + (r.status !== 'Active' ? ' (' + r.status.toLowerCase() + ')' : '') + '</option>'; }).join('') + '</select></label>' +
      '<label class="lbl">Find document<input type="search" id="nr-find" placeholder="Type a reference or words from the description"></label>' +
      '<label class="lbl">Document<select id="nr-doc" size="6"></select></label>' +
      '<div class="pair"><label class="lbl">Seat<select id="nr-seat"></select></label><label class="lbl">Production slot<select id="nr-slot">' + SLOTS.map(function (s) { return '<option>' + s + '</option>'; }).join('') + '</select></label></div>' +
      '<label class="tick"><input type="checkbox" id="nr-sup"> Supervised handling (item consulted at the invigilation desk side)</label>' +
      '<label class="lbl">Note for strongroom staff<textarea id="nr-note" rows="2"></textarea></label>',
      'Submit request', function (bx, err) {
        var t = bx.querySelector('#nr-reader').value, ref = bx.querySelector('#nr-doc').value, st = bx.querySelector('#nr-seat').value, sup = bx.querySelector('#nr-sup').checked;
        if (!t) { err('Select the reader.'); return; }
        if (!ref) { err('Select a document.'); return; }
        if (!st) { err('Choose a seat.'); return; }
        var d = doc(ref), s = seat(st);
        if (S.requests.some(function (x) { return x.doc === ref && OPEN.indexOf(x.status) >= 0; })) { err(ref + ' is already out or on order today.'); return; }
        if (d.format === 'Map' && s.type !== 'Map table') { err('Maps and plans must be produced at a map table.'); return; }
        if (d.format === 'Microfilm' && s.type !== 'Microfilm reader') { err('Microfilm needs a microfilm reader seat.'); return; }
        if (d.fragile && !sup) { err(ref + ' is flagged fragile and must be produced under supervision.'); return; }
        var n = S.requests.filter(function (x) { return x.reader === t && x.status !== 'Refused'; }).length;
        if (n >= S.settings.maxItemsPerDay) { err('Reader has reached the daily limit of ' + S.settings.maxItemsPerDay + ' items.'); return; }
        var cur = readerSeat(t);
        if (cur && cur !== st) S.requests.forEach(function (x) { if (x.reader === t && OPEN.indexOf(x.status) >= 0) x.seat = st; });
        var r = Q(S.seq.request++, t, ref, st, 'Requested', sup, { slot: bx.querySelector('#nr-slot').value, note: bx.querySelector('#nr-note').value.trim() });
        S.requests.push(r);
        shut(); S.section = 'requests'; note(r.id + ' submitted for ' + reader(t).name + ' (' + ref + ', seat ' + st + ').'); render();
      });
    var rs = b.querySelector('#nr-reader'), find = b.querySelector('#nr-find'), ds = b.querySelector('#nr-doc'), ss = b.querySelector('#nr-seat');
    function fillDocs() {
      var q = find.value.trim().toLowerCase(), cur = ds.value || prefRef;
      var list = S.documents.filter(function (d) { return !q || (d.ref + ' ' + d.title + ' ' + d.dates).toLowerCase().indexOf(q) >= 0; });
      ds.innerHTML = list.map(function (d) { return '<option value="' + esc(d.ref) + '"' + (d.ref === cur ? ' selected' : '') + '>' + esc(d.ref) + ' — ' + esc(d.title) + ' (' + esc(d.dates) + ')' + (d.fragile ? ' ⚠' : '') + '</option>'; }).join('');
    }
    function fillSeats() {
      var t = rs.value, mine = t ? readerSeat(t) : null;
      var opts = S.seats.filter(function (s) { var h = seatHolder(s.id); return !h || h === t; });
      ss.innerHTML = '<option value="">Choose…</option>' + opts.map(function (s) { return '<option value="' + s.id + '"' + (s.id === mine ? ' selected' : '') + '>' + s.id + ' — ' + s.type + (s.id === mine ? ' (current)' : '') + '</option>'; }).join('');
    }
    find.oninput = fillDocs; rs.onchange = fillSeats;
    fillDocs(); fillSeats();
  }

  function registerReader() {
    form('Register a new reader',
      '<label class="lbl">Full name<input type="text" id="rg-name" autocomplete="off"></label>' +
      '<label class="lbl">Email address<input type="text" id="rg-email" autocomplete="off"></label>' +
      '<label class="lbl">Affiliation<input type="text" id="rg-inst" placeholder="University, society, or “Independent researcher”"></label>' +
      '<fieldset class="lbl"><legend>Proof of identity seen</legend>' + ['Passport', 'Driving licence', 'National ID card', 'Utility bill + bank card'].map(function (x) { return '<label class="tick"><input type="radio" name="rg-id" value="' + x + '"> ' + x + '</label>'; }).join('') + '</fieldset>' +
      '<label class="lbl">Ticket valid for<select id="rg-len"><option value="3">3 years</option><option value="1">1 year</option></select></label>' +
      '<label class="tick"><input type="checkbox" id="rg-rules"> Reader has read and signed the search room rules</label>',
      'Issue ticket', function (b, err) {
        var name = b.querySelector('#rg-name').value.trim(), email = b.querySelector('#rg-email').value.trim(), inst = b.querySelector('#rg-inst').value.trim(), id = b.querySelector('input[name=rg-id]:checked');
        if (!name) { err('Enter the reader’s name.'); return; }
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) { err('Enter a valid email address.'); return; }
        if (!id) { err('Record which proof of identity was seen.'); return; }
        if (!b.querySelector('#rg-rules').checked) { err('The reader must sign the search room rules before a ticket is issued.'); return; }
        var yrs = +b.querySelector('#rg-len').value;
        var r = Rd('RT-' + S.seq.reader++, name, inst || 'Independent researcher', id.value, TODAY, (2024 + yrs) + TODAY.slice(4), 'Active', email);
        S.readers.push(r);
        shut(); note('Ticket ' + r.ticket + ' issued to ' + name + '.'); render();
      });
  }

  function suspend(r) {
    form('Suspend ' + r.name, '<label class="lbl">Reason<textarea id="sp-r" rows="3"></textarea></label>', 'Suspend ticket', function (b, err) {
      var v = b.querySelector('#sp-r').value.trim();
      if (!v) { err('A reason is required.'); return; }
      r.status = 'Suspended'; r.suspendReason = v; shut(); note(r.ticket + ' suspended.'); render();
    });
  }

  // ---------------- events ----------------
  document.getElementById('nav').addEventListener('click', function (e) {
    var a = e.target.closest('a[data-s]'); if (!a) return;
    e.preventDefault(); S.section = a.getAttribute('data-s'); render();
  });
  main.addEventListener('click', function (e) {
    var b = e.target.closest('button'); if (!b) return;
    if (b.hasAttribute('data-tab')) { S.reqFilter.status = b.getAttribute('data-tab'); secRequests(); return; }
    if (b.hasAttribute('data-step')) { advance(req(b.getAttribute('data-step'))); return; }
    if (b.hasAttribute('data-order')) { newRequest(b.getAttribute('data-order')); return; }
    if (b.hasAttribute('data-rmenu')) {
      e.stopPropagation();
      var r = req(b.getAttribute('data-rmenu'));
      var items = [['Print request slip', function () { note('Slip for ' + r.id + ' sent to the strongroom printer.'); }]];
      if (OPEN.indexOf(r.status) >= 0) items.unshift(['Change seat…', function () { changeSeat(r); }]);
      if (r.status === 'Requested' || r.status === 'Fetched') items.push(['Refuse request…', function () { refuse(r); }]);
      dropdown(b, items); return;
    }
    if (b.hasAttribute('data-rdmenu')) {
      e.stopPropagation();
      var rd = reader(b.getAttribute('data-rdmenu'));
      var its = [['Show today’s requests', function () { S.section = 'requests'; S.reqFilter = { status: 'All', q: rd.ticket }; render(); }]];
      if (rd.status === 'Active') its.push(['New request for this reader', function () { newRequest(null); var s = document.getElementById('nr-reader'); s.value = rd.ticket; s.onchange(); }], ['Suspend ticket…', function () { suspend(rd); }]);
      if (rd.status === 'Suspended') its.push(['Lift suspension', function () { rd.status = 'Active'; rd.suspendReason = null; note(rd.ticket + ' reinstated.'); render(); }]);
      if (rd.status === 'Expired' || rd.expires < '2025-01-01') its.push(['Renew for 3 years', function () { rd.expires = '2027' + TODAY.slice(4); rd.status = rd.status === 'Expired' ? 'Active' : rd.status; note(rd.ticket + ' renewed to ' + fmt(rd.expires) + '.'); render(); }]);
      dropdown(b, its);
    }
  });

  render();
})();
