"""What a policy may see at one step. Costly parts (OCR, tiles) are computed on first use and cached."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, PrivateAttr

from tilepilot.perception.frame import Frame

if TYPE_CHECKING:
    from tilepilot.perception.ocr import OcrEngine, TextBox
    from tilepilot.perception.tiling import Tile


class Observation(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    task: str
    frame: Frame
    step: int
    history: list[dict[str, Any]] = []
    ocr_engine: Any = None  # OcrEngine; Any keeps pydantic away from its internals

    _text: list[TextBox] | None = PrivateAttr(default=None)
    _tiles: list[Tile] | None = PrivateAttr(default=None)

    def text_boxes(self) -> list[TextBox]:
        """OCR of the frame in frame pixels; tiles unchanged since an earlier frame come from the cache."""
        if self._text is None:
            if self.ocr_engine is None:
                from tilepilot.perception.ocr import OcrEngine

                self.ocr_engine = OcrEngine()
            engine: OcrEngine = self.ocr_engine
            self._text = engine.read(self.frame.image)
        return self._text

    def tiles(self, max_num: int = 12, tile_size: int = 448) -> list[Tile]:
        if self._tiles is None:
            from tilepilot.perception.tiling import tile_frame

            self._tiles = tile_frame(self.frame.width, self.frame.height, max_num=max_num, tile_size=tile_size)
        return self._tiles
