/* Stitch & Hem alterations desk */
(function () {
  var TODAY = '2024-05-20';
  var TAILORS = ['Bartek Nowicki', 'Mei Lin Zhao', 'Rosa Albarrán', 'Imran Siddiqui', 'Gwen Tudor'];

  function tk(no, customer, phone, garment, work, tailor, received, due, price, status, paid) {
    return { no: no, customer: customer, phone: phone, garment: garment, work: work, tailor: tailor, received: received, due: due, price: price, status: status, paid: !!paid, notes: '' };
  }

  window.state = {
    page: 'tickets',
    statusTab: 'Open',
    search: '',
    tickets: [
      tk('T-3071', 'Graham Lister', '07700 900114', 'Grey suit trousers', 'Hem trousers', 'Bartek Nowicki', '2024-05-02', '2024-05-09', 14, 'Collected', true),
      tk('T-3072', 'Sophie Marchetti', '07700 900271', 'Wedding dress (ivory)', 'Take in bodice, bustle', 'Rosa Albarrán', '2024-04-22', '2024-05-31', 120, 'In progress', false),
      tk('T-3074', 'Ben Oduya', '07700 900358', 'Denim jacket', 'Zip replacement — jacket', 'Imran Siddiqui', '2024-05-06', '2024-05-13', 24, 'Collected', true),
      tk('T-3075', 'Claire Fenton', '07700 900402', 'Black jeans', 'Hem jeans (original hem)', 'Mei Lin Zhao', '2024-05-08', '2024-05-15', 18, 'Ready', true),
      tk('T-3077', 'Ravi Chauhan', '07700 900433', 'Blazer (charcoal)', 'Shorten jacket sleeves', 'Bartek Nowicki', '2024-05-09', '2024-05-17', 26, 'Ready', false),
      tk('T-3078', 'Ingrid Solberg', '07700 900519', 'Summer dress (floral)', 'Hem dress', 'Mei Lin Zhao', '2024-05-10', '2024-05-18', 22, 'Collected', true),
      tk('T-3079', 'Hana Kowalczyk', '07700 900562', 'Camel wool coat', 'Reline coat', 'Rosa Albarrán', '2024-05-03', '2024-05-20', 85, 'Ready', false),
      tk('T-3080', 'Mohammed Farouk', '07700 900611', 'Chinos (navy)', 'Take in trousers waist', 'Imran Siddiqui', '2024-05-13', '2024-05-20', 18, 'Ready', false),
      tk('T-3081', 'Patricia Doyle', '07700 900648', 'Leather skirt', 'Zip replacement — dress', 'Gwen Tudor', '2024-05-13', '2024-05-22', 20, 'In progress', false),
      tk('T-3082', 'Lewis Carmody', '07700 900702', 'Cycling jacket', 'Zip replacement — jacket', 'Imran Siddiqui', '2024-05-14', '2024-05-21', 24, 'In progress', false),
      tk('T-3083', 'Amelia Hart', '07700 900737', 'Prom dress (emerald)', 'Hem dress, take in bodice', 'Rosa Albarrán', '2024-05-14', '2024-06-07', 62, 'Received', false),
      tk('T-3084', 'Niall Brennan', '07700 900781', 'Work trousers x3', 'Hem trousers', 'Bartek Nowicki', '2024-05-15', '2024-05-22', 42, 'In progress', true),
      tk('T-3085', 'Tunde Adeyemi', '07700 900803', 'Navy suit jacket', 'Take in jacket, shorten sleeves', 'Bartek Nowicki', '2024-05-15', '2024-05-28', 61, 'In progress', false),
      tk('T-3086', 'Tunde Adeyemi', '07700 900803', 'Navy suit trousers', 'Hem trousers, taper', 'Bartek Nowicki', '2024-05-15', '2024-05-28', 38, 'In progress', false),
      tk('T-3087', 'Grace Adebayo', '07700 900829', 'Linen shirt', 'Take in sides', 'Mei Lin Zhao', '2024-05-16', '2024-05-23', 20, 'Received', false),
      tk('T-3088', 'Owen Pritchard', '07700 900866', 'Kilt', 'Let out waist', 'Gwen Tudor', '2024-05-16', '2024-05-30', 45, 'Received', false),
      tk('T-3089', 'Hana Kowalczyk', '07700 900562', 'Bridesmaid dress (sage satin)', 'Take in bodice, hem dress', 'Rosa Albarrán', '2024-05-17', '2024-06-01', 62, 'Received', false),
      tk('T-3090', 'Dylan Moss', '07700 900891', 'Parka', 'Patch / darn elbow', 'Gwen Tudor', '2024-05-17', '2024-05-24', 10, 'In progress', false),
      tk('T-3091', 'Yasmin Ali', '07700 900912', 'Abaya', 'Hem dress', 'Mei Lin Zhao', '2024-05-17', '2024-05-24', 22, 'Received', false),
      tk('T-3092', 'Lorna Beckett', '07700 900945', 'Linen trousers (stone)', 'Hem trousers', 'Mei Lin Zhao', '2024-05-17', '2024-05-21', 14, 'In progress', false),
      tk('T-3093', 'Lorna Beckett', '07700 900945', 'Linen blazer (stone)', 'Shorten jacket sleeves', 'Bartek Nowicki', '2024-05-17', '2024-05-24', 26, 'In progress', false),
      tk('T-3094', 'Aaron Whitfield', '07700 900967', 'Wool trousers', 'Take in trousers waist', 'Imran Siddiqui', '2024-05-18', '2024-05-25', 18, 'Received', false),
      tk('T-3095', 'Chloe Barnard', '07700 900978', 'Bridesmaid dress (sage satin)', 'Hem dress', 'Rosa Albarrán', '2024-05-18', '2024-06-01', 22, 'Received', false),
      tk('T-3096', 'Kwame Asante', '07700 900983', 'Dinner jacket', 'Sew on buttons, shorten sleeves', 'Bartek Nowicki', '2024-05-18', '2024-05-29', 32, 'Received', false),
      tk('T-3097', 'Esme Goldberg', '07700 900991', 'Silk blouse', 'Take in sides', 'Mei Lin Zhao', '2024-05-20', '2024-05-27', 20, 'Received', false),
      tk('T-3098', 'Harvey Quinn', '07700 900996', 'Raincoat', 'Zip replacement — jacket', 'Imran Siddiqui', '2024-05-20', '2024-05-27', 24, 'Received', false)
    ],
    tailors: [
      { name: 'Bartek Nowicki', speciality: 'Menswear & suits', available: true },
      { name: 'Mei Lin Zhao', speciality: 'Hems & everyday repairs', available: true },
      { name: 'Rosa Albarrán', speciality: 'Bridal & eveningwear', available: true },
      { name: 'Imran Siddiqui', speciality: 'Zips, outerwear, leather', available: true },
      { name: 'Gwen Tudor', speciality: 'Knitwear & mending', available: false }
    ],
    prices: [
      { code: 'HEM-T', service: 'Hem trousers', price: 14 },
      { code: 'HEM-J', service: 'Hem jeans (original hem)', price: 18 },
      { code: 'HEM-D', service: 'Hem dress', price: 22 },
      { code: 'TPR-T', service: 'Taper trousers', price: 24 },
      { code: 'TKN-T', service: 'Take in trousers waist', price: 18 },
      { code: 'TKN-S', service: 'Take in sides (shirt / blouse)', price: 20 },
      { code: 'TKN-J', service: 'Take in jacket', price: 35 },
      { code: 'SLV-J', service: 'Shorten jacket sleeves', price: 26 },
      { code: 'BOD-D', service: 'Take in bodice', price: 40 },
      { code: 'ZIP-T', service: 'Zip replacement — trousers', price: 16 },
      { code: 'ZIP-J', service: 'Zip replacement — jacket', price: 24 },
      { code: 'ZIP-D', service: 'Zip replacement — dress / skirt', price: 20 },
      { code: 'LIN-C', service: 'Reline coat', price: 85 },
      { code: 'BTN-4', service: 'Sew on buttons (up to 4)', price: 6 },
      { code: 'PAT-1', service: 'Patch / darn', price: 10 }
    ]
  };

  var st = window.state;
  var page = document.getElementById('page');
  var modalHost = document.getElementById('modal');
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function e(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function shortDate(d) { var p = d.split('-'); var wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(d + 'T12:00:00').getDay()]; return wd + ' ' + (+p[2]) + ' ' + MONTHS[+p[1] - 1]; }
  function getTicket(no) { for (var i = 0; i < st.tickets.length; i++) if (st.tickets[i].no === no) return st.tickets[i]; }
  function note(msg) { var n = document.getElementById('note'); n.textContent = msg; n.className = 'note on'; clearTimeout(note.t); note.t = setTimeout(function () { n.className = 'note'; }, 2200); }

  var TABS = [['Open', 'Open'], ['Received', 'Received'], ['In progress', 'In progress'], ['Ready', 'Ready'], ['Collected', 'Collected'], ['All', 'All']];

  function ticketRows() {
    var q = st.search.trim().toLowerCase();
    return st.tickets.filter(function (t) {
      if (st.statusTab === 'Open' && (t.status === 'Collected' || t.status === 'Cancelled')) return false;
      if (st.statusTab !== 'Open' && st.statusTab !== 'All' && t.status !== st.statusTab) return false;
      if (q && (t.no + ' ' + t.customer + ' ' + t.garment).toLowerCase().indexOf(q) < 0) return false;
      return true;
    }).sort(function (a, b) { return a.due < b.due ? -1 : a.due > b.due ? 1 : (a.no < b.no ? -1 : 1); });
  }

  function renderTickets() {
    var rows = ticketRows();
    var html = '<div class="heading"><h1>Alteration tickets</h1><span>' + rows.length + ' shown</span></div>';
    html += '<div class="bar"><div class="stabs" id="stabs">' + TABS.map(function (t) {
      return '<button data-st="' + t[0] + '"' + (st.statusTab === t[0] ? ' class="on"' : '') + '>' + t[1] + '</button>';
    }).join('') + '</div><input type="search" id="tsearch" placeholder="Search name, ticket or garment" value="' + e(st.search) + '"></div>';
    html += '<table class="t"><thead><tr><th>Ticket</th><th>Customer</th><th>Garment &amp; work</th><th>Tailor</th><th>Due</th><th>Price</th><th>Status</th><th></th></tr></thead><tbody>';
    rows.forEach(function (t) {
      var soon = (t.status === 'Received' || t.status === 'In progress') && t.due <= '2024-05-21';
      html += '<tr data-ticket="' + t.no + '"><td class="tno">' + t.no + '</td><td>' + e(t.customer) + '<div class="small">' + t.phone + '</div></td>' +
        '<td>' + e(t.garment) + '<div class="small">' + e(t.work) + '</div></td><td>' + e(t.tailor) + '</td>' +
        '<td class="' + (soon ? 'due-soon' : '') + '">' + shortDate(t.due) + '</td><td>£' + t.price + (t.paid ? ' <span class="small">paid</span>' : '') + '</td>' +
        '<td><span class="lab ' + t.status.replace(' ', '-') + '">' + t.status + '</span></td>' +
        '<td class="actbox"><button class="actbtn" data-act="' + t.no + '" aria-label="Actions for ' + t.no + '">Actions ▾</button></td></tr>';
    });
    if (!rows.length) html += '<tr><td colspan="8" class="small" style="text-align:center;padding:24px">No tickets found.</td></tr>';
    html += '</tbody></table>';
    page.innerHTML = html;
    var s = document.getElementById('tsearch');
    s.oninput = function () { st.search = s.value; var p = s.selectionStart; renderTickets(); var n = document.getElementById('tsearch'); n.focus(); n.setSelectionRange(p, p); };
  }

  function renderTailors() {
    var html = '<div class="heading"><h1>Tailors</h1><span>Who is in the workroom today</span></div><div class="tailors">';
    st.tailors.forEach(function (t, i) {
      var open = st.tickets.filter(function (k) { return k.tailor === t.name && (k.status === 'Received' || k.status === 'In progress'); }).length;
      html += '<div class="tl"><div class="nm">' + e(t.name) + '</div><div class="sp">' + e(t.speciality) + ' · ' + open + ' open tickets</div>' +
        '<label><input type="checkbox" data-avail="' + i + '"' + (t.available ? ' checked' : '') + '> Available today</label></div>';
    });
    page.innerHTML = html + '</div>';
  }

  function renderPrices() {
    var html = '<div class="heading"><h1>Price list</h1><span>Standard prices in £, used when writing new tickets</span></div><div class="prices"><table class="t"><thead><tr><th>Code</th><th>Service</th><th style="text-align:right">Price (£)</th></tr></thead><tbody>';
    st.prices.forEach(function (p) {
      html += '<tr><td class="small">' + p.code + '</td><td>' + e(p.service) + '</td><td style="text-align:right"><input type="number" min="1" step="1" data-code="' + p.code + '" aria-label="Price for ' + e(p.service) + '" value="' + p.price + '"></td></tr>';
    });
    html += '</tbody></table><div class="savebar"><button class="b1" id="save-prices">Save price list</button><button class="b2" id="undo-prices">Undo changes</button><span class="small" id="dirty"></span></div></div>';
    page.innerHTML = html;
  }

  function render() {
    var links = document.querySelectorAll('#links a');
    for (var i = 0; i < links.length; i++) links[i].className = links[i].getAttribute('data-page') === st.page ? 'here' : '';
    if (st.page === 'tickets') renderTickets(); else if (st.page === 'tailors') renderTailors(); else renderPrices();
  }

  /* ----- modal helper ----- */
  function openModal(title, inner, buttons) {
    var html = '<div class="mod-bg"><div class="mod" role="dialog"><header>' + title + '</header><div class="in">' + inner + '<div class="warn" id="mwarn"></div></div><footer>';
    buttons.forEach(function (b, i) { html += '<button class="' + b.cls + '" data-mb="' + i + '">' + b.label + '</button>'; });
    modalHost.innerHTML = html + '</footer></div></div>';
    buttons.forEach(function (b, i) {
      modalHost.querySelector('[data-mb="' + i + '"]').onclick = function () {
        if (b.run) { var w = b.run(); if (w) { document.getElementById('mwarn').textContent = w; return; } }
        modalHost.innerHTML = '';
        render();
      };
    });
  }
  function val(id) { return document.getElementById(id).value; }

  function openTicket(t) {
    var locked = t.status === 'Collected' || t.status === 'Cancelled';
    openModal('Ticket ' + t.no + ' — ' + e(t.customer),
      '<div class="f row"><div><label>Garment</label><input readonly value="' + e(t.garment) + '"></div><div><label>Received</label><input readonly value="' + shortDate(t.received) + '"></div></div>' +
      '<div class="f"><label for="ed-work">Work required</label><input id="ed-work" value="' + e(t.work) + '"' + (locked ? ' readonly' : '') + '></div>' +
      '<div class="f row"><div><label for="ed-tailor">Tailor</label><select id="ed-tailor"' + (locked ? ' disabled' : '') + '>' + TAILORS.map(function (n) { return '<option' + (n === t.tailor ? ' selected' : '') + '>' + n + '</option>'; }).join('') + '</select></div>' +
      '<div><label for="ed-due">Due date</label><input type="date" id="ed-due" value="' + t.due + '"' + (locked ? ' readonly' : '') + '></div></div>' +
      '<div class="f row"><div><label for="ed-price">Price (£)</label><input type="number" id="ed-price" value="' + t.price + '"' + (locked ? ' readonly' : '') + '></div><div><label for="ed-phone">Phone</label><input id="ed-phone" value="' + e(t.phone) + '"' + (locked ? ' readonly' : '') + '></div></div>' +
      '<div class="f"><label for="ed-notes">Notes</label><textarea id="ed-notes" rows="2">' + e(t.notes) + '</textarea></div>',
      locked ? [{ label: 'Close', cls: 'b2' }] : [
        { label: 'Cancel', cls: 'b2' },
        {
          label: 'Save changes', cls: 'b1', run: function () {
            var due = val('ed-due'), price = Number(val('ed-price'));
            if (!due) return 'Please enter a due date.';
            if (due < t.received) return 'Due date cannot be before the ticket was received.';
            if (!(price > 0)) return 'Price must be more than £0.';
            if (!val('ed-work').trim()) return 'Describe the work required.';
            t.work = val('ed-work').trim(); t.tailor = val('ed-tailor'); t.due = due; t.price = price; t.phone = val('ed-phone').trim(); t.notes = val('ed-notes');
            note(t.no + ' updated');
          }
        }]);
  }

  function markReady(t) {
    openModal('Mark ' + t.no + ' ready for collection?', '<p>' + e(t.garment) + ' for ' + e(t.customer) + '.</p><label class="check"><input type="checkbox" id="rd-sms" checked> Text ' + e(t.customer.split(' ')[0]) + ' on ' + t.phone + '</label>', [
      { label: 'Not yet', cls: 'b2' },
      { label: 'Mark ready', cls: 'b1', run: function () { t.status = 'Ready'; t.notified = document.getElementById('rd-sms').checked; note(t.no + ' is ready' + (t.notified ? ' — customer texted' : '')); } }
    ]);
  }

  function markCollected(t) {
    openModal('Collect ' + t.no, '<p>' + e(t.garment) + ' · £' + t.price + (t.paid ? ' (already paid)' : ' due') + '</p>' +
      (t.paid ? '' : '<div class="f"><label for="co-pay">Payment taken</label><select id="co-pay"><option value="">Choose…</option><option>Card</option><option>Cash</option></select></div>'), [
      { label: 'Cancel', cls: 'b2' },
      {
        label: 'Mark collected', cls: 'b1', run: function () {
          if (!t.paid) { var p = val('co-pay'); if (!p) return 'Choose how the customer paid.'; t.paid = true; t.payMethod = p; }
          t.status = 'Collected'; t.collectedOn = TODAY; note(t.no + ' collected');
        }
      }
    ]);
  }

  function cancelTicket(t) {
    openModal('Cancel ticket ' + t.no + '?', '<p>' + e(t.customer) + ' — ' + e(t.garment) + '. The ticket will be closed and the tailor\'s work stopped.</p>' +
      '<div class="f"><label for="cx-why">Reason (optional)</label><input id="cx-why"></div>', [
      { label: 'Keep ticket', cls: 'b2' },
      { label: 'Cancel ticket', cls: 'b3', run: function () { t.status = 'Cancelled'; t.cancelReason = val('cx-why').trim(); note(t.no + ' cancelled'); } }
    ]);
  }

  function actionMenu(btn, t) {
    closeMenus();
    var items = [['open', 'Open ticket']];
    if (t.status === 'Received') items.push(['progress', 'Start work (in progress)']);
    if (t.status === 'In progress') items.push(['ready', 'Mark ready for collection']);
    if (t.status === 'Ready') items.push(['collect', 'Mark collected']);
    if (t.status !== 'Collected' && t.status !== 'Cancelled') items.push(['cancel', 'Cancel ticket…']);
    var m = document.createElement('div');
    m.className = 'actmenu';
    m.innerHTML = items.map(function (it) { return '<div data-do="' + it[0] + '"' + (it[0] === 'cancel' ? ' class="neg"' : '') + '>' + it[1] + '</div>'; }).join('');
    btn.parentNode.appendChild(m);
    m.onclick = function (ev) {
      var d = ev.target.getAttribute('data-do'); if (!d) return;
      ev.stopPropagation();
      closeMenus();
      if (d === 'open') openTicket(t);
      else if (d === 'progress') { t.status = 'In progress'; note(t.no + ' started'); render(); }
      else if (d === 'ready') markReady(t);
      else if (d === 'collect') markCollected(t);
      else if (d === 'cancel') cancelTicket(t);
    };
  }
  function closeMenus() { var ms = document.querySelectorAll('.actmenu'); for (var i = 0; i < ms.length; i++) ms[i].parentNode.removeChild(ms[i]); }

  page.addEventListener('click', function (ev) {
    var t = ev.target;
    if (t.hasAttribute('data-st')) { st.statusTab = t.getAttribute('data-st'); renderTickets(); return; }
    if (t.hasAttribute('data-act')) {
      ev.stopPropagation();
      var open = t.parentNode.querySelector('.actmenu');
      if (open) { closeMenus(); return; }
      actionMenu(t, getTicket(t.getAttribute('data-act'))); return;
    }
    if (t.id === 'save-prices') {
      var inputs = page.querySelectorAll('input[data-code]'), bad = null, upd = {};
      for (var i = 0; i < inputs.length; i++) { var v = Number(inputs[i].value); if (!(v > 0) || Math.round(v) !== v) bad = inputs[i]; upd[inputs[i].getAttribute('data-code')] = v; }
      if (bad) { document.getElementById('dirty').textContent = 'Prices must be whole pounds above zero.'; return; }
      st.prices.forEach(function (p) { p.price = upd[p.code]; });
      note('Price list saved'); renderPrices(); return;
    }
    if (t.id === 'undo-prices') { renderPrices(); return; }
  });
  page.addEventListener('input', function (ev) {
    var t = ev.target;
    if (t.hasAttribute('data-code')) {
      var p = st.prices.filter(function (x) { return x.code === t.getAttribute('data-code'); })[0];
      t.classList.toggle('changed', Number(t.value) !== p.price);
      var n = page.querySelectorAll('input.changed').length;
      document.getElementById('dirty').textContent = n ? n + ' unsaved change' + (n > 1 ? 's' : '') : '';
    }
  });
  page.addEventListener('change', function (ev) {
    var t = ev.target;
    if (t.hasAttribute('data-avail')) { var tl = st.tailors[+t.getAttribute('data-avail')]; tl.available = t.checked; note(tl.name + (t.checked ? ' marked available' : ' marked away')); }
  });
  document.getElementById('links').addEventListener('click', function (ev) {
    var p = ev.target.getAttribute('data-page'); if (!p) return;
    ev.preventDefault(); st.page = p; render();
  });
  document.addEventListener('click', function (ev) { if (!ev.target.closest('.actbox')) closeMenus(); });

  render();
})();
