"""Rules written from the seventeenth blind set (a ski rental desk, a blood donor clinic, a theatre's costume store,
a water company's leak desk, a language school's placements, a community radio's rota), once it became a dev set:
tasks that tell a story first and act by a pronoun later ("The Okafors just dropped off everything from RN-4407
… — check their gear back in"), and boards of cards with no row menus, where the thing is opened by its title
and its panel's button does the rest. Each page here is the geometry the model saw (OCR texts as found), cut to
what the rule reads."""

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def test_a_story_told_first_reads_as_one_command_on_the_thing_it_names():
    """The thing a pronoun stands for: a booking's code said in the story, not the family ("their gear"); a
    person named before "phoned to say he …"; "that one" is the job told of, not the crew; "… and wants his
    skis …" and "…, so it's an XL now" ask nothing; a command after the first is kept; "update it" keeps what
    was told as the change; "put it back" is acted on."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("The Okafors just dropped off everything from RN-4407 and it's all in good nick — check their "
                    "gear back in.") == "check RN-4407's gear back in"
    assert resolved("Gareth Lloyd phoned to say he had a tattoo done last week. Defer him until 20 August 2025 "
                    "(tattoo/piercing) and cancel the appointment he has coming up.") \
        == "defer Gareth Lloyd until 20 August 2025 (tattoo/piercing) and cancel the appointment he has coming up"
    assert resolved("Charlie crew have finished the job at 19 Kestrel Way — close that one off as fixed.") \
        == "mark the job at 19 Kestrel Way as fixed"
    assert resolved("Tom Reyes is loving it and wants his skis and boots for two more days past his current return "
                    "date. Extend his rental, then take payment for the whole amount — he's paying cash.") \
        == "extend Tom Reyes's rental, then take payment for the whole amount — he's paying cash."
    assert resolved("The pirate captain's coat has been let out, so it's an XL now, and it lives on rack D2 from "
                    "today. Update its record.") == ("update the pirate captain's coat's record: has been let out, "
                                                     "so it's an XL now, and it lives on rack D2 from today")
    assert resolved("Kat's Jazz After Dark on Thursday is going out pre-recorded this week — please update it.") \
        == "update Kat's Jazz After Dark on Thursday: is going out pre-recorded this week"
    assert resolved("The green velvet cloak is back from the dry cleaner's — put it back in store.") \
        == "put the green velvet cloak back in store"
    assert resolved("Jamie Chen got hurt, mark him injured") == "mark Jamie Chen as injured"  # (as before)


WARDROBE = [
    ('Wardrobe Store Harbour Street Theatre', t, (18, 16, 375, 42)),
    ('Stock', t, (763, 17, 823, 41)),
    ('Loans', t, (843, 21, 889, 38)),
    ('Search costumes...', t, (918, 12, 1067, 46)),
    ('New loan', t, (1171, 19, 1247, 39)),
    ('Category', t, (13, 78, 87, 99)),
    ('20 of 20 costumes shown ·14 in store', t, (203, 67, 440, 89)),
    ('Period', t, (39, 106, 86, 124)),
    ('CS-0410·Rack A1', t, (217, 110, 339, 126)),
    ('CS-0412·Rack A2', t, (483, 110, 604, 127)),
    ('CS-0413·Rack A2', t, (749, 110, 871, 127)),
    ('CS-0414· Rack C1', t, (1016, 110, 1138, 127)),
    ('Military', t, (38, 129, 94, 153)),
    ('Victorian mourning dress', t, (218, 127, 422, 147)),
    ('Elizabethan doublet,', t, (484, 127, 648, 144)),
    ('Tudor gown with farthingale', t, (749, 122, 980, 150)),
    ('Roman centurion armour', t, (1015, 127, 1220, 145)),
    ('Period · size M', t, (217, 148, 308, 165)),
    ('burgundy', t, (482, 145, 564, 165)),
    ('Period · size M', t, (747, 146, 842, 166)),
    ('Military·size L', t, (1015, 147, 1111, 167)),
    ('Fantasy', t, (40, 156, 95, 177)),
    ('Period · size L', t, (484, 165, 571, 182)),
    ('In store', t, (221, 170, 277, 188)),
    ('Repair', t, (750, 167, 809, 191)),
    ('In store', t, (1021, 170, 1076, 188)),
    ('Contemporary', t, (39, 180, 139, 202)),
    ('On loan·LN-086', t, (488, 187, 599, 204)),
    ('Accessories', t, (38, 205, 121, 225)),
    ('Status', t, (13, 233, 70, 254)),
    ('CS-0415·Rack C1', t, (216, 243, 338, 259)),
    ('CS-0417 · Rack C2', t, (482, 243, 604, 259)),
    ('CS-0418·Rack E1', t, (750, 243, 870, 260)),
    ('CS-0419· Rack E1', t, (1016, 243, 1136, 260)),
    ('O', t, (19, 261, 37, 279)),
    ('Any', t, (40, 261, 71, 280)),
    ('WWI infantry tunic', t, (218, 258, 374, 281)),
    ('Napoleonic hussar jacket', t, (482, 258, 687, 280)),
    ('Fairy queen gown', t, (747, 258, 893, 280)),
    ('Green velvet cloak', t, (1016, 260, 1165, 277)),
    ('O', t, (19, 283, 36, 300)),
    ('In store', t, (40, 283, 95, 301)),
    ('Military · size M', t, (216, 280, 314, 297)),
    ('Military · size M', t, (482, 280, 583, 300)),
    ('Fantasy · size S', t, (748, 280, 848, 300)),
    ('Fantasy · size One size', t, (1016, 282, 1157, 298)),
    ('O', t, (19, 305, 36, 323)),
    ('On loan', t, (42, 305, 98, 323)),
    ('On loan· LN-087', t, (221, 303, 331, 320)),
    ('In store', t, (487, 303, 543, 321)),
    ('In store', t, (754, 303, 810, 321)),
    ('Cleaning', t, (1020, 300, 1086, 323)),
]

PANEL = [
    ('CS-0419', t, (956, 70, 1018, 90)),
    ('×', t, (1241, 76, 1259, 94)),
    ('Green velvet cloak', t, (956, 86, 1149, 109)),
    ('Cleaning', t, (957, 114, 1026, 138)),
    ('Category', t, (953, 142, 1023, 167)),
    ('Fantasy', t, (1050, 141, 1113, 167)),
    ('Size', t, (954, 161, 992, 184)),
    ('One size', t, (1052, 163, 1118, 184)),
    ('Rack', t, (954, 181, 996, 203)),
    ('E1', t, (1053, 182, 1078, 203)),
    ('Return to store', t, (970, 217, 1076, 237)),
    ('Send for repair...', t, (1102, 216, 1222, 239)),
    ('Edit details', t, (973, 254, 1057, 274)),
    ('Size', t, (970, 277, 1006, 296)),
    ('One size', t, (979, 300, 1048, 325)),
    ('Rack', t, (968, 331, 1013, 357)),
    ('E1', t, (977, 359, 1004, 385)),
    ('Notes', t, (968, 389, 1019, 415)),
    ('Save changes', t, (984, 489, 1094, 509)),
    ('Accessories · size One size', i, (973, 410, 1249, 472)),
    ('Edit details One size', i, (973, 296, 1249, 330)),
    ('Dragon head mask E1', i, (973, 354, 1249, 386)),
    ('One size Send for repair...', i, (1091, 211, 1234, 245)),
    ('Regency day dress, ivory Save changes', i, (973, 482, 1106, 515)),
    ('Rack Return to store', i, (958, 211, 1087, 244)),
    ('Green velvet cloak Cleaning', i, (958, 116, 1029, 136)),
]


def test_a_card_with_no_menu_is_opened_by_its_title_and_its_panels_button_pressed():
    """"The green velvet cloak is back from the dry cleaner's — put it back in store": a store's tiles show no
    menu and no "Return" button, so the tile titled "Green velvet cloak" is opened (the model clicked another
    tile's badge "In store"); its panel's "Return to store", not "Send for repair…". A tile named by its code
    ("send CS-0419 off for repair") opens by its code's line. With row menus on the page the title is left to
    them."""
    from tilepilot.model.embedded.order import named_card, resolved

    task = resolved("The green velvet cloak is back from the dry cleaner's — put it back in store.")
    f, at = _page(WARDROBE)
    assert named_card(f, task) == at["Green velvet cloak"]
    assert named_card(f, "send CS-0419 off for repair as high priority") == at["CS-0419· Rack E1"]
    assert named_card(f, "select the green velvet cloak") is None  # a control's verb
    f, _ = _page(WARDROBE + [("⋯", t, (1230, 250, 1242, 252))])
    assert named_card(f, task) is None
    f, at = _page(PANEL, [("click", (1090, 268))])
    assert named_card(f, task) == at["Return to store"]
    assert named_card(f, "send CS-0419 off for repair as high priority") == at["Send for repair..."]


RADIO_PANEL = [
    ('Jazz After Dark', t, (992, 61, 1154, 88)),
    ('Thursday 19 June · 21:00-23:00', t, (994, 86, 1230, 106)),
    ('Presenter', t, (993, 111, 1064, 132)),
    ('Kat Nyberg', t, (1081, 109, 1164, 134)),
    ('Genre', t, (992, 132, 1042, 153)),
    ('Jazz', t, (1081, 131, 1118, 154)),
    ('Broadcast', t, (992, 153, 1067, 173)),
    ('Live', t, (1081, 152, 1119, 174)),
    ('Show ID', t, (993, 173, 1054, 194)),
    ('SH-111', t, (1082, 173, 1138, 194)),
    ('Contact', t, (993, 195, 1053, 216)),
    ('07700 900104', t, (1083, 195, 1186, 215)),
    ('Edit show...', t, (1003, 232, 1087, 253)),
    ('Arrange cover...', t, (1002, 268, 1117, 291)),
    ('Move / resize...', t, (1001, 304, 1111, 329)),
    ('Cancel this week...', t, (1003, 342, 1134, 365)),
    ('Cancel this week...', i, (996, 337, 1266, 371)),
    ('Contact Move / resize...', i, (996, 300, 1266, 334)),
    ('Contact Arrange cover...', i, (996, 263, 1266, 297)),
    ('Contact Edit show...', i, (996, 226, 1266, 260)),
]


def test_a_grids_block_named_in_the_task_is_opened_and_edited_for_update():
    """"Kat's Jazz After Dark on Thursday is going out pre-recorded this week — please update it": the rota's
    block "Jazz After Dark" (the model clicked the day's header "Thu"), then "Edit show…" for "update"; "Move
    Local Sport Hour from Wednesday to Friday" opens the block whose title wraps ("Local Sport" / "Hour"), then
    "Move / resize…"."""
    from tilepilot.model.embedded.order import named_card, resolved

    grid = [("Mon", t, (102, 59, 144, 81)), ("Wed", t, (364, 61, 402, 79)), ("Thu", t, (497, 62, 531, 80)),
            ("Select a show in the grid to see its", t, (994, 66, 1224, 82)), ("Lunchtime", t, (325, 295, 406, 315)),
            ("Local", t, (327, 312, 370, 329)), ("Local Sport", t, (326, 526, 412, 546)),
            ("Hour", t, (328, 543, 368, 560)), ("Jazz After Dark", t, (455, 592, 568, 612)),
            ("21:00-23:00·Kat", t, (457, 607, 572, 627)), ("Nyberg", t, (456, 623, 509, 644))]
    task = resolved("Kat's Jazz After Dark on Thursday is going out pre-recorded this week — please update it.")
    f, at = _page(grid)
    assert named_card(f, task) == at["Jazz After Dark"]
    moved = "Move Local Sport Hour from Wednesday to Friday, same start time, and make it a two-hour show."
    assert named_card(f, moved) == at["Local Sport"]
    f, at = _page(RADIO_PANEL, [("click", (511, 602))])
    assert named_card(f, task) == at["Edit show..."]
    f, at = _page([("Local Sport Hour", t, (992, 61, 1154, 88))] + RADIO_PANEL[1:], [("click", (369, 536))])
    assert named_card(f, moved) == at["Move / resize..."]


BOARD = [
    ('REPORTED', t, (28, 115, 108, 129)),
    ('7', t, (285, 112, 309, 132)),
    ('TRIAGED', t, (342, 115, 408, 129)),
    ('4', t, (602, 114, 620, 130)),
    ('CREW ASSIGNED', t, (656, 114, 779, 130)),
    ('3', t, (915, 113, 932, 130)),
    ('FIXED', t, (968, 113, 1016, 131)),
    ('2', t, (1229, 114, 1249, 131)),
    ('LK-7792', t, (36, 144, 98, 164)),
    ('P2', t, (93, 146, 125, 164)),
    ('LK-7782', t, (351, 145, 408, 163)),
    ('P2', t, (410, 146, 439, 164)),
    ('LK-7779', t, (663, 144, 722, 163)),
    ('P1', t, (725, 147, 752, 162)),
    ('LK-7776', t, (978, 144, 1039, 164)),
    ('P3', t, (1036, 146, 1067, 164)),
    ('Burst main', t, (37, 162, 101, 179)),
    ('Hydrant', t, (351, 162, 401, 180)),
    ('Burst main', t, (665, 162, 728, 179)),
    ('Hydrant', t, (979, 162, 1028, 180)),
    ('Station Road near Elm Grove', t, (36, 179, 212, 197)),
    ('Outside 3 Market Square', t, (350, 179, 501, 197)),
    ('Junction of Station Road and Elm Grove', t, (664, 179, 903, 197)),
    ('14 Quay Street', t, (978, 179, 1072, 196)),
    ('Westgate · 21 May', t, (36, 198, 145, 217)),
    ('Old Town · 19 May', t, (351, 197, 458, 217)),
    ('Westgate - 20 May', t, (665, 199, 775, 216)),
    ('Crew Alpha', t, (775, 201, 852, 215)),
    ('Harbourside · 17', t, (978, 197, 1077, 217)),
    ('Crew', t, (1104, 199, 1142, 217)),
    ('fixed 19', t, (1177, 199, 1227, 216)),
    ('May', t, (1049, 213, 1079, 232)),
    ('Alpha', t, (1103, 213, 1145, 231)),
    ('May', t, (1176, 213, 1207, 232)),
    ('LK-7781 P3', t, (35, 235, 126, 257)),
    ('LK-7790', t, (350, 236, 411, 256)),
    ('P2', t, (409, 239, 438, 254)),
    ('LK-7787', t, (663, 236, 724, 256)),
    ('Low pressure', t, (38, 256, 115, 270)),
    ('Burst main', t, (351, 254, 415, 271)),
    ('Burst main', t, (666, 256, 728, 270)),
    ('LK-7777', t, (979, 252, 1037, 269)),
    ('P4', t, (1037, 252, 1067, 270)),
    ('Flats 1–12, Harbour View', t, (37, 272, 189, 289)),
    ('Tannery Lane', t, (352, 274, 435, 288)),
    ('Canal Street by no. 40', t, (665, 272, 800, 289)),
    ('Meter leak', t, (979, 268, 1041, 285)),
    ('Harbourside - 20 May', t, (37, 291, 160, 308)),
    ('Old Town · 21 May', t, (352, 291, 458, 308)),
    ('Harbourside · 21 May', t, (664, 290, 787, 308)),
    ('Crew Bravo', t, (797, 290, 869, 308)),
    ('8 Rowan Close', t, (979, 286, 1073, 303)),
    ('Millbrook · 18 May', t, (979, 305, 1087, 322)),
    ('Crew Delta', t, (1086, 306, 1158, 323)),
    ('fixed 20 May', t, (1167, 306, 1238, 323)),
    ('LK-7786 P3', t, (37, 330, 125, 347)),
    ('LK-7780 P3', t, (350, 329, 440, 349)),
    ('LK-7785P2', t, (664, 330, 753, 347)),
    ('Service pipe', t, (35, 345, 110, 365)),
    ('Service pipe', t, (349, 343, 424, 366)),
    ('Service pipe', t, (665, 345, 736, 365)),
    ('5 Mill Lane', t, (35, 362, 107, 382)),
    ('27 Abbey Walk', t, (350, 363, 444, 383)),
    ('19 Kestrel Way', t, (664, 361, 759, 383)),
    ('Northfield - 20 May', t, (34, 379, 147, 402)),
    ('Old Town · 19 May', t, (351, 384, 458, 401)),
    ('Northfield - 19 May', t, (666, 383, 773, 400)),
    ('Crew Charlie', t, (783, 383, 861, 400)),
    ('⋯', t, (288, 152, 300, 154)),
    ('⋯', t, (602, 152, 614, 154)),
    ('⋯', t, (916, 152, 928, 154)),
    ('⋯', t, (1230, 152, 1242, 154)),
    ('⋯', t, (288, 244, 300, 246)),
    ('⋯', t, (602, 244, 614, 246)),
    ('⋯', t, (916, 244, 928, 246)),
    ('⋯', t, (1230, 258, 1242, 260)),
    ('⋯', t, (288, 336, 300, 338)),
    ('⋯', t, (602, 336, 614, 338)),
    ('⋯', t, (916, 336, 928, 338)),
    ('CREW ASSIGNED LK-7779', i, (653, 138, 941, 226)),
    ('4 LK-7782', i, (339, 138, 627, 226)),
    ('7 LK-7792', i, (25, 138, 313, 226)),
    ('LK-7785P2', i, (653, 323, 941, 410)),
    ('LK-7780 P3', i, (339, 323, 627, 410)),
    ('LK-7786 P3', i, (25, 323, 313, 410)),
    ('Harbourside · 17 LK-7777', i, (967, 245, 1255, 332)),
    ('May LK-7787', i, (653, 231, 941, 318)),
    ('4 LK-7790', i, (339, 231, 627, 318)),
    ('7 LK-7781 P3', i, (25, 231, 313, 318)),
    ('May Crew', i, (1101, 200, 1176, 230)),
    ('Crew Charlie', i, (776, 384, 864, 400)),
    ('Crew Bravo', i, (790, 292, 871, 308)),
    ('CREW ASSIGNED Crew Alpha', i, (776, 200, 855, 216)),
    ('Crew Delta', i, (1087, 306, 1163, 322)),
    ('FIXED LK-7776', c, (967, 138, 1255, 238)),
    ('CREW ASSIGNED', c, (724, 239, 752, 255)),
]


def test_a_boards_card_is_acted_on_by_its_own_header_dots_and_its_state_is_no_section():
    """A leak desk's cards carry their "⋯" on the header line with the code, two lines over the address: "Send
    Bravo crew out to the Tannery Lane burst" opened the next card's dots (LK-7780's, under the address); "mark
    the job at 19 Kestrel Way as fixed" is that card's dots, not the board's column "FIXED" as a section."""
    from tilepilot.model.embedded.order import resolved, row_menu, thing_section

    f, at = _page(BOARD)
    dots = [q for q, (x, _, _) in enumerate(BOARD) if x == "⋯"]
    tannery = next(q for q in dots if BOARD[q][2][:2] == (602, 244))
    kestrel = next(q for q in dots if BOARD[q][2][:2] == (916, 336))
    assert row_menu(f, "Send Bravo crew out to the Tannery Lane burst and bump it up to P1.") == tannery
    task = resolved("Charlie crew have finished the job at 19 Kestrel Way — close that one off as fixed.")
    assert thing_section(f, task) is None
    assert row_menu(f, task) == kestrel
    f, at = _page([("LK-7785P2", t, (664, 330, 753, 347)), ("19 Kestrel Way", t, (664, 361, 759, 383)),
                   ("Open repo", t, (916, 358, 983, 378)), ("Crew Charlie", t, (783, 383, 861, 400)),
                   ("Mark fixed", t, (916, 387, 983, 407)), ("⋯", t, (916, 336, 929, 338)),
                   ("fixed 19", t, (1177, 199, 1227, 216))], [("click", (922, 337))])
    assert row_menu(f, task) == at["Mark fixed"]  # (not another card's "fixed 19 May")


def test_a_rows_button_may_say_the_tasks_verb_otherwise():
    """"Maya Kowalski is flying — bump her up to the Tuesday/Thursday evening intermediate class": her row's
    "Move…" (the model scrolled the list); "withdraw him please. His last class is …" keeps the details told
    after it, and a person's name after a verb no list knows is a row's menu to look in."""
    from tilepilot.model.embedded.order import resolved, row_act, row_menu

    rows = [("Maya Kowalski", t, (115, 177, 236, 201)), ("A2-E Mon/Wed 18:30-20:30", t, (589, 178, 765, 200)),
            ("Active", t, (810, 181, 856, 198)), ("Move...", t, (1149, 179, 1202, 200)),
            ("Lucas Ferreira", t, (115, 214, 233, 237)), ("B1-M Tue/Thu 09:30-11:30", t, (589, 215, 759, 236)),
            ("Active", t, (810, 217, 856, 235)), ("Move...", t, (1149, 215, 1203, 236)),
            ("⋮", t, (1226, 182, 1228, 196)), ("⋮", t, (1226, 218, 1228, 232)),
            ("⋮ Move...", i, (1143, 214, 1210, 239)), ("⋮ Move...", i, (1143, 178, 1210, 203))]
    f, _ = _page(rows)
    task = resolved("Maya Kowalski is flying — bump her up to the Tuesday/Thursday evening intermediate class.")
    assert task == "bump Maya Kowalski up to the Tuesday/Thursday evening intermediate class"
    assert row_act(f, task) == 3
    task = resolved("Lucas Ferreira is moving abroad, so withdraw him please. His last class is Friday 28 March; "
                    "reason is relocation.")
    assert task == "withdraw Lucas Ferreira; His last class is Friday 28 March; reason is relocation."
    assert row_menu(f, task) == 9


def _ring() -> np.ndarray:
    """A radio button's crop as the page draws it: a grey ring on white."""
    yy, xx = np.mgrid[0:16, 0:16]
    r = np.hypot(yy - 7.5, xx - 7.5)
    return np.where((r >= 4.5) & (r <= 6), 190, 255).astype(np.uint8)


def test_a_one_word_option_said_beside_its_groups_label_is_picked():
    """"Send it off for repair as high priority": "Priority ○ Low ○ Normal ○ High" (OCR's box for "High" holds
    its ring); "log it as a P2": "○ P1 ○ P2", a label with a digit said whole. Not "Normal", never said."""
    from tilepilot.model.embedded.order import said_radio

    cands = [("Priority", t, (413, 220, 473, 244)), ("Low", t, (417, 239, 476, 263)),
             ("Normal", t, (483, 239, 566, 263)), ("High", t, (569, 240, 631, 261)),
             ("Low", c, (422, 244, 437, 259)), ("Normal", c, (488, 244, 503, 259)), ("High", c, (575, 244, 590, 259))]
    f, _ = _page(cands, [("click", (1020, 615)), ("click", (1203, 227)), ("type", (640, 183))])
    for q in (4, 5, 6):
        f.cand_crop[q] = _ring()
    assert said_radio(f, "send CS-0433 off for repair as high priority and give the job to Maureen") == 6
    assert said_radio(f, "send CS-0433 off for repair and give the job to Maureen") is None
    pri = [("P1", t, (420, 240, 450, 262)), ("P2", t, (480, 240, 510, 262)),
           ("P1", c, (422, 244, 437, 259)), ("P2", c, (482, 244, 497, 259))]
    f, _ = _page(pri, [("click", (1210, 70))])
    f.cand_crop[2] = f.cand_crop[3] = _ring()
    assert said_radio(f, "Sounds like a service pipe — log it as a P2.") == 3


MOVE_DIALOG = [
    ('Move / resize show', t, (393, 71, 573, 96)),
    ('×', t, (861, 77, 879, 95)),
    ('Local Sport Hour is on Wednesday 19:00-20:00.', t, (394, 124, 727, 146)),
    ('Day', t, (393, 152, 428, 175)),
    ('Starts', t, (560, 154, 608, 172)),
    ('Length', t, (724, 152, 780, 173)),
    ('Wednesday', t, (404, 176, 491, 202)),
    ('V', t, (533, 180, 551, 197)),
    ('19:00', t, (571, 178, 618, 200)),
    ('V', t, (701, 181, 715, 196)),
    ('1 hour', t, (737, 179, 788, 200)),
    ('Cancel', t, (699, 265, 751, 286)),
    ('Move show', t, (780, 266, 871, 286)),
    ('Local Sport Hour is on Wednesday 19:00-20:00. 19:00', i, (562, 173, 719, 207)),
    ('Length 1 hour', i, (728, 173, 884, 207)),
    ('Day Wednesday', i, (397, 173, 553, 207)),
    ('dgren Move show', i, (769, 259, 883, 292)),
    ('Length Cancel', i, (687, 259, 764, 293)),
    ('Starts Wednesday', c, (397, 157, 552, 206)),
    ('Starts 1 hour', c, (728, 156, 883, 206)),
]


def test_a_value_moved_from_one_to_another_and_a_length_in_words_go_into_their_lists():
    """"Move Local Sport Hour from Wednesday to Friday, same start time, and make it a two-hour show": the list
    showing "Wednesday" gets "Friday", the one showing "1 hour" gets "2 hours" (a list takes the option
    starting with what is typed)."""
    from tilepilot.model.embedded.fields import counted_choice, from_to_value

    task = "Move Local Sport Hour from Wednesday to Friday, same start time, and make it a two-hour show."
    f, at = _page(MOVE_DIALOG, [("click", (369, 536)), ("click", (1044, 316))])
    day = next(q for q, (x, k, _) in enumerate(MOVE_DIALOG) if x == "Day Wednesday" and k == i)
    length = next(q for q, (x, k, _) in enumerate(MOVE_DIALOG) if x == "Length 1 hour" and k == i)
    assert from_to_value(f, task) == (day, "Friday")
    assert counted_choice(f, task) == (length, "2 hour")
    assert counted_choice(f, "Move Local Sport Hour from Wednesday to Friday") is None


def test_a_story_told_before_the_command_fills_the_dialogs_note_and_dates():
    """"CS-0433, the red flamenco dress, has a torn hem. Send it off …": the repair dialog's "What needs doing?"
    gets "has a torn hem" (not the panel's Notes box behind the dialog); "… so it's an XL now, and it lives on
    rack D2 …" gives the form's Rack its value and no note; "wants his skis … for two more days past his
    current return date. Extend his rental, …" moves the dialog's 02/14/2025 to 2025-02-16."""
    from tilepilot.model.embedded.fields import note_field, shifted_date

    told = "CS-0433, the red flamenco dress, has a torn hem. Send it off for repair as high priority and give the " \
        "job to Maureen."
    dialog = [("What needs doing?", t, (415, 133, 550, 153)), ("Priority", t, (413, 220, 473, 244)),
              ("Notes", t, (968, 389, 1019, 415)),
              ("What needs doing?", i, (418, 153, 863, 213)), ("Rack", i, (973, 410, 1249, 472))]
    f, _ = _page(dialog, [("click", (1020, 615)), ("click", (1203, 227))])
    assert note_field(f, told) == (3, "has a torn hem")
    panel = [("Rack", t, (968, 331, 1013, 357)), ("D4", t, (977, 359, 1004, 385)), ("Notes", t, (968, 389, 1019, 415)),
             ("Rack D4", i, (973, 354, 1249, 386)), ("Notes", i, (973, 410, 1249, 472))]
    f, _ = _page(panel, [("click", (833, 518))])
    assert note_field(f, "The pirate captain's coat has been let out, so it's an XL now, and it lives on rack D2 "
                         "from today. Update its record.") is None
    extend = [("New return date", t, (374, 172, 502, 192)), ("02/14/2025", t, (383, 199, 477, 220)),
              ("New return date 02/14/2025", i, (377, 193, 530, 228))]
    f, _ = _page(extend, [("click", (1224, 488)), ("click", (1126, 591))])
    told = "Tom Reyes is loving it and wants his skis and boots for two more days past his current return date. " \
        "Extend his rental, then take payment for the whole amount."
    assert shifted_date(f, told) == (2, "2025-02-16")


WITHDRAW = [
    ("Academic office · Mon 24 March 2025", t, (1024, 17, 1252, 33)),
    ("16 Sep 2024", t, (1000, 179, 1090, 200)),
    ("16 Sep 2024", t, (1000, 216, 1089, 236)),
    ("Withdraw Lucas Ferreira", t, (385, 57, 629, 84)),
    ("Last day of attendance", t, (386, 97, 549, 117)),
    ("mm/dd/yyyy", t, (392, 120, 491, 150)),
    ("Reason", t, (384, 157, 446, 181)),
    ("- select —", t, (399, 183, 480, 207)),
    ("Note (optional)", t, (384, 216, 499, 243)),
    ("Release the place in B1-M —", t, (390, 298, 572, 321)),
    ("this cannot be undone", t, (590, 298, 728, 321)),
    ("Keep student", t, (637, 374, 732, 394)),
    ("Withdraw student", t, (758, 374, 878, 391)),
    ("", i, (389, 240, 892, 287)),
    ("Withdraw Lucas Ferreira - select —", i, (389, 179, 892, 213)),
    ("Withdraw Lucas Ferreira mm/dd/yyyy", i, (389, 118, 892, 152)),
    ("Withdraw student", i, (747, 368, 891, 399)),
    ("Keep student", i, (627, 368, 742, 400)),
    ("Release the place in B1-M —", c, (393, 302, 408, 317)),
]


def _square() -> np.ndarray:
    """A check box's crop: a grey square outline on a light page, unticked."""
    im = np.full((16, 16), 242, np.uint8)
    im[2:14, 2:14] = 255
    im[2, 2:14] = im[13, 2:14] = im[2:14, 2] = im[2:14, 13] = 190
    return im


def test_a_withdrawal_dialog_gets_the_told_date_the_told_reason_and_its_acknowledgement():
    """"… withdraw him please. His last class is Friday 28 March; reason is relocation.": "Last day of
    attendance" gets 2025-03-28 (the year of the header's today, not of the rows' joining dates), "Reason"
    gets "relocation", and the box saying "this cannot be undone" is ticked before "Withdraw student"."""
    from tilepilot.model.embedded.fields import told_value, worded_date
    from tilepilot.model.embedded.order import ack_box, resolved

    task = resolved("Lucas Ferreira is moving abroad, so withdraw him please. His last class is Friday 28 March; "
                    "reason is relocation.")
    f, _ = _page(WITHDRAW, [("click", (1227, 225)), ("click", (1133, 314))])
    f.cand_crop[len(WITHDRAW) - 1] = _square()
    assert worded_date(f, task) == (15, "2025-03-28")
    assert told_value(f, task) == (14, "relocation")
    assert told_value(f, "withdraw Lucas Ferreira please") is None
    assert ack_box(f) == len(WITHDRAW) - 1
    f, _ = _page(WITHDRAW[:10] + WITHDRAW[11:], [("click", (1227, 225))])
    f.cand_crop[len(WITHDRAW) - 2] = _square()
    assert ack_box(f) is None  # (a box that acknowledges nothing is the task's to name)


def test_an_extension_is_confirmed_once_its_date_is_typed():
    """"… for two more days past his current return date. Extend his rental, …": once 2025-02-16 was typed into
    "New return date", the dialog's "Confirm extension" (the model typed the next clause's words beside it,
    closing the dialog)."""
    from tilepilot.model.embedded.fields import shifted_commit

    told = "Tom Reyes is loving it and wants his skis and boots for two more days past his current return date. " \
        "Extend his rental, then take payment for the whole amount — he's paying cash."
    dialog = [("New return date", t, (374, 172, 502, 192)), ("02/16/2025", t, (383, 199, 477, 220)),
              ("Cancel", t, (668, 328, 727, 352)), ("Confirm extension", t, (755, 329, 889, 349)),
              ("New return date 02/16/2025", i, (377, 193, 530, 228))]
    f, at = _page(dialog, [("click", (1224, 488)), ("click", (1126, 591)), ("type", (453, 210))])
    assert shifted_commit(f, told) == at["Confirm extension"]
    f, _ = _page(dialog, [("click", (1224, 488)), ("click", (1126, 591))])
    assert shifted_commit(f, told) is None


def test_a_code_listed_on_another_records_row_is_not_that_rows_menu():
    """"SK-115 came back … Book it into the workshop": SK-115 shows only as a ski hired on rental RN-4400's row;
    that row's menu acts on the rental, so it is not opened (the model opened it and found no workshop)."""
    from tilepilot.model.embedded.order import row_menu

    rows = [("RN-4401", t, (28, 568, 96, 585)), ("SK-112 Rossignol Experience 82", t, (275, 560, 487, 578)),
            ("RN-4400", t, (28, 613, 96, 630)), ("Jakub Nowak", t, (131, 613, 215, 630)),
            ("SK-115 VölkI Deacon 76", t, (275, 603, 437, 623)), ("PL-501 Leki Spitfire", t, (277, 620, 405, 637)),
            ("⋮", t, (1223, 568, 1225, 583)), ("⋮", t, (1223, 614, 1225, 629))]
    f, _ = _page(rows)
    assert row_menu(f, "book SK-115 into the workshop for an edge repair") is None
    assert row_menu(f, "cancel RN-4400") == 7


def test_a_panels_button_is_not_pressed_on_a_list_with_row_menus():
    """"Extend Tom Reyes's rental, then take payment …" opened his row's "⋮": the rentals list's "+ New rental"
    shares "rental" with the task but is no panel of his; the row menu's entry is ``row_menu``'s."""
    from tilepilot.model.embedded.order import named_card

    page = [("+ New rental", t, (1150, 78, 1245, 98)), ("Tom Reyes", t, (131, 479, 200, 498)),
            ("⋮", t, (1223, 480, 1225, 495)), ("Extend rental...", t, (1073, 581, 1181, 602)),
            ("+ New rental", i, (1136, 72, 1258, 104))]
    f, _ = _page(page, [("click", (1224, 488))])
    assert named_card(f, "extend Tom Reyes's rental, then take payment for the whole amount") is None


def test_a_menu_without_the_verb_opens_the_record_and_a_job_is_given_by_its_assign_list():
    """"LK-7792 is the same burst main … Mark it as a duplicate of that report": the card's menu holds only
    "Open report" and "Move to Triaged", so the report is opened (its own dialog marks duplicates); "… give the
    job to Maureen" types "Maureen" into "Assign to [— choose —]" (its list takes "Maureen Doyle")."""
    from tilepilot.model.embedded.fields import told_value
    from tilepilot.model.embedded.order import resolved, row_menu

    menu = [("LK-7792", t, (36, 144, 98, 164)), ("P2", t, (93, 146, 125, 164)), ("Burst main", t, (37, 162, 101, 179)),
            ("Station Road near Elm Grove", t, (36, 179, 212, 197)), ("Open report", t, (296, 174, 367, 194)),
            ("Westgate · 21 May", t, (36, 198, 145, 218)), ("Move to Triaged", t, (296, 203, 390, 223)),
            ("⋯", t, (288, 152, 301, 154))]
    task = resolved("LK-7792 is the same burst main that Alpha are already working on at Station Road/Elm Grove. "
                    "Mark it as a duplicate of that report.")
    f, at = _page(menu, [("click", (294, 153))])
    assert row_menu(f, task) == at["Open report"]
    f, _ = _page(menu, [("click", (294, 153)), ("click", (331, 184))])
    assert row_menu(f, task) is None  # (pressed: the record's own page is the next rule's)
    dialog = [("Assign to", t, (414, 264, 485, 285)), ("- choose -", t, (429, 290, 511, 311)),
              ("Assign to - choose -", i, (420, 287, 861, 315))]
    f, _ = _page(dialog, [("click", (1020, 615)), ("click", (1203, 227)), ("type", (640, 183)), ("click", (582, 252))])
    told = "CS-0433, the red flamenco dress, has a torn hem. Send it off for repair as high priority and give the " \
        "job to Maureen."
    assert told_value(f, told) == (2, "Maureen")


def test_a_persons_task_opens_the_people_before_a_thing_of_theirs_said_after_and():
    """"Defer him until 20 August 2025 … and cancel the appointment he has coming up" (Gareth Lloyd): the
    clinic's "Donors", not "Appointments" (the model opened Appointments and searched it for him)."""
    from tilepilot.model.embedded.order import explore_link, resolved

    page = [("• DonorDesk", t, (17, 21, 138, 38)), ("Clinic day", t, (231, 16, 343, 47)),
            ("Book appointment", t, (1111, 22, 1246, 45)), ("Clinic day", t, (19, 88, 92, 111)),
            ("Appointments", t, (22, 130, 111, 144)), ("Donors", t, (21, 164, 72, 181)),
            ("Sessions", t, (21, 200, 83, 217)), ("Time", t, (244, 146, 277, 163)), ("Donor", t, (312, 143, 357, 164)),
            ("09:00", t, (242, 184, 284, 205)), ("Priya Shah", t, (312, 175, 388, 196)),
            ("Check in", t, (1141, 180, 1206, 207)), ("DN-20436", t, (313, 190, 376, 210))]
    task = resolved("Gareth Lloyd phoned to say he had a tattoo done last week. Defer him until 20 August 2025 "
                    "(tattoo/piercing) and cancel the appointment he has coming up.")
    f, at = _page(page)
    assert explore_link(f, task) == at["Donors"]


DEFER = [
    ("Defer donor", t, (392, 60, 499, 85)), ("Gareth Lloyd · DN-20440 · O-", t, (394, 109, 592, 132)),
    ("Reason", t, (392, 140, 450, 161)), ("- select —", t, (417, 164, 489, 192)), ("V", t, (866, 171, 880, 186)),
    ("Deferred until", t, (393, 203, 487, 224)), ("mm/dd/yyyy", t, (400, 228, 492, 256)),
    ("Also cancel upcoming appointments (1", t, (397, 269, 668, 292)), ("Cancel", t, (705, 368, 760, 390)),
    ("Defer donor", t, (783, 367, 876, 391)), ("Sat 15 Mar 2025 · Northgate", t, (20, 10, 250, 30)),
    ("Gareth Lloyd · DN-20440 · O- mm/dd/yyyy", i, (397, 224, 884, 259)),
    ("Gareth Lloyd · DN-20440 · O- - select —", i, (397, 161, 884, 196)),
    ("Also cancel upcoming appointments (1", c, (401, 271, 416, 286)),
]


def test_a_deferral_gets_its_bracketed_reason_its_date_under_its_label_and_the_box_its_next_clause_says():
    """"Defer him until 20 August 2025 (tattoo/piercing) and cancel the appointment he has coming up": "Reason"
    gets "tattoo" (its list takes "Tattoo or piercing"), "Deferred until" (its label over the field) 2025-08-20,
    and "☐ Also cancel upcoming appointments (1)" is ticked."""
    from tilepilot.model.embedded.fields import told_value, worded_date
    from tilepilot.model.embedded.order import clause_box, resolved

    told = "Gareth Lloyd phoned to say he had a tattoo done last week. Defer him until 20 August 2025 " \
        "(tattoo/piercing) and cancel the appointment he has coming up."
    f, _ = _page(DEFER, [("click", (46, 172)), ("click", (1226, 294)), ("click", (1091, 391))])
    f.cand_crop[13] = _square()
    assert told_value(f, told) == (12, "tattoo")
    assert worded_date(f, resolved(told)) == (11, "2025-08-20")
    assert clause_box(f, told) == 13
    assert clause_box(f, "Defer him until 20 August 2025 and keep his appointment") is None


def test_a_dialogs_note_is_sent_by_its_own_button_and_not_typed_again_once_sent():
    """Once "has a torn hem" was typed into the repair dialog's box, its "Send for repair" (a button under the
    note, in the dialog's column), not the label "Priority" nor the panel's "Send for repair…" beside it; once
    the dialog is gone (the fields typed into are no more), the panel's own Notes box gets no second note (nor
    any note the story does not put in its notes)."""
    from tilepilot.model.embedded.fields import note_field, noted_commit

    told = "CS-0433, the red flamenco dress, has a torn hem. Send it off for repair as high priority and give the " \
        "job to Maureen."
    dialog = [("What needs doing?", t, (415, 133, 550, 153)), ("has a torn hem", t, (422, 156, 531, 179)),
              ("Priority", t, (411, 218, 473, 245)), ("Send for repair", t, (744, 373, 852, 396)),
              ("Send for repair...", t, (1114, 216, 1233, 239)),
              ("What needs doing? has a torn hem", i, (418, 153, 863, 213)),
              ("Send for repair", i, (734, 368, 863, 401)), ("Send for repair...", i, (1103, 211, 1246, 245))]
    f, at = _page(dialog, [("click", (1020, 615)), ("click", (1203, 227)), ("type", (640, 301)), ("type", (640, 183))])
    assert noted_commit(f, told) == 3
    c_high = ("High", c, (575, 244, 590, 259))
    f, _ = _page(dialog + [c_high], [("click", (1020, 615)), ("click", (1203, 227)), ("type", (640, 301)),
                                     ("type", (640, 183)), ("click", (582, 251))])
    assert noted_commit(f, told) == 3  # (its option picked after the note)
    f, _ = _page(dialog + [c_high], [("click", (1020, 615)), ("type", (640, 183)), ("click", (1039, 499))])
    assert noted_commit(f, told) is None  # (a click elsewhere after it: no longer the note's turn)
    panel = [("Notes", t, (968, 470, 1019, 490)), ("Notes", i, (973, 492, 1249, 552))]
    f, _ = _page(panel, [("click", (1020, 615)), ("click", (1203, 227)), ("type", (640, 301)), ("type", (640, 183)),
                         ("click", (798, 384))])
    assert note_field(f, told) is None
    f, _ = _page(panel, [("click", (1020, 615)), ("click", (1203, 227))])
    assert note_field(f, told) is None  # (a panel's own box, no dialog open, and the story names no notes)
    f, _ = _page(panel, [("click", (1020, 615)), ("click", (1203, 227))])
    assert note_field(f, told.replace("has a torn hem.", "has a torn hem, please add that to its notes.")) \
        == (1, "has a torn hem")
