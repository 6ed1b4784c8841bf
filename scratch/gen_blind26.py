"""Generate scenarios/apps/web/blind26_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- interpreters ----------------
IT = "interpreters/index.html"
task(IT, "Northgate General have been on the phone. One of their audiology patients, Mr Alan Brooks, is having his hearing aids fitted on Thursday the 16th at quarter past two, and they've allowed an hour and a half for it. It's in Outpatients B, on Level 2 of the hospital. He'd rather have a male interpreter, so could you give it to Marcus? Their PO for this one is NG-55102.",
 "if(s.bookings.length!==33)return false;const b=s.bookings[32],v=b.venue+' '+b.address;return b.id==='BK-6133'&&b.client==='CL-101'&&/alan brooks/i.test(b.deaf)&&b.date==='2025-10-16'&&b.start==='14:15'&&b.end==='15:45'&&b.domain==='Medical'&&b.language==='BSL'&&b.gender==='Male'&&JSON.stringify(b.interpreters)==='[\"IP-04\"]'&&b.po.trim().toUpperCase()==='NG-55102'&&b.status==='Confirmed'&&/outpatients b/i.test(v)&&/level 2/i.test(v)&&b.actualEnd===''&&b.miles===0&&b.fee===0&&b.cancelReason===''&&b.cancelledOn===''&&b.chargeable===false&&H(s.bookings.slice(0,32))===@@A&&H([s.interpreters,s.clients,s.settings])===@@B",
 dict(A="s.bookings.slice(0,32)", B="[s.interpreters,s.clients,s.settings]"))
task(IT, "Carl has sent in his timesheet for Monday's tribunal hearing with Kevin Ashby. It overran and didn't finish until twenty to five, and he's claiming 46 miles. Can you close that one off so we can invoice it?",
 "const b=s.bookings.find(x=>x.id==='BK-6106');return s.bookings.length===32&&b.status==='Completed'&&b.actualEnd==='16:40'&&b.miles===46&&b.fee===178.2&&H(X(b,'status','actualEnd','miles','fee','notes'))===@@A&&H(s.bookings.filter(x=>x.id!=='BK-6106'))===@@B&&H([s.interpreters,s.clients,s.settings])===@@C",
 dict(A=one("bookings", "BK-6106", "status", "actualEnd", "miles", "fee", "notes"), B="s.bookings.filter(x=>x.id!=='BK-6106')", C="[s.interpreters,s.clients,s.settings]"))
IX = ["BK-6120", "BK-6122", "BK-6123", "BK-6127"]
task(IT, "Calder Valley College have emailed to say the college is shut to students the week after next for staff training, so none of the sessions we've got with them that week will be needed. Please cancel them. They've given us plenty of notice, so there's nothing to charge. The graduation on the Thursday evening is still going ahead, mind.",
 f"const C={L(IX)};return s.bookings.length===32&&C.every(i=>{{const b=s.bookings.find(x=>x.id===i);return b.status==='Cancelled'&&['Client cancelled','Venue closed'].includes(b.cancelReason)&&b.cancelledOn==='2025-10-08'&&b.chargeable===false&&b.fee===0}})&&H(" + rest("bookings", IX, "status", "cancelReason", "cancelledOn", "chargeable", "fee") + ")===@@A&&H(" + others("bookings", IX) + ")===@@B&&H([s.interpreters,s.clients,s.settings])===@@C",
 dict(A=rest("bookings", IX, "status", "cancelReason", "cancelledOn", "chargeable", "fee"), B=others("bookings", IX), C="[s.interpreters,s.clients,s.settings]"))
task(IT, "Our hourly rates are going up from today: legal and police work to £58 an hour, and mental health to £50. Everything else stays as it is. The evening and weekend uplift goes up to 30% too. And Gemma has passed her legal interpreting qualification, so she can take court and police work now; she's also told us she won't be working Fridays any more.",
 "const r=s.settings.rates,g=s.interpreters.find(x=>x.id==='IP-03');return r.Legal===58&&r.Police===58&&r['Mental health']===50&&H(X(r,'Legal','Police','Mental health'))===@@A&&s.settings.uplift===30&&H(X(s.settings,'rates','uplift'))===@@B&&JSON.stringify(g.skills.slice().sort())==='[\"Education\",\"Employment\",\"Legal\",\"Medical\",\"Police\"]'&&JSON.stringify(g.days.slice().sort())==='[\"Mon\",\"Thu\",\"Tue\",\"Wed\"]'&&H(X(g,'skills','days'))===@@C&&H(s.interpreters.filter(x=>x.id!=='IP-03'))===@@D&&H([s.bookings,s.clients])===@@E",
 dict(A="X(s.settings.rates,'Legal','Police','Mental health')", B="X(s.settings,'rates','uplift')", C=one("interpreters", "IP-03", "skills", "days"), D="s.interpreters.filter(x=>x.id!=='IP-03')", E="[s.bookings,s.clients]"))

# ---------------- narrowboats ----------------
NB = "narrowboats/index.html"
task(NB, "The Fairweathers would like Otter for a week from Saturday 7 June: two adults and three children, plus their springer spaniel. They want two bikes and the fuel package, and they reckon they'll get to us at about three o'clock. Lucy Fairweather is the lead name; her mobile is 07700 900582 and her email is lucy.fairweather@example.com. She's just paid the deposit over the phone with her card.",
 "if(s.bookings.length!==29)return false;const b=s.bookings[28],p=b.payments;return b.id==='KW-3129'&&b.boat==='NB-02'&&/^(mrs\\.? )?lucy fairweather$/i.test(b.lead.trim())&&" + PH("b.phone", "07700900582") + "&&b.email.trim().toLowerCase()==='lucy.fairweather@example.com'&&b.start==='2025-06-07'&&b.kind==='Week'&&b.nights===7&&b.adults===2&&b.children===3&&b.dogs===1&&b.bikes===2&&b.fuel===true&&b.arrival==='15:00'&&b.price===1444&&p.length===1&&p[0].date==='2025-05-16'&&p[0].amount===361&&p[0].method==='Card'&&p[0].kind==='Deposit'&&b.status==='Confirmed'&&b.engineOut===null&&b.engineIn===null&&b.refund===0&&b.returnedOn===''&&b.cancelReason===''&&H(s.bookings.slice(0,28))===@@A&&H([s.boats,s.settings])===@@B",
 dict(A="s.bookings.slice(0,28)", B="[s.boats,s.settings]"))
task(NB, "The Hendersons have just brought Heron back. The engine hours read 1,842 when she came in. There's a fresh scrape along the starboard side, so we're keeping £75 of their damage deposit; the rest can go back on their card.",
 "const b=s.bookings.find(x=>x.id==='KW-3106'),t=s.boats.find(x=>x.id==='NB-03');return s.bookings.length===28&&b.status==='Returned'&&b.engineIn===1842&&b.returnedOn==='2025-05-16'&&b.damageKept===75&&b.fuelCharge===82.8&&b.refund===92.2&&b.refundMethod==='Card'&&H(X(b,'status','engineIn','returnedOn','damageKept','fuelCharge','refund','refundMethod','notes'))===@@A&&t.engineHours===1842&&H(X(t,'engineHours'))===@@B&&H(s.bookings.filter(x=>x.id!=='KW-3106'))===@@C&&H(s.boats.filter(x=>x.id!=='NB-03'))===@@D&&H(s.settings)===@@E",
 dict(A=one("bookings", "KW-3106", "status", "engineIn", "returnedOn", "damageKept", "fuelCharge", "refund", "refundMethod", "notes"), B=one("boats", "NB-03", "engineHours"), C="s.bookings.filter(x=>x.id!=='KW-3106')", D="s.boats.filter(x=>x.id!=='NB-03')", E="s.settings"))
NM = ["KW-3110", "KW-3114"]
task(NB, "Swift's gearbox has packed up and she'll be out of the water until the end of the month, so please put her down as out of service until the 31st. Everyone who's booked on her before then will have to go on Dabchick instead, which is the same size. Apart from the Coopers: they'd rather cancel, so give them a full refund.",
 f"const M={L(NM)},w=s.boats.find(x=>x.id==='NB-04'),c=s.bookings.find(x=>x.id==='KW-3112');return s.bookings.length===28&&w.status==='Out of service'&&w.outUntil==='2025-05-31'&&['Repairs','Breakdown'].includes(w.outReason)&&H(X(w,'status','outUntil','outReason','notes'))===@@A&&M.every(i=>{{const b=s.bookings.find(x=>x.id===i);return b.boat==='NB-05'&&b.status==='Confirmed'}})&&H(" + rest("bookings", NM, "boat") + ")===@@B&&c.status==='Cancelled'&&['Boat unavailable','Customer cancelled'].includes(c.cancelReason)&&c.cancelledOn==='2025-05-16'&&c.refund===615&&H(X(c,'status','cancelReason','cancelledOn','refund','refundMethod','boat'))===@@C&&H(" + others("bookings", NM + ["KW-3112"]) + ")===@@D&&H([s.boats.filter(x=>x.id!=='NB-04'),s.settings])===@@E",
 dict(A=one("boats", "NB-04", "status", "outUntil", "outReason", "notes"), B=rest("bookings", NM, "boat"), C=one("bookings", "KW-3112", "status", "cancelReason", "cancelledOn", "refund", "refundMethod", "boat"), D=others("bookings", NM + ["KW-3112"]), E="[s.boats.filter(x=>x.id!=='NB-04'),s.settings]"))
task(NB, "We've settled next season's high-season prices: a week on the four-berth boats goes up to £1,345 and on the six-berths to £1,595, while the eight-berths stay as they are. Low-season short breaks on the small boats come down to £495. We've also decided to let dogs on Kestrel, and the charge per dog goes up to £35.",
 "const p=s.settings.prices,k=s.boats.find(x=>x.id==='NB-06');return p.S.High.week===1345&&p.M.High.week===1595&&p.S.Low.short===495&&H([X(p.S.High,'week'),X(p.M.High,'week'),X(p.S.Low,'short'),p.S.Mid,p.M.Low,p.M.Mid,p.L])===@@A&&s.settings.extras.dog===35&&H(X(s.settings.extras,'dog'))===@@B&&H(X(s.settings,'prices','extras'))===@@C&&k.pets===true&&H(X(k,'pets'))===@@D&&H(s.boats.filter(x=>x.id!=='NB-06'))===@@E&&H(s.bookings)===@@F",
 dict(A="[X(s.settings.prices.S.High,'week'),X(s.settings.prices.M.High,'week'),X(s.settings.prices.S.Low,'short'),s.settings.prices.S.Mid,s.settings.prices.M.Low,s.settings.prices.M.Mid,s.settings.prices.L]", B="X(s.settings.extras,'dog')", C="X(s.settings,'prices','extras')", D=one("boats", "NB-06", "pets"), E="s.boats.filter(x=>x.id!=='NB-06')", F="s.bookings"))

# ---------------- organworks ----------------
OW = "organworks/index.html"
task(OW, "All Saints at Bromfield have signed up for our tuning contract, twice a year, in March and September. Their organ is a two-manual Nicholson built in 1887, with 18 speaking stops and tracker action. The contact is their churchwarden, Ruth Kemble, on 01584 555287 (ruth.kemble@example.com). It's about 14 miles from the workshop. Please book the first tuning for Tuesday 11 March, arriving at nine, with Tom.",
 "if(s.churches.length!==13||s.visits.length!==22)return false;const c=s.churches[12],o=c.organ,v=s.visits[21];return c.id==='CH-213'&&/all saints/i.test(c.name)&&/bromfield/i.test(c.name+' '+c.place)&&/^(mrs\\.? )?ruth kemble$/i.test(c.contact.trim())&&c.role==='Churchwarden'&&" + PH("c.phone", "01584555287") + "&&c.email.trim().toLowerCase()==='ruth.kemble@example.com'&&c.miles===14&&/nicholson/i.test(o.builder)&&o.year===1887&&o.manuals===2&&o.stops===18&&o.action==='Tracker'&&c.contract.plan==='Twice yearly'&&JSON.stringify(c.contract.months)==='[\"Mar\",\"Sep\"]'&&v.id==='V-4122'&&v.church==='CH-213'&&v.date==='2025-03-11'&&v.time==='09:00'&&v.kind==='Tuning'&&v.tuner==='TH'&&v.status==='Scheduled'&&v.doneOn===''&&v.charge===0&&v.invoice===''&&v.reason===''&&H(s.churches.slice(0,12))===@@A&&H(s.visits.slice(0,21))===@@B&&H([s.tuners,s.projects,s.invoices,s.settings])===@@C",
 dict(A="s.churches.slice(0,12)", B="s.visits.slice(0,21)", C="[s.tuners,s.projects,s.invoices,s.settings]"))
task(OW, "Sarah was at St Peter's in Church Stretton yesterday for their tuning. While she was there she found a cipher on the Swell oboe and spent an extra hour and a half sorting it out, and she used £22 worth of parts. Please mark the visit as done and get the invoice out to them.",
 "if(s.invoices.length!==9)return false;const v=s.visits.find(x=>x.id==='V-4109'),i=s.invoices[8];return s.visits.length===21&&v.status==='Done'&&v.doneOn==='2025-02-18'&&v.extraHours===1.5&&v.materials===22&&v.charge===234&&v.invoice==='INV-2509'&&v.tuner==='SP'&&H(X(v,'status','doneOn','extraHours','materials','charge','invoice','notes'))===@@A&&i.id==='INV-2509'&&i.visit==='V-4109'&&i.church==='CH-202'&&i.date==='2025-02-19'&&i.due==='2025-03-21'&&i.amount===234&&i.status==='Unpaid'&&i.paidOn===''&&i.method===''&&H(s.invoices.slice(0,8))===@@B&&H(s.visits.filter(x=>x.id!=='V-4109'))===@@C&&H([s.churches,s.tuners,s.projects,s.settings])===@@D",
 dict(A=one("visits", "V-4109", "status", "doneOn", "extraHours", "materials", "charge", "invoice", "notes"), B="s.invoices.slice(0,8)", C="s.visits.filter(x=>x.id!=='V-4109')", D="[s.churches,s.tuners,s.projects,s.settings]"))
OR = ["V-4111", "V-4112", "V-4114", "V-4116"]
task(OW, "Nick's broken his wrist and won't be able to work for the next three weeks. Sarah is going to take over everything he has booked up to and including the 12th of March, except at Hereford Cathedral: their Director of Music would rather wait for Nick, so just postpone that one for now.",
 f"const R={L(OR)},p=s.visits.find(x=>x.id==='V-4113');return s.visits.length===21&&R.every(i=>{{const v=s.visits.find(x=>x.id===i);return v.tuner==='SP'&&v.status==='Scheduled'}})&&H(" + rest("visits", OR, "tuner") + ")===@@A&&p.status==='Postponed'&&p.reason==='Tuner unavailable'&&p.tuner==='NL'&&H(X(p,'status','reason','notes'))===@@B&&H(" + others("visits", OR + ["V-4113"]) + ")===@@C&&H([s.churches,s.tuners,s.projects,s.invoices,s.settings])===@@D",
 dict(A=rest("visits", OR, "tuner"), B=one("visits", "V-4113", "status", "reason", "notes"), C=others("visits", OR + ["V-4113"]), D="[s.churches,s.tuners,s.projects,s.invoices,s.settings]"))
task(OW, "Good news from Clun: the faculty for the Swell box restoration at St Michael's has come through, and the PCC accepted our quote at their meeting last night. They paid the 30% deposit by bank transfer this morning. We'll start on it in the workshop on Monday 3 March, and we're aiming to have it finished by Friday 27 June.",
 "const p=s.projects.find(x=>x.id==='PR-11'),q=p.payments;return p.faculty==='Granted'&&p.status==='Accepted'&&['2025-02-18','2025-02-19'].includes(p.acceptedOn)&&q.length===1&&q[0].date==='2025-02-19'&&q[0].amount===5520&&q[0].method==='Bank transfer'&&q[0].kind==='Deposit'&&p.start==='2025-03-03'&&p.finish==='2025-06-27'&&H(X(p,'faculty','facultyDate','status','acceptedOn','payments','start','finish'))===@@A&&H(s.projects.filter(x=>x.id!=='PR-11'))===@@B&&H([s.visits,s.churches,s.tuners,s.invoices,s.settings])===@@C",
 dict(A=one("projects", "PR-11", "faculty", "facultyDate", "status", "acceptedOn", "payments", "start", "finish"), B="s.projects.filter(x=>x.id!=='PR-11')", C="[s.visits,s.churches,s.tuners,s.invoices,s.settings]"))

# ---------------- orchard ----------------
OC = "orchard/index.html"
task(OC, "A new family signed up at Saturday's apple day: Chidi and Ada Okonkwo and their two children, who live at 23 Mill Lane, Longmeadow. Ada's mobile is 07700 900744 and her email is ada.okonkwo@example.com. They paid the family rate in cash on the day, and they're keen to help with pressing and with events. They'd also like to adopt one of the young Ashmead's Kernel trees in row D, whichever one is still free.",
 "if(s.members.length!==19)return false;const m=s.members[18],J=m.joined,p=m.payments,t=s.trees.find(x=>x.id==='T-D4'),D=['2025-09-20','2025-09-24'];return m.id==='M-319'&&/okonkwo/i.test(m.name)&&/(ada|chidi)/i.test(m.name+' '+m.household)&&m.type==='Family'&&/23 mill lane/i.test(m.address)&&" + PH("m.phone", "07700900744") + "&&m.email.trim().toLowerCase()==='ada.okonkwo@example.com'&&D.includes(J)&&m.renewal===(J==='2025-09-20'?'2026-09-20':'2026-09-24')&&p.length===1&&p[0].amount===22&&p[0].method==='Cash'&&D.includes(p[0].date)&&JSON.stringify(m.roles.slice().sort())==='[\"Events\",\"Pressing\"]'&&m.status==='Active'&&t.adoptedBy==='M-319'&&D.includes(t.adoptedOn)&&H(X(t,'adoptedBy','adoptedOn'))===@@A&&H(s.members.slice(0,18))===@@B&&H(s.trees.filter(x=>x.id!=='T-D4'))===@@C&&H([s.sessions,s.pressings,s.settings])===@@D",
 dict(A=one("trees", "T-D4", "adoptedBy", "adoptedOn"), B="s.members.slice(0,18)", C="s.trees.filter(x=>x.id!=='T-D4')", D="[s.sessions,s.pressings,s.settings]"))
task(OC, "Graham and Sue Henderson's apples went through the press this afternoon: 64 kilos, which gave 41 litres of juice. They had all of it bottled and pasteurised, and Sue paid by card.",
 "const p=s.pressings.find(x=>x.id==='PB-508');return s.pressings.length===17&&p.status==='Pressed'&&p.kgPressed===64&&p.litres===41&&p.bottles===54&&p.pasteurise===true&&p.charge===91.4&&p.method==='Card'&&p.session==='PS-3'&&H(X(p,'status','kgPressed','litres','bottles','pasteurise','charge','method','notes'))===@@A&&H(s.pressings.filter(x=>x.id!=='PB-508'))===@@B&&H([s.members,s.trees,s.sessions,s.settings])===@@C",
 dict(A=one("pressings", "PB-508", "status", "kgPressed", "litres", "bottles", "pasteurise", "charge", "method", "notes"), B="s.pressings.filter(x=>x.id!=='PB-508')", C="[s.members,s.trees,s.sessions,s.settings]"))
OP = ["T-A1", "T-A2", "T-A3", "T-A4", "T-A5", "T-A6", "T-B1", "T-B2", "T-B3", "T-B4", "T-B5"]
task(OC, "The pruning team got round the whole of rows A and B on Sunday, so can you record all of those trees as pruned on the 21st? Not the dead Bramley in row B, though: that one's coming out, so mark it for removal instead.",
 f"const P={L(OP)},d=s.trees.find(x=>x.id==='T-B6');return s.trees.length===30&&P.every(i=>s.trees.find(x=>x.id===i).lastPruned==='2025-09-21')&&H(" + rest("trees", OP, "lastPruned") + ")===@@A&&d.status==='To remove'&&d.removeReason==='Dead'&&d.lastPruned==='2024-02-11'&&H(X(d,'status','removeReason','notes'))===@@B&&H(" + others("trees", OP + ["T-B6"]) + ")===@@C&&H([s.members,s.sessions,s.pressings,s.settings])===@@D",
 dict(A=rest("trees", OP, "lastPruned"), B=one("trees", "T-B6", "status", "removeReason", "notes"), C=others("trees", OP + ["T-B6"]), D="[s.members,s.sessions,s.pressings,s.settings]"))
task(OC, "A few things were agreed at last night's AGM. Family membership goes up to £25 a year and concessions to £8, while individual membership stays at £15. Non-members will pay 70p a kilo for pressing from now on; members stay at 50p. We're also putting on an extra pressing day on Sunday 12 October, from 10 until 3, up at the Barn.",
 "if(s.sessions.length!==8)return false;const f=s.settings.fees,n=s.sessions[7];return f.Individual===15&&f.Family===25&&f.Concession===8&&s.settings.press.member===0.5&&s.settings.press.nonMember===0.7&&H(X(s.settings,'fees','press'))===@@A&&n.id==='PS-8'&&n.date==='2025-10-12'&&n.start==='10:00'&&n.end==='15:00'&&n.place==='The Barn'&&n.capacity===400&&n.status==='Open'&&H(s.sessions.slice(0,7))===@@B&&H([s.members,s.trees,s.pressings])===@@C",
 dict(A="X(s.settings,'fees','press')", B="s.sessions.slice(0,7)", C="[s.members,s.trees,s.pressings]"))

# ---------------- falconry ----------------
FC = "falconry/index.html"
task(FC, "Hannah Cole wants to book Sunday morning's hawk walk for herself, her husband and their 12-year-old son. It's a birthday treat for her husband, and she'd like the photo package too. She's paid for the lot by card over the phone. Her number is 07700 900815 and her email is hannah.cole@example.com.",
 "if(s.bookings.length!==27)return false;const b=s.bookings[26];return b.id==='WF-7227'&&b.session==='SN-124'&&/^(mrs\\.? )?hannah cole$/i.test(b.lead.trim())&&" + PH("b.phone", "07700900815") + "&&b.email.trim().toLowerCase()==='hannah.cole@example.com'&&b.adults===2&&b.under16===1&&b.occasion==='Birthday'&&b.photos===true&&b.price===190&&b.paid===190&&b.method==='Card'&&b.status==='Booked'&&b.refund===0&&b.cancelReason===''&&H(s.bookings.slice(0,26))===@@A&&H([s.sessions,s.birds,s.staff,s.settings])===@@B",
 dict(A="s.bookings.slice(0,26)", B="[s.sessions,s.birds,s.staff,s.settings]"))
FW = {"BD-01": 712, "BD-02": 184, "BD-03": 1046}
task(FC, "This morning's weigh-in: Bramble was 712 g, Pip 184 g and Juno 1,046 g. Also, Sage has started dropping her primaries, so she's moulting as of today and comes off the flying team for now.",
 "const B=i=>s.birds.find(x=>x.id===i),W=" + json.dumps(FW).replace('"', "'") + ",g=B('BD-04');return Object.keys(W).every(i=>{const w=B(i).weights;return w.length===4&&w[3].date==='2025-07-16'&&w[3].grams===W[i]})&&H(Object.keys(W).map(i=>[X(B(i),'weights'),B(i).weights.slice(0,3)]))===@@A&&g.status==='Moulting'&&g.statusSince==='2025-07-16'&&H(X(g,'status','statusSince','notes'))===@@B&&H(s.birds.filter(x=>!['BD-01','BD-02','BD-03','BD-04'].includes(x.id)))===@@C&&H([s.bookings,s.sessions,s.staff,s.settings])===@@D",
 dict(A="['BD-01','BD-02','BD-03'].map(i=>[X(s.birds.find(x=>x.id===i),'weights'),s.birds.find(x=>x.id===i).weights.slice(0,3)])", B=one("birds", "BD-04", "status", "statusSince", "notes"), C="s.birds.filter(x=>!['BD-01','BD-02','BD-03','BD-04'].includes(x.id))", D="[s.bookings,s.sessions,s.staff,s.settings]"))
FO, FH, FB = ["SN-115", "SN-119"], ["SN-114", "SN-117"], ["WF-7209", "WF-7210", "WF-7214"]
task(FC, "Josh is away on a course on Thursday and Friday. Megan will take his owl encounters on those two days, but the hawk walks can't go ahead without him, so please cancel those and give everyone who'd booked on them a full refund.",
 f"const O={L(FO)},K={L(FH)},B={L(FB)},se=i=>s.sessions.find(x=>x.id===i),bk=i=>s.bookings.find(x=>x.id===i);return s.sessions.length===45&&O.every(i=>se(i).falconer==='MH'&&se(i).status==='Scheduled')&&H(" + rest("sessions", FO, "falconer") + ")===@@A&&K.every(i=>se(i).status==='Cancelled'&&se(i).cancelReason==='Staff unavailable'&&se(i).falconer==='JP')&&H(" + rest("sessions", FH, "status", "cancelReason") + ")===@@B&&B.every(i=>bk(i).status==='Cancelled'&&bk(i).cancelReason==='Session cancelled'&&bk(i).paid>0&&bk(i).refund===bk(i).paid)&&H(" + rest("bookings", FB, "status", "cancelReason", "refund") + ")===@@C&&H(" + others("sessions", FO + FH) + ")===@@D&&H(" + others("bookings", FB) + ")===@@E&&H([s.birds,s.staff,s.settings])===@@F",
 dict(A=rest("sessions", FO, "falconer"), B=rest("sessions", FH, "status", "cancelReason"), C=rest("bookings", FB, "status", "cancelReason", "refund"), D=others("sessions", FO + FH), E=others("bookings", FB), F="[s.birds,s.staff,s.settings]"))
task(FC, "The prices are changing from August: the full falconry day goes up to £165 for adults and £120 for under-16s, and adult owl encounters go up to £45. The photo package is going up to £20 as well. And we're adding a third owl encounter every day, at half past four in the afternoon.",
 "const p=s.settings.prices,t=s.settings.timetable;return p['Falconry day'].adult===165&&p['Falconry day'].child===120&&p['Owl encounter'].adult===45&&p['Owl encounter'].child===30&&H(p['Hawk walk'])===@@A&&s.settings.photos===20&&JSON.stringify(t['Owl encounter'].slice().sort())==='[\"11:00\",\"14:00\",\"16:30\"]'&&H([t['Hawk walk'],t['Falconry day']])===@@B&&H(X(s.settings,'prices','photos','timetable'))===@@C&&H([s.bookings,s.sessions,s.birds,s.staff])===@@D",
 dict(A="s.settings.prices['Hawk walk']", B="[s.settings.timetable['Hawk walk'],s.settings.timetable['Falconry day']]", C="X(s.settings,'prices','photos','timetable')", D="[s.bookings,s.sessions,s.birds,s.staff]"))

# ---------------- swimschool ----------------
SW = "swimschool/index.html"
task(SW, "Isla Brennan can start in Ellie's Thursday half-four Stage 2 class, as there's a space in it. She was born on 3 June 2018. Her mum is Claire Brennan (07700 900915, claire.brennan@example.com). Isla has asthma and carries an inhaler. Her mum is happy for us to use photos, and because Isla's big brother Finn already swims with us she gets the sibling discount.",
 "if(s.pupils.length!==123)return false;const p=s.pupils[122];return p.id==='P-323'&&/^isla$/i.test(p.first.trim())&&/^brennan$/i.test(p.last.trim())&&p.dob==='2018-06-03'&&/claire brennan/i.test(p.parent)&&" + PH("p.phone", "07700900915") + "&&p.email.trim().toLowerCase()==='claire.brennan@example.com'&&/asthma/i.test(p.medical)&&/inhaler/i.test(p.medical)&&p.photo===true&&p.sibling===true&&p.cls==='CL-09'&&p.level==='Stage 2'&&p.status==='Active'&&p.joined==='2025-01-15'&&p.badges.length===0&&p.leftOn===''&&p.leftReason===''&&H(s.pupils.slice(0,122))===@@A&&H([s.classes,s.teachers,s.settings])===@@B",
 dict(A="s.pupils.slice(0,122)", B="[s.classes,s.teachers,s.settings]"))
task(SW, "Noah Fisher passed his Stage 3 assessment on Monday, so he's moving up a stage. Please log his Stage 3 badge and put him into Ryan's Saturday half-nine Stage 4 class.",
 "const p=s.pupils.find(x=>x.id==='P-208'),b=p.badges;return s.pupils.length===122&&p.cls==='CL-13'&&p.level==='Stage 4'&&p.status==='Active'&&b.length===3&&b[2].stage==='Stage 3'&&b[2].date==='2025-01-13'&&H(b.slice(0,2))===@@A&&H(X(p,'cls','level','badges'))===@@B&&H(s.pupils.filter(x=>x.id!=='P-208'))===@@C&&H([s.classes,s.teachers,s.settings])===@@D",
 dict(A="s.pupils.find(x=>x.id==='P-208').badges.slice(0,2)", B=one("pupils", "P-208", "cls", "level", "badges"), C="s.pupils.filter(x=>x.id!=='P-208')", D="[s.classes,s.teachers,s.settings]"))
SM, ST = ["P-203", "P-204", "P-205", "P-206"], ["P-201", "P-202"]
task(SW, "From next week Ellie's Monday four o'clock Stage 1 class is merging with Kate's 4:30 Stage 1 class. Please move all the children across, apart from the Lowe twins: their mum says half four is too late for them, so they'll be leaving us.",
 f"const M={L(SM)},T={L(ST)},P=i=>s.pupils.find(x=>x.id===i);return s.pupils.length===122&&M.every(i=>P(i).cls==='CL-02'&&P(i).level==='Stage 1'&&P(i).status==='Active')&&H(" + rest("pupils", SM, "cls") + ")===@@A&&T.every(i=>P(i).status==='Left'&&P(i).leftReason===\"Time doesn't suit\"&&P(i).leftOn>='2025-01-13'&&P(i).leftOn<='2025-01-20')&&H(" + rest("pupils", ST, "status", "leftReason", "leftOn", "cls") + ")===@@B&&H(" + others("pupils", SM + ST) + ")===@@C&&H([s.classes,s.teachers,s.settings])===@@D",
 dict(A=rest("pupils", SM, "cls"), B=rest("pupils", ST, "status", "leftReason", "leftOn", "cls"), C=others("pupils", SM + ST), D="[s.classes,s.teachers,s.settings]"))
task(SW, "Fees for the spring term: Ducklings and Stages 1 to 3 go up to £9.50 a lesson and Stages 4 to 7 to £10.50, while adult lessons stay at £12. The sibling discount goes up to 15%. And the spring term runs from 20 January to 5 April, with half term being the week of 17 February.",
 "const f=s.settings.fees,n=s.settings.next;return f['Ducklings & Stages 1–3']===9.5&&f['Stages 4–7']===10.5&&f.Adults===12&&s.settings.sibling===15&&/spring/i.test(n.name)&&n.start==='2025-01-20'&&n.end==='2025-04-05'&&n.halfFrom==='2025-02-17'&&['2025-02-21','2025-02-22','2025-02-23'].includes(n.halfTo)&&H(X(s.settings,'fees','sibling','next'))===@@A&&H([s.pupils,s.classes,s.teachers])===@@B",
 dict(A="X(s.settings,'fees','sibling','next')", B="[s.pupils,s.classes,s.teachers]"))


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
    (WEB / "blind26_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
