"""Feedback with an optional comment, and feedback saved with a history shown when the history is loaded."""

from __future__ import annotations

import json
import threading

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

HISTORY = [{"role": "user", "content": "What is 2 + 2?"}, {"role": "assistant", "content": "It is 4."}]
SAVED = [
    {"role": "user", "content": "Capital of France?"},
    {"role": "assistant", "content": "Paris."},
    {"role": "user", "content": "And of Peru?"},
    {"role": "assistant", "content": "Quito."},
]


def on_like(data: gr.LikeData):
    return json.dumps({"index": data.index, "value": data.value, "liked": data.liked}, sort_keys=True)


# The "Slow" chat's like handler holds each rating until "Release" is clicked: a comment is sent meanwhile.
released = threading.Event()
slow_likes: list[dict] = []


def on_slow_like(data: gr.LikeData):
    released.wait()
    slow_likes.append({"liked": data.liked, "value": data.value})
    return json.dumps(slow_likes, sort_keys=True)


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(HISTORY, label="Chat", feedback_comment=True, height=400)
    report = gr.Textbox(label="report", elem_id="report")
    chatbot.like(on_like, None, report)
    gr.Button("Load saved chat").click(
        lambda: gr.update(value=SAVED, feedback_value=["Like", "Dislike"]), None, chatbot
    )

    slow = MessagesChatbot(HISTORY, label="Slow", feedback_comment=True, height=300)
    slow_report = gr.Textbox(label="slow report", elem_id="slow-report")
    slow.like(on_slow_like, None, slow_report)
    gr.Button("Release").click(released.set)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
