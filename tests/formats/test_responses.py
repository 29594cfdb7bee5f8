"""to_responses / from_responses / stream_responses: what each shape becomes, the stream's states, the file rules."""

from __future__ import annotations

import asyncio

import pytest
from gradio_messageschatbot import (
    ResponsesStream,
    astream_responses,
    from_responses,
    stream_responses,
    to_openai,
    to_responses,
    tool_call_thought,
    tool_result_thought,
)
from gradio_messageschatbot.errors import MessagesChatbotError
from llm_servers.responses_server import SOURCE, Events
from media import png, wav


def test_messages_become_input_items_with_files_as_parts_or_mentions(tmp_path):
    picture, voice = png(tmp_path, "cat.png"), wav(tmp_path, "voice.wav")
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    history = [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": ["Look", {"path": str(picture)}, {"path": str(voice)}, {"path": str(tmp_path / "paper.pdf")}],
        },
        {"role": "assistant", "content": "Seen."},
    ]
    system, turn, answer = to_responses(history, allowed_paths=[tmp_path])
    assert system == {"role": "system", "content": "Be brief."} and answer == {"role": "assistant", "content": "Seen."}
    _, image, audio, paper = turn["content"]
    assert image["type"] == "input_image" and image["image_url"].startswith("data:image/png;base64,")
    assert audio == {"type": "input_text", "text": "[voice.wav]"}  # no audio in Responses input: named, never read
    assert paper["type"] == "input_file" and paper["filename"] == "paper.pdf"


def test_reasoning_keeps_its_id_and_encrypted_content_and_goes_back():
    item = {
        "type": "reasoning",
        "id": "rs_1",
        "summary": [{"type": "summary_text", "text": "Hm."}],
        "encrypted_content": "e",
    }
    (thought,) = from_responses([item])
    assert thought["metadata"] == {
        "title": "Reasoning",
        "status": "done",
        "reasoning_id": "rs_1",
        "encrypted_content": "e",
    }
    assert to_responses([thought]) == [item]


def test_calls_and_outputs_are_tool_thoughts_a_call_with_an_output_done():
    items = [
        {"type": "function_call", "call_id": "c1", "name": "get_time", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "c1", "output": "12:00"},
    ]
    call, result = from_responses(items)
    assert call["metadata"]["tool_state"] == "done" and result == tool_result_thought("c1", "12:00")
    assert to_responses([call, result]) == items


def test_annotations_become_numbered_sources_where_each_passage_ends():
    text = "First. Second."
    annotations = [{**SOURCE, "start_index": 0, "end_index": 6}, {**SOURCE, "start_index": 7, "end_index": 14}]
    item = {
        "type": "message",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": annotations}],
    }
    (answer,) = from_responses([item])
    assert answer["content"] == "First.[1] Second.[1]"
    assert answer["metadata"]["sources"] == [{"title": "Example source", "url": "https://example.com/source"}]


def test_files_follow_to_openais_rules():
    secret = {"role": "user", "content": {"path": "/etc/passwd"}}
    with pytest.raises(MessagesChatbotError) as refused:
        to_responses([secret])
    with pytest.raises(MessagesChatbotError) as by_openai:
        to_openai([secret])
    assert str(refused.value) == str(by_openai.value)


@pytest.mark.parametrize(
    "part",
    [
        {"type": "input_image", "image_url": "/etc/passwd", "detail": "auto"},
        {"type": "input_image", "image_url": "http://127.0.0.1/x.png", "detail": "auto"},
        {"type": "input_file", "file_url": "http://localhost/x.pdf"},
        {"type": "input_file", "file_data": "/etc/passwd"},
        {"type": "input_file", "file_id": "file-1"},
    ],
)
def test_a_part_naming_a_path_a_local_url_or_an_uploaded_id_is_refused(part):
    with pytest.raises(MessagesChatbotError):
        from_responses([{"role": "user", "content": [part]}])


def test_the_stream_shows_reasoning_then_a_call_streaming_then_complete():
    events = Events()
    shown = list(
        stream_responses(
            [*events.reasoning(0, "rs_1", True), *events.function_call(1, "c1")], stream := ResponsesStream()
        )
    )
    assert shown[2][0]["metadata"]["status"] == "pending"  # the summary as it arrives
    streaming = next(step for step in shown if len(step) == 2)
    assert streaming[1]["metadata"]["tool_state"] == "input-streaming"
    thought, call = shown[-1]
    assert thought["metadata"]["reasoning_id"] == "rs_1" and "encrypted_content" in thought["metadata"]
    assert call == tool_call_thought("c1", "get_time", "{}")
    assert [item["call_id"] for item in stream.tool_calls] == ["c1"]


def test_the_stream_shows_text_and_annotations_as_they_arrive():
    *_, last = stream_responses(Events().message(0, "Echo", cited=True))
    assert last == [
        {
            "role": "assistant",
            "content": "Echo[1]",
            "metadata": {"sources": [{"title": "Example source", "url": "https://example.com/source"}]},
        }
    ]


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (
            {"type": "error", "code": "server_error", "message": "Down", "param": None},
            r"Responses stream error \(server_error\): Down",
        ),
        (
            {"type": "response.failed", "response": {"error": {"code": "rate_limit_exceeded", "message": "Slow"}}},
            r"failed \(rate_limit_exceeded\): Slow",
        ),
    ],
)
def test_an_error_event_or_a_failed_response_is_a_clear_error(event, message):
    with pytest.raises(MessagesChatbotError, match=message):
        list(stream_responses([event]))


def test_the_async_stream_shows_the_same_messages():
    def made():
        events = Events()
        return [*events.reasoning(0, "rs_1", False), *events.message(1, "Hi")]

    async def events():
        for event in made():
            yield event

    async def shown():
        return [reply async for reply in astream_responses(events())]

    assert asyncio.run(shown()) == list(stream_responses(made()))


def test_an_image_by_url_goes_as_a_url_and_comes_back():
    history = [{"role": "user", "content": {"path": "https://example.com/cat.png"}}]
    items = to_responses(history)
    assert items[0]["content"] == [
        {"type": "input_image", "image_url": "https://example.com/cat.png", "detail": "auto"}
    ]
    assert from_responses(items) == history


def added() -> dict:
    return {
        "type": "response.output_item.added",
        "output_index": 0,
        "item": {"type": "message", "role": "assistant", "content": []},
    }


def text_delta(content_index, delta="x", output_index=0):
    return {
        "type": "response.output_text.delta",
        "output_index": output_index,
        "content_index": content_index,
        "delta": delta,
    }


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([text_delta(0)], "output item 0 was never added"),
        ([added(), text_delta(-1)], "content index -1 is not one of the 0 parts so far or the next"),
        ([added(), text_delta(0, delta=5)], "'response.output_text.delta' event: "),
        ([added(), {"type": "response.output_text.delta", "output_index": 0, "delta": "x"}], "no 'content_index'"),
        ([{"type": "response.completed", "response": [1]}], "'response.completed' event: "),
        ([{"type": "response.output_item.done", "output_index": 0, "item": {"type": 5}}], "event: "),
    ],
)
def test_a_malformed_event_from_the_provider_is_a_clear_error(events, message):
    """A provider's events out of order or of the wrong shape end the stream with a clear error, never a KeyError."""
    with pytest.raises(MessagesChatbotError, match=message):
        list(stream_responses(events))


def test_a_part_index_far_ahead_is_refused_before_any_part_is_made():
    """A provider's content_index of a billion would have had the server make a billion empty parts first."""
    stream = ResponsesStream()
    stream.add(added())
    with pytest.raises(MessagesChatbotError, match="content index 100000 is not one of the 0 parts"):
        stream.add(text_delta(100_000))
    assert stream.items[0].get("content") == []
    stream.add(text_delta(0, "Hi"))
    assert stream.add(text_delta(1, "!"))[0]["content"] == "Hi!"


def test_a_malformed_item_is_a_clear_error_naming_it():
    with pytest.raises(MessagesChatbotError, match=r"Responses item 1: "):
        from_responses([{"role": "user", "content": "hi"}, {"type": 5}])


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"type": "reasoning", "id": 7, "summary": []}, "a reasoning item's id"),
        ({"type": "reasoning", "id": "rs", "encrypted_content": {"a": 1}}, "a reasoning item.s encrypted_content"),
        ({"type": "function_call", "call_id": "c", "name": "f", "arguments": {"a": 1}}, "a function_call's arguments"),
    ],
)
def test_what_goes_back_next_turn_must_be_a_string_when_it_arrives(item, field):
    """The chat would keep an id that is not a string, and only the next turn's request would fail."""
    with pytest.raises(MessagesChatbotError, match=f"Responses item 0: {field} must be a string"):
        from_responses([item])
    done = {"type": "response.output_item.done", "output_index": 0, "item": item}
    with pytest.raises(MessagesChatbotError, match=f"{field} must be a string"):
        list(stream_responses([done]))
