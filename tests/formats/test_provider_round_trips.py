"""Property: ``from_X(to_X(history)) == history`` for every history whose shapes the API holds, and every
``to_X`` request validates with the provider's own SDK types (the stand-ins' checks).

What each API cannot hold is listed in docs/llm-clients.md ("What each API holds"); the shapes below are
the rest. Files come back as new files in Gradio's cache: compared by bytes and type (and name where the
API carries one).
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path

import pytest
from gradio_messageschatbot import (
    from_anthropic,
    from_responses,
    to_anthropic,
    to_responses,
    tool_call_thought,
    tool_result_thought,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from llm_servers.anthropic_server import REQUEST as ANTHROPIC_REQUEST
from llm_servers.openai_server import problem_in
from llm_servers.responses_server import REQUEST as RESPONSES_REQUEST
from media import png, text_file

FILES = ["photo.png", "paper.pdf", "notes.txt"]
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("files")
    png(folder, "photo.png")
    (folder / "paper.pdf").write_bytes(b"%PDF-1.4\n%stand-in\n")
    text_file(folder, "notes.txt", "some notes")
    return folder


texts = st.text(min_size=1, max_size=40)
files = st.sampled_from(FILES).map(lambda name: {"file": name})
items = texts | files
# A list holds a file: a list of texts alone is one text to every API (joined).
contents = texts | files | st.lists(items, min_size=2, max_size=4).filter(lambda c: any(isinstance(i, dict) for i in c))
arguments = st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3).map(json.dumps)


def user(content):
    return [{"role": "user", "content": content}]


def answer(text):
    return [{"role": "assistant", "content": text}]


def thinking(text, signature):
    return [
        {
            "role": "assistant",
            "content": text,
            "metadata": {"title": "Reasoning", "status": "done", "signature": signature},
        }
    ]


def redacted(data):
    metadata = {"title": "Reasoning", "status": "done", "redacted_thinking": data}
    return [{"role": "assistant", "content": "Redacted by the provider's safety systems.", "metadata": metadata}]


def reasoning(text, reasoning_id, encrypted):
    metadata = {"title": "Reasoning", "status": "done", "reasoning_id": reasoning_id}
    if encrypted is not None:
        metadata["encrypted_content"] = encrypted
    return [{"role": "assistant", "content": text, "metadata": metadata}]


def calls(states):
    """A call and its result, the call in one of ``states``; ids are given in order when the history is made."""
    return st.tuples(
        st.just("call"), st.text(min_size=1, max_size=8), arguments, st.text(max_size=20), st.sampled_from(states)
    )


anthropic_turns = st.lists(
    st.one_of(
        contents.map(user),
        texts.map(answer),
        st.tuples(texts, st.text(min_size=1, max_size=10)).map(lambda t: thinking(*t)),
        st.text(min_size=1, max_size=10).map(redacted),
        calls(["done", "error"]),
    ),
    max_size=8,
)
responses_turns = st.lists(
    st.one_of(
        contents.map(user),
        texts.map(answer),
        texts.map(lambda text: [{"role": "system", "content": text}]),
        st.tuples(
            st.text(max_size=20), st.text(min_size=1, max_size=8), st.none() | st.text(min_size=1, max_size=10)
        ).map(lambda t: reasoning(*t)),
        calls(["done"]),
    ),
    max_size=8,
)


def made(turns, folder: Path) -> list[dict]:
    """The history the generated turns describe: files as file dicts in ``folder``, calls with their results."""
    history = []
    for number, turn in enumerate(turns):
        if isinstance(turn, tuple):
            _, name, args, result, state = turn
            call = tool_call_thought(f"call_{number}", name.replace("\n", " "), args)
            call["metadata"]["tool_state"] = state
            history += [call, tool_result_thought(f"call_{number}", result)]
            continue
        for message in turn:
            content = message["content"]
            if isinstance(content, list):
                content = [_file(item, folder) for item in content]
            history.append({**message, "content": _file(content, folder)})
    return history


def _file(item, folder: Path):
    return {"path": str(folder / item["file"])} if isinstance(item, dict) and "file" in item else item


def comparable(history: list[dict]) -> list[dict]:
    """Files as (bytes, type): where a file lives (the cache, for one that came back) is not content."""

    def item(value):
        if isinstance(value, dict) and "path" in value:
            path = Path(value["path"])
            return ("file", path.read_bytes(), value.get("mime_type") or mimetypes.guess_type(path.name)[0])
        return value

    return [
        {
            **message,
            "content": [item(i) for i in message["content"]]
            if isinstance(message["content"], list)
            else item(message["content"]),
        }
        for message in history
    ]


@PROPERTY
@given(st.lists(texts, max_size=2), anthropic_turns)
def test_anthropic_round_trip_gives_the_history_back_and_every_request_validates(folder, system, turns):
    history = [{"role": "system", "content": text} for text in system] + made(turns, folder)
    request = to_anthropic(history, allowed_paths=[folder])
    assert problem_in({"model": "claude", "max_tokens": 10, "stream": True, **request}, ANTHROPIC_REQUEST) is None
    assert comparable(from_anthropic(**request)) == comparable(history)


@PROPERTY
@given(responses_turns)
def test_responses_round_trip_gives_the_history_back_and_every_request_validates(folder, turns):
    history = made(turns, folder)
    items = to_responses(history, allowed_paths=[folder])
    assert problem_in({"model": "gpt", "stream": True, "input": items}, RESPONSES_REQUEST) is None
    assert comparable(from_responses(items)) == comparable(history)
