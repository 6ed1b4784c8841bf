"""A setting a task names by its label: "Assign TRK-142 to Maya Chen and change its status to In Review",
"Filter the contacts to the Lead stage" (``fields.setting_field``, ``fields.setting_option``)."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS
from tilepilot.model.embedded.fields import setting_field, setting_option

T, FIELD = KINDS["text"], KINDS["input"]
TASK = "Assign TRK-142 to Maya Chen and change its status to In Review."


def _screen(cands, clicks=(), scrolls=0):
    """A screen of ``cands`` (text, kind, box) after ``scrolls`` scrolls and then clicks at ``clicks``."""
    hist = [ACTIONS.index("scroll")] * scrolls + [ACTIONS.index("click")] * len(clicks)
    boxes = [(0, 0, 0, 0)] * scrolls + [(x - 4, y - 4, x + 4, y + 4) for x, y in clicks]
    return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                           cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0,
                           hist_kind=np.array(hist, np.int64), hist_box=np.array(boxes, np.float32).reshape(-1, 4),
                           frame_size=(1280, 720))


# an issue list's column headers and filter chips, and the details panel beside them
LIST = [("+ Status", T, (254, 63, 318, 80)), ("+ Assignee", T, (431, 64, 513, 81)), ("+ Label", T, (534, 61, 593, 82)),
        ("ID", T, (238, 96, 256, 114)), ("Title", T, (309, 96, 342, 114)), ("Status", T, (638, 96, 683, 114)),
        ("Priority", T, (750, 96, 800, 114)), ("TRK-142", T, (235, 514, 291, 532))]


def _panel(assignee: str = "Liam Ortiz", status: str = "O Todo"):
    return LIST + [("Status", T, (853, 265, 903, 291)), (status, T, (970, 260, 1030, 284)),
                   ("Assignee", T, (850, 333, 920, 367)), ("LO", T, (973, 332, 1001, 357)),
                   (assignee, T, (1006, 334, 1081, 355))]


def test_settings_named_by_their_labels_are_opened_in_turn():
    at = {t: k for k, (t, _, _) in enumerate(_panel())}
    f = _screen(_panel(), clicks=[(279, 525)], scrolls=1)  # the issue opened
    s = setting_field(f, TASK, 0)
    assert s is not None and s.target == at["LO"] and s.value == ["maya", "chen"]
    # assigned: the status is next, its value beside its label (not the list's "Status" column header)
    f = _screen(_panel(assignee="Maya Chen"), clicks=[(279, 525), (1040, 446)], scrolls=1)
    s = setting_field(f, TASK, 0)
    assert s is not None and f.cand_text[s.target] == "O Todo" and s.value == ["in", "review"]
    f = _screen(_panel(assignee="Maya Chen", status="In Review"), clicks=[(279, 525)])
    assert setting_field(f, TASK, 0) is None  # both made
    assert setting_field(_screen(_panel(), scrolls=1), TASK, 0) is None  # the issue is opened first
    assert setting_field(_screen(LIST, clicks=[(279, 525)]), TASK, 0) is None  # column headers set nothing


def test_the_setting_just_opened_keeps_its_turn_and_its_option_is_the_nearest_reading_the_value():
    """The status list covers the assignee's value: the status, just clicked, is the one whose option is next."""
    cands = _panel(assignee="Maya Chen") + [("Backlog", T, (999, 300, 1050, 316)), ("Todo", T, (999, 327, 1030, 343)),
                                           ("In Review", T, (999, 381, 1062, 397)),
                                           ("In Review", T, (660, 628, 730, 645))]
    cands = [c for c in cands if c[0] != "Maya Chen"]  # hidden under the list
    f = _screen(cands, clicks=[(279, 525), (1000, 272)])
    s = setting_field(f, TASK, 0)
    assert s is not None and f.cand_text[s.target] == "O Todo"
    assert setting_option(f, s, (1000, 272)) == len(cands) - 2  # the list's, not another issue's status


def test_a_filter_sets_the_dropdown_its_value_is_said_before():
    cands = [("Stage", T, (263, 160, 297, 177)), ("All stages", T, (315, 158, 381, 179)),
             ("All stages", FIELD, (306, 150, 459, 187)), ("Owner", T, (475, 160, 513, 177)),
             ("All owners", T, (538, 158, 610, 179)), ("All owners", FIELD, (522, 150, 643, 187))]
    s = setting_field(_screen(cands), "Filter the contacts to the Lead stage, then delete the second one", 0)
    assert s is not None and s.target == 2 and s.value == ["lead"]
    shown = [(("Lead", T, (330, 158, 370, 179)) if c[0] == "All stages" and c[1] == T else c) for c in cands]
    assert setting_field(_screen(shown), "Filter the contacts to the Lead stage", 0) is None  # set already
    assert setting_field(_screen(cands), "Filter the contacts by name", 0) is None  # no value said before a label


def test_values_typed_or_dragged_to_are_not_chosen_from_a_list():
    cands = [("Treble", T, (100, 100, 160, 120)), ("40", T, (200, 100, 230, 120)),
             ("Job title", T, (100, 200, 170, 220)), ("Editor", T, (200, 200, 260, 220))]
    f = _screen(cands)
    assert setting_field(f, "Set Treble to the maximum", 0) is None
    assert setting_field(f, "Set Job title to 'ivan.okafor@example.com'", 0) is None
    s = setting_field(f, "Set the Job title to Manager", 0)
    assert s is not None and f.cand_text[s.target] == "Editor"


def test_a_setting_waits_for_a_value_an_earlier_clause_gives_in_quotes():
    """"Reply to the "Refund not received" ticket with "We have issued …" and set its status to Solved": the
    click that opened the ticket counted as the reply's action, and the status was set before the reply was
    typed. The status waits; the quoted ticket name is no value to type."""
    from tilepilot.model.embedded.model import _setting_in_turn

    task = 'Reply to the "Refund not received" ticket with "We have issued your refund today." and set its status' \
           " to Solved."
    cands = [("Status", T, (72, 354, 107, 368)), ("Open", T, (80, 374, 120, 390)), ("Open", FIELD, (72, 369, 283, 395)),
             ("Write a reply...", T, (321, 608, 404, 622)), ("Write a reply...", FIELD, (312, 601, 1014, 675))]
    f = _screen(cands, clicks=[(436, 526)])
    f.hist_match = np.zeros((1, 0), np.float32)
    f.ins_off = np.zeros((0, 2), np.int64)
    assert setting_field(f, task, 1) is not None  # the status, by its label above it
    assert _setting_in_turn(f, task) is None


def test_a_settings_value_ends_where_the_next_step_begins():
    """"Change the city to Berlin and save changes" took "Berlin and save changes" for the value: the City field,
    showing Berlin, was clicked again instead of saving."""
    cands = [("City", T, (40, 290, 80, 310)), ("Berlin", T, (210, 290, 260, 310)),
             ("City", FIELD, (200, 280, 700, 320)), ("Save changes", T, (110, 340, 200, 360))]
    assert setting_field(_screen(cands), "Change the city to Berlin and save changes", 0) is None
    s = setting_field(_screen(cands), "Change the city to Paris and save changes", 0)
    assert s is not None and s.value == ["paris"]


def test_a_value_said_before_its_fields_label_is_chosen_in_the_list_the_browser_opened():
    """"Place a hold on Project Hail Mary for pickup at the Riverside branch": the dialog's "Pickup branch"
    select shows Central; opened in place by the browser, its options stand inside its own box."""
    dialog = [("Place a hold", T, (432, 244, 531, 263)), ("Pickup branch", T, (432, 293, 521, 308)),
              ("Central", T, (444, 322, 520, 340)), ("Pickup branch Central", FIELD, (432, 314, 848, 350)),
              ("Cancel", T, (684, 451, 727, 469)), ("Place hold", T, (767, 451, 833, 469))]
    task = "Place a hold on Project Hail Mary for pickup at the Riverside branch"
    f = _screen(dialog, clicks=[(1052, 332)])
    s = setting_field(f, task, 0)
    assert s is not None and s.target == 3 and s.value == ["riverside"]
    assert setting_field(f, "Place a hold on Project Hail Mary", 0) is None  # no value said
    opened = [*dialog[:3], ("Riverside", T, (440, 336, 508, 360)), ("Eastgate", T, (440, 357, 505, 372)),
              ("Pickup branch Central", FIELD, (434, 316, 847, 401)), *dialog[4:]]
    g = _screen(opened, clicks=[(1052, 332), (640, 332)])
    s = setting_field(g, task, 0)
    assert s is not None and s.target == 5
    assert setting_option(g, s, (640, 332)) == 3  # Riverside, inside the grown box
    shut = _screen([*dialog[:2], ("Riverside", T, (444, 322, 520, 340)), *dialog[3:]], clicks=[(474, 348)])
    shut.cand_text[3] = "Pickup branch Riverside"
    assert setting_field(shut, task, 0) is None  # it shows the value now
    job = _screen([("Job title", T, (452, 120, 520, 138)), ("Tablet", T, (464, 160, 520, 178)),
                   ("Job title Tablet", FIELD, (452, 143, 648, 195))], clicks=[(550, 169)])
    assert setting_field(job, "Set the Job title dropdown to 'Tablet'", 0) is None  # "the Job title" is the label


def test_a_settings_rows_select_stands_far_right_of_a_label_ocr_misread():
    """"Change my default safe place for deliveries to the garage": "Safe plao" (OCR) heads a row whose select
    ("Front porch") stands 600 px right; its value less "the". A row whose label the task does not say is no
    setting."""
    FIELD_ROW = KINDS["input"]
    rows = [("Delivery preferences", T, (257, 82, 495, 116)), ("Safe plao", T, (280, 222, 343, 242)),
            ("Where the driver may leave parcels", T, (280, 244, 647, 261)), ("Front porch", T, (977, 231, 1058, 255)),
            ("Preferred neighbour", T, (279, 288, 419, 311)), ("No.16", T, (975, 300, 1025, 321)),
            ("Safe plao row", FIELD_ROW, (266, 209, 1247, 275)), ("Front porch ", FIELD_ROW, (968, 224, 1231, 261)),
            ("No.16 ", FIELD_ROW, (968, 290, 1231, 331))]
    at = {t: k for k, (t, _, _) in enumerate(rows)}
    task = "Change my default safe place for deliveries to the garage."
    s = setting_field(_screen(rows, clicks=[(116, 214)]), task, 0)
    assert s is not None and s.target == at["Front porch "] and s.value == ["garage"]
    s = setting_field(_screen(rows, clicks=[(116, 214)]), "Change my preferred neighbour to No. 18.", 0)
    assert s is None or s.target == at["No.16 "]  # (a number is typed, not chosen)
    assert setting_field(_screen(rows, clicks=[(116, 214)]), "Change my default courier to DHL.", 0) is None
