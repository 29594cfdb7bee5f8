"""Shared pieces of the benchmarks: sample histories, medians, tables and result files."""

from __future__ import annotations

import json
import platform
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

RESULTS = Path(__file__).parent / "results"
PARAGRAPH = (
    "Here is some **markdown** with a list:\n\n- one\n- two\n\n"
    "```python\nprint('hello world')\n```\n\nand a closing sentence."
)
LAST_MARKER = "LAST-MESSAGE-MARKER"


def text_history(size: int) -> list[dict]:
    """Alternating user/assistant markdown messages; the last one carries LAST_MARKER."""
    history = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"{i}. {PARAGRAPH}"} for i in range(size)]
    if history:
        history[-1]["content"] += f" {LAST_MARKER}"
    return history


def alternate(repeats: int, ours: Callable[[], float], theirs: Callable[[], float]) -> tuple[float, float]:
    """Median of ``repeats`` runs of each, alternating so that drift hits both alike."""
    our_runs, their_runs = [], []
    for _ in range(repeats):
        their_runs.append(theirs())
        our_runs.append(ours())
    return statistics.median(our_runs), statistics.median(their_runs)


def machine() -> dict[str, Any]:
    import os

    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "gradio": gr.__version__,
        "cpus": os.cpu_count(),
    }


def print_table(title: str, headers: list[str], rows: list[list[Any]]) -> None:
    def cell(value: Any) -> str:
        return f"{value:.3g}" if isinstance(value, float) else str(value)

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print(f"\n{title}")
    print("  ".join(h.rjust(w) for h, w in zip(headers, widths)))
    for row in cells:
        print("  ".join(v.rjust(w) for v, w in zip(row, widths)))


def save(name: str, rows: list[dict[str, Any]]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), "rows": rows}, indent=2))
    return path
