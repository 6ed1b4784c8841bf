"""A captured screen image plus the facts needed to map its pixels back to input coordinates."""

from __future__ import annotations

import hashlib
import time

import numpy as np
from pydantic import BaseModel, ConfigDict, Field


class Frame(BaseModel):
    """Pixels of one capture.

    ``image`` is an H x W x 3 uint8 RGB array in *physical* pixels. ``scale`` is physical pixels per
    OS input unit (a page's device scale factor; 1 on X11), ``offset`` is where pixel (0, 0) lies in
    OS input space (a monitor's position on a multi-monitor desktop). Only ``actions.coords`` uses them.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    image: np.ndarray
    scale: float = 1.0
    offset: tuple[float, float] = (0.0, 0.0)
    source: str = "unknown"
    url: str | None = None
    captured_at: float = Field(default_factory=time.time)

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    def digest(self) -> str:
        """Content hash: two frames with the same pixels have the same digest."""
        return hashlib.blake2b(np.ascontiguousarray(self.image).data, digest_size=16).hexdigest()

    def png(self) -> bytes:
        import cv2

        params = [cv2.IMWRITE_PNG_COMPRESSION, 1]
        if hasattr(cv2, "IMWRITE_PNG_FILTER"):  # the default adaptive filter costs 4x the time
            params += [cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_SUB]
        ok, buf = cv2.imencode(".png", cv2.cvtColor(self.image, cv2.COLOR_RGB2BGR), params)
        if not ok:  # pragma: no cover - cv2 only fails on empty images
            raise ValueError("could not encode frame as PNG")
        return buf.tobytes()

    @classmethod
    def from_png(cls, data: bytes, **kw) -> Frame:
        import cv2

        arr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
        if arr is None:
            raise ValueError("not a decodable PNG/JPEG image")
        return cls(image=np.ascontiguousarray(arr[:, :, ::-1]), **kw)
