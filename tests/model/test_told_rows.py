"""Rules written from the thirtieth blind set (blind30), on rows a story tells by number or by what came back:
"lot 6 has just gone to Dales Beef at £1,180 a head, and lot 7 didn't make its reserve" (the lots by their
number under "Lot", the sale's entry, the price a head typed into its box, the dialog sent), and "Dan's just
brought the Kawai back from Mrs Whitaker's … Oh, and Mr Osei's April rental came in by bank transfer" (her row
though "piano" names another page, "Record collection…", the condition list opened and the dialog sent, then
Mr Osei's "Record payment…", and the stop once his row's menu was used). Each page here is the geometry the
model saw (OCR texts as found), cut to the parts the rules read."""

import numpy as np
from conftest import cut_page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=()):
    """The cut page, with no word of the task matched by a typing, and blank word vectors (a menu's entries
    read by the story's words alone)."""
    f, ix = cut_page(cands, hist)
    f.ins_off, f.hist_match = np.zeros((0, 2)), np.zeros((len(hist), 0))
    f.ins_emb, f.cand_emb = np.ones((1, 384), np.float32), np.zeros((len(cands), 384), np.float32)
    return f, ix


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


RING = ("From the ring: lot 6 has just gone to Dales Beef at £1,180 a head, and lot 7 didn't make its reserve, so "
        "put it down as unsold.")
KAWAI = ("Dan's just brought the Kawai back from Mrs Whitaker's in Ripon (she's bought a piano of her own, so that "
         "rental's finished), and he says it's come back in good shape. Oh, and Mr Osei's April rental came in by "
         "bank transfer this morning.")
RING_STEPS = [("click", (1228.0, 478.0)), ("click", (1087.5, 547.5)), ("click", (511.5, 170.5)),
              ("click", (415.5, 184.5)), ("type", (779.0, 172.0)), ("click", (844.5, 291.0)),
              ("click", (1228.0, 524.0)), ("click", (1115.0, 626.5))]
KAWAI_STEPS = [("click", (1228.0, 412.0)), ("click", (1102.5, 519.5)), ("click", (769.5, 175.0)),
               ("click", (672.0, 190.5)), ("click", (836.5, 304.0)), ("click", (1228.0, 465.0)),
               ("click", (1099.0, 606.5)), ("type", (640.5, 169.0)), ("click", (834.0, 255.5))]

LOTS00 = [('Lot', t, (282, 195, 307, 214)), ('Vendor', t, (324, 195, 370, 214)), ('Head', t, (833, 196, 869, 215)),
    ('Result', t, (1002, 194, 1051, 215)), ('□', t, (241, 233, 263, 255)),
    ('Moorcock Farms Ltd', t, (322, 227, 443, 244)), ('Dales Beef Ltd', t, (1004, 225, 1095, 245)),
    ('1', t, (299, 237, 312, 253)), ('Moorcock House, Bedale', t, (322, 244, 463, 261)),
    ('8', t, (861, 238, 873, 252)), ('£1,215.00 a head', t, (1004, 242, 1107, 262)),
    ('Lodge Farm Partners', t, (322, 274, 447, 291)), ('Ripley Farms', t, (1004, 273, 1087, 293)),
    ('□', t, (240, 280, 263, 302)), ('2', t, (300, 283, 312, 299)), ('6', t, (861, 283, 874, 298)),
    ('Lodge Farm, Ilton', t, (322, 291, 423, 308)), ('£1,020.00 a head', t, (1004, 289, 1107, 309)),
    ('□', t, (240, 326, 263, 347)), ('Hannah & Joe Raw', t, (322, 320, 437, 337)),
    ('J&S Harker', t, (1003, 316, 1084, 339)), ('3', t, (299, 329, 312, 345)), ('5', t, (861, 330, 873, 345)),
    ('£1,175.00 a head', t, (1004, 335, 1107, 355)), ('Fearby Cross Farm', t, (323, 337, 433, 354)),
    ('4', t, (298, 374, 314, 392)), ('Sarah Thwaite', t, (322, 367, 409, 384)),
    ('W. Fothergill', t, (1003, 364, 1082, 387)), ('4', t, (861, 377, 873, 391)),
    ('Birk Gill, Colsterdale', t, (322, 382, 438, 402)), ('£935.00 a head', t, (1005, 384, 1095, 401)),
    ('David Ibbotson', t, (321, 411, 413, 431)), ('5', t, (298, 421, 314, 439)), ('6', t, (861, 424, 873, 438)),
    ('0', t, (241, 421, 262, 443)), ('Swinton Grange', t, (321, 429, 415, 450)),
    ('6 George Harker', t, (299, 459, 412, 484)), ('7', t, (861, 469, 874, 483)),
    ('Smarber, Gunnerside', t, (322, 476, 442, 493)), ('7', t, (298, 514, 314, 532)),
    ('John Metcalfe', t, (321, 504, 407, 524)), ('0', t, (241, 514, 262, 536)), ('5', t, (861, 516, 873, 530)),
    ('Low Row Farm, Low Row', t, (322, 523, 466, 540)), ('8', t, (299, 561, 312, 578)),
    ('Moorcock Farms Ltd', t, (322, 553, 442, 570)), ('□', t, (239, 559, 263, 588)),
    ('Moorcock House, Bedale', t, (321, 568, 464, 588)), ('9', t, (861, 563, 873, 578)),
    ('⋯', t, (1221, 244, 1235, 246)), ('⋯', t, (1221, 291, 1235, 293)), ('⋯', t, (1221, 337, 1235, 339)),
    ('⋯', t, (1221, 384, 1235, 386)), ('⋯', t, (1221, 430, 1235, 432)), ('⋯', t, (1221, 477, 1235, 479)),
    ('⋯', t, (1221, 523, 1235, 525)), ('⋯', t, (1221, 570, 1235, 572)), ('Lot', c, (244, 197, 259, 212)),
    ('4', c, (244, 376, 259, 391)), ('6 George Harker', c, (244, 469, 259, 484))]
LOTS01 = [('Lot', t, (282, 195, 307, 214)), ('Vendor', t, (324, 195, 370, 214)),
    ('Result', t, (1002, 194, 1051, 215)), ('Status', t, (1125, 194, 1172, 215)), ('□', t, (241, 233, 263, 255)),
    ('Moorcock Farms Ltd', t, (322, 227, 443, 244)), ('Dales Beef Ltd', t, (1004, 225, 1095, 245)),
    ('Sold', t, (1131, 232, 1171, 254)), ('1', t, (299, 237, 312, 253)),
    ('Moorcock House, Bedale', t, (322, 244, 463, 261)), ('£1,215.00 a head', t, (1004, 242, 1107, 262)),
    ('Lodge Farm Partners', t, (322, 274, 447, 291)), ('Ripley Farms', t, (1004, 273, 1087, 293)),
    ('Sold', t, (1130, 278, 1171, 300)), ('□', t, (240, 280, 263, 302)), ('2', t, (300, 283, 312, 299)),
    ('Lodge Farm, Ilton', t, (322, 291, 423, 308)), ('£1,020.00 a head', t, (1004, 289, 1107, 309)),
    ('□', t, (240, 326, 263, 347)), ('Hannah & Joe Raw', t, (322, 320, 437, 337)),
    ('J&S Harker', t, (1003, 316, 1084, 339)), ('3', t, (299, 329, 312, 345)),
    ('£1,175.00 a head', t, (1004, 335, 1107, 355)), ('Sold', t, (1131, 326, 1171, 348)),
    ('Fearby Cross Farm', t, (323, 337, 433, 354)), ('4', t, (298, 374, 314, 392)),
    ('Sarah Thwaite', t, (322, 367, 409, 384)), ('W. Fothergill', t, (1003, 364, 1082, 387)),
    ('Sold', t, (1133, 373, 1168, 392)), ('Birk Gill, Colsterdale', t, (322, 382, 438, 402)),
    ('£935.00 a head', t, (1005, 384, 1095, 401)), ('David Ibbotson', t, (321, 411, 413, 431)),
    ('5', t, (298, 421, 314, 439)), ('Unsold', t, (1129, 419, 1184, 441)), ('0', t, (241, 421, 262, 443)),
    ('Swinton Grange', t, (321, 429, 415, 450)), ('6 George Harker', t, (299, 459, 412, 484)),
    ('Entered', t, (1132, 465, 1186, 486)), ('Smarber, Gunnerside', t, (322, 476, 442, 493)),
    ('7', t, (298, 514, 314, 532)), ('John Metcalfe', t, (321, 504, 407, 524)),
    ('Edit entry...', t, (1042, 502, 1119, 528)), ('0', t, (241, 514, 262, 536)),
    ('Low Row Farm, Low Row', t, (322, 523, 466, 540)), ('Record sale...', t, (1044, 537, 1131, 558)),
    ('8', t, (299, 561, 312, 578)), ('Moorcock Farms Ltd', t, (322, 553, 442, 570)), ('□', t, (239, 559, 263, 588)),
    ('Moorcock House, Bedale', t, (321, 568, 464, 588)), ('Mark unsold', t, (1043, 570, 1122, 591)),
    ('Withdraw...', t, (1044, 612, 1116, 631)), ('⋯', t, (1221, 244, 1235, 246)), ('⋯', t, (1221, 291, 1235, 293)),
    ('⋯', t, (1221, 337, 1235, 339)), ('⋯', t, (1221, 384, 1235, 386)), ('⋯', t, (1221, 430, 1235, 432)),
    ('⋯', t, (1221, 477, 1235, 479)), ('⋯ Entered', i, (1130, 466, 1188, 488)), ('Unsold', i, (1130, 420, 1185, 442)),
    ('£935.00 a head Sold', i, (1130, 373, 1171, 395)), ('Status Sold', i, (1130, 327, 1171, 349)),
    ('£1,020.00 a head Sold', i, (1130, 280, 1171, 302)), ('Status Sold', i, (1130, 234, 1171, 256)),
    ('Lot', c, (244, 197, 259, 212)), ('4', c, (244, 376, 259, 391)), ('6 George Harker', c, (244, 469, 259, 484))]
LOTS04 = [('Record sale — lot 6', t, (383, 41, 550, 64)), ('×', t, (870, 44, 889, 63)),
    ('George Harker - 7 Limousin x store bullocks · reserve £1,100.00', t, (386, 104, 741, 121)),
    ('Buyer', t, (383, 132, 428, 154)), ('Price (£ a head)', t, (641, 131, 738, 153)),
    ('Dales Beef Ltd', t, (396, 159, 487, 179)), ('V', t, (618, 162, 632, 176)), ('Cancel', t, (733, 264, 779, 282)),
    ('Record sale', t, (809, 266, 880, 280)), ('Lodge F Cancel', i, (370, 247, 911, 301)),
    ('Lots Record sale — lot 6', i, (370, 30, 911, 79)),
    ('George Harker - 7 Limousin x store bullocks · reserve £1,100.00 Dales Beef Ltd', i, (385, 153, 636, 186)),
    ('George Harker - 7 Limousin x store bullocks · reserve £1,100.00', i, (648, 158, 910, 186)),
    ('950.00 C2 Record sale', i, (796, 256, 893, 290)), ('950.00 C2 Cancel', i, (721, 256, 791, 291)),
    ('Price (£ a head) Dales Beef Ltd', c, (385, 137, 637, 187))]
LOTS05 = [('Record sale — lot 6', t, (383, 41, 550, 64)), ('×', t, (870, 44, 889, 63)),
    ('George Harker - 7 Limousin x store bullocks · reserve £1,100.00', t, (386, 104, 740, 121)),
    ('Buyer', t, (383, 132, 428, 154)), ('Price (£ a head)', t, (644, 135, 737, 152)),
    ('Dales Beef Ltd', t, (396, 159, 487, 179)), ('V', t, (618, 163, 631, 176)), ('1180', t, (650, 160, 688, 182)),
    ('é', t, (885, 160, 902, 182)), ('Gross £8,260.00· commission £247.80·yardage £31.50', t, (397, 203, 733, 226)),
    ('Cancel', t, (733, 282, 779, 300)), ('Record sale', t, (809, 284, 880, 298)),
    ('Price (£ a head) Cancel', i, (370, 265, 911, 320)), ('Lots Record sale — lot 6', i, (370, 30, 911, 79)),
    ('erve Gross £8,260.00· commission £247.80·yardage £31.50', i, (387, 196, 894, 235)),
    ('George Harker - 7 Limousin x store bullocks · reserve £1,100.00 Dales Beef Ltd', i, (387, 155, 636, 186)),
    ('Price (£ a head) 1180', i, (648, 158, 909, 186)), ('Record sale', i, (796, 274, 893, 309)),
    ('Cancel', i, (721, 274, 791, 310))]
LOTS06 = [('Lot', t, (282, 195, 307, 214)), ('Vendor', t, (324, 195, 370, 214)), ('Head', t, (833, 196, 869, 215)),
    ('Result', t, (1002, 194, 1051, 215)), ('□', t, (241, 233, 263, 255)),
    ('Moorcock Farms Ltd', t, (322, 227, 443, 244)), ('Dales Beef Ltd', t, (1004, 225, 1095, 245)),
    ('1', t, (299, 237, 312, 253)), ('Moorcock House, Bedale', t, (322, 244, 463, 261)),
    ('8', t, (861, 238, 873, 252)), ('£1,215.00 a head', t, (1004, 242, 1107, 262)),
    ('Lodge Farm Partners', t, (322, 274, 447, 291)), ('Ripley Farms', t, (1004, 273, 1087, 293)),
    ('□', t, (240, 280, 263, 302)), ('2', t, (300, 283, 312, 299)), ('6', t, (861, 283, 874, 298)),
    ('Lodge Farm, Ilton', t, (322, 291, 423, 308)), ('£1,020.00 a head', t, (1004, 289, 1107, 309)),
    ('□', t, (240, 326, 263, 347)), ('Hannah & Joe Raw', t, (322, 320, 437, 337)),
    ('J&S Harker', t, (1003, 316, 1084, 339)), ('3', t, (299, 329, 312, 345)), ('5', t, (861, 330, 873, 345)),
    ('£1,175.00 a head', t, (1004, 335, 1107, 355)), ('Fearby Cross Farm', t, (323, 337, 433, 354)),
    ('4', t, (298, 374, 314, 392)), ('Sarah Thwaite', t, (322, 367, 409, 384)),
    ('W. Fothergill', t, (1003, 364, 1082, 387)), ('4', t, (861, 377, 873, 391)),
    ('Birk Gill, Colsterdale', t, (322, 382, 438, 402)), ('£935.00 a head', t, (1005, 384, 1095, 401)),
    ('David Ibbotson', t, (321, 411, 413, 431)), ('5', t, (298, 421, 314, 439)), ('6', t, (861, 424, 873, 438)),
    ('0', t, (241, 421, 262, 443)), ('Swinton Grange', t, (321, 429, 415, 450)),
    ('6 George Harker', t, (299, 459, 412, 484)), ('Dales Beef Ltd', t, (1005, 460, 1094, 477)),
    ('7', t, (861, 469, 874, 483)), ('Smarber, Gunnerside', t, (322, 476, 442, 493)),
    ('£1,180.00 a head', t, (1005, 477, 1106, 494)), ('7', t, (298, 514, 314, 532)),
    ('John Metcalfe', t, (321, 504, 407, 524)), ('0', t, (241, 514, 262, 536)), ('5', t, (861, 516, 873, 530)),
    ('Low Row Farm, Low Row', t, (322, 523, 466, 540)), ('8', t, (299, 561, 312, 578)),
    ('Moorcock Farms Ltd', t, (322, 553, 442, 570)), ('□', t, (239, 559, 263, 588)),
    ('Moorcock House, Bedale', t, (321, 568, 464, 588)), ('9', t, (861, 563, 873, 578)),
    ('⋯', t, (1221, 244, 1235, 246)), ('⋯', t, (1221, 291, 1235, 293)), ('⋯', t, (1221, 337, 1235, 339)),
    ('⋯', t, (1221, 384, 1235, 386)), ('⋯', t, (1221, 430, 1235, 432)), ('⋯', t, (1221, 477, 1235, 479)),
    ('⋯', t, (1221, 523, 1235, 525)), ('⋯', t, (1221, 570, 1235, 572)), ('Lot', c, (244, 197, 259, 212)),
    ('4', c, (244, 376, 259, 391)), ('6 George Harker', c, (244, 469, 259, 484))]
LOTS08 = [('Lot', t, (282, 195, 307, 214)), ('Vendor', t, (324, 195, 370, 214)), ('Head', t, (833, 196, 869, 215)),
    ('Result', t, (1002, 194, 1051, 215)), ('□', t, (241, 233, 263, 255)),
    ('Moorcock Farms Ltd', t, (322, 227, 443, 244)), ('Dales Beef Ltd', t, (1004, 225, 1095, 245)),
    ('1', t, (299, 237, 312, 253)), ('Moorcock House, Bedale', t, (322, 244, 463, 261)),
    ('8', t, (861, 238, 873, 252)), ('£1,215.00 a head', t, (1004, 242, 1107, 262)),
    ('Lodge Farm Partners', t, (322, 274, 447, 291)), ('Ripley Farms', t, (1004, 273, 1087, 293)),
    ('□', t, (240, 280, 263, 302)), ('2', t, (300, 283, 312, 299)), ('6', t, (861, 283, 874, 298)),
    ('Lodge Farm, Ilton', t, (322, 291, 423, 308)), ('£1,020.00 a head', t, (1004, 289, 1107, 309)),
    ('□', t, (240, 326, 263, 347)), ('Hannah & Joe Raw', t, (322, 320, 437, 337)),
    ('J&S Harker', t, (1003, 316, 1084, 339)), ('3', t, (299, 329, 312, 345)), ('5', t, (861, 330, 873, 345)),
    ('£1,175.00 a head', t, (1004, 335, 1107, 355)), ('Fearby Cross Farm', t, (323, 337, 433, 354)),
    ('4', t, (298, 374, 314, 392)), ('Sarah Thwaite', t, (322, 367, 409, 384)),
    ('W. Fothergill', t, (1003, 364, 1082, 387)), ('4', t, (861, 377, 873, 391)),
    ('Birk Gill, Colsterdale', t, (322, 382, 438, 402)), ('£935.00 a head', t, (1005, 384, 1095, 401)),
    ('David Ibbotson', t, (321, 411, 413, 431)), ('5', t, (298, 421, 314, 439)), ('6', t, (861, 424, 873, 438)),
    ('0', t, (241, 421, 262, 443)), ('Swinton Grange', t, (321, 429, 415, 450)),
    ('6 George Harker', t, (299, 459, 412, 484)), ('Dales Beef Ltd', t, (1004, 458, 1096, 479)),
    ('7', t, (861, 469, 874, 483)), ('Smarber, Gunnerside', t, (322, 476, 442, 493)),
    ('£1,180.00 a head', t, (1003, 475, 1107, 495)), ('7', t, (298, 514, 314, 532)),
    ('John Metcalfe', t, (321, 504, 407, 524)), ('0', t, (241, 514, 262, 536)), ('5', t, (861, 516, 873, 530)),
    ('Low Row Farm, Low Row', t, (322, 523, 466, 540)), ('8', t, (299, 561, 312, 578)),
    ('Moorcock Farms Ltd', t, (322, 553, 442, 570)), ('□', t, (239, 559, 263, 588)),
    ('Moorcock House, Bedale', t, (321, 568, 464, 588)), ('9', t, (861, 563, 873, 578)),
    ('⋯', t, (1221, 244, 1235, 246)), ('⋯', t, (1221, 291, 1235, 293)), ('⋯', t, (1221, 337, 1235, 339)),
    ('⋯', t, (1221, 384, 1235, 386)), ('⋯', t, (1221, 430, 1235, 432)), ('⋯', t, (1221, 477, 1235, 479)),
    ('⋯', t, (1221, 523, 1235, 525)), ('⋯', t, (1221, 570, 1235, 572)), ('Lot', c, (244, 197, 259, 212)),
    ('4', c, (244, 376, 259, 391)), ('6 George Harker', c, (244, 469, 259, 484))]
PIANO00 = [('II Fairweather Pianos Harrogate', t, (20, 15, 284, 38)), ('Hires', t, (311, 19, 352, 36)),
    ('Van diary', t, (368, 17, 433, 37)), ('Tuning visits', t, (453, 19, 534, 36)),
    ('Pianos & prices', t, (549, 18, 650, 37)), ('Tue 15 Apr · desk: Helen', t, (1133, 19, 1259, 35)),
    ('Hires', t, (17, 74, 76, 110)), ('Customer, adress, ppa..', t, (921, 71, 1081, 103)),
    ('+ New hire', t, (1177, 79, 1247, 99)), ('Pianos out', t, (33, 126, 91, 146)),
    ('Long-term rentals', t, (219, 127, 312, 146)), ('Events this week', t, (406, 127, 493, 144)),
    ('8', t, (33, 148, 50, 168)), ('7', t, (219, 149, 235, 168)), ('3', t, (405, 148, 421, 168)),
    ('Kind', t, (31, 204, 63, 223)), ('All', t, (76, 204, 101, 224)), ('V', t, (147, 207, 161, 219)),
    ('Status', t, (167, 206, 203, 221)), ('Booked or out', t, (218, 206, 302, 223)),
    ('Clear filters', t, (339, 203, 410, 223)), ('Hire', t, (28, 252, 62, 271)),
    ('Customer', t, (118, 252, 178, 272)), ('Piano', t, (324, 253, 362, 271)), ('Where', t, (505, 251, 551, 272)),
    ('Delivery', t, (743, 250, 796, 275)), ('Collection', t, (838, 256, 894, 270)),
    ('Price', t, (926, 252, 964, 274)), ('Owing', t, (1002, 250, 1047, 274)), ('Status', t, (1124, 254, 1165, 271)),
    ('PH-3105', t, (30, 285, 88, 303)), ('Mrs Eleanor Brough', t, (117, 284, 238, 306)),
    ('Chappell upright', t, (325, 288, 422, 305)), ('Low Wood Cottage, Pateley Bridge', t, (505, 285, 706, 307)),
    ('£35.00', t, (949, 287, 994, 305)), ('Wed 9 Oct', t, (746, 296, 811, 313)),
    ('open-ended', t, (835, 295, 899, 314)), ('paid to Wed 2 Apr', t, (1018, 294, 1115, 316)),
    ('Delivered', t, (1129, 296, 1187, 313)), ('Long-term', t, (34, 306, 99, 323)),
    ('01423 555611', t, (119, 305, 194, 322)), ('Walnut', t, (325, 305, 367, 323)),
    ('3 steps', t, (505, 304, 549, 325)), ('a month', t, (946, 306, 994, 323)), ('PH-3103', t, (30, 339, 88, 357)),
    ('Mr & Mrs Hallworth', t, (119, 340, 240, 357)), ('Yamaha U3 upright', t, (326, 341, 437, 358)),
    ('8 York Place, Knaresborough', t, (504, 338, 672, 360)), ('£55.00', t, (949, 341, 993, 358)),
    ('01423 555127', t, (118, 356, 196, 376)), ('Mon 21 Oct', t, (747, 351, 819, 365)),
    ('open-ended', t, (834, 348, 899, 367)), ('paid to Fri 11 Apr', t, (1020, 349, 1115, 369)),
    ('Delivered', t, (1130, 349, 1187, 367)), ('Long-term', t, (33, 358, 99, 378)),
    ('Black', t, (325, 358, 360, 376)), ('5 steps', t, (505, 357, 548, 378)), ('a month', t, (947, 359, 994, 376)),
    ('PH-3101', t, (28, 390, 89, 410)), ('Mrs Jean Whitaker', t, (119, 394, 229, 411)),
    ('Kawai K-300 upright', t, (324, 394, 447, 412)), ('4 Bondgate, Ripon', t, (506, 393, 616, 413)),
    ('£48.00', t, (949, 395, 994, 412)), ('01765 555208', t, (118, 410, 196, 430)),
    ('Tue 5 Nov', t, (747, 405, 809, 419)), ('open-ended', t, (835, 402, 899, 421)),
    ('paid to Tue 1 Apr', t, (1021, 401, 1115, 423)), ('Delivered', t, (1127, 403, 1188, 420)),
    ('Long-term', t, (35, 411, 100, 432)), ('Walnut', t, (325, 413, 367, 430)), ('2 steps', t, (505, 411, 548, 433)),
    ('a month', t, (947, 413, 994, 430)), ('PH-3116', t, (28, 444, 89, 465)),
    ('Mrs Ruth Denholm', t, (119, 447, 231, 464)), ('Yamaha B2 upright', t, (326, 448, 436, 465)),
    ('Hollins House, Killinghall', t, (506, 446, 657, 466)), ('£48.00', t, (949, 448, 994, 465)),
    ('01423 555773', t, (118, 463, 197, 483)), ('Mon 16 Dec', t, (747, 458, 820, 472)),
    ('open-ended', t, (835, 455, 899, 474)), ('paid to Mon 14 Apr', t, (1011, 454, 1116, 476)),
    ('Delivered', t, (1129, 458, 1187, 472)), ('Long-term', t, (34, 466, 98, 483)),
    ('White', t, (325, 465, 362, 483)), ('1 steps', t, (505, 464, 549, 485)), ('a month', t, (947, 466, 994, 483)),
    ('PH-3102', t, (29, 498, 90, 518)), ('Mr Kwame Osei', t, (119, 501, 217, 518)),
    ('Yamaha U1 upright', t, (326, 502, 437, 519)), ('£45.00', t, (949, 502, 994, 519)),
    ('12 Valley Drive, Harrogate', t, (509, 509, 662, 532)), ('Mon 20 Jan', t, (746, 512, 816, 526)),
    ('open-ended', t, (835, 509, 899, 528)), ('paid to Mon 17 Mar', t, (1010, 511, 1115, 528)),
    ('Delivered', t, (1129, 510, 1187, 527)), ('Long-term', t, (33, 517, 99, 540)),
    ('01423 555390', t, (119, 519, 196, 536)), ('Black', t, (325, 519, 361, 537)),
    ('a month', t, (947, 520, 994, 537)), ('PH-3104', t, (28, 552, 90, 572)),
    ('Ms Priya Nair', t, (118, 553, 204, 573)), ('Yamaha Clavinova CLP-735', t, (326, 555, 486, 571)),
    ('£30.00', t, (950, 556, 993, 570)), ('Flat 9, Cheltenham Mount, Harrogate', t, (508, 564, 716, 581)),
    ('Sat 1 Feb', t, (745, 563, 803, 581)), ('open-ended', t, (835, 562, 899, 582)),
    ('paid to Tue 1 Apr', t, (1022, 563, 1115, 583)), ('Delivered', t, (1127, 563, 1188, 580)),
    ('Long-term', t, (35, 572, 100, 592)), ('07700 900184', t, (119, 572, 196, 589)),
    ('Black', t, (324, 572, 361, 590)), ('a month', t, (947, 573, 994, 590)), ('PH-3106', t, (28, 604, 90, 625)),
    ('Mr David Ackroyd', t, (118, 607, 230, 627)), ('Roland RP701 digital', t, (325, 609, 448, 626)),
    ('£28.00', t, (950, 610, 993, 624)), ('01937 555342', t, (118, 625, 196, 645)),
    ('21 Deighton Road, Wetherby', t, (508, 614, 671, 638)), ('Mon 10 Mar', t, (747, 619, 823, 633)),
    ('open-ended', t, (834, 616, 899, 635)), ('paid to Thu 10 Apr', t, (1014, 615, 1115, 637)),
    ('Delivered', t, (1129, 617, 1187, 634)), ('Long-term', t, (34, 626, 99, 646)),
    ('White', t, (325, 628, 361, 643)), ('a month', t, (947, 627, 994, 644)), ('PH-3107', t, (28, 658, 89, 679)),
    ('Harrogate International Festivals', t, (119, 661, 304, 678)),
    ('Steinway Model B grand', t, (324, 661, 467, 679)),
    ('Royal Hall, Ripon Road, Harrogate', t, (508, 671, 704, 688)), ('Mon 14 Apr', t, (745, 670, 816, 690)),
    ('Fri 18 Apr', t, (839, 670, 900, 690)), ('or', t, (888, 672, 899, 686)), ('£1,120.00', t, (936, 669, 994, 690)),
    ('Delivered', t, (1129, 669, 1189, 689)), ('Event', t, (33, 678, 79, 699)),
    ('01423 555000', t, (119, 679, 196, 696)), ('Black · tune on site', t, (326, 681, 423, 695)),
    ('⋯', t, (1221, 304, 1235, 306)), ('⋯', t, (1221, 357, 1235, 359)), ('⋯', t, (1221, 411, 1235, 413)),
    ('⋯', t, (1221, 464, 1235, 466)), ('⋯', t, (1221, 518, 1235, 520)), ('⋯', t, (1221, 571, 1235, 573)),
    ('⋯', t, (1221, 625, 1235, 627)), ('⋯', t, (1221, 678, 1235, 680)),
    ('Pianos & prices Events this week', i, (395, 115, 574, 182)),
    ('II Fairweather Pianos Harrogate Long-term rentals', i, (209, 115, 388, 182)),
    ('Hires Pianos out', i, (23, 115, 202, 182)),
    ('Tue 15 Apr · desk: Helen Customer, adress, ppa..', i, (916, 71, 1159, 105)),
    ('Status Booked or out', i, (207, 198, 326, 230)),
    ('Tue 15 Apr · desk: Helen + New hire', i, (1166, 70, 1257, 105)), ('Kind All', i, (66, 198, 165, 230)),
    ('Status Clear filters', i, (331, 199, 418, 229)), ('Van diary Hires', i, (303, 9, 360, 45)),
    ('PH-3106 Long-term', i, (34, 625, 102, 647)), ('PH-3104 Long-term', i, (34, 571, 102, 593)),
    ('PH-3102 Long-term', i, (34, 518, 102, 540)), ('PH-3116 Long-term', i, (34, 464, 102, 486)),
    ('PH-3101 Long-term', i, (34, 411, 102, 433)), ('PH-3103 Long-term', i, (34, 357, 102, 379)),
    ('PH-3105 Long-term', i, (34, 304, 102, 326)), ('⋯ Delivered', i, (1128, 668, 1190, 690)),
    ('paid to Thu 10 Apr Delivered', i, (1128, 615, 1190, 637)),
    ('paid to Tue 1 Apr Delivered', i, (1128, 561, 1190, 583)),
    ('paid to Mon 17 Mar Delivered', i, (1128, 508, 1190, 530)),
    ('paid to Mon 14 Apr Delivered', i, (1128, 454, 1190, 476)),
    ('paid to Tue 1 Apr Delivered', i, (1128, 401, 1190, 423)),
    ('paid to Fri 11 Apr Delivered', i, (1128, 347, 1190, 369)),
    ('paid to Wed 2 Apr Delivered', i, (1128, 294, 1190, 316)), ('PH-3107 Event', i, (34, 678, 79, 700))]
PIANO01 = [('paid to Wed 2 Apr', t, (1018, 294, 1115, 316)), ('Delivered', t, (1129, 296, 1187, 313)),
    ('paid to Fri 11 Apr', t, (1020, 349, 1115, 369)), ('Delivered', t, (1130, 349, 1187, 367)),
    ('paid to Tue 1 Apr', t, (1023, 404, 1114, 421)), ('Delivered', t, (1130, 402, 1187, 420)),
    ('Edit hire...', t, (1044, 441, 1112, 461)), ('pai', t, (1008, 454, 1035, 477)),
    ('Mark delivered...', t, (1045, 476, 1143, 493)), ('paie', t, (1007, 508, 1037, 531)),
    ('Record collection...', t, (1045, 511, 1160, 528)), ('Record payment...', t, (1044, 543, 1154, 563)),
    ('Cancel hire...', t, (1044, 585, 1125, 605)), ('paid to Thu 10 Apr', t, (1016, 618, 1114, 635)),
    ('Delivered', t, (1130, 617, 1186, 634)), ('⋯', t, (1217, 620, 1239, 632)),
    ('Delivered', t, (1129, 669, 1189, 689)), ('⋯', t, (1221, 304, 1235, 306)), ('⋯', t, (1221, 357, 1235, 359)),
    ('⋯', t, (1221, 411, 1235, 413)), ('⋯', t, (1221, 678, 1235, 680)), ('⋯ Delivered', i, (1128, 668, 1190, 690)),
    ('paid to Tue 1 Apr Delivered', i, (1128, 401, 1190, 423)),
    ('paid to Fri 11 Apr Delivered', i, (1128, 347, 1190, 369)),
    ('paid to Wed 2 Apr Delivered', i, (1128, 294, 1190, 316))]
PIANO02 = [('Record collection — PH-3101', t, (386, 45, 604, 62)), ('×', t, (870, 44, 889, 63)),
    ('Mrs Jean Whitaker · Kawai K-300 upright · 4 Bondgate, Ripon', t, (385, 107, 730, 124)),
    ('Collected on', t, (384, 136, 456, 156)), ('Condition on return', t, (643, 137, 752, 155)),
    ('04/15/2025', t, (393, 167, 468, 187)), ('日', t, (624, 164, 646, 187)), ('- choose', t, (668, 164, 720, 187)),
    ('Pianos that need repair go straight to the workshop.', t, (384, 214, 635, 231)),
    ('Cancel', t, (717, 295, 763, 313)), ('Save collection', t, (791, 294, 882, 314)),
    ('Chappe Cancel', i, (370, 277, 911, 331)),
    ('Fairweather Pianos Harrogate Record collection — PH-3101', i, (370, 30, 911, 79)),
    ('Condition on return 04/15/2025', i, (390, 162, 650, 192)),
    ('Condition on return - choose', i, (648, 162, 891, 188)), ('a month Save collection', i, (780, 286, 893, 321)),
    ('Cancel', i, (707, 286, 775, 322)), ('Condition on return 04/15/2025', c, (387, 159, 893, 194))]
PIANO04 = [('Record collection — PH-3101', t, (386, 45, 604, 62)), ('×', t, (870, 44, 889, 63)),
    ('Mrs Jean Whitaker · Kawai K-300 upright · 4 Bondgate, Ripon', t, (385, 106, 730, 124)),
    ('Collected on', t, (384, 136, 456, 156)), ('Condition on return', t, (643, 137, 752, 155)),
    ('04/15/2025', t, (393, 167, 468, 187)), ('日', t, (623, 163, 648, 190)), ('Good', t, (653, 164, 694, 186)),
    ('Pianos that need repair go straight to the workshop.', t, (385, 215, 636, 232)),
    ('Cancel', t, (717, 295, 763, 313)), ('Save collection', t, (791, 294, 882, 314)),
    ('Chappe Cancel', i, (370, 277, 911, 331)),
    ('Fairweather Pianos Harrogate Record collection — PH-3101', i, (370, 30, 911, 79)),
    ('Condition on return 04/15/2025', i, (390, 162, 649, 192)),
    ('Condition on return Good', i, (648, 162, 891, 188)), ('a month Save collection', i, (780, 286, 893, 321)),
    ('Cancel', i, (707, 286, 775, 322)), ('Condition on return 04/15/2025', c, (387, 157, 895, 194))]
PIANO05 = [('Hire', t, (28, 252, 62, 271)), ('Customer', t, (118, 252, 178, 272)), ('PH-3105', t, (30, 285, 88, 303)),
    ('Mrs Eleanor Brough', t, (117, 284, 238, 306)), ('Long-term', t, (34, 306, 99, 323)),
    ('01423 555611', t, (119, 305, 194, 322)), ('PH-3103', t, (30, 339, 88, 357)),
    ('Mr & Mrs Hallworth', t, (119, 340, 240, 357)), ('01423 555127', t, (118, 356, 196, 376)),
    ('Long-term', t, (33, 358, 99, 378)), ('PH-3116', t, (27, 390, 88, 410)),
    ('Mrs Ruth Denholm', t, (119, 394, 231, 411)), ('01423 555773', t, (118, 410, 197, 430)),
    ('Long-term', t, (35, 411, 100, 432)), ('PH-3102', t, (28, 444, 90, 465)),
    ('Mr Kwame Osei', t, (119, 447, 217, 464)), ('01423 555390', t, (118, 463, 197, 483)),
    ('Long-term', t, (34, 466, 99, 483)), ('PH-3104', t, (29, 498, 90, 518)),
    ('Ms Priya Nair', t, (118, 500, 204, 520)), ('07700 900184', t, (118, 517, 197, 537)),
    ('Long-term', t, (33, 517, 99, 540)), ('PH-3106', t, (28, 552, 90, 572)),
    ('Mr David Ackroyd', t, (118, 553, 230, 573)), ('Long-term', t, (35, 572, 100, 592)),
    ('01937 555342', t, (118, 571, 196, 591)), ('PH-3107', t, (27, 602, 89, 625)),
    ('Harrogate International Festivals', t, (118, 607, 305, 627)), ('Event', t, (33, 625, 79, 646)),
    ('01423 555000', t, (118, 624, 197, 644)), ('PH-3118', t, (28, 658, 89, 679)),
    ('Ms Sophie Lund', t, (118, 660, 218, 680)), ('07700 900532', t, (119, 679, 196, 696)),
    ('Event', t, (33, 678, 79, 699)), ('⋯', t, (1221, 304, 1235, 306)), ('⋯', t, (1221, 357, 1235, 359)),
    ('⋯', t, (1221, 411, 1235, 413)), ('⋯', t, (1221, 464, 1235, 466)), ('⋯', t, (1221, 518, 1235, 520)),
    ('⋯', t, (1221, 571, 1235, 573)), ('⋯', t, (1221, 625, 1235, 627)), ('PH-3106 Long-term', i, (34, 571, 102, 593)),
    ('PH-3104 Long-term', i, (34, 518, 102, 540)), ('PH-3102 Long-term', i, (34, 464, 102, 486)),
    ('PH-3116 Long-term', i, (34, 411, 102, 433)), ('PH-3103 Long-term', i, (34, 357, 102, 379)),
    ('PH-3105 Long-term', i, (34, 304, 102, 326)), ('PH-3118 Event', i, (34, 678, 79, 700)),
    ('PH-3107 Event', i, (34, 625, 79, 647))]
PIANO06 = [('Hire', t, (28, 252, 62, 271)), ('Customer', t, (118, 252, 178, 272)), ('PH-3105', t, (30, 285, 88, 303)),
    ('Mrs Eleanor Brough', t, (117, 284, 238, 306)), ('paid to Wed 2 Apr', t, (1018, 294, 1115, 316)),
    ('Delivered', t, (1129, 296, 1187, 313)), ('Long-term', t, (34, 306, 99, 323)),
    ('01423 555611', t, (119, 305, 194, 322)), ('PH-3103', t, (30, 339, 88, 357)),
    ('Mr & Mrs Hallworth', t, (119, 340, 240, 357)), ('01423 555127', t, (118, 356, 196, 376)),
    ('paid to Fri 11 Apr', t, (1020, 349, 1115, 369)), ('Delivered', t, (1130, 349, 1187, 367)),
    ('Long-term', t, (33, 358, 99, 378)), ('PH-3116', t, (27, 390, 88, 410)),
    ('Mrs Ruth Denholm', t, (119, 394, 231, 411)), ('01423 555773', t, (118, 410, 197, 430)),
    ('paid to Mon 14 Apr', t, (1011, 401, 1115, 423)), ('Delivered', t, (1129, 403, 1188, 420)),
    ('Long-term', t, (35, 411, 100, 432)), ('PH-3102', t, (28, 444, 90, 465)),
    ('Mr Kwame Osei', t, (119, 447, 217, 464)), ('01423 555390', t, (118, 463, 197, 483)),
    ('paid to Mon 17 Mar', t, (1011, 457, 1115, 474)), ('Delivered', t, (1129, 455, 1187, 473)),
    ('Long-term', t, (34, 466, 99, 483)), ('PH-3104', t, (29, 498, 90, 518)),
    ('Ms Priya Nair', t, (118, 500, 204, 520)), ('Edit hire...', t, (1044, 495, 1112, 515)),
    ('07700 900184', t, (118, 517, 197, 537)), ('Long-term', t, (33, 517, 99, 540)),
    ('Mark delivered...', t, (1045, 529, 1143, 546)), ('PH-3106', t, (28, 552, 90, 572)),
    ('Mr David Ackroyd', t, (118, 553, 230, 573)), ('pa', t, (1014, 565, 1035, 582)),
    ('Record collection...', t, (1045, 564, 1160, 581)), ('Long-term', t, (35, 572, 100, 592)),
    ('01937 555342', t, (118, 571, 196, 591)), ('PH-3107', t, (27, 602, 89, 625)),
    ('Record payment...', t, (1045, 598, 1153, 615)), ('Harrogate International Festivals', t, (118, 607, 305, 627)),
    ('01423 555000', t, (118, 624, 197, 644)), ('Event', t, (33, 625, 79, 646)),
    ('Cancel hire...', t, (1044, 638, 1126, 658)), ('PH-3118', t, (28, 658, 89, 679)),
    ('Ms Sophie Lund', t, (118, 660, 218, 680)), ('PH-3101 collected', t, (1145, 673, 1250, 690)),
    ('Event', t, (33, 678, 79, 699)), ('07700 900532', t, (119, 679, 196, 696)), ('⋯', t, (1221, 304, 1235, 306)),
    ('⋯', t, (1221, 357, 1235, 359)), ('⋯', t, (1221, 411, 1235, 413)), ('⋯', t, (1221, 464, 1235, 466)),
    ('PH-3102 Long-term', i, (34, 571, 102, 593)), ('PH-3102 Long-term', i, (34, 518, 102, 540)),
    ('PH-3102 Long-term', i, (34, 464, 102, 486)), ('PH-3116 Long-term', i, (34, 411, 102, 433)),
    ('PH-3103 Long-term', i, (34, 357, 102, 379)), ('PH-3105 Long-term', i, (34, 304, 102, 326)),
    ('paid to Mon 17 Mar Delivered', i, (1128, 454, 1190, 476)),
    ('paid to Mon 14 Apr Delivered', i, (1128, 401, 1190, 423)),
    ('paid to Fri 11 Apr Delivered', i, (1128, 347, 1190, 369)),
    ('paid to Wed 2 Apr Delivered', i, (1128, 294, 1190, 316)), ('PH-3118 Event', i, (34, 678, 79, 700)),
    ('Event', i, (34, 625, 79, 647))]
PIANO09 = [('Hire', t, (29, 252, 62, 271)), ('Customer', t, (119, 252, 178, 272)), ('PH-3105', t, (30, 285, 88, 303)),
    ('Mrs Eleanor Brough', t, (117, 284, 238, 306)), ('Long-term', t, (35, 306, 98, 323)),
    ('01423 555611', t, (119, 305, 194, 322)), ('PH-3103', t, (30, 339, 88, 357)),
    ('Mr & Mrs Hallworth', t, (119, 340, 240, 357)), ('01423 555127', t, (118, 356, 196, 376)),
    ('Long-term', t, (33, 358, 99, 378)), ('PH-3116', t, (27, 390, 88, 410)),
    ('Mrs Ruth Denholm', t, (119, 394, 232, 411)), ('Long-term', t, (35, 411, 100, 432)),
    ('01423 555773', t, (119, 412, 196, 429)), ('PH-3102', t, (28, 444, 90, 465)),
    ('Mr Kwame Osei', t, (119, 447, 217, 464)), ('01423 555390', t, (118, 463, 197, 483)),
    ('Long-term', t, (34, 466, 99, 483)), ('PH-3104', t, (29, 498, 90, 518)),
    ('Ms Priya Nair', t, (118, 500, 204, 520)), ('07700 900184', t, (118, 517, 198, 537)),
    ('Long-term', t, (33, 517, 99, 540)), ('PH-3106', t, (27, 552, 89, 572)),
    ('Mr David Ackroyd', t, (118, 553, 230, 573)), ('Long-term', t, (35, 572, 100, 592)),
    ('01937 555342', t, (118, 571, 197, 591)), ('PH-3107', t, (27, 602, 89, 625)),
    ('Harrogate International Festivals', t, (118, 607, 305, 627)), ('Event', t, (33, 625, 79, 646)),
    ('01423 555000', t, (118, 624, 197, 644)), ('PH-3118', t, (28, 658, 89, 679)),
    ('Ms Sophie Lund', t, (118, 660, 218, 680)), ('Event', t, (33, 678, 79, 699)),
    ('07700 900532', t, (119, 679, 196, 696)), ('⋯', t, (1221, 304, 1234, 306)), ('⋯', t, (1221, 357, 1234, 359)),
    ('⋯', t, (1221, 411, 1234, 413)), ('⋯', t, (1221, 464, 1234, 466)), ('⋯', t, (1221, 518, 1234, 520)),
    ('⋯', t, (1221, 571, 1234, 573)), ('⋯', t, (1221, 625, 1234, 627)), ('PH-3106 Long-term', i, (34, 571, 102, 593)),
    ('PH-3104 Long-term', i, (34, 518, 102, 540)), ('PH-3102 Long-term', i, (34, 464, 102, 486)),
    ('PH-3116 Long-term', i, (34, 411, 102, 433)), ('PH-3103 Long-term', i, (34, 357, 102, 379)),
    ('PH-3105 Long-term', i, (34, 304, 102, 326)), ('PH-3118 Event', i, (34, 678, 79, 700)),
    ('PH-3107 Event', i, (34, 625, 79, 647))]


def test_lots_told_by_number_a_sale_at_a_price_a_head_then_the_next_lot():
    """"lot 6 has just gone to Dales Beef at £1,180 a head, and lot 7 …": lot 6's "⋯" (the row reading 6 under
    "Lot", not the one whose "Head" reads 6, nor Dales Beef's earlier sale); its menu's "Record sale…" (not "Mark
    unsold", told of lot 7); 1180 into "Price (£ a head)" once "Buyer" is chosen; "Record sale"; then lot 7's
    "⋯", and none once that was pressed."""
    from tilepilot.model.embedded.buttons import opener_commit
    from tilepilot.model.embedded.fields import rate_box, rate_typed
    from tilepilot.model.embedded.order import menu_entry, numbered_row, numbered_telling

    f, _ = _page(LOTS00)
    assert numbered_row(f, RING) == _at(f, (1221, 477, 1235, 479))
    assert numbered_row(f, RING.replace("lot 6", "the lot")) == _at(f, (1221, 523, 1235, 525))
    assert numbered_row(f, RING.replace("lot 6", "head 6").replace("lot 7", "the next")) is None
    assert numbered_row(f, "Not lot 6, though: leave it.") is None
    f, _ = _page(LOTS01, RING_STEPS[:1])
    assert numbered_telling(f, RING).startswith("lot 6 has just gone") and "unsold" not in numbered_telling(f, RING)
    assert menu_entry(f, RING, RING, "click", len(f.cand_text)) == _at(f, (1044, 537, 1131, 558))
    f, _ = _page(LOTS04, RING_STEPS[:4])
    assert rate_box(f, RING) == (_at(f, (648, 158, 910, 186)), "1180")
    assert rate_box(f, RING.replace("a head", "a kilo")) is None
    f, _ = _page(LOTS05, RING_STEPS[:5])
    assert rate_typed(f, RING) and opener_commit(f) == _at(f, (809, 284, 880, 298))
    f, _ = _page(LOTS06, RING_STEPS[:6])
    assert numbered_row(f, RING) == _at(f, (1221, 523, 1235, 525))
    f, _ = _page(LOTS08, RING_STEPS[2:8])
    assert numbered_row(f, RING) is None


def test_a_thing_brought_back_then_a_payment_told_after_oh_and():
    """"Dan's just brought the Kawai back from Mrs Whitaker's in Ripon (she's bought a piano …)": her row's "⋯"
    (three of the story's marks on it, though "piano" names "Pianos & prices"); "Record collection…" (not "Edit
    hire…", nor "Record payment…" told after "Oh, and"); "Condition on return [— choose —]" opened where the
    network would stop; "Save collection" once its option was picked; Mr Osei's "⋯"; "Record payment…"; and no
    scroll for more rows once his menu was used."""
    from tilepilot.model.embedded.fields import picked_commit, prompt_list
    from tilepilot.model.embedded.order import menu_entry, next_row_below, next_story_row, story_row

    f, _ = _page(PIANO00)
    assert story_row(f, KAWAI) == _at(f, (1221, 411, 1235, 413))
    assert story_row(f, KAWAI.replace("Mrs Whitaker's in Ripon", "a customer")) is None
    f, _ = _page(PIANO01, KAWAI_STEPS[:1])
    assert menu_entry(f, KAWAI, KAWAI, "click", len(f.cand_text)) == _at(f, (1045, 511, 1160, 528))
    f, _ = _page(PIANO02, KAWAI_STEPS[:2])
    assert prompt_list(f) == _at(f, (648, 162, 891, 188))
    f, _ = _page(PIANO04, KAWAI_STEPS[:4])
    assert prompt_list(f) is None and picked_commit(f) == _at(f, (791, 294, 882, 314))
    f, _ = _page(PIANO05, KAWAI_STEPS[:5])
    assert next_story_row(f, KAWAI) == _at(f, (1221, 464, 1235, 466))
    f, _ = _page(PIANO06, KAWAI_STEPS[:6])
    assert menu_entry(f, KAWAI, KAWAI, "click", len(f.cand_text)) == _at(f, (1045, 598, 1153, 615))
    f, _ = _page(PIANO09, KAWAI_STEPS[3:9])
    assert next_story_row(f, KAWAI) is None and not next_row_below(f, KAWAI)
