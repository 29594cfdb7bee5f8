"""The signing secret: too short to resist offline guessing is refused at start, and a signature binds to the
app: replicas of one app accept each other's blocks, another app sharing the secret does not. A signature a
client garbles (non-ASCII) is simply not this server's."""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil

import pytest
from gradio_messageschatbot import MessagesChatbot
from gradio_messageschatbot._security import trust
from media import png
from paths import APPS
from servers import call_raw, last_event, serve_script

APP = APPS / "attack_app.py"
SECRET = secrets.token_urlsafe(32)


@pytest.mark.parametrize("weak", ["", "x", "0123456789abcdef0123456789abcde"])
def test_a_secret_too_short_is_refused_when_the_app_builds_its_chatbot(monkeypatch, weak):
    monkeypatch.setenv(trust.SECRET_ENVIRONMENT_VARIABLE, weak)
    with pytest.raises(ValueError, match=r"MESSAGESCHATBOT_SECRET (is empty|has \d+ characters); it needs at least 32"):
        MessagesChatbot()


def test_a_secret_long_enough_is_taken(monkeypatch):
    monkeypatch.setenv(trust.SECRET_ENVIRONMENT_VARIABLE, "0123456789abcdef0123456789abcdef")
    MessagesChatbot()
    assert trust.is_signed("image", {"label": "x"}, trust.sign("image", {"label": "x"}))


@pytest.mark.parametrize("signature", ["v3:é", "v3:\ud800", "💬" * 40])
def test_a_non_ascii_signature_is_not_this_servers(signature):
    assert not trust.is_signed("image", {"label": "x"}, signature)


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    """Two replicas of one app (the same script in two folders) and another app, all with one secret."""
    root = tmp_path_factory.mktemp("apps")
    folders = {name: root / name for name in ("replica-1", "replica-2", "other-app")}
    for folder in folders.values():
        folder.mkdir()
        shutil.copy(APP, folder / APP.name)
        png(folder, "picture.png")
    with open(folders["other-app"] / APP.name, "a") as script:
        script.write("\n# another app: the same code but this line\n")
    env = {trust.SECRET_ENVIRONMENT_VARIABLE: SECRET}
    with contextlib.ExitStack() as stack:
        yield {
            name: stack.enter_context(
                serve_script(folder / APP.name, cwd=folder, env={**env, "PICTURE": str(folder / "picture.png")})
            )
            for name, folder in folders.items()
        }


def constructor_args_received(app_url: str, history: list) -> dict:
    kind, (report,) = last_event(call_raw(app_url, "inspect", [history]))
    assert kind == "complete", report
    return json.loads(report)[-1]["constructor_args"]


def test_replicas_accept_each_others_signatures_and_another_app_does_not(apps):
    kind, (history,) = last_event(call_raw(apps["replica-1"], "picture", [[]]))
    assert kind == "complete" and history[-1]["content"]["signature"]
    signed = {"label": "'Server label'", "height": "123"}
    assert constructor_args_received(apps["replica-1"], history) == signed
    assert constructor_args_received(apps["replica-2"], history) == signed
    assert constructor_args_received(apps["other-app"], history) == {}


def test_a_garbled_signature_through_a_running_app_is_not_an_error(apps):
    _, (history,) = last_event(call_raw(apps["replica-1"], "picture", [[]]))
    history[-1]["content"]["signature"] = "v3:é" + history[-1]["content"]["signature"][4:]
    assert constructor_args_received(apps["replica-1"], history) == {}
