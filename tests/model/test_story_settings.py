"""Rules written from the twenty-eighth blind set (a cider mill, a thatcher, a fishmonger, a scout group, an
audiology clinic, a cricket club), once it became a dev set: a list of prices under their topic ("subs: seniors
…"), a price in pence and one said before its thing, a time said in words in the half of the day its box shows,
a session given up ("we're dropping the Friday net session"), one price for rows said together, a share said in
words ("a quarter"), a row moved to another day, a thing added once the settings are saved (its "+ Add …", its
name, size and price), rows picked by their state with one left out, a bulk bar read twice, a driver of a
short first name, and a diary's day and person, its afternoon rows moved to another, the one left out
cancelled for a reason read from the person's role. Each page here is the geometry the model saw (OCR texts as
found), cut to what the rule reads."""

import numpy as np
from conftest import cut_page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=(), ticked=()):
    """The cut page, with no word of the task matched by a typing, and the boxes at ``ticked`` inked."""
    f, ix = cut_page(cands, hist)
    f.ins_off, f.hist_match = np.zeros((0, 2)), np.zeros((len(hist), 0))
    for box in ticked:
        f.cand_crop[_at(f, box)][5:11, 5:11] = 30
    return f, ix


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


AGM = ("The AGM agreed next year's subs: seniors go up to £120, students to £60 and social members to £25, and "
       "juniors stay as they are. The senior match fee goes up to £8. Also, the council say we can only use the "
       "nets until eight o'clock now, and we're dropping the Friday net session altogether.")
SCOUTS = ("The committee met last night. From the autumn term subs go up to £48 a term for Beavers, Cubs and Scouts. "
          "The Explorers will pay theirs through the district from now on, so we stop collecting subs for them. The "
          "sibling discount goes up to a quarter, and the Scouts are moving to Thursday nights.")
CIDER = ("Right, new prices from today: pressing goes up to 20p a kilo, with a £30 minimum. The ten-litre "
         "bag-in-boxes have finally turned up, so add those at £3.40 each. And Dave wants his weekends back, so no "
         "more pressing on Saturdays.")
DIARY = ("Rachel's on a training course on Friday afternoon. Can you move her Friday afternoon patients over to "
         "Harriet? Not Mr Okoro's fitting, though: Rachel did his hearing test, so she ought to fit him herself. "
         "Cancel that one and we'll ring him to rebook.")
ROUND = ("Lee's ready to take the Dartmouth round out. Send everything that's packed for that round today out with "
         "him, apart from the Sea Pink's: they don't open till six, so theirs can go on the afternoon run.")

AGM01 = [('Annual subscriptions', t, (249, 71, 408, 94)), ('Senior subs (£)', t, (246, 100, 341, 122)),
    ('Student subs (£)', t, (524, 101, 626, 123)), ('Junior subs (£)', t, (802, 101, 896, 123)),
    ('110', t, (254, 129, 285, 149)), ('50', t, (533, 130, 557, 150)), ('45', t, (811, 130, 834, 150)),
    ('Social subs (£)', t, (246, 173, 339, 196)), ('Vice-president subs (£)', t, (525, 170, 667, 200)),
    ('20', t, (255, 203, 279, 224)), ('50', t, (533, 204, 557, 225)), ('Match fees', t, (249, 282, 333, 305)),
    ('Senior match fee (£)', t, (248, 313, 369, 334)), ('Junior match fee (£)', t, (524, 311, 646, 334)),
    ('7', t, (255, 341, 271, 360)), ('3', t, (533, 341, 549, 360)), ('Nets', t, (248, 422, 287, 440)),
    ('Nets on Mondays', t, (251, 449, 378, 473)), ('Nets on Tuesdays', t, (549, 450, 658, 470)),
    ('Nets on Wednesdays', t, (808, 454, 954, 471)), ('Nets on Thursdays', t, (273, 472, 386, 495)),
    ('Nets on Fridays', t, (541, 472, 646, 494)), ('Nets from', t, (248, 501, 310, 518)),
    ('Nets until', t, (456, 501, 517, 518)), ('Lanes', t, (664, 501, 706, 519)),
    ('Lane hire (£ an hour)', t, (871, 498, 998, 521)), ('06:00 PM', t, (256, 528, 321, 548)),
    ('09:00 PM', t, (465, 528, 530, 548)), ('3', t, (674, 529, 687, 546)), ('5', t, (881, 528, 896, 548)),
    ('Junior match fee (£) 3', i, (528, 335, 797, 368)), ('Senior match fee (£) 7', i, (250, 335, 519, 368)),
    ('Vice-president subs (£) 50', i, (528, 198, 797, 231)), ('Social subs (£) 20', i, (250, 198, 519, 231)),
    ('Junior subs (£) 45', i, (806, 124, 1075, 157)), ('Student subs (£) 50', i, (528, 124, 797, 157)),
    ('Senior subs (£) 110', i, (250, 124, 519, 157)), ('Nets from 06:00 PM', i, (250, 522, 450, 557)),
    ('Nets until 09:00 PM', i, (459, 522, 658, 557)), ('Lanes 3', i, (667, 522, 867, 555)),
    ('Lane hire (£ an hour) 5', i, (876, 522, 1075, 555)), ('Nets on Mondays', c, (254, 454, 269, 469)),
    ('Nets on Tuesdays', c, (532, 454, 547, 469)), ('Nets on Wednesdays', c, (810, 454, 825, 469)),
    ('Nets on Thursdays', c, (254, 477, 269, 492)), ('Nets on Fridays', c, (532, 477, 547, 492)),
    ('', c, (422, 533, 435, 546)), ('', c, (631, 533, 644, 546))]
AGM08 = [('Social subs (£)', t, (246, 0, 339, 21)), ('Vice-president subs (£)', t, (525, 0, 663, 23)),
    ('25', t, (252, 26, 280, 51)), ('50', t, (532, 28, 557, 50)), ('Match fees', t, (249, 107, 333, 130)),
    ('Senior match fee (£)', t, (247, 138, 369, 159)), ('Junior match fee (£)', t, (524, 137, 646, 158)),
    ('8', t, (254, 166, 271, 185)), ('3', t, (533, 167, 549, 186)), ('Nets', t, (248, 247, 286, 266)),
    ('□', t, (253, 279, 275, 294)), ('Nets on Mondays', t, (268, 276, 378, 296)),
    ('Nets on Tuesdays', t, (529, 276, 659, 296)), ('Nets on Wednesdays', t, (808, 279, 954, 296)),
    ('Nets on Thursdays', t, (273, 299, 385, 319)), ('Nets on Fridays', t, (531, 301, 645, 318)),
    ('Nets from', t, (247, 326, 311, 343)), ('Nets until', t, (456, 326, 517, 343)),
    ('Lanes', t, (665, 326, 707, 344)), ('Lane hire (£ an hour)', t, (873, 323, 998, 346)),
    ('06:00 PM', t, (254, 351, 322, 376)), ('08:00 PM', t, (464, 351, 530, 376)), ('3', t, (674, 354, 687, 371)),
    ('5', t, (881, 353, 897, 372)), ('League points', t, (247, 434, 355, 457)),
    ('Points for a win', t, (247, 465, 343, 482)), ('Points for a defeat', t, (457, 465, 567, 482)),
    ('Points for a tie', t, (665, 465, 754, 482)), ('Points for a draw', t, (873, 464, 978, 485)),
    ('20', t, (254, 491, 279, 512)), ('0', t, (464, 492, 479, 512)), ('10', t, (672, 492, 695, 512)),
    ('8', t, (882, 493, 895, 510)), ('Points for an abandoned game', t, (248, 539, 428, 557)),
    ('5', t, (255, 566, 271, 585)), ('Save settings', t, (242, 654, 324, 674)),
    ('Junior match fee (£) 3', i, (528, 160, 797, 193)), ('Senior match fee (£) 8', i, (250, 160, 519, 193)),
    ('Vice-president subs (£) 50', i, (528, 23, 797, 56)), ('Social subs (£) 25', i, (250, 23, 519, 56)),
    ('Nets until 08:00 PM', i, (457, 345, 658, 382)), ('Nets from 06:00 PM', i, (250, 347, 450, 382)),
    ('Points for a tie 10', i, (667, 486, 867, 520)), ('Points for a win 20', i, (250, 486, 450, 520)),
    ('Points for a draw 8', i, (876, 486, 1075, 520)), ('Points for a defeat 0', i, (459, 486, 658, 520)),
    ('Points for an abandoned game 5', i, (250, 560, 450, 593)), ('Lanes 3', i, (667, 347, 867, 380)),
    ('Lane hire (£ an hour) 5', i, (876, 347, 1075, 380)),
    ('Points for an abandoned game Save settings', i, (231, 647, 336, 681)),
    ('Nets on Mondays', c, (254, 279, 269, 294)), ('Nets on Tuesdays', c, (532, 279, 547, 294)),
    ('Nets on Wednesdays', c, (810, 279, 825, 294)), ('Nets on Thursdays', c, (254, 302, 269, 317)),
    ('Nets on Fridays', c, (532, 302, 547, 317)), ('', c, (422, 358, 435, 371)), ('', c, (631, 358, 644, 371))]
SCOUTS01 = [('3rd Otley Scouts', t, (21, 16, 181, 39)), ('Group settings', t, (227, 14, 380, 48)),
    ('Members', t, (20, 66, 86, 85)), ('Sections, meeting nights & subs', t, (247, 72, 486, 94)),
    ('Waiting list', t, (21, 104, 99, 121)), ('Section', t, (256, 108, 309, 125)),
    ('Meets on', t, (331, 108, 395, 125)), ('Subs per term (£)', t, (453, 106, 568, 128)),
    ('Group collects subs', t, (580, 107, 710, 127)), ('Places', t, (849, 108, 897, 126)),
    ('Events & camps', t, (21, 142, 130, 159)), ('Beavers', t, (256, 141, 313, 158)),
    ('Monday', t, (341, 139, 400, 163)), ('V', t, (427, 143, 440, 156)), ('42', t, (461, 139, 486, 160)),
    ('V', t, (634, 139, 652, 157)), ('Collect Beavers subs', t, (704, 139, 831, 156)),
    ('24', t, (856, 140, 881, 160)), ('Subs', t, (21, 178, 61, 196)), ('Cubs', t, (256, 179, 295, 197)),
    ('Tuesday', t, (344, 179, 402, 200)), ('42', t, (461, 177, 487, 198)),
    ('Collect Cubs subs', t, (704, 178, 815, 195)), ('30', t, (857, 179, 879, 196)),
    ('Group settings', t, (18, 213, 123, 236)), ('Scouts', t, (256, 218, 305, 236)),
    ('Wednesday', t, (342, 216, 421, 239)), ('42', t, (461, 216, 487, 237)), ('V', t, (634, 218, 652, 236)),
    ('Collect Scouts subs', t, (704, 216, 823, 233)), ('32', t, (856, 217, 880, 237)),
    ('Explorers', t, (257, 258, 322, 275)), ('Friday', t, (341, 253, 390, 280)), ('V', t, (426, 258, 440, 273)),
    ('45', t, (461, 256, 486, 276)), ('Collect Explorers subs', t, (704, 257, 839, 274)),
    ('20', t, (857, 257, 879, 274)), ('Discounts & Gift Aid', t, (247, 330, 399, 352)),
    ('Sibling discount (%)', t, (249, 357, 370, 380)),
    ('Waiting list offers expire after (days)', t, (525, 359, 739, 381)), ('20', t, (255, 390, 279, 408)),
    ('14', t, (532, 389, 558, 409)), ('Claim Gift Aid on subs', t, (273, 426, 412, 443)),
    ('Save settings', t, (243, 512, 330, 531)),
    ('Waiting list offers expire after (days) 14', i, (528, 382, 797, 417)),
    ('Sibling discount (%) 20', i, (250, 382, 519, 417)), ('Subs Group settings', i, (11, 206, 199, 243)),
    ('Save settings', i, (231, 503, 342, 538)), ('Collect Explorers subs 20', i, (851, 250, 964, 284)),
    ('Explorers 45', i, (457, 250, 570, 284)), ('Collect Scouts subs 32', i, (851, 211, 964, 245)),
    ('V 42', i, (457, 211, 570, 245)), ('Collect Cubs subs 30', i, (851, 172, 964, 206)),
    ('Subs per term (£) 42', i, (457, 172, 570, 206)), ('Places 24', i, (851, 134, 964, 167)),
    ('Subs per term (£) 42', i, (457, 134, 570, 167)), ('Explorers Friday', i, (334, 251, 444, 283)),
    ('Scouts Wednesday', i, (334, 212, 444, 244)), ('Cubs Tuesday', i, (334, 173, 444, 205)),
    ('Meets on Monday', i, (334, 135, 444, 167)), ('Group settings', c, (11, 16, 35, 40)),
    ('Group collects subs', c, (635, 141, 651, 156)), ('V', c, (635, 180, 651, 195)),
    ('Collect Scouts subs', c, (635, 219, 651, 234)), ('Collect Explorers subs', c, (635, 258, 651, 273)),
    ('Claim Gift Aid on subs', c, (254, 427, 269, 442))]
CIDER01 = [('Prices & settings', t, (20, 71, 189, 97)), ('Pressing charges', t, (39, 126, 171, 149)),
    ('Pressing (£ per kg)', t, (38, 155, 153, 178)), ('Minimum charge (£)', t, (315, 154, 438, 179)),
    ('Pasteurising (£ per litre)', t, (596, 155, 739, 178)), ('0.18', t, (43, 181, 83, 207)),
    ('25', t, (325, 183, 349, 204)), ('0.4', t, (603, 183, 631, 204)),
    ('Cider making (£ per litre)', t, (39, 229, 187, 253)), ('Standard deposit (£)', t, (317, 228, 439, 251)),
    ('Expected yield (%)', t, (595, 230, 707, 251)), ('0.65', t, (41, 255, 83, 282)), ('25', t, (324, 257, 349, 278)),
    ('60', t, (603, 257, 627, 279)), ('Press days & slots', t, (41, 341, 178, 358)),
    ('Press on Mondays', t, (62, 369, 180, 389)), ('Press on Tuesdays', t, (322, 372, 459, 389)),
    ('Press on Wednesdays', t, (620, 370, 756, 391)), ('Press on Thursdays', t, (59, 392, 186, 412)),
    ('Press on Fridays', t, (341, 395, 447, 412)), ('Press on Saturdays', t, (621, 393, 741, 415)),
    ('Press on Sundays', t, (42, 414, 177, 434)), ('Slot start times', t, (41, 444, 132, 461)),
    ('Minimum fruit (kg)', t, (316, 441, 428, 464)), ('Most fruit per slot (kg)', t, (594, 440, 729, 466)),
    ('08:30, 10:30, 13:00, 15:00', t, (48, 472, 206, 489)), ('100', t, (323, 469, 357, 493)),
    ('1000', t, (602, 469, 642, 492)), ('Text customers when their juice is ready', t, (66, 508, 301, 525)),
    ('Save settings', t, (34, 592, 119, 612)), ('Packaging', t, (37, 646, 121, 673)),
    ('+ Add packaging', t, (749, 650, 860, 676)), ('Packaging', t, (48, 696, 116, 718)),
    ('Holds', t, (381, 697, 421, 715)), ('Price each', t, (478, 698, 543, 715)), ('Status', t, (615, 698, 657, 715)),
    ('Most fruit per slot (kg) 1000', i, (598, 465, 867, 499)), ('Minimum fruit (kg) 100', i, (320, 465, 589, 499)),
    ('Slot start times 08:30, 10:30, 13:00, 15:00', i, (42, 465, 311, 499)),
    ('Expected yield (%) 60', i, (598, 252, 867, 286)), ('Standard deposit (£) 25', i, (320, 252, 589, 286)),
    ('Cider making (£ per litre) 0.65', i, (42, 252, 311, 286)),
    ('Pasteurising (£ per litre) 0.4', i, (598, 178, 867, 212)), ('Minimum charge (£) 25', i, (320, 178, 589, 212)),
    ('Pressing (£ per kg) 0.18', i, (42, 178, 311, 212)), ('Save settings', i, (23, 585, 131, 620)),
    ('+ Add packaging', i, (746, 649, 867, 679)), ('Press on Mondays', c, (46, 372, 61, 387)),
    ('Press on Tuesdays', c, (324, 372, 339, 387)), ('Press on Wednesdays', c, (602, 372, 617, 387)),
    ('Press on Thursdays', c, (46, 395, 61, 410)), ('Press on Fridays', c, (324, 395, 339, 410)),
    ('Press on Saturdays', c, (602, 395, 617, 410)), ('Press on Sundays', c, (46, 418, 61, 433)),
    ('Text customers when their juice is ready', c, (46, 509, 61, 524))]
CIDER05 = [('Save settings', t, (34, 592, 119, 612)), ('Packaging', t, (37, 646, 121, 673)),
    ('+ Add packaging', t, (749, 650, 860, 676)), ('Settings saved', t, (1156, 673, 1250, 693)),
    ('Packaging', t, (48, 696, 116, 718)), ('Holds', t, (381, 697, 421, 715)),
    ('Price each', t, (478, 698, 543, 715)), ('Status', t, (615, 698, 657, 715)),
    ('Settings saved', i, (1144, 662, 1264, 704)), ('Save settings', i, (23, 585, 131, 620)),
    ('+ Add packaging', i, (746, 649, 867, 679))]
CIDER06 = [('+ Add packaging', t, (753, 652, 858, 674)),
    ('Add packaging', t, (384, 41, 512, 66)), ('×', t, (870, 44, 889, 63)), ('Name', t, (383, 89, 425, 109)),
    ('Holds (litres)', t, (383, 150, 465, 173)), ('Price (£ each)', t, (643, 152, 727, 173)),
    ('Offered to customers', t, (411, 216, 538, 233)), ('Cancel', t, (712, 297, 759, 315)),
    ('Add packaging', t, (788, 297, 880, 316)), ('Standard Cancel', i, (370, 280, 910, 335)),
    ('Add packaging', i, (370, 30, 911, 79)), ('Name', i, (387, 112, 894, 146)),
    ('Price (£ each)', i, (645, 174, 894, 208)), ('Holds (litres)', i, (387, 174, 636, 208)),
    ('Add packaging', i, (777, 289, 893, 324)), ('Price (£ each) Cancel', i, (701, 289, 772, 325)),
    ('Offered to customers', c, (391, 218, 406, 233))]
CIDER09 = [('+ Add packaging', t, (753, 652, 858, 674)),
    ('Add packaging', t, (384, 41, 512, 66)), ('×', t, (870, 44, 889, 63)), ('Name', t, (383, 89, 426, 110)),
    ('10-litre bag-in-box', t, (391, 116, 507, 139)), ('Holds (litres)', t, (381, 148, 466, 174)),
    ('Price (£ each)', t, (641, 150, 727, 173)), ('10', t, (391, 176, 419, 203)), ('3.40', t, (649, 178, 685, 201)),
    ('Offered to customers', t, (409, 213, 540, 235)), ('Cancel', t, (712, 297, 759, 315)),
    ('Add packaging', t, (788, 297, 880, 316)), ('Standard Cancel', i, (370, 280, 910, 335)),
    ('Add packaging', i, (370, 30, 911, 79)), ('Name 10-litre bag-in-box', i, (387, 112, 894, 146)),
    ('Holds (litres) 10', i, (385, 172, 636, 209)), ('3.40', i, (645, 174, 894, 208)),
    ('Add packaging', i, (777, 289, 893, 324)), ('Cancel', i, (701, 289, 772, 325)),
    ('Price (£ each) 10', c, (385, 156, 637, 209)), ('', c, (612, 182, 623, 198)),
    ('Offered to customers', c, (391, 218, 406, 233))]
FISH00 = [('Order', t, (65, 182, 106, 200)), ('Customer', t, (169, 183, 231, 200)),
    ('Round', t, (342, 183, 386, 201)), ('Fish', t, (496, 181, 531, 204)), ('Total', t, (936, 183, 972, 202)),
    ('Driver', t, (1001, 183, 1042, 201)), ('Status', t, (1095, 183, 1138, 201)), ('0', t, (34, 221, 53, 240)),
    ('TF-7710', t, (65, 213, 121, 231)), ('Harbour Lights Bistro', t, (168, 214, 297, 231)),
    ('for Wed 21 May', t, (63, 229, 158, 251)), ('Dartmouth & Kingswear 3 kg', t, (343, 223, 483, 240)),
    ('turbot (filleted), 5 kg mussels (rope-grown) (live), 2 kg cuttlefish (cleaned)', t, (501, 223, 918, 240)),
    ('£123.20', t, (939, 225, 990, 239)), ('Packed', t, (1096, 220, 1155, 245)),
    ('Dartmouth', t, (168, 232, 231, 249)), ('0', t, (34, 268, 53, 287)), ('TF-7711', t, (65, 260, 121, 278)),
    ('The Sea Pink', t, (169, 261, 253, 278)), ('£114.00', t, (938, 269, 991, 287)),
    ('for Wed 21 May', t, (63, 276, 158, 298)), ('Dartmouth', t, (168, 279, 231, 296)),
    ('Dartmouth & Kingswear 4 kg', t, (343, 269, 483, 289)),
    ('brill (whole), 2 kg john dory (whole)', t, (500, 269, 716, 289)), ('Packed', t, (1096, 267, 1155, 292)),
    ('TF-7712', t, (66, 307, 122, 325)), ('Castle Cove Hotel', t, (169, 308, 280, 325)), ('0', t, (34, 316, 53, 335)),
    ('for Wed 21 May', t, (63, 323, 157, 345)), ('Dartmouth & Kingswear 6 kg', t, (341, 315, 483, 336)),
    ('hake (portioned), 5 kg plaice (filleted), 2 kg lobster (cooked)', t, (501, 315, 845, 336)),
    ('£227.80', t, (938, 317, 991, 334)), ('Packed', t, (1096, 315, 1156, 340)),
    ('Dartmouth', t, (168, 326, 231, 343)), ('TF-7713', t, (64, 353, 123, 374)),
    ('Kingswear Yacht Club', t, (168, 354, 303, 374)), ('0', t, (37, 365, 51, 380)),
    ('Dartmouth & Kingswear 4 kg', t, (343, 365, 483, 382)), ('mackerel (filleted)', t, (500, 365, 623, 382)),
    ('£42.0', t, (944, 361, 983, 384)), ('Ordered', t, (1100, 363, 1155, 384)),
    ('for Wed 21 May', t, (63, 369, 158, 392)), ('Kingswear', t, (167, 371, 232, 392)), ('0', t, (34, 410, 53, 429)),
    ('TF-7714', t, (64, 400, 123, 421)), ('Quayside Kitchen', t, (168, 402, 278, 422)),
    ('for Wed 21 May', t, (63, 417, 158, 440)), ('Dartmouth', t, (167, 419, 232, 439)),
    ('Dartmouth & Kingswear 5 kg', t, (343, 412, 483, 429)),
    ('pollack (pin-boned fillets), 3 kg brown crab (cooked)', t, (501, 412, 803, 429)),
    ('£90.0', t, (944, 410, 983, 431)), ('Packed', t, (1096, 409, 1155, 434)), ('□', t, (32, 455, 54, 477)),
    ('TF-7715', t, (64, 447, 123, 468)), ('Stoke Fleming Inn', t, (168, 448, 281, 468)),
    ('£32.0', t, (944, 457, 983, 478)), ('for Wed 21 May', t, (63, 464, 158, 487)),
    ('Dartmouth & Kingswear 2 kg', t, (343, 460, 483, 476)), ('plaice (filleted)', t, (501, 460, 606, 476)),
    ('Cancelled', t, (1099, 456, 1165, 481)), ('Stoke Fleming', t, (166, 465, 252, 488)),
    ('TF-7705', t, (65, 496, 122, 514)), ('Quayside Fish Bar', t, (168, 496, 283, 516)), ('□', t, (32, 503, 55, 526)),
    ('for Wed 21 May', t, (63, 511, 158, 534)), ('Paignton', t, (166, 513, 224, 534)),
    ('Torbay', t, (339, 502, 389, 528)), ('10 kg hake (filleted), 6 kg pollack (filleted)', t, (500, 505, 725, 525)),
    ('£193.20', t, (936, 504, 989, 525)), ('Kev Pengelly', t, (1004, 504, 1084, 525)),
    ('Out for delivery', t, (1102, 506, 1192, 523)), ('□', t, (32, 551, 54, 573)),
    ('TF-7706', t, (65, 544, 122, 562)), ('The Ness Grill', t, (168, 543, 258, 563)),
    ('3 kg mackerel (whole), 2 kg gumard (red) (filleted)', t, (497, 551, 769, 573)),
    ('£42.0', t, (944, 550, 983, 573)), ('for Wed 21 May', t, (63, 558, 158, 581)),
    ('Shaldon', t, (167, 560, 221, 581)), ('Torbay', t, (340, 551, 388, 574)), ('Packed', t, (1096, 551, 1155, 576)),
    ('0', t, (34, 599, 53, 618)), ('TF-7707', t, (65, 591, 122, 609)),
    ('Imperial Terrace Hotel', t, (167, 589, 304, 612)), ('£176.40', t, (938, 600, 991, 617)),
    ('for Wed 21 May', t, (64, 609, 158, 629)), ('Torquay', t, (168, 609, 219, 630)),
    ('Torbay', t, (340, 598, 388, 621)),
    ('6 kg cod (portioned), 4 kg lemon sole (filleted)', t, (499, 601, 746, 618)),
    ('Packed', t, (1096, 598, 1155, 623)), ('□', t, (32, 645, 55, 666)), ('TF-7708', t, (64, 637, 123, 658)),
    ('Cove Kitchen', t, (167, 636, 253, 659)), ('Torbay', t, (339, 644, 389, 670)),
    ('3 kg monkfish tails (portioned), 4 kg mussels (rope-grown) (live)', t, (499, 648, 841, 665)),
    ('£88.8', t, (944, 646, 983, 667)), ('Ordered', t, (1100, 646, 1155, 667)),
    ('for Wed 21 May', t, (64, 656, 158, 676)), ('Babbacombe', t, (168, 657, 246, 674)), ('□', t, (33, 692, 55, 713)),
    ('TF-7709', t, (65, 685, 122, 703)), ('Babbacombe Fish & Chips', t, (168, 684, 326, 715)),
    ('Torbay', t, (344, 684, 389, 715)), ('for Wed 21 May', t, (64, 702, 159, 719)),
    ('12 kg hake (filleted), 10 kg pollack (filleted)', t, (499, 694, 731, 714)), ('£263.2', t, (939, 696, 983, 713)),
    ('Packed', t, (1097, 691, 1155, 716)), ('Babbacombe', t, (168, 704, 246, 719)), ('⋯', t, (1223, 232, 1237, 234)),
    ('⋯', t, (1223, 279, 1237, 281)), ('⋯', t, (1223, 326, 1237, 328)), ('⋯', t, (1223, 373, 1237, 375)),
    ('⋯', t, (1223, 420, 1237, 422)), ('⋯', t, (1223, 468, 1237, 470)), ('⋯', t, (1223, 515, 1237, 517)),
    ('⋯', t, (1223, 562, 1237, 564)), ('⋯', t, (1223, 609, 1237, 611)), ('⋯', t, (1223, 657, 1237, 659)),
    ('⋯', t, (1223, 704, 1237, 706)), ('Kev Pengelly Out for delivery', i, (1098, 504, 1197, 526)),
    ('⋯ Cancelled', i, (1098, 457, 1167, 479)), ('⋯ Ordered', i, (1098, 646, 1158, 668)),
    ('Packed Ordered', i, (1098, 363, 1158, 385)), ('⋯ Packed', i, (1098, 693, 1154, 715)),
    ('⋯ Packed', i, (1098, 599, 1154, 621)), ('⋯ Packed', i, (1098, 552, 1154, 574)),
    ('⋯ Packed', i, (1098, 410, 1154, 432)), ('⋯ Packed', i, (1098, 268, 1154, 290)),
    ('Status Packed', i, (1098, 221, 1154, 243)), ('⋯', i, (1098, 316, 1154, 337)), ('Order', c, (36, 184, 51, 199))]
FISH03 = [('3 selected', t, (35, 189, 103, 203)), ('3 selected', t, (37, 192, 102, 202)),
    ('Mark packed', t, (117, 185, 200, 207)), ('Mark packed', t, (118, 192, 199, 205)),
    ('Send out...', t, (224, 186, 296, 206)), ('Send out...', t, (224, 192, 299, 207)),
    ('Clear', t, (1195, 186, 1235, 207)), ('0', t, (34, 233, 52, 250)), ('Order', t, (65, 233, 105, 251)),
    ('Customer', t, (169, 233, 230, 250)), ('Round', t, (342, 234, 386, 251)), ('Fish', t, (496, 231, 531, 254)),
    ('Total', t, (937, 233, 971, 252)), ('Driver', t, (1001, 233, 1042, 251)), ('Status', t, (1095, 233, 1138, 251)),
    ('TF-7710', t, (65, 265, 121, 282)), ('Harbour Lights Bistro', t, (168, 265, 296, 282)),
    ('Dartmouth & Kingswear 3 kg', t, (343, 271, 483, 292)),
    ('turbot (filleted), 5 kg mussels (rope-grown) (live), 2 kg cuttlefish (cleaned)', t, (501, 271, 920, 292)),
    ('£123.20', t, (938, 273, 991, 291)), ('for Wed 21 May', t, (64, 282, 157, 302)),
    ('Dartmouth', t, (168, 283, 231, 300)), ('Packed', t, (1095, 271, 1156, 296)), ('⋯', t, (1217, 274, 1240, 292)),
    ('0', t, (34, 320, 52, 338)), ('TF-7711', t, (65, 312, 122, 329)), ('The Sea Pink', t, (169, 312, 253, 329)),
    ('4 kg brill (whole), 2 kg john dory (whole)', t, (493, 319, 716, 339)),
    ('for Wed 21 May', t, (63, 327, 157, 349)), ('Dartmouth & Kingswear', t, (342, 322, 487, 338)),
    ('£114.00', t, (938, 321, 991, 338)), ('Packed', t, (1096, 318, 1155, 343)),
    ('Dartmouth', t, (168, 330, 231, 347)), ('✓', t, (34, 366, 53, 384)), ('TF-7712', t, (66, 358, 122, 376)),
    ('Castle Cove Hotel', t, (169, 359, 279, 376)), ('for Wedl 21 May', t, (63, 373, 158, 396)),
    ('Dartmouth & Kingswear 6 kg', t, (340, 366, 483, 387)),
    ('hake (portioned), 5 kg plaice (filleted), 2 kg lobster (cooked)', t, (501, 366, 846, 387)),
    ('£227.80', t, (938, 368, 992, 385)), ('Packed', t, (1095, 365, 1156, 390)), ('⋯', t, (1217, 369, 1240, 387)),
    ('Dartmouth', t, (168, 377, 231, 394)), ('TF-7713', t, (65, 405, 122, 423)),
    ('Kingswear Yacht Club', t, (168, 404, 302, 424)), ('£42.0', t, (944, 412, 983, 434)),
    ('□', t, (35, 415, 52, 433)), ('for Wed 21 May', t, (63, 420, 158, 443)), ('Kingswear', t, (167, 423, 232, 443)),
    ('Dartmouth & Kingswear 4 kg', t, (343, 416, 483, 433)), ('mackerel (filleted)', t, (500, 416, 623, 433)),
    ('Ordered', t, (1100, 414, 1155, 435)), ('TF-7714', t, (65, 453, 122, 471)),
    ('Quayside Kitchen', t, (168, 453, 278, 473)), ('Dartmouth & Kingswear 5 kg', t, (342, 460, 483, 481)),
    ('pollack (pin-boned fillets), 3 kg brown crab (cooked)', t, (501, 460, 804, 481)),
    ('£90.0', t, (944, 460, 983, 481)), ('for Wed 21 May', t, (63, 469, 157, 492)),
    ('Dartmouth', t, (167, 471, 232, 491)), ('Packed', t, (1095, 460, 1156, 485)), ('⋯', t, (1217, 463, 1240, 481)),
    ('0', t, (34, 508, 53, 527)), ('TF-7715', t, (65, 500, 122, 518)), ('Stoke Fleming Inn', t, (168, 499, 281, 519)),
    ('for Wed 21 May', t, (63, 516, 157, 538)), ('Dartmouth & Kingswear 2 kg', t, (343, 510, 483, 527)),
    ('plaice (filleted)', t, (501, 510, 606, 527)), ('£32.0', t, (944, 508, 983, 529)),
    ('Cancelled', t, (1099, 507, 1166, 536)), ('Stoke Fleming', t, (167, 518, 252, 538)),
    ('⋯', t, (1223, 330, 1237, 332)), ('⋯', t, (1223, 424, 1237, 426)), ('⋯', t, (1223, 519, 1237, 521)),
    ('3 selected 0', i, (25, 227, 1256, 309)), ('3 selected Mark packed', i, (111, 183, 208, 210)),
    ('3 selected Send out...', i, (217, 183, 305, 210)), ('Packed', i, (1098, 508, 1167, 530)),
    ('Clear', i, (1189, 183, 1243, 210)), ('Packed Ordered', i, (1098, 414, 1158, 436)),
    ('⋯ Packed', i, (1098, 319, 1154, 341)), ('3 selected', c, (36, 274, 51, 289)),
    ('for Wedl 21 May', c, (36, 368, 51, 383)), ('for Wed 21 May', c, (36, 416, 51, 431)),
    ('for Wed 21 May', c, (36, 463, 51, 478))]
FISH05 = [('Send out 3 orders', t, (386, 45, 534, 62)), ('X', t, (867, 40, 893, 66)),
    ('TF-7710 — Harbour Lights Bistro (Dartmouth & Kingswear)', t, (386, 101, 706, 122)),
    ('TF-7712 — Castle Cove Hotel (Dartmouth & Kingswear)', t, (386, 117, 691, 141)),
    ('TF-7714 — Quayside Kitchen (Dartmouth & Kingswear)', t, (385, 132, 689, 158)),
    ('Driver', t, (383, 165, 428, 186)), ('Left the quay at', t, (640, 164, 740, 187)),
    ('- choose', t, (409, 192, 463, 213)), ('07:15 AM', t, (649, 192, 719, 216)), ('0', t, (861, 193, 884, 217)),
    ('Lee Bastow', t, (395, 209, 472, 229)), ('Kev Pengelly', t, (394, 225, 479, 245)),
    ('Mandy Stone', t, (394, 241, 480, 261)), ('Cancel', t, (746, 281, 793, 299)),
    ('Send out', t, (822, 280, 884, 300)), ('The Sea Pink Cancel', i, (370, 264, 911, 319)),
    ('Trade accounts Send out 3 orders', i, (370, 30, 911, 79)),
    ('TF-7712 — Castle Cove Hotel (Dartmouth & Kingswear) - choose', i, (390, 191, 633, 264)),
    ('TF-7712 — Castle Cove Hotel (Dartmouth & Kingswear) 07:15 AM', i, (645, 188, 894, 224)),
    ('TF-7712 — Castle Cove Hotel (Dartmouth & Kingswear) - choose', i, (396, 194, 626, 212)),
    ('Send out', i, (811, 273, 893, 308)), ('Cancel', i, (734, 273, 806, 309)),
    ('TF-7712 — Castle Cove Hotel (Dartmouth & Kingswear) - choose', c, (396, 194, 626, 224)),
    ('TF-7712 — Castle Cove Hotel (Dartmouth & Kingswear) Mandy Stone', c, (399, 229, 476, 259))]
AGM05 = [('Nets', t, (248, 422, 287, 440)), ('Nets on Mondays', t, (251, 449, 378, 473)),
    ('Nets on Tuesdays', t, (549, 450, 658, 470)), ('Nets on Wednesdays', t, (808, 454, 954, 471)),
    ('Nets on Thursdays', t, (273, 472, 386, 495)), ('Nets on Fridays', t, (541, 472, 646, 494)),
    ('Nets from', t, (248, 501, 310, 518)), ('Nets until', t, (456, 501, 517, 518)),
    ('Lanes', t, (664, 501, 706, 519)), ('Lane hire (£ an hour)', t, (871, 498, 998, 521)),
    ('06:00 PM', t, (256, 528, 321, 548)), ('09:00 PM', t, (465, 528, 530, 548)), ('3', t, (674, 529, 687, 546)),
    ('5', t, (881, 528, 896, 548)), ('Nets from 06:00 PM', i, (250, 522, 450, 557)),
    ('Nets until 09:00 PM', i, (459, 522, 658, 557)), ('Lanes 3', i, (667, 522, 867, 555)),
    ('Lane hire (£ an hour) 5', i, (876, 522, 1075, 555)), ('Nets on Mondays', c, (254, 454, 269, 469)),
    ('Nets on Tuesdays', c, (532, 454, 547, 469)), ('Nets on Wednesdays', c, (810, 454, 825, 469)),
    ('Nets on Thursdays', c, (254, 477, 269, 492)), ('Nets on Fridays', c, (532, 477, 547, 492)),
    ('', c, (422, 533, 435, 546)), ('', c, (631, 533, 644, 546))]

DIARY00 = [('Clearwater Hearing independent audiology · Ludlow', t, (18, 11, 460, 40)),
    ('Diary', t, (487, 15, 528, 36)), ('Patients', t, (547, 16, 606, 33)), ('Repairs', t, (625, 18, 679, 35)),
    ('Shop stock', t, (697, 18, 778, 35)), ('Clinic settings', t, (793, 18, 889, 35)),
    ('Wed 15 Jan · reception: Sue', t, (1102, 18, 1259, 34)), ('Diary', t, (17, 71, 78, 101)),
    ('15 Jan 2025', t, (116, 75, 197, 95)), ('+ Book appointment', t, (1121, 76, 1247, 96)),
    ('Day', t, (28, 128, 62, 150)), ('01/15/2025', t, (70, 129, 148, 149)), ('日', t, (166, 131, 184, 149)),
    ('Clinician', t, (196, 128, 250, 148)), ('Everyone', t, (261, 131, 325, 151)), ('V', t, (352, 135, 362, 145)),
    ('Show', t, (370, 130, 408, 148)), ('All day', t, (417, 128, 469, 154)), ('V', t, (497, 134, 510, 146)),
    ('Today', t, (527, 130, 572, 151)), ('Wed 15 Jan · reception: Sue + Book appointment', i, (1111, 69, 1257, 104)),
    ('Day 01/15/2025', i, (63, 123, 194, 159)), ('Clinician Everyone', i, (253, 125, 368, 157)),
    ('Show All day', i, (411, 125, 515, 157)), ('Patients Diary', i, (479, 9, 538, 44)),
    ('Show Today', i, (520, 126, 579, 156)),
    ('Clearwater Hearing independent audiology · Ludlow', c, (23, 15, 45, 37)),
    ('15 Jan 2025', c, (83, 72, 111, 101)), ('15 Jan 2025', c, (202, 72, 231, 101)),
    ('15 Jan 2025', c, (94, 83, 100, 90)), ('15 Jan 2025', c, (214, 83, 220, 90)),
    ('+ Book appointment', c, (1125, 81, 1134, 90))]
DIARY02 = [('Day', t, (28, 128, 62, 149)), ('01/17/2025', t, (70, 129, 148, 149)), ('日', t, (166, 131, 184, 149)),
    ('Clinician', t, (195, 126, 251, 149)), ('Rachel Price V', t, (262, 130, 362, 150)),
    ('Show', t, (370, 130, 408, 148)), ('All day', t, (417, 128, 469, 154)), ('V', t, (497, 134, 510, 146)),
    ('Today', t, (527, 130, 572, 151)), ('0', t, (36, 184, 55, 203)), ('Time', t, (71, 185, 107, 203)),
    ('Clinician', t, (172, 183, 230, 201)), ('Patient', t, (347, 185, 394, 203)),
    ('Patient', t, (349, 192, 393, 201)), ('Appointmen', t, (591, 184, 663, 204)), ('09:00', t, (71, 219, 112, 237)),
    ('Mr Derek Lewis', t, (347, 220, 448, 237)), ('to 10:00', t, (69, 234, 123, 257)),
    ('● Rachel Price', t, (173, 229, 268, 246)), ('Hearing test', t, (590, 228, 663, 248)),
    ('P-2117 - 01584 555251', t, (347, 238, 478, 254)), ('0', t, (34, 278, 55, 297)),
    ('10:00', t, (70, 269, 113, 290)), ('Ms Fiona Gittins', t, (347, 271, 454, 288)),
    ('● Rachel Price', t, (172, 280, 267, 297)), ('Hearing aid fitting', t, (590, 277, 698, 300)),
    ('to 11:30', t, (70, 287, 123, 308)), ('P-2108 - 07700 900160', t, (346, 289, 478, 305)),
    ('11:30', t, (70, 320, 114, 341)), ('Mr Gordon Price', t, (347, 322, 455, 338)),
    ('● Rachel Price', t, (173, 331, 268, 348)), ('P-2103 - 01584 555123', t, (347, 339, 479, 356)),
    ('Follow-up', t, (589, 329, 655, 351)), ('to 12:00', t, (70, 338, 123, 359)), ('□', t, (34, 379, 56, 401)),
    ('14:00', t, (71, 373, 112, 391)), ('● Rachel Price', t, (174, 382, 267, 399)),
    ('Mrs Sandra Preece', t, (349, 376, 470, 389)), ('Hearing test', t, (590, 381, 663, 401)),
    ('to 15:00', t, (71, 391, 122, 408)), ('P-2113 - 01584 555215', t, (348, 391, 479, 407)),
    ('0', t, (34, 431, 56, 453)), ('15:00', t, (71, 424, 112, 442)),
    ('Mrs Patricia Whitlock', t, (347, 425, 485, 442)), ('to 15:30', t, (70, 439, 122, 462)),
    ('● Rachel Price', t, (174, 435, 267, 452)), ('Follow-up', t, (589, 432, 655, 454)),
    ('P-2116 - 01584 555249', t, (348, 443, 479, 459)), ('0', t, (36, 483, 55, 502)),
    ('15:30', t, (71, 475, 112, 493)), ('Mr Samuel Okoro', t, (348, 477, 461, 493)),
    ('Hearing aid fitting', t, (590, 475, 697, 495)), ('to 17:00', t, (71, 493, 122, 511)),
    ('● Rachel Price', t, (174, 486, 266, 503)), ('P-2105 - 01584 555139', t, (348, 494, 478, 510)),
    ('Day 01/17/2025', i, (63, 123, 194, 159)), ('Clinician Rachel Price V', i, (253, 125, 368, 157)),
    ('Show All day', i, (411, 125, 515, 157)), ('Show Today', i, (520, 126, 579, 156)),
    ('to 10:00', c, (38, 229, 53, 244)), ('● Rachel Price', c, (176, 232, 187, 243)),
    ('● Rachel Price', c, (176, 283, 187, 294)), ('11:30', c, (38, 332, 53, 347)),
    ('● Rachel Price', c, (176, 334, 187, 345)), ('● Rachel Price', c, (176, 385, 187, 396)),
    ('● Rachel Price', c, (176, 437, 187, 448)), ('● Rachel Price', c, (176, 488, 187, 499))]
BAR04 = [('2 selected', t, (34, 187, 105, 204)), ('Move to another clinician...', t, (116, 185, 281, 206)),
    ('2 selected Move to another clinician...', i, (111, 183, 291, 210))]
MOVE05 = [('Move 2 appointments', t, (384, 43, 564, 64)), ('×', t, (870, 45, 889, 63)),
    ('Fri 17 Jan 14:00 — Mrs Sandra Preece, Hearing test (Rachel Price)', t, (384, 102, 749, 121)),
    ('Fri 17 Jan 15:00 — Mrs Patricia Whitlock, Follow-up (Rachel Price)', t, (385, 120, 745, 138)),
    ('Move to', t, (384, 148, 437, 166)), ('- choose', t, (410, 178, 465, 196)), ('V', t, (618, 178, 633, 192)),
    ('Same day and time; patients get a text about the change.', t, (386, 222, 692, 241)),
    ('Cancel', t, (685, 301, 732, 319)), ('Move appointments', t, (759, 299, 882, 321)),
    ('Ms Cancel', i, (370, 284, 910, 339)), ('Move 2 appointments - choose', i, (387, 171, 636, 203)),
    ('Move appointments', i, (750, 293, 893, 328)),
    ('Same day and time; patients get a text about the change. Cancel', i, (673, 293, 745, 329)),
    ('Fri 17 Jan 14:00 — Mrs Sandra Preece, Hearing test (Rachel Price)', c, (388, 106, 402, 117)),
    ('Fri 17 Jan 15:00 — Mrs Patricia Whitlock, Follow-up (Rachel Price)', c, (388, 123, 402, 134))]
MOVE06 = [('Move 2 appointments', t, (384, 43, 564, 64)), ('×', t, (870, 45, 889, 63)),
    ('Fri 17 Jan 14:00 — Mrs Sandra Preece, Hearing test (Rachel Price)', t, (384, 102, 749, 121)),
    ('Fri 17 Jan 15:00 — Mrs Patricia Whitlock, Follow-up (Rachel Price)', t, (385, 120, 745, 138)),
    ('Move to', t, (384, 149, 437, 167)), ('Harriet Lowe', t, (396, 177, 479, 197)), ('V', t, (619, 179, 631, 192)),
    ('Same day and time; patients get a text about the change.', t, (386, 220, 692, 241)),
    ('Cancel', t, (685, 301, 732, 319)), ('Move appointments', t, (759, 299, 882, 321)),
    ('Ms Cancel', i, (370, 284, 910, 339)), ('Move 2 appointments Harriet Lowe', i, (385, 169, 637, 204)),
    ('Move appointments', i, (750, 293, 893, 328)),
    ('Same day and time; patients get a text about the change. Cancel', i, (673, 293, 745, 329)),
    ('Fri 17 Jan 14:00 — Mrs Sandra Preece, Hearing test (Rachel Price)', c, (388, 106, 402, 117)),
    ('Fri 17 Jan 15:00 — Mrs Patricia Whitlock, Follow-up (Rachel Price)', c, (388, 123, 402, 134))]
ROWS07 = [('□', t, (35, 183, 57, 204)), ('Time', t, (71, 185, 107, 203)), ('Clinician', t, (175, 184, 231, 202)),
    ('Patient', t, (349, 185, 396, 203)), ('Patient', t, (351, 192, 395, 201)),
    ('Appointment', t, (585, 184, 663, 204)), ('Fee', t, (986, 185, 1015, 204)),
    ('Status', t, (1053, 185, 1096, 203)), ('09:00', t, (71, 219, 112, 237)),
    ('Mr Derek Lewis', t, (349, 220, 451, 237)), ('to 10:00', t, (69, 234, 123, 257)),
    ('● Rachel Price', t, (175, 229, 269, 246)), ('Hearing test', t, (584, 228, 663, 248)),
    ('Booked', t, (1054, 224, 1115, 252)), ('P-2117· 01584 555251', t, (349, 238, 480, 254)),
    ('□', t, (36, 279, 55, 297)), ('10:00', t, (70, 269, 113, 290)), ('Ms Fiona Gittins', t, (349, 271, 457, 288)),
    ('● Rachel Price', t, (174, 280, 268, 297)), ('Hearing aid fitting', t, (584, 279, 693, 300)),
    ('Booked', t, (1054, 275, 1115, 303)), ('to 11:30', t, (69, 287, 123, 308)),
    ('P-2108· 07700 900160', t, (348, 289, 480, 305)), ('11:30', t, (70, 320, 114, 341)),
    ('Mr Gordon Price', t, (348, 321, 456, 337)), ('● Rachel Price', t, (175, 331, 269, 348)),
    ('P-2103· 01584 555123', t, (348, 339, 480, 355)), ('Follow-up', t, (583, 328, 649, 351)),
    ('Booked', t, (1054, 327, 1115, 355)), ('to 12:00', t, (70, 338, 123, 359)), ('□', t, (34, 380, 56, 401)),
    ('15:30', t, (71, 373, 112, 391)), ('● Rachel Price', t, (175, 382, 268, 399)),
    ('Mr Samuel Okoro', t, (350, 375, 463, 391)), ('Hearing aid fitting', t, (586, 375, 692, 392)),
    ('to 17:00', t, (71, 391, 122, 408)), ('P-2105 · 01584 555139', t, (350, 391, 480, 407)),
    ('Lumity 90 pair — ordered 19 Dec, in stock.', t, (586, 392, 817, 409)), ('Booked', t, (1054, 378, 1114, 406)),
    ('⋯', t, (1190, 238, 1203, 240)), ('⋯', t, (1190, 289, 1203, 291)), ('⋯', t, (1190, 340, 1203, 342)),
    ('⋯', t, (1190, 391, 1203, 393)), ('Booked', i, (1056, 381, 1114, 403)), ('Booked', i, (1056, 278, 1114, 300)),
    ('Status', i, (1056, 227, 1114, 249)), ('Booked', i, (1056, 330, 1114, 351)), ('to 10:00', c, (38, 229, 53, 244)),
    ('● Rachel Price', c, (177, 232, 188, 243)), ('to 11:30', c, (38, 280, 53, 295)),
    ('● Rachel Price', c, (177, 283, 188, 294)), ('11:30', c, (38, 332, 53, 347)),
    ('● Rachel Price', c, (177, 334, 188, 345)), ('● Rachel Price', c, (177, 385, 188, 396))]
CANCEL10 = [('Mr Samuel Okoro — Hearing aid fitting, Fri 17 Jan 15:30', t, (385, 105, 713, 122)),
    ('Day', t, (31, 130, 60, 149)), ('01/17/2025', t, (69, 129, 148, 149)), ('日', t, (164, 131, 184, 149)),
    ('Clinician', t, (197, 130, 250, 148)), ('Rachel Price', t, (263, 132, 344, 149)),
    ('Reason', t, (384, 135, 435, 153)), ('choose', t, (412, 163, 461, 180)), ('0', t, (36, 184, 55, 203)),
    ('Time', t, (71, 185, 107, 203)), ('Clinician', t, (174, 185, 231, 203)), ('Pat', t, (345, 181, 374, 205)),
    ('Patient cancelled', t, (394, 176, 502, 196)), ('Patient unwell', t, (394, 193, 484, 213)),
    ('09:00', t, (71, 219, 112, 237)), ('Mr', t, (347, 218, 372, 239)),
    ('Clinician unavailable', t, (395, 209, 521, 229)), ('● Rachel Price', t, (175, 230, 267, 247)),
    ('Booked in error', t, (394, 225, 492, 245)), ('to 10:00', t, (71, 237, 122, 255)),
    ('P-2', t, (347, 236, 373, 256)), ('Other', t, (394, 240, 436, 262)), ('0', t, (36, 278, 55, 296)),
    ('10:00', t, (71, 270, 112, 288)), ('Ms', t, (347, 269, 375, 289)), ('to 11:30', t, (71, 288, 122, 306)),
    ('● Rachel Price', t, (175, 281, 267, 298)), ('P-2108·07700 900160', t, (349, 288, 480, 305)),
    ('Hearing aid fittung', t, (586, 281, 693, 300)), ('0', t, (36, 330, 54, 348)), ('11:30', t, (71, 321, 112, 339)),
    ('Mr Gordon Price', t, (349, 322, 458, 339)), ('to 12:00', t, (71, 339, 122, 357)),
    ('● Rachel Price', t, (175, 332, 267, 349)), ('P-2103· 01584 555123', t, (348, 336, 482, 358)),
    ('Follow-up', t, (583, 328, 649, 351)), ('0', t, (36, 381, 54, 400)), ('15:30', t, (71, 373, 112, 391)),
    ('Mr Samuel Okoro', t, (350, 375, 462, 391)), ('Hearing aid fitting', t, (586, 375, 692, 392)),
    ('● Rachel Price', t, (175, 383, 267, 400)), ('to 17:00', t, (71, 391, 122, 409)),
    ('P-2105, 01584 555139', t, (351, 393, 479, 406)),
    ('Lumity 90 pair — ordered 19 Dec, in stock.', t, (586, 391, 817, 409)), ('Pat 09:00', i, (24, 214, 371, 263)),
    ('Reason Day', i, (26, 117, 371, 165)), ('01/17/2025', i, (63, 123, 194, 159)),
    ('Reason Rachel Price', i, (253, 125, 368, 157)), ('0', c, (38, 229, 53, 244)),
    ('● Rachel Price', c, (177, 232, 188, 243)), ('● Rachel Price', c, (177, 283, 188, 294)),
    ('● Rachel Price', c, (177, 334, 188, 345)), ('● Rachel Price', c, (177, 385, 188, 396))]
DIARY01 = [('Day', t, (28, 128, 62, 150)), ('01/17/2025', t, (70, 129, 148, 149)), ('日', t, (166, 131, 184, 149)),
    ('Clinician', t, (196, 128, 250, 148)), ('Everyone', t, (261, 131, 325, 151)), ('V', t, (352, 135, 362, 145)),
    ('Show', t, (370, 130, 408, 148)), ('All day', t, (417, 128, 469, 154)), ('V', t, (497, 134, 510, 146)),
    ('Today', t, (527, 130, 572, 151)), ('0', t, (36, 184, 55, 203)), ('Time', t, (71, 185, 107, 203)),
    ('Clinician', t, (170, 184, 227, 201)), ('Patient', t, (339, 185, 386, 203)),
    ('Patient', t, (341, 192, 385, 201)), ('Appointment', t, (581, 184, 663, 204)), ('09:00', t, (71, 219, 112, 237)),
    ('Mr Derek Lewis', t, (339, 220, 440, 236)), ('● Rachel Price', t, (171, 229, 265, 246)),
    ('Hearing test', t, (580, 228, 660, 248)), ('to 10:00', t, (71, 238, 122, 256)),
    ('P-2117 - 01584 555251', t, (339, 238, 469, 254)), ('0', t, (36, 279, 54, 296)),
    ('09:00', t, (71, 270, 112, 288)), ('● Jo Turner', t, (170, 278, 246, 298)),
    ('Miss Rosemary Tudor', t, (339, 271, 479, 288)), ('to 09:30', t, (69, 285, 123, 308)),
    ('P-2118 - 07700 900262', t, (339, 289, 471, 305)), ('09:30', t, (70, 320, 113, 341)),
    ('Mr Keith Onions', t, (339, 322, 445, 339)), ('to 10:00', t, (69, 336, 123, 359)),
    ('● Harriet Lowe', t, (171, 331, 265, 348)), ('Follow-up', t, (579, 328, 644, 351)),
    ('P-2110 - 01584 555183', t, (339, 340, 471, 356)), ('□', t, (36, 381, 54, 400)),
    ('09:30', t, (71, 373, 112, 391)), ('● Jo Turner', t, (171, 382, 246, 399)),
    ('Mrs Dorothy Banks', t, (339, 374, 464, 391)), ('to 10:00', t, (71, 390, 122, 408)),
    ('P-2101 - 01584 555110', t, (339, 391, 470, 407)), ('0', t, (36, 432, 55, 451)),
    ('10:00', t, (71, 424, 112, 442)), ('Ms Fiona Gittins', t, (339, 425, 447, 442)),
    ('to 11:30', t, (69, 439, 123, 462)), ('● Rachel Price', t, (171, 435, 264, 452)),
    ('P-2108 - 07700 900160', t, (338, 443, 470, 459)), ('Hearing aid fitting', t, (580, 433, 689, 454)),
    ('0', t, (36, 483, 55, 502)), ('10:00', t, (71, 475, 112, 493)), ('Mr Trevor Bayliss', t, (339, 476, 454, 493)),
    ('to 10:15', t, (69, 490, 123, 513)), ('● Jo Turner', t, (170, 484, 246, 503)),
    ('P-2107 - 01584 555156', t, (338, 493, 470, 509)), ('Repair clinic', t, (580, 484, 660, 504)),
    ('10:30', t, (71, 526, 112, 544)), ('Mr lan Bevan', t, (339, 527, 426, 544)), ('0', t, (36, 535, 55, 554)),
    ('to 11:30', t, (71, 544, 122, 562)), ('● Harriet Lowe', t, (171, 537, 264, 554)),
    ('P-2119 - 01584 555274', t, (338, 544, 470, 561)), ('Hearing test', t, (580, 535, 660, 555)),
    ('□', t, (34, 584, 56, 606)), ('10:45', t, (71, 578, 112, 596)), ('● Jo Turner', t, (171, 587, 246, 604)),
    ('Mrs Eileen Price', t, (339, 579, 445, 596)), ('to 11:15', t, (71, 595, 122, 613)),
    ('P-2104 - 01584 555123', t, (339, 595, 471, 612)), ('11:30', t, (71, 629, 112, 647)),
    ('● Rachel Price', t, (171, 638, 264, 655)), ('Mr Gordon Price', t, (339, 630, 448, 647)),
    ('Follow-up', t, (579, 636, 644, 658)), ('to 12:00', t, (70, 645, 122, 666)),
    ('P-2103 - 01584 555123', t, (339, 648, 471, 665)), ('0', t, (36, 688, 55, 707)),
    ('14:00', t, (71, 680, 112, 698)), ('Mrs Sandra Preece', t, (339, 681, 462, 698)),
    ('to 15:00', t, (71, 698, 122, 716)), ('● Rachel Price', t, (172, 692, 263, 706)),
    ('P-2113 - 01584 555215', t, (338, 698, 469, 714)), ('Hearing test', t, (580, 689, 659, 709)),
    ('Day 01/17/2025', i, (63, 123, 194, 159)), ('Clinician Everyone', i, (253, 125, 368, 157)),
    ('Show All day', i, (411, 125, 515, 157)), ('Show Today', i, (520, 126, 579, 156)),
    ('09:00', c, (38, 229, 53, 244)), ('● Rachel Price', c, (173, 232, 184, 243)),
    ('● Jo Turner', c, (173, 283, 184, 294)), ('to 10:00', c, (38, 332, 53, 347)),
    ('● Harriet Lowe', c, (173, 334, 184, 345)), ('09:30', c, (38, 383, 53, 398)),
    ('● Jo Turner', c, (173, 385, 184, 396)), ('● Rachel Price', c, (173, 437, 184, 448)),
    ('● Jo Turner', c, (173, 488, 184, 499)), ('● Harriet Lowe', c, (173, 539, 184, 550)),
    ('● Jo Turner', c, (173, 590, 184, 601)), ('to 12:00', c, (38, 639, 53, 654)),
    ('● Rachel Price', c, (173, 641, 184, 652)), ('● Rachel Price', c, (173, 693, 184, 704))]

def test_a_list_of_subs_priced_under_its_topic_not_a_fee_of_the_same_thing():
    """"next year's subs: seniors go up to £120, students to £60 and social members to £25": "seniors" is "Senior
    subs (£)", not "Senior match fee (£)" (the list's topic, "subs", tells them apart), then "Student subs (£)";
    once the subs were scrolled out of sight, no box under the thing alone ("Senior match fee (£)") takes 120."""
    from tilepilot.model.embedded.fields import priced_field
    from tilepilot.model.embedded.order import _POLICY

    f, _ = _page(AGM01, [("click", (63.0, 182.5))])
    senior, student = _at(f, (250, 124, 519, 157)), _at(f, (528, 124, 797, 157))
    assert priced_field(f, AGM) == (senior, "120")
    assert priced_field(f, AGM.replace("year's subs:", "year's subs.")) == (student, "60")  # (no topic: seniors
    # is two boxes, neither typed)
    f, _ = _page(AGM01, [("click", (63.0, 182.5)), ("type", (384.5, 140.5))])
    assert priced_field(f, AGM) == (student, "60")
    f, _ = _page(AGM08, [("type", (662.5, 140.5)), ("type", (384.5, 214.5)), ("type", (384.5, 351.5)),
                         ("click", (539.5, 484.5)), ("type", (558.5, 539.5)), ("scroll", (0.0, 0.0))])
    assert priced_field(f, AGM) is None
    assert _POLICY.search(AGM) and not _POLICY.search("The lemon drizzle is going up to £3.60.")


def test_nets_until_eight_in_the_evening_and_the_friday_session_dropped():
    """"we can only use the nets until eight o'clock now" types 20:00 into "Nets until [09:00 PM]" (the box sharing
    most words, the half of the day its time shows), not "Nets from"; "we're dropping the Friday net session
    altogether" unticks "☑ Nets on Fridays" ("net" read as "Nets")."""
    from tilepilot.model.embedded.fields import told_time
    from tilepilot.model.embedded.order import setting_box

    ticks = [(532, 454, 547, 469), (254, 477, 269, 492), (532, 477, 547, 492)]
    f, _ = _page(AGM05, [("click", (63.0, 182.5)), ("type", (384.5, 140.5))], ticks)
    assert told_time(f, AGM) == (_at(f, (459, 522, 658, 557)), "20:00")
    assert told_time(f, AGM.replace("until eight", "until ten")) == (_at(f, (459, 522, 658, 557)), "22:00")
    assert setting_box(f, AGM) == _at(f, (532, 477, 547, 492))
    assert setting_box(f, AGM.replace("we're dropping the Friday net session altogether", "that's that")) is None


def test_one_price_for_rows_said_together_a_share_in_words_a_row_moved_and_a_pronoun_s_box():
    """"subs go up to £48 a term for Beavers, Cubs and Scouts" types 48 into each row's "Subs per term (£)" in
    turn (a sidebar link on a row's line names no row; the row above's value is not this box's); "goes up to a
    quarter" 25 into "Sibling discount (%)"; "the Scouts are moving to Thursday nights" "Thursday" into the
    Scouts' "Meets on [Wednesday]"; "The Explorers … so we stop collecting subs for them" unticks "☑ Collect
    Explorers subs" of four alike."""
    from tilepilot.model.embedded.fields import _SHARE, policy_number, row_moved, table_value
    from tilepilot.model.embedded.order import setting_box

    f, _ = _page(SCOUTS01, [("click", (71.5, 225.0))])
    assert table_value(f, SCOUTS) == (_at(f, (457, 134, 570, 167)), "48")
    assert policy_number(f, SCOUTS) == (_at(f, (250, 382, 519, 417)), "25")
    assert row_moved(f, SCOUTS) == (_at(f, (334, 212, 444, 244)), "Thursday")
    assert row_moved(f, SCOUTS.replace("Scouts are moving", "Rovers are moving")) is None
    assert not _SHARE.search("they close at a quarter past six")
    f, _ = _page(SCOUTS01, [("click", (71.5, 225.0)), ("type", (513.5, 150.5))])
    assert table_value(f, SCOUTS) == (_at(f, (457, 172, 570, 206)), "48")
    ticks = [(635, 141, 651, 156), (635, 180, 651, 195), (635, 219, 651, 234), (635, 258, 651, 273)]
    f, _ = _page(SCOUTS01, [("click", (71.5, 225.0))], ticks)
    assert setting_box(f, SCOUTS) == _at(f, (635, 258, 651, 273))
    assert setting_box(f, SCOUTS.replace("subs for them", "subs")) is None


def test_pence_a_minimum_a_day_given_up_then_a_thing_added_once_saved():
    """"pressing goes up to 20p a kilo, with a £30 minimum" types 0.20 into "Pressing (£ per kg)" (no kilo in its
    label) and 30 into "Minimum charge (£)"; "no more pressing on Saturdays" unticks "☑ Press on Saturdays"; once
    saved ("Settings saved"), "add those at £3.40 each" presses "+ Add packaging", whose dialog takes
    "10-litre bag-in-box", 10 ("ten-litre" over "Holds (litres)") and 3.40, then "Add packaging"."""
    from tilepilot.model.embedded.buttons import opener_commit
    from tilepilot.model.embedded.fields import added_thing, priced_field, rest_new_button, thing_added
    from tilepilot.model.embedded.order import setting_box

    days = [(46, 372, 61, 387), (324, 372, 339, 387), (602, 372, 617, 387), (46, 395, 61, 410), (324, 395, 339, 410),
            (602, 395, 617, 410), (46, 509, 61, 524)]
    f, _ = _page(CIDER01, [("click", (751.5, 26.0))], days)
    assert priced_field(f, CIDER) == (_at(f, (42, 178, 311, 212)), "0.20")
    f, _ = _page(CIDER01, [("click", (751.5, 26.0)), ("type", (176.5, 195.0))], days)
    assert priced_field(f, CIDER) == (_at(f, (320, 178, 589, 212)), "30")
    assert setting_box(f, CIDER) == _at(f, (602, 395, 617, 410))
    saved = [("click", (751.5, 26.0)), ("type", (454.5, 195.0)), ("type", (176.5, 195.0)), ("click", (609.5, 402.5)),
             ("click", (53.0, 602.0))]
    f, _ = _page(CIDER05, saved)
    assert rest_new_button(f, CIDER) == _at(f, (749, 650, 860, 676))
    assert rest_new_button(f, CIDER.replace("so add those at £3.40 each", "so that's good")) is None
    assert rest_new_button(_page(CIDER05, saved[:-1])[0], CIDER) is None  # (not saved by the last click)
    steps = saved + [("click", (773.5, 663.0))]
    typed = {}
    for _ in range(3):
        f, _ = _page(CIDER06, steps)
        q, value = added_thing(f, CIDER)
        typed[tuple(int(v) for v in f.cand_box[q])] = value
        steps.append(("type", (float(f.cand_box[q][0] + f.cand_box[q][2]) / 2,
                               float(f.cand_box[q][1] + f.cand_box[q][3]) / 2)))
    assert sorted(typed.values()) == ["10", "10-litre bag-in-box", "3.40"]
    f, _ = _page(CIDER09, steps[-6:])
    assert thing_added(f, CIDER) and opener_commit(f) == _at(f, (788, 297, 880, 316))
    assert not thing_added(_page(CIDER09, steps[-6:])[0], CIDER.replace("add those", "price those"))


def test_rows_picked_by_their_state_and_a_round_but_one_then_the_bar_and_a_short_named_driver():
    """"Send everything that's packed for that round today … apart from the Sea Pink's" on orders of two rounds:
    the "Packed" rows reading "Dartmouth" (a name some packed rows show, not all), top down, The Sea Pink's left
    out; the bar's "Send out…" (read twice), not "Mark packed" (the rows' state); in its dialog's opened
    "Driver" list, "Lee Bastow" for "Lee's ready …" (a name of three letters)."""
    from tilepilot.model.embedded.fields import _pick_option
    from tilepilot.model.embedded.order import bulk_action, state_ticks

    f, _ = _page(FISH00)
    assert state_ticks(f, ROUND) == _at(f, (34, 221, 53, 240))
    f, _ = _page(FISH00, [("click", (43.5, 230.5))])
    assert state_ticks(f, ROUND) == _at(f, (34, 316, 53, 335))
    assert state_ticks(f, ROUND.replace(", apart from the Sea Pink's", "")) == _at(f, (34, 268, 53, 287))
    assert state_ticks(f, "Lee's ready. Send out the Dartmouth orders.") is None
    assert state_ticks(f, "Anything that's been packed since before the start of May can go.") is None  # (a
    # date's rows: ``dated_ticks``)
    ticks = [("click", (43.5, 230.5)), ("click", (43.5, 375.0)), ("click", (43.5, 470.0))]
    f, _ = _page(FISH03, ticks)
    assert f.cand_text[bulk_action(f, ROUND)] == "Send out..."
    f, _ = _page(FISH05, ticks + [("click", (260.0, 196.0)), ("click", (511.5, 204.0))])
    lee, kev = _at(f, (395, 209, 472, 229)), _at(f, (394, 225, 479, 245))
    assert _pick_option(f, [lee, kev], ROUND, ROUND) == lee


def test_a_diary_s_day_and_person_then_afternoon_rows_moved_and_the_one_left_out_cancelled():
    """"Rachel's on a training course on Friday afternoon. Can you move her Friday afternoon patients over to
    Harriet? Not Mr Okoro's fitting … Cancel that one": on Wednesday's diary, 2025-01-17 into "Day
    [01/15/2025]"; "Rachel" into "Clinician [Everyone]" (two rows or more read "Rachel …"); the rows from noon to
    six, Mr Okoro's left out; the bar's "Move to another clinician…" (four words, not the dialog's list over its
    line); "Harriet" into "Move to [— choose —]" (its label leads with the story's verb), then "Move
    appointments" (not the first letter of "Fri 17 Jan 14:00 — …" read as a box); Mr Okoro's "⋯"; and of the
    reasons, "Clinician unavailable" (Rachel stands under "Clinician"), not "Patient cancelled"."""
    from tilepilot.model.embedded.fields import _pick_option, day_filter, person_filter, told_commit, told_value
    from tilepilot.model.embedded.order import bulk_action, left_out_row, part_of_day_ticks
    from tilepilot.model.embedded.roles import told_box

    f, _ = _page(DIARY00)
    assert day_filter(f, DIARY) == (_at(f, (63, 123, 194, 159)), "2025-01-17")
    assert day_filter(f, DIARY.replace("Friday", "Wednesday")) is None  # (today's)
    f, _ = _page(DIARY01, [("type", (128.5, 141.0))])
    assert person_filter(f, DIARY) == (_at(f, (253, 125, 368, 157)), "Rachel")
    assert person_filter(f, DIARY.replace("move her Friday afternoon patients", "move it")) is None
    steps = [("type", (128.5, 141.0)), ("type", (310.5, 141.0))]
    f, _ = _page(DIARY02, steps)
    assert part_of_day_ticks(f, DIARY) == _at(f, (34, 379, 56, 401))
    f, _ = _page(DIARY02, steps + [("click", (45.0, 390.0))])
    assert part_of_day_ticks(f, DIARY) == _at(f, (34, 431, 56, 453))  # (then Mr Okoro's left out)
    f, _ = _page(DIARY02, steps + [("click", (45.0, 390.0)), ("click", (45.0, 442.0))])
    assert part_of_day_ticks(f, DIARY) is None
    f, _ = _page(DIARY02, steps)
    assert part_of_day_ticks(f, DIARY.replace("afternoon patients", "morning patients")) == _at(f, (38, 229, 53, 244))
    steps += [("click", (45.0, 390.0)), ("click", (45.5, 492.5))]
    f, _ = _page(BAR04, steps)
    assert bulk_action(f, DIARY) == _at(f, (116, 185, 281, 206))
    steps.append(("click", (198.5, 195.5)))
    f, _ = _page(MOVE05, steps)
    assert told_value(f, DIARY) == (_at(f, (387, 171, 636, 203)), "Harriet")
    steps.append(("type", (511.5, 187.0)))
    f, _ = _page(MOVE06, steps)
    assert told_commit(f, DIARY) == _at(f, (759, 299, 882, 321)) and told_box(f, DIARY) is None
    steps.append(("click", (791.0, 310.0)))
    f, _ = _page(ROWS07, steps[-6:])
    assert left_out_row(f, DIARY) == _at(f, (1190, 391, 1203, 393))
    assert left_out_row(f, DIARY.replace("Cancel that one", "Leave that one")) is None
    f, _ = _page(CANCEL10, steps[-3:] + [("click", (1196.5, 392.0)), ("click", (1040.0, 571.0)),
                                          ("click", (640.5, 173.0))])
    options = [_at(f, (394, 176, 502, 196)), _at(f, (394, 193, 484, 213)), _at(f, (395, 209, 521, 229)),
               _at(f, (394, 225, 492, 245)), _at(f, (394, 240, 436, 262))]
    assert _pick_option(f, options, DIARY, DIARY) == _at(f, (395, 209, 521, 229))
