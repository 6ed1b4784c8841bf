"""Rules written from the eighteenth blind set (a boatyard, a tutoring agency, a wedding venue, a courier depot,
an auction house, an opticians), once it became a dev set: a story's reason chosen from a dialog's list by
meaning, a person's thing told in a story ("her maths session this Wednesday"), the dialog's own button once
the reason is in, records opened by their code and their panels' buttons, a reschedule form, settings said
otherwise. Each page here is the geometry the model saw (OCR texts as found), cut to what the rule
reads."""

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import ACTIONS, KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


SICK = "Maya Thornton is off sick, so her maths session this Wednesday won't be going ahead. Please cancel it."
SESSIONS = [
    ('Ref', t, (38, 183, 70, 205)), ('When', t, (128, 186, 173, 204)), ('Student', t, (325, 185, 387, 205)),
    ('Subject', t, (482, 186, 540, 204)), ('Tutor', t, (659, 186, 700, 204)), ('Status', t, (1024, 184, 1074, 204)),
    ('S-5123', t, (39, 309, 96, 330)), ('Tue 4 Feb, 4:00pm', t, (130, 311, 263, 328)),
    ('Maya Thornton', t, (327, 311, 435, 328)), ('Physics', t, (479, 309, 542, 333)),
    ('Marcus Bell', t, (658, 309, 746, 329)), ('Scheduled', t, (1028, 307, 1109, 331)),
    ('⋯', t, (1159, 313, 1181, 326)),
    ('S-5127', t, (39, 477, 96, 498)), ('Wed 5 Feb, 6:00pm', t, (128, 476, 270, 498)),
    ('Maya Thornton ', t, (327, 479, 435, 496)), ('Maths', t, (480, 477, 532, 498)),
    ('Marcus Bell ', t, (658, 477, 746, 497)), ('Scheduled ', t, (1028, 475, 1109, 499)),
    ('⋯ ', t, (1159, 481, 1181, 494)),
    ('S-5132', t, (39, 687, 96, 708)), ('Wed 12 Feb, 6:00pm', t, (127, 686, 279, 709)),
    ('Maya Thornton  ', t, (326, 688, 438, 708)), ('Maths ', t, (481, 687, 531, 709)),
    ('Marcus Bell  ', t, (658, 687, 746, 708)), ('Scheduled  ', t, (1027, 683, 1110, 710)),
    ('⋯  ', t, (1159, 691, 1181, 704))]


def test_a_persons_thing_told_in_a_story_is_what_it_acts_on_and_this_weekday_is_the_nearest():
    """"Maya Thornton is off sick, so her maths session this Wednesday won't be going ahead. Please cancel it.":
    "it" is her maths session this Wednesday, not her; of her two Wednesday maths sessions, this Wednesday's is
    the nearer (5 Feb, not 12 Feb), so that row's "⋯" opens."""
    from tilepilot.model.embedded.order import resolved, row_menu

    task = resolved(SICK)
    assert task == "cancel Maya Thornton's maths session this Wednesday"
    assert resolved("Maya Thornton is off sick. Please cancel her.") == "cancel Maya Thornton"  # (as before)
    f, at = _page(SESSIONS)
    assert row_menu(f, task) == at["⋯ "]
    assert row_menu(f, "cancel Maya Thornton's physics session this Tuesday") == at["⋯"]
    assert row_menu(f, "cancel Maya Thornton's maths session on Wednesday") is None  # two Wednesdays: not guessed


REASON_OPEN = [
    ('Cancel session S-5127', t, (380, 225, 596, 245)), ('×', t, (876, 227, 895, 245)),
    ('Reason', t, (378, 292, 438, 312)), ('Choose a reason...', t, (391, 324, 527, 344)),
    ('Student illness', t, (391, 340, 502, 362)), ('Tutor unavailable', t, (393, 359, 518, 376)),
    ('Family commitment', t, (392, 375, 538, 395)), ('School clash', t, (392, 393, 484, 410)),
    ('Weather', t, (391, 408, 458, 429)), ('Other', t, (389, 422, 441, 449)),
    ('Keep session', t, (645, 471, 746, 495)), ('Cancel session', t, (776, 473, 887, 493)),
    ('Cancel session', i, (763, 464, 899, 503)), ('Keep session', i, (634, 464, 758, 504)),
    ('Cancel session S-5127 Choose a reason...', c, (392, 325, 888, 357))]
OPENED = [('click', (1170.0, 487.5)), ('click', (1074.0, 629.0)), ('click', (640.5, 363.5))]
REASON_CHOSEN = [
    ('Cancel session S-5127', t, (380, 227, 596, 247)), ('Reason', t, (378, 322, 439, 342)),
    ('Student illness', t, (393, 353, 504, 373)), ('V', t, (882, 356, 895, 369)),
    ('Email the tutor and parent', t, (407, 395, 598, 412)), ('Keep session', t, (645, 469, 746, 493)),
    ('Cancel session', t, (776, 471, 887, 491)), ('Student illness', i, (378, 342, 902, 384)),
    ('Cancel session', i, (763, 462, 899, 501)), ('Keep session', i, (634, 462, 758, 502)),
    ('Email the tutor and parent', c, (385, 396, 400, 411))]


def test_the_reason_told_is_chosen_by_the_meaning_of_one_piece_of_the_story():
    """The story read piece by piece, names and numbers aside: "is off sick" is "Student illness" (the whole story
    read as one drew "Tutor unavailable"); "nobody was in" is "No one home", not "Refused by recipient"."""
    from tilepilot.model.embedded.fields import _why_pieces, reason_list

    task = "cancel Maya Thornton's maths session this Wednesday"
    assert "is off sick" in _why_pieces(SICK, task)
    f, at = _page(REASON_OPEN, OPENED)
    assert reason_list(f, task, True, SICK) == at["Student illness"]
    told = "Marek couldn't deliver CN-48230, nobody was in. Log it as a failed attempt."
    g, on = _page([('Record delivery attempt', t, (380, 225, 596, 245)), ('Reason', t, (378, 292, 438, 312)),
                   ('Choose a reason...', t, (391, 324, 527, 344)), ('No one home', t, (391, 340, 502, 362)),
                   ('Access problem', t, (393, 359, 518, 376)), ('Address not found', t, (392, 375, 538, 395)),
                   ('Refused by recipient', t, (392, 393, 524, 410)), ('Business closed', t, (391, 408, 498, 429))],
                  OPENED)
    assert reason_list(g, "mark it as a failed attempt", True, told) == on["No one home"]


def test_once_the_reason_is_chosen_the_dialogs_own_button_is_pressed_and_the_record_tabs_wait():
    """The list, clicked open and its option clicked, reads "Student illness" with its arrow "V": the dialog's
    button starting with a word of the task ("Cancel session", not "Keep session") is pressed. Not after clicks
    that chose nothing from a list (a row's menu, then its entry), nor for a task telling no reason. While a
    list still reads its prompt, a form asks for a choice (the tabs of the page behind it wait)."""
    from tilepilot.model.embedded.fields import asks_choice, reason_commit

    f, _ = _page(REASON_CHOSEN, [*OPENED, ('click', (446.5, 351.0))])
    assert reason_commit(f, SICK) == REASON_CHOSEN.index(('Cancel session', t, (776, 471, 887, 491)))
    assert reason_commit(f, "Please cancel session S-5127") is None  # no reason told
    g, _ = _page(REASON_CHOSEN, OPENED[:2])
    assert reason_commit(g, SICK) is None  # the row's dots, then its menu's entry: no list chosen from
    h, _ = _page([('Choose a reason...', t, (393, 353, 530, 374)),
                  ('Reason Choose a reason...', i, (381, 345, 900, 382))], OPENED[:2])
    assert asks_choice(h) and not asks_choice(f)
    from tilepilot.model.embedded.fields import reason_asked

    g, _ = _page([('Departure', t, (940, 190, 1020, 206)), ('Choose...', t, (950, 208, 1020, 226)),
                  ('9:30 AM', t, (950, 230, 1010, 246)), ('11:00 AM', t, (950, 246, 1016, 262))])
    assert reason_asked(f) and not reason_asked(g)  # (a departure's list is chosen by its time, not by a story)


NOBODY_IN = "Marek couldn't deliver CN-48230, nobody was in. Log it as a failed attempt."
DEPOT = [
    ('CONSIGNMENTS', t, (15, 70, 118, 87)), ('All open', t, (12, 97, 88, 123)),
    ('Failed attempts', t, (13, 204, 131, 227)), ('Consignment', t, (210, 112, 305, 135)),
    ('Driver', t, (645, 112, 700, 137)), ('Status', t, (767, 113, 821, 135)),
    ('CN-48219', t, (211, 371, 282, 391)), ('Marek Nowak', t, (652, 371, 747, 391)),
    ('Failed attempt', t, (770, 370, 885, 393)), ('Failed attempt', i, (765, 366, 890, 397)),
    ('CN-48230', t, (213, 624, 280, 641)), ('Martin', t, (316, 612, 367, 633)),
    ('Marek Nowak ', t, (647, 622, 747, 642)), ('Out for delivery', t, (774, 621, 892, 643)),
    ('Record for CN-48230', i, (207, 645, 903, 680))]  # (a row's box under the code: no field's label)
PANEL = [
    ('CN-48230 ', t, (936, 66, 1021, 86)), ('John Lewis → Martin Chadwick', t, (931, 88, 1114, 112)),
    ('DRIVER', t, (936, 374, 998, 395)), ('Marek Nowak —', t, (945, 409, 1046, 436)), ('V', t, (1166, 409, 1183, 428)),
    ('Assign', t, (1197, 405, 1258, 437)), ('DELIVERY', t, (936, 566, 1014, 587)),
    ('Record delivery attempt...', t, (941, 595, 1167, 628)), ('Return to sender...', t, (942, 633, 1085, 663)),
    ('Assign', i, (1191, 402, 1266, 439)), ('Record delivery attempt...', i, (937, 595, 1170, 630)),
    ('Return to sender...', i, (939, 630, 1093, 663))]


def test_a_failed_attempt_told_by_its_code_opens_the_record_and_its_panels_button_for_the_state():
    """"Marek couldn't deliver CN-48230, nobody was in. Log it as a failed attempt." reads "mark CN-48230 as a
    failed attempt" (the code, not Marek); the row reading the code is opened (a box under it is no field it
    labels), then the panel's button reading the state's word ("Record delivery attempt…"), not another row's
    badge reading the state whole ("Failed attempt")."""
    from tilepilot.model.embedded.order import named_card, resolved

    task = resolved(NOBODY_IN)
    assert task == "mark CN-48230 as a failed attempt"
    f, at = _page(DEPOT)
    assert named_card(f, task) == at["CN-48230"]
    g, _ = _page(DEPOT + PANEL, [("click", (672.5, 632.0))])
    assert named_card(g, task) == (DEPOT + PANEL).index(('Record delivery attempt...', t, (941, 595, 1167, 628)))


ATTEMPT = [
    ('Delivery attempt —', t, (421, 208, 605, 234)), ('CN-48230', t, (679, 208, 751, 228)),
    ('Delivered', t, (425, 257, 528, 282)), ('Failed', t, (526, 259, 604, 280)),
    ('Reason (if failed)', t, (421, 284, 544, 304)), ('V', t, (836, 317, 854, 333)),
    ('Driver note', t, (422, 347, 507, 368)), ('Cancel', t, (647, 483, 706, 507)),
    ('Save attempt', t, (729, 483, 846, 506)), ('ot', i, (425, 370, 856, 428)), ('Attemp V', i, (425, 309, 856, 344)),
    ('Save attempt', i, (720, 477, 856, 514)), ('Delivered', c, (430, 264, 445, 279)),
    ('Failed', c, (537, 264, 552, 279))]
ATTEMPT_OPEN = [
    ('Delivery attempt —', t, (421, 207, 604, 232)), ('Reason (if failed)', t, (422, 284, 545, 304)),
    ('No one home', t, (435, 331, 536, 351)), ('Access problem', t, (434, 348, 552, 368)),
    ('Address not found', t, (435, 364, 569, 384)), ('Refused by recipient', t, (435, 382, 586, 402)),
    ('Business closed', t, (436, 400, 551, 417)), ('Damaged in transit', t, (434, 416, 577, 436)),
    ('Save attempt', t, (730, 486, 846, 506))]


def test_the_state_option_then_a_reason_list_whose_dash_reads_nothing():
    """The dialog's "○ Failed" (OCR's box holding part of its ring) is the state said; its "Reason (if failed)"
    list reads only its arrow (the "—" too faint): it asks for a choice, so it is clicked open, and of its
    options, read with no prompt over them, "No one home" is chosen."""
    from tilepilot.model.embedded.fields import asks_choice, reason_list
    from tilepilot.model.embedded.order import said_radio

    task = "mark CN-48230 as a failed attempt"
    f, at = _page(ATTEMPT, [("click", (246.5, 632.5)), ("click", (1054.0, 611.5))])
    f.cand_crop[at["Failed"]] = _ring()
    f.cand_crop[at["Delivered"]] = _ring()
    assert said_radio(f, task) == at["Failed"] and asks_choice(f)
    f.hist_kind = np.append(f.hist_kind, ACTIONS.index("click"))
    f.hist_box = np.vstack([f.hist_box, [540.5, 267.5, 548.5, 275.5]]).astype(np.float32)
    assert reason_list(f, task, True, NOBODY_IN) == at["Attemp V"]
    g, on = _page(ATTEMPT_OPEN, [("click", (246.5, 632.5)), ("click", (1054.0, 611.5)), ("click", (544.5, 271.5)),
                                 ("click", (640.5, 326.5))])
    assert reason_list(g, task, False, NOBODY_IN) == on["No one home"]


def _ring() -> np.ndarray:
    """A 16x16 crop of a radio button's ring: a dark circle on white."""
    yy, xx = np.mgrid[:16, :16]
    r = np.hypot(yy - 7.5, xx - 7.5)
    return np.where((r > 5) & (r < 7), 60, 255).astype(np.uint8)


OPTICIANS_BAR = [
    ('Clearview Opticians', t, (44, 15, 232, 38)), ('Diary', t, (267, 17, 318, 39)),
    ('Patients', t, (342, 19, 405, 36)),
    ('Spectacle orders', t, (431, 19, 553, 36)), ('Practice settings', t, (580, 18, 702, 38)),
    ('Reception · Beth Kaur', t, (1114, 19, 1261, 35)), ('Time', t, (37, 135, 70, 149))]
ORDERS_MENU = [
    ('Spectacle orders', t, (22, 77, 216, 100)), ('Not yet collected', t, (1106, 78, 1233, 98)),
    ('Order', t, (33, 126, 80, 147)), ('Status', t, (1013, 127, 1064, 147)), ('SP-7719', t, (34, 334, 105, 354)),
    ('Mr George Whitfield', t, (142, 336, 305, 353)), ('£540', t, (940, 333, 984, 355)),
    ('Ready to collect', t, (1016, 335, 1143, 355)), ('⋯', t, (1200, 335, 1227, 354)),
    ('Mark sent to lab', t, (1054, 371, 1174, 391)), ('Mark ready to collect', t, (1054, 406, 1209, 426)),
    ('Mark collected', t, (1054, 441, 1163, 461)), ('Not yet collected', i, (1095, 71, 1258, 106)),
    ('£540 Ready to collect', i, (1016, 335, 1143, 356))]


def test_an_order_picked_up_is_marked_collected_from_its_section_and_menu():
    """"SP-7719 has just been picked up.": "mark SP-7719 as collected"; the code shows nowhere, so the link whose
    first word holds its letters in order ("Spectacle orders"; a logo reading the letters is none); its row's
    "⋯" opened, the entry "Mark collected" (the dots are no switch of a column reading "collected": the list's
    filter "Not yet collected" is no column)."""
    from tilepilot.model.embedded.order import _column_switch, code_section, resolved, row_menu, switch_flipped

    told = "SP-7719 has just been picked up."
    task = resolved(told)
    assert task == "mark SP-7719 as collected"
    f, at = _page(OPTICIANS_BAR)
    assert code_section(f, told) == at["Spectacle orders"]
    assert code_section(f, "EQ-218 have gone elsewhere") is None  # no link holds E, Q
    g, _ = _page([('LP', t, (22, 20, 46, 40)), ('Lost Property Office', t, (60, 20, 240, 40))])
    assert code_section(g, "dispose of LP-5502, nobody has claimed it") is None
    h, on = _page(ORDERS_MENU, [("click", (492.0, 27.5)), ("click", (1214.0, 344.0))])
    assert _column_switch(h, task) is None and not switch_flipped(h, task)
    assert row_menu(h, task) == on["Mark collected"]


def test_a_lot_told_by_number_is_withdrawn_from_its_pages_actions_menu_until_it_reads_withdrawn():
    """"The vendor has pulled lot 47 — please withdraw it.": "withdraw lot 47" (the lot, not the vendor); the
    lot's page has a "⋯ Actions" button (OCR "…… Actions") for the verb, pressed once; not once the page reads
    it done ("Lucas Ferreira withdrawn")."""
    from tilepilot.model.embedded.order import actions_menu, resolved

    task = resolved("The vendor has pulled lot 47 — please withdraw it.")
    assert task == "withdraw lot 47"
    assert resolved("EQ-218 have gone with another venue, sadly. Mark them as lost please.") == "mark EQ-218 as lost"
    page = [('Pair of Regency rosewood side chairs', t, (409, 52, 778, 79)), ('…… Actions', t, (1172, 50, 1245, 74)),
            ('CATALOGUED', t, (413, 113, 508, 133)), ('…… Actions', i, (1162, 43, 1256, 81))]
    f, _ = _page(page, [("click", (797.0, 194.5))])
    assert actions_menu(f, task) == 1
    g, _ = _page([*page, ('Lot 47 withdrawn', t, (1078, 674, 1246, 691))], [("click", (797.0, 194.5))])
    assert actions_menu(g, task) is None


BOARD = [
    ('PROPOSAL SENT', t, (650, 100, 770, 115)), ('⋯', t, (802, 139, 815, 141)),
    ('Rosie Hill & Ben', t, (653, 135, 767, 152)), ('Carter', t, (653, 156, 702, 174)),
    ('EQ-217 - Sat 7 Jun 2025', t, (653, 176, 791, 193)), ('85 guests', t, (651, 192, 713, 213)),
    ('⋯ ', t, (802, 267, 815, 269)), ('Georgia & Nathan', t, (652, 262, 777, 282)),
    ('Fairweather', t, (652, 283, 739, 303)), ('EQ-218 - Sat 9 Aug 2025', t, (652, 303, 793, 323)),
    ('120 guests', t, (652, 321, 719, 341))]


def test_a_cards_dots_stand_at_its_headers_end_over_a_title_of_two_lines_and_its_code():
    """"mark EQ-218 as lost" on a board of cards whose "⋯" ends the header line, over a two-line title and the
    code under it: EQ-218's own dots (not EQ-217's, over another code)."""
    from tilepilot.model.embedded.order import row_menu

    f, at = _page(BOARD)
    assert row_menu(f, "mark EQ-218 as lost") == at["⋯ "]
    assert row_menu(f, "mark EQ-217 as lost") == at["⋯"]


def test_a_thing_that_needs_bumping_up_to_a_value_is_changed_and_its_choice_committed():
    """"The Halden Pharmacy parcel that's still sitting here in the depot needs bumping up to same day." reads
    "change the Halden Pharmacy parcel to same day"; once "○ Same day" was clicked, the button under it that
    commits ("Update service")."""
    from tilepilot.model.embedded.order import chosen_commit, resolved

    task = resolved("The Halden Pharmacy parcel that's still sitting here in the depot needs bumping up to same day.")
    assert task == "change the Halden Pharmacy parcel to same day"
    assert resolved("Flat 3 needs moving to Thursday") == "change Flat 3 to Thursday"
    level = [('SERVICE LEVEL', t, (934, 476, 1056, 497)), ('Standard', t, (937, 503, 1029, 528)),
             ('Next day', t, (1045, 503, 1132, 528)), ('Same day', t, (1141, 505, 1242, 525)),
             ('Update service', t, (940, 535, 1059, 567)), ('Same day', c, (1146, 506, 1165, 525))]
    f, _ = _page(level, [("click", (562.4, 491.1)), ("click", (1194.5, 515.5))])
    assert chosen_commit(f, task) == 4
    g, _ = _page(level, [("click", (562.4, 491.1)), ("click", (1088.0, 515.5))])
    assert chosen_commit(g, task) is None  # "Next day" clicked: not the value told


def test_a_parcel_put_on_a_drivers_van_is_assigned_to_the_driver_by_the_list_beside_assign():
    """"Put CN-48217 on Dev Patel's van." reads "assign CN-48217 to Dev Patel"; its panel's list reading no one
    ("Unassigned", OCR's "Unas" beside it) next to "Assign" takes the name first; once typed, not again."""
    from tilepilot.model.embedded.fields import assign_list
    from tilepilot.model.embedded.order import resolved

    task = resolved("Put CN-48217 on Dev Patel's van.")
    assert task == "assign CN-48217 to Dev Patel"
    panel = [('DRIVER', t, (936, 374, 999, 395)), ('Unassigned', t, (944, 408, 1037, 432)),
             ('Unas', t, (944, 408, 983, 439)), ('V', t, (1166, 409, 1183, 428)), ('Assign', t, (1197, 405, 1258, 437)),
             ('Attem Unassigned', i, (936, 402, 1186, 439)), ('Assign', i, (1191, 402, 1266, 439))]
    f, at = _page(panel, [("click", (246.0, 327.0))])
    assert assign_list(f, task) == (at["Attem Unassigned"], "Dev Patel")
    assert assign_list(f, "cancel CN-48217") is None
    g, _ = _page([*panel[:1], ('Marek Nowak — North', t, (944, 408, 1110, 432)), *panel[3:]], [("click", (246, 327))])
    assert assign_list(g, task) is None  # the list reads someone


def test_moving_an_appointment_is_its_menus_reschedule():
    """"Mrs Doyle can't make her eye test this morning. Could you move it to Thursday the 13th …": her row's "⋯"
    opened a menu of "Check in", "Mark completed", "Reschedule…", "Did not attend", "Cancel appointment": moving
    is rescheduling ("Reschedule…")."""
    from tilepilot.model.embedded.order import resolved, row_menu
    from tilepilot.model.embedded.rows import with_synonyms

    task = resolved("Mrs Doyle can't make her eye test this morning. Could you move it to Thursday the 13th at half "
                    "two, same optometrist?")
    assert task == "move Mrs Doyle's eye test this morning to Thursday the 13th at half two"
    assert "reschedule" in with_synonyms(["move"])
    assert resolved("Owen says he's finished the engine service on Marigold — can you mark that job as done?") \
        == "mark the engine service on Marigold as done"  # ("that job": the one told of, in three words)
    menu = [('Mrs Maureen Doyle', t, (104, 286, 263, 306)), ('Sight test', t, (457, 296, 530, 316)),
            ('Booked', t, (953, 293, 1022, 318)), ('⋯', t, (1171, 304, 1185, 306)),
            ('Check in', t, (1017, 329, 1088, 354)),
            ('Mark completed', t, (1017, 365, 1140, 388)), ('Reschedule...', t, (1017, 400, 1120, 424)),
            ('Did not attend', t, (1016, 435, 1127, 458)), ('Cancel appointment', t, (1019, 472, 1168, 492))]
    f, at = _page(menu, [("click", (1178.0, 305.0))])
    assert row_menu(f, task) == at["Reschedule..."]


RESCHEDULE = [
    ('Today: Mon 10 Mar 2025', t, (928, 15, 1098, 40)), ('Reschedule — Mrs Maureen Doyle', t, (427, 211, 736, 234)),
    ('Currently Monday 10 Mar 2025 at 10:20 with Priya Anand', t, (427, 262, 834, 282)),
    ('New date', t, (424, 294, 501, 314)), ('New time', t, (642, 293, 719, 314)),
    ('03/10/2025', t, (435, 326, 526, 346)), ('10:20', t, (653, 321, 706, 346)), ('V', t, (837, 326, 850, 340)),
    ('With', t, (425, 367, 465, 385)), ('Priya Anand', t, (439, 396, 529, 416)), ('Cance', t, (617, 481, 663, 506)),
    ('Move appointment', t, (699, 482, 843, 505)), ('Priya Anand', i, (427, 389, 854, 424)),
    ('Sight test 03/10/2025', i, (427, 317, 636, 357)), ('Priya Anand 10:20', i, (645, 317, 854, 352)),
    ('Move appointment', i, (691, 475, 853, 512))]
MENU_PICKED = [("click", (1178.0, 305.0)), ("click", (1068.5, 412.0))]


def test_a_reschedule_form_takes_the_day_and_time_as_said_then_its_button():
    """"… move it to Thursday the 13th at half two": the 13th of the page's month (today Mon 10 Mar 2025), 14:30
    ("half two" as said in Britain, one to seven o'clock the afternoon's); typed into "New date", then "New
    time", then the form's "Move appointment" (a word of the task), not "Cancel"."""
    from tilepilot.model.embedded.fields import _said_slot, slot_change, slot_commit

    told = ("Mrs Doyle can't make her eye test this morning. Could you move it to Thursday the 13th at half two, "
            "same optometrist?")
    f, at = _page(RESCHEDULE, MENU_PICKED)
    assert _said_slot(f, told) == ("2025-03-13", "14:30")
    assert _said_slot(f, "book it for the 3rd at 4pm") == ("2025-04-03", "16:00")  # (the 3rd has passed)
    assert _said_slot(f, "at quarter to ten")[1] == "09:45"
    assert slot_change(f, told) == (at["Sight test 03/10/2025"], "2025-03-13")
    assert slot_change(f, "Book a table for 4 on the 13th at 19:30") is None  # (a new booking: filled by role)
    assert slot_commit(f, told) is None
    f, _ = _page(RESCHEDULE, [*MENU_PICKED, ("type", (531.5, 337.0))])
    assert slot_change(f, told) == (at["Priya Anand 10:20"], "14:30")
    f, _ = _page(RESCHEDULE, [*MENU_PICKED, ("type", (531.5, 337.0)), ("type", (749.5, 334.5))])
    assert slot_change(f, told) is None
    assert slot_commit(f, told) == RESCHEDULE.index(('Move appointment', t, (699, 482, 843, 505)))


SETTINGS = [
    ('Email the owner when a yard job is marked done', t, (278, 128, 629, 151)),
    ('SMS reminders to owners the day before a lift', t, (278, 160, 607, 180)),
    ('Weekly yard report to the manager (Mondays)', t, (277, 189, 609, 213)),
    ('Email the owner when a yard job is marked done', c, (258, 132, 273, 147)),
    ('SMS reminders to owners the day before a lift', c, (258, 163, 273, 178)),
    ('Weekly yard report to the manager (Mondays)', c, (258, 193, 273, 208)),
    ('Default payment terms', t, (251, 323, 428, 345)), ('7', t, (401, 348, 418, 365)),
    ('14', t, (495, 346, 521, 366)), ('30', t, (589, 346, 615, 367)), ('days', t, (399, 363, 440, 388)),
    ('days ', t, (495, 365, 535, 387)), ('days  ', t, (589, 365, 629, 387)),
    ('Discard changes', t, (692, 655, 817, 678)), ('Save settings', t, (839, 653, 946, 679))]
STOP_SMS = "please stop the SMS reminders to owners before lifts, and set our default payment terms to 14 days"


def test_a_settings_box_said_otherwise_is_unticked_then_the_option_set_then_saved():
    """"please stop the SMS reminders to owners before lifts, and set our default payment terms to 14 days": the
    box whose label reads the most of the clause's words ("SMS reminders to owners the day before a lift"), ticked,
    is pressed; then "14" over "days" (a radio's label wrapped in two lines); then "Save settings" under it."""
    from tilepilot.model.embedded.order import option_saved, set_option, setting_box

    f, at = _page(SETTINGS, [("click", (48.0, 268.5))])
    ticked = np.full((16, 16), 255, np.uint8)
    ticked[3:13, 3:13] = 30
    for k in (3, 4):  # (the first two boxes ticked, as the page shows them)
        f.cand_crop[k] = ticked
    assert setting_box(f, STOP_SMS) == 4
    assert set_option(f, STOP_SMS) == at["14"]
    assert setting_box(f, "please stop the weekly yard report") is None  # not ticked: as it says already
    g, _ = _page(SETTINGS, [("click", (48.0, 268.5)), ("click", (265.5, 170.5)), ("click", (508.0, 356.5))])
    assert option_saved(g, STOP_SMS) == at["Save settings"]
    h, _ = _page(SETTINGS, [("click", (48.0, 268.5)), ("click", (265.5, 170.5)), ("click", (602.0, 356.5))])
    assert option_saved(h, STOP_SMS) is None  # "30 days" pressed: not the option said


def test_a_question_then_an_and_is_two_clauses_and_a_default_set_by_its_option():
    """"Can we change sight tests to 30 minutes by default? And turn on the text reminders the day before." is two
    clauses; the first sets an option ("30" over "minutes"), said after "Can we" and before "by default"."""
    from tilepilot.model.embedded.clauses import clause_spans
    from tilepilot.model.embedded.order import set_option

    told = "Can we change sight tests to 30 minutes by default? And turn on the text reminders the day before."
    assert [told[a:b].strip(" ?.") for a, b in clause_spans(told)] == [
        "Can we change sight tests to 30 minutes by default", "And turn on the text reminders the day before"]
    assert len(clause_spans("Is it done? and why")) == 1  # (no verb after "and" … one word: no clause)
    f, at = _page([('Default sight test length', t, (45, 170, 226, 186)), ('20', t, (94, 193, 113, 209)),
                   ('minutes', t, (94, 214, 151, 230)), ('30', t, (216, 193, 236, 209)),
                   ('minutes ', t, (216, 214, 273, 230)), ('Practice settings', t, (24, 78, 214, 98)),
                   ('Reminders & recalls', t, (543, 138, 713, 156)), ('Save settings', t, (895, 386, 990, 404)),
                   ('Appointments', i, (24, 116, 505, 363))],  # (the card holding them: no sidebar's gutter)
                  [("click", (641.0, 28.0))])
    assert set_option(f, told) == at["30"]
