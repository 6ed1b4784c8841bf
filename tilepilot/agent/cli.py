"""Command line: a thin layer over ``tilepilot.run``.

Exit codes: 0 the run ended in ``done``; 1 it failed, looped, errored or hit the step limit; 2 bad usage or
bad input (a malformed script, an unreachable URL, no display).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from tilepilot.errors import InputError, ScreenError, TilepilotError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Automate graphical interfaces from natural language or scripts.")
err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def _root() -> None:
    """tilepilot: screen -> observation -> model -> action -> executor -> record."""


def _viewport(value: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in value.lower().split("x"))
        return w, h
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not WIDTHxHEIGHT, e.g. 1280x720") from None


@app.command("run")
def run_cmd(
    task: str = typer.Argument("", help="What to do, in plain words (not needed with --script)."),
    url: str = typer.Option(None, "--url", help="Open this page in headless Chromium."),
    desktop: bool = typer.Option(False, "--desktop", help="Act on an X11 display instead of a browser."),
    display: str = typer.Option(None, "--display", help="X display for --desktop (default: $DISPLAY)."),
    cdp_url: str = typer.Option(None, "--cdp-url", help="Attach to a running Chromium over CDP."),
    policy: str = typer.Option(None, "--policy", help="Policy: rules (default) or script."),
    script: Path = typer.Option(None, "--script", help="YAML/JSON list of actions to run."),
    max_steps: int = typer.Option(30, "--max-steps", min=1, help="Stop after this many steps."),
    out: Path = typer.Option(None, "--out", help="Record the run (steps.jsonl + PNGs) into this folder."),
    allow_domain: list[str] = typer.Option(None, "--allow-domain",
                                           help="Extra host the browser may reach (repeatable; '*' for any)."),
    viewport: str = typer.Option("1280x720", "--viewport", help="Browser viewport, WIDTHxHEIGHT."),
    dsf: float = typer.Option(1.0, "--device-scale-factor", help="Browser device scale factor (HiDPI)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the final status."),
) -> None:
    """Run a task (or a --script) on a page (--url / --cdp-url) or a desktop (--desktop)."""
    from tilepilot.agent.run import run

    out_console = Console(highlight=False, soft_wrap=True)

    def show(step) -> None:  # noqa: ANN001 - StepRecord
        if quiet:
            return
        mark = "[red]x[/red]" if step.error else "[green]✓[/green]"
        total = sum(step.timings.values())
        out_console.print(f"{mark} step {step.index}: {step.description} [dim]({total * 1000:.0f} ms)[/dim]")
        if step.error:
            out_console.print(f"   [red]{step.error}[/red]")

    try:
        result = run(task, url=url, desktop=desktop, display=display, cdp_url=cdp_url, policy=policy,
                     script=script, max_steps=max_steps, out=out, allow_domains=allow_domain,
                     viewport=_viewport(viewport), device_scale_factor=dsf, on_step=show)
    except (InputError, ScreenError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    except TilepilotError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from None
    colour = "green" if result.ok else "red"
    line = f"[{colour}]{result.status}[/{colour}] after {len(result.steps)} steps in {result.seconds:.1f}s"
    if result.answer:
        line += f": {result.answer}"
    if result.message and not result.ok:
        line += f": {result.message}"
    out_console.print(line)
    if result.recording:
        out_console.print(f"recording: {result.recording}")
    if result.ok:
        raise typer.Exit(0)
    raise typer.Exit(2 if result.error_type == "InputError" else 1)


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON schema of the action vocabulary."""
    import json

    from tilepilot.actions.schema import action_json_schema

    print(json.dumps(action_json_schema(), indent=2))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
