"""A reply that streams until the chat's stop button ends it; a second chat has no stop listener."""

from __future__ import annotations

import asyncio
import json

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TOKENS = 400
STATE = {"tokens": 0, "cancelled": False}


def add_user(text, history):
    return "", [*history, {"role": "user", "content": text}]


async def stream_reply(history):
    reply = ""
    try:
        for token in range(TOKENS):
            reply += f"t{token} "
            STATE["tokens"] = token + 1
            yield [*history, {"role": "assistant", "content": reply}]
            await asyncio.sleep(0.05)
        yield [*history, {"role": "assistant", "content": reply + "END"}]
    except asyncio.CancelledError:
        STATE["cancelled"] = True
        raise


def status():
    return json.dumps(STATE)


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(label="Chat", height=300)
    box = gr.Textbox(label="Message")
    reply = box.submit(add_user, [box, chatbot], [box, chatbot], queue=False).then(stream_reply, chatbot, chatbot)
    chatbot.stop(None, cancels=[reply])

    plain = MessagesChatbot(label="Plain", height=200)
    plain_box = gr.Textbox(label="Plain message")
    plain_box.submit(add_user, [plain_box, plain], [plain_box, plain], queue=False).then(stream_reply, plain, plain)

    report = gr.Textbox(label="report", elem_id="report")
    gr.Button("Status").click(status, None, report)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
