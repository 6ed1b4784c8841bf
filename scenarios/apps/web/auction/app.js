(function(){
'use strict';
const TODAY='2025-02-21';
const L=(id,lotNo,saleId,title,category,estLow,estHigh,reserve,consignor,condition,extra)=>Object.assign({id,lotNo,saleId,title,category,estLow,estHigh,reserve,status:'Catalogued',withdrawReason:'',consignor,condition,bids:[]},extra||{});
window.state={
  sales:[
    {id:'SA-25-03',name:'Spring Fine Art & Antiques',date:'2025-03-08',venue:'Main saleroom',viewing:'6–7 March'},
    {id:'SA-25-04',name:'Ceramics & Glass',date:'2025-03-22',venue:'Main saleroom',viewing:'20–21 March'},
    {id:'SA-25-05',name:'Jewellery, Silver & Watches',date:'2025-04-05',venue:'Gallery room',viewing:'3–4 April'},
    {id:'SA-25-06',name:'Country House Contents',date:'2025-04-26',venue:'Main saleroom',viewing:'24–25 April'}
  ],
  bidders:[
    {id:'P-2201',name:'Ms Caroline Ashby',town:'Bath'},
    {id:'P-2205',name:'Mr Ravi Menon',town:'Bristol'},
    {id:'P-2209',name:'Dr Helen Fairclough',town:'Wells'},
    {id:'P-2214',name:'Mr Edward Hargreaves',town:'Frome'},
    {id:'P-2218',name:'Mr Owen Tilbury',town:'Chippenham'},
    {id:'P-2222',name:'Mrs Patricia Lomax',town:'Devizes'},
    {id:'P-2226',name:'Kestrel Antiques Ltd',town:'Cirencester'},
    {id:'P-2231',name:'Mrs Julia Hargreaves',town:'Frome'},
    {id:'P-2235',name:'Mr Samuel Oduya',town:'Swindon'},
    {id:'P-2240',name:'Ms Ines Carvalho',town:'London'}
  ],
  lots:[
    L('LT-01',41,'SA-25-03','Victorian mahogany bracket clock, twin fusee','Clocks',400,600,350,'Estate of Mrs M. Pollard','Case with minor veneer losses; movement running.'),
    L('LT-02',44,'SA-25-03','Whitby harbour at dusk, oil on canvas, signed J. Hartley','Paintings',800,1200,700,'Mr & Mrs D. Kemp','Relined; small retouch upper left.',{bids:[{bidder:'P-2209',max:950,phone:false,placed:'2025-02-17'}]}),
    L('LT-03',47,'SA-25-03','Pair of Regency rosewood side chairs','Furniture',300,500,250,'Mr A. Whitcombe','Drop-in seats recovered.'),
    L('LT-04',49,'SA-25-03','Georgian silver teapot, London 1791, Peter & Ann Bateman','Silver',1200,1800,1000,'Estate of Mrs M. Pollard','Approx. 18oz. Light surface wear, hinge sound.',{bids:[{bidder:'P-2226',max:1400,phone:false,placed:'2025-02-19'}]}),
    L('LT-05',52,'SA-25-03','Edwardian silver-plated four-piece tea service','Silver',150,250,120,'Mrs K. Dobson','Some wear to plating.'),
    L('LT-06',55,'SA-25-03','Dales landscape, watercolour, after Turner','Paintings',200,300,0,'Mr A. Whitcombe','Foxing to margins.'),
    L('LT-07',58,'SA-25-03','Arts & Crafts oak glazed bookcase','Furniture',500,800,450,'Mr & Mrs D. Kemp','',{status:'Withdrawn',withdrawReason:'Condition issue'}),
    L('LT-08',104,'SA-25-04','Moorcroft Pomegranate pattern vase, c.1915','Ceramics',600,900,550,'Dr S. Patel','Fine crazing, no restoration.'),
    L('LT-09',108,'SA-25-04','Set of six Georgian air-twist wine glasses','Glass',250,350,200,'Mrs K. Dobson','One foot with a small chip.'),
    L('LT-10',112,'SA-25-04','Royal Worcester blush ivory ewer, 1898','Ceramics',300,500,260,'Estate of Mrs M. Pollard','Gilding rubbed to handle.',{bids:[{bidder:'P-2201',max:420,phone:false,placed:'2025-02-18'}]}),
    L('LT-11',117,'SA-25-04','Troika pottery coffin vase, Newlyn','Ceramics',180,250,150,'Ms R. Lawson',''),
    L('LT-12',203,'SA-25-05','Omega Seamaster wristwatch, 1960s, steel','Jewellery',900,1400,800,'Mr J. Reilly','Serviced 2023; replaced strap.'),
    L('LT-13',207,'SA-25-05','Victorian garnet cluster brooch, 15ct gold','Jewellery',350,500,300,'Mrs K. Dobson',''),
    L('LT-14',311,'SA-25-06','Clarice Cliff Bizarre jug, Crocus pattern','Ceramics',250,400,220,'Ms R. Lawson','Small glaze nibble to rim.'),
    L('LT-15',315,'SA-25-06','George III oak eight-day longcase clock','Clocks',700,1000,600,'Mr A. Whitcombe','Painted dial; pendulum and weights present.')
  ]
};
const CATS=['Ceramics','Clocks','Furniture','Glass','Jewellery','Paintings','Silver'];
const REASONS=['Vendor request','Condition issue','Provenance query','Sold privately'];
const ui={page:'catalogue',sale:'all',q:'',lot:null,tab:'details',ddFor:null};
const S=()=>window.state,$=s=>document.querySelector(s);
const esc=v=>String(v==null?'':v).replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const lot=id=>S().lots.find(l=>l.id===id),sale=id=>S().sales.find(s=>s.id===id),bidder=id=>S().bidders.find(b=>b.id===id);
const MO=['January','February','March','April','May','June','July','August','September','October','November','December'];
const fmt=d=>{const x=new Date(d+'T12:00:00');return `${x.getDate()} ${MO[x.getMonth()]} ${x.getFullYear()}`;};
const gbp=n=>'£'+Number(n).toLocaleString('en-GB');
let nt;function note(m){const t=$('#note');t.textContent=m;t.classList.remove('hidden');clearTimeout(nt);nt=setTimeout(()=>t.classList.add('hidden'),2600);}
function pop(h){$('#pop').innerHTML=h;$('#veil').classList.remove('hidden');}
function closePop(){$('#veil').classList.add('hidden');$('#pop').innerHTML='';}
function closeDd(){$('#dd').classList.add('hidden');ui.ddFor=null;}

function render(){
  document.querySelectorAll('[data-go]').forEach(a=>a.classList.toggle('on',a.dataset.go===ui.page));
  const p=$('#page'),cr=$('#crumbs');
  if(ui.page==='catalogue'&&ui.lot){const l=lot(ui.lot);cr.innerHTML=`<a data-go="catalogue">Catalogue</a> / ${esc(sale(l.saleId).name)} / Lot ${l.lotNo}`;p.innerHTML=viewLot(l);return;}
  cr.innerHTML='';
  if(ui.page==='catalogue'){
    const q=ui.q.trim().toLowerCase();
    const ls=S().lots.filter(l=>(ui.sale==='all'||l.saleId===ui.sale)&&(!q||(l.title+' '+l.category+' lot '+l.lotNo).toLowerCase().includes(q))).sort((a,b)=>a.lotNo-b.lotNo);
    p.innerHTML=`<h1>Catalogue</h1><div class="filters"><select id="saleFilter"><option value="all">All upcoming sales</option>${S().sales.map(s=>`<option value="${s.id}" ${s.id===ui.sale?'selected':''}>${esc(s.name)} — ${fmt(s.date)}</option>`).join('')}</select><input id="lotQ" type="search" placeholder="Search lots or lot number" style="width:260px"><span class="gap"></span><span class="muted">${ls.length} lots</span></div>
    <div class="grid">${ls.map(l=>`<div class="lot" data-lot="${l.id}"><div class="ph ${l.category}">Lot ${l.lotNo}</div><div class="in"><b>${esc(l.title)}</b><div class="est"><span>Est. ${gbp(l.estLow)}–${gbp(l.estHigh)}</span>${l.status!=='Catalogued'?`<span class="tagx ${l.status}">${l.status}</span>`:`<span class="tagx">${esc(sale(l.saleId).name.split(/[ ,]/)[0])}</span>`}</div></div></div>`).join('')}</div>`;
    $('#lotQ').value=ui.q;
  } else if(ui.page==='sales'){
    p.innerHTML=`<h1>Sales calendar</h1><table class="tbl"><thead><tr><th>Sale</th><th>Code</th><th>Date</th><th>Viewing</th><th>Venue</th><th>Lots</th><th>Withdrawn</th></tr></thead><tbody>${S().sales.map(s=>{const ls=S().lots.filter(l=>l.saleId===s.id);return `<tr><td><b>${esc(s.name)}</b></td><td>${s.id}</td><td>${fmt(s.date)}</td><td>${s.viewing}</td><td>${s.venue}</td><td>${ls.length}</td><td>${ls.filter(l=>l.status==='Withdrawn').length}</td></tr>`;}).join('')}</tbody></table>`;
  } else {
    p.innerHTML=`<h1>Registered bidders</h1><table class="tbl"><thead><tr><th>Paddle</th><th>Name</th><th>Town</th><th>Commission bids</th></tr></thead><tbody>${S().bidders.map(b=>`<tr><td>${b.id}</td><td>${esc(b.name)}</td><td>${b.town}</td><td>${S().lots.reduce((n,l)=>n+l.bids.filter(x=>x.bidder===b.id).length,0)}</td></tr>`).join('')}</tbody></table>`;
  }
}
function viewLot(l){
  const s=sale(l.saleId);let body='';
  if(ui.tab==='details') body=`<div class="form"><div class="fi"><label for="fTitle">Title</label><input id="fTitle" value="${esc(l.title)}"></div>
   <div class="fr"><div class="fi"><label for="fCat">Category</label><select id="fCat">${CATS.map(c=>`<option ${c===l.category?'selected':''}>${c}</option>`).join('')}</select></div><div class="fi"><label for="fLow">Low estimate (£)</label><input id="fLow" type="number" value="${l.estLow}"></div><div class="fi"><label for="fHigh">High estimate (£)</label><input id="fHigh" type="number" value="${l.estHigh}"></div></div>
   <div class="fr"><div class="fi"><label for="fReserve">Reserve (£)</label><input id="fReserve" type="number" value="${l.reserve}"></div><div class="fi"><label>Sale</label><div style="padding-top:6px">${esc(s.name)}</div></div><div class="fi"><label>Lot number</label><div style="padding-top:6px">${l.lotNo}</div></div></div>
   <div class="fi"><label for="fCond">Condition report</label><textarea id="fCond" rows="3">${esc(l.condition)}</textarea></div><div class="err" id="fErr"></div>
   <div style="display:flex;justify-content:flex-end;gap:8px"><button class="btn" id="fReset">Revert</button><button class="btn gold" id="fSave" ${l.status==='Withdrawn'?'disabled':''}>Save lot</button></div></div>`;
  else if(ui.tab==='bids') body=`<div style="display:flex;justify-content:space-between;align-items:center;margin-bottom:10px"><span class="muted">${l.bids.length} commission bid${l.bids.length===1?'':'s'} left with the office</span><button class="btn gold" id="addBid" ${l.status!=='Catalogued'?'disabled':''}>+ Add commission bid</button></div>
   <table class="tbl"><thead><tr><th>Paddle</th><th>Bidder</th><th>Maximum</th><th>Phone bid</th><th>Taken</th></tr></thead><tbody>${l.bids.map(b=>`<tr><td>${b.bidder}</td><td>${esc(bidder(b.bidder).name)}</td><td>${gbp(b.max)}</td><td>${b.phone?'Yes':'No'}</td><td>${fmt(b.placed)}</td></tr>`).join('')||'<tr><td colspan="5" class="muted">No commission bids yet.</td></tr>'}</tbody></table>`;
  else body=`<div class="form"><div class="fi"><label>Consignor</label>${esc(l.consignor)}</div><div class="fi"><label>Vendor commission</label>15% + VAT</div><div class="fi"><label>Other lots from this consignor</label>${S().lots.filter(x=>x.consignor===l.consignor&&x.id!==l.id).map(x=>`Lot ${x.lotNo} — ${esc(x.title)}`).join('<br>')||'None'}</div></div>`;
  return `<div class="rec-head"><div class="ph ${l.category}">Lot ${l.lotNo}</div><div class="grow"><h1>${esc(l.title)}</h1><div class="sub">${esc(s.name)} · ${fmt(s.date)} · Est. ${gbp(l.estLow)}–${gbp(l.estHigh)} · Reserve ${l.reserve?gbp(l.reserve):'none'}</div><div style="margin-top:6px"><span class="tagx ${l.status}">${l.status}</span>${l.withdrawReason?` <span class="muted" style="font-size:13px">(${esc(l.withdrawReason)})</span>`:''}</div></div><button class="btn" id="lotMore" aria-label="Lot actions">⋯ Actions</button></div>
  <div class="tabbar">${[['details','Details'],['bids','Commission bids'],['consignor','Consignor']].map(([k,t])=>`<button data-tab="${k}" class="${k===ui.tab?'on':''}">${t}</button>`).join('')}</div>${body}`;
}
function nextLotNo(saleId){const ns=S().lots.filter(l=>l.saleId===saleId).map(l=>l.lotNo);const base={'SA-25-03':1,'SA-25-04':101,'SA-25-05':201,'SA-25-06':301}[saleId]||1;return ns.length?Math.max(...ns)+1:base;}
function ddAct(a){
  const l=lot(ui.lot);closeDd();
  if(a==='withdraw'){
    pop(`<div class="t">Withdraw lot ${l.lotNo}<button class="close" data-shut>×</button></div><div class="m"><p style="margin-top:0">${esc(l.title)}</p><div class="fi"><label for="wReason">Reason</label><select id="wReason"><option value="">Select…</option>${REASONS.map(r=>`<option>${r}</option>`).join('')}</select></div><label class="ck"><input type="checkbox" id="wNotify" checked> Notify bidders who left commission bids</label><div class="err" id="wErr"></div></div>
    <div class="b"><button class="btn" data-shut>Cancel</button><button class="btn warn" id="wGo">Withdraw lot</button></div>`);
    $('#wGo').onclick=()=>{const r=$('#wReason').value;if(!r){$('#wErr').textContent='Choose a reason.';return;}l.status='Withdrawn';l.withdrawReason=r;closePop();note(`Lot ${l.lotNo} withdrawn`);render();};
  } else if(a==='move'){
    pop(`<div class="t">Move lot ${l.lotNo} to another sale<button class="close" data-shut>×</button></div><div class="m"><div class="fi"><label for="mSale">New sale</label><select id="mSale"><option value="">Select a sale…</option>${S().sales.filter(s=>s.id!==l.saleId).map(s=>`<option value="${s.id}">${esc(s.name)} — ${fmt(s.date)}</option>`).join('')}</select></div><div class="fi"><label for="mNo">New lot number</label><input id="mNo" type="number" style="width:120px"></div><div class="err" id="mErr"></div></div>
    <div class="b"><button class="btn" data-shut>Cancel</button><button class="btn gold" id="mGo">Move lot</button></div>`);
    $('#mSale').onchange=()=>{const v=$('#mSale').value;$('#mNo').value=v?nextLotNo(v):'';};
    $('#mGo').onclick=()=>{const v=$('#mSale').value,n=parseInt($('#mNo').value,10);if(!v){$('#mErr').textContent='Choose a sale.';return;}if(!(n>0)){$('#mErr').textContent='Enter a lot number.';return;}
      if(S().lots.some(x=>x.saleId===v&&x.lotNo===n)){$('#mErr').textContent=`Lot ${n} is already used in that sale.`;return;}
      l.saleId=v;l.lotNo=n;closePop();note(`Moved to ${sale(v).name} as lot ${n}`);render();};
  } else if(a==='reinstate'){l.status='Catalogued';l.withdrawReason='';note(`Lot ${l.lotNo} reinstated`);render();}
}
function addBid(l){
  pop(`<div class="t">Commission bid — lot ${l.lotNo}<button class="close" data-shut>×</button></div><div class="m"><div class="fi"><label for="bBidder">Bidder</label><select id="bBidder"><option value="">Select bidder…</option>${S().bidders.map(b=>`<option value="${b.id}">${b.id} · ${esc(b.name)} (${b.town})</option>`).join('')}</select></div>
  <div class="fi"><label for="bMax">Maximum bid (£)</label><input id="bMax" type="number" min="1" style="width:160px"></div><label class="ck"><input type="checkbox" id="bPhone"> Telephone the bidder during the sale</label><div class="err" id="bErr"></div></div>
  <div class="b"><button class="btn" data-shut>Cancel</button><button class="btn gold" id="bGo">Save bid</button></div>`);
  $('#bGo').onclick=()=>{const b=$('#bBidder').value,m=Number($('#bMax').value);if(!b||!(m>0)){$('#bErr').textContent='Bidder and maximum are required.';return;}
    if(m<l.estLow*0.5){$('#bErr').textContent='Bid is below half the low estimate.';return;}
    l.bids.push({bidder:b,max:m,phone:$('#bPhone').checked,placed:TODAY});closePop();note('Commission bid saved');render();};
}
document.addEventListener('click',e=>{
  const t=e.target;
  if(t.closest('#dd')){const b=t.closest('button[data-a]');if(b&&!b.disabled)ddAct(b.dataset.a);return;}
  if(t.id==='lotMore'){if(ui.ddFor){closeDd();return;}const l=lot(ui.lot);ui.ddFor=l.id;const d=$('#dd');
    d.innerHTML=`<button data-a="move" ${l.status==='Catalogued'?'':'disabled'}>Move to another sale…</button><button data-a="reinstate" ${l.status==='Withdrawn'?'':'disabled'}>Reinstate lot</button><button data-a="withdraw" class="red" ${l.status==='Catalogued'?'':'disabled'}>Withdraw lot…</button>`;
    const r=t.getBoundingClientRect();d.style.top=(r.bottom+4)+'px';d.style.left=(r.right-215)+'px';d.classList.remove('hidden');return;}
  closeDd();
  const g=t.closest('[data-go]');if(g){e.preventDefault();ui.page=g.dataset.go;ui.lot=null;render();return;}
  if(t.closest('[data-shut]')||t.id==='veil'){closePop();return;}
  const lc=t.closest('[data-lot]');if(lc){ui.lot=lc.dataset.lot;ui.tab='details';render();return;}
  const tb=t.closest('[data-tab]');if(tb){ui.tab=tb.dataset.tab;render();return;}
  if(t.id==='fReset'){render();return;}
  if(t.id==='fSave'){const l=lot(ui.lot),lo=Number($('#fLow').value),hi=Number($('#fHigh').value),rs=Number($('#fReserve').value);
    if(!(lo>0)||!(hi>=lo)){$('#fErr').textContent='High estimate must be at least the low estimate.';return;}
    if(rs>hi){$('#fErr').textContent='Reserve cannot exceed the high estimate.';return;}
    Object.assign(l,{title:$('#fTitle').value.trim(),category:$('#fCat').value,estLow:lo,estHigh:hi,reserve:rs,condition:$('#fCond').value});note(`Lot ${l.lotNo} saved`);render();return;}
  if(t.id==='addBid'){addBid(lot(ui.lot));return;}
});
document.addEventListener('change',e=>{if(e.target.id==='saleFilter'){ui.sale=e.target.value;render();}});
document.addEventListener('input',e=>{if(e.target.id==='lotQ'){ui.q=e.target.value;const p=e.target.selectionStart;render();const q=$('#lotQ');q.focus();q.setSelectionRange(p,p);}});
document.addEventListener('keydown',e=>{if(e.key==='Escape'){closeDd();closePop();}});
render();
})();
