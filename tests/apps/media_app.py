"""Media replies, for exact round trips: each turn the handler reports what it received and adds media.

`turn` (type="messages"), `turn_normalized` and `turn_openai` share one handler shape: report the
sha256, name and format of every file and component file it got, then return the history with an
assistant reply holding a file, an Image, a Gallery, an Audio, a Video and a Plot built from MEDIA.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

MEDIA = Path(os.environ["MEDIA"])


def digest(file: dict) -> dict:
    data = Path(file["path"]).read_bytes()
    return {"name": file.get("orig_name"), "sha256": hashlib.sha256(data).hexdigest()}


def files_of(item) -> list[dict]:
    if isinstance(item, dict) and "path" in item:
        return [item]
    if isinstance(item, dict) and item.get("type") == "file":
        return [item["file"]]
    if isinstance(item, gr.Gallery):
        return [entry.get("image") or entry.get("video") for entry in item.value]
    if isinstance(item, gr.Image | gr.Audio | gr.Video):
        return [item.value]
    return []


def report(history) -> list:
    seen = []
    for message in history:
        content = message["content"]
        for block in content if isinstance(content, list) else [content]:
            item = block["instance"] if isinstance(block, dict) and block.get("type") == "component" else block
            seen += [digest(file) for file in files_of(item)]
            if isinstance(item, gr.Plot):
                seen.append({"plot": hashlib.sha256(json.dumps(item.value).encode()).hexdigest()})
    return seen


def reply():
    import plotly.graph_objects as go

    return {
        "role": "assistant",
        "content": [
            "Here you go",
            {"path": str(MEDIA / "notes.txt")},
            gr.Image(str(MEDIA / "red_square.png"), label="Red"),
            gr.Gallery([(str(MEDIA / "a.png"), "first"), (str(MEDIA / "b.png"), "second")]),
            gr.Audio(str(MEDIA / "tone.wav")),
            gr.Video(str(MEDIA / "clip.webm")),
            gr.Plot(go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))),
        ],
    }


def turn(history):
    return [*history, reply()], json.dumps(report(history))


with gr.Blocks() as demo:
    seen = gr.Textbox()
    for name, kind in (("turn", "messages"), ("turn_normalized", "normalized")):
        chatbot = MessagesChatbot(type=kind)
        gr.Button(name).click(turn, chatbot, [chatbot, seen], api_name=name)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(MEDIA)])
