"""Streaming cost: postprocess after each token appended to the last message, in ms per token."""

from __future__ import annotations

import time

import gradio as gr
from common import alternate, text_history
from gradio_messageschatbot import MessagesChatbot

TITLE = "Streaming: postprocess after each token"
HEADERS = ["messages", "tokens", "gr.Chatbot ms/token", "MessagesChatbot ms/token", "speed-up"]


def ms_per_token(chatbot: gr.Chatbot, size: int, tokens: int) -> float:
    messages = text_history(size)
    messages.append({"role": "assistant", "content": ""})
    chatbot.postprocess(messages)
    start = time.perf_counter()
    for i in range(tokens):
        messages[-1]["content"] += f"tok{i} "
        chatbot.postprocess(messages)
    return (time.perf_counter() - start) * 1000 / tokens


def run(smoke: bool, repeats: int) -> list[list]:
    sizes, tokens = ([5, 10], 3) if smoke else ([200, 2000, 20000], 300)
    rows = []
    for size in sizes:
        ours, theirs = alternate(
            repeats,
            lambda size=size: ms_per_token(MessagesChatbot(), size, tokens),
            lambda size=size: ms_per_token(gr.Chatbot(), size, tokens),
        )
        rows.append([size, tokens, theirs, ours, theirs / ours])
    return rows
