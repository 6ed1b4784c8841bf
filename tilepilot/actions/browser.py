"""A Chromium page as a screen: Playwright for input, CDP screenshots for frames.

The domain allowlist is enforced inside the browser: every request (navigations, frames, fetches) to a
host outside it is aborted, and the URL is kept in ``blocked``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from tilepilot.actions.base import WHEEL_NOTCH_PX, ScreenBase
from tilepilot.actions.dates import clock_time, iso_date
from tilepilot.actions.guards import DomainPolicy, check_url
from tilepilot.actions.keys import playwright_chord
from tilepilot.actions.secrets import Secrets
from tilepilot.errors import InputError, ScreenError
from tilepilot.perception.frame import Frame

DOWNLOAD_BEGIN_S = 5.0  # longest wait for a clicked download link's file to begin (a script may cancel it)
DOWNLOAD_WAIT_S = 10.0  # then for our handler to have saved it
# a link whose click downloads: Chromium ignores ``download`` on links to other origins (they navigate)
_DOWNLOADS_JS = """const downloads = (e) => { const a = e?.closest('a[download]');
  return !!a && (a.origin === location.origin || a.protocol === 'blob:' || a.protocol === 'data:'); };"""
_DOWNLOAD_LINK_AT = "([x, y]) => { " + _DOWNLOADS_JS + " return downloads(document.elementFromPoint(x, y)); }"
# the element at (x, y), looked for inside open shadow roots too
_DEEP_AT_JS = """let e = document.elementFromPoint(x, y);
  while (e?.shadowRoot) { const d = e.shadowRoot.elementFromPoint(x, y); if (!d || d === e) break; e = d; }"""

OPTION_WAIT_S = 0.3  # how long a click on something that takes no text may take to show the option to pick

# does (x, y) hold something keys can edit: a field, a native select, an editable region, or a label of a field
_EDITABLE_JS = """const editable = (e) => !!e && (e.isContentEditable || e.tagName === 'TEXTAREA'
  || e.tagName === 'SELECT' || (e.tagName === 'INPUT' && !['button', 'submit', 'reset', 'checkbox', 'radio',
      'image', 'file', 'range', 'color'].includes(e.type)));"""
# (a frame is not looked into: what is at the point there is typed into as before)
_EDITABLE_AT = "([x, y]) => { " + _EDITABLE_JS + _DEEP_AT_JS + """
  return !e || e.tagName === 'IFRAME' || e.tagName === 'FRAME' || editable(e)
    || editable(e.closest('label')?.control); }"""
# the innermost visible elements whose text reads ``text`` (case and spacing aside); after a click, 'field' when
# it focused a field after all (a custom label, a wrapper), else the middle of the nearest such element that was
# not visible before it (an option the custom dropdown just opened), else null
_READING_JS = """const norm = (t) => (t || '').replace(/\\s+/g, ' ').trim().toLowerCase();
  const shown = (e) => { const r = e.getBoundingClientRect(), s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.bottom > 0 && r.right > 0
      && r.top < innerHeight && r.left < innerWidth; };
  const reading = (text) => { const want = norm(text), most = 4 * text.length + 40;
    const is = (e) => (e.textContent || '').length <= most && norm(e.innerText) === want;
    return [...document.body.querySelectorAll('*')].filter((e) => is(e) && ![...e.children].some(is) && shown(e)); };"""
_VISIBLE_READING = "(text) => { " + _READING_JS + " return reading(text); }"
# typing into a native single-choice <select> at (x, y) (or its label) picks the option reading the text, else the
# one at the same time of day ("8 pm" picks "20:00"), else the one starting with it, else the one containing it
# (case and spacing aside), else the one holding all its words in any order ("8oz white Dacron" picks "Dacron 8oz
# white (34 m in stock)"), as a change the page hears; the option's text, or null when there is no such select
# or option
# a date (or time) field at (x, y) (or its label's) given a "YYYY-MM-DD" ("HH:MM") value whole, as its own input
# and change events tell the page; null where no such field is there
_SET_DATE = "([x, y, iso, kind]) => { " + _DEEP_AT_JS + """
  const d = e?.tagName === 'INPUT' ? e : e?.closest('label')?.control;
  if (!d || d.tagName !== 'INPUT' || d.type !== kind || d.disabled || d.readOnly) return null;
  d.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(d, iso);
  d.dispatchEvent(new Event('input', {bubbles: true}));
  d.dispatchEvent(new Event('change', {bubbles: true}));
  return d.value === iso; }"""
_PICK_OPTION = "([x, y, text]) => { " + _DEEP_AT_JS + _READING_JS + """
  const s = e?.closest('select') || e?.closest('label')?.control;
  if (!s || s.tagName !== 'SELECT' || s.multiple || s.disabled) return null;
  const want = norm(text);
  const opts = [...s.options].filter((o) => !o.disabled);
  const clock = (t) => {  // minutes after midnight of a time ("20:00", "8 pm", "8.00 p.m."), else null
    const m = /^(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])?\\.?\\s*(m\\.?)?$/i.exec(t.trim());
    if (!m || (m[2] === undefined && !m[3]) || (m[3] && !m[4]) || (m[4] && !m[3])) return null;
    let h = +m[1];
    if (m[3]) { if (h < 1 || h > 12) return null; h = h % 12 + (/p/i.test(m[3]) ? 12 : 0); }
    return h < 24 && +(m[2] || 0) < 60 ? h * 60 + +(m[2] || 0) : null; };
  const at = clock(text);
  const o = opts.find((o) => norm(o.text) === want) || (at !== null && opts.find((o) => clock(o.text) === at))
    || opts.find((o) => norm(o.text).startsWith(want)) || opts.find((o) => norm(o.text).includes(want))
    || opts.find((o) => { const own = new Set(norm(o.text).split(/[^\\p{L}\\p{N}]+/u));
      return want.split(/[^\\p{L}\\p{N}]+/u).filter(Boolean).every((w) => own.has(w)); });
  if (!o) return null;
  s.focus();
  s.value = o.value;
  s.dispatchEvent(new Event('input', { bubbles: true }));
  s.dispatchEvent(new Event('change', { bubbles: true }));
  return o.text; }"""
_AFTER_CLICK = "([before, text, x, y]) => { " + _EDITABLE_JS + _READING_JS + """
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  if (editable(a)) return 'field';
  const old = new Set(before);
  const hits = reading(text).filter((e) => !old.has(e)).map((e) => { const r = e.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2]; });
  hits.sort((a, b) => Math.hypot(a[0] - x, a[1] - y) - Math.hypot(b[0] - x, b[1] - y));
  return hits.length ? hits[0] : null; }"""

# what a policy's click at (x, y) meets: 'download' (a link that downloads, as ``_DOWNLOAD_LINK_AT``), 'select' (a
# native single-choice <select>, now shown as an open list of its options: at most 10 rows, drawn over the content
# below it, not pushing it down, focused, folded back on a choice or when focus leaves) or ''
_CLICKED_AT = "([x, y, count]) => { " + _DOWNLOADS_JS + """
  if (downloads(document.elementFromPoint(x, y))) return 'download';
  if (count !== 1) return '';
  """ + _DEEP_AT_JS + """
  const s = e?.closest('select');
  if (!s || s.multiple || s.size > 1 || s.disabled || s.options.length < 2) return '';
  const keep = { size: s.getAttribute('size'), style: s.getAttribute('style') };
  const r0 = s.getBoundingClientRect(), h0 = r0.height, mb = parseFloat(getComputedStyle(s).marginBottom) || 0;
  s.style.minWidth = r0.width + 'px';
  Object.assign(s.style, { height: 'auto', maxHeight: 'none' });  // a height the page fixed would show 2 rows
  s.size = Math.min(s.options.length, 10);
  const grown = s.getBoundingClientRect().height - h0;
  Object.assign(s.style, { position: 'relative', zIndex: '2147483647', marginBottom: (mb - grown) + 'px' });
  const back = () => {
    s.removeEventListener('change', back); s.removeEventListener('blur', back);
    if (keep.size === null) s.removeAttribute('size'); else s.setAttribute('size', keep.size);
    if (keep.style === null) s.removeAttribute('style'); else s.setAttribute('style', keep.style);
  };
  s.addEventListener('change', back); s.addEventListener('blur', back);
  s.focus();
  return 'select'; }"""

NEAR_FIELD_PX = 80  # how far (CSS px) from a point on text that takes no keys its field may be
# the middle of the visible field nearest (x, y) within ``most`` px of it, or null
_NEAR_FIELD = "([x, y, most]) => { " + _EDITABLE_JS + """
  let best = null, bestD = most;
  for (const e of document.querySelectorAll('input, textarea, select, [contenteditable]')) {
    if (!editable(e) || e.disabled || e.readOnly) continue;
    const r = e.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || getComputedStyle(e).visibility === 'hidden') continue;
    const d = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (d <= bestD) { best = [r.left + r.width / 2, r.top + r.height / 2]; bestD = d; }
  }
  return best; }"""

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_chromium() -> str:
    for cand in (os.environ.get("TILEPILOT_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if cand and (path := shutil.which(cand) or (os.path.exists(cand) and cand)):
            return str(path)
    raise ScreenError(
        "no Chromium found; install it (Debian: apt-get install chromium) or set TILEPILOT_CHROMIUM to its path"
    )


class Browser(ScreenBase):
    """``with Browser(url=...) as screen:`` launches headless Chromium; ``Browser(cdp_url=...)`` attaches to
    a running or remote one (a browser farm) over the Chrome DevTools Protocol."""

    name = "browser"

    def __init__(
        self,
        url: str | None = None,
        *,
        cdp_url: str | None = None,
        viewport: tuple[int, int] = (1280, 720),
        device_scale_factor: float = 1.0,
        headless: bool = True,
        allow_domains: list[str] | None = None,
        secrets: Secrets | None = None,
        timeout: float = 15.0,
        browser: Any = None,
        downloads: str | Path | None = None,
    ):
        if url is not None:
            check_url(url, "start URL")
        if device_scale_factor <= 0 or device_scale_factor > 4:
            raise InputError(f"device_scale_factor {device_scale_factor} is out of range; expected 0 < dsf <= 4")
        if viewport[0] < 100 or viewport[1] < 100:
            raise InputError(f"viewport {viewport} is too small; expected at least 100x100")
        self.start_url = url
        self.cdp_url = cdp_url
        self.shared = browser  # a running Playwright Browser to open a fresh context in (kept open on close)
        self.viewport = viewport
        self.dsf = float(device_scale_factor)
        self.headless = headless
        self.domains = DomainPolicy.for_start(url, allow_domains)
        self.secrets = secrets or Secrets()
        self.timeout_ms = timeout * 1000
        self.blocked: list[str] = []
        self.dialogs: list[str] = []  # "confirm: Delete this item?" for each dialog the page opened
        self.downloads_dir = Path(downloads) if downloads is not None else None
        self.downloads: list[str] = []  # files the pages downloaded (paths in downloads_dir, else names)
        self._watched: list[Any] = []  # pages whose events we listen to
        self._pw: Any = None
        self._browser: Any = None
        self.context: Any = None
        self.page: Any = None
        self._cdp: Any = None
        self._cdp_page: Any = None
        self._nav_pending = False  # a main-frame navigation is in flight (its load has not fired yet)
        self._nav_seen = False  # a navigation happened since the last capture

    # lifecycle -------------------------------------------------------------------------------------
    def __enter__(self) -> Browser:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        from playwright.sync_api import Error as PWError
        from playwright.sync_api import sync_playwright

        try:
            if self.cdp_url and self.shared is None:
                self._pw = sync_playwright().start()
                try:
                    self._browser = self._pw.chromium.connect_over_cdp(self.cdp_url, timeout=self.timeout_ms)
                except PWError as e:
                    raise ScreenError(f"cannot attach to Chromium at {self.cdp_url}: {_first_line(e)}") from None
                self.context = (self._browser.contexts or [self._browser.new_context()])[0]
                self.page = (self.context.pages or [self.context.new_page()])[-1]
            else:
                if self.shared is None:
                    self._pw = sync_playwright().start()
                    self._browser = self._pw.chromium.launch(
                        executable_path=find_chromium(), args=CHROMIUM_ARGS, headless=self.headless
                    )
                self.context = (self.shared or self._browser).new_context(
                    viewport={"width": self.viewport[0], "height": self.viewport[1]},
                    device_scale_factor=self.dsf,
                )
                self.page = self.context.new_page()
            self.context.set_default_timeout(self.timeout_ms)
            self.context.route("**/*", self._route)
            self.context.on("page", self._on_page)
            self.context.on("request", self._on_request)
            self.context.on("requestfailed", self._on_request_failed)
            self._watch(self.page)
            if self.start_url:
                self.goto(self.start_url)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        owned = [(self._browser, "close"), (self._pw, "stop")]
        if self.shared is not None:
            owned = [(self.context, "close")]
        for obj, meth in owned:
            if obj is not None:
                with contextlib.suppress(Exception):  # closing must never mask the real error
                    getattr(obj, meth)()
        self._browser = self._pw = self.page = self.context = self._cdp = None

    # allowlist -------------------------------------------------------------------------------------
    def _route(self, route: Any) -> None:
        url = route.request.url
        if self.domains.allows(url):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def _on_page(self, page: Any) -> None:
        self.page = page  # a link that opens a new tab: follow it
        self._watch(page)

    # navigations -----------------------------------------------------------------------------------
    def _watch(self, page: Any) -> None:
        if any(p is page for p in self._watched):
            return
        self._watched.append(page)
        page.on("load", self._on_load)
        page.on("dialog", self._on_dialog)
        page.on("download", self._on_download)

    def _on_download(self, download: Any) -> None:
        """Keep what a page downloads (Playwright deletes it with the context): in ``downloads_dir`` when
        given, else only its suggested name is noted."""
        name = Path(download.suggested_filename).name or "download"
        if self.downloads_dir is None:
            self.downloads.append(name)
            return
        self.downloads_dir.mkdir(parents=True, exist_ok=True)
        target = self.downloads_dir / name
        n = 1
        while target.exists():
            target = self.downloads_dir / f"{Path(name).stem}-{n}{Path(name).suffix}"
            n += 1
        download.save_as(target)
        self.downloads.append(str(target))

    def _on_dialog(self, dialog: Any) -> None:
        """Native dialogs never appear in a screenshot, and Playwright would silently dismiss them (a confirm
        would always say no). Accept them, as the person who asked for the click meant, and note each one."""
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        with contextlib.suppress(Exception):  # the page may already be gone
            dialog.accept()

    @staticmethod
    def _is_main_navigation(req: Any) -> bool:
        try:
            return bool(req.is_navigation_request() and req.frame.parent_frame is None)
        except Exception:  # noqa: BLE001 - a frame that is already gone
            return False

    def _on_request(self, req: Any) -> None:
        if self._is_main_navigation(req):
            self._nav_pending = self._nav_seen = True

    def _on_request_failed(self, req: Any) -> None:
        if self._is_main_navigation(req):
            self._nav_pending = False  # blocked or unreachable: no load will come

    def _on_load(self, *_: Any) -> None:
        self._nav_pending = False

    def _await_navigation(self, timeout: float = 10.0) -> None:
        """Before a capture: let Playwright deliver pending events, wait (bounded) for a navigation an
        action started to load, and drop our DevTools session after one: a session of the replaced
        document stops answering screenshots."""
        self.page.wait_for_timeout(1)
        deadline = time.monotonic() + timeout
        while self._nav_pending and time.monotonic() < deadline:
            self.page.wait_for_timeout(20)
        self._nav_pending = False
        if self._nav_seen:
            self._nav_seen = False
            self._cdp = None

    def goto(self, url: str) -> None:
        from playwright.sync_api import Error as PWError

        check_url(url)
        self.domains.check(url)
        try:
            self.page.goto(url, wait_until="load")
        except PWError as e:
            raise ScreenError(f"cannot open {url}: {_explain_net_error(e)}") from None

    @property
    def url(self) -> str | None:
        return self.page.url if self.page is not None else None

    # capture ---------------------------------------------------------------------------------------
    def _session(self) -> Any:
        if self._cdp is None or self._cdp_page is not self.page:
            self._cdp = self.context.new_cdp_session(self.page)
            self._cdp_page = self.page
        return self._cdp

    def _shot(self, params: dict[str, Any], timeout: float = 3.0) -> np.ndarray:
        """One CDP screenshot, decoded to RGB. A renderer that produces no frame would block a CDP call
        forever, so it is bounded where this Playwright supports it (an Error after ``timeout`` s)."""
        import base64

        cdp = self._session()
        try:
            reply = cdp.send("Page.captureScreenshot", params, timeout=timeout * 1000)
        except TypeError:  # older Playwright: CDP calls take no timeout
            reply = cdp.send("Page.captureScreenshot", params)
        arr = cv2.imdecode(np.frombuffer(base64.b64decode(reply["data"]), np.uint8), cv2.IMREAD_COLOR)
        return np.ascontiguousarray(arr[:, :, ::-1])

    def _fast_shot(self) -> np.ndarray | None:
        """CDP screenshot; during a navigation the page may refuse or our session may die with the old
        renderer: retry on a fresh session, and give up (None) after a few tries."""
        from playwright.sync_api import Error as PWError

        for attempt in range(4):
            try:
                return self._shot({"format": "png", "optimizeForSpeed": True})
            except PWError:
                self._cdp = None
                time.sleep(0.05 * (attempt + 1))
        return None

    def capture(self) -> Frame:
        """The visible viewport at device resolution.

        At device scale factor 1 a CDP screenshot from our own session is the fastest path. Otherwise we use
        Playwright's, which renders every physical pixel: a CDP capture from a second session comes back at
        CSS resolution, and one with a scaled clip resets the page's devicePixelRatio."""
        if self.page is None:
            raise ScreenError("the browser is not open; use `with Browser(...) as screen:`")
        self._await_navigation()
        img = None
        if self.dsf == 1.0 and self.cdp_url is None:
            img = self._fast_shot()
        if img is None:
            png = self.page.screenshot(type="png", animations="allow", caret="initial")
            img = np.ascontiguousarray(cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)[:, :, ::-1])
        css_w = self.viewport[0] if self.cdp_url is None else self.page.evaluate("innerWidth")
        return Frame(image=img, scale=img.shape[1] / css_w, source="browser", url=self.page.url)

    # primitives ------------------------------------------------------------------------------------
    def _click_action(self, x: float, y: float, button: str, count: int) -> None:
        """A left click on a native ``<select>`` opens its options inside the page, over what lies below it, as a
        list a screenshot shows (Chromium draws the native popup outside the page, so headless screenshots
        never showed it, and the next click missed). Choosing an option, or leaving the list, folds it back. A
        download link is clicked as in ``_click``; one page round trip asks for both."""
        if button != "left":
            self.page.mouse.click(x, y, button=button, click_count=count)
            return
        what = ""
        with contextlib.suppress(Exception):  # a page navigating away: a plain click
            what = self.page.evaluate(_CLICKED_AT, [x, y, count])  # one round trip per click
        if what == "download":
            self._click_download(x, y, count)
        elif what != "select":
            self.page.mouse.click(x, y, button=button, click_count=count)

    def _click(self, x: float, y: float, button: str = "left", count: int = 1) -> None:
        if button == "left" and self._download_link_at(x, y):
            self._click_download(x, y, count)
            return
        self.page.mouse.click(x, y, button=button, click_count=count)

    def _download_link_at(self, x: float, y: float) -> bool:
        with contextlib.suppress(Exception):  # a page navigating away: no link to ask about
            return bool(self.page.evaluate(_DOWNLOAD_LINK_AT, [x, y]))
        return False

    def _click_download(self, x: float, y: float, count: int) -> None:
        """A click on a download link: the download begins only when the server answers, which on a slow server
        or a busy machine came after the screen had settled, so the step listed nothing and a run that ended on
        that click lost the file with its context. Wait (bounded) for it to begin and be saved."""
        from playwright.sync_api import TimeoutError as PWTimeout

        n = len(self.downloads)
        try:
            with self.page.expect_download(timeout=DOWNLOAD_BEGIN_S * 1000) as info:
                self.page.mouse.click(x, y, click_count=count)
            info.value.path()  # returns once the file is complete
        except PWTimeout:
            return  # the link did not download after all (a script stopped it): nothing to wait for
        deadline = time.monotonic() + DOWNLOAD_WAIT_S
        while len(self.downloads) == n and time.monotonic() < deadline:  # our handler saves it: let it finish
            self.page.wait_for_timeout(10)

    def _move(self, x: float, y: float) -> None:
        self.page.mouse.move(x, y)

    def _drag(self, x0: float, y0: float, x1: float, y1: float) -> None:
        m = self.page.mouse
        m.move(x0, y0)
        m.down()
        m.move(x1, y1, steps=8)
        m.up()

    def _type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def _type_at(self, x: float, y: float, text: str, clear: bool, submit: bool, secret: bool) -> None:
        """Type into what is at (x, y). A native select (or its label) gets the option reading ``text`` chosen, else
        the first starting with it, else containing it ("Alice" picks "Alice Martin"): clicked and typed into,
        Chromium's popup stayed open over the page with the choice not yet made. A date field given a date
        ("2024-09-21", "21 Sep 2024") gets it whole (keys fell into the month or day part the click hit), a time
        field a time ("14:00", "2pm") likewise. A
        field (or a label of one) is clicked and typed into.
        Something that takes no text, such as a custom dropdown's button, is clicked, and when that opens an
        element reading ``text`` (an option of the menu), that element is clicked: "type Deutsch into the language
        menu" picks Deutsch, where the keys fell on a button and the run went on with English. Else text beside a
        field (``NEAR_FIELD_PX``) stands for that field: "type the subject" aimed at a dialog's title typed into
        nothing. Else the keys are typed as before (a custom list may take type-ahead). A secret is only ever
        typed where it was aimed."""
        if not secret and text.strip():
            picked = None
            with contextlib.suppress(Exception):  # a page navigating away: type as before
                picked = self.page.evaluate(_PICK_OPTION, [x, y, text])
            if picked is not None:  # a native select: its option chosen, no popup left open over the page
                if submit:
                    self._key(["Enter"])
                return
            dated = None
            for kind, value in (("date", iso_date(text)), ("time", clock_time(text))):
                if value is not None and not dated:
                    with contextlib.suppress(Exception):
                        dated = self.page.evaluate(_SET_DATE, [x, y, value, kind])
            if dated:  # a date (time) field: its value whole, whichever of its parts was aimed at
                if submit:
                    self._key(["Enter"])
                return
        if secret or not text.strip() or self._editable_at(x, y):
            super()._type_at(x, y, text, clear, submit, secret)
            return
        try:
            before = self.page.evaluate_handle(_VISIBLE_READING, text)
        except Exception:  # noqa: BLE001 - a page navigating away: type as before
            super()._type_at(x, y, text, clear, submit, secret)
            return
        url, hit = self.page.url, None
        self._click(x, y)
        deadline = time.monotonic() + OPTION_WAIT_S
        try:
            while self.page.url == url:  # a menu may open on the next frame or after a short animation
                with contextlib.suppress(Exception):  # the page may be navigating away: nothing opened on it
                    hit = self.page.evaluate(_AFTER_CLICK, [before, text, x, y])
                if hit is not None or time.monotonic() >= deadline:
                    break
                self.page.wait_for_timeout(30)
            else:  # the click followed a link: the keys go to the next page, as before
                hit = "field"
        finally:
            with contextlib.suppress(Exception):
                before.dispose()
        if hit == "field":
            self._type_keys(text, clear, submit)
            return
        if hit is not None:
            self._click(hit[0], hit[1])
            return
        near = None
        with contextlib.suppress(Exception):
            near = self.page.evaluate(_NEAR_FIELD, [x, y, NEAR_FIELD_PX])
        if near is not None:  # text beside a field (its label, a dialog's title above it): that field
            self._click(near[0], near[1])
            self._type_keys(text, clear, submit)
        else:
            self._type_keys(text, False, submit)  # no field to clear: Ctrl+A would select the page

    def _editable_at(self, x: float, y: float) -> bool:
        with contextlib.suppress(Exception):  # a page navigating away: type as before
            return bool(self.page.evaluate(_EDITABLE_AT, [x, y]))
        return True

    def _key(self, keys: list[str]) -> None:
        self.page.keyboard.press(playwright_chord(keys))

    def _scroll(self, x: float, y: float, dx: int, dy: int) -> None:
        self.page.mouse.move(x, y)
        self.page.mouse.wheel(dx * WHEEL_NOTCH_PX, dy * WHEEL_NOTCH_PX)

    def _navigate(self, url: str) -> None:
        self.goto(url)


_NET_HINTS = {
    "ERR_CONNECTION_REFUSED": "connection refused (is a server running at that address?)",
    "ERR_NAME_NOT_RESOLVED": "the host name does not resolve (typo, or no network?)",
    "ERR_ADDRESS_UNREACHABLE": "the address is unreachable",
    "ERR_INTERNET_DISCONNECTED": "no network",
    "ERR_BLOCKED_BY_CLIENT": "blocked: the host is outside the allowed domains",
    "ERR_TIMED_OUT": "timed out",
}


def _explain_net_error(e: BaseException) -> str:
    text = str(e)
    for code, hint in _NET_HINTS.items():
        if code in text:
            return f"{hint} [{code}]"
    return _first_line(e)


def _first_line(e: BaseException) -> str:
    msg = str(e).strip().splitlines()
    return msg[0] if msg else type(e).__name__
