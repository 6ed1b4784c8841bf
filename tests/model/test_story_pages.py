"""Rules written from the twenty-first blind set (a pottery studio, a scaffolding firm, a piano tuner, a sign
shop, a window cleaner's round, pest control), once it became a dev set: a board's card found by its menu
dots and the story's words, a thing named with its kind ("glaze firing": a firing), a section's own name on its
tabs, and things a story's pronoun stands for. Each page here is the geometry the model saw (OCR texts as
found, a dots glyph OCR missed put back where noted), cut to what the rule reads."""

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]

HOLLIS = "Hollis Dental have signed off the second proof of their fascia sign, so it can go into production now."
BOARD = [
    ('Brightline Signs', t, (51, 14, 212, 40)), ('Production boa', t, (247, 16, 351, 36)),
    ('Quotes', t, (384, 18, 435, 36)), ('Fitting schedule', t, (453, 15, 562, 38)), ('Clients', t, (581, 17, 631, 35)),
    ('Production board', t, (19, 78, 200, 101)), ('Search jobs or clients...', t, (225, 80, 378, 100)),
    ('ARTWORK', t, (30, 128, 111, 148)), ('PROOF SENT', t, (238, 128, 337, 148)), ('APPROVED', t, (446, 129, 530, 146)),
    ('Site hoarding', t, (33, 164, 132, 190)), ('illuminated fascia', t, (243, 167, 368, 188)),
    ('Car park signs', t, (450, 167, 556, 190)), ('banners', t, (34, 188, 98, 209)), ('sign', t, (242, 187, 280, 210)),
    ('Riverside Vets', t, (451, 188, 537, 205)), ('Greenway Builders', t, (36, 209, 147, 226)),
    ('Hollis Dental Practice', t, (241, 206, 369, 228)), ('SG-704 · 4 × Dibond', t, (450, 207, 568, 227)),
    ('SG-706 · 6 × Banner PVC', t, (36, 229, 180, 246)), ('SG-701 · 1 × Aluminium tray', t, (244, 226, 400, 248)),
    ('RUSH', t, (37, 248, 84, 269)), ('PROOF V2', t, (247, 249, 316, 269)),
    ('For sale boards', t, (449, 252, 562, 275)),
    ('(batch)', t, (450, 273, 504, 295)), ('MOT station sign', t, (34, 295, 155, 317)),
    ('Opening hours door', t, (242, 294, 385, 318)), ('Kestrel Estate Agents', t, (450, 294, 576, 314)),
    ('Marsh Lane Garage', t, (35, 316, 153, 334)), ('vinyl', t, (242, 315, 284, 338)),
    ('SG-710 · 50 × Correx', t, (450, 314, 571, 331)), ('SG-709 ·1× Dibond', t, (36, 336, 151, 353)),
    ('Hollis Dental Practice', t, (242, 334, 369, 354)), ('SG-705 - 1 × Vinyl', t, (243, 355, 343, 375)),
    ('PROOF V1', t, (247, 376, 315, 396)), ('Wall graphics —', t, (242, 422, 358, 445)),
    ('studio 2', t, (242, 441, 306, 465)), ('Norwich Community Gym', t, (242, 463, 391, 483)),
    ('⋯', t, (400, 174, 413, 176)), ('⋯', t, (192, 174, 205, 176)), ('⋯', t, (608, 174, 621, 176)),
    ('⋯', t, (608, 260, 621, 262)), ('⋯', t, (192, 302, 205, 304))]
SECOND_DOTS = ('⋯', t, (400, 302, 413, 304))  # (the dots of "Opening hours door vinyl", which OCR missed)


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


def test_a_boards_card_is_found_by_its_dots_and_the_storys_words():
    """No card of the board comes back as a drawn box, so the story's card is read by its "⋯": two cards show
    "Hollis Dental Practice"; the one that also shows "fascia" is the story's. Told of the door vinyl, the
    other one; on a first step only, or once a section was opened; not for a command."""
    from tilepilot.model.embedded.order import story_card

    for extra in ([], [SECOND_DOTS]):
        f, _ = _page(BOARD + extra)
        assert story_card(f, HOLLIS, "click", 10**6) == _at(f, (400, 174, 413, 176))
    f, _ = _page(BOARD + [SECOND_DOTS])
    door = "Hollis Dental have signed off the proof of their opening hours door vinyl, so it can be made now."
    assert story_card(f, door, "click", 10**6) == _at(f, (400, 302, 413, 304))
    f, _ = _page(BOARD + [SECOND_DOTS], [("click", (600.0, 400.0))])
    assert story_card(f, HOLLIS, "click", 10**6) is None  # (a step inside the page: no first look)
    f, _ = _page(BOARD + [SECOND_DOTS], [("click", (410.0, 27.0))])
    assert story_card(f, HOLLIS, "click", 10**6) == _at(f, (400, 174, 413, 176))  # ("Quotes" opened)
    f, _ = _page(BOARD)
    assert story_card(f, "Move the Hollis Dental fascia sign to production", "click", 10**6) is None


def test_a_single_column_of_dots_is_no_board():
    """A list's one column of "⋯" is ``story_row``'s, not read as cards."""
    from tilepilot.model.embedded.order import story_card

    column = [c for c in BOARD if c[2][0] < 420 and c[2][2] > 230 or c[1] != t]
    f, _ = _page([c for c in column if c[0] != '⋯' or c[2][0] == 400])
    assert story_card(f, HOLLIS, "click", 10**6) is None


FIRING = ("The element's gone in the big kiln, so Thursday's glaze firing isn't happening. Please cancel it "
          "— kiln fault.")
KILN_QUEUE = [
    ('Claybank', t, (40, 22, 135, 46)), ('Studio manager / Kiln queue', t, (246, 16, 413, 34)),
    ('Today: 13 May 2025', t, (1133, 17, 1254, 34)), ('POTTERY STUDIO', t, (18, 47, 136, 60)),
    ('Kiln queue', t, (243, 76, 366, 108)), ('+ Log a piece', t, (1150, 83, 1240, 100)),
    ('Kiln queue', t, (17, 99, 96, 120)), ('12', t, (172, 97, 198, 117)), ('Firings', t, (17, 138, 68, 162)),
    ('waiting for a firing', t, (258, 164, 361, 188)), ('loaded in planned firings', t, (416, 168, 552, 185)),
    ('Members', t, (18, 181, 82, 201)), ('Classes', t, (19, 220, 75, 240)),
    ('Search by member,piece, glaze..', t, (249, 215, 474, 246)), ('All statuses', t, (545, 217, 630, 243)),
    ('Glazes', t, (19, 260, 68, 280)), ('PIECE', t, (296, 272, 342, 293)), ('MEMBER', t, (616, 274, 677, 291)),
    ('FIRING', t, (715, 274, 765, 291)), ('GLAZE', t, (879, 274, 928, 292)), ('KILN LOAD', t, (978, 274, 1054, 291)),
    ('Spoon rest', t, (296, 324, 375, 341)), ('Glaze', t, (713, 332, 758, 349)), ('Tenmoku', t, (880, 332, 941, 349)),
    ('Mon 12 May · Big', t, (976, 330, 1079, 352)), ('Callum Reid', t, (614, 329, 699, 360)),
    ('kiln', t, (977, 348, 1004, 367)), ('⋮', t, (1226, 333, 1228, 347))]


def test_a_thing_named_with_its_kind_opens_the_things_section():
    """"Thursday's glaze firing" names a firing of the glaze kind: where both "Glazes" and "Firings" are links,
    "Firings" (it was "Glazes", nearer in meaning). The kiln queue's rows read "Big kiln", but "kiln" is a
    section's name, no sign that the firing is on this page."""
    from tilepilot.model.embedded.order import resolved, thing_section

    f, at = _page(KILN_QUEUE)
    assert thing_section(f, resolved(FIRING)) == at['Firings']
    from tilepilot.model.embedded.order import _modifiers

    assert _modifiers("Thursday's glaze firing", {"glaze", "firing"}, ["firings", "glazes"]) == {"glaze"}
    assert _modifiers("the firing glaze", {"glaze", "firing"}, ["firings", "glazes"]) == {"firing"}
    assert _modifiers("Thursday's glaze firing", {"glaze", "firing"}, ["firings"]) == set()


FIRINGS = [
    ('Claybank', t, (40, 22, 135, 46)), ('Studio manager / Firings', t, (246, 14, 392, 36)),
    ('Firings', t, (241, 76, 326, 111)), ('+ Schedule firing', t, (1127, 79, 1240, 101)),
    ('Kiln queue', t, (18, 98, 92, 121)), ('Firings', t, (15, 138, 74, 162)), ('Upcoming', t, (256, 127, 335, 154)),
    ('History', t, (356, 130, 408, 151)), ('All firings', t, (429, 128, 494, 151)), ('Members', t, (17, 178, 84, 201)),
    ('Wed 14 May ·Test kiln', t, (263, 193, 425, 216)), ('Classes', t, (19, 220, 75, 240)),
    ('F-123 · Glaze firing - cone 6', t, (263, 219, 430, 237)), ('PLANNED', t, (433, 220, 501, 237)),
    ('Glazes', t, (19, 260, 68, 280)), ('⋮', t, (541, 198, 543, 212))]


def test_a_sections_own_name_on_its_tabs_picks_none_of_them():
    """Firings, just opened from the sidebar, shows "Upcoming  History  All firings": the task's "firing" is
    the section's own thing, so no tab is chosen for it (it was "All firings")."""
    from tilepilot.model.embedded.order import record_tab

    f, _ = _page(FIRINGS, [("click", (42.0, 150.0))])
    assert record_tab(f, FIRING) is None
    f, at = _page(FIRINGS, [("click", (600.0, 300.0))])
    assert record_tab(f, FIRING) == at['All firings']  # (a record opened by a click on the page: its tab)


def test_a_storys_pronoun_stands_for_its_thing_not_for_what_befell_it():
    """"that job" is the barn conversion at Mill Farm, not "… has been refused planning permission"; "it",
    after "their overdue invoice", is the invoice."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("Bell & Sons rang: the barn conversion at Mill Farm has been refused planning permission, so "
                    "they won't be needing the temporary roof. Cancel that job for them please.") \
        == "cancel the barn conversion at Mill Farm for them"
    assert resolved("St Mary's Primary have paid their overdue invoice by BACS this morning — please record it.") \
        == "record St Mary's Primary's overdue invoice"


INVOICES = [
    ('Fairweather Piano Services', t, (55, 18, 289, 42)), ('Diary', t, (329, 20, 371, 42)),
    ('Clients', t, (394, 20, 446, 41)), ('Invoices', t, (466, 21, 534, 41)), ('Settings', t, (557, 18, 616, 42)),
    ('Thursday 5 June 2025', t, (1076, 20, 1213, 42)), ('Invoices', t, (31, 85, 135, 119)),
    ('INVOICE', t, (42, 192, 104, 212)), ('CLIENT', t, (135, 193, 187, 211)), ('STATUS', t, (943, 193, 999, 210)),
    ('INV-3112', t, (43, 231, 110, 251)), ("St Mary's C of E Primary School", t, (135, 225, 344, 256)),
    ('Tuning (hall)', t, (390, 230, 476, 254)), ('UNPAID', t, (946, 234, 1004, 251)),
    ('Record payment', t, (1090, 228, 1212, 255)), ('INV-3111', t, (43, 281, 109, 301)),
    ('Ms Hannah Cole', t, (134, 281, 246, 301)), ('PAID', t, (946, 274, 986, 292)),
    ('Tue 3 Jun · Card', t, (944, 293, 1037, 311)), ('INV-3110', t, (43, 331, 109, 351)),
    ('Pittville Pump Room', t, (133, 330, 268, 352)), ('UNPAID', t, (946, 334, 1004, 351)),
    ('Record payment', t, (1091, 330, 1211, 354)), ('INV-3107', t, (43, 415, 109, 435)),
    ("St Mary's C of E Primary School", t, (135, 409, 344, 440)),
    ('Tuning x2 + minor repair (hall)', t, (392, 416, 583, 436)), ('OVERDUE', t, (946, 416, 1017, 436)),
    ('Record payment', t, (1092, 414, 1209, 438)), ('INV-3095', t, (43, 607, 109, 627)),
    ("St Mary's C of E Primary School", t, (136, 604, 343, 630)), ('PAID', t, (946, 598, 988, 619)),
    ('Sun 30 Mar · BACS', t, (944, 619, 1054, 636))]
PAID = "St Mary's Primary have paid their overdue invoice by BACS this morning — please record it."


def test_a_storys_row_is_acted_on_by_the_button_of_the_commands_verb():
    """Invoices, just opened from the top bar: three rows are St Mary's C of E Primary School's; the OVERDUE one
    is the story's, and its "Record payment" is pressed (the PAID row that reads BACS has no button to band).
    Not on a step further in, nor where the story's names stand on no row."""
    from tilepilot.model.embedded.order import resolved, story_button

    f, _ = _page(INVOICES, [("click", (501.5, 31.0))])
    assert story_button(f, PAID, resolved(PAID)) == _at(f, (1092, 414, 1209, 438))
    f, _ = _page(INVOICES, [("click", (501.5, 31.0)), ("click", (600.0, 400.0))])
    assert story_button(f, PAID, resolved(PAID)) is None
    f, _ = _page(INVOICES)
    other = "Tewkesbury Music Society have paid — please record it."
    assert story_button(f, other, resolved(other)) is None


JOBS = [
    ('Job', t, (302, 135, 332, 154)), ('Client / site', t, (378, 135, 447, 152)), ('Type', t, (703, 134, 739, 156)),
    ('SJ-4401', t, (303, 174, 364, 195)), ('Harlow Homes Ltd', t, (376, 176, 506, 193)),
    ('Access', t, (704, 177, 756, 194)), ('Fri 13 Jun', t, (916, 175, 983, 195)), ('⋯', t, (1217, 181, 1239, 195)),
    ('14–18 Ashby Road, Loughborough LE11 3AB', t, (375, 191, 626, 211)), ('SJ-4402', t, (302, 227, 366, 251)),
    ('Mr & Mrs Patel', t, (376, 230, 480, 247)), ('Chimney stack', t, (703, 228, 807, 250)),
    ('⋯', t, (1217, 235, 1239, 249)), ('SJ-4403', t, (303, 283, 364, 304)),
    ('Bell & Sons Builders', t, (376, 285, 521, 302)), ('Temporary roof', t, (706, 286, 803, 303)),
    ('Fri 15 Aug', t, (912, 282, 983, 305)), ('⋯', t, (1217, 290, 1239, 304)),
    ('Mill Farm Barn, Quorn Lane, Quorn LE12 8BD', t, (377, 303, 629, 320)), ('SJ-4404', t, (302, 337, 364, 361)),
    ('Bell & Sons Builders', t, (376, 339, 522, 359)), ('Access', t, (704, 341, 755, 358)),
    ('⋯', t, (1217, 345, 1239, 359)), ('Mill Farm Cottage, Quorn Lane, Quorn LE12 8BD', t, (376, 356, 646, 376)),
    ('SJ-4405', t, (303, 392, 364, 413)), ('Charnwood Roofing', t, (376, 393, 517, 413)),
    ('⋯', t, (1217, 399, 1239, 413)), ('12 Chapel Street, Shepshed LE12 9AG', t, (377, 413, 592, 430))]


def test_rows_alike_by_the_storys_names_are_told_apart_by_its_other_words():
    """Two rows read Bell & Sons and Mill Farm; "the barn conversion … the temporary roof" is the one reading
    "Mill Farm Barn" and "Temporary roof", its dots opened for "Cancel that job"."""
    from tilepilot.model.embedded.order import story_row

    bell = ("Bell & Sons rang: the barn conversion at Mill Farm has been refused planning permission, so they "
            "won't be needing the temporary roof. Cancel that job for them please.")
    f, _ = _page(JOBS)
    assert story_row(f, bell) == _at(f, (1217, 290, 1239, 304))
    f, _ = _page(JOBS)
    assert story_row(f, "Bell & Sons rang: please cancel their job at Mill Farm.") is None  # (nothing tells)


JOB_MENU = JOBS[:9] + [
    ('Open job', t, (1053, 213, 1121, 238)), ('Confirm booking', t, (1053, 246, 1165, 272)),
    ('Mark erected', t, (1053, 283, 1144, 304)), ('Extend hire...', t, (1055, 318, 1146, 339)),
    ('Record inspection...', t, (1053, 349, 1187, 375)), ('Book dismantle', t, (1055, 387, 1158, 407)),
    ('Mark struck', t, (1055, 421, 1135, 441)), ('Cancel job...', t, (1055, 455, 1139, 476))]
HARLOW = "Harlow Homes want the Ashby Road scaffold for another fortnight — please extend the hire to 27 June."


def test_a_menu_stack_without_a_drawn_panel_is_read_and_no_rows_box_is_its_choice():
    """The row's "⋯" opened a menu OCR reads as a stack of entries with no panel round it: "Extend hire…" is
    chosen (the reason rule had clicked a row's code, "SJ-4407", for "27 June"), and no row's tick box is
    taken for a choice while the menu is open."""
    from test_story_menus import _meant

    from tilepilot.model.embedded.order import menu_entry, reason_choice, resolved

    f, at = _page(JOB_MENU, [("click", (1228.0, 188.0))])
    f = _meant(f, HARLOW)
    assert menu_entry(f, resolved(HARLOW), HARLOW, "scroll", 10**6) == at['Extend hire...']
    assert reason_choice(f, resolved(HARLOW)) is None


EXTEND = [
    ('Today · Wed 4 Jun 2025', t, (1100, 18, 1250, 38)), ('Extend hire — SJ-4401', t, (396, 196, 572, 216)),
    ('Harlow Homes Ltd · current hire ends Fri 13 Jun · £420.00/week', t, (395, 283, 741, 301)),
    ('New hire end date', t, (395, 314, 503, 331)), ('mm/dd/yyyy', t, (403, 346, 492, 370)),
    ('Choose a date to see the extra hire charge.', t, (397, 388, 629, 405)),
    ('Email the client a hire extension confirmation', t, (397, 414, 704, 437)), ('Cancel', t, (707, 502, 756, 520)),
    ('Extend hire', t, (788, 501, 871, 521)), ('New hire end date mm/dd/yyyy', i, (397, 337, 884, 378))]


def test_a_date_the_task_ends_on_goes_into_the_one_date_field_its_words_name_then_the_dialog_is_sent():
    """"… extend the hire to 27 June." on "New hire end date": 2025-06-27 (the page's year), then "Extend hire"
    once the field reads it. A task that goes on after the date sends nothing yet."""
    from tilepilot.model.embedded.fields import shifted_commit, worded_date

    f, at = _page(EXTEND, [("click", (1228.0, 188.0)), ("click", (1100.5, 328.5))])
    assert worded_date(f, HARLOW) == (at['New hire end date mm/dd/yyyy'], "2025-06-27")
    typed = [c if c[0] != 'mm/dd/yyyy' else ('06/27/2025', t, c[2]) for c in EXTEND]
    typed = [c if c[1] != i else ('New hire end date 06/27/2025', i, c[2]) for c in typed]
    f, at = _page(typed, [("click", (1228.0, 188.0)), ("click", (1100.5, 328.5)), ("type", (640.5, 357.5))])
    assert worded_date(f, HARLOW) is None  # (typed already)
    assert shifted_commit(f, HARLOW) == at['Extend hire']
    assert shifted_commit(f, HARLOW.rstrip(".") + ", and email them a confirmation.") is None


WASPS = ("Please cancel tomorrow's wasp nest job in Elm Grove — the customer says the wasps have cleared off on "
         "their own, so don't charge her anything.")
REASONS_OPEN = [
    ('Cancel visit V-9020', t, (375, 178, 534, 198)),
    ('Mrs Lorna Blake, 22 Elm Grove — Thu 18 Sep 14:00 (wasp nest)', t, (373, 244, 784, 267)),
    ('Reason', t, (374, 279, 425, 297)), ('choose a reason', t, (403, 309, 514, 326)),
    ('Pest no longer present', t, (385, 323, 535, 344)), ('Customer unavailable', t, (386, 342, 527, 359)),
    ('Booked in error', t, (386, 356, 489, 378)), ('Technician unavailable', t, (388, 376, 532, 393)),
    ('Other', t, (386, 391, 429, 412)), ('Charge the £35 late cancellation fee', t, (380, 447, 629, 464)),
    ('Keep visit', t, (709, 515, 783, 542)), ('Cancel visit', t, (812, 518, 891, 538))]
WASP_STEPS = [("click", (315.5, 138.0)), ("click", (1208.5, 371.0)), ("click", (1060.0, 544.5)),
              ("click", (640.5, 319.5))]


def test_who_tells_the_story_is_no_reason():
    """"the customer says the wasps have cleared off": "Pest no longer present", not "Customer unavailable" (the
    customer only tells it)."""
    from tilepilot.model.embedded.fields import reason_list
    from tilepilot.model.embedded.order import resolved

    f, at = _page(REASONS_OPEN, WASP_STEPS)
    assert reason_list(f, resolved(WASPS), False, WASPS) == at['Pest no longer present']
    ill = "Please cancel tomorrow's wasp nest job in Elm Grove — the customer is unavailable all day."
    assert reason_list(f, resolved(ill), False, ill) == at['Customer unavailable']


METHOD_OPEN = [
    ('Record payment — INV-3107', t, (376, 202, 625, 229)), ('DATE PAID', t, (375, 306, 449, 326)),
    ('PAYMENT METHOD', t, (643, 308, 765, 325)), ('06/05/2025', t, (386, 336, 469, 357)),
    ('choose', t, (672, 337, 725, 354)), ('BACS / bank transfer', t, (654, 353, 793, 373)),
    ('Card', t, (655, 370, 692, 389)), ('REFERENCE (OPTIONAL)', t, (376, 378, 541, 403)),
    ('Cheque', t, (653, 386, 711, 409)), ('Cash', t, (654, 404, 696, 425)), ('Cancel', t, (718, 495, 772, 517)),
    ('Mark as paid', t, (800, 495, 889, 516)), ('PAYMENT METHOD choose', i, (656, 338, 890, 355))]
METHOD_CHOSEN = [
    ('Record payment — INV-3107', t, (375, 204, 625, 231)), ('DATE PAID', t, (377, 310, 449, 327)),
    ('PAYMENT METHOD', t, (643, 310, 767, 327)), ('06/05/2025', t, (386, 338, 469, 359)),
    ('BACS / bank transfer', t, (655, 339, 795, 359)), ('V', t, (883, 340, 900, 357)),
    ('REFERENCE (OPTIONAL)', t, (375, 375, 542, 402)), ('Cancel', t, (719, 494, 771, 516)),
    ('Mark as paid', t, (798, 492, 891, 518)), ('OVERDUE', t, (946, 416, 1017, 436)),
    ('Record payment', t, (1092, 414, 1209, 438)), ('', i, (379, 399, 902, 434)),
    ('BACS / bank transfer', i, (643, 329, 903, 369)), ('06/05/2025', i, (379, 331, 636, 368))]
PAY_STEPS = [("click", (501.5, 31.0)), ("click", (1107.5, 426.0)), ("click", (773.5, 349.5))]


def test_a_list_opened_shows_its_option_named_and_the_dialog_is_sent_by_its_button():
    """The method list opened ("— choose —" read as "choose"): "BACS / bank transfer", the task's "by BACS";
    once it reads so, "Mark as paid" (it holds "paid"), not the OVERDUE badge nor "Record payment" of the
    rows behind the dialog."""
    from tilepilot.model.embedded.fields import reason_commit, reason_list
    from tilepilot.model.embedded.order import resolved

    f, at = _page(METHOD_OPEN, PAY_STEPS)
    assert reason_list(f, resolved(PAID), False, PAID) == at['BACS / bank transfer']
    f, at = _page(METHOD_CHOSEN, PAY_STEPS + [("click", (666.5, 363.0))])
    assert reason_commit(f, PAID) == at['Mark as paid']
    assert reason_commit(f, "St Mary's Primary have paid — please record it.") is None  # (no option named)


MAGGIE = ("Maggie Doyle is going travelling for the summer. Can you pause her membership until 31 August? She's "
          "also asked not to get the newsletter while she's away.")


def test_a_thing_of_another_section_is_no_storys_row_here():
    """On the kiln queue a row shows Maggie Doyle's teapot; "pause her membership" belongs to "Members" (a
    membership is a member's), so the row's dots are left alone."""
    from tilepilot.model.embedded.order import _one_thing, story_row

    assert _one_thing("membership", "members") and not _one_thing("member", "shipments")
    f, _ = _page(KILN_QUEUE + [
        ('Maggie', t, (616, 608, 667, 630)), ('Teapot', t, (296, 612, 347, 629)),
        ('Thu 15 May · Big', t, (977, 617, 1076, 640)), ('Doyle', t, (614, 629, 658, 651)),
        ('⋮', t, (1226, 622, 1228, 636)),
        ('Luke Ferris', t, (616, 690, 692, 710)), ('⋮', t, (1226, 694, 1228, 708))])
    assert story_row(f, MAGGIE) is None
    assert story_row(f, "Maggie Doyle rang: she dropped her teapot on Thursday, so please cancel it.") \
        == _at(f, (1226, 622, 1228, 636))


MEMBERS = [
    ('Claybank', t, (40, 22, 135, 46)), ('Studio manager / Members', t, (246, 17, 407, 34)),
    ('Members', t, (243, 78, 343, 105)), ('Maggie Doylel', t, (925, 75, 1029, 108)),
    ('+ Add member', t, (1143, 82, 1239, 99)), ('Kiln queue', t, (18, 99, 92, 121)), ('Firings', t, (17, 138, 68, 161)),
    ('All (16)', t, (256, 127, 313, 154)), ('Members', t, (17, 180, 87, 201)), ('NAME', t, (255, 186, 299, 204)),
    ('PHONE', t, (710, 186, 762, 204)), ('Classes', t, (18, 220, 76, 241)), ('Maggie Doyl', t, (256, 223, 343, 243)),
    ('maggie.doyle@example.com', t, (257, 241, 415, 259)), ('07700 900103', t, (711, 233, 804, 250)),
    ('Edit', t, (1160, 226, 1204, 257)), ('Glazes', t, (19, 260, 68, 280)),
    ('SHELF Maggie Doyl', i, (248, 215, 1252, 269)), ('Maggie Doylel', i, (923, 69, 1124, 111)),
    ('Firings Members', i, (9, 170, 211, 210)), ('Edit', i, (1160, 226, 1207, 256))]


def test_the_one_result_of_a_name_searched_is_opened_by_its_name_as_ocr_read_it():
    """"Maggie Doyle" typed into the list's search (the sidebar's highlighted entry is no second box): the row
    reads "Maggie Doyl" over "maggie.doyle@example.com"; the name is opened, not the address."""
    from tilepilot.model.embedded.fields import searched_result
    from tilepilot.model.embedded.order import resolved

    f, _ = _page(MEMBERS, [("click", (50.0, 191.0)), ("type", (1024.0, 90.5))])
    assert searched_result(f, resolved(MAGGIE)) == _at(f, (256, 223, 343, 243))


MEMBER_FORM = [
    ('Edit member — Maggie Doyle', t, (386, 143, 639, 168)), ('Details', t, (400, 205, 451, 226)),
    ('Membership', t, (472, 206, 562, 227)), ('Preferences', t, (585, 205, 678, 225)),
    ('Plan', t, (386, 251, 419, 270)),
    ('Full', t, (388, 270, 446, 297)), ('Off-peak', t, (456, 274, 543, 295)), ('Drop-in', t, (548, 274, 629, 295)),
    ('Membership status', t, (387, 374, 502, 390)), ('Active', t, (391, 395, 459, 416)),
    ('Paused', t, (474, 395, 550, 415)), ('Lapsed', t, (564, 395, 638, 416)), ('Renewal date', t, (387, 427, 469, 444)),
    ('Cancel', t, (702, 552, 753, 573)), ('Save member', t, (785, 554, 877, 571)),
    ('Full', c, (394, 278, 409, 293)), ('Off-peak', c, (460, 278, 475, 293)), ('Drop-in', c, (556, 278, 571, 293)),
    ('Active', c, (394, 399, 409, 414)), ('Paused', c, (475, 399, 490, 414)), ('Lapsed', c, (566, 399, 581, 414))]


def test_a_tab_the_task_names_and_the_state_its_verb_leaves():
    """Her form's tabs "Details  Membership  Preferences": "pause her membership" opens "Membership" (a name said
    in the task, "Charlie", is no tab's); there, "Paused" is the state "pause" leaves it in (OCR reads the
    ring into the word's box)."""
    from test_story_reasons import _ring

    from tilepilot.model.embedded.order import record_tab, resolved, told_radio

    steps = [("click", (50.0, 191.0)), ("type", (1024.0, 90.5)), ("click", (299.5, 233.0))]
    f, at = _page(MEMBER_FORM, steps)
    assert record_tab(f, resolved(MAGGIE)) == at['Membership']
    named = [x if x[0] != 'Membership' else ('Charlie', t, x[2]) for x in MEMBER_FORM]
    f, _ = _page(named, steps)
    assert record_tab(f, "Charlie crew have finished the job — close that one off as fixed") is None
    f, _ = _page(MEMBER_FORM, steps + [("click", (518.0, 234.5))])  # (shown since: the dialog moved it up)
    assert record_tab(f, resolved(MAGGIE)) is None
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            f.cand_crop[q] = _ring()
    assert told_radio(f, resolved(MAGGIE)) == _at(f, (475, 399, 490, 414))
    assert told_radio(f, "lapse her membership") == _at(f, (566, 399, 581, 414))


ROUND = [
    ('Birch Close 2 due', t, (271, 167, 422, 191)), ('3 Birch Close', t, (281, 209, 391, 230)),
    ('Conservatory roof', t, (515, 222, 619, 239)), ('£32.00', t, (895, 219, 951, 240)),
    ('paid up', t, (1037, 221, 1089, 239)),
    ('Bank transfer', t, (1111, 221, 1198, 238)), ('The Coopers', t, (280, 226, 365, 249)),
    ('6 Birch Close', t, (282, 264, 391, 285)), ('owes £32.00', t, (983, 275, 1087, 291)),
    ('Cash', t, (1162, 275, 1198, 293)),
    ('Mr Sid Pat', t, (281, 282, 343, 302)), ('Elm Drive 2 due', t, (273, 333, 409, 354)),
    ('2 Elm Drive', t, (281, 373, 379, 394)), ('Gutter clear', t, (514, 384, 589, 405)),
    ('paid up', t, (1036, 384, 1089, 406)), ('Mr John Webb', t, (281, 391, 372, 412)),
    ('14 Elm Drive', t, (281, 428, 388, 449)), ('£23.00', t, (889, 438, 945, 459)),
    ('owes £36.00', t, (983, 440, 1087, 456)),
    ('Cash', t, (1162, 439, 1198, 457)), ('Mrs Harpreet Gill', t, (280, 445, 390, 468)),
    ('⋮', t, (1230, 222, 1232, 236)), ('⋮', t, (1230, 277, 1232, 291)), ('⋮', t, (1230, 387, 1232, 401)),
    ('⋮', t, (1230, 441, 1232, 455))]
GILL = "Mrs Gill at 14 Elm Drive has just paid the £36 she owed, in cash."
PAYMENT = [
    ('Record payment', t, (375, 164, 538, 187)), ('Customer', t, (373, 214, 447, 237)),
    ('14 Elm Drive — Mrs Harpreet Gill (owes £36.00)', t, (387, 246, 731, 266)),
    ('Amount (£)', t, (374, 282, 458, 303)),
    ('Date', t, (643, 283, 681, 302)), ('36', t, (381, 311, 412, 337)), ('Method', t, (372, 352, 435, 376)),
    ('Cash', t, (377, 376, 445, 400)), ('Bank transfer', t, (453, 377, 581, 400)), ('Card', t, (609, 377, 653, 398)),
    ('Note', t, (373, 407, 416, 428)), ('Cancel', t, (684, 530, 742, 554)), ('Save payment', t, (770, 531, 892, 554)),
    ('Elm', t, (252, 352, 290, 370)), ('2', t, (285, 384, 300, 403)), ('', i, (377, 431, 904, 470)),
    ('36', i, (377, 305, 636, 345)), ('2', i, (250, 375, 370, 410)),  # (a row behind the dialog, read as a field)
    ('Cash', c, (382, 382, 397, 397)), ('Bank transfer', c, (458, 382, 473, 397)), ('Card', c, (593, 382, 608, 397))]


def test_a_payment_told_opens_its_rows_menu_and_its_way_is_ticked():
    """"Mrs Gill at 14 Elm Drive has just paid …": her row's "⋮" (a row's "paid up" is its state, no button);
    in the dialog, "in cash" picks "○ Cash", and "14" of her address is no count to type anywhere."""
    from test_story_reasons import _ring

    from tilepilot.model.embedded.fields import counted_field
    from tilepilot.model.embedded.order import said_radio, story_row

    f, _ = _page(ROUND)
    assert story_row(f, GILL) == _at(f, (1230, 441, 1232, 455))
    f, at = _page(PAYMENT, [("click", (1231.0, 448.0)), ("click", (1134.0, 553.0))])
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            f.cand_crop[q] = _ring()
    assert said_radio(f, GILL) == _at(f, (382, 382, 397, 397))
    assert said_radio(f, "Mrs Gill at 14 Elm Drive has paid the £36 she owed.") is None
    f.ins_off = np.zeros((0, 2), np.int64)
    assert counted_field(f, GILL) is None
    assert counted_field(f, "Please make it 3 elm logs.") == (_at(f, (250, 375, 370, 410)), (15, 16))


ROUND_MENU = ROUND[:7] + [
    ('6 Birch Close', t, (282, 264, 391, 285)), ('Mark cleaned', t, (1066, 255, 1170, 278)),
    ('Skip this visit...', t, (1068, 291, 1180, 311)), ('Elm Drive 2 due', t, (273, 333, 409, 354)),
    ('Record payment...', t, (1067, 323, 1202, 346)), ('Edit customer...', t, (1067, 361, 1184, 379)),
    ('⋮', t, (1230, 222, 1232, 236))]


def test_a_menu_with_no_entry_meant_opens_the_records_own_form():
    """"put them on hold until the end of August": no entry of "Mark cleaned, Skip this visit…, Record
    payment…, Edit customer…" means it, so "Edit customer…" (its status is set there)."""
    from test_story_menus import _meant

    from tilepilot.model.embedded.order import menu_entry, resolved

    hold = ("The Coopers at 3 Birch Close are having an extension built, so can you put them on hold until the end "
            "of August?")
    f, at = _page(ROUND_MENU, [("click", (1231.0, 229.0))])
    f = _meant(f, hold)
    assert menu_entry(f, resolved(hold), hold, "scroll", 10**6) == at['Edit customer...']


SCHEDULE = [
    ('Ratcliffe Pest Control', t, (52, 15, 243, 38)), ('Operations  Schedule', t, (258, 18, 394, 35)),
    ('Wednesday 17 Sep 2025', t, (1066, 16, 1225, 37)), ('Schedule', t, (16, 75, 89, 99)),
    ('Schedule', t, (208, 77, 308, 101)), ('+ Book visit', t, (1157, 80, 1247, 100)),
    ('Contracts', t, (19, 118, 86, 139)),
    ('Today', t, (219, 126, 265, 149)), ('Next 14 days', t, (464, 126, 552, 149)),
    ('All technicians', t, (626, 126, 747, 149)), ('Search site, address, pest...', t, (761, 125, 944, 150)),
    ('Tomorrov', t, (288, 129, 343, 147)), ('This week', t, (375, 128, 444, 148)), ('All', t, (575, 129, 599, 147)),
    ('Sites', t, (17, 160, 58, 186)), ('Time', t, (259, 178, 294, 197)), ('Site', t, (412, 179, 442, 198)),
    ('Technicians', t, (19, 202, 98, 222)), ('Monday 15 Sep 2025', t, (220, 214, 353, 232))]


def test_tomorrow_opens_its_filter_and_a_breadcrumb_is_no_link():
    """"cancel tomorrow's wasp nest job" on a schedule filtered "Today  Tomorrow  This week …": "Tomorrow" (read
    "Tomorrov"), once; the breadcrumb "Operations › Schedule" (its "›" lost) is no section to explore."""
    from tilepilot.model.embedded.order import _explore_links, day_tab

    f, at = _page(SCHEDULE)
    assert day_tab(f, WASPS) == at['Tomorrov']
    f, _ = _page(SCHEDULE, [("click", (315.5, 138.0))])
    assert day_tab(f, WASPS) is None
    f, at = _page(SCHEDULE)
    assert at['Operations  Schedule'] not in _explore_links(f) and at['Contracts'] in _explore_links(f)


def _light(f, tick: tuple[int, ...] = ()):
    """The page's candidates' colour state (``cand_state``): light grey boxes, those at ``tick`` filled blue."""
    f.cand_state = np.zeros((len(f.cand_text), 8), np.float32)
    f.cand_state[:, 2:5] = 0.95
    for q in tick:
        f.cand_state[q, 2:5] = (0.37, 0.66, 0.99)
    return f


ROUND_GROUPS = [
    ('Birch Close 2 due', t, (271, 167, 422, 191)), ('3 Birch Close', t, (281, 209, 391, 230)),
    ('The Coopers', t, (280, 226, 365, 249)), ('Elm Drive 2 due', t, (273, 333, 409, 354)),
    ('2 Elm Drive', t, (281, 373, 379, 394)), ('Oakfield Road 5 due', t, (271, 496, 445, 520)),
    ('3 Oakfield Road', t, (281, 538, 411, 558)), ('Mrs Ann Booth', t, (282, 558, 374, 575)),
    ('7 Oakfield Road', t, (282, 593, 413, 614)), ('⋮', t, (1230, 222, 1232, 236)), ('⋮', t, (1230, 551, 1232, 565)),
    ('Birch Close 2 due', c, (250, 174, 265, 189)), ('□', c, (248, 220, 263, 235)),
    ('Elm Drive 2 due', c, (250, 338, 265, 353)), ('Oakfield Road 5 due', c, (250, 502, 265, 517)),
    ('□', c, (248, 548, 263, 563)), ('□', c, (248, 605, 263, 620))]
EVERYONE = "We've done everyone on Oakfield Road on today's round — tick them all off as cleaned."
BULK_BAR = [('5 selected', t, (242, 172, 330, 192)), ('Mark cleaned', t, (344, 172, 439, 189)),
            ('Skip...', t, (461, 168, 514, 194)), ('Clear', t, (1189, 166, 1243, 195))]


def test_everyone_of_a_group_is_ticked_by_its_header_then_the_bulk_bar_acts():
    """"everyone on Oakfield Road … tick them all off as cleaned": the box before "Oakfield Road 5 due" (not a
    row's; not once it reads ticked, blue); then, in the bar "5 selected  Mark cleaned  Skip…  Clear", "Mark
    cleaned". One street's row is no group ("3 Oakfield Road"'s box is left alone without "everyone")."""
    from tilepilot.model.embedded.order import bulk_action, group_box

    f, _ = _page(ROUND_GROUPS)
    assert group_box(_light(f), EVERYONE) == _at(f, (250, 502, 265, 517))
    assert group_box(_light(f), "Tick off 3 Oakfield Road as cleaned.") is None
    f, _ = _page(ROUND_GROUPS, [("click", (257.5, 509.5))])
    assert group_box(_light(f, (_at(f, (250, 502, 265, 517)),)), EVERYONE) is None
    f, at = _page(BULK_BAR + ROUND_GROUPS, [("click", (257.5, 509.5))])
    assert bulk_action(_light(f), EVERYONE) == at['Mark cleaned']
    f, _ = _page(BULK_BAR + ROUND_GROUPS)
    assert bulk_action(_light(f), EVERYONE) is None  # (nothing ticked by a click yet)


SCHEDULE_ROWS = SCHEDULE + [
    ('Wednesday 17 Sep 2025 · Today', t, (218, 493, 426, 516)), ('V-9012', t, (327, 636, 384, 661)),
    ('Golden Wok', t, (412, 639, 503, 660)), ('V-9013', t, (328, 691, 385, 716)),
    ('Meadowbank Care Home', t, (413, 694, 586, 714)), ('Routine inspection Rodents', t, (710, 694, 889, 715)),
    ('⋮', t, (1218, 646, 1220, 660)), ('⋮', t, (1218, 701, 1220, 715))]
CONTRACT = ("Meadowbank Care Home's contract runs out at the end of the month. Renew it for another 12 months — the "
            "new fee will be £68 a month.")
CONTRACTS = [
    ('Operations  Contracts', t, (258, 18, 394, 35)), ('Schedule', t, (16, 75, 89, 99)),
    ('Contracts', t, (208, 77, 308, 101)), ('Contracts', t, (19, 118, 86, 139)), ('Sites', t, (17, 160, 58, 186)),
    ('PC-188', t, (222, 322, 266, 340)), ('Meadowbank Care Home', t, (299, 322, 466, 340)),
    ('Full pest cover', t, (556, 322, 648, 340)), ('1 Oct 2024 – 30 Sep 2025', t, (882, 322, 1046, 340)),
    ('⋮', t, (1226, 326, 1228, 340)), ('PC-211', t, (222, 377, 266, 395)),
    ('Meadowbank Day Nursery', t, (299, 377, 474, 395)), ('Insect cover', t, (556, 377, 632, 395)),
    ('⋮', t, (1226, 381, 1228, 395)), ('PC-207', t, (222, 431, 266, 449)), ('The Crown Hotel', t, (299, 431, 411, 449)),
    ('⋮', t, (1226, 435, 1228, 449))]


def test_a_names_thing_kept_in_another_section_opens_it_and_its_row_there():
    """"Meadowbank Care Home's contract runs out … Renew it …": the home's visit shows on the schedule, but its
    contract is kept under "Contracts", opened; there, the home's row (not the day nursery's) gives its dots.
    The story reads "renew Meadowbank Care Home's contract …"."""
    from tilepilot.model.embedded.order import resolved, story_row, thing_section

    assert resolved(CONTRACT).startswith("renew Meadowbank Care Home's contract for another 12 months")
    f, at = _page(SCHEDULE_ROWS)
    assert thing_section(f, resolved(CONTRACT)) == at['Contracts']
    f, _ = _page(CONTRACTS, [("click", (52.5, 128.5))])
    assert story_row(f, CONTRACT) == _at(f, (1226, 326, 1228, 340))
    f, _ = _page(CONTRACTS, [("click", (700.0, 400.0))])
    assert story_row(f, CONTRACT) is None  # (a step inside the page: no first look)


RENEW = [
    ('Renew contract PC-188', t, (375, 173, 569, 193)), ('Renewal term', t, (375, 272, 459, 289)),
    ('Monthly fee (£)', t, (371, 322, 468, 347)), ('68', t, (381, 353, 410, 377)),
    ('Renew automatically at the end of the new term', t, (379, 448, 704, 474)), ('Cancel', t, (695, 522, 751, 548)),
    ('Renew contract', t, (779, 525, 891, 545)),
    ('Renew automatically at the end of the new term', c, (381, 454, 396, 469))]


def test_the_dialogs_own_verb_asks_no_box_of_it():
    """"Renew it …" in the dialog "Renew contract PC-188": "Renew automatically at the end of the new term" is
    left unticked (the verb is the dialog's own, not a second thing asked); a box led by a verb the dialog is
    not titled by is still ticked."""
    from tilepilot.model.embedded.roles import told_box

    steps = [("click", (52.5, 128.5)), ("click", (1227.0, 333.0)), ("click", (1121.5, 371.5)), ("type", (506.5, 367.0))]
    f, _ = _page(RENEW, steps)
    assert told_box(_light(f), CONTRACT) is None
    other = [x if not x[0].startswith("Renew contract") else ("Extend contract" + x[0][14:], x[1], x[2])
             for x in RENEW]
    f, _ = _page(other, steps)
    assert told_box(_light(f), CONTRACT) == _at(f, (381, 454, 396, 469))


def test_a_grids_dots_are_no_tables_rows():
    """Dots in columns (a grid of recipe cards) band no rows: ``story_row`` leaves them to the cards (where OCR
    missed Smokehouse Porter's own dots, the band of the next card's took in its name)."""
    from tilepilot.model.embedded.order import story_row

    grid = [('Harbour Pale Ale', t, (65, 165, 189, 184)), ('⋯', t, (400, 172, 414, 176)),
            ('Lighthouse IPA', t, (464, 165, 577, 184)), ('⋯', t, (799, 172, 813, 176)),
            ('Smokehouse Porter', t, (65, 303, 211, 322)), ('Saltmarsh Gose', t, (464, 303, 582, 322)),
            ('⋯', t, (799, 310, 813, 314))]
    f, _ = _page(grid)
    assert story_row(f, "Smokehouse Porter is being retired, so please archive it.") is None


KWAME = ("Please sign up Kwame Mensah as a new member on the off-peak plan — kwame.mensah@example.com, 07700 "
         "900845. Give him shelf B-14 and put him on the newsletter list.")
MEMBER_LIST = [
    ('Claybank', t, (40, 22, 135, 46)), ('Studio manager / Members', t, (246, 17, 407, 34)),
    ('Members', t, (243, 78, 343, 105)), ('Search members...', t, (935, 80, 1056, 101)),
    ('+ Add member', t, (1143, 82, 1239, 99)), ('Kiln queue', t, (18, 99, 92, 121)), ('Firings', t, (17, 138, 68, 161)),
    ('Members', t, (17, 180, 87, 201)), ('NAME', t, (255, 186, 299, 204)), ('Ana Ruiz', t, (258, 224, 320, 241)),
    ('ana.ruiz@example.com', t, (258, 242, 385, 258)), ('Edit', t, (1176, 232, 1200, 248)),
    ('Search members...', i, (926, 72, 1121, 108)), ('+ Add member', i, (1131, 72, 1252, 108))]


def test_a_new_members_details_are_no_story_and_open_the_add_button():
    """"Please sign up Kwame Mensah as a new member … Give him shelf B-14 …" is a command with a new thing's
    details, not a story about B-14 (it read "put shelf B-14 on the newsletter list"); on Members, just opened,
    "+ Add member" is pressed, not the search typed into."""
    from tilepilot.model.embedded.buttons import ADDS_NEW, new_button
    from tilepilot.model.embedded.fields import name_search
    from tilepilot.model.embedded.order import resolved

    assert resolved(KWAME) == KWAME
    assert ADDS_NEW.match(KWAME) and not ADDS_NEW.match("Please sign Kwame Mensah up for the pottery class.")
    f, _ = _page(MEMBER_LIST, [("click", (50.0, 191.0))])
    assert new_button(f, KWAME, len(f.cand_text), 0, False) == _at(f, (1143, 82, 1239, 99))
    assert name_search(f, KWAME, untyped=True) is None
