// Electoral Services — polling station staffing
(() => {
  const station = (code, name, ward, need) => ({ code, name, ward, needClerks: need, status: 'Open', closeReason: null });
  const person = (id, name, role, phone, trained, stationCode) => ({ id, name, role, phone, trained, station: stationCode });
  const PO = 'Presiding officer', PC = 'Poll clerk';

  window.state = {
    section: 'stations',
    wardFilter: 'All wards',
    staffQuery: '',
    roleFilter: 'All roles',
    nextId: 2054,
    stations: [
      station('PS-01', "St Aidan's Church Hall", 'Northfield', 2),
      station('PS-02', 'Northfield Library', 'Northfield', 2),
      station('PS-03', 'Brookside Scout Hut', 'Brookside', 1),
      station('PS-04', 'Brookside Methodist Church', 'Brookside', 2),
      station('PS-05', 'Castlegate Community Centre', 'Castlegate', 3),
      station('PS-06', 'Holy Trinity Primary School', 'Castlegate', 3),
      station('PS-07', 'Meadowbank Primary School', 'Meadowbank', 3),
      station('PS-08', 'Meadowbank Community Centre', 'Meadowbank', 2),
      station('PS-09', 'Riverside Academy Sports Hall', 'Riverside', 4),
      station('PS-10', 'Riverside Bowls Club', 'Riverside', 1),
      station('PS-11', 'Oakley Village Hall', 'Oakley', 1),
      station('PS-12', 'Oakley Mobile Unit (Fire Station car park)', 'Oakley', 2),
      station('PS-13', 'Sandhill Gurdwara Community Hall', 'Sandhill', 3),
      station('PS-14', 'Sandhill Leisure Centre', 'Sandhill', 3),
      station('PS-15', 'Westmoor Cricket Pavilion', 'Westmoor', 2),
      station('PS-16', 'Westmoor Baptist Church', 'Westmoor', 3),
    ],
    staff: [
      person('V-2011', 'Margaret Ellison', PO, '07700 900501', true, 'PS-01'),
      person('V-2012', 'Derek Hollingworth', PO, '07700 900502', true, 'PS-02'),
      person('V-2013', 'Aisha Rahman', PO, '07700 900503', true, 'PS-03'),
      person('V-2014', 'Colin McAllister', PO, '07700 900504', true, 'PS-04'),
      person('V-2015', 'Bernadette Quigley', PO, '07700 900505', true, 'PS-05'),
      person('V-2016', 'Samuel Osei', PO, '07700 900506', true, 'PS-06'),
      person('V-2017', 'Helen Drummond', PO, '07700 900507', true, 'PS-07'),
      person('V-2018', 'Rajesh Patel', PO, '07700 900508', true, 'PS-08'),
      person('V-2019', 'Fiona Gallacher', PO, '07700 900509', true, 'PS-09'),
      person('V-2020', 'Trevor Ashby', PO, '07700 900510', true, 'PS-10'),
      person('V-2021', 'Naomi Feldman', PO, '07700 900511', true, 'PS-11'),
      person('V-2022', 'Graham Whitley', PO, '07700 900512', false, 'PS-12'),
      person('V-2023', 'Harjit Sandhu', PO, '07700 900513', true, 'PS-13'),
      person('V-2024', 'Louise Penrose', PO, '07700 900514', true, 'PS-14'),
      person('V-2025', 'Alan Trefusis', PO, '07700 900515', true, 'PS-15'),
      person('V-2026', 'Yvonne Carmichael', PO, '07700 900516', true, 'PS-16'),
      person('V-2031', 'Jack Morrow', PC, '07700 900531', true, 'PS-01'),
      person('V-2032', 'Priti Shah', PC, '07700 900532', true, 'PS-01'),
      person('V-2033', 'Ellen Vaughan', PC, '07700 900533', true, 'PS-02'),
      person('V-2034', 'Marcus Bell', PC, '07700 900534', true, 'PS-03'),
      person('V-2035', 'Agnieszka Nowak', PC, '07700 900535', true, 'PS-04'),
      person('V-2036', 'Dominic Farrell', PC, '07700 900536', true, 'PS-04'),
      person('V-2037', 'Sunita Bains', PC, '07700 900537', true, 'PS-05'),
      person('V-2038', 'Rory Campbell', PC, '07700 900538', true, 'PS-05'),
      person('V-2039', 'Bethan Lloyd', PC, '07700 900539', true, 'PS-05'),
      person('V-2040', 'Oliver Stanton', PC, '07700 900540', true, 'PS-06'),
      person('V-2041', 'Tariq Hussain', PC, '07700 900541', false, 'PS-07'),
      person('V-2042', 'Megan Price', PC, '07700 900542', true, 'PS-08'),
      person('V-2043', 'Callum Fraser', PC, '07700 900543', true, 'PS-09'),
      person('V-2044', 'Josie Wren', PC, '07700 900544', true, 'PS-09'),
      person('V-2045', 'Ian Blackwood', PC, '07700 900545', true, 'PS-10'),
      person('V-2046', 'Nadia Rossi', PC, '07700 900546', true, 'PS-11'),
      person('V-2047', 'Ruth Okonjo', PC, '07700 900547', false, 'PS-13'),
      person('V-2048', 'Gareth Pryce', PC, '07700 900548', true, null),
      person('V-2049', 'Gareth Price', PC, '07700 900549', true, null),
      person('V-2050', 'Leona Fairweather', PC, '07700 900550', true, null),
      person('V-2051', 'Shauna Doherty', PC, '07700 900551', false, null),
      person('V-2052', 'Kofi Mensah', PC, '07700 900552', true, 'PS-14'),
      person('V-2053', 'Hamish Reid', PC, '07700 900553', true, null),
    ],
    settings: { smsReminders: true, emailRosters: true, trainingNudges: false },
  };

  const S = window.state;
  const root = document.getElementById('content');
  const dlg = document.getElementById('dlg');
  const WARDS = [...new Set(S.stations.map((s) => s.ward))];
  const esc = (t) => String(t).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const stationOf = (code) => S.stations.find((s) => s.code === code);
  const personOf = (id) => S.staff.find((p) => p.id === id);
  const clerksAt = (code) => S.staff.filter((p) => p.station === code && p.role === PC);
  const poAt = (code) => S.staff.find((p) => p.station === code && p.role === PO);

  function banner(msg) {
    const b = document.getElementById('banner');
    b.textContent = msg;
    b.classList.add('on');
    clearTimeout(banner.t);
    banner.t = setTimeout(() => b.classList.remove('on'), 2200);
  }

  function stationsView() {
    const list = S.stations.filter((s) => S.wardFilter === 'All wards' || s.ward === S.wardFilter);
    const open = S.stations.filter((s) => s.status === 'Open');
    const gaps = open.reduce((n, s) => n + Math.max(0, s.needClerks - clerksAt(s.code).length), 0);
    root.innerHTML = `
      <div class="ph"><h1>Polling stations</h1><span class="sum">${open.length} open · ${gaps} clerk vacancies</span><span class="sp"></span>
        <select class="ctl" id="ward">${['All wards', ...WARDS].map((w) => `<option ${w === S.wardFilter ? 'selected' : ''}>${w}</option>`).join('')}</select></div>
      <div class="stations">${list.map((s) => {
        const c = clerksAt(s.code).length, po = poAt(s.code);
        const closed = s.status === 'Closed', short = !closed && c < s.needClerks;
        const flag = closed ? `<span class="flag off">Closed — ${esc(s.closeReason)}</span>` : short ? `<span class="flag warn">Needs ${s.needClerks - c} more clerk${s.needClerks - c > 1 ? 's' : ''}</span>` : '<span class="flag ok">Fully staffed</span>';
        return `<div class="st ${closed ? 'closed' : short ? 'short' : ''}" data-station="${s.code}">
          <div class="code">${s.code}</div><div class="nm">${esc(s.name)}</div><div class="wd">${s.ward} ward</div>
          <button class="dots" aria-label="More options for ${s.code}" data-dots="${s.code}">⋯</button>
          <div class="po">PO: ${po ? esc(po.name) : '<i>vacant</i>'}</div>
          <div class="meter"><i style="width:${Math.min(100, (c / s.needClerks) * 100)}%"></i></div>
          <div>${c}/${s.needClerks} clerks · ${flag}</div>
          ${closed ? '' : `<button class="btn ln manage" data-manage="${s.code}">Manage staff</button>`}
        </div>`;
      }).join('')}</div>`;
    document.getElementById('ward').onchange = (e) => { S.wardFilter = e.target.value; render(); };
  }

  function staffView() {
    const q = S.staffQuery.trim().toLowerCase();
    const rows = S.staff.filter((p) => (S.roleFilter === 'All roles' || p.role === S.roleFilter) && (!q || p.id.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)));
    root.innerHTML = `
      <div class="ph"><h1>Staff register</h1><span class="sum">${S.staff.length} people · ${S.staff.filter((p) => !p.trained).length} awaiting training</span><span class="sp"></span>
        <input class="ctl" id="sq" type="search" placeholder="Name or ID" value="${esc(S.staffQuery)}" style="width:200px">
        <select class="ctl" id="rf">${['All roles', PO, PC].map((r) => `<option ${r === S.roleFilter ? 'selected' : ''}>${r}</option>`).join('')}</select>
        <button class="btn fill" id="add-staff">+ Add staff member</button></div>
      <table class="reg"><thead><tr><th>ID</th><th>Name</th><th>Role</th><th>Mobile</th><th>Station</th><th>Trained</th></tr></thead><tbody>
      ${rows.map((p) => `<tr data-person="${p.id}"><td class="id">${p.id}</td><td>${esc(p.name)}</td><td>${p.role}</td><td>${esc(p.phone)}</td>
        <td>${p.station ? `${p.station} · ${esc(stationOf(p.station).name)}` : '<span class="muted">Unassigned</span>'}</td>
        <td><label class="sw"><input type="checkbox" data-trained="${p.id}" aria-label="Trained — ${esc(p.name)}" ${p.trained ? 'checked' : ''}><b></b></label></td></tr>`).join('')}
      ${rows.length ? '' : '<tr><td colspan="6" class="muted" style="padding:20px;text-align:center">Nobody matches that search.</td></tr>'}
      </tbody></table>`;
    const sq = document.getElementById('sq');
    sq.oninput = () => { const pos = sq.selectionStart; S.staffQuery = sq.value; render(); const n = document.getElementById('sq'); n.focus(); n.setSelectionRange(pos, pos); };
    document.getElementById('rf').onchange = (e) => { S.roleFilter = e.target.value; render(); };
    document.getElementById('add-staff').onclick = addStaffDialog;
  }

  function settingsView() {
    const line = (k, t, d) => `<div class="line"><div><b>${t}</b><div class="muted">${d}</div></div><label class="sw"><input type="checkbox" data-setting="${k}" ${S.settings[k] ? 'checked' : ''}><b></b></label></div>`;
    root.innerHTML = `<div class="ph"><h1>Notifications</h1></div><div class="setbox">
      ${line('smsReminders', 'SMS reminders to staff', 'Text every assigned person 7 days and 1 day before poll day')}
      ${line('emailRosters', 'Email rosters to presiding officers', 'Send the station roster whenever it changes')}
      ${line('trainingNudges', 'Training nudges', 'Weekly email to staff who have not completed training')}</div>`;
  }

  function render() {
    document.querySelectorAll('#rail-nav button').forEach((b) => b.classList.toggle('cur', b.dataset.sec === S.section));
    if (S.section === 'stations') stationsView();
    else if (S.section === 'staff') staffView();
    else settingsView();
  }

  function dialog(title, body, buttons) {
    dlg.innerHTML = `<div class="dlg-bg"><div class="dlg-box" role="dialog"><h2>${title}</h2><div class="body">${body}<div class="err" id="dlg-err"></div></div>
      <div class="foot">${buttons.map((b, i) => `<button class="btn ${b.cls || 'ln'}" data-b="${i}">${b.label}</button>`).join('')}</div></div></div>`;
    buttons.forEach((b, i) => {
      dlg.querySelector(`[data-b="${i}"]`).onclick = () => {
        const err = b.go ? b.go() : null;
        if (err) { document.getElementById('dlg-err').textContent = err; return; }
        if (!b.stay) { dlg.innerHTML = ''; render(); }
      };
    });
  }

  function manageDialog(code) {
    const s = stationOf(code), po = poAt(code), clerks = clerksAt(code);
    const pool = S.staff.filter((p) => p.role === PC && !p.station).sort((a, b) => a.name.localeCompare(b.name));
    dialog(`${s.code} · ${esc(s.name)}`, `
      <p class="muted">${s.ward} ward · needs 1 presiding officer and ${s.needClerks} poll clerks</p>
      <div class="fld"><label>Presiding officer</label><div class="roster"><div>${po ? `${esc(po.name)} <span class="id">${po.id}</span>` : '<i>Vacant</i>'}</div></div></div>
      <div class="fld"><label>Poll clerks (${clerks.length}/${s.needClerks})</label><div class="roster" id="roster">
        ${clerks.map((c) => `<div>${esc(c.name)} <span class="id">${c.id}</span> <button class="lnk" data-unassign="${c.id}">Remove</button></div>`).join('') || '<div class="muted">No clerks assigned yet</div>'}
      </div></div>
      <div class="fld"><label for="add-clerk">Add a poll clerk</label><div class="addrow"><select id="add-clerk"><option value="">Choose from unassigned clerks…</option>
        ${pool.map((p) => `<option value="${p.id}">${esc(p.name)} (${p.id})${p.trained ? '' : ' — not trained'}</option>`).join('')}</select>
        <button class="btn fill" id="add-clerk-btn">Add</button></div></div>`,
      [{ label: 'Done', cls: 'fill' }]);
    document.getElementById('add-clerk-btn').onclick = () => {
      const id = document.getElementById('add-clerk').value;
      if (!id) { document.getElementById('dlg-err').textContent = 'Choose someone to add.'; return; }
      personOf(id).station = code;
      banner(`${personOf(id).name} added to ${code}`);
      manageDialog(code);
      render();
    };
    dlg.querySelectorAll('[data-unassign]').forEach((b) => {
      b.onclick = () => { const p = personOf(b.dataset.unassign); p.station = null; banner(`${p.name} removed from ${code}`); manageDialog(code); render(); };
    });
  }

  function closeDialog(code) {
    const s = stationOf(code);
    dialog(`Close ${s.code}?`, `<p><b>${esc(s.name)}</b> will be marked closed for poll day. Staff stay on the roster until you move them.</p>
      <div class="fld"><label for="close-reason">Reason</label><select id="close-reason"><option value="">Select…</option><option>Venue unavailable</option><option>Insufficient staff</option><option>Merged with another station</option></select></div>`,
      [{ label: 'Keep open' }, {
        label: 'Close station', cls: 'red', go: () => {
          const r = document.getElementById('close-reason').value;
          if (!r) return 'Please give a reason.';
          s.status = 'Closed'; s.closeReason = r;
          banner(`${s.code} closed`);
          return null;
        },
      }]);
  }

  function addStaffDialog() {
    dialog('Add staff member', `
      <div class="fld"><label for="ns-name">Full name</label><input id="ns-name"></div>
      <div class="fld"><label for="ns-role">Role</label><select id="ns-role"><option value="">Select…</option><option>${PO}</option><option>${PC}</option></select></div>
      <div class="fld"><label for="ns-phone">Mobile number</label><input id="ns-phone" placeholder="07…"></div>`,
      [{ label: 'Cancel' }, {
        label: 'Add to register', cls: 'fill', go: () => {
          const name = document.getElementById('ns-name').value.trim().replace(/\s+/g, ' ');
          const role = document.getElementById('ns-role').value;
          const phone = document.getElementById('ns-phone').value.trim();
          if (!name) return 'Enter a name.';
          if (!role) return 'Choose a role.';
          if (phone.replace(/\D/g, '').length < 10) return 'Enter a valid mobile number.';
          const p = person('V-' + S.nextId++, name, role, phone, false, null);
          S.staff.push(p);
          banner(`${name} added as ${p.id}`);
          return null;
        },
      }]);
    document.getElementById('ns-name').focus();
  }

  function closePops() { document.querySelectorAll('.pop').forEach((p) => p.remove()); }

  root.addEventListener('click', (e) => {
    const t = e.target;
    if (t.dataset.dots) {
      e.stopPropagation();
      const card = t.closest('.st');
      const had = card.querySelector('.pop');
      closePops();
      if (had) return;
      const s = stationOf(t.dataset.dots);
      const pop = document.createElement('div');
      pop.className = 'pop';
      pop.innerHTML = s.status === 'Open'
        ? '<button data-pa="manage">Manage staff</button><button data-pa="close" class="danger">Close station…</button>'
        : '<button data-pa="reopen">Reopen station</button>';
      pop.onclick = (ev) => {
        const a = ev.target.dataset.pa;
        if (!a) return;
        ev.stopPropagation();
        closePops();
        if (a === 'manage') manageDialog(s.code);
        else if (a === 'close') closeDialog(s.code);
        else { s.status = 'Open'; s.closeReason = null; banner(`${s.code} reopened`); render(); }
      };
      card.appendChild(pop);
      return;
    }
    if (t.dataset.manage) { manageDialog(t.dataset.manage); }
  });
  root.addEventListener('change', (e) => {
    const t = e.target;
    if (t.dataset.trained) { const p = personOf(t.dataset.trained); p.trained = t.checked; banner(`${p.name}: ${t.checked ? 'training complete' : 'marked as not trained'}`); render(); }
    if (t.dataset.setting) { S.settings[t.dataset.setting] = t.checked; banner('Notification settings saved'); }
  });
  document.addEventListener('click', (e) => { if (!e.target.closest('.pop')) closePops(); });
  document.getElementById('rail-nav').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    S.section = b.dataset.sec;
    closePops();
    render();
  });

  render();
})();
