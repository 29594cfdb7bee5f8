"""Sources (``metadata["sources"]``) through a running app and the real gradio_client, hostile values included."""

from __future__ import annotations

import gradio as gr
import pytest
from gradio_client import handle_file
from gradio_client.exceptions import AppError
from gradio_messageschatbot import MessagesChatbot, to_openai
from media import FILE_META, text_file
from paths import APPS
from servers import call_raw, last_event, served_app

APP = APPS / "sources_app.py"
app_url = served_app(APP)


def cited(sources: list) -> list:
    return [{"role": "assistant", "content": "As [1] says.", "metadata": {"sources": sources}}]


def test_returned_sources_reach_the_client_with_their_file_served(client, app_url):
    history = client.predict([], api_name="/cite")
    sources = history[1]["metadata"]["sources"]
    assert sources[:2] == [
        {"title": "Open WebUI", "url": "https://openwebui.com/", "snippet": "Citations under each answer"},
        {"url": "https://ai-sdk.dev/elements/components/sources"},
    ]
    notes = sources[2]
    assert notes["title"] == "Notes"
    assert notes["file"]["orig_name"] == "sources-app-notes.txt"
    assert notes["file"]["mime_type"] == "text/plain"
    assert notes["file"]["url"].startswith(f"{app_url}gradio_api/file=")


def test_sources_survive_the_trip_back_and_reach_the_handler(client):
    history = client.predict([], api_name="/cite")
    assert client.predict(history, api_name="/echo") == history
    received = client.predict(history, api_name="/inspect")[1]["sources"]
    assert received[0] == history[1]["metadata"]["sources"][0]
    assert received[2]["file"]["orig_name"] == "sources-app-notes.txt"
    assert received[2]["file"]["meta"] == FILE_META


def test_an_uploaded_file_may_be_a_source(client, tmp_path):
    path = text_file(tmp_path, "paper.txt", "a paper")
    received = client.predict(cited([{"file": handle_file(str(path))}]), api_name="/inspect")
    file = received[0]["sources"][0]["file"]
    assert (file["orig_name"], file["size"], file["mime_type"]) == ("paper.txt", 7, "text/plain")


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/",
        "/gradio_api/file=/etc/passwd",
    ],
)
def test_a_url_that_cannot_be_a_safe_link_is_refused(client, url):
    with pytest.raises(AppError, match=r"message 0: source 1: the URL .* (refused|space or control)"):
        client.predict(cited([{"title": "x", "url": url}]), api_name="/inspect")


def test_a_client_may_not_name_a_file_it_did_not_upload(app_url):
    unmarked = cited([{"file": {"path": "/etc/passwd"}}])
    kind, data = last_event(call_raw(app_url, "inspect", [unmarked]))
    assert kind == "error"
    assert "message 0: source 1: a file must be uploaded first" in str(data)
    for path in ("/etc/passwd", str(APPS / "sources_app.py")):  # marked as uploaded, but never uploaded
        marked = cited([{"file": {"path": path, "meta": FILE_META}}])
        assert last_event(call_raw(app_url, "inspect", [marked])) == ("error", {"error": None})  # Gradio refuses


@pytest.mark.parametrize(
    ("sources", "problem"),
    [
        ([{"title": "x"}] * 201, r"sources: List should have at most 200 items"),
        ([{"title": "x" * 20_001}], r"sources\.0\.title: String should have at most 20000 characters"),
        ([{"title": {"a": [[[[["deep"]]]]]}}], r"sources\.0\.title: Input should be a valid string"),
        ([{"snippet": "only a snippet"}], r"source 1: a source needs a 'title', a 'url' or a 'file'"),
        ("https://example.org", r"sources: Input should be a valid list"),
    ],
)
def test_huge_deep_or_shapeless_sources_are_clear_errors(client, sources, problem):
    with pytest.raises(AppError, match=rf"message 0: .*{problem}"):
        client.predict(cited(sources), api_name="/inspect")


def test_a_handler_returning_an_unsafe_url_hears_of_it():
    with pytest.raises(gr.Error, match=r"message 0: metadata sources\.0\.url: .*javascript:alert\(1\).* refused"):
        MessagesChatbot().postprocess(cited([{"url": "javascript:alert(1)"}]))


def test_to_openai_leaves_sources_out():
    history = cited([{"title": "Docs", "url": "https://example.org"}])
    assert to_openai(history) == [{"role": "assistant", "content": "As [1] says."}]


def test_a_source_added_while_streaming_shows_at_the_next_yield():
    chatbot = MessagesChatbot()
    answer = {"role": "assistant", "content": "As [1] says.", "metadata": {"sources": []}}
    history = [{"role": "user", "content": "hi"}, answer]
    chatbot.postprocess(history)
    answer["metadata"]["sources"].append({"url": "https://example.org"})  # in place, as a streaming handler does
    sent = chatbot.postprocess(history).model_dump()
    assert sent[1]["metadata"]["sources"] == [{"url": "https://example.org"}]
