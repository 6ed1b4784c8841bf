// Powder Hut rental desk — front counter tool
(function () {
  'use strict';
  var INS = { None: 0, Basic: 3, Full: 6 };

  function eq(id, type, model, size, rate, condition, status, service) {
    return { id: id, type: type, model: model, size: size, rate: rate, condition: condition, status: status, service: service || null };
  }
  function rent(id, customer, items, start, end, status, insurance, paid, payMethod, returnedOn) {
    return { id: id, customer: customer, items: items, start: start, end: end, status: status, insurance: insurance, total: 0, paid: paid, payMethod: payMethod, returnedOn: returnedOn || null };
  }

  window.state = {
    today: '2025-02-12',
    customers: [
      { id: 'C-101', name: 'Hannah Fischer', phone: '0151 2290 4471' },
      { id: 'C-102', name: 'Oliver Grant', phone: '07700 900118' },
      { id: 'C-103', name: 'Tom Reyes', phone: '0172 8830 1192' },
      { id: 'C-104', name: 'Sophie Laurent', phone: '06 12 44 80 19' },
      { id: 'C-105', name: 'Jakub Nowak', phone: '0160 4471 2280' },
      { id: 'C-106', name: 'Chidi Okafor', phone: '07700 900562' },
      { id: 'C-107', name: 'Ingrid Solberg', phone: '+47 912 33 410' },
      { id: 'C-108', name: 'Marco Bianchi', phone: '+39 347 118 2290' },
      { id: 'C-109', name: 'Emma Whitfield', phone: '07700 900733' },
      { id: 'C-110', name: 'Lukas Berger', phone: '0664 221 9087' },
      { id: 'C-111', name: 'Aiko Mori', phone: '0170 339 4412' },
      { id: 'C-112', name: 'Daniel Ortiz', phone: '+34 611 902 334' },
      { id: 'C-113', name: 'Lena Voss', phone: '0157 3381 2046' }
    ],
    equipment: [
      eq('SK-112', 'Skis', 'Rossignol Experience 82', '170 cm', 28, 'Good', 'Rented'),
      eq('SK-113', 'Skis', 'Atomic Redster Q7', '163 cm', 32, 'Good', 'Available'),
      eq('SK-114', 'Skis', 'Head Kore 93', '177 cm', 34, 'Good', 'Rented'),
      eq('SK-115', 'Skis', 'Völkl Deacon 76', '168 cm', 30, 'Good', 'Available'),
      eq('SK-116', 'Skis', 'Salomon QST 92', '160 cm', 28, 'Good', 'Available'),
      eq('SK-117', 'Skis', 'K2 Mindbender Jr', '140 cm', 22, 'Good', 'Rented'),
      eq('SB-201', 'Snowboard', 'Burton Custom', '158 cm', 30, 'Good', 'Rented'),
      eq('SB-202', 'Snowboard', 'Burton Process', '152 cm', 30, 'Good', 'Available'),
      eq('SB-203', 'Snowboard', 'Jones Mountain Twin', '157 cm', 32, 'Needs wax', 'Service', { reason: 'Wax & tune', note: 'Base very dry', since: '2025-02-11' }),
      eq('SB-204', 'Snowboard', 'Lib Tech Skate Banana', '154 cm', 30, 'Good', 'Available'),
      eq('BT-301', 'Boots', 'Salomon S/Pro 100', 'EU 43', 12, 'Good', 'Rented'),
      eq('BT-302', 'Boots', 'Atomic Hawx Prime', 'EU 41', 12, 'Good', 'Available'),
      eq('BT-303', 'Boots', 'Lange RX 110', 'EU 44', 12, 'Good', 'Rented'),
      eq('BT-318', 'Boots', 'Burton Moto (snowboard)', 'EU 42', 10, 'Good', 'Available'),
      eq('BT-319', 'Boots', 'ThirtyTwo Lashed (snowboard)', 'EU 41', 10, 'Good', 'Rented'),
      eq('BT-320', 'Boots', 'Head Edge J3 junior', 'EU 37', 8, 'Good', 'Rented'),
      eq('HM-401', 'Helmet', 'Smith Holt', 'M', 5, 'Good', 'Rented'),
      eq('HM-402', 'Helmet', 'Giro Ledge', 'L', 5, 'Good', 'Available'),
      eq('HM-403', 'Helmet', 'POC Obex', 'S', 5, 'Good', 'Rented'),
      eq('PL-501', 'Poles', 'Leki Spitfire', '120 cm', 4, 'Good', 'Available')
    ],
    rentals: [
      rent('RN-4396', 'C-108', ['SK-113', 'BT-302'], '2025-02-03', '2025-02-06', 'Returned', 'Basic', true, 'Card', '2025-02-06'),
      rent('RN-4398', 'C-102', ['SB-202', 'BT-318'], '2025-02-05', '2025-02-08', 'Returned', 'None', true, 'Cash', '2025-02-08'),
      rent('RN-4399', 'C-110', ['SK-116'], '2025-02-09', '2025-02-11', 'Cancelled', 'None', false, null),
      rent('RN-4400', 'C-105', ['SK-115', 'PL-501'], '2025-02-07', '2025-02-10', 'Returned', 'Full', true, 'Card', '2025-02-10'),
      rent('RN-4401', 'C-101', ['SK-112', 'BT-301'], '2025-02-10', '2025-02-14', 'Out', 'Basic', true, 'Card'),
      rent('RN-4402', 'C-109', ['HM-402'], '2025-02-08', '2025-02-09', 'Returned', 'None', true, 'Cash', '2025-02-09'),
      rent('RN-4403', 'C-103', ['SK-114', 'BT-303'], '2025-02-11', '2025-02-14', 'Out', 'None', false, null),
      rent('RN-4405', 'C-104', ['SB-201', 'BT-319', 'HM-401'], '2025-02-12', '2025-02-15', 'Out', 'Full', true, 'Card'),
      rent('RN-4407', 'C-106', ['SK-117', 'BT-320', 'HM-403'], '2025-02-09', '2025-02-12', 'Out', 'Basic', true, 'Card'),
      rent('RN-4408', 'C-107', ['SK-113', 'BT-302'], '2025-02-15', '2025-02-18', 'Reserved', 'Basic', false, null),
      rent('RN-4409', 'C-111', ['SB-202'], '2025-02-16', '2025-02-19', 'Reserved', 'None', false, null),
      rent('RN-4410', 'C-112', ['SK-116', 'HM-402'], '2025-02-20', '2025-02-22', 'Reserved', 'Full', false, null),
      rent('RN-4404', 'C-113', ['SB-204', 'BT-318'], '2025-02-01', '2025-02-02', 'Returned', 'Basic', true, 'Card', '2025-02-02')
    ],
    nextRentalNo: 4411,
    nextCustomerNo: 114
  };
  var S = window.state;

  // ---------- helpers ----------
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function d2n(d) { var p = d.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000; }
  function days(a, b) { return d2n(b) - d2n(a) + 1; }
  function fmtD(d) { var m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']; var p = d.split('-'); return (+p[2]) + ' ' + m[+p[1] - 1]; }
  function money(n) { return '€' + n.toFixed(2); }
  function eqById(id) { return S.equipment.find(function (e) { return e.id === id; }); }
  function custById(id) { return S.customers.find(function (c) { return c.id === id; }); }
  function calcTotal(items, start, end, ins) {
    var perDay = items.reduce(function (s, id) { return s + eqById(id).rate; }, 0) + INS[ins];
    return days(start, end) * perDay;
  }
  S.rentals.forEach(function (r) { r.total = r.status === 'Cancelled' ? 0 : calcTotal(r.items, r.start, r.end, r.insurance); });

  function busy(id, start, end, exceptRental) {
    return S.rentals.some(function (r) {
      if (r.id === exceptRental) return false;
      if (r.status !== 'Out' && r.status !== 'Reserved') return false;
      if (r.items.indexOf(id) < 0) return false;
      return !(r.end < start || r.start > end);
    });
  }

  function toast(msg) {
    var t = document.createElement('div'); t.className = 'toast'; t.textContent = msg;
    $('#toasts').appendChild(t);
    setTimeout(function () { t.remove(); }, 3500);
  }

  // ---------- modal ----------
  function openModal(title, bodyHtml, buttons, width) {
    var m = $('#modal');
    m.style.width = (width || 560) + 'px';
    m.innerHTML = '<header><h2>' + esc(title) + '</h2><button class="x" aria-label="Close">×</button></header><div class="body">' + bodyHtml + '</div><footer></footer>';
    var f = $('footer', m);
    (buttons || []).forEach(function (b) {
      var el = document.createElement('button');
      el.className = 'btn ' + (b.cls || ''); el.textContent = b.label;
      el.addEventListener('click', function () { b.onClick(el); });
      f.appendChild(el);
    });
    $('.x', m).addEventListener('click', closeModal);
    $('#overlay').classList.remove('hidden');
    return m;
  }
  function closeModal() { $('#overlay').classList.add('hidden'); $('#modal').innerHTML = ''; }

  // ---------- menus ----------
  function openMenu(anchor, items) {
    var m = $('#menu');
    m.innerHTML = '';
    items.forEach(function (it) {
      var b = document.createElement('button'); b.textContent = it.label; if (it.warn) b.className = 'warn';
      b.addEventListener('click', function (e) { e.stopPropagation(); closeMenu(); it.run(); });
      m.appendChild(b);
    });
    var r = anchor.getBoundingClientRect();
    m.classList.remove('hidden');
    var left = r.right + window.scrollX - m.offsetWidth;
    m.style.left = Math.max(8, left) + 'px';
    m.style.top = (r.bottom + window.scrollY + 4) + 'px';
  }
  function closeMenu() { $('#menu').classList.add('hidden'); }
  document.addEventListener('click', function (e) { if (!e.target.closest('.kebab') && !e.target.closest('#menu')) closeMenu(); });

  // ---------- tabs ----------
  var ui = { tab: 'rentals', type: '' };
  $all('.tab').forEach(function (t) {
    t.addEventListener('click', function () {
      ui.tab = t.dataset.tab;
      $all('.tab').forEach(function (x) { x.classList.toggle('active', x === t); });
      $all('.view').forEach(function (v) { v.classList.toggle('hidden', v.id !== 'view-' + ui.tab); });
      render();
    });
  });

  // ---------- rentals ----------
  function renderRentals() {
    var q = $('#rentalSearch').value.trim().toLowerCase();
    var st = $('#rentalStatus').value;
    var rows = S.rentals.slice().sort(function (a, b) { return a.id < b.id ? 1 : -1; }).filter(function (r) {
      if (st && r.status !== st) return false;
      if (!q) return true;
      var c = custById(r.customer);
      return r.id.toLowerCase().indexOf(q) >= 0 || c.name.toLowerCase().indexOf(q) >= 0;
    });
    var tb = $('#rentalTable tbody');
    tb.innerHTML = rows.map(function (r) {
      var c = custById(r.customer);
      var gear = r.items.map(function (id) { var e = eqById(id); return esc(id) + ' ' + esc(e.model); }).join('<br>');
      return '<tr data-id="' + r.id + '"><td><b>' + r.id + '</b></td><td>' + esc(c.name) + '</td><td class="gear">' + gear + '</td>' +
        '<td>' + fmtD(r.start) + ' – ' + fmtD(r.end) + '</td><td>' + days(r.start, r.end) + '</td><td>' + r.insurance + '</td>' +
        '<td class="num">' + money(r.total) + '</td><td>' + (r.status === 'Cancelled' ? '—' : '<span class="badge ' + (r.paid ? 'b-paid">Paid' : 'b-unpaid">Unpaid') + '</span>') + '</td>' +
        '<td><span class="badge b-' + r.status + '">' + r.status + '</span></td>' +
        '<td><button class="kebab" title="Actions for ' + r.id + '" aria-label="Actions for ' + r.id + '">⋮</button></td></tr>';
    }).join('') || '<tr><td colspan="10" style="text-align:center;color:#8a93a8;padding:20px">No rentals match.</td></tr>';
    $all('.kebab', tb).forEach(function (k) {
      k.addEventListener('click', function (e) {
        e.stopPropagation();
        var r = S.rentals.find(function (x) { return x.id === k.closest('tr').dataset.id; });
        openMenu(k, rentalMenu(r));
      });
    });
    var out = S.rentals.filter(function (r) { return r.status === 'Out'; }).length;
    var dueToday = S.rentals.filter(function (r) { return r.status === 'Out' && r.end === S.today; }).length;
    var res = S.rentals.filter(function (r) { return r.status === 'Reserved'; }).length;
    var owed = S.rentals.filter(function (r) { return !r.paid && r.status !== 'Cancelled'; }).reduce(function (s, r) { return s + r.total; }, 0);
    $('#rentalSummary').innerHTML = '<span>Out now: <b>' + out + '</b></span><span>Due back today: <b>' + dueToday + '</b></span><span>Upcoming reservations: <b>' + res + '</b></span><span>Outstanding: <b>' + money(owed) + '</b></span>';
  }

  function rentalMenu(r) {
    var items = [{ label: 'View details', run: function () { viewRental(r); } }];
    if (r.status === 'Reserved') items.push({ label: 'Hand out gear', run: function () { handOut(r); } });
    if (r.status === 'Out') {
      items.push({ label: 'Check in return…', run: function () { returnDialog(r); } });
      items.push({ label: 'Extend rental…', run: function () { extendDialog(r); } });
    }
    if (!r.paid && r.status !== 'Cancelled') items.push({ label: 'Record payment…', run: function () { payDialog(r); } });
    if (r.status === 'Reserved') items.push({ label: 'Cancel reservation', warn: true, run: function () { cancelDialog(r); } });
    return items;
  }

  function viewRental(r) {
    var c = custById(r.customer);
    var html = '<div class="sumbox"><div><b>' + esc(c.name) + '</b> · ' + esc(c.phone) + '</div>' +
      '<div>' + fmtD(r.start) + ' – ' + fmtD(r.end) + ' (' + days(r.start, r.end) + ' days) · cover: ' + r.insurance + '</div>' +
      r.items.map(function (id) { var e = eqById(id); return '<div>' + id + ' — ' + esc(e.model) + ' ' + esc(e.size) + ' · ' + money(e.rate) + '/day</div>'; }).join('') +
      '<div class="tot">Total ' + money(r.total) + ' · ' + (r.paid ? 'paid (' + r.payMethod + ')' : 'unpaid') + '</div>' +
      (r.returnedOn ? '<div>Returned ' + fmtD(r.returnedOn) + '</div>' : '') + '</div>';
    openModal(r.id + ' · ' + r.status, html, [{ label: 'Close', onClick: closeModal }]);
  }

  function handOut(r) {
    var bad = r.items.filter(function (id) { return eqById(id).status !== 'Available'; });
    if (bad.length) { toast('Cannot hand out: ' + bad.join(', ') + ' not available'); return; }
    r.status = 'Out';
    r.items.forEach(function (id) { eqById(id).status = 'Rented'; });
    toast(r.id + ' handed out');
    render();
  }

  function returnDialog(r) {
    var html = '<p style="margin-top:0">Inspect each item and record its condition. Items not in good condition go straight to the workshop queue.</p>' +
      r.items.map(function (id) {
        var e = eqById(id);
        return '<div class="itemrow"><span><b>' + id + '</b> ' + esc(e.model) + ' · ' + esc(e.size) + '</span><select data-item="' + id + '" aria-label="Condition of ' + id + '"><option>Good</option><option>Needs wax</option><option>Damaged</option></select></div>';
      }).join('') +
      '<p class="gear">Return date: ' + fmtD(S.today) + (r.end > S.today ? ' (early return — no refund)' : '') + '</p>';
    openModal('Check in return — ' + r.id, html, [
      { label: 'Cancel', onClick: closeModal },
      { label: 'Check in gear', cls: 'primary', onClick: function () {
        $all('#modal select[data-item]').forEach(function (s) {
          var e = eqById(s.dataset.item);
          e.condition = s.value;
          if (s.value === 'Good') { e.status = 'Available'; }
          else { e.status = 'Service'; e.service = { reason: s.value === 'Needs wax' ? 'Wax & tune' : 'Damage repair', note: 'Flagged at return of ' + r.id, since: S.today }; }
        });
        r.status = 'Returned'; r.returnedOn = S.today;
        closeModal(); toast(r.id + ' checked in'); render();
      } }
    ]);
  }

  function extendDialog(r) {
    var html = '<div class="field"><span class="lbl">Current period</span>' + fmtD(r.start) + ' – ' + fmtD(r.end) + ' (' + days(r.start, r.end) + ' days) · ' + money(r.total) + '</div>' +
      '<div class="field"><label for="extEnd">New return date</label><input type="date" id="extEnd" value="' + r.end + '"></div>' +
      '<div class="sumbox" id="extSum">Pick a later date to see the new total.</div><div class="err" id="extErr"></div>';
    openModal('Extend rental — ' + r.id, html, [
      { label: 'Cancel', onClick: closeModal },
      { label: 'Confirm extension', cls: 'primary', onClick: function () {
        var v = $('#extEnd').value;
        if (!v || v <= r.end) { $('#extErr').textContent = 'The new return date must be after ' + fmtD(r.end) + '.'; return; }
        var clash = r.items.filter(function (id) { return busy(id, r.end, v, r.id); });
        if (clash.length) { $('#extErr').textContent = 'Already booked in that period: ' + clash.join(', '); return; }
        r.end = v; r.total = calcTotal(r.items, r.start, r.end, r.insurance);
        closeModal(); toast(r.id + ' extended to ' + fmtD(v)); render();
      } }
    ]);
    $('#extEnd').addEventListener('input', function () {
      var v = this.value;
      if (v && v > r.end) {
        var t = calcTotal(r.items, r.start, v, r.insurance);
        $('#extSum').innerHTML = 'New period: ' + days(r.start, v) + ' days · new total <b>' + money(t) + '</b> (+' + money(t - r.total) + ')';
      } else $('#extSum').textContent = 'Pick a later date to see the new total.';
    });
  }

  function payDialog(r) {
    var html = '<p style="margin-top:0">Amount due for <b>' + r.id + '</b>: <b>' + money(r.total) + '</b></p>' +
      '<div class="field"><span class="lbl">Payment method</span><div class="radios">' +
      '<label><input type="radio" name="pm" value="Card" checked> Card</label><label><input type="radio" name="pm" value="Cash"> Cash</label></div></div>';
    openModal('Record payment', html, [
      { label: 'Cancel', onClick: closeModal },
      { label: 'Record payment', cls: 'primary', onClick: function () {
        r.paid = true; r.payMethod = $('input[name=pm]:checked').value;
        closeModal(); toast('Payment recorded for ' + r.id); render();
      } }
    ], 440);
  }

  function cancelDialog(r) {
    openModal('Cancel reservation?', '<p>Cancel <b>' + r.id + '</b> for ' + esc(custById(r.customer).name) + '? The gear will be released for these dates.</p>', [
      { label: 'Keep it', onClick: closeModal },
      { label: 'Cancel reservation', cls: 'danger', onClick: function () { r.status = 'Cancelled'; r.total = 0; closeModal(); toast(r.id + ' cancelled'); render(); } }
    ], 440);
  }

  // ---------- new rental wizard ----------
  function wizard() {
    var w = { step: 1, mode: 'existing', customer: '', name: '', phone: '', start: S.today, end: '', items: [], insurance: 'None', paid: false, pm: 'Card' };
    function draw() {
      var steps = ['Customer', 'Dates & gear', 'Cover & payment'];
      var head = '<div class="steps">' + steps.map(function (s, i) { return '<div class="' + (i + 1 === w.step ? 'cur' : i + 1 < w.step ? 'done' : '') + '">' + (i + 1) + '. ' + s + '</div>'; }).join('') + '</div>';
      var body = '';
      if (w.step === 1) {
        body = '<div class="field"><div class="radios"><label><input type="radio" name="cm" value="existing"' + (w.mode === 'existing' ? ' checked' : '') + '> Existing customer</label>' +
          '<label><input type="radio" name="cm" value="new"' + (w.mode === 'new' ? ' checked' : '') + '> New customer</label></div></div>';
        if (w.mode === 'existing') {
          body += '<div class="field"><label for="wCust">Customer</label><select id="wCust"><option value="">— choose —</option>' +
            S.customers.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).map(function (c) { return '<option value="' + c.id + '"' + (w.customer === c.id ? ' selected' : '') + '>' + esc(c.name) + ' (' + c.id + ')</option>'; }).join('') + '</select></div>';
        } else {
          body += '<div class="row2"><div class="field"><label for="wName">Full name</label><input type="text" id="wName" value="' + esc(w.name) + '"></div>' +
            '<div class="field"><label for="wPhone">Phone</label><input type="tel" id="wPhone" value="' + esc(w.phone) + '"></div></div>';
        }
      } else if (w.step === 2) {
        body = '<div class="row2"><div class="field"><label for="wStart">First day</label><input type="date" id="wStart" value="' + w.start + '"></div>' +
          '<div class="field"><label for="wEnd">Last day</label><input type="date" id="wEnd" value="' + w.end + '"></div></div>';
        if (w.start && w.end && w.end >= w.start) {
          var groups = ['Skis', 'Snowboard', 'Boots', 'Helmet', 'Poles'];
          body += '<div class="field"><span class="lbl">Gear available ' + fmtD(w.start) + ' – ' + fmtD(w.end) + '</span><div class="gearlist">' + groups.map(function (g) {
            return '<div class="grp">' + g + '</div>' + S.equipment.filter(function (e) { return e.type === g; }).map(function (e) {
              var na = e.status === 'Service' || busy(e.id, w.start, w.end);
              return '<label class="' + (na ? 'na' : '') + '"><input type="checkbox" value="' + e.id + '"' + (na ? ' disabled' : '') + (w.items.indexOf(e.id) >= 0 ? ' checked' : '') + '> ' + e.id + ' · ' + esc(e.model) + ' · ' + esc(e.size) + (na ? ' (unavailable)' : '') + '<span class="rate">' + money(e.rate) + '/day</span></label>';
            }).join('');
          }).join('') + '</div></div>';
        } else body += '<p class="gear">Choose the first and last day to see which gear is free.</p>';
      } else {
        body = '<div class="field"><span class="lbl">Damage &amp; theft cover</span><div class="radios">' +
          ['None', 'Basic', 'Full'].map(function (k) { return '<label><input type="radio" name="ins" value="' + k + '"' + (w.insurance === k ? ' checked' : '') + '> ' + k + (INS[k] ? ' (+' + money(INS[k]) + '/day)' : '') + '</label>'; }).join('') + '</div></div>' +
          '<div class="field"><label style="font-weight:400"><input type="checkbox" id="wPaid"' + (w.paid ? ' checked' : '') + '> Customer is paying now</label></div>' +
          '<div class="sumbox" id="wSum"></div>';
      }
      openModal('New rental', head + body + '<div class="err" id="wErr"></div>', [
        { label: 'Cancel', onClick: closeModal },
        w.step > 1 ? { label: 'Back', onClick: function () { collect(); w.step--; draw(); } } : null,
        w.step < 3 ? { label: 'Next', cls: 'primary', onClick: next } : { label: 'Create rental', cls: 'primary', onClick: create }
      ].filter(Boolean), 620);
      if (w.step === 1) $all('input[name=cm]').forEach(function (r) { r.addEventListener('change', function () { collect(); w.mode = r.value; draw(); }); });
      if (w.step === 2) {
        ['#wStart', '#wEnd'].forEach(function (s) { $(s).addEventListener('change', function () { collect(); w.items = w.items.filter(function (id) { return w.start && w.end && !busy(id, w.start, w.end) && eqById(id).status !== 'Service'; }); draw(); }); });
      }
      if (w.step === 3) { $all('input[name=ins]').forEach(function (r) { r.addEventListener('change', function () { collect(); summary(); }); }); summary(); }
    }
    function summary() {
      var c = w.mode === 'existing' ? custById(w.customer).name : w.name;
      $('#wSum').innerHTML = '<div><b>' + esc(c) + '</b></div><div>' + fmtD(w.start) + ' – ' + fmtD(w.end) + ' · ' + days(w.start, w.end) + ' days</div>' +
        '<div>' + w.items.join(', ') + '</div><div class="tot">Total ' + money(calcTotal(w.items, w.start, w.end, w.insurance)) + '</div>';
    }
    function collect() {
      if (w.step === 1) {
        if (w.mode === 'existing') { var s = $('#wCust'); if (s) w.customer = s.value; }
        else { w.name = $('#wName').value.trim(); w.phone = $('#wPhone').value.trim(); }
      } else if (w.step === 2) {
        w.start = $('#wStart').value; w.end = $('#wEnd').value;
        if ($('.gearlist')) w.items = $all('.gearlist input:checked').map(function (i) { return i.value; });
      } else {
        w.insurance = $('input[name=ins]:checked').value; w.paid = $('#wPaid').checked;
      }
    }
    function next() {
      collect();
      var err = '';
      if (w.step === 1) {
        if (w.mode === 'existing' && !w.customer) err = 'Choose a customer.';
        if (w.mode === 'new' && (!w.name || !w.phone)) err = 'Name and phone are required for a new customer.';
      } else if (w.step === 2) {
        if (!w.start || !w.end) err = 'Enter both dates.';
        else if (w.end < w.start) err = 'The last day is before the first day.';
        else if (w.start < S.today) err = 'Rentals cannot start in the past.';
        else if (!w.items.length) err = 'Tick at least one item.';
      }
      if (err) { $('#wErr').textContent = err; return; }
      w.step++; draw();
    }
    function create() {
      collect();
      var cid = w.customer;
      if (w.mode === 'new') {
        cid = 'C-' + S.nextCustomerNo++;
        S.customers.push({ id: cid, name: w.name, phone: w.phone });
      }
      var r = rent('RN-' + S.nextRentalNo++, cid, w.items.slice(), w.start, w.end, w.start <= S.today ? 'Out' : 'Reserved', w.insurance, w.paid, w.paid ? 'Card' : null);
      r.total = calcTotal(r.items, r.start, r.end, r.insurance);
      if (r.status === 'Out') r.items.forEach(function (id) { eqById(id).status = 'Rented'; });
      S.rentals.push(r);
      closeModal(); toast(r.id + ' created for ' + custById(cid).name); render();
    }
    draw();
  }

  // ---------- equipment ----------
  function renderEquipment() {
    var q = $('#eqSearch').value.trim().toLowerCase();
    var list = S.equipment.filter(function (e) {
      if (ui.type && e.type !== ui.type) return false;
      return !q || e.id.toLowerCase().indexOf(q) >= 0 || e.model.toLowerCase().indexOf(q) >= 0;
    });
    $('#eqCards').innerHTML = list.map(function (e) {
      return '<div class="card" data-id="' + e.id + '"><button class="kebab" aria-label="Actions for ' + e.id + '" title="Actions for ' + e.id + '">⋯</button>' +
        '<div class="code">' + e.id + '</div><h3>' + esc(e.model) + '</h3><div class="meta">' + e.type + ' · ' + esc(e.size) + ' · ' + money(e.rate) + '/day</div>' +
        (e.service && e.status === 'Service' ? '<div class="meta">Workshop: ' + esc(e.service.reason) + (e.service.note ? ' — ' + esc(e.service.note) : '') + '</div>' : '') +
        '<div class="badges"><span class="badge b-' + e.status + '">' + e.status + '</span><span class="cond ' + e.condition.split(' ')[0] + '">' + e.condition + '</span></div></div>';
    }).join('');
    $all('#eqCards .kebab').forEach(function (k) {
      k.addEventListener('click', function (ev) {
        ev.stopPropagation();
        var e = eqById(k.closest('.card').dataset.id);
        var items = [];
        if (e.status !== 'Service') items.push({ label: 'Send to workshop…', run: function () { workshopDialog(e); } });
        if (e.status === 'Service') items.push({ label: 'Back in service', run: function () { e.status = busyNow(e.id) ? 'Rented' : 'Available'; e.condition = 'Good'; e.service = null; toast(e.id + ' back in service'); render(); } });
        items.push({ label: 'Change day rate…', run: function () { rateDialog(e); } });
        openMenu(k, items);
      });
    });
  }
  function busyNow(id) { return S.rentals.some(function (r) { return r.status === 'Out' && r.items.indexOf(id) >= 0; }); }

  function workshopDialog(e) {
    if (e.status === 'Rented') { toast(e.id + ' is out on hire — check it in first'); return; }
    var reasons = ['Wax & tune', 'Edge repair', 'Binding check', 'Damage repair'];
    var html = '<p style="margin-top:0"><b>' + e.id + '</b> ' + esc(e.model) + ' · ' + esc(e.size) + '</p>' +
      '<div class="field"><span class="lbl">Work needed</span><div class="radios">' + reasons.map(function (r, i) { return '<label><input type="radio" name="wr" value="' + r + '"' + (i === 0 ? ' checked' : '') + '> ' + r + '</label>'; }).join('') + '</div></div>' +
      '<div class="field"><label for="wsCond">Condition</label><select id="wsCond">' + ['Good', 'Needs wax', 'Damaged'].map(function (c) { return '<option' + (c === e.condition ? ' selected' : '') + '>' + c + '</option>'; }).join('') + '</select></div>' +
      '<div class="field"><label for="wsNote">Note for the workshop</label><textarea id="wsNote" rows="3"></textarea></div>';
    openModal('Send to workshop', html, [
      { label: 'Cancel', onClick: closeModal },
      { label: 'Send to workshop', cls: 'primary', onClick: function () {
        e.status = 'Service'; e.condition = $('#wsCond').value;
        e.service = { reason: $('input[name=wr]:checked').value, note: $('#wsNote').value.trim(), since: S.today };
        closeModal(); toast(e.id + ' sent to workshop'); render();
      } }
    ], 520);
  }

  function rateDialog(e) {
    openModal('Day rate — ' + e.id, '<div class="field"><label for="rateIn">Rate per day (€)</label><input type="text" id="rateIn" value="' + e.rate + '"></div><div class="err" id="rateErr"></div>', [
      { label: 'Cancel', onClick: closeModal },
      { label: 'Save rate', cls: 'primary', onClick: function () {
        var v = Number($('#rateIn').value);
        if (!(v > 0)) { $('#rateErr').textContent = 'Enter a positive amount.'; return; }
        e.rate = v; closeModal(); toast('Rate updated'); render();
      } }
    ], 400);
  }

  // ---------- customers ----------
  function renderCustomers() {
    $('#custTable tbody').innerHTML = S.customers.map(function (c) {
      var rs = S.rentals.filter(function (r) { return r.customer === c.id; });
      var open = rs.filter(function (r) { return r.status === 'Out' || r.status === 'Reserved'; }).map(function (r) { return r.id; }).join(', ');
      return '<tr><td>' + c.id + '</td><td>' + esc(c.name) + '</td><td>' + esc(c.phone) + '</td><td>' + rs.length + '</td><td>' + (open || '—') + '</td></tr>';
    }).join('');
  }

  function render() {
    if (ui.tab === 'rentals') renderRentals();
    if (ui.tab === 'equipment') renderEquipment();
    if (ui.tab === 'customers') renderCustomers();
  }

  $('#rentalSearch').addEventListener('input', renderRentals);
  $('#rentalStatus').addEventListener('change', renderRentals);
  $('#eqSearch').addEventListener('input', renderEquipment);
  $all('#typeSeg button').forEach(function (b) {
    b.addEventListener('click', function () { ui.type = b.dataset.type; $all('#typeSeg button').forEach(function (x) { x.classList.toggle('on', x === b); }); renderEquipment(); });
  });
  $('#newRentalBtn').addEventListener('click', wizard);
  $('#overlay').addEventListener('click', function (e) { if (e.target.id === 'overlay') closeModal(); });
  $('#todayLbl').textContent = 'Today: Wed 12 Feb 2025 · Desk: Anna';
  render();
})();
