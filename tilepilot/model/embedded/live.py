"""Closed-loop evaluation: the policy runs whole generated episodes in Chromium by itself.

Teacher-forced scores (``train.evaluate``) show every step the real result of the *ground-truth* previous step;
here the policy lives with its own mistakes, as a user's run does. An episode succeeds when the agent says
``done`` and every step's DOM check (the field holds the value, the box is ticked, the form was submitted, …)
held at some point during the run.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from tilepilot.agent.loop import Agent, StepRecord
from tilepilot.model.data.episode import ChromiumHost
from tilepilot.model.data.generate import page_for
from tilepilot.model.data.sample import SplitName
from tilepilot.model.policy import Policy


def live_evaluate(policy: Policy, episodes: int, split: SplitName = "heldout", seed: int = 0,
                  host: ChromiumHost | None = None, ocr: Any = None, progress: bool = False,
                  families: list[str] | None = None) -> dict[str, Any]:
    """Run ``episodes`` episodes of ``split`` (seeded, the generator's pages and tasks; only ``families``, in
    turn, when given) with ``policy``."""
    from tilepilot.perception.ocr import OcrEngine

    own = host is None
    host = host or ChromiumHost()
    ocr = ocr or OcrEngine()
    rows = []
    try:
        for i in range(episodes):
            spec = page_for(split, seed, i, families=families)
            screen = host.screen(spec.viewport, spec.dsf)
            try:
                screen.page.set_content(spec.html, wait_until="load")
                screen.page.evaluate("document.fonts.ready")
                checks = [st.check for st in spec.task.steps if st.check]
                held = [False] * len(checks)

                def look(_: StepRecord, page: Any = screen.page, checks: list[str] = checks,
                         held: list[bool] = held) -> None:
                    for k, c in enumerate(checks):
                        if not held[k]:
                            held[k] = bool(page.evaluate(f"() => !!({c})"))

                t0 = time.monotonic()
                agent = Agent(policy, screen, ocr=ocr, max_steps=len(spec.task.steps) + 4, on_step=look)
                r = agent.run(spec.task.instruction)
                look(None)  # type: ignore[arg-type]
                ok = r.status == "done" and all(held)
                rows.append({"index": i, "family": spec.family, "instruction": spec.task.instruction,
                             "status": r.status, "steps": len(r.steps), "checks": f"{sum(held)}/{len(held)}",
                             "success": ok, "seconds": round(time.monotonic() - t0, 2),
                             "actions": [st.description + (f" ({st.error})" if st.error else "") for st in r.steps]})
                if progress:
                    print(f"{'ok ' if ok else 'no '} {spec.family:9s} {r.status:10s} {sum(held)}/{len(held)} "
                          f"{spec.task.instruction[:90]}", flush=True)
            finally:
                screen.context.close()
    finally:
        if own:
            host.close()
    fam: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        fam[row["family"]].append(row["success"])
    n = max(len(rows), 1)
    return {"episodes": len(rows), "success": sum(r["success"] for r in rows) / n,
            "by_family": {k: (sum(v) / len(v), len(v)) for k, v in sorted(fam.items())}, "runs": rows}
