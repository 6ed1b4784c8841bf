"""Rules written from the thirtieth blind set (blind30) on a shop's settings told in prose: "From Monday we're
opening at half past nine instead of ten, and we're giving up Sunday opening altogether. The rag merchant's
paying 45p a kilo now, too. Oh, and Brian's offered to take the van out on Wednesdays, so we can do furniture
collections that day as well." Each page here is the geometry the model saw (OCR texts as found)."""

import numpy as np
from conftest import cut_page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]

HOURS = ("From Monday we're opening at half past nine instead of ten, and we're giving up Sunday opening altogether. "
         "The rag merchant's paying 45p a kilo now, too. Oh, and Brian's offered to take the van out on Wednesdays, "
         "so we can do furniture collections that day as well.")
TICKED = [(46, 226, 61, 241), (337, 333, 352, 348), (46, 356, 61, 371), (627, 356, 642, 371)]


def _page(cands, hist=(), ticked=()):
    """The cut page, with no word of the task matched by a typing, and the boxes ``ticked`` inked."""
    f, ix = cut_page(cands, hist)
    f.ins_off, f.hist_match = np.zeros((0, 2)), np.zeros((len(hist), 0))
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c and tuple(int(v) for v in f.cand_box[q]) in ticked:
            f.cand_crop[q][5:11, 5:11] = 30
    return f, ix


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)

SHOP00 = [("★St Wilfrid's Hospice Shop Ripon", t, (24, 20, 316, 40)), ('Rota', t, (344, 21, 380, 39)),
    ('Volunteers', t, (399, 21, 471, 38)), ('Donations', t, (488, 21, 576, 38)),
    ('Furniture collections', t, (573, 19, 703, 40)), ('Gift Aid donors', t, (728, 19, 820, 40)),
    ('Shop settings', t, (845, 19, 930, 40)), ('Sat 12 Apr · manager: Lynne', t, (1102, 21, 1258, 38)),
    ('Rota1 unfilled shift from today', t, (21, 78, 214, 98)), ('Volunteers Rota', i, (335, 13, 389, 47)),
    ("★St Wilfrid's Hospice Shop Ripon", c, (24, 20, 44, 39))]
SHOP01 = [("★St Wilfrid's Hospice Shop Ripon", t, (24, 20, 314, 40)), ('R', t, (344, 21, 359, 39)),
    ('Rota', t, (346, 22, 382, 37)), ('Volunteers', t, (398, 21, 471, 38)), ('Donations', t, (489, 23, 558, 37)),
    ('Furniture collections', t, (573, 21, 728, 39)), ('Gift Aid donors', t, (722, 22, 823, 39)),
    ('Shop settings', t, (840, 21, 932, 41)), ('Sat 12 Apr · manager: Lynne', t, (1102, 21, 1258, 38)),
    ('Shop settings', t, (19, 73, 160, 103)), ('Opening hours', t, (40, 131, 152, 151)),
    ('Opens at (Mon-Sat)', t, (40, 159, 158, 179)), ('Closes at (Mon-Sat)', t, (257, 158, 378, 179)),
    ('Sunday from', t, (475, 159, 556, 179)), ('Sunday until', t, (693, 159, 773, 179)),
    ('10:00 AM', t, (48, 187, 113, 208)), ('04:30 PM', t, (266, 187, 331, 207)),
    ('11:00 AM', t, (484, 188, 549, 208)), ('03:00 PM', t, (701, 187, 767, 208)),
    ('Open on Sundays', t, (43, 224, 172, 244)), ('Furniture collections', t, (39, 301, 194, 322)),
    ('Van collects on Mondays', t, (44, 333, 208, 350)), ('Van collects on Tuesdays', t, (335, 332, 502, 351)),
    ('Van collects on Wednesdays', t, (626, 334, 811, 351)), ('Van collects on Thursdays', t, (47, 353, 218, 374)),
    ('Van collects on Fridays', t, (333, 353, 491, 375)), ('Van collects on Saturdays', t, (637, 352, 797, 375)),
    ('Van collects on Sundays', t, (42, 376, 209, 397)),
    ('Pick-ups per morning or afternoon', t, (39, 403, 244, 424)), ('3', t, (46, 432, 63, 453)),
    ('Rag and Gift Aid', t, (41, 513, 163, 533)), ('Rag merchant pays (£ a kilo)', t, (41, 544, 207, 561)),
    ('0.4', t, (44, 568, 75, 592)), ('Send Gift Aid thank-you letters', t, (498, 565, 677, 585)),
    ('Save settings', t, (32, 657, 117, 680)), ('Send Gift Aid thank-you letters 0.4', i, (42, 564, 498, 597)),
    ('Pick-ups per morning or afternoon 3', i, (42, 427, 487, 460)),
    ('Sunday until 03:00 PM', i, (699, 184, 920, 213)), ('Sunday from 11:00 AM', i, (481, 184, 697, 213)),
    ('Closes at (Mon-Sat) 04:30 PM', i, (263, 184, 479, 213)),
    ('Opens at (Mon-Sat) 10:00 AM', i, (45, 184, 261, 213)), ('Gift Aid donors Shop settings', i, (832, 13, 941, 47)),
    ('Rag merchant pays (£ a kilo) Save settings', i, (23, 651, 128, 685)),
    ("★St Wilfrid's Hospice Shop Ripon", c, (24, 20, 44, 39)), ('', c, (242, 192, 255, 205)),
    ('', c, (460, 192, 473, 205)), ('', c, (678, 192, 691, 205)), ('', c, (896, 192, 909, 205)),
    ('Open on Sundays', c, (46, 226, 61, 241)), ('Van collects on Mondays', c, (46, 333, 61, 348)),
    ('Van collects on Tuesdays', c, (337, 333, 352, 348)), ('Van collects on Wednesdays', c, (627, 333, 642, 348)),
    ('Van collects on Thursdays', c, (46, 356, 61, 371)), ('Van collects on Fridays', c, (337, 356, 352, 371)),
    ('Van collects on Saturdays', c, (627, 356, 642, 371)), ('Van collects on Sundays', c, (46, 379, 61, 394))]


def test_opening_hours_a_day_given_up_a_price_in_pence_and_a_day_added():
    """The hours' change is a standing one ("From Monday we're opening …": "Shop settings"); 09:30 into the box
    under "Opens at (Mon–Sat)" (its label, not "Closes at" starting at the box's right end; "opening" is "Opens",
    nearer the time than "from" of "Sunday from"); 0.45 into "Rag merchant pays (£ a kilo) [0.4]"; "Open on
    Sundays" unticked ("giving up Sunday opening"); then "Van collects on Wednesdays" ticked ("… the van out on
    Wednesdays, so we can do furniture collections that day as well")."""
    from tilepilot.model.embedded.fields import priced_field, told_time
    from tilepilot.model.embedded.order import policy_link, setting_box
    from tilepilot.model.embedded.roles import above_label

    f, _ = _page(SHOP00)
    assert policy_link(f, HOURS) == _at(f, (845, 19, 930, 40))
    assert policy_link(f, HOURS.replace("From Monday we're opening", "We open")) is None
    f, _ = _page(SHOP01, [("click", (887.5, 29.5))], TICKED)
    assert above_label(f, _at(f, (45, 184, 261, 213))) == _at(f, (40, 159, 158, 179))
    assert told_time(f, HOURS) == (_at(f, (45, 184, 261, 213)), "09:30")
    assert priced_field(f, HOURS) == (_at(f, (42, 564, 498, 597)), "0.45")
    assert setting_box(f, HOURS) == _at(f, (46, 226, 61, 241))
    f, _ = _page(SHOP01, [("click", (887.5, 29.5)), ("click", (53.5, 233.5))], TICKED[1:])
    assert setting_box(f, HOURS) == _at(f, (627, 333, 642, 348))
    assert setting_box(f, HOURS.replace("so we can do furniture collections that day as well", "he says")) is None
PARTS04 = [('Wharfedale Office', t, (35, 20, 167, 36)), ('Settings', t, (226, 15, 315, 47)),
    ('Systems', t, (34, 40, 102, 62)), ('Charges (customers without a Gold contract)', t, (247, 72, 576, 95)),
    ('Service calls', t, (21, 85, 105, 102)), ('Labour (£ an hour)', t, (247, 100, 360, 124)),
    ('Call-out fee, no contract (£)', t, (539, 101, 700, 123)),
    ('Quote first for jobs over (£', t, (828, 101, 983, 124)), ("Engineers' diary", t, (20, 120, 126, 139)),
    ('68', t, (253, 127, 280, 152)), ('55', t, (545, 129, 571, 151)), ('250', t, (835, 128, 868, 152)),
    ('Customers & machines', t, (22, 160, 170, 173)), ('Parts', t, (20, 194, 60, 212)),
    ('Response times (working hours)', t, (249, 209, 486, 233)), ('Settings', t, (19, 230, 78, 251)),
    ('Gold contract (hours)', t, (247, 239, 376, 261)), ('Silver contract (hours)', t, (537, 239, 673, 263)),
    ('No contract (hours)', t, (828, 240, 947, 260)), ('4', t, (254, 268, 272, 287)), ('8', t, (543, 266, 563, 289)),
    ('24', t, (836, 267, 861, 288)), ('Working', t, (245, 346, 314, 373)),
    ('Engineers work Saturdays', t, (252, 379, 430, 400)),
    ('Meter readings due on day of the month', t, (248, 410, 481, 430)), ('1', t, (253, 436, 273, 460)),
    ('Save settings', t, (241, 527, 327, 547)), ('Settings saved', t, (1158, 674, 1249, 691)),
    ('No contract (hours) 24', i, (834, 265, 1128, 293)),
    ('Quote first for jobs over (£ 250', i, (834, 127, 1128, 155)),
    ('Silver contract (hours) 4', i, (253, 265, 542, 293)), ('Labour (£ an hour) 68', i, (253, 127, 542, 155)),
    ('Silver contract (hours) 8', i, (544, 265, 832, 293)),
    ('Quote first for jobs over (£ 55', i, (544, 127, 832, 155)), ('Parts Settings', i, (11, 222, 199, 259)),
    ('Settings saved', i, (1144, 662, 1264, 704)), ('1 Save settings', i, (231, 520, 339, 555)),
    ('Systems', c, (11, 27, 30, 49)), ('Engineers work Saturdays', c, (254, 382, 269, 397))]
PARTS05 = [('Wharfedale Office', t, (35, 20, 167, 36)), ('Parts 3 need reordering', t, (228, 21, 389, 44)),
    ('+ Add part', t, (1180, 24, 1248, 41)), ('Parts', t, (231, 32, 288, 42)), ('Systems', t, (34, 40, 102, 62)),
    ('Part', t, (235, 64, 272, 87)), ('Fits', t, (486, 67, 516, 87)), ('Price', t, (775, 66, 814, 88)),
    ('In stock', t, (864, 67, 916, 85)), ('Reorder at', t, (949, 66, 1018, 86)),
    ('Waiting calls', t, (1056, 68, 1134, 85)), ('Service calls', t, (21, 85, 105, 102)),
    ('Fuser unit FK-8350', t, (236, 95, 361, 116)), ('Kyocera TASKalfa 2554ci / 3554ci', t, (488, 103, 690, 126)),
    ('PA-01', t, (236, 113, 280, 135)), ('£189.00', t, (799, 107, 852, 125)), ('2', t, (923, 107, 939, 126)),
    ('1', t, (1028, 107, 1044, 126)), ('Edit', t, (1187, 105, 1221, 129)),
    ("Engineers' diary", t, (19, 118, 127, 140)), ('Drum unit D0BQ (Ricoh)', t, (236, 143, 395, 168)),
    ('SC-4418', t, (1049, 154, 1114, 174)), ('Customers & machines', t, (22, 158, 172, 174)),
    ('PA-02', t, (236, 162, 280, 184)), ('Ricoh IM C2000 / C3000', t, (488, 156, 635, 173)),
    ('£145.00', t, (799, 156, 852, 174)), ('0', t, (925, 157, 937, 172)), ('Edit', t, (1185, 154, 1221, 178)),
    ('Parts', t, (20, 194, 61, 212)), ('Transfer belt FM1-N280', t, (237, 195, 387, 215)),
    ('Canon iR-ADV C38xx', t, (488, 205, 619, 222)), ('£210.00', t, (799, 205, 852, 223)),
    ('1', t, (925, 207, 937, 222)), ('1', t, (1028, 205, 1044, 224)), ('Edit', t, (1187, 203, 1221, 227)),
    ('PA-03', t, (236, 212, 280, 234)), ('Settings', t, (19, 228, 79, 251)),
    ('Pickup roller kit', t, (235, 243, 343, 266)), ('Most A4/A3 copiers', t, (486, 252, 606, 274)),
    ('PA-04', t, (236, 261, 280, 283)), ('£24.00', t, (806, 255, 853, 273)), ('12', t, (915, 254, 940, 275)),
    ('4', t, (1030, 256, 1043, 272)), ('Edit', t, (1183, 251, 1224, 279)),
    ('Toner TK-8345K black', t, (237, 292, 381, 313)), ('PA-05', t, (236, 310, 280, 332)),
    ('Kyocera TASKalfa 2554ci', t, (488, 305, 639, 321)), ('£42.00', t, (806, 304, 853, 322)),
    ('9', t, (922, 302, 939, 324)), ('3', t, (1030, 305, 1043, 321)), ('Edit', t, (1187, 302, 1221, 326)),
    ('Toner C-EXV 49 black', t, (235, 340, 380, 364)), ('Canon iR-ADV C33xx/C38xx', t, (489, 349, 662, 373)),
    ('£55.00', t, (805, 351, 854, 372)), ('3', t, (1028, 352, 1044, 371)), ('PA-06', t, (236, 358, 280, 382)),
    ('6', t, (925, 354, 938, 370)), ('Edit', t, (1180, 348, 1225, 380)),
    ('Waste toner box FM1-A606', t, (235, 390, 410, 413)), ('PA-07', t, (237, 408, 279, 430)),
    ('Canon iR-ADV', t, (488, 402, 578, 419)), ('£18.00', t, (806, 402, 853, 420)), ('7', t, (924, 401, 939, 421)),
    ('2', t, (1030, 403, 1043, 420)), ('Edit', t, (1187, 400, 1221, 424)),
    ('Staple cartridge J1', t, (237, 441, 362, 462)), ('Canon finishers', t, (488, 452, 582, 469)),
    ('£22.00', t, (806, 452, 852, 470)), ('10', t, (916, 451, 939, 471)), ('3', t, (1030, 453, 1043, 469)),
    ('Edit', t, (1183, 448, 1224, 476)), ('PA-08', t, (237, 459, 280, 480)),
    ('Fuser unit (Ricoh IM 430)', t, (237, 489, 400, 512)), ('Ricoh IM 430F', t, (488, 501, 578, 518)),
    ('£165.00', t, (799, 501, 852, 519)), ('1', t, (925, 503, 937, 518)), ('1', t, (1028, 501, 1044, 521)),
    ('Edit', t, (1187, 499, 1221, 523)), ('PA-09', t, (237, 508, 279, 529)),
    ('Toner TK-5280K black', t, (238, 538, 381, 560)), ('PA-10', t, (236, 556, 280, 578)),
    ('Kyocera ECOSYS M6235/P6235', t, (488, 550, 683, 568)), ('£65.00', t, (806, 550, 853, 568)),
    ('4', t, (925, 551, 938, 567)), ('2', t, (1030, 551, 1043, 568)), ('Edit', t, (1186, 548, 1221, 572)),
    ('Settings saved', t, (1158, 674, 1249, 691)), ('Toner TK-5280K black', i, (232, 536, 1258, 585)),
    ('Toner C-EXV 49 black', i, (232, 339, 1258, 387)),
    ('Customers & machines Drum unit D0BQ (Ricoh)', i, (232, 142, 1258, 190)),
    ('Fuser unit (Ricoh IM 430)', i, (232, 487, 1258, 534)), ('Staple cartridge J1', i, (232, 438, 1258, 485)),
    ('Waste toner box FM1-A606', i, (232, 389, 1258, 436)), ('Toner TK-8345K black', i, (232, 290, 1258, 337)),
    ('Settings Pickup roller kit', i, (232, 241, 1258, 288)),
    ('Settings Transfer belt FM1-N280', i, (232, 192, 1258, 239)),
    ('Price Fuser unit FK-8350', i, (232, 93, 1258, 140)), ("Engineers' diary Parts", i, (11, 185, 199, 222)),
    ('Settings saved', i, (1144, 662, 1264, 704)), ('+ Add part', i, (1169, 15, 1259, 50)),
    ('Edit', i, (1180, 545, 1228, 575)), ('Edit', i, (1180, 496, 1228, 526)), ('Edit', i, (1180, 397, 1228, 427)),
    ('Edit', i, (1180, 348, 1228, 378)), ('Edit', i, (1180, 299, 1228, 329)), ('Edit', i, (1180, 200, 1228, 230)),
    ('Edit', i, (1180, 151, 1228, 181)), ('Edit', i, (1180, 102, 1228, 132)), ('Edit', i, (1180, 447, 1228, 476)),
    ('Edit', i, (1180, 250, 1228, 279)), ('Systems', c, (11, 27, 30, 49)), ('', c, (1033, 159, 1041, 170))]
PARTS06 = [('Add part', t, (384, 42, 463, 66)), ('Part name', t, (382, 87, 451, 110)),
    ('Fits', t, (383, 151, 414, 171)), ('Price (£)', t, (382, 212, 441, 236)), ('In stock', t, (555, 214, 611, 235)),
    ('Reorder at', t, (727, 214, 797, 234)), ('1', t, (736, 243, 752, 263)), ('Cancel', t, (750, 328, 796, 345)),
    ('Add part', t, (825, 328, 882, 345)), ('Toner C-EXV 49 blac Cancel', i, (370, 310, 910, 365)),
    ('Parts 3 need reorder Add part', i, (370, 30, 911, 79)), ('', i, (390, 177, 910, 205)),
    ('', i, (390, 115, 910, 143)), ('1', i, (734, 240, 910, 267)), ('In stock', i, (562, 240, 732, 267)),
    ('In stock', i, (390, 240, 560, 267)), ('Add part', i, (814, 319, 893, 354)), ('Cancel', i, (737, 319, 809, 355)),
    ('', c, (874, 48, 886, 60))]
PARTS07 = [('Add part', t, (384, 42, 463, 66)), ('Part name', t, (383, 89, 451, 110)),
    ('cyan TK-5280 toner', t, (388, 112, 518, 141)), ('Fits', t, (381, 149, 415, 173)),
    ('Price (£)', t, (381, 210, 443, 238)), ('In stock', t, (555, 214, 611, 235)),
    ('Reorder at', t, (727, 214, 797, 234)), ('1', t, (736, 243, 752, 263)), ('Cancel', t, (750, 328, 796, 345)),
    ('Add part', t, (825, 328, 882, 345)), ('Toner C-EXV 49 blac Cancel', i, (370, 310, 910, 365)),
    ('Parts 3 need reorder Add part', i, (370, 30, 911, 79)), ('', i, (390, 177, 910, 205)),
    ('cyan TK-5280 toner', i, (390, 115, 909, 143)), ('1', i, (734, 240, 910, 267)),
    ('In stock', i, (562, 240, 732, 267)), ('In stock', i, (390, 240, 560, 267)),
    ('Add part', i, (814, 319, 893, 354)), ('Cancel', i, (737, 319, 809, 355)), ('', c, (874, 48, 886, 60))]
PARTS08 = [('Add part', t, (384, 42, 463, 66)), ('Part name', t, (383, 89, 451, 110)),
    ('cyan TK-5280 toner', t, (391, 116, 516, 140)), ('Fits', t, (382, 150, 415, 173)),
    ('Price (£)', t, (381, 210, 442, 238)), ('In stock', t, (552, 211, 613, 236)),
    ('Reorder at', t, (727, 214, 797, 234)), ('89', t, (387, 237, 421, 267)), ('é', t, (538, 238, 562, 267)),
    ('1', t, (736, 243, 752, 263)), ('Cancel', t, (750, 328, 796, 345)), ('Add part', t, (825, 328, 882, 345)),
    ('Toner C-EXV 49 blac Cancel', i, (370, 310, 910, 365)), ('Parts 3 need reorder Add part', i, (370, 30, 911, 79)),
    ('', i, (390, 177, 910, 205)), ('cyan TK-5280 toner', i, (390, 115, 910, 143)), ('1', i, (734, 240, 910, 267)),
    ('In stock', i, (562, 240, 732, 267)), ('In stock 89', i, (390, 240, 560, 267)),
    ('Add part', i, (814, 319, 893, 354)), ('Cancel', i, (737, 319, 809, 355)), ('', c, (874, 48, 886, 60))]
PITCH01 = [('Charges', t, (39, 127, 107, 148)), ('Junior discount (%)', t, (38, 154, 158, 176)),
    ('Floodlights (£ an hour)', t, (257, 155, 394, 178)), ('Changing rooms (£ a booking)', t, (475, 152, 657, 181)),
    ('Invoices due (days)', t, (692, 155, 811, 177)), ('50', t, (47, 183, 71, 204)), ('15', t, (264, 183, 289, 204)),
    ('20', t, (481, 183, 507, 205)), ('30', t, (701, 183, 725, 204)),
    ('Late cancellation within (hours)', t, (40, 232, 225, 249)),
    ('Late cancellation fee (%)', t, (257, 228, 404, 251)), ('Open from', t, (475, 230, 544, 251)),
    ('Open until', t, (692, 229, 761, 252)), ('48', t, (48, 259, 70, 276)), ('50', t, (265, 258, 289, 278)),
    ('08:00', t, (486, 256, 529, 279)), ('22:00', t, (705, 257, 747, 279)),
    ('Open until 22:00', i, (696, 252, 905, 284)), ('Invoices due (days) 30', i, (699, 181, 920, 209)),
    ('Late cancellation fee (%) 50', i, (263, 255, 480, 283)),
    ('Late cancellation fee (%) 48', i, (45, 255, 261, 283)),
    ('Changing rooms (£ a booking) 20', i, (481, 181, 697, 209)),
    ('Changing rooms (£ a booking) 15', i, (263, 181, 479, 209)),
    ('Floodlights (£ an hour) 50', i, (45, 181, 261, 209)), ('Open from 08:00', i, (481, 255, 684, 281))]

TONER = ("Labour's going up to £68 an hour, and the call-out fee for customers without a contract goes up to £55. "
         "We've also started stocking the cyan TK-5280 toner for the Kyocera ECOSYS printers, at £89 each; six came "
         "in this morning.")
TONER_STEPS = [("click", (49.5, 240.5)), ("type", (397.5, 141.0)), ("type", (688.0, 141.0)), ("click", (284.0, 537.0)),
               ("click", (40.0, 203.0)), ("click", (1214.0, 32.5)), ("type", (650.0, 129.0)), ("type", (475.0, 253.5))]
SEASON = ("The new charges for the season: floodlights go up to £18 an hour, the junior discount comes down to 40 per "
          "cent, and the small-sided 3G goes up to £50 an hour.")


def test_a_thing_newly_stocked_added_after_the_settings_saved():
    """Saved, "We've also started stocking the cyan TK-5280 toner …" goes on to "Parts"; there "+ Add part" (not
    the Edit of the "Toner TK-5280K black" row like it); in its dialog "cyan TK-5280 toner" into "Part name",
    89 into "Price (£)" (its label, not "In stock" starting at that box's right end), then 6 into "In stock";
    nothing of the settings page's typing taken for the dialog's."""
    from tilepilot.model.embedded.fields import rest_new_button, stocked_item
    from tilepilot.model.embedded.order import rest_elsewhere, rest_person, rest_row_edit

    f, _ = _page(PARTS04, TONER_STEPS[:4])
    assert rest_elsewhere(f, TONER) == _at(f, (20, 194, 60, 212))
    assert rest_elsewhere(f, TONER.replace("started stocking", "had a call about")) is None
    f, _ = _page(PARTS05, TONER_STEPS[:5])
    assert rest_row_edit(f, TONER) is None and rest_new_button(f, TONER) == _at(f, (1180, 24, 1248, 41))
    f, _ = _page(PARTS06, TONER_STEPS[:6])
    assert rest_person(f, TONER) is None
    assert stocked_item(f, TONER) == (_at(f, (390, 115, 910, 143)), "cyan TK-5280 toner")
    f, _ = _page(PARTS07, TONER_STEPS[:7])
    assert stocked_item(f, TONER) == (_at(f, (390, 240, 560, 267)), "89")
    f, _ = _page(PARTS08, TONER_STEPS[:8])
    assert stocked_item(f, TONER) == (_at(f, (562, 240, 732, 267)), "6")
    assert stocked_item(f, TONER.replace("six came in", "they come")) is None


def test_a_price_box_labelled_by_the_text_starting_over_it():
    """"floodlights go up to £18 an hour" types 18 into the box under "Floodlights (£ an hour)", whose right end
    the next label, "Changing rooms (£ a booking)", starts over (a text OCR boxed taller, nearer the box)."""
    from tilepilot.model.embedded.fields import priced_field
    from tilepilot.model.embedded.roles import above_label

    f, _ = _page(PITCH01, [("click", (782.0, 25.5))])
    assert above_label(f, _at(f, (263, 181, 479, 209))) == _at(f, (257, 155, 394, 178))
    assert priced_field(f, SEASON) == (_at(f, (263, 181, 479, 209)), "18")
