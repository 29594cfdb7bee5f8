"""Split ``<think>``-style reasoning out of a message, as ``gr.Chatbot(reasoning_tags=...)`` does."""

from __future__ import annotations

from collections.abc import Callable

from .wire import Metadata, WireMessage, content_items

# (text, tags) -> [(segment, is_reasoning, status)], gr.Chatbot's own extractor.
ExtractBlocks = Callable[[str, list[tuple[str, str]]], list[tuple[str, bool, str]]]


def split_reasoning(message: WireMessage, tags: list[tuple[str, str]], extract: ExtractBlocks) -> list[WireMessage]:
    """The message as a sequence: a "Reasoning" thought per tagged block, prose between them.

    An unclosed tag (a model still thinking while it streams) gives a thought with
    status "pending". Non-text content follows in one last message, as in gr.Chatbot.
    """
    items = content_items(message)
    texts = [item for item in items if isinstance(item, str)]
    others = [item for item in items if not isinstance(item, str)]
    if not texts:
        return [message]
    parts: list[WireMessage] = []
    for text in texts:
        for segment, is_reasoning, status in extract(text, tags):
            if is_reasoning:
                metadata = Metadata(title="Reasoning", status=status)  # type: ignore[arg-type]
                parts.append(
                    WireMessage.model_construct(role=message.role, content=segment, metadata=metadata, options=None)
                )
            else:
                parts.append(message.model_copy(update={"content": segment}))
    if others:
        parts.append(message.model_copy(update={"content": others}))
    return parts
