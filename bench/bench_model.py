"""Embedded model benchmark: decision latency float vs int8 (and MoE), accuracy, router tokens, a full agent step.

Run: ``.venv/bin/python bench/bench_model.py [--checkpoint PATH] [--moe PATH] [--data data/heldout] [--n 60]
[--reps 5]``. Loads at most N items (whole episodes) of a generated data directory (features cached there by
``train.prepare``) and reports medians over REPS repetitions, all measured in the same run; ratios are against
a baseline from this run (the float model; the cold agent step). Timings are reported, never asserted. On a
busy machine the absolute numbers are noisy; compare ratios from one run.

  1. decision latency, batch of 1: model forward + decode on precomputed features (float, int8, MoE float and
     int8 with --moe), ``featurize`` with the text encoder cache warm, and features + model (no OCR)
  2. step accuracy and episode success of each variant on the same items; int8/float decision agreement
  3. visual tokens per screenshot with and without the resolution router
  4. a full agent step (capture + ``EmbeddedPolicy.decide``) on form.html at 1280x720 in headless Chromium:
     cold OCR cache, warm on the same frame, warm with the Name field retyped (a small part of the page); the
     cold and retyped steps again with the OCR detector run on whole tiles instead of text blocks
  5. finishing a drag on the pixels against a model decision
  6. the ordinal and state feature parts (rows and columns, ordinal matches; candidate state) vs all of featurize
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import statistics
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tilepilot.actions.browser import Browser  # noqa: E402
from tilepilot.model.embedded import train  # noqa: E402
from tilepilot.model.embedded.features import featurize  # noqa: E402
from tilepilot.model.embedded.layout import ordinal_match, positions  # noqa: E402
from tilepilot.model.embedded.model import SHIPPED, EmbeddedModel  # noqa: E402
from tilepilot.model.embedded.net import TilePilotNet  # noqa: E402
from tilepilot.model.embedded.policy import EmbeddedPolicy  # noqa: E402
from tilepilot.model.embedded.text import shared_encoder  # noqa: E402
from tilepilot.perception.observation import Observation  # noqa: E402
from tilepilot.perception.ocr import OcrEngine  # noqa: E402

TASK = "Type xyz into the Name field"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a: object) -> None:
        pass


def med(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def first_episodes(items: list, n: int) -> list:
    """At most ``n`` items, cut at an episode boundary so that episode success counts whole episodes."""
    out = items[:n]
    if len(items) > n:
        cut = [it for it in out if it.sample.episode_id != items[n].sample.episode_id]
        out = cut or out
    return out


def load_models(checkpoint: Path, moe: Path | None) -> dict[str, EmbeddedModel]:
    for p in (checkpoint, moe):
        if p is not None and not p.is_file():
            sys.exit(f"checkpoint {p} does not exist: train one first (tilepilot.model.embedded.train) "
                     "or pass --checkpoint PATH")
    models = {"float": EmbeddedModel.load(checkpoint, quantize=False),
              "int8": EmbeddedModel.load(checkpoint, quantize=True)}
    if len(models["float"].nets) > 1:  # the shipped ensemble: what one of its networks alone costs and scores
        models["one member float"] = EmbeddedModel(models["float"].nets[0], {})
    if any(n.cfg.ordinal or n.cfg.state for n in models["float"].nets):
        # the same weights blind to the ordinal matches and candidate state: what those inputs cost and give
        blind = []
        for n in models["float"].nets:
            b = TilePilotNet(dataclasses.replace(n.cfg, ordinal=False, state=False))
            b.load_state_dict(n.state_dict(), strict=False)
            blind.append(b)
        models["float, no ordinal+state"] = EmbeddedModel(blind, {})
    if moe is not None:
        models["moe float"] = EmbeddedModel.load(moe, quantize=False)
        models["moe int8"] = EmbeddedModel.load(moe, quantize=True)
    return models


def bench_decisions(models: dict[str, EmbeddedModel], items: list, data: Path, reps: int) -> None:
    enc = shared_encoder()
    imgs = [train._read_png(data / it.sample.frame_path) for it in items]

    def feat(it: train.Item, img) -> None:
        s = it.sample
        featurize(enc, s.instruction, img, s.scale, s.candidates, s.history)

    for it, img in zip(items, imgs, strict=True):  # warm the text encoder caches and the models
        feat(it, img)
        for m in models.values():
            m.predict([it.features], [it.sample.instruction])
    # One repetition = every item once through every measure (interleaved, so load elsewhere hits all alike);
    # the value per repetition is the mean per decision.
    times: dict[str, list[float]] = {k: [] for k in ["featurize", *models]}
    for _ in range(reps):
        t = time.perf_counter()
        for it, img in zip(items, imgs, strict=True):
            feat(it, img)
        times["featurize"].append((time.perf_counter() - t) / len(items))
        for name, m in models.items():
            t = time.perf_counter()
            for it in items:
                m.predict([it.features], [it.sample.instruction])
            times[name].append((time.perf_counter() - t) / len(items))
    base = med(times["float"])
    print(f"\n1. decision latency, batch of 1, mean per decision over {len(items)} items, median of {reps} reps")
    print(f"{'measure':<40} {'ms':>8} {'x float':>8}")
    for name in models:
        print(f"{'model ' + name + ' (forward + decode)':<40} {med(times[name]) * 1000:8.2f} "
              f"{med(times[name]) / base:7.2f}x")
    f = med(times["featurize"])
    print(f"{'featurize (text cache warm)':<40} {f * 1000:8.2f} {f / base:7.2f}x")
    for name in ("float", "int8"):
        t = f + med(times[name])
        print(f"{'features + model ' + name + ' (no OCR)':<40} {t * 1000:8.2f} {t / base:7.2f}x")


def bench_accuracy(models: dict[str, EmbeddedModel], items: list) -> None:
    res = {name: train.evaluate(m, items) for name, m in models.items()}
    print(f"\n2. accuracy on {len(items)} items ({res['float']['episodes']} episodes)")
    print(f"{'variant':<16} {'step acc':>9} {'episode':>8} {'agrees with float':>18}")
    for name, r in res.items():
        ref = "moe float" if name.startswith("moe") else "float"
        agree = "" if name == ref else f"{train.decisions_agree(r['decisions'], res[ref]['decisions']):18.3f}"
        print(f"{name:<16} {r['step_accuracy']:9.3f} {r['episode_success']:8.3f} {agree}")


def bench_tokens(items: list) -> None:
    with_r = [it.features.tokens_router[0] for it in items]
    without = [it.features.tokens_router[1] for it in items]
    print(f"\n3. visual (patch) tokens per screenshot, median of {len(items)} screenshots")
    print(f"with router {med(with_r):.0f}, without {med(without):.0f}, "
          f"ratio without/with {med([b / max(a, 1) for a, b in zip(with_r, without, strict=True)]):.2f}")


def bench_agent_step(checkpoint: Path, reps: int) -> None:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(ROOT / "scenarios/apps/web")))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/form.html"
    policy = EmbeddedPolicy(checkpoint)  # float, the default
    names = ("cold (fresh OcrEngine, baseline)", "warm, same frame", "warm, Name field retyped",
             "cold, detector on whole tiles", "  then Name field retyped")
    rows: dict[str, dict[str, list[float]]] = {n: {} for n in names}
    ocr_run: dict[str, list[int]] = {n: [] for n in names}
    last = None

    def step(name: str, b: Browser, engine: OcrEngine) -> None:
        nonlocal last
        t0 = time.perf_counter()
        frame = b.capture()
        t1 = time.perf_counter()
        last = policy.decide(Observation(task=TASK, frame=frame, step=0, ocr_engine=engine))
        t2 = time.perf_counter()
        for k, v in {"step": t2 - t0, "capture": t1 - t0, **last.timings}.items():
            rows[name].setdefault(k, []).append(v)
        ocr_run[name].append(engine.stats.tiles_ocr_run)

    with Browser(url=url, viewport=(1280, 720)) as b:
        step(names[0], b, OcrEngine())  # warm up: OCR models, text encoder
        rows[names[0]].clear()
        ocr_run[names[0]].clear()
        for rep in range(reps):
            engine = OcrEngine()
            step(names[0], b, engine)
            step(names[1], b, engine)
            b.page.fill("#name", f"xyz{rep}")
            b.page.evaluate("document.activeElement.blur()")  # no blinking caret in the next frames
            step(names[2], b, engine)
            whole = OcrEngine(blocks=False)  # the detector on each whole tile, as before text blocks
            b.page.fill("#name", "")
            b.page.evaluate("document.activeElement.blur()")
            step(names[3], b, whole)
            b.page.fill("#name", f"abc{rep}")
            b.page.evaluate("document.activeElement.blur()")
            step(names[4], b, whole)
            b.page.fill("#name", "")
            b.page.evaluate("document.activeElement.blur()")
    srv.shutdown()
    base = med(rows[names[0]]["step"])
    cols = ["step", "capture", "ocr", "features", "model"]
    print(f"\n4. agent step on form.html, 1280x720, float policy (the default), median of {reps} reps (ms)")
    print(f"{'variant':<34}" + "".join(f"{c:>9}" for c in cols) + f"{'x cold':>8}{'ocr tiles':>10}")
    for n in names:
        print(f"{n:<34}" + "".join(f"{med(rows[n][c]) * 1000:9.1f}" for c in cols)
              + f"{med(rows[n]['step']) / base:7.2f}x{med(ocr_run[n]):10.0f}")
    if last is not None:
        print(f"last decision: {last.thought}; {last.extra}")


def bench_drag(model: EmbeddedModel, items: list, data: Path, reps: int) -> None:
    """Finishing a drag on the pixels (slider_at + the task's position) against the model's own decision."""
    from tilepilot.model.embedded.model import label_of
    from tilepilot.model.embedded.pointing import finish_pointing

    drags = [it for it in items if it.sample.action.action == "drag"]
    if not drags:
        print("\n5. finishing drags: no drag steps in this data")
        return
    imgs = [train._read_png(data / it.sample.frame_path) for it in drags]
    preds = [model.predict([it.features], [it.sample.instruction])[0] for it in drags]
    t_model, t_fin = [], []
    for _ in range(reps):
        t = time.perf_counter()
        for it in drags:
            model.predict([it.features], [it.sample.instruction])
        t_model.append((time.perf_counter() - t) / len(drags))
        t = time.perf_counter()
        for it, img, p in zip(drags, imgs, preds, strict=True):
            finish_pointing(p.action, img, it.sample.scale, it.sample.instruction, label_of(p, it.features))
        t_fin.append((time.perf_counter() - t) / len(drags))
    size = max(img.shape[1] for img in imgs), max(img.shape[0] for img in imgs)
    print(f"\n5. finishing a drag on the pixels, {len(drags)} drag steps (screens up to {size[0]}x{size[1]}), "
          f"median of {reps} reps")
    print(f"{'model forward + decode (float)':<40} {med(t_model) * 1000:8.2f} {1:7.2f}x")
    print(f"{'slider_at + position from the task':<40} {med(t_fin) * 1000:8.2f} {med(t_fin) / med(t_model):7.2f}x")


def bench_layout(items: list, data: Path, reps: int) -> None:
    """The ordinal and state feature parts (rows and columns + ordinal matches; candidate state) against all of
    ``featurize``, on the same screens, and the rows and columns of a dense synthetic screen (300 text boxes)."""
    import numpy as np

    from tilepilot.model.embedded.features import _state, ordinal_positions
    from tilepilot.model.embedded.features import _word_index as word_index

    enc = shared_encoder()
    imgs = [train._read_png(data / it.sample.frame_path) for it in items]
    t_feat, t_lay, t_state = [], [], []
    for _ in range(reps):
        a = b = c = 0.0
        for it, img in zip(items, imgs, strict=True):
            s, f = it.sample, it.features
            t = time.perf_counter()
            featurize(enc, s.instruction, img, s.scale, s.candidates, s.history)
            a += time.perf_counter() - t
            t = time.perf_counter()
            tw, tok = word_index(s.instruction, f.ins_off)
            ordinal_match(tw, tok, ordinal_positions(f.cand_box, f.cand_kind, f.cand_text, s.scale))
            b += time.perf_counter() - t
            t = time.perf_counter()
            _state(img, f.cand_box, s.history, s.scale)
            c += time.perf_counter() - t
        t_feat.append(a / len(items))
        t_lay.append(b / len(items))
        t_state.append(c / len(items))
    rng = np.random.default_rng(0)
    dense = np.array([(20 + c * 120, 20 + r * 28, 20 + c * 120 + rng.integers(40, 100), 38 + r * 28)
                      for r in range(30) for c in range(10)], np.float32)
    t_dense = []
    for _ in range(reps):
        t = time.perf_counter()
        positions(dense, np.zeros(len(dense), np.int64), 1.0)
        t_dense.append(time.perf_counter() - t)
    base = med(t_feat)
    print(f"\n6. ordinal and state features, mean per screen over {len(items)} items, median of {reps} reps")
    print(f"{'featurize, all of it (baseline)':<44} {base * 1000:8.2f} {1:7.2f}x")
    print(f"{'rows and columns + ordinal matches':<44} {med(t_lay) * 1000:8.2f} {med(t_lay) / base:7.2f}x")
    print(f"{'candidate state (history points, colours)':<44} {med(t_state) * 1000:8.2f} {med(t_state) / base:7.2f}x")
    print(f"{'rows and columns of 300 text boxes':<44} {med(t_dense) * 1000:8.2f} {med(t_dense) / base:7.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", type=Path, default=SHIPPED)
    ap.add_argument("--moe", type=Path, default=None, help="a mixture-of-experts checkpoint to compare")
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "heldout")
    ap.add_argument("--n", type=int, default=60, help="at most this many items (whole episodes)")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    models = load_models(args.checkpoint, args.moe)
    items = first_episodes(train.prepare(args.data), args.n)
    if not items:
        sys.exit(f"{args.data}: no samples")
    print(f"checkpoint {args.checkpoint}" + (f", moe {args.moe}" if args.moe else "")
          + f"; {len(items)} items from {args.data}")
    bench_decisions(models, items, args.data, args.reps)
    bench_accuracy(models, items)
    bench_tokens(items)
    bench_agent_step(args.checkpoint, args.reps)
    bench_drag(models["float"], train.prepare(args.data), args.data, args.reps)
    bench_layout(items, args.data, args.reps)


if __name__ == "__main__":
    main()
