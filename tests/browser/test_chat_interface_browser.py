"""gr.ChatInterface's own features with MessagesChatbot, beside gr.Chatbot where it has them: saved conversations
(save, new chat, reopen, continue), answer versions chosen in the page reaching ``fn``."""

from __future__ import annotations

import csv
import json
import re
import tempfile
from pathlib import Path

import pytest
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "chat_interface_history_app.py"
FLAGGED = Path(tempfile.mkdtemp(prefix="flagged-"))
ours_url = served_app(APP, env={"CHATBOT": "messages", "FLAGGING_DIR": str(FLAGGED / "messages")})
gradio_url = served_app(APP, env={"CHATBOT": "gradio", "FLAGGING_DIR": str(FLAGGED / "gradio")})
cached_url = served_app(APP, env={"CHATBOT": "messages", "CACHE_EXAMPLES": "1"})


@pytest.fixture(params=["messages", "gradio"])
def app(request):
    """The app's URL and whether its chat is MessagesChatbot (else gr.Chatbot)."""
    return request.getfixturevalue("ours_url" if request.param == "messages" else "gradio_url"), request.param


def send(page, text: str) -> None:
    # ChatInterface's box (it clears its placeholder after the first turn), not the "received" one
    box = page.locator("textarea[data-testid=textbox]:not(#received textarea)")
    box.fill(text)
    box.press("Enter")


def answer(log, text: str):
    return log.locator("[data-testid=message]", has_text=text).or_(log.locator(".message", has_text=text))


def received(page, count: int) -> list:
    """The history ``fn`` received, once it holds ``count`` messages."""
    show = page.get_by_role("button", name="Show received")
    if show.count():  # the app with cached examples: call after fn's answer shows
        show.click()
    page.wait_for_function(
        f"() => {{ const v = document.querySelector('#received textarea')?.value; "
        f"return v && JSON.parse(v).length === {count}; }}"
    )
    return json.loads(page.locator("#received textarea").input_value())


def saved_conversation(page, title: str):
    return page.locator("table").get_by_text(title)


def test_a_saved_conversation_reopens_and_continues_with_its_history(page, app):
    url, chatbot = app
    page.goto(url)
    log = page.get_by_role("log", name="Chat")
    send(page, "first question")
    answer(log, "Answer").first.wait_for()
    saved_conversation(page, "first question").wait_for()  # titled from the first user message

    page.get_by_role("button", name="New chat").click()
    answer(log, "Answer").first.wait_for(state="detached")
    saved_conversation(page, "first question").click()
    answer(log, "Answer").first.wait_for()
    send(page, "second question")
    history = received(page, 3 if chatbot == "messages" else 2)
    assert history[0]["role"] == "user"
    if chatbot == "gradio":
        return
    assert history[0]["content"] == "first question"  # the messages format, as fn always gets it
    tool, reply = history[1], history[2]
    assert tool["metadata"]["tool_state"] == "done" and tool["metadata"]["id"].startswith("call_")
    assert reply["metadata"]["name"] == "Helper"
    assert reply["metadata"]["sources"] == [{"title": "Source", "url": "https://example.org/"}]
    assert log.get_by_text("Helper").count() >= 1  # the reopened chat shows who spoke


def test_the_version_picked_in_the_page_reaches_fn_and_stays_picked_through_save_and_reopen(page, ours_url):
    page.goto(ours_url)
    log = page.get_by_role("log", name="Chat")
    send(page, "plain colour")
    reply = log.locator("[data-role=assistant] [data-testid=message]").last
    reply.filter(has_text="to plain colour").wait_for()
    first = re.match(r"Answer \d+ ", reply.inner_text()).group(0)  # e.g. "Answer 1 "
    log.locator("[data-role=assistant]").last.get_by_role("button", name="Retry").click()
    pager = log.get_by_test_id("version-pager")
    pager.get_by_text("2/2").wait_for()
    pager.get_by_role("button", name="Previous version").click()
    pager.get_by_text("1/2").wait_for()

    send(page, "which did you pick?")
    history = received(page, 2)
    assert history[1]["content"].startswith(first), history[1]
    assert history[1]["metadata"]["version"] == 0 and len(history[1]["metadata"]["versions"]) == 1
    answer(log, "to which did you pick?").first.wait_for()
    assert "1/2" in pager.inner_text()  # not flipped back to 2/2

    page.get_by_role("button", name="New chat").click()
    pager.wait_for(state="detached")
    saved_conversation(page, "plain colour").click()
    pager.get_by_text("1/2").wait_for()
    send(page, "and now?")
    history = received(page, 5)
    assert history[1]["metadata"]["version"] == 0 and history[1]["content"].startswith(first)


def test_an_unnamed_message_before_a_named_one_keeps_the_roles_voice(page, ours_url):
    """The reply is a tool call (no name) then the answer of "Helper": the call is not shown under Helper's name."""
    page.goto(ours_url)
    log = page.get_by_role("log", name="Chat")
    send(page, "use a tool")
    answer(log, "Answer").first.wait_for()
    groups = log.get_by_test_id("message-group")
    call = groups.filter(has=log.locator("[data-tool-state=done]"))
    assert call.get_by_test_id("speaker-name").count() == 0
    assert groups.filter(has_text="Answer").get_by_test_id("speaker-name").inner_text() == "Helper"


@pytest.mark.parametrize("cached", [False, True])
def test_an_example_answers_and_the_next_turn_gets_its_exchange(page, ours_url, cached_url, cached):
    page.goto(cached_url if cached else ours_url)
    log = page.get_by_role("log", name="Chat")
    log.get_by_role("button", name="Name a colour").click()
    answer(log, "to Name a colour").first.wait_for()
    send(page, "and another?")
    answer(log, "to and another?").first.wait_for()
    history = received(page, 2 if cached else 3)
    assert history[0]["content"] == "Name a colour"
    if cached:  # the cached reply, from Gradio's examples cache, in the messages format
        assert history[1]["role"] == "assistant" and history[1]["content"].startswith("Answer")
    else:
        assert history[1]["metadata"]["tool_state"] == "done" and history[2]["metadata"]["name"] == "Helper"


def test_flagging_logs_the_conversation_with_its_metadata(page, app):
    url, chatbot = app
    page.goto(url)
    log = page.get_by_role("log", name="Chat")
    send(page, "rate this")
    answer(log, "Answer").first.wait_for()
    log.get_by_role("button", name="Like", exact=True).last.click()
    logged = FLAGGED / chatbot / "log.csv"
    for _ in range(600):  # the log is written by the like handler: wait for its row, not for a time
        if logged.exists() and len(list(csv.reader(logged.open()))) > 1:
            break
        page.wait_for_timeout(50)
    conversation = json.loads(list(csv.reader(logged.open()))[-1][0])
    assert [message["role"] for message in conversation][:2] == ["user", "assistant"]
    if chatbot == "messages":
        assert conversation[-1]["metadata"]["name"] == "Helper"
        assert conversation[-1]["metadata"]["sources"] == [{"title": "Source", "url": "https://example.org/"}]
