"""Every Python block of the README runs as written (but the generated reference's type listings).

A block that launches an app is served on a free port, talking to the OpenAI stand-in, until its page
and its API answer (tests/test_llm_clients.py holds five-turn chats with the LLM ones). The
gradio_client block runs against the demo it names. The others run in a folder holding the `cat.png`
they name.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from gradio_client import Client
from llm_servers import OpenAIStandIn
from media import png
from paths import ROOT
from servers import serve_script

README = re.sub(r"<!-- reference:.*<!-- end of reference -->", "", (ROOT / "README.md").read_text(), flags=re.DOTALL)
BLOCKS = re.findall(r"^```python\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)
DEMO_URL = "http://127.0.0.1:7860/"  # where `make demo` serves the demo


def first_line(block: str) -> str:
    return next(line for line in block.splitlines() if line and not line.startswith(("import", "from")))[:50]


def launches_an_app(block: str) -> bool:
    return ".launch()" in block


def run(code: str, folder: Path) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_readme_has_the_blocks_this_test_knows():
    assert len(BLOCKS) >= 8
    assert sum(map(launches_an_app, BLOCKS)) >= 5
    assert sum(DEMO_URL in block for block in BLOCKS) == 1


@pytest.mark.parametrize("block", [b for b in BLOCKS if launches_an_app(b)], ids=first_line)
def test_an_app_block_serves_its_page_and_api(block, tmp_path):
    app = tmp_path / "app.py"
    app.write_text(block)
    with OpenAIStandIn() as server:
        env = {"OPENAI_BASE_URL": f"{server.url}/v1", "OPENAI_API_KEY": "stand-in"}
        with serve_script(app, env=env) as url:
            endpoints = Client(url, verbose=False).view_api(print_info=False, return_format="dict")
    assert endpoints["named_endpoints"]


@pytest.mark.parametrize("block", [b for b in BLOCKS if DEMO_URL in b], ids=first_line)
def test_the_client_block_gets_the_file_back_in_a_block(block, tmp_path):
    png(tmp_path, "cat.png")
    with serve_script(ROOT / "demo" / "app.py", env={"DEMO_TOKEN_DELAY": "0"}) as url:
        printed = run(block.replace(DEMO_URL, url), tmp_path)
    user_message = printed.splitlines()[-1]  # gradio_client prints a line of its own first
    assert user_message.startswith("{'role': 'user', 'content': ['What is this?', {'type': 'file', 'file': '")


@pytest.mark.parametrize("block", [b for b in BLOCKS if not launches_an_app(b) and DEMO_URL not in b], ids=first_line)
def test_a_plain_block_runs(block, tmp_path):
    png(tmp_path, "cat.png")
    run(block, tmp_path)
