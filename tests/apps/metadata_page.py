"""The page of the apps about message metadata: their messages in both layouts, and endpoints that add them,
echo a history and report the metadata a handler receives."""

from __future__ import annotations

import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def metadata_page(messages: list, add: str) -> gr.Blocks:
    """Bubble and panel chats showing ``messages``; the endpoint named ``add`` appends them to a history."""

    def inspect(history):
        """What the handler received: each message's metadata."""
        return [message.get("metadata") for message in history]

    def echo(history):
        return history

    def append(history):
        return [*history, *messages]

    with gr.Blocks() as demo:
        bubble = MessagesChatbot(messages, label="Bubble", layout="bubble")
        MessagesChatbot(messages, label="Panel", layout="panel")
        report = gr.JSON()
        gr.Button("inspect").click(inspect, [bubble], [report], api_name="inspect")
        gr.Button("echo").click(echo, [bubble], [bubble], api_name="echo")
        gr.Button(add).click(append, [bubble], [bubble], api_name=add)
    return demo
