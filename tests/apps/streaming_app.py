"""A reply the test streams one token per click of "Next" (so each step can be checked), and LaTeX examples."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TOKENS = ["Here is", " code:", "\n`", "`", "`py", "\nprint", "(1)", "\n`", "``", "\nDone"]
TOKENS += ["\n\n| left | right |", "\n| --", "- | --- |", "\n| 1 | 2 |", "\n| 3 | 4 |"]
MATH = [
    {
        "role": "user",
        "content": "Inline $e^{i\\pi} = -1$, inline \\(a^2 + b^2\\), display \\[\\int_0^1 x\\,dx\\] and $$x^2$$",
    },
    {"role": "assistant", "content": "It costs $5 and $10."},
]

steps: queue.Queue[None] = queue.Queue()


def stream(history: list) -> Iterator[tuple[list, str]]:
    history = [*history, {"role": "assistant", "content": ""}]
    for count, token in enumerate(TOKENS, start=1):
        steps.get(timeout=60)
        history[-1]["content"] += token
        yield history, str(count)


def next_token() -> None:
    steps.put(None)


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(value=[{"role": "user", "content": "Show me code"}], label="Stream")
    sent = gr.Textbox(label="Sent")
    gr.Button("Stream").click(stream, chatbot, [chatbot, sent])
    gr.Button("Next").click(next_token)
    MessagesChatbot(value=MATH, label="Math")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
