"""Reuse the converted form of messages that did not change since the last postprocess.

Gradio postprocesses the whole history at every streamed yield, though usually
only the last message grew. A message is reused when it is the same object as
before and a cheap snapshot of its data is equal to the one taken then, so a
message edited in place (a thought marked "done", text appended to a dict) is
converted again. Strings are immutable and compared by identity first, so an
unchanged message costs a few dictionary look-ups.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_ATOMS = (str, int, float, bool, type(None), bytes)


def snapshot(value: Any) -> Any:
    """A comparable copy of ``value``'s data, deep for containers, shallow for other objects.

    Other objects (components, pydantic models) are kept as they are and
    compared with ``==``: replacing one counts as a change, mutating it in place
    does not.
    """
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is dict:
        return (dict, tuple([(key, snapshot(item)) for key, item in value.items()]))
    if kind is list or kind is tuple:
        return (kind, tuple([snapshot(item) for item in value]))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (kind, tuple([snapshot(getattr(value, f.name)) for f in dataclasses.fields(value)]))
    return value


class MessageCache(Generic[T]):
    """Converted messages of the most recently postprocessed histories.

    Histories are told apart by their first message object, so concurrent
    sessions streaming into their own histories keep their own entries; the
    least recently used history is forgotten past ``max_histories``.
    """

    def __init__(self, max_histories: int = 64) -> None:
        self._max_histories = max_histories
        self._histories: OrderedDict[int, dict[int, tuple[Any, Any, T]]] = OrderedDict()
        self._lock = threading.Lock()

    def convert(self, history: list[Any], convert_one: Callable[[Any, int], T]) -> list[T]:
        """``[convert_one(message, index) ...]``, reusing results for unchanged messages."""
        if not history:
            return []
        key = id(history[0])
        with self._lock:
            previous = self._histories.get(key, {})
        current: dict[int, tuple[Any, Any, T]] = {}
        results: list[T] = []
        for index, message in enumerate(history):
            state = snapshot(message)
            cached = previous.get(id(message))
            if cached is not None and cached[0] is message and cached[1] == state:
                result = cached[2]
            else:
                result = convert_one(message, index)
            current[id(message)] = (message, state, result)
            results.append(result)
        with self._lock:
            self._histories[key] = current
            self._histories.move_to_end(key)
            while len(self._histories) > self._max_histories:
                self._histories.popitem(last=False)
        return results

    def clear(self) -> None:
        with self._lock:
            self._histories.clear()
