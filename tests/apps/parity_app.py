"""The same conversation in gr.Chatbot and in MessagesChatbot, next to a gr.Markdown with code.

Used by the parity browser tests and by `make screenshots`: open it at 1280x900 and at
390x844, in both themes (``?__theme=dark``) and both layouts (the radio), and compare.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

sys.path.insert(0, str(Path(__file__).parents[2] / "demo"))
from app import FILES, media_messages  # the demo's media, so both pages show the same

FOLDER = Path(tempfile.mkdtemp())

LONG_LINE = "result = " + " + ".join(f"weights[{i}] * inputs[{i}]" for i in range(14))
WIDE_TABLE = (
    "| "
    + " | ".join(f"column {i}" for i in range(1, 11))
    + " |\n"
    + "|---" * 10
    + "|\n"
    + ("| " + " | ".join(f"value {i}" for i in range(1, 11)) + " |\n")
)
MARKDOWN = (
    "Here is the **plan**, with code, a wide table and a long line. The paragraph is long enough "
    "to wrap at phone width: a message should never run past its bubble.\n\n"
    "```python\ndef predict(weights, inputs):\n    # one long line follows\n"
    f"    {LONG_LINE}\n    return result\n```\n\n"
    f"{WIDE_TABLE}\n"
    "A long unbroken word: https://example.com/" + "a-very-long-path-segment-" * 6 + "\n\n"
    "<style>body { background: rgb(255, 0, 0) !important; }</style>A style in a message stays out of the page."
)
PAGE_MARKDOWN = (
    "### gr.Markdown next to the chats\n\n```python\ndef greet(name):\n    return f'Hello {name}'  # highlighted\n```"
)


def small_image() -> str:
    from PIL import Image

    path = FOLDER / "small.png"
    Image.new("RGB", (64, 48), (200, 80, 40)).save(path)
    return str(path)


def conversation() -> list:
    return [
        {"role": "user", "content": "Show me what a reply can hold."},
        {
            "role": "assistant",
            "content": "I will look up the features first.",
            "metadata": {"title": "Planning", "id": "plan", "status": "done", "duration": 1.2},
        },
        {
            "role": "assistant",
            "content": "Found markdown, files and media.",
            "metadata": {"title": "Tool: list_features", "parent_id": "plan", "log": "3 results"},
        },
        {"role": "assistant", "content": MARKDOWN},
        {"role": "user", "content": {"path": small_image(), "alt_text": "A small orange picture"}},
        {"role": "user", "content": "And files?"},
        {"role": "assistant", "content": {"path": str(FILES / "release-notes.txt")}},
        {"role": "assistant", "content": gr.Image(small_image(), label="Small image")},
        *media_messages(),
        {
            "role": "assistant",
            "content": "Which one next?",
            "options": [{"value": "more", "label": "Show me more"}, {"value": "done", "label": "That is all"}],
        },
    ]


# What both chats are given besides the conversation.
BOTH = {
    "height": 700,
    "avatar_images": (None, str(FILES / "pattern.png")),
    "feedback_options": ["Like", "Dislike", "Wrong answer"],
    "editable": "user",
}


def report_like(data: gr.LikeData) -> str:
    return f"like index={data.index} liked={data.liked!r}"


# With PARITY_WITHOUT_OURS set, the page leaves MessagesChatbot out: the baseline for what it adds.
WITH_OURS = not os.environ.get("PARITY_WITHOUT_OURS")
# PARITY_THEME names one of gr.themes (Soft, Monochrome, ...): the same page in that theme.
THEME = os.environ.get("PARITY_THEME")

with gr.Blocks(title="Parity: gr.Chatbot and MessagesChatbot") as demo:
    layout = gr.Radio(["bubble", "panel"], value="bubble", label="Layout", elem_id="parity-layout")
    with gr.Row():
        with gr.Column(min_width=320):
            reference = gr.Chatbot(conversation(), label="gr.Chatbot", elem_id="reference", **BOTH)
        if WITH_OURS:
            with gr.Column(min_width=320):
                ours = MessagesChatbot(
                    conversation(), label="MessagesChatbot", elem_id="ours", buttons=["copy", "copy_all"], **BOTH
                )
    gr.Markdown(PAGE_MARKDOWN, elem_id="page-markdown")
    report = gr.Textbox(label="report", elem_id="report")
    reference.like(lambda: None)
    reference.edit(lambda history: history, reference, reference)
    if WITH_OURS:
        ours.like(report_like, None, report)
        ours.edit(lambda history: history, ours, ours)
        layout.change(
            lambda choice: (gr.Chatbot(layout=choice), MessagesChatbot(layout=choice)), layout, [reference, ours]
        )

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        allowed_paths=[str(FILES), str(FOLDER)],
        theme=getattr(gr.themes, THEME)() if THEME else None,
    )
