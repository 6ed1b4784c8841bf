"""Rules written from the nineteenth blind set (a framing shop, a physio clinic, a rowing club, a hall-hire
office, a joinery, a temp agency), once it became a dev set: a list's search box inside its filter bar, a story
that opens with a record's code, a reason chosen from a native list shown open, a table's header read as no
tabs, a row's menu for "query", and a note given word for word. Each page here is the geometry the model saw
(OCR texts as found), cut to what the rule reads."""

import re

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]

PAID = "HB-5108's invoice has been paid, so you can confirm the booking now."
BOOKINGS = [
    ('Search', t, (80, 178, 137, 199)), ('Venue', t, (344, 182, 395, 203)), ('Status', t, (719, 181, 772, 202)),
    ('From date', t, (936, 174, 1009, 199)), ('Ref, hirer, group or purpose', t, (89, 212, 278, 232)),
    ('All venues', t, (356, 211, 433, 235)), ('Provisional & confirmed', t, (730, 204, 920, 238)),
    ('mm/dd/yyyy', t, (932, 204, 1073, 238)), ('15 bookings', t, (65, 263, 149, 286)),
    ('Ref', t, (74, 301, 107, 322)), ('Date', t, (144, 300, 184, 322)), ('Time', t, (272, 301, 313, 324)),
    ('Hirer', t, (615, 301, 657, 324)), ('Purpose', t, (796, 301, 862, 325)),
    ('Charge', t, (951, 300, 1014, 324)), ('Invoice', t, (1134, 299, 1193, 323)),
    ('HB-5101', t, (76, 340, 139, 357)), ('Tue 4 Mar 2025', t, (131, 340, 251, 356)),
    ('Margaret Oduya', t, (619, 335, 724, 359)), ('CONFIRMED', t, (1020, 338, 1110, 359)),
    ('PAID', t, (1137, 336, 1185, 362)),
    ('Bookings Search', i, (69, 162, 1211, 252)),  # (the filter bar's grey band, found as a box)
    ('Halls & rates All venues', i, (347, 205, 710, 240)),
    ('Bookings Ref, hirer, group or purpose', i, (83, 202, 335, 240)),
    ('Provisional & confirmed ', i, (722, 205, 920, 240)), ('mm/dd/yyyy ', i, (932, 200, 1078, 240))]


def test_a_lists_search_is_its_own_box_not_the_filter_bar_round_it():
    """"HB-5108's invoice has been paid …" on a list of HB-5101 …: the code is typed into the box hinted "Ref,
    hirer, group or purpose" (a hint listing three keys), not into the middle of the grey bar around the filters,
    which is the "Venue" list."""
    from tilepilot.model.embedded.fields import _search_boxes, id_search

    f, at = _page(BOOKINGS)
    assert _search_boxes(f) == [at['Bookings Ref, hirer, group or purpose']]
    assert id_search(f, PAID) == (at['Bookings Ref, hirer, group or purpose'], "HB-5108")


SEARCHED = [
    ('Bookings', t, (80, 73, 158, 100)), ('New booking', t, (186, 75, 280, 98)),
    ('Search', t, (77, 174, 141, 202)), ('Venue', t, (345, 183, 395, 201)), ('HB-5108', t, (81, 205, 161, 237)),
    ('All venues', t, (357, 213, 434, 234)), ('1 booking', t, (64, 261, 135, 288)),
    ('Ref', t, (72, 300, 107, 322)), ('Hirer', t, (534, 301, 575, 323)), ('Charge Status', t, (936, 295, 1053, 325)),
    ('HB-5108 ', t, (75, 338, 138, 358)), ('Fri 21 Mar 2025', t, (150, 339, 258, 356)),
    ('Millbrook Village Hall', t, (375, 338, 515, 358)), ('Oliver Grange', t, (533, 336, 628, 359)),
    ('PROVISIONAL', t, (1001, 337, 1109, 361)), ('UNPAID', t, (1130, 335, 1199, 364)),
    ('Bookings Search', i, (69, 162, 1211, 252)), ('Halls & rates All venues', i, (347, 205, 710, 240)),
    ('Bookings HB-5108', i, (86, 205, 332, 237)), ('Invoice UNPAID', i, (1132, 337, 1197, 362))]


def test_a_story_that_opens_with_the_code_searched_opens_its_row_and_asks_for_the_booking():
    """Once "HB-5108" was typed into the search, its one row is opened by its code (the story's first word is
    the code, no verb whose button the row would show); the story reads "confirm HB-5108": the booking is the
    code's, not its invoice's, and "now" is no part of it."""
    from tilepilot.model.embedded.fields import searched_result
    from tilepilot.model.embedded.order import resolved

    f, at = _page(SEARCHED, [("type", (209.0, 221.0))])
    assert searched_result(f, PAID) == at["HB-5108 "]
    assert resolved(PAID) == "confirm HB-5108"
    assert resolved("The Hendersons have paid in full, so you can confirm the booking.") \
        == "confirm the Hendersons"  # (no code: the booking is theirs, their row's)


FLOOD = "Please cancel OT-3207 — the river's in flood so nobody is going out."
OUTING = [
    ('Cancel outing OT-3207?', t, (392, 53, 581, 76)), ('Reason for cancelling', t, (393, 94, 529, 114)),
    ('Choose a reason', t, (420, 120, 536, 140)), ('Weather / river conditions', t, (403, 137, 569, 157)),
    ('Crew unavailable', t, (403, 154, 518, 174)), ('Boat unavailable', t, (402, 169, 516, 192)),
    ('Coach unavailable', t, (401, 186, 527, 209)), ('Other', t, (400, 202, 448, 228)),
    ('Keep outing', t, (670, 243, 756, 270)), ('Cancel outing', t, (780, 244, 876, 270)),
    ('Cancel outing ', i, (771, 239, 885, 276)), ('Keep outing ', i, (663, 239, 766, 277)),
    ('', c, (866, 59, 878, 72)), ('Reason for cancelling Choose a reason', c, (395, 115, 885, 230))]


def test_a_native_list_shown_open_over_its_click_is_chosen_from_by_meaning():
    """The dialog's "Reason for cancelling" list, clicked at y 190, opened upward round its prompt ("— Choose
    a reason —", its dashes too faint for OCR, read 17 px right of the options' edge, 60 px over the click):
    "the river's in flood" chooses "Weather / river conditions"."""
    from tilepilot.model.embedded.fields import reason_list

    f, at = _page(OUTING, [("click", (1213.5, 264.5)), ("click", (640.5, 190.5))])
    assert reason_list(f, FLOOD, False, FLOOD) == at["Weather / river conditions"]
    far, _ = _page(OUTING, [("click", (1213.5, 264.5)), ("click", (640.5, 230.5))])
    assert reason_list(far, FLOOD, False, FLOOD) is None  # (a click 100 px under the prompt opened no list of it)


QUERY = "TS-9108 doesn't look right: 52 hours on a 37.5-hour contract. Please query it with the note " \
        "\"Hours exceed contract – please confirm overtime was authorised\"."
TIMESHEETS = [
    ('0', t, (246, 120, 264, 137)),
    ('Timesheet Week ending', t, (274, 119, 446, 139)),
    ('Candidate', t, (452, 120, 524, 137)),
    ('Client', t, (545, 118, 592, 139)),
    ('Role', t, (662, 120, 698, 139)),
    ('Hours', t, (817, 120, 866, 137)),
    ('Contract', t, (870, 120, 934, 137)),
    ('Charge', t, (949, 119, 1004, 139)),
    ('Status', t, (1009, 121, 1058, 138)),
    ('Marek', t, (450, 153, 499, 174)),
    ('Harbour', t, (544, 153, 603, 174)),
    ('Submitted', t, (1012, 163, 1088, 183)),
    ('0', t, (246, 165, 264, 182)),
    ('TS-9105', t, (273, 163, 334, 184)),
    ('7 Mar 2025', t, (355, 165, 430, 182)),
    ('Reach truck driver', t, (664, 166, 778, 182)),
    ('40', t, (841, 166, 862, 182)),
    ('40', t, (911, 165, 932, 182)),
    ('£716.00', t, (947, 165, 1003, 183)),
    ('Actions', t, (1173, 159, 1244, 189)),
    ('Nowak', t, (450, 173, 502, 194)),
    ('Logistics', t, (545, 173, 606, 193)),
    ('Liam', t, (451, 209, 489, 228)),
    ('Harbour', t, (545, 210, 602, 228)),
    ('0', t, (246, 219, 264, 236)),
    ('TS-9106', t, (273, 218, 334, 238)),
    ('7 Mar 2025', t, (354, 219, 430, 236)),
    ('Warehouse operative', t, (663, 220, 795, 236)),
    ('37.5', t, (828, 217, 864, 240)),
    ('37.5', t, (899, 218, 930, 238)),
    ('£618.75', t, (950, 218, 1007, 238)),
    ('Submitted', t, (1012, 217, 1088, 238)),
    ('Actions', t, (1178, 218, 1241, 238)),
    ("O'Connor", t, (450, 226, 517, 249)),
    ('Logistics', t, (545, 228, 606, 249)),
    ('Hannah', t, (451, 353, 506, 371)),
    ('Fenwick Dental', t, (545, 352, 646, 372)),
    ('0', t, (246, 364, 264, 381)),
    ('TS-9108', t, (273, 363, 334, 383)),
    ('7 Mar 2025', t, (353, 362, 431, 382)),
    ('Group', t, (544, 370, 592, 394)),
    ('Dental nurse', t, (662, 361, 746, 383)),
    ('52▲', t, (824, 364, 860, 382)),
    ('37.5 £1066.00', t, (899, 362, 1007, 382)),
    ('Submitted', t, (1011, 361, 1088, 382)),
    ('Actions ', t, (1173, 358, 1244, 388)),
    ('Brooks', t, (450, 372, 503, 393)),
    ('Hannah', i, (238, 347, 1253, 400)),
    ('Timesheet Week ending Marek', i, (238, 148, 1253, 201)),
    ('Actions', i, (1172, 214, 1248, 244)),
    ('Actions', i, (1172, 359, 1248, 388)),
    ('10 awaiting approval Actions', i, (1172, 160, 1248, 189)),
    ('Submitted', i, (1014, 361, 1091, 385)),
    ('Status Submitted', i, (1014, 216, 1091, 240)),
    ('Status Submitted', i, (1014, 162, 1091, 186)),
]


def test_a_tables_header_is_no_tabs_and_a_quoted_note_names_no_row():
    """On the timesheets, "52 hours" names no tab: "Hours  Contract  Charge  Status" heads columns whose values
    line up under them. "query it with the note "…"" reads "query TS-9108 …", done from its row's "Actions"
    menu; the quoted note is what is typed, not a row's title looked for."""
    from tilepilot.model.embedded.order import record_tab, resolved, row_menu

    f, at = _page(TIMESHEETS, [("click", (86.0, 149.0))])
    assert record_tab(f, QUERY) is None
    task = resolved(QUERY)
    assert task == "query TS-9108 with the note \"Hours exceed contract – please confirm overtime was authorised\""
    assert row_menu(f, task) == at["Actions "]  # TS-9108's
    # a strip of real tabs over a record's form still counts (its values line up with one tab at most)
    tabs, where = _page([
        ('Overview', t, (379, 157, 437, 176)), ('Hearings', t, (471, 157, 522, 176)),
        ('Filings', t, (557, 157, 594, 176)), ('Case number', t, (461, 207, 539, 224)),
        ('CV-2024-0405', t, (553, 207, 637, 224)), ('Track', t, (505, 231, 539, 248)),
        ('Civil', t, (553, 231, 578, 248)), ('Issued', t, (501, 255, 539, 272)),
        ('Fri 9 Feb 2024', t, (553, 255, 637, 272))], [("click", (170.0, 290.0))])
    assert record_tab(tabs, "could you accept the defence that Patel Builders filed?") == where["Filings"]


QUERY_DIALOG = [
    ('Query TS-9108', t, (395, 60, 520, 83)),
    ('Hannah Brooks · Fenwick Dental Group · w/e 7 Mar 2025 · 52 hours (contract', t, (395, 129, 885, 149)),
    ('37.5)', t, (394, 148, 433, 171)),
    ('Query note (sent to the client contact and the candidate)', t, (396, 183, 736, 203)),
    ('Cancel', t, (713, 331, 764, 349)), ('Send query', t, (792, 328, 871, 352)),
    ('Query note (sent to the client contact and the candidate)', i, (397, 205, 884, 288)),
    ('Send query ', i, (781, 322, 883, 358)), ('', c, (864, 66, 876, 78))]


def test_a_note_given_word_for_word_is_typed_into_the_dialogs_note_box():
    """The "Query TS-9108" dialog's one tall box takes the quoted note; a quote that is no note's ("rename it to
    "…"") is not typed there."""
    from tilepilot.model.embedded.fields import note_field

    hist = [("click", (86.0, 149.0)), ("click", (1208.5, 373.0)), ("click", (1138.5, 481.5))]
    f, at = _page(QUERY_DIALOG, hist)
    assert note_field(f, QUERY) == (at["Query note (sent to the client contact and the candidate)"],
                                    "Hours exceed contract – please confirm overtime was authorised")
    assert note_field(f, 'Please rename TS-9108 to "Dental nurse cover".') is None


FEE = ("St Anne's Youth Club have double-booked themselves and need to cancel their party on the 22nd. Please cancel "
       "it and waive the cancellation fee, it's the first time it's happened.")
HIRES = [
    ('Ref', t, (74, 301, 107, 322)), ('Date', t, (144, 300, 184, 322)), ('Hirer', t, (615, 301, 657, 324)),
    ('Purpose', t, (796, 301, 862, 325)), ('Status', t, (1006, 301, 1067, 322)),
    ('HB-5102', t, (76, 455, 139, 472)), ('Wed 12 Mar 2025', t, (131, 453, 261, 473)),
    ('Ashby Pavilion', t, (369, 453, 465, 473)), ('Kirsty Lowe', t, (616, 451, 697, 475)),
    ('Yoga class', t, (799, 454, 872, 474)), ('CONFIRMED', t, (1020, 452, 1113, 476)),
    ('Flow Yoga', t, (616, 471, 687, 495)),
    ('HB-5106', t, (77, 513, 137, 527)), ('Fri 14 Mar 2025', t, (141, 512, 251, 528)),
    ('Station Road Youth Hub – Studio', t, (370, 510, 576, 530)), ('Jordan Hale', t, (616, 509, 699, 530)),
    ('Youth club session', t, (799, 510, 920, 530)), ('CONFIRMED ', t, (1020, 509, 1113, 533)),
    ("St Anne's Youth Club", t, (616, 529, 748, 549)),
    ('HB-5103', t, (76, 569, 139, 586)), ('Sat 15 Mar 2025', t, (131, 569, 258, 585)),
    ('Gareth Pugh', t, (615, 566, 701, 592)), ("Children's birthday", t, (797, 564, 921, 589))]


def test_a_groups_thing_told_in_a_story_and_a_day_of_the_month_said_alone():
    """"St Anne's Youth Club … need to cancel their party on the 22nd. Please cancel it …": "it" is the club's
    party on the 22nd; the club's row on Fri 14 Mar is not it (its own row is further down), while "the 14th"
    would be."""
    from tilepilot.model.embedded.order import opened_thing, resolved

    task = resolved(FEE)
    assert task == "cancel St Anne's Youth Club's party on the 22nd and waive the cancellation fee"
    f, at = _page(HIRES)
    assert opened_thing(f, task) is None
    assert opened_thing(f, task.replace("22nd", "14th")) == at["St Anne's Youth Club"]
    assert opened_thing(f, "cancel St Anne's Youth Club's party") == at["St Anne's Youth Club"]  # (no day said)


DESK = "Stonebridge Dental have accepted our quote for the reception desk. Move it into production and put Callum on " \
       "it please."
BOARD = [
    ('ENQUIRY', t, (26, 114, 90, 134)), ('QUOTED', t, (277, 114, 338, 134)),
    ('JB-7405', t, (36, 149, 82, 163)), ('JB-7401', t, (286, 147, 334, 164)),
    ('Hardwood front door & frame', t, (36, 167, 223, 183)), ('Dak kitchen island', t, (296, 165, 406, 182)),
    ('Mrs J. Okoro', t, (36, 187, 116, 204)), ('Mr & Mrs Ainsworth', t, (296, 187, 406, 204)),
    ('No date  ', t, (34, 207, 81, 227)), ('Unassigned  ', t, (170, 209, 241, 226)),
    ('No date   ', t, (35, 308, 81, 325)), ('Unassigned   ', t, (168, 305, 241, 327)),
    ('JB-7411', t, (36, 248, 81, 262)), ('JB-7406', t, (286, 246, 335, 263)),
    ('Painted shaker wardrobe doors', t, (36, 267, 235, 283)), ('Reception desk', t, (296, 265, 391, 285)),
    ('Ms L. Fairweather', t, (36, 286, 144, 302)), ('tonebridge Dental', t, (296, 286, 403, 303)),
    ('Due 4 Apr · £3,950', t, (286, 307, 384, 325)), ('Unassigned', t, (420, 306, 493, 326)),
    ('JB-7412', t, (35, 346, 83, 363)), ('JB-7408', t, (286, 346, 334, 363)),
    ('Waiting-room bench seating', t, (35, 365, 216, 385)), ('Window seat with storage', t, (286, 365, 451, 383)),
    ('Stonebridge Dental', t, (36, 386, 154, 403)), ('Mrs P. Whitmore', t, (286, 385, 387, 403)),
    ('No date', t, (35, 407, 81, 425)), ('Unassigned ', t, (169, 406, 243, 426))]


def test_of_two_cards_for_one_client_the_one_the_story_speaks_of_opens():
    """Two cards read Stonebridge Dental (one as OCR read it, "tonebridge Dental"): the story's "quote for the
    reception desk" opens the card titled "Reception desk", not the waiting-room bench; told nothing more, the
    board's two are not guessed between."""
    from tilepilot.model.embedded.order import named_card, resolved

    task = resolved(DESK)
    assert task == "move Stonebridge Dental into production and assign it to Callum"
    f, at = _page(BOARD)
    assert named_card(f, task, DESK) == at["tonebridge Dental"]
    assert named_card(f, task) is None
    assert named_card(f, task, "Move Stonebridge Dental into production.") is None


PANEL = [
    ('STAGE', t, (301, 212, 343, 237)), ('ASSIGNED TO', t, (645, 218, 730, 232)), ('Quoted', t, (313, 240, 366, 262)),
    ('V', t, (615, 241, 632, 258)), ('— Unassigned –', t, (658, 241, 755, 261)), ('QUOTE (£)', t, (302, 272, 371, 293)),
    ('DUE DATE', t, (644, 274, 710, 291)), ('3950', t, (307, 295, 343, 321)), ('Close', t, (807, 406, 852, 430)),
    ('Save changes', t, (874, 407, 966, 429)), ('Hours logged 3950', i, (305, 292, 635, 325)),
    ('ASSIGNED TO — Unassigned –', i, (646, 235, 976, 267)), ('Hours logged Quoted', i, (305, 235, 635, 267)),
    ('Save changes ', i, (867, 402, 975, 435)), ('Close ', i, (801, 402, 862, 436))]
STAGES = [  # the Stage list shown open in place of its field, "Quoted" chosen
    ('STAGE', t, (301, 212, 343, 237)), ('ASSIGNED TO', t, (645, 218, 730, 232)), ('Enquiry', t, (316, 242, 360, 257)),
    ('Quoted', t, (316, 258, 358, 273)), ('In production', t, (312, 273, 395, 292)),
    ('Fitting', t, (316, 290, 351, 305)),
    ('Complete', t, (316, 306, 372, 321)), ('— Unassigned –', t, (658, 241, 755, 261)),
    ('Save changes', t, (874, 407, 966, 429)), ('DUE DATE Enquiry', i, (307, 237, 631, 326)),
    ('ASSIGNED TO — Unassigned –', i, (646, 235, 976, 267)), ('Save changes ', i, (867, 402, 975, 435))]


def test_a_list_shown_open_takes_the_option_the_story_says_and_the_person_comes_after():
    """"Move it into production": of the Stage list shown open, "In production" (its one long word said), where
    the network would press "Save changes". "assign it to Callum" types his name into the list under "ASSIGNED
    TO" reading "— Unassigned –", but only once the clause before it had its two steps (the card's click alone
    is not)."""
    from tilepilot.model.embedded.fields import assign_list, reason_commit
    from tilepilot.model.embedded.menus import opened_option

    task = "move Stonebridge Dental into production and assign it to Callum"
    f, at = _page(STAGES, [("click", (349.5, 294.5)), ("click", (476.0, 251.0))])
    assert opened_option(f, task, at["Save changes "]) == at["In production"]
    assert opened_option(f, "move Stonebridge Dental along and assign it to Callum", at["Save changes "]) \
        == at["Save changes "]  # (no option said)
    panel, where = _page(PANEL, [("click", (349.5, 294.5))])
    assert assign_list(panel, task) is None
    later, where = _page(PANEL, [("click", (349.5, 294.5)), ("click", (476.0, 251.0)), ("click", (353.0, 282.0))])
    assert assign_list(later, task) == (where["ASSIGNED TO — Unassigned –"], "Callum")
    assert reason_commit(later, DESK) is None  # (a form asking no reason has more to set: not sent yet)


INSURER = "Daniel Foster has switched insurers — he's with AXA Health now, policy number AXH-558213. Please update " \
          "his record."
RECORD = [
    ('Daniel Foster', t, (486, 116, 633, 142)), ('Active', t, (645, 116, 696, 142)),
    ('Edit details', t, (1023, 122, 1108, 143)), ('Discharge...', t, (1135, 121, 1229, 145)),
    ('PT-4104· DOB 30 Nov 1979· Lower back pain', t, (486, 144, 779, 164)), ('Details', t, (495, 187, 558, 207)),
    ('Notes', t, (809, 186, 859, 209)), ('Phone', t, (485, 261, 537, 282)), ('07700 900204', t, (650, 265, 755, 282)),
    ('Insurer', t, (487, 400, 541, 418)), ('Vitality', t, (647, 399, 703, 424)),
    ('Policy number', t, (486, 425, 591, 445)), ('VT-2290317', t, (648, 428, 736, 449)),
    ('AB Daniel Foster', i, (472, 102, 1255, 178)), ('AB Discharge...', i, (1126, 114, 1239, 152)),
    ('Reception · Wed 12 March 2025 Edit details', i, (1014, 114, 1121, 152)), ('Active ', i, (638, 121, 697, 143))]
EDIT_FORM = [
    ('Edit details - Daniel Foster', t, (336, 75, 597, 95)), ('Phone', t, (644, 193, 693, 206)),
    ('07700 900204', t, (651, 221, 763, 244)), ('Condition', t, (334, 386, 408, 410)),
    ('Lower back pain', t, (341, 419, 465, 442)), ('Policy number', t, (643, 453, 749, 476)),
    ('Vitality', t, (343, 481, 405, 512)), ('V VT-2290317', t, (615, 482, 745, 509)),
    ('Cancel', t, (742, 552, 804, 580)), ('Save changes', t, (826, 555, 934, 579)),
    ('Referral source Lower back pain', i, (337, 412, 944, 449)), ('Policy number ', i, (646, 478, 944, 515)),
    ('Phone 07700 900204', i, (646, 215, 944, 252)), ('Vitality ', i, (337, 478, 635, 513)),
    ('Save changes ', i, (817, 548, 943, 584))]


def test_a_record_to_update_opens_its_edit_form_and_takes_the_number_the_story_gives():
    """"… policy number AXH-558213. Please update his record.": his record (not the code's: he is named in full)
    shows neither AXA Health nor the number, and no field: "Edit details". In its form the number is typed into
    "Policy number" (a value told in a story, so after another field was typed too)."""
    from tilepilot.model.embedded.buttons import edit_unmade
    from tilepilot.model.embedded.fields import told_field
    from tilepilot.model.embedded.order import resolved

    task = resolved(INSURER)
    assert task.startswith("update Daniel Foster's record: ")
    f, at = _page(RECORD, [("click", (389.2, 355.9))])
    assert edit_unmade(f, INSURER) == at["Edit details"]
    assert edit_unmade(f, "Daniel Foster has switched insurers. Please update his record.") is None  # (no value)
    assert edit_unmade(f, INSURER.replace("AXA Health", "Vitality").replace("AXH-558213", "VT-2290317")) is None
    def tokens(page):  # the task's word pieces, none of them typed yet
        page.ins_off = np.array([(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", task)])
        page.hist_match = np.zeros((len(page.hist_kind), len(page.ins_off)), np.float32)
        return page

    hist = [("click", (389.2, 355.9)), ("click", (1065.5, 132.5))]
    form, where = _page(EDIT_FORM, hist)
    q, (a, b) = told_field(tokens(form), task, story=True)
    assert (q, task[a:b]) == (where["Policy number "], "AXH-558213")
    typed, where = _page(EDIT_FORM, [*hist, ("type", (486.0, 495.0))])
    assert told_field(tokens(typed), task, story=True)[0] == where["Policy number "]
    assert told_field(typed, task) is None  # (told as a command, the form is the network's once typed into)
    row, _ = _page([('Cancel', t, (1187, 158, 1242, 183)), ('Zara Ahmed', t, (993, 207, 1078, 227)),
                    ('Cancel ', t, (1187, 202, 1242, 230)), ('vay, Ben', i, (900, 193, 1255, 243))],
                   [("click", (1213.5, 264.5)), ("click", (640.5, 190.5))])
    tokens(row)
    assert told_field(row, "Please cancel OT-3207 — the river's in flood.") is None  # ("Cancel" names no code)


RANG = "Anita Patel rang — she can't make tomorrow's appointment. Could you move it to Friday the 14th at 14:30? " \
       "Same physio."
FOUND = [
    ('Reception · Wed 12 March 2025', t, (1003, 17, 1214, 34)), ('Patients', t, (32, 55, 104, 76)),
    ('Appointments', t, (136, 56, 240, 76)), ('Anita Patel|', t, (40, 118, 124, 139)), ('x', t, (275, 118, 292, 138)),
    ('Show discharged', t, (310, 118, 446, 138)), ('Anita Patel', t, (38, 167, 130, 184)),
    ('Active', t, (364, 166, 421, 187)), ('Select a patient to view their record.', t, (732, 162, 992, 181)),
    ('PT-4101· Frozen shoulder (L)', t, (37, 188, 216, 204)), ('Hannah Cole', t, (361, 188, 444, 205)),
    ('Patients Anita Patel', i, (26, 158, 453, 216)),  # (her row, found as a box)
    ('Patients Anita Patel|', i, (34, 110, 301, 147))]
VISITS = [
    ('Reception · Wed 12 March 2025', t, (1003, 17, 1214, 34)), ('Anita Patel', t, (488, 118, 607, 140)),
    ('Edit details', t, (1023, 122, 1108, 143)), ('Discharge...', t, (1135, 121, 1229, 145)),
    ('Details', t, (495, 187, 552, 208)), ('Appointments', t, (575, 188, 693, 209)),
    ('ID', t, (495, 241, 514, 258)), ('Date', t, (603, 240, 642, 257)), ('Time', t, (749, 240, 787, 258)),
    ('Status', t, (1104, 239, 1156, 260)),
    ('AP-7705', t, (494, 274, 559, 295)), ('Wed 12 Mar', t, (604, 273, 694, 294)), ('09:30', t, (747, 274, 795, 295)),
    ('Follow-up', t, (830, 272, 904, 297)), ('Attended', t, (1108, 274, 1187, 298)),
    ('AP-7709', t, (493, 311, 560, 332)), ('hu 13 Mar', t, (616, 311, 690, 331)), ('10:15', t, (747, 311, 795, 332)),
    ('Follow-up ', t, (830, 309, 904, 333)), ('Booked', t, (1108, 309, 1176, 334)),
    ('AP-7717', t, (493, 347, 559, 368)), ('hu 20 Mar', t, (616, 347, 690, 367)), ('10:15 ', t, (748, 347, 795, 369)),
    ('Follow-up  ', t, (830, 345, 904, 370)), ('Booked ', t, (1105, 344, 1175, 371)),
    ('Reception · Wed 12 March 2025 Edit details', i, (1014, 114, 1121, 152))]


def test_a_call_about_tomorrows_appointment_finds_her_and_opens_the_row_of_tomorrow():
    """"Anita Patel rang — she can't make tomorrow's appointment. Could you move it …": her appointment tomorrow.
    Her name (not "Anita Patel's") is searched for; the one row it brings up is opened by her name (a row found
    as a box is no search box); on her "Appointments" tab, the row of 13 March (the page reads Wed 12 March
    2025) is opened, not 12 or 20 March."""
    from tilepilot.model.embedded.fields import searched_result
    from tilepilot.model.embedded.model import typed_bounds
    from tilepilot.model.embedded.order import dated_row, resolved

    task = resolved(RANG)
    assert task == "move Anita Patel's appointment tomorrow to Friday the 14th at 14:30"
    a = task.index("Anita")
    assert task[slice(*typed_bounds(task, a, a + 8))] == "Anita Patel"
    f, at = _page(FOUND, [("type", (165.6, 128.3))])
    assert searched_result(f, task) == at["Anita Patel"]
    hist = [("type", (165.6, 128.3)), ("click", (84.0, 175.5)), ("click", (635.5, 198.5))]
    tab, where = _page(VISITS, hist)
    assert dated_row(tab, task) == where["hu 13 Mar"]
    assert dated_row(tab, task.replace("tomorrow", "today")) == where["Wed 12 Mar"]
    assert dated_row(tab, "move Anita Patel's appointment to Friday") is None  # (no day it is on said)
    days, _ = _page([  # a cinema's strip of days' tabs is no row: "cancel tomorrow's 21:15 Nosferatu"
        ('Today · Fri 14 Feb 2025', t, (980, 20, 1180, 40)), ('Today', t, (114, 137, 150, 155)),
        ('14 Feb', t, (113, 147, 161, 168)), ('15 Feb', t, (181, 148, 231, 168)), ('16 Feb', t, (252, 150, 300, 167)),
        ('17 Feb', t, (319, 148, 370, 169)), ('All films', t, (406, 144, 460, 162)),
        ('Timeline', t, (1146, 145, 1201, 162))], [("click", (194.5, 145.0))])
    assert dated_row(days, "cancel tomorrow's 21:15 Nosferatu") is None


RIGGER = 'Hammond has a cracked bow rigger. Please take it out of service with the note "Cracked bow rigger, ' \
         'awaiting repair" and cancel any outings that are booked in it.'
OUTINGS = [
    ('Riverside RC', t, (35, 18, 140, 38)), ('Outings', t, (219, 12, 304, 42)),
    ('Wed 12 Mar 2025 · Signed in as Club Secretary', t, (972, 17, 1257, 35)), ('Club Admin', t, (35, 42, 100, 56)),
    ('Show', t, (221, 78, 261, 96)), ('Upcoming (booked)', t, (274, 76, 408, 100)), ('Boat', t, (434, 78, 469, 96)),
    ('All boats', t, (483, 77, 545, 98)), ('+ Book outing', t, (1145, 72, 1249, 101)),
    ('Outings ', t, (17, 93, 82, 119)), ('Boats', t, (19, 139, 64, 160)), ('Members', t, (20, 183, 85, 202)),
    ('REF', t, (231, 123, 263, 142)), ('DATE', t, (305, 122, 347, 143)), ('TIME', t, (402, 123, 439, 141)),
    ('BOAT', t, (457, 123, 497, 141)), ('CREW', t, (580, 123, 624, 141)), ('COX', t, (993, 121, 1029, 143)),
    ('STATUS', t, (1100, 121, 1157, 142)),
    ('OT-3206', t, (231, 160, 294, 180)), ('Thu 13 Mar', t, (307, 162, 385, 179)), ('06:30', t, (402, 161, 444, 179)),
    ('Kestrel', t, (456, 160, 508, 178)), ('Jess Holloway, Ellie Chambers', t, (580, 160, 763, 179)),
    ('Booked', t, (1103, 158, 1165, 182)), ('Cancel', t, (1187, 158, 1242, 183)),
    ('OT-3205', t, (231, 207, 295, 227)), ('Thu 13 Mar ', t, (308, 209, 385, 226)), ('18:30', t, (402, 208, 445, 226)),
    ('Hammond 8+', t, (457, 209, 555, 226)), ('Zara Ahmed', t, (993, 207, 1078, 227)),
    ('Booked ', t, (1104, 206, 1165, 230)), ('Cancel ', t, (1187, 202, 1242, 230))]
BOATS = [
    ('Kingfisher', t, (236, 130, 322, 151)), ('Heron', t, (496, 129, 551, 151)), ('Hammond', t, (758, 129, 844, 150)),
    ('Janousek - 2010 - 8 seats + cox', t, (757, 156, 943, 177)), ('Available', t, (764, 182, 829, 203)),
    ('Take out of service', t, (245, 241, 362, 264)), ('Take out of service ', t, (507, 244, 622, 261)),
    ('Take out of service  ', t, (766, 243, 886, 263)), ('8+', t, (951, 128, 978, 147)),
    ('Next: Sun 16 Mar 07:30 (1 booked) Take out of service', i, (238, 239, 369, 269)),
    ('No upcoming outings Take out of service', i, (500, 239, 631, 269)),
    ('Next: Thu 13 Mar 18:30 (2 booked) Take out of service', i, (761, 239, 892, 269)),
    ('8+ ', i, (946, 125, 983, 150))]


def test_a_thing_in_a_tables_column_opens_that_columns_section_and_its_cards_button():
    """"Hammond has a cracked bow rigger. Please take it out of service …" (the note's comma no clause's end) on
    the outings list, where Hammond stands under "BOAT": the sidebar's "Boats". There, Hammond's own card's
    "Take out of service" (not Kingfisher's, not the "8+" badge read as a switch)."""
    from tilepilot.model.embedded.order import card_button, column_section, resolved, right_switch

    task = resolved(RIGGER)
    assert task == 'take Hammond out of service with the note "Cracked bow rigger, awaiting repair"'
    f, at = _page(OUTINGS)
    assert column_section(f, task) == at["Boats"]
    assert column_section(f, "take Ravi Mehta off the crew") is None  # (no column's thing said)
    boats, where = _page(BOATS, [("click", (41.5, 149.5))])
    assert card_button(boats, task) == where["Take out of service  "]
    assert right_switch(boats, task) is None
    assert card_button(boats, "take Dipper out of service") is None  # (its card is not on screen)


OUT_OF_SERVICE = [
    ('Take Hammond out of service', t, (392, 54, 626, 77)), ('Defect / reason', t, (392, 104, 489, 124)),
    ('Describe the damage or work needed', t, (401, 133, 642, 153)),
    ('Expected back in service (optional)', t, (392, 205, 609, 228)), ('mm/dd/yyy', t, (398, 233, 490, 260)),
    ('Cancel 2 upcoming outings booked in Hammond (OT-3205, OT-3208)', t, (396, 271, 857, 295)),
    ('Cancel', t, (668, 320, 728, 348)), ('Take out of service', t, (749, 323, 877, 347)),
    ('Defect / reason Describe the damage or work needed', i, (395, 126, 886, 199)),
    ('Expected back in service (optional) mm/dd/yyy', i, (395, 227, 886, 265)),
    ('+ COX Take out of service', i, (740, 317, 885, 353)), ('Cancel ', i, (663, 317, 735, 354)),
    ('', c, (866, 59, 878, 72)),
    ('Cancel 2 upcoming outings booked in Hammond (OT-3205, OT-3208) ', c, (399, 275, 414, 290))]


def test_a_quoted_note_goes_into_a_box_showing_its_hint_and_the_dialogs_own_button_sends_it():
    """The note box reads its hint ("Describe the damage …"): the quoted note is typed there. Once typed (and
    the story's box ticked), the button sending it is "Take out of service", not "Cancel" though the task
    cancels outings too."""
    from tilepilot.model.embedded.fields import note_field, noted_commit

    hist = [("click", (41.5, 149.5)), ("click", (834.5, 253.0))]
    f, at = _page(OUT_OF_SERVICE, hist)
    assert note_field(f, RIGGER) == (at["Defect / reason Describe the damage or work needed"],
                                     "Cracked bow rigger, awaiting repair")
    typed = [(x if x != 'Describe the damage or work needed' else 'Cracked bow rigger, awaiting repair', k, b)
             for x, k, b in OUT_OF_SERVICE]
    sent, where = _page(typed, [*hist, ("type", (640.5, 162.5)), ("click", (406.5, 282.5))])
    assert note_field(sent, RIGGER) is None
    assert noted_commit(sent, RIGGER) == where["Take out of service"]


FIONA = "Can you cancel FR-2307? Fiona's changed her mind about having them framed. Refund her deposit too, please."
ROW_MENU = [
    ('FR-2307', t, (221, 487, 282, 504)), ('Fiona McBride', t, (296, 487, 384, 504)),
    ('Quoted', t, (1107, 483, 1161, 507)),
    ('⋯', t, (1217, 490, 1237, 502)), ('FR-2308', t, (220, 533, 281, 550)), ('Tom Whitley', t, (296, 532, 372, 552)),
    ('View details', t, (1074, 523, 1156, 543)), ('Edit order', t, (1074, 556, 1142, 577)),
    ('Record payment', t, (1074, 591, 1185, 611)), ('Move to workshop', t, (1074, 632, 1193, 652)),
    ('Mark ready for collection', t, (1075, 667, 1234, 687)), ('Mark collected', t, (1074, 700, 1172, 719)),
    ('£89.00 £53.00', c, (1038, 483, 1247, 720))]
SCROLLED = [
    ('£53.00', t, (1041, 328, 1092, 349)), ('Quoted', t, (1109, 328, 1162, 350)), ('⋯', t, (1221, 338, 1235, 341)),
    ('View details', t, (1074, 366, 1156, 386)), ('Edit order', t, (1074, 399, 1142, 420)),
    ('Record payment', t, (1075, 433, 1185, 453)), ('Move to workshop', t, (1075, 476, 1194, 496)),
    ('Mark ready for collection', t, (1076, 511, 1233, 528)), ('Mark collected', t, (1075, 544, 1171, 561)),
    ('Cancel order', t, (1075, 586, 1162, 606)), ('£71 Cancel order', i, (1064, 577, 1245, 618))]
CANCEL_ORDER = [
    ('Cancel order FR-2307?', t, (396, 65, 585, 85)), ('Reason', t, (394, 183, 445, 201)),
    ('Customer changed mind', t, (407, 211, 567, 231)), ('V', t, (865, 212, 882, 229)),
    ('Refund payments received (£25.00)', t, (399, 246, 646, 263)), ('Keep order', t, (675, 299, 753, 320)),
    ('Cancel order', t, (783, 299, 871, 319)), ('Customer changed mind ', i, (397, 204, 883, 238)),
    ('Cancel order ', i, (771, 291, 883, 328)), ('Keep order ', i, (664, 291, 766, 329)),
    ('Refund payments received (£25.00) ', c, (401, 247, 416, 262))]


def test_a_request_first_its_menu_scrolled_to_its_foot_and_a_box_for_the_second_request():
    """"Can you cancel FR-2307? … Refund her deposit too, please." reads "cancel FR-2307? …" (her deposit is no
    thing of the code's). The row's menu runs off the screen's foot with no "Cancel …" yet: scrolled, then its
    "Cancel order". In the dialog, "Refund payments received" is ticked (the task asks to refund too), not a
    box the task's first verb names."""
    from tilepilot.model.embedded.order import menu_cut, resolved, row_menu
    from tilepilot.model.embedded.roles import told_box

    task = resolved(FIONA)
    assert task.startswith("cancel FR-2307? Fiona's changed her mind")
    f, _ = _page(ROW_MENU, [("click", (1228.0, 497.0))])
    assert menu_cut(f, task)
    assert not menu_cut(f, "mark FR-2307 as collected")  # ("Mark collected" shows)
    scrolled, at = _page(SCROLLED, [("click", (1228.0, 497.0)), ("scroll", (0.0, 0.0))])
    assert row_menu(scrolled, task) == at["Cancel order"]
    hist = [("click", (1228.0, 497.0)), ("scroll", (0.0, 0.0)), ("click", (1092.5, 596.0)), ("click", (640.5, 221.5)),
            ("click", (484.5, 197.5))]
    dialog, where = _page(CANCEL_ORDER, hist)
    dialog.cand_state = np.ones((len(CANCEL_ORDER), 8), np.float32)  # (every box unticked: bright)
    assert told_box(dialog, FIONA) == where["Refund payments received (£25.00) "]
    assert told_box(dialog, "Can you cancel FR-2307? Fiona's changed her mind.") is None
    assert told_box(dialog, "Refund FR-2307 and cancel it.") is None  # (the task's first verb: the dialog's own)


def test_a_groups_wish_then_that_booking_is_its_thing_with_the_new_end():
    """"Flow Yoga would like their class at Ashby Pavilion on Wednesday 19 March to run until 9pm instead of 8.
    Can you extend that booking?": Flow Yoga's class there that day, until 9pm; a crew's job told the same way
    reads as before."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("Flow Yoga would like their class at Ashby Pavilion on Wednesday 19 March to run until 9pm "
                    "instead of 8. Can you extend that booking?") \
        == "extend Flow Yoga's class at Ashby Pavilion on Wednesday 19 March until 9pm"
    assert resolved("Charlie crew have finished the job at 19 Kestrel Way — close that one off as fixed") \
        == "mark the job at 19 Kestrel Way as fixed"
