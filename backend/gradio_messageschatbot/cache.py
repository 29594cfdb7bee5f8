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
import operator
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_ATOMS = (str, int, float, bool, type(None), bytes)


def snapshot(value: Any) -> Any:
    """A copy of ``value``'s data that compares equal to it until it is changed.

    Containers are copied deeply, so ``value == snapshot(value)`` notices edits made
    in place; that comparison runs in C and short-cuts on identical strings, so
    checking an unchanged message allocates nothing. Other objects (components,
    pydantic models) are kept as they are: replacing one counts as a change,
    mutating it in place does not.
    """
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is dict:
        return {key: snapshot(item) for key, item in value.items()}
    if kind is list:
        return [snapshot(item) for item in value]
    if kind is tuple:
        return tuple(snapshot(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{f.name: snapshot(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        )
    return value


@dataclasses.dataclass
class _HistoryState(Generic[T]):
    """What the last postprocess of one history saw and produced, in order and by id."""

    messages: list[Any]
    copies: list[Any]
    results: list[T]
    by_id: dict[int, tuple[Any, Any, T]]


class MessageCache(Generic[T]):
    """Converted messages of the most recently postprocessed histories.

    The usual stream only changes the last message, so the unchanged prefix is
    checked in two C-level passes (same objects, equal to their snapshots) and
    its results are reused by slicing. Anything else (an edit in the middle,
    inserted or removed messages) falls back to a per-message look-up by id.
    Histories are told apart by their first message object, so concurrent
    sessions keep their own entries; the least recently used history is
    forgotten past ``max_histories``.
    """

    def __init__(self, max_histories: int = 64) -> None:
        self._max_histories = max_histories
        self._histories: OrderedDict[int, _HistoryState[T]] = OrderedDict()
        self._lock = threading.Lock()

    def convert(self, history: list[Any], convert_one: Callable[[Any, int], T]) -> list[T]:
        """``[convert_one(message, index) ...]``, reusing results for unchanged messages."""
        if not history:
            return []
        key = id(history[0])
        with self._lock:
            state = self._histories.get(key) or _HistoryState([], [], [], {})
        start = self._unchanged_prefix(history, state)
        copies, results = state.copies[:start], state.results[:start]
        by_id = state.by_id
        for index in range(start, len(history)):
            message = history[index]
            cached = by_id.get(id(message))
            if cached is None or cached[0] is not message or message != cached[1]:
                cached = (message, snapshot(message), convert_one(message, index))
                by_id[id(message)] = cached
            copies.append(cached[1])
            results.append(cached[2])
        if len(by_id) > 2 * len(history) + 16:  # forget messages that left the history
            by_id = {id(m): (m, c, r) for m, c, r in zip(history, copies, results)}
        with self._lock:
            self._histories[key] = _HistoryState(list(history), copies, results, by_id)
            self._histories.move_to_end(key)
            while len(self._histories) > self._max_histories:
                self._histories.popitem(last=False)
        return list(results)

    @staticmethod
    def _unchanged_prefix(history: list[Any], state: _HistoryState[T]) -> int:
        """How many leading messages (all but the last shared one) are known unchanged."""
        shared = min(len(history), len(state.messages)) - 1
        if shared <= 0:
            return 0
        head = history[:shared]
        if all(map(operator.is_, head, state.messages[:shared])) and head == state.copies[:shared]:
            return shared
        return 0

    def clear(self) -> None:
        with self._lock:
            self._histories.clear()
