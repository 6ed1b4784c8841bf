(function(){
'use strict';
const TODAY='2025-03-06';
const C=(id,sender,recipient,address,postcode,service,weight,status,driverId,attempts,lastReason,history)=>({id,sender,recipient,address,postcode,service,weight,status,driverId,attempts,lastReason,history});
window.state={
  drivers:[
    {id:'DR-01',name:'Marek Nowak',van:'YK71 LHV',round:'North · LS17 / LS16',onShift:true,phone:'07800 311 201'},
    {id:'DR-02',name:'Sofia Lind',van:'YK71 LHW',round:'East · LS8 / LS14',onShift:true,phone:'07800 311 202'},
    {id:'DR-03',name:'Dev Patel',van:'YK20 CNO',round:'Central · LS1 / LS2',onShift:true,phone:'07800 311 203'},
    {id:'DR-04',name:'Kerry-Ann Moss',van:'YK20 CNP',round:'West · LS12 / LS13',onShift:true,phone:'07800 311 204'},
    {id:'DR-05',name:'Jamal Idris',van:'YJ69 TFE',round:'South · LS10 / LS11',onShift:true,phone:'07800 311 205'},
    {id:'DR-06',name:'Devon Price',van:'YJ69 TFF',round:'Villages · LS21 / LS22',onShift:false,phone:'07800 311 206'},
    {id:'DR-07',name:'Aled Morgan',van:'YK22 BZR',round:'Business parks · LS15',onShift:true,phone:'07800 311 207'}
  ],
  consignments:[
    C('CN-48205','Medisupply Ltd','Halden Pharmacy','14 Harrogate Rd, Chapel Allerton','LS7 3NB','Next day',3.2,'Delivered','DR-01',1,'',[{t:'06 Mar 07:12',x:'Loaded to van YK71 LHV'},{t:'06 Mar 09:41',x:'Delivered — signed by R. Halden'}]),
    C('CN-48209','Boxwell Prints','Oakwood Dental Practice','3 Roundhay Rd','LS8 2SH','Standard',1.1,'Out for delivery','DR-02',0,'',[{t:'06 Mar 07:20',x:'Loaded to van YK71 LHW'}]),
    C('CN-48211','Yorkshire Tea Co.','Jenny Akhtar','22 Kirkstall Lane','LS5 3BE','Standard',0.8,'At depot','',0,'',[{t:'05 Mar 21:05',x:'Arrived at Leeds North hub'}]),
    C('CN-48213','Halfords Online','Peter Sykes','9 Gledhow Park Grove','LS7 4JW','Next day',6.4,'Out for delivery','DR-01',0,'',[{t:'06 Mar 07:12',x:'Loaded to van YK71 LHV'}]),
    C('CN-48215','Riverside Florists','Amira Haddad','41 Seacroft Ave','LS14 6JD','Same day',2.0,'Out for delivery','DR-02',0,'',[{t:'06 Mar 10:02',x:'Collected from sender'},{t:'06 Mar 10:40',x:'Loaded to van YK71 LHW'}]),
    C('CN-48217','Leeds Camera Exchange','Studio Nine Architects','Park Row House, 19 Park Row','LS1 5JF','Next day',4.5,'At depot','',0,'',[{t:'05 Mar 22:18',x:'Arrived at Leeds North hub'}]),
    C('CN-48219','Argos Fulfilment','Callum Broadbent','7 Tinshill Rd','LS16 7DR','Standard',12.0,'Failed attempt','DR-01',1,'Access problem',[{t:'05 Mar 07:15',x:'Loaded to van YK71 LHV'},{t:'05 Mar 15:22',x:'Failed attempt — gate locked'}]),
    C('CN-48221','Printwell','Headingley Cricket Shop','St Michael’s Lane','LS6 3BR','Next day',7.3,'Out for delivery','DR-03',0,'',[{t:'06 Mar 07:30',x:'Loaded to van YK20 CNO'}]),
    C('CN-48222','Amazon Marketplace','Lena Hoffmann','55 Harehills Lane','LS8 4HD','Standard',1.6,'Delivered','DR-02',1,'',[{t:'06 Mar 07:20',x:'Loaded to van YK71 LHW'},{t:'06 Mar 11:05',x:'Delivered — left with neighbour (no. 57)'}]),
    C('CN-48224','Medisupply Ltd','Halden Pharmacy','14 Harrogate Rd, Chapel Allerton','LS7 3NB','Next day',2.7,'At depot','',0,'',[{t:'06 Mar 06:10',x:'Arrived at Leeds North hub'}]),
    C('CN-48226','Screwfix Direct','Whinmoor Joinery','Unit 4, Coal Rd','LS14 2AL','Standard',18.5,'Out for delivery','DR-02',0,'',[{t:'06 Mar 07:20',x:'Loaded to van YK71 LHW'}]),
    C('CN-48228','Boots Online','Grace Okonkwo','12 Cross Flatts Ave','LS11 7BG','Standard',0.6,'Out for delivery','DR-05',0,'',[{t:'06 Mar 07:41',x:'Loaded to van YJ69 TFE'}]),
    C('CN-48230','John Lewis','Martin Chadwick','88 Stainbeck Rd','LS7 2PP','Next day',9.0,'Out for delivery','DR-01',0,'',[{t:'06 Mar 07:12',x:'Loaded to van YK71 LHV'}]),
    C('CN-48232','Thorntons Law','Temple Park Business Centre','Unit 12, Colton','LS15 9JL','Same day',0.4,'Out for delivery','DR-07',0,'',[{t:'06 Mar 09:15',x:'Collected from sender'},{t:'06 Mar 09:50',x:'Loaded to van YK22 BZR'}]),
    C('CN-48234','Wiggle Cycles','Rachel Dunn','16 Bramley Lane','LS13 2AT','Standard',5.2,'Failed attempt','DR-04',1,'No one home',[{t:'05 Mar 07:35',x:'Loaded to van YK20 CNP'},{t:'05 Mar 13:10',x:'Failed attempt — no one home, card left'}]),
    C('CN-48236','Next Retail','Ola Bankole','3 Swarcliffe Drive','LS14 5JR','Next day',2.2,'Out for delivery','DR-02',0,'',[{t:'06 Mar 07:20',x:'Loaded to van YK71 LHW'}])
  ],
  settings:{smsOnDispatch:true,emailOnDispatch:true,photoProof:true,safePlaceAllowed:false,sameDayCutoff:'12:00',maxAttempts:3}
};
const REASONS=['No one home','Access problem','Address not found','Refused by recipient','Business closed','Damaged in transit'];
const OPEN=['At depot','Out for delivery','Failed attempt'];
const ui={nav:'all',q:'',sel:null,dtab:'details'};
const S=()=>window.state,$=s=>document.querySelector(s);
const esc=v=>String(v==null?'':v).replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const drv=id=>S().drivers.find(d=>d.id===id), con=id=>S().consignments.find(c=>c.id===id);
const stc=s=>({'At depot':'depot','Out for delivery':'out','Delivered':'deliv','Failed attempt':'fail','Returned to sender':'rts'}[s]);
const now=()=>{const d=new Date();return `06 Mar ${String(d.getHours()).padStart(2,'0')}:${String(d.getMinutes()).padStart(2,'0')}`;};
let tt;function toast(m){const t=$('#toast');t.textContent=m;t.classList.remove('hidden');clearTimeout(tt);tt=setTimeout(()=>t.classList.add('hidden'),2600);}
function dlg(h){$('#box').innerHTML=h;$('#dim').classList.remove('hidden');}
function closeDlg(){$('#dim').classList.add('hidden');$('#box').innerHTML='';}

function counts(){const c=S().consignments;return {all:c.filter(x=>OPEN.includes(x.status)).length,'At depot':c.filter(x=>x.status==='At depot').length,'Out for delivery':c.filter(x=>x.status==='Out for delivery').length,'Failed attempt':c.filter(x=>x.status==='Failed attempt').length,'Delivered':c.filter(x=>x.status==='Delivered').length};}
function render(){
  const n=counts();
  document.querySelectorAll('#left button').forEach(b=>{b.classList.toggle('on',b.dataset.nav===ui.nav);const k=b.dataset.nav;if(!b.dataset.label)b.dataset.label=b.textContent;b.innerHTML=`<span>${b.dataset.label}</span>${n[k]!=null?`<span class="n">${n[k]}</span>`:''}`;});
  const m=$('#main');
  if(ui.nav==='drivers'){m.innerHTML=viewDrivers();return;}
  if(ui.nav==='settings'){m.innerHTML=viewSettings();return;}
  const q=ui.q.trim().toLowerCase();
  const rows=S().consignments.filter(c=>{
    if(ui.nav==='all'&&!OPEN.includes(c.status))return false;
    if(ui.nav!=='all'&&c.status!==ui.nav)return false;
    if(q&&![c.id,c.sender,c.recipient,c.address,c.postcode,c.driverId?drv(c.driverId).name:''].join(' ').toLowerCase().includes(q))return false;
    return true;});
  m.innerHTML=`<div class="listpane"><div class="tools"><input id="q" type="search" placeholder="Search consignment no., name, postcode…" style="width:320px"><span class="sp"></span><span style="color:#677084;font-size:13px">${rows.length} consignment${rows.length===1?'':'s'}</span></div>
  <div class="tablewrap"><table><thead><tr><th>Consignment</th><th>Recipient</th><th>Postcode</th><th>Service</th><th>Kg</th><th>Driver</th><th>Status</th></tr></thead><tbody>
  ${rows.map(c=>`<tr data-row="${c.id}" class="${c.id===ui.sel?'sel':''}"><td class="mono">${c.id}</td><td class="wrap">${esc(c.recipient)}</td><td>${c.postcode}</td><td class="svc ${c.service==='Same day'?'same':c.service==='Next day'?'next':''}">${c.service}</td><td>${c.weight.toFixed(1)}</td><td>${c.driverId?esc(drv(c.driverId).name):'<span style="color:#a0a7b4">Unassigned</span>'}</td><td><span class="st ${stc(c.status)}">${c.status}</span></td></tr>`).join('')||'<tr><td colspan="7" class="empty">No consignments.</td></tr>'}
  </tbody></table></div></div>${detail()}`;
  $('#q').value=ui.q;
}
function detail(){
  const c=ui.sel&&con(ui.sel);
  if(!c)return `<aside class="detail"><div class="empty">Select a consignment to see details.</div></aside>`;
  const open=OPEN.includes(c.status);
  let body;
  if(ui.dtab==='details') body=`<dl class="kv"><dt>Sender</dt><dd>${esc(c.sender)}</dd><dt>Recipient</dt><dd>${esc(c.recipient)}</dd><dt>Address</dt><dd>${esc(c.address)}<br>Leeds ${c.postcode}</dd><dt>Weight</dt><dd>${c.weight.toFixed(1)} kg</dd><dt>Attempts</dt><dd>${c.attempts}${c.lastReason?` (last: ${esc(c.lastReason)})`:''}</dd><dt>Status</dt><dd><span class="st ${stc(c.status)}">${c.status}</span></dd></dl>
   <div class="sect"><h4>Driver</h4><div class="inline"><select id="dDriver" ${open?'':'disabled'}><option value="">Unassigned</option>${S().drivers.map(d=>`<option value="${d.id}" ${d.id===c.driverId?'selected':''}>${esc(d.name)} — ${esc(d.round.split(' · ')[0])}${d.onShift?'':' (off shift)'}</option>`).join('')}</select><button class="b" id="assignBtn" ${open?'':'disabled'}>Assign</button></div></div>
   <div class="sect"><h4>Service level</h4><div class="radios">${['Standard','Next day','Same day'].map(s=>`<label><input type="radio" name="svc" value="${s}" ${s===c.service?'checked':''} ${open?'':'disabled'}> ${s}</label>`).join('')}</div><button class="b" id="svcBtn" ${open?'':'disabled'}>Update service</button></div>
   <div class="sect"><h4>Delivery</h4><button class="b pri" id="attemptBtn" ${c.status==='Out for delivery'||c.status==='Failed attempt'?'':'disabled'}>Record delivery attempt…</button> <button class="b" id="rtsBtn" ${open?'':'disabled'}>Return to sender…</button></div>`;
  else body=`<ul class="timeline">${c.history.slice().reverse().map(h=>`<li>${esc(h.x)}<small>${h.t}</small></li>`).join('')}</ul>`;
  return `<aside class="detail"><div class="dh"><h2 class="mono">${c.id}</h2><small>${esc(c.sender)} → ${esc(c.recipient)}</small></div>
  <div class="dtabs"><button data-dt="details" class="${ui.dtab==='details'?'on':''}">Details</button><button data-dt="tracking" class="${ui.dtab==='tracking'?'on':''}">Tracking (${c.history.length})</button></div><div class="dbody">${body}</div></aside>`;
}
function viewDrivers(){
  return `<div class="drivers">${S().drivers.map(d=>{const open=S().consignments.filter(c=>c.driverId===d.id&&OPEN.includes(c.status)).length;
    return `<div class="dcard" data-driver="${d.id}"><h3>${esc(d.name)} <span class="badge ${d.onShift?'on':'off'}">${d.onShift?'On shift':'Off shift'}</span></h3><div class="sub">${esc(d.round)}<br>Van ${d.van} · ${d.phone}</div><div style="font-size:13px;margin-bottom:10px">${open} open consignment${open===1?'':'s'}</div>
    ${d.onShift?`<button class="b" data-offshift="${d.id}">Take off shift…</button>`:`<button class="b" data-onshift="${d.id}">Start shift</button>`}</div>`;}).join('')}</div>`;
}
function viewSettings(){
  const s=S().settings;const c=(k,l)=>`<label class="c"><input type="checkbox" id="s_${k}" ${s[k]?'checked':''}> ${l}</label>`;
  return `<div class="settings"><fieldset><legend>Customer notifications</legend>${c('smsOnDispatch','Send SMS to recipient when loaded to van')}${c('emailOnDispatch','Send email to recipient when loaded to van')}</fieldset>
  <fieldset><legend>Proof of delivery</legend>${c('photoProof','Require a photo for every delivery')}${c('safePlaceAllowed','Allow drivers to leave parcels in a safe place')}</fieldset>
  <fieldset><legend>Rules</legend><label class="c">Same-day cut-off <select id="s_cutoff">${['10:00','11:00','11:30','12:00','13:00','14:00'].map(t=>`<option ${t===s.sameDayCutoff?'selected':''}>${t}</option>`).join('')}</select></label>
  <label class="c">Attempts before return to sender <input id="s_attempts" type="number" min="1" max="5" value="${s.maxAttempts}" style="width:70px"></label></fieldset>
  <button class="b pri" id="saveSettings">Save settings</button></div>`;
}
function offShift(id){
  const d=drv(id),mine=S().consignments.filter(c=>c.driverId===id&&OPEN.includes(c.status));
  dlg(`<div class="h">Take ${esc(d.name)} off shift<button class="x" data-x>×</button></div><div class="c"><p style="margin-top:0">${esc(d.name)} has <b>${mine.length}</b> open consignment${mine.length===1?'':'s'}${mine.length?': '+mine.map(c=>c.id).join(', '):''}.</p>
  <label class="l" for="reTo">Reassign open consignments to</label><select id="reTo"><option value="">Leave unassigned (back to depot)</option>${S().drivers.filter(x=>x.id!==id&&x.onShift).map(x=>`<option value="${x.id}">${esc(x.name)} — ${esc(x.round)}</option>`).join('')}</select></div>
  <div class="f"><button class="b" data-x>Cancel</button><button class="b pri" id="offGo">Confirm</button></div>`);
  $('#offGo').onclick=()=>{const to=$('#reTo').value;d.onShift=false;mine.forEach(c=>{c.driverId=to;if(!to){c.status='At depot';}c.history.push({t:now(),x:to?`Reassigned to ${drv(to).name}`:'Returned to depot shelf'});});closeDlg();toast(`${d.name} is now off shift`);render();};
}
function attempt(c){
  dlg(`<div class="h">Delivery attempt — <span class="mono">${c.id}</span><button class="x" data-x>×</button></div><div class="c">
  <div class="radios"><label><input type="radio" name="out" value="Delivered"> Delivered</label><label><input type="radio" name="out" value="Failed"> Failed</label></div>
  <label class="l" for="aReason">Reason (if failed)</label><select id="aReason"><option value="">—</option>${REASONS.map(r=>`<option>${r}</option>`).join('')}</select>
  <label class="l" for="aNote">Driver note</label><textarea id="aNote" rows="2"></textarea><div class="err" id="aErr"></div></div>
  <div class="f"><button class="b" data-x>Cancel</button><button class="b pri" id="aGo">Save attempt</button></div>`);
  $('#aGo').onclick=()=>{const o=document.querySelector('input[name=out]:checked'),r=$('#aReason').value,note=$('#aNote').value.trim();
    if(!o){$('#aErr').textContent='Choose an outcome.';return;}
    if(o.value==='Failed'&&!r){$('#aErr').textContent='Choose a reason for the failed attempt.';return;}
    c.attempts+=1;
    if(o.value==='Delivered'){c.status='Delivered';c.lastReason='';c.history.push({t:now(),x:'Delivered'+(note?' — '+note:'')});}
    else{c.status='Failed attempt';c.lastReason=r;c.history.push({t:now(),x:'Failed attempt — '+r.toLowerCase()+(note?'; '+note:'')});}
    closeDlg();toast(`Attempt recorded for ${c.id}`);render();};
}
function rts(c){
  dlg(`<div class="h">Return to sender<button class="x" data-x>×</button></div><div class="c">Return <b class="mono">${c.id}</b> to ${esc(c.sender)}? This cannot be undone.</div><div class="f"><button class="b" data-x>Cancel</button><button class="b red" id="rGo">Return to sender</button></div>`);
  $('#rGo').onclick=()=>{c.status='Returned to sender';c.history.push({t:now(),x:'Returned to sender'});closeDlg();toast(`${c.id} returned to sender`);render();};
}
document.addEventListener('click',e=>{
  const t=e.target;
  const nv=t.closest('[data-nav]');if(nv){ui.nav=nv.dataset.nav;ui.sel=null;render();return;}
  if(t.closest('[data-x]')||t.id==='dim'){closeDlg();return;}
  const r=t.closest('tr[data-row]');if(r){ui.sel=r.dataset.row;ui.dtab='details';render();return;}
  const dt=t.closest('[data-dt]');if(dt){ui.dtab=dt.dataset.dt;render();return;}
  const c=ui.sel&&con(ui.sel);
  if(t.id==='assignBtn'&&c){const v=$('#dDriver').value;if(v===c.driverId){toast('No change');return;}c.driverId=v;c.history.push({t:now(),x:v?`Assigned to ${drv(v).name}`:'Unassigned'});toast(v?`${c.id} assigned to ${drv(v).name}`:`${c.id} unassigned`);render();return;}
  if(t.id==='svcBtn'&&c){const v=document.querySelector('input[name=svc]:checked').value;if(v===c.service){toast('No change');return;}c.history.push({t:now(),x:`Service changed from ${c.service} to ${v}`});c.service=v;toast(`${c.id} is now ${v}`);render();return;}
  if(t.id==='attemptBtn'&&c){attempt(c);return;}
  if(t.id==='rtsBtn'&&c){rts(c);return;}
  const of=t.closest('[data-offshift]');if(of){offShift(of.dataset.offshift);return;}
  const on=t.closest('[data-onshift]');if(on){drv(on.dataset.onshift).onShift=true;toast('Shift started');render();return;}
  if(t.id==='saveSettings'){const s=S().settings;['smsOnDispatch','emailOnDispatch','photoProof','safePlaceAllowed'].forEach(k=>s[k]=$('#s_'+k).checked);s.sameDayCutoff=$('#s_cutoff').value;s.maxAttempts=parseInt($('#s_attempts').value,10)||s.maxAttempts;toast('Settings saved');render();return;}
});
document.addEventListener('input',e=>{if(e.target.id==='q'){ui.q=e.target.value;const p=e.target.selectionStart;render();const q=$('#q');q.focus();q.setSelectionRange(p,p);}});
document.addEventListener('keydown',e=>{if(e.key==='Escape')closeDlg();});
render();
})();
