"""Generate scenarios/apps/web/blind31_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- belltower ----------------
BT = "belltower/index.html"
task(BT, "Chloe Barker's been on: she's getting married here on Saturday the 14th of June at half past one, and she'd like all eight bells going for the full hour before the service. Her number's 07700 900514. Can you put it in the diary? She'll pay when the bill comes.",
 "if(s.events.length!==19)return false;const e=s.events[18];return e.id==='RE-419'&&e.kind==='Wedding'&&/chloe barker/i.test(e.client)&&" + PH("e.phone", "07700900514") + "&&e.date==='2025-06-14'&&e.time==='12:30'&&e.minutes===60&&e.bells===8&&e.fee===210&&e.payments.length===0&&e.ringers.length===0&&e.status==='Planned'&&e.cancelReason===''&&e.created==='2025-05-07'&&H(s.events.slice(0,18))===@@A&&H([s.ringers,s.settings])===@@B",
 dict(A="s.events.slice(0,18)", B="[s.ringers,s.settings]"))
task(BT, "Sunday morning's service ringing went ahead as normal, so can you tick it off as rung? And the Hendersons have settled up for their wedding: a cheque for the full amount came through the door this morning.",
 "const g=i=>s.events.find(x=>x.id===i),a=g('RE-405'),b=g('RE-404');return s.events.length===18&&a.status==='Rung'&&H(X(a,'status','notes'))===@@A&&JSON.stringify(b.payments)==='[{\"date\":\"2025-05-07\",\"amount\":180,\"method\":\"Cheque\"}]'&&b.status==='Rung'&&H(X(b,'payments','notes'))===@@B&&H(" + others("events", ["RE-404", "RE-405"]) + ")===@@C&&H([s.ringers,s.settings])===@@D",
 dict(A=one("events", "RE-405", "status", "notes"), B=one("events", "RE-404", "payments", "notes"), C=others("events", ["RE-404", "RE-405"]), D="[s.ringers,s.settings]"))
BTS = ["RG-03", "RG-05", "RG-06", "RG-11", "RG-14"]
task(BT, "I went round with the subs tin after Sunday's ringing, and everybody on the Sunday band has paid this year's subs now, apart from Derek, who's promised to bring his on Thursday. Can you tick them all off?",
 f"const g=i=>s.ringers.find(x=>x.id===i);return s.ringers.length===16&&{L(BTS)}.every(i=>g(i).subsPaid===true&&g(i).subsPaidOn==='2025-05-07')&&H(" + rest("ringers", BTS, "subsPaid", "subsPaidOn", "notes") + ")===@@A&&H(" + others("ringers", BTS) + ")===@@B&&H([s.events,s.settings])===@@C",
 dict(A=rest("ringers", BTS, "subsPaid", "subsPaidOn", "notes"), B=others("ringers", BTS), C="[s.events,s.settings]"))
task(BT, "The PCC have agreed the new fees: a wedding is £200 now for up to three-quarters of an hour, and the annual subs go up to £25. And we've a new recruit, Priya Shah, 07700 900377. She's never touched a rope before, so it'll be practice nights only for her to begin with.",
 "const st=s.settings,n=s.ringers[16];return st.weddingFee===200&&st.subs===25&&H(X(st,'weddingFee','subs'))===@@A&&s.ringers.length===17&&n.id==='RG-17'&&/^priya shah$/i.test(n.name.trim())&&" + PH("n.phone", "07700900377") + "&&n.level==='Learner'&&n.band==='Practice only'&&n.status==='Active'&&n.subsPaid===false&&n.subsPaidOn===''&&n.joined==='2025-05-07'&&n.leftOn===''&&H(s.ringers.slice(0,16))===@@B&&H(s.events)===@@C",
 dict(A="X(s.settings,'weddingFee','subs')", B="s.ringers.slice(0,16)", C="s.events"))

# ---------------- cyclerepair ----------------
CR = "cyclerepair/index.html"
task(CR, "A lady called Ruth Okafor has just wheeled her Brompton in: the back tyre keeps going flat, so it only needs the puncture sorting. She'd like it back by Thursday. Give it to Sian, would you? Ruth's number is 07700 900613.",
 "if(s.jobs.length!==15)return false;const j=s.jobs[14];return j.id==='WJ-5115'&&/^(mrs\\.? |ms\\.? )?ruth okafor$/i.test(j.customer.trim())&&" + PH("j.phone", "07700900613") + "&&/brompton/i.test(j.bike)&&j.service==='Puncture repair'&&j.mechanic==='SA'&&j.bookedIn==='2025-06-10'&&j.due==='2025-06-12'&&j.status==='Booked in'&&j.waitingFor===''&&j.parts.length===0&&j.price===15&&j.payments.length===0&&j.collectedOn===''&&j.cancelReason===''&&H(s.jobs.slice(0,14))===@@A&&H([s.parts,s.settings])===@@B",
 dict(A="s.jobs.slice(0,14)", B="[s.parts,s.settings]"))
task(CR, "Mr Hale's just been in for his Trek and paid for it on his card. And Jake says the chain he ordered for Mrs Ince's Raleigh turned up with the post, so her job can get going again.",
 "const g=i=>s.jobs.find(x=>x.id===i),a=g('WJ-5101'),b=g('WJ-5102');return s.jobs.length===14&&a.status==='Collected'&&a.collectedOn==='2025-06-10'&&JSON.stringify(a.payments)==='[{\"date\":\"2025-06-10\",\"amount\":127,\"method\":\"Card\"}]'&&H(X(a,'status','collectedOn','payments','notes'))===@@A&&b.status==='In progress'&&b.waitingFor===''&&H(X(b,'status','waitingFor','notes'))===@@B&&H(" + others("jobs", ["WJ-5101", "WJ-5102"]) + ")===@@C&&H([s.parts,s.settings])===@@D",
 dict(A=one("jobs", "WJ-5101", "status", "collectedOn", "payments", "notes"), B=one("jobs", "WJ-5102", "status", "waitingFor", "notes"), C=others("jobs", ["WJ-5101", "WJ-5102"]), D="[s.parts,s.settings]"))
CRW = ["WJ-5102", "WJ-5104", "WJ-5105", "WJ-5106"]
task(CR, "The wholesaler's van has let us down again and there's nothing coming now till Monday. Can you put the due date back to next Tuesday, the 17th, on every job that's stuck waiting for parts? Not Dr Lister's e-bike, though: I'm driving over to Leeds for his motor myself, so that one stays as it is.",
 f"const g=i=>s.jobs.find(x=>x.id===i);return s.jobs.length===14&&{L(CRW)}.every(i=>g(i).due==='2025-06-17'&&g(i).status==='Waiting parts')&&H(" + rest("jobs", CRW, "due", "notes") + ")===@@A&&H(" + others("jobs", CRW) + ")===@@B&&H([s.parts,s.settings])===@@C",
 dict(A=rest("jobs", CRW, "due", "notes"), B=others("jobs", CRW), C="[s.parts,s.settings]"))
task(CR, "From today a full service is £105 and a basic one £50. We've also started stocking Continental Gatorskin tyres in 700 by 25 at £42 each, and there are eight on the shelf.",
 "const st=s.settings,n=s.parts[10];return st.prices['Full service']===105&&st.prices['Basic service']===50&&H(X(st.prices,'Full service','Basic service'))===@@A&&H(X(st,'prices'))===@@B&&s.parts.length===11&&n.id==='PT-11'&&/gatorskin/i.test(n.name)&&/700\\s*[x×]\\s*25/i.test(n.name)&&n.price===42&&n.stock===8&&H(s.parts.slice(0,10))===@@C&&H(s.jobs)===@@D",
 dict(A="X(s.settings.prices,'Full service','Basic service')", B="X(s.settings,'prices')", C="s.parts.slice(0,10)", D="s.jobs"))

# ---------------- vegbox ----------------
VB = "vegbox/index.html"
task(VB, "Mrs Hannah Cole rang: she lives at 14 Mill Lane in Pool and wants a medium veg box every other week, with half a dozen eggs in it. She'll pay by direct debit like most folk. Her number's 01943 555027. Can she start next Tuesday?",
 "if(s.subscribers.length!==18)return false;const n=s.subscribers[17];return n.id==='SB-118'&&/^(mrs\\.? )?hannah cole$/i.test(n.name.trim())&&" + PH("n.phone", "01943555027") + "&&/14,? mill lane/i.test(n.address)&&n.round==='R1'&&n.box==='Medium veg'&&n.every==='Fortnightly'&&JSON.stringify(n.extras)==='[\"EX-1\"]'&&n.status==='Active'&&n.pausedUntil===''&&n.skips.length===0&&n.pay==='Direct debit'&&n.balance===0&&n.payments.length===0&&n.start==='2025-03-25'&&n.created==='2025-03-18'&&n.cancelledOn===''&&H(s.subscribers.slice(0,17))===@@A&&H([s.extras,s.settings])===@@B",
 dict(A="s.subscribers.slice(0,17)", B="[s.extras,s.settings]"))
task(VB, "The Patels are off to Portugal for a few weeks, so can you stop their box while they're away? The first one they want when they're back is Tuesday the 15th of April. And old Mr Green came in and paid off what he owed on his account, in cash.",
 "const g=i=>s.subscribers.find(x=>x.id===i),a=g('SB-101'),b=g('SB-102');return s.subscribers.length===17&&a.status==='Paused'&&a.pausedUntil==='2025-04-15'&&H(X(a,'status','pausedUntil','notes'))===@@A&&b.balance===0&&JSON.stringify(b.payments)==='[{\"date\":\"2025-03-18\",\"amount\":38.4,\"method\":\"Cash\"}]'&&b.status==='Active'&&H(X(b,'balance','payments','notes'))===@@B&&H(" + others("subscribers", ["SB-101", "SB-102"]) + ")===@@C&&H([s.extras,s.settings])===@@D",
 dict(A=one("subscribers", "SB-101", "status", "pausedUntil", "notes"), B=one("subscribers", "SB-102", "balance", "payments", "notes"), C=others("subscribers", ["SB-101", "SB-102"]), D="[s.extras,s.settings]"))
VBS = ["SB-107", "SB-108", "SB-109", "SB-110"]
task(VB, "They're shutting the road at Pool Bridge on Thursday for flood repairs, so the van can't get round the Wharfe villages this week. Can you skip this Thursday's box for everyone on that round? Except Mrs Airey at the Old Rectory: she says she'll drive in and collect hers from the shop, so leave hers as it is.",
 f"const g=i=>s.subscribers.find(x=>x.id===i);return s.subscribers.length===17&&{L(VBS)}.every(i=>g(i).skips.includes('2025-03-20')&&g(i).status==='Active')&&H({L(VBS)}.map(i=>g(i).skips.filter(d=>d!=='2025-03-20')))===@@S&&H(" + rest("subscribers", VBS, "skips", "notes") + ")===@@A&&H(" + others("subscribers", VBS) + ")===@@B&&H([s.extras,s.settings])===@@C",
 dict(S=f"{L(VBS)}.map(i=>s.subscribers.find(x=>x.id===i).skips.filter(d=>d!=='2025-03-20'))", A=rest("subscribers", VBS, "skips", "notes"), B=others("subscribers", VBS), C="[s.extras,s.settings]"))
task(VB, "Prices are going up: the large veg box will be £27 and the fruit box £13.50. And Moorside Bakery are doing us a sourdough loaf now, so add it to the extras at £4.20 a loaf.",
 "const st=s.settings,n=s.extras[5];return st.boxPrices['Large veg']===27&&st.boxPrices['Fruit']===13.5&&H(X(st.boxPrices,'Large veg','Fruit'))===@@A&&H(X(st,'boxPrices'))===@@B&&s.extras.length===6&&n.id==='EX-6'&&/sourdough/i.test(n.name)&&n.price===4.2&&n.active===true&&H(s.extras.slice(0,5))===@@C&&H(s.subscribers)===@@D",
 dict(A="X(s.settings.boxPrices,'Large veg','Fruit')", B="X(s.settings,'boxPrices')", C="s.extras.slice(0,5)", D="s.subscribers"))

# ---------------- bouncyhire ----------------
BO = "bouncyhire/index.html"
task(BO, "Kerry Dawson's little lad is five on Saturday the 17th and she's having a party in the back garden at 22 Fern Avenue, Baildon. She wants the Jungle castle and the toddler soft-play set, dropped off in the morning; it's all lawn. Her mobile's 07700 900788, and she's paid the deposit on her card.",
 "if(s.bookings.length!==10)return false;const b=s.bookings[9];return b.id==='BA-710'&&/^(mrs\\.? |ms\\.? )?kerry dawson$/i.test(b.customer.trim())&&" + PH("b.phone", "07700900788") + "&&/22,? fern avenue/i.test(b.address)&&b.date==='2025-05-17'&&JSON.stringify(b.items.slice().sort())==='[\"IT-01\",\"IT-05\"]'&&b.slot==='Morning (by 10am)'&&b.surface==='Grass'&&b.price===155&&JSON.stringify(b.payments)==='[{\"date\":\"2025-05-06\",\"amount\":38.75,\"method\":\"Card\",\"kind\":\"Deposit\"}]'&&b.status==='Confirmed'&&b.returnedOn===''&&b.cancelReason===''&&b.created==='2025-05-06'&&H(s.bookings.slice(0,9))===@@A&&H([s.items,s.settings])===@@B",
 dict(A="s.bookings.slice(0,9)", B="[s.items,s.settings]"))
task(BO, "Lee's back with the van from Saturday's job at the Methodist hall. Everything's come back except that the Pirate Ship's got a split seam, so it'll have to go off for repair. Oh, and Mrs Mercer has paid the rest of what she owes for this weekend's party by bank transfer.",
 "const g=i=>s.bookings.find(x=>x.id===i),a=g('BA-702'),m=g('BA-701'),p=s.items.find(x=>x.id==='IT-02');return s.bookings.length===9&&a.status==='Returned'&&a.returnedOn==='2025-05-06'&&H(X(a,'status','returnedOn','returnNote','notes'))===@@A&&p.status==='Repair'&&H(X(p,'status','notes'))===@@P&&m.payments.length===2&&H(m.payments[0])===@@Q&&JSON.stringify(m.payments[1])==='{\"date\":\"2025-05-06\",\"amount\":138.75,\"method\":\"Bank transfer\",\"kind\":\"Balance\"}'&&m.status==='Confirmed'&&H(X(m,'payments','notes'))===@@M&&H(" + others("bookings", ["BA-701", "BA-702"]) + ")===@@C&&H(" + others("items", ["IT-02"]) + ")===@@D&&H(s.settings)===@@E",
 dict(A=one("bookings", "BA-702", "status", "returnedOn", "returnNote", "notes"), P=one("items", "IT-02", "status", "notes"), Q="s.bookings.find(x=>x.id==='BA-701').payments[0]", M=one("bookings", "BA-701", "payments", "notes"), C=others("bookings", ["BA-701", "BA-702"]), D=others("items", ["IT-02"]), E="s.settings"))
BOC = ["IT-01", "IT-02", "IT-03", "IT-07"]
task(BO, "The inspector came yesterday to do the yearly safety tests on the bouncy castles, and they all passed apart from the Disco Dome, which failed on its blower. Can you put the test in for the ones that passed? Leave the Dome as it is for now and I'll sort it out.",
 f"const g=i=>s.items.find(x=>x.id===i);return s.items.length===12&&{L(BOC)}.every(i=>g(i).lastCheck==='2025-05-05'&&g(i).status==='In service')&&H(" + rest("items", BOC, "lastCheck", "notes") + ")===@@A&&H(" + others("items", BOC) + ")===@@B&&H([s.bookings,s.settings])===@@C",
 dict(A=rest("items", BOC, "lastCheck", "notes"), B=others("items", BOC), C="[s.bookings,s.settings]"))
task(BO, "We're putting the deposit up to 30 per cent for new bookings. And the new Unicorn castle was delivered this morning: it's 12 by 15 foot, we'll charge £95 a day for it, and it's fine to go indoors.",
 "const st=s.settings,n=s.items[12];return st.depositPct===30&&H(X(st,'depositPct'))===@@A&&s.items.length===13&&n.id==='IT-13'&&/unicorn/i.test(n.name)&&n.kind==='Bouncy castle'&&/12\\s*(ft|foot|feet|')?\\s*(x|×|by)\\s*15/i.test(n.size+' '+n.name)&&n.dayRate===95&&n.indoor===true&&n.status==='In service'&&n.lastCheck===''&&H(s.items.slice(0,12))===@@B&&H(s.bookings)===@@C",
 dict(A="X(s.settings,'depositPct')", B="s.items.slice(0,12)", C="s.bookings"))

# ---------------- barbershop ----------------
BB = "barbershop/index.html"
task(BB, "Can you get Jamal Reid in for a skin fade and a beard tidy tomorrow afternoon, at quarter past two? He wants Dev. His mobile is 07700 900651.",
 "if(s.appointments.length!==28)return false;const a=s.appointments[27];return a.id==='AP-9128'&&/^(mr\\.? )?jamal reid$/i.test(a.client.trim())&&" + PH("a.phone", "07700900651") + "&&a.date==='2025-09-13'&&a.time==='14:15'&&a.barber==='DV'&&a.service==='SV-04'&&a.minutes===45&&a.price===27&&a.status==='Booked'&&a.paidBy===''&&a.tip===0&&a.fee===0&&a.created==='2025-09-12'&&H(s.appointments.slice(0,27))===@@A&&H([s.barbers,s.services,s.settings])===@@B",
 dict(A="s.appointments.slice(0,27)", B="[s.barbers,s.services,s.settings]"))
task(BB, "Connor Walsh never turned up for his ten o'clock this morning, so put him down as a no-show and charge him the fee. And Marcus's half eleven has just finished; he paid cash.",
 "const g=i=>s.appointments.find(x=>x.id===i),a=g('AP-9104'),b=g('AP-9106');return s.appointments.length===27&&a.status==='No-show'&&a.fee===10&&H(X(a,'status','fee','notes'))===@@A&&b.status==='Done'&&b.paidBy==='Cash'&&H(X(b,'status','paidBy','notes'))===@@B&&H(" + others("appointments", ["AP-9104", "AP-9106"]) + ")===@@C&&H([s.barbers,s.services,s.settings])===@@D",
 dict(A=one("appointments", "AP-9104", "status", "fee", "notes"), B=one("appointments", "AP-9106", "status", "paidBy", "notes"), C=others("appointments", ["AP-9104", "AP-9106"]), D="[s.barbers,s.services,s.settings]"))
BBM = ["AP-9112", "AP-9116", "AP-9121", "AP-9123"]
task(BB, "Luca's got his sister's wedding tomorrow, so he won't be in. Can you move all his bookings for tomorrow over to Jodie? Apart from little Alfie Booth: he'll only sit still for Luca, so leave that one and I'll ring his mum to rearrange.",
 f"const g=i=>s.appointments.find(x=>x.id===i);return s.appointments.length===27&&{L(BBM)}.every(i=>g(i).barber==='JO'&&g(i).status==='Booked')&&H(" + rest("appointments", BBM, "barber", "notes") + ")===@@A&&H(" + others("appointments", BBM) + ")===@@B&&H([s.barbers,s.services,s.settings])===@@C",
 dict(A=rest("appointments", BBM, "barber", "notes"), B=others("appointments", BBM), C="[s.barbers,s.services,s.settings]"))
task(BB, "The standard gents' cut is going up to £18, and the kids' cut to £13. And we're going to start doing hot towel shaves: they take half an hour and we'll charge £22.",
 "const g=i=>s.services.find(x=>x.id===i),n=s.services[7];return g('SV-01').price===18&&g('SV-05').price===13&&H([X(g('SV-01'),'price'),X(g('SV-05'),'price')])===@@A&&H(" + others("services", ["SV-01", "SV-05"]) + ".filter(x=>x.id!=='SV-08'))===@@B&&s.services.length===8&&n.id==='SV-08'&&/hot towel/i.test(n.name)&&/shave/i.test(n.name)&&n.minutes===30&&n.price===22&&n.active===true&&H([s.appointments,s.barbers,s.settings])===@@C",
 dict(A="[X(s.services.find(x=>x.id==='SV-01'),'price'),X(s.services.find(x=>x.id==='SV-05'),'price')]", B=others("services", ["SV-01", "SV-05"]), C="[s.appointments,s.barbers,s.settings]"))

# ---------------- archery ----------------
AR = "archery/index.html"
task(AR, "A hen party wants a have-a-go session on Saturday the 17th of May at two o'clock, eight of them. The bride's sister, Jess Moran, is organising it; she's on 07700 900345. Put Graham down to coach them. She'll pay on the day.",
 "if(s.sessions.length!==7)return false;const n=s.sessions[6];return n.id==='HG-307'&&n.group.trim().length>0&&/^(ms\\.? |miss )?jess(ica)? moran$/i.test(n.contact.trim())&&" + PH("n.phone", "07700900345") + "&&n.date==='2025-05-17'&&n.time==='14:00'&&n.people===8&&n.coach==='GW'&&n.price===144&&n.payments.length===0&&n.status==='Booked'&&n.created==='2025-04-23'&&H(s.sessions.slice(0,6))===@@A&&H([s.members,s.kit,s.settings])===@@B",
 dict(A="s.sessions.slice(0,6)", B="[s.members,s.kit,s.settings]"))
task(AR, "Olivia Hart's brought back the junior bow she borrowed, and it's in fine shape; she's hanging on to the arrows for now. Then Peter Lumb came in to renew his membership and paid by card.",
 "const k=s.kit.find(x=>x.id==='LK-03'),m=s.members.find(x=>x.id==='KB-107');return s.kit.length===10&&k.status==='In store'&&k.loanedTo===''&&k.loanedOn===''&&k.lastReturned==='2025-04-23'&&H(X(k,'status','loanedTo','loanedOn','lastReturned','notes'))===@@A&&m.payments.length===2&&H(m.payments[0])===@@P&&JSON.stringify(m.payments[1])==='{\"date\":\"2025-04-23\",\"amount\":65,\"method\":\"Card\",\"for\":\"Renewal\"}'&&m.renewalDue==='2026-04-30'&&m.status==='Member'&&H(X(m,'payments','renewalDue','notes'))===@@B&&H(" + others("kit", ["LK-03"]) + ")===@@C&&H(" + others("members", ["KB-107"]) + ")===@@D&&H([s.sessions,s.settings])===@@E",
 dict(A=one("kit", "LK-03", "status", "loanedTo", "loanedOn", "lastReturned", "notes"), P="s.members.find(x=>x.id==='KB-107').payments[0]", B=one("members", "KB-107", "payments", "renewalDue", "notes"), C=others("kit", ["LK-03"]), D=others("members", ["KB-107"]), E="[s.sessions,s.settings]"))
ARB = ["KB-115", "KB-116", "KB-117", "KB-118"]
task(AR, "Everybody on the spring beginners' course passed their assessment on Sunday, so they can all be made full members now. All except Ben Cartwright: he's decided archery isn't for him, so leave him as he is for the moment.",
 f"const g=i=>s.members.find(x=>x.id===i);return s.members.length===20&&{L(ARB)}.every(i=>g(i).status==='Member'&&g(i).joined==='2025-04-23'&&g(i).renewalDue==='2026-04-23')&&H(" + rest("members", ARB, "status", "joined", "renewalDue", "notes") + ")===@@A&&H(" + others("members", ARB) + ")===@@B&&H([s.sessions,s.kit,s.settings])===@@C",
 dict(A=rest("members", ARB, "status", "joined", "renewalDue", "notes"), B=others("members", ARB), C="[s.sessions,s.kit,s.settings]"))
task(AR, "The AGM voted the adult membership up to £95 a year and juniors up to £40. And we've bought a new Samick Sage recurve for lending out, a 26-pound one; can you add it to the loan kit?",
 "const st=s.settings,n=s.kit[10];return st.fees.Adult===95&&st.fees.Junior===40&&H(X(st.fees,'Adult','Junior'))===@@A&&H(X(st,'fees'))===@@B&&s.kit.length===11&&n.id==='LK-11'&&/(samick|sage)/i.test(n.item)&&/26/.test(n.item+' '+n.size)&&n.type==='Bow'&&n.status==='In store'&&n.loanedTo===''&&n.loanedOn===''&&H(s.kit.slice(0,10))===@@C&&H([s.members,s.sessions])===@@D",
 dict(A="X(s.settings.fees,'Adult','Junior')", B="X(s.settings,'fees')", C="s.kit.slice(0,10)", D="[s.members,s.sessions]"))

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
    (WEB / "blind31_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
