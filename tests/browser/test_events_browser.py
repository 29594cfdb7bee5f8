"""Each chatbot event, fired by a person in Chromium, reaches the Python handler with gr.Chatbot's event data."""

from __future__ import annotations

import json

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "events_app.py"
app_url = served_app(APP)


@pytest.fixture
def chat(page, app_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    return page, open_log(page, app_url, "Events")


def reported(page, event: str) -> dict:
    box = page.locator("#report textarea")
    page.wait_for_function(
        '([selector, event]) => document.querySelector(selector)?.value.includes(`"event": "${event}"`)',
        arg=["#report textarea", event],
        timeout=10_000,
    )
    return json.loads(box.input_value())


def last_group(log):
    return log.locator("[data-testid=message-group]").last


def test_like_dislike_and_custom_feedback(chat):
    page, log = chat
    group = last_group(log)
    group.get_by_role("button", name="Like", exact=True).click()
    assert reported(page, "like") == {
        "event": "like",
        "index": 1,
        "liked": True,
        "value": ["Let me think.", "It is 4."],
    }
    group.get_by_role("button", name="Like", exact=True).wait_for()
    assert group.get_by_role("button", name="Like", exact=True).get_attribute("aria-pressed") == "true"
    group.get_by_role("button", name="Dislike").click()
    page.wait_for_function("document.querySelector('#report textarea').value.includes('\"liked\": false')")
    group.get_by_role("button", name="More feedback").click()
    group.get_by_role("menuitemradio", name="Wrong answer").click()
    page.wait_for_function("document.querySelector('#report textarea').value.includes('Wrong answer')")
    assert reported(page, "like")["liked"] == "Wrong answer"


def test_user_messages_have_no_feedback_by_default(chat):
    _, log = chat
    user_group = log.locator("[data-role=user]").first
    assert user_group.get_by_role("button", name="Like", exact=True).count() == 0


def test_retry_and_undo_carry_the_last_user_turn(chat):
    page, log = chat
    last_group(log).get_by_role("button", name="Retry").click()
    assert reported(page, "retry") == {
        "event": "retry",
        "index": 0,
        "value": "What is 2 + 2?",
        "history_length": 3,
    }
    last_group(log).get_by_role("button", name="Undo").click()
    assert reported(page, "undo") == {"event": "undo", "index": 0, "value": "What is 2 + 2?"}


def test_edit_updates_the_history_and_reports_both_texts(chat):
    page, log = chat
    log.locator("[data-role=user]").first.get_by_role("button", name="Edit").click()
    box = log.get_by_role("textbox", name="Edit message")
    box.fill("What is 3 + 3?")
    log.get_by_role("button", name="Submit").click()
    assert reported(page, "edit") == {
        "event": "edit",
        "index": 0,
        "value": "What is 3 + 3?",
        "previous_value": "What is 2 + 2?",
        "content_now": "What is 3 + 3?",
    }
    assert log.locator("[data-role=user] [data-testid=message]").first.inner_text().startswith("What is 3 + 3?")


def test_escape_cancels_an_edit(chat):
    _, log = chat
    log.locator("[data-role=user]").first.get_by_role("button", name="Edit").click()
    log.get_by_role("textbox", name="Edit message").press("Escape")
    assert log.get_by_role("textbox", name="Edit message").count() == 0


def test_copy_includes_the_watermark(chat):
    page, log = chat
    last_group(log).get_by_role("button", name="Copy message").click()
    data = reported(page, "copy")
    assert data["value"] == "Let me think.\n\nIt is 4.\n\n(generated)"
    assert page.evaluate("navigator.clipboard.readText()") == data["value"]


def test_copy_all_copies_the_conversation_as_markdown(chat):
    page, _ = chat
    page.get_by_role("button", name="Copy conversation").click()
    value = reported(page, "copy")["value"]
    assert value.startswith("### User\n\nWhat is 2 + 2?")
    assert "### Assistant — Reasoning" in value
    assert value.rstrip().endswith("(generated)")


def test_option_buttons_fire_option_select(chat):
    page, log = chat
    log.get_by_role("button", name="Why?").click()
    assert reported(page, "option_select") == {"event": "option_select", "index": 0, "value": "why"}


def test_clear_empties_the_chat_and_shows_examples(chat):
    page, log = chat
    page.get_by_role("button", name="Clear").click()
    assert reported(page, "clear") == {"event": "clear"}
    assert log.locator("[data-testid=message]").count() == 0
    assert log.get_by_test_id("placeholder").locator("strong").inner_text() == "Ask"
    with_files = log.get_by_role("button", name="Describe this")
    assert "1 file" in with_files.inner_text()
    assert with_files.locator("img").count() == 1
    log.get_by_role("button", name="A joke").click()
    assert reported(page, "example_select") == {
        "event": "example_select",
        "index": 0,
        "value": {"text": "Tell me a joke", "display_text": "A joke"},
    }


def test_export_downloads_json_in_the_messages_format(chat, tmp_path):
    page, _ = chat
    page.get_by_role("button", name="Export conversation").click()
    with page.expect_download() as download:
        page.get_by_role("menuitem", name="JSON (messages format)").click()
    path = tmp_path / "conversation.json"
    download.value.save_as(path)
    exported = json.loads(path.read_text())
    assert exported[0] == {"role": "user", "content": "What is 2 + 2?"}
    assert exported[2]["options"] == [{"value": "why", "label": "Why?"}, {"value": "thanks"}]


def test_height_is_applied(chat):
    page, log = chat
    block = page.locator(".block", has=log).first
    assert abs(block.bounding_box()["height"] - 520) <= 2


def test_a_history_works_as_a_gr_examples_entry(chat):
    page, log = chat
    example = page.get_by_text("Example question · Example answer")
    example.click()
    log.get_by_text("Example answer").wait_for()
    assert log.locator("[data-testid=message]").count() == 2
