"""One MessagesChatbot whose handler streams TOKENS tokens into the history each client sent.

For benchmarks/memory.py: the history arrives from the client, so every session converts its own
long history, as when many people continue long chats at once. /stats tells the benchmark which
process to watch. STATE_SESSIONS is Gradio's own `state_session_capacity` (10000 by default): how
many sessions' last input and output values Gradio keeps, whatever the component does.
"""

from __future__ import annotations

import os
import sys
import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TOKENS = int(os.environ.get("TOKENS", "10"))
STATE_SESSIONS = int(os.environ.get("STATE_SESSIONS", "10000"))


def stream(history):
    history.append({"role": "assistant", "content": ""})
    for i in range(TOKENS):
        history[-1]["content"] += f"tok{i} "
        time.sleep(0.01)
        yield history


def stats() -> dict:
    """The server's pid (RSS is read from /proc) and the memory blocks Python holds right now."""
    return {"pid": os.getpid(), "python_blocks": sys.getallocatedblocks()}


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    gr.Button("stream").click(stream, chatbot, chatbot, api_name="stream", concurrency_limit=None)
    gr.Button("stats").click(stats, None, gr.JSON(), api_name="stats")

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_name="127.0.0.1", state_session_capacity=STATE_SESSIONS)
