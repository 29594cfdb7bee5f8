"""Every road by which event data reaches a chat's postprocess, with handlers written the way people write them.

A Blocks chatbot (elem_id "blocks") whose every event puts the event's value into the history it returns
(the select/like/retry/undo/edit/option/example/copy handlers of gr.Chatbot's guides, and the README's
tool_approval handler), an OpenAI-typed one with the README's approval handler ("openai"), and two
gr.ChatInterface with no app code: the plain one ("ci-plain") and one with every feature that wires a
handler ("ci-full": multimodal, editable, examples, saved conversations).
"""

from __future__ import annotations

import json

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, ToolApprovalData, tool_call_thought

HISTORY = [
    {"role": "user", "content": "Clean up"},
    {"role": "assistant", "content": "Plan", "metadata": {"title": "Reasoning"}},
    tool_call_thought("c1", "delete_files", '{"glob": "*.tmp"}', "pending", "awaiting-approval"),
    {"role": "assistant", "content": "Shall I?", "options": [{"value": "why", "label": "Why?"}]},
]


def reply(history, content):
    return [*history, {"role": "assistant", "content": content}]


def on_select(history, data: gr.SelectData):
    return reply(history, data.value)


def on_like(history, data: gr.LikeData):
    return reply(history, data.value)


def on_retry(history, data: gr.RetryData):
    return [*history[: data.index], {"role": "user", "content": data.value}]


def on_undo(history, data: gr.UndoData):
    return [*history[: data.index], {"role": "user", "content": data.value}]


def on_edit(history, data: gr.EditData):
    history[data.index]["content"] = data.value
    return history


def on_option(history, data: gr.SelectData):
    return [*history, {"role": "user", "content": data.value}]


def on_example(history, data: gr.SelectData):
    return [*history, {"role": "user", "content": [*data.value.get("files", []), data.value.get("text") or ""]}]


def on_copy(history, data: gr.CopyData):
    return reply(history, data.value)


def decide(history, data: ToolApprovalData):
    """The README's handler."""
    call = history[data.index]
    call["metadata"].update(tool_state="running" if data.approved else "denied")
    return history


def decide_openai(history, data: ToolApprovalData):
    """The README's lookup, with type="openai": the call's message is the one whose tool_calls hold it."""
    call = history[data.index]
    return json.dumps({"index": data.index, "ids": [tool_call["id"] for tool_call in call["tool_calls"]]})


def chat(message, history):
    return "reply"


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(HISTORY, elem_id="blocks", editable="all", examples=[{"text": "Hello"}])
    for event, handler in (
        (chatbot.select, on_select),
        (chatbot.like, on_like),
        (chatbot.retry, on_retry),
        (chatbot.undo, on_undo),
        (chatbot.edit, on_edit),
        (chatbot.option_select, on_option),
        (chatbot.example_select, on_example),
        (chatbot.copy, on_copy),
    ):
        event(handler, chatbot, chatbot)
    chatbot.tool_approval(decide, outputs=chatbot)
    openai_chatbot = MessagesChatbot(HISTORY, type="openai", elem_id="openai")
    report = gr.Textbox(elem_id="report")
    openai_chatbot.tool_approval(decide_openai, outputs=report)
    gr.ChatInterface(chat, chatbot=MessagesChatbot(elem_id="ci-plain"))
    gr.ChatInterface(
        chat,
        chatbot=MessagesChatbot(elem_id="ci-full"),
        multimodal=True,
        editable=True,
        examples=[{"text": "Hello"}],
        save_history=True,
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
