"""Run a task set like bench/apps_model.py and save every step's observation (image, OCR boxes, history) as a pkl.
Usage: dump.py SET "substr" OUTDIR [MAX_STEPS]; env APPS overrides the apps folder.
Writes OUTDIR/tNN/sMM.pkl and OUTDIR/result.txt; passing tasks' dirs are listed in OUTDIR/pass.txt."""
import contextlib, json, os, pickle, sys, time
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parents[1]
APPS = Path(os.environ.get("APPS", ROOT / "scenarios/apps/web"))
SET, SUB, OUT = sys.argv[1], sys.argv[2], Path(sys.argv[3])
MAX = int(sys.argv[4]) if len(sys.argv) > 4 else 12
OUT.mkdir(parents=True, exist_ok=True)
tasks = json.loads((APPS / f"{SET}_tasks.json").read_text())

from tilepilot.agent.loop import Agent  # noqa: E402
from tilepilot.model.data.episode import ChromiumHost  # noqa: E402
from tilepilot.model.embedded.policy import EmbeddedPolicy  # noqa: E402
from tilepilot.perception.ocr import OcrEngine  # noqa: E402

policy = EmbeddedPolicy()
ocr = OcrEngine()
host = ChromiumHost()
cur = {"dir": None, "n": 0}
orig = policy.decide


def decide(obs):
    texts = obs.text_boxes()
    d = orig(obs)
    ok, png = cv2.imencode(".png", obs.frame.image)
    rec = dict(task=obs.task, png=png.tobytes(), scale=obs.frame.scale, texts=texts, history=obs.history,
               step=obs.step, action=d.action.model_dump(), thought=d.thought)
    (cur["dir"] / f"s{cur['n']:02d}.pkl").write_bytes(pickle.dumps(rec))
    cur["n"] += 1
    return d


policy.decide = decide
solved = 0
res = open(OUT / "result.txt", "a")
passf = open(OUT / "pass.txt", "a")
try:
    for k, t in enumerate(tasks):
        if SUB and SUB.lower() not in t["task"].lower():
            continue
        page, task, check = t["page"], t["task"], t["check"]
        cur["dir"] = OUT / f"t{k:02d}"
        cur["dir"].mkdir(exist_ok=True)
        cur["n"] = 0
        screen = host.screen((1280, 720), 1.0)
        try:
            screen.page.goto((APPS / page).as_uri())
            held = [False]

            def look(_=None, p=screen.page, c=check, h=held):
                with contextlib.suppress(Exception):
                    h[0] = h[0] or bool(p.evaluate(f"() => !!({c})"))
            try:
                r = Agent(policy, screen, ocr=ocr, max_steps=MAX, on_step=look).run(task)
            except Exception as e:  # noqa: BLE001
                print(f"t{k:02d} ERR {str(e).splitlines()[0][:100]}", flush=True)
                continue
            look()
            ok = held[0] and r.status == "done"
            solved += ok
            acts = "; ".join(s.description.split(" frame")[0][:48] for s in r.steps)
            line = f"t{k:02d} {'ok' if ok else 'NO'}{' (held)' if held[0] and not ok else ''} {page}\n      {acts}"
            print(line, flush=True)
            res.write(line + "\n")
            res.flush()
            if ok:
                passf.write(str(cur["dir"]) + "\n")
                passf.flush()
        finally:
            screen.context.close()
finally:
    host.close()
print(f"solved {solved}", flush=True)
res.write(f"solved {solved}\n")
