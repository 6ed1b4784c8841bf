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
