"""Migrate Gradio <= 5 "tuples" histories (``[[user, bot], ...]``) to and from the messages format."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .. import _kinds as kinds
from .._model.fields import MessageFields, fields_of
from .._model.messages import MessageDict, Role
from ..errors import MessagesChatbotError

TuplePart = Any  # str | (path,) | (path, alt_text) | component | None


def _content_from_tuple_part(part: TuplePart) -> Any:
    if isinstance(part, tuple | list):
        if not part:
            raise MessagesChatbotError("an empty tuple is not a file")
        return {"path": part[0], **({"alt_text": part[1]} if len(part) > 1 and part[1] is not None else {})}
    return part


def from_tuples(pairs: Iterable[Sequence[TuplePart]]) -> list[MessageDict]:
    """``[[user, bot], ...]`` as messages; ``None`` halves are skipped, files become file dicts."""
    history: list[MessageDict] = []
    for index, pair in enumerate(pairs):
        if len(pair) != 2:
            raise MessagesChatbotError(f"pair {index}: expected [user, bot], got {len(pair)} items")
        roles: tuple[Role, Role] = ("user", "assistant")
        for role, part in zip(roles, pair):
            if part is not None:
                history.append(MessageDict(role=role, content=_content_from_tuple_part(part)))
    return history


def _tuple_item(item: Any) -> TuplePart:
    """A file as the tuples format wrote one, ``(path,)`` or ``(path, alt_text)``; anything else as it is."""
    if kinds.held(item) is not kinds.FILE:
        return item
    return (item["path"], item["alt_text"]) if item.get("alt_text") else (item["path"],)


def _tuple_part(fields: MessageFields) -> TuplePart:
    items = fields.content if isinstance(fields.content, list) else [fields.content]
    converted = [_tuple_item(item) for item in items]
    part = converted[0] if len(converted) == 1 else converted
    title = fields.title()
    if title and isinstance(part, str):
        return f"**{title}**\n\n{part}"  # tuples had no thoughts: show the title in the text
    return part


def to_tuples(history: Iterable[Any]) -> list[list[TuplePart]]:
    """Messages as ``[[user, bot], ...]``. Consecutive messages of one role get a pair each."""
    pairs: list[list[TuplePart]] = []
    for message in history:
        fields = fields_of(message)
        part = _tuple_part(fields)
        role = fields.role
        if role == "assistant" and pairs and pairs[-1][1] is None:
            pairs[-1][1] = part
        elif role == "assistant":
            pairs.append([None, part])
        else:
            pairs.append([part, None])
    return pairs
