"""Headless Chromium: a reply streamed at full speed into a long chat, from the click until its last token shows.

The same 100 tokens go into gr.Textbox (Gradio's floor: its client and one value), gr.Chatbot and
MessagesChatbot, alternated in one run, at each history size. The page is asked once per frame whether the
last token is on screen, so the time ends with the frame that paints it. Beside it: the server's share of
a yield (the time Gradio keeps the handler waiting), and the page's main-thread time in the same span (CDP's
TaskDuration), which tells the page's own work from waiting for the server.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from common import LAST_MARKER

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from conftest import CHROMIUM, CHROMIUM_FLAGS
from servers import serve_script

APP = Path(__file__).parent / "apps" / "page_stream_app.py"
TITLE = "Streaming in the page (headless Chromium): ms per token, click to last token shown"
HEADERS = [
    "messages",
    "gr.Textbox",
    "gr.Chatbot",
    "MessagesChatbot",
    "ours/floor",
    "ours/gr.Chatbot",
    "ours/ours at 20",
    "server ms/yield (ours)",
    "floor page busy ms/token",
    "ours page busy ms/token",
]
# Where each kind's streamed text shows: the reply's element, looked up once per frame.
REPLY = {
    "textbox": "[...document.querySelectorAll('textarea')].at(-1)?.value",
    "gradio": "[...document.querySelectorAll('[data-testid=bot]')].at(-1)?.textContent",
    "messages": "[...document.querySelectorAll('[data-testid=message]')].at(-1)?.textContent",
}
# Starts the stream from the page itself, so the clock starts at the click, and stops it in the first
# animation frame whose DOM holds the last token.
CLICK_AND_WATCH = """([last]) => new Promise(resolve => {
    const start = performance.now();
    const shown = () => (REPLY ?? '').includes(last);
    const watch = () => shown() ? resolve(performance.now() - start) : requestAnimationFrame(watch);
    [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Stream').click();
    requestAnimationFrame(watch);
})"""


def ms_per_token(browser, url: str, kind: str, tokens: int) -> tuple[float, float]:
    """Click to last token shown, and the page's main-thread time in that span, each per token."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(url)
        ready = "button:has-text('Stream')" if kind == "textbox" else f"text={LAST_MARKER}"
        page.locator(ready).first.wait_for(state="visible", timeout=300_000)
        page.wait_for_timeout(500)  # the first paint's stragglers (grammars, fonts) settle
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")

        def busy_ms() -> float:
            metrics = cdp.send("Performance.getMetrics")["metrics"]
            return 1000 * next(m["value"] for m in metrics if m["name"] == "TaskDuration")

        before = busy_ms()
        elapsed = page.evaluate(CLICK_AND_WATCH.replace("REPLY", REPLY[kind]), [f"tok{tokens - 1} "])
        return elapsed / tokens, (busy_ms() - before) / tokens
    finally:
        page.close()


def serve(kind: str, size: int, tokens: int, times: Path):
    """One app; ours records its server share per yield in ``times``."""
    env = {"COMPONENT": kind, "HISTORY_SIZE": str(size), "TOKENS": str(tokens)}
    if kind == "messages":
        env["SERVER_TIMES"] = str(times)
    return serve_script(APP, env=env)


def run(smoke: bool, repeats: int) -> list[list]:
    from playwright.sync_api import sync_playwright

    sizes = [20, 40] if smoke else [20, 2000, 10000]
    tokens = 5 if smoke else 100
    # gr.Chatbot re-renders its whole history per update (~1.3 s per token at 2,000 messages): fewer tokens
    # there, and none at 10,000 (a single run would take tens of minutes).
    their_tokens = {20: tokens, 40: tokens, 2000: 10}
    rows = []
    ours_at_first = None
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as scratch:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for size in sizes:
            times = Path(scratch) / f"server-{size}.txt"
            kinds = {"textbox": tokens, "messages": tokens}
            if size in their_tokens:
                kinds["gradio"] = their_tokens[size]
            runs: dict[str, list[float]] = {kind: [] for kind in kinds}
            busy: dict[str, list[float]] = {kind: [] for kind in kinds}
            with ExitStack() as stack:
                urls = {kind: stack.enter_context(serve(kind, size, count, times)) for kind, count in kinds.items()}
                for _ in range(repeats):
                    for kind, count in kinds.items():
                        shown, page_busy = ms_per_token(browser, urls[kind], kind, count)
                        runs[kind].append(shown)
                        busy[kind].append(page_busy)
            floor, ours = statistics.median(runs["textbox"]), statistics.median(runs["messages"])
            theirs = statistics.median(runs["gradio"]) if runs.get("gradio") else None
            ours_at_first = ours_at_first or ours
            server = statistics.median(float(line) for line in times.read_text().split())
            rows.append(
                [
                    size,
                    floor,
                    theirs if theirs is not None else "not run",
                    ours,
                    ours / floor,
                    ours / theirs if theirs is not None else "",
                    ours / ours_at_first,
                    server,
                    statistics.median(busy["textbox"]),
                    statistics.median(busy["messages"]),
                ]
            )
        browser.close()
    return rows
