"""Message text that attacks the page rather than running script: nesting that overflows the
markdown parser, backtick runs that once made a regular expression take minutes, an element that
covers the page, math that stretches the log."""

from __future__ import annotations

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

BACKTICKS = "".join("`" * (n % 40 + 1) + "a" for n in range(1000))  # ~20 KB of runs of every length

HISTORY = [
    {"role": "user", "content": "FIRST message"},
    {"role": "assistant", "content": ">" * 3000 + " deep quote"},
    {"role": "assistant", "content": f"Ticks $x$ {BACKTICKS}"},
    {
        "role": "assistant",
        "content": 'Cover: <div id="cover" style="position:fixed;inset:0;z-index:99999;background:red">COVER</div>',
    },
    {"role": "assistant", "content": "Tall math: $$\\rule{5000em}{5000em}$$"},
    {"role": "user", "content": "LAST message"},
]

with gr.Blocks() as demo:
    MessagesChatbot(value=HISTORY, label="Hostile", height=600)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
