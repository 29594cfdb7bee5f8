"""Migrate Gradio <= 5 "tuples" histories (``[[user, bot], ...]``) to and from the messages format."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .._model.messages import MessageDict

TuplePart = Any  # str | (path,) | (path, alt_text) | component | None


def _content_from_tuple_part(part: TuplePart) -> Any:
    if isinstance(part, tuple | list):
        if not part:
            raise ValueError("an empty tuple is not a file")
        return {"path": part[0], **({"alt_text": part[1]} if len(part) > 1 and part[1] is not None else {})}
    return part


def from_tuples(pairs: Iterable[Sequence[TuplePart]]) -> list[MessageDict]:
    """``[[user, bot], ...]`` as messages; ``None`` halves are skipped, files become file dicts."""
    history: list[MessageDict] = []
    for index, pair in enumerate(pairs):
        if len(pair) != 2:
            raise ValueError(f"pair {index}: expected [user, bot], got {len(pair)} items")
        for role, part in zip(("user", "assistant"), pair):
            if part is not None:
                history.append(MessageDict(role=role, content=_content_from_tuple_part(part)))  # type: ignore[typeddict-item]
    return history


def _tuple_part(content: Any, metadata: Mapping[str, Any] | None) -> TuplePart:
    items = content if isinstance(content, list) else [content]
    converted = [
        (item["path"], item["alt_text"])
        if isinstance(item, Mapping) and item.get("alt_text")
        else (item["path"],)
        if isinstance(item, Mapping) and "path" in item
        else item
        for item in items
    ]
    part = converted[0] if len(converted) == 1 else converted
    if metadata and metadata.get("title") and isinstance(part, str):
        return f"**{metadata['title']}**\n\n{part}"  # tuples had no thoughts: show the title in the text
    return part


def to_tuples(history: Iterable[Any]) -> list[list[TuplePart]]:
    """Messages as ``[[user, bot], ...]``. Consecutive messages of one role get a pair each."""
    pairs: list[list[TuplePart]] = []
    for message in history:
        role, content, metadata = (
            (message["role"], message["content"], message.get("metadata"))
            if isinstance(message, Mapping)
            else (message.role, message.content, message.metadata)
        )
        part = _tuple_part(content, metadata)
        if role == "assistant" and pairs and pairs[-1][1] is None:
            pairs[-1][1] = part
        elif role == "assistant":
            pairs.append([None, part])
        else:
            pairs.append([part, None])
    return pairs
