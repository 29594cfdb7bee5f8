"""Each benchmark runs end to end at tiny sizes, so the suite cannot rot (no timings asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def test_streaming_postprocess_benchmark_runs():
    result = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "streaming_postprocess.py"),
            "--sizes",
            "3",
            "6",
            "--tokens",
            "2",
            "--repeats",
            "1",
            "--no-save",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["messages", "gr.Chatbot", "ms/token", "MessagesChatbot", "ms/token", "speed-up"]
    assert [line.split()[0] for line in lines[1:3]] == ["3", "6"]
    assert "growth from 3 to 6 messages" in lines[3]
