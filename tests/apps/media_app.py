"""Media replies, for exact round trips: each turn the handler reports what it received and adds media.

`turn` (type="messages"), `turn_normalized` and `turn_openai` share one handler shape: report the
sha256, name and format of every file and component file it got, then return the history with an
assistant reply holding a file, an Image, a Gallery, an Audio, a Video and a Plot built from MEDIA.
"""

from __future__ import annotations

import base64
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


def inline_data(part: dict) -> tuple[str | None, str] | None:
    """An OpenAI media part's file name and base64 data (``to_openai`` inlines a user's files)."""
    if part.get("type") == "image_url":
        return None, part["image_url"]["url"].partition(",")[2]
    if part.get("type") == "input_audio":
        return None, part["input_audio"]["data"]
    if part.get("type") == "file":
        return part["file"].get("filename"), part["file"]["file_data"].partition(",")[2]
    return None


def report_openai(history) -> list:
    """What type="openai" hands over: user media inline (hashed here), other roles' media as text mentions."""
    seen = []
    for message in history:
        content = message["content"]
        for part in content if isinstance(content, list) else [content]:
            data = inline_data(part) if isinstance(part, dict) else None
            if data is not None:
                seen.append({"name": data[0], "sha256": hashlib.sha256(base64.b64decode(data[1])).hexdigest()})
            elif isinstance(part, dict):
                seen.append({"text": part["text"]})
            elif part:
                seen.append({"text": part})
    return seen


def turn_openai(history):
    return [*history, reply()], json.dumps(report_openai(history))


with gr.Blocks() as demo:
    seen = gr.Textbox()
    for name, kind, handler in (
        ("turn", "messages", turn),
        ("turn_normalized", "normalized", turn),
        ("turn_openai", "openai", turn_openai),
    ):
        chatbot = MessagesChatbot(type=kind)
        gr.Button(name).click(handler, chatbot, [chatbot, seen], api_name=name)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(MEDIA)])
