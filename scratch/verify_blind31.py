"""Verify blind31: for every task the check is false on a fresh page, true after a hand-written UI
solution (clicks and typing through the UI, never setting state), and no console errors or page errors.
Pages are served from a local http.server on 127.0.0.1; one Chromium at a time."""
import os, functools, http.server, json, pathlib, shutil, sys, threading
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1] / 'scenarios/apps/web'
TASKS = json.loads((ROOT / 'blind31_tasks.json').read_text())
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


# ---------------- belltower ----------------
def bt1(pg):
    pg.get_by_role('button', name='+ New booking').click()
    d = dlg(pg)
    d.get_by_label('Kind of ringing').select_option('Wedding')
    d.get_by_label('Couple or family name').fill('Chloe Barker')
    d.get_by_label('Contact phone').fill('07700 900514')
    d.get_by_label('Date', exact=True).fill('2025-06-14')
    d.get_by_label('Ringing starts').fill('12:30')
    d.get_by_label('Ring for').select_option('60')
    d.get_by_label('Bells').select_option('8')
    d.get_by_role('button', name='Add to diary').click()

def bt2(pg):
    menu(pg, 'Actions for Sunday service, Sun 4 May', 'Mark rung')
    pg.get_by_label('Status', exact=True).select_option('Rung')
    menu(pg, 'Actions for Wedding — Hendersons (Amy & Rob), Sat 3 May', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Cheque')
    d.get_by_role('button', name='Record payment').click()

def bt3(pg):
    nav(pg, 'Ringers')
    pg.get_by_label('Band', exact=True).select_option('Sunday band')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Derek Firth').uncheck()
    bulk(pg, 'Mark subs paid')

def bt4(pg):
    nav(pg, 'Tower settings')
    pg.get_by_label('Wedding fee, up to 45 minutes (£)').fill('200')
    pg.get_by_label('Annual subs (£)').fill('25')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Ringers')
    pg.get_by_role('button', name='+ Add ringer').click()
    d = dlg(pg)
    d.get_by_label('Full name').fill('Priya Shah')
    d.get_by_label('Phone').fill('07700 900377')
    d.get_by_label('Band').select_option('Practice only')
    d.get_by_role('button', name='Add ringer', exact=True).click()

# ---------------- cyclerepair ----------------
def cr1(pg):
    pg.get_by_role('button', name='+ Book in a bike').click()
    d = dlg(pg)
    d.get_by_label('Customer name').fill('Ruth Okafor')
    d.get_by_label('Phone').fill('07700 900613')
    d.get_by_label('Bike (make and model)').fill('Brompton')
    d.get_by_label('Work needed').select_option('Puncture repair')
    d.get_by_label('Mechanic').select_option('SA')
    d.get_by_label('Due back').fill('2025-06-12')
    d.get_by_role('button', name='Book in', exact=True).click()

def cr2(pg):
    menu(pg, 'Actions for WJ-5101 (Mr Alan Hale, Trek FX 3 hybrid)', 'Collected…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Mark collected').click()
    menu(pg, 'Actions for WJ-5102 (Mrs Joan Ince, Raleigh Pioneer (step-through))', 'Parts arrived')

def cr3(pg):
    pg.get_by_label('Status', exact=True).select_option('Waiting parts')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select WJ-5103 (Dr Neil Lister, Cube Kathmandu Hybrid (e-bike))').uncheck()
    bulk(pg, 'Change due date…')
    d = dlg(pg)
    d.get_by_label('New due date').fill('2025-06-17')
    d.get_by_role('button', name='Change due date').click()

def cr4(pg):
    nav(pg, 'Prices & settings')
    pg.get_by_label('Full service (£)').fill('105')
    pg.get_by_label('Basic service (£)').fill('50')
    pg.get_by_role('button', name='Save prices').click()
    nav(pg, 'Parts')
    pg.get_by_role('button', name='+ Add part').click()
    d = dlg(pg)
    d.get_by_label('Part name').fill('Continental Gatorskin 700×25c tyre')
    d.get_by_label('Price (£)').fill('42')
    d.get_by_label('In stock').fill('8')
    d.get_by_role('button', name='Add part').click()

# ---------------- vegbox ----------------
def vb1(pg):
    pg.get_by_role('button', name='+ New subscriber').click()
    d = dlg(pg)
    d.get_by_label('Name', exact=True).fill('Mrs Hannah Cole')
    d.get_by_label('Phone').fill('01943 555027')
    d.get_by_label('Address').fill('14 Mill Lane, Pool-in-Wharfedale')
    d.get_by_label('Round').select_option('R1')
    d.get_by_label('Box', exact=True).select_option('Medium veg')
    d.get_by_label('Every other week (fortnightly)').check()
    d.get_by_label('Half a dozen free-range eggs (£3.20)').check()
    d.get_by_label('First delivery').fill('2025-03-25')
    d.get_by_role('button', name='Add subscriber').click()

def vb2(pg):
    menu(pg, 'Actions for Mr & Mrs Patel', 'Pause deliveries…')
    d = dlg(pg)
    d.get_by_label('First delivery back').fill('2025-04-15')
    d.get_by_role('button', name='Pause deliveries').click()
    menu(pg, 'Actions for Mr Arthur Green', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Cash')
    d.get_by_role('button', name='Record payment').click()

def vb3(pg):
    pg.get_by_label('Round', exact=True).select_option('R2')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Mrs Margaret Airey').uncheck()
    bulk(pg, 'Skip a delivery…')
    d = dlg(pg)
    d.get_by_label('Skip the delivery on').fill('2025-03-20')
    d.get_by_role('button', name='Skip delivery').click()

def vb4(pg):
    nav(pg, 'Boxes & extras')
    pg.get_by_label('Large veg box (£)').fill('27')
    pg.get_by_label('Fruit box (£)').fill('13.50')
    pg.get_by_role('button', name='Save prices').click()
    pg.get_by_role('button', name='+ Add extra').click()
    d = dlg(pg)
    d.get_by_label('Extra', exact=True).fill('Sourdough loaf (Moorside Bakery)')
    d.get_by_label('Price (£)').fill('4.20')
    d.get_by_role('button', name='Add extra').click()

# ---------------- bouncyhire ----------------
def bh1(pg):
    pg.get_by_role('button', name='+ New booking').click()
    d = dlg(pg)
    d.get_by_label('Customer name').fill('Kerry Dawson')
    d.get_by_label('Phone').fill('07700 900788')
    d.get_by_label('Party address').fill('22 Fern Avenue, Baildon')
    d.get_by_label('Party date').fill('2025-05-17')
    d.get_by_label('Jungle Jamboree castle (£85.00)').check()
    d.get_by_label('Toddler soft-play set (£60.00)').check()
    d.get_by_label('Deposit taken now').check()
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Book it').click()

def bh2(pg):
    menu(pg, 'Actions for Saltaire Methodist Church (Rev. Jo Platt), Sat 3 May', 'Record return…')
    d = dlg(pg)
    d.get_by_label('Pirate Ship castle needs repair').check()
    d.get_by_role('button', name='Save return').click()
    menu(pg, 'Actions for Mrs Claire Mercer, Sat 10 May', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Bank transfer')
    d.get_by_role('button', name='Record payment').click()

def bh3(pg):
    nav(pg, 'Kit & charges')
    pg.get_by_label('Kind', exact=True).select_option('Bouncy castle')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Disco Dome').uncheck()
    bulk(pg, 'Record safety test…')
    d = dlg(pg)
    d.get_by_label('Passed on').fill('2025-05-05')
    d.get_by_role('button', name='Save test').click()

def bh4(pg):
    nav(pg, 'Kit & charges')
    pg.get_by_label('Deposit (%)').fill('30')
    pg.get_by_role('button', name='Save charges').click()
    pg.get_by_role('button', name='+ Add kit').click()
    d = dlg(pg)
    d.get_by_label('Name').fill('Unicorn castle')
    d.get_by_label('Kind').select_option('Bouncy castle')
    d.get_by_label('Size').fill('12×15 ft')
    d.get_by_label('Price per day (£)').fill('95')
    d.get_by_label('OK to use indoors').check()
    d.get_by_role('button', name='Add kit').click()

# ---------------- barbershop ----------------
def bb1(pg):
    pg.get_by_role('button', name='+ New appointment').click()
    d = dlg(pg)
    d.get_by_label('Client name').fill('Jamal Reid')
    d.get_by_label('Mobile').fill('07700 900651')
    d.get_by_label('Day').fill('2025-09-13')
    d.get_by_label('Time').select_option('14:15')
    d.get_by_label('Barber').select_option('DV')
    d.get_by_label('Service').select_option('SV-04')
    d.get_by_role('button', name='Book appointment').click()

def bb2(pg):
    menu(pg, 'Actions for Connor Walsh, Fri 12 Sep 10am', 'No-show…')
    d = dlg(pg)
    d.get_by_label('Charge the £10.00 no-show fee').check()
    d.get_by_role('button', name='Mark no-show').click()
    menu(pg, 'Actions for Aaron Bibby, Fri 12 Sep 11:30am', 'Done & paid…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Cash')
    d.get_by_role('button', name='Save').click()

def bb3(pg):
    pg.get_by_role('button', name='Next day').click()
    pg.get_by_label('Barber', exact=True).select_option('LU')
    pg.get_by_label('Status', exact=True).select_option('Booked')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Alfie Booth, Sat 13 Sep 9:30am').uncheck()
    bulk(pg, 'Move to barber…')
    d = dlg(pg)
    d.get_by_label('Move them to').select_option('JO')
    d.get_by_role('button', name='Move', exact=True).click()

def bb4(pg):
    nav(pg, 'Services & prices')
    pg.get_by_label('Price of Gents cut (£)').fill('18')
    pg.get_by_label('Price of Kids cut (under 12) (£)').fill('13')
    pg.get_by_role('button', name='Save prices').click()
    pg.get_by_role('button', name='+ Add service').click()
    d = dlg(pg)
    d.get_by_label('Service name').fill('Hot towel shave')
    d.get_by_label('Takes').select_option('30')
    d.get_by_label('Price (£)').fill('22')
    d.get_by_role('button', name='Add service').click()

# ---------------- archery ----------------
def ar1(pg):
    nav(pg, 'Have-a-go sessions')
    pg.get_by_role('button', name='+ New session').click()
    d = dlg(pg)
    d.get_by_label('Group or occasion').fill('Hen party')
    d.get_by_label('Contact name').fill('Jess Moran')
    d.get_by_label('Contact phone').fill('07700 900345')
    d.get_by_label('Date').fill('2025-05-17')
    d.get_by_label('Start').select_option('14:00')
    d.get_by_label('Number of people').fill('8')
    d.get_by_label('Coach').select_option('GW')
    d.get_by_role('button', name='Book session').click()

def ar2(pg):
    nav(pg, 'Loan kit')
    menu(pg, 'Actions for LK-03 Junior recurve 54in, 18lb', 'Returned…')
    d = dlg(pg)
    d.get_by_label('Condition').select_option('ok')
    d.get_by_role('button', name='Save return').click()
    nav(pg, 'Members')
    menu(pg, 'Actions for Peter Lumb', 'Renew membership…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Renew').click()

def ar3(pg):
    pg.get_by_label('Course', exact=True).select_option('Spring 2025')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Ben Cartwright').uncheck()
    bulk(pg, 'Make full members…')
    dlg(pg).get_by_role('button', name='Make members').click()

def ar4(pg):
    nav(pg, 'Club settings')
    pg.get_by_label('Adult (£)').fill('95')
    pg.get_by_label('Junior (£)').fill('40')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Loan kit')
    pg.get_by_role('button', name='+ Add kit').click()
    d = dlg(pg)
    d.get_by_label('Item').fill('Samick Sage recurve')
    d.get_by_label('Type').select_option('Bow')
    d.get_by_label('Size / draw weight').fill('62in, 26lb')
    d.get_by_role('button', name='Add kit').click()


SOLUTIONS = [bt1, bt2, bt3, bt4, cr1, cr2, cr3, cr4, vb1, vb2, vb3, vb4, bh1, bh2, bh3, bh4, bb1, bb2, bb3, bb4, ar1, ar2, ar3, ar4]


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
