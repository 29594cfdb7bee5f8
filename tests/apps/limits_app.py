"""Big values: a 10 MB text message (LIMIT=text) or a message with 500 files (LIMIT=files)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

FOLDER = Path(tempfile.mkdtemp())
LIMIT = os.environ.get("LIMIT", "files")


def history() -> list:
    if LIMIT == "text":
        return [{"role": "user", "content": "word " * 2_000_000 + "END-OF-BIG-MESSAGE"}]
    files = []
    for i in range(500):
        path = FOLDER / f"file-{i:03}.txt"
        path.write_text(f"file {i}")
        files.append({"path": str(path)})
    return [{"role": "user", "content": "Here are 500 files"}, {"role": "assistant", "content": files}]


with gr.Blocks() as demo:
    MessagesChatbot(value=history(), label="Limits", height=600)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(FOLDER)])
