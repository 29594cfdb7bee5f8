"""Open a served app in a browser test's page."""

from __future__ import annotations


def open_log(page, url: str, name: str, ready: str = "[data-testid=message]"):
    """Load ``url`` and give its chat log named ``name`` once the last element ``ready`` selects in it shows."""
    page.goto(url)
    log = page.get_by_role("log", name=name)
    log.locator(ready).last.wait_for()
    return log
