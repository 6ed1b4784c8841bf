"""A list just opened under the dropdown the last action clicked: the option the task names is clicked next."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS
from tilepilot.model.embedded.menus import opened_option

TASK = "Switch the language to Deutsch, enable dark mode, then save"
TEXT, FIELD = KINDS["text"], KINDS["input"]


def _settings(clicked_at: tuple[float, float], below: tuple[str, ...] = ("English", "Deutsch", "Français")):
    """A settings page just after a click: the Language dropdown (showing English) with its list under it."""
    cands = [("Dark mode", TEXT, (65, 160, 183, 187)), ("", FIELD, (573, 155, 630, 187)),  # a switch
             ("Language", TEXT, (64, 248, 171, 281)), ("English", TEXT, (474, 244, 556, 280)),
             ("English", FIELD, (468, 243, 631, 279)), ("Save settings", TEXT, (86, 305, 217, 338))]
    cands += [(text, TEXT, (457, 287 + 36 * k, 545, 320 + 36 * k)) for k, text in enumerate(below)]
    x, y = clicked_at
    return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                           cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0,
                           hist_kind=np.array([ACTIONS.index("click")]),
                           hist_box=np.array([(x - 4, y - 4, x + 4, y + 4)], np.float32))


def test_the_option_the_task_names_is_clicked_in_the_list_just_opened():
    f = _settings(clicked_at=(546, 260))
    deutsch = f.cand_text.index("Deutsch")
    assert opened_option(f, TASK, 1) == deutsch  # the model went for the dark-mode switch: the list folded
    assert opened_option(f, TASK, deutsch) == deutsch


def test_a_native_select_opened_where_it_stood_is_found_a_little_off_its_first_row():
    """A native select clicked open draws its list where it stood; its first row is a little shorter than the
    box clicked, so the click's point lay 1 px under the row the screen shows as the field."""
    f = _settings(clicked_at=(546, 280))  # the field reads 243-279
    assert opened_option(f, TASK, 1) == f.cand_text.index("Deutsch")
    assert opened_option(_settings(clicked_at=(546, 286)), TASK, 1) == 1  # 7 px off: not that field


def test_an_option_one_ocr_edit_from_a_task_word_yields_to_the_one_the_task_spells():
    """"… delete the second contact in the filtered list": "Lost" is one edit from "list", "Lead" is said."""
    f = _settings(clicked_at=(546, 260), below=("Lead", "Qualified", "Lost"))
    task = "Filter the contacts to the Lead stage, then delete the second contact in the filtered list"
    assert opened_option(f, task, 1) == f.cand_text.index("Lead")


def test_no_list_no_option():
    f = _settings(clicked_at=(600, 171))  # the last click was the switch: nothing opened under a dropdown
    assert opened_option(f, TASK, 5) == 5
    f = _settings(clicked_at=(546, 260))
    assert opened_option(f, TASK, 0) == 0  # a text the task names ("Dark mode"): the model's choice stands
    f = _settings(clicked_at=(546, 260), below=("OFF", "Remove"))  # states and buttons are no options
    assert opened_option(f, "switch off dark mode, remove the language", 1) == 1


def test_a_dropdown_is_set_as_its_arrow_says():
    """A custom dropdown ("Toaster ▼", the arrow right after its value) is clicked open; a native select (its
    arrow alone at the right edge, read as "V") is typed into. The network took one for the other."""
    from tilepilot.model.embedded.menus import dropdown_kind

    WIDGET = KINDS["component"]
    custom = [("Bank name", TEXT, (600, 165, 720, 196)), ("Bank name Toaster", FIELD, (737, 157, 918, 212)),
              ("Toaster", TEXT, (750, 165, 872, 196)), ("", WIDGET, (883, 173, 901, 190))]
    native = [("Office", TEXT, (700, 237, 790, 260)), ("Office Oslo", FIELD, (807, 230, 900, 267)),
              ("Oslo", TEXT, (815, 237, 858, 260)), ("V", TEXT, (884, 243, 899, 257))]

    def page(cands):
        return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                               cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0)

    task = "Choose Tent from the Bank name dropdown"
    assert dropdown_kind(page(custom), task, 1) == "click"
    assert dropdown_kind(page(custom), task, 2) == "click"  # its value's text: the same dropdown
    assert dropdown_kind(page(custom[:3]), task, 1) is None  # no arrow found: the network decides
    arrow_read = [(t if t != "Toaster" else "Toaster ▼", k, b) for t, k, b in custom[:3]]
    assert dropdown_kind(page(arrow_read), task, 1) == "click"
    assert dropdown_kind(page(native), "select Jakarta in Office", 1) == "type"
    assert dropdown_kind(page(native), "select Jakarta in Office", 3) == "type"  # the arrow clicked
    assert dropdown_kind(page(native[:1] + native[2:]), "select Jakarta in Office", 2) == "type"  # no box found
    assert dropdown_kind(page(native[:1] + native[2:3]), "select Jakarta in Office", 1) is None  # nor an arrow
    assert dropdown_kind(page(custom), "click Toaster", 1) is None  # no dropdown set


def test_an_arrow_inside_the_value_text_makes_a_custom_dropdown():
    """OCR's box for "Zurich ⌄" takes the arrow in; the arrow, kept as a widget, stands inside the value's box at
    its right end with the button's padding after it. A native select's "V" at the box's right edge does not."""
    from tilepilot.model.embedded.menus import dropdown_kind

    WIDGET = KINDS["component"]
    cands = [("Card number", TEXT, (696, 219, 862, 253)), ("Card number Zurich", FIELD, (698, 260, 851, 311)),
             ("Zurich", TEXT, (713, 265, 829, 303)), ("", WIDGET, (810, 286, 822, 294)),
             ("Job title Premium", FIELD, (874, 166, 1041, 215)), ("Premium", TEXT, (888, 171, 1008, 206)),
             ("V", TEXT, (1016, 180, 1034, 197))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=1.5)
    assert dropdown_kind(f, "set the Card number dropdown to Tallinn.", 1) == "click"
    assert dropdown_kind(f, "set the Job title dropdown to Tallinn.", 4) != "click"  # no padding after its "V"
    f.cand_box[3] = (836, 286, 848, 294)  # the arrow at the box's right edge: no padding after it
    assert dropdown_kind(f, "set the Card number dropdown to Tallinn.", 1) is None


def test_a_dropdown_just_opened_whose_option_is_not_shown_is_scrolled():
    """"Set the Treble dropdown to Tablet" clicked the dropdown (showing Mug) open and said done: the option is
    further down its list. Once the dropdown shows a value the task names, or the task sets no value, it is not."""
    from tilepilot.model.embedded.menus import opened_unset

    def page(shown: str, clicked: tuple[float, float] = (212, 468)):
        cands = [("Treble", TEXT, (11, 450, 87, 484)), ("Treble", FIELD, (169, 451, 257, 487)),
                 (shown, TEXT, (166, 445, 255, 490)), ("Mirror", TEXT, (174, 536, 253, 572)),
                 ("Toaster", TEXT, (175, 578, 265, 613))]
        x, y = clicked
        return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                               cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0,
                               hist_kind=np.array([ACTIONS.index("click")]),
                               hist_box=np.array([(x - 4, y - 4, x + 4, y + 4)], np.float32))

    assert opened_unset(page("Mug"), "Set the Treble dropdown to Tablet")
    assert not opened_unset(page("Tablet"), "Set the Treble dropdown to Tablet")  # set already
    assert not opened_unset(page("Mug"), "select the first item in the list")  # no value set
    assert not opened_unset(page("Mug", clicked=(40, 467)), "Set the Treble dropdown to Tablet")  # its label
