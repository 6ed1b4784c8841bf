/* PawScript prescription desk – Riverside Vets Pharmacy */
(function () {
  'use strict';

  window.state = {
    today: '2024-06-18',
    user: 'Jo Ellison',
    settings: {
      smsWhenReady: true,
      autoPrintLabels: false,
      doubleCheckControlled: true,
      lowStockEmail: true
    },
    owners: [
      { id: 'O-301', name: 'Dana Whitfield', phone: '07700 900118', email: 'dana.whitfield@mailbox.co.uk', address: '14 Mill Lane, Ashby' },
      { id: 'O-302', name: 'Marcus Hale', phone: '07700 900233', email: 'marcus.hale@fastmail.com', address: '3 Orchard Close, Ashby' },
      { id: 'O-303', name: 'Priya Raman', phone: '07700 900347', email: 'priya.r@outlook.com', address: '88 Station Road, Kelby' },
      { id: 'O-304', name: 'Tomasz Nowak', phone: '07700 900452', email: 'tnowak@gmail.com', address: '21 Bridge Street, Ashby' },
      { id: 'O-305', name: 'Eleanor Briggs', phone: '07700 900561', email: 'e.briggs@btinternet.com', address: 'The Old Forge, Hinton' },
      { id: 'O-306', name: 'Kwame Mensah', phone: '07700 900674', email: 'kwame.mensah@proton.me', address: '5 Linden Avenue, Kelby' },
      { id: 'O-307', name: 'Sophie Laurent', phone: '07700 900785', email: 'sophie.laurent@gmail.com', address: '40 Castle Hill, Ashby' },
      { id: 'O-308', name: 'Gareth Pryce', phone: '07700 900816', email: 'gpryce@yahoo.co.uk', address: '9 Wren Court, Hinton' },
      { id: 'O-309', name: 'Aisha Karim', phone: '07700 900927', email: 'aisha.karim@icloud.com', address: '112 High Street, Kelby' },
      { id: 'O-310', name: 'Ben Castillo', phone: '07700 900036', email: 'ben@castillo.family', address: '2 Ferry Row, Ashby' },
      { id: 'O-311', name: 'Fiona MacLeod', phone: '07700 900149', email: 'fiona.macleod@gmail.com', address: 'Rose Cottage, Hinton' },
      { id: 'O-312', name: 'Hugo Stanton', phone: '07700 900258', email: 'hugo.stanton@work.co.uk', address: '67 Queen’s Road, Kelby' }
    ],
    pets: [
      { id: 'P-1042', name: 'Rex', species: 'Dog', breed: 'Labrador Retriever', weight: '31.4 kg', ownerId: 'O-301' },
      { id: 'P-1057', name: 'Rex', species: 'Cat', breed: 'Maine Coon', weight: '6.8 kg', ownerId: 'O-302' },
      { id: 'P-1061', name: 'Bella', species: 'Dog', breed: 'Cocker Spaniel', weight: '13.2 kg', ownerId: 'O-303' },
      { id: 'P-1063', name: 'Milo', species: 'Cat', breed: 'Domestic Shorthair', weight: '4.9 kg', ownerId: 'O-304' },
      { id: 'P-1070', name: 'Luna', species: 'Dog', breed: 'Border Collie', weight: '18.0 kg', ownerId: 'O-305' },
      { id: 'P-1074', name: 'Biscuit', species: 'Rabbit', breed: 'Mini Lop', weight: '1.9 kg', ownerId: 'O-306' },
      { id: 'P-1079', name: 'Poppy', species: 'Dog', breed: 'Staffordshire Bull Terrier', weight: '16.5 kg', ownerId: 'O-307' },
      { id: 'P-1081', name: 'Oscar', species: 'Cat', breed: 'British Shorthair', weight: '5.6 kg', ownerId: 'O-308' },
      { id: 'P-1088', name: 'Daisy', species: 'Dog', breed: 'Golden Retriever', weight: '29.1 kg', ownerId: 'O-309' },
      { id: 'P-1090', name: 'Teddy', species: 'Dog', breed: 'Shih Tzu', weight: '6.3 kg', ownerId: 'O-310' },
      { id: 'P-1093', name: 'Nala', species: 'Cat', breed: 'Bengal', weight: '4.4 kg', ownerId: 'O-311' },
      { id: 'P-1096', name: 'Bruno', species: 'Dog', breed: 'Boxer', weight: '30.2 kg', ownerId: 'O-312' },
      { id: 'P-1099', name: 'Willow', species: 'Cat', breed: 'Ragdoll', weight: '5.1 kg', ownerId: 'O-301' },
      { id: 'P-1102', name: 'Pepper', species: 'Dog', breed: 'Whippet', weight: '12.7 kg', ownerId: 'O-303' }
    ],
    stock: [
      { sku: 'CRP-75', name: 'Carprofen 75 mg tablets', unit: 'tabs', onHand: 140, reorderAt: 60, supplier: 'Norbrook', autoReorder: true },
      { sku: 'CRP-100', name: 'Carprofen 100 mg tablets', unit: 'tabs', onHand: 185, reorderAt: 80, supplier: 'Norbrook', autoReorder: true },
      { sku: 'AMX-250', name: 'Amoxicillin 250 mg capsules', unit: 'caps', onHand: 64, reorderAt: 100, supplier: 'Bimeda', autoReorder: false },
      { sku: 'AMX-500', name: 'Amoxicillin 500 mg capsules', unit: 'caps', onHand: 210, reorderAt: 100, supplier: 'Bimeda', autoReorder: true },
      { sku: 'MLX-SUS', name: 'Meloxicam 1.5 mg/ml oral suspension 100 ml', unit: 'bottles', onHand: 18, reorderAt: 10, supplier: 'Boehringer', autoReorder: true },
      { sku: 'MLX-TAB', name: 'Meloxicam 2.5 mg chewable tablets', unit: 'tabs', onHand: 96, reorderAt: 50, supplier: 'Boehringer', autoReorder: true },
      { sku: 'GBP-100', name: 'Gabapentin 100 mg capsules', unit: 'caps', onHand: 240, reorderAt: 90, supplier: 'Accord Vet', autoReorder: true },
      { sku: 'PRD-5', name: 'Prednisolone 5 mg tablets', unit: 'tabs', onHand: 310, reorderAt: 120, supplier: 'Dechra', autoReorder: true },
      { sku: 'MTZ-250', name: 'Metronidazole 250 mg tablets', unit: 'tabs', onHand: 44, reorderAt: 60, supplier: 'Dechra', autoReorder: false },
      { sku: 'APQ-16', name: 'Apoquel 16 mg tablets', unit: 'tabs', onHand: 150, reorderAt: 60, supplier: 'Zoetis', autoReorder: true },
      { sku: 'FUR-40', name: 'Furosemide 40 mg tablets', unit: 'tabs', onHand: 120, reorderAt: 40, supplier: 'Dechra', autoReorder: true },
      { sku: 'CER-24', name: 'Cerenia 24 mg tablets', unit: 'tabs', onHand: 28, reorderAt: 20, supplier: 'Zoetis', autoReorder: false },
      { sku: 'VTM-5', name: 'Vetmedin 5 mg chewable tablets', unit: 'tabs', onHand: 200, reorderAt: 100, supplier: 'Boehringer', autoReorder: true },
      { sku: 'THY-04', name: 'Thyroxine 0.4 mg tablets', unit: 'tabs', onHand: 75, reorderAt: 50, supplier: 'Forthyron', autoReorder: true },
      { sku: 'TRM-50', name: 'Tramadol 50 mg capsules (CD)', unit: 'caps', onHand: 52, reorderAt: 30, supplier: 'Accord Vet', autoReorder: false }
    ],
    prescriptions: [
      { rx: 'RX-20409', petId: 'P-1096', sku: 'VTM-5', dose: '1 tab twice daily', qty: 60, refillsLeft: 5, vet: 'Dr. Hana Sato', issued: '2024-04-22', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20411', petId: 'P-1070', sku: 'APQ-16', dose: '1 tab once daily', qty: 30, refillsLeft: 3, vet: 'Dr. Amara Okafor', issued: '2024-05-14', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20414', petId: 'P-1093', sku: 'GBP-100', dose: '1 cap before travel', qty: 10, refillsLeft: 0, vet: 'Dr. Lewis Grant', issued: '2024-02-03', status: 'Expired', holdReason: '', holdNote: '' },
      { rx: 'RX-20418', petId: 'P-1042', sku: 'CRP-100', dose: '1 tab twice daily with food', qty: 60, refillsLeft: 2, vet: 'Dr. Amara Okafor', issued: '2024-05-20', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20421', petId: 'P-1057', sku: 'GBP-100', dose: '1 cap twice daily', qty: 60, refillsLeft: 4, vet: 'Dr. Lewis Grant', issued: '2024-05-22', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20425', petId: 'P-1061', sku: 'CRP-75', dose: '½ tab twice daily with food', qty: 30, refillsLeft: 1, vet: 'Dr. Hana Sato', issued: '2024-05-27', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20427', petId: 'P-1063', sku: 'MTZ-250', dose: '½ tab twice daily for 7 days', qty: 7, refillsLeft: 0, vet: 'Dr. Lewis Grant', issued: '2024-06-01', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20430', petId: 'P-1081', sku: 'MLX-SUS', dose: '0.2 ml once daily', qty: 1, refillsLeft: 2, vet: 'Dr. Amara Okafor', issued: '2024-06-03', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20433', petId: 'P-1079', sku: 'PRD-5', dose: '1 tab once daily, taper', qty: 28, refillsLeft: 2, vet: 'Dr. Hana Sato', issued: '2024-06-05', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20434', petId: 'P-1088', sku: 'PRD-5', dose: '2 tabs once daily', qty: 56, refillsLeft: 1, vet: 'Dr. Hana Sato', issued: '2024-06-06', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20436', petId: 'P-1090', sku: 'CER-24', dose: '½ tab once daily for 4 days', qty: 2, refillsLeft: 0, vet: 'Dr. Lewis Grant', issued: '2024-06-08', status: 'Cancelled', holdReason: '', holdNote: '' },
      { rx: 'RX-20438', petId: 'P-1099', sku: 'THY-04', dose: '1 tab twice daily', qty: 60, refillsLeft: 6, vet: 'Dr. Amara Okafor', issued: '2024-06-10', status: 'On hold', holdReason: 'Vet review', holdNote: 'T4 recheck due 24 Jun' },
      { rx: 'RX-20440', petId: 'P-1102', sku: 'MLX-TAB', dose: '1 tab once daily', qty: 30, refillsLeft: 2, vet: 'Dr. Hana Sato', issued: '2024-06-11', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20443', petId: 'P-1074', sku: 'MLX-SUS', dose: '0.3 ml once daily', qty: 1, refillsLeft: 1, vet: 'Dr. Lewis Grant', issued: '2024-06-12', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20445', petId: 'P-1088', sku: 'AMX-500', dose: '1 cap twice daily for 10 days', qty: 20, refillsLeft: 0, vet: 'Dr. Amara Okafor', issued: '2024-06-13', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20447', petId: 'P-1096', sku: 'FUR-40', dose: '1 tab once daily', qty: 30, refillsLeft: 3, vet: 'Dr. Hana Sato', issued: '2024-06-14', status: 'Active', holdReason: '', holdNote: '' },
      { rx: 'RX-20450', petId: 'P-1061', sku: 'AMX-250', dose: '1 cap twice daily for 7 days', qty: 14, refillsLeft: 0, vet: 'Dr. Lewis Grant', issued: '2024-06-17', status: 'Active', holdReason: '', holdNote: '' }
    ],
    refills: [
      { id: 'RF-3294', rx: 'RX-20409', requested: '2024-06-12', via: 'Phone', status: 'Dispensed' },
      { id: 'RF-3296', rx: 'RX-20411', requested: '2024-06-13', via: 'App', status: 'Dispensed' },
      { id: 'RF-3297', rx: 'RX-20414', requested: '2024-06-14', via: 'App', status: 'Declined' },
      { id: 'RF-3299', rx: 'RX-20447', requested: '2024-06-16', via: 'Counter', status: 'Pending' },
      { id: 'RF-3300', rx: 'RX-20430', requested: '2024-06-17', via: 'App', status: 'Pending' },
      { id: 'RF-3301', rx: 'RX-20418', requested: '2024-06-17', via: 'Phone', status: 'Pending' },
      { id: 'RF-3302', rx: 'RX-20421', requested: '2024-06-17', via: 'App', status: 'Pending' },
      { id: 'RF-3303', rx: 'RX-20425', requested: '2024-06-18', via: 'App', status: 'Pending' },
      { id: 'RF-3304', rx: 'RX-20440', requested: '2024-06-18', via: 'Phone', status: 'Pending' },
      { id: 'RF-3305', rx: 'RX-20411', requested: '2024-06-18', via: 'App', status: 'Pending' }
    ],
    receipts: [],
    log: []
  };

  const S = window.state;
  const ui = { refillFilter: 'Pending', rxSearch: '', rxStatus: 'All', stockSearch: '', ownerId: 'O-309' };
  const HOLD_REASONS = ['Awaiting bloodwork', 'Owner request', 'Vet review', 'Stock shortage', 'Payment outstanding'];

  const $ = (sel, root) => (root || document).querySelector(sel);
  const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const pet = id => S.pets.find(p => p.id === id);
  const owner = id => S.owners.find(o => o.id === id);
  const item = sku => S.stock.find(s => s.sku === sku);
  const rxOf = code => S.prescriptions.find(r => r.rx === code);
  const fmtDate = d => { const [y, m, dd] = d.split('-').map(Number); return new Date(y, m - 1, dd).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }); };
  const badgeCls = s => 'b-' + s.toLowerCase().replace(/\s+/g, '');
  const speciesIcon = sp => `<svg class="paw" viewBox="0 0 24 24" width="14" height="14" aria-label="${sp}" role="img"><path fill="${{ Dog: '#b45309', Cat: '#7c3aed', Rabbit: '#0369a1' }[sp] || '#64748b'}" d="M7 14c0-2.2 2.2-4 5-4s5 1.8 5 4-1.6 4-5 4-5-1.8-5-4z"/><circle cx="5.5" cy="9" r="2" fill="currentColor" opacity=".55"/><circle cx="9.5" cy="5.5" r="2" fill="currentColor" opacity=".55"/><circle cx="14.5" cy="5.5" r="2" fill="currentColor" opacity=".55"/><circle cx="18.5" cy="9" r="2" fill="currentColor" opacity=".55"/></svg>`;

  function toast(msg) {
    const t = $('#toast');
    t.textContent = msg; t.classList.add('show');
    clearTimeout(toast._t); toast._t = setTimeout(() => t.classList.remove('show'), 2200);
  }

  /* ---------- menus & modals ---------- */
  function closeMenu() { $('#menu-layer').innerHTML = ''; }
  function openMenu(btn, items) {
    closeMenu();
    const r = btn.getBoundingClientRect();
    const m = document.createElement('div');
    m.className = 'menu'; m.setAttribute('role', 'menu');
    m.innerHTML = items.map(it => it === '-' ? '<hr>' : `<button role="menuitem" class="${it.danger ? 'danger' : ''}" data-i="${it.label}">${esc(it.label)}</button>`).join('');
    $('#menu-layer').appendChild(m);
    const top = r.bottom + window.scrollY + 4;
    let left = r.right + window.scrollX - 210;
    m.style.top = top + 'px'; m.style.left = Math.max(8, left) + 'px';
    const mr = m.getBoundingClientRect();
    if (mr.bottom > window.innerHeight - 8 && r.top - mr.height - 4 > 0) m.style.top = (r.top + window.scrollY - mr.height - 4) + 'px';
    m.addEventListener('click', e => {
      const b = e.target.closest('button'); if (!b) return;
      const it = items.find(x => x !== '-' && x.label === b.dataset.i);
      closeMenu(); e.stopPropagation();
      if (it) it.run();
    });
  }
  function closeModal() { $('#modal-root').innerHTML = ''; }
  function modal({ title, text, body, okLabel, okClass, onOk }) {
    $('#modal-root').innerHTML = `
      <div class="overlay"><div class="modal" role="dialog" aria-modal="true" aria-label="${esc(title)}">
        <header><h3>${esc(title)}</h3>${text ? `<p>${text}</p>` : ''}</header>
        ${body ? `<div class="body">${body}</div>` : ''}
        <div class="body" style="padding-top:0"><div class="err" id="modal-err"></div></div>
        <footer><button class="btn" data-m="cancel">Cancel</button><button class="btn ${okClass || 'primary'}" data-m="ok">${esc(okLabel || 'Save')}</button></footer>
      </div></div>`;
    const root = $('#modal-root');
    root.querySelector('[data-m=cancel]').onclick = closeModal;
    root.querySelector('.overlay').addEventListener('mousedown', e => { if (e.target.classList.contains('overlay')) closeModal(); });
    root.querySelector('[data-m=ok]').onclick = () => {
      const err = onOk(root);
      if (err) { $('#modal-err').textContent = err; return; }
      closeModal(); render();
    };
  }

  /* ---------- views ---------- */
  const titles = { queue: 'Today', refills: 'Refill requests', prescriptions: 'Prescriptions', patients: 'Owners & pets', stock: 'Stock', settings: 'Settings' };

  function viewQueue() {
    const pending = S.refills.filter(r => r.status === 'Pending');
    const low = S.stock.filter(s => s.onHand < s.reorderAt);
    const holds = S.prescriptions.filter(r => r.status === 'On hold');
    return `
      <div class="cards">
        <div class="stat"><div class="label">Refills waiting</div><div class="value">${pending.length}</div></div>
        <div class="stat"><div class="label">Active prescriptions</div><div class="value">${S.prescriptions.filter(r => r.status === 'Active').length}</div></div>
        <div class="stat"><div class="label">On hold</div><div class="value">${holds.length}</div></div>
        <div class="stat"><div class="label">Below reorder level</div><div class="value warn">${low.length}</div></div>
      </div>
      <div class="panel">
        <div class="panel-head"><h2>Oldest waiting refills</h2><a class="btn small" href="#/refills">Open refill queue</a></div>
        <table><thead><tr><th>Request</th><th>Pet</th><th>Medication</th><th>Requested</th></tr></thead><tbody>
        ${pending.slice(0, 4).map(r => { const p = rxOf(r.rx), pt = pet(p.petId); return `<tr><td class="mono">${r.id}</td><td>${speciesIcon(pt.species)} ${esc(pt.name)} <span class="sub">${esc(owner(pt.ownerId).name)}</span></td><td>${esc(item(p.sku).name)}</td><td>${fmtDate(r.requested)}</td></tr>`; }).join('')}
        </tbody></table>
      </div>
      <div class="panel">
        <div class="panel-head"><h2>Low stock</h2><a class="btn small" href="#/stock">Go to stock</a></div>
        <table><thead><tr><th>SKU</th><th>Product</th><th>On hand</th><th>Reorder at</th></tr></thead><tbody>
        ${low.map(s => `<tr><td class="mono">${s.sku}</td><td>${esc(s.name)}</td><td><span class="badge b-low">${s.onHand} ${s.unit}</span></td><td>${s.reorderAt}</td></tr>`).join('')}
        </tbody></table>
      </div>`;
  }

  function viewRefills() {
    const list = S.refills.filter(r => ui.refillFilter === 'All' || r.status === ui.refillFilter).slice().sort((a, b) => a.requested.localeCompare(b.requested));
    const tabs = ['Pending', 'Dispensed', 'Declined', 'All'];
    return `<div class="panel">
      <div class="panel-head"><div class="filter-tabs">${tabs.map(t => `<button data-act="rf-filter" data-v="${t}" class="${ui.refillFilter === t ? 'on' : ''}">${t}</button>`).join('')}</div>
      <span class="sub" style="color:#6b7c7b">${list.length} request${list.length === 1 ? '' : 's'}</span></div>
      <table><thead><tr><th>Request</th><th>Pet</th><th>Owner</th><th>Medication</th><th>Qty</th><th>Requested</th><th>Via</th><th>Status</th><th></th></tr></thead><tbody>
      ${list.map(r => {
        const p = rxOf(r.rx), pt = pet(p.petId), o = owner(pt.ownerId);
        return `<tr data-id="${r.id}"><td class="mono">${r.id}<span class="sub">${p.rx}</span></td>
          <td>${speciesIcon(pt.species)} <strong>${esc(pt.name)}</strong><span class="sub">${esc(pt.breed)}</span></td>
          <td>${esc(o.name)}</td><td>${esc(item(p.sku).name)}</td><td>${p.qty}</td><td>${fmtDate(r.requested)}</td><td>${r.via}</td>
          <td><span class="badge ${badgeCls(r.status)}">${r.status}</span></td>
          <td><button class="kebab" aria-label="Actions for ${r.id}" title="More actions" data-act="rf-menu" data-id="${r.id}">⋯</button></td></tr>`;
      }).join('') || '<tr><td colspan="9" class="empty">Nothing here.</td></tr>'}
      </tbody></table></div>`;
  }

  function rxRows() {
    const q = ui.rxSearch.trim().toLowerCase();
    const list = S.prescriptions.filter(r => {
      if (ui.rxStatus !== 'All' && r.status !== ui.rxStatus) return false;
      if (!q) return true;
      const pt = pet(r.petId);
      return [r.rx, pt.name, owner(pt.ownerId).name, item(r.sku).name, r.vet].join(' ').toLowerCase().includes(q);
    });
    return list.map(r => {
      const pt = pet(r.petId), o = owner(pt.ownerId);
      return `<tr data-rx="${r.rx}"><td class="mono">${r.rx}</td>
        <td>${speciesIcon(pt.species)} <strong>${esc(pt.name)}</strong><span class="sub">${esc(o.name)}</span></td>
        <td>${esc(item(r.sku).name)}<span class="sub">${esc(r.dose)}</span></td>
        <td>${r.qty}</td><td>${r.refillsLeft}</td><td>${esc(r.vet)}</td><td>${fmtDate(r.issued)}</td>
        <td><span class="badge ${badgeCls(r.status)}">${r.status}</span>${r.status === 'On hold' ? `<span class="sub">${esc(r.holdReason)}</span>` : ''}</td>
        <td><button class="kebab" aria-label="Actions for ${r.rx}" title="More actions" data-act="rx-menu" data-id="${r.rx}">⋯</button></td></tr>`;
    }).join('') || '<tr><td colspan="9" class="empty">No prescriptions match.</td></tr>';
  }
  function viewPrescriptions() {
    return `<div class="panel">
      <div class="panel-head"><div class="toolbar">
        <div class="search"><svg viewBox="0 0 24 24"><path d="M10 3a7 7 0 0 1 5.6 11.2l5 5-1.4 1.4-5-5A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>
        <input type="text" id="rx-search" placeholder="Search Rx, pet, owner, drug…" value="${esc(ui.rxSearch)}"></div>
        <select id="rx-status" aria-label="Status filter">${['All', 'Active', 'On hold', 'Cancelled', 'Expired'].map(s => `<option ${ui.rxStatus === s ? 'selected' : ''}>${s}</option>`).join('')}</select>
      </div></div>
      <table><thead><tr><th>Rx</th><th>Patient</th><th>Medication</th><th>Qty</th><th>Refills left</th><th>Prescriber</th><th>Issued</th><th>Status</th><th></th></tr></thead>
      <tbody id="rx-body">${rxRows()}</tbody></table></div>`;
  }

  function viewPatients() {
    const o = owner(ui.ownerId);
    const pets = S.pets.filter(p => p.ownerId === o.id);
    return `<div class="owners">
      <div class="panel"><div class="panel-head"><h2>Owners</h2><span class="sub" style="color:#6b7c7b">${S.owners.length}</span></div>
        <div class="owner-list">${S.owners.slice().sort((a, b) => a.name.localeCompare(b.name)).map(x => `<div class="owner-item ${x.id === o.id ? 'sel' : ''}" data-act="owner" data-id="${x.id}"><span>${esc(x.name)}</span><small>${S.pets.filter(p => p.ownerId === x.id).map(p => esc(p.name)).join(', ')}</small></div>`).join('')}</div></div>
      <div class="panel"><div class="panel-head"><h2>${esc(o.name)}</h2><button class="btn small" data-act="edit-owner" data-id="${o.id}">Edit contact details</button></div>
        <div class="detail"><dl>
          <dt>Client no.</dt><dd class="mono">${o.id}</dd>
          <dt>Mobile</dt><dd>${esc(o.phone)}</dd>
          <dt>Email</dt><dd>${esc(o.email)}</dd>
          <dt>Address</dt><dd>${esc(o.address)}</dd></dl>
          <h3 style="font-size:14px;margin:0 0 10px">Pets</h3>
          <div class="pet-cards">${pets.map(p => `<div class="pet-card"><h4>${speciesIcon(p.species)} ${esc(p.name)}</h4><div class="sub" style="color:#6b7c7b">${p.species} · ${esc(p.breed)} · ${p.weight}</div>
            <div style="margin-top:8px;font-size:13px">${S.prescriptions.filter(r => r.petId === p.id).map(r => `<div><span class="mono">${r.rx}</span> ${esc(item(r.sku).name)} <span class="badge ${badgeCls(r.status)}">${r.status}</span></div>`).join('') || '<span class="sub">No prescriptions</span>'}</div></div>`).join('')}</div>
        </div></div></div>`;
  }

  function stockRows() {
    const q = ui.stockSearch.trim().toLowerCase();
    return S.stock.filter(s => !q || (s.sku + ' ' + s.name + ' ' + s.supplier).toLowerCase().includes(q)).map(s => `
      <tr data-sku="${s.sku}"><td class="mono">${s.sku}</td><td><strong>${esc(s.name)}</strong><span class="sub">${esc(s.supplier)}</span></td>
      <td>${s.onHand < s.reorderAt ? `<span class="badge b-low">${s.onHand}</span>` : s.onHand} <span class="sub" style="display:inline">${s.unit}</span></td>
      <td>${s.reorderAt}</td>
      <td><label class="switch" title="Auto-reorder"><input type="checkbox" aria-label="Auto-reorder ${esc(s.name)}" data-act="auto" data-sku="${s.sku}" ${s.autoReorder ? 'checked' : ''}><span class="slider"></span></label></td>
      <td><button class="btn small" data-act="receive" data-sku="${s.sku}">Receive</button></td></tr>`).join('') || '<tr><td colspan="6" class="empty">No products match.</td></tr>';
  }
  function viewStock() {
    return `<div class="panel"><div class="panel-head">
      <div class="search"><svg viewBox="0 0 24 24"><path d="M10 3a7 7 0 0 1 5.6 11.2l5 5-1.4 1.4-5-5A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>
      <input type="text" id="stock-search" placeholder="Search products or SKU" value="${esc(ui.stockSearch)}"></div>
      <span style="color:#6b7c7b;font-size:12.5px">Auto-reorder places a supplier order when stock falls below the reorder level.</span></div>
      <table><thead><tr><th>SKU</th><th>Product</th><th>On hand</th><th>Reorder at</th><th>Auto-reorder</th><th></th></tr></thead><tbody id="stock-body">${stockRows()}</tbody></table></div>`;
  }

  function viewSettings() {
    const rows = [
      ['smsWhenReady', 'Text owners when a refill is ready', 'Sends an SMS to the owner’s mobile once a refill is marked dispensed.'],
      ['autoPrintLabels', 'Print labels automatically', 'Send the dispensing label to the label printer on dispense.'],
      ['doubleCheckControlled', 'Second check for controlled drugs', 'Require a second team member to confirm CD dispensing.'],
      ['lowStockEmail', 'Daily low-stock email', 'Email a low-stock summary to the practice manager at 7:00.']
    ];
    return `<div class="panel" style="max-width:720px"><div class="panel-head"><h2>Pharmacy preferences</h2></div>
      ${rows.map(([k, t, d]) => `<div class="setting-row"><div><strong>${t}</strong><p>${d}</p></div><label class="switch"><input type="checkbox" aria-label="${t}" data-act="setting" data-k="${k}" ${S.settings[k] ? 'checked' : ''}><span class="slider"></span></label></div>`).join('')}
    </div>`;
  }

  const views = { queue: viewQueue, refills: viewRefills, prescriptions: viewPrescriptions, patients: viewPatients, stock: viewStock, settings: viewSettings };

  function route() { const r = location.hash.replace(/^#\/?/, ''); return views[r] ? r : 'queue'; }
  function render() {
    const r = route();
    document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.route === r));
    $('#page-title').textContent = titles[r];
    $('#refill-count').textContent = S.refills.filter(x => x.status === 'Pending').length;
    $('#view').innerHTML = views[r]();
  }

  /* ---------- actions ---------- */
  function dispense(id) {
    const r = S.refills.find(x => x.id === id), p = rxOf(r.rx), pt = pet(p.petId), st = item(p.sku);
    modal({
      title: 'Dispense refill ' + id + '?',
      text: `${esc(st.name)} × ${p.qty} for <strong>${esc(pt.name)}</strong> (${pt.species.toLowerCase()}, ${esc(owner(pt.ownerId).name)}). Stock will be reduced accordingly.`,
      okLabel: 'Dispense',
      onOk: () => {
        if (st.onHand < p.qty) return 'Not enough stock to dispense.';
        r.status = 'Dispensed'; r.dispensedBy = S.user; r.dispensedOn = S.today;
        st.onHand -= p.qty; if (p.refillsLeft > 0) p.refillsLeft -= 1;
        S.log.push({ at: S.today, what: 'Dispensed ' + id });
        toast('Refill ' + id + ' dispensed');
      }
    });
  }
  function decline(id) {
    const r = S.refills.find(x => x.id === id);
    modal({
      title: 'Decline refill ' + id,
      body: `<div class="field"><label for="dec-reason">Reason</label><select id="dec-reason"><option value="">Choose…</option><option>Needs recheck exam</option><option>No refills remaining</option><option>Prescription expired</option><option>Duplicate request</option></select></div>`,
      okLabel: 'Decline request', okClass: 'danger',
      onOk: root => {
        const v = root.querySelector('#dec-reason').value;
        if (!v) return 'Choose a reason.';
        r.status = 'Declined'; r.declineReason = v;
        toast('Refill ' + id + ' declined');
      }
    });
  }
  function holdRx(code) {
    const r = rxOf(code), pt = pet(r.petId);
    modal({
      title: 'Put ' + code + ' on hold',
      text: `${esc(item(r.sku).name)} for ${esc(pt.name)}. Refills cannot be dispensed while on hold.`,
      body: `<div class="field"><label for="hold-reason">Reason</label><select id="hold-reason"><option value="">Select a reason…</option>${HOLD_REASONS.map(h => `<option>${h}</option>`).join('')}</select></div>
        <div class="field"><label for="hold-note">Note (optional)</label><textarea id="hold-note"></textarea></div>`,
      okLabel: 'Put on hold',
      onOk: root => {
        const v = root.querySelector('#hold-reason').value;
        if (!v) return 'Please choose a reason.';
        r.status = 'On hold'; r.holdReason = v; r.holdNote = root.querySelector('#hold-note').value;
        toast(code + ' is on hold');
      }
    });
  }
  function cancelRx(code) {
    const r = rxOf(code);
    modal({
      title: 'Cancel prescription ' + code + '?', text: 'This cannot be undone. Any pending refills will be declined.',
      okLabel: 'Cancel prescription', okClass: 'danger',
      onOk: () => {
        r.status = 'Cancelled';
        S.refills.filter(f => f.rx === code && f.status === 'Pending').forEach(f => { f.status = 'Declined'; f.declineReason = 'Prescription cancelled'; });
      }
    });
  }
  function receive(sku) {
    const s = item(sku);
    modal({
      title: 'Receive stock', text: `<strong>${esc(s.name)}</strong> <span class="mono">(${s.sku})</span> · currently ${s.onHand} ${s.unit}`,
      body: `<div class="field"><label for="rcv-qty">Quantity received (${s.unit})</label><input type="number" id="rcv-qty" min="1"></div>
        <div class="field"><label for="rcv-lot">Batch / lot number</label><input type="text" id="rcv-lot" placeholder="optional"></div>
        <div class="field"><label for="rcv-exp">Expiry</label><input type="text" id="rcv-exp" placeholder="MM/YYYY (optional)"></div>`,
      okLabel: 'Add to stock',
      onOk: root => {
        const q = parseInt(root.querySelector('#rcv-qty').value, 10);
        if (!q || q < 1) return 'Enter the quantity received.';
        s.onHand += q;
        S.receipts.push({ sku, qty: q, lot: root.querySelector('#rcv-lot').value, expiry: root.querySelector('#rcv-exp').value, on: S.today });
        toast(`${q} ${s.unit} added to ${s.sku}`);
      }
    });
  }
  function editOwner(id) {
    const o = owner(id);
    modal({
      title: 'Edit contact details', text: esc(o.name) + ' · ' + o.id,
      body: `<div class="field"><label for="o-phone">Mobile</label><input type="tel" id="o-phone" value="${esc(o.phone)}"></div>
        <div class="field"><label for="o-email">Email</label><input type="email" id="o-email" value="${esc(o.email)}"></div>
        <div class="field"><label for="o-addr">Address</label><input type="text" id="o-addr" value="${esc(o.address)}"></div>`,
      okLabel: 'Save changes',
      onOk: root => {
        const ph = root.querySelector('#o-phone').value.trim();
        if (ph.replace(/\D/g, '').length < 10) return 'Enter a valid phone number.';
        o.phone = ph; o.email = root.querySelector('#o-email').value.trim(); o.address = root.querySelector('#o-addr').value.trim();
        toast('Contact details saved');
      }
    });
  }

  document.addEventListener('click', e => {
    if (!e.target.closest('.menu') && !e.target.closest('[data-act$="-menu"]')) closeMenu();
    const el = e.target.closest('[data-act]'); if (!el) return;
    const a = el.dataset.act, id = el.dataset.id;
    if (a === 'rf-filter') { ui.refillFilter = el.dataset.v; render(); }
    else if (a === 'rf-menu') {
      const r = S.refills.find(x => x.id === id);
      const items = r.status === 'Pending'
        ? [{ label: 'Mark as dispensed', run: () => dispense(id) }, { label: 'Decline request…', danger: true, run: () => decline(id) }, '-', { label: 'View prescription', run: () => { ui.rxSearch = r.rx; location.hash = '#/prescriptions'; } }]
        : [{ label: 'View prescription', run: () => { ui.rxSearch = r.rx; location.hash = '#/prescriptions'; } }];
      openMenu(el, items);
    } else if (a === 'rx-menu') {
      const r = rxOf(id);
      const items = [];
      if (r.status === 'Active') items.push({ label: 'Put on hold…', run: () => holdRx(id) });
      if (r.status === 'On hold') items.push({ label: 'Resume prescription', run: () => { r.status = 'Active'; r.holdReason = ''; r.holdNote = ''; render(); toast(id + ' resumed'); } });
      items.push({ label: 'View owner', run: () => { ui.ownerId = pet(r.petId).ownerId; location.hash = '#/patients'; } });
      if (r.status === 'Active' || r.status === 'On hold') { items.push('-'); items.push({ label: 'Cancel prescription', danger: true, run: () => cancelRx(id) }); }
      openMenu(el, items);
    } else if (a === 'owner') { ui.ownerId = id; render(); }
    else if (a === 'edit-owner') editOwner(id);
    else if (a === 'receive') receive(el.dataset.sku);
  });
  document.addEventListener('change', e => {
    const el = e.target;
    if (el.dataset.act === 'auto') { item(el.dataset.sku).autoReorder = el.checked; toast('Auto-reorder ' + (el.checked ? 'on' : 'off') + ' for ' + el.dataset.sku); }
    else if (el.dataset.act === 'setting') { S.settings[el.dataset.k] = el.checked; toast('Preference saved'); }
    else if (el.id === 'rx-status') { ui.rxStatus = el.value; $('#rx-body').innerHTML = rxRows(); }
  });
  document.addEventListener('input', e => {
    if (e.target.id === 'rx-search') { ui.rxSearch = e.target.value; $('#rx-body').innerHTML = rxRows(); }
    if (e.target.id === 'stock-search') { ui.stockSearch = e.target.value; $('#stock-body').innerHTML = stockRows(); }
  });
  document.addEventListener('keydown', e => { if (e.key === 'Escape') { closeMenu(); closeModal(); } });
  window.addEventListener('hashchange', () => { closeMenu(); render(); });

  $('#today-pill').textContent = 'Tue 18 Jun 2024 · Ashby branch';
  render();
})();
