"""A real app streams tokens into a long history; the real gradio_client receives them."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from common import alternate
from gradio_client import Client

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from servers import serve_script

APP = Path(__file__).parent / "apps" / "bench_app.py"
TITLE = "End to end: tokens per second received by gradio_client"
HEADERS = ["messages", "tokens", "gr.Chatbot tok/s", "MessagesChatbot tok/s", "ratio"]


def tokens_per_second(url: str, tokens: int) -> float:
    client = Client(url, verbose=False)
    start = time.perf_counter()
    job = client.submit(api_name="/stream")
    for _ in job:
        pass
    elapsed = time.perf_counter() - start
    content = job.outputs()[-1][-1]["content"]
    text = content if isinstance(content, str) else "".join(block.get("text", "") for block in content)
    assert text.count("tok") == tokens, "the stream did not arrive whole"
    return tokens / elapsed


def run(smoke: bool, repeats: int) -> list[list]:
    size, tokens = (20, 5) if smoke else (2000, 300)
    env = {"HISTORY_SIZE": str(size), "TOKENS": str(tokens)}
    with (
        serve_script(APP, env={**env, "COMPONENT": "messages"}) as ours_url,
        serve_script(APP, env={**env, "COMPONENT": "gradio"}) as theirs_url,
    ):
        ours, theirs = alternate(
            repeats, lambda: tokens_per_second(ours_url, tokens), lambda: tokens_per_second(theirs_url, tokens)
        )
    return [[size, tokens, theirs, ours, ours / theirs]]
