"""One exception type for the package, which becomes a ``gradio.Error`` at one boundary."""

from __future__ import annotations

import ast
from pathlib import Path

import gradio as gr
import gradio_messageschatbot
import pytest
from gradio_messageschatbot import MessagesChatbot
from gradio_messageschatbot.errors import MessagesChatbotError, shown_to_user

PACKAGE = Path(gradio_messageschatbot.__file__).parent


def test_the_package_raises_only_its_own_error():
    """Besides re-raising, only MessagesChatbotError leaves a function; errors.py alone makes a gradio.Error.
    (Private exceptions that never leave their module, like the cache's _TooDeep, are control flow.)"""
    for path in PACKAGE.rglob("*.py"):
        if "templates" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = ast.unparse(raised)
            where = f"{path.relative_to(PACKAGE)}:{node.lineno} raises {name}"
            if path.name == "errors.py" and name == "gradio.Error":
                continue
            assert name in ("MessagesChatbotError", "MessagesChatbotError.at") or name.startswith("_"), where


def test_the_boundary_shows_the_error_to_people():
    with pytest.raises(gr.Error) as raised, shown_to_user():
        raise MessagesChatbotError.at(3, MessagesChatbotError("bad"))
    assert raised.value.message == "MessagesChatbot: message 3: bad"


@pytest.mark.parametrize(
    "call",
    [
        lambda chatbot: chatbot.postprocess("not a list"),
        lambda chatbot: chatbot.postprocess([{"role": "robot", "content": "hi"}]),
        lambda chatbot: chatbot.data_model.model_validate([{"role": "user"}]),
    ],
)
def test_where_gradio_calls_in_errors_arrive_as_gradio_errors(call):
    with pytest.raises(gr.Error) as raised:
        call(MessagesChatbot())
    assert raised.value.message.startswith("MessagesChatbot: ")


def test_functions_called_directly_raise_the_packages_error_which_is_a_value_error():
    from gradio_messageschatbot import from_openai, to_transformers

    with pytest.raises(MessagesChatbotError):
        from_openai([{"role": "user", "content": [{"type": "video_url"}]}])
    with pytest.raises(ValueError):
        to_transformers([{"role": "user", "content": 42}])
