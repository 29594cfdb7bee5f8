"""`make dev` (`gradio cc dev`) serves the frontend from source, without the venv activated and from an
empty Vite cache, as on a fresh clone: a chat that needs every library the component loads on demand
renders on the first load, with no page error."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from paths import APPS, ROOT
from servers import free_port

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Where `gradio cc dev` keeps the dependencies it has bundled; a fresh clone has none.
VITE_CACHE = ROOT / "frontend" / "node_modules" / ".vite"
APP = APPS / "cc_dev_app.py"
# The languages of the app's code blocks, each highlighted by a grammar loaded on demand.
LANGUAGES = {"python", "javascript", "bash", "rust", "typescript", "c", "cpp", "csharp", "diff", "go", "java"}
LANGUAGES |= {"json", "latex", "php", "sql", "yaml"}


def without_venv(environ: dict[str, str]) -> dict[str, str]:
    """The environment of a shell where no venv is active: neither this one's nor any other."""
    venv_bins = {str(Path(sys.executable).parent), str(ROOT / ".venv" / "bin")}
    if "VIRTUAL_ENV" in environ:
        venv_bins.add(str(Path(environ["VIRTUAL_ENV"]) / "bin"))
    path = os.pathsep.join(entry for entry in environ.get("PATH", "").split(os.pathsep) if entry not in venv_bins)
    return {**{key: value for key, value in environ.items() if key != "VIRTUAL_ENV"}, "PATH": path}


@pytest.fixture
def dev_url() -> Iterator[str]:
    """`make dev` on APP from an empty Vite cache, on a port of its own; yields the page's URL.
    The dev server's output is printed, for a failure's report."""
    shutil.rmtree(VITE_CACHE, ignore_errors=True)
    port = free_port()
    process = subprocess.Popen(
        ["make", "--no-print-directory", "dev", f"APP={APP.relative_to(ROOT)}", f"PORT={port}"],
        cwd=ROOT,
        env={**without_venv(dict(os.environ)), "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output: list[str] = []
    try:
        url, deadline = None, time.monotonic() + 300  # `make dev` first rebuilds what changed
        while url is None and time.monotonic() < deadline and process.poll() is None:
            line = process.stdout.readline()
            output.append(line)
            found = re.search(r"Frontend Server \(Go here\): (http://\S+)", line)
            url = found.group(1) if found else None
        assert url, "make dev printed no frontend URL:\n" + "".join(output)
        assert url.rstrip("/").endswith(f":{port}"), url
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        output.append(process.communicate(timeout=30)[0])
        print("".join(output))


def test_make_dev_serves_a_chat_that_loads_every_library_on_demand_on_a_cold_cache(page, dev_url):
    # A dependency the dev server found only when the page imported it would make it bundle again
    # and reload the page, or fail the page's imports ("Failed to fetch dynamically imported module").
    loads: list[str] = []
    page.on("load", lambda loaded: loads.append(loaded.url))
    page.goto(dev_url)
    log = page.get_by_role("log", name="Assistant")
    log.locator("[data-plot-type=altair] svg, [data-plot-type=altair] canvas").first.wait_for(timeout=120_000)
    log.locator("[data-plot-type=plotly] .main-svg").first.wait_for()
    log.locator(".mermaid-diagram svg").wait_for()
    log.locator(".katex").first.wait_for()
    code = log.locator("pre code")
    page.wait_for_function(
        "codes => codes.every(code => code.querySelector('.token'))", arg=code.element_handles(), timeout=60_000
    )
    assert {name.removeprefix("language-") for name in code.evaluate_all("cs => cs.map(c => c.className)")} == LANGUAGES
    assert loads == [dev_url], "the dev server reloaded the page: it bundled a dependency only when the page asked"
