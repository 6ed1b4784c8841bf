"""A task's last words "… and save" mean the button that saves, whatever the page calls it, and a page that asks
"Are you sure?" is answered (``buttons``)."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.buttons import confirm_button, save_button
from tilepilot.model.embedded.features import ACTIONS, KINDS


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


def _dialog(*extra: tuple[str, tuple[int, int, int, int]], clicked: bool = True) -> SimpleNamespace:
    """A members list with a confirmation dialog drawn over it (the rows' buttons still read behind the veil)."""
    cands = [("Maria Gomez", (42, 171, 148, 194)), ("Delete", (971, 172, 1025, 193)),
             ("Kenji Sato", (41, 336, 125, 363)), ("Delete", (971, 338, 1024, 356)),
             ("Remove member?", (452, 293, 650, 316)), ("Cancel", (664, 397, 724, 424)),
             ("Delete", (756, 399, 814, 423)), ("Delete", (970, 392, 1025, 414)), *extra]
    return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.full(len(cands), KINDS["text"]),
                           cand_box=np.array([c[1] for c in cands], np.float32), scale=1.0,
                           hist_kind=np.array([ACTIONS.index("click")] if clicked else [], np.int64),
                           hist_box=np.zeros((1 if clicked else 0, 4), np.float32))


def test_a_page_that_asks_first_is_answered_with_the_tasks_verb():
    """"Delete the user Maria Gomez" clicked the row's Delete and said done with the dialog open."""
    assert confirm_button(_dialog(), "Delete the user Maria Gomez") == 6  # the dialog's, not a row's behind it
    assert confirm_button(_dialog(), "Please remove Kenji Sato from the team") == 6  # remove and delete alike
    assert confirm_button(_dialog(clicked=False), "Delete the user Maria Gomez") is None  # nothing clicked yet
    assert confirm_button(_dialog(), "Open Kenji Sato's profile") is None  # the question asks no act of the task
    hold = _dialog(("Place a hold", (432, 244, 531, 263)), ("Place hold", (767, 451, 833, 469)))
    assert confirm_button(hold, "Place a hold on Project Hail Mary for pickup at the Riverside branch") == 9


def test_a_page_that_asks_nothing_is_left_alone():
    login = SimpleNamespace(cand_text=["Sign in", "Forgot password?", "OK"], cand_kind=np.zeros(3, np.int64),
                            cand_box=np.array([(39, 275, 118, 310), (134, 280, 296, 304), (494, 297, 539, 329)],
                                              np.float32), scale=1.0,
                            hist_kind=np.array([ACTIONS.index(a) for a in ("type", "type", "click")]),
                            hist_box=np.zeros((3, 4), np.float32))
    assert confirm_button(login, 'log in with username "zain" and password "summit".') is None


def test_a_picker_is_closed_with_the_button_that_does_the_tasks_verb():
    """"Attach report.pdf" ticked the file in the picker and said done; its "Add selected" was never pressed."""
    from tilepilot.model.embedded.buttons import commit_button

    T, W = KINDS["text"], KINDS["component"]
    cands = [("Attach files to the message", T, (382, 90, 676, 114)), ("", W, (382, 219, 400, 237)),
             ("report.pdf", T, (412, 217, 488, 239)), ("Add to cart", T, (700, 217, 800, 239)),
             ("Cancel", T, (690, 418, 742, 440)), ("Add selected", T, (784, 418, 882, 440))]

    def page(clicked: tuple[float, float] | None):
        hist = [] if clicked is None else [(clicked[0] - 4, clicked[1] - 4, clicked[0] + 4, clicked[1] + 4)]
        return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                               cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0,
                               hist_kind=np.array([ACTIONS.index("click")] * len(hist), np.int64),
                               hist_box=np.array(hist, np.float32).reshape(-1, 4))

    assert commit_button(page((391, 228)), "Attach report.pdf") == 5
    assert commit_button(page((391, 228)), "Please insert report.pdf") == 5
    assert commit_button(page(None), "Attach report.pdf") is None  # nothing ticked yet
    assert commit_button(page((750, 228)), "Add the mug to my cart") is None  # a button's click is the act itself
    assert commit_button(page((391, 228)), "Tick report.pdf") is None  # ticking is all it asks


def test_a_dialog_titled_by_a_later_clauses_act_is_answered():
    """"Approve Kenji Watanabe's time-off request and reject Sara Lindqvist's": Reject opened a dialog titled
    "Reject time-off request" over a reason and "Reject request", and the model said done."""
    cands = [("Sara Lindgren", (105, 161, 195, 179)), ("Reject", (1114, 161, 1163, 179)),
             ("Reject time-off request", (439, 271, 596, 287)), ("Reason (optional):", (441, 337, 551, 352)),
             ("Cancel", (667, 428, 719, 444)), ("Reject request", (738, 428, 830, 444))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.full(len(cands), KINDS["text"]),
                        cand_box=np.array([c[1] for c in cands], np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("click")] * 3, np.int64),
                        hist_box=np.zeros((3, 4), np.float32))
    assert confirm_button(f, "Approve Kenji Watanabe's time-off request and reject Sara Lindqvist's.") == 5
    assert confirm_button(f, "Approve Kenji Watanabe's time-off request") is None  # nothing here asks to approve


def test_a_page_saying_changes_are_unsaved_gets_its_save_button():
    """The network said done after picking Garage while the page read "You have unsaved changes"."""
    from tilepilot.model.embedded.buttons import unsaved_button

    t = KINDS["text"]
    texts = [("You have unsaved changes", (278, 620, 466, 641)), ("Discard", (1026, 618, 1088, 642)),
             ("Save changes", (1118, 619, 1221, 642))]
    f = SimpleNamespace(cand_text=[x for x, _ in texts], cand_kind=np.array([t] * 3),
                        cand_box=np.array([b for _, b in texts], np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("click")]), hist_box=np.zeros((1, 4), np.float32))
    assert unsaved_button(f) == 2
    f.cand_text[0] = "All changes saved"
    assert unsaved_button(f) is None  # saved already


def test_a_dialog_asking_for_a_word_typed_to_confirm_gets_it_then_its_button():
    """"Delete the snapshot db-nightly-2025-02-22": the dialog says "Type db-nightly-2025-02-22 to confirm" over
    an empty field; the name is typed there (the task's spelling, where OCR misread a letter), then "Delete
    snapshot" under it is pressed (not the dialog's title, which reads the same)."""
    from tilepilot.model.embedded.buttons import confirm_typing, typed_to_confirm

    t, i = KINDS["text"], KINDS["input"]
    cands = [("Delete snapshot", t, (397, 243, 550, 263)), ("Deleting db-nightly-2025-02-22 (79 GB) is permanent", t,
                                                            (411, 293, 860, 310)),
             ("Type db-nightly-2O25-02-22 to confirm", t, (396, 350, 679, 375)), ("", i, (399, 376, 881, 413)),
             ("Cancel", t, (677, 453, 732, 475)), ("Delete snapshot", t, (756, 454, 870, 474)),
             ("Search resources", i, (420, 8, 703, 41))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]), scale=1.0,
                        cand_box=np.array([c[2] for c in cands], np.float32),
                        hist_kind=np.array([ACTIONS.index("click")] * 3), hist_box=np.zeros((3, 4), np.float32))
    task = "Delete the snapshot db-nightly-2025-02-22."
    assert confirm_typing(f, task) == (3, "db-nightly-2025-02-22")
    assert confirm_typing(f, "Delete it.") == (3, "db-nightly-2O25-02-22")  # the screen's, when the task says none
    assert not typed_to_confirm(f) and confirm_button(f, task) is None  # nothing typed: the button waits
    f.hist_kind = np.array([ACTIONS.index("click")] * 3 + [ACTIONS.index("type")])
    f.hist_box = np.zeros((4, 4), np.float32)
    assert confirm_typing(f, task) is None and typed_to_confirm(f)
    assert confirm_button(f, task) == 5
    f.cand_text[2] = "Snapshots are billed per GB"  # no such request: nothing to type
    f.hist_kind = f.hist_kind[:3]
    assert confirm_typing(f, task) is None


def _asking(cands: list[tuple[str, tuple[int, int, int, int]]]) -> SimpleNamespace:
    """A dialog over a page, right after a click."""
    return SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.full(len(cands), KINDS["text"]),
                           cand_box=np.array([c[1] for c in cands], np.float32), scale=1.0,
                           hist_kind=np.array([ACTIONS.index("click")], np.int64),
                           hist_box=np.zeros((1, 4), np.float32))


def test_a_dialog_asking_the_tasks_own_verb_is_answered_whatever_the_network_chose():
    """"Take the mushroom pasta off Wednesday's dinner" chose "Remove from plan"; "Remove meal?" asks, and the
    network clicked the dimmed page around it: its "Remove" is pressed. A task that clicks gets no "OK" so."""
    from tilepilot.model.embedded.buttons import asked_answer

    f = _asking([("Remove meal?", (382, 310, 517, 330)),
                 ("Remove Creamy mushroom pasta from Wednesday dinner?", (384, 346, 772, 367)),
                 ("Keep it", (737, 383, 794, 408)), ("Remove", (822, 384, 883, 407))])
    assert asked_answer(f, "Take the mushroom pasta off Wednesday's dinner, we're eating out that night.") == 3
    assert asked_answer(f, "Remove the mushroom pasta from Wednesday's dinner.") == 3
    assert asked_answer(f, "Click Keep it.") is None
    g = _asking([("Are you sure?", (382, 310, 517, 330)), ("Cancel", (737, 383, 794, 408)),
                 ("OK", (822, 384, 883, 407))])
    assert asked_answer(g, "Delete the file report.pdf") is None  # "OK" does not read the verb


def test_a_dialogs_answer_is_not_the_button_that_opened_it():
    """"Pay my March water bill …" clicked the bill's "Pay now"; the dialog it opened stood over that row, and
    the clicked button, nearest under the question, was taken again for the dialog's answer."""
    cands = [("Remove member?", (500, 300, 640, 322)), ("Remove", (690, 330, 760, 352)),
             ("Cancel", (700, 400, 760, 422)), ("Remove ", (780, 400, 860, 422))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.full(len(cands), KINDS["text"]),
                        cand_box=np.array([c[1] for c in cands], np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("click")], np.int64),
                        hist_box=np.array([(721, 337, 729, 345)], np.float32))
    assert confirm_button(f, "Remove Kenji from the team") == 3
    f.hist_box = np.array([(21, 37, 29, 45)], np.float32)  # (clicked elsewhere: the nearest answer)
    assert confirm_button(f, "Remove Kenji from the team") == 1


def test_switching_on_is_answered_by_a_dialog_that_turns_on():
    """"Can you switch on auto-renew for my Zone B residential parking permit?" clicked the switch; the page
    asked "Turn on auto-renew?" with "Cancel" and "Turn on"."""
    cands = [("Turn on auto-renew?", (382, 250, 626, 275)),
             ("Residential parking — Zone B will renew", (382, 310, 870, 330)),
             ("Cancel", (708, 443, 764, 466)), ("Turn on", (814, 443, 878, 466))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.full(len(cands), KINDS["text"]),
                        cand_box=np.array([c[1] for c in cands], np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("click")] * 2, np.int64),
                        hist_box=np.array([(392, 124, 400, 132), (142, 457, 150, 465)], np.float32))
    assert confirm_button(f, "Can you switch on auto-renew for my Zone B residential parking permit?") == 3
