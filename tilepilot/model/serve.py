"""``tilepilot serve``: an OpenAI-compatible chat-completions endpoint in front of any local policy.

This is the decoupled deployment: the model (or the rules policy, or the embedded model) runs here, agents and
browsers run elsewhere and talk to it with ``--policy openai --profile json``. Answers are in the ``json``
profile's format. The last image of the request is the screen; the task is the ``Task: ...`` line of the
user's text; each earlier assistant message is one step of history.

Text targets that the policy returns (``{"text": "Save"}``) are grounded here with OCR on the received image
and sent back as pixel points of that image (``"space": "model"``); text that cannot be found is sent back
as text, for the client to resolve on its own screen.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tilepilot.actions.schema import Point, TextTarget, Type
from tilepilot.errors import InputError, TargetNotFound, TilepilotError
from tilepilot.model.policy import Policy
from tilepilot.perception.frame import Frame
from tilepilot.perception.observation import Observation

FAILED_PREFIX = "The previous action failed:"


class BadRequest(InputError):
    """The request is not a chat completion this server can answer."""


def _parts(message: dict[str, Any]) -> list[dict[str, Any]]:
    content = message.get("content")
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if isinstance(content, list):
        return [p for p in content if isinstance(p, dict)]
    return []


def _decode_image(url: str) -> Frame:
    m = re.match(r"data:image/[\w.+-]+;base64,(.*)$", url, re.DOTALL)
    if not m:
        raise BadRequest("images must be base64 data URLs (data:image/png;base64,...); remote URLs are not fetched")
    try:
        return Frame.from_png(base64.b64decode(m.group(1), validate=False), source="request")
    except ValueError as e:
        raise BadRequest(f"the image could not be decoded: {e}") from None


def observation_from_request(body: dict[str, Any], ocr_engine: Any = None) -> Observation:
    """Task, screen (last image) and history (earlier assistant turns) of one chat-completions request."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("'messages' must be a non-empty list")
    task, first_text, image_url = None, None, None
    history: list[dict[str, Any]] = []
    for msg in messages:
        if not isinstance(msg, dict):
            raise BadRequest("every message must be an object with 'role' and 'content'")
        role = msg.get("role")
        if role == "assistant":
            history.append({"step": len(history) + 1, "raw": msg.get("content"), "error": None})
            continue
        if role != "user":
            continue
        for part in _parts(msg):
            if part.get("type") == "text" and isinstance(part.get("text"), str):
                text = part["text"]
                first_text = first_text or text
                if task is None:
                    m = re.search(r"^Task:\s*(.+)$", text, re.MULTILINE)
                    task = m.group(1).strip() if m else None
                if text.startswith(FAILED_PREFIX) and history:
                    history[-1]["error"] = text[len(FAILED_PREFIX):].strip()
            elif part.get("type") == "image_url":
                iu = part.get("image_url")
                url = iu.get("url") if isinstance(iu, dict) else iu
                if isinstance(url, str):
                    image_url = url
    if image_url is None:
        raise BadRequest("the request has no image; expected a screenshot as an image_url content part")
    frame = _decode_image(image_url)
    return Observation(task=(task or first_text or "").strip(), frame=frame, step=len(history) + 1,
                       history=history, ocr_engine=ocr_engine)


def _ground(action: Any, obs: Observation) -> Any:
    """Text targets -> pixel points of the received image (OCR); unknown text stays text."""
    from tilepilot.perception.elements import field_for_label
    from tilepilot.perception.locate import find_text

    updates: dict[str, Point] = {}
    for f in ("target", "into", "start", "end"):
        t = getattr(action, f, None)
        if not isinstance(t, TextTarget):
            continue
        try:
            box = find_text(obs.text_boxes(), t.text, t.nth, t.exact, step=obs.step).box
        except TargetNotFound:
            continue
        if f == "into" and isinstance(action, Type):
            box = field_for_label(obs.frame.image, box) or box
        updates[f] = Point(x=(box[0] + box[2]) / 2, y=(box[1] + box[3]) / 2, space="model")
    return action.model_copy(update=updates) if updates else action


def answer_json(action: Any, thought: str | None) -> str:
    """The json profile's format; frame points of the received image are the client's model points."""
    data = action.model_dump(mode="json")
    for f in ("target", "into", "start", "end"):
        v = data.get(f)
        if isinstance(v, dict) and v.get("space") == "frame":
            v["space"] = "model"
    return json.dumps({"thought": thought, **data} if thought else data)


class PolicyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, policy: Policy, host: str = "127.0.0.1", port: int = 8000, model_name: str | None = None,
                 ocr_engine: Any = None, ground_text: bool = True):
        self.policy = policy
        self.model_name = model_name or f"tilepilot-{getattr(policy, 'name', 'policy')}"
        self.ocr_engine = ocr_engine
        self.ground_text = ground_text
        self.lock = threading.Lock()  # policies keep per-task state; one decision at a time
        self.requests = 0
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/v1"

    def _ocr(self) -> Any:
        if self.ocr_engine is None:
            from tilepilot.perception.ocr import OcrEngine

            self.ocr_engine = OcrEngine()
        return self.ocr_engine

    def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("stream"):
            raise BadRequest("streaming is not supported; send 'stream': false")
        with self.lock:
            obs = observation_from_request(body, self._ocr())
            try:
                decision = self.policy.decide(obs)
                action = _ground(decision.action, obs) if self.ground_text else decision.action
                content = answer_json(action, decision.thought)
            except TilepilotError as e:
                content = json.dumps({"action": "fail", "reason": str(e)})
            self.requests += 1
        prompt_chars = sum(len(p.get("text", "")) for m in body["messages"] if isinstance(m, dict)
                           for p in _parts(m))
        usage = {"prompt_tokens": prompt_chars // 4 + 1, "completion_tokens": len(content) // 4 + 1}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion", "created": int(time.time()),
            "model": self.model_name,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": usage,
        }


class _Handler(BaseHTTPRequestHandler):
    server: PolicyServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # quiet: requests carry screenshots, never log them
        pass

    def _send(self, status: int, obj: dict[str, Any]) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, kind: str = "invalid_request_error") -> None:
        self._send(status, {"error": {"message": message, "type": kind, "code": status}})

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        path = self.path.split("?")[0].rstrip("/")
        if path in ("/v1/models", "/models"):
            self._send(200, {"object": "list", "data": [{"id": self.server.model_name, "object": "model",
                                                         "created": 0, "owned_by": "tilepilot"}]})
        elif path in ("/health", "/v1/health", ""):
            self._send(200, {"status": "ok", "requests": self.server.requests})
        else:
            self._error(404, f"no route GET {path}; expected /v1/models or /health")

    def do_POST(self) -> None:  # noqa: N802
        path = self.path.split("?")[0].rstrip("/")
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        if path not in ("/v1/chat/completions", "/chat/completions"):
            self._error(404, f"no route POST {path}; expected /v1/chat/completions")
            return
        try:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise BadRequest("the body must be a JSON object")
            self._send(200, self.server.complete(body))
        except (ValueError, BadRequest) as e:
            self._error(400, str(e))
        except Exception as e:  # noqa: BLE001 - answer, don't drop the connection
            self._error(500, f"{type(e).__name__}: {e}", "server_error")


def start_in_thread(server: PolicyServer) -> threading.Thread:
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
                         name="tilepilot-serve")
    t.start()
    return t
