"""A llama.cpp server stand-in, for its OpenAI-compatible chat endpoint.

Checks ``messages`` as llama-server does (``oaicompat_chat_params_parse`` and
``common_chat_msgs_parse_oaicompat``), for a vision model started with ``--mmproj``
(images yes, audio no). Refuses with llama.cpp's shape,
``{"error": {"code", "message", "type"}}``: a bad argument is 400
``invalid_request_error``, anything else that throws is 500 ``server_error``, as its
exception wrapper decides. Streams its chunks (a role delta first, an empty delta with
``finish_reason`` last), then ``[DONE]``.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from typing import Any

from .base import Refusal, StandIn, answer, pieces

MEDIA_MARKER = "<__media__>"


class InvalidArgument(ValueError):
    """``std::invalid_argument``: the request is at fault (400)."""


class ServerError(RuntimeError):
    """Any other exception llama-server throws while reading a request (500)."""


def dump(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def string_field(value: Any, key: str) -> str:
    """``json_value(value, key, std::string())``: a missing or mistyped field reads as ""."""
    field = value.get(key) if isinstance(value, dict) else None
    return field if isinstance(field, str) else ""


def check_image_url(url: str) -> None:
    """``handle_media``, which never downloads here: a remote image fails as an unreachable one does."""
    if url.startswith("http"):
        raise ServerError("Failed to download image")
    if url.startswith("file://"):
        raise InvalidArgument("file:// URLs are not allowed unless --media-path is specified")
    parts = url.split(",")
    if len(parts) != 2:
        raise ServerError("Invalid url value")
    if not parts[0].startswith("data:image/"):
        raise ServerError(f"Invalid url format: {parts[0]}")
    if not parts[0].endswith("base64"):
        raise ServerError("url must be base64 encoded")


def read_media(messages: list[Any]) -> None:
    """The first pass over ``messages``: content shapes, and media parts swapped for markers."""
    for message in messages:
        fields = message if isinstance(message, dict) else {}
        if "content" not in fields:
            if string_field(fields, "role") != "assistant":
                raise InvalidArgument("All non-assistant messages must contain 'content'")
            if "tool_calls" not in fields:
                raise InvalidArgument("Assistant message must contain either 'content' or 'tool_calls'!")
            continue
        content = fields["content"]
        if content is None or isinstance(content, str):
            continue
        if not isinstance(content, list):
            raise InvalidArgument("Expected 'content' to be a string or an array")
        for part in content:
            kind = string_field(part, "type")
            if kind == "image_url":
                check_image_url(string_field(part.pop("image_url", None), "url"))
                part.update(type="media_marker", text=MEDIA_MARKER)
            elif kind == "input_audio":
                raise ServerError(
                    "audio input is not supported - hint: if this is unexpected, you may need to provide the mmproj"
                )
            elif kind != "text":
                raise InvalidArgument("unsupported content[].type")


def parse_messages(messages: list[Any]) -> None:
    """The second pass, ``common_chat_msgs_parse_oaicompat``."""
    try:
        for message in messages:
            if not isinstance(message, dict):
                raise InvalidArgument(f"Expected 'message' to be an object, got {dump(message)}")
            if "role" not in message:
                raise InvalidArgument(f"Missing 'role' in message: {dump(message)}")
            if not isinstance(message["role"], str):
                raise ServerError("[json.exception.type_error.302] type must be string")
            for part in message["content"] if isinstance(message.get("content"), list) else []:
                if not isinstance(part, dict) or "type" not in part:
                    raise InvalidArgument(f"Missing content part type: {dump(part)}")
                if part["type"] not in ("text", "media_marker"):
                    raise InvalidArgument(f"Unsupported content part type: {dump(part['type'])}")
                if not isinstance(part.get("text"), str):
                    raise ServerError("[json.exception.out_of_range.403] key 'text' not found or not a string")
            for call in message.get("tool_calls") or []:
                if "type" not in call:
                    raise InvalidArgument(f"Missing tool call type: {dump(call)}")
                if call["type"] != "function":
                    raise InvalidArgument(f"Unsupported tool call type: {dump(call)}")
                if "name" not in call.get("function", {}):
                    raise InvalidArgument(f"Missing tool call name: {dump(call)}")
                if "arguments" not in call["function"]:
                    raise ServerError("[json.exception.out_of_range.403] key 'arguments' not found")
    except (InvalidArgument, ServerError) as error:
        raise ServerError(f"Failed to parse messages: {error}") from None


def refusal(code: int, kind: str, message: str) -> Refusal:
    """``format_error_response``, wrapped in ``{"error": ...}`` with ``code`` as the status."""
    return Refusal(code, {"error": {"code": code, "message": message, "type": kind}}, message)


class LlamaCppStandIn(StandIn):
    name = "llama.cpp"
    paths = ("/v1/chat/completions", "/chat/completions")

    def check(self, body: Any) -> None:
        try:
            if "messages" not in body:
                raise InvalidArgument("'messages' is required")
            messages = copy.deepcopy(body["messages"])
            if not isinstance(messages, list):
                raise InvalidArgument("Expected 'messages' to be an array")
            read_media(messages)
            parse_messages(messages)
        except InvalidArgument as error:
            raise refusal(400, "invalid_request_error", str(error)) from None
        except ServerError as error:
            raise refusal(500, "server_error", str(error)) from None

    def chunks(self, body: dict[str, Any]) -> Iterator[dict[str, Any] | str]:
        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
            return {
                "choices": [{"finish_reason": finish_reason, "index": 0, "delta": delta}],
                "created": int(time.time()),
                "id": "chatcmpl-stand-in",
                "model": body.get("model", "gpt-3.5-turbo"),
                "system_fingerprint": "b6000-stand-in",
                "object": "chat.completion.chunk",
            }

        yield chunk({"role": "assistant", "content": None})
        for piece in pieces(answer(body["messages"][-1])):
            yield chunk({"content": piece})
        yield chunk({}, "stop")
        yield "[DONE]"
