"""dectime.py RUNDIR: mean ms to decode (candidates, features, network, rules, pointing) the saved steps under RUNDIR
(t*/s*.pkl) with the tree on PYTHONPATH; OCR is read from the pkl. Prints one number."""
import sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from redo import decode, load  # noqa: E402
from tilepilot.model.embedded.policy import EmbeddedPolicy  # noqa: E402

recs = [load(p) for p in sorted(Path(sys.argv[1]).glob("t*/s*.pkl"))]
pol = EmbeddedPolicy()
decode(pol, recs[0])
t0 = time.perf_counter()
for r in recs:
    decode(pol, r)
print(f"{(time.perf_counter() - t0) / len(recs) * 1000:.1f} ms over {len(recs)} steps")
