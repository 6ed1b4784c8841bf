"""Write the *shifted* variant of each example app: <app>/shifted/*.html.

A shifted variant is what a redesign does to a test: the page is moved by a CSS change (targets land
50-300 px away from where they were recorded), every class name is renamed and one visible label is
reworded. Replays must heal on it. Run after editing an app:  python scenarios/apps/web/make_shifted.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
# app -> (extra CSS, (old label, new label))
CHANGES = {
    "login": ("body { padding: 110px 0 0 230px; } .v2-row label { width: 190px; }",
              (">Password<", ">Your password<")),
    "todo": ("body { padding: 150px 0 0 120px; } .v2-box { padding: 30px 40px; }",
             (">Things to do<", ">My tasks<")),
    "settings": ("body { padding: 60px 0 0 260px; } .v2-row { margin: 22px 0; }",
                 (">Email notifications<", ">E-mail notifications<")),
    "table": ("body { padding: 120px 0 0 170px; } .v2-bar { margin-bottom: 30px; }",
              (">People</h1>", ">Team members</h1>")),
    "checkout": ("body { padding: 90px 0 0 200px; } .v2-card { padding: 30px 36px; }",
                 (">Continue to payment<", ">Continue to the payment<")),
}


def shift(html: str, css: str, reword: tuple[str, str]) -> str:
    html = re.sub(r"\bc-([a-z]+)", r"v2-\1", html)  # renamed classes (selectors and attributes)
    html = html.replace("</style>", f" /* shifted variant */\n {css}\n</style>", 1)
    return html.replace(*reword)


def main() -> None:
    for app, (css, reword) in CHANGES.items():
        out = HERE / app / "shifted"
        out.mkdir(exist_ok=True)
        for page in sorted((HERE / app).glob("*.html")):
            (out / page.name).write_text(shift(page.read_text(encoding="utf-8"), css, reword), encoding="utf-8")


if __name__ == "__main__":
    main()
