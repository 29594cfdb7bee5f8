"""One chat turn with N embedded 1024 px images in the history: the cost of media that did not change.

A turn is what the server does between two replies: preprocess the history the page sent back
(after Gradio's upload check and validation), the handler appends a question and an answer and
returns the history, postprocess. The history has 50 exchanges whatever N is; the first N answers
carry a gr.Image, the rest are text, so only the images differ between rows.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import gradio as gr
import numpy as np
from gradio_messageschatbot import MessagesChatbot
from PIL import Image

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from wire_trip import from_page, to_page

TITLE = "One turn with N embedded 1024 px PNGs in a 100-message history (preprocess -> handler -> postprocess)"
HEADERS = [
    "images",
    "gr.Chatbot ms",
    "MessagesChatbot ms",
    "speed-up",
    "ours vs 0 images",
    "ours without Gradio's upload check ms",
    "that vs 0 images",
]
EXCHANGES = 50


def pictures(count: int) -> list[str]:
    """Distinct 1024 px PNGs with detail (about 1 MB each), like generated images."""
    folder = Path(tempfile.mkdtemp())
    rng = np.random.default_rng(0)
    base = np.linspace(0, 255, 1024, dtype=np.float32)
    paths = []
    for index in range(count):
        pixels = (base[None, :, None] + base[:, None, None] * 0.5 + index * 7) % 256
        noise = rng.integers(0, 24, (1024, 1024, 3))
        path = folder / f"picture-{index}.png"
        Image.fromarray((pixels + noise).astype(np.uint8)).save(path)
        paths.append(str(path))
    return paths


def history(images: list[str], count: int) -> list[dict]:
    messages = []
    for index in range(EXCHANGES):
        messages.append({"role": "user", "content": f"Draw picture {index}"})
        answer = f"Here is picture {index}."
        content = [answer, gr.Image(images[index])] if index < count else answer
        messages.append({"role": "assistant", "content": content})
    return messages


def handler(history: list) -> list:
    return [*history, {"role": "user", "content": "One more?"}, {"role": "assistant", "content": "Sure."}]


def turn_ms(chatbot: gr.Chatbot, page_value: list) -> float:
    start = time.perf_counter()
    chatbot.postprocess(handler(from_page(chatbot, page_value)))
    return (time.perf_counter() - start) * 1000


def component_turn_ms(chatbot: gr.Chatbot, page_value: list) -> float:
    """The component's own share: Gradio's upload check (it resolves every file path) left out."""
    start = time.perf_counter()
    payload = chatbot.data_model.model_validate(page_value, context={"validate_meta": True})
    chatbot.postprocess(handler(chatbot.preprocess(payload)))
    return (time.perf_counter() - start) * 1000


def run(smoke: bool, repeats: int) -> list[list]:
    counts = [0, 2] if smoke else [0, 5, 20, 50]
    images = pictures(max(counts))
    rows, baseline, own_baseline = [], None, None
    for count in counts:
        value = history(images, count)
        ours_chatbot, theirs_chatbot = MessagesChatbot(), gr.Chatbot()
        ours_page, theirs_page = to_page(ours_chatbot, value), to_page(theirs_chatbot, value)
        turn_ms(ours_chatbot, ours_page)  # warm: the first turn builds each kind of component once
        theirs_runs = [turn_ms(theirs_chatbot, theirs_page) for _ in range(1 if count >= 20 else repeats)]
        ours_runs = [turn_ms(ours_chatbot, ours_page) for _ in range(max(repeats, 5))]
        own_runs = [component_turn_ms(ours_chatbot, ours_page) for _ in range(max(repeats, 5))]
        ours, theirs, own = (statistics.median(runs) for runs in (ours_runs, theirs_runs, own_runs))
        baseline, own_baseline = baseline or ours, own_baseline or own
        rows.append([count, theirs, ours, theirs / ours, ours / baseline, own, own / own_baseline])
    return rows


STREAM_TITLE = "One streamed token into a history with 20 images: files read or written"


def streamed_token_touches_no_image() -> bool:
    """Count file opens of the images while a reply streams into a history with 20 of them."""
    import builtins

    images = pictures(20)
    chatbot = MessagesChatbot()
    received = from_page(chatbot, to_page(chatbot, history(images, 20)))
    reply = {"role": "assistant", "content": ""}
    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    builtins.open = watching_open
    try:
        for token in ("a", "b", "c"):
            reply["content"] += token
            chatbot.postprocess([*received, reply])
    finally:
        builtins.open = real_open
    return not any("picture-" in name or "/gradio/" in name for name in opened)


if __name__ == "__main__":
    from common import print_table

    print_table(TITLE, HEADERS, run(smoke="--smoke" in sys.argv, repeats=3))
    print(f"\n{STREAM_TITLE}: {'none' if streamed_token_touches_no_image() else 'SOME'}")
