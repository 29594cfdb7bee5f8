"""A Hugging Face Text Generation Inference stand-in.

Checks each request against ``huggingface_hub``'s chat-completion input types
(``ChatCompletionInput``, generated from TGI's own spec), strictly, as TGI's serde
types read JSON, plus what those types leave optional but TGI's ``MessageBody`` and
``MessageChunk`` enums require. Refuses as TGI's axum ``Json`` extractor does: 422 with
the plain-text "Failed to deserialize the JSON body into the target type: ...".
Streams TGI's chunks (each delta carries ``role`` and ``content``), then ``[DONE]``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

from huggingface_hub import ChatCompletionInput
from pydantic import TypeAdapter, ValidationError

from .base import Refusal, StandIn, answer, first_problem, location, pieces

REQUEST = TypeAdapter(ChatCompletionInput)


def serde_problem(request: ChatCompletionInput) -> tuple[tuple[Any, ...], str] | None:
    """What TGI's enums refuse although the generated types accept it."""
    for index, message in enumerate(request.messages):
        if message.content is None and message.tool_calls is None:
            return ("messages", index), "data did not match any variant of untagged enum MessageBody"
        for position, chunk in enumerate(message.content if isinstance(message.content, list) else []):
            field = "text" if chunk.type == "text" else "image_url"
            if getattr(chunk, field) is None:
                return ("messages", index, "content", position), f"missing field `{field}`"
    return None


class TGIStandIn(StandIn):
    name = "tgi"

    def check(self, body: Any) -> None:
        try:
            problem = serde_problem(REQUEST.validate_json(json.dumps(body), strict=True))
        except ValidationError as error:
            problem = first_problem(error, body)
        if problem:
            path, message = problem
            reason = f"{location(path)}: {message}"
            raise Refusal(422, f"Failed to deserialize the JSON body into the target type: {reason}", reason)

    def chunks(self, body: dict[str, Any]) -> Iterator[dict[str, Any] | str]:
        def chunk(content: str, finish_reason: str | None = None) -> dict[str, Any]:
            return {
                "object": "chat.completion.chunk",
                "id": "",
                "created": int(time.time()),
                "model": "stand-in/tgi",
                "system_fingerprint": "3.3.6-native",
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": content},
                        "logprobs": None,
                        "finish_reason": finish_reason,
                    }
                ],
                "usage": None,
            }

        for piece in pieces(answer(body["messages"][-1])):
            yield chunk(piece)
        yield chunk("", "stop")  # the end-of-sequence token is special: its text is not sent
        yield "[DONE]"
