"""The agent guide's pictures of the controls (stop button, feedback comment, answer versions), from the demo.

Run with `.venv/bin/python scripts/agent_screenshots.py`; the pictures land in demo/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))  # the tests' support modules

from chromium import CHROMIUM, CHROMIUM_FLAGS
from paths import ROOT
from servers import serve_script

DEMO = ROOT / "demo"


def open_demo(browser, url):
    page = browser.new_page(viewport={"width": 900, "height": 760})
    page.goto(url)
    log = page.get_by_role("log", name="Assistant")
    log.locator("[data-testid=message]").last.wait_for()
    return page, log


def stop_picture(browser, url) -> Path:
    page, log = open_demo(browser, url)
    page.get_by_placeholder("Type a message and press Enter").fill("Show me everything")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Stop").wait_for()
    log.get_by_text("I will look up", exact=False).wait_for()
    path = DEMO / "screenshot-stop.png"
    page.locator("#demo-chatbot").screenshot(path=path)
    page.get_by_role("button", name="Stop").click()
    page.close()
    return path


def feedback_comment_picture(browser, url) -> Path:
    page, log = open_demo(browser, url)
    reply = log.locator("[data-role=assistant]").last
    reply.get_by_role("button", name="Dislike").click()
    reply.get_by_role("textbox", name="Comment on your feedback").fill("The file should be a PDF")
    path = DEMO / "screenshot-feedback-comment.png"
    page.locator("#demo-chatbot").screenshot(path=path)
    page.close()
    return path


def versions_picture(browser, url) -> Path:
    page, log = open_demo(browser, url)
    log.locator("[data-role=assistant]").last.get_by_role("button", name="Retry").click()
    pager = log.get_by_test_id("version-pager")
    pager.get_by_text("2/2").wait_for()
    log.get_by_text("I will look up", exact=False).wait_for()
    page.get_by_role("button", name="Stop").click()
    page.get_by_role("button", name="Stop").wait_for(state="detached")
    pager.get_by_role("button", name="Previous version").click()
    pager.get_by_text("1/2").wait_for()
    path = DEMO / "screenshot-versions.png"
    page.locator("#demo-chatbot").screenshot(path=path)
    page.close()
    return path


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        with serve_script(DEMO / "app.py", env={"DEMO_TOKEN_DELAY": "0.2"}) as url:
            print(stop_picture(browser, url))
            print(feedback_comment_picture(browser, url))
            print(versions_picture(browser, url))
        browser.close()


if __name__ == "__main__":
    main()
