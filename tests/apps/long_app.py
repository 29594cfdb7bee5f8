"""A long history (HISTORY_SIZE messages) and a button that streams a reply into it."""

from __future__ import annotations

import os
import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

SIZE = int(os.environ.get("HISTORY_SIZE", "10000"))
HISTORY = [
    {"role": "user" if i % 2 == 0 else "assistant", "content": f"Message {i}: some **markdown** text"}
    for i in range(SIZE)
]


def stream(history):
    history.append({"role": "assistant", "content": ""})
    for i in range(20):
        history[-1]["content"] += f"token{i} "
        time.sleep(0.03)
        yield history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(value=HISTORY, label="Long", height=600, editable="user")
    gr.Button("Stream").click(stream, chatbot, chatbot)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
