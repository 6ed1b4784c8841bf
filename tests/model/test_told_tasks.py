"""Rules written from the fourteenth blind set (an apiary log, a grants round, a court docket, a lost-property
office, an alterations shop, polling-station staffing): tasks told as stories ("The oxalic acid treatment on
hive H-03 has finished — could you mark it as complete?"), forms that keep their changes only with "Save …",
lists searched by name, detail panes waiting for a list's entry; and from the fifteenth (a ward's bed board, a
tool hire counter, a wholesale bakery, a dog show, a cinema's programme, an archive's reading room): short codes
("bed B4"), dialogs titled by the task's own verb, a list scoped to one day, "tomorrow", a timetable's blocks
opened to act on, a date moved by a span. Each page here is the geometry the model saw (OCR texts, field boxes
and widgets as found), cut to what the rule reads."""

from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS

t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]


def _page(cands, hist=()) -> tuple[SimpleNamespace, dict[str, int]]:
    """Candidates (text, kind, box) and the history's (action, point) on a 1280x720 frame."""
    f = SimpleNamespace(cand_text=[x for x, _, _ in cands], cand_kind=np.array([k for _, k, _ in cands]),
                        cand_box=np.array([b for _, _, b in cands], np.float32), scale=1.0,
                        hist_kind=np.array([ACTIONS.index(a) for a, _ in hist], np.int64),
                        hist_box=np.array([(x - 4, y - 4, x + 4, y + 4) for _, (x, y) in hist], np.float32)
                        .reshape(-1, 4), frame_size=(1280, 720))
    return f, {x: q for q, (x, k, _) in enumerate(cands) if k == t}


def _features(cands, task: str, hist=()):
    """The model's real inputs for a blank 1280x720 screen holding these candidates, after these actions
    (("click", point) or ("type", point, text)): the rules that read what the history typed need them."""
    from tilepilot.actions.schema import Click, Point, Type
    from tilepilot.model.data.sample import Candidate
    from tilepilot.model.embedded.features import featurize
    from tilepilot.model.embedded.text import shared_encoder

    acts = [Click(target=Point(x=h[1][0], y=h[1][1], space="frame")) if h[0] == "click"
            else Type(text=h[2], into=Point(x=h[1][0], y=h[1][1], space="frame")) for h in hist]
    kinds = {v: k for k, v in KINDS.items()}
    cs = [Candidate(kind=kinds[k], box=tuple(float(v) for v in b), text=x if k == t else "", source="ocr")
          for x, k, b in cands]
    return featurize(shared_encoder(), task, np.full((720, 1280, 3), 255, np.uint8), 1.0, cs, acts)


def test_a_dialogs_button_over_a_dimmed_cards_corner_is_pressed():
    """"archive hive H-12" opened the card's menu, pressed "Archive hive…" and stopped at the dialog: its button
    "Archive hive" was taken for a caption because a card behind the veil starts just under it (8 px of them
    overlap). A caption stands over most of a box's width; a corner is not enough."""
    from tilepilot.model.embedded.buttons import confirm_button

    f, at = _page([("Archive H-12·Primrose?", t, (443, 299, 655, 325)), ("Keep hive", t, (621, 390, 703, 417)),
                   ("Archive hive", t, (729, 392, 826, 416)), ("", i, (498, 442, 737, 503))],
                  [("click", (1226, 538)), ("click", (1146, 638))])
    assert confirm_button(f, "archive hive H-12") == at["Archive hive"]
    f.cand_box[3] = (700, 442, 940, 503)  # a box under the whole button: a caption over fields, no button
    assert confirm_button(f, "archive hive H-12") is None


def test_a_story_names_its_thing_before_it_is_acted_on():
    """The thing a story is about is the one its command acts on, however long its name; a task that only
    tells a state by an identifier marks it so."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("The oxalic acid treatment on hive H-03 has finished — could you mark it as complete?") \
        == "mark the oxalic acid treatment on hive H-03 as complete"  # (not "mark hive H-03 …")
    assert resolved("Erik Lindqvist's electric hook-up on pitch 7 isn't working. Move his booking to pitch 9.") \
        == "move Erik Lindqvist's booking to pitch 9"
    assert resolved("T-3092 is ready to be picked up.") == "mark T-3092 as ready"
    assert resolved("Harriet Lowe has shown us proof that the grey Kindle, LP-5534, is hers. Please release it to "
                    "her.") == "release LP-5534 to Harriet Lowe"
    assert resolved("Keg K-0314 just came back from The Anchor — mark it as returned.") == "mark K-0314 as returned"
    assert resolved("The report is ready to be sent.") == "The report is ready to be sent."  # no identifier
    assert resolved("T-3092 is ready, send it to Ana") != "mark T-3092 as ready"  # a command follows


SIDEBAR = [("HiveLog", t, (34, 17, 128, 49)), ("Hives", t, (19, 121, 66, 145)),
           ("Inspections", t, (21, 161, 106, 178)), ("Treatments", t, (22, 197, 116, 214)),
           ("Settings", t, (20, 231, 85, 252))]


def test_a_task_opens_on_its_subjects_section():
    """"The oxalic acid treatment on hive H-03 has finished …" on the hives page clicked H-03's card menu: the
    subject is a treatment, and the sidebar's "Treatments" is where it is."""
    from tilepilot.model.embedded.order import subject_section

    task = "The oxalic acid treatment on hive H-03 has finished — could you mark it as complete?"
    hives, at = _page([*SIDEBAR, ("Hives", t, (240, 22, 301, 50)), ("H-03", t, (769, 155, 803, 168)),
                       ("Linden", t, (769, 169, 815, 186))])
    assert subject_section(hives, task) == at["Treatments"]
    assert subject_section(hives, "archive hive H-12") is None  # no subject told
    assert subject_section(hives, "The hive H-03 is calm now, note it") is None  # the page shown is the hives'


def test_of_rows_alike_by_name_the_one_reading_the_clauses_other_words_is_acted_on():
    """Two active treatments on H-03, each with "Mark complete": the oxalic acid one."""
    from tilepilot.model.embedded.order import row_act

    f, at = _page([("H-03·Linden", t, (331, 319, 432, 339)), ("Apivar strips", t, (488, 319, 583, 340)),
                   ("Mark complete", t, (1090, 317, 1207, 341)), ("H-03·Linden", t, (331, 370, 432, 390)),
                   ("Oxalic acid (vaporised)", t, (489, 364, 659, 394)), ("Mark complete ", t, (1092, 368, 1206, 392))],
                  [("click", (64, 206))])
    assert row_act(f, "mark the oxalic acid treatment on hive H-03 as complete") == at["Mark complete "]
    assert row_act(f, "mark the apivar treatment on hive H-03 as complete") == at["Mark complete"]
    assert row_act(f, "mark the treatment on hive H-03 as complete") is None  # which one, nothing tells
    assert row_act(f, "mark the oxalic acid treatment on hive H-03 as failed") is None  # no button reads it


def test_a_settings_rows_number_box_takes_the_number_and_the_form_is_saved():
    """"… set the re-inspection reminder to 7 days instead": its box (73 px wide, too narrow for an entry
    field) was clicked, never typed; once typed, the page's "Save settings" is pressed before stopping."""
    from tilepilot.model.embedded.fields import row_number
    from tilepilot.model.embedded.order import unsaved_form

    task = "Please switch off the varroa alert emails and set the re-inspection reminder to 7 days instead."
    rows = [("Varroa alert emails", t, (259, 111, 415, 131)), ("Re-inspection reminder", t, (260, 291, 451, 311)),
            ("days", t, (739, 298, 782, 324)), ("Save settings", t, (271, 421, 389, 443)),
            ("Save settings ", i, (262, 415, 402, 450)), ("", c, (735, 117, 777, 141))]
    box = [("9", t, (676, 300, 690, 318)), ("", i, (669, 293, 741, 325))]
    f = _features([*rows, *box], task, [("click", (52, 241)), ("click", (756, 129))])
    q, span = row_number(f, task)
    assert q == 7 and task[slice(*span)] == "7"
    assert row_number(f, task.replace("7 days", "9 days")) is None  # it shows the number already
    typed = [("click", (52, 241)), ("click", (756, 129)), ("type", (705, 309), "7")]
    g = _features([*rows, ("7", t, (676, 300, 690, 318)), box[1]], task, typed)
    assert row_number(g, task) is None  # typed
    assert unsaved_form(g, task) == 3  # "Save settings"
    saved = _features([*rows, ("7", t, (676, 300, 690, 318)), box[1]], task, [*typed, ("click", (330, 432))])
    assert unsaved_form(saved, task) is None  # pressed after the last change
    assert unsaved_form(_features(rows, task, [("click", (52, 241))]), task) is None  # a section opened: no change


def test_a_sum_of_money_replaces_the_amount_a_field_shows():
    """"… have cut their request down to £7,500. Can you update their application?" typed "£7,500" over the
    panel's title: the field under "REQUESTED AMOUNT" shows 9200 and takes 7500."""
    from tilepilot.model.embedded.fields import money_field

    task = ("Heads up — the Hollins Street Community Garden group have cut their request down to £7,500. "
            "Can you update their application?")
    panel = [("REQUESTED AMOUNT", t, (859, 429, 1020, 449)), ("9200", t, (869, 463, 911, 484)),
             ("Save amount", t, (1148, 461, 1249, 485)), ("9200 ", i, (861, 456, 1132, 493)),
             ("Save amount ", i, (1137, 456, 1260, 493))]
    assert money_field(_features(panel, task, [("click", (379, 571))]), task) == (3, "7500")
    two = "Pay £20 and £30"
    assert money_field(_features(panel, two, [("click", (379, 571))]), two) is None  # two sums
    same = task.replace("£7,500", "£9,200")
    assert money_field(_features(panel, same, [("click", (379, 571))]), same) is None  # shown already
    send = "Send £25 to Ana"
    assert money_field(_features([("Amount", t, (859, 429, 930, 449)), ("", i, (861, 456, 1132, 493))], send),
                       send) is None  # an empty field is a new payment's, no amount replaced


def test_a_list_entry_is_opened_beside_an_empty_detail_pane():
    """A docket's cases on the left, "Select a case from the list to view its record." on the right: "In
    Hughes v. Patel Builders, could you accept the defence …" opens that case first (it scrolled the list)."""
    from tilepilot.model.embedded.order import picked_row

    cases = [("Search case no. or party name", t, (15, 67, 201, 87)),
             ("Select a case from the list to view its record.", t, (672, 148, 946, 165)),
             ("CV-2024-0405", t, (8, 263, 102, 283)), ("Hughes v. Patel Builders Ltd", t, (9, 283, 191, 300)),
             ("Marsh v. Ortega Holdings Ltd", t, (9, 345, 196, 362))]
    f, at = _page(cases)
    assert picked_row(f, "In Hughes v. Patel Builders, could you accept the defence that Patel Builders filed?") \
        == at["Hughes v. Patel Builders Ltd"]
    assert picked_row(f, "The 18 June hearing in Marsh v. Ortega Holdings has to be adjourned to 2 July.") \
        == at["Marsh v. Ortega Holdings Ltd"]
    assert picked_row(f, "Close CV-2024-0405") == at["CV-2024-0405"]
    assert picked_row(f, "Reassign SC-2024-0088 to Judge Okafor.") is None  # not in the list: its search
    g, _ = _page(cases[:1] + cases[2:])
    assert picked_row(g, "Close CV-2024-0405") is None  # no pane waits for an entry


def test_a_story_closed_by_log_it_starts_a_new_record():
    from tilepilot.model.embedded.order import logged_button

    f, at = _page([("Lost Property Office", t, (55, 14, 206, 34)), ("+ Log found item", t, (1137, 22, 1250, 42)),
                   ("+ Log found item", i, (1126, 13, 1261, 51))])
    task = "A passenger just handed in a navy umbrella they found on platform 6. Can you log it?"
    assert logged_button(f, task) == at["+ Log found item"]
    assert logged_button(f, "Log LP-5502 as returned") is None  # no story told, a record's state
    g, _ = _page(f_cands := [("+ New item", t, (1137, 22, 1250, 42))])
    assert logged_button(g, task) == 0 and f_cands  # a "+" button where none reads the verb


def test_a_search_hint_naming_two_keys_is_a_search_box():
    """"Name or ID" over a staff register: "V-2047 has now done the training course, …" scrolled the list for
    its row; the box takes the identifier."""
    from tilepilot.model.embedded.fields import _search_boxes

    f, _ = _page([("Name or ID", t, (722, 28, 801, 49)), ("Name or ID ", i, (717, 21, 920, 56)),
                  ("Red or blue", t, (722, 88, 801, 109)), ("Red or blue ", i, (717, 81, 920, 116))])
    assert _search_boxes(f) == [1]  # (colours are no keys)


def test_a_stories_first_name_is_no_verb_for_the_searched_row():
    """"Kowalski v Kowalski (FA-2024-0231) has settled …" typed the code; the row it brought up reads
    "Kowalski v Kowalski", which is no button reading the verb "kowalski": the row is opened."""
    from tilepilot.model.embedded.fields import searched_result

    task = "Kowalski v Kowalski (FA-2024-0231) has settled between the parties, so please close the case."
    f, at = _page([("FA-2024-0231", t, (14, 66, 106, 86)), ("FA-2024-0231 ", i, (9, 61, 330, 92)),
                   ("FA-2024-0231", t, (9, 141, 101, 158)), ("Kowalski v Kowalski", t, (9, 160, 140, 176))],
                  [("type", (170, 77))])
    assert searched_result(f, task) == 2
    g, _ = _page([("FA-2024-0231", t, (14, 66, 106, 86)), ("FA-2024-0231 ", i, (9, 61, 330, 92)),
                  ("FA-2024-0231", t, (9, 141, 101, 158)), ("Close", t, (200, 141, 240, 158))],
                 [("type", (170, 77))])
    assert searched_result(g, "Close FA-2024-0231") is None  # its row's own button acts


def test_a_role_names_the_field_a_person_is_given_in():
    """"Reassign SC-2024-0088 to Judge Okafor.": the case's "Allocated judge" select, opened, then the option
    ending in the surname ("Hon. Adaeze Okafor")."""
    from tilepilot.model.embedded.fields import setting_field, setting_option

    task = "Reassign SC-2024-0088 to Judge Okafor."
    shut = [("Allocated judge", t, (448, 334, 542, 351)), ("Hon. Samuel Okoro", t, (561, 333, 677, 351)),
            ("Hon. Samuel Okoro ", i, (553, 328, 793, 356))]
    f, _ = _page(shut, [("type", (170, 77)), ("click", (55, 149))])
    s = setting_field(f, task, 0)
    assert s is not None and s.target == 2 and s.value == ["okafor"]
    opened, at = _page([shut[0], ("Hon. Ruth Abernethy", t, (557, 331, 682, 349)),
                        ("Hon. Adaeze Okafor", t, (557, 379, 681, 399)), ("Hon. Samuel Okoro", t, (557, 396, 677, 412)),
                        ("", i, (553, 328, 791, 416))],
                       [("type", (170, 77)), ("click", (55, 149)), ("click", (673, 342))])
    s = setting_field(opened, task, 0)
    assert s is not None and setting_option(opened, s, (673, 342)) == at["Hon. Adaeze Okafor"]


CASE = [("Case actions", t, (1156, 72, 1248, 91)), ("Marsh v. Ortega Holdings Ltd", t, (358, 85, 628, 110)),
        ("Overview", t, (375, 157, 440, 177)), ("Hearings", t, (465, 156, 527, 178)),
        ("Filings", t, (551, 156, 599, 178)), ("Save changes", t, (560, 368, 652, 389))]


def test_an_opened_records_tab_naming_the_tasks_thing_is_opened():
    """The case opened, "… hearing … adjourned" pressed the Overview's "Save changes": its "Hearings" tab is
    where a hearing is; "the defence that Patel Builders filed" is under "Filings"."""
    from tilepilot.model.embedded.order import record_tab

    f, at = _page(CASE, [("click", (94, 353))])
    assert record_tab(f, "The 18 June hearing in Marsh v. Ortega Holdings has to be adjourned to 2 July.") \
        == at["Hearings"]
    assert record_tab(f, "In Hughes v. Patel Builders, could you accept the defence that Patel Builders filed?") \
        == at["Filings"]
    assert record_tab(f, "Reassign it to Judge Okafor.") is None  # no tab's thing
    g, _ = _page(CASE, [("click", (94, 353)), ("click", (496, 167))])
    assert record_tab(g, "The 18 June hearing in Marsh v. Ortega Holdings has to be adjourned.") is None  # opened
    assert record_tab(_page(CASE)[0], "The 18 June hearing has to be adjourned.") is None  # nothing opened yet
    row, _ = _page([*CASE, ("Sinclair v. Metro Parking", t, (9, 158, 154, 175))], [("click", (94, 353))])
    assert record_tab(row, "The 18 June hearing has to be adjourned.") == 3  # (the list's row far left: no tab)
    names, _ = _page([("Olu Adeyemi", t, (400, 300, 480, 318)), ("G-AZKW", t, (520, 300, 580, 318)),
                      ("Bookings", t, (620, 300, 690, 318)), ("£42.00", t, (720, 300, 770, 318))],
                     [("click", (94, 353))])
    assert record_tab(names, "Please cancel Olu Adeyemi's booking on G-AZKW.") is None  # a row's line, not tabs
    site, _ = _page([("Home", t, (40, 80, 90, 98)), ("Bookings", t, (120, 80, 190, 98)),
                     ("Aircraft", t, (220, 80, 290, 98))], [("click", (94, 353))])
    assert record_tab(site, "Please cancel Olu Adeyemi's booking on G-AZKW.") is None  # the site's own tabs, on top


def test_a_records_actions_menu_holds_the_verb_it_shows_no_button_for():
    """"… has settled between the parties, so please close the case." (read "close FA-2024-0231"): the case's
    "Case actions" menu, then its entry starting with the verb."""
    from tilepilot.model.embedded.order import ID, actions_menu, resolved

    task = "Kowalski v Kowalski (FA-2024-0231) has settled between the parties, so please close the case."
    assert resolved(task) == "close FA-2024-0231"
    assert resolved("GA-24-117: decline it please, reason is that it's outside our funding area.") \
        == "decline GA-24-117"
    assert [m.group() for m in ID.finditer("GA-24-117: decline it please, at 12:30")] == ["GA-24-117"]
    f, at = _page(CASE, [("type", (170, 77)), ("click", (55, 149))])
    assert actions_menu(f, resolved(task)) == at["Case actions"]
    menu = [("Adjourn hearing…", t, (1100, 100, 1230, 118)), ("Close case…", t, (1100, 125, 1200, 143))]
    opened, at = _page([*CASE, *menu], [("type", (170, 77)), ("click", (55, 149)), ("click", (1202, 81))])
    assert actions_menu(opened, resolved(task)) == at["Close case…"]
    shown, _ = _page([*CASE, ("Close", t, (900, 72, 950, 91))], [("click", (55, 149))])
    assert actions_menu(shown, resolved(task)) is None  # its own button is shown


def test_a_thing_sent_to_a_person_for_review_sets_the_reviewer():
    """"Could you send the Riverside Youth Boxing Club application over to Priya Nandakumar for review?": the
    panel's REVIEWER select, then its "Assign"."""
    from tilepilot.model.embedded.fields import setting_field

    task = "Could you send the Riverside Youth Boxing Club application over to Priya Nandakumar for review?"
    f, _ = _page([("REVIEWER", t, (861, 344, 938, 358)), ("— Unassigned —", t, (871, 372, 994, 400)),
                  ("Assign", t, (1193, 374, 1247, 397)), ("", i, (861, 368, 1178, 405)),
                  ("Assign ", i, (1183, 368, 1259, 404))], [("type", (174, 138)), ("click", (255, 222))])
    s = setting_field(f, task, 0)
    assert s is not None and s.target == 3 and s.value == ["priya", "nandakumar"]
    assert setting_field(f, "Send 25 euros to Priya Nandakumar", 0) is None  # money sent, no one to review
    opened, at = _page([("REVIEWER", t, (861, 344, 938, 358)), ("— Unassigned —", t, (874, 371, 990, 386)),
                        ("Owen Griffiths", t, (874, 388, 972, 402)), ("Priya Nandakumar", t, (872, 401, 1004, 422)),
                        ("Priya Natarajan", t, (871, 453, 983, 473)), ("Assign ", i, (1183, 368, 1259, 404))],
                       [("type", (174, 138)), ("click", (255, 222)), ("click", (1019, 386))])
    s = setting_field(opened, task, 0)  # the list the browser opened, its frame not found: the option itself
    assert s is not None and s.target == at["Priya Nandakumar"]


def test_a_logged_storys_form_is_sent_with_the_button_reading_its_verb():
    """"… Can you log it?" opened "Log a found item", filled it and stopped: its "Log item" is pressed."""
    from tilepilot.model.embedded.buttons import made_button

    task = "A passenger just handed in a navy umbrella they found on platform 6. Can you log it?"
    form = [("Description", t, (439, 263, 507, 283)), ("Cancel", t, (688, 502, 735, 520)),
            ("Log item", t, (762, 500, 828, 521)), ("", i, (442, 285, 839, 322)), ("", i, (644, 414, 839, 451))]
    f = _features(form, task, [("click", (1193, 32)), ("type", (640, 303), "navy umbrella")])
    assert made_button(f, task) == 2
    done = _features(form, task, [("click", (1193, 32)), ("type", (640, 303), "navy umbrella"), ("click", (795, 510))])
    assert made_button(done, task) is None  # pressed
    told = "A passenger just handed in a navy umbrella they found on platform 6."
    assert made_button(_features(form, told, [("click", (1193, 32)), ("type", (640, 303), "navy umbrella")]),
                       told) is None  # no command to log it


def test_a_dialogs_list_prompting_select_between_dashes_takes_the_reason_told():
    """"… has settled between the parties, so please close the case." pressed "Close case" three times: the
    dialog's "Method of disposal" reads "— select —" (no prompt then) and the story told why with ", so"."""
    from tilepilot.model.embedded.fields import reason_list

    told = "Kowalski v Kowalski (FA-2024-0231) has settled between the parties, so please close the case."
    f, _ = _page([("Method of disposal", t, (437, 290, 543, 304)), ("- select –", t, (459, 311, 510, 332)),
                  ("Close case", t, (760, 466, 829, 483)), ("Cancel", t, (688, 466, 733, 483)),
                  ("", i, (440, 307, 840, 336))],
                 [("type", (170, 77)), ("click", (55, 149)), ("click", (1174, 81)), ("click", (1118, 142))])
    assert reason_list(f, "close FA-2024-0231", True, told) == 4
    assert reason_list(f, "close FA-2024-0231", True, "close FA-2024-0231") is None  # no reason told


def test_a_settings_tab_under_a_header_is_the_sites():
    """"turn off blind review for this round" went to the header's "Review stage" badge: the tab strip under the
    header ("Applications  Reviewers  Round settings", its texts' bottoms at 88 px of 720) holds the settings."""
    from tilepilot.model.embedded.order import settings_link

    f, at = _page([("fundwise", t, (22, 14, 117, 38)), ("Review stage", t, (509, 17, 611, 34)),
                   ("Applications", t, (36, 65, 134, 86)), ("Reviewers", t, (159, 65, 237, 85)),
                   ("Round settings", t, (262, 62, 370, 88)), ("GA-24-101", t, (35, 212, 107, 231))])
    assert settings_link(f, "turn off blind review for this round") == at["Round settings"]


def test_a_save_beside_the_list_changed_is_pressed_not_another_rows():
    """The Reviewer list set, its "Assign" stands right of it (a little higher than the list's middle) and "Save
    amount" under the next field: "Assign". On a dispatch board whose rows each read "Assign", a change made in
    a dialog since closed presses none."""
    from tilepilot.model.embedded.order import unsaved_form

    task = "Could you send the Riverside Youth Boxing Club application over to Priya Nandakumar for review?"
    panel, at = _page([("REVIEWER", t, (861, 344, 938, 358)), ("Priya Nandakumar", t, (871, 372, 1000, 400)),
                       ("Assign", t, (1193, 374, 1247, 397)), ("Save amount", t, (1148, 461, 1249, 485)),
                       ("", i, (861, 368, 1178, 405)), ("", i, (1137, 456, 1260, 493))],
                      [("type", (174, 138)), ("click", (255, 222)), ("click", (1019, 386)), ("click", (938, 411))])
    assert unsaved_form(panel, task) == at["Assign"]
    board, _ = _page([("Assign", t, (33, 189, 95, 209)), ("Assign", t, (33, 319, 95, 339)),
                      ("Assign", t, (33, 449, 95, 469)), ("", i, (25, 185, 100, 212)), ("", i, (25, 315, 100, 342))],
                     [("click", (64, 329)), ("type", (640, 205)), ("click", (838, 285))])
    assert unsaved_form(board, "Give J-40531 to Kofi Asante.") is None


def test_a_code_of_another_prefix_shaped_like_the_lists_is_searched_for():
    """"Kowalski v Kowalski (FA-2024-0231) …" on a docket listing CV-2024-… and SC-2024-… cases first: the list's
    search takes the code (it scrolled)."""
    from tilepilot.model.embedded.fields import id_search

    f, _ = _page([("Search case no. or party name", t, (15, 67, 201, 87)), ("", i, (9, 61, 331, 93)),
                  ("CV-2024-0388", t, (8, 141, 102, 159)), ("CV-2024-0398", t, (8, 203, 102, 221))])
    assert id_search(f, "close FA-2024-0231") == (1, "FA-2024-0231")
    assert id_search(f, "close FA-24-0231") is None  # another shape


def test_a_reason_said_as_a_reason_opens_the_dialogs_list():
    from tilepilot.model.embedded.fields import reason_list

    told = "GA-24-117: decline it please, reason is that it's outside our funding area."
    f, _ = _page([("Decline GA-24-117?", t, (452, 217, 639, 237)), ("Reason", t, (452, 301, 503, 316)),
                  ("Select a reason...", t, (465, 332, 583, 350)), ("", i, (452, 323, 828, 359)),
                  ("Decline application", t, (684, 479, 813, 496))],
                 [("type", (174, 138)), ("click", (70, 222)), ("click", (1212, 297)), ("click", (1080, 441))])
    assert reason_list(f, "decline GA-24-117 please", True, told) == 3


BAY_B = [("B3 READY", t, (568, 271, 634, 288)), ("B4 AWAITING CLEAN", t, (745, 271, 865, 287)),
         ("B5OCCUF", t, (921, 271, 992, 288)), ("⋮", t, (712, 274, 714, 286)), ("⋮", t, (889, 274, 891, 286)),
         ("⋮", t, (1065, 274, 1067, 286)), ("⋮", t, (712, 399, 714, 411)), ("⋮", t, (889, 399, 891, 411))]


def test_a_short_code_after_its_noun_names_a_card():
    """"mark bed B4 as cleaned" clicked the sidebar's "Bed board": "B4" (a letter and a digit) was no name, so no
    card was read. Told after its noun it names the card whose menu has the entry; "our Q3 plan" names none."""
    from tilepilot.model.embedded.order import _clause_names, row_menu

    f, at = _page(BAY_B)
    assert row_menu(f, "mark bed B4 as cleaned") == 4  # B4's dots, not B3's nor B5's
    assert row_menu(f, "mark bed B3 as cleaned") == 3
    assert _clause_names("mothball our Q3 plan", 0, 20) == []
    f, at = _page([*BAY_B, ("Mark as cleaned", t, (717, 303, 819, 319)), ("Close bed...", t, (717, 330, 793, 349))],
                  [("click", (890, 280))])
    assert row_menu(f, "mark bed B4 as cleaned") == at["Mark as cleaned"]


WITHDRAW = [("Withdraw entry E-1017", t, (406, 249, 606, 272)), ("Select a reason...", t, (418, 319, 528, 339)),
            ("Injury / veterinary advice", t, (418, 335, 568, 356)), ("Bitch in season", t, (420, 353, 515, 370)),
            ("Exhibitor request", t, (421, 370, 523, 386)), ("Entered in error", t, (421, 387, 515, 401)),
            ("Other", t, (420, 401, 459, 419)), ("Cancel", t, (666, 446, 715, 464)),
            ("Withdraw entry", t, (748, 444, 856, 466))]
WITHDRAWN = [("type", (408, 198)), ("click", (1220, 286)), ("click", (1104, 392))]


def test_a_fact_told_after_a_comma_is_the_reason_read_by_meaning():
    """"withdraw entry E-1017, the dog has gone lame": the fact after the comma tells why, so the dialog's
    "Select a reason…" list is opened; shown open (its prompt 40 px over the click, its options tight under it)
    the option is the one nearest in meaning to the fact alone ("Injury / veterinary advice"; with the command's
    words, "entry" drew "Entered in error"). A heading "Select a pitch" over one line of help is no open list."""
    from tilepilot.model.embedded.fields import _GIVES_REASON, _told_why, reason_list

    task = "withdraw entry E-1017, the dog has gone lame"
    assert _GIVES_REASON.search(task) and not _GIVES_REASON.search("withdraw entry E-1017, then entry E-1018")
    assert _told_why(task, task) == "the dog has gone lame"
    story = ("Dana Whitfield's e-waste pickup can't be collected from the curb, since TVs have to be taken to a "
             "drop-off site. Reject that request with the reason that fits.")
    assert "can't be collected" in _told_why(story, "reject Dana Whitfield's request")  # (the story stays)
    f, at = _page(WITHDRAW, [*WITHDRAWN, ("click", (640, 368))])
    assert reason_list(f, task, True, task) == at["Injury / veterinary advice"]
    f, at = _page([("Select a pitch", t, (238, 163, 351, 183)),
                   ("Click a pitch to see who is on it and to open or close it.", t, (238, 190, 563, 206))],
                  [("click", (399, 199))])
    assert reason_list(f, "close pitch 22 for re-seeding", True) is None


def test_a_dialog_titled_by_the_tasks_own_verb_is_answered():
    """Any verb of the task titles its dialog ("Withdraw entry E-1017" over "Withdraw entry"), not only the
    ones pages are known to ask about; a verb that fills a form ("Add member") does not. After a value the
    dialog asked for was typed (a new due date), its button is pressed too. A panel's button pressed to open
    the dialog reads like the dialog's own: the dialog's is pressed, not its "Cancel"."""
    from tilepilot.model.embedded.buttons import confirm_button

    f, at = _page(WITHDRAW, [*WITHDRAWN, ("click", (640, 368)), ("click", (493, 346))])
    assert confirm_button(f, "withdraw entry E-1017, the dog has gone lame") == at["Withdraw entry"]
    f, at = _page([("Add member", t, (406, 249, 520, 272)), ("Add member", t, (748, 444, 856, 466))],
                  [("click", (1000, 100))])
    assert confirm_button(f, "add member Ana Diaz") is None
    f, at = _page([("Extend hire R-5537", t, (414, 59, 571, 79)), ("New due-back date", t, (413, 125, 549, 142)),
                   ("09/21/2024", t, (421, 149, 509, 170)), ("Cancel", t, (711, 233, 763, 255)),
                   ("Extend", t, (795, 235, 853, 253)), ("", i, (415, 144, 866, 177))],
                  [("click", (1212, 261)), ("click", (1082, 326)), ("type", (640, 160))])
    assert confirm_button(f, "extend hire R-5537 by two more days") == at["Extend"]
    f, at = _page([("Cancel screening?", t, (376, 236, 535, 261)), ("Cancel screening", t, (1065, 357, 1175, 376)),
                   ("Cancel", t, (689, 459, 738, 477)), ("Cancel screening", t, (768, 458, 887, 478))],
                  [("click", (194, 145)), ("click", (1084, 310)), ("click", (1120, 366))])
    assert confirm_button(f, "cancel Nosferatu") == 3


def test_a_date_is_moved_by_the_span_the_task_says():
    """"extend hire R-5537 by two more days" opened "Extend hire R-5537", whose date field shows 09/19/2024
    (Chromium's month-first date box): 2024-09-21 is typed there, once; "bring it forward a week" moves back."""
    from tilepilot.actions.dates import iso_date
    from tilepilot.model.embedded.fields import shifted_date

    cands = [("Extend hire R-5537", t, (414, 59, 571, 79)), ("New due-back date", t, (413, 125, 549, 142)),
             ("09/19/2024", t, (421, 149, 509, 170)), ("日", t, (840, 152, 852, 168)), ("", i, (415, 144, 866, 177))]
    f = _features(cands, "extend hire R-5537 by two more days", [("click", (1212, 261)), ("click", (1082, 326))])
    assert shifted_date(f, "extend hire R-5537 by two more days") == (4, "2024-09-21")
    assert shifted_date(f, "please bring it forward a week") == (4, "2024-09-12")
    assert shifted_date(f, "extend hire R-5537") is None  # no span said
    f = _features(cands, "extend hire R-5537 by two more days",
                  [("click", (1212, 261)), ("click", (1082, 326)), ("type", (640, 160), "2024-09-21")])
    assert shifted_date(f, "extend hire R-5537 by two more days") is None  # typed
    assert iso_date("21/09/2024") == iso_date("Sep 21, 2024") == iso_date("Saturday 21 September 2024") \
        == "2024-09-21"
    assert iso_date("03/04/2024") is None and iso_date("2024-02-30") is None  # ambiguous, no such day


ORDERS = [("ORDERS", t, (342, 26, 403, 40)), ("CUSTOMERS", t, (428, 26, 518, 40)),
          ("PRODUCTS", t, (544, 26, 623, 40)), ("SETTINGS", t, (649, 26, 720, 40)),
          ("Wholesale orders", t, (39, 96, 252, 122)), ("Find by customer or order number", t, (48, 234, 245, 251)),
          ("", i, (39, 225, 342, 261)), ("WO-3307", t, (49, 320, 117, 336)), ("WO-3308", t, (48, 350, 119, 375))]


def test_a_code_is_searched_on_the_page_its_noun_heads():
    """"cancel order WO-3318" on "Wholesale orders" scrolled: the bar's "ORDERS" was taken for another section
    holding orders. A page whose short title ends with the link's word is that section's."""
    from tilepilot.model.embedded.fields import id_search

    f = _features(ORDERS, "cancel order WO-3318")
    assert id_search(f, "cancel order WO-3318") == (6, "WO-3318")
    f = _features([*ORDERS[:4], ("Wholesale customers", t, (39, 96, 252, 122)), *ORDERS[5:]], "cancel order WO-3318")
    assert id_search(f, "cancel order WO-3318") is None  # the orders are under ORDERS


def test_a_search_that_found_nothing_on_one_days_list_widens_it():
    """WO-3318 typed on the "Tomorrow" tab read "No orders for this selection.": the tab "All days" is
    pressed (not the status list's bare "All"); the row it brings up has its menu opened (the search box
    reading the code is no row)."""
    from tilepilot.model.embedded.fields import widened_search
    from tilepilot.model.embedded.order import row_menu

    cands = [("Today", t, (53, 174, 97, 192)), ("Tomorrow", t, (201, 176, 268, 190)),
             ("All days", t, (618, 172, 677, 193)), ("WO-3318", t, (47, 232, 110, 253)),
             ("All", t, (361, 232, 388, 253)),
             ("", i, (40, 226, 341, 260)), ("", i, (349, 225, 457, 261))]
    f, at = _page([*cands, ("No orders for this selection.", t, (552, 336, 725, 358))], [("type", (190, 243))])
    assert widened_search(f, "cancel order WO-3318") == at["All days"]
    f, at = _page(cands, [("type", (190, 243))])
    assert widened_search(f, "cancel order WO-3318") is None  # something was found
    f, at = _page([*cands, ("WO-3318", t, (49, 315, 118, 336)), ("The Slow Lane Cycle Café", t, (156, 315, 324, 335)),
                   ("⋯", t, (1192, 325, 1204, 328))], [("type", (190, 243)), ("click", (648, 182))])
    assert row_menu(f, "cancel order WO-3318") == at["⋯"]


def test_tomorrow_is_the_tab_after_the_pages_today():
    """"cancel tomorrow's 21:15 Nosferatu" clicked today's 20:15 Nosferatu: the page reads "Today · Fri 14 Feb
    2025", so Saturday's tab ("Sat" over "15 Feb", their boxes overlapping) is opened first."""
    from tilepilot.model.embedded.order import day_tab

    f, at = _page([("Today · Fri 14 Feb 2025", t, (1083, 17, 1215, 34)), ("Today", t, (115, 138, 148, 153)),
                   ("Sat", t, (183, 137, 206, 153)), ("Sun", t, (253, 138, 278, 153)), ("Mon", t, (320, 136, 350, 154)),
                   ("14 Feb", t, (114, 150, 161, 168)), ("15 Feb", t, (182, 149, 231, 167)),
                   ("16 Feb", t, (252, 150, 300, 167)), ("17 Feb", t, (319, 148, 370, 169)),
                   ("Nosferatu", t, (978, 302, 1044, 319)), ("20:15", t, (978, 315, 1014, 333))])
    assert day_tab(f, "cancel tomorrow's 21:15 Nosferatu") == at["Sat"]
    assert day_tab(f, "cancel Sunday's 21:15 Nosferatu") == at["Sun"]


def test_a_timetables_block_is_opened_to_act_on_it():
    """A programme drawn as blocks shows no button and no menu: the block reading the film at the time said is
    opened, then its panel's one "Cancel screening" pressed (not "done" for a thing undone by two clicks)."""
    from tilepilot.model.embedded.order import icon_undone, opened_thing

    block = [("Sat", t, (183, 138, 206, 153)), ("The Brutalist", t, (450, 300, 534, 320)),
             ("Nosferatu", t, (1051, 302, 1117, 319)), ("21:15", t, (1051, 315, 1087, 333))]
    f, at = _page(block, [("click", (194, 145))])
    assert opened_thing(f, "cancel tomorrow's 21:15 Nosferatu") == at["Nosferatu"]
    assert opened_thing(f, "cancel tomorrow's 20:15 Nosferatu") is None  # not at that time
    f, at = _page([("SC-818", t, (975, 67, 1025, 84)), ("Nosferatu", t, (976, 85, 1076, 109)),
                   ("Nosferatu", t, (793, 300, 859, 320)), ("21:15", t, (797, 317, 833, 333)),
                   ("Sat 15 Feb, 21:15-23:27", t, (1076, 162, 1226, 179)),
                   ("Change screen or time", t, (1049, 317, 1193, 337)),
                   ("Cancel screening", t, (1065, 357, 1175, 376))], [("click", (194, 145)), ("click", (1084, 310))])
    assert opened_thing(f, "cancel tomorrow's 21:15 Nosferatu") == at["Cancel screening"]  # (the panel's name)
    assert not icon_undone(f, "cancel tomorrow's 21:15 Nosferatu")


REQUESTS = [("Q-7781", t, (203, 526, 258, 548)), ("Fetched", t, (1037, 529, 1093, 547)),
            ("Issue to reader", t, (1136, 532, 1223, 552)), ("Q-7786", t, (202, 629, 258, 653)),
            ("Kieran Walsh", t, (265, 631, 348, 653))]


def test_a_rows_button_starting_with_a_verb_no_list_knows_is_pressed():
    """"Q-7786 is up from the strongroom, issue it to the reader" scrolled past Q-7786's "Issue to reader"; once
    the row reads "Issued" the task is done (it went on to issue another). A name starting a story is no verb."""
    from tilepilot.model.embedded.order import resolved, row_act, row_done

    task = resolved("Q-7786 is up from the strongroom, issue it to the reader")
    assert task == "issue Q-7786 to the reader"
    f, at = _page([*REQUESTS, ("Fetched", t, (1038, 634, 1093, 652)), ("Issue to reader", t, (1137, 639, 1221, 656))])
    assert row_act(f, task) == 6 and not row_done(f, task)
    f, at = _page([*REQUESTS, ("Issued", t, (1038, 634, 1086, 652)), ("Mark returned", t, (1137, 639, 1221, 656))],
                  [("click", (1179, 647))])
    assert row_act(f, task) is None and row_done(f, task)
    f, at = _page([("Lena Hartmann", t, (99, 359, 209, 376)), ("Advance", t, (1030, 359, 1090, 378))])
    assert row_act(f, "Lena Hartmann played really well in the violin II prelims. Advance her to the next "
                      "round.") is None


REGISTER = [("Register a new reader", t, (392, 49, 523, 69)), ("FULL NAME", t, (392, 83, 465, 100)),
            ("EMAIL ADDRESS", t, (393, 130, 494, 147)), ("NAME", t, (285, 158, 329, 179)),
            ("AFFILIATION", t, (393, 176, 470, 193)), ("Passport", t, (432, 243, 481, 259)),
            ("Driving licence", t, (432, 261, 513, 277)),
            ("Reader has read and signed the search room rules", t, (420, 377, 705, 395)),
            ("Cancel", t, (733, 415, 781, 437)), ("Issue ticket", t, (805, 416, 876, 436)),
            ("", i, (395, 100, 886, 127)), ("", i, (395, 146, 886, 173)), ("", i, (395, 192, 886, 219)),
            ("", c, (409, 245, 424, 260)), ("", c, (409, 263, 424, 278)), ("", c, (399, 378, 414, 393))]
NEW_READER = ("Register a new reader: Callum Reid, callum.reid@uea.ac.uk, from the University of East Anglia. I've "
              "seen his driving licence and he's signed the rules.")


def test_a_new_persons_listed_values_fill_their_form_which_is_then_sent():
    """"Register a new reader: Callum Reid, callum.reid@uea.ac.uk, from the University of East Anglia …" opened
    Readers and stopped: the page's "Register reader" is its new button (the task's verb and thing). In its
    dialog the name, the email and where he is from go to Full name, Email address (its label stacked over it,
    not the table's "NAME" left of it behind the veil) and Affiliation, a radio picked between them sends
    nothing, "Reader has read and signed the search room rules" is ticked, and "Issue ticket" beside "Cancel"
    sends it."""
    from tilepilot.model.embedded.buttons import new_button
    from tilepilot.model.embedded.roles import next_step, person_roles, send_button

    said = {k: NEW_READER[a:b] for k, (a, b) in person_roles(NEW_READER).items()}
    assert said == {"name": "Callum Reid", "email": "callum.reid@uea.ac.uk", "org": "University of East Anglia"}
    clerk = "New poll clerk for the register: Tomasz Wróbel, mobile 07700 900412"
    assert {k: clerk[a:b] for k, (a, b) in person_roles(clerk).items()} == {"name": "Tomasz Wróbel",
                                                                            "phone": "07700 900412"}
    assert person_roles("Send the report to Ana Diaz, ana@acme.com") == {}  # no one new
    f, at = _page([("Readers", t, (199, 66, 282, 90)), ("Register reader", t, (1147, 81, 1250, 105)),
                   ("Readers", t, (13, 162, 66, 180))], [("click", (40, 172))])
    assert new_button(f, NEW_READER, len(f.cand_text), 0, False) == at["Register reader"]
    opened = [("click", (40, 172)), ("click", (1198, 93))]
    steps = []
    for value in ("Callum Reid", "callum.reid@uea.ac.uk"):
        s = next_step(_features(REGISTER, NEW_READER, opened), NEW_READER)
        steps.append((s.index, NEW_READER[slice(*s.span)]))
        assert NEW_READER[slice(*s.span)] == value
        opened.append(("type", tuple(float(v) for v in REGISTER[s.index][2][:2]), value))
    assert [i for i, _ in steps] == [10, 11]
    opened.append(("click", (416, 270)))  # the radio button: nothing sent yet
    s = next_step(_features(REGISTER, NEW_READER, opened), NEW_READER)
    assert (s.index, NEW_READER[slice(*s.span)]) == (12, "University of East Anglia")
    opened.append(("type", (620, 204), "University of East Anglia"))
    s = next_step(_features(REGISTER, NEW_READER, opened), NEW_READER)
    assert (s.action, s.index) == ("click", 15)  # the rules box
    opened.append(("click", (406, 386)))
    f = _features(REGISTER, NEW_READER, opened)
    assert next_step(f, NEW_READER) is None and send_button(f, NEW_READER) == 9


def test_a_thing_moved_into_another_of_a_kind_sets_the_field_showing_its_sibling():
    """"Can we move it into Screen 2 at the same time?" pressed "Save changes" with the Screen list still on
    "Screen 3 (52)": "Screen 2" is typed into the one field showing another screen (the list picks the option
    starting with it), once."""
    from tilepilot.model.embedded.fields import sibling_value

    cands = [("Change screen or time · Anora", t, (376, 257, 632, 281)), ("Screen 3 (52)", t, (392, 349, 472, 369)),
             ("02/15/2025", t, (566, 350, 637, 367)), ("06:30 PM", t, (741, 350, 804, 370)),
             ("Cancel", t, (710, 438, 759, 456)), ("Save changes", t, (790, 439, 887, 456)),
             ("", i, (380, 342, 548, 377)), ("", i, (557, 342, 724, 377)), ("", i, (733, 342, 901, 380))]
    task = "Saturday's 6:30pm Anora in Screen 3 has almost sold out. Can we move it into Screen 2 at the same time?"
    hist = [("click", (194, 145)), ("click", (936, 378)), ("click", (1121, 327))]
    assert sibling_value(_features(cands, task, hist), task) == (6, "Screen 2")
    assert sibling_value(_features(cands, "move it into Screen 3", hist), "move it into Screen 3") is None  # shown
    done = _features(cands, task, [*hist, ("type", (464, 360), "Screen 2")])
    assert sibling_value(done, task) is None


def test_a_list_the_task_says_its_thing_is_on_is_opened_first():
    """"Daniel Price is waiting on the admissions list. …" opened Patients: the sidebar's "→ Admissions" is the
    list he is on."""
    from tilepilot.model.embedded.order import subject_section

    f, at = _page([("Bed board", t, (39, 66, 110, 83)), ("Bed board", t, (204, 61, 310, 84)),
                   ("三 Patients", t, (18, 97, 94, 117)), ("→ Admissions", t, (18, 131, 112, 150)),
                   ("Activity log", t, (31, 163, 108, 185)), ("Settings", t, (37, 198, 93, 216))])
    task = "Daniel Price is waiting on the admissions list. Put him into side room 2."
    assert subject_section(f, task) == at["→ Admissions"]
    assert subject_section(f, "Daniel Price is waiting on the bus list.") is None


def test_a_dash_before_select_is_a_prompt_and_a_settled_case_picks_settled():
    """"Kowalski v Kowalski (FA-2024-0231) has settled …, so please close the case." opened "Method of disposal",
    whose prompt OCR read "— select" (its closing dash lost): the list is read open and "Settled" picked."""
    from tilepilot.model.embedded.fields import _PROMPT, reason_list

    assert _PROMPT.match("— select") and _PROMPT.match("— select —") and not _PROMPT.match("Select")
    told = "Kowalski v Kowalski (FA-2024-0231) has settled between the parties, so please close the case."
    f, at = _page([("Method of disposal", t, (437, 288, 543, 305)), ("— select", t, (444, 312, 503, 329)),
                   ("Judgment entered", t, (444, 328, 556, 345)), ("Settled", t, (444, 344, 492, 361)),
                   ("Withdrawn", t, (443, 360, 511, 377)), ("Struck out", t, (445, 376, 511, 393)),
                   ("Consent order", t, (446, 394, 532, 408))],
                  [("type", (170, 77)), ("click", (55, 150)), ("click", (1174, 82)), ("click", (1118, 142)),
                   ("click", (640, 322))])
    assert reason_list(f, "close FA-2024-0231", True, told) == at["Settled"]


FILINGS = [("Hughes v. Patel Builders Ltd", t, (360, 87, 618, 110)), ("Defence", t, (442, 255, 499, 276)),
           ("Patel Builders Ltd", t, (688, 257, 795, 274)), ("Witness statement of R. Patel", t, (443, 289, 619, 306)),
           ("Patel Builders Ltd", t, (686, 288, 796, 308)), ("Pending", t, (984, 289, 1040, 310)),
           ("Accept", t, (1082, 284, 1144, 312))]


def test_a_rows_verb_asked_after_a_scene_acts_on_the_row_it_names_once():
    """"In Hughes v. Patel Builders, could you accept the defence that Patel Builders filed?" opened the case's
    Filings and stopped: the verb is the one asked ("could you accept"), the row the one reading the defence;
    once it reads "Accepted" nothing more is accepted (the witness statement's "Accept" was pressed next)."""
    from tilepilot.model.embedded.order import row_act

    task = "In Hughes v. Patel Builders, could you accept the defence that Patel Builders filed?"
    f, at = _page([*FILINGS, ("Pending", t, (983, 256, 1040, 277)), ("Accept", t, (1083, 251, 1142, 279))],
                  [("click", (92, 292)), ("click", (575, 167))])
    assert row_act(f, task) == 8  # the Defence row's
    f, at = _page([*FILINGS, ("Accepted", t, (983, 256, 1050, 277))],
                  [("click", (92, 292)), ("click", (575, 167)), ("click", (1112, 265))])
    assert row_act(f, task) is None


def test_a_task_told_as_a_heading_starts_a_new_thing():
    """"New hire for Priya Sandhu: one 4m scaffold tower …" scrolled the hire counter: a task told as a heading
    ("New <thing> for …:") makes one, so the page's "+ New hire" is pressed; a sentence that only says "new"
    further on does not."""
    from tilepilot.model.embedded.buttons import ADDS_NEW, new_button

    f, at = _page([("COUNTER", t, (387, 17, 461, 34)), ("+ New hire", t, (1128, 90, 1219, 107)),
                   ("Check in", t, (1122, 208, 1189, 232))])
    task = "New hire for Priya Sandhu: one 4m scaffold tower and an 18V combi drill, starting today"
    assert new_button(f, task, len(f.cand_text), 0, False) == at["+ New hire"]
    assert ADDS_NEW.match("New poll clerk for the register: Tomasz Wróbel, mobile 07700 900318.")
    assert ADDS_NEW.match("New reader: Callum Reid, callum.reid@uea.ac.uk")
    assert not ADDS_NEW.match("New York office: cancel the lease") and not ADDS_NEW.match("Renew the hire")


def test_a_person_told_by_title_is_found_by_surname_and_a_shown_lists_options_stop_at_its_end():
    """"Mr Haldane is off to Fernlea House care home … Can you discharge him please?" clicked a summary link: "Mr
    Haldane" is "Gordon Haldane" on the board, and "discharge" before a titled name is a row's menu verb. In the
    discharge dialog the destination list shown open is read down to its last option: "Patient transport
    booked", a box further down sharing two words with the task, is no option ("Care home" is)."""
    from tilepilot.model.embedded.fields import reason_list
    from tilepilot.model.embedded.order import _untitled, resolved, row_menu

    assert _untitled("Mr Haldane") == "Haldane" and _untitled("Dr Ann Carrow") == "Ann Carrow"
    assert _untitled("Mrs Okonkwo") == "Okonkwo" and _untitled("Drew Barry") == "Drew Barry"
    told = ("Mr Haldane is off to Fernlea House care home this afternoon and hospital transport is already booked. "
            "Can you discharge him please?")
    task = resolved(told)
    f, at = _page([("B5OCCUF", t, (921, 271, 992, 288)), ("B6 OCCUPIED", t, (1097, 271, 1184, 288)),
                   ("Gordon Haldane", t, (921, 291, 1026, 308)), ("Hugh Castellan", t, (1097, 292, 1198, 308)),
                   ("⋮", t, (889, 274, 891, 286)), ("⋮", t, (1065, 274, 1067, 286)), ("⋮", t, (1242, 274, 1244, 286))])
    assert row_menu(f, task) == 5  # Gordon Haldane's card's dots
    f, at = _page([("Discharge destination", t, (421, 143, 562, 160)), ("Select..", t, (429, 165, 479, 186)),
                   ("Usual residence", t, (430, 181, 531, 201)), ("Care home", t, (430, 198, 502, 218)),
                   ("Community hospital", t, (431, 215, 551, 232)), ("Another ward", t, (430, 231, 515, 248)),
                   ("Other", t, (429, 244, 471, 267)), ("03/11/2025", t, (428, 278, 507, 298)),
                   ("TTO medication ready", t, (428, 318, 577, 335)),
                   ("Patient transport booked", t, (426, 346, 592, 363))],
                  [("click", (1066, 280)), ("click", (932, 398)), ("click", (640, 177))])
    assert reason_list(f, task, True, told) == at["Care home"]


DISCHARGE = [("Discharge Gordon Haldane", t, (424, 74, 617, 93)), ("Discharge destination", t, (421, 143, 562, 160)),
             ("Care home", t, (430, 165, 508, 188)), ("Destination details", t, (420, 199, 541, 216)),
             ("e.g. name of care home or ward", t, (428, 225, 630, 242)), ("", i, (423, 218, 858, 248)),
             ("TTO medication ready", t, (447, 318, 577, 335)), ("Patient transport booked", t, (447, 346, 592, 363)),
             ("Cancel", t, (649, 390, 699, 411)), ("Confirm discharge", t, (723, 389, 847, 411)),
             ("TTO medication ready", c, (427, 318, 442, 333)), ("Patient transport booked", c, (427, 347, 442, 362))]
HALDANE = ("Mr Haldane is off to Fernlea House care home this afternoon and hospital transport is already booked. "
           "Can you discharge him please?")


def test_a_dialogs_fields_take_what_the_story_tells():
    """The discharge dialog was confirmed with its details empty: the care home's name goes where the hint asks
    for the "name of care home or ward" ("Fernlea House", said right before "care home"), and the box whose
    label the story tells as a fact ("transport is already booked": "Patient transport booked") is ticked; one
    the story denies is not."""
    from tilepilot.model.embedded.fields import kind_named
    from tilepilot.model.embedded.roles import told_box

    hist = [("click", (1066, 280)), ("click", (932, 398))]
    f = _features(DISCHARGE, HALDANE, hist)
    assert kind_named(f, HALDANE) == (5, "Fernlea House")
    assert told_box(f, HALDANE) == 11
    denied = HALDANE.replace("hospital transport is already booked", "hospital transport isn't booked yet")
    assert told_box(_features(DISCHARGE, denied, hist), denied) is None
    typed = _features(DISCHARGE, HALDANE, [*hist, ("type", (640, 233), "Fernlea House"), ("click", (434, 354))])
    assert kind_named(typed, HALDANE) is None and told_box(typed, HALDANE) is None


RULES = [("Production requests", t, (16, 89, 128, 105)), ("Readers", t, (16, 162, 64, 178)),
         ("Search room rules", t, (16, 235, 119, 252)),
         ("Allow readers to photograph documents", t, (200, 133, 445, 151)),
         ("Own camera or phone, no flash, under the reading room photography licence", t, (200, 147, 580, 163)),
         ("Maximum items per reader per day", t, (199, 225, 414, 248)), ("10", t, (736, 231, 759, 255)),
         ("Includes advance orders", t, (199, 240, 324, 256)), ("Accept advance orders", t, (200, 322, 340, 338)),
         ("Save rules", t, (206, 421, 280, 445)), ("Undo changes", t, (297, 420, 391, 446)),
         ("", i, (733, 229, 806, 256)), ("", i, (733, 136, 776, 159)), ("", i, (733, 324, 775, 346))]
POLICY = "From now on readers are allowed to take photos of documents, and cap everyone at 6 items a day."


def test_a_new_rule_for_everyone_is_set_on_the_rules_page():
    """"From now on readers are allowed to take photos …, and cap everyone at 6 items a day" clicked "Readers"
    (its word) and then "Undo changes": a rule for everyone is kept where the site keeps its rules ("Search
    room rules"), the switch whose title the task tells is pressed ("Allow readers to photograph documents", not
    "Accept advance orders"), and 6 goes into "Maximum items per reader per day"."""
    from tilepilot.model.embedded.fields import policy_number
    from tilepilot.model.embedded.order import policy_link, policy_switch

    f = _features(RULES[:3], POLICY)
    assert policy_link(f, POLICY) == 2
    assert policy_link(f, "readers are allowed in at 9") is None  # no rule for everyone
    f = _features(RULES, POLICY, [("click", (67, 244))])
    assert policy_switch(f, POLICY) == 12 and policy_number(f, POLICY) == (11, "6")
    denied = "From now on readers are not allowed to take photos of documents."
    assert policy_switch(_features(RULES, denied, [("click", (67, 244))]), denied) is None
    f = _features(RULES, POLICY, [("click", (67, 244)), ("type", (770, 242), "6"), ("click", (754, 148))])
    assert policy_switch(f, POLICY) is None and policy_number(f, POLICY) is None
