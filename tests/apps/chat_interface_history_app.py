"""gr.ChatInterface with its own features on (saved conversations, editing, flagging, examples) and the agent
features in its replies. CHATBOT=gradio puts gr.Chatbot in its place, for the same steps side by side;
CACHE_EXAMPLES=1 caches the example's reply (at its first use; ChatInterface caches an example's reply as the
content of one message, so there the reply is text and "Show received" reports instead of an additional output);
FLAGGING_DIR says where flags are logged.

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
CACHED = os.environ.get("CACHE_EXAMPLES") == "1"
last_received: list[str] = ["[]"]


def text_of(message) -> str:
    return message["text"] if isinstance(message, dict) else message


def respond(message, history):
    last_received[0] = json.dumps(history, default=str)
    reply = answer_to(message)
    return reply if CACHED else (reply, last_received[0])


def answer_to(message):
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
        return {"role": "assistant", "content": answer["content"]}
    if CACHED:  # ChatInterface caches an example's reply as one message's content: a reply of messages breaks it
        return answer["content"]
    return [answer] if text_of(message).startswith("plain") else [tool, answer]  # "plain": one message


with gr.Blocks() as demo:
    received = gr.Textbox(label="received", elem_id="received", render=False)
    chatbot = MessagesChatbot(label="Chat", height=500) if OURS else gr.Chatbot(label="Chat", height=500)
    gr.ChatInterface(
        respond,
        chatbot=chatbot,
        additional_outputs=None if CACHED else [received],
        save_history=True,
        editable=True,
        flagging_mode="manual",
        examples=["Name a colour"],
        cache_examples=CACHED,
        cache_mode="lazy",
        flagging_dir=os.environ.get("FLAGGING_DIR", ".gradio/flagged"),
        title=f"ChatInterface ({'MessagesChatbot' if OURS else 'gr.Chatbot'})",
    )
    received.render()
    if CACHED:
        gr.Button("Show received").click(lambda: last_received[0], None, received)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
