"""Rules written from the twenty-fourth blind set (self storage, an escape room, a monumental mason, a livery yard,
a wine club, a coffee roastery), once it became a dev set: changes told as a list on a settings page (no "from now
on" said: the page says it), a percentage before a comma, a price "is now £295" or "£1,150", a date field showing
the old date, a time box ("moves earlier to 2pm"), days taken off a list of boxes. Each page here is the geometry
the model saw (OCR texts as found, "Iwelve-bottle", "ree delivery" and a label read across two columns
included), cut to what the rule reads."""

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


MEETING = ("A few changes agreed at the club meeting: the members' discount in the cellar door shop goes up from 10% to "
           "15%, the courier charge goes up to £12 a case, and the Collector's case is now £295. Also, the summer "
           "release will go out on Saturday 12 July rather than the 5th.")
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
    f, _ = _page(CLUB_SETTINGS, [*TO_CLUB, ("type", (166.0, 364.0))])
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
    ('8.5', t, (47, 390, 80, 413)), ('150', t, (295, 392, 326, 411)), ('Towns on the van round', t, (43, 428, 186, 445)),
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
