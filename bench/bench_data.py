"""Data generator benchmark: samples per second without OCR, with OCR and a warm per-tile cache (kept across
the steps of one episode), and with OCR on a cold cache (cleared before every sample).

Run: ``.venv/bin/python bench/bench_data.py [--episodes N] [--native]``. The same episodes (fixed seeds,
training split) are generated in each mode on one headless Chromium. By default every page is shown at
1280x720, device scale factor 1, so modes and runs compare; ``--native`` keeps each episode's random screen.
Ratios are against the mode measured in the same run.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tilepilot.model.data import ChromiumHost, EpisodeRunner, page_for  # noqa: E402
from tilepilot.perception.ocr import OcrEngine  # noqa: E402


class ColdOcr:
    """An OcrEngine whose caches are emptied before every read: every tile and line is OCRed afresh."""

    def __init__(self) -> None:
        self.engine = OcrEngine()

    def read(self, frame):
        self.engine.clear_cache()
        return self.engine.read(frame)


def run(mode: str, specs, host: ChromiumHost, out: Path) -> tuple[int, float]:
    ocr = {"no_ocr": None, "ocr_warm": OcrEngine(), "ocr_cold": ColdOcr()}[mode]
    n, t0 = 0, time.perf_counter()
    for k, spec in enumerate(specs):
        if isinstance(ocr, OcrEngine):
            ocr.clear_cache()  # warm across the steps of one episode, not across episodes
        with EpisodeRunner(out / mode, ocr=ocr, ocr_share=0.0 if ocr is None else 1.0, host=host) as r:
            res = r.run(spec, f"{mode}-{k}", "train")
        n += len(res.samples)
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--episodes", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--native", action="store_true", help="keep each episode's random viewport and scale")
    args = ap.parse_args()
    specs = [page_for("train", args.seed, i) for i in range(args.episodes)]
    if not args.native:
        specs = [dataclasses.replace(s, viewport=(1280, 720), dsf=1.0) for s in specs]
    OcrEngine().read(__import__("numpy").full((64, 64, 3), 255, "uint8"))  # load the ONNX models first
    host = ChromiumHost()
    rates = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for mode in ("no_ocr", "ocr_warm", "ocr_cold"):
                n, dt = run(mode, specs, host, Path(tmp))
                rates[mode] = n / dt
                print(f"{mode:9s} {n:4d} samples in {dt:7.2f} s  {rates[mode]:6.2f} samples/s")
    finally:
        host.close()
    print(f"no OCR vs OCR (warm cache): {rates['no_ocr'] / rates['ocr_warm']:.2f}x faster")
    print(f"OCR warm vs cold cache:     {rates['ocr_warm'] / rates['ocr_cold']:.2f}x faster")
    print(f"families: {', '.join(s.family for s in specs)}")


if __name__ == "__main__":
    main()
