"""The decoding rules' modules each bind a top-level name once: a second definition of a rule's regular expression
or helper silently replaces the first for every function of the module (the later one wins at import), so a new
rule could change old decisions without a line of theirs changing."""

import ast
from collections import Counter
from pathlib import Path

import tilepilot.model.embedded as embedded


def test_no_top_level_name_is_bound_twice():
    twice = []
    for path in sorted(Path(embedded.__file__).parent.glob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        twice += [f"{path.name}: {n}" for n, k in names.items() if k > 1]
    assert not twice, twice
