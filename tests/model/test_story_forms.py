"""Rules written from the twenty-second blind set (a chimney sweep, a tyre centre, a bookbinder, a farrier, hot
tub servicing, a tree surgeon), once it became a dev set: the values a story tells a form (a person instead of
another, a way of paying, a reading, a sum, a part of the day, a weekday to move to, a note after a colon) and
the button once they are in, rows found by a search for the story's name or address, and each of one owner's
rows ticked. Each page here is the geometry the model saw (OCR texts as found), cut to what the rule reads."""

from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _at(f, box) -> int:
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)


HANLEY = "The Hanley Builders Transit in bay 3 is finished. Put it on their account; the mileage was 84,212."
# the "Complete booking B-6407" dialog over the day's bookings (their totals and how they were paid behind it)
COMPLETE = [
    ('Complete booking B-6407', t, (366, 182, 580, 204)), ('X', t, (886, 183, 909, 206)),
    ('FV21 HNB', t, (370, 250, 452, 271)), ('Ford Transit Custom — Hanley Builders Ltd', t, (452, 252, 729, 272)),
    ('B-6407·Thu 17 Apr 11:00·Bay3·2×BridgestoneDuravisR660215/65R16C 109T', t, (366, 273, 826, 294)),
    ('Total to pay: £270.00', t, (366, 307, 513, 330)), ('Mileage', t, (364, 325, 418, 349)),
    ('Payment', t, (643, 328, 699, 346)), ('Tread on removed tyres (mm, optional)', t, (366, 393, 595, 413)),
    ('Cancel', t, (700, 514, 750, 532)), ('Complete booking', t, (781, 515, 898, 532)),
    ('2 Cancel', i, (350, 496, 930, 551)),
    ('MV20 ZLPAudi A3 Sportback Complete booking B-6407', i, (350, 169, 930, 221)),
    ('Payment', i, (369, 416, 912, 453)), ('Complete booking', i, (768, 505, 911, 541)),
    ('Cancel', i, (689, 505, 763, 542)),
    ('Ford Transit Custom — Hanley Builders Ltd FV21 HNB', i, (369, 249, 455, 275)),
    ('£184.00', t, (987, 280, 1044, 297)), ('Paid: On account', t, (986, 296, 1085, 315)),
    ('Completed', t, (1112, 289, 1177, 306)), ('£235.00', t, (987, 335, 1044, 353)),
    ('Paid: Card', t, (987, 353, 1050, 370)), ('Completed', t, (1111, 342, 1180, 366)),
    ('£242.00', t, (988, 390, 1043, 408)), ('Checked in', t, (1108, 396, 1184, 421)),
    ('Pay in centre', t, (988, 409, 1063, 426)), ('£270.00', t, (988, 444, 1042, 462)),
    ('Pay in centre', t, (988, 465, 1063, 482)), ('Payment act 6', i, (930, 326, 1254, 380)),
    ('£270.00', i, (930, 437, 1254, 490)), ('6242.00', i, (930, 382, 1254, 435))]
FRESH = [('e.g. 45210', t, (373, 353, 451, 380)), ('— choose', t, (658, 356, 729, 377)), ('V', t, (892, 357, 909, 374)),
         ('Total to pay: £270.00 e.g. 45210', i, (369, 349, 636, 386)), ('Payment — choose', i, (645, 349, 912, 384))]
ACCOUNT = [('e.g. 45210', t, (373, 353, 451, 380)), ('On account (monthly invoice)', t, (653, 353, 845, 379)),
           ('Total to pay: £270.00 e.g. 45210', i, (369, 349, 636, 386)),
           ('Payment On account (monthly invoice)', i, (643, 347, 913, 385))]
BOTH = [('84212', t, (370, 352, 427, 381)), ('On account (monthly invoice)', t, (654, 353, 845, 380)),
        ('V', t, (892, 357, 909, 374)), ('Total to pay: £270.00 84212', i, (367, 347, 637, 387)),
        ('Payment On account (monthly invoice)', i, (645, 349, 912, 384))]
OPENED = [("click", (1224.5, 464.0)), ("click", (1135.0, 537.5))]


def test_a_way_of_paying_and_a_reading_go_to_their_own_fields_then_the_button():
    """"Put it on their account" types "account" into the dialog's Payment list (not a row's "Paid: Card"
    behind it), "the mileage was 84,212" types 84212 into Mileage; "Complete booking" (the story's
    "finished") once both are in, not before; the thing put on an account is no choice of the list."""
    from tilepilot.model.embedded.fields import paid_way, put_choice, stated_number, told_commit

    f, _ = _page(COMPLETE + FRESH, OPENED)
    assert paid_way(f, HANLEY) == (_at(f, (645, 349, 912, 384)), "account")
    assert stated_number(f, HANLEY) == (_at(f, (369, 349, 636, 386)), "84212")
    assert put_choice(f, "put the Hanley Builders Transit in bay 3 on their account") is None
    assert told_commit(f, HANLEY) is None
    f, _ = _page(COMPLETE + ACCOUNT, [*OPENED, ("type", (778.5, 366.5))])
    assert paid_way(f, HANLEY) is None  # (the list reads it)
    assert told_commit(f, HANLEY) is None  # (the mileage is not in yet)
    f, _ = _page(COMPLETE + BOTH, [*OPENED, ("type", (778.5, 366.5)), ("type", (502.5, 367.5))])
    assert stated_number(f, HANLEY) is None
    assert told_commit(f, HANLEY) == _at(f, (781, 515, 898, 532))
    assert paid_way(f, "The Hanley Builders Transit in bay 3 is finished; the mileage was 84,212.") is None


BROOK = "Brook Farm have paid both of their outstanding invoices by bank transfer this morning."
INVOICES = [
    ('Invoice', t, (71, 220, 120, 238)), ('Yard', t, (209, 218, 245, 240)),
    ('INV-8802', t, (71, 259, 137, 279)), ('Brook Farm Livery', t, (210, 257, 331, 280)),
    ('INV-8813', t, (71, 300, 137, 320)), ('The Paddocks', t, (211, 300, 306, 320)),
    ('INV-8806', t, (71, 341, 137, 361)), ('Meadow View Riding School', t, (210, 339, 396, 363)),
    ('INV-8807', t, (71, 382, 137, 399)), ('Ashperton Polo Yard', t, (211, 382, 343, 399)),
    ('INV-8808', t, (71, 423, 137, 443)), ('Brook Farm Livery', t, (210, 422, 332, 444)),
    ('INV-8809', t, (71, 464, 137, 484)), ('Little Hope Farm', t, (210, 463, 321, 485)),
    ('INV-8802', c, (38, 261, 53, 276)), ('INV-8813', c, (38, 302, 53, 317)), ('INV-8806', c, (38, 343, 53, 358)),
    ('INV-8807', c, (38, 384, 53, 399)), ('INV-8808', c, (38, 425, 53, 440)), ('INV-8809', c, (38, 466, 53, 481))]
PAID_BAR = [('2 selected', t, (32, 220, 110, 240)), ('Mark as paid...', t, (120, 218, 218, 242)),
            ('Clear selection', t, (1140, 220, 1235, 240)), ('2 selected Mark as paid...', i, (116, 217, 226, 245)),
            ('Clear selection', i, (1134, 217, 1243, 245))]


def test_each_of_an_owners_rows_is_ticked_then_the_bulk_bar_acts_once():
    """"Brook Farm have paid both of their outstanding invoices": the boxes of the two "Brook Farm Livery" rows,
    one a step (not once ticked); then the bar's "Mark as paid…"; and not again once it was pressed (its
    dialog's title, "Record payment — 2 invoices" read in two pieces, stands on the bar's line)."""
    from test_story_pages import _light

    from tilepilot.model.embedded.order import bulk_action, owner_box

    f, _ = _page(INVOICES, [("click", (449.0, 28.0))])
    assert owner_box(_light(f), BROOK) == _at(f, (38, 261, 53, 276))
    assert owner_box(_light(f), "Brook Farm have paid their invoice INV-8802.") is None
    f, _ = _page(INVOICES, [("click", (449.0, 28.0)), ("click", (45.5, 268.5))])
    assert owner_box(_light(f, (_at(f, (38, 261, 53, 276)),)), BROOK) == _at(f, (38, 425, 53, 440))
    f, _ = _page(INVOICES, [("click", (449.0, 28.0)), ("click", (45.5, 268.5)), ("click", (45.5, 432.5))])
    ticked = (_at(f, (38, 261, 53, 276)), _at(f, (38, 425, 53, 440)))
    assert owner_box(_light(f, ticked), BROOK) is None
    f, at = _page(PAID_BAR + INVOICES, [("click", (45.5, 268.5)), ("click", (45.5, 432.5))])
    assert bulk_action(_light(f), BROOK) == at['Mark as paid...']
    title = [('Record payment — 2', t, (376, 211, 516, 234)), ('invoices', t, (539, 211, 625, 234))]
    f, _ = _page(PAID_BAR + title + INVOICES, [("click", (45.5, 432.5)), ("click", (200.0, 230.0))])
    assert bulk_action(_light(f), BROOK) is None


OAKLEIGH = ("Oakleigh Equestrian rang: they're resurfacing the arena on Thursday, so can the visit move to Friday "
            "afternoon instead? Keep it with Lucy.")
RESCHEDULE = [
    ('Today Mon 11 Aug 2025 ·Megan Price (office)', t, (984, 18, 1257, 35)),
    ('Reschedule visit V-514', t, (375, 176, 568, 200)), ('Oakleigh Equestrian Centre', t, (376, 246, 565, 266)),
    ('V-514 · Thu 14 Aug morning · Lucy Tranter', t, (375, 266, 610, 287)), ('New date', t, (375, 297, 437, 318)),
    ('Time of day', t, (644, 300, 715, 317)), ('日', t, (604, 328, 625, 351)), ('Morning', t, (647, 323, 728, 343)),
    ('Afternoon', t, (722, 321, 828, 343)), ('Farrier', t, (375, 367, 423, 388)), ('Reason', t, (642, 367, 693, 386)),
    ('Lucy Tranter', t, (387, 395, 477, 419)), ('— choose', t, (660, 396, 729, 417)), ('V', t, (382, 435, 400, 452)),
    ('Text the yard contact (Fiona Lake)', t, (402, 434, 619, 454)), ('Cancel', t, (706, 515, 763, 540)),
    ('Save new date', t, (789, 517, 890, 537)), ('Cancel', i, (360, 500, 920, 556)),
    ('Farrier Reschedule visit V-514', i, (360, 165, 921, 217)), ('Time of day — choose', i, (645, 389, 902, 424)),
    ('Lucy Tranter', i, (379, 389, 636, 424)), ('Save new date', i, (778, 509, 901, 546)),
    ('Cancel', i, (699, 509, 773, 547)), ('Morning', c, (650, 326, 665, 341)),
    ('Afternoon', c, (742, 326, 757, 341)), ('Text the yard contact (Fiona Lake)', c, (383, 436, 398, 451))]
MENU_OPENED = [("click", (1217.0, 329.0)), ("click", (1103.5, 403.0))]


def _rings(f):
    """The page's two round options drawn as rings (their crops)."""
    from test_story_reasons import _ring

    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c and f.cand_text[q] in ("Morning", "Afternoon"):
            f.cand_crop[q] = _ring()
    return f


def test_a_visit_moved_to_a_weekday_afternoon_gets_its_date_its_part_of_the_day_and_a_reason_first():
    """"… move to Friday afternoon instead?" on Monday 11 August: 2025-08-15 into "New date", then "○ Afternoon"
    (a part of the day said after the day; its label's box starts 20 px left of the ring); the form's button
    waits for those and for the reason asked; of the reasons, "Yard request" (the yard rang to ask, and its
    reason, resurfacing, is no option)."""
    from tilepilot.model.embedded.fields import _commit_under, _pick_option, slot_change, slot_commit
    from tilepilot.model.embedded.order import said_radio
    from tilepilot.model.embedded.text import words

    f, _ = _page(RESCHEDULE + [('08/14/2025', t, (386, 329, 469, 350)),
                               ('Morning 08/14/2025', i, (379, 321, 636, 360))],
                 MENU_OPENED)
    assert slot_change(_rings(f), OAKLEIGH) == (_at(f, (379, 321, 636, 360)), "2025-08-15")
    assert said_radio(f, OAKLEIGH) == _at(f, (742, 326, 757, 341))
    assert said_radio(f, OAKLEIGH.replace("Friday afternoon", "Friday")) is None
    f, _ = _page(RESCHEDULE + [('08/15/2025', t, (386, 329, 469, 350)),
                               ('Morning 08/15/2025', i, (379, 321, 636, 360))],
                 [*MENU_OPENED, ("type", (507.5, 340.5))])
    assert slot_change(_rings(f), OAKLEIGH) is None
    assert slot_commit(f, OAKLEIGH) is None  # ("○ Afternoon" first)
    assert _commit_under(f, set(words(OAKLEIGH)), (507.5, 360.0)) == _at(f, (789, 517, 890, 537))  # (not the
    # Farrier list's "Lucy Tranter", under the date too: a field's value, at its left)
    options = [('Yard request', t, (655, 405, 742, 426)), ('Farrier unavailable', t, (652, 421, 778, 444)),
               ('Weather', t, (653, 439, 715, 460)), ('Horse unwell', t, (652, 456, 743, 477)),
               ('Other', t, (652, 471, 699, 496))]
    f, at = _page(RESCHEDULE + options)
    assert _pick_option(f, [at[x] for x, _, _ in options], OAKLEIGH, OAKLEIGH) == at['Yard request']


LIME = ("The council have refused consent for the work on the lime tree at 4 Church Walk, so that quote can't go "
        "ahead. Please mark it as declined, with this note: Re-quote for crown thinning only if the customer asks.")
QUOTES = [
    ('Enquiries & quotes', t, (21, 77, 227, 103)), ('Search name, address, work...', t, (31, 127, 227, 147)),
    ('All status', t, (282, 125, 351, 149)), ('Quote', t, (70, 175, 115, 197)), ('Customer', t, (143, 175, 207, 195)),
    ('Mr Gareth Lewis', t, (143, 213, 253, 233)), ('Q-4120', t, (69, 220, 127, 245)),
    ('Manor Cottage, Upton', t, (142, 229, 269, 251)), ('Q-4119', t, (69, 272, 127, 297)),
    ('Andover Garden Centre', t, (142, 265, 299, 286)), ('London Road, Andover', t, (144, 285, 272, 302)),
    ('Q-4118', t, (69, 325, 127, 350)), ('Mrs Joan Pryor', t, (143, 318, 245, 338)),
    ('21 Elm Rise, Wexcombe', t, (143, 338, 281, 355)), ('Wexcombe Parish Council', t, (145, 372, 313, 389)),
    ('Q-4117', t, (69, 378, 127, 402)), ("St Mary's Churchyard, Wexcombe", t, (142, 387, 332, 409)),
    ('Q-4116', t, (69, 431, 127, 455)), ('Mr Colin Hext', t, (143, 425, 236, 445)),
    ('10 Rookery Lane, Wexcombe', t, (144, 444, 308, 461)), ('Mrs Alice Barnard', t, (144, 479, 260, 496)),
    ('Q-4115', t, (69, 485, 127, 509)), ('3 Orchard End, Upton', t, (142, 496, 265, 513)),
    ('Q-4114', t, (69, 537, 128, 561)), ('Hatherden Farm', t, (143, 531, 252, 551)),
    ('Hatherden Farm, Hatherden', t, (143, 550, 300, 567)), ('Q-4113', t, (68, 589, 126, 613)),
    ('Mr Sanjay Mehta', t, (142, 582, 257, 605)), ('44 Winchester Road, Andover', t, (143, 603, 309, 620)),
    ('Q-4112', t, (69, 644, 127, 669)), ('Mrs Irene Walsh', t, (143, 637, 251, 657)),
    ('6 The Green, Hurstbourne', t, (144, 656, 289, 673)), ('Q-4111', t, (71, 698, 126, 719)),
    ('Longparish Cricket Club', t, (144, 690, 299, 710)),
    ('Enquiries & quotes Search name, address, work...', i, (23, 119, 266, 157)),
    ('All status', i, (273, 120, 410, 155))]


def test_a_story_told_by_an_address_searches_the_list_for_it():
    """"… the lime tree at 4 Church Walk, so that quote can't go ahead" on page one of twenty quotes, none at
    Church Walk: "4 Church Walk" into "Search name, address, work…". Not where the address shows, not after
    a first step, not for a new enquiry's story."""
    from tilepilot.model.embedded.fields import place_search

    f, _ = _page(QUOTES)
    assert place_search(f, LIME) == (_at(f, (23, 119, 266, 157)), "4 Church Walk")
    f, _ = _page(QUOTES + [('4 Church Walk, Wexcombe', t, (155, 284, 307, 302))])
    assert place_search(f, LIME) is None
    f, _ = _page(QUOTES, [("click", (300.0, 28.0))])
    assert place_search(f, LIME) is None
    f, _ = _page(QUOTES)
    assert place_search(f, "New enquiry from Tom Barker, 22 Elm Rise, Wexcombe: a leaning sycamore.") is None


DECLINE = [
    ('4 Church Walk', t, (28, 125, 130, 148)), ('Quote', t, (71, 177, 114, 199)), ('Customer', t, (157, 178, 218, 195)),
    ('mount', t, (928, 175, 970, 196)), ('Sent', t, (997, 176, 1033, 198)),
    ('Mark Q-4105 as declined', t, (366, 187, 572, 207)),
    ('×', t, (888, 188, 907, 207)), ('Ms Rita Okon', t, (156, 213, 248, 233)), ('Q-4106', t, (69, 221, 127, 246)),
    ('Mr David Ellery — 4 Church Walk, Wexcombe', t, (367, 251, 663, 271)), ('Q-4105', t, (71, 275, 126, 297)),
    ('Reason', t, (366, 305, 417, 323)), ('Council consent refused', t, (380, 333, 537, 353)),
    ('Note (optional)', t, (366, 368, 457, 388)), ('Cancel', t, (725, 510, 778, 532)),
    ('Mark declined', t, (803, 510, 901, 533)), ('Note (optional)', i, (369, 391, 912, 448)),
    ('Note (optional) Cancel', i, (350, 495, 930, 548)), ('mount Mark Q-4105 as declined', i, (350, 172, 931, 224)),
    ('cons. AREAFell lime tree next to the boundary wall ·£1,350 Council consent refused', i, (367, 324, 913, 362)),
    ('Sent 1,350', i, (930, 260, 1256, 313)), ('Reason 0', i, (24, 260, 350, 313)), ('Quote 0', i, (24, 207, 351, 258)),
    ('Sent 420', i, (930, 207, 1256, 258)), ('Enquiries & quotes 4 Church Walk', i, (23, 119, 266, 157)),
    ('Mark declined', i, (794, 503, 911, 539)), ('Cancel', i, (714, 503, 789, 540))]


def test_a_note_given_after_a_colon_goes_into_the_dialogs_note_box():
    """"… with this note: Re-quote for crown thinning only if the customer asks." types those words into the
    dialog's "Note (optional)" box (the table's "Quote" column behind the dialog names no field of the note's
    form; the search box typed into first is still there, dimmed), not the story's first sentence."""
    from tilepilot.model.embedded.fields import note_field

    hist = [("type", (144.5, 138.0)), ("click", (1215.0, 285.0)), ("click", (1096.5, 462.5)),
            ("click", (640.5, 343.5)), ("click", (456.5, 408.5))]
    f, _ = _page(DECLINE, hist)
    assert note_field(f, LIME) == (_at(f, (369, 391, 912, 448)),
                                   "Re-quote for crown thinning only if the customer asks.")
    f, _ = _page(DECLINE, [*hist, ("type", (640.5, 419.5))])
    assert note_field(f, LIME) is None


VISIT_MENU = [
    ('Oakleigh Equestrian Centre', t, (157, 311, 329, 329)), ('Lucy Tranter', t, (983, 320, 1060, 338)),
    ('Planned', t, (1105, 320, 1159, 338)), ('Complete visit...', t, (1057, 359, 1160, 379)),
    ('Reschedule...', t, (1056, 393, 1151, 413)), ('Edit notes...', t, (1056, 428, 1138, 448)),
    ('Cancel visit...', t, (1057, 462, 1148, 482)), ('⋯', t, (1210, 328, 1224, 330)),
    ('Lucy Tranter Planned', i, (1104, 319, 1164, 341)), ('⋯ Planned', c, (1029, 315, 1234, 495))]


def test_a_menu_entry_led_by_a_verb_of_the_story_is_chosen():
    """"Oakleigh Equestrian rang: … can the visit move to Friday afternoon instead?": no entry leads with the
    task's first word, none stands clear by meaning; "move" is a verb of the story and "Reschedule…" means it
    (not the "Edit notes…" fallback)."""
    from test_story_menus import _meant

    from tilepilot.model.embedded.order import menu_entry

    f, at = _page(VISIT_MENU, [("click", (1217.0, 329.0))])
    assert menu_entry(_meant(f, OAKLEIGH), OAKLEIGH, OAKLEIGH, "click", 10**6) == at['Reschedule...']


HADDAD = ("Mr Haddad can't be in on Friday morning after all. Could you move his sweep to Wednesday the 22nd, same "
          "time slot, and give it to Tomasz instead? Declan's on a course that day.")
JOBS = [
    ('Today: Tue 14 Oct 2025', t, (990, 20, 1135, 36)), ('Schedule', t, (19, 78, 126, 109)),
    ('Search customer, address, postcode..', t, (29, 209, 273, 235)), ('When', t, (70, 260, 111, 281)),
    ('Customer', t, (206, 260, 269, 280)), ('Sweep', t, (768, 260, 814, 280)),
    ('Tue 14 Oct', t, (73, 458, 149, 475)), ('Mr Owen Pilling', t, (206, 456, 312, 476)),
    ('Bird nest removal', t, (529, 455, 645, 477)), ('Tomasz Nowicki', t, (770, 465, 876, 485)),
    ('10:00-12:00', t, (72, 474, 144, 491)), ('23 Station Road, Mytholmroyd', t, (207, 474, 376, 494)),
    ('Tue 14 Oct', t, (71, 509, 150, 529)), ('Mr Colin Fairweather', t, (206, 508, 343, 528)),
    ('Sweep', t, (531, 511, 579, 529)), ('Ruth Ashworth', t, (769, 517, 866, 537)),
    ('Wed 15 Oct', t, (71, 561, 155, 581)), ('Mr & Mrs Lister', t, (206, 561, 309, 581)),
    ('Sweep', t, (531, 563, 579, 581)), ('Tomasz Nowicki', t, (770, 570, 876, 590)),
    ('10:00-12:00', t, (72, 580, 145, 597)), ('Higher Scout Farm, Heptonstall', t, (206, 579, 382, 600)),
    ('Thu 16 Oct', t, (71, 614, 152, 634)), ('Mrs Janet Okafor', t, (206, 614, 321, 634)),
    ('Declan Murphy', t, (767, 621, 870, 646)), ('Thu 16 Oct', t, (71, 667, 152, 687)),
    ('Mr Imran Chaudhry', t, (206, 667, 334, 687)), ('Ruth Ashworth', t, (769, 675, 866, 695)),
    ('⋯', t, (1201, 474, 1215, 476)), ('⋯', t, (1201, 527, 1215, 529)), ('⋯', t, (1201, 580, 1215, 582)),
    ('⋯', t, (1201, 632, 1215, 634)), ('⋯', t, (1201, 685, 1215, 687))]


def test_the_new_day_and_person_a_story_gives_mark_no_row():
    """"move his sweep to Wednesday the 22nd … give it to Tomasz instead": Wednesday and Tomasz are where the
    job goes, not marks of its row (Mr & Mrs Lister's Wed 15 Oct row, Tomasz's, is not Mr Haddad's); a story
    told of the Listers still finds theirs."""
    from tilepilot.model.embedded.order import _story_marks, story_row

    f, _ = _page(JOBS)
    assert _story_marks(f, HADDAD) == {"haddad", "fri", "declan"}
    assert story_row(f, HADDAD) is None
    assert story_row(f, "The Listers can't do Wednesday with Tomasz any more, please cancel it.") \
        == _at(f, (1201, 580, 1215, 582))


def test_one_row_left_by_a_search_for_the_name_is_the_storys():
    """After "Haddad" was typed into the list's search, the one row left (Mr Sami Haddad's) shows one mark of
    the story: its "⋯" (before any step, one row with one mark is not enough)."""
    from tilepilot.model.embedded.order import story_row

    row = [('Haddad', t, (24, 207, 92, 239)), ('1 job shown', t, (1189, 214, 1259, 231)),
           ('Fri 17 Oct', t, (71, 298, 144, 318)), ('Mr Sami Haddad', t, (213, 300, 323, 316)),
           ('Sweep', t, (527, 299, 576, 319)), ('Declan Murphy', t, (764, 305, 866, 330)),
           ('08:00-10:00', t, (72, 317, 144, 334)), ('5 Keighley Road, Hebden Bridge', t, (213, 318, 392, 335)),
           ('⋯', t, (1190, 316, 1204, 318)), ('Schedule Haddad', i, (21, 202, 297, 242))]
    f, _ = _page(row, [("type", (159.5, 222.5))])
    assert story_row(f, HADDAD) == _at(f, (1190, 316, 1204, 318))
    f, _ = _page(row)
    assert story_row(f, "Mr Haddad can't be in after all, please cancel it.") is None


SWEEP_DIALOG = [
    ('Reschedule J-3112', t, (385, 177, 548, 200)), ('×', t, (868, 182, 887, 201)),
    ('Mr Sami Haddad — 5 Keighley Road, Hebden Bridge', t, (386, 247, 728, 267)),
    ('J-3112 · Fri 17 Oct 08:00-10:00 ·Sweep · Declan Murphy', t, (384, 266, 700, 288)),
    ('New date', t, (385, 298, 448, 319)), ('Time slot', t, (643, 300, 702, 317)),
    ('10/17/2025', t, (396, 330, 480, 351)),
    ('08:00-10:00', t, (656, 329, 741, 349)), ('Sweep', t, (385, 367, 434, 389)),
    ('Declan Murphy', t, (398, 392, 503, 421)),
    ('Text the customer the new date and time', t, (410, 432, 671, 455)), ('Cancel', t, (698, 516, 754, 541)),
    ('Save new time', t, (780, 518, 880, 538)), ('Sweep Cancel', i, (370, 501, 910, 557)),
    ('Reschedule J-3112', i, (370, 164, 910, 218)), ('Sweep Declan Murphy', i, (389, 390, 892, 425)),
    ('Mr Sami Haddad — 5 Keighley Road, Hebden Bridge 10/17/2025', i, (389, 322, 636, 361)),
    ('Time slot 08:00-10:00', i, (645, 322, 892, 357)), ('Save new time', i, (769, 510, 891, 547)),
    ('Cancel', i, (690, 510, 764, 548)), ('Haddad', t, (24, 207, 92, 239)), ('Schedule Haddad', i, (21, 202, 297, 242))]


def test_the_person_given_the_job_instead_goes_into_the_list_showing_the_other():
    """"give it to Tomasz instead? Declan's on a course": "Tomasz" into the Sweep list reading "Declan Murphy"
    (not the search box behind the dialog, reading "Haddad"); not once typed there; not without "instead"."""
    from tilepilot.model.embedded.fields import instead_value

    hist = [("type", (159.5, 222.5)), ("click", (1197.0, 317.0)), ("click", (1072.5, 425.0))]
    f, _ = _page(SWEEP_DIALOG, hist)
    assert instead_value(f, HADDAD) == (_at(f, (389, 390, 892, 425)), "Tomasz")
    assert instead_value(f, HADDAD.replace(" instead", "")) is None
    f, _ = _page(SWEEP_DIALOG, [*hist, ("type", (640.5, 407.5))])
    assert instead_value(f, HADDAD) is None


WHITAKER = "Mr Whitaker has just popped in and paid a £100 deposit on his family bible, in cash."
ORDERS = [
    ('Today: Wed 21 May 2025', t, (1106, 16, 1258, 32)), ('Orders', t, (230, 71, 309, 99)),
    ('Search customer, title, order no...', t, (238, 120, 453, 143)), ('Order', t, (280, 170, 322, 191)),
    ('Customer', t, (472, 170, 534, 190)), ('BB-2214', t, (281, 216, 343, 236)),
    ('Dr Rupert Kaye', t, (471, 224, 574, 246)),
    ('BB-2201', t, (281, 279, 343, 299)), ('University of Westbridge — Dept of', t, (472, 275, 701, 299)),
    ('BB-2203', t, (282, 334, 343, 354)), ('BB-2202', t, (281, 387, 343, 408)), ('BB-2206', t, (281, 459, 343, 480)),
    ('BB-2208', t, (281, 513, 343, 534)), ('Local history pamphlets, bound', t, (281, 531, 455, 552)),
    ('Whitaker Hall Library', t, (471, 531, 607, 551)), ('BB-2221', t, (281, 585, 343, 605)),
    ('PhD thesis —', t, (282, 605, 344, 622)), ('BB-2209 RUSH', t, (281, 640, 387, 663)),
    ('Orders Search customer, title, order no...', i, (233, 113, 486, 151))]


def test_a_person_named_by_title_and_surname_is_searched_for_first():
    """"Mr Whitaker has just … paid a £100 deposit on his family bible": on the first look at twenty orders,
    none of his ("Whitaker Hall Library" is another customer's name), "Whitaker" goes into the list's search
    box. Not where a row ends with his surname; not for a bare surname told without a title."""
    from tilepilot.model.embedded.fields import name_search

    f, _ = _page(ORDERS)
    assert name_search(f, WHITAKER, True) == (_at(f, (233, 113, 486, 151)), "Whitaker")
    f, _ = _page(ORDERS + [('Mr Geoffrey Whitaker', t, (471, 640, 620, 660))])
    assert name_search(f, WHITAKER, True) is None
    f, _ = _page(ORDERS)
    assert name_search(f, WHITAKER.replace("Mr ", ""), True) is None


SEARCHED = [
    ('Whitaker', t, (238, 119, 306, 143)), ('2 orders', t, (1208, 122, 1260, 143)), ('Order', t, (280, 170, 322, 191)),
    ('Customer', t, (528, 170, 591, 190)), ('BB-2208', t, (281, 207, 343, 227)),
    ('Whitaker Hall Library', t, (528, 213, 667, 239)), ('Rebind', t, (691, 205, 746, 227)),
    ('Frank Ollerton', t, (872, 213, 971, 236)), ('Wed 21 May', t, (994, 216, 1080, 237)),
    ('Local history pamphlets, bound volume', t, (281, 225, 494, 244)), ('BB-2207', t, (281, 260, 343, 280)),
    ('Mr Geoffrey Whitaker', t, (529, 266, 671, 290)), ('Restoration', t, (693, 260, 774, 281)),
    ('Imogen Reeve', t, (873, 267, 974, 290)), ('Fri 20 Jun', t, (994, 268, 1064, 288)),
    ('Family bible (1873)', t, (281, 278, 390, 298)), ('1 × Full leather (calf), black', t, (693, 278, 846, 298)),
    ('⋯', t, (1218, 225, 1232, 227)), ('⋯', t, (1218, 278, 1232, 280)), ('Orders Whitaker', i, (231, 111, 487, 152))]


def test_of_the_rows_a_search_left_the_one_showing_more_of_the_story_is_its():
    """Both rows "Whitaker" left show his name once; "family bible" tells Mr Geoffrey Whitaker's row from
    Whitaker Hall Library's: its "⋯"."""
    from tilepilot.model.embedded.order import story_row

    f, _ = _page(SEARCHED, [("type", (359.5, 132.0))])
    assert story_row(f, WHITAKER) == _at(f, (1218, 278, 1232, 280))


PAYMENT = [
    ('Record payment — BB-2207', t, (359, 202, 582, 227)), ('×', t, (898, 206, 917, 225)),
    ('Family bible (1873) — Mr Geoffrey Whitaker', t, (358, 270, 635, 287)),
    ('Price £340.00 - balance due £340.00', t, (357, 291, 559, 307)), ('Amount (£)', t, (356, 322, 427, 343)),
    ('Method', t, (547, 322, 597, 340)), ('Date', t, (737, 322, 771, 341)), ('V', t, (711, 352, 728, 370)),
    ('05/21/2025', t, (747, 351, 831, 375)), ('Payment type', t, (355, 388, 442, 411)),
    ('Deposit', t, (361, 414, 443, 435)), ('Part payment', t, (444, 415, 562, 435)),
    ('Balance', t, (577, 415, 653, 435)),
    ('Payment in full', t, (668, 415, 786, 435)), ('Cancel', t, (732, 492, 785, 514)),
    ('Save payment', t, (811, 492, 912, 515)), ('Payment type Cancel', i, (340, 477, 940, 530)),
    ('Date 05/21/2025', i, (740, 344, 922, 383)), ('Save payment', i, (802, 485, 921, 521)),
    ('Cancel', i, (722, 485, 797, 522)), ('Deposit', c, (364, 418, 379, 433)),
    ('Part payment', c, (452, 418, 467, 433)), ('Balance', c, (577, 418, 592, 433)),
    ('Payment in full', c, (668, 418, 683, 433))]
PAY_OPENED = [("type", (359.5, 132.0)), ("click", (1225.0, 279.0)), ("click", (1128.5, 457.0))]


def _typed(f):
    """No word of the task matched by a step's typing (the saved steps' token matches left out), and every box
    drawn as a round option's ring."""
    import numpy as np

    f.ins_off = np.zeros((0, 2), np.int64)
    f.hist_match = np.zeros((len(f.hist_kind), 0), np.float32)
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            from test_story_reasons import _ring

            f.cand_crop[q] = _ring()
    return f


def test_a_payment_told_fills_its_sum_its_way_and_its_kind_then_saves():
    """"paid a £100 deposit …, in cash": "cash" into Method, 100 into the empty "Amount (£)", "○ Deposit" (a
    word said once, of a "Payment type" group); "Save payment" only once all three are in."""
    from tilepilot.model.embedded.fields import money_field, paid_way, told_commit
    from tilepilot.model.embedded.order import said_radio

    empty = [('- choose', t, (571, 348, 634, 372)), ('Amount (£)', i, (359, 344, 541, 381)),
             ('Method - choose', i, (550, 344, 731, 379))]
    f, _ = _page(PAYMENT + empty, PAY_OPENED)
    f = _typed(f)
    assert paid_way(f, WHITAKER) == (_at(f, (550, 344, 731, 379)), "cash")
    assert money_field(f, WHITAKER) == (_at(f, (359, 344, 541, 381)), "100")
    assert said_radio(f, WHITAKER) == _at(f, (364, 418, 379, 433))
    cash = [('Cash', t, (571, 348, 610, 372)), ('Amount (£)', i, (359, 344, 541, 381)),
            ('Method Cash', i, (550, 344, 731, 379))]
    f, _ = _page(PAYMENT + cash, [*PAY_OPENED, ("type", (640.5, 362.0))])
    assert told_commit(_typed(f), WHITAKER) is None  # (its sum and its kind first)
    done = [('Cash', t, (571, 348, 610, 372)), ('100', t, (370, 350, 400, 372)),
            ('Amount (£) 100', i, (359, 344, 541, 381)),
            ('Method Cash', i, (550, 344, 731, 379))]
    f, _ = _page(PAYMENT + done, [*PAY_OPENED, ("type", (450.0, 362.0)), ("click", (371.5, 425.5)),
                                  ("type", (640.5, 362.0))])
    assert money_field(_typed(f), WHITAKER) is None
    assert told_commit(f, WHITAKER) == _at(f, (811, 492, 912, 515))


CARVER = ("Neil Carver's just phoned about his Audi A4 this afternoon. He got fed up waiting and had the tyres "
          "done at a place in Hanley this morning instead, so please cancel his booking.")
BOOKINGS = [
    ('Tread & Co', t, (17, 21, 127, 44)), ('Fitting centre / Bookings', t, (237, 12, 382, 35)),
    ('Today: Thu 17 Apr 2025', t, (1111, 16, 1256, 33)), ('TYRES · STOKE BRANCH', t, (18, 49, 180, 65)),
    ('Bookings', t, (234, 68, 343, 102)), ('+ New booking', t, (1140, 73, 1243, 97)),
    ('Bookings', t, (12, 100, 92, 130)), ('8', t, (171, 104, 189, 122)), ('Bay 1', t, (247, 120, 294, 145)),
    ('Bay 2', t, (506, 124, 547, 142)), ('Bay 3', t, (760, 121, 805, 143)),
    ('Bay 4 (van)', t, (1017, 123, 1093, 143)), ('Tyre stock', t, (18, 144, 91, 168)),
    ('MV20 ZLPAudi A3 Sportback', t, (251, 142, 450, 166)), ('Free', t, (506, 144, 537, 159)),
    ('FV21 HNB', t, (764, 143, 847, 164)), ('Ford Transit Custom', t, (848, 145, 972, 162)),
    ('Free', t, (1017, 142, 1050, 160)), ('Customers & vehicles', t, (19, 187, 159, 205)),
    ('Search reg, customer, vehicle, tye...', t, (243, 191, 481, 219)), ('All statuses', t, (669, 193, 751, 216)),
    ('10 bookings', t, (1186, 195, 1257, 215)), ('Today', t, (536, 194, 587, 225)),
    ('WHEN', t, (247, 242, 292, 260)), ('BAY', t, (329, 240, 364, 262)), ('VEHICLE', t, (377, 241, 440, 261)),
    ('CUSTOMER', t, (536, 242, 612, 259)), ('08:30', t, (248, 279, 290, 297)), ('SK18 TXI', t, (379, 275, 460, 302)),
    ('Potteries Taxi Co (account)', t, (535, 277, 700, 300)), ('Thu 17 Apr', t, (247, 296, 314, 316)),
    ('1', t, (331, 289, 344, 306)), ('Skoda Octavia', t, (378, 298, 463, 318)),
    ('01782 900507', t, (536, 300, 616, 314)), ('09:00', t, (248, 335, 289, 353)), ('2', t, (330, 343, 345, 363)),
    ('AJ67 RMD', t, (378, 330, 469, 357)), ('Agnieszka Nowak', t, (536, 333, 654, 355)),
    ('Thu 17 Apr', t, (248, 352, 314, 372)), ('Kia Ceed', t, (378, 352, 435, 373)),
    ('07700 900509', t, (534, 351, 619, 371)), ('10:00', t, (247, 388, 291, 409)),
    ('MV20 ZLP', t, (380, 387, 464, 411)), ('Priya Raman', t, (534, 389, 623, 410)),
    ('Thu 17 Apr', t, (248, 407, 314, 427)), ('1', t, (331, 400, 344, 417)),
    ('07700 900504', t, (534, 406, 620, 426)), ('Audi A3 Sportback', t, (379, 409, 485, 429)),
    ('11:00', t, (247, 443, 291, 464)), ('FV21 HNB', t, (380, 442, 466, 466)),
    ('Hanley Builders Ltd (account)', t, (534, 443, 716, 466)), ('3', t, (331, 455, 344, 472)),
    ('01782 900503', t, (534, 462, 619, 482)), ('Thu 17 Apr', t, (248, 463, 314, 483)),
    ('Ford Transit Custom', t, (379, 464, 494, 484)), ('11:30', t, (247, 499, 291, 520)),
    ('RX69 BTF', t, (378, 493, 466, 524)), ('David Okoye', t, (535, 500, 622, 521)), ('2', t, (331, 510, 344, 527)),
    ('07700 900510', t, (534, 517, 620, 537)), ('Thu 17 Apr', t, (248, 518, 314, 538)),
    ('BMW 320d', t, (379, 518, 446, 538)), ('13:00', t, (247, 554, 291, 575)), ('CP18 HLM', t, (380, 553, 467, 577)),
    ('Carys Pritchard', t, (534, 554, 639, 577)), ('Thu 17 Apr', t, (247, 573, 314, 593)),
    ('1', t, (331, 566, 344, 583)), ('07700 900513', t, (534, 572, 619, 592)),
    ('Honda Civic', t, (378, 574, 451, 595)), ('13:30', t, (247, 610, 291, 623)), ('13:30', t, (248, 612, 290, 630)),
    ('LB20 WSE', t, (381, 608, 468, 632)), ('Tom Ashby', t, (534, 609, 613, 633)), ('4', t, (331, 621, 344, 637)),
    ('Thu 17 Apr', t, (248, 629, 314, 649)), ('Volkswagen Transporter', t, (379, 630, 514, 650)),
    ('07700 900512', t, (534, 628, 619, 649)), ('Dean Shaw', t, (18, 670, 89, 684)),
    ('14:00', t, (247, 665, 291, 686)), ('MK65 ODV', t, (380, 664, 468, 688)),
    ('Ravi Mistry', t, (533, 665, 613, 689)), ('Thu 17 Apr', t, (248, 684, 314, 704)),
    ('2', t, (329, 676, 345, 695)), ('07700 900514', t, (534, 683, 619, 703)),
    ('Service desk', t, (17, 685, 92, 704)), ('Peugeot 308', t, (379, 686, 454, 706)),
    ('⋯', t, (1218, 297, 1231, 299)), ('⋯', t, (1218, 352, 1231, 354)), ('⋯', t, (1218, 407, 1231, 409)),
    ('⋯', t, (1218, 463, 1231, 465)), ('⋯', t, (1218, 518, 1231, 520)), ('⋯', t, (1218, 573, 1231, 575)),
    ('⋯', t, (1218, 629, 1231, 631)), ('⋯', t, (1218, 684, 1231, 686)), ('13:30', i, (240, 603, 1254, 657)),
    ('11:30', i, (240, 492, 1254, 546)), ('BAY 09:00', i, (240, 326, 1254, 380)),
    ('Service desk 14:00', i, (240, 659, 1254, 712)), ('13:00', i, (240, 548, 1254, 601)),
    ('11:00', i, (240, 437, 1254, 490)), ('BAY 10:00', i, (240, 382, 1254, 435)),
    ('BAY 08:30', i, (240, 271, 1254, 324)), ('Today: Thu 17 Apr 2025 Bay 4 (van)', i, (1009, 115, 1254, 174)),
    ('Bay 3', i, (753, 115, 998, 174)), ('Bay 2', i, (497, 115, 742, 174)),
    ('Bookings Bay 1', i, (241, 115, 486, 174)),
    ('Customers & vehicles Search reg, customer, vehicle, tye...', i, (239, 187, 522, 224)),
    ('TYRES · STOKE BRANCH Bookings', i, (9, 95, 205, 135)),
    ('Today: Thu 17 Apr 2025 + New booking', i, (1132, 67, 1255, 103)), ('Today', i, (529, 188, 653, 223)),
    ('All statuses', i, (660, 188, 775, 223)), ('VEHICLE SK18 TXI', i, (381, 276, 461, 314)),
    ('Checked in', i, (1109, 398, 1184, 420)), ('VEHICLE', i, (384, 334, 465, 354)),
    ('STATUS', i, (1109, 342, 1182, 364)), ('STATUS Completed', i, (1109, 287, 1182, 309)),
    ('FV21 HNB', i, (767, 144, 847, 164)), ('Bookings', i, (255, 144, 334, 164)),
    ('Checked in', i, (1109, 445, 1184, 466)), ('VEHICLE', i, (384, 279, 457, 299))]


def test_the_page_a_title_names_is_where_its_thing_is_looked_for():
    """"… please cancel his booking" on "Bookings" (its title, over ten bookings, Neil Carver's further down):
    no section opened, not the breadcrumb "Fitting centre / Bookings" nor "Customers & vehicles" by meaning
    nor the account's "Dean Shaw"; his name goes into the list's search box (two words on a first step)."""
    from tilepilot.model.embedded.fields import name_search
    from tilepilot.model.embedded.order import like_link, thing_section

    f, _ = _page(BOOKINGS)
    assert thing_section(f, "cancel Neil Carver's booking") is None
    assert like_link(f, "cancel Neil Carver's booking") is None
    assert name_search(f, CARVER, True) == (_at(f, (239, 187, 522, 224)), "Neil Carver")
    assert name_search(f, "Take the Peony Blush off sale, please.", True) is None  # (no person: its section)
    f, _ = _page([x for x in BOOKINGS if x[2] != (234, 68, 343, 102)])  # (no title: the heading not read)
    assert thing_section(f, "cancel Neil Carver's booking") is not None


def test_the_sites_own_words_tell_no_reason():
    """"… had the tyres done at a place in Hanley this morning instead" on a tyre centre's cancel dialog: not
    "Wrong tyre ordered" (tyres, like bookings, are the site's own words, read all over its page) but "Went to
    another garage"."""
    from tilepilot.model.embedded.fields import _pick_option

    options = [('Customer no longer needs the work', t, (380, 334, 604, 351)),
               ('Went to another garage', t, (381, 351, 529, 368)), ('Wrong tyre ordered', t, (380, 368, 505, 385)),
               ('Vehicle off the road', t, (381, 385, 502, 402)), ('Will rebook later', t, (381, 402, 483, 419)),
               ('Other', t, (381, 419, 418, 436))]
    page = [('TYRES · STOKE BRANCH', t, (18, 49, 180, 65)), ('Tyre stock', t, (18, 143, 91, 168)),
            ('Release the 4 reserved tyres back to available stock', t, (371, 447, 723, 468)),
            ('Cancel booking B-6412', t, (366, 164, 559, 187)), ('Keep booking', t, (675, 530, 766, 553)),
            ('Cancel booking', t, (797, 531, 898, 551))]
    f, at = _page(page + options)
    assert _pick_option(f, [at[x] for x, _, _ in options], CARVER, "cancel Neil Carver's booking") \
        == at['Went to another garage']


VISITS = [
    ('Ironside Farriery', t, (20, 14, 190, 40)), ('Visits', t, (216, 16, 271, 38)),
    ('Horses', t, (296, 16, 346, 39)), ('Yards', t, (369, 17, 413, 38)), ('Invoices 2', t, (437, 18, 521, 38)),
    ('Today Mon 11 Aug 2025 · Megan Price (office)', t, (984, 19, 1258, 36)), ('Visits', t, (19, 74, 86, 103)),
    ('+ Plan a visit', t, (1158, 81, 1245, 98)), ('This week', t, (34, 124, 106, 144)),
    ('V', t, (129, 127, 142, 141)), ('All farriers', t, (164, 124, 236, 144)),
    ('All yards', t, (296, 120, 357, 149)), ('When', t, (31, 168, 71, 189)), ('Yard', t, (153, 170, 187, 189)),
    ('Horses', t, (442, 170, 489, 188)), ('Farrier', t, (979, 170, 1023, 188)),
    ('Status', t, (1100, 170, 1143, 188)), ('Mon 11 Aug', t, (31, 205, 117, 226)),
    ('Hollybush Stables', t, (153, 205, 272, 225)), ('Gareth Price', t, (979, 213, 1064, 233)),
    ('Morning', t, (30, 223, 83, 244)), ('Hollybush Lane, Ledbury HR8 2PL', t, (154, 222, 345, 243)),
    ('Planned', t, (1102, 213, 1163, 238)), ('Mon 11 Aug', t, (29, 254, 117, 279)),
    ('The Paddocks', t, (152, 255, 251, 278)), ('Afternoon', t, (29, 274, 92, 296)),
    ('Horse Road, Wellington Heath HR8 1LS', t, (154, 275, 374, 295)), ('Lucy Tranter', t, (979, 269, 1063, 286)),
    ('Planned', t, (1102, 265, 1163, 290)), ('Thu 14 Aug', t, (30, 308, 114, 331)),
    ('Oakleigh Equestrian Centre', t, (154, 310, 332, 330)), ('Morning', t, (30, 326, 83, 349)),
    ('Oakleigh, Bromyard HR7 4QT', t, (154, 328, 320, 348)), ('Lucy Tranter', t, (979, 322, 1063, 339)),
    ('Planned', t, (1102, 318, 1163, 343)), ('Thu 14 Aug', t, (31, 361, 114, 384)),
    ('Brook Farm Livery', t, (153, 363, 274, 383)), ('Gareth Price', t, (978, 369, 1064, 392)),
    ('Planned', t, (1102, 371, 1163, 396)), ('Afternoon', t, (30, 379, 92, 402)),
    ('Brook Farm, Much Marcle HR8 2NA', t, (154, 379, 352, 402)), ('Fri 15 Aug', t, (29, 411, 108, 438)),
    ('Bosbury Court Stud', t, (153, 415, 282, 435)), ('Gareth Price', t, (979, 424, 1064, 445)),
    ('Planned', t, (1102, 423, 1163, 448)), ('Morning', t, (29, 431, 83, 455)),
    ('Bosbury HR8 1QR', t, (153, 434, 260, 454)), ('⋯', t, (1210, 223, 1224, 225)), ('⋯', t, (1210, 276, 1224, 278)),
    ('⋯', t, (1210, 328, 1224, 330)), ('⋯', t, (1210, 381, 1224, 383)), ('⋯', t, (1210, 434, 1224, 436))]


def test_a_thing_of_theirs_is_looked_for_in_its_section():
    """"Brook Farm have paid both of their outstanding invoices …" on the visits page, whose rows show Brook
    Farm Livery (nothing reads "invoice" there): "Invoices 2". A time said ("this morning") is no thing shown
    by the rows' "Morning"."""
    from tilepilot.model.embedded.order import thing_section

    f, at = _page(VISITS)
    assert thing_section(f, BROOK) == at['Invoices 2']
    assert thing_section(f, "Brook Farm have moved their visit to the afternoon.") is None


GARETH = ("Gareth's back from Hollybush Stables. He did all of them except Biscuit, who was lame, so Biscuit will "
          "have to wait until next time. Can you mark the visit as done?")


def test_a_visit_marked_done_is_completed_less_the_horse_left_out():
    """"… mark the visit as done?": "Complete visit…" of the row's menu; in its dialog, all four horses ticked,
    "except Biscuit" unticks Biscuit's box (once: not again after it was pressed; no box without "except")."""
    from test_story_menus import _meant
    from test_story_pages import _light

    from tilepilot.model.embedded.order import except_box, menu_entry

    menu = [('Planned', t, (1104, 213, 1163, 234)), ('Complete visit...', t, (1057, 254, 1163, 274)),
            ('Reschedule...', t, (1056, 288, 1150, 308)), ('Edit notes...', t, (1053, 318, 1140, 344)),
            ('Cancel visit...', t, (1058, 358, 1147, 375)), ('⋯', t, (1210, 223, 1224, 225)),
            ('Gareth Price Planned', i, (1104, 214, 1164, 236))]
    f, at = _page(menu, [("click", (1217.0, 224.0))])
    assert menu_entry(_meant(f, GARETH), GARETH, GARETH, "click", 10**6) == at['Complete visit...']
    dialog = [
        ('Complete visit V-512', t, (376, 120, 549, 143)), ('Hollybush Stables', t, (377, 187, 505, 207)),
        ("Untick any horse that wasn't done — it stays due for the next visit.", t, (378, 241, 731, 258)),
        ('Biscuit (fll set)', t, (407, 276, 515, 300)), ('every 6 weeks', t, (812, 279, 894, 296)),
        ('Willow (fronts only)', t, (410, 317, 539, 340)), ('every 6 weeks', t, (812, 319, 894, 336)),
        ('Captain (full set)', t, (411, 358, 523, 381)), ('every 7 weeks', t, (812, 360, 895, 377)),
        ('Pepper (trim only)', t, (411, 398, 532, 421)), ('every 8 weeks', t, (812, 401, 894, 418)),
        ('Visit notes (optional)', t, (377, 430, 502, 450)), ('Cancel', t, (713, 575, 767, 597)),
        ('Complete visit', t, (793, 575, 891, 598)), ('', c, (392, 281, 407, 296)), ('', c, (392, 321, 407, 336)),
        ('', c, (392, 361, 407, 376)), ('', c, (392, 402, 407, 417))]
    opened = [("click", (1217.0, 224.0)), ("click", (1121.5, 264.0))]
    f, _ = _page(dialog, opened)
    boxes = tuple(q for q in range(len(f.cand_text)) if f.cand_kind[q] == c)
    assert except_box(_light(f, boxes), GARETH) == _at(f, (392, 281, 407, 296))
    assert except_box(_light(f, boxes), "Gareth's back from Hollybush Stables. Mark the visit as done.") is None
    f, _ = _page(dialog, [*opened, ("click", (399.5, 288.5))])
    assert except_box(_light(f, boxes[1:]), GARETH) is None


ADEYEMI = ("Mrs Adeyemi has accepted our quote for taking down the two leylandii. Please book it in with Rhys's crew "
           "for Monday 1 December. It's a one-day job, and they'll need the stump grinder as well as the chipper.")


def test_a_quote_accepted_is_searched_for_and_its_row_opened():
    """"Mrs Adeyemi has accepted our quote … Please book it in": her quote exists (not a new booking): her name
    into the search box on the first look at twenty quotes; the one row left, its "⋯" (its menu's "Accept &
    schedule…")."""
    from tilepilot.model.embedded.fields import name_search
    from tilepilot.model.embedded.order import story_row

    f, _ = _page(QUOTES)
    assert name_search(f, "book Mrs Adeyemi in with Rhys's crew for Monday 1 December", True, ADEYEMI) \
        == (_at(f, (23, 119, 266, 157)), "Adeyemi")
    assert name_search(f, "book Mrs Adeyemi in with Rhys's crew for Monday 1 December", True,
                       "Mrs Adeyemi wants the two leylandii down. Please book it in.") is None  # (a new booking)
    row = [('Today Wed 19 Nov 2025', t, (927, 16, 1075, 37)), ('Adeyemil', t, (26, 123, 95, 152)),
           ('1 shown', t, (1207, 129, 1259, 150)), ('Quote', t, (70, 174, 114, 199)),
           ('Customer', t, (176, 176, 239, 196)),
           ('Mrs Funmi Adeyemi', t, (177, 215, 305, 232)), ('Wed 12 Nov', t, (936, 222, 1018, 242)),
           ('Q-4108', t, (69, 221, 127, 246)), ('31 Larch Close, Andover', t, (177, 232, 311, 248)),
           ('Fell 2 leylandii and grind out the stumps', t, (413, 222, 663, 243)), ('£980', t, (832, 223, 869, 242)),
           ('Sent', t, (1086, 219, 1132, 249)), ('⋯', t, (1193, 231, 1206, 233)),
           ('Enquiries & quotes Adeyemil', i, (21, 117, 267, 158))]
    f, _ = _page(row, [("type", (144.5, 138.0))])
    assert story_row(f, ADEYEMI) == _at(f, (1193, 231, 1206, 233))


SCHEDULE_DIALOG = [
    ('Today Wed 19 Nov 2025', t, (927, 16, 1075, 37)), ('Accept & schedule Q-4108', t, (367, 142, 586, 165)),
    ('Mrs Funmi Adeyemi — 31 Larch Close, Andover', t, (367, 207, 682, 227)),
    ('Fell 2 leylandii and grind out the stumps - £980', t, (367, 227, 658, 247)),
    ('Start date', t, (366, 259, 429, 279)), ('Crew', t, (550, 260, 588, 279)),
    ('Days on site', t, (734, 260, 813, 280)),
    ('mm/dd/yyyy', t, (375, 290, 464, 314)), ('— choose', t, (566, 288, 639, 309)), ('V', t, (709, 292, 724, 306)),
    ('1', t, (742, 291, 760, 310)), ('Equipment', t, (382, 327, 455, 348)), ('Chipper', t, (380, 352, 464, 379)),
    ('Stump grinder', t, (646, 355, 764, 378)), ('MEWP (cherry picker)', t, (381, 379, 549, 402)),
    ('Rigging kit', t, (646, 379, 742, 403)), ('Notes for the crew', t, (365, 410, 479, 432)),
    ('Cancel', t, (696, 554, 749, 576)), ('Accept & schedule', t, (777, 554, 900, 574)),
    ('Notes for the crew', i, (369, 435, 912, 492)), ('Start date mm/dd/yyyy', i, (369, 282, 544, 321)),
    ('Days on site 1', i, (737, 282, 912, 319)), ('Crew — choose', i, (553, 282, 728, 317)),
    ('Accept & schedule', i, (765, 547, 911, 583)), ('Cancel', i, (685, 547, 760, 584))]


def test_a_persons_crew_and_the_one_date_told_fill_the_booking_form():
    """"book it in with Rhys's crew for Monday 1 December": "Rhys" into the Crew list still asking to choose
    (its option "Crew A — Rhys Morgan (3)"), 2025-12-01 into the form's one empty date, "Start date" (no word of
    its label said: the one date told, after "for"); neither once typed."""
    from tilepilot.model.embedded.fields import owner_choice, worded_date

    said = "book Mrs Adeyemi in with Rhys's crew for Monday 1 December; It's a one-day job"
    opened = [("type", (144.5, 138.0)), ("click", (1199.5, 232.0)), ("click", (1096.5, 306.0))]
    f, _ = _page(SCHEDULE_DIALOG, opened)
    assert owner_choice(f, ADEYEMI) == (_at(f, (553, 282, 728, 317)), "Rhys")
    assert worded_date(f, said) == (_at(f, (369, 282, 544, 321)), "2025-12-01")
    assert worded_date(f, said + " and again on 8 December") is None  # (two dates told: which is which?)
    typed_box = [x if x[0] != 'mm/dd/yyyy' else ('DD/MM/YYYY', t, x[2]) for x in SCHEDULE_DIALOG]
    f, _ = _page(typed_box, opened)
    assert worded_date(f, said) is None  # (a text box asking for DD/MM/YYYY is filled by role, in its format)
    f, _ = _page(SCHEDULE_DIALOG, [*opened, ("type", (640.5, 300.0)), ("type", (456.0, 302.0))])
    assert owner_choice(f, ADEYEMI) is None and worded_date(f, said) is None


FEES = ("We're putting the late cancellation fee up to £30, and it should apply to anything cancelled within 48 "
        "hours of the visit rather than 24. Also, please stop mentioning the CCTV survey offer in the reminder "
        "emails; customers keep complaining about it.")
SETTINGS = [
    ('Sootaway Chimney Sweeps · Calder Valley', t, (23, 17, 318, 41)), ('Schedule', t, (355, 18, 420, 38)),
    ('Customers', t, (445, 20, 519, 37)), ('Certificates Settings', t, (545, 11, 715, 45)),
    ('Today: Tue 14 Oct 2025', t, (990, 20, 1135, 36)), ('Settings', t, (18, 73, 115, 108)),
    ('Cancellations', t, (39, 132, 150, 155)), ('Late cancellation fee (£)', t, (39, 161, 181, 183)),
    ('Fee applies when cancelled within', t, (346, 161, 547, 181)), ('Reminders & messages', t, (38, 273, 228, 298)),
    ('Send the annual sweep reminder', t, (40, 305, 233, 322)), ("4 weeks before it's due", t, (51, 331, 204, 354)),
    ('Mention the CCTV flue survey offer in reminder emails', t, (43, 369, 409, 391)),
    ('Text customers a confirmation when a job is booked', t, (43, 403, 394, 424)), ('Pricing', t, (37, 478, 101, 505)),
    ('Standard sweep price (£)', t, (39, 508, 188, 529)), ('75', t, (47, 539, 73, 561)),
    ('VAT registered', t, (351, 534, 470, 554)), ('Save settings', t, (33, 631, 126, 654)),
    ("Send the annual sweep reminder 4 weeks before it's due", i, (42, 326, 647, 361)),
    ('Standard sweep price (£) 75', i, (42, 532, 340, 569)),
    ('Standard sweep price (£) Save settings', i, (23, 624, 137, 660)),
    ('Mention the CCTV flue survey offer in reminder emails', c, (46, 373, 61, 388)),
    ('Text customers a confirmation when a job is booked', c, (46, 406, 61, 421)),
    ('VAT registered', c, (353, 536, 368, 551))]
AS_WAS = [('25', t, (48, 191, 73, 213)), ('24 hours', t, (358, 189, 424, 213)),
          ('Late cancellation fee (£) 25', i, (42, 184, 340, 222)),
          ('Fee applies when cancelled within 24 hours', i, (349, 184, 647, 219))]
AS_SAID = [('30', t, (48, 191, 73, 213)), ('48 hours', t, (358, 189, 424, 213)),
           ('Late cancellation fee (£) 30', i, (42, 184, 340, 222)),
           ('Fee applies when cancelled within 48 hours', i, (349, 184, 647, 219))]


def _boxes(f, ticked: tuple[str, ...]):
    """The page's square boxes' crops: those whose label starts with one of ``ticked`` inked in their middle."""
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == c:
            f.cand_crop[q] = 255
            if f.cand_text[q].startswith(ticked):
                f.cand_crop[q][5:11, 5:11] = 40
    return f


def test_a_standing_change_fills_the_settings_page_then_saves_it():
    """"We're putting the late cancellation fee up to £30 … within 48 hours … rather than 24. Also, please stop
    mentioning the CCTV survey offer …": 30 into "Late cancellation fee (£)" (of two money fields, the one whose
    label the story says), "48 hours" into the list under "Fee applies when cancelled within" (its label over
    it), the CCTV box unticked (a sentence of its own; OCR's box of its label holds the box); "Save settings"
    only once all three are in."""
    from tilepilot.model.embedded.fields import counted_choice, money_field, settings_saved
    from tilepilot.model.embedded.order import setting_box

    opened = [("click", (678.5, 28.5))]
    f, _ = _page(SETTINGS + AS_WAS, opened)
    f = _boxes(_typed(f), ("Mention", "Text"))
    assert money_field(f, FEES) == (_at(f, (42, 184, 340, 222)), "30")
    assert counted_choice(f, FEES) == (_at(f, (349, 184, 647, 219)), "48 hours")
    assert setting_box(f, FEES) == _at(f, (46, 373, 61, 388))
    assert settings_saved(f, FEES) is None
    done = [*opened, ("click", (53.5, 380.5)), ("type", (498.0, 202.0)), ("type", (191.0, 203.0))]
    f, _ = _page(SETTINGS + AS_SAID, done)
    f = _boxes(_typed(f), ("Text",))
    assert money_field(f, FEES) is None and counted_choice(f, FEES) is None and setting_box(f, FEES) is None
    assert settings_saved(f, FEES) == _at(f, (33, 631, 126, 654))
    f, _ = _page(SETTINGS + AS_SAID, [*done, ("click", (80.0, 642.0))])
    assert settings_saved(_boxes(_typed(f), ("Text",)), FEES) is None  # (pressed once)


def test_a_standing_change_opens_the_settings_link():
    """"We're putting the late cancellation fee up to £30 …" on the schedule: the top bar's "Settings" (no link
    names a fee)."""
    from tilepilot.model.embedded.order import policy_link

    bar = [('Sootaway Chimney Sweeps · Calder Valley', t, (23, 17, 318, 41)), ('Schedule', t, (353, 18, 424, 39)),
           ('Customers', t, (449, 20, 523, 37)), ('Certificates', t, (549, 20, 624, 37)),
           ('Settings', t, (649, 17, 708, 40)), ('Today: Tue 14 Oct 2025', t, (990, 20, 1135, 36)),
           ('Schedule', t, (19, 78, 126, 109)), ('+ New booking', t, (1143, 79, 1245, 103))]
    f, at = _page(bar)
    assert policy_link(f, FEES) == at['Settings']
    assert policy_link(f, "The late cancellation fee on Mr Haddad's job was £30.") is None


PLANS = [
    ('Plans & pricing', t, (238, 70, 401, 98)), ('Care plans', t, (257, 129, 343, 148)),
    ('Monthly price (£)', t, (356, 196, 461, 219)), ('Plan', t, (265, 198, 299, 219)),
    ('Services per year', t, (533, 197, 641, 219)), ('Free callouts per year', t, (711, 199, 840, 216)),
    ('Chemicals included', t, (908, 199, 1025, 216)), ('Bronze', t, (267, 243, 319, 261)),
    ('19.5', t, (365, 237, 405, 264)),
    ('2', t, (544, 241, 559, 262)), ('0', t, (720, 242, 736, 260)), ('Silver', t, (267, 291, 311, 309)),
    ('27.5', t, (365, 287, 406, 313)), ('4', t, (544, 291, 560, 310)), ('0', t, (722, 292, 735, 307)),
    ('Gold', t, (266, 337, 306, 360)), ('37.5', t, (364, 335, 405, 362)), ('6', t, (545, 341, 558, 357)),
    ('2', t, (722, 341, 735, 358)), ('Free callouts per year 2', i, (713, 331, 826, 369)),
    ('Services per year 6', i, (537, 331, 650, 369)), ('Gold 37.5', i, (361, 331, 474, 369)),
    ('Free callouts per year 0', i, (713, 282, 826, 319)), ('Services per year 4', i, (537, 282, 650, 319)),
    ('Silver 27.5', i, (361, 282, 474, 319)), ('Free callouts per year 0', i, (713, 233, 826, 270)),
    ('Services per year 2', i, (537, 233, 650, 270)), ('Monthly price (£) 19.5', i, (361, 233, 474, 270))]
GOLD = ("We're putting the Gold plan up to £39.50 a month, and from now on Silver customers get one free callout a "
        "year as well.")


def test_a_table_of_fields_takes_each_value_at_its_row_and_column():
    """"the Gold plan up to £39.50 a month": 39.50 in Gold's "Monthly price (£)" (not Bronze's, the first one);
    then "Silver customers get one free callout a year": 1 in Silver's "Free callouts per year" (not its
    "Services per year", which shares only "year")."""
    from tilepilot.model.embedded.fields import table_value

    f, _ = _page(PLANS, [("click", (56.0, 195.5))])
    assert table_value(f, GOLD) == (_at(f, (361, 331, 474, 369)), "39.50")
    f, _ = _page(PLANS, [("click", (56.0, 195.5)), ("type", (417.5, 350.0))])
    assert table_value(f, GOLD) == (_at(f, (713, 282, 826, 319)), "1")
    f, _ = _page(PLANS, [("click", (56.0, 195.5)), ("type", (417.5, 350.0)), ("type", (769.5, 300.5))])
    assert table_value(f, GOLD) is None


ST_MARYS = "St Mary's Primary have paid their overdue invoice by BACS this morning — please record it."
PAY_DIALOG = [
    ('STATUS', t, (943, 193, 999, 210)), ('Record payment — INV-3107', t, (375, 204, 625, 231)),
    ('×', t, (876, 205, 899, 227)), ('Record payment', t, (1088, 227, 1213, 256)),
    ("St Mary's C of E Primary School · Tuning x2 + minor repair (hall) · £170.00", t, (378, 274, 842, 295)),
    ('DATE PAID', t, (377, 310, 449, 327)), ('PAYMENT METHOD', t, (643, 310, 767, 327)),
    ('06/05/2025', t, (386, 338, 469, 359)), ('BACS / bank transfer', t, (655, 339, 795, 359)),
    ('V', t, (883, 340, 900, 357)), ('UNPAID', t, (946, 333, 1003, 351)), ('Record payment', t, (1089, 327, 1212, 356)),
    ('REFERENCE (OPTIONAL)', t, (375, 375, 542, 402)), ('Record payment', t, (1090, 369, 1212, 399)),
    ('OVERDUE', t, (948, 415, 1015, 437)), ('Record payment', t, (1092, 414, 1211, 438)),
    ('Record payment', t, (1089, 453, 1212, 482)), ('Cancel', t, (719, 494, 771, 516)),
    ('Mark as paid', t, (798, 492, 891, 518)), ('Record payment', t, (1092, 499, 1211, 523)),
    ('STATUS Record payment — INV-3107', i, (360, 188, 921, 246)), ('Cancel', i, (360, 478, 921, 534)),
    ('', i, (379, 399, 902, 434)), ('BACS / bank transfer', i, (643, 329, 903, 369)),
    ('06/05/2025', i, (379, 331, 636, 368)), ('Mark as paid', i, (789, 488, 901, 522)),
    ('Record payment', i, (1091, 413, 1212, 439)), ('Record payment', i, (1091, 371, 1212, 397)),
    ('Record payment', i, (1091, 329, 1212, 355)), ('Cancel', i, (707, 488, 784, 523))]


def test_the_dialogs_own_button_is_pressed_not_the_rows_behind_it():
    """"… paid their overdue invoice by BACS … please record it": once "bacs" is in the dialog's payment list,
    "Mark as paid" (in the dialog's foot, under the list), not a row's "Record payment" right of it behind the
    dialog, though that one leads with a word of the story."""
    from tilepilot.model.embedded.fields import told_commit

    f, _ = _page(PAY_DIALOG, [("click", (501.5, 31.0)), ("click", (1107.5, 426.0)), ("type", (773.5, 349.5))])
    assert told_commit(_typed(f), ST_MARYS) == _at(f, (798, 492, 891, 518))
