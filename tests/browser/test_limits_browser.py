"""A 10 MB message and a message with 500 files neither crash the server nor the page."""

from __future__ import annotations

import pytest
from paths import APPS
from servers import serve_script

pytestmark = pytest.mark.browser

APP = APPS / "limits_app.py"


def heap_mb(page) -> float:
    session = page.context.new_cdp_session(page)
    return session.send("Runtime.getHeapUsage")["usedSize"] / 2**20


def test_a_message_with_500_files(page):
    with serve_script(APP, env={"LIMIT": "files"}) as url:
        page.goto(url)
        log = page.get_by_role("log", name="Limits")
        log.get_by_text("file-499.txt").wait_for(timeout=60_000)
        assert log.get_by_test_id("file-card").count() == 500
        print(f"\n500 files: page JS heap {heap_mb(page):.0f} MB")


def test_a_ten_megabyte_message(page):
    with serve_script(APP, env={"LIMIT": "text"}) as url:
        page.goto(url)
        log = page.get_by_role("log", name="Limits")
        log.get_by_text("END-OF-BIG-MESSAGE").wait_for(timeout=120_000)
        assert page.evaluate("1 + 1") == 2  # the page still answers
        # Too long for markdown: shown as plain text, with a note that says so (through the strings module).
        log.get_by_text("This message is too long to format (10000 thousand characters)").wait_for()
        print(f"\n10 MB message: page JS heap {heap_mb(page):.0f} MB")
