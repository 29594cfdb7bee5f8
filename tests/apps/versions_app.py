"""Answer versions on retry: a plain ``.retry()`` handler and gr.ChatInterface's retry, each answering anew.

Also a handler that returns versions itself: ``drafts`` (earlier drafts kept as versions, one a file of the
app's, one an image), and ``scored`` (each draft with the score the app computed for it, NaN when there was
nothing to score).
"""

from __future__ import annotations

import itertools
import json
import math
import tempfile
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot
from PIL import Image

HISTORY = [{"role": "user", "content": "Name a colour"}, {"role": "assistant", "content": "Answer 0"}]
answers = itertools.count(1)


def respond(history):
    reply = f"Answer {next(answers)}"
    for end in range(1, len(reply) + 1):
        yield [*history, {"role": "assistant", "content": reply[:end]}]


def drop_reply(history, data: gr.RetryData):
    return history[: data.index + 1]


def inspect(history):
    return json.dumps(history)


DRAFTS = Path(tempfile.mkdtemp())
(DRAFTS / "draft.txt").write_text("The first draft")
Image.new("RGB", (40, 30), "teal").save(DRAFTS / "sketch.png")


def drafts(history):
    image = gr.Image(str(DRAFTS / "sketch.png"), label="Sketch")
    versions = [{"content": {"path": str(DRAFTS / "draft.txt")}}, {"content": ["A sketch:", image]}]
    return [*history, {"role": "assistant", "content": "The answer", "metadata": {"versions": versions}}]


def scored(history):
    scores = [len(message["content"]) for message in history if message["role"] == "assistant"]
    score = sum(scores) / len(scores) if scores else math.nan
    versions = [{"content": "Draft", "metadata": {"score": score}}]
    return [*history, {"role": "assistant", "content": "Final", "metadata": {"versions": versions}}]


interface_answers = itertools.count(1)


def chat(message, history):
    return f"Reply {next(interface_answers)} to {message}"


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(HISTORY, label="Chat", height=300)
    report = gr.Textbox(label="report", elem_id="report")
    chatbot.retry(drop_reply, chatbot, chatbot, queue=False).then(respond, chatbot, chatbot)
    gr.Button("Inspect").click(inspect, chatbot, report, api_name="inspect")
    gr.Button("Continue").click(
        lambda history: [*history, {"role": "assistant", "content": "More"}], chatbot, chatbot, api_name="append"
    )
    gr.Button("Drafts").click(drafts, chatbot, chatbot, api_name="drafts")
    gr.Button("Scored").click(scored, chatbot, chatbot, api_name="scored")
    gr.ChatInterface(chat, chatbot=MessagesChatbot(label="Interface", height=300))

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
