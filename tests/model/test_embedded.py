"""The embedded default model: trains (loss falls, resume is exact), round-trips, quantizes, and the shipped
checkpoint scores on a small evaluation set generated here in real Chromium with real OCR."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from tilepilot.actions.browser import Browser
from tilepilot.agent.loop import Agent
from tilepilot.model.data import generate
from tilepilot.model.embedded.features import ACTIONS, AMOUNTS, DIRECTIONS
from tilepilot.model.embedded.model import (
    SHIPPED,
    EmbeddedModel,
    _span,
    clause_breaks,
    clause_count,
    into_field,
    longer_name,
    typed_bounds,
)
from tilepilot.model.embedded.net import NetConfig, TilePilotNet, collate, loss_fn
from tilepilot.model.embedded.policy import EmbeddedPolicy, mask_secrets
from tilepilot.model.embedded.text import shared_encoder
from tilepilot.model.embedded.train import TrainConfig, decisions_agree, evaluate, prepare, train

pytestmark = [pytest.mark.browser]
ROOT = Path(__file__).resolve().parents[2]
CI_EPISODES, CI_SEED = 20, 2026  # the fixed evaluation set: held-out split, real OCR on every screen


@pytest.fixture(scope="module")
def eval_items(tmp_path_factory, chromium):
    d = tmp_path_factory.mktemp("evalset")
    generate(d, CI_EPISODES, seed=CI_SEED, split="heldout", ocr_share=1.0, progress=False)
    items = prepare(d, progress=False)
    assert len(items) >= 2 * CI_EPISODES
    return items


@pytest.fixture(scope="module")
def shipped():
    assert SHIPPED.is_file() and SHIPPED.stat().st_size < 30e6
    return EmbeddedModel.load(), EmbeddedModel.load(quantize=True)  # the default (float), int8


def test_shipped_model_scores_on_generated_heldout_episodes(eval_items, shipped):
    """Issue 4's goal for this set: >= 0.90 of the steps. The shipped ensemble scores 0.941 (48 of 51 steps; 85% of
    the 20 episodes; the weights before it scored 48 too, but 23% of the settings episodes: docs/model.md), drags
    and clicks finished on the pixels included, as the policy does. The set holds ordinals
    ("switch to the second tab", "pick the last entry"); the shipped networks miss those two here. The bar is
    the issue's, two steps below the score, so a worse checkpoint or decoder fails here."""
    assert len(shipped[0].nets) == 3
    assert all(n.cfg.ordinal and n.cfg.state for n in shipped[0].nets)
    r = evaluate(shipped[0], eval_items)
    print({k: r[k] for k in ("step_accuracy", "episode_success", "by_action")})
    assert r["step_accuracy"] >= 0.90


def test_int8_and_float_decide_alike(eval_items, shipped):
    q, f = (evaluate(m, eval_items)["decisions"] for m in shipped)
    print("int8/float agreement", decisions_agree(q, f))
    assert decisions_agree(q, f) >= 0.99
    assert shipped[1].quantized and not shipped[0].quantized


def test_loads_offline_in_a_fresh_process(tmp_path):
    code = ("from tilepilot.model.embedded.policy import EmbeddedPolicy; p = EmbeddedPolicy(); "
            "print(p.model.quantized, p.model.cfg.d)")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stdout.split()[0] == "False", r.stderr[-2000:]


def _tiny() -> TrainConfig:
    return TrainConfig(steps=24, batch=8, lr=3e-3, warmup=2, eval_every=12, threads=1,
                       net=NetConfig(d=32, layers=1, heads=2, dropout=0.0, ordinal=True, state=True))


def test_tiny_model_loss_falls(eval_items, tmp_path):
    items = eval_items[:16]
    torch.manual_seed(0)
    net = TilePilotNet(dataclasses.replace(_tiny().net, keys=["Enter"]))
    bt = collate([it.features for it in items], [it.labels for it in items], ["Enter"])
    with torch.no_grad():
        before, _ = loss_fn(net(bt), bt)
    model = train(items, tmp_path / "m", dataclasses.replace(_tiny(), steps=60), progress=False)
    model.net.train(False)
    bt = collate([it.features for it in items], [it.labels for it in items], model.cfg.keys)
    with torch.no_grad():
        after, _ = loss_fn(model.net(bt), bt)
    assert float(after) < 0.6 * float(before)


def test_resume_continues_exactly(eval_items, tmp_path):
    items = eval_items[:16]
    straight = train(items, tmp_path / "a", _tiny(), progress=False)
    train(items, tmp_path / "b", _tiny(), progress=False, until=12)  # as if killed after step 12
    assert (tmp_path / "b" / "last.pt").is_file()
    resumed = train(items, tmp_path / "b", _tiny(), progress=False)
    a, b = straight.net.state_dict(), resumed.net.state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_loader_processes_change_nothing(eval_items, tmp_path):
    """``--workers N`` (batches made in loader processes, how a GPU is kept busy) trains the very same weights as
    batches made in the training process, dropout on, killed and resumed halfway too."""
    items = eval_items[:16]
    cfg = dataclasses.replace(_tiny(), steps=10, eval_every=5, net=dataclasses.replace(_tiny().net, dropout=0.1))
    here = train(items, tmp_path / "a", cfg, progress=False)
    two = dataclasses.replace(cfg, workers=2)
    train(items, tmp_path / "b", two, progress=False, until=5)
    there = train(items, tmp_path / "b", two, progress=False)
    a, b = here.net.state_dict(), there.net.state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
    torch.manual_seed(cfg.seed)  # the weights train() starts from: the run moved them
    start = TilePilotNet(here.cfg).state_dict()
    assert all(start[k].shape == a[k].shape for k in a) and any(not torch.equal(start[k], a[k]) for k in a)


def test_fine_tuning_starts_from_the_given_weights(eval_items, tmp_path):
    items = eval_items[:16]
    train(items, tmp_path / "base", dataclasses.replace(_tiny(), steps=20), progress=False)
    saved = EmbeddedModel.load(tmp_path / "base" / "model.pt")
    # asks for another architecture and a learning rate too small to move anything: init must win
    other = dataclasses.replace(_tiny(), net=NetConfig(d=16, layers=1, heads=2), lr=1e-12, steps=2)
    tuned = train(items, tmp_path / "tuned", other, progress=False, init=tmp_path / "base" / "model.pt")
    assert tuned.cfg == saved.cfg and tuned.meta["init"].endswith("model.pt")
    a, b = saved.net.state_dict(), tuned.net.state_dict()
    assert all(torch.allclose(a[k], b[k], atol=1e-6) for k in a)
    assert train(items, tmp_path / "fresh", other, progress=False).cfg.d == 16
    r = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "train", str(tmp_path), "--init",
                        str(tmp_path / "missing.pt")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and "missing.pt" in r.stderr and "Traceback" not in r.stderr


def test_a_folder_can_be_drawn_more_often(eval_items, tmp_path):
    """``tilepilot train A B*3``: B's samples drawn three times as often (how the shipped members were weighted
    toward the shapes they were weak on); a bad count is refused by name, before any work."""
    from tilepilot.model.embedded.commands import _items, _weighted

    d = eval_items[0].frame.parents[2]
    assert len(_items([d, Path(f"{d}*3")])) == 4 * len(eval_items)
    assert _weighted(Path("data/x*2")) == (Path("data/x"), 2) and _weighted(Path("data/x")) == (Path("data/x"), 1)
    for bad in ("*2", f"{d}*0", f"{d}*two"):
        r = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "train", bad, "--out", str(tmp_path)],
                           capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert r.returncode == 2 and "FOLDER*N" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_fine_tuning_gives_an_older_network_the_new_inputs(eval_items, tmp_path):
    """A network trained before ordinal matching and candidate state (the shipped members) gains them when
    fine-tuned: they start at zero, learn at a higher rate, and a fine-tune killed halfway resumes exactly."""
    items = eval_items[:16]
    old = dataclasses.replace(_tiny(), steps=10, net=NetConfig(d=32, layers=1, heads=2, dropout=0.0))
    train(items, tmp_path / "old", old, progress=False)
    start = tmp_path / "old" / "model.pt"
    assert not EmbeddedModel.load(start).cfg.ordinal
    cfg = dataclasses.replace(_tiny(), steps=12)
    straight = train(items, tmp_path / "a", cfg, progress=False, init=start)
    assert straight.cfg.ordinal and straight.cfg.state
    assert float(straight.net.state.weight.detach().abs().sum()) > 0 and straight.net.blocks[0].ord is not None
    train(items, tmp_path / "b", cfg, progress=False, init=start, until=6)
    resumed = train(items, tmp_path / "b", cfg, progress=False, init=start)
    a, b = straight.net.state_dict(), resumed.net.state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_augmentation_keeps_targets_and_text_vectors_on_the_sphere(eval_items):
    """Dropping every non-target candidate keeps the targets and the labels in step; text noise moves text
    vectors but keeps them unit length, and a box without text keeps a zero vector."""
    import random

    from tilepilot.model.embedded.train import _augment

    cfg = TrainConfig(aug_drop=1.0, aug_text_noise=0.5)
    it = next(i for i in eval_items if i.labels.ptr[:len(i.features.cand_box)].any())
    f, lb = _augment(it, random.Random(0), cfg)
    n0, n = len(it.features.cand_box), len(f.cand_box)
    assert n == int((it.labels.ptr[:n0] | it.labels.end[:n0]).sum()) and (lb.ptr[:n] | lb.end[:n]).all()
    assert len(lb.ptr) == n + len(f.patch_box)
    before = it.features.cand_emb[it.labels.ptr[:n0] | it.labels.end[:n0]]
    had_text = np.abs(before).sum(-1) > 0
    norms = np.linalg.norm(f.cand_emb, axis=-1)
    assert np.allclose(norms[had_text], 1.0, atol=1e-4) and np.all(norms[~had_text] == 0)
    assert not np.allclose(f.cand_emb[had_text], before[had_text]) or not had_text.any()


def test_save_load_round_trip_is_exact(eval_items, tmp_path):
    torch.manual_seed(1)
    net = TilePilotNet(NetConfig(d=32, layers=2, heads=2, keys=["Enter", "Tab"], moe=True)).eval()
    m = EmbeddedModel(net)
    m.save(tmp_path / "m.pt")
    back = EmbeddedModel.load(tmp_path / "m.pt", quantize=False)
    feats = [it.features for it in eval_items[:6]]
    x, y = m.outputs(feats), back.outputs(feats)
    assert back.cfg == m.cfg
    assert all(np.array_equal(x[k], y[k]) for k in x)


def _lsm(x: np.ndarray) -> np.ndarray:
    return x - np.log(np.sum(np.exp(x - x.max(-1, keepdims=True)), -1, keepdims=True)) - x.max(-1, keepdims=True)


def test_an_ensemble_averages_its_members_log_probabilities(eval_items, tmp_path):
    from tilepilot.errors import InputError

    nets = []
    for seed, d in ((1, 32), (2, 16)):  # members may differ in width, not in key vocabulary
        torch.manual_seed(seed)
        nets.append(TilePilotNet(NetConfig(d=d, layers=1, heads=2, keys=["Enter", "Tab"])).eval())
    a, b = EmbeddedModel(nets[0], {"seed": 1}), EmbeddedModel(nets[1], {"seed": 2})
    ens = EmbeddedModel.combine([a, b])
    feats = [it.features for it in eval_items[:6]]
    oa, ob, oe = a.outputs(feats), b.outputs(feats), ens.outputs(feats)
    for k in ("act", "key", "dir", "amount", "ptr", "span_start"):
        with np.errstate(invalid="ignore"):
            want = (_lsm(oa[k]) + _lsm(ob[k])) / 2
        fin = np.isfinite(want)  # masked positions (padding) stay -inf
        assert not np.isnan(oe[k]).any() and np.array_equal(np.isfinite(oe[k]), fin), k
        assert np.allclose(oe[k][fin], want[fin], atol=1e-5), k
    assert np.allclose(oe["ptr_off"], (oa["ptr_off"] + ob["ptr_off"]) / 2)
    acts = [p.action.action for p in ens.predict(feats, [it.sample.instruction for it in eval_items[:6]])]
    assert acts == [ACTIONS[int(np.argmax(oe["act"][i]))] for i in range(6)]
    ens.save(tmp_path / "ens.pt")
    back = EmbeddedModel.load(tmp_path / "ens.pt")
    assert len(back.nets) == 2 and back.meta["members"] == [{"seed": 1}, {"seed": 2}]
    ob2 = back.outputs(feats)
    assert all(np.array_equal(oe[k], ob2[k]) for k in oe)
    q = EmbeddedModel.load(tmp_path / "ens.pt", quantize=True)
    assert q.quantized and len(q.nets) == 2
    torch.manual_seed(3)
    other = EmbeddedModel(TilePilotNet(NetConfig(d=16, layers=1, heads=2, keys=["Enter"])))
    with pytest.raises(InputError, match="key vocabularies"):
        EmbeddedModel.combine([a, other])


def test_fine_tuning_an_ensemble_tunes_each_member(eval_items, tmp_path):
    """``--init`` on an ensemble (the shipped model is one) fine-tunes every member and combines them again."""
    items = eval_items[:16]
    for k in (0, 1):
        train(items, tmp_path / f"m{k}", dataclasses.replace(_tiny(), steps=10, seed=k), progress=False)
    r = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "ensemble", str(tmp_path / "m0" / "model.pt"),
                        str(tmp_path / "m1" / "model.pt"), "--out", str(tmp_path / "ens.pt")],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    ens = EmbeddedModel.load(tmp_path / "ens.pt")
    tuned = train(items, tmp_path / "tuned", dataclasses.replace(_tiny(), lr=1e-12, steps=2), progress=False,
                  init=tmp_path / "ens.pt")
    assert len(tuned.nets) == 2 and (tmp_path / "tuned" / "member1" / "model.pt").is_file()
    for before, after in zip(ens.nets, tuned.nets, strict=True):
        x, y = before.state_dict(), after.state_dict()
        assert all(torch.allclose(x[k], y[k], atol=1e-6) for k in x)
    assert len(EmbeddedModel.load(tmp_path / "tuned" / "model.pt").nets) == 2
    r = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "ensemble", str(tmp_path / "m0" / "model.pt"),
                        "--out", str(tmp_path / "one.pt")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and "two or more" in r.stderr and "Traceback" not in r.stderr


def test_bad_checkpoint_is_a_clear_error(tmp_path):
    from tilepilot.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        EmbeddedModel.load(tmp_path / "nope.pt")
    (tmp_path / "junk.pt").write_bytes(b"not a checkpoint")
    with pytest.raises(InputError, match="junk.pt"):
        EmbeddedModel.load(tmp_path / "junk.pt")


@pytest.mark.parametrize(("instruction", "part", "typed"), [
    ('write "Dmitri Dahl" into the Card number input', "Dahl", "Dmitri Dahl"),
    ("pick 'Bookshelf' for Office", "helf", "Bookshelf"),
    ("Set Job title to 'harbor'. Then enter 'Dmitri Eriksen' in the Bank name box", "Eriksen", "Dmitri Eriksen"),
    ("type “Oslo reviews” into Search", "Oslo", "Oslo reviews"),
    ("don't type Bob's name", "t type Bob", "don't type Bob's"),  # apostrophes inside words are not quotes
    # unquoted, a name is read whole: the capitalized words beside a capitalized start or end join it
    ("enter Dmitri Dahl as the name", "Dahl", "Dmitri Dahl"),
    ("Set the name to Ada Lovelace, then save changes", "Lovelace", "Ada Lovelace"),
    ("set Project name to Jonas Yilmaz and then hit Apply.", "Jonas", "Jonas Yilmaz"),
    ("Type Paris into the City field", "Paris", "Paris"),  # the task's first word is not part of a name
    ("type Oslo, Then press Enter", "Oslo", "Oslo"),  # nor is a word past punctuation
    ("put Nina Dahl in office", "Nina", "Nina Dahl"),
    ("set Job title to harbor Pilot", "harbor", "harbor"),  # a lower-case value does not grow
    # unquoted, the pointer's pieces end at a dot or "@": the value is the whole run of characters
    ("then set Job title to dmitri.okafor@example.com, and press Save", "dmitri.okafor", "dmitri.okafor@example.com"),
    ("Sign in as elena48 with password summit.", "summit", "summit"),
    ("put (see notes) in Comment", "see notes", "see notes"),
    ("type well-known into Tags", "well", "well-known"),
    ("open report.pdf", "pdf", "report.pdf"),
    # a house number before a name joins it (the pointer took "Main St" on a hand-written checkout page)
    ("Enter Ada Lovelace as the full name and 1 Main St as the street", "Main St", "1 Main St"),
    ("type 221b Baker Street into Address", "Baker Street", "221b Baker Street"),
    ("put it in row 2 Oslo", "Oslo", "Oslo"),  # an index is not a house number
    ("set field 3 Paris", "Paris", "Paris"),
    ("type 3 apples into Note", "apples", "apples"),  # only a name (a capital) takes it
    ("type 12b Elm Road into Street", "12b", "12b"),
])
def test_a_value_is_typed_whole(instruction, part, typed):
    a = instruction.index(part)
    x, y = typed_bounds(instruction, a, a + len(part))
    assert instruction[x:y] == typed


@pytest.mark.parametrize(("instruction", "typed"), [
    ("fill Job title with summit; then write jonas.jensen@example.com into the Card number input", "summit"),
    ("Sign in as elena48 with password summit.", "summit"),
    ("put 07/16/2029 in Date, then hit Save", "07/16/2029 in Date"),
    ("enter bob, and then press Save", "bob"),
    ("type St. Louis into City", "St. Louis into City"),  # a period inside a value is not the end of a clause
    ("type 'salt; pepper' into Note. Then press Enter", "salt; pepper"),  # nor anything inside quotes
    # a joining word before another field's name ends the value (hand-written login page)
    ("Log in as bob with password hunter2", "bob"),
    ("Sign in with username alice and the password hunter2", "alice"),
    ("Log in as eve using the password x", "eve"),
    ("type Tom and Jerry into Title", "Tom and Jerry into Title"),  # "Jerry" names no field
    ("type 'bob with password' into Note", "bob with password"),
    ("Request leave from 03/08/2026 to 07/08/2026 with the note Family trip", "03/08/2026 to 07/08/2026"),
])
def test_typed_text_never_runs_into_the_next_clause(instruction, typed):
    """A held-out error typed "summit; then write jonas.jensen@example.com". Here the span head starts at the
    value and wants to run on to the end of the task (every later piece scores higher as its end): only the
    clause breaks and the quotes stop it."""
    _, off = shared_encoder().task(instruction)
    pieces = [instruction[int(a):int(b)] for a, b in off]
    first = instruction.index(typed.split()[0])
    start = np.array([0.0 if a == first else -np.inf for a, _ in off])
    stop = np.arange(len(off), dtype=float)
    s, e = _span(start, stop, pieces, per_token=0.0, max_len=64, breaks=clause_breaks(instruction, off))
    x, y = typed_bounds(instruction, int(off[s][0]), int(off[e][1]))
    assert instruction[x:y] == typed


@pytest.mark.parametrize(("instruction", "clauses"), [
    ("hit Import; then press Reject", 2),
    ("click Options, then Schedule", 2),
    ("Log in as bob with password hunter2.", 1),
    ("Type X. Then press Y, and then Z.", 3),  # ", and then" is one break
    ('set "a; then b" in C', 1),  # not inside quotes
    ("Turn on Public profile, pick the Dark theme and save the changes.", 3),  # a verb after "," or "and"
    ("Enter ada@example.com as the email and save", 2),
    ("Set guests to 12, and apply.", 2),
    ("On the customer Elena Eriksen, press Approve", 1),  # a scene before the comma, not a step
    ("find letter.odt and click Close", 1),  # finding is no action of its own
    ("click Save and close", 1),  # may be one button's name
    ("Select Open, Save and Close", 1),  # a list of names
    ('type "x, and click y" into Notes', 1),
    ("In Settings, turn off Mentions, set the default view to Board, and save.", 4),  # going there is a step
    ("From the Documents menu, pick Import.", 2),
    ("in the Bank name field, type Zain", 1),  # a place in the form is no step of its own
    ("Show only non-stop flights and sort the results by Fastest.", 2),
    ("choose View > Quiet Join", 2),  # a menu's path: a click for each name
    ("Pick File > Export > PDF", 3),
])
def test_clauses_are_counted(instruction, clauses):
    """A lower bound on the actions a task needs: a count above it would keep a finished task going."""
    assert clause_count(instruction) == clauses


def test_a_task_is_not_done_before_each_clause_had_an_action():
    """The decoder never answers "done" while the task's clauses (and the things it lists to mark) outnumber the
    actions taken: "hit Import; then press Reject" stopped after Import. The next best action is taken instead;
    past the history window (6 actions) the model's choice stands. Nor does it right after typing in a task that
    sends or creates something."""
    from types import SimpleNamespace

    logits = np.full(len(ACTIONS), -5.0, np.float32)
    logits[ACTIONS.index("done")], logits[ACTIONS.index("scroll")] = 3.0, 1.0
    out = {"act": logits[None], "_cand_pad": 0, "dir": np.eye(len(DIRECTIONS), dtype=np.float32)[1:2],
           "amount": np.eye(len(AMOUNTS), dtype=np.float32)[:1]}

    def decide(instruction: str, acted: int | list[str]) -> str:
        kinds = [ACTIONS.index(a) for a in acted] if isinstance(acted, list) else [0] * acted
        f = SimpleNamespace(cand_box=np.zeros((0, 4)), patch_box=np.zeros((1, 4)), hist_kind=np.array(kinds),
                            cand_text=[], cand_kind=np.zeros(0, np.int64), hist_box=np.zeros((len(kinds), 4)),
                            hist_match=np.zeros((len(kinds), 0)), ins_off=np.zeros((0, 2)), scale=1.0)
        return EmbeddedModel._decode(SimpleNamespace(), out, 0, f, instruction).action.action

    assert decide("hit Import; then press Reject", 1) == "scroll"
    assert decide("hit Import; then press Reject", 2) == "done"
    assert decide("press Reject", 0) == "done"
    assert decide("; then ".join(f"press B{k}" for k in range(9)), 6) == "done"
    # a scroll only brought a target into view: "click Options, then Schedule" stopped after scroll, Options
    assert decide("click Options, then Schedule", ["scroll", "click"]) == "scroll"
    assert decide("click Options, then Schedule", ["scroll", "click", "click"]) == "done"
    assert decide("scroll down, then click More", ["scroll", "click"]) == "done"  # unless the task says scroll
    assert decide("; then ".join(f"press B{k}" for k in range(9)), ["scroll"] * 6) == "done"  # a full window
    # a scroll the task asks for first was not needed when its target was in view already
    assert decide("Scroll down and click Reject.", ["click"]) == "done"
    assert decide("Scroll down and click Reject.", ["scroll"]) == "scroll"
    assert decide("Click Reject, then scroll down", ["click"]) == "scroll"  # a scroll asked for last is a step
    assert decide("Scroll to the bottom of the page", []) == "done"  # one clause: the model's to decide
    # Enter right after typing sends the search: one step with it, unless the task names the key
    assert decide("Look up 'Bookshelf'. Then open the result called Bookshelf near you", ["type", "key"]) == "scroll"
    assert decide("Look up 'Bookshelf'. Then open the result called Bookshelf near you",
                  ["type", "key", "click"]) == "done"
    assert decide("type bob, then press Enter", ["type", "key"]) == "done"
    # each thing a task lists to mark is a step: "Mark Toaster and Mug" stopped after Toaster
    assert decide("Mark Toaster and Mug", ["click"]) == "scroll"
    assert decide("Mark Toaster and Mug", ["click", "click"]) == "done"
    assert decide("pick Oslo, Lyon and Perth, then press OK", ["click"] * 3) == "scroll"

    # a task that sends something is not done on a field just typed into: the form is still to be sent
    ticket = 'Create a new ticket with the subject "VPN down"'
    assert decide(ticket, ["click", "type"]) == "scroll"
    assert decide(ticket, ["type", "scroll"]) == "scroll"  # a scroll after the typing changes nothing
    assert decide(ticket, ["type", "click"]) == "done"
    assert decide("Hi! Could you pay Metro Electric 73.40", ["type"]) == "scroll"
    assert decide("Type 09/02/2021 into Due date", ["type"]) == "done"  # typing was the whole task
    assert decide("Change my display name to Sam", ["type"]) == "done"


def test_the_fields_on_screen_end_a_value_too():
    instruction = "Enter Ada Lovelace and Street 1 Main St"
    _, off = shared_encoder().task(instruction)
    street = [a == instruction.index("and") for a, _ in off]
    assert not (clause_breaks(instruction, off) & street).any()
    assert (clause_breaks(instruction, off, {"Street"}) & street).any()


@pytest.mark.parametrize(("instruction", "pointed", "meant"), [
    ("Choose File Manager and Quiet Image Editor, and confirm", "Image Editor", "Quiet Image Editor"),
    ("Click the Classic returns link.", "returns", "• Classic returns"),
    ("Open W0oden tutorials", "tutorials", "Wooden tutorials"),  # one OCR edit per word still matches
    ("Pick Quiet Image Editor and Image Editor", "Image Editor", "Image Editor"),  # named on its own too
    ("Pick Quiet Image Editor", "Quiet Image Editor", "Quiet Image Editor"),
    ("open the Help menu", "Image Editor", "Image Editor"),  # not in the task at all: left to the model
    # a radio button known by its label "Classic" while the task names the list item "Classic poster.png"
    ("Select map.svg, Classic poster.png and data.csv", "Classic", "Classic poster.png"),
    ("Choose the Classic theme", "Classic", "Classic"),
])
def test_a_name_inside_a_longer_name_means_the_longer_one(instruction, pointed, meant):
    from types import SimpleNamespace

    texts = ["Image Editor", "Quiet Image Editor", "• Classic returns", "returns", "tutorials", "Wooden tutorials",
             "", "OK", "Classic", "Classic poster.png"]
    f = SimpleNamespace(cand_text=texts, cand_kind=np.array([0, 0, 0, 0, 0, 0, 1, 0, 2, 0]))
    scores = np.zeros(len(texts))
    assert texts[longer_name(f, instruction, texts.index(pointed), scores)] == meant


@pytest.mark.parametrize(("pointed", "typed", "meant"), [
    ("For groups larger than 12, please", "2025-07-12", "DATE field"),  # the value's "12": into the best field
    ("Format: YYYY-MM-DD", "2025-07-12", "Format: YYYY-MM-DD"),  # no word of the value: left to the model
    ("YYYY-MM-DD", "2025-07-12", "YYYY-MM-DD"),  # a placeholder inside a field is a field
    ("Tables are held for 12 minutes", "12", "DATE field"),
])
def test_a_value_is_typed_into_a_field_not_into_text_that_shows_it(pointed, typed, meant):
    """A blind booking page: "Book a table for 4 on 2025-07-12" typed the date into the help text "For groups
    larger than 12", which the pointer preferred by 0.9 logits to the date field (boxes as OCR read that page)."""
    from types import SimpleNamespace

    cands = [("text", "For groups larger than 12, please", (85, 397, 311, 423)),
             ("text", "Format: YYYY-MM-DD", (86, 305, 230, 325)),
             ("text", "YYYY-MM-DD", (96, 271, 208, 295)),
             ("text", "Tables are held for 12 minutes", (685, 403, 1188, 429)),
             ("input", "DATE field", (89, 263, 333, 305)),
             ("input", "GUESTS field", (89, 358, 333, 400))]
    kinds = np.array([int(k == "input") for k, _, _ in cands])
    f = SimpleNamespace(cand_text=[t for _, t, _ in cands], cand_kind=kinds,
                        cand_box=np.array([b for _, _, b in cands], np.float32))
    scores = np.array([-5.2, -8.5, -12.4, -11.6, -6.1, -7.3])
    texts = f.cand_text
    assert texts[into_field(f, texts.index(pointed), scores, typed)] == meant
    alone = SimpleNamespace(cand_text=texts[:4], cand_kind=f.cand_kind[:4], cand_box=f.cand_box[:4])
    assert into_field(alone, 0, scores[:4], typed) == 0  # no field on screen: the model's choice stands


def test_widgets_borrow_the_label_a_user_would_name_them_by():
    from tilepilot.model.data.sample import Candidate
    from tilepilot.model.embedded.features import borrowed_labels

    def text(t, box):
        return Candidate(kind="text", box=box, text=t, source="ocr")

    # a row of radios at scale 1.5, as OCR read it: the label "Quiet" touches its radio's right edge, and the
    # previous option's label "Jakarta" ends 26 px left of it
    row = [text("Jakarta", (622, 431, 743, 466)), text("Quiet", (788, 430, 869, 466)),
           Candidate(kind="component", box=(769, 437, 796, 465), source="cv")]
    assert borrowed_labels(row, 1.5)[2] == "Quiet"
    # at equal distances a checkbox takes the text on its right, a field the text on its left
    left, right = text("Backups", (20, 102, 90, 118)), text("Privacy", (130, 102, 190, 118))
    assert borrowed_labels([left, right, Candidate(kind="component", box=(100, 100, 120, 120), source="cv")],
                           1.0)[2] == "Privacy"
    right = text("Privacy", (410, 102, 470, 118))
    assert borrowed_labels([left, right, Candidate(kind="input", box=(100, 100, 400, 120), source="cv")],
                           1.0)[2] == "Backups"


def test_secrets_never_reach_the_model():
    task, names = mask_secrets("log in as bob with password {{secret:BOB_PW}}")
    assert "BOB_PW" not in task and "{{" not in task
    assert list(names.values()) == ["{{secret:BOB_PW}}"]


def test_default_policy_signs_in_on_the_bundled_login_app(web_server, chromium, ocr_engine, tmp_path, monkeypatch):
    """The README's first command, through the API: no policy named, the shipped model does the task; the
    password is a secret the model never sees and the recording never holds."""
    from tilepilot.agent.run import make_policy

    monkeypatch.setenv("LOGIN_PW", "hunter2")
    policy = make_policy(None)
    assert isinstance(policy, EmbeddedPolicy)
    task = 'log in with username "bob" and password {{secret:LOGIN_PW}}'
    with Browser(url=f"{web_server}/login/index.html") as b:
        r = Agent(policy, b, ocr=ocr_engine, max_steps=8, out=tmp_path / "rec").run(task)
        hello = b.page.evaluate("() => document.getElementById('hello').textContent")
    assert r.status == "done", [s.description for s in r.steps]
    assert hello == "Welcome, bob"
    assert [s.action["action"] for s in r.steps] == ["type", "type", "click", "done"]
    assert "hunter2" not in (tmp_path / "rec" / "steps.jsonl").read_text()


@pytest.mark.parametrize(("page", "task", "state"), [
    ("table/index.html", "Search for Oslo", "document.getElementById('q').value === 'Oslo'"),
    ("checkout/shipping.html", "Enter Ada Lovelace as the full name and 1 Main St as the street, then continue "
     "to payment", "sessionStorage.getItem('ship') === 'Ada Lovelace, 1 Main St'"),
    ("checkout/shipping.html", "Ship to Grace Hopper at 42 Navy Rd and continue to payment",
     "sessionStorage.getItem('ship') === 'Grace Hopper, 42 Navy Rd'"),
    ("form.html", "Set the name to Ada Lovelace, then save changes",
     "window.saved && window.saved.name === 'Ada Lovelace'"),
    ("bank/index.html", "Send 25 euros to Alice with reference rent",
     "window.transfers.length === 1 && window.sent.payee === 'Alice Martin' && window.sent.amount === 25 "
     "&& window.sent.reference === 'rent' && window.sent.from === 'Checking'"),
    ("bank/index.html", "Please pay Metro Electric 73.40 from my savings account, with the reference INV-2291.",
     "window.transfers.length === 1 && window.sent.payee === 'Metro Electric Co.' && window.sent.from === 'Savings' "
     "&& window.sent.amount === 73.4 && window.sent.reference === 'INV-2291'"),
    ("calendar/index.html", "Book a table for 4 on 2025-07-12 at 19:30",
     "window.booking.date === '2025-07-12' && window.booking.time === '19:30' && window.booking.guests === 4"),
    ("tickets/index.html",
     "The printer on the 3rd floor is working again - could you close that ticket for me, please?",
     "window.tickets.filter((t) => t.status !== window.initialStatus[t.id]).map((t) => t.id).join() === '1042'"),
    ("profile/index.html", "Set my email to sam@example.org and save",
     "window.saved.email === 'sam@example.org' && window.saved.name === 'Jordan Lee' && window.saved.public === false"),
    ("settings/index.html", "Switch the language to Deutsch, enable dark mode, then save",
     "window.saved.lang === 'Deutsch' && window.saved.dark === 'on'"),
    ("shop/index.html", "Remove the ceramic mug from my cart", "Object.keys(window.cart).length === 0"),
    ("users/index.html", "Please remove Kenji Sato from the team",
     "window.members.map((m) => m[0]).join() === 'Maria Gomez,Tom Becker,Priya Nair,Lena Fischer'"),
    ("tours/index.html", "Please reserve the 9:30 am departure on 2 May 2026 for two adults",
     "window.reserved.date === '2026-05-02' && window.reserved.time === '9:30 AM' && window.reserved.adults === 2"),
    ("tours/index.html", "Book the cruise on 2025-09-01 at 5.30pm for 2 people, promo code SUMMER",
     "window.reserved.time === '5:30 PM' && window.reserved.adults === 2 && window.reserved.promo === 'SUMMER'"),
    ("contacts/index.html",
     "Put 'met at the expo' in the Note field, write Initech into Company, then click Save contact",
     "window.saved.note === 'met at the expo' && window.saved.company === 'Initech' && window.saved.first === ''"),
    ("contacts/index.html", "New contact: first name Linus, last name Torvalds, company Linux Foundation. Save it.",
     "window.saved.first === 'Linus' && window.saved.last === 'Torvalds' "
     "&& window.saved.company === 'Linux Foundation'"),
    ("files/index.html", "Mark report.pdf, notes.txt and logo.svg, then click Add selected",
     "window.added.join() === 'report.pdf,notes.txt,logo.svg'"),
    ("tickets/index.html", "Switch to the third tab",
     "document.querySelector('#tabs button.on').textContent.startsWith('Pending')"),
    ("recipes/index.html", "Open the fourth tab", "window.category === 'Soups'"),
    ("recipes/index.html", "Open the Desserts category", "window.category === 'Desserts'"),
    ("files/index.html", "Attach report.pdf", "window.added && window.added.join() === 'report.pdf'"),
    ("bank/index.html", "Transfer 120 dollars to Bob Chen, reference 'March rent'",
     "window.sent && window.sent.payee === 'Bob Chen' && window.sent.amount === 120 "
     "&& window.sent.reference === 'March rent'"),
    ("contacts/index.html",
     "Enter Grace as the first name, Hopper as the last name and 555-0100 as the phone, then save the contact",
     "window.saved && window.saved.first === 'Grace' && window.saved.last === 'Hopper' "
     "&& window.saved.phone === '555-0100'"),
    # apps written by someone who had not seen the model (blind2_tasks.json)
    ("mail/index.html", "Search your mail for invoice and open the one from Lumen Billing.",
     "window.state && !!state.openEmailId && state.emails.find(e=>e.id===state.openEmailId).from==='Lumen Billing'"),
    ("flights/index.html", "Show only non-stop flights and sort the results by Fastest.",
     "window.state && state.filters.stops==='nonstop' && state.sort==='fastest'"),
    ("tracker/index.html",
     'Create a new bug called "Login button misaligned on Safari" in the Web App project with High priority.',
     "window.state && state.issues.some(i=>i.title==='Login button misaligned on Safari' && i.type==='bug' "
     "&& i.project==='Web App' && i.priority==='High')"),
    # blind8_tasks.json
    ("dental/index.html", "Turn off text message reminders for my dental appointments.",
     "state.settings.smsReminders === false && state.settings.emailReminders === true"),
    ("billing/index.html", "Void invoice INV-0047, the shoot was cancelled.",
     "state.invoices.filter(i => i.status === 'void').map(i => i.id).join() === 'INV-0047'"),
    # blind9_tasks.json
    ("shelter/index.html", "Please reject Tom Alvarez's application for Pepper. His landlord won't allow pets.",
     "state.applications.filter(a => a.status === 'Rejected').length === 2 && state.applications.some(a => "
     "a.id === 'APP-2031' && a.status === 'Rejected' && a.reason === 'No landlord permission') "
     "&& state.applications.find(a => a.id === 'APP-2036').status === 'Pending'"),
    ("garage/index.html", "pay invoice INV-10482 with the amex card",
     "state.invoices.some(i => i.id === 'INV-10482' && i.status === 'Paid' && i.paidWith === 'amex') "
     "&& state.invoices.map(i => i.status[0]).join('') === 'PUPPOPUPPPPUPPPU'"),
])
def test_default_model_on_hand_written_apps(web_server, chromium, ocr_engine, page, task, state):
    """Tasks on the hand-written apps (`bench/apps_model.py`) that once failed: every cell of a bordered table was
    taken for a field (Oslo typed into the cell showing it), "1 Main St" was typed as "Main St", "Ada Lovelace" as
    "Lovelace", the bank transfers, which name no field, typed "25" into Reference and sent the form half filled,
    the bookings typed the date alone and sent a form whose terms box was never ticked, "Ship to Grace Hopper at 42
    Navy Rd" typed the street alone, the printer's ticket was left open while another row's was closed, "… and save"
    on a page whose button reads "Update profile" clicked the Public switch, the language list, clicked open, was
    left for the dark-mode switch, and "Remove the ceramic mug from my cart" clicked the mug in the shop's list. On
    the members page, written to try those rules, "remove Kenji Sato" pointed at the whole row, whose button reads
    Delete, and stopped at the dialog asking "Remove member?". The tour page, written after the booking rules, asks
    for its date as DD/MM/YYYY, its time as "9:30 AM" in a "Departure" list, and its count as "Adults"; its promo
    code, a field of no role, is filled because the task names it with its value. On a contact form "write
    Initech into Company" clicked the field and never typed, and "company Linux Foundation." typed "Linux"; a
    file picker's three listed files are marked in turn before "Add selected" (this one passed before the
    ordering rule too: a guard). "Switch to the third tab" clicked a "Closed" badge in the ticket table (the
    third text of its row), and "Open the fourth tab" a recipe card: an ordinal is counted along the tab strip.
    "Enter Grace as the first name, Hopper as the last name and 555-0100 as the phone" typed two of the three
    and saved: a value the task lists with its field is typed before the form is sent. "Open the Desserts
    category" clicked a card's "Desserts" badge, not the menu. "Transfer 120 dollars …" once typed 120 into the
    box under a "Home / Payments / Transfer" breadcrumb (a verb read as a field's label). "Attach report.pdf"
    ticked the file and stopped before the picker's "Add selected". On apps written blind, "Search your mail for
    invoice …" scrolled past the search box, "Show only non-stop flights …" clicked a result's tag and then the
    site's tabs, and "Create a new bug called …" scrolled the issue list for a bug of that name. "Turn off text
    message reminders …" went to "Appointments" (its words), not "Settings"; "Void invoice INV-0047" saw the
    list's "Void 0" tab as the verb's own button, then typed the identifier into the dialog's "Void invoice".
    "Please reject Tom Alvarez's application for Pepper …" typed his name on the dashboard (the shelter's
    "Applications" link is named after a thing the task speaks of), then pressed the Reject of his other card, and
    left the dialog's reasons unpicked ("No landlord permission" is in the task's own words); "pay invoice
    INV-10482 with the amex card" never saw the garage's row of section links under its header, then paid with
    the card shown first."""
    from tilepilot.agent.run import make_policy

    with Browser(url=f"{web_server}/{page}", viewport=(1280, 720)) as b:
        r = Agent(make_policy(None), b, ocr=ocr_engine, max_steps=10).run(task)
        ok = b.page.evaluate(f"() => {state}")
    assert ok, [s.description for s in r.steps]


def _blind14(words: str) -> tuple[str, str, str]:
    """The blind14 task (``scenarios/apps/web/blind14_tasks.json``) that starts with these words: its page, its
    text and the page's own check that it was done (one check, kept where the set keeps it)."""
    import json

    tasks = json.loads((ROOT / "scenarios" / "apps" / "web" / "blind14_tasks.json").read_text())
    t = next(t for t in tasks if t["task"].startswith(words))
    return t["page"], t["task"], t["check"]


@pytest.mark.parametrize("words", ["archive hive H-12", "Please switch off the varroa alert emails",
                                   "Reassign SC-2024-0088 to Judge Okafor"])
def test_default_model_on_blind14_tasks(web_server, chromium, ocr_engine, words):
    """Three tasks of the fourteenth blind set, written by someone who had not seen the model, that failed when it
    was scored (0 of 24) and pass with the rules written from it: "archive hive H-12" stopped at the dialog
    whose "Archive hive" button stood over a dimmed card's corner (taken for a caption); the settings task
    clicked the re-inspection reminder's narrow number box and never typed 7, nor pressed "Save settings";
    "Reassign SC-2024-0088 …" typed the judge's name into the search's clear button, where the case found by
    its number is opened, its "Allocated judge" set to "Hon. Adaeze Okafor" and the change saved."""
    from tilepilot.agent.run import make_policy

    page, task, state = _blind14(words)
    with Browser(url=f"{web_server}/{page}", viewport=(1280, 720)) as b:
        r = Agent(make_policy(None), b, ocr=ocr_engine, max_steps=10).run(task)
        ok = b.page.evaluate(f"() => !!({state})")
    assert ok and r.status == "done", [s.description for s in r.steps]


@pytest.mark.parametrize(("page", "task", "state"), [
    ("calendar/index.html", "Reserve a table on 2025-09-20 at 13:00 for 6 guests",
     "window.booking.date === '2025-09-20' && window.booking.time === '13:00' && window.booking.guests === 6"),
    ("tours/index.html", "Book the harbour cruise for 3 adults on October 14, 2025 at 3 pm",
     "window.reserved.date === '2025-10-14' && window.reserved.time === '3:00 PM' && window.reserved.adults === 3"),
    ("users/index.html", "Please remove Kenji Sato from the team",
     "window.members.map((m) => m[0]).join() === 'Maria Gomez,Tom Becker,Priya Nair,Lena Fischer'"),
])
def test_default_model_on_hand_written_apps_at_device_scale_2(web_server, chromium, ocr_engine, page, task, state):
    """The same rules on a HiDPI screen (device scale 2, 2560x1440 screenshots): the ticked consent box was no
    longer found as a widget, so its click counted as the sending and the tour was never booked; the Guests field
    borrowed the Date field's hint "Format: YYYY-MM-DD" and took the date; the members list's click on a role
    badge was kept because the badge's borrowed label showed Kenji's email."""
    from tilepilot.agent.run import make_policy

    with Browser(url=f"{web_server}/{page}", viewport=(1280, 720), device_scale_factor=2.0) as b:
        r = Agent(make_policy(None), b, ocr=ocr_engine, max_steps=8).run(task)
        ok = b.page.evaluate(f"() => {state}")
    assert ok, [s.description for s in r.steps]


def test_eval_cli(eval_items, tmp_path):
    d = tmp_path / "bad"
    r = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "eval", str(d)], capture_output=True,
                       text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and "manifest.json" in r.stderr and "Traceback" not in r.stderr


def test_a_generated_payment_is_filled_by_role_and_sent(chromium, ocr_engine):
    """Held-out payment episode 0 of seed 7, closed loop: "pay 'Dahl Books' '2454' euros from my business
    account, reference 'tickets'" names no field. The account's radio button is clicked where it stands, each
    value goes into the field its label asks for, top to bottom, and the form is sent (the weights alone typed
    values into the wrong fields and stopped before sending: 2 of these 24 episodes, now 19)."""
    from tilepilot.model.embedded.live import live_evaluate

    r = live_evaluate(EmbeddedPolicy(), 1, split="heldout", seed=7, ocr=ocr_engine, families=["payment"])
    run = r["runs"][0]
    assert run["family"] == "payment" and r["success"] == 1.0, run
    steps = [a.split(" into ")[0].split(" (")[0] for a in run["actions"]]
    assert steps == ["click", "type 'Dahl Books'", "type '2454'", "type 'tickets'", "click", "done"], run["actions"]


class _SaysDone:
    name = "says-done"

    def decide(self, observation):
        from tilepilot.actions.schema import Done
        from tilepilot.model.policy import Decision

        return Decision(action=Done())


def test_live_evaluation_runs_episodes_closed_loop(chromium, ocr_engine):
    """Episode 0 of the held-out split (seed 0) is "Type 09/02/2021 into Due date": the shipped model completes
    it by itself, and each run lists its actions; a policy that only says done completes nothing, because success
    needs every DOM check."""
    from tilepilot.model.embedded.live import live_evaluate

    r = live_evaluate(EmbeddedPolicy(), 1, split="heldout", seed=0, ocr=ocr_engine)
    assert r["runs"][0]["family"] == "date" and r["success"] == 1.0, r["runs"]
    assert r["runs"][0]["actions"][0].startswith("type '09/02/2021' into") and r["runs"][0]["actions"][-1] == "done"
    lazy = live_evaluate(_SaysDone(), 1, split="heldout", seed=0, ocr=ocr_engine)
    assert lazy["success"] == 0.0 and lazy["runs"][0]["status"] == "done" and lazy["runs"][0]["checks"] == "0/1"


def test_a_target_cut_by_the_bottom_edge_is_scrolled_into_view_first():
    """"Pick Wooden Image Editor from the list": its row stood cut by the screen's bottom edge and the network
    clicked it; the generator, and a careful user, bring it into view first."""
    from types import SimpleNamespace

    texts = ["Quiet Image Editor", "Wooden Image Editor"]

    def decide(bottom: float) -> str:
        logits = np.full(len(ACTIONS), -5.0, np.float32)
        logits[ACTIONS.index("click")] = 3.0
        ptr = np.array([[-4.0, 4.0, -9.0]], np.float32)  # the second text, then the one patch token
        out = {"act": logits[None], "_cand_pad": 2, "ptr": ptr, "ptr_off": np.zeros((1, 3, 2), np.float32),
               "dir": np.eye(len(DIRECTIONS), dtype=np.float32)[1:2],
               "amount": np.eye(len(AMOUNTS), dtype=np.float32)[:1]}
        f = SimpleNamespace(cand_text=texts, cand_kind=np.zeros(2, np.int64), frame_size=(1024, 768), scale=1.0,
                            cand_box=np.array([[280, 690, 430, 720], [280, bottom - 30, 430, bottom]], np.float32),
                            patch_box=np.array([[0, 0, 1024, 768]], np.float32), hist_kind=np.zeros(0, np.int64),
                            hist_box=np.zeros((0, 4)), hist_match=np.zeros((0, 0)), ins_off=np.zeros((0, 2)),
                            cand_match=np.zeros((2, 0), np.float32))
        return EmbeddedModel._decode(SimpleNamespace(), out, 0, f, "Pick Wooden Image Editor from the list").action

    cut = decide(767.5)
    assert cut.action == "scroll" and cut.direction == "down"
    whole = decide(750.0)
    assert whole.action == "click" and 280 <= whole.target.x <= 430


def test_a_one_click_task_does_not_stray_after_its_click():
    """"Set Backups to Oslo" ticked Oslo, then went on to click the page's "Register"."""
    from types import SimpleNamespace

    from tilepilot.model.embedded.model import stray_click

    texts = ["Oslo", "Register", "Save"]
    f = SimpleNamespace(cand_text=texts, cand_kind=np.zeros(3, np.int64), scale=1.0,
                        cand_box=np.array([[40, 100, 90, 120], [40, 300, 140, 330], [200, 300, 260, 330]], np.float32),
                        hist_kind=np.array([ACTIONS.index("click")]), hist_box=np.zeros((1, 4)))
    assert stray_click(f, "Set Backups to Oslo", 1, 1)
    assert not stray_click(f, "Set Backups to Oslo", 1, 0)  # nothing clicked yet
    assert not stray_click(f, "Set Backups to Oslo", 0, 1)  # a text the task names
    assert not stray_click(f, "Set Backups to Oslo", 2, 1)  # a button that saves
    assert not stray_click(f, "Set Backups to Oslo, then press Register", 1, 1)  # two clauses
    f.hist_kind = np.array([ACTIONS.index("type")])
    assert not stray_click(f, "log in as bob", 1, 1)  # a form typed into ends on its button


def test_a_capitalized_name_is_typed_whole_up_to_its_full_stop():
    """"… company Linux Foundation. Save it." typed "Linux": the word before the full stop was not read as part of
    the name."""
    from tilepilot.model.embedded.model import typed_bounds

    task = "New contact: first name Linus, last name Torvalds, company Linux Foundation. Save it."
    a = task.index("Linux")
    assert task[slice(*typed_bounds(task, a, a + 5))] == "Linux Foundation"
    task = "type Ada. Then press Save"
    a = task.index("Ada")
    assert task[slice(*typed_bounds(task, a, a + 3))] == "Ada"


def _decided(kind: str, texts: list[str], boxes: list[tuple[int, int, int, int]], kinds: list[int], task: str,
             hist: list[tuple[str, tuple[int, int, int, int]]] = ()):
    """The decoder's action when the network chose ``kind`` (pointing at the first candidate) on this screen."""
    from types import SimpleNamespace

    n = len(texts)
    logits = np.full(len(ACTIONS), -5.0, np.float32)
    logits[ACTIONS.index(kind)] = 3.0
    ptr = np.full((1, n + 1), -4.0, np.float32)
    ptr[0, 0] = 4.0
    out = {"act": logits[None], "_cand_pad": n, "ptr": ptr, "ptr_off": np.zeros((1, n + 1, 2), np.float32),
           "dir": np.eye(len(DIRECTIONS), dtype=np.float32)[1:2], "amount": np.eye(len(AMOUNTS), dtype=np.float32)[:1],
           "span_start": np.zeros((1, 0), np.float32), "span_end": np.zeros((1, 0), np.float32)}
    f = SimpleNamespace(cand_text=texts, cand_kind=np.array(kinds), frame_size=(1280, 720), scale=1.0,
                        cand_box=np.array(boxes, np.float32), patch_box=np.array([[0, 0, 1280, 720]], np.float32),
                        hist_kind=np.array([ACTIONS.index(k) for k, _ in hist], np.int64),
                        hist_box=np.array([b for _, b in hist], np.float32).reshape(-1, 4),
                        hist_match=np.zeros((len(hist), 0)), ins_off=np.zeros((0, 2)),
                        cand_match=np.zeros((n, 0), np.float32))  # (no lexical match: the rules read the texts)
    return EmbeddedModel._decode(SimpleNamespace(), out, 0, f, task).action


def test_the_option_a_task_names_is_clicked_when_the_list_it_opened_shows_it():
    """"Set Address to Premium" clicked the Address dropdown open, then said done with Premium shown under it."""
    texts = ["Address", "White", "White", "Nordic", "Premium", "Save"]
    boxes = [(40, 100, 140, 125), (60, 140, 150, 170), (50, 135, 300, 175), (60, 180, 160, 205),
             (60, 210, 170, 235), (40, 400, 120, 430)]
    kinds = [0, 0, 1, 0, 0, 0]
    opened = [("click", (150, 150, 160, 160))]
    act = _decided("done", texts, boxes, kinds, "Set Address to Premium", opened)
    assert act.action == "click" and 60 <= act.target.x <= 170 and 210 <= act.target.y <= 235
    # nothing was opened: "done" stands
    assert _decided("done", texts, boxes, kinds, "Set Address to Premium").action == "done"
    # the row just clicked shows what the task names: an item of a list marked, no dropdown ("Mark White and
    # Premium" is done after both)
    assert _decided("done", texts, boxes, kinds, "Mark White and Premium",
                    opened + [("click", (60, 210, 170, 235))]).action == "done"


def test_every_value_a_task_lists_with_its_field_is_typed_before_saving():
    """"Enter Grace as the first name, Hopper as the last name and 555-0100 as the phone, then save the contact"
    typed the names and clicked Save contact with the phone still empty."""
    texts = ["Save contact", "First name", "First name", "Last name", "Last name", "Phone", "Phone"]
    boxes = [(800, 530, 930, 565), (350, 130, 420, 150), (350, 152, 930, 188), (350, 195, 420, 215),
             (350, 217, 930, 253), (350, 390, 400, 410), (350, 412, 930, 448)]
    kinds = [0, 0, 1, 0, 1, 0, 1]
    task = "Enter Grace as the first name, Hopper as the last name and 555-0100 as the phone, then save the contact"
    typed = [("type", (600, 165, 610, 175)), ("type", (600, 230, 610, 240))]
    act = _decided("click", texts, boxes, kinds, task, typed)
    assert act.action == "type" and act.text == "555-0100" and 412 <= act.into.y <= 448
    act = _decided("click", texts, boxes, kinds, task, typed + [("type", (600, 425, 610, 435))])
    assert act.action == "click" and act.target.x >= 800  # all three typed: Save contact


def test_a_value_goes_where_the_task_says_though_its_role_names_another_field():
    """"In the Office field, type '247 Okafor Street' and then set Address to …": a street address by its form,
    it went into the Address field; the task names its field beside it."""
    texts = ["Send", "Office", "", "Address", "Address"]
    boxes = [(885, 228, 931, 254), (869, 87, 922, 112), (872, 115, 1095, 153), (869, 154, 934, 179),
             (872, 182, 1135, 221)]
    kinds = [0, 0, 1, 0, 1]
    task = "In the Office field, type '247 Okafor Street' and then set Address to 'yusuf@example.com'; then click Send"
    act = _decided("click", texts, boxes, kinds, task)
    assert act.action == "type" and act.text == "247 Okafor Street" and 115 <= act.into.y <= 153
    # a verb is no field's name: "Transfer 120 dollars to Bob Chen" is an amount, whatever box a "Transfer"
    # heading stands over (on the bank page it typed 120 into the accounts panel's header)
    texts = ["Send", "Home / Payments / Transfer", "", "Amount", "", "Payee", "Bob Chen"]
    boxes = [(471, 403, 557, 439), (86, 74, 280, 94), (87, 119, 425, 162), (471, 290, 530, 307),
             (471, 314, 813, 350), (831, 207, 876, 224), (831, 231, 1173, 270)]
    kinds = [0, 0, 1, 0, 1, 0, 1]
    task = "Transfer 120 dollars to Bob Chen, reference 'March rent'"
    act = _decided("click", texts, boxes, kinds, task, [("type", (1000, 245, 1010, 255))])
    assert act.action == "type" and act.text == "120" and 314 <= act.into.y <= 350


def test_a_name_in_view_is_clicked_not_scrolled_past():
    """"Go to returns" and "click the Privacy tab" scrolled down with the link and the tab in view."""
    texts = ["Media", "Privacy", "• returns", "Quiet returns"]
    boxes = [(40, 100, 120, 125), (140, 100, 220, 125), (40, 300, 140, 325), (40, 340, 200, 365)]
    act = _decided("scroll", texts, boxes, [0, 0, 0, 0], "Go to returns")
    assert act.action == "click" and 40 <= act.target.x <= 140 and 300 <= act.target.y <= 325
    act = _decided("scroll", texts, boxes, [0, 0, 0, 0], "click the Privacy tab")
    assert act.action == "click" and 140 <= act.target.x <= 220
    # a name no text reads whole, a task that asks to scroll: the network's scroll stands
    assert _decided("scroll", texts, boxes, [0, 0, 0, 0], "Open Nordic returns").action == "scroll"
    assert _decided("scroll", texts, boxes, [0, 0, 0, 0], "Scroll down and click Privacy").action == "scroll"


def test_a_file_the_task_opens_is_double_clicked():
    """"Open the file Classic slides.pptx" clicked its icon once, which only selects it; a file opens on a double
    click. A link or a tab the task opens, or a file it only selects, is still clicked once."""
    texts = ["Classic slides.pptx", "map.svg", "Docs"]
    boxes = [(100, 200, 220, 230), (300, 200, 380, 230), (40, 40, 90, 60)]
    kinds = [0, 0, 0]
    assert _decided("click", texts, boxes, kinds, "Open the file Classic slides.pptx.").action == "double_click"
    assert _decided("click", texts, boxes, kinds, "click Docs, then open Classic slides.pptx",
                    [("click", (40, 40, 90, 60))]).action == "double_click"
    assert _decided("click", texts, boxes, kinds, "click Docs, then open Classic slides.pptx").action == "click"
    assert _decided("click", texts, boxes, kinds, "select Classic slides.pptx").action == "click"
    assert _decided("click", ["Docs"], [(40, 40, 90, 60)], [0], "Open the Docs tab").action == "click"
    assert _decided("click", ["example.com"], [(40, 40, 190, 60)], [0], "open example.com").action == "click"


def test_a_search_is_typed_into_the_search_box_then_sent():
    """"Search your mail for invoice and open the one from Lumen Billing" scrolled to look for the result; the
    search box, drawn as a filled pill and found by its hint alone, is typed into first, and Enter sends it
    (the network typed again: "1000" over "vitamin D")."""
    texts = ["Q Search mail", "Inbox", "Lumen Billing"]
    boxes = [(263, 15, 381, 44), (50, 150, 100, 170), (290, 240, 400, 260)]
    task = "Search your mail for invoice and open the one from Lumen Billing."
    act = _decided("scroll", texts, boxes, [0, 0, 0], task)
    assert act.action == "type" and 263 <= act.into.x <= 381 and 15 <= act.into.y <= 44, act
    assert _decided("type", texts, boxes, [0, 0, 0], task, [("type", (340, 26, 348, 34))]).action == "key"
    # or clicked a result before any was shown ("Search for oat milk and add the Oatly Barista Edition")
    assert _decided("click", texts, boxes, [0, 0, 0], task, [("type", (340, 26, 348, 34))]).action == "key"
    assert _decided("click", texts, boxes, [0, 0, 0], task, [("type", (340, 26, 348, 34)),
                                                             ("key", (0, 0, 0, 0))]).action == "click"
    # a task that does not search, or a screen with no search box, is left to the network
    assert _decided("scroll", texts, boxes, [0, 0, 0], "open the one from Lumen Billing").action == "scroll"
    assert _decided("scroll", texts[1:], boxes[1:], [0, 0], task).action == "scroll"
    # "Search" alone is a link or a button, not a search box's hint
    assert _decided("scroll", ["Search", "Inbox"], boxes[:2], [0, 0], task).action == "scroll"
    # a name typed there by a task that does not say how to find it is sent too; text a task says to type is not
    typed = [("type", (340, 26, 348, 34))]
    assert _decided("type", texts, boxes, [0, 0, 0], "Place a hold on Project Hail Mary", typed).action == "key"
    assert _decided("click", texts, boxes, [0, 0, 0], "Type Lumen into the search box", typed).action == "click"


def test_a_row_the_task_opens_is_clicked_on_its_text_not_its_box():
    """"open the one from Lumen Billing" ticked the mail's check box, which borrows the sender as its label."""
    texts = ["☆Lumen Billing", "☆Lumen Billing", "Archive"]
    boxes = [(255, 239, 273, 257), (287, 237, 404, 260), (40, 300, 100, 320)]
    act = _decided("click", texts, boxes, [2, 0, 0], "open the one from Lumen Billing")
    assert act.action == "click" and act.target.x > 287, act
    act = _decided("click", texts, boxes, [2, 0, 0], "select the one from Lumen Billing")
    assert act.action == "click" and act.target.x < 273, act


def test_a_task_that_makes_something_new_starts_with_the_pages_new_button():
    """"Write a new email to dan.weber@northwind.io …" clicked a mail from Dan Weber, "Create a new bug …"
    scrolled the issue list: the page's Compose or New button comes first."""
    texts = ["★ Dan Weber", "• Compose", "+", "Inbox"]
    boxes = [(290, 370, 400, 390), (20, 90, 110, 112), (195, 415, 210, 430), (50, 150, 100, 170)]
    task = 'Write a new email to dan.weber@northwind.io with the subject "Q3 budget", then send it.'
    for kind in ("click", "scroll"):
        act = _decided(kind, texts, boxes, [0, 0, 0, 0], task)
        assert act.action == "click" and 20 <= act.target.x <= 110 and 90 <= act.target.y <= 112, (kind, act)
    # past the first step, or for a task that makes nothing, the network's click stands
    act = _decided("click", texts, boxes, [0, 0, 0, 0], task, [("click", (20, 90, 110, 112))])
    assert act.target.x > 290, act
    assert _decided("click", texts, boxes, [0, 0, 0, 0], "Open the mail from Dan Weber").target.x > 290
    # of several "+" buttons, the one that says new ("+ New issue", not the "+ Priority" filter)
    texts = ["+ Priority", "+ New issue", "TRK-160"]
    boxes = [(340, 60, 410, 80), (1150, 15, 1260, 38), (235, 130, 292, 148)]
    act = _decided("scroll", texts, boxes, [0, 0, 0], 'Create a new bug called "X" with High priority')
    assert act.action == "click" and act.target.x > 1150, act


def test_a_new_thing_is_finished_with_its_button_after_its_kind_is_chosen():
    """"Create a new bug called …" filled the dialog and said done: the kind of thing made (the Bug radio
    button) is chosen, then Create issue is pressed; after that, done."""
    texts = ["Title", "Bug", "Task", "", "", "Create issue"]
    boxes = [(350, 150, 390, 170), (430, 313, 460, 333), (520, 313, 560, 333), (410, 315, 424, 329),
             (500, 315, 514, 329), (820, 410, 920, 432)]
    kinds = [0, 0, 0, 2, 2, 0]
    task = 'Create a new bug called "Login button misaligned"'
    typed = [("click", (1180, 20, 1190, 30)), ("type", (600, 180, 610, 190)), ("click", (700, 360, 708, 368))]
    act = _decided("done", texts, boxes, kinds, task, typed)
    assert act.action == "click" and 410 <= act.target.x <= 424, act
    act = _decided("done", texts, boxes, kinds, task, typed + [("click", (413, 318, 421, 326))])
    assert act.action == "click" and 820 <= act.target.x <= 920, act
    assert _decided("done", texts, boxes, kinds, task, typed + [("click", (413, 318, 421, 326)),
                                                                ("click", (860, 416, 868, 424))]).action == "done"
    assert _decided("done", texts, boxes, kinds, "Mark Bug", [("click", (413, 318, 421, 326))]).action == "done"


def test_a_task_that_starts_where_it_happens_goes_there_first():
    """"In your account, turn on refill reminders …" typed into the shop's search box and "In Settings, …"
    scrolled the issue list: the link to that place is the first click. A place in the form is not one."""
    texts = ["Search medicines", "Shop", "Account", "Basket"]
    boxes = [(400, 50, 800, 86), (900, 60, 950, 90), (1080, 60, 1140, 90), (1160, 60, 1210, 90)]
    task = "In your account, turn on refill reminders by text message to 07700 900123 and save."
    act = _decided("type", texts, boxes, [0, 0, 0, 0], task)
    assert act.action == "click" and 1080 <= act.target.x <= 1140, act
    assert _decided("type", texts, boxes, [0, 0, 0, 0], task, [("click", (1100, 70, 1110, 80))]).action == "type"
    assert _decided("scroll", texts, boxes, [0, 0, 0, 0], "In the Account field, type bob").action == "scroll"


def test_an_option_of_a_group_not_on_screen_is_scrolled_to():
    """"Pick the Lyon option for Privacy" with neither Privacy nor Lyon on screen typed "Lyon" into the nearest
    field; the group is further down."""
    texts = ["Team", "Departure", "Zoom", "Tallinn", "Project", "name"]
    boxes = [(35, 110, 100, 139), (35, 153, 123, 180), (34, 348, 92, 377), (184, 347, 262, 377),
             (35, 400, 110, 420), (35, 422, 90, 440)]
    kinds = [0, 0, 0, 0, 0, 0]
    for task in ("Pick the Lyon option for Privacy", 'Select "Edinburgh" in Humidity',
                 'Set the Distance dropdown to "Toronto"', "choose Mirror from the Delivery note dropdown"):
        act = _decided("type", texts, boxes, kinds, task)
        assert act.action == "scroll" and act.direction == "down", (task, act)
    for task in ("Pick the Tallinn option for Privacy",  # the option shows: the group is here
                 "Select Edinburgh in Zoom",  # the group shows
                 "Set the Project name dropdown to Backpack",  # its label wrapped onto two lines
                 "Set the password of Nina to harbor"):  # a row's field, by the row's name
        assert _decided("type", texts, boxes, kinds, task).action == "type", task
    # three scrolls and still not in view: the page may end there, and the network decides
    scrolled = [("scroll", (0, 0, 0, 0))] * 3
    assert _decided("type", texts, boxes, kinds, "Pick the Lyon option for Privacy", scrolled).action == "type"


@pytest.mark.parametrize("task, pointed, typed", [
    ('Pick "Wallet" for Distance', "Distance", "Wallet"),
    ("set the Address dropdown to Jakarta", "Address", "Jakarta"),
    ("Select Toaster in Bank name", "Bank", "Toaster"),
    ("Select Toaster in Bank name", "Toaster", "Toaster"),
    ("type Oslo into City", "City", "City"),  # not a choosing clause: the span stands
])
def test_a_choosing_clause_types_its_option_not_its_group(task, pointed, typed):
    """The span pointer took the select's name: "Pick "Wallet" for Distance" typed "Distance"."""
    from tilepilot.model.embedded.order import chosen_option

    a = task.index(pointed)
    s, e = chosen_option(task, a, a + len(pointed))
    assert task[s:e] == typed


def test_a_file_is_opened_on_its_label_though_its_name_wraps():
    """Under desktop icons a long name wraps mid-word ("Quiet da" over "ta.csv"); "Double-click Quiet data.csv"
    double-clicked "ng", the end of another wrapped name."""
    texts = ["ng", "poster.p", "口", "Quiet da", "ta.csv", "data.csv", "口"]
    boxes = [(473, 401, 518, 437), (433, 356, 559, 396), (471, 302, 522, 352), (431, 532, 562, 569),
             (448, 574, 543, 608), (269, 355, 399, 391), (470, 470, 520, 525)]
    kinds = [0] * 7
    act = _decided("double_click", texts, boxes, kinds, "Double-click Quiet data.csv.")
    assert act.action == "double_click" and 431 <= act.target.x <= 562 and 532 <= act.target.y <= 569, act
    act = _decided("click", texts, boxes, kinds, "open data.csv")  # the name alone, opened with a double click
    assert act.action == "double_click" and 269 <= act.target.x <= 399 and 355 <= act.target.y <= 391, act
    # the icon above the label stands
    act = _decided("double_click", texts[6:] + texts[:6], boxes[6:] + boxes[:6], kinds, "Double-click Quiet data.csv")
    assert 470 <= act.target.x <= 520 and 470 <= act.target.y <= 525, act


def test_an_item_added_to_a_list_is_typed_and_added():
    """"Add read toaster to the list" clicked the list's empty field and stopped; "put "clean Granada" on the
    list" typed the item, then clicked a slider's label and the item was never added."""
    texts = ["", "+ Add", "Zoom", "data.csv"]
    boxes = [(38, 327, 258, 362), (296, 329, 346, 358), (620, 301, 673, 320), (41, 370, 122, 397)]
    kinds = [1, 0, 0, 0]
    act = _decided("click", texts, boxes, kinds, "Add read toaster to the list")
    assert act.action == "type" and act.text == "read toaster" and 38 <= act.into.x <= 258, act
    act = _decided("click", texts, boxes, kinds, "add a to-do called 'read jakarta'")
    assert act.action == "type" and act.text == "read jakarta", act
    assert _decided("click", texts, boxes, kinds, "Add the Wallet to the list").action == "click"  # a thing shown
    typed = [("type", (140, 340, 150, 350))]
    order = [2, 0, 1, 3]  # the network points at the first: the slider's label "Zoom"
    act = _decided("click", [texts[k] for k in order], [boxes[k] for k in order], [kinds[k] for k in order],
                   'put "clean Granada" on the list', typed)
    assert act.action == "key" and act.keys == ["Enter"], act
    order = [1, 0, 2, 3]  # its own "+ Add" button adds it
    act = _decided("click", [texts[k] for k in order], [boxes[k] for k in order], [kinds[k] for k in order],
                   'put "clean Granada" on the list', typed)
    assert act.action == "click" and 296 <= act.target.x <= 346, act


def test_a_new_thing_said_with_add_opens_its_form_types_its_name_into_the_title_and_is_created():
    """"Add a new card called 'Fix footer links on mobile' …" typed "called" into the board's search: its "+ New
    card" first, then the name into the dialog's Title (the one value the task gives a field), then "Create
    card"; "Add a todo called buy milk" types into the list's own field and never presses more."""
    task = "Add a new card called 'Fix footer links on mobile' to the Review column."
    board = ["Search cards", "+ New card", "Backlog"]
    board_boxes = [(829, 19, 945, 42), (1078, 22, 1156, 39), (265, 140, 334, 169)]
    for kind in ("type", "click", "scroll"):
        act = _decided(kind, board, board_boxes, [0, 0, 0], task)
        assert act.action == "click" and 1078 <= act.target.x <= 1156, (kind, act)
    assert _decided("click", board, board_boxes, [0, 0, 0], "Open the Backlog column").target.x < 1078
    texts = ["Title", "What needs to be done?", "What needs to be done?", "Cancel", "Create card"]
    boxes = [(375, 107, 412, 129), (379, 130, 901, 166), (385, 136, 548, 159), (713, 621, 786, 655),
             (797, 621, 900, 655)]
    kinds = [0, 1, 0, 0, 0]
    opened = [("click", (1113, 27, 1121, 35))]
    act = _decided("done", texts, boxes, kinds, task, opened)
    assert act.action == "type" and act.text == "Fix footer links on mobile" and act.into.y < 166, act
    filled = ["Title", "Fix footer links on mobile", "Fix footer links on mobile", "Cancel", "Create card"]
    act = _decided("done", filled, boxes, kinds, task, opened + [("type", (626, 144, 634, 152))])
    assert act.action == "click" and act.target.x >= 797, act
    from types import SimpleNamespace

    from tilepilot.model.embedded.buttons import made_button

    todo = SimpleNamespace(cand_text=["Add a todo", "Add"], cand_kind=np.array([1, 0]), scale=1.0,
                           cand_box=np.array([(100, 100, 500, 130), (520, 100, 580, 130)], np.float32),
                           hist_kind=np.array([ACTIONS.index("type"), ACTIONS.index("key")]),
                           hist_box=np.array([(300, 110, 308, 118), (0, 0, 0, 0)], np.float32))
    assert made_button(todo, "Add a todo called buy milk") is None  # no New button opened a form
    todo.hist_kind = np.array([ACTIONS.index("click"), ACTIONS.index("type")])
    assert made_button(todo, "Add a todo called buy milk") == 1


def test_an_identifier_not_in_a_list_of_its_like_is_typed_into_the_lists_filter():
    """"Send Brightline Dental a payment reminder for invoice INV-0038" on a list showing INV-0050 … INV-0041:
    INV-0038 is typed into "Filter by number or client" (not the site's search, nor the New invoice button the
    network typed into); not where the identifier is shown, nor where none like it is, nor after a first step."""
    texts = ["Search invoices, clients...", "+ New invoice", "Filter by number or client", "INV-0050", "INV-0041",
             "Fernhill Creative Search invoices, clients...", "All 20 Filter by number or client"]
    boxes = [(242, 12, 407, 40), (1136, 75, 1254, 106), (254, 177, 418, 205), (252, 262, 310, 280),
             (252, 703, 310, 720), (239, 10, 582, 44), (252, 174, 535, 208)]
    kinds = [0, 0, 0, 0, 0, 1, 1]
    task = "Send Brightline Dental a payment reminder for invoice INV-0038."
    act = _decided("type", texts, boxes, kinds, task)
    assert act.action == "type" and act.text == "INV-0038" and 252 <= act.into.x <= 535 and 174 <= act.into.y <= 208
    assert _decided("scroll", texts, boxes, kinds, task).action == "type"
    shown = "Send Brightline Dental a payment reminder for invoice INV-0041."
    assert _decided("scroll", texts, boxes, kinds, shown).action == "scroll"
    assert _decided("scroll", texts, boxes, kinds, "Send a reminder for order 4471.").action == "scroll"
    assert _decided("scroll", texts, boxes, kinds, task, [("click", (20, 130, 28, 138))]).action == "scroll"


def test_a_thing_not_brought_up_by_two_scrolls_or_a_section_is_typed_into_the_lists_search():
    """"Harbor Dental's 250 business cards are done. Mark them ready for pickup." scrolled an order list whose
    Harbor Dental order was on its second page until the steps ran out. After two scrolls the thing's name (its
    owner's, before the "'s") goes into the list's search; not before, not after another kind of step, not for
    a task that asks to scroll."""
    texts = ["Orders", "Search orders, customers, notes...", "PO-3315", "Harbor Dental", "1,000 x Letterheads",
             "All 16 Search orders, customers, notes..."]
    boxes = [(170, 16, 212, 32), (25, 87, 235, 108), (32, 219, 83, 235), (135, 218, 221, 236),
             (336, 210, 452, 228), (21, 81, 304, 117)]
    kinds = [0, 0, 0, 0, 0, 1]
    task = "Harbor Dental's 250 business cards are done. Mark them ready for pickup."
    scrolled = [("scroll", (0, 0, 0, 0)), ("scroll", (0, 0, 0, 0))]
    act = _decided("scroll", texts, boxes, kinds, task, scrolled)
    assert act.action == "type" and act.text == "Harbor Dental" and 21 <= act.into.x <= 304 and 81 <= act.into.y <= 117
    assert _decided("scroll", texts, boxes, kinds, task, scrolled[:1]).action == "scroll"
    assert _decided("scroll", texts, boxes, kinds, task, [("click", (170, 20, 178, 28)), *scrolled]).action != "type"
    assert _decided("scroll", texts, boxes, kinds, "Scroll down to the Harbor Dental orders", scrolled).action \
        != "type"
    # a section just opened from the sidebar that does not show the task's thing: its search, at once
    shelter = ["Dashboard", "Kennels", "All animals 18 on record", "Search name, breed, ID...", "Ziggy", "Shadow",
               "Search name, breed, ID..."]
    at = [(18, 104, 120, 124), (22, 212, 100, 232), (257, 99, 454, 122), (292, 162, 472, 180), (305, 247, 349, 263),
          (305, 302, 367, 318), (261, 155, 501, 187)]
    opened = [("click", (67, 146, 75, 154))]
    milo = "Milo the beagle went home with his new family today — can you mark him as adopted?"
    act = _decided("done", shelter, at, [0, 0, 0, 0, 0, 0, 1], milo, opened)
    assert act.action == "type" and act.text == "Milo", act
    assert _decided("done", shelter, at, [0, 0, 0, 0, 0, 0, 1], "Add Milo to the Dogs list", opened).action \
        != "type"  # a new thing: no row to look for
    assert _decided("done", shelter, at, [0, 0, 0, 0, 0, 0, 1], milo, [("click", (700, 300, 708, 308))]).action \
        != "type"  # a click in the page, not its sidebar: a row acted on, gone from the list


def test_a_rename_dialogs_field_is_cleared_and_typed_then_saved():
    """"Rename the device Battery B to 'Garage battery'" opened "Rename device", its field showing "Battery B":
    the new name replaces it, then Save (the network said done with the dialog open)."""
    texts = ["Rename device", "Device name", "Battery B", "Cancel", "Save", "Device name Battery B"]
    boxes = [(413, 279, 553, 303), (410, 312, 491, 332), (418, 340, 488, 364), (729, 416, 778, 434),
             (814, 415, 852, 434), (413, 334, 868, 371)]
    kinds = [0, 0, 0, 0, 0, 1]
    task = "Rename the device Battery B to 'Garage battery'."
    act = _decided("done", texts, boxes, kinds, task, [("click", (1059, 585, 1067, 593))])
    assert act.action == "type" and act.text == "Garage battery" and act.clear and 413 <= act.into.x <= 868
    assert _decided("done", texts, boxes, kinds, "Delete the device Battery B.",
                    [("click", (1059, 585, 1067, 593))]).action != "type"


def test_a_dialogs_button_a_rule_chose_is_clicked_not_typed_into_as_a_field():
    """"Void invoice INV-0047, the shoot was cancelled": the menu's Void opened "Void INV-0047?"; its "Void
    invoice" button, drawn as a box, read like a field labelled "void invoice" whose value the task gives
    ("INV-0047"), and the identifier was typed into it: the confirming button is clicked."""
    texts = ["Void invoice", "Void INV-0047?", "Voiding marks this invoice as cancelled. This can't be undone.",
             "Reason", "Optional", "Cancel", "Void invoice", "Optional"]  # the network pointed at the button's box
    boxes = [(800, 276, 900, 307), (380, 70, 502, 92), (380, 142, 876, 173), (380, 185, 425, 200),
             (390, 212, 440, 227), (736, 281, 778, 301), (808, 281, 890, 303), (380, 204, 900, 235)]
    kinds = [1, 0, 0, 0, 0, 0, 0, 1]
    act = _decided("done", texts, boxes, kinds, "Void invoice INV-0047, the shoot was cancelled.",
                   [("click", (1222, 415, 1230, 423)), ("click", (1108, 578, 1116, 586))])
    assert act.action == "click" and 800 <= act.target.x <= 900 and 276 <= act.target.y <= 307, act
