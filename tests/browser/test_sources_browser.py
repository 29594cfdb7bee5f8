"""Sources show as numbered chips, and the "[n]" markers in a message's text link to them."""

from __future__ import annotations

import pytest
from pages import contrast_ratios, open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "sources_app.py"
ANSWER = "[data-testid=message][data-index='1']"

app_url = served_app(APP)


@pytest.fixture(params=["Bubble", "Panel"])
def answer(request, page, app_url):
    log = open_log(page, app_url, request.param, f"{ANSWER} >> role=list[name='Sources']")
    return log.locator(ANSWER)


def test_sources_are_numbered_chips_linking_to_their_pages(answer):
    chips = answer.get_by_role("list", name="Sources").get_by_role("listitem")
    assert chips.all_inner_texts() == ["1\nOpen WebUI", "2\nai-sdk.dev", "3\nNotes"]
    first = chips.nth(0).get_by_role("link")
    assert first.get_attribute("href") == "https://openwebui.com/"
    assert first.get_attribute("target") == "_blank"
    assert first.get_attribute("title") == "Citations under each answer"
    assert "/gradio_api/file=" in chips.nth(2).get_by_role("link").get_attribute("href")


def test_a_marker_links_to_its_source_and_moves_the_keyboard_there(page, answer):
    markers = answer.locator(".text a")
    assert markers.all_inner_texts() == ["[1]", "[2]", "[3]"]  # not code[1] in code, nor [4] (no such source)
    assert "[4]" in answer.inner_text()
    before = page.url
    markers.nth(1).click()
    focused = page.evaluate("document.activeElement.textContent.replace(/\\s+/g, ' ').trim()")
    assert focused == "2 ai-sdk.dev"
    assert page.url == before  # followed inside the chat, not through the page's address
    markers.nth(2).focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('href')").find("/gradio_api/file=") >= 0


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_markers_and_chips_are_readable(page, app_url, theme):
    log = open_log(page, f"{app_url}?__theme={theme}", "Bubble", f"{ANSWER} >> role=list[name='Sources']")
    answer = log.locator(ANSWER)
    ratios = contrast_ratios(answer.locator(".text a")) + contrast_ratios(
        answer.get_by_role("list", name="Sources").locator("a, a *")
    )
    assert len(ratios) >= 6
    assert min(ratio for _, ratio in ratios) >= 4.5, ratios
