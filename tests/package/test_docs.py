"""The reference in the README and the docs Space are what the docstrings say, and the Space shows it."""

from __future__ import annotations

import re
import subprocess
import sys

import gradio
import pytest
from paths import ROOT
from servers import serve_script

SPACE = ROOT / "demo" / "space.py"


def highest_supported_gradio() -> str:
    return re.search(r"^GRADIO_HIGHEST := (\S+)$", (ROOT / "Makefile").read_text(), flags=re.MULTILINE)[1]


def test_readme_reference_and_space_are_generated_from_the_current_docstrings():
    # Gradio's generator writes the docs, and how it prints types depends on its version and Python's:
    # the committed files are written with the highest supported Gradio, in the main venv.
    if gradio.__version__ != highest_supported_gradio():
        pytest.skip(f"the docs are generated with Gradio {highest_supported_gradio()}, not {gradio.__version__}")
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "docs.py"), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert check.returncode == 0, check.stdout + check.stderr


PAGE_LOAD_MS = 120_000


@pytest.mark.browser
def test_the_space_shows_the_demo_and_the_reference(page, artifacts):
    with serve_script(SPACE) as url:
        page.goto(url)
        # The docs page is long (every parameter, event and type): under a full test run it can take a while.
        page.get_by_role("heading", name="gradio_messageschatbot").wait_for(timeout=PAGE_LOAD_MS)
        page.get_by_role("log", name="Assistant").locator("[data-testid=message]").first.wait_for(timeout=PAGE_LOAD_MS)
        for heading in ("Initialization", "Events", "User function", "MessageDict"):
            page.get_by_role("heading", name=heading).first.wait_for(timeout=PAGE_LOAD_MS)
        page.get_by_text("cache_max_bytes: int", exact=True).click()  # a parameter of ours, not gr.Chatbot's
        page.get_by_text("Estimated memory, for all sessions together").wait_for()  # its docstring line
        page.get_by_text("option_select", exact=True).wait_for()
        page.screenshot(path=str(artifacts / "space.png"), full_page=True)
