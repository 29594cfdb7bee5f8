"""A reply streamed at full speed into a chat that already holds HISTORY_SIZE messages, for the page benchmark.

COMPONENT=messages|gradio|textbox: MessagesChatbot, gr.Chatbot, or the same reply into a gr.Textbox (Gradio's
floor: what its client costs for one growing value). Each stream's server share per yield is appended, in
milliseconds, to the file SERVER_TIMES names.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import gradio as gr

sys.path.insert(0, str(Path(__file__).parent.parent))
from common import text_history
from gradio_messageschatbot import MessagesChatbot

KIND = os.environ.get("COMPONENT", "messages")
SIZE = int(os.environ.get("HISTORY_SIZE", "20"))
TOKENS = int(os.environ.get("TOKENS", "100"))
SERVER_TIMES = os.environ.get("SERVER_TIMES")


def timed(values):
    """Pass ``values`` on, adding up the time spent outside the generator between yields.

    Gradio resumes a generator only once it has postprocessed, dumped and diffed the previous output and
    queued it for the page, so that time is the server's share of a yield.
    """
    outside = 0.0
    for value in values:
        left = time.perf_counter()
        yield value
        outside += time.perf_counter() - left
    if SERVER_TIMES:
        with open(SERVER_TIMES, "a") as out:
            out.write(f"{outside * 1000 / TOKENS}\n")


def replies():
    reply = ""
    for i in range(TOKENS):
        reply += f"tok{i} "
        yield reply


def stream_text():
    yield from timed(replies())


def stream_chat():
    yield from timed(chat_replies())


def chat_replies():
    history = text_history(SIZE)
    history.append({"role": "assistant", "content": ""})
    for reply in replies():
        history[-1]["content"] = reply
        yield history


with gr.Blocks() as demo:
    if KIND == "textbox":
        output = gr.Textbox(label="Reply", lines=4)
        gr.Button("Stream").click(stream_text, None, output)
    else:
        chatbot_class = MessagesChatbot if KIND == "messages" else gr.Chatbot
        chatbot = chatbot_class(value=text_history(SIZE), label="Chat", height=600)
        gr.Button("Stream").click(stream_chat, None, chatbot)

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_name="127.0.0.1")
