"""pytest plugin (entry point ``tilepilot``): scenario folders become test items.

    pytest scenarios/web                         # every folder holding run.json + steps.jsonl
    pytest scenarios -m "web and not desktop"    # markers: tilepilot, web / desktop, and the scenario's own
    pytest scenarios --tilepilot-retries 2 --tilepilot-variant shifted

One item per variant of a served web app (``start.variants``), else one per scenario. A failing item prints
a divergence report: the step, the message, what healing tried, and where the expected (recorded) and
actual frames were saved. Only paths given on the command line are searched (the project's own
``testpaths`` do not hold scenarios), so nothing runs twice.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("tilepilot", "tilepilot scenario replays")
    g.addoption("--tilepilot-retries", type=int, default=0, metavar="N",
                help="replay a failing scenario up to N more times before reporting it")
    g.addoption("--tilepilot-variant", action="append", default=None, metavar="NAME",
                help="only these variants of served apps (repeatable; default: all)")
    g.addoption("--tilepilot-out", default=None, metavar="DIR",
                help="write replays and divergence frames here (default: a temporary folder)")
    g.addoption("--tilepilot-display", default=None, metavar=":N", help="X display for desktop scenarios")


def pytest_configure(config: pytest.Config) -> None:
    for line in ("tilepilot: a recorded tilepilot scenario replayed as a test",
                 "web: a scenario replayed in Chromium", "desktop: a scenario replayed on an X display"):
        config.addinivalue_line("markers", line)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name == "run.json" and (file_path.parent / "steps.jsonl").is_file():
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


class ScenarioFile(pytest.File):
    def collect(self):  # noqa: ANN201
        from tilepilot.replay.scenario import load

        folder = self.path.parent
        s = load(folder)
        wanted = self.config.getoption("--tilepilot-variant")
        variants: list[str | None] = list(s.start.variants) if s.start.serve and s.start.variants else [None]
        if wanted:
            variants = [v for v in variants if v in wanted or v is None]
        for v in variants:
            item = ScenarioItem.from_parent(self, name=v or "replay", folder=folder, variant=v)
            for m in ["tilepilot", s.start.kind if s.start.kind == "desktop" else "web", *s.markers]:
                self.config.addinivalue_line("markers", f"{m}: scenario marker")
                item.add_marker(m)
            yield item


class ScenarioFailure(Exception):
    def __init__(self, report: str):
        super().__init__(report)
        self.report = report


class ScenarioItem(pytest.Item):
    def __init__(self, *, folder: Path, variant: str | None, **kw: Any):
        super().__init__(**kw)
        self.folder = folder
        self.variant = variant

    def _ocr(self) -> Any:
        engine = self.config.stash.get(_OCR, None)
        if engine is None:
            from tilepilot.perception.ocr import OcrEngine

            engine = OcrEngine()
            self.config.stash[_OCR] = engine
        return engine

    def _out(self, attempt: int) -> Path:
        base = self.config.getoption("--tilepilot-out")
        root = Path(base) if base else Path(tempfile.gettempdir()) / f"tilepilot-pytest-{os.getpid()}"
        return root / f"{self.folder.name}-{self.name}-{attempt}"

    def runtest(self) -> None:
        import shutil

        from tilepilot.replay.replayer import replay
        from tilepilot.replay.scenario import load

        s = load(self.folder)
        display = self.config.getoption("--tilepilot-display") or os.environ.get("DISPLAY")
        if s.start.kind == "desktop" and not display:
            pytest.skip("desktop scenario: no X display (set DISPLAY or --tilepilot-display)")
        retries = max(0, self.config.getoption("--tilepilot-retries"))
        for attempt in range(retries + 1):
            out = self._out(attempt)
            if out.exists():
                shutil.rmtree(out)
            result = replay(self.folder, variant=self.variant, display=display, out=out, ocr=self._ocr())
            self.user_properties.append(("attempt", attempt + 1))
            if result.ok:
                self.user_properties.append(("healed_steps", result.healed_steps))
                return
        raise ScenarioFailure(divergence_report(result, s, retries + 1))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ScenarioFailure):
            return excinfo.value.report
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"scenario {self.folder.name} [{self.name}]"


_OCR = pytest.StashKey[Any]()


def divergence_report(result: Any, s: Any, attempts: int) -> str:
    """Text shown for a failing scenario; saves expected.png / actual.png next to the replay."""
    lines = [f"scenario {s.dir} diverged (attempts: {attempts})", f"  {result.message}"]
    failed = next((st for st in result.steps if not st.ok), None)
    if failed is not None:
        lines.append(f"  step {failed.index}: {failed.description}")
        for f, info in failed.found.items():
            lines.append(f"  target {f}: found by {info.get('how')}")
            lines += [f"    tried: {t}" for t in info.get("tried") or []]
        for c in failed.checks:
            lines.append(f"  check {'ok' if c.ok else 'FAILED'}: {c.what}: {c.detail}")
    for c in result.checks:
        lines.append(f"  final check {'ok' if c.ok else 'FAILED'}: {c.what}: {c.detail}")
    if result.out is not None:
        out = Path(result.out)
        if result.actual is not None:
            (out / "actual.png").write_bytes(result.actual.png())
            lines.append(f"  actual frame:   {out / 'actual.png'}")
        shot = failed.expected if failed is not None else (s.steps[-1].screenshot if s.steps else None)
        if shot and (s.dir / shot).is_file():
            (out / "expected.png").write_bytes((s.dir / shot).read_bytes())
            lines.append(f"  expected frame: {out / 'expected.png'}")
        lines.append(f"  replay folder:  {out} (tilepilot report {out})")
    return "\n".join(lines)
