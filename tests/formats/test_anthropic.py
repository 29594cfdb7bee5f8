"""to_anthropic / from_anthropic / stream_anthropic: what each shape becomes, the stream's states, the file rules."""

from __future__ import annotations

import asyncio

import pytest
from gradio_messageschatbot import (
    AnthropicStream,
    astream_anthropic,
    from_anthropic,
    stream_anthropic,
    to_anthropic,
    to_openai,
    tool_call_thought,
    tool_result_thought,
)
from gradio_messageschatbot.errors import MessagesChatbotError
from llm_servers.anthropic_server import signature, text_block, thinking_block, tool_use_block
from media import png, wav


def test_system_goes_apart_and_files_become_blocks_or_mentions(tmp_path):
    picture, voice = png(tmp_path, "cat.png"), wav(tmp_path, "voice.wav")
    history = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": ["What is this?", {"path": str(picture)}, {"path": str(voice)}]},
        {"role": "assistant", "content": ["Here:", {"path": str(picture)}]},
    ]
    request = to_anthropic(history, allowed_paths=[tmp_path])
    assert request["system"] == [{"type": "text", "text": "Be brief."}]
    _, image, audio = request["messages"][0]["content"]
    assert image["type"] == "image" and image["source"]["media_type"] == "image/png"
    assert audio == {"type": "text", "text": "[voice.wav]"}  # Anthropic takes no audio: named, never read
    assert request["messages"][1]["content"] == [
        {"type": "text", "text": "Here:"},
        {"type": "text", "text": "[cat.png]"},
    ]


def test_a_thinking_block_keeps_its_signature_and_a_redacted_one_its_data():
    reply = {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "Hm.", "signature": "sig"},
            {"type": "redacted_thinking", "data": "opaque"},
            {"type": "text", "text": "Yes."},
        ],
    }
    thought, redacted, answer = from_anthropic([reply])
    assert thought["metadata"]["signature"] == "sig" and redacted["metadata"]["redacted_thinking"] == "opaque"
    assert answer == {"role": "assistant", "content": "Yes."}
    assert to_anthropic([thought, redacted, answer])["messages"] == [reply]  # sent back as it came


def test_reasoning_without_a_signature_is_left_out_as_to_openai_leaves_it():
    history = [
        {"role": "assistant", "content": "hm", "metadata": {"title": "Reasoning"}},
        {"role": "user", "content": "x"},
    ]
    assert to_anthropic(history)["messages"] == [{"role": "user", "content": [{"type": "text", "text": "x"}]}]


@pytest.mark.parametrize(
    ("state", "is_error", "back"), [("done", False, "done"), ("error", True, "error"), ("denied", True, "error")]
)
def test_tool_states_travel_as_is_error(state, is_error, back):
    call = tool_call_thought("c1", "get_weather", '{"city": "Oslo"}', state=state)
    history = [{"role": "user", "content": "Weather?"}, call, tool_result_thought("c1", "no")]
    request = to_anthropic(history)
    use, result = request["messages"][1]["content"][0], request["messages"][2]["content"][0]
    assert use == {"type": "tool_use", "id": "c1", "name": "get_weather", "input": {"city": "Oslo"}}
    assert result.get("is_error", False) is is_error
    assert from_anthropic(**request)[1]["metadata"]["tool_state"] == back


def test_arguments_that_are_not_a_json_object_are_a_clear_error():
    with pytest.raises(MessagesChatbotError, match=r"message 0: a tool call's arguments must be a JSON object"):
        to_anthropic([tool_call_thought("c1", "f", "[1, 2]")])


def test_citations_become_numbered_sources():
    cited = {"type": "web_search_result_location", "url": "https://a.example/x", "title": "A", "cited_text": "x"}
    document = {"type": "char_location", "document_index": 0, "document_title": "Paper", "cited_text": "y"}
    reply = {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "One", "citations": [cited]},
            {"type": "text", "text": ", two", "citations": [document, cited]},
        ],
    }
    (answer,) = from_anthropic([reply])
    assert answer["content"] == "One[1], two[2][1]"
    assert answer["metadata"]["sources"] == [
        {"title": "A", "url": "https://a.example/x", "snippet": "x"},
        {"title": "Paper", "snippet": "y"},
    ]


def test_files_follow_to_openais_rules(tmp_path):
    secret = {"role": "user", "content": {"path": "/etc/passwd"}}
    with pytest.raises(MessagesChatbotError) as refused:
        to_anthropic([secret])
    with pytest.raises(MessagesChatbotError) as by_openai:
        to_openai([secret])
    assert str(refused.value) == str(by_openai.value)


@pytest.mark.parametrize("url", ["/etc/passwd", "file:///etc/passwd", "http://127.0.0.1/x.png", "http://[::1]/x.png"])
def test_a_block_naming_a_path_or_a_local_url_is_refused(url):
    reply = {"role": "user", "content": [{"type": "image", "source": {"type": "url", "url": url}}]}
    with pytest.raises(MessagesChatbotError):
        from_anthropic([reply])


def test_the_stream_shows_thinking_then_a_call_streaming_then_complete():
    events = [*thinking_block(0), *tool_use_block(1)]
    shown = list(stream_anthropic(events, stream := AnthropicStream()))
    assert shown[1][0]["metadata"]["status"] == "pending"  # thinking as it arrives
    streaming = next(step for step in shown if len(step) == 2)
    assert streaming[1]["metadata"]["tool_state"] == "input-streaming"
    thought, call = shown[-1]
    assert thought["metadata"] == {"title": "Reasoning", "status": "done", "signature": signature("Thinking it over.")}
    assert call == tool_call_thought("toolu_1", "get_time", "{}")
    assert stream.tool_calls == [{"type": "tool_use", "id": "toolu_1", "name": "get_time", "input": {}}]


def test_the_stream_shows_citations_as_they_arrive():
    *_, last = stream_anthropic(text_block(0, "Echo", [{"title": "paper.pdf"}]))
    assert last == [
        {
            "role": "assistant",
            "content": "Echo[1]",
            "metadata": {"sources": [{"title": "paper.pdf", "snippet": "cited passage"}]},
        }
    ]


def test_an_error_event_is_a_clear_error():
    with pytest.raises(MessagesChatbotError, match=r"Anthropic stream error \(overloaded_error\): Overloaded"):
        list(stream_anthropic([{"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}]))


def test_the_async_stream_shows_the_same_messages():
    async def events():
        for event in [*thinking_block(0), *text_block(1, "Hi")]:
            yield event

    async def shown():
        return [reply async for reply in astream_anthropic(events())]

    assert asyncio.run(shown()) == list(stream_anthropic([*thinking_block(0), *text_block(1, "Hi")]))


def test_an_image_by_url_goes_as_a_url_and_comes_back():
    history = [{"role": "user", "content": {"path": "https://example.com/cat.png"}}]
    request = to_anthropic(history)
    assert request["messages"][0]["content"] == [
        {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.png"}}
    ]
    assert from_anthropic(**request) == history


def started(index: int, block: dict) -> dict:
    return {"type": "content_block_start", "index": index, "content_block": block}


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "x"}}], "never started"),
        ([{"type": "content_block_stop", "index": 3}], "content block 3 was never started"),
        ([started(0, {"type": "text", "text": ""}), {"type": "content_block_delta", "index": 0}], "no 'delta'"),
        ([started([1], {"type": "text", "text": ""})], "unhashable"),
        ([started(0, {"type": "text", "text": 5})], "'content_block_start' event: "),
        (
            [
                started(0, {"type": "text", "text": ""}),
                {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": "{"}},
            ],
            "no 'input'",
        ),
        ([started(0, {"type": "text", "text": "a", "citations": [{"document_index": "x"}]})], "event: "),
        ([{"type": "error", "error": "boom"}], "'error' event: "),
    ],
)
def test_a_malformed_event_from_the_provider_is_a_clear_error(events, message):
    """A provider's events out of order or of the wrong shape end the stream with a clear error, never a KeyError."""
    with pytest.raises(MessagesChatbotError, match=message):
        list(stream_anthropic(events))


def test_a_malformed_message_is_a_clear_error_naming_it():
    with pytest.raises(MessagesChatbotError, match=r"Anthropic message 1: 'str' object has no attribute"):
        from_anthropic(
            [{"role": "user", "content": "hi"}, {"role": "user", "content": [{"type": "image", "source": ""}]}]
        )


@pytest.mark.parametrize(
    ("block", "field"),
    [
        ({"type": "thinking", "thinking": "t", "signature": {"forged": 1}}, "a thinking block's signature"),
        ({"type": "redacted_thinking", "data": ["x"]}, "a redacted_thinking block's data"),
    ],
)
def test_what_goes_back_next_turn_must_be_a_string_when_it_arrives(block, field):
    """The chat would keep a signature that is not a string, and only the next turn's request would fail."""
    with pytest.raises(MessagesChatbotError, match=f"Anthropic message 0: {field} must be a string"):
        from_anthropic([{"role": "assistant", "content": [block]}])
    with pytest.raises(MessagesChatbotError, match=f"{field} must be a string"):
        list(stream_anthropic([started(0, block), {"type": "content_block_stop", "index": 0}]))
