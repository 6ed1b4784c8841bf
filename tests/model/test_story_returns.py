"""Rules written from the twenty-sixth blind set (BSL interpreters, narrowboat hire, organ builders, a community
orchard, a falconry centre, a swim school), once it became a dev set: a row's menu entry named by the story's
thing ("his timesheet": "Record timesheet…"), times said in words ("twenty to five"), numbers before a field's
unit ("46 miles", "64 kilos"), hours spent ("an extra hour and a half"), a boat brought back, a part of a deposit
kept, two things at one price, the rest of a story on a people's section, and a doing's own section ("the press":
"Pressing days"). Each page here is the geometry the model saw (OCR texts as found), cut to what the rule reads."""

import numpy as np
from conftest import cut_page
from test_story_reasons import _ring

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=()):
    """The cut page, with no word of the task matched by a typing (the rules here read the typed points)."""
    f, ix = cut_page(cands, hist)
    f.ins_off, f.hist_match = np.zeros((0, 2)), np.zeros((len(hist), 0))
    return f, ix


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


TIMESHEET = ("Carl has sent in his timesheet for Monday's tribunal hearing with Kevin Ashby. It overran and didn't "
             "finish until twenty to five, and he's claiming 46 miles. Can you close that one off so we can invoice "
             "it?")
MENU01 = [('Confirmed', t, (1079, 335, 1148, 356)), ('Edit booking...', t, (1056, 373, 1152, 396)),
    ('Assign interpreters...', t, (1056, 409, 1193, 431)), ('Record timesheet...', t, (1057, 442, 1186, 464)),
    ('Cancel booking...', t, (1055, 484, 1173, 509)), ('⋯', t, (1220, 345, 1234, 347)),
    ('⋯', t, (1220, 523, 1234, 525)), ('Status Confirmed', i, (1079, 335, 1151, 357)),
    ('Fee Confirmed', c, (1042, 331, 1244, 529))]
DIALOG01 = [('Timesheet — BK-6106', t, (383, 52, 570, 78)), ('×', t, (870, 55, 889, 74)),
    ('Employment Tribunal (Leeds) ·6 Oct 2025· booked 1:30pm–3:30pm · Carl Henshaw', t, (383, 115, 841, 136)),
    ('Actual finish time', t, (385, 146, 491, 163)), ('Mileage claimed (miles)', t, (644, 147, 781, 164)),
    ('03:30 PM', t, (393, 174, 464, 195)), ('0', t, (651, 175, 668, 195)), ('Notes', t, (382, 211, 427, 232)),
    ('Fee £90.00', t, (383, 356, 452, 376)), ('Cancel', t, (681, 357, 733, 379)),
    ('Complete booking', t, (761, 357, 883, 380)), ('Mileage claimed (miles)', i, (387, 234, 894, 292)),
    ('Mileage claimed (miles) 0', i, (645, 167, 894, 205)), ('Actual finish time 03:30 PM', i, (387, 167, 636, 205)),
    ('Complete booking', i, (750, 350, 893, 386)), ('Cancel', i, (671, 350, 745, 387)), ('', c, (607, 178, 622, 193))]
NOTED01 = [('Timesheet — BK-6106', t, (383, 52, 570, 78)), ('×', t, (870, 55, 889, 74)),
    ('Employment Tribunal (Leeds) · 6 Oct 2025 · booked 1:30pm–3:30pm · Carl Henshaw', t, (385, 116, 840, 134)),
    ('Actual finish time', t, (384, 146, 490, 163)), ('Mileage claimed (miles)', t, (644, 147, 781, 164)),
    ('04:40 PM', t, (393, 174, 464, 195)), ('46', t, (650, 175, 676, 196)), ('Notes', t, (383, 212, 426, 230)),
    ("Carl has sent in his timesheet for Monday's tribunal hearing with Kevin Ashbyl", t, (394, 241, 877, 262)),
    ('Fee £178.20', t, (384, 358, 457, 375)), ('Cancel', t, (681, 357, 733, 379)),
    ('Complete booking', t, (761, 357, 883, 380)),
    ("Mileage claimed (miles) Carl has sent in his timesheet for Monday's tribunal hearing with Kevin Ashbyl", i,
     (385, 232, 895, 293)),
    ('Mileage claimed (miles) 46', i, (645, 167, 894, 205)), ('Actual finish time 04:40 PM', i, (387, 167, 636, 205)),
    ('Complete booking', i, (750, 350, 893, 386)), ('Cancel', i, (671, 350, 745, 387)), ('', c, (607, 178, 622, 193))]
TO_SHEET = [("click", (1227.0, 346.0)), ("click", (1140.0, 453.0))]


def test_a_timesheet_sent_in_records_its_finish_time_said_in_words_its_miles_then_completes():
    """"Carl has sent in his timesheet …" opens the row menu's "Record timesheet…" (the one entry naming a thing
    the story says; not "Edit booking…", the record's own form it fell back to); in its dialog "twenty to five"
    is 16:40 under "Actual finish time" (the label sharing "finish" with the words before it), "46 miles" goes
    into "Mileage claimed (miles)" (its unit last in its label), and once the note is typed the dialog's one
    button beside Cancel, "Complete booking", is pressed (no button reads the story's words)."""
    from tilepilot.model.embedded.fields import counted_field, noted_commit, told_time
    from tilepilot.model.embedded.order import _named_entry

    f, _ = _page(MENU01, TO_SHEET[:1])
    stack = [_at(f, b) for b in ((1056, 373, 1152, 396), (1056, 409, 1193, 431), (1057, 442, 1186, 464),
                                 (1055, 484, 1173, 509))]
    assert _named_entry(f, stack, TIMESHEET) == stack[2]
    assert _named_entry(f, stack, TIMESHEET.replace("timesheet", "hours")) is None
    f, _ = _page(DIALOG01, TO_SHEET)
    assert told_time(f, TIMESHEET) == (_at(f, (387, 167, 636, 205)), "16:40")
    assert told_time(f, TIMESHEET.replace("twenty to five", "quarter past three")) == (_at(f, (387, 167, 636, 205)),
                                                                                         "15:15")
    assert told_time(f, TIMESHEET.replace("didn't finish until", "we're adding another finish at")) is None
    miles = _at(f, (645, 167, 894, 205))
    assert counted_field(f, TIMESHEET, True) == (miles, (TIMESHEET.index("46"), TIMESHEET.index("46") + 2))
    assert counted_field(f, TIMESHEET) is None  # (not without the unit read last)
    f, _ = _page(NOTED01, TO_SHEET + [("type", (769.5, 186.0)), ("type", (511.5, 186.0)), ("type", (640.5, 263.0))])
    assert noted_commit(f, TIMESHEET) == _at(f, (761, 357, 883, 380))
    f, _ = _page(NOTED01, TO_SHEET + [("type", (769.5, 186.0)), ("type", (511.5, 186.0))])
    assert noted_commit(f, TIMESHEET) is None  # (the last value typed is no note)


def test_spoken_times():
    """Times as people say them: the afternoon's for an hour from one to seven."""
    from tilepilot.model.embedded.fields import _SPOKEN_TIME, spoken_time

    said = {"twenty to five": "16:40", "quarter past two": "14:15", "half four": "16:30", "ten o'clock": "10:00",
            "five to twelve": "11:55", "twenty-five past nine": "09:25"}
    for text, hm in said.items():
        assert spoken_time(_SPOKEN_TIME.search(f"until {text} today")) == hm, text
    assert _SPOKEN_TIME.search("half an hour") is None
    assert _SPOKEN_TIME.search("two hours") is None


ORGAN = ("Sarah was at St Peter's in Church Stretton yesterday for their tuning. While she was there she found a "
         "cipher on the Swell oboe and spent an extra hour and a half sorting it out, and she used £22 worth of "
         "parts. Please mark the visit as done and get the invoice out to them.")
VISITS09 = [('Ill', t, (24, 17, 55, 41)), ('Harcourt & Lyle organ builders', t, (52, 17, 264, 37)),
    ('Visits', t, (286, 16, 340, 38)), ('Churches & organs', t, (357, 16, 495, 36)),
    ('Projects', t, (511, 17, 579, 37)), ('Invoices', t, (592, 17, 658, 37)),
    ('Fees & settings', t, (675, 18, 787, 38)), ('19 Feb 2025 · Office: Margaret', t, (1087, 17, 1257, 35)),
    ('Visits', t, (19, 77, 82, 115)), ('Church, town, contact..', t, (913, 72, 1076, 109)),
    ('+ Book visit', t, (1162, 79, 1245, 101)), ('From', t, (33, 136, 69, 154)),
    ('YYYY-MM-DD', t, (77, 134, 176, 157)), ('To', t, (195, 136, 215, 153)), ('YYYY-MM-DD', t, (224, 133, 322, 156)),
    ('Tuner', t, (343, 136, 380, 155)), ('Everyone', t, (394, 136, 461, 157)), ('V', t, (565, 139, 579, 153)),
    ('Type', t, (584, 134, 615, 159)), ('All types', t, (636, 134, 696, 159)), ('Status', t, (720, 136, 762, 154)),
    ('Scheduled & postponed', t, (777, 136, 935, 156)), ('Clear filters', t, (969, 135, 1045, 155)),
    ('Visit', t, (71, 188, 108, 210)), ('Date', t, (153, 190, 189, 209)), ('Church', t, (274, 189, 326, 210)),
    ('Organ', t, (623, 187, 672, 212)), ('Type', t, (852, 190, 889, 212)), ('Tuner', t, (936, 192, 975, 210)),
    ('Status', t, (1001, 191, 1045, 209)), ('Charge', t, (1114, 189, 1167, 212)), ('0', t, (38, 235, 56, 252)),
    ('V-4109', t, (71, 234, 125, 255)), ('Tue 18 Feb', t, (154, 226, 233, 246)),
    ('St Peter, Church Stretton', t, (275, 224, 439, 247)), ('Conacher', t, (625, 225, 695, 246)),
    ('Tuning', t, (851, 232, 904, 260)), ('SP', t, (936, 233, 967, 259)), ('Scheduled', t, (1003, 231, 1078, 259)),
    ('9:30am', t, (153, 244, 203, 265)), ('Gill Ashby - twice yearly', t, (274, 241, 409, 267)),
    ('2 man. - 16 stops', t, (624, 242, 726, 265)), ('Thu 20 Feb', t, (153, 278, 233, 299)),
    ('St Laurence, Ludlow', t, (275, 277, 412, 300)), ('Snetzler / Gray & Davison', t, (625, 277, 795, 300)),
    ('⋯', t, (1207, 245, 1221, 247)), ('⋯', t, (1207, 297, 1221, 299)), ('Visits From', i, (25, 119, 1256, 174)),
    ('19 Feb 2025 · Office: Margaret Church, town, contact..', i, (913, 72, 1146, 110)),
    ('Projects Everyone', i, (384, 129, 583, 164)),
    ('Fees & settings Scheduled & postponed', i, (765, 129, 957, 164)),
    ('Harcourt & Lyle organ builders YYYY-MM-DD', i, (219, 128, 340, 165)),
    ('Visits YYYY-MM-DD', i, (72, 128, 193, 165)),
    ('19 Feb 2025 · Office: Margaret + Book visit', i, (1153, 72, 1255, 109)),
    ('Fees & settings All types', i, (622, 129, 718, 164)), ('Clear filters', i, (962, 131, 1052, 161)),
    ('Churches & organs Visits', i, (285, 9, 348, 45)), ('SP', i, (1005, 235, 1078, 257)),
    ('+ Book visit', c, (1167, 85, 1177, 95)), ('Visit', c, (40, 192, 55, 207)),
    ('St Peter, Church Stretton', c, (278, 230, 293, 242)), ('St Laurence, Ludlow', c, (278, 283, 293, 295))]
DIALOG09 = [('Mark done — V-4109', t, (384, 55, 547, 75)),
    ('St Peter, Church Stretton·Tuning·18Feb 2025·Sarah Penn·contract tuning fee £140.00', t, (385, 113, 878, 137)),
    ('Date done', t, (383, 144, 451, 165)), ('Extra repair time (hours)', t, (556, 145, 703, 166)),
    ('Parts & materials (£)', t, (727, 143, 851, 166)), ('2025-02-18', t, (393, 174, 473, 195)),
    ('0', t, (565, 175, 582, 195)), ('0', t, (737, 175, 754, 195)), ('Work done', t, (383, 211, 455, 232)),
    ('Raise the invoice now', t, (404, 326, 554, 346)), ('Charge £140.00', t, (383, 408, 480, 432)),
    ('Cancel', t, (762, 410, 815, 431)), ('Save', t, (841, 410, 883, 431)),
    ('St Peter, Chure', i, (387, 234, 894, 312)), ('0', i, (731, 167, 894, 205)),
    ('Extra repair time (hours) 0', i, (559, 167, 722, 205)), ('2025-02-18', i, (387, 167, 550, 205)),
    ('Cancel', i, (751, 403, 826, 441)), ('Save', i, (831, 403, 893, 440)), ('', c, (874, 59, 886, 71)),
    ('Raise the invoice now', c, (391, 329, 406, 344))]


def test_a_visit_marked_done_on_the_visits_page_its_extra_hours_and_parts_in_their_boxes():
    """"… Please mark the visit as done and get the invoice out to them" on "Visits": St Peter's row's dots,
    though "invoice" names the "Invoices" section (the verb acts on the visit the page's heading names); in "Mark
    done", "an extra hour and a half" is 1.5 in "Extra repair time (hours)" and "£22 worth of parts" 22 in "Parts &
    materials (£)"."""
    from tilepilot.model.embedded.fields import named_sum, spent_hours
    from tilepilot.model.embedded.order import story_row

    f, _ = _page(VISITS09)
    assert story_row(f, ORGAN) == _at(f, (1207, 245, 1221, 247))
    assert story_row(f, ORGAN.replace("mark the visit as done", "mark it as done")) is None
    f, _ = _page(DIALOG09, [("click", (1214.0, 246.0)), ("click", (1085.0, 285.0))])
    assert spent_hours(f, ORGAN) == (_at(f, (559, 167, 722, 205)), "1.5")
    assert spent_hours(f, ORGAN.replace("an extra hour and a half", "two hours")) == (_at(f, (559, 167, 722, 205)),
                                                                                   "2")
    assert spent_hours(f, "The rate is £58 an hour.") is None
    assert named_sum(f, ORGAN) == (_at(f, (731, 167, 894, 205)), "22")


RETURNED = ("The Hendersons have just brought Heron back. The engine hours read 1,842 when she came in. There's a "
            "fresh scrape along the starboard side, so we're keeping £75 of their damage deposit; the rest can go "
            "back on their card.")
BOATS05 = [('Kennet Wharf narrowboat hire', t, (61, 17, 290, 37)), ('Bookings', t, (321, 17, 394, 38)),
    ('Fleet', t, (412, 18, 454, 36)), ('Prices & settings', t, (468, 16, 591, 38)),
    ('16 May 2025 - Office: Wendy', t, (1096, 17, 1256, 35)), ('Bookings', t, (21, 77, 114, 105)),
    ('Name, email, boat...', t, (894, 76, 1032, 104)), ('+ New booking', t, (1140, 78, 1243, 101)),
    ('Boats out now', t, (38, 135, 124, 155)), ('Due back today', t, (349, 136, 440, 156)),
    ('Going out in the next 7 days', t, (660, 137, 814, 156)), ('Provisional', t, (970, 139, 1034, 156)),
    ('4', t, (38, 157, 59, 181)), ('2', t, (348, 157, 369, 182)), ('7', t, (659, 159, 677, 179)),
    ('2', t, (970, 161, 987, 181)), ('From', t, (31, 225, 71, 247)), ('YYYY-MM-DD', t, (76, 225, 177, 248)),
    ('To', t, (194, 225, 217, 245)), ('YYYY-MM-DD', t, (225, 225, 323, 248)), ('Boat', t, (342, 226, 375, 245)),
    ('All boats', t, (388, 226, 450, 247)), ('Status', t, (484, 225, 528, 246)),
    ('Provisional, confirmed & out', t, (541, 225, 745, 248)), ('Clear filters', t, (761, 226, 836, 247)),
    ('Booking', t, (67, 279, 127, 303)), ('Boat', t, (299, 281, 335, 300)), ('Dates', t, (394, 282, 434, 300)),
    ('Dates', t, (395, 288, 432, 298)), ('Party', t, (606, 279, 646, 304)), ('Extras', t, (712, 282, 755, 300)),
    ('Price', t, (899, 278, 939, 302)), ('Paid', t, (994, 280, 1030, 302)), ('Status', t, (1090, 282, 1134, 300)),
    ('Sofia Rossi', t, (69, 317, 154, 338)), ('Kingfisher', t, (299, 318, 370, 338)),
    ('Sat 10 May → Sat 17 May', t, (394, 318, 564, 338)), ('2 ad + 2 ch', t, (616, 326, 686, 346)),
    ('fuel pkg', t, (708, 322, 769, 349)), ('979.00', t, (936, 325, 986, 347)),
    ('£979.00', t, (1019, 324, 1081, 348)), ('KW-3107', t, (67, 333, 129, 357)),
    ('2-4 berth', t, (297, 333, 359, 356)), ('Week · Low season', t, (394, 337, 505, 354)),
    ('Out', t, (1096, 328, 1128, 347)), ('⋯', t, (1210, 332, 1229, 344)), ('□', t, (36, 377, 57, 399)),
    ('Chinedu Achebe', t, (68, 366, 189, 391)), ('Grebe', t, (297, 367, 349, 392)),
    ('Sat 10 May → Sat 24 May', t, (393, 368, 565, 391)), ('KW-3108', t, (69, 387, 128, 408)),
    ('7-8 berth', t, (297, 386, 360, 410)), ('Fortnight - Low season', t, (392, 386, 524, 409)),
    ('4 ad + 3 ch', t, (616, 379, 687, 399)), ('1 dog, fuel pkg', t, (709, 378, 811, 401)),
    ('£2,520.00', t, (915, 379, 983, 399)), ('£2,520.00', t, (1009, 379, 1080, 399)),
    ('Out', t, (1096, 380, 1127, 398)), ('⋯', t, (1210, 385, 1229, 397)), ('□', t, (38, 431, 55, 450)),
    ('Mark & Pauline Henderson', t, (68, 421, 256, 444)), ('Heron', t, (296, 420, 348, 445)),
    ('Mon 12 May → Fri 16 May', t, (391, 419, 566, 445)), ('4 ad', t, (605, 429, 646, 455)),
    ('2 bikes', t, (710, 431, 764, 453)), ('£715.00', t, (925, 430, 983, 454)), ('KW-3106', t, (69, 439, 128, 460)),
    ('5-6 berth', t, (296, 438, 360, 462)), ('Midweek - Low season', t, (393, 440, 524, 460)),
    ('£715.00', t, (1021, 433, 1079, 451)), ('Out', t, (1096, 433, 1127, 451)), ('⋯', t, (1210, 437, 1229, 449)),
    ('□', t, (35, 482, 58, 505)), ('Tony Baines', t, (68, 474, 162, 498)), ('Moorhen', t, (297, 474, 364, 498)),
    ('Mon 12 May → Fri 16 May', t, (391, 472, 566, 498)), ('2 ad', t, (603, 480, 647, 508)),
    ('1 dog', t, (709, 482, 755, 508)), ('575.00', t, (936, 483, 986, 505)), ('£575.00', t, (1019, 482, 1081, 506)),
    ('KW-3109', t, (67, 491, 130, 515)), ('2-4 berth', t, (297, 490, 359, 514)),
    ('Midweek - Low season', t, (392, 491, 524, 514)), ('Out', t, (1096, 486, 1128, 505)),
    ('⋯', t, (1210, 490, 1229, 502)), ('Bookings From', i, (25, 210, 1256, 265)),
    ('16 May 2025 - Office: Wendy Provisional', i, (955, 119, 1256, 201)),
    ('Going out in the next 7 days', i, (645, 119, 946, 201)),
    ('Prices & settings Due back today', i, (335, 119, 636, 201)), ('Bookings Boats out now', i, (25, 119, 326, 201)),
    ('16 May 2025 - Office: Wendy Name, email, boat...', i, (892, 72, 1125, 110)),
    ('Provisional, confirmed & out', i, (530, 220, 748, 255)),
    ('16 May 2025 - Office: Wendy + New booking', i, (1132, 72, 1255, 109)), ('YYYY-MM-DD', i, (219, 219, 340, 256)),
    ('Bookings YYYY-MM-DD', i, (72, 219, 193, 256)), ('All boats', i, (377, 220, 483, 255)),
    ('Fleet Bookings', i, (312, 9, 402, 45)), ('Clear filters', i, (753, 223, 844, 253)),
    ('Kennet Wharf narrowboat hire', c, (25, 19, 57, 25)), ('All boats', c, (391, 230, 408, 243)),
    ('Booking', c, (39, 283, 54, 298)), ('KW-3107', c, (39, 328, 54, 343)),
    ('Mark & Pauline Henderson', c, (39, 433, 54, 448)), ('2 bikes', c, (714, 436, 723, 448))]
DIALOG05 = [('Return Heron — Mark & Pauline Henderson', t, (385, 53, 723, 76)), ('×', t, (868, 52, 892, 75)),
    ('KW-3106 - out 12 May 2025 · due back 16 May 2025 · engine hours out 1796 · diesel charged', t,
     (385, 116, 890, 136)),
    ('at £1.80 per engine hour', t, (384, 131, 523, 153)), ('Engine hours at return', t, (384, 162, 519, 179)),
    ('Date back', t, (642, 161, 708, 182)), ('2025-05-16', t, (649, 191, 732, 215)),
    ('Damage', t, (383, 229, 437, 247)), ('No damage — return the full deposit', t, (411, 252, 643, 274)),
    ('Keep part of the deposit', t, (658, 252, 832, 274)), ('Keep the whole deposit', t, (390, 287, 564, 307)),
    ('Amount kept (£)', t, (383, 315, 484, 338)), ('Refund to', t, (642, 315, 705, 335)),
    ('- choose', t, (669, 345, 728, 366)), ('Notes', t, (381, 380, 429, 405)), ('Cancel', t, (712, 526, 768, 552)),
    ('Book back in', t, (792, 527, 884, 551)), ('2-4 berth Cancel', i, (370, 509, 910, 569)),
    ('Notes', i, (387, 405, 894, 463)), ('Amount kept (£)', i, (387, 338, 636, 376)),
    ('Date back 2025-05-16', i, (645, 185, 894, 222)), ('Engine hours at return', i, (387, 185, 636, 222)),
    ('- choose', i, (645, 338, 894, 373)), ('£611.00 Book back in', i, (783, 521, 893, 557)),
    ('£611.00 Cancel', i, (703, 521, 778, 558)), ('No damage — return the full deposit', c, (392, 257, 407, 272)),
    ('Keep part of the deposit', c, (658, 257, 673, 272)), ('Keep the whole deposit', c, (392, 291, 407, 306))]
TO_RETURN = [("click", (1219.5, 443.0)), ("click", (1095.0, 619.0))]


def test_a_boat_brought_back_returns_with_its_hours_a_part_of_the_deposit_kept_and_the_rest_refunded():
    """"The Hendersons have just brought Heron back" tells no verb of a row's menu: brought back is a return, on
    the Hendersons' Heron row; in "Return Heron", "The engine hours read 1,842" is 1842 under "Engine hours at
    return" (its two words), "keeping £75 of their damage deposit" picks "○ Keep part of the deposit", then 75
    under "Amount kept (£)" (kept: keeping), and "back on their card" is the card under "Refund to"."""
    from tilepilot.model.embedded.fields import named_sum, paid_way, stated_number
    from tilepilot.model.embedded.order import part_radio, story_row

    f, _ = _page(BOATS05)
    assert story_row(f, RETURNED) == _at(f, (1210, 437, 1229, 449))
    assert story_row(f, RETURNED.replace("brought Heron back", "had a lovely week on Heron")) is None
    f, _ = _page(DIALOG05, TO_RETURN)
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            f.cand_crop[q] = _ring()
    assert stated_number(f, RETURNED) == (_at(f, (387, 185, 636, 222)), "1842")
    assert paid_way(f, RETURNED) == (_at(f, (645, 338, 894, 373)), "card")
    assert part_radio(f, RETURNED) == _at(f, (658, 257, 673, 272))
    assert named_sum(f, RETURNED) is None  # (its option first)
    f, _ = _page(DIALOG05, TO_RETURN + [("click", (665.5, 264.5))])
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            f.cand_crop[q] = _ring()
    assert part_radio(f, RETURNED) is None
    assert named_sum(f, RETURNED) == (_at(f, (387, 338, 636, 376)), "75")


RATES_UP = ("Our hourly rates are going up from today: legal and police work to £58 an hour, and mental health to £50. "
            "Everything else stays as it is. The evening and weekend uplift goes up to 30% too. And Gemma has passed "
            "her legal interpreting qualification, so she can take court and police work now; she's also told us she "
            "won't be working Fridays any more.")
RATES03 = [('Signpost BSL interpreting', t, (54, 15, 265, 39)), ('Bookings', t, (296, 15, 369, 38)),
    ('Interpreters', t, (386, 19, 471, 36)), ('Clients', t, (491, 17, 544, 35)),
    ('Rates & settings', t, (561, 14, 682, 41)), ('Rates & settings', t, (22, 75, 193, 101)),
    ('Hourly rates (per interpreter)', t, (42, 134, 252, 154)), ('Type of assignment', t, (50, 167, 181, 187)),
    ('£ per hour', t, (184, 167, 258, 187)), ('General', t, (48, 200, 103, 221)), ('42', t, (194, 200, 220, 221)),
    ('Medical', t, (48, 241, 102, 262)), ('45', t, (195, 241, 220, 262)), ('Mental health', t, (47, 280, 135, 303)),
    ('48', t, (194, 282, 221, 303)), ('Legal', t, (47, 323, 90, 345)), ('55', t, (194, 322, 220, 344)),
    ('Police', t, (50, 367, 91, 384)), ('55', t, (196, 364, 219, 385)), ('Education', t, (52, 410, 113, 424)),
    ('40', t, (197, 407, 217, 424)), ('Employment', t, (51, 449, 128, 466)), ('45', t, (197, 447, 217, 464)),
    ('Conference', t, (51, 489, 123, 506)), ('60', t, (196, 487, 219, 507)),
    ('Clients Rates & settings', i, (553, 9, 689, 45)), ('Conference 60', i, (189, 480, 302, 516)),
    ('Employment 45', i, (189, 439, 302, 475)), ('Police 55', i, (189, 358, 302, 394)),
    ('Legal 55', i, (189, 317, 302, 353)), ('Mental health 48', i, (189, 276, 302, 312)),
    ('Medical 45', i, (189, 235, 302, 271)), ('Hourly rates (per interpreter) 42', i, (189, 194, 302, 230)),
    ('Education 40', i, (189, 399, 302, 434)), ('Signpost BSL interpreting', c, (25, 14, 51, 40)),
    ('£ per hour', c, (189, 171, 198, 182))]
SAVED03 = [('Signpost BSL interpreting', t, (55, 15, 265, 38)), ('Bookings', t, (296, 14, 369, 39)),
    ('Interpreters', t, (386, 19, 471, 36)), ('Clients', t, (490, 16, 545, 37)),
    ('Rates & settin', t, (558, 13, 679, 39)), ('8 Oct 2025 · Office: Lena', t, (1117, 17, 1257, 34)),
    ('Police', t, (49, 52, 92, 70)), ('58', t, (196, 52, 218, 69)), ('Education', t, (50, 93, 114, 110)),
    ('40', t, (196, 92, 218, 109)), ('Save settings', t, (35, 652, 128, 675)),
    ('Settings saved', t, (1157, 673, 1250, 693)), ('Settings saved', i, (1144, 662, 1264, 704)),
    ('Clients Rates & settin', i, (553, 9, 689, 45)), ('Save settings', i, (25, 645, 139, 681)),
    ('Education 40', i, (189, 85, 302, 120)), ('Bookings 58', i, (192, 55, 299, 77)),
    ('8 Oct 2025 · Office: Lena', i, (0, 30, 1280, 57)), ('Signpost BSL interpreting', c, (25, 14, 51, 40))]
PEOPLE03 = [('Signpost BSL interpreting', t, (54, 15, 265, 39)), ('Bookings', t, (296, 17, 368, 38)),
    ('Interpreters', t, (386, 19, 471, 36)), ('Clients', t, (491, 17, 546, 35)),
    ('Rates & settin', t, (561, 16, 679, 38)), ('8 Oct 2025 · Office: Lena', t, (1117, 17, 1257, 34)),
    ('Interpreters8 on the register', t, (25, 83, 241, 100)), ('Name, base, skill...', t, (1038, 78, 1166, 102)),
    ('Name', t, (31, 125, 75, 146)), ('Registration', t, (160, 125, 239, 146)), ('Base', t, (262, 126, 301, 145)),
    ('Specialisms', t, (372, 128, 447, 145)), ('Works', t, (650, 127, 693, 145)),
    ('DBS expires', t, (877, 126, 954, 146)), ('Next booking', t, (1034, 124, 1118, 147)),
    ('Status', t, (1184, 127, 1228, 145)), ('Priya Shah', t, (32, 158, 114, 182)),
    ('RSLI 10482', t, (160, 168, 243, 189)), ('Leeds', t, (260, 167, 310, 189)), ('Medical', t, (376, 170, 425, 188)),
    ('Education', t, (432, 169, 494, 189)), ('Conference', t, (502, 169, 569, 189)),
    ('Thu 9 Oct 10am', t, (1035, 168, 1143, 189)), ('07700 900301', t, (33, 176, 117, 197)),
    ('Mon Tue Wed Thu Fri', t, (651, 171, 791, 187)), ('30 Apr 2026', t, (877, 169, 959, 190)),
    ('Active', t, (1187, 168, 1237, 193)), ('Carl Henshaw', t, (32, 211, 134, 234)),
    ('RSLI 10217', t, (160, 220, 243, 241)), ('Wakefield', t, (260, 218, 333, 244)),
    ('Medical', t, (376, 223, 425, 241)), ('Legal', t, (429, 222, 472, 243)), ('Police', t, (480, 223, 520, 241)),
    ('Employment', t, (529, 224, 601, 241)), ('Mon Tue Wed Thu Fri', t, (651, 223, 791, 239)),
    ('31 Jan 2026', t, (877, 221, 961, 241)), ('Thu 9 Oct 10am', t, (1037, 223, 1142, 240)),
    ('Active', t, (1186, 220, 1237, 246)), ('07700 900302', t, (33, 230, 118, 250)),
    ('Gemma Doyle', t, (33, 265, 134, 285)), ('RSLI 11730', t, (160, 273, 243, 294)),
    ('Halifax', t, (260, 273, 315, 295)), ('Medlical', t, (375, 274, 427, 295)),
    ('Education', t, (432, 274, 493, 294)), ('Employment', t, (500, 274, 575, 295)),
    ('Mon Tue Wed Thu Fri', t, (651, 275, 791, 292)), ('30 Sep 2026', t, (875, 273, 963, 296)),
    ('Wed 8 Oct 9am', t, (1036, 274, 1139, 294)), ('Active', t, (1187, 272, 1237, 297)),
    ('8 Oct 2025 · Office: Lena Name, base, skill...', i, (1033, 72, 1256, 110)),
    ('Wakefield Medical', i, (373, 222, 605, 244)), ('Halifax Medlical', i, (373, 274, 578, 297)),
    ('Specialisms Medical', i, (373, 169, 574, 192)), ('Bookings Interpreters', i, (377, 9, 481, 45)),
    ('Wed 8 Oct 9am Active', i, (1188, 274, 1238, 296)), ('Thu 9 Oct 10am Active', i, (1188, 169, 1238, 191)),
    ('Thu 9 Oct 10am', i, (1188, 222, 1238, 243)), ('Signpost BSL interpreting', c, (25, 14, 51, 40))]


def test_two_things_at_one_price_then_the_rest_of_the_story_on_the_people_its_person():
    """"legal and police work to £58 an hour": both rows take 58, Legal first, then Police (each its own word and
    the shared "work"); once the settings are saved, "… And Gemma has passed her legal interpreting qualification
    …" goes on to "Interpreters" (interpreting: what the section's people do), where "Gemma Doyle" is opened (not
    "Everything", a sentence's first word the network searched for)."""
    from tilepilot.model.embedded.fields import priced_field
    from tilepilot.model.embedded.order import rest_elsewhere, rest_person

    legal, police = (189, 317, 302, 353), (189, 358, 302, 394)
    f, _ = _page(RATES03, [("click", (621.5, 27.5))])
    assert priced_field(f, RATES_UP) == (_at(f, legal), "58")
    f, _ = _page(RATES03, [("click", (621.5, 27.5)), ("type", (245.5, 335.0))])
    assert priced_field(f, RATES_UP) == (_at(f, police), "58")
    saved = [("type", (168.5, 637.0)), ("type", (245.5, 335.0)), ("type", (245.5, 376.0)), ("type", (245.5, 294.0)),
             ("scroll", (0.0, 0.0)), ("click", (81.5, 663.5))]
    f, _ = _page(SAVED03, saved)
    assert rest_elsewhere(f, RATES_UP) == _at(f, (386, 19, 471, 36))
    assert rest_elsewhere(f, RATES_UP.replace("interpreting qualification", "exam")) is None
    f, _ = _page(PEOPLE03, saved[1:] + [("click", (428.5, 27.5))])
    assert rest_person(f, RATES_UP) == _at(f, (33, 265, 134, 285))
    assert rest_person(f, RATES_UP.replace("Gemma", "Joanne")) is None
    f, _ = _page(PEOPLE03, [("click", (428.5, 27.5))])
    assert rest_person(f, RATES_UP) is None  # (no values typed before: no settings saved)


FEES = ("Fees for the spring term: Ducklings and Stages 1 to 3 go up to £9.50 a lesson and Stages 4 to 7 to £10.50, "
        "while adult lessons stay at £12. The sibling discount goes up to 15%.")
BAR23 = [('Blue Lane swim school', t, (60, 18, 222, 35)), ('Pupils', t, (249, 15, 305, 40)),
    ('Classes', t, (321, 16, 381, 36)), ('Fees & terms', t, (401, 19, 494, 36)),
    ('15 Jan 2025 · Office: Carol', t, (1109, 18, 1257, 34)), ('Classes Pupils', i, (244, 9, 312, 45)),
    ('Blue Lane swim school', c, (25, 18, 55, 36))]


def test_a_price_told_moving_opens_the_price_list():
    """"… go up to £9.50 a lesson …" says no "from now on": a price told moving is a standing change all the same,
    and the one link reading fees ("Fees & terms") is where it is made."""
    from tilepilot.model.embedded.order import policy_link

    f, _ = _page(BAR23)
    assert policy_link(f, FEES) == _at(f, (401, 19, 494, 36))
    assert policy_link(f, "Ducklings and Stages 1 to 3 were full last term.") is None


PRESSED = ("Graham and Sue Henderson's apples went through the press this afternoon: 64 kilos, which gave 41 litres "
           "of juice. They had all of it bottled and pasteurised, and Sue paid by card.")
MEMBERS13 = [('Longmeadowcommunity orchard', t, (52, 15, 281, 37)), ('Members', t, (310, 17, 381, 38)),
    ('Trees', t, (399, 19, 443, 37)), ('Pressing days', t, (462, 19, 566, 36)),
    ('Fees & settings', t, (581, 16, 694, 39)), ('24 Sep 2025 - Coordinator: Jess', t, (1080, 18, 1257, 34)),
    ('Members14 active · 2 renewing within 30 days', t, (24, 81, 327, 101)),
    ('Name, address, email..', t, (901, 76, 1062, 104)), ('+ New member', t, (1140, 80, 1243, 100)),
    ('24 Sep 2025 - Coordinator: Jess Name, address, email..', i, (900, 72, 1123, 110)),
    ('24 Sep 2025 - Coordinator: Jess + New member', i, (1130, 72, 1255, 109)),
    ('Trees Members', i, (303, 9, 390, 45)), ('Longmeadowcommunity orchard', c, (25, 9, 49, 39)),
    ('+ New member', c, (1144, 85, 1154, 95))]
MENU13 = [('⋯', t, (1152, 218, 1179, 237)), ('Record pressing...', t, (995, 257, 1118, 280)),
    ('Move to another day...', t, (995, 290, 1142, 315)), ('Cancel booking', t, (996, 334, 1099, 357))]
PRESS13 = [('Record pressing — Graham & Sue Henderson', t, (383, 52, 762, 78)), ('×', t, (870, 56, 889, 75)),
    ('PB-508 · member rate £0.50/kg · bottles £0.80 each, pasteurising £0.30 a bottle', t, (385, 115, 814, 136)),
    ('Apples pressed (kg)', t, (384, 144, 507, 167)), ('Juice (litres)', t, (556, 145, 634, 165)),
    ('Bottles filled (75 cl)', t, (729, 147, 844, 164)), ('Pasteurised', t, (387, 212, 493, 235)),
    ('Paid by', t, (381, 241, 436, 268)), ('- choose', t, (410, 272, 473, 296)), ('Cancel', t, (761, 363, 815, 384)),
    ('Save', t, (842, 364, 881, 383)), ('Paid by - choose', i, (387, 267, 636, 302)),
    ('Bottles filled (75 cl)', i, (731, 167, 894, 205)), ('Juice (litres)', i, (559, 167, 722, 205)),
    ('Apples pressed (kg)', i, (387, 167, 550, 205)), ('Cancel', i, (751, 355, 826, 392)),
    ('Save', i, (831, 355, 893, 391)), ('Pasteurised', c, (391, 216, 406, 231))]
PRESSED13 = [('Record pressing — Graham & Sue Henderson', t, (383, 52, 762, 78)), ('×', t, (870, 56, 889, 75)),
    ('PB-508 - member rate £0.50/kg · bottles £0.80 each, pasteurising £0.30 a bottle', t, (384, 115, 813, 135)),
    ('Apples pressed (kg)', t, (384, 144, 507, 167)), ('Juice (litres)', t, (556, 144, 634, 165)),
    ('Bottles filled (75 cl)', t, (729, 146, 844, 163)), ('64', t, (391, 172, 420, 197)),
    ('41', t, (565, 174, 591, 196)), ('1', t, (694, 174, 710, 197)), ('54', t, (737, 175, 762, 195)),
    ('Pasteurised', t, (387, 212, 493, 235)), ('Paid by', t, (381, 240, 437, 268)), ('Card', t, (394, 270, 439, 297)),
    ('Charge £75.20', t, (383, 362, 470, 382)), ('Cancel', t, (761, 363, 815, 384)),
    ('Save', t, (842, 364, 881, 383)), ('Paid by Card', i, (385, 265, 637, 302)),
    ('Bottles filled (75 cl) 54', i, (731, 167, 894, 205)), ('Juice (litres) 41', i, (559, 167, 722, 205)),
    ('Apples pressed (kg) 64', i, (387, 167, 550, 205)), ('Cancel', i, (751, 355, 826, 392)),
    ('Save', i, (831, 355, 893, 391)), ('Pasteurised', c, (391, 216, 406, 231)),
    ('Greenfield Primary School Card', c, (385, 249, 637, 303))]
TO_PRESS = [("click", (514.0, 27.5)), ("click", (1166.5, 228.0)), ("click", (1056.5, 268.5))]


def test_apples_through_the_press_go_to_the_pressing_days_and_record_their_pressing():
    """"… apples went through the press …" on "Members" (their member's row shows here) goes to "Pressing days"
    (the press's doing), whose row menu's "Record pressing…" is the entry; there "64 kilos" goes under "Apples
    pressed (kg)" and "41 litres" under "Juice (litres)", empty as they are, and "☐ Pasteurised", said as written,
    is ticked before the dialog is saved."""
    from test_story_pages import _light

    from tilepilot.model.embedded.fields import counted_field, told_commit
    from tilepilot.model.embedded.order import _named_entry, doing_link
    from tilepilot.model.embedded.roles import told_box

    f, _ = _page(MEMBERS13)
    assert doing_link(f, PRESSED) == _at(f, (462, 19, 566, 36))
    assert doing_link(f, PRESSED.replace("through the press", "into store")) is None
    f, _ = _page(MENU13, TO_PRESS[:2])
    stack = [_at(f, b) for b in ((995, 257, 1118, 280), (995, 290, 1142, 315), (996, 334, 1099, 357))]
    assert _named_entry(f, stack, PRESSED) == stack[0]
    f, _ = _page(PRESS13, TO_PRESS)
    assert counted_field(f, PRESSED, True) == (_at(f, (387, 167, 550, 205)), (PRESSED.index("64"),
                                                                               PRESSED.index("64") + 2))
    f, _ = _page(PRESS13, TO_PRESS + [("type", (468.5, 186.0))])
    assert counted_field(f, PRESSED, True) == (_at(f, (559, 167, 722, 205)), (PRESSED.index("41"),
                                                                               PRESSED.index("41") + 2))
    typed = TO_PRESS + [("type", (468.5, 186.0)), ("type", (640.5, 186.0)), ("type", (511.5, 284.5))]
    f, _ = _page(PRESSED13, typed)
    _light(f)
    assert told_box(f, PRESSED) == _at(f, (391, 216, 406, 231))
    assert told_box(f, PRESSED.replace("bottled and pasteurised", "bottled")) is None
    assert told_commit(f, PRESSED) is None  # (its box first)


FALCONRY = ("The prices are changing from August: the full falconry day goes up to £165 for adults and £120 for "
            "under-16s, and adult owl encounters go up to £45. The photo package is going up to £20 as well.")
PRICES19 = [('Wyvern falconry centre', t, (25, 17, 246, 37)), ('Bookings', t, (276, 16, 343, 39)),
    ('Sessions', t, (367, 19, 435, 36)), ('Birds', t, (454, 17, 499, 38)),
    ('Prices & timetable', t, (515, 17, 646, 37)), ('Prices & timetable', t, (23, 77, 210, 100)),
    ('Prices (per person)', t, (40, 131, 186, 157)), ('Experience', t, (48, 165, 126, 186)),
    ('Adult', t, (148, 165, 192, 187)), ('Under 16', t, (275, 168, 338, 185)),
    ('Owl encounter', t, (48, 199, 142, 221)), ('40', t, (157, 200, 182, 221)), ('30', t, (285, 202, 306, 219)),
    ('Hawk walk', t, (48, 241, 120, 262)), ('65', t, (157, 241, 183, 262)), ('45', t, (285, 243, 307, 260)),
    ('Falconry day', t, (46, 280, 132, 306)), ('150', t, (157, 282, 190, 303)), ('110', t, (285, 283, 314, 302)),
    ('Photo package (£ per booking)', t, (41, 322, 223, 342)),
    ('Free cancellation up to (days before)', t, (429, 323, 644, 343)), ('15', t, (49, 349, 76, 374)),
    ('2', t, (436, 353, 453, 373)), ('Free cancellation up to (days before) 2', i, (431, 344, 809, 382)),
    ('Photo package (£ per booking) 15', i, (44, 344, 422, 382)), ('Birds Prices & timetable', i, (507, 9, 654, 45)),
    ('Falconry day 110', i, (278, 276, 391, 312)), ('Falconry day 150', i, (152, 276, 265, 312)),
    ('Under 16 45', i, (278, 235, 391, 271)), ('Hawk walk 65', i, (152, 235, 265, 271)),
    ('Under 16 30', i, (278, 194, 391, 230)), ('Owl encounter 40', i, (152, 194, 265, 230))]


def test_a_price_table_row_of_two_words_takes_each_sum_by_the_column_said_after_it():
    """"the full falconry day goes up to £165 for adults and £120 for under-16s": the row "Falconry day" (two
    words, each said) takes 165 under "Adult" and 120 under "Under 16", each sum read with the words from it to
    the next; "adult owl encounters go up to £45" is Owl encounter's Adult box."""
    from tilepilot.model.embedded.fields import table_value

    to_prices = [("click", (547.5, 27.0))]
    f, _ = _page(PRICES19, to_prices)
    assert table_value(f, FALCONRY) == (_at(f, (152, 276, 265, 312)), "165")
    f, _ = _page(PRICES19, to_prices + [("type", (208.5, 294.0))])
    assert table_value(f, FALCONRY) == (_at(f, (278, 276, 391, 312)), "120")
    f, _ = _page(PRICES19, to_prices + [("type", (208.5, 294.0)), ("type", (334.5, 294.0))])
    assert table_value(f, FALCONRY) == (_at(f, (152, 194, 265, 230)), "45")
    assert table_value(f, "Kim at 4 Falconry Day Lane wants an adult ticket.") is None
