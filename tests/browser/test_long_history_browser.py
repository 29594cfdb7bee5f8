"""Long histories render from the bottom a page at a time; streaming re-renders only the growing message."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "long_app.py"

app_url = served_app(APP, env={"HISTORY_SIZE": "10000"})


def test_only_the_last_page_is_rendered_and_it_is_in_view(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Long")
    last = log.get_by_text("Message 9999: some markdown text")
    last.wait_for()
    assert last.is_visible()
    rendered = log.locator("[data-testid=message]").count()
    assert 0 < rendered <= 80


def test_scrolling_up_loads_earlier_messages_and_keeps_the_reader_in_place(page, app_url):
    log = open_log(page, app_url, "Long", "text=Message 9999:")
    before = log.locator("[data-testid=message]").count()
    first = log.locator("[data-testid=message]").first
    first_text = first.inner_text()
    log.hover()
    page.mouse.wheel(0, -100_000)  # a reader scrolling up (a script scrolling would not stop autoscroll)
    page.wait_for_function("n => document.querySelectorAll('[role=log] [data-testid=message]').length > n", arg=before)
    anchor = log.get_by_text(first_text, exact=True)
    top_of_log = log.bounding_box()["y"]
    assert anchor.bounding_box()["y"] > top_of_log  # earlier messages were added above, not on top of it
    assert log.evaluate("l => l.scrollTop") > 0


def test_the_earlier_button_works_from_the_keyboard(page, app_url):
    log = open_log(page, app_url, "Long", "text=Message 9999:")
    button = log.get_by_role("button", name="Show earlier messages")
    before = log.locator("[data-testid=message]").count()
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("n => document.querySelectorAll('[role=log] [data-testid=message]').length > n", arg=before)


def test_streaming_keeps_the_other_messages_dom_nodes(page, app_url):
    log = open_log(page, app_url, "Long", "text=Message 9999:")
    log.get_by_text("Message 9998:").evaluate("node => { window.__marked = node; }")
    page.get_by_role("button", name="Stream").click()
    log.get_by_text("token19").wait_for(timeout=20_000)
    assert log.get_by_text("Message 9998:").evaluate("node => node === window.__marked")
