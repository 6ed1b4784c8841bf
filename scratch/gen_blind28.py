"""Generate scenarios/apps/web/blind28_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- cidermill ----------------
CM = "cidermill/index.html"
task(CM, "A chap called Alan Cottle rang from Much Marcle; he's not been to us before. He's got about three-quarters of a tonne of cider apples, mostly Dabinett with a few Yarlington Mill, and he wants the lot made into juice, pasteurised, in the five-litre boxes. Can you get him in first thing on Tuesday the 14th? His number's 01531 555734.",
 "if(s.bookings.length!==29||s.customers.length!==22)return false;const b=s.bookings[28],c=s.customers[21];return c.id==='CU-122'&&/^(mr\\.? )?alan cottle$/i.test(c.name.trim())&&" + PH("c.phone", "01531555734") + "&&/much marcle/i.test(c.village)&&c.kind==='Private'&&c.organic===false&&b.id==='PR-2059'&&b.customer==='CU-122'&&b.date==='2025-10-14'&&b.slot==='08:30'&&b.kg===750&&b.fruit==='Cider apples'&&/dabinett/i.test(b.varieties)&&/yarlington/i.test(b.varieties)&&b.service==='Juice'&&b.pasteurise===true&&b.pack==='PK-2'&&b.status==='Booked'&&b.payments.length===0&&b.litres===0&&b.units===0&&b.charge===0&&b.tank===''&&b.refunded===false&&b.cancelReason===''&&b.created==='2025-10-08'&&H(s.bookings.slice(0,28))===@@A&&H(s.customers.slice(0,21))===@@B&&H([s.tanks,s.packaging,s.settings])===@@C",
 dict(A="s.bookings.slice(0,28)", B="s.customers.slice(0,21)", C="[s.tanks,s.packaging,s.settings]"))
task(CM, "Mrs Henderson's apples this morning gave us 432 litres, which filled 144 of the three-litre boxes. She came back for them at lunchtime and paid what she still owed on her card. Oh, and the Ledbury Community Orchard people rang: they haven't got enough fruit left for Friday, so cancel that one. They know they lose the deposit.",
 "const g=i=>s.bookings.find(x=>x.id===i),a=g('PR-2042'),c=g('PR-2047'),p=a.payments;return s.bookings.length===28&&a.status==='Collected'&&a.pressedOn==='2025-10-08'&&a.collectedOn==='2025-10-08'&&a.kg===720&&a.litres===432&&a.units===144&&a.pasteurise===true&&a.charge===604.8&&p.length===2&&H(p[0])===@@P&&p[1].amount===554.8&&p[1].method==='Card'&&p[1].date==='2025-10-08'&&H(X(a,'status','pressedOn','pressedBy','collectedOn','litres','units','charge','payments','notes'))===@@A&&c.status==='Cancelled'&&['Not enough fruit','Customer cancelled'].includes(c.cancelReason)&&c.refunded===false&&H(X(c,'status','cancelReason','notes'))===@@B&&H(" + others("bookings", ["PR-2042", "PR-2047"]) + ")===@@C&&H([s.customers,s.tanks,s.packaging,s.settings])===@@D",
 dict(P="s.bookings.find(x=>x.id==='PR-2042').payments[0]", A=one("bookings", "PR-2042", "status", "pressedOn", "pressedBy", "collectedOn", "litres", "units", "charge", "payments", "notes"), B=one("bookings", "PR-2047", "status", "cancelReason", "notes"), C=others("bookings", ["PR-2042", "PR-2047"]), D="[s.customers,s.tanks,s.packaging,s.settings]"))
CF = ["T-02", "T-05", "T-07", "T-11"]
task(CM, "Dave's been round the tanks with the hydrometer this morning. Anything that's down to 1.000 or below has finished, so can you mark those tanks as finished? Not the Pughs' though: they want theirs left on the lees a while longer. He also forgot to write up Tank 4, which was reading 1.012.",
 f"const F={L(CF)},t=s.tanks.find(x=>x.id==='T-04'),r=t.readings;return s.tanks.length===14&&F.every(i=>{{const k=s.tanks.find(x=>x.id===i);return k.stage==='Finished'&&k.finishedOn==='2025-10-08'}})&&H(" + rest("tanks", CF, "stage", "finishedOn") + ")===@@A&&r.length===4&&r[3].date==='2025-10-08'&&r[3].sg===1.012&&H(r.slice(0,3))===@@R&&H(X(t,'readings','notes'))===@@B&&H(" + others("tanks", CF + ["T-04"]) + ")===@@C&&H([s.bookings,s.customers,s.packaging,s.settings])===@@D",
 dict(A=rest("tanks", CF, "stage", "finishedOn"), R="s.tanks.find(x=>x.id==='T-04').readings", B=one("tanks", "T-04", "readings", "notes"), C=others("tanks", CF + ["T-04"]), D="[s.bookings,s.customers,s.packaging,s.settings]"))
task(CM, "Right, new prices from today: pressing goes up to 20p a kilo, with a £30 minimum. The ten-litre bag-in-boxes have finally turned up, so add those at £3.40 each. And Dave wants his weekends back, so no more pressing on Saturdays.",
 "const st=s.settings,n=s.packaging[5];return s.packaging.length===6&&st.perKg===0.2&&st.minCharge===30&&st.days.Sat===false&&H(X(st.days,'Sat'))===@@A&&H(X(st,'perKg','minCharge','days'))===@@B&&n.id==='PK-10'&&/10/.test(n.name)&&n.litres===10&&n.price===3.4&&n.active===true&&H(s.packaging.slice(0,5))===@@C&&H([s.bookings,s.customers,s.tanks])===@@D",
 dict(A="X(s.settings.days,'Sat')", B="X(s.settings,'perKg','minCharge','days')", C="s.packaging.slice(0,5)", D="[s.bookings,s.customers,s.tanks]"))

# ---------------- thatcher ----------------
TH = "thatcher/index.html"
task(TH, "Mr and Mrs Fairweather have just bought Little Stour Cottage in Sixpenny Handley. It's Grade II listed and thatched in long straw, and the ridge is in a bad way, so they want it re-ridged, block cut with points this time. Could Ben go and have a look a week tomorrow at two o'clock? Their number is 01725 555419.",
 "if(s.jobs.length!==27)return false;const j=s.jobs[26],A=j.address+' '+j.village;return j.id==='HP-327'&&/fairweather/i.test(j.client)&&" + PH("j.phone", "01725555419") + "&&/little stour cottage/i.test(A)&&/sixpenny handley/i.test(A)&&j.property==='Cottage'&&j.listed==='Grade II'&&j.work==='Re-ridge'&&j.material==='Long straw'&&j.ridgeStyle==='Block cut with points'&&j.netting===false&&j.scaffold===false&&j.surveyDate==='2025-03-20'&&j.surveyTime==='14:00'&&j.surveyor==='BW'&&j.status==='Survey booked'&&j.consent==='Needed'&&j.quote===0&&j.deposit===null&&j.start===''&&j.lead===''&&j.payments.length===0&&j.created==='2025-03-12'&&H(s.jobs.slice(0,26))===@@A&&H([s.team,s.materials,s.settings])===@@B",
 dict(A="s.jobs.slice(0,26)", B="[s.team,s.materials,s.settings]"))
task(TH, "The Hallidays at Gussage All Saints have said yes to the rethatch and sent the 20% deposit by bank transfer. Their listed building consent came through yesterday as well, reference 3/25/0187/LBC. Book the job in to start on Monday 7 April; it's about five weeks' work. Jim's in charge, with Tom and Sam working with him, and Chase Scaffolding will put the scaffold up.",
 "const j=s.jobs.find(x=>x.id==='HP-309'),d=j.deposit;return s.jobs.length===26&&j.status==='Booked'&&!!d&&d.amount===4563.5&&d.method==='Bank transfer'&&['2025-03-11','2025-03-12'].includes(d.date)&&j.consent==='Granted'&&" + UP("j.consentRef", "3/25/0187/LBC") + "&&j.consentDate==='2025-03-11'&&j.start==='2025-04-07'&&j.weeks===5&&j.lead==='JH'&&JSON.stringify(j.crew.slice().sort())==='[\"SA\",\"TC\"]'&&j.scaffolder==='Chase Scaffolding'&&j.payments.length===0&&H(X(j,'status','deposit','consent','consentRef','consentDate','start','weeks','lead','crew','scaffolder','notes'))===@@A&&H(s.jobs.filter(x=>x.id!=='HP-309'))===@@B&&H([s.team,s.materials,s.settings])===@@C",
 dict(A=one("jobs", "HP-309", "status", "deposit", "consent", "consentRef", "consentDate", "start", "weeks", "lead", "crew", "scaffolder", "notes"), B="s.jobs.filter(x=>x.id!=='HP-309')", C="[s.team,s.materials,s.settings]"))
TP = ["HP-302", "HP-304", "HP-305"]
task(TH, "The council are shutting the road through the Tarrant valley all next week for resurfacing, so we won't get the lorry in to any of the Tarrant jobs that were due to start then. Put them all back a week, except the Old Forge at Tarrant Monkton: we can get to that one from the Crichel end.",
 f"const g=i=>s.jobs.find(x=>x.id===i);return s.jobs.length===26&&g('HP-302').start==='2025-03-24'&&g('HP-304').start==='2025-03-26'&&g('HP-305').start==='2025-03-27'&&{L(TP)}.every(i=>g(i).status==='Booked')&&H(" + rest("jobs", TP, "start") + ")===@@A&&H(" + others("jobs", TP) + ")===@@B&&H([s.team,s.materials,s.settings])===@@C",
 dict(A=rest("jobs", TP, "start"), B=others("jobs", TP), C="[s.team,s.materials,s.settings]"))
task(TH, "Jackson's lorry came this morning with 300 bundles of the Turkish water reed; they've put it up to £4.85 a bundle. Cranborne Coppice dropped off 2,000 hazel spars as well, same price as last time. While you're at it, put our water reed rate for full rethatches up to £102 a square metre, and scaffolding up to £1,600 a job.",
 "const g=i=>s.materials.find(x=>x.id===i),r=g('MT-01'),h=g('MT-05'),a=r.deliveries,b=h.deliveries,st=s.settings;return s.materials.length===10&&r.onHand===720&&r.cost===4.85&&a.length===3&&a[2].date==='2025-03-12'&&a[2].qty===300&&a[2].cost===4.85&&H(a.slice(0,2))===@@P&&H(X(r,'onHand','cost','deliveries'))===@@A&&h.onHand===5500&&h.cost===0.14&&b.length===2&&b[1].date==='2025-03-12'&&b[1].qty===2000&&b[1].cost===0.14&&H(b[0])===@@Q&&H(X(h,'onHand','deliveries'))===@@B&&H(" + others("materials", ["MT-01", "MT-05"]) + ")===@@C&&st.thatch['Water reed']===102&&st.scaffold===1600&&H(X(st.thatch,'Water reed'))===@@D&&H(X(st,'thatch','scaffold'))===@@E&&H([s.jobs,s.team])===@@F",
 dict(P="s.materials.find(x=>x.id==='MT-01').deliveries", A=one("materials", "MT-01", "onHand", "cost", "deliveries"), Q="s.materials.find(x=>x.id==='MT-05').deliveries[0]", B=one("materials", "MT-05", "onHand", "deliveries"), C=others("materials", ["MT-01", "MT-05"]), D="X(s.settings.thatch,'Water reed')", E="X(s.settings,'thatch','scaffold')", F="[s.jobs,s.team]"))

# ---------------- fishmonger ----------------
FM = "fishmonger/index.html"
task(FM, "Marco from Quayside Kitchen in Dartmouth has rung his order through for Friday: three kilos of hake as pin-boned fillets, two whole turbot (call it four kilos), five kilos of mussels, and two kilos of monkfish tails, filleted.",
 "if(s.orders.length!==26)return false;const o=s.orders[25],Q=o.lines.slice().sort((a,b)=>a.species.localeCompare(b.species));return o.id==='TF-7726'&&o.account==='AC-05'&&o.date==='2025-05-23'&&JSON.stringify(Q)==='[{\"species\":\"SP-01\",\"kg\":3,\"prep\":\"Pin-boned fillets\",\"price\":13.4},{\"species\":\"SP-04\",\"kg\":2,\"prep\":\"Filleted\",\"price\":22.3},{\"species\":\"SP-07\",\"kg\":4,\"prep\":\"Whole\",\"price\":24},{\"species\":\"SP-15\",\"kg\":5,\"prep\":\"Live\",\"price\":4.2}]'&&o.delivery===0&&o.total===201.8&&o.status==='Ordered'&&o.driver===''&&o.created==='2025-05-21'&&o.cancelReason===''&&H(s.orders.slice(0,25))===@@A&&H([s.stock,s.accounts,s.rounds,s.settings])===@@B",
 dict(A="s.orders.slice(0,25)", B="[s.stock,s.accounts,s.rounds,s.settings]"))
task(FM, "Back from the market: we got 38 kilos of lemon sole at £11.20 and 22 kilos of gurnard at £6.40. There'll be no scallops this week because the divers can't get out, so take them off the list. And knock the plaice down to £9.50; there's loads of it about.",
 "const g=i=>s.stock.find(x=>x.id===i),a=g('SP-10'),b=g('SP-05'),c=g('SP-14'),p=g('SP-09'),la=a.landings,lb=b.landings;return s.stock.length===20&&a.onHand===50&&a.price===11.2&&a.landed==='2025-05-21'&&a.available===true&&la.length===2&&la[1].date==='2025-05-21'&&la[1].kg===38&&la[1].price===11.2&&H(la[0])===@@P&&H(X(a,'onHand','price','landed','source','landings'))===@@A&&b.onHand===31&&b.price===6.4&&b.landed==='2025-05-21'&&b.available===true&&lb.length===2&&lb[1].kg===22&&lb[1].price===6.4&&lb[1].date==='2025-05-21'&&H(lb[0])===@@Q&&H(X(b,'onHand','price','landed','source','landings'))===@@B&&c.available===false&&H(X(c,'available'))===@@C&&p.price===9.5&&H(X(p,'price'))===@@D&&H(" + others("stock", ["SP-05", "SP-09", "SP-10", "SP-14"]) + ")===@@E&&H([s.orders,s.accounts,s.rounds,s.settings])===@@F",
 dict(P="s.stock.find(x=>x.id==='SP-10').landings[0]", Q="s.stock.find(x=>x.id==='SP-05').landings[0]", A=one("stock", "SP-10", "onHand", "price", "landed", "source", "landings"), B=one("stock", "SP-05", "onHand", "price", "landed", "source", "landings"), C=one("stock", "SP-14", "available"), D=one("stock", "SP-09", "price"), E=others("stock", ["SP-05", "SP-09", "SP-10", "SP-14"]), F="[s.orders,s.accounts,s.rounds,s.settings]"))
FO = ["TF-7710", "TF-7712", "TF-7714"]
task(FM, "Lee's ready to take the Dartmouth round out. Send everything that's packed for that round today out with him, apart from the Sea Pink's: they don't open till six, so theirs can go on the afternoon run.",
 f"const R={L(FO)};return s.orders.length===25&&R.every(i=>{{const o=s.orders.find(x=>x.id===i);return o.status==='Out for delivery'&&o.driver==='LB'}})&&H(" + rest("orders", FO, "status", "driver", "outAt") + ")===@@A&&H(" + others("orders", FO) + ")===@@B&&H([s.stock,s.accounts,s.rounds,s.settings])===@@C",
 dict(A=rest("orders", FO, "status", "driver", "outAt"), B=others("orders", FO), C="[s.stock,s.accounts,s.rounds,s.settings]"))
task(FM, "The Salt Loft in Topsham still haven't paid for April, so put them on stop until they do. Cove Kitchen up at Babbacombe have been as good as gold: put their credit limit up to two and a half thousand and move them onto thirty-day terms. And the delivery charge on small orders is going up to £8.",
 "const g=i=>s.accounts.find(x=>x.id===i),a=g('AC-11'),c=g('AC-07');return s.accounts.length===18&&a.onStop===true&&['Unpaid invoices','Over credit limit'].includes(a.stopReason)&&H(X(a,'onStop','stopReason','notes'))===@@A&&c.creditLimit===2500&&c.terms==='30 days'&&c.onStop===false&&H(X(c,'creditLimit','terms','notes'))===@@B&&H(" + others("accounts", ["AC-07", "AC-11"]) + ")===@@C&&s.settings.deliveryCharge===8&&H(X(s.settings,'deliveryCharge'))===@@D&&H([s.orders,s.stock,s.rounds])===@@E",
 dict(A=one("accounts", "AC-11", "onStop", "stopReason", "notes"), B=one("accounts", "AC-07", "creditLimit", "terms", "notes"), C=others("accounts", ["AC-07", "AC-11"]), D="X(s.settings,'deliveryCharge')", E="[s.orders,s.stock,s.rounds]"))

# ---------------- scoutgroup ----------------
SC = "scoutgroup/index.html"
task(SC, "Ruby Atkinson's mum has been in touch to say yes to the Beaver place we offered, so Ruby will start this coming Monday. She has a nut allergy and carries an EpiPen. Mum's happy for photos to be taken and has signed the Gift Aid form, and of course Jack in Cubs is her big brother, so she gets the sibling discount.",
 "if(s.members.length!==36)return false;const m=s.members[35],w=s.waiting.find(x=>x.id==='W-41');return m.id==='M-336'&&/^ruby$/i.test(m.first.trim())&&/^atkinson$/i.test(m.last.trim())&&m.dob==='2019-03-14'&&m.section==='Beavers'&&m.joined==='2025-06-09'&&m.sectionSince==='2025-06-09'&&/claire atkinson/i.test(m.parent)&&" + PH("m.phone", "07700900582") + "&&/nut/i.test(m.medical)&&/epi|adrenaline|auto-?injector/i.test(m.medical)&&m.photo===true&&m.giftAid===true&&m.sibling===true&&m.status==='Active'&&m.leftOn===''&&m.subs.length===0&&w.status==='Joined'&&H(X(w,'status','notes'))===@@A&&H(s.waiting.filter(x=>x.id!=='W-41'))===@@B&&H(s.members.slice(0,35))===@@C&&H([s.events,s.settings])===@@D",
 dict(A=one("waiting", "W-41", "status", "notes"), B="s.waiting.filter(x=>x.id!=='W-41')", C="s.members.slice(0,35)", D="[s.events,s.settings]"))
task(SC, "Can you sign the Hussain twins up for summer camp? Their dad paid the full amount for both of them in cash tonight. And Leo Barraclough has had to drop out because he's broken his arm, poor lad, so take him off the list and give his mum back what she paid.",
 "const e=s.events.find(x=>x.id==='EV-03'),g=i=>e.signups.find(x=>x.member===i),z=g('M-323'),a=g('M-324'),w=e.withdrawn;return s.events.length===6&&e.signups.length===8&&!g('M-325')&&!!z&&!!a&&z.paid===95&&z.method==='Cash'&&z.date==='2025-06-04'&&a.paid===95&&a.method==='Cash'&&a.date==='2025-06-04'&&w.length===1&&w[0].member==='M-325'&&w[0].refund===30&&w[0].date==='2025-06-04'&&w[0].reason==='Injury or illness'&&H(e.signups.filter(x=>!['M-323','M-324'].includes(x.member)))===@@A&&H(X(e,'signups','withdrawn','notes'))===@@B&&H(s.events.filter(x=>x.id!=='EV-03'))===@@C&&H([s.members,s.waiting,s.settings])===@@D",
 dict(A="s.events.find(x=>x.id==='EV-03').signups.filter(x=>x.member!=='M-325')", B=one("events", "EV-03", "signups", "withdrawn", "notes"), C="s.events.filter(x=>x.id!=='EV-03')", D="[s.members,s.waiting,s.settings]"))
SU = ["M-302", "M-303", "M-305", "M-309", "M-312"]
task(SC, "It's move-up time. Any Beaver who'll be eight by the end of August is going up to Cubs, so please move them across now; Akela will sort out which sixes they go in. Not Freddie Lister, though: his mum wants him to stay in Beavers with his friends until Christmas.",
 f"const R={L(SU)};return s.members.length===35&&R.every(i=>{{const m=s.members.find(x=>x.id===i);return m.section==='Cubs'&&m.sectionSince==='2025-06-04'&&m.status==='Active'}})&&H(" + rest("members", SU, "section", "six", "sectionSince", "notes") + ")===@@A&&H(" + others("members", SU) + ")===@@B&&H([s.waiting,s.events,s.settings])===@@C",
 dict(A=rest("members", SU, "section", "six", "sectionSince", "notes"), B=others("members", SU), C="[s.waiting,s.events,s.settings]"))
task(SC, "The committee met last night. From the autumn term subs go up to £48 a term for Beavers, Cubs and Scouts. The Explorers will pay theirs through the district from now on, so we stop collecting subs for them. The sibling discount goes up to a quarter, and the Scouts are moving to Thursday nights.",
 "const st=s.settings,b=st.subs;return b.Beavers.amount===48&&b.Cubs.amount===48&&b.Scouts.amount===48&&b.Beavers.collect&&b.Cubs.collect&&b.Scouts.collect&&b.Explorers.collect===false&&b.Explorers.amount===45&&st.siblingPct===25&&st.nights.Scouts==='Thu'&&H(X(st.nights,'Scouts'))===@@A&&H(X(st,'subs','siblingPct','nights'))===@@B&&H([s.members,s.waiting,s.events])===@@C",
 dict(A="X(s.settings.nights,'Scouts')", B="X(s.settings,'subs','siblingPct','nights')", C="[s.members,s.waiting,s.events]"))

# ---------------- audiology ----------------
AU = "audiology/index.html"
task(AU, "A Mr Geoffrey Lyle rang; he's new to us. He was born on the 2nd of November 1946, lives at 3 Corve Street here in Ludlow, and his number is 01584 555316. His ears are blocked up and he'd like microsuction on both of them. Can you book him in with Jo at the first time she has free on Friday morning?",
 "if(s.patients.length!==21||s.appointments.length!==32)return false;const p=s.patients[20],a=s.appointments[31];return p.id==='P-2121'&&p.title==='Mr'&&/^geoffrey$/i.test(p.first.trim())&&/^lyle$/i.test(p.last.trim())&&p.dob==='1946-11-02'&&" + PH("p.phone", "01584555316") + "&&/3,? corve street/i.test(p.address)&&p.aids.length===0&&a.id==='AP-4432'&&a.patient==='P-2121'&&a.date==='2025-01-17'&&a.time==='10:15'&&a.type==='Microsuction wax removal'&&a.mins===30&&a.ears==='Both'&&a.clinician==='JT'&&a.home===false&&a.fee===65&&a.paid===false&&a.status==='Booked'&&a.cancelReason===''&&H(s.appointments.slice(0,31))===@@A&&H(s.patients.slice(0,20))===@@B&&H([s.repairs,s.stock,s.settings])===@@C",
 dict(A="s.appointments.slice(0,31)", B="s.patients.slice(0,20)", C="[s.repairs,s.stock,s.settings]"))
task(AU, "Phonak have sent Mrs Banks's hearing aid back. They fixed it under warranty, so there's nothing for her to pay, and their reference is PH-448210. Also, Mr Price popped in this morning for his Oticon and paid the £95 by card, so that one's all done.",
 "const g=i=>s.repairs.find(x=>x.id===i),a=g('RP-501'),b=g('RP-503');return s.repairs.length===8&&a.status==='Back in'&&a.backOn==='2025-01-15'&&" + UP("a.ref", "PH-448210") + "&&a.charge===0&&a.returnedOn===''&&H(X(a,'status','backOn','ref','charge','notes'))===@@A&&b.status==='Returned'&&b.returnedOn==='2025-01-15'&&b.paid===true&&b.method==='Card'&&b.charge===95&&H(X(b,'status','returnedOn','paid','method','notes'))===@@B&&H(" + others("repairs", ["RP-501", "RP-503"]) + ")===@@C&&H([s.appointments,s.patients,s.stock,s.settings])===@@D",
 dict(A=one("repairs", "RP-501", "status", "backOn", "ref", "charge", "notes"), B=one("repairs", "RP-503", "status", "returnedOn", "paid", "method", "notes"), C=others("repairs", ["RP-501", "RP-503"]), D="[s.appointments,s.patients,s.stock,s.settings]"))
AM = ["AP-4421", "AP-4422"]
task(AU, "Rachel's on a training course on Friday afternoon. Can you move her Friday afternoon patients over to Harriet? Not Mr Okoro's fitting, though: Rachel did his hearing test, so she ought to fit him herself. Cancel that one and we'll ring him to rebook.",
 f"const g=i=>s.appointments.find(x=>x.id===i),k=g('AP-4423');return s.appointments.length===31&&{L(AM)}.every(i=>g(i).clinician==='HL'&&g(i).status==='Booked'&&g(i).date==='2025-01-17')&&H(" + rest("appointments", AM, "clinician") + ")===@@A&&k.status==='Cancelled'&&k.cancelReason==='Clinician unavailable'&&k.clinician==='RP'&&H(X(k,'status','cancelReason','notes'))===@@B&&H(" + others("appointments", AM + ["AP-4423"]) + ")===@@C&&H([s.patients,s.repairs,s.stock,s.settings])===@@D",
 dict(A=rest("appointments", AM, "clinician"), B=one("appointments", "AP-4423", "status", "cancelReason", "notes"), C=others("appointments", AM + ["AP-4423"]), D="[s.patients,s.repairs,s.stock,s.settings]"))
task(AU, "Twenty packs of the size 312 batteries have come in. We're also going to start selling size 13 batteries, the orange ones, at £4.50 for a pack of six; we've got 30 packs to start with, and I'd like to reorder when we're down to 10. And wax removal is going up to £70 for both ears and £50 for one.",
 "if(s.stock.length!==13)return false;const b=s.stock.find(x=>x.id==='ST-02'),n=s.stock[12],st=s.settings;return b.onHand===28&&b.received.length===1&&b.received[0].qty===20&&b.received[0].date==='2025-01-15'&&H(X(b,'onHand','received'))===@@A&&n.id==='ST-13'&&/\\b13\\b/.test(n.name)&&n.category==='Batteries'&&n.price===4.5&&n.onHand===30&&n.reorderAt===10&&n.active===true&&H(s.stock.filter(x=>x.id!=='ST-02').slice(0,11))===@@B&&st.waxBoth===70&&st.waxOne===50&&H(X(st,'waxBoth','waxOne'))===@@C&&H([s.appointments,s.patients,s.repairs])===@@D",
 dict(A=one("stock", "ST-02", "onHand", "received"), B="s.stock.filter(x=>x.id!=='ST-02')", C="X(s.settings,'waxBoth','waxOne')", D="[s.appointments,s.patients,s.repairs]"))

# ---------------- cricketclub ----------------
CC = "cricketclub/index.html"
task(CC, "Can you add a new junior for me? Harry Pearce, born on the 3rd of May 2014. His mum is Nicola Pearce, mobile 07700 900647, email nicola.pearce@example.com. He'll play for the Under 13s. He has asthma and carries an inhaler, and she's happy for him to be in photos. She's already paid his subs by bank transfer.",
 "if(s.members.length!==32)return false;const m=s.members[31];return m.id==='APC-132'&&/^harry$/i.test(m.first.trim())&&/^pearce$/i.test(m.last.trim())&&m.category==='Junior'&&m.dob==='2014-05-03'&&/nicola pearce/i.test(m.parent)&&" + PH("m.phone", "07700900647") + "&&m.email.trim().toLowerCase()==='nicola.pearce@example.com'&&JSON.stringify(m.teams)==='[\"Under 13s\"]'&&/asthma/i.test(m.medical)&&m.photo===true&&m.subsPaid===true&&m.subsAmount===45&&m.subsMethod==='Bank transfer'&&m.subsDate==='2025-07-09'&&m.status==='Active'&&m.joined==='2025-07-09'&&H(s.members.slice(0,31))===@@A&&H([s.fixtures,s.nets,s.settings])===@@B",
 dict(A="s.members.slice(0,31)", B="[s.fixtures,s.nets,s.settings]"))
task(CC, "Saturday's results: the 1st XI beat Kibworth by 4 wickets, chasing down their 187 all out and finishing on 188 for 6. The 2nd XI's game at Broughton Astley was rained off without a ball bowled. And Jean Pratt can't do the teas for this Saturday's home game as she's at a wedding, so can you put Linda Walsh down instead?",
 "const g=i=>s.fixtures.find(x=>x.id===i),a=g('FX-2504'),b=g('FX-2505'),c=g('FX-2509');return s.fixtures.length===16&&a.status==='Played'&&a.result==='Won'&&/4 wick(e|i)ts?/i.test(a.margin)&&/^188\\s*(for|-|\\/)\\s*6\\b/i.test(a.ourScore.trim())&&/^187\\b/.test(a.theirScore.trim())&&a.points===20&&H(X(a,'status','result','margin','ourScore','theirScore','points','notes'))===@@A&&b.status==='Abandoned'&&b.result==='Abandoned'&&b.points===5&&H(X(b,'status','result','margin','ourScore','theirScore','points','notes'))===@@B&&c.teas==='APC-114'&&c.status==='Scheduled'&&H(X(c,'teas','notes'))===@@C&&H(" + others("fixtures", ["FX-2504", "FX-2505", "FX-2509"]) + ")===@@D&&H([s.members,s.nets,s.settings])===@@E",
 dict(A=one("fixtures", "FX-2504", "status", "result", "margin", "ourScore", "theirScore", "points", "notes"), B=one("fixtures", "FX-2505", "status", "result", "margin", "ourScore", "theirScore", "points", "notes"), C=one("fixtures", "FX-2509", "teas", "notes"), D=others("fixtures", ["FX-2504", "FX-2505", "FX-2509"]), E="[s.members,s.nets,s.settings]"))
CP = ["APC-120", "APC-121", "APC-123", "APC-124"]
CL2 = ["APC-117", "APC-118"]
task(CC, "The juniors' subs have all come in together through the schools' ParentPay, so can you mark every junior who hadn't paid as paid today by bank transfer? Apart from the Hallam boys: the family have moved to Market Harborough, so mark those two as lapsed instead.",
 f"const g=i=>s.members.find(x=>x.id===i);return s.members.length===31&&{L(CP)}.every(i=>{{const m=g(i);return m.subsPaid===true&&m.subsAmount===45&&m.subsMethod==='Bank transfer'&&m.subsDate==='2025-07-09'&&m.status==='Active'}})&&H(" + rest("members", CP, "subsPaid", "subsAmount", "subsMethod", "subsDate") + f")===@@A&&{L(CL2)}.every(i=>g(i).status==='Lapsed'&&g(i).subsPaid===false)&&H(" + rest("members", CL2, "status", "notes") + ")===@@B&&H(" + others("members", CP + CL2) + ")===@@C&&H([s.fixtures,s.nets,s.settings])===@@D",
 dict(A=rest("members", CP, "subsPaid", "subsAmount", "subsMethod", "subsDate"), B=rest("members", CL2, "status", "notes"), C=others("members", CP + CL2), D="[s.fixtures,s.nets,s.settings]"))
task(CC, "The AGM agreed next year's subs: seniors go up to £120, students to £60 and social members to £25, and juniors stay as they are. The senior match fee goes up to £8. Also, the council say we can only use the nets until eight o'clock now, and we're dropping the Friday net session altogether.",
 "const st=s.settings,b=st.subs,n=st.nets;return b.Senior===120&&b.Student===60&&b.Social===25&&b.Junior===45&&b['Vice-president']===50&&st.matchFee.Senior===8&&st.matchFee.Junior===3&&n.until==='20:00'&&n.days.Fri===false&&H(X(n.days,'Fri'))===@@A&&H(X(n,'until','days'))===@@B&&H(X(st,'subs','matchFee','nets'))===@@C&&H([s.members,s.fixtures,s.nets])===@@D",
 dict(A="X(s.settings.nets.days,'Fri')", B="X(s.settings.nets,'until','days')", C="X(s.settings,'subs','matchFee','nets')", D="[s.members,s.fixtures,s.nets]"))



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
    (WEB / "blind28_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
