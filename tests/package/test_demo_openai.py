"""End to end: the demo's handler streams from the OpenAI stand-in through the real openai client."""

from __future__ import annotations

import pytest
from gradio_client import Client, handle_file
from llm_servers import OpenAIStandIn
from media import png
from paths import ROOT
from servers import serve_script

DEMO = ROOT / "demo" / "app.py"


@pytest.fixture(scope="module")
def openai_server():
    with OpenAIStandIn() as server:
        yield server
    assert not server.refusals(), "the stand-in refused a request the demo sent"


@pytest.fixture(scope="module")
def client(openai_server):
    env = {"OPENAI_BASE_URL": f"{openai_server.url}/v1", "OPENAI_MODEL": "stand-in", "DEMO_TOKEN_DELAY": "0"}
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


def test_an_image_reaches_the_model_intact(client, tmp_path, openai_server):
    image = png(tmp_path, "square.png")
    _, final = stream(client, [{"role": "user", "content": ["what is this?", handle_file(str(image))]}])
    assert final[-1] == {"role": "assistant", "content": "Echo: what is this? (with 1 image(s): png)"}
    sent = openai_server.requests[-1].body
    parts = sent["messages"][-1]["content"]
    assert parts[0] == {"type": "text", "text": "what is this?"}
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert sent["stream"] is True and sent["tools"][0]["function"]["name"] == "get_time"
