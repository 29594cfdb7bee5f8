"""A hostile client against apps written the way people write them, through a running server.

Secrets lie in the app's folder, in a hidden folder inside it, and in the temp folder outside it
(all places Gradio serves files from when an app returns them). Every payload is sent by raw HTTP
(and the main ones by gradio_client); whatever comes back, and every file URL it names, must not
hold a secret.
"""

from __future__ import annotations

import base64
import inspect
import json
import re
import shutil
import urllib.request

import gradio as gr
import httpx
import pytest
from gradio import utils
from gradio_client import Client
from gradio_client.exceptions import AppError
from media import FILE_META, png
from paths import APPS
from servers import call_raw, last_event, loopback_recorder, serve_script

APP = APPS / "attack_app.py"
SECRET = "TOP-SECRET-7f3a"
SECRET_MARKERS = (SECRET, base64.b64encode(SECRET.encode()).decode()[:16], "root:x:0:0")


CHAT_INTERFACE_UNDO = "_pop_last_user_message_1"
"""gr.ChatInterface(...).chatbot.undo: an undocumented but callable endpoint, named after the handler."""


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    """Where secrets lie: the app's folder, a hidden folder in it, and outside it (all servable by Gradio)."""
    root = tmp_path_factory.mktemp("attack")
    app_dir, uploads, outside = root / "app", root / "uploads", root / "outside"
    for folder in (app_dir / ".secrets", uploads, outside):
        folder.mkdir(parents=True)
    shutil.copy(APP, app_dir / APP.name)
    secrets = {
        "app-folder": app_dir / "secret.txt",
        "hidden-folder": app_dir / ".secrets" / "key.txt",
        "outside": outside / "secret.txt",
    }
    for path in secrets.values():
        path.write_text(f"{SECRET} {path.name}")
    (app_dir / "secret.json").write_text(json.dumps({"label": SECRET}))
    (app_dir / "secret.srt").write_text(f"1\n00:00:00,000 --> 00:00:01,000\n{SECRET}\n")
    picture = png(app_dir, "picture.png")
    return {"app": app_dir, "uploads": uploads, "secrets": secrets, "picture": picture}


@pytest.fixture(scope="module")
def app(places):
    env = {"GRADIO_TEMP_DIR": str(places["uploads"]), "PICTURE": str(places["picture"])}
    with serve_script(places["app"] / APP.name, cwd=places["app"], env=env) as url:
        yield url


def call(app_url: str, endpoint: str, data: list) -> tuple[str, object]:
    """(``"complete"`` or ``"error"``, the last event's data) of a raw ``/gradio_api/call`` request."""
    return last_event(call_raw(app_url, endpoint, data))


def assert_no_secret(app_url: str, data: object) -> None:
    """Neither the reply nor any file it points to holds a secret."""
    text = json.dumps(data)
    for marker in SECRET_MARKERS:
        assert marker not in text
    for path in set(re.findall(r"/gradio_api/file=([^\"\\]+)", text)):
        try:
            with urllib.request.urlopen(f"{app_url}gradio_api/file={path}", timeout=10) as response:
                body = response.read().decode(errors="replace")
        except urllib.error.HTTPError:
            continue
        assert SECRET not in body, f"the reply names {path}, which serves a secret"


def block(component: str, value=None, **constructor_args) -> dict:
    return {"type": "component", "component": component, "value": value, "constructor_args": constructor_args}


def user(content) -> dict:
    return {"role": "user", "content": content}


def component_classes() -> list[type]:
    return sorted(
        {cls for cls in utils.get_all_components() if issubclass(cls, gr.components.Component)},
        key=lambda cls: cls.__name__,
    )


def parameters(cls: type) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(cls.__init__).parameters.items()
        if name not in ("self", "render") and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    ]


@pytest.mark.parametrize("place", ["app-folder", "hidden-folder", "outside"])
def test_no_constructor_argument_of_any_component_reads_a_file(app, places, place):
    """Every component class Gradio registers, every constructor parameter, set to a secret's path."""
    secret = str(places["secrets"][place])
    refused = accepted = 0
    for cls in component_classes():
        history = [user(block(cls.__name__.lower(), **{name: secret})) for name in parameters(cls)]
        history += [user(block(cls.__name__.lower(), **{name: [secret, secret]})) for name in ("avatar_images",)]
        for endpoint in ("echo", "stream"):
            kind, data = call(app, endpoint, [history])
            assert_no_secret(app, data)
            refused += kind == "error"
            accepted += kind == "complete"
    assert refused and accepted  # some kinds are shown (their arguments ignored), the rest refused


@pytest.mark.parametrize("place", ["app-folder", "hidden-folder", "outside"])
def test_no_component_value_names_a_server_file(app, places, place):
    secret = str(places["secrets"][place])
    values = [secret, {"path": secret}, {"path": secret, "meta": FILE_META}, [{"path": secret}], "secret.json"]
    for cls in component_classes():
        for value in values:
            for endpoint in ("echo", "inspect", "convert"):
                _, data = call(app, endpoint, [[user(block(cls.__name__.lower(), value))]])
                assert_no_secret(app, data)


def test_chat_interface_undo_with_no_app_code_reads_nothing(app, places):
    """ChatInterface's own undo handler returns the history it got: it must not carry a secret out."""
    secret = str(places["secrets"]["app-folder"])
    payloads = [
        block("button", "hi", icon=secret),
        block("image", None, watermark=secret),
        block("video", None, subtitles=str(places["app"] / "secret.srt")),
        block("chatbot", [], avatar_images=[secret, secret], examples=[{"text": "x", "files": [secret]}]),
        block("label", "secret.json"),
        block("fileexplorer", None, root_dir="/"),
    ]
    undo = CHAT_INTERFACE_UNDO
    for payload in payloads:
        history = [user("hello"), {"role": "assistant", "content": "hi"}, user(payload)]
        _, data = call(app, undo, [history])
        assert_no_secret(app, data)


def test_through_gradio_client(app, places):
    client = Client(app, verbose=False, download_files=str(places["uploads"] / "downloads"))
    secret = str(places["secrets"]["app-folder"])
    for payload in (
        block("image", None, watermark=secret),
        block("video", None, subtitles=str(places["app"] / "secret.srt")),
        block("button", "hi", icon=secret),
        block("json", {"path": secret}),
    ):
        for endpoint in ("/echo", "/stream"):
            try:
                reply = client.predict([user(payload)], api_name=endpoint)
            except AppError as error:
                assert SECRET not in str(error)
                continue
            except httpx.HTTPStatusError as error:  # gradio_client fetches any {"path"} dict; the server refuses
                assert error.response.status_code == 403
                continue
            assert_no_secret(app, reply)
            for downloaded in (places["uploads"] / "downloads").rglob("*"):
                assert not downloaded.is_file() or SECRET not in downloaded.read_text(errors="replace")


def test_arguments_the_server_signed_are_honoured_and_tampered_ones_are_not(app):
    kind, (history,) = call(app, "picture", [[user("show me")]])
    assert kind == "complete"
    image = history[-1]["content"]
    assert image["constructor_args"] == {"label": "Server label", "height": 123}
    assert image["signature"]

    _, (report,) = call(app, "inspect", [history])
    assert json.loads(report)[-1]["constructor_args"] == {"label": "'Server label'", "height": "123"}

    tampered = json.loads(json.dumps(history))
    tampered[-1]["content"]["constructor_args"]["label"] = "Changed by the client"
    _, (report,) = call(app, "inspect", [tampered])
    assert json.loads(report)[-1]["constructor_args"] == {}

    forged = [user(block("image", None, height=5))]
    forged[0]["content"]["signature"] = "v2:" + "0" * 64
    _, (report,) = call(app, "inspect", [forged])
    assert json.loads(report)[0]["constructor_args"] == {}


def test_allocating_arguments_never_reach_a_constructor(app):
    kind, (report,) = call(app, "inspect", [[user(block("dataframe", None, column_count=20_000_000))]])
    assert kind == "complete"
    assert json.loads(report)[0]["constructor_args"] == {}


@pytest.fixture
def loopback():
    with loopback_recorder(SECRET.encode()) as recorder:
        yield recorder


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "localhost", "[::1]"])
def test_openai_conversions_never_read_a_path_or_a_local_url(app, places, loopback, host):
    secret = str(places["secrets"]["outside"])
    port, hits = loopback
    url = f"http://{host}:{port}/secret.png"
    payloads = [
        block("json", {"path": secret}),
        block("json", {"path": "/etc/passwd"}),
        block("state", {"path": "/etc/passwd"}),
        block("html", {"path": "/etc/passwd"}),
        block("image", {"path": None, "url": url, "meta": FILE_META}),
        block("image", {"path": url, "url": url, "meta": FILE_META}),
        {"path": url, "meta": FILE_META},
        {"type": "file", "file": {"path": url, "meta": FILE_META}},
    ]
    for payload in payloads:
        for endpoint in ("openai", "convert"):
            _, data = call(app, endpoint, [[user(["look", payload])]])
            assert_no_secret(app, data)
            assert url not in json.dumps(data) or "refused" in json.dumps(data)
    assert hits == []


def test_anthropic_and_responses_never_read_a_file_they_only_name(app, places):
    """to_anthropic and to_responses name what their API cannot take (audio, video; any file in a thought, a tool
    call or a system message) without reading it: a client's secret path there is refused or named, never sent."""
    secret = str(places["secrets"]["outside"])
    named = [
        {"path": secret, "mime_type": "audio/wav", "meta": FILE_META},
        {"path": secret, "mime_type": "video/mp4", "orig_name": "clip.mp4", "meta": FILE_META},
        {"path": f"file://{secret}", "mime_type": "text/plain", "meta": FILE_META},
        {"type": "file", "file": {"path": secret, "mime_type": "audio/mpeg", "meta": FILE_META}},
    ]
    thoughts = [
        {"title": "Tool: read", "id": "call_1"},
        {"title": "Reasoning", "signature": "s", "reasoning_id": "rs_1"},
        {"title": "Reasoning", "redacted_thinking": "r"},
    ]
    histories = [
        *([user(["listen", payload])] for payload in named),
        *(
            [user("hi"), {"role": "assistant", "content": [{"path": secret, "meta": FILE_META}], "metadata": metadata}]
            for metadata in thoughts
        ),
        [{"role": "system", "content": [{"path": secret, "meta": FILE_META}]}, user("hi")],
    ]
    for history in histories:
        _, data = call(app, "convert", [history])
        assert_no_secret(app, data)


def test_inline_data_a_client_sends_is_saved_only_within_the_upload_limit(app, places):
    """Decoded data URLs become files in Gradio's cache (type="openai"): an upload by another road, same limit."""
    saved = places["uploads"] / "messageschatbot"
    small, large = (base64.b64encode(bytes(size)).decode() for size in (1000, 2 * 1024 * 1024))
    kind, data = call(app, "rebuild_openai", [[user(block("image", {"url": f"data:image/png;base64,{small}"}))]])
    assert kind == "complete"
    written = {path for path in saved.rglob("*") if path.is_file()}
    assert [path.stat().st_size for path in written] == [1000]
    kind, data = call(app, "rebuild_openai", [[user(block("image", {"url": f"data:image/png;base64,{large}"}))]])
    assert kind == "error" and "larger than the app's max_file_size" in data["error"]
    assert {path for path in saved.rglob("*") if path.is_file()} == written


def test_a_file_that_cannot_be_read_is_a_clear_error(app, places):
    kind, data = call(app, "openai", [[user(block("image", {"url": str(places["uploads"])}))]])
    assert kind == "error" and "cannot be read" in data["error"]


def test_malformed_values_get_a_clear_error_never_a_traceback(app):
    deep: dict = {}
    cursor = deep
    for _ in range(800):
        cursor["a"] = {}
        cursor = cursor["a"]
    cases = [
        [{"role": "assistant", "content": "x", "metadata": {"title": "t", "nested": deep}}],
        [{"role": "assistant", "content": "x", "metadata": {"title": "t", "duration": 1e400}}],
        [user(block("json", deep))],
        *([user(block(cls.__name__.lower(), None))] for cls in component_classes()),
        *([user(block(name, {"unexpected": True}))] for name in ("image", "gallery", "dataframe", "plot", "file")),
    ]
    for history in cases:
        kind, data = call(app, "echo", [history])
        if kind == "error":
            assert data and data["error"], f"an error without a message for {json.dumps(history)[:200]}"
            assert "Traceback" not in data["error"]


def test_a_server_object_in_a_streamed_history_ends_the_stream_with_a_clear_error(app):
    kind, data = call(app, "returns_state", [[user("hi")]])
    assert kind == "error"
    assert "the State component cannot be shown in a chat message" in data["error"]
