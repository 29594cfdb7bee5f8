"""Autoscroll follows a stream at the bottom, leaves a reader who scrolled up alone, and jumps back on request."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "long_app.py"
AT_BOTTOM = "l => l.scrollHeight - l.scrollTop - l.clientHeight < 50"

app_url = served_app(APP, env={"HISTORY_SIZE": "30"})


def stream(page, log, count: int) -> None:
    page.get_by_role("button", name="Stream").click()
    log.locator("[data-testid=message]").nth(count).get_by_text("token19").wait_for(timeout=20_000)


def test_follows_the_stream_when_at_the_bottom(page, app_url):
    log = open_log(page, app_url, "Long", "text=Message 29:")
    page.wait_for_function(f"() => ({AT_BOTTOM})(document.querySelector('[role=log]'))")
    stream(page, log, 30)
    page.wait_for_function(f"() => ({AT_BOTTOM})(document.querySelector('[role=log]'))")
    assert log.get_by_role("button", name="Scroll to the latest message").count() == 0


def test_stops_following_when_scrolled_up_and_jumps_back(page, app_url):
    log = open_log(page, app_url, "Long", "text=Message 29:")
    log.hover()
    page.mouse.wheel(0, -500)
    jump = page.get_by_role("button", name="Scroll to the latest message")
    jump.wait_for()
    position = log.evaluate("l => l.scrollTop")
    stream(page, log, 30)
    assert log.evaluate("l => l.scrollTop") == position
    assert not log.evaluate(AT_BOTTOM)
    jump.click()
    page.wait_for_function(f"() => ({AT_BOTTOM})(document.querySelector('[role=log]'))")


def test_a_draft_being_edited_stays_in_view_while_a_reply_streams(page, app_url):
    log = open_log(page, app_url, "Long", "text=Message 29:")
    page.wait_for_function(f"() => ({AT_BOTTOM})(document.querySelector('[role=log]'))")
    log.locator("[data-role=user]").last.get_by_role("button", name="Edit").click()
    draft = log.get_by_role("textbox", name="Edit message")
    position = log.evaluate("l => l.scrollTop")
    stream(page, log, 29)  # the message being edited shows as a draft, not as a message
    assert log.evaluate("l => l.scrollTop") == position
    box, view = draft.bounding_box(), log.bounding_box()
    assert view["y"] <= box["y"] and box["y"] + box["height"] <= view["y"] + view["height"]
