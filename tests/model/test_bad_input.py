"""Bad values get a clear error naming the message and the problem; nothing is dropped."""

from __future__ import annotations

import gradio as gr
import pytest
from gradio_messageschatbot import MessagesChatbot
from gradio_messageschatbot._model.wire import ComponentBlock, MessagesHistory, WireMessage


@pytest.fixture
def chatbot():
    return MessagesChatbot()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([{"role": "user", "content": "ok"}, {"content": "no role"}], "message 1: missing 'role'"),
        ([{"role": "user"}], "message 0: missing 'content'"),
        ([{}], "message 0: missing 'role' and 'content'"),
        ([{"role": "robot", "content": "hi"}], "message 0: role 'robot' is not one of 'user', 'assistant', 'system'"),
        ([{"role": "user", "content": 42}], "message 0: content of type int is not supported"),
        ([{"role": "user", "content": ["ok", object()]}], "message 0: content of type object is not supported"),
        (["just a string"], "message 0: a message must be a dict with 'role' and 'content' or a ChatMessage, got str"),
        ([("user", "tuple")], "message 0: a message must be a dict"),
        (
            [{"role": "user", "content": {"path": "/no/such/file.txt"}}],
            "message 0: file '/no/such/file.txt' does not exist",
        ),
        ([{"role": "user", "content": {"path": ""}}], "message 0: a file needs a non-empty 'path' string"),
        ([{"role": "user", "content": {"text": "no type"}}], "message 0: a content dict needs 'path'"),
        ([{"role": "user", "content": {"type": "text"}}], "message 0: a text block needs a 'text' string"),
        ([{"role": "user", "content": "x", "metadata": "title"}], "message 0: 'metadata' must be a dict, got str"),
        ([{"role": "user", "content": "x", "metadata": {"status": "running"}}], "message 0: metadata status"),
        ([{"role": "user", "content": "x", "options": "yes"}], "message 0: 'options' must be a list"),
        ([{"role": "user", "content": "x", "options": [{"label": "no value"}]}], "message 0: options 0.value"),
        ({"role": "user", "content": "not in a list"}, "the value must be a list of messages, got dict"),
    ],
)
def test_postprocess_errors_name_the_message_and_the_problem(chatbot, value, expected):
    with pytest.raises(gr.Error) as raised:
        chatbot.postprocess(value)
    assert expected in str(raised.value.message)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            {"type": "component", "component": "image", "constructor_args": []},
            "content (component block): constructor_args",
        ),
        (["ok", {"type": "component", "component": 1}], "content item 1 (component block): component"),
        ({"type": "text"}, "content (text block): text: Field required"),
        (5, "content must be text, a file dict with 'path', or a block whose 'type' is"),
    ],
)
def test_a_client_value_is_reported_against_the_shape_it_was_meant_to_have(content, expected):
    with pytest.raises(gr.Error) as raised:
        MessagesHistory.model_validate([{"role": "user", "content": content}])
    assert f"message 0: {expected}" in raised.value.message


def test_an_error_later_in_the_history_is_reported_at_its_index(chatbot):
    history = [{"role": "user", "content": str(i)} for i in range(5)] + [{"role": "assistant"}]
    with pytest.raises(gr.Error, match="message 5: missing 'content'"):
        chatbot.postprocess(history)


def test_tuples_history_gets_the_migration_hint():
    with pytest.raises(ValueError, match="tuples format was removed"):
        MessagesChatbot(type="tuples")


def test_unknown_component_sent_by_a_client_is_refused(chatbot):
    payload = MessagesHistory(root=[WireMessage(role="user", content=ComponentBlock(component="nosuch"))])
    with pytest.raises(gr.Error, match=r"message 0: the component .nosuch. cannot be shown in a chat message"):
        chatbot.preprocess(payload)


def test_a_component_value_with_an_unchecked_path_is_refused(chatbot):
    block = ComponentBlock(component="file", value=[{"path": "/etc/passwd"}])
    payload = MessagesHistory(root=[WireMessage(role="user", content="hi"), WireMessage(role="user", content=block)])
    with pytest.raises(
        gr.Error, match="message 1: the file component refers to the file '/etc/passwd', which was not uploaded"
    ):
        chatbot.preprocess(payload)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ([{"role": "user", "content": {"path": "/etc/passwd"}}], "message 0: a file must be uploaded first"),
        (
            [
                {"role": "user", "content": "ok"},
                {"role": "user", "content": {"type": "file", "file": {"path": "/etc/x"}}},
            ],
            "message 1: a file must be uploaded first",
        ),
        ([{"role": "bot", "content": "x"}], "message 0: role: Input should be 'user', 'assistant' or 'system'"),
        ([{"role": "user", "content": "x"}, {"role": "user"}], "message 1: content: Field required"),
        ({"role": "user", "content": "x"}, "a history must be a list of messages"),
    ],
)
def test_malformed_client_payloads_get_a_clear_error(chatbot, payload, expected):
    """Gradio validates what clients send with validate_meta: bare file paths are refused."""
    with pytest.raises(gr.Error) as raised:
        chatbot.data_model.model_validate(payload, context={"validate_meta": True})
    assert expected in str(raised.value.message)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/a.png", "http://localhost/a.png", "http://169.254.169.254/x"])
def test_client_urls_into_the_local_network_are_refused_by_preprocess(chatbot, url):
    """Defense in depth: Gradio refuses these first in an app; called directly, preprocess does too."""
    from gradio.data_classes import FileData

    payload = MessagesHistory(root=[WireMessage(role="user", content=FileData(path=url))])
    with pytest.raises(gr.Error, match=r"message 0: the URL .* points into the local network"):
        chatbot.preprocess(payload)


def test_file_meta_that_is_not_a_dict_is_a_clear_error(chatbot):
    with pytest.raises(gr.Error, match="message 0: a file must be uploaded first"):
        chatbot.data_model.model_validate(
            [{"role": "user", "content": {"path": "/x", "meta": None}}], context={"validate_meta": True}
        )
