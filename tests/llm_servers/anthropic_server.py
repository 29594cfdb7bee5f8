"""An Anthropic Messages API stand-in.

Checks each request against the ``anthropic`` package's own request type
(``MessageCreateParamsStreaming``) and what the API checks beyond it: every ``tool_use`` answered by a
``tool_result`` in the next message, no empty text block, each thinking block sent back with the
signature it was given (the real API refuses a thinking block it did not sign), and, with thinking on, the
assistant turn whose tool use is answered starting with its thinking. Refuses as the API does:
400 with ``{"type": "error", "error": {"type": "invalid_request_error", "message"}}``.

Streams the API's events (``message_start``, ``content_block_start`` / ``_delta`` / ``_stop``,
``message_delta``, ``message_stop``, with ``event:`` lines): thinking with its signature, then the echo;
a ``get_time`` tool call when asked for the time; the tool's result read back after it; a citation of
each document sent; an ``overloaded_error`` event when asked to "fail".
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from typing import Any

from anthropic.types.message_create_params import MessageCreateParamsStreaming
from pydantic import TypeAdapter

from .base import IMAGE_MAGIC, Refusal, StandIn, pieces
from .openai_server import problem_in

REQUEST = TypeAdapter(MessageCreateParamsStreaming)
THINKING = "Thinking it over."


def signature(thinking: str) -> str:
    """What the stand-in signs a thinking block with; a block sent back must carry it."""
    return base64.b64encode(hashlib.sha256(thinking.encode()).digest()[:12]).decode()


def blocks_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    content = message["content"]
    return [{"type": "text", "text": content}] if isinstance(content, str) else list(content)


def answer(message: dict[str, Any]) -> str:
    """The echo of a user turn: its text, and the images it carries."""
    blocks = blocks_of(message)
    text = " ".join(block["text"] for block in blocks if block["type"] == "text")
    formats = [image_format(block["source"]) for block in blocks if block["type"] == "image"]
    images = f" (with {len(formats)} image(s): {', '.join(formats)})" if formats else ""
    return f"Echo: {text}{images}"


def image_format(source: dict[str, Any]) -> str:
    if source["type"] != "base64":
        return "url"
    data = base64.b64decode(source["data"])
    return next((name for magic, name in IMAGE_MAGIC.items() if data.startswith(magic)), "unknown")


def semantic_problem(body: dict[str, Any]) -> str | None:
    """What the API refuses beyond the request's types."""
    messages = body["messages"]
    for index, message in enumerate(messages):
        blocks = blocks_of(message)
        for position, block in enumerate(blocks):
            where = f"messages.{index}.content.{position}"
            if block["type"] == "text" and not block["text"]:
                return f"{where}: text content blocks must be non-empty"
            if block["type"] == "thinking" and block["signature"] != signature(block["thinking"]):
                return f"{where}: Invalid `signature` in `thinking` block"
        calls = {block["id"] for block in blocks if block["type"] == "tool_use"}
        if calls:
            following = blocks_of(messages[index + 1]) if index + 1 < len(messages) else []
            answered = {block["tool_use_id"] for block in following if block["type"] == "tool_result"}
            if calls - answered and index + 1 < len(messages):
                return (
                    f"messages.{index + 1}: `tool_use` ids were found without `tool_result` blocks immediately "
                    f"after: {', '.join(sorted(calls - answered))}"
                )
    return thinking_problem(body)


def thinking_problem(body: dict[str, Any]) -> str | None:
    """With thinking on, the assistant turn whose tool use is being answered must start with its thinking."""
    if (body.get("thinking") or {}).get("type") != "enabled":
        return None
    turns = [(index, blocks_of(m)) for index, m in enumerate(body["messages"]) if m["role"] == "assistant"]
    if not turns:
        return None
    index, blocks = turns[-1]
    if any(block["type"] == "tool_use" for block in blocks) and blocks[0]["type"] not in (
        "thinking",
        "redacted_thinking",
    ):
        return (
            f"messages.{index}.content.0.type: Expected `thinking` or `redacted_thinking`, but found "
            f"`{blocks[0]['type']}`. When `thinking` is enabled, a final `assistant` message must start with a "
            "thinking block"
        )
    return None


class AnthropicStandIn(StandIn):
    name = "anthropic"
    paths = ("/v1/messages",)
    named_events = True

    def check(self, body: Any) -> None:
        problem = problem_in(body, REQUEST)
        reason = str(problem).replace("Invalid '", "").replace("': ", ": ", 1) if problem else semantic_problem(body)
        if reason:
            raise Refusal(400, {"type": "error", "error": {"type": "invalid_request_error", "message": reason}}, reason)

    def chunks(self, body: dict[str, Any]) -> Iterator[dict[str, Any] | str]:
        last = body["messages"][-1]
        blocks = blocks_of(last)
        text = " ".join(block["text"] for block in blocks if block["type"] == "text")
        message = {
            "id": "msg_stand_in",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 0},
        }
        yield {"type": "message_start", "message": message}
        yield {"type": "ping"}
        results = [block for block in blocks if block["type"] == "tool_result"]
        if results:
            yield from text_block(0, f"The time is {result_text(results[0])}.")
            stop = "end_turn"
        elif "fail" in text:
            yield {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
            return
        else:
            yield from thinking_block(0)
            if "time" in text and body.get("tools"):
                yield from tool_use_block(1)
                stop = "tool_use"
            else:
                documents = [block for block in blocks if block["type"] == "document"]
                yield from text_block(1, answer(last), documents)
                stop = "end_turn"
        usage = {"output_tokens": 10}
        yield {"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None}, "usage": usage}
        yield {"type": "message_stop"}


def result_text(result: dict[str, Any]) -> str:
    content = result.get("content")
    return content if isinstance(content, str) else " ".join(block.get("text", "") for block in content or [])


def thinking_block(index: int) -> Iterator[dict[str, Any]]:
    yield {
        "type": "content_block_start",
        "index": index,
        "content_block": {"type": "thinking", "thinking": "", "signature": ""},
    }
    for piece in pieces(THINKING):
        yield {"type": "content_block_delta", "index": index, "delta": {"type": "thinking_delta", "thinking": piece}}
    yield {
        "type": "content_block_delta",
        "index": index,
        "delta": {"type": "signature_delta", "signature": signature(THINKING)},
    }
    yield {"type": "content_block_stop", "index": index}


def text_block(index: int, text: str, documents: list[dict[str, Any]] = ()) -> Iterator[dict[str, Any]]:  # type: ignore[assignment]
    yield {
        "type": "content_block_start",
        "index": index,
        "content_block": {"type": "text", "text": "", "citations": None},
    }
    for piece in pieces(text):
        yield {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}}
    for number, document in enumerate(documents):
        citation = {
            "type": "char_location",
            "cited_text": "cited passage",
            "document_index": number,
            "document_title": document.get("title"),
            "start_char_index": 0,
            "end_char_index": 13,
            "file_id": None,
        }
        yield {
            "type": "content_block_delta",
            "index": index,
            "delta": {"type": "citations_delta", "citation": citation},
        }
    yield {"type": "content_block_stop", "index": index}


def tool_use_block(index: int) -> Iterator[dict[str, Any]]:
    call = {"type": "tool_use", "id": "toolu_1", "name": "get_time", "input": {}}
    yield {"type": "content_block_start", "index": index, "content_block": call}
    for piece in ("", "{", "}"):
        yield {
            "type": "content_block_delta",
            "index": index,
            "delta": {"type": "input_json_delta", "partial_json": piece},
        }
    yield {"type": "content_block_stop", "index": index}
