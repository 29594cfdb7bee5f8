"""The media turn of ``media_turn`` through a running app: from the HTTP request to the last event.

What a page or an API client waits for, with everything Gradio does around the component:
its upload check and file cache in both directions, JSON, the queue.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from servers import call_raw, last_event, serve_script

TITLE = "One turn with N embedded 1024 px PNGs, through a running server (HTTP request to last event)"
HEADERS = ["images", "gr.Chatbot ms", "MessagesChatbot ms", "speed-up", "ours vs 0 images"]
APP = Path(__file__).parent / "apps" / "media_turn_app.py"


def served_turn_ms(url: str, page_value: list) -> float:
    start = time.perf_counter()
    kind, _ = last_event(call_raw(url, "turn", [page_value]))
    elapsed = (time.perf_counter() - start) * 1000
    assert kind == "complete", "the turn failed"
    return elapsed


def run(smoke: bool, repeats: int) -> list[list]:
    counts = [0, 2] if smoke else [0, 5, 20, 50]
    env = {"IMAGES": str(max(counts))}
    with (
        serve_script(APP, env={**env, "COMPONENT": "messages"}) as ours_url,
        serve_script(APP, env={**env, "COMPONENT": "gradio"}) as theirs_url,
    ):
        rows, baseline = [], None
        for count in counts:
            ours_page, theirs_page = (
                last_event(call_raw(url, "history", [count]))[1][0] for url in (ours_url, theirs_url)
            )
            served_turn_ms(ours_url, ours_page)  # warm
            ours = statistics.median(served_turn_ms(ours_url, ours_page) for _ in range(max(repeats, 5)))
            theirs = statistics.median(
                served_turn_ms(theirs_url, theirs_page) for _ in range(1 if count >= 20 else repeats)
            )
            baseline = baseline or ours
            rows.append([count, theirs, ours, theirs / ours, ours / baseline])
    return rows
