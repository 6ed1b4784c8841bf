"""Generate scenarios/apps/web/blind24_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- selfstorage ----------------
SS = "selfstorage/index.html"
task(SS, "Dan Whitlock is taking a unit from this Saturday to store his late mother's furniture while her house is sold. He wants 50 square feet on the ground floor, as he doesn't want to be using the lift, and it has to be one of the heated ones because of the antiques. He's new to us: 07700 900512, dan.whitlock@example.com, and he lives at 14 Beech Grove, Knaresborough. He'd like £2,000 of contents cover and he's bringing his own padlock. He's already paid the first month on his card over the phone.",
 "if(s.tenants.length!==15||s.invoices.length!==40)return false;const t=s.tenants[14],u=s.units.find(x=>x.id==='A-05'),i=s.invoices[39];return t.id==='TN-315'&&/^dan whitlock$/i.test(t.name.trim())&&t.company===''&&" + PH("t.phone", "07700900512") + "&&t.email.trim().toLowerCase()==='dan.whitlock@example.com'&&/14 beech grove/i.test(t.address)&&/knaresborough/i.test(t.address)&&t.contactBy==='Email'&&t.notes===''&&u.status==='Occupied'&&u.tenant==='TN-315'&&u.since==='2025-03-15'&&u.insurance===2000&&u.padlock==='Own'&&H(X(u,'status','tenant','since','insurance','padlock'))===@@A&&i.id==='INV-5540'&&i.tenant==='TN-315'&&i.unit==='A-05'&&i.period==='2025-03'&&i.amount===83&&i.lateFee===0&&i.due==='2025-03-15'&&i.status==='Paid'&&i.paidOn==='2025-03-12'&&i.method==='Card'&&H(s.invoices.slice(0,39))===@@B&&H(s.tenants.slice(0,14))===@@C&&H(" + others("units", ["A-05"]) + ")===@@D&&H(s.settings)===@@E",
 dict(A=one("units", "A-05", "status", "tenant", "since", "insurance", "padlock"), B="s.invoices.slice(0,39)", C="s.tenants.slice(0,14)", D=others("units", ["A-05"]), E="s.settings"))
U2 = ["A-09", "A-11", "B-08", "B-09", "B-10"]
task(SS, "We're putting the rent up by £10 a month on all the 100 sq ft units from the 1st of April. Leave Pauline Holt's unit alone though; she's on a fixed price until the summer.",
 f"const L={L(U2)},u=L.map(i=>s.units.find(x=>x.id===i));return s.units.length===25&&u.every(x=>x.pendingRate===x.rate+10&&x.pendingFrom==='2025-04-01')&&H(u.map(x=>x.rate))===@@A&&H(" + rest("units", U2, "pendingRate", "pendingFrom") + ")===@@B&&H(" + others("units", U2) + ")===@@C&&H([s.tenants,s.invoices,s.settings])===@@D",
 dict(A=f"{L(U2)}.map(i=>s.units.find(x=>x.id===i).rate)", B=rest("units", U2, "pendingRate", "pendingFrom"), C=others("units", U2), D="[s.tenants,s.invoices,s.settings]"))
I3 = ["INV-5505", "INV-5518"]
task(SS, "Mr Okonjo has just been in and paid off his two overdue invoices in cash. Please record both payments and then take the overlock off his unit so he can get to his things.",
 f"const L={L(I3)},i=L.map(k=>s.invoices.find(x=>x.id===k)),u=s.units.find(x=>x.id==='A-07');return s.invoices.length===39&&i.every(x=>x.tenant==='TN-305'&&x.status==='Paid'&&x.paidOn==='2025-03-12'&&x.method==='Cash')&&H(" + rest("invoices", I3, "status", "paidOn", "method") + ")===@@A&&u.status==='Occupied'&&H(X(u,'status'))===@@B&&H(" + others("invoices", I3) + ")===@@C&&H(s.units.filter(x=>x.id!=='A-07'))===@@D&&H([s.tenants,s.settings])===@@E",
 dict(A=rest("invoices", I3, "status", "paidOn", "method"), B=one("units", "A-07", "status"), C=others("invoices", I3), D="s.units.filter(x=>x.id!=='A-07')", E="[s.tenants,s.settings]"))
task(SS, "Brian Castell rang to say he's moving to Spain, so he'll be clearing out his unit by the end of the month. Please put his notice in for the 31st. He's also given us a new email address to send his final invoice to: brian.castell@example.es",
 "const u=s.units.find(x=>x.id==='B-03'),t=s.tenants.find(x=>x.id==='TN-311');return s.units.length===25&&s.tenants.length===14&&u.moveOut==='2025-03-31'&&u.moveOutReason==='Moving away'&&u.proRata===true&&u.status==='Occupied'&&H(X(u,'moveOut','moveOutReason','proRata'))===@@A&&t.email.trim().toLowerCase()==='brian.castell@example.es'&&H(X(t,'email'))===@@B&&H(s.units.filter(x=>x.id!=='B-03'))===@@C&&H(s.tenants.filter(x=>x.id!=='TN-311'))===@@D&&H([s.invoices,s.settings])===@@E",
 dict(A=one("units", "B-03", "moveOut", "moveOutReason", "proRata"), B=one("tenants", "TN-311", "email"), C="s.units.filter(x=>x.id!=='B-03')", D="s.tenants.filter(x=>x.id!=='TN-311')", E="[s.invoices,s.settings]"))

# ---------------- escaperoom ----------------
ER = "escaperoom/index.html"
task(ER, "Chloe Barker just rang to book her hen party into the Asylum this Saturday. She wants the 7pm game, which is still free, and there'll be seven of them. Her number is 07700 900377 and her email is chloe.barker@example.com. She's paid a £40 deposit over the phone with her card.",
 "if(s.bookings.length!==29)return false;const b=s.bookings[28];return b.id==='LI-7127'&&b.room==='ASYLUM'&&b.date==='2025-10-18'&&b.time==='19:00'&&/^chloe barker$/i.test(b.lead.trim())&&" + PH("b.phone", "07700900377") + "&&b.email.trim().toLowerCase()==='chloe.barker@example.com'&&b.players===7&&b.occasion==='Hen/stag'&&b.total===119&&b.paid===40&&b.payMethod==='Card'&&b.status==='Booked'&&b.gm===''&&b.escaped===''&&b.timeLeft===''&&b.hints===null&&b.cancelReason===''&&H(s.bookings.slice(0,28))===@@A&&H([s.rooms,s.settings])===@@B",
 dict(A="s.bookings.slice(0,28)", B="[s.rooms,s.settings]"))
task(ER, "The Patels have asked to move their Pharaoh's Tomb game from tomorrow afternoon to Sunday morning at half eleven, same room. There'll be five of them now rather than four.",
 "const b=s.bookings.find(x=>x.id==='LI-7108');return s.bookings.length===28&&b.room==='TOMB'&&b.date==='2025-10-19'&&b.time==='11:30'&&b.players===5&&b.total===95&&b.paid===84&&b.status==='Booked'&&H(X(b,'date','time','players','total'))===@@A&&H(s.bookings.filter(x=>x.id!=='LI-7108'))===@@B&&H([s.rooms,s.settings])===@@C",
 dict(A=one("bookings", "LI-7108", "date", "time", "players", "total"), B="s.bookings.filter(x=>x.id!=='LI-7108')", C="[s.rooms,s.settings]"))
E3 = ["LI-7102", "LI-7101"]
task(ER, "Results from last night: the 8:30 group in the Vault got out with 4 minutes 12 seconds left on the clock, and they used two hints. The 7 o'clock Asylum team didn't make it out, even with all three hints. Can you log both?",
 "const a=s.bookings.find(x=>x.id==='LI-7102'),b=s.bookings.find(x=>x.id==='LI-7101');return s.bookings.length===28&&a.status==='Completed'&&a.escaped==='Yes'&&a.timeLeft==='04:12'&&a.hints===2&&b.status==='Completed'&&b.escaped==='No'&&b.timeLeft===''&&b.hints===3&&H(" + rest("bookings", E3, "status", "escaped", "timeLeft", "hints") + ")===@@A&&H(" + others("bookings", E3) + ")===@@B&&H([s.rooms,s.settings])===@@C",
 dict(A=rest("bookings", E3, "status", "escaped", "timeLeft", "hints"), B=others("bookings", E3), C="[s.rooms,s.settings]"))
EJ, EM = ["LI-7111", "LI-7114", "LI-7117"], ["LI-7112", "LI-7115", "LI-7119"]
task(ER, "Jade's agreed to cover Saturday. Can you put her on all of Saturday's games that haven't got a game master yet? Not the Space Station ones, though; Marcus always runs the kids' room, so give those to him.",
 f"const J={L(EJ)},M={L(EM)};return s.bookings.length===28&&J.every(i=>s.bookings.find(x=>x.id===i).gm==='Jade Okoro')&&M.every(i=>s.bookings.find(x=>x.id===i).gm==='Marcus Bell')&&H(" + rest("bookings", EJ + EM, "gm") + ")===@@A&&H(" + others("bookings", EJ + EM) + ")===@@B&&H([s.rooms,s.settings])===@@C",
 dict(A=rest("bookings", EJ + EM, "gm"), B=others("bookings", EJ + EM), C="[s.rooms,s.settings]"))

# ---------------- memorials ----------------
MM = "memorials/index.html"
task(MM, "Mrs Rowe rang about the proof for her husband's headstone. We've spelt his middle name wrong: it should be Stephen with a 'ph', not Steven. Apart from that she's happy with it, so once it's corrected she's approved it. She told me over the phone just now.",
 "const o=s.orders.find(x=>x.id==='HM-2294');return s.orders.length===13&&o.inscription.replace(/[ \\t]+\\n/g,'\\n').trim()==='In loving memory of\\nPeter Stephen Rowe\\n12.3.1948 – 2.1.2025\\nDearly loved husband, dad and grandad\\nAt peace'&&o.stage==='Proof approved'&&o.proofNo===3&&o.proofApprovedOn==='2025-05-14'&&o.approvedVia==='Phone'&&H(X(o,'inscription','stage','proofNo','proofApprovedOn','approvedVia'))===@@A&&H(s.orders.filter(x=>x.id!=='HM-2294'))===@@B&&H(s.settings)===@@C",
 dict(A=one("orders", "HM-2294", "inscription", "stage", "proofNo", "proofApprovedOn", "approvedVia"), B="s.orders.filter(x=>x.id!=='HM-2294')", C="s.settings"))
task(MM, "Good news on Mrs Brennan's headstone: Grove Road have approved the permit. Their letter is dated yesterday and the reference is GRC/25/0417. The stone's already finished, so please book Dave in to fix it on Tuesday the 27th. Mr Brennan would like to be there when it goes in.",
 "const o=s.orders.find(x=>x.id==='HM-2295');return s.orders.length===13&&o.permit==='Approved'&&o.permitRef.trim().toUpperCase()==='GRC/25/0417'&&o.permitDecidedOn==='2025-05-13'&&o.fixDate==='2025-05-27'&&o.fixer==='Dave Harcourt'&&o.attend===true&&o.stage==='Ready to fix'&&H(X(o,'permit','permitRef','permitDecidedOn','fixDate','fixer','attend'))===@@A&&H(s.orders.filter(x=>x.id!=='HM-2295'))===@@B&&H(s.settings)===@@C",
 dict(A=one("orders", "HM-2295", "permit", "permitRef", "permitDecidedOn", "fixDate", "fixer", "attend"), B="s.orders.filter(x=>x.id!=='HM-2295')", C="s.settings"))
task(MM, "Mr Alan Pryce came in this afternoon to order a headstone for his wife, Margaret Ann Pryce, who's buried at Lydbury Road, grave K-112. He's chosen blue pearl granite with gilded V-cut lettering. The inscription is to read (a new line at each slash): In loving memory of / Margaret Ann Pryce / 1951 – 2025 / Forever in our hearts. His phone number is 07700 900264 and he left a £300 deposit.",
 "if(s.orders.length!==14)return false;const o=s.orders[13],N=t=>t.replace(/[\\s\\/\\-–—]+/g,' ').trim();return o.id==='HM-2306'&&/^(mr\\.? )?alan pryce$/i.test(o.client.trim())&&" + PH("o.phone", "07700900264") + "&&o.email===''&&/^margaret (ann )?pryce$/i.test(o.deceased.trim())&&o.cemetery==='LRC'&&/^k-?112$/i.test(o.plot.trim())&&o.kind==='New headstone'&&o.stone==='Blue pearl granite'&&o.lettering==='V-cut gilded'&&N(o.inscription)==='In loving memory of Margaret Ann Pryce 1951 2025 Forever in our hearts'&&o.price===1810.4&&o.deposit===300&&o.paid===300&&o.stage==='Quoted'&&o.proofNo===0&&o.permit==='Not applied'&&o.permitRef===''&&o.fixDate===''&&o.fixer===''&&o.created==='2025-05-14'&&o.cancelReason===''&&H(s.orders.slice(0,13))===@@A&&H(s.settings)===@@B",
 dict(A="s.orders.slice(0,13)", B="s.settings"))
task(MM, "New prices from today: gilded lettering goes up to £4.20 a letter and raised lead to £9.50; painted lettering stays as it is. Welsh slate headstones go up to £1,150. And we've stopped doing Portland stone, so take it off the list of stones we offer.",
 "const t=s.settings,st=n=>t.stones.find(x=>x.name===n);return t.stones.length===6&&t.letters['V-cut gilded']===4.2&&t.letters['Raised lead']===9.5&&t.letters['V-cut painted']===2.6&&st('Welsh slate').base===1150&&st('Welsh slate').offered===true&&st('Portland stone').offered===false&&st('Portland stone').base===940&&H(t.stones.filter(x=>x.name!=='Welsh slate'&&x.name!=='Portland stone'))===@@A&&H(X(t,'stones','letters'))===@@B&&H(s.orders)===@@C",
 dict(A="s.settings.stones.filter(x=>x.name!=='Welsh slate'&&x.name!=='Portland stone')", B="X(s.settings,'stones','letters')", C="s.orders"))

# ---------------- liveryyard ----------------
LY = "liveryyard/index.html"
task(LY, "Bramble and Toffee both had blanket clips this morning. Can you put the charges through for their owners?",
 "if(s.charges.length!==13)return false;const n=s.charges.slice(11);return JSON.stringify(n.map(x=>x.id))==='[\"CH-912\",\"CH-913\"]'&&JSON.stringify(n.map(x=>x.horse).sort())==='[\"H-01\",\"H-02\"]'&&n.every(x=>x.service==='Blanket clip'&&x.date==='2025-01-20'&&x.qty===1&&x.amount===38&&x.invoiced===false)&&H(s.charges.slice(0,11))===@@A&&H([s.horses,s.owners,s.settings])===@@B",
 dict(A="s.charges.slice(0,11)", B="[s.horses,s.owners,s.settings]"))
task(LY, "Jasper's owner has moved him up from part livery to full livery, starting today. He's also going out in the Top Paddock with the other geldings now instead of the Rough Field, and his feed changes to 2 scoops of Alfa-A and 1 scoop of Hi-Fi Lite with his joint supplement, twice a day.",
 "const h=s.horses.find(x=>x.id==='H-03');return s.horses.length===14&&h.livery==='Full'&&h.liveryFrom==='2025-01-20'&&h.box==='A3'&&h.turnout==='Top Paddock'&&/\\b2 scoops? (of )?alfa-?a\\b/i.test(h.feed)&&/\\b1 scoop (of )?(dengie )?hi-?fi lite\\b/i.test(h.feed)&&/joint supplement/i.test(h.feed)&&/twice (a|per) day|twice daily|2 ?x (a )?day/i.test(h.feed)&&!/balancer|once a day/i.test(h.feed)&&H(X(h,'livery','liveryFrom','turnout','feed'))===@@A&&H(s.horses.filter(x=>x.id!=='H-03'))===@@B&&H([s.owners,s.charges,s.settings])===@@C",
 dict(A=one("horses", "H-03", "livery", "liveryFrom", "turnout", "feed"), B="s.horses.filter(x=>x.id!=='H-03')", C="[s.owners,s.charges,s.settings]"))
task(LY, "We've got a new mare coming on Saturday: Maisie, a 14.2 grey, who belongs to Ellen Fairclough. Ellen's new to the yard; her mobile is 07700 900733. Maisie will be on DIY livery in box C4 and will go out in the Bottom Meadow with the mares. She's unshod.",
 "if(s.owners.length!==12||s.horses.length!==15)return false;const o=s.owners[11],h=s.horses[14];return o.id==='OW-12'&&/^ellen fairclough$/i.test(o.name.trim())&&" + PH("o.phone", "07700900733") + "&&o.email===''&&h.id==='H-15'&&/^maisie$/i.test(h.name.trim())&&h.owner==='OW-12'&&h.sex==='Mare'&&/^grey$/i.test(h.colour.trim())&&h.height==='14.2'&&h.born===null&&h.livery==='DIY'&&h.box==='C4'&&h.turnout==='Bottom Meadow'&&h.shod==='Barefoot'&&h.arrived==='2025-01-25'&&h.status==='Expected'&&h.liveryFrom==='2025-01-25'&&h.farrierDue===''&&h.farrierBooked===''&&h.wormingDue===''&&h.fluDue===''&&H(s.owners.slice(0,11))===@@A&&H(s.horses.slice(0,14))===@@B&&H([s.charges,s.settings])===@@C",
 dict(A="s.owners.slice(0,11)", B="s.horses.slice(0,14)", C="[s.charges,s.settings]"))
L4 = ["H-01", "H-03", "H-07", "H-10", "H-12", "H-14"]
task(LY, "Ben the farrier is coming on Thursday. Can you book him in for every horse whose feet are due before the end of the month? Not Duke though; Carol has her own farrier for him.",
 f"const L={L(L4)};return s.horses.length===14&&L.every(i=>{{const h=s.horses.find(x=>x.id===i);return h.farrierBooked==='2025-01-23'&&h.farrier==='Ben Marshall'}})&&H(" + rest("horses", L4, "farrierBooked", "farrier") + ")===@@A&&H(" + others("horses", L4) + ")===@@B&&H([s.owners,s.charges,s.settings])===@@C",
 dict(A=rest("horses", L4, "farrierBooked", "farrier"), B=others("horses", L4), C="[s.owners,s.charges,s.settings]"))

# ---------------- wineclub ----------------
WC = "wineclub/index.html"
task(WC, "Jenny Aldridge is off to Australia to see her daughter and won't be back until the end of August. Can you pause her membership until then? She doesn't want the spring case either, so please skip that for her.",
 "const m=s.members.find(x=>x.id==='CV-1001'),p=s.shipments.find(x=>x.id==='SP25-01');return s.members.length===17&&m.status==='Paused'&&m.pausedUntil==='2025-08-31'&&['','Travelling'].includes(m.pauseReason)&&H(X(m,'status','pausedUntil','pauseReason'))===@@A&&p.member==='CV-1001'&&p.status==='Skipped'&&p.charge===0&&H(X(p,'status','charge'))===@@B&&H(s.members.filter(x=>x.id!=='CV-1001'))===@@C&&H(s.shipments.filter(x=>x.id!=='SP25-01'))===@@D&&H(s.settings)===@@E",
 dict(A=one("members", "CV-1001", "status", "pausedUntil", "pauseReason"), B=one("shipments", "SP25-01", "status", "charge"), C="s.members.filter(x=>x.id!=='CV-1001')", D="s.shipments.filter(x=>x.id!=='SP25-01')", E="s.settings"))
task(WC, "Tom Fenwick wants to move up from the six-bottle club to the twelve. He's also asked to collect from the cellar door from now on instead of having his cases couriered, and he's gone off white wine, so reds only for him please.",
 "const m=s.members.find(x=>x.id==='CV-1002'),p=s.shipments.find(x=>x.id==='SP25-02');return s.members.length===17&&m.tier==='Twelve'&&m.delivery==='Collect'&&m.prefs==='Reds'&&m.status==='Active'&&H(X(m,'tier','delivery','prefs'))===@@A&&p.member==='CV-1002'&&p.bottles===12&&p.wines==='Reds'&&p.delivery==='Collect'&&p.charge===180&&p.status==='Allocated'&&H(X(p,'bottles','wines','delivery','charge'))===@@B&&H(s.members.filter(x=>x.id!=='CV-1002'))===@@C&&H(s.shipments.filter(x=>x.id!=='SP25-02'))===@@D&&H(s.settings)===@@E",
 dict(A=one("members", "CV-1002", "tier", "delivery", "prefs"), B=one("shipments", "SP25-02", "bottles", "wines", "delivery", "charge"), C="s.members.filter(x=>x.id!=='CV-1002')", D="s.shipments.filter(x=>x.id!=='SP25-02')", E="s.settings"))
W3 = ["SP25-04", "SP25-05", "SP25-08", "SP25-12", "SP25-16"]
task(WC, "Sally finished packing the cellar-door cases yesterday. Please mark the packed ones for collection as ready to collect and send those members the email to let them know. Leave the Hendersons' case as it is, though; they've asked us to hold it back until they've been in to swap a couple of bottles.",
 f"const L={L(W3)};return s.shipments.length===16&&L.every(i=>{{const p=s.shipments.find(x=>x.id===i);return p.delivery==='Collect'&&p.status==='Ready to collect'&&p.notifiedOn==='2025-04-03'&&p.collectBy==='2025-05-03'}})&&H(" + rest("shipments", W3, "status", "notifiedOn", "collectBy") + ")===@@A&&H(" + others("shipments", W3) + ")===@@B&&H([s.members,s.settings])===@@C",
 dict(A=rest("shipments", W3, "status", "notifiedOn", "collectBy"), B=others("shipments", W3), C="[s.members,s.settings]"))
task(WC, "A few changes agreed at the club meeting: the members' discount in the cellar door shop goes up from 10% to 15%, the courier charge goes up to £12 a case, and the Collector's case is now £295. Also, the summer release will go out on Saturday 12 July rather than the 5th.",
 "const t=s.settings;return t.memberDiscount===15&&t.courierFee===12&&t.tierPrice.Collector===295&&t.tierPrice.Six===95&&t.tierPrice.Twelve===180&&t.nextReleaseDate==='2025-07-12'&&t.nextRelease==='Summer 2025'&&H(X(t,'memberDiscount','courierFee','tierPrice','nextReleaseDate'))===@@A&&H([s.members,s.shipments])===@@B",
 dict(A="X(s.settings,'memberDiscount','courierFee','tierPrice','nextReleaseDate')", B="[s.members,s.shipments]"))

# ---------------- roastery ----------------
RO = "roastery/index.html"
task(RO, "The Yard Kitchen have emailed their order: six 1kg bags of House Espresso and four 250g bags of the Ethiopian Guji, all whole bean, for delivery on Thursday on our own van. Their PO number is YK-0612.",
 "if(s.orders.length!==14)return false;const o=s.orders[13],l=o.lines.map(x=>x.coffee+'|'+x.bag+'|'+x.qty).sort();return o.id==='RB-4114'&&o.account==='AC-01'&&o.placed==='2025-06-10'&&JSON.stringify(l)==='[\"CF-01|1kg|6\",\"CF-05|250g|4\"]'&&o.grind==='Whole bean'&&o.deliver==='2025-06-12'&&o.courier==='Van'&&o.status==='New'&&o.po.trim().toUpperCase()==='YK-0612'&&o.goods===171.95&&o.delivery===0&&o.total===171.95&&o.dispatchedOn===''&&o.cancelReason===''&&H(s.orders.slice(0,13))===@@A&&H([s.accounts,s.coffees,s.settings])===@@B",
 dict(A="s.orders.slice(0,13)", B="[s.accounts,s.coffees,s.settings]"))
R2 = ["RB-4104", "RB-4105", "RB-4107"]
task(RO, "The DPD driver's here for today's collection. Everything that's packed and going by DPD can be marked as dispatched, except Bramble & Co's order; they've asked us to hang on to it until Friday.",
 f"const L={L(R2)};return s.orders.length===13&&L.every(i=>{{const o=s.orders.find(x=>x.id===i);return o.status==='Dispatched'&&o.dispatchedOn==='2025-06-10'&&o.courier==='DPD'}})&&H(" + rest("orders", R2, "status", "dispatchedOn") + ")===@@A&&H(" + others("orders", R2) + ")===@@B&&H([s.accounts,s.coffees,s.settings])===@@C",
 dict(A=rest("orders", R2, "status", "dispatchedOn"), B=others("orders", R2), C="[s.accounts,s.coffees,s.settings]"))
task(RO, "Grindhouse still haven't paid their April or May invoices, so Mike wants their account put on hold for overdue invoices. Please also cancel the order they've got in for Friday, because of the hold. The one that went out last week can stay as it is.",
 "const a=s.accounts.find(x=>x.id==='AC-03'),o=s.orders.find(x=>x.id==='RB-4108');return s.accounts.length===10&&s.orders.length===13&&a.status==='On hold'&&a.holdReason==='Overdue invoices'&&a.holdSince==='2025-06-10'&&H(X(a,'status','holdReason','holdSince','holdNote'))===@@A&&o.status==='Cancelled'&&o.cancelReason==='Account on hold'&&H(X(o,'status','cancelReason'))===@@B&&H(s.accounts.filter(x=>x.id!=='AC-03'))===@@C&&H(s.orders.filter(x=>x.id!=='RB-4108'))===@@D&&H([s.coffees,s.settings])===@@E",
 dict(A=one("accounts", "AC-03", "status", "holdReason", "holdSince", "holdNote"), B=one("orders", "RB-4108", "status", "cancelReason"), C="s.accounts.filter(x=>x.id!=='AC-03')", D="s.orders.filter(x=>x.id!=='RB-4108')", E="[s.coffees,s.settings]"))
task(RO, "From next week we're only roasting on Mondays, Wednesdays and Fridays, so take Tuesday and Thursday off the roast days. The order cut-off moves earlier to 2pm, and free delivery should now start at £120 instead of £150.",
 "const t=s.settings;return JSON.stringify(t.roastDays)==='[\"Mon\",\"Wed\",\"Fri\"]'&&t.cutoff==='14:00'&&t.freeOver===120&&t.minOrderKg===3&&t.deliveryCharge===8.5&&H(X(t,'roastDays','cutoff','freeOver'))===@@A&&H([s.orders,s.accounts,s.coffees])===@@B",
 dict(A="X(s.settings,'roastDays','cutoff','freeOver')", B="[s.orders,s.accounts,s.coffees]"))


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
    (WEB / "blind24_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
