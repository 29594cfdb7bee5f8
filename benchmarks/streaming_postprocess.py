"""Streaming cost: postprocess after each token appended to the last message.

Gradio re-runs postprocess on the whole history at every yield. This measures
milliseconds per token for gr.Chatbot and MessagesChatbot on the same history,
alternating between them, and reports medians and the ratio.

    python benchmarks/streaming_postprocess.py [--sizes 200 2000 20000] [--tokens 300] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

RESULTS = Path(__file__).parent / "results"
PARAGRAPH = (
    "Here is some **markdown** with a list:\n\n- one\n- two\n\n"
    "```python\nprint('hello world')\n```\n\nand a closing sentence."
)


def history(size: int) -> list[dict]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": f"{i}. {PARAGRAPH}"} for i in range(size)]


def ms_per_token(chatbot: gr.Chatbot, size: int, tokens: int) -> float:
    messages = history(size)
    messages.append({"role": "assistant", "content": ""})
    chatbot.postprocess(messages)
    start = time.perf_counter()
    for i in range(tokens):
        messages[-1]["content"] += f"tok{i} "
        chatbot.postprocess(messages)
    return (time.perf_counter() - start) * 1000 / tokens


def run(sizes: list[int], tokens: int, repeats: int) -> list[dict]:
    rows = []
    for size in sizes:
        ours, theirs = [], []
        for _ in range(repeats):  # alternate so drift hits both alike
            theirs.append(ms_per_token(gr.Chatbot(), size, tokens))
            ours.append(ms_per_token(MessagesChatbot(), size, tokens))
        row = {
            "messages": size,
            "tokens": tokens,
            "gr.Chatbot ms/token": statistics.median(theirs),
            "MessagesChatbot ms/token": statistics.median(ours),
        }
        row["speed-up"] = row["gr.Chatbot ms/token"] / row["MessagesChatbot ms/token"]
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 20000])
    parser.add_argument("--tokens", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-save", action="store_true", help="print only, write no JSON")
    args = parser.parse_args()
    rows = run(args.sizes, args.tokens, args.repeats)
    print(f"{'messages':>9} {'gr.Chatbot ms/token':>20} {'MessagesChatbot ms/token':>25} {'speed-up':>9}")
    for row in rows:
        print(
            f"{row['messages']:>9} {row['gr.Chatbot ms/token']:>20.3f} "
            f"{row['MessagesChatbot ms/token']:>25.3f} {row['speed-up']:>8.1f}x"
        )
    if len(rows) > 1:
        growth = rows[-1]["MessagesChatbot ms/token"] / rows[0]["MessagesChatbot ms/token"]
        print(f"MessagesChatbot growth from {rows[0]['messages']} to {rows[-1]['messages']} messages: {growth:.1f}x")
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        out = RESULTS / "streaming_postprocess.json"
        out.write_text(
            json.dumps(
                {
                    "machine": platform.platform(),
                    "python": platform.python_version(),
                    "gradio": gr.__version__,
                    "rows": rows,
                },
                indent=2,
            )
        )
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
