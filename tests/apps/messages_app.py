"""An app that exercises MessagesChatbot through Gradio's real server, for client tests.

The handlers are the guide's examples with only the class name changed, plus
`inspect`, which reports exactly what a handler received.
"""

from __future__ import annotations

import random
import time

import gradio as gr
from gradio_messageschatbot import ChatMessage, MessagesChatbot


def describe(content):
    if isinstance(content, list):
        return [describe(item) for item in content]
    if isinstance(content, str):
        return {"kind": "str", "text": content}
    if isinstance(content, dict):
        return {
            "kind": "file",
            **{key: content.get(key) for key in ("orig_name", "size", "mime_type", "alt_text", "meta")},
        }
    return {"kind": type(content).__name__}


def inspect(history):
    return [
        {
            "role": m["role"],
            "content": describe(m["content"]),
            "metadata": m.get("metadata"),
            "options": m.get("options"),
            "keys": sorted(m),
        }
        for m in history
    ]


def echo(history):
    return history


# From the guide: a greeter in gr.Blocks.
def chat_greeter(msg, history):
    history.append({"role": "user", "content": msg})
    history.append({"role": "assistant", "content": "Hello!"})
    return history


# From the guide: a function appending ChatMessages.
def generate_response(history):
    history.append(ChatMessage(role="assistant", content="How can I help you?"))
    return history


# From the guide: a streaming responder.
def bot(history: list):
    bot_message = random.choice(["How are you?", "I love you", "I'm very hungry"])
    history.append({"role": "assistant", "content": ""})
    for character in bot_message:
        history[-1]["content"] += character
        time.sleep(0.01)
        yield history


def reply_with_media(history):
    """Echo each uploaded file back inside an embedded component, as a model's tool would."""
    files = [
        item
        for m in history
        for item in (m["content"] if isinstance(m["content"], list) else [m["content"]])
        if isinstance(item, dict)
    ]
    history.append({"role": "assistant", "content": [gr.Image(files[0]["path"]), "Here it is."]})
    return history


def bad_reply(history):
    return [*history, {"role": "robot", "content": "beep"}]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    msg = gr.Textbox()
    report = gr.JSON()
    chatbot.change(lambda: None, None, None, api_visibility="private")
    gr.Button("inspect").click(inspect, [chatbot], [report], api_name="inspect")
    gr.Button("echo").click(echo, [chatbot], [chatbot], api_name="echo")
    msg.submit(chat_greeter, [msg, chatbot], [chatbot], api_name="greet")
    gr.Button("append").click(generate_response, [chatbot], [chatbot], api_name="append")
    gr.Button("stream").click(bot, [chatbot], [chatbot], api_name="stream")
    gr.Button("media").click(reply_with_media, [chatbot], [chatbot], api_name="media")
    gr.Button("bad").click(bad_reply, [chatbot], [chatbot], api_name="bad")
    gr.ClearButton([chatbot, msg])

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
