"""lit.py PKL [x0 y0 x1 y1]: the step's candidates as test literals (text, kind, box), and the history."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from redo import decode, load  # noqa: E402
from tilepilot.model.embedded.features import ACTIONS, KINDS  # noqa: E402
from tilepilot.model.embedded.policy import EmbeddedPolicy  # noqa: E402

r = load(sys.argv[1])
x0, y0, x1, y1 = (float(v) for v in sys.argv[2:6]) if len(sys.argv) >= 6 else (0, 0, 1e9, 1e9)
_, pred, f, cands, task = decode(EmbeddedPolicy(), r, ret_all=True)
name = {v: k for k, v in KINDS.items()}
short = {"text": "t", "input": "i", "component": "c"}
out = []
for q in range(len(f.cand_text)):
    b = tuple(int(v) for v in f.cand_box[q])
    if b[0] >= x0 and b[1] >= y0 and b[2] <= x1 and b[3] <= y1:
        k = name[int(f.cand_kind[q])]
        out.append(f"({f.cand_text[q]!r}, {short.get(k, k)}, {b})")
print("[" + ", ".join(out) + "]")
print("HIST", [(ACTIONS[int(k)], (float((b[0] + b[2]) / 2), float((b[1] + b[3]) / 2))) for k, b in zip(f.hist_kind, f.hist_box)])
