"""The kinds of content a message holds, and the one place that tells them apart.

Every conversion of a content item, in the pipeline and in the formats, asks this
registry for the item's kind and lets the kind convert it. A new kind is a module
beside these (a :class:`.kind.ContentKind`) and one entry in :data:`KINDS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._model.wire import ContentItem
from ..errors import MessagesChatbotError
from .component import COMPONENT
from .file import FILE
from .kind import ContentKind, SendComponent
from .text import TEXT

__all__ = ["COMPONENT", "FILE", "KINDS", "TEXT", "ContentKind", "held", "of_wire", "returned", "text_of"]

KINDS: tuple[ContentKind, ...] = (TEXT, FILE, COMPONENT)
_BY_NAME = {kind.name: kind for kind in KINDS}


def returned(item: Any, send: SendComponent) -> ContentItem:
    """One content item a handler returned, in its wire form; an error says what is accepted."""
    if type(item) is str:  # by far the commonest item, and already its wire form: spared the look-up
        return item
    if isinstance(item, Mapping):
        tag = item.get("type")
        tagged = _BY_NAME.get(tag) if isinstance(tag, str) else None
        if tagged is not None:
            return tagged.from_block(item, send)
    for kind in KINDS:
        if kind.takes(item):
            return kind.from_returned(item, send)
    if isinstance(item, Mapping):
        names = [repr(kind.name) for kind in KINDS]
        raise MessagesChatbotError(
            f"a content dict needs 'path' (a file) or 'type' ({', '.join(names[:-1])} or {names[-1]}); "
            f"got keys {sorted(item)}"
        )
    raise MessagesChatbotError(
        f"content of type {type(item).__name__} is not supported; use "
        f"{', '.join(kind.described for kind in KINDS)}, or a list of these"
    )


def of_wire(item: ContentItem) -> ContentKind:
    """The kind of a wire content item (the wire model admits no other)."""
    for kind in KINDS:
        if isinstance(item, kind.wire_types):
            return kind
    raise MessagesChatbotError(f"content of type {type(item).__name__} has no kind")


def held(item: object) -> ContentKind | None:
    """The kind of an item of a messages-format history; ``None`` for anything a handler never receives."""
    for kind in KINDS:
        if kind.holds(item):
            return kind
    return None


def text_of(item: object) -> str:
    """An item's text where only text is taken; anything else gives none."""
    kind = held(item)
    return kind.to_text(item) if kind is not None else ""
