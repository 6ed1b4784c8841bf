"""Verify blind24: for every task the check is false on a fresh page, true after a hand-written UI
solution (clicks and typing through the UI, never setting state), and no console errors or page errors.
Pages are served from a local http.server on 127.0.0.1; one Chromium at a time."""
import os, functools, http.server, json, pathlib, shutil, sys, threading
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1] / 'scenarios/apps/web'
TASKS = json.loads((ROOT / 'blind24_tasks.json').read_text())
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def dlg(pg):
    return pg.get_by_role('dialog')


def menu(pg, actions_label, item):
    pg.get_by_role('button', name=actions_label, exact=True).click()
    pg.get_by_role('menuitem', name=item, exact=True).click()


def nav(pg, name):
    pg.locator('#nav').get_by_role('button', name=name).click()


# ---------------- selfstorage ----------------
def ss1(pg):
    pg.get_by_label('50 sq ft', exact=True).check()
    pg.get_by_label('Floor').select_option('Ground')
    pg.get_by_label('Status').select_option('Vacant')
    menu(pg, 'Actions for unit A-05', 'Move in…')
    d = dlg(pg)
    d.get_by_label('New tenant').check()
    d.get_by_label('Full name').fill('Dan Whitlock')
    d.get_by_label('Phone').fill('07700 900512')
    d.get_by_label('Email').fill('dan.whitlock@example.com')
    d.get_by_label('Home address').fill('14 Beech Grove, Knaresborough')
    d.get_by_label('Move-in date').fill('2025-03-15')
    d.get_by_label('Contents insurance').select_option('2000')
    d.get_by_label('Their own padlock').check()
    d.get_by_label('First month paid now').check()
    d.get_by_label('Payment method').select_option('Card')
    d.get_by_role('button', name='Move in', exact=True).click()

def ss2(pg):
    pg.get_by_label('100 sq ft', exact=True).check()
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select unit A-10').uncheck()
    pg.get_by_role('region', name='Bulk actions').get_by_role('button', name='Change rent…').click()
    d = dlg(pg)
    d.get_by_label('Increase by').check()
    d.get_by_label('Amount (£ per month)').fill('10')
    d.get_by_label('Effective from').fill('2025-04-01')
    d.get_by_role('button', name='Apply').click()

def ss3(pg):
    nav(pg, 'Invoices')
    pg.get_by_label('Search invoices').fill('Okonjo')
    for i in ['INV-5518', 'INV-5505']:
        menu(pg, 'Actions for ' + i, 'Record payment…')
        d = dlg(pg)
        d.get_by_label('Method').select_option('Cash')
        d.get_by_role('button', name='Save payment').click()
    nav(pg, 'Units')
    pg.get_by_label('Search units').fill('Okonjo')
    menu(pg, 'Actions for unit A-07', 'Remove overlock…')
    dlg(pg).get_by_role('button', name='Remove overlock').click()

def ss4(pg):
    pg.get_by_label('Search units').fill('Castell')
    menu(pg, 'Actions for unit B-03', 'Give notice to leave…')
    d = dlg(pg)
    d.get_by_label('Move-out date').fill('2025-03-31')
    d.get_by_label('Reason for leaving').select_option('Moving away')
    d.get_by_role('button', name='Save notice').click()
    nav(pg, 'Tenants')
    pg.get_by_label('Search tenants').fill('Castell')
    pg.get_by_role('button', name='Brian Castell').click()
    pg.get_by_role('textbox', name='Email').fill('brian.castell@example.es')
    pg.get_by_role('button', name='Save details').click()

# ---------------- escaperoom ----------------
def er1(pg):
    pg.get_by_label('Day', exact=True).fill('2025-10-18')
    pg.get_by_role('button', name='Book Asylum at 19:00').click()
    d = dlg(pg)
    d.get_by_label('Lead booker').fill('Chloe Barker')
    d.get_by_label('Phone').fill('07700 900377')
    d.get_by_label('Email').fill('chloe.barker@example.com')
    d.get_by_label('Players').fill('7')
    d.get_by_label('Occasion').select_option('Hen/stag')
    d.get_by_label('Amount paid now (£)').fill('40')
    d.get_by_label('Card').check()
    d.get_by_role('button', name='Create booking').click()

def er2(pg):
    pg.get_by_role('button', name='Next day').click()
    pg.get_by_role('button', name='Open booking LI-7108 (Anjali Patel)').click()
    dr = pg.get_by_role('complementary', name='Booking LI-7108')
    dr.get_by_role('button', name='Move…').click()
    d = dlg(pg)
    d.get_by_label('New date').fill('2025-10-19')
    d.get_by_label('New time').select_option('11:30')
    d.get_by_role('button', name='Move booking').click()
    dr.get_by_role('button', name='Edit details…').click()
    d = dlg(pg)
    d.get_by_label('Players').fill('5')
    d.get_by_role('button', name='Save changes').click()

def er3(pg):
    pg.get_by_role('button', name='Previous day').click()
    for bid, name, out, left, hints in [('LI-7102', 'Sophie Lund', 'Escaped', '04:12', '2'), ('LI-7101', 'Mark Feeney', 'Did not escape', '', '3')]:
        pg.get_by_role('button', name=f'Open booking {bid} ({name})').click()
        pg.get_by_role('complementary', name='Booking ' + bid).get_by_role('button', name='Record result…').click()
        d = dlg(pg)
        d.get_by_label(out, exact=True).check()
        if left:
            d.get_by_label('Time left (mm:ss)').fill(left)
        d.get_by_label('Hints used').fill(hints)
        d.get_by_role('button', name='Save result').click()

def er4(pg):
    nav(pg, 'Bookings')
    pg.get_by_label('From', exact=True).fill('2025-10-18')
    pg.get_by_label('To', exact=True).fill('2025-10-18')
    pg.get_by_label('Game master').select_option('None')
    pg.get_by_label('Room').select_option('ZETA')
    pg.get_by_label('Select all shown').check()
    pg.get_by_role('button', name='Assign game master…').click()
    d = dlg(pg)
    d.get_by_label('Game master').select_option('Marcus Bell')
    d.get_by_role('button', name='Assign', exact=True).click()
    pg.get_by_label('Room').select_option('All')
    pg.get_by_label('Select all shown').check()
    pg.get_by_role('button', name='Assign game master…').click()
    d = dlg(pg)
    d.get_by_label('Game master').select_option('Jade Okoro')
    d.get_by_role('button', name='Assign', exact=True).click()

# ---------------- memorials ----------------
def mm1(pg):
    pg.get_by_label('Search orders').fill('Rowe')
    pg.get_by_role('button', name='Open order HM-2294 (Peter Steven Rowe)').click()
    pg.get_by_label('Inscription text (one line per line on the stone)').fill('In loving memory of\nPeter Stephen Rowe\n12.3.1948 – 2.1.2025\nDearly loved husband, dad and grandad\nAt peace')
    pg.get_by_role('button', name='Save inscription').click()
    pg.get_by_role('button', name='Record proof approval…').click()
    d = dlg(pg)
    d.get_by_label('Phone').check()
    d.get_by_role('button', name='Save approval').click()

def mm2(pg):
    pg.get_by_label('Search orders').fill('Brennan')
    pg.get_by_role('button', name='Open order HM-2295 (Kathleen Brennan)').click()
    pg.get_by_role('button', name='Record council decision…').click()
    d = dlg(pg)
    d.get_by_label('Approved').check()
    d.get_by_label('Permit reference').fill('GRC/25/0417')
    d.get_by_label('Decision date').fill('2025-05-13')
    d.get_by_role('button', name='Save decision').click()
    pg.get_by_role('button', name='Book fixing…').click()
    d = dlg(pg)
    d.get_by_label('Fixing date').fill('2025-05-27')
    d.get_by_label('Fixer').select_option('Dave Harcourt')
    d.get_by_label('Family wish to attend').check()
    d.get_by_role('button', name='Book fixing').click()

def mm3(pg):
    pg.get_by_role('button', name='+ New order').click()
    d = dlg(pg)
    d.get_by_label('Client name').fill('Mr Alan Pryce')
    d.get_by_label('Phone').fill('07700 900264')
    d.get_by_label('New headstone').check()
    d.get_by_label('In memory of').fill('Margaret Ann Pryce')
    d.get_by_label('Cemetery').select_option(label='Lydbury Road Cemetery')
    d.get_by_label('Grave / plot no.').fill('K-112')
    d.get_by_label('Stone', exact=True).select_option('Blue pearl granite')
    d.get_by_label('V-cut gilded').check()
    d.get_by_label('Inscription (one line per line on the stone)').fill('In loving memory of\nMargaret Ann Pryce\n1951 – 2025\nForever in our hearts')
    d.get_by_label('Deposit taken (£)').fill('300')
    d.get_by_role('button', name='Save order').click()

def mm4(pg):
    nav(pg, 'Price list')
    pg.get_by_label('V-cut gilded (£ per letter)').fill('4.20')
    pg.get_by_label('Raised lead (£ per letter)').fill('9.50')
    pg.get_by_label('Base price — Welsh slate').fill('1150')
    pg.get_by_label('Offer Portland stone').uncheck()
    pg.get_by_role('button', name='Save price list').click()

# ---------------- liveryyard ----------------
def ly1(pg):
    nav(pg, 'Extras & charges')
    pg.get_by_role('button', name='+ Add charge').click()
    d = dlg(pg)
    d.get_by_label('Bramble').check()
    d.get_by_label('Toffee').check()
    d.get_by_label('Service').select_option('Blanket clip')
    d.get_by_role('button', name='Add charge').click()

def ly2(pg):
    pg.get_by_role('button', name='Open Jasper').click()
    d = dlg(pg)
    d.get_by_label('Turnout field').select_option('Top Paddock')
    d.get_by_label('Feed').fill('2 scoops Alfa-A, 1 scoop Hi-Fi Lite and his joint supplement, twice a day')
    d.get_by_role('tab', name='Livery').click()
    d.get_by_label('Full (£165.00/wk)').check()
    d.get_by_label('Package change applies from').fill('2025-01-20')
    d.get_by_role('button', name='Save').click()

def ly3(pg):
    pg.get_by_role('button', name='+ Add horse').click()
    d = dlg(pg)
    d.get_by_label('Name', exact=True).fill('Maisie')
    d.get_by_label('Sex').select_option('Mare')
    d.get_by_label('Colour').fill('Grey')
    d.get_by_label('Height (hh)').fill('14.2')
    d.get_by_label('Arriving on').fill('2025-01-25')
    d.get_by_label('New owner').check()
    d.get_by_label("Owner's name").fill('Ellen Fairclough')
    d.get_by_label("Owner's phone").fill('07700 900733')
    d.get_by_label('DIY').check()
    d.get_by_label('Stable').select_option('C4')
    d.get_by_label('Turnout field').select_option('Bottom Meadow')
    d.get_by_label('Barefoot').check()
    d.get_by_role('button', name='Add horse').click()

def ly4(pg):
    nav(pg, 'Farrier & health')
    pg.get_by_label('Feet due on or before').fill('2025-01-31')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Duke').uncheck()
    pg.get_by_role('button', name='Book farrier…').click()
    d = dlg(pg)
    d.get_by_label('Visit date').fill('2025-01-23')
    d.get_by_label('Farrier').select_option('Ben Marshall')
    d.get_by_role('button', name='Book', exact=True).click()

# ---------------- wineclub ----------------
def wc1(pg):
    pg.get_by_label('Search members').fill('Aldridge')
    pg.get_by_role('button', name='Jenny Aldridge').click()
    pg.get_by_role('button', name='Pause membership…').click()
    d = dlg(pg)
    d.get_by_label('Pause until').select_option(label='End of August 2025')
    d.get_by_label('Reason').select_option('Travelling')
    d.get_by_label('Skip their Spring 2025 case').check()
    d.get_by_role('button', name='Pause membership').click()

def wc2(pg):
    pg.get_by_label('Search members').fill('Fenwick')
    pg.get_by_role('button', name='Tom Fenwick').click()
    pg.get_by_role('tab', name='Membership').click()
    pg.get_by_label('Twelve-bottle club').check()
    pg.get_by_label('Collect from the cellar door').check()
    pg.get_by_label('Wine preference').select_option('Reds')
    pg.get_by_role('button', name='Save membership').click()

def wc3(pg):
    nav(pg, 'Spring release')
    pg.get_by_label('Case status').select_option('Packed')
    pg.get_by_label('Delivery').select_option('Collect')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select case for Helen & Rob Henderson').uncheck()
    pg.get_by_role('button', name='Ready to collect…').click()
    d = dlg(pg)
    d.get_by_label('Email members that their case is ready').check()
    d.get_by_role('button', name='Mark ready').click()

def wc4(pg):
    nav(pg, 'Club settings')
    pg.get_by_label('Member discount in the cellar door shop (%)').fill('15')
    pg.get_by_label('Courier charge per case (£)').fill('12')
    pg.get_by_label("Collector's case (£)").fill('295')
    pg.get_by_label('Release date').fill('2025-07-12')
    pg.get_by_role('button', name='Save settings').click()

# ---------------- roastery ----------------
def ro1(pg):
    pg.get_by_role('button', name='+ New order').click()
    d = dlg(pg)
    d.get_by_label('Café', exact=True).select_option(label='The Yard Kitchen (Ilkley)')
    d.get_by_label("Café's PO number").fill('YK-0612')
    d.get_by_label('Coffee, line 1').select_option('CF-01')
    d.get_by_label('Bag size, line 1').select_option('1kg')
    d.get_by_label('Quantity, line 1').fill('6')
    d.get_by_role('button', name='+ Add line').click()
    d.get_by_label('Coffee, line 2').select_option(label='Ethiopia Guji (filter)')
    d.get_by_label('Bag size, line 2').select_option('250g')
    d.get_by_label('Quantity, line 2').fill('4')
    d.get_by_label('Whole bean').check()
    d.get_by_label('Deliver on').fill('2025-06-12')
    d.get_by_label('Our van').check()
    d.get_by_role('button', name='Create order').click()

def ro2(pg):
    pg.get_by_role('tab', name='Packed (5)').click()
    pg.get_by_label('Courier').select_option('DPD')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select RB-4103 (Bramble & Co)').uncheck()
    pg.get_by_role('button', name='Mark dispatched…').click()
    dlg(pg).get_by_role('button', name='Dispatch', exact=True).click()

def ro3(pg):
    nav(pg, 'Accounts')
    menu(pg, 'Actions for Grindhouse', 'Put on hold…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Overdue invoices')
    d.get_by_role('button', name='Put on hold').click()
    nav(pg, 'Orders')
    pg.get_by_label('Search orders').fill('Grindhouse')
    menu(pg, 'Actions for RB-4108', 'Cancel order…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Account on hold')
    d.get_by_role('button', name='Cancel order', exact=True).click()

def ro4(pg):
    nav(pg, 'Settings')
    pg.get_by_label('Tuesday').uncheck()
    pg.get_by_label('Thursday').uncheck()
    pg.get_by_label('Order cut-off (day before roasting)').fill('14:00')
    pg.get_by_label('Free delivery on orders over (£)').fill('120')
    pg.get_by_role('button', name='Save settings').click()


SOLUTIONS = [ss1, ss2, ss3, ss4, er1, er2, er3, er4, mm1, mm2, mm3, mm4, ly1, ly2, ly3, ly4, wc1, wc2, wc3, wc4, ro1, ro2, ro3, ro4]


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
