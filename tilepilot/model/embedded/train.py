"""Training and evaluation of the embedded model on generated episodes (``tilepilot.model.data``).

``prepare`` turns a data directory into features once (cached beside the data, extended when the directory
grows); ``train`` is seeded, shows progress, checkpoints and resumes; ``evaluate`` scores step accuracy the
way a user would (the click lands inside the target, the typed text and keys are exactly right) and
episode success (every step of an episode right).
"""

from __future__ import annotations

import math
import os
import pickle
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import torch

from tilepilot.actions.schema import Action
from tilepilot.errors import InputError
from tilepilot.model.data.components import candidates_from, positives
from tilepilot.model.data.generate import load_samples
from tilepilot.model.data.sample import Sample
from tilepilot.model.embedded.features import Features, Labels, featurize, labels_for
from tilepilot.model.embedded.model import EmbeddedModel, Prediction, label_of, text_box_of
from tilepilot.model.embedded.net import NetConfig, TilePilotNet, collate, loss_fn
from tilepilot.model.embedded.pointing import finish_pointing, needs_pixels
from tilepilot.model.embedded.text import TextEncoder, shared_encoder

CACHE = "features-v14.pkl"


@dataclass
class Item:
    sample: Sample
    features: Features
    labels: Labels
    frame: Path | None = None  # the screenshot, for decisions finished in pixels (a drag onto a slider)


def _read_png(path: Path) -> np.ndarray:
    img = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if img is None:
        raise InputError(f"{path}: missing or unreadable screenshot")
    return cv2.cvtColor(img, cv2.COLOR_BGR2RGB)


def prepare(data_dir: str | Path, enc: TextEncoder | None = None, progress: bool = True) -> list[Item]:
    """Features and labels for every sample under ``data_dir``; cached in ``features-v14.pkl`` there."""
    d = Path(data_dir)
    if not (d / "manifest.json").is_file():
        raise InputError(f"{d}: not a generated data directory (no manifest.json); make one with "
                         "tilepilot.model.data.generate")
    samples = load_samples(d)
    cache_path = d / CACHE
    cached: dict[tuple[str, int], Item] = {}
    if cache_path.is_file():
        with cache_path.open("rb") as fh:
            cached = {(it.sample.episode_id, it.sample.step): it for it in pickle.load(fh)}
    todo = [s for s in samples if (s.episode_id, s.step) not in cached]
    if todo:
        enc = enc or shared_encoder()
        t0 = time.time()
        for k, s in enumerate(todo):
            img = _read_png(d / s.frame_path)
            s = current_candidates(s, img)
            f = featurize(enc, s.instruction, img, s.scale, s.candidates, s.history)
            cached[(s.episode_id, s.step)] = Item(s, f, labels_for(s, f))
            if progress and (k + 1) % 200 == 0:
                print(f"  features {k + 1}/{len(todo)} ({(time.time() - t0) / (k + 1) * 1000:.0f} ms each)",
                      flush=True)
        tmp = cache_path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(list(cached.values()), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_path)
    items = [cached[(s.episode_id, s.step)] for s in samples]
    for it in items:
        it.frame = d / it.sample.frame_path
    return items


def current_candidates(s: Sample, img: np.ndarray) -> Sample:
    """The sample with its pixel-only candidates (and so its positives) found again by today's
    ``candidates_from``: old data sets keep their text boxes (OCR or DOM) and get the detectors' fixes."""
    texts = [c for c in s.candidates if c.kind == "text"]
    cands = candidates_from(img, texts)
    return s.model_copy(update={"candidates": cands, "positives": positives(cands, s.target_box)})


# ---------------------------------------------------------------------------------------------- training
@dataclass
class TrainConfig:
    steps: int = 3000
    batch: int = 32
    lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: int = 100
    seed: int = 0
    eval_every: int = 500
    threads: int = 0  # 0: torch's default
    workers: int = 0  # loader processes making batches beside the training one (0: made in it)
    aug_drop: float = 0.15  # share of candidates (not the targets) dropped, as if perception missed them
    aug_jitter: float = 1.0  # box jitter, CSS px (standard deviation)
    aug_text_noise: float = 0.5  # noise on candidates' text vectors (relative to their unit norm): OCR misreads
    fresh_lr_mult: float = 10.0  # learning-rate factor for the inputs an older network gains when fine-tuned
    net: NetConfig = field(default_factory=lambda: NetConfig(ordinal=True, state=True))


def _augment(it: Item, rng: random.Random, cfg: TrainConfig | None = None) -> tuple[Features, Labels]:
    """Noise a real screen has and a generated one may lack: jittered boxes, missing candidates, misread text."""
    cfg = cfg or TrainConfig()
    f, lb = it.features, it.labels
    n = len(f.cand_box)
    keep = np.ones(n, bool)
    needed = lb.ptr[:n] | lb.end[:n]
    for i in range(n):
        if not needed[i] and rng.random() < cfg.aug_drop:
            keep[i] = False
    s = f.scale
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    jit = nrng.normal(0, cfg.aug_jitter * s, (n, 4)).astype(np.float32)
    emb = f.cand_emb
    if cfg.aug_text_noise > 0 and n:
        has_text = np.abs(emb).sum(-1, keepdims=True) > 0
        noise = nrng.normal(0, cfg.aug_text_noise / np.sqrt(emb.shape[-1]), emb.shape).astype(np.float32)
        emb = emb + noise * has_text
        emb = emb / np.maximum(np.linalg.norm(emb, axis=-1, keepdims=True), 1e-6) * has_text
    tok = np.concatenate([keep, np.ones(len(f.patch_box), bool)])
    f2 = replace(f, cand_box=(f.cand_box + jit)[keep], cand_kind=f.cand_kind[keep], cand_emb=emb[keep],
                 cand_crop=f.cand_crop[keep], cand_match=f.cand_match[keep], cand_phrase=f.cand_phrase[keep],
                 cand_ord=f.cand_ord[keep], cand_state=f.cand_state[keep],
                 cand_text=[t for t, k in zip(f.cand_text, keep, strict=True) if k])
    lb2 = replace(lb, ptr=lb.ptr[tok], ptr_off=lb.ptr_off[tok], end=lb.end[tok], end_off=lb.end_off[tok])
    return f2, lb2


def batch_at(items: list[Item], step: int, cfg: TrainConfig, keys: list[str]) -> dict[str, torch.Tensor]:
    """The training batch of ``step``: drawn and augmented by an RNG seeded with (seed, step) alone, so a run
    is the same whether batches are made in loader processes or not, and a resumed one continues exactly."""
    rng = random.Random(f"{cfg.seed}:{step}")
    batch = [_augment(items[rng.randrange(len(items))], rng, cfg) for _ in range(cfg.batch)]
    return collate([b[0] for b in batch], [b[1] for b in batch], keys)


class _Batches(torch.utils.data.IterableDataset):
    """Batches ``start .. stop-1``, worker w of W making every W-th; the loader takes them from its workers in
    turn, so they arrive in step order."""

    def __init__(self, items: list[Item], cfg: TrainConfig, keys: list[str], start: int, stop: int) -> None:
        self.items, self.cfg, self.keys, self.start, self.stop = items, cfg, keys, start, stop

    def __iter__(self):
        wi = torch.utils.data.get_worker_info()
        w, n = (wi.id, wi.num_workers) if wi else (0, 1)
        for step in range(self.start + w, self.stop, n):
            yield batch_at(self.items, step, self.cfg, self.keys)


def _batches(items: list[Item], cfg: TrainConfig, keys: list[str], start: int, stop: int):
    """Batches in step order: made here, or by ``cfg.workers`` loader processes (on a GPU the network waits
    for one process making them; the device runs measured 7.6-9.6 steps/s each with two)."""
    data = _Batches(items, cfg, keys, start, stop)
    if cfg.workers < 1:
        return iter(data)
    return iter(torch.utils.data.DataLoader(
        data, batch_size=None, num_workers=cfg.workers, prefetch_factor=4, worker_init_fn=_one_thread,
        generator=torch.Generator().manual_seed(cfg.seed)))  # its own: the run's torch RNG stays untouched


def _one_thread(_: int) -> None:
    torch.set_num_threads(1)


def key_vocab(items: list[Item]) -> list[str]:
    c = Counter(it.labels.key for it in items if it.labels.key)
    return sorted(c) or ["Enter"]


def train(items: list[Item], out_dir: str | Path, cfg: TrainConfig | None = None,
          eval_items: list[Item] | None = None, progress: bool = True, device: str | None = None,
          until: int | None = None, init: str | Path | None = None) -> EmbeddedModel:
    """Train from scratch or resume from ``out_dir/last.pt``; writes ``last.pt`` (resumable) and
    ``model.pt`` (the float model, for ``EmbeddedModel.load``). ``until`` stops early at that step (the learning
    rate schedule still spans ``cfg.steps``), so a long run can be done in time-boxed pieces. ``init`` starts
    from a model's weights (a checkpoint path, or "shipped") instead of random ones: fine-tuning, with that
    model's architecture and key vocabulary; ``cfg.net`` is then ignored, except that a network trained before
    ordinal matching or candidate state gains them (``upgraded``) when ``cfg.net`` asks for them. An ensemble
    (the shipped model is one) is fine-tuned member by member, each in ``out_dir/member<k>`` (resumable), then
    combined again."""
    cfg = cfg or TrainConfig()
    if not items:
        raise InputError("no training samples: generate some with tilepilot.model.data.generate")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if init is not None:
        base = EmbeddedModel.load(None if str(init) == "shipped" else init)
        if len(base.nets) > 1:
            parts, metas = [], base.meta.get("members", [])
            for k, net in enumerate(base.nets):
                start = out / f"member{k}" / "init.pt"
                EmbeddedModel(net, metas[k] if len(metas) == len(base.nets) else {}).save(start)
                if progress:
                    print(f"member {k + 1} of {len(base.nets)}", flush=True)
                parts.append(train(items, out / f"member{k}", cfg, eval_items, progress, device, until, start))
            model = EmbeddedModel.combine(parts)
            model.save(out / "model.pt")
            return model
    dev = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    fresh: list[str] = []  # parameters an older network gained here: they learn faster (cfg.fresh_lr_mult)
    if init is not None:
        net_cfg, net = base.cfg, base.net
        if (cfg.net.ordinal and not net_cfg.ordinal) or (cfg.net.state and not net_cfg.state):
            before = set(net.state_dict())
            net_cfg, net = upgraded(net, cfg.net.ordinal or net_cfg.ordinal, cfg.net.state or net_cfg.state)
            fresh = [k for k in net.state_dict() if k not in before]
        net = net.to(dev)
    else:
        net_cfg = replace(cfg.net, keys=key_vocab(items))
        net = TilePilotNet(net_cfg).to(dev)
    opt = _optimizer(net, cfg, fresh)
    step = 0
    ckpt = out / "last.pt"
    if ckpt.is_file():
        st = torch.load(ckpt, map_location=dev, weights_only=False)
        net_cfg = NetConfig(**st["config"])
        net = TilePilotNet(net_cfg).to(dev)
        net.load_state_dict(st["state"])
        fresh = st.get("fresh", [])
        opt = _optimizer(net, cfg, fresh)
        opt.load_state_dict(st["opt"])
        step = st["step"]
        torch.set_rng_state(st["torch_rng"])
        if progress:
            print(f"resumed from {ckpt} at step {step}", flush=True)
    history: list[dict[str, Any]] = []
    t0 = time.time()
    stop = min(cfg.steps, until) if until else cfg.steps
    batches = _batches(items, cfg, net_cfg.keys, step, stop)
    while step < stop:
        net.train()
        bt = {k: v.to(dev, non_blocking=True) for k, v in next(batches).items()}
        lr = cfg.lr * min(1.0, (step + 1) / cfg.warmup) * 0.5 * (1 + math.cos(math.pi * step / cfg.steps))
        for g in opt.param_groups:
            g["lr"] = lr * g["lr_mult"]
        loss, parts = loss_fn(net(bt), bt, net.aux_loss() if net_cfg.moe else None)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        step += 1
        history.append({"step": step, "loss": float(loss.detach()), **parts})
        if progress and (step % 50 == 0 or step == cfg.steps):
            rate = step / max(time.time() - t0, 1e-6)
            print(f"step {step}/{cfg.steps} loss {float(loss.detach()):.3f} "
                  + " ".join(f"{k} {v:.2f}" for k, v in parts.items()) + f" lr {lr:.2e} ({rate:.1f} steps/s)",
                  flush=True)
        if step % cfg.eval_every == 0 or step == stop:
            torch.save({"config": net_cfg.to_dict(), "state": net.state_dict(), "opt": opt.state_dict(),
                        "fresh": fresh, "step": step, "torch_rng": torch.get_rng_state()},
                       str(ckpt) + ".tmp")
            Path(str(ckpt) + ".tmp").replace(ckpt)
            if eval_items and progress:
                m = EmbeddedModel(_cpu_copy(net, net_cfg))
                r = evaluate(m, eval_items)
                print(f"  eval at step {step}: step accuracy {r['step_accuracy']:.3f}, "
                      f"episode success {r['episode_success']:.3f}", flush=True)
    meta = {"train_steps": step, "seed": cfg.seed, "samples": len(items)}
    if init is not None:
        meta["init"] = str(init)
        if base.meta:
            meta["before"] = base.meta  # the lineage of the weights fine-tuned here
    model = EmbeddedModel(_cpu_copy(net, net_cfg), meta)
    model.save(out / "model.pt")
    return model


def upgraded(net: TilePilotNet, ordinal: bool = True, state: bool = True) -> tuple[NetConfig, TilePilotNet]:
    """A network trained before ordinal matching (``layout.ordinal_match``) or candidate state
    (``features._state``), given them: the same weights, the new ones at zero, so it makes the same decisions
    until fine-tuning teaches it to use them."""
    cfg = replace(net.cfg, ordinal=ordinal, state=state)
    new = TilePilotNet(cfg)
    missing, unexpected = new.load_state_dict(net.state_dict(), strict=False)
    if unexpected or any(not (k.startswith(("ord_summary.", "state.", "ins_seen.")) or k.endswith(".ord"))
                         for k in missing):
        raise InputError(f"cannot give this network the new inputs (missing {missing}, unexpected {unexpected})")
    return cfg, new


def _optimizer(net: TilePilotNet, cfg: TrainConfig, fresh: list[str]) -> torch.optim.Optimizer:
    """AdamW; the ``fresh`` parameters (zero-initialised inputs an older network gained) in a group of their own
    whose learning rate is ``cfg.fresh_lr_mult`` times the rest: at a fine-tuning rate they would otherwise move
    too little in a short run to matter (an attention bias needs to reach the size of the lexical one, ~1.5)."""
    named = dict(net.named_parameters())
    groups = [{"params": [p for k, p in named.items() if k not in fresh], "lr_mult": 1.0}]
    if fresh:
        groups.append({"params": [named[k] for k in fresh if k in named], "lr_mult": cfg.fresh_lr_mult})
    return torch.optim.AdamW(groups, lr=cfg.lr, weight_decay=cfg.weight_decay)


def _cpu_copy(net: TilePilotNet, cfg: NetConfig) -> TilePilotNet:
    c = TilePilotNet(cfg)
    c.load_state_dict({k: v.detach().cpu() for k, v in net.state_dict().items()})
    return c.eval()


# ---------------------------------------------------------------------------------------------- evaluation
def _inside(p: Any, box: tuple[float, float, float, float] | None, pad: float = 0.0) -> bool:
    if box is None or p is None:
        return False
    return box[0] - pad <= p.x <= box[2] + pad and box[1] - pad <= p.y <= box[3] + pad


def correct(pred: Action, s: Sample) -> bool:
    """A user's notion of a right step: same action; the point inside the target; exact text and keys."""
    gt = s.action
    if pred.action != gt.action:
        return False
    if gt.action in ("click", "double_click", "right_click"):
        return _inside(pred.target, s.target_box)
    if gt.action == "type":
        into_ok = s.target_box is None or _inside(pred.into, s.target_box)
        return into_ok and pred.text == gt.text
    if gt.action == "key":
        return [k.lower() for k in pred.keys] == [k.lower() for k in gt.keys]
    if gt.action == "scroll":
        return pred.direction == gt.direction
    if gt.action == "drag":
        tol = 24 * s.scale
        return (_inside(pred.start, s.target_box, 4 * s.scale) and abs(pred.end.x - gt.end.x) <= tol
                and abs(pred.end.y - gt.end.y) <= tol)
    return True


def evaluate(model: EmbeddedModel, items: list[Item], batch: int = 32) -> dict[str, Any]:
    """Step accuracy, per action and per family, and teacher-forced episode success."""
    preds: list[Prediction] = []
    t0 = time.perf_counter()
    for i in range(0, len(items), batch):
        chunk = items[i:i + batch]
        preds += model.predict([it.features for it in chunk], [it.sample.instruction for it in chunk])
    model_seconds = time.perf_counter() - t0
    for p, it in zip(preds, items, strict=True):  # as the policy does: pointing at a slider or at words in a
        label = label_of(p, it.features)  # longer line is finished on the pixels (read only when that may matter)
        box = text_box_of(p, it.features)
        if it.frame is not None and needs_pixels(p.action, it.sample.instruction, label, box):
            p.action = finish_pointing(p.action, _read_png(it.frame), it.sample.scale, it.sample.instruction, label,
                                       box)
    ok = [correct(p.action, it.sample) for p, it in zip(preds, items, strict=True)]
    by_action: dict[str, list[bool]] = defaultdict(list)
    by_family: dict[str, list[bool]] = defaultdict(list)
    episodes: dict[str, list[bool]] = defaultdict(list)
    for k, it in zip(ok, items, strict=True):
        by_action[it.sample.action.action].append(k)
        by_family[it.sample.family].append(k)
        episodes[it.sample.episode_id].append(k)
    acc = {k: (sum(v) / len(v), len(v)) for k, v in sorted(by_action.items())}
    fam = {k: (sum(v) / len(v), len(v)) for k, v in sorted(by_family.items())}
    return {"samples": len(items), "step_accuracy": sum(ok) / max(len(ok), 1),
            "episode_success": sum(all(v) for v in episodes.values()) / max(len(episodes), 1),
            "episodes": len(episodes), "model_seconds": model_seconds, "by_action": acc, "by_family": fam,
            "predictions": [p.action for p in preds], "decisions": preds, "correct": ok}


def decisions_agree(a: list[Prediction], b: list[Prediction], tol: float = 8.0) -> float:
    """Share of decisions two models make alike: the same action on the same target (candidate or patch), the
    same text, keys, direction and amount, and points within ``tol`` frame pixels (4 CSS px at scale 2)."""
    same = 0
    for x, y in zip(a, b, strict=True):
        same += x.target_index == y.target_index and _alike(x.action.model_dump(), y.action.model_dump(), tol)
    return same / max(len(a), 1)


def _alike(x: Any, y: Any, tol: float) -> bool:
    if isinstance(x, dict) and isinstance(y, dict):
        return x.keys() == y.keys() and all(_alike(x[k], y[k], tol) for k in x)
    if isinstance(x, float) and isinstance(y, float):
        return abs(x - y) <= tol
    return x == y
