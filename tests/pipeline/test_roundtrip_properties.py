"""Property: postprocess -> JSON -> preprocess gives back what the handler returned
(a list of text alone comes back as one string)."""

from __future__ import annotations

import gradio as gr
import pytest
from gradio_client.utils import get_mimetype
from gradio_messageschatbot import MessagesChatbot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from media import png, text_file, wav
from wire_trip import send_back

FILE_NAMES = ["notes.txt", "photo.png", "voice.wav", "ünïcode name.txt"]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("files")
    return {
        "notes.txt": text_file(folder, "notes.txt", "some notes"),
        "photo.png": png(folder, "photo.png"),
        "voice.wav": wav(folder, "voice.wav"),
        "ünïcode name.txt": text_file(folder, "ünïcode name.txt", "x" * 1000),
    }


texts = st.text(max_size=200)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**31), 2**31) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
items = st.one_of(
    texts,
    st.tuples(st.just("file"), st.sampled_from(FILE_NAMES), st.none() | st.text(max_size=20)),
    # gr.JSON reads a top-level string as JSON text, so the top level is a dict or a list.
    st.tuples(
        st.just("json"),
        st.lists(json_values, max_size=3) | st.dictionaries(st.text(max_size=5), json_values, max_size=3),
    ),
    st.tuples(st.just("html"), texts),
    st.tuples(st.just("image"), st.just("photo.png")),
)
metadata = st.none() | st.fixed_dictionaries(
    {},
    optional={
        "title": st.text(min_size=1, max_size=30),
        "id": st.integers(0, 99) | st.text(min_size=1, max_size=5),
        "parent_id": st.integers(0, 99) | st.text(min_size=1, max_size=5),
        "log": st.text(max_size=30),
        "duration": st.floats(0, 1e6, allow_nan=False),
        "status": st.sampled_from(["pending", "done"]),
    },
)
options = st.none() | st.lists(
    st.fixed_dictionaries({"value": st.text(max_size=10)}, optional={"label": st.text(max_size=10)}), max_size=3
)
messages = st.lists(
    st.fixed_dictionaries(
        {
            "role": st.sampled_from(["user", "assistant", "system"]),
            "content": items | st.lists(items, max_size=4),
            "metadata": metadata,
            "options": options,
        }
    ),
    max_size=6,
)


def written_and_expected(item, files) -> tuple[object, object]:
    """A generated content item as a handler would write it, and what the handler must get back for it."""
    if isinstance(item, str):
        return item, item
    kind, *args = item
    if kind == "file":
        name, alt_text = args
        written = {"path": str(files[name]), **({"alt_text": alt_text} if alt_text is not None else {})}
        return written, ("file", name, get_mimetype(name), files[name].stat().st_size, alt_text)
    if kind == "json":
        return gr.JSON(args[0]), ("JSON", args[0])
    if kind == "html":
        return gr.HTML(args[0]), ("HTML", args[0])
    return gr.Image(str(files[args[0]])), ("Image",)


def written(item, files):
    return written_and_expected(item, files)[0]


def expected(item, files):
    return written_and_expected(item, files)[1]


def observed(item):
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return ("file", item["orig_name"], item["mime_type"], item["size"], item.get("alt_text"))
    name = type(item).__name__
    if name in ("JSON", "HTML"):
        return (name, item.value)
    return (name,)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=messages)
def test_postprocess_json_preprocess_round_trip(history, files):
    chatbot = MessagesChatbot()
    returned = [
        {
            "role": m["role"],
            "content": [written(i, files) for i in m["content"]]
            if isinstance(m["content"], list)
            else written(m["content"], files),
            **({"metadata": m["metadata"]} if m["metadata"] is not None else {}),
            **({"options": m["options"]} if m["options"] is not None else {}),
        }
        for m in history
    ]
    received = send_back(chatbot, returned)

    assert [m["role"] for m in received] == [m["role"] for m in history]
    for sent, got in zip(history, received):
        if isinstance(sent["content"], list) and all(isinstance(i, str) for i in sent["content"]):
            assert got["content"] == "\n\n".join(sent["content"])
        elif isinstance(sent["content"], list):
            assert [observed(i) for i in got["content"]] == [expected(i, files) for i in sent["content"]]
        else:
            assert observed(got["content"]) == expected(sent["content"], files)
        assert got.get("metadata") == (sent["metadata"] or None)
        assert got.get("options") == (sent["options"] or None)
