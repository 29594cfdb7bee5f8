"""Text: a ``str`` everywhere, except as a ``{"type": "text"}`` block in gr.Chatbot's normalized form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._gradio import TextMessage
from .._model.wire import TextBlock
from ..errors import MessagesChatbotError
from .kind import AllowedPaths, ContentKind, OpenAIFiles, SendComponent


class TextKind(ContentKind):
    name = "text"
    described = "a string"
    wire_types = (str, TextBlock)

    def takes(self, item: object) -> bool:
        return isinstance(item, str | TextBlock | TextMessage)

    def from_returned(self, item: Any, send: SendComponent) -> str:
        return item if isinstance(item, str) else str(item.text)

    def from_block(self, block: Mapping[str, Any], send: SendComponent) -> str:
        text = block.get("text")
        if not isinstance(text, str):
            raise MessagesChatbotError(f"a text block needs a 'text' string, got {type(text).__name__}")
        return text

    def to_handler(self, item: Any) -> str:
        return item if isinstance(item, str) else str(item.text)

    def to_normalized(self, item: Any) -> dict[str, Any]:
        return {"type": "text", "text": self.to_handler(item)}

    def holds(self, item: object) -> bool:
        return isinstance(item, str)

    def to_openai(self, item: Any, role: str, files: OpenAIFiles) -> list[dict[str, Any]]:
        return [{"type": "text", "text": item}]

    def to_transformers(self, item: Any, allowed_paths: AllowedPaths) -> dict[str, Any]:
        return {"type": "text", "text": item}

    def to_text(self, item: Any) -> str:
        return str(item)


TEXT = TextKind()
