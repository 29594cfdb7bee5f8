"""What the three stand-ins share: a threaded HTTP server on a free 127.0.0.1 port that
records every request, refuses the invalid ones in its provider's shape and streams the rest
as server-sent events; and the reply every stand-in gives."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import ValidationError

IMAGE_MAGIC = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg", b"RIFF": "webp", b"GIF8": "gif"}


@dataclass(frozen=True)
class Received:
    """One request a stand-in received; ``refusal`` says why it was refused (None: it validated)."""

    path: str
    body: Any
    refusal: str | None

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The conversation sent: chat messages, or a Responses request's input items."""
        if not isinstance(self.body, dict):
            return []
        return self.body.get("messages") or [item for item in self.body.get("input") or [] if isinstance(item, dict)]


class Refusal(Exception):
    """A request the provider refuses, with the status and the body it answers with."""

    def __init__(self, status: int, body: dict[str, Any] | str, reason: str):
        super().__init__(reason)
        self.status, self.body, self.reason = status, body, reason


class StandIn:
    """A provider on a free loopback port; use as a context manager. Subclasses define
    ``check`` (raise :class:`Refusal`) and ``chunks`` (the streamed events, in order)."""

    name = "stand-in"
    paths: tuple[str, ...] = ("/v1/chat/completions",)
    named_events = False
    """Whether each event goes with an ``event:`` line naming its ``type`` (Anthropic, Responses)."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._http.stand_in = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def __enter__(self) -> StandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._http.shutdown()
        self._http.server_close()

    def check(self, body: Any) -> None:
        raise NotImplementedError

    def chunks(self, body: dict[str, Any]) -> Iterator[dict[str, Any] | str]:
        raise NotImplementedError

    def refusals(self) -> list[Received]:
        return [request for request in self.requests if request.refusal is not None]


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def do_POST(self) -> None:
        stand_in: StandIn = self.server.stand_in  # type: ignore[attr-defined]
        if self.path not in stand_in.paths:
            self.send_error(404)
            return
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        try:
            stand_in.check(body)
        except Refusal as refusal:
            stand_in.requests.append(Received(self.path, body, refusal.reason))
            self._send(refusal.status, refusal.body)
            return
        stand_in.requests.append(Received(self.path, body, None))
        if not body.get("stream"):
            self.send_error(501, "the stand-ins answer only streaming requests, as every example here makes")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for chunk in stand_in.chunks(body):
            data = chunk if isinstance(chunk, str) else json.dumps(chunk)
            named = f"event: {chunk['type']}\n" if stand_in.named_events and isinstance(chunk, dict) else ""
            self.wfile.write(f"{named}data: {data}\n\n".encode())
            self.wfile.flush()

    def _send(self, status: int, body: dict[str, Any] | str) -> None:
        is_text = isinstance(body, str)
        data = (body if is_text else json.dumps(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8" if is_text else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test reads ``requests`` instead."""


# --- the reply ------------------------------------------------------------------


def parts_of(content: Any) -> list[dict[str, Any]]:
    """A validated message's content as typed parts."""
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return list(content or [])


def image_format(url: str) -> str:
    if not url.startswith("data:"):
        return "url"
    data = base64.b64decode(url.split(",", 1)[1])
    return next((name for magic, name in IMAGE_MAGIC.items() if data.startswith(magic)), "unknown")


def text_of(message: dict[str, Any]) -> str:
    return " ".join(part["text"] for part in parts_of(message.get("content")) if part["type"] == "text")


def answer(message: dict[str, Any]) -> str:
    """The reply to a validated message: its text echoed, and the images it carries."""
    parts = parts_of(message.get("content"))
    formats = [image_format(part["image_url"]["url"]) for part in parts if part["type"] == "image_url"]
    images = f" (with {len(formats)} image(s): {', '.join(formats)})" if formats else ""
    return f"Echo: {text_of(message)}{images}"


def pieces(text: str, size: int = 4) -> list[str]:
    """The text in streaming-sized pieces."""
    return [text[start : start + size] for start in range(0, len(text), size)]


def first_problem(error: ValidationError, sent: Any, path: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], str]:
    """pydantic's first error, located in the request as sent (pydantic's own location also
    names the union branches it tried)."""
    first = error.errors()[0]
    where, value = list(path), sent
    for part in first["loc"]:
        if isinstance(value, list) and isinstance(part, int) and part < len(value):
            where.append(part)
            value = value[part]
        elif isinstance(value, Mapping) and part in value:
            where.append(part)
            value = value[part]
    return tuple(where), first["msg"]


def location(path: tuple[Any, ...]) -> str:
    """``("messages", 0, "content")`` as ``messages[0].content``."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
