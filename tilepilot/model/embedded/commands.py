"""CLI commands for the embedded model: ``tilepilot generate | train | eval``. Thin layers over the API.

Exit codes: 0 success; 1 ``eval --min-accuracy`` not reached; 2 bad input.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from tilepilot.errors import InputError, TilepilotError

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _fail(e: Exception) -> None:
    err.print(f"[red]error:[/red] {e}")
    raise typer.Exit(2 if isinstance(e, InputError) else 1) from None


def generate_cmd(
    out_dir: Path = typer.Argument(..., help="Folder for the data set (resumable)."),
    episodes: int = typer.Option(200, "--episodes", help="Episodes to generate."),
    split: str = typer.Option("train", "--split", help="train, heldout or heldout_family."),
    seed: int = typer.Option(0, "--seed"),
    workers: int = typer.Option(1, "--workers", help="Processes, each with its own Chromium."),
    ocr_share: float = typer.Option(1.0, "--ocr-share", help="Share of samples read by real OCR (the rest: DOM)."),
    families: str = typer.Option(None, "--families", help="Only these page families, comma-separated "
                                 "(e.g. slider,form; a family named twice comes twice as often): more data "
                                 "where a model is weak. Five families come only when named: edit (forms whose "
                                 "fields already hold values, 'change my X to Y'), dialog_form (a form in a "
                                 "dialog a button opens), records (rows or cards that each carry the same "
                                 "buttons: 'delete the contact X'), settings (on/off switches and menus: 'turn "
                                 "on X and save') and payment (transfer forms: 'send 25 euros to Alice with "
                                 "reference rent')."),
    shapes: str = typer.Option(None, "--shapes", help="Only episodes of these shapes, comma-separated: todo "
                               "(a to-do list added to), custom_select (a menu of divs opened by a button), "
                               "table_search (a search for a word in a table on the page), login."),
    echo: float = typer.Option(0.0, "--echo", help="Share of pages (0-1) set in an app shell: a sidebar with "
                               "a highlighted item, a title and filter pills that repeat the task's words "
                               "('create a new ticket' on a page titled Tickets). 0 keeps every seed's page."),
) -> None:
    """Generate GUI episodes in Chromium (pages, tasks, screenshots, candidates, ground-truth actions)."""
    from tilepilot.model.data import generate

    try:
        fams = [f.strip() for f in families.split(",") if f.strip()] if families else None
        shp = [x.strip() for x in shapes.split(",") if x.strip()] if shapes else None
        rep = generate(out_dir, episodes, seed=seed, split=split, workers=workers, ocr_share=ocr_share,
                       families=fams, shapes=shp, echo=echo)
    except TilepilotError as e:
        _fail(e)
    out.print(f"{out_dir}: {rep.model_dump_json()}")


def _weighted(arg: Path) -> tuple[Path, int]:
    """``DIR`` or ``DIR*N``: a data folder and how many times its samples are drawn (N a whole number >= 1)."""
    text = str(arg)
    head, star, times = text.rpartition("*")
    if not star:
        return arg, 1
    if not times.isdigit() or int(times) < 1 or not head:
        raise InputError(f"{text}: expected a data folder, or FOLDER*N with N a whole number >= 1 (how many "
                         "times its samples are drawn)")
    return Path(head), int(times)


def _items(dirs: list[Path]) -> list:
    from tilepilot.model.embedded.train import prepare

    items = []
    for arg in dirs:
        d, times = _weighted(arg)
        items += prepare(d) * times
    return items


def train_cmd(
    data: list[Path] = typer.Argument(..., help="Generated data folders (tilepilot generate); FOLDER*N draws "
                                      "that folder's samples N times as often."),
    out_dir: Path = typer.Option(Path("runs/model"), "--out", help="Checkpoints: last.pt (resume), model.pt."),
    steps: int = typer.Option(3000, "--steps"),
    batch: int = typer.Option(32, "--batch"),
    lr: float = typer.Option(1e-3, "--lr"),
    seed: int = typer.Option(0, "--seed"),
    d: int = typer.Option(128, "--d", help="Model width."),
    layers: int = typer.Option(4, "--layers"),
    moe: bool = typer.Option(False, "--moe", help="Top-2-of-8 mixture-of-experts feed-forward."),
    eval_data: list[Path] = typer.Option(None, "--eval", help="Held-out folder scored at each checkpoint."),
    eval_every: int = typer.Option(500, "--eval-every"),
    device: str = typer.Option(None, "--device", help="cpu or cuda (default: cuda when present)."),
    threads: int = typer.Option(0, "--threads", help="CPU threads (0: torch's default)."),
    workers: int = typer.Option(0, "--workers", help="Loader processes making batches (2 keep a GPU busy; the "
                                "weights come out the same)."),
    init: str = typer.Option(None, "--init", help="Start from this checkpoint's weights (or 'shipped': the model "
                             "in the package) and fine-tune; --d, --layers and --moe are then taken from it. An "
                             "ensemble (the shipped model is one) is fine-tuned member by member."),
) -> None:
    """Train the embedded model (seeded; re-running with the same --out resumes from last.pt)."""
    from tilepilot.model.embedded.net import NetConfig
    from tilepilot.model.embedded.train import TrainConfig, train

    try:
        if steps < 1 or batch < 1 or lr <= 0 or d < 8 or d % 4 or layers < 1 or workers < 0:
            raise InputError(f"--steps {steps} --batch {batch} --lr {lr} --d {d} --layers {layers} --workers "
                             f"{workers}: expected positive numbers, a width divisible by 4 and workers >= 0")
        if init is not None and init != "shipped" and not Path(init).is_file():
            raise InputError(f"--init {init}: no such checkpoint (a model.pt from tilepilot train, or 'shipped')")
        items = _items(data)
        ev = _items(eval_data) if eval_data else None
        cfg = TrainConfig(steps=steps, batch=batch, lr=lr, seed=seed, eval_every=eval_every, threads=threads,
                          workers=workers,
                          net=NetConfig(d=d, layers=layers, moe=moe, ordinal=True, state=True))
        out.print(f"training on {len(items)} samples -> {out_dir}")
        train(items, out_dir, cfg, eval_items=ev, device=device, init=init)
    except TilepilotError as e:
        _fail(e)
    out.print(f"saved {out_dir / 'model.pt'}")


def ensemble_cmd(
    checkpoints: list[Path] = typer.Argument(..., help="Two or more model.pt files (tilepilot train)."),
    out_path: Path = typer.Option(..., "--out", help="The ensemble checkpoint to write."),
) -> None:
    """Combine models trained apart into one checkpoint whose decisions average their log-probabilities
    (the shipped model is such an ensemble: see docs/model.md for what it gained and costs)."""
    from tilepilot.model.embedded.model import EmbeddedModel

    try:
        if len(checkpoints) < 2:
            raise InputError(f"{len(checkpoints)} checkpoint given: an ensemble needs two or more")
        model = EmbeddedModel.combine([EmbeddedModel.load(p) for p in checkpoints])
        model.save(out_path)
    except TilepilotError as e:
        _fail(e)
    out.print(f"saved {out_path}: an ensemble of {len(model.nets)} networks")


def eval_cmd(
    data: list[Path] = typer.Argument(None, help="Generated data folders to score."),
    checkpoint: Path = typer.Option(None, "--checkpoint", help="model.pt to score (default: the shipped model)."),
    int8: bool = typer.Option(False, "--int8", help="Score the dynamically quantized int8 model."),
    live: int = typer.Option(0, "--live", help="Instead: run N generated episodes closed-loop in Chromium."),
    split: str = typer.Option("heldout", "--split", help="Split of the --live episodes."),
    seed: int = typer.Option(0, "--seed", help="Seed of the --live episodes."),
    families: str = typer.Option(None, "--families", help="Only these page families in the --live episodes, "
                                 "comma-separated, taken in turn (as `tilepilot generate --families`)."),
    min_accuracy: float = typer.Option(None, "--min-accuracy", help="Exit 1 below this step accuracy."),
    json_out: Path = typer.Option(None, "--json", help="Write the scores as JSON."),
) -> None:
    """Score a model on generated episodes: step accuracy (by action, by page family) and episode success with
    the ground truth before each step, or with --live, the share of whole episodes it completes by itself."""
    from tilepilot.model.embedded.model import EmbeddedModel
    from tilepilot.model.embedded.train import evaluate

    if live:
        fams = [f.strip() for f in families.split(",") if f.strip()] if families else None
        _live(checkpoint, int8, live, split, seed, min_accuracy, json_out, fams)
        return
    try:
        if not data:
            raise InputError("name generated data folders to score, or --live N")
        model = EmbeddedModel.load(checkpoint, quantize=int8)
        items = _items(data)
        if not items:
            raise InputError(f"{', '.join(map(str, data))}: no samples")
        r = evaluate(model, items, batch=1)
        per = r["model_seconds"] / len(items)
    except TilepilotError as e:
        _fail(e)
    t = Table(title=f"{'int8' if int8 else 'float'} model on {len(items)} steps, {r['episodes']} episodes")
    t.add_column("group")
    t.add_column("accuracy", justify="right")
    t.add_column("steps", justify="right")
    for kind, rows in (("action", r["by_action"]), ("family", r["by_family"])):
        for k, (acc, n) in rows.items():
            t.add_row(f"{kind}: {k}", f"{acc:.3f}", str(n))
    out.print(t)
    out.print(f"step accuracy {r['step_accuracy']:.4f}  episode success {r['episode_success']:.4f}  "
              f"model time {per * 1000:.1f} ms/step (features precomputed)")
    if json_out:
        keep = {k: v for k, v in r.items() if k not in ("predictions", "decisions", "correct")}
        json_out.write_text(json.dumps({**keep, "ms_per_step": per * 1000}, indent=2))
    if min_accuracy is not None and r["step_accuracy"] < min_accuracy:
        err.print(f"step accuracy {r['step_accuracy']:.4f} is below --min-accuracy {min_accuracy}")
        raise typer.Exit(1)


def _live(checkpoint: Path | None, int8: bool, n: int, split: str, seed: int, min_success: float | None,
          json_out: Path | None, families: list[str] | None = None) -> None:
    from tilepilot.model.embedded.live import live_evaluate
    from tilepilot.model.embedded.policy import EmbeddedPolicy

    try:
        if n < 0 or split not in ("train", "heldout", "heldout_family"):
            raise InputError(f"--live {n} --split {split}: expected N >= 0 and train, heldout or heldout_family")
        if families and split == "heldout_family":
            raise InputError("--families with --split heldout_family: that split is one family; use train or heldout")
        r = live_evaluate(EmbeddedPolicy(checkpoint, quantize=int8), n, split=split, seed=seed, progress=True,
                          families=families)
    except TilepilotError as e:
        _fail(e)
    for k, (acc, m) in r["by_family"].items():
        out.print(f"  {k:15s} {acc:.3f} of {m}")
    fams = f", families {','.join(families)}" if families else ""
    out.print(f"live episode success {r['success']:.4f} over {r['episodes']} episodes ({split}, seed {seed}{fams})")
    if json_out:
        json_out.write_text(json.dumps(r, indent=2))
    if min_success is not None and r["success"] < min_success:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("generate")(generate_cmd)
    app.command("train")(train_cmd)
    app.command("ensemble")(ensemble_cmd)
    app.command("eval")(eval_cmd)
