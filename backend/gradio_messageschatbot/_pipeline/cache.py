"""Reuse the converted form of messages that did not change since the last postprocess.

Gradio postprocesses the whole history at every streamed yield, though usually
only the last message grew. A message is reused when it is the same object as
before and a cheap snapshot of its data is equal to the one taken then, so a
message edited in place (a thought marked "done", text appended to a dict) is
converted again. Strings are immutable and compared by identity first, so an
unchanged message costs a few dictionary look-ups.

A server streams for many people at once, so what is kept is bounded three ways:
a number of histories, an estimate of their bytes, and time (a history nobody
streamed into for ``IDLE_SECONDS`` is forgotten even if no call comes to notice).
Correctness never depends on the cache: a forgotten history is converted again.
"""

from __future__ import annotations

import ctypes
import dataclasses
import operator
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")

MAX_HISTORIES = 64
MAX_BYTES = 64 * 1024 * 1024
IDLE_SECONDS = 30.0
# A history used this recently is streaming. Evicting it for another would only make it miss at its
# next token: with more streams than fit, eviction in turn made every call a miss, dearer than no cache.
HOT_SECONDS = 1.0
# Deeper data is never copied or compared: both recurse, and real messages are a few levels deep.
MAX_DEPTH = 100
# What the cache adds per message beyond its data: a tuple, a dictionary entry, three list slots.
_BOOKKEEPING_BYTES = 200

_ATOMS = (str, int, float, bool, type(None), bytes)


def _glibc_malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None elsewhere (macOS, musl, Windows)."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


# glibc keeps freed memory for reuse instead of giving it back to the system. Trimming once
# the cache empties took `make memory`'s idle server from 1773 to 1441 MB RSS (100 sessions
# of 20,000 messages, Gradio's own session state limited to one); it costs well under 1 ms.
_malloc_trim = _glibc_malloc_trim()


class _AlwaysChanged:
    """Stands in for data too deep to copy: it equals nothing, so its message is converted at every call."""

    def __eq__(self, other: object) -> bool:
        return False

    def __repr__(self) -> str:
        return "ALWAYS_CHANGED"


ALWAYS_CHANGED = _AlwaysChanged()


_model_bytes: dict[type, int] = {}


def _model_overhead(model: BaseModel) -> int:
    """A model's header, attribute table and field set; measured once per class, as sizeof is slow."""
    kind = type(model)
    if kind not in _model_bytes:
        fields_set = model.__pydantic_fields_set__
        _model_bytes[kind] = sys.getsizeof(model) + sys.getsizeof(model.__dict__) + sys.getsizeof(fields_set)
    return _model_bytes[kind]


class _TooDeep(Exception):
    """Raised from MAX_DEPTH levels down, to give up on a walk without recursing further."""


class _Footprint:
    """Takes one message's snapshot and adds up the bytes the cache keeps alive for it.

    The bytes are counted once, while the message is converted; an unchanged message
    is never walked again. The message's containers count twice (the snapshot copies
    them) and its strings once (the snapshot shares them). The result counts its own
    containers and models but not its strings: conversion passes the message's text
    through. Anything else (a component) counts its own header and attribute table,
    not what they refer to: an estimate, not an inventory.
    """

    def __init__(self) -> None:
        self.nbytes = _BOOKKEEPING_BYTES

    def snapshot(self, value: Any) -> Any:
        """A copy of ``value``'s data, or ALWAYS_CHANGED if it is nested deeper than MAX_DEPTH."""
        try:
            return self._copy(value, 0)
        except _TooDeep:
            return ALWAYS_CHANGED

    def add_result(self, result: Any) -> None:
        """Count what a converted result holds beyond the message's own data (down to MAX_DEPTH)."""
        try:
            self._add_results([result], -1)
        except _TooDeep:
            pass

    def _copy(self, value: Any, depth: int) -> Any:
        kind = type(value)
        if kind is str or kind is bytes:
            self.nbytes += sys.getsizeof(value)
            return value
        if kind in _ATOMS:
            return value
        if depth == MAX_DEPTH:
            raise _TooDeep
        if kind is dict:
            self.nbytes += 2 * sys.getsizeof(value)
            copy = {}
            for key, item in value.items():
                if type(item) is str:
                    self.nbytes += sys.getsizeof(item)
                    copy[key] = item
                else:
                    copy[key] = self._copy(item, depth + 1)
            return copy
        if kind is list:
            self.nbytes += 2 * sys.getsizeof(value)
            return [self._copy(item, depth + 1) for item in value]
        if kind is tuple:
            self.nbytes += 2 * sys.getsizeof(value)
            return tuple([self._copy(item, depth + 1) for item in value])
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            self.nbytes += 2 * (sys.getsizeof(value) + sys.getsizeof(getattr(value, "__dict__", {})))
            fields = [f.name for f in dataclasses.fields(value) if f.init]
            return dataclasses.replace(value, **{name: self._copy(getattr(value, name), depth + 1) for name in fields})
        self.nbytes += sys.getsizeof(value) + sys.getsizeof(getattr(value, "__dict__", ()))
        return value

    def _add_result(self, value: Any, depth: int) -> None:
        if depth == MAX_DEPTH:
            raise _TooDeep
        if isinstance(value, BaseModel):
            self.nbytes += _model_overhead(value)
            self._add_results(value.__dict__.values(), depth)
            if value.__pydantic_extra__:
                self._add_result(value.__pydantic_extra__, depth + 1)
            return
        self.nbytes += sys.getsizeof(value)
        if type(value) is dict:
            self._add_results(value.values(), depth)
        elif type(value) is list or type(value) is tuple:
            self._add_results(value, depth)

    def _add_results(self, items: Iterable[Any], depth: int) -> None:
        for item in items:
            if type(item) not in _ATOMS:
                self._add_result(item, depth + 1)


def snapshot(value: Any) -> Any:
    """A copy of ``value``'s data that compares equal to it until it is changed.

    Containers are copied deeply, so ``value == snapshot(value)`` notices edits made
    in place; that comparison runs in C and short-cuts on identical strings, so
    checking an unchanged message allocates nothing. Other objects (components,
    pydantic models) are kept as they are: replacing one counts as a change,
    mutating it in place does not. Data nested deeper than MAX_DEPTH (or a cycle)
    gives ALWAYS_CHANGED, which makes its message be converted at every call
    instead of overflowing the stack, here or in the comparison.
    """
    return _Footprint().snapshot(value)


@dataclasses.dataclass(frozen=True)
class _Refusal:
    """A history that did not fit. Its first message is held so that no other history takes its id meanwhile."""

    first: Any
    nbytes: int
    when: float


# One converted message: (message, its snapshot, its result, estimated bytes kept for it).
_Converted = tuple[Any, Any, T, int]


@dataclasses.dataclass
class _HistoryState(Generic[T]):
    """What the last postprocess of one history saw and produced, in order and by id."""

    messages: list[Any]
    copies: list[Any]
    results: list[T]
    by_id: dict[int, _Converted[T]]
    nbytes: int = 0  # estimated bytes of everything in by_id
    last_used: float = 0.0


class MessageCache(Generic[T]):
    """Converted messages of the most recently postprocessed histories, within a byte budget.

    The usual stream only changes the last message, so the unchanged prefix is
    checked in two C-level passes (same objects, equal to their snapshots) and
    its results are reused by slicing. Anything else (an edit in the middle,
    inserted or removed messages) falls back to a per-message look-up by id.
    Histories are told apart by their first message object, so concurrent
    sessions keep their own entries.

    The least recently used history is forgotten past ``max_histories`` or past
    ``max_bytes`` in all; a history estimated larger than ``max_bytes`` on its own
    is converted without being kept, and so is one that would push out a history
    used in the last ``HOT_SECONDS``: when more histories stream than fit, those
    kept stay fast and the others cost what they would with no cache. A history unused for ``idle_seconds`` is
    dropped by a sweeper thread, which runs only while something is kept.
    A call takes its history's entry out while it converts, so two threads never
    share one; the other simply converts from scratch.
    """

    def __init__(
        self,
        max_histories: int = MAX_HISTORIES,
        max_bytes: int = MAX_BYTES,
        idle_seconds: float = IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_histories = max_histories
        self._max_bytes = max_bytes
        self._idle_seconds = idle_seconds
        self._clock = clock
        self._histories: OrderedDict[int, _HistoryState[T]] = OrderedDict()  # least recently used first
        self._refused: OrderedDict[int, _Refusal] = OrderedDict()  # histories refused for want of room, oldest first
        self._nbytes = 0
        self._lock = threading.Lock()
        self._wake_sweeper = threading.Condition(self._lock)
        self._sweeper: threading.Thread | None = None

    def __len__(self) -> int:
        """How many histories are kept."""
        return len(self._histories)

    @property
    def estimated_bytes(self) -> int:
        """The estimated bytes of everything kept: never more than ``max_bytes``."""
        return self._nbytes

    def convert(self, history: list[Any], convert_one: Callable[[Any, int], T]) -> list[T]:
        """``[convert_one(message, index) ...]``, reusing results for unchanged messages."""
        if not history or self._max_bytes <= 0:  # no budget: nothing to keep, nothing to remember
            return [convert_one(message, index) for index, message in enumerate(history)]
        key = id(history[0])
        state = self._take(key)
        if state is None and not self._has_room(self._refused_bytes(key, history[0])):
            return [convert_one(message, index) for index, message in enumerate(history)]  # no snapshots to take
        state = state or _HistoryState([], [], [], {})
        start = self._unchanged_prefix(history, state)
        copies, results = state.copies[:start], state.results[:start]
        by_id, nbytes = state.by_id, state.nbytes
        for index in range(start, len(history)):
            if nbytes > self._max_bytes:  # too large to keep: finish without snapshots, and next time take none
                results.extend(convert_one(message, i) for i, message in enumerate(history[index:], index))
                with self._lock:
                    self._refuse(key, history[0], nbytes)
                return results
            message = history[index]
            cached = by_id.get(id(message))
            if cached is None or cached[0] is not message or message != cached[1]:
                if cached is not None:
                    nbytes -= cached[3]
                footprint = _Footprint()
                copy = footprint.snapshot(message)
                result = convert_one(message, index)
                footprint.add_result(result)
                cached = (message, copy, result, footprint.nbytes)
                by_id[id(message)] = cached
                nbytes += footprint.nbytes
            copies.append(cached[1])
            results.append(cached[2])
        if len(by_id) > 2 * len(history) + 16:  # forget messages that left the history
            by_id = {id(message): by_id[id(message)] for message in history}
            nbytes = sum(converted[3] for converted in by_id.values())
        self._keep(key, _HistoryState(list(history), copies, results, by_id, nbytes))
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

    def _take(self, key: int) -> _HistoryState[T] | None:
        """Remove and return the entry of the history whose first message has id ``key``."""
        with self._lock:
            self._drop_idle()
            state = self._histories.pop(key, None)
            if state is not None:
                self._nbytes -= state.nbytes
            return state

    def _keep(self, key: int, state: _HistoryState[T]) -> None:
        """Store ``state`` as the most recently used entry and evict down to the bounds, unless a hot one would go."""
        with self._lock:
            replaced = self._histories.pop(key, None)  # stored by another thread meanwhile
            if replaced is not None:
                self._nbytes -= replaced.nbytes
            if not self._room_locked(state.nbytes):
                self._refuse(key, state.messages[0], state.nbytes)
                return
            self._refused.pop(key, None)
            state.last_used = self._clock()
            self._histories[key] = state
            self._nbytes += state.nbytes
            while self._nbytes > self._max_bytes or len(self._histories) > self._max_histories:
                _, evicted = self._histories.popitem(last=False)
                self._nbytes -= evicted.nbytes
            self._start_sweeper()

    def _refused_bytes(self, key: int, first: Any) -> int:
        """The estimated bytes of the history starting with ``first`` when it was last refused, else 0."""
        refusal = self._refused.get(key)
        return refusal.nbytes if refusal is not None and refusal.first is first else 0

    def _refuse(self, key: int, first: Any, nbytes: int) -> None:
        """Remember that the history starting with ``first`` did not fit; the caller holds the lock."""
        self._refused.pop(key, None)
        self._refused[key] = _Refusal(first, nbytes, self._clock())
        while len(self._refused) > 4 * self._max_histories:
            self._refused.popitem(last=False)
        self._start_sweeper()

    def _start_sweeper(self) -> None:
        if self._sweeper is None:
            self._sweeper = threading.Thread(target=self._sweep, name="MessageCache sweeper", daemon=True)
            self._sweeper.start()

    def _has_room(self, nbytes: int) -> bool:
        with self._lock:
            return self._room_locked(nbytes)

    def _room_locked(self, nbytes: int) -> bool:
        """Whether ``nbytes`` more fit by evicting only histories that are not hot; the caller holds the lock."""
        if nbytes > self._max_bytes:
            return False
        hot_after = self._clock() - HOT_SECONDS
        hot = [state for state in self._histories.values() if state.last_used > hot_after]
        return len(hot) < self._max_histories and sum(state.nbytes for state in hot) + nbytes <= self._max_bytes

    def _drop_idle(self) -> None:
        """Forget histories and refusals unused for idle_seconds; the caller holds the lock."""
        now = self._clock()
        while self._histories:
            key, oldest = next(iter(self._histories.items()))
            if now - oldest.last_used < self._idle_seconds:
                break
            del self._histories[key]
            self._nbytes -= oldest.nbytes
        while self._refused and now - next(iter(self._refused.values())).when >= self._idle_seconds:
            self._refused.popitem(last=False)

    def _next_expiry(self) -> float | None:
        """When the oldest history or refusal goes idle; None once nothing is left. The caller holds the lock."""
        times = []
        if self._histories:
            times.append(next(iter(self._histories.values())).last_used)
        if self._refused:
            times.append(next(iter(self._refused.values())).when)
        return min(times) + self._idle_seconds if times else None

    def _sweep(self) -> None:
        """Drop histories as they go idle, and end once none is left; the next kept one starts a new sweeper.

        An empty cache usually means the server went quiet, so the memory just freed is
        handed back to the system then (on glibc), rather than after every drop.
        """
        with self._wake_sweeper:
            while True:
                self._drop_idle()
                expiry = self._next_expiry()
                if expiry is None:
                    break
                self._wake_sweeper.wait(expiry - self._clock())
            self._sweeper = None
        if _malloc_trim is not None:
            _malloc_trim(0)

    def clear(self) -> None:
        """Forget every history; the sweeper wakes up to find nothing left and ends."""
        with self._wake_sweeper:
            self._histories.clear()
            self._refused.clear()
            self._nbytes = 0
            self._wake_sweeper.notify_all()
