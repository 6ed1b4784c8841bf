"""Generate a data set of GUI episodes: JSONL shards of samples plus PNG screenshots, resumable.

Layout of ``out_dir``::

    manifest.json                 what was asked for (split, seed, heldout family, ocr share)
    samples-00000.jsonl ...       one Sample per line; an episode's lines are written together
    failed.jsonl                  episodes dropped because a ground-truth step did not take effect
    frames/<episode_id>/NN.png    the screenshot each sample was taken on

Split rules: ``train`` draws training families, words, themes and layouts; ``heldout`` draws the same
families with held-out words, themes (accent hues) and layouts; ``heldout_family`` draws only the held-out
family, with training words and themes, so that its score measures the family alone. Episode seeds are
hashes of (split, seed, index), so no held-out episode shares a seed with a training one.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from tilepilot.errors import InputError
from tilepilot.model.data.episode import ChromiumHost, EpisodeResult, EpisodeRunner
from tilepilot.model.data.pages import FAMILIES, HELDOUT_FAMILY, OPT_IN_FAMILIES, PageSpec, make_page
from tilepilot.model.data.sample import Sample

SplitName = Literal["train", "heldout", "heldout_family"]
SPLITS = ("train", "heldout", "heldout_family")
FORMAT_VERSION = 1


class Manifest(BaseModel):
    version: int = FORMAT_VERSION
    split: SplitName
    seed: int
    heldout_family: str
    ocr_share: float
    shard_size: int
    families: list[str] | None = None  # only these page families (None: all training families)
    shapes: list[str] | None = None  # only episodes of these shapes (None: every episode; see SHAPES)
    echo: float = 0.0  # chance of an app shell that repeats the task's words (pages.make_page)


class GenerateReport(BaseModel):
    out_dir: str
    episodes_written: int
    episodes_skipped: int  # already finished by an earlier run
    episodes_failed: int
    samples_written: int
    families: dict[str, int]


def episode_seed(split: str, seed: int, index: int) -> int:
    h = hashlib.blake2b(f"{split}|{seed}|{index}".encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") >> 1


def episode_id(split: str, seed: int, index: int) -> str:
    return f"{split}-{seed}-{index:06d}"


def page_for(split: SplitName, seed: int, index: int, heldout_family: str = HELDOUT_FAMILY,
             families: list[str] | None = None, echo: float = 0.0) -> PageSpec:
    """The page and task of episode ``index`` of a split (pure, no browser). ``families`` limits the train and
    heldout splits to those page families, taken in turn (more data where a model is weak); ``echo`` is the
    chance of an app shell whose navigation and title repeat the task's words (``make_page``)."""
    if not 0 <= echo <= 1:
        raise InputError(f"echo {echo}: expected a share from 0 to 1")
    if split not in SPLITS:
        raise InputError(f"split {split!r}: expected one of {', '.join(SPLITS)}")
    if heldout_family not in FAMILIES:
        raise InputError(f"heldout_family {heldout_family!r}: expected one of {', '.join(FAMILIES)}")
    es = episode_seed(split, seed, index)
    if split == "heldout_family":
        return make_page(es, "train", family=heldout_family, heldout_family=heldout_family, echo=echo)
    family = None
    if families:
        bad = [f for f in families if f not in FAMILIES + OPT_IN_FAMILIES or f == heldout_family]
        if bad:
            allowed = [f for f in FAMILIES + OPT_IN_FAMILIES if f != heldout_family]
            raise InputError(f"families {bad}: expected some of {', '.join(allowed)} (the held-out family "
                             f"{heldout_family!r} belongs to the heldout_family split)")
        family = families[index % len(families)]
    return make_page(es, "heldout" if split == "heldout" else "train", family=family, heldout_family=heldout_family,
                     echo=echo)


# Shapes of episode within a family, told apart on the page and task alone (no browser): a data set of only
# these is where a model is weak on them (``--shapes todo,custom_select``). Each takes the episodes of its
# family in their order among all indices, so a set is reproducible from (split, seed, families, shapes).
SHAPES: dict[str, Callable[[PageSpec], bool]] = {
    # a to-do list added to: type the item, then the Add button (or Enter)
    "todo": lambda s: s.family == "list" and "data-add=" in s.html and s.task.steps[0].kind == "type",
    # a custom dropdown: a button that opens a menu of divs, clicked open, then the option
    "custom_select": lambda s: s.family == "select" and s.task.steps[0].kind == "click",
    # a search for a word that is already in a table on the page: type it, don't click the cell
    "table_search": lambda s: s.family == "search" and "<td>" in s.html,
    "login": lambda s: s.family == "login",
}


def _check_shapes(shapes: list[str] | None) -> None:
    bad = [x for x in shapes or [] if x not in SHAPES]
    if bad:
        raise InputError(f"shapes {bad}: expected some of {', '.join(SHAPES)}")


def source_indices(split: SplitName, seed: int, n: int, heldout_family: str = HELDOUT_FAMILY,
                   families: list[str] | None = None, shapes: list[str] | None = None,
                   echo: float = 0.0) -> list[int]:
    """The first ``n`` episode indices of the split whose page is one of ``shapes`` (all indices without
    shapes). An episode keeps its index's id and seed, so a shape-only set never repeats a full set's episodes
    under other names."""
    if not shapes:
        return list(range(n))
    _check_shapes(shapes)
    tests = [SHAPES[x] for x in shapes]
    out: list[int] = []
    i = 0
    while len(out) < n:
        if i >= 50 * n + 1000:
            raise InputError(f"shapes {shapes} with families {families}: found {len(out)} of {n} episodes in "
                             f"{i} pages; expected those families to make these shapes")
        spec = page_for(split, seed, i, heldout_family, families, echo)
        if any(t(spec) for t in tests):
            out.append(i)
        i += 1
    return out


# -- workers --------------------------------------------------------------------------------------------
_runner: EpisodeRunner | None = None


def _init_worker(out_dir: str, ocr_share: float, host: ChromiumHost | None = None, ocr: Any = None) -> None:
    global _runner
    _runner = EpisodeRunner(out_dir, ocr=ocr, ocr_share=ocr_share, host=host)


def _run_index(args: tuple[str, int, int, str, list[str] | None, float]) -> tuple[int, str, EpisodeResult]:
    split, seed, index, heldout_family, families, echo = args
    assert _runner is not None
    spec = page_for(split, seed, index, heldout_family, families, echo)  # type: ignore[arg-type]
    return index, spec.family, _runner.run(spec, episode_id(split, seed, index), split)


# -- shards ---------------------------------------------------------------------------------------------
def _shards(out: Path) -> list[Path]:
    return sorted(out.glob("samples-*.jsonl"))


def _finished(out: Path) -> set[str]:
    """Episode ids whose samples are all on disk (or that failed); drops partly written episodes."""
    done: set[str] = set()
    for shard in _shards(out):
        lines = shard.read_text().splitlines()
        counts: Counter[str] = Counter()
        need: dict[str, int] = {}
        parsed = []
        for line in lines:
            try:
                d = json.loads(line)
                eid = d["episode_id"]
                counts[eid] += 1
                need[eid] = d["n_steps"]
                parsed.append((eid, line))
            except (json.JSONDecodeError, KeyError, TypeError):
                parsed.append((None, line))
        complete = {e for e in counts if counts[e] == need[e]}
        if any(e not in complete for e, _ in parsed):
            shard.write_text("".join(line + "\n" for e, line in parsed if e in complete))
        done |= complete
    failed = out / "failed.jsonl"
    if failed.exists():
        for line in failed.read_text().splitlines():
            try:
                done.add(json.loads(line)["episode_id"])
            except (json.JSONDecodeError, KeyError):
                continue
    return done


def _write(out: Path, index: int, shard_size: int, eid: str, res: EpisodeResult) -> None:
    if res.failure is not None:
        with open(out / "failed.jsonl", "a") as f:
            f.write(json.dumps({"episode_id": eid, "reason": res.failure}) + "\n")
        return
    text = "".join(s.model_dump_json() + "\n" for s in res.samples)
    with open(out / f"samples-{index // shard_size:05d}.jsonl", "a") as f:
        f.write(text)
        f.flush()


def generate(out_dir: str | Path, n_episodes: int, seed: int = 0, split: SplitName = "train", workers: int = 1,
             ocr_share: float = 1.0, heldout_family: str = HELDOUT_FAMILY, shard_size: int = 256,
             progress: bool = True, host: ChromiumHost | None = None, ocr: Any = None,
             families: list[str] | None = None, shapes: list[str] | None = None, echo: float = 0.0) -> GenerateReport:
    """Generate episodes ``0 .. n_episodes-1`` of ``split`` into ``out_dir``; finished ones are skipped, so
    an interrupted run continues where it stopped. With one worker, ``host`` (a running Chromium) and
    ``ocr`` (an ``OcrEngine``, keeping its tile cache) are reused when given. ``families``: only these page
    families (see ``page_for``); ``shapes``: only episodes of these shapes (``SHAPES``, ``source_indices``);
    ``echo``: the share of pages in an app shell that repeats the task's words (``make_page``)."""
    if n_episodes < 0 or workers < 1 or not 0 <= ocr_share <= 1 or shard_size < 1:
        raise InputError(f"n_episodes={n_episodes}, workers={workers}, ocr_share={ocr_share}, "
                         f"shard_size={shard_size}: expected n >= 0, workers >= 1, 0 <= ocr_share <= 1, shards >= 1")
    families = list(families) if families else None
    shapes = list(shapes) if shapes else None
    page_for(split, seed, 0, heldout_family, families, echo)  # validates split, families and echo
    order = source_indices(split, seed, n_episodes, heldout_family, families, shapes, echo)  # and shapes
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(split=split, seed=seed, heldout_family=heldout_family, ocr_share=ocr_share,
                        shard_size=shard_size, families=families, shapes=shapes, echo=echo)
    mpath = out / "manifest.json"
    if mpath.exists():
        old = Manifest.model_validate_json(mpath.read_text())
        if old.model_dump(exclude={"ocr_share"}) != manifest.model_dump(exclude={"ocr_share"}):
            raise InputError(f"{out} already holds a different data set ({old.model_dump()}); "
                             "use another directory or the same split, seed, held-out family, families, shapes, echo")
    else:
        mpath.write_text(manifest.model_dump_json(indent=2))
    done = _finished(out)
    slot = {i: k for k, i in enumerate(order)}  # the k-th episode of the set goes to shard k // shard_size
    todo = [i for i in order if episode_id(split, seed, i) not in done]
    per_family: Counter[str] = Counter()
    written = failed = samples = 0

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    cols = (TextColumn(f"generating {split}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*cols, disable=not progress) as bar:
        task = bar.add_task(split, total=len(todo))
        jobs = [(split, seed, i, heldout_family, families, echo) for i in todo]

        def take(index: int, family: str, res: EpisodeResult) -> None:
            nonlocal written, failed, samples
            _write(out, slot[index], shard_size, episode_id(split, seed, index), res)
            if res.failure is None:
                written += 1
                samples += len(res.samples)
                per_family[family] += 1
            else:
                failed += 1
            bar.advance(task)

        if workers == 1 or len(jobs) <= 1:
            _init_worker(str(out), ocr_share, host, ocr)
            try:
                for job in jobs:
                    take(*_run_index(job))
            finally:
                global _runner
                if _runner is not None:
                    _runner.close()
                    _runner = None
        else:
            import multiprocessing as mp

            with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=_init_worker,
                                     initargs=(str(out), ocr_share)) as ex:
                for r in ex.map(_run_index, jobs, chunksize=1):
                    take(*r)
    return GenerateReport(out_dir=str(out), episodes_written=written, episodes_skipped=n_episodes - len(todo),
                          episodes_failed=failed, samples_written=samples, families=dict(per_family))


def iter_samples(data_dir: str | Path):
    """Samples of a generated data set, shard by shard, in the order they were written."""
    for shard in _shards(Path(data_dir)):
        with open(shard) as f:
            for line in f:
                if line.strip():
                    yield Sample.model_validate_json(line)


def load_samples(data_dir: str | Path) -> list[Sample]:
    """All samples of a generated data set (``frame_path`` is relative to ``data_dir``)."""
    data = Path(data_dir)
    if not (data / "manifest.json").exists():
        raise InputError(f"{data}: not a generated data set (no manifest.json); run generate() first")
    return list(iter_samples(data))
