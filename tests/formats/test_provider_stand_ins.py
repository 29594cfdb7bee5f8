"""The Anthropic and Responses stand-ins refuse what the APIs refuse, and the SDK clients raise it as they would.

What the five-turn tests rely on: a history sent without conversion, a lost signature or reasoning, or a
result without its call would be refused, not waved through.
"""

from __future__ import annotations

import anthropic
import openai
import pytest
from gradio_messageschatbot import (
    from_anthropic,
    from_responses,
    stream_anthropic,
    stream_responses,
    to_anthropic,
    to_responses,
    tool_call_thought,
    tool_result_thought,
)
from llm_servers import AnthropicStandIn, ResponsesStandIn
from media import png

TOOL_TURN = [
    {"role": "user", "content": "what time is it"},
    tool_call_thought("call_1", "get_time", "{}"),
    tool_result_thought("call_1", "12:00"),
]


def create_message(server: AnthropicStandIn, **request) -> None:
    client = anthropic.Anthropic(base_url=server.url, api_key="stand-in")
    list(client.messages.create(model="claude", max_tokens=100, stream=True, **request))


def create_response(server: ResponsesStandIn, **request) -> None:
    client = openai.OpenAI(base_url=f"{server.url}/v1", api_key="stand-in")
    list(client.responses.create(model="gpt", stream=True, **request))


def test_anthropic_refuses_a_gradio_file_dict_sent_raw(tmp_path):
    file = {"path": str(png(tmp_path, "cat.png"))}
    with AnthropicStandIn() as server:
        with pytest.raises(anthropic.BadRequestError, match=r"messages\[0\]\.content"):
            create_message(server, messages=[{"role": "user", "content": [file]}])
        create_message(server, **to_anthropic([{"role": "user", "content": [file]}], allowed_paths=[tmp_path]))
    assert [request.refusal is None for request in server.requests] == [False, True]


@pytest.mark.parametrize(
    ("history", "refusal"),
    [
        ([*TOOL_TURN[:2], {"role": "user", "content": "next"}], "without `tool_result` blocks"),
        (
            [{"role": "assistant", "content": "x", "metadata": {"title": "Reasoning", "signature": "forged"}}],
            "signature",
        ),
    ],
    ids=["a call without its result", "a forged signature"],
)
def test_anthropic_refuses_what_the_api_refuses_beyond_its_types(history, refusal):
    with AnthropicStandIn() as server, pytest.raises(anthropic.BadRequestError, match=refusal):
        create_message(server, **to_anthropic([{"role": "user", "content": "hi"}, *history]))


def test_anthropic_with_thinking_refuses_a_tool_turn_sent_back_without_its_thinking():
    with (
        AnthropicStandIn() as server,
        pytest.raises(anthropic.BadRequestError, match="must start with a thinking block"),
    ):
        create_message(server, thinking={"type": "enabled", "budget_tokens": 50}, **to_anthropic(TOOL_TURN))


def test_an_anthropic_error_event_reaches_the_client_as_an_error():
    with AnthropicStandIn() as server, pytest.raises(anthropic.APIStatusError, match="Overloaded"):
        create_message(server, messages=[{"role": "user", "content": "fail"}])


def test_responses_refuses_a_gradio_file_dict_sent_raw(tmp_path):
    file = {"path": str(png(tmp_path, "cat.png"))}
    with ResponsesStandIn() as server:
        with pytest.raises(openai.BadRequestError, match="Invalid 'input"):
            create_response(server, input=[{"role": "user", "content": [file]}])
        create_response(server, input=to_responses([{"role": "user", "content": [file]}], allowed_paths=[tmp_path]))
    assert [request.refusal is None for request in server.requests] == [False, True]


def test_responses_refuses_an_output_without_its_call_and_stateless_a_call_without_its_reasoning():
    with ResponsesStandIn() as server:
        with pytest.raises(openai.BadRequestError, match="No tool call found"):
            orphan = {"type": "function_call_output", "call_id": "call_9", "output": "12:00"}
            create_response(server, input=[*to_responses(TOOL_TURN[:1]), orphan])
        with pytest.raises(openai.BadRequestError, match="without its required 'reasoning' item"):
            create_response(server, input=to_responses(TOOL_TURN), include=["reasoning.encrypted_content"], store=False)


def test_the_sdks_own_accumulators_read_the_anthropic_stream_as_stream_anthropic_does():
    """The SDK's ``messages.stream`` builds a ``Message`` from the events: the same shapes as the API's."""
    history = [{"role": "user", "content": "what time is it"}]
    tools = [{"name": "get_time", "input_schema": {"type": "object", "properties": {}}}]
    with AnthropicStandIn() as server:
        client = anthropic.Anthropic(base_url=server.url, api_key="stand-in")
        request = {"model": "claude", "max_tokens": 100, "tools": tools, **to_anthropic(history)}
        with client.messages.stream(**request) as events:
            final = events.get_final_message()
        *_, shown = stream_anthropic(client.messages.create(stream=True, **request))
    assert from_anthropic([final]) == shown


def test_the_sdks_own_accumulators_read_the_responses_stream_as_stream_responses_does():
    history = [{"role": "user", "content": "a source please"}]
    with ResponsesStandIn() as server:
        client = openai.OpenAI(base_url=f"{server.url}/v1", api_key="stand-in")
        request = {"model": "gpt", "input": to_responses(history), "include": ["reasoning.encrypted_content"]}
        with client.responses.stream(**request) as events:
            final = events.get_final_response()
        *_, shown = stream_responses(client.responses.create(stream=True, **request))
    assert from_responses(final.output) == shown
    assert shown[-1]["metadata"]["sources"][0]["url"] == "https://example.com/source"
