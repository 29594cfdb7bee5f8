"""Convert between the messages format and Hugging Face transformers' chat-template messages.

Processors' chat templates take ``content`` as a list of typed parts:
``{"type": "text", "text"}`` and ``{"type": "image" | "audio" | "video", "url" | "path"}``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from gradio.components.base import Component

from .. import _gradio
from .._model.messages import MessageDict
from .._pipeline.embedded import files_in
from .._pipeline.files import check_readable, is_url
from ..errors import MessagesChatbotError

MEDIA_KINDS = ("image", "audio", "video")


def _media_part(file: Mapping[str, Any], allowed_paths: Sequence[str | os.PathLike[str]]) -> dict[str, Any]:
    path = str(file["path"])
    mime = file.get("mime_type") or _gradio.mime_type(file.get("orig_name") or path) or ""
    kind = mime.split("/")[0]
    if kind not in MEDIA_KINDS:
        raise MessagesChatbotError(f"transformers chat templates take images, audio and video, not {mime!r}")
    check_readable(path, allowed_paths)  # the processor will open it
    return {"type": kind, "url" if is_url(path) else "path": path}


def to_transformers(
    history: Iterable[Any], *, allowed_paths: Sequence[str | os.PathLike[str]] = ()
) -> list[dict[str, Any]]:
    """A messages-format history in the chat-template shape (thoughts are left out).

    Paths are passed on only where a client may name them (see :func:`.to_openai`).
    """
    result = []
    for index, message in enumerate(history):
        role, content, metadata = (
            (message["role"], message["content"], message.get("metadata"))
            if isinstance(message, Mapping)
            else (message.role, message.content, message.metadata)
        )
        if metadata and metadata.get("title"):
            continue
        try:
            parts = [_part(item, allowed_paths) for item in (content if isinstance(content, list) else [content])]
        except MessagesChatbotError as error:
            raise MessagesChatbotError.at(index, error) from error
        result.append({"role": role, "content": parts})
    return result


def _part(item: Any, allowed_paths: Sequence[str | os.PathLike[str]]) -> dict[str, Any]:
    if isinstance(item, str):
        return {"type": "text", "text": item}
    if isinstance(item, Mapping) and "path" in item:
        return _media_part(item, allowed_paths)
    files = files_in(item) if isinstance(item, Component) else []
    if len(files) == 1:
        return _media_part(files[0], allowed_paths)
    raise MessagesChatbotError(f"{type(item).__name__} has no chat-template form")


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
            elif kind in MEDIA_KINDS and ("path" in part or "url" in part):
                items.append({"path": part.get("path") or part["url"]})
            else:
                raise ValueError(f"message {index}: unsupported chat-template part {part!r}")
        history.append(MessageDict(role=message["role"], content=items[0] if len(items) == 1 else items))
    return history
