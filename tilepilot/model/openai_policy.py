"""A policy backed by any OpenAI-compatible ``/v1/chat/completions`` server (vLLM, SGLang, Ollama, ``tilepilot
serve``), speaking the prompt and output format of one model profile.

Per step: the profile resizes the frame (we resize, the server does not), builds the chat (all earlier text,
the last few screenshots), we POST it, and the profile parses the answer into an Action in frame pixels.
A malformed answer never executes: the parse error is fed back once, and a second failure fails the step.
Timeouts, connection errors, 429 and 5xx answers are retried with exponential backoff. The API key comes
from an environment variable and is only ever placed in the Authorization header.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import urllib.error
import urllib.request
from typing import Any

from tilepilot.actions.schema import Point
from tilepilot.errors import BackendError, InputError, ParseError
from tilepilot.model.policy import Decision
from tilepilot.model.profiles import Profile, Turn, get_profile
from tilepilot.perception.observation import Observation

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def chat_url(base_url: str) -> str:
    """``http://host:8000/v1`` (or ``http://host:8000``) -> ``http://host:8000/v1/chat/completions``."""
    if not base_url or not base_url.startswith(("http://", "https://")):
        raise InputError(f"--base-url {base_url!r}: expected an http(s) URL such as http://127.0.0.1:8000/v1")
    base = base_url.rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    return base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions")


def message_text(message: dict[str, Any]) -> str:
    """The assistant message as one string: its content, then any tool calls written as <tool_call> blocks."""
    content = message.get("content")
    if isinstance(content, list):  # content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    text = content if isinstance(content, str) else ""
    for call in message.get("tool_calls") or []:
        fn = call.get("function", {}) if isinstance(call, dict) else {}
        args = fn.get("arguments", {})
        with contextlib.suppress(ValueError):
            args = json.loads(args) if isinstance(args, str) else args
        text += "\n<tool_call>\n" + json.dumps({"name": fn.get("name"), "arguments": args}) + "\n</tool_call>"
    reasoning = message.get("reasoning_content")
    if isinstance(reasoning, str) and reasoning.strip() and "<think>" not in text:
        text = f"<think>{reasoning}</think>{text}"
    return text


class ChatClient:
    """Minimal JSON-over-HTTP client for chat completions, with retries and backoff (stdlib only)."""

    def __init__(self, base_url: str, api_key_env: str | None = "OPENAI_API_KEY", timeout: float = 120.0,
                 retries: int = 3, backoff: float = 0.5):
        self.url = chat_url(base_url)
        self.api_key_env = api_key_env
        self.timeout, self.retries, self.backoff = timeout, retries, backoff

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def post(self, body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """POST once (retrying transient failures). Returns (response JSON, facts: attempts, errors, latency)."""
        data = json.dumps(body).encode()
        errors: list[str] = []
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            t = time.perf_counter()
            req = urllib.request.Request(self.url, data=data, headers=self._headers(), method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    raw = resp.read()
            except urllib.error.HTTPError as e:
                detail = _error_detail(e)
                if e.code not in RETRY_STATUS:
                    raise BackendError(f"POST {self.url} answered HTTP {e.code}: {detail}") from None
                errors.append(f"HTTP {e.code}: {detail}")
                continue
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
                reason = getattr(e, "reason", e)
                errors.append(f"{type(reason).__name__}: {reason}" if str(reason) else type(reason).__name__)
                continue
            latency = time.perf_counter() - t
            try:
                out = json.loads(raw)
            except ValueError:
                raise BackendError(f"POST {self.url} answered non-JSON: {raw[:200]!r}") from None
            if not isinstance(out, dict):
                raise BackendError(f"POST {self.url} answered {type(out).__name__}, expected a JSON object")
            return out, {"attempts": attempt + 1, "errors": errors, "latency": latency}
        raise BackendError(f"POST {self.url} failed after {self.retries + 1} attempts: {'; '.join(errors)}")


def _error_detail(e: urllib.error.HTTPError) -> str:
    try:
        body = e.read()[:500].decode("utf-8", "replace")
        msg = json.loads(body).get("error", body)
        return msg.get("message", str(msg)) if isinstance(msg, dict) else str(msg)
    except Exception:  # noqa: BLE001 - the detail is best effort
        return e.reason if isinstance(e.reason, str) else "no detail"


class OpenAIPolicy:
    """``decide(observation)`` through a chat-completions server and a model profile."""

    name = "openai"

    def __init__(self, base_url: str, model: str, profile: str | Profile = "json", *,
                 api_key_env: str | None = "OPENAI_API_KEY", timeout: float = 120.0, retries: int = 3,
                 backoff: float = 0.5, temperature: float = 0.0, max_tokens: int = 1024,
                 extra_body: dict[str, Any] | None = None, parse_retries: int = 1):
        if not model:
            raise InputError("--model is required with --policy openai (the model name the server serves)")
        self.profile = get_profile(profile)
        self.model = model
        self.client = ChatClient(base_url, api_key_env, timeout, retries, backoff)
        self.temperature, self.max_tokens = temperature, max_tokens
        self.extra_body = dict(extra_body or {})
        self.parse_retries = parse_retries
        self._task: str | None = None
        self._turns: list[Turn] = []
        self._cursor: Point | None = None

    def reset(self) -> None:
        self._task, self._turns, self._cursor = None, [], None

    def _body(self, messages: list[dict[str, Any]]) -> dict[str, Any]:
        return {"model": self.model, "messages": messages, "temperature": self.temperature,
                "max_tokens": self.max_tokens, **self.extra_body}

    def decide(self, observation: Observation) -> Decision:
        if observation.step <= 1 or observation.task != self._task:
            self.reset()
            self._task = observation.task
        if self._turns and observation.history and observation.history[-1].get("error"):
            self._turns[-1].error = str(observation.history[-1]["error"])
        t0 = time.perf_counter()
        prepared = self.profile.prepare(observation.frame.image)
        messages = self.profile.messages(observation.task, self._turns, prepared)
        timings = {"preprocess": time.perf_counter() - t0, "request": 0.0, "parse": 0.0}
        tokens_in = tokens_out = 0
        http_errors: list[str] = []
        cost = 0.0
        raws: list[str] = []
        last_error: ParseError | None = None
        for attempt in range(self.parse_retries + 1):
            t = time.perf_counter()
            resp, facts = self.client.post(self._body(messages))
            timings["request"] += time.perf_counter() - t
            http_errors += facts["errors"]
            usage = resp.get("usage") or {}
            tokens_in += int(usage.get("prompt_tokens") or 0)
            tokens_out += int(usage.get("completion_tokens") or 0)
            cost += float(usage.get("cost") or usage.get("total_cost") or 0.0)
            try:
                raw = message_text(resp["choices"][0]["message"])
            except (KeyError, IndexError, TypeError, AttributeError):
                raise BackendError(f"POST {self.client.url} answered without choices[0].message: "
                                   f"{json.dumps(resp)[:200]}") from None
            raws.append(raw)
            t = time.perf_counter()
            try:
                parsed = self.profile.parse(raw, prepared, {"cursor": self._cursor})
            except ParseError as e:
                timings["parse"] += time.perf_counter() - t
                last_error = e
                messages = [*messages, {"role": "assistant", "content": raw},
                            {"role": "user", "content": f"Your answer could not be used: {e}. Answer again with "
                                                        f"{self.profile.expected}."}]
                continue
            timings["parse"] += time.perf_counter() - t
            self._turns.append(Turn(prepared, raw))
            for f in ("target", "end"):
                p = getattr(parsed.action, f, None)
                if isinstance(p, Point):
                    self._cursor = p
            extra: dict[str, Any] = {
                "profile": self.profile.name, "model": self.model, "attempts": attempt + 1,
                "model_size": list(prepared.model_size), "image_tokens": prepared.tokens,
                "http_retries": len(http_errors),
            }
            if http_errors:
                extra["http_errors"] = http_errors
            if attempt:
                extra["rejected"] = raws[:-1]
            if cost:
                extra["cost"] = cost
            return Decision(action=parsed.action, raw=raw, thought=parsed.thought, tokens_in=tokens_in or None,
                            tokens_out=tokens_out or None, timings=timings, extra=extra)
        assert last_error is not None
        raise ParseError(f"step {observation.step}: the {self.profile.name} answer could not be parsed after "
                         f"{self.parse_retries + 1} attempts ({last_error})", "", "") from None
