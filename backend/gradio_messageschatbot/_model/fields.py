"""A message's fields, whatever its shape: a dict, a ``ChatMessage``, a ``gradio`` ``Message`` or a wire message."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, NamedTuple

import gradio as gr

from .._gradio import Message
from ..errors import MessagesChatbotError
from .messages import MessageDict
from .wire import WireMessage

AnyMessage = MessageDict | Mapping[str, Any] | WireMessage | Message | gr.ChatMessage
"""A message in any shape a handler may return: a dict (the messages format, or gr.Chatbot's normalized
form), a wire message, a ``gradio`` ``Message`` model, or a ``ChatMessage`` (ours or gradio's).
``MessageDict`` is one of the dicts; it is named so that the reference documents its shape."""


class MessageFields(NamedTuple):
    role: Any
    content: Any
    metadata: Any
    options: Any

    def title(self) -> str:
        """The thought title in its metadata (a dict or a model); ``""`` for a plain message."""
        if self.metadata is None:
            return ""
        title = self.metadata.get("title") if isinstance(self.metadata, Mapping) else self.metadata.title
        return str(title or "")


def fields_of(message: object) -> MessageFields:
    """``(role, content, metadata, options)``; a :class:`MessagesChatbotError` for a shape that is no message."""
    if isinstance(message, Mapping):
        if "role" not in message or "content" not in message:
            missing = [key for key in ("role", "content") if key not in message]
            raise MessagesChatbotError(f"missing {' and '.join(map(repr, missing))}")
        return MessageFields(message["role"], message["content"], message.get("metadata"), message.get("options"))
    if isinstance(message, WireMessage | Message):
        return MessageFields(message.role, message.content, message.metadata, message.options)
    if dataclasses.is_dataclass(message) and hasattr(message, "content"):  # ChatMessage, ours or gradio's
        return MessageFields(
            getattr(message, "role", "assistant"),
            message.content,
            getattr(message, "metadata", None),
            getattr(message, "options", None),
        )
    raise MessagesChatbotError(
        f"a message must be a dict with 'role' and 'content' or a ChatMessage, got {type(message).__name__}"
    )
