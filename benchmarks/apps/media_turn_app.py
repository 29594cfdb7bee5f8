"""A chatbot whose history holds embedded 1024 px images, for the end-to-end media turn.

COMPONENT=messages|gradio picks MessagesChatbot or gr.Chatbot. ``/history`` builds a 100-message
history with N images on the server (what a page holds after N generated images); ``/turn`` is one
chat turn on the history the page sends back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import gradio as gr

sys.path.insert(0, str(Path(__file__).parent.parent))
from gradio_messageschatbot import MessagesChatbot
from media_turn import handler, history, pictures

IMAGES = pictures(int(os.environ.get("IMAGES", "50")))

with gr.Blocks() as demo:
    chatbot = (MessagesChatbot if os.environ.get("COMPONENT", "messages") == "messages" else gr.Chatbot)()
    count = gr.Number(precision=0)
    gr.Button("History").click(lambda n: history(IMAGES, int(n)), count, chatbot, api_name="history")
    gr.Button("Turn").click(handler, chatbot, chatbot, api_name="turn")

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_name="127.0.0.1")
