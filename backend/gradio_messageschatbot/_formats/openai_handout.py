"""``type="openai"``: hand a function OpenAI messages, and take back the ones it returns unchanged.

OpenAI's format cannot hold everything a chat shows: an assistant's image becomes a
``[name]`` mention, a reasoning thought is left out, an embedded component has no part
at all. A function that returns ``history + [reply]`` would erase all of that from the
chat. So each message handed out remembers the messages it was made from; when the
function returns one of them unchanged, it is replaced by those originals, and the chat
keeps exactly what it showed.

Nothing is stored on the server: the memory travels with the message objects and is
gone when the function lets go of them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from typing import Any

from .._pipeline.cache import snapshot
from .openai import converted_with_sources


@dataclasses.dataclass(frozen=True)
class _Handout:
    originals: list[Any]
    messages: list[OpenAIMessage]
    snapshots: list[Any]
    spans: list[tuple[int, int]]
    """For each handed-out message, the indices of the first and last original it was made from."""

    def leading(self, position: int) -> list[Any]:
        """The originals left out of OpenAI's format (thoughts) just before a handed-out message:
        a reasoning or a plan leads to the message after it."""
        start = self.spans[position - 1][1] + 1 if position > 0 else 0
        return self.originals[start : self.spans[position][0]]

    def trailing(self, position: int) -> list[Any]:
        """The originals left out after the last handed-out message; none after the others."""
        return self.originals[self.spans[-1][1] + 1 :] if position == len(self.spans) - 1 else []

    def own(self, position: int) -> list[Any]:
        first, last = self.spans[position]
        return self.originals[first : last + 1]


class OpenAIMessage(dict[str, Any]):
    """An OpenAI chat message (a plain ``dict`` to any client) that knows where it came from."""

    _handout: _Handout
    _position: int


def hand_out(history: list[Any], allowed_paths: Sequence[str | os.PathLike[str]] = ()) -> list[OpenAIMessage]:
    """``to_openai(history)``, as messages that :func:`take_back` can turn back into ``history``."""
    converted = converted_with_sources(history, allowed_paths)
    messages = [OpenAIMessage(message) for message, _, _ in converted]
    handout = _Handout(
        originals=list(history),
        messages=messages,
        snapshots=[snapshot(dict(message)) for message in messages],  # a plain dict: its data is copied
        spans=[(first, last) for _, first, last in converted],
    )
    for position, message in enumerate(messages):
        message._handout, message._position = handout, position
    return messages


def take_back(value: list[Any]) -> list[Any]:
    """``value`` with every unchanged handed-out message replaced by the originals it was made from.

    Unchanged means the same object, equal to what was handed out. An edited message
    is converted from OpenAI's format as it is, after the thoughts that led to it; a
    message the function made itself is converted as it is.
    """
    if OpenAIMessage not in map(type, value):  # the usual case, checked in C: a streamed yield stays cheap
        return value
    return [message for message, _ in _taken_back(value)]


def position_in(value: list[Any], index: int) -> int:
    """The position in ``value`` of the message that ``take_back(value)[index]`` comes from."""
    return _taken_back(value)[index][1]


def _taken_back(value: list[Any]) -> list[tuple[Any, int]]:
    """:func:`take_back`'s messages, each with the position in ``value`` of the message it comes from."""
    result: list[tuple[Any, int]] = []
    for source, message in enumerate(value):
        if not isinstance(message, OpenAIMessage) or message._handout.messages[message._position] is not message:
            result.append((message, source))
            continue
        handout, position = message._handout, message._position
        unchanged = message == handout.snapshots[position]
        originals = [
            *handout.leading(position),
            *(handout.own(position) if unchanged else [message]),
            *handout.trailing(position),
        ]
        result.extend((original, source) for original in originals)
    return result
