"""Tool calls in a running app: their states through gradio_client, and the approval event as a client sends it."""

from __future__ import annotations

import json
import urllib.request
import uuid

import pytest
from paths import APPS
from servers import fire, served_app

APP = APPS / "tools_app.py"
app_url = served_app(APP)


def load_app():
    import importlib.util

    spec = importlib.util.spec_from_file_location("tools_app", APP)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HISTORY = load_app().HISTORY


def test_every_state_comes_back_as_sent(client):
    states = [m["metadata"].get("tool_state") for m in HISTORY[1:]]
    assert states == ["input-streaming", "running", "done", None, "error", None, "denied", "awaiting-approval"]
    assert client.predict(HISTORY, api_name="/echo") == HISTORY


def test_a_client_sending_an_unknown_state_gets_an_error_naming_the_message(client):
    bad = [*HISTORY[:1], {**HISTORY[1], "metadata": {**HISTORY[1]["metadata"], "tool_state": "hacked"}}]
    with pytest.raises(Exception, match=r"message 1: metadata.tool_state"):
        client.predict(bad, api_name="/echo")


def approve(app_url: str, history: list, event_data: object) -> dict:
    """Fire tool_approval as the page does (queue/join with event data); the last queue message."""
    config = json.load(urllib.request.urlopen(f"{app_url}config", timeout=10))
    fn_index, dependency = next(
        (i, d) for i, d in enumerate(config["dependencies"]) if d.get("api_name") == "tool_approval"
    )
    trigger = dependency["targets"][0][0]
    return fire(app_url, fn_index, [history], event_data, trigger_id=trigger, session=uuid.uuid4().hex)


def test_approval_hands_the_handler_the_call_from_the_history(app_url):
    done = approve(app_url, HISTORY, {"id": "c6", "approved": True})
    assert done["success"], done
    history, report = done["output"]["data"]
    assert json.loads(report) == {
        "index": 8,
        "id": "c6",
        "name": "delete_files",
        "arguments": '{"glob": "*.tmp"}',
        "approved": True,
    }
    assert history[8]["metadata"]["tool_state"] == "done"


@pytest.mark.parametrize(
    ("event_data", "problem"),
    [
        ({"id": "c3", "approved": True}, "tool call 'c3' is not awaiting approval"),  # done already
        ({"id": "nope", "approved": False}, "tool call 'nope' is not awaiting approval"),
        ({"id": "c6", "approved": "yes"}, "'approved' a bool"),
        ({"id": "c6", "approved": True, "name": "rm_rf"}, "must be {'id', 'approved'}"),
        ("c6", "must be {'id', 'approved'}"),
    ],
)
def test_approval_refuses_a_call_that_is_not_pending_and_malformed_data(app_url, event_data, problem):
    done = approve(app_url, HISTORY, event_data)
    assert not done["success"]
    assert problem in done["output"]["error"]
