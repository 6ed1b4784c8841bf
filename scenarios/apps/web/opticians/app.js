(function(){
'use strict';
const TODAY='2025-03-10';
const P=(id,title,name,dob,phone,email,contactPref,marketing,recallMonths,lastTest,rx)=>({id,title,name,dob,phone,email,contactPref,marketing,recallMonths,lastTest,rx});
window.state={
  patients:[
    P('PT-3001','Mrs','Maureen Doyle','1956-04-12','07700 300 101','maureen.doyle@btinternet.com','Phone',false,12,'2024-03-04',[{date:'2024-03-04',re:'+2.25 / -0.50 x 90',le:'+2.00 / -0.75 x 85',add:'+2.50'}]),
    P('PT-3002','Mr','Kevin Doyle','1988-11-30','07700 300 102','kev.doyle@gmail.com','SMS',true,24,'2023-05-20',[{date:'2023-05-20',re:'-1.75',le:'-2.00 / -0.25 x 180',add:''}]),
    P('PT-3003','Mr','George Whitfield','1949-07-08','07700 300 103','g.whitfield@outlook.com','Post',true,12,'2024-02-26',[{date:'2024-02-26',re:'+1.50 / -1.00 x 100',le:'+1.75 / -0.75 x 75',add:'+2.75'}]),
    P('PT-3004','Ms','Amira Haddad','1992-02-17','07700 300 104','amira.h@gmail.com','Email',true,24,'2023-09-11',[{date:'2023-09-11',re:'-3.25',le:'-3.00',add:''}]),
    P('PT-3005','Mrs','Joan Whitfield','1951-10-02','07700 300 103','joan.whitfield@outlook.com','Post',true,12,'2024-02-26',[{date:'2024-02-26',re:'+2.75',le:'+2.50 / -0.50 x 170',add:'+2.75'}]),
    P('PT-3006','Mr','Tomasz Wójcik','1979-06-23','07700 300 106','t.wojcik@onet.eu','SMS',false,24,'2023-03-15',[{date:'2023-03-15',re:'-0.75 / -0.50 x 10',le:'-1.00',add:''}]),
    P('PT-3007','Miss','Ellie Brennan','2012-01-19','07700 300 107','claire.brennan@gmail.com','SMS',false,12,'2024-03-18',[{date:'2024-03-18',re:'-1.25',le:'-1.50',add:''}]),
    P('PT-3008','Dr','Raj Chaudhry','1965-09-05','07700 300 108','raj.chaudhry@nhs.net','Email',false,24,'2023-04-03',[{date:'2023-04-03',re:'+0.50',le:'+0.75',add:'+2.00'}]),
    P('PT-3009','Mrs','Linda McAllister','1960-12-14','07700 300 109','lindamc@yahoo.co.uk','SMS',true,12,'2024-01-29',[{date:'2024-01-29',re:'-4.50 / -1.25 x 5',le:'-4.25 / -1.00 x 175',add:'+2.25'}]),
    P('PT-3010','Mr','Oliver Grant','1997-03-28','07700 300 110','ollie.grant@icloud.com','Email',true,24,'2024-06-07',[{date:'2024-06-07',re:'-0.50',le:'-0.50',add:''}]),
    P('PT-3011','Mrs','Sunita Patel','1971-08-09','07700 300 111','sunita.patel@gmail.com','SMS',false,24,'2023-08-22',[{date:'2023-08-22',re:'+1.00',le:'+1.25',add:'+1.75'}]),
    P('PT-3012','Mr','Harold Fenwick','1940-05-31','01632 960 412','','Post',false,12,'2024-03-11',[{date:'2024-03-11',re:'+3.50 / -1.00 x 95',le:'+3.25 / -1.25 x 80',add:'+3.00'}])
  ],
  appointments:[
    {id:'AP-9101',patientId:'PT-3012',date:'2025-03-10',time:'09:00',type:'Sight test',optom:'Priya Anand',status:'Completed'},
    {id:'AP-9102',patientId:'PT-3007',date:'2025-03-10',time:'09:40',type:'Sight test',optom:'Gareth Lloyd',status:'Checked in'},
    {id:'AP-9103',patientId:'PT-3001',date:'2025-03-10',time:'10:20',type:'Sight test',optom:'Priya Anand',status:'Booked'},
    {id:'AP-9104',patientId:'PT-3004',date:'2025-03-10',time:'11:00',type:'Contact lens check',optom:'Gareth Lloyd',status:'Booked'},
    {id:'AP-9105',patientId:'PT-3009',date:'2025-03-10',time:'11:40',type:'Collection',optom:'Dispensing',status:'Booked'},
    {id:'AP-9106',patientId:'PT-3006',date:'2025-03-10',time:'14:00',type:'Sight test',optom:'Priya Anand',status:'Booked'},
    {id:'AP-9107',patientId:'PT-3011',date:'2025-03-10',time:'15:20',type:'Sight test',optom:'Gareth Lloyd',status:'Booked'},
    {id:'AP-9108',patientId:'PT-3010',date:'2025-03-11',time:'09:00',type:'Contact lens check',optom:'Gareth Lloyd',status:'Booked'},
    {id:'AP-9109',patientId:'PT-3002',date:'2025-03-12',time:'17:00',type:'Sight test',optom:'Priya Anand',status:'Booked'},
    {id:'AP-9110',patientId:'PT-3008',date:'2025-03-13',time:'10:00',type:'Sight test',optom:'Priya Anand',status:'Booked'},
    {id:'AP-9111',patientId:'PT-3003',date:'2025-03-13',time:'11:20',type:'Collection',optom:'Dispensing',status:'Booked'},
    {id:'AP-9112',patientId:'PT-3005',date:'2025-03-14',time:'09:40',type:'Repair',optom:'Dispensing',status:'Booked'},
    {id:'AP-9113',patientId:'PT-3007',date:'2025-03-07',time:'16:00',type:'Sight test',optom:'Gareth Lloyd',status:'DNA'}
  ],
  orders:[
    {id:'SP-7708',patientId:'PT-3008',item:'Varifocals · Lindberg Strip 9704',lab:'Rodenstock',ordered:'2025-02-10',status:'Collected',collectedOn:'2025-02-24',price:495},
    {id:'SP-7711',patientId:'PT-3012',item:'Bifocals · Clearview Classic 12',lab:'Norville',ordered:'2025-02-14',status:'Collected',collectedOn:'2025-03-03',price:189},
    {id:'SP-7713',patientId:'PT-3004',item:'Single vision · Ray-Ban RB5154',lab:'Essilor',ordered:'2025-02-20',status:'Ready to collect',collectedOn:'',price:228},
    {id:'SP-7714',patientId:'PT-3009',item:'Varifocals · Oakley Pitchman',lab:'Essilor',ordered:'2025-02-21',status:'Ready to collect',collectedOn:'',price:412},
    {id:'SP-7716',patientId:'PT-3002',item:'Sunglasses Rx · Persol PO3019S',lab:'Zeiss',ordered:'2025-02-25',status:'At lab',collectedOn:'',price:310},
    {id:'SP-7717',patientId:'PT-3005',item:'Varifocals · Clearview Heritage 4',lab:'Norville',ordered:'2025-02-26',status:'At lab',collectedOn:'',price:265},
    {id:'SP-7719',patientId:'PT-3003',item:'Varifocals · Silhouette Momentum',lab:'Rodenstock',ordered:'2025-02-27',status:'Ready to collect',collectedOn:'',price:540},
    {id:'SP-7720',patientId:'PT-3011',item:'Reading · Clearview Basics 2',lab:'Norville',ordered:'2025-03-03',status:'Ordered',collectedOn:'',price:95},
    {id:'SP-7722',patientId:'PT-3006',item:'Single vision · Tom Ford FT5401',lab:'Zeiss',ordered:'2025-03-04',status:'At lab',collectedOn:'',price:385},
    {id:'SP-7723',patientId:'PT-3010',item:'Single vision · Ray-Ban RB7047',lab:'Essilor',ordered:'2025-03-05',status:'Ordered',collectedOn:'',price:198},
    {id:'SP-7725',patientId:'PT-3001',item:'Varifocals · Clearview Heritage 2',lab:'Norville',ordered:'2025-03-06',status:'At lab',collectedOn:'',price:249}
  ],
  settings:{defaultTestLength:40,smsDayBefore:false,emailWeekBefore:true,recallLetters:true,defaultRecall:24,saturdayClinic:true,lateArrivalMins:10}
};
const OPTOMS=['Priya Anand','Gareth Lloyd','Dispensing'];
const TYPES=['Sight test','Contact lens check','Collection','Repair'];
const SLOTS=[];for(let h=9;h<=17;h++)for(const m of ['00','10','20','30','40','50']){if(h===17&&m!=='00')break;SLOTS.push(String(h).padStart(2,'0')+':'+m);}
const ui={sec:'diary',day:TODAY,pq:'',patient:null,ptab:'details',ofilter:'open',fly:null};
const S=()=>window.state,$=s=>document.querySelector(s);
const esc=v=>String(v==null?'':v).replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const pat=id=>S().patients.find(p=>p.id===id);
const WD=['Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday'],MO=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const fmt=d=>{if(!d)return '—';const x=new Date(d+'T12:00:00');return `${x.getDate()} ${MO[x.getMonth()]} ${x.getFullYear()}`;};
const fmtLong=d=>{const x=new Date(d+'T12:00:00');return `${WD[x.getDay()]} ${x.getDate()} ${MO[x.getMonth()]} ${x.getFullYear()}`;};
const addDays=(d,n)=>{const x=new Date(d+'T12:00:00');x.setDate(x.getDate()+n);return x.toISOString().slice(0,10);};
const pname=p=>`${p.title} ${p.name}`;
let st;function snack(m){const t=$('#snack');t.textContent=m;t.classList.remove('hidden');clearTimeout(st);st=setTimeout(()=>t.classList.add('hidden'),2600);}
function win(h){$('#win').innerHTML=h;$('#shade').classList.remove('hidden');}
function closeWin(){$('#shade').classList.add('hidden');$('#win').innerHTML='';}
function closeFly(){$('#flyout').classList.add('hidden');ui.fly=null;}
const lblc=s=>s==='Checked in'?'Checked':s==='At lab'?'lab':s==='Ready to collect'?'Ready':s;

function render(){
  document.querySelectorAll('[data-sec]').forEach(a=>a.classList.toggle('cur',a.dataset.sec===ui.sec));
  const a=$('#app');
  if(ui.sec==='diary')a.innerHTML=diary();
  else if(ui.sec==='patients')a.innerHTML=ui.patient?record():patients();
  else if(ui.sec==='orders')a.innerHTML=orders();
  else a.innerHTML=settings();
  const q=$('#pq');if(q)q.value=ui.pq;
}
function diary(){
  const list=S().appointments.filter(x=>x.date===ui.day).sort((a,b)=>a.time.localeCompare(b.time));
  return `<div class="h"><h2>Diary — ${fmtLong(ui.day)}${ui.day===TODAY?' <span class="muted" style="font-size:14px;font-weight:400">(today)</span>':''}</h2><span class="fill"></span>
   <div class="daynav"><button class="bt" id="prevDay" aria-label="Previous day">‹</button><input type="date" id="dayPick" value="${ui.day}"><button class="bt" id="nextDay" aria-label="Next day">›</button><button class="bt" id="todayBtn">Today</button></div><button class="bt blue" id="newAppt">+ Book appointment</button></div>
  <div class="box"><table><thead><tr><th>Time</th><th>Patient</th><th>Appointment</th><th>With</th><th>Status</th><th></th></tr></thead><tbody>
  ${list.map(x=>{const p=pat(x.patientId);return `<tr data-appt="${x.id}"><td class="time">${x.time}</td><td><span class="link" data-pt="${p.id}">${esc(pname(p))}</span><div class="muted" style="font-size:12px">${p.id} · born ${fmt(p.dob)}</div></td><td>${x.type}</td><td>${x.optom}</td><td><span class="lbl ${lblc(x.status)}">${x.status}</span></td><td><button class="mini" data-amenu="${x.id}" aria-label="Actions for ${x.id}">⋯</button></td></tr>`;}).join('')||'<tr><td colspan="6" class="muted" style="text-align:center;padding:30px">No appointments on this day.</td></tr>'}
  </tbody></table></div>`;
}
function patients(){
  const q=ui.pq.trim().toLowerCase();
  const list=S().patients.filter(p=>!q||[p.id,p.name,p.phone,p.email].join(' ').toLowerCase().includes(q)).sort((a,b)=>a.name.split(' ').pop().localeCompare(b.name.split(' ').pop()));
  return `<div class="h"><h2>Patients</h2><span class="fill"></span><input id="pq" type="search" placeholder="Search name, phone, email…" style="width:280px"></div>
  <div class="box"><table><thead><tr><th>Patient</th><th>Date of birth</th><th>Phone</th><th>Contact by</th><th>Last sight test</th><th>Recall due</th></tr></thead><tbody>
  ${list.map(p=>{const due=addDays(p.lastTest,Math.round(p.recallMonths*30.44));return `<tr><td><span class="link" data-pt="${p.id}">${esc(pname(p))}</span> <span class="muted" style="font-size:12px">${p.id}</span></td><td>${fmt(p.dob)}</td><td>${p.phone}</td><td>${p.contactPref}</td><td>${fmt(p.lastTest)}</td><td style="${due<=TODAY?'color:#c43d3d;font-weight:600':''}">${fmt(due)}</td></tr>`;}).join('')}
  </tbody></table></div>`;
}
function record(){
  const p=pat(ui.patient),t=ui.ptab;let body='';
  if(t==='details') body=`<div class="panel"><div class="cols2"><div class="fld"><label for="dPhone">Phone</label><input id="dPhone" value="${esc(p.phone)}"></div><div class="fld"><label for="dEmail">Email</label><input id="dEmail" value="${esc(p.email)}"></div></div>
   <div class="fld"><label>Preferred contact method</label><div class="rad">${['SMS','Email','Phone','Post'].map(c=>`<label><input type="radio" name="dPref" value="${c}" ${c===p.contactPref?'checked':''}> ${c==='SMS'?'Text message':c==='Phone'?'Phone call':c}</label>`).join('')}</div></div>
   <div class="fld"><label class="tick" style="font-weight:400;color:#1b2a3a"><input type="checkbox" id="dMkt" ${p.marketing?'checked':''}> Happy to receive offers and news (marketing)</label></div>
   <div class="fld" style="max-width:220px"><label for="dRecall">Recall interval</label><select id="dRecall">${[6,12,24].map(m=>`<option value="${m}" ${m===p.recallMonths?'selected':''}>${m} months</option>`).join('')}</select></div>
   <div style="display:flex;gap:8px;justify-content:flex-end"><button class="bt" id="dUndo">Undo changes</button><button class="bt blue" id="dSave">Save patient</button></div></div>`;
  else if(t==='rx') body=`<div class="box" style="max-width:720px"><table class="rx"><thead><tr><th>Date</th><th>Right (sph / cyl x axis)</th><th>Left (sph / cyl x axis)</th><th>Near add</th></tr></thead><tbody>${p.rx.map(r=>`<tr><td>${fmt(r.date)}</td><td>${r.re}</td><td>${r.le}</td><td>${r.add||'—'}</td></tr>`).join('')}</tbody></table></div>`;
  else if(t==='orders'){const os=S().orders.filter(o=>o.patientId===p.id);body=`<div class="box" style="max-width:820px"><table><thead><tr><th>Order</th><th>Item</th><th>Ordered</th><th>Status</th></tr></thead><tbody>${os.map(o=>`<tr><td>${o.id}</td><td>${esc(o.item)}</td><td>${fmt(o.ordered)}</td><td><span class="lbl ${lblc(o.status)}">${o.status}</span></td></tr>`).join('')||'<tr><td colspan="4" class="muted">No orders</td></tr>'}</tbody></table></div>`;}
  else {const as=S().appointments.filter(a=>a.patientId===p.id).sort((a,b)=>(b.date+b.time).localeCompare(a.date+a.time));body=`<div class="box" style="max-width:820px"><table><thead><tr><th>Date</th><th>Time</th><th>Type</th><th>With</th><th>Status</th></tr></thead><tbody>${as.map(a=>`<tr><td>${fmt(a.date)}</td><td>${a.time}</td><td>${a.type}</td><td>${a.optom}</td><td><span class="lbl ${lblc(a.status)}">${a.status}</span></td></tr>`).join('')||'<tr><td colspan="5" class="muted">None</td></tr>'}</tbody></table></div>`;}
  return `<span class="back" data-backpt>‹ All patients</span><div class="pt-head"><div class="av">${p.name.split(' ').map(w=>w[0]).join('')}</div><div><h2>${esc(pname(p))}</h2><div class="sub">${p.id} · born ${fmt(p.dob)} · last test ${fmt(p.lastTest)}</div></div></div>
  <div class="ptabs">${[['details','Details'],['rx','Prescriptions'],['orders','Orders'],['appts','Appointments']].map(([k,l])=>`<button data-ptab="${k}" class="${k===t?'cur':''}">${l}</button>`).join('')}</div>${body}`;
}
function orders(){
  const f=ui.ofilter;const list=S().orders.filter(o=>f==='all'||(f==='open'?o.status!=='Collected':o.status==='Ready to collect')).sort((a,b)=>a.id.localeCompare(b.id));
  return `<div class="h"><h2>Spectacle orders</h2><span class="fill"></span><select id="ofilter"><option value="open" ${f==='open'?'selected':''}>Not yet collected</option><option value="ready" ${f==='ready'?'selected':''}>Ready to collect</option><option value="all" ${f==='all'?'selected':''}>All orders</option></select></div>
  <div class="box"><table><thead><tr><th>Order</th><th>Patient</th><th>Item</th><th>Lab</th><th>Ordered</th><th>Price</th><th>Status</th><th></th></tr></thead><tbody>
  ${list.map(o=>{const p=pat(o.patientId);return `<tr><td><b>${o.id}</b></td><td><span class="link" data-pt="${p.id}">${esc(pname(p))}</span></td><td>${esc(o.item)}</td><td>${o.lab}</td><td>${fmt(o.ordered)}</td><td>£${o.price}</td><td><span class="lbl ${lblc(o.status)}">${o.status}</span>${o.collectedOn?`<div class="muted" style="font-size:12px">${fmt(o.collectedOn)}</div>`:''}</td><td><button class="mini" data-omenu="${o.id}" aria-label="Actions for ${o.id}">⋯</button></td></tr>`;}).join('')}
  </tbody></table></div>`;
}
function settings(){
  const s=S().settings;const tk=(k,l)=>`<label class="tick"><input type="checkbox" id="s-${k}" ${s[k]?'checked':''}> ${l}</label>`;
  return `<div class="h"><h2>Practice settings</h2></div><div class="sgrid">
  <div class="panel"><h3>Appointments</h3><div class="fld"><label>Default sight test length</label><div class="rad">${[20,30,40].map(n=>`<label><input type="radio" name="sLen" value="${n}" ${s.defaultTestLength===n?'checked':''}> ${n} minutes</label>`).join('')}</div></div>
   <div class="fld" style="max-width:240px"><label for="s-late">Late arrival grace (minutes)</label><input id="s-late" type="number" min="0" value="${s.lateArrivalMins}"></div>${tk('saturdayClinic','Open for Saturday clinics')}</div>
  <div class="panel"><h3>Reminders &amp; recalls</h3>${tk('smsDayBefore','Text message reminder the day before')}${tk('emailWeekBefore','Email reminder one week before')}${tk('recallLetters','Send recall letters when a test is due')}
   <div class="fld" style="max-width:240px;margin-top:8px"><label for="s-recall">Default recall for new patients</label><select id="s-recall">${[12,24].map(m=>`<option value="${m}" ${m===s.defaultRecall?'selected':''}>${m} months</option>`).join('')}</select></div></div>
  </div><div style="max-width:980px;display:flex;justify-content:flex-end;margin-top:14px"><button class="bt blue" id="saveSet">Save settings</button></div>`;
}
function apptMenu(btn,id){
  const a=S().appointments.find(x=>x.id===id);ui.fly=id;const open=a.status==='Booked'||a.status==='Checked in';
  const f=$('#flyout');f.innerHTML=`<button data-f="checkin" ${a.status==='Booked'?'':'disabled'}>Check in</button><button data-f="complete" ${a.status==='Checked in'?'':'disabled'}>Mark completed</button><button data-f="move" ${open?'':'disabled'}>Reschedule…</button><button data-f="dna" ${a.status==='Booked'?'':'disabled'}>Did not attend</button><button data-f="cancel" class="red" ${open?'':'disabled'}>Cancel appointment</button>`;
  const r=btn.getBoundingClientRect();f.style.top=(r.bottom+4)+'px';f.style.left=(r.right-190)+'px';f.classList.remove('hidden');
}
function orderMenu(btn,id){
  const o=S().orders.find(x=>x.id===id);ui.fly=id;
  const f=$('#flyout');f.innerHTML=`<button data-f="atlab" ${o.status==='Ordered'?'':'disabled'}>Mark sent to lab</button><button data-f="ready" ${o.status==='At lab'?'':'disabled'}>Mark ready to collect</button><button data-f="collected" ${o.status==='Ready to collect'?'':'disabled'}>Mark collected</button>`;
  const r=btn.getBoundingClientRect();f.style.top=(r.bottom+4)+'px';f.style.left=(r.right-190)+'px';f.classList.remove('hidden');
}
function flyAct(k){
  const id=ui.fly;closeFly();
  if(id.startsWith('SP-')){const o=S().orders.find(x=>x.id===id);
    if(k==='atlab')o.status='At lab';if(k==='ready')o.status='Ready to collect';if(k==='collected'){o.status='Collected';o.collectedOn=TODAY;}
    snack(`${o.id}: ${o.status}`);render();return;}
  const a=S().appointments.find(x=>x.id===id),p=pat(a.patientId);
  if(k==='checkin'){a.status='Checked in';snack(`${pname(p)} checked in`);render();}
  else if(k==='complete'){a.status='Completed';snack('Appointment completed');render();}
  else if(k==='dna'){a.status='DNA';snack('Marked as did not attend');render();}
  else if(k==='cancel'){win(`<div class="wt">Cancel appointment<button class="shut" data-shut>×</button></div><div class="wb">Cancel ${esc(pname(p))}'s ${a.type.toLowerCase()} at ${a.time} on ${fmtLong(a.date)}?</div><div class="wf"><button class="bt" data-shut>Keep it</button><button class="bt red" id="cGo">Cancel appointment</button></div>`);
    $('#cGo').onclick=()=>{a.status='Cancelled';closeWin();snack('Appointment cancelled');render();};}
  else if(k==='move'){
    win(`<div class="wt">Reschedule — ${esc(pname(p))}<button class="shut" data-shut>×</button></div><div class="wb"><div class="muted" style="margin-bottom:10px">Currently ${fmtLong(a.date)} at ${a.time} with ${a.optom}</div><div class="cols2"><div class="fld"><label for="mDate">New date</label><input type="date" id="mDate" value="${a.date}"></div><div class="fld"><label for="mTime">New time</label><select id="mTime">${SLOTS.map(s=>`<option ${s===a.time?'selected':''}>${s}</option>`).join('')}</select></div></div>
    <div class="fld"><label for="mOptom">With</label><select id="mOptom">${OPTOMS.map(o=>`<option ${o===a.optom?'selected':''}>${o}</option>`).join('')}</select></div><div class="err" id="mErr"></div></div>
    <div class="wf"><button class="bt" data-shut>Cancel</button><button class="bt blue" id="mGo">Move appointment</button></div>`);
    $('#mGo').onclick=()=>{const d=$('#mDate').value,t=$('#mTime').value,o=$('#mOptom').value;if(!d){$('#mErr').textContent='Choose a date.';return;}
      if(S().appointments.some(x=>x!==a&&x.date===d&&x.time===t&&x.optom===o&&x.status!=='Cancelled')){$('#mErr').textContent=`${o} already has an appointment at ${t} that day.`;return;}
      Object.assign(a,{date:d,time:t,optom:o});if(a.status==='Checked in')a.status='Booked';closeWin();snack(`Moved to ${fmtLong(d)} at ${t}`);render();};
  }
}
function newAppt(){
  win(`<div class="wt">Book appointment<button class="shut" data-shut>×</button></div><div class="wb"><div class="fld"><label for="nPat">Patient</label><select id="nPat"><option value="">Select patient…</option>${S().patients.slice().sort((a,b)=>a.name.localeCompare(b.name)).map(p=>`<option value="${p.id}">${esc(p.name)} (${p.id})</option>`).join('')}</select></div>
  <div class="cols2"><div class="fld"><label for="nType">Type</label><select id="nType">${TYPES.map(t=>`<option>${t}</option>`).join('')}</select></div><div class="fld"><label for="nOptom">With</label><select id="nOptom">${OPTOMS.map(o=>`<option>${o}</option>`).join('')}</select></div></div>
  <div class="cols2"><div class="fld"><label for="nDate">Date</label><input type="date" id="nDate" value="${ui.day}"></div><div class="fld"><label for="nTime">Time</label><select id="nTime">${SLOTS.map(s=>`<option>${s}</option>`).join('')}</select></div></div><div class="err" id="nErr"></div></div>
  <div class="wf"><button class="bt" data-shut>Cancel</button><button class="bt blue" id="nGo">Book</button></div>`);
  $('#nGo').onclick=()=>{const v={patientId:$('#nPat').value,type:$('#nType').value,optom:$('#nOptom').value,date:$('#nDate').value,time:$('#nTime').value};
    if(!v.patientId||!v.date){$('#nErr').textContent='Patient and date are required.';return;}
    if(S().appointments.some(x=>x.date===v.date&&x.time===v.time&&x.optom===v.optom&&x.status!=='Cancelled')){$('#nErr').textContent='That slot is taken.';return;}
    const n=Math.max(...S().appointments.map(a=>+a.id.slice(3)))+1;S().appointments.push(Object.assign({id:'AP-'+n},v,{status:'Booked'}));closeWin();ui.day=v.date;snack('Appointment booked');render();};
}
document.addEventListener('click',e=>{
  const t=e.target;
  if(t.closest('#flyout')){const b=t.closest('button[data-f]');if(b&&!b.disabled)flyAct(b.dataset.f);return;}
  const am=t.closest('[data-amenu]');if(am){const s=ui.fly===am.dataset.amenu;closeFly();if(!s)apptMenu(am,am.dataset.amenu);return;}
  const om=t.closest('[data-omenu]');if(om){const s=ui.fly===om.dataset.omenu;closeFly();if(!s)orderMenu(om,om.dataset.omenu);return;}
  closeFly();
  const sec=t.closest('[data-sec]');if(sec){e.preventDefault();ui.sec=sec.dataset.sec;ui.patient=null;render();return;}
  if(t.closest('[data-shut]')||t.id==='shade'){closeWin();return;}
  const pt=t.closest('[data-pt]');if(pt){ui.sec='patients';ui.patient=pt.dataset.pt;ui.ptab='details';render();return;}
  if(t.closest('[data-backpt]')){ui.patient=null;render();return;}
  const ptab=t.closest('[data-ptab]');if(ptab){ui.ptab=ptab.dataset.ptab;render();return;}
  if(t.id==='prevDay'){ui.day=addDays(ui.day,-1);render();return;}
  if(t.id==='nextDay'){ui.day=addDays(ui.day,1);render();return;}
  if(t.id==='todayBtn'){ui.day=TODAY;render();return;}
  if(t.id==='newAppt'){newAppt();return;}
  if(t.id==='dUndo'){render();return;}
  if(t.id==='dSave'){const p=pat(ui.patient);Object.assign(p,{phone:$('#dPhone').value.trim(),email:$('#dEmail').value.trim(),contactPref:document.querySelector('input[name=dPref]:checked').value,marketing:$('#dMkt').checked,recallMonths:Number($('#dRecall').value)});snack('Patient details saved');render();return;}
  if(t.id==='saveSet'){const s=S().settings;s.defaultTestLength=Number(document.querySelector('input[name=sLen]:checked').value);s.lateArrivalMins=Number($('#s-late').value)||0;['saturdayClinic','smsDayBefore','emailWeekBefore','recallLetters'].forEach(k=>s[k]=$('#s-'+k).checked);s.defaultRecall=Number($('#s-recall').value);snack('Settings saved');render();return;}
});
document.addEventListener('change',e=>{
  if(e.target.id==='dayPick'&&e.target.value){ui.day=e.target.value;render();}
  if(e.target.id==='ofilter'){ui.ofilter=e.target.value;render();}
});
document.addEventListener('input',e=>{if(e.target.id==='pq'){ui.pq=e.target.value;const p=e.target.selectionStart;render();const q=$('#pq');q.focus();q.setSelectionRange(p,p);}});
document.addEventListener('keydown',e=>{if(e.key==='Escape'){closeFly();closeWin();}});
render();
})();
