"""End to end: the demo's handler streams from an OpenAI-compatible server through the real openai client."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from media import png
from servers import free_port, serve_script, wait_until_serving

DEMO = Path(__file__).parent.parent / "demo" / "app.py"
FAKE_SERVER = Path(__file__).parent / "fake_openai_server.py"


@pytest.fixture(scope="module")
def request_log(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("openai") / "requests.jsonl"


@pytest.fixture(scope="module")
def openai_url(request_log):
    port = free_port()
    env = {"REQUEST_LOG": str(request_log), "PATH": "/usr/bin:/bin"}
    server = subprocess.Popen([sys.executable, str(FAKE_SERVER), str(port)], env=env)
    try:
        url = f"http://127.0.0.1:{port}/v1"
        wait_until_serving(f"http://127.0.0.1:{port}/docs", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def client(openai_url):
    env = {"OPENAI_BASE_URL": openai_url, "OPENAI_MODEL": "fake", "DEMO_TOKEN_DELAY": "0"}
    with serve_script(DEMO, env=env) as url:
        yield Client(url, verbose=False)


def stream(client, history):
    job = client.submit(history, api_name="/respond")
    updates = list(job)
    return updates, job.outputs()[-1]


def test_a_streamed_reply_arrives_whole_with_its_reasoning(client):
    updates, final = stream(client, [{"role": "user", "content": "hello"}])
    assert final[-2] == {
        "role": "assistant",
        "content": "Thinking it over.",
        "metadata": {"title": "Reasoning", "status": "done"},
    }
    assert final[-1] == {"role": "assistant", "content": "Echo: hello"}
    answers = [update[-1]["content"] for update in updates if update[-1].get("metadata") is None]
    assert len(answers) > 2 and answers[-1] == "Echo: hello"


def test_a_tool_call_is_shown_as_thoughts_and_answered(client):
    _, final = stream(client, [{"role": "user", "content": "what time is it?"}])
    call, result, answer = final[-3:]
    assert call == {
        "role": "assistant",
        "content": "{}",
        "metadata": {"title": "Tool: get_time", "id": "call_1", "status": "done"},
    }
    assert result["metadata"] == {"title": "Result", "parent_id": "call_1", "status": "done"}
    assert answer == {"role": "assistant", "content": f"The time is {result['content']}."}


def test_an_image_reaches_the_model_intact(client, tmp_path, request_log):
    image = png(tmp_path, "square.png")
    _, final = stream(client, [{"role": "user", "content": ["what is this?", handle_file(str(image))]}])
    assert final[-1] == {"role": "assistant", "content": "I see 1 image(s): png."}
    sent = json.loads(request_log.read_text().splitlines()[-1])
    parts = sent["messages"][-1]["content"]
    assert parts[0] == {"type": "text", "text": "what is this?"}
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert sent["stream"] is True and sent["tools"][0]["function"]["name"] == "get_time"
