"""Each session streams TOKENS tokens, tagged with its own session id, into its own history."""

from __future__ import annotations

import os
import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TOKENS = int(os.environ.get("TOKENS", "200"))


def stream(history):
    session = history[0]["content"]
    history.append({"role": "assistant", "content": ""})
    for i in range(TOKENS):
        history[-1]["content"] += f"{session}-t{i} "
        time.sleep(0.005)
        yield history


def memory_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return -1.0


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    gr.Button("stream").click(stream, chatbot, chatbot, api_name="stream", concurrency_limit=None)
    gr.Button("memory").click(memory_mb, None, gr.Number(), api_name="memory")

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_name="127.0.0.1")
