"""Hostile message text cannot take the chat down, freeze the page or draw outside its message."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "hostile_text_app.py"

app_url = served_app(APP)


@pytest.fixture
def log(page, app_url):
    log = open_log(page, app_url, "Hostile", "text=LAST message")
    log.get_by_text("FIRST message").wait_for()
    return log


def message(log, index: int):
    return log.locator(f"[data-testid=message][data-index='{index}']")


def test_nesting_that_overflows_the_parser_shows_as_plain_text(log):
    deep = message(log, 1)
    deep.get_by_text("could not be formatted").wait_for()
    assert "deep quote" in deep.locator("pre.plain").inner_text()


def test_backtick_runs_render_and_keep_their_math(log):
    ticks = message(log, 2)
    ticks.locator(".katex").first.wait_for()
    assert ticks.locator("code").count() > 10  # runs of one length pair up as code spans


def test_an_element_styled_to_cover_the_page_stays_inside_its_message(log):
    cover = log.locator("#cover")
    cover.wait_for(state="attached")
    box, own = cover.bounding_box(), message(log, 3).bounding_box()
    assert box["width"] <= own["width"] + 1 and box["height"] <= own["height"] + 1
    viewport = log.page.viewport_size
    assert box["width"] < viewport["width"] / 2 or box["height"] < viewport["height"] / 2


def test_math_cannot_stretch_the_log(log):
    tall = message(log, 4)
    tall.locator(".katex").first.wait_for()
    assert tall.bounding_box()["height"] < 1000
