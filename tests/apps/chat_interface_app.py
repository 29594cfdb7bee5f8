"""gr.ChatInterface around MessagesChatbot; CHAT_MODE picks plain, streaming or multimodal; SAVE_HISTORY=1 saves
conversations in the browser.

Each reply says what the function received, so a test can read it off the page.
"""

from __future__ import annotations

import itertools
import os
import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

CALLS = itertools.count(1)


def summary(message, history) -> str:
    """What the function received, and a call number that tells a retried reply from the first one."""
    parts = [f"{m['role']}:{type(m['content']).__name__}" for m in history]
    text = message["text"] if isinstance(message, dict) else message
    files = len(message.get("files", [])) if isinstance(message, dict) else 0
    return f"got {text!r} with {files} files after {len(history)} messages [{', '.join(parts)}] call {next(CALLS)}"


def reply(message, history):
    return summary(message, history)


def stream(message, history):
    text = summary(message, history)
    for end in range(0, len(text) + 1, 7):
        time.sleep(0.01)
        yield text[:end]
    yield text


MODE = os.environ.get("CHAT_MODE", "plain")
demo = gr.ChatInterface(
    stream if MODE == "streaming" else reply,
    chatbot=MessagesChatbot(label="Chat", height=500),
    multimodal=MODE == "multimodal",
    editable=True,
    save_history=os.environ.get("SAVE_HISTORY") == "1",
    title=f"ChatInterface ({MODE})",
)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
