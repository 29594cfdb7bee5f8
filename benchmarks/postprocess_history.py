"""Postprocess of a whole history (markdown with code, some files and components), from cold."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import gradio as gr
from common import alternate, text_history
from gradio_messageschatbot import MessagesChatbot

TITLE = "Postprocess of a history with files and images (fresh component each time)"
HEADERS = ["messages", "gr.Chatbot ms", "MessagesChatbot ms", "speed-up"]


def history(size: int) -> list[dict]:
    from PIL import Image

    folder = Path(tempfile.mkdtemp())
    image = folder / "image.png"
    Image.new("RGB", (32, 32), "teal").save(image)
    notes = folder / "notes.txt"
    notes.write_text("notes")
    messages = text_history(size)
    for i in range(0, size, 50):
        messages[i]["content"] = [messages[i]["content"], {"path": str(notes)}]
    for i in range(25, size, 100):
        messages[i] = {"role": "assistant", "content": gr.Image(str(image))}
    return messages


def run(smoke: bool, repeats: int) -> list[list]:
    size = 20 if smoke else 2000
    messages = history(size)

    def timed(make: type[gr.Chatbot]) -> float:
        chatbot = make()
        start = time.perf_counter()
        chatbot.postprocess(messages)
        return (time.perf_counter() - start) * 1000

    ours, theirs = alternate(repeats, lambda: timed(MessagesChatbot), lambda: timed(gr.Chatbot))
    return [[size, theirs, ours, theirs / ours]]
