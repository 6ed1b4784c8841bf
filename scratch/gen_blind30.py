"""Generate scenarios/apps/web/blind30_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- pianohire ----------------
PI = "pianohire/index.html"
task(PI, "Gemma Pryce from the Crown Hotel in Knaresborough has been on, 01423 555716. They've got a wedding on Saturday the 26th and want the white baby grand in their ballroom, which is on the ground floor, so no steps. We'd take it over on the Friday and fetch it back on the Monday, and she'd like it tuned once it's in. They'll pay when we invoice them.",
 "if(s.hires.length!==21)return false;const h=s.hires[20];return h.id==='PH-3121'&&h.kind==='Event'&&/(gemma pryce|crown hotel)/i.test(h.customer)&&" + PH("h.phone", "01423555716") + "&&/knaresborough/i.test(h.address)&&h.piano==='PN-07'&&h.deliverOn==='2025-04-25'&&h.collectOn==='2025-04-28'&&h.steps===0&&h.tune===true&&h.price===590&&h.monthly===0&&h.status==='Booked'&&h.payments.length===0&&h.collectedOn===''&&h.returnCondition===''&&h.cancelReason===''&&h.created==='2025-04-15'&&H(s.hires.slice(0,20))===@@A&&H([s.pianos,s.tunings,s.settings])===@@B",
 dict(A="s.hires.slice(0,20)", B="[s.pianos,s.tunings,s.settings]"))
task(PI, "Dan's just brought the Kawai back from Mrs Whitaker's in Ripon (she's bought a piano of her own, so that rental's finished), and he says it's come back in good shape. Oh, and Mr Osei's April rental came in by bank transfer this morning.",
 "const g=i=>s.hires.find(x=>x.id===i),a=g('PH-3101'),b=g('PH-3102'),p=s.pianos.find(x=>x.id==='PN-03'),q=b.payments;return s.hires.length===20&&a.status==='Collected'&&a.collectedOn==='2025-04-15'&&a.returnCondition==='Good'&&H(X(a,'status','collectedOn','returnCondition','notes'))===@@A&&p.status==='Available'&&H(X(p,'status','notes'))===@@P&&q.length===5&&H(q.slice(0,4))===@@Q&&JSON.stringify(q[4])==='{\"date\":\"2025-04-15\",\"amount\":45,\"method\":\"Bank transfer\",\"kind\":\"Rental\"}'&&H(X(b,'payments','notes'))===@@B&&H(" + others("hires", ["PH-3101", "PH-3102"]) + ")===@@C&&H(" + others("pianos", ["PN-03"]) + ")===@@D&&H([s.tunings,s.settings])===@@E",
 dict(A=one("hires", "PH-3101", "status", "collectedOn", "returnCondition", "notes"), P=one("pianos", "PN-03", "status", "notes"), Q="s.hires.find(x=>x.id==='PH-3102').payments.slice(0,4)", B=one("hires", "PH-3102", "payments", "notes"), C=others("hires", ["PH-3101", "PH-3102"]), D=others("pianos", ["PN-03"]), E="[s.tunings,s.settings]"))
PHT = ["TV-504", "TV-505", "TV-507"]
task(PI, "Alan's done his back in and he's off for the rest of the week. Can you give all his tuning visits from today up to Saturday to Kate? Not Thursday's at the Royal Hall, though: they'll only let Alan near the concert Steinway, so leave that one with him and I'll ring them.",
 f"const g=i=>s.tunings.find(x=>x.id===i);return s.tunings.length===15&&{L(PHT)}.every(i=>g(i).tuner==='KD'&&g(i).status==='Booked')&&H(" + rest("tunings", PHT, "tuner", "notes") + ")===@@A&&H(" + others("tunings", PHT) + ")===@@B&&H([s.hires,s.pianos,s.settings])===@@C",
 dict(A=rest("tunings", PHT, "tuner", "notes"), B=others("tunings", PHT), C="[s.hires,s.pianos,s.settings]"))
task(PI, "Diesel's gone up again, so delivery and collection is £105 from now on, and the tuning call-out is going up to £80. We've also bought a second-hand Yamaha GB1 baby grand in polished black: add it to the fleet. It's for events only, at £420 like the other baby grands.",
 "const st=s.settings,n=s.pianos[15];return st.delivery===105&&st.tuning===80&&H(X(st,'delivery','tuning'))===@@A&&s.pianos.length===16&&n.id==='PN-16'&&/gb1/i.test(n.name)&&n.type==='Baby grand'&&n.finish==='Black'&&n.eventPrice===420&&n.monthly===null&&n.status==='Available'&&n.lastTuned===''&&H(s.pianos.slice(0,15))===@@B&&H([s.hires,s.tunings])===@@C",
 dict(A="X(s.settings,'delivery','tuning')", B="s.pianos.slice(0,15)", C="[s.hires,s.tunings]"))

# ---------------- beachhuts ----------------
BH = "beachhuts/index.html"
task(BH, "A Mr Colin Harte rang, 07700 900452. He'd like one of our holiday huts on the Promenade for a fortnight from Saturday the 24th of May; he doesn't mind which, as long as it's free. He paid for the lot on his card while he was on the phone.",
 "if(s.lets.length!==19)return false;const l=s.lets[18];return l.id==='WL-5219'&&l.hut==='HUT-11'&&/^(mr\\.? )?colin harte$/i.test(l.name.trim())&&" + PH("l.phone", "07700900452") + "&&l.start==='2025-05-24'&&l.weeks===2&&l.price===220&&JSON.stringify(l.payments)==='[{\"date\":\"2025-04-14\",\"amount\":220,\"method\":\"Card\"}]'&&l.status==='Booked'&&l.cancelReason===''&&l.created==='2025-04-14'&&H(s.lets.slice(0,18))===@@A&&H([s.huts,s.licences,s.waiting,s.settings])===@@B",
 dict(A="s.lets.slice(0,18)", B="[s.huts,s.licences,s.waiting,s.settings]"))
task(BH, "Mrs Pickering came in this morning. She's moving to be near her son, so she's giving up her hut on Spa Gardens; end her licence as of today. Then offer the hut to whoever's been waiting longest for one on Spa Gardens.",
 "const l=s.licences.find(x=>x.id==='LC-2523'),w=s.waiting.find(x=>x.id==='WT-303');return s.licences.length===29&&l.status==='Ended'&&l.endedOn==='2025-04-14'&&l.endReason==='Given up'&&H(X(l,'status','endedOn','endReason','notes'))===@@A&&w.status==='Offered'&&w.offeredHut==='HUT-30'&&w.offeredOn==='2025-04-14'&&w.replyBy==='2025-04-28'&&H(X(w,'status','offeredHut','offeredOn','replyBy','notes'))===@@B&&H(" + others("licences", ["LC-2523"]) + ")===@@C&&H(" + others("waiting", ["WT-303"]) + ")===@@D&&H([s.huts,s.lets,s.settings])===@@E",
 dict(A=one("licences", "LC-2523", "status", "endedOn", "endReason", "notes"), B=one("waiting", "WT-303", "status", "offeredHut", "offeredOn", "replyBy", "notes"), C=others("licences", ["LC-2523"]), D=others("waiting", ["WT-303"]), E="[s.huts,s.lets,s.settings]"))
BHC = ["HUT-%d" % i for i in range(17, 28)]
task(BH, "The cliff above the Upper terrace has slipped again, so the engineers want all the huts on that row shut until they've been. Put them down as closed until Friday the 6th of June. Not hut 28 at the far end, though: that one's well clear of the slip and can stay open.",
 f"const g=i=>s.huts.find(x=>x.id===i);return s.huts.length===36&&{L(BHC)}.every(i=>g(i).condition==='Closed'&&g(i).closedUntil==='2025-06-06'&&g(i).closedReason==='Cliff safety')&&H(" + rest("huts", BHC, "condition", "closedUntil", "closedReason", "notes") + ")===@@A&&H(" + others("huts", BHC) + ")===@@B&&H([s.licences,s.lets,s.waiting,s.settings])===@@C",
 dict(A=rest("huts", BHC, "condition", "closedUntil", "closedReason", "notes"), B=others("huts", BHC), C="[s.licences,s.lets,s.waiting,s.settings]"))
task(BH, "Council's agreed next year's charges: a standard hut on the Promenade will be £585 a year, and the holiday lets in August go up to £195 a week. And we've taken over the old bowls club hut at the far end of Spa Gardens. It's a large one; make it hut 37 and let it out by the week like our other holiday huts.",
 "const st=s.settings,n=s.huts[36];return st.fees.Promenade.Standard===585&&H(X(st.fees.Promenade,'Standard'))===@@A&&H(X(st.fees,'Promenade'))===@@B&&st.weekly.Aug===195&&H(X(st.weekly,'Aug'))===@@C&&H(X(st,'fees','weekly'))===@@D&&s.huts.length===37&&n.id==='HUT-37'&&n.no===37&&n.row==='Spa Gardens'&&n.size==='Large'&&n.use==='Council let'&&n.condition==='Open'&&n.closedUntil===''&&n.closedReason===''&&H(s.huts.slice(0,36))===@@E&&H([s.licences,s.lets,s.waiting])===@@F",
 dict(A="X(s.settings.fees.Promenade,'Standard')", B="X(s.settings.fees,'Promenade')", C="X(s.settings.weekly,'Aug')", D="X(s.settings,'fees','weekly')", E="s.huts.slice(0,36)", F="[s.licences,s.lets,s.waiting]"))

# ---------------- pitchhire ----------------
PT = "pitchhire/index.html"
task(PT, "A Mr Dev Sharma's been on about the small-sided 3G. He's running a charity five-a-side tournament on Saturday the 26th, from ten till two, and they'll want the changing rooms. His number's 07700 900219, and he's already paid by card.",
 "if(s.bookings.length!==35)return false;const b=s.bookings[34];return b.id==='BK-7035'&&b.club===''&&/^(mr\\.? )?dev sharma$/i.test(b.name.trim())&&" + PH("b.phone", "07700900219") + "&&b.pitch==='PT-7'&&b.date==='2025-04-26'&&b.start==='10:00'&&b.end==='14:00'&&b.type==='Tournament'&&b.changing===true&&b.lights===false&&b.price===200&&JSON.stringify(b.payments)==='[{\"date\":\"2025-04-16\",\"amount\":200,\"method\":\"Card\"}]'&&b.status==='Confirmed'&&b.cancelReason===''&&b.charge===0&&b.created==='2025-04-16'&&H(s.bookings.slice(0,34))===@@A&&H([s.pitches,s.clubs,s.settings])===@@B",
 dict(A="s.bookings.slice(0,34)", B="[s.pitches,s.clubs,s.settings]"))
task(PT, "Pitch 3's waterlogged, so tonight's junior training on it is off. Can you cancel it, and don't charge them for the short notice, it's hardly their fault. And the Wetherby Vets' match on Sunday is moving off Pitch 2 onto the big 3G pitch, same time.",
 "const g=i=>s.bookings.find(x=>x.id===i),a=g('BK-7003'),b=g('BK-7011');return s.bookings.length===34&&a.status==='Cancelled'&&['Pitch unfit','Bad weather'].includes(a.cancelReason)&&a.charge===0&&H(X(a,'status','cancelReason','charge','notes'))===@@A&&b.pitch==='PT-4'&&b.date==='2025-04-20'&&b.start==='10:30'&&b.end==='12:30'&&b.price===170&&b.status==='Confirmed'&&H(X(b,'pitch','price','notes'))===@@B&&H(" + others("bookings", ["BK-7003", "BK-7011"]) + ")===@@C&&H([s.pitches,s.clubs,s.settings])===@@D",
 dict(A=one("bookings", "BK-7003", "status", "cancelReason", "charge", "notes"), B=one("bookings", "BK-7011", "pitch", "price", "notes"), C=others("bookings", ["BK-7003", "BK-7011"]), D="[s.pitches,s.clubs,s.settings]"))
PTM = ["BK-7022", "BK-7024", "BK-7026", "BK-7029", "BK-7031"]
task(PT, "Pitch 1 is shut all through May for re-seeding, so everything booked on it then needs moving over to Pitch 2. Except the Linton Lions' cup final on the 17th: the county FA insist on Pitch 1 for that, so leave that one with me and I'll speak to them.",
 f"const g=i=>s.bookings.find(x=>x.id===i);return s.bookings.length===34&&{L(PTM)}.every(i=>g(i).pitch==='PT-2'&&g(i).status==='Confirmed')&&H(" + rest("bookings", PTM, "pitch", "notes") + ")===@@A&&H(" + others("bookings", PTM) + ")===@@B&&H([s.pitches,s.clubs,s.settings])===@@C",
 dict(A=rest("bookings", PTM, "pitch", "notes"), B=others("bookings", PTM), C="[s.pitches,s.clubs,s.settings]"))
task(PT, "The new charges for the season: floodlights go up to £18 an hour, the junior discount comes down to 40 per cent, and the small-sided 3G goes up to £50 an hour. Oh, and the cricket club have asked for the square a week earlier this year, so it opens on Saturday the 3rd of May.",
 "const st=s.settings,g=i=>s.pitches.find(x=>x.id===i),a=g('PT-7'),c=g('PT-6');return st.lightsPerHour===18&&st.juniorDiscount===40&&H(X(st,'lightsPerHour','juniorDiscount'))===@@A&&s.pitches.length===7&&a.rate===50&&H(X(a,'rate'))===@@B&&c.seasonal===true&&c.seasonFrom==='2025-05-03'&&c.seasonTo==='2025-09-13'&&H(X(c,'seasonFrom'))===@@C&&H(" + others("pitches", ["PT-6", "PT-7"]) + ")===@@D&&H([s.bookings,s.clubs])===@@E",
 dict(A="X(s.settings,'lightsPerHour','juniorDiscount')", B=one("pitches", "PT-7", "rate"), C=one("pitches", "PT-6", "seasonFrom"), D=others("pitches", ["PT-6", "PT-7"]), E="[s.bookings,s.clubs]"))

# ---------------- copierdesk ----------------
CD = "copierdesk/index.html"
task(CD, "Ilkley Dental have just rung: the colour copier on their reception desk is showing error E000007 and won't print at all. They're on Gold, so treat it as urgent and get Sam out to them first thing tomorrow.",
 "if(s.calls.length!==19)return false;const c=s.calls[18];return c.id==='SC-4419'&&c.customer==='CU-01'&&c.machine==='MC-101'&&c.fault==='Error code'&&" + UP("c.code", "E000007") + "&&c.priority==='Urgent'&&c.engineer==='SP'&&c.visitOn==='2025-04-11'&&c.slot==='AM'&&c.status==='Booked'&&c.reported==='2025-04-10'&&c.labour===0&&c.parts.length===0&&c.charge===0&&c.fixedOn===''&&c.partWaiting===''&&c.partDue===''&&H(s.calls.slice(0,18))===@@A&&H([s.customers,s.machines,s.parts,s.settings])===@@B",
 dict(A="s.calls.slice(0,18)", B="[s.customers,s.machines,s.parts,s.settings]"))
task(CD, "Greg's finished at Otley Library: the big colour Kyocera in the public area needed a new fuser, and he was there an hour and a half. And Martin says the staff-room Ricoh at Addingham school needs a new drum, which we haven't got in, so put that job on hold waiting for the part.",
 "const g=i=>s.calls.find(x=>x.id===i),a=g('SC-4402'),b=g('SC-4403'),p=s.parts.find(x=>x.id==='PA-01');return s.calls.length===18&&a.status==='Fixed'&&a.fixedOn==='2025-04-10'&&a.labour===1.5&&JSON.stringify(a.parts)==='[{\"part\":\"PA-01\",\"qty\":1}]'&&a.charge===189&&H(X(a,'status','fixedOn','labour','parts','charge','notes'))===@@A&&p.stock===1&&H(X(p,'stock'))===@@P&&b.status==='Awaiting parts'&&b.partWaiting==='PA-02'&&b.visitOn===''&&b.slot===''&&H(X(b,'status','partWaiting','partDue','visitOn','slot','notes'))===@@B&&H(" + others("calls", ["SC-4402", "SC-4403"]) + ")===@@C&&H(" + others("parts", ["PA-01"]) + ")===@@D&&H([s.customers,s.machines,s.settings])===@@E",
 dict(A=one("calls", "SC-4402", "status", "fixedOn", "labour", "parts", "charge", "notes"), P=one("parts", "PA-01", "stock"), B=one("calls", "SC-4403", "status", "partWaiting", "partDue", "visitOn", "slot", "notes"), C=others("calls", ["SC-4402", "SC-4403"]), D=others("parts", ["PA-01"]), E="[s.customers,s.machines,s.settings]"))
CDM = ["SC-4404", "SC-4406", "SC-4416"]
task(CD, "Martin's van has packed up and won't be back on the road till Monday. Can you hand his urgent calls for today and tomorrow over to Greg? The rest can wait for Martin.",
 f"const g=i=>s.calls.find(x=>x.id===i);return s.calls.length===18&&{L(CDM)}.every(i=>g(i).engineer==='GH'&&g(i).status==='Booked')&&H(" + rest("calls", CDM, "engineer", "notes") + ")===@@A&&H(" + others("calls", CDM) + ")===@@B&&H([s.customers,s.machines,s.parts,s.settings])===@@C",
 dict(A=rest("calls", CDM, "engineer", "notes"), B=others("calls", CDM), C="[s.customers,s.machines,s.parts,s.settings]"))
task(CD, "Labour's going up to £68 an hour, and the call-out fee for customers without a contract goes up to £55. We've also started stocking the cyan TK-5280 toner for the Kyocera ECOSYS printers, at £89 each; six came in this morning.",
 "const st=s.settings,n=s.parts[10];return st.labourRate===68&&st.calloutFee===55&&H(X(st,'labourRate','calloutFee'))===@@A&&s.parts.length===11&&n.id==='PA-11'&&/tk-?5280/i.test(n.name)&&/(cyan|tk-?5280c)/i.test(n.name)&&n.price===89&&n.stock===6&&H(s.parts.slice(0,10))===@@B&&H([s.calls,s.customers,s.machines])===@@C",
 dict(A="X(s.settings,'labourRate','calloutFee')", B="s.parts.slice(0,10)", C="[s.calls,s.customers,s.machines]"))

# ---------------- charityshop ----------------
CS = "charityshop/index.html"
task(CS, "Mrs Ann Foster rang: she's got a pine dresser and a two-seater sofa to give us, and the sofa's still got its fire label on. She's at 3 Kirkby Road in Ripon, and her number's 01765 555291. Can you book the van to fetch them on Thursday morning?",
 "if(s.collections.length!==9)return false;const c=s.collections[8];return c.id==='FC-809'&&/^(mrs\\.? )?ann foster$/i.test(c.name.trim())&&" + PH("c.phone", "01765555291") + "&&/^3,? kirkby road/i.test(c.address.trim())&&JSON.stringify(c.items.slice().sort())==='[\"Dresser\",\"Sofa\"]'&&c.fireLabels===true&&c.date==='2025-04-17'&&c.slot==='AM'&&c.driver===''&&c.status==='Booked'&&c.created==='2025-04-12'&&H(s.collections.slice(0,8))===@@A&&H([s.volunteers,s.shifts,s.donations,s.donors,s.settings])===@@B",
 dict(A="s.collections.slice(0,8)", B="[s.volunteers,s.shifts,s.donations,s.donors,s.settings]"))
CSJ = ["SH-342", "SH-366"]
task(CS, "Margaret's hospital appointment has been moved to Tuesday afternoon, so she can't do her till shift then; Dennis says he'll do it for her. And Joyce Abbott won't be coming back, I'm afraid: her daughter's moved her down to Leeds. Can you mark her as left and take her off her shifts?",
 "const g=i=>s.shifts.find(x=>x.id===i),a=g('SH-351'),j=s.volunteers.find(x=>x.id==='VL-03');return s.shifts.length===79&&a.volunteer==='VL-02'&&H(X(a,'volunteer'))===@@A&&j.status==='Left'&&j.leftOn==='2025-04-12'&&H(X(j,'status','leftOn','notes'))===@@B&&" + L(CSJ) + ".every(i=>g(i).volunteer==='')&&H(" + rest("shifts", CSJ, "volunteer") + ")===@@C&&H(" + others("shifts", CSJ + ["SH-351"]) + ")===@@D&&H(" + others("volunteers", ["VL-03"]) + ")===@@E&&H([s.donations,s.donors,s.collections,s.settings])===@@F",
 dict(A=one("shifts", "SH-351", "volunteer"), B=one("volunteers", "VL-03", "status", "leftOn", "notes"), C=rest("shifts", CSJ, "volunteer"), D=others("shifts", CSJ + ["SH-351"]), E=others("volunteers", ["VL-03"]), F="[s.donations,s.donors,s.collections,s.settings]"))
CSS = ["DN-5004", "DN-5005", "DN-5006", "DN-5008", "DN-5014"]
CSR = ["DN-5003", "DN-5007"]
task(CS, "The Saturday team have sorted every bag that came in up to Wednesday, so can you mark them all as sorted? Not the two loads from the house clearance on Park Street, though: that lot's all going to the rag man, so mark those as ragged.",
 f"const g=i=>s.donations.find(x=>x.id===i);return s.donations.length===14&&{L(CSS)}.every(i=>g(i).status==='Sorted'&&g(i).doneOn==='2025-04-12')&&{L(CSR)}.every(i=>g(i).status==='Ragged'&&g(i).doneOn==='2025-04-12')&&H(" + rest("donations", CSS + CSR, "status", "doneOn", "notes") + ")===@@A&&H(" + others("donations", CSS + CSR) + ")===@@B&&H([s.volunteers,s.shifts,s.donors,s.collections,s.settings])===@@C",
 dict(A=rest("donations", CSS + CSR, "status", "doneOn", "notes"), B=others("donations", CSS + CSR), C="[s.volunteers,s.shifts,s.donors,s.collections,s.settings]"))
task(CS, "From Monday we're opening at half past nine instead of ten, and we're giving up Sunday opening altogether. The rag merchant's paying 45p a kilo now, too. Oh, and Brian's offered to take the van out on Wednesdays, so we can do furniture collections that day as well.",
 "const st=s.settings;return st.opensAt==='09:30'&&st.sundayOpen===false&&st.ragPerKg===0.45&&st.collectionDays.Wed===true&&H(X(st.collectionDays,'Wed'))===@@A&&H(X(st,'opensAt','sundayOpen','ragPerKg','collectionDays'))===@@B&&H([s.volunteers,s.shifts,s.donations,s.donors,s.collections])===@@C",
 dict(A="X(s.settings.collectionDays,'Wed')", B="X(s.settings,'opensAt','sundayOpen','ragPerKg','collectionDays')", C="[s.volunteers,s.shifts,s.donations,s.donors,s.collections]"))

# ---------------- livestockmart ----------------
LM = "livestockmart/index.html"
task(LM, "Tom Metcalfe from High Gill has rung in an entry: he's bringing 45 Swaledale shearling ewes to Tuesday's breeding sale, all to go as one lot, and he wants a reserve of £150 a head on them.",
 "if(s.lots.length!==40)return false;const l=s.lots[39];return l.id==='LT-1040'&&l.sale==='SA-43'&&l.lotNo===10&&l.vendor==='VN-101'&&l.cls==='Shearling ewes'&&/swaledale/i.test(l.breed)&&l.head===45&&l.reserve===150&&l.pen===''&&l.status==='Entered'&&l.buyer===''&&l.price===null&&l.withdrawReason===''&&H(s.lots.slice(0,39))===@@A&&H([s.sales,s.vendors,s.buyers,s.settings])===@@B",
 dict(A="s.lots.slice(0,39)", B="[s.sales,s.vendors,s.buyers,s.settings]"))
task(LM, "From the ring: lot 6 has just gone to Dales Beef at £1,180 a head, and lot 7 didn't make its reserve, so put it down as unsold.",
 "const g=i=>s.lots.find(x=>x.id===i),a=g('LT-1010'),b=g('LT-1011');return s.lots.length===39&&a.status==='Sold'&&a.buyer==='BY-01'&&a.price===1180&&H(X(a,'status','buyer','price','notes'))===@@A&&b.status==='Unsold'&&b.buyer===''&&b.price===null&&H(X(b,'status','notes'))===@@B&&H(" + others("lots", ["LT-1010", "LT-1011"]) + ")===@@C&&H([s.sales,s.vendors,s.buyers,s.settings])===@@D",
 dict(A=one("lots", "LT-1010", "status", "buyer", "price", "notes"), B=one("lots", "LT-1011", "status", "notes"), C=others("lots", ["LT-1010", "LT-1011"]), D="[s.sales,s.vendors,s.buyers,s.settings]"))
LMW = ["LT-1029", "LT-1031", "LT-1032", "LT-1035"]
task(LM, "Animal Health have put every holding in Kirkby Malzeard parish under TB restrictions, so none of the cattle entered from there can come to the dairy and suckler sale on the 24th. Can you withdraw those lots?",
 f"const g=i=>s.lots.find(x=>x.id===i);return s.lots.length===39&&{L(LMW)}.every(i=>g(i).status==='Withdrawn'&&g(i).withdrawReason==='Movement restrictions')&&H(" + rest("lots", LMW, "status", "withdrawReason", "notes") + ")===@@A&&H(" + others("lots", LMW) + ")===@@B&&H([s.sales,s.vendors,s.buyers,s.settings])===@@C",
 dict(A=rest("lots", LMW, "status", "withdrawReason", "notes"), B=others("lots", LMW), C="[s.sales,s.vendors,s.buyers,s.settings]"))
task(LM, "Commission on sheep is going up to 4 per cent. And we're putting on a special sale of pedigree Beef Shorthorn bulls on Saturday the 10th of May, with Richard selling; can you set it up so we can start taking entries?",
 "const st=s.settings,n=s.sales[6];return st.commission.Sheep===4&&H(X(st.commission,'Sheep'))===@@A&&H(X(st,'commission'))===@@B&&s.sales.length===7&&n.id==='SA-47'&&/shorthorn/i.test(n.name)&&/bull/i.test(n.name)&&n.date==='2025-05-10'&&n.kind==='Cattle'&&n.auctioneer==='RT'&&n.entriesClose==='2025-05-08'&&H(s.sales.slice(0,6))===@@C&&H([s.lots,s.vendors,s.buyers])===@@D",
 dict(A="X(s.settings.commission,'Sheep')", B="X(s.settings,'commission')", C="s.sales.slice(0,6)", D="[s.lots,s.vendors,s.buyers]"))

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
    (WEB / "blind30_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
