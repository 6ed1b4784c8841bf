"""Rules written from the twenty-fourth blind set (self storage, an escape room, a monumental mason, a livery yard,
a wine club, a coffee roastery), once it became a dev set: changes told as a list on a settings page (no "from now
on" said: the page says it), a percentage before a comma, a price "is now £295" or "£1,150", a date field showing
the old date, a time box ("moves earlier to 2pm"), days taken off a list of boxes. Each page here is the geometry
the model saw (OCR texts as found, "Iwelve-bottle", "ree delivery" and a label read across two columns
included), cut to what the rule reads."""

from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


MEETING = ("A few changes agreed at the club meeting: the members' discount in the cellar door shop goes up "
           "from 10% to 15%, the courier charge goes up to £12 a case, and the Collector's case is now £295. "
           "Also, the summer release will go out on Saturday 12 July rather than the 5th.")
CLUB_SETTINGS = [
    ('Coldharbour Vineyard', t, (26, 11, 222, 35)), ('Members', t, (254, 20, 315, 37)),
    ('Spring release', t, (336, 21, 424, 38)), ('Club settings', t, (444, 17, 530, 40)),
    ('3 Apr 2025 · Club office (Harriet)', t, (1071, 23, 1251, 39)), ('WINE CLUB OFFICE', t, (28, 37, 168, 53)),
    ('Club settings', t, (26, 87, 151, 117)), ('Price per release', t, (46, 146, 159, 166)),
    ('Six-bottle club (£)', t, (47, 177, 142, 194)), ('Iwelve-bottle club (£)', t, (296, 175, 408, 195)),
    ("Collector's case (£)", t, (535, 177, 637, 194)), ('95', t, (52, 205, 78, 227)), ('180', t, (297, 204, 330, 228)),
    ('290', t, (542, 206, 575, 227)), ('Delivery & member benefits', t, (47, 295, 232, 312)),
    ('Courier charge per case (£)', t, (44, 321, 192, 342)),
    ('Member discount in the cellar door shop (%) Hold cases for collection (days)', t, (296, 320, 700, 343)),
    ('9.95', t, (49, 350, 91, 376)), ('10', t, (299, 352, 323, 373)), ('30', t, (543, 354, 566, 375)),
    ("Free courier for Collector's case members", t, (50, 394, 319, 411)), ('Next release', t, (45, 475, 131, 495)),
    ('Release name', t, (46, 506, 122, 523)), ('Release date', t, (296, 504, 362, 524)),
    ('Charge cards (days before)', t, (535, 504, 680, 525)), ('Summer 2025', t, (54, 534, 144, 555)),
    ('07/05/2025', t, (298, 533, 378, 558)), ('日', t, (495, 533, 518, 557)), ('7', t, (542, 534, 559, 554)),
    ('Save settings', t, (38, 631, 124, 653)), ('Release date 07/05/2025', i, (293, 526, 528, 566)),
    ('Charge cards (days before) 7', i, (537, 526, 773, 564)), ('Release name Summer 2025', i, (48, 526, 284, 564)),
    ('Member discount in the cellar door shop (%) Hold cases for collection (days) 30', i, (537, 345, 773, 383)),
    ('Courier charge per case (£) 9.95', i, (48, 345, 284, 383)), ("Collector's case (£) 290", i, (537, 198, 773, 236)),
    ('Six-bottle club (£) 95', i, (48, 198, 284, 236)),
    ('Member discount in the cellar door shop (%) Hold cases for collection (days) 10', i, (293, 345, 528, 383)),
    ('Iwelve-bottle club (£) 180', i, (293, 198, 528, 236)),
    ("Free courier for Collector's case members", c, (52, 395, 67, 410))]
TO_CLUB = [("click", (457.0, 28.5))]


def test_changes_told_as_a_list_on_a_settings_page_go_under_their_labels():
    """No "from now on" is said: the page's tall title "Club settings" says the changes stand. "… discount … goes
    up from 10% to 15%, …" types 15 (before a comma; 10 is the old value) into "Member discount in the cellar
    door shop (%)", whose label OCR read across two columns; "the courier charge goes up to £12" types 12 and
    "the Collector's case is now £295" 295 by their words; "will go out on Saturday 12 July rather than the 5th"
    types 2025-07-12 over the date the release field shows (07/05/2025), by its label's lead word."""
    from tilepilot.model.embedded.fields import policy_number, priced_field, settings_page, worded_date

    f, _ = _page(CLUB_SETTINGS, TO_CLUB)
    assert settings_page(f)
    assert policy_number(f, MEETING) == (_at(f, (293, 345, 528, 383)), "15")
    assert priced_field(f, MEETING) == (_at(f, (48, 345, 284, 383)), "12")
    assert worded_date(f, MEETING) == (_at(f, (293, 526, 528, 566)), "2025-07-12")
    typed = [(x.replace("9.95", "12"), k, b) for x, k, b in CLUB_SETTINGS]  # (the courier charge typed)
    f, _ = _page(typed, [*TO_CLUB, ("type", (166.0, 364.0))])
    assert priced_field(f, MEETING) == (_at(f, (537, 198, 773, 236)), "295")
    assert priced_field(f, MEETING.replace("is now £295", "stays at £290")) is None
    assert worded_date(f, MEETING.replace("12 July", "5 July")) is None  # (it shows that date)
    listed = [x for x in CLUB_SETTINGS if x[0] not in ("Club settings", "Save settings")]
    f, _ = _page(listed, TO_CLUB)
    assert not settings_page(f) and policy_number(f, MEETING) is None  # (a record's numbers, no change said)


ROAST_DAYS = ("From next week we're only roasting on Mondays, Wednesdays and Fridays, so take Tuesday and Thursday "
              "off the roast days. The order cut-off moves earlier to 2pm, and free delivery should now start at £120 "
              "instead of £150.")
ROAST_SETTINGS = [
    ('Ridgeback Coffeewholesale', t, (57, 16, 270, 36)), ('Order', t, (301, 16, 343, 37)),
    ('Roast plan', t, (372, 19, 448, 36)), ('Accounts', t, (468, 20, 534, 34)), ('Coffees', t, (556, 13, 608, 40)),
    ('Settings', t, (632, 13, 693, 40)), ('Tue 10 Jun 2025 ·Roastery office · Ellie', t, (1040, 18, 1257, 34)),
    ('Settings', t, (21, 75, 113, 103)), ('Roasting', t, (42, 133, 112, 154)), ('Roast days', t, (41, 161, 111, 182)),
    ('Monday', t, (43, 183, 123, 206)), ('Tuesday', t, (153, 185, 214, 205)), ('Wednesday', t, (239, 183, 324, 206)),
    ('Thursday', t, (338, 183, 421, 206)), ('Friday', t, (431, 183, 499, 206)),
    ('Order cut-off (day before roasting)', t, (41, 213, 244, 234)), ('linimum order (kg)', t, (296, 210, 406, 237)),
    ('03:00 PM', t, (52, 246, 119, 263)), ('3', t, (295, 245, 312, 263)), ('Delivery', t, (41, 331, 106, 356)),
    ('Delivery charge (£)', t, (39, 358, 157, 383)), ('ree delivery on orders over (£)', t, (296, 358, 472, 383)),
    ('8.5', t, (47, 390, 80, 413)), ('150', t, (295, 392, 326, 411)),
    ('Towns on the van round', t, (43, 428, 186, 445)),
    ('Ilkley, Otley, Keighley, Skipton', t, (50, 458, 237, 478)), ('Save settings', t, (35, 550, 125, 572)),
    ('Towns on the van round Ilkley, Otley, Keighley, Skipton', i, (44, 450, 769, 486)),
    ('Order cut-off (day before roasting) 03:00 PM', i, (44, 236, 280, 275)),
    ('linimum order (kg) 3', i, (289, 236, 524, 273)), ('Delivery charge (£) 8.5', i, (44, 384, 280, 420)),
    ('ree delivery on orders over (£) 150', i, (289, 384, 524, 420)),
    ('Monday', c, (48, 187, 63, 202)), ('Tuesday', c, (136, 187, 151, 202)), ('Wednesday', c, (227, 187, 242, 202)),
    ('Thursday', c, (338, 187, 353, 202)), ('Friday', c, (435, 187, 450, 202))]
TO_ROAST = [("click", (660.0, 28.0))]


def _ticked(f, *boxes):
    for q in boxes:
        f.cand_crop[q][5:11, 5:11] = 30  # (a tick inked on the box)
    return f


def test_a_time_a_price_read_without_its_first_letter_and_days_taken_off_a_list_of_boxes():
    """"The order cut-off moves earlier to 2pm" types 14:00 into the time box reading "03:00 PM" under "Order
    cut-off (day before roasting)"; "free delivery should now start at £120 instead of £150" types 120 into the
    box OCR read as "ree delivery on orders over (£)"; "take Tuesday and Thursday off the roast days" unticks
    "Tuesday", then "Thursday", never Monday (ticked, not named) nor a box pressed once."""
    from tilepilot.model.embedded.fields import _settings_in, priced_field, told_time
    from tilepilot.model.embedded.order import listed_box

    f, _ = _page(ROAST_SETTINGS, TO_ROAST)
    assert told_time(f, ROAST_DAYS) == (_at(f, (44, 236, 280, 275)), "14:00")
    assert told_time(f, ROAST_DAYS.replace("to 2pm", "to 3pm")) is None  # (it shows 03:00 PM)
    assert told_time(f, "The van leaves at 2pm.") is None  # (no box of the van)
    assert priced_field(f, ROAST_DAYS) == (_at(f, (289, 384, 524, 420)), "120")
    days = [_at(f, (b[0], b[1], b[2], b[3])) for b in ((48, 187, 63, 202), (136, 187, 151, 202),
                                                      (227, 187, 242, 202), (338, 187, 353, 202), (435, 187, 450, 202))]
    _ticked(f, *days)
    assert listed_box(f, ROAST_DAYS) == days[1]
    f, _ = _page(ROAST_SETTINGS, [*TO_ROAST, ("click", (143.5, 194.5))])
    _ticked(f, *days)
    assert listed_box(f, ROAST_DAYS) == days[3]
    assert not _settings_in(f, ROAST_DAYS)  # (a box is left to untick: not saved yet)
    f, _ = _page(ROAST_SETTINGS, [*TO_ROAST, ("click", (143.5, 194.5)), ("click", (345.5, 194.5))])
    _ticked(f, days[0], days[2], days[4])
    assert listed_box(f, ROAST_DAYS) is None
    assert _settings_in(f, ROAST_DAYS.split(" The order")[0])


NEW_PRICES = ("New prices from today: gilded lettering goes up to £4.20 a letter and raised lead to £9.50; painted "
              "lettering stays as it is. Welsh slate headstones go up to £1,150. And we've stopped doing Portland "
              "stone, so take it off the list of stones we offer.")
MASON_ORDERS = [
    ('HarCOurt & SOnS MEMORIAL MASONS · LUDLOW · SINCE 191', t, (27, 20, 528, 46)),
    ('14 May 2025 · Office: Margaret', t, (1067, 27, 1251, 44)), ('ORDERS', t, (19, 93, 82, 116)),
    ('Orders', t, (215, 92, 290, 128)), ('+ New order', t, (1145, 90, 1243, 120)),
    ('CEMETERIES', t, (21, 134, 109, 154)),
    ('All open orders', t, (229, 138, 356, 163)), ('All cemeteries', t, (377, 141, 471, 161)),
    ('Client, deceased, plot...', t, (994, 140, 1151, 164)), ('PRICE LIST', t, (20, 174, 98, 194)),
    ('Order', t, (229, 189, 268, 207)), ('Client', t, (296, 187, 340, 208)), ('In memory of', t, (408, 190, 491, 207)),
    ('Cemetery & plot', t, (525, 190, 624, 207)), ('Work', t, (723, 188, 761, 207)), ('Stage', t, (871, 187, 913, 211)),
    ('Permit', t, (992, 189, 1037, 207)), ('Fixing', t, (1088, 187, 1134, 210)), ('Price', t, (1172, 189, 1208, 207)),
    ('Orders ORDERS', i, (3, 84, 189, 124)), ('CEMETERIES All open orders', i, (219, 134, 358, 169))]
PRICE_LIST = [
    ('HarCOurt & SOnS MEMORIAL MASONS · LUDLOW · SINCE 191', t, (27, 20, 528, 46)),
    ('14 May 2025 · Office: Margaret', t, (1067, 27, 1251, 44)), ('ORDERS', t, (22, 97, 80, 115)),
    ('Price list', t, (214, 91, 304, 118)), ('CEMETERIES', t, (21, 135, 109, 155)),
    ('Headstones — base price (includes foundation)', t, (236, 147, 541, 168)), ('PRICE LIST', t, (21, 175, 99, 192)),
    ('Stone', t, (248, 188, 288, 206)), ('Base price (£)', t, (418, 187, 504, 208)),
    ('Offered', t, (592, 188, 640, 206)),
    ('Black granite', t, (247, 231, 335, 254)), ('1350', t, (425, 228, 469, 255)),
    ('Offer Black granite', t, (714, 232, 836, 252)), ('Grey granite', t, (248, 340, 331, 360)),
    ('1150', t, (425, 336, 469, 362)), ('Offer Grey granite', t, (714, 337, 833, 360)),
    ('Welsh slate', t, (247, 392, 326, 412)), ('1080', t, (421, 385, 475, 426)),
    ('Offer Welsh slate', t, (714, 391, 826, 411)), ('Portland stone', t, (248, 499, 343, 519)),
    ('940', t, (423, 494, 463, 527)), ('Offer Portland stone', t, (714, 497, 845, 519)),
    ('Lettering — price per letter', t, (233, 582, 419, 607)), ('V-cut gilded (£ per letter)', t, (235, 613, 383, 636)),
    ('V-cut painted (£ per letter)', t, (479, 613, 636, 636)), ('Raised lead (£ per letter)', t, (724, 614, 871, 634)),
    ('3.8', t, (240, 641, 283, 667)), ('2.6', t, (486, 642, 519, 666)), ('8.75', t, (730, 641, 772, 667)),
    ('Raised lead (£ per letter) 8.75', i, (727, 636, 963, 674)),
    ('V-cut gilded (£ per letter) 3.8', i, (238, 636, 474, 674)),
    ('V-cut painted (£ per letter) 2.6', i, (483, 636, 718, 674)), ('Welsh slate 1080', i, (420, 382, 536, 423)),
    ('Black granite 1350', i, (422, 224, 535, 262)), ('Portland stone 940', i, (422, 491, 535, 528)),
    ('Grey granite 1150', i, (422, 331, 535, 368)),
    ('Offer Black granite', c, (645, 234, 661, 249)), ('Offer Grey granite', c, (645, 341, 661, 356)),
    ('Offer Welsh slate', c, (645, 394, 661, 409)), ('Offer Portland stone', c, (645, 501, 661, 516))]


def test_new_prices_go_to_the_price_list_into_a_tables_price_column_and_a_stone_no_longer_offered_is_unticked():
    """"New prices from today: …" opens "PRICE LIST" (not "Orders" nor "Cemeteries"); "gilded lettering goes up
    to £4.20" types 4.20 over "3.8" (one decimal shown); "Welsh slate headstones go up to £1,150" types 1150 into
    the row "Welsh slate" under "Base price (£)" (not Grey granite's, showing 1150 already); "we've stopped
    doing Portland stone" unticks the "Offered" box of "Offer Portland stone", 50 px right of it."""
    from tilepilot.model.embedded.fields import priced_field
    from tilepilot.model.embedded.order import listed_box, policy_link

    f, names = _page(MASON_ORDERS)
    assert policy_link(f, NEW_PRICES) == names["PRICE LIST"]
    assert policy_link(f, "From now on we close at 5.") is None  # (no price told: no rules link here)
    f, _ = _page(PRICE_LIST, [("click", (59.0, 184.0))])
    assert priced_field(f, NEW_PRICES) == (_at(f, (238, 636, 474, 674)), "4.20")
    f, _ = _page(PRICE_LIST, [("click", (59.0, 184.0)), ("type", (356.0, 655.0)), ("type", (845.0, 655.0))])
    assert priced_field(f, NEW_PRICES) == (_at(f, (420, 382, 536, 423)), "1150")
    boxes = [_at(f, b) for b in ((645, 234, 661, 249), (645, 341, 661, 356), (645, 394, 661, 409),
                                 (645, 501, 661, 516))]
    _ticked(f, *boxes)
    assert listed_box(f, NEW_PRICES) == boxes[3]
    assert listed_box(f, NEW_PRICES.replace("Portland stone", "marble")) is None


JENNY = ("Jenny Aldridge is off to Australia to see her daughter and won't be back until the end of August. Can you "
         "pause her membership until then? She doesn't want the spring case either, so please skip that for her.")
PAUSE = [
    ('Pause membership — Jenny Aldridge', t, (382, 48, 670, 82)), ('Pause until', t, (383, 104, 450, 124)),
    ('Reason', t, (642, 105, 687, 123)), ('End of August 2025', t, (396, 132, 523, 155)),
    ('Not given', t, (652, 131, 723, 156)), ('Skip their Spring 2025 case (allocated)', t, (389, 171, 642, 191)),
    ('No cases are sent and no cards charged while a membership is paused. It restarts automatically.', t,
     (385, 202, 846, 223)), ('Cancel', t, (687, 286, 737, 307)), ('Pause membership', t, (764, 286, 881, 308)),
    ('Pause until End of August 2025', i, (385, 124, 637, 162)), ('Not given', i, (645, 126, 894, 161)),
    ('Pause membership', i, (754, 278, 893, 315)), ('Cancel', i, (678, 278, 749, 316)), ('', c, (874, 59, 886, 71)),
    ('Skip their Spring 2025 case (allocated)', c, (391, 173, 406, 188))]


def test_a_box_that_leaves_a_thing_out_is_ticked_by_what_the_story_does_not_want():
    """"She doesn't want the spring case either, so please skip that for her" ticks "Skip their Spring 2025 case
    (allocated)": a box that skips, excludes or omits is told by the words of what is not wanted as well; not
    where she wants it, and not once pressed."""
    from test_story_pages import _light

    from tilepilot.model.embedded.roles import told_box

    hist = [("click", (86.5, 154.0)), ("click", (1010.5, 166.5)), ("click", (511.5, 143.5)), ("click", (441.5, 232.0))]
    f, _ = _page(PAUSE, hist)
    _light(f)
    assert told_box(f, JENNY) == _at(f, (391, 173, 406, 188))
    assert told_box(f, JENNY.split(" She doesn't")[0]) is None
    f, _ = _page(PAUSE, [*hist, ("click", (398.5, 180.5))])
    _light(f)
    assert told_box(f, JENNY) is None


FENWICK = ("Tom Fenwick wants to move up from the six-bottle club to the twelve. He's also asked to collect from the "
           "cellar door from now on instead of having his cases couriered, and he's gone off white wine, so reds only "
           "for him please.")
MEMBERS = [('Coldharbour Vineyard', t, (26, 11, 222, 35)), ('Members', t, (254, 20, 319, 37)),
    ('Spring release', t, (340, 21, 428, 38)), ('Club settings', t, (447, 17, 529, 40)),
    ('3 Apr 2025 · Club office (Harriet)', t, (1071, 23, 1251, 39)), ('WINE CLUB OFFICE', t, (28, 37, 168, 53)),
    ('Members15 active', t, (28, 94, 172, 114)), ('Name, email, postcode...', t, (731, 91, 889, 115)),
    ('All tiers', t, (999, 94, 1054, 115)), ('V', t, (1122, 97, 1135, 110)), ('Any status', t, (1158, 94, 1229, 115)),
    ('Jenny Aldridge', t, (39, 144, 134, 164)), ('Twelve-bote club', t, (296, 140, 398, 169)),
    ('CV-1001 · Dorking', t, (40, 164, 138, 181)), ('Choose a member on the left.', t, (753, 167, 923, 183)),
    ('Yvonne Blake', t, (41, 202, 127, 219)), ("Collector's case", t, (306, 203, 398, 224)),
    ('CV-1009 · London', t, (40, 221, 135, 238)), ('Brian Chalk', t, (40, 260, 116, 277)),
    ('Cancelled', t, (339, 261, 393, 279)), ('CV-1012 · Dorking', t, (40, 279, 138, 296)),
    ('Fran Dyer', t, (38, 314, 105, 338)), ("Collector's case", t, (306, 318, 398, 339)),
    ('CV-1015 · Abinger', t, (39, 335, 136, 354)), ('Tom Fenwick', t, (40, 375, 125, 392)),
    ('Six-bottle club', t, (310, 372, 398, 398)), ('CV-1002 · Dorking', t, (40, 394, 138, 411)),
    ('David Frost', t, (40, 432, 114, 449)), ('Twelve-bottle club', t, (296, 428, 398, 455)),
    ('CV-1008 · Dorking', t, (39, 449, 138, 468)), ('Olivia Grant', t, (40, 487, 118, 507)),
    ('Twelve-bottle club', t, (296, 485, 398, 512)), ('CV-1011·Reigate', t, (41, 510, 133, 524)),
    ('Helen & Rob Henderson', t, (40, 546, 188, 563)), ('Twelve-bottle club', t, (296, 543, 398, 570)),
    ('CV-1003 · Coldharbour', t, (40, 565, 158, 581)), ('Peter Lyle', t, (39, 603, 106, 623)),
    ('Twelve-bottle club', t, (296, 600, 398, 627)), ('CV-1006· Ockley', t, (40, 623, 132, 640)),
    ('Jo Mercer', t, (40, 662, 104, 679)), ('Six-bottle club', t, (310, 659, 398, 685)),
    ('CV-1016 · Dorking', t, (39, 679, 138, 698)), ('Peter Lyle', i, (32, 594, 409, 650)),
    ('Olivia Grant', i, (32, 479, 409, 535)), ('Fran Dyer', i, (32, 307, 409, 363)),
    ('Members15 active Yvonne Blake', i, (32, 192, 409, 248)), ('Jo Mercer', i, (32, 652, 409, 707)),
    ('Helen & Rob Henderson', i, (32, 537, 409, 592)), ('David Frost', i, (32, 422, 409, 477)),
    ('Tom Fenwick', i, (32, 365, 409, 420)), ('Brian Chalk', i, (32, 250, 409, 305)),
    ('Members15 active Jenny Aldridge', i, (32, 135, 409, 190)), ('Name, email, postcode...', i, (728, 85, 981, 123)),
    ('3 Apr 2025 · Club office (Harriet) All tiers', i, (988, 87, 1140, 122)),
    ('3 Apr 2025 · Club office (Harriet) Any status', i, (1147, 87, 1252, 122)),
    ('Twelve-bottle club', i, (295, 603, 398, 625)), ('Twelve-bottle club', i, (295, 546, 398, 568)),
    ('Twelve-bottle club', i, (295, 488, 398, 510)), ('Twelve-bottle club', i, (295, 431, 398, 453)),
    ('Spring release', i, (295, 144, 398, 166)), ("Collector's case", i, (308, 316, 398, 338)),
    ("Collector's case", i, (308, 201, 398, 223)), ('Six-bottle club', i, (313, 661, 398, 683)),
    ('Six-bottle club', i, (313, 374, 398, 396)), ('Cancelled', i, (335, 259, 398, 281))]
RECORD = [('Coldharbour Vineyard', t, (26, 11, 222, 35)), ('Members', t, (254, 20, 319, 37)),
    ('Spring release', t, (340, 21, 428, 38)), ('Club settings', t, (447, 17, 529, 40)),
    ('3 Apr 2025 · Club office (Harriet)', t, (1071, 23, 1251, 39)), ('WINE CLUB OFFICE', t, (28, 37, 168, 53)),
    ('Members15 active', t, (28, 94, 172, 114)), ('Name, email, postcode...', t, (731, 91, 889, 115)),
    ('All tiers', t, (999, 94, 1054, 115)), ('V', t, (1122, 96, 1135, 110)), ('Any status', t, (1157, 93, 1228, 116)),
    ('Jenny Aldridge', t, (39, 144, 134, 164)), ('Twelve-bote club', t, (296, 140, 398, 169)),
    ('CV-1001 · Dorking', t, (40, 164, 138, 181)), ('Tom Fenwick', t, (448, 155, 571, 178)),
    ('Active', t, (577, 154, 615, 181)), ('Six-bottle club', t, (631, 154, 719, 181)),
    ('Pause membership...', t, (952, 157, 1069, 176)), ('Cancel membership...', t, (1097, 159, 1217, 175)),
    ('CV-1002 · member since 2 Sep 2023', t, (448, 194, 630, 210)), ('Yvonne Blake', t, (41, 202, 127, 219)),
    ("Collector's case", t, (306, 203, 398, 224)), ('CV-1009 · London', t, (40, 221, 135, 238)),
    ('Membership', t, (525, 227, 608, 250)), ('Cases', t, (627, 231, 667, 249)),
    ('Brian Chalk', t, (40, 260, 116, 277)), ('Cancelled', t, (339, 261, 393, 279)),
    ('CV-1012 · Dorking', t, (40, 279, 138, 296)), ('Name', t, (446, 272, 486, 290)),
    ('Phone', t, (841, 272, 881, 290)), ('Tom Fenwick', t, (453, 300, 546, 324)),
    ('07700 900502', t, (850, 302, 941, 322)), ('Fran Dyer', t, (38, 315, 105, 337)),
    ("Collector's case", t, (306, 318, 398, 339)), ('CV-1015 · Abinger', t, (39, 335, 136, 354)),
    ('Email', t, (447, 339, 486, 358)), ('Tom Fenwick', t, (40, 375, 125, 392)),
    ('Six-bottle club', t, (318, 378, 392, 392)), ('tom.fenwick@example.com', t, (455, 368, 629, 391)),
    ('CV-1002·Dorking', t, (40, 394, 138, 411)), ('Address', t, (446, 405, 498, 427)),
    ('David Frost', t, (40, 432, 114, 449)), ('Twelve-bottle club', t, (296, 427, 399, 456)),
    ('Flat 2, 18 West Street', t, (455, 437, 590, 457)), ('CV-1008 · Dorking', t, (39, 449, 138, 468)),
    ('Town', t, (446, 473, 485, 496)), ('Postcode', t, (841, 475, 894, 493)),
    ('Olivia Grant', t, (40, 487, 118, 507)), ('Twelve-bottle club', t, (296, 485, 398, 512)),
    ('CV-1011·Reigate', t, (41, 510, 133, 524)), ('Dorking', t, (452, 501, 517, 529)),
    ('RH4 1BL', t, (850, 504, 914, 524)), ('Helen & Rob Henderson', t, (40, 546, 188, 563)),
    ('Twelve-bottle club', t, (296, 543, 398, 570)), ('Notes', t, (445, 540, 486, 563)),
    ('CV-1003 · Coldharbour', t, (40, 565, 158, 581)), ('Peter Lyle', t, (39, 603, 106, 623)),
    ('Twelve-bottle club', t, (296, 600, 398, 627)), ('CV-1006· Ockley', t, (40, 623, 132, 640)),
    ('Jo Mercer', t, (40, 662, 104, 679)), ('Six-bottle club', t, (310, 659, 398, 685)),
    ('Save profile', t, (460, 662, 539, 683)), ('CV-1016 · Dorking', t, (39, 679, 138, 698)),
    ('Postcode', i, (450, 563, 1229, 622)), ('Flat 2, 18 West Street', i, (450, 429, 1229, 467)),
    ('Phone tom.fenwick@example.com', i, (450, 361, 1229, 399)), ('Address Tom Fenwick', i, (34, 363, 411, 422)),
    ('Email Fran Dyer', i, (32, 307, 409, 365)), ('Address David Frost', i, (32, 420, 409, 477)),
    ('Peter Lyle', i, (32, 594, 409, 650)), ('Town Olivia Grant', i, (32, 479, 409, 535)),
    ('CV-1002 · member since 2 Sep 2023 Yvonne Blake', i, (32, 192, 409, 248)), ('Jo Mercer', i, (32, 652, 409, 707)),
    ('Notes Helen & Rob Henderson', i, (32, 537, 409, 592)), ('Name Brian Chalk', i, (32, 250, 409, 305)),
    ('Members15 active Jenny Aldridge', i, (32, 135, 409, 190)), ('Postcode RH4 1BL', i, (844, 496, 1229, 534)),
    ('Dorking', i, (450, 496, 835, 534)), ('Phone 07700 900502', i, (844, 294, 1229, 332)),
    ('Cases Tom Fenwick', i, (450, 294, 835, 332)), ('Name, email, postcode...', i, (728, 85, 981, 123)),
    ('3 Apr 2025 · Club office (Harriet) All tiers', i, (988, 87, 1140, 122)),
    ('3 Apr 2025 · Club office (Harriet) Cancel membership...', i, (1087, 152, 1228, 181)),
    ('3 Apr 2025 · Club office (Harriet) Pause membership...', i, (945, 152, 1080, 182)),
    ('Save profile', i, (450, 654, 550, 692)),
    ('3 Apr 2025 · Club office (Harriet) Any status', i, (1147, 87, 1252, 122)),
    ('Twelve-bottle club', i, (295, 603, 398, 625)), ('Notes Twelve-bottle club', i, (295, 546, 398, 568)),
    ('Twelve-bottle club', i, (295, 488, 398, 510)), ('', i, (295, 431, 398, 453)),
    ('Tom Fenwick', i, (295, 144, 398, 166)), ("Collector's case", i, (308, 316, 398, 338)),
    ("CV-1002 · member since 2 Sep 2023 Collector's case", i, (308, 201, 398, 223)),
    ('Six-bottle club', i, (313, 661, 398, 683)), ('Active', i, (632, 156, 717, 177)),
    ('Name Cancelled', i, (335, 259, 398, 281)), ('Tom Fenwick', i, (576, 156, 623, 177)),
    ('Six-bottle club', i, (451, 244, 1227, 263)), ('Membership', c, (462, 233, 506, 245))]
TIERS = [('Tom Fenwick', t, (449, 156, 571, 176)), ('Active', t, (575, 154, 615, 181)),
    ('Six-bottle club', t, (631, 154, 719, 181)), ('Pause membership...', t, (952, 157, 1069, 176)),
    ('Cancel membership...', t, (1097, 159, 1217, 175)),
    ('CV-1002 · member since 2 Sep 2023', t, (448, 193, 629, 209)), ('Profile', t, (459, 230, 506, 248)),
    ('Membership', t, (523, 230, 610, 250)), ('Cases', t, (630, 229, 670, 250)),
    ('Club tier', t, (447, 271, 500, 288)), ('O', t, (455, 299, 472, 312)),
    ('Six-bottle club (6 bottles, £95.00', t, (467, 295, 677, 317)),
    (')Twelve-bottle club (12 bottles, £180.00)', t, (692, 295, 951, 317)),
    ("Collector's case (12 bottles, £290.00)", t, (966, 295, 1205, 317)), ('Delivery', t, (446, 325, 497, 345)),
    ('O', t, (455, 353, 469, 367)), ('Courier to home (+£9.95)C', t, (475, 350, 630, 370)),
    ('ollect from the cellar door', t, (645, 350, 832, 370)), ('Wine preference', t, (448, 378, 539, 398)),
    ('Mixed', t, (457, 406, 509, 431)), ('Save membership', t, (460, 471, 572, 491)),
    ('Courier to home (+£9.95)C Mixed', i, (450, 401, 753, 436)),
    ('Courier to home (+£9.95)C Save membership', i, (450, 462, 584, 499)),
    ('3 Apr 2025 · Club office (Harriet) Cancel membership...', i, (1087, 152, 1228, 181)),
    ('3 Apr 2025 · Club office (Harriet) Pause membership...', i, (945, 152, 1080, 182)),
    ('Active', i, (632, 156, 717, 177)), ('Tom Fenwick', i, (576, 156, 623, 177)),
    (')Twelve-bottle club (12 bottles, £180.00)', c, (692, 299, 707, 314)),
    ("Collector's case (12 bottles, £290.00)", c, (966, 299, 981, 314)),
    ('ollect from the cellar door', c, (645, 353, 660, 368))]


def test_a_member_named_on_the_members_page_first_then_the_tab_nearest_in_meaning_then_his_new_options():
    """"Tom Fenwick wants to move up … from now on …" on the Members page first shown ("Members15 active", a count
    OCR glued to its title): "Tom Fenwick" in the column of names, not "Club settings"; on his Profile (name,
    phone, address: no label the story says) the tab nearest in meaning, "Membership" (not "Cases"), where the
    network would click "Pause membership…"; the "Active" pill left of his title is no rule's switch there; on
    Membership, "○ Collect from the cellar door" (OCR read "ollect …") and the "Twelve-bottle club" option the
    choice moves to from the six-bottle club (its circle read as "O")."""
    from test_story_reasons import _ring

    from tilepilot.model.embedded.fields import story_tab
    from tilepilot.model.embedded.order import moved_radio, policy_link, policy_switch, titled_member, worded_radio

    f, _ = _page(MEMBERS)
    assert titled_member(f, FENWICK) == _at(f, (40, 375, 125, 392))
    assert titled_member(f, FENWICK.replace("Tom Fenwick", "Tom Jenkins")) is None
    assert policy_link(f, FENWICK) is not None  # (what the network would have been led to before)
    f, _ = _page(RECORD, [("click", (82.5, 383.5))])
    assert story_tab(f, FENWICK) == _at(f, (525, 227, 608, 250))
    assert story_tab(f, "Tom Fenwick has moved to 3 Mill Lane, Dorking, and his new phone is 07700 900600.") is None
    assert policy_switch(f, FENWICK) is None
    f, _ = _page(TIERS, [("click", (82.5, 383.5)), ("click", (566.5, 238.5))])
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            f.cand_crop[q] = _ring()
    assert worded_radio(f, FENWICK) == _at(f, (645, 353, 660, 368))
    assert moved_radio(f, FENWICK) == _at(f, (692, 299, 707, 314))
    assert moved_radio(f, FENWICK.replace("to the twelve", "to the gold")) is None


CLIPS = "Bramble and Toffee both had blanket clips this morning. Can you put the charges through for their owners?"
CHARGES = [('Hollins Farm Livery', t, (23, 17, 224, 45)), ('Yard book · Oxenhope', t, (228, 21, 368, 44)),
    ('Mon 20 Jan 2025 · Yard manager: Jo', t, (1034, 24, 1254, 43)), ('Horses', t, (39, 64, 94, 86)),
    ('Farrier & health', t, (121, 63, 230, 86)), ('Extras & charges', t, (255, 60, 392, 89)),
    ('Owners', t, (420, 66, 475, 84)), ('Pr', t, (504, 66, 519, 83)), ('Prices', t, (505, 66, 549, 84)),
    ('Extras & charges', t, (26, 114, 233, 141)), ('January 2025', t, (244, 113, 346, 142)),
    ('+ Add charge', t, (1146, 117, 1241, 137)), ('Extras & charges January 2025', i, (239, 111, 387, 145)),
    ('Extras & charges Farrier & health', i, (109, 58, 242, 93)),
    ('Mon 20 Jan 2025 · Yard manager: Jo + Add charge', i, (1134, 110, 1253, 145)),
    ('Extras & charges Owners', i, (407, 58, 488, 93)), ('Hollins Farm Livery Horses', i, (28, 58, 105, 93)),
    ('Extras & charges Pr', i, (492, 58, 562, 93)), ('+ Add charge', c, (1149, 122, 1160, 132))]
ADD_CHARGE = [('Hollins Farm Livery', t, (24, 17, 223, 43)), ('Yard book· Oxenhope', t, (228, 21, 367, 42)),
    ('Mon 20 Jan 2025 · Yard manager: Jo', t, (1034, 24, 1254, 43)), ('Horses', t, (39, 64, 93, 85)),
    ('Farrier & health', t, (122, 64, 229, 84)), ('Extr Add charge', t, (257, 50, 421, 86)),
    ('×', t, (948, 54, 970, 76)), ('Horses', t, (305, 105, 358, 123)), ('Extras & charges', t, (26, 114, 233, 140)),
    ('Janua', t, (248, 117, 293, 139)), ('Bramble', t, (307, 124, 392, 147)), ('□Toffee', t, (532, 124, 601, 148)),
    ('Jasper', t, (758, 125, 828, 148)), ('+ Add charge', t, (1145, 116, 1241, 138)),
    ('Duke', t, (308, 148, 371, 169)), ('□willow', t, (533, 150, 604, 171)), ('□ Pip', t, (759, 150, 807, 171)),
    ('0', t, (39, 164, 57, 182)), ('Date', t, (70, 162, 113, 184)), ('Horse', t, (236, 163, 285, 184)),
    ('Captain', t, (308, 172, 387, 192)), ('Invoiced', t, (1029, 164, 1094, 184)), ('Rosie', t, (533, 173, 598, 194)),
    ('Biscuit', t, (759, 173, 832, 193)), ('0', t, (39, 202, 58, 220)), ('Fri 17 Jan', t, (71, 202, 140, 223)),
    ('Ember', t, (236, 202, 288, 223)), ('□ Sox', t, (308, 194, 363, 215)), ('Bonnie', t, (532, 195, 608, 219)),
    ('Fudge', t, (759, 196, 827, 217)), ('5.00', t, (988, 205, 1020, 220)), ('Not yet', t, (1028, 204, 1081, 222)),
    ('Ember', t, (308, 217, 381, 238)), ('Wed 15 Jan', t, (70, 242, 153, 265)), ('Sox', t, (236, 242, 271, 265)),
    ('Service', t, (305, 246, 362, 267)), ('Date', t, (528, 246, 570, 267)), ('Quantity', t, (755, 247, 820, 268)),
    ('1.00', t, (989, 246, 1018, 261)), ('Not yet', t, (1028, 245, 1081, 263)),
    ('Blanket clip (£38.00)', t, (319, 277, 459, 294)), ('V', t, (503, 275, 519, 293)),
    ('01/20/2025', t, (540, 276, 626, 297)), ('日', t, (718, 276, 739, 299)), ('1', t, (763, 276, 780, 296)),
    ('Tue 14 Jan', t, (70, 283, 147, 306)), ('Duke', t, (236, 283, 279, 305)), ('5.00', t, (987, 287, 1019, 302)),
    ('Not yet', t, (1028, 286, 1081, 304)), ('0', t, (39, 326, 59, 344)), ('Mon 13 Jan', t, (71, 325, 152, 347)),
    ('Captain', t, (238, 326, 293, 347)), ('0.00', t, (989, 328, 1020, 343)), ('Not yet', t, (1028, 327, 1081, 345)),
    ('0', t, (39, 368, 57, 385)), ('Fri 10 Jan', t, (72, 367, 140, 387)), ('Fudge', t, (237, 367, 285, 388)),
    ('Cancel', t, (794, 364, 853, 389)), ('Add charge', t, (876, 365, 963, 389)), ('3.00', t, (987, 367, 1019, 386)),
    ('Not yet', t, (1029, 368, 1081, 386)), ('0', t, (39, 409, 58, 426)), ('Wed 8 Jan', t, (71, 408, 144, 428)),
    ('Jasper', t, (236, 408, 285, 429)), ('James Airey', t, (360, 408, 444, 429)), ('Lunge', t, (577, 407, 626, 430)),
    ('2', t, (874, 408, 890, 428)), ('£24.00', t, (965, 408, 1018, 425)), ('Not yet', t, (1029, 409, 1081, 427)),
    ('0', t, (39, 450, 58, 467)), ('Mon 6 Jan', t, (72, 449, 144, 469)), ('Rosie', t, (237, 450, 279, 468)),
    ('Lisa Marsden', t, (362, 450, 453, 467)), ('Rug change', t, (578, 449, 663, 469)),
    ('5', t, (874, 450, 890, 469)), ('£10.00', t, (966, 449, 1019, 463)), ('£10.00', t, (966, 450, 1022, 467)),
    ('Not yet', t, (1026, 450, 1081, 468)), ('Not vet', t, (1029, 449, 1082, 463)), ('0', t, (39, 490, 57, 508)),
    ('Sat 4 Jan', t, (71, 490, 138, 511)), ('Toffee', t, (238, 491, 283, 509)),
    ('Megan Holt', t, (360, 489, 443, 511)), ('Bring in / turn out', t, (579, 491, 700, 508)),
    ('4', t, (876, 493, 889, 508)), ('£16.00', t, (966, 491, 1022, 508)), ('Not yet', t, (1025, 491, 1081, 509)),
    ('⋯', t, (1178, 212, 1192, 214)), ('⋯', t, (1178, 253, 1192, 255)), ('⋯', t, (1178, 294, 1192, 296)),
    ('⋯', t, (1178, 335, 1192, 337)), ('⋯', t, (1178, 376, 1192, 378)), ('⋯', t, (1178, 417, 1192, 419)),
    ('⋯', t, (1178, 458, 1192, 460)), ('⋯', t, (1178, 499, 1192, 501)), ('Date Cancel', i, (290, 350, 991, 407)),
    ('Yard book· Oxenhope ×', i, (290, 40, 990, 91)), ('0', i, (28, 358, 291, 397)), ('0', i, (28, 317, 291, 356)),
    ('Tue 14 Jan', i, (28, 276, 291, 315)), ('Service Wed 15 Jan', i, (28, 235, 291, 274)),
    ('□ Sox 0', i, (28, 194, 291, 233)), ('3.00', i, (990, 358, 1252, 397)), ('0.00', i, (990, 317, 1252, 356)),
    ('5.00', i, (990, 276, 1252, 315)), ('Quantity 1.00', i, (990, 235, 1252, 274)),
    ('Fudge 5.00', i, (990, 194, 1252, 233)), ('Biscuit Invoiced', i, (990, 156, 1253, 192)),
    ('Duke 0', i, (28, 156, 291, 192)), ('Date 01/20/2025', i, (532, 269, 749, 307)),
    ('Blanket clip (£38.00)', i, (305, 267, 524, 304)), ('1', i, (758, 269, 974, 305)),
    ('Extr Add charge Farrier & health', i, (109, 58, 242, 93)),
    ('Mon 20 Jan 2025 · Yard manager: Jo + Add charge', i, (1134, 110, 1253, 145)),
    ('Add charge', i, (869, 360, 973, 395)), ('Cancel', i, (789, 360, 864, 396)),
    ('Hollins Farm Livery Horses', i, (28, 58, 105, 93)), ('+ Add charge', c, (1149, 122, 1160, 132)),
    ('Bramble', c, (311, 129, 326, 144)), ('□Toffee', c, (536, 129, 551, 144)), ('Jasper', c, (762, 129, 777, 144)),
    ('Duke', c, (311, 152, 326, 167)), ('□willow', c, (536, 152, 551, 167)), ('□ Pip', c, (762, 152, 777, 167)),
    ('Captain', c, (311, 175, 326, 190)), ('Rosie', c, (536, 175, 551, 190)), ('Biscuit', c, (762, 175, 777, 190)),
    ('□ Sox', c, (311, 198, 326, 213)), ('Bonnie', c, (536, 198, 551, 213)), ('Fudge', c, (762, 198, 777, 213)),
    ('Ember', c, (311, 221, 326, 236)), ('Extras & charges', c, (41, 245, 56, 260)), ('', c, (41, 286, 56, 301))]
TO_CHARGES = [("click", (346.0, 75.0))]


def test_charges_put_through_open_the_add_button_tick_each_named_horse_and_send_by_the_dialogs_own_button():
    """"… Can you put the charges through for their owners?" after the site's "Extras & charges": "+ Add charge"
    (the "+" says new; "charges" its thing); in the dialog, "☐ Bramble" then "☐ Toffee" (OCR read "□Toffee"),
    each once; once both are ticked, where the network stops, the dialog's own "Add charge" (not its title)."""
    from tilepilot.model.embedded.buttons import opener_commit, story_new_button
    from tilepilot.model.embedded.order import named_box

    f, _ = _page(CHARGES, TO_CHARGES)
    assert story_new_button(f, CLIPS) == _at(f, (1146, 117, 1241, 137))
    assert story_new_button(f, "Bramble and Toffee both had blanket clips this morning.") is None
    hist = [*TO_CHARGES, ("click", (1211.5, 127.0)), ("click", (415.0, 286.0)), ("click", (375.0, 316.5))]
    f, _ = _page(ADD_CHARGE, hist)
    assert named_box(f, CLIPS) == _at(f, (311, 129, 326, 144))
    assert opener_commit(f) == _at(f, (876, 365, 963, 389))
    f, _ = _page(ADD_CHARGE, [*hist, ("click", (318.5, 136.5))])
    assert named_box(f, CLIPS) == _at(f, (536, 129, 551, 144))
    f, _ = _page(ADD_CHARGE, [*hist, ("click", (318.5, 136.5)), ("click", (543.5, 136.5)), ("click", (920.5, 377.0))])
    assert named_box(f, CLIPS) is None and opener_commit(f) is None  # (each once; sent)


JASPER = ("Jasper's owner has moved him up from part livery to full livery, starting today. He's also going out in the "
          "Top Paddock with the other geldings now instead of the Rough Field, and his feed changes to 2 scoops of "
          "Alfa-A and 1 scoop of Hi-Fi Lite with his joint supplement, twice a day.")
HORSES = [('Hollins Farm Livery', t, (25, 18, 224, 43)), ('Yard book · Oxenhope', t, (229, 23, 367, 42)),
    ('Mon 20 Jan 2025 · Yard manager: Jo', t, (1034, 24, 1254, 43)), ('Horses', t, (36, 63, 100, 87)),
    ('Farrier & health', t, (127, 66, 233, 83)), ('Extras & charges', t, (265, 65, 383, 85)),
    ('Owners', t, (411, 65, 467, 86)), ('Prices', t, (497, 66, 541, 84)),
    ('Horses on the yard 13 in residene', t, (24, 112, 351, 141)), ('+ Add horse', t, (1151, 117, 1242, 137)),
    ('Horse, owner or box...', t, (31, 160, 185, 183)), ('All livery types', t, (284, 159, 394, 187)),
    ('All fields', t, (435, 162, 498, 183)), ('Bramble', t, (35, 212, 116, 239)), ('Box A1', t, (187, 208, 251, 233)),
    ('Toffee', t, (284, 211, 346, 240)), ('Box A2', t, (434, 208, 498, 233)), ('Jasper', t, (530, 211, 596, 243)),
    ('Box A3', t, (681, 207, 746, 235)), ('Duke', t, (776, 211, 834, 240)), ('Box A4', t, (928, 208, 992, 233)),
    ('Willow', t, (1027, 213, 1092, 238)), ('Box A5', t, (1178, 208, 1240, 232)),
    ('15.2hh bay mare', t, (36, 238, 149, 262)), ('14.3hh chestnut mare', t, (284, 239, 428, 264)),
    ('16.1hh grey gelding', t, (529, 237, 663, 266)), ('17.0hh black gelding', t, (776, 236, 916, 265)),
    ('15.0hh dun mare', t, (1025, 237, 1140, 263)), ('Sarah Tindall', t, (38, 263, 132, 284)),
    ('Megan Holt', t, (296, 262, 370, 286)), ('James Airey', t, (531, 262, 619, 286)),
    ('Carol Brough', t, (778, 259, 875, 286)), ('Priya Desai', t, (1028, 263, 1110, 284)),
    ('Out in: Bottom Meadow', t, (39, 286, 188, 306)), ('Out in: Bottom Meadow', t, (285, 283, 436, 307)),
    ('Out in: Rough Field', t, (533, 284, 656, 307)), ('Out in: Top Paddock', t, (778, 283, 907, 306)),
    ('Out in: Bottom Meadow', t, (1029, 287, 1176, 304)), ('F', t, (39, 315, 82, 340)),
    ('Open', t, (192, 313, 248, 344)), ('Part', t, (288, 318, 333, 340)), ('Open', t, (439, 314, 496, 344)),
    ('Part', t, (534, 318, 580, 340)), ('Open', t, (683, 312, 742, 344)), ('Open', t, (934, 314, 987, 344)),
    ('DIY', t, (1030, 317, 1070, 340)), ('Open', t, (1182, 314, 1234, 343)), ('Pip', t, (36, 380, 74, 408)),
    ('Box A6', t, (188, 375, 250, 399)), ('Captai', t, (285, 379, 351, 408)), ('Box B1', t, (434, 375, 497, 399)),
    ('Rosie', t, (530, 378, 586, 407)), ('Box B2', t, (681, 375, 745, 400)), ('Biscuit', t, (777, 378, 844, 406)),
    ('Field', t, (943, 375, 992, 400)), ('Sox', t, (1025, 379, 1066, 407)), ('Box B3', t, (1177, 376, 1240, 400)),
    ('12.2hh skewbald gelding', t, (38, 406, 197, 429)), ('16.2hh bay gelding', t, (285, 405, 411, 430)),
    ('15.1hh strawberry roan mare', t, (532, 406, 719, 430)), ('14.0hh palomino gelding', t, (779, 406, 938, 429)),
    ('15.0hh piebald gelding', t, (1026, 405, 1174, 431)), ('Priya Desai', t, (39, 429, 119, 450)),
    ('Rob Kettlewell', t, (296, 429, 387, 450)), ('Lisa Marsden', t, (533, 429, 628, 450)),
    ('Hollins Farm (yard)', t, (779, 428, 911, 451)), ('Anna Lowe', t, (1027, 430, 1107, 451)),
    ('Out in: Rough Field', t, (38, 450, 162, 473)), ('out in: Top Paddock', t, (296, 450, 413, 473)),
    ('Out in: Bottom Mead', t, (533, 450, 679, 473)), ('Out in: Rough Field', t, (778, 450, 903, 473)),
    ('Out in: Top Paddock', t, (1028, 452, 1155, 472)), ('DIY', t, (40, 484, 81, 506)),
    ('Open', t, (195, 483, 245, 508)), ('Fun', t, (288, 484, 330, 506)), ('Open', t, (438, 481, 495, 510)),
    ('Part', t, (535, 485, 580, 507)), ('Open', t, (687, 481, 739, 510)), ('Grass', t, (783, 485, 836, 507)),
    ('Open', t, (935, 481, 986, 511)), ('DIY', t, (1030, 484, 1070, 507)), ('Open', t, (1183, 483, 1233, 509)),
    ('Moss', t, (36, 547, 88, 573)), ('Box B4', t, (189, 544, 251, 565)), ('Bonnie', t, (285, 547, 351, 572)),
    ('Box B5', t, (435, 542, 497, 566)), ('Fudge', t, (529, 545, 593, 577)), ('Box B6', t, (682, 543, 745, 567)),
    ('Ember', t, (776, 546, 845, 574)), ('Box C1', t, (930, 542, 992, 567)),
    ('16.0hh bay gelding', t, (37, 571, 163, 597)), ('15.3hh chestnut mare', t, (285, 572, 428, 596)),
    ('13.2hh chestnut geld', t, (533, 573, 679, 596)), ('16.0hh bay mare', t, (778, 573, 893, 597)),
    ('Debbie Farrar', t, (38, 595, 136, 618)), ('Debbie Farrar', t, (296, 596, 382, 617)),
    ('Kate Illingworth', t, (533, 597, 643, 617)), ('Rob Kettlewell', t, (779, 595, 883, 618)),
    ('Out in: Top Paddock', t, (38, 617, 166, 640)), ('out in: Bottom Meadow', t, (296, 619, 436, 639)),
    ('Out in: Winter pen', t, (532, 616, 652, 641)), ('Out in: Bottom Meadow', t, (780, 619, 930, 639)),
    ('Fun', t, (41, 650, 82, 672)), ('Away', t, (82, 648, 131, 675)), ('Open', t, (195, 648, 246, 674)),
    ('Fun', t, (288, 650, 330, 673)), ('Open', t, (440, 649, 494, 675)), ('Part', t, (534, 650, 581, 675)),
    ('Open', t, (684, 647, 741, 676)), ('Fun', t, (782, 650, 824, 673)), ('Open', t, (934, 647, 987, 677)),
    ('Horses on the yard 13 in residene Horse, owner or box...', i, (27, 155, 270, 190)),
    ('All fields', i, (424, 156, 573, 190)), ('Yard book · Oxenhope Extras & charges', i, (252, 58, 395, 93)),
    ('Horses on the yard 13 in residene All livery types', i, (277, 156, 417, 190)),
    ('Horses Farrier & health', i, (115, 58, 248, 93)),
    ('Mon 20 Jan 2025 · Yard manager: Jo + Add horse', i, (1142, 110, 1253, 145)), ('Owners', i, (399, 58, 480, 93)),
    ('Prices', i, (484, 58, 554, 93)), ('Fun Open', i, (932, 647, 992, 677)), ('Fun Open', i, (685, 647, 745, 677)),
    ('Fun Open', i, (190, 647, 250, 677)), ('DIY Open', i, (1179, 481, 1239, 511)),
    ('DIY Open', i, (932, 481, 992, 511)), ('15.1hh strawberry roan mare Open', i, (685, 481, 745, 511)),
    ('Fun Open', i, (190, 481, 250, 511)), ('DIY Open', i, (1179, 314, 1239, 344)),
    ('DIY Open', i, (932, 314, 992, 344)), ('Open', i, (685, 314, 745, 344)), ('F Open', i, (190, 314, 250, 344)),
    ('Part Open', i, (438, 647, 497, 677)), ('Fun Open', i, (438, 481, 497, 511)), ('Open', i, (438, 314, 497, 344)),
    ('Willow Box A5', i, (1177, 210, 1240, 234)), ('Willow Box A4', i, (930, 210, 993, 234)),
    ('Duke Box A3', i, (683, 210, 746, 234)), ('Jasper Box A2', i, (435, 210, 498, 234)),
    ('Toffee Box A1', i, (188, 210, 251, 234)), ('Ember Box C1', i, (930, 544, 993, 567)),
    ('Ember Box B6', i, (683, 544, 746, 567)), ('Bonnie Box B4', i, (188, 544, 251, 567)),
    ('Sox Box B3', i, (1177, 377, 1240, 400)), ('Biscuit Box B2', i, (683, 377, 746, 400)),
    ('Captai Box A6', i, (188, 377, 251, 400)), ('Fudge Box B5', i, (436, 544, 498, 567)),
    ('Rosie Box B1', i, (436, 377, 498, 400)), ('Sox Field', i, (944, 377, 993, 400)),
    ('Fun', i, (83, 651, 133, 673)), ('Out in: Rough Field Grass', i, (784, 486, 835, 506)),
    ('Out in: Winter pen', i, (536, 652, 578, 672)), ('Out in: Bottom Mead Part', i, (536, 486, 578, 506)),
    ('Out in: Rough Field Part', i, (536, 319, 578, 339)), ('Out in: Bottom Meadow Part', i, (289, 319, 331, 339)),
    ('+ Add horse', c, (1157, 122, 1168, 132)), ('Toffee Bramble', c, (28, 200, 263, 355)),
    ('16.1hh grey gelding Toffee', c, (275, 200, 510, 355)), ('Duke Jasper', c, (522, 200, 758, 355)),
    ('15.0hh dun mare Duke', c, (770, 200, 1005, 355)), ('17.0hh black gelding Willow', c, (1017, 200, 1252, 355)),
    ('Out in: Top Paddock', c, (784, 319, 822, 339)), ('Captai Pip', c, (28, 367, 263, 522)),
    ('Rosie Captai', c, (275, 367, 510, 522)), ('Biscuit Rosie', c, (522, 367, 758, 522)),
    ('Sox Biscuit', c, (770, 367, 1005, 522)), ('14.0hh palomino gelding Sox', c, (1017, 367, 1252, 522)),
    ('Bonnie Moss', c, (28, 534, 263, 688)), ('Fudge Bonnie', c, (275, 534, 510, 688)),
    ('Ember Fudge', c, (522, 534, 758, 688)), ('13.2hh chestnut geld Ember', c, (770, 534, 1005, 688))]
JASPER_CARE = [('×', t, (948, 54, 970, 76)), ('Care', t, (316, 120, 358, 140)), ('Livery', t, (374, 118, 423, 141)),
    ('Health', t, (441, 120, 490, 138)), ('Turnout field', t, (303, 157, 400, 181)), ('Hay', t, (639, 158, 677, 182)),
    ('Rough Field', t, (312, 184, 404, 214)), ('Ad lib haylage', t, (649, 187, 752, 212)),
    ('Feed', t, (302, 223, 348, 248)), ('1 scoop Hi-Fi Lite, 1 scoop balancer, once a day', t, (311, 252, 632, 277)),
    ('Rugs', t, (302, 313, 347, 338)), ('Notes', t, (305, 382, 351, 400)), ('Cancel', t, (842, 525, 893, 543)),
    ('Save', t, (922, 525, 962, 543)), ('15.0hh piebald gelding', i, (307, 403, 974, 458)),
    ('Feed 1 scoop Hi-Fi Lite, 1 scoop balancer, once a day', i, (307, 248, 974, 303)),
    ('Yard book· Oxenhope ×', i, (290, 40, 990, 91)), ('Feed', i, (307, 338, 974, 374)),
    ('Hay Ad lib haylage', i, (645, 183, 974, 219)), ('Turnout field Rough Field', i, (307, 183, 636, 217)),
    ('Cancel', i, (831, 517, 906, 553)), ('Save', i, (911, 517, 973, 552))]


def test_a_cards_own_open_button_then_a_name_put_in_place_of_the_shown_one_and_a_label_changed_to_a_value():
    """"Jasper's owner has moved him up …" on the horses' cards: Jasper's card's own "Open" (its title alone opens
    nothing); in his dialog, "Top Paddock" into "Turnout field [Rough Field]" ("… in the Top Paddock … instead
    of the Rough Field") and the feed told whole into "Feed" ("his feed changes to …")."""
    from tilepilot.model.embedded.fields import changes_to, shown_instead
    from tilepilot.model.embedded.order import story_card

    f, _ = _page(HORSES)
    assert story_card(f, JASPER, "click", len(f.cand_text)) == _at(f, (683, 312, 742, 344))
    f, _ = _page(JASPER_CARE, [("click", (712.5, 328.0))])
    assert shown_instead(f, JASPER) == (_at(f, (307, 183, 636, 217)), "Top Paddock")
    assert shown_instead(f, JASPER.replace("Rough Field", "Winter Pen")) is None  # (no field shows it)
    feed = JASPER.split("his feed changes to ")[1].rstrip(".")
    assert changes_to(f, JASPER) == (_at(f, (307, 248, 974, 303)), feed)
    assert changes_to(f, JASPER.replace("his feed", "his rug")) is None  # (no field is labelled "rug")
