"""An ordinal names a place along the sequence its noun stands in (``ordinal``): tabs and buttons in a row,
links and list entries in a column, a radio group's options in either, after the group's name."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS
from tilepilot.model.embedded.ordinal import ordinal_ask, ordinal_target

T, F, C = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands: list[tuple[str, int, tuple[int, int, int, int]]]) -> tuple[SimpleNamespace, dict[str, int]]:
    f = SimpleNamespace(cand_text=[t for t, _, _ in cands], cand_kind=np.array([k for _, k, _ in cands]),
                        cand_box=np.array([b for _, _, b in cands], np.float32), scale=1.0,
                        hist_kind=np.zeros(0, np.int64))
    return f, {t: q for q, (t, _, _) in enumerate(cands)}


def _scores(f: SimpleNamespace, at: dict[str, int], favourite: str) -> np.ndarray:
    """The network's scores: it likes ``favourite`` best, everything else alike."""
    s = np.zeros(len(f.cand_text), np.float32)
    s[at[favourite]] = 5.0
    return s


def test_the_task_says_what_it_counts_and_where():
    assert ordinal_ask("Open the third tab, then press the Archive button", 0) == (3, "tab", None)
    assert ordinal_ask("Open the third tab, then press the Archive button", 1) is None  # the next clause names
    assert ordinal_ask("hit the first of the buttons", 0) == (1, "button", None)
    assert ordinal_ask("Click the fourth link under Team", 0) == (4, "link", "Team")
    assert ordinal_ask("open the 2nd link in the Activity section.", 0) == (2, "link", "Activity")
    assert ordinal_ask("Pick the fifth choice for Security", 0) == (5, "choice", "Security")
    assert ordinal_ask("press the third button in the row.", 0) == (3, "button", None)  # the row is no group
    assert ordinal_ask("Click the sixth button from the left, and click Save", 0) == (6, "button", None)
    assert ordinal_ask("pick the last entry. Then confirm with Add selected", 0) == (-1, "entry", None)
    assert ordinal_ask("Untick the fourth checkbox", 0) == (4, "checkbox", None)
    assert ordinal_ask("Uncheck the first box", 0) == (1, "box", None)
    assert ordinal_ask("choose the second option in the Country dropdown", 0) is None  # a dropdown's options
    assert ordinal_ask("click Save", 0) is None


def _tabs_and_links() -> tuple[SimpleNamespace, dict[str, int]]:
    # a tab strip whose current tab is drawn smaller in its filled box, and a column of links beside it
    return _page([("Team", T, (384, 134, 429, 155)), ("tab box", F, (370, 126, 444, 165)),
                  ("Security", T, (460, 130, 548, 161)), ("Media", T, (578, 133, 637, 157)),
                  ("Documents", T, (669, 135, 763, 156)), ("Backups", T, (794, 132, 872, 158)),
                  ("careers", T, (1682, 182, 1760, 203)), ("developers", T, (1682, 206, 1795, 230)),
                  ("newsletter", T, (1682, 234, 1793, 258))])


def test_tabs_are_counted_along_their_row():
    """"open the second tab" clicked the second link of a list; "the third tab" the fourth tab (the current
    one, smaller in its box, was not counted)."""
    f, at = _tabs_and_links()
    assert ordinal_target(f, "open the second tab, and click Archive", at["developers"],
                          _scores(f, at, "developers"), 0) == at["Security"]
    assert ordinal_target(f, "Open the third tab", at["Documents"], _scores(f, at, "Documents"), 0) == at["Media"]
    assert ordinal_target(f, "Open the last tab", at["Team"], _scores(f, at, "Team"), 0) == at["Backups"]
    # a link counted down its column, the network choosing among the things at that place
    assert ordinal_target(f, "follow the second link", at["Security"], _scores(f, at, "developers"), 0) == \
        at["developers"]
    # no ordinal in the clause in turn: the network's click stands
    assert ordinal_target(f, "open the second tab, and click Archive", at["Media"], _scores(f, at, "Media"), 1) == \
        at["Media"]


def test_buttons_that_wrap_onto_the_next_line_are_counted_on():
    """"hit the first of the buttons" clicked the first button of the second line."""
    names = ["Register", "Schedule", "Reject", "Archive", "Import"]
    cands = [(nm, F, (396 + 120 * k, 93, 500 + 120 * k, 133)) for k, nm in enumerate(names)]
    cands += [("Join", F, (396, 145, 469, 183)), ("Forward", F, (480, 145, 588, 183))]
    f, at = _page(cands)
    assert ordinal_target(f, "hit the first of the buttons", at["Join"], _scores(f, at, "Join"), 0) == at["Register"]
    assert ordinal_target(f, "Click the seventh button", at["Join"], _scores(f, at, "Join"), 0) == at["Forward"]
    # buttons too wide for one line, one under the other, are read line by line
    stacked = ["Register", "Forward", "Reset"]
    f, at = _page([(nm, F, (66, 265 + 88 * k, 223, 319 + 88 * k)) for k, nm in enumerate(stacked)]
                  + [("Join", F, (249, 441, 355, 495)), ("Privacy", T, (1058, 33, 1151, 60)),
                     ("Orders", T, (900, 33, 1000, 60))])
    assert ordinal_target(f, "click the second button", at["Join"], _scores(f, at, "Join"), 0) == at["Forward"]
    assert ordinal_target(f, "click the fourth button", at["Forward"], _scores(f, at, "Forward"), 0) == at["Join"]


def test_a_named_group_is_the_sequence_below_its_name():
    """"Click the fourth link under Team" clicked a link of another list."""
    cands = [("Media", T, (744, 250, 840, 280))]
    cands += [(f"media {k}", T, (746, 290 + 32 * k, 900, 316 + 32 * k)) for k in range(5)]
    cands += [("Team", T, (744, 480, 830, 510))]
    cands += [(f"team {k}", T, (746, 520 + 32 * k, 900, 546 + 32 * k)) for k in range(5)]
    f, at = _page(cands)
    task = "Click the fourth link under Team"
    assert ordinal_target(f, task, at["media 3"], _scores(f, at, "media 3"), 0) == at["team 3"]
    assert ordinal_target(f, "follow the first link below Media", at["team 0"], _scores(f, at, "team 0"), 0) == \
        at["media 0"]
    # a group not on screen is further down; so is a place further than the list shows
    assert ordinal_target(f, "Click the fourth link under Privacy", at["team 3"], _scores(f, at, "team 3"), 0) == -1
    assert ordinal_target(f, "Click the ninth link under Team", at["team 3"], _scores(f, at, "team 3"), 0) == -1
    # after two scrolls that did not bring it into view, the page may end there: the network's click stands
    f.hist_kind = np.array([ACTIONS.index("scroll")] * 2)
    assert ordinal_target(f, "Click the ninth link under Team", at["team 3"], _scores(f, at, "team 3"), 0) == \
        at["team 3"]


def test_a_radio_group_that_wraps_counts_its_next_line():
    """"pick the fourth choice for Privacy": three radio buttons on the row under Privacy, the fourth alone
    on the next line."""
    cands = [("Backups", T, (43, 80, 100, 98))]
    cands += [(f"b{k}", C, (44 + 100 * k, 110, 60 + 100 * k, 126)) for k in range(3)]
    cands += [("Privacy", T, (43, 134, 100, 152))]
    cands += [(f"p{k}", C, (44 + 110 * k, 167, 60 + 110 * k, 183)) for k in range(3)]
    cands += [("p3", C, (44, 210, 60, 226)), ("panel", C, (22, 22, 420, 261))]
    f, at = _page(cands)
    assert ordinal_target(f, "pick the fourth choice for Privacy", at["p0"], _scores(f, at, "p0"), 0) == at["p3"]
    assert ordinal_target(f, "choose the second option under Backups", at["p1"], _scores(f, at, "p1"), 0) == at["b1"]


def test_a_list_is_counted_without_its_heading_and_its_button():
    """"pick the last entry" clicked outside the list: the column of its texts ran on into the "Add selected"
    button under it; "the fifth entry" counted the panel's heading as the first."""
    cands = [("Team", T, (474, 79, 535, 108))]
    cands += [(nm, T, (482, 110 + 31 * k, 540, 140 + 31 * k)) for k, nm in enumerate(["Oslo", "Perth", "Lyon"])]
    cands += [("Add selected", T, (490, 204, 589, 231)), ("button", F, (482, 202, 601, 234))]
    f, at = _page(cands)
    assert ordinal_target(f, "pick the last entry", at["Team"], _scores(f, at, "Add selected"), 0) == at["Lyon"]
    assert ordinal_target(f, "pick the first entry", at["Team"], _scores(f, at, "Team"), 0) == at["Oslo"]


def test_an_entry_ocr_did_not_read_is_counted_by_its_shape():
    """OCR missed "Weather", the second entry; the widget detector found its letters as one wide, short box.
    "Select the second item in the list" clicked Image Editor, the third."""
    names = ["File Manager", "", "Image Editor", "Premium File Manager", "Quiet Weather"]
    cands = [("Documents", T, (355, 376, 465, 400))]
    for k, name in enumerate(names):
        y = 418 + 34 * k
        cands.append((name, T, (365, y, 460, y + 24)) if name else ("", C, (368, y + 4, 427, y + 17)))
    f, at = _page(cands)
    s = np.zeros(len(cands), np.float32)
    assert ordinal_target(f, "Select the second item in the list", 0, s, 0) == 2
    assert ordinal_target(f, "Select the third item in the list", 0, s, 0) == 3
    f.cand_box[2] = (368, 456, 381, 469)  # a small square (a checkbox): no word, not counted
    assert ordinal_target(f, "Select the second item in the list", 0, s, 0) != 2


def test_boxes_are_counted_down_their_column():
    """"Uncheck the first box" clicked the third of three boxes, each with its label beside it."""
    f, at = _page([("Security", T, (37, 42, 187, 83)), ("Backups", T, (70, 87, 183, 125)),
                   ("Tent", T, (73, 129, 134, 162)), ("newsletter", T, (71, 169, 208, 199)),
                   ("box1", C, (41, 95, 67, 121)), ("box2", C, (41, 135, 67, 161)), ("box3", C, (41, 173, 67, 199))])
    assert ordinal_target(f, "Uncheck the first box", at["box3"], _scores(f, at, "box3"), 0) == at["box1"]
    assert ordinal_target(f, "tick the second checkbox", at["box3"], _scores(f, at, "box3"), 0) == at["box2"]
