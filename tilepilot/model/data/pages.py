"""Random, seeded GUI pages and the task to do on them.

``make_page(seed, split)`` returns a ``PageSpec``: the HTML of one page (a main panel of one *family*, a few
distractor panels, a header, a theme and a layout), its viewport and device scale factor, and a ``Task``:
the instruction a person would give and the ground-truth steps, each naming its target element by a CSS
selector (``[data-tp="N"]``). Nothing here touches a browser; the same seed always gives the same page.
"""

from __future__ import annotations

import html as _html
import json
import random
import re
import string
from dataclasses import dataclass, field

from tilepilot.model.data.themes import Theme, layouts, random_screen, random_theme
from tilepilot.model.data.vocab import Split, Vocab

FAMILIES = ("form", "login", "buttons", "links", "checkbox", "radio", "select", "tabs", "list", "table",
            "dialog", "menu", "search", "slider", "date", "desktop", "article")
HELDOUT_FAMILY = "table"
ICONS = {"Save": "\u2b07", "Print": "\u2399", "Settings": "\u2699", "Refresh": "\u21bb", "Cut": "\u2702",
         "Edit": "\u270e", "Home": "\u2302", "Favorite": "\u2605", "Mail": "\u2709", "Delete": "\u2715",
         "Play": "\u25b6", "Undo": "\u21b6", "Redo": "\u21b7", "Flag": "\u2691", "Lock": "\u26bf",
         "Music": "\u266b", "Help": "?", "Upload": "\u21e7", "Check": "\u2713", "Menu": "\u2630"}
FILE_ICON = {"pdf": "\u25a4", "txt": "\u2263", "png": "\u25a3", "jpg": "\u25a3", "zip": "\u25a6"}


@dataclass
class StepSpec:
    """One ground-truth step. ``target`` is a CSS selector; ``span`` names the instruction span typed."""

    kind: str  # click | double_click | type | key | scroll | drag
    target: str | None = None
    text: str | None = None
    span: str | None = None
    keys: tuple[str, ...] = ()
    direction: str = "down"
    amount: int = 3
    drag_to: float | None = None  # slider: fraction of the track to drag the thumb to
    check: str | None = None  # JS expression that holds after the step ran


@dataclass
class Task:
    instruction: str
    spans: dict[str, tuple[int, int]]
    steps: list[StepSpec]


@dataclass
class PageSpec:
    family: str
    split: str
    seed: int
    html: str
    viewport: tuple[int, int]
    dsf: float
    theme: Theme
    layout: str
    task: Task
    words: set[str] = field(default_factory=set)  # vocabulary words the page used


# -- instruction text ---------------------------------------------------------------------------------
Part = str | tuple[str, str]  # plain text, or (span key, value) for text the agent must type


def phrase(template: str, **kw: str | tuple[str, str]) -> list[Part]:
    """Fill ``template``; a keyword given as ``(key, value)`` becomes a span the model may copy."""
    parts: list[Part] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        if literal:
            parts.append(literal)
        if name is not None:
            parts.append(kw[name])
    return parts


def compose(rng: random.Random, sentences: list[list[Part]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Join sentences with connectors; quote typed values in one random style; record their spans."""
    q = rng.choice([('"', '"'), ("'", "'"), ("", ""), ('"', '"')])
    out, spans = "", {}
    for i, parts in enumerate(sentences):
        if i:
            out += rng.choice([", then ", ". Then ", " and then ", "; then ", ", and "])
        for p in parts:
            if isinstance(p, tuple):
                key, val = p
                out += q[0]
                spans[key] = (len(out), len(out) + len(val))
                out += val + q[1]
            else:
                out += p
    if out and rng.random() < 0.6:
        out = out[0].upper() + out[1:]
    if rng.random() < 0.3:
        out += "."
    return out, spans


def say(rng: random.Random, templates: list[str], **kw: str | tuple[str, str]) -> list[Part]:
    return phrase(rng.choice(templates), **kw)


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def ordinal(rng: random.Random, i: int, n: int) -> str:
    """How a person names item ``i`` of ``n`` in a row or a list by position: "second", or "last"."""
    if i == n - 1 and n >= 3 and (i >= len(ORDINALS) or rng.random() < 0.35):
        return "last"
    return ORDINALS[i]


# -- page builder ---------------------------------------------------------------------------------------
class Builder:
    """Hands out element ids and labels that are unique on the page."""

    def __init__(self, rng: random.Random, vocab: Vocab, theme: Theme, main: bool = True):
        self.rng, self.v, self.theme, self.main = rng, vocab, theme, main
        self.n = 0
        self.used: set[str] = set()

    def tp(self) -> tuple[str, str, str]:
        """(attribute, selector, js reference) of a new element id."""
        self.n += 1
        return f'data-tp="{self.n}"', f'[data-tp="{self.n}"]', f"q({self.n})"

    def label(self, options: list[str], category: str = "actions") -> str:
        """A shared word (Submit, OK, ...) if still free on this page, else a vocabulary word."""
        free = [o for o in options if o not in self.used]
        if free:
            self.used.add(w := self.rng.choice(free))
            return w
        return self.word(category)

    def word(self, category: str) -> str:
        """A vocabulary word not yet on this page; when the split's list runs out, a two-word phrase."""
        for _ in range(20):
            w = self.v.pick(category)
            if w not in self.used:
                break
        else:
            w = f"{self.v.pick('adjectives')} {self.v.pick(category)}"
            while w in self.used:
                w = f"{self.v.pick('adjectives')} {self.v.pick('products')} {self.rng.randint(2, 99)}"
        self.used.add(w)
        return w


def esc(s: str) -> str:
    return _html.escape(s, quote=True)


def js(s: str) -> str:
    return json.dumps(s)


def panel(title: str | None, body: str, extra: str = "") -> str:
    h = f"<h2>{esc(title)}</h2>" if title else ""
    return f'<section class="panel" {extra}>{h}{body}</section>'


def button(b: Builder, text: str, secondary: bool = False, say_text: str | None = None) -> tuple[str, str, str]:
    attr, sel, ref = b.tp()
    cls = ' class="secondary"' if secondary else ""
    said = f' data-say="{esc(say_text or text)}"'
    return f'<button type="button"{cls} {attr}{said}>{esc(text)}</button>', sel, ref


def _shown(element_id: str) -> str:
    return f"!document.getElementById({js(element_id)}).classList.contains('hidden')"


def click(sel: str, ref: str) -> StepSpec:
    return StepSpec("click", sel, check=f"{ref}.dataset.clicked>0")


def type_into(sel: str, ref: str, value: str, key: str) -> StepSpec:
    return StepSpec("type", sel, text=value, span=key, check=f"{ref}.value==={js(value)}")


COUNT_LABELS = ["Number of guests", "Guests", "Quantity", "Qty", "Seats", "Tickets", "Adults", "Rooms", "Copies",
                "Number of people", "Party size", "Nights"]


def _value_for(b: Builder, label: str) -> str:
    low = label.lower()
    if label in COUNT_LABELS:
        return str(b.rng.randint(1, 12))
    if "date" in low:
        return _date(b.rng)
    if "email" in low:
        return f"{b.v.pick('first_names').lower()}.{b.v.pick('last_names').lower()}@example.com"
    if "city" in low:
        return b.v.pick("cities")
    if "name" in low:
        return b.v.name()
    if "phone" in low:
        return f"+{b.rng.randint(1, 49)} {b.rng.randint(100, 999)} {b.rng.randint(1000, 9999)}"
    return b.v.value()


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2020, 2030), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}"])


def text_field(b: Builder, label: str, style: str, kind: str = "text", hint: str = "",
               value: str = "") -> tuple[str, str, str]:
    """A labelled input. ``floating`` is Material's field: the label sits inside it, over the value, and
    shrinks to its top edge once the field holds text. ``value``: what the field already holds."""
    attr, sel, ref = b.tp()
    fid = f"f{b.n}"
    width = b.rng.choice([180, 220, 260, 320, 380])
    val = f' value="{esc(value)}"' if value else ""
    if style == "floating":
        inp = f'<input id="{fid}" type="{kind}" {attr} placeholder=" "{val} style="width:{width}px">'
        return f'<div class="field floating">{inp}<label for="{fid}">{esc(label)}</label></div>', sel, ref
    if val:
        attr += val
    if style == "placeholder":
        inp = (f'<input id="{fid}" type="{kind}" {attr} placeholder="{esc(label)}" aria-label="{esc(label)}" '
               f'style="width:{width}px">')
        return f'<div class="field">{inp}</div>', sel, ref
    ph = f' placeholder="{esc(hint)}"' if hint else ""
    inp = f'<input id="{fid}" type="{kind}" {attr}{ph} style="width:{width}px">'
    return f'<div class="field {style}"><label for="{fid}">{esc(label)}</label>{inp}</div>', sel, ref


# -- families: each returns (html, instruction sentences, steps) ---------------------------------------
Made = tuple[str, list[list[Part]], list[StepSpec]]
TYPE_T = ["type {v} into the {l} field", "enter {v} in the {l} box", "fill {l} with {v}", "put {v} in {l}",
          "write {v} into the {l} input", "set {l} to {v}", "in the {l} field, type {v}"]
CLICK_T = ["click {x}", "click on {x}", "press the {x} button", "hit {x}", "tap {x}", "click the {x} button",
           "press {x}"]


# a form's button named by what it does ("… and save"): on hand-written pages "Enter X as the email and save"
# typed X and never pressed "Save changes"
SUBMIT_VERBS = {"Save": ["save", "save it", "save the form", "save your changes"],
                "Submit": ["submit", "submit it", "submit the form"], "Send": ["send it", "send the form"],
                "Continue": ["continue"], "Next": ["go on to the next page", "go to the next step"],
                "Save changes": ["save", "save the changes", "save your changes"],
                "Update": ["update it", "save", "save the changes"],
                "Apply": ["apply", "apply the changes"], "Create account": ["create the account"],
                "Save settings": ["save", "save the settings"],
                # a profile page's "Update profile" is what "save the changes" presses (a hand-written one
                # stopped short of it)
                "Update profile": ["save", "save the changes", "update the profile", "save my profile"],
                "Save preferences": ["save", "save the preferences", "save the changes"]}


def fam_form(b: Builder) -> Made:
    rng = b.rng
    n = rng.randint(2, 5)
    labels = [b.word("field_labels") for _ in range(n)]
    form_style = rng.choice(["left", "above", "placeholder", "mixed"])
    rows, refs = [], []
    for lab in labels:
        style = rng.choice(["left", "above", "placeholder"]) if form_style == "mixed" else form_style
        hint = rng.choice(["YYYY-MM-DD", "DD/MM/YYYY"]) if "date" in lab.lower() else ""
        h, sel, ref = text_field(b, lab, style, hint=hint)
        rows.append(h)
        refs.append((lab, sel, ref))
    sub = b.label(["Submit", "Save", "Send", "Continue", "Next", "Save changes", "Update", "Apply",
                   "Create account", "Save settings"])
    bh, bsel, bref = button(b, sub)
    bh = bh.replace('type="button"', 'type="submit"')
    title = b.word("sections") if rng.random() < 0.7 else None
    body = f'<form data-msg="Saved">{"".join(rows)}<div class="row">{bh}</div></form>'
    k = rng.randint(1, n)
    picked = rng.sample(refs, k)
    sentences, steps = [], []
    if k > 1 or rng.random() < 0.5:
        vals = {lab: _value_for(b, lab) for lab, _, _ in picked}
        for i, (lab, sel, ref) in enumerate(picked):
            sentences.append(say(rng, TYPE_T, v=(f"v{i}", vals[lab]), l=lab))
            steps.append(type_into(sel, ref, vals[lab], f"v{i}"))
        if rng.random() < 0.7:
            verb = SUBMIT_VERBS.get(sub)
            if verb and rng.random() < 0.35:  # "… and save": the button named by what it does
                sentences.append(say(rng, verb))
            else:
                sentences.append(say(rng, CLICK_T + ["submit the form with {x}"], x=sub))
            steps.append(StepSpec("click", bsel, check=f"{bref}.closest('form').dataset.submitted==='1'"))
    else:
        lab, sel, ref = picked[0]
        v = _value_for(b, lab)
        sentences.append(say(rng, TYPE_T, v=("v0", v), l=lab))
        steps.append(type_into(sel, ref, v, "v0"))
        sentences.append(say(rng, ["press Enter", "hit Enter", "press the Enter key"]))
        steps.append(StepSpec("key", keys=("Enter",), check=f"{ref}.closest('form').dataset.submitted==='1'"))
    return panel(title, body), sentences, steps


def account(b: Builder) -> tuple[str, str]:
    """A user name and a password of the shapes people use. With names that were always a first name and
    digits ("elena48"), the model took "hunter2" for the user name in "Log in as bob with password hunter2"
    on a hand-written login page."""
    rng = b.rng
    first, last = (w.lower() for w in b.v.name().split(maxsplit=1))
    last = last.replace(" ", "")
    user = rng.choice([f"{first}{rng.randint(1, 99)}", first, f"{first}.{last}", f"{first}_{last}", f"{first[0]}{last}",
                       f"{first}@example.com"])
    pw = b.v.pick("values")
    r = rng.random()
    if r < 0.3:
        pw = f"{pw}{rng.randint(1, 99)}"
    elif r < 0.45:
        pw = f"{pw.capitalize()}{rng.choice('!#$%&*')}{rng.randint(10, 99)}"
    return user, pw


def fam_login(b: Builder) -> Made:
    rng = b.rng
    user, pw = account(b)
    if rng.random() < 0.35:  # several accounts, one password field each
        names = [b.word("first_names") for _ in range(rng.randint(2, 5))]
        target = rng.randrange(len(names))
        rows, steps = [], []
        for i, nm in enumerate(names):
            attr, sel, ref = b.tp()
            bh, bsel, bref = button(b, "Save", secondary=True, say_text=f"Saved {nm}")
            rows.append(f'<tr><td>{esc(nm)}</td><td><input type="password" {attr} placeholder="Password"></td>'
                        f"<td>{bh}</td></tr>")
            if i == target:
                steps = [type_into(sel, ref, pw, "pw"), click(bsel, bref)]
                sel_t = nm
        s = [say(rng, ["enter the password {p} for user {u}", "set the password of {u} to {p}",
                       "type {p} as the password for {u}"], p=("pw", pw), u=sel_t)]
        if rng.random() < 0.6:
            s.append(say(rng, ["click Save in that row", "save it", "press Save next to it"]))
        else:
            steps = steps[:1]
        return panel("Accounts", f"<table>{''.join(rows)}</table>"), s, steps
    app = b.word("adjectives") + " " + b.word("products")
    ulab = b.label(["Username", "Email", "User name", "Login"], "field_labels")
    style = rng.choice(["above", "left", "placeholder"])
    uh, usel, uref = text_field(b, ulab, style)
    ph, psel, pref = text_field(b, "Password", style, kind="password")
    cattr, csel, cref = b.tp()
    remember = f'<div class="field"><label><input type="checkbox" {cattr}>Remember me</label></div>'
    sub = b.label(["Sign in", "Log in", "Login"])
    bh, bsel, bref = button(b, sub)
    bh = bh.replace('type="button"', 'type="submit"')
    forgot_attr, _, _ = b.tp()
    body = (f'<form data-msg="Welcome">{uh}{ph}{remember}<div class="row">{bh}'
            f'<a href="#" {forgot_attr}>Forgot password?</a></div></form>')
    s = [say(rng, ["sign in as {u} with password {p}", "log in with username {u} and password {p}",
                   "log in as {u} using the password {p}"], u=("user", user), p=("pw", pw))]
    steps = [type_into(usel, uref, user, "user"), type_into(psel, pref, pw, "pw")]
    if rng.random() < 0.3:
        s.append(say(rng, ["tick Remember me", "check the Remember me box"]))
        steps.append(StepSpec("click", csel, check=f"{cref}.checked"))
    steps.append(StepSpec("click", bsel, check=f"{bref}.closest('form').dataset.submitted==='1'"))
    return panel(f"Sign in to {app}", body), s, steps


def fam_buttons(b: Builder) -> Made:
    rng = b.rng
    names = [b.word("actions") for _ in range(rng.randint(3, 7))]
    made = [button(b, nm, secondary=rng.random() < 0.3) for nm in names]
    body = f'<p class="muted">{esc(b.word("sections"))}</p><div class="row">{"".join(h for h, _, _ in made)}</div>'
    i = rng.randrange(len(names))
    if rng.random() < 0.35:
        s = [say(rng, ["click the {o} button", "press the {o} button in the row", "click the {o} button from the left",
                       "hit the {o} of the buttons"], o=ordinal(rng, i, len(names)))]
    else:
        s = [say(rng, CLICK_T, x=names[i])]
    steps = [click(made[i][1], made[i][2])]
    if rng.random() < 0.3:
        j = rng.choice([k for k in range(len(names)) if k != i])
        s.append(say(rng, CLICK_T, x=names[j]))
        steps.append(click(made[j][1], made[j][2]))
    return panel(b.word("sections"), body), s, steps


def fam_links(b: Builder) -> Made:
    rng = b.rng
    groups = []
    for _ in range(rng.randint(1, 3)):
        title = b.word("sections")
        links = []
        for _ in range(rng.randint(3, 6)):
            t = b.word("topics")
            attr, sel, ref = b.tp()
            links.append((t, sel, ref, f'<li><a href="#" {attr} data-say="Opened {esc(t)}">{esc(t)}</a></li>'))
        groups.append((title, links))
    body = "".join(f'<h3>{esc(t)}</h3><ul>{"".join(x[3] for x in ls)}</ul>' for t, ls in groups)
    title, links = rng.choice(groups)
    i = rng.randrange(len(links))
    t, sel, ref, _ = links[i]
    if rng.random() < 0.35:
        s = [say(rng, ["click the {o} link under {g}", "open the {o} link in the {g} section",
                       "follow the {o} link below {g}"], o=ordinal(rng, i, len(links)), g=title)]
    else:
        s = [say(rng, ["click the {x} link", "open {x}", "follow the link {x}", "go to {x}"], x=t)]
    return panel(None, body), s, [click(sel, ref)]


def fam_checkbox(b: Builder) -> Made:
    rng = b.rng
    items = []
    for _ in range(rng.randint(3, 7)):
        t = b.word(rng.choice(["products", "topics", "sections"]))
        attr, sel, ref = b.tp()
        pre = rng.random() < 0.25
        chk = " checked" if pre else ""
        items.append((t, sel, ref, pre, f'<div class="field"><label><input type="checkbox" {attr}{chk}>'
                      f"{esc(t)}</label></div>"))
    sub = b.label(["Apply", "Save", "Confirm", "Done"])
    bh, bsel, bref = button(b, sub)
    body = "".join(x[4] for x in items) + f'<div class="row">{bh}</div>'
    k = rng.randint(1, min(3, len(items)))
    picked = rng.sample(items, k)
    s, steps = [], []
    by_position = k == 1 and rng.random() < 0.25
    for t, sel, ref, pre, _ in picked:
        if by_position:
            o = ordinal(rng, [x[1] for x in items].index(sel), len(items))
            s.append(say(rng, ["uncheck the {o} box", "untick the {o} checkbox"] if pre else
                         ["tick the {o} checkbox", "check the {o} box in the list", "select the {o} checkbox"], o=o))
            steps.append(StepSpec("click", sel, check=f"!{ref}.checked" if pre else f"{ref}.checked"))
        elif pre:
            s.append(say(rng, ["uncheck {x}", "clear the checkbox next to {x}", "untick {x}"], x=t))
            steps.append(StepSpec("click", sel, check=f"!{ref}.checked"))
        else:
            s.append(say(rng, ["check the box next to {x}", "tick {x}", "select the {x} checkbox",
                               "check {x}"], x=t))
            steps.append(StepSpec("click", sel, check=f"{ref}.checked"))
    if rng.random() < 0.5:
        s.append(say(rng, CLICK_T, x=sub))
        steps.append(click(bsel, bref))
    return panel(b.word("sections"), body), s, steps


def fam_radio(b: Builder) -> Made:
    rng = b.rng
    groups = []
    for g in range(rng.randint(1, 2)):
        name = b.word("quantities" if rng.random() < 0.5 else "sections")
        opts = []
        gname = f"grp{b.n}_{g}"
        for _ in range(rng.randint(2, 5)):
            t = b.word(rng.choice(["cities", "adjectives"]))
            attr, sel, ref = b.tp()
            opts.append((t, sel, ref, f'<label style="margin-right:14px"><input type="radio" name="{gname}" '
                         f'{attr}>{esc(t)}</label>'))
        html = "".join(o[3] for o in opts)
        groups.append((name, opts, f'<div class="field"><div>{esc(name)}</div><div class="row">{html}</div></div>'))
    body = "".join(g[2] for g in groups)
    name, opts, _ = rng.choice(groups)
    i = rng.randrange(len(opts))
    t, sel, ref, _ = opts[i]
    if len(opts) >= 3 and rng.random() < 0.2:
        s = [say(rng, ["choose the {o} option under {w}", "pick the {o} choice for {w}"], o=ordinal(rng, i, len(opts)),
                 w=name)]
    else:
        s = [say(rng, ["choose {z} under {w}", "select {z} as the {w}", "pick the {z} option for {w}",
                       "set {w} to {z}"], z=t, w=name)]
    return panel(b.word("sections"), body), s, [StepSpec("click", sel, check=f"{ref}.checked")]


def _options(b: Builder, n: int) -> list[str]:
    """``n`` distinct option words, none a prefix of another (so typing one selects exactly it)."""
    cats = ["cities", "products", "adjectives"]
    b.rng.shuffle(cats)
    out: list[str] = []
    for cat in cats:
        for w in b.rng.sample(b.v.words(cat), len(b.v.words(cat))):
            if len(out) < n and not any(w.lower().startswith(o.lower()) or o.lower().startswith(w.lower())
                                        for o in out):
                out.append(w)
                b.v.mark(w)
        if len(out) >= 2 and b.rng.random() < 0.8:
            break
    return out[:n]


def menu_button(b: Builder, attr: str, opts: list[str], caret: str, side: str = "left") -> tuple[
        str, str, str, list[str]]:
    """A custom dropdown: a button (element ``attr``) showing the first option, whose menu of the options opens
    below it, aligned on ``side``. Returns (html, menu id, id of the shown value, each option's selector)."""
    mid, out = f"dd{b.n}", f"ddv{b.n}"
    items, osels = [], []
    for x in opts:
        oattr, osel, _ = b.tp()
        items.append(f'<div data-choose="{esc(x)}" {oattr}>{esc(x)}</div>')
        osels.append(osel)
    html = (f'<div style="position:relative;display:inline-block"><button type="button" class="secondary" '
            f'data-toggle="{mid}" {attr}><span id="{out}">{esc(opts[0])}</span>{caret}</button><div class="menu '
            f'hidden" id="{mid}" data-out="{out}" style="top:100%;{side}:0;z-index:20">{"".join(items)}</div></div>')
    return html, mid, out, osels


def fam_select(b: Builder) -> Made:
    rng = b.rng
    fields = []
    for _ in range(rng.randint(1, 3)):
        name = b.word(rng.choice(["field_labels", "quantities"]))
        opts = _options(b, rng.randint(3, 8))
        attr, sel, ref = b.tp()
        style = rng.choice(["left", "above"])
        if rng.random() < 0.4:  # a custom dropdown: clicked open, then its option clicked (typing does nothing)
            menu, mid, out, osels = menu_button(b, attr, opts, rng.choice([" \u25be", " \u25bc", " \u2304"]))
            html = f'<div class="field {style}"><label>{esc(name)}</label>{menu}</div>'
            fields.append((name, opts, sel, ref, html, (mid, out, dict(zip(opts, osels, strict=True)))))
            continue
        o = "".join(f"<option>{esc(x)}</option>" for x in opts)
        fields.append((name, opts, sel, ref, f'<div class="field {style}"><label>{esc(name)}</label>'
                       f"<select {attr}>{o}</select></div>", None))
    body = "".join(f[4] for f in fields)
    name, opts, sel, ref, _, custom = rng.choice(fields)
    z = rng.choice(opts[1:])
    if custom:
        mid, out, orefs = custom
        s = [say(rng, ["choose {z} from the {w} dropdown", "set the {w} dropdown to {z}", "pick {z} for {w}",
                       "set {w} to {z}", "change {w} to {z}"], z=z, w=name)]
        steps = [StepSpec("click", sel, check=_shown(mid)),
                 StepSpec("click", orefs[z], check=f"document.getElementById({js(out)}).textContent==={js(z)}")]
        return panel(b.word("sections"), body, 'style="overflow:visible;min-height:16em"'), s, steps
    s = [say(rng, ["choose {z} from the {w} dropdown", "select {z} in {w}", "set the {w} dropdown to {z}",
                   "pick {z} for {w}"], z=("opt", z), w=name)]
    steps = [StepSpec("type", sel, text=z, span="opt"),
             StepSpec("key", keys=("Enter",), check=f"{ref}.value==={js(z)}")]
    return panel(b.word("sections"), body), s, steps


def fam_tabs(b: Builder) -> Made:
    rng = b.rng
    names = [b.word("sections") for _ in range(rng.randint(3, 6))]
    tabs, panes, inner = [], [], []
    for i, nm in enumerate(names):
        attr, sel, ref = b.tp()
        pid = f"pane{b.n}"
        act = " active" if i == 0 else ""
        tabs.append((nm, sel, ref, pid,
                     f'<div role="tab" class="{act.strip()}" data-panel="{pid}" {attr}>{esc(nm)}</div>'))
        act_name = b.word("actions")
        bh, bsel, bref = button(b, act_name)
        inner.append((act_name, bsel, bref))
        hid = "" if i == 0 else " hidden"
        panes.append(f'<div id="{pid}" class="{hid.strip()}" style="padding:12px 0"><p>{esc(nm)}: '
                     f'{esc(b.v.pick("adjectives"))} {esc(b.v.pick("products"))}</p>{bh}</div>')
    body = f'<div class="tabs">{"".join(t[4] for t in tabs)}</div>{"".join(panes)}'
    i = rng.randrange(1, len(names))
    nm, sel, ref, pid, _ = tabs[i]
    if rng.random() < 0.2:
        s = [say(rng, ["open the {o} tab", "switch to the {o} tab"], o=ordinal(rng, i, len(names)))]
    else:
        s = [say(rng, ["open the {x} tab", "switch to the {x} tab", "go to {x}", "click the {x} tab"], x=nm)]
    steps = [StepSpec("click", sel, check=_shown(pid))]
    if rng.random() < 0.5:
        a, bsel, bref = inner[i]
        s.append(say(rng, CLICK_T, x=a))
        steps.append(click(bsel, bref))
    return panel(None, body), s, steps


TODO_VERBS = ["buy", "call", "email", "book", "pay", "fix", "clean", "send", "order", "pick up", "visit", "read"]


def _add_item(b: Builder, items: list[tuple[str, str, str, str]]) -> Made:
    """A to-do style list: type the new item, then Add (or Enter). On a hand-written to-do page the model
    clicked Add without typing, never having seen an add-an-item task."""
    rng = b.rng
    noun = b.v.pick(rng.choice(["products", "cities", "first_names"]))
    v = f"{rng.choice(TODO_VERBS)} {noun if rng.random() < 0.5 else noun.lower()}"
    iattr, isel, iref = b.tp()
    lid = f"list{b.n}"
    ph = rng.choice(["What needs to be done?", "New item", "Add a task\u2026", "Add item", "New to-do", ""])
    sub = b.label(["Add", "Add item", "Add task", "Create", "+ Add"])
    battr, bsel, _ = b.tp()
    enter = rng.random() < 0.25  # no button (TodoMVC): Enter adds; with a button in sight, it is clicked
    hidden = ' style="display:none"' if enter else ""
    row = (f'<div class="row"><input {iattr} data-addto="{lid}" placeholder="{esc(ph)}" '
           f'aria-label="New item" style="width:{rng.choice([220, 280, 340])}px">'
           f'<button type="button" {battr} data-add="{lid}"{hidden}>{esc(sub)}</button></div>')
    lst = f'<div class="list" id="{lid}">{"".join(x[3] for x in items)}</div>'
    body = row + lst if rng.random() < 0.6 else lst + row
    thing = rng.choice(["todo", "to-do", "task", "item", "entry"])
    a = "an" if thing[0] in "aeiou" else "a"
    s = [say(rng, [f"add {a} {thing} called {{v}}", "add {v} to the list", f"create a new {thing} {{v}}",
                   f"add {a} {thing} named {{v}}", f"new {thing}: {{v}}", "put {v} on the list"], v=("v", v))]
    added = f"[...document.getElementById({js(lid)}).children].some(x=>x.textContent==={js(v)})"
    steps = [type_into(isel, iref, v, "v")]
    if enter:
        steps.append(StepSpec("key", keys=("Enter",), check=added))
    else:
        steps.append(StepSpec("click", bsel, check=added))
    return panel(b.word("sections"), body), s, steps


def fam_list(b: Builder) -> Made:
    rng = b.rng
    cat = rng.choice(["products", "cities", "files", "apps"])
    items = []
    for _ in range(rng.randint(4, 16 if b.main else 6)):
        t = b.word(cat)
        attr, sel, ref = b.tp()
        items.append((t, sel, ref, f'<div class="item selectable" {attr}>{esc(t)}</div>'))
    if b.main and rng.random() < 0.3:
        return _add_item(b, items)
    sub = b.label(["Confirm", "Add selected", "Continue", "OK"])
    bh, bsel, bref = button(b, sub)
    body = f'<div class="list">{"".join(x[3] for x in items)}</div><div class="row">{bh}</div>'
    picked = rng.sample(items, rng.randint(1, min(3, len(items))))
    names = [p[0] for p in picked]
    listing = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    at = [x[1] for x in items].index(picked[0][1])
    if len(picked) == 1 and (at < len(ORDINALS) or at == len(items) - 1) and rng.random() < 0.25:
        s = [say(rng, ["select the {o} item in the list", "pick the {o} entry", "choose the {o} one in the list"],
                 o=ordinal(rng, at, len(items)))]
    else:
        s = [say(rng, ["select {x}", "pick {x} from the list", "choose {x}", "mark {x}"], x=listing)]
    steps = [StepSpec("click", p[1], check=f"{p[2]}.classList.contains('selected')") for p in picked]
    if rng.random() < 0.7:
        s.append(say(rng, ["confirm with {x}", "click {x}", "press {x}"], x=sub))
        steps.append(click(bsel, bref))
    return panel(b.word("sections"), body), s, steps


def fam_table(b: Builder) -> Made:
    rng = b.rng
    rows, data = [], []
    with_check = rng.random() < 0.4
    acts = [b.label(["Edit", "Delete", "View", "Open"]) for _ in range(rng.randint(1, 2))]
    for _ in range(rng.randint(3, 9 if b.main else 4)):
        nm = b.word("first_names") + " " + b.v.pick("last_names")
        city, status = b.v.pick("cities"), b.v.pick("statuses")
        cattr, csel, cref = b.tp()
        btns = [button(b, a, secondary=True, say_text=f"{a} {nm}") for a in acts]
        chk = f'<td><input type="checkbox" {cattr}></td>' if with_check else ""
        rows.append(f"<tr>{chk}<td>{esc(nm)}</td><td>{esc(city)}</td><td>{esc(status)}</td>"
                    f'<td>{"".join(x[0] for x in btns)}</td></tr>')
        data.append((nm, city, (csel, cref), btns))
    head = ("<th></th>" if with_check else "") + "<th>Name</th><th>City</th><th>Status</th><th></th>"
    body = f"<table><tr>{head}</tr>{''.join(rows)}</table>"
    if with_check and rng.random() < 0.6:
        picked = rng.sample(data, rng.randint(1, min(3, len(data))))
        sub = b.label(["Delete selected", "Export selected", "Archive"])
        bh, bsel, bref = button(b, sub)
        body += f'<div class="row">{bh}</div>'
        s = [say(rng, ["select the rows for {x}", "tick the checkbox of {x}"], x=" and ".join(p[0] for p in picked))]
        steps = [StepSpec("click", p[2][0], check=f"{p[2][1]}.checked") for p in picked]
        s.append(say(rng, CLICK_T, x=sub))
        steps.append(click(bsel, bref))
        return panel(b.word("sections"), body), s, steps
    nm, city, _, btns = rng.choice(data)
    a = rng.randrange(len(acts))
    key = nm if rng.random() < 0.7 else city
    s = [say(rng, ["click {a} in the row for {y}", "{a} the entry of {y}", "press {a} next to {y}",
                   "in the row with {y}, click {a}"], a=acts[a], y=key)]
    return panel(b.word("sections"), body), s, [click(btns[a][1], btns[a][2])]


def fam_dialog(b: Builder) -> Made:
    rng = b.rng
    did = f"dlg{b.n + 1}"
    title = b.word("actions") + " " + b.word("products").lower()
    yes = b.label(["OK", "Yes", "Confirm", "Continue"])
    no = b.label(["Cancel", "No", "Not now", "Close"])
    ya, ysel, yref = b.tp()
    na, nsel, nref = b.tp()
    start_open = b.main and rng.random() < 0.5
    hid = "" if start_open else " hidden"
    dlg = (f'<div class="overlay{hid}" id="{did}"><div class="dialog" role="dialog"><h2>{esc(title)}</h2>'
           f'<p>{esc(b.word("adjectives"))} {esc(b.v.pick("products").lower())} will be updated.</p>'
           f'<div class="row" style="justify-content:flex-end"><button class="secondary" data-close {na}>{esc(no)}'
           f'</button><button data-close {ya}>{esc(yes)}</button></div></div></div>')
    opener_attr, osel, oref = b.tp()
    opener_text = title + "\u2026"
    body = (f'<p>{esc(b.word("sections"))}</p><button type="button" data-open="{did}" {opener_attr}>'
            f"{esc(opener_text)}</button>")
    s, steps = [], []
    if not start_open:
        s.append(say(rng, CLICK_T, x=opener_text.rstrip("\u2026")))
        steps.append(StepSpec("click", osel, check=_shown(did)))
    gone = f"!({_shown(did)})"
    if rng.random() < 0.5:
        s.append(say(rng, ["confirm with {x}", "click {x} in the dialog", "press {x}", "answer {x}"], x=yes))
        steps.append(StepSpec("click", ysel, check=gone))
    else:
        s.append(say(rng, ["dismiss the dialog with {x}", "click {x} in the dialog", "press {x}"], x=no))
        steps.append(StepSpec("click", nsel, check=gone))
    return panel(None, body) + dlg, s, steps


def fam_menu(b: Builder) -> Made:
    rng = b.rng
    name = b.word("sections") if rng.random() < 0.7 else b.label(["Actions", "More", "Options"], "sections")
    items = [b.word("actions") for _ in range(rng.randint(3, 7))]
    mid = f"menu{b.n + 1}"
    oattr, osel, oref = b.tp()
    out = f"out{b.n}"
    rows = []
    refs = []
    for it in items:
        attr, sel, ref = b.tp()
        rows.append(f'<div data-choose="{esc(it)}" {attr}>{esc(it)}</div>')
        refs.append((it, sel, ref))
    caret = rng.choice([" \u25be", " \u25bc", "", " \u2304"])
    body = (f'<div style="position:relative;display:inline-block"><button type="button" data-toggle="{mid}" '
            f'{oattr}>{esc(name)}{caret}</button><div class="menu hidden" id="{mid}" data-out="{out}" '
            f'style="top:100%;left:0">{"".join(rows)}</div></div> <span class="muted" id="{out}"></span>'
            f'<p>{esc(b.v.pick("adjectives"))} {esc(b.v.pick("products"))}</p>')
    it, sel, ref = rng.choice(refs)
    s = [say(rng, ["open the {w} menu and choose {z}", "from the {w} menu, pick {z}", "click {w}, then {z}",
                   "choose {z} from the {w} dropdown"], w=name, z=it)]
    steps = [StepSpec("click", osel, check=_shown(mid)),
             StepSpec("click", sel, check=f"document.getElementById({js(out)}).textContent==={js(it)}")]
    return panel(b.word("sections"), body, 'style="overflow:visible;min-height:14em"'), s, steps


def fam_search(b: Builder) -> Made:
    rng = b.rng
    pool = _options(b, rng.randint(6, 12))
    target = rng.choice(pool)
    iattr, isel, iref = b.tp()
    iid, sid, rid = f"f{b.n}", f"sg{b.n}", f"res{b.n}"
    sugg = []
    srefs = {}
    for w in pool:
        attr, sel, ref = b.tp()
        sugg.append(f'<div class="hidden" data-value="{esc(w)}" {attr}>{esc(w)}</div>')
        srefs[w] = (sel, ref)
    results = []
    rrefs = []
    for tmpl in rng.sample(["{w} guide", "Best of {w}", "{w} reviews", "Top 10 {w} deals", "{w} near you",
                            "All about {w}"], 3):
        t = tmpl.format(w=target)
        attr, sel, ref = b.tp()
        results.append(f'<li><a href="#" {attr} data-say="Opened {esc(t)}">{esc(t)}</a></li>')
        rrefs.append((t, sel, ref))
    ph = b.label(["Search", "Search\u2026", "Find", "Type to search"], "actions")
    body = (f'<div style="position:relative"><input type="search" id="{iid}" {iattr} placeholder="{esc(ph)}" '
            f'data-suggest="{sid}" data-results="{rid}" style="width:{rng.choice([260, 340, 420])}px">'
            f'<div class="suggest hidden" id="{sid}" data-for="{iid}" '
            f'style="position:absolute;z-index:10">{"".join(sugg)}</div></div>'
            f'<div id="{rid}" class="hidden"><p class="muted" data-q></p><ul>{"".join(results)}</ul></div>')
    mode = rng.choice(["enter", "open", "suggest", "filter"])
    if mode == "filter":  # the word searched for is on screen already: "Search for Oslo" types, not clicks
        shown = rng.sample(pool, min(len(pool), rng.randint(3, 6)))
        if target not in shown:
            shown[rng.randrange(len(shown))] = target
        cells = "".join(f"<tr><td>{esc(w)}</td><td>{rng.randint(1, 999)}</td></tr>" for w in shown)
        body += f'<table style="margin-top:10px"><tbody>{cells}</tbody></table>'
        mode = "enter"
    if mode == "suggest":
        prefix = target[: rng.randint(2, max(2, len(target) - 2))]
        s = [say(rng, ["type {p} in the search box and pick {x} from the suggestions",
                       "start typing {p} into search, then choose {x}"], p=("q", prefix), x=target)]
        sel, ref = srefs[target]
        steps = [StepSpec("type", isel, text=prefix, span="q", check=f"{iref}.value==={js(prefix)}"),
                 StepSpec("click", sel, check=f"{iref}.value==={js(target)}")]
    else:
        s = [say(rng, ["search for {x}", "look up {x}", "find {x} using the search box"], x=("q", target))]
        steps = [StepSpec("type", isel, text=target, span="q", check=f"{iref}.value==={js(target)}"),
                 StepSpec("key", keys=("Enter",), check=_shown(rid))]
        if mode == "open":
            i = rng.randrange(len(rrefs))
            t, sel, ref = rrefs[i]
            if rng.random() < 0.3:
                s.append(say(rng, ["open the {o} result", "click the {o} result"], o=ordinal(rng, i, len(rrefs))))
            else:
                s.append(say(rng, ["open {r}", "click the result {r}", "open the result called {r}"], r=t))
            steps.append(click(sel, ref))
    return panel(None, body, 'style="min-height:16em"'), s, steps


def fam_slider(b: Builder) -> Made:
    rng = b.rng
    sliders = []
    for _ in range(rng.randint(1, 3)):
        name = b.word("quantities")
        attr, sel, ref = b.tp()
        v = rng.randint(20, 80)
        out = f"sv{b.n}"
        w = rng.choice([200, 260, 320, 400])
        sliders.append((name, sel, ref, v, f'<div class="field left"><label>{esc(name)}</label><input type="range" '
                        f'min="0" max="100" value="{v}" {attr} data-out="{out}" style="width:{w}px">'
                        f'<span id="{out}">{v}</span></div>'))
    body = "".join(x[4] for x in sliders)
    name, sel, ref, v, _ = rng.choice(sliders)
    where = rng.choice(["right", "left", "middle", "value"])
    n = rng.choice([x for x in range(10, 91, 5) if abs(x - v) > 12])
    to = {"right": 1.0, "left": 0.0, "middle": 0.5, "value": n / 100}[where]
    templates = {
        "right": ["drag the {w} slider to the right", "set {w} to the maximum", "slide {w} all the way right"],
        "left": ["drag the {w} slider to the left", "set {w} to the minimum", "slide {w} all the way left"],
        "middle": ["drag the {w} slider to the middle", "set {w} to half", "move the {w} slider to the center"],
        "value": ["set {w} to {n}%", "set the {w} slider to {n}", "drag {w} to {n} percent", "move {w} to {n}"],
    }[where]
    check = {"right": f"{ref}.value>=95", "left": f"{ref}.value<=5", "middle": f"Math.abs({ref}.value-50)<=8",
             "value": f"Math.abs({ref}.value-{n})<=8"}[where]
    s = [say(rng, templates, w=name, n=str(n))]
    return panel(b.word("sections"), body), s, [StepSpec("drag", sel, drag_to=to, check=check)]


def fam_date(b: Builder) -> Made:
    rng = b.rng
    labs = rng.sample(["Start date", "End date", "Check-in", "Check-out", "Birth date", "Due date", "Departure",
                       "Return"], rng.randint(1, 2))
    fmt = rng.choice(["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"])
    rows, refs = [], []
    for lab in labs:
        b.used.add(lab)
        h, sel, ref = text_field(b, lab, rng.choice(["left", "above"]), hint=fmt)
        h = h.replace("</div>", ' <span class="muted">\u25a6</span></div>')
        rows.append(h)
        refs.append((lab, sel, ref))
    sub = b.label(["Book", "Search", "Apply", "Save"])
    bh, bsel, bref = button(b, sub)
    bh = bh.replace('type="button"', 'type="submit"')
    body = f'<form data-msg="Done">{"".join(rows)}<div class="row">{bh}</div></form>'
    s, steps = [], []
    for i, (lab, sel, ref) in enumerate(refs):
        y, m, d = rng.randint(2020, 2030), rng.randint(1, 12), rng.randint(1, 28)
        v = {"YYYY-MM-DD": f"{y}-{m:02d}-{d:02d}", "DD/MM/YYYY": f"{d:02d}/{m:02d}/{y}",
             "MM/DD/YYYY": f"{m:02d}/{d:02d}/{y}"}[fmt]
        s.append(say(rng, ["set the {l} to {v}", "enter {v} as the {l}", "type {v} into {l}"], l=lab, v=(f"d{i}", v)))
        steps.append(type_into(sel, ref, v, f"d{i}"))
    if rng.random() < 0.6:
        s.append(say(rng, CLICK_T, x=sub))
        steps.append(StepSpec("click", bsel, check=f"{bref}.closest('form').dataset.submitted==='1'"))
    return panel(b.word("sections"), body), s, steps


def fam_article(b: Builder) -> Made:
    rng = b.rng
    paras = []
    for _ in range(rng.randint(6, 12) if b.main else 2):
        words = [b.v.pick(rng.choice(["products", "cities", "adjectives", "sections"])).lower()
                 for _ in range(rng.randint(25, 60))]
        paras.append(f"<p>{esc(' '.join(words).capitalize())}.</p>")
    act = b.word("actions")
    bh, bsel, bref = button(b, act)
    body = "".join(paras) + f'<div class="row">{bh}</div>'
    if rng.random() < 0.5:
        s = [say(rng, ["scroll down", "scroll down the page", "scroll down a bit"])]
        steps = [StepSpec("scroll", direction="down", amount=rng.randint(2, 6), check="window.scrollY>0")]
    else:
        s = [say(rng, ["scroll down and click {x}", "find the {x} button at the bottom and click it",
                       "click {x} at the end of the page"], x=act)]
        steps = [click(bsel, bref)]
    tall = ' style="min-height:180vh"' if b.main else ""
    return panel(b.word("sections").capitalize(), body, tall), s, steps


def fam_desktop(b: Builder) -> Made:
    """A desktop-like application window: title bar, menu bar, toolbar of icon buttons, files, a dialog."""
    rng = b.rng
    app = b.word("apps")
    ctl = []
    for glyph, nm in (("\u2013", "Minimize"), ("\u25a1", "Maximize"), ("\u2715", "Close")):
        attr, sel, ref = b.tp()
        ctl.append((nm, sel, ref, f'<span class="ctl" title="{nm}" {attr}>{glyph}</span>'))
    menus = []
    menu_html = []
    for nm in ["File", "Edit", "View", "Help"][: rng.randint(2, 4)]:
        mid = f"menu{b.n + 1}"
        attr, sel, ref = b.tp()
        items, rows = [], ""
        for _ in range(rng.randint(3, 5)):
            t = b.word("actions")
            iattr, isel, iref = b.tp()
            items.append((t, isel, iref))
            rows += f'<div data-choose="{esc(t)}" {iattr}>{esc(t)}</div>'
        menus.append((nm, sel, ref, mid, items))
        menu_html.append(f'<span style="position:relative"><span data-toggle="{mid}" {attr}>{nm}</span>'
                         f'<div class="menu hidden" id="{mid}" style="top:120%;left:0">{rows}</div></span>')
    labelled = rng.random() < 0.5
    tools = []
    for nm in rng.sample(sorted(ICONS), rng.randint(4, 9)):
        attr, sel, ref = b.tp()
        lab = f"<small>{nm}</small>" if labelled else ""
        tools.append((nm, sel, ref, f'<span class="tool" title="{nm}" aria-label="{nm}" {attr}>'
                      f'<span class="ic">{ICONS[nm]}</span>{lab}</span>'))
    files = []
    for _ in range(rng.randint(3, 10)):
        fn = b.word("files")
        attr, sel, ref = b.tp()
        ext = fn.rsplit(".", 1)[-1]
        files.append((fn, sel, ref, f'<div class="file selectable" data-name="{esc(fn)}" {attr}><span class="ic">'
                      f'{FILE_ICON.get(ext, chr(0x25a1))}</span>{esc(fn)}</div>'))
    dialog, s, steps = "", [], []
    mode = rng.choice(["tool", "open", "menu", "dialog", "close"])
    if mode == "dialog":
        did = f"dlg{b.n}"
        ok, cancel = rng.choice([("OK", "Cancel"), ("Save", "Don't Save"), ("Yes", "No"), ("Replace", "Cancel")])
        oa, osel, oref = b.tp()
        ca, csel, cref = b.tp()
        dialog = (f'<div class="overlay" id="{did}" style="position:absolute"><div class="dialog window" '
                  f'style="padding:0"><div class="titlebar"><span>{esc(app)}</span></div><div style="padding:16px">'
                  f'<p>Save changes to {esc(rng.choice(files)[0])}?</p><div class="row" style="justify-content:'
                  f'flex-end"><button data-close {oa}>{ok}</button><button class="secondary" data-close {ca}>'
                  f"{esc(cancel)}</button></div></div></div></div>")
        pick = rng.choice([(ok, osel), (cancel, csel)])
        s.append(say(rng, ["click {x} in the dialog", "answer {x}", "press {x}"], x=pick[0]))
        steps.append(StepSpec("click", pick[1], check=f"!({_shown(did)})"))
    elif mode == "tool":
        nm, sel, ref, _ = rng.choice(tools)
        s.append(say(rng, ["click the {x} button in the toolbar", "press the {x} icon", "click {x} on the toolbar"],
                     x=nm))
        steps.append(click(sel, ref))
    elif mode == "open":
        fn, sel, ref, _ = rng.choice(files)
        s.append(say(rng, ["open {x}", "double-click {x}", "open the file {x}"], x=fn))
        steps.append(StepSpec("double_click", sel, check=f"{ref}.dataset.opened==='1'"))
    elif mode == "menu":
        nm, sel, ref, mid, items = rng.choice(menus)
        t, isel, iref = rng.choice(items)
        s.append(say(rng, ["open the {w} menu and choose {z}", "choose {w} > {z}", "click {w}, then {z}"], w=nm, z=t))
        steps += [StepSpec("click", sel, check=_shown(mid)),
                  StepSpec("click", isel, check=f"{iref}.dataset.clicked>0")]
    else:
        nm, sel, ref, _ = ctl[2]
        s.append(say(rng, ["close the window", "close {x}", "click the close button of {x}"], x=app))
        steps.append(click(sel, ref))
    title = f'<div class="titlebar"><span>{esc(app)}</span><span>{"".join(c[3] for c in ctl)}</span></div>'
    win = (f'<div class="window" style="position:relative;margin:{rng.randint(10, 60)}px;'
           f'max-width:{rng.randint(640, 1100)}px">{title}<div class="menubar">{"".join(menu_html)}</div>'
           f'<div class="toolbar">{"".join(t[3] for t in tools)}</div><div class="files">'
           f'{"".join(f[3] for f in files)}</div>{dialog}</div>')
    return win, s, steps


CHANGE_T = ["change the {l} to {v}", "change my {l} to {v}", "update the {l} to {v}", "set {l} to {v}",
            "replace the {l} with {v}", "make the {l} {v}", "my {l} is now {v}", "edit the {l} so it says {v}"]


def fam_edit(b: Builder) -> Made:
    """An edit form whose fields already hold values (a profile, an account): "change my display name to X"
    means replacing what the field shows, often in Material's floating-label fields. The hand-written
    profile page showed the model clicking such a field and never typing."""
    rng = b.rng
    n = rng.randint(2, 5)
    labels = [b.word("field_labels") for _ in range(n)]
    if rng.random() < 0.3:  # a count in a number field with its spinner ("Number of guests": 2)
        labels[rng.randrange(n)] = b.label(COUNT_LABELS, "field_labels")
    form_style = rng.choice(["floating", "floating", "above", "left", "mixed"])
    rows, refs = [], []
    for lab in labels:
        style = rng.choice(["floating", "above", "left"]) if form_style == "mixed" else form_style
        cur = _value_for(b, lab) if rng.random() < 0.85 else ""
        h, sel, ref = text_field(b, lab, style, kind="number" if lab in COUNT_LABELS else "text", value=cur)
        rows.append(h)
        refs.append((lab, sel, ref, cur))
    sub = b.label(["Save", "Save changes", "Update", "Update profile", "Apply", "Save settings"])
    bh, bsel, bref = button(b, sub)
    bh = bh.replace('type="button"', 'type="submit"')
    title = rng.choice(["Profile", "Account", "Edit profile", "Your details", b.word("sections")])
    body = f'<form data-msg="Saved">{"".join(rows)}<div class="row">{bh}</div></form>'
    sentences, steps = [], []
    for i, (lab, sel, ref, cur) in enumerate(rng.sample(refs, rng.randint(1, min(2, n)))):
        v = _value_for(b, lab)
        while v == cur:
            v = _value_for(b, lab)
        sentences.append(say(rng, CHANGE_T + TYPE_T[:2], v=(f"v{i}", v), l=lab.lower() if rng.random() < 0.5
                             else lab))
        steps.append(type_into(sel, ref, v, f"v{i}"))
    if rng.random() < 0.75:
        verb = SUBMIT_VERBS.get(sub)
        if verb and rng.random() < 0.35:
            sentences.append(say(rng, verb))
        else:
            sentences.append(say(rng, CLICK_T, x=sub))
        steps.append(StepSpec("click", bsel, check=f"{bref}.closest('form').dataset.submitted==='1'"))
    return panel(title, body), sentences, steps


THINGS = ["ticket", "contact", "task", "project", "note", "event", "customer", "invoice", "user", "issue",
          "order", "booking", "expense", "reminder", "lead", "product"]
LONG_LABELS = ["Description", "Notes", "Message", "Details", "Comment", "Summary"]


def fam_dialog_form(b: Builder) -> Made:
    """A form inside a dialog that a button opens ("New ticket"): the instruction says what to create and
    with which values, never "open the dialog", so the first step is the opener. On the hand-written
    help-desk page the model typed into the page before opening it."""
    rng = b.rng
    did = f"dlg{b.n + 1}"
    thing = rng.choice(THINGS)
    opener = rng.choice([f"New {thing}", f"Add {thing}", f"Create {thing}", f"+ New {thing}", f"Add a {thing}",
                         f"New {thing}\u2026"])
    oattr, osel, _ = b.tp()
    n = rng.randint(1, 3)
    labels = [b.label(["Subject", "Title", "Name"], "field_labels")] + [b.word("field_labels") for _ in range(n - 1)]
    if n > 1 and rng.random() < 0.35:  # "… for 4 guests": a count in a number field
        labels[-1] = b.label(COUNT_LABELS, "field_labels")
    if rng.random() < 0.5:
        labels.append(rng.choice(LONG_LABELS))
    style = rng.choice(["above", "placeholder", "left", "floating", "above"])
    rows, refs = [], []
    for lab in labels:
        if lab in LONG_LABELS:
            attr, sel, ref = b.tp()
            fid = f"f{b.n}"
            rows.append(f'<div class="field above"><label for="{fid}">{esc(lab)}</label><textarea id="{fid}" '
                        f'{attr} rows="3" style="width:100%"></textarea></div>')
        else:
            h, sel, ref = text_field(b, lab, style, kind="number" if lab in COUNT_LABELS else "text")
            rows.append(h)
        refs.append((lab, sel, ref))
    yes = rng.choice(["Create", "Add", "Save", "Submit", f"Create {thing}", f"Add {thing}"])
    no = rng.choice(["Cancel", "Close", "Discard"])
    ya, ysel, yref = b.tp()
    dlg = (f'<div class="overlay hidden" id="{did}"><div class="dialog" role="dialog"><h2>{esc("New " + thing)}'
           f'</h2>{"".join(rows)}<div class="row" style="justify-content:flex-end"><button class="secondary" '
           f'data-close>{esc(no)}</button><button data-close {ya}>{esc(yes)}</button></div></div></div>')
    body = (f'<p>{esc(b.word("sections"))}</p><button type="button" data-open="{did}" {oattr}>'
            f"{esc(opener)}</button>")
    vals = []
    for lab, _, _ in refs:
        if lab in LONG_LABELS:
            vals.append(f"{b.v.pick('adjectives')} {b.v.pick('products').lower()} "
                        f"{rng.choice(['is broken', 'needs a check', 'arrives on Monday', 'was returned'])}")
        elif lab in ("Subject", "Title"):
            vals.append(f"{b.v.pick('products')} {rng.choice(['not working', 'order', 'question', 'update'])}")
        else:
            vals.append(_value_for(b, lab))
    s: list[list[Part]] = []
    a = "an" if thing[0] in "aeiou" else "a"
    lead = rng.choice([f"create a new {thing}", f"add {a} {thing}", f"open a new {thing}", f"make a new {thing}",
                       f"file {a} {thing}", f"click {opener.strip('+ ').rstrip(chr(0x2026))}"])
    first = phrase(lead + " with the {l} {v}", l=labels[0].lower(), v=("v0", vals[0]))
    if lead.startswith("click") or rng.random() < 0.5:
        first = phrase(lead + " and " + rng.choice(TYPE_T), l=labels[0], v=("v0", vals[0]))
    s.append(first)
    steps = [StepSpec("click", osel, check=_shown(did))]
    for i, (lab, sel, ref) in enumerate(refs):
        if i:
            s.append(say(rng, TYPE_T + ["the {l} {v}"], v=(f"v{i}", vals[i]), l=lab.lower()))
        steps.append(type_into(sel, ref, vals[i], f"v{i}"))
    if rng.random() < 0.7:
        s.append(say(rng, CLICK_T, x=yes))
    steps.append(StepSpec("click", ysel, check=f"{yref}.dataset.clicked>0&&!({_shown(did)})"))
    return panel(None, body) + dlg, s, steps


RECORD_KINDS = {  # thing: (title, detail) makers
    "contact": (lambda b: b.v.name(), lambda b: b.v.pick("cities")),
    "customer": (lambda b: b.v.name(), lambda b: _value_for(b, "Email")),
    "ticket": (lambda b: f"#{b.rng.randint(100, 9999)} {b.v.pick('products')} "
               f"{b.rng.choice(['not working', 'question', 'broken', 'refund'])}", lambda b: b.v.pick("statuses")),
    "order": (lambda b: f"Order {b.rng.randint(1000, 99999)}", lambda b: _date(b.rng)),
    "file": (lambda b: b.v.pick("files"), lambda b: f"{b.rng.randint(2, 950)} KB"),
    "project": (lambda b: f"{b.v.pick('adjectives')} {b.v.pick('products')}", lambda b: b.v.name()),
    "product": (lambda b: b.v.pick("products"), lambda b: f"${b.rng.randint(3, 900)}.{b.rng.randint(0, 99):02d}"),
}
RECORD_ACTIONS = ["Edit", "Delete", "View", "Open", "Remove", "Archive", "Share", "Rename", "Close", "Duplicate",
                  "Download", "Approve"]
# phrasings of "act on this record"; the held-out table family's own ("in the row for", "the entry of", "next
# to", "in the row with") are left out, so tables measure whether the relation transfers
RECORD_T = ["click {a} for {y}", "{a} {y}", "press the {a} button of {y}", "{a} the {t} {y}",
            "on the {t} {y}, press {a}", "hit {a} beside {y}", "use {a} on {y}", "click the {a} button for {y}",
            "{a} the {t} called {y}", "find {y} and click {a}"]
BY_DETAIL_T = ["click {a} for {y}", "hit {a} beside {y}", "click the {a} button for {y}",
               "press {a} on the {t} from {y}"]


def fam_records(b: Builder) -> Made:
    """Records (contacts, tickets, orders, files) as rows, cards or a list, each with the same buttons ("Edit",
    "Delete"): "delete the contact X" means the Delete of X's record, not X's name and not another Delete.
    Real apps (a help desk's "Close" per ticket) are full of these; the generator had no such page."""
    rng = b.rng
    thing = rng.choice(list(RECORD_KINDS))
    title_of, detail_of = RECORD_KINDS[thing]
    acts = rng.sample(RECORD_ACTIONS, rng.randint(1, 3))
    b.used.update(acts)
    look = rng.choice(["rows", "rows", "cards", "links"])
    recs, seen = [], set()
    for _ in range(rng.randint(3, 8)):
        t = title_of(b)
        if t in seen or t in b.used:
            continue
        d = detail_of(b)
        if d in seen:
            continue
        seen.update((t, d))
        b.used.add(t)
        btns = []
        for a in acts:
            if look == "links":
                attr, sel, ref = b.tp()
                btns.append((f'<a href="#" {attr} data-say="{esc(a + " " + t)}">{esc(a)}</a>', sel, ref))
            else:
                btns.append(button(b, a, secondary=rng.random() < 0.7, say_text=f"{a} {t}"))
        recs.append((t, d, btns))
    gap = rng.choice([6, 10, 16])
    if look == "cards":
        w = rng.choice([180, 220, 260])
        card = f"border:1px solid currentColor;border-radius:8px;padding:10px;width:{w}px;max-width:100%"
        cells = "".join(f'<div style="{card}">'
                        f"<b>{esc(t)}</b><div>{esc(d)}</div>"
                        f'<div class="row">{"".join(x[0] for x in btns)}</div></div>' for t, d, btns in recs)
        body = f'<div style="display:flex;flex-wrap:wrap;gap:{gap}px">{cells}</div>'
    else:
        sep = " \u00b7 " if look == "links" else ""
        width = rng.choice(["100%", "640px", "480px"])
        line = f"justify-content:space-between;max-width:{width};padding:{gap // 2}px 0;border-bottom:1px solid #8884"
        lines = "".join(f'<div class="row" style="{line}"><span><b>{esc(t)}</b>'
                        f'{"&nbsp;" * 3 if rng.random() < 0.5 else "<br>"}<small>{esc(d)}</small></span>'
                        f'<span class="row">{sep.join(x[0] for x in btns)}</span></div>' for t, d, btns in recs)
        body = f"<div>{lines}</div>"
    head = rng.choice([thing.capitalize() + "s", b.word("sections"), f"Your {thing}s", None])
    sentences, steps = [], []
    for t, d, btns in rng.sample(recs, 2 if len(recs) > 3 and rng.random() < 0.25 else 1):
        k = rng.randrange(len(acts))
        by_detail = thing == "contact" and rng.random() < 0.2
        named = thing in ("order", "ticket")  # "Order 13735" names its kind already
        templates = BY_DETAIL_T if by_detail else [x for x in RECORD_T if not named or "{t}" not in x]
        sentences.append(say(rng, templates, y=d if by_detail else t, t=thing,
                             a=acts[k] if rng.random() < 0.5 else acts[k].lower()))
        steps.append(click(btns[k][1], btns[k][2]))
    return panel(head, body), sentences, steps


SWITCH_ON_T = ["turn on {x}", "enable {x}", "switch on {x}", "turn {x} on", "activate {x}", "toggle {x} on",
               "switch {x} on"]
SWITCH_OFF_T = ["turn off {x}", "disable {x}", "switch off {x}", "turn {x} off", "deactivate {x}",
                "toggle {x} off", "switch {x} off"]
TOGGLE_NOTES = ["Applies to all your devices", "You can change this at any time", "Recommended", "Uses more battery",
                "Visible to your team", "We will email you when something changes", "Only affects this browser",
                "Takes effect after a restart", "Off by default"]
CHOICES = {"Theme": ["Light", "Dark", "System"], "Density": ["Comfortable", "Compact", "Cozy"],
           "Units": ["Metric", "Imperial"], "Start page": ["Home", "Inbox", "Calendar"],
           "Date format": ["DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"], "Text size": ["Small", "Medium", "Large"],
           "Language": ["English", "Deutsch", "Français", "Español", "Italiano", "Nederlands", "Português",
                        "Polski", "Svenska", "Türkçe"],
           "Time zone": ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"],
           "Currency": ["EUR", "USD", "GBP", "JPY", "CHF"]}
PROFILE_FIELDS = ["Display name", "Full name", "Nickname", "Location", "City", "Email", "Status message", "Job title"]


def _switch(b: Builder, on: bool) -> tuple[str, str, str, str]:
    """One on/off switch in one of the looks real settings pages use: a pill with a knob (a styled element with
    role=switch), a hidden checkbox under a drawn track (Material), a button that reads On/Off, or a plain
    checkbox. Returns (html, selector, js reference, JS expression true when it is on)."""
    rng = b.rng
    attr, sel, ref = b.tp()
    look = rng.choice(["pill", "pill", "material", "text", "checkbox"])
    if look == "checkbox":
        return (f'<input type="checkbox" role="switch" {attr}{" checked" if on else ""}>', sel, ref,
                f"{ref}.checked")
    if look == "text":
        on_t, off_t = rng.choice([("On", "Off"), ("ON", "OFF"), ("Enabled", "Disabled"), ("Yes", "No")])
        return (f'<button type="button" class="secondary" role="switch" data-switch aria-checked="{str(on).lower()}" '
                f'data-on="{on_t}" data-off="{off_t}" {attr} style="min-width:64px">{on_t if on else off_t}</button>',
                sel, ref, f"{ref}.getAttribute('aria-checked')==='true'")
    h = rng.choice([20, 24, 28, 32])
    w = int(h * rng.uniform(1.6, 2.1))
    off_bg = rng.choice(["#bbb", "#d0d0d0", "#9aa0a6", "#e5e7eb", "#777"])
    cls = f"sw{b.n}"
    pad = max(2, h // 8)
    css = (f".{cls}{{display:inline-block;position:relative;flex:none;width:{w}px;height:{h}px;"
           f"border-radius:{h // 2}px;background:{off_bg};cursor:pointer}}"
           f".{cls}::after{{content:'';position:absolute;top:{pad}px;left:{pad}px;"
           f"width:{h - 2 * pad}px;height:{h - 2 * pad}px;border-radius:50%;background:#fff;"
           f"box-shadow:0 1px 2px rgba(0,0,0,.3)}}.{cls}.on{{background:{b.theme.accent}}}"
           f".{cls}.on::after{{left:{w - h + pad}px}}")
    if look == "pill":
        return (f'<style>{css}</style><span class="{cls}{" on" if on else ""}" role="switch" data-switch '
                f'aria-checked="{str(on).lower()}" {attr}></span>', sel, ref,
                f"{ref}.getAttribute('aria-checked')==='true'")
    # material: the checkbox is invisible and covers the drawn track; the track shows its state
    css = css.replace(f".{cls}.on", f".{cls}:has(input:checked)")
    return (f'<style>{css}</style><span class="{cls}" {attr}><input type="checkbox" role="switch"'
            f'{" checked" if on else ""} style="position:absolute;inset:0;width:100%;height:100%;opacity:0;margin:0;'
            f'cursor:pointer;z-index:1"></span>', sel, ref, f"{ref}.querySelector('input').checked")


def fam_settings(b: Builder) -> Made:
    """A settings page: rows of on/off switches (a name, sometimes a note under it, the switch at the row's end
    or before the name), sometimes a choice (radio buttons) and a Save button. "Turn on X and save" means X's
    switch, then Save (pressed only when the task says so, as on forms); the generator had checkboxes only, and
    a hand-written settings page showed the model pressing Save without touching the switch."""
    rng = b.rng
    n = rng.randint(3, 7)
    width = rng.choice([380, 460, 540, 640])
    right = rng.random() < 0.75
    rows, switches = [], []
    for _ in range(n):
        name = b.word("toggles")
        on = rng.random() < 0.4
        h, sel, ref, is_on = _switch(b, on)
        note = f'<div class="muted" style="font-size:.85em">{esc(rng.choice(TOGGLE_NOTES))}</div>' \
            if rng.random() < 0.35 else ""
        text = f"<div><div>{esc(name)}</div>{note}</div>"
        inner = text + h if right else h + text
        just = "space-between" if right else "flex-start"
        rows.append(f'<div class="field" style="display:flex;align-items:center;justify-content:{just};gap:14px;'
                    f'max-width:{width}px">{inner}</div>')
        switches.append((name, on, sel, is_on))
    choice = _settings_choice(b, width) if rng.random() < 0.45 else None
    if choice:
        rows.insert(rng.randint(0, len(rows)), choice[0])
    field = None
    if rng.random() < 0.25:  # a profile page: a text field above the switches
        lab = rng.choice(PROFILE_FIELDS)
        h, sel, ref = text_field(b, lab, rng.choice(["left", "above"]), value=_value_for(b, lab))
        rows.insert(0, h)
        field = (lab, sel, ref)
    sub = b.label(["Save", "Save settings", "Save changes", "Apply", "Update", "Update profile",
                   "Save preferences"]) if rng.random() < 0.8 else None
    body = "".join(rows)
    if sub:
        bh, bsel, bref = button(b, sub)
        body += f'<div class="row">{bh}</div>'
    parts: list[tuple[list[Part], list[StepSpec]]] = []
    for name, on, sel, is_on in rng.sample(switches, rng.randint(1, min(2, n))):
        x = name if rng.random() < 0.5 else name.lower()
        parts.append((say(rng, SWITCH_OFF_T if on else SWITCH_ON_T, x=x),
                      [StepSpec("click", sel, check=f"!({is_on})" if on else is_on)]))
    if choice and rng.random() < 0.7:
        _, cname, opts, k, steps_k = choice
        templates = ["set {w} to {z}", "choose {z} under {w}", "pick {z} for {w}", "select {z} as the {w}",
                     "change {w} to {z}"]
        if cname in ("Theme", "Density"):
            templates += ["pick the {z} " + cname.lower(), "use the {z} " + cname.lower()]
        parts.append((say(rng, templates, z=opts[k], w=cname if rng.random() < 0.5 else cname.lower()), steps_k))
    if field and rng.random() < 0.8:
        lab, sel, ref = field
        v = _value_for(b, lab)
        parts.append((say(rng, CHANGE_T + TYPE_T, v=("v0", v), l=lab.lower()), [type_into(sel, ref, v, "v0")]))
    rng.shuffle(parts)
    sentences = [p[0] for p in parts]
    steps = [st for p in parts for st in p[1]]
    if sub and rng.random() < 0.75:  # pressed when the task says so, as forms' Submit is
        verb = SUBMIT_VERBS.get(sub)
        sentences.append(say(rng, verb) if verb and rng.random() < 0.5 else say(rng, CLICK_T, x=sub))
        steps.append(click(bsel, bref))
    title = rng.choice(["Settings", "Preferences", "Notifications", "Privacy", "Account settings",
                        b.word("sections")])
    return panel(title, body, 'style="overflow:visible"' if "data-toggle" in body else ""), sentences, steps


PAY_BUTTONS = ["Send money", "Transfer", "Pay", "Send", "Continue", "Review transfer", "Make payment", "Pay now",
               "Confirm transfer"]
PAYEE_LABELS = ["Recipient", "Payee", "To", "Recipient name", "Pay to", "Beneficiary"]
REFERENCE_LABELS = ["Reference", "Payment reference", "Note", "Memo", "Description", "Message to recipient"]
PAY_EXTRA_LABELS = ["Email for receipt", "Phone (optional)", "Category (optional)", "IBAN", "Recipient email",
                    "Execution date"]
SOURCE_ACCOUNTS = ["Checking", "Savings", "Everyday", "Business", "Joint", "Current", "Travel"]
CURRENCIES = [("€", ["euros", "EUR", "euro"]), ("$", ["dollars", "USD", "bucks"]), ("£", ["pounds", "GBP"]),
              ("CHF", ["francs", "CHF"])]
PAY_T = ["send {a} {c} to {n}", "pay {n} {a} {c}", "transfer {a} {c} to {n}", "please send {n} {a} {c}",
         "I need to pay {n} {a} {c}", "wire {a} {c} to {n}", "make a payment of {a} {c} to {n}"]
PAY_REF_T = ["with reference {r}", "with the reference {r}", "reference {r}", "use {r} as the reference",
             "and put {r} in the note", "memo {r}", "with the note {r}"]
COMPANY_WORDS = ["Electric", "Energy", "Telecom", "Insurance", "Properties", "Water", "Gym", "Dental", "Books"]


def fam_payment(b: Builder) -> Made:
    """A money transfer form: a payee, an amount (with its currency beside it), a reference, sometimes the
    account it comes from, and a button that sends it. The task says what it wants done in its own order and
    names no field ("send 25 euros to Alice with reference rent"); the fields are filled top to bottom and the
    send button is pressed, since sending is what was asked. Forms elsewhere name each field, so a sentence that
    only implies which value goes where was never seen. The fields come in any order, and a field the task says
    nothing of may stand among them: networks trained on one order learned to type into the next empty field."""
    rng = b.rng
    sym, words_c = rng.choice(CURRENCIES)
    r = rng.random()
    if r < 0.4:
        payee = b.v.pick("first_names")
    elif r < 0.75:
        payee = b.v.name()
    else:
        payee = f"{b.v.pick('last_names')} {rng.choice(COMPANY_WORDS)}"
    amount = str(rng.randint(2, 2500)) if rng.random() < 0.6 else f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}"
    ref = rng.choice([b.v.pick("values").lower(), rng.choice(["rent", "dinner", "groceries", "tickets", "gift",
                                                             "utilities", "lunch", "deposit"]),
                      f"{rng.choice(['INV', 'REF', 'ORD', 'No'])}-{rng.randint(100, 99999)}"])
    rows, steps_of = [], {}
    accounts = None
    if rng.random() < 0.5:
        names = rng.sample(SOURCE_ACCOUNTS, rng.randint(2, 3))
        gname, radios, arefs = f"acct{b.n}", [], []
        for i, nm in enumerate(names):
            attr, sel, ref_js = b.tp()
            radios.append(f'<label style="display:block;margin:6px 0"><input type="radio" name="{gname}" {attr}'
                          f'{" checked" if i == 0 else ""}> {esc(nm)} <span class="muted">'
                          f'\u2022\u2022{rng.randint(1000, 9999)}</span></label>')
            arefs.append((nm, sel, ref_js))
        rows.append(f'<div class="field"><div>{esc(rng.choice(["From", "From account", "Pay from"]))}</div>'
                    f'{"".join(radios)}</div>')
        accounts = arefs
    style = rng.choice(["above", "above", "left", "placeholder", "floating"])
    fields: dict[str, str] = {}
    h, psel, pref = text_field(b, rng.choice(PAYEE_LABELS), style)
    fields["payee"] = h
    steps_of["payee"] = type_into(psel, pref, payee, "n")
    h, asel, aref = text_field(b, rng.choice(["Amount", "Amount", "Sum", f"Amount ({words_c[-1]})"]),
                               style if style != "placeholder" else "above", hint=rng.choice(["0.00", ""]))
    if style in ("above", "left") and rng.random() < 0.6:  # the currency just before the field
        h = h.replace("<input ", f'<span class="muted" style="margin-right:6px">{esc(sym)}</span><input ', 1)
    fields["amount"] = h
    steps_of["amount"] = type_into(asel, aref, amount, "a")
    has_ref = rng.random() < 0.8
    h, rsel, rref = text_field(b, rng.choice(REFERENCE_LABELS), style)
    fields["ref"] = h
    if has_ref:
        steps_of["ref"] = type_into(rsel, rref, ref, "r")
    order = ["payee", "amount", "ref"]
    if rng.random() < 0.5:  # not always payee, amount, reference: "type into the next empty field" is no rule
        rng.shuffle(order)
    if rng.random() < 0.35:  # a field the task says nothing of, left empty
        h, _, _ = text_field(b, rng.choice(PAY_EXTRA_LABELS), style)
        fields["extra"] = h
        order.insert(rng.randint(0, len(order)), "extra")
    rows += [fields[k] for k in order]
    sub = b.label(PAY_BUTTONS)
    bh, bsel, bref = button(b, sub)
    bh = bh.replace('type="button"', 'type="submit"')
    body = f'<form data-msg="Payment sent">{"".join(rows)}<div class="row">{bh}</div></form>'
    said = phrase(rng.choice(PAY_T), a=("a", amount), c=rng.choice(words_c), n=("n", payee))
    acct_step = None
    if accounts and rng.random() < 0.6:
        nm, sel, ref_js = rng.choice(accounts[1:])
        said += phrase(rng.choice([" from my {x} account", " from {x}", " out of the {x} account"]),
                       x=nm if rng.random() < 0.5 else nm.lower())
        acct_step = StepSpec("click", sel, check=f"{ref_js}.checked")
    sentences = [said]
    if has_ref:
        sentences[0] = said + [rng.choice([" ", ", "])] + phrase(rng.choice(PAY_REF_T), r=("r", ref))
    steps = ([acct_step] if acct_step else []) + [steps_of[k] for k in order if k in steps_of]
    steps.append(StepSpec("click", bsel, check=f"{bref}.closest('form').dataset.submitted==='1'"))
    title = rng.choice(["Transfer money", "New payment", "Send money", "Pay someone", "Payments", "Transfer"])
    return panel(title, body), sentences, steps


def _settings_choice(b: Builder, width: int) -> tuple[str, str, list[str], int, list[StepSpec]]:
    """A settings row that picks one of a few values: radio buttons, or a menu button that shows the current
    value (with or without a caret) and lists the others once clicked. (html, name, options, the index to
    pick, its steps). A hand-written settings page's language menu was typed into instead of opened."""
    rng = b.rng
    cname = rng.choice(list(CHOICES))
    opts = CHOICES[cname]
    if len(opts) > 4:
        opts = rng.sample(opts, rng.randint(3, 5))
    k = rng.randrange(1, len(opts))
    if len(opts) <= 3 and rng.random() < 0.5 or cname == "Units":
        radios, refs = [], []
        gname = f"grp{b.n}"
        for o in opts:
            attr, sel, ref = b.tp()
            radios.append(f'<label style="margin-right:14px"><input type="radio" name="{gname}" {attr}'
                          f'{" checked" if o == opts[0] else ""}>{esc(o)}</label>')
            refs.append((sel, ref))
        html = (f'<div class="field"><div>{esc(cname)}</div><div class="row">{"".join(radios)}</div></div>')
        return html, cname, opts, k, [StepSpec("click", refs[k][0], check=f"{refs[k][1]}.checked")]
    attr, sel, ref = b.tp()
    menu, mid, out, osels = menu_button(b, attr, opts, rng.choice(["", "", " \u25be", " \u25bc", " \u2304"]),
                                        side="right")
    html = (f'<div class="field" style="display:flex;align-items:center;justify-content:space-between;gap:14px;'
            f'max-width:{width}px"><div>{esc(cname)}</div>{menu}</div>')
    return html, cname, opts, k, [
        StepSpec("click", sel, check=_shown(mid)),
        StepSpec("click", osels[k], check=f"document.getElementById({js(out)}).textContent==={js(opts[k])}")]


# Opt-in families: a default draw leaves them out, so every earlier seed still makes the page it made
# (stored data sets and the CI evaluation set stay reproducible); name them in ``families`` to get them.
OPT_IN_FAMILIES = ("edit", "dialog_form", "records", "settings", "payment")

FAMILY_FUNCS = {
    "edit": fam_edit, "dialog_form": fam_dialog_form, "records": fam_records, "settings": fam_settings,
    "payment": fam_payment,
    "form": fam_form, "login": fam_login, "buttons": fam_buttons, "links": fam_links, "checkbox": fam_checkbox,
    "radio": fam_radio, "select": fam_select, "tabs": fam_tabs, "list": fam_list, "table": fam_table,
    "dialog": fam_dialog, "menu": fam_menu, "search": fam_search, "slider": fam_slider, "date": fam_date,
    "desktop": fam_desktop, "article": fam_article,
}


def train_families(heldout_family: str = HELDOUT_FAMILY) -> list[str]:
    return [f for f in FAMILIES if f != heldout_family]


SCRIPT = """
function q(n){return document.querySelector('[data-tp="'+n+'"]')}
function toast(t){let d=document.getElementById('tp-toast');if(!d){d=document.createElement('div');d.id='tp-toast';
 d.className='toast';document.body.appendChild(d)}d.textContent=t}
function closeMenus(){document.querySelectorAll('.menu').forEach(x=>x.classList.add('hidden'))}
function showResults(inp){if(!inp.dataset.results)return;const r=document.getElementById(inp.dataset.results);
 r.classList.remove('hidden');const h=r.querySelector('[data-q]');if(h)h.textContent='Results for '+inp.value}
document.addEventListener('click',e=>{
 const el=e.target.closest('[data-tp]');if(el)el.dataset.clicked=(+(el.dataset.clicked||0))+1;
 const a=e.target.closest('a[href="#"]');if(a){e.preventDefault();if(a.dataset.say)toast(a.dataset.say)}
 const t=e.target.closest('[data-toggle]');if(t){const m=document.getElementById(t.dataset.toggle);
  const was=m.classList.contains('hidden');closeMenus();if(was)m.classList.remove('hidden');return}
 const it=e.target.closest('.menu [data-choose]');
 if(it){const m=it.closest('.menu');m.classList.add('hidden');const o=document.getElementById(m.dataset.out);
  if(o)o.textContent=it.dataset.choose;toast(it.dataset.choose)}else if(!e.target.closest('.menu'))closeMenus();
 const tab=e.target.closest('[role=tab]');if(tab){tab.parentElement.querySelectorAll('[role=tab]').forEach(x=>{
  x.classList.remove('active');document.getElementById(x.dataset.panel).classList.add('hidden')});
  tab.classList.add('active');document.getElementById(tab.dataset.panel).classList.remove('hidden')}
 const s=e.target.closest('.selectable');if(s){s.classList.toggle('selected');
  s.setAttribute('aria-selected',s.classList.contains('selected'))}
 const op=e.target.closest('[data-open]');if(op)document.getElementById(op.dataset.open).classList.remove('hidden');
 const cl=e.target.closest('[data-close]');if(cl){cl.closest('.overlay').classList.add('hidden');toast(cl.textContent)}
 const sg=e.target.closest('.suggest [data-value]');
 if(sg){const inp=document.getElementById(sg.parentElement.dataset.for);
  inp.value=sg.dataset.value;sg.parentElement.classList.add('hidden');showResults(inp)}
 const sw=e.target.closest('[data-switch]');if(sw){const on=sw.getAttribute('aria-checked')!=='true';
  sw.setAttribute('aria-checked',on);sw.classList.toggle('on',on);if(sw.dataset.on)sw.textContent=on?sw.dataset.on:sw.dataset.off}
 const b=e.target.closest('button[data-say]');if(b&&b.type!=='submit')toast(b.dataset.say)});
document.addEventListener('click',e=>{const ad=e.target.closest('[data-add]');if(!ad)return;
 const inp=document.querySelector('[data-addto="'+ad.dataset.add+'"]');if(!inp.value)return;
 const d=document.createElement('div');d.className='item';d.textContent=inp.value;
 document.getElementById(ad.dataset.add).appendChild(d);inp.value=''});
document.addEventListener('keydown',e=>{const i=e.target;if(e.key!=='Enter'||!i.dataset||!i.dataset.addto)return;
 document.querySelector('[data-add="'+i.dataset.addto+'"]').click()});
document.addEventListener('dblclick',e=>{const f=e.target.closest('.file');if(f){f.dataset.opened='1';
 toast('Opened '+f.dataset.name)}});
document.addEventListener('submit',e=>{e.preventDefault();const f=e.target;f.dataset.submitted='1';
 if(f.dataset.msg)toast(f.dataset.msg)});
document.addEventListener('input',e=>{const i=e.target;
 if(i.dataset.suggest){const box=document.getElementById(i.dataset.suggest);
 const v=i.value.toLowerCase();let n=0;box.querySelectorAll('[data-value]').forEach(d=>{
 const ok=v&&d.dataset.value.toLowerCase().startsWith(v)&&n<6;if(ok)n++;d.classList.toggle('hidden',!ok)});
 box.classList.toggle('hidden',n===0)}
 if(i.type==='range'&&i.dataset.out)document.getElementById(i.dataset.out).textContent=i.value});
document.addEventListener('keydown',e=>{if(e.key==='Enter'&&e.target.dataset&&e.target.dataset.results)
 showResults(e.target)});
"""


def _arrange(rng: random.Random, layout: str, panels: list[str], b: Builder, echo: list[str] | None = None) -> str:
    """The panels in a layout, under a header and beside a sidebar; ``echo`` (task words) puts them in an
    app shell instead (``_app_shell``)."""
    if echo is not None:
        cols = {"two_columns": "repeat(2,minmax(0,1fr))", "three_columns": "repeat(3,minmax(0,1fr))",
                "grid": "repeat(auto-fill,minmax(340px,1fr))"}.get(layout, "minmax(0,1fr)")
        width = f"max-width:{rng.choice([640, 760, 900, 1100])}px;" if cols == "minmax(0,1fr)" else ""
        main = (f'<main class="page" style="grid-template-columns:{cols};{width}align-items:start">'
                f'{"".join(panels)}</main>')
        return _app_shell(rng, b, main, echo, page_texts("".join(panels)))
    header = ""
    if rng.random() < 0.5:
        nav = "".join(f'<a href="#" {b.tp()[0]} style="margin-right:14px">{esc(b.word("sections"))}</a>'
                      for _ in range(rng.randint(2, 5)))
        header = (f'<header class="panel" style="border-radius:0;display:flex;justify-content:space-between;'
                  f'align-items:center"><strong>{esc(b.v.pick("adjectives"))} {esc(b.v.pick("products"))}'
                  f"</strong><nav>{nav}</nav></header>")
    side = ""
    if layout in ("sidebar_left", "sidebar_right"):
        side = '<nav class="panel sidebar">' + "".join(
            f'<a href="#" {b.tp()[0]}>{esc(b.word("sections"))}</a>' for _ in range(rng.randint(3, 7))) + "</nav>"
    cols = {"single": "minmax(0,1fr)", "two_columns": "repeat(2,minmax(0,1fr))",
            "grid": "repeat(auto-fill,minmax(340px,1fr))", "three_columns": "repeat(3,minmax(0,1fr))",
            "sidebar_left": "minmax(0,1fr)", "sidebar_right": "minmax(0,1fr)", "centered": "minmax(0,1fr)"}[layout]
    width = f"max-width:{rng.choice([560, 640, 760, 900, 1100])}px;" if layout in ("single", "centered") else ""
    center = "margin:0 auto;" if layout == "centered" or rng.random() < 0.3 else ""
    main = (f'<main class="page" style="grid-template-columns:{cols};{width}{center}align-items:start">'
            f'{"".join(panels)}</main>')
    if side:
        parts = [side, main] if layout == "sidebar_left" else [main, side]
        tmpl = "200px minmax(0,1fr)" if layout == "sidebar_left" else "minmax(0,1fr) 200px"
        main = f'<div style="display:grid;grid-template-columns:{tmpl};gap:{b.theme.gap}px">{"".join(parts)}</div>'
    return header + main


# -- app shell: navigation and titles that echo the task ------------------------------------------------
# Real apps wrap a form in a sidebar whose active item is a filled pill ("Tickets 5"), a page title and filter
# pills, and these repeat the task's words: "create a new ticket" on a page titled Tickets, "change my display
# name" beside a highlighted "Profile". A model that types into whatever matches a word of the task types into
# the sidebar; pages with such echoes teach it that a value goes into the field its label names.
_ECHO_STOP = """about above after also before below beside box button change check choose click could
 enter field fill first from have into just last like link make menu near need next option page please press
 pick puts select sets show some sure than that then their them there these they this those type under update
 want what when where which while with would write your item items second third fourth fifth open tick hit
 using value scroll down left right switch toolbar suggestions"""
ECHO_STOP = frozenset(_ECHO_STOP.split())


def echo_words(instruction: str, spans: dict[str, tuple[int, int]]) -> list[str]:
    """Words of the task a page may repeat in its navigation and titles: not a typed value, not filler."""
    typed = {w.lower() for a, z in spans.values() for w in re.findall(r"[A-Za-z]+", instruction[a:z])}
    out: list[str] = []
    for w in re.findall(r"[A-Za-z]{4,}", instruction):
        w = w.lower()
        if w not in ECHO_STOP and w not in typed and w not in out:
            out.append(w)
    return out


def _norm(text: str) -> str:
    return " ".join(w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower()))


def page_texts(html: str) -> set[str]:
    """Every text a page shows on its own (text nodes, placeholders, values), normalised for comparison."""
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
    found = [_html.unescape(t) for t in re.findall(r">([^<>]+)<", body)]
    found += [_html.unescape(t) for t in re.findall(r'(?:placeholder|value)="([^"]*)"', body)]
    return {_norm(t) for t in found if t.strip()}


def _echo_labels(rng: random.Random, echo: list[str], shown: set[str]) -> list[str]:
    """Nav labels made of task words ("Tickets" for "ticket"), none the same as a text the page shows, so a
    click the task names stays unambiguous."""
    out = []
    for w in echo:
        label = w.capitalize() + ("s" if not w.endswith("s") and rng.random() < 0.5 else "")
        if _norm(label) not in shown and label not in out:
            out.append(label)
    return out


def _app_shell(rng: random.Random, b: Builder, main: str, echo: list[str], shown: set[str]) -> str:
    labels = _echo_labels(rng, echo, shown)
    rng.shuffle(labels)
    dark = rng.random() < 0.6
    side_bg = rng.choice(["#1f2330", "#20263a", "#111827", "#2d3142", "#1e3d32", "#312e3f"]) if dark \
        else b.theme.panel
    side_fg = rng.choice(["#e6e8ef", "#cfd6e4", "#f4f4f5"]) if dark else b.theme.fg
    active_css = ("background:rgba(255,255,255,.13);color:#fff;" if dark and rng.random() < 0.6
                  else f"background:{b.theme.accent};color:{b.theme.accent_fg};")
    r = min(b.theme.radius, 10)
    item_css = f"display:flex;justify-content:space-between;align-items:center;padding:8px 12px;margin:2px 0;" \
               f"border-radius:{r}px;text-decoration:none;color:{side_fg};"
    names = [b.word("sections") for _ in range(rng.randint(2, 5))]
    mine = labels[:rng.randint(1, min(2, len(labels)))] if labels else []
    for m in mine:
        names.insert(rng.randint(0, len(names)), m)
    active = mine[0] if mine and rng.random() < 0.75 else rng.choice(names)
    items, heads = [], rng.random() < 0.5
    for k, name in enumerate(names):
        if heads and k and rng.random() < 0.25:
            items.append(f'<div style="font-size:11px;letter-spacing:1px;opacity:.6;margin:14px 12px 4px">'
                         f'{esc(b.word("sections").upper())}</div>')
        badge = f'<span style="font-size:12px;padding:1px 7px;border-radius:9px;background:rgba(127,127,127,.25)">' \
                f'{rng.randint(1, 24)}</span>' if rng.random() < 0.3 else ""
        css = item_css + (active_css if name == active else "")
        cls = "navitem" + (" active" if name == active else "") + (" echo" if name in mine else "")
        items.append(f'<a href="#" class="{cls}" {b.tp()[0]} style="{css}">{esc(name)}{badge}</a>')
    brand = f"{b.v.pick('adjectives')} {b.v.pick('products')}"
    side = (f'<nav class="appnav" style="background:{side_bg};padding:16px 12px;min-height:100vh">'
            f'<div style="font-weight:bold;font-size:1.2em;color:{side_fg};margin:4px 12px 18px">{esc(brand)}</div>'
            f'{"".join(items)}</nav>')
    title = labels[len(mine)] if len(labels) > len(mine) and rng.random() < 0.5 else active
    head = (f'<div style="display:flex;align-items:baseline;gap:12px;padding:{b.theme.gap}px {b.theme.gap}px 0">'
            f'<h1 style="margin:0">{esc(title)}</h1><span class="muted">{esc(b.word("sections"))}</span></div>')
    if rng.random() < 0.5:
        pills = [f"All ({rng.randint(3, 30)})"] + [f"{b.word('sections')} ({rng.randint(0, 9)})"
                                                  for _ in range(rng.randint(1, 3))]
        on = f"background:{b.theme.accent};color:{b.theme.accent_fg};"
        head += (f'<div style="display:flex;gap:8px;padding:{b.theme.gap // 2}px {b.theme.gap}px 0">' + "".join(
            f'<a href="#" {b.tp()[0]} style="padding:5px 12px;border-radius:16px;text-decoration:none;'
            f'{on if k == 0 else "color:" + b.theme.muted + ";"}">{esc(p)}</a>' for k, p in enumerate(pills))
            + "</div>")
    width = rng.choice([200, 220, 240, 260])
    return (f'<div style="display:grid;grid-template-columns:{width}px minmax(0,1fr);min-height:100vh">'
            f"{side}<div>{head}{main}</div></div>")


def episode_rng(seed: int) -> random.Random:
    return random.Random(seed)


def make_page(seed: int, split: Split = "train", family: str | None = None,
              heldout_family: str = HELDOUT_FAMILY, echo: float = 0.0) -> PageSpec:
    """The page and task for one episode seed. ``family`` None draws one of the training families. ``echo``:
    the chance the page sits in an app shell that repeats the task's words (0 draws nothing more, so every
    seed makes the page it made before the shell existed)."""
    rng = episode_rng(seed)
    fams = train_families(heldout_family)
    fam = family or rng.choice(fams)
    vocab = Vocab(split, rng)
    theme = random_theme(rng, split)
    viewport, dsf = random_screen(rng)
    layout = rng.choice(layouts(split))
    b = Builder(rng, vocab, theme)
    body, sentences, steps = FAMILY_FUNCS[fam](b)
    shell = echo > 0 and fam != "desktop" and rng.random() < echo
    if shell:
        instruction, spans = compose(rng, sentences)
    if fam == "desktop":
        page_body = body
        bg = f"background:{rng.choice(['#2d4a6b', '#3b3b3b', '#4a6b52', '#6b4a5e', '#20252b', '#c9ced6'])}"
        layout = "window"
    else:
        panels = [body]
        b.main = False
        others = [f for f in fams if f not in ("desktop", "article", fam)]
        for f in rng.sample(others, rng.randint(0, 3)):
            panels.append(FAMILY_FUNCS[f](b)[0])
        first = panels[0]
        rest = panels[1:]
        rng.shuffle(rest)
        pos = rng.randint(0, len(rest))
        panels = rest[:pos] + [first] + rest[pos:]
        page_body = _arrange(rng, layout, panels, b, echo_words(instruction, spans) if shell else None)
        bg = ""
    if not shell:
        instruction, spans = compose(rng, sentences)
    for st in steps:
        if st.span is not None:
            a, z = spans[st.span]
            assert instruction[a:z] == st.text, (instruction, st)
    html = (f'<!doctype html><html><head><meta charset="utf-8"><style>{theme.css()}</style></head>'
            f'<body style="{bg}">{page_body}<script>{SCRIPT}</script></body></html>')
    return PageSpec(family=fam, split=split, seed=seed, html=html, viewport=viewport, dsf=dsf, theme=theme,
                    layout=layout, task=Task(instruction, spans, steps), words=set(vocab._used))
