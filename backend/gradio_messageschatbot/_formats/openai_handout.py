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
    sources: list[int]
    """For each handed-out message, the index of the first original it was made from."""

    def originals_of(self, position: int) -> list[Any]:
        """The originals behind one handed-out message: itself and the thoughts after it (and before, for the first)."""
        start = 0 if position == 0 else self.sources[position]
        end = self.sources[position + 1] if position + 1 < len(self.sources) else len(self.originals)
        return self.originals[start:end]


class OpenAIMessage(dict[str, Any]):
    """An OpenAI chat message (a plain ``dict`` to any client) that knows where it came from."""

    _handout: _Handout
    _position: int


def hand_out(history: list[Any], allowed_paths: Sequence[str | os.PathLike[str]] = ()) -> list[OpenAIMessage]:
    """``to_openai(history)``, as messages that :func:`take_back` can turn back into ``history``."""
    converted = converted_with_sources(history, allowed_paths)
    messages = [OpenAIMessage(message) for message, _ in converted]
    handout = _Handout(
        originals=list(history),
        messages=messages,
        snapshots=[snapshot(dict(message)) for message in messages],  # a plain dict: its data is copied
        sources=[source for _, source in converted],
    )
    for position, message in enumerate(messages):
        message._handout, message._position = handout, position
    return messages


def take_back(value: list[Any]) -> list[Any]:
    """``value`` with every unchanged handed-out message replaced by the originals it was made from.

    Unchanged means the same object, equal to what was handed out. An edited
    message, and any message the function made itself, is converted from
    OpenAI's format as it is.
    """
    result: list[Any] = []
    for message in value:
        if isinstance(message, OpenAIMessage):
            handout, position = message._handout, message._position
            if handout.messages[position] is message and message == handout.snapshots[position]:
                result.extend(handout.originals_of(position))
                continue
        result.append(message)
    return result
