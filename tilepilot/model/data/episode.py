"""Run one generated episode in real Chromium: ground truth from the DOM, actions through tilepilot's own
``Browser`` executor, real perception (OCR, OpenCV candidates) on every screenshot."""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tilepilot.actions.browser import CHROMIUM_ARGS, Browser, find_chromium
from tilepilot.actions.schema import Action, Click, Done, DoubleClick, Drag, Key, Point, Scroll, Type
from tilepilot.errors import ScreenError
from tilepilot.model.data.components import candidates_from, positives
from tilepilot.model.data.pages import PageSpec, StepSpec
from tilepilot.model.data.sample import Box, Candidate, Sample
from tilepilot.perception.frame import Frame

THUMB_CSS_PX = 16  # Chromium's default range thumb
MAX_SCROLLS = 4

DOM_TEXT_JS = """() => {
 const out=[], vis=el=>{const s=getComputedStyle(el);return s.visibility!=='hidden'&&s.display!=='none'&&+s.opacity>0};
 const w=document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
 while(w.nextNode()){const n=w.currentNode, t=n.textContent.replace(/\\s+/g,' ').trim();
  if(!t||!n.parentElement||!vis(n.parentElement)||n.parentElement.closest('script,style,option,.hidden'))continue;
  const r=document.createRange();r.selectNodeContents(n);
  const rs=[...r.getClientRects()].filter(b=>b.width>=1&&b.height>=1);
  if(!rs.length)continue;
  const b={l:Math.min(...rs.map(x=>x.left)),t:Math.min(...rs.map(x=>x.top)),r:Math.max(...rs.map(x=>x.right)),
   b:Math.max(...rs.map(x=>x.bottom))};
  if(rs.length===1||b.r-b.l<2000)out.push([t,b.l,b.t,b.r,b.b])}
 document.querySelectorAll('input,select,textarea').forEach(i=>{
  if(['checkbox','radio','range','hidden'].includes(i.type)||!vis(i))return;
  let t=i.tagName==='SELECT'?(i.selectedOptions[0]||{}).text:(i.value||i.placeholder);if(!t)return;
  if(i.type==='password'&&i.value)t='\\u2022'.repeat(i.value.length);
  const b=i.getBoundingClientRect(), s=getComputedStyle(i), fs=parseFloat(s.fontSize);
  const x0=b.left+parseFloat(s.paddingLeft)+parseFloat(s.borderLeftWidth||0);
  out.push([t,x0,b.top+(b.height-fs*1.2)/2,Math.min(b.right-4,x0+t.length*fs*0.55),b.top+(b.height+fs*1.2)/2])});
 return out}"""

THUMB_JS = """(el) => {const r=el.getBoundingClientRect(), min=+el.min||0, max=+el.max||100, t=THUMB;
 const f=(+el.value-min)/(max-min), cy=r.top+r.height/2;
 return {x0:r.left+t/2, span:r.width-t, cx:r.left+t/2+f*(r.width-t), cy:cy, t:t}}""".replace("THUMB", str(THUMB_CSS_PX))


class ChromiumHost:
    """One headless Chromium shared by many episodes; each episode gets a fresh context (its own viewport
    and device scale factor), wrapped in a ``Browser`` so actions run through tilepilot's executor."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        try:
            self.browser = self._pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS,
                                                    headless=True)
        except Exception:
            self._pw.stop()
            raise

    def screen(self, viewport: tuple[int, int], dsf: float) -> Browser:
        scr = Browser(viewport=viewport, device_scale_factor=dsf)
        scr.context = self.browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                               device_scale_factor=dsf)
        scr.context.set_default_timeout(scr.timeout_ms)
        scr.context.route("**/*", lambda route: route.abort() if route.request.url.startswith("http")
                          else route.continue_())
        scr.page = scr.context.new_page()
        return scr

    def close(self) -> None:
        for obj, meth in ((self.browser, "close"), (self._pw, "stop")):
            with contextlib.suppress(Exception):  # closing must never mask the real error
                getattr(obj, meth)()


@dataclass
class EpisodeResult:
    samples: list[Sample] = field(default_factory=list)
    failure: str | None = None  # why the episode was dropped (a ground-truth step did not do what it should)


def _settle(page: Any, scrolled: bool = False) -> None:
    """Wait for two animation frames; after a wheel scroll, until the scroll position stops moving."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    if scrolled:
        last = None
        for _ in range(30):
            pos = page.evaluate("() => [scrollX, scrollY]")
            if pos == last:
                break
            last = pos
            page.wait_for_timeout(30)


def _css_box(page: Any, sel: str) -> dict | None:
    loc = page.locator(sel).first
    if loc.count() == 0 or not loc.is_visible():
        return None
    return loc.bounding_box()


def _clip(bb: dict, vw: int, vh: int) -> dict:
    """The part of a CSS box inside the viewport (an element may stick out sideways)."""
    x0, y0 = max(0.0, bb["x"]), max(0.0, bb["y"])
    x1, y1 = min(float(vw), bb["x"] + bb["width"]), min(float(vh), bb["y"] + bb["height"])
    return {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}


def _frame_box(bb: dict, dsf: float) -> Box:
    return (bb["x"] * dsf, bb["y"] * dsf, (bb["x"] + bb["width"]) * dsf, (bb["y"] + bb["height"]) * dsf)


def _center(box: Box) -> Point:
    return Point(x=(box[0] + box[2]) / 2, y=(box[1] + box[3]) / 2)


def dom_text_candidates(page: Any, frame: Frame, rng: random.Random, noise: float = 1.5) -> list[Candidate]:
    """Visible text from the DOM in frame pixels, each edge jittered by ~``noise`` CSS px (OCR stand-in)."""
    s = frame.scale
    out = []
    for text, x0, y0, x1, y1 in page.evaluate(DOM_TEXT_JS):
        box = [v * s + rng.gauss(0, noise * s) for v in (x0, y0, x1, y1)]
        box = [min(max(v, 0.0), lim) for v, lim in zip(box, (frame.width, frame.height) * 2, strict=True)]
        if box[2] - box[0] >= 2 and box[3] - box[1] >= 2:
            out.append(Candidate(kind="text", box=tuple(box), text=text, source="dom"))
    return out


def perceive(frame: Frame, page: Any, ocr: Any, use_ocr: bool, rng: random.Random) -> list[Candidate]:
    """Text boxes (OCR or noisy DOM text), then the pixel-only candidates (``candidates_from``)."""
    if use_ocr:
        texts = [Candidate(kind="text", box=t.box, text=t.text, source="ocr") for t in ocr.read(frame)]
    else:
        texts = dom_text_candidates(page, frame, rng)
    return candidates_from(frame.image, texts)


class EpisodeRunner:
    """Runs episodes on one ``ChromiumHost`` and writes their screenshots under ``out_dir``."""

    def __init__(self, out_dir: str | Path, ocr: Any = None, ocr_share: float = 1.0, iou_threshold: float = 0.5,
                 host: ChromiumHost | None = None, write_frames: bool = True):
        self.out_dir = Path(out_dir)
        self.ocr_share = ocr_share
        if ocr is None and ocr_share > 0:
            from tilepilot.perception.ocr import OcrEngine

            ocr = OcrEngine()
        self.ocr = ocr
        self.iou_threshold = iou_threshold
        self._host = host
        self._own_host = host is None
        self.write_frames = write_frames

    @property
    def host(self) -> ChromiumHost:
        if self._host is None:
            self._host = ChromiumHost()
        return self._host

    def close(self) -> None:
        if self._own_host and self._host is not None:
            self._host.close()
            self._host = None

    def __enter__(self) -> EpisodeRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, spec: PageSpec, episode_id: str, split: str, keep_screen: bool = False) -> EpisodeResult:
        """All samples of one episode (its task's steps, implicit scrolls, and a final ``done``)."""
        screen = self.host.screen(spec.viewport, spec.dsf)
        try:
            screen.page.set_content(spec.html, wait_until="load")
            screen.page.evaluate("document.fonts.ready")
            return self._run(screen, spec, episode_id, split)
        finally:
            if keep_screen:
                self.last_screen = screen
            else:
                screen.context.close()

    # ------------------------------------------------------------------------------------------------
    def _run(self, screen: Browser, spec: PageSpec, episode_id: str, split: str) -> EpisodeResult:
        rng = random.Random(spec.seed ^ 0x5EED)
        page, dsf = screen.page, spec.dsf
        vw, vh = spec.viewport
        rows: list[dict] = []  # sample fields, finished once the episode length is known
        history: list[Action] = []

        def record(action: Action, target: Box | None, span: tuple[int, int] | None) -> Frame:
            frame = screen.capture()
            step = len(rows)
            rel = f"frames/{episode_id}/{step:02d}.png"
            if self.write_frames:
                path = self.out_dir / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(frame.png())
            use_ocr = self.ocr is not None and rng.random() < self.ocr_share
            cands = perceive(frame, page, self.ocr, use_ocr, rng)
            pos = positives(cands, target, self.iou_threshold)
            rows.append(dict(episode_id=episode_id, step=step, family=spec.family, split=split, seed=spec.seed,
                             instruction=spec.task.instruction, frame_path=rel, frame_size=frame.size,
                             scale=frame.scale, candidates=cands, positives=pos, action=action, target_box=target,
                             type_span=span, history=list(history)))
            return frame

        def act(action: Action, frame: Frame, scrolled: bool = False) -> None:
            screen.execute(action, frame)
            history.append(action)
            _settle(page, scrolled)

        for st in spec.task.steps:
            if st.target is not None:
                for _ in range(MAX_SCROLLS + 1):
                    bb = _css_box(page, st.target)
                    if bb is None:
                        return EpisodeResult(failure=f"step target {st.target} is not visible")
                    if bb["y"] >= 0 and bb["y"] + bb["height"] <= vh:
                        break
                    delta = bb["y"] + bb["height"] / 2 - vh / 2
                    amount = max(1, min(100, round(abs(delta) / 100)))
                    sc = Scroll(direction="down" if delta > 0 else "up", amount=amount)
                    act(sc, record(sc, None, None), scrolled=True)
                else:
                    return EpisodeResult(failure=f"step target {st.target} stays outside the viewport")
                if not 0 <= bb["x"] + bb["width"] / 2 < vw:
                    return EpisodeResult(failure=f"step target {st.target} lies outside the viewport horizontally")
                bb = _clip(bb, vw, vh)
            action, target = self._ground_truth(page, st, dsf, bb if st.target else None)
            span = spec.task.spans[st.span] if st.span else None
            frame = record(action, target, span)
            act(action, frame, scrolled=st.kind == "scroll")
            if st.check and not page.evaluate(f"() => !!({st.check})"):
                return EpisodeResult(failure=f"step {len(rows) - 1} ({st.kind}) did not take effect: {st.check}")
        record(Done(), None, None)
        n = len(rows)
        return EpisodeResult(samples=[Sample(n_steps=n, **r) for r in rows])

    def _ground_truth(self, page: Any, st: StepSpec, dsf: float, bb: dict | None) -> tuple[Action, Box | None]:
        if st.kind == "key":
            return Key(keys=list(st.keys)), None
        if st.kind == "scroll":
            return Scroll(direction=st.direction, amount=st.amount), None
        if bb is None:
            raise ScreenError(f"step {st.kind} needs a target")
        box = _frame_box(bb, dsf)
        if st.kind == "click":
            return Click(target=_center(box)), box
        if st.kind == "double_click":
            return DoubleClick(target=_center(box)), box
        if st.kind == "type":
            return Type(text=st.text or "", into=_center(box), clear=True), box  # a field may hold text
        if st.kind == "drag":
            g = page.locator(st.target).first.evaluate(THUMB_JS)
            t = g["t"]
            thumb = ((g["cx"] - t / 2) * dsf, (g["cy"] - t / 2) * dsf, (g["cx"] + t / 2) * dsf, (g["cy"] + t / 2) * dsf)
            to = st.drag_to if st.drag_to is not None else 1.0
            ex = g["x0"] + to * g["span"] + (t / 2 if to >= 1 else -t / 2 if to <= 0 else 0)
            vw = page.viewport_size["width"]
            ex = min(max(ex, 0.5), vw - 0.5)
            return Drag(start=_center(thumb), end=Point(x=ex * dsf, y=g["cy"] * dsf)), thumb
        raise ScreenError(f"unknown step kind {st.kind!r}")


