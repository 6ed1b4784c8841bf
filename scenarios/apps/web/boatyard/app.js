(function(){
'use strict';
const TODAY = '2025-03-11';
window.state = {
  staff: [
    {id:'ST1', name:'Tom Hale', role:'Yard foreman'},
    {id:'ST2', name:'Nadia Quinn', role:'Shipwright'},
    {id:'ST3', name:'Owen Price', role:'Marine engineer'},
    {id:'ST4', name:'Lucy Marsh', role:'Rigger'},
    {id:'ST5', name:'Ben Carver', role:'Apprentice'},
    {id:'ST6', name:'Tomasz Halek', role:'Painter & finisher'}
  ],
  boats: [
    {id:'B01', name:'Sea Otter', model:'Westerly Centaur', type:'Sailing yacht', loa:7.9, owner:'Graham Pike', phone:'07700 900 114', berth:'C14', status:'Afloat', insuranceExpiry:'2025-05-31', notes:'Tiller pilot stored in office.'},
    {id:'B02', name:'Marigold', model:'Fairline Targa 34', type:'Motor cruiser', loa:10.4, owner:'Helen Stroud', phone:'07700 900 228', berth:'H3', status:'Ashore', insuranceExpiry:'2025-09-14', notes:''},
    {id:'B03', name:'Kittiwake', model:'Contessa 32', type:'Sailing yacht', loa:9.8, owner:'Rob & Jan Ellis', phone:'07700 900 305', berth:'C07', status:'Afloat', insuranceExpiry:'2025-04-02', notes:'Owners abroad until April.'},
    {id:'B04', name:'Blue Heron', model:'Lagoon 380', type:'Catamaran', loa:11.5, owner:'Dr Simon Achebe', phone:'07700 900 417', berth:'H2', status:'Ashore', insuranceExpiry:'2025-11-30', notes:'Needs two-strop lift (wide beam).'},
    {id:'B05', name:'Wanderlust', model:'Bavaria 36', type:'Sailing yacht', loa:11.0, owner:'Kate Morrow', phone:'07700 900 536', berth:'B11', status:'Afloat', insuranceExpiry:'2025-07-19', notes:''},
    {id:'B06', name:'Tern', model:'Drascombe Lugger', type:'Day boat', loa:5.7, owner:'Peter Vance', phone:'07700 900 649', berth:'D4', status:'Ashore', insuranceExpiry:'2025-03-28', notes:'On road trailer.'},
    {id:'B07', name:'Saltmarsh', model:'Nelson 34', type:'Motor cruiser', loa:10.3, owner:'Fiona Clarke', phone:'07700 900 702', berth:'H5', status:'Hauled for work', insuranceExpiry:'2025-08-01', notes:''},
    {id:'B08', name:'Nimbus', model:'Hallberg-Rassy 31', type:'Sailing yacht', loa:9.4, owner:'Mark Oduya', phone:'07700 900 813', berth:'C02', status:'Afloat', insuranceExpiry:'2025-06-30', notes:''},
    {id:'B09', name:'Puffin', model:'Ribeye 650', type:'RIB', loa:6.5, owner:'Sam Whitlock', phone:'07700 900 920', berth:'D1', status:'Ashore', insuranceExpiry:'2026-01-15', notes:''},
    {id:'B10', name:'Morning Star', model:'Moody 38', type:'Sailing yacht', loa:11.6, owner:'Anne Bellamy', phone:'07700 901 034', berth:'B04', status:'Away', insuranceExpiry:'2025-10-10', notes:'Cruising Brittany, back mid-April.'},
    {id:'B11', name:'Second Wind', model:'Jeanneau SO 349', type:'Sailing yacht', loa:10.3, owner:'Chris Dunmore', phone:'07700 901 141', berth:'C11', status:'Afloat', insuranceExpiry:'2025-12-01', notes:''},
    {id:'B12', name:'Halcyon', model:'Broom 35', type:'Motor cruiser', loa:10.7, owner:'Irene Falk', phone:'07700 901 255', berth:'H1', status:'Hauled for work', insuranceExpiry:'2025-05-05', notes:'Stern gear replaced 2024.'},
    {id:'B13', name:'Otterburn', model:'Sadler 29', type:'Sailing yacht', loa:8.8, owner:'Graham Pike', phone:'07700 900 114', berth:'C13', status:'Afloat', insuranceExpiry:'2025-06-12', notes:'Second boat of G. Pike.'}
  ],
  jobs: [
    {id:'YJ-3101', boatId:'B07', type:'Lift out', assignee:'ST1', due:'2025-03-03', priority:'Normal', status:'Done', quote:180, completed:'2025-03-03', notes:''},
    {id:'YJ-3102', boatId:'B07', type:'Gelcoat repair', assignee:'ST2', due:'2025-03-14', priority:'Normal', status:'In progress', quote:1240, completed:'', notes:'Starboard quarter scrape.'},
    {id:'YJ-3103', boatId:'B12', type:'Engine service', assignee:'ST3', due:'2025-03-12', priority:'Urgent', status:'In progress', quote:620, completed:'', notes:'Raw water pump weeping.'},
    {id:'YJ-3104', boatId:'B02', type:'Pressure wash', assignee:'ST5', due:'2025-03-10', priority:'Normal', status:'Done', quote:95, completed:'2025-03-10', notes:''},
    {id:'YJ-3105', boatId:'B04', type:'Osmosis survey', assignee:'ST2', due:'2025-03-18', priority:'Normal', status:'Scheduled', quote:350, completed:'', notes:''},
    {id:'YJ-3106', boatId:'B05', type:'Rigging check', assignee:'ST4', due:'2025-03-13', priority:'Normal', status:'Scheduled', quote:210, completed:'', notes:''},
    {id:'YJ-3107', boatId:'B12', type:'Antifoul', assignee:'ST6', due:'2025-03-20', priority:'Normal', status:'Scheduled', quote:540, completed:'', notes:''},
    {id:'YJ-3108', boatId:'B02', type:'Engine service', assignee:'ST3', due:'2025-03-11', priority:'Normal', status:'In progress', quote:780, completed:'', notes:'Twin Volvo KAD, impellers + oil.'},
    {id:'YJ-3109', boatId:'B08', type:'Sail drop', assignee:'ST4', due:'2025-03-05', priority:'Normal', status:'Cancelled', quote:60, completed:'', notes:'Owner did it himself.'},
    {id:'YJ-3110', boatId:'B03', type:'Lift out', assignee:'ST1', due:'2025-03-25', priority:'Normal', status:'Quoted', quote:220, completed:'', notes:''},
    {id:'YJ-3111', boatId:'B09', type:'Winterisation', assignee:'ST3', due:'2025-03-07', priority:'Normal', status:'Done', quote:140, completed:'2025-03-06', notes:''},
    {id:'YJ-3112', boatId:'B11', type:'Rigging check', assignee:'ST4', due:'2025-03-17', priority:'Urgent', status:'Scheduled', quote:210, completed:'', notes:'Forestay strand broken.'},
    {id:'YJ-3113', boatId:'B06', type:'Gelcoat repair', assignee:'ST2', due:'2025-03-21', priority:'Normal', status:'Quoted', quote:310, completed:'', notes:''},
    {id:'YJ-3114', boatId:'B01', type:'Lift out', assignee:'ST1', due:'2025-03-19', priority:'Normal', status:'Scheduled', quote:180, completed:'', notes:''}
  ],
  settings: {
    emailOnDone: true,
    smsReminders: true,
    weeklyReport: false,
    insuranceAlerts: true,
    paymentTerms: '30',
    vatRate: 20,
    defaultHoist: '35t travel hoist',
    liftCutoff: '15:00'
  }
};

const JOB_TYPES = ['Antifoul','Engine service','Lift out','Lift in','Osmosis survey','Rigging check','Gelcoat repair','Winterisation','Pressure wash','Sail drop','Survey assistance'];
const BERTHS = {
  'Pontoon A': Array.from({length:10},(_,i)=>'A'+String(i+1).padStart(2,'0')),
  'Pontoon B': Array.from({length:12},(_,i)=>'B'+String(i+1).padStart(2,'0')),
  'Pontoon C': Array.from({length:14},(_,i)=>'C'+String(i+1).padStart(2,'0')),
  'Visitor berths': ['V1','V2','V3','V4'],
  'Hardstanding': ['H1','H2','H3','H4','H5','H6'],
  'Dinghy park': ['D1','D2','D3','D4','D5','D6']
};
const ui = {view:'overview', boatQuery:'', jobFilter:'Open', jobQuery:'', drawerBoat:null, menuJob:null};
const S = () => window.state;
const $ = s => document.querySelector(s);
const esc = v => String(v==null?'':v).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const boat = id => S().boats.find(b => b.id === id);
const staff = id => S().staff.find(s => s.id === id);
const MONTHS = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const fmt = d => { if(!d) return '—'; const [y,m,dd] = d.split('-'); return `${+dd} ${MONTHS[+m-1]} ${y}`; };
const days = (a,b) => Math.round((new Date(b) - new Date(a)) / 864e5);
const statusClass = s => ({'Afloat':'afloat','Ashore':'ashore','Hauled for work':'hauled','Away':'away','Scheduled':'scheduled','In progress':'progress','Done':'done','Cancelled':'cancelled','Quoted':'quoted'}[s]||'');
function berthLabel(code){ for(const [g,l] of Object.entries(BERTHS)) if(l.includes(code)) return (g.startsWith('Pontoon')? g.replace('Pontoon ','Pontoon ')+' · ':g+' · ')+code; return code; }

function toast(msg){ const t=document.createElement('div'); t.className='toast'; t.textContent=msg; $('#toasts').appendChild(t); setTimeout(()=>t.remove(), 2600); }

function setView(v){ ui.view=v; closeMenu(); render(); }
function render(){
  document.querySelectorAll('.navlink').forEach(a => a.classList.toggle('active', a.dataset.view===ui.view));
  const titles = {overview:'Overview', boats:'Boats', jobs:'Yard jobs', staff:'Team', settings:'Yard settings'};
  $('#pageTitle').textContent = titles[ui.view];
  const fn = {overview:renderOverview, boats:renderBoats, jobs:renderJobs, staff:renderStaff, settings:renderSettings}[ui.view];
  $('#view').innerHTML = fn();
  if(ui.view==='boats'){ const q=$('#boatSearch'); q.value=ui.boatQuery; }
  if(ui.view==='jobs'){ const q=$('#jobSearch'); q.value=ui.jobQuery; }
}

function renderOverview(){
  const b=S().boats, j=S().jobs;
  const open=j.filter(x=>['Scheduled','In progress','Quoted'].includes(x.status));
  const week=open.filter(x=>days(TODAY,x.due)>=0 && days(TODAY,x.due)<=7).sort((a,c)=>a.due.localeCompare(c.due));
  const ins=b.filter(x=>days(TODAY,x.insuranceExpiry)<=60).sort((a,c)=>a.insuranceExpiry.localeCompare(c.insuranceExpiry));
  return `<div class="stats">
    <div class="card stat"><b>${b.filter(x=>x.status==='Afloat').length}</b><span>Boats afloat</span></div>
    <div class="card stat"><b>${b.filter(x=>x.status!=='Afloat'&&x.status!=='Away').length}</b><span>Ashore / hauled</span></div>
    <div class="card stat"><b>${open.length}</b><span>Open yard jobs</span></div>
    <div class="card stat"><b>${week.length}</b><span>Due in next 7 days</span></div></div>
  <div class="cols">
    <div class="card"><h3>Due this week</h3><ul class="list">${week.map(x=>`<li><span><b>${esc(x.id)}</b> · ${esc(x.type)} — ${esc(boat(x.boatId).name)}</span><span>${fmt(x.due)}</span></li>`).join('')||'<li>Nothing due</li>'}</ul></div>
    <div class="card"><h3>Insurance expiring within 60 days</h3><ul class="list">${ins.map(x=>`<li><span>${esc(x.name)} <small style="color:#6d7d8f">(${esc(x.owner)})</small></span><span class="warn">${fmt(x.insuranceExpiry)}</span></li>`).join('')||'<li>None</li>'}</ul></div>
  </div>`;
}

function renderBoats(){
  const q=ui.boatQuery.trim().toLowerCase();
  const rows=S().boats.filter(b=>!q||[b.name,b.model,b.owner,b.berth].join(' ').toLowerCase().includes(q));
  return `<div class="toolbar"><input id="boatSearch" type="search" placeholder="Search boats, owners, berths…" style="width:300px"><span class="spacer"></span><span style="color:#627387">${rows.length} of ${S().boats.length} boats</span></div>
  <div class="card" style="overflow:hidden"><table><thead><tr><th>Boat</th><th>Type</th><th>LOA</th><th>Owner</th><th>Berth</th><th>Status</th><th>Insurance to</th></tr></thead><tbody>
  ${rows.map(b=>`<tr class="clickable" data-boat="${b.id}"><td><b>${esc(b.name)}</b><small>${esc(b.model)}</small></td><td>${esc(b.type)}</td><td>${b.loa.toFixed(1)} m</td><td>${esc(b.owner)}</td><td>${esc(b.berth)}</td><td><span class="chip ${statusClass(b.status)}">${esc(b.status)}</span></td><td class="${days(TODAY,b.insuranceExpiry)<=30?'warn':''}">${fmt(b.insuranceExpiry)}</td></tr>`).join('')||'<tr><td colspan="7" class="empty">No boats match.</td></tr>'}
  </tbody></table></div>`;
}

function renderJobs(){
  const q=ui.jobQuery.trim().toLowerCase();
  const f=ui.jobFilter;
  const rows=S().jobs.filter(j=>{
    if(f==='Open' && !['Scheduled','In progress','Quoted'].includes(j.status)) return false;
    if(f==='Done' && j.status!=='Done') return false;
    if(f==='Cancelled' && j.status!=='Cancelled') return false;
    if(q && ![j.id,j.type,boat(j.boatId).name,staff(j.assignee).name].join(' ').toLowerCase().includes(q)) return false;
    return true;
  }).sort((a,b)=>a.due.localeCompare(b.due));
  return `<div class="toolbar"><div class="filters">${['Open','Done','Cancelled','All'].map(x=>`<button data-jobfilter="${x}" class="${f===x?'on':''}">${x}</button>`).join('')}</div>
   <input id="jobSearch" type="search" placeholder="Search jobs…" style="width:220px"><span class="spacer"></span><button class="btn-primary" id="newJobBtn">+ New job</button></div>
  <div class="card" style="overflow:visible"><table><thead><tr><th>Job</th><th>Boat</th><th>Work</th><th>Assigned to</th><th>Due</th><th>Quote</th><th>Status</th><th></th></tr></thead><tbody>
  ${rows.map(j=>{const b=boat(j.boatId);return `<tr data-job="${j.id}"><td><b>${j.id}</b></td><td>${esc(b.name)}<small>${esc(b.berth)}</small></td><td>${esc(j.type)} ${j.priority==='Urgent'?'<span class="chip urgent">Urgent</span>':''}</td><td>${esc(staff(j.assignee).name)}</td><td>${fmt(j.due)}</td><td>£${j.quote.toLocaleString('en-GB')}</td><td><span class="chip ${statusClass(j.status)}">${j.status}</span></td><td><button class="kebab" data-jobmenu="${j.id}" aria-label="Actions for ${j.id}">⋯</button></td></tr>`}).join('')||'<tr><td colspan="8" class="empty">No jobs in this view.</td></tr>'}
  </tbody></table></div>`;
}

function renderStaff(){
  return `<div class="team">${S().staff.map(s=>{const n=S().jobs.filter(j=>j.assignee===s.id&&['Scheduled','In progress'].includes(j.status)).length;return `<div class="card"><b>${esc(s.name)}</b><span>${esc(s.role)}</span><div style="margin-top:8px;font-size:13px">${n} open job${n===1?'':'s'}</div></div>`}).join('')}</div>`;
}

function renderSettings(){
  const t=S().settings;
  const cb=(k,l)=>`<label class="check"><input type="checkbox" id="set-${k}" ${t[k]?'checked':''}> ${l}</label>`;
  return `<div class="settings">
  <div class="card"><h3>Notifications</h3>
    ${cb('emailOnDone','Email the owner when a yard job is marked done')}
    ${cb('smsReminders','SMS reminders to owners the day before a lift')}
    ${cb('weeklyReport','Weekly yard report to the manager (Mondays)')}
    ${cb('insuranceAlerts','Alert me when a boat’s insurance expires within 30 days')}
  </div>
  <div class="card"><h3>Billing</h3>
    <div class="field"><label>Default payment terms</label><div class="radios">
      ${[['0','On receipt'],['7','7 days'],['14','14 days'],['30','30 days']].map(([v,l])=>`<label><input type="radio" name="terms" value="${v}" ${t.paymentTerms===v?'checked':''}> ${l}</label>`).join('')}
    </div></div>
    <div class="field" style="max-width:160px"><label for="set-vat">VAT rate (%)</label><input id="set-vat" type="number" value="${t.vatRate}"></div>
  </div>
  <div class="card"><h3>Lifting</h3><div class="row2">
    <div class="field"><label for="set-hoist">Default lifting equipment</label><select id="set-hoist">${['35t travel hoist','12t mobile crane','Slipway trolley'].map(o=>`<option ${t.defaultHoist===o?'selected':''}>${o}</option>`).join('')}</select></div>
    <div class="field"><label for="set-cutoff">Last lift of the day</label><select id="set-cutoff">${['14:00','14:30','15:00','15:30','16:00'].map(o=>`<option ${t.liftCutoff===o?'selected':''}>${o}</option>`).join('')}</select></div>
  </div></div>
  <div style="display:flex;gap:8px;justify-content:flex-end"><button id="resetSettings">Discard changes</button><button class="btn-primary" id="saveSettings">Save settings</button></div>
  </div>`;
}

function saveSettings(){
  const t=S().settings;
  ['emailOnDone','smsReminders','weeklyReport','insuranceAlerts'].forEach(k=>t[k]=$('#set-'+k).checked);
  const r=document.querySelector('input[name=terms]:checked'); if(r) t.paymentTerms=r.value;
  const v=parseFloat($('#set-vat').value); if(!isNaN(v)) t.vatRate=v;
  t.defaultHoist=$('#set-hoist').value; t.liftCutoff=$('#set-cutoff').value;
  toast('Settings saved'); render();
}

/* ---------- drawer: boat ---------- */
function openBoat(id){
  const b=boat(id); ui.drawerBoat=id;
  const jobs=S().jobs.filter(j=>j.boatId===id);
  $('#drawer').innerHTML=`<header><div><h2>${esc(b.name)}</h2><small>${esc(b.model)} · ${b.loa.toFixed(1)} m · ${esc(b.type)}</small></div><button class="x" id="closeDrawer" aria-label="Close">×</button></header>
  <div class="body">
    <div class="row2"><div class="field"><label for="bOwner">Owner</label><input id="bOwner" value="${esc(b.owner)}"></div>
    <div class="field"><label for="bPhone">Owner phone</label><input id="bPhone" value="${esc(b.phone)}"></div></div>
    <div class="row2"><div class="field"><label for="bBerth">Berth</label><select id="bBerth">${Object.entries(BERTHS).map(([g,l])=>`<optgroup label="${g}">${l.map(c=>`<option value="${c}" ${c===b.berth?'selected':''}>${c}</option>`).join('')}</optgroup>`).join('')}</select></div>
    <div class="field"><label for="bStatus">Status</label><select id="bStatus">${['Afloat','Ashore','Hauled for work','Away'].map(s=>`<option ${s===b.status?'selected':''}>${s}</option>`).join('')}</select></div></div>
    <div class="field"><label for="bIns">Insurance valid until</label><input id="bIns" type="date" value="${b.insuranceExpiry}"></div>
    <div class="field"><label for="bNotes">Notes</label><textarea id="bNotes" rows="3">${esc(b.notes)}</textarea></div>
    <h4 style="margin:14px 0 6px;font-size:14px">Yard jobs</h4>
    <ul class="list" style="border:1px solid #e2e8ef;border-radius:8px">${jobs.map(j=>`<li><span>${j.id} · ${esc(j.type)}</span><span class="chip ${statusClass(j.status)}">${j.status}</span></li>`).join('')||'<li>No jobs on record</li>'}</ul>
  </div>
  <footer><button id="cancelDrawer">Cancel</button><button class="btn-primary" id="saveBoat">Save changes</button></footer>`;
  $('#drawer').classList.remove('hidden'); $('#drawerBack').classList.remove('hidden');
}
function closeDrawer(){ $('#drawer').classList.add('hidden'); $('#drawerBack').classList.add('hidden'); ui.drawerBoat=null; }
function saveBoat(){
  const b=boat(ui.drawerBoat);
  b.owner=$('#bOwner').value.trim(); b.phone=$('#bPhone').value.trim(); b.berth=$('#bBerth').value; b.status=$('#bStatus').value;
  b.insuranceExpiry=$('#bIns').value; b.notes=$('#bNotes').value;
  closeDrawer(); toast(`${b.name} updated`); render();
}

/* ---------- menus & modals ---------- */
function openMenu(btn,id){
  const j=S().jobs.find(x=>x.id===id); ui.menuJob=id;
  const closed=['Done','Cancelled'].includes(j.status);
  const m=$('#menu');
  m.innerHTML=`<button data-mact="edit">Edit job…</button>
   <button data-mact="start" ${j.status==='Scheduled'||j.status==='Quoted'?'':'disabled'}>Start work</button>
   <button data-mact="done" ${closed?'disabled':''}>Mark done</button>
   <button data-mact="reopen" ${closed?'':'disabled'}>Reopen</button>
   <button data-mact="cancel" class="danger" ${closed?'disabled':''}>Cancel job…</button>`;
  const r=btn.getBoundingClientRect();
  m.style.top=(r.bottom+4)+'px'; m.style.left=Math.max(8,r.right-180)+'px';
  m.classList.remove('hidden');
}
function closeMenu(){ $('#menu').classList.add('hidden'); }
function modal(html){ $('#modal').innerHTML=html; $('#modalBack').classList.remove('hidden'); }
function closeModal(){ $('#modalBack').classList.add('hidden'); $('#modal').innerHTML=''; }

function menuAction(act){
  const j=S().jobs.find(x=>x.id===ui.menuJob); closeMenu();
  if(act==='start'){ j.status='In progress'; toast(`${j.id} started`); render(); }
  else if(act==='done'){ j.status='Done'; j.completed=TODAY; toast(`${j.id} marked done`); render(); }
  else if(act==='reopen'){ j.status='In progress'; j.completed=''; toast(`${j.id} reopened`); render(); }
  else if(act==='cancel'){
    modal(`<header><h2>Cancel ${j.id}?</h2><button class="x" data-close>×</button></header><div class="body"><p>${esc(j.type)} on <b>${esc(boat(j.boatId).name)}</b> will be cancelled. The owner will not be invoiced.</p></div>
    <footer><button data-close>Keep job</button><button class="btn-danger" id="confirmCancel">Cancel job</button></footer>`);
    $('#confirmCancel').onclick=()=>{ j.status='Cancelled'; closeModal(); toast(`${j.id} cancelled`); render(); };
  }
  else if(act==='edit'){ jobForm(j); }
}

function jobForm(j){
  const isNew=!j; const d=j||{boatId:'',type:'',assignee:'',due:'',priority:'Normal',quote:'',notes:''};
  modal(`<header><h2>${isNew?'New yard job':'Edit '+j.id}</h2><button class="x" data-close>×</button></header>
  <div class="body">
    <div class="row2"><div class="field"><label for="jBoat">Boat</label><select id="jBoat"><option value="">Select boat…</option>${S().boats.slice().sort((a,b)=>a.name.localeCompare(b.name)).map(b=>`<option value="${b.id}" ${b.id===d.boatId?'selected':''}>${esc(b.name)} (${b.berth})</option>`).join('')}</select></div>
    <div class="field"><label for="jType">Work</label><select id="jType"><option value="">Select…</option>${JOB_TYPES.map(t=>`<option ${t===d.type?'selected':''}>${t}</option>`).join('')}</select></div></div>
    <div class="row2"><div class="field"><label for="jAssignee">Assign to</label><select id="jAssignee"><option value="">Unassigned</option>${S().staff.map(s=>`<option value="${s.id}" ${s.id===d.assignee?'selected':''}>${esc(s.name)}</option>`).join('')}</select></div>
    <div class="field"><label for="jDue">Due date</label><input id="jDue" type="date" value="${d.due}"></div></div>
    <div class="row2"><div class="field"><label>Priority</label><div class="radios"><label><input type="radio" name="prio" value="Normal" ${d.priority==='Normal'?'checked':''}> Normal</label><label><input type="radio" name="prio" value="Urgent" ${d.priority==='Urgent'?'checked':''}> Urgent</label></div></div>
    <div class="field"><label for="jQuote">Quote (£)</label><input id="jQuote" type="number" value="${d.quote}"></div></div>
    <div class="field"><label for="jNotes">Notes</label><textarea id="jNotes" rows="2">${esc(d.notes)}</textarea></div>
    <div id="jErr" class="warn" style="font-size:13px"></div>
  </div>
  <footer><button data-close>Cancel</button><button class="btn-primary" id="saveJob">${isNew?'Create job':'Save job'}</button></footer>`);
  $('#saveJob').onclick=()=>{
    const v={boatId:$('#jBoat').value,type:$('#jType').value,assignee:$('#jAssignee').value,due:$('#jDue').value,priority:document.querySelector('input[name=prio]:checked').value,quote:$('#jQuote').value===''?0:Number($('#jQuote').value),notes:$('#jNotes').value};
    if(!v.boatId||!v.type||!v.due||!v.assignee){ $('#jErr').textContent='Boat, work, assignee and due date are required.'; return; }
    if(isNew){
      const n=Math.max(...S().jobs.map(x=>+x.id.split('-')[1]))+1;
      S().jobs.push(Object.assign({id:'YJ-'+n},v,{status:'Scheduled',completed:''}));
      toast(`YJ-${n} created`);
    } else { Object.assign(j,v); toast(`${j.id} saved`); }
    closeModal(); render();
  };
}

/* ---------- events ---------- */
document.addEventListener('click',e=>{
  const t=e.target;
  const nav=t.closest('[data-view]'); if(nav){ e.preventDefault(); setView(nav.dataset.view); return; }
  if(t.closest('#menu')){ const b=t.closest('button[data-mact]'); if(b&&!b.disabled) menuAction(b.dataset.mact); return; }
  const km=t.closest('[data-jobmenu]'); if(km){ e.stopPropagation(); const open=!$('#menu').classList.contains('hidden')&&ui.menuJob===km.dataset.jobmenu; closeMenu(); if(!open) openMenu(km,km.dataset.jobmenu); return; }
  closeMenu();
  const br=t.closest('tr[data-boat]'); if(br){ openBoat(br.dataset.boat); return; }
  const jf=t.closest('[data-jobfilter]'); if(jf){ ui.jobFilter=jf.dataset.jobfilter; render(); return; }
  if(t.closest('[data-close]')||t.id==='modalBack'){ closeModal(); return; }
  if(t.id==='newJobBtn'){ jobForm(null); return; }
  if(t.id==='closeDrawer'||t.id==='cancelDrawer'||t.id==='drawerBack'){ closeDrawer(); return; }
  if(t.id==='saveBoat'){ saveBoat(); return; }
  if(t.id==='saveSettings'){ saveSettings(); return; }
  if(t.id==='resetSettings'){ render(); toast('Changes discarded'); return; }
});
document.addEventListener('input',e=>{
  if(e.target.id==='boatSearch'){ ui.boatQuery=e.target.value; const pos=e.target.selectionStart; render(); const q=$('#boatSearch'); q.focus(); q.setSelectionRange(pos,pos); }
  if(e.target.id==='jobSearch'){ ui.jobQuery=e.target.value; const pos=e.target.selectionStart; render(); const q=$('#jobSearch'); q.focus(); q.setSelectionRange(pos,pos); }
});
document.addEventListener('keydown',e=>{ if(e.key==='Escape'){ closeMenu(); closeModal(); closeDrawer(); } });
render();
})();
