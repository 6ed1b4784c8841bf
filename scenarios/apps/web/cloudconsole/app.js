// Nimbus Cloud console — demo front-end with in-memory data
var state = {
  view: 'instances',
  project: 'acme-production',
  user: 'ana.fischer@acme.io',
  regions: [
    { code: 'eu-west-1', name: 'Ireland' },
    { code: 'eu-central-1', name: 'Frankfurt' },
    { code: 'eu-north-1', name: 'Stockholm' },
    { code: 'us-east-1', name: 'N. Virginia' },
    { code: 'us-west-2', name: 'Oregon' },
    { code: 'ap-southeast-1', name: 'Singapore' }
  ],
  sizes: [
    { slug: 's-1vcpu-1gb', vcpu: 1, ram: 1, disk: 25, price: 6 },
    { slug: 's-1vcpu-2gb', vcpu: 1, ram: 2, disk: 50, price: 12 },
    { slug: 's-2vcpu-4gb', vcpu: 2, ram: 4, disk: 80, price: 24 },
    { slug: 's-4vcpu-8gb', vcpu: 4, ram: 8, disk: 160, price: 48 },
    { slug: 's-8vcpu-16gb', vcpu: 8, ram: 16, disk: 320, price: 96 },
    { slug: 's-8vcpu-32gb', vcpu: 8, ram: 32, disk: 400, price: 168 }
  ],
  images: ['Ubuntu 24.04 LTS', 'Ubuntu 22.04 LTS', 'Debian 12', 'Rocky Linux 9', 'Fedora 41', 'Windows Server 2022'],
  instances: [
    { id: 'i-0a91f3c2', name: 'prod-web-01', status: 'running', region: 'eu-west-1', size: 's-2vcpu-4gb', image: 'Ubuntu 22.04 LTS', ip: '52.18.44.101', privateIp: '10.0.1.11', backups: true, sshKeys: ['ci-deploy', 'ops-yubikey'], tags: ['env:prod', 'team:web'], firewall: 'web-public', created: '2024-06-12' },
    { id: 'i-0a91f3c7', name: 'prod-web-02', status: 'running', region: 'eu-west-1', size: 's-2vcpu-4gb', image: 'Ubuntu 22.04 LTS', ip: '52.18.44.102', privateIp: '10.0.1.12', backups: true, sshKeys: ['ci-deploy', 'ops-yubikey'], tags: ['env:prod', 'team:web'], firewall: 'web-public', created: '2024-06-12' },
    { id: 'i-07bd2e10', name: 'prod-db-01', status: 'running', region: 'eu-west-1', size: 's-8vcpu-16gb', image: 'Debian 12', ip: '52.18.60.7', privateIp: '10.0.1.40', backups: true, sshKeys: ['ops-yubikey'], tags: ['env:prod', 'team:data'], firewall: 'db-private', created: '2024-04-03' },
    { id: 'i-0c44a981', name: 'prod-worker-01', status: 'running', region: 'eu-west-1', size: 's-4vcpu-8gb', image: 'Ubuntu 22.04 LTS', ip: '52.18.61.20', privateIp: '10.0.1.60', backups: false, sshKeys: ['ci-deploy'], tags: ['env:prod'], firewall: '', created: '2024-09-30' },
    { id: 'i-0f1e6b35', name: 'staging-web-01', status: 'running', region: 'eu-central-1', size: 's-1vcpu-2gb', image: 'Ubuntu 24.04 LTS', ip: '3.120.14.9', privateIp: '10.1.1.11', backups: false, sshKeys: ['ci-deploy'], tags: ['env:staging', 'team:web'], firewall: 'web-public', created: '2025-01-08' },
    { id: 'i-0f1e6b52', name: 'staging-api-02', status: 'running', region: 'eu-central-1', size: 's-2vcpu-4gb', image: 'Ubuntu 24.04 LTS', ip: '3.120.14.33', privateIp: '10.1.1.22', backups: false, sshKeys: ['ci-deploy', 'ana-laptop'], tags: ['env:staging', 'team:api'], firewall: '', created: '2025-01-21' },
    { id: 'i-0e3399d4', name: 'staging-db-01', status: 'stopped', region: 'eu-central-1', size: 's-2vcpu-4gb', image: 'Debian 12', ip: '', privateIp: '10.1.1.40', backups: false, sshKeys: ['ops-yubikey'], tags: ['env:staging', 'team:data'], firewall: 'db-private', created: '2025-01-08' },
    { id: 'i-01b7700a', name: 'bastion-eu', status: 'running', region: 'eu-west-1', size: 's-1vcpu-1gb', image: 'Rocky Linux 9', ip: '52.18.1.5', privateIp: '10.0.0.5', backups: false, sshKeys: ['ana-laptop', 'ops-yubikey', 'marek-desktop'], tags: ['role:bastion'], firewall: 'bastion', created: '2023-11-17' },
    { id: 'i-0d5520ce', name: 'ci-runner-03', status: 'running', region: 'us-east-1', size: 's-8vcpu-16gb', image: 'Ubuntu 22.04 LTS', ip: '34.201.9.77', privateIp: '10.2.0.13', backups: false, sshKeys: ['ci-deploy'], tags: ['role:ci'], firewall: 'ci-runners', created: '2024-08-02' },
    { id: 'i-0d5520cf', name: 'ci-runner-04', status: 'stopped', region: 'us-east-1', size: 's-8vcpu-16gb', image: 'Ubuntu 22.04 LTS', ip: '', privateIp: '10.2.0.14', backups: false, sshKeys: ['ci-deploy'], tags: ['role:ci'], firewall: 'ci-runners', created: '2024-08-02' },
    { id: 'i-0b8842f1', name: 'metrics-01', status: 'running', region: 'eu-west-1', size: 's-4vcpu-8gb', image: 'Debian 12', ip: '52.18.70.3', privateIp: '10.0.1.80', backups: true, sshKeys: ['ops-yubikey'], tags: ['role:monitoring'], firewall: '', created: '2024-02-14' },
    { id: 'i-09aa3e6d', name: 'win-build-01', status: 'stopped', region: 'us-east-1', size: 's-4vcpu-8gb', image: 'Windows Server 2022', ip: '', privateIp: '10.2.0.30', backups: false, sshKeys: [], tags: ['role:ci', 'os:windows'], firewall: 'ci-runners', created: '2024-10-11' }
  ],
  snapshots: [
    { id: 'snap-7f21c0a1', name: 'db-nightly-2025-03-05', source: 'prod-db-01', sizeGb: 82, created: '2025-03-05 02:00', region: 'eu-west-1' },
    { id: 'snap-7f21c09e', name: 'db-nightly-2025-03-04', source: 'prod-db-01', sizeGb: 82, created: '2025-03-04 02:00', region: 'eu-west-1' },
    { id: 'snap-7f21bf12', name: 'db-nightly-2025-03-01', source: 'prod-db-01', sizeGb: 81, created: '2025-03-01 02:00', region: 'eu-west-1' },
    { id: 'snap-7f21b8d0', name: 'db-nightly-2025-02-22', source: 'prod-db-01', sizeGb: 79, created: '2025-02-22 02:00', region: 'eu-west-1' },
    { id: 'snap-5c0e9a44', name: 'pre-upgrade-prod-web-01', source: 'prod-web-01', sizeGb: 18, created: '2025-02-10 16:42', region: 'eu-west-1' },
    { id: 'snap-4a8812bb', name: 'staging-db-before-migration', source: 'staging-db-01', sizeGb: 24, created: '2025-01-30 11:05', region: 'eu-central-1' },
    { id: 'snap-39e0f6d2', name: 'ci-runner-base-image', source: 'ci-runner-03', sizeGb: 31, created: '2024-12-02 09:18', region: 'us-east-1' },
    { id: 'snap-2b71aa09', name: 'metrics-01-2025-01-15', source: 'metrics-01', sizeGb: 44, created: '2025-01-15 03:00', region: 'eu-west-1' },
    { id: 'snap-1e55c310', name: 'bastion-golden-v2', source: 'bastion-eu', sizeGb: 6, created: '2024-11-20 14:37', region: 'eu-west-1' },
    { id: 'snap-0d93e7f5', name: 'win-build-clean-install', source: 'win-build-01', sizeGb: 58, created: '2024-10-11 18:00', region: 'us-east-1' }
  ],
  firewalls: [
    { name: 'bastion', appliedTo: ['bastion-eu'], rules: [
      { id: 'r1', direction: 'inbound', protocol: 'TCP', ports: '22', source: '203.0.113.0/24', description: 'Office VPN' },
      { id: 'r2', direction: 'inbound', protocol: 'TCP', ports: '22', source: '198.51.100.14/32', description: 'Ana home' },
      { id: 'r3', direction: 'outbound', protocol: 'All', ports: 'All', source: '0.0.0.0/0', description: 'Allow all egress' } ] },
    { name: 'ci-runners', appliedTo: ['ci-runner-03', 'ci-runner-04', 'win-build-01'], rules: [
      { id: 'r4', direction: 'inbound', protocol: 'TCP', ports: '22', source: '10.0.0.5/32', description: 'SSH from bastion' },
      { id: 'r5', direction: 'inbound', protocol: 'TCP', ports: '3389', source: '10.0.0.5/32', description: 'RDP from bastion' },
      { id: 'r6', direction: 'outbound', protocol: 'All', ports: 'All', source: '0.0.0.0/0', description: 'Allow all egress' } ] },
    { name: 'db-private', appliedTo: ['prod-db-01', 'staging-db-01'], rules: [
      { id: 'r7', direction: 'inbound', protocol: 'TCP', ports: '5432', source: '10.0.1.0/24', description: 'Postgres from app tier' },
      { id: 'r8', direction: 'inbound', protocol: 'TCP', ports: '22', source: '10.0.0.5/32', description: 'SSH from bastion' },
      { id: 'r9', direction: 'inbound', protocol: 'TCP', ports: '9187', source: '10.0.1.80/32', description: 'Exporter scrape' },
      { id: 'r10', direction: 'outbound', protocol: 'All', ports: 'All', source: '0.0.0.0/0', description: 'Allow all egress' } ] },
    { name: 'web-public', appliedTo: ['prod-web-01', 'prod-web-02', 'staging-web-01'], rules: [
      { id: 'r11', direction: 'inbound', protocol: 'TCP', ports: '80', source: '0.0.0.0/0', description: 'HTTP' },
      { id: 'r12', direction: 'inbound', protocol: 'TCP', ports: '443', source: '0.0.0.0/0', description: 'HTTPS' },
      { id: 'r13', direction: 'inbound', protocol: 'TCP', ports: '22', source: '10.0.0.5/32', description: 'SSH from bastion' },
      { id: 'r14', direction: 'outbound', protocol: 'All', ports: 'All', source: '0.0.0.0/0', description: 'Allow all egress' } ] }
  ],
  sshKeys: [
    { name: 'ana-laptop', fingerprint: 'SHA256:q8Zt1mF0c9xH2vP7kLw3rT5yN6bA4sD1eG8jU0iO2pQ', added: '2024-03-02' },
    { name: 'ci-deploy', fingerprint: 'SHA256:Vb3nM7xK1zQ9wE5rT2yU8iO4pA6sD0fG3hJ7kL1mN5b', added: '2023-10-19' },
    { name: 'marek-desktop', fingerprint: 'SHA256:Hk2Lm9Nq4Rs7Tu1Vw6Xy3Za8Bc5De0Fg2Hi4Jk6Lm8N', added: '2024-07-22' },
    { name: 'ops-yubikey', fingerprint: 'SHA256:Zx8Cv6Bn4Mq2Wr0Ty9Ui7Op5As3Df1Gh8Jk6Lz4Xc2V', added: '2023-06-05' }
  ],
  selected: [],
  fwSelected: 'bastion',
  fwTab: 'inbound',
  filter: { q: '', status: 'all' },
  audit: []
};

var ICON = {
  dots: '<svg viewBox="0 0 24 24" fill="currentColor"><circle cx="12" cy="5" r="1.8"/><circle cx="12" cy="12" r="1.8"/><circle cx="12" cy="19" r="1.8"/></svg>',
  trash: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/></svg>',
  copy: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3"/></svg>',
  x: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M6 6l12 12M18 6 6 18"/></svg>',
  refresh: '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7"/></svg>'
};

function e(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
function q(s, r) { return (r || document).querySelector(s); }
function qa(s, r) { return [].slice.call((r || document).querySelectorAll(s)); }
function inst(name) { return state.instances.find(function (i) { return i.name === name; }); }
function size(slug) { return state.sizes.find(function (s) { return s.slug === slug; }); }
function regionName(code) { var r = state.regions.find(function (x) { return x.code === code; }); return r ? r.name : code; }
function fw(name) { return state.firewalls.find(function (f) { return f.name === name; }); }
function audit(msg) { state.audit.unshift({ ts: '2025-03-06 ' + new Date().toTimeString().slice(0, 8), user: state.user, action: msg }); }
function toast(msg, isErr) {
  var t = document.createElement('div'); t.className = 'toast' + (isErr ? ' err' : ''); t.setAttribute('role', 'status'); t.textContent = msg;
  q('#toasts').appendChild(t); setTimeout(function () { t.remove(); }, 4200);
}
function rid() { return Math.random().toString(16).slice(2, 10); }

/* ---------------- views ---------------- */
function vOverview() {
  var running = state.instances.filter(function (i) { return i.status === 'running'; }).length;
  var cost = state.instances.reduce(function (s, i) { var p = size(i.size).price; return s + (i.status === 'running' ? p : p * 0.2) + (i.backups ? p * 0.2 : 0); }, 0);
  var h = '<div class="crumb">acme-production</div><div class="head"><h1>Overview</h1></div><div class="cards">' +
    '<div class="box stat"><div class="k">Running instances</div><div class="v">' + running + ' / ' + state.instances.length + '</div></div>' +
    '<div class="box stat"><div class="k">Snapshots</div><div class="v">' + state.snapshots.length + '</div></div>' +
    '<div class="box stat"><div class="k">Firewalls</div><div class="v">' + state.firewalls.length + '</div></div>' +
    '<div class="box stat"><div class="k">Estimated March spend</div><div class="v">$' + cost.toFixed(2) + '</div></div></div>' +
    '<div class="box"><div class="toolbar"><b>Recent activity</b></div><table><thead><tr><th>Time</th><th>User</th><th>Action</th></tr></thead><tbody>';
  var rows = state.audit.concat([
    { ts: '2025-03-06 09:12:44', user: 'marek.nowak@acme.io', action: 'Rebooted prod-worker-01' },
    { ts: '2025-03-05 17:03:10', user: 'ci-bot', action: 'Created snapshot db-nightly-2025-03-05' },
    { ts: '2025-03-04 15:40:02', user: 'ana.fischer@acme.io', action: 'Updated firewall db-private' },
    { ts: '2025-03-03 11:22:51', user: 'lukas.meier@acme.io', action: 'Stopped staging-db-01' }
  ]);
  rows.forEach(function (r) { h += '<tr><td class="mono">' + e(r.ts) + '</td><td>' + e(r.user) + '</td><td>' + e(r.action) + '</td></tr>'; });
  return h + '</tbody></table></div>';
}

function vInstances() {
  var f = state.filter;
  var list = state.instances.filter(function (i) {
    if (f.status !== 'all' && i.status !== f.status) return false;
    if (f.q && (i.name + ' ' + i.ip + ' ' + i.tags.join(' ') + ' ' + i.id).toLowerCase().indexOf(f.q.toLowerCase()) < 0) return false;
    return true;
  });
  var h = '<div class="crumb">acme-production / Compute</div><div class="head"><h1>Instances</h1><div style="display:flex;gap:8px"><button class="btn" id="refresh" aria-label="Refresh" title="Refresh">' + ICON.refresh.replace('<svg', '<svg width="14" height="14"') + '</button><button class="btn blue" id="create-instance">Create instance</button></div></div><div class="box">';
  if (state.selected.length) {
    h += '<div class="bulk"><b>' + state.selected.length + ' selected</b><button class="btn" data-bulk="start">Start</button><button class="btn" data-bulk="stop">Stop</button><button class="btn" data-bulk="reboot">Reboot</button><span style="flex:1"></span><button class="link" data-bulk="clear">Clear selection</button></div>';
  }
  h += '<div class="toolbar"><input type="search" id="inst-q" placeholder="Filter by name, IP or tag" aria-label="Filter instances" value="' + e(f.q) + '">' +
    '<label class="muted" for="inst-status">Status</label><select id="inst-status"><option value="all">All</option><option value="running">Running</option><option value="stopped">Stopped</option></select>' +
    '<span class="grow"></span><span class="muted">' + list.length + ' of ' + state.instances.length + ' instances</span></div>';
  h += '<table><thead><tr><th style="width:30px"><input type="checkbox" id="sel-all" aria-label="Select all instances"></th><th>Name</th><th>Status</th><th>Region</th><th>Size</th><th>Image</th><th>Public IPv4</th><th>Backups</th><th></th></tr></thead><tbody>';
  list.forEach(function (i) {
    var s = size(i.size);
    h += '<tr data-name="' + e(i.name) + '"><td><input type="checkbox" data-sel="' + e(i.name) + '" aria-label="Select ' + e(i.name) + '"' + (state.selected.indexOf(i.name) >= 0 ? ' checked' : '') + '></td>' +
      '<td><button class="link" data-detail="' + e(i.name) + '">' + e(i.name) + '</button><div class="muted mono" style="font-size:11px">' + i.id + '</div></td>' +
      '<td><span class="st ' + i.status + '">' + i.status.charAt(0).toUpperCase() + i.status.slice(1) + '</span></td>' +
      '<td>' + e(regionName(i.region)) + ' <span class="muted mono">' + i.region + '</span></td>' +
      '<td>' + s.vcpu + ' vCPU / ' + s.ram + ' GB</td><td>' + e(i.image) + '</td>' +
      '<td class="mono">' + (i.ip || '<span class="muted">—</span>') + '</td>' +
      '<td><button class="sw" role="switch" data-backups="' + e(i.name) + '" aria-checked="' + i.backups + '" aria-label="Automatic backups for ' + e(i.name) + '" title="Automatic backups"></button></td>' +
      '<td style="text-align:right"><button class="ibtn" data-imenu="' + e(i.name) + '" aria-label="Actions for ' + e(i.name) + '" title="Actions">' + ICON.dots + '</button></td></tr>';
  });
  if (!list.length) h += '<tr><td colspan="9" class="muted" style="text-align:center;padding:20px">No instances match your filter.</td></tr>';
  return h + '</tbody></table></div>';
}

function vSnapshots() {
  var total = state.snapshots.reduce(function (s, x) { return s + x.sizeGb; }, 0);
  var h = '<div class="crumb">acme-production / Compute</div><div class="head"><h1>Snapshots</h1><span class="muted">' + state.snapshots.length + ' snapshots · ' + total + ' GB · $' + (total * 0.05).toFixed(2) + '/month</span></div>' +
    '<div class="box"><table><thead><tr><th>Name</th><th>ID</th><th>Source instance</th><th>Region</th><th>Size</th><th>Created (UTC)</th><th></th></tr></thead><tbody>';
  state.snapshots.forEach(function (s) {
    h += '<tr><td><b>' + e(s.name) + '</b></td><td class="mono">' + s.id + '</td><td>' + e(s.source) + '</td><td class="mono">' + s.region + '</td><td>' + s.sizeGb + ' GB</td><td class="mono">' + s.created + '</td>' +
      '<td style="text-align:right"><button class="ibtn" data-smenu="' + s.id + '" aria-label="Actions for ' + e(s.name) + '" title="Actions">' + ICON.dots + '</button></td></tr>';
  });
  return h + '</tbody></table></div>';
}

function vFirewalls() {
  var cur = fw(state.fwSelected) || state.firewalls[0];
  var h = '<div class="crumb">acme-production / Networking</div><div class="head"><h1>Firewalls</h1><button class="btn" id="new-fw">Create firewall</button></div><div class="fw-layout"><div class="box" role="tablist" aria-label="Firewalls" style="overflow:hidden">';
  state.firewalls.forEach(function (f) {
    h += '<button class="fw-item' + (f === cur ? ' on' : '') + '" role="tab" aria-selected="' + (f === cur) + '" data-fw="' + e(f.name) + '"><b>' + e(f.name) + '</b><small>' + f.rules.length + ' rules · ' + f.appliedTo.length + ' instances</small></button>';
  });
  h += '</div><div class="box"><div class="toolbar"><div><div style="font-size:16px;font-weight:600">' + e(cur.name) + '</div><div class="muted">Applied to: ' + (cur.appliedTo.map(e).join(', ') || 'no instances') + '</div></div><span class="grow"></span><button class="btn blue" id="add-rule">Add rule</button></div>' +
    '<div class="tabs" role="tablist"><button role="tab" data-fwtab="inbound" aria-selected="' + (state.fwTab === 'inbound') + '">Inbound rules (' + cur.rules.filter(function (r) { return r.direction === 'inbound'; }).length + ')</button>' +
    '<button role="tab" data-fwtab="outbound" aria-selected="' + (state.fwTab === 'outbound') + '">Outbound rules (' + cur.rules.filter(function (r) { return r.direction === 'outbound'; }).length + ')</button></div>' +
    '<table><thead><tr><th>Protocol</th><th>Port range</th><th>' + (state.fwTab === 'inbound' ? 'Source' : 'Destination') + '</th><th>Description</th><th></th></tr></thead><tbody>';
  var rules = cur.rules.filter(function (r) { return r.direction === state.fwTab; });
  rules.forEach(function (r) {
    h += '<tr><td>' + r.protocol + '</td><td class="mono">' + e(r.ports) + '</td><td class="mono">' + e(r.source) + '</td><td>' + e(r.description) + '</td>' +
      '<td style="text-align:right"><button class="ibtn" data-delrule="' + r.id + '" aria-label="Delete rule ' + e(r.protocol + ' ' + r.ports + ' ' + r.source) + '" title="Delete rule">' + ICON.trash + '</button></td></tr>';
  });
  if (!rules.length) h += '<tr><td colspan="5" class="muted" style="text-align:center;padding:18px">No ' + state.fwTab + ' rules. All ' + state.fwTab + ' traffic is denied.</td></tr>';
  return h + '</tbody></table></div></div>';
}

function vKeys() {
  var h = '<div class="crumb">acme-production / Access</div><div class="head"><h1>SSH keys</h1><button class="btn" id="add-key">Add SSH key</button></div><div class="box"><table><thead><tr><th>Name</th><th>Fingerprint</th><th>Added</th><th></th></tr></thead><tbody>';
  state.sshKeys.forEach(function (k) { h += '<tr><td><b>' + e(k.name) + '</b></td><td class="mono">' + e(k.fingerprint) + '</td><td>' + k.added + '</td><td><button class="ibtn" data-copy="' + e(k.fingerprint) + '" aria-label="Copy fingerprint" title="Copy fingerprint">' + ICON.copy + '</button></td></tr>'; });
  return h + '</tbody></table></div>';
}
function vVolumes() {
  var vols = [['vol-prod-db-data', 500, 'prod-db-01', 'eu-west-1'], ['vol-prod-db-wal', 100, 'prod-db-01', 'eu-west-1'], ['vol-metrics-tsdb', 250, 'metrics-01', 'eu-west-1'], ['vol-ci-cache', 200, 'ci-runner-03', 'us-east-1'], ['vol-scratch-old', 50, '', 'eu-central-1']];
  var h = '<div class="crumb">acme-production / Compute</div><div class="head"><h1>Volumes</h1></div><div class="box"><table><thead><tr><th>Name</th><th>Size</th><th>Attached to</th><th>Region</th></tr></thead><tbody>';
  vols.forEach(function (v) { h += '<tr><td><b>' + v[0] + '</b></td><td>' + v[1] + ' GB</td><td>' + (v[2] || '<span class="muted">Unattached</span>') + '</td><td class="mono">' + v[3] + '</td></tr>'; });
  return h + '</tbody></table></div>';
}
function vIps() {
  var h = '<div class="crumb">acme-production / Networking</div><div class="head"><h1>Reserved IPs</h1></div><div class="box"><table><thead><tr><th>Address</th><th>Region</th><th>Assigned to</th></tr></thead><tbody>';
  [['52.18.44.100', 'eu-west-1', 'load balancer lb-web'], ['52.18.1.5', 'eu-west-1', 'bastion-eu'], ['3.120.14.200', 'eu-central-1', '—']].forEach(function (r) { h += '<tr><td class="mono">' + r[0] + '</td><td class="mono">' + r[1] + '</td><td>' + r[2] + '</td></tr>'; });
  return h + '</tbody></table></div>';
}
function vBilling() {
  return '<div class="crumb">Account</div><div class="head"><h1>Billing</h1></div><div class="cards"><div class="box stat"><div class="k">Month-to-date</div><div class="v">$412.87</div></div><div class="box stat"><div class="k">Forecast</div><div class="v">$1,984.00</div></div><div class="box stat"><div class="k">Credits</div><div class="v">$250.00</div></div><div class="box stat"><div class="k">Payment method</div><div class="v" style="font-size:16px">Mastercard •••• 5521</div></div></div>' +
    '<div class="box"><table><thead><tr><th>Invoice</th><th>Period</th><th>Amount</th><th>Status</th></tr></thead><tbody>' +
    [['INV-2025-02', 'Feb 2025', '$1,902.14'], ['INV-2025-01', 'Jan 2025', '$1,877.50'], ['INV-2024-12', 'Dec 2024', '$1,811.02'], ['INV-2024-11', 'Nov 2024', '$1,795.66']].map(function (r) { return '<tr><td class="mono">' + r[0] + '</td><td>' + r[1] + '</td><td>' + r[2] + '</td><td><span class="pill">Paid</span></td></tr>'; }).join('') + '</tbody></table></div>';
}

/* ---- create instance page ---- */
var draft = null;
function newDraft() { return { name: '', region: 'eu-west-1', image: 'Ubuntu 24.04 LTS', size: 's-2vcpu-4gb', sshKeys: [], backups: false, tags: '', firewall: '' }; }
function vCreate() {
  var d = draft;
  var h = '<div class="crumb">acme-production / Compute / Instances</div><div class="head"><h1>Create instance</h1><button class="btn" id="cancel-create">Cancel</button></div><div class="create-grid"><div>';
  h += '<div class="box section"><h3>Name and region</h3><div class="f"><label for="c-name">Instance name</label><input type="text" id="c-name" value="' + e(d.name) + '" placeholder="e.g. web-03" autocomplete="off"><div class="help">Lowercase letters, numbers and hyphens. Must be unique in the project.</div><div class="err" id="c-name-err" hidden></div></div>' +
    '<div class="f" style="max-width:360px"><label for="c-region">Region</label><select id="c-region">' + state.regions.map(function (r) { return '<option value="' + r.code + '"' + (r.code === d.region ? ' selected' : '') + '>' + r.name + ' (' + r.code + ')</option>'; }).join('') + '</select></div></div>';
  h += '<div class="box section"><h3 id="img-h">Image</h3><div class="choice-grid" role="radiogroup" aria-labelledby="img-h">' + state.images.map(function (im) {
    return '<label class="choice"><input type="radio" name="c-image" value="' + e(im) + '"' + (im === d.image ? ' checked' : '') + '><span><b>' + e(im) + '</b><small>' + (im.indexOf('Windows') === 0 ? '+ $18/mo licence' : 'x86_64 · official') + '</small></span></label>';
  }).join('') + '</div></div>';
  h += '<div class="box section"><h3 id="size-h">Size</h3><table class="size-table" role="radiogroup" aria-labelledby="size-h"><thead><tr><th></th><th>Plan</th><th>vCPU</th><th>Memory</th><th>SSD</th><th>Price</th></tr></thead><tbody>' + state.sizes.map(function (s) {
    var id = 'size-' + s.slug;
    return '<tr><td style="width:30px"><input type="radio" name="c-size" id="' + id + '" value="' + s.slug + '"' + (s.slug === d.size ? ' checked' : '') + '></td><td><label for="' + id + '" class="mono">' + s.slug + '</label></td><td><label for="' + id + '">' + s.vcpu + ' vCPU</label></td><td><label for="' + id + '">' + s.ram + ' GB</label></td><td>' + s.disk + ' GB</td><td>$' + s.price + '/mo</td></tr>';
  }).join('') + '</tbody></table></div>';
  h += '<div class="box section"><h3>Authentication</h3><fieldset><legend>SSH keys</legend>' + state.sshKeys.map(function (k) {
    return '<label style="display:flex;gap:8px;align-items:center;padding:4px 0"><input type="checkbox" name="c-key" value="' + e(k.name) + '"' + (d.sshKeys.indexOf(k.name) >= 0 ? ' checked' : '') + '><b>' + e(k.name) + '</b> <span class="muted mono">' + e(k.fingerprint.slice(0, 22)) + '…</span></label>';
  }).join('') + '</fieldset></div>';
  h += '<div class="box section"><h3>Additional options</h3>' +
    '<div style="display:flex;align-items:center;gap:10px;margin-bottom:14px"><button type="button" class="sw" role="switch" id="c-backups" aria-checked="' + d.backups + '" aria-labelledby="c-backups-l"></button><span id="c-backups-l"><b>Enable automatic backups</b> <span class="muted">(weekly, +20% of instance price)</span></span></div>' +
    '<div class="f" style="max-width:360px"><span class="l" id="c-fw-l">Firewall</span><div class="dd" id="c-fw"><button type="button" aria-haspopup="listbox" aria-labelledby="c-fw-l c-fw-v"><span id="c-fw-v">' + (d.firewall || 'None') + '</span><span>▾</span></button><ul role="listbox" hidden><li role="option" data-v="">None</li>' +
    state.firewalls.map(function (f) { return '<li role="option" data-v="' + e(f.name) + '">' + e(f.name) + '<small>' + f.rules.length + ' rules</small></li>'; }).join('') + '</ul></div></div>' +
    '<div class="f" style="max-width:360px"><label for="c-tags">Tags</label><input type="text" id="c-tags" value="' + e(d.tags) + '" placeholder="env:prod, team:web"><div class="help">Comma-separated key:value pairs.</div></div></div>';
  h += '</div><div class="box summary" aria-label="Summary"><div class="muted">Estimated cost</div><div class="price" id="sum-price"></div><dl id="sum-dl"></dl><button class="btn blue" id="do-create" style="width:100%;justify-content:center;padding:9px">Create instance</button></div></div>';
  return h;
}
function updateSummary() {
  var d = draft, s = size(d.size), p = s.price * (d.backups ? 1.2 : 1) + (d.image.indexOf('Windows') === 0 ? 18 : 0);
  q('#sum-price').textContent = '$' + p.toFixed(2) + '/mo';
  q('#sum-dl').innerHTML = '<dt>Name</dt><dd>' + e(d.name || '—') + '</dd><dt>Region</dt><dd>' + e(regionName(d.region)) + '</dd><dt>Image</dt><dd>' + e(d.image) + '</dd><dt>Size</dt><dd>' + s.vcpu + ' vCPU / ' + s.ram + ' GB</dd><dt>SSH keys</dt><dd>' + (d.sshKeys.map(e).join(', ') || 'None') + '</dd><dt>Backups</dt><dd>' + (d.backups ? 'On' : 'Off') + '</dd>';
}
function wireCreate() {
  var root = q('#content');
  q('#c-name').addEventListener('input', function () { draft.name = this.value; updateSummary(); });
  q('#c-region').addEventListener('change', function () { draft.region = this.value; updateSummary(); });
  q('#c-tags').addEventListener('input', function () { draft.tags = this.value; });
  root.addEventListener('change', function (ev) {
    var t = ev.target;
    if (t.name === 'c-image') draft.image = t.value;
    if (t.name === 'c-size') draft.size = t.value;
    if (t.name === 'c-key') draft.sshKeys = qa('input[name=c-key]:checked').map(function (x) { return x.value; });
    updateSummary();
  });
  q('#c-backups').addEventListener('click', function () { draft.backups = !draft.backups; this.setAttribute('aria-checked', String(draft.backups)); updateSummary(); });
  dropdown(q('#c-fw'), function (v) { draft.firewall = v; q('#c-fw-v').textContent = v || 'None'; });
  q('#cancel-create').addEventListener('click', function () { draft = null; state.view = 'instances'; render(); });
  q('#do-create').addEventListener('click', function () {
    var name = draft.name.trim(), err = q('#c-name-err');
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) { err.textContent = 'Enter a valid name (lowercase letters, numbers, hyphens).'; err.hidden = false; q('#c-name').focus(); return; }
    if (inst(name)) { err.textContent = 'An instance with this name already exists.'; err.hidden = false; return; }
    var n = state.instances.length + 40;
    var newInst = {
      id: 'i-0' + rid().slice(0, 7), name: name, status: 'provisioning', region: draft.region, size: draft.size, image: draft.image,
      ip: '', privateIp: '10.9.0.' + n, backups: draft.backups, sshKeys: draft.sshKeys.slice(),
      tags: draft.tags.split(',').map(function (t) { return t.trim(); }).filter(Boolean), firewall: draft.firewall, created: '2025-03-06'
    };
    state.instances.push(newInst);
    if (draft.firewall) fw(draft.firewall).appliedTo.push(name);
    audit('Created instance ' + name);
    draft = null; state.view = 'instances'; render(); toast('Instance ' + name + ' is being created');
    setTimeout(function () { newInst.status = 'running'; newInst.ip = '18.' + (100 + n) + '.7.' + (20 + n); if (state.view === 'instances') render(); }, 2500);
  });
  updateSummary();
}

/* ---------------- render ---------------- */
function render() {
  qa('#side button').forEach(function (b) { var on = b.dataset.view === state.view || (state.view === 'create' && b.dataset.view === 'instances'); b.classList.toggle('on', on); if (on) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current'); });
  q('#n-inst').textContent = state.instances.length;
  q('#n-snap').textContent = state.snapshots.length;
  q('#n-fw').textContent = state.firewalls.length;
  q('#n-keys').textContent = state.sshKeys.length;
  var map = { overview: vOverview, instances: vInstances, snapshots: vSnapshots, firewalls: vFirewalls, keys: vKeys, volumes: vVolumes, ips: vIps, billing: vBilling, create: vCreate };
  q('#content').innerHTML = map[state.view]();
  document.title = (state.view === 'create' ? 'Create instance' : q('#content h1').textContent) + ' – Nimbus Cloud Console';
  if (state.view === 'instances') {
    q('#inst-status').value = state.filter.status;
    q('#inst-q').addEventListener('input', function () { state.filter.q = this.value; var pos = this.selectionStart; render(); var n = q('#inst-q'); n.focus(); n.setSelectionRange(pos, pos); });
    q('#inst-status').addEventListener('change', function () { state.filter.status = this.value; render(); });
  }
  if (state.view === 'create') wireCreate();
}

/* ---------------- overlays ---------------- */
var menuEl = null;
function closeMenu() { if (menuEl) { menuEl.remove(); menuEl = null; } }
function menu(anchor, items) {
  closeMenu();
  menuEl = document.createElement('div'); menuEl.className = 'menu'; menuEl.setAttribute('role', 'menu');
  items.forEach(function (it) {
    if (it === '-') { menuEl.appendChild(document.createElement('hr')); return; }
    var b = document.createElement('button'); b.type = 'button'; b.setAttribute('role', 'menuitem'); b.textContent = it.label;
    if (it.danger) b.className = 'danger';
    if (it.disabled) b.disabled = true;
    b.addEventListener('click', function (ev) { ev.stopPropagation(); closeMenu(); it.fn(); });
    menuEl.appendChild(b);
  });
  document.body.appendChild(menuEl);
  var r = anchor.getBoundingClientRect();
  menuEl.style.left = (r.right + scrollX - menuEl.offsetWidth) + 'px';
  var top = r.bottom + scrollY + 2;
  if (r.bottom + menuEl.offsetHeight + 8 > innerHeight) top = r.top + scrollY - menuEl.offsetHeight - 2;
  menuEl.style.top = top + 'px';
}
function modal(html, width) {
  q('#overlay').innerHTML = '<div class="modal-bg"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="m-title"' + (width ? ' style="width:' + width + 'px"' : '') + '>' + html + '</div></div>';
  var bg = q('#overlay .modal-bg');
  bg.addEventListener('mousedown', function (ev) { if (ev.target === bg) closeModal(); });
  qa('[data-x]', bg).forEach(function (b) { b.addEventListener('click', closeModal); });
  var f = q('input[type=text]', bg); if (f) f.focus();
  return bg;
}
function closeModal() { q('#overlay').innerHTML = ''; }
function closeDrawer() { var d = q('.drawer'); if (d) d.remove(); }
function confirmModal(title, body, okLabel, fn, typeToConfirm) {
  modal('<div class="mh"><h2 id="m-title">' + e(title) + '</h2><button class="ibtn" data-x aria-label="Close" title="Close">' + ICON.x + '</button></div><div class="mb">' + body +
    (typeToConfirm ? '<div class="f"><label for="confirm-input">Type <b class="mono">' + e(typeToConfirm) + '</b> to confirm</label><input type="text" id="confirm-input" autocomplete="off" spellcheck="false"></div>' : '') +
    '</div><div class="mf"><button class="btn" data-x>Cancel</button><button class="btn red" id="m-ok"' + (typeToConfirm ? ' disabled' : '') + '>' + e(okLabel) + '</button></div>');
  if (typeToConfirm) q('#confirm-input').addEventListener('input', function () { q('#m-ok').disabled = this.value.trim() !== typeToConfirm; });
  q('#m-ok').addEventListener('click', function () { closeModal(); fn(); });
}
function dropdown(dd, onPick) {
  var b = q('button', dd), ul = q('ul', dd);
  b.addEventListener('click', function (ev) { ev.stopPropagation(); ul.hidden = !ul.hidden; b.setAttribute('aria-expanded', String(!ul.hidden)); });
  qa('li', ul).forEach(function (li) { li.addEventListener('click', function (ev) { ev.stopPropagation(); ul.hidden = true; b.setAttribute('aria-expanded', 'false'); onPick(li.dataset.v != null ? li.dataset.v : li.dataset.p, li); }); });
}

function setStatus(i, status) {
  i.status = status;
  if (status === 'stopped') i.ip = '';
  if (status === 'running' && !i.ip) i.ip = '52.18.' + (90 + state.instances.indexOf(i)) + '.' + (10 + i.name.length);
}
function instanceMenu(anchor, name) {
  var i = inst(name);
  menu(anchor, [
    { label: 'View details', fn: function () { showDrawer(i); } },
    i.status === 'running'
      ? { label: 'Stop', fn: function () { confirmModal('Stop ' + i.name + '?', '<p>The instance will be shut down. You are still billed for its disk while it is stopped. The public IP address will be released.</p>', 'Stop instance', function () { setStatus(i, 'stopped'); audit('Stopped ' + i.name); render(); toast(i.name + ' stopped'); }); } }
      : { label: 'Start', fn: function () { setStatus(i, 'running'); audit('Started ' + i.name); render(); toast(i.name + ' started'); } },
    { label: 'Reboot', disabled: i.status !== 'running', fn: function () { confirmModal('Reboot ' + i.name + '?', '<p>This will restart the instance. Running processes will be interrupted.</p>', 'Reboot', function () { audit('Rebooted ' + i.name); toast(i.name + ' is rebooting'); }); } },
    { label: 'Take snapshot', fn: function () { snapshotModal(i); } },
    { label: 'Rename', fn: function () { renameModal(i); } },
    '-',
    { label: 'Terminate', danger: true, fn: function () {
      confirmModal('Terminate ' + i.name + '?', '<div class="warn">This permanently deletes the instance and its boot disk. Snapshots are kept.</div>', 'Terminate instance', function () {
        state.instances = state.instances.filter(function (x) { return x !== i; }); state.selected = state.selected.filter(function (n) { return n !== i.name; });
        state.firewalls.forEach(function (f) { f.appliedTo = f.appliedTo.filter(function (n) { return n !== i.name; }); });
        audit('Terminated ' + i.name); render(); toast(i.name + ' terminated');
      }, i.name);
    } }
  ]);
}
function snapshotModal(i) {
  var def = i.name + '-2025-03-06';
  modal('<div class="mh"><h2 id="m-title">Take snapshot of ' + e(i.name) + '</h2><button class="ibtn" data-x aria-label="Close" title="Close">' + ICON.x + '</button></div><div class="mb"><div class="f"><label for="snap-name">Snapshot name</label><input type="text" id="snap-name" value="' + e(def) + '"></div><p class="muted">Snapshots are billed at $0.05 per GB per month.</p></div><div class="mf"><button class="btn" data-x>Cancel</button><button class="btn blue" id="snap-ok">Take snapshot</button></div>');
  q('#snap-ok').addEventListener('click', function () {
    var n = q('#snap-name').value.trim(); if (!n) return;
    state.snapshots.unshift({ id: 'snap-' + rid(), name: n, source: i.name, sizeGb: Math.round(size(i.size).disk * 0.3), created: '2025-03-06 ' + new Date().toTimeString().slice(0, 5), region: i.region });
    audit('Created snapshot ' + n); closeModal(); render(); toast('Snapshot ' + n + ' created');
  });
}
function renameModal(i) {
  modal('<div class="mh"><h2 id="m-title">Rename instance</h2><button class="ibtn" data-x aria-label="Close" title="Close">' + ICON.x + '</button></div><div class="mb"><div class="f"><label for="rn">New name</label><input type="text" id="rn" value="' + e(i.name) + '"></div></div><div class="mf"><button class="btn" data-x>Cancel</button><button class="btn blue" id="rn-ok">Rename</button></div>');
  q('#rn-ok').addEventListener('click', function () {
    var n = q('#rn').value.trim(); if (!n || (inst(n) && n !== i.name)) return;
    state.firewalls.forEach(function (f) { f.appliedTo = f.appliedTo.map(function (x) { return x === i.name ? n : x; }); });
    audit('Renamed ' + i.name + ' to ' + n); i.name = n; closeModal(); render(); toast('Instance renamed');
  });
}
function showDrawer(i) {
  closeDrawer();
  var s = size(i.size), d = document.createElement('aside');
  d.className = 'drawer'; d.setAttribute('aria-label', 'Instance details');
  d.innerHTML = '<div class="dh"><div><div style="font-size:17px;font-weight:600">' + e(i.name) + '</div><div class="mono muted">' + i.id + '</div></div><button class="ibtn" id="drawer-x" aria-label="Close details" title="Close details">' + ICON.x + '</button></div>' +
    '<dl><dt>Status</dt><dd><span class="st ' + i.status + '">' + i.status + '</span></dd><dt>Region</dt><dd>' + e(regionName(i.region)) + ' (' + i.region + ')</dd><dt>Size</dt><dd>' + s.vcpu + ' vCPU · ' + s.ram + ' GB RAM · ' + s.disk + ' GB SSD</dd>' +
    '<dt>Image</dt><dd>' + e(i.image) + '</dd><dt>Public IPv4</dt><dd class="mono">' + (i.ip || '—') + '</dd><dt>Private IPv4</dt><dd class="mono">' + i.privateIp + '</dd>' +
    '<dt>Firewall</dt><dd>' + (e(i.firewall) || '—') + '</dd><dt>SSH keys</dt><dd>' + (i.sshKeys.map(e).join(', ') || '—') + '</dd><dt>Backups</dt><dd>' + (i.backups ? 'Enabled (weekly)' : 'Disabled') + '</dd>' +
    '<dt>Tags</dt><dd>' + (i.tags.map(function (t) { return '<span class="tag">' + e(t) + '</span>'; }).join('') || '—') + '</dd><dt>Created</dt><dd>' + i.created + '</dd></dl>' +
    '<div style="padding:0 18px"><h4 style="margin:10px 0 6px">CPU (last 24 h)</h4><svg viewBox="0 0 400 80" width="100%" height="80" style="background:#f8fafc;border-radius:6px"><polyline fill="none" stroke="#2563eb" stroke-width="2" points="' +
    Array.from({ length: 25 }, function (_, k) { return (k * 16.6).toFixed(0) + ',' + (60 - ((k * 37 + i.name.length * 11) % 45)).toFixed(0); }).join(' ') + '"/></svg></div>';
  document.body.appendChild(d);
  q('#drawer-x').addEventListener('click', closeDrawer);
}
function addRuleModal(f) {
  var dir = state.fwTab;
  modal('<div class="mh"><h2 id="m-title">Add rule to ' + e(f.name) + '</h2><button class="ibtn" data-x aria-label="Close" title="Close">' + ICON.x + '</button></div><div class="mb">' +
    '<fieldset><legend>Direction</legend><div class="radios"><label><input type="radio" name="r-dir" value="inbound"' + (dir === 'inbound' ? ' checked' : '') + '> Inbound</label><label><input type="radio" name="r-dir" value="outbound"' + (dir === 'outbound' ? ' checked' : '') + '> Outbound</label></div></fieldset>' +
    '<div style="display:grid;grid-template-columns:1fr 1fr;gap:12px"><div class="f"><label for="r-proto">Protocol</label><select id="r-proto"><option>TCP</option><option>UDP</option><option>ICMP</option><option>All</option></select></div>' +
    '<div class="f"><label for="r-ports">Port range</label><input type="text" id="r-ports" placeholder="e.g. 443 or 8000-8100"></div></div>' +
    '<div class="f"><label for="r-src" id="r-src-l">' + (dir === 'inbound' ? 'Source' : 'Destination') + ' (CIDR)</label><input type="text" id="r-src" placeholder="0.0.0.0/0"></div>' +
    '<div class="f"><label for="r-desc">Description <span class="muted">(optional)</span></label><input type="text" id="r-desc" maxlength="60"></div><div class="err" id="r-err" hidden style="color:#dc2626"></div>' +
    '</div><div class="mf"><button class="btn" data-x>Cancel</button><button class="btn blue" id="r-ok">Add rule</button></div>');
  qa('input[name=r-dir]').forEach(function (r) { r.addEventListener('change', function () { q('#r-src-l').textContent = (this.value === 'inbound' ? 'Source' : 'Destination') + ' (CIDR)'; }); });
  q('#r-proto').addEventListener('change', function () { var noPorts = this.value === 'ICMP' || this.value === 'All'; q('#r-ports').disabled = noPorts; if (noPorts) q('#r-ports').value = ''; });
  q('#r-ok').addEventListener('click', function () {
    var proto = q('#r-proto').value, ports = q('#r-ports').value.trim(), src = q('#r-src').value.trim(), err = q('#r-err');
    var d = q('input[name=r-dir]:checked').value;
    if (proto === 'TCP' || proto === 'UDP') {
      var m = /^(\d{1,5})(-(\d{1,5}))?$/.exec(ports);
      if (!m || +m[1] < 1 || +m[1] > 65535 || (m[3] && (+m[3] < +m[1] || +m[3] > 65535))) { err.textContent = 'Enter a port (1-65535) or a range like 8000-8100.'; err.hidden = false; return; }
    } else ports = 'All';
    if (!/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/.test(src)) { err.textContent = 'Enter an IPv4 CIDR block, e.g. 10.0.0.0/16.'; err.hidden = false; return; }
    f.rules.push({ id: 'r' + rid(), direction: d, protocol: proto, ports: ports, source: src, description: q('#r-desc').value.trim() });
    state.fwTab = d; audit('Added ' + d + ' rule to ' + f.name); closeModal(); render(); toast('Rule added to ' + f.name);
  });
}

/* ---------------- events ---------------- */
document.addEventListener('click', function (ev) {
  if (!ev.target.closest('.menu')) closeMenu();
  if (!ev.target.closest('.dd')) qa('.dd ul').forEach(function (u) { u.hidden = true; });
  var b = ev.target.closest('button, input[type=checkbox]');
  if (!b) return;
  var d = b.dataset;
  if (d.view) { state.view = d.view; state.selected = []; closeDrawer(); if (d.view !== 'create') draft = null; render(); scrollTo(0, 0); return; }
  if (d.backups) { var i = inst(d.backups); i.backups = !i.backups; audit((i.backups ? 'Enabled' : 'Disabled') + ' backups on ' + i.name); render(); toast('Automatic backups ' + (i.backups ? 'enabled' : 'disabled') + ' for ' + i.name); return; }
  if (d.imenu) { ev.stopPropagation(); instanceMenu(b, d.imenu); return; }
  if (d.detail) { showDrawer(inst(d.detail)); return; }
  if (d.sel) { var n = d.sel, k = state.selected.indexOf(n); if (b.checked && k < 0) state.selected.push(n); if (!b.checked && k >= 0) state.selected.splice(k, 1); render(); return; }
  if (b.id === 'sel-all') { state.selected = b.checked ? state.instances.map(function (x) { return x.name; }) : []; render(); return; }
  if (d.bulk) {
    var names = state.selected.slice();
    if (d.bulk === 'clear') { state.selected = []; render(); return; }
    var act = function () {
      names.forEach(function (nm) { var x = inst(nm); if (d.bulk === 'start' && x.status === 'stopped') setStatus(x, 'running'); if (d.bulk === 'stop' && x.status === 'running') setStatus(x, 'stopped'); });
      audit(d.bulk + ' ' + names.join(', ')); state.selected = []; render(); toast(names.length + ' instance(s): ' + d.bulk + ' requested');
    };
    if (d.bulk === 'start') act(); else confirmModal((d.bulk === 'stop' ? 'Stop ' : 'Reboot ') + names.length + ' instances?', '<p>' + names.map(e).join(', ') + '</p>', d.bulk === 'stop' ? 'Stop instances' : 'Reboot instances', act);
    return;
  }
  if (d.smenu) {
    ev.stopPropagation();
    var s = state.snapshots.find(function (x) { return x.id === d.smenu; });
    menu(b, [
      { label: 'Create instance from snapshot', fn: function () { draft = newDraft(); draft.name = s.source + '-restore'; draft.region = s.region; state.view = 'create'; render(); toast('Image set from snapshot ' + s.name); } },
      { label: 'Copy snapshot ID', fn: function () { toast('Copied ' + s.id); } },
      '-',
      { label: 'Delete snapshot', danger: true, fn: function () {
        confirmModal('Delete snapshot', '<div class="warn">Deleting <b>' + e(s.name) + '</b> (' + s.sizeGb + ' GB) is permanent and cannot be undone.</div>', 'Delete snapshot', function () {
          state.snapshots = state.snapshots.filter(function (x) { return x !== s; }); audit('Deleted snapshot ' + s.name); render(); toast('Snapshot ' + s.name + ' deleted');
        }, s.name);
      } }
    ]);
    return;
  }
  if (d.fw) { state.fwSelected = d.fw; state.fwTab = 'inbound'; render(); return; }
  if (d.fwtab) { state.fwTab = d.fwtab; render(); return; }
  if (d.delrule) {
    var f = fw(state.fwSelected), r = f.rules.find(function (x) { return x.id === d.delrule; });
    confirmModal('Delete rule?', '<p>' + r.direction + ' ' + r.protocol + ' ' + e(r.ports) + ' ' + (r.direction === 'inbound' ? 'from' : 'to') + ' <span class="mono">' + e(r.source) + '</span> will be removed from <b>' + e(f.name) + '</b>. Traffic matching it will be blocked immediately.</p>', 'Delete rule', function () {
      f.rules = f.rules.filter(function (x) { return x !== r; }); audit('Deleted rule from ' + f.name); render(); toast('Rule deleted');
    });
    return;
  }
  if (d.copy) { toast('Fingerprint copied'); return; }
  switch (b.id) {
    case 'create-instance': draft = newDraft(); state.view = 'create'; closeDrawer(); render(); scrollTo(0, 0); return;
    case 'add-rule': addRuleModal(fw(state.fwSelected)); return;
    case 'refresh': render(); toast('Instance list refreshed'); return;
    case 'new-fw': toast('Creating firewalls requires the Network Admin role', true); return;
    case 'add-key': toast('Adding SSH keys is disabled for this project by your organisation policy', true); return;
    case 'help-btn': toast('Docs: docs.nimbus.example (offline)'); return;
    case 'shell-btn': toast('Cloud shell is not available in this region', true); return;
    case 'user-btn': ev.stopPropagation(); menu(b, [{ label: 'Account settings', fn: function () { state.view = 'billing'; render(); } }, { label: 'API tokens', fn: function () { toast('No API tokens'); } }, '-', { label: 'Sign out', fn: function () { toast('Signed out (demo)'); } }]); return;
  }
});
document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { closeMenu(); closeModal(); closeDrawer(); } });
dropdown(q('#project-dd'), function (p) {
  if (p !== 'acme-production') { toast('You have read-only access to ' + p + '. Staying in acme-production.', true); return; }
});
render();
