"""An app for file-access tests: reports what a handler got, and returns whatever path it is asked to.

The test sets GRADIO_TEMP_DIR so it knows the upload folder; ALLOWED and BLOCKED are folders
passed to launch(allowed_paths=..., blocked_paths=...).
"""

from __future__ import annotations

import os

import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def inspect(history):
    files = []
    for message in history:
        items = message["content"] if isinstance(message["content"], list) else [message["content"]]
        files += [item["path"] for item in items if isinstance(item, dict)]
    return {"files": files}


def return_file(path, history):
    return [*history, {"role": "assistant", "content": {"path": path}}]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    path = gr.Textbox()
    report = gr.JSON()
    gr.Button("inspect").click(inspect, chatbot, report, api_name="inspect")
    gr.Button("return").click(return_file, [path, chatbot], chatbot, api_name="return_file")

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        allowed_paths=[os.environ["ALLOWED"]],
        blocked_paths=[os.environ["BLOCKED"]],
    )
