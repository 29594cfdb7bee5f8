"""What browser tests do with a served app's page: open its chat log, release streamed tokens."""

from __future__ import annotations


def open_log(page, url: str, name: str, ready: str = "[data-testid=message]"):
    """Load ``url`` and give its chat log named ``name`` once the last element ``ready`` selects in it shows."""
    page.goto(url)
    log = page.get_by_role("log", name=name)
    log.locator(ready).last.wait_for()
    return log


def stream_next_token(page, count: int) -> None:
    """Click "Next" in an app that streams a token per click and counts them in "Sent"; wait for ``count``."""
    page.get_by_role("button", name="Next").click()
    page.wait_for_function(f"() => document.querySelector('textarea[data-testid=textbox]')?.value === '{count}'")
