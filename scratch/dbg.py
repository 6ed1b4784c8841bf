"""Look at one saved step: dbg.py PKL [cmd...]. Prints the task, history, saved action, the action now and the
line of model._decode that returned (WHO). Commands (python exprs) run with: r (record), f (features), cands,
pred, task, W(fn_name, *args) calls a function from the embedded package with f, C(text) lists candidates whose
text contains text, T(ids) prints candidates."""
import sys
import importlib
import pkgutil

sys.path.insert(0, __import__("os").path.dirname(__file__))
from redo import decode, load  # noqa: E402

import tilepilot.model.embedded as E  # noqa: E402
import tilepilot.model.embedded.model as M  # noqa: E402
from tilepilot.model.embedded.policy import EmbeddedPolicy  # noqa: E402

mods = [importlib.import_module(f"tilepilot.model.embedded.{m.name}") for m in pkgutil.iter_modules(E.__path__)]
r = load(sys.argv[1])
pol = EmbeddedPolicy()
lines = []


def tracer(frame, event, arg):
    if frame.f_code is M.EmbeddedModel._decode.__code__:
        def lt(fr, ev, a):
            if ev == "line":
                lines.append(fr.f_lineno)
            return lt
        return lt
    return None


sys.settrace(tracer)
action, pred, f, cands, task = decode(pol, r, ret_all=True)
sys.settrace(None)
print("TASK", r["task"])
for h in r["history"]:
    print("  hist", {k: v for k, v in h.items() if k in ("action", "description", "text", "target_text")} or h)
print("SAVED", r["action"], "|", r.get("thought"))
print("NOW  ", action.model_dump())
src = open(M.__file__).read().splitlines()
print("WHO line", lines[-1] if lines else None, ":", src[lines[-1] - 1].strip() if lines else "")


def W(name, *a):
    for m in mods:
        if hasattr(m, name):
            return getattr(m, name)(f, *a)
    raise KeyError(name)


def T(ids):
    for j in ids:
        print(j, int(f.cand_kind[j]), [round(float(v)) for v in f.cand_box[j]], repr(f.cand_text[j]))


def C(s):
    T([j for j, t in enumerate(f.cand_text) if s.lower() in (t or "").lower()])


told = r["task"]
for cmd in sys.argv[2:]:
    try:
        out = eval(cmd)
    except SyntaxError:
        exec(cmd)
        continue
    print(cmd, "->", out)
