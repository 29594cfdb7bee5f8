"""Convert between the messages format and Hugging Face transformers' chat-template messages.

Processors' chat templates take ``content`` as a list of typed parts:
``{"type": "text", "text"}`` and ``{"type": "image" | "audio" | "video", "url" | "path"}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from gradio_client import utils as client_utils

from .files import is_url
from .messages import MessageDict

MEDIA_KINDS = ("image", "audio", "video")


def _media_part(file: Mapping[str, Any], index: int) -> dict[str, Any]:
    path = file["path"]
    mime = file.get("mime_type") or client_utils.get_mimetype(file.get("orig_name") or path) or ""
    kind = mime.split("/")[0]
    if kind not in MEDIA_KINDS:
        raise ValueError(f"message {index}: transformers chat templates take images, audio and video, not {mime!r}")
    return {"type": kind, "url" if is_url(path) else "path": path}


def to_transformers(history: Iterable[Any]) -> list[dict[str, Any]]:
    """A messages-format history in the chat-template shape (thoughts are left out)."""
    result = []
    for index, message in enumerate(history):
        role, content, metadata = (
            (message["role"], message["content"], message.get("metadata"))
            if isinstance(message, Mapping)
            else (message.role, message.content, message.metadata)
        )
        if metadata and metadata.get("title"):
            continue
        parts = []
        for item in content if isinstance(content, list) else [content]:
            if isinstance(item, str):
                parts.append({"type": "text", "text": item})
            elif isinstance(item, Mapping) and "path" in item:
                parts.append(_media_part(item, index))
            elif isinstance(getattr(item, "value", None), Mapping) and "path" in item.value:
                parts.append(_media_part(item.value, index))
            else:
                raise ValueError(f"message {index}: {type(item).__name__} has no chat-template form")
        result.append({"role": role, "content": parts})
    return result


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
