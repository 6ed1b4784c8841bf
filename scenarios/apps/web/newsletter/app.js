'use strict';
// Postbox – email marketing dashboard for Hartley & Co (demo, no backend)

var state = {
  view: 'dashboard',
  audienceTab: 'subscribers',
  company: 'Hartley & Co',
  lists: [
    { id: 'l1', name: 'Newsletter – All', description: 'Everyone who signed up on the website footer form.', doubleOptIn: true, created: '2021-04-12' },
    { id: 'l2', name: 'Customers – EU', description: 'Customers with a shipping address in the EU.', doubleOptIn: false, created: '2022-01-20' },
    { id: 'l3', name: 'Customers – UK', description: 'Customers with a UK shipping address.', doubleOptIn: false, created: '2022-01-20' },
    { id: 'l4', name: 'Webinar attendees', description: 'Registered for any of our live product webinars.', doubleOptIn: true, created: '2023-09-02' },
    { id: 'l5', name: 'Wholesale partners', description: 'Stockists and trade buyers.', doubleOptIn: false, created: '2023-11-15' }
  ],
  subscribers: [
    { email: 'amelia.hart@gmail.com', name: 'Amelia Hart', lists: ['l1', 'l3'], status: 'subscribed', joined: '2021-05-02', country: 'GB' },
    { email: 'lukas.becker@web.de', name: 'Lukas Becker', lists: ['l1', 'l2'], status: 'subscribed', joined: '2022-02-14', country: 'DE' },
    { email: 'sofia.rossi@libero.it', name: 'Sofia Rossi', lists: ['l2'], status: 'subscribed', joined: '2022-03-09', country: 'IT' },
    { email: 'tomas.novak@fastmail.com', name: 'Tomáš Novák', lists: ['l1', 'l2'], status: 'subscribed', joined: '2022-06-21', country: 'CZ' },
    { email: 'claire.dubois@orange.fr', name: 'Claire Dubois', lists: ['l2', 'l4'], status: 'subscribed', joined: '2022-07-30', country: 'FR' },
    { email: 'j.okonkwo@outlook.com', name: 'James Okonkwo', lists: ['l1', 'l3'], status: 'subscribed', joined: '2022-08-11', country: 'GB' },
    { email: 'marta.kowalska@wp.pl', name: 'Marta Kowalska', lists: ['l2'], status: 'unsubscribed', joined: '2022-09-01', country: 'PL' },
    { email: 'orders@thelinenroom.co.uk', name: 'The Linen Room', lists: ['l5'], status: 'subscribed', joined: '2023-01-17', country: 'GB' },
    { email: 'henrik.lund@proton.me', name: 'Henrik Lund', lists: ['l1', 'l2', 'l4'], status: 'subscribed', joined: '2023-02-05', country: 'DK' },
    { email: 'ines.garcia@yahoo.es', name: 'Inés García', lists: ['l2'], status: 'bounced', joined: '2023-02-19', country: 'ES' },
    { email: 'olivia.chen@icloud.com', name: 'Olivia Chen', lists: ['l1', 'l4'], status: 'subscribed', joined: '2023-03-22', country: 'GB' },
    { email: 'pieter.devries@ziggo.nl', name: 'Pieter de Vries', lists: ['l1', 'l2'], status: 'subscribed', joined: '2023-04-08', country: 'NL' },
    { email: 'buying@nordichome.se', name: 'Nordic Home AB', lists: ['l5'], status: 'subscribed', joined: '2023-05-16', country: 'SE' },
    { email: 'r.patel@btinternet.com', name: 'Ravi Patel', lists: ['l3'], status: 'subscribed', joined: '2023-06-01', country: 'GB' },
    { email: 'anna.schmidt@gmx.at', name: 'Anna Schmidt', lists: ['l1', 'l2'], status: 'unsubscribed', joined: '2023-06-27', country: 'AT' },
    { email: 'george.evans@hotmail.co.uk', name: 'George Evans', lists: ['l1', 'l3', 'l4'], status: 'subscribed', joined: '2023-08-13', country: 'GB' },
    { email: 'elena.popescu@gmail.com', name: 'Elena Popescu', lists: ['l2'], status: 'subscribed', joined: '2023-09-04', country: 'RO' },
    { email: 'hello@studio-fern.ie', name: 'Studio Fern', lists: ['l5', 'l2'], status: 'subscribed', joined: '2023-10-10', country: 'IE' },
    { email: 'mateo.silva@sapo.pt', name: 'Mateo Silva', lists: ['l1', 'l2'], status: 'subscribed', joined: '2023-11-02', country: 'PT' },
    { email: 'grace.liu@gmail.com', name: 'Grace Liu', lists: ['l1', 'l4'], status: 'subscribed', joined: '2024-01-15', country: 'GB' },
    { email: 'noah.wright@outlook.com', name: 'Noah Wright', lists: ['l3'], status: 'bounced', joined: '2024-02-03', country: 'GB' },
    { email: 'freya.nielsen@mail.dk', name: 'Freya Nielsen', lists: ['l1', 'l2'], status: 'subscribed', joined: '2024-04-19', country: 'DK' },
    { email: 'tom.novak@gmail.com', name: 'Tom Novak', lists: ['l1', 'l3'], status: 'subscribed', joined: '2024-06-30', country: 'GB' },
    { email: 'aoife.byrne@eircom.net', name: 'Aoife Byrne', lists: ['l2', 'l4'], status: 'subscribed', joined: '2024-09-12', country: 'IE' },
    { email: 'samuel.green@gmail.com', name: 'Samuel Green', lists: ['l1'], status: 'subscribed', joined: '2025-01-07', country: 'GB' }
  ],
  campaigns: [
    { id: 'c1', name: 'January clearance', subject: 'Last chance: up to 50% off linen', preheader: 'While stocks last', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l1', status: 'sent', sendAt: '2025-01-09T10:00', recipients: 4812, opens: 41.2, clicks: 6.8 },
    { id: 'c2', name: 'New season bedding – EU', subject: 'Spring bedding has landed', preheader: 'Washed linen in six new colours', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l2', status: 'sent', sendAt: '2025-02-04T09:30', recipients: 2210, opens: 38.9, clicks: 5.1 },
    { id: 'c3', name: 'New season bedding – UK', subject: 'Spring bedding has landed', preheader: 'Washed linen in six new colours', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l3', status: 'sent', sendAt: '2025-02-04T09:30', recipients: 1988, opens: 44.5, clicks: 7.3 },
    { id: 'c4', name: 'Valentine’s gift guide', subject: 'Gifts they’ll actually use', preheader: 'Order by 11 Feb for delivery', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l1', status: 'sent', sendAt: '2025-02-06T08:00', recipients: 4870, opens: 36.1, clicks: 4.4 },
    { id: 'c5', name: 'Webinar: caring for linen', subject: 'You’re invited: caring for linen (live)', preheader: 'Thursday 27 Feb, 6pm GMT', fromName: 'Jess at Hartley & Co', fromEmail: 'hello@hartleyandco.com', list: 'l4', status: 'sent', sendAt: '2025-02-18T12:00', recipients: 640, opens: 52.7, clicks: 14.2 },
    { id: 'c6', name: 'Trade price list 2025', subject: 'Your 2025 wholesale price list', preheader: 'New minimums and lead times', fromName: 'Hartley & Co Trade', fromEmail: 'trade@hartleyandco.com', list: 'l5', status: 'sent', sendAt: '2025-02-20T09:00', recipients: 86, opens: 71.0, clicks: 33.7 },
    { id: 'c7', name: 'Mother’s Day – UK', subject: 'For the one who always tucked you in', preheader: 'Free gift wrap until 26 March', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l3', status: 'scheduled', sendAt: '2025-03-18T08:00', recipients: 0, opens: 0, clicks: 0 },
    { id: 'c8', name: 'March newsletter', subject: 'What we’re weaving this spring', preheader: '', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l1', status: 'draft', sendAt: '', recipients: 0, opens: 0, clicks: 0 },
    { id: 'c9', name: 'Webinar follow-up', subject: 'Thanks for joining – here’s the recording', preheader: '', fromName: 'Jess at Hartley & Co', fromEmail: 'hello@hartleyandco.com', list: 'l4', status: 'draft', sendAt: '', recipients: 0, opens: 0, clicks: 0 },
    { id: 'c10', name: 'Customer survey', subject: 'Two minutes? Help us improve', preheader: 'Win a £100 voucher', fromName: 'Hartley & Co', fromEmail: 'hello@hartleyandco.com', list: 'l1', status: 'draft', sendAt: '', recipients: 0, opens: 0, clicks: 0 },
    { id: 'c11', name: 'Black Friday 2024', subject: 'Our only sale of the year', preheader: '25% off everything', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l1', status: 'sent', sendAt: '2024-11-29T07:00', recipients: 4602, opens: 47.9, clicks: 9.6 },
    { id: 'c12', name: 'Christmas delivery dates', subject: 'Order by 18 Dec for Christmas', preheader: '', fromName: 'Hartley & Co', fromEmail: 'news@hartleyandco.com', list: 'l1', status: 'sent', sendAt: '2024-12-10T09:00', recipients: 4655, opens: 42.3, clicks: 5.9 }
  ],
  automations: [
    { id: 'a1', name: 'Welcome series', trigger: 'Joins Newsletter – All', emails: 3, active: true, enrolled: 312, conversion: 8.4 },
    { id: 'a2', name: 'Abandoned cart reminder', trigger: 'Leaves items in basket for 4 hours', emails: 2, active: true, enrolled: 1290, conversion: 11.2 },
    { id: 'a3', name: 'Birthday discount', trigger: 'Birthday field is today', emails: 1, active: false, enrolled: 0, conversion: 0 },
    { id: 'a4', name: 'Win-back after 90 days', trigger: 'No purchase for 90 days', emails: 2, active: true, enrolled: 455, conversion: 3.1 },
    { id: 'a5', name: 'Post-purchase review request', trigger: '14 days after delivery', emails: 1, active: true, enrolled: 988, conversion: 21.5 },
    { id: 'a6', name: 'Webinar follow-up sequence', trigger: 'Attends a webinar', emails: 3, active: false, enrolled: 0, conversion: 0 }
  ],
  senders: ['news@hartleyandco.com', 'hello@hartleyandco.com', 'trade@hartleyandco.com'],
  settings: { defaultFromName: 'Hartley & Co', replyTo: 'hello@hartleyandco.com', trackOpens: true, trackClicks: true, address: '14 Weavers Yard, Macclesfield SK10 1DP, United Kingdom' },
  subFilter: { q: '', status: 'all', list: '' },
  campFilter: 'all'
};

var LISTSIZE = { l1: 4890, l2: 2240, l3: 2015, l4: 655, l5: 88 };

function esc(v) { return String(v == null ? '' : v).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
function $(s, r) { return (r || document).querySelector(s); }
function $$(s, r) { return Array.from((r || document).querySelectorAll(s)); }
function listById(id) { return state.lists.find(function (l) { return l.id === id; }); }
function listSize(l) { return (LISTSIZE[l.id] || 0) + state.subscribers.filter(function (s) { return s.lists.indexOf(l.id) >= 0 && s.status === 'subscribed'; }).length; }
function fmtDT(s) {
  if (!s) return '—';
  var d = new Date(s.slice(0, 10) + 'T00:00:00');
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) + (s.length > 10 ? ', ' + s.slice(11, 16) : '');
}
function snack(msg) { var n = document.createElement('div'); n.className = 'snack'; n.setAttribute('role', 'status'); n.textContent = msg; $('#snackbar').appendChild(n); setTimeout(function () { n.remove(); }, 4000); }
var DOTS = '<svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor"><circle cx="5" cy="12" r="1.9"/><circle cx="12" cy="12" r="1.9"/><circle cx="19" cy="12" r="1.9"/></svg>';

/* ------------ Screens ------------ */
function screenDashboard() {
  var subs = state.lists.reduce(function (a, l) { return a + listSize(l); }, 0);
  var sent = state.campaigns.filter(function (c) { return c.status === 'sent'; });
  var avgOpen = sent.reduce(function (a, c) { return a + c.opens; }, 0) / sent.length;
  var avgClick = sent.reduce(function (a, c) { return a + c.clicks; }, 0) / sent.length;
  var upcoming = state.campaigns.filter(function (c) { return c.status === 'scheduled'; });
  var h = '<div class="page-head"><div><h1>Good afternoon, Jess</h1><p>Here’s how Hartley & Co’s email is doing this month.</p></div><button class="btn primary" data-create="campaign">New campaign</button></div>';
  h += '<div class="kpis"><div class="kpi"><div class="l">Total contacts</div><div class="v">' + subs.toLocaleString('en-GB') + '</div><div class="d">+214 this month</div></div>' +
    '<div class="kpi"><div class="l">Average open rate</div><div class="v">' + avgOpen.toFixed(1) + '%</div><div class="d">Industry avg 33.9%</div></div>' +
    '<div class="kpi"><div class="l">Average click rate</div><div class="v">' + avgClick.toFixed(1) + '%</div><div class="d">Industry avg 4.1%</div></div>' +
    '<div class="kpi"><div class="l">Active automations</div><div class="v">' + state.automations.filter(function (a) { return a.active; }).length + '</div><div class="d" style="color:var(--soft)">of ' + state.automations.length + '</div></div></div>';
  h += '<div class="settings-grid"><div class="panel" style="padding:0"><div class="panel-head"><h2>Scheduled</h2></div><table><tbody>' + (upcoming.length ? upcoming.map(function (c) { return '<tr><td><b>' + esc(c.name) + '</b><div class="muted">' + esc(listById(c.list).name) + '</div></td><td>' + fmtDT(c.sendAt) + '</td></tr>'; }).join('') : '<tr><td class="muted">Nothing scheduled.</td></tr>') + '</tbody></table></div>' +
    '<div class="panel" style="padding:0"><div class="panel-head"><h2>Recent campaigns</h2></div><table><tbody>' + sent.slice(0, 5).map(function (c) { return '<tr><td>' + esc(c.name) + '</td><td><span class="bar"><i style="width:' + c.opens + '%"></i></span>' + c.opens + '%</td></tr>'; }).join('') + '</tbody></table></div></div>';
  return h;
}

function screenCampaigns() {
  var f = state.campFilter;
  var rows = state.campaigns.filter(function (c) { return f === 'all' || c.status === f; }).slice().sort(function (a, b) {
    var order = { draft: 0, scheduled: 1, sent: 2 }; if (order[a.status] !== order[b.status]) return order[a.status] - order[b.status];
    return (b.sendAt || '').localeCompare(a.sendAt || '');
  });
  var h = '<div class="page-head"><div><h1>Campaigns</h1><p>' + state.campaigns.length + ' campaigns</p></div><button class="btn primary" data-create="campaign">Create campaign</button></div>';
  h += '<div class="panel"><div class="panel-head"><div class="seg" role="group" aria-label="Filter by status">' + ['all', 'draft', 'scheduled', 'sent'].map(function (s) { return '<button data-campfilter="' + s + '" aria-pressed="' + (f === s) + '">' + (s === 'all' ? 'All' : s.charAt(0).toUpperCase() + s.slice(1)) + '</button>'; }).join('') + '</div></div>';
  h += '<table><thead><tr><th>Campaign</th><th>Status</th><th>Audience</th><th>Send date</th><th>Opens</th><th>Clicks</th><th></th></tr></thead><tbody>';
  rows.forEach(function (c) {
    h += '<tr><td><b>' + esc(c.name) + '</b><div class="muted" style="font-size:13px">' + esc(c.subject) + '</div></td><td><span class="status ' + c.status + '">' + c.status.charAt(0).toUpperCase() + c.status.slice(1) + '</span></td>' +
      '<td>' + esc(listById(c.list) ? listById(c.list).name : '—') + '</td><td>' + fmtDT(c.sendAt) + '</td>' +
      '<td>' + (c.status === 'sent' ? c.opens + '%' : '—') + '</td><td>' + (c.status === 'sent' ? c.clicks + '%' : '—') + '</td>' +
      '<td style="text-align:right"><button class="kebab" data-campmenu="' + c.id + '" aria-label="More actions for ' + esc(c.name) + '" title="More actions">' + DOTS + '</button></td></tr>';
  });
  return h + '</tbody></table></div>';
}

function screenAudience() {
  var t = state.audienceTab;
  var h = '<div class="page-head"><div><h1>Audience</h1><p>Manage who hears from you.</p></div>' + (t === 'lists' ? '<button class="btn primary" data-create="list">New list</button>' : '<button class="btn primary" id="add-sub">Add subscriber</button>') + '</div>';
  h += '<div class="subtabs" role="tablist"><button role="tab" data-aud="subscribers" aria-selected="' + (t === 'subscribers') + '">Subscribers</button><button role="tab" data-aud="lists" aria-selected="' + (t === 'lists') + '">Lists</button></div>';
  if (t === 'lists') {
    h += '<div class="list-grid">' + state.lists.map(function (l) {
      return '<div class="list-card"><div class="corner"><button class="kebab" data-listmenu="' + l.id + '" aria-label="Options for list ' + esc(l.name) + '" title="Options">' + DOTS + '</button></div><h3>' + esc(l.name) + '</h3><div class="desc">' + esc(l.description || 'No description') + '</div>' +
        '<div class="n">' + listSize(l).toLocaleString('en-GB') + '</div><div class="muted">subscribers · ' + (l.doubleOptIn ? 'Double opt-in' : 'Single opt-in') + '</div></div>';
    }).join('') + '</div>';
    return h;
  }
  var f = state.subFilter;
  var rows = state.subscribers.filter(function (s) {
    if (f.status !== 'all' && s.status !== f.status) return false;
    if (f.list && s.lists.indexOf(f.list) < 0) return false;
    if (f.q && (s.email + ' ' + s.name).toLowerCase().indexOf(f.q.toLowerCase()) < 0) return false;
    return true;
  });
  h += '<div class="panel"><div class="panel-head"><input class="search" type="search" id="sub-q" placeholder="Search email or name" aria-label="Search subscribers" value="' + esc(f.q) + '">' +
    '<div class="seg" role="group" aria-label="Status">' + ['all', 'subscribed', 'unsubscribed', 'bounced'].map(function (s) { return '<button data-substatus="' + s + '" aria-pressed="' + (f.status === s) + '">' + (s === 'all' ? 'All' : s.charAt(0).toUpperCase() + s.slice(1)) + '</button>'; }).join('') + '</div>' +
    '<select class="sel" id="sub-list" aria-label="Filter by list"><option value="">All lists</option>' + state.lists.map(function (l) { return '<option value="' + l.id + '"' + (f.list === l.id ? ' selected' : '') + '>' + esc(l.name) + '</option>'; }).join('') + '</select>' +
    '<span class="spacer"></span><span class="muted">' + rows.length + ' shown</span></div>';
  h += '<table><thead><tr><th>Email</th><th>Name</th><th>Lists</th><th>Status</th><th>Joined</th><th></th></tr></thead><tbody>';
  rows.forEach(function (s) {
    h += '<tr><td><b>' + esc(s.email) + '</b></td><td>' + esc(s.name) + '</td><td>' + s.lists.map(function (id) { var l = listById(id); return l ? '<span class="chip">' + esc(l.name) + '</span>' : ''; }).join('') + '</td>' +
      '<td><span class="status ' + s.status + '">' + s.status.charAt(0).toUpperCase() + s.status.slice(1) + '</span></td><td>' + fmtDT(s.joined) + '</td>' +
      '<td style="text-align:right"><button class="kebab" data-submenu="' + esc(s.email) + '" aria-label="Actions for ' + esc(s.email) + '" title="Actions">' + DOTS + '</button></td></tr>';
  });
  if (!rows.length) h += '<tr><td colspan="6" class="muted" style="text-align:center;padding:24px">No subscribers match.</td></tr>';
  return h + '</tbody></table></div>';
}

function screenAutomations() {
  var h = '<div class="page-head"><div><h1>Automations</h1><p>Emails that send themselves when something happens.</p></div><button class="btn primary" data-create="automation">New automation</button></div><div class="panel">';
  state.automations.forEach(function (a) {
    h += '<div class="auto-row"><button class="toggle" role="switch" data-auto="' + a.id + '" aria-checked="' + a.active + '" aria-label="' + esc(a.name) + ' active" title="' + (a.active ? 'Pause' : 'Activate') + '"></button>' +
      '<div class="txt"><b>' + esc(a.name) + '</b> <span class="status ' + (a.active ? 'active' : 'paused') + '">' + (a.active ? 'Active' : 'Paused') + '</span><div>Trigger: ' + esc(a.trigger) + ' · ' + a.emails + ' email' + (a.emails > 1 ? 's' : '') + '</div></div>' +
      '<div class="stat"><b>' + a.enrolled.toLocaleString('en-GB') + '</b>enrolled (30d)</div><div class="stat"><b>' + a.conversion + '%</b>conversion</div></div>';
  });
  return h + '</div>';
}

function screenSettings() {
  var s = state.settings;
  return '<div class="page-head"><div><h1>Settings</h1><p>Defaults for new campaigns.</p></div></div><div class="settings-grid"><div class="panel"><h2 style="font-size:16px">Sender defaults</h2>' +
    '<div class="form-row"><label for="st-from">Default from name</label><input type="text" id="st-from" value="' + esc(s.defaultFromName) + '"></div>' +
    '<div class="form-row"><label for="st-reply">Reply-to address</label><select id="st-reply">' + state.senders.map(function (x) { return '<option' + (x === s.replyTo ? ' selected' : '') + '>' + x + '</option>'; }).join('') + '</select></div>' +
    '<div class="form-row"><label for="st-addr">Postal address (shown in footer)</label><textarea id="st-addr" rows="2">' + esc(s.address) + '</textarea></div><button class="btn primary" id="save-settings">Save changes</button></div>' +
    '<div class="panel"><h2 style="font-size:16px">Tracking</h2><div class="switch-line" style="margin:14px 0"><button class="toggle" role="switch" id="st-opens" aria-checked="' + s.trackOpens + '" aria-labelledby="st-opens-l"></button><span id="st-opens-l">Track opens</span></div>' +
    '<div class="switch-line"><button class="toggle" role="switch" id="st-clicks" aria-checked="' + s.trackClicks + '" aria-labelledby="st-clicks-l"></button><span id="st-clicks-l">Track link clicks</span></div></div></div>';
}

var SCREENS = { dashboard: screenDashboard, campaigns: screenCampaigns, audience: screenAudience, automations: screenAutomations, settings: screenSettings };
function render() {
  $$('.links a').forEach(function (a) { var on = a.dataset.route === state.view; a.classList.toggle('active', on); if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); });
  $('#app').innerHTML = SCREENS[state.view]();
  var q = $('#sub-q');
  if (q) q.addEventListener('input', function () { state.subFilter.q = this.value; var p = this.selectionStart; render(); var n = $('#sub-q'); n.focus(); n.setSelectionRange(p, p); });
  var sl = $('#sub-list');
  if (sl) sl.addEventListener('change', function () { state.subFilter.list = this.value; render(); });
}

/* ------------ Overlays ------------ */
var floater = null;
function dropFloater() { if (floater) { floater.remove(); floater = null; } }
function floatMenu(anchor, items) {
  dropFloater();
  floater = document.createElement('div'); floater.className = 'floating'; floater.setAttribute('role', 'menu');
  items.forEach(function (it) {
    var b = document.createElement('button'); b.type = 'button'; b.setAttribute('role', 'menuitem'); b.textContent = it.text; if (it.warn) b.className = 'warn';
    b.addEventListener('click', function (ev) { ev.stopPropagation(); dropFloater(); it.go(); });
    floater.appendChild(b);
  });
  document.body.appendChild(floater);
  var r = anchor.getBoundingClientRect();
  floater.style.left = (r.right + window.scrollX - floater.offsetWidth) + 'px';
  var top = r.bottom + window.scrollY + 4;
  if (r.bottom + floater.offsetHeight + 10 > window.innerHeight) top = r.top + window.scrollY - floater.offsetHeight - 4;
  floater.style.top = top + 'px';
}
function sheet(title, body, foot, size) {
  $('#modals').innerHTML = '<div class="backdrop"><div class="sheet ' + (size || '') + '" role="dialog" aria-modal="true" aria-labelledby="sheet-title"><div class="sheet-head"><h2 id="sheet-title">' + title + '</h2><button class="kebab" data-dismiss aria-label="Close" title="Close"><svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.4"><path d="M6 6l12 12M18 6 6 18"/></svg></button></div><div class="sheet-body">' + body + '</div><div class="sheet-foot">' + foot + '</div></div></div>';
  var bd = $('#modals .backdrop');
  bd.addEventListener('mousedown', function (ev) { if (ev.target === bd) closeSheet(); });
  $$('[data-dismiss]', bd).forEach(function (b) { b.addEventListener('click', closeSheet); });
  var first = $('input[type=text]', bd); if (first) first.focus();
}
function closeSheet() { $('#modals').innerHTML = ''; }
function ask(title, text, okText, fn, danger) {
  sheet(esc(title), '<p style="line-height:1.55;margin-top:4px">' + text + '</p>', '<button class="btn" data-dismiss>Cancel</button><button class="btn ' + (danger ? 'danger' : 'primary') + '" id="ask-ok">' + esc(okText) + '</button>', 'slim');
  $('#ask-ok').addEventListener('click', function () { closeSheet(); fn(); });
}
function wireToggle(btn) { btn.addEventListener('click', function () { btn.setAttribute('aria-checked', String(btn.getAttribute('aria-checked') !== 'true')); }); }

function listForm(l) {
  var isNew = !l;
  var d = l || { name: '', description: '', doubleOptIn: false };
  sheet(isNew ? 'Create a list' : 'Edit list',
    '<div class="form-row"><label for="lf-name">List name</label><input type="text" id="lf-name" maxlength="60" value="' + esc(d.name) + '"></div>' +
    '<div class="form-row"><label for="lf-desc">Description <span class="muted" style="font-weight:400">(only visible to your team)</span></label><textarea id="lf-desc" rows="3">' + esc(d.description) + '</textarea></div>' +
    '<div class="form-row"><div class="switch-line"><button type="button" class="toggle" role="switch" id="lf-doi" aria-checked="' + d.doubleOptIn + '" aria-labelledby="lf-doi-l"></button><div id="lf-doi-l"><b>Double opt-in</b><div class="muted" style="font-size:13px">New subscribers must confirm by email before they are added.</div></div></div></div><div class="err" id="lf-err" hidden></div>',
    '<button class="btn" data-dismiss>Cancel</button><button class="btn primary" id="lf-save">' + (isNew ? 'Create list' : 'Save list') + '</button>');
  wireToggle($('#lf-doi'));
  $('#lf-save').addEventListener('click', function () {
    var name = $('#lf-name').value.trim();
    if (!name) { $('#lf-err').textContent = 'Give your list a name.'; $('#lf-err').hidden = false; return; }
    if (state.lists.some(function (x) { return x !== l && x.name.toLowerCase() === name.toLowerCase(); })) { $('#lf-err').textContent = 'You already have a list with that name.'; $('#lf-err').hidden = false; return; }
    var vals = { name: name, description: $('#lf-desc').value.trim(), doubleOptIn: $('#lf-doi').getAttribute('aria-checked') === 'true' };
    if (isNew) { vals.id = 'l' + (state.lists.length + 1) + Math.random().toString(36).slice(2, 5); vals.created = '2025-03-06'; state.lists.push(vals); }
    else Object.assign(l, vals);
    closeSheet(); state.view = 'audience'; state.audienceTab = 'lists'; render(); snack(isNew ? 'List “' + name + '” created' : 'List saved');
  });
}

function campaignForm(c) {
  var isNew = !c;
  var d = c || { name: '', list: '', subject: '', preheader: '', fromName: state.settings.defaultFromName, fromEmail: state.senders[0], status: 'draft', sendAt: '' };
  var chosenList = d.list;
  var listLabel = function (id) { var l = listById(id); return l ? l.name : 'Choose a list…'; };
  var mode = d.status === 'scheduled' ? 'schedule' : 'draft';
  var body =
    '<div class="form-row"><label for="cf-name">Campaign name</label><input type="text" id="cf-name" value="' + esc(d.name) + '" placeholder="Internal name, e.g. April newsletter"></div>' +
    '<div class="form-row"><span class="cap" id="cf-list-l">Send to</span><div class="picker" id="cf-list"><button type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="cf-list-l cf-list-v"><span id="cf-list-v">' + esc(listLabel(chosenList)) + '</span><span>▾</span></button><ul role="listbox" hidden>' +
    state.lists.map(function (l) { return '<li role="option" data-list="' + l.id + '"><span>' + esc(l.name) + '</span><small>' + listSize(l).toLocaleString('en-GB') + ' contacts</small></li>'; }).join('') + '</ul></div></div>' +
    '<div class="form-row"><label for="cf-subject">Subject line <span class="count" id="cf-subj-count">0 / 150</span></label><input type="text" id="cf-subject" maxlength="150" value="' + esc(d.subject) + '"></div>' +
    '<div class="form-row"><label for="cf-pre">Preview text</label><input type="text" id="cf-pre" maxlength="120" value="' + esc(d.preheader) + '"><div class="note">Shown after the subject line in most inboxes.</div></div>' +
    '<div class="two"><div class="form-row"><label for="cf-from">From name</label><input type="text" id="cf-from" value="' + esc(d.fromName) + '"></div>' +
    '<div class="form-row"><label for="cf-email">From email</label><select id="cf-email">' + state.senders.map(function (s) { return '<option' + (s === d.fromEmail ? ' selected' : '') + '>' + s + '</option>'; }).join('') + '</select></div></div>' +
    '<div class="form-row"><span class="cap">Inbox preview</span><div class="preview"><div class="from" id="pv-from"></div><div class="subj" id="pv-subj"></div><div class="pre" id="pv-pre"></div></div></div>' +
    '<fieldset><legend>Delivery</legend><div class="delivery">' +
    '<label><input type="radio" name="cf-when" value="draft"' + (mode === 'draft' ? ' checked' : '') + '><span><b>Save as draft</b><small>Finish it later</small></span></label>' +
    '<label><input type="radio" name="cf-when" value="now"><span><b>Send now</b><small>Goes out immediately</small></span></label>' +
    '<label><input type="radio" name="cf-when" value="schedule"' + (mode === 'schedule' ? ' checked' : '') + '><span><b>Schedule</b><small>Pick a date and time</small></span></label></div></fieldset>' +
    '<div class="two" id="cf-sched"' + (mode === 'schedule' ? '' : ' hidden') + ' style="' + (mode === 'schedule' ? '' : 'display:none') + '"><div class="form-row"><label for="cf-date">Send date</label><input type="date" id="cf-date" min="2025-03-06" value="' + esc(d.sendAt ? d.sendAt.slice(0, 10) : '') + '"></div>' +
    '<div class="form-row"><label for="cf-time">Send time (UK time)</label><input type="time" id="cf-time" value="' + esc(d.sendAt ? d.sendAt.slice(11, 16) : '') + '"></div></div>' +
    '<div class="err" id="cf-err" hidden></div>';
  sheet(isNew ? 'Create email campaign' : 'Edit campaign', body, '<button class="btn" data-dismiss>Cancel</button><button class="btn primary" id="cf-save">Save draft</button>', 'wide');

  function refresh() {
    $('#pv-from').textContent = $('#cf-from').value || '(no from name)';
    $('#pv-subj').textContent = $('#cf-subject').value || '(no subject)';
    $('#pv-pre').textContent = $('#cf-pre').value;
    $('#cf-subj-count').textContent = $('#cf-subject').value.length + ' / 150';
    var m = $('input[name=cf-when]:checked').value;
    $('#cf-save').textContent = m === 'now' ? 'Send now' : m === 'schedule' ? 'Schedule campaign' : 'Save draft';
    var sc = $('#cf-sched'); sc.hidden = m !== 'schedule'; sc.style.display = m === 'schedule' ? 'grid' : 'none';
  }
  ['#cf-from', '#cf-subject', '#cf-pre'].forEach(function (s) { $(s).addEventListener('input', refresh); });
  $$('input[name=cf-when]').forEach(function (r) { r.addEventListener('change', refresh); });
  refresh();
  var pk = $('#cf-list'), pb = $('button', pk), ul = $('ul', pk);
  pb.addEventListener('click', function (ev) { ev.stopPropagation(); ul.hidden = !ul.hidden; pb.setAttribute('aria-expanded', String(!ul.hidden)); });
  $$('li', ul).forEach(function (li) { li.addEventListener('click', function (ev) { ev.stopPropagation(); chosenList = li.dataset.list; $('#cf-list-v').textContent = listLabel(chosenList); ul.hidden = true; pb.setAttribute('aria-expanded', 'false'); }); });
  $('.sheet').addEventListener('click', function (ev) { if (!ev.target.closest('.picker')) ul.hidden = true; });

  $('#cf-save').addEventListener('click', function () {
    var err = $('#cf-err'), m = $('input[name=cf-when]:checked').value;
    var vals = { name: $('#cf-name').value.trim(), list: chosenList, subject: $('#cf-subject').value.trim(), preheader: $('#cf-pre').value.trim(), fromName: $('#cf-from').value.trim(), fromEmail: $('#cf-email').value };
    function fail(msg) { err.textContent = msg; err.hidden = false; }
    if (!vals.name) return fail('Give the campaign a name.');
    if (m !== 'draft') {
      if (!vals.list) return fail('Choose who to send this to.');
      if (!vals.subject) return fail('Add a subject line.');
      if (!vals.fromName) return fail('Add a from name.');
    }
    if (m === 'schedule') {
      var dt = $('#cf-date').value, tm = $('#cf-time').value;
      if (!dt || !tm) return fail('Pick a date and time to send.');
      if (dt + 'T' + tm < '2025-03-06T15:00') return fail('The send time must be in the future.');
      vals.status = 'scheduled'; vals.sendAt = dt + 'T' + tm;
    } else if (m === 'now') { vals.status = 'sent'; vals.sendAt = '2025-03-06T15:04'; }
    else { vals.status = 'draft'; vals.sendAt = ''; }
    function commit() {
      var target = c;
      if (isNew) { target = { id: 'c' + (state.campaigns.length + 1) + Math.random().toString(36).slice(2, 5), recipients: 0, opens: 0, clicks: 0 }; state.campaigns.push(target); }
      Object.assign(target, vals);
      if (vals.status === 'sent') target.recipients = listSize(listById(vals.list));
      closeSheet(); state.view = 'campaigns'; render();
      snack(vals.status === 'scheduled' ? 'Scheduled for ' + fmtDT(vals.sendAt) : vals.status === 'sent' ? 'Campaign is on its way!' : 'Draft saved');
    }
    if (m === 'now') {
      var snapshot = vals;
      var l = listById(snapshot.list);
      ask('Send this campaign now?', '“' + esc(snapshot.subject) + '” will be sent to <b>' + listSize(l).toLocaleString('en-GB') + '</b> contacts on ' + esc(l.name) + '. This can’t be undone.', 'Send now', commit);
    } else commit();
  });
}

function subscriberMenu(anchor, s) {
  var items = [
    { text: 'Edit details', go: function () {
      sheet('Edit subscriber', '<div class="form-row"><label for="se-name">Name</label><input type="text" id="se-name" value="' + esc(s.name) + '"></div><div class="form-row"><span class="cap">Email</span><div>' + esc(s.email) + '</div></div>' +
        '<fieldset><legend>Lists</legend>' + state.lists.map(function (l) { return '<label style="display:flex;gap:8px;padding:3px 0"><input type="checkbox" name="se-list" value="' + l.id + '"' + (s.lists.indexOf(l.id) >= 0 ? ' checked' : '') + '> ' + esc(l.name) + '</label>'; }).join('') + '</fieldset>',
        '<button class="btn" data-dismiss>Cancel</button><button class="btn primary" id="se-save">Save</button>');
      $('#se-save').addEventListener('click', function () { s.name = $('#se-name').value.trim() || s.name; s.lists = $$('input[name=se-list]:checked').map(function (i) { return i.value; }); closeSheet(); render(); snack('Subscriber updated'); });
    } }
  ];
  if (s.status === 'subscribed') items.push({ text: 'Unsubscribe', go: function () {
    ask('Unsubscribe ' + s.email + '?', 'They will stop receiving all campaigns and automations from Hartley & Co. They can resubscribe themselves later.', 'Unsubscribe', function () { s.status = 'unsubscribed'; render(); snack(s.email + ' unsubscribed'); }, true);
  } });
  else if (s.status === 'unsubscribed') items.push({ text: 'Resubscribe', go: function () {
    ask('Resubscribe ' + s.email + '?', 'Only do this if the person has asked to be added back. We will record this change in the audit log.', 'Resubscribe', function () { s.status = 'subscribed'; render(); snack(s.email + ' resubscribed'); });
  } });
  items.push({ text: 'Delete permanently', warn: true, go: function () {
    ask('Delete ' + s.email + '?', 'This removes the contact and their history. To stop emailing someone, unsubscribe them instead.', 'Delete contact', function () { state.subscribers = state.subscribers.filter(function (x) { return x !== s; }); render(); snack('Contact deleted'); }, true);
  } });
  floatMenu(anchor, items);
}

/* ------------ Events ------------ */
document.addEventListener('click', function (ev) {
  if (!ev.target.closest('.floating')) dropFloater();
  if (!ev.target.closest('.create-wrap')) { $('#create-menu').hidden = true; $('#create-btn').setAttribute('aria-expanded', 'false'); }
  var a = ev.target.closest('[data-route]');
  if (a) { ev.preventDefault(); state.view = a.dataset.route; closeSheet(); render(); window.scrollTo(0, 0); return; }
  var b = ev.target.closest('button');
  if (!b) return;
  var ds = b.dataset;
  if (b.id === 'create-btn') { var m = $('#create-menu'); m.hidden = !m.hidden; b.setAttribute('aria-expanded', String(!m.hidden)); return; }
  if (ds.create) {
    $('#create-menu').hidden = true;
    if (ds.create === 'campaign') campaignForm(null);
    else if (ds.create === 'list') listForm(null);
    else snack('The automation builder opens on desktop app only (demo)');
    return;
  }
  if (ds.aud) { state.audienceTab = ds.aud; render(); return; }
  if (ds.substatus) { state.subFilter.status = ds.substatus; render(); return; }
  if (ds.campfilter) { state.campFilter = ds.campfilter; render(); return; }
  if (ds.auto) {
    var au = state.automations.find(function (x) { return x.id === ds.auto; });
    au.active = !au.active; render(); snack(au.name + (au.active ? ' is now active' : ' paused'));
    return;
  }
  if (ds.submenu) { ev.stopPropagation(); subscriberMenu(b, state.subscribers.find(function (s) { return s.email === ds.submenu; })); return; }
  if (ds.listmenu) {
    ev.stopPropagation();
    var l = listById(ds.listmenu);
    floatMenu(b, [
      { text: 'Edit list', go: function () { listForm(l); } },
      { text: 'View subscribers', go: function () { state.audienceTab = 'subscribers'; state.subFilter.list = l.id; render(); } },
      { text: 'Delete list', warn: true, go: function () {
        var used = state.campaigns.some(function (c) { return c.list === l.id && c.status === 'scheduled'; });
        if (used) { snack('This list has a scheduled campaign and can’t be deleted'); return; }
        ask('Delete “' + l.name + '”?', 'Contacts stay in your audience; only the list is removed.', 'Delete list', function () { state.lists = state.lists.filter(function (x) { return x !== l; }); state.subscribers.forEach(function (s) { s.lists = s.lists.filter(function (id) { return id !== l.id; }); }); render(); snack('List deleted'); }, true);
      } }
    ]);
    return;
  }
  if (ds.campmenu) {
    ev.stopPropagation();
    var c = state.campaigns.find(function (x) { return x.id === ds.campmenu; });
    var items = [];
    if (c.status !== 'sent') items.push({ text: 'Edit', go: function () { campaignForm(c); } });
    else items.push({ text: 'View report', go: function () { snack(c.name + ': ' + c.opens + '% opens, ' + c.clicks + '% clicks from ' + c.recipients.toLocaleString('en-GB') + ' recipients'); } });
    if (c.status === 'scheduled') items.push({ text: 'Unschedule', go: function () { c.status = 'draft'; c.sendAt = ''; render(); snack('Moved back to drafts'); } });
    items.push({ text: 'Duplicate', go: function () { var cp = Object.assign({}, c, { id: 'c' + (state.campaigns.length + 1) + 'd', name: c.name + ' (copy)', status: 'draft', sendAt: '', recipients: 0, opens: 0, clicks: 0 }); state.campaigns.push(cp); render(); snack('Campaign duplicated'); } });
    if (c.status !== 'sent') items.push({ text: 'Delete', warn: true, go: function () { ask('Delete “' + c.name + '”?', 'This campaign will be permanently deleted.', 'Delete', function () { state.campaigns = state.campaigns.filter(function (x) { return x !== c; }); render(); snack('Campaign deleted'); }, true); } });
    floatMenu(b, items);
    return;
  }
  switch (b.id) {
    case 'add-sub':
      sheet('Add subscriber', '<div class="form-row"><label for="as-email">Email address</label><input type="email" id="as-email"></div><div class="form-row"><label for="as-name">Name</label><input type="text" id="as-name"></div><div class="form-row"><label for="as-list">Add to list</label><select id="as-list">' + state.lists.map(function (l) { return '<option value="' + l.id + '">' + esc(l.name) + '</option>'; }).join('') + '</select></div><label style="display:flex;gap:8px"><input type="checkbox" id="as-consent"> This person gave me permission to email them</label><div class="err" id="as-err" hidden></div>',
        '<button class="btn" data-dismiss>Cancel</button><button class="btn primary" id="as-save">Add subscriber</button>');
      $('#as-save').addEventListener('click', function () {
        var em = $('#as-email').value.trim().toLowerCase();
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(em)) { $('#as-err').textContent = 'Enter a valid email address.'; $('#as-err').hidden = false; return; }
        if (!$('#as-consent').checked) { $('#as-err').textContent = 'You need permission to add someone.'; $('#as-err').hidden = false; return; }
        if (state.subscribers.some(function (s) { return s.email === em; })) { $('#as-err').textContent = 'That contact already exists.'; $('#as-err').hidden = false; return; }
        state.subscribers.push({ email: em, name: $('#as-name').value.trim(), lists: [$('#as-list').value], status: 'subscribed', joined: '2025-03-06', country: '' });
        closeSheet(); render(); snack('Subscriber added');
      });
      return;
    case 'save-settings':
      state.settings.defaultFromName = $('#st-from').value.trim(); state.settings.replyTo = $('#st-reply').value; state.settings.address = $('#st-addr').value.trim(); snack('Settings saved'); return;
    case 'st-opens': case 'st-clicks':
      var key = b.id === 'st-opens' ? 'trackOpens' : 'trackClicks'; state.settings[key] = !state.settings[key]; b.setAttribute('aria-checked', String(state.settings[key])); snack('Tracking updated'); return;
    case 'help': snack('Help centre: help.postbox.example (offline)'); return;
    case 'acct': ev.stopPropagation(); floatMenu(b, [{ text: 'Jess Hartley · Owner', go: function () {} }, { text: 'Billing & plan', go: function () { snack('Grow plan · 10,000 contacts'); } }, { text: 'Log out', go: function () { snack('Logged out (demo)'); } }]); return;
  }
});
document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { dropFloater(); closeSheet(); $('#create-menu').hidden = true; } });
render();
