"""Each session streams TOKENS tokens, tagged with its own session id (its first message), into its own history.

For the load test and benchmarks/memory.py. /stats tells the server's pid and memory. STATE_SESSIONS is
Gradio's own `state_session_capacity` (10000 by default): how many sessions' last input and output values
Gradio keeps, whatever the component does.
"""

from __future__ import annotations

import os
import sys
import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TOKENS = int(os.environ.get("TOKENS", "200"))
STATE_SESSIONS = int(os.environ.get("STATE_SESSIONS", "10000"))


def stream(history):
    session = history[0]["content"]
    history.append({"role": "assistant", "content": ""})
    for i in range(TOKENS):
        history[-1]["content"] += f"{session}-t{i} "
        time.sleep(0.005)
        yield history


def stats() -> dict:
    """The server's pid (other figures are in /proc), its resident memory and the memory blocks Python holds now."""
    with open("/proc/self/status") as status:
        rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return {"pid": os.getpid(), "rss_mb": rss_kb / 1024, "python_blocks": sys.getallocatedblocks()}


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    gr.Button("stream").click(stream, chatbot, chatbot, api_name="stream", concurrency_limit=None)
    gr.Button("stats").click(stats, None, gr.JSON(), api_name="stats")

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_name="127.0.0.1", state_session_capacity=STATE_SESSIONS)
