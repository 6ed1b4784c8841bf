"""Values typed in the form their field asks for: a date named in words, into a field showing its format; a
count named in words, into a field that asks for a count."""

from __future__ import annotations

import pytest

from tilepilot.model.embedded.values import as_count, in_field_format, number_in, parse_date

PAGE = """<html><body style="font: 18px 'DejaVu Sans', sans-serif; margin: 40px; background: #fafafa">
<h2>Book a room</h2><label style="display:block; margin:12px 0 6px">Check-in</label>
<input id="d" placeholder="YYYY-MM-DD" style="font-size:18px; padding:6px; width:260px; border:1px solid #888">
<div style="margin-top:18px"><button style="font-size:18px; padding:6px 16px">Book</button></div></body></html>"""


@pytest.mark.parametrize(("text", "field", "typed"), [
    ("3 August 2025", "YYYY-MM-DD", "2025-08-03"),
    ("August 3, 2025", "Check-in DD/MM/YYYY", "03/08/2025"),
    ("3rd of Aug 2025", "MM/DD/YYYY", "08/03/2025"),
    ("Sept 30 2026", "Due date dd.mm.yyyy", "30.09.2026"),
    ("2025-08-03", "DD/MM/YYYY", "03/08/2025"),
    ("03/08/2025", "YYYY-MM-DD", "03/08/2025"),  # day or month first: left as written
    ("3 August 2025", "Name", "3 August 2025"),  # the field shows no format
    ("31 February 2025", "YYYY-MM-DD", "31 February 2025"),  # no such day
    ("Oslo 3 2025", "YYYY-MM-DD", "Oslo 3 2025"),
    ("3 August 2025", "YYYY-YYYY-DD", "3 August 2025"),
    ("", "YYYY-MM-DD", ""),
])
def test_a_date_in_words_takes_the_fields_format(text, field, typed):
    assert in_field_format(text, field) == typed


def test_parse_date_names_only_unambiguous_dates():
    assert parse_date("12 May 2024").isoformat() == "2024-05-12"
    assert parse_date("May 12th, 2024").isoformat() == "2024-05-12"
    assert parse_date("5/12/2024") is None and parse_date("tomorrow") is None


def test_clock_time_reads_a_time_of_day_whole_and_nothing_else():
    from tilepilot.actions.dates import clock_time

    assert [clock_time(t) for t in ("14:00", "2pm", "2.30 p.m.", "9:05 AM", "12am", "12 pm")] == \
        ["14:00", "14:00", "14:30", "09:05", "00:00", "12:00"]
    assert [clock_time(t) for t in ("14", "25:00", "13pm", "2024-09-21", "9:75")] == [None] * 5


def run_default_model(html: str, task: str, field: str, ocr_engine) -> tuple[str, list[str]]:
    """The value ``field`` holds after the default model ran ``task`` on ``html`` in Chromium (at most 3 steps),
    and the steps it took."""
    from tilepilot.actions.browser import Browser
    from tilepilot.agent.loop import Agent
    from tilepilot.agent.run import make_policy

    with Browser(viewport=(1000, 600)) as b:
        b.page.set_content(html)
        r = Agent(make_policy(None), b, ocr=ocr_engine, max_steps=3).run(task)
        return b.page.eval_on_selector(field, "e => e.value"), [s.description for s in r.steps]


@pytest.mark.parametrize("task", ["Set the check-in date to 3 August 2025", "Enter August 3, 2025 as the check-in"])
def test_the_default_model_types_a_date_as_the_field_shows_it(chromium, ocr_engine, task):
    """A blind booking page asked for "3 August 2025" in a YYYY-MM-DD field; the span pointer can only copy
    the task's words."""
    value, steps = run_default_model(PAGE, task, "#d", ocr_engine)
    assert value == "2025-08-03", steps


PROFILE = """<html><body style="font-family:sans-serif;padding:30px"><h2>Your profile</h2>
<form onsubmit="event.preventDefault();document.title='saved'">
<p><label for=n>Display name</label><br><input id=n value="Sam Lee" style="width:260px;padding:6px"></p>
<p><label for=c>City</label><br><input id=c value="Berlin" style="width:260px;padding:6px"></p>
<button type=submit>Save</button></form></body></html>"""


@pytest.mark.parametrize("task,field,value", [("Type Sam Rivera into the Display name field", "#n", "Sam Rivera"),
                                              ("Set City to Oslo and save", "#c", "Oslo"),
                                              # learnt from the opt-in edit family (the weights before clicked)
                                              ("Change my display name to Sam Rivera", "#n", "Sam Rivera")])
def test_the_default_model_replaces_what_a_field_holds(chromium, ocr_engine, task, field, value):
    """On an edit page the fields already hold values; typing after them gave "Sam LeeSam Rivera"."""
    got, steps = run_default_model(PROFILE, task, field, ocr_engine)
    assert got == value, steps


@pytest.mark.parametrize(("text", "field", "typed"), [
    ("two", "Number of guests", "2"),
    ("two people", "Guests", "2"),
    ("4 guests", "Number of guests", "4"),
    ("twenty-five", "Quantity", "25"),
    ("a dozen", "Qty", "12"),
    ("a couple of", "Seats", "2"),
    ("two people", "Name", "two people"),  # the field asks for no count
    ("two", "Card number", "two"),  # an identifier, not a count
    ("007", "Quantity", "007"),  # digits stay as written
    ("one two", "Quantity", "one two"),
    ("Ada Lovelace", "Number of guests", "Ada Lovelace"),
    ("2025-07-12", "Number of guests", "2025-07-12"),
])
def test_a_count_in_words_goes_into_a_count_field_as_digits(text, field, typed):
    assert as_count(text, field) == typed


def test_number_in_reads_a_count_alone_or_before_one_noun():
    assert [number_in(t) for t in ["seven", "ninety nine", "Twelve Adults", "3 rooms", "the two", "two big rooms",
                                   "blue42", ""]] == [7, 99, 12, 3, None, None, None, None]


COUNT_PAGE = """<html><body style="font: 18px 'DejaVu Sans', sans-serif; margin: 40px; background: #fafafa">
<h2>Reserve a table</h2><label for="g" style="display:block; margin:12px 0 6px">Number of guests</label>
<input id="g" type="number" min="1" max="12" style="font-size:18px; padding:6px; width:200px; border:1px solid #888">
<div style="margin-top:18px"><button style="font-size:18px; padding:6px 16px">Reserve</button></div></body></html>"""


@pytest.mark.parametrize(("task", "typed"), [("Type four into the Number of guests field", "4"),
                                            ("Put three in the number of guests box", "3")])
def test_the_default_model_types_a_count_in_words_as_digits(chromium, ocr_engine, task, typed):
    """A blind booking page asked for "a table for two people"; a number field typed "two" stays empty."""
    value, steps = run_default_model(COUNT_PAGE, task, "#g", ocr_engine)
    assert value == typed, steps
