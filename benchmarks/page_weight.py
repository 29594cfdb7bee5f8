"""What a page downloads for the chatbot on first load (JavaScript, CSS, fonts) with a 20-message text chat."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from conftest import CHROMIUM, CHROMIUM_FLAGS
from servers import serve_script

APP = Path(__file__).parent / "apps" / "bench_app.py"
TITLE = "Downloaded for the component on first load, 20-message text chat (page minus the same page without it)"
HEADERS = ["", "gr.Chatbot KB", "MessagesChatbot KB", "ratio ours/theirs"]
KINDS = {"JavaScript": ("script",), "CSS": ("stylesheet",), "fonts": ("font",)}
_SUFFIXES = {"script": (".js", ".mjs"), "stylesheet": (".css",), "font": (".woff", ".woff2", ".ttf")}


def _kind(response) -> str | None:
    resource = response.request.resource_type
    path = response.url.split("?")[0]
    for name, types in KINDS.items():
        if resource in types or any(path.endswith(_SUFFIXES[t]) for t in types):
            return name
    return None


def downloaded_bytes(browser, url: str) -> dict[str, int]:
    """Bytes of each kind of resource the page fetched until the network went quiet."""
    page = browser.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    sizes = dict.fromkeys(KINDS, 0)
    for response in responses:  # read while the page is open: a closed page has no bodies
        kind = _kind(response)
        if kind is not None and response.status == 200:
            sizes[kind] += len(response.body())
    page.close()
    return sizes


def run(smoke: bool, repeats: int) -> list[list]:
    from playwright.sync_api import sync_playwright

    env = {"HISTORY_SIZE": "20", "TOKENS": "1"}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        totals = {}
        for component in ("none", "gradio", "messages"):
            with serve_script(APP, env={**env, "COMPONENT": component}) as url:
                totals[component] = downloaded_bytes(browser, url)
        browser.close()
    rows = []
    for kind in [*KINDS, "all"]:
        theirs, ours = (
            sum(totals[c][k] - totals["none"][k] for k in (KINDS if kind == "all" else [kind])) / 1024
            for c in ("gradio", "messages")
        )
        rows.append([kind, theirs, ours, ours / theirs if theirs else float("nan")])
    return rows
