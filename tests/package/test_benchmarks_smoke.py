"""Every benchmark runs end to end at tiny sizes, so the suite cannot rot (no timings asserted)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paths import ROOT

RUN = ROOT / "benchmarks" / "run.py"
TITLES = [
    "Postprocess of a history",
    "Streaming: postprocess after each token",
    "Streaming through Gradio: server ms per yield",
    "End to end: tokens per second",
    "Browser (headless Chromium)",
    "Downloaded for the component on first load",
    "One turn with N embedded 1024 px PNGs in a 100-message history",
    "One turn with N embedded 1024 px PNGs, through a running server",
    "Streaming in the page (headless Chromium)",
]
PROFILE = ROOT / "benchmarks" / "profile_stream.py"


@pytest.mark.slow
def test_every_benchmark_runs_at_smoke_size():
    result = subprocess.run([sys.executable, str(RUN), "--smoke"], capture_output=True, text=True, check=True)
    for title in TITLES:
        assert title in result.stdout
    assert "ms until message 40 shows" in result.stdout
    assert "main-thread ms per update at 20" in result.stdout


@pytest.mark.slow
def test_the_streaming_profile_runs_at_smoke_size():
    command = [sys.executable, str(PROFILE), "--size", "20", "--tokens", "3"]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "ms per token, click to last token" in result.stdout
    assert "component" in result.stdout
