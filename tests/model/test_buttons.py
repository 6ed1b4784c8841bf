"""A task's last words "… and save" mean the button that saves, whatever the page calls it (``buttons``)."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.buttons import save_button
from tilepilot.model.embedded.features import KINDS


def _screen(*texts: str) -> SimpleNamespace:
    return SimpleNamespace(cand_text=list(texts), cand_kind=np.full(len(texts), KINDS["text"]),
                           cand_box=np.array([(0, 40 * k, 100, 40 * k + 20) for k in range(len(texts))], np.float32))


def test_save_means_the_button_that_saves_when_the_page_says_it_otherwise():
    f = _screen("Email", "Public profile", "UPDATE PROFILE", "DISCARD CHANGES")
    scores = np.array([0.0, 3.0, 1.0, 0.5])
    assert save_button(f, "Set my email to sam@example.org and save", 1, scores) == 2
    assert save_button(f, "Make my profile public and submit it", 1, scores) == 2
    assert save_button(f, "Enable the public profile, then save your changes.", 1, scores) == 2


def test_the_model_keeps_its_choice_where_the_rule_has_nothing_to_say():
    scores = np.array([0.0, 3.0, 1.0, 0.5])
    f = _screen("Email", "Public profile", "Save", "Update profile")
    assert save_button(f, "Set my email to sam@example.org and save", 1, scores) == 1  # "Save" is on the page
    f = _screen("Email", "Public profile", "App1y", "Update")  # OCR misread "Apply"; "Update" is a decoy
    assert save_button(f, "Change the card number to 4, and apply.", 1, scores) == 1
    f = _screen("Email", "Public profile", "UPDATE PROFILE", "DISCARD CHANGES")
    assert save_button(f, "Save the public profile", 1, scores) == 1  # no last clause that saves
    assert save_button(_screen("Email", "Public profile"), "Set my email to x and save", 1, scores[:2]) == 1
