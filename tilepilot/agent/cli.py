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
    policy: str = typer.Option(None, "--policy",
                               help="Policy: embedded (default: the shipped offline model), rules, script, openai, hf"),
    script: Path = typer.Option(None, "--script", help="YAML/JSON list of actions to run."),
    max_steps: int = typer.Option(30, "--max-steps", min=1, help="Stop after this many steps."),
    out: Path = typer.Option(None, "--out", help="Record the run (steps.jsonl + PNGs) into this folder."),
    allow_domain: list[str] = typer.Option(None, "--allow-domain",
                                           help="Extra host the browser may reach (repeatable; '*' for any)."),
    viewport: str = typer.Option("1280x720", "--viewport", help="Browser viewport, WIDTHxHEIGHT."),
    dsf: float = typer.Option(1.0, "--device-scale-factor", help="Browser device scale factor (HiDPI)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the final status."),
    base_url: str = typer.Option(None, "--base-url", help="OpenAI-compatible server for --policy openai."),
    model: str = typer.Option(None, "--model", help="Model name the server serves (--policy openai)."),
    profile: str = typer.Option(None, "--profile",
                                help="Model family: ui-tars-1.0, ui-tars-1.5, qwen2.5-vl, mimo-vl, internvl, nvlm, "
                                     "json (default)."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env",
                                    help="Environment variable holding the API key (never printed)."),
    checkpoint: str = typer.Option(None, "--checkpoint",
                                   help="model.pt (--policy embedded) or a transformers folder (--policy hf)."),
    device: str = typer.Option("cpu", "--device", help="Torch device for --policy hf (cpu, cuda, cuda:1)."),
    dtype: str = typer.Option("float32", "--dtype", help="Torch dtype for --policy hf (float32, bfloat16)."),
) -> None:
    """Run a task (or a --script) on a page (--url / --cdp-url) or a desktop (--desktop)."""
    from tilepilot.agent.run import run

    out_console = Console(highlight=False, soft_wrap=True)

    def show(step) -> None:  # noqa: ANN001 - StepRecord
        if quiet:
            return
        mark = "[red]x[/red]" if step.error else "[green]✓[/green]"
        total = sum(step.timings.get(k, 0.0) for k in ("decide", "resolve", "execute", "settle"))
        out_console.print(f"{mark} step {step.index}: {step.description} [dim]({total * 1000:.0f} ms)[/dim]")
        if step.error:
            out_console.print(f"   [red]{step.error}[/red]")

    try:
        result = run(task, url=url, desktop=desktop, display=display, cdp_url=cdp_url, policy=policy,
                     script=script, max_steps=max_steps, out=out, allow_domains=allow_domain,
                     viewport=_viewport(viewport), device_scale_factor=dsf, on_step=show, base_url=base_url,
                     model=model, profile=profile, api_key_env=api_key_env, checkpoint=checkpoint, device=device,
                     dtype=dtype)
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


@app.command("serve")
def serve_cmd(
    policy: str = typer.Option("embedded", "--policy", help="Local policy to serve (embedded, rules, hf)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    model_name: str = typer.Option(None, "--model-name", help="Model id reported by /v1/models."),
    checkpoint: str = typer.Option(None, "--checkpoint", help="Local transformers model folder (--policy hf)."),
    profile: str = typer.Option(None, "--profile", help="Model family of the checkpoint (--policy hf)."),
    device: str = typer.Option("cpu", "--device", help="Torch device for --policy hf."),
    dtype: str = typer.Option("float32", "--dtype", help="Torch dtype for --policy hf."),
) -> None:
    """Serve a local policy as an OpenAI-compatible /v1/chat/completions endpoint (json profile answers)."""
    from tilepilot.agent.run import make_policy
    from tilepilot.model.serve import PolicyServer

    try:
        if policy in ("script", "openai"):
            raise InputError(f"--policy {policy} cannot be served; serve a local policy such as embedded")
        pol = make_policy(policy, checkpoint=checkpoint, profile=profile, device=device, dtype=dtype)
        server = PolicyServer(pol, host, port, model_name=model_name)
    except InputError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    except OSError as e:
        err.print(f"[red]error:[/red] cannot listen on {host}:{port}: {e}")
        raise typer.Exit(2) from None
    Console(highlight=False).print(f"serving {policy} as {server.model_name} at {server.url}", soft_wrap=True)
    sys.stdout.flush()
    try:
        server.serve_forever()
    finally:
        server.server_close()


@app.command("batch")
def batch_cmd(
    tasks_file: Path = typer.Argument(..., help='JSONL file, one {"task": ..., "url": ...} per line.'),
    workers: int = typer.Option(4, "--workers", "-w", min=1, help="Worker processes (one browser each)."),
    results: Path = typer.Option(Path("results.jsonl"), "--results", help="Append one JSON result per task."),
    out: Path = typer.Option(None, "--out", help="Record every task into OUT/<task id>/."),
    policy: str = typer.Option(None, "--policy", help="Policy: embedded (default), rules or openai."),
    base_url: str = typer.Option(None, "--base-url", help="OpenAI-compatible server for --policy openai."),
    model: str = typer.Option(None, "--model", help="Model name the server serves."),
    profile: str = typer.Option(None, "--profile", help="Model family profile (default json)."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env", help="Environment variable with the key."),
    allow_domain: list[str] = typer.Option(None, "--allow-domain", help="Extra host the browsers may reach."),
    viewport: str = typer.Option("1280x720", "--viewport", help="Browser viewport, WIDTHxHEIGHT."),
) -> None:
    """Run many tasks in parallel (each in its own browser) against one policy or model server."""
    import json
    import time

    from tilepilot.agent.batch import load_tasks, run_batch, summary

    out_console = Console(highlight=False)
    try:
        tasks = load_tasks(tasks_file)
        if policy not in (None, "embedded", "rules", "openai"):
            raise InputError(f"--policy {policy} cannot be batched; expected embedded, rules or openai")
        if policy == "openai" and not (base_url and model):
            raise InputError("--policy openai needs --base-url and --model")
    except InputError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None

    def show(r) -> None:  # noqa: ANN001 - TaskResult
        mark = "[green]✓[/green]" if r.ok else "[red]x[/red]"
        out_console.print(f"{mark} {r.id}: {r.status} in {r.steps} steps, {r.seconds:.1f}s"
                          + (f" [dim]{r.message}[/dim]" if r.message and not r.ok else ""))

    t0 = time.monotonic()
    done = run_batch(tasks, results, workers, on_result=show, out=out, policy=policy, base_url=base_url,
                     model=model, profile=profile, api_key_env=api_key_env, allow_domains=allow_domain,
                     viewport=_viewport(viewport))
    print(json.dumps(summary(done, time.monotonic() - t0)), flush=True)
    raise typer.Exit(0 if all(r.ok for r in done) else 1)


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON schema of the action vocabulary."""
    import json

    from tilepilot.actions.schema import action_json_schema

    print(json.dumps(action_json_schema(), indent=2))


from tilepilot.model.embedded.commands import register as _register_model_commands  # noqa: E402
from tilepilot.replay.commands import register as _register_scenario_commands  # noqa: E402

_register_scenario_commands(app)  # replay, report, export, record
_register_model_commands(app)  # generate, train, eval


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
