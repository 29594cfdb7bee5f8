"""Headless Chromium: time to show a long history, and main-thread time per streamed update."""

from __future__ import annotations

import sys
from pathlib import Path

from common import LAST_MARKER, alternate

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from conftest import CHROMIUM, CHROMIUM_FLAGS
from servers import serve_script

APP = Path(__file__).parent / "apps" / "bench_app.py"
TITLE = "Browser (headless Chromium)"
HEADERS = ["measure", "gr.Chatbot", "MessagesChatbot", "speed-up"]


def ms_until_last_message(browser, url: str) -> float:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(url)
        page.get_by_text(LAST_MARKER).first.wait_for(state="visible", timeout=180_000)
        return page.evaluate("performance.now()")
    finally:
        page.close()


def main_thread_ms_per_update(browser, url: str, tokens: int) -> float:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(url)
        page.get_by_text(LAST_MARKER).first.wait_for(state="visible", timeout=180_000)
        session = page.context.new_cdp_session(page)
        session.send("Performance.enable")

        def busy_seconds() -> float:
            metrics = session.send("Performance.getMetrics")["metrics"]
            return next(m["value"] for m in metrics if m["name"] == "TaskDuration")

        before = busy_seconds()
        page.get_by_role("button", name="Stream").click()
        page.get_by_text(f"tok{tokens - 1}").first.wait_for(timeout=180_000)
        page.wait_for_timeout(300)  # let the last update finish rendering
        return (busy_seconds() - before) * 1000 / tokens
    finally:
        page.close()


def run(smoke: bool, repeats: int) -> list[list]:
    from playwright.sync_api import sync_playwright

    sizes, tokens = ([20, 40], 5) if smoke else ([20, 1000, 10000], 100)
    streamed_at = sizes[0] if smoke else 1000
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for size in sizes:
            env = {"HISTORY_SIZE": str(size), "TOKENS": str(tokens)}
            with (
                serve_script(APP, env={**env, "COMPONENT": "messages"}) as ours_url,
                serve_script(APP, env={**env, "COMPONENT": "gradio"}) as theirs_url,
            ):
                ours, theirs = alternate(
                    repeats,
                    lambda: ms_until_last_message(browser, ours_url),
                    lambda: ms_until_last_message(browser, theirs_url),
                )
                rows.append([f"ms until message {size} shows", theirs, ours, theirs / ours])
                if size == streamed_at:
                    ours, theirs = alternate(
                        repeats,
                        lambda: main_thread_ms_per_update(browser, ours_url, tokens),
                        lambda: main_thread_ms_per_update(browser, theirs_url, tokens),
                    )
                    rows.append([f"main-thread ms per update at {size}", theirs, ours, theirs / ours])
        browser.close()
    return rows
