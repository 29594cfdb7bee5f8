"""One chatbot with a long history and a streaming endpoint, for end-to-end and browser benchmarks.

COMPONENT=messages|gradio picks MessagesChatbot or gr.Chatbot; HISTORY_SIZE and TOKENS size the work.
COMPONENT=none serves the same page without a chatbot (the JavaScript baseline).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import gradio as gr

sys.path.insert(0, str(Path(__file__).parent.parent))
from common import text_history
from gradio_messageschatbot import MessagesChatbot

KIND = os.environ.get("COMPONENT", "messages")
SIZE = int(os.environ.get("HISTORY_SIZE", "1000"))
TOKENS = int(os.environ.get("TOKENS", "300"))


def stream():
    """Stream TOKENS tokens into a reply after the server's own copy of the history (no upload)."""
    history = text_history(SIZE)
    history.append({"role": "assistant", "content": ""})
    for i in range(TOKENS):
        history[-1]["content"] += f"tok{i} "
        yield history


with gr.Blocks() as demo:
    gr.Textbox(label="baseline")
    if KIND != "none":
        chatbot_class = MessagesChatbot if KIND == "messages" else gr.Chatbot
        chatbot = chatbot_class(value=text_history(SIZE), label="Chat", height=600)
        gr.Button("Stream").click(stream, None, chatbot, api_name="stream")

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_name="127.0.0.1")
