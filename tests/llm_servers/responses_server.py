"""An OpenAI Responses API stand-in.

Checks each request against the ``openai`` package's own request type (``ResponseCreateParamsStreaming``)
and what the API checks beyond it: each ``function_call_output`` answers a ``function_call`` sent before it,
each ``reasoning`` item sent back is one it gave, with the encrypted content it gave, and (stateless, with
``include=["reasoning.encrypted_content"]``) each ``function_call`` comes back after the reasoning that led to
it. Refuses as the API does: 400 with ``{"error": {"message", "type": "invalid_request_error", "param", "code"}}``.

Streams the API's events (``response.created``, ``response.output_item.added`` / ``.done``,
``response.output_text.delta``, ``response.reasoning_summary_text.delta``,
``response.function_call_arguments.delta``, ``response.completed``, with ``event:`` lines): a reasoning
item (with ``encrypted_content`` when the request includes it), then the echo; a ``get_time`` call when
asked for the time; the tool's output read back after it; a ``url_citation`` when asked for a source; an
``error`` event when asked to "fail".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from openai.types.responses.response_create_params import ResponseCreateParamsStreaming
from pydantic import TypeAdapter

from .base import Refusal, StandIn, image_format, pieces
from .openai_server import problem_in

REQUEST = TypeAdapter(ResponseCreateParamsStreaming)
SUMMARY = "Thinking it over."
SOURCE = {"type": "url_citation", "url": "https://example.com/source", "title": "Example source"}


def encrypted(reasoning_id: str) -> str:
    """The encrypted content the stand-in gives a reasoning item; sent back, it must match."""
    return hashlib.sha256(reasoning_id.encode()).hexdigest()


def items_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    given = body["input"]
    return [{"role": "user", "content": given}] if isinstance(given, str) else list(given)


def parts_of(item: dict[str, Any]) -> list[dict[str, Any]]:
    content = item.get("content")
    return [{"type": "input_text", "text": content}] if isinstance(content, str) else list(content or [])


def answer(item: dict[str, Any]) -> str:
    parts = parts_of(item)
    text = " ".join(part["text"] for part in parts if part["type"] == "input_text")
    formats = [image_format(part["image_url"]) for part in parts if part["type"] == "input_image"]
    images = f" (with {len(formats)} image(s): {', '.join(formats)})" if formats else ""
    return f"Echo: {text}{images}"


def semantic_problem(body: dict[str, Any]) -> tuple[str, str] | None:
    calls: set[str] = set()
    stateless = "reasoning.encrypted_content" in (body.get("include") or [])
    reasoned = False  # since the last user message: a reasoning item came back
    for index, item in enumerate(items_of(body)):
        kind = item.get("type", "message")
        reasoned = (reasoned or kind == "reasoning") and item.get("role") != "user"
        if kind == "function_call" and stateless and not reasoned:
            return f"input[{index}]", "Item of type 'function_call' was provided without its required 'reasoning' item."
        if kind == "function_call":
            calls.add(item["call_id"])
        elif kind == "function_call_output" and item["call_id"] not in calls:
            return f"input[{index}]", f"No tool call found for function call output with call_id {item['call_id']}."
        elif kind == "reasoning" and item.get("encrypted_content", encrypted(item["id"])) != encrypted(item["id"]):
            return f"input[{index}].encrypted_content", "The encrypted content could not be verified."
    return None


class ResponsesStandIn(StandIn):
    name = "responses"
    paths = ("/v1/responses",)
    named_events = True

    def check(self, body: Any) -> None:
        problem = problem_in(body, REQUEST)
        found = (problem.param, str(problem)) if problem else semantic_problem(body)
        if found:
            param, message = found
            error = {"message": message, "type": "invalid_request_error", "param": param, "code": None}
            raise Refusal(400, {"error": error}, message)

    def chunks(self, body: dict[str, Any]) -> Iterator[dict[str, Any] | str]:
        items = items_of(body)
        last = items[-1]
        text = " ".join(part.get("text", "") for part in parts_of(last) if part.get("type") == "input_text")
        turn = sum(item.get("role") == "user" for item in items)
        response = {
            "id": f"resp_{turn}",
            "object": "response",
            "created_at": 0,
            "model": body["model"],
            "status": "in_progress",
            "output": [],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        events = Events()
        yield events.event("response.created", response=response)
        output: list[dict[str, Any]] = []
        if last.get("type") == "function_call_output":
            output.append((yield from events.message(len(output), f"The time is {last['output']}.")))
        elif "fail" in text:
            yield events.event("error", code="server_error", message="The server had an error.", param=None)
            return
        else:
            with_encrypted = "reasoning.encrypted_content" in (body.get("include") or [])
            output.append((yield from events.reasoning(len(output), f"rs_{turn}", with_encrypted)))
            if "time" in text and body.get("tools"):
                output.append((yield from events.function_call(len(output), f"call_{turn}")))
            else:
                cited = "source" in text
                output.append((yield from events.message(len(output), answer(last), cited)))
        yield events.event("response.completed", response={**response, "status": "completed", "output": output})


class Events:
    """The events of one response, numbered as the API numbers them."""

    def __init__(self) -> None:
        self.sequence = 0

    def event(self, kind: str, **fields: Any) -> dict[str, Any]:
        self.sequence += 1
        return {"type": kind, "sequence_number": self.sequence, **fields}

    def reasoning(self, index: int, item_id: str, with_encrypted: bool) -> Iterator[dict[str, Any]]:
        item: dict[str, Any] = {"type": "reasoning", "id": item_id, "summary": []}
        yield self.event("response.output_item.added", output_index=index, item=item)
        part = {"type": "summary_text", "text": ""}
        yield self.event(
            "response.reasoning_summary_part.added", item_id=item_id, output_index=index, summary_index=0, part=part
        )
        for piece in pieces(SUMMARY):
            yield self.event(
                "response.reasoning_summary_text.delta",
                item_id=item_id,
                output_index=index,
                summary_index=0,
                delta=piece,
            )
        done = {**item, "summary": [{"type": "summary_text", "text": SUMMARY}]}
        if with_encrypted:
            done["encrypted_content"] = encrypted(item_id)
        yield self.event("response.output_item.done", output_index=index, item=done)
        return done

    def function_call(self, index: int, call_id: str) -> Iterator[dict[str, Any]]:
        item = {
            "type": "function_call",
            "id": f"fc_{call_id}",
            "call_id": call_id,
            "name": "get_time",
            "arguments": "",
            "status": "in_progress",
        }
        yield self.event("response.output_item.added", output_index=index, item=item)
        for piece in ("{", "}"):
            yield self.event(
                "response.function_call_arguments.delta", item_id=item["id"], output_index=index, delta=piece
            )
        done = {**item, "arguments": "{}", "status": "completed"}
        yield self.event("response.output_item.done", output_index=index, item=done)
        return done

    def message(self, index: int, text: str, cited: bool = False) -> Iterator[dict[str, Any]]:
        item_id = f"msg_{index}"
        item = {"type": "message", "id": item_id, "role": "assistant", "status": "in_progress", "content": []}
        yield self.event("response.output_item.added", output_index=index, item=item)
        part: dict[str, Any] = {"type": "output_text", "text": "", "annotations": []}
        yield self.event("response.content_part.added", item_id=item_id, output_index=index, content_index=0, part=part)
        for piece in pieces(text):
            yield self.event(
                "response.output_text.delta",
                item_id=item_id,
                output_index=index,
                content_index=0,
                delta=piece,
                logprobs=[],
            )
        annotations = [{**SOURCE, "start_index": 0, "end_index": len(text)}] if cited else []
        for number, annotation in enumerate(annotations):
            yield self.event(
                "response.output_text.annotation.added",
                item_id=item_id,
                output_index=index,
                content_index=0,
                annotation_index=number,
                annotation=annotation,
            )
        done = {**item, "status": "completed", "content": [{**part, "text": text, "annotations": annotations}]}
        yield self.event("response.output_item.done", output_index=index, item=done)
        return done
