"""Rows that repeat their buttons: the row a task's words describe, and its button (``rows``)."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS
from tilepilot.model.embedded.rows import row_button, row_named

PRINTER = "The printer on the 3rd floor is working again - could you close that ticket for me, please?"


def _tickets(printer_closed: bool = False, clicked: int = 0) -> tuple[SimpleNamespace, dict[str, int]]:
    """A help desk's list: subject, status badge and the row's button, one row per ticket."""
    rows = [("Cannot log in to payroll portal", "Open", "Close"), ("Outlook crashes on startup", "Open", "Close"),
            ("Printer on 3rd floor keeps jamming", *(("Closed", "Reopen") if printer_closed else ("Open", "Close"))),
            ("Laptop battery swelling", "Open", "Close")]
    text, kind, box, at = [], [], [], {}
    for r, (subject, status, button) in enumerate(rows):
        y = 170 + 50 * r
        for name, x0, x1 in ((subject, 340, 620), (status, 917, 973), (button, 1179, 1226)):
            at[f"{r}:{name}"] = len(text)
            text.append(name), kind.append(KINDS["text"]), box.append((x0, y, x1, y + 24))
        at[f"{r}:badge"] = len(text)  # the badge's own box, its text read inside it
        text.append(""), kind.append(KINDS["input"]), box.append((918, y + 1, 974, y + 21))
    f = SimpleNamespace(cand_text=text, cand_kind=np.array(kind), cand_box=np.array(box, np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("click")] * clicked, np.int64))
    return f, at


def test_a_click_on_the_described_rows_status_goes_to_its_button():
    f, at = _tickets()
    assert row_button(f, PRINTER, at["2:badge"]) == at["2:Close"]
    assert row_button(f, PRINTER, at["2:Open"]) == at["2:Close"]
    # a task of two clauses may click a row's other parts as a step of their own
    assert row_button(f, "Open the printer ticket, then close it", at["2:Open"]) == at["2:Open"]
    # a click on text the task names stands
    assert row_button(f, "Open the printer ticket", at["2:Open"]) == at["2:Open"]


def test_a_rows_button_is_pressed_on_the_row_the_task_describes():
    f, at = _tickets()
    assert row_named(f, PRINTER, at["1:Close"]) == at["2:Close"]
    assert row_named(f, PRINTER, at["2:Close"]) == at["2:Close"]
    # a task that describes no row leaves the model's choice
    assert row_named(f, "Close a ticket", at["1:Close"]) == at["1:Close"]


def test_once_the_described_row_lost_its_button_the_task_is_done():
    f, at = _tickets(printer_closed=True, clicked=1)
    assert row_named(f, PRINTER, at["1:Close"]) is None
    f, at = _tickets(printer_closed=True, clicked=0)  # nothing clicked yet: not this decoder's to end
    assert row_named(f, PRINTER, at["1:Close"]) == at["1:Close"]


def test_the_button_reading_the_tasks_verb_beside_the_thing_it_acts_on():
    """"Remove the ceramic mug from my cart" clicked the mug in the shop's list, not the cart's Remove under it."""
    from tilepilot.model.embedded.rows import verb_button

    cands = [("Ceramic Mug", (46, 256, 153, 280)), ("Add to cart", (124, 310, 216, 334)),  # the shop's list
             ("Your cart", (919, 98, 1010, 128)), ("Ceramic", (963, 144, 1028, 167)), ("Mug", (961, 162, 1001, 184)),
             ("Remove", (963, 196, 1019, 214)), ("Linen Tote Bag", (331, 253, 450, 282)),
             ("Remove", (300, 600, 360, 620))]  # another Remove, far from any mug
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.full(len(cands), KINDS["text"]),
                        cand_box=np.array([c[1] for c in cands], np.float32), scale=1.0)
    task = "Remove the ceramic mug from my cart"
    assert verb_button(f, task, 0) == 5
    assert verb_button(f, "Please remove the ceramic mug", 0) == 5
    assert verb_button(f, task, 5) == 5  # the model's click on the verb's button stands
    assert verb_button(f, "Open the ceramic mug", 0) == 0  # a verb that is no button of the thing
    # two clauses: the first while it is in turn, then the model's order
    assert verb_button(f, "Remove the ceramic mug, then check out", 0) == 5
    assert verb_button(f, "Remove the ceramic mug, then check out", 0, done=1) == 0
    assert verb_button(f, "Add the ceramic mug to my cart and check out", 0) == 1  # the shop's "Add to cart"
    assert verb_button(f, "Remove the linen tote bag", 6) == 6  # no Remove beside the bag


def test_a_whole_row_pointed_at_gives_the_button_inside_it():
    """"Please remove Kenji Sato from the team" pointed at Kenji's whole row; its button reads Delete."""
    from tilepilot.model.embedded.rows import verb_button

    cands = [("Kenji Sato", KINDS["text"], (41, 336, 125, 363)), ("Delete", KINDS["text"], (971, 338, 1024, 356)),
             ("Maria Gomez", KINDS["text"], (42, 171, 148, 194)), ("Delete", KINDS["text"], (971, 172, 1025, 193)),
             ("Kenji Sato", KINDS["input"], (32, 322, 1248, 375))]  # the row's box, known by its first cell
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0)
    assert verb_button(f, "Please remove Kenji Sato from the team", 4) == 1
    assert verb_button(f, "Delete Kenji Sato", 4) == 1
    assert verb_button(f, "Archive Kenji Sato", 4) == 4  # no button reads the verb
