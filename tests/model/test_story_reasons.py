"""Rules written from the eighteenth blind set (a boatyard, a tutoring agency, a wedding venue, a courier depot,
an auction house, an opticians), once it became a dev set: a story's reason chosen from a dialog's list by
meaning, a person's thing told in a story ("her maths session this Wednesday"), and the dialog's own button
once the reason is in. Each page here is the geometry the model saw (OCR texts as found), cut to what the rule
reads."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=()) -> tuple[SimpleNamespace, dict[str, int]]:
    """Candidates (text, kind, box) and the history's (action, point) on a 1280x720 frame."""
    f = SimpleNamespace(cand_text=[x for x, _, _ in cands], cand_kind=np.array([k for _, k, _ in cands]),
                        cand_box=np.array([b for _, _, b in cands], np.float32), scale=1.0,
                        cand_crop=np.full((len(cands), 16, 16), 255, np.uint8),
                        hist_kind=np.array([ACTIONS.index(a) for a, _ in hist], np.int64),
                        hist_box=np.array([(x - 4, y - 4, x + 4, y + 4) for _, (x, y) in hist], np.float32)
                        .reshape(-1, 4), frame_size=(1280, 720))
    return f, {x: q for q, (x, _, _) in enumerate(cands)}


SICK = "Maya Thornton is off sick, so her maths session this Wednesday won't be going ahead. Please cancel it."
SESSIONS = [
    ('Ref', t, (38, 183, 70, 205)), ('When', t, (128, 186, 173, 204)), ('Student', t, (325, 185, 387, 205)),
    ('Subject', t, (482, 186, 540, 204)), ('Tutor', t, (659, 186, 700, 204)), ('Status', t, (1024, 184, 1074, 204)),
    ('S-5123', t, (39, 309, 96, 330)), ('Tue 4 Feb, 4:00pm', t, (130, 311, 263, 328)),
    ('Maya Thornton', t, (327, 311, 435, 328)), ('Physics', t, (479, 309, 542, 333)),
    ('Marcus Bell', t, (658, 309, 746, 329)), ('Scheduled', t, (1028, 307, 1109, 331)),
    ('⋯', t, (1159, 313, 1181, 326)),
    ('S-5127', t, (39, 477, 96, 498)), ('Wed 5 Feb, 6:00pm', t, (128, 476, 270, 498)),
    ('Maya Thornton ', t, (327, 479, 435, 496)), ('Maths', t, (480, 477, 532, 498)),
    ('Marcus Bell ', t, (658, 477, 746, 497)), ('Scheduled ', t, (1028, 475, 1109, 499)),
    ('⋯ ', t, (1159, 481, 1181, 494)),
    ('S-5132', t, (39, 687, 96, 708)), ('Wed 12 Feb, 6:00pm', t, (127, 686, 279, 709)),
    ('Maya Thornton  ', t, (326, 688, 438, 708)), ('Maths ', t, (481, 687, 531, 709)),
    ('Marcus Bell  ', t, (658, 687, 746, 708)), ('Scheduled  ', t, (1027, 683, 1110, 710)),
    ('⋯  ', t, (1159, 691, 1181, 704))]


def test_a_persons_thing_told_in_a_story_is_what_it_acts_on_and_this_weekday_is_the_nearest():
    """"Maya Thornton is off sick, so her maths session this Wednesday won't be going ahead. Please cancel it.":
    "it" is her maths session this Wednesday, not her; of her two Wednesday maths sessions, this Wednesday's is
    the nearer (5 Feb, not 12 Feb), so that row's "⋯" opens."""
    from tilepilot.model.embedded.order import resolved, row_menu

    task = resolved(SICK)
    assert task == "cancel Maya Thornton's maths session this Wednesday"
    assert resolved("Maya Thornton is off sick. Please cancel her.") == "cancel Maya Thornton"  # (as before)
    f, at = _page(SESSIONS)
    assert row_menu(f, task) == at["⋯ "]
    assert row_menu(f, "cancel Maya Thornton's physics session this Tuesday") == at["⋯"]
    assert row_menu(f, "cancel Maya Thornton's maths session on Wednesday") is None  # two Wednesdays: not guessed


REASON_OPEN = [
    ('Cancel session S-5127', t, (380, 225, 596, 245)), ('×', t, (876, 227, 895, 245)),
    ('Reason', t, (378, 292, 438, 312)), ('Choose a reason...', t, (391, 324, 527, 344)),
    ('Student illness', t, (391, 340, 502, 362)), ('Tutor unavailable', t, (393, 359, 518, 376)),
    ('Family commitment', t, (392, 375, 538, 395)), ('School clash', t, (392, 393, 484, 410)),
    ('Weather', t, (391, 408, 458, 429)), ('Other', t, (389, 422, 441, 449)),
    ('Keep session', t, (645, 471, 746, 495)), ('Cancel session', t, (776, 473, 887, 493)),
    ('Cancel session', i, (763, 464, 899, 503)), ('Keep session', i, (634, 464, 758, 504)),
    ('Cancel session S-5127 Choose a reason...', c, (392, 325, 888, 357))]
OPENED = [('click', (1170.0, 487.5)), ('click', (1074.0, 629.0)), ('click', (640.5, 363.5))]
REASON_CHOSEN = [
    ('Cancel session S-5127', t, (380, 227, 596, 247)), ('Reason', t, (378, 322, 439, 342)),
    ('Student illness', t, (393, 353, 504, 373)), ('V', t, (882, 356, 895, 369)),
    ('Email the tutor and parent', t, (407, 395, 598, 412)), ('Keep session', t, (645, 469, 746, 493)),
    ('Cancel session', t, (776, 471, 887, 491)), ('Student illness', i, (378, 342, 902, 384)),
    ('Cancel session', i, (763, 462, 899, 501)), ('Keep session', i, (634, 462, 758, 502)),
    ('Email the tutor and parent', c, (385, 396, 400, 411))]


def test_the_reason_told_is_chosen_by_the_meaning_of_one_piece_of_the_story():
    """The story read piece by piece, names and numbers aside: "is off sick" is "Student illness" (the whole story
    read as one drew "Tutor unavailable"); "nobody was in" is "No one home", not "Refused by recipient"."""
    from tilepilot.model.embedded.fields import _why_pieces, reason_list

    task = "cancel Maya Thornton's maths session this Wednesday"
    assert "is off sick" in _why_pieces(SICK, task)
    f, at = _page(REASON_OPEN, OPENED)
    assert reason_list(f, task, True, SICK) == at["Student illness"]
    told = "Marek couldn't deliver CN-48230, nobody was in. Log it as a failed attempt."
    g, on = _page([('Record delivery attempt', t, (380, 225, 596, 245)), ('Reason', t, (378, 292, 438, 312)),
                   ('Choose a reason...', t, (391, 324, 527, 344)), ('No one home', t, (391, 340, 502, 362)),
                   ('Access problem', t, (393, 359, 518, 376)), ('Address not found', t, (392, 375, 538, 395)),
                   ('Refused by recipient', t, (392, 393, 524, 410)), ('Business closed', t, (391, 408, 498, 429))],
                  OPENED)
    assert reason_list(g, "mark it as a failed attempt", True, told) == on["No one home"]


def test_once_the_reason_is_chosen_the_dialogs_own_button_is_pressed_and_the_record_tabs_wait():
    """The list, clicked open and its option clicked, reads "Student illness" with its arrow "V": the dialog's
    button starting with a word of the task ("Cancel session", not "Keep session") is pressed. Not after clicks
    that chose nothing from a list (a row's menu, then its entry), nor for a task telling no reason. While a
    list still reads its prompt, a form asks for a choice (the tabs of the page behind it wait)."""
    from tilepilot.model.embedded.fields import asks_choice, reason_commit

    f, _ = _page(REASON_CHOSEN, [*OPENED, ('click', (446.5, 351.0))])
    assert reason_commit(f, SICK) == REASON_CHOSEN.index(('Cancel session', t, (776, 471, 887, 491)))
    assert reason_commit(f, "Please cancel session S-5127") is None  # no reason told
    g, _ = _page(REASON_CHOSEN, OPENED[:2])
    assert reason_commit(g, SICK) is None  # the row's dots, then its menu's entry: no list chosen from
    h, _ = _page([('Choose a reason...', t, (393, 353, 530, 374)),
                  ('Reason Choose a reason...', i, (381, 345, 900, 382))], OPENED[:2])
    assert asks_choice(h) and not asks_choice(f)
