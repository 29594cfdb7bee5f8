"""A history a hostile client could send: a 1,000-deep thought chain and thoughts that name each other."""

from __future__ import annotations

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

CHAIN = 1_000


def thought(text: str, **metadata) -> dict:
    return {"role": "assistant", "content": text, "metadata": {"status": "done", **metadata}}


HISTORY = [
    {"role": "user", "content": "Think very hard"},
    *(thought(f"Step {i} text", title=f"Step {i}", id=f"s{i}", parent_id=f"s{i - 1}") for i in range(CHAIN)),
    {"role": "assistant", "content": "Deep answer"},
    {"role": "user", "content": "Now go round in circles"},
    thought("Ping text", title="Ping", id="ping", parent_id="pong"),
    thought("Pong text", title="Pong", id="pong", parent_id="ping"),
    thought("Mirror text", title="Mirror", id="mirror", parent_id="mirror"),
    {"role": "assistant", "content": "Circular answer"},
]

with gr.Blocks() as demo:
    MessagesChatbot(value=HISTORY, label="Thoughts", height=600)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
