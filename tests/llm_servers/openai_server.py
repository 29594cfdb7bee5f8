"""An OpenAI chat-completions stand-in.

Checks each request against the ``openai`` package's own request type
(``CompletionCreateParams``); refuses like the API does: 400 with
``{"error": {"message", "type": "invalid_request_error", "param", "code"}}``.
Streams ``chat.completion.chunk`` events, then ``[DONE]``.

It answers as OpenAI-compatible local servers (llama.cpp, vLLM) do, which the demo shows:
``reasoning_content`` before a text answer, a ``get_time`` tool call when asked for the time,
and the tool's result read back after the call.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

from openai.types.chat.completion_create_params import CompletionCreateParams
from pydantic import TypeAdapter, ValidationError

from .base import Refusal, StandIn, answer, first_problem, location, pieces, text_of

REQUEST = TypeAdapter(CompletionCreateParams)


class Invalid(ValueError):
    def __init__(self, path: tuple[Any, ...], message: str):
        super().__init__(f"Invalid '{location(path)}': {message}")
        self.param = location(path)


def settle(value: Any, sent: Any, path: tuple[Any, ...] = ()) -> None:
    """Validate what pydantic left lazy: the ``Iterable`` fields of openai's types (messages,
    content parts) are only checked while iterated. ``sent`` is the request as it arrived."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            settle(item, sent.get(key), (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            settle(item, sent[index], (*path, index))
    elif isinstance(value, Iterator):
        if not isinstance(sent, list):  # a dict iterates over its keys: still not the array the API wants
            raise Invalid(path, f"expected an array, got {type(sent).__name__}")
        try:
            for index, item in enumerate(value):
                settle(item, sent[index], (*path, index))
        except ValidationError as error:
            raise Invalid(*first_problem(error, sent, path)) from None


def problem_in(body: Any, request: TypeAdapter[Any] = REQUEST) -> Invalid | None:
    """The first problem in ``body`` as a request of the type ``request`` checks (a chat completion's by default)."""
    try:
        settle(request.validate_python(body), body)
    except ValidationError as error:
        return Invalid(*first_problem(error, body))
    except Invalid as problem:
        return problem
    return None


class OpenAIStandIn(StandIn):
    name = "openai"

    def check(self, body: Any) -> None:
        problem = problem_in(body)
        if problem:
            error = {"message": str(problem), "type": "invalid_request_error", "param": problem.param, "code": None}
            raise Refusal(400, {"error": error}, str(problem))

    def chunks(self, body: dict[str, Any]) -> Iterator[dict[str, Any] | str]:
        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
            return {
                "id": "chatcmpl-stand-in",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
            }

        last = body["messages"][-1]
        yield chunk({"role": "assistant", "content": ""})
        if last["role"] == "tool":
            for piece in pieces(f"The time is {text_of(last)}."):
                yield chunk({"content": piece})
            yield chunk({}, "stop")
        elif "time" in text_of(last) and body.get("tools"):
            call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_time", "arguments": ""}}
            yield chunk({"tool_calls": [call]})
            for piece in ("{", "}"):
                yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
            yield chunk({}, "tool_calls")
        else:
            for piece in pieces("Thinking it over."):
                yield chunk({"reasoning_content": piece})
            for piece in pieces(answer(last)):
                yield chunk({"content": piece})
            yield chunk({}, "stop")
        yield "[DONE]"
