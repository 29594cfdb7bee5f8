"""MessagesChatbot in a running app, driven by the real gradio_client."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError
from media import png, text_file
from paths import APPS
from servers import call_raw, served_app

APP = APPS / "messages_app.py"
app_url = served_app(APP)


@pytest.fixture(scope="module")
def client(app_url):
    """The client as its defaults make it: it downloads the files it gets."""
    return Client(app_url, verbose=False)


def test_a_text_history_reaches_the_handler_as_plain_dicts(client):
    report = client.predict(
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}], api_name="/inspect"
    )
    assert [(m["role"], m["content"], m["keys"]) for m in report] == [
        ("system", {"kind": "str", "text": "Be brief."}, ["content", "role"]),
        ("user", {"kind": "str", "text": "hi"}, ["content", "role"]),
    ]


def test_an_uploaded_file_reaches_the_handler_complete(client, tmp_path):
    path = text_file(tmp_path, "report.txt", "twelve bytes")
    report = client.predict([{"role": "user", "content": ["see", handle_file(str(path))]}], api_name="/inspect")
    text, file = report[0]["content"]
    assert text == {"kind": "str", "text": "see"}
    assert file == {
        "kind": "file",
        "orig_name": "report.txt",
        "size": 12,
        "mime_type": "text/plain",
        "alt_text": None,
        "meta": {"_type": "gradio.FileData"},
    }


def test_metadata_and_options_travel_both_ways(client):
    history = [
        {
            "role": "assistant",
            "content": "thinking",
            "metadata": {"title": "Plan", "id": 1, "status": "done", "duration": 2.5},
        },
        {"role": "assistant", "content": "Pick", "options": [{"value": "a", "label": "A"}]},
    ]
    assert client.predict(history, api_name="/echo") == history
    report = client.predict(history, api_name="/inspect")
    assert report[0]["metadata"] == history[0]["metadata"]
    assert report[1]["options"] == history[1]["options"]


def test_the_guide_greeter_works_unchanged(client):
    assert client.predict("Hi", [], api_name="/greet") == [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
    ]


def test_appending_chat_messages_works(client):
    history = client.predict([{"role": "user", "content": "?"}], api_name="/append")
    assert history[-1] == {"role": "assistant", "content": "How can I help you?"}


def test_the_streaming_responder_streams_a_growing_message(client):
    job = client.submit([{"role": "user", "content": "q"}], api_name="/stream")
    updates = [update[-1]["content"] for update in job]
    final = job.outputs()[-1]
    assert final[0] == {"role": "user", "content": "q"}
    assert final[-1]["content"] in {"How are you?", "I love you", "I'm very hungry"}
    assert len(updates) > 5
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(updates))


def test_a_component_reply_comes_back_as_a_component_block(client, tmp_path):
    image = png(tmp_path, "photo.png")
    history = client.predict([{"role": "user", "content": handle_file(str(image))}], api_name="/media")
    block, text = history[-1]["content"]
    assert text == "Here it is."
    assert (block["type"], block["component"]) == ("component", "image")
    assert Path(block["value"]).suffix in {".png", ".webp"}


def test_a_downloaded_reply_sent_back_gets_an_error_that_says_what_to_do(client, tmp_path):
    """The default client replaces files by downloaded paths, which the server must not read."""
    history = client.predict([{"role": "user", "content": handle_file(str(png(tmp_path)))}], api_name="/echo")
    assert isinstance(history[0]["content"]["file"], str)  # downloaded
    with pytest.raises(AppError, match=r"message 0: content: a file block's 'file' is the path .*download_files=False"):
        client.predict(history, api_name="/echo")


def test_an_invalid_reply_is_a_clear_error(client):
    with pytest.raises(AppError, match="message 0: role 'robot' is not one of"):
        client.predict([], api_name="/bad")


@pytest.mark.parametrize(
    ("content", "explanation"),
    [
        ({"path": "/etc/passwd"}, "message 0: a file must be uploaded first"),
        ({"type": "file", "file": {"path": "/etc/hostname"}}, "message 0: a file must be uploaded first"),
        ({"type": "component", "component": "file", "value": [{"path": "/etc/passwd"}]}, "which was not uploaded"),
        # Marked as FileData, so Gradio itself refuses it before validation; it logs the reason and,
        # as for every non-gr.Error, tells the client only that the call failed.
        ({"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, None),
    ],
    ids=["file", "file-block", "component-value", "file-with-meta"],
)
def test_a_path_that_was_not_uploaded_is_refused(app_url, content, explanation):
    stream = call_raw(app_url, "inspect", [[{"role": "user", "content": content}]])
    assert stream.startswith("event: error")
    assert "root:" not in stream  # the first line of /etc/passwd never comes back
    if explanation:
        assert explanation in stream


def test_the_api_schema_describes_the_messages_format(client):
    endpoint = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/echo"]
    schema = endpoint["parameters"][0]["type"]
    message = schema["$defs"]["WireMessage"]
    assert message["properties"]["role"]["enum"] == ["user", "assistant", "system"]
    content_kinds = json.dumps(message["properties"]["content"])
    for kind in ('"type": "string"', "FileData", "ComponentBlock", "FileBlock", '"type": "array"'):
        assert kind in content_kinds
    assert endpoint["parameters"][0]["example_input"] == [
        {"role": "user", "content": "Hello!"},
        {"role": "assistant", "content": "How can I help you?"},
    ]


def test_a_block_whose_type_is_not_a_string_gets_the_clear_error(app_url):
    # A list as 'type' once raised TypeError inside the error report (a 500 with no message).
    stream = call_raw(app_url, "inspect", [[{"role": "user", "content": {"type": []}}]])
    assert stream.startswith("event: error")
    assert "MessagesChatbot: message 0: content must be text, a file dict with 'path', or a block" in stream
