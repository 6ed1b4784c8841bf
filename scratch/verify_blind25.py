"""Verify blind25: for every task the check is false on a fresh page, true after a hand-written UI
solution (clicks and typing through the UI, never setting state), and no console errors or page errors.
Pages are served from a local http.server on 127.0.0.1; one Chromium at a time."""
import os, functools, http.server, json, pathlib, shutil, sys, threading
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1] / 'scenarios/apps/web'
TASKS = json.loads((ROOT / 'blind25_tasks.json').read_text())
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def dlg(pg):
    return pg.get_by_role('dialog')


def menu(pg, actions_label, item):
    pg.get_by_role('button', name=actions_label, exact=True).click()
    pg.get_by_role('menuitem', name=item, exact=True).click()


def nav(pg, name):
    pg.locator('#nav').get_by_role('button', name=name, exact=True).click()


# ---------------- shearing ----------------
def sh1(pg):
    nav(pg, 'Farms')
    pg.get_by_role('button', name='+ Add farm').click()
    d = dlg(pg)
    d.get_by_label('Farm name').fill('Pant-y-Ddraenen')
    d.get_by_label('Farmer', exact=True).fill('Dai Bevan')
    d.get_by_label('Phone').fill('07700 900871')
    d.get_by_label('Village').fill('Painscastle')
    d.get_by_label('Postcode').fill('LD2 3JU')
    d.get_by_role('tab', name='Flock').click()
    d.get_by_label('Breed').select_option('Welsh Mountain')
    d.get_by_label('Ewes', exact=True).fill('380')
    d.get_by_label('Rams', exact=True).fill('5')
    d.get_by_label('Needs our trailer').check()
    d.get_by_role('tab', name='Billing').click()
    d.get_by_label('On the day').check()
    d.get_by_label('Usual gang').select_option('B')
    d.get_by_role('button', name='Save farm').click()
    menu(pg, 'Actions for Pant-y-Ddraenen', 'Book shearing…')
    d = dlg(pg)
    d.get_by_label('Date').fill('2025-06-16')
    d.get_by_role('button', name='Book job').click()

def sh2(pg):
    menu(pg, 'Actions for SJ-5111', 'Record tally…')
    d = dlg(pg)
    d.get_by_label('Ewes shorn').fill('612')
    d.get_by_label('Rams shorn').fill('9')
    d.get_by_label('Payment method').select_option('Cash')
    d.get_by_role('button', name='Save tally').click()

def sh3(pg):
    pg.get_by_label('From', exact=True).fill('2025-06-05')
    pg.get_by_label('To', exact=True).fill('2025-06-06')
    pg.get_by_label('Service', exact=True).select_option('Full shear')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select SJ-5115 (Llwyn Onn)').uncheck()
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name='Postpone…').click()
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Weather')
    d.get_by_role('button', name='Postpone', exact=True).click()

def sh4(pg):
    nav(pg, 'Rates & settings')
    pg.get_by_label('Per ewe — full shear (£)').fill('2')
    pg.get_by_label('Per ram (£)').fill('4')
    pg.get_by_label('Minimum charge per visit (£)').fill('150')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Gangs')
    pg.get_by_role('region', name='C gang').get_by_role('button', name='Edit gang…').click()
    d = dlg(pg)
    d.get_by_label('Owain Jenkins').uncheck()
    d.get_by_label('Sion Lloyd').check()
    d.get_by_role('button', name='Save gang').click()

# ---------------- balloonflights ----------------
def bf1(pg):
    menu(pg, 'Actions for FL-309', 'Cancel flight…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Weather')
    d.get_by_role('button', name='Cancel flight', exact=True).click()
    nav(pg, 'Vouchers & passengers')
    for q, bid in [('Ashworth', 'SKY-4102'), ('Menon', 'SKY-4103')]:
        pg.get_by_label('Search vouchers').fill(q)
        menu(pg, 'Actions for ' + bid, 'Book onto flight…')
        d = dlg(pg)
        d.get_by_label('Flight').select_option('FL-315')
        d.get_by_role('button', name='Book', exact=True).click()

def bf2(pg):
    nav(pg, 'Vouchers & passengers')
    pg.get_by_role('button', name='+ Sell voucher').click()
    d = dlg(pg)
    d.get_by_label("Purchaser's name").fill('Anita Gupta')
    d.get_by_label('Phone').fill('07700 900456')
    d.get_by_role('textbox', name='Email').fill('anita.gupta@example.com')
    d.get_by_label('Anytime (£189.00 pp)').check()
    d.get_by_label('Number of passengers').fill('2')
    d.get_by_label('Occasion').select_option('Birthday')
    d.get_by_label('Post (+£4.50)').check()
    d.get_by_label('Postal address').fill('7 Orchard Close\nMalton\nYO17 7HG')
    d.get_by_label('Payment method').select_option('Card')
    d.get_by_role('button', name='Sell voucher').click()

def bf3(pg):
    nav(pg, 'Vouchers & passengers')
    pg.get_by_label('Search vouchers').fill('Marsh')
    pg.get_by_role('button', name='Kevin Marsh').click()
    pg.get_by_label('Phone').fill('07700 900391')
    pg.get_by_role('button', name='Save details').click()
    pg.get_by_role('tab', name='Passengers').click()
    pg.get_by_label('Passenger 1 weight (kg)').fill('92')
    pg.get_by_label('Passenger 2 name').fill('Sue')
    pg.get_by_label('Passenger 2 weight (kg)').fill('64')
    pg.get_by_role('button', name='Save passengers').click()
    pg.get_by_role('tab', name='Voucher').click()
    pg.get_by_role('button', name='Extend voucher…').click()
    d = dlg(pg)
    d.get_by_label('Extend by').select_option('6')
    d.get_by_label('Waive the extension fee (£30.00)').check()
    d.get_by_role('button', name='Extend', exact=True).click()

def bf4(pg):
    nav(pg, 'Settings')
    pg.get_by_label('Offer Thirsk').uncheck()
    pg.get_by_role('button', name='+ Add launch site').click()
    d = dlg(pg)
    d.get_by_label('Site name').fill('Coxwold')
    d.get_by_label('Meet point').fill('Village hall car park')
    d.get_by_role('button', name='Add site').click()
    pg.get_by_label('Anytime ticket (£ per person)').fill('199')
    pg.get_by_label('Extension fee (£)').fill('35')
    pg.get_by_role('button', name='Save prices').click()

# ---------------- tattoostudio ----------------
def tt1(pg):
    pg.get_by_role('button', name='+ New appointment').click()
    d = dlg(pg)
    d.get_by_label('New client').check()
    d.get_by_label('Full name').fill('Freya Lindqvist')
    d.get_by_label('Date of birth').fill('2000-08-14')
    d.get_by_label('Phone').fill('07700 900623')
    d.get_by_label('Email').fill('freya.l@example.com')
    d.get_by_label('Allergies').fill('Latex')
    d.get_by_label('Artist').select_option('AR-1')
    d.get_by_label('Date', exact=True).fill('2025-03-27')
    d.get_by_label('Start').select_option('11:00')
    d.get_by_label('Length (hours)').select_option('3')
    d.get_by_label('Design').fill('Fine-line botanical')
    d.get_by_label('Placement').fill('Left forearm')
    d.get_by_label('Deposit paid by').select_option('Card')
    d.get_by_role('button', name='Book appointment').click()

def tt2(pg):
    menu(pg, 'Actions for AP-7011', 'Complete & take payment…')
    d = dlg(pg)
    d.get_by_label('Hours worked').fill('4')
    d.get_by_label('Tip (£)').fill('20')
    d.get_by_label('Balance paid by').select_option('Card')
    d.get_by_role('button', name='Complete', exact=True).click()

def tt3(pg):
    pg.get_by_label('From', exact=True).fill('2025-03-21')
    pg.get_by_label('To', exact=True).fill('2025-03-22')
    pg.get_by_label('Artist', exact=True).select_option('AR-3')
    pg.get_by_label('Type', exact=True).select_option('Tattoo')
    pg.get_by_label('Select all shown').check()
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name='Reassign artist…').click()
    d = dlg(pg)
    d.get_by_label('New artist').select_option('AR-4')
    d.get_by_role('button', name='Reassign', exact=True).click()
    pg.get_by_label('Type', exact=True).select_option('All')
    menu(pg, 'Actions for AP-7023', 'Cancel appointment…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Artist unwell')
    d.get_by_label('Refund the deposit').check()
    d.get_by_role('button', name='Cancel appointment', exact=True).click()

def tt4(pg):
    nav(pg, 'Artists')
    pg.get_by_role('button', name='Dom Keller').click()
    pg.get_by_role('tab', name='Rates & days').click()
    pg.get_by_label('Hourly rate (£)').fill('110')
    pg.get_by_label('Monday').uncheck()
    pg.get_by_role('button', name='Save artist').click()
    nav(pg, 'Studio settings')
    pg.get_by_label('Tattoo deposit (£)').fill('60')
    pg.get_by_role('button', name='Save settings').click()

# ---------------- calibrationlab ----------------
def cl1(pg):
    pg.get_by_role('button', name='+ Book in instruments').click()
    d = dlg(pg)
    d.get_by_label('Customer', exact=True).select_option('CU-01')
    for i in ['IN-1003', 'IN-1004', 'IN-1005']:
        d.get_by_label(i + ' ·').check()
    d.get_by_label('UKAS accredited').check()
    d.get_by_label('Express (3 working days, +50%)').check()
    d.get_by_label('Customer PO').fill('PO-44718')
    d.get_by_role('button', name='Book in', exact=True).click()

def cl2(pg):
    menu(pg, 'Actions for CJ-5511', 'Record result…')
    d = dlg(pg)
    d.get_by_label('Adjusted, then passed').check()
    d.get_by_label('As-found notes').fill('Reading 0.4% high at 10 bar as found; adjusted, now within spec.')
    d.get_by_role('button', name='Save result').click()

def cl3(pg):
    pg.get_by_label('Customer', exact=True).select_option('CU-02')
    pg.get_by_label('Status', exact=True).select_option('Ready to return')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select CJ-5507 (Digital multimeter, Fluke 87V)').uncheck()
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name='Return to customer…').click()
    d = dlg(pg)
    d.get_by_label('Courier').check()
    d.get_by_role('button', name='Mark returned').click()

def cl4(pg):
    nav(pg, 'Instruments')
    pg.get_by_label('Customer', exact=True).select_option('CU-01')
    menu(pg, 'Actions for IN-1001', 'Edit instrument…')
    d = dlg(pg)
    d.get_by_label('Serial number').fill('21038817')
    d.get_by_role('tab', name='Calibration').click()
    d.get_by_label('Calibration interval').select_option('6')
    d.get_by_role('button', name='Save instrument').click()
    menu(pg, 'Actions for IN-1006', 'Retire…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Scrapped')
    d.get_by_role('button', name='Retire instrument').click()

# ---------------- firewood ----------------
def fw1(pg):
    pg.get_by_role('button', name='+ New order').click()
    d = dlg(pg)
    d.get_by_label('New customer').check()
    d.get_by_label('Name', exact=True).fill('Jean Tilly')
    d.get_by_label('Address').fill('Low Barn')
    d.get_by_label('Village').select_option('Kettlewell')
    d.get_by_label('Postcode').fill('BD23 5QZ')
    d.get_by_label('Phone').fill('01756 555318')
    d.get_by_label('Product, line 1').select_option('P-01')
    d.get_by_label('Quantity, line 1').fill('2')
    d.get_by_role('button', name='+ Add line').click()
    d.get_by_label('Product, line 2').select_option('P-05')
    d.get_by_label('Quantity, line 2').fill('3')
    d.get_by_label('Stack it for them (+£15.00 per bag)').check()
    d.get_by_label('Delivery run').select_option('R-07')
    d.get_by_role('button', name='Create order').click()

def fw2(pg):
    pg.get_by_label('Search orders').fill('Oddie')
    menu(pg, 'Actions for HW-8407', 'Mark delivered…')
    d = dlg(pg)
    d.get_by_label('Paid the driver in cash').check()
    d.get_by_role('button', name='Mark delivered').click()
    pg.get_by_label('Search orders').fill('Ashgrove')
    menu(pg, 'Actions for HW-8408', 'Change run…')
    d = dlg(pg)
    d.get_by_label('Delivery run').select_option('R-09')
    d.get_by_role('button', name='Move', exact=True).click()

def fw3(pg):
    pg.get_by_label('Delivery run').select_option('R-05')
    menu(pg, 'Actions for HW-8414', 'Change run…')
    d = dlg(pg)
    d.get_by_label('Delivery run').select_option('R-04')
    d.get_by_role('button', name='Move', exact=True).click()
    pg.get_by_label('Select all shown').check()
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name='Move to run…').click()
    d = dlg(pg)
    d.get_by_label('Delivery run').select_option('R-06')
    d.get_by_role('button', name='Move', exact=True).click()

def fw4(pg):
    nav(pg, 'Prices & settings')
    pg.get_by_label('Price — Kiln-dried hardwood, bulk bag (£)').fill('140')
    pg.get_by_label('Zone C delivery (£)').fill('20')
    pg.get_by_role('button', name='+ Add product').click()
    d = dlg(pg)
    d.get_by_label('Product name').fill('Heat logs')
    d.get_by_label('Sold per').select_option('pack')
    d.get_by_label('Price (£)').fill('7.95')
    d.get_by_role('button', name='Add product').click()
    pg.get_by_role('button', name='Save settings').click()

# ---------------- removals ----------------
def rm1(pg):
    pg.get_by_role('button', name='+ New enquiry').click()
    d = dlg(pg)
    d.get_by_label('Customer name').fill('Harriet Doyle')
    d.get_by_label('Phone').fill('07700 900947')
    d.get_by_label('Email').fill('harriet.doyle@example.com')
    d.get_by_label('Moving from').fill('12 Lansdown Crescent, Bath')
    d.get_by_label('Moving to').fill('Flat 3, 8 Royal York Crescent, Clifton, Bristol')
    d.get_by_label('Piano').check()
    d.get_by_label('Surveyor').select_option('Jon Vane')
    d.get_by_label('Survey date').fill('2025-04-17')
    d.get_by_label('Survey time').select_option('10:00')
    d.get_by_label('Notes').fill('Moving towards the end of May, date not fixed yet.')
    d.get_by_role('button', name='Save enquiry').click()

def rm2(pg):
    pg.get_by_label('Search moves').fill('Okafor')
    pg.get_by_role('button', name='Emeka & Joy Okafor').click()
    pg.get_by_role('tab', name='Move', exact=True).click()
    pg.get_by_label('Move date').fill('2025-05-02')
    pg.get_by_role('tab', name='Services').click()
    pg.get_by_label('Full packing service (£0.40/cu ft)').check()
    pg.get_by_label('Dismantle & reassemble furniture (+£90.00)').check()
    pg.get_by_role('button', name='Save changes').click()

def rm3(pg):
    pg.get_by_role('tab', name='Quoted (4)').click()
    menu(pg, 'Actions for CV-2514', 'Accept quote & take deposit…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Bank transfer')
    d.get_by_label('Team lead').select_option('Dave Marsh')
    d.get_by_role('button', name='Book move').click()

def rm4(pg):
    pg.get_by_label('Surveyor', exact=True).select_option('Jon Vane')
    pg.get_by_label('Survey from').fill('2025-04-21')
    pg.get_by_label('Survey to').fill('2025-04-25')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select CV-2521 (Karen Bell)').uncheck()
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name='Change surveyor…').click()
    d = dlg(pg)
    d.get_by_label('New surveyor').select_option('Amy Carter')
    d.get_by_role('button', name='Change surveyor').click()
    menu(pg, 'Actions for CV-2521', 'Reschedule survey…')
    d = dlg(pg)
    d.get_by_label('Survey date').fill('2025-04-18')
    d.get_by_label('Time').select_option('14:00')
    d.get_by_role('button', name='Save survey').click()



SOLUTIONS = [sh1, sh2, sh3, sh4, bf1, bf2, bf3, bf4, tt1, tt2, tt3, tt4, cl1, cl2, cl3, cl4, fw1, fw2, fw3, fw4, rm1, rm2, rm3, rm4]


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
