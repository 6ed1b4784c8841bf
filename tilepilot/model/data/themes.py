"""Random visual themes, layouts, viewports and scale factors, split into train and held-out sets.

Held-out themes use accent hues training never sees (hue ranges 90-120, 210-240 and 330-360 degrees)
and held-out layouts are arrangements training never sees; fonts, sizes and scale factors are shared.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tilepilot.model.data.vocab import Split

FONTS = ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Liberation Sans", "Liberation Serif",
         "Liberation Mono"]
TRAIN_LAYOUTS = ["single", "two_columns", "sidebar_left", "grid"]
HELDOUT_LAYOUTS = ["sidebar_right", "three_columns", "centered"]
VIEWPORTS = [(800, 600), (1024, 768), (1280, 720), (1280, 800), (1280, 1024), (1366, 768), (1440, 900),
             (1536, 864), (1600, 900), (1680, 1050), (1920, 1080)]
SCALES = [1.0, 1.25, 1.5, 2.0]
MAX_PHYSICAL_PIXELS = 2560 * 1600  # larger frames cost OCR time without teaching anything new


def hue_is_heldout(hue: int) -> bool:
    return (hue // 30) % 4 == 3


def layouts(split: Split) -> list[str]:
    return HELDOUT_LAYOUTS if split == "heldout" else TRAIN_LAYOUTS


@dataclass(frozen=True)
class Theme:
    hue: int
    dark: bool
    bg: str
    panel: str
    fg: str
    muted: str
    border: str
    accent: str
    accent_fg: str
    input_bg: str
    link: str
    font: str
    font_size: int
    radius: int
    gap: int
    pad: int
    button_style: str  # filled | outline | flat
    input_style: str  # box | underline | filled

    def css(self) -> str:
        r, g, p, fs = self.radius, self.gap, self.pad, self.font_size
        btn = {
            "filled": f"background:{self.accent};color:{self.accent_fg};border:1px solid {self.accent};",
            "outline": f"background:transparent;color:{self.accent};border:2px solid {self.accent};",
            "flat": f"background:{self.panel};color:{self.accent};border:1px solid {self.border};",
        }[self.button_style]
        inp = {
            "box": f"border:1px solid {self.border};background:{self.input_bg};",
            "underline": f"border:none;border-bottom:2px solid {self.border};background:transparent;",
            "filled": f"border:1px solid {self.border};background:{self.panel};",
        }[self.input_style]
        return f"""
*{{box-sizing:border-box}}
body{{margin:0;background:{self.bg};color:{self.fg};font-family:'{self.font}';font-size:{fs}px;line-height:1.4}}
.page{{padding:{g}px;display:grid;gap:{g}px}}
.panel{{background:{self.panel};border:1px solid {self.border};border-radius:{r}px;padding:{p}px}}
h1{{font-size:{round(fs * 1.6)}px;margin:0 0 {g // 2}px}} h2{{font-size:{round(fs * 1.25)}px;margin:0 0 {g // 2}px}}
p{{margin:0 0 {g // 2}px}} .muted{{color:{self.muted}}}
button,.btn{{{btn}font:inherit;border-radius:{r}px;padding:{max(4, p // 3)}px {max(10, p)}px;cursor:pointer}}
button.secondary{{background:transparent;color:{self.fg};border:1px solid {self.border}}}
input,select,textarea{{{inp}font:inherit;max-width:100%;color:{self.fg};border-radius:{min(r, 8)}px;
  padding:{max(4, p // 3)}px 8px}}
input[type=checkbox],input[type=radio]{{width:{fs}px;height:{fs}px;accent-color:{self.accent};margin:0 6px 0 0;
  vertical-align:middle}}
input[type=range]{{accent-color:{self.accent};border:none;background:transparent;padding:0}}
a{{color:{self.link}}}
.row{{display:flex;gap:{g}px;align-items:center;flex-wrap:wrap;margin:{g // 3}px 0}}
.field{{margin:{g // 2}px 0}} .field.left{{display:flex;align-items:center;gap:{g // 2}px}}
.field.left label{{min-width:{fs * 7}px}} .field.above label{{display:block;margin-bottom:4px}}
.field.floating{{position:relative;width:max-content;max-width:100%}}
.field.floating input{{padding-top:{round(fs * 0.95) + 6}px;padding-bottom:4px}}
.field.floating label{{position:absolute;left:9px;top:50%;transform:translateY(-50%);color:{self.muted};
  pointer-events:none}}
.field.floating input:focus+label,.field.floating input:not(:placeholder-shown)+label{{top:3px;transform:none;
  font-size:{max(10, round(fs * 0.72))}px}}
.hidden{{display:none!important}}
.menu{{position:absolute;background:{self.panel};border:1px solid {self.border};border-radius:{min(r, 6)}px;
  box-shadow:0 4px 14px rgba(0,0,0,.25);padding:4px 0;z-index:20;min-width:160px}}
.menu div{{padding:6px 14px;cursor:pointer}} .menu div:hover{{background:{self.accent};color:{self.accent_fg}}}
.tabs{{display:flex;gap:4px;border-bottom:2px solid {self.border}}}
.tabs [role=tab]{{padding:6px 14px;cursor:pointer;border-radius:{min(r, 6)}px {min(r, 6)}px 0 0}}
.tabs [role=tab].active{{background:{self.accent};color:{self.accent_fg}}}
.list .item{{padding:6px 10px;border-bottom:1px solid {self.border};cursor:pointer}}
.item.selected{{background:{self.accent};color:{self.accent_fg}}}
table{{border-collapse:collapse;width:100%}} td,th{{border-bottom:1px solid {self.border};padding:6px 8px;
  text-align:left}}
.overlay{{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;
  justify-content:center;z-index:50}}
.dialog{{background:{self.panel};border:1px solid {self.border};border-radius:{r}px;padding:{p + 4}px;
  min-width:320px;max-width:520px;box-shadow:0 8px 30px rgba(0,0,0,.35)}}
.toast{{position:fixed;bottom:16px;right:16px;background:{self.fg};color:{self.bg};padding:8px 14px;
  border-radius:{r}px;z-index:60}}
.suggest{{border:1px solid {self.border};background:{self.panel};max-width:420px}}
.suggest div{{padding:5px 10px;cursor:pointer}}
.window{{border:1px solid {self.border};background:{self.panel};box-shadow:0 6px 24px rgba(0,0,0,.3);
  border-radius:{min(r, 8)}px;overflow:hidden}}
.titlebar{{display:flex;align-items:center;justify-content:space-between;background:{self.accent};
  color:{self.accent_fg};padding:4px 8px}}
.titlebar span.ctl{{display:inline-block;width:22px;text-align:center;cursor:pointer}}
.menubar{{display:flex;gap:14px;padding:4px 10px;border-bottom:1px solid {self.border}}}
.menubar span{{cursor:pointer}}
.toolbar{{display:flex;gap:6px;padding:6px 8px;border-bottom:1px solid {self.border}}}
.tool{{display:inline-flex;flex-direction:column;align-items:center;padding:4px 6px;cursor:pointer;
  border:1px solid transparent;border-radius:4px;min-width:30px}}
.tool .ic{{font-size:{round(fs * 1.3)}px;line-height:1.1}} .tool small{{font-size:{max(11, fs - 3)}px}}
.files{{display:flex;flex-wrap:wrap;gap:12px;padding:12px}}
.file{{width:96px;text-align:center;cursor:default;padding:4px;word-break:break-all}}
.file .ic{{font-size:32px;display:block}} .file.selected{{background:{self.accent};color:{self.accent_fg}}}
.sidebar a{{display:block;margin:6px 0}}
"""


def _hsl(h: int, s: int, lum: int) -> str:
    return f"hsl({h % 360} {s}% {lum}%)"


def random_theme(rng: random.Random, split: Split) -> Theme:
    hues = [h for h in range(0, 360, 5) if hue_is_heldout(h) == (split == "heldout")]
    h = rng.choice(hues)
    dark = rng.random() < 0.3
    sat = rng.randint(45, 85)
    if dark:
        bg, panel = _hsl(h, rng.randint(5, 20), rng.randint(7, 13)), _hsl(h, rng.randint(5, 20), rng.randint(15, 20))
        fg, muted = _hsl(h, 10, rng.randint(88, 97)), _hsl(h, 8, rng.randint(62, 72))
        border, accent = _hsl(h, 10, rng.randint(30, 40)), _hsl(h, sat, rng.randint(55, 65))
        accent_fg, input_bg = _hsl(h, 30, 8), _hsl(h, 10, rng.randint(10, 14))
        link = _hsl(h + rng.choice([0, 20, 180]), 70, 72)
    else:
        bg = _hsl(h, rng.randint(5, 35), rng.randint(93, 100))
        panel = _hsl(h, rng.randint(0, 20), rng.randint(97, 100))
        fg, muted = _hsl(h, rng.randint(5, 25), rng.randint(8, 22)), _hsl(h, 8, rng.randint(38, 48))
        border, accent = _hsl(h, 12, rng.randint(70, 82)), _hsl(h, sat, rng.randint(32, 46))
        accent_fg, input_bg = "#ffffff", "#ffffff"
        link = _hsl(h + rng.choice([0, 20, 180]), 75, 35)
    return Theme(
        hue=h, dark=dark, bg=bg, panel=panel, fg=fg, muted=muted, border=border, accent=accent,
        accent_fg=accent_fg, input_bg=input_bg, link=link, font=rng.choice(FONTS), font_size=rng.randint(12, 22),
        radius=rng.choice([0, 2, 4, 6, 8, 12, 18]), gap=rng.randint(6, 24), pad=rng.randint(8, 24),
        button_style=rng.choice(["filled", "filled", "outline", "flat"]),
        input_style=rng.choice(["box", "box", "box", "underline", "filled"]),
    )


def random_screen(rng: random.Random) -> tuple[tuple[int, int], float]:
    """A viewport (CSS px) and a device scale factor whose physical size is whole pixels and not huge."""
    while True:
        vw, vh = rng.choice(VIEWPORTS)
        dsf = rng.choice(SCALES)
        if (vw * dsf).is_integer() and (vh * dsf).is_integer() and vw * vh * dsf * dsf <= MAX_PHYSICAL_PIXELS:
            return (vw, vh), dsf
