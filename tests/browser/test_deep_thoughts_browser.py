"""Thoughts nested 1,000 deep, or naming each other in a loop, cannot take the chat log down."""

from __future__ import annotations

import pytest
from paths import APPS
from servers import serve_script

pytestmark = pytest.mark.browser

APP = APPS / "deep_thoughts_app.py"
MAX_THOUGHT_DEPTH = 8  # as in frontend/model/history.ts

# How many thoughts enclose the most deeply nested one (itself included).
DEEPEST_NESTING = """log => Math.max(0, ...[...log.querySelectorAll("[data-testid=thought]")].map(thought => {
    let depth = 0;
    for (let t = thought; t; t = t.parentElement.closest("[data-testid=thought]")) depth++;
    return depth;
}))"""


def thoughts_around(log, text: str):
    """The thoughts that hold `text`, outermost first."""
    return log.get_by_test_id("thought").filter(has=log.page.get_by_text(text, exact=True))


def test_a_deep_chain_and_cycles_render_within_the_depth_limit(page):
    with serve_script(APP) as url:
        page.goto(url)
        log = page.get_by_role("log", name="Thoughts")
        for text in ("Think very hard", "Deep answer", "Now go round in circles", "Circular answer"):
            log.get_by_text(text, exact=True).wait_for()

        assert log.evaluate(DEEPEST_NESTING) == MAX_THOUGHT_DEPTH
        # Each thought of a cycle shows once; only one naming an earlier thought nests.
        assert thoughts_around(log, "Ping text").count() == 1
        assert thoughts_around(log, "Pong text").count() == 2
        assert thoughts_around(log, "Mirror text").count() == 1

        # A reader opens the thoughts around the last step, one level at a time.
        around_last_step = thoughts_around(log, "Step 999 text").all()
        assert len(around_last_step) == MAX_THOUGHT_DEPTH
        for thought in around_last_step:
            thought.locator("summary").first.click()
        assert log.get_by_text("Step 999 text", exact=True).is_visible()
