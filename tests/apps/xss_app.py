"""Every payload in every place a chatbot shows text, rendered with the default settings."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import gradio as gr

sys.path.insert(0, str(Path(__file__).parent.parent / "xss"))
from gradio_messageschatbot import MessagesChatbot
from payloads import PAYLOADS

FOLDER = Path(tempfile.mkdtemp())


def a_file(i: int) -> str:
    path = FOLDER / f"file{i}.txt"
    path.write_text("x")
    return str(path)


def history() -> list:
    messages: list = []
    messages += [{"role": "user", "content": payload} for payload in PAYLOADS]
    messages += [{"role": "assistant", "content": payload} for payload in PAYLOADS]
    messages += [{"role": "user", "content": gr.HTML(payload)} for payload in PAYLOADS]
    messages += [
        {"role": "assistant", "content": "thought", "metadata": {"title": payload, "log": payload, "status": "pending"}}
        for payload in PAYLOADS
    ]
    messages.append(
        {"role": "user", "content": [{"path": a_file(i), "orig_name": payload} for i, payload in enumerate(PAYLOADS)]}
    )
    messages.append(
        {
            "role": "assistant",
            "content": [gr.Image(a_file(i), label=payload) for i, payload in enumerate(PAYLOADS[:5])]
            + [{"path": a_file(100 + i), "alt_text": payload} for i, payload in enumerate(PAYLOADS)],
            "options": [{"value": payload, "label": payload} for payload in PAYLOADS],
        }
    )
    return messages


# XSS_UNSAFE=1 turns sanitizing off, to show that the test notices script running.
SANITIZE = os.environ.get("XSS_UNSAFE") != "1"

with gr.Blocks() as demo:
    MessagesChatbot(value=history(), label="Attacks", height=600, sanitize_html=SANITIZE)
    MessagesChatbot(
        value=[],
        label="Empty",
        placeholder="\n".join(PAYLOADS),
        examples=[{"text": payload, "display_text": payload} for payload in PAYLOADS],
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(FOLDER)])
