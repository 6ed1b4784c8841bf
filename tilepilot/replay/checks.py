"""Scenario checks: text on screen (OCR), the URL, a DOM selector's state (web), a screen region's look.

Each check polls until it passes or its ``timeout`` runs out (pages keep changing a little after an
action), and returns a CheckResult that says what it saw.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from pydantic import BaseModel

from tilepilot.perception.frame import Frame
from tilepilot.perception.locate import closest_texts, norm
from tilepilot.perception.ocr import TextBox, reading_order
from tilepilot.perception.settle import changed_share
from tilepilot.replay.heal import cut, search
from tilepilot.replay.scenario import Check


class CheckResult(BaseModel):
    kind: str
    ok: bool
    what: str
    detail: str = ""


def describe(c: Check) -> str:
    if c.kind == "text":
        return f"text {c.text!r} {'visible' if c.present else 'absent'}"
    if c.kind == "url":
        return f"url == {c.equals!r}" if c.equals is not None else f"url ~ /{c.matches}/"
    if c.kind == "selector":
        extra = "".join(f" {k}={v!r}" for k, v in (("text", c.text), ("value", c.value)) if v is not None)
        return f"selector {c.selector} {c.state}{extra}"
    return f"region {list(c.box or [])} like {c.image} (tolerance {c.tolerance})"


def run_check(c: Check, screen: Any, capture: Callable[[], Frame], ocr: Any, folder: Path,
              rebase: Callable[[str], str] = lambda u: u) -> CheckResult:
    deadline = time.monotonic() + c.timeout
    while True:
        ok, detail = _once(c, screen, capture(), ocr, folder, rebase)
        if ok or time.monotonic() >= deadline:
            return CheckResult(kind=c.kind, ok=ok, what=describe(c), detail=detail)
        time.sleep(0.15)


def _once(c: Check, screen: Any, frame: Frame, ocr: Any, folder: Path,
          rebase: Callable[[str], str]) -> tuple[bool, str]:
    if c.kind == "text":
        boxes = ocr.read(frame.image)
        want = norm(c.text or "")
        hits = [b for b in boxes if want in norm(b.text)] or _in_lines(boxes, want)
        if c.present:
            if hits:
                return True, f"seen in {hits[0].text!r}"
            return False, "not seen; closest texts: " + ", ".join(repr(t) for t in closest_texts(boxes, c.text or ""))
        return (not hits), (f"seen in {hits[0].text!r}" if hits else "not seen")
    if c.kind == "url":
        url = getattr(screen, "url", None) or frame.url or ""
        if c.equals is not None:
            want = rebase(c.equals)
            return url == want, f"url is {url!r}" + ("" if url == want else f", expected {want!r}")
        return bool(re.search(c.matches or "", url)), f"url is {url!r}"
    if c.kind == "selector":
        page = getattr(screen, "page", None)
        if page is None:
            return False, "selector checks need a browser page"
        loc = page.locator(c.selector).first
        n = page.locator(c.selector).count()
        if c.state == "exists" and n == 0:
            return False, "no element matches"
        visible = n > 0 and loc.is_visible()
        if c.state == "hidden":
            return (not visible), ("hidden" if not visible else "visible")
        if c.state == "visible" and not visible:
            return False, "not visible" if n else "no element matches"
        if c.text is not None:
            got = " ".join(loc.inner_text().split())
            if c.text not in got:
                return False, f"text is {got!r}"
        if c.value is not None:
            got = loc.input_value()
            if got != c.value:
                return False, f"value is {got!r}"
        return True, f"{n} element(s), {'visible' if visible else 'present'}"
    # region
    ref = cv2.imread(str(folder / (c.image or "")), cv2.IMREAD_COLOR)
    if ref is None:
        return False, f"cannot read {c.image}"
    ref = np.ascontiguousarray(ref[:, :, ::-1])
    if c.anywhere:
        score, loc = search(frame.image, ref)
        return score >= 1 - c.tolerance, f"best match {score:.3f} at {loc}"
    here = cut(frame.image, c.box or (0, 0, 0, 0))
    share = changed_share(here, ref, tol=24)
    return share <= c.tolerance, f"{share:.1%} of pixels differ"


def _in_lines(boxes: list[TextBox], want: str) -> list[TextBox]:
    """Text split over several OCR boxes of one line ("Saved:" "bob"): join each line and search it."""
    line: list[TextBox] = []
    lines: list[list[TextBox]] = []
    for b in reading_order(boxes):
        if line and abs(b.center[1] - line[0].center[1]) > 0.5 * min(b.height, line[0].height):
            lines.append(line)
            line = []
        line.append(b)
    lines.append(line)
    for ln in lines:
        if ln and want in norm(" ".join(b.text for b in ln)):
            return [TextBox(text=" ".join(b.text for b in ln), box=ln[0].box, score=min(b.score for b in ln))]
    return []
