"""Who speaks (``metadata`` ``name``, ``avatar``, ``timestamp``) through a running app and gradio_client."""

from __future__ import annotations

import gradio as gr
import pytest
from gradio_client import handle_file
from gradio_client.exceptions import AppError
from gradio_messageschatbot import MessagesChatbot, to_openai
from media import FILE_META, png
from paths import APPS
from servers import call_raw, last_event, served_app

APP = APPS / "speakers_app.py"
app_url = served_app(APP)


def said(**metadata) -> list:
    return [{"role": "assistant", "content": "Hello", "metadata": metadata}]


def test_names_avatars_and_timestamps_reach_the_client(client, app_url):
    history = client.predict([], api_name="/agents")
    writer, critic = history[1]["metadata"], history[2]["metadata"]
    assert history[0]["metadata"] == {"timestamp": "2025-01-02T15:04:00+00:00"}
    assert (writer["name"], writer["timestamp"]) == ("Writer", "2025-01-02T15:05:00+00:00")
    assert writer["avatar"]["orig_name"] == "mandelbrot.png"
    assert writer["avatar"]["url"].startswith(f"{app_url}gradio_api/file=")
    assert critic == {"name": "Critic", "timestamp": "2025-01-02T15:06:00+00:00"}  # a datetime, written as ISO 8601


def test_they_survive_the_trip_back_and_reach_the_handler(client, tmp_path):
    history = client.predict([], api_name="/agents")
    assert client.predict(history, api_name="/echo") == history
    received = client.predict(history, api_name="/inspect")
    assert received[1]["name"] == "Writer"
    assert received[1]["avatar"]["meta"] == FILE_META
    assert received[2] == {"name": "Critic", "timestamp": "2025-01-02T15:06:00+00:00"}
    uploaded = client.predict(said(avatar=handle_file(str(png(tmp_path, "me.png")))), api_name="/inspect")
    assert uploaded[0]["avatar"]["orig_name"] == "me.png"
    url = client.predict(said(avatar="https://example.org/me.png"), api_name="/inspect")
    assert url == [{"avatar": "https://example.org/me.png"}]


@pytest.mark.parametrize(
    ("metadata", "problem"),
    [
        ({"avatar": "javascript:alert(1)"}, r"avatar URL .* refused"),
        ({"avatar": "data:image/svg+xml,<svg onload=alert(1)>"}, r"avatar URL .* space or control character"),
        ({"avatar": "data:image/png;base64,AAAA"}, r"avatar URL .* refused"),
        ({"avatar": "mailto:a@example.org"}, r"an avatar is an http\(s\) image"),
        ({"avatar": "http://127.0.0.1:7860/secret.png"}, r"points into the local network"),
        ({"avatar": "/etc/passwd"}, r"avatar URL '/etc/passwd' is refused"),
        ({"avatar": {"path": "/etc/passwd"}}, r"a file must be uploaded first"),
        ({"avatar": {"path": {"a": [[[["deep"]]]]}, "meta": FILE_META}}, r"avatar"),
        ({"name": "x" * 201}, r"name: String should have at most 200 characters"),
        ({"name": ["Writer"]}, r"name: Input should be a valid string"),
        ({"timestamp": "yesterday"}, r"'yesterday' is not an ISO 8601 date"),
        ({"timestamp": "2025-01-02" + "0" * 200}, r"timestamp"),
    ],
)
def test_hostile_speakers_are_clear_errors(client, metadata, problem):
    with pytest.raises(AppError, match=rf"message 0: .*{problem}"):
        client.predict(said(**metadata), api_name="/inspect")


def test_a_client_may_not_name_an_avatar_file_it_did_not_upload(app_url):
    marked = said(avatar={"path": str(APP), "meta": FILE_META})
    assert last_event(call_raw(app_url, "inspect", [marked])) == ("error", {"error": None})  # Gradio refuses


def test_a_handler_names_its_avatar_file_by_a_file_dict_never_by_a_string():
    """Metadata can come from a client by roads the app does not see: a string is a URL, never a path."""
    chatbot = MessagesChatbot()
    with pytest.raises(gr.Error, match=r"message 0: metadata avatar: .*does not exist"):
        chatbot.postprocess(said(avatar={"path": "no-such-avatar.png"}))
    with pytest.raises(gr.Error, match=r"message 0: metadata avatar: .*never taken as a path .*\{'path': \.\.\.\}"):
        chatbot.postprocess(said(avatar=str(APP)))
    with pytest.raises(gr.Error, match=r"message 0: metadata avatar: .*refused"):
        chatbot.postprocess(said(avatar="javascript:alert(1)"))


def test_to_openai_leaves_them_out():
    assert to_openai(said(name="Writer", timestamp="2025-01-02T15:05:00")) == [
        {"role": "assistant", "content": "Hello"}
    ]
