"""Fuzzing: any value thrown at postprocess or preprocess gives a valid result or a clear error.

A few hundred examples run in `make test`; `make fuzz` runs FUZZ_EXAMPLES (default 10,000) of each.
"""

from __future__ import annotations

import json
import os

import gradio as gr
import pytest
from gradio_messageschatbot import MessagesChatbot
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
KEYS = [
    "role",
    "content",
    "metadata",
    "options",
    "path",
    "type",
    "text",
    "file",
    "alt_text",
    "title",
    "id",
    "parent_id",
    "status",
    "log",
    "duration",
    "value",
    "label",
    "component",
    "props",
    "constructor_args",
    "meta",
    "url",
    "orig_name",
    "mime_type",
    "size",
]
ROLES = st.sampled_from(["user", "assistant", "system", "tool", "", "USER"]) | st.text(max_size=5)
TEXT = (
    st.text(max_size=40)
    | st.just("x" * 20_000)
    | st.sampled_from(["/etc/passwd", "../../etc/passwd", "http://127.0.0.1:1/x", "\x00", "💬" * 50])
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), children, max_size=5)
    ),
    max_leaves=12,
)
CONTENT_ITEM = (
    TEXT
    | st.fixed_dictionaries({"path": TEXT}, optional={"alt_text": JSONISH, "meta": JSONISH})
    | st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "file", "component", "image"])},
        optional={"text": JSONISH, "file": JSONISH, "component": TEXT, "value": JSONISH},
    )
    | JSONISH
)
MESSAGE = (
    st.fixed_dictionaries(
        {"role": ROLES, "content": CONTENT_ITEM | st.lists(CONTENT_ITEM, max_size=4)},
        optional={
            "metadata": JSONISH
            | st.fixed_dictionaries({}, optional={k: JSONISH for k in ["title", "id", "status", "duration"]}),
            "options": JSONISH,
        },
    )
    | JSONISH
)
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


def text_of(content) -> list:
    items = content if isinstance(content, list) else [content]
    return [item for item in items if isinstance(item, str)]


@SETTINGS
@given(value=st.lists(MESSAGE, max_size=6) | JSONISH)
def test_postprocess_gives_a_value_or_a_clear_error(value):
    chatbot = MessagesChatbot()
    try:
        result = chatbot.postprocess(value)
    except gr.Error as error:
        assert str(error.message).startswith("MessagesChatbot: ")
        return
    messages = value or []
    wire = json.loads(json.dumps(result.model_dump()))
    assert len(wire) == len(messages)  # nothing dropped or added
    assert [m["role"] for m in wire] == [m["role"] for m in messages]  # nothing reordered
    for sent, shown in zip(messages, wire):
        assert text_of(shown["content"]) == text_of(sent["content"])


@SETTINGS
@given(payload=st.lists(MESSAGE, max_size=6) | JSONISH)
@example(payload=[{"role": "user", "content": {"type": []}}])  # an unhashable tag once raised TypeError
def test_what_clients_send_gives_a_value_or_a_clear_error(payload):
    for chatbot in (MessagesChatbot(), MessagesChatbot(type="normalized"), MessagesChatbot(type="openai")):
        try:
            model = chatbot.data_model.model_validate(payload, context={"validate_meta": True})
            received = chatbot.preprocess(model)
        except gr.Error as error:
            assert str(error.message).startswith("MessagesChatbot: ")
            continue
        if chatbot.type == "openai":
            continue  # thoughts are left out of what goes to a model
        assert len(received) == len(model.root)
        assert [m["role"] for m in received] == [m.role for m in model.root]


@pytest.mark.parametrize("size", [10_000_000])
def test_a_ten_megabyte_message_round_trips(size):
    chatbot = MessagesChatbot()
    text = "a" * size
    wire = chatbot.postprocess([{"role": "user", "content": text}])
    received = chatbot.preprocess(chatbot.data_model.model_validate(wire.model_dump()))
    assert received[0]["content"] == text
