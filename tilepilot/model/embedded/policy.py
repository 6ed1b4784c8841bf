"""``EmbeddedPolicy``: the default policy. Offline, CPU: OCR + candidates -> the embedded model -> action."""

from __future__ import annotations

import re
import time
from pathlib import Path

from tilepilot.model.data.components import candidates_from
from tilepilot.model.data.sample import Candidate
from tilepilot.model.embedded.features import featurize, history_actions
from tilepilot.model.embedded.model import EmbeddedModel, label_of, text_box_of
from tilepilot.model.embedded.pointing import finish_pointing
from tilepilot.model.embedded.text import shared_encoder
from tilepilot.model.policy import Decision
from tilepilot.perception.observation import Observation

_SECRET = re.compile(r"\{\{secret:([A-Za-z_][A-Za-z0-9_]*)\}\}")


def mask_secrets(task: str) -> tuple[str, dict[str, str]]:
    """``{{secret:NAME}}`` -> a plain quoted word the model can copy; the map turns it back afterwards, so the
    value itself never reaches the model (it is substituted by the executor alone)."""
    names: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        word = f"secret{len(names) + 1}x"
        names[word] = m.group(0)
        return f'"{word}"'

    return _SECRET.sub(sub, task), names


class EmbeddedPolicy:
    """The shipped tile-tagged model (or ``checkpoint``) behind the ``Policy`` protocol."""

    name = "embedded"

    def __init__(self, checkpoint: str | Path | None = None, quantize: bool = False) -> None:
        self.model = EmbeddedModel.load(checkpoint, quantize=quantize)
        self.encoder = shared_encoder()

    def decide(self, observation: Observation) -> Decision:
        t0 = time.perf_counter()
        texts = observation.text_boxes()
        t1 = time.perf_counter()
        frame = observation.frame
        cands = candidates_from(frame.image, [Candidate(kind="text", box=t.box, text=t.text, source="ocr")
                                              for t in texts])
        tc = time.perf_counter()
        task, secrets = mask_secrets(observation.task)
        history = history_actions(observation.history)
        for word, placeholder in secrets.items():  # the model saw the word, so its history says the word too
            history = [a.model_copy(update={"text": a.text.replace(placeholder, word)}) if a.action == "type" else a
                       for a in history]
        f = featurize(self.encoder, task, frame.image, frame.scale, cands, history)
        t2 = time.perf_counter()
        pred = self.model.predict([f], [task])[0]
        action = pred.action
        action = finish_pointing(action, frame.image, frame.scale, task, label_of(pred, f), text_box_of(pred, f))
        t3 = time.perf_counter()
        if action.action == "type" and secrets:
            text = action.text
            for word, placeholder in secrets.items():
                text = text.replace(word, placeholder)
            action = action.model_copy(update={"text": text})
        target = label_of(pred, f) or (cands[pred.target_index].kind if pred.target_index is not None
                                       and pred.target_index < len(cands) else "")
        thought = f"{action.action} {target!r} (p={pred.confidence:.2f})" if target else \
            f"{action.action} (p={pred.confidence:.2f})"
        return Decision(action=action, thought=thought,
                        timings={"ocr": t1 - t0, "candidates": tc - t1, "features": t2 - tc, "model": t3 - t2},
                        extra={"confidence": round(pred.confidence, 4), "target_text": target,
                               "candidates": len(cands), "visual_tokens": f.tokens_router[0]})
