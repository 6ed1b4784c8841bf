"""InternVL and NVLM-D: dynamic high-resolution tiles (448x448) plus a global thumbnail.

Each tile costs (tile_size / patch * 0.5)^2 = (448 / 14 / 2)^2 = 256 tokens after the 2x2 pixel shuffle.
Grounding answers are ``<ref>element</ref><box>[[x1, y1, x2, y2]]</box>`` with coordinates *relative*,
0..1000 of the whole image; the click goes to the box centre. Actions use the UI-TARS call grammar with
such boxes (``click(<box>[[...]]</box>)``), and a bare grounding answer means "click there".

Two ways to send the screen:
- ``server`` (InternVL default): one image resized to exactly cols*448 x rows*448, so the server's own
  ``dynamic_preprocess`` picks the same grid and resizes nothing; it adds the thumbnail itself.
- ``client`` (NVLM default): every tile is its own image preceded by its 1-D tag (``<tile_1>`` ...
  ``<tile_global_thumbnail>``), each at the side the resolution router picked (448 -> 256 tokens, 224 -> 64).
  A box written right after a tile tag (``<tile_3><box>[[...]]</box>``) is relative to that tile.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

import numpy as np

from tilepilot.actions import coords
from tilepilot.actions.schema import Click, Point
from tilepilot.errors import InputError, ParseError
from tilepilot.model.profiles import _grammar as g
from tilepilot.model.profiles.base import Parsed, Prepared, Profile, resize
from tilepilot.model.profiles.uitars import CALLS, call_to_action
from tilepilot.perception.router import RouterConfig, route, tokens_for_side
from tilepilot.perception.tiling import THUMBNAIL_TAG, tile_frame, tile_images

_GROUND = re.compile(r"(<tile_(?:\d+|global_thumbnail)>)?\s*(?:<ref>(.*?)</ref>)?\s*<box>(.*?)</box>", re.DOTALL)
_TAG = re.compile(r"<tile_(?:\d+|global_thumbnail)>")

ACTION_SPACE = """click(<box>[[x1, y1, x2, y2]]</box>)
left_double(<box>[[x1, y1, x2, y2]]</box>)
right_single(<box>[[x1, y1, x2, y2]]</box>)
drag(start_box='<box>[[x1, y1, x2, y2]]</box>', end_box='<box>[[x1, y1, x2, y2]]</box>')
hotkey(key='ctrl c')
type(content='xxx') # end with \\n to submit
scroll(direction='down or up or right or left')
wait()
finished(content='answer')
call_user()"""


class InternVL(Profile):
    name: ClassVar[str] = "internvl"
    space: ClassVar[str] = "norm1000"
    expected: ClassVar[str] = "an action such as click(<box>[[x1, y1, x2, y2]]</box>) with coordinates in 0..1000"
    default_mode: ClassVar[Literal["server", "client"]] = "server"

    def __init__(self, max_num: int = 12, tile_size: int = 448, patch: int = 14, mode: str | None = None,
                 router: bool | RouterConfig = False, max_images: int = 2):
        self.max_num, self.tile_size, self.patch = max_num, tile_size, patch
        self.mode = mode or self.default_mode
        if self.mode not in ("server", "client"):
            raise InputError(f"mode={self.mode!r}: expected 'server' or 'client'")
        self.router = (RouterConfig(tile_size=tile_size, patch=patch, max_num=max_num) if router is True
                       else router or None)
        self.max_images = max_images

    @property
    def tokens_per_tile(self) -> int:
        return tokens_for_side(self.tile_size, self.patch)

    def prepare(self, image: np.ndarray) -> Prepared:
        h, w = image.shape[:2]
        tiles = tile_frame(w, h, max_num=self.max_num, tile_size=self.tile_size)
        regions = {t.tag: t.box for t in tiles}
        grid = [t for t in tiles if not t.is_thumbnail]
        cols = len({t.box[0] for t in grid})
        rows = len(grid) // max(cols, 1)
        if self.mode == "server":
            size = (cols * self.tile_size, rows * self.tile_size)
            return Prepared([resize(image, size)], [""], (w, h), size, tokens=self.tokens_per_tile * len(tiles),
                            regions=regions, extra={"grid": (cols, rows), "tiles": len(tiles)})
        imgs = tile_images(image, tiles, self.tile_size)
        sides = route(imgs, self.router) if self.router else [self.tile_size] * len(imgs)
        imgs = [resize(im, (s, s)) for im, s in zip(imgs, sides, strict=True)]
        tokens = sum(tokens_for_side(s, self.patch) for s in sides)
        return Prepared(imgs, [t.tag for t in tiles], (w, h), (w, h), tokens=tokens, regions=regions,
                        extra={"grid": (cols, rows), "tiles": len(tiles), "sides": sides})

    def system(self, task: str, prepared: Prepared) -> str:
        if self.mode == "client":
            n = len(prepared.images)
            seen = (f"The screen is shown as {n - 1 if n > 1 else 1} tiles in reading order, each after its tag "
                    f"(<tile_1>, <tile_2>, ...), then {THUMBNAIL_TAG}: the whole screen, smaller. "
                    if n > 1 else "The screen is shown as one image. ")
        else:
            seen = "You see a screenshot of the screen. "
        return (
            "You are a GUI agent: you choose the next action that moves the user's task forward. " + seen
            + "Write a box as <box>[[x1, y1, x2, y2]]</box> with coordinates from 0 to 1000 relative to the whole "
            "screen (or to one tile, if you write that tile's tag right before the box).\n\n"
            "Answer with 'Thought: ...' and then 'Action: ...' using exactly one of:\n" + ACTION_SPACE
        )

    def instruction(self, task: str, prepared: Prepared) -> str:
        return f"Task: {task}"

    def _point(self, value: str, prepared: Prepared) -> Point:
        m = _GROUND.search(value)
        tag = m.group(1) if m else None
        if tag is None:
            t = _TAG.search(value)
            tag = t.group(0) if t else None
        body = m.group(3) if m else value
        x, y = g.parse_xy(body, "box")
        if tag and tag != THUMBNAIL_TAG:
            region = prepared.regions.get(tag)
            if region is None:
                raise ParseError(f"the answer refers to {tag}, which the model was not shown", value,
                                 f"one of {', '.join(prepared.regions)}")
            if not (0 <= x <= 1000 and 0 <= y <= 1000):
                raise ParseError(f"coordinate ({x:g}, {y:g}) lies outside 0..1000 of {tag}", value,
                                 "0 <= x, y <= 1000")
            return coords.from_region(Point(x=x, y=y, space="norm1000"), region)
        return self.point(x, y)

    def read(self, text: str, prepared: Prepared, context: dict[str, Any]) -> Parsed:
        think, rest = g.strip_think(text)
        thought, action_text = g.thought_and_action(rest)
        thought = thought or think
        try:
            action = call_to_action(action_text, lambda v: self._point(v, prepared), thought)
        except ParseError as e:
            if "no action call" not in str(e) or "<box>" not in action_text:
                raise
            action = Click(target=self._point(action_text, prepared))  # a bare grounding answer: click there
        if thought is None and not re.match(r"\s*(?:[A-Za-z_][\w.]*\s*\(|<)", action_text):
            head = re.split(r"(?:" + "|".join(sorted(CALLS)) + r")\s*\(|<ref>|<box>", action_text, maxsplit=1)[0]
            thought = head.strip() or None
        return Parsed(action, thought)


class NVLM(InternVL):
    """NVLM-D: InternViT tiles with 1-D text tile tags; sent tile by tile, router on by default."""

    name: ClassVar[str] = "nvlm"
    default_mode: ClassVar[Literal["server", "client"]] = "client"

    def __init__(self, max_num: int = 6, tile_size: int = 448, patch: int = 14, mode: str | None = None,
                 router: bool | RouterConfig = True, max_images: int = 1):
        super().__init__(max_num, tile_size, patch, mode, router, max_images)
