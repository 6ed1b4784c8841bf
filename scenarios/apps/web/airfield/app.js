/* Westmoor Flying Club – ops desk */
(() => {
  const M = (no, first, last, rating, medical, canBook = true, suspendReason = '') => ({ no, first, last, name: `${first} ${last}`, rating, medicalExpiry: medical, canBook, suspendReason });
  const B = (id, date, reg, from, to, member, type, instructor, status = 'Booked') => ({ id, date, reg, from, to, member, type, instructor, status });

  window.state = {
    today: '2024-06-13',
    user: 'Ops desk (K. Hale)',
    aircraft: [
      { reg: 'G-BOYL', type: 'Cessna 152', seats: 2, rate: 168, hours: 11842.3, nextCheck: 11871.0, status: 'Serviceable' },
      { reg: 'G-CDTX', type: 'Cessna 152', seats: 2, rate: 168, hours: 9316.8, nextCheck: 9350.0, status: 'Serviceable' },
      { reg: 'G-AZKW', type: 'Cessna 172M Skyhawk', seats: 4, rate: 205, hours: 7420.1, nextCheck: 7460.0, status: 'Serviceable' },
      { reg: 'G-BSFW', type: 'Piper PA-28-161 Warrior II', seats: 4, rate: 198, hours: 8810.5, nextCheck: 8825.0, status: 'Serviceable' },
      { reg: 'G-BNXE', type: 'Piper PA-28-161 Warrior II', seats: 4, rate: 198, hours: 10233.9, nextCheck: 10280.0, status: 'Serviceable' },
      { reg: 'G-HOPY', type: 'Robin DR400/180 Régent', seats: 4, rate: 225, hours: 4388.2, nextCheck: 4388.2, status: 'Grounded' }
    ],
    members: [
      M('M-101', 'Olu', 'Adeyemi', 'PPL(A)', '2025-02-11'),
      M('M-102', 'Lydia', 'Ashcroft', 'Student', '2025-09-30'),
      M('M-103', 'Colin', 'Baines', 'PPL(A) + IR(R)', '2024-11-19'),
      M('M-104', 'Imran', 'Chaudhry', 'PPL(A)', '2025-05-04'),
      M('M-105', 'Harriet', 'Cole', 'PPL(A)', '2024-06-10'),
      M('M-106', 'Harry', 'Cole', 'Student', '2025-03-02'),
      M('M-107', 'Niamh', 'Dempsey', 'PPL(A)', '2024-12-01'),
      M('M-108', 'Lars', 'Eriksen', 'CPL(A)', '2024-10-15'),
      M('M-109', 'Tom', 'Fairweather', 'Student', '2026-01-20'),
      M('M-110', 'Siobhan', 'Gallagher', 'PPL(A)', '2024-08-08'),
      M('M-111', 'Owain', 'Hughes', 'PPL(A)', '2025-04-22'),
      M('M-112', 'Sana', 'Iqbal', 'Student', '2025-07-13'),
      M('M-113', 'Mark', 'Jennings', 'PPL(A)', '2024-05-31', false, 'Medical expired'),
      M('M-114', 'Amrit', 'Kaur', 'PPL(A)', '2025-01-09'),
      M('M-115', 'Peter', 'Lowe', 'PPL(A) + IR(R)', '2024-09-27'),
      M('M-116', 'Gemma', 'Marsh', 'Student', '2025-11-02'),
      M('M-117', 'Piotr', 'Nowak', 'PPL(A)', '2025-06-18'),
      M('M-118', 'Declan', 'O’Brien', 'PPL(A)', '2024-07-03'),
      M('M-119', 'Ruth', 'Okafor', 'FI(A)', '2025-03-15'),
      M('M-120', 'Meera', 'Patel', 'Student', '2025-12-12'),
      M('M-121', 'Aidan', 'Quinn', 'PPL(A)', '2024-10-30'),
      M('M-122', 'Fiona', 'Reid', 'FI(A)', '2025-02-27'),
      M('M-123', 'Jaspreet', 'Singh', 'PPL(A)', '2025-08-21'),
      M('M-124', 'Alice', 'Thornton', 'Student', '2026-03-05'),
      M('M-125', 'Henrik', 'Voss', 'PPL(A)', '2024-12-24')
    ],
    bookings: [
      B('BK-7719', '2024-06-13', 'G-HOPY', '09:00', '11:00', 'Colin Baines', 'Solo', '', 'Cancelled'),
      B('BK-7720', '2024-06-13', 'G-BOYL', '09:00', '10:30', 'Tom Fairweather', 'Dual', 'Ruth Okafor', 'Flown'),
      B('BK-7721', '2024-06-13', 'G-AZKW', '10:00', '12:00', 'Niamh Dempsey', 'Solo', ''),
      B('BK-7722', '2024-06-13', 'G-BSFW', '13:00', '15:00', 'Imran Chaudhry', 'Solo', ''),
      B('BK-7723', '2024-06-13', 'G-CDTX', '14:00', '15:00', 'Sana Iqbal', 'Dual', 'Fiona Reid'),
      B('BK-7724', '2024-06-14', 'G-BOYL', '09:00', '10:00', 'Harry Cole', 'Dual', 'Ruth Okafor'),
      B('BK-7725', '2024-06-14', 'G-BNXE', '10:00', '13:00', 'Lars Eriksen', 'Solo', ''),
      B('BK-7726', '2024-06-14', 'G-AZKW', '14:00', '16:00', 'Harriet Cole', 'Solo', ''),
      B('BK-7727', '2024-06-14', 'G-BSFW', '15:00', '16:30', 'Meera Patel', 'Dual', 'Fiona Reid'),
      B('BK-7728', '2024-06-15', 'G-BOYL', '08:30', '10:00', 'Gemma Marsh', 'Dual', 'Ruth Okafor'),
      B('BK-7729', '2024-06-15', 'G-AZKW', '09:00', '11:00', 'Olu Adeyemi', 'Solo', ''),
      B('BK-7730', '2024-06-15', 'G-BSFW', '09:00', '12:00', 'Peter Lowe', 'Solo', ''),
      B('BK-7733', '2024-06-15', 'G-CDTX', '10:00', '11:00', 'Alice Thornton', 'Dual', 'Fiona Reid'),
      B('BK-7731', '2024-06-15', 'G-AZKW', '12:00', '14:00', 'Siobhan Gallagher', 'Solo', ''),
      B('BK-7732', '2024-06-15', 'G-BSFW', '14:00', '15:30', 'Olu Adeyemi', 'Solo', ''),
      B('BK-7735', '2024-06-16', 'G-BNXE', '09:00', '11:00', 'Declan O’Brien', 'Solo', ''),
      B('BK-7734', '2024-06-16', 'G-AZKW', '10:00', '12:00', 'Olu Adeyemi', 'Solo', ''),
      B('BK-7736', '2024-06-16', 'G-BOYL', '13:00', '14:00', 'Piotr Nowak', 'Solo', ''),
      B('BK-7737', '2024-06-17', 'G-CDTX', '09:00', '10:00', 'Lydia Ashcroft', 'Dual', 'Ruth Okafor'),
      B('BK-7738', '2024-06-17', 'G-BSFW', '11:00', '13:00', 'Amrit Kaur', 'Solo', '')
    ],
    squawks: [
      { id: 'SQ-0412', reg: 'G-HOPY', reported: '2024-06-03', by: 'Engineering', text: 'Annual inspection overdue — ARC not yet renewed.', severity: 'Grounding', status: 'Open', rectification: '' },
      { id: 'SQ-0414', reg: 'G-BOYL', reported: '2024-06-05', by: 'Gemma Marsh', text: 'Left landing light inoperative.', severity: 'Deferred', status: 'Open', rectification: '' },
      { id: 'SQ-0415', reg: 'G-BSFW', reported: '2024-06-06', by: 'Peter Lowe', text: 'Cabin air vent knob (RH) missing.', severity: 'Info', status: 'Open', rectification: '' },
      { id: 'SQ-0416', reg: 'G-AZKW', reported: '2024-06-07', by: 'Niamh Dempsey', text: 'Minor oil weep at rocker cover.', severity: 'Deferred', status: 'Closed', rectification: 'Rocker cover gasket replaced, ground run, no leak. — D. Price LAE' },
      { id: 'SQ-0417', reg: 'G-BNXE', reported: '2024-06-08', by: 'Lars Eriksen', text: 'Port nav light lens cracked.', severity: 'Deferred', status: 'Open', rectification: '' },
      { id: 'SQ-0418', reg: 'G-CDTX', reported: '2024-06-10', by: 'Fiona Reid', text: 'Intercom crackles on the right-hand headset socket.', severity: 'Deferred', status: 'Open', rectification: '' },
      { id: 'SQ-0419', reg: 'G-CDTX', reported: '2024-06-11', by: 'Sana Iqbal', text: 'COM1 intermittent — drops transmissions on the ground.', severity: 'Deferred', status: 'Open', rectification: '' },
      { id: 'SQ-0420', reg: 'G-BOYL', reported: '2024-06-12', by: 'Tom Fairweather', text: 'Hour meter lamp out.', severity: 'Info', status: 'Open', rectification: '' }
    ]
  };

  const S = window.state;
  const DAYS = ['2024-06-13', '2024-06-14', '2024-06-15', '2024-06-16', '2024-06-17'];
  const v = { day: S.today, reg: 'all', sqTab: 'Open', mq: '', mpage: 1, msel: null };
  const PER = 10;
  const body = document.getElementById('body');
  const esc = s => String(s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const d = s => { const [y, m, dd] = s.split('-').map(Number); return new Date(y, m - 1, dd); };
  const wd = s => d(s).toLocaleDateString('en-GB', { weekday: 'short' });
  const dm = s => d(s).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  const st = s => `<span class="st st-${s.toLowerCase()}">${esc(s)}</span>`;
  const ac = r => S.aircraft.find(a => a.reg === r);
  const mem = no => S.members.find(m => m.no === no);
  const toast = t => { const el = document.getElementById('toast'); el.textContent = t; el.style.display = 'block'; clearTimeout(toast.h); toast.h = setTimeout(() => { el.style.display = 'none'; }, 2200); };

  const floating = document.getElementById('floating');
  const closeMenu = () => { floating.innerHTML = ''; };
  function menu(btn, items) {
    closeMenu();
    const r = btn.getBoundingClientRect();
    const el = document.createElement('div');
    el.className = 'fmenu'; el.setAttribute('role', 'menu');
    el.style.top = `${r.bottom + scrollY + 3}px`; el.style.left = `${r.right + scrollX - 180}px`;
    items.forEach(([label, fn, red]) => {
      const b = document.createElement('button'); b.setAttribute('role', 'menuitem'); b.textContent = label; if (red) b.className = 'red';
      b.addEventListener('click', ev => { ev.stopPropagation(); closeMenu(); fn(); });
      el.appendChild(b);
    });
    floating.appendChild(el);
    const mr = el.getBoundingClientRect();
    if (mr.bottom > innerHeight - 8 && r.top - mr.height - 3 > 0) el.style.top = `${r.top + scrollY - mr.height - 3}px`;
  }
  function dialog({ title, text = '', html = '', ok, red = false, cancel = 'Cancel', submit }) {
    const host = document.getElementById('dlg');
    host.innerHTML = `<div class="scrim"><div class="dialog" role="dialog" aria-modal="true" aria-label="${esc(title)}"><div class="dh"><h3>${esc(title)}</h3>${text ? `<p>${text}</p>` : ''}</div>
      <div class="db">${html}<div class="derr"></div></div><div class="df"><button class="btn" data-dlg="cancel">${esc(cancel)}</button><button class="btn ${red ? 'red' : 'pri'}" data-dlg="ok">${esc(ok)}</button></div></div></div>`;
    host.querySelector('[data-dlg=cancel]').onclick = () => { host.innerHTML = ''; };
    host.querySelector('[data-dlg=ok]').onclick = () => {
      const err = submit(host);
      if (err) { host.querySelector('.derr').textContent = err; return; }
      host.innerHTML = ''; render();
    };
  }

  /* ----- schedule ----- */
  function schedule() {
    const list = S.bookings.filter(b => b.date === v.day && (v.reg === 'all' || b.reg === v.reg)).sort((a, b) => a.from.localeCompare(b.from) || a.reg.localeCompare(b.reg));
    return `<div class="daytabs" role="tablist">${DAYS.map(x => `<button role="tab" data-day="${x}" class="${v.day === x ? 'on' : ''}">${x === S.today ? 'Today' : wd(x)}<b>${dm(x)}</b></button>`).join('')}</div>
      <div class="tools"><select id="f-reg" aria-label="Aircraft"><option value="all">All aircraft</option>${S.aircraft.map(a => `<option value="${a.reg}" ${v.reg === a.reg ? 'selected' : ''}>${a.reg} · ${esc(a.type)}</option>`).join('')}</select>
      <span class="sp"></span><span style="color:#6f86a3">${list.filter(b => b.status === 'Booked').length} active bookings</span></div>
      <table class="tbl"><thead><tr><th>Ref</th><th>Time (local)</th><th>Aircraft</th><th>Pilot</th><th>Type</th><th>Instructor</th><th>Status</th><th></th></tr></thead><tbody>
      ${list.map(b => `<tr data-bk="${b.id}"><td class="mono">${b.id}</td><td class="mono">${b.from}–${b.to}</td><td><span class="mono">${b.reg}</span> <span style="color:#6f86a3">${esc(ac(b.reg).type)}</span>${ac(b.reg).status === 'Grounded' && b.status === 'Booked' ? ' <span class="st st-grounded">AC GROUNDED</span>' : ''}</td>
        <td>${esc(b.member)}</td><td>${b.type}</td><td>${esc(b.instructor) || '—'}</td><td>${st(b.status)}</td>
        <td style="text-align:right">${b.status === 'Booked' ? `<button class="kb" aria-label="Booking options ${b.id}" data-bkm="${b.id}">⋮</button>` : ''}</td></tr>`).join('') || '<tr><td colspan="8" class="empty">No bookings.</td></tr>'}
      </tbody></table>`;
  }
  function cancelBooking(id) {
    const b = S.bookings.find(x => x.id === id);
    dialog({
      title: `Cancel ${b.id}?`, text: `${esc(b.member)} · ${b.reg} · ${wd(b.date)} ${dm(b.date)}, ${b.from}–${b.to}`, ok: 'Cancel booking', cancel: 'Keep booking', red: true,
      html: `<div class="fl"><label for="cx-note">Note to pilot (optional)</label><textarea id="cx-note"></textarea></div>`,
      submit: h => { b.status = 'Cancelled'; b.cancelNote = h.querySelector('#cx-note').value; toast(`${b.id} cancelled`); }
    });
  }
  function markFlown(id) {
    const b = S.bookings.find(x => x.id === id);
    dialog({
      title: `Log flight ${b.id}`, text: `${esc(b.member)} · ${b.reg}`, ok: 'Save',
      html: `<div class="fl"><label for="fl-tacho">Tacho hours flown</label><input type="text" id="fl-tacho" placeholder="e.g. 1.3"></div>`,
      submit: h => { const t = parseFloat(h.querySelector('#fl-tacho').value); if (!(t > 0)) return 'Enter hours flown.'; b.status = 'Flown'; b.tacho = t; ac(b.reg).hours = +(ac(b.reg).hours + t).toFixed(1); }
    });
  }

  /* ----- fleet ----- */
  function fleet() {
    return `<div class="fleet">${S.aircraft.map(a => {
      const open = S.squawks.filter(s => s.reg === a.reg && s.status === 'Open');
      const left = (a.nextCheck - a.hours).toFixed(1);
      return `<div class="ac"><h3>${a.reg} <span style="display:flex;gap:6px;align-items:center">${st(a.status)}<button class="kb" aria-label="Aircraft options ${a.reg}" data-acm="${a.reg}">⋮</button></span></h3><div class="ty">${esc(a.type)} · ${a.seats} seats</div>
        <dl><dt>Hobbs / tacho</dt><dd class="mono">${a.hours.toFixed(1)}</dd><dt>Next 50 h check</dt><dd class="mono">${a.nextCheck.toFixed(1)} (${left} h)</dd><dt>Wet rate</dt><dd>£${a.rate}/h</dd><dt>Open squawks</dt><dd>${open.length}</dd></dl>
        ${a.status === 'Grounded' ? `<div class="note">Grounded: ${esc((S.squawks.find(s => s.reg === a.reg && s.status === 'Open' && s.severity === 'Grounding') || {}).text || 'see squawks')}</div>` : ''}</div>`;
    }).join('')}</div>`;
  }

  /* ----- squawks ----- */
  function squawks() {
    const list = S.squawks.filter(s => v.sqTab === 'All' || s.status === v.sqTab).sort((a, b) => b.id.localeCompare(a.id));
    return `<div class="tools"><div class="subtabs">${['Open', 'Closed', 'All'].map(t => `<button data-sqt="${t}" class="${v.sqTab === t ? 'on' : ''}">${t}</button>`).join('')}</div><span class="sp"></span><button class="btn pri" id="new-sq">+ Report squawk</button></div>
      <table class="tbl"><thead><tr><th>ID</th><th>Aircraft</th><th>Reported</th><th>Defect</th><th>Severity</th><th>Status</th><th></th></tr></thead><tbody>
      ${list.map(s => `<tr data-sq="${s.id}"><td class="mono">${s.id}</td><td class="mono">${s.reg}</td><td>${dm(s.reported)}<div style="color:#6f86a3;font-size:12px">${esc(s.by)}</div></td><td style="max-width:360px">${esc(s.text)}${s.status === 'Closed' && s.rectification ? `<div style="color:#6f86a3;font-size:12px">✓ ${esc(s.rectification)}</div>` : ''}</td>
        <td>${st(s.severity)}</td><td>${st(s.status)}</td><td style="text-align:right">${s.status === 'Open' ? `<button class="btn xs" data-close="${s.id}">Close…</button>` : ''}</td></tr>`).join('') || '<tr><td colspan="7" class="empty">Nothing to show.</td></tr>'}
      </tbody></table>`;
  }
  function newSquawk(preReg = '') {
    dialog({
      title: 'Report a squawk', text: 'Log a defect found before, during or after a flight.', ok: 'Submit squawk',
      html: `<div class="fl"><label for="sq-reg">Aircraft</label><select id="sq-reg"><option value="">Select aircraft…</option>${S.aircraft.map(a => `<option value="${a.reg}" ${a.reg === preReg ? 'selected' : ''}>${a.reg} · ${esc(a.type)}</option>`).join('')}</select></div>
        <div class="fl"><label for="sq-text">Defect description</label><textarea id="sq-text" placeholder="What did you find?"></textarea></div>
        <div class="fl"><label>Severity</label><div class="radio-row">
          <label><input type="radio" name="sev" value="Grounding"> <span>Grounding<small>Aircraft is unairworthy — it will be grounded and its bookings flagged.</small></span></label>
          <label><input type="radio" name="sev" value="Deferred"> <span>Deferred<small>Airworthy; fix at the next scheduled check.</small></span></label>
          <label><input type="radio" name="sev" value="Info" checked> <span>Info<small>Cosmetic or for the record.</small></span></label></div></div>`,
      submit: h => {
        const reg = h.querySelector('#sq-reg').value, text = h.querySelector('#sq-text').value.trim(), sev = h.querySelector('input[name=sev]:checked').value;
        if (!reg) return 'Choose the aircraft.';
        if (text.length < 4) return 'Describe the defect.';
        const n = Math.max(...S.squawks.map(s => +s.id.slice(3))) + 1;
        const id = 'SQ-' + String(n).padStart(4, '0');
        S.squawks.push({ id, reg, reported: S.today, by: S.user, text, severity: sev, status: 'Open', rectification: '' });
        if (sev === 'Grounding') ac(reg).status = 'Grounded';
        toast(`${id} raised${sev === 'Grounding' ? ' · ' + reg + ' grounded' : ''}`);
      }
    });
  }
  function closeSquawk(id) {
    const s = S.squawks.find(x => x.id === id);
    dialog({
      title: `Close ${s.id}`, text: `${s.reg} — ${esc(s.text)}`, ok: 'Close squawk',
      html: `<div class="fl"><label for="rect">Rectification / action taken</label><textarea id="rect"></textarea></div>
        <div class="fl"><label for="cert">Signed off by</label><input type="text" id="cert" value="D. Price (LAE)"></div>`,
      submit: h => {
        const r = h.querySelector('#rect').value.trim();
        if (!r) return 'Describe what was done to fix it.';
        s.status = 'Closed'; s.rectification = r; s.closedBy = h.querySelector('#cert').value.trim(); s.closedOn = S.today;
        if (s.severity === 'Grounding' && !S.squawks.some(o => o.reg === s.reg && o.status === 'Open' && o.severity === 'Grounding')) ac(s.reg).status = 'Serviceable';
        toast(`${s.id} closed`);
      }
    });
  }

  /* ----- members ----- */
  function memberRows() {
    const q = v.mq.trim().toLowerCase();
    const list = S.members.filter(m => !q || `${m.no} ${m.name} ${m.rating}`.toLowerCase().includes(q)).sort((a, b) => (a.last + a.first).localeCompare(b.last + b.first));
    const pages = Math.max(1, Math.ceil(list.length / PER));
    if (v.mpage > pages) v.mpage = pages;
    const rows = list.slice((v.mpage - 1) * PER, v.mpage * PER);
    return `<table class="tbl"><thead><tr><th>No.</th><th>Name</th><th>Licence</th><th>Medical expires</th><th>Booking</th></tr></thead><tbody>
      ${rows.map(m => `<tr class="click ${v.msel === m.no ? 'sel' : ''}" data-mem="${m.no}"><td class="mono">${m.no}</td><td>${esc(m.name)}</td><td>${esc(m.rating)}</td><td class="${m.medicalExpiry < S.today ? 'expired' : ''}">${dm(m.medicalExpiry)} ${m.medicalExpiry.slice(0, 4)}</td><td>${m.canBook ? st('Active') : st('Suspended')}</td></tr>`).join('') || '<tr><td colspan="5" class="empty">No members match.</td></tr>'}
      </tbody></table>
      <div class="pg"><span>${list.length} members</span><div class="nums"><button data-mp="prev" aria-label="Previous page" ${v.mpage === 1 ? 'disabled' : ''}>‹</button>${Array.from({ length: pages }, (_, i) => `<button data-mp="${i + 1}" class="${v.mpage === i + 1 ? 'on' : ''}">${i + 1}</button>`).join('')}<button data-mp="next" aria-label="Next page" ${v.mpage === pages ? 'disabled' : ''}>›</button></div></div>`;
  }
  function memberPanel() {
    const m = v.msel && mem(v.msel);
    if (!m) return '<div class="panel"><h2>Member details</h2><p class="muted">Select a member to see licence, medical and booking privileges.</p></div>';
    const upcoming = S.bookings.filter(b => b.member === m.name && b.status === 'Booked' && b.date >= S.today);
    return `<div class="panel"><h2>${esc(m.name)}</h2><div class="muted mono">${m.no}</div>
      <dl><dt>Licence</dt><dd>${esc(m.rating)}</dd><dt>Class 2 medical</dt><dd class="${m.medicalExpiry < S.today ? 'expired' : ''}">${dm(m.medicalExpiry)} ${m.medicalExpiry.slice(0, 4)}${m.medicalExpiry < S.today ? ' · EXPIRED' : ''}</dd>
      <dt>Upcoming</dt><dd>${upcoming.length ? upcoming.map(b => `${b.id} (${dm(b.date)})`).join(', ') : 'none'}</dd>${!m.canBook ? `<dt>Suspended</dt><dd>${esc(m.suspendReason)}</dd>` : ''}</dl>
      <div class="sw"><span>Can book aircraft</span><button role="switch" aria-checked="${m.canBook}" aria-label="Booking privileges for ${esc(m.name)}" data-priv="${m.no}"></button></div></div>`;
  }
  function members() {
    return `<div class="split"><div><div class="tools"><input type="search" id="m-q" placeholder="Search name or member no." value="${esc(v.mq)}" style="width:260px"></div><div id="m-rows">${memberRows()}</div></div><div id="m-panel">${memberPanel()}</div></div>`;
  }
  function togglePriv(no) {
    const m = mem(no);
    if (!m.canBook) { m.canBook = true; m.suspendReason = ''; render(); toast(`${m.name} can book again`); return; }
    dialog({
      title: `Suspend booking for ${m.name}?`, text: 'They won’t be able to make new bookings until reinstated. Existing bookings stay on the sheet.', ok: 'Suspend', red: true,
      html: `<div class="fl"><label for="sus-why">Reason</label><select id="sus-why"><option value="">Select…</option><option>Medical expired</option><option>Currency lapsed</option><option>Account overdue</option><option>Safety review</option><option>Other</option></select></div>`,
      submit: h => { const r = h.querySelector('#sus-why').value; if (!r) return 'Pick a reason.'; m.canBook = false; m.suspendReason = r; toast(`${m.name} suspended`); }
    });
  }

  const views = { schedule: ['Schedule', schedule], fleet: ['Fleet', fleet], squawks: ['Squawks', squawks], members: ['Members', members] };
  function current() { const h = location.hash.slice(1); return views[h] ? h : 'schedule'; }
  function render() {
    const c = current();
    document.querySelectorAll('#menu a').forEach(a => a.classList.toggle('on', a.dataset.s === c));
    document.getElementById('title').textContent = views[c][0];
    document.getElementById('sq-count').textContent = S.squawks.filter(s => s.status === 'Open').length;
    body.innerHTML = views[c][1]();
  }

  document.addEventListener('click', ev => {
    const t = ev.target;
    if (!t.closest('.fmenu')) closeMenu();
    let el;
    if ((el = t.closest('[data-day]'))) { v.day = el.dataset.day; render(); }
    else if ((el = t.closest('[data-bkm]'))) {
      const id = el.dataset.bkm;
      menu(el, [['Log as flown…', () => markFlown(id)], ['Cancel booking…', () => cancelBooking(id), true]]);
    } else if ((el = t.closest('[data-acm]'))) {
      const reg = el.dataset.acm;
      menu(el, [['Report squawk…', () => newSquawk(reg)], ['View bookings', () => { v.reg = reg; location.hash = '#schedule'; }]]);
    } else if ((el = t.closest('[data-sqt]'))) { v.sqTab = el.dataset.sqt; render(); }
    else if (t.id === 'new-sq') newSquawk();
    else if ((el = t.closest('[data-close]'))) closeSquawk(el.dataset.close);
    else if ((el = t.closest('[data-priv]'))) togglePriv(el.dataset.priv);
    else if ((el = t.closest('tr[data-mem]'))) { v.msel = el.dataset.mem; document.getElementById('m-rows').innerHTML = memberRows(); document.getElementById('m-panel').innerHTML = memberPanel(); }
    else if ((el = t.closest('[data-mp]'))) { const p = el.dataset.mp; v.mpage = p === 'prev' ? v.mpage - 1 : p === 'next' ? v.mpage + 1 : +p; document.getElementById('m-rows').innerHTML = memberRows(); }
  });
  document.addEventListener('change', ev => { if (ev.target.id === 'f-reg') { v.reg = ev.target.value; render(); } });
  document.addEventListener('input', ev => { if (ev.target.id === 'm-q') { v.mq = ev.target.value; v.mpage = 1; document.getElementById('m-rows').innerHTML = memberRows(); } });
  document.addEventListener('keydown', ev => { if (ev.key === 'Escape') { closeMenu(); document.getElementById('dlg').innerHTML = ''; } });
  addEventListener('hashchange', () => { closeMenu(); render(); });
  render();
})();
