"""Rules written from the twenty-fifth blind set (sheep shearing, balloon flights, a tattoo studio, a calibration
lab, a firewood yard, removals), once it became a dev set: prices told per unit ("£2 a ewe and £4 a ram"), a
price of one thing kept out of another's box, a price list's rows named by all their cells, a row's menu found past
a name cut by the screen's foot, and a session told longer, tipped and paid on a card in its dialog. Each page
here is the geometry the model saw (OCR texts as found: "Per ewe —" apart from "full shear (£)"), cut to what the
rule reads."""

import numpy as np
from conftest import cut_page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=()):
    """The cut page, with no word of the task matched by a typing (the rules here read the typed points)."""
    f, ix = cut_page(cands, hist)
    f.ins_off, f.hist_match = np.zeros((0, 2)), np.zeros((len(hist), 0))
    return f, ix


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


RATES_TOLD = ('Rates for the rest of the season: £2 a ewe and £4 a ram, and the minimum charge for a visit goes up '
              "to £150. Crutching stays as it is. Also, Owain's gone off to New Zealand for their season, so Sion "
              "Lloyd is taking his place in Gethin's gang.")
RATES = [('Pryddy & Sonsshearing contractors', t, (58, 17, 305, 37)), ('Jobs', t, (335, 17, 378, 38)),
    ('Farms', t, (393, 16, 444, 37)), ('Gangs', t, (464, 19, 514, 37)), ('Invoices', t, (531, 18, 596, 38)),
    ('Rates & settings', t, (616, 16, 731, 39)), ('Rates', t, (41, 81, 90, 102)),
    ('Per ewe —', t, (40, 107, 91, 129)), ('full shear (£)', t, (108, 107, 183, 129)),
    ('Per ram (£)', t, (233, 107, 305, 131)), ('Per head —', t, (427, 108, 483, 130)),
    ('crutching (£)', t, (501, 108, 577, 130)), ('Minimum charge per visit (£)', t, (621, 107, 791, 130)),
    ('1.90', t, (48, 139, 87, 161)), ('3.50', t, (242, 138, 281, 161)), ('0.60', t, (435, 137, 475, 163)),
    ('120', t, (628, 138, 664, 162)), ('Invoicing', t, (38, 221, 117, 251)),
    ('Payment terms (days)', t, (39, 252, 173, 278)), ('British Wool depot', t, (298, 254, 414, 276)),
    ('14', t, (44, 282, 78, 311)), ('Brecon', t, (312, 285, 366, 306)),
    ('Note printed on invoices', t, (39, 320, 190, 345)),
    ('Thank you for your custom.', t, (51, 350, 631, 375)),
    ('Season', t, (41, 466, 103, 486)), ('Season starts', t, (42, 496, 127, 513)),
    ('Season ends', t, (299, 495, 381, 515)), ('2025-05-19', t, (50, 524, 130, 545)),
    ('2025-07-31', t, (308, 524, 388, 545)), ('Text farmers the day before their job', t, (65, 563, 298, 583)),
    ('Save settings', t, (35, 652, 128, 673)),
    ('Note printed on invoices Thank you for your custom.', i, (44, 345, 809, 403)),
    ('Payment terms (days) 14', i, (44, 278, 293, 316)), ('Season ends 2025-07-31', i, (302, 517, 551, 554)),
    ('Season starts 2025-05-19', i, (44, 517, 293, 554)), ('British Wool depot Brecon', i, (302, 278, 551, 313)),
    ('Per head — 0.60', i, (431, 132, 616, 169)), ('Per ewe — 1.90', i, (44, 132, 229, 169)),
    ('120', i, (625, 132, 809, 169)), ('Per ram (£) 3.50', i, (238, 132, 422, 169)),
    ('Invoices Rates & settings', i, (605, 9, 741, 45)), ('Save settings', i, (25, 644, 139, 681)),
    ('Pryddy & Sonsshearing contractors', c, (25, 15, 55, 39)), ('Rates', c, (44, 113, 181, 127)),
    ('Minimum charge per visit (£)', c, (431, 113, 575, 127)),
    ('Text farmers the day before their job', c, (48, 566, 63, 581))]
TO_RATES = [("click", (644.5, 28.0)), ("scroll", (0.0, 0.0))]


def test_prices_told_per_unit_go_into_the_boxes_of_their_unit():
    """"£2 a ewe and £4 a ram" says no verb nor thing before each price: what follows it ("a ewe") is its thing, and
    the box whose label reads it takes it, though OCR cut that label in two at its dash ("Per ewe —" | "full shear
    (£)"); each price once, in the task's order, then "the minimum charge … goes up to £150"."""
    from tilepilot.model.embedded.fields import priced_field

    ewe, ram, least = (44, 132, 229, 169), (238, 132, 422, 169), (625, 132, 809, 169)
    f, _ = _page(RATES, TO_RATES)
    assert priced_field(f, RATES_TOLD) == (_at(f, ewe), "2")
    f, _ = _page(RATES, TO_RATES + [("type", (136.5, 150.5))])
    assert priced_field(f, RATES_TOLD) == (_at(f, ram), "4")
    f, _ = _page(RATES, TO_RATES + [("type", (136.5, 150.5)), ("type", (330.0, 150.5))])
    assert priced_field(f, RATES_TOLD) == (_at(f, least), "150")


STUDIO_TOLD = ("Dom's putting his hourly rate up to £110 from today, and he's not working Mondays any more. Also, "
               'the deposit for tattoo bookings is going up to £60 across the studio.')
STUDIO = [('Black Lantern Tattoo Co.', t, (46, 14, 252, 36)), ('Diary', t, (283, 16, 327, 39)),
    ('Clients', t, (345, 16, 397, 36)), ('ists', t, (440, 18, 467, 36)), ('Payments', t, (485, 19, 555, 36)),
    ('Studio settings', t, (576, 16, 679, 37)), ('Studio settings', t, (21, 75, 161, 103)),
    ('Deposits & policy', t, (41, 131, 161, 154)), ('Tattoo deposit (£)', t, (41, 162, 148, 182)),
    ('Consultation deposit (£)', t, (300, 162, 443, 182)), ('Card surcharge (%)', t, (557, 160, 676, 185)),
    ('60', t, (48, 189, 77, 214)), ('1', t, (263, 188, 282, 215)), ('20', t, (307, 191, 333, 212)),
    ('0', t, (568, 193, 581, 210)), ('Minimum age', t, (40, 228, 126, 248)),
    ('Cancellation notice (hours)', t, (298, 227, 460, 248)),
    ('Free touch-up within (weeks)', t, (556, 227, 729, 249)), ('18', t, (49, 256, 75, 278)),
    ('48', t, (307, 257, 333, 277)), ('12', t, (565, 257, 591, 278)), ('Opening hours', t, (41, 343, 145, 366)),
    ('Opens', t, (40, 373, 88, 394)), ('Closes', t, (298, 372, 343, 393)), ('10:00', t, (53, 401, 97, 423)),
    ('V', t, (275, 404, 289, 419)), ('19:00', t, (312, 402, 355, 424)),
    ('Text clients a reminder 48 hours before', t, (57, 438, 308, 459)),
    ('Aftercare text (printed on the receipt)', t, (43, 472, 259, 489)),
    ('Keep it clean, thin layer of balm, no swimming for two weeks.', t, (52, 502, 420, 519)),
    ('Save settings', t, (35, 618, 125, 641)),
    ('Aftercare text (printed on the receipt) Keep it clean, no swimming.', i, (44, 492, 809, 548)),
    ('Tattoo deposit (£) 60', i, (42, 182, 293, 221)), ('Free touch-up within (weeks) 12', i, (560, 250, 809, 287)),
    ('Cancellation notice (hours) 48', i, (302, 250, 551, 287)), ('Minimum age 18', i, (44, 250, 293, 287)),
    ('Card surcharge (%) 0', i, (560, 184, 809, 221)), ('20', i, (302, 184, 551, 221)),
    ('Closes 19:00', i, (302, 396, 551, 430)), ('Opens 10:00', i, (44, 396, 293, 430)),
    ('Payments Studio settings', i, (565, 9, 689, 45)), ('Save settings', i, (25, 611, 136, 646)),
    ('Clients', c, (419, 21, 463, 32)), ('Consultation deposit (£) 60', c, (42, 166, 294, 222)),
    ('Text clients a reminder 48 hours before', c, (48, 441, 63, 456))]
TO_STUDIO = [("click", (599.5, 27.0)), ("type", (168.5, 202.5))]


def test_a_price_of_one_thing_is_kept_out_of_another_things_box():
    """"Dom's putting his hourly rate up to £110" belongs on Dom's record: on the studio's settings, whose
    "Consultation deposit (£)" reads none of "hourly rate", 110 is no typing (the network typed it there); the
    deposit's 60 is typed, and the page's save is pressed instead."""
    from tilepilot.model.embedded.fields import mispriced, settings_saved

    f, _ = _page(STUDIO, TO_STUDIO)
    assert mispriced(f, STUDIO_TOLD, _at(f, (302, 184, 551, 221)), "110")
    assert mispriced(f, STUDIO_TOLD, _at(f, (302, 184, 551, 221)), "£110")
    assert not mispriced(f, STUDIO_TOLD, _at(f, (42, 182, 293, 221)), "60")
    assert settings_saved(f, STUDIO_TOLD) == _at(f, (35, 618, 125, 641))


PRICES_TOLD = ('Our prices are changing as of today: kiln-dried hardwood goes up to £140 a bulk bag, and the '
               "delivery charge for the zone C villages goes up to £20. We're also starting to sell heat logs at "
               '£7.95 a pack, so please add them to the price list.')
PRICE_LIST = [('0', t, (22, 16, 55, 39)), ('Hollins Wood Fuel', t, (56, 16, 211, 36)),
    ('Orders', t, (244, 18, 295, 36)), ('Delivery runs', t, (316, 20, 406, 34)), ('Customers', t, (427, 20, 502, 34)),
    ('Stock', t, (522, 18, 567, 35)), ('Prices & settings', t, (585, 16, 700, 37)),
    ('Prices & settings', t, (22, 75, 199, 101)), ('Price list', t, (41, 133, 112, 153)),
    ('Product', t, (51, 171, 106, 189)), ('Sold per', t, (315, 170, 372, 191)),
    ('Price (£)', t, (442, 170, 497, 191)), ('On the order form', t, (625, 168, 735, 190)),
    ('Kiln-dried hardwood', t, (53, 212, 177, 229)), ('bulk bag', t, (314, 210, 375, 233)),
    ('135', t, (452, 211, 483, 230)), ('On sale', t, (651, 210, 705, 230)),
    ('Seasoned hardwood', t, (54, 261, 182, 278)), ('bulk bag', t, (314, 259, 375, 282)),
    ('110', t, (452, 260, 483, 278)), ('On sale', t, (651, 259, 705, 279)),
    ('Seasoned softwood', t, (54, 309, 176, 326)), ('bulk bag', t, (314, 306, 375, 331)),
    ('85', t, (453, 309, 474, 326)), ('On sale', t, (651, 307, 705, 327)),
    ('Kiln-dried hardwood', t, (54, 359, 178, 375)), ('net', t, (313, 356, 344, 379)),
    ('7.5', t, (452, 357, 479, 377)), ('On sale', t, (652, 357, 705, 375)), ('Kindling', t, (51, 403, 108, 428)),
    ('net', t, (315, 405, 343, 425)), ('5', t, (453, 406, 466, 423)), ('On sale', t, (652, 406, 705, 423)),
    ('Hardwood logs, full trailer', t, (54, 456, 210, 472)), ('trailer load', t, (317, 455, 386, 472)),
    ('310', t, (452, 454, 482, 473)), ('On sale', t, (652, 454, 705, 472)), ('+ Add product', t, (54, 509, 147, 529)),
    ('Delivery & stacking', t, (41, 595, 187, 620)), ('Zone A delivery (£)', t, (41, 625, 154, 648)),
    ('Zone B delivery (£)', t, (297, 626, 413, 648)), ('Zone C delivery (£', t, (556, 625, 674, 647)),
    ('0', t, (48, 656, 66, 676)), ('10', t, (309, 658, 333, 676)), ('18', t, (565, 657, 591, 676)),
    ('Stacking (£ per bag)', t, (41, 692, 162, 715)),
    ('Order cut-off (working days before the run)', t, (301, 695, 552, 712)),
    ('Account invoice terms (days)', t, (553, 695, 730, 712)), ('Zone C delivery (£ 18', i, (560, 649, 809, 686)),
    ('Zone B delivery (£) 10', i, (302, 649, 551, 686)), ('Zone A delivery (£) 0', i, (44, 649, 293, 686)),
    ('Stock Prices & settings', i, (575, 9, 711, 45)),
    ('Hardwood logs, full trailer + Add product', i, (44, 501, 159, 538)),
    ('trailer load 310', i, (445, 446, 548, 483)), ('net 5', i, (445, 397, 548, 434)),
    ('bulk bag 85', i, (445, 300, 548, 337)), ('Price (£) 135', i, (445, 203, 548, 240)),
    ('net 7.5', i, (445, 349, 548, 385)), ('bulk bag 110', i, (445, 252, 548, 288)),
    ('On sale', c, (632, 212, 647, 227)), ('On sale', c, (632, 261, 647, 276)), ('On sale', c, (632, 309, 647, 324)),
    ('On sale', c, (632, 358, 647, 373)), ('On sale', c, (632, 407, 647, 422)), ('On sale', c, (632, 455, 647, 470))]
TO_PRICES = [("click", (615.5, 27.0))]


def test_a_price_list_row_is_named_by_all_its_cells():
    """Three rows are sold per "bulk bag" and two are kiln-dried hardwood: "kiln-dried hardwood goes up to £140 a
    bulk bag" is the row reading all of it (its first row, right under the column's head "Price (£)"), not the
    one sold per net; "the zone C villages" is "Zone C delivery (£)", by its one letter, not zones A or B."""
    from tilepilot.model.embedded.fields import mispriced, priced_field

    kiln_bag, kiln_net = (445, 203, 548, 240), (445, 349, 548, 385)
    f, _ = _page(PRICE_LIST, TO_PRICES)
    assert priced_field(f, PRICES_TOLD) == (_at(f, kiln_bag), "140")
    assert mispriced(f, PRICES_TOLD, _at(f, kiln_net), "140")
    f, _ = _page(PRICE_LIST, TO_PRICES + [("type", (496.5, 221.5))])
    assert priced_field(f, PRICES_TOLD) == (_at(f, (560, 649, 809, 686)), "20")


SESSION_TOLD = ("Jay Okafor's session with Dom today ran to four hours rather than the three we'd booked. He's just "
                'paid the balance on his card and left £20 as a tip for Dom.')
DIARY = [('Black Lantern Tattoo Co.', t, (47, 14, 254, 37)), ('Diary', t, (284, 16, 326, 37)),
    ('Clients', t, (345, 16, 397, 36)), ('ists', t, (440, 20, 465, 35)), ('Payments', t, (485, 18, 556, 35)),
    ('Studio settings', t, (575, 17, 679, 37)), ('20 Mar 2025 - Front desk: Robyn', t, (1076, 18, 1257, 35)),
    ('Diary', t, (16, 73, 85, 121)), ('Client, design...', t, (883, 75, 983, 103)),
    ('+ New appointment', t, (1121, 82, 1243, 99)), ('From', t, (33, 134, 69, 152)),
    ('2025-03-20', t, (80, 135, 154, 152)), ('To', t, (195, 135, 215, 151)), ('YYYY-MM-DD', t, (226, 134, 319, 154)),
    ('Artist', t, (342, 134, 377, 152)), ('All artists', t, (390, 134, 454, 154)), ('V', t, (478, 137, 493, 150)),
    ('Type', t, (500, 135, 533, 154)), ('All types', t, (546, 134, 606, 155)), ('V Status', t, (638, 134, 699, 152)),
    ('Booked', t, (714, 135, 766, 153)), ('V', t, (793, 136, 807, 149)), ('□', t, (38, 188, 57, 206)),
    ('Time', t, (73, 188, 109, 207)), ('Client', t, (207, 187, 250, 208)), ('Artist', t, (368, 188, 407, 207)),
    ('Type', t, (538, 188, 575, 210)), ('Design', t, (680, 187, 730, 210)), ('Deposit', t, (991, 188, 1044, 209)),
    ('Status', t, (1081, 189, 1124, 207)), ('Thu 20 Mar —', t, (33, 222, 101, 242)),
    ('today', t, (118, 222, 154, 242)), ('□', t, (36, 263, 58, 284)), ('11:00-14:00', t, (73, 255, 157, 275)),
    ('DK', t, (370, 265, 397, 285)), ('Dom Keller', t, (397, 265, 472, 285)),
    ('Panther head', t, (681, 255, 771, 275)), ('Booked', t, (1085, 264, 1140, 285)),
    ('AP-7011', t, (73, 274, 127, 292)), ('Jay Okafor', t, (208, 267, 283, 284)), ('Tattoo', t, (540, 267, 586, 284)),
    ('Right forearm', t, (681, 274, 763, 294)), ('£50.00', t, (1019, 266, 1069, 284)), ('0', t, (38, 316, 57, 335)),
    ('11:00-12:00', t, (73, 307, 157, 327)), ('Touch-up', t, (681, 308, 742, 328)),
    ('— flash compass', t, (761, 308, 852, 328)), ('AP-7015', t, (73, 326, 127, 344)),
    ('Callum Frost', t, (209, 318, 297, 335)), ('JH', t, (369, 315, 397, 341)),
    ('Jess Harlow', t, (397, 316, 479, 337)), ('Touch-up', t, (540, 316, 606, 338)),
    ('Booked', t, (1082, 313, 1143, 341)), ('Forearm', t, (681, 325, 736, 346)),
    ('12:00-14:00', t, (74, 360, 156, 377)), ('Lavender bunch', t, (681, 359, 787, 379)),
    ('□', t, (36, 367, 58, 388)), ('Sophie Bell', t, (208, 369, 287, 388)), ('MQ', t, (369, 368, 398, 392)),
    ('Mara Quinn', t, (394, 368, 476, 389)), ('Tattoo', t, (539, 368, 586, 388)),
    ('£50.00', t, (1018, 368, 1070, 389)), ('Booked', t, (1085, 368, 1140, 389)), ('AP-7012', t, (73, 378, 127, 396)),
    ('Shoulder blade', t, (681, 377, 771, 397)), ('□', t, (36, 419, 58, 440)),
    ('14:00-18:00', t, (72, 411, 157, 431)), ('Nathan Greer', t, (208, 421, 299, 440)),
    ('SO', t, (369, 418, 398, 444)), ('Sam Ortiz', t, (397, 420, 465, 441)), ('Tattoo', t, (539, 420, 586, 440)),
    ('Koi', t, (680, 411, 711, 431)), ('£50.00', t, (1018, 420, 1070, 441)), ('Booked', t, (1085, 420, 1140, 441)),
    ('AP-7013', t, (73, 430, 127, 448)), ('Calf', t, (680, 427, 714, 450)), ('□', t, (36, 471, 59, 492)),
    ('15:00-16:00', t, (73, 463, 157, 483)), ('Amira Haddad', t, (209, 467, 304, 481)),
    ('Jess Harlow', t, (397, 472, 479, 493)), ('Tattoo', t, (539, 472, 586, 492)),
    ('Flash — moth', t, (680, 463, 774, 484)), ('£50.00', t, (1018, 472, 1070, 493)),
    ('Booked', t, (1085, 472, 1140, 493)), ('AP-7014', t, (73, 482, 128, 500)), ('Latex', t, (208, 484, 259, 501)),
    ('JH', t, (369, 471, 397, 497)), ('Ankle', t, (680, 480, 722, 502)), ('□', t, (36, 523, 59, 544)),
    ('16:00-18:00', t, (72, 515, 158, 535)), ('Anchor', t, (680, 515, 734, 536)),
    ('£50.00', t, (1018, 524, 1070, 545)), ('Booked', t, (1085, 524, 1139, 545)),
    ('Lena Fischer', t, (210, 528, 296, 542)), ('DK', t, (370, 525, 397, 546)),
    ('Dom Keller', t, (397, 525, 472, 545)), ('Tattoo', t, (540, 527, 586, 544)), ('AP-7016', t, (73, 534, 127, 552)),
    ('Wrist', t, (680, 532, 719, 554)), ('Fri 21 Mar', t, (33, 567, 98, 584)), ('0', t, (38, 608, 57, 627)),
    ('11:00-14:00', t, (72, 599, 157, 621)), ('Wildflower wreath', t, (682, 602, 795, 619)),
    ('£50.00', t, (1018, 608, 1070, 629)), ('Harriet Cole', t, (210, 612, 289, 626)), ('MQ', t, (369, 607, 398, 632)),
    ('Mara Quinn', t, (395, 609, 476, 630)), ('Tattoo', t, (540, 611, 586, 628)),
    ('Booked', t, (1083, 609, 1141, 630)), ('AP-7019', t, (73, 618, 127, 636)), ('AP-7019', t, (74, 624, 127, 636)),
    ('Thigh', t, (681, 617, 721, 639)), ('□', t, (36, 659, 59, 680)), ('11:00-14:00', t, (72, 650, 157, 672)),
    ('Zach Morrow', t, (208, 661, 298, 680)), ('KA', t, (370, 660, 395, 682)),
    ('Kit Adeyemi', t, (396, 660, 476, 681)), ('Tattoo', t, (539, 660, 586, 680)),
    ('Dotwork moon phases', t, (683, 654, 823, 671)), ('£50.00', t, (1018, 660, 1070, 681)),
    ('Booked', t, (1085, 661, 1141, 682)), ('AP-7017', t, (73, 670, 126, 688)), ('Forearm', t, (682, 671, 735, 689)),
    ('12:00-13:00', t, (73, 704, 157, 719)), ('Flash — heart', t, (680, 701, 776, 719)),
    ('⋯', t, (1200, 274, 1214, 276)), ('⋯', t, (1200, 326, 1214, 328)), ('⋯', t, (1200, 378, 1214, 380)),
    ('⋯', t, (1200, 430, 1214, 432)), ('⋯', t, (1200, 482, 1214, 484)), ('⋯', t, (1200, 534, 1214, 536)),
    ('⋯', t, (1200, 619, 1214, 621)), ('⋯', t, (1200, 671, 1214, 673)), ('⋯', t, (256, 718, 269, 720)),
    ('20 Mar 2025 - Front desk: Robyn Client, design...', i, (878, 72, 1101, 108)),
    ('20 Mar 2025 - Front desk: Robyn + New appointment', i, (1108, 72, 1255, 107)),
    ('Artist YYYY-MM-DD', i, (219, 126, 340, 163)), ('From 2025-03-20', i, (72, 126, 193, 163)),
    ('Type All types', i, (536, 127, 655, 161)), ('Artist All artists', i, (380, 127, 497, 161)),
    ('V Status Booked', i, (702, 127, 811, 161)), ('Clients Diary', i, (276, 9, 336, 45)),
    ('£50.00 Booked', i, (1084, 609, 1142, 631)), ('£50.00 Booked', i, (1084, 524, 1142, 546)),
    ('£50.00 Booked', i, (1084, 472, 1142, 494)), ('£50.00 Booked', i, (1084, 420, 1142, 442)),
    ('£50.00 Booked', i, (1084, 368, 1142, 390)), ('⋯', i, (1084, 316, 1142, 338)),
    ('£50.00 Booked', i, (1084, 264, 1142, 286)), ('£50.00 Booked', i, (1084, 661, 1142, 682)),
    ('Clients', c, (419, 21, 463, 32)), ('+ New appointment', c, (1123, 85, 1132, 94)),
    ('Time', c, (40, 190, 55, 205)), ('□', c, (36, 226, 152, 240)), ('Right forearm', c, (685, 312, 791, 326)),
    ('Latex', c, (211, 486, 222, 497)), ('12:00-13:00', c, (40, 714, 55, 720)), ('KA', c, (371, 710, 397, 720))]


def test_a_rows_menu_is_found_past_a_name_cut_by_the_screens_foot():
    """The diary's rows each end in "⋯"; a last row's name cut by the screen's foot reads "⋯" too, far left: it is
    no grid of cards, and Jay Okafor's row (his name, Dom's, today's) has its menu opened for a story that paid."""
    from tilepilot.model.embedded.order import story_row

    f, _ = _page(DIARY)
    assert story_row(f, SESSION_TOLD) == _at(f, (1200, 274, 1214, 276))


DIALOG = [('Complete AP-7011 — Jay Okafor', t, (384, 53, 634, 77)), ('×', t, (868, 54, 890, 75)),
    ('Tattoo with Dom Keller - booked 11:00–14:00 (3 h) ·Panther head', t, (385, 117, 740, 134)),
    ('Hours worked', t, (385, 146, 471, 163)), ('Price (£)', t, (555, 145, 611, 166)),
    ('Tip (£)', t, (728, 146, 772, 167)), ('3', t, (393, 175, 410, 194)), ('300.00', t, (565, 174, 616, 195)),
    ('Price £300.00 – deposit £50.00 = balance £250.00', t, (383, 225, 695, 246)),
    ('Balance paid by', t, (383, 257, 484, 280)), ('- choose', t, (405, 286, 468, 306)),
    ('Cancel', t, (736, 373, 789, 395)), ('Complete', t, (816, 374, 883, 395)),
    ('Sophie Bell Cancel', i, (370, 355, 910, 415)),
    ('Studio settings Complete AP-7011 — Jay Okafor', i, (370, 40, 911, 91)),
    ('Balance paid by - choose', i, (387, 280, 636, 314)), ('', i, (731, 167, 894, 204)),
    ('Price (£) 300.00', i, (559, 167, 722, 204)), ('Hours worked 3', i, (387, 167, 550, 204)),
    ('Complete', i, (805, 367, 893, 403)), ('Cancel', i, (727, 367, 800, 404))]
TO_DIALOG = [("click", (1207.0, 275.0)), ("click", (1119.5, 314.0))]
COMPLETE = [('Complete AP-7011 — Jay Okafor', t, (384, 53, 634, 77)), ('×', t, (868, 54, 890, 75)),
    ('Tattoo with Dom Keller - booked 11:00–14:00 (3 h) ·Panther head', t, (385, 117, 740, 134)),
    ('Hours worked', t, (385, 146, 471, 163)), ('Price (£)', t, (555, 145, 611, 166)),
    ('Tip (£)', t, (728, 145, 772, 167)), ('4', t, (393, 175, 410, 194)), ('400.00', t, (565, 174, 616, 195)),
    ('20', t, (736, 172, 765, 198)), ('Price £400.00 – deposit £50.00 = balance £350.00', t, (384, 226, 695, 246)),
    ('Balance paid by', t, (382, 257, 484, 280)), ('Card', t, (396, 285, 437, 308)),
    ('Cancel', t, (736, 373, 789, 395)), ('Complete', t, (816, 374, 883, 395)),
    ('Sophie Bell Cancel', i, (370, 355, 910, 415)),
    ('Studio settings Complete AP-7011 — Jay Okafor', i, (370, 40, 911, 91)),
    ('Balance paid by Card', i, (387, 280, 636, 314)), ('20', i, (729, 165, 894, 204)),
    ('Price (£) 400.00', i, (559, 167, 722, 204)), ('Hours worked 4', i, (387, 167, 550, 204)),
    ('Complete', i, (805, 367, 893, 403)), ('Cancel', i, (727, 367, 800, 404)),
    ('Price (£) 20', c, (729, 149, 895, 205)), ('', c, (869, 177, 879, 183)), ('', c, (869, 187, 879, 193))]


def test_a_session_told_longer_is_tipped_paid_and_completed():
    """"ran to four hours rather than the three we'd booked" types 4 into "Hours worked [3]" (its unit, its old
    count); "left £20 as a tip" types 20 into the empty "Tip (£)", not the "Price (£)" showing a sum; "paid the
    balance on his card" picks card in "Balance paid by"; then the dialog's "Complete" beside its Cancel, not the
    label "Balance paid by" that reads the story's "balance"."""
    from tilepilot.model.embedded.fields import counted_instead, named_sum, paid_way, told_commit

    f, _ = _page(DIALOG, TO_DIALOG)
    assert counted_instead(f, SESSION_TOLD) == (_at(f, (387, 167, 550, 204)), "4")
    assert named_sum(f, SESSION_TOLD) == (_at(f, (731, 167, 894, 204)), "20")
    assert paid_way(f, SESSION_TOLD) == (_at(f, (387, 280, 636, 314)), "card")
    done = TO_DIALOG + [("type", (511.5, 297.0)), ("type", (468.5, 185.5)), ("type", (812.5, 185.5))]
    f, _ = _page(COMPLETE, done)
    assert counted_instead(f, SESSION_TOLD) is None and named_sum(f, SESSION_TOLD) is None
    assert told_commit(f, SESSION_TOLD) == _at(f, (816, 374, 883, 395))



SITES_TOLD = ("We've lost the use of the field at Thirsk for the rest of the season, so stop offering it. The "
              'farmer at Coxwold says we can use his top field instead; passengers should meet at the village hall '
              'car park there. And from today Anytime tickets go up to £199, and the fee for extending a voucher '
              'goes up to £35.')
SITES = [('0', t, (22, 13, 49, 40)), ('Skylark Balloon Flights', t, (51, 16, 246, 36)),
    ('Flights', t, (276, 17, 330, 38)), ('Vouchers & passengers', t, (347, 18, 508, 36)),
    ('Fleet & pilots', t, (527, 19, 618, 36)), ('Settings', t, (635, 16, 699, 39)),
    ('Settings', t, (21, 73, 113, 104)), ('Prices & vouchers', t, (42, 133, 179, 153)),
    ('Anytime ticket (£ per person)', t, (42, 162, 213, 182)),
    ('Weekday ticket (£ per person)', t, (299, 161, 475, 181)), ('Posted voucher pack (£)', t, (556, 160, 702, 183)),
    ('199', t, (50, 191, 83, 212)), ('159', t, (306, 190, 341, 213)), ('4.50', t, (565, 190, 602, 212)),
    ('Vouchers valid for (months)', t, (41, 228, 206, 248)), ('Extension fee (£)', t, (298, 226, 404, 250)),
    ('Maximum passenger weight (kg)', t, (556, 228, 748, 248)), ('24', t, (49, 257, 75, 278)),
    ('35', t, (305, 254, 336, 280)), ('1', t, (523, 256, 538, 280)), ('127', t, (566, 257, 599, 278)),
    ('Weather call (evening before)', t, (41, 294, 215, 314)), ('Dawn flights meet at', t, (297, 292, 427, 315)),
    ('Evening flights meet at', t, (557, 294, 696, 314)), ('18:00', t, (49, 322, 94, 344)),
    ('05:00', t, (306, 321, 353, 346)), ('18:30', t, (566, 322, 609, 344)), ('Save prices', t, (55, 389, 133, 406)),
    ('Launch sites', t, (41, 462, 140, 482)), ('Launch site', t, (54, 502, 124, 516)),
    ('Meet point', t, (263, 501, 330, 518)), ('Offered', t, (646, 500, 694, 517)),
    ('Castle Howard', t, (53, 537, 151, 551)), ('Estate car park, by the obelisk', t, (262, 532, 451, 555)),
    ('Offered', t, (671, 534, 722, 551)), ('Helmsley', t, (51, 570, 119, 592)),
    ('Duncombe Park main car park', t, (263, 570, 453, 591)), ('Offered', t, (671, 571, 723, 588)),
    ('Sutton Bank', t, (53, 609, 139, 626)), ('National Park centre car park', t, (262, 607, 445, 628)),
    ('Offered', t, (671, 608, 722, 625)), ('Ripon', t, (53, 647, 98, 665)),
    ("Racecourse members' car park", t, (262, 644, 456, 666)), ('Offered', t, (671, 644, 722, 661)),
    ('Thirsk', t, (52, 683, 100, 701)), ('Sowerby Flatts, Topcliffe Road', t, (261, 680, 450, 705)),
    ('Offered', t, (671, 682, 722, 699)), ('Extension fee (£) 35', i, (300, 248, 552, 288)),
    ('Evening flights meet at 18:30', i, (560, 316, 809, 353)),
    ('Dawn flights meet at 05:00', i, (302, 316, 551, 353)),
    ('Weather call (evening before) 18:00', i, (44, 316, 293, 353)),
    ('Posted voucher pack (£) 127', i, (560, 250, 809, 287)),
    ('Vouchers valid for (months) 24', i, (44, 250, 293, 287)),
    ('Posted voucher pack (£) 4.50', i, (560, 184, 809, 221)),
    ('Weekday ticket (£ per person) 159', i, (302, 184, 551, 221)),
    ('Anytime ticket (£ per person) 199', i, (44, 184, 293, 221)),
    ('Weather call (evening before) Save prices', i, (44, 379, 145, 414)),
    ('Fleet & pilots Settings', i, (628, 9, 707, 45)), ('Maximum passenger weight (kg) 35', c, (300, 232, 552, 288)),
    ('Offered', c, (651, 536, 666, 551)), ('Offered', c, (651, 572, 666, 587)), ('Offered', c, (651, 609, 666, 624)),
    ('Offered', c, (651, 646, 666, 661)), ('Offered', c, (651, 683, 666, 698))]
TO_SITES = [("click", (667.0, 26.5)), ("type", (168.5, 202.5)), ("type", (426.5, 268.5))]
SAVED_SITES = [('0', t, (22, 13, 49, 40)), ('Skylark Balloon Flights', t, (51, 16, 246, 36)),
    ('Flights', t, (276, 17, 330, 38)), ('Vouchers & passengers', t, (347, 18, 508, 36)),
    ('Fleet & pilots', t, (527, 19, 618, 36)), ('Settings', t, (635, 16, 699, 39)),
    ('Settings', t, (21, 73, 113, 104)), ('Prices & vouchers', t, (42, 133, 179, 153)),
    ('Anytime ticket (£ per person)', t, (42, 162, 213, 182)),
    ('Weekday ticket (£ per person)', t, (299, 162, 476, 182)), ('Posted voucher pack (£)', t, (556, 160, 702, 183)),
    ('199', t, (50, 191, 83, 212)), ('159', t, (306, 190, 341, 213)), ('4.50', t, (565, 190, 602, 213)),
    ('Vouchers valid for (months)', t, (41, 228, 206, 248)), ('Extension fee (£)', t, (298, 226, 404, 250)),
    ('Maximum passenger weight (kg)', t, (556, 228, 748, 248)), ('24', t, (49, 257, 75, 278)),
    ('35', t, (305, 255, 335, 280)), ('127', t, (565, 256, 599, 279)),
    ('Weather call (evening before)', t, (41, 294, 215, 314)), ('Dawn flights meet at', t, (297, 292, 427, 315)),
    ('Evening flights meet at', t, (556, 292, 696, 315)), ('18:00', t, (49, 322, 94, 344)),
    ('05:00', t, (305, 321, 353, 347)), ('18:30', t, (564, 321, 611, 346)), ('Save prices', t, (55, 389, 133, 406)),
    ('Launch sites', t, (41, 462, 140, 482)), ('Launch site', t, (54, 502, 124, 516)),
    ('Meet point', t, (263, 501, 330, 518)), ('Offered', t, (646, 500, 694, 517)),
    ('Castle Howard', t, (53, 537, 151, 551)), ('Estate car park, by the obelisk', t, (262, 532, 451, 555)),
    ('Offered', t, (671, 534, 722, 551)), ('Helmsley', t, (51, 570, 119, 592)),
    ('Duncombe Park main car park', t, (263, 570, 453, 591)), ('Offered', t, (671, 570, 723, 588)),
    ('Sutton Bank', t, (53, 609, 139, 626)), ('National Park centre car park', t, (262, 607, 445, 628)),
    ('Offered', t, (671, 608, 722, 625)), ('Ripon', t, (53, 647, 98, 665)),
    ("Racecourse members' car park", t, (262, 644, 456, 666)), ('Offered', t, (671, 644, 722, 661)),
    ('Thirsk', t, (52, 683, 100, 701)), ('Sowerby Flatts, Topcliffe Road', t, (261, 680, 450, 705)),
    ('Offered', t, (671, 682, 722, 699)), ('Evening flights meet at 18:30', i, (560, 316, 809, 353)),
    ('Dawn flights meet at 05:00', i, (302, 316, 551, 353)),
    ('Weather call (evening before) 18:00', i, (44, 316, 293, 353)),
    ('Maximum passenger weight (kg) 127', i, (560, 250, 809, 287)), ('Extension fee (£) 35', i, (302, 250, 551, 287)),
    ('Vouchers valid for (months) 24', i, (44, 250, 293, 287)),
    ('Posted voucher pack (£) 4.50', i, (560, 184, 809, 221)),
    ('Weekday ticket (£ per person) 159', i, (302, 184, 551, 221)),
    ('Anytime ticket (£ per person) 199', i, (44, 184, 293, 221)),
    ('Weather call (evening before) Save prices', i, (44, 379, 145, 414)),
    ('Fleet & pilots Settings', i, (628, 9, 707, 45)), ('Offered', c, (651, 536, 666, 551)),
    ('Offered', c, (651, 572, 666, 587)), ('Offered', c, (651, 609, 666, 624)), ('Offered', c, (651, 646, 666, 661)),
    ('Offered', c, (651, 683, 666, 698))]


def test_a_site_stopped_is_unticked_in_its_row_and_its_save_opens_no_list():
    """"We've lost the use of the field at Thirsk …, so stop offering it": "it" is the sentence's name, Thirsk, and
    its box says its verb alone ("☑ Offered"), so the row's first cell names it: that box is unticked, no other
    row's. Once "Save prices" is pressed, the rows under it are no list it opened ("Thirsk" is no option)."""
    from tilepilot.model.embedded.menus import opened_option
    from tilepilot.model.embedded.order import listed_box

    f, _ = _page(SITES, TO_SITES)
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c and f.cand_text[q] == "Offered":
            f.cand_crop[q][5:11, 5:11] = 30  # (each box drawn ticked)
    assert listed_box(f, SITES_TOLD) == _at(f, (651, 683, 666, 698))
    assert listed_box(f, "We've stopped offering the Ripon field.") == _at(f, (651, 646, 666, 661))
    f, _ = _page(SAVED_SITES, TO_SITES + [("click", (658.5, 690.5)), ("click", (94.0, 397.5))])
    assert opened_option(f, SITES_TOLD, len(f.cand_text), unnamed=True) == len(f.cand_text)



SAVED_RATES = [('Pryddy & Sonsshearing contractors', t, (58, 17, 305, 37)), ('Jobs', t, (335, 17, 378, 38)),
    ('Farms', t, (393, 16, 444, 37)), ('Gangs', t, (464, 19, 514, 37)), ('Invoices', t, (531, 18, 596, 38)),
    ('Rates & settings', t, (616, 16, 731, 39)), ('4 Jun 2025 - Office: Nerys', t, (1113, 18, 1257, 35)),
    ('Rates', t, (41, 81, 90, 102)), ('Per ewe —', t, (40, 107, 91, 129)),
    ('full shear (£)', t, (108, 107, 183, 129)), ('Per ram (£)', t, (233, 107, 305, 131)),
    ('Per head —', t, (427, 108, 483, 130)), ('crutching (£)', t, (501, 108, 577, 130)),
    ('Minimum charge per visit (£)', t, (620, 106, 792, 131)), ('2.00', t, (49, 139, 87, 161)),
    ('4.00', t, (243, 139, 281, 161)), ('0.60', t, (435, 137, 475, 163)), ('150', t, (628, 139, 664, 162)),
    ('Invoicing', t, (38, 221, 117, 251)), ('Payment terms (days)', t, (39, 252, 173, 278)),
    ('British Wool depot', t, (298, 254, 414, 276)), ('14', t, (44, 282, 78, 311)),
    ('Brecon', t, (312, 285, 366, 306)), ('Note printed on invoices', t, (39, 320, 190, 345)),
    ('Thank you for your custom.', t, (51, 350, 631, 375)),
    ('Season', t, (41, 466, 103, 486)), ('Season starts', t, (42, 496, 127, 513)),
    ('Season ends', t, (299, 495, 381, 515)), ('2025-05-19', t, (50, 524, 130, 545)),
    ('2025-07-31', t, (308, 524, 388, 545)), ('Text farmers the day before their job', t, (65, 563, 298, 583)),
    ('Save settings', t, (35, 652, 128, 673)), ('Settings saved', t, (1156, 673, 1250, 693)),
    ('Note printed on invoices Thank you for your custom.', i, (44, 345, 809, 403)),
    ('Payment terms (days) 14', i, (44, 278, 293, 316)), ('Season ends 2025-07-31', i, (302, 517, 551, 554)),
    ('Season starts 2025-05-19', i, (44, 517, 293, 554)), ('British Wool depot Brecon', i, (302, 278, 551, 313)),
    ('Per head — 0.60', i, (431, 132, 616, 169)), ('Per ewe — 2.00', i, (44, 132, 229, 169)),
    ('150', i, (625, 132, 809, 169)), ('Per ram (£) 4.00', i, (238, 132, 422, 169)),
    ('Settings saved', i, (1144, 662, 1264, 704)), ('Invoices Rates & settings', i, (605, 9, 741, 45)),
    ('Save settings', i, (25, 644, 139, 681)), ('Pryddy & Sonsshearing contractors', c, (25, 15, 55, 39)),
    ('Rates', c, (44, 113, 181, 127)), ('Minimum charge per visit (£)', c, (431, 113, 575, 127)),
    ('Text farmers the day before their job', c, (48, 566, 63, 581))]
SAVED_AT = [("click", (644.5, 28.0)), ("scroll", (0.0, 0.0)), ("type", (136.5, 150.5)), ("type", (330.0, 150.5)),
            ("type", (717.0, 150.5)), ("click", (81.5, 662.5))]
GANGS = [('Pryddy & Sonsshearing contractors', t, (58, 17, 305, 37)), ('Jobs', t, (335, 17, 378, 38)),
    ('Farms', t, (394, 19, 444, 37)), ('Gangs', t, (461, 18, 515, 39)), ('Invoices', t, (532, 18, 597, 38)),
    ('Rates & settings', t, (616, 18, 731, 38)), ('4 Jun 2025 - Office: Nerys', t, (1113, 17, 1256, 34)),
    ('A gang', t, (38, 82, 98, 110)), ('Edit gang...', t, (324, 78, 405, 106)), ('B gang', t, (449, 79, 512, 105)),
    ('Edit gang...', t, (737, 79, 815, 103)), ('C gang', t, (862, 78, 927, 107)),
    ('Edit gang...', t, (1147, 76, 1232, 105)), ('Leader', t, (40, 119, 87, 140)),
    ('Dafydd Evans', t, (180, 118, 274, 138)), ('Leader', t, (452, 117, 501, 135)),
    ('Rhys Morgan', t, (592, 117, 683, 140)), ('Leader', t, (862, 113, 916, 138)),
    ('Gethin Lewis', t, (1007, 116, 1094, 137)), ('Shearers', t, (40, 143, 99, 164)),
    ('Dafydd Evans, Huw Bowen, Iwan', t, (180, 141, 393, 163)), ('Shearers', t, (452, 139, 512, 159)),
    ('Rhys Morgan, Tomos Price', t, (592, 140, 768, 165)), ('Shearers', t, (864, 139, 927, 160)),
    ('Gethin Lewis, Owain Jenkins', t, (1004, 138, 1193, 163)), ('Rees', t, (180, 163, 219, 182)),
    ('Wool handler', t, (452, 165, 536, 182)), ('Ffion Davies', t, (593, 164, 678, 187)),
    ('Wool handler', t, (864, 163, 950, 184)), ('Mared Hughes', t, (1004, 164, 1106, 187)),
    ('Wool handler', t, (40, 185, 122, 202)), ('Carys Jones', t, (180, 187, 264, 207)),
    ('Trailer', t, (453, 189, 497, 207)), ('Trailer 2', t, (593, 191, 651, 212)),
    ('Trailer', t, (864, 187, 912, 209)), ('None', t, (1004, 188, 1049, 210)), ('Trailer', t, (38, 208, 84, 229)),
    ('Trailer 1', t, (181, 212, 237, 230)), ('Vehicle', t, (452, 214, 501, 232)),
    ('Ranger YC20 PFO', t, (593, 212, 716, 238)), ('Vehicle', t, (863, 211, 916, 233)),
    ('L200 CU68 WKD', t, (1006, 214, 1120, 234)), ('Vehicle', t, (39, 233, 89, 251)),
    ('Hilux KX19 RHD', t, (181, 236, 288, 253)), ('Jobs booked', t, (453, 238, 533, 255)),
    ('5', t, (594, 242, 607, 259)), ('Jobs booked', t, (863, 234, 949, 258)), ('4', t, (1006, 239, 1022, 257)),
    ('Jobs booked', t, (38, 256, 121, 276)), ('4', t, (179, 260, 195, 278)),
    ('4 Jun 2025 - Office: Nerys Edit gang...', i, (1146, 77, 1239, 107)),
    ('C gang Edit gang...', i, (733, 77, 826, 107)), ('B gang Edit gang...', i, (319, 77, 412, 107)),
    ('Farms Gangs', i, (453, 9, 523, 45)), ('Pryddy & Sonsshearing contractors', c, (25, 15, 55, 39)),
    ('B gang A gang', c, (26, 63, 427, 294)), ('C gang B gang', c, (439, 63, 841, 294)),
    ('4 Jun 2025 - Office: Nerys C gang', c, (853, 63, 1254, 294)), ('B gang', c, (456, 85, 468, 97))]
EDIT_GANG = [('Edit C gang', t, (381, 49, 487, 79)), ('×', t, (869, 54, 891, 75)),
    ('Shearers', t, (382, 102, 444, 125)), ('Rhys Morgan', t, (387, 126, 503, 150)),
    ('Tomos Price', t, (661, 127, 752, 147)), ('Dafydd Evans', t, (387, 149, 506, 173)),
    ('Huw Bowen', t, (664, 151, 751, 171)), ('Iwan Rees', t, (405, 174, 486, 198)), ('V', t, (648, 177, 665, 194)),
    ('Gethin Lewis', t, (667, 176, 757, 196)), ('Owain Jenkins', t, (407, 198, 511, 221)),
    ('Sion Lloyd', t, (647, 200, 741, 221)), ('Leader', t, (382, 228, 433, 249)),
    ('Wool handler', t, (643, 230, 724, 247)), ('Gethin Lewis', t, (395, 257, 489, 281)),
    ('V', t, (616, 260, 634, 277)), ('Mared Hughes', t, (655, 258, 756, 281)), ('V', t, (876, 262, 890, 275)),
    ('Trailer', t, (382, 293, 430, 315)), ('Vehicle', t, (642, 293, 692, 314)), ('None', t, (394, 321, 442, 346)),
    ('V', t, (616, 324, 634, 341)), ('L200 CU68 WKD', t, (651, 324, 766, 344)), ('Cancel', t, (727, 414, 780, 435)),
    ('Save gang', t, (806, 413, 881, 437)), ('Trailer Cancel', i, (370, 394, 910, 455)),
    ('Vehicle L200 CU68 WKD', i, (645, 316, 894, 353)), ('Trailer None', i, (387, 316, 636, 351)),
    ('Wool handler Mared Hughes', i, (645, 252, 894, 287)), ('Leader Gethin Lewis', i, (387, 252, 636, 287)),
    ('Save gang', i, (796, 406, 893, 443)), ('Cancel', i, (716, 406, 791, 444)),
    ('Rhys Morgan', c, (391, 130, 406, 145)), ('Tomos Price', c, (649, 130, 664, 145)),
    ('Dafydd Evans', c, (391, 154, 406, 169)), ('Huw Bowen', c, (649, 154, 664, 169)),
    ('Iwan Rees', c, (391, 178, 406, 193)), ('Gethin Lewis', c, (649, 178, 664, 193)),
    ('Owain Jenkins', c, (391, 203, 406, 218)), ('Sion Lloyd', c, (649, 203, 664, 218))]


def test_a_gang_change_told_after_the_rates_goes_on_to_the_gang_and_its_member_replaced():
    """Once "Save settings" was pressed, "… so Sion Lloyd is taking his place in Gethin's gang" goes on to the bar's
    "Gangs" (a person's thing, not a word in passing: "the gang" names no page); there the "Edit gang…" of the card
    Gethin Lewis leads, not the others'; in its dialog "his place" is Owain's, the sentence's first name: "☑ Owain
    Jenkins" is unticked (Sion Lloyd is the network's own tick)."""
    from tilepilot.model.embedded.order import owned_card_edit, replaced_box, rest_elsewhere

    f, _ = _page(SAVED_RATES, SAVED_AT)
    assert rest_elsewhere(f, RATES_TOLD) == _at(f, (464, 19, 514, 37))
    assert rest_elsewhere(f, RATES_TOLD.replace("Gethin's gang", "the gang")) is None
    f, _ = _page(SAVED_RATES, SAVED_AT[:-1])
    assert rest_elsewhere(f, RATES_TOLD) is None  # (not saved yet)
    f, _ = _page(GANGS, SAVED_AT[1:] + [("click", (489.0, 28.0))])
    assert owned_card_edit(f, RATES_TOLD) == _at(f, (1147, 76, 1232, 105))
    f, _ = _page(EDIT_GANG, SAVED_AT[2:] + [("click", (489.0, 28.0)), ("click", (1215.5, 90.5))])
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c and f.cand_text[q] in ("Owain Jenkins", "Gethin Lewis"):
            f.cand_crop[q][5:11, 5:11] = 30  # (the gang's two shearers ticked)
    assert replaced_box(f, RATES_TOLD) == _at(f, (391, 203, 406, 218))
    assert replaced_box(f, "Sion Lloyd is in, replacing Owain.") == _at(f, (391, 203, 406, 218))
    assert replaced_box(f, "Sion Lloyd is in, replacing Tomos.") is None  # (Tomos Price is not ticked)



BOOKED_TOLD = ('Mr and Mrs Bianchi have accepted our quote for their move on the 28th, and they paid the deposit by '
               "bank transfer this morning, so please book them in. Dave's crew can take it.")
MOVES = [('Carter & Vane removals & storage', t, (60, 16, 292, 36)), ('Moves', t, (322, 18, 374, 36)),
    ('Diary', t, (390, 17, 433, 37)), ('Crews & vehicles', t, (452, 19, 570, 35)), ('Storage', t, (587, 17, 645, 37)),
    ('Rates', t, (664, 18, 708, 36)), ('14 Apr 2025 - Office: Rebecca', t, (1092, 18, 1257, 34)),
    ('Moves', t, (21, 76, 95, 103)), ('Customer, address, postcode...', t, (885, 80, 1079, 100)),
    ('+ New enquiry', t, (1148, 81, 1243, 100)), ('All open (25)', t, (35, 123, 123, 143)),
    ('Enquiry (2)', t, (147, 122, 222, 145)), ('Survey booked (11)', t, (248, 123, 372, 143)),
    ('Quoted (4)', t, (396, 123, 469, 144)), ('Booked (8)', t, (492, 123, 566, 144)),
    ('Completed (4)', t, (591, 121, 685, 145)), ('Cancelled (1)', t, (708, 122, 796, 143)),
    ('All (30)', t, (816, 118, 873, 146)), ('Surveyor', t, (34, 177, 88, 195)), ('Anyone', t, (101, 175, 157, 198)),
    ('V', t, (186, 179, 199, 191)), ('Survey from', t, (205, 175, 279, 195)), ('YYYY-MM-DD', t, (296, 175, 382, 196)),
    ('Survey to', t, (405, 175, 465, 196)), ('YYYY-MM-DD', t, (472, 175, 567, 196)), ('□', t, (36, 228, 59, 250)),
    ('Ref', t, (72, 229, 101, 249)), ('Customer', t, (146, 228, 209, 248)), ('From', t, (315, 230, 352, 248)),
    ('To', t, (547, 231, 568, 248)), ('Survey', t, (779, 228, 826, 250)), ('Move date', t, (909, 230, 973, 247)),
    ('Stage', t, (999, 229, 1041, 250)), ('Quote', t, (1115, 227, 1158, 250)),
    ('Lucy Fairbairn', t, (147, 269, 246, 286)), ('10 Lansdown Place East, Bath', t, (316, 267, 504, 283)),
    ('Tue 15 Apr 11:00', t, (779, 266, 890, 286)), ('□', t, (38, 276, 57, 292)), ('CV-2517', t, (74, 276, 132, 293)),
    ('Somewhere in Bristol', t, (549, 276, 679, 293)), ('— TBC', t, (698, 276, 729, 293)),
    ('Survey booked', t, (1004, 273, 1100, 297)), ('07700 900817', t, (148, 287, 228, 301)),
    ('BA1 5ET', t, (317, 288, 375, 302)), ('Amy Carter', t, (779, 284, 848, 304)), ('□', t, (36, 327, 59, 347)),
    ('CV-2518', t, (74, 329, 132, 346)), ('Peter Quinn', t, (147, 322, 229, 339)),
    ('55 Wellsway, Bath BA2 4RU', t, (316, 329, 491, 346)), ('Devizes (address to follow)', t, (549, 326, 717, 349)),
    ('Wed 16 Apr 14:00', t, (780, 321, 894, 338)), ('Survey booked', t, (1004, 326, 1100, 350)),
    ('07700 900818', t, (148, 340, 228, 354)), ('Jon Vane', t, (779, 338, 837, 355)),
    ('Margaret Hughes', t, (148, 375, 263, 392)), ('2 Mill Lane, Bradford-on-Avon', t, (548, 374, 732, 390)),
    ('Wed 16 Apr', t, (908, 372, 983, 392)), ('£855.00', t, (1138, 374, 1193, 391)),
    ('CV-2505', t, (74, 383, 133, 400)), ('6 Combe Park, Bath BA1 3NP', t, (315, 382, 502, 400)),
    ('Booked', t, (1005, 380, 1060, 402)), ('07700 900805', t, (148, 393, 229, 407)),
    ('BA15 1EL', t, (548, 391, 614, 408)), ('Dave Marsh', t, (910, 392, 979, 406)),
    ('paid £213.75', t, (1116, 390, 1193, 409)), ('□', t, (38, 435, 57, 452)), ('CV-2527', t, (74, 436, 132, 453)),
    ('Edward Lyle', t, (148, 428, 231, 445)), ('Thu 17 Apr 14:00', t, (779, 426, 891, 446)),
    ('Survey booked', t, (1004, 432, 1100, 456)), ('30 Bathwick Hill, Bath BA2 6EW', t, (316, 437, 514, 453)),
    ('Totnes, Devon', t, (549, 437, 640, 454)), ('07700 900827', t, (149, 446, 228, 460)),
    ('Amy Carter', t, (778, 443, 848, 463)), ('Daniel & Priya Shah', t, (148, 481, 280, 497)),
    ('11 Marlborough Buildings, Bath', t, (547, 478, 741, 497)), ('Thu 17 Apr', t, (907, 477, 983, 500)),
    ('Booked', t, (1003, 483, 1062, 510)), ('£1,150.00', t, (1126, 479, 1192, 496)),
    ('CV-2506', t, (74, 489, 133, 506)), ('40 Redland Road, Bristol BS6 6AG', t, (315, 488, 531, 506)),
    ('Kris Nowak', t, (907, 495, 979, 515)), ('paid £287.50', t, (1117, 496, 1193, 515)),
    ('07700 900806', t, (149, 499, 229, 513)), ('BA1 2LY', t, (548, 498, 606, 515)),
    ('Rosemary Tait', t, (147, 535, 245, 552)), ('6 Royal Crescent Mews, Bath BA1', t, (316, 534, 528, 550)),
    ('Fri 18 Apr 10:00', t, (780, 535, 882, 552)), ('□', t, (38, 543, 57, 559)), ('CV-2519', t, (73, 543, 131, 560)),
    ('Sidmouth, Devon', t, (548, 541, 659, 563)), ('Survey booked', t, (1004, 539, 1100, 563)),
    ('07700 900819', t, (148, 554, 228, 568)), ('2LS', t, (315, 551, 347, 570)),
    ('Jon Vane', t, (780, 553, 836, 570)), ('Andrew Moss', t, (148, 589, 240, 603)),
    ('Tue 22 Apr 10:00', t, (781, 588, 889, 604)), ('□', t, (38, 596, 57, 612)), ('CV-2520', t, (72, 594, 133, 614)),
    ('12 Bennett Street, Bath BA1 2QL', t, (316, 597, 520, 613)), ('Cardiff CF10', t, (548, 596, 630, 613)),
    ('Survey booked', t, (1004, 592, 1100, 616)), ('07700 900820', t, (147, 605, 230, 622)),
    ('Jon Vane', t, (780, 606, 836, 623)), ('Nina Kowalski', t, (147, 641, 242, 655)),
    ('Flat 3, 14 Great Pulteney Street,', t, (315, 639, 514, 656)), ('Tue 22 Apr 11:00', t, (780, 639, 887, 656)),
    ('□', t, (39, 648, 57, 665)), ('CV-2524', t, (73, 649, 132, 666)), ('CV-2524', t, (76, 656, 131, 665)),
    ('London SE', t, (546, 647, 622, 667)), ('Survey booked', t, (1004, 645, 1100, 669)),
    ('07700 900824', t, (147, 658, 230, 675)), ('07700 900824', t, (147, 658, 230, 675)),
    ('Bath BA2 4BR', t, (314, 656, 409, 676)), ('Amy Carter', t, (779, 657, 848, 677)),
    ('CV-2521', t, (73, 701, 134, 719)), ('Karen Bell', t, (148, 694, 220, 711)),
    ('7 Market Place, Chippenham SN15', t, (316, 693, 533, 710)), ('Tue 22 Apr 14:00', t, (780, 693, 888, 710)),
    ('Bath (renting, TBC', t, (547, 702, 679, 719)), ('Survey booked', t, (1008, 703, 1096, 719)),
    ('⋯', t, (1220, 285, 1234, 287)), ('⋯', t, (1220, 338, 1234, 340)), ('⋯', t, (1220, 391, 1234, 393)),
    ('⋯', t, (1220, 444, 1234, 446)), ('⋯', t, (1220, 497, 1234, 499)), ('⋯', t, (1220, 551, 1234, 553)),
    ('⋯', t, (1220, 604, 1234, 606)), ('⋯', t, (1220, 657, 1234, 659)), ('⋯', t, (1220, 711, 1234, 713)),
    ('14 Apr 2025 - Office: Rebecca Customer, address, postcode...', i, (878, 72, 1131, 108)),
    ('Survey booked (11)', i, (236, 117, 383, 150)), ('Survey to YYYY-MM-DD', i, (466, 168, 587, 204)),
    ('Survey from YYYY-MM-DD', i, (282, 168, 403, 204)),
    ('14 Apr 2025 - Office: Rebecca + New enquiry', i, (1138, 72, 1255, 107)),
    ('Survey from Anyone', i, (92, 169, 204, 203)), ('Storage Completed (4)', i, (580, 117, 695, 150)),
    ('Rates Cancelled (1)', i, (698, 117, 807, 150)), ('Moves All open (25)', i, (26, 117, 134, 149)),
    ('Crews & vehicles Booked (8)', i, (482, 117, 577, 150)), ('Enquiry (2)', i, (138, 117, 233, 150)),
    ('Crews & vehicles Quoted (4)', i, (386, 117, 479, 150)), ('Diary Moves', i, (314, 9, 382, 45)),
    ('All (30)', i, (810, 117, 882, 150)), ('Tue 22 Apr 11:00 Survey booked', i, (1004, 647, 1100, 669)),
    ('Tue 22 Apr 10:00 Survey booked', i, (1004, 594, 1100, 616)),
    ('Fri 18 Apr 10:00 Survey booked', i, (1004, 541, 1100, 563)),
    ('Thu 17 Apr 14:00 Survey booked', i, (1004, 434, 1100, 456)),
    ('Wed 16 Apr 14:00 Survey booked', i, (1004, 328, 1100, 350)), ('Stage Survey booked', i, (1004, 275, 1100, 297)),
    ('Thu 17 Apr Booked', i, (1004, 487, 1062, 509)), ('Wed 16 Apr Booked', i, (1004, 381, 1062, 403)),
    ('', c, (25, 16, 116, 41)), ('Carter & Vane removals & storage', c, (119, 18, 133, 32)),
    ('+ New enquiry', c, (1153, 85, 1162, 94)), ('CV-2517', c, (40, 276, 55, 291)),
    ('— TBC', c, (641, 279, 697, 290)), ('2 Mill Lane, Bradford-on-Avon', c, (550, 376, 559, 387)),
    ('CV-2505', c, (40, 383, 55, 398)), ('CV-2527', c, (40, 436, 55, 451)), ('CV-2506', c, (40, 489, 55, 504)),
    ('6 Royal Crescent Mews, Bath BA1', c, (318, 536, 327, 547)), ('CV-2519', c, (40, 543, 55, 558)),
    ('CV-2520', c, (40, 596, 55, 611)), ('CV-2524', c, (40, 649, 55, 664)),
    ('7 Market Place, Chippenham SN15', c, (318, 696, 327, 707)), ('CV-2521', c, (40, 703, 55, 718))]
FOUND = [('Carter & Vane removals & storage', t, (60, 16, 292, 36)), ('Moves', t, (322, 18, 374, 36)),
    ('Diary', t, (390, 17, 433, 37)), ('Crews & vehicles', t, (452, 19, 570, 35)), ('Storage', t, (587, 17, 645, 37)),
    ('Rates', t, (664, 18, 708, 36)), ('14 Apr 2025 - Office: Rebecca', t, (1092, 18, 1257, 34)),
    ('Moves', t, (21, 76, 95, 103)), ('Bianchil', t, (882, 75, 942, 104)), ('x', t, (1102, 80, 1120, 99)),
    ('+ New enquiry', t, (1150, 80, 1242, 101)), ('All open (25)', t, (35, 123, 123, 143)),
    ('Enquiry (2)', t, (147, 122, 222, 145)), ('Survey booked (11)', t, (248, 123, 372, 143)),
    ('Quoted (4)', t, (396, 123, 469, 144)), ('Booked (8)', t, (491, 121, 566, 144)),
    ('Completed (4)', t, (591, 121, 685, 145)), ('Cancelled (1)', t, (706, 119, 797, 145)),
    ('All (30)', t, (816, 119, 873, 147)), ('Surveyor', t, (34, 177, 88, 195)), ('Anyone', t, (101, 175, 157, 198)),
    ('V', t, (186, 179, 199, 191)), ('Survey from', t, (205, 175, 279, 195)), ('YYYY-MM-DD', t, (296, 175, 382, 196)),
    ('Survey to', t, (405, 175, 465, 196)), ('YYYY-MM-DD', t, (472, 175, 567, 196)), ('□', t, (36, 228, 59, 250)),
    ('Ref', t, (72, 229, 101, 249)), ('Customer', t, (156, 229, 219, 249)), ('From', t, (346, 230, 383, 248)),
    ('To', t, (591, 231, 612, 248)), ('Survey', t, (853, 228, 901, 249)), ('Move date', t, (922, 230, 983, 247)),
    ('Stage', t, (1023, 229, 1063, 250)), ('Quote', t, (1107, 227, 1150, 250)), ('□', t, (38, 275, 57, 291)),
    ('CV-2514', t, (73, 275, 132, 292)), ('Marco & Giulia Bianchi', t, (157, 268, 309, 284)),
    ('4 Lyncombe Vale, Bath BA2 4LS', t, (348, 276, 547, 292)),
    ('27 High Street, Marlborough SN8 1LW', t, (592, 273, 828, 294)), ('Mon 28 Apr', t, (922, 271, 1000, 297)),
    ('£1,680.00', t, (1120, 275, 1185, 292)), ('Quoted', t, (1028, 274, 1083, 295)),
    ('07700 900814', t, (158, 286, 238, 300)), ('⋯', t, (1213, 284, 1227, 286)),
    ('Surveyor □', i, (25, 222, 1255, 312)), ('14 Apr 2025 - Office: Rebecca Bianchil', i, (876, 70, 1131, 108)),
    ('Survey booked (11)', i, (236, 117, 383, 150)), ('Survey to YYYY-MM-DD', i, (466, 168, 587, 204)),
    ('Survey from YYYY-MM-DD', i, (282, 168, 403, 204)),
    ('14 Apr 2025 - Office: Rebecca + New enquiry', i, (1138, 72, 1255, 107)),
    ('Survey from Anyone', i, (92, 169, 204, 203)), ('Storage Completed (4)', i, (580, 117, 695, 150)),
    ('Rates Cancelled (1)', i, (698, 117, 807, 150)), ('Moves All open (25)', i, (26, 117, 134, 149)),
    ('Crews & vehicles Booked (8)', i, (482, 117, 577, 150)), ('Enquiry (2)', i, (138, 117, 233, 150)),
    ('Crews & vehicles Quoted (4)', i, (386, 117, 479, 150)), ('Diary Moves', i, (314, 9, 382, 45)),
    ('All (30)', i, (810, 117, 882, 150)), ('Quoted', i, (1027, 274, 1083, 296)), ('', c, (25, 16, 116, 41)),
    ('Carter & Vane removals & storage', c, (119, 18, 133, 32)), ('Surveyor', c, (40, 275, 55, 290)),
    ('4 Lyncombe Vale, Bath BA2 4LS', c, (349, 278, 358, 289))]
BOOK = [('Book CV-2514 — Marco & Giulia Bianchi', t, (385, 54, 716, 74)), ('×', t, (871, 56, 889, 74)),
    ('Move on 28 Apr 2025 · 18t pantechnicon, 4 porters · quote £1,680.00', t, (383, 118, 805, 139)),
    ('Deposit received (£)', t, (384, 150, 505, 170)), ('Paid by', t, (554, 148, 607, 171)),
    ('Paid on', t, (729, 151, 779, 169)), ('420.00', t, (392, 180, 444, 201)), ('– choose', t, (576, 178, 641, 199)),
    ('V', t, (704, 182, 719, 195)), ('2025-04-14', t, (739, 182, 814, 199)), ('Team lead', t, (383, 215, 451, 236)),
    ('-choose', t, (413, 246, 470, 264)), ('Cancel', t, (729, 335, 778, 353)), ('Book move', t, (806, 334, 881, 354)),
    ('Cancel', i, (370, 314, 910, 372)), ('Paid by -choose', i, (387, 239, 894, 273)),
    ('2025-04-14', i, (731, 173, 894, 209)), ('420.00', i, (387, 173, 550, 209)),
    ('Paid by – choose', i, (559, 173, 722, 207)), ('Book move', i, (795, 326, 893, 361)),
    ('Cancel', i, (717, 326, 790, 362))]
BOOK_FILLED = [('Book CV-2514 — Marco & Giulia Bianchi', t, (385, 54, 716, 74)), ('×', t, (871, 56, 889, 74)),
    ('Move on 28 Apr 2025 · 18t pantechnicon, 4 porters · quote £1,680.00', t, (383, 118, 805, 139)),
    ('Deposit received (£)', t, (384, 150, 505, 170)), ('Paid by', t, (554, 147, 607, 171)),
    ('Paid on', t, (729, 151, 779, 169)), ('420.00', t, (392, 180, 444, 201)),
    ('Bank transfer', t, (570, 179, 659, 200)), ('V', t, (704, 182, 719, 195)),
    ('2025-04-14', t, (739, 182, 814, 199)), ('Team lead', t, (383, 215, 451, 236)),
    ('Dave Marsh', t, (396, 246, 479, 266)), ('V', t, (876, 247, 890, 262)), ('Cancel', t, (729, 335, 778, 353)),
    ('Book move', t, (806, 334, 881, 354)), ('Cancel', i, (370, 314, 910, 372)),
    ('Paid by Dave Marsh', i, (385, 237, 895, 274)), ('2025-04-14', i, (731, 173, 894, 209)),
    ('420.00', i, (387, 173, 550, 209)), ('Paid by Bank transfer', i, (559, 173, 722, 207)),
    ('Book move', i, (795, 326, 893, 361)), ('Cancel', i, (717, 326, 790, 362))]
TO_BOOK = [("type", (1004.5, 90.0)), ("click", (1220.0, 285.0)), ("click", (1127.5, 425.0))]


def test_a_couple_who_accepted_a_quote_are_searched_by_surname_and_booked_with_the_crew_named():
    """"Mr and Mrs Bianchi have accepted our quote …" on a list not showing them: their surname is typed into the
    list's search (not "Mr and Mrs Bianchi", nor "and Mrs Bianchi"); the row found has its menu opened though "Dave's
    crew" names the bar's "Crews & vehicles"; in the booking dialog "by bank transfer" goes under "Paid by", not
    "Paid on", and "Dave's crew" under "Team lead"; then "Book move" beside its Cancel."""
    from tilepilot.model.embedded.fields import name_search, owner_choice, paid_way, told_commit
    from tilepilot.model.embedded.order import resolved, story_row

    f, _ = _page(MOVES)
    assert name_search(f, resolved(BOOKED_TOLD), True, BOOKED_TOLD) == (_at(f, (878, 72, 1131, 108)), "Bianchi")
    f, _ = _page(FOUND, TO_BOOK[:1])
    assert story_row(f, BOOKED_TOLD) == _at(f, (1213, 284, 1227, 286))
    f, _ = _page(BOOK, TO_BOOK)
    assert paid_way(f, BOOKED_TOLD) == (_at(f, (559, 173, 722, 207)), "bank transfer")
    assert owner_choice(f, BOOKED_TOLD) == (_at(f, (387, 239, 894, 273)), "Dave")
    f, _ = _page(BOOK_FILLED, TO_BOOK + [("type", (640.5, 190.0)), ("type", (640.5, 256.0))])
    assert told_commit(f, BOOKED_TOLD) == _at(f, (806, 334, 881, 354))



OKAFORS_TOLD = ("The Okafors have decided they'd like us to do all of their packing after all, not just the fragiles,"
                " and they can't get the keys until the Friday now, so their move goes back a day, to Friday 2 May. "
                "They'd also like us to take down and put back up their wardrobes and beds.")
OKAFOR_MENU = [('From', t, (328, 230, 365, 248)), ('To', t, (589, 231, 610, 248)), ('□', t, (38, 275, 57, 291)),
    ('Emeka & Joy Okafor', t, (156, 267, 292, 283)), ('12 Mead Lane, Saltford BS31 3ER', t, (590, 273, 803, 293)),
    ('Thu 1 May', t, (915, 264, 983, 287)), ('£885.00', t, (1130, 265, 1189, 286)),
    ('CV-2510', t, (74, 275, 132, 292)), ('31 Newbridge Road, Bath BA1 3HE', t, (329, 276, 548, 292)),
    ('Lee Ashton', t, (917, 283, 983, 300)), ('Booked', t, (1014, 272, 1072, 296)),
    ('07700 900810', t, (158, 286, 238, 300)), ('paid £221.25', t, (1110, 282, 1188, 303)),
    ('Open', t, (1030, 312, 1076, 337)), ('Book survey...', t, (1032, 347, 1125, 368)),
    ('Record survey & quote...', t, (1035, 383, 1188, 399)),
    ('Accept quote & take deposit...', t, (1035, 417, 1220, 433)), ('Take payment...', t, (1035, 450, 1136, 467)),
    ('Mark completed', t, (1034, 483, 1135, 500)), ('Cancel move...', t, (1033, 524, 1130, 544)),
    ('⋯', t, (1213, 284, 1227, 286)), ('Thu 1 May Booked', i, (1015, 274, 1073, 297)),
    ('CV-2510', c, (40, 275, 55, 290)), ('Thu 1 May Booked', c, (1019, 270, 1237, 557))]
OKAFOR = [('Carter & Vane removals & storage', t, (60, 16, 292, 36)), ('Moves', t, (322, 18, 374, 36)),
    ('Diary', t, (390, 17, 433, 37)), ('Crews & vehicles', t, (452, 19, 570, 35)), ('Storage', t, (587, 17, 645, 37)),
    ('Rates', t, (664, 18, 708, 36)), ('14 Apr 2025 - Office: Rebecca', t, (1092, 18, 1257, 34)),
    ('← All moves', t, (35, 76, 115, 96)), ('Emeka & Joy OkaforCV-2510', t, (23, 111, 288, 137)),
    ('Booked', t, (304, 111, 353, 137)), ('Move date', t, (40, 168, 107, 188)),
    ('1 May 2025', t, (180, 169, 256, 186)), ('Customer', t, (369, 185, 437, 199)), ('Move', t, (456, 183, 496, 200)),
    ('Services', t, (517, 185, 573, 199)), ('Payments', t, (595, 185, 659, 199)), ('Survey', t, (41, 193, 86, 211)),
    ('Team lead', t, (40, 213, 106, 236)), ('Lee Ashton', t, (179, 214, 254, 234)),
    ('Customer name', t, (354, 220, 454, 242)), ('Phone', t, (652, 223, 696, 241)),
    ('Email', t, (949, 222, 988, 241)), ('Quote', t, (42, 240, 80, 259)), ('£885.00', t, (180, 239, 234, 257)),
    ('£221.25', t, (180, 262, 235, 280)), ('Emeka & Joy Okafor', t, (363, 251, 497, 274)),
    ('07700 900810', t, (663, 254, 754, 271)), ('emeka.okafor@example.com', t, (957, 253, 1141, 273)),
    ('Paid', t, (40, 263, 72, 282)), ('Source', t, (41, 288, 86, 306)), ('Phone', t, (178, 285, 226, 306)),
    ('Notes', t, (354, 287, 397, 309)), ('Keys from the agent on completion day.', t, (365, 319, 608, 339)),
    ('Save changes', t, (371, 428, 462, 445)), ('Quote on saving: £885.00', t, (480, 427, 622, 444)),
    ('⋯', t, (1231, 124, 1245, 126)), ('Notes Keys from the agent on completion day.', i, (358, 311, 1239, 386)),
    ('Email emeka.okafor@example.com', i, (951, 245, 1239, 281)),
    ('Customer name Emeka & Joy Okafor', i, (358, 245, 646, 281)), ('Phone 07700 900810', i, (655, 245, 942, 281)),
    ('Quote on saving: £885.00 Save changes', i, (358, 418, 474, 454)), ('← All moves', i, (25, 72, 122, 101)),
    ('Diary Moves', i, (314, 9, 382, 45)), ('Emeka & Joy OkaforCV-2510 Booked', i, (297, 114, 354, 136)),
    ('', c, (25, 16, 116, 41)), ('Carter & Vane removals & storage', c, (119, 18, 133, 32))]
OKAFOR_MOVE = [('Carter & Vane removals & storage', t, (60, 16, 292, 36)), ('Moves', t, (322, 18, 374, 36)),
    ('Diary', t, (390, 17, 433, 37)), ('Crews & vehicles', t, (452, 19, 570, 35)), ('Storage', t, (587, 17, 645, 37)),
    ('Rates', t, (664, 18, 708, 36)), ('14 Apr 2025 - Office: Rebecca', t, (1092, 18, 1257, 34)),
    ('← All moves', t, (35, 76, 115, 96)), ('Emeka & Joy OkaforCV-2510', t, (23, 111, 288, 137)),
    ('Booked', t, (304, 111, 353, 137)), ('Move date', t, (40, 168, 107, 188)),
    ('1 May 2025', t, (180, 169, 256, 186)), ('Customer', t, (370, 185, 432, 199)), ('Move', t, (450, 182, 494, 201)),
    ('Services', t, (513, 185, 569, 199)), ('Payments', t, (590, 184, 657, 201)), ('Survey', t, (41, 193, 86, 211)),
    ('Team lead', t, (40, 213, 106, 236)), ('Lee Ashton', t, (179, 214, 254, 234)),
    ('Moving from', t, (355, 222, 434, 242)), ('Moving to', t, (799, 220, 865, 243)),
    ('Quote', t, (42, 240, 80, 259)), ('£885.00', t, (180, 239, 234, 257)), ('£221.25', t, (180, 262, 235, 280)),
    ('31 Newbridge Road, Bath BA1 3HE', t, (366, 254, 585, 271)),
    ('12 Mead Lane, Saltford BS31 3ER', t, (811, 254, 1023, 271)), ('Paid', t, (40, 263, 72, 282)),
    ('Source', t, (41, 288, 86, 306)), ('Phone', t, (178, 285, 226, 306)), ('Move date', t, (357, 316, 420, 330)),
    ('Days', t, (578, 315, 614, 334)), ('Vehicle', t, (799, 312, 850, 333)), ('Porters', t, (1024, 316, 1071, 330)),
    ('2025-05-01', t, (366, 345, 441, 362)), ('1', t, (588, 346, 601, 362)), ('7.5t box', t, (813, 342, 871, 363)),
    ('V', t, (1000, 345, 1012, 359)), ('3', t, (1033, 346, 1046, 363)), ('Team lead', t, (355, 379, 421, 399)),
    ('Lee Ashton', t, (369, 409, 445, 429)), ('Save changes', t, (371, 472, 462, 489)),
    ('Quote on saving: £885.00', t, (479, 470, 622, 488)), ('⋯', t, (1231, 124, 1245, 126)),
    ('Moving to 12 Mead Lane, Saltford BS31 3ER', i, (803, 245, 1239, 301)),
    ('Moving from 31 Newbridge Road, Bath BA1 3HE', i, (358, 245, 794, 301)),
    ('Move date 2025-05-01', i, (358, 336, 572, 372)), ('Porters 3', i, (1026, 336, 1239, 372)),
    ('Days 1', i, (581, 336, 794, 372)), ('Vehicle 7.5t box', i, (803, 336, 1017, 370)),
    ('Quote on saving: £885.00 Save changes', i, (358, 462, 474, 497)), ('← All moves', i, (25, 72, 122, 101)),
    ('Diary Moves', i, (314, 9, 382, 45)), ('Emeka & Joy OkaforCV-2510 Booked', i, (297, 114, 354, 136)),
    ('', c, (25, 16, 116, 41)), ('Carter & Vane removals & storage', c, (119, 18, 133, 32))]
TO_OKAFORS = [("type", (1004.5, 90.0)), ("click", (1220.0, 285.0))]


def test_a_family_told_by_plural_surname_has_its_move_opened_not_cancelled_and_its_date_moved():
    """"The Okafors have decided …" types "Okafor" into the list's search; their row's menu read by meaning
    leans to "Cancel move…" (the story speaks of their move) but never says cancel: the record's "Open" instead;
    on the record "their move" names the tab "Move" (short, but owned), and "their move goes back a day, to Friday
    2 May" types 2025-05-02 over "Move date [2025-05-01]"."""
    from test_story_menus import _meant

    from tilepilot.model.embedded.fields import name_search, worded_date
    from tilepilot.model.embedded.order import menu_entry, record_tab, resolved

    f, _ = _page(MOVES)
    assert name_search(f, resolved(OKAFORS_TOLD), True, OKAFORS_TOLD) == (_at(f, (878, 72, 1131, 108)), "Okafor")
    f, _ = _page(OKAFOR_MENU, TO_OKAFORS)
    assert menu_entry(_meant(f, OKAFORS_TOLD), OKAFORS_TOLD, OKAFORS_TOLD, "type", 10**6) \
        == _at(f, (1030, 312, 1076, 337))
    f, _ = _page(OKAFOR, TO_OKAFORS + [("click", (1053.0, 324.5))])
    assert record_tab(f, resolved(OKAFORS_TOLD)) == _at(f, (456, 183, 496, 200))
    f, _ = _page(OKAFOR_MOVE, TO_OKAFORS + [("click", (1053.0, 324.5)), ("click", (476.0, 191.5))])
    assert worded_date(f, OKAFORS_TOLD) == (_at(f, (358, 336, 572, 372)), "2025-05-02")
