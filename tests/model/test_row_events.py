"""Rules written from the thirty-first blind set (blind31) on stories telling two things done to a list's rows: a
bike collected and paid for, then the parts another job waited for come in ("Mr Hale's just been in for his Trek
and paid for it on his card. And Jake says the chain he ordered for Mrs Ince's Raleigh turned up with the post, so
her job can get going again."); a party's kit back with one thing damaged, then another customer's payment. Each
page here is the geometry the model saw (OCR texts as found)."""

from conftest import inked_page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]

TREK = ("Mr Hale's just been in for his Trek and paid for it on his card. And Jake says the chain he ordered for Mrs "
        "Ince's Raleigh turned up with the post, so her job can get going again.")
PARTY = ("Lee's back with the van from Saturday's job at the Methodist hall. Everything's come back except that the "
         "Pirate Ship's got a split seam, so it'll have to go off for repair. Oh, and Mrs Mercer has paid the rest of "
         "what she owes for this weekend's party by bank transfer.")


def _page(cands, hist=(), ticked=()):
    """``inked_page`` with the task's words read (a menu's entries are read by meaning once any is)."""
    return inked_page(cands, hist, ticked, read=True)


JOBS = [('0', t, (35, 252, 54, 271)), ('Job', t, (66, 251, 97, 271)), ('Customer', t, (159, 253, 222, 270)),
    ('Bike', t, (303, 252, 336, 271)), ('Work', t, (531, 253, 569, 272)), ('Mechanic', t, (741, 253, 803, 270)),
    ('Due back', t, (829, 253, 890, 270)), ('Price', t, (915, 251, 953, 272)), ('To pay', t, (972, 250, 1023, 273)),
    ('Status', t, (1030, 253, 1076, 271)), ('0', t, (35, 293, 54, 312)), ('WJ-5108', t, (66, 283, 128, 303)),
    ('Ms Grace Holt', t, (159, 286, 249, 303)), ('Basic service', t, (532, 293, 614, 313)),
    ('Pinnacle Lithium 3', t, (304, 295, 416, 312)), ('Jake Kerr', t, (741, 295, 804, 312)),
    ('Tue 10 Jun', t, (829, 295, 902, 312)), ('£45.00', t, (916, 293, 961, 314)),
    ('£45.00', t, (977, 293, 1022, 314)), ('In progress', t, (1035, 294, 1113, 314)),
    ('in Sat 7 Jun', t, (68, 304, 139, 321)), ('01422 555204', t, (159, 304, 243, 321)), ('□', t, (35, 343, 54, 361)),
    ('WJ-5109', t, (67, 333, 129, 353)), ('Mr Raj Gill', t, (158, 334, 227, 354)),
    ('Puncture repair', t, (533, 336, 627, 353)), ('in Mon 9 Jun', t, (67, 351, 146, 371)),
    ('07700 900871', t, (158, 351, 242, 371)), ('Carrera Vengeance', t, (305, 345, 422, 362)),
    ('Inner tube 26×1.9–2.125 (Schrader)', t, (533, 350, 729, 372)), ('Sian Ahmed', t, (742, 344, 815, 361)),
    ('Tue 10 Jun', t, (832, 344, 902, 361)), ('£20.50', t, (914, 344, 963, 361)),
    ('Ready', t, (1035, 341, 1086, 367)), ('□', t, (33, 390, 56, 412)), ('WJ-5114', t, (67, 382, 130, 402)),
    ('Mrs Ruth Barraclough', t, (157, 381, 292, 403)), ('£15.00', t, (916, 392, 961, 410)),
    ('£15.00', t, (977, 392, 1021, 410)), ('in Tue 10 Jun', t, (66, 400, 149, 420)),
    ('01422 555333', t, (157, 399, 242, 419)), ('Ridgeback Speed', t, (304, 394, 412, 411)),
    ('Puncture repair', t, (533, 394, 626, 411)), ('Jake Kerr', t, (741, 393, 804, 410)),
    ('Tue 10 Jun', t, (830, 393, 902, 410)), ('Booked in', t, (1039, 392, 1103, 412)), ('□', t, (33, 439, 55, 461)),
    ('WJ-5102', t, (67, 432, 130, 452)), ('Mrs Joan Ince', t, (158, 434, 247, 451)),
    ('Basic service', t, (533, 435, 614, 452)), ('Waiting parts', t, (1040, 434, 1118, 451)),
    ('in Tue 3 Jun', t, (66, 450, 142, 470)), ('01422 555482', t, (158, 450, 244, 470)),
    ('Raleigh Pioneer (step-through)', t, (302, 441, 485, 463)), ('Jake Kerr', t, (741, 443, 804, 460)),
    ('Wed 11 Jun', t, (828, 443, 911, 460)), ('£59.00', t, (913, 443, 961, 460)),
    ('£59.00', t, (977, 443, 1020, 460)), ('KMC Z8 chain (6–8 speed)', t, (532, 449, 682, 473)),
    ('for KMC Z8 chain', t, (1033, 453, 1131, 470)), ('□', t, (34, 489, 55, 511)),
    ('WJ-5107', t, (67, 482, 129, 502)), ('Mr Sam Whitely', t, (157, 480, 258, 503)),
    ('Booked in', t, (1037, 489, 1103, 512)), ('in Mon 9 Jun', t, (66, 500, 145, 520)),
    ('07700 900518', t, (158, 500, 244, 520)), ('Boardman MHT 8.6', t, (304, 493, 423, 510)),
    ('Brake bleed', t, (532, 492, 608, 512)), ('Tom Bright', t, (742, 493, 811, 510)),
    ('Wed 11 Jun', t, (829, 493, 921, 510)), ('£35.00', t, (913, 493, 961, 510)),
    ('£35.00', t, (977, 493, 1021, 510)), ('£35.00', t, (973, 496, 1021, 511)),
    ('Booked in', t, (1041, 496, 1101, 509)), ('⋯', t, (1221, 497, 1240, 509)), ('□', t, (34, 539, 55, 561)),
    ('WJ-5103', t, (66, 532, 128, 552)), ('Dr Neil Lister', t, (158, 532, 242, 552)),
    ('Cube Kathmandu Hybrid (e-bike)', t, (304, 535, 498, 552)), ('£60.00', t, (916, 542, 961, 560)),
    ('£60.00', t, (977, 542, 1021, 560)), ('Waiting parts', t, (1038, 532, 1119, 552)),
    ('in Mon 2 Jun', t, (67, 550, 145, 570)), ('07700 900145', t, (158, 550, 244, 570)),
    ('E-bike check', t, (531, 542, 613, 562)), ('Sian Ahmed', t, (742, 543, 815, 560)),
    ('Thu 12 Jun', t, (832, 543, 902, 560)), ('⋯', t, (1220, 546, 1240, 557)),
    ('Motor cuts out on hills.', t, (303, 553, 428, 569)),
    ('for Bosch drive unit (warranty)', t, (1030, 550, 1199, 571)), ('0', t, (35, 591, 54, 610)),
    ('WJ-5105', t, (67, 582, 130, 602)), ('Mr Owen Price', t, (157, 582, 253, 602)),
    ('Wheel true', t, (531, 591, 601, 611)), ('Waiting parts', t, (1038, 583, 1118, 603)),
    ('in Wed 4 Jun', t, (66, 600, 147, 620)), ('01422 555619', t, (158, 600, 244, 620)),
    ('Dawes Galaxy tourer', t, (305, 594, 430, 611)), ('Tom Bright', t, (740, 591, 812, 613)),
    ('Thu 12 Jun', t, (829, 593, 903, 610)), ('£20.00', t, (914, 591, 961, 612)),
    ('£20.00', t, (977, 591, 1022, 612)), ('⋯', t, (1219, 597, 1241, 609)),
    ('for 36-hole rim (Mavic A319)', t, (1031, 602, 1189, 622)), ('WJ-5104', t, (66, 632, 130, 652)),
    ('Ms Kate Morley', t, (157, 633, 257, 653)), ('Specialized Allez', t, (304, 635, 407, 652)),
    ('Waiting parts', t, (1037, 633, 1119, 653)), ('□', t, (34, 641, 55, 663)),
    ('in Fri 6 Jun', t, (67, 650, 136, 670)), ('07700 900266', t, (158, 650, 244, 670)),
    ('Gear tune', t, (531, 641, 597, 663)), ('Jake Kerr', t, (741, 643, 804, 660)),
    ('Fri 13 Jun', t, (829, 643, 894, 660)), ('£25.00', t, (916, 641, 961, 662)),
    ('£25.00', t, (977, 641, 1022, 662)), ('Bent hanger after a fall.', t, (303, 652, 433, 670)),
    ('Bent hanger after a fa', t, (304, 656, 423, 670)), ('for Shimano 105 rear mech', t, (1030, 650, 1186, 671)),
    ('WJ-5111', t, (67, 682, 129, 702)), ('WJ-5101 collected', t, (1134, 672, 1250, 692)),
    ('□', t, (36, 691, 54, 709)), ('Mr Peter Dyson', t, (158, 683, 257, 703)),
    ('Brompton M6L', t, (303, 692, 394, 712)), ('Gear tune', t, (532, 691, 596, 711)),
    ('Jake Kerr', t, (741, 693, 804, 710)), ('Fri 13 Jun', t, (828, 692, 893, 709)),
    ('£25.00', t, (917, 691, 961, 712)), ('£25.00', t, (977, 691, 1022, 712)),
    ('Booked in', t, (1038, 691, 1103, 711)), ('in Tue 10 Jun', t, (68, 702, 149, 719)),
    ('01422 555147', t, (158, 700, 243, 719)), ('⋯', t, (1223, 304, 1237, 306)), ('⋯', t, (1223, 353, 1237, 355)),
    ('⋯', t, (1223, 402, 1237, 404)), ('⋯', t, (1223, 452, 1237, 454)), ('⋯', t, (1223, 652, 1237, 654)),
    ('⋯', t, (1223, 702, 1237, 704)), ('⋯ WJ-5101 collected', i, (1123, 663, 1263, 703)),
    ('£25.00 Waiting parts', i, (1036, 633, 1122, 655)), ('£20.00 Waiting parts', i, (1036, 583, 1122, 605)),
    ('£60.00 Waiting parts', i, (1036, 532, 1122, 554)), ('£59.00 Waiting parts', i, (1036, 433, 1122, 455)),
    ('£45.00 In progress', i, (1036, 293, 1113, 315)), ('£25.00 Booked in', i, (1036, 691, 1106, 713)),
    ('£35.00 Booked in', i, (1036, 491, 1106, 513)), ('£15.00 Booked in', i, (1036, 392, 1106, 414)),
    ('£20.50 Ready', i, (1036, 342, 1086, 364)), ('WJ-5109', c, (37, 344, 52, 359)),
    ('WJ-5111', c, (37, 693, 52, 708))]

JOBS_HIST = [("click", (1230.0, 313.0)), ("click", (1095.5, 514.5)), ("type", (769.5, 169.0)),
             ("click", (836.0, 253.5))]
MENU = [('Mechanic', t, (32, 201, 90, 219)), ('Everyone', t, (103, 202, 166, 222)), ('V', t, (186, 204, 201, 218)),
    ('Status', t, (206, 199, 250, 220)), ('Still in the shc', t, (262, 201, 351, 221)),
    ('V', t, (366, 206, 376, 216)), ('Clear filters', t, (395, 201, 470, 221)),
    ('Edit job...', t, (1059, 196, 1123, 216)), ('Start work', t, (1061, 230, 1125, 247)),
    ('0', t, (35, 252, 54, 271)), ('Job', t, (66, 251, 97, 271)), ('Customer', t, (159, 253, 222, 270)),
    ('Bike', t, (303, 252, 336, 271)), ('Work', t, (531, 253, 569, 272)), ('Mechanic', t, (741, 253, 803, 270)),
    ('Due back', t, (829, 253, 890, 270)), ('Price', t, (915, 251, 953, 272)), ('To pay', t, (973, 252, 1020, 273)),
    ('Sí', t, (1032, 253, 1049, 270)), ('Waiting for parts...', t, (1061, 263, 1170, 280)),
    ('0', t, (35, 293, 54, 312)), ('WJ-5108', t, (66, 283, 128, 303)), ('Ms Grace Holt', t, (159, 286, 249, 303)),
    ('Basic service', t, (532, 293, 614, 313)), ('Pinnacle Lithium 3', t, (304, 295, 416, 312)),
    ('Jake Kerr', t, (741, 295, 804, 312)), ('Tue 10 Jun', t, (829, 295, 902, 312)),
    ('£45.00', t, (916, 294, 961, 312)), ('£45.00', t, (977, 294, 1021, 312)),
    ('Parts arrived', t, (1060, 296, 1140, 313)), ('in Sat 7 Jun', t, (68, 304, 139, 321)),
    ('01422 555204', t, (159, 304, 243, 321)), ('WJ-5109', t, (67, 333, 129, 353)),
    ('Mr Raj Gill', t, (158, 334, 227, 354)), ('Puncture repair', t, (533, 336, 627, 353)),
    ('Mark ready...', t, (1060, 329, 1141, 346)), ('□', t, (35, 343, 54, 361)),
    ('in Mon 9 Jun', t, (67, 351, 146, 371)), ('07700 900871', t, (158, 351, 242, 371)),
    ('Carrera Vengeance', t, (305, 345, 422, 362)), ('Inner tube 26×1.9–2.125 (Schrader)', t, (533, 350, 729, 372)),
    ('Sian Ahmed', t, (742, 344, 815, 361)), ('Tue 10 Jun', t, (832, 344, 902, 361)),
    ('£20.50', t, (914, 344, 963, 361)), ('Collected...', t, (1061, 362, 1131, 379)), ('□', t, (33, 390, 56, 412)),
    ('WJ-5114', t, (67, 382, 130, 402)), ('Mrs Ruth Barraclough', t, (157, 381, 292, 403)),
    ('£15.00', t, (916, 392, 961, 410)), ('£15.00', t, (977, 392, 1021, 410)),
    ('in Tue 10 Jun', t, (66, 400, 149, 420)), ('01422 555333', t, (157, 399, 242, 419)),
    ('Ridgeback Speed', t, (304, 394, 412, 411)), ('Puncture repair', t, (533, 394, 626, 411)),
    ('Jake Kerr', t, (741, 393, 804, 410)), ('Tue 10 Jun', t, (830, 393, 902, 410)),
    ('Cancel job...', t, (1060, 402, 1140, 422)), ('□', t, (33, 439, 55, 461)), ('WJ-5102', t, (67, 432, 130, 452)),
    ('Mrs Joan Ince', t, (158, 434, 247, 451)), ('Basic service', t, (533, 435, 614, 452)),
    ('Waiting parts', t, (1039, 435, 1116, 452)), ('in Tue 3 Jun', t, (66, 450, 142, 470)),
    ('01422 555482', t, (158, 450, 244, 470)), ('Raleigh Pioneer (step-through)', t, (302, 441, 485, 463)),
    ('Jake Kerr', t, (741, 443, 804, 460)), ('Wed 11 Jun', t, (828, 443, 911, 460)),
    ('£59.00', t, (913, 443, 961, 460)), ('£59.00', t, (977, 443, 1021, 460)),
    ('KMC Z8 chain (6–8 speed)', t, (532, 449, 682, 473)), ('for KMC Z8 chain', t, (1033, 453, 1132, 470)),
    ('⋯', t, (1223, 452, 1237, 454)), ('Cancel job... □', i, (24, 379, 1046, 427)),
    ('Mark ready... WJ-5109', i, (24, 330, 1046, 377)), ('To pay 0', i, (24, 281, 1046, 328)),
    ('Status Still in the shc', i, (252, 196, 382, 228)), ('Status Everyone', i, (93, 196, 205, 228)),
    ('Status Clear filters', i, (387, 197, 478, 227)), ('£59.00 Waiting parts', i, (1037, 433, 1121, 455)),
    ('0', c, (37, 344, 52, 359))]

MENU_HIST = JOBS_HIST + [("click", (1230.0, 453.0))]


def test_the_second_row_told_after_and_its_menu_opened_upwards():
    """Mr Hale's bike collected (the first act ends at "card."), the story's next row is Mrs Ince's, whose Raleigh
    it names (not every row of Jake, who "says" so); its menu opens upwards over the dots, its last entry ending
    over the row's own second line ("for KMC Z8 chain" under "Waiting parts"), and "… turned up with the post" is
    "Parts arrived" of its entries (not "Collected…", the first act's)."""
    from tilepilot.model.embedded.order import _opened_menu, _two_acts, menu_entry, next_story_row

    assert TREK[_two_acts(TREK):].startswith("And Jake says")
    f, _ = _page(JOBS, JOBS_HIST)
    assert tuple(int(v) for v in f.cand_box[next_story_row(f, TREK)]) == (1223, 452, 1237, 454)
    f, ix = _page(MENU, MENU_HIST)
    assert [f.cand_text[q] for q in _opened_menu(f)] == ["Edit job...", "Start work", "Waiting for parts...",
                                                         "Parts arrived", "Mark ready...", "Collected...",
                                                         "Cancel job..."]
    assert menu_entry(f, TREK, TREK, "done", 0) == ix["Parts arrived"]
RETURN = [('Record return — BA-702', t, (385, 45, 586, 62)), ('X', t, (868, 42, 891, 65)),
    ('Saltaire Methodist Church (Rev. Jo Platt), Sat 3 May', t, (386, 103, 670, 120)),
    ('Sat 3 May', t, (616, 101, 669, 123)), ('Back in the yard on', t, (384, 131, 503, 151)),
    ('05/06/2025', t, (392, 157, 472, 181)), ('日', t, (860, 157, 887, 183)),
    ('Anything damaged?', t, (383, 195, 506, 215)), ('Pirate Ship castle needs repair', t, (384, 215, 597, 241)),
    ('Popcorn machine needs repair', t, (648, 221, 851, 238)), ('What happened', t, (382, 243, 483, 268)),
    ('Cancel', t, (731, 359, 779, 377)), ('Save return', t, (807, 357, 881, 377)),
    ('07700 900461 · 9 Hall Royd, Cancel', i, (370, 342, 910, 396)),
    ('Bookings Record return — BA-702', i, (370, 30, 911, 79)), ('Price 05/06/2025', i, (387, 153, 894, 189)),
    ('What happened', i, (387, 268, 894, 302)), ('£185.00 Save return', i, (796, 351, 893, 386)),
    ('£185.00 Cancel', i, (719, 351, 791, 387)), ('Pirate Ship castle needs repair', c, (389, 219, 408, 238)),
    ('Popcorn machine needs repair', c, (649, 221, 664, 236))]

RETURN_HIST = [("click", (1223.0, 239.0)), ("click", (1101.5, 377.0)), ("click", (398.5, 228.5))]
PAY_MENU = [('Mrs Claire Mercer', t, (212, 265, 322, 282)), ('BA-701', t, (30, 280, 85, 301)),
    ('Sat 10 May', t, (108, 280, 182, 301)), ('07700 900461 · 9 Hall Royd, Shipley', t, (210, 280, 414, 302)),
    ('Super Slide (18 ft)', t, (584, 273, 695, 293)), ('Morning (by 10am)', t, (773, 272, 889, 294)),
    ('£185.00', t, (936, 282, 987, 300)), ('£138.75', t, (1026, 282, 1080, 299)),
    ('Confirmed', t, (1100, 282, 1164, 299)), ('Football shoot-out', t, (585, 293, 695, 310)),
    ('Grass', t, (774, 291, 813, 311)), ('⋯', t, (1208, 283, 1234, 304)),
    ('Side gate — no need to go through the house.', t, (211, 299, 463, 319)),
    ('Mrs Leanne Firth', t, (211, 331, 318, 351)), ('Edit booking...', t, (1050, 320, 1141, 342)),
    ('Princess Palace castle', t, (585, 341, 720, 358)), ('Morning (by 10am)', t, (773, 340, 890, 362)),
    ('BA-704', t, (30, 349, 86, 370)), ('Sun 11 May', t, (108, 349, 186, 370)),
    ('07700 900225 · 6 Moorhead Crescent, Shipley', t, (211, 349, 466, 370)),
    ('Toddler soft-play set', t, (584, 359, 708, 379)), ('£145.00', t, (936, 349, 989, 370)),
    ('£ Record payment...', t, (1025, 350, 1164, 372)), ('Indoor hall', t, (776, 362, 836, 376)),
    ("Hall at Kirkgate Centre — awaiting the hall's confirmation.", t, (212, 369, 522, 386)),
    ('Mark dropped off', t, (1052, 387, 1155, 404)), ('Windhill Primary PTA', t, (212, 402, 339, 419)),
    ('Disco Dome', t, (585, 402, 661, 419)), ('BA-705', t, (31, 420, 83, 438)),
    ('Sat 17 May', t, (107, 418, 182, 441)),
    ('01274 555670 · Windhill Primary School, Shipley', t, (212, 419, 478, 440)),
    ('Morning (by 10am)', t, (773, 411, 889, 433)), ('Record return...', t, (1052, 422, 1147, 436)),
    ('Super Slide (18 ft)', t, (584, 420, 696, 440)), ('£275.00', t, (936, 421, 987, 439)),
    ('£', t, (1027, 423, 1040, 436)), ('Summer fair on the school field.', t, (212, 439, 386, 456)),
    ('Candy floss machine', t, (584, 439, 711, 459)), ('Grass', t, (774, 430, 813, 450)),
    ('Cancel booking...', t, (1050, 460, 1159, 482)), ('BA-706', t, (30, 480, 83, 495)),
    ('BA-706', t, (32, 481, 83, 499)), ('Sat 24 May', t, (109, 480, 183, 495)),
    ('Mr Imran Shah', t, (212, 474, 303, 491)), ('Mr Imran Shah', t, (214, 476, 302, 490)),
    ('Mini castle & slide combo', t, (585, 482, 735, 499)), ('Afternoon (by 2pm)', t, (775, 475, 891, 492)),
    ('£80.00', t, (941, 481, 988, 499)), ('Cancel booking... Windhill Primary PTA', i, (24, 396, 1037, 466)),
    ('Edit booking... Mrs Leanne Firth', i, (24, 327, 1037, 394)), ('Out Confirmed', i, (1097, 281, 1169, 303))]

PAY_HIST = RETURN_HIST + [("click", (825.5, 367.0)), ("click", (1222.0, 292.0))]


def test_a_return_with_its_damage_ticked_is_saved_and_a_payment_entry_read_through_a_sign():
    """"Record return — BA-702" with "Pirate Ship castle needs repair" ticked (the story's split seam), where the
    network would stop: its "Save return"; then Mrs Mercer's menu, whose "Record payment…" OCR read with the "£"
    of the row behind joined on ("£ Record payment..."): an entry still, and the one the payment told picks."""
    from tilepilot.model.embedded.fields import ticked_commit
    from tilepilot.model.embedded.order import _opened_menu, menu_entry

    f, ix = _page(RETURN, RETURN_HIST, ticked={(389, 219, 408, 238)})
    assert ticked_commit(f) == ix["Save return"]
    f, _ = _page(RETURN, RETURN_HIST)
    assert ticked_commit(f) is None  # (nothing ticked: the click missed its box)
    f, ix = _page(PAY_MENU, PAY_HIST)
    assert [f.cand_text[q] for q in _opened_menu(f)] == ["Edit booking...", "£ Record payment...", "Mark dropped off",
                                                         "Record return...", "Cancel booking..."]
    assert menu_entry(f, PARTY, PARTY, "done", 0) == ix["£ Record payment..."]

DAY = [('□', t, (242, 128, 265, 149)), ('Time', t, (279, 129, 314, 148)), ('Client', t, (385, 128, 429, 149)),
    ('Barber', t, (571, 130, 616, 148)), ('Service', t, (721, 130, 770, 148)), ('Price', t, (939, 127, 980, 149)),
    ('Status', t, (1053, 127, 1101, 149)), ('0', t, (244, 171, 263, 190)), ('9am', t, (280, 165, 312, 180)),
    ('Mr Harry Collins', t, (386, 162, 487, 182)), ('Marcus Hall', t, (571, 172, 645, 189)),
    ('Gents cut', t, (720, 171, 785, 191)), ('£16.00', t, (993, 169, 1044, 191)), ('Done', t, (1057, 161, 1102, 183)),
    ('30 min', t, (278, 178, 323, 201)), ('07700 900215', t, (386, 179, 471, 199)),
    ('Card', t, (1053, 179, 1092, 202)), ('□', t, (242, 220, 264, 241)), ('9:30am', t, (279, 213, 331, 231)),
    ('Sam Okafor', t, (386, 212, 464, 232)), ('Dev Mistry', t, (569, 220, 639, 244)),
    ('£20.00', t, (993, 211, 1044, 232)), ('Done', t, (1057, 211, 1103, 232)), ('30 min', t, (279, 232, 323, 250)),
    ('07700 900387', t, (385, 230, 470, 250)), ('Skin fade', t, (720, 222, 782, 242)),
    ('+ £2.00 tip', t, (975, 229, 1045, 253)), ('Cash', t, (1052, 227, 1094, 252)), ('0', t, (244, 271, 263, 290)),
    ('10am', t, (279, 264, 321, 281)), ('Connor Walsh', t, (387, 264, 475, 281)),
    ('£20.00', t, (992, 270, 1044, 292)), ('No-show', t, (1057, 262, 1121, 283)),
    ('07700 900462', t, (386, 280, 472, 300)), ('Luca Romano', t, (571, 273, 658, 290)),
    ('Skin fade', t, (720, 272, 782, 292)), ('30 min', t, (279, 282, 323, 299)),
    ('fee £10.00', t, (1053, 281, 1121, 301)), ('0', t, (244, 322, 263, 341)), ('10:30am', t, (279, 315, 338, 332)),
    ('Mr Peter Lund', t, (386, 313, 477, 333)), ('Jodie Clarke', t, (571, 323, 649, 340)),
    ('Over-65s cut', t, (721, 322, 804, 342)), ('£12.00', t, (993, 320, 1044, 342)),
    ('Done', t, (1058, 312, 1103, 334)), ('30 min', t, (278, 330, 323, 351)),
    ('01422 555810', t, (385, 330, 471, 350)), ('Card', t, (1053, 330, 1092, 353)), ('□', t, (242, 370, 265, 392)),
    ('11:30am', t, (277, 362, 339, 382)), ('Mr Tony Marsh', t, (386, 362, 479, 382)),
    ('Beard trim', t, (720, 372, 788, 392)), ('£10.00', t, (994, 371, 1044, 392)),
    ('15 min', t, (278, 380, 324, 401)), ('07700 900288', t, (386, 380, 471, 400)),
    ('Dev Mistry', t, (569, 371, 639, 394)), ('Booked', t, (1059, 372, 1114, 393)), ('□', t, (242, 419, 265, 441)),
    ('11:30am', t, (278, 412, 339, 432)), ('Aaron Bibby', t, (386, 412, 465, 433)),
    ('Marcus Hall', t, (571, 422, 645, 439)), ('Skin fade & beard trim', t, (721, 421, 855, 439)),
    ('£27.00', t, (994, 420, 1044, 441)), ('Booked', t, (1060, 421, 1114, 442)), ('45 min', t, (278, 429, 324, 450)),
    ('07700 900534', t, (386, 429, 471, 449)), ('□', t, (242, 468, 265, 490)), ('1pm', t, (278, 461, 314, 483)),
    ('Kyle Dean', t, (386, 461, 455, 482)), ('07700 900719', t, (386, 479, 470, 499)),
    ('Luca Romano', t, (571, 472, 658, 489)), ('Gents cut', t, (721, 471, 785, 491)),
    ('£16.00', t, (994, 470, 1044, 491)), ('Booked', t, (1059, 470, 1114, 491)), ('30 min', t, (278, 479, 324, 500)),
    ('□', t, (242, 518, 265, 539)), ('2pm', t, (279, 512, 314, 531)), ('Mr Raymond Firth', t, (387, 512, 496, 529)),
    ('30 min', t, (278, 528, 324, 549)), ('01422 555346', t, (386, 528, 471, 548)),
    ('Marcus Hall', t, (570, 520, 646, 540)), ('Over-65s cut', t, (721, 520, 804, 540)),
    ('£12.00', t, (994, 519, 1044, 540)), ('Booked', t, (1059, 519, 1114, 540)), ('□', t, (242, 567, 265, 589)),
    ('3pm', t, (278, 559, 315, 581)), ('Nathan Price', t, (386, 559, 469, 579)), ('£20.00', t, (995, 569, 1043, 587)),
    ('Cancelled', t, (1062, 569, 1123, 586)), ('07700 900650', t, (386, 577, 471, 597)),
    ('Jodie Clarke', t, (571, 570, 649, 587)), ('Skin fade', t, (719, 569, 781, 589)),
    ('30 min', t, (278, 577, 324, 598)), ('□', t, (243, 616, 265, 638)), ('4:15pm', t, (279, 609, 333, 630)),
    ('Ethan Shaw', t, (387, 611, 464, 628)), ('Dev Mistry', t, (569, 616, 640, 639)),
    ('07700 900843', t, (386, 626, 471, 646)), ('Skin fade & beard trim', t, (722, 620, 855, 636)),
    ('£27.00', t, (995, 619, 1042, 637)), ('Booked', t, (1060, 618, 1114, 639)), ('45 min', t, (278, 626, 325, 647)),
    ('Connor Walsh marked as a no-show', t, (1034, 675, 1249, 691)), ('⋯', t, (1199, 181, 1213, 183)),
    ('⋯', t, (1199, 232, 1213, 234)), ('⋯', t, (1199, 282, 1213, 284)), ('⋯', t, (1199, 332, 1213, 334)),
    ('⋯', t, (1199, 382, 1213, 384)), ('⋯', t, (1199, 431, 1213, 433)), ('⋯', t, (1199, 480, 1213, 482)),
    ('⋯', t, (1199, 530, 1213, 532)), ('⋯', t, (1199, 579, 1213, 581)), ('⋯', t, (1199, 628, 1213, 630)),
    ('□', i, (232, 606, 1258, 655)), ('□', i, (232, 208, 1258, 257)), ('□', i, (232, 556, 1258, 604)),
    ('□', i, (232, 359, 1258, 407)), ('0', i, (232, 309, 1258, 357)), ('□ 0', i, (232, 259, 1258, 307)),
    ('□ 0', i, (232, 158, 1258, 206)), ('□', i, (232, 507, 1258, 554)), ('□', i, (232, 458, 1258, 505)),
    ('□', i, (232, 409, 1258, 456)), ('Connor Walsh marked as a no-show', i, (1019, 662, 1264, 704)),
    ('Cancelled', i, (1059, 568, 1128, 590)), ('Status No-show', i, (1059, 263, 1122, 285)),
    ('Booked', i, (1059, 618, 1116, 640)), ('Booked', i, (1059, 519, 1116, 541)),
    ('Booked', i, (1059, 470, 1116, 492)), ('Booked', i, (1059, 421, 1116, 443)),
    ('Booked', i, (1059, 372, 1116, 393)), ('Done', i, (1059, 313, 1103, 335)),
    ('Status Done', i, (1060, 213, 1102, 233)), ('Status Done', i, (1060, 163, 1102, 183))]

DAY_MENU = [('□', t, (242, 419, 265, 441)), ('11:30am', t, (278, 412, 339, 432)),
    ('Aaron Bibby', t, (386, 412, 465, 433)), ('Marcus Hall', t, (571, 422, 645, 439)),
    ('Skin fade & beard trim', t, (721, 421, 855, 439)), ('£27.00', t, (995, 422, 1042, 440)),
    ('Booked', t, (1060, 421, 1114, 442)), ('45 min', t, (278, 429, 324, 450)),
    ('07700 900534', t, (386, 429, 471, 449)), ('□', t, (242, 468, 265, 490)), ('1pm', t, (278, 461, 314, 483)),
    ('Kyle Dean', t, (386, 461, 455, 482)), ('Edit appointment...', t, (1034, 460, 1152, 482)),
    ('07700 900719', t, (386, 479, 470, 499)), ('Luca Romano', t, (571, 472, 658, 489)),
    ('Gents cut', t, (721, 471, 785, 491)), ('£16', t, (995, 471, 1025, 490)), ('30 min', t, (278, 479, 324, 500)),
    ('Done & paid...', t, (1034, 493, 1125, 515)), ('□', t, (242, 518, 265, 539)), ('2pm', t, (279, 512, 314, 531)),
    ('Mr Raymond Firth', t, (387, 512, 496, 529)), ('30 min', t, (278, 528, 324, 549)),
    ('01422 555346', t, (386, 528, 471, 548)), ('Marcus Hall', t, (570, 520, 646, 540)),
    ('Over-65s cut', t, (721, 520, 804, 540)), ('£12', t, (995, 521, 1025, 539)),
    ('No-show...', t, (1033, 524, 1105, 546)), ('□', t, (242, 567, 265, 589)), ('3pm', t, (278, 559, 315, 581)),
    ('Nathan Price', t, (386, 559, 469, 579)), ('Cancel appointment', t, (1035, 569, 1156, 586)),
    ('07700 900650', t, (386, 577, 471, 597)), ('Jodie Clarke', t, (571, 570, 649, 587)),
    ('Skin fade', t, (719, 569, 781, 589)), ('£20', t, (995, 570, 1025, 588)), ('30 min', t, (278, 577, 324, 598)),
    ('⋯', t, (1199, 431, 1213, 433)), ('No-show... □', i, (232, 507, 1021, 554)),
    ('45 min □', i, (232, 458, 1021, 505)), ('£27.00 Booked', i, (1059, 421, 1116, 443))]

NOSHOW = ("Connor Walsh never turned up for his ten o'clock this morning, so put him down as a no-show and charge him "
          "the fee. And Marcus's half eleven has just finished; he paid cash.")
DAY_HIST = [("click", (1206.0, 282.0)), ("click", (1070.0, 386.5)), ("click", (398.5, 142.5)),
            ("click", (863.0, 205.0))]


def test_a_barbers_later_client_told_by_his_barber_and_time_then_paid():
    """Connor Walsh marked a no-show, the story's next row is the one of Marcus at "half eleven": of Marcus Hall's
    two rows, the 11:30am (not his 2pm), though the sentence names no client; "he paid cash" is a payment told, so
    its menu's "Done & paid…"."""
    from tilepilot.model.embedded.order import _two_acts, menu_entry, next_story_row

    assert NOSHOW[_two_acts(NOSHOW):].startswith("And Marcus's")
    f, ix = _page(DAY, DAY_HIST)
    q = next_story_row(f, NOSHOW)
    row = [f.cand_text[u] for u in range(len(f.cand_text))
           if abs(float(f.cand_box[u][1] + f.cand_box[u][3] - f.cand_box[q][1] - f.cand_box[q][3])) <= 24]
    assert "Aaron Bibby" in row and "Marcus Hall" in row
    f, ix = _page(DAY_MENU, DAY_HIST + [("click", (1206.0, 432.0))])
    assert menu_entry(f, NOSHOW, NOSHOW, "done", 0) == ix["Done & paid..."]
