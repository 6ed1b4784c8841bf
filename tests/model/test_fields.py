"""The field a task names beside a value, and a click on an empty field whose value the task gives (``fields``)."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS
from tilepilot.model.embedded.fields import field_named, labelled_pairs, named_pairs, unfilled_pair, value_for_click

TEXT, FIELD = KINDS["text"], KINDS["input"]


def _form(rows: list[tuple[str, str]], typed: int = 0) -> tuple[SimpleNamespace, dict[str, int]]:
    """A form of labelled fields, one a row: the label left of its field; ``typed`` fields typed into already."""
    text, kind, box, at = [], [], [], {}
    for r, (label, shown) in enumerate(rows):
        y = 100 + 70 * r
        at[label] = len(text)
        text.append(label), kind.append(TEXT), box.append((40, y + 10, 180, y + 40))
        at[f"{label} field"] = len(text)
        text.append(label), kind.append(FIELD), box.append((200, y, 700, y + 50))
        if shown:
            text.append(shown), kind.append(TEXT), box.append((210, y + 10, 400, y + 40))
    hist = [(200 + 5, 100 + 70 * r + 5, 215, 100 + 70 * r + 15) for r in range(typed)]
    f = SimpleNamespace(cand_text=text, cand_kind=np.array(kind), cand_box=np.array(box, np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("type")] * typed, np.int64),
                        hist_box=np.array(hist, np.float32).reshape(-1, 4),
                        hist_match=np.zeros((typed, 0), np.float32), ins_off=np.zeros((0, 2)))
    return f, at


FIVE = ('type "Tomas Dahl" into the Office field; then set Card number to "Perth". Then write "e@example.com" '
        'into the Job title input, then in the Bank name field, type "Oscar Okafor" and then put "i@example.com" '
        'in Delivery note and then hit Save settings')


def _value(task: str, value: str) -> tuple[int, int]:
    a = task.index(value)
    return a, a + len(value)


def test_a_value_goes_into_the_field_its_clause_names():
    """The network typed "Oscar Okafor" into the next clause's Delivery note."""
    f, at = _form([("Office", ""), ("Card number", ""), ("Job title", ""), ("Bank name", ""), ("Delivery note", "")])
    assert field_named(f, FIVE, at["Delivery note field"], *_value(FIVE, "Oscar Okafor")) == at["Bank name field"]
    assert field_named(f, FIVE, at["Office field"], *_value(FIVE, "i@example.com")) == at["Delivery note field"]
    assert field_named(f, FIVE, at["Bank name field"], *_value(FIVE, "Oscar Okafor")) == at["Bank name field"]
    # a whole label before a word of a longer one
    f, at = _form([("Name", ""), ("Bank name", "")])
    task = "Add an issue and write Elena Okafor into the Name input, and write Dmitri Tanaka into the bank name input"
    assert field_named(f, task, at["Bank name field"], *_value(task, "Elena Okafor")) == at["Name field"]
    assert field_named(f, task, at["Name field"], *_value(task, "Dmitri Tanaka")) == at["Bank name field"]


def test_a_label_far_from_the_value_names_nothing():
    f, at = _form([("Username", ""), ("Password", "")])
    task = 'sign in as "ivan68" with password "harbor50"'
    # the username's field has no label in the task; "password" stands after the value, joined by "with"
    assert field_named(f, task, at["Username field"], *_value(task, "ivan68")) == at["Username field"]
    assert field_named(f, task, at["Username field"], *_value(task, "harbor50")) == at["Password field"]


def test_a_click_on_an_empty_field_the_task_gives_a_value_types_it():
    """"sign in as ivan with password glacier" clicked the Password field again and again."""
    f, at = _form([("Username", ""), ("Password", "")], typed=1)
    task = "sign in as ivan with password glacier"
    a, b = value_for_click(f, task, at["Password field"])
    assert task[a:b] == "glacier"
    assert value_for_click(f, task, at["Username field"]) is None  # typed into already
    f, at = _form([("Username", ""), ("Password", "")], typed=2)
    assert value_for_click(f, task, at["Password field"]) is None  # both typed: the click is the model's
    # a dropdown the task names is clicked open, never typed into
    f, at = _form([("Bank name", "Toaster")])
    assert value_for_click(f, "Choose Tent from the Bank name dropdown", at["Bank name field"]) is None
    # a button drawn as a wide box is never a field
    f, at = _form([("Card number", "Save settings")])
    assert value_for_click(f, 'Edit the card number so it says "willow"', at["Card number field"]) is None


def test_a_value_for_a_field_not_in_view_scrolls_to_it():
    """"enter 08/09/2026 as the Due date" typed the date into the search box at the top of the page."""
    from tilepilot.model.embedded.fields import label_off_screen

    f, _ = _form([("Find", ""), ("Start date", "")])
    task = "enter 08/09/2026 as the Due date"
    assert label_off_screen(f, task, *_value(task, "08/09/2026"))
    task = 'enter "08/05/2029" as the Start date'
    assert not label_off_screen(f, task, *_value(task, "08/05/2029"))
    task = "Enter the password 'summit' for user Yusuf, then press Save next to it"
    assert not label_off_screen(f, task, *_value(task, "summit"))  # "for user Yusuf" names no field
    task = 'put "INV-68538" in the note.'
    assert not label_off_screen(f, task, *_value(task, "INV-68538"))  # one word may mean a "Memo" field
    task = "type nova17 as the password for Zain, and click Save in that row."
    assert not label_off_screen(f, task, *_value(task, "nova17"))  # a field of Zain's row, not one named so
    task = "type 19/09/2026 into Return, and press the Book button."  # one word, named as its label shows
    assert label_off_screen(f, task, *_value(task, "19/09/2026"))
    task = "type 19/09/2026 into Start, and press the Book button."  # "Start date" shows
    assert not label_off_screen(f, task, *_value(task, "19/09/2026"))


def test_a_click_on_the_field_a_clause_types_into_is_that_typing():
    """"Put 'met at the expo' in the Note field, write Initech into Company, then click Save contact" clicked the
    Company field, then Save: the value was never typed."""
    from tilepilot.model.embedded.fields import named_for_typing

    task = "Put 'met at the expo' in the Note field, write Initech into Company, then click Save contact"
    f, at = _form([("Note", ""), ("Company", ""), ("Phone", "")], typed=1)
    assert named_for_typing(f, task, at["Company field"])
    assert not named_for_typing(f, task, at["Note field"])  # typed into already
    assert not named_for_typing(f, task, at["Phone field"])  # no clause types into it
    assert not named_for_typing(f, "Click Company, then Save contact", at["Company field"])  # no typing clause


def test_a_label_across_a_comma_names_the_value_before_it_not_after():
    """"Enter Grace as the first name, Hopper as the last name": "first name" stands before Hopper, across a
    comma, and is Grace's."""
    f, at = _form([("First name", ""), ("Last name", "")])
    task = "Enter Grace as the first name, Hopper as the last name and 555-0100 as the phone"
    assert field_named(f, task, at["First name field"], *_value(task, "Hopper")) == at["Last name field"]
    assert field_named(f, task, at["Last name field"], *_value(task, "Grace")) == at["First name field"]


def test_a_value_given_after_its_label_is_a_name_read_whole():
    f, at = _form([("First name", ""), ("Last name", ""), ("Company", "")], typed=2)
    task = "New contact: first name Linus, last name Torvalds, company Linux Foundation. Save it."
    a, b = value_for_click(f, task, at["Company field"])
    assert task[a:b] == "Linux Foundation"


def test_a_sign_in_value_goes_to_the_field_labelled_for_it():
    """"Sign in as ivan.dahl with password glacier" typed the name into another panel's Card number."""
    from tilepilot.model.embedded.fields import login_field

    cands = [("Card number", TEXT, (700, 150, 840, 180)), ("", FIELD, (853, 139, 1245, 194)),
             ("User name", TEXT, (1304, 146, 1461, 179)), (" ", FIELD, (1297, 139, 1569, 194)),
             ("Password", TEXT, (1304, 205, 1450, 240)), ("  ", FIELD, (1297, 196, 1779, 251))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0)
    at = {c[0]: q for q, c in enumerate(cands)}
    task = "Sign in as ivan.dahl with password glacier"
    a = task.index("ivan.dahl")
    assert login_field(f, task, at[""], a, a + 9) == at[" "]
    a = task.index("glacier")
    assert login_field(f, task, at[""], a, a + 7) == at["  "]
    assert login_field(f, task, at["  "], a, a + 7) == at["  "]
    # no sign-in: the model's field stands
    assert login_field(f, "Type ivan.dahl as the card holder", at[""], 5, 14) == at[""]


def test_a_looked_up_value_goes_into_the_search_box():
    """"look up "Backpack", and open the result called Backpack reviews" typed Backpack into a User name field."""
    from tilepilot.model.embedded.fields import search_field

    cands = [("User name", TEXT, (60, 80, 200, 110)), ("", FIELD, (60, 115, 500, 160)),
             ("Type to search", TEXT, (560, 118, 720, 150)), (" ", FIELD, (550, 110, 1000, 160))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0)
    task = 'look up "Backpack", and open the result called Backpack reviews'
    assert search_field(f, task, 1, task.index("Backpack")) == 3
    assert search_field(f, task, 3, task.index("Backpack")) == 3
    task = "type Backpack into User name"  # no search: the model's field stands
    assert search_field(f, task, 1, task.index("Backpack")) == 1
    # an underlined search box found as its line alone, its hint standing on the line (9 CSS px into it at
    # device scale 2), above a table whose rows look like fields: "look up "Edinburgh"" typed into a row
    cands = [("Type to search", TEXT, (329, 559, 587, 615)), ("Granada", TEXT, (330, 660, 485, 708)),
             ("", FIELD, (320, 597, 1160, 623)), ("", FIELD, (320, 699, 1728, 731)),
             ("", FIELD, (320, 1039, 1728, 1069))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=2.0)
    task = 'look up "Edinburgh"'
    assert search_field(f, task, 4, task.index("Edinburgh")) == 2


def test_a_field_drawn_as_its_hint_alone_is_typed_into():
    """"Add an item named "pick up wallet"" typed into the Create button: the to-do list's field has no outline,
    only its hint "What needs to be done?"."""
    from tilepilot.model.embedded.fields import placeholder_field

    cands = [("What needs to be done?", TEXT, (33, 143, 349, 173)), ("Create", FIELD, (454, 134, 579, 190)),
             ("Create", TEXT, (480, 145, 550, 175)), ("Due date", TEXT, (33, 300, 140, 330))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0)
    assert placeholder_field(f, 1) == 0
    assert placeholder_field(f, 0) == 0  # a text the model chose stands
    f.cand_text[0] = "Orders"  # no hint on the row: the model's choice stands
    assert placeholder_field(f, 1) == 1


def test_values_listed_with_their_fields_are_typed_in_the_tasks_order():
    """"Enter Grace as the first name, Hopper as the last name and 555-0100 as the phone, then save the
    contact" typed two of the three and saved: each listed value whose field is on screen and empty is next."""
    task = "Enter 555-0100 as the phone, Grace as the first name and Hopper as the last name, then save"
    assert [(task[a:b], label) for (a, b), label in named_pairs(task)] == [
        ("555-0100", ["phone"]), ("Grace", ["first", "name"]), ("Hopper", ["last", "name"])]
    rows = [("First name", ""), ("Last name", ""), ("Phone", ""), ("Company", "")]
    f, at = _form(rows)
    q, (a, b) = unfilled_pair(f, task)
    assert (q, task[a:b]) == (at["Phone field"], "555-0100")
    f, at = _form(rows[:2] + [("Phone", "555-0100")] + rows[3:])  # shown in its field already
    q, (a, b) = unfilled_pair(f, task)
    assert (q, task[a:b]) == (at["First name field"], "Grace")
    f, at = _form(rows[:2] + [("Phone", "555-0100")] + rows[3:], typed=2)  # and the names typed
    assert unfilled_pair(f, task) is None
    # one value alone, a sign-in, and values whose fields are not on screen are the network's
    f, at = _form(rows)
    assert unfilled_pair(f, "Enter ada@example.com as the email and save") is None
    assert unfilled_pair(f, "Log in as bob with password hunter2") is None
    assert unfilled_pair(f, "Enter Paris as the city and 75001 as the postcode") is None
    ada = "Enter Ada Lovelace as the full name and 1 Main St as the street, then continue"
    assert [ada[a:b] for (a, b), _ in named_pairs(ada)] == ["Ada Lovelace", "1 Main St"]


def test_values_given_by_their_labels_and_a_new_things_name_are_typed_in_the_tasks_order():
    """"Create a new bug called "Login button misaligned" in the Web App project with High priority …": the
    name goes into the Title field, each value before a field's label or after it quoted into that field (a
    select's shown value or a long hint does not hide its label), one after the other."""
    task = ('Create a new bug called "Login button misaligned" in the Web App project with High priority and the '
            'description "Fails on Safari".')
    rows = [("Title", ""), ("Project", "Platform"), ("Priority", "No priority"),
            ("Notes", "Add an optional description")]
    f, at = _form(rows)
    got = [(task[a:b], q) for (a, b), q in labelled_pairs(f, task)]
    assert got == [("Login button misaligned", at["Title field"]), ("Web App", at["Project field"]),
                   ("High", at["Priority field"]), ("Fails on Safari", at["Notes field"])], got
    q, (a, b) = unfilled_pair(f, task)
    assert (q, task[a:b]) == (at["Title field"], "Login button misaligned")
    # a label's own words are no value: "in Project name" names the field Project name
    f, at = _form([("Project name", ""), ("Bank name", "")])
    assert labelled_pairs(f, 'Put "Jonas Jensen" in Project name, and press Enter') == []


def test_from_and_to_values_go_to_the_fields_labelled_so():
    """"Search for one-way flights from Oslo to Rome …" typed "Oslo to Rome" into From."""
    task = "Search for one-way flights from Oslo to Rome on 14/03/2027 for 2 adults."
    f, at = _form([("From", "London (LHR)"), ("To", "Barcelona (BCN)")])
    pairs = labelled_pairs(f, task)
    assert (_value(task, "Oslo"), at["From field"]) in pairs and (_value(task, "Rome"), at["To field"]) in pairs
    assert unfilled_pair(f, task) == (at["From field"], _value(task, "Oslo"))
    g, _ = _form([("From", ""), ("Going to", ""), ("To", "")])  # two fields end in "to": none is told
    assert not [p for p in labelled_pairs(g, task) if p[0] == _value(task, "Rome")]


def test_a_suggestion_beginning_with_the_typed_value_is_picked():
    """After "Oslo" was typed into From, "Oslo (OSL) · Norway" showed under it (read with the field's letters:
    "Osld Oslo …"); the network typed the next value into the results."""
    from tilepilot.model.embedded.fields import suggestion

    task = "Search for one-way flights from Oslo to Rome"
    f, at = _form([("From", "Oslo"), ("To", "Barcelona (BCN)")], typed=1)
    f.cand_text.append("Osld Oslo (OSL)· Norway")
    f.cand_kind = np.append(f.cand_kind, TEXT)
    f.cand_box = np.vstack([f.cand_box, np.array([(210, 156, 420, 176)], np.float32)])
    f.ins_off = np.array([(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|[^\w\s]", task)])
    f.hist_match = np.array([[1.0 if task[a:b] == "Oslo" else 0.0 for a, b in f.ins_off]], np.float32)
    assert suggestion(f, task) == len(f.cand_text) - 1
    f.hist_kind = np.array([ACTIONS.index("click")])
    assert suggestion(f, task) is None  # nothing typed last


def test_a_search_field_is_known_by_the_search_button_on_its_right():
    """A catalogue's field reads only "Title, author or keyword", and a sort dropdown lower down borrows the
    "Search" button's word as its label too: the field with the button on its right is the search box."""
    from tilepilot.model.embedded.fields import search_box

    t, fld = KINDS["text"], KINDS["input"]
    cands = [("Q Title, author or keyword", t, (136, 167, 318, 193)), ("All formats", t, (800, 169, 880, 190)),
             ("Q Search", t, (1064, 170, 1136, 190)), ("Relevance", t, (1058, 240, 1130, 258)),
             ("Q Title, author or keyword", fld, (132, 162, 781, 199)), ("All formats", fld, (788, 161, 900, 200)),
             ("Relevance", fld, (1043, 230, 1162, 269)), ("Search", fld, (117, 146, 1164, 215))]
    f = SimpleNamespace(cand_text=[c[0] for c in cands], cand_kind=np.array([c[1] for c in cands]),
                        cand_box=np.array([c[2] for c in cands], np.float32), scale=1.0)
    assert search_box(f) == 4


def test_a_dialogs_choice_gets_what_the_task_puts_and_a_shown_count_the_number_said():
    """"Put the lemon herb chicken on Thursday's dinner, 2 servings": the dialog's list prompts "Choose a
    recipe…" and gets the dish; its Servings field shows 4 and gets 2. Neither once typed; a count field that
    shows nothing is left to the form rules."""
    from tilepilot.model.embedded.fields import counted_field, put_choice

    task = "Put the lemon herb chicken on Thursday's dinner, 2 servings."
    texts = ["Recipe", "Choose a recipe...", "Servings", "4", "Add to plan", "Recipe Choose a recipe...",
             "Servings 4"]
    boxes = [(381, 292, 434, 314), (394, 320, 519, 346), (382, 362, 445, 383), (392, 392, 409, 409),
             (796, 435, 884, 461), (385, 314, 896, 353), (385, 382, 528, 419)]
    kinds = [TEXT] * 5 + [FIELD] * 2
    f = SimpleNamespace(cand_text=texts, cand_kind=np.array(kinds), cand_box=np.array(boxes, np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index("click")], np.int64),
                        hist_box=np.array([(810, 413, 818, 421)], np.float32), hist_match=np.zeros((1, 0)),
                        ins_off=np.zeros((0, 2)))
    a = task.index("lemon")
    assert put_choice(f, task) == (5, (a, a + len("lemon herb chicken")))
    assert counted_field(f, task) == (6, (task.index("2 s"), task.index("2 s") + 1))
    assert counted_field(f, "Put the lemon herb chicken on Thursday's dinner, 4 servings.") is None  # shown
    assert put_choice(f, "Remove the lemon herb chicken from Thursday's dinner.") is None
    g = SimpleNamespace(**{**vars(f), "cand_text": texts[:3] + [""] + texts[4:6] + ["Servings"]})
    assert counted_field(g, task) is None  # no number shown


def test_a_number_before_a_preposition_or_inside_an_amount_names_no_counted_field():
    """"Please pay Metro Electric 73.40 from my savings account" typed "40" into the From account list, which
    showed a number: "40 from" counts nothing."""
    from tilepilot.model.embedded.fields import counted_field

    texts = ["From", "Checking 2,340", "From Checking 2,340"]
    boxes = [(40, 100, 90, 120), (50, 130, 200, 150), (40, 125, 400, 160)]
    f = SimpleNamespace(cand_text=texts, cand_kind=np.array([TEXT, TEXT, FIELD]),
                        cand_box=np.array(boxes, np.float32), scale=1.0, hist_kind=np.zeros(0, np.int64),
                        hist_box=np.zeros((0, 4), np.float32), hist_match=np.zeros((0, 0)), ins_off=np.zeros((0, 2)))
    assert counted_field(f, "Please pay Metro Electric 73.40 from my savings account.") is None
    assert counted_field(f, "Pay 40 from savings.") is None
