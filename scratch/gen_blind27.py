"""Generate scenarios/apps/web/blind27_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
import json, re, shutil, threading, functools, http.server
from pathlib import Path
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "scenarios/apps/web"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PRE = ("const s=window.state,H=o=>{const t=JSON.stringify(o);let h=0;for(let i=0;i<t.length;i++)h=(Math.imul(h,31)+t.charCodeAt(i))|0;return h},"
       "X=(o,...k)=>{const c=Object.assign({},o);k.forEach(x=>delete c[x]);return c};")

T = []
def task(page, text, body, hashes):
    T.append(dict(page=page, task=text, body=body, hashes=hashes))

def L(ids):
    return "[" + ",".join("'" + i + "'" for i in ids) + "]"
def others(coll, ids):
    return f"s.{coll}.filter(x=>!{L(ids)}.includes(x.id))"
def rest(coll, ids, *keys):
    k = "".join(",'" + x + "'" for x in keys)
    return f"{L(ids)}.map(i=>X(s.{coll}.find(x=>x.id===i){k}))"
def one(coll, i, *keys):
    k = "".join(",'" + x + "'" for x in keys)
    return f"X(s.{coll}.find(x=>x.id==='{i}'){k})"
PH = lambda e, d: f"{e}.replace(/\\s/g,'')==='{d}'"
UP = lambda e, d: f"{e}.replace(/\\s/g,'').toUpperCase()==='{d}'"

# ---------------- stonemason ----------------
SM = "stonemason/index.html"
task(SM, "Joan Pritchard came in this morning about a headstone for her husband Arthur. He's in the town cemetery here in Ledbury, plot C 112. She's gone for the grey granite with an ogee top, three foot high, with 86 letters V-cut and painted, and she'd like a vase too. She paid the deposit on her card before she left. Her number is 01531 555208 and she lives at 4 Bye Street.",
 "if(s.orders.length!==27)return false;const o=s.orders[26],p=o.payments;return o.id==='KD-1041'&&/^(mrs\\.? )?joan pritchard$/i.test(o.client.trim())&&" + PH("o.phone", "01531555208") + "&&/4 bye street/i.test(o.address)&&/^(mr\\.? )?arthur( pritchard)?$/i.test(o.deceased.trim())&&o.cemetery==='CM-02'&&" + UP("o.plot", "C112") + "&&o.type==='Headstone'&&o.material==='MT-06'&&o.shape==='Ogee'&&o.size==='3ft'&&o.letters===86&&o.style==='V-cut painted'&&o.vase===true&&o.photo===false&&o.price===1731.6&&p.length===1&&p[0].date==='2025-04-09'&&p[0].amount===519.48&&p[0].method==='Card'&&p[0].kind==='Deposit'&&o.permit==='Not applied'&&o.permitRef===''&&o.status==='Ordered'&&o.fixDate===''&&o.fixer===''&&o.fixedOn===''&&o.cancelReason===''&&o.created==='2025-04-09'&&H(s.orders.slice(0,26))===@@A&&H([s.cemeteries,s.materials,s.staff,s.settings])===@@B",
 dict(A="s.orders.slice(0,26)", B="[s.cemeteries,s.materials,s.staff,s.settings]"))
task(SM, "The diocese have come back to us about the Hughes headstone at Castle Frome: the permit's approved, and their reference is DH/25/0417. Can you get the fixing booked for Tuesday the 22nd at half past eight? Dan's doing it and he'll take Rhys with him.",
 "const o=s.orders.find(x=>x.id==='KD-1024');return s.orders.length===26&&o.permit==='Approved'&&" + UP("o.permitRef", "DH/25/0417") + "&&o.permitDate>='2025-04-01'&&o.permitDate<='2025-04-09'&&o.fixDate==='2025-04-22'&&o.fixTime==='08:30'&&o.fixer==='DK'&&o.fixer2==='RM'&&o.status==='Fixing booked'&&H(X(o,'permit','permitRef','permitDate','fixDate','fixTime','fixer','fixer2','status','notes'))===@@A&&H(s.orders.filter(x=>x.id!=='KD-1024'))===@@B&&H([s.cemeteries,s.materials,s.staff,s.settings])===@@C",
 dict(A=one("orders", "KD-1024", "permit", "permitRef", "permitDate", "fixDate", "fixTime", "fixer", "fixer2", "status", "notes"), B="s.orders.filter(x=>x.id!=='KD-1024')", C="[s.cemeteries,s.materials,s.staff,s.settings]"))
task(SM, "Abbie got both of Monday's Malvern Wells fixings in, so can you mark those as done? Mrs Okafor paid off what she still owed, in cash, while Abbie was there. Dan's job at Newent that morning didn't happen in the end because the ground was waterlogged, so please rebook it for Thursday the 17th, same time.",
 "const g=i=>s.orders.find(x=>x.id===i),a=g('KD-1018'),b=g('KD-1022'),c=g('KD-1020'),p=a.payments;return s.orders.length===26&&a.status==='Fixed'&&a.fixedOn==='2025-04-07'&&b.status==='Fixed'&&b.fixedOn==='2025-04-07'&&p.length===2&&p[1].amount===1331.54&&p[1].method==='Cash'&&['2025-04-07','2025-04-09'].includes(p[1].date)&&p[1].kind==='Balance'&&H(p[0])===@@P&&H(X(a,'status','fixedOn','payments','notes'))===@@A&&H(X(b,'status','fixedOn','notes'))===@@B&&c.fixDate==='2025-04-17'&&c.status==='Fixing booked'&&H(X(c,'fixDate','notes'))===@@C&&H(" + others("orders", ["KD-1018", "KD-1020", "KD-1022"]) + ")===@@D&&H([s.cemeteries,s.materials,s.staff,s.settings])===@@E",
 dict(P="s.orders.find(x=>x.id==='KD-1018').payments[0]", A=one("orders", "KD-1018", "status", "fixedOn", "payments", "notes"), B=one("orders", "KD-1022", "status", "fixedOn", "notes"), C=one("orders", "KD-1020", "fixDate", "notes"), D=others("orders", ["KD-1018", "KD-1020", "KD-1022"]), E="[s.cemeteries,s.materials,s.staff,s.settings]"))
task(SM, "New prices from today: lead letters go up to £3.40 and gilded to £5.25, and a vase is now £160. Also, Hereford City Council have written to say their permit fee is now £186, and from now on they want the permit approved before we fix anything in their cemetery.",
 "const st=s.settings,c=s.cemeteries.find(x=>x.id==='CM-03');return st.letters.Lead===3.4&&st.letters.Gilded===5.25&&st.letters['V-cut painted']===2.6&&st.vase===160&&H(X(st,'letters','vase'))===@@A&&c.permitFee===186&&c.permitFirst===true&&H(X(c,'permitFee','permitFirst'))===@@B&&H(s.cemeteries.filter(x=>x.id!=='CM-03'))===@@C&&H([s.orders,s.materials,s.staff])===@@D",
 dict(A="X(s.settings,'letters','vase')", B=one("cemeteries", "CM-03", "permitFee", "permitFirst"), C="s.cemeteries.filter(x=>x.id!=='CM-03')", D="[s.orders,s.materials,s.staff]"))

# ---------------- sailmaker ----------------
SL = "sailmaker/index.html"
task(SL, "Peter Quill dropped the genoa off from Curlew this morning. The UV strip has had it, so it wants a new one (about 9 metres) and a wash and check while it's here. He's not sailing again till April, so we'll keep it over the winter for him. Give it to Jess. No rush, as long as it's done by the end of November.",
 "if(s.jobs.length!==31)return false;const j=s.jobs[30];return j.id==='SL-2331'&&j.boat==='BT-01'&&j.sail==='Genoa'&&['Repair','Service'].includes(j.kind)&&JSON.stringify(j.work)==='[\"Replace UV strip\",\"Wash & check\"]'&&j.uvLength===9&&j.patches===0&&j.pockets===0&&j.quote===0&&j.inDate==='2025-10-14'&&j.due>='2025-11-28'&&j.due<='2025-11-30'&&j.sailmaker==='JP'&&j.priority==='Normal'&&j.status==='Booked in'&&j.returnBy==='Store for winter'&&j.hours===0&&j.cloth.length===0&&j.charge===0&&j.payments.length===0&&j.completedOn===''&&j.runDate===''&&j.driver===''&&j.holdReason===''&&j.cancelReason===''&&H(s.jobs.slice(0,30))===@@A&&H([s.boats,s.cloth,s.staff,s.settings])===@@B",
 dict(A="s.jobs.slice(0,30)", B="[s.boats,s.cloth,s.staff,s.settings]"))
task(SL, "Kit's finished the mainsail off Moonraker. It took him three and a half hours in the end, and he used 2.4 metres of the 8oz white Dacron. The boom cover they brought in with it isn't worth repairing, though, and Colin's agreed, so cancel that job.",
 "const g=i=>s.jobs.find(x=>x.id===i),j=g('SL-2310'),c=g('SL-2319'),k=s.cloth.find(x=>x.id==='CL-03');return s.jobs.length===30&&j.status==='Ready'&&j.hours===3.5&&JSON.stringify(j.cloth)==='[{\"cloth\":\"CL-03\",\"metres\":2.4}]'&&j.completedOn==='2025-10-14'&&j.charge===237.8&&H(X(j,'status','hours','cloth','completedOn','charge','notes'))===@@A&&c.status==='Cancelled'&&['Not worth repairing','Customer cancelled'].includes(c.cancelReason)&&H(X(c,'status','cancelReason','notes'))===@@B&&k.onHand===31.6&&H(X(k,'onHand'))===@@C&&H(" + others("jobs", ["SL-2310", "SL-2319"]) + ")===@@D&&H(s.cloth.filter(x=>x.id!=='CL-03'))===@@E&&H([s.boats,s.staff,s.settings])===@@F",
 dict(A=one("jobs", "SL-2310", "status", "hours", "cloth", "completedOn", "charge", "notes"), B=one("jobs", "SL-2319", "status", "cancelReason", "notes"), C=one("cloth", "CL-03", "onHand"), D=others("jobs", ["SL-2310", "SL-2319"]), E="s.cloth.filter(x=>x.id!=='CL-03')", F="[s.boats,s.staff,s.settings]"))
task(SL, "Contender's delivery has come in: 50 metres of the 6.5oz white Dacron and 25 of the navy cover acrylic. They've put the navy up to £14.80 a metre, by the way. And can you drop the reorder level on the spinnaker nylon to 30 metres? We don't get through as much as we used to.",
 "const g=i=>s.cloth.find(x=>x.id===i),a=g('CL-02'),b=g('CL-08'),n=g('CL-06'),da=a.deliveries,db=b.deliveries;return a.onHand===68&&da.length===2&&da[1].date==='2025-10-14'&&da[1].metres===50&&H(da[0])===@@P&&H(X(a,'onHand','deliveries'))===@@A&&b.onHand===34&&db.length===2&&db[1].date==='2025-10-14'&&db[1].metres===25&&H(db[0])===@@Q&&b.price===14.8&&H(X(b,'onHand','deliveries','price'))===@@B&&n.reorderAt===30&&H(X(n,'reorderAt'))===@@C&&H(" + others("cloth", ["CL-02", "CL-06", "CL-08"]) + ")===@@D&&H([s.jobs,s.boats,s.staff,s.settings])===@@E",
 dict(P="s.cloth.find(x=>x.id==='CL-02').deliveries[0]", Q="s.cloth.find(x=>x.id==='CL-08').deliveries[0]", A=one("cloth", "CL-02", "onHand", "deliveries"), B=one("cloth", "CL-08", "onHand", "deliveries", "price"), C=one("cloth", "CL-06", "reorderAt"), D=others("cloth", ["CL-02", "CL-06", "CL-08"]), E="[s.jobs,s.boats,s.staff,s.settings]"))
SR = ["SL-2305", "SL-2309", "SL-2312", "SL-2314", "SL-2318", "SL-2320"]
task(SL, "Tom's taking the van round on Friday. Can you put everything that's ready to go back to moorings at Mylor and St Mawes on his run? Leave out the Rustler's mainsail, though: the owner wants us to hang on to it until he's back from holiday. The genoa for Tern at Flushing can go on as well, since he'll be passing.",
 f"const R={L(SR)};return s.jobs.length===30&&R.every(i=>{{const j=s.jobs.find(x=>x.id===i);return j.runDate==='2025-10-17'&&j.driver==='TO'&&j.status==='Ready'}})&&H(" + rest("jobs", SR, "runDate", "driver") + ")===@@A&&H(" + others("jobs", SR) + ")===@@B&&H([s.boats,s.cloth,s.staff,s.settings])===@@C",
 dict(A=rest("jobs", SR, "runDate", "driver"), B=others("jobs", SR), C="[s.boats,s.cloth,s.staff,s.settings]"))

# ---------------- tearoom ----------------
TR = "tearoom/index.html"
task(TR, "Grace Okafor rang to book afternoon tea for her mum's 80th, on Saturday the 21st at three o'clock. There'll be eight of them and she'd love the Garden Room if we can fit them in. Two of the party are coeliac, so they'll need the gluten-free tea, and one is her little girl. Everyone apart from the little one wants the prosecco upgrade. She's paid the deposit over the phone by card. Same number as last time she came.",
 "if(s.bookings.length!==28)return false;const b=s.bookings[27],t=b.teas;return b.id==='CK-528'&&/^(mrs\\.? |ms\\.? |miss )?grace okafor$/i.test(b.name.trim())&&" + PH("b.phone", "07700900623") + "&&b.date==='2025-06-21'&&b.time==='15:00'&&b.guests===8&&b.table==='T8'&&b.kind==='Afternoon tea'&&t.Classic===5&&t['Gluten free']===2&&t.Vegan===0&&t.Child===1&&b.fizz===7&&b.occasion==='Birthday'&&!!b.deposit&&b.deposit.amount===80&&b.deposit.method==='Card'&&b.deposit.date==='2025-06-12'&&b.status==='Booked'&&b.cancelReason===''&&H(s.bookings.slice(0,27))===@@A&&H([s.tables,s.menu,s.staff,s.rota,s.settings])===@@B",
 dict(A="s.bookings.slice(0,27)", B="[s.tables,s.menu,s.staff,s.rota,s.settings]"))
task(TR, "The bakery's changed the lemon drizzle recipe and it has ground almonds in it now, so it needs nuts adding to its allergens, and it's going up to £3.60. The Victoria sponge is off until the weekend, so take it off for now. And we're adding a rhubarb and ginger crumble slice to the cakes at £3.80; it contains gluten, milk and eggs.",
 "if(s.menu.length!==30)return false;const g=i=>s.menu.find(x=>x.id===i),l=g('M-02'),v=g('M-01'),n=s.menu[29];return JSON.stringify(l.allergens)==='[\"Eggs\",\"Gluten\",\"Milk\",\"Nuts\"]'&&l.price===3.6&&H(X(l,'allergens','price','description'))===@@A&&v.available===false&&H(X(v,'available'))===@@B&&n.id==='M-30'&&/rhubarb/i.test(n.name)&&/ginger/i.test(n.name)&&n.section==='Cakes & bakes'&&n.price===3.8&&JSON.stringify(n.allergens)==='[\"Eggs\",\"Gluten\",\"Milk\"]'&&n.vegan===false&&n.glutenFree===false&&n.available===true&&H(s.menu.slice(2,29))===@@C&&H([s.bookings,s.tables,s.staff,s.rota,s.settings])===@@D",
 dict(A=one("menu", "M-02", "allergens", "price", "description"), B=one("menu", "M-01", "available"), C="s.menu.slice(2,29)", D="[s.bookings,s.tables,s.staff,s.rota,s.settings]"))
task(TR, "Becky and Ollie want to swap shifts this weekend: Becky will do Ollie's Sunday and he'll do her Saturday. And Priya can't make Wednesday next week, so can Hannah cover it for her?",
 "return H(s.rota.map(x=>[x.date,x.staff,x.start,x.end,x.role].join('|')).sort())===@@A&&H([s.bookings,s.tables,s.menu,s.staff,s.settings])===@@B",
 dict(A="s.rota.map(x=>[x.date,({'R-014':'OG','R-018':'BH','R-024':'HM'})[x.id]||x.staff,x.start,x.end,x.role].join('|')).sort()", B="[s.bookings,s.tables,s.menu,s.staff,s.settings]"))
task(TR, "From next week we're opening on Mondays again, ten till four, and over the summer we'll stay open until six on Fridays and Saturdays. The classic afternoon tea is going up to £26.50 and so is the gluten-free one; the vegan and children's ones stay as they are. The prosecco upgrade goes up to £8.",
 "const h=s.settings.hours,t=s.settings.teas;return JSON.stringify(h.Mon)==='{\"closed\":false,\"open\":\"10:00\",\"close\":\"16:00\"}'&&h.Fri.closed===false&&h.Fri.open==='10:00'&&h.Fri.close==='18:00'&&h.Sat.closed===false&&h.Sat.open==='09:30'&&h.Sat.close==='18:00'&&H([h.Tue,h.Wed,h.Thu,h.Sun])===@@A&&t.Classic===26.5&&t['Gluten free']===26.5&&t.Vegan===24.5&&t.Child===13.5&&s.settings.fizz===8&&H(X(s.settings,'hours','teas','fizz'))===@@B&&H([s.bookings,s.tables,s.menu,s.staff,s.rota])===@@C",
 dict(A="[s.settings.hours.Tue,s.settings.hours.Wed,s.settings.hours.Thu,s.settings.hours.Sun]", B="X(s.settings,'hours','teas','fizz')", C="[s.bookings,s.tables,s.menu,s.staff,s.rota]"))

# ---------------- mobilelibrary ----------------
ML = "mobilelibrary/index.html"
task(ML, "A new lady joined at the Fridaythorpe stop this morning: Mrs Margaret Ellery. She's 78, so she's a concession. Her phone number is 01377 555218 and she lives at Rose Cottage, Fridaythorpe. She prefers large print. Her first request is Richard Osman's 'The Last Devil to Die' in large print, and she's paid the fee in cash.",
 "if(s.members.length!==37||s.requests.length!==23)return false;const m=s.members[36],r=s.requests[22];return m.id==='WM-1037'&&/^(mrs\\.? )?margaret$/i.test(m.first.trim())&&/^ellery$/i.test(m.last.trim())&&m.category==='Concession'&&" + PH("m.phone", "01377555218") + "&&/rose cottage/i.test(m.address)&&m.stop==='SP-07'&&m.largePrint===true&&m.audio===false&&m.carry===false&&m.joined==='2025-02-04'&&m.status==='Active'&&r.id==='RQ-3023'&&r.member==='WM-1037'&&/last devil to die/i.test(r.title)&&/osman/i.test(r.author)&&r.format==='Large print'&&r.stop==='SP-07'&&r.fee===0.5&&r.paid===true&&r.refunded===false&&r.status==='Waiting'&&r.placed==='2025-02-04'&&H(s.members.slice(0,36))===@@A&&H(s.requests.slice(0,22))===@@B&&H([s.stops,s.routes,s.vanlog,s.staff,s.settings])===@@C",
 dict(A="s.members.slice(0,36)", B="s.requests.slice(0,22)", C="[s.stops,s.routes,s.vanlog,s.staff,s.settings]"))
task(ML, "Fridaythorpe School have told us their car park is being resurfaced, so for the next three weeks (until Tuesday 25 February) we'll have to park outside the Green Dragon instead. From now on Huggate will be at twenty to ten rather than half nine, because of the school bus. And the road into Thixendale is closed for bridge repairs until the end of March, so we'll have to suspend that stop until then.",
 "const g=i=>s.stops.find(x=>x.id===i),f=g('SP-07'),h=g('SP-06'),t=g('SP-08');return s.stops.length===30&&/green dragon/i.test(f.altPlace)&&f.altUntil==='2025-02-25'&&H(X(f,'altPlace','altUntil','notes'))===@@A&&h.arrive==='09:40'&&H(X(h,'arrive','notes'))===@@B&&t.status==='Suspended'&&t.suspendedUntil==='2025-03-31'&&['Roadworks','Access problem'].includes(t.suspendReason)&&H(X(t,'status','suspendedUntil','suspendReason','notes'))===@@C&&H(" + others("stops", ["SP-06", "SP-07", "SP-08"]) + ")===@@D&&H([s.members,s.requests,s.vanlog,s.routes,s.staff,s.settings])===@@E",
 dict(A=one("stops", "SP-07", "altPlace", "altUntil", "notes"), B=one("stops", "SP-06", "arrive", "notes"), C=one("stops", "SP-08", "status", "suspendedUntil", "suspendReason", "notes"), D=others("stops", ["SP-06", "SP-07", "SP-08"]), E="[s.members,s.requests,s.vanlog,s.routes,s.staff,s.settings]"))
MR = ["RQ-3011", "RQ-3012", "RQ-3013", "RQ-3014", "RQ-3015"]
task(ML, "The crate from County HQ has come in. Everything in transit for tomorrow's route is in it except the Hilary Mantel, which they say has gone missing, so please cancel that request and refund the fee. Put the rest on the van.",
 f"const R={L(MR)},q=s.requests.find(x=>x.id==='RQ-3010');return s.requests.length===22&&R.every(i=>{{const r=s.requests.find(x=>x.id===i);return r.status==='On van'&&r.onVanDate==='2025-02-04'}})&&H(" + rest("requests", MR, "status", "onVanDate") + ")===@@A&&q.status==='Cancelled'&&['Lost in transit','Not available'].includes(q.cancelReason)&&q.refunded===true&&H(X(q,'status','cancelReason','refunded'))===@@B&&H(" + others("requests", MR + ["RQ-3010"]) + ")===@@C&&H([s.members,s.stops,s.vanlog,s.routes,s.staff,s.settings])===@@D",
 dict(A=rest("requests", MR, "status", "onVanDate"), B=one("requests", "RQ-3010", "status", "cancelReason", "refunded"), C=others("requests", MR + ["RQ-3010"]), D="[s.members,s.stops,s.vanlog,s.routes,s.staff,s.settings]"))
task(ML, "Can you log today's run? Sue drove; the van read 48,127 miles when she set off and 48,213 when she got back. She put 41.5 litres of diesel in at £1.46 a litre, and she says the nearside indicator lens is cracked. Oh, and the committee have decided concession members won't pay for requests any more.",
 "if(s.vanlog.length!==8)return false;const v=s.vanlog[7];return v.id==='VL-08'&&v.date==='2025-02-04'&&v.route==='B'&&v.driver==='SH'&&v.odoStart===48127&&v.odoEnd===48213&&v.litres===41.5&&v.ppl===1.46&&JSON.stringify(v.defects)==='[\"Lights & indicators\"]'&&/indicator/i.test(v.defectNotes)&&v.fixed===false&&H(s.vanlog.slice(0,7))===@@A&&s.settings.fees.Concession===0&&H(X(s.settings.fees,'Concession'))===@@B&&H(X(s.settings,'fees'))===@@C&&H([s.members,s.requests,s.stops,s.routes,s.staff])===@@D",
 dict(A="s.vanlog.slice(0,7)", B="X(s.settings.fees,'Concession')", C="X(s.settings,'fees')", D="[s.members,s.requests,s.stops,s.routes,s.staff]"))

# ---------------- glazier ----------------
GZ = "glazier/index.html"
task(GZ, "Mr Daniels at 12 Orchard Rise, Hazel Grove rang: his bathroom window has misted up between the panes. It's a sealed unit, 640 wide by 915 high, and there's a smaller one above it, 640 by 380. Both need to be obscure, just the ordinary obscure units, nothing toughened. We'll take the old ones away. Can you put a quote together for him? His number is 0161 555 0372.",
 "if(s.jobs.length!==27)return false;const j=s.jobs[26],P=j.panes.slice().sort((a,b)=>b.height-a.height);return j.id==='BG-5127'&&/daniels/i.test(j.customer)&&" + PH("j.phone", "01615550372") + "&&/12 orchard rise/i.test(j.address)&&j.kind==='Replacement'&&P.length===2&&P[0].glass==='GL-07'&&P[0].width===640&&P[0].height===915&&P[0].qty===1&&P[1].glass==='GL-07'&&P[1].width===640&&P[1].height===380&&P[1].qty===1&&j.dispose===true&&j.access===false&&j.ooh===false&&j.price===321.89&&j.status==='Quote'&&j.deposit===null&&j.payments.length===0&&j.supplier===''&&j.fitDate===''&&j.fitter===''&&j.created==='2025-09-19'&&j.cancelReason===''&&H(s.jobs.slice(0,26))===@@A&&H([s.glass,s.fitters,s.settings])===@@B",
 dict(A="s.jobs.slice(0,26)", B="[s.glass,s.fitters,s.settings]"))
GM = ["BG-5112", "BG-5116"]
task(GZ, "Kev's van is in the garage, so none of his fittings today can go ahead. Move them to Monday at the same times, apart from the Lees' board-up, which can't wait: Dean can do that one this afternoon instead.",
 f"const g=i=>s.jobs.find(x=>x.id===i),M={L(GM)},l=g('BG-5118');return s.jobs.length===26&&M.every(i=>g(i).fitDate==='2025-09-22'&&g(i).status==='Booked'&&g(i).fitter==='KB')&&H(" + rest("jobs", GM, "fitDate") + ")===@@A&&l.fitter==='DM'&&l.fitDate==='2025-09-19'&&l.fitTime==='14:00'&&l.status==='Booked'&&H(X(l,'fitter','notes'))===@@B&&H(" + others("jobs", GM + ["BG-5118"]) + ")===@@C&&H([s.glass,s.fitters,s.settings])===@@D",
 dict(A=rest("jobs", GM, "fitDate"), B=one("jobs", "BG-5118", "fitter", "notes"), C=others("jobs", GM + ["BG-5118"]), D="[s.glass,s.fitters,s.settings]"))
task(GZ, "The Hartleys have said yes to the conservatory roof quote and paid the deposit by card over the phone. I've ordered the units from Pilkington: their reference is PK-77213 and they'll be with us on Wednesday. Can you book Dean in to fit them on Thursday at ten?",
 "const j=s.jobs.find(x=>x.id==='BG-5117');return s.jobs.length===26&&j.status==='Booked'&&!!j.deposit&&j.deposit.amount===582.66&&j.deposit.method==='Card'&&j.deposit.date==='2025-09-19'&&j.payments.length===0&&j.supplier==='Pilkington'&&" + UP("j.supplierRef", "PK-77213") + "&&j.glassDue==='2025-09-24'&&j.fitDate==='2025-09-25'&&j.fitTime==='10:00'&&j.fitter==='DM'&&H(X(j,'status','deposit','supplier','supplierRef','glassDue','fitDate','fitTime','fitter','notes'))===@@A&&H(s.jobs.filter(x=>x.id!=='BG-5117'))===@@B&&H([s.glass,s.fitters,s.settings])===@@C",
 dict(A=one("jobs", "BG-5117", "status", "deposit", "supplier", "supplierRef", "glassDue", "fitDate", "fitTime", "fitter", "notes"), B="s.jobs.filter(x=>x.id!=='BG-5117')", C="[s.glass,s.fitters,s.settings]"))
task(GZ, "Pennine Glass have put their prices up, so from today the 4mm toughened is £62 a square metre and the 6.4mm laminated is £71. We've also stopped doing Georgian wired glass altogether, so it shouldn't be offered on new quotes any more. And the call-out charge is going up to £55.",
 "const g=i=>s.glass.find(x=>x.id===i),a=g('GL-02'),b=g('GL-03'),w=g('GL-05');return s.glass.length===14&&a.perM2===62&&H(X(a,'perM2'))===@@A&&b.perM2===71&&H(X(b,'perM2'))===@@B&&w.available===false&&H(X(w,'available'))===@@C&&H(" + others("glass", ["GL-02", "GL-03", "GL-05"]) + ")===@@D&&s.settings.callout===55&&H(X(s.settings,'callout'))===@@E&&H([s.jobs,s.fitters])===@@F",
 dict(A=one("glass", "GL-02", "perM2"), B=one("glass", "GL-03", "perM2"), C=one("glass", "GL-05", "available"), D=others("glass", ["GL-02", "GL-03", "GL-05"]), E="X(s.settings,'callout')", F="[s.jobs,s.fitters]"))

# ---------------- cobbler ----------------
CB = "cobbler/index.html"
task(CB, "Mrs Hale has just dropped off her black knee boots. She wants full soles and heels on them, both in rubber, and the zip on the left boot needs replacing. She needs them back for Saturday, so it'll have to be express. She paid £20 towards it in cash.",
 "if(s.tickets.length!==27)return false;const t=s.tickets[26],Q=t.lines.slice().sort((a,b)=>a.service.localeCompare(b.service)),p=t.payments;return t.id==='LS-4427'&&t.customer==='C-201'&&/boot/i.test(t.item)&&JSON.stringify(Q)==='[{\"service\":\"SV-03\",\"qty\":1,\"price\":12.5},{\"service\":\"SV-08\",\"qty\":1,\"price\":38},{\"service\":\"SV-09\",\"qty\":1,\"price\":35}]'&&t.express===true&&t.total===111.15&&t.discount===0&&t.redeemed===false&&t.promised==='2025-11-22'&&t.inDate==='2025-11-20'&&t.status==='In progress'&&p.length===1&&p[0].amount===20&&p[0].method==='Cash'&&p[0].kind==='Deposit'&&p[0].date==='2025-11-20'&&H(s.tickets.slice(0,26))===@@A&&H([s.customers,s.services,s.settings])===@@B",
 dict(A="s.tickets.slice(0,26)", B="[s.customers,s.services,s.settings]"))
task(CB, "Mr Fenwick's here for his brogues and the briefcase. His loyalty card is full, so he gets the heels on the brogues free; he's paying the rest by card.",
 "const g=i=>s.tickets.find(x=>x.id===i),a=g('LS-4409'),b=g('LS-4410'),c=s.customers.find(x=>x.id==='C-203'),P=t=>t.payments.length>0&&t.payments.every(p=>p.method==='Card'&&p.date==='2025-11-20')&&Math.abs(t.payments.reduce((x,p)=>x+p.amount,0)-(t===a?32:46))<0.001;return s.tickets.length===26&&a.status==='Collected'&&a.collectedOn==='2025-11-20'&&a.discount===14.5&&a.redeemed===true&&P(a)&&H(X(a,'status','collectedOn','discount','redeemed','payments'))===@@A&&b.status==='Collected'&&b.collectedOn==='2025-11-20'&&b.discount===0&&b.redeemed===false&&P(b)&&H(X(b,'status','collectedOn','payments'))===@@B&&c.stamps===2&&H(X(c,'stamps'))===@@C&&H(" + others("tickets", ["LS-4409", "LS-4410"]) + ")===@@D&&H(s.customers.filter(x=>x.id!=='C-203'))===@@E&&H([s.services,s.settings])===@@F",
 dict(A=one("tickets", "LS-4409", "status", "collectedOn", "discount", "redeemed", "payments"), B=one("tickets", "LS-4410", "status", "collectedOn", "payments"), C=one("customers", "C-203", "stamps"), D=others("tickets", ["LS-4409", "LS-4410"]), E="s.customers.filter(x=>x.id!=='C-203')", F="[s.services,s.settings]"))
CR = ["LS-4401", "LS-4403", "LS-4404", "LS-4405", "LS-4406"]
task(CB, "Time for a clear-out of the shelves: anything that's been ready since before the start of September and still hasn't been collected can go to the hospice shop. Not Mr Oduya's boots, though: he rang to say he's coming in for them on Saturday.",
 f"const R={L(CR)};return s.tickets.length===26&&R.every(i=>{{const t=s.tickets.find(x=>x.id===i);return t.status==='To charity'&&t.charityOn==='2025-11-20'&&t.shelf===''}})&&H(" + rest("tickets", CR, "status", "charityOn", "shelf") + ")===@@A&&H(" + others("tickets", CR) + ")===@@B&&H([s.customers,s.services,s.settings])===@@C",
 dict(A=rest("tickets", CR, "status", "charityOn", "shelf"), B=others("tickets", CR), C="[s.customers,s.services,s.settings]"))
task(CB, "Key cutting is going up: Yale-type keys to £5.50 and mortice keys to £8. We're also adding handbag strap replacement under bags and leather, at £24 and about 40 minutes. And the express surcharge is changing to 50%.",
 "if(s.services.length!==23)return false;const g=i=>s.services.find(x=>x.id===i),a=g('SV-16'),b=g('SV-17'),n=s.services[22];return a.price===5.5&&H(X(a,'price'))===@@A&&b.price===8&&H(X(b,'price'))===@@B&&n.id==='SV-23'&&/handbag strap/i.test(n.name)&&n.cat==='Bags & leather'&&n.price===24&&n.mins===40&&n.active===true&&H(s.services.filter(x=>!['SV-16','SV-17'].includes(x.id)).slice(0,20))===@@C&&s.settings.expressPct===50&&H(X(s.settings,'expressPct'))===@@D&&H([s.tickets,s.customers])===@@E",
 dict(A=one("services", "SV-16", "price"), B=one("services", "SV-17", "price"), C="s.services.filter(x=>!['SV-16','SV-17'].includes(x.id)).slice(0,20)", D="X(s.settings,'expressPct')", E="[s.tickets,s.customers]"))


def serve():
    class Q(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a): pass
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Q, directory=str(WEB)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def main():
    import os
    assert len(T) == 24 or os.environ.get('PARTIAL')
    srv = serve()
    base = f"http://127.0.0.1:{srv.server_address[1]}/"
    out = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        for t in T:
            pg = b.new_page(viewport={"width": 1280, "height": 720})
            pg.goto(base + t["page"])
            names = list(t["hashes"])
            js = "(()=>{" + PRE + "return [" + ",".join("H(" + t["hashes"][n] + ")" for n in names) + "]})()"
            vals = pg.evaluate(js)
            body = t["body"]
            for n, v in zip(names, vals):
                assert "@@" + n in body, (t["task"], n)
                body = re.sub(r"@@" + n + r"\b", str(v), body)
            assert "@@" not in body, body
            check = "(()=>{" + PRE + body + "})()"
            assert pg.evaluate(check) is False, t["task"]
            out.append({"page": t["page"], "task": t["task"], "check": check})
            pg.close()
        b.close()
    srv.shutdown()
    (WEB / "blind27_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
