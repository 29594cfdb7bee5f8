"""Demo of MessagesChatbot: a conversation that shows what the component renders.

Run with `make demo` (or `gradio cc dev` while working on the component).
"""

from __future__ import annotations

import time
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import ChatMessage, MessagesChatbot

HERE = Path(__file__).parent
NOTES_FILE = HERE / "files" / "release-notes.txt"

CONVERSATION = [
    {"role": "user", "content": "What can this chatbot show?"},
    ChatMessage(
        role="assistant",
        content="I looked at the component's features first.",
        metadata={"title": "Planning the answer", "id": "plan", "status": "done", "duration": 0.8},
    ),
    ChatMessage(
        role="assistant",
        content="Found: markdown, files, thoughts, media.",
        metadata={"title": "Tool: list_features", "parent_id": "plan", "log": "4 results"},
    ),
    {
        "role": "assistant",
        "content": (
            "**Markdown** with lists, tables and code:\n\n"
            "| format | ready for |\n|---|---|\n| messages | OpenAI, TGI, llama.cpp |\n\n"
            '```python\nhistory.append({"role": "user", "content": "Hi"})\n```\n\n'
            "and math: $$e^{i\\pi} + 1 = 0$$"
        ),
    },
    {"role": "user", "content": "Send me the notes as a file."},
    {"role": "assistant", "content": {"path": str(NOTES_FILE)}},
]


def respond(message: str, history: list[dict]):
    """Echo the message back word by word, as a streamed LLM reply would arrive."""
    history = [*history, {"role": "user", "content": message}]
    reply = f"You said: {message}"
    history.append({"role": "assistant", "content": ""})
    for word in reply.split(" "):
        history[-1]["content"] += ("" if not history[-1]["content"] else " ") + word
        time.sleep(0.02)
        yield history


with gr.Blocks(title="MessagesChatbot demo") as demo:
    gr.Markdown("# MessagesChatbot\nA chatbot that speaks the messages format.")
    layout = gr.Radio(["bubble", "panel"], value="bubble", label="Layout", elem_id="demo-layout")
    chatbot = MessagesChatbot(value=CONVERSATION, label="Assistant", elem_id="demo-chatbot", height=560)
    textbox = gr.Textbox(placeholder="Type a message and press Enter", show_label=False, elem_id="demo-input")
    textbox.submit(respond, [textbox, chatbot], [chatbot]).then(lambda: "", None, [textbox])
    gr.ClearButton([chatbot, textbox])
    layout.change(lambda choice: MessagesChatbot(layout=choice), layout, chatbot)


if __name__ == "__main__":
    # Port 7860 unless GRADIO_SERVER_PORT says otherwise (the tests pick a free one).
    demo.launch(server_name="127.0.0.1")
