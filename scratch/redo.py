"""Re-decode saved steps (pkls from dump.py) with the current code; print DIFF for steps whose action changed.
Usage: redo.py PKL... (or dirs)"""
import pickle, sys
from pathlib import Path

import cv2
import numpy as np

from tilepilot.model.data.components import candidates_from
from tilepilot.model.data.sample import Candidate
from tilepilot.model.embedded.features import featurize, history_actions
from tilepilot.model.embedded.model import label_of, text_box_of
from tilepilot.model.embedded.pointing import finish_pointing
from tilepilot.model.embedded.policy import EmbeddedPolicy, mask_secrets


def load(p):
    r = pickle.loads(Path(p).read_bytes())
    r["image"] = cv2.imdecode(np.frombuffer(r["png"], np.uint8), cv2.IMREAD_COLOR)
    return r


def decode(policy, r, ret_all=False):
    cands = candidates_from(r["image"], [Candidate(kind="text", box=t.box, text=t.text, source="ocr")
                                         for t in r["texts"]])
    task, secrets = mask_secrets(r["task"])
    history = history_actions(r["history"])
    f = featurize(policy.encoder, task, r["image"], r["scale"], cands, history)
    pred = policy.model.predict([f], [task])[0]
    action = finish_pointing(pred.action, r["image"], r["scale"], task, label_of(pred, f), text_box_of(pred, f))
    if ret_all:
        return action, pred, f, cands, task
    return action


def same(a, b, tol=6):
    if a.get("action") != b.get("action"):
        return False
    for k in a:
        va, vb = a[k], b.get(k)
        if isinstance(va, dict) and "x" in va:
            if vb is None or abs(va["x"] - vb["x"]) > tol or abs(va["y"] - vb["y"]) > tol:
                return False
        elif va != vb:
            return False
    return True


if __name__ == "__main__":
    paths = []
    for a in sys.argv[1:]:
        p = Path(a)
        paths += sorted(p.glob("s*.pkl")) if p.is_dir() else [p]
    pol = EmbeddedPolicy()
    nd = 0
    for p in paths:
        r = load(p)
        a = decode(pol, r).model_dump()
        if not same(a, r["action"]):
            nd += 1
            print(f"DIFF {p}\n   was {r['action']}\n   now {a}", flush=True)
    print(f"{nd} of {len(paths)} differ")
