"""Visual tokens per screenshot, per model profile, with and without the resolution router.

Run: ``.venv/bin/python bench/bench_tokens.py``. Renders the bundled web apps (scenarios/apps/web) in headless
Chromium at 1280x720, 1920x1080 and 2560x1440 (real app screenshots, not drawings), then reports for each
profile the visual tokens one screenshot costs, and for the tiled profiles (InternVL / NVLM) the tokens with
the router (empty and flat tiles at 224 px = 64 tokens instead of 448 px = 256). Ratios are against the
no-router baseline measured in the same run. Goal: >= 2x fewer tokens with the router on typical app screens.
"""

from __future__ import annotations

import functools
import statistics
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tilepilot.actions.browser import Browser  # noqa: E402
from tilepilot.model.profiles import get_profile  # noqa: E402
from tilepilot.perception.router import token_report  # noqa: E402

WEB = ROOT / "scenarios" / "apps" / "web"
PAGES = ["form.html", "playground.html", "login/index.html", "settings/index.html", "table/index.html",
         "todo/index.html", "checkout/cart.html", "checkout/shipping.html"]
SIZES = [(1280, 720), (1920, 1080), (2560, 1440)]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def screenshots() -> dict[tuple[int, int], list[tuple[str, object]]]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(WEB)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    pages = [p for p in PAGES if (WEB / p).exists()]
    out: dict[tuple[int, int], list[tuple[str, object]]] = {}
    for size in SIZES:
        with Browser(f"{base}/{pages[0]}", viewport=size) as b:
            shots = []
            for p in pages:
                b.page.goto(f"{base}/{p}", wait_until="load")
                time.sleep(0.1)
                shots.append((p, b.capture().image))
            try:  # the dense dashboard of bench_perception: sidebar, form, 14-row table
                from bench_perception import page_html

                b.page.set_content(page_html(False))
                time.sleep(0.1)
                shots.append(("dense dashboard", b.capture().image))
            except ImportError:
                pass
            out[size] = shots
    srv.shutdown()
    return out


def main() -> None:
    shots = screenshots()
    native = ["ui-tars-1.0", "ui-tars-1.5", "qwen2.5-vl", "mimo-vl", "json"]
    print(f"{len(next(iter(shots.values())))} app screens rendered by Chromium; median visual tokens per screenshot\n")
    print(f"{'size':>10} | " + " | ".join(f"{n:>11}" for n in native[:4])
          + " | internvl: no router -> router (x) | nvlm: no router -> router (x)")
    all_ratios = []
    for size, items in shots.items():
        row = []
        for name in native[:4]:
            p = get_profile(name)
            row.append(statistics.median(p.prepare(img).tokens for _, img in items))
        iv = [token_report(img) for _, img in items]
        iv_without = statistics.median(r["tokens_without"] for r in iv)
        iv_with = statistics.median(r["tokens_with"] for r in iv)
        nv_plain, nv_router = get_profile("nvlm", router=False), get_profile("nvlm")
        nv_without = statistics.median(nv_plain.prepare(img).tokens for _, img in items)
        nv_with = statistics.median(nv_router.prepare(img).tokens for _, img in items)
        all_ratios += [r["ratio"] for r in iv]
        print(f"{size[0]:>5}x{size[1]:<4} | " + " | ".join(f"{v:>11.0f}" for v in row)
              + f" | {iv_without:>6.0f} -> {iv_with:>5.0f} ({iv_without / iv_with:.2f}x)"
              + f"       | {nv_without:>5.0f} -> {nv_with:>5.0f} ({nv_without / nv_with:.2f}x)")
    print("\nper page, 1920x1080, InternVL tiles (12 max) without -> with router:")
    for (page, img) in shots[(1920, 1080)]:
        r = token_report(img)
        print(f"  {page:<24} {r['tokens_without']:>5} -> {r['tokens_with']:>5}  ({r['ratio']:.2f}x)  "
              f"sides {r['sides']}")
    print(f"\nrouter ratio over all pages and sizes: median {statistics.median(all_ratios):.2f}x, "
          f"min {min(all_ratios):.2f}x, max {max(all_ratios):.2f}x (goal >= 2x)")
    t = time.perf_counter()
    img = shots[(1920, 1080)][0][1]
    for _ in range(5):
        token_report(img)
    print(f"router cost: {(time.perf_counter() - t) / 5 * 1000:.1f} ms per 1920x1080 screenshot (tiling + routing)")


if __name__ == "__main__":
    main()
