(function(){
'use strict';
const TODAY='2025-01-15';
const E=(id,p1,p2,email,phone,weddingDate,guests,pkg,ceremony,status,source,extra)=>Object.assign({id,partner1:p1,partner2:p2,email,phone,weddingDate,guests,package:pkg,ceremonyOnSite:ceremony,status,viewingDate:'',viewingTime:'',lostReason:'',source,notes:''},extra||{});
window.state={
  enquiries:[
    E('EQ-205','Priya Shah','Tom Whitmore','priya.shah@outlook.com','07911 204 551','2025-09-06',110,'Garden',true,'Proposal sent','Website',{notes:'Vegetarian menu for most guests.'}),
    E('EQ-207','Hannah Lowe','Josh Pritchard','hannahlowe92@gmail.com','07911 204 772','2025-07-12',80,'Classic',false,'New enquiry','Hitched'),
    E('EQ-209','Amelia Grant','Oliver Stevens','amelia.grant@icloud.com','07911 205 013','2025-06-21',120,'Grand',true,'Viewing booked','Wedding fair',{viewingDate:'2025-01-18',viewingTime:'14:00'}),
    E('EQ-210','Sophie Turner','Liam Doyle','sophie.t@gmail.com','07911 205 134','2025-05-24',95,'Garden',true,'Contract signed','Referral'),
    E('EQ-211','Chloe Evans','Ryan Hughes','chloe.evans@yahoo.co.uk','07911 205 255','2026-04-18',60,'Classic',false,'New enquiry','Instagram'),
    E('EQ-212','Zara Ahmed','Daniel Kerr','zara.kerr@gmail.com','07911 205 376','2025-10-04',150,'Grand',true,'Proposal sent','Website'),
    E('EQ-213','Megan Price','Callum Reid','meganp@hotmail.co.uk','07911 205 497','2025-08-30',70,'Classic',false,'Lost','Hitched',{lostReason:'Budget'}),
    E('EQ-214','Isabelle Moreau','James Fairley','isabelle.moreau@gmail.com','07911 205 518','2025-09-20',100,'Garden',true,'Viewing booked','Instagram',{viewingDate:'2025-01-22',viewingTime:'11:00'}),
    E('EQ-215','Emma Walsh','Jack Bennett','emma.walsh@outlook.com','07911 205 639','2025-07-05',130,'Grand',true,'Contract signed','Wedding fair'),
    E('EQ-216','Lucy Harper','Sam Okoro','lucyharper@gmail.com','07911 205 750','2025-12-13',90,'Classic',true,'New enquiry','Website'),
    E('EQ-217','Rosie Hill','Ben Carter','rosie.hill@icloud.com','07911 205 871','2025-06-07',85,'Garden',false,'Proposal sent','Referral'),
    E('EQ-218','Georgia Fairweather','Nathan Fairweather','g.fairweather@gmail.com','07911 205 992','2025-08-09',120,'Grand',true,'Proposal sent','Hitched'),
    E('EQ-219','Olivia Chen','Marcus Webb','olivia.chen@gmail.com','07911 206 013','2025-11-05',45,'Classic',false,'New enquiry','Instagram',{notes:'Midweek, small ceremony only.'}),
    E('EQ-220','Harriet Lowe','George Mills','harriet.mills@outlook.com','07911 206 134','2025-10-18',75,'Garden',true,'Viewing booked','Website',{viewingDate:'2025-01-16',viewingTime:'15:00'})
  ],
  packages:[
    {name:'Classic',perHead:85,minGuests:40,includes:['Drinks reception','Three-course meal','Evening buffet','Oak Room for ceremony']},
    {name:'Garden',perHead:105,minGuests:60,includes:['Walled-garden ceremony','Prosecco & canapés','Sharing-platter dinner','Evening pizza oven']},
    {name:'Grand',perHead:140,minGuests:80,includes:['Exclusive use of the Hall','Champagne reception','Four-course dinner','Late bar licence to 1am','Bridal suite for two nights']}
  ]
};
const STATUSES=['New enquiry','Viewing booked','Proposal sent','Contract signed','Lost'];
const SCLASS={'New enquiry':'s-new','Viewing booked':'s-viewing','Proposal sent':'s-proposal','Contract signed':'s-signed','Lost':'s-lost'};
const LOST=['Budget','Date unavailable','Booked another venue','Postponed wedding','No response'];
const SOURCES=['Website','Hitched','Instagram','Wedding fair','Referral','Phone'];
const TIMES=['09:00','09:30','10:00','10:30','11:00','11:30','12:00','12:30','13:00','13:30','14:00','14:30','15:00','15:30','16:00','16:30','17:00'];
const ui={page:'pipeline',ctxFor:null,openId:null};
const S=()=>window.state,$=s=>document.querySelector(s);
const esc=v=>String(v==null?'':v).replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const enq=id=>S().enquiries.find(e=>e.id===id);
const MO=['January','February','March','April','May','June','July','August','September','October','November','December'];
const WD=['Sun','Mon','Tue','Wed','Thu','Fri','Sat'];
const fmt=d=>{if(!d)return '—';const x=new Date(d+'T12:00:00');return `${WD[x.getDay()]} ${x.getDate()} ${MO[x.getMonth()].slice(0,3)} ${x.getFullYear()}`;};
const first=n=>n.split(' ')[0], last=n=>n.split(' ').slice(1).join(' ');
const couple=e=>last(e.partner1)===last(e.partner2)?`${first(e.partner1)} & ${first(e.partner2)} ${last(e.partner1)}`:`${e.partner1} & ${e.partner2}`;
function toast(m){const t=document.createElement('div');t.className='toast';t.textContent=m;$('#toasts').appendChild(t);setTimeout(()=>t.remove(),2600);}
function openModal(html,small){const m=$('#modal');m.className='modal'+(small?' small':'');m.innerHTML=html;$('#modalWrap').classList.remove('hidden');}
function closeModal(){$('#modalWrap').classList.add('hidden');$('#modal').innerHTML='';ui.openId=null;}
function closeCtx(){$('#ctx').classList.add('hidden');ui.ctxFor=null;}
function closeSheet(){$('#sheet').classList.add('hidden');$('#sheetBack').classList.add('hidden');}

function render(){
  document.querySelectorAll('.rail-item').forEach(b=>b.classList.toggle('on',b.dataset.page===ui.page));
  const c=$('#content');
  if(ui.page==='pipeline'){
    const open=S().enquiries.filter(e=>e.status!=='Lost'&&e.status!=='Contract signed').length;
    $('#title').textContent='Enquiries';$('#subtitle').textContent=`${open} open enquiries · ${S().enquiries.length} this season`;
    c.innerHTML=`<div class="board">${STATUSES.map(st=>{const list=S().enquiries.filter(e=>e.status===st).sort((a,b)=>a.weddingDate.localeCompare(b.weddingDate));
      return `<div class="col" data-col="${st}"><h3>${st}<span>${list.length}</span></h3>${list.map(card).join('')}</div>`;}).join('')}</div>`;
  } else if(ui.page==='weddings'){
    const list=S().enquiries.filter(e=>e.status==='Contract signed').sort((a,b)=>a.weddingDate.localeCompare(b.weddingDate));
    $('#title').textContent='Confirmed weddings';$('#subtitle').textContent=`${list.length} weddings under contract`;
    c.innerHTML=`<table class="tbl"><thead><tr><th>Ref</th><th>Couple</th><th>Wedding date</th><th>Days to go</th><th>Guests</th><th>Package</th><th>Ceremony</th></tr></thead><tbody>${list.map(e=>`<tr><td>${e.id}</td><td>${esc(couple(e))}</td><td>${fmt(e.weddingDate)}</td><td>${Math.round((new Date(e.weddingDate)-new Date(TODAY))/864e5)}</td><td>${e.guests}</td><td><span class="tag ${e.package}">${e.package}</span></td><td>${e.ceremonyOnSite?'On site':'Elsewhere'}</td></tr>`).join('')}</tbody></table>`;
  } else {
    $('#title').textContent='Packages';$('#subtitle').textContent='Prices per head for 2025 season';
    c.innerHTML=`<div class="pkgs">${S().packages.map(p=>`<div class="pkgcard"><h3>${p.name}</h3><div class="price">£${p.perHead} <span class="muted">per head</span></div><div class="muted">Minimum ${p.minGuests} adult guests</div><ul>${p.includes.map(i=>`<li>${i}</li>`).join('')}</ul></div>`).join('')}</div>`;
  }
}
function card(e){
  return `<div class="card ${SCLASS[e.status]}" data-card="${e.id}"><button class="more" data-more="${e.id}" aria-label="More actions for ${e.id}">⋯</button><b>${esc(couple(e))}</b>
  <div class="meta">${e.id} · ${fmt(e.weddingDate)}</div><div class="meta">${e.guests} guests${e.status==='Viewing booked'&&e.viewingDate?` · viewing ${fmt(e.viewingDate).slice(0,-5)} ${e.viewingTime}`:''}${e.status==='Lost'&&e.lostReason?` · ${esc(e.lostReason)}`:''}</div>
  <div class="tags"><span class="tag ${e.package}">${e.package}</span>${e.ceremonyOnSite?'<span class="tag">Ceremony</span>':''}</div></div>`;
}
function openCtx(btn,id){
  const e=enq(id);ui.ctxFor=id;const m=$('#ctx');
  m.innerHTML=`<button data-c="open">Open enquiry</button><hr><div class="lbl">Move to</div>${STATUSES.filter(s=>s!=='Lost').map(s=>`<button data-c="move" data-to="${s}" ${s===e.status?'disabled':''}>${s}${s==='Viewing booked'?'…':''}</button>`).join('')}<hr><button data-c="lost" class="danger" ${e.status==='Lost'?'disabled':''}>Mark as lost…</button>`;
  const r=btn.getBoundingClientRect();m.style.top=(r.bottom+2)+'px';m.style.left=Math.min(window.innerWidth-215,r.left)+'px';m.classList.remove('hidden');
}
function ctxAct(b){
  const e=enq(ui.ctxFor);closeCtx();
  if(b.dataset.c==='open') return openEnquiry(e.id);
  if(b.dataset.c==='move'){
    const to=b.dataset.to;
    if(to==='Viewing booked'){
      openModal(`<div class="mh"><h2>Book a viewing</h2><button class="xbtn" data-close>×</button></div><div class="mb"><p style="margin-top:0">${esc(couple(e))} (${e.id})</p><div class="grid2"><div class="fl"><label for="vDate">Viewing date</label><input type="date" id="vDate" min="${TODAY}" value="${e.viewingDate}"></div><div class="fl"><label for="vTime">Time</label><select id="vTime"><option value="">Select…</option>${TIMES.map(t=>`<option ${t===e.viewingTime?'selected':''}>${t}</option>`).join('')}</select></div></div><div class="err" id="vErr"></div></div>
      <div class="mf"><button class="btn" data-close>Cancel</button><button class="btn accent" id="vGo">Book viewing</button></div>`,true);
      $('#vGo').onclick=()=>{const d=$('#vDate').value,t=$('#vTime').value;if(!d||!t){$('#vErr').textContent='Pick a date and time.';return;}e.viewingDate=d;e.viewingTime=t;e.status='Viewing booked';e.lostReason='';closeModal();toast(`Viewing booked for ${couple(e)}`);render();};
      return;
    }
    e.status=to;e.lostReason='';toast(`${e.id} moved to ${to}`);render();return;
  }
  if(b.dataset.c==='lost'){
    openModal(`<div class="mh"><h2>Mark as lost</h2><button class="xbtn" data-close>×</button></div><div class="mb"><p style="margin-top:0">${esc(couple(e))} (${e.id})</p><div class="fl"><label for="lReason">Reason</label><select id="lReason"><option value="">Choose…</option>${LOST.map(r=>`<option>${r}</option>`).join('')}</select></div><div class="err" id="lErr"></div></div>
    <div class="mf"><button class="btn" data-close>Cancel</button><button class="btn danger" id="lGo">Mark lost</button></div>`,true);
    $('#lGo').onclick=()=>{const r=$('#lReason').value;if(!r){$('#lErr').textContent='Choose a reason.';return;}e.status='Lost';e.lostReason=r;closeModal();toast(`${e.id} marked as lost`);render();};
  }
}
function pkgRadios(name,val){return `<div class="pk">${S().packages.map(p=>`<label><input type="radio" name="${name}" value="${p.name}" ${p.name===val?'checked':''}><span>${p.name}<small>£${p.perHead} pp</small></span></label>`).join('')}</div>`;}
function openEnquiry(id){
  const e=enq(id);ui.openId=id;
  openModal(`<div class="mh"><h2>${esc(couple(e))}</h2><button class="xbtn" data-close>×</button></div><div class="mb">
   <div class="muted" style="margin-bottom:10px">${e.id} · source: ${e.source}</div>
   <div class="grid2"><div class="fl"><label for="eP1">Partner 1</label><input id="eP1" value="${esc(e.partner1)}"></div><div class="fl"><label for="eP2">Partner 2</label><input id="eP2" value="${esc(e.partner2)}"></div></div>
   <div class="grid2"><div class="fl"><label for="eEmail">Email</label><input id="eEmail" value="${esc(e.email)}"></div><div class="fl"><label for="ePhone">Phone</label><input id="ePhone" value="${esc(e.phone)}"></div></div>
   <div class="grid3"><div class="fl"><label for="eDate">Wedding date</label><input type="date" id="eDate" value="${e.weddingDate}"></div><div class="fl"><label for="eGuests">Guests</label><input type="number" id="eGuests" min="1" value="${e.guests}"></div><div class="fl"><label for="eStatus">Stage</label><select id="eStatus">${STATUSES.map(s=>`<option ${s===e.status?'selected':''}>${s}</option>`).join('')}</select></div></div>
   <div class="fl"><label>Package</label>${pkgRadios('ePkg',e.package)}</div>
   <div class="fl"><label class="chk" style="text-transform:none;font-weight:400;font-size:14px;color:#3a3330"><input type="checkbox" id="eCer" ${e.ceremonyOnSite?'checked':''}> Ceremony on site</label></div>
   <div class="grid3"><div class="fl"><label for="eVDate">Viewing date</label><input type="date" id="eVDate" value="${e.viewingDate}"></div><div class="fl"><label for="eVTime">Viewing time</label><select id="eVTime"><option value="">—</option>${TIMES.map(t=>`<option ${t===e.viewingTime?'selected':''}>${t}</option>`).join('')}</select></div><div class="fl"><label for="eLost">Lost reason</label><select id="eLost"><option value="">—</option>${LOST.map(r=>`<option ${r===e.lostReason?'selected':''}>${r}</option>`).join('')}</select></div></div>
   <div class="fl"><label for="eNotes">Notes</label><textarea id="eNotes" rows="3">${esc(e.notes)}</textarea></div><div class="err" id="eErr"></div>
  </div><div class="mf"><button class="btn" data-close>Close</button><button class="btn accent" id="eSave">Save changes</button></div>`);
  $('#eSave').onclick=()=>{
    const g=parseInt($('#eGuests').value,10),st=$('#eStatus').value,lr=$('#eLost').value;
    if(!(g>0)){$('#eErr').textContent='Guest numbers must be a positive number.';return;}
    if(st==='Lost'&&!lr){$('#eErr').textContent='Choose a lost reason.';return;}
    Object.assign(e,{partner1:$('#eP1').value.trim(),partner2:$('#eP2').value.trim(),email:$('#eEmail').value.trim(),phone:$('#ePhone').value.trim(),weddingDate:$('#eDate').value,guests:g,status:st,package:document.querySelector('input[name=ePkg]:checked').value,ceremonyOnSite:$('#eCer').checked,viewingDate:$('#eVDate').value,viewingTime:$('#eVTime').value,lostReason:st==='Lost'?lr:'',notes:$('#eNotes').value});
    closeModal();toast('Enquiry saved');render();
  };
}
function openNew(){
  $('#sheet').innerHTML=`<div class="mh"><h2>New enquiry</h2><button class="xbtn" id="sheetX">×</button></div><div class="mb" style="flex:1">
   <div class="grid2"><div class="fl"><label for="nP1">Partner 1</label><input id="nP1"></div><div class="fl"><label for="nP2">Partner 2</label><input id="nP2"></div></div>
   <div class="fl"><label for="nEmail">Email</label><input id="nEmail" type="email"></div>
   <div class="fl"><label for="nPhone">Phone</label><input id="nPhone"></div>
   <div class="grid2"><div class="fl"><label for="nDate">Preferred date</label><input id="nDate" type="date"></div><div class="fl"><label for="nGuests">Approx. guests</label><input id="nGuests" type="number" min="1"></div></div>
   <div class="fl"><label>Package</label>${pkgRadios('nPkg','')}</div>
   <div class="fl"><label class="chk" style="text-transform:none;font-weight:400;font-size:14px;color:#3a3330"><input type="checkbox" id="nCer"> Ceremony on site</label></div>
   <div class="fl"><label for="nSource">How did they hear about us?</label><select id="nSource"><option value="">Select…</option>${SOURCES.map(s=>`<option>${s}</option>`).join('')}</select></div>
   <div class="fl"><label for="nNotes">Notes</label><textarea id="nNotes" rows="3"></textarea></div><div class="err" id="nErr"></div>
  </div><div class="mf"><button class="btn" id="sheetCancel">Cancel</button><button class="btn accent" id="nCreate">Add enquiry</button></div>`;
  $('#sheet').classList.remove('hidden');$('#sheetBack').classList.remove('hidden');
  $('#nCreate').onclick=()=>{
    const p=document.querySelector('input[name=nPkg]:checked'),g=parseInt($('#nGuests').value,10);
    if(!$('#nP1').value.trim()||!$('#nP2').value.trim()||!$('#nDate').value||!p||!(g>0)||!$('#nSource').value){$('#nErr').textContent='Names, date, guests, package and source are required.';return;}
    const n=Math.max(...S().enquiries.map(e=>+e.id.slice(3)))+1;
    S().enquiries.push(E('EQ-'+n,$('#nP1').value.trim(),$('#nP2').value.trim(),$('#nEmail').value.trim(),$('#nPhone').value.trim(),$('#nDate').value,g,p.value,$('#nCer').checked,'New enquiry',$('#nSource').value,{notes:$('#nNotes').value}));
    closeSheet();ui.page='pipeline';toast(`Enquiry EQ-${n} added`);render();
  };
}
document.addEventListener('click',ev=>{
  const t=ev.target;
  if(t.closest('#ctx')){const b=t.closest('button[data-c]');if(b&&!b.disabled)ctxAct(b);return;}
  const mo=t.closest('[data-more]');if(mo){ev.stopPropagation();const same=ui.ctxFor===mo.dataset.more;closeCtx();if(!same)openCtx(mo,mo.dataset.more);return;}
  closeCtx();
  const rp=t.closest('[data-page]');if(rp){ui.page=rp.dataset.page;render();return;}
  if(t.closest('[data-close]')||t.id==='modalWrap'){closeModal();return;}
  const cd=t.closest('[data-card]');if(cd){openEnquiry(cd.dataset.card);return;}
  if(t.id==='newEnquiry'){openNew();return;}
  if(t.id==='sheetX'||t.id==='sheetCancel'||t.id==='sheetBack'){closeSheet();return;}
});
document.addEventListener('keydown',e=>{if(e.key==='Escape'){closeCtx();closeModal();closeSheet();}});
render();
})();
