"""The agent loop driving a real headless Chromium against pages served on 127.0.0.1."""

from __future__ import annotations

import pytest

from tilepilot import Agent, Browser, ScriptedPolicy, parse_script
from tilepilot.errors import ScreenError

pytestmark = [pytest.mark.browser]


def run_script(screen: Browser, text: str, ocr_engine=None, **kw):
    return Agent(ScriptedPolicy(parse_script(text)), screen, ocr=ocr_engine, find_timeout=1.5, **kw).run("test")


def events(b: Browser) -> list[str]:
    return b.page.evaluate("window.events")


def test_click_by_coordinates_lands_where_intended(web_server, chromium):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- click: [440, 270]\n- double_click: [440, 270]\n- right_click: [441, 271]")
        assert r.status == "done", r.message
        ev = events(b)
    assert "click 440,270 target" in ev
    assert "dblclick 440,270 target" in ev
    assert "rightclick 441,271 target" in ev


def test_click_by_ocr_text(web_server, chromium, ocr_engine):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- click: Target", ocr_engine)
        assert r.status == "done", r.message
        ev = events(b)
    assert any(e.startswith("click ") and e.endswith(" target") for e in ev), ev
    x, y = (int(v) for v in ev[0].split()[1].split(","))
    assert 400 <= x < 480 and 250 <= y < 290


def test_hidpi_clicks_land_where_intended(web_server, chromium, ocr_engine):
    """At device scale factor 2 the frame has twice the pixels; frame points map back to CSS pixels."""
    with Browser(f"{web_server}/playground.html", device_scale_factor=2) as b:
        frame = b.capture()
        assert frame.size == (2560, 1440) and frame.scale == 2
        r = run_script(b, "- click: [880, 540]\n- click: Target", ocr_engine)
        assert r.status == "done", r.message
        ev = events(b)
        assert r.steps[0].points["target"]["screen_x"] == 440
    assert ev[0] == "click 440,270 target"
    assert ev[1].endswith(" target"), ev


def test_typing_keys_and_chords(web_server, chromium, ocr_engine):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- type: {into: Key box, text: hi}\n- key: ctrl+a\n- key: Backspace\n- key: Enter",
                       ocr_engine)
        assert r.status == "done", r.message
        ev = events(b)
        assert b.page.input_value("#keys") == ""
    assert [e for e in ev if e.startswith("key")] == ["key h", "key i", "key Control+a", "key Backspace", "key Enter"]


def test_form_filled_from_plain_words(web_server, chromium, ocr_engine):
    """The default (rules) policy reads the sentence; targets are found by OCR, fields from their labels."""
    with Browser(f"{web_server}/form.html") as b:
        from tilepilot.model.rules import RulesPolicy

        r = Agent(RulesPolicy(), b, ocr=ocr_engine).run(
            "Type bob into the Name field, fill City with Paris and press Save changes")
        assert r.status == "done", r.message
        assert b.page.evaluate("window.saved") == {"name": "bob", "email": "", "password": "", "city": "Paris"}


def test_scroll_and_find_text_below_the_fold(web_server, chromium, ocr_engine):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- scroll: {direction: down, amount: 5}", ocr_engine)
        assert r.status == "done"
        assert b.page.evaluate("window.scrollY") == 500
        r = run_script(b, "- scroll: {direction: down, amount: 20}\n- click: Bottom of the page", ocr_engine)
        assert r.status == "done", r.message
        assert events(b)[-1].endswith(" far")


def test_drag_moves_the_box(web_server, chromium):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- drag: {from: [80, 80], to: [300, 200]}")
        assert r.status == "done", r.message
        assert "drop 270,170" in events(b)


def test_navigation_and_links(web_server, chromium, ocr_engine):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, f"- navigate: {web_server}/form.html\n- navigate: {web_server}/playground.html\n"
                       "- click: Local form", ocr_engine)
        assert r.status == "done", r.message
        assert b.url == f"{web_server}/form.html"
        assert [s.url for s in r.steps[:3]] == [f"{web_server}/playground.html", f"{web_server}/form.html",
                                                f"{web_server}/playground.html"]


def test_allowlist_blocks_a_foreign_host(web_server, chromium, ocr_engine):
    """localhost is another host than 127.0.0.1: navigating there is refused, and a link there is blocked
    inside the browser (the request never leaves)."""
    foreign = web_server.replace("127.0.0.1", "localhost") + "/form.html"
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, f"- navigate: {foreign}")
        assert r.status == "failed"
        assert "outside the allowed domains" in r.message and "--allow-domain localhost" in r.message
        r = run_script(b, "- click: Foreign page", ocr_engine)
        assert r.status == "done"
        assert r.steps[0].blocked == [foreign]
        assert "localhost" not in b.page.evaluate("location.href") or "chrome-error" in b.url
        assert b.page.evaluate("document.body.innerText").find("Edit profile") == -1
    with Browser(f"{web_server}/playground.html", allow_domains=["localhost"]) as b:
        r = run_script(b, f"- navigate: {foreign}")
        assert r.status == "done", r.message
        assert b.url == foreign


def test_native_dialogs_are_accepted_and_noted(web_server, chromium, ocr_engine):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- click: Delete all", ocr_engine)
        assert r.status == "done", r.message
        assert "deleted" in events(b)
    assert r.steps[0].dialogs == ["confirm: Really delete?"]


def test_downloads_are_kept(web_server, chromium, ocr_engine, tmp_path):
    with Browser(f"{web_server}/playground.html", downloads=tmp_path / "dl") as b:
        r = run_script(b, "- click: March invoice", ocr_engine)
    assert r.status == "done", r.message
    assert r.steps[0].downloads == [str(tmp_path / "dl" / "invoice-march.txt")]
    assert (tmp_path / "dl" / "invoice-march.txt").read_text() == "Invoice 2026-03\nTotal: 42.00 EUR\n"


def test_a_slow_download_is_kept_by_the_step_that_clicked(web_server, chromium, ocr_engine, tmp_path):
    """The file arrives a second after the click, long after the screen has settled (CI once lost a download
    this way under load): the click waits for it, the step lists it, and the run ending there keeps it."""
    with Browser(f"{web_server}/playground.html", downloads=tmp_path / "dl") as b:
        b.page.evaluate("document.getElementById('invoice').href = '/slow/invoice-march.txt'")
        r = run_script(b, "- click: March invoice", ocr_engine)
    assert r.status == "done", r.message
    assert r.steps[0].downloads == [str(tmp_path / "dl" / "invoice-march.txt")]
    assert (tmp_path / "dl" / "invoice-march.txt").read_text() == "Invoice 2026-03\nTotal: 42.00 EUR\n"


def test_out_of_screen_coordinates_are_refused(web_server, chromium):
    with Browser(f"{web_server}/playground.html") as b:
        r = run_script(b, "- click: [5000, 10]")
    assert r.status == "failed"
    assert "outside the screen" in r.message and "1280x720" in r.message


def test_target_not_found_names_target_step_and_closest_texts(web_server, chromium, ocr_engine):
    with Browser(f"{web_server}/form.html") as b:
        r = run_script(b, "- click: Name\n- click: Save chnages please", ocr_engine)
    assert r.status == "failed"
    assert "step 2" in r.message and "'Save chnages please'" in r.message and "Save changes" in r.message


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_url_is_a_clear_error(chromium):
    url = f"http://127.0.0.1:{free_port()}/app"
    with pytest.raises(ScreenError, match=rf"cannot open {url}: connection refused \(is a server running"), \
            Browser(url):
        pass


def test_loop_detection_stops_a_stuck_run(web_server, chromium):
    with Browser(f"{web_server}/form.html") as b:
        r = run_script(b, "- click: [900, 600]\n" * 6)
    assert r.status == "loop"
    assert len(r.steps) == 3 and "3 times" in r.message


def test_step_limit(web_server, chromium):
    with Browser(f"{web_server}/form.html") as b:
        r = run_script(b, "- wait: 0\n" * 5, max_steps=2)
    assert r.status == "step_limit" and len(r.steps) == 2


def test_attach_over_cdp(web_server, chromium, tmp_path):
    """Browser(cdp_url=...) drives a Chromium that something else started (how browser farms are used)."""
    import subprocess
    import time

    from tilepilot.actions.browser import CHROMIUM_ARGS

    proc = subprocess.Popen([chromium, "--headless", "--remote-debugging-port=0", f"--user-data-dir={tmp_path}",
                             "--window-size=1024,768", *CHROMIUM_ARGS, "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = tmp_path / "DevToolsActivePort"
        for _ in range(200):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        with Browser(f"{web_server}/playground.html", cdp_url=f"http://127.0.0.1:{port}") as b:
            r = run_script(b, "- click: [440, 270]")
            assert r.status == "done", r.message
            assert events(b) == ["click 440,270 target"]
    finally:
        proc.terminate()
        proc.wait(10)


def _middle(b: Browser, selector: str, frame):
    """The middle of ``selector`` in frame pixels, where a model's decision would point."""
    from tilepilot.actions.schema import Point

    r = b.page.locator(selector).bounding_box()
    return Point(x=(r["x"] + r["width"] / 2) * frame.scale, y=(r["y"] + r["height"] / 2) * frame.scale,
                 space="frame")


def _typed_into(b: Browser, selector: str, text: str) -> None:
    """Execute one ``type`` action aimed at the middle of ``selector``."""
    from tilepilot.actions.schema import Type

    frame = b.capture()
    b.execute(Type(text=text, into=_middle(b, selector, frame), clear=True), frame)


def test_typing_into_a_custom_dropdown_picks_the_option(web_server, chromium):
    """A menu built from a button and divs takes no keys: typing the option's name into it opens it and clicks
    that option, even one that shows after an animation (the settings app's language stayed English)."""
    with Browser(f"{web_server}/dropdowns.html") as b:
        _typed_into(b, "#lang", "Deutsch")
        _typed_into(b, "#size", "large")
        state = b.page.evaluate("[lang.textContent, size.textContent, document.getElementById('lang-menu').hidden,"
                                " window.noteClicks]")
    assert state == ["Deutsch", "Large", True, 0]


def test_typing_into_fields_selects_titles_and_dead_buttons(web_server, chromium):
    """A field is cleared and typed into and a native select takes the option by its keys, as before. Typing
    aimed at a title just above a field (no <label>) fills that field: a dialog's title took a ticket's subject.
    A button far from any field that opens nothing gets the keys only: the same words beside it are not clicked."""
    with Browser(f"{web_server}/dropdowns.html") as b:
        _typed_into(b, "#city", "Oslo")
        _typed_into(b, "#country", "Norway")
        _typed_into(b, "#notes-title", "leave at the door")
        _typed_into(b, "#help", "Deutsch")
        state = b.page.evaluate("[city.value, country.value, notes.value, window.noteClicks, lang.textContent]")
    assert state == ["Oslo", "Norway", "leave at the door", 0, "English"]


def test_typing_aimed_at_a_link_follows_it_without_an_error(web_server, chromium):
    """A ``type`` that lands on a link navigates; the search for a menu option must not fail on the page it left."""
    with Browser(f"{web_server}/dropdowns.html") as b:
        _typed_into(b, "#away", "Deutsch")
        b.page.wait_for_url("**/form.html", timeout=5000)  # raises if the click never followed the link


def test_typing_into_a_native_select_chooses_the_option_it_names(web_server, chromium):
    """"Alice" typed into a payee dropdown means "Alice Martin": the option reading the text, else the first
    starting with it, else containing it, is chosen as a change the page hears. Clicked and typed into, the
    select kept Chromium's popup open over the form with the choice not yet made (its value still empty)."""
    from tilepilot.actions.schema import Type

    with Browser(f"{web_server}/dropdowns.html") as b:
        b.page.evaluate("window.heard = []; country.addEventListener('change', () => heard.push(country.value))")
        frame = b.capture()
        at = _middle(b, "#country", frame)
        seen = []
        for text in ("nor", "PAIN", "France", "Atlantis"):
            b.execute(Type(text=text, into=at, clear=True), frame)
            seen.append(b.page.evaluate("country.value"))
        heard = b.page.evaluate("heard")
    assert seen == ["Norway", "Spain", "France", "France"]
    assert heard == ["Norway", "Spain", "France"]


def test_a_date_typed_into_a_date_field_is_its_value_whichever_part_was_aimed_at(web_server, chromium):
    """Chromium's date box reads "mm/dd/yyyy" in three parts; keys typed where the click fell (the day part)
    made no date. A date the text reads whole ("2024-09-21", "21 Sep 2024") becomes the field's value, as a
    change the page hears; a text field keeps the text as typed, and a date box given no date gets the keys."""
    from tilepilot.actions.schema import Point, Type

    with Browser(f"{web_server}/form.html") as b:
        b.page.set_content("<label>Due back <input id=due type=date value=2024-09-19></label>"
                           "<input id=note style='display:block;margin-top:20px'>")
        b.page.evaluate("window.heard = []; due.addEventListener('change', () => heard.push(due.value))")
        frame = b.capture()
        box = b.page.locator("#due").bounding_box()
        day = Point(x=box["x"] + box["width"] * 0.3, y=box["y"] + box["height"] / 2, space="frame")
        seen = []
        for text in ("2024-09-21", "22 Sep 2024", "Sep 23, 2024"):
            b.execute(Type(text=text, into=day, clear=True), frame)
            seen.append(b.page.evaluate("due.value"))
        b.execute(Type(text="2024-09-21", into=_middle(b, "#note", frame), clear=True), frame)
        note, heard = b.page.evaluate("note.value"), b.page.evaluate("heard")
    assert seen == ["2024-09-21", "2024-09-22", "2024-09-23"]
    assert heard == seen and note == "2024-09-21"


def test_a_time_typed_into_a_time_field_is_its_value_whichever_part_was_aimed_at(web_server, chromium):
    """Chromium's time box reads "hh:mm AM" in three parts; "14:00" typed where the click fell (the hour part)
    made 02:00 at best. A time the text reads whole ("14:00", "2pm", "9.30 am") becomes the field's value as a
    change the page hears; a bare number is no time (the keys go in as before)."""
    from tilepilot.actions.schema import Point, Type

    with Browser(f"{web_server}/form.html") as b:
        b.page.set_content("<label>Order cut-off <input id=cut type=time value=15:00></label>")
        b.page.evaluate("window.heard = []; cut.addEventListener('change', () => heard.push(cut.value))")
        frame = b.capture()
        box = b.page.locator("#cut").bounding_box()
        hour = Point(x=box["x"] + 12, y=box["y"] + box["height"] / 2, space="frame")
        seen = []
        for text in ("14:00", "2:30pm", "9.30 am"):
            b.execute(Type(text=text, into=hour, clear=True), frame)
            seen.append(b.page.evaluate("cut.value"))
        heard = b.page.evaluate("heard")
    assert seen == ["14:00", "14:30", "09:30"]
    assert heard == seen


def test_a_time_typed_into_a_select_of_times_chooses_the_same_time_of_day(web_server, chromium):
    """"at 8 pm" names the option "20:00": a select of times is matched by the time of day, however written."""
    from tilepilot.actions.schema import Type

    with Browser(f"{web_server}/dropdowns.html") as b:
        frame = b.capture()
        at = _middle(b, "#slot", frame)
        seen = []
        for text in ("8 pm", "7.30pm", "9 a.m.", "12:30", "12:30 am"):
            b.execute(Type(text=text, into=at, clear=True), frame)
            seen.append(b.page.evaluate("slot.value"))
    assert seen == ["20:00", "19:30", "09:00", "12:30", "12:30"]


def test_a_thing_typed_into_a_select_in_its_own_word_order_chooses_the_option_holding_its_words(chromium):
    """"he used 2.4 metres of the 8oz white Dacron" names the option "Dacron 8oz white (34 m in stock)": its
    words in another order, with more after them; words an option lacks choose none."""
    from tilepilot.actions.browser import Browser
    from tilepilot.actions.schema import Type

    with Browser(viewport=(600, 300), device_scale_factor=1.0) as b:
        b.page.set_content("<body style='margin:40px'><select id='cloth' style='width:320px'>"
                           "<option value=''>— none —</option><option value='CL-02'>Dacron 6.5oz white (50 m)</option>"
                           "<option value='CL-03'>Dacron 8oz white (34 m in stock)</option>"
                           "<option value='CL-04'>Dacron 8oz cream (12 m)</option></select></body>")
        frame = b.capture()
        at = _middle(b, "#cloth", frame)
        seen = []
        for text in ("8oz white Dacron", "cream dacron", "8oz navy Dacron"):
            b.execute(Type(text=text, into=at, clear=True), frame)
            seen.append(b.page.evaluate("cloth.value"))
    assert seen == ["CL-03", "CL-04", "CL-04"]  # (no option holds "navy": the choice stays)


def test_a_click_on_a_native_select_opens_its_options_in_the_screenshot(web_server, chromium):
    """Chromium draws a <select>'s popup outside the page, so a screenshot never showed the options a model
    must click next. A click opens them as a list drawn over what lies below (the City field does not move);
    a click on an option chooses it and folds the list back."""
    from tilepilot.actions.schema import Click, Point

    with Browser(f"{web_server}/dropdowns.html") as b:
        city = b.page.locator("#city").bounding_box()
        shut = b.capture()
        b.execute(Click(target=_middle(b, "#country", shut)), shut)
        shown = b.capture()
        assert b.page.evaluate("country.size") == 3 and b.page.locator("#city").bounding_box() == city
        spain = b.page.evaluate("(() => { const r = country.options[2].getBoundingClientRect();"
                                " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        b.execute(Click(target=Point(x=spain[0] * shown.scale, y=spain[1] * shown.scale, space="frame")), shown)
        state = b.page.evaluate("[country.value, country.getAttribute('size'), country.style.cssText]")
        folded = b.capture()
    assert state == ["Spain", None, ""]
    assert folded.image.shape == shut.image.shape and (shown.image != shut.image).any()


def test_a_native_select_of_fixed_height_opens_to_show_all_its_options(chromium):
    """A page that fixes a select's height (a hotel's "Sort by", 42 px) showed two rows of five when clicked
    open, so the option the task named was not on screen; the opened list takes the height its rows need."""
    from tilepilot.actions.browser import Browser
    from tilepilot.actions.schema import Click

    with Browser(viewport=(600, 400), device_scale_factor=1.0) as b:
        b.page.set_content("<style>select{height:42px;font:16px sans-serif}</style><body style='margin:40px'>"
                           "<select id='sort'><option>Recommended</option><option>Price (lowest first)</option>"
                           "<option>Price (highest first)</option><option>Guest rating</option>"
                           "<option>Stars (highest first)</option></select><p>below</p></body>")
        shut = b.capture()
        b.execute(Click(target=_middle(b, "#sort", shut)), shut)
        box = b.page.evaluate("(() => { const r = sort.getBoundingClientRect(); return [r.top, r.bottom]; })()")
        rows = b.page.evaluate("[...sort.options].map((o) => { const r = o.getBoundingClientRect();"
                               " return [r.top, r.bottom]; })")
    assert len(rows) == 5 and all(box[0] <= top and bottom <= box[1] + 1 for top, bottom in rows)
