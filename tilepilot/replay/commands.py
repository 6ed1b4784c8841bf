"""CLI commands for scenarios: ``tilepilot replay | report | export | record``. Thin layers over the API.

Exit codes: 0 every step and check passed; 1 a step diverged or a check failed; 2 bad input.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from tilepilot.errors import InputError, ScreenError, TilepilotError

err = Console(stderr=True, highlight=False, soft_wrap=True)  # a path in an error must stay one piece
out = Console(highlight=False)


def _fail(e: Exception) -> None:
    err.print(f"[red]error:[/red] {e}")
    raise typer.Exit(2 if isinstance(e, InputError | ScreenError) else 1) from None


def replay_cmd(
    folder: Path = typer.Argument(..., help="Scenario folder (run.json + steps.jsonl)."),
    url: str = typer.Option(None, "--url", help="Start here instead of the recorded start page."),
    variant: str = typer.Option(None, "--variant", help="A named variant of a served app, e.g. shifted."),
    display: str = typer.Option(None, "--display", help="X display for desktop scenarios."),
    var: list[str] = typer.Option(None, "--var", help="NAME=VALUE for a {{NAME}} placeholder (repeatable)."),
    update: bool = typer.Option(False, "--update", help="Write healed target positions back."),
    out_dir: Path = typer.Option(None, "--out", help="Write the replay (frames, steps, checks) here."),
    timeout: float = typer.Option(5.0, "--find-timeout", help="Seconds to look for each target."),
    policy: str = typer.Option(None, "--policy", help="Ask this policy as the last healing step (e.g. openai)."),
    base_url: str = typer.Option(None, "--base-url", help="OpenAI-compatible server for --policy openai."),
    model: str = typer.Option(None, "--model", help="Model name for --policy openai."),
    profile: str = typer.Option(None, "--profile", help="Model family for --policy openai / hf."),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Replay a scenario with no model: settle, find each target (healing), act, check. With --policy, the
    policy is asked only for a target that position, text and template matching could not find."""
    from tilepilot.agent.run import make_policy
    from tilepilot.replay.replayer import parse_vars, replay

    def show(s) -> None:  # noqa: ANN001 - StepOutcome
        if quiet:
            return
        mark = "[green]✓[/green]" if s.ok else "[red]x[/red]"
        how = ", ".join(f"{f} by {v['how']}" for f, v in s.found.items())
        out.print(f"{mark} step {s.index}: {s.description}" + (f" [dim]({how})[/dim]" if how else ""))
        for c in s.checks:
            out.print(f"   {'[green]✓' if c.ok else '[red]x'}[/] check {c.what}: {c.detail}")
        if s.error:
            out.print(f"   [red]{s.error}[/red]")

    try:
        pol = make_policy(policy, base_url=base_url, model=model, profile=profile) if policy else None
        result = replay(folder, url=url, variant=variant, display=display, variables=parse_vars(var),
                        update=update, out=out_dir, find_timeout=timeout, on_step=show, policy=pol)
    except TilepilotError as e:
        _fail(e)
        return
    for c in result.checks:
        if not quiet:
            out.print(f"{'[green]✓' if c.ok else '[red]x'}[/] final check {c.what}: {c.detail}")
    colour = "green" if result.ok else "red"
    out.print(f"[{colour}]{result.summary()}[/{colour}]")
    if update and result.updated:
        out.print(f"updated healed steps in {folder}")
    raise typer.Exit(0 if result.ok else 1)


def report_cmd(
    folder: Path = typer.Argument(..., help="A run or replay folder."),
    html: Path = typer.Option(None, "--html", help="Output file (default: FOLDER/report.html)."),
) -> None:
    """Write one self-contained HTML report of a run or a replay."""
    from tilepilot.replay.report import write_report

    try:
        path = write_report(folder, html)
    except TilepilotError as e:
        _fail(e)
        return
    out.print(f"report: {path}")


def export_cmd(
    folder: Path = typer.Argument(..., help="A web scenario folder."),
    to: str = typer.Option("playwright", "--to", help="Target: playwright."),
    dest: Path = typer.Option(None, "--out", help="Output file (default: stdout)."),
    locators: str = typer.Option("text", "--locators", help="text (get_by_text where known) or coordinates."),
) -> None:
    """Export a web scenario as a standalone pytest + Playwright script."""
    from tilepilot.replay.export import export_playwright

    if to != "playwright":
        _fail(InputError(f"--to {to}: unknown target; expected playwright"))
    try:
        code = export_playwright(folder, locators=locators)
    except TilepilotError as e:
        _fail(e)
        return
    if dest is None:
        print(code)
    else:
        dest.write_text(code, encoding="utf-8")
        out.print(f"wrote {dest}")


def record_cmd(
    url: str = typer.Option(None, "--url", help="Open this page and record what you do in it."),
    out_dir: Path = typer.Option(..., "--out", help="Scenario folder to write."),
    headed: bool = typer.Option(False, "--headed", help="Show the browser window (needs a display)."),
    seconds: float = typer.Option(0, "--seconds", help="Stop after this long (0: when the window closes or "
                                                          "on Ctrl-C)."),
    cdp_port: int = typer.Option(0, "--cdp-port", help="Also expose the browser on this DevTools port."),
    viewport: str = typer.Option("1280x720", "--viewport"),
    desktop: bool = typer.Option(False, "--desktop", help="Record on an X display instead of a browser."),
    display: str = typer.Option(None, "--display", help="X display for --desktop (default: $DISPLAY)."),
) -> None:
    """Record a person's clicks, typing, keys and scrolls in a browser (or on an X display) as a scenario."""
    from tilepilot.replay.capture import record_browser

    if desktop:
        if url:
            _fail(InputError("--url and --desktop exclude each other; pick one"))
        import sys

        from tilepilot.replay.capture_desktop import record_desktop

        def ready(d: str) -> None:
            out.print(f"recording on display {d}; Ctrl-C stops")
            sys.stdout.flush()  # a script waiting for this line reads a pipe

        try:
            n = record_desktop(out_dir, display=display, seconds=seconds or None, on_ready=ready)
        except TilepilotError as e:
            _fail(e)
            return
        out.print(f"recorded {n} steps into {out_dir}")
        return
    try:
        w, h = (int(v) for v in viewport.lower().split("x"))
    except ValueError:
        _fail(InputError(f"--viewport {viewport!r} is not WIDTHxHEIGHT"))
        return
    if not url:
        _fail(InputError("--url URL (or --desktop) is required"))
    try:
        n = record_browser(url, out_dir, headless=not headed, seconds=seconds or None, cdp_port=cdp_port,
                           viewport=(w, h), on_ready=lambda port: out.print(f"recording; DevTools port {port}"))
    except TilepilotError as e:
        _fail(e)
        return
    out.print(f"recorded {n} steps into {out_dir}")


def register(app: typer.Typer) -> None:
    app.command("replay")(replay_cmd)
    app.command("report")(report_cmd)
    app.command("export")(export_cmd)
    app.command("record")(record_cmd)
