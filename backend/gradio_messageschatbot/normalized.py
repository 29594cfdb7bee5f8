"""Convert Gradio 6's normalized messages into the messages format.

Gradio 6's chatbot hands a function every ``content`` as a list of typed blocks
(``{"type": "text", "text"}``, ``{"type": "file", "file", "alt_text"}``,
``{"type": "component", ...}``). The messages format gives the plain shapes a
user writes: a string, a file dict, a component, or a list of those.
"""

from __future__ import annotations

from typing import Any

from .files import complete_file_dict
from .messages import MessageContent, MessageDict


def content_from_block(block: dict[str, Any]) -> MessageContent:
    """One normalized content block as the messages format spells it."""
    kind = block.get("type")
    if kind == "text":
        return block["text"]
    if kind == "file":
        return complete_file_dict(block["file"], block.get("alt_text"))
    if kind == "component":
        instance = block.get("instance")
        if instance is None:
            raise ValueError(f"unknown component {block.get('component')!r}")
        return instance
    raise ValueError(f"unknown content block type {kind!r}")


def message_from_normalized(message: dict[str, Any], index: int) -> MessageDict:
    """One normalized message as a messages-format dict.

    A single block becomes a bare value and several become a list, so a text
    message is ``{"role", "content": str}`` as LLM clients expect. ``metadata``
    and ``options`` are only present when set, because strict clients reject
    unknown keys with null values.
    """
    try:
        items = [content_from_block(block) for block in message["content"]]
    except ValueError as error:
        raise ValueError(f"message {index}: {error}") from error
    result = MessageDict(role=message["role"], content=items[0] if len(items) == 1 else items)
    if message.get("metadata"):
        result["metadata"] = message["metadata"]
    if message.get("options"):
        result["options"] = message["options"]
    return result
