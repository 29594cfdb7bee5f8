"""A multi-agent conversation: per-message names, avatars and timestamps, for client and browser tests."""

from __future__ import annotations

import datetime
from pathlib import Path

from metadata_page import metadata_page

AVATAR = Path(__file__).parents[2] / "demo" / "files" / "mandelbrot.png"

AGENTS = [
    {"role": "user", "content": "Write a haiku about tests.", "metadata": {"timestamp": "2025-01-02T15:04:00+00:00"}},
    {
        "role": "assistant",
        "content": "Green bars at midnight",
        "metadata": {"name": "Writer", "avatar": {"path": str(AVATAR)}, "timestamp": "2025-01-02T15:05:00+00:00"},
    },
    {
        "role": "assistant",
        "content": "Too short: a haiku has three lines.",
        "metadata": {"name": "Critic", "timestamp": datetime.datetime(2025, 1, 2, 15, 6, tzinfo=datetime.timezone.utc)},
    },
]


demo = metadata_page(AGENTS, add="agents")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(AVATAR)])
