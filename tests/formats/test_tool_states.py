"""Tool-call states (``metadata["tool_state"]``) through the wire, the OpenAI converters and the stream helper."""

from __future__ import annotations

import pytest
from gradio_messageschatbot import (
    MessagesChatbot,
    from_openai,
    stream_openai,
    to_openai,
    tool_call_thought,
    tool_result_thought,
)
from gradio_messageschatbot._model.messages import TOOL_STATES
from wire_trip import send_back, to_page


def history_in(state: str) -> list[dict]:
    return [
        {"role": "user", "content": "Weather?"},
        tool_call_thought("c1", "get_weather", '{"city": "Oslo"}', state=state),
        tool_result_thought("c1", "4 degrees" if state != "error" else "TimeoutError"),
        {"role": "assistant", "content": "It is 4 degrees."},
    ]


@pytest.mark.parametrize("state", TOOL_STATES)
def test_each_state_survives_the_wire(state):
    chatbot = MessagesChatbot()
    history = history_in(state)
    assert to_page(chatbot, history)[1]["metadata"]["tool_state"] == state
    assert send_back(chatbot, history) == history


def test_an_unknown_state_is_refused_naming_the_message():
    chatbot = MessagesChatbot()
    history = history_in("done")
    history[1]["metadata"]["tool_state"] = "exploded"
    with pytest.raises(Exception, match=r"message 1: metadata tool_state: Input should be 'input-streaming'"):
        chatbot.postprocess(history)
    page = to_page(chatbot, history_in("done"))
    page[1]["metadata"]["tool_state"] = "exploded"
    with pytest.raises(Exception, match=r"message 1: metadata.tool_state: Input should be"):
        chatbot.data_model.model_validate(page)


@pytest.mark.parametrize("state", TOOL_STATES)
def test_to_openai_sends_the_call_and_its_result_whatever_the_state(state):
    sent = to_openai(history_in(state))
    assert sent[1]["tool_calls"][0]["function"] == {"name": "get_weather", "arguments": '{"city": "Oslo"}'}
    assert sent[2] == {"role": "tool", "tool_call_id": "c1", "content": sent[2]["content"]}
    assert sent[2]["content"] == ("TimeoutError" if state == "error" else "4 degrees")


def test_from_openai_marks_a_call_with_a_result_done_and_round_trips_it():
    history = history_in("done")
    assert from_openai(to_openai(history)) == history


def test_from_openai_leaves_a_call_without_a_result_unmarked():
    back = from_openai(to_openai(history_in("awaiting-approval")[:2]))
    assert back[1] == tool_call_thought("c1", "get_weather", '{"city": "Oslo"}')
    assert "tool_state" not in back[1]["metadata"]


@pytest.mark.parametrize("state", ["error", "denied", "running", "awaiting-approval", "input-streaming"])
def test_states_openai_cannot_carry_come_back_as_the_call_and_its_result(state):
    """OpenAI messages have no state: what comes back is the call, its result, and "done" for having one."""
    history = history_in(state)
    back = from_openai(to_openai(history))
    assert back[1]["metadata"] == {**history[1]["metadata"], "tool_state": "done"}
    assert back[2] == history[2]


def chunk(delta: dict, finish_reason: str | None = None) -> dict:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}


def test_stream_shows_arguments_streaming_then_a_complete_call():
    chunks = [
        chunk({"tool_calls": [{"index": 0, "id": "c1", "function": {"name": "get_weather", "arguments": '{"ci'}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ty": "Oslo"}'}}]}),
        chunk({}, finish_reason="tool_calls"),
    ]
    first, second, last = stream_openai(chunks)
    assert first == [tool_call_thought("c1", "get_weather", '{"ci', "pending", "input-streaming")]
    assert second[0]["metadata"]["tool_state"] == "input-streaming"
    assert last == [tool_call_thought("c1", "get_weather", '{"city": "Oslo"}')]
    # the app runs the call: the finished stream's call plus a state and a result go through the wire
    last[0]["metadata"]["tool_state"] = "running"
    assert send_back(MessagesChatbot(), last) == last
