"""Streaming reads well: a half-written fence never shows raw backticks, a cursor ends the growing
reply until it is done, and LaTeX renders with the usual delimiters while prices stay text."""

from __future__ import annotations

import json

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "streaming_app.py"

# After each token of the app's TOKENS: the prose shown, and the code block's text (None: no block yet).
STEPS = [
    ("Here is", None),
    ("Here is code:", None),
    ("Here is code:", None),  # "\n`": the start of a fence is held back
    ("Here is code:", None),  # "``"
    ("Here is code:", ""),  # "```py": an empty code block, closed for now
    ("Here is code:", "print"),
    ("Here is code:", "print(1)"),
    ("Here is code:", "print(1)"),  # "\n`": half a closing fence is not code
    ("Here is code:", "print(1)"),  # "``": the fence closes itself
    ("Done", "print(1)"),
    ("right", "print(1)"),  # a table from its header row
    ("right", "print(1)"),  # "| --": half a delimiter row
    ("right", "print(1)"),
    ("2", "print(1)"),
    ("4", "print(1)"),
]

# The growing reply's text and code, and its cursors (a ::after drawn as an inline block).
STATE = """log => {
    const md = [...log.querySelectorAll('[data-testid=message] .md')].at(-1);
    const code = md.querySelector('pre code');
    const cursors = [md, ...md.querySelectorAll('*')].filter(element => {
        const after = getComputedStyle(element, '::after');
        return after.content === '""' && after.display === 'inline-block';
    });
    return {
        text: md.textContent,
        code: code ? code.textContent.trim() : null,
        cursors: cursors.length,
        blink: cursors.length ? getComputedStyle(cursors[0], '::after').animationName : null,
    };
}"""

# Every state the reply's markdown goes through, recorded as it renders.
RECORD = """log => {
    window.rendered = [];
    new MutationObserver(() => {
        const md = [...log.querySelectorAll('[data-testid=message] .md')].at(-1);
        if (md) window.rendered.push(md.textContent);
    }).observe(log, { subtree: true, childList: true, characterData: true });
}"""

app_url = served_app(APP)


def start(page, app_url):
    log = open_log(page, app_url, "Stream", "text=Show me code")
    log.evaluate(RECORD)
    page.get_by_role("button", name="Stream", exact=True).click()
    return log


def send(page, count: int) -> None:
    page.get_by_role("button", name="Next").click()
    page.wait_for_function(f"() => document.querySelector('textarea[data-testid=textbox]')?.value === '{count}'")


def wait_for_state(page, condition: str) -> None:
    """Wait until `condition`, a JS expression of `state` (see STATE), holds for the growing reply."""
    log = "document.querySelector('[role=log][aria-label=Stream]')"
    page.wait_for_function(f"() => (state => {condition})(({STATE})({log}))")


def step(page, log, count: int) -> dict:
    """Send token `count` and wait until the reply shows it; return the reply's state."""
    prose, code = STEPS[count - 1]
    send(page, count)
    wait_for_state(page, f"state.text.includes({json.dumps(prose)}) && state.code === {json.dumps(code)}")
    return log.evaluate(STATE)


def test_an_unclosed_fence_streams_without_raw_backticks(page, app_url):
    log = start(page, app_url)
    for count in range(1, len(STEPS) + 1):
        state = step(page, log, count)
        assert "`" not in state["text"] and "|" not in state["text"], (count, state)
    page.wait_for_function("() => !document.querySelector('[data-streaming]')")
    assert log.evaluate(STATE)["text"].strip().endswith("4")
    rendered = log.evaluate("() => window.rendered")
    assert rendered and not [text for text in rendered if "`" in text or "|" in text]


def test_the_cursor_shows_while_streaming_and_is_gone_after(page, app_url):
    log = start(page, app_url)
    for count in range(1, len(STEPS)):
        state = step(page, log, count)
        assert state["cursors"] == 1 and state["blink"] != "none", (count, state)
    send(page, len(STEPS))
    wait_for_state(page, "state.cursors === 0")
    assert not log.locator("[data-streaming]").count()


def test_the_cursor_does_not_blink_for_reduced_motion(page, app_url):
    page.emulate_media(reduced_motion="reduce")
    log = start(page, app_url)
    state = step(page, log, 1)
    assert state["cursors"] == 1 and state["blink"] == "none"
    for count in range(2, len(STEPS) + 1):
        send(page, count)


def test_latex_delimiters_render_by_default_and_prices_stay_text(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Math")
    messages = log.locator("[data-testid=message]")
    math = messages.first
    math.locator(".katex").nth(3).wait_for()
    assert math.locator(".katex-display").count() == 2  # \[...\] and $$...$$
    assert math.locator(".katex").count() == 4
    assert "$" not in math.inner_text()
    price = messages.nth(1)
    assert price.inner_text().strip() == "It costs $5 and $10."
    assert price.locator(".katex").count() == 0
