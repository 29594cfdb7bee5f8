"""gr.ChatInterface with its own features on (saved conversations, editing, flagging, examples) and the agent
features in its replies; CHATBOT=gradio puts gr.Chatbot in its place, for the same steps side by side.

Each reply carries a tool call, a named speaker and a source; ``fn`` also writes the history it received, as
JSON, into the "received" textbox (an additional output), so a test reads exactly what ``fn`` got.
"""

from __future__ import annotations

import itertools
import json
import os

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

CALLS = itertools.count(1)
OURS = os.environ.get("CHATBOT", "messages") == "messages"


def text_of(message) -> str:
    return message["text"] if isinstance(message, dict) else message


def respond(message, history):
    call = next(CALLS)
    answer = {
        "role": "assistant",
        "content": f"Answer {call} to {text_of(message)} [1]",
        "metadata": {"name": "Helper", "sources": [{"title": "Source", "url": "https://example.org/"}]},
    }
    tool = {
        "role": "assistant",
        "content": json.dumps({"query": "colours", "call": call}),
        "metadata": {"title": "Tool: search", "id": f"call_{call}", "tool_state": "done", "status": "done"},
    }
    if not OURS:
        return {"role": "assistant", "content": answer["content"]}, json.dumps(history, default=str)
    reply = [answer] if text_of(message).startswith("plain") else [tool, answer]  # "plain": one message
    return reply, json.dumps(history, default=str)


with gr.Blocks() as demo:
    received = gr.Textbox(label="received", elem_id="received", render=False)
    chatbot = MessagesChatbot(label="Chat", height=500) if OURS else gr.Chatbot(label="Chat", height=500)
    gr.ChatInterface(
        respond,
        chatbot=chatbot,
        additional_outputs=[received],
        save_history=True,
        editable=True,
        flagging_mode="manual",
        examples=["Name a colour"],
        title=f"ChatInterface ({'MessagesChatbot' if OURS else 'gr.Chatbot'})",
    )
    received.render()

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
