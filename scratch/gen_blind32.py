"""Generate scenarios/apps/web/blind32_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- horseboxhire ----------------
HB = "horseboxhire/index.html"
task(HB, "Fiona Marsh has just rung. She's taking her two ponies to Pony Club camp at Bramham and wants a box from Monday the 4th of August, bringing it back on the Friday. She's only got an ordinary car licence, mind, so it'll have to be one of the little lorries. Her number's 07700 900839, and she's paid for the lot on her card already.",
 "if(s.hires.length!==17)return false;const n=s.hires[16];return n.id==='HH-2317'&&/^(mrs\\.? |ms\\.? |miss )?fiona marsh$/i.test(n.hirer.trim())&&" + PH("n.phone", "07700900839") + "&&n.licence==='B'&&n.box==='HB-04'&&n.from==='2025-08-04'&&n.to==='2025-08-08'&&n.days===5&&n.price===525&&n.mileageCharge===0&&n.deposit===250&&n.depositStatus==='Not taken'&&JSON.stringify(n.payments)==='[{\"date\":\"2025-07-16\",\"amount\":525,\"method\":\"Card\"}]'&&n.status==='Booked'&&n.mileageOut===null&&n.mileageIn===null&&n.returnedOn===''&&n.cancelReason===''&&n.created==='2025-07-16'&&H(s.hires.slice(0,16))===@@A&&H([s.boxes,s.settings])===@@B",
 dict(A="s.hires.slice(0,16)", B="[s.boxes,s.settings]"))
task(HB, "Tom Ackroyd's just dropped the Equi-Trek back from Skipton. The clock's reading 48,095 and there's not a mark on it, so he can have his deposit back. Oh, and Kirsty Hargreaves has paid the rest of what she owes for this weekend, by bank transfer.",
 "const g=i=>s.hires.find(x=>x.id===i),a=g('HH-2302'),k=g('HH-2304'),b=s.boxes.find(x=>x.id==='HB-01');return s.hires.length===16&&a.status==='Returned'&&a.returnedOn==='2025-07-16'&&a.mileageIn===48095&&a.mileageCharge===0&&a.depositStatus==='Returned'&&H(X(a,'status','returnedOn','mileageIn','mileageCharge','depositStatus','notes'))===@@A&&b.mileage===48095&&b.status==='In service'&&H(X(b,'mileage','notes'))===@@B&&k.payments.length===2&&H(k.payments[0])===@@P&&JSON.stringify(k.payments[1])==='{\"date\":\"2025-07-16\",\"amount\":160,\"method\":\"Bank transfer\"}'&&k.status==='Booked'&&H(X(k,'payments','notes'))===@@K&&H(" + others("hires", ["HH-2302", "HH-2304"]) + ")===@@C&&H(" + others("boxes", ["HB-01"]) + ")===@@D&&H(s.settings)===@@E",
 dict(A=one("hires", "HH-2302", "status", "returnedOn", "mileageIn", "mileageCharge", "depositStatus", "notes"), B=one("boxes", "HB-01", "mileage", "notes"), P="s.hires.find(x=>x.id==='HH-2304').payments[0]", K=one("hires", "HH-2304", "payments", "notes"), C=others("hires", ["HH-2302", "HH-2304"]), D=others("boxes", ["HB-01"]), E="s.settings"))
HBC = ["HH-2306", "HH-2307", "HH-2309", "HH-2310"]
task(HB, "Bad news: the Washburn Valley Show has been called off because the showground's waterlogged. Can you cancel everybody who'd booked a box to go to it? Not the Wilsons, though; they're going on to a dressage at Harewood that weekend, so they still want the lorry. I'll sort the refunds out myself.",
 f"const g=i=>s.hires.find(x=>x.id===i);return s.hires.length===16&&{L(HBC)}.every(i=>g(i).status==='Cancelled'&&g(i).cancelReason==='Show or event cancelled')&&H(" + rest("hires", HBC, "status", "cancelReason", "notes") + ")===@@A&&H(" + others("hires", HBC) + ")===@@B&&H([s.boxes,s.settings])===@@C",
 dict(A=rest("hires", HBC, "status", "cancelReason", "notes"), B=others("hires", HBC), C="[s.boxes,s.settings]"))
task(HB, "The insurance has gone up, so the damage deposit's £300 from now on, and we're charging 40p a mile for anything over the free miles. Also, we've bought a second-hand Bateson Ascot trailer off a lady in Ilkley. It takes two horses; put it on the fleet at £55 a day.",
 "const st=s.settings,n=s.boxes[9];return st.deposit===300&&st.excessPerMile===0.4&&H(X(st,'deposit','excessPerMile'))===@@A&&s.boxes.length===10&&n.id==='HB-10'&&/bateson/i.test(n.name)&&/ascot/i.test(n.name)&&n.type==='Trailer'&&n.horses===2&&n.dayRate===55&&n.mileage===null&&n.motDue===''&&n.status==='In service'&&n.added==='2025-07-16'&&H(s.boxes.slice(0,9))===@@B&&H(s.hires)===@@C",
 dict(A="X(s.settings,'deposit','excessPerMile')", B="s.boxes.slice(0,9)", C="s.hires"))

# ---------------- sheetmusic ----------------
SM = "sheetmusic/index.html"
task(SM, "Sue from Hebden Bridge Community Choir came in this morning. They're doing the Fauré Requiem at their Christmas concert, so she's taken 36 of the vocal scores away with her, for the usual loan period.",
 "if(s.loans.length!==15)return false;const n=s.loans[14],g=s.groups.find(x=>x.id==='GR-01');return n.id==='LN-615'&&n.set==='MS-101'&&n.group==='GR-01'&&n.copies===36&&n.out==='2025-10-08'&&n.due==='2025-12-31'&&n.fee===21.6&&n.status==='On loan'&&n.returnedOn===''&&n.lost===0&&n.lostCharge===0&&n.renewals===0&&n.remindedOn===''&&H(s.loans.slice(0,14))===@@A&&g.balance===21.6&&H(X(g,'balance','notes'))===@@G&&H(" + others("groups", ["GR-01"]) + ")===@@B&&H([s.sets,s.settings])===@@C",
 dict(A="s.loans.slice(0,14)", G=one("groups", "GR-01", "balance", "notes"), B=others("groups", ["GR-01"]), C="[s.sets,s.settings]"))
task(SM, "Ian from Todmorden Choral brought the Messiah copies back this afternoon, but they're two short, and he reckons those have gone for good, so they'll have to pay for them. And the Sowerby Bridge Singers' cheque has come in to clear their account.",
 "const a=s.loans.find(x=>x.id==='LN-601'),m=s.sets.find(x=>x.id==='MS-103'),t=s.groups.find(x=>x.id==='GR-02'),w=s.groups.find(x=>x.id==='GR-03');return s.loans.length===14&&a.status==='Returned'&&a.returnedOn==='2025-10-08'&&a.lost===2&&a.lostCharge===24&&a.copies===48&&H(X(a,'status','returnedOn','lost','lostCharge','notes'))===@@A&&m.copies===58&&H(X(m,'copies','notes'))===@@M&&t.balance===24&&H(X(t,'balance','notes'))===@@T&&w.balance===0&&JSON.stringify(w.payments)==='[{\"date\":\"2025-10-08\",\"amount\":27,\"method\":\"Cheque\"}]'&&H(X(w,'balance','payments','notes'))===@@W&&H(" + others("loans", ["LN-601"]) + ")===@@B&&H(" + others("sets", ["MS-103"]) + ")===@@C&&H(" + others("groups", ["GR-02", "GR-03"]) + ")===@@D&&H(s.settings)===@@E",
 dict(A=one("loans", "LN-601", "status", "returnedOn", "lost", "lostCharge", "notes"), M=one("sets", "MS-103", "copies", "notes"), T=one("groups", "GR-02", "balance", "notes"), W=one("groups", "GR-03", "balance", "payments", "notes"), B=others("loans", ["LN-601"]), C=others("sets", ["MS-103"]), D=others("groups", ["GR-02", "GR-03"]), E="s.settings"))
SMX = ["LN-603", "LN-604", "LN-605"]
task(SM, "David Hartley from Ilkley Choral rang: their concert's been moved to March, so they'd like to hang on to everything they've got out until the end of March. Apart from the Vivaldi Gloria; they've finished with that, and he'll drop it back on Thursday.",
 f"const g=i=>s.loans.find(x=>x.id===i);return s.loans.length===14&&{L(SMX)}.every(i=>g(i).due==='2026-03-31'&&g(i).renewals===1&&g(i).status==='On loan')&&H(" + rest("loans", SMX, "due", "renewals", "notes") + ")===@@A&&H(" + others("loans", SMX) + ")===@@B&&H([s.sets,s.groups,s.settings])===@@C",
 dict(A=rest("loans", SMX, "due", "renewals", "notes"), B=others("loans", SMX), C="[s.sets,s.groups,s.settings]"))
task(SM, "The committee met last night and agreed the new charges: member choirs pay 75p a copy now, and a lost copy is £15. And a choir over in Halifax that's folded has given us 30 copies of Rutter's Gloria, the ordinary mixed-voice vocal scores. Can you put them in the catalogue? They're going on shelf C4.",
 "const st=s.settings,n=s.sets[16];return st.feeMember===0.75&&st.lostCopy===15&&H(X(st,'feeMember','lostCopy'))===@@A&&s.sets.length===17&&n.id==='MS-117'&&/gloria/i.test(n.title)&&/rutter/i.test(n.composer)&&n.voicing==='SATB'&&n.kind==='Vocal score'&&n.copies===30&&n.shelf==='C4'&&n.withdrawn===false&&H(s.sets.slice(0,16))===@@B&&H([s.loans,s.groups])===@@C",
 dict(A="X(s.settings,'feeMember','lostCopy')", B="s.sets.slice(0,16)", C="[s.loans,s.groups]"))

# ---------------- kilnfiring ----------------
KF = "kilnfiring/index.html"
task(KF, "Anne Whitaker's just been in with a box of mugs she's glazed, about half a shelf's worth, for a stoneware firing. She'd like them to go in next Tuesday's stoneware firing, and she's paid on her card. Her number's 07700 900248.",
 "if(s.jobs.length!==19)return false;const n=s.jobs[18];return n.id==='KJ-419'&&/^(mrs\\.? |ms\\.? )?anne whitaker$/i.test(n.customer.trim())&&" + PH("n.phone", "07700900248") + "&&/mug/i.test(n.what)&&n.kind==='Stoneware glaze'&&n.shelves===0.5&&n.firing==='FR-208'&&n.status==='Dropped off'&&n.price===6&&JSON.stringify(n.payments)==='[{\"date\":\"2025-02-19\",\"amount\":6,\"method\":\"Card\"}]'&&n.droppedOn==='2025-02-19'&&n.readyOn===''&&n.collectedOn===''&&H(s.jobs.slice(0,18))===@@A&&H([s.firings,s.settings])===@@B",
 dict(A="s.jobs.slice(0,18)", B="[s.firings,s.settings]"))
KFR = ["KJ-403", "KJ-404", "KJ-405"]
task(KF, "We've unloaded Monday's bisque firing and it's all come out fine, except Mrs Leach's jug and vases, which have all cracked. And Raj Mistry's been in for his bowls and paid cash.",
 f"const g=i=>s.jobs.find(x=>x.id===i),f=s.firings.find(x=>x.id==='FR-204'),d=g('KJ-402'),r=g('KJ-401');return s.jobs.length===18&&f.status==='Unloaded'&&H(X(f,'status','notes'))===@@F&&H(" + others("firings", ["FR-204"]) + ")===@@G&&d.status==='Damaged'&&d.price===0&&d.payments.length===0&&H(X(d,'status','price','notes'))===@@D&&" + L(KFR) + ".every(i=>g(i).status==='Ready'&&g(i).readyOn==='2025-02-19')&&H(" + rest("jobs", KFR, "status", "readyOn", "notes") + ")===@@R&&r.status==='Collected'&&r.collectedOn==='2025-02-19'&&JSON.stringify(r.payments)==='[{\"date\":\"2025-02-19\",\"amount\":11,\"method\":\"Cash\"}]'&&H(X(r,'status','collectedOn','payments','notes'))===@@M&&H(" + others("jobs", ["KJ-401", "KJ-402"] + KFR) + ")===@@B&&H(s.settings)===@@E",
 dict(F=one("firings", "FR-204", "status", "notes"), G=others("firings", ["FR-204"]), D=one("jobs", "KJ-402", "status", "price", "notes"), R=rest("jobs", KFR, "status", "readyOn", "notes"), M=one("jobs", "KJ-401", "status", "collectedOn", "payments", "notes"), B=others("jobs", ["KJ-401", "KJ-402"] + KFR), E="s.settings"))
KFM = ["KJ-407", "KJ-408", "KJ-409"]
task(KF, "The element's gone in the big kiln, so Friday's earthenware glaze firing in it won't be happening. Can you move everyone's work from it into Saturday's earthenware firing in the little kiln? Not Colin Ashworth's planter, mind; that's far too big for the little one, so he'll have to wait till we're sorted.",
 f"const g=i=>s.jobs.find(x=>x.id===i);return s.jobs.length===18&&{L(KFM)}.every(i=>g(i).firing==='FR-207'&&g(i).status==='Dropped off')&&H(" + rest("jobs", KFM, "firing", "notes") + ")===@@A&&H(" + others("jobs", KFM) + ")===@@B&&H([s.firings,s.settings])===@@C",
 dict(A=rest("jobs", KFM, "firing", "notes"), B=others("jobs", KFM), C="[s.firings,s.settings]"))
task(KF, "Bisque firings are going up to £9 a shelf, and stoneware glaze to £12. And can you put a raku firing in the diary for Saturday the 1st of March?",
 "const st=s.settings,n=s.firings[10];return st.rates['Bisque']===9&&st.rates['Stoneware glaze']===12&&H(X(st.rates,'Bisque','Stoneware glaze'))===@@A&&H(X(st,'rates'))===@@B&&s.firings.length===11&&n.id==='FR-211'&&n.kiln==='K3'&&n.date==='2025-03-01'&&n.kind==='Raku'&&n.status==='Planned'&&H(s.firings.slice(0,10))===@@C&&H(s.jobs)===@@D",
 dict(A="X(s.settings.rates,'Bisque','Stoneware glaze')", B="X(s.settings,'rates')", C="s.firings.slice(0,10)", D="s.jobs"))

# ---------------- darkroom ----------------
DR = "darkroom/index.html"
task(DR, "Kwame rang. He's got some 5×4 negatives he wants to print, so can you book him on the big-format enlarger on Saturday morning, ten till one?",
 "if(s.bookings.length!==17)return false;const n=s.bookings[16];return n.id==='BK-717'&&n.member==='DM-101'&&n.station==='E4'&&n.date==='2025-11-08'&&n.start==='10:00'&&n.hours===3&&n.price===12&&n.status==='Booked'&&n.paidBy===''&&n.fee===0&&n.created==='2025-11-05'&&H(s.bookings.slice(0,16))===@@A&&H([s.members,s.stock,s.sales,s.settings])===@@B",
 dict(A="s.bookings.slice(0,16)", B="[s.members,s.stock,s.sales,s.settings]"))
task(DR, "Jo Whitfield never turned up for her session on Monday evening, and she didn't let us know, so mark her down as a no-show and charge her the fee. Then Sam Ellis came in and bought a ten-hour card; he paid on his card.",
 "const b=s.bookings.find(x=>x.id==='BK-701'),m=s.members.find(x=>x.id==='DM-103');return s.bookings.length===16&&b.status==='No-show'&&b.fee===5&&H(X(b,'status','fee','notes'))===@@A&&m.creditHours===12&&JSON.stringify(m.payments)==='[{\"date\":\"2025-11-05\",\"amount\":60,\"method\":\"Card\",\"for\":\"Hours card\"}]'&&H(X(m,'creditHours','payments','notes'))===@@M&&H(" + others("bookings", ["BK-701"]) + ")===@@B&&H(" + others("members", ["DM-103"]) + ")===@@C&&H([s.stock,s.sales,s.settings])===@@D",
 dict(A=one("bookings", "BK-701", "status", "fee", "notes"), M=one("members", "DM-103", "creditHours", "payments", "notes"), B=others("bookings", ["BK-701"]), C=others("members", ["DM-103"]), D="[s.stock,s.sales,s.settings]"))
DRC = ["DM-105", "DM-106", "DM-107", "DM-111"]
task(DR, "Everyone on Saturday's colour course passed, bar Harriet, who had to leave at lunchtime and is going to redo it. Can you sign the rest of them off for colour?",
 f"const g=i=>s.members.find(x=>x.id===i);return s.members.length===16&&{L(DRC)}.every(i=>g(i).colourInducted==='2025-11-01'&&g(i).colourCourse===''&&g(i).status==='Active')&&H(" + rest("members", DRC, "colourInducted", "colourCourse", "notes") + ")===@@A&&H(" + others("members", DRC) + ")===@@B&&H([s.bookings,s.stock,s.sales,s.settings])===@@C",
 dict(A=rest("members", DRC, "colourInducted", "colourCourse", "notes"), B=others("members", DRC), C="[s.bookings,s.stock,s.sales,s.settings]"))
task(DR, "We're putting the monthly membership up to £30, and pay-as-you-go goes up to £9 an hour. We've also started selling Ilford Multigrade RC paper in 8×10, the packs of 25 sheets, at £21.50 a pack. There are twelve in the cupboard.",
 "const st=s.settings,n=s.stock[7];return st.monthlyFee===30&&st.paygRate===9&&H(X(st,'monthlyFee','paygRate'))===@@A&&s.stock.length===8&&n.id==='ST-08'&&/multigrade/i.test(n.item)&&/\\bRC\\b/i.test(n.item)&&/8\\s*[x×]\\s*10/i.test(n.item)&&/25/.test(n.item)&&n.price===21.5&&n.stock===12&&H(s.stock.slice(0,7))===@@B&&H([s.members,s.bookings,s.sales])===@@C",
 dict(A="X(s.settings,'monthlyFee','paygRate')", B="s.stock.slice(0,7)", C="[s.members,s.bookings,s.sales]"))

# ---------------- xmastrees ----------------
XT = "xmastrees/index.html"
task(XT, "Gareth Lloyd's just rung from Ripon. He wants a seven-to-eight-foot Nordmann and one of the stands that hold water, delivered to 9 Kirkgate on Saturday the 13th, in the afternoon. He's paid over the phone with his card. His number is 07700 900415.",
 "if(s.orders.length!==17)return false;const n=s.orders[16],p=i=>s.products.find(x=>x.id===i);return n.id==='HF-617'&&/^(mr\\.? )?gareth lloyd$/i.test(n.customer.trim())&&" + PH("n.phone", "07700900415") + "&&/9,? kirkgate/i.test(n.address)&&n.round==='Ripon'&&JSON.stringify(n.items)==='[{\"product\":\"XP-04\",\"qty\":1},{\"product\":\"XP-10\",\"qty\":1}]'&&n.how==='Deliver'&&n.date==='2025-12-13'&&n.slot==='Afternoon'&&n.driver==='DV'&&n.disposal===false&&n.price===117&&JSON.stringify(n.payments)==='[{\"date\":\"2025-12-03\",\"amount\":117,\"method\":\"Card\"}]'&&n.status==='Ordered'&&n.doneOn===''&&n.cancelReason===''&&n.created==='2025-12-03'&&H(s.orders.slice(0,16))===@@A&&p('XP-04').stock===15&&p('XP-10').stock===6&&H(s.products.map(x=>X(x,'stock')))===@@P&&H(" + others("products", ["XP-04", "XP-10"]) + ")===@@Q&&H(s.settings)===@@B",
 dict(A="s.orders.slice(0,16)", P="s.products.map(x=>X(x,'stock'))", Q=others("products", ["XP-04", "XP-10"]), B="s.settings"))
task(XT, "Dave's back from this morning's run: the Fieldings' tree is in, and they paid him cash for it. And Mrs Oduya has been on the phone. Could we come and take her tree away in January after all? Add that to her order, would you?",
 "const g=i=>s.orders.find(x=>x.id===i),a=g('HF-601'),b=g('HF-602');return s.orders.length===16&&a.status==='Delivered'&&a.doneOn==='2025-12-03'&&JSON.stringify(a.payments)==='[{\"date\":\"2025-12-03\",\"amount\":103,\"method\":\"Cash\"}]'&&H(X(a,'status','doneOn','payments','notes'))===@@A&&b.disposal===true&&b.price===77&&b.status==='Ordered'&&H(X(b,'disposal','price','notes'))===@@B&&H(" + others("orders", ["HF-601", "HF-602"]) + ")===@@C&&H([s.products,s.settings])===@@D",
 dict(A=one("orders", "HF-601", "status", "doneOn", "payments", "notes"), B=one("orders", "HF-602", "disposal", "price", "notes"), C=others("orders", ["HF-601", "HF-602"]), D="[s.products,s.settings]"))
XTM = ["HF-603", "HF-605", "HF-606", "HF-607", "HF-616"]
task(XT, "They're forecasting heavy snow for tomorrow, and Kirsty says there's no way the van will get up the Dales lanes. Can you move all of tomorrow's Masham and Dales deliveries to Friday instead? Except the Metcalfes at High Ellington: they've got a Land Rover and say they'll come down and fetch theirs, so leave that one with me.",
 f"const g=i=>s.orders.find(x=>x.id===i);return s.orders.length===16&&{L(XTM)}.every(i=>g(i).date==='2025-12-05'&&g(i).status==='Ordered')&&H(" + rest("orders", XTM, "date", "notes") + ")===@@A&&H(" + others("orders", XTM) + ")===@@B&&H([s.products,s.settings])===@@C",
 dict(A=rest("orders", XTM, "date", "notes"), B=others("orders", XTM), C="[s.products,s.settings]"))
task(XT, "We're putting delivery up to £12, but it'll be free on orders over £90 now. And a load of Fraser firs has come in, six to seven foot. We'll sell them at £75, and there are twenty-five of them.",
 "const st=s.settings,n=s.products[12];return st.deliveryCharge===12&&st.freeOver===90&&H(X(st,'deliveryCharge','freeOver'))===@@A&&s.products.length===13&&n.id==='XP-13'&&/fraser/i.test(n.name)&&/6\\s*(–|-|to)\\s*7/i.test(n.name)&&n.kind==='Tree'&&n.price===75&&n.stock===25&&n.active===true&&H(s.products.slice(0,12))===@@B&&H(s.orders)===@@C",
 dict(A="X(s.settings,'deliveryCharge','freeOver')", B="s.products.slice(0,12)", C="s.orders"))

# ---------------- sharpening ----------------
SH = "sharpening/index.html"
task(SH, "A new Indian restaurant called Saffron House has opened on Fossgate in York. The chef, Arjun Mehta, rang: he'd like us every fortnight on the York round, and they'll go on a monthly invoice like the other restaurants. His number's 01904 555687. Can you put their first visit in for Thursday the 28th?",
 "if(s.clients.length!==17||s.visits.length!==17)return false;const n=s.clients[16],v=s.visits[16];return n.id==='KE-117'&&/saffron house/i.test(n.name)&&n.kind==='Restaurant'&&/arjun mehta/i.test(n.contact)&&" + PH("n.phone", "01904555687") + "&&/york/i.test(n.town)&&n.round==='York (Thursdays)'&&n.every==='Fortnightly'&&n.account==='Monthly invoice'&&n.balance===0&&n.payments.length===0&&n.status==='Active'&&n.pausedUntil===''&&n.since==='2025-08-20'&&v.id==='SV-817'&&v.client==='KE-117'&&v.date==='2025-08-28'&&v.status==='Booked'&&JSON.stringify(v.items)==='{\"knives\":0,\"serrated\":0,\"scissors\":0,\"cleavers\":0}'&&v.price===0&&v.paidBy===''&&v.doneOn===''&&v.cancelReason===''&&H(s.clients.slice(0,16))===@@A&&H(s.visits.slice(0,16))===@@B&&H(s.settings)===@@C",
 dict(A="s.clients.slice(0,16)", B="s.visits.slice(0,16)", C="s.settings"))
task(SH, "Did the Star Inn this morning: twelve chef's knives and two pairs of scissors. Put it on their account as usual. Oh, and Montpellier Tea Rooms have paid what they owed, by bank transfer.",
 "const v=s.visits.find(x=>x.id==='SV-801'),a=s.clients.find(x=>x.id==='KE-101'),m=s.clients.find(x=>x.id==='KE-102');return s.visits.length===16&&v.status==='Done'&&JSON.stringify(v.items)==='{\"knives\":12,\"serrated\":0,\"scissors\":2,\"cleavers\":0}'&&v.price===74&&v.paidBy==='On account'&&v.doneOn==='2025-08-20'&&H(X(v,'status','items','price','paidBy','doneOn','notes'))===@@V&&a.balance===138&&H(X(a,'balance','notes'))===@@A&&m.balance===0&&m.payments.length===2&&H(m.payments[0])===@@P&&JSON.stringify(m.payments[1])==='{\"date\":\"2025-08-20\",\"amount\":68,\"method\":\"Bank transfer\"}'&&H(X(m,'balance','payments','notes'))===@@M&&H(" + others("visits", ["SV-801"]) + ")===@@B&&H(" + others("clients", ["KE-101", "KE-102"]) + ")===@@C&&H(s.settings)===@@D",
 dict(V=one("visits", "SV-801", "status", "items", "price", "paidBy", "doneOn", "notes"), A=one("clients", "KE-101", "balance", "notes"), P="s.clients.find(x=>x.id==='KE-102').payments[0]", M=one("clients", "KE-102", "balance", "payments", "notes"), B=others("visits", ["SV-801"]), C=others("clients", ["KE-101", "KE-102"]), D="s.settings"))
SHP = ["KE-106", "KE-107", "KE-108", "KE-109"]
SHV = ["SV-806", "SV-809", "SV-810"]
task(SH, "The university kitchens are all shutting for the summer, so can you pause every college kitchen until Monday the 29th of September? Not St John's, though: they've got summer schools on and still want us.",
 f"const g=i=>s.clients.find(x=>x.id===i),w=i=>s.visits.find(x=>x.id===i);return s.clients.length===16&&s.visits.length===16&&{L(SHP)}.every(i=>g(i).status==='Paused'&&g(i).pausedUntil==='2025-09-29')&&H(" + rest("clients", SHP, "status", "pausedUntil", "notes") + ")===@@A&&H(" + others("clients", SHP) + ")===@@B&&" + L(SHV) + ".every(i=>w(i).status==='Cancelled'&&w(i).cancelReason==='Client paused')&&H(" + rest("visits", SHV, "status", "cancelReason", "notes") + ")===@@C&&H(" + others("visits", SHV) + ")===@@D&&H(s.settings)===@@E",
 dict(A=rest("clients", SHP, "status", "pausedUntil", "notes"), B=others("clients", SHP), C=rest("visits", SHV, "status", "cancelReason", "notes"), D=others("visits", SHV), E="s.settings"))
task(SH, "Prices are going up: a chef's knife will be £6 and a serrated one £7, and the call-out charge for house calls goes up to £12. And the Old Swan have a new head chef, Maria Lopez, on 07700 900732, so put her down as their contact instead of Paul.",
 "const st=s.settings,c=s.clients.find(x=>x.id==='KE-104');return st.prices.knives===6&&st.prices.serrated===7&&st.callOut===12&&H(X(st.prices,'knives','serrated'))===@@A&&H(X(st,'prices','callOut'))===@@B&&/^(chef )?maria lopez$/i.test(c.contact.trim())&&" + PH("c.phone", "07700900732") + "&&H(X(c,'contact','phone','notes'))===@@C&&H(" + others("clients", ["KE-104"]) + ")===@@D&&H(s.visits)===@@E",
 dict(A="X(s.settings.prices,'knives','serrated')", B="X(s.settings,'prices','callOut')", C=one("clients", "KE-104", "contact", "phone", "notes"), D=others("clients", ["KE-104"]), E="s.visits"))

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
    (WEB / "blind32_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
