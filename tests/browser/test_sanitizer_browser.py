"""No payload runs script when rendered with the default settings (sanitize_html=True)."""

from __future__ import annotations

import pytest
from paths import APPS
from playwright.sync_api import Error as PlaywrightError
from servers import serve_script
from xss.payloads import PAYLOADS

pytestmark = pytest.mark.browser

APP = APPS / "xss_app.py"
PLACES = 9  # user text, assistant text, HTML component, thought title+log, file names, labels/alt text, options,
# placeholder, examples


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) * PLACES >= 100


def click_while_the_page_settles(link) -> None:
    """Alt-click a link; on a loaded machine the chat's layout can still move it between scroll and click."""
    for attempt in range(3):
        try:
            link.click(modifiers=["Alt"], no_wait_after=True, timeout=2000, force=True)
            return
        except PlaywrightError as error:
            if "outside of the viewport" not in str(error) or attempt == 2:
                raise
            link.page.wait_for_timeout(250)


def script_runs(page, env: dict[str, str]) -> int:
    """Render the attack app, poke at everything, and count payload executions."""
    page.add_init_script("window.__xss_count = 0; window.__xss = () => { window.__xss_count += 1; };")
    with serve_script(APP, env=env) as url:
        page.goto(url)
        attacks = page.get_by_role("log", name="Attacks")
        attacks.locator("[data-testid=message]").first.wait_for(state="attached")
        page.get_by_role("log", name="Empty").get_by_role("button").first.wait_for(state="attached")
        # Render the whole history, open every thought, click every link and button that is not an action.
        while attacks.get_by_role("button", name="Show earlier messages").count():
            attacks.get_by_role("button", name="Show earlier messages").click()
        for link in attacks.locator("a").all():
            click_while_the_page_settles(link)
        for element in attacks.locator("[onmouseover], thinking").all():
            element.hover(force=True)
        page.wait_for_timeout(1500)  # give load/error/toggle handlers time to fire
        assert page.url.startswith(url)
        return page.evaluate("window.__xss_count")


def test_no_payload_runs_anywhere(page):
    assert script_runs(page, {}) == 0


def test_the_harness_notices_script_when_sanitizing_is_off(page):
    assert script_runs(page, {"XSS_UNSAFE": "1"}) > 0
