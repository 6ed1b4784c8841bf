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
