"""Streaming, everything the server does per yield: postprocess, then Gradio's dump, file walk, root URLs and diff.

A handler streams tokens into the last message of a history of N messages, some of them 1024 px
images; each yield is timed from the queue's call of ``Blocks.process_api`` (as it continues the
generator) to its return: the component's postprocess, Gradio's ``model_dump``, its file walks
(``async_move_files_to_cache``, twice), ``add_root_url`` and the streaming diff. The handler itself
only appends a token. The app counts as launched, so that Gradio checks every file as a served
app does. JSON and the network are left out (the diff sent is a few bytes either way).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable

import gradio as gr
from common import text_history
from gradio.state_holder import SessionState
from gradio_messageschatbot import MessagesChatbot
from media_turn import pictures

TITLE = "Streaming through Gradio: server ms per yield (postprocess, dump, file walk, diff)"
HEADERS = [
    "messages",
    "images",
    "gr.Chatbot ms/yield",
    "MessagesChatbot ms/yield",
    "speed-up",
    "ours vs 20 messages",
    "ours vs no images",
    "our postprocess share",
]
ROOT_URL = "http://127.0.0.1:7860"


def history(size: int, images: list[str]) -> list[dict]:
    """``size`` markdown messages, ``len(images)`` of them (spread evenly) an image file, then an empty reply."""
    messages = text_history(size)
    for index, path in enumerate(images):
        messages[index * size // len(images)] = {"role": "assistant", "content": {"path": path}}
    return [*messages, {"role": "assistant", "content": ""}]


def timed_postprocess(chatbot: gr.Chatbot, spent: list[float]) -> None:
    """Add the time of each of ``chatbot``'s postprocess calls to ``spent``."""
    postprocess = chatbot.postprocess

    def timed(value: object) -> object:
        start = time.perf_counter()
        try:
            return postprocess(value)
        finally:
            spent.append(time.perf_counter() - start)

    chatbot.postprocess = timed  # type: ignore[method-assign]


async def per_yield(make: Callable[[], gr.Chatbot], messages: list[dict], yields: int) -> tuple[float, float]:
    """Median ms per yield, and the share of it spent in the component's postprocess."""

    def stream(_: object):  # type: ignore[no-untyped-def]
        for token in range(yields + 2):
            messages[-1]["content"] += f"tok{token} "
            yield messages

    with gr.Blocks() as demo:
        chatbot = make()
        gr.Button().click(stream, chatbot, chatbot)
    demo.has_launched = True  # Gradio checks each file only in a launched app
    spent: list[float] = []
    timed_postprocess(chatbot, spent)
    state, fn = SessionState(demo), demo.fns[0]
    run = {"state": state, "session_hash": "bench", "event_id": "bench", "root_path": ROOT_URL}
    output = await demo.process_api(fn, [None], **run)  # the first yield: every message is new
    output = await demo.process_api(fn, [], iterator=output["iterator"], **run)  # files copied to the cache
    times = []
    spent.clear()
    for _ in range(yields):
        start = time.perf_counter()
        output = await demo.process_api(fn, [], iterator=output["iterator"], **run)
        times.append(time.perf_counter() - start)
    assert output["is_generating"], "the handler ended early"
    return statistics.median(times) * 1000, sum(spent) / sum(times)


def run(smoke: bool, repeats: int) -> list[list]:
    cases = [(5, 0), (10, 0), (10, 2)] if smoke else [(20, 0), (2000, 0), (2000, 50), (10000, 0), (10000, 50)]
    images = pictures(max(count for _, count in cases))
    ours_yields, their_yields = (2, 2) if smoke else (60, 4)
    rows, ours_by_case = [], {}
    for size, count in cases:
        ours_runs, their_runs, shares = [], [], []
        for _ in range(repeats):  # alternating, so that drift hits both alike
            theirs, _ = asyncio.run(per_yield(gr.Chatbot, history(size, images[:count]), their_yields))
            ours, share = asyncio.run(per_yield(MessagesChatbot, history(size, images[:count]), ours_yields))
            their_runs.append(theirs)
            ours_runs.append(ours)
            shares.append(share)
        ours, theirs = statistics.median(ours_runs), statistics.median(their_runs)
        ours_by_case[size, count] = ours
        growth, media = ours / ours_by_case[min(ours_by_case)], ours / ours_by_case.get((size, 0), ours)
        rows.append([size, count, theirs, ours, theirs / ours, growth, media, statistics.median(shares)])
    return rows
