"""Answer versions (``metadata.versions``) from a hostile client, through a running app.

A version is content the page may show in place of the message's own, so every rule of content holds
in it: files must be uploaded and readable, components go through the allowlist and the signatures, URLs
through the URL check, malformed values get a clear error naming the message and the field. The app and
its secrets are :mod:`test_untrusted_input`'s. Also here: non-finite numbers, and the bound on items.
"""

from __future__ import annotations

import json
import re

import gradio as gr
import httpx
import pytest
import test_untrusted_input as untrusted
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError
from gradio_messageschatbot import MessagesChatbot
from gradio_messageschatbot._model.wire import MAX_CONTENT_ITEMS
from media import FILE_META, png
from paths import APPS
from servers import call_raw, loopback_recorder, served_app
from test_untrusted_input import assert_no_secret, block, call, user

app, places = untrusted.app, untrusted.places  # its app, with secrets where Gradio serves files
versions_app = served_app(APPS / "versions_app.py")


def answered(*versions, **metadata) -> list[dict]:
    """A history whose reply keeps ``versions`` (each a version's content, or a whole version dict)."""
    kept = [
        version if isinstance(version, dict) and "content" in version else {"content": version} for version in versions
    ]
    return [user("Name a colour"), {"role": "assistant", "content": "Blue", "metadata": {"versions": kept, **metadata}}]


def upload(app_url: str, path) -> dict:
    """``path`` uploaded as a browser does; its FileData dict."""
    with open(path, "rb") as file:
        response = httpx.post(f"{app_url}gradio_api/upload", files={"files": (path.name, file)})
    return {"path": response.json()[0], "orig_name": path.name, "meta": FILE_META}


def refused(app_url: str, history: list, expected: str, endpoints=("echo", "stream", "inspect")) -> None:
    """Every endpoint refuses ``history`` with a clear error naming the reply and ``expected``."""
    for endpoint in endpoints:
        kind, data = call(app_url, endpoint, [history])
        assert kind == "error", f"{endpoint} accepted {json.dumps(history)[:300]}: {json.dumps(data)[:300]}"
        assert "message 1: metadata.version" in data["error"] and expected in data["error"], data["error"]
        assert_no_secret(app_url, data)


@pytest.mark.parametrize("place", ["app-folder", "hidden-folder", "outside"])
def test_a_version_names_no_server_file(app, places, place):
    secret = str(places["secrets"][place])
    for payload in (
        {"path": secret},
        {"type": "file", "file": {"path": secret}},
        ["ok", {"type": "file", "file": {"path": secret}, "alt_text": "x"}],
    ):
        refused(app, answered(payload), "a file must be uploaded first")
    # marked as FileData: Gradio's own check refuses it before ours (its error has no text)
    kind, data = call(app, "echo", [answered({"type": "file", "file": {"path": secret, "meta": FILE_META}})])
    assert kind == "error"
    assert_no_secret(app, data)
    refused(app, answered({"path": "/etc/passwd"}), "a file must be uploaded first")


def test_a_version_shows_only_the_components_a_chat_shows_and_only_signed_arguments(app, places):
    secret = str(places["secrets"]["app-folder"])
    refused(app, answered(block("fileexplorer", None, root_dir="/")), "the component 'fileexplorer' cannot be shown")
    refused(app, answered(block("file", [{"path": secret}])), "which was not uploaded")
    for payload in (
        block("image", None, watermark=secret),
        block("video", None, subtitles=str(places["app"] / "secret.srt")),
        block("label", "secret.json"),
    ):
        for endpoint in ("echo", "inspect"):
            _, data = call(app, endpoint, [answered(payload)])
            assert_no_secret(app, data)
    kind, data = call(app, "inspect", [answered(block("image", None, watermark=secret, label="forged"))])
    assert kind == "complete" and "forged" not in json.dumps(data)  # unsigned arguments are not used


def test_a_version_file_keeps_no_url_of_its_own(app, places):
    """The page links a version's file by its url: only Gradio's own route for the uploaded file, never the client's."""
    refused(app, answered({"type": "file", "file": {"path": "x.txt", "url": "javascript:alert(1)"}}), "uploaded first")
    uploaded = upload(app, places["picture"])
    for url in ("javascript:alert(document.domain)", "http://127.0.0.1:1/x.png", "/gradio_api/file=/etc/passwd"):
        kind, (history,) = call(app, "echo", [answered({"type": "file", "file": {**uploaded, "url": url}})])
        assert kind == "complete"
        served = history[1]["metadata"]["versions"][0]["content"]["file"]["url"]
        assert served.startswith(f"{app}gradio_api/file=") and "passwd" not in served and url not in json.dumps(history)


def test_urls_in_a_version_are_checked_as_in_content(app):
    with loopback_recorder(b"GIF89a") as (port, hits):
        local = f"http://127.0.0.1:{port}/x.png"
        refused(app, answered({"content": "x", "metadata": {"avatar": local}}), "points into the local network")
        refused(app, answered({"content": "x", "metadata": {"sources": [{"url": "javascript:alert(1)"}]}}), "refused")
        for payload in (
            {"type": "file", "file": {"path": local, "url": local, "meta": FILE_META}},
            block("gallery", [{"image": {"path": local, "url": local, "meta": FILE_META}}]),
            block("image", {"path": local, "url": local, "meta": FILE_META}),
        ):
            kind, _ = call(app, "echo", [answered(payload)])
            assert kind == "error"
        assert hits == []


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({"versions": "Red"}, "metadata.versions must be a list of {'content', 'metadata'} dicts, got str"),
        (
            {"versions": [None]},
            "metadata.versions[0] must be a dict with 'content' (and optionally 'metadata'), got NoneType",
        ),
        ({"versions": [{"content": "a"}, {"text": "b"}]}, "metadata.versions[1] must be a dict with 'content'"),
        ({"versions": [{"content": "a", "shown": True}]}, "metadata.versions[0] holds 'shown'"),
        (
            {"versions": [{"content": "a", "metadata": {"name": 5}}]},
            "metadata.versions[0]: metadata.name: Input should be a valid string",
        ),
        ({"versions": [{"content": "a", "metadata": "x"}]}, "metadata.versions[0]: metadata"),
        ({"versions": [{"content": ["a", {"type": "bogus"}]}]}, "metadata.versions[0]: content item 1 must be text"),
        (
            {"versions": [{"content": {"type": "text"}}]},
            "metadata.versions[0]: content (text block): text: Field required",
        ),
        ({"versions": [{"content": "a", "metadata": {"versions": []}}]}, "a version's metadata cannot hold 'versions'"),
        ({"versions": [{"content": "a"}], "version": 2}, "metadata.version is 2, but the message has 2 versions"),
        (
            {"versions": [{"content": "a"}], "version": -1},
            "metadata.version: Input should be greater than or equal to 0",
        ),
        ({"versions": [{"content": "a"}], "version": "1"}, "metadata.version: Input should be a valid integer"),
        ({"versions": [{"content": "a"}], "version": 0.5}, "metadata.version: Input should be a valid integer"),
        ({"versions": [{"content": "a"}], "version": True}, "metadata.version: Input should be a valid integer"),
        ({"version": 1}, "metadata.version is 1, but the message has 1 version"),
    ],
)
def test_malformed_versions_get_an_error_naming_the_message_and_the_field(app, metadata, expected):
    history = [user("Name a colour"), {"role": "assistant", "content": "Blue", "metadata": metadata}]
    refused(app, history, expected, endpoints=("echo",))


def test_gradio_client_reads_and_sends_back_a_history_with_versions(app, places, tmp_path):
    """Files in versions come back as file blocks gradio_client downloads (never a 403), and go back as uploads."""
    client = Client(app, verbose=False, download_files=str(tmp_path))
    mine = png(tmp_path, "mine.png")
    history = answered({"type": "file", "file": handle_file(str(mine))}, ["Red", handle_file(str(mine))])
    reply = client.predict(history, api_name="/echo")
    first, second = reply[1]["metadata"]["versions"]
    assert first["content"]["type"] == "file" and open(first["content"]["file"], "rb").read() == mine.read_bytes()
    assert second["content"][0] == "Red" and second["content"][1]["type"] == "file"
    with pytest.raises(AppError, match=r"message 1: metadata.versions\[0\]: a file must be uploaded first"):
        client.predict(answered({"path": str(places["secrets"]["app-folder"])}), api_name="/echo")


def test_chat_interface_with_no_app_code_keeps_versions_to_the_rules(app, places):
    """gr.ChatInterface's own undo handler hands the history back: its versions too are checked both ways."""
    secret = str(places["secrets"]["app-folder"])
    undo = "partial_1"
    for payload in (
        {"path": secret},
        block("fileexplorer", None, root_dir="/"),
        block("image", None, watermark=secret),
    ):
        history = [*answered(payload), user("again")]
        _, data = call(app, undo, [history])
        assert_no_secret(app, data)
    kind, data = call(app, undo, [[*answered({"path": secret}), user("again")]])
    assert kind == "error" and "metadata.versions[0]" in data["error"]


# --- numbers JSON cannot carry ----------------------------------------------------------------------------


def strict_last_event(stream: str) -> tuple[str, object]:
    """The last event of a stream, read as JSON is: bare NaN or Infinity fail here (Python's json accepts them)."""
    kind, data = re.findall(r"^event: (\w+)\ndata: (.*)$", stream, flags=re.MULTILINE)[-1]
    return kind, json.loads(data, parse_constant=lambda constant: pytest.fail(f"{constant} in {data[:300]}"))


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            [{"role": "assistant", "content": "x", "metadata": {"title": "t", "score": float("nan")}}],
            "message 0: metadata holds NaN: numbers must be finite",
        ),
        (
            answered({"content": "a", "metadata": {"score": [float("inf")]}}),
            "message 1: metadata.versions[0]: metadata holds Infinity",
        ),
        (answered("a", version=float("nan")), "message 1: metadata.version: Input should be a valid integer"),
        ([user(block("json", {"a": [1, float("-inf")]}))], "message 0: a component block holds -Infinity"),
        (answered(block("json", {"a": float("nan")})), "message 1: metadata.versions[0]: a component block holds NaN"),
        ([user(block("image", None, height=float("inf")))], "message 0: a component block holds Infinity"),
        (
            [{"role": "assistant", "content": "x", "metadata": {"duration": float("inf")}}],
            "message 0: metadata.duration",
        ),
    ],
)
def test_non_finite_numbers_from_a_client_are_refused(app, history, expected):
    for endpoint in ("echo", "inspect"):
        kind, data = strict_last_event(call_raw(app, endpoint, [history]))
        assert kind == "error" and expected in data["error"], data


def test_non_finite_numbers_from_a_handler_are_refused(versions_app):
    """An app's own NaN (a mean of nothing) gets a clear error, not a reply no JSON reader can read."""
    kind, data = strict_last_event(call_raw(versions_app, "scored", [[user("hi")]]))
    assert kind == "error" and "message 1: metadata.versions[0]: metadata holds NaN" in data["error"]
    kind, data = strict_last_event(
        call_raw(versions_app, "scored", [[user("hi"), {"role": "assistant", "content": "ab"}]])
    )
    assert kind == "complete" and data[0][-1]["metadata"]["versions"][0]["metadata"] == {"score": 2.0}


def test_files_and_components_a_handler_keeps_as_versions_are_served_like_content(versions_app, tmp_path):
    """A version's file is sent as content's is, so Gradio serves it and gradio_client downloads it."""
    kind, (history,) = strict_last_event(call_raw(versions_app, "drafts", [[user("hi")]]))
    assert kind == "complete"
    text, sketch = history[-1]["metadata"]["versions"]
    for file in (text["content"]["file"], sketch["content"][1]["value"]):
        response = httpx.get(file["url"])
        assert response.status_code == 200 and file["url"].startswith(f"{versions_app}gradio_api/file=")
    assert response.content[:4] == b"\x89PNG" and sketch["content"][1]["constructor_args"] == {"label": "Sketch"}
    client = Client(versions_app, verbose=False, download_files=str(tmp_path))
    reply = client.predict([user("hi")], api_name="/drafts")
    downloaded = reply[-1]["metadata"]["versions"][0]["content"]["file"]
    assert open(downloaded).read() == "The first draft"
    with pytest.raises(
        AppError, match=r"message 1: metadata.versions\[0\]: content: a file block's 'file' is the path"
    ):
        client.predict(reply, api_name="/append")  # a downloaded path, as in content: the same clear error


# --- bounds ------------------------------------------------------------------------------------------------


def test_a_message_holds_a_bounded_number_of_items(app):
    kind, data = call(app, "echo", [[user(["x"] * MAX_CONTENT_ITEMS)]])
    assert kind == "complete" and data[0][0]["content"] == "\n\n".join(["x"] * MAX_CONTENT_ITEMS)
    bound = f"a message holds at most {MAX_CONTENT_ITEMS:,}"
    kind, data = call(app, "echo", [[user("hi"), user([{"type": "file"}] * 100_000)]])
    assert kind == "error" and f"message 1: content holds 100,000 items; {bound}" in data["error"]
    kind, data = call(app, "echo", [answered(["x"] * (MAX_CONTENT_ITEMS + 1))])
    assert kind == "error" and f"message 1: metadata.versions[0]: content holds 2,001 items; {bound}" in data["error"]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ({"content": ["x"] * (MAX_CONTENT_ITEMS + 1)}, "message 0: content holds 2,001 items"),
        ({"content": "x", "metadata": {"versions": [None]}}, "message 0: metadata.versions[0] must be a dict"),
        (
            {"content": "x", "metadata": {"versions": [{"content": "a", "shown": 1}]}},
            "metadata.versions[0] holds 'shown'",
        ),
        (
            {"content": "x", "metadata": {"versions": [{"content": "a", "metadata": {"version": 0}}]}},
            "message 0: metadata.versions[0]: a version's metadata cannot hold 'versions' or 'version'",
        ),
        (
            {"content": "x", "metadata": {"versions": [{"content": 5}]}},
            "message 0: metadata.versions[0]: content of type int",
        ),
        ({"content": "x", "metadata": {"versions": [], "version": 1}}, "message 0: metadata.version is 1"),
    ],
)
def test_a_handler_s_versions_are_held_to_the_same_rules(reply, expected):
    """What a handler returns is checked by the same code as a client's (without an app: the messages themselves)."""
    with pytest.raises(gr.Error) as raised:
        MessagesChatbot().postprocess([{"role": "assistant", **reply}])
    assert expected in raised.value.message
