/* Fundwise review console — panel chair view */
const REVIEWERS = [
  { name: 'Owen Griffiths', org: 'Northbridge Council (retired)' },
  { name: 'Priya Nandakumar', org: 'Northbridge University' },
  { name: 'Leah Bernstein', org: 'Arts Network North' },
  { name: 'Chidi Okonkwo', org: 'Youth Sport Trust' },
  { name: 'Priya Natarajan', org: 'Northbridge Health CIC' },
  { name: 'Marta Sousa', org: 'Green Futures' },
];
const DECLINE_REASONS = ['Outside funding area', 'Ineligible organisation', 'Insufficient budget detail', 'Duplicate application', 'Did not meet scoring threshold'];
const AREAS = ['Arts & culture', 'Sport', 'Environment', 'Health & wellbeing', 'Education', 'Older people'];

const A = (ref, org, project, area, amount, submitted, status, reviewer) =>
  ({ ref, org, project, area, amount, submitted, status, reviewer: reviewer || null, score: null, declineReason: null, notes: [] });

window.state = {
  tab: 'apps',
  page: 1,
  perPage: 10,
  query: '',
  statusFilter: 'All',
  selected: null,
  applications: [
    A('GA-24-101', 'Ashfield Men\'s Shed', 'Workshop dust extraction', 'Older people', 4200, '2024-02-02', 'Shortlisted', 'Owen Griffiths'),
    A('GA-24-102', 'Northbridge Foodbank', 'Cold storage upgrade', 'Health & wellbeing', 9800, '2024-02-02', 'Under review', 'Priya Natarajan'),
    A('GA-24-103', 'Riverside Youth Theatre', 'Summer devised production', 'Arts & culture', 6500, '2024-02-03', 'Under review', 'Leah Bernstein'),
    A('GA-24-104', 'St Cuthbert\'s Parish Hall', 'Accessible toilet refit', 'Older people', 12000, '2024-02-05', 'Submitted'),
    A('GA-24-105', 'Kestrel Park Friends', 'Wildflower meadow planting', 'Environment', 3100, '2024-02-05', 'Shortlisted', 'Marta Sousa'),
    A('GA-24-106', 'Brightside Reading Club', 'After-school reading mentors', 'Education', 5400, '2024-02-06', 'Under review', 'Priya Nandakumar'),
    A('GA-24-107', 'Northbridge Harriers AC', 'Junior coaching qualifications', 'Sport', 2800, '2024-02-07', 'Info requested', 'Chidi Okonkwo'),
    A('GA-24-108', 'Deepdale Community Choir', 'Concert hire and sheet music', 'Arts & culture', 1900, '2024-02-08', 'Declined', 'Leah Bernstein'),
    A('GA-24-109', 'Canal Cleanup Collective', 'Volunteer equipment and skips', 'Environment', 4750, '2024-02-08', 'Submitted'),
    A('GA-24-110', 'Hollins Street Community Garden', 'Raised beds and water butts', 'Environment', 9200, '2024-02-09', 'Under review', 'Marta Sousa'),
    A('GA-24-111', 'Lighthouse Bereavement Support', 'Group facilitator training', 'Health & wellbeing', 7300, '2024-02-10', 'Under review', 'Priya Natarajan'),
    A('GA-24-112', 'Millbrook Tenants Association', 'Community noticeboard and newsletter', 'Education', 1200, '2024-02-12', 'Submitted'),
    A('GA-24-113', 'Riverside Youth Boxing Club', 'Ring canvas and safety padding', 'Sport', 5600, '2024-02-12', 'Submitted'),
    A('GA-24-114', 'Oakwood Dementia Café', 'Monthly café sessions', 'Older people', 3900, '2024-02-13', 'Shortlisted', 'Owen Griffiths'),
    A('GA-24-115', 'Northbridge Sea Cadets', 'Replacement safety boat engine', 'Sport', 14500, '2024-02-14', 'Under review', 'Chidi Okonkwo'),
    A('GA-24-116', 'Castle Ward Repair Café', 'Tools and PAT testing kit', 'Environment', 2300, '2024-02-15', 'Submitted'),
    A('GA-24-117', 'Harbourside Heritage Trust', 'Oral history recordings', 'Arts & culture', 8000, '2024-02-15', 'Under review', 'Leah Bernstein'),
    A('GA-24-118', 'Greenacre Allotment Society', 'Polytunnel replacement', 'Environment', 6100, '2024-02-16', 'Under review', 'Marta Sousa'),
    A('GA-24-119', 'Sunrise Toddler Group', 'Sensory play equipment', 'Education', 2650, '2024-02-17', 'Submitted'),
    A('GA-24-120', 'Westgate Walking Football', 'Pitch hire for over-50s', 'Sport', 1800, '2024-02-19', 'Shortlisted', 'Chidi Okonkwo'),
    A('GA-24-121', 'Northbridge Pride', 'Community festival stage', 'Arts & culture', 11000, '2024-02-19', 'Info requested', 'Leah Bernstein'),
    A('GA-24-122', 'Fenwick Lane Residents', 'Street tree planting', 'Environment', 3400, '2024-02-20', 'Submitted'),
    A('GA-24-123', 'Talking Together ESOL', 'Conversation classes for refugees', 'Education', 6900, '2024-02-21', 'Under review', 'Priya Nandakumar'),
    A('GA-24-124', 'Hollins Street Youth Club', 'Games room refurbishment', 'Education', 7700, '2024-02-21', 'Submitted'),
    A('GA-24-125', 'Men\'s Mental Health Walks', 'Walk leader training', 'Health & wellbeing', 2100, '2024-02-22', 'Under review', 'Priya Natarajan'),
    A('GA-24-126', 'Ridgeway Cricket Club', 'Non-turf practice wicket', 'Sport', 8800, '2024-02-23', 'Declined', 'Chidi Okonkwo'),
    A('GA-24-127', 'Open Door Arts', 'Inclusive ceramics workshops', 'Arts & culture', 4600, '2024-02-24', 'Shortlisted', 'Leah Bernstein'),
    A('GA-24-128', 'Northbridge Talking Newspaper', 'Digital recorders', 'Older people', 1500, '2024-02-26', 'Under review', 'Owen Griffiths'),
    A('GA-24-129', 'Bankside Primary PTA', 'Outdoor classroom canopy', 'Education', 9500, '2024-02-27', 'Submitted'),
    A('GA-24-130', 'Riverside Rowing Club', 'Adaptive rowing seat', 'Sport', 3700, '2024-02-27', 'Under review', 'Owen Griffiths'),
    A('GA-24-131', 'Carers Connect Northbridge', 'Respite day trips', 'Health & wellbeing', 5200, '2024-02-28', 'Submitted'),
    A('GA-24-132', 'Moorside Bat Group', 'Bat detectors for surveys', 'Environment', 1350, '2024-02-29', 'Under review', 'Marta Sousa'),
    A('GA-24-133', 'Little Theatre Northbridge', 'Lighting desk replacement', 'Arts & culture', 6300, '2024-03-01', 'Submitted'),
    A('GA-24-134', 'Northbridge Sight Loss Group', 'Peer support sessions', 'Health & wellbeing', 4400, '2024-03-01', 'Under review', 'Priya Nandakumar'),
  ],
  settings: { blindReview: true, autoReminders: true, conflictDeclaration: true, maxPerReviewer: 8 },
};

const $ = (s, r = document) => r.querySelector(s);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const money = (n) => '£' + Number(n).toLocaleString('en-GB');
const slug = (s) => s.toLowerCase().replace(/[^a-z]+/g, '-');
const fmtDate = (d) => { const [y, m, dd] = d.split('-'); return `${+dd} ${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m - 1]} ${y}`; };
const st = window.state;
const byRef = (ref) => st.applications.find((a) => a.ref === ref);
const loadOf = (name) => st.applications.filter((a) => a.reviewer === name && a.status !== 'Declined').length;

function snack(msg) {
  const el = $('#snack');
  el.textContent = msg;
  el.classList.add('on');
  clearTimeout(snack.t);
  snack.t = setTimeout(() => el.classList.remove('on'), 2000);
}

function filtered() {
  const q = st.query.trim().toLowerCase();
  return st.applications.filter((a) =>
    (st.statusFilter === 'All' || a.status === st.statusFilter) &&
    (!q || a.ref.toLowerCase().includes(q) || a.org.toLowerCase().includes(q) || a.project.toLowerCase().includes(q)));
}

function renderApps() {
  const rows = filtered();
  const pages = Math.max(1, Math.ceil(rows.length / st.perPage));
  if (st.page > pages) st.page = pages;
  const slice = rows.slice((st.page - 1) * st.perPage, st.page * st.perPage);
  const statuses = ['All', 'Submitted', 'Under review', 'Info requested', 'Shortlisted', 'Declined'];
  $('#view').innerHTML = `
    <div class="filters">
      <input id="q" type="search" placeholder="Search reference, organisation or project…" value="${esc(st.query)}">
      <select id="sf">${statuses.map((s) => `<option ${s === st.statusFilter ? 'selected' : ''}>${s}</option>`).join('')}</select>
      <span class="count">${rows.length} application${rows.length === 1 ? '' : 's'}</span>
    </div>
    <table class="tbl">
      <thead><tr><th>Ref</th><th>Organisation</th><th>Project</th><th>Area</th><th class="num">Requested</th><th>Reviewer</th><th>Status</th></tr></thead>
      <tbody>
      ${slice.map((a) => `<tr data-ref="${a.ref}">
        <td class="ref">${a.ref}</td><td>${esc(a.org)}</td><td>${esc(a.project)}</td><td>${a.area}</td>
        <td class="num">${money(a.amount)}</td><td>${a.reviewer ? esc(a.reviewer) : '<span class="muted">Unassigned</span>'}</td>
        <td><span class="st st-${slug(a.status)}">${a.status}</span></td></tr>`).join('')}
      ${slice.length ? '' : '<tr><td colspan="7" class="muted" style="text-align:center;padding:24px">No applications match your search.</td></tr>'}
      </tbody>
    </table>
    <div class="pager" id="pager">
      <span>Page ${st.page} of ${pages}</span>
      <button data-pg="prev" ${st.page === 1 ? 'disabled' : ''} aria-label="Previous page">‹</button>
      ${Array.from({ length: pages }, (_, i) => `<button data-pg="${i + 1}" class="${i + 1 === st.page ? 'cur' : ''}">${i + 1}</button>`).join('')}
      <button data-pg="next" ${st.page === pages ? 'disabled' : ''} aria-label="Next page">›</button>
    </div>`;
  const q = $('#q');
  q.addEventListener('input', () => {
    st.query = q.value; st.page = 1;
    const pos = q.selectionStart;
    renderApps();
    const q2 = $('#q'); q2.focus(); q2.setSelectionRange(pos, pos);
  });
  $('#sf').addEventListener('change', (e) => { st.statusFilter = e.target.value; st.page = 1; renderApps(); });
  $('#pager').addEventListener('click', (e) => {
    const v = e.target.dataset.pg;
    if (!v) return;
    st.page = v === 'prev' ? st.page - 1 : v === 'next' ? st.page + 1 : +v;
    renderApps();
  });
  $('#view tbody').addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-ref]');
    if (tr) openDrawer(tr.dataset.ref);
  });
}

function renderReviewers() {
  $('#view').innerHTML = `<div class="cards">${REVIEWERS.map((r) => {
    const n = loadOf(r.name);
    return `<div class="rv"><div class="n">${esc(r.name)}</div><div class="m">${esc(r.org)}</div>
      <div class="m" style="margin-top:8px">${n} of ${st.settings.maxPerReviewer} applications</div>
      <div class="bar"><i style="width:${Math.min(100, (n / st.settings.maxPerReviewer) * 100)}%"></i></div></div>`;
  }).join('')}</div>`;
}

function renderSettings() {
  const s = st.settings;
  const opt = (key, title, sub) => `<div class="opt"><div class="txt"><b>${title}</b><span>${sub}</span></div>
    <button class="tgl" role="switch" aria-label="${title}" data-key="${key}" aria-checked="${s[key]}"></button></div>`;
  $('#view').innerHTML = `<div class="panel">
    ${opt('blindReview', 'Blind review', 'Hide applicant organisation names from reviewers during scoring')}
    ${opt('autoReminders', 'Automatic reminders', 'Email reviewers 3 days before their scoring deadline')}
    ${opt('conflictDeclaration', 'Conflict of interest declaration', 'Reviewers must declare conflicts before opening an application')}
    <div class="opt"><div class="txt"><b>Maximum applications per reviewer</b><span>Assignments above this limit are blocked</span></div>
      <input type="number" id="maxper" min="1" max="20" value="${s.maxPerReviewer}"><button class="b" id="maxper-save">Apply</button></div>
  </div>`;
  $('#view .panel').addEventListener('click', (e) => {
    const t = e.target.closest('.tgl');
    if (!t) return;
    const key = t.dataset.key;
    const next = !s[key];
    if (key === 'blindReview' && !next) {
      confirmDialog({
        title: 'Turn off blind review?',
        body: 'Reviewers will immediately be able to see the names of applicant organisations. This is recorded in the round audit log.',
        ok: 'Turn off', danger: true,
        onOk: () => { s.blindReview = false; snack('Blind review turned off'); renderSettings(); },
      });
      return;
    }
    s[key] = next;
    snack(`${t.getAttribute('aria-label')} ${next ? 'enabled' : 'disabled'}`);
    renderSettings();
  });
  $('#maxper-save').addEventListener('click', () => {
    const v = parseInt($('#maxper').value, 10);
    if (v >= 1 && v <= 20) { s.maxPerReviewer = v; snack('Limit updated'); } else snack('Enter a number from 1 to 20');
  });
}

function render() {
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === st.tab));
  if (st.tab === 'apps') renderApps();
  else if (st.tab === 'reviewers') renderReviewers();
  else renderSettings();
}

/* ---------- drawer ---------- */
function openDrawer(ref) {
  st.selected = ref;
  const a = byRef(ref);
  const d = $('#drawer');
  const closed = a.status === 'Declined';
  d.innerHTML = `
    <div class="dh"><div><div class="ref">${a.ref}</div><h2>${esc(a.org)}</h2><div class="muted">${esc(a.project)}</div></div>
      <button class="x" aria-label="Close panel" id="d-close">×</button></div>
    <div class="db">
      <dl class="kv">
        <dt>Status</dt><dd><span class="st st-${slug(a.status)}">${a.status}</span>${a.declineReason ? ` <span class="muted">— ${esc(a.declineReason)}</span>` : ''}</dd>
        <dt>Funding area</dt><dd>${a.area}</dd>
        <dt>Submitted</dt><dd>${fmtDate(a.submitted)}</dd>
        <dt>Requested</dt><dd>${money(a.amount)}</dd>
        <dt>Reviewer</dt><dd>${a.reviewer ? esc(a.reviewer) : '<span class="muted">Unassigned</span>'}</dd>
      </dl>
      <div class="inline" style="justify-content:flex-end">
        <div class="actions-wrap"><button class="b" id="d-actions" aria-haspopup="menu" ${closed ? 'disabled' : ''}>Actions ▾</button>
          <div class="dd" id="d-menu" role="menu">
            <button data-do="shortlist">Move to shortlist</button>
            <button data-do="info">Request more information</button>
            <hr><button data-do="decline" class="danger">Decline application…</button>
          </div></div>
      </div>
      <div class="sect"><h4>Reviewer</h4>
        <div class="inline"><select id="d-reviewer" aria-label="Reviewer"><option value="">— Unassigned —</option>
          ${REVIEWERS.map((r) => `<option ${r.name === a.reviewer ? 'selected' : ''}>${esc(r.name)}</option>`).join('')}</select>
          <button class="b pri" id="d-assign" ${closed ? 'disabled' : ''}>Assign</button></div>
        <div class="muted" id="d-assign-msg" style="margin-top:6px"></div>
      </div>
      <div class="sect"><h4>Requested amount</h4>
        <div class="inline"><input type="number" id="d-amount" min="100" step="50" value="${a.amount}" aria-label="Requested amount">
          <button class="b" id="d-amount-save" ${closed ? 'disabled' : ''}>Save amount</button></div>
        <div class="muted" style="margin-top:6px">Amounts must be between £100 and £15,000.</div>
      </div>
    </div>`;
  d.classList.add('open');
  d.setAttribute('aria-hidden', 'false');
  $('#scrim').classList.add('on');
  $('#d-close').onclick = closeDrawer;
  $('#d-actions').onclick = (e) => { e.stopPropagation(); $('#d-menu').classList.toggle('on'); };
  $('#d-menu').onclick = (e) => {
    const act = e.target.dataset.do;
    if (!act) return;
    $('#d-menu').classList.remove('on');
    if (act === 'shortlist') { a.status = 'Shortlisted'; snack(`${a.ref} shortlisted`); refresh(); }
    else if (act === 'info') { a.status = 'Info requested'; snack(`Information requested from ${a.org}`); refresh(); }
    else if (act === 'decline') declineDialog(a);
  };
  $('#d-assign').onclick = () => {
    const name = $('#d-reviewer').value;
    const msg = $('#d-assign-msg');
    if (!name) { msg.textContent = 'Choose a reviewer first.'; return; }
    if (name === a.reviewer) { msg.textContent = `${name} is already reviewing this application.`; return; }
    if (loadOf(name) >= st.settings.maxPerReviewer) { msg.textContent = `${name} already has the maximum number of applications.`; return; }
    a.reviewer = name;
    if (a.status === 'Submitted') a.status = 'Under review';
    snack(`${a.ref} assigned to ${name}`);
    refresh();
  };
  $('#d-amount-save').onclick = () => {
    const v = Number($('#d-amount').value);
    if (!(v >= 100 && v <= 15000)) { snack('Amount must be between £100 and £15,000'); return; }
    a.amount = v;
    snack('Requested amount updated');
    refresh();
  };
}
function refresh() { render(); if (st.selected) openDrawer(st.selected); }
function closeDrawer() {
  st.selected = null;
  $('#drawer').classList.remove('open');
  $('#drawer').setAttribute('aria-hidden', 'true');
  $('#scrim').classList.remove('on');
}
$('#scrim').addEventListener('click', closeDrawer);
document.addEventListener('click', (e) => {
  const m = $('#d-menu');
  if (m && m.classList.contains('on') && !e.target.closest('.actions-wrap')) m.classList.remove('on');
});

/* ---------- dialogs ---------- */
function confirmDialog({ title, body, ok, danger, onOk, extra = '', validate }) {
  const host = $('#dialog-host');
  host.innerHTML = `<div class="dlg-back"><div class="dlg" role="dialog" aria-modal="true"><h3>${title}</h3><p>${body}</p>${extra}
    <div class="row"><button class="b" data-dlg="cancel">Cancel</button><button class="b ${danger ? 'red' : 'pri'}" data-dlg="ok">${ok}</button></div></div></div>`;
  host.querySelector('[data-dlg=cancel]').onclick = () => { host.innerHTML = ''; };
  host.querySelector('[data-dlg=ok]').onclick = () => {
    if (validate && !validate(host)) return;
    const vals = host;
    onOk(vals);
    host.innerHTML = '';
  };
}

function declineDialog(a) {
  confirmDialog({
    title: `Decline ${a.ref}?`,
    body: `${esc(a.org)} will be told their application was unsuccessful when decisions are published.`,
    extra: `<label for="dl-reason">Reason</label><select id="dl-reason"><option value="">Select a reason…</option>${DECLINE_REASONS.map((r) => `<option>${r}</option>`).join('')}</select>
      <label for="dl-note">Note to applicant (optional)</label><textarea id="dl-note" rows="2"></textarea>`,
    ok: 'Decline application', danger: true,
    validate: (h) => { const ok = !!h.querySelector('#dl-reason').value; if (!ok) h.querySelector('#dl-reason').style.borderColor = '#dc2626'; return ok; },
    onOk: (h) => {
      a.status = 'Declined';
      a.declineReason = h.querySelector('#dl-reason').value;
      const note = h.querySelector('#dl-note').value.trim();
      if (note) a.notes.push(note);
      snack(`${a.ref} declined`);
      refresh();
    },
  });
}

$('#tabs').addEventListener('click', (e) => {
  const t = e.target.dataset.tab;
  if (!t) return;
  closeDrawer();
  st.tab = t;
  render();
});

render();
