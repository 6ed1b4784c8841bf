"""Rules written from the thirty-first blind set (blind31) on price lists changed and a new thing added besides:
"Prices are going up: the large veg box will be £27 and the fruit box £13.50. And Moorside Bakery are doing us a
sourdough loaf now, so add it to the extras at £4.20 a loaf."; a barber's price list with a "Takes" column and a
new service that "take[s] half an hour"; a deposit put up "to 30 per cent" and a new castle delivered ("it's 12 by
15 foot, … and it's fine to go indoors"); a part newly stocked, "and there are eight on the shelf". Each page here
is the geometry the model saw (OCR texts as found)."""

from conftest import box_at, inked_page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]

VEG = ("Prices are going up: the large veg box will be £27 and the fruit box £13.50. And Moorside Bakery are doing "
       "us a sourdough loaf now, so add it to the extras at £4.20 a loaf.")
CUTS = ("The standard gents' cut is going up to £18, and the kids' cut to £13. And we're going to start doing hot "
        "towel shaves: they take half an hour and we'll charge £22.")
CASTLE = ("We're putting the deposit up to 30 per cent for new bookings. And the new Unicorn castle was delivered this "
          "morning: it's 12 by 15 foot, we'll charge £95 a day for it, and it's fine to go indoors.")
TYRES = ("From today a full service is £105 and a basic one £50. We've also started stocking Continental Gatorskin "
         "tyres in 700 by 25 at £42 each, and there are eight on the shelf.")


BOXES = [('Hollins Farm', t, (33, 19, 129, 36)), ('box', t, (138, 21, 166, 36)),
    ('Boxes & extras', t, (227, 16, 380, 45)), ('●', t, (8, 28, 30, 52)), ('Shop', t, (32, 40, 76, 60)),
    ('scheme', t, (138, 43, 194, 57)), ('Box prices', t, (248, 72, 331, 93)), ('Subscribers', t, (20, 83, 99, 102)),
    ('Small veg box (£)', t, (246, 100, 354, 124)), ('Medium veg box (£)', t, (454, 100, 574, 123)),
    ('Large veg box (£)', t, (663, 101, 770, 124)), ('Fruit box (£)', t, (870, 99, 950, 125)),
    ("This week's rounds", t, (22, 121, 142, 137)), ('14', t, (253, 128, 279, 150)),
    ('19.5', t, (462, 128, 498, 151)), ('25', t, (671, 129, 696, 151)), ('12', t, (879, 129, 905, 151)),
    ('Boxes & extras', t, (21, 158, 116, 172)), ('Delivery charge (£)', t, (247, 160, 363, 187)),
    ('Free delivery over (£)', t, (524, 161, 653, 184)),
    ('Order changes close (days before)', t, (804, 156, 1011, 189)), ('1.5', t, (252, 189, 283, 213)),
    ('30', t, (532, 191, 557, 213)), ('2', t, (810, 192, 827, 213)),
    ('Longest pause (weeks)', t, (247, 225, 386, 246)), ('8', t, (254, 252, 271, 273)),
    ('Organic produce only', t, (667, 248, 815, 269)), ('Save prices', t, (242, 342, 314, 361)),
    ('Extras', t, (248, 398, 300, 419)), ('+ Add extra', t, (991, 402, 1066, 422)),
    ('Longest pause (weeks) 8', i, (250, 247, 658, 280)),
    ('Order changes close (days before) 2', i, (806, 186, 1075, 219)),
    ('Free delivery over (£) 30', i, (528, 186, 797, 219)), ('Delivery charge (£) 1.5', i, (250, 186, 519, 219)),
    ("This week's rounds Boxes & extras", i, (11, 147, 199, 183)), ('Large veg box (£) 25', i, (667, 124, 867, 157)),
    ('Small veg box (£) 14', i, (250, 124, 450, 157)), ('Fruit box (£) 12', i, (876, 124, 1075, 157)),
    ('Medium veg box (£) 19.5', i, (459, 124, 658, 157)),
    ('Longest pause (weeks) Save prices', i, (231, 334, 326, 368)), ('+ Add extra', i, (984, 398, 1075, 428)),
    ('Organic produce only', c, (671, 250, 686, 265))]

EXTRA = [('Hollins Farm', t, (33, 19, 130, 36)), ('box', t, (136, 19, 167, 37)),
    ('Boxes & extras', t, (227, 16, 379, 45)), ('●', t, (8, 28, 30, 52)), ('Shop', t, (32, 40, 76, 60)),
    ('scheme', t, (138, 43, 194, 57)), ('Add extra', t, (384, 41, 471, 65)), ('×', t, (870, 45, 889, 64)),
    ('Box prices', t, (246, 69, 332, 95)), ('Subscribers', t, (20, 83, 99, 102)), ('Extra', t, (384, 90, 423, 109)),
    ('Small veg box (£)', t, (246, 100, 355, 125)), ('DOx (£)', t, (907, 103, 949, 126)),
    ("This week's rounds", t, (22, 120, 141, 136)), ('14', t, (253, 128, 279, 150)),
    ('Boxes & extras', t, (19, 155, 117, 174)), ('Delivery charge (£)', t, (246, 161, 364, 185)),
    ('Price (£)', t, (382, 149, 441, 173)), ('se (days before)', t, (906, 159, 1010, 187)),
    ('Offer it to subscribers', t, (646, 175, 794, 195)), ('1.5', t, (252, 189, 283, 214)),
    ('Longest pause (weel', t, (247, 225, 371, 245)), ('8', t, (252, 251, 272, 274)),
    ('Cancel', t, (745, 263, 793, 284)), ('Add extra', t, (820, 263, 881, 283)),
    ('Save prices', t, (242, 342, 314, 361)), ('Extras', t, (245, 396, 302, 427)),
    ('+ Add extra', t, (992, 402, 1067, 422)), ('Longest pause (weel Cancel', i, (370, 247, 910, 301)),
    ('Box prices Add extra', i, (370, 30, 911, 79)), ('Extra', i, (387, 112, 894, 145)),
    ('Price (£)', i, (387, 174, 636, 207)), ("This week's rounds Boxes & extras", i, (11, 147, 199, 183)),
    ('se (days before)', i, (910, 189, 1072, 216)), ('DOx (£)', i, (910, 127, 1072, 154)),
    ('Longest pause (weel Save prices', i, (231, 334, 326, 368)), ('Longest pause (weel 8', i, (253, 250, 371, 277)),
    ('Delivery charge (£) 1.5', i, (253, 189, 371, 216)), ('Small veg box (£) 14', i, (253, 127, 371, 154)),
    ('Add extra', i, (809, 256, 893, 290)), ('+ Add extra', i, (984, 398, 1075, 428)),
    ('Cancel', i, (735, 256, 804, 291)), ('Offer it to subscribers', c, (649, 177, 664, 192))]

SERVICES = [('IV', t, (8, 13, 29, 46)), ('SHARP & SONS', t, (30, 21, 155, 38)),
    ('Services & prices', t, (227, 17, 403, 48)), ('+ Add service', t, (1162, 23, 1247, 40)),
    ('Appointments', t, (22, 68, 113, 85)), ('Price list', t, (248, 77, 318, 97)), ('Barbers', t, (21, 104, 76, 121)),
    ('Service', t, (256, 112, 309, 130)), ('Takes', t, (400, 111, 444, 129)), ('Price (£)', t, (452, 109, 514, 133)),
    ('On the list', t, (581, 111, 653, 131)), ('Services & prices', t, (21, 141, 135, 158)),
    ('Gents cut', t, (256, 143, 319, 163)), ('30 min', t, (399, 142, 448, 163)), ('16', t, (462, 142, 488, 163)),
    ('V', t, (634, 144, 653, 162)), ('Skin fade', t, (257, 184, 315, 202)), ('30 min', t, (399, 181, 448, 202)),
    ('20', t, (461, 181, 488, 201)), ('Beard trim', t, (256, 222, 322, 242)), ('15 min', t, (399, 220, 448, 241)),
    ('10', t, (461, 220, 488, 241)), ('V', t, (634, 222, 653, 240)),
    ('Skin fade & beard trim', t, (258, 259, 392, 279)), ('45 min', t, (399, 260, 447, 278)),
    ('27', t, (462, 258, 487, 279)), ('V', t, (634, 260, 653, 278)), ('Kids cut (under 12)', t, (255, 298, 372, 320)),
    ('30 min', t, (399, 298, 448, 319)), ('12', t, (461, 298, 488, 319)), ('Over-65s cut', t, (257, 337, 339, 358)),
    ('30 min', t, (399, 337, 448, 358)), ('12', t, (461, 337, 488, 358)),
    ('Clipper cut, one grade', t, (257, 377, 388, 397)), ('15 min', t, (403, 377, 447, 397)),
    ('10', t, (462, 377, 487, 397)), ('Shop rules', t, (248, 451, 332, 471)),
    ('No-show fee (€)', t, (247, 477, 346, 504)), ('Free cancellation up to (hours)', t, (455, 479, 638, 500)),
    ('Opens', t, (664, 480, 710, 501)), ('Closes', t, (874, 481, 919, 499)), ('10', t, (254, 507, 279, 528)),
    ('24', t, (463, 507, 488, 528)), ('09:00 AM', t, (674, 509, 740, 529)), ('05:30 PM', t, (882, 509, 948, 529)),
    ('Open Mondays', t, (249, 545, 368, 565)), ('Open Tuesdays', t, (550, 545, 650, 565)),
    ('Open Wednesdays', t, (830, 547, 946, 564)), ('Open Thursdays', t, (272, 567, 376, 588)),
    ('Open Fridays', t, (549, 568, 637, 588)), ('Open Saturdays', t, (829, 570, 929, 587)),
    ('Open Sundays', t, (249, 590, 366, 611)), ('Take bookings onlineWalk-ins welcome', t, (274, 617, 535, 638)),
    ('Fri 12 Sep · front desk', t, (9, 687, 133, 703)), ('Save prices', t, (243, 706, 317, 719)),
    ('Opens 09:00 AM', i, (667, 502, 867, 538)), ('Closes 05:30 PM', i, (876, 502, 1075, 538)),
    ('Barbers Services & prices', i, (11, 131, 199, 168)), ('No-show fee (€) 10', i, (250, 502, 450, 536)),
    ('Free cancellation up to (hours) 24', i, (459, 502, 658, 536)), ('+ Add service', i, (1151, 15, 1260, 51)),
    ('30 min 12', i, (458, 332, 571, 366)), ('30 min 12', i, (458, 293, 571, 327)),
    ('45 min 27', i, (458, 254, 571, 288)), ('15 min 10', i, (458, 215, 571, 249)),
    ('30 min 20', i, (458, 176, 571, 210)), ('Price (£) 16', i, (458, 137, 571, 171)),
    ('15 min 10', i, (458, 371, 571, 404)), ('On the list', c, (636, 145, 652, 160)), ('V', c, (636, 184, 652, 199)),
    ('V', c, (636, 223, 652, 238)), ('V', c, (636, 261, 652, 276)), ('V', c, (636, 300, 652, 315)),
    ('V', c, (636, 339, 652, 354)), ('V', c, (636, 378, 652, 393)), ('', c, (839, 513, 853, 527)),
    ('', c, (1047, 513, 1061, 527)), ('Open Mondays', c, (254, 548, 269, 563)),
    ('Open Tuesdays', c, (532, 548, 547, 563)), ('Open Wednesdays', c, (810, 548, 825, 563)),
    ('Open Thursdays', c, (254, 571, 269, 586)), ('Open Fridays', c, (532, 571, 547, 586)),
    ('Open Saturdays', c, (810, 571, 825, 586)), ('Open Sundays', c, (254, 594, 269, 609)),
    ('Take bookings onlineWalk-ins welcome', c, (254, 621, 269, 636)),
    ('Fri 12 Sep · front desk', c, (12, 689, 26, 700)),
    ('Fri 12 Sep · front desk Save prices', c, (231, 697, 329, 720))]

SERVICE_DLG = [('OV', t, (8, 13, 29, 46)), ('SHARP & SONS', t, (30, 21, 155, 38)),
    ('Services & pric', t, (227, 17, 376, 48)), ('+ Add service', t, (1163, 25, 1246, 39)),
    ('Add service', t, (384, 41, 489, 64)), ('×', t, (870, 45, 889, 64)), ('Appointments', t, (21, 66, 114, 86)),
    ('Price list', t, (248, 77, 318, 97)), ('Service name', t, (383, 87, 470, 110)),
    ('Barbers', t, (21, 104, 76, 121)), ('Service', t, (255, 113, 307, 130)),
    ('hot towel shaves', t, (390, 116, 500, 139)), ('Services & prices', t, (20, 141, 136, 158)),
    ('Gents cut', t, (257, 145, 318, 162)), ('Takes', t, (383, 151, 427, 172)),
    ('Price (£)', t, (640, 150, 698, 177)), ('Skin fade', t, (255, 183, 317, 203)),
    ('— choose', t, (400, 179, 468, 200)), ('2', t, (614, 177, 636, 200)), ('Beard trim', t, (256, 222, 321, 242)),
    ('Skin fade & beard t', t, (258, 259, 371, 279)), ('Cancel', t, (730, 265, 778, 283)),
    ('Add service', t, (807, 266, 881, 283)), ('Kids cut (under 12)', t, (257, 299, 372, 319)),
    ('30 min', t, (399, 298, 448, 319)), ('13', t, (464, 300, 486, 317)), ('V', t, (634, 300, 653, 317)),
    ('Skin fade & beard t Cancel', i, (370, 248, 911, 303)), ('SHARP & SONS Add service', i, (370, 30, 911, 79)),
    ('Service name hot towel shaves', i, (385, 110, 894, 146)), ('Price (£)', i, (645, 174, 894, 208)),
    ('Takes — choose', i, (387, 174, 636, 206)), ('Barbers Services & prices', i, (11, 131, 199, 168)),
    ('+ Add service', i, (1151, 15, 1260, 51)), ('Add service', i, (795, 257, 893, 292)),
    ('Cancel', i, (719, 257, 790, 293))]

KIT_NAV = [('Bounce About Party Hire · Shipley', t, (52, 15, 330, 38)), ('Bookings', t, (359, 16, 426, 36)),
    ('Van runs', t, (445, 17, 507, 34)), ('Kit & charges', t, (524, 14, 617, 36)),
    ('Tue 6 May· office', t, (1159, 18, 1259, 35)), ('Van runs Bookings', i, (350, 9, 435, 44)),
    ('Bounce About Party Hire · Shipley', c, (23, 16, 49, 36))]

CHARGES = [('Bounce About Party Hire ·Shipley', t, (52, 12, 333, 42)), ('Bookings', t, (359, 16, 427, 36)),
    ('Van runs', t, (443, 16, 508, 36)), ('Kit & charges', t, (522, 15, 617, 37)),
    ('Tue 6 May· office', t, (1159, 18, 1259, 35)), ('Kit & charges', t, (21, 72, 155, 96)),
    ('Charges', t, (38, 125, 108, 149)), ('Deposit (%)', t, (37, 153, 114, 178)),
    ('Weekend surcharge (£)', t, (249, 155, 386, 177)), ('Free delivery (miles)', t, (455, 153, 579, 179)),
    ('Then per mile (£)', t, (664, 155, 768, 178)), ('25', t, (45, 182, 71, 204)), ('10', t, (255, 183, 279, 204)),
    ('8', t, (463, 184, 481, 204)), ('1.5', t, (670, 182, 701, 206)),
    ('Safety test every (days)', t, (39, 216, 180, 239)), ('Kit back by', t, (315, 214, 390, 240)),
    ('365', t, (45, 244, 79, 267)), ('07:00 PM', t, (324, 244, 395, 269)),
    ('V Sandbags free for hard standing', t, (600, 241, 812, 260)), ('Save charges', t, (44, 304, 141, 331)),
    ('Kit back by 07:00 PM', i, (320, 240, 589, 276)), ('Safety test every (days) 365', i, (42, 240, 311, 274)),
    ('Free delivery (miles) 8', i, (459, 178, 659, 212)), ('Deposit (%) 25', i, (42, 178, 242, 212)),
    ('Then per mile (£) 1.5', i, (668, 178, 867, 212)), ('Weekend surcharge (£) 10', i, (251, 178, 450, 212)),
    ('Safety test every (days) Save charges', i, (42, 301, 152, 336)),
    ('Van runs Kit & charges', i, (516, 9, 626, 44)), ('Bounce About Party Hire ·Shipley', c, (23, 16, 49, 36)),
    ('V Sandbags free for hard standing', c, (602, 243, 617, 258)),
    ('V Sandbags free for hard standing', c, (561, 251, 574, 264))]

KIT_DLG = [('Bounce About Party Hire · Shipley', t, (52, 13, 329, 38)), ('Bookinas', t, (361, 19, 425, 33)),
    ('Van runs', t, (445, 18, 506, 32)), ('Kit & charges', t, (523, 18, 615, 32)),
    ('Tue 6 May· office', t, (1159, 18, 1259, 35)), ('Add kit', t, (385, 43, 450, 64)), ('×', t, (869, 43, 890, 65)),
    ('Kit & charges', t, (19, 70, 156, 98)), ('Name', t, (383, 89, 426, 111)), ('Charges', t, (36, 123, 109, 150)),
    ('Unicorn castle', t, (391, 115, 485, 139)), ('Deposit (%)', t, (37, 154, 114, 179)),
    ('Weekend surcharge', t, (247, 154, 370, 177)), ('Kind', t, (382, 150, 421, 173)),
    ('Size', t, (556, 153, 588, 171)), ('Price per day (£)', t, (725, 147, 831, 177)), ('30', t, (43, 181, 73, 206)),
    ('10', t, (255, 183, 280, 204)), ('– choose', t, (404, 179, 466, 200)),
    ('Safety test every (days)', t, (37, 214, 181, 240)), ('Kit back', t, (314, 213, 373, 240)),
    ('Status', t, (382, 222, 431, 247)), ('Last safety test', t, (555, 225, 651, 247)),
    ('365', t, (43, 242, 81, 269)), ('07:00', t, (323, 243, 372, 269)), ('In service', t, (395, 254, 462, 275)),
    ('mm/dd/yyyy', t, (564, 255, 647, 278)), ('日', t, (692, 255, 715, 276)),
    ('OK to use indoors', t, (732, 250, 866, 270)), ('Notes', t, (382, 289, 427, 311)),
    ('Save charges', t, (52, 309, 140, 328)), ('Kit', t, (19, 369, 50, 393)),
    ('+ Add kit', t, (1187, 370, 1247, 389)), ('Cancel', t, (758, 404, 806, 422)),
    ('Add kit', t, (834, 404, 883, 422)), ('Kind', t, (31, 422, 64, 441)), ('All kinds', t, (74, 421, 133, 444)),
    ('V', t, (169, 425, 185, 438)), ('Status', t, (190, 423, 232, 441)),
    ('In service or repair', t, (243, 422, 361, 444)), ('Kit', t, (69, 473, 96, 493)),
    ('Kind', t, (370, 473, 407, 496)), ('Size', t, (520, 471, 557, 498)), ('Per day', t, (673, 473, 727, 496)),
    ('Indoors', t, (775, 472, 828, 495)), ('Last safety test', t, (872, 474, 967, 494)),
    ('Status', t, (1034, 475, 1077, 493)), ('0', t, (36, 517, 55, 536)),
    ('Jungle Jamboree castle', t, (72, 510, 225, 527)), ('IT-01', t, (69, 525, 107, 547)),
    ('Bouncy castle', t, (373, 520, 459, 537)), ('15×15 ft', t, (523, 518, 580, 539)),
    ('£85.00', t, (717, 519, 765, 536)), ('No', t, (776, 520, 799, 536)), ('14 May 2024', t, (872, 518, 955, 538)),
    ('In service', t, (1039, 518, 1101, 538)), ('Edit', t, (1175, 518, 1206, 537)),
    ('Pirate Ship castle', t, (71, 561, 186, 578)), ('IT-02', t, (70, 578, 106, 597)),
    ('Bouncy castle', t, (373, 571, 459, 588)), ('12×18 ft', t, (524, 570, 579, 588)),
    ('£90.00', t, (716, 570, 765, 588)), ('No', t, (775, 571, 800, 587)), ('14 May 2024', t, (872, 569, 955, 589)),
    ('In service', t, (1038, 568, 1101, 591)), ('Edit', t, (1175, 569, 1206, 588)), ('0', t, (37, 620, 55, 639)),
    ('Princess Palace castle', t, (71, 613, 217, 630)), ('12×12 ft', t, (524, 621, 579, 639)),
    ('£75.00', t, (716, 621, 765, 638)), ('Yes', t, (774, 620, 805, 639)), ('14 May 2024', t, (872, 620, 955, 640)),
    ('Edit', t, (1174, 618, 1207, 641)), ('IT-03', t, (70, 629, 107, 648)),
    ('Bouncy castle', t, (373, 622, 459, 639)), ('In service', t, (1039, 621, 1101, 641)),
    ('Disco Dome', t, (72, 664, 153, 681)), ('Bouncy castle', t, (373, 674, 458, 691)),
    ('15×15 ft', t, (523, 672, 580, 693)), ('£110.00', t, (710, 673, 764, 690)), ('Yes', t, (775, 673, 805, 691)),
    ('14 May 2024', t, (872, 672, 955, 692)), ('In service', t, (1039, 672, 1101, 692)),
    ('Edit', t, (1175, 672, 1206, 691)), ('IT-04 · Lights and speaker built in.', t, (72, 682, 256, 699)),
    ('Status Cancel', i, (370, 387, 911, 440)), ('Bookinas Add kit', i, (370, 30, 911, 79)),
    ('Name Unicorn castle', i, (385, 110, 895, 147)), ('Notes', i, (387, 313, 894, 347)),
    ('Safety test every (days) 365', i, (42, 240, 311, 274)), ('Deposit (%) 30', i, (42, 178, 242, 212)),
    ('Last safety test mm/dd/yyyy', i, (559, 249, 722, 284)), ('Price per day (£)', i, (731, 174, 894, 208)),
    ('Size', i, (559, 174, 722, 208)), ('Status In service', i, (387, 249, 550, 281)),
    ('Kind – choose', i, (387, 174, 550, 206)), ('Kind All kinds', i, (66, 417, 188, 449)),
    ('Safety test every (days) Save charges', i, (42, 301, 152, 336)),
    ('Status In service or repair', i, (238, 420, 382, 446)), ('Weekend surcharge 10', i, (254, 181, 371, 209)),
    ('+ Add kit', i, (1177, 363, 1257, 398)), ('Cancel', i, (747, 396, 818, 431)),
    ('Add kit', i, (823, 396, 893, 430)), ('14 May 2024 In service', i, (1037, 671, 1105, 693)),
    ('14 May 2024 In service', i, (1037, 620, 1105, 642)), ('Status In service', i, (1037, 517, 1105, 539)),
    ('Kit back 07:00', i, (323, 243, 371, 273)), ('14 May 2024 In service', i, (1037, 569, 1105, 590)),
    ('14 May 2024 Edit', i, (1167, 616, 1214, 646)), ('14 May 2024 Edit', i, (1167, 565, 1214, 595)),
    ('14 May 2024 Edit', i, (1167, 514, 1214, 544)), ('14 May 2024 Edit', i, (1167, 668, 1214, 697)),
    ('Bounce About Party Hire · Shipley', c, (24, 16, 48, 23)),
    ('Bounce About Party Hire · Shipley', c, (23, 27, 49, 36)), ('In service', c, (401, 259, 412, 270)),
    ('OK to use indoors', c, (735, 252, 750, 267)), ('In service or repair', c, (249, 427, 260, 438)),
    ('Kit', c, (38, 476, 53, 491)), ('IT-02', c, (38, 571, 53, 586)), ('Disco Dome', c, (38, 673, 53, 688))]

KIT_TICK = [('Bounce About Party Hire · Shipley', t, (52, 13, 329, 38)), ('Bookinas', t, (361, 19, 425, 33)),
    ('Van runs', t, (445, 18, 506, 32)), ('Kit & charges', t, (523, 18, 615, 32)),
    ('Tue 6 May· office', t, (1159, 18, 1259, 35)), ('Add kit', t, (385, 43, 450, 64)), ('×', t, (869, 43, 890, 65)),
    ('Kit & charges', t, (19, 70, 156, 98)), ('Name', t, (382, 89, 426, 111)), ('Charges', t, (36, 123, 109, 150)),
    ('Unicorn castle', t, (392, 117, 484, 138)), ('Deposit (%)', t, (37, 154, 114, 179)),
    ('Weekend surcharge', t, (247, 154, 370, 177)), ('Kind', t, (382, 150, 421, 173)),
    ('Size', t, (556, 152, 588, 171)), ('Price per day (£)', t, (728, 150, 829, 173)), ('30', t, (43, 181, 73, 206)),
    ('10', t, (255, 183, 280, 204)), ('Bouncy castle', t, (396, 179, 486, 200)), ('V', t, (532, 182, 547, 195)),
    ('12×15 ft', t, (564, 179, 622, 200)), ('95', t, (733, 177, 762, 203)),
    ('Safety test every (days)', t, (37, 214, 181, 240)), ('Kit back', t, (315, 216, 373, 240)),
    ('Status', t, (382, 222, 431, 247)), ('Last safety test', t, (555, 225, 651, 247)),
    ('365', t, (43, 242, 81, 269)), ('07:00', t, (324, 244, 372, 269)), ('In service', t, (395, 253, 462, 274)),
    ('mm/dd/yyyy', t, (564, 255, 647, 278)), ('日', t, (692, 255, 715, 276)),
    ('OK to use indoors', t, (732, 250, 866, 270)), ('Notes', t, (382, 289, 428, 311)),
    ('Save charges', t, (52, 309, 140, 328)), ('Kit', t, (19, 369, 50, 393)),
    ('+ Add kit', t, (1187, 370, 1247, 389)), ('Cancel', t, (758, 404, 806, 422)),
    ('Add kit', t, (834, 404, 883, 422)), ('Kind', t, (31, 422, 64, 441)), ('All kinds', t, (74, 421, 133, 444)),
    ('V', t, (169, 425, 185, 438)), ('Status', t, (190, 423, 232, 441)),
    ('In service or repair', t, (243, 422, 361, 444)), ('Status Cancel', i, (370, 387, 911, 440)),
    ('Bookinas Add kit', i, (370, 30, 911, 79)), ('Notes', i, (387, 313, 894, 347)),
    ('Name Unicorn castle', i, (387, 112, 894, 146)), ('Safety test every (days) 365', i, (42, 240, 311, 274)),
    ('Deposit (%) 30', i, (42, 178, 242, 212)), ('Price per day (£) 95', i, (729, 172, 895, 209)),
    ('Last safety test mm/dd/yyyy', i, (559, 249, 722, 284)), ('12×15 ft', i, (559, 174, 722, 208)),
    ('Status In service', i, (387, 249, 550, 281)), ('Kind Bouncy castle', i, (387, 174, 550, 206)),
    ('Kind All kinds', i, (66, 417, 188, 449)), ('Safety test every (days) Save charges', i, (42, 301, 152, 336)),
    ('Status In service or repair', i, (238, 420, 382, 446)), ('Weekend surcharge 10', i, (254, 181, 371, 209)),
    ('+ Add kit', i, (1177, 363, 1257, 398)), ('Cancel', i, (747, 396, 818, 431)),
    ('Add kit', i, (823, 396, 893, 430)), ('Kit back 07:00', i, (323, 243, 371, 273)),
    ('Bounce About Party Hire · Shipley', c, (24, 16, 48, 23)),
    ('Bounce About Party Hire · Shipley', c, (23, 27, 49, 36)), ('Size 95', c, (729, 156, 895, 209)),
    ('', c, (870, 182, 881, 198)), ('In service', c, (401, 259, 412, 270)),
    ('OK to use indoors', c, (735, 252, 750, 267)), ('In service or repair', c, (249, 427, 260, 438))]

KIT_SAVED = [('Bounce About Party Hire ·Shipley', t, (52, 12, 333, 42)), ('Bookings', t, (359, 16, 427, 36)),
    ('Van runs', t, (443, 16, 508, 36)), ('Kit & charges', t, (522, 15, 617, 37)),
    ('Tue 6 May· office', t, (1159, 18, 1259, 35)), ('Kit & charges', t, (21, 72, 155, 96)),
    ('Charges', t, (38, 125, 108, 149)), ('Deposit (%)', t, (37, 153, 114, 178)),
    ('Weekend surcharge (£)', t, (249, 155, 386, 177)), ('Free delivery (miles)', t, (455, 153, 579, 179)),
    ('Then per mile (£)', t, (664, 155, 768, 178)), ('30', t, (45, 182, 71, 204)), ('10', t, (255, 183, 279, 204)),
    ('8', t, (463, 184, 481, 204)), ('1.5', t, (670, 182, 701, 206)),
    ('Safety test every (days)', t, (39, 216, 180, 239)), ('Kit back by', t, (315, 214, 390, 240)),
    ('365', t, (45, 244, 79, 267)), ('07:00 PM', t, (324, 244, 395, 269)),
    ('V Sandbags free for hard standing', t, (600, 241, 812, 260)), ('Save charges', t, (44, 304, 141, 331)),
    ('Kit', t, (19, 369, 49, 393)), ('+ Add kit', t, (1187, 370, 1248, 390)), ('Kind', t, (29, 420, 65, 442)),
    ('All kinds', t, (73, 420, 135, 444)), ('Status', t, (188, 420, 234, 442)),
    ('In service or rep', t, (243, 421, 351, 444)), ('Kit', t, (68, 473, 96, 493)), ('Kind', t, (370, 473, 407, 495)),
    ('Size', t, (520, 471, 557, 497)), ('Per day', t, (673, 472, 727, 496)), ('Indoors', t, (776, 475, 827, 493)),
    ('Last safety test', t, (873, 475, 966, 492)), ('Status', t, (1034, 475, 1077, 493)),
    ('□', t, (36, 517, 55, 535)), ('Jungle Jamboree castle', t, (69, 507, 228, 530)),
    ('IT-01', t, (69, 525, 107, 547)), ('Bouncy castle', t, (373, 520, 459, 537)),
    ('15×15 ft', t, (524, 519, 579, 537)), ('£85.00', t, (716, 519, 764, 536)), ('No', t, (776, 520, 799, 536)),
    ('14 May 2024', t, (872, 518, 955, 538)), ('In service', t, (1037, 517, 1103, 538)),
    ('Edit', t, (1171, 515, 1210, 540)), ('Pirate Ship castle', t, (69, 558, 188, 581)),
    ('Edit', t, (1172, 567, 1209, 590)), ('IT-02', t, (69, 576, 108, 598)),
    ('Bouncy castle', t, (373, 571, 459, 588)), ('12×18 ft', t, (524, 570, 579, 588)),
    ('£90.00', t, (716, 570, 764, 588)), ('No', t, (776, 571, 799, 587)), ('14 May 2024', t, (872, 569, 955, 589)),
    ('In service', t, (1037, 569, 1102, 589)), ('□', t, (34, 619, 57, 641)),
    ('Princess Palace castle', t, (70, 611, 219, 631)), ('12×12 ft', t, (522, 617, 580, 640)),
    ('£75.00', t, (716, 620, 765, 638)), ('Yes', t, (774, 620, 805, 639)), ('14 May 2024', t, (872, 620, 955, 640)),
    ('Edit', t, (1172, 618, 1208, 642)), ('IT-03', t, (69, 627, 108, 649)),
    ('Bouncy castle', t, (373, 622, 459, 639)), ('In service', t, (1037, 621, 1103, 641)),
    ('□', t, (35, 670, 57, 692)), ('Disco Dome', t, (70, 660, 155, 683)), ('Bouncy castle', t, (373, 674, 459, 691)),
    ('15×15 ft', t, (524, 673, 579, 691)), ('£110.00', t, (710, 673, 764, 690)), ('Yes', t, (775, 673, 805, 691)),
    ('14 May 2024', t, (872, 672, 955, 692)), ('In service', t, (1038, 671, 1102, 692)),
    ('Unicorn castle saved', t, (1122, 672, 1250, 692)),
    ('IT-04 · Lights and speaker built in.', t, (70, 680, 258, 701)),
    ('Kit back by 07:00 PM', i, (320, 240, 589, 276)), ('Safety test every (days) 365', i, (42, 240, 311, 274)),
    ('Free delivery (miles) 8', i, (459, 178, 659, 212)), ('Deposit (%) 30', i, (42, 178, 242, 212)),
    ('Then per mile (£) 1.5', i, (668, 178, 867, 212)), ('Weekend surcharge (£) 10', i, (251, 178, 450, 212)),
    ('14 May 2024 Unicorn castle saved', i, (1109, 663, 1263, 703)),
    ('Status In service or rep', i, (235, 417, 384, 449)), ('Status All kinds', i, (66, 417, 188, 449)),
    ('Safety test every (days) Save charges', i, (42, 301, 152, 336)),
    ('Van runs Kit & charges', i, (516, 9, 626, 44)), ('+ Add kit', i, (1177, 363, 1257, 398)),
    ('14 May 2024 In service', i, (1037, 671, 1105, 694)), ('14 May 2024 In service', i, (1037, 620, 1105, 642)),
    ('Status In service', i, (1037, 517, 1105, 539)), ('14 May 2024 In service', i, (1037, 569, 1105, 590)),
    ('14 May 2024 Edit', i, (1167, 616, 1214, 646)), ('14 May 2024 Edit', i, (1167, 565, 1214, 595)),
    ('14 May 2024 Edit', i, (1167, 514, 1214, 544)), ('Bounce About Party Hire ·Shipley', c, (23, 16, 49, 36)),
    ('V Sandbags free for hard standing', c, (602, 243, 617, 258)),
    ('V Sandbags free for hard standing', c, (561, 251, 574, 264)), ('Kit', c, (38, 476, 53, 491)),
    ('Jungle Jamboree castle', c, (38, 519, 53, 534)), ('Pirate Ship castle', c, (38, 571, 53, 586))]

PART_DLG = [('O', t, (23, 15, 48, 37)), ('Spoke & Chain Hebden Bridge', t, (48, 14, 302, 37)),
    ('Workshop jobs', t, (332, 19, 429, 33)), ('Parts', t, (448, 17, 489, 34)),
    ('Prices & settings', t, (508, 19, 619, 32)), ('Tue 10 Jun · front desk', t, (1132, 18, 1259, 34)),
    ('Add part', t, (383, 41, 463, 67)), ('×', t, (869, 43, 891, 65)),
    ('Parts10 lines stocked', t, (21, 77, 173, 97)), ('Part name...', t, (977, 76, 1055, 96)),
    ('+ Add part', t, (1178, 78, 1246, 95)), ('Part name', t, (384, 90, 450, 110)), ('Code', t, (29, 120, 69, 147)),
    ('Part', t, (164, 120, 198, 143)), ('Continental Gatorskin tyres', t, (392, 117, 557, 138)),
    ('In stock', t, (938, 121, 991, 139)), ('PT-01', t, (30, 156, 72, 174)),
    ('Inner tube 700×25–32c (Presta)', t, (166, 152, 357, 176)), ('Price (£)', t, (382, 150, 441, 175)),
    ('In stock', t, (642, 153, 695, 171)), ('50', t, (908, 156, 928, 173)), ('34', t, (1068, 156, 1090, 173)),
    ('Edit', t, (1111, 155, 1142, 174)), ('42', t, (390, 176, 419, 203)), ('é', t, (609, 179, 626, 201)),
    ('0', t, (650, 180, 666, 200)), ('PT-02', t, (30, 196, 73, 214)),
    ('Inner tube 26×1.9–2.125 (Schradei', t, (166, 195, 372, 215)), ('50', t, (908, 196, 928, 213)),
    ('22', t, (1067, 194, 1090, 214)), ('Edit', t, (1111, 195, 1142, 214)), ('PT-03', t, (30, 236, 72, 254)),
    ('Shimano CN-HG601 11-speed cha', t, (166, 235, 373, 255)), ('00', t, (907, 235, 927, 253)),
    ('6', t, (1076, 236, 1089, 252)), ('Edit', t, (1111, 234, 1142, 254)), ('Cancel', t, (749, 265, 796, 283)),
    ('Add part', t, (825, 265, 882, 283)), ('PT-04', t, (30, 276, 73, 294)),
    ('KMC Z8 chain (6–8 speed)', t, (163, 274, 326, 295)), ('00', t, (908, 276, 927, 293)),
    ('0', t, (1076, 277, 1088, 292)), ('Edit', t, (1111, 275, 1142, 294)), ('Cancel', i, (370, 248, 911, 302)),
    ('Parts Add part', i, (370, 30, 911, 79)), ('Part name Continental Gatorskin tyres', i, (387, 112, 894, 146)),
    ('PT-03', i, (24, 227, 371, 265)), ('Parts10 lines stocked PT-02', i, (24, 187, 371, 225)),
    ('Price (£) PT-01', i, (24, 147, 371, 185)), ('00', i, (910, 227, 1256, 265)), ('50', i, (910, 187, 1256, 225)),
    ('In stock 50', i, (910, 147, 1256, 185)), ('PT-04', i, (24, 267, 377, 304)), ('00', i, (905, 267, 1256, 304)),
    ('Tue 10 Jun · front desk In stock', i, (910, 115, 1257, 145)),
    ('Parts10 lines stocked Code', i, (24, 115, 371, 145)), ('Part name 42', i, (385, 172, 636, 208)),
    ('0', i, (645, 174, 894, 208)), ('Tue 10 Jun · front desk Part name...', i, (971, 70, 1160, 104)),
    ('Tue 10 Jun · front desk + Add part', i, (1167, 69, 1257, 104)), ('Add part', i, (814, 257, 893, 292)),
    ('Cancel', i, (737, 257, 809, 293)), ('Edit', i, (1106, 234, 1147, 258)), ('Edit', i, (1106, 194, 1147, 218)),
    ('Tue 10 Jun · front desk Edit', i, (1106, 154, 1147, 178)), ('Edit', i, (1106, 274, 1147, 297)),
    ('In stock 42', c, (385, 156, 637, 209))]
BOXES_HIST = [("click", (89.5, 164.5))]
EXTRA_HIST = BOXES_HIST + [("type", (767.0, 140.5)), ("type", (975.5, 140.5)), ("click", (300.0, 351.5)),
                           ("click", (1012.5, 412.0))]
SERVICES_HIST = [("click", (77.5, 149.0))]
SERVICE_DLG_HIST = SERVICES_HIST + [("type", (514.5, 154.0)), ("type", (514.5, 310.0)), ("click", (280.0, 712.5)),
                                    ("click", (1204.5, 31.5)), ("type", (640.5, 129.0))]
KIT_DLG_HIST = [("click", (574.0, 25.0)), ("type", (142.0, 195.0)), ("click", (97.0, 317.5)),
                ("click", (1217.5, 380.0)), ("type", (640.5, 129.0))]
KIT_TICK_HIST = KIT_DLG_HIST[2:] + [("type", (468.5, 190.0)), ("type", (640.5, 191.0)), ("type", (812.5, 191.0))]
KIT_SAVED_HIST = KIT_TICK_HIST[2:] + [("click", (742.5, 259.5)), ("click", (858.5, 413.0))]
PART_DLG_HIST = [("type", (559.0, 226.0)), ("click", (71.0, 664.5)), ("click", (469.0, 26.0)),
                 ("click", (1211.5, 86.0)), ("type", (640.5, 129.0)), ("type", (511.5, 191.0))]


def test_prices_told_with_will_be_and_a_verb_left_out_then_a_thing_added_to_a_named_list():
    """"the large veg box will be £27 and the fruit box £13.50": 27 into "Large veg box (£)" first (the page's
    "+ Add extra" waits for its prices); in the "Add extra" dialog, the box named as what the loaf is added to
    ("Extra") takes "sourdough loaf", and the page's boxes cut at the dialog's edge ("Fruit box (£)" beside it,
    its number hidden) are none of its own."""
    from tilepilot.model.embedded.fields import _told_prices, added_thing, priced_field, rest_new_button

    assert [(p, sorted(w)) for _, p, w, _ in _told_prices(VEG)] == [
        ("27", ["box", "large", "veg"]), ("13.50", ["box", "fruit"]), ("4.20", ["loaf"])]
    f, _ = inked_page(BOXES, BOXES_HIST)
    assert priced_field(f, VEG) == (box_at(f, (667, 124, 867, 157)), "27")
    assert rest_new_button(f, VEG) is None
    f, _ = inked_page(EXTRA, EXTRA_HIST)
    assert added_thing(f, VEG) == (box_at(f, (387, 112, 894, 145)), "sourdough loaf")
    assert priced_field(f, VEG) is None


def test_a_price_list_with_a_column_between_and_a_service_that_takes_half_an_hour():
    """The rows' price boxes stand after a "Takes" cell ("Gents cut | 30 min | [16]"): the gents' cut's is 18;
    "they take half an hour" is no time spent into "Free cancellation up to (hours)"; the new service's "Takes"
    list, still asking, gets "30 minutes"."""
    from tilepilot.model.embedded.fields import added_thing, priced_field, spent_hours

    f, _ = inked_page(SERVICES, SERVICES_HIST)
    assert priced_field(f, CUTS) == (box_at(f, (458, 137, 571, 171)), "18")
    assert spent_hours(f, CUTS) is None
    f, _ = inked_page(SERVICE_DLG, SERVICE_DLG_HIST)
    assert added_thing(f, CUTS) == (box_at(f, (387, 174, 636, 206)), "30 minutes")


def test_a_deposit_in_per_cent_and_a_castle_delivered_with_its_kind_size_and_a_box_told():
    """"We're putting the deposit up to 30 per cent": "Kit & charges" (no link reads rules; the one reading
    charges), 30 into "Deposit (%)"; in "Add kit", "Kind" gets what the list's other castles show ("Bouncy
    castle"), "Size" "12×15 ft"; its values in, "OK to use indoors" ticked ("it's fine to go indoors"); once
    "Unicorn castle saved", the charges are not saved again."""
    from tilepilot.model.embedded.fields import added_thing, added_tick, policy_number, settings_saved
    from tilepilot.model.embedded.order import policy_link

    f, ix = inked_page(KIT_NAV)
    assert f.cand_text[policy_link(f, CASTLE)] == "Kit & charges"
    f, _ = inked_page(CHARGES, [("click", (574.0, 25.0))])
    assert policy_number(f, CASTLE) == (box_at(f, (42, 178, 242, 212)), "30")
    f, _ = inked_page(KIT_DLG, KIT_DLG_HIST)
    assert added_thing(f, CASTLE) == (box_at(f, (387, 174, 550, 206)), "Bouncy castle")
    f, _ = inked_page([("Bouncy castle", t, b) if (x, k) == ("– choose", t) else (x, k, b) for x, k, b in KIT_DLG],
                 KIT_DLG_HIST + [("type", (468.5, 190.0))])
    assert added_thing(f, CASTLE) == (box_at(f, (559, 174, 722, 208)), "12×15 ft")
    f, _ = inked_page(KIT_TICK, KIT_TICK_HIST)
    assert added_thing(f, CASTLE) is None
    assert added_tick(f, CASTLE) == box_at(f, (735, 252, 750, 267))
    f, _ = inked_page(KIT_SAVED, KIT_SAVED_HIST)
    assert settings_saved(f, CASTLE) is None


def test_a_full_service_is_priced_and_a_part_stocked_with_its_size_and_count():
    """"a full service is £105 and a basic one £50": two prices, the second's "one" no word of its box; the part
    stocked is named with its size ("… tyres in 700 by 25": "… tyres 700x25"), and "there are eight on the shelf"
    goes into "In stock", though it shows its 0 already."""
    from tilepilot.model.embedded.fields import _told_prices, stocked_item

    assert [(p, sorted(w)) for _, p, w, _ in _told_prices(TYRES)] == [("105", ["full", "service"]),
                                                                       ("50", ["basic"])]
    f, _ = inked_page(PART_DLG, PART_DLG_HIST)
    assert stocked_item(f, TYRES) == (box_at(f, (645, 174, 894, 208)), "8")
    f, _ = inked_page([x for x in PART_DLG if x[:2] != ("Continental Gatorskin tyres", t)], PART_DLG_HIST[:4])
    assert stocked_item(f, TYRES) == (box_at(f, (387, 112, 894, 146)), "Continental Gatorskin tyres 700x25")

KIT_ADD = [('O', t, (25, 18, 46, 35)), ('Kirkstall Bowmen club desk', t, (50, 14, 283, 36)),
    ('Members', t, (312, 20, 375, 34)), ('Loan kit', t, (549, 19, 608, 32)),
    ('Wed 23 Apr · secretary', t, (1131, 17, 1258, 35)), ('Add kit', t, (384, 43, 450, 64)),
    ('Loan kit', t, (19, 75, 106, 102)), ('+ Add kit', t, (1185, 78, 1246, 98)), ('Item', t, (383, 91, 416, 109)),
    ('Samick Sage recurve', t, (391, 119, 528, 139)), ('Type', t, (32, 131, 65, 150)),
    ('All', t, (78, 131, 100, 148)), ('Status', t, (210, 130, 252, 148)), ('All', t, (265, 131, 287, 148)),
    ('Type', t, (383, 152, 421, 175)), ('Size / draw weight', t, (642, 151, 753, 173)),
    ('Ref', t, (31, 179, 59, 199)), ('Item', t, (134, 178, 169, 200)), ('- choose –', t, (406, 181, 472, 201)),
    ('V', t, (616, 181, 633, 199)), ('261b', t, (649, 179, 686, 203)), ('Status', t, (1027, 176, 1072, 199)),
    ('LK-01', t, (31, 215, 75, 233)), ('Club recurve', t, (137, 215, 219, 232)), ('Notes', t, (383, 215, 427, 237)),
    ('In store', t, (1033, 213, 1083, 233)), ('LK-02', t, (31, 259, 77, 281)),
    ('Club recurve', t, (137, 259, 219, 276)), ('On loan', t, (1028, 255, 1089, 282)),
    ('LK-03', t, (31, 309, 76, 331)), ('Junior recurve', t, (137, 310, 228, 327)),
    ('On loan', t, (1030, 306, 1089, 330)), ('Cancel', t, (756, 332, 804, 349)), ('Add kit', t, (833, 331, 882, 349)),
    ('LK-04', t, (30, 352, 77, 373)), ('Junior recurve', t, (138, 356, 227, 370)),
    ('In store', t, (1034, 354, 1083, 371)), ('⋯', t, (1180, 223, 1193, 225)), ('⋯', t, (1180, 267, 1193, 269)),
    ('⋯', t, (1180, 317, 1193, 319)), ('⋯', t, (1180, 362, 1193, 364)),
    ('Junior recurve Cancel', i, (370, 313, 911, 368)), ('Members Add kit', i, (370, 30, 911, 79)),
    ('', i, (387, 238, 894, 273)), ('Item Samick Sage recurve', i, (387, 112, 894, 147)),
    ('LK-03', i, (24, 294, 371, 342)), ('On loan', i, (910, 294, 1256, 342)), ('LK-02', i, (24, 245, 371, 292)),
    ('On loan', i, (910, 245, 1256, 292)), ('Size / draw weight', i, (910, 118, 1255, 162)),
    ('Type', i, (26, 118, 371, 162)), ('Notes LK-01', i, (24, 206, 371, 243)), ('In store', i, (910, 206, 1256, 243)),
    ('Status', i, (910, 173, 1257, 204)), ('Loan kit Ref', i, (24, 173, 371, 204)), ('261b', i, (643, 173, 894, 210)),
    ('Item - choose –', i, (387, 175, 636, 207)), ('Loan kit All', i, (68, 124, 208, 156)),
    ('Wed 23 Apr · secretary + Add kit', i, (1175, 70, 1257, 105)),
    ('Kirkstall Bowmen club desk All', i, (255, 124, 344, 156)), ('Cancel', i, (744, 322, 817, 358)),
    ('Add kit', i, (822, 322, 893, 357)), ('⋯ In store', i, (1031, 352, 1088, 374)),
    ('In store', i, (1031, 213, 1088, 235)), ('', c, (874, 48, 886, 60)), ('Type 261b', c, (643, 157, 895, 211))]

BOW = ("The AGM voted the adult membership up to £95 a year and juniors up to £40. And we've bought a new Samick Sage "
       "recurve for lending out, a 26-pound one; can you add it to the loan kit?")
KIT_ADD_HIST = [("type", (350.5, 196.0)), ("click", (53.5, 622.0)), ("click", (578.5, 27.0)),
                ("click", (1203.5, 88.0)), ("type", (640.5, 129.5)), ("type", (769.5, 192.5))]


def test_a_bow_bought_named_its_weight_in_pounds_and_its_type_asked_before_it_is_sent():
    """"the adult membership up to £95" prices "Adult (£)" (its words no label reads left out); in "Add kit" the
    bow bought is the "Item" ("Samick Sage recurve"), "a 26-pound one" the "Size / draw weight" ("26lb"); both in,
    the "Type [— choose —]" still asking is opened (its option read from the story next), the dialog not sent."""
    from tilepilot.model.embedded.fields import _told_prices, added_list, added_thing, thing_added

    assert [(p, sorted(w)) for _, p, w, _ in _told_prices(BOW)][0] == ("95", ["adult", "membership"])
    blank = [x for x in KIT_ADD if x[:2] not in (("Samick Sage recurve", t), ("261b", t))]
    f, _ = inked_page(blank, KIT_ADD_HIST[:4])
    assert added_thing(f, BOW) == (box_at(f, (387, 112, 894, 147)), "Samick Sage recurve")
    f, _ = inked_page([x for x in KIT_ADD if x[:2] != ("261b", t)], KIT_ADD_HIST[:5])
    assert added_thing(f, BOW) == (box_at(f, (643, 173, 894, 210)), "26lb")
    f, _ = inked_page(KIT_ADD, KIT_ADD_HIST)
    assert added_thing(f, BOW) is None and not thing_added(f, BOW)
    assert added_list(f, BOW) == box_at(f, (387, 175, 636, 207))
