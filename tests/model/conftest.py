"""A loopback OpenAI-compatible server that replays scripted answers and records every request."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

Reply = tuple[int, Any] | Callable[[dict[str, Any]], tuple[int, Any]]


def completion(content: str, prompt_tokens: int = 1500, completion_tokens: int = 30) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []  # {"path", "headers", "body"}
        self.delay = 0.0
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def answer(self, *contents: str) -> None:
        self.replies.extend((200, completion(c)) for c in contents)


class _Handler(BaseHTTPRequestHandler):
    server: ReplayServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        self.server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
        if self.server.delay:
            time.sleep(self.server.delay)
        reply = self.server.replies.pop(0) if self.server.replies else (500, {"error": {"message": "no reply left"}})
        status, obj = reply(body) if callable(reply) else reply
        data = json.dumps(obj).encode() if not isinstance(obj, bytes) else obj
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def replay_server():
    srv = ReplayServer()
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def cut_page(cands, hist=()) -> tuple[SimpleNamespace, dict[str, int]]:
    """A screen's features cut to what a decoding rule reads: candidates (text, kind, box) and the history's
    (action, point) on a 1280x720 frame, each crop blank and each colour state light (nothing ticked, never acted
    on); and each text's index (the last of a repeated text)."""
    from tilepilot.model.embedded.features import ACTIONS

    f = SimpleNamespace(cand_text=[x for x, _, _ in cands], cand_kind=np.array([k for _, k, _ in cands]),
                        cand_box=np.array([b for _, _, b in cands], np.float32), scale=1.0,
                        cand_crop=np.full((len(cands), 16, 16), 255, np.uint8),
                        hist_kind=np.array([ACTIONS.index(a) for a, _ in hist], np.int64),
                        hist_box=np.array([(x - 4, y - 4, x + 4, y + 4) for _, (x, y) in hist], np.float32)
                        .reshape(-1, 4), frame_size=(1280, 720),
                        cand_state=np.tile(np.array([0, 0, .95, .95, .95, 0, 0, 0], np.float32), (len(cands), 1)))
    return f, {x: q for q, (x, _, _) in enumerate(cands)}


def inked_page(cands, hist=(), ticked=(), read=False) -> tuple[SimpleNamespace, dict[str, int]]:
    """``cut_page`` with no word of the task matched by a typing, the tick boxes at ``ticked`` (their boxes) inked
    (a dark mark in the crop, a dark colour state), and with ``read`` the task's words read as one vector (a menu's
    entries are read by meaning once any is)."""
    from tilepilot.model.embedded.features import KINDS

    f, ix = cut_page(cands, hist)
    f.ins_off, f.hist_match = np.zeros((0, 2)), np.zeros((len(hist), 0))
    if read:
        f.ins_emb, f.cand_emb = np.ones((1, 8), np.float32), np.zeros((len(cands), 8), np.float32)
    for q in range(len(f.cand_text)):
        if f.cand_kind[q] == KINDS["component"] and tuple(int(v) for v in f.cand_box[q]) in ticked:
            f.cand_crop[q][5:11, 5:11] = 30
            f.cand_state[q, 2:5] = 0.3
    return f, ix


def box_at(f: SimpleNamespace, box: tuple[int, int, int, int]) -> int:
    """The candidate whose box is ``box``."""
    return next(q for q in range(len(f.cand_text)) if tuple(int(v) for v in f.cand_box[q]) == box)
