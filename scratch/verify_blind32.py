"""Verify blind32: for every task the check is false on a fresh page, true after a hand-written UI
solution (clicks and typing through the UI, never setting state), and no console errors or page errors.
Pages are served from a local http.server on 127.0.0.1; one Chromium at a time."""
import os, functools, http.server, json, pathlib, shutil, sys, threading
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1] / 'scenarios/apps/web'
TASKS = json.loads((ROOT / 'blind32_tasks.json').read_text())
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


# ---------------- horseboxhire ----------------
def hb1(pg):
    pg.get_by_role('button', name='+ New hire').click()
    d = dlg(pg)
    d.get_by_label("Hirer's name").fill('Fiona Marsh')
    d.get_by_label('Phone').fill('07700 900839')
    d.get_by_label('Driving licence').select_option('B')
    d.get_by_label('Vehicle').select_option('HB-04')
    d.get_by_label('Pick up').fill('2025-08-04')
    d.get_by_label('Bring back').fill('2025-08-08')
    d.get_by_label('Hire paid now').check()
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Book hire').click()

def hb2(pg):
    menu(pg, 'Actions for Tom Ackroyd, Mon 14 Jul', 'Record return…')
    d = dlg(pg)
    d.get_by_label('Mileage now').fill('48095')
    d.get_by_role('button', name='Save return').click()
    menu(pg, 'Actions for Kirsty Hargreaves, Fri 18 Jul', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Bank transfer')
    d.get_by_role('button', name='Record payment').click()

def hb3(pg):
    pg.get_by_label('Search hires').fill('Washburn')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Mr & Mrs Wilson, Fri 25 Jul').uncheck()
    bulk(pg, 'Cancel hires…')
    d = dlg(pg)
    d.get_by_label('Reason').select_option('Show or event cancelled')
    d.get_by_role('button', name='Cancel hires').click()

def hb4(pg):
    nav(pg, 'Settings')
    pg.get_by_label('Damage deposit (£)').fill('300')
    pg.get_by_role('tab', name='Mileage').click()
    pg.get_by_label('Extra miles (£ a mile)').fill('0.40')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Fleet')
    pg.get_by_role('button', name='+ Add vehicle').click()
    d = dlg(pg)
    d.get_by_label('Make and model').fill('Bateson Ascot')
    d.get_by_label('Type').select_option('Trailer')
    d.get_by_label('Horses').select_option('2')
    d.get_by_label('Hire per day (£)').fill('55')
    d.get_by_role('button', name='Add vehicle').click()

# ---------------- sheetmusic ----------------
def sm1(pg):
    pg.get_by_role('button', name='+ Lend music').click()
    d = dlg(pg)
    d.get_by_label('Choir or group').select_option('GR-01')
    d.get_by_label('Music').select_option('MS-101')
    d.get_by_label('Copies').fill('36')
    d.get_by_role('button', name='Lend', exact=True).click()

def sm2(pg):
    menu(pg, 'Actions for Todmorden Choral Society, Messiah (Handel)', 'Record return…')
    d = dlg(pg)
    d.get_by_label('Copies back').fill('46')
    d.get_by_role('button', name='Save return').click()
    nav(pg, 'Choirs & groups')
    menu(pg, 'Actions for Sowerby Bridge Singers', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Cheque')
    d.get_by_role('button', name='Record payment').click()

def sm3(pg):
    pg.get_by_label('Choir or group', exact=True).select_option('GR-04')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Ilkley Choral Society, Gloria RV 589 (Vivaldi)').uncheck()
    bulk(pg, 'Extend loans…')
    d = dlg(pg)
    d.get_by_label('New due date').fill('2026-03-31')
    d.get_by_role('button', name='Extend', exact=True).click()

def sm4(pg):
    nav(pg, 'Charges & settings')
    pg.get_by_label('Member societies, per copy (£)').fill('0.75')
    pg.get_by_label('Lost or damaged copy (£)').fill('15')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Catalogue')
    pg.get_by_role('button', name='+ Add music').click()
    d = dlg(pg)
    d.get_by_label('Title').fill('Gloria')
    d.get_by_label('Composer').fill('John Rutter')
    d.get_by_label('Voicing').select_option('SATB')
    d.get_by_label('Kind').select_option('Vocal score')
    d.get_by_label('Number of copies').fill('30')
    d.get_by_label('Shelf').fill('C4')
    d.get_by_role('button', name='Add to catalogue').click()

# ---------------- kilnfiring ----------------
def kf1(pg):
    pg.get_by_role('button', name='+ Take in work').click()
    d = dlg(pg)
    d.get_by_label("Potter's name").fill('Anne Whitaker')
    d.get_by_label('Phone').fill('07700 900248')
    d.get_by_label('What is it').fill('Box of glazed mugs')
    d.get_by_label('Firing needed').select_option('Stoneware glaze')
    d.get_by_label('Shelf space').select_option('0.5')
    d.get_by_label('Put in firing').select_option('FR-208')
    d.get_by_label('Paid now').check()
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Take in', exact=True).click()

def kf2(pg):
    nav(pg, 'Firings')
    menu(pg, 'Actions for FR-204 Mon 17 Feb bisque, Big Rohde', 'Unload…')
    d = dlg(pg)
    d.get_by_label('Damaged: Mrs Pam Leach — Jug and two bud vases').check()
    d.get_by_role('button', name='Unload', exact=True).click()
    nav(pg, 'Work in')
    menu(pg, 'Actions for KJ-401 Raj Mistry (Set of six bowls)', 'Collected…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Cash')
    d.get_by_role('button', name='Mark collected').click()

def kf3(pg):
    pg.get_by_label('Firing', exact=True).select_option('FR-206')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select KJ-406 Colin Ashworth (Large garden planter)').uncheck()
    bulk(pg, 'Move to firing…')
    d = dlg(pg)
    d.get_by_label('Move them to').select_option('FR-207')
    d.get_by_role('button', name='Move', exact=True).click()

def kf4(pg):
    nav(pg, 'Prices & settings')
    pg.get_by_label('Bisque (£ a shelf)').fill('9')
    pg.get_by_label('Stoneware glaze (£ a shelf)').fill('12')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Firings')
    pg.get_by_role('button', name='+ Plan a firing').click()
    d = dlg(pg)
    d.get_by_label('Kiln').select_option('K3')
    d.get_by_label('Date').fill('2025-03-01')
    d.get_by_label('Kind').select_option('Raku')
    d.get_by_role('button', name='Plan firing').click()

# ---------------- darkroom ----------------
def dr1(pg):
    pg.get_by_role('button', name='+ New booking').click()
    d = dlg(pg)
    d.get_by_label('Member').select_option('DM-101')
    d.get_by_label('Station').select_option('E4')
    d.get_by_label('Day').fill('2025-11-08')
    d.get_by_label('Start').select_option('10:00')
    d.get_by_label('Hours').select_option('3')
    d.get_by_role('button', name='Book', exact=True).click()

def dr2(pg):
    pg.get_by_label('When', exact=True).select_option('Past')
    menu(pg, 'Actions for Jo Whitfield, Mon 3 Nov 6pm', 'No-show…')
    d = dlg(pg)
    d.get_by_label('Charge the £5.00 no-show fee').check()
    d.get_by_role('button', name='Mark no-show').click()
    nav(pg, 'Members')
    menu(pg, 'Actions for Sam Ellis', 'Sell an hours card…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Sell', exact=True).click()

def dr3(pg):
    nav(pg, 'Members')
    pg.get_by_label('Colour course', exact=True).select_option('Sat 1 Nov')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select Harriet Lowe').uncheck()
    bulk(pg, 'Sign off colour…')
    d = dlg(pg)
    d.get_by_label('Passed on').fill('2025-11-01')
    d.get_by_role('button', name='Sign off', exact=True).click()

def dr4(pg):
    nav(pg, 'Settings')
    pg.get_by_label('Monthly membership (£)').fill('30')
    pg.get_by_label('Pay as you go, per hour (£)').fill('9')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Paper & chemistry')
    pg.get_by_role('button', name='+ Add item').click()
    d = dlg(pg)
    d.get_by_label('Item').fill('Ilford Multigrade RC 8×10, 25 sheets')
    d.get_by_label('Price (£)').fill('21.50')
    d.get_by_label('In stock').fill('12')
    d.get_by_role('button', name='Add item').click()

# ---------------- xmastrees ----------------
def xt1(pg):
    pg.get_by_role('button', name='+ New order').click()
    d = dlg(pg)
    d.get_by_label('Customer name').fill('Gareth Lloyd')
    d.get_by_label('Phone').fill('07700 900415')
    d.get_by_label('Address').fill('9 Kirkgate, Ripon')
    d.get_by_label('Round').select_option('Ripon')
    d.get_by_label('Tree', exact=True).select_option('XP-04')
    d.get_by_label('Stand').select_option('XP-10')
    d.get_by_label('Day').fill('2025-12-13')
    d.get_by_label('Slot').select_option('Afternoon')
    d.get_by_label('Paid now').check()
    d.get_by_label('Paid by').select_option('Card')
    d.get_by_role('button', name='Take order').click()

def xt2(pg):
    menu(pg, 'Actions for HF-601 Mr & Mrs Fielding', 'Mark delivered…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Cash')
    d.get_by_role('button', name='Mark delivered').click()
    menu(pg, 'Actions for HF-602 Mrs Grace Oduya', 'Edit order…')
    d = dlg(pg)
    d.get_by_label('Take the tree away in January (£12.00)').check()
    d.get_by_role('button', name='Save order').click()

def xt3(pg):
    pg.get_by_label('Round', exact=True).select_option('Masham & Dales')
    pg.get_by_label('Day', exact=True).select_option('2025-12-04')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label('Select HF-604 The Metcalfes').uncheck()
    bulk(pg, 'Move to another day…')
    d = dlg(pg)
    d.get_by_label('New day').fill('2025-12-05')
    d.get_by_role('button', name='Move', exact=True).click()

def xt4(pg):
    nav(pg, 'Delivery & settings')
    pg.get_by_label('Delivery charge (£)').fill('12')
    pg.get_by_label('Free delivery on orders over (£)').fill('90')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Trees & stands')
    pg.get_by_role('button', name='+ Add product').click()
    d = dlg(pg)
    d.get_by_label('Name').fill('Fraser fir 6–7 ft')
    d.get_by_label('Kind').select_option('Tree')
    d.get_by_label('Price (£)').fill('75')
    d.get_by_label('How many in').fill('25')
    d.get_by_role('button', name='Add product').click()

# ---------------- sharpening ----------------
def sh1(pg):
    nav(pg, 'Clients')
    pg.get_by_role('button', name='+ Add client').click()
    d = dlg(pg)
    d.get_by_label('Business or name').fill('Saffron House')
    d.get_by_label('Kind').select_option('Restaurant')
    d.get_by_label('Contact').fill('Arjun Mehta')
    d.get_by_label('Phone').fill('01904 555687')
    d.get_by_label('Town').fill('York')
    d.get_by_label('Round').select_option('York (Thursdays)')
    d.get_by_label('How often').select_option('Fortnightly')
    d.get_by_label('How they pay').select_option('Monthly invoice')
    d.get_by_label('First visit (optional)').fill('2025-08-28')
    d.get_by_role('button', name='Add client').click()

def sh2(pg):
    menu(pg, 'Actions for The Star Inn, Wed 20 Aug', 'Done…')
    d = dlg(pg)
    d.get_by_label("Chef's knives").fill('12')
    d.get_by_label('Scissors (pairs)').fill('2')
    d.get_by_label('Paid by').select_option('On account')
    d.get_by_role('button', name='Save').click()
    nav(pg, 'Clients')
    menu(pg, 'Actions for Montpellier Tea Rooms', 'Record payment…')
    d = dlg(pg)
    d.get_by_label('Paid by').select_option('Bank transfer')
    d.get_by_role('button', name='Record payment').click()

def sh3(pg):
    nav(pg, 'Clients')
    pg.get_by_label('Kind', exact=True).select_option('College kitchen')
    pg.get_by_label('Select all shown').check()
    pg.get_by_label("Select St John's College kitchen").uncheck()
    bulk(pg, 'Pause until…')
    d = dlg(pg)
    d.get_by_label('Start again on').fill('2025-09-29')
    d.get_by_role('button', name='Pause', exact=True).click()

def sh4(pg):
    nav(pg, 'Prices & business')
    pg.get_by_label("Chef's knives (£ each)").fill('6')
    pg.get_by_label('Serrated knives (£ each)').fill('7')
    pg.get_by_label('House call-out charge (£)').fill('12')
    pg.get_by_role('button', name='Save settings').click()
    nav(pg, 'Clients')
    menu(pg, 'Actions for The Old Swan Hotel', 'Edit client…')
    d = dlg(pg)
    d.get_by_label('Contact').fill('Maria Lopez')
    d.get_by_label('Phone').fill('07700 900732')
    d.get_by_role('button', name='Save client').click()


SOLUTIONS = [hb1, hb2, hb3, hb4, sm1, sm2, sm3, sm4, kf1, kf2, kf3, kf4, dr1, dr2, dr3, dr4, xt1, xt2, xt3, xt4, sh1, sh2, sh3, sh4]


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
