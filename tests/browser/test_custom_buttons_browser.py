"""The chat's toolbar: gr.Button instances from ``buttons`` fire their own click events, as in gr.Chatbot; and the
toolbar floats over the log without covering its first message."""

from __future__ import annotations

import pytest
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "custom_buttons_app.py")


@pytest.mark.parametrize("chat", ["Messages", "Gradio"])
def test_a_custom_toolbar_button_fires_its_click_event(page, app_url, chat):
    page.goto(app_url)
    block = page.locator(".block", has=page.get_by_role("log", name=chat)).last
    if chat == "Gradio":  # gr.Chatbot's own log has no role=log: find its block by its label
        block = page.locator(".block", has=page.get_by_text(chat, exact=True)).first
    pin = block.get_by_role("button", name="Pin")
    pin.click()
    page.wait_for_function(f"document.querySelector('#pins-{chat.lower()} textarea').value === '1'")
    pin.click()
    page.wait_for_function(f"document.querySelector('#pins-{chat.lower()} textarea').value === '2'")


def test_the_toolbar_leaves_the_first_message_uncovered_at_the_top(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Messages")
    first = log.get_by_test_id("message").first
    first.wait_for()
    log.evaluate("log => { log.scrollTop = 0; }")
    toolbar = page.locator(".block", has=log).get_by_role("toolbar", name="Conversation actions").bounding_box()
    assert toolbar["y"] + toolbar["height"] <= first.bounding_box()["y"]
