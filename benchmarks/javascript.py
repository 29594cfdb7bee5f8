"""JavaScript a page downloads for the chatbot before any message needs a heavy renderer."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from conftest import CHROMIUM, CHROMIUM_FLAGS
from servers import serve_script

APP = Path(__file__).parent / "apps" / "bench_app.py"
TITLE = "JavaScript downloaded for the component (page minus the same page without a chatbot)"
HEADERS = ["", "gr.Chatbot KB", "MessagesChatbot KB", "ratio ours/theirs"]


def script_bytes(browser, url: str) -> int:
    page = browser.new_page()
    sizes: list[int] = []

    def record(response) -> None:
        if response.request.resource_type == "script" or response.url.split("?")[0].endswith((".js", ".mjs")):
            try:
                sizes.append(len(response.body()))
            except Exception:  # a response without a body (redirect) carries no script
                pass

    page.on("response", record)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.close()
    return sum(sizes)


def run(smoke: bool, repeats: int) -> list[list]:
    from playwright.sync_api import sync_playwright

    env = {"HISTORY_SIZE": "4", "TOKENS": "1"}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        totals = {}
        for kind in ("none", "gradio", "messages"):
            with serve_script(APP, env={**env, "COMPONENT": kind}) as url:
                totals[kind] = script_bytes(browser, url)
        browser.close()
    theirs = (totals["gradio"] - totals["none"]) / 1024
    ours = (totals["messages"] - totals["none"]) / 1024
    return [["text-only history", theirs, ours, ours / theirs if theirs else float("nan")]]
