"""A chain of clicks is done in the order the task names its targets (``order``)."""

import re
from types import SimpleNamespace

import numpy as np

from tilepilot.model.embedded.features import ACTIONS, KINDS
from tilepilot.model.embedded.order import click_in_turn, steps


def _page(cands: list[tuple[str, int, tuple[int, int, int, int]]]) -> tuple[SimpleNamespace, dict[str, int]]:
    f = SimpleNamespace(cand_text=[t for t, _, _ in cands], cand_kind=np.array([k for _, k, _ in cands]),
                        cand_box=np.array([b for _, _, b in cands], np.float32), scale=1.0,
                        hist_kind=np.zeros(0, np.int64), hist_box=np.zeros((0, 4), np.float32),
                        frame_size=(1280, 720))
    return f, {t: q for q, (t, _, _) in enumerate(cands)}


LIST = "Mark Quiet Bookshelf 60, Classic File Manager and Quiet File Manager, then click OK"


def _list() -> tuple[SimpleNamespace, dict[str, int]]:
    names = ["Image Editor", "File Manager", "Quiet File Manager", "White Image Editor", "Classic File Manager",
             "Quiet Bookshelf 60", "OK"]
    return _page([(t, KINDS["text"], (220, 400 + 40 * k, 420, 430 + 40 * k)) for k, t in enumerate(names)])


def test_listed_items_are_marked_in_the_order_the_task_names_them():
    """The network clicked OK after the first item of three (and the third before the second)."""
    f, at = _list()
    assert click_in_turn(f, LIST, at["OK"], 1) == at["Classic File Manager"]
    assert click_in_turn(f, LIST, at["OK"], 2) == at["Quiet File Manager"]  # not "File Manager" inside it
    assert click_in_turn(f, LIST, at["Quiet File Manager"], 1) == at["Classic File Manager"]
    assert click_in_turn(f, LIST, at["OK"], 3) == at["OK"]  # every item marked: the confirming click stands
    assert click_in_turn(f, LIST, at["Classic File Manager"], 1) == at["Classic File Manager"]
    # on an item's turn, a click on a thing the task never names goes to the item
    assert click_in_turn(f, "mark Image Editor and White Image Editor", at["Quiet Bookshelf 60"], 0) == \
        at["Image Editor"]
    # a click on something the task does not name, on a clause's turn, is the model's to make
    assert click_in_turn(f, "press Image Editor, then click OK", at["Quiet Bookshelf 60"], 0) == \
        at["Quiet Bookshelf 60"]


def test_a_labelled_check_box_is_clicked_on_its_box():
    task = "uncheck Security. Then select the newsletter checkbox; then untick Bookshelf, then click Apply"
    t = KINDS["text"]
    f, at = _page([("Security", t, (1121, 83, 1234, 124)), ("√", t, (1093, 134, 1121, 161)),
                   ("Bookshelf", t, (1122, 127, 1255, 161)), ("√ ", t, (1094, 175, 1121, 203)),
                   ("newsletter", t, (1122, 172, 1258, 203)), ("Apply", t, (1113, 221, 1196, 265))])
    assert click_in_turn(f, task, at["Apply"], 2) == at["√"]
    assert click_in_turn(f, task, at["Apply"], 1) == at["√ "]


def test_only_a_chain_of_single_clicks_is_ordered():
    """A clause that types, or one that may take two actions (a dropdown opened, then its option), leaves the
    count of actions no guide to which step is next."""
    assert steps(LIST) is not None and len(steps(LIST)) == 4
    assert steps('type "bob" into Name, then click OK') is None
    assert steps("Choose Tent from the Bank name dropdown, then press Save") is None
    assert steps("Check the box next to community forum; then untick newsletter") is not None
    f, at = _list()
    assert click_in_turn(f, "Select Image Editor in Tools, then click OK", at["OK"], 1) == at["OK"]


def test_a_thing_named_outright_and_not_on_screen_is_scrolled_to():
    """"Select White Microphone, Tent and Quiet Mug" clicked "Microphone"; "Download the product called Wallet"
    clicked another row's Download. Neither name was on screen yet."""
    from tilepilot.model.embedded.order import named_off_screen

    f, _ = _page([(t, KINDS["text"], (220, 400 + 40 * k, 420, 430 + 40 * k))
                  for k, t in enumerate(["Microphone", "Tent", "Quiet Mug", "Download", "Continue"])])
    task = "Select White Microphone, Tent and Quiet Mug, then press Continue."
    assert named_off_screen(f, task, 0)
    assert not named_off_screen(f, task, 1)  # Tent is on screen
    assert not named_off_screen(f, task, 3)  # Continue: a clause, not a listed item, named by no "called"
    assert named_off_screen(f, "Download the product called Wallet", 0)
    assert named_off_screen(f, "remove the product called Mug", 0)  # "Quiet Mug" is another product
    assert not named_off_screen(f, "remove the product called Quiet Mug", 0)
    assert not named_off_screen(f, "Download the report", 0)  # names nothing outright: the model's to decide
    assert not named_off_screen(f, "tick the checkbox of Tent and Quiet Mug", 0)
    # a thing named in quotes ("Move the "Parking permit renewal" email …"), not a value in quotes
    assert named_off_screen(f, 'Move the "Parking permit renewal" email into the Archive folder', 0)
    assert not named_off_screen(f, 'Move the "Quiet Mug" email into the Archive folder', 0)
    assert not named_off_screen(f, 'Add the comment "Reproduced on staging"', 0)


def test_a_name_or_an_identifier_the_clause_acts_on_is_scrolled_to_when_not_on_screen():
    """"Save the Alpine Lodge Zermatt to your saved stays" clicked the Save of a hotel in view; the hotel was
    further down. The names a clause acts on stand after its verb and before what is done to them."""
    from tilepilot.model.embedded.features import ACTIONS
    from tilepilot.model.embedded.order import named_off_screen, object_names

    f, _ = _page([(t, KINDS["text"], (220, 400 + 40 * k, 420, 430 + 40 * k))
                  for k, t in enumerate(["Casa del Sol", "Save", "Elena Petrova", "#4823 API limits", "Priya Shah"])])
    assert named_off_screen(f, "Save the Alpine Lodge Zermatt to your saved stays.", 0)
    assert not named_off_screen(f, "Save the Casa del Sol to your saved stays.", 0)
    assert not named_off_screen(f, "Star the contact Elena Petrova.", 0)  # read inside a row's text too
    assert named_off_screen(f, "Assign ticket #4821 to Priya Shah.", 0)  # #4823 is another ticket
    assert not named_off_screen(f, "Assign ticket #4823 to Maya Chen.", 0)  # Maya Chen is what it is set to
    # a name inside a thing on screen: that thing is opened first
    assert not named_off_screen(f, "Book a Deluxe King room at the Casa del Sol for Anna Berg", 0)
    assert named_off_screen(f, "Book a Deluxe King room at the Harbour Light Hotel for Anna Berg", 0)
    # a clause that chooses, fills or makes names options of lists that may be closed: the model's to decide
    assert not named_off_screen(f, "Choose Express Delivery from the list", 0)
    assert not named_off_screen(f, "Create Nordic Wave as a new project", 0)
    # eight scrolls in a row without finding it: the page has ended, the network decides
    f.hist_kind = np.array([ACTIONS.index("scroll")] * 8)
    assert not named_off_screen(f, "Save the Alpine Lodge Zermatt to your saved stays.", 0)
    assert object_names("Book from 12/03/2027 at 10:30, total 1,250.00", 0, 44) == []  # dates, times, amounts
    assert object_names("Assign TRK-142 to Maya Chen", 0, 27) == ["TRK-142"]
    assert object_names("Open Yusuf Demir's contact record", 0, 33) == ["Yusuf Demir"]


def test_an_identifier_is_clicked_where_it_is_read_exactly():
    """"Assign ticket #4821 to Priya Shah" clicked #4823: numbers a digit apart are near twins to the text
    embedding. A click on a text with another identifier goes to the one text reading the task's."""
    from tilepilot.model.embedded.order import id_named

    f, at = _page([(t, KINDS["text"], (300, 100 + 30 * k, 350, 120 + 30 * k))
                   for k, t in enumerate(["#4823", "#4822", "#4821", "Open", "INV-2024-0042"])])
    assert id_named(f, "Assign ticket #4821 to Priya Shah.", at["#4823"], 0) == at["#4821"]
    assert id_named(f, "Assign ticket #4821 to Priya Shah.", at["Open"], 0) == at["Open"]  # a button: kept
    assert id_named(f, "Open ticket #4822", at["#4822"], 0) == at["#4822"]
    assert id_named(f, "Pay invoice INV-2024-0042", at["#4823"], 0) == at["INV-2024-0042"]
    assert id_named(f, "Open ticket #5000", at["#4823"], 0) == at["#4823"]  # not on screen: not this rule's


def test_a_filter_is_set_on_its_widget_not_on_a_results_tag():
    """"Show only non-stop flights" clicked a flight's "Non-stop" tag; the filter is the radio button labelled
    "Non-stop only". A task that does not filter, or a text shown once, keeps the click."""
    from tilepilot.model.embedded.order import filter_widget

    f, at = _page([("Non-stop only", KINDS["component"], (60, 410, 76, 426)), ("Non-stop only", KINDS["text"],
                   (80, 408, 190, 428)), ("Non-stop", KINDS["text"], (700, 500, 770, 520)),
                   ("Non-stop", KINDS["text"], (700, 590, 770, 610)), ("1 stop", KINDS["text"], (700, 680, 760, 700))])
    assert filter_widget(f, "Show only non-stop flights", 3) == 0
    assert filter_widget(f, "Book the non-stop flight at 18:40", 3) == 3
    assert filter_widget(f, "Show only flights with 1 stop", 4) == 4
    # a tag drawn as a box (the text inside it) goes to the filter's box too, but a box ticked once is not again
    g, _ = _page([*[(c, k, b) for c, k, b in zip(f.cand_text, f.cand_kind, f.cand_box.tolist(), strict=True)],
                  ("Lumen Air Non-stop", KINDS["input"], (695, 497, 775, 523))])
    assert filter_widget(g, "Show only non-stop flights", 5) == 0
    assert filter_widget(_clicked(g, (68, 418)), "Show only non-stop flights", 5) == 5


def test_a_click_on_something_the_clause_does_not_name_goes_to_the_text_it_names():
    """"… and sort the results by Fastest" clicked the site's Hotels/Flights tabs: the one text the clause in
    turn names whole, the longest such, takes the click. A click sharing a word with the clause, on an icon, or
    in a clause that counts or lists stays."""
    from tilepilot.model.embedded.order import named_text

    f, at = _page([("Hotels Flights", KINDS["text"], (220, 15, 300, 45)),
                   ("Best", KINDS["text"], (320, 395, 370, 415)),
                   ("Fastest", KINDS["text"], (940, 395, 1010, 415)), ("×", KINDS["text"], (1200, 10, 1215, 25)),
                   ("Non-stop", KINDS["text"], (700, 500, 770, 520)),
                   ("Non-stop only", KINDS["text"], (80, 408, 190, 428))])
    task = "Show only non-stop flights and sort the results by Fastest."
    assert named_text(f, task, at["Hotels Flights"], 1) == at["Fastest"]
    assert named_text(f, task, at["Best"], 0) == at["Non-stop only"]  # the longest the clause names
    assert named_text(f, task, at["Fastest"], 1) == at["Fastest"]
    assert named_text(f, task, at["×"], 1) == at["×"]
    assert named_text(f, "Open the second tab and sort by Fastest", at["Hotels Flights"], 0) == at["Hotels Flights"]


def test_a_step_done_already_is_not_clicked_again_and_the_longer_name_wins():
    """"uncheck Mirror, then select the Toaster checkbox, and uncheck Privacy" went back to Mirror's box (a click
    there undoes the first step); "Choose Wooden slides.pptx and …" clicked the row of "slides.pptx"."""
    t = KINDS["text"]
    f, at = _page([("Mirror", t, (110, 280, 200, 305)), ("Toaster", t, (110, 320, 210, 345)),
                   ("Privacy", t, (110, 230, 200, 255)), ("Apply", t, (110, 400, 180, 430))])
    task = "Uncheck Mirror, then select the Toaster checkbox, and uncheck Privacy, then click on Apply"
    assert click_in_turn(f, task, at["Mirror"], 2) == at["Privacy"]
    f, at = _page([("slides.pptx", t, (130, 424, 300, 456)), ("Wooden slides.pptx", t, (130, 458, 330, 486)),
                   ("Premium slides.pptx", t, (130, 490, 340, 520)), ("Add selected", t, (600, 600, 720, 630))])
    task = "Choose Wooden slides.pptx and Premium slides.pptx, and confirm with Add selected"
    assert click_in_turn(f, task, at["slides.pptx"], 0) == at["Wooden slides.pptx"]
    assert click_in_turn(f, task, at["Wooden slides.pptx"], 0) == at["Wooden slides.pptx"]


def test_a_radio_label_gives_way_to_its_radio_button():
    """"select Nordic as the Distance" clicked the label, whose OCR box ("O Nordic") covers the radio's ring."""
    from tilepilot.model.embedded.order import labelled_widget

    c, t = KINDS["component"], KINDS["text"]
    f, at = _page([("O Nordic", t, (889, 218, 991, 251)), ("radio", c, (895, 221, 915, 241)),
                   ("Wooden", t, (1000, 218, 1090, 251)), ("panel", c, (600, 100, 1200, 500))])
    task = "select Nordic as the Distance"
    assert labelled_widget(f, task, at["O Nordic"]) == at["radio"]
    assert labelled_widget(f, "select Wooden", at["Wooden"]) == at["Wooden"]  # no widget under or just left of it
    assert labelled_widget(f, task, at["radio"]) == at["radio"]
    assert labelled_widget(f, "close the window", at["O Nordic"]) == at["O Nordic"]  # a text the task never names


def test_a_category_is_opened_from_the_menu_not_from_a_cards_badge():
    """"Open the Desserts category" clicked the "Desserts" badge on a tart's card, which opened the tart."""
    from tilepilot.model.embedded.order import section_link

    T = KINDS["text"]
    f, _ = _page([("Soups", T, (406, 80, 452, 98)), ("Desserts", T, (553, 80, 618, 98)),
                  ("Desserts", T, (949, 270, 1017, 288)), ("Desserts", T, (373, 478, 441, 496)),
                  ("Lemon Tart", T, (377, 518, 478, 537))])
    assert section_link(f, "Open the Desserts category", 2, 0) == 1
    assert section_link(f, "Open the Desserts category", 3, 0) == 1
    assert section_link(f, "Open the Desserts category", 1, 0) == 1
    assert section_link(f, "Open the Lemon Tart recipe", 4, 0) == 4  # no category named: the network's click
    assert section_link(f, "Click the Desserts badge of Lemon Tart", 3, 0) == 3
    # the clause in turn: after "Go to the Soups category", "open Lemon Tart" is the network's
    assert section_link(f, "Go to the Soups category and then open the Desserts badge", 3, 1) == 3


def test_items_picked_from_the_list_are_a_chain_of_clicks():
    """"Pick slides.pptx, letter.odt and map.svg from the list; then confirm with OK" was taken for a two-step
    clause ("from" names a dropdown's list), and after the first item the network pressed OK."""
    task = "Pick slides.pptx, letter.odt and map.svg from the list; then confirm with OK."
    got = steps(task)
    assert got is not None and [task[a:b] for a, b, _ in got][:3] == ["slides.pptx", "letter.odt", "map.svg"]
    assert steps("Choose Tent from the Bank name dropdown, then press OK") is None


def test_a_row_box_is_known_by_the_text_inside_it_not_the_label_it_borrowed():
    """A list's row box between two rows borrowed the name of the one above ("letter.odt"), and on letter.odt's
    turn the click on that box stood."""
    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("letter.odt", t, (603, 265, 822, 314)), ("slides.pptx", t, (602, 339, 840, 388)),
                   ("data.csv", t, (602, 417, 776, 457)), ("map.svg", t, (601, 566, 755, 609)),
                   ("OK", t, (622, 722, 672, 765)), ("letter.odt ", i, (588, 449, 1012, 479))])
    task = "Pick slides.pptx, letter.odt and map.svg from the list; then confirm with OK."
    assert click_in_turn(f, task, at["letter.odt "], 1) == at["letter.odt"]
    assert click_in_turn(f, task, at["OK"], 1) == at["letter.odt"]


def test_a_tool_named_in_an_icon_only_toolbar_is_its_glyph():
    """"Press the Help icon" clicked the "X" beside "?"; "Click the Menu button in the toolbar" a triangle
    beside "☰", which OCR reads as "三"."""
    from tilepilot.model.embedded.order import icon_named

    t = KINDS["text"]
    f, at = _page([("File Edit", t, (26, 61, 120, 88)), ("?", t, (85, 113, 106, 140)), ("X", t, (125, 114, 157, 138)),
                   ("三", t, (174, 115, 200, 141)), ("△", t, (225, 115, 247, 137))])
    assert icon_named(f, "Press the Help icon", at["X"], 0) == at["?"]
    assert icon_named(f, "Click the Menu button in the toolbar", at["△"], 0) == at["三"]
    assert icon_named(f, "Click Play on the toolbar", at["△"], 0) == at["△"]  # no glyph draws it here
    assert icon_named(f, "click the Edit button", at["X"], 0) == at["X"]  # a text reads the name


def test_a_menu_is_opened_on_the_menu_bar_ocr_read_as_one_text():
    """"Open the View menu and choose White Archive" and "choose View > Quiet Join" clicked a toolbar glyph:
    OCR reads the menu bar as one text, "File Edit View Help"."""
    from tilepilot.model.embedded.order import menu_title

    t = KINDS["text"]
    f, at = _page([("Image Editor", t, (23, 23, 181, 60)), ("File Edit View Help", t, (23, 59, 282, 103)),
                   ("×", t, (119, 117, 151, 148)), ("White Archive", t, (150, 300, 280, 330))])
    assert menu_title(f, "Open the View menu and choose White Archive", at["×"], 0) == at["File Edit View Help"]
    assert menu_title(f, "choose View > White Archive", at["×"], 0) == at["File Edit View Help"]
    assert menu_title(f, "choose View > White Archive", at["White Archive"], 1) == at["White Archive"]
    assert menu_title(f, "Open the Tools menu", at["×"], 0) == at["×"]  # no text holds it


def test_a_clause_that_sorts_clicks_the_pages_sort_control():
    """"Sort the stays by price, lowest first" clicked a hotel's Save; the page's select reads "Sort by
    Recommended". A table sorted by a column's header has no such control: the network's click stands."""
    from tilepilot.model.embedded.order import sort_control

    f, at = _page([("Save", KINDS["text"], (388, 362, 455, 386)), ("Sort by", KINDS["text"], (970, 287, 1033, 311)),
                   ("Sort by Recommended", KINDS["input"], (1038, 277, 1232, 322)),
                   ("Age", KINDS["text"], (300, 100, 340, 120))])
    assert sort_control(f, "Sort the stays by price, lowest first.", at["Save"], 0) == at["Sort by Recommended"]
    assert sort_control(f, "Save the Casa del Sol", at["Save"], 0) == at["Save"]  # no sorting clause
    assert sort_control(f, "Sort the stays by price", at["Sort by"], 0) == at["Sort by"]  # on the control already
    g, on = _page([("Name", KINDS["text"], (100, 100, 160, 120)), ("Age", KINDS["text"], (300, 100, 340, 120))])
    assert sort_control(g, "Sort the table by age", on["Age"], 0) == on["Age"]
    assert sort_control(g, "Sort the table by age", on["Name"], 0) == on["Name"]


def test_a_task_whose_verb_has_no_button_here_goes_to_the_part_of_the_site_named_after_it():
    """"Approve Kenji Watanabe's time-off request …" on a home page typed the name into a table cell; the
    approving happens under the Approvals tab. A page with the verb's own button, or a sentence saying it, is
    left to the network or to the rows."""
    from tilepilot.model.embedded.order import verb_section

    home = [("Directory", KINDS["text"], (94, 44, 150, 60)), ("Approvals 5", KINDS["text"], (262, 44, 345, 60)),
            ("Playlists", KINDS["text"], (40, 190, 110, 206)),
            ("Approve pending time-off requests", KINDS["text"], (446, 168, 655, 183))]
    f, at = _page(home)
    task = "Approve Kenji Watanabe's time-off request and reject Sara Lindqvist's."
    assert verb_section(f, task) == at["Approvals 5"]
    g, _ = _page([*home, ("Approve", KINDS["text"], (1037, 137, 1100, 161))])
    assert verb_section(g, task) is None  # its button is here
    assert verb_section(f, "Play the third song") is None  # no place named after playing (not "Playlists")
    assert verb_section(f, "Open the directory") is None


def test_a_rows_button_is_pressed_for_the_first_clause_whose_row_still_shows_it():
    """Both requests were on screen and the network scrolled. "Sara Lindgren" is another person than "Sara
    Lindqvist"; an approved row shows no buttons, so the next clause is in turn."""
    from tilepilot.model.embedded.order import row_act

    t = KINDS["text"]
    rows = [("Kenji Watanabe", t, (98, 137, 203, 159)), ("Approve", t, (1037, 137, 1100, 161)),
            ("Reject", t, (1114, 137, 1163, 159)), ("Sara Lindgren", t, (97, 164, 195, 186)),
            ("Approve", t, (1037, 164, 1098, 185)), ("Reject", t, (1114, 164, 1163, 186)),
            ("Sara Lindqvist", t, (97, 191, 197, 213)), ("Approve", t, (1036, 191, 1100, 215)),
            ("Reject", t, (1114, 191, 1162, 213))]
    task = "Approve Kenji Watanabe's time-off request and reject Sara Lindqvist's."
    f, _ = _page(rows)
    assert row_act(f, task) == 1
    done = [("Approved", t, (1037, 137, 1100, 161)) if k == 1 else c for k, c in enumerate(rows) if k != 2]
    g, _ = _page(done)
    assert g.cand_text[row_act(g, task)] == "Reject" and g.cand_box[row_act(g, task)][1] == 191
    assert row_act(g, "Approve Kenji Watanabe's request") is None  # done: the next row's Approve is not his
    assert row_act(_clicked(_page(rows)[0], (1068, 149)), "Approve Kenji Watanabe's request") is None  # pressed
    assert row_act(f, "Approve Tomasz Kowalski's request") is None  # not on screen
    assert row_act(f, "Open Kenji Watanabe's request") is None  # no row button reads "open"


def test_the_thing_a_clause_names_in_quotes_is_clicked_when_the_network_would_scroll_past_it():
    from tilepilot.model.embedded.order import named_in_view

    f, at = _page([("Duplicate charge on May invoice", KINDS["text"], (376, 300, 570, 320)),
                   ("Refund not received", KINDS["text"], (376, 516, 501, 536)), ("Kim Nguyen", KINDS["text"],
                                                                                   (931, 519, 985, 535))])
    task = 'Reply to the "Refund not received" ticket with "We have issued your refund today." and set it solved'
    assert named_in_view(f, task, 0) == at["Refund not received"]
    assert named_in_view(f, 'Reply to the "Cancel my subscription" ticket with "Done."', 0) is None  # not here


def test_a_counted_thing_is_stepped_up_to_the_count_then_the_task_is_done():
    """"Add 2 Hass avocados to the basket" added one: the card showed "− 1 +", and the model went on to add
    Strawberries. Its "+" is clicked until it shows 2; then the task is done."""
    from tilepilot.model.embedded.order import count_step

    t = KINDS["text"]
    card = [("Hass Avocado", t, (287, 333, 382, 349)), ("€1.29", t, (281, 395, 332, 420)),
            ("1", t, (437, 401, 450, 417)), ("+", t, (468, 402, 481, 416)), ("Bananas", t, (533, 333, 591, 349)),
            ("+ Add", t, (678, 401, 723, 419))]
    f, at = _page(card)
    assert count_step(f, "Add 2 Hass avocados to the basket.") == at["+"]
    two = [("2", t, c[2]) if c[0] == "1" else c for c in card]
    g, _ = _page(two)
    assert count_step(g, "Add 2 Hass avocados to the basket.") == -1
    assert count_step(g, "Add 2 Hass avocados to the basket, then check out") is None  # more to do after
    assert count_step(f, "Add Hass avocados to the basket") is None  # no count
    assert count_step(f, "Book 2 nights at the Hass Avocado") is None  # nights are no stepper's count


def _clicked(f: SimpleNamespace, *points: tuple[float, float]) -> SimpleNamespace:
    """``f`` after clicks at ``points`` (frame pixels)."""
    f.hist_kind = np.array([ACTIONS.index("click")] * len(points), np.int64)
    f.hist_box = np.array([(x - 4, y - 4, x + 4, y + 4) for x, y in points], np.float32).reshape(-1, 4)
    return f


_LIBRARY_NAV = [("Catalogue", KINDS["text"], (305, 20, 373, 38)), ("My loans 3", KINDS["text"], (401, 20, 488, 38)),
                ("My holds 2", KINDS["text"], (520, 20, 603, 38)), ("Account", KINDS["text"], (634, 20, 685, 38))]


def test_the_users_own_things_are_found_in_the_section_named_after_them():
    """"Renew my loan of The Hobbit" on the catalogue clicked the book's "On loan to you" badge and stopped:
    renewing happens under "My loans", a link in the site's top bar reading the thing "my" names."""
    from tilepilot.model.embedded.order import owned_section

    t = KINDS["text"]
    catalogue = [*_LIBRARY_NAV, ("The Hobbit", t, (207, 412, 286, 431)), ("On loan to you", t, (1010, 443, 1102, 461)),
                 ("Circe", t, (207, 652, 244, 671)), ("Hold placed", t, (1025, 683, 1102, 701))]
    f, at = _page(catalogue)
    assert owned_section(f, "Renew my loan of The Hobbit") == at["My loans 3"]
    assert owned_section(f, "Cancel my hold on Circe") == at["My holds 2"]
    g, _ = _page([*catalogue, ("Renew", t, (1075, 199, 1136, 215))])
    assert owned_section(g, "Renew my loan of The Hobbit") is None  # its button is on this page
    assert owned_section(f, "Renew The Hobbit") is None  # nothing of the user's is named
    assert owned_section(f, "Add The Hobbit to my loans") is None  # where it goes, not what is acted on
    cars, _ = _page([("Car rental", t, (154, 20, 219, 38)), ("My trips", t, (237, 20, 286, 38))])
    assert owned_section(cars, "Cancel my car rental booking RD-4821") is None  # a booking is no car rental
    report = [("Reports", t, (49, 80, 103, 96)), ("March 2027 - Client visit Lyon", t, (248, 78, 601, 102))]
    h, _ = _page(report)
    assert owned_section(h, "Delete the parking expense from my March report") is None  # the March report is shown
    form, _ = _page([("Your profile", t, (30, 30, 160, 50)), ("Display name", t, (33, 80, 140, 109)),
                     ("Sam Lee", KINDS["input"], (38, 106, 310, 136))])
    assert owned_section(form, "Change my display name to Sam Rivera") is None  # a field's label, not a link
    low, _ = _page([("My loans", t, (401, 420, 470, 438))])
    assert owned_section(low, "Renew my loan of The Hobbit") is None  # a sentence on the page, not its top bar


def test_a_rows_icon_button_undoes_edits_or_keeps_it():
    """Rows and cards act by icons OCR does not read as words: a bin on a hold's row ("回" to OCR), a pencil
    and a cross under a booking's identifier. Undoing takes the last icon, editing the first."""
    from tilepilot.model.embedded.order import icon_asked, icon_undone, row_icon

    t, c = KINDS["text"], KINDS["component"]
    holds = [("Circe", t, (127, 201, 173, 231)), ("Central", t, (437, 202, 493, 232)),
             ("回", t, (1119, 202, 1140, 225)), ("The Covenant of Water", t, (131, 263, 287, 280)),
             ("", c, (1124, 265, 1137, 279))]
    f, at = _page(holds)
    assert row_icon(f, "Cancel my hold on Circe") == at["回"]
    assert row_icon(f, "Cancel my hold on The Covenant of Water") == 4
    assert row_icon(f, "Open my hold on Circe") is None  # no icon opens
    card = [("RD-4821· Economy", t, (892, 444, 1006, 464)), ("Berlin Hauptbahnhof", t, (894, 466, 1032, 483)),
            ("0", t, (1099, 514, 1117, 533)), ("", c, (1139, 516, 1154, 531)),
            ("RD-5190 · SUV", t, (892, 573, 980, 590)), ("0", t, (1099, 643, 1118, 662)),
            ("", c, (1139, 645, 1154, 660)),
            ("Submit for approval", t, (1098, 86, 1237, 104)), ("", c, (1075, 87, 1092, 104))]
    g, _ = _page(card)
    assert row_icon(g, "Cancel my car rental booking RD-4821") == 3  # the cross, right of the pencil
    assert row_icon(g, "Change the return date of my booking RD-5190 to 20/05/2027") == 5  # the pencil
    assert row_icon(g, "Delete the approval") is None  # the icon of a labelled button is no row's
    assert not icon_asked(g, "Cancel my car rental booking RD-4821")
    assert icon_asked(_clicked(g, (1146, 524)), "Cancel my car rental booking RD-4821")  # "Cancel booking?" next
    assert row_icon(g, "Cancel my car rental booking RD-4821") is None  # clicked once already
    gone, _ = _page([("RD-4821· Economy", t, (892, 444, 1006, 464)), ("CANCELLED", t, (1083, 447, 1156, 461))])
    assert icon_undone(_clicked(gone, (1146, 524), (766, 398)), "Cancel my car rental booking RD-4821")
    assert not icon_undone(_clicked(gone, (1146, 524)), "Cancel my car rental booking RD-4821")  # one click
    assert not icon_undone(_clicked(gone, (1146, 524), (766, 398)), "Cancel all my bookings")  # one of many
    assert not icon_undone(_clicked(_page(card)[0], (1146, 524), (766, 398)),
                           "Cancel my car rental booking RD-4821")  # its cross still shows
    assert not icon_undone(_clicked(gone, (1146, 524), (766, 398)), "Cancel my booking RD-4821, then open My trips")
    jobs = [("Senior Frontend Engineer", t, (441, 230, 637, 249)), ("", c, (1145, 240, 1161, 257)),
            ("Apply", t, (1115, 310, 1155, 328))]
    h, _ = _page(jobs)
    assert row_icon(h, "Save the Senior Frontend Engineer job at Northwind") == 1
    lodge, _ = _page([("Atlantic Surf Lodge", t, (617, 367, 841, 395)), ("", c, (733, 368, 747, 382))])
    assert row_icon(lodge, "Save the Alpine Lodge Zermatt to your saved stays") is None  # named, not here: no guess


def test_a_cards_button_under_its_name_is_pressed_though_ocr_glued_a_glyph_to_it():
    """"Place a hold on Project Hail Mary …": the search box reads the title too, but has no button; the card's
    "Place hold" stands 14 px under the title, its calendar icon read as "白"."""
    from tilepilot.model.embedded.order import row_act

    t = KINDS["text"]
    f, at = _page([("Project Hail Mary", t, (168, 170, 300, 190)), ("Project Hail Mary", t, (202, 288, 338, 318)),
                   ("Andy Weir - 2021", t, (203, 311, 310, 331)), ("白Place hold", t, (1006, 321, 1097, 344))])
    assert row_act(f, "Place a hold on Project Hail Mary for pickup at the Riverside branch") == at["白Place hold"]


def test_a_row_is_told_by_its_time_and_name_and_an_edit_is_saved_and_done():
    """"Book the 18:30 Spin class on Monday": Spin shows on two rows (Spin, Spin Endurance), the time tells
    them apart. "Change the return date of my booking RD-5190 …" typed the date into the dialog the pencil
    opened and stopped: its "Save changes" is pressed, and then the task is done."""
    from tilepilot.model.embedded.order import edited_button, icon_undone, row_act

    t, c = KINDS["text"], KINDS["component"]
    f, at = _page([("07:00", t, (257, 230, 300, 248)), ("Morning Yoga", t, (366, 228, 471, 248)),
                   ("18:30", t, (257, 458, 300, 478)), ("Spin", t, (366, 456, 401, 476)),
                   ("19:30", t, (257, 534, 300, 554)), ("Spin Endurance", t, (366, 532, 488, 552))]
                  + [("Book", t, (771, y, 921, y + 36)) for y in (229, 457, 533)])
    assert f.cand_box[row_act(f, "Book the 18:30 Spin class on Monday")][1] == 457
    assert f.cand_box[row_act(f, "Book the 19:30 Spin Endurance class")][1] == 533
    assert row_act(f, "Book the Spin class") is None  # two rows read Spin
    dialog = [("Change dates", t, (449, 277, 567, 297)), ("RETURN DATE", t, (647, 334, 736, 347)),
              ("20/05/2027", t, (657, 362, 730, 380)), ("Cancel", t, (633, 416, 676, 434)),
              ("Save changes", t, (720, 416, 814, 434)), ("", c, (1100, 644, 1116, 660))]
    task = "Change the return date of my booking RD-5190 to 20/05/2027"
    g, at = _page(dialog)
    g.hist_kind = np.array([ACTIONS.index("click"), ACTIONS.index("type")], np.int64)
    g.hist_box = np.array([(1104, 648, 1112, 656), (735, 366, 743, 374)], np.float32)
    assert edited_button(g, task) == at["Save changes"]
    assert edited_button(g, "Open my booking RD-5190") is None  # nothing edited
    h, _ = _page(dialog)
    h.hist_kind, h.hist_box = g.hist_kind, np.array([(300, 300, 308, 308), (735, 366, 743, 374)], np.float32)
    assert edited_button(h, task) is None  # no icon was clicked: a form of the page's own, not a row's
    assert not icon_undone(g, task)
    done = _clicked(_page(dialog)[0], (1108, 652), (739, 370), (767, 425))
    done.hist_kind[1] = ACTIONS.index("type")
    assert icon_undone(done, task)  # its icon, the date, then Save changes


def test_n_or_more_is_the_filters_n_plus_button_then_done():
    from tilepilot.model.embedded.order import at_least_option

    t = KINDS["text"]
    f, at = _page([("Bedrooms", t, (501, 90, 556, 105)), ("Any", t, (575, 88, 600, 106)),
                   ("1+", t, (624, 88, 641, 106)), ("3+", t, (706, 88, 723, 106)),
                   ("Bedrooms No max", KINDS["input"], (388, 78, 491, 116))])
    task = "Show only homes with 3 or more bedrooms"
    assert at_least_option(f, task) == at["3+"]
    assert at_least_option(f, "Show homes with at least 1 bedroom") == at["1+"]
    assert at_least_option(f, "Show homes with 2 or more bedrooms") is None  # no "2+" here
    assert at_least_option(f, "Show homes with 3 bedrooms") is None
    done = _clicked(f, (714, 97))
    assert at_least_option(done, task) == -1  # pressed: the task is done
    assert at_least_option(done, task + ", then sort by price") is None  # more to do


def test_a_link_reading_my_and_the_thing_holds_the_users_own_things():
    """"Cancel my Sakura House reservation" on the restaurants' page clicked the restaurant's card: the
    reservation is under "My reservations", though the restaurant is shown. Once there, the task is not done."""
    from tilepilot.model.embedded.order import only_went_to_own, owned_section

    t = KINDS["text"]
    nav = [("Discover", t, (250, 22, 308, 41)), ("My reservations", t, (340, 22, 446, 41)),
           ("Saved", t, (478, 22, 521, 41)), ("Sakura House", t, (475, 486, 584, 508))]
    f, at = _page(nav)
    assert owned_section(f, "Cancel my Sakura House reservation.") == at["My reservations"]
    assert owned_section(f, "Cancel the Sakura House reservation.") is None  # no "my": nothing of the user's
    assert owned_section(f, "Cancel my Sakura House order.") is None  # the site calls it otherwise
    assert owned_section(f, "Cancel my Sakura House booking.") == at["My reservations"]  # a booking is one
    g, _ = _page([*nav, ("Cancel", t, (1000, 486, 1050, 508))])
    assert owned_section(g, "Cancel my Sakura House reservation.") is None  # its button is here
    plans, at2 = _page([("Overview", t, (22, 97, 78, 113)), ("My plans", t, (22, 286, 76, 303))])
    assert owned_section(plans, "Upgrade my internet to the Fibre 500 plan.") == at2["My plans"]
    assert not only_went_to_own(f, "Cancel my Sakura House reservation.")
    assert only_went_to_own(_clicked(f, (393, 32)), "Cancel my Sakura House reservation.")
    assert not only_went_to_own(_clicked(f, (529, 497)), "Cancel my Sakura House reservation.")  # the card
    assert not only_went_to_own(_clicked(f, (260, 32)), "Open Discover.")  # a link was what it asked
    assert not only_went_to_own(_clicked(f, (393, 32), (500, 497)), "Cancel my Sakura House reservation.")


def test_a_rows_change_button_then_the_choice_then_the_dialogs_way_forward():
    """"Upgrade my internet to the Fibre 500 plan" on "My plans": the Internet row's "Change plan" (every row
    has one), then "Fibre 500" in its dialog (not "Fibre 50"), "Review change", then "Confirm change"."""
    from tilepilot.model.embedded.order import swap_button

    t = KINDS["text"]
    task = "Upgrade my internet to the Fibre 500 plan."
    rows = [("Electricity · 14 Elm Street, Brookfield", t, (329, 98, 547, 115)),
            ("Change plan", t, (1132, 120, 1219, 137)),
            ("Internet · 14 Elm Street, Brookfield", t, (329, 215, 535, 232)), ("Fibre 100", t, (329, 236, 395, 254)),
            ("Change plan", t, (1132, 237, 1219, 254)),
            ("Electricity · Flat 3, 27 Harbour Road", t, (329, 332, 600, 349)),
            ("Change plan", t, (1133, 354, 1219, 371))]
    f, _ = _page(rows)
    assert swap_button(f, task) == 4  # the Internet row's
    assert swap_button(f, "Upgrade my internet plan.") is None  # no new plan named: nothing to choose
    assert swap_button(f, "Cancel my internet to the Fibre 500 plan.") is None  # no verb that swaps
    dialog = [*rows, ("Fibre 50", t, (444, 245, 502, 262)), ("Fibre 100", t, (444, 318, 507, 335)),
              ("Fibre 500", t, (444, 392, 509, 409)), ("500/50 Mbps · unlimited data", t, (444, 410, 725, 431)),
              ("Cancel", t, (682, 562, 733, 580)), ("Review change", t, (763, 560, 869, 582))]
    g, at = _page(dialog)
    assert swap_button(_clicked(g, (1175, 245)), task) == at["Fibre 500"]
    assert swap_button(_clicked(g, (1175, 245), (476, 400)), task) == at["Review change"]
    confirm, at3 = _page([*rows, ("Cancel", t, (682, 480, 733, 498)), ("Confirm change", t, (760, 478, 869, 496))])
    assert swap_button(_clicked(confirm, (1175, 245), (476, 400), (816, 571)), task) == at3["Confirm change"]
    assert swap_button(_clicked(f, (1175, 245), (476, 400), (816, 571), (813, 486)), task) is None  # changed


def test_of_twin_buttons_the_one_on_the_named_card():
    """"Turn off the kitchen lights": every room's card has "All off"; OCR read the card's title "Kitch∈"."""
    from tilepilot.model.embedded.order import card_twin

    t = KINDS["text"]
    f, at = _page([("Living room", t, (274, 446, 382, 471)), ("All off", t, (509, 452, 556, 473)),
                   ("Kitch∈", t, (612, 447, 679, 468)), ("All off ", t, (845, 453, 892, 474)),
                   ("Main bedroom", t, (947, 448, 1075, 470)), ("All off  ", t, (1182, 453, 1227, 474)),
                   ("", KINDS["input"], (1174, 448, 1235, 481))])
    task = "Turn off the kitchen lights."
    assert card_twin(f, task, at["All off  "]) == at["All off "]
    assert card_twin(f, task, 6) == at["All off "]  # the button's box, not its text
    assert card_twin(f, "Turn off the bedroom lights.", at["All off"]) == at["All off  "]
    assert card_twin(f, "Turn off the lights.", at["All off"]) == at["All off"]  # no card named
    assert card_twin(f, task, at["Main bedroom"]) == at["Main bedroom"]  # no twin
    # a table of password fields: "Password" is the placeholder of every row but the one typed into, and names
    # no card (it sent the network's Save on Yusuf's row to Dmitri's)
    i = KINDS["input"]
    g, at2 = _page([("Oscar", t, (45, 186, 113, 216)), ("Password", t, (148, 184, 254, 211)),
                    ("Save", t, (458, 185, 517, 213)), ("Dmitri", t, (45, 249, 126, 276)),
                    ("Password ", t, (147, 249, 254, 276)), ("Save ", t, (457, 248, 517, 279)),
                    ("Yusuf", t, (47, 316, 113, 345)), ("Save  ", t, (458, 314, 517, 342)),
                    ("Oscar Password", i, (145, 177, 414, 223)), ("Dmitri Password", i, (145, 242, 414, 286)),
                    ("Yusuf", i, (145, 307, 413, 350))])
    pw = 'Enter the password "summit69" for user Yusuf, and press Save next to it'
    assert card_twin(g, pw, at2["Save  "]) == at2["Save  "]
    assert card_twin(g, pw, at2["Save"]) == at2["Save  "]  # Yusuf's row is the one named


def test_a_rows_more_menu_then_the_entry_reading_the_verb():
    """"Cancel my Sakura House reservation" on "My reservations": each row shows "Modify" and "⋮" and no
    "Cancel"; the Sakura House row's "⋮" opens its menu, whose "Cancel reservation" is pressed once. The task
    is not done while the menu is open (two clicks made, and the row shows no icon: the dots are too thin)."""
    from tilepilot.model.embedded.order import icon_undone, row_menu

    t = KINDS["text"]
    task = "Cancel my Sakura House reservation."
    rows = [("Harbour Grill", t, (200, 264, 330, 284)), ("Modify", t, (1072, 298, 1131, 323)),
            ("⋮", t, (1168, 302, 1170, 314)),  # the glyph as OCR boxes it: the dots of a card, under its name
            ("Sakura House", t, (200, 374, 315, 394)), ("Modify", t, (1072, 408, 1131, 433)),
            ("⋮", t, (1168, 412, 1170, 424))]
    f, _ = _page(rows)
    assert row_menu(f, task) == 5  # Sakura House's dots, not Harbour Grill's
    assert row_menu(f, "Cancel my Harbour Grill reservation.") == 2
    assert row_menu(f, "Show my Sakura House reservation.") is None  # no verb a menu does
    assert row_menu(f, "Cancel my Nopa reservation.") is None  # no such row
    shown, _ = _page([*rows, ("Cancel", t, (990, 408, 1050, 433))])
    assert row_menu(shown, task) is None  # the verb's own button is shown
    menu = [*rows, ("Edit party size", t, (1012, 440, 1130, 457)), ("Add to calendar", t, (1012, 475, 1130, 492)),
            ("Cancel reservation", t, (1012, 540, 1141, 557))]
    g, at = _page(menu)
    opened = _clicked(g, (393, 32), (1169, 418))
    assert row_menu(opened, task) == at["Cancel reservation"]
    assert not icon_undone(opened, task)  # its menu waits
    assert row_menu(_clicked(g, (393, 32), (1169, 418), (1076, 548)), task) is None  # pressed once


def test_a_page_is_opened_by_its_name_then_its_own_menu_then_the_entry():
    """"Archive the Q1 offsite agenda page": the list shows titles and tags and no Archive (the sidebar's
    "Archive" is a place); the title opens the page, whose top bar has the one "⋮", whose menu has "Archive".
    Pressed, the dots may show no more (read as nothing): the entry is found under the last click."""
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    task = "Archive the Q1 offsite agenda page."
    side = [("Home", t, (14, 155, 80, 176)), ("Q2 offsite agenda", t, (14, 277, 153, 300)),
            ("Archive", t, (13, 656, 89, 677))]
    f, at = _page([*side, ("Q2 offsite agenda ", t, (332, 421, 468, 444)), ("offsite", t, (719, 423, 761, 446)),
                   ("Q1 offsite agenda", t, (332, 529, 465, 546)), ("offsite ", t, (718, 527, 763, 553)),
                   ("Q1 offsite budget", t, (331, 567, 464, 590))])
    assert row_menu(f, task) == at["Q1 offsite agenda"]  # not the budget, not Q2
    assert row_menu(f, "Archive the Q3 launch page.") is None  # not on screen
    assert row_menu(f, "Archive the Q1 offsite agenda.") is None  # no thing a page opens
    assert row_menu(_clicked(f, (398, 538)), task) is None  # opened once
    top = [("Operations / Q1 offsite agenda", t, (280, 11, 494, 34)), ("Share", t, (1142, 14, 1187, 31)),
           ("Q1 offsite agenda", t, (436, 130, 741, 182))]
    g, at2 = _page([*side, *top, ("⋮", t, (1245, 16, 1253, 31))])
    assert row_menu(g, task) == at2["⋮"]
    menu = [("Rename", t, (1075, 53, 1138, 77)), ("Move to...", t, (1075, 86, 1147, 110)),
            ("Duplicate", t, (1074, 118, 1142, 143)), ("Copy link", t, (1073, 150, 1144, 181)),
            ("Archive ", t, (1076, 198, 1129, 216)), ("Move to trash", t, (1076, 231, 1168, 251))]
    h, at3 = _page([*side, *top, *menu])  # the dots pressed show none
    assert row_menu(_clicked(h, (398, 538), (1249, 24)), task) == at3["Archive "]
    assert row_menu(_clicked(h, (398, 538), (1249, 24), (1102, 207)), task) is None  # pressed once
    lone, _ = _page([*side, *top, ("Archive ", t, (1076, 198, 1129, 216))])
    assert row_menu(_clicked(lone, (398, 538), (1249, 24)), task) is None  # a button, no menu: not this rule's


def test_a_rows_modify_button_then_the_dialogs_count_then_save():
    """"Change my Le Petit Jardin booking on 22 May to 6 people": "My reservations" holds the bookings (a booking
    is a reservation); of two Le Petit Jardin rows the one reading 22 May; its "Modify"; in the dialog the
    party's "+" until it reads 6 guests; then "Save changes"."""
    from tilepilot.model.embedded.order import edit_button, edit_dialog, owned_section

    t = KINDS["text"]
    task = "Change my Le Petit Jardin booking on 22 May to 6 people."
    nav = [("Discover", t, (246, 21, 312, 43)), ("My reservations", t, (336, 23, 450, 43))]
    assert owned_section(_page(nav)[0], task) == 1
    rows = [*nav, ("Le Petit Jardin", t, (199, 236, 321, 256)),
            ("Saturday 22 May 2027 at 19:30", t, (201, 264, 505, 282)),
            ("Modify", t, (1072, 269, 1130, 294)), ("Sakura House", t, (200, 374, 315, 394)),
            ("Modify ", t, (1072, 408, 1131, 433)), ("Le Petit Jardin ", t, (198, 512, 321, 532)),
            ("Saturday 5 Jun 2027 at 19:00", t, (201, 541, 501, 559)), ("Modify  ", t, (1072, 546, 1130, 571))]
    f, at = _page(rows)
    assert edit_button(f, task) == at["Modify"]
    assert edit_button(f, task.replace("22 May", "5 June")) == at["Modify  "]
    assert edit_button(f, "Change my Le Petit Jardin booking to 6 people.") is None  # which of the two?
    assert edit_button(f, "Cancel my Le Petit Jardin booking on 22 May.") is None  # no edit
    assert edit_dialog(f, task) is None  # nothing pressed yet
    dialog = [*rows, ("Party size", t, (409, 351, 480, 372)), ("4 guests", t, (461, 388, 531, 409)),
              ("+", t, (550, 388, 568, 406)), ("Cancel", t, (652, 591, 709, 612)),
              ("Save changes", t, (745, 592, 852, 611))]
    g, at2 = _page(dialog)
    assert edit_button(_clicked(g, (1101, 282)), task) is None  # pressed
    assert edit_dialog(_clicked(g, (1101, 282)), task) == at2["+"]
    six, at3 = _page([(x, k, b) if x != "4 guests" else ("6 guests", k, b) for x, k, b in dialog])
    assert edit_dialog(_clicked(six, (1101, 282), (559, 397), (559, 397)), task) == at3["Save changes"]
    assert edit_dialog(_clicked(six, (1101, 282), (559, 397), (559, 397), (798, 601)), task) is None  # saved


def test_a_rows_one_icon_keeps_marks_or_downloads_it_then_the_task_is_done():
    """"Download my certificate …" (a download arrow OCR reads as "业"), "Add the Vega room to my favourites" (its
    star), "Turn on … notifications for the parcel coming from Lumen Audio" (a bell, a component), "Upvote the
    thread "Best budget …"" (the arrow left of a title OCR cut short): each row's one icon, then done."""
    from tilepilot.model.embedded.order import icon_kept, row_icon

    t, c = KINDS["text"], KINDS["component"]
    rows = [("Certificate of motor insurance", t, (335, 520, 538, 536)), ("业", t, (859, 522, 888, 557)),
            ("Home policy schedule", t, (337, 646, 485, 662)), ("Vega", t, (248, 354, 294, 378)),
            ("☆", t, (406, 362, 428, 385)), ("Lumen Audio", t, (337, 433, 429, 450)),
            ("Manage", t, (1165, 436, 1224, 459)), ("", c, (1129, 441, 1145, 459)),
            ("▲", t, (292, 251, 307, 265)), ("Best budget mechanical keyboard in 202", t, (342, 245, 679, 265)),
            ("3", t, (1065, 260, 1077, 275))]
    f, at = _page(rows)
    assert row_icon(f, "Download my certificate of motor insurance.") == at["业"]
    assert row_icon(f, "Add the Vega room to my favourites.") == at["☆"]
    assert row_icon(f, "Add the Vega room to the booking.") is None  # adding is no keeping
    assert row_icon(f, "Turn on delivery notifications for the parcel coming from Lumen Audio.") == 7
    assert row_icon(f, 'Upvote the thread "Best budget mechanical keyboard in 2024?".') == at["▲"]
    assert row_icon(f, 'Upvote the thread "Best budget laptop".') is None  # another title
    task = "Add the Vega room to my favourites."
    assert not icon_kept(f, task)
    assert icon_kept(_clicked(f, (417, 374)), task)
    assert not icon_kept(_clicked(f, (271, 366)), task)  # its name, not its star
    assert not icon_kept(_clicked(f, (417, 374)), task + " Then book it for Friday.")  # more to do


def test_a_thing_taken_from_a_place_goes_there_first_then_its_tiles_button():
    """"Restore the photo "Harbour boats" from the trash": the sidebar's "Trash" while the photo is not shown;
    in the trash, the "Restore" above its caption (each tile's buttons stand over its picture's caption)."""
    from tilepilot.model.embedded.order import place_link, row_act

    t = KINDS["text"]
    task = 'Restore the photo "Harbour boats" from the trash.'
    grid = [("Photos", t, (53, 83, 106, 101)), ("Albums", t, (52, 167, 105, 185)), ("Trash", t, (53, 285, 94, 303)),
            ("Lighthouse at dusk", t, (409, 312, 516, 329))]
    f, at = _page(grid)
    assert place_link(f, task) == at["Trash"]
    assert place_link(f, 'Restore the photo "Harbour boats".') is None  # no place said
    assert place_link(f, 'Restore the photo "Lighthouse at dusk" from the trash.') is None  # it is shown here
    assert place_link(f, 'Restore the photo "Harbour boats" from the archive.') is None  # no such link
    trash = [("Trash", t, (53, 285, 96, 303)), ("Restore", t, (259, 294, 309, 314)),
             ("Delete", t, (326, 295, 371, 313)),
             ("Restore ", t, (431, 295, 481, 313)), ("Harbour boats", t, (238, 326, 318, 340)),
             ("Blurry selfie", t, (407, 322, 478, 344))]
    g, at2 = _page(trash)
    assert place_link(g, task) is None  # shown now
    assert row_act(g, task) == at2["Restore"]
    assert row_act(g, 'Restore the photo "Blurry selfie" from the trash.') == at2["Restore "]


def test_a_refund_said_with_a_light_verb_finds_its_cards_foot_button_by_route_and_day():
    """"Get a refund for my Leeds to York ticket on 22 March": "My tickets" holds the tickets; of two Leeds → York
    cards, the one reading 22 Mar has its "Request refund" at its foot (100 px under the route); the dialog
    "Refund this ticket?" asks a reason first, its "Confirm refund" far under the question."""
    from tilepilot.model.embedded.buttons import confirm_button
    from tilepilot.model.embedded.order import owned_section, row_act

    t = KINDS["text"]
    task = "Get a refund for my Leeds to York ticket on 22 March."
    home = [("Train tickets", t, (218, 20, 315, 40)), ("My tickets", t, (347, 20, 429, 40)),
            ("Leeds → York", t, (55, 405, 157, 422))]
    assert owned_section(_page(home)[0], task) == 1
    cards = [("Manchester Piccadilly → London Euston", t, (52, 215, 490, 240)),
             ("Tue 19 Mar 2024", t, (53, 262, 190, 282)),
             ("Request refund", t, (1083, 316, 1203, 335)), ("Leeds → York", t, (52, 411, 210, 438)),
             ("Fri 22 Mar 2024", t, (53, 459, 184, 479)), ("Request refund ", t, (1082, 511, 1205, 533)),
             ("Leeds → York ", t, (52, 608, 211, 635)), ("Tue 26 Mar 2024", t, (53, 655, 191, 675))]
    f, at = _page(cards)
    assert row_act(f, task) == at["Request refund "]
    assert row_act(f, task.replace("22", "26")) is None  # its button is off screen: not the 22nd's
    assert row_act(f, "Get a refund for my Leeds to York ticket.") is None  # which of the two?
    assert row_act(f, "Get a quote for my Leeds to York ticket on 22 March.") is None  # no refund asked
    dialog = [*cards, ("Refund this ticket?", t, (418, 172, 623, 192)), ("Reason", t, (417, 262, 476, 279)),
              ("Keep ticket", t, (581, 523, 680, 549)), ("Confirm refund", t, (719, 525, 844, 545))]
    g, at2 = _page(dialog)
    assert confirm_button(g, task) is None  # nothing clicked yet
    assert confirm_button(_clicked(g, (1143, 522)), task) == at2["Confirm refund"]


def test_the_part_of_a_site_named_after_the_thing_a_task_makes_is_gone_to_first():
    """"Schedule a pickup …" goes to "Pickups", "Make a claim …" to "Claims" (not the sidebar's "24/7 claims
    line"), "Add my 26-30 Railcard …" to "Railcards"; a page's own controls ("Click the third link under
    Security") and a verb whose button is here ("Place hold" on the book) go nowhere; after that one click the
    task is not done."""
    from tilepilot.model.embedded.order import noun_section, only_went_to_own, owned_section

    t = KINDS["text"]
    side = [("My parcels", t, (53, 85, 125, 103)), ("Pickups", t, (53, 125, 102, 143)),
            ("Delivery preferences", t, (53, 204, 181, 222)), ("24/7 claims line", t, (31, 622, 121, 638)),
            ("Claims", t, (54, 167, 97, 185)), ("Railcards", t, (461, 20, 533, 40)),
            ("Security", t, (53, 246, 110, 264))]
    f, at = _page(side)
    assert noun_section(f, "Schedule a pickup from my Work address on 19 March 2024.") == at["Pickups"]
    assert noun_section(f, "Make a claim on my home insurance for escape of water.") == at["Claims"]
    assert noun_section(f, "Add my 26-30 Railcard to my account.") == at["Railcards"]
    assert noun_section(f, "Click the third link under Security") is None
    assert noun_section(f, "Set the Departure to 11/07/2028") is None
    assert noun_section(f, "Book a table for two") is None  # no such part
    g, _ = _page([*side, ("Place hold", t, (1040, 262, 1120, 282))])
    assert noun_section(g, "Place a hold on Project Hail Mary.") is None  # no "Holds" here; its button is
    assert not only_went_to_own(f, "Schedule a pickup from my Work address.")
    assert only_went_to_own(_clicked(f, (77, 134)), "Schedule a pickup from my Work address.")
    assert not only_went_to_own(_clicked(_page(side)[0], (81, 255)), "Open the Security page.")  # asked so
    nav = [("Room calendar", t, (46, 158, 143, 176)), ("My bookings 5", t, (46, 195, 193, 213))]
    assert owned_section(_page(nav)[0], 'Cancel my Thursday 14:00 "Design review" booking in the Nebula room.') == 1
    assert noun_section(_page([*side, ("Room calendar", t, (46, 20, 143, 40))])[0],
                        "Add the Vega room to my favourites.") is None  # its star's, not the rooms' page


def test_a_link_near_in_meaning_is_gone_to_where_the_network_would_scroll_a_page_showing_nothing_named():
    """"Change my default safe place for deliveries to the garage" on the parcels list: "Delivery preferences"
    (all-MiniLM-L6-v2, the real encoder); not for a page's own controls, nor where what the task names shows."""
    from tilepilot.model.embedded.order import like_link

    t = KINDS["text"]
    side = [("My parcels", t, (53, 85, 125, 103)), ("Pickups", t, (53, 125, 102, 143)),
            ("Address book", t, (53, 165, 140, 183)), ("Delivery preferences", t, (53, 204, 181, 222)),
            ("Help & claims", t, (53, 282, 139, 299)), ("Northwind Books", t, (339, 500, 455, 517))]
    f, at = _page(side)
    assert like_link(f, "Change my default safe place for deliveries to the garage.") == at["Delivery preferences"]
    assert like_link(f, "Click the delivery preferences link.") is None  # the page's own control
    assert like_link(f, "Scroll down to the delivery options.") is None
    assert like_link(f, "Redirect my Northwind Books parcel to my Work address.") is None  # its row is here
    assert like_link(f, "Bake a lemon drizzle cake.") is None  # nothing near enough


def test_a_rows_details_button_opens_it_for_a_verb_the_list_has_no_button_for():
    """"Invite Priya Nair and Tom Becker to my Sprint planning meeting on Tuesday": the bookings list shows
    "Details" and "Cancel" on each row; the Sprint planning row's "Details" (not Sprint retro's)."""
    from tilepilot.model.embedded.order import details_button

    t = KINDS["text"]
    rows = [("1:1 Sam / Lena", t, (253, 123, 366, 143)), ("Details", t, (1115, 130, 1166, 151)),
            ("Cancel", t, (1184, 132, 1231, 150)), ("Sprint planning", t, (253, 198, 372, 218)),
            ("Tuesday 12 March", t, (540, 204, 664, 225)), ("Details ", t, (1116, 205, 1164, 223)),
            ("Cancel ", t, (1184, 205, 1231, 223)), ("Sprint retro", t, (253, 423, 343, 440)),
            ("Details  ", t, (1116, 430, 1165, 448))]
    f, at = _page(rows)
    task = "Invite Priya Nair and Tom Becker to my Sprint planning meeting on Tuesday."
    assert details_button(f, task) == at["Details "]
    assert details_button(f, "Cancel my Sprint planning meeting on Tuesday.") is None  # its own button shows
    assert details_button(f, "Invite Priya Nair to my Board review meeting.") is None  # no such row
    assert details_button(f, "Click the Sprint planning meeting.") is None  # the page's own control
    assert details_button(_clicked(f, (1140, 214)), task) is None  # opened


def test_a_thread_named_by_what_it_is_about_is_opened_and_a_count_or_a_tag_is_no_icon_to_follow_it_by():
    """"Follow the thread about migrating from Postgres 12 to 16": the list shows no Follow button; its title is
    opened (not the replies count "3" right of it, nor the category's square under it)."""
    from tilepilot.model.embedded.order import about_row, row_icon

    t, c = KINDS["text"], KINDS["component"]
    rows = [("Best budget mechanical keyboard in 202", t, (342, 245, 679, 265)),
            ("Migrating from Postgres 12 to 16 — pg_upgrade or dump/restore?", t, (340, 311, 867, 336)),
            ("3", t, (1065, 328, 1077, 343)), ("", c, (340, 341, 353, 354)),
            ("Databases postgres", t, (337, 338, 480, 359))]
    f, at = _page(rows)
    task = "Follow the thread about migrating from Postgres 12 to 16."
    assert row_icon(f, task) is None
    assert about_row(f, task) == 1
    assert about_row(f, "Follow the thread about budget keyboards.") is None  # one word only: too little
    assert about_row(f, "Follow the thread about mechanical keyboard prices.") == 0
    g, _ = _page([*rows, ("Follow", t, (1150, 90, 1210, 110))])
    assert about_row(g, task) is None  # its button is here
    assert about_row(_clicked(f, (600, 323)), task) is None  # opened


def test_no_link_near_in_meaning_is_taken_where_a_link_reads_the_tasks_verb():
    """"Archive the Q1 offsite agenda page": the sidebar's "Archive" holds archived pages; the page is further
    down the list, so the network's scroll stands."""
    from tilepilot.model.embedded.order import like_link

    t = KINDS["text"]
    f, _ = _page([("All pages", t, (40, 200, 120, 218)), ("Favourites", t, (40, 240, 120, 258)),
                  ("Archive", t, (40, 280, 100, 298)), ("Trash", t, (40, 320, 90, 338))])
    assert like_link(f, "Archive the Q1 offsite agenda page.") is None


def test_a_slug_with_a_digit_is_an_identifier_even_at_a_sentences_end():
    from tilepilot.model.embedded.order import ID

    assert [m.group() for m in ID.finditer("Delete the snapshot db-nightly-2025-02-22.")] == ["db-nightly-2025-02-22"]
    assert [m.group() for m in ID.finditer("Turn on backups for staging-api-02, then ticket #4821.")] == \
        ["staging-api-02", "#4821"]
    for text in ("a follow-up call", "pay 1,234.50 now", "from 10.20.0.0/16", "at 12:30", "v2.0"):
        assert ID.search(text) is None, text


_SNAPSHOTS = [("Instances", KINDS["text"], (15, 132, 83, 149)), ("Snapshots", KINDS["text"], (14, 161, 98, 181)),
              ("Firewalls", KINDS["text"], (16, 258, 76, 275)), ("Log in", KINDS["text"], (1100, 20, 1150, 40)),
              ("x", KINDS["text"], (1195, 40, 1219, 58)),
              ("db-nightly-2025-03-01", KINDS["text"], (247, 267, 417, 290)),
              ("⋮", KINDS["text"], (1223, 272, 1231, 288)),
              ("db-nightly-2025-02-22", KINDS["text"], (247, 312, 416, 335)),
              ("⋮ ", KINDS["text"], (1223, 317, 1231, 333)),
              ("pre-upgrade-prod-web-01", KINDS["text"], (247, 357, 443, 380)),
              ("⋮  ", KINDS["text"], (1223, 362, 1231, 378))]


def test_after_a_link_found_by_meaning_the_task_goes_on_to_the_rows_act():
    """"Delete the snapshot db-nightly-2025-02-22": the sidebar's "Snapshots" (found by meaning) was clicked and
    the network said done; the task's act is still to do: that row's "⋮" (not its neighbours')."""
    from tilepilot.model.embedded.order import only_went_to_own, row_menu

    task = "Delete the snapshot db-nightly-2025-02-22."
    f, at = _page(_SNAPSHOTS)
    assert only_went_to_own(_clicked(f, (56, 171)), task)
    assert row_menu(f, task) == at["⋮ "]
    assert not only_went_to_own(_clicked(_page(_SNAPSHOTS)[0], (56, 171)), "Open the Snapshots page.")  # asked so
    assert not only_went_to_own(_clicked(_page(_SNAPSHOTS)[0], (1125, 30)), "Log in as bob with hunter2.")
    assert not only_went_to_own(_clicked(_page(_SNAPSHOTS)[0], (1207, 49)), "Close Image Editor")  # a window's x
    assert not only_went_to_own(_clicked(_page(_SNAPSHOTS)[0], (330, 323)), task)  # the row itself: no link


def test_a_cards_star_on_its_header_line_over_the_title_not_another_columns_avatar():
    """"Star the 'Update privacy policy page' card" on a board: the card's "☆ ⋯" stand on its tag line just over
    the title; on the title's own line, far right, is another column's card (its "TB" avatar)."""
    from tilepilot.model.embedded.order import icon_kept, row_icon

    t = KINDS["text"]
    board = [("Content", t, (534, 549, 594, 573)), ("☆", t, (687, 551, 710, 572)), ("⋯", t, (710, 554, 732, 569)),
             ("Cross-browser smoke tests", t, (789, 560, 977, 577)),
             ("Update privacy policy page", t, (531, 575, 720, 598)), ("WR-105", t, (1043, 571, 1091, 588)),
             ("TB", t, (1220, 574, 1240, 589)), ("WR-117", t, (531, 609, 586, 627))]
    f, at = _page(board)
    task = "Star the 'Update privacy policy page' card."
    assert row_icon(f, task) == at["☆"]
    assert icon_kept(_clicked(f, (698, 561)), task)
    # in a list, the row above's star is further up than a card's header line
    g, _ = _page([("Budget", t, (300, 540, 380, 560)), ("☆", t, (700, 540, 720, 560)),
                  ("Update privacy policy page", t, (300, 580, 500, 600))])
    assert row_icon(g, task) is None


def test_no_link_of_where_the_thing_goes_nor_the_sites_home_is_taken_by_meaning():
    """"Add The Salt Road to my list" is not at "My List" (it goes there); "Sign out the Living Room TV from my
    account" is nowhere near "Home"."""
    from tilepilot.model.embedded.order import like_link

    t = KINDS["text"]
    f, at = _page([("Home", t, (179, 23, 226, 41)), ("Series", t, (246, 20, 296, 43)), ("Films", t, (315, 22, 359, 43)),
                   ("My List", t, (378, 22, 433, 43))])
    assert like_link(f, "Add The Salt Road to my list.") != at["My List"]
    assert like_link(f, "Sign out the Living Room TV from my account.") != at["Home"]
    assert like_link(f, "Watch a film tonight.") == at["Films"]  # the rule itself still works here


_INSTANCES = [("Name", KINDS["text"], (292, 198, 337, 216)), ("Public IPv4", KINDS["text"], (1010, 198, 1090, 215)),
              ("Backups", KINDS["text"], (1123, 196, 1188, 218)), ("prod-web-01", KINDS["text"], (296, 235, 390, 252)),
              ("", KINDS["component"], (1126, 242, 1162, 262)),
              ("staging-api-02", KINDS["text"], (296, 495, 404, 512)), ("⋮", KINDS["text"], (1223, 505, 1231, 520)),
              ("", KINDS["component"], (1126, 502, 1162, 522))]
_AUTOMATIONS = [("Welcome series", KINDS["text"], (136, 175, 259, 196)),
                ("Active", KINDS["text"], (271, 175, 317, 196)),
                ("Active", KINDS["input"], (262, 175, 320, 197)), ("", KINDS["input"], (83, 181, 126, 207)),
                ("Birthday discount Paused", KINDS["text"], (138, 311, 335, 333)),
                ("", KINDS["input"], (83, 317, 126, 343)), ("", KINDS["input"], (66, 161, 1215, 227))]


def test_a_switch_is_turned_where_the_named_row_meets_the_named_column_or_on_the_rows_own_line():
    """"Turn on automatic backups for staging-api-02": the Backups column's switch on that row (not
    prod-web-01's); "Pause the Welcome series automation": the switch left of its name (not its "Active"
    badge, nor the row's frame). After that click, a task of one clause is done."""
    from tilepilot.model.embedded.order import column_switch, switch_flipped

    f, _ = _page(_INSTANCES)
    task = "Turn on automatic backups for staging-api-02."
    assert column_switch(f, task) == 7
    assert column_switch(f, "Turn on automatic backups for staging-db-01.") is None  # no such row here
    assert column_switch(f, "Turn on monitoring for staging-api-02.") is None  # no such column
    assert not switch_flipped(f, task)
    assert switch_flipped(_clicked(f, (1144, 512)), task)
    assert column_switch(f, task) is None  # clicked already
    assert not switch_flipped(_clicked(_page(_INSTANCES)[0], (1144, 512)), task + " Then restart it.")
    g, _ = _page(_AUTOMATIONS)
    assert column_switch(g, "Pause the Welcome series automation.") == 3
    assert column_switch(g, "Resume the Birthday discount automation.") == 5
    assert column_switch(g, "Pause the Win-back automation.") is None


def test_a_cards_more_menu_on_its_header_line_not_the_next_columns():
    """"Archive the 'Migrate blog posts to the new CMS' card": its "⋯" stands on the tag line over its title
    (wrapped by OCR into two texts); the next column's card shows one on the same line, further right."""
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    f, at = _page([("Content", t, (536, 189, 590, 210)), ("☆", t, (686, 191, 709, 212)), ("⋯", t, (711, 193, 732, 208)),
                   ("Frontend", t, (793, 191, 850, 209)), ("⋯ ", t, (943, 190, 987, 211)),
                   ("Migrate blog posts to the", t, (531, 214, 704, 237)), ("new CMS", t, (531, 233, 601, 254)),
                   ("Newsletter signup form", t, (787, 215, 950, 235)), ("WR-109", t, (531, 266, 580, 284))])
    assert row_menu(f, "Archive the 'Migrate blog posts to the new CMS' card.") == at["⋯"]
    assert row_menu(f, "Archive the 'Newsletter signup form validation' card.") == at["⋯ "]


def test_a_phrasal_verbs_card_is_found_by_a_word_of_its_object_and_its_foot_button_not_the_next_columns():
    """"Sign me up for the hedge-laying work day on 12 April": the object follows "for" ("me up" names
    nothing); the card's title wraps ("… along the / north boundary"); its "Sign up" is under it, and once
    pressed (the card shows "You're going"), the next column's "Sign up" is not taken for it."""
    from tilepilot.model.embedded.order import row_act

    t = KINDS["text"]
    cards = [("Work days", t, (50, 235, 141, 259)), ("Hedge-laying along the", t, (372, 270, 590, 293)),
             ("Seed swap and tea at the", t, (862, 265, 1101, 294)), ("north boundary", t, (371, 290, 518, 313)),
             ("Sat 12 Apr 2025", t, (374, 315, 617, 332)), ("Sign up", t, (645, 302, 722, 333)),
             ("Sign up ", t, (1141, 302, 1213, 331)), ("Wildlife pond clearing", t, (372, 411, 579, 436)),
             ("Sign up  ", t, (645, 440, 722, 470))]
    task = "Sign me up for the hedge-laying work day on 12 April."
    f, at = _page(cards)
    assert row_act(f, task) == at["Sign up"]
    g, _ = _page([c if c[0] != "Sign up" else ("✓ You're going", t, (616, 302, 735, 330)) for c in cards])
    assert row_act(g, task) is None


_DENTAL_NAV = [("Home", KINDS["text"], (17, 84, 80, 105)), ("Appointments", KINDS["text"], (20, 121, 130, 144)),
               ("Family members", KINDS["text"], (20, 197, 146, 220)), ("Settings", KINDS["text"], (18, 272, 95, 296))]
_DENTAL_SETTINGS = [("Settings", KINDS["text"], (247, 80, 343, 111)),
                    ("Email reminders", KINDS["text"], (270, 379, 383, 399)),
                    ("0", KINDS["text"], (1179, 382, 1232, 417)),
                    ("Text message (SMS) reminders", KINDS["text"], (270, 438, 481, 455)),
                    ("0", KINDS["text"], (1177, 438, 1233, 473)),
                    ("Newsletters & offers", KINDS["text"], (270, 495, 410, 512)),
                    ("0", KINDS["component"], (1182, 498, 1228, 524))]


def test_a_setting_not_shown_is_turned_in_the_sites_settings_on_its_own_rows_switch():
    """"Turn off text message reminders for my dental appointments" on a portal's home page went to
    "Appointments" (its words), then stopped there: it goes to "Settings", is not done there, and clicks the
    switch on the setting's own line (its knob read by OCR as "0", a text), then is done."""
    from tilepilot.model.embedded.order import column_switch, only_went_to_own, settings_link, switch_flipped

    task = "Turn off text message reminders for my dental appointments."
    f, at = _page(_DENTAL_NAV + [("Good morning, Sarah", KINDS["text"], (250, 80, 480, 110))])
    assert settings_link(f, task) == at["Settings"]
    assert settings_link(f, "Turn off two-factor sign-in for my account.") == at["Settings"]
    assert settings_link(f, "Cancel my dental appointment on 12 March.") is None  # nothing turned
    assert settings_link(_page(_DENTAL_NAV + [("Lumen Audio", KINDS["text"], (300, 440, 400, 460))])[0],
                         "Turn on delivery notifications for the parcel coming from Lumen Audio.") is None  # its row
    gear, at = _page([("Appointments", KINDS["text"], (20, 121, 130, 144)), ("⚙", KINDS["text"], (1180, 20, 1200, 40))])
    assert settings_link(gear, task) == at["⚙"]  # a gear with no word
    g, at = _page(_DENTAL_NAV + _DENTAL_SETTINGS)
    assert settings_link(g, task) is None  # its switch is on this page
    assert only_went_to_own(_clicked(_page(_DENTAL_NAV + _DENTAL_SETTINGS)[0], (56, 284)), task)
    n = len(_DENTAL_NAV)
    assert column_switch(g, task) == n + 4  # the "0" on the line of "Text message (SMS) reminders"
    assert column_switch(g, "Turn on newsletters and offers.") == n + 6
    assert switch_flipped(_clicked(g, (1205, 455)), task)


def test_a_cards_star_left_of_its_name_marks_it_a_favourite():
    """"Add Elm St & 5th Ave to my favourite stations": its card's ☆ stands left of the name, centred on the
    card (lower than the name's line); not the next card's, nor its Reserve button."""
    from tilepilot.model.embedded.order import row_icon

    t = KINDS["text"]
    f, at = _page([("Harbor Pier", t, (189, 329, 283, 346)), ("★", t, (152, 348, 170, 367)),
                   ("Elm St & 5th Ave", t, (189, 420, 326, 437)), ("Midtown · 7 free docks", t, (190, 437, 333, 452)),
                   ("☆", t, (152, 439, 170, 458)), ("Reserve", t, (536, 437, 617, 458)),
                   ("Central Station East", t, (189, 511, 350, 528)), ("☆ ", t, (152, 530, 170, 549))])
    assert row_icon(f, "Add Elm St & 5th Ave to my favourite stations.") == at["☆"]
    assert row_icon(f, "Add Central Station East to my favourites.") == at["☆ "]
    g, at = _page([("", KINDS["component"], (266, 576, 279, 589)), ("EP", t, (312, 576, 332, 591)),
                   ("Elena Petrova", t, (345, 577, 438, 591))])
    assert row_icon(g, "Star the contact Elena Petrova.") is None  # not the avatar's initials


def test_a_row_is_made_the_default_by_its_own_button_then_the_task_is_done():
    """"I want my Visa ending in 4417 to be the card that gets charged by default": "Set as default" on the
    line of "Visa •• 4417" (the others' too read so); once its line reads "Default", the task is done."""
    from tilepilot.model.embedded.order import default_button, default_made

    t = KINDS["text"]
    rows = [("Visa ……• 4471", t, (191, 218, 314, 238)), ("Default", t, (667, 224, 738, 248)),
            ("Mastercard • 9012", t, (191, 281, 371, 303)), ("Set as default", t, (611, 288, 727, 314)),
            ("Visa•• 4417", t, (191, 349, 313, 366)), ("Set as default ", t, (609, 354, 727, 382))]
    task = "I want my Visa ending in 4417 to be the card that gets charged by default."
    f, at = _page(rows)
    assert default_button(f, task) == at["Set as default "]
    assert not default_made(f, task)
    assert default_button(f, "Delete my Visa ending in 4417.") is None  # no default said
    assert default_made(f, "Make the Visa ending in 4471 my default card.")  # it is already
    g, _ = _page(rows[:4] + [("Visa•• 4417", t, (191, 349, 313, 366)), ("Default", t, (667, 355, 738, 379))])
    assert default_made(g, task) and default_button(g, task) is None


def test_after_a_link_the_box_of_what_a_task_ticks_is_ticked_then_it_is_done():
    """"Tick baby spinach off the shopping list": a scroll, then the sidebar's "Shopping list" (a link that does
    not read what is ticked: not done there); then the box left of "Baby spinach", then done."""
    from tilepilot.model.embedded.order import box_ticked, only_went_to_own, tick_box

    task = "Tick baby spinach off the shopping list."
    t, c = KINDS["text"], KINDS["component"]
    page = [("Shopping list", t, (26, 174, 133, 195)), ("Mixed berries", t, (311, 603, 398, 622)),
            ("", c, (287, 606, 300, 619)), ("Baby spinach", t, (311, 652, 398, 671)), ("", c, (287, 655, 300, 668))]
    f, at = _page(page)
    f.hist_kind = np.array([ACTIONS.index("scroll"), ACTIONS.index("click")], np.int64)
    f.hist_box = np.array([(0, 0, 0, 0), (31, 181, 39, 189)], np.float32)
    assert only_went_to_own(f, task)
    assert not only_went_to_own(f, "Open the shopping list.")
    assert tick_box(f, task) == 4
    assert tick_box(_page(page)[0], task) is None  # on the first step the network ticks what it is shown
    g, _ = _page(page)
    g.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    g.hist_box = np.array([(31, 181, 39, 189), (290, 658, 298, 666)], np.float32)
    assert tick_box(g, task) is None and box_ticked(g, task)


def test_a_lists_tab_with_a_count_is_no_button_of_the_verb_and_the_rows_menu_is_opened():
    """"Void invoice INV-0047, the shoot was cancelled": the tab "Void 0" lists void invoices; the row's "⋮"
    opens the menu that voids it."""
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    f, at = _page([("All 20", t, (258, 136, 310, 157)), ("Void 0", t, (660, 136, 712, 157)),
                   ("INV-0048", t, (252, 361, 310, 378)), ("⋮", t, (1225, 363, 1227, 376)),
                   ("INV-0047", t, (252, 410, 310, 427)), ("Saltwater Surf Co.", t, (359, 410, 470, 427)),
                   ("⋮ ", t, (1225, 412, 1227, 425))])
    assert row_menu(f, "Void invoice INV-0047, the shoot was cancelled.") == at["⋮ "]
    g, _ = _page([("INV-0047", t, (252, 410, 310, 427)), ("Void", t, (1180, 410, 1215, 427)),
                  ("⋮ ", t, (1225, 412, 1227, 425))])
    assert row_menu(g, "Void invoice INV-0047.") is None  # the row's own Void button shows


def test_a_cards_foot_button_under_its_byline_and_a_play_buttons_glyph_is_no_icon():
    """"Follow The Quiet Orbit podcast": its "+ Follow" under its byline (no next card's title, which stands a
    card's padding below), not "Quiet Orbit Shorts"' beside it; "Delete my 'Old favourites' playlist": the
    "▶" inside "▶ Play" is no delete icon, the row's "⋮" is its menu."""
    from tilepilot.model.embedded.order import row_act, row_icon, row_menu

    t, c = KINDS["text"], KINDS["component"]
    f, at = _page([("The Quiet Orbit", t, (39, 360, 165, 377)), ("Quiet Orbit Shorts", t, (270, 356, 420, 378)),
                   ("Nadia Brenner", t, (38, 379, 129, 396)), ("Nadia Brenner ", t, (270, 377, 360, 395)),
                   ("+ Follow", t, (48, 409, 110, 429)), ("+ Follow ", t, (279, 408, 341, 428))])
    assert row_act(f, "Follow The Quiet Orbit podcast.") == at["+ Follow"]
    assert row_act(f, "Follow Quiet Orbit Shorts.") == at["+ Follow "]
    task = "Delete my 'Old favourites' playlist."
    g, at = _page([("Old favourites", t, (108, 361, 225, 378)), ("▶ Play", t, (1050, 369, 1100, 391)),
                   ("", c, (1055, 374, 1067, 386)), ("⋮", t, (1137, 372, 1139, 386))])
    assert row_icon(g, task) is None
    assert row_menu(g, task) == at["⋮"]


def test_of_two_rows_alike_the_one_reading_the_day_said_and_none_once_it_is_gone():
    """"Acknowledge the Inverter 2 temperature alert from 8 March": two alerts read "Inverter 2 temperature
    high"; the one whose line under it reads "Mar 8"; once acknowledged (gone), not the other's button."""
    from tilepilot.model.embedded.order import row_act

    t = KINDS["text"]
    task = "Acknowledge the Inverter 2 temperature alert from 8 March."
    second = [("Inverter 2 temperature high ", t, (184, 404, 353, 421)),
              ("Inverter 2 · Mar 2, 15:40 ·", t, (184, 436, 330, 452)), ("Acknowledge ", t, (1018, 403, 1102, 426))]
    f, at = _page([("Inverter 2 temperature high", t, (184, 164, 353, 181)),
                   ("Inverter 2 · Mar 8, 14:12 ·", t, (184, 196, 330, 212)),
                   ("Acknowledge", t, (1018, 164, 1102, 186))] + second)
    assert row_act(f, task) == at["Acknowledge"]
    assert row_act(f, "Acknowledge the Inverter 2 temperature alert from 2 March.") == at["Acknowledge "]
    g, _ = _page(second)
    assert row_act(g, task) is None


def test_the_section_of_a_thing_named_by_its_kind_before_its_name():
    """"Rename the device Battery B to 'Garage battery'" on the overview goes to "Devices" (its kind), not to
    an alert reading "Battery B"."""
    from tilepilot.model.embedded.order import noun_section

    t = KINDS["text"]
    f, at = _page([("Overview", t, (16, 113, 68, 128)), ("Devices", t, (18, 174, 66, 191)),
                   ("Alerts", t, (25, 235, 58, 251)), ("Battery B reached full charge", t, (172, 630, 355, 649))])
    assert noun_section(f, "Rename the device Battery B to 'Garage battery'.") == at["Devices"]


def test_a_plan_chosen_is_made_so_by_the_button_under_it_then_a_later_clauses_switch():
    """"Switch my membership to the Annual plan, and turn off auto-renew": the Annual card was clicked and the
    network stopped; "Update plan" under the cards comes next. The second clause's switch is turned once the
    network would say done, not before."""
    from tilepilot.model.embedded.order import chosen_commit, column_switch

    t = KINDS["text"]
    page = [("Monthly Current", t, (407, 224, 568, 247)), ("Annual", t, (662, 219, 751, 248)),
            ("Update plan", t, (135, 349, 247, 376)), ("Auto-renew membership", t, (126, 467, 324, 484)),
            ("", KINDS["input"], (1106, 469, 1153, 497))]
    task = "Switch my membership to the Annual plan, and turn off auto-renew."
    f, at = _page(page)
    assert chosen_commit(f, task) is None  # nothing chosen yet
    assert chosen_commit(_clicked(_page(page)[0], (675, 233)), task) == at["Update plan"]
    assert chosen_commit(_clicked(_page(page)[0], (480, 233)), task) is None  # Monthly is not what it asks
    assert chosen_commit(_clicked(_page(page)[0], (675, 233), (191, 362)), task) is None  # pressed
    assert column_switch(f, task) is None and column_switch(f, task, later=True) == 4


def test_a_row_of_several_alike_is_the_signed_in_persons_or_under_the_weekday_said():
    """"Cancel my cleaning appointment on 12 March": two cleanings that day, Sarah's and Daniel's; the top bar
    says Sarah Mitchell is signed in. "Take the mushroom pasta off Wednesday's dinner": the card in the
    Wednesday column, not Saturday's; once it is gone, no other card's menu."""
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    f, at = _page([("Sarah Mitchell", t, (1140, 19, 1248, 39)), ("Thu, 12 Mar 2026", t, (280, 310, 398, 330)),
                   ("Sarah Mitchell ", t, (448, 320, 540, 337)), ("Cleaning & exam", t, (584, 319, 696, 340)),
                   ("⋮", t, (1198, 322, 1200, 336)), ("Thu, 12 Mar 2026 ", t, (280, 369, 398, 389)),
                   ("Daniel Mitchell", t, (448, 379, 540, 396)), ("Cleaning & exam ", t, (584, 378, 696, 399)),
                   ("⋮ ", t, (1198, 381, 1200, 395))])
    assert row_menu(f, "Cancel my cleaning appointment on 12 March.") == at["⋮"]
    assert row_menu(f, "Cancel Daniel Mitchell's cleaning appointment on 12 March.") == at["⋮ "]
    cards = [("Wednesday", t, (644, 165, 730, 188)), ("Saturday", t, (1032, 167, 1099, 188)),
             ("Creamy", t, (1012, 387, 1065, 405)), ("mushroom", t, (1012, 402, 1083, 419)),
             ("⋮", t, (1104, 392, 1106, 407))]
    task = "Take the mushroom pasta off Wednesday's dinner, we're eating out that night."
    g, at = _page(cards + [("Creamy ", t, (635, 387, 687, 405)), ("mushroom ", t, (634, 402, 707, 419)),
                           ("⋮ ", t, (727, 392, 729, 407))])
    assert row_menu(g, task) == at["⋮ "]
    assert row_menu(_page(cards)[0], task) is None  # Wednesday's is gone
    assert row_menu(g, "Take the mushroom pasta to Wednesday's lunch.") is None  # "take" without "off"


def test_marking_a_row_as_a_state_opens_its_menu_but_marking_items_ticks_them():
    """"Mark invoice INV-0042 as paid" opens the row's "⋮" (its entry reads the verb); "Mark A and B" is no
    row's menu."""
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    f, at = _page([("INV-0042", t, (252, 654, 310, 672)), ("Greenleaf Landscaping", t, (359, 654, 500, 672)),
                   ("⋮", t, (1225, 658, 1227, 670))])
    assert row_menu(f, "Mark invoice INV-0042 as paid: paid in full by bank transfer.") == at["⋮"]
    assert row_menu(f, "Mark INV-0042 and INV-0041.") is None


def test_a_thing_put_on_a_weekdays_meal_goes_in_that_cells_add():
    """"Put the lemon herb chicken on Thursday's dinner": the "+ Add" under "Thursday" on the "Dinner" line, not
    Thursday's breakfast nor Friday's dinner; nothing once clicked, nor for a task that puts nothing there."""
    from tilepilot.model.embedded.order import grid_cell

    t = KINDS["text"]
    page = [("Thursday", t, (778, 165, 850, 188)), ("Friday", t, (918, 165, 961, 188)),
            ("Breakfast", t, (257, 240, 328, 260)), ("+ Add", t, (794, 240, 834, 258)),
            ("Dinner", t, (256, 406, 308, 432)), ("+ Add ", t, (794, 408, 834, 426)),
            ("+ Add  ", t, (920, 408, 960, 426))]
    task = "Put the lemon herb chicken on Thursday's dinner, 2 servings."
    f, at = _page(page)
    assert grid_cell(f, task) == at["+ Add "]
    assert grid_cell(f, "Add the oats to Thursday's breakfast.") == at["+ Add"]
    assert grid_cell(f, "Put the lemon herb chicken on Friday's dinner.") == at["+ Add  "]
    assert grid_cell(f, "Take the mushroom pasta off Thursday's dinner.") is None
    assert grid_cell(_clicked(_page(page)[0], (814, 417)), task) is None


def test_a_tab_switched_to_is_no_choice_to_commit():
    """"Switch to the Backups tab. Then tap Join": after the tab, no "Save" under it is pressed."""
    from tilepilot.model.embedded.order import chosen_commit

    t = KINDS["text"]
    f, _ = _page([("Backups", t, (300, 100, 370, 120)), ("Save", t, (300, 250, 340, 270)),
                  ("Join", t, (500, 250, 540, 270))])
    assert chosen_commit(_clicked(f, (335, 110)), "Switch to the Backups tab. Then tap Join") is None
    g, at = _page([("Backups", t, (300, 100, 370, 120)), ("Save", t, (300, 250, 340, 270))])
    assert chosen_commit(_clicked(g, (335, 110)), "Switch my plan to Backups.") == at["Save"]


def test_a_cards_day_under_its_title_tells_it_from_others():
    """"Sign me up for the hedge-laying work day on 12 April": its title's line reads no day, the line under it
    does ("Sat 12 Apr 2025"); the card is kept and its "Sign up" pressed."""
    from tilepilot.model.embedded.order import row_act

    t = KINDS["text"]
    f, at = _page([("Hedge-laying along the", t, (372, 270, 590, 293)),
                   ("Sun 6 Apr 2025·10:00", t, (1100, 272, 1270, 290)),  # another card's day on the title's line
                   ("Sat 12 Apr 2025·09:30-15:30·led", t, (374, 315, 617, 332)), ("Sign up", t, (645, 302, 722, 333)),
                   ("Sat 26 Apr 2025·14:00-16:00·led", t, (863, 311, 1110, 334)),
                   ("Sign up ", t, (1141, 302, 1213, 331))])
    assert row_act(f, "Sign me up for the hedge-laying work day on 12 April.") == at["Sign up"]


def _garage() -> tuple[SimpleNamespace, dict[str, int]]:
    """A garage's overview: its sections are a row of links under the header bar, counts glued on by OCR."""
    t = KINDS["text"]
    return _page([("Harbor Florists Ltd", t, (1079, 12, 1201, 28)), ("IRONSIDE AUTO CARE", t, (121, 17, 345, 43)),
                  ("OVERVIEW", t, (97, 75, 172, 89)), ("MY VEHICLES", t, (206, 74, 303, 91)),
                  ("BOOKINGS", t, (335, 74, 415, 91)), ("QUOTES⑤", t, (444, 69, 535, 95)),
                  ("INVOICES6", t, (563, 71, 660, 93)), ("ACCOUNT", t, (688, 72, 763, 92)),
                  ("QUOTES TO APPROVE", t, (664, 208, 805, 224)), ("KX21 PLM", t, (372, 480, 466, 504)),
                  ("Brake check", t, (603, 482, 680, 500)), ("Citroën Berlingo", t, (969, 401, 1069, 418))])


def test_a_task_goes_to_the_part_of_the_site_named_after_a_thing_it_speaks_of():
    from tilepilot.model.embedded.order import thing_section

    f, at = _garage()
    assert thing_section(f, "pay invoice INV-10482 with the amex card") == at["INVOICES6"]  # a row of links
    assert thing_section(f, "I need a booking for YD20 KZA on Friday") == at["BOOKINGS"]
    assert thing_section(f, "Approve the quote for the van KX21 PLM") is None  # the van is here
    assert thing_section(f, "Add Berlingo to my bookings") is None  # where the thing goes, not where it is
    assert thing_section(f, "Click the invoices tab") is None  # the page's own control
    assert thing_section(f, "answer Invoices") is None
    assert thing_section(f, "move the Invoices slider to the center") is None
    t = KINDS["text"]
    g, on = _page([("Paws &", t, (58, 15, 127, 35)), ("Whiskers", t, (58, 34, 141, 54)),
                   ("Dashboard", t, (239, 13, 359, 46)), ("Animals", t, (39, 140, 104, 160)),
                   ("Applications 8", t, (40, 176, 193, 197)), ("Kennels", t, (40, 212, 103, 232)),
                   ("≡ Visits", t, (18, 247, 86, 268)), ("Daniel Osei · Meet & greet", t, (342, 251, 541, 268)),
                   ("Complete", t, (756, 256, 828, 277))])
    assert thing_section(g, "Please reject Tom Alvarez's application for Pepper. His landlord won't allow pets.") \
        == on["Applications 8"]
    assert thing_section(g, "I need Hazel's record updated: she's been moved to kennel B5") is None
    assert thing_section(g, "Complete the visit with Daniel Osei") is None  # its button is here
    assert thing_section(g, "Open the Kennels Overview page") is None  # a page's name, not a thing
    assert thing_section(g, "Please reject Daniel Osei's application") == on["Applications 8"]  # his visit shows
    # here, his application is kept under "Applications" (nothing here reads "application")
    assert thing_section(g, "Please complete Daniel Osei's visit") is None  # shown here


def test_a_deletion_undone_goes_to_the_bin():
    from tilepilot.model.embedded.order import bin_link, thing_section

    t = KINDS["text"]
    f, at = _page([("Aegis Vault", t, (46, 12, 158, 39)), ("Logins", t, (41, 195, 95, 216)),
                   ("VAULT", t, (18, 539, 63, 553)), ("Trash", t, (42, 566, 85, 583)),
                   ("GitHub", t, (289, 533, 343, 550))])
    task = "i deleted my dropbox login by mistake, can you get it back"
    assert bin_link(f, task) == at["Trash"]
    assert thing_section(f, task) == at["Logins"]  # (bin_link is asked first)
    assert bin_link(f, "open my dropbox login") is None
    assert thing_section(f, "Could you set my vault to time out after 15 minutes") is None  # the site's own name


def _applications() -> tuple[SimpleNamespace, dict[str, int], list[tuple[str, int, tuple[int, int, int, int]]]]:
    """A shelter's applications, two columns of cards; Tom Alvarez applied twice (Biscuit, Pepper)."""
    t = KINDS["text"]
    cards = [("Lucy Tran Pending", t, (271, 208, 438, 234)),
             ("Applying for Milo (Domestic Shorthair (tabby))", t, (271, 234, 583, 258)),
             ("Home check: Not started", t, (272, 275, 442, 296)), ("× Reject", t, (377, 310, 448, 331)),
             ("Tom Alvarez Pending", t, (271, 375, 462, 401)), ("Priya Raman", t, (767, 376, 879, 399)),
             ("Applying for Biscuit (Jack Russell Terrier)", t, (272, 403, 547, 424)),
             ("Applying for Juniper (Border Collie)", t, (770, 405, 1007, 422)),
             ("Submitted 4 Mar 2025 · Rented flat, 1 adult", t, (272, 420, 562, 443)),
             ("Home check: Not started ", t, (272, 442, 442, 463)), ("× Reject ", t, (376, 476, 449, 500)),
             ("× Reject  ", t, (877, 477, 944, 498)), ("Tom Alvarez", t, (769, 544, 886, 564)),
             ("Pending", t, (879, 545, 952, 565)), ("Applying for Pepper (Bombay)", t, (768, 570, 978, 590)),
             ("Submitted 27 Feb 2025 · Rented flat, 1 adult", t, (770, 591, 1064, 608)),
             ("Home check: Not started  ", t, (769, 610, 937, 627)), ("× Reject   ", t, (876, 643, 944, 664))]
    f, at = _page(cards)
    return f, at, cards


def test_cards_alike_by_name_are_told_by_another_name_inside_one():
    """Not the first Tom Alvarez card's Reject, nor the Reject of the card above his (its foot is over his
    name), nor his other card's once the Pepper one is gone."""
    from tilepilot.model.embedded.order import row_act

    task = "Please reject Tom Alvarez's application for Pepper. His landlord won't allow pets."
    f, at, cards = _applications()
    assert row_act(f, task) == at["× Reject   "]
    assert row_act(f, "Reject Tom Alvarez's application for Biscuit") == at["× Reject "]
    assert row_act(f, "Reject Tom Alvarez's application") is None  # which?
    g, _ = _page([c for c in cards if c[2][1] < 530])  # the Pepper card gone
    assert row_act(g, task) is None


def _reject_dialog() -> tuple[SimpleNamespace, dict[str, int]]:
    t, c = KINDS["text"], KINDS["component"]
    f, at = _page([("Reject application", t, (396, 68, 576, 94)), ("Tom Alvarez for Pepper · APP-2031", t,
                                                                    (397, 127, 655, 147)),
                   ("Reason", t, (395, 156, 458, 177)), ("× Reject", t, (892, 302, 950, 338)),
                   ("Not a good match for the animal", c, (404, 187, 419, 202)),
                   ("No landlord permission", c, (404, 215, 419, 230)), ("Failed home check", c, (404, 243, 419, 258)),
                   ("Animal no longer available", c, (404, 271, 419, 286)), ("Other", c, (404, 299, 419, 314)),
                   ("Email the applicant about this decision", c, (403, 446, 418, 461)),
                   # the labels as OCR reads them, the radio read into each
                   ("Not a good match for the animal ", t, (401, 182, 661, 205)),
                   ("No landlord permission ", t, (402, 211, 593, 231)),
                   ("Failed home check ", t, (402, 239, 563, 259)),
                   ("Animal no longer available ", t, (402, 268, 619, 288)), ("Other ", t, (400, 293, 474, 317)),
                   ("Email the applicant about this decision ", t, (427, 444, 700, 463)),
                   ("Cancel", t, (646, 501, 709, 530)), ("Reject application ", t, (733, 502, 873, 529))])
    f.hist_kind = np.array([ACTIONS.index("click")] * 2)
    f.hist_box = np.array([[60, 180, 60, 180], [910, 654, 910, 654]], np.float32)
    return f, at


def test_a_reason_the_task_gives_in_its_own_words_is_picked_then_the_dialogs_button():
    from tilepilot.model.embedded.buttons import confirm_button
    from tilepilot.model.embedded.order import reason_choice

    task = "Please reject Tom Alvarez's application for Pepper. His landlord won't allow pets."
    f, at = _reject_dialog()
    assert reason_choice(f, task) == at["No landlord permission"]
    assert reason_choice(f, "Reject Tom Alvarez's application for Pepper") is None  # no reason given
    assert reason_choice(f, "Reject it and select Other as the reason") is None  # chosen in words: other rules
    f.hist_kind = np.append(f.hist_kind, ACTIONS.index("click"))
    f.hist_box = np.vstack([f.hist_box, [[411, 222, 411, 222]]]).astype(np.float32)
    assert reason_choice(f, task) is None  # picked
    assert confirm_button(f, task) == at["Reject application "]  # the dialog's, not its title nor a card's


def test_a_deletion_undone_presses_the_bins_restore_once():
    from tilepilot.model.embedded.order import restore_button, restored

    t = KINDS["text"]
    task = "i deleted my dropbox login by mistake, can you get it back"
    f, at = _page([("Trash", t, (42, 566, 85, 583)), ("Dropbox", t, (289, 149, 356, 166)),
                   ("Dropbox Business", t, (289, 204, 431, 221)), ("Dropbox ", t, (690, 77, 790, 102)),
                   ("↺ Restore", t, (1023, 90, 1097, 107)), ("Delete forever", t, (1137, 89, 1238, 108))])
    f.hist_kind = np.array([ACTIONS.index("click")])
    f.hist_box = np.array([[64, 574, 64, 574]], np.float32)
    assert restore_button(f, task) == at["↺ Restore"]
    assert restore_button(f, "open my dropbox login") is None
    assert not restored(f, task)
    f.hist_kind = np.append(f.hist_kind, ACTIONS.index("click"))
    f.hist_box = np.vstack([f.hist_box, [[1060, 98, 1060, 98]]]).astype(np.float32)
    assert restore_button(f, task) is None and restored(f, task)  # the next item's Restore, same place
    rows, _ = _page([("Trash", t, (42, 566, 85, 583)), ("Dropbox Business", t, (289, 150, 431, 166)),
                     ("Restore", t, (500, 150, 560, 166)), ("Dropbox", t, (289, 204, 356, 221)),
                     ("Restore ", t, (500, 204, 560, 221))])
    rows.hist_kind, rows.hist_box = np.array([ACTIONS.index("click")]), np.array([[64, 574, 64, 574]], np.float32)
    assert restore_button(rows, task) == 4  # the row reading the thing alone


def test_a_saved_card_the_task_names_is_picked_on_its_option_card_then_paid():
    """"pay invoice INV-10482 with the amex card": the dialog's framed option cards (their radios read as "O"),
    then "Pay £42.00", not "PAY WITH" over the cards nor a row's "Pay" behind the dialog."""
    from tilepilot.model.embedded.buttons import confirm_button
    from tilepilot.model.embedded.order import reason_choice

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("PAY INVOICE INV-10482", t, (378, 67, 575, 84)), ("PAY WITH", t, (375, 150, 444, 170)),
                   ("O", t, (396, 185, 414, 203)), ("Visa", t, (420, 182, 460, 204)),
                   ("•••• 4242", t, (528, 184, 604, 202)), ("O ", t, (396, 231, 414, 249)),
                   ("Amex", t, (421, 229, 469, 250)), ("•••• 1005", t, (528, 230, 604, 248)),
                   ("Mastercard", t, (421, 275, 505, 295)), ("•••• 5454", t, (528, 276, 604, 294)),
                   ("Pay", t, (1089, 303, 1123, 324)), ("Pay £42.00", t, (804, 348, 890, 378)),
                   ("Pay ", t, (1089, 352, 1124, 376)), ("visa box", i, (379, 173, 902, 214)),
                   ("amex box", i, (379, 219, 902, 260)), ("mastercard box", i, (379, 265, 902, 306))])
    f.hist_kind = np.array([ACTIONS.index("click")] * 2)
    f.hist_box = np.array([[612, 82, 612, 82], [1106, 365, 1106, 365]], np.float32)
    task = "pay invoice INV-10482 with the amex card"
    assert reason_choice(f, task) == at["O "]
    assert reason_choice(f, "pay invoice INV-10482") is None
    f.hist_kind = np.append(f.hist_kind, ACTIONS.index("click"))
    f.hist_box = np.vstack([f.hist_box, [[405, 240, 405, 240]]]).astype(np.float32)
    assert reason_choice(f, task) is None
    assert confirm_button(f, task) == at["Pay £42.00"]


def test_a_recurring_thing_is_told_by_how_often_and_its_pause_by_the_words_of_its_option():
    """"pause my monthly School Meals gift for 3 months": the "$15 / month" card's ⋯ (not the "$120 / year"
    one beside it); in the dialog, the radio of "For 3 months" (not "For 1 month", one OCR edit from it)."""
    from tilepilot.model.embedded.order import reason_choice, row_menu

    t, c = KINDS["text"], KINDS["component"]
    task = "pause my monthly School Meals gift for 3 months"
    f, at = _page([("School Meals Programme", t, (346, 469, 532, 497)), ("⋯", t, (719, 484, 733, 486)),
                   ("$15 / month", t, (350, 503, 445, 530)),
                   ("School Meals Programme ", t, (782, 470, 968, 496)), ("⋯ ", t, (1155, 484, 1169, 486)),
                   ("$120 / year", t, (786, 503, 882, 530))])
    assert row_menu(f, task) == at["⋯"]
    assert row_menu(f, "pause my yearly School Meals gift") == at["⋯ "]
    g, on = _page([("Pause this gift", t, (399, 72, 546, 99)), ("School Meals Programme·$15 per month", c,
                                                                (421, 157, 436, 172)),
                   ("Rec", c, (421, 197, 436, 212)), ("Your re", c, (421, 237, 436, 252)),
                   ("Until I resume it", c, (421, 277, 436, 292)), ("For 1 month", t, (436, 149, 537, 173)),
                   ("For 2 months", t, (437, 191, 546, 214)), ("For 3 months", t, (433, 231, 546, 254)),
                   ("Until I resume it ", t, (416, 271, 566, 295)), ("Pause gift", t, (775, 342, 863, 363))])
    g.hist_kind = np.array([ACTIONS.index("click")] * 2)
    g.hist_box = np.array([[726, 485, 726, 485], [601, 526, 601, 526]], np.float32)
    assert reason_choice(g, task) == on["Your re"]  # the radio left of "For 3 months" (its borrowed label aside)


def test_a_weekday_said_opens_its_days_tab_then_the_cards_bookmark_over_its_title():
    """"bookmark the Kubernetes office hours on Thursday for me": Tuesday's agenda shows a session of that name
    too; "Thu 12 Jun" first, then the ☆ on the card's header line just over its title (not the next card's,
    under it, nor another column's); the toast that repeats the name after is no row."""
    from tilepilot.model.embedded.order import day_tab, row_icon

    t, c = KINDS["text"], KINDS["component"]
    task = "bookmark the Kubernetes office hours on Thursday for me"
    tabs = [("Tue 10 Jun", t, (243, 95, 335, 115)), ("Wed 11 Jun", t, (371, 93, 466, 116)),
            ("Thu 12 Jun", t, (521, 95, 614, 115)), ("Day 3 · Thursday", t, (520, 113, 618, 133))]
    f, at = _page(tabs + [("Kubernetes Office Hours", t, (327, 511, 528, 530)), ("☆", t, (740, 494, 760, 514))])
    assert day_tab(f, task) == at["Thu 12 Jun"]
    assert day_tab(f, "bookmark the Kubernetes office hours") is None
    grid, _ = _page([("Monday", t, (404, 165, 468, 189)), ("Thursday", t, (778, 165, 850, 188)),
                     ("Friday", t, (915, 166, 965, 188))])
    assert day_tab(grid, "Put the lemon herb chicken on Thursday's dinner") is None  # column heads, no dates
    thu = tabs + [("Kubernetes office Hours", t, (322, 449, 531, 471)), ("★", c, (742, 436, 758, 452)),
                  ("☆ ", t, (1216, 434, 1238, 457)), ("Streaming with Kafka, Calmly", t, (800, 451, 1048, 471)),
                  ("WebAssembly Beyond the Browser", t, (323, 544, 592, 564)), ("★ ", t, (740, 528, 759, 547))]
    g, on = _page(thu)
    g.hist_kind, g.hist_box = np.array([ACTIONS.index("click")]), np.array([[568, 105, 568, 105]], np.float32)
    assert day_tab(g, task) is None  # opened
    assert row_icon(g, task) == on["★"]
    h, _ = _page(thu + [("Bookmarked Kubernetes Office Hours", t, (512, 670, 766, 690))])
    h.hist_kind = np.array([ACTIONS.index("click")] * 2)
    h.hist_box = np.array([[568, 105, 568, 105], [750, 444, 750, 444]], np.float32)
    assert row_icon(h, task) is None  # pressed; not a star under "Day 3 · Thursday"


def test_a_sidebars_icons_are_no_choice_to_pick():
    """"Cancel my cleaning appointment on 12 March" on My appointments: the sidebar's "+ Book appointment"
    (an icon beside a link, as a radio beside its label) is not a reason to pick."""
    from tilepilot.model.embedded.order import reason_choice

    t, c = KINDS["text"], KINDS["component"]
    f, _ = _page([("+ Book appointment", c, (23, 163, 36, 176)), ("+ Book appointment ", t, (20, 159, 158, 182)),
                  ("Family members", c, (26, 204, 37, 214)), ("Family members ", t, (23, 198, 149, 218))])
    f.hist_kind, f.hist_box = np.array([ACTIONS.index("click")]), np.array([[75, 132, 75, 132]], np.float32)
    assert reason_choice(f, "Cancel my cleaning appointment on 12 March.") is None


def test_a_tables_rows_behind_a_dialog_are_no_option_cards():
    """The invoice table's framed rows ("INV-10482  7 Mar 2025", their first text at the frame's edge) behind the
    payment dialog are no choice, though the task reads "INV-10482" word for word; the dialog's cards are."""
    from tilepilot.model.embedded.order import reason_choice

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("INV-10485", t, (95, 303, 171, 323)), ("8 Mar 2025", t, (236, 303, 308, 323)),
                   ("INV-10482", t, (95, 353, 171, 373)), ("7 Mar 2025", t, (236, 353, 308, 373)),
                   ("row 1", i, (82, 288, 361, 337)), ("row 2", i, (82, 338, 361, 387)),
                   ("O", t, (396, 185, 414, 203)), ("Visa", t, (420, 182, 460, 204)),
                   ("O ", t, (396, 231, 414, 249)), ("Amex", t, (421, 229, 469, 250)),
                   ("Mastercard", t, (421, 275, 505, 295)), ("visa box", i, (379, 173, 902, 214)),
                   ("amex box", i, (379, 219, 902, 260)), ("mastercard box", i, (379, 265, 902, 306))])
    f.hist_kind = np.array([ACTIONS.index("click")] * 2)
    f.hist_box = np.array([[612, 82, 612, 82], [1106, 365, 1106, 365]], np.float32)
    assert reason_choice(f, "pay invoice INV-10482 with the amex card") == at["O "]


def test_a_list_of_pages_with_icons_is_no_choice_asked():
    """"Archive the Q1 offsite agenda page" on a list of fourteen pages, each an icon and its name (as a radio
    beside its label): the page is no option to pick though the task reads its name word for word."""
    from tilepilot.model.embedded.order import reason_choice

    t, c = KINDS["text"], KINDS["component"]
    names = ["Q2 offsite agenda", "Engineering onboarding", "Q3 campaign brief", "Onboarding guide", "Budget 2027",
             "Incident runbook", "Office move checklist", "API style guide", "Release checklist v2.3", "Brand voice",
             "Expense policy", "Q1 offsite agenda", "Q1 offsite budget", "Holiday calendar 2027"]
    cands = [(n, c, (335, 82 + 41 * k, 349, 98 + 41 * k)) for k, n in enumerate(names)]
    cands += [(n + " ", t, (332, 79 + 41 * k, 468, 102 + 41 * k)) for k, n in enumerate(names)]
    f, _ = _page(cands)
    f.hist_kind, f.hist_box = np.array([ACTIONS.index("scroll")]), np.zeros((1, 4), np.float32)
    assert reason_choice(f, "Archive the Q1 offsite agenda page.") is None


def test_a_value_in_a_forms_field_is_no_row_to_act_on():
    """"Book a table for 4 on 2025-07-12 at 19:30": the date typed into the form's Date field is no row whose
    "Book" stands at its foot (the form's time and guests are still to fill)."""
    from tilepilot.model.embedded.order import row_act

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("DATE", t, (83, 237, 133, 264)), ("2025-07-12", t, (94, 269, 201, 297)),
                   ("TIME", t, (344, 240, 388, 262)), ("Select a time", t, (357, 269, 477, 299)),
                   ("NUMBER OF GUESTS", t, (86, 336, 243, 356)), ("2", t, (93, 364, 120, 392)),
                   ("call us.", t, (86, 414, 139, 436)),
                   ("I agree to the terms (cancellation policy).", t, (87, 448, 429, 474)),
                   ("Book", t, (123, 498, 173, 520)), ("DATE 2025-07-12", i, (87, 261, 334, 306)),
                   ("TIME Select a time", i, (348, 263, 592, 307)), ("NUMBER OF GUESTS 2", i, (89, 358, 333, 400))])
    assert row_act(f, "Book a table for 4 on 2025-07-12 at 19:30") is None


def test_a_tables_columns_of_avatars_are_no_choice_asked():
    """"Assign TRK-142 to Maya Chen …" on an issue list: its Assignee column (an avatar beside each name, as a
    radio beside its label; "Unassigned" twice) and its Status column beside it on the same lines are no
    choice, though "Maya Chen" is read word for word."""
    from tilepilot.model.embedded.order import reason_choice

    t, c = KINDS["text"], KINDS["component"]
    people = ["Unassigned", "Raj Patel", "Maya Chen", "Hana Sato", "Liam Ortiz"]
    states = ["Backlog", "Todo", "In Progress", "Done", "In Review"]
    cands = [(n, c, (876, 132 + 38 * k, 900, 156 + 38 * k)) for k, n in enumerate(people)]
    cands += [(n + " ", t, (905, 135 + 38 * k, 990, 153 + 38 * k)) for k, n in enumerate(people)]
    cands += [(n + "  ", c, (666, 137 + 38 * k, 681, 152 + 38 * k)) for k, n in enumerate(states)]
    cands += [(n + "   ", t, (686, 135 + 38 * k, 760, 153 + 38 * k)) for k, n in enumerate(states)]
    f, _ = _page(cands)
    f.hist_kind, f.hist_box = np.array([ACTIONS.index("scroll")]), np.zeros((1, 4), np.float32)
    assert reason_choice(f, "Assign TRK-142 to Maya Chen and change its status to In Review.") is None


def _routewise(body: list[tuple[str, int, tuple[int, int, int, int]]]) -> tuple[SimpleNamespace, dict[str, int]]:
    """A school-bus office's page (RouteWise, from a dump): its name block, its sidebar, ``body`` beside."""
    t = KINDS["text"]
    side = [("RouteWise", t, (58, 23, 159, 40)), ("Pinecrest USD", t, (59, 43, 143, 57)),
            ("Transportation", t, (59, 60, 142, 74)), ("Overview", t, (49, 111, 126, 128)),
            ("Routes", t, (48, 153, 102, 170)), ("Drivers", t, (48, 196, 104, 214)), ("Buses", t, (48, 238, 96, 256)),
            ("Δ Alerts", t, (20, 276, 95, 299)), ("Settings", t, (46, 320, 112, 343)),
            ("Jordan Alvarez", t, (59, 654, 172, 671)), ("JA", t, (24, 670, 46, 687))]
    return _page(side + body)


_ROUTES = [("Routes Tuesday, September 2, 2025 · Week 1 of school year", KINDS["text"], (257, 20, 698, 44)),
           ("Oak Hollow AM", KINDS["text"], (274, 433, 399, 453)), ("AM 7:20 AM", KINDS["text"], (572, 442, 673, 463)),
           ("⋮", KINDS["text"], (1218, 445, 1220, 460)), ("Oak Hollow PM", KINDS["text"], (274, 502, 398, 522)),
           ("PM", KINDS["text"], (570, 511, 609, 534)), ("3:35 PM", KINDS["text"], (608, 512, 663, 533)),
           ("⋮", KINDS["text"], (1218, 514, 1220, 529)), ("Cedar Falls PM", KINDS["text"], (273, 636, 395, 659)),
           ("⋮", KINDS["text"], (1218, 650, 1220, 665))]


def test_a_task_whose_things_no_page_shows_tries_the_sites_sections_in_turn():
    """"suspend the oak hollow afternoon run" on a dashboard of counts and one alert clicked that alert's
    "Alerts" link, then scrolled and stopped. The routes are a section away, and which one the words alone do
    not say ("run" is no "Routes" to a sentence encoder): a person opens the menu's sections in turn until one
    shows the thing, skipping the page open now, the start page, the site's name and the account's corner."""
    from tilepilot.model.embedded.order import explore_link

    t = KINDS["text"]
    task = "suspend the oak hollow afternoon run"
    overview, at = _routewise([
        ("Overview Tuesday, September 2, 2025 · Week 1 of school year", t, (255, 16, 725, 47)),
        ("Active routes", t, (277, 104, 367, 126)), ("Drivers on leave", t, (1034, 105, 1142, 125)),
        ("Hillcrest Rd resurfacing – buses detour via Elm Ave.", t, (363, 297, 727, 317)),
        ("Tue, Sep 2· Hillcrest AM, Hillcrest PM", t, (363, 317, 599, 333))])
    assert explore_link(overview, task) == at["Routes"]
    assert explore_link(overview, "click Settings") is None  # the page's own controls
    assert explore_link(overview, "Create a new route called Oak Hollow Midday") is None  # a new thing: its button
    assert explore_link(overview, "Add read toaster to the list") is None  # an item added: no row to look for
    assert explore_link(overview, "Close the window.") is None  # the page's own part
    assert explore_link(overview, "Hi! Could you reserve a table for two on 3 August?") is None  # (its verb)
    assert explore_link(overview, "Suspend the Hillcrest AM run") is None  # its alert shows it here

    alerts, at = _routewise([("Service alerts Tuesday, September 2, 2025", t, (260, 20, 700, 44)),
                             ("Labor Day – no service.", t, (338, 227, 502, 245))])
    _clicked(alerts, (58, 288))  # "Alerts" was opened first
    assert explore_link(alerts, task) == at["Routes"]
    assert explore_link(alerts, task, stopped=False) is None  # the network has a step to take here
    _clicked(alerts, (75, 162), (58, 288))  # Routes, then Alerts: the next in turn
    assert explore_link(alerts, task) == at["Drivers"]
    _clicked(alerts, (75, 162), (75, 205), (72, 247), (58, 288))
    assert explore_link(alerts, task) is None  # four sections tried: no more guessing
    _clicked(alerts, (600, 500))
    assert explore_link(alerts, task) is None  # not from a section just opened

    routes, at = _routewise(_ROUTES)
    _clicked(routes, (75, 162))
    assert explore_link(routes, task) is None  # the routes show it: the rows' rules take over

    # words read whole or as the start of another: "appointment" in "Appointments", "march" in "12 Mar"
    dental, _ = _page([("⌂ Home", t, (24, 86, 74, 102)), ("◷ Appointments", t, (24, 124, 134, 140)),
                       ("☺ Family members", t, (24, 200, 146, 216)), ("⚙ Settings", t, (24, 276, 91, 292)),
                       ("Appointments", t, (252, 84, 400, 108)), ("Thu, 12 Mar 2026", t, (283, 312, 396, 328)),
                       ("Cleaning & exam", t, (586, 320, 693, 336))])
    _clicked(dental, (75, 132))
    assert explore_link(dental, "Cancel my cleaning appointment on 12 March.") is None

    # a sidebar of icons alone: a table's first header, at the left edge, is no section
    plants, _ = _page([("Inventory", t, (94, 16, 190, 44)), ("Search plants or SKU...", t, (106, 94, 254, 112)),
                       ("Plant", t, (102, 146, 145, 169)), ("Size", t, (509, 148, 544, 170)),
                       ("Japanese Maple 'Bloodgood'", t, (152, 187, 347, 212))])
    assert explore_link(plants, "mark the Ortega order from thursday as ready for pickup") is None

    # a quoted title cut short on screen is shown; the top bar's search hint is no section
    forum, _ = _page([("Homelab Hub", t, (62, 18, 192, 38)), ("Search topics", t, (295, 20, 383, 38)),
                      ("Search topics", KINDS["input"], (258, 11, 718, 47)), ("All topics", t, (60, 88, 128, 104)),
                      ("Following", t, (61, 122, 122, 138)), ("My profile", t, (60, 156, 124, 172)),
                      ("Best budget mechanical keyboard in 202", t, (342, 245, 679, 265))])
    upvote = 'Upvote the thread "Best budget mechanical keyboard in 2024?".'
    assert explore_link(forum, upvote) is None
    assert explore_link(forum, 'Upvote the thread "Quietest NAS fans".') in (3, 4, 5)  # a section, not the search


def test_a_verb_no_list_knows_opens_the_named_rows_menu_and_the_half_of_the_day_tells_rows_apart():
    """"Please discontinue the Munstead lavender." scrolled a plant list showing the Munstead row and its "⋯";
    "suspend the oak hollow afternoon run" had two Oak Hollow rows to choose from. A verb starting the task
    before a thing ("discontinue the …") that no text on screen reads is done from the named row's menu; an
    afternoon run is the row reading PM, a morning one AM; a menu opened upward (at the list's foot) is read
    above the dots too."""
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    plants = [("Inventory", t, (94, 16, 190, 44)), ("Lavender 'Hidcote'", t, (154, 430, 279, 447)),
              ("⋯", t, (1184, 448, 1198, 450)), ("Lavender 'Munstead'", t, (154, 490, 293, 507)),
              ("⋯", t, (1184, 508, 1198, 510)), ("Lavender 'Hidcote'", t, (155, 550, 279, 567)),
              ("⋯", t, (1184, 568, 1198, 570))]
    f, _ = _page(plants)
    assert row_menu(f, "Please discontinue the Munstead lavender.") == 4
    assert row_menu(f, "Please discontinue the Provence lavender.") is None  # no such row
    assert row_menu(f, "Milo went home today") is None  # no verb before a thing
    g, _ = _page([*plants, ("Discontinue", t, (900, 100, 990, 120))])
    assert row_menu(g, "Please discontinue the Munstead lavender.") is None  # its own button is shown

    routes, at = _routewise(_ROUTES)
    assert row_menu(routes, "suspend the oak hollow afternoon run") == 18  # PM's dots, not AM's
    assert row_menu(routes, "suspend the oak hollow morning run") == 14
    menu = [("Edit route...", t, (1050, 338, 1140, 360)), ("Reassign bus...", t, (1051, 379, 1162, 399)),
            ("Duplicate", t, (1051, 416, 1123, 437)), ("Suspend route...", t, (1051, 467, 1171, 485))]
    opened, at = _routewise(_ROUTES + menu)
    _clicked(opened, (1219, 522))
    assert row_menu(opened, "suspend the oak hollow afternoon run") == at["Suspend route..."]


def test_a_thing_told_first_and_acted_on_by_a_pronoun_reads_as_one_command():
    """"jamie chen got hurt, mark him injured" read "jamie" as its verb: no rule found the player's row. What
    happened to the thing comes first, the command after, by a pronoun; read together they are one command
    (the thing, then what to do: "as" added where "mark" leaves it out). Tasks of another shape stay as they
    are."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("jamie chen got hurt, mark him injured") == "mark jamie chen as injured"
    assert resolved("Sea Breeze II has just tied up — can you check them in?") == "check Sea Breeze II in"
    assert resolved("Milo the beagle went home with his new family today — can you mark him as adopted?") \
        == "mark Milo the beagle as adopted"
    assert resolved("Leo's fluoride treatment needs to move. Can you reschedule it to 2 April 2026 at 3:30") \
        == "reschedule Leo's fluoride treatment to 2 April 2026 at 3:30"
    for task in ("Cancel my Sakura House reservation.", "The report is due tomorrow, thanks",
                 "Approve Kenji's request and reject it if it is late"):
        assert resolved(task) == task


def test_a_dialog_titled_by_the_task_is_confirmed_by_its_button_reading_the_verb():
    """After a player's "Mark injured…", the dialog "MARK JAMIE CHEN INJURED" with its injury fields waited
    for "MARK INJURED" at its foot; the model said done. Marking (and suspending) are acts a page asks about."""
    from tilepilot.model.embedded.buttons import confirm_button

    t = KINDS["text"]
    f, at = _page([("PLAYERS", t, (210, 66, 314, 92)), ("MARK JAMIE CHEN INJURED", t, (443, 69, 689, 93)),
                   ("INJURY TYPE", t, (446, 146, 531, 160)), ("EXPECTED RETURN", t, (642, 145, 768, 161)),
                   ("Sprain / strain", t, (457, 169, 545, 189)), ("NOTES", t, (444, 205, 493, 223)),
                   ("CANCEL", t, (625, 322, 686, 339)), ("MARK INJURED", t, (715, 323, 820, 336)),
                   ("Jamie Chen", t, (272, 270, 345, 286))])
    _clicked(f, (1126, 349))
    assert confirm_button(f, "mark jamie chen as injured") == at["MARK INJURED"]
    assert confirm_button(f, "delete jamie chen") is None  # not what the dialog asks


def test_a_weekday_tells_dated_rows_apart_and_a_rows_mark_is_no_button_beside_its_menu():
    """"cancel the osprey's pending booking that starts on friday" on a marina's bookings, two Osprey rows
    pending (Wed 11 → Fri 13 Jun, Fri 13 → Mon 16 Jun), each with a "⚡" for shore power (read "5") mid-row
    and a "⋮" at its end: the network clicked the first row's status. The row whose first date is a Friday
    is the one that starts then (its last, for one that ends then); the "⚡" far left of the dots is a mark,
    so the row's menu cancels it, not that glyph."""
    from tilepilot.model.embedded.order import row_icon, row_menu

    t = KINDS["text"]
    rows = []
    for ref, y, first, last in (("BK-2038", 363, "Wed 11 Jun", "Fri 13 Jun"), ("BK-2039", 465, "Fri 13 Jun",
                                                                               "Mon 16 Jun")):
        rows += [(ref, t, (248, y + 8, 303, y + 25)), ("Osprey", t, (332, y, 393, y + 20)),
                 (first, t, (592, y + 7, 663, y + 28)), (last, t, (710, y + 7, 795, y + 28)),
                 ("5", t, (917, y + 10, 929, y + 24)), ("Pending", t, (1079, y + 5, 1153, y + 30)),
                 ("Ben Carter · 11.2 m", t, (333, y + 16, 455, y + 32)), ("⋮", t, (1221, y + 10, 1223, y + 25))]
    f, _ = _page([("Bookings", t, (238, 25, 331, 45)), *rows])
    task = "cancel the osprey's pending booking that starts on friday"
    assert row_icon(f, task) is None  # the "⚡" is no cancel button
    assert row_menu(f, task) == 16  # BK-2039's dots
    assert row_menu(f, "cancel the osprey's pending booking that ends on friday") == 8  # BK-2038's
    assert row_menu(f, "cancel the osprey's pending booking on sunday") is None  # no row reads it: not guessed


def test_a_sentence_on_the_page_names_the_section_for_the_tasks_verb():
    """"Sea Breeze II has just tied up — can you check them in?" clicked Pippin's "Checked in" badge on a
    marina's dashboard, whose arrivals list shows Sea Breeze II with no control and whose foot says "Use
    Bookings to check vessels in or out.". The sentence names the section (the first link it reads, not
    "Vessels"); there, the boat's row menu checks it in."""
    from tilepilot.model.embedded.order import hint_link, row_menu

    t = KINDS["text"]
    side = [("Harborline", t, (54, 16, 165, 39)), ("KESTREL BAY MARINA", t, (55, 34, 187, 50)),
            ("Dashboard", t, (17, 73, 113, 93)), ("Bookings", t, (18, 108, 106, 129)),
            ("& Berths", t, (17, 141, 88, 162)), ("■ Vessels", t, (19, 174, 93, 195)),
            ("Invoices", t, (18, 210, 99, 231)), ("Settings", t, (18, 244, 98, 265))]
    board, at = _page([*side, ("Expected arrivals", t, (249, 196, 393, 219)),
                       ("Sea Breeze II", t, (248, 235, 358, 255)), ("Confirmed", t, (639, 239, 725, 263)),
                       ("Pippin", t, (764, 237, 818, 255)), ("Checked in", t, (1138, 240, 1231, 264)),
                       ("Use Bookings to check vessels in or out.", t, (235, 293, 528, 313))])
    assert hint_link(board, "check Sea Breeze II in") == at["Bookings"]
    assert hint_link(board, "cancel Sea Breeze II's booking") is None  # the sentence is about another verb
    _clicked(board, (500, 500))
    assert hint_link(board, "check Sea Breeze II in") is None  # a first step's
    button, _ = _page([*side, ("Check in", t, (900, 240, 960, 260)),
                       ("Use Bookings to check vessels in or out.", t, (235, 293, 528, 313))])
    assert hint_link(button, "check Sea Breeze II in") is None  # its control is here
    # a sentence naming a section with a word that only means the verb is no hint: "Turn off the kitchen
    # lights." on a home whose rooms' cards hold the switches (the card's "All off" is the control)
    home, _ = _page([("Overview", t, (56, 80, 122, 99)), ("Lights", t, (56, 123, 98, 141)),
                     ("Climate", t, (56, 166, 110, 184)), ("Kitchen", t, (615, 449, 679, 468)),
                     ("All off", t, (850, 455, 888, 472)), ("Ceiling light", t, (665, 517, 749, 536)),
                     ("Tap a switch to control a light.", t, (260, 394, 470, 410))])
    assert hint_link(home, "Turn off the kitchen lights.") is None

    bookings, at = _page([*side, ("Sea Breeze II", t, (333, 262, 441, 279)), ("Confirmed", t, (1081, 268, 1166, 288)),
                          ("⋮", t, (1221, 271, 1223, 286)), ("Sea Breeze", t, (332, 314, 426, 331)),
                          ("⋮", t, (1221, 322, 1223, 337))])
    assert row_menu(bookings, "check Sea Breeze II in") == 10
    assert row_menu(bookings, "check Sea Breeze II") is None  # ticking a box, no menu's act


def _fairhaven(body: list[tuple[str, int, tuple[int, int, int, int]]]) -> tuple[SimpleNamespace, dict[str, int]]:
    """A city's resident portal (MyFairhaven, from a dump): a banner, a band with the site's name over its
    line, a band of section links under it, and ``body``: a centred page with no sidebar."""
    t = KINDS["text"]
    top = [("An official website of the City of Fairhaven", t, (22, 4, 279, 21)),
           ("MyFairhaven", t, (162, 45, 325, 69)),
           ("Signed in as Jordan Ellis", t, (911, 55, 1107, 76)), ("Sign out", t, (1108, 58, 1172, 75)),
           ("Resident Services Portal", t, (162, 70, 323, 87)), ("Home", t, (116, 116, 172, 139)),
           ("My Requests", t, (201, 118, 303, 138)), ("Permits & Licences", t, (332, 117, 481, 138)),
           ("Payments", t, (511, 118, 589, 138)), ("Appointments", t, (620, 117, 731, 139)),
           ("Profile", t, (761, 117, 815, 139))]
    return _page(top + body)


_FAIRHAVEN_HOME = [("Welcome back, Jordan", KINDS["text"], (102, 170, 456, 203)),
                   ("Bills due", KINDS["text"], (118, 341, 215, 367)),
                   ("Open requests", KINDS["text"], (484, 344, 634, 368)),
                   ("4 unpaid bills totalling $969.95", KINDS["text"], (120, 374, 358, 397)),
                   ("Go to Payments", KINDS["text"], (132, 413, 266, 436)),
                   ("View my requests", KINDS["text"], (494, 412, 644, 437))]


def test_a_band_of_links_under_the_sites_name_is_its_menu_and_a_centred_page_has_no_sidebar():
    """MyFairhaven's links stand in a second band under its name's ("Home  My Requests  …  Profile"), and its
    page is centred: "Bills due" at the left is a card's title, not a sidebar's entry. "Turn on paperless
    billing for my account …" scrolled the home page; the site's name was taken for a link. A setting turned
    on or off is looked for in the sections (Payments by meaning), a section opened is scrolled down before
    the next is tried and back up when that hid the links, and a setting no section's name is near goes to
    the profile."""
    from tilepilot.model.embedded.order import _explore_links, explore_below, explore_link, side_edge, verb_section

    task = "Turn on paperless billing for my account, I'd rather get my bills by email."
    home, at = _fairhaven(_FAIRHAVEN_HOME)
    assert side_edge(home) == 0.0
    assert [home.cand_text[q] for q in _explore_links(home)] == ["Home", "My Requests", "Permits & Licences",
                                                                 "Payments", "Appointments", "Profile"]
    assert explore_link(home, task) == at["Payments"]
    assert explore_link(home, "Tick paperless billing") is None  # the box itself: the page's own control
    assert verb_section(home, "Pay my March water bill using my Visa card.") == at["Payments"]
    routes, _ = _routewise(_ROUTES)
    assert side_edge(routes) == 172.0  # a sidebar: the gutter right of its entries

    t = KINDS["text"]
    payments, at = _fairhaven([("Payments", t, (100, 170, 259, 203)), ("Bill", t, (130, 345, 160, 362)),
                               ("Water & sewer — March 2024", t, (130, 393, 372, 414)),
                               ("Saved payment methods", t, (122, 668, 412, 692)),
                               ("Visa ending in 4242", t, (122, 700, 304, 718))])
    _clicked(payments, (550, 128))
    assert explore_below(payments, task) == "down"  # it goes on under the screen's foot
    assert explore_below(payments, "Tick paperless billing") is None
    # the sidebar's foot is not the section's: "Upgrade my internet to the Fibre 500 plan." on My plans,
    # whose cards end mid-screen above the sidebar's "Account NW-0048-2291"
    plans, _ = _page([("Overview", t, (22, 97, 78, 113)), ("Bills & payments", t, (22, 171, 122, 187)),
                      ("My plans", t, (22, 286, 76, 302)), ("Contact details", t, (22, 400, 111, 416)),
                      ("Account NW-0048-2291", t, (20, 689, 148, 705)), ("My plans", t, (252, 17, 325, 37)),
                      ("Fibre 100", t, (329, 236, 395, 254)), ("Change plan", t, (1135, 236, 1216, 252)),
                      ("Why switch?", t, (273, 450, 365, 467))])
    _clicked(plans, (48, 296))
    assert side_edge(plans) > 0 and explore_below(plans, "Upgrade my internet to the Fibre 500 plan.") is None
    plans.cand_box[-1] = (300, 690, 392, 712)  # the page's own foot is
    assert explore_below(plans, "Upgrade my internet to the Fibre 500 plan.") == "down"
    scrolled, _ = _page([("Reference", t, (565, 40, 645, 56)), ("INV-30112", t, (565, 88, 650, 106)),
                         ("Saved payment methods", t, (122, 362, 412, 386)),
                         ("Checking account ending in 3391", t, (122, 570, 425, 590))])
    scrolled.hist_kind = np.array([ACTIONS.index("click"), ACTIONS.index("scroll")], np.int64)
    scrolled.hist_box = np.array([(546, 124, 554, 132), (0, 0, 0, 0)], np.float32)
    assert explore_below(scrolled, task) == "up"  # a table's header at the top is no link: back to the menu
    payments.hist_kind = np.array([ACTIONS.index(k) for k in ("click", "scroll", "scroll")], np.int64)
    payments.hist_box = np.array([(546, 124, 554, 132), (0, 0, 0, 0), (0, 0, 0, 0)], np.float32)
    assert explore_link(payments, task) == at["Profile"]  # a setting: where sites keep them


def test_a_box_ticked_over_a_forms_save_button_is_saved_unless_the_task_is_the_box():
    """"Turn on paperless billing …" ticked its box in the profile's preferences and stopped; the form keeps
    nothing until "Save changes". "Tick newsletter" on a generated page ends at the box."""
    from tilepilot.model.embedded.buttons import box_unsaved

    t, c = KINDS["text"], KINDS["component"]
    f, at = _page([("Paperless billing — email my bills instead of mailing them", t, (153, 514, 622, 537)),
                   ("Emergency and service alerts by text message", t, (154, 543, 538, 568)),
                   ("Save changes", t, (141, 595, 265, 617)), ("box", c, (125, 513, 151, 539)),
                   ("box ", c, (128, 547, 148, 567))])
    _clicked(f, (137, 525))
    task = "Turn on paperless billing for my account, I'd rather get my bills by email."
    assert box_unsaved(f, task) == at["Save changes"]
    assert box_unsaved(f, "Tick paperless billing") is None  # a task of the box itself
    _clicked(f, (380, 525))
    assert box_unsaved(f, task) is None  # the text was clicked, no box
    _clicked(f, (203, 606), (137, 525))
    assert box_unsaved(f, task) is None  # saved once already


def test_a_control_every_card_has_is_taken_on_the_card_the_task_names():
    """"Can you switch on auto-renew for my Zone B residential parking permit?": each permit's card has an
    Auto-renew switch; the network took the visitor permit's."""
    from tilepilot.model.embedded.rows import card_control

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Residential parking — Zone B", t, (118, 271, 426, 298)),
                   ("Visitor parking — Zone B", t, (663, 270, 924, 297)), ("Permit no.", t, (119, 338, 202, 362)),
                   ("Permit no.", t, (664, 340, 745, 361)), ("Auto-renew", t, (173, 450, 266, 471)),
                   ("Auto-renew", t, (717, 449, 810, 472)), ("Auto-renew", i, (667, 448, 712, 474)),
                   ("Auto-renew ", i, (123, 448, 168, 474))])
    task = "Can you switch on auto-renew for my Zone B residential parking permit?"
    assert card_control(f, task) == at["Auto-renew "]
    assert card_control(f, "switch on auto-renew for my visitor parking permit") == at["Auto-renew"]
    assert card_control(f, "switch on auto-renew for zone B") is None  # both cards read it: no guess
    assert card_control(f, "switch on paperless billing") is None


def test_a_pages_hint_is_read_past_polite_words_and_approving_is_a_rows_confirm():
    """"Please approve Biscuit's pending dog-walking booking." on a dashboard whose list has no buttons, under
    "Open Bookings to approve, reassign or cancel.": the hint's link (the task's verb read past "Please"),
    then the Biscuit row's "✓ Confirm" (approve and confirm name one act)."""
    from tilepilot.model.embedded.order import hint_link, row_act

    t = KINDS["text"]
    side = [("PawPal", t, (64, 25, 118, 42)), ("Sitter Operations", t, (63, 40, 158, 57)),
            ("Dashboard", t, (47, 99, 124, 119)), ("Bookings", t, (47, 134, 113, 158)),
            ("Sitters", t, (46, 170, 96, 192)), ("Pets & Owners", t, (48, 206, 148, 228)),
            ("Reviews", t, (47, 244, 108, 264)), ("Settings", t, (49, 281, 105, 299))]
    task = "Please approve Biscuit's pending dog-walking booking."
    home, at = _page(side + [("Biscuit Hannah Cole", t, (282, 404, 407, 424)), ("Pending", t, (1094, 403, 1164, 428)),
                             ("Open Bookings to approve, reassign or cancel.", t, (273, 522, 531, 540))])
    assert hint_link(home, task) == at["Bookings"]
    assert hint_link(home, "Please reassign Biscuit's booking to Ravi.") == at["Bookings"]
    assert hint_link(home, "Please delete Biscuit's booking.") is None  # the hint does not say it
    bookings, at = _page(side + [("BK-1034", t, (282, 358, 335, 376)), ("Nala", t, (360, 350, 397, 369)),
                                 ("Confirmed", t, (957, 357, 1037, 378)), ("⋯", t, (1195, 361, 1216, 374)),
                                 ("BK-1035", t, (282, 410, 334, 427)), ("Biscuit", t, (360, 401, 413, 419)),
                                 ("Pending", t, (955, 405, 1026, 431)), ("✓ Confirm", t, (1106, 407, 1177, 430)),
                                 ("⋯ ", t, (1199, 417, 1213, 419))])
    assert row_act(bookings, task) == at["✓ Confirm"]
    assert row_act(bookings, "Please approve Nala's booking.") is None  # confirmed already: no button


def test_a_thing_told_by_its_code_is_acted_on_from_its_rows_menu_until_the_row_reads_it_done():
    """A warehouse's rows named by codes set in a monospace face that OCR reads with a zero for the O
    ("S0-50318"): "Put sales order SO-50318 on hold for now." opens that row's "⋯" (a badge "ON HOLD" on
    another row is no button); "a forklift clipped the racking at location B-04-1, block it …" is read as
    "block B-04-1 …", and once the row reads "BLOCKED" its menu is not opened again."""
    from tilepilot.model.embedded.order import resolved, row_menu

    t = KINDS["text"]
    orders, at = _page([("Outbound sales orders", t, (16, 100, 200, 120)), ("S0-50313", t, (25, 312, 83, 328)),
                        ("ON HOLD", t, (944, 311, 1011, 331)), ("⋯", t, (1232, 319, 1248, 322)),
                        ("S0-50317", t, (25, 440, 83, 456)), ("⋯ ", t, (1232, 447, 1248, 450)),
                        ("S0-50318", t, (25, 472, 83, 488)), ("⋯  ", t, (1232, 479, 1248, 482))])
    assert row_menu(orders, "Put sales order SO-50318 on hold for now.") == at["⋯  "]
    assert row_menu(orders, "Put sales order SO-50319 on hold for now.") is None  # no such row

    task = "a forklift clipped the racking at location B-04-1, block it so nobody puts stock there"
    assert resolved(task) == "block location B-04-1 so nobody puts stock there"  # (its noun kept: "Locations")
    assert resolved("PO-7784 has arrived, please add it") == "PO-7784 has arrived, please add it"  # a new thing
    rows = [("Storage locations", t, (16, 100, 150, 120)), ("B-04-1", t, (25, 643, 68, 660)),
            ("B-04-2", t, (25, 675, 68, 692)), ("⋯   ", t, (1232, 683, 1248, 686))]
    before, at = _page([*rows, ("AVAILABLE", t, (1052, 643, 1130, 660)), ("⋯", t, (1232, 651, 1248, 654))])
    _clicked(before, (370, 64))
    assert row_menu(before, resolved(task)) == at["⋯"]
    after, _ = _page([*rows, ("BLOCKED", t, (1052, 643, 1120, 660)), ("⋯", t, (1232, 659, 1248, 662))])
    _clicked(after, (370, 64), (1240, 652), (1126, 678))
    assert row_menu(after, resolved(task)) is None  # done: the row says so


def test_a_tab_of_the_section_opened_naming_the_tasks_words_is_tried_and_the_account_corner_is_no_link():
    """"Lena Hartmann played really well in the violin II prelims. Advance her to the next round.": the
    like-link rule took the account corner's "Orchestra Manager"; on Auditions, the candidates shown are of
    another tab ("Principal Oboe"), and the tab "Section Violin II (3)" is the one the task's words name (a
    table's "ROUND" header is no tab)."""
    from tilepilot.model.embedded.order import explore_tab, like_link

    t = KINDS["text"]
    top = [("MERIDIAN PHILHARMONIC", t, (95, 24, 351, 50)), ("Claire Beaumont", t, (1139, 26, 1247, 45)),
           ("Artistic Administration · Season 2024–25", t, (97, 57, 317, 73)),
           ("Orchestra Manager", t, (1138, 48, 1234, 68)), ("Season", t, (359, 109, 408, 129)),
           ("Rehearsals", t, (446, 110, 516, 127)), ("Musicians", t, (555, 110, 623, 127)),
           ("Repertoire", t, (660, 109, 730, 129)), ("Auditions", t, (768, 108, 833, 128)),
           ("Venues", t, (871, 108, 921, 128))]
    task = "Lena Hartmann played really well in the violin II prelims. Advance her to the next round."
    season, _ = _page(top + [("Season 2024–25", t, (90, 177, 274, 207)), ("Autumn Romantics", t, (111, 518, 275, 542))])
    assert like_link(season, task) is None
    auditions, at = _page(top + [
        ("Auditions ", t, (87, 177, 204, 207)), ("Principal Oboe (3)", t, (103, 268, 220, 288)),
        ("Section Violin II (3)", t, (246, 265, 373, 288)), ("Fourth Horn (2)", t, (398, 265, 500, 289)),
        ("CANDIDATE", t, (100, 319, 183, 336)), ("ROUND", t, (298, 317, 354, 338)), ("DATE", t, (440, 320, 482, 337)),
        ("Min-jun Cho", t, (98, 357, 189, 378)), ("Final", t, (297, 356, 338, 379)),
        ("Anna Kowalczyk", t, (98, 441, 217, 464)), ("Preliminary", t, (296, 439, 377, 465)),
        ("Advance", t, (1024, 441, 1100, 466))])
    _clicked(auditions, (801, 119))
    assert explore_tab(auditions, task) == at["Section Violin II (3)"]
    assert explore_tab(auditions, "Advance Anna Kowalczyk to the next round.") is None  # shown here
    _clicked(auditions, (801, 119), (304, 276))
    assert explore_tab(auditions, task) is None  # pressed once
    # a form typed into is the task's page: "… promo code SUMMER" took the filled field's label for a tab
    auditions.hist_kind = np.array([ACTIONS.index("click"), ACTIONS.index("type")], np.int64)
    auditions.hist_box = np.array([(801, 119, 801, 119), (1000, 300, 1100, 330)], np.float32)
    assert explore_tab(auditions, task) is None


def test_a_request_told_first_is_rejected_by_that_and_its_row_is_the_one_reading_the_tasks_other_words():
    """"Dana Whitfield's e-waste pickup can't be collected from the curb, … Reject that request with the
    reason that fits.": one command; Dana Whitfield has two requests, and the e-waste one is meant."""
    from tilepilot.model.embedded.order import resolved, row_menu

    task = ("Dana Whitfield's e-waste pickup can't be collected from the curb, since TVs have to be taken to a "
            "drop-off site. Reject that request with the reason that fits.")
    said = resolved(task)
    assert said == "reject Dana Whitfield's e-waste pickup with the reason that fits"
    t = KINDS["text"]
    f, at = _page([("Pickup requests", t, (22, 80, 160, 100)),
                   ("PR-2203", t, (33, 280, 83, 296)), ("Dana Whitfield", t, (110, 279, 195, 297)),
                   ("Garden waste", t, (449, 279, 530, 297)), ("Completed", t, (843, 279, 913, 297)),
                   ("⋯", t, (1224, 287, 1238, 290)),
                   ("PR-2210", t, (33, 550, 83, 566)), ("Dana Whitfield ", t, (110, 549, 195, 567)),
                   ("E-waste", t, (449, 549, 496, 567)), ("New", t, (843, 550, 879, 567)),
                   ("⋯ ", t, (1224, 556, 1238, 559))])
    _clicked(f, (438, 26))
    assert row_menu(f, said) == at["⋯ "]
    assert row_menu(f, "reject Dana Whitfield's pickup") is None  # two rows: no guess


def test_fields_named_alike_are_no_cards_controls():
    """A generated form's "name" fields (wide entry boxes) for "Set the Project name dropdown to …": no card's
    switch."""
    from tilepilot.model.embedded.rows import card_control

    t, i = KINDS["text"], KINDS["input"]
    f, _ = _page([("Project", t, (100, 200, 160, 220)), ("Team", t, (600, 200, 650, 220)),
                  ("name", i, (100, 230, 400, 260)), ("name ", i, (600, 230, 900, 260))])
    assert card_control(f, 'Set the Project name dropdown to "Backpack"') is None


def test_a_person_the_task_starts_with_keeps_their_first_name():
    """"Lena Hartmann played really well …": a name that something happened to, not a verb capitalised as a
    sentence starts ("Change Project name …", "Mark Nordic File Manager, …")."""
    from tilepilot.model.embedded.order import task_names

    assert task_names("Lena Hartmann played really well in the violin II prelims.") == ["Lena Hartmann"]
    assert task_names("Eli Navarro just passed his belay test.") == ["Eli Navarro"]
    assert task_names("Change Project name to Apollo") == ["Project"]
    assert task_names("Mark Nordic File Manager, then OK") == ["Nordic File Manager"]


def test_a_persons_thing_told_by_his_or_her_is_one_command_done_from_their_rows_menu():
    """"Eli Navarro just passed his belay test. Please record his belay certification.": "record Eli
    Navarro's belay certification", from his row's "⋯" (no list knows the verb); "her" before a noun is her
    thing ("freeze her membership"), before "as" or a preposition herself ("mark her as on leave")."""
    from tilepilot.model.embedded.order import resolved, row_menu

    said = resolved("Eli Navarro just passed his belay test. Please record his belay certification.")
    assert said == "record Eli Navarro's belay certification"
    assert resolved("Ana Ruiz is injured, freeze her membership") == "freeze Ana Ruiz's membership"
    assert resolved("jamie chen got hurt, mark him injured") == "mark jamie chen as injured"
    t = KINDS["text"]
    f, at = _page([("Members", t, (266, 20, 380, 50)), ("Eli Navarro", t, (296, 196, 383, 214)),
                   ("Monthly", t, (482, 196, 540, 214)), ("⋯", t, (1194, 204, 1210, 207)),
                   ("Elisa Navarro", t, (296, 257, 401, 275)), ("⋯ ", t, (1194, 265, 1210, 268))])
    _clicked(f, (88, 156))
    assert row_menu(f, said) == at["⋯"]


def test_a_cards_control_is_for_a_task_turning_one_on_or_off():
    """"Take the mushroom pasta off Wednesday's dinner": the meal cards' small "mushroom" glyphs are no switch
    (blind8's meal planner)."""
    from tilepilot.model.embedded.rows import card_control

    t, c = KINDS["text"], KINDS["component"]
    f, _ = _page([("Wednesday", t, (640, 380, 720, 400)), ("Thursday", t, (900, 380, 980, 400)),
                  ("mushroom", c, (650, 420, 678, 440)), ("mushroom ", c, (910, 420, 938, 440))])
    assert card_control(f, "Take the mushroom pasta off Wednesday's dinner, we're eating out that night.") is None
    assert card_control(f, "Turn off mushroom for Wednesday") == 2


_FERRY_BAR = [("Kestrel Isles Ferries", KINDS["text"], (62, 10, 205, 28)),
              ("Operations Console", KINDS["text"], (62, 28, 164, 42)),
              ("Sailings", KINDS["text"], (34, 58, 82, 74)), ("Vehicle bookings", KINDS["text"], (120, 58, 221, 74)),
              ("Fleet", KINDS["text"], (255, 58, 285, 74)), ("Fares", KINDS["text"], (319, 58, 354, 74)),
              ("Settings", KINDS["text"], (388, 58, 437, 74))]


def test_a_booking_told_by_its_code_is_looked_for_in_the_section_naming_it_then_searched_then_acted_on():
    """"Check in booking FB-58240, the driver is at the booth." on a ferry's sailings list typed the code into
    its "Route" select: a code shown nowhere here, nor any shaped like it, typed into a field that asks for
    no number, is a stray; the section link naming the task's word ("Vehicle bookings") is opened instead.
    There the code goes into the list's search, right after the section opened, and the search is no end:
    the row it brings up is acted on."""
    from tilepilot.model.embedded.fields import code_elsewhere, id_search, only_searched
    from tilepilot.model.embedded.order import explore_link

    t, i = KINDS["text"], KINDS["input"]
    task = "Check in booking FB-58240, the driver is at the booth."
    sailings, at = _page([*_FERRY_BAR, ("Route", t, (337, 186, 372, 201)), ("All routes", t, (395, 185, 449, 202)),
                          ("Route All routes", i, (382, 180, 554, 208)), ("S-1401", t, (35, 255, 78, 270)),
                          ("S-1402", t, (35, 289, 78, 304)), ("Portmere → Kell Island", t, (408, 255, 542, 270))])
    assert code_elsewhere(sailings, task, at["Route All routes"], "FB-58240")
    assert not code_elsewhere(sailings, task, at["Route All routes"], "Portmere")  # not the code
    assert explore_link(sailings, task) == at["Vehicle bookings"]  # the link naming "booking", not by meaning
    tracking, at2 = _page([*_FERRY_BAR, ("Booking reference", t, (337, 160, 470, 176)),
                           ("Booking reference", i, (337, 180, 554, 208))])
    assert not code_elsewhere(tracking, task, at2["Booking reference"], "FB-58240")  # a field asking for it
    bookings, at = _page([*_FERRY_BAR, ("Search ref, name or registration… ", t, (33, 110, 228, 126)),
                          ("Search ref, name or registration…", i, (24, 104, 324, 131)),
                          ("FB-58221", t, (35, 180, 93, 194)), ("Alasdair Grant", t, (134, 180, 217, 194)),
                          ("Check in", t, (1149, 248, 1197, 262))])
    _clicked(bookings, (170, 66))
    assert id_search(bookings, task) == (at["Search ref, name or registration…"], "FB-58240")
    _clicked(bookings, (170, 66), (1172, 255))
    assert id_search(bookings, task) is None  # not after other steps
    searched, at = _page([*_FERRY_BAR, ("FB-58240", t, (33, 110, 91, 126)), ("FB-58240", i, (24, 104, 324, 131)),
                          ("FB-58240", t, (35, 180, 93, 194)), ("Check in", t, (1149, 180, 1197, 194))])
    searched.hist_kind = np.array([ACTIONS.index("click"), ACTIONS.index("type")], np.int64)
    searched.hist_box = np.array([(166, 62, 174, 70), (170, 114, 178, 122)], np.float32)
    assert only_searched(searched, task)
    assert not only_searched(searched, "Search for booking FB-58240")  # the search was the task
    assert not only_searched(searched, "Check in booking FB-58241")  # another code typed: a field's value


def test_a_sidebar_ends_at_its_gutter_its_group_headings_and_count_badges_aside():
    """"Please approve Kelvingrove's loan request." on a museum's collections manager: a list panel starts
    right of the sidebar (inside the 22% strip), so the sidebar ends at the gutter between them; its entry
    "Loan requests" carries a count badge ("7") and sits under the group heading "LOANS", which is no link; the
    task's section is the entry naming most of its words. A stat card's label starting with a link's word
    ("Loans checked out") is no sign that the page open is that link's."""
    from tilepilot.model.embedded.order import _explore_links, _open_page, explore_link, side_edge, thing_section

    t, i = KINDS["text"], KINDS["input"]
    side = [("Harrowgate Museum", t, (58, 20, 199, 40)), ("Collections Manager", t, (58, 34, 178, 54)),
            ("COLLECTIONS", t, (15, 88, 108, 105)), ("Object records", t, (42, 115, 141, 135)),
            ("Exhibitions", t, (42, 146, 118, 167)), ("LOANS", t, (14, 188, 62, 205)),
            ("Loan requests", t, (41, 217, 137, 234)), ("7", t, (180, 217, 204, 233)),
            ("ADMINISTRATION", t, (15, 257, 126, 273)), ("Audit log", t, (40, 282, 105, 304))]
    panel = [("Object records", t, (236, 20, 365, 42)), ("22 records", t, (231, 130, 297, 150)),
             ("1921.4.7", t, (232, 164, 297, 184)), ("Portrait of Margaret Ellison", t, (231, 182, 419, 204)),
             ("", i, (220, 228, 579, 296)), ("", i, (3, 109, 220, 141)),
             ("Accession number", t, (608, 160, 723, 178)), ("1921.4.7", t, (794, 160, 849, 178))]
    museum, at = _page(side + panel)
    assert side_edge(museum) == 220.0  # the list panel's texts at x=231 are the page's, not the sidebar's
    assert [museum.cand_text[q] for q in _explore_links(museum)] == ["Object records", "Exhibitions",
                                                                   "Loan requests", "Audit log"]
    task = "Please approve Kelvingrove's loan request."
    assert thing_section(museum, task) == at["Loan requests"]
    assert explore_link(museum, task) == at["Loan requests"]
    t = KINDS["text"]
    desk, at = _page([("Dashboard", t, (52, 98, 124, 116)), ("Seed Catalog", t, (52, 136, 137, 154)),
                      ("Members", t, (52, 174, 110, 192)), ("Loans", t, (52, 211, 93, 229)),
                      ("Lending Desk / Dashboard", t, (260, 17, 402, 32)), ("Dashboard", t, (260, 36, 375, 60)),
                      ("Loans checked out", t, (528, 110, 633, 125)), ("19", t, (528, 130, 557, 156))])
    assert not _open_page(desk, at["Loans"]) and _open_page(desk, at["Dashboard"])
    assert explore_link(desk, "Rosa Delgado just dropped off the Dragon Tongue beans she borrowed. Can you check "
                              "that loan back in?") == at["Loans"]


def test_a_tables_header_band_is_no_field():
    """A shaded table header read as a box ("LOAN  MEMBER  PACKET  DUE") drew the network's typing of "Dragon
    Tongue beans she borrowed"; three texts side by side in a box make a row, not an entry field."""
    from tilepilot.model.embedded.roles import row_band

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("LOAN", t, (289, 257, 324, 271)), ("MEMBER", t, (370, 257, 425, 271)),
                   ("PACKET", t, (518, 257, 568, 271)), ("DUE", t, (684, 257, 710, 271)),
                   ("Overdue loans LOAN", i, (276, 247, 797, 283)), ("Search packets", t, (290, 110, 400, 126)),
                   ("Search packets", i, (276, 104, 600, 132))])
    assert row_band(f, at["Overdue loans LOAN"])
    assert f.cand_kind[at["Search packets"]] == i and not row_band(f, at["Search packets"])  # one hint: a field


def test_a_setting_stopped_is_found_in_settings_its_switch_flipped_and_saved():
    """"stop the automatic overdue reminder emails for now" on a seed library's dashboard clicked the stat card
    "Overdue" (a row of counts is no menu: each label stands over its value). Stopping emails is turning a
    setting off: the sidebar's Settings, then the switch of the line reading most of the task's words in a run
    ("Overdue reminder emails", not "automatic"), then "Save settings" under it (the switch read as a field
    whose knob is "0")."""
    from tilepilot.model.embedded.buttons import box_unsaved
    from tilepilot.model.embedded.order import _column_switch, _in_bar, settings_link

    t, i = KINDS["text"], KINDS["input"]
    side = [("Dashboard", t, (52, 98, 124, 116)), ("Seed Catalog", t, (52, 136, 137, 154)),
            ("Loans", t, (52, 211, 93, 229)), ("Settings", t, (52, 306, 107, 324))]
    task = "stop the automatic overdue reminder emails for now"
    home, at = _page(side + [("Packets in catalog", t, (277, 110, 379, 125)), ("23", t, (277, 130, 307, 156)),
                             ("Loans checked out", t, (528, 110, 633, 125)), ("19", t, (528, 130, 557, 156)),
                             ("Overdue", t, (780, 110, 829, 125)), ("3", t, (780, 130, 795, 156)),
                             ("Avg. germination", t, (1031, 110, 1125, 125)), ("74%", t, (1031, 130, 1084, 156)),
                             ("reminders on", t, (780, 163, 850, 177))])
    assert not _in_bar(home, at["Overdue"])
    assert settings_link(home, task) == at["Settings"]
    assert settings_link(home, "stop Rosa Delgado's loan") is None  # no setting stopped
    page, at = _page(side + [("Weekly new-arrivals digest", t, (277, 395, 456, 411)), ("0 ", i, (961, 398, 1004, 424)),
                             ("Overdue reminder emails", t, (277, 452, 445, 468)), ("0", i, (961, 455, 1004, 481)),
                             ("Save settings", t, (914, 533, 1006, 550))])
    assert _column_switch(page, task) == at["0"]
    _clicked(page, (982, 468))
    assert box_unsaved(page, task) == at["Save settings"]
    form, at = _page([("Password", t, (40, 200, 120, 216)), ("Save", t, (441, 214, 475, 231)),
                      ("Save ", i, (428, 207, 488, 237)), ("Save changes", t, (40, 300, 140, 318))])
    _clicked(form, (458, 222))
    assert box_unsaved(form, "set the password of Tessa to 'dynamo', then save it") is None  # a button, no switch


def test_a_job_given_to_a_driver_is_assigned_on_its_card_and_the_driver_chosen_in_the_dialog():
    """"Give J-40531 to Kofi Asante." on a dispatch board: the board's first column of cards is no sidebar
    (each card repeats "Assign"); giving is assigning, so the button at the foot of J-40531's card (the driver
    the job goes to tells no card). In the dialog, the driver is typed into "Select driver…" and its "Assign"
    pressed, not the driver list behind it taken for a choice of reasons."""
    from tilepilot.model.embedded.fields import choice_given, put_choice
    from tilepilot.model.embedded.order import reason_choice, row_act, side_edge

    t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]
    cards = []
    for k, (job, shop) in enumerate([("J-40530", "Baxter & Lowe Solicitors"), ("J-40531", "Pixel Print Shop"),
                                     ("J-40532", "Harbour Pharmacy")]):
        y = 101 + 130 * k
        cards += [(job, t, (28, y, 85, y + 17)), ("14:00-17:00", t, (148, y + 2, 217, y + 16)),
                  (shop, t, (30, y + 22, 190, y + 39)), ("Unit 7, Foundry Park", t, (51, y + 39, 173, y + 56)),
                  ("Assign", t, (39, y + 88, 90, y + 109)), ("Large box", t, (191, y + 90, 251, y + 107))]
    drivers = [("Kofi Asante", t, (1092, 378, 1164, 394)), ("Van · North · On shift", t, (1092, 393, 1203, 408)),
               ("Ravi Menon", t, (1092, 420, 1165, 436)), ("Car · East · On shift", t, (1092, 435, 1197, 450))]
    board, at = _page(cards + drivers)
    task = "Give J-40531 to Kofi Asante."
    assert side_edge(board) == 0.0
    assert row_act(board, task) == 10  # the second card's "Assign"
    dialog, at = _page(cards + drivers + [("Assign J-40531", t, (406, 86, 516, 104)),
                                          ("Driver", t, (406, 172, 442, 186)),
                                          ("Select driver…", t, (418, 196, 504, 213)),
                                          ("Driver Select driver…", i, (406, 190, 874, 219)),
                                          ("Cancel", t, (740, 277, 781, 292)), ("Assign ", t, (817, 277, 860, 292)),
                                          ("dot", c, (1075, 382, 1083, 390)), ("dot ", c, (1075, 424, 1083, 432))])
    _clicked(dialog, (64, 330))
    dialog.ins_off = np.array([m.span() for m in re.finditer(r"\w+|[^\w\s]", task)], np.int64)
    dialog.hist_match = np.zeros((1, len(dialog.ins_off)), np.float32)
    box, span = put_choice(dialog, task)
    assert box == at["Driver Select driver…"] and task[slice(*span)] == "Kofi Asante"
    assert reason_choice(dialog, task) is None  # a person is no reason
    assert choice_given(dialog, task) is None  # nothing typed yet
    dialog.cand_text[at["Select driver…"]] = "Kofi Asante"
    dialog.cand_text[at["Driver Select driver…"]] = "Driver Kofi Asante"
    dialog.hist_kind = np.array([ACTIONS.index("click"), ACTIONS.index("type")], np.int64)
    dialog.hist_box = np.array([(60, 326, 68, 334), (636, 201, 644, 209)], np.float32)
    name = [span[0] <= a and b <= span[1] for a, b in dialog.ins_off]
    dialog.hist_match = np.array([np.zeros(len(name)), name], np.float32)
    assert choice_given(dialog, task) == at["Assign "]


def test_a_scene_set_first_is_left_out_and_a_time_told_first_is_the_thing():
    """"Weather's closing in. Cancel tonight's 19:00 sailing …" took the weather's words for the task's; a
    first sentence that only sets the scene (no verb first, no number, quote or name) is left out when a
    command follows. "Today's 16:45 to Kell Island is running … late - please mark it as delayed" names its
    thing with a time."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("Weather's closing in. Cancel tonight's 19:00 sailing from Kell Island back to Portmere.") \
        == "Cancel tonight's 19:00 sailing from Kell Island back to Portmere."
    assert resolved("My card is the Visa 4417. Pay the invoice.") == "My card is the Visa 4417. Pay the invoice."
    assert resolved("It is broken. Cancel it.") == "cancel It"  # (the rest speaks of it: a pronoun's)
    assert resolved("Close the window. Then open Settings.") == "Close the window. Then open Settings."
    assert resolved("Today's 16:45 to Kell Island is running about 30 minutes late - please mark it as delayed.") \
        == "mark today's 16:45 to Kell Island as delayed"  # (a day is no name's start)


def test_a_person_is_looked_for_where_the_site_lists_people_and_marked_by_the_column_of_switches():
    """"Greta Holm has moved away - please mark her as no longer active." on a food bank's overview went to
    Inventory (the first section in reading order); a person is looked for in the section listing people
    ("Volunteers"), where the row's switch under the "Active" header (read as a field) marks her."""
    from tilepilot.model.embedded.order import _column_switch, explore_link

    t, i = KINDS["text"], KINDS["input"]
    bar = [("Northgate Community Pantry", t, (90, 19, 320, 38)), ("Overview", t, (359, 19, 432, 37)),
           ("Inventory", t, (461, 19, 527, 37)), ("Volunteer shifts", t, (555, 19, 664, 37)),
           ("Volunteers", t, (693, 19, 767, 37)), ("Distributions", t, (795, 19, 884, 37))]
    task = "mark Greta Holm as no longer active"
    home, at = _page(bar + [("Good afternoon, Dana", t, (50, 80, 348, 105)),
                            ("Cornflakes 500g", t, (69, 300, 183, 316)), ("Carrots 1kg", t, (666, 300, 747, 316))])
    assert explore_link(home, task) == at["Volunteers"]
    assert explore_link(home, "mark the carrots as expired") != at["Volunteers"]
    page, at = _page(bar + [("Name", t, (152, 133, 192, 148)), ("Active", t, (1145, 133, 1188, 148)),
                            ("Greg Holden", t, (152, 381, 250, 397)), ("35", t, (1101, 381, 1121, 397)),
                            ("35 ", i, (1145, 375, 1186, 399)),
                            ("Greta Holm", t, (152, 423, 241, 439)), ("120", t, (1091, 423, 1124, 442)),
                            ("120 ", i, (1145, 417, 1186, 441))])
    assert _column_switch(page, task) == at["120 "]
    assert _column_switch(page, "mark Greta Holm as inactive") == at["120 "]
    assert _column_switch(page, "mark Greta Holm as vip") is None  # no column reads it


def test_a_thing_told_first_with_isnt_is_acted_on_by_that_packet_and_a_record_as_is_a_mark_as():
    """"The 2019 Glass Gem corn isn't viable any more. Retire that packet from the catalog." reads "retire the
    2019 Glass Gem corn from the catalog" (its article no name's start: the name is "Glass Gem"); "record
    J-40522 as a failed delivery" is marked so, as its menu says ("Mark failed delivery…")."""
    from tilepilot.model.embedded.order import resolved

    assert resolved("The 2019 Glass Gem corn isn't viable any more. Retire that packet from the catalog.") \
        == "retire the 2019 Glass Gem corn from the catalog"
    assert resolved("J-40522 couldn't be delivered, nobody was home. Record it as a failed delivery.") \
        == "mark J-40522 as a failed delivery"
    assert resolved("Record Eli Navarro's belay certification") == "Record Eli Navarro's belay certification"
    assert resolved("Log in as ivan using the password dynamo") == "Log in as ivan using the password dynamo"


def test_an_accession_number_is_searched_by_a_box_listing_its_keys_and_the_record_found_opened():
    """"take 1987.45.1 off the public online collection" on a museum's object records: an accession number
    (a year and two parts) is an identifier; the list's box reads "Accession no., title or maker" (what it
    matches, no search word); once typed (the caret read as "|"), the record it brings up is opened, not a
    sidebar heading the network clicked."""
    from tilepilot.model.embedded.fields import id_search, only_searched, searched_result
    from tilepilot.model.embedded.order import ID

    assert [m.group() for m in ID.finditer("take 1987.45.1 off the list, pay 1234.56, version 1.2.3")] \
        == ["1987.45.1"]
    t, i = KINDS["text"], KINDS["input"]
    task = "take 1987.45.1 off the public online collection"
    side = [("COLLECTIONS", t, (15, 88, 108, 105)), ("Object records", t, (42, 115, 141, 135))]
    records, at = _page(side + [("Accession no., title or maker", t, (246, 61, 422, 79)),
                                ("Accession no., title or maker ", i, (235, 53, 565, 88)),
                                ("1921.4.7", t, (236, 169, 294, 183)), ("1934.12.1", t, (236, 238, 301, 252))])
    assert id_search(records, task) == (at["Accession no., title or maker "], "1987.45.1")
    found, at = _page(side + [("1987.45.1|", t, (246, 61, 310, 79)), ("x", t, (540, 63, 550, 76)),
                              ("1987.45.1| ", i, (235, 53, 565, 88)), ("1987.45.1", t, (236, 169, 301, 183)),
                              ("Heron in Reeds", t, (236, 185, 339, 202))])
    found.hist_kind = np.array([ACTIONS.index("type")], np.int64)
    found.hist_box = np.array([(396, 66, 404, 74)], np.float32)
    assert only_searched(found, task)
    assert searched_result(found, task) == at["1987.45.1"]
    found.cand_text.append("Take")
    found.cand_kind = np.append(found.cand_kind, t)
    found.cand_box = np.vstack([found.cand_box, np.array([[900, 169, 940, 183]], np.float32)])
    assert searched_result(found, task) is None  # a button reading the verb acts on the row instead


def test_a_code_whose_noun_names_a_section_is_looked_for_there_not_in_this_pages_search():
    """"a forklift clipped the racking at location B-04-1, block it …" on a warehouse's inventory, whose search
    reads "SKU, description or location": the location's row (and its menu's Block) is in "Locations", so the
    first step opens it rather than filtering the inventory; once a section is opened, its search takes the
    code ("Check in booking FB-58240" on Vehicle bookings)."""
    from tilepilot.model.embedded.fields import id_search
    from tilepilot.model.embedded.order import resolved

    t, i = KINDS["text"], KINDS["input"]
    bar = [("StockPilot WMS", t, (50, 12, 168, 32)), ("Inventory", t, (28, 55, 86, 71)),
           ("Inbound", t, (119, 55, 170, 71)), ("Locations", t, (340, 55, 401, 71)),
           ("Suppliers", t, (433, 55, 492, 71))]
    task = resolved("a forklift clipped the racking at location B-04-1, block it so nobody puts stock there")
    page, at = _page(bar + [("Inventory on hand", t, (16, 102, 155, 120)),
                            ("SKU, description or location", t, (33, 148, 193, 165)),
                            ("SKU, description or location ", i, (25, 142, 285, 172)),
                            ("A-01-1", t, (642, 219, 685, 234)), ("B-01-1", t, (642, 421, 685, 436))])
    assert id_search(page, task) is None
    assert id_search(page, "block B-04-1 so nobody puts stock there") == (at["SKU, description or location "],
                                                                           "B-04-1")  # no noun: the search
    _clicked(page, (57, 63))
    assert id_search(page, task) == (at["SKU, description or location "], "B-04-1")  # a section opened


def _pharmacy_today() -> tuple[SimpleNamespace, dict[str, int]]:
    """A pharmacy's dashboard (as OCR and the candidate finder read it): its sidebar, and a preview of the oldest
    refills, rows of texts under a header band with nothing to press."""
    t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]
    return _page([("PawScript", t, (52, 17, 149, 40)), ("Today", t, (252, 12, 330, 49)),
                  ("Today ", t, (43, 85, 94, 109)), ("Refill requests", t, (40, 126, 153, 146)),
                  ("Prescriptions", t, (45, 164, 143, 184)), ("Owners & pets", t, (45, 204, 155, 221)),
                  ("Stock", t, (44, 239, 94, 260)), ("Settings", t, (39, 276, 111, 299)),
                  ("Oldest waiting refills", t, (275, 192, 456, 215)), ("REQUEST", t, (272, 236, 343, 253)),
                  ("MEDICATION", t, (583, 234, 678, 255)), ("Rex", t, (413, 374, 462, 391)),
                  ("Carprofen 100 mg tablets", t, (584, 380, 768, 400)), ("17 Jun 2024", t, (1095, 380, 1185, 400)),
                  ("RF-3301", t, (271, 381, 331, 402)), ("Dana Whitfield", t, (411, 388, 505, 405)),
                  ("PET Rex", i, (262, 365, 1251, 414)), ("paw", c, (415, 376, 427, 387))])


def test_a_story_told_task_keeps_whose_thing_it_acts_on():
    from tilepilot.model.embedded.order import resolved

    assert resolved("Dana Whitfield is at the counter to collect Rex's carprofen — please mark his refill as "
                    "dispensed.") == "mark Dana Whitfield's refill as dispensed"
    assert resolved("jamie chen got hurt, mark him injured") == "mark jamie chen as injured"


def test_a_dashboards_preview_row_is_no_place_to_act_on_it():
    """The dashboard lists Dana Whitfield's refill with no control: "Refill requests" is opened; the same row
    with its "⋯" keeps the task here."""
    from tilepilot.model.embedded.order import thing_section

    f, at = _pharmacy_today()
    assert thing_section(f, "mark Dana Whitfield's refill as dispensed") == at["Refill requests"]
    assert thing_section(f, "Put prescription RX-20433 on hold — we're waiting on bloodwork results") \
        == at["Prescriptions"]  # (not held back by the word "hold" read elsewhere)
    g, _ = _page([*((f.cand_text[q], int(f.cand_kind[q]), tuple(f.cand_box[q])) for q in range(len(f.cand_text))),
                  ("⋯", KINDS["text"], (1212, 380, 1232, 400))])
    assert thing_section(g, "mark Dana Whitfield's refill as dispensed") is None


def test_a_name_wrapped_onto_two_lines_still_names_its_row():
    """A narrow Owner column reads "Dana" over "Whitfield": the row's "⋯" is opened, then after the entry was
    pressed the dialog's "Dispense" (the state's verb) confirms."""
    from tilepilot.model.embedded.buttons import confirm_button
    from tilepilot.model.embedded.order import row_menu

    t = KINDS["text"]
    f, at = _page([("Refill requests", t, (40, 126, 153, 146)), ("RF-3300", t, (272, 240, 329, 258)),
                   ("Gareth", t, (486, 235, 534, 251)), ("Pryce", t, (486, 251, 526, 267)),
                   ("⋯", t, (1212, 241, 1232, 261)), ("RF-3301", t, (272, 305, 329, 322)),
                   ("Dana", t, (486, 300, 522, 316)), ("Whitfield", t, (486, 316, 548, 332)),
                   ("Carprofen 100 mg tablets", t, (600, 306, 781, 326)), ("⋯ ", t, (1212, 306, 1232, 326))])
    assert row_menu(f, "mark Dana Whitfield's refill as dispensed") == at["⋯ "]
    g, on = _page([("Dispense refill RF-3301?", t, (428, 290, 663, 313)),
                   ("Carprofen 100 mg tablets × 60 for Rex (dog, Dana", t, (427, 315, 790, 336)),
                   ("Whitfield). Stock will be reduced accordingly.", t, (429, 330, 746, 353)),
                   ("Cancel", t, (681, 400, 737, 421)), ("Dispense", t, (767, 400, 839, 421))])
    g.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    g.hist_box = np.array([(1218, 312, 1226, 320), (1126, 354, 1134, 362)], np.float32)
    assert confirm_button(g, "mark Dana Whitfield's refill as dispensed") == on["Dispense"]
    assert confirm_button(g, "mark Dana Whitfield's refill as collected") is None


def test_a_reason_given_in_the_tasks_words_is_chosen_from_the_dialogs_list():
    """"Put RX-20433 on hold" asks "Select a reason…": the list is opened, then "Awaiting bloodwork" chosen for
    "waiting on bloodwork results"; the hold is no place a thing is put in."""
    from tilepilot.model.embedded.fields import _put_what, reason_list

    task = "Put prescription RX-20433 on hold — we're waiting on bloodwork results before it can continue."
    assert _put_what(task) is None
    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Put RX-20433 on hold", t, (430, 196, 637, 216)), ("Reason", t, (430, 270, 481, 285)),
                   ("Select a reason...", t, (445, 298, 567, 317)), ("Select a reason... ", i, (430, 290, 850, 324)),
                   ("Cancel", t, (670, 496, 718, 516)), ("Put on hold", t, (756, 496, 835, 516))])
    f.hist_kind = np.array([ACTIONS.index("click")], np.int64)
    f.hist_box = np.array([(1120, 456, 1128, 464)], np.float32)
    assert reason_list(f, task, stops=True) == at["Select a reason... "]
    assert reason_list(f, task, stops=False) is None  # the network goes on with something else
    assert reason_list(f, "Put prescription RX-20433 on hold.", stops=True) is None  # no reason told
    assert reason_list(f, "Put prescription RX-20433 on hold at 19:30", stops=True) is None  # a time is no reason
    g, on = _page([("Put RX-20433 on hold", t, (430, 196, 637, 216)), ("Select a reason...", t, (437, 295, 566, 315)),
                   ("Awaiting bloodwork", t, (439, 313, 584, 333)), ("Owner request", t, (438, 330, 549, 350)),
                   ("Vet review", t, (439, 347, 521, 367)), ("Stock shortage", t, (440, 364, 551, 384))])
    g.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    g.hist_box = np.array([(1120, 456, 1128, 464), (636, 304, 644, 312)], np.float32)
    assert reason_list(g, task, stops=False) == on["Awaiting bloodwork"]
    assert reason_list(g, "Put prescription RX-20433 on hold, the owner asked", stops=False) == on["Owner request"]


def test_a_new_value_told_for_a_person_reaches_the_field_of_that_name():
    """"Dana Whitfield has a new mobile number: 07700 900412 …": her entry in a list of owners (a box the
    network would type into) is opened, her "Edit contact details" pressed, the number typed into Mobile."""
    from tilepilot.model.embedded.fields import named_item, told_field
    from tilepilot.model.embedded.order import named_edit, person_link

    task = "Hi, Dana Whitfield has a new mobile number: 07700 900412. Could you update her contact details?"
    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Refill requests", t, (43, 125, 152, 145)), ("Owners & pets", t, (47, 203, 155, 220)),
                   ("Stock", t, (45, 239, 94, 260)), ("Aisha Karim", t, (270, 127, 364, 155)),
                   ("Daisy", t, (506, 127, 550, 152)), ("Dana Whitfield", t, (272, 205, 382, 225)),
                   ("Rex, Willow", t, (474, 203, 549, 223)), ("Aisha's entry", i, (262, 123, 559, 160)),
                   ("Dana's entry", i, (262, 198, 559, 233)), ("Edit contact details", t, (1098, 94, 1224, 114))])
    span = (task.index("07700"), task.index("07700") + 12)
    assert named_item(f, task, at["Dana's entry"], span) == at["Dana Whitfield"]
    assert named_item(f, task, at["Aisha's entry"], span) is None
    assert named_edit(f, task) == at["Edit contact details"]
    assert named_edit(f, "Dana Whitfield's refill is ready") is None  # no edit asked
    assert person_link(f, task) == at["Owners & pets"]
    assert person_link(f, "mark the carprofen refill as dispensed") is None  # no person named
    g, on = _page([("Edit contact details", t, (427, 189, 619, 212)), ("Mobile", t, (424, 245, 483, 269)),
                   ("07700 900118", t, (434, 272, 548, 298)), ("Email", t, (425, 310, 474, 332)),
                   ("dana.whitfield@mailbox.co.uk", t, (435, 335, 658, 365)), ("Mobile box", i, (429, 269, 852, 304)),
                   ("Email box", i, (429, 333, 852, 368)), ("Save changes", t, (726, 497, 841, 524))])
    def told(task: str) -> tuple[int, tuple[int, int]] | None:
        g.ins_off = np.array([m.span() for m in re.finditer(r"\w+|[^\w\s]", task)], np.int64)
        g.hist_match = np.zeros((0, len(g.ins_off)), np.float32)
        return told_field(g, task)

    assert told(task) == (on["Mobile box"], span)
    assert told("Her email is now dana@whitfield.me, please update it") == (on["Email box"], (17, 34))
    assert told("Dana Whitfield's mobile number stays 07700 900118") is None  # (no value told: "stays")
    g.hist_kind = np.array([ACTIONS.index("type")], np.int64)
    g.hist_box = np.array([(636, 282, 644, 290)], np.float32)
    g.ins_off = np.array([m.span() for m in re.finditer(r"\w+|[^\w\s]", task)], np.int64)
    g.hist_match = np.array([[span[0] <= a and b <= span[1] for a, b in g.ins_off]], np.float32)
    assert told_field(g, task) is None  # typed already


def test_a_table_row_with_stacked_texts_is_no_field():
    from tilepilot.model.embedded.roles import row_band

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Rex", t, (413, 374, 462, 391)), ("Carprofen 100 mg tablets", t, (584, 380, 768, 400)),
                   ("17 Jun 2024", t, (1095, 380, 1185, 400)), ("RF-3301", t, (271, 381, 331, 402)),
                   ("Dana Whitfield", t, (411, 388, 505, 405)), ("row", i, (262, 365, 1251, 414)),
                   ("Mobile", t, (434, 472, 548, 498)), ("box", i, (429, 469, 852, 504))])
    assert row_band(f, at["row"])
    assert not row_band(f, at["box"])


def test_a_day_tab_drawn_on_two_lines_is_the_days():
    """A flying club's schedule: its tabs read "Sat" over "15 Jun"; "… for Saturday the 15th" opens Saturday, and
    on it the row reading both the pilot and the aircraft gets its "⋮" (another of Olu's bookings is on G-BSFW)."""
    from tilepilot.model.embedded.order import day_tab, row_menu

    t = KINDS["text"]
    tabs = [("Today", t, (272, 86, 308, 101)), ("13 Jun", t, (266, 104, 314, 123)), ("Fri", t, (361, 86, 378, 101)),
            ("14 Jun", t, (346, 104, 393, 123)), ("Sat", t, (439, 86, 459, 101)), ("15 Jun", t, (425, 104, 473, 123)),
            ("Sun", t, (516, 86, 541, 101)), ("16 Jun", t, (505, 104, 552, 123))]
    task = "Please cancel Olu Adeyemi's booking on G-AZKW for Saturday the 15th."
    f, at = _page(tabs)
    assert day_tab(f, task) == at["Sat"]
    assert day_tab(f, "Please cancel Olu Adeyemi's booking on G-AZKW for Monday") is None  # no Monday tab
    g, on = _page(tabs + [("G-AZKW Cessna 172M Skyhawk", t, (482, 288, 672, 306)),
                          ("Olu Adeyemi", t, (750, 287, 835, 309)), ("⋮", t, (1224, 290, 1232, 306)),
                          ("G-BSFW Piper PA-28-161", t, (482, 468, 688, 486)),
                          ("Olu Adeyemi ", t, (750, 467, 835, 489)), ("⋮ ", t, (1224, 470, 1232, 486))])
    g.hist_kind = np.array([ACTIONS.index("click")], np.int64)
    g.hist_box = np.array([(445, 90, 453, 98)], np.float32)
    assert row_menu(g, task) == on["⋮"]


def test_a_right_taken_away_opens_the_persons_record_and_flips_its_switch():
    """"Suspend Harriet Cole's booking privileges …" (her medical lapsed, told first): Members shows no Suspend,
    so her name is opened; her record's "Can book aircraft" switch is pressed; the dialog's reason list is
    opened and "Medical expired" chosen from the words told, not "Currency lapsed"."""
    from tilepilot.model.embedded.fields import reason_list
    from tilepilot.model.embedded.order import opened_row, resolved, right_switch

    told = "Harriet Cole's class 2 medical has lapsed. Suspend her booking privileges until she renews it."
    task = resolved(told)
    assert task == "suspend Harriet Cole's booking privileges until she renews it"
    t, i = KINDS["text"], KINDS["input"]
    side = [("Schedule", t, (44, 88, 106, 105)), ("Fleet", t, (43, 125, 81, 143)), ("Squawks", t, (43, 162, 105, 182)),
            ("Members", t, (44, 201, 106, 218))]
    f, at = _page(side + [("NAME", t, (337, 131, 379, 148)), ("Olu Adeyemi", t, (336, 165, 421, 187)),
                          ("Harriet Cole", t, (337, 322, 415, 339)), ("Active", t, (833, 324, 873, 338)),
                          ("Select a member to see licence, medical and", t, (948, 127, 1221, 146))])
    f.hist_kind = np.array([ACTIONS.index("click")], np.int64)
    f.hist_box = np.array([(71, 206, 79, 214)], np.float32)
    assert opened_row(f, task) == at["Harriet Cole"]
    assert opened_row(f, "suspend Lars Eriksen's booking privileges") is None  # not on this page
    g, on = _page(side + [("Harriet Cole", t, (948, 91, 1044, 111)), ("Class 2 medical", t, (947, 170, 1048, 192)),
                          ("Can book aircraft", t, (947, 241, 1057, 264)), ("switch", i, (1195, 239, 1238, 263)),
                          ("Email alerts", t, (947, 291, 1030, 314)), ("switch ", i, (1195, 289, 1238, 313))])
    g.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    g.hist_box = np.array([(71, 206, 79, 214), (372, 326, 380, 334)], np.float32)
    assert right_switch(g, task) == on["switch"]
    assert right_switch(g, "Please remind Harriet Cole about her booking") is None  # no right taken
    h, by = _page([("Suspend booking for Harriet Cole?", t, (424, 252, 690, 272)), ("Select…", t, (437, 360, 490, 380)),
                   ("Medical expired", t, (437, 376, 532, 392)), ("Currency lapsed", t, (437, 392, 536, 408)),
                   ("Account overdue", t, (437, 408, 539, 424))])
    h.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    h.hist_box = np.array([(1212, 247, 1220, 255), (636, 366, 644, 374)], np.float32)
    assert reason_list(h, task, stops=False, told=told) == by["Medical expired"]


def test_a_card_assigned_from_its_menu_to_a_person_named_by_first_name():
    """"assign the Dualit toaster to Bogdan": the card's "Assign fixer ▾" opened a list; "Bogdan Ilie" is
    chosen; once the card reads him, no other card's menu is opened."""
    from tilepilot.model.embedded.fields import given_entry
    from tilepilot.model.embedded.order import _given_done, _rows_of

    t = KINDS["text"]
    task = "assign the Dualit toaster to Bogdan"
    f, at = _page([("Toaster · Dualit 2-slot", t, (48, 228, 186, 245)), ("Assign fixer▼", t, (57, 301, 148, 322)),
                   ("GOOD MATCH", t, (64, 338, 156, 355)), ("Bogdan Ilie", t, (64, 368, 140, 388)),
                   ("Sanjay Mehta", t, (65, 424, 155, 441)), ("Wendy Clarke", t, (64, 475, 158, 495))])
    f.hist_kind = np.array([ACTIONS.index("click")], np.int64)
    f.hist_box = np.array([(98, 307, 106, 315)], np.float32)
    assert given_entry(f, task) == at["Bogdan Ilie"]
    assert given_entry(f, "assign the Dualit toaster to Graham") is None  # not in this list
    g, _ = _page([("Toaster · Breville", t, (48, 228, 162, 245)), ("Assign fixer▼", t, (57, 301, 148, 322)),
                  ("Toaster · Dualit 2-slot", t, (463, 228, 600, 245)), ("Bogdan Ilie", t, (478, 302, 548, 320))])
    worded = list(range(len(g.cand_text)))
    assert _rows_of(g, task, 0, len(task), worded)
    assert _given_done(g, task, 0, len(task), "assign", worded)
    assert not _given_done(g, "assign the Breville toaster to Bogdan", 0, 37, "assign", worded)
    assert not _given_done(f, task, 0, len(task), "assign", list(range(len(f.cand_text))))  # (a menu's entry)
    h, _ = _page([("J-40531 assigned to Kofi Asante", t, (900, 660, 1160, 680))])
    give = "Give J-40531 to Kofi Asante."
    assert _given_done(h, give, 0, len(give), "give", [0])  # the page says so


def test_a_stay_checked_in_presses_its_rows_check_in_then_the_dialogs_confirmation():
    from tilepilot.model.embedded.buttons import asked_answer, confirm_button
    from tilepilot.model.embedded.order import row_act

    t = KINDS["text"]
    task = "check the Okonkwo family in"
    rows = [("Hannah Berg", t, (306, 221, 402, 239)), ("Check in", t, (960, 225, 1034, 254)),
            ("Okonkwo family (Chidi Okonkwo)", t, (306, 311, 525, 329)), ("Check in ", t, (960, 315, 1034, 344))]
    f, at = _page(rows)
    assert row_act(f, task) == at["Check in "]
    g, on = _page(rows + [("Check in Okonkwo family", t, (444, 219, 662, 241)), ("Cancel", t, (620, 474, 666, 494)),
                          ("Confirm check-in", t, (706, 474, 820, 494))])
    g.hist_kind = np.array([ACTIONS.index("click")], np.int64)
    g.hist_box = np.array([(993, 326, 1001, 334)], np.float32)
    assert confirm_button(g, task) == on["Confirm check-in"]  # (not another row's "Check in" behind it)
    assert asked_answer(g, task) == on["Confirm check-in"]
    h, _ = _page(rows[:2] + [("Okonkwo family (Chidi Okonkwo)", t, (306, 311, 525, 329)),
                             ("View", t, (1002, 320, 1034, 338)),
                             ("Isla Fraser", t, (306, 671, 383, 689)), ("Check in ", t, (960, 675, 1034, 704)),
                             ("Chidi Okonkwo checked in to pitch 10", t, (900, 660, 1200, 680))])
    assert row_act(h, task) is None  # done, says the page (not the next card's "Check in" by the message)


def test_a_person_marked_gone_is_unticked_on_the_list_of_people():
    """"Sanjay has had to head home early — mark him as gone for today" on a repair café's intake board (its
    tabs drawn in one pill, read as a box): "Fixers"; there Sanjay Mehta's "Here today" box, not the next card's."""
    from tilepilot.model.embedded.order import _explore_links, marked_person, resolved, state_box

    task = resolved("Sanjay has had to head home early — mark him as gone for today.")
    assert task == "mark Sanjay as gone for today"
    t, i, c = KINDS["text"], KINDS["input"], KINDS["component"]
    f, at = _page([("Fixit Saturday", t, (61, 15, 180, 37)), ("Repair Café - St Luke's Hall", t, (62, 41, 214, 57)),
                   ("Intake board", t, (259, 30, 351, 44)), ("+ Log an item", t, (379, 27, 476, 47)),
                   ("Fixers", t, (508, 26, 556, 47)), ("Outcomes", t, (588, 28, 661, 45)),
                   ("pill", i, (241, 14, 680, 59)), ("WAITING", t, (42, 163, 108, 178)),
                   ("Radio · Roberts Revival", t, (466, 536, 610, 551)), ("Sanjay Mehta", t, (481, 609, 561, 626))])
    assert at["Fixers"] in _explore_links(f)
    assert marked_person(f, task) == at["Fixers"]
    assert marked_person(f, "mark Sanjay as waiting") is None  # the state reads here
    g, on = _page([("Sanjay Mehta", t, (92, 263, 188, 283)), ("box", c, (358, 271, 378, 291)),
                   ("Here today", t, (380, 269, 458, 292)), ("Sanja Kovač", t, (552, 263, 635, 283)),
                   ("box ", c, (814, 271, 834, 291)), ("Here today ", t, (836, 269, 914, 292))])
    assert state_box(g, task) == on["box"]
    assert state_box(g, "mark Sanjay as here today") is None  # its own state: nothing to flip


def test_what_a_task_tells_happened_is_typed_into_the_dialogs_note_then_its_button_pressed():
    """"SQ-0419 is fixed: the COM1 radio was reseated and tested OK. Please close it off." opened "Close
    SQ-0419", whose "Rectification / action taken" is empty: the told part is typed there, then "Close squawk"."""
    from tilepilot.model.embedded.fields import note_field, noted_commit

    told = "SQ-0419 is fixed: the COM1 radio was reseated and tested OK. Please close it off."
    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Close SQ-0419", t, (424, 207, 536, 226)),
                   ("Rectification / action taken", t, (421, 266, 579, 282)),
                   ("note", i, (423, 286, 858, 361)), ("Signed off by", t, (420, 373, 504, 394)),
                   ("D. Price (LAE)", t, (429, 403, 525, 426)), ("signer", i, (423, 396, 858, 434)),
                   ("Cancel", t, (674, 488, 716, 508)), ("Close squawk", t, (752, 488, 842, 508))])
    f.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    f.hist_box = np.array([(70, 168, 78, 176), (1204, 236, 1212, 244)], np.float32)
    assert note_field(f, told) == (at["note"], "the COM1 radio was reseated and tested OK")
    assert note_field(f, "Please close SQ-0419.") is None  # nothing told
    assert note_field(f, 'SQ-0419 is fixed: "radio reseated". Please close it off.') is None  # a quoted value
    f.hist_kind = np.append(f.hist_kind, ACTIONS.index("type"))
    f.hist_box = np.vstack([f.hist_box, [[636, 319, 644, 327]]]).astype(np.float32)
    assert note_field(f, told) is None  # typed
    assert noted_commit(f, told) == at["Close squawk"]


def test_a_filters_list_beside_the_search_box_is_no_search_box():
    from tilepilot.model.embedded.fields import _search_boxes

    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Find an item, tag or visitor...", t, (31, 99, 216, 126)), ("All", t, (307, 102, 332, 124)),
                   ("search", i, (25, 92, 288, 135)), ("filter", i, (295, 93, 478, 134))])
    assert _search_boxes(f) == [at["search"]]


def test_a_pitch_closed_by_its_number_is_opened_then_its_open_switch_turned_off():
    """"close pitch 22 for re-seeding …" on a pitch map: the tile "22", then the switch "Open for bookings" (not
    the badge "Open" by the pitch's name, read as a switch's shape)."""
    from tilepilot.model.embedded.order import numbered_tile, right_switch

    task = "close pitch 22 for re-seeding until further notice"
    t, c = KINDS["text"], KINDS["component"]
    f, at = _page([("Pitch map", t, (220, 162, 306, 184)), ("Select a pitch", t, (238, 217, 351, 239)),
                   ("21", t, (443, 638, 461, 658)), ("Free", t, (443, 662, 468, 677)), ("22", t, (549, 638, 567, 658)),
                   ("Free ", t, (549, 662, 574, 677)), ("2", t, (337, 340, 346, 358))])
    assert numbered_tile(f, task) == at["22"]
    assert numbered_tile(f, "close tile 22") is None  # no tile spoken of here
    h, _ = _page([("Send", t, (480, 410, 552, 434)), ("25", t, (520, 322, 536, 342)),
                  ("amount", KINDS["input"], (500, 314, 790, 350))])
    assert numbered_tile(h, "Send 25 euros to Alice with reference rent") is None  # a verb's count, typed
    g, on = _page([("Pitch 22 · Meadow", t, (238, 217, 389, 240)), ("Open", t, (402, 222, 434, 238)),
                   ("badge", c, (394, 218, 444, 242)), ("Open for bookings", t, (861, 225, 996, 252)),
                   ("switch", c, (997, 227, 1043, 253)), ("O", t, (1017, 229, 1042, 251))])
    g.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    g.hist_box = np.array([(724, 111, 732, 119), (554, 644, 562, 652)], np.float32)
    assert right_switch(g, task) == on["switch"]
    assert right_switch(g, "take pitch 22 for a walk") is None  # (not out of service)


def test_a_delivery_is_received_on_its_stock_line_and_its_count_typed():
    """"we just got a delivery of 200 amoxicillin 250 mg capsules, can you add them to stock": the 250 mg line's
    "Receive" (not the 500 mg one's), 200 into "Quantity received (caps)", then "Add to stock"."""
    from tilepilot.model.embedded.fields import delivered_commit, delivered_count
    from tilepilot.model.embedded.order import received_row

    task = "we just got a delivery of 200 amoxicillin 250 mg capsules, can you add them to stock"
    t, i = KINDS["text"], KINDS["input"]
    f, at = _page([("Amoxicillin 250 mg capsules", t, (362, 282, 586, 300)), ("Receive", t, (1164, 287, 1222, 307)),
                   ("Amoxicillin 500 mg capsules", t, (362, 333, 586, 351)), ("Receive ", t, (1164, 338, 1222, 358))])
    assert received_row(f, task) == at["Receive"]
    assert received_row(f, "add 200 amoxicillin 250 mg capsules to the order") is None  # no delivery told
    g, on = _page([("Receive stock", t, (430, 184, 562, 204)), ("Quantity received (caps)", t, (426, 252, 607, 277)),
                   ("qty", i, (429, 277, 852, 312)), ("Batch / lot number", t, (426, 319, 566, 339)),
                   ("optional", t, (434, 344, 505, 372)), ("lot", i, (429, 341, 852, 376)),
                   ("Cancel", t, (657, 508, 713, 528)), ("Add to stock", t, (745, 508, 838, 528))])
    g.ins_off = np.array([m.span() for m in re.finditer(r"\w+|[^\w\s]", task)], np.int64)
    g.hist_kind = np.array([ACTIONS.index("click")] * 2, np.int64)
    g.hist_box = np.array([(65, 246, 73, 254), (1189, 294, 1197, 302)], np.float32)
    g.hist_match = np.zeros((2, len(g.ins_off)), np.float32)
    span = (task.index("200"), task.index("200") + 3)
    assert delivered_count(g, task) == (on["qty"], span)
    assert delivered_commit(g, task) is None  # not typed yet
    g.hist_kind = np.append(g.hist_kind, ACTIONS.index("type"))
    g.hist_box = np.vstack([g.hist_box, [[636, 290, 644, 298]]]).astype(np.float32)
    g.hist_match = np.vstack([g.hist_match, [[span[0] <= a and b <= span[1] for a, b in g.ins_off]]]).astype(np.float32)
    assert delivered_count(g, task) is None
    assert delivered_commit(g, task) == on["Add to stock"]
