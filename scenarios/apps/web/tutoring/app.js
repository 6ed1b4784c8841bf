(function(){
'use strict';
const TODAY='2025-02-03';
window.state={
  tutors:[
    {id:'TU1',name:'Dr Anika Rao',subjects:['Chemistry','Biology'],rate:48,availability:['Mon','Tue','Thu'],email:'anika.rao@brightpath.co.uk'},
    {id:'TU2',name:'Marcus Bell',subjects:['Maths','Physics'],rate:38,availability:['Tue','Wed','Sat'],email:'marcus.bell@brightpath.co.uk'},
    {id:'TU3',name:'Hannah Cole',subjects:['English','History'],rate:35,availability:['Mon','Wed','Fri'],email:'hannah.cole@brightpath.co.uk'},
    {id:'TU4',name:'Jonah Pereira',subjects:['Maths','Computer science'],rate:40,availability:['Mon','Thu','Fri','Sat'],email:'jonah.pereira@brightpath.co.uk'},
    {id:'TU5',name:'Dr Femi Adebayo',subjects:['Physics','Chemistry'],rate:50,availability:['Wed','Thu'],email:'femi.adebayo@brightpath.co.uk'},
    {id:'TU6',name:'Claire Dupont',subjects:['French','Spanish'],rate:36,availability:['Tue','Thu','Sat'],email:'claire.dupont@brightpath.co.uk'},
    {id:'TU7',name:'Sanjay Mehta',subjects:['Maths','Economics'],rate:42,availability:['Mon','Tue','Fri'],email:'sanjay.mehta@brightpath.co.uk'},
    {id:'TU8',name:'Ellie Brooks',subjects:['Biology','English'],rate:34,availability:['Wed','Fri','Sat'],email:'ellie.brooks@brightpath.co.uk'}
  ],
  students:[
    {id:'SD-101',name:'Leo Marchetti',year:'Year 12',school:'Kingsmead Sixth Form',subjects:['Chemistry','Maths'],guardianName:'Paola Marchetti',guardianRelation:'Mother',guardianPhone:'07700 812 101',guardianEmail:'p.marchetti@mailbox.co.uk',status:'Active',notes:'Aiming for medicine; needs A in Chemistry.'},
    {id:'SD-102',name:'Ruby Adeyemi',year:'Year 11',school:'St Aidan’s Academy',subjects:['English','Biology'],guardianName:'Funmi Adeyemi',guardianRelation:'Mother',guardianPhone:'07700 812 441',guardianEmail:'funmi.adeyemi@mailbox.co.uk',status:'Active',notes:'GCSE mocks in March.'},
    {id:'SD-103',name:'Tobi Adeyemi',year:'Year 9',school:'St Aidan’s Academy',subjects:['Maths'],guardianName:'Funmi Adeyemi',guardianRelation:'Mother',guardianPhone:'07700 812 441',guardianEmail:'funmi.adeyemi@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-104',name:'Maya Thornton',year:'Year 10',school:'Hollybrook School',subjects:['Maths','Physics'],guardianName:'James Thornton',guardianRelation:'Father',guardianPhone:'07700 812 552',guardianEmail:'j.thornton@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-105',name:'Oscar Lindqvist',year:'Year 13',school:'Kingsmead Sixth Form',subjects:['Physics','Maths'],guardianName:'Ingrid Lindqvist',guardianRelation:'Mother',guardianPhone:'07700 812 663',guardianEmail:'ingrid.l@mailbox.co.uk',status:'Active',notes:'Oxford PAT prep.'},
    {id:'SD-106',name:'Aisha Rahman',year:'Year 11',school:'Hollybrook School',subjects:['French','English'],guardianName:'Nadia Rahman',guardianRelation:'Mother',guardianPhone:'07700 812 774',guardianEmail:'nadia.rahman@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-107',name:'Finn O’Connell',year:'Year 8',school:'Westfield Primary & Middle',subjects:['English'],guardianName:'Siobhan O’Connell',guardianRelation:'Mother',guardianPhone:'07700 812 885',guardianEmail:'siobhan.oc@mailbox.co.uk',status:'Paused',notes:'Paused until after Easter.'},
    {id:'SD-108',name:'Grace Whitaker',year:'Year 12',school:'Kingsmead Sixth Form',subjects:['Biology','Chemistry'],guardianName:'Tom Whitaker',guardianRelation:'Father',guardianPhone:'07700 812 996',guardianEmail:'tom.whitaker@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-109',name:'Dev Kapoor',year:'Year 13',school:'Riverside College',subjects:['Economics','Maths'],guardianName:'Meera Kapoor',guardianRelation:'Mother',guardianPhone:'07700 813 017',guardianEmail:'meera.kapoor@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-110',name:'Isla Fraser',year:'Year 10',school:'Hollybrook School',subjects:['Spanish','History'],guardianName:'Callum Fraser',guardianRelation:'Father',guardianPhone:'07700 813 128',guardianEmail:'c.fraser@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-111',name:'Noah Brennan',year:'Year 11',school:'St Aidan’s Academy',subjects:['Computer science','Maths'],guardianName:'Laura Brennan',guardianRelation:'Mother',guardianPhone:'07700 813 239',guardianEmail:'laura.brennan@mailbox.co.uk',status:'Active',notes:''},
    {id:'SD-112',name:'Sofia Marchetti',year:'Year 9',school:'Kingsmead School',subjects:['French'],guardianName:'Paola Marchetti',guardianRelation:'Mother',guardianPhone:'07700 812 101',guardianEmail:'p.marchetti@mailbox.co.uk',status:'Active',notes:''}
  ],
  sessions:[
    {id:'S-5118',studentId:'SD-105',tutorId:'TU5',subject:'Physics',date:'2025-01-29',time:'17:00',duration:90,location:'At the centre',status:'Attended',cancelReason:''},
    {id:'S-5119',studentId:'SD-102',tutorId:'TU3',subject:'English',date:'2025-01-31',time:'16:30',duration:60,location:'Online',status:'Attended',cancelReason:''},
    {id:'S-5120',studentId:'SD-110',tutorId:'TU6',subject:'Spanish',date:'2025-02-01',time:'10:00',duration:60,location:'At the centre',status:'No-show',cancelReason:''},
    {id:'S-5121',studentId:'SD-101',tutorId:'TU1',subject:'Chemistry',date:'2025-02-03',time:'17:00',duration:60,location:'Online',status:'Scheduled',cancelReason:''},
    {id:'S-5122',studentId:'SD-109',tutorId:'TU7',subject:'Economics',date:'2025-02-03',time:'18:00',duration:60,location:'Online',status:'Scheduled',cancelReason:''},
    {id:'S-5123',studentId:'SD-104',tutorId:'TU2',subject:'Physics',date:'2025-02-04',time:'16:00',duration:60,location:'At the centre',status:'Scheduled',cancelReason:''},
    {id:'S-5124',studentId:'SD-106',tutorId:'TU6',subject:'French',date:'2025-02-04',time:'17:30',duration:45,location:'Online',status:'Scheduled',cancelReason:''},
    {id:'S-5125',studentId:'SD-108',tutorId:'TU8',subject:'Biology',date:'2025-02-05',time:'16:00',duration:60,location:'Home visit',status:'Scheduled',cancelReason:''},
    {id:'S-5126',studentId:'SD-111',tutorId:'TU4',subject:'Computer science',date:'2025-02-05',time:'17:00',duration:60,location:'Online',status:'Scheduled',cancelReason:''},
    {id:'S-5127',studentId:'SD-104',tutorId:'TU2',subject:'Maths',date:'2025-02-05',time:'18:00',duration:60,location:'At the centre',status:'Scheduled',cancelReason:''},
    {id:'S-5128',studentId:'SD-102',tutorId:'TU8',subject:'Biology',date:'2025-02-06',time:'16:30',duration:60,location:'Online',status:'Scheduled',cancelReason:''},
    {id:'S-5129',studentId:'SD-105',tutorId:'TU2',subject:'Maths',date:'2025-02-06',time:'18:00',duration:90,location:'At the centre',status:'Scheduled',cancelReason:''},
    {id:'S-5130',studentId:'SD-103',tutorId:'TU4',subject:'Maths',date:'2025-02-07',time:'16:00',duration:45,location:'At the centre',status:'Scheduled',cancelReason:''},
    {id:'S-5131',studentId:'SD-112',tutorId:'TU6',subject:'French',date:'2025-02-08',time:'11:00',duration:45,location:'Online',status:'Scheduled',cancelReason:''},
    {id:'S-5132',studentId:'SD-104',tutorId:'TU2',subject:'Maths',date:'2025-02-12',time:'18:00',duration:60,location:'At the centre',status:'Scheduled',cancelReason:''}
  ],
  invoices:[
    {id:'INV-2401',studentId:'SD-101',month:'January 2025',amount:192,status:'Paid'},
    {id:'INV-2402',studentId:'SD-102',month:'January 2025',amount:140,status:'Paid'},
    {id:'INV-2403',studentId:'SD-104',month:'January 2025',amount:304,status:'Sent'},
    {id:'INV-2404',studentId:'SD-105',month:'January 2025',amount:450,status:'Overdue'},
    {id:'INV-2405',studentId:'SD-106',month:'January 2025',amount:108,status:'Paid'},
    {id:'INV-2406',studentId:'SD-108',month:'January 2025',amount:136,status:'Sent'},
    {id:'INV-2407',studentId:'SD-109',month:'January 2025',amount:168,status:'Sent'},
    {id:'INV-2408',studentId:'SD-110',month:'January 2025',amount:72,status:'Overdue'},
    {id:'INV-2409',studentId:'SD-111',month:'January 2025',amount:160,status:'Paid'},
    {id:'INV-2410',studentId:'SD-103',month:'January 2025',amount:90,status:'Sent'}
  ]
};
const SUBJECTS=['Biology','Chemistry','Computer science','Economics','English','French','History','Maths','Physics','Spanish'];
const DAYS=['Mon','Tue','Wed','Thu','Fri','Sat','Sun'];
const REASONS=['Student illness','Tutor unavailable','Family commitment','School clash','Weather','Other'];
const ui={tab:'sessions',sessFilter:'Upcoming',sessQuery:'',studentQuery:'',record:null,recTab:'overview',editGuardian:false,menuFor:null,wiz:null};
const S=()=>window.state, $=s=>document.querySelector(s);
const esc=v=>String(v==null?'':v).replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const stu=id=>S().students.find(x=>x.id===id), tut=id=>S().tutors.find(x=>x.id===id);
const WD=['Sun','Mon','Tue','Wed','Thu','Fri','Sat'], MO=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const fmtD=d=>{if(!d)return '—';const x=new Date(d+'T12:00:00');return `${WD[x.getDay()]} ${x.getDate()} ${MO[x.getMonth()]}`;};
const fmtT=t=>{const [h,m]=t.split(':').map(Number);return `${(h%12)||12}:${String(m).padStart(2,'0')}${h<12?'am':'pm'}`;};
const TIMES=[];for(let h=9;h<=20;h++){TIMES.push(String(h).padStart(2,'0')+':00');if(h<20)TIMES.push(String(h).padStart(2,'0')+':30');}
let toastTimer;
function toast(m){const t=$('#toast');t.textContent=m;t.classList.remove('hidden');clearTimeout(toastTimer);toastTimer=setTimeout(()=>t.classList.add('hidden'),2600);}
function dlg(html){$('#dialog').innerHTML=html;$('#overlay').classList.remove('hidden');}
function closeDlg(){$('#overlay').classList.add('hidden');$('#dialog').innerHTML='';ui.wiz=null;}
function closeMenu(){$('#popmenu').classList.add('hidden');ui.menuFor=null;}

function render(){
  document.querySelectorAll('#tabs button').forEach(b=>b.classList.toggle('active',b.dataset.tab===ui.tab));
  const m=$('#main');
  if(ui.tab==='sessions') m.innerHTML=viewSessions();
  else if(ui.tab==='students') m.innerHTML=ui.record?viewRecord():viewStudents();
  else if(ui.tab==='tutors') m.innerHTML=viewTutors();
  else m.innerHTML=viewBilling();
  const q=$('#sessQ'); if(q) q.value=ui.sessQuery;
  const q2=$('#stuQ'); if(q2) q2.value=ui.studentQuery;
}
function sessRow(s,withStudent=true){
  return `<tr data-sid="${s.id}"><td>${s.id}</td><td>${fmtD(s.date)}, ${fmtT(s.time)}</td>${withStudent?`<td><button class="link" data-open-student="${s.studentId}">${esc(stu(s.studentId).name)}</button></td>`:''}<td>${esc(s.subject)}</td><td>${esc(tut(s.tutorId).name)}</td><td>${s.duration} min</td><td>${esc(s.location)}</td><td><span class="pill ${s.status}">${s.status}</span>${s.cancelReason?`<div style="font-size:12px;color:#7a8499">${esc(s.cancelReason)}</div>`:''}</td><td><button class="dots" data-menu="${s.id}" aria-label="Actions for ${s.id}">⋯</button></td></tr>`;
}
function viewSessions(){
  const f=ui.sessFilter,q=ui.sessQuery.trim().toLowerCase();
  let rows=S().sessions.filter(s=>{
    if(f==='Upcoming'&&!(s.status==='Scheduled'&&s.date>=TODAY))return false;
    if(f==='Past'&&!(s.date<TODAY||s.status!=='Scheduled'))return false;
    if(q&&![s.id,stu(s.studentId).name,tut(s.tutorId).name,s.subject].join(' ').toLowerCase().includes(q))return false;
    return true;}).sort((a,b)=>(a.date+a.time).localeCompare(b.date+b.time));
  if(f==='Past') rows.reverse();
  return `<div class="bar"><h2>Sessions</h2><div class="chips" style="margin-left:16px">${['Upcoming','Past','All'].map(x=>`<button data-sf="${x}" class="${x===f?'on':''}">${x}</button>`).join('')}</div><span class="grow"></span><input id="sessQ" type="search" placeholder="Search student, tutor, subject" style="width:260px"><button class="btn primary" id="bookBtn">+ Book session</button></div>
  <div class="panel"><table><thead><tr><th>Ref</th><th>When</th><th>Student</th><th>Subject</th><th>Tutor</th><th>Length</th><th>Where</th><th>Status</th><th></th></tr></thead><tbody>${rows.map(s=>sessRow(s)).join('')||'<tr><td colspan="9" style="text-align:center;color:#7a8499;padding:24px">No sessions</td></tr>'}</tbody></table></div>`;
}
function viewStudents(){
  const q=ui.studentQuery.trim().toLowerCase();
  const rows=S().students.filter(s=>!q||[s.name,s.school,s.guardianName,s.subjects.join(' ')].join(' ').toLowerCase().includes(q));
  return `<div class="bar"><h2>Students</h2><span class="grow"></span><input id="stuQ" type="search" placeholder="Search students" style="width:260px"></div>
  <div class="panel"><table><thead><tr><th>Name</th><th>Year</th><th>School</th><th>Subjects</th><th>Parent / guardian</th><th>Status</th></tr></thead><tbody>
  ${rows.map(s=>`<tr><td><button class="link" data-open-student="${s.id}">${esc(s.name)}</button></td><td>${s.year}</td><td>${esc(s.school)}</td><td>${s.subjects.join(', ')}</td><td>${esc(s.guardianName)}</td><td><span class="pill ${s.status}">${s.status}</span></td></tr>`).join('')}
  </tbody></table></div>`;
}
function viewRecord(){
  const s=stu(ui.record), t=ui.recTab;
  const ini=s.name.split(' ').map(w=>w[0]).join('').slice(0,2);
  let body='';
  if(t==='overview') body=`<div class="panel"><dl class="kv"><dt>Student ID</dt><dd>${s.id}</dd><dt>Year group</dt><dd>${s.year}</dd><dt>School</dt><dd>${esc(s.school)}</dd><dt>Subjects</dt><dd>${s.subjects.join(', ')}</dd><dt>Status</dt><dd><span class="pill ${s.status}">${s.status}</span></dd></dl></div>`;
  else if(t==='sessions'){const rows=S().sessions.filter(x=>x.studentId===s.id).sort((a,b)=>(a.date+a.time).localeCompare(b.date+b.time));
    body=`<div class="panel"><table><thead><tr><th>Ref</th><th>When</th><th>Subject</th><th>Tutor</th><th>Length</th><th>Where</th><th>Status</th><th></th></tr></thead><tbody>${rows.map(x=>sessRow(x,false)).join('')||'<tr><td colspan="8" style="color:#7a8499">No sessions yet</td></tr>'}</tbody></table></div>`;}
  else if(t==='guardian'){
    if(ui.editGuardian) body=`<div class="panel" style="padding:18px;max-width:620px"><div class="two"><div class="f"><label for="gName">Parent / guardian name</label><input id="gName" value="${esc(s.guardianName)}"></div><div class="f"><label for="gRel">Relationship</label><select id="gRel">${['Mother','Father','Guardian','Grandparent','Other'].map(r=>`<option ${r===s.guardianRelation?'selected':''}>${r}</option>`).join('')}</select></div></div>
      <div class="two"><div class="f"><label for="gPhone">Mobile</label><input id="gPhone" value="${esc(s.guardianPhone)}"></div><div class="f"><label for="gEmail">Email</label><input id="gEmail" type="email" value="${esc(s.guardianEmail)}"></div></div>
      <div style="display:flex;gap:8px;justify-content:flex-end"><button class="btn" id="gCancel">Cancel</button><button class="btn primary" id="gSave">Save contact details</button></div></div>`;
    else body=`<div class="panel"><dl class="kv"><dt>Parent / guardian</dt><dd>${esc(s.guardianName)} (${s.guardianRelation})</dd><dt>Mobile</dt><dd>${esc(s.guardianPhone)}</dd><dt>Email</dt><dd>${esc(s.guardianEmail)}</dd></dl><div style="padding:0 18px 16px"><button class="btn" id="gEdit">Edit contact details</button></div></div>`;
  }
  else body=`<div class="panel" style="padding:18px"><div class="f"><label for="nText">Notes</label><textarea id="nText" rows="5">${esc(s.notes)}</textarea></div><button class="btn primary" id="nSave">Save notes</button></div>`;
  return `<div class="crumb"><a data-back>Students</a> / ${esc(s.name)}</div>
  <div class="rechead"><div class="bigav">${ini}</div><div><h2>${esc(s.name)}</h2><div style="color:#7a8499">${s.year} · ${esc(s.school)}</div></div></div>
  <div class="subtabs">${[['overview','Overview'],['sessions','Sessions'],['guardian','Guardian & contact'],['notes','Notes']].map(([k,l])=>`<button data-rt="${k}" class="${k===t?'active':''}">${l}</button>`).join('')}</div>${body}`;
}
function viewTutors(){
  return `<div class="bar"><h2>Tutors</h2><span class="grow"></span><span style="color:#7a8499">${S().tutors.length} tutors</span></div><div class="cards">${S().tutors.map(t=>`<div class="panel tcard" data-tutor="${t.id}"><h4>${esc(t.name)}</h4><div class="muted">${t.subjects.join(' · ')}</div><div class="rate">£${t.rate}<span style="font-size:13px;color:#7a8499;font-weight:400"> / hour</span></div><div class="days">${DAYS.map(d=>`<span class="${t.availability.includes(d)?'on':''}">${d}</span>`).join('')}</div><button class="btn small" data-edit-tutor="${t.id}">Edit</button></div>`).join('')}</div>`;
}
function viewBilling(){
  return `<div class="bar"><h2>Billing</h2><span class="grow"></span></div><div class="panel"><table><thead><tr><th>Invoice</th><th>Student</th><th>Period</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>${S().invoices.map(i=>`<tr><td>${i.id}</td><td>${esc(stu(i.studentId).name)}</td><td>${i.month}</td><td>£${i.amount.toFixed(2)}</td><td><span class="pill ${i.status}">${i.status}</span></td><td>${i.status!=='Paid'?`<button class="btn small" data-paid="${i.id}">Mark paid</button>`:''}</td></tr>`).join('')}</tbody></table></div>`;
}

function openMenu(btn,id){
  const s=S().sessions.find(x=>x.id===id);ui.menuFor=id;const sch=s.status==='Scheduled';
  const m=$('#popmenu');
  m.innerHTML=`<button data-ma="attended" ${sch?'':'disabled'}>Mark attended</button><button data-ma="noshow" ${sch?'':'disabled'}>Mark no-show</button><button data-ma="resched" ${sch?'':'disabled'}>Reschedule…</button><button data-ma="cancel" class="danger" ${sch?'':'disabled'}>Cancel session…</button>`;
  const r=btn.getBoundingClientRect();m.style.top=(r.bottom+4)+'px';m.style.left=(r.right-190)+'px';m.classList.remove('hidden');
}
function menuAct(a){
  const s=S().sessions.find(x=>x.id===ui.menuFor);closeMenu();
  if(a==='attended'){s.status='Attended';toast(`${s.id} marked attended`);render();}
  else if(a==='noshow'){s.status='No-show';toast(`${s.id} marked no-show`);render();}
  else if(a==='cancel'){
    dlg(`<div class="hd"><h3>Cancel session ${s.id}</h3><button class="close" data-x>×</button></div><div class="bd"><p style="margin-top:0">${esc(stu(s.studentId).name)} — ${esc(s.subject)} with ${esc(tut(s.tutorId).name)}, ${fmtD(s.date)} at ${fmtT(s.time)}</p>
    <div class="f"><label for="cReason">Reason</label><select id="cReason"><option value="">Choose a reason…</option>${REASONS.map(r=>`<option>${r}</option>`).join('')}</select></div>
    <label style="display:flex;gap:8px;align-items:center"><input type="checkbox" id="cNotify" checked> Email the tutor and parent</label><div class="err" id="cErr"></div></div>
    <div class="ft"><button class="btn" data-x>Keep session</button><button class="btn danger" id="cGo">Cancel session</button></div>`);
    $('#cGo').onclick=()=>{const r=$('#cReason').value;if(!r){$('#cErr').textContent='Please choose a reason.';return;}s.status='Cancelled';s.cancelReason=r;closeDlg();toast(`${s.id} cancelled`);render();};
  }
  else if(a==='resched'){
    dlg(`<div class="hd"><h3>Reschedule ${s.id}</h3><button class="close" data-x>×</button></div><div class="bd"><div class="two"><div class="f"><label for="rDate">New date</label><input type="date" id="rDate" value="${s.date}"></div><div class="f"><label for="rTime">Start time</label><select id="rTime">${TIMES.map(t=>`<option value="${t}" ${t===s.time?'selected':''}>${fmtT(t)}</option>`).join('')}</select></div></div></div>
    <div class="ft"><button class="btn" data-x>Close</button><button class="btn primary" id="rGo">Save new time</button></div>`);
    $('#rGo').onclick=()=>{s.date=$('#rDate').value;s.time=$('#rTime').value;closeDlg();toast(`${s.id} rescheduled`);render();};
  }
}

/* ---- booking wizard ---- */
function startWizard(){ui.wiz={step:1,studentId:'',subject:'',tutorId:'',date:'',time:'',duration:60,location:''};drawWizard();}
function drawWizard(){
  const w=ui.wiz,labels=['Student','Tutor','When & where','Review'];
  let body='';
  if(w.step===1) body=`<div class="f"><label for="wStudent">Student</label><select id="wStudent"><option value="">Select a student…</option>${S().students.filter(s=>s.status==='Active').slice().sort((a,b)=>a.name.localeCompare(b.name)).map(s=>`<option value="${s.id}" ${s.id===w.studentId?'selected':''}>${esc(s.name)} (${s.year})</option>`).join('')}</select></div>
    <div class="f"><label for="wSubject">Subject</label><select id="wSubject"><option value="">Select a subject…</option>${SUBJECTS.map(x=>`<option ${x===w.subject?'selected':''}>${x}</option>`).join('')}</select></div>`;
  else if(w.step===2){const ts=S().tutors.filter(t=>t.subjects.includes(w.subject));
    body=`<p style="margin-top:0;color:#5b6478">Tutors who teach <b>${esc(w.subject)}</b>:</p><div class="tutorpick">${ts.map(t=>`<label><input type="radio" name="wTutor" value="${t.id}" ${t.id===w.tutorId?'checked':''}><div><b>${esc(t.name)}</b><small>£${t.rate}/hr · available ${t.availability.join(', ')}</small></div></label>`).join('')||'<div>No tutor teaches this subject.</div>'}</div>`;}
  else if(w.step===3) body=`<div class="two"><div class="f"><label for="wDate">Date</label><input type="date" id="wDate" value="${w.date}" min="${TODAY}"></div><div class="f"><label for="wTime">Start time</label><select id="wTime"><option value="">Select…</option>${TIMES.map(t=>`<option value="${t}" ${t===w.time?'selected':''}>${fmtT(t)}</option>`).join('')}</select></div></div>
    <div class="f"><label>Length</label><div class="opts">${[45,60,90].map(d=>`<label><input type="radio" name="wDur" value="${d}" ${w.duration===d?'checked':''}> ${d} minutes</label>`).join('')}</div></div>
    <div class="f"><label>Location</label><div class="opts">${['Online','At the centre','Home visit'].map(l=>`<label><input type="radio" name="wLoc" value="${l}" ${w.location===l?'checked':''}> ${l}</label>`).join('')}</div></div>`;
  else {const t=tut(w.tutorId);body=`<dl class="review"><dt>Student</dt><dd>${esc(stu(w.studentId).name)}</dd><dt>Subject</dt><dd>${esc(w.subject)}</dd><dt>Tutor</dt><dd>${esc(t.name)} (£${t.rate}/hr)</dd><dt>When</dt><dd>${fmtD(w.date)} ${w.date.slice(0,4)}, ${fmtT(w.time)} · ${w.duration} minutes</dd><dt>Where</dt><dd>${esc(w.location)}</dd><dt>Estimated fee</dt><dd>£${(t.rate*w.duration/60).toFixed(2)}</dd></dl>`;}
  dlg(`<div class="hd"><h3>Book a session</h3><button class="close" data-x>×</button></div><div class="bd"><div class="steps">${labels.map((l,i)=>`<div class="${i+1===w.step?'on':i+1<w.step?'done':''}">${i+1}. ${l}</div>`).join('')}</div>${body}<div class="err" id="wErr"></div></div>
  <div class="ft">${w.step>1?'<button class="btn" id="wBack">Back</button>':''}<span style="flex:1"></span><button class="btn" data-x>Cancel</button>${w.step<4?'<button class="btn primary" id="wNext">Next</button>':'<button class="btn primary" id="wBook">Book session</button>'}</div>`);
}
function wizCollect(){const w=ui.wiz;
  if(w.step===1){w.studentId=$('#wStudent').value;w.subject=$('#wSubject').value;if(!w.studentId||!w.subject)return 'Choose a student and a subject.';}
  if(w.step===2){const r=document.querySelector('input[name=wTutor]:checked');if(!r)return 'Choose a tutor.';w.tutorId=r.value;}
  if(w.step===3){w.date=$('#wDate').value;w.time=$('#wTime').value;const d=document.querySelector('input[name=wDur]:checked');w.duration=d?Number(d.value):60;const l=document.querySelector('input[name=wLoc]:checked');w.location=l?l.value:'';if(!w.date||!w.time||!w.location)return 'Date, time and location are required.';}
  return '';}

function saveTutor(id){
  const t=tut(id);const r=Number($('#tRate').value);if(!(r>0)){$('#tErr').textContent='Enter a valid hourly rate.';return;}
  t.rate=r;t.availability=DAYS.filter(d=>$('#av-'+d).checked);t.email=$('#tEmail').value.trim();closeDlg();toast(`${t.name} updated`);render();
}
function editTutor(id){
  const t=tut(id);
  dlg(`<div class="hd"><h3>Edit tutor — ${esc(t.name)}</h3><button class="close" data-x>×</button></div><div class="bd">
  <div class="two"><div class="f"><label for="tRate">Hourly rate (£)</label><input id="tRate" type="number" min="0" step="1" value="${t.rate}"></div><div class="f"><label for="tEmail">Email</label><input id="tEmail" value="${esc(t.email)}"></div></div>
  <div class="f"><label>Subjects</label><div>${t.subjects.join(', ')}</div></div>
  <div class="f"><label>Available days</label><div class="opts">${DAYS.map(d=>`<label><input type="checkbox" id="av-${d}" ${t.availability.includes(d)?'checked':''}> ${d}</label>`).join('')}</div></div><div class="err" id="tErr"></div></div>
  <div class="ft"><button class="btn" data-x>Cancel</button><button class="btn primary" id="tSave" data-tid="${t.id}">Save tutor</button></div>`);
}

document.addEventListener('click',e=>{
  const t=e.target;
  if(t.closest('#popmenu')){const b=t.closest('button[data-ma]');if(b&&!b.disabled)menuAct(b.dataset.ma);return;}
  const mb=t.closest('[data-menu]');if(mb){const same=ui.menuFor===mb.dataset.menu;closeMenu();if(!same)openMenu(mb,mb.dataset.menu);return;}
  closeMenu();
  const tab=t.closest('#tabs button');if(tab){ui.tab=tab.dataset.tab;ui.record=null;render();return;}
  if(t.closest('[data-x]')||t.id==='overlay'){closeDlg();return;}
  const sf=t.closest('[data-sf]');if(sf){ui.sessFilter=sf.dataset.sf;render();return;}
  const os=t.closest('[data-open-student]');if(os){ui.tab='students';ui.record=os.dataset.openStudent;ui.recTab='overview';ui.editGuardian=false;render();return;}
  if(t.closest('[data-back]')){ui.record=null;render();return;}
  const rt=t.closest('[data-rt]');if(rt){ui.recTab=rt.dataset.rt;ui.editGuardian=false;render();return;}
  if(t.id==='gEdit'){ui.editGuardian=true;render();return;}
  if(t.id==='gCancel'){ui.editGuardian=false;render();return;}
  if(t.id==='gSave'){const s=stu(ui.record);s.guardianName=$('#gName').value.trim();s.guardianRelation=$('#gRel').value;s.guardianPhone=$('#gPhone').value.trim();s.guardianEmail=$('#gEmail').value.trim();ui.editGuardian=false;toast('Contact details saved');render();return;}
  if(t.id==='nSave'){stu(ui.record).notes=$('#nText').value;toast('Notes saved');render();return;}
  const et=t.closest('[data-edit-tutor]');if(et){editTutor(et.dataset.editTutor);return;}
  if(t.id==='tSave'){saveTutor(t.dataset.tid);return;}
  const pd=t.closest('[data-paid]');if(pd){S().invoices.find(i=>i.id===pd.dataset.paid).status='Paid';toast(pd.dataset.paid+' marked paid');render();return;}
  if(t.id==='bookBtn'){startWizard();return;}
  if(t.id==='wNext'){const err=wizCollect();if(err){$('#wErr').textContent=err;return;}ui.wiz.step++;drawWizard();return;}
  if(t.id==='wBack'){ui.wiz.step--;drawWizard();return;}
  if(t.id==='wBook'){const w=ui.wiz;const n=Math.max(...S().sessions.map(s=>+s.id.slice(2)))+1;
    S().sessions.push({id:'S-'+n,studentId:w.studentId,tutorId:w.tutorId,subject:w.subject,date:w.date,time:w.time,duration:w.duration,location:w.location,status:'Scheduled',cancelReason:''});
    closeDlg();toast(`Session S-${n} booked`);render();return;}
});
document.addEventListener('input',e=>{
  const id=e.target.id;
  if(id==='sessQ'||id==='stuQ'){if(id==='sessQ')ui.sessQuery=e.target.value;else ui.studentQuery=e.target.value;const p=e.target.selectionStart;render();const el=$('#'+id);el.focus();el.setSelectionRange(p,p);}
});
document.addEventListener('keydown',e=>{if(e.key==='Escape'){closeMenu();closeDlg();}});
render();
})();
