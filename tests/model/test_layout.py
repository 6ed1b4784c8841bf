"""Ordinals by position: on a real Chromium page read by real OCR, the candidates are chained into rows and
columns, and "the second button", "the third link under Backups", "the last tab" mark the element a person
means (``layout.ordinal_match``); networks trained before ordinal matching gain it without changing a decision."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from tilepilot.actions.schema import Click, Key, Point
from tilepilot.model.data.components import candidates_from, is_positive
from tilepilot.model.data.sample import Candidate
from tilepilot.model.embedded.features import featurize, ordinal_positions
from tilepilot.model.embedded.layout import is_list_marker, ordinal_match, ordinal_of
from tilepilot.model.embedded.model import EmbeddedModel
from tilepilot.model.embedded.net import NetConfig, TilePilotNet
from tilepilot.model.embedded.text import shared_encoder
from tilepilot.model.embedded.train import upgraded

pytestmark = [pytest.mark.browser, pytest.mark.ocr]

BUTTONS = ["Register", "Archive", "Join", "Import", "Reset"]
RADIOS = ["White", "Nordic Harbour", "Oslo", "Perth"]
LISTS = {"Security": ["returns", "careers", "newsletter", "press kit"],
         "Backups": ["sitemap", "help center", "changelog", "status page"]}
PAGE = """<html><body style="font: 16px sans-serif; margin: 24px; background: #f4f4f6">
<div style="display:grid; grid-template-columns: 1fr 1fr; gap: 20px">
 <section style="background:#fff; border:1px solid #ccc; padding:16px">
  <h2 style="margin:0 0 10px">Privacy</h2>
  <div style="display:flex; gap:12px">{buttons}</div>
  {lists}
 </section>
 <section style="background:#fff; border:1px solid #ccc; padding:16px">
  <div style="display:flex; gap:12px"><button>Alpha</button><button>Beta</button></div>
  <p>Orders and more orders</p>
  <div id="picked" style="background:#1a5fb4; color:#fff; padding:6px">Quiet mirror</div>
  <div id="plain" style="padding:6px">Nordic lamp</div>
  <p style="margin:14px 0 4px">Humidity</p>
  <div style="display:flex; gap:26px">{radios}</div>
 </section>
</div></body></html>""".format(
    radios="".join(f'<label><input type="radio" name="hum" id="r{i}"> {t}</label>' for i, t in enumerate(RADIOS)),
    buttons="".join(f'<button id="b{i}" style="padding:6px 14px">{t}</button>' for i, t in enumerate(BUTTONS)),
    lists="".join(f'<h3>{h}</h3><ul>' + "".join(f'<li><a href="#" id="{h}{i}">{t}</a></li>' for i, t in enumerate(ls))
                  + "</ul>" for h, ls in LISTS.items()))


@pytest.fixture(scope="module")
def screen(chromium, ocr_engine):
    from tilepilot.actions.browser import Browser

    with Browser(viewport=(1100, 760), device_scale_factor=1.25) as b:
        b.page.set_content(PAGE)
        frame = b.capture()
        ids = ([f"b{i}" for i in range(len(BUTTONS))] + [f"{h}{i}" for h, ls in LISTS.items() for i in range(len(ls))]
               + ["picked", "plain"] + [f"r{i}" for i in range(len(RADIOS))])
        rects = {k: b.page.eval_on_selector(f"#{k}", "e => { const r = e.getBoundingClientRect();"
                                            " return [r.left, r.top, r.right, r.bottom]; }") for k in ids}
    s = frame.scale
    texts = [Candidate(kind="text", box=t.box, text=t.text, source="ocr") for t in ocr_engine.read(frame)]
    return frame.image, candidates_from(frame.image, texts), {k: tuple(v * s for v in r) for k, r in rects.items()}, s


def _marked(screen, task: str) -> tuple[set[str], set[int]]:
    """The element ids on which some candidate is marked by the task's ordinal, and the marked candidates."""
    image, cands, rects, s = screen
    f = featurize(shared_encoder(), task, image, s, cands, [])
    marked = set(np.flatnonzero(f.cand_ord.max((1, 2)) > 0).tolist())
    hit = {k for k, r in rects.items() if any(is_positive(cands[i].box, r) for i in marked)}
    return hit, marked


@pytest.mark.parametrize(("task", "want", "not_want"), [
    ("click the second button", "b1", {"b0", "b2", "b3", "b4"}),
    ("Press the fourth button in the row", "b3", {"b0", "b1", "b2", "b4"}),
    ("click the last button", "b4", {"b0", "b1", "b2", "b3"}),
    ("click the 1st button", "b0", {"b1", "b2", "b3", "b4"}),
    ("Click the third link under Backups", "Backups2", {"Backups0", "Backups1", "Backups3"}),
    ("open the first link in the Security section", "Security0", {"Security1", "Security2", "Security3"}),
])
def test_an_ordinal_marks_the_element_at_that_place(screen, task, want, not_want):
    hit, _ = _marked(screen, task)
    assert want in hit, (task, hit)
    assert not (hit & not_want), (task, hit & not_want)


@pytest.mark.parametrize(("task", "want"), [("Choose the first option under Humidity", 0),
                                           ("pick the third option under Humidity", 2),
                                           ("select the last option under Humidity", 3)])
def test_radio_buttons_in_a_row_are_counted_across_their_labels(screen, task, want):
    """A row of radio buttons has a label between each two, wider than the 4 heights a row of buttons allows:
    live, "Choose the first option under Humidity" clicked the second radio button while no radio button was
    marked. The widgets themselves must be marked, not only their labels' text."""
    image, cands, rects, _ = screen
    _, marked = _marked(screen, task)
    widgets = {k for k in rects if k.startswith("r")
               for i in marked if cands[i].kind == "component" and is_positive(cands[i].box, rects[k])}
    assert widgets == {f"r{want}"}, (task, widgets)


def test_list_markers_are_not_counted():
    """Beside every list stands a column of bullets, which OCR sometimes reads as "•" (a held-out page at 1.5x):
    counted, the first bullet was as much "the first link under Security" as the link, and the step clicked the
    bullet. The boxes are like that page's."""
    bullets = [(637, 319 + 36 * k, 651, 332 + 36 * k) for k in range(3)]
    links = [(663, 312 + 36 * k, 850, 340 + 36 * k) for k in range(3)]
    boxes = np.array(bullets + links, np.float32)
    kinds = np.zeros(6, np.int64)
    texts = ["•", "•", "•", "community forum", "returns", "Classic newsletter"]
    pos = ordinal_positions(boxes, kinds, texts, 1.5)
    assert pos[:3].tolist() == [[0, 0, 0, 0]] * 3
    assert pos[3:, 2].tolist() == [1, 2, 3]
    words, tok = ["Click", "the", "first", "link"], np.array([0, 1, 2, 3])
    assert ordinal_match(words, tok, pos)[:, 2].max(1).tolist() == [0, 0, 0, 1, 0, 0]
    assert not is_list_marker("Save") and not is_list_marker("×") and is_list_marker(" - ")


def test_a_task_without_ordinals_marks_nothing(screen):
    _, marked = _marked(screen, "click Join, then open the changelog link")
    assert not marked


def test_ordinal_words():
    assert [ordinal_of(w) for w in ("first", "Second", "10th", "3rd", "last", "button", "one")] == \
        [1, 2, 10, 3, -1, None, None]


def test_a_network_given_ordinals_decides_as_before(screen):
    """Old checkpoints (the shipped ensemble's members predate ordinal matching) gain the new inputs at zero
    weight: the same outputs to the last bit, and a config that says so; fine-tuning then teaches it."""
    image, cands, _, s = screen
    f = featurize(shared_encoder(), "click the second button, then Join", image, s, cands, [])
    torch.manual_seed(0)
    old = TilePilotNet(NetConfig(d=32, layers=2, heads=2)).eval()
    cfg, new = upgraded(old)
    assert cfg.ordinal and cfg.state and not old.cfg.ordinal
    a, b = EmbeddedModel(old).outputs([f]), EmbeddedModel(new.eval()).outputs([f])
    for k in a:
        assert np.array_equal(a[k], b[k]), k
    # and the new weights matter once they are not zero: each new input reaches the pointer
    for layer in (new.ord_summary, new.state, new.ins_seen):
        with torch.no_grad():
            layer.weight.normal_()  # not a constant: LayerNorm would remove a shift along every dimension
        c = EmbeddedModel(new.eval()).outputs([f])
        assert not np.allclose(a["ptr"], c["ptr"])
        with torch.no_grad():
            layer.weight.zero_()


def test_a_candidate_knows_it_was_acted_on_and_how_it_looks(screen):
    """Choosing the next item of "select A, B and C", and done after the last, were held-out error classes:
    the candidates an earlier click pointed into say so, and a highlighted (selected) item's colours differ
    from a plain one's."""
    image, cands, rects, s = screen
    at = rects["b2"]
    click = Click(target=Point(x=(at[0] + at[2]) / 2, y=(at[1] + at[3]) / 2))
    f = featurize(shared_encoder(), "select Join and Import", image, s, cands, [click, Key(keys=["Tab"])])
    on = [i for i, c in enumerate(cands) if is_positive(c.box, at)]
    assert on and all(f.cand_state[i, 0] == 1 and f.cand_state[i, 1] == 0 for i in on)  # the last action had no point
    assert not f.cand_state[[i for i in range(len(cands)) if i not in on], 0].any()
    f = featurize(shared_encoder(), "select Join and Import", image, s, cands, [click])
    assert all(f.cand_state[i, 1] == 1 for i in on)
    picked = [i for i, c in enumerate(cands) if c.kind == "text" and is_positive(c.box, rects["picked"])]
    plain = [i for i, c in enumerate(cands) if c.kind == "text" and is_positive(c.box, rects["plain"])]
    assert picked and plain
    assert np.abs(f.cand_state[picked[0], 2:5] - f.cand_state[plain[0], 2:5]).max() > 0.2
    for i in picked + plain:  # the colours are the box's own, exactly (OpenCV on the uint8 pixels)
        x0, y0, x1, y1 = (int(v) for v in cands[i].box)
        px = image[max(y0, 0):y1, max(x0, 0):x1].reshape(-1, 3) / 255.0
        assert np.allclose(f.cand_state[i, 2:5], px.mean(0), atol=1e-3)
        assert np.allclose(f.cand_state[i, 5:8], px.std(0), atol=1e-3)
