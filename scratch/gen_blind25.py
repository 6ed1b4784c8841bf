"""Generate scenarios/apps/web/blind25_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- shearing ----------------
SH = "shearing/index.html"
task(SH, "A new customer rang this morning: Dai Bevan, who farms Pant-y-Ddraenen just outside Painscastle, LD2 3JU. He's got 380 Welsh Mountain ewes and 5 rams and wants them shorn on Monday the 16th. He hasn't any handling pens of his own, so the gang will need to bring a trailer, and he'll pay on the day. His mobile is 07700 900871. Put him with Rhys's gang, this time and from now on.",
 "if(s.farms.length!==19||s.jobs.length!==26)return false;const f=s.farms[18],j=s.jobs[25];return f.id==='FM-119'&&/^pant[- ]y[- ]ddraenen$/i.test(f.name.trim())&&/^dai bevan$/i.test(f.farmer.trim())&&" + PH("f.phone", "07700900871") + "&&f.email===''&&/painscastle/i.test(f.village)&&f.postcode.replace(/\\s/g,'').toUpperCase()==='LD23JU'&&f.breed==='Welsh Mountain'&&f.ewes===380&&f.rams===5&&f.gang==='B'&&f.pens==='Trailer'&&f.payBy==='On the day'&&f.status==='Active'&&j.id==='SJ-5126'&&j.farm==='FM-119'&&j.date==='2025-06-16'&&j.service==='Full shear'&&j.ewes===380&&j.rams===5&&j.gang==='B'&&j.status==='Booked'&&j.countEwes===null&&j.countRams===null&&j.doneOn===''&&j.amount===0&&j.invoice===''&&j.reason===''&&H(s.farms.slice(0,18))===@@A&&H(s.jobs.slice(0,25))===@@B&&H([s.gangs,s.staff,s.invoices,s.settings])===@@C",
 dict(A="s.farms.slice(0,18)", B="s.jobs.slice(0,25)", C="[s.gangs,s.staff,s.invoices,s.settings]"))
task(SH, "Dafydd's gang got Cwm Isaf finished yesterday after all: 612 ewes and 9 rams through in the end. Gareth paid them in cash on the day, so that one's all settled.",
 "if(s.invoices.length!==10)return false;const j=s.jobs.find(x=>x.id==='SJ-5111'),i=s.invoices[9];return s.jobs.length===25&&j.status==='Done'&&j.countEwes===612&&j.countRams===9&&j.doneOn==='2025-06-03'&&j.amount===1194.3&&j.invoice==='INV-2510'&&H(X(j,'status','countEwes','countRams','doneOn','amount','invoice'))===@@A&&i.id==='INV-2510'&&i.job==='SJ-5111'&&i.farm==='FM-101'&&i.date==='2025-06-03'&&i.due==='2025-06-03'&&i.amount===1194.3&&i.status==='Paid'&&i.paidOn==='2025-06-03'&&i.method==='Cash'&&i.reminded===''&&H(s.invoices.slice(0,9))===@@B&&H(s.jobs.filter(x=>x.id!=='SJ-5111'))===@@C&&H([s.farms,s.gangs,s.staff,s.settings])===@@D",
 dict(A=one("jobs", "SJ-5111", "status", "countEwes", "countRams", "doneOn", "amount", "invoice"), B="s.invoices.slice(0,9)", C="s.jobs.filter(x=>x.id!=='SJ-5111')", D="[s.farms,s.gangs,s.staff,s.settings]"))
SP = ["SJ-5116", "SJ-5117", "SJ-5119", "SJ-5120"]
task(SH, "The forecast is dreadful for tomorrow and Friday and we can't shear wet sheep, so all the full shears booked for those two days will have to be put off because of the weather. We'll ring round for new dates once it clears. The crutching can still go ahead. Not the Prices at Llwyn Onn, mind: they've got theirs in the big shed, so Dafydd's lot are still going there.",
 f"const L={L(SP)};return s.jobs.length===25&&L.every(i=>{{const j=s.jobs.find(x=>x.id===i);return j.status==='Postponed'&&j.reason==='Weather'}})&&H(" + rest("jobs", SP, "status", "reason", "reasonNote") + ")===@@A&&H(" + others("jobs", SP) + ")===@@B&&H([s.farms,s.gangs,s.staff,s.invoices,s.settings])===@@C",
 dict(A=rest("jobs", SP, "status", "reason", "reasonNote"), B=others("jobs", SP), C="[s.farms,s.gangs,s.staff,s.invoices,s.settings]"))
task(SH, "Rates for the rest of the season: £2 a ewe and £4 a ram, and the minimum charge for a visit goes up to £150. Crutching stays as it is. Also, Owain's gone off to New Zealand for their season, so Sion Lloyd is taking his place in Gethin's gang.",
 "const t=s.settings,g=s.gangs.find(x=>x.id==='C');return t.rates.ewe===2&&t.rates.ram===4&&t.rates.crutch===0.6&&t.minCharge===150&&H(X(t,'rates','minCharge'))===@@A&&JSON.stringify(g.shearers.slice().sort())==='[\"Gethin Lewis\",\"Sion Lloyd\"]'&&g.leader==='Gethin Lewis'&&H(X(g,'shearers'))===@@B&&H(s.gangs.filter(x=>x.id!=='C'))===@@C&&H([s.jobs,s.farms,s.staff,s.invoices])===@@D",
 dict(A="X(s.settings,'rates','minCharge')", B=one("gangs", "C", "shearers"), C="s.gangs.filter(x=>x.id!=='C')", D="[s.jobs,s.farms,s.staff,s.invoices]"))

# ---------------- balloonflights ----------------
BF = "balloonflights/index.html"
BW = {"SKY-4101": 1, "SKY-4102": 1, "SKY-4103": 0, "SKY-4104": 2, "SKY-4105": 0}
BM, BA = ["SKY-4102", "SKY-4103"], ["SKY-4101", "SKY-4104", "SKY-4105"]
task(BF, "Tonight's evening flight from Castle Howard is off, I'm afraid: the wind's far too strong. The Ashworths and Ravi Menon's party would like to go up on Saturday morning's flight from Castle Howard instead; everyone else who was on tonight's flight will ring back to choose a new date.",
 "const f=s.flights.find(x=>x.id==='FL-309'),B=i=>s.bookings.find(x=>x.id===i),W=" + json.dumps(BW).replace('"', "'") + ";return s.flights.length===25&&s.bookings.length===40&&f.status==='Cancelled'&&f.cancelReason==='Weather'&&H(X(f,'status','cancelReason'))===@@A&&" + L(BM) + ".every(i=>B(i).flight==='FL-315'&&B(i).status==='Booked')&&" + L(BA) + ".every(i=>B(i).flight===''&&B(i).status==='Awaiting date')&&Object.keys(W).every(i=>[W[i],W[i]+1].includes(B(i).weatherCancels))&&H(" + rest("bookings", BM + BA, "flight", "status", "weatherCancels") + ")===@@B&&H(" + others("bookings", BM + BA) + ")===@@C&&H(s.flights.filter(x=>x.id!=='FL-309'))===@@D&&H([s.balloons,s.pilots,s.settings])===@@E",
 dict(A=one("flights", "FL-309", "status", "cancelReason"), B=rest("bookings", BM + BA, "flight", "status", "weatherCancels"), C=others("bookings", BM + BA), D="s.flights.filter(x=>x.id!=='FL-309')", E="[s.balloons,s.pilots,s.settings]"))
task(BF, "Anita Gupta rang to buy a voucher as a surprise for her husband's 60th: a flight for the two of them, on Anytime tickets. She's paid by card over the phone, and she'd like the voucher posted to her at 7 Orchard Close, Malton, YO17 7HG. Her number is 07700 900456 and her email is anita.gupta@example.com.",
 "if(s.bookings.length!==41)return false;const b=s.bookings[40];return b.id==='SKY-4141'&&/^(mrs\\.? )?anita gupta$/i.test(b.lead.trim())&&" + PH("b.phone", "07700900456") + "&&b.email.trim().toLowerCase()==='anita.gupta@example.com'&&b.ticket==='Anytime'&&b.pax===2&&b.passengers.length===2&&b.bought==='2025-07-09'&&b.expires==='2027-07-09'&&b.source==='Phone'&&b.occasion==='Birthday'&&b.delivery==='Post'&&/7 orchard close/i.test(b.address)&&/malton/i.test(b.address)&&/yo17 ?7hg/i.test(b.address)&&b.flight===''&&b.status==='Awaiting date'&&b.paid===382.5&&b.payMethod==='Card'&&b.weatherCancels===0&&b.extensions===0&&H(s.bookings.slice(0,40))===@@A&&H([s.flights,s.balloons,s.pilots,s.settings])===@@B",
 dict(A="s.bookings.slice(0,40)", B="[s.flights,s.balloons,s.pilots,s.settings]"))
task(BF, "Kevin Marsh rang. His voucher runs out at the end of next week, but he's been in hospital, so we've agreed to extend it by six months as a goodwill gesture, with no charge. While you're in there, his new mobile is 07700 900391, and put their weights in ready for the flight: Kevin is 92 kg and his partner Sue is 64 kg.",
 "const b=s.bookings.find(x=>x.id==='SKY-4106'),p=b.passengers;return s.bookings.length===40&&b.expires==='2026-01-18'&&b.extensions===1&&b.paid===318&&b.status==='Awaiting date'&&" + PH("b.phone", "07700900391") + "&&p.length===2&&/^kevin marsh$/i.test(p[0].name.trim())&&p[0].weight===92&&/^sue\\b/i.test(p[1].name.trim())&&p[1].weight===64&&H(X(b,'expires','extensions','phone','passengers'))===@@A&&H(s.bookings.filter(x=>x.id!=='SKY-4106'))===@@B&&H([s.flights,s.balloons,s.pilots,s.settings])===@@C",
 dict(A=one("bookings", "SKY-4106", "expires", "extensions", "phone", "passengers"), B="s.bookings.filter(x=>x.id!=='SKY-4106')", C="[s.flights,s.balloons,s.pilots,s.settings]"))
task(BF, "We've lost the use of the field at Thirsk for the rest of the season, so stop offering it. The farmer at Coxwold says we can use his top field instead; passengers should meet at the village hall car park there. And from today Anytime tickets go up to £199, and the fee for extending a voucher goes up to £35.",
 "const t=s.settings,th=t.sites.find(x=>x.id==='L5'),c=t.sites[5];return t.prices.Anytime===199&&t.prices.Weekday===159&&t.extensionFee===35&&t.sites.length===6&&th.active===false&&H(X(th,'active'))===@@A&&c.id==='L6'&&/^coxwold\\b/i.test(c.name.trim())&&/village hall/i.test(c.meet)&&c.active===true&&H(t.sites.slice(0,4))===@@B&&H(X(t,'prices','extensionFee','sites'))===@@C&&H([s.flights,s.bookings,s.balloons,s.pilots])===@@D",
 dict(A="X(s.settings.sites[4],'active')", B="s.settings.sites.slice(0,4)", C="X(s.settings,'prices','extensionFee','sites')", D="[s.flights,s.bookings,s.balloons,s.pilots]"))

# ---------------- tattoostudio ----------------
TS = "tattoostudio/index.html"
task(TS, "Freya Lindqvist came in this afternoon and booked a three-hour session with Mara for Thursday the 27th at 11 o'clock: a fine-line botanical piece on her left forearm. She's new to us. Her date of birth is 14 August 2000, her mobile is 07700 900623 and her email is freya.l@example.com. She mentioned she's allergic to latex, so make sure that's on her record. She paid the £50 deposit by card.",
 "if(s.clients.length!==31||s.appointments.length!==37)return false;const c=s.clients[30],a=s.appointments[36];return c.id==='CL-331'&&/^freya lindqvist$/i.test(c.name.trim())&&c.dob==='2000-08-14'&&" + PH("c.phone", "07700900623") + "&&c.email.trim().toLowerCase()==='freya.l@example.com'&&/latex/i.test(c.allergies)&&c.consentSigned===''&&c.since==='2025-03-20'&&a.id==='AP-7037'&&a.client==='CL-331'&&a.artist==='AR-1'&&a.date==='2025-03-27'&&a.start==='11:00'&&a.hours===3&&a.kind==='Tattoo'&&/botanical/i.test(a.design)&&/left forearm/i.test(a.design+' '+a.placement)&&a.deposit===50&&a.depositMethod==='Card'&&a.depositRefunded===false&&a.status==='Booked'&&a.hoursDone===null&&a.total===0&&a.balance===0&&a.payMethod===''&&a.tip===0&&a.cancelReason===''&&H(s.clients.slice(0,30))===@@A&&H(s.appointments.slice(0,36))===@@B&&H([s.artists,s.settings])===@@C",
 dict(A="s.clients.slice(0,30)", B="s.appointments.slice(0,36)", C="[s.artists,s.settings]"))
task(TS, "Jay Okafor's session with Dom today ran to four hours rather than the three we'd booked. He's just paid the balance on his card and left £20 as a tip for Dom.",
 "const a=s.appointments.find(x=>x.id==='AP-7011');return s.appointments.length===36&&a.status==='Completed'&&a.hoursDone===4&&[3,4].includes(a.hours)&&a.total===400&&a.balance===350&&a.payMethod==='Card'&&a.tip===20&&a.artist==='AR-2'&&H(X(a,'status','hoursDone','hours','total','balance','payMethod','tip'))===@@A&&H(s.appointments.filter(x=>x.id!=='AP-7011'))===@@B&&H([s.clients,s.artists,s.settings])===@@C",
 dict(A=one("appointments", "AP-7011", "status", "hoursDone", "hours", "total", "balance", "payMethod", "tip"), B="s.appointments.filter(x=>x.id!=='AP-7011')", C="[s.clients,s.artists,s.settings]"))
TK = ["AP-7017", "AP-7018", "AP-7022"]
task(TS, "Kit's off sick until Monday. Sam has said he'll take over Kit's tattoos tomorrow and on Saturday, but not the consultation on Saturday evening: please cancel that one, as Kit's unwell, and refund the client's deposit.",
 f"const K={L(TK)},c=s.appointments.find(x=>x.id==='AP-7023');return s.appointments.length===36&&K.every(i=>{{const a=s.appointments.find(x=>x.id===i);return a.artist==='AR-4'&&a.status==='Booked'}})&&H(" + rest("appointments", TK, "artist") + ")===@@A&&c.status==='Cancelled'&&c.cancelReason==='Artist unwell'&&c.depositRefunded===true&&['AR-3','AR-4'].includes(c.artist)&&H(X(c,'status','cancelReason','depositRefunded','artist'))===@@B&&H(" + others("appointments", TK + ["AP-7023"]) + ")===@@C&&H([s.clients,s.artists,s.settings])===@@D",
 dict(A=rest("appointments", TK, "artist"), B=one("appointments", "AP-7023", "status", "cancelReason", "depositRefunded", "artist"), C=others("appointments", TK + ["AP-7023"]), D="[s.clients,s.artists,s.settings]"))
task(TS, "Dom's putting his hourly rate up to £110 from today, and he's not working Mondays any more. Also, the deposit for tattoo bookings is going up to £60 across the studio.",
 "const a=s.artists.find(x=>x.id==='AR-2');return a.rate===110&&JSON.stringify(a.days)==='[\"Tue\",\"Wed\",\"Thu\",\"Fri\"]'&&a.minCharge===90&&H(X(a,'rate','days'))===@@A&&H(s.artists.filter(x=>x.id!=='AR-2'))===@@B&&s.settings.deposit===60&&s.settings.consultDeposit===20&&H(X(s.settings,'deposit'))===@@C&&H([s.clients,s.appointments])===@@D",
 dict(A=one("artists", "AR-2", "rate", "days"), B="s.artists.filter(x=>x.id!=='AR-2')", C="X(s.settings,'deposit')", D="[s.clients,s.appointments]"))

# ---------------- calibrationlab ----------------
CB = "calibrationlab/index.html"
CI = ["IN-1003", "IN-1004", "IN-1005"]
task(CB, "A box has just come in from Harrow Engineering with three of their torque wrenches for calibration: both of the Norbar TTi 50s and the big TTi 300. They want the UKAS service on them this time, and they need them back quickly, so express please. Their purchase order number is PO-44718.",
 f"if(s.jobs.length!==25)return false;const n=s.jobs.slice(22),I={L(CI)};return JSON.stringify(n.map(x=>x.id))==='[\"CJ-5523\",\"CJ-5524\",\"CJ-5525\"]'&&JSON.stringify(n.map(x=>x.instrument).sort())===JSON.stringify(I)&&n.every(j=>j.customer==='CU-01'&&j.received==='2025-09-16'&&j.service==='UKAS'&&j.turnaround==='Express'&&j.po.trim().toUpperCase()==='PO-44718'&&j.status==='Awaiting calibration'&&j.asFound===''&&j.technician===''&&j.certNo===''&&j.calDate===''&&j.price===102&&j.dueBack==='2025-09-19'&&j.returnedOn===''&&j.returnMethod===''&&j.tracking==='')&&I.every(i=>s.instruments.find(x=>x.id===i).status==='In lab')&&H(" + rest("instruments", CI, "status") + ")===@@A&&H(" + others("instruments", CI) + ")===@@B&&H(s.jobs.slice(0,22))===@@C&&H([s.customers,s.settings])===@@D",
 dict(A=rest("instruments", CI, "status"), B=others("instruments", CI), C="s.jobs.slice(0,22)", D="[s.customers,s.settings]"))
task(CB, "Priya's finished the Druck pressure calibrator for Northfield Water. It was reading about 0.4% high at 10 bar when it came in, so she adjusted it and it's now within spec. Please put the result through for today and issue the certificate.",
 "const j=s.jobs.find(x=>x.id==='CJ-5511'),i=s.instruments.find(x=>x.id==='IN-1008');return s.jobs.length===22&&j.status==='Adjusted'&&/0\\.4/.test(j.asFound)&&j.technician==='Priya Raman'&&j.calDate==='2025-09-16'&&j.certNo==='MC-25-1182'&&H(X(j,'status','asFound','technician','calDate','certNo'))===@@A&&i.lastCal==='2025-09-16'&&i.due==='2026-09-16'&&i.status==='In lab'&&H(X(i,'lastCal','due'))===@@B&&s.settings.nextCert===1183&&H(X(s.settings,'nextCert'))===@@C&&H(s.jobs.filter(x=>x.id!=='CJ-5511'))===@@D&&H(s.instruments.filter(x=>x.id!=='IN-1008'))===@@E&&H(s.customers)===@@F",
 dict(A=one("jobs", "CJ-5511", "status", "asFound", "technician", "calDate", "certNo"), B=one("instruments", "IN-1008", "lastCal", "due"), C="X(s.settings,'nextCert')", D="s.jobs.filter(x=>x.id!=='CJ-5511')", E="s.instruments.filter(x=>x.id!=='IN-1008')", F="s.customers"))
CR, CRI = ["CJ-5506", "CJ-5508", "CJ-5510"], ["IN-1009", "IN-1011", "IN-1013"]
task(CB, "The DPD driver is collecting this afternoon. Everything of Northfield Water's that has passed or been adjusted can go back to them by courier today, apart from their Fluke 87V multimeter: they've asked us to hang on to that until their engineer can collect it next week.",
 f"const R={L(CR)},RI={L(CRI)};return s.jobs.length===22&&R.every(k=>{{const j=s.jobs.find(x=>x.id===k);return j.status==='Returned'&&j.returnedOn==='2025-09-16'&&j.returnMethod==='Courier'}})&&RI.every(k=>s.instruments.find(x=>x.id===k).status==='In service')&&H(" + rest("jobs", CR, "status", "returnedOn", "returnMethod", "tracking") + ")===@@A&&H(" + rest("instruments", CRI, "status") + ")===@@B&&H(" + others("jobs", CR) + ")===@@C&&H(" + others("instruments", CRI) + ")===@@D&&H([s.customers,s.settings])===@@E",
 dict(A=rest("jobs", CR, "status", "returnedOn", "returnMethod", "tracking"), B=rest("instruments", CRI, "status"), C=others("jobs", CR), D=others("instruments", CRI), E="[s.customers,s.settings]"))
task(CB, "Dean at Harrow Engineering says we've got the serial number wrong on their Mitutoyo caliper: it should be 21038817. They also want it calibrated every six months from now on rather than yearly. And their little Norbar TTi 20 torque wrench has been scrapped, so please retire it.",
 "const a=s.instruments.find(x=>x.id==='IN-1001'),b=s.instruments.find(x=>x.id==='IN-1006');return s.instruments.length===34&&a.serial.trim()==='21038817'&&a.interval===6&&a.due==='2025-11-20'&&a.lastCal==='2025-05-20'&&a.status==='In service'&&H(X(a,'serial','interval','due'))===@@A&&b.status==='Retired'&&b.retiredReason==='Scrapped'&&b.retiredOn==='2025-09-16'&&H(X(b,'status','retiredReason','retiredOn'))===@@B&&H(s.instruments.filter(x=>!['IN-1001','IN-1006'].includes(x.id)))===@@C&&H([s.jobs,s.customers,s.settings])===@@D",
 dict(A=one("instruments", "IN-1001", "serial", "interval", "due"), B=one("instruments", "IN-1006", "status", "retiredReason", "retiredOn"), C="s.instruments.filter(x=>!['IN-1001','IN-1006'].includes(x.id))", D="[s.jobs,s.customers,s.settings]"))

# ---------------- firewood ----------------
FW = "firewood/index.html"
task(FW, "Jean Tilly rang to order two bulk bags of kiln-dried hardwood and three nets of kindling. She's new to us: Low Barn, Kettlewell, BD23 5QZ, phone 01756 555318. She'd like us to stack it in her woodshed, and she wants it on next Tuesday's delivery. She'll pay the driver when it comes.",
 "if(s.customers.length!==27||s.orders.length!==31)return false;const c=s.customers[26],o=s.orders[30];return c.id==='C-227'&&/^(mrs\\.? )?jean tilly$/i.test(c.name.trim())&&/low barn/i.test(c.address)&&c.village==='Kettlewell'&&c.postcode.replace(/\\s/g,'').toUpperCase()==='BD235QZ'&&" + PH("c.phone", "01756555318") + "&&c.billing==='Pay on delivery'&&o.id==='HW-8431'&&o.customer==='C-227'&&o.placed==='2025-11-05'&&JSON.stringify(o.lines.map(l=>l.product+'|'+l.qty).sort())==='[\"P-01|2\",\"P-05|3\"]'&&o.stack===true&&o.run==='R-07'&&o.deliveryDate==='2025-11-11'&&o.status==='Scheduled'&&o.goods===285&&o.deliveryFee===18&&o.stackFee===30&&o.total===333&&o.payment==='On delivery'&&o.paid===0&&o.payMethod===''&&o.paidOn===''&&o.deliveredOn===''&&o.cancelReason===''&&H(s.customers.slice(0,26))===@@A&&H(s.orders.slice(0,30))===@@B&&H([s.runs,s.products,s.batches,s.settings])===@@C",
 dict(A="s.customers.slice(0,26)", B="s.orders.slice(0,30)", C="[s.runs,s.products,s.batches,s.settings]"))
task(FW, "Pete's just rung from the van. Mrs Oddie paid him £145 in cash for her logs, so her order's delivered and paid for. He couldn't get in at Ashgrove Cottage, as the gate was locked and nobody was home, so that order will have to go on next Wednesday's run instead.",
 "const a=s.orders.find(x=>x.id==='HW-8407'),b=s.orders.find(x=>x.id==='HW-8408');return s.orders.length===30&&a.status==='Delivered'&&a.deliveredOn==='2025-11-05'&&a.paid===145&&a.payMethod==='Cash'&&a.paidOn==='2025-11-05'&&H(X(a,'status','deliveredOn','paid','payMethod','paidOn'))===@@A&&b.run==='R-09'&&b.deliveryDate==='2025-11-12'&&b.status==='Scheduled'&&b.paid===0&&H(X(b,'run','deliveryDate'))===@@B&&H(s.orders.filter(x=>!['HW-8407','HW-8408'].includes(x.id)))===@@C&&H([s.customers,s.runs,s.products,s.batches,s.settings])===@@D",
 dict(A=one("orders", "HW-8407", "status", "deliveredOn", "paid", "payMethod", "paidOn"), B=one("orders", "HW-8408", "run", "deliveryDate"), C="s.orders.filter(x=>!['HW-8407','HW-8408'].includes(x.id))", D="[s.customers,s.runs,s.products,s.batches,s.settings]"))
FM = ["HW-8415", "HW-8416", "HW-8417"]
task(FW, "The tipper's booked in for its MOT on Friday, so Friday's Nidderdale run can't go out. Move all of its deliveries to the Nidderdale run on Monday the 10th instead, apart from the Sportsman's Arms: they need their logs before the weekend, so Ben will take theirs on his run tomorrow.",
 f"const M={L(FM)},a=s.orders.find(x=>x.id==='HW-8414'),r=s.runs.find(x=>x.id==='R-05');return s.orders.length===30&&M.every(i=>{{const o=s.orders.find(x=>x.id===i);return o.run==='R-06'&&o.deliveryDate==='2025-11-10'&&o.status==='Scheduled'}})&&a.run==='R-04'&&a.deliveryDate==='2025-11-06'&&a.status==='Scheduled'&&H(" + rest("orders", FM + ["HW-8414"], "run", "deliveryDate") + ")===@@A&&H(" + others("orders", FM + ["HW-8414"]) + ")===@@B&&['Planned','Cancelled'].includes(r.status)&&H(X(r,'status'))===@@C&&H(s.runs.filter(x=>x.id!=='R-05'))===@@D&&H([s.customers,s.products,s.batches,s.settings])===@@E",
 dict(A=rest("orders", FM + ["HW-8414"], "run", "deliveryDate"), B=others("orders", FM + ["HW-8414"]), C=one("runs", "R-05", "status"), D="s.runs.filter(x=>x.id!=='R-05')", E="[s.customers,s.products,s.batches,s.settings]"))
task(FW, "Our prices are changing as of today: kiln-dried hardwood goes up to £140 a bulk bag, and the delivery charge for the zone C villages goes up to £20. We're also starting to sell heat logs at £7.95 a pack, so please add them to the price list.",
 "const p=s.products.find(x=>x.id==='P-01'),n=s.products[6],z=s.settings.zoneFees;return s.products.length===7&&p.price===140&&p.active===true&&H(X(p,'price'))===@@A&&n.id==='P-07'&&/^heat ?logs?\\b/i.test(n.name.trim())&&n.unit==='pack'&&n.price===7.95&&n.active===true&&H(s.products.slice(1,6))===@@B&&z.A===0&&z.B===10&&z.C===20&&H(X(s.settings,'zoneFees'))===@@C&&H([s.orders,s.customers,s.runs,s.batches])===@@D",
 dict(A=one("products", "P-01", "price"), B="s.products.slice(1,6)", C="X(s.settings,'zoneFees')", D="[s.orders,s.customers,s.runs,s.batches]"))

# ---------------- removals ----------------
RM = "removals/index.html"
task(RM, "Harriet Doyle rang: she's moving from 12 Lansdown Crescent in Bath to a flat in Clifton (Flat 3, 8 Royal York Crescent, Bristol) some time towards the end of May. Could Jon go round and do the survey on Thursday at 10? Her mobile is 07700 900947 and her email is harriet.doyle@example.com. Her upright piano is going with her.",
 "if(s.moves.length!==31)return false;const m=s.moves[30];return m.id==='CV-2531'&&/^(mrs\\.? )?harriet doyle$/i.test(m.customer.trim())&&" + PH("m.phone", "07700900947") + "&&m.email.trim().toLowerCase()==='harriet.doyle@example.com'&&/12 lansdown crescent/i.test(m.from)&&/bath/i.test(m.from)&&/flat 3/i.test(m.to)&&/8 royal york crescent/i.test(m.to)&&(m.moveDate===''||(m.moveDate>='2025-05-19'&&m.moveDate<='2025-05-31'))&&m.surveyor==='Jon Vane'&&m.surveyDate==='2025-04-17'&&m.surveyTime==='10:00'&&m.piano===true&&m.dismantle===false&&m.storage===false&&m.status==='Survey booked'&&m.quote===0&&m.volume===0&&m.payments.length===0&&m.teamLead===''&&m.source==='Phone'&&m.cancelReason===''&&H(s.moves.slice(0,30))===@@A&&H([s.staff,s.vehicles,s.storage,s.settings])===@@B",
 dict(A="s.moves.slice(0,30)", B="[s.staff,s.vehicles,s.storage,s.settings]"))
task(RM, "The Okafors have decided they'd like us to do all of their packing after all, not just the fragiles, and they can't get the keys until the Friday now, so their move goes back a day, to Friday 2 May. They'd also like us to take down and put back up their wardrobes and beds.",
 "const m=s.moves.find(x=>x.id==='CV-2510');return s.moves.length===30&&m.moveDate==='2025-05-02'&&m.packing==='Full pack'&&m.dismantle===true&&m.piano===false&&m.storage===false&&m.quote===1200&&m.status==='Booked'&&m.teamLead==='Lee Ashton'&&H(X(m,'moveDate','packing','dismantle','quote'))===@@A&&H(s.moves.filter(x=>x.id!=='CV-2510'))===@@B&&H([s.staff,s.vehicles,s.storage,s.settings])===@@C",
 dict(A=one("moves", "CV-2510", "moveDate", "packing", "dismantle", "quote"), B="s.moves.filter(x=>x.id!=='CV-2510')", C="[s.staff,s.vehicles,s.storage,s.settings]"))
task(RM, "Mr and Mrs Bianchi have accepted our quote for their move on the 28th, and they paid the deposit by bank transfer this morning, so please book them in. Dave's crew can take it.",
 "const m=s.moves.find(x=>x.id==='CV-2514'),p=m.payments;return s.moves.length===30&&m.status==='Booked'&&m.teamLead==='Dave Marsh'&&m.moveDate==='2025-04-28'&&m.quote===1680&&p.length===1&&p[0].date==='2025-04-14'&&p[0].amount===420&&p[0].method==='Bank transfer'&&p[0].kind==='Deposit'&&H(X(m,'status','teamLead','payments'))===@@A&&H(s.moves.filter(x=>x.id!=='CV-2514'))===@@B&&H([s.staff,s.vehicles,s.storage,s.settings])===@@C",
 dict(A=one("moves", "CV-2514", "status", "teamLead", "payments"), B="s.moves.filter(x=>x.id!=='CV-2514')", C="[s.staff,s.vehicles,s.storage,s.settings]"))
RA = ["CV-2520", "CV-2522", "CV-2523"]
task(RM, "Jon's on holiday from the 21st to the 25th, so Amy will need to take over all the surveys he has booked that week. Except the one in Chippenham: he'd rather do that one himself, so move it to this Friday afternoon, before he goes.",
 f"const A={L(RA)},b=s.moves.find(x=>x.id==='CV-2521');return s.moves.length===30&&A.every(i=>{{const m=s.moves.find(x=>x.id===i);return m.surveyor==='Amy Carter'&&m.status==='Survey booked'}})&&H(" + rest("moves", RA, "surveyor") + ")===@@A&&b.surveyor==='Jon Vane'&&b.surveyDate==='2025-04-18'&&b.surveyTime>='12:00'&&b.surveyTime<='17:00'&&b.status==='Survey booked'&&H(X(b,'surveyDate','surveyTime'))===@@B&&H(" + others("moves", RA + ["CV-2521"]) + ")===@@C&&H([s.staff,s.vehicles,s.storage,s.settings])===@@D",
 dict(A=rest("moves", RA, "surveyor"), B=one("moves", "CV-2521", "surveyDate", "surveyTime"), C=others("moves", RA + ["CV-2521"]), D="[s.staff,s.vehicles,s.storage,s.settings]"))



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
    (WEB / "blind25_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
