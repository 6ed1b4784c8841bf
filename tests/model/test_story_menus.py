"""Rules written from the twentieth blind set (a grooming salon, a driving school, a locksmith, a car wash, a
dance studio, a caterer), once it became a dev set: a menu just opened read by meaning, the row or list item a
story's names point at, and a panel's sentence behind a dialog that is no list's prompt. Each page here is the
geometry the model saw (OCR texts as found), cut to what the rule reads; the sentence vectors are the shipped
text encoder's (all-MiniLM-L6-v2), as the model reads them."""

import numpy as np
from conftest import cut_page as _page

from tilepilot.model.embedded.features import KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _meant(f, told: str):
    """The page's features with the task's word vectors and each text's sentence vector filled in."""
    from tilepilot.model.embedded.text import shared_encoder

    enc = shared_encoder()
    f.ins_emb = enc.task(told)[0]
    f.cand_emb = np.zeros((len(f.cand_text), 384), np.float32)
    said = [q for q, x in enumerate(f.cand_text) if x]
    f.cand_emb[said] = enc.texts([f.cand_text[q] for q in said])
    return f


DAISY = "Daisy's just come through the door for her half nine — can you check her in?"
GROOM_MENU = [
    ('Search pet, owner or ID', t, (246, 109, 419, 138)), ('GROOMER', t, (752, 155, 832, 175)),
    ('STATUS', t, (843, 155, 905, 175)), ('● Jess', t, (749, 191, 805, 218)), ('Booked', t, (851, 194, 914, 215)),
    ('View details', t, (772, 230, 864, 251)), ('Check in', t, (771, 261, 839, 282)),
    ('Complete & take payment', t, (771, 293, 965, 317)), ('Reschedule...', t, (771, 325, 875, 348)),
    ('Mark as no-show', t, (773, 359, 898, 379)), ('Edit note...', t, (772, 390, 856, 411)),
    ('Cancel appointment...', t, (773, 423, 934, 443)), ('⋯', t, (953, 204, 967, 206)),
    ('Upcoming Search pet, owner or ID', i, (243, 108, 440, 141)), ('STATUS Booked', i, (848, 195, 917, 215)),
    ('● Jess View details', c, (755, 219, 978, 458))]  # (the menu's panel, found as a box)


def test_a_menu_just_opened_is_read_by_meaning_where_no_entry_starts_with_the_verb():
    """Daisy's row's "⋯" opened a menu; the network would type into the search box. "can you check her in?"
    splits the entry's words round a pronoun: "Check in" is chosen by meaning. Where the network clicks an
    entry itself, or no menu is open, the rule says nothing."""
    from tilepilot.model.embedded.order import _menu_panel, menu_entry, resolved

    f, at = _page(GROOM_MENU, [("click", (960.0, 205.0))])
    f = _meant(f, DAISY)
    assert [f.cand_text[q] for q in _menu_panel(f)] == [
        'View details', 'Check in', 'Complete & take payment', 'Reschedule...', 'Mark as no-show', 'Edit note...',
        'Cancel appointment...']
    search = at['Upcoming Search pet, owner or ID']
    assert menu_entry(f, resolved(DAISY), DAISY, "type", search) == at['Check in']
    assert menu_entry(f, resolved(DAISY), DAISY, "click", at['Cancel appointment...']) is None
    f2, _ = _page(GROOM_MENU)
    assert menu_entry(_meant(f2, DAISY), resolved(DAISY), DAISY, "type", search) is None


QUERY = ('TS-9108 doesn\'t look right: 52 hours on a 37.5-hour contract. Please query it with the note "Hours '
         'exceed contract – please confirm overtime was authorised".')
ACTIONS_MENU = [
    ('Submitted', t, (1017, 361, 1088, 382)), ('Actions ▼', t, (1176, 362, 1242, 383)),
    ('View candidate', t, (1076, 401, 1180, 424)), ('Submitt', t, (1016, 414, 1071, 436)),
    ('Approve', t, (1074, 437, 1138, 461)), ('Submitt ', t, (1015, 470, 1070, 491)),
    ('Query with client...', t, (1076, 470, 1201, 493)), ('Correct hours...', t, (1076, 505, 1184, 528)),
    ('Submitt.', t, (1015, 524, 1073, 545)), ('37.5', t, (900, 417, 933, 435)),
    ('Actions ▼ ', i, (1172, 359, 1248, 388)),
    ('Submitted ', c, (1022, 359, 1247, 550))]  # (the panel and the button pressed, one box)


def test_the_one_entry_the_tasks_verb_leads_wins_over_a_storys_words():
    """"Actions ▼" opened over a column of statuses the panel's box takes in too ("Submitt…", on another edge:
    the edge nearest the click is the menu's). The story speaks of hours, and "Correct hours…" is nearest in
    meaning; the request is "query it": "Query with client…" is the one entry its verb leads."""
    from tilepilot.model.embedded.order import _menu_panel, menu_entry, resolved

    f, at = _page(ACTIONS_MENU, [("click", (86.0, 149.0)), ("click", (1208.5, 373.0))])
    f = _meant(f, QUERY)
    assert [f.cand_text[q] for q in _menu_panel(f)] == [
        'View candidate', 'Approve', 'Query with client...', 'Correct hours...']
    assert menu_entry(f, resolved(QUERY), QUERY, "done", at['37.5']) == at['Query with client...']


LUNA = ("Linh Nguyen called — Luna isn't well and is staying at the vet over the weekend, so she'll miss Saturday. "
        "Please cancel it, and given the circumstances don't charge her the late fee.")
APPOINTMENTS = [
    ('ID', t, (250, 155, 274, 175)), ('DATE', t, (325, 155, 371, 176)), ('PET', t, (484, 154, 521, 176)),
    ('OWNER', t, (570, 154, 632, 174)), ('GR-4404', t, (253, 195, 311, 216)), ('Thu 12 Jun', t, (328, 195, 409, 216)),
    ('Daisy', t, (484, 183, 538, 210)), ('Rachel', t, (571, 186, 627, 207)), ('Bloom', t, (570, 201, 624, 225)),
    ('Mochi', t, (485, 295, 540, 316)), ('Linh', t, (570, 303, 609, 326)), ('GR-4406', t, (253, 315, 313, 332)),
    ('Thu 12 Jun ', t, (326, 313, 409, 334)), ('Nguyen', t, (570, 314, 629, 344)),
    ('Cat groom', t, (651, 314, 729, 344)), ('Bramble', t, (486, 423, 559, 443)), ('Tom', t, (571, 430, 609, 452)),
    ('GR-4408 Fri', t, (253, 436, 312, 462)), ('13 Jun', t, (330, 436, 397, 462)),
    ('Hartley', t, (570, 445, 631, 469)), ('GR-4409', t, (253, 557, 310, 578)),
    ('Sat 14 Jun', t, (329, 557, 406, 578)), ('Luna', t, (484, 549, 532, 570)), ('Linh ', t, (571, 547, 609, 570)),
    ('Persian', t, (485, 565, 537, 586)), ('Nguyen ', t, (570, 557, 629, 588)),
    ('⋯', t, (953, 204, 967, 206)), ('⋯ ', t, (953, 322, 967, 324)), ('⋯  ', t, (953, 448, 967, 450)),
    ('⋯   ', t, (953, 566, 967, 568))]


def test_a_storys_names_pick_the_row_whose_menu_it_asks():
    """Linh Nguyen owns Mochi (Thursday) and Luna (Saturday); the story says Luna and Saturday, and asks to
    cancel: the dots of Luna's row of Sat 14 Jun, not Mochi's. Once a step was taken, or for a story of a
    new thing, the rule says nothing."""
    from tilepilot.model.embedded.order import story_row

    f, at = _page(APPOINTMENTS)
    assert story_row(f, LUNA) == at['⋯   ']
    assert story_row(f, "Tom Hartley rang: Bramble's got a cough. Could you move her groom to next Tuesday?") \
        == at['⋯  ']
    f2, _ = _page(APPOINTMENTS, [("click", (80.0, 134.0))])
    assert story_row(f2, LUNA) is None
    assert story_row(f, "Linh Nguyen would like Luna booked in on Saturday.") is None  # (no verb of a row's menu)


HAZEL = ("The lady on Hazel Road has found her spare key, so we can cancel that job. Dave was already on his way "
         "though, so she's agreed to pay the call-out fee.")
JOBS = [
    ('Sarah Whitlock', t, (87, 101, 204, 118)), ('14 Mill Lane · Lockout', t, (87, 117, 224, 134)),
    ('KP-2304·Tue 21 Oct·ASAP', t, (87, 134, 261, 151)), ('unassigned', t, (417, 134, 495, 154)),
    ('Priya Menon', t, (87, 236, 185, 253)), ('En route', t, (425, 235, 496, 255)),
    ('5 Hazel Road ·Lockout', t, (86, 252, 230, 269)), ('URGENT', t, (423, 251, 488, 272)),
    ('KP-2306·Tue 21 Oct·ASAP', t, (87, 269, 261, 286)), ('Dave', t, (422, 268, 461, 287)),
    ('Northgate Pharmacy', t, (85, 301, 245, 322)), ('On site', t, (436, 303, 494, 321)),
    ('3 Market Place· Shutter repair', t, (87, 319, 275, 336)), ('Abi', t, (429, 332, 460, 355)),
    ('Lena Fischer', t, (87, 570, 190, 588)), ('17 Hazel Court · Lock change', t, (87, 586, 260, 603)),
    ('unassigned ', t, (417, 603, 495, 623)),
    ('Invoices Sarah Whitlock', i, (81, 93, 507, 162)), ('Engineers Priya Menon', i, (78, 229, 507, 294)),
    ('Engineers Northgate Pharmacy', i, (78, 296, 507, 361)), ('Lena Fischer ', i, (78, 564, 507, 629)),
    ('En route ', i, (425, 236, 496, 270)), ('On site ', i, (434, 303, 496, 337))]


def test_a_storys_names_pick_the_list_item_it_speaks_of():
    """"The lady on Hazel Road … Dave was already on his way": Priya Menon's job shows Hazel, Road and Dave;
    Lena Fischer's "17 Hazel Court" shows one of them. Its title is clicked, unless the network clicks in it
    itself; a story with its identifier shown elsewhere, or of a new thing, picks none."""
    from tilepilot.model.embedded.order import story_card

    f, at = _page(JOBS)
    assert story_card(f, HAZEL, "click", at['On site']) == at['Priya Menon']
    assert story_card(f, HAZEL, "click", at['En route']) is None
    assert story_card(f, "KP-2304: the lady on Hazel Road says Dave can come.", "done", 0) is None
    assert story_card(f, "New job for Dave: a lady on Hazel Road is locked out.", "done", 0) is None


CANCEL_DIALOG = [
    ('Select an appointment to see details.', t, (1019, 176, 1244, 192)),
    ('Cancel appointment GR-4409', t, (396, 192, 684, 224)),
    ("Cancel Luna's cat groom on Sat 14 Jun at 10:00?", t, (394, 245, 746, 266)), ('Reason', t, (395, 272, 451, 290)),
    ('Choose a reason', t, (423, 298, 554, 318)), ('Charge late cancellation fee (£15.00)', t, (418, 337, 679, 354)),
    ('Note (optional)', t, (394, 386, 504, 406)), ('Keep appointment', t, (556, 497, 695, 519)),
    ('Cancel appointment', t, (721, 496, 873, 521)),
    ('STATUS Select an appointment to see details.', i, (1003, 151, 1280, 218)),  # (the panel behind the dialog)
    ('Reason Choose a reason', i, (397, 291, 883, 327)), ('Cancel appointment ', i, (711, 491, 883, 525)),
    ('Charge late cancellation fee (£15.00) ', c, (401, 338, 416, 353)),
    ('Note (optional) ', c, (397, 389, 883, 456))]


def test_a_panels_sentence_behind_a_dialog_is_no_reason_lists_prompt():
    """The appointment's panel behind the dialog reads "Select an appointment to see details.": a sentence,
    not a list's prompt. The dialog's "Reason [Choose a reason]" is the one list to open for the story's
    reason."""
    from tilepilot.model.embedded.fields import reason_list
    from tilepilot.model.embedded.order import resolved

    f, at = _page(CANCEL_DIALOG, [("click", (960.0, 567.0)), ("click", (781.0, 691.5))])
    assert reason_list(f, resolved(LUNA), True, LUNA) == at['Reason Choose a reason']


NOTED = [
    ('Cancel appointment GR-4409', t, (396, 192, 684, 224)), ('Reason', t, (394, 270, 452, 291)),
    ('Pet unwell', t, (407, 299, 488, 319)), ('V', t, (400, 337, 418, 354)),
    ('Charge late cancellation fee (£15.00)', t, (418, 337, 677, 354)), ('Note (optional)', t, (396, 387, 503, 404)),
    ("Luna isn't well and is staying at the vet over the weekend, so", t, (405, 415, 839, 432)),
    ("she'll miss Saturdayl", t, (404, 430, 553, 450)), ('Keep appointment', t, (556, 497, 695, 519)),
    ('Cancel appointment', t, (721, 496, 873, 521)), ('Cancel appointment ', i, (711, 491, 883, 525)),
    ('Charge late cancellation fee (£15.00) ', c, (401, 338, 416, 353)),
    ("Luna isn't well and is staying at the vet over the weekend, so ", c, (821, 419, 838, 429))]


def test_a_box_the_story_says_not_to_is_unticked_and_a_glyph_of_a_note_is_no_box():
    """"… don't charge her the late fee": "Charge late cancellation fee (£15.00)" is ticked (OCR read its tick as
    "V"), so it is clicked, once. A glyph of the note typed, found as a small box whose label is the note's
    line (the story's own words), is no box to tick."""
    from tilepilot.model.embedded.roles import told_box

    hist = [("click", (960.0, 567.0)), ("click", (781.0, 691.5)), ("click", (640.0, 309.0)),
            ("click", (445.0, 342.0)), ("type", (640.5, 431.5))]
    f, at = _page(NOTED, hist)
    f.cand_state = np.ones((len(NOTED), 8), np.float32)  # (both boxes drawn bright: the tick read says ticked)
    assert told_box(f, LUNA) == at['Charge late cancellation fee (£15.00) ']
    assert told_box(f, LUNA.replace("don't charge", "do charge")) is None  # (the note's glyph is no box)
    f2, _ = _page(NOTED, [*hist, ("click", (408.5, 345.5))])
    f2.cand_state = f.cand_state
    assert told_box(f2, LUNA) is None  # (unticked once)


OPENED_JOB = JOBS + [
    ('Priya Menon ', t, (527, 59, 667, 83)), ('Mark on site', t, (1059, 68, 1143, 82)),
    ('Edit', t, (1173, 66, 1206, 84)),
    ('KP-2306· Lockout·URGENT En route', t, (527, 79, 788, 99)), ('⋯', t, (1236, 72, 1248, 74)),
    ('⋯ Mark on site', i, (1047, 59, 1155, 90)), ('⋯ Edit', i, (1163, 59, 1217, 91))]


def test_a_record_opened_shows_its_menu_for_a_verb_no_button_shows():
    """Priya Menon's job, opened from the list, shows "Mark on site", "Edit" and "⋯": "… so we can cancel that
    job" opens the "⋯" (its menu reads "Cancel job…"). Not where a button shows the verb, nor once the dots
    were clicked."""
    from tilepilot.model.embedded.order import record_menu

    f, at = _page(OPENED_JOB, [("click", (136.0, 244.5))])
    assert record_menu(f, HAZEL) == at['⋯']
    assert record_menu(f, HAZEL.replace("cancel that job", "mark that job")) is None  # ("Mark on site" shows)
    f2, _ = _page(OPENED_JOB, [("click", (136.0, 244.5)), ("click", (1242.0, 73.0))])
    assert record_menu(f2, HAZEL) is None
