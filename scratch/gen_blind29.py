"""Generate scenarios/apps/web/blind29_tasks.json; hash constants computed from the seeded state in Chromium on a fresh page."""
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

# ---------------- skiphire ----------------
SK = "skiphire/index.html"
task(SK, "I've just had a Judith Penhale on the phone, 07700 900318; she's new to us. She's clearing out her late mum's bungalow at 22 Fern Close in North Tawton and wants a six-yard skip on the drive, delivered Tuesday next week. It's ordinary household rubbish, but a couple of mattresses and an old fridge freezer will be going in as well. She paid for the whole lot on her card while I had her on the phone.",
 "if(s.hires.length!==27||s.customers.length!==21)return false;const c=s.customers[20],h=s.hires[26];return c.id==='CU-221'&&/^(mrs\\.? |ms\\.? |miss )?judith penhale$/i.test(c.name.trim())&&" + PH("c.phone", "07700900318") + "&&c.kind==='Domestic'&&c.account===false&&c.onStop===false&&h.id==='HX-5127'&&h.customer==='CU-221'&&/22,? fern close/i.test(h.address+' '+h.town)&&/north tawton/i.test(h.town)&&h.placement==='Private land'&&h.permitRef===''&&h.size==='SZ-3'&&h.waste==='General'&&JSON.stringify(h.items)==='{\"Mattress\":2,\"Fridge/freezer\":1,\"Tyre\":0,\"Sofa\":0,\"TV/monitor\":0}'&&h.deliverOn==='2025-04-22'&&h.collectBy==='2025-05-06'&&h.status==='Booked'&&h.driver===''&&h.collectOn===''&&h.collectedOn===''&&h.price===345&&h.extWeeks===0&&h.over===0&&h.weightT===null&&JSON.stringify(h.payments)==='[{\"date\":\"2025-04-16\",\"amount\":345,\"method\":\"Card\"}]'&&h.cancelReason===''&&h.created==='2025-04-16'&&H(s.hires.slice(0,26))===@@A&&H(s.customers.slice(0,20))===@@B&&H([s.sizes,s.settings])===@@C",
 dict(A="s.hires.slice(0,26)", B="s.customers.slice(0,20)", C="[s.sizes,s.settings]"))
task(SK, "Dean's just got back from the tip with the skip from the Old Rectory at Belstone. It weighed in at 4.6 tonnes, so they'll have to pay for the overweight. And Tavy Builders want to hang on to the one at the barn in Sticklepath for another fortnight.",
 "const g=i=>s.hires.find(x=>x.id===i),a=g('HX-5103'),b=g('HX-5102');return s.hires.length===26&&a.status==='Collected'&&a.collectedOn==='2025-04-16'&&a.weightT===4.6&&a.over===72&&a.driver==='DB'&&H(X(a,'status','collectedOn','weightT','over','driver','notes'))===@@A&&b.collectBy==='2025-05-01'&&b.extWeeks===2&&b.price===365&&b.status==='On hire'&&b.collectOn===''&&H(X(b,'collectBy','extWeeks','price','notes'))===@@B&&H(" + others("hires", ["HX-5102", "HX-5103"]) + ")===@@C&&H([s.customers,s.sizes,s.settings])===@@D",
 dict(A=one("hires", "HX-5103", "status", "collectedOn", "weightT", "over", "driver", "notes"), B=one("hires", "HX-5102", "collectBy", "extWeeks", "price", "notes"), C=others("hires", ["HX-5102", "HX-5103"]), D="[s.customers,s.sizes,s.settings]"))
SKC = ["HX-5107", "HX-5111", "HX-5114"]
task(SK, "Rob's doing a collection run round Hatherleigh tomorrow. Can you book him in to pick up every skip in Hatherleigh that's due back by then? Leave the Tally Ho's alone, though: the landlord wants to hang on to it over Easter and he'll ring us.",
 f"const g=i=>s.hires.find(x=>x.id===i);return s.hires.length===26&&{L(SKC)}.every(i=>{{const h=g(i);return h.status==='Collection booked'&&h.collectOn==='2025-04-17'&&h.driver==='RS'}})&&H(" + rest("hires", SKC, "status", "collectOn", "driver") + ")===@@A&&H(" + others("hires", SKC) + ")===@@B&&H([s.customers,s.sizes,s.settings])===@@C",
 dict(A=rest("hires", SKC, "status", "collectOn", "driver"), B=others("hires", SKC), C="[s.customers,s.sizes,s.settings]"))
task(SK, "The tip's put its gate fees up again, so from today the eight-yard skips are £310 and the twelve-yard maxis £385, and it's twenty-five quid now for each mattress. We've also bought three 3-yard skips: add those at £185, with a tonne and a half weight limit. Oh, and we're not working Saturdays any more.",
 "const g=i=>s.sizes.find(x=>x.id===i),a=g('SZ-4'),b=g('SZ-5'),n=s.sizes[6],st=s.settings;return s.sizes.length===7&&a.price===310&&H(X(a,'price'))===@@A&&b.price===385&&H(X(b,'price'))===@@B&&n.id==='SZ-7'&&/\\b3\\b/.test(n.name)&&n.yards===3&&n.price===185&&n.maxT===1.5&&n.stock===3&&n.active===true&&H(" + others("sizes", ["SZ-4", "SZ-5", "SZ-7"]) + ")===@@C&&st.surcharge.Mattress===25&&H(X(st.surcharge,'Mattress'))===@@D&&st.days.Sat===false&&H(X(st.days,'Sat'))===@@E&&H(X(st,'surcharge','days'))===@@F&&H([s.hires,s.customers])===@@G",
 dict(A=one("sizes", "SZ-4", "price"), B=one("sizes", "SZ-5", "price"), C=others("sizes", ["SZ-4", "SZ-5", "SZ-7"]), D="X(s.settings.surcharge,'Mattress')", E="X(s.settings.days,'Sat')", F="X(s.settings,'surcharge','days')", G="[s.hires,s.customers]"))


# ---------------- milkround ----------------
MR = "milkround/index.html"
task(MR, "A new lady's moved into 7 Chapel Lane in Sandford: Mrs Tessa Rowe, 01363 555482. She'd like two pints of semi-skimmed in glass bottles every time we come, and half a dozen eggs on Saturdays, starting this Saturday. Could the driver leave it all in the cool box by her front door? She's paying by direct debit.",
 "if(s.customers.length!==29)return false;const c=s.customers[28],Q=c.lines.slice().sort((a,b)=>a.product.localeCompare(b.product));return c.id==='C-1029'&&/^(mrs\\.? )?tessa rowe$/i.test(c.name.trim())&&" + PH("c.phone", "01363555482") + "&&/^7,? chapel lane/i.test(c.address.trim())&&/sandford/i.test(c.village)&&c.round==='R-3'&&c.leaveAt==='Cool box'&&c.pay==='Direct debit'&&JSON.stringify(Q)==='[{\"product\":\"P-01\",\"qty\":2,\"days\":[\"Tue\",\"Thu\",\"Sat\"]},{\"product\":\"P-08\",\"qty\":1,\"days\":[\"Sat\"]}]'&&c.balance===0&&c.payments.length===0&&c.holds.length===0&&c.status==='Active'&&c.joined==='2025-02-22'&&H(s.customers.slice(0,28))===@@A&&H([s.products,s.rounds,s.settings])===@@B",
 dict(A="s.customers.slice(0,28)", B="[s.products,s.rounds,s.settings]"))
task(MR, "Mr Pugsley at the Old Bakery settled up with Gary this morning: he handed over a twenty-pound note for what he owed and told him to keep the change towards next week. And the Westcotts at Rose Farm are off to their daughter's in Spain, so no milk for them from Saturday. They're back on the 8th of March and want it starting again that day.",
 "const g=i=>s.customers.find(x=>x.id===i),a=g('C-1004'),b=g('C-1019'),p=a.payments,h=b.holds;return s.customers.length===28&&a.balance===-2.65&&p.length===2&&H(p[0])===@@P&&p[1].amount===20&&p[1].method==='Cash'&&p[1].date==='2025-02-19'&&H(X(a,'balance','payments','notes'))===@@A&&h.length===2&&H(h[0])===@@Q&&h[1].from==='2025-02-22'&&h[1].resume==='2025-03-08'&&['Holiday','Visiting family'].includes(h[1].reason)&&b.status==='Active'&&H(X(b,'holds','notes'))===@@B&&H(" + others("customers", ["C-1004", "C-1019"]) + ")===@@C&&H([s.products,s.rounds,s.settings])===@@D",
 dict(P="s.customers.find(x=>x.id==='C-1004').payments[0]", Q="s.customers.find(x=>x.id==='C-1019').holds[0]", A=one("customers", "C-1004", "balance", "payments", "notes"), B=one("customers", "C-1019", "holds", "notes"), C=others("customers", ["C-1004", "C-1019"]), D="[s.products,s.rounds,s.settings]"))
MRM = ["C-1002", "C-1003", "C-1005", "C-1006", "C-1010"]
task(MR, "Gary's round has got too big, so Sally's taking Landscore Road and Threshers off him. Can you move everyone on those two streets over to her round? Except Mrs Hill: Gary always takes her paper in and keeps an eye on her, so she's staying with him.",
 f"const g=i=>s.customers.find(x=>x.id===i);return s.customers.length===28&&{L(MRM)}.every(i=>g(i).round==='R-2'&&g(i).status==='Active')&&H(" + rest("customers", MRM, "round", "notes") + ")===@@A&&H(" + others("customers", MRM) + ")===@@B&&H([s.products,s.rounds,s.settings])===@@C",
 dict(A=rest("customers", MRM, "round", "notes"), B=others("customers", MRM), C="[s.products,s.rounds,s.settings]"))
task(MR, "Milk's going up from Monday, I'm afraid. The ordinary glass pints (semi-skimmed, whole and skimmed) go up by 4p each, and the organic pints go to £1.30. We're giving up on the apple juice; nobody's had any since Christmas. And the weekly delivery charge is going up to 50p.",
 "const g=i=>s.products.find(x=>x.id===i),st=s.settings;return s.products.length===15&&g('P-01').price===1.03&&g('P-02').price===1.03&&g('P-03').price===0.99&&g('P-04').price===1.3&&g('P-05').price===1.3&&g('P-13').active===false&&H(['P-01','P-02','P-03','P-04','P-05'].map(i=>X(g(i),'price')))===@@A&&H(X(g('P-13'),'active'))===@@B&&H(" + others("products", ["P-01", "P-02", "P-03", "P-04", "P-05", "P-13"]) + ")===@@C&&st.deliveryCharge===0.5&&H(X(st,'deliveryCharge'))===@@D&&H([s.customers,s.rounds])===@@E",
 dict(A="['P-01','P-02','P-03','P-04','P-05'].map(i=>X(s.products.find(x=>x.id===i),'price'))", B=one("products", "P-13", "active"), C=others("products", ["P-01", "P-02", "P-03", "P-04", "P-05", "P-13"]), D="X(s.settings,'deliveryCharge')", E="[s.customers,s.rounds]"))

# ---------------- butcher ----------------
BU = "butcher/index.html"
task(BU, "I know we've stopped taking Christmas orders, but Dave says we can squeeze in one more. It's for a Hugh Wainwright, 01844 555392: a bronze turkey of about six kilos, a pack of pigs in blankets and two of the stuffings. He'll pick it all up first thing on Christmas Eve, and he's paid the usual deposit on his card.",
 "if(s.orders.length!==29)return false;const o=s.orders[28],Q=o.lines.slice().sort((a,b)=>a.product.localeCompare(b.product));return o.id==='XM-429'&&/^(mr\\.? )?hugh wainwright$/i.test(o.name.trim())&&" + PH("o.phone", "01844555392") + "&&JSON.stringify(Q)==='[{\"product\":\"PR-01\",\"qty\":6,\"weight\":null},{\"product\":\"PR-12\",\"qty\":1,\"weight\":null},{\"product\":\"PR-13\",\"qty\":2,\"weight\":null}]'&&o.collectOn==='2025-12-24'&&o.slot==='08:00'&&o.status==='Ordered'&&JSON.stringify(o.payments)==='[{\"date\":\"2025-12-23\",\"amount\":20,\"method\":\"Card\",\"kind\":\"Deposit\"}]'&&o.total===0&&o.collectedOn===''&&o.trade===false&&o.cancelReason===''&&o.created==='2025-12-23'&&H(s.orders.slice(0,28))===@@A&&H([s.products,s.settings])===@@B",
 dict(A="s.orders.slice(0,28)", B="[s.products,s.settings]"))
task(BU, "Mrs Oakley's just been in for her order. Her turkey came out at 6.4 kilos, and she paid the rest on her card. Oh, and the Bradburys' car has packed up, so their son's bringing them in first thing tomorrow instead. Can you move their collection?",
 "const g=i=>s.orders.find(x=>x.id===i),a=g('XM-408'),b=g('XM-410'),p=a.payments;return s.orders.length===28&&a.status==='Collected'&&a.collectedOn==='2025-12-23'&&a.lines[0].weight===6.4&&a.lines[1].weight===null&&a.total===120.6&&p.length===2&&H(p[0])===@@P&&p[1].amount===100.6&&p[1].method==='Card'&&p[1].kind==='Balance'&&p[1].date==='2025-12-23'&&H(a.lines.map(l=>X(l,'weight')))===@@L&&H(X(a,'status','collectedOn','lines','total','payments','notes'))===@@A&&b.collectOn==='2025-12-24'&&b.slot==='08:00'&&b.status==='Ordered'&&H(X(b,'collectOn','slot','notes'))===@@B&&H(" + others("orders", ["XM-408", "XM-410"]) + ")===@@C&&H([s.products,s.settings])===@@D",
 dict(P="s.orders.find(x=>x.id==='XM-408').payments[0]", L="s.orders.find(x=>x.id==='XM-408').lines.map(l=>X(l,'weight'))", A=one("orders", "XM-408", "status", "collectedOn", "lines", "total", "payments", "notes"), B=one("orders", "XM-410", "collectOn", "slot", "notes"), C=others("orders", ["XM-408", "XM-410"]), D="[s.products,s.settings]"))
BUM = ["XM-417", "XM-418", "XM-419", "XM-428"]
task(BU, "We've got far too many people coming in the last slot on Christmas Eve. Can you move everyone booked for two till four on the 24th forward to twelve till two? Except the Fenwicks: they've said they can come in this afternoon instead, so put them in today's two till four.",
 f"const g=i=>s.orders.find(x=>x.id===i),f=g('XM-416');return s.orders.length===28&&{L(BUM)}.every(i=>g(i).collectOn==='2025-12-24'&&g(i).slot==='12:00'&&g(i).status==='Ordered')&&H(" + rest("orders", BUM, "slot", "notes") + ")===@@A&&f.collectOn==='2025-12-23'&&f.slot==='14:00'&&f.status==='Ordered'&&H(X(f,'collectOn','slot','notes'))===@@B&&H(" + others("orders", BUM + ["XM-416"]) + ")===@@C&&H([s.products,s.settings])===@@D",
 dict(A=rest("orders", BUM, "slot", "notes"), B=one("orders", "XM-416", "collectOn", "slot", "notes"), C=others("orders", BUM + ["XM-416"]), D="[s.products,s.settings]"))
task(BU, "A few changes while I think of it. We've got too many white turkeys left, so drop them to £10.50 a kilo, and the rib of beef is going up to £39.50. Put the venison sausages on too, at £6.50 a pack; they're just for the counter, not the Christmas list. The deposit on next year's orders will be £25, and we're not reopening till Monday the 29th now.",
 "const g=i=>s.products.find(x=>x.id===i),a=g('PR-02'),b=g('PR-08'),n=s.products[17],st=s.settings;return s.products.length===18&&a.price===10.5&&H(X(a,'price'))===@@A&&b.price===39.5&&H(X(b,'price'))===@@B&&n.id==='PR-18'&&/venison sausages?/i.test(n.name)&&['Game','Sausages & extras'].includes(n.cat)&&n.unit==='each'&&n.price===6.5&&n.xmas===false&&n.active===true&&H(" + others("products", ["PR-02", "PR-08", "PR-18"]) + ")===@@C&&st.deposit===25&&st.reopen==='2025-12-29'&&H(X(st,'deposit','reopen'))===@@D&&H(s.orders)===@@E",
 dict(A=one("products", "PR-02", "price"), B=one("products", "PR-08", "price"), C=others("products", ["PR-02", "PR-08", "PR-18"]), D="X(s.settings,'deposit','reopen')", E="s.orders"))

# ---------------- registrar ----------------
RG = "registrar/index.html"
task(RG, "Mr Peter Holroyd rang about his mum, Margaret Holroyd, who died on Monday at the Friarage. He'd like to register the death at Northallerton on Friday, at the earliest time we've got. His number is 01609 555274. He'll want three certificates, and yes please to Tell Us Once.",
 "if(s.appointments.length!==29)return false;const a=s.appointments[28];return a.id==='RA-6129'&&a.type==='Death registration'&&a.office==='Northallerton'&&a.date==='2025-09-19'&&a.time==='09:30'&&/^(mr\\.? )?peter holroyd$/i.test(a.informant.trim())&&a.relation==='Son'&&/^(mrs\\.? )?margaret holroyd$/i.test(a.subject.trim())&&" + PH("a.phone", "01609555274") + "&&a.eventDate==='2025-09-15'&&/friarage/i.test(a.place)&&a.certsWanted===3&&a.certs===0&&a.fee===0&&a.payments.length===0&&a.entryNo===''&&a.interpreter===false&&a.tellUsOnce===true&&a.status==='Booked'&&a.cancelReason===''&&a.created==='2025-09-17'&&H(s.appointments.slice(0,28))===@@A&&H([s.ceremonies,s.venues,s.settings])===@@B",
 dict(A="s.appointments.slice(0,28)", B="[s.ceremonies,s.venues,s.settings]"))
task(RG, "The Okafors came in this morning to register baby Amara. She went in as entry 214, and they bought two certificates, paid on card. Liam Patterson and his fiancée never turned up for their eleven o'clock notice appointment, though, so mark that one as a no-show.",
 "const g=i=>s.appointments.find(x=>x.id===i),a=g('RA-6106'),b=g('RA-6108');return s.appointments.length===28&&a.status==='Attended'&&a.entryNo.trim()==='214'&&a.certs===2&&JSON.stringify(a.payments)==='[{\"date\":\"2025-09-17\",\"amount\":25,\"method\":\"Card\"}]'&&H(X(a,'status','entryNo','certs','payments','notes'))===@@A&&b.status==='Did not attend'&&H(X(b,'status','notes'))===@@B&&H(" + others("appointments", ["RA-6106", "RA-6108"]) + ")===@@C&&H([s.ceremonies,s.venues,s.settings])===@@D",
 dict(A=one("appointments", "RA-6106", "status", "entryNo", "certs", "payments", "notes"), B=one("appointments", "RA-6108", "status", "notes"), C=others("appointments", ["RA-6106", "RA-6108"]), D="[s.ceremonies,s.venues,s.settings]"))
RGM = ["CE-305", "CE-306", "CE-308", "CE-318"]
task(RG, "Sarah's on leave for the first fortnight of October. Can you hand all her ceremonies up to the 14th over to Jonathan? Not the Bolton Castle wedding on the 11th, though: Jonathan's already at Swinton that afternoon, so give that one to Priya.",
 f"const g=i=>s.ceremonies.find(x=>x.id===i),b=g('CE-309');return s.ceremonies.length===18&&{L(RGM)}.every(i=>g(i).reg==='JW'&&['Confirmed','Provisional'].includes(g(i).status))&&H(" + rest("ceremonies", RGM, "reg", "notes") + ")===@@A&&b.reg==='PK'&&b.sr==='HB'&&H(X(b,'reg','notes'))===@@B&&H(" + others("ceremonies", RGM + ["CE-309"]) + ")===@@C&&H([s.appointments,s.venues,s.settings])===@@D",
 dict(A=rest("ceremonies", RGM, "reg", "notes"), B=one("ceremonies", "CE-309", "reg", "notes"), C=others("ceremonies", RGM + ["CE-309"]), D="[s.appointments,s.venues,s.settings]"))
task(RG, "Cabinet signed off the new ceremony fees last night, so can you put them in? Approved venues go up to £595 on weekdays and £695 on Saturdays; Sundays stay as they are. The Coach House at Aldborough has had its approval through as well, until the end of September 2028, for up to 120 guests with outdoor ceremonies allowed, so add it to the venues. And Richmond won't be opening on Fridays any more.",
 "const st=s.settings,f=st.fees,n=s.venues[10];return s.venues.length===11&&f.apWeekday===595&&f.apSat===695&&H(X(f,'apWeekday','apSat'))===@@A&&st.offices.Richmond.Fri===false&&H(X(st.offices.Richmond,'Fri'))===@@B&&H(X(st.offices,'Richmond'))===@@C&&H(X(st,'fees','offices'))===@@D&&n.id==='V-11'&&/coach house/i.test(n.name)&&/aldborough/i.test(n.name+' '+n.town)&&n.town.trim()!==''&&n.kind==='Approved premises'&&n.approvedUntil==='2028-09-30'&&n.maxGuests===120&&n.outdoor===true&&n.active===true&&H(s.venues.slice(0,10))===@@E&&H([s.appointments,s.ceremonies])===@@F",
 dict(A="X(s.settings.fees,'apWeekday','apSat')", B="X(s.settings.offices.Richmond,'Fri')", C="X(s.settings.offices,'Richmond')", D="X(s.settings,'fees','offices')", E="s.venues.slice(0,10)", F="[s.appointments,s.ceremonies]"))

# ---------------- hortshow ----------------
HS = "hortshow/index.html"
task(HS, "Brenda Calvert from Starbotton has just turned up with some late entries: a jar of lemon curd, four fruit scones and a vase of sweet peas, and they're already out on the benches. She's not a member. She paid the late fees in cash, and her number's 01756 555319.",
 "if(s.exhibitors.length!==27||s.entries.length!==82)return false;const x=s.exhibitors[26],N=s.entries.slice(79).slice().sort((a,b)=>a.cls.localeCompare(b.cls));return x.id==='EX-127'&&x.no===127&&/^(mrs\\.? |ms\\.? |miss )?brenda calvert$/i.test(x.name.trim())&&/starbotton/i.test(x.village)&&" + PH("x.phone", "01756555319") + "&&x.member===false&&x.junior===false&&x.age===null&&x.paid===3&&x.method==='Cash'&&JSON.stringify(N)==='[{\"id\":\"EN-13-127\",\"exhibitor\":\"EX-127\",\"cls\":\"C-13\",\"status\":\"Staged\",\"place\":\"\",\"late\":true,\"reason\":\"\"},{\"id\":\"EN-20-127\",\"exhibitor\":\"EX-127\",\"cls\":\"C-20\",\"status\":\"Staged\",\"place\":\"\",\"late\":true,\"reason\":\"\"},{\"id\":\"EN-21-127\",\"exhibitor\":\"EX-127\",\"cls\":\"C-21\",\"status\":\"Staged\",\"place\":\"\",\"late\":true,\"reason\":\"\"}]'&&H(s.exhibitors.slice(0,26))===@@A&&H(s.entries.slice(0,79))===@@B&&H([s.classes,s.cups,s.settings])===@@C",
 dict(A="s.exhibitors.slice(0,26)", B="s.entries.slice(0,79)", C="[s.classes,s.cups,s.settings]"))
HSP = ["EN-03-101", "EN-03-102", "EN-03-103"]
task(HS, "The judge has done the shallots: Bill Metcalfe first, Ray Lister second and Joan Ibbotson third. And Ted Harker's marrow will have to be disqualified; the steward found he'd been topping it up with water through a hole in the stalk!",
 "const g=i=>s.entries.find(x=>x.id===i),c=s.classes.find(x=>x.id==='C-03'),m=g('EN-08-106');return s.entries.length===79&&g('EN-03-101').place==='1st'&&g('EN-03-102').place==='2nd'&&g('EN-03-103').place==='3rd'&&" + L(HSP) + ".every(i=>g(i).status==='Staged')&&H(" + rest("entries", HSP, "place") + ")===@@A&&c.judged===true&&H(X(c,'judged','notes'))===@@B&&m.status==='Disqualified'&&m.reason==='Tampered with'&&m.place===''&&H(X(m,'status','reason'))===@@C&&H(" + others("entries", HSP + ["EN-08-106"]) + ")===@@D&&H(s.classes.filter(x=>x.id!=='C-03'))===@@E&&H([s.exhibitors,s.cups,s.settings])===@@F",
 dict(A=rest("entries", HSP, "place"), B=one("classes", "C-03", "judged", "notes"), C=one("entries", "EN-08-106", "status", "reason"), D=others("entries", HSP + ["EN-08-106"]), E="s.classes.filter(x=>x.id!=='C-03')", F="[s.exhibitors,s.cups,s.settings]"))
HSA = ["EN-01-108", "EN-03-106", "EN-04-107", "EN-06-102", "EN-07-105"]
task(HS, "Staging closed at ten, so any vegetable entries that still haven't been staged count as absent now; can you mark them? Not Frank Dinsdale's beans, though: he rang to say he's stuck behind a tractor at Kilnsey, and the judges have said they'll wait for him.",
 f"const g=i=>s.entries.find(x=>x.id===i);return s.entries.length===79&&{L(HSA)}.every(i=>g(i).status==='Absent'&&g(i).place==='')&&H(" + rest("entries", HSA, "status", "reason") + ")===@@A&&g('EN-05-104').status==='Entered'&&H(" + others("entries", HSA) + ")===@@B&&H([s.exhibitors,s.classes,s.cups,s.settings])===@@C",
 dict(A=rest("entries", HSA, "status", "reason"), B=others("entries", HSA), C="[s.exhibitors,s.classes,s.cups,s.settings]"))
task(HS, "A few things from this morning's committee meeting. The marquee has to be empty by six, so prize-giving is moving to a quarter past four. Highly commended will count for one point towards the cups from now on, and the Dalesman Trophy is going to whoever gets the most points in Photography instead of Handicrafts. Oh, and we've got a late sponsor: the Falcon Inn is giving an extra £10 to whoever wins the heaviest marrow.",
 "const st=s.settings,c=s.cups.find(x=>x.id==='CUP-2'),k=s.classes.find(x=>x.id==='C-08');return st.prizegiving==='16:15'&&st.points.HC===1&&H(X(st.points,'HC'))===@@A&&H(X(st,'prizegiving','points'))===@@B&&c.section==='Photography'&&H(X(c,'section'))===@@C&&H(s.cups.filter(x=>x.id!=='CUP-2'))===@@D&&s.classes.length===30&&/falcon/i.test(k.sponsor)&&k.bonus===10&&H(X(k,'sponsor','bonus'))===@@E&&H(s.classes.filter(x=>x.id!=='C-08'))===@@F&&H([s.exhibitors,s.entries])===@@G",
 dict(A="X(s.settings.points,'HC')", B="X(s.settings,'prizegiving','points')", C=one("cups", "CUP-2", "section"), D="s.cups.filter(x=>x.id!=='CUP-2')", E=one("classes", "C-08", "sponsor", "bonus"), F="s.classes.filter(x=>x.id!=='C-08')", G="[s.exhibitors,s.entries]"))

# ---------------- canoehire ----------------
CH = "canoehire/index.html"
task(CH, "Mrs Nadia Henderson rang, 07700 900614. She wants two Canadian canoes for the Kerne Bridge to Symonds Yat trip a week on Saturday, setting off at ten; there'll be two adults and three children. Add a couple of dry barrels for their picnic, too. She's paid the deposit on her card.",
 "if(s.bookings.length!==29)return false;const b=s.bookings[28];return b.id==='KB-2229'&&/^(mrs\\.? |ms\\.? )?nadia henderson$/i.test(b.name.trim())&&" + PH("b.phone", "07700900614") + "&&b.date==='2025-08-02'&&b.trip==='T-3'&&b.time==='10:00'&&JSON.stringify(b.boats)==='{\"Canadian\":2,\"Kayak\":0,\"Double\":0}'&&b.adults===2&&b.children===3&&JSON.stringify(b.extras)==='{\"Dry barrel\":2,\"Wetsuit\":0,\"Phone pouch\":0}'&&b.total===138&&JSON.stringify(b.payments)==='[{\"date\":\"2025-07-23\",\"amount\":40,\"method\":\"Card\",\"kind\":\"Deposit\"}]'&&b.status==='Booked'&&b.assigned.length===0&&b.launchedAt===''&&b.backAt===''&&b.lateFee===0&&b.damage===0&&b.cancelReason===''&&b.refunded===false&&b.created==='2025-07-23'&&H(s.bookings.slice(0,28))===@@A&&H([s.trips,s.boats,s.settings])===@@B",
 dict(A="s.bookings.slice(0,28)", B="[s.trips,s.boats,s.settings]"))
task(CH, "The Kowalskis are back: they came off the river at half five, an hour and a half late, and they've lost a paddle, so charge them for the paddle and the late return. They paid that on their card. And the Brownes' evening group is just setting off in canoes 4 and 7; they've paid the rest on card as well.",
 "const g=i=>s.bookings.find(x=>x.id===i),a=g('KB-2201'),b=g('KB-2202'),p=a.payments,q=b.payments;return s.bookings.length===28&&a.status==='Returned'&&a.backAt==='17:30'&&a.lateFee===30&&a.lost.Paddle===1&&a.lost.Barrel===0&&a.damage===0&&p.length===3&&H(p.slice(0,2))===@@P&&p[2].amount===55&&p[2].method==='Card'&&p[2].kind==='Extras'&&p[2].date==='2025-07-23'&&H(X(a,'status','backAt','lateFee','lost','damage','payments','notes'))===@@A&&b.status==='Out on the river'&&JSON.stringify(b.assigned.slice().sort())==='[\"BT-04\",\"BT-07\"]'&&b.launchedAt==='18:00'&&q.length===2&&H(q[0])===@@Q&&q[1].amount===50&&q[1].method==='Card'&&q[1].kind==='Balance'&&q[1].date==='2025-07-23'&&H(X(b,'status','assigned','launchedAt','payments','notes'))===@@B&&H(" + others("bookings", ["KB-2201", "KB-2202"]) + ")===@@C&&H([s.trips,s.boats,s.settings])===@@D",
 dict(P="s.bookings.find(x=>x.id==='KB-2201').payments.slice(0,2)", Q="s.bookings.find(x=>x.id==='KB-2202').payments[0]", A=one("bookings", "KB-2201", "status", "backAt", "lateFee", "lost", "damage", "payments", "notes"), B=one("bookings", "KB-2202", "status", "assigned", "launchedAt", "payments", "notes"), C=others("bookings", ["KB-2201", "KB-2202"]), D="[s.trips,s.boats,s.settings]"))
CHC = ["KB-2208", "KB-2210", "KB-2211"]
task(CH, "The river's come up after all that rain, and the EA say the Glasbury to Hay stretch won't be safe tomorrow. Can you cancel tomorrow's trips on that stretch and give everyone their deposits back? Not the Brecon Outdoor Centre group, though: they've got their own qualified instructors and they're happy to go.",
 f"const g=i=>s.bookings.find(x=>x.id===i);return s.bookings.length===28&&{L(CHC)}.every(i=>{{const b=g(i),p=b.payments;return b.status==='Cancelled'&&b.cancelReason==='River too high'&&b.refunded===true&&p.length===2&&p[1].amount===-p[0].amount&&p[1].method===p[0].method&&p[1].kind==='Refund'&&p[1].date==='2025-07-23'}})&&H({L(CHC)}.map(i=>g(i).payments[0]))===@@P&&H(" + rest("bookings", CHC, "status", "cancelReason", "refunded", "payments", "notes") + ")===@@A&&H(" + others("bookings", CHC) + ")===@@B&&H([s.trips,s.boats,s.settings])===@@C",
 dict(P=f"{L(CHC)}.map(i=>s.bookings.find(x=>x.id===i).payments[0])", A=rest("bookings", CHC, "status", "cancelReason", "refunded", "payments", "notes"), B=others("bookings", CHC), C="[s.trips,s.boats,s.settings]"))
task(CH, "Prices for August: a full day in a Canadian canoe goes up to £70, and a half day in a single kayak to £32. The deposit's going up to £25 a boat as well. And the new canoe has arrived: it's another Old Town Discovery 169, so add it to the fleet as Canoe 13.",
 "const st=s.settings,p=st.prices,n=s.boats[21];return p.Canadian.full===70&&p.Kayak.half===32&&H(X(p.Canadian,'full'))===@@A&&H(X(p.Kayak,'half'))===@@B&&H(X(p,'Canadian','Kayak'))===@@C&&st.deposit===25&&H(X(st,'prices','deposit'))===@@D&&s.boats.length===22&&n.id==='BT-22'&&/^canoe 13$/i.test(n.name.trim())&&n.type==='Canadian'&&/discovery 169/i.test(n.model)&&n.status==='Available'&&H(s.boats.slice(0,21))===@@E&&H([s.bookings,s.trips])===@@F",
 dict(A="X(s.settings.prices.Canadian,'full')", B="X(s.settings.prices.Kayak,'half')", C="X(s.settings.prices,'Canadian','Kayak')", D="X(s.settings,'prices','deposit')", E="s.boats.slice(0,21)", F="[s.bookings,s.trips]"))


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
    (WEB / "blind29_tasks.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
