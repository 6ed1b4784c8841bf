"""Replay benchmarks, against baselines measured in the same run and the same browser.

    python bench/bench_replay.py [--repeats 3] [--apps login,todo]

1. Replay time of each example scenario (steps only, and with its checks) vs a hand-written Playwright
   script doing the same steps with CSS selectors (goal: replay <= 1.3x the script).
2. Healing on the shifted variants: share of target steps healed (goal >= 95%) and the time healing added
   (shifted replay minus original replay).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tilepilot.actions.browser import Browser  # noqa: E402
from tilepilot.perception.ocr import OcrEngine  # noqa: E402
from tilepilot.replay import scenario as sc  # noqa: E402
from tilepilot.replay.replayer import Replayer, serve  # noqa: E402


def _type(page, sel: str, text: str) -> None:
    page.locator(sel).click()
    page.keyboard.type(text)


def pw_login(page) -> None:
    _type(page, "#user", "ada")
    _type(page, "#pass", "hunter2")
    page.locator("#signin").click()
    page.wait_for_selector("#hello:has-text('Welcome, ada')")


def pw_todo(page) -> None:
    _type(page, "#new", "Buy milk")
    page.locator("#add").click()
    _type(page, "#new", "Walk the dog")
    page.keyboard.press("Enter")
    page.locator("#list li:first-child input").click()
    page.wait_for_selector("#count:has-text('1 of 2 done')")


def pw_settings(page) -> None:
    page.locator("#dark").click()
    page.locator("#mail-label").click()
    page.locator("#lang").click()
    page.locator("#menu div:has-text('Deutsch')").click()
    page.locator("#save").click()
    page.wait_for_selector("#status:has-text('Deutsch')")


def pw_table(page) -> None:
    _type(page, "#q", "a")
    page.locator("#h-age").click()
    page.locator("#h-age").click()
    page.wait_for_selector("#rows tr:first-child td:has-text('Eva')")


def pw_checkout(page) -> None:
    page.locator("#go").click()
    page.wait_for_url("**/shipping.html")
    _type(page, "#name", "Ada Lovelace")
    _type(page, "#street", "1 Analytical Way")
    page.locator("#go").click()
    page.wait_for_url("**/payment.html")
    _type(page, "#number", "4242 4242 4242 4242")
    page.locator("#pay").click()
    page.wait_for_selector("#done:visible")


SCRIPTS = {"login": pw_login, "todo": pw_todo, "settings": pw_settings, "table": pw_table,
           "checkout": pw_checkout}


def without_checks(s: sc.Scenario) -> sc.Scenario:
    return s.model_copy(update={"checks": [], "steps": [st.model_copy(update={"checks": []}) for st in s.steps]})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--apps", default=",".join(SCRIPTS))
    args = ap.parse_args()
    os.environ.setdefault("LOGIN_PASSWORD", "hunter2")
    ocr = OcrEngine()
    rows = []
    heal_total = heal_done = 0
    with serve(ROOT / "scenarios" / "apps" / "web") as base, Browser(None, allow_domains=["127.0.0.1"]) as b:
        for app in args.apps.split(","):
            s = sc.load(ROOT / "scenarios" / "web" / app)
            t_pw, t_rp, t_rpc, t_sh = [], [], [], []
            healed = targets = 0
            for _ in range(args.repeats):
                b.goto(f"{base}/{s.start.path}")
                t = time.perf_counter()
                SCRIPTS[app](b.page)
                t_pw.append(time.perf_counter() - t)

                b.goto(f"{base}/{s.start.path}")
                r = Replayer(without_checks(s), b, ocr=ocr).run()
                assert r.ok, r.summary()
                t_rp.append(r.seconds)

                b.goto(f"{base}/{s.start.path}")
                r = Replayer(s, b, ocr=ocr).run()
                assert r.ok, r.summary()
                t_rpc.append(r.seconds)

                shifted = s.start.variants["shifted"]
                b.goto(f"{base}/{shifted}")
                from tilepilot.replay.replayer import rebaser

                r = Replayer(without_checks(s), b, ocr=ocr,
                             rebase=rebaser(s.meta.get("start_url"), f"{base}/{shifted}")).run()
                assert r.ok, r.summary()
                t_sh.append(r.seconds)
                healed, targets = r.healed_steps, r.target_steps
            heal_total += targets
            heal_done += healed
            med = statistics.median
            rows.append((app, med(t_pw), med(t_rp), med(t_rpc), med(t_sh), healed, targets))
    print(f"{'app':<10} {'playwright':>10} {'replay':>8} {'ratio':>6} {'+checks':>8} {'shifted':>8} "
          f"{'heal +s':>8} {'healed':>7}")
    for app, pw, rp, rpc, sh, healed, targets in rows:
        print(f"{app:<10} {pw:>9.2f}s {rp:>7.2f}s {rp / pw:>5.2f}x {rpc:>7.2f}s {sh:>7.2f}s {sh - rp:>7.2f}s "
              f"{healed:>3}/{targets:<3}")
    pw_sum = sum(r[1] for r in rows)
    rp_sum = sum(r[2] for r in rows)
    print(f"total: replay {rp_sum:.2f}s vs playwright {pw_sum:.2f}s = {rp_sum / pw_sum:.2f}x (goal <= 1.3x); "
          f"healed {heal_done}/{heal_total} = {100 * heal_done / max(1, heal_total):.0f}% of target steps "
          f"on shifted variants (goal >= 95%); healing added {sum(r[4] - r[2] for r in rows):.2f}s in all")


if __name__ == "__main__":
    main()
