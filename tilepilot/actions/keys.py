"""Key names: one canonical vocabulary (Playwright's names) mapped to each executor's own."""

from __future__ import annotations

from tilepilot.errors import InputError

# canonical name -> (playwright name, pyautogui name)
_NAMED: dict[str, tuple[str, str]] = {
    "Enter": ("Enter", "enter"),
    "Tab": ("Tab", "tab"),
    "Escape": ("Escape", "esc"),
    "Backspace": ("Backspace", "backspace"),
    "Delete": ("Delete", "delete"),
    "Space": ("Space", "space"),
    "ArrowUp": ("ArrowUp", "up"),
    "ArrowDown": ("ArrowDown", "down"),
    "ArrowLeft": ("ArrowLeft", "left"),
    "ArrowRight": ("ArrowRight", "right"),
    "Home": ("Home", "home"),
    "End": ("End", "end"),
    "PageUp": ("PageUp", "pageup"),
    "PageDown": ("PageDown", "pagedown"),
    "Insert": ("Insert", "insert"),
    "Control": ("Control", "ctrl"),
    "Shift": ("Shift", "shift"),
    "Alt": ("Alt", "alt"),
    "Meta": ("Meta", "win"),
    **{f"F{i}": (f"F{i}", f"f{i}") for i in range(1, 13)},
}
_ALIASES = {
    "return": "Enter", "enter": "Enter", "tab": "Tab", "esc": "Escape", "escape": "Escape",
    "backspace": "Backspace", "delete": "Delete", "del": "Delete", "space": "Space", " ": "Space",
    "up": "ArrowUp", "down": "ArrowDown", "left": "ArrowLeft", "right": "ArrowRight",
    "arrowup": "ArrowUp", "arrowdown": "ArrowDown", "arrowleft": "ArrowLeft", "arrowright": "ArrowRight",
    "home": "Home", "end": "End", "pageup": "PageUp", "pagedown": "PageDown", "pgup": "PageUp",
    "pgdn": "PageDown", "insert": "Insert", "ctrl": "Control", "control": "Control", "shift": "Shift",
    "alt": "Alt", "option": "Alt", "meta": "Meta", "cmd": "Meta", "command": "Meta", "super": "Meta",
    "win": "Meta",
}  # fmt: skip


def canonical(name: str) -> str:
    """Canonical key name, or InputError naming the key and what is accepted."""
    if name in _NAMED:
        return name
    low = name.lower()
    if low in _ALIASES:
        return _ALIASES[low]
    if low.startswith("f") and low[1:].isdigit() and 1 <= int(low[1:]) <= 12:
        return low.upper()
    if len(name) == 1 and name.isprintable():
        return name
    raise InputError(
        f"unknown key {name!r}; expected a single character or one of: {', '.join(sorted(_NAMED))}"
    )


def playwright_chord(keys: list[str]) -> str:
    return "+".join(_NAMED[k][0] if k in _NAMED else k for k in keys)


def pyautogui_keys(keys: list[str]) -> list[str]:
    return [_NAMED[k][1] if k in _NAMED else k.lower() if len(k) == 1 else k for k in keys]
