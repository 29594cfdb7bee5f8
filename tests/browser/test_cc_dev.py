"""`gradio cc dev` serves the demo with the frontend from source, and the component renders."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from paths import ROOT
from servers import free_port

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def test_gradio_cc_dev_serves_a_working_component(page):
    gradio = Path(sys.executable).parent / "gradio"
    env = {**os.environ, "GRADIO_SERVER_PORT": str(free_port()), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [str(gradio), "cc", "dev", "--python-path", sys.executable, "--gradio-path", str(gradio)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        url, output, deadline = None, [], time.monotonic() + 120
        while url is None and time.monotonic() < deadline and process.poll() is None:
            line = process.stdout.readline()
            output.append(line)
            found = re.search(r"Frontend Server \(Go here\): (http://\S+)", line)
            url = found.group(1) if found else None
        assert url, "gradio cc dev printed no frontend URL:\n" + "".join(output)
        page.goto(url)
        log = page.get_by_role("log", name="Assistant")
        log.locator("[data-testid=message]").last.wait_for(timeout=90_000)
        assert log.locator("[data-testid=message]").count() == 5
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
