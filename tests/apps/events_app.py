"""Every chatbot event wired to a handler that reports the event data it received."""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

ICON = str(Path(__file__).parent.parent.parent / "demo" / "screenshot.png")
HISTORY = [
    {"role": "user", "content": "What is 2 + 2?"},
    {"role": "assistant", "content": "Let me think.", "metadata": {"title": "Reasoning", "id": "r"}},
    {"role": "assistant", "content": "It is 4.", "options": [{"value": "why", "label": "Why?"}, {"value": "thanks"}]},
]


def report(event: str, **data) -> str:
    return json.dumps({"event": event, **data}, sort_keys=True)


def on_like(history, data: gr.LikeData):
    return report("like", index=data.index, value=data.value, liked=data.liked)


def on_retry(history, data: gr.RetryData):
    return report("retry", index=data.index, value=data.value, history_length=len(history))


def on_undo(history, data: gr.UndoData):
    return report("undo", index=data.index, value=data.value)


def on_edit(history, data: gr.EditData):
    return report(
        "edit",
        index=data.index,
        value=data.value,
        previous_value=data.previous_value,
        content_now=history[data.index]["content"],
    )


def on_copy(data: gr.CopyData):
    return report("copy", value=data.value)


def on_select(data: gr.SelectData):
    return report("select", index=data.index, value=data.value)


def on_option(data: gr.SelectData):
    return report("option_select", index=data.index, value=data.value)


def on_example(data: gr.SelectData):
    return report("example_select", index=data.index, value=data.value)


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(
        value=HISTORY,
        label="Events",
        editable="all",
        feedback_options=["Like", "Dislike", "Wrong answer"],
        watermark="(generated)",
        examples=[
            {"text": "Tell me a joke", "display_text": "A joke"},
            {"text": "Describe this", "files": [ICON], "icon": ICON},
        ],
        placeholder="**Ask** me anything",
        height=520,
    )
    out = gr.Textbox(label="report", elem_id="report")
    gr.Examples(
        [[[{"role": "user", "content": "Example question"}, {"role": "assistant", "content": "Example answer"}]]],
        inputs=[chatbot],
    )
    chatbot.like(on_like, [chatbot], out)
    chatbot.retry(on_retry, [chatbot], out)
    chatbot.undo(on_undo, [chatbot], out)
    chatbot.edit(on_edit, [chatbot], out)
    chatbot.copy(on_copy, None, out)
    chatbot.select(on_select, None, out)
    chatbot.option_select(on_option, None, out)
    chatbot.example_select(on_example, None, out)
    chatbot.clear(lambda: report("clear"), None, out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
