"""Feedback with a comment reaches the like handler; saved feedback shows when a history is loaded."""

from __future__ import annotations

import json

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "feedback_app.py")


@pytest.fixture
def log(page, app_url):
    return open_log(page, app_url, "Chat")


def reported(page, needle: str) -> dict:
    page.wait_for_function(
        "needle => document.querySelector('#report textarea').value.includes(needle)", arg=needle, timeout=10_000
    )
    return json.loads(page.locator("#report textarea").input_value())


def test_a_comment_after_dislike_reaches_the_like_handler(page, log):
    reply = log.locator("[data-role=assistant]").last
    reply.get_by_role("button", name="Dislike").click()
    assert reported(page, '"liked": false') == {"index": 1, "liked": False, "value": ["It is 4."]}
    box = reply.get_by_role("textbox", name="Comment on your feedback")
    box.fill("It forgot to show the steps")
    box.press("Enter")
    assert reported(page, "comment") == {
        "index": 1,
        "liked": False,
        "value": {"content": ["It is 4."], "comment": "It forgot to show the steps"},
    }
    assert reply.get_by_role("textbox", name="Comment on your feedback").count() == 0


def test_escape_closes_the_comment_box_without_sending(page, log):
    reply = log.locator("[data-role=assistant]").last
    reply.get_by_role("button", name="Like", exact=True).click()
    reported(page, '"liked": true')
    reply.get_by_role("textbox", name="Comment on your feedback").press("Escape")
    assert reply.get_by_role("textbox", name="Comment on your feedback").count() == 0
    assert "comment" not in page.locator("#report textarea").input_value()


def test_saved_feedback_shows_when_a_history_is_loaded(page, log):
    page.get_by_role("button", name="Load saved chat").click()
    log.get_by_text("Quito.").wait_for()
    replies = log.locator("[data-role=assistant]")
    like = replies.nth(0).get_by_role("button", name="Like", exact=True)
    dislike = replies.nth(1).get_by_role("button", name="Dislike")
    page.wait_for_function(
        "els => els.every(el => el.getAttribute('aria-pressed') === 'true')",
        arg=[like.element_handle(), dislike.element_handle()],
    )
    assert replies.nth(1).get_by_role("button", name="Like", exact=True).get_attribute("aria-pressed") == "false"


def test_a_comment_sent_while_the_like_handler_still_runs_arrives(page, app_url):
    """Gradio's default trigger_mode="once" would drop the comment's like while the rating's is pending."""
    log = open_log(page, app_url, "Slow")
    reply = log.locator("[data-role=assistant]").last
    reply.get_by_role("button", name="Dislike").click()
    box = reply.get_by_role("textbox", name="Comment on your feedback")
    box.fill("Too short")
    box.press("Enter")  # the rating's handler is still waiting for "Release"
    box.wait_for(state="detached")
    page.get_by_role("button", name="Release").click()
    page.wait_for_function("document.querySelector('#slow-report textarea').value.includes('Too short')")
    likes = json.loads(page.locator("#slow-report textarea").input_value())
    assert likes == [
        {"liked": False, "value": ["It is 4."]},
        {"liked": False, "value": {"content": ["It is 4."], "comment": "Too short"}},
    ]
