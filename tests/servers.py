"""Start Gradio apps in subprocesses for tests, on free loopback ports."""

from __future__ import annotations

import contextlib
import http.client
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited with code {process.returncode} before serving {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"nothing served {url} within {timeout:.0f}s")


@contextlib.contextmanager
def serve_script(
    script: Path, *, python: str = sys.executable, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Iterator[str]:
    """Run ``python script`` with GRADIO_SERVER_PORT set; yield its base URL."""
    script = script.resolve()
    port = free_port()
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"gradio-app-{port}.log"
    child_env = {**os.environ, **(env or {}), "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [python, str(script)], cwd=cwd or script.parent, env=child_env, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}/"
        try:
            try:
                wait_until_serving(url, process)
            except (RuntimeError, TimeoutError) as error:
                raise RuntimeError(f"{error}\n--- app log ---\n{log_path.read_text(errors='replace')}") from error
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def served_app(script: Path, *, env: dict[str, str] | None = None) -> Callable[[], Iterator[str]]:
    """A fixture that serves ``script`` once for all the tests of a module and gives its base URL.

    Name it by assignment: ``app_url = served_app(APPS / "tools_app.py")``.
    """

    @pytest.fixture(scope="module")
    def app_url() -> Iterator[str]:
        with serve_script(script, env=env) as url:
            yield url

    return app_url


@contextlib.contextmanager
def open_call(app_url: str, endpoint: str, data: list, timeout: float = 30) -> Iterator[http.client.HTTPResponse]:
    """Call an endpoint as a hand-written client would (no gradio_client uploads); yield its event stream, unread."""
    request = urllib.request.Request(
        f"{app_url}gradio_api/call/{endpoint}",
        data=json.dumps({"data": data}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        event_id = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{app_url}gradio_api/call/{endpoint}/{event_id}", timeout=timeout) as response:
        yield response


def call_raw(app_url: str, endpoint: str, data: list) -> str:
    """The whole event stream of an ``open_call``."""
    with open_call(app_url, endpoint, data) as stream:
        return stream.read().decode()


def last_event(stream: str) -> tuple[str, object]:
    """(``"complete"``, ``"error"``, ...) and the data of the last event of a ``call_raw`` stream.

    The data is parsed as JSON, so a stream carrying bare ``Infinity`` or ``NaN`` fails here.
    """
    kind, data = re.findall(r"^event: (\w+)\ndata: (.*)$", stream, flags=re.MULTILINE)[-1]
    return kind, json.loads(data)


def fire(app_url: str, fn_index: int, data: list, event_data: object, *, trigger_id: int | None, session: str) -> dict:
    """Run one dependency as the page does (``queue/join`` with event data); its ``process_completed`` message."""
    body = {
        "data": data,
        "event_data": event_data,
        "fn_index": fn_index,
        "trigger_id": trigger_id,
        "session_hash": session,
    }
    request = urllib.request.Request(
        f"{app_url}gradio_api/queue/join", json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    urllib.request.urlopen(request, timeout=10).read()
    with urllib.request.urlopen(f"{app_url}gradio_api/queue/data?session_hash={session}", timeout=30) as stream:
        for line in stream:
            if line.startswith(b"data: "):
                message = json.loads(line[6:])
                if message.get("msg") == "process_completed":
                    return message
    raise AssertionError("the queue closed before the event completed")


@contextlib.contextmanager
def loopback_recorder(body: bytes) -> Iterator[tuple[int, list[str]]]:
    """An HTTP server on 127.0.0.1 that answers every GET with ``body``; yields its port and the paths asked for."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_port, hits
    finally:
        server.shutdown()
