"""A reply streamed as fast as the server can yield into a chat of 60 markdown messages, then "done"."""

from __future__ import annotations

from collections.abc import Iterator

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TOKENS = 300
FINAL = "".join(f"w{i} " for i in range(TOKENS)).strip()
HISTORY = [
    {"role": "user" if i % 2 == 0 else "assistant", "content": f"Message {i} with **markdown** and `code`."}
    for i in range(60)
]


def stream() -> Iterator[list]:
    history = [*HISTORY, {"role": "assistant", "content": ""}]
    for i in range(TOKENS):
        history[-1]["content"] += f"w{i} "
        yield history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(value=HISTORY, label="Fast", height=500)
    status = gr.Textbox(label="Status")
    gr.Button("Stream").click(stream, None, chatbot).then(lambda: "done", None, status)

if __name__ == "__main__":
    demo.launch()
