"""Tool calls in Chromium: each state looks different, and Approve / Deny reach the Python handler."""

from __future__ import annotations

import json

import pytest
from pages import open_log, small_controls
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "tools_app.py"

# call id -> (title, badge text, spins, open at first)
STATES = {
    "input-streaming": ("Tool: search", "Preparing", True, True),
    "running": ("Tool: fetch_page", "Running", True, True),
    "done": ("Tool: get_weather", "Done", False, False),
    "error": ("Tool: read_file", "Error", False, True),
    "denied": ("Tool: send_email", "Denied", False, False),
    "awaiting-approval": ("Tool: delete_files", "Awaiting approval", False, True),
}

app_url = served_app(APP)


@pytest.fixture
def log(page, app_url):
    return open_log(page, app_url, "Tools", "[data-tool-state=awaiting-approval]")


def call(log, state: str):
    return log.locator(f"[data-testid=thought][data-tool-state={state}]")


def test_each_state_has_its_badge_spinner_and_look(log, artifacts):
    badges = {}
    for state, (title, badge, spins, is_open) in STATES.items():
        thought = call(log, state)
        assert thought.count() == 1, state
        assert title in thought.locator(":scope > summary").inner_text()
        assert thought.get_by_test_id("tool-state").inner_text() == badge
        assert thought.locator(":scope > summary [role=status]").count() == (1 if spins else 0), state
        assert thought.evaluate("details => details.open") == is_open, state
        badges[state] = thought.get_by_test_id("tool-state").evaluate("badge => getComputedStyle(badge).color")
    assert len(set(badges.values()) - {badges["running"]}) >= 3  # done, error, denied each in their own colour
    error = call(log, "error")
    assert "FileNotFoundError: /nope.txt" in error.inner_text()  # the error shows without a click
    assert error.evaluate("t => getComputedStyle(t).borderColor") != call(log, "done").evaluate(
        "t => getComputedStyle(t).borderColor"
    )
    assert (
        call(log, "denied").get_by_test_id("tool-state").evaluate("b => getComputedStyle(b).textDecorationLine")
        == "line-through"
    )
    assert "(1.2s)" in error.locator(":scope > summary").inner_text()  # the duration
    call(log, "done").locator(":scope > summary").click()
    assert '"temperature": 4' in call(log, "done").inner_text()  # arguments and result, once opened
    assert '"city": "Oslo"' in call(log, "done").inner_text()
    # Arguments are code, not markdown: no link made of an address, no emphasis made of a glob.
    denied = call(log, "denied")
    denied.locator(":scope > summary").click()
    assert denied.get_by_test_id("tool-arguments").inner_text() == '{\n  "to": "boss@example.org"\n}'
    assert denied.locator("a").count() == 0
    assert call(log, "awaiting-approval").get_by_test_id("tool-arguments").inner_text() == '{\n  "glob": "*.tmp"\n}'
    log.page.locator("#tools").screenshot(path=str(artifacts / "tool_states.png"))  # demo/screenshot-tools.png


def test_only_the_call_awaiting_approval_has_the_buttons(log):
    assert log.get_by_role("button", name="Approve").count() == 1
    assert call(log, "awaiting-approval").get_by_role("button", name="Approve").count() == 1


def test_headers_and_decisions_are_at_least_24_px(log):
    assert small_controls(log) == []


def reported(page) -> dict:
    page.wait_for_function("document.querySelector('#report textarea').value !== ''", timeout=15_000)
    return json.loads(page.locator("#report textarea").input_value())


@pytest.mark.parametrize(("button", "approved", "after"), [("Approve", True, "done"), ("Deny", False, "denied")])
def test_a_decision_reaches_the_handler_and_the_call_moves_on(log, button, approved, after):
    pending = call(log, "awaiting-approval")
    pending.get_by_role("button", name=button).click()
    assert reported(log.page) == {
        "index": 8,
        "id": "c6",
        "name": "delete_files",
        "arguments": '{"glob": "*.tmp"}',
        "approved": approved,
    }
    delete = log.locator("[data-testid=thought]", has_text="Tool: delete_files")
    delete.and_(log.locator(f"[data-tool-state={after}]")).wait_for()
    assert log.get_by_role("button", name="Approve").count() == 0
    assert ("3 files deleted" in delete.text_content()) == approved  # inside the folded call


def test_approving_one_of_the_pending_calls_leaves_the_others_as_they_were_and_a_denied_call_folds(page, app_url):
    """The handler inserts a result after the approved call (as the demo does): the page's state for each call
    (open, folded by the user, its buttons) follows the call, not its position."""
    log = open_log(page, app_url, "Pending calls", "[data-tool-state=awaiting-approval]")
    calls = {
        name: log.locator("[data-testid=thought][data-tool-state]", has_text=f'"{name}"')
        for name in ("one", "two", "three")
    }
    calls["three"].locator("summary").click()  # the user folds the third call
    page.wait_for_function(
        "() => [...document.querySelectorAll('details')].some(d => d.textContent.includes('three') && !d.open)"
    )
    calls["one"].get_by_role("button", name="Approve").click()
    calls["one"].and_(log.locator("[data-tool-state=done]")).wait_for()
    log.get_by_text("Cleaned").wait_for(state="attached")
    is_open = {name: call.evaluate("details => details.open") for name, call in calls.items()}
    assert is_open == {"one": False, "two": True, "three": False}  # done folds; the others as they were
    assert calls["two"].get_by_role("button", name="Approve").is_enabled()
    calls["two"].get_by_role("button", name="Deny").click()
    calls["two"].and_(log.locator("[data-tool-state=denied]")).wait_for()
    assert calls["two"].evaluate("details => details.open") is False  # denied: folded
