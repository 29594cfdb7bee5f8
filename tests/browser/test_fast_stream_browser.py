"""A reply streamed faster than the page paints: the page ends on exactly the final text, and the messages
that did not change are neither rendered again nor replaced in the page while it streams."""

from __future__ import annotations

import sys

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

sys.path.insert(0, str(APPS))
from fast_stream_app import FINAL

pytestmark = pytest.mark.browser

APP = APPS / "fast_stream_app.py"
app_url = served_app(APP)

# What the page renders from now on (the sanitizer parses every message's HTML it renders), and whether
# the second-to-last message's element changes: replaced, or anything in it mutated.
WATCH = """log => {
    window.rendered = [];
    const parse = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = function (text, type) {
        window.rendered.push(text);
        return parse.call(this, text, type);
    };
    window.kept = [...log.querySelectorAll('[data-testid=message]')].at(-1);
    window.kept_changes = 0;
    new MutationObserver(records => (window.kept_changes += records.length)).observe(window.kept, {
        subtree: true, childList: true, characterData: true, attributes: true,
    });
}"""


def stream(page, app_url):
    log = open_log(page, app_url, "Fast", "text=Message 59")
    log.evaluate(WATCH)
    page.get_by_role("button", name="Stream", exact=True).click()
    page.wait_for_function("() => document.querySelector('textarea[data-testid=textbox]')?.value === 'done'")
    return log


def test_a_fast_stream_ends_showing_exactly_the_final_text(page, app_url):
    log = stream(page, app_url)
    last = log.locator("[data-testid=message]").last
    page.wait_for_function(
        "final => [...document.querySelectorAll('[data-testid=message]')].at(-1).textContent.trim() === final",
        arg=FINAL,
    )
    assert last.inner_text().strip() == FINAL
    assert log.locator("[data-streaming]").count() == 0


def test_unchanged_messages_are_not_rendered_again_nor_replaced_while_a_reply_streams(page, app_url):
    stream(page, app_url)
    rendered = page.evaluate("window.rendered")
    assert rendered, "the growing reply itself renders"
    assert not [html for html in rendered if "Message " in html]
    assert page.evaluate("window.kept.isConnected && window.kept_changes === 0")
    assert "Message 59" in page.evaluate("window.kept.textContent")
