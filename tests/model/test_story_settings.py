"""Rules written from the twenty-third blind set (kennels, a sailing school, a community minibus, an upholsterer, a
marquee hire firm, a clock repairer), once it became a dev set: settings pages told in prose (a price by what it
prices, a number under its label, a percentage, a box switched on after "Could you also", the save button below
the fold), payments a person made (searched by name, yesterday's date), a member's record (the name on the
people section, the address moved to, the record's other tab, a contact after a colon, a note), a job marked
ready for a weekday, a customer's go-ahead and the part turned down, a check-out by the nights stayed. Each page
here is the geometry the model saw (OCR texts as found), cut to what the rule reads."""

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


ROB = ("A few changes from Rob: the labour rate goes up to £38 an hour, we want a 40% deposit on new work, and "
       "quotes should now stay valid for 60 days. We're also only going to deliver within 30 miles from now on.")
UPHOLSTERY_SETTINGS = [
    ('Settings', t, (25, 92, 108, 125)), ('Pricing', t, (44, 148, 103, 175)),
    ('Labour rate (£ per hour)', t, (46, 180, 190, 203)), ('Deposit (% of price)', t, (296, 181, 411, 201)),
    ('Quotes valid for (days)', t, (535, 178, 674, 205)), ('34', t, (56, 211, 81, 232)),
    ('30', t, (301, 210, 326, 231)), ('30', t, (545, 210, 570, 231)),
    ('Collection & delivery', t, (47, 297, 190, 320)), ('Collect & deliver charge (£)', t, (47, 325, 208, 348)),
    ('Delivery radius (miles)', t, (296, 326, 426, 348)), ('35', t, (57, 357, 80, 379)),
    ('40', t, (302, 358, 325, 380)), ('Customer messages', t, (47, 444, 180, 466)),
    ('Text customers by default when a job is ready', t, (49, 473, 364, 499)),
    ('Save settings', t, (41, 631, 134, 654)),
    ('Quotes valid for (days) 30', i, (539, 203, 775, 241)), ('Labour rate (£ per hour) 34', i, (50, 203, 286, 241)),
    ('Deposit (% of price) 30', i, (295, 203, 530, 241)),
    ('Collect & deliver charge (£) 35', i, (50, 350, 286, 387)),
    ('Delivery radius (miles) 40', i, (295, 350, 530, 387)),
    ('Text customers by default when a job is ready', c, (54, 479, 69, 494))]
TO_SETTINGS = [("click", (527.5, 36.0))]


def test_numbers_told_in_prose_go_under_the_labels_that_say_what_they_count():
    """"… a 40% deposit …, quotes … valid for 60 days …, deliver within 30 miles from now on": 40 into "Deposit
    (% of price)" (the "%" counts as a word), then 60 into "Quotes valid for (days)", then 30 into "Delivery
    radius (miles)" (labels over the boxes), one a step; "£38 an hour" goes by its price's words into "Labour
    rate (£ per hour)". A number already shown, or an old value ("rather than 30"), is none."""
    from tilepilot.model.embedded.fields import policy_number, priced_field

    f, _ = _page(UPHOLSTERY_SETTINGS, TO_SETTINGS)
    deposit, quotes, radius = _at(f, (295, 203, 530, 241)), _at(f, (539, 203, 775, 241)), _at(f, (295, 350, 530, 387))
    assert policy_number(f, ROB) == (deposit, "40")
    assert priced_field(f, ROB) == (_at(f, (50, 203, 286, 241)), "38")
    f, _ = _page(UPHOLSTERY_SETTINGS, [*TO_SETTINGS, ("type", (412.5, 222.0))])
    assert policy_number(f, ROB) == (quotes, "60")
    f, _ = _page(UPHOLSTERY_SETTINGS, [*TO_SETTINGS, ("type", (412.5, 222.0)), ("type", (657.0, 222.0))])
    assert policy_number(f, ROB) == (radius, "30")
    assert policy_number(f, ROB.replace("within 30 miles", "within 40 miles")) is None  # (it shows 40)
    assert policy_number(f, "From now on quotes should stay valid for 45 days rather than 30.") is None  # (typed)


KENNELS = ("Our prices go up from today: the dog kennels to £30 a night and the family kennels to £52. The cattery "
           "stays as it is. We're also taking a 25% deposit from now on instead of 20%. Oh, and please switch off "
           "the booking requests from the website for now; the form on there is broken.")
KENNEL_SETTINGS = [
    ('Settings', t, (248, 72, 358, 107)), ('Nightly rates', t, (268, 129, 389, 156)),
    ('Dog kennel, per night (£)', t, (267, 159, 447, 186)), ('Family kennel, per night (£)', t, (513, 159, 709, 185)),
    ('Cattery, per cat per night (£)', t, (759, 163, 960, 183)), ('28', t, (274, 189, 307, 219)),
    ('48', t, (523, 194, 549, 214)), ('16', t, (764, 192, 795, 216)), ('Extras', t, (268, 277, 331, 302)),
    ('Daily walk, per dog per night (£)', t, (268, 306, 498, 333)), ('Bath & brush, per pet', t, (511, 307, 679, 332)),
    ('Medication, per night (£)', t, (758, 309, 934, 332)), ('5', t, (275, 338, 296, 362)),
    ('25', t, (520, 338, 550, 362)), ('2', t, (764, 340, 786, 362)), ('Booking rules', t, (267, 419, 393, 450)),
    ('Deposit (% of total)', t, (268, 451, 409, 478)), ('20', t, (274, 481, 307, 510)),
    ("Don't allow check-in until a vaccination card has been seen", t, (271, 520, 720, 547)),
    ('Accept booking requests from the website', t, (270, 552, 598, 583)),
    ('Deposit (% of total) 20', i, (272, 478, 508, 516)),
    ('Daily walk, per dog per night (£) 5', i, (272, 332, 508, 369)),
    ('Cattery, per cat per night (£) 16', i, (761, 186, 997, 223)),
    ('Dog kennel, per night (£) 28', i, (272, 186, 508, 223)),
    ('Family kennel, per night (£) 48', i, (517, 186, 752, 223)),
    ("Don't allow check-in until a vaccination card has been seen", c, (276, 527, 291, 542)),
    ('Accept booking requests from the website', c, (276, 560, 291, 575))]


def test_prices_go_by_what_they_price_and_the_save_button_is_scrolled_to():
    """"the dog kennels to £30 a night and the family kennels to £52": 30 into "Dog kennel, per night (£)", then
    52 into "Family kennel …" (not the daily walk's box the network pointed at: the label reading "£" and most
    of the thing's words); "Oh, and please switch off the booking requests …" is a clause that unticks a box;
    once all is in and no save button shows, the page is scrolled (three times at most) to find one."""
    from tilepilot.model.embedded.fields import priced_field, save_below, settings_saved
    from tilepilot.model.embedded.order import setting_box

    f, _ = _page(KENNEL_SETTINGS, [("click", (54.0, 238.5))])
    assert priced_field(f, KENNELS) == (_at(f, (272, 186, 508, 223)), "30")
    f, _ = _page(KENNEL_SETTINGS, [("click", (54.0, 238.5)), ("type", (390.0, 204.0))])
    assert priced_field(f, KENNELS) == (_at(f, (517, 186, 752, 223)), "52")
    assert priced_field(f, KENNELS.replace("£52", "£48")) is None  # (it shows 48)
    from test_story_forms import _boxes

    _boxes(f, ("Don't", "Accept"))
    assert setting_box(f, KENNELS) == _at(f, (276, 560, 291, 575))
    done = [("click", (54.0, 238.5)), ("type", (390.0, 497.0)), ("type", (390.0, 204.0)), ("type", (634.0, 204.0)),
            ("click", (283.5, 567.5))]
    f, _ = _page(KENNEL_SETTINGS, done)
    assert save_below(f, KENNELS) and settings_saved(f, KENNELS) is None
    f, _ = _page(KENNEL_SETTINGS, done + [("scroll", (640.0, 360.0))] * 3)
    assert not save_below(f, KENNELS)  # (three scrolls found none)
    f, _ = _page(KENNEL_SETTINGS + [('Save settings', t, (280, 650, 380, 672))], done)
    assert not save_below(f, KENNELS) and settings_saved(f, KENNELS) == _at(f, (280, 650, 380, 672))
    charges = [  # a hot tub firm's one-off charges under its plans' table: "the Gold plan" is no "no plan" charge
        ('Standard callout fee (£)', t, (255, 439, 395, 461)), ('Drain & refill, no plan (£)', t, (256, 518, 400, 540)),
        ('85', t, (264, 469, 289, 490)), ('95', t, (264, 549, 289, 569)),
        ('Standard callout fee (£) 85', i, (258, 462, 535, 500)),
        ('Drain & refill, no plan (£) 95', i, (258, 541, 535, 578))]
    f, _ = _page(charges, [("click", (56.0, 195.5))])
    assert priced_field(f, "We're putting the Gold plan up to £39.50 a month") is None
    assert priced_field(f, "We're putting the drain and refill up to £99") == (_at(f, (258, 541, 535, 578)), "99")


BENCH = ("We're putting the bench fee up to £30, and estimates should now stay valid for 60 days rather than 30. Could "
         "you also switch on the text message for when a repair is ready to collect? Keep the emails going too.")
CLOCK_SETTINGS = [
    ('Settings', t, (24, 94, 106, 129)), ('Charges', t, (45, 153, 107, 175)), ('Bench fee (£)', t, (45, 184, 119, 204)),
    ('Home visit fee (£)', t, (296, 181, 386, 204)), ('Estimates valid for (days)', t, (533, 180, 674, 207)),
    ('25', t, (53, 213, 78, 234)), ('45', t, (299, 213, 323, 234)), ('30', t, (541, 212, 567, 233)),
    ('When a repair is ready', t, (46, 300, 197, 323)), ('Send a text message', t, (48, 332, 195, 355)),
    ('✓Send an email', t, (49, 366, 160, 386)), ('Save settings', t, (39, 524, 123, 546)),
    ('Estimates valid for (days) 30', i, (537, 205, 773, 243)), ('Bench fee (£) 25', i, (48, 205, 284, 243)),
    ('Home visit fee (£) 45', i, (293, 205, 528, 243)), ('Send a text message', c, (52, 335, 67, 350)),
    ('✓Send an email', c, (52, 369, 67, 384))]


def test_a_fee_put_up_is_typed_without_its_comma_and_a_box_is_switched_on_after_could_you_also():
    """"… the bench fee up to £30, and …": the amount is "30", not "30," (a number's comma is a thousands
    separator only between digits); 30 goes into "Bench fee (£)" by its words, 60 into "Estimates valid for
    (days)" (not the 30 said after "rather than"); "Could you also switch on the text message …" ticks "Send a
    text message" (a clause may open with "Could you also")."""
    from test_story_forms import _boxes

    from tilepilot.model.embedded.fields import policy_number, priced_field, settings_saved
    from tilepilot.model.embedded.order import setting_box
    from tilepilot.model.embedded.roles import value_roles

    roles = value_roles(BENCH)
    assert BENCH[slice(*roles["amount"])] == "30"
    pay = "Pay Ana £1,250.50 for the flat"
    assert pay[slice(*value_roles(pay)["amount"])] == "1,250.50"
    f, _ = _page(CLOCK_SETTINGS, [("click", (667.0, 54.5))])
    assert priced_field(f, BENCH) == (_at(f, (48, 205, 284, 243)), "30")
    assert policy_number(f, BENCH) == (_at(f, (537, 205, 773, 243)), "60")
    assert setting_box(f, BENCH) == _at(f, (52, 335, 67, 350))
    assert setting_box(f, BENCH.replace("Could you also switch on", "Could you also look at")) is None
    f, _ = _page(CLOCK_SETTINGS, [("click", (667.0, 54.5)), ("type", (655.0, 224.0)), ("type", (166.0, 224.0)),
                                  ("click", (59.5, 342.5))])
    f.ins_off, f.hist_match = np.zeros((0, 2), np.int64), np.zeros((4, 0), np.float32)
    _boxes(f, ("Send a text", "✓Send"))
    assert settings_saved(f, BENCH) == _at(f, (39, 524, 123, 546))  # (all in: saved, nothing more typed)


JOBS_TOP = [
    ('Stitch & Frame', t, (29, 15, 170, 38)), ('Jobs', t, (235, 23, 273, 44)), ('Fabrics', t, (307, 26, 357, 44)),
    ('Customers', t, (393, 25, 465, 44)), ('Settings', t, (499, 23, 556, 49)), ('Jobs', t, (26, 95, 78, 124)),
    ('Customer, item or fabric...', t, (766, 96, 937, 122)), ('Job', t, (84, 195, 114, 215)),
    ('Customer', t, (145, 197, 206, 214)), ('Stage', t, (992, 194, 1035, 217)), ('Price', t, (1112, 194, 1149, 215)),
    ('□', t, (46, 248, 66, 266)), ('Bilton Dental', t, (146, 240, 230, 257)),
    ('Clarke & Clarke Leather-look — Tan', t, (510, 241, 757, 258)), ('Tue 18', t, (899, 240, 948, 257)),
    ('J-807', t, (84, 248, 128, 269)), ('Waiting room chairs ×8', t, (300, 248, 449, 270)),
    ('Joel Whitby', t, (790, 246, 870, 269)), ('Ready', t, (996, 247, 1047, 273)),
    ('£867.00', t, (1125, 249, 1182, 267)), ('Practice', t, (145, 260, 202, 277)), ('12 m', t, (511, 261, 542, 276)),
    ('Mar', t, (898, 259, 931, 278)), ('⋯', t, (1212, 258, 1226, 260)),
    ('Stage □', i, (32, 229, 1248, 288)), ('Customer, item or fabric...', i, (761, 91, 1014, 128)),
    ('Settings', i, (0, 51, 1280, 71))]


def test_a_band_across_the_screen_labels_no_field_and_a_job_row_is_no_amount_field():
    """On the jobs list, "Settings" in the top bar is the settings link for "… from now on" (the bar's lower edge,
    found as a box across the whole screen, is no field it labels); the first job's row, read as one box with
    its price "£867.00" inside and its texts stacked in places, is a table's row: no amount field to type
    "£38" into."""
    from tilepilot.model.embedded.order import policy_link
    from tilepilot.model.embedded.roles import next_step, row_band

    f, at = _page(JOBS_TOP)
    assert policy_link(f, ROB) == _at(f, (499, 23, 556, 49))
    assert row_band(f, _at(f, (32, 229, 1248, 288)))
    assert next_step(f, ROB) is None


WHITMORE = "Claire Whitmore paid the deposit for her 40th birthday party yesterday, £450 by bank transfer."
MARQUEE_BOOKINGS = [
    ('▲ Bellweather', t, (14, 22, 178, 49)), ('Bookings', t, (232, 22, 343, 59)),
    ('Client, venue, event...', t, (875, 28, 1039, 53)), ('+ New enquiry', t, (1123, 30, 1242, 54)),
    ('17 bookings', t, (1173, 73, 1255, 98)), ('Bookings', t, (17, 121, 101, 148)), ('Event', t, (292, 125, 337, 143)),
    ('Client', t, (360, 132, 406, 150)), ('Paid', t, (1107, 131, 1145, 153)), ('date', t, (291, 141, 329, 160)),
    ('Calendar', t, (20, 168, 91, 189)), ('Fri 6', t, (290, 178, 329, 200)), ('Sykes &', t, (360, 198, 423, 219)),
    ('Jun', t, (287, 197, 323, 223)), ('Marquees & kit', t, (22, 214, 131, 231)), ('BW-', t, (291, 217, 322, 237)),
    ('Partners', t, (359, 219, 425, 239)), ('60 guests', t, (471, 220, 535, 237)), ('⋯', t, (1216, 217, 1230, 219)),
    ('Sat 7', t, (290, 273, 335, 294)), ('Jun', t, (290, 295, 321, 315)), ('BW-', t, (291, 311, 322, 331)),
    ('304', t, (291, 329, 322, 349)), ('Sun 8', t, (290, 368, 339, 389)), ('Jun', t, (290, 390, 321, 410)),
    ('BW-', t, (291, 406, 324, 427)), ('311', t, (291, 423, 322, 443)), ('Sat', t, (291, 468, 322, 488)),
    ('14', t, (291, 488, 317, 509)), ('Jun', t, (288, 507, 322, 531)), ('BW-', t, (291, 526, 324, 547)),
    ('307', t, (290, 543, 323, 566)), ('Sat', t, (290, 587, 324, 611)), ('14', t, (290, 608, 318, 629)),
    ('Client, venue, event...', i, (869, 23, 1112, 60)), ('+ New enquiry', i, (1120, 23, 1253, 59))]


def test_a_person_who_paid_is_searched_by_name_and_an_amount_is_no_identifier():
    """"Claire Whitmore paid the deposit …, £450 by bank transfer" on a long list of bookings none of hers shows:
    "Claire Whitmore" into "Client, venue, event…" (a hint listing its keys, ended by an ellipsis; a person who
    paid names two words enough), not "450" (an amount is no booking's number), nor "120" of "120 guests"."""
    from tilepilot.model.embedded.fields import _codes, id_search, name_search

    f, _ = _page(MARQUEE_BOOKINGS)
    box = _at(f, (869, 23, 1112, 60))
    assert id_search(f, WHITMORE) is None and _codes(WHITMORE) == []
    assert _codes("The Harper–Quinn wedding has gone up to 120 guests") == []
    assert _codes("Send Brightline Dental a reminder for invoice 4821 today") == ["4821"]
    assert name_search(f, WHITMORE, True, WHITMORE) == (box, "Claire Whitmore")
    assert name_search(f, WHITMORE.replace(" paid", " wants"), True) is None  # (two words, no person told)


PAYMENT_DIALOG = [
    ('Record payment — Claire Whitmore', t, (383, 52, 731, 78)), ('×', t, (869, 53, 891, 75)),
    ('BW-305 · total £2,090.00 · paid so far £0.00 · suggested deposit £523.00', t, (384, 115, 830, 135)),
    ('Status', t, (956, 133, 1008, 154)), ('Total', t, (1044, 132, 1084, 155)), ('Paid', t, (1137, 130, 1177, 155)),
    ('Date received', t, (384, 144, 486, 164)), ('Amount (£)', t, (643, 144, 725, 165)),
    ('06/04/2025', t, (394, 175, 487, 196)), ('日', t, (603, 175, 626, 198)), ('Quoted', t, (964, 200, 1019, 217)),
    ('£2,090.00', t, (1045, 200, 1122, 217)), ('£0.00', t, (1140, 199, 1185, 217)), ('Method', t, (382, 211, 445, 235)),
    ('Payment type', t, (641, 213, 744, 236)), ('- choose —', t, (404, 243, 492, 264)),
    ('V Deposit', t, (618, 234, 738, 260)), ('Balance', t, (734, 237, 826, 258)), ('Cancel', t, (688, 330, 747, 354)),
    ('Save payment', t, (768, 331, 883, 354)), ('⋯', t, (1216, 208, 1230, 210)),
    ('Balance Quoted', i, (910, 171, 1252, 246)), ('Date received 06/04/2025', i, (387, 167, 636, 207)),
    ('Amount (£)', i, (645, 167, 894, 205)), ('Date received - choose —', i, (387, 236, 636, 271)),
    ('Save payment', i, (763, 324, 893, 360)), ('V Deposit', c, (650, 241, 665, 256)),
    ('Balance', c, (745, 241, 760, 256))]
RECORDING = [("type", (990.5, 41.5)), ("click", (1223.0, 209.0)), ("click", (1130.5, 318.5))]


def test_a_payment_made_yesterday_takes_the_dialogs_method_list_and_the_day_before_the_date_shown():
    """"… yesterday, £450 by bank transfer" on "Record payment", "Date received 06/04/2025": the way into the
    dialog's "Method" list (not the row behind it, whose box read the header "Paid" as its label), 2025-06-03
    into the date (the day before the one shown); the dialog's button waits for it."""
    from tilepilot.model.embedded.fields import paid_way, told_commit, yesterday_date

    f, _ = _page(PAYMENT_DIALOG, RECORDING)
    assert paid_way(f, WHITMORE) == (_at(f, (387, 236, 636, 271)), "bank transfer")
    assert yesterday_date(f, WHITMORE) == (_at(f, (387, 167, 636, 207)), "2025-06-03")
    assert yesterday_date(f, WHITMORE.replace("yesterday", "this morning")) is None
    f, _ = _page(PAYMENT_DIALOG, [*RECORDING, ("type", (511.5, 253.5)), ("type", (769.5, 186.0))])
    assert told_commit(f, WHITMORE) is None  # (the date is not in yet)
    f, _ = _page([x for x in PAYMENT_DIALOG if x[0] != '06/04/2025'] + [('06/03/2025', t, (394, 175, 487, 196))],
                 [*RECORDING, ("type", (511.5, 253.5)), ("type", (769.5, 186.0)), ("type", (511.5, 187.0))])
    assert yesterday_date(f, WHITMORE) is None


KOWALCZYK = ("Mr Kowalczyk came in this morning and paid his membership renewal, £15 in cash. He's also moved house, "
             "to 3 Chapel Row in the same village, so please update his address while you're at it.")
MEMBERS = [
    ('Kenneth Appleyard', t, (272, 116, 431, 140)), ('Trips', t, (17, 132, 58, 157)),
    ('Arthur Binns', t, (273, 155, 380, 179)), ('Members', t, (18, 174, 98, 196)),
    ('Mavis Coward WC', t, (272, 192, 422, 223)), ('Volunteer drivers', t, (20, 219, 144, 236)),
    ('Edna Dobson', t, (272, 232, 384, 262)), ('Fares & settings', t, (19, 261, 136, 281)),
    ('Ray Dobson', t, (272, 276, 372, 297)), ('Margaret Ellerby', t, (273, 320, 411, 338)),
    ('Dennis Fairclough', t, (272, 353, 421, 377)), ('Rita Kau', t, (272, 394, 343, 414)),
    ('Stan Kowalczyk', t, (273, 434, 403, 454)), ('Brian Lumley', t, (272, 471, 383, 498)),
    ('Sheila Marr', t, (273, 510, 371, 535)), ('Trips Members', i, (4, 164, 236, 206))]
MEMBER_DETAILS = [
    ('Stan Kowalczyk', t, (867, 88, 978, 110)), ('M-103', t, (865, 105, 911, 126)),
    ('Details', t, (877, 141, 940, 161)),
    ('Membership', t, (958, 141, 1053, 161)), ('Trips', t, (1069, 141, 1112, 162)),
    ('Address', t, (865, 180, 928, 201)),
    ('11 Chapel Row', t, (873, 210, 988, 236)), ('Village', t, (863, 246, 921, 271)),
    ('Kilham', t, (877, 275, 936, 300)), ('Save details', t, (878, 467, 972, 488)),
    ('Trips 11 Chapel Row', i, (868, 205, 1237, 242)), ('Details Kilham', i, (868, 271, 1048, 306))]
MEMBERSHIP = [
    ('Stan Kowalczyk', t, (867, 88, 978, 110)), ('M-103', t, (866, 106, 910, 124)),
    ('Details', t, (878, 142, 933, 160)),
    ('Membership', t, (951, 139, 1057, 162)), ('Trips', t, (1074, 141, 1116, 162)),
    ('Member until', t, (865, 182, 958, 203)), ('30 Nov 2026', t, (994, 182, 1093, 205)),
    ('Record renewal...', t, (876, 243, 1009, 267)), ('Record donation...', t, (1037, 243, 1177, 268)),
    ('£15.00 Record renewal...', i, (868, 238, 1020, 274))]


def test_a_member_by_title_is_opened_on_the_people_section_and_the_address_moved_to_goes_on_the_details_tab():
    """"Mr Kowalczyk came in …" once "Members" was opened: "Stan Kowalczyk" in the list's column of names (not
    a record's title, which stands over no such column); his panel's "Address" gets "3 Chapel Row" over "11
    Chapel Row"; after the renewal on "Membership", where no address field shows, "Details" is clicked. A
    moved-to address is nothing to search for."""
    from tilepilot.model.embedded.fields import address_tab, moved_address, place_search
    from tilepilot.model.embedded.order import titled_member

    f, _ = _page(MEMBERS, [("click", (53.5, 185.0))])
    assert titled_member(f, KOWALCZYK) == _at(f, (273, 434, 403, 454))
    assert titled_member(f, KOWALCZYK.replace("Mr Kowalczyk", "Mr Novak")) is None
    f, _ = _page(MEMBERS, [("click", (53.5, 185.0)), ("click", (338.0, 444.0))])
    assert titled_member(f, KOWALCZYK) is None  # (clicked)
    f, _ = _page(MEMBER_DETAILS + [('Members', t, (18, 174, 98, 196))], [("click", (53.5, 185.0))])
    assert titled_member(f, KOWALCZYK) is None  # (a record's title, no list)
    assert moved_address(f, KOWALCZYK) == (_at(f, (868, 205, 1237, 242)), "3 Chapel Row")
    assert address_tab(f, KOWALCZYK) is None  # (its field shows)
    f, _ = _page(MEMBERSHIP, [("click", (53.5, 185.0)), ("click", (338.0, 444.0)), ("click", (1005.5, 151.0))])
    assert moved_address(f, KOWALCZYK) is None
    assert address_tab(f, KOWALCZYK) == _at(f, (878, 142, 933, 160))
    assert address_tab(f, KOWALCZYK.replace("moved house, to", "been in touch about")) is None
    assert place_search(_page(MARQUEE_BOOKINGS)[0], "Mrs Lane has moved to 4 Mill Lane, please update it.") is None


MARSH = ("Joe Marsh's mum has emailed: he has a nut allergy and carries an EpiPen, so please get that onto his "
         "medical notes. She'd also like to be his emergency contact instead of his dad: Sarah Marsh, 07700 900219.")
STUDENTS = [
    ('Carrick Roads Sailing School', t, (20, 13, 253, 37)), ('Office / Students', t, (42, 65, 135, 82)),
    ('14 May 2025 - Lamorna (office)', t, (1085, 14, 1258, 35)), ('Courses', t, (291, 16, 343, 33)),
    ('Students', t, (374, 18, 436, 32)), ('Settings', t, (462, 14, 517, 35)),
    ('Students', t, (40, 93, 137, 119)), ('Name', t, (48, 139, 92, 160)), ('Ruth Abbott', t, (50, 171, 136, 191)),
    ('Kofi Asante', t, (50, 204, 133, 225)), ('Sophie Blewett', t, (49, 235, 157, 258)),
    ('Beth Carlyon', t, (50, 269, 143, 290)), ('Yusuf Demir', t, (50, 302, 137, 323)),
    ('Chris Duggan', t, (49, 333, 148, 357)), ('Marcus Lee', t, (49, 464, 133, 485)),
    ('Amelia Marsh', t, (49, 495, 146, 518)), ('Joe Marsh', t, (48, 529, 126, 553)),
    ('Ravi Menon', t, (49, 562, 135, 583)), ('Email', t, (292, 140, 331, 159)),
    ('ruth.abbott@example.com', t, (296, 172, 457, 192)), ('kofi.asante@example.com', t, (289, 203, 459, 225)),
    ('sophie.blewett@example.com', t, (296, 237, 479, 257)), ('beth.carlyon@example.com', t, (296, 270, 467, 290)),
    ('marsh.family@example.com', t, (288, 528, 469, 554)), ('Students', i, (362, 29, 448, 52))]
PROFILE = [
    ('Joe Marsh', t, (850, 153, 929, 170)), ('ST-05 - born 18 Jun 200', t, (851, 171, 983, 187)),
    ('Profile', t, (862, 205, 910, 222)), ('Medical & emergency', t, (936, 204, 1065, 223)),
    ('Courses', t, (1087, 207, 1140, 221)), ('Full name', t, (848, 245, 914, 265)),
    ('Joe Marsh', t, (858, 274, 930, 295)),
    ('Phone', t, (849, 378, 894, 396)), ('07700 900605', t, (858, 407, 951, 424)),
    ('Save profile', t, (861, 534, 942, 556)), ('Phone 07700 900605', i, (852, 399, 1221, 436)),
    ('Full name Joe Marsh', i, (852, 267, 1221, 304))]
MEDICAL = [
    ('Joe Marsh', t, (850, 153, 929, 170)), ('ST-05 - born 18 Jun 200', t, (851, 171, 983, 187)),
    ('Profile', t, (862, 205, 906, 222)), ('Medical & emergency', t, (936, 205, 1069, 223)),
    ('Courses', t, (1092, 207, 1146, 221)), ('Medical notes', t, (851, 248, 934, 262)),
    ('Emergency contact name', t, (849, 354, 1001, 377)), ('Gareth Marsh', t, (857, 385, 950, 406)),
    ('Emergency contact phone', t, (848, 419, 1006, 443)), ('07700 900218', t, (858, 451, 953, 472)),
    ('Save', t, (863, 515, 901, 534)), ('Medical notes', i, (852, 267, 1221, 343)),
    ('Emergency contact phone 07700 900218', i, (852, 444, 1221, 480)),
    ('Emergency contact name Gareth Marsh', i, (852, 378, 1221, 414))]
TO_MARSH = [("click", (407.0, 24.5)), ("click", (87.0, 541.0))]


def test_a_students_other_tab_takes_a_contact_given_after_a_colon_and_the_note_whole():
    """"Joe Marsh's mum has emailed …" on Students: "Joe Marsh" (a full name in the column of names); on his
    Profile, whose labels say neither "medical" nor "emergency", "Medical & emergency" is the tab (two of the
    story's words; a one-word tab is no sign, nor a tab no nearer in meaning than the others); there "Sarah
    Marsh" into "Emergency contact name", then "07700 900219" into its phone (showing 07700 900218: another
    number, though one digit apart), not the Profile's "Full name"; the note "he has a nut allergy and carries
    an EpiPen" (not the request after it) into "Medical notes", which the story names."""
    from tilepilot.model.embedded.fields import contact_field, labelled_note, story_tab
    from tilepilot.model.embedded.order import titled_member

    f, _ = _page(STUDENTS, [("click", (407.0, 24.5))])
    assert titled_member(f, MARSH) == _at(f, (48, 529, 126, 553))
    f, _ = _page(PROFILE, TO_MARSH)
    assert story_tab(f, MARSH) == _at(f, (936, 204, 1065, 223))
    assert contact_field(f, MARSH) is None
    assert story_tab(f, "Joe Marsh has moved up to the intermediate group.") is None  # (one word, "Courses",
    # no sign, and no tab near in meaning)
    f, _ = _page(MEDICAL, [*TO_MARSH, ("click", (1000.5, 213.5))])
    assert story_tab(f, MARSH) is None
    assert contact_field(f, MARSH) == (_at(f, (852, 378, 1221, 414)), "Sarah Marsh")
    note = "he has a nut allergy and carries an EpiPen"
    assert labelled_note(f, MARSH) == (_at(f, (852, 267, 1221, 343)), note)
    assert labelled_note(f, MARSH.replace("onto his medical notes", "sorted")) is None
    f, _ = _page(MEDICAL, [*TO_MARSH, ("click", (1000.5, 213.5)), ("type", (1036.5, 396.0))])
    assert contact_field(f, MARSH) == (_at(f, (852, 444, 1221, 480)), "07700 900219")


ACHEBE = ("Mrs Achebe's dining chairs are finished. Can you mark them as ready and send her a text to let her know? "
          "She's already said she'll come and collect them on Saturday.")
JOB_MENU = [
    ('Wed 19 Mar 2025', t, (1102, 25, 1211, 41)), ('£422.00', t, (1122, 368, 1185, 392)),
    ('Edit job...', t, (1056, 407, 1128, 435)), ('Move to stage...', t, (1056, 443, 1168, 469)),
    ('Mark ready...', t, (1054, 476, 1152, 505)), ('Record deposit...', t, (1057, 512, 1175, 536)),
    ('Mark collected', t, (1056, 546, 1158, 570)), ('Cancel job...', t, (1057, 591, 1147, 615)),
    ('⋯', t, (1212, 381, 1226, 383))]
MARK_READY = [
    ('Wed 19 Mar 2025', t, (1102, 25, 1211, 41)), ('Mark ready — J-803', t, (385, 55, 543, 75)),
    ('Ngozi Achebe · Six dining chairs (drop-in seats)', t, (385, 118, 684, 142)),
    ('Tell the customer', t, (385, 153, 490, 170)), ('Text message (07700 900102)', t, (408, 176, 607, 196)),
    ('Email', t, (622, 176, 683, 196)), ("Don't notify", t, (698, 176, 792, 196)),
    ('Collection date', t, (385, 206, 477, 223)), ('mm/dd/yyyy', t, (393, 235, 482, 259)),
    ('日', t, (862, 234, 884, 258)), ('Cancel', t, (724, 327, 776, 348)), ('Mark ready', t, (802, 326, 881, 349)),
    ('Collection date mm/dd/yyyy', i, (387, 227, 894, 266)), ('lar Mark ready', i, (793, 319, 893, 356)),
    ('lar Cancel', i, (713, 319, 788, 357))]
TO_READY = [("click", (1219.0, 382.0)), ("click", (1103.0, 490.5))]


def test_a_job_marked_ready_takes_the_entry_the_command_says_and_the_weekday_into_the_collection_date():
    """"… mark them as ready …" on the job's menu: "Mark ready…", not "Mark collected" (both led by "mark": the
    one whose other word the command says; "collect" is only the story's); on its dialog (today Wed 19 Mar
    2025) "… collect them on Saturday" types 2025-03-22 into "Collection date" (a label sharing "collect"),
    then "Mark ready" is pressed once it shows 03/22/2025."""
    from test_story_menus import _meant

    from tilepilot.model.embedded.fields import told_commit, weekday_date
    from tilepilot.model.embedded.order import menu_entry

    told = "mark Mrs Achebe's dining chairs as ready and send her a text to let her know"
    f, _ = _page(JOB_MENU, [("click", (1219.0, 382.0))])
    assert menu_entry(_meant(f, told), told, ACHEBE, "click", len(f.cand_text)) == _at(f, (1054, 476, 1152, 505))
    f, _ = _page(MARK_READY, TO_READY)
    assert weekday_date(f, ACHEBE) == (_at(f, (387, 227, 894, 266)), "2025-03-22")
    assert weekday_date(f, ACHEBE.replace("on Saturday", "soon")) is None
    shown = [x if x[0] != 'mm/dd/yyyy' else ('03/22/2025', t, (393, 235, 482, 259)) for x in MARK_READY]
    f, _ = _page(shown, [*TO_READY, ("type", (640.5, 246.5))])
    assert weekday_date(f, ACHEBE) is None
    assert told_commit(f, ACHEBE) == _at(f, (802, 326, 881, 349))


FAIRWEATHER = ("Mr Fairweather rang back about his late father's pocket watch. He's happy for us to go ahead with the "
               "full service, but he doesn't want the new crystal. Please give it to Ines.")
UPWARD_MENU = [
    ('(Re', t, (1016, 288, 1038, 305)), ('Send estimate...', t, (1047, 302, 1150, 324)),
    ('Record customer approval...', t, (1047, 337, 1222, 359)), ('In', t, (1017, 345, 1037, 360)),
    ('Customer declined', t, (1049, 373, 1165, 393)), ('Av', t, (1020, 401, 1037, 414)),
    ('Start work', t, (1048, 407, 1117, 428)), ('Mark ready for collection', t, (1048, 443, 1205, 463)),
    ('In', t, (1017, 456, 1038, 471)), ('Mark collected', t, (1048, 478, 1144, 498)),
    ('Af', t, (1021, 512, 1036, 526)), ('Reassign...', t, (1048, 522, 1121, 543)),
    ('Estimate sent', t, (1018, 565, 1096, 582)), ('est. £225.00', t, (1122, 565, 1188, 582)),
    ('⋯', t, (1215, 573, 1228, 575)), ('est. £225.00 Estimate sent', i, (1016, 563, 1096, 586))]
APPROVAL = [
    ('Customer approval — R-4407', t, (386, 56, 607, 76)),
    ('Mr Peter Fairweather · Pocket watch · Waltham (1912), silver hunter', t, (384, 120, 788, 141)),
    ('Work the customer has approved', t, (384, 155, 560, 172)), ('V', t, (390, 179, 408, 196)),
    ('Full service (£180.00)', t, (405, 176, 545, 196)), ('Replace crystal (£45.00)', t, (386, 199, 560, 222)),
    ('Watchmaker', t, (384, 232, 459, 252)), ('Ines Carvalho (watches)', t, (398, 262, 546, 282)),
    ('Save approval', t, (792, 357, 882, 377)), ('V Ines Carvalho (watches)', i, (385, 252, 637, 290)),
    ('Full service (£180.00)', c, (391, 180, 406, 195)), ('Replace crystal (£45.00)', c, (391, 203, 406, 218))]


def test_a_customers_go_ahead_opens_the_approval_entry_of_a_menu_opened_upwards_and_unticks_the_part_turned_down():
    """The dots low on the repairs list open their menu upwards (its last entry ends 30 px over the click): its
    entries are read there; "He's happy for us to go ahead" picks "Record customer approval…" (not "Mark ready
    for collection", nearest in meaning to nothing told); "he doesn't want the new crystal" unticks "☑ Replace
    crystal (£45.00)", whose box OCR read into the label's start, and leaves "Full service" ticked."""
    from test_story_menus import _meant
    from test_story_pages import _light

    from tilepilot.model.embedded.order import _opened_menu, except_box, menu_entry

    f, _ = _page(UPWARD_MENU, [("click", (1221.5, 574.0))])
    assert [f.cand_text[q] for q in _opened_menu(f)][:2] == ['Send estimate...', 'Record customer approval...']
    told = "give Mr Fairweather to Ines"
    assert menu_entry(_meant(f, told), told, FAIRWEATHER, "click", len(f.cand_text)) \
        == _at(f, (1047, 337, 1222, 359))
    f, _ = _page(APPROVAL, [("click", (1221.5, 574.0)), ("click", (1134.5, 348.0)), ("type", (511.5, 271.5))])
    _light(f, (_at(f, (391, 180, 406, 195)), _at(f, (391, 203, 406, 218))))
    assert except_box(f, FAIRWEATHER) == _at(f, (391, 203, 406, 218))
    assert except_box(f, FAIRWEATHER.replace("doesn't want the new crystal", "is fine")) is None


PRITCHARDS = ("The Pritchards are back from Portugal early and they're at the desk now to collect their dog. Please "
              "check him out. We agreed they only pay for the nights he's actually stayed, and they're paying by card.")
KENNEL_ROWS = [
    ('□', t, (264, 267, 287, 288)), ('Booking', t, (301, 268, 364, 288)), ('Pets', t, (374, 269, 413, 287)),
    ('Owner', t, (535, 270, 585, 287)), ('Kennel', t, (688, 269, 742, 286)), ('Check-in', t, (754, 269, 819, 286)),
    ('Check-out', t, (844, 269, 919, 286)), ('Status', t, (1026, 269, 1077, 287)),
    ('Sam & Alex', t, (535, 308, 621, 325)), ('B-230', t, (299, 314, 343, 339)), ('Biscuit', t, (375, 316, 443, 336)),
    ('K1', t, (685, 315, 714, 339)), ('Thu 3 Jul', t, (754, 316, 823, 336)), ('Sat 12 Jul', t, (842, 316, 919, 336)),
    ('Checked in', t, (1033, 318, 1110, 335)), ('£297.00', t, (1129, 316, 1194, 336)),
    ('Pritchard', t, (534, 326, 604, 347)), ('□', t, (265, 373, 288, 395)),
    ('• Nala, • Simba', t, (376, 364, 493, 384)),
    ('B-230', t, (299, 373, 343, 398)), ('Kwame Mensah', t, (534, 374, 652, 396)), ('C2', t, (686, 375, 714, 400)),
    ('Fri 4 Jul', t, (752, 375, 813, 399)), ('Fri 18 Jul', t, (843, 375, 911, 396)),
    ('Checked in', t, (1033, 377, 1109, 394)), ('£476.00', t, (1129, 375, 1194, 395)),
    ('⋯', t, (1217, 379, 1237, 390)), ('⋯', t, (1220, 326, 1234, 328)),
    ('Status Checked in', i, (1029, 375, 1114, 397)), ('Status Checked in', i, (1029, 316, 1114, 338))]
CHECK_OUT = [
    ('Check out B-2303', t, (383, 51, 561, 77)), ('●Biscuit · Sam & Alex Pritchard ·', t, (382, 118, 611, 141)),
    ('Collected on', t, (384, 170, 477, 191)), ('07/09/2025', t, (392, 200, 489, 227)),
    ('Charge for', t, (383, 238, 466, 262)), ('All booked nights (9)', t, (385, 258, 567, 288)),
    ('Nights stayed only (6)', t, (572, 262, 757, 286)), ('Payment method', t, (383, 292, 508, 315)),
    ('- choose', t, (406, 321, 480, 345)), ('Check out', t, (804, 503, 883, 524)),
    ('Collected on 07/09/2025', i, (387, 195, 894, 234)), ('Charge for - choose', i, (387, 316, 894, 351)),
    ('Check out', i, (793, 496, 893, 533)), ('All booked nights (9)', c, (392, 268, 407, 283)),
    ('Nights stayed only (6)', c, (578, 268, 593, 283))]


def test_a_family_by_its_plural_is_the_one_row_showing_its_name_and_the_nights_stayed_are_chosen():
    """"The Pritchards are back … Please check him out.": the dots of the one row showing "Pritchard" (the name
    the story starts with, though Portugal shows nowhere; the column header "Check-out" is no button of the
    verb); in "Check out B-2303", "○ Nights stayed only (6)" (its words the story says all), not "◉ All booked
    nights (9)"; never once chosen."""
    from test_story_reasons import _ring

    from tilepilot.model.embedded.order import story_row, worded_radio

    f, _ = _page(KENNEL_ROWS)
    assert story_row(f, PRITCHARDS) == _at(f, (1220, 326, 1234, 328))
    assert story_row(f, PRITCHARDS.replace("The Pritchards are", "They're")) is None
    f, _ = _page(CHECK_OUT, [("click", (1227.0, 327.0)), ("click", (1075.5, 400.5))])
    chosen = _ring()
    chosen[5:11, 5:11] = 40
    f.cand_crop[_at(f, (392, 268, 407, 283))] = chosen
    f.cand_crop[_at(f, (578, 268, 593, 283))] = _ring()
    assert worded_radio(f, PRITCHARDS) == _at(f, (578, 268, 593, 283))
    assert worded_radio(f, PRITCHARDS.replace("the nights he's actually stayed", "what he ate")) is None
    assert worded_radio(f, "Open the mail from Nights Stayed Only Ltd.") is None  # (a name, no option: a sender's
    # round avatar beside it in a mail list)
    f.hist_kind, f.hist_box = (np.concatenate([f.hist_kind, f.hist_kind[:1]]),
                               np.concatenate([f.hist_box, [[581.5, 271.5, 589.5, 279.5]]]))
    assert worded_radio(f, PRITCHARDS) is None


ROMO = ("The Romo delivery has just come in: the 20 metres of Kirkby linen we were waiting on. Please book it into "
        "stock, and any jobs that were waiting for it can go into the workshop now.")
FABRICS = [
    ('Stitch & Frame', t, (29, 15, 170, 38)), ('Jobs', t, (235, 23, 273, 44)), ('Fabrics', t, (307, 26, 357, 44)),
    ('Customers', t, (393, 25, 465, 44)), ('Settings', t, (499, 23, 556, 49)), ('Fabric', t, (41, 148, 84, 166)),
    ('Supplier', t, (462, 149, 517, 167)), ('In stock', t, (723, 148, 775, 166)), ('On order', t, (816, 149, 873, 166)),
    ('Linwood Omega Velvet — Ochre', t, (43, 192, 280, 209)), ('Linwood', t, (462, 191, 520, 209)),
    ('9 m', t, (767, 191, 798, 211)), ('Linwood Omega Velvet — Teal', t, (43, 239, 266, 256)),
    ('Linwood', t, (462, 238, 520, 256)), ('16 m', t, (760, 238, 798, 257)),
    ('Romo Kirkby Linen — Oatmeal', t, (43, 333, 270, 349)), ('Romo', t, (462, 331, 507, 352)),
    ('3 m', t, (766, 332, 799, 350)), ('20 m·RO-22841', t, (816, 332, 927, 349)), ('10 m', t, (990, 332, 1027, 351)),
    ('Romo Kirkby Linen — Slate', t, (43, 380, 248, 397)), ('Romo', t, (462, 378, 507, 399)),
    ('12 m', t, (760, 379, 798, 398)), ('⋯', t, (1194, 200, 1208, 202)), ('⋯', t, (1194, 247, 1208, 249)),
    ('⋯', t, (1194, 341, 1208, 343)), ('⋯', t, (1194, 388, 1208, 390))]


def test_goods_told_arrived_open_the_row_of_the_stock_they_were_ordered_as():
    """"The Romo delivery has just come in: the 20 metres of Kirkby linen …" once "Fabrics" was opened: the dots
    of "Romo Kirkby Linen — Oatmeal", whose "20 m" is on order, not of the Slate linen (both show Romo and
    Kirkby: the story's number tells them apart); on the first page, before any section opened, no row."""
    from tilepilot.model.embedded.order import story_row

    f, _ = _page(FABRICS, [("click", (332.0, 35.0))])
    assert story_row(f, ROMO) == _at(f, (1194, 341, 1208, 343))
    assert story_row(f, ROMO.replace("the 20 metres", "the metres")) is None  # (two rows alike)
    assert story_row(_page(FABRICS)[0], ROMO) is None


LOWTHER = ("A Mrs Lowther rang about a garden party for her parents' golden wedding anniversary: about 60 guests on "
           "Saturday 16 August at their house, Fellside, Kirkby Lonsdale. Her number is 07700 900845. Please put it "
           "in as an enquiry and I'll send the quote later.")


def test_a_story_of_a_new_enquiry_presses_its_new_button_and_searches_for_no_one():
    """"A Mrs Lowther rang … Please put it in as an enquiry": "+ New enquiry" on the first step or after the site's
    links alone (the button naming the thing the story of a new one says), and no search for "A Mrs Lowther" (she
    is in no list yet)."""
    from tilepilot.model.embedded.buttons import story_new_button
    from tilepilot.model.embedded.fields import name_search

    f, _ = _page(MARQUEE_BOOKINGS)
    assert story_new_button(f, LOWTHER) == _at(f, (1123, 30, 1242, 54))
    assert name_search(f, LOWTHER, True, LOWTHER) is None
    assert story_new_button(f, WHITMORE) is None  # (a payment on a booking there is)
    f, _ = _page(MARQUEE_BOOKINGS, [("click", (76.0, 222.0))])
    assert story_new_button(f, LOWTHER) == _at(f, (1123, 30, 1242, 54))  # (after the sidebar's link: still new)
    f, _ = _page(MARQUEE_BOOKINGS, [("click", (640.0, 400.0))])
    assert story_new_button(f, LOWTHER) is None  # (past a click in the page: the form is open, or a row is)
