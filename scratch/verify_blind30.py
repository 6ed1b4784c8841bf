"""Verify blind30: for every task the check is false on a fresh page, true after a hand-written UI
solution (clicks and typing through the UI, never setting state), and no console errors or page errors.
Pages are served from a local http.server on 127.0.0.1; one Chromium at a time."""
import os, functools, http.server, json, pathlib, shutil, sys, threading
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1] / 'scenarios/apps/web'
TASKS = json.loads((ROOT / 'blind30_tasks.json').read_text())
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def dlg(pg):
    return pg.get_by_role('dialog')


def menu(pg, actions_label, item):
    pg.get_by_role('button', name=actions_label, exact=True).click()
    pg.get_by_role('menuitem', name=item, exact=True).click()


def nav(pg, name):
    pg.locator('#nav').get_by_role('button', name=name, exact=True).click()


def bulk(pg, name):
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name=name, exact=True).click()


# ---------------- pianohire ----------------
def ph1(pg):
    pg.get_by_role('button', name='+ New hire').click()
    d = dlg(pg)
    d.get_by_label('Customer name').fill('Gemma Pryce (The Crown Hotel)')
    d.get_by_label('Phone').fill('01423 555716')
    d.get_by_role('tab', name='Piano & dates').click()
    d.get_by_label('Piano', exact=True).select_option('PN-07')
    d.get_by_label('Address or venue').fill('The Crown Hotel ballroom, Knaresborough')
    d.get_by_label('Delivery date').fill('2025-04-25')
    d.get_by_label('Collection date (events)').fill('2025-04-28')
    d.get_by_label('Tune it on site after delivery').check()
    d.get_by_role('button', name='Book hire').click()

def ph2(pg):
    menu(pg, 'Actions for PH-3101 (Mrs Jean Whitaker)', 'Record collection…')
    d = dlg(pg)
    d.get_by_label('Condition on return').select_option('Good')
    d.get_by_role('button', name='Save collection').click()
    menu(pg, 'Actions for PH-3102 (Mr Kwame Osei)', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Method').select_option('Bank transfer')
    d.get_by_role('button', name='Record payment').click()

def ph3(pg):
    nav(pg, 'Tuning visits')
    pg.get_by_label('Tuner', exact=True).select_option('AK')
    pg.get_by_label('To', exact=True).fill('2025-04-19')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select TV-506 (Royal Hall, Thu 17 Apr)').uncheck()
    bulk(pg, 'Change tuner…')
    d = dlg(pg)
    d.get_by_label('Give them to').select_option('KD')
    d.get_by_role('button', name='Change tuner').click()

def ph4(pg):
    nav(pg, 'Pianos & prices')
    pg.get_by_label('Delivery & collection (£)').fill('105')
    pg.get_by_label('Tuning call-out (£)').fill('80')
    pg.get_by_role('button', name='Save charges').click()
    pg.get_by_role('button', name='+ Add piano').click()
    d = dlg(pg)
    d.get_by_label('Make and model').fill('Yamaha GB1 baby grand')
    d.get_by_label('Type').select_option('Baby grand')
    d.get_by_label('Finish').select_option('Black')
    d.get_by_label('Event hire (£)').fill('420')
    d.get_by_role('button', name='Add piano').click()

# ---------------- beachhuts ----------------
def bh1(pg):
    nav(pg, 'Holiday lets')
    pg.get_by_role('button', name='+ New let').click()
    d = dlg(pg)
    d.get_by_label('Guest name').fill('Mr Colin Harte')
    d.get_by_label('Phone').fill('07700 900452')
    d.get_by_label('First Saturday').fill('2025-05-24')
    d.get_by_label('Number of weeks').fill('2')
    d.get_by_label('Hut', exact=True).select_option('HUT-11')
    d.get_by_label('Paid in full now').check()
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Book let').click()

def bh2(pg):
    menu(pg, 'Actions for hut 30 (Mrs Margaret Pickering)', 'End licence…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Given up')
    d.get_by_role('button', name='End licence').click()
    nav(pg, 'Waiting list')
    menu(pg, 'Actions for Mr & Mrs Dunstan (joined 8 Mar 2020)', 'Offer a hut…')
    d = dlg(pg)
    d.get_by_label('Hut to offer').select_option('HUT-30')
    d.get_by_role('button', name='Send offer').click()

def bh3(pg):
    nav(pg, 'Huts')
    pg.get_by_label('Row', exact=True).select_option('Upper terrace')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select hut 28 (Upper terrace)').uncheck()
    bulk(pg, 'Close huts…')
    d = dlg(pg)
    d.get_by_label('Closed until').fill('2025-06-06')
    d.get_by_label('Reason').select_option('Cliff safety')
    d.get_by_role('button', name='Close huts').click()

def bh4(pg):
    nav(pg, 'Charges & settings')
    pg.get_by_label('Promenade, standard hut (£ a year)').fill('585')
    pg.get_by_label('August weeks (£)').fill('195')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Huts')
    pg.get_by_role('button', name='+ Add hut').click()
    d = dlg(pg)
    d.get_by_label('Hut number').fill('37')
    d.get_by_label('Row').select_option('Spa Gardens')
    d.get_by_label('Large').check()
    d.get_by_label('Use').select_option('Council let')
    d.get_by_role('button', name='Add hut').click()

# ---------------- pitchhire ----------------
def pt1(pg):
    pg.get_by_role('button', name='+ New booking').click()
    d = dlg(pg)
    d.get_by_label('Name (if not a club)').fill('Mr Dev Sharma')
    d.get_by_label('Phone (if not a club)').fill('07700 900219')
    d.get_by_label('Pitch', exact=True).select_option('PT-7')
    d.get_by_label('Date', exact=True).fill('2025-04-26')
    d.get_by_label('From', exact=True).select_option('10:00')
    d.get_by_label('To', exact=True).select_option('14:00')
    d.get_by_label('Use', exact=True).select_option('Tournament')
    d.get_by_label('Changing rooms').check()
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Book pitch').click()

def pt2(pg):
    menu(pg, 'Actions for BK-7003 (Riverside Rovers Juniors, Wed 16 Apr 18:00)', 'Cancel booking…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Pitch unfit')
    d.get_by_label('Charge the late-cancellation fee (£11.25)').uncheck()
    d.get_by_role('button', name='Cancel booking').click()
    menu(pg, 'Actions for BK-7011 (Wetherby Vets FC, Sun 20 Apr 10:30)', 'Edit booking…')
    d = dlg(pg)
    d.get_by_label('Pitch', exact=True).select_option('PT-4')
    d.get_by_role('button', name='Save booking').click()

def pt3(pg):
    pg.get_by_label('Pitch', exact=True).select_option('PT-1')
    pg.get_by_label('From', exact=True).fill('2025-05-01')
    pg.get_by_label('To', exact=True).fill('2025-05-31')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select BK-7028 (Linton Lions Ladies, Sat 17 May 14:00)').uncheck()
    bulk(pg, 'Move to pitch…')
    d = dlg(pg)
    d.get_by_label('Move to').select_option('PT-2')
    d.get_by_role('button', name='Move bookings').click()

def pt4(pg):
    nav(pg, 'Pitches & charges')
    pg.get_by_label('Floodlights (£ an hour)').fill('18')
    pg.get_by_label('Junior discount (%)').fill('40')
    pg.get_by_role('button', name='Save charges').click()
    pg.get_by_role('button', name='Edit Small-sided 3G (5-a-side)').click()
    d = dlg(pg)
    d.get_by_label('Hire (£ an hour)').fill('50')
    d.get_by_role('button', name='Save pitch').click()
    pg.get_by_role('button', name='Edit Cricket square').click()
    d = dlg(pg)
    d.get_by_label('Season opens').fill('2025-05-03')
    d.get_by_role('button', name='Save pitch').click()

# ---------------- copierdesk ----------------
def cd1(pg):
    pg.get_by_role('button', name='+ New call').click()
    d = dlg(pg)
    d.get_by_label('Customer', exact=True).select_option('CU-01')
    d.get_by_label('Machine', exact=True).select_option('MC-101')
    d.get_by_label('Fault', exact=True).select_option('Error code')
    d.get_by_label('Error code shown').fill('E000007')
    d.get_by_label('Priority').select_option('Urgent')
    d.get_by_label('Engineer').select_option('SP')
    d.get_by_label('Visit date').fill('2025-04-11')
    d.get_by_label('Visit slot').select_option('AM')
    d.get_by_role('button', name='Log call').click()

def cd2(pg):
    menu(pg, 'Actions for SC-4402 (Otley Library, Kyocera TASKalfa 3554ci)', 'Record fix…')
    d = dlg(pg)
    d.get_by_label('Time on site (hours)').fill('1.5')
    d.get_by_label('Part used 1').select_option('PA-01')
    d.get_by_role('button', name='Save fix').click()
    menu(pg, 'Actions for SC-4403 (Addingham Primary School, Ricoh IM C3000)', 'Awaiting parts…')
    d = dlg(pg)
    d.get_by_label('Part needed').select_option('PA-02')
    d.get_by_role('button', name='Save').click()

def cd3(pg):
    pg.get_by_label('Engineer', exact=True).select_option('MW')
    pg.get_by_label('Priority', exact=True).select_option('Urgent')
    pg.get_by_label('Visit to', exact=True).fill('2025-04-11')
    pg.get_by_label('Select all shown').check()
    bulk(pg, 'Change engineer…')
    d = dlg(pg)
    d.get_by_label('Give them to').select_option('GH')
    d.get_by_role('button', name='Change engineer').click()

def cd4(pg):
    nav(pg, 'Settings')
    pg.get_by_label('Labour (£ an hour)').fill('68')
    pg.get_by_label('Call-out fee, no contract (£)').fill('55')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Parts')
    pg.get_by_role('button', name='+ Add part').click()
    d = dlg(pg)
    d.get_by_label('Part name').fill('Toner TK-5280C cyan')
    d.get_by_label('Price (£)').fill('89')
    d.get_by_label('In stock').fill('6')
    d.get_by_role('button', name='Add part').click()

# ---------------- charityshop ----------------
def cs1(pg):
    nav(pg, 'Furniture collections')
    pg.get_by_role('button', name='+ Book collection').click()
    d = dlg(pg)
    d.get_by_label("Donor's name").fill('Mrs Ann Foster')
    d.get_by_label('Phone').fill('01765 555291')
    d.get_by_label('Address').fill('3 Kirkby Road, Ripon')
    d.get_by_label('Sofa', exact=True).check()
    d.get_by_label('Dresser', exact=True).check()
    d.get_by_label('Sofas and armchairs have their fire labels').check()
    d.get_by_label('Collection day').fill('2025-04-17')
    d.get_by_label('Morning or afternoon').select_option('AM')
    d.get_by_role('button', name='Book collection').click()

def cs2(pg):
    menu(pg, 'Actions for Tue 15 Apr afternoon, Till (Margaret Pye)', 'Change volunteer…')
    d = dlg(pg)
    d.get_by_label('Volunteer').select_option('VL-02')
    d.get_by_role('button', name='Save shift').click()
    nav(pg, 'Volunteers')
    menu(pg, 'Actions for Joyce Abbott', 'Mark as left…')
    dlg(pg).get_by_role('button', name='Mark as left').click()

def cs3(pg):
    nav(pg, 'Donations')
    pg.get_by_label('Came in up to').fill('2025-04-09')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select DN-5003 (Ripon Clearances, Tue 8 Apr)').uncheck()
    pg.get_by_label('Select DN-5007 (Ripon Clearances, Wed 9 Apr)').uncheck()
    bulk(pg, 'Mark sorted')
    pg.get_by_label('Select all shown').check()
    bulk(pg, 'Mark ragged')

def cs4(pg):
    nav(pg, 'Shop settings')
    pg.get_by_label('Opens at (Mon–Sat)').fill('09:30')
    pg.get_by_label('Open on Sundays').uncheck()
    pg.get_by_label('Rag merchant pays (£ a kilo)').fill('0.45')
    pg.get_by_label('Van collects on Wednesdays').check()
    pg.get_by_role('button', name='Save settings').click()

# ---------------- livestockmart ----------------
def lm1(pg):
    pg.get_by_role('button', name='+ New entry').click()
    d = dlg(pg)
    d.get_by_label('Sale', exact=True).select_option('SA-43')
    d.get_by_label('Vendor', exact=True).select_option('VN-101')
    d.get_by_label('Class', exact=True).select_option('Shearling ewes')
    d.get_by_label('Breed', exact=True).fill('Swaledale')
    d.get_by_label('Number of head').fill('45')
    d.get_by_label('Reserve (£ a head)').fill('150')
    d.get_by_role('button', name='Enter lot').click()

def lm2(pg):
    menu(pg, 'Actions for lot 6 (George Harker)', 'Record sale…')
    d = dlg(pg)
    d.get_by_label('Buyer').select_option('BY-01')
    d.get_by_label('Price (£ a head)').fill('1180')
    d.get_by_role('button', name='Record sale').click()
    menu(pg, 'Actions for lot 7 (John Metcalfe)', 'Mark unsold')

def lm3(pg):
    pg.get_by_label('Sale', exact=True).select_option('SA-45')
    pg.get_by_label('Parish', exact=True).select_option('Kirkby Malzeard')
    pg.get_by_label('Status', exact=True).select_option('Entered')
    pg.get_by_label('Select all shown').check()
    bulk(pg, 'Withdraw…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Movement restrictions')
    d.get_by_role('button', name='Withdraw').click()

def lm4(pg):
    nav(pg, 'Charges')
    pg.get_by_label('Sheep commission (%)').fill('4')
    pg.get_by_role('button', name='Save charges').click()
    nav(pg, 'Sales')
    pg.get_by_role('button', name='+ New sale').click()
    d = dlg(pg)
    d.get_by_label('Sale name').fill('Pedigree Beef Shorthorn bulls')
    d.get_by_label('Sale date').fill('2025-05-10')
    d.get_by_label('Livestock').select_option('Cattle')
    d.get_by_label('Auctioneer').select_option('RT')
    d.get_by_role('button', name='Add sale').click()


SOLUTIONS = [ph1, ph2, ph3, ph4, bh1, bh2, bh3, bh4, pt1, pt2, pt3, pt4, cd1, cd2, cd3, cd4, cs1, cs2, cs3, cs4, lm1, lm2, lm3, lm4]


def serve():
    class Q(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Q, directory=str(ROOT)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def main():
    assert len(TASKS) == len(SOLUTIONS), (len(TASKS), len(SOLUTIONS))
    assert len(TASKS) == 24 or os.environ.get('PARTIAL')
    only = set(int(a) for a in sys.argv[1:])
    srv = serve()
    base = f"http://127.0.0.1:{srv.server_address[1]}/"
    ok = 0
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        for i, (t, sol) in enumerate(zip(TASKS, SOLUTIONS)):
            if only and i not in only:
                continue
            ctx = b.new_context(viewport={"width": 1280, "height": 720})
            pg = ctx.new_page()
            pg.set_default_timeout(5000)
            errs = []
            pg.on("console", lambda m: errs.append(m.text) if m.type == "error" else None)
            pg.on("pageerror", lambda e: errs.append(str(e)))
            pg.goto(base + t['page'])
            pg.wait_for_load_state('load')
            before = pg.evaluate(t['check'])
            err = None
            try:
                sol(pg)
                pg.wait_for_timeout(200)
                after = pg.evaluate(t['check'])
            except Exception as e:
                after, err = None, e
            good = before is False and after is True and not errs
            ok += good
            print(f"[{i:2}] {'PASS' if good else 'FAIL'} {t['page']:26} before={before} after={after} errs={errs} {str(err or '')[:300]}")
            ctx.close()
        b.close()
    srv.shutdown()
    n = len(only) if only else len(TASKS)
    print(f"{ok}/{n} verified")
    sys.exit(0 if ok == n else 1)


if __name__ == '__main__':
    main()
