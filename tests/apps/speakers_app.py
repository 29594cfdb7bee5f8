"""A multi-agent conversation: per-message names, avatars and timestamps, for client and browser tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

AVATAR = Path(__file__).parents[2] / "demo" / "files" / "mandelbrot.png"

AGENTS = [
    {"role": "user", "content": "Write a haiku about tests.", "metadata": {"timestamp": "2025-01-02T15:04:00+00:00"}},
    {
        "role": "assistant",
        "content": "Green bars at midnight",
        "metadata": {"name": "Writer", "avatar": str(AVATAR), "timestamp": "2025-01-02T15:05:00+00:00"},
    },
    {
        "role": "assistant",
        "content": "Too short: a haiku has three lines.",
        "metadata": {"name": "Critic", "timestamp": datetime.datetime(2025, 1, 2, 15, 6, tzinfo=datetime.timezone.utc)},
    },
]


def inspect(history):
    """What the handler received: each message's metadata."""
    return [message.get("metadata") for message in history]


def echo(history):
    return history


def agents(history):
    return [*history, *AGENTS]


with gr.Blocks() as demo:
    bubble = MessagesChatbot(AGENTS, label="Bubble", layout="bubble")
    panel = MessagesChatbot(AGENTS, label="Panel", layout="panel")
    report = gr.JSON()
    gr.Button("inspect").click(inspect, [bubble], [report], api_name="inspect")
    gr.Button("echo").click(echo, [bubble], [bubble], api_name="echo")
    gr.Button("agents").click(agents, [bubble], [bubble], api_name="agents")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(AVATAR)])
