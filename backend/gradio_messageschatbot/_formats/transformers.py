"""Convert between the messages format and Hugging Face transformers' chat-template messages.

Processors' chat templates take ``content`` as a list of typed parts:
``{"type": "text", "text"}`` and ``{"type": "image" | "audio" | "video", "url" | "path"}``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import _kinds as kinds
from .._kinds.file import TEMPLATE_MEDIA
from .._model.fields import fields_of
from .._model.messages import MessageDict
from ..errors import MessagesChatbotError


def to_transformers(
    history: Iterable[Any], *, allowed_paths: Sequence[str | os.PathLike[str]] = ()
) -> list[dict[str, Any]]:
    """A messages-format history in the chat-template shape (thoughts are left out).

    Paths are passed on only where a client may name them (see :func:`.to_openai`).
    """
    result = []
    for index, message in enumerate(history):
        fields = fields_of(message)
        if fields.title():
            continue
        content = fields.content
        try:
            parts = [_part(item, allowed_paths) for item in (content if isinstance(content, list) else [content])]
        except MessagesChatbotError as error:
            raise MessagesChatbotError.at(index, error) from error
        result.append({"role": fields.role, "content": parts})
    return result


def _part(item: Any, allowed_paths: Sequence[str | os.PathLike[str]]) -> dict[str, Any]:
    kind = kinds.held(item)
    if kind is None:
        raise MessagesChatbotError(f"{type(item).__name__} has no chat-template form")
    return kind.to_transformers(item, allowed_paths)


def from_transformers(messages: Iterable[Mapping[str, Any]]) -> list[MessageDict]:
    """Chat-template messages as a messages-format history."""
    history = []
    for index, message in enumerate(messages):
        content = message["content"]
        if isinstance(content, str):
            history.append(MessageDict(role=message["role"], content=content))
            continue
        items: list[Any] = []
        for part in content:
            kind = part.get("type")
            if kind == "text":
                items.append(part["text"])
            elif kind in TEMPLATE_MEDIA and ("path" in part or "url" in part):
                items.append({"path": part.get("path") or part["url"]})
            else:
                raise MessagesChatbotError(f"message {index}: unsupported chat-template part {part!r}")
        history.append(MessageDict(role=message["role"], content=items[0] if len(items) == 1 else items))
    return history
