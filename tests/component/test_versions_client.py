"""Answer versions travel in the value: an API client sends and gets back the versions a reply keeps."""

from __future__ import annotations

import json

from paths import APPS
from servers import served_app

REPLY = {
    "role": "assistant",
    "content": "Answer 1",
    "metadata": {
        "versions": [{"content": "Answer 0"}, {"content": "Answer 2", "metadata": {"log": "2 s"}}],
        "version": 1,
    },
}

app_url = served_app(APPS / "versions_app.py")


def test_the_handler_receives_the_shown_version_with_the_others_beside_it(client):
    history = [{"role": "user", "content": "Name a colour"}, REPLY]
    assert json.loads(client.predict(history, api_name="/inspect"))[-1] == REPLY


def test_versions_survive_a_handler_that_returns_history_plus_a_reply(client):
    history = [{"role": "user", "content": "Name a colour"}, REPLY, {"role": "user", "content": "Another"}]
    assert client.predict(history, api_name="/append") == [*history, {"role": "assistant", "content": "More"}]
