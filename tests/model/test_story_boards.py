"""Rules written from the sixteenth blind set (a fleet's workshop, a florist's order desk, a council's highways
permits, a choir's membership, a laundry's ticket board, a letting agent's inspections), once it became a dev
set: tall cards with their menu at the foot, codes with slashes ("PA/25/0142"), a code whose letters are a
section's initials ("WO-2214": "Work orders"), a dialog answered beside "Back", a menu's entry that says more of
the task, a person told by title and surname, a member's state on a record's tab, a date told after a label's last
word, a count in a unit, things lent out. Each page here is the geometry the model saw (OCR texts, field boxes and
widgets as found), cut to what the rule reads."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=(), crops=None) -> tuple[SimpleNamespace, dict[str, int]]:
    """Candidates (text, kind, box) and the history's (action, point) on a 1280x720 frame; ``crops`` maps a
    candidate's index to its 16x16 grey crop (blank otherwise)."""
    crop = np.full((len(cands), 16, 16), 255, np.uint8)
    for q, im in (crops or {}).items():
        crop[q] = im
    f = SimpleNamespace(cand_text=[x for x, _, _ in cands], cand_kind=np.array([k for _, k, _ in cands]),
                        cand_box=np.array([b for _, _, b in cands], np.float32), scale=1.0, cand_crop=crop,
                        hist_kind=np.array([ACTIONS.index(a) for a, _ in hist], np.int64),
                        hist_box=np.array([(x - 4, y - 4, x + 4, y + 4) for _, (x, y) in hist], np.float32)
                        .reshape(-1, 4), frame_size=(1280, 720))
    return f, {x: q for q, (x, k, _) in enumerate(cands) if k == t}


def _ring() -> np.ndarray:
    """A radio button's crop as the page draws it: a grey ring on white."""
    yy, xx = np.mgrid[0:16, 0:16]
    r = np.hypot(yy - 7.5, xx - 7.5)
    return np.where((r >= 4.5) & (r <= 6), 190, 255).astype(np.uint8)


def _square() -> np.ndarray:
    """A check box's crop: a grey square outline on a light page."""
    im = np.full((16, 16), 242, np.uint8)
    im[2:14, 2:14] = 255
    im[2, 2:14] = im[13, 2:14] = im[2:14, 2] = im[2:14, 13] = 190
    return im


CARD = [("FL-1043", t, (60, 239, 120, 260)), ("IN PROGRESS", t, (318, 239, 416, 259)),
        ("Spring Meadow Hand-tied", t, (60, 267, 238, 289)),
        ("For Nancy Pell · Harrogate HG2 7DS", t, (62, 294, 282, 310)),
        ("From Graham Pell · + Helium balloon", t, (62, 312, 280, 328)),
        ("Delivery· Afternoon · £44.00", t, (61, 344, 230, 360)), ("⋯", t, (396, 351, 409, 353))]


def test_a_tall_cards_menu_at_its_foot_is_opened_and_left_once_its_entry_was_pressed():
    """"FL-1043 has been made up, mark it as ready": the card's only way to "Mark as ready" is its "⋯", four
    lines under the code; the model said done on the searched card. Once the menu's entry was pressed, the
    card's badge READY is no entry to press again."""
    from tilepilot.model.embedded.order import resolved, row_menu

    task = resolved("FL-1043 has been made up, mark it as ready")
    assert task == "mark FL-1043 as ready"
    f, at = _page(CARD, [("type", (1087, 146)), ("key", (0, 0))])
    assert row_menu(f, task) == at["⋯"]
    f, _ = _page(CARD + [("FL-1044", t, (60, 330, 120, 340))], [("type", (1087, 146)), ("key", (0, 0))])
    assert row_menu(f, task) is None  # another card's code between: those dots are not this card's
    done = [x if x[0] != "IN PROGRESS" else ("READY", t, (361, 238, 416, 260)) for x in CARD]
    f, _ = _page(done, [("type", (1087, 146)), ("key", (0, 0)), ("click", (402, 352)), ("click", (306, 427))])
    assert row_menu(f, task) is None


def test_a_menus_entry_saying_more_of_the_task_wins_over_a_nearer_one():
    """"move it over to ready" opened T-3308's menu (upward, at the board's foot): "Move to Ready", not "Move back
    to Received" nearer the dots."""
    from tilepilot.model.embedded.order import resolved, row_menu

    f, at = _page([("Open ticket", t, (460, 504, 527, 521)), ("Move to Ready", t, (460, 533, 546, 550)),
                   ("Move back to Received", t, (459, 562, 589, 578)), ("Print bag labels", t, (460, 590, 549, 607)),
                   ("T-3308", t, (345, 620, 389, 638)), ("⋯", t, (604, 630, 615, 632))], [("click", (609, 631))])
    task = resolved("T-3308 is washed, folded and bagged — move it over to ready.")
    assert row_menu(f, task) == at["Move to Ready"]


def test_a_councils_reference_with_slashes_is_a_rows_code():
    """"put PA/25/0142 on hold": the reference names the row whose "⋯" holds "Put on hold" (the filter's "On
    hold" box was ticked instead)."""
    from tilepilot.model.embedded.order import ID, row_menu

    assert [m.group() for m in ID.finditer("put PA/25/0142 on hold")] == ["PA/25/0142"]
    assert not list(ID.finditer("due 12/05/2024"))  # (a date is no reference)
    f, at = _page([("PA/25/0144Skip permit", t, (327, 386, 494, 406)), ("Received", t, (1068, 386, 1137, 406)),
                   ("⋯", t, (1175, 390, 1196, 405)), ("PA/25/0143 Street party", t, (327, 429, 495, 451)),
                   ("⋯", t, (1174, 436, 1196, 451)), ("PA/25/0142 Parking bay", t, (327, 472, 498, 497)),
                   ("Swift Van Hire", t, (573, 472, 673, 496)), ("Under", t, (1067, 475, 1116, 496)),
                   ("⋯", t, (1174, 480, 1197, 496)), ("review", t, (1067, 495, 1117, 513))])
    assert row_menu(f, "put PA/25/0142 on hold") == 8


SIDEBAR = [("Fleetwise", t, (17, 16, 132, 39)), ("Dashboard", t, (15, 90, 95, 110)),
           ("Vehicles", t, (13, 124, 79, 148)),
           ("Work orders", t, (15, 161, 103, 184)), ("Drivers", t, (15, 200, 72, 221)),
           ("Settings", t, (15, 236, 78, 260)), ("Vehicles", t, (234, 68, 323, 91)),
           ("KX21 BHD", t, (245, 195, 308, 211)), ("Ford Transit 350 L3H2", t, (338, 195, 480, 211))]


def test_a_code_whose_letters_are_a_sections_initials_goes_there():
    """"WO-2214 is done — close it off please" on the vehicles list: "Work orders" (W, O), and "close it off" is
    the row's "Complete"."""
    from tilepilot.model.embedded.order import code_section, resolved

    f, at = _page(SIDEBAR)
    assert code_section(f, "WO-2214 is done — close it off please.") == at["Work orders"]
    assert code_section(f, "VX-2214 is done") is None  # no section's initials
    f, _ = _page(SIDEBAR + [("WO-2214", t, (245, 250, 300, 262))])
    assert code_section(f, "WO-2214 is done — close it off please.") is None  # its row is here
    assert resolved("WO-2214 is done — close it off please.") == "complete WO-2214"


def test_a_dialog_answered_beside_back_is_confirmed():
    """The row's "Complete" asked "Complete WO-2214?" with "Back" and "Mark complete" in its footer."""
    from tilepilot.model.embedded.buttons import confirm_button

    f, at = _page([("Complete WO-2214?", t, (446, 271, 623, 291)),
                   ("Mark the repair on PN20 CXR as completed today. The", t, (446, 343, 812, 360)),
                   ("Back", t, (652, 430, 691, 448)), ("Mark complete", t, (715, 428, 822, 450)),
                   ("Complete", t, (1104, 247, 1175, 267))],
                  [("click", (59, 172)), ("type", (364, 174)), ("click", (1139, 257))])
    assert confirm_button(f, "complete WO-2214 please") == at["Mark complete"]


def test_a_pages_number_under_a_list_is_no_rows_icon():
    """"Cancel IN-5521, the tenant is moving out early" searched the row: its "⋮" is pressed, not the page
    button "1" under the list (read as an icon of the row)."""
    from tilepilot.model.embedded.order import row_icon, row_menu

    f, at = _page([("IN-5521", t, (134, 238, 188, 256)), ("Thu 27 Mar · 14:30", t, (240, 238, 360, 256)),
                   ("Scheduled", t, (1030, 238, 1104, 256)), ("⋮", t, (1187, 239, 1190, 254)),
                   ("Showing 1–1 of 1", t, (124, 294, 228, 311)), ("1", t, (1171, 289, 1204, 320))],
                  [("type", (1118, 155))])
    task = "Cancel IN-5521, the tenant is moving out early."
    assert row_icon(f, task) is None
    assert row_menu(f, task) == at["⋮"]


FORM = [("Today: Tue 11 Mar 2025", t, (1128, 12, 1258, 28)), ("Status", t, (550, 190, 597, 211)),
        ("Active", t, (735, 190, 784, 211)), ("On leave", t, (814, 191, 876, 211)), ("Lapsed", t, (902, 191, 958, 212)),
        ("On leave until", t, (552, 227, 638, 244)), ("mm/dd/yyyy", t, (722, 226, 805, 247)),
        ("Joined", t, (549, 297, 598, 320)), ("Tue 22 Apr 2014", t, (713, 299, 817, 319)),
        ("Save membership", t, (565, 338, 677, 361)), ("On leave until mm/dd/yyyy", i, (716, 219, 979, 255)),
        ("Active", c, (721, 196, 736, 211)), ("On leave", c, (796, 196, 811, 211)), ("Lapsed", c, (888, 196, 903, 211))]


def test_a_member_put_on_leave_until_a_day_gets_the_option_then_the_date():
    """"Ruth Ellery is taking a break … Please put her on leave until 30 June": her record, its "Membership" tab,
    the round option "On leave", then 2025-06-30 into "On leave until" (the year of the page's today, not of
    her joining)."""
    from tilepilot.model.embedded.fields import worded_date
    from tilepilot.model.embedded.order import record_tab, resolved, told_radio

    told = "Ruth Ellery is taking a break after the spring concert. Please put her on leave until 30 June."
    task = resolved(told)
    assert task == "put Ruth Ellery on leave until 30 June"
    f, at = _page([("Profile", t, (569, 150, 610, 168)), ("Membership", t, (637, 150, 716, 170)),
                   ("Attendance", t, (745, 150, 812, 168)), ("First name", t, (555, 198, 617, 214))],
                  [("click", (270, 406))])
    assert record_tab(f, told) == at["Membership"]
    rings = {q: _ring() for q in range(11, 14)}
    f, at = _page(FORM, [("click", (270, 406)), ("click", (676, 160))], rings)
    assert told_radio(f, task) == 12
    assert worded_date(f, task) == (10, "2025-06-30")
    f, _ = _page(FORM, [("click", (270, 406)), ("click", (676, 160))], {q: _square() for q in range(11, 14)})
    assert told_radio(f, task) is None  # square boxes: a list's filters, not the record's state
    rounded = _square()
    rounded[2, 2] = rounded[2, 13] = rounded[13, 2] = rounded[13, 13] = 234  # a box with rounded corners
    f, _ = _page(FORM, [("click", (270, 406)), ("click", (676, 160))], {q: rounded for q in range(11, 14)})
    assert told_radio(f, task) is None  # (a mail list's row boxes: "Lumen Billing" was ticked for "open …")
    f, _ = _page(FORM, [("click", (270, 406)), ("click", (676, 160)), ("click", (803, 203))], rings)
    assert told_radio(f, task) is None  # pressed once
    f, _ = _page(FORM, [("click", (803, 203)), ("type", (847, 237))], rings)
    assert worded_date(f, task) is None  # typed already


def test_a_setting_switched_over_to_a_unit_and_a_count_in_days():
    """"Can you switch the fleet system over to kilometres? And I'd like MOT reminders to go out 45 days ahead
    instead of 30": the site's settings, the option "Kilometres", and "45 days" into the list showing "30 days"
    by "MOT reminder lead time"."""
    from tilepilot.model.embedded.fields import counted_choice
    from tilepilot.model.embedded.order import policy_link, to_box

    told = "Can you switch the fleet system over to kilometres? And I'd like MOT reminders to go out 45 days " \
        "ahead instead of 30."
    f, at = _page(SIDEBAR)
    assert policy_link(f, told) == at["Settings"]
    page = [("Distance unit", t, (249, 136, 341, 153)), ("Miles", t, (783, 143, 825, 161)),
            ("Kilometres", t, (858, 144, 934, 161)), ("MOT reminder lead time", t, (249, 196, 411, 214)),
            ("30 days", t, (849, 204, 909, 225)), ("30 days", i, (838, 197, 933, 231)),
            ("Miles", c, (764, 147, 779, 162)), ("Kilometres", c, (839, 147, 854, 162))]
    f, at = _page(page, [("click", (46, 248))])
    assert counted_choice(f, told) == (5, "45 days")
    assert to_box(f, told) == 7
    assert counted_choice(f, "set the lead time to 30 days") is None  # shows it already
    assert counted_choice(f, "keep 45 days of logs") is None  # no word of its label


def test_a_person_told_by_title_and_surname_opens_her_card_by_its_code():
    """"Mrs Delaney rang — she needs her duvet back sooner …": Anne Delaney's card (not Delaney & Sons Café's),
    opened by its code; then "switch her ticket to express" ticks "Express service (+50%)"."""
    from tilepilot.model.embedded.order import titled_card, to_box

    told = "Mrs Delaney rang — she needs her duvet back sooner than planned. Can you switch her ticket to express?"
    board = [("T-3301", t, (30, 230, 75, 251)), ("St Aidan's Primary School B2B", t, (31, 251, 218, 268)),
             ("T-3302", t, (30, 327, 76, 348)), ("Anne Delaney Walk-in", t, (29, 345, 166, 367)),
             ("1× Duvet (double), 1× Duvet cover", t, (30, 366, 219, 384)), ("T-3304", t, (30, 423, 76, 444)),
             ("Delaney & Sons Café B2B", t, (32, 446, 188, 463)),
             ("10× Tablecloth, 40× Napkin", t, (31, 464, 182, 482))]
    f, at = _page(board)
    assert titled_card(f, told) == at["T-3302"]
    assert titled_card(f, "Mrs Okafor rang about her order") is None  # nobody reads so here
    f, _ = _page(board, [("click", (53, 337))])
    assert titled_card(f, told) is None  # once, before anything was clicked
    dialog = [("Turnaround", t, (372, 367, 438, 384)), ("Express service (+50%)", t, (506, 366, 658, 389)),
              ("Save ticket", t, (826, 532, 899, 552)), ("Express service (+50%)", c, (507, 370, 522, 385)),
              ("+ New ticket", t, (16, 60, 110, 82)), ("+ New ticket", c, (20, 64, 31, 75))]
    f, at = _page(dialog, [("click", (53, 337))])
    assert to_box(f, told) == 3
    assert to_box(f, "switch it to new") is None  # (the "+" inside a button is no box)


def test_a_copy_handed_back_is_checked_in_where_the_loans_are():
    """"Tom Ashworth has handed back his copy of the Messiah — can you check it in?" on the members page: the
    sidebar's "Music library"."""
    from tilepilot.model.embedded.order import loan_section

    side = [("Calder Valley", t, (39, 15, 132, 37)), ("Members", t, (19, 93, 80, 107)),
            ("Rehearsals", t, (20, 131, 88, 145)), ("Music library", t, (18, 167, 96, 187)),
            ("Society settings", t, (18, 207, 114, 226)), ("Tom Ashworth", t, (245, 234, 327, 250))]
    task = "Tom Ashworth has handed back his copy of the Messiah — can you check it in?"
    f, at = _page(side)
    assert loan_section(f, task) == at["Music library"]
    assert loan_section(f, "Tom Ashworth has moved to the tenors") is None
    f, _ = _page(side + [("Check in", t, (1130, 424, 1180, 440))])
    assert loan_section(f, task) is None  # its button is here


PRODUCTS = [("Orders", t, (307, 17, 359, 35)), ("Products", t, (384, 17, 448, 37)),
            ("P-03", t, (56, 300, 95, 323)), ("Peony Blush", t, (166, 292, 259, 313)),
            ("£55.00", t, (852, 302, 902, 320)),
            ("• On sale", t, (918, 303, 980, 320)), ("Edit", t, (1176, 299, 1216, 326)),
            ("P-04", t, (56, 358, 95, 381)), ("Peony & Rose Luxe", t, (166, 350, 300, 371)),
            ("Edit", t, (1176, 357, 1216, 384))]


def test_a_thing_taken_off_sale_is_edited_and_its_box_unticked():
    """"… Take the Peony Blush off sale, and put its price up to £62.50 …" on the products table: its row's
    "Edit" (the next row's, a row's height under, is in reach too), then in "Edit product" the ticked
    "Available for sale" is unticked (an unticked one is left: it is off sale)."""
    from tilepilot.model.embedded.order import edit_button, sale_box

    told = "We can't get peonies for the foreseeable future. Take the Peony Blush off sale, and put its price up to " \
        "£62.50 so it's ready for when it comes back."
    f, _ = _page(PRODUCTS, [("click", (416, 27))])
    assert edit_button(f, told) == 6
    assert edit_button(f, "We can't get peonies for the foreseeable future.") is None
    ticked = np.full((16, 16), 255, np.uint8)
    ticked[3:13, 3:13] = 98
    dialog = [("Available for sale", t, (380, 453, 516, 473)),
              ("Products that are off sale cannot be chosen for new orders.", t, (377, 477, 695, 494)),
              ("Available for sale", c, (383, 456, 398, 471))]
    hist = [("click", (416, 27)), ("click", (1196, 312)), ("type", (773, 323))]
    f, _ = _page(dialog, hist, {2: ticked})
    assert sale_box(f, told) == 2
    assert sale_box(f, "Put the Peony Blush back on sale") is None  # ticked already
    f, _ = _page(dialog, hist, {2: _square()})
    assert sale_box(f, told) is None  # unticked: off sale already
    assert sale_box(f, "Put the Peony Blush back on sale") == 2


CUSTOMERS = [("Tickets", t, (238, 14, 292, 40)), ("Customers", t, (317, 18, 393, 38)),
             ("Price list", t, (422, 19, 478, 37)), ("All customers", t, (360, 62, 450, 80)),
             ("Name", t, (101, 97, 144, 119)), ("Billing email", t, (778, 100, 848, 117)),
             ("Grand Pavilion Hotel", t, (103, 124, 230, 144)), ("Edit", t, (1198, 123, 1235, 151)),
             ("Riverside Care Home", t, (103, 153, 233, 173)), ("manager@riversidecare.co.uk", t, (778, 156, 944, 173)),
             ("Edit", t, (1197, 149, 1237, 183)), ("Riverside Dental Practice", t, (102, 179, 257, 202)),
             ("Edit", t, (1197, 178, 1237, 206)), ("Account", t, (17, 96, 75, 120)), ("C-01", t, (15, 121, 57, 147)),
             ("C-02", t, (16, 150, 58, 177)), ("C-03", t, (16, 178, 58, 205)), ("Business", t, (421, 125, 476, 143)),
             ("Business", t, (421, 155, 476, 173)), ("Femi Adebayo", t, (510, 152, 595, 174))]


def test_a_firms_standing_change_edits_the_firm_in_the_customers_list():
    """"Riverside Care Home's accounts team want their invoices sent to accounts@riversidecare.co.uk from now on
    …" on a ticket board: "Customers" (not the filter "All customers"), then the firm's row's "Edit" (not the
    dental practice's, a row under). A task starting with the firm's name has no verb a dialog is titled by
    ("Riverside Dental Practice" asks nothing)."""
    from tilepilot.model.embedded.buttons import confirm_button
    from tilepilot.model.embedded.order import edit_button, party_section

    told = "Riverside Care Home's accounts team want their invoices sent to accounts@riversidecare.co.uk from now " \
        "on, and they'd like to move to fortnightly invoicing."
    f, at = _page(CUSTOMERS[:4])
    assert party_section(f, told) == at["Customers"]
    assert party_section(f, "Riverside Care Home's duvets are ready") is None  # no standing change
    f, _ = _page(CUSTOMERS, [("click", (356, 28))])
    assert edit_button(f, told) == 10
    assert confirm_button(f, told) is None


def test_a_heading_just_under_the_bar_names_the_open_section():
    """The florist's "Orders" heading stands 86 px down, under a bar 86 px tall: "Orders" is the open page, so
    looking for a product goes to "Products" first."""
    from tilepilot.model.embedded.order import explore_link

    f, at = _page([("Petal & Stem ORDER DESK", t, (24, 16, 263, 41)), ("Orders", t, (307, 17, 359, 35)),
                   ("Products", t, (384, 17, 448, 37)), ("Delivery rounds", t, (473, 19, 576, 36)),
                   ("Customers", t, (616, 18, 675, 38)), ("Orders", t, (44, 86, 123, 114)),
                   ("+ New order", t, (1130, 87, 1221, 111)), ("FL-1031", t, (64, 241, 117, 257))])
    got = explore_link(f, "We can't get peonies for the foreseeable future. Take the Peony Blush off sale.")
    assert got is not None and got != at["Orders"]


def test_a_card_message_told_after_a_colon_goes_on_the_searched_orders_card_tab():
    """"Mrs Okafor has just rung about the sympathy wreath she ordered. Could you change the card message to:
    With deepest sympathy, from Grace and all the Okafor family": of the two orders the search for Okafor left,
    the wreath's ("FL-1047"), its drawer's "Card message" tab, and the text after the colon whole into the box
    under "MESSAGE ON CARD" (a text area, found as a wide and tall component)."""
    from tilepilot.model.embedded.fields import colon_text
    from tilepilot.model.embedded.order import record_tab, titled_card

    told = "Mrs Okafor has just rung about the sympathy wreath she ordered. Could you change the card message to: " \
        "With deepest sympathy, from Grace and all the Okafor family"
    cards = [("FL-1047", t, (60, 239, 120, 260)), ("Sympathy Wreath – White Lily", t, (60, 266, 267, 290)),
             ("For Family of Mr Samuel Okafor · Harrogate HG1 2JB", t, (62, 293, 386, 311)),
             ("From Grace Okafor", t, (61, 313, 179, 329)), ("FL-1049", t, (59, 451, 121, 475)),
             ("Sunflower Sunshine ·Large", t, (60, 479, 246, 504)),
             ("For Comfort Okafor · Harrogate HG2 7HJ", t, (62, 507, 311, 524)),
             ("From Daniel Okafor - + Chocolates", t, (62, 528, 267, 544))]
    f, at = _page(cards, [("click", (333, 26)), ("type", (1087, 146))])
    assert titled_card(f, told) == at["FL-1047"]
    assert titled_card(f, "Mrs Okafor rang about her order") is None  # two cards read Okafor alike
    f, _ = _page(cards, [("click", (333, 26)), ("type", (1087, 146)), ("click", (90, 249))])
    assert titled_card(f, told) is None  # opened
    drawer = [("FL-1047", t, (818, 21, 895, 41)), ("Details", t, (828, 87, 879, 104)),
              ("Card message", t, (902, 87, 998, 109)), ("Delivery", t, (1016, 86, 1076, 109)),
              ("History", t, (1092, 86, 1144, 109)), ("CUSTOMER", t, (820, 140, 894, 153))]
    f, at = _page(drawer, [("click", (333, 26)), ("type", (1087, 146)), ("click", (90, 249))])
    assert record_tab(f, told) == at["Card message"]
    form = [("Discharge destination", t, (421, 143, 562, 160)), ("Care home", t, (431, 167, 508, 187)),
            ("Destination details", t, (420, 199, 541, 216)), ("Fernlea House", t, (428, 223, 525, 243)),
            ("Discharge destination Care home", i, (424, 162, 854, 189)), ("Ward", t, (560, 170, 600, 185)),
            ("Bed", t, (640, 170, 670, 185))]
    f, _ = _page(form, [("click", (1066, 280)), ("type", (640, 233)), ("click", (466, 208))])
    assert record_tab(f, "Mr Haldane is off to Fernlea House care home this afternoon") is None  # a list's value
    tab = [("MESSAGE ON CARD", t, (818, 138, 949, 155)), ("With love and sympathy", t, (827, 164, 984, 192)),
           ("Preview", t, (817, 297, 866, 315)), ("Save message", t, (831, 417, 933, 439)),
           ("MESSAGE ON CARD With love and sympathy", c, (819, 159, 1261, 261)),
           ("Preview With love and sympathy", c, (819, 324, 1261, 396))]
    f, _ = _page(tab, [("click", (90, 249)), ("click", (950, 98))])
    assert colon_text(f, told) == (4, "With deepest sympathy, from Grace and all the Okafor family")
    assert colon_text(f, "Could you change the delivery note to: leave with neighbour") is None  # no such box
    f, _ = _page(tab, [("click", (90, 249)), ("click", (950, 98)), ("type", (1040, 210))])
    assert colon_text(f, told) is None  # typed


def test_a_filters_state_named_like_the_verb_is_no_place_to_go():
    """"Approve the skip permit at 44 Kingsway …" on the applications list: the filter's "Approved" box is a
    state, not the place approving is done ("Approvals" would be)."""
    from tilepilot.model.embedded.order import verb_section

    page = [("Applications", t, (67, 111, 170, 134)), ("Received", t, (114, 297, 177, 318)),
            ("Approved", t, (114, 401, 178, 422)), ("Refused", t, (114, 427, 170, 448))]
    f, _ = _page(page)
    assert verb_section(f, "Approve the skip permit at 44 Kingsway, valid until 30 April.") is None
    f, at = _page(page + [("Approvals", t, (300, 111, 380, 134))])
    assert verb_section(f, "Approve the skip permit at 44 Kingsway, valid until 30 April.") == at["Approvals"]


def test_an_address_for_invoices_goes_into_the_billing_email():
    """"Riverside Care Home's accounts team want their invoices sent to accounts@riversidecare.co.uk …" in the
    firm's "Edit customer" dialog: "Billing email", not "Email" above it (the network's pick)."""
    from tilepilot.model.embedded.fields import billing_email

    told = "Riverside Care Home's accounts team want their invoices sent to accounts@riversidecare.co.uk from now " \
        "on, and they'd like to move to fortnightly invoicing."
    form = [("Name", t, (369, 248, 410, 269)), ("Riverside Care Home", t, (507, 250, 627, 267)),
            ("Email", t, (370, 351, 409, 370)), ("office@riversidecare.co.uk", t, (506, 349, 658, 372)),
            ("Billing email", t, (370, 384, 442, 404)), ("manager@riversidecare.co.uk", t, (503, 382, 675, 407)),
            ("Invoicing", t, (370, 418, 425, 439)), ("Monthly", t, (508, 415, 563, 441)),
            ("Billing email manager@riversidecare.co.uk", i, (503, 380, 908, 410)),
            ("Name Riverside Care Home", i, (503, 245, 908, 275)),
            ("Email office@riversidecare.co.uk", i, (503, 347, 908, 376))]
    f, _ = _page(form, [("click", (356, 27)), ("click", (1217, 166))])
    assert billing_email(f, told) == (8, "accounts@riversidecare.co.uk")
    assert billing_email(f, "Riverside Care Home's manager is now accounts@riversidecare.co.uk") is None  # no bills
    f, _ = _page(form, [("click", (356, 27)), ("click", (1217, 166)), ("type", (705, 395))])
    assert billing_email(f, told) is None  # typed
    f, _ = _page(form[:4] + [form[10]], [("click", (1217, 166))])
    assert billing_email(f, told) is None  # one email field: the network's to fill
