"""The chat's stop button ends the reply that streams into it, as gr.ChatInterface's does."""

from __future__ import annotations

import json

import pytest
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "stop_app.py")


def test_stop_ends_the_stream_and_keeps_what_arrived(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Chat")
    page.get_by_label("Message", exact=True).fill("Count")
    page.get_by_label("Message", exact=True).press("Enter")
    stop = log.locator("..").get_by_role("button", name="Stop")
    log.get_by_text("t3 ", exact=False).wait_for()
    stop.click()
    stop.wait_for(state="detached")
    page.get_by_role("button", name="Status").click()
    page.wait_for_function("document.querySelector('#report textarea').value.includes('\"cancelled\": true')")
    state = json.loads(page.locator("#report textarea").input_value())
    assert state["tokens"] < 400
    reply = log.locator("[data-role=assistant] [data-testid=message]").last.inner_text()
    assert reply.startswith("t0 t1 t2 t3") and "END" not in reply
    assert page.get_by_text("Error", exact=True).count() == 0  # Gradio marks a stopped event as failed


def test_no_stop_button_without_a_stop_listener(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Plain")
    page.get_by_label("Plain message").fill("Count")
    page.get_by_label("Plain message").press("Enter")
    log.get_by_text("t3 ", exact=False).wait_for()
    assert log.locator("..").get_by_role("button", name="Stop").count() == 0
