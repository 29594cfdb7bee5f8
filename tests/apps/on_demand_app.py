"""Messages that need a library loaded on demand: none on first load; math, diagrams (one hostile)
and a diagram that streams a token per click of "Next" come with the buttons."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

PLAIN = [
    {"role": "user", "content": "Hello"},
    {"role": "assistant", "content": "Plain **text**, a [link](https://example.org) and a list:\n\n- one\n- two"},
]
MATH = [*PLAIN, {"role": "assistant", "content": "Euler: $e^{i\\pi} = -1$"}]
DIAGRAM = "```mermaid\ngraph TD\n  A[Start] --> B[Done]\n```"
# Each line tries another way to run script from diagram text; the first asks for a lower security level.
HOSTILE = (
    '```mermaid\n%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%\ngraph TD\n'
    '  H1["<img src=x onerror=window.__hostile=1>"] --> H2["<a href=javascript:window.__hostile=2>b</a>"]\n'
    "  click H1 call window.__hostile_call()\n"
    '  click H2 href "javascript:window.__hostile=3"\n```'
)
DIAGRAMS = [*PLAIN, {"role": "assistant", "content": DIAGRAM}, {"role": "assistant", "content": HOSTILE}]
STREAMED = ["Drawing:\n\n```mermaid\n", "graph TD\n", "  S[Start] --> E[End]\n", "```", "\n\nThat is all."]

steps: queue.Queue[None] = queue.Queue()


def stream() -> Iterator[tuple[list, str]]:
    history = [*PLAIN, {"role": "assistant", "content": ""}]
    for count, token in enumerate(STREAMED, start=1):
        steps.get(timeout=60)
        history[-1]["content"] += token
        yield history, str(count)


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(value=PLAIN, label="Chat")
    sent = gr.Textbox(label="Sent")
    gr.Button("Math").click(lambda: MATH, None, chatbot)
    gr.Button("Diagrams").click(lambda: DIAGRAMS, None, chatbot)
    gr.Button("Stream").click(stream, None, [chatbot, sent])
    gr.Button("Next").click(lambda: steps.put(None))

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
