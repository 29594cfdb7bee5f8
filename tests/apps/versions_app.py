"""Answer versions on retry: a plain ``.retry()`` handler and gr.ChatInterface's retry, each answering anew."""

from __future__ import annotations

import itertools
import json

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

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
    gr.ChatInterface(chat, chatbot=MessagesChatbot(label="Interface", height=300))

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
