"""The cache stays within its byte budget, forgets idle histories by itself, and never breaks a conversion.

No test waits on a duration: idle timeouts are either driven by a fake clock or
observed by joining the sweeper thread, with a deadline only against hanging.
"""

from __future__ import annotations

import gc
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest
from gradio_messageschatbot import ChatMessage, MessagesChatbot
from gradio_messageschatbot._pipeline import cache as cache_module
from gradio_messageschatbot._pipeline.cache import (
    ALWAYS_CHANGED,
    HOT_SECONDS,
    IDLE_SECONDS,
    MAX_DEPTH,
    MessageCache,
    snapshot,
)

HANG = 10  # seconds after which a thread that should have ended counts as hung


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def caches() -> Iterator[list[MessageCache]]:
    """Caches made by a test; cleared afterwards so their sweepers end with it."""
    made: list[MessageCache] = []
    yield made
    for cache in made:
        cache.clear()


def history(name: str, size: int = 20) -> list[dict]:
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": f"{name} message {i} " * 5} for i in range(size)]


def converted_indices(cache: MessageCache, messages: list, describe=repr) -> list[int]:
    """Convert ``messages`` through ``cache``; return the indices it had to convert, after checking the results."""
    calls: list[int] = []

    def convert(message, index):
        calls.append(index)
        return describe(message)

    assert cache.convert(messages, convert) == [describe(message) for message in messages]
    return calls


def bytes_of(messages: list) -> int:
    """The estimate for ``messages`` alone, from a cache with room for them."""
    cache = MessageCache()
    converted_indices(cache, messages)
    size = cache.estimated_bytes
    cache.clear()
    return size


def new_sweepers(before: set[threading.Thread]) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t not in before and t.name == "MessageCache sweeper"]


# --- the byte budget -----------------------------------------------------------


def test_many_histories_stay_within_the_byte_budget(caches):
    budget = 5 * bytes_of(history("sample"))
    cache = MessageCache(max_bytes=budget)
    caches.append(cache)
    for number in range(40):
        converted_indices(cache, history(f"h{number}"))
        assert 0 < cache.estimated_bytes <= budget
    assert 1 < len(cache) <= 5


def test_the_least_recently_used_history_is_forgotten_first(clock, caches):
    a, b, c, d = (history(name) for name in "abcd")
    cache = MessageCache(max_bytes=int(3.5 * bytes_of(a)), clock=clock)
    caches.append(cache)
    for messages in (a, b, c):
        converted_indices(cache, messages)
        clock.now += 2 * HOT_SECONDS
    assert converted_indices(cache, a) == []  # a is now the most recently used; b the least
    clock.now += 2 * HOT_SECONDS
    converted_indices(cache, d)
    assert converted_indices(cache, c) == []
    assert converted_indices(cache, a) == []
    assert converted_indices(cache, b) == list(range(len(b)))


def test_a_history_larger_than_the_budget_is_not_kept_and_still_converts(caches):
    small, large = history("small", 4), history("large", 400)
    cache = MessageCache(max_bytes=2 * bytes_of(small))
    caches.append(cache)
    converted_indices(cache, small)
    for token in ("a", "b", "c"):
        large[-1]["content"] += token
        assert converted_indices(cache, large) == list(range(len(large)))  # checks every result too
    assert converted_indices(cache, small) == []  # the large one did not push it out
    assert len(cache) == 1
    assert cache.estimated_bytes == bytes_of(small)


def test_a_stream_is_not_pushed_out_by_more_streams_than_fit(clock, caches):
    """With more histories streaming than fit, the kept ones stay kept instead of all missing in turn."""
    streams = [history(f"stream{number}") for number in range(4)]
    cache = MessageCache(max_bytes=int(2.5 * bytes_of(streams[0])), clock=clock)
    caches.append(cache)
    for token in range(5):
        clock.now += 0.1  # every stream gets a token ten times a second
        for index, messages in enumerate(streams):
            messages[-1]["content"] += "t"
            converted = converted_indices(cache, messages)
            if token > 0 and index < 2:
                assert converted == [len(messages) - 1], f"stream {index} missed at token {token}"
    assert len(cache) == 2
    clock.now += 2 * HOT_SECONDS  # the first two went quiet: the others may take their place
    converted_indices(cache, streams[2])
    converted_indices(cache, streams[3])
    assert converted_indices(cache, streams[3]) == []
    assert converted_indices(cache, streams[0]) == list(range(len(streams[0])))


def count_snapshots(monkeypatch) -> list[int]:
    taken: list[int] = []
    real = cache_module._Footprint.snapshot

    def counting(self, value):
        taken.append(1)
        return real(self, value)

    monkeypatch.setattr(cache_module._Footprint, "snapshot", counting)
    return taken


def test_a_history_too_large_to_keep_takes_no_snapshots_after_its_first_call(clock, caches, monkeypatch):
    small, large = history("small", 4), history("large", 400)
    cache = MessageCache(max_bytes=2 * bytes_of(small), clock=clock)
    caches.append(cache)
    taken = count_snapshots(monkeypatch)
    converted_indices(cache, large)
    assert 0 < len(taken) < len(large)  # it took snapshots until it knew
    taken.clear()
    for token in ("a", "b"):
        large[-1]["content"] += token
        assert converted_indices(cache, large) == list(range(len(large)))
    assert taken == []  # then converts as with no cache
    clock.now += 2 * IDLE_SECONDS
    converted_indices(cache, small)  # the refusal is forgotten once idle: the large history is tried again
    converted_indices(cache, large)
    assert taken


def test_a_component_with_no_cache_budget_streams_correctly():
    chatbot = MessagesChatbot(cache_max_bytes=0)
    messages = [{"role": "user", "content": "q"}, {"role": "assistant", "content": ""}]
    for token in ("Hel", "lo"):
        messages[-1]["content"] += token
        wire = chatbot.postprocess(messages).model_dump()
    assert wire[-1]["content"] == "Hello"
    assert len(chatbot._cache) == 0


def test_a_conversion_that_fails_leaves_nothing_kept(caches):
    cache = MessageCache()
    caches.append(cache)
    messages = history("failing")
    converted_indices(cache, messages)

    def fail(message, index):
        raise ValueError("cannot convert")

    messages[-1]["content"] += "token"
    with pytest.raises(ValueError):
        cache.convert(messages, fail)
    assert len(cache) == 0
    assert cache.estimated_bytes == 0
    assert converted_indices(cache, messages) == list(range(len(messages)))


@pytest.mark.parametrize(
    "kind",
    ["text", "long text", "thoughts", "files", "dataclasses", "components", "reasoning"],
)
def test_the_estimate_is_within_a_factor_of_two_of_the_memory_kept(kind, tmp_path: Path):
    """Measured with tracemalloc: what stays allocated once only the cache holds the history."""
    attachment = tmp_path / "notes.txt"
    attachment.write_text("notes")
    makers = {
        "text": lambda i: {"role": "user", "content": f"message {i}: " + "some words " * 12},
        "long text": lambda i: {"role": "assistant", "content": f"{i}" + "x" * 5000},
        "thoughts": lambda i: {"role": "assistant", "content": f"{i}", "metadata": {"title": "Tool", "status": "done"}},
        "files": lambda i: {"role": "user", "content": [f"see {i}", {"path": str(attachment)}]},
        "dataclasses": lambda i: ChatMessage(content=f"message {i}"),
        "components": lambda i: {"role": "assistant", "content": gr.Markdown(f"value {i}")},
        "reasoning": lambda i: {"role": "assistant", "content": f"<think>step {i}</think> answer {i}"},
    }
    chatbot = MessagesChatbot(reasoning_tags=[("<think>", "</think>")] if kind == "reasoning" else None)
    size = 100 if kind == "components" else 2000
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        messages = [makers[kind](i) for i in range(size)]
        chatbot.postprocess(messages)
        del messages
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(chatbot._cache) == 1
    assert 0.5 < chatbot._cache.estimated_bytes / kept < 2


# --- forgetting idle histories -----------------------------------------------------


def test_a_history_idle_past_the_timeout_is_converted_again(clock, caches):
    cache = MessageCache(idle_seconds=30, clock=clock)
    caches.append(cache)
    streamed, idle = history("streamed"), history("idle")
    converted_indices(cache, streamed)
    converted_indices(cache, idle)
    for _ in range(5):
        clock.now += 10
        streamed[-1]["content"] += "token"
        assert converted_indices(cache, streamed) == [len(streamed) - 1]
    assert len(cache) == 1  # the idle one was dropped by the calls for the other
    assert converted_indices(cache, idle) == list(range(len(idle)))


def test_the_sweeper_drops_idle_histories_without_any_further_call(caches):
    cache = MessageCache(idle_seconds=0.05)
    caches.append(cache)
    before = set(threading.enumerate())
    for name in "abc":
        converted_indices(cache, history(name))
    [sweeper] = new_sweepers(before)  # one for the cache, not one per history
    sweeper.join(HANG)
    assert not sweeper.is_alive(), "the sweeper should end once the cache is empty"
    assert len(cache) == 0
    assert cache.estimated_bytes == 0


def test_a_sweeper_starts_again_when_the_cache_fills_again_and_ends_on_clear(caches):
    cache = MessageCache(idle_seconds=3600)
    caches.append(cache)
    for round in range(2):
        before = set(threading.enumerate())
        converted_indices(cache, history(f"round {round}"))
        [sweeper] = new_sweepers(before)
        cache.clear()
        sweeper.join(HANG)
        assert not sweeper.is_alive()


def test_no_sweeper_runs_for_a_cache_that_keeps_nothing():
    before = set(threading.enumerate())
    cache = MessageCache(max_bytes=0)
    converted_indices(cache, history("a"))
    assert new_sweepers(before) == []


# --- threads ---------------------------------------------------------------------


def test_concurrent_streams_get_their_own_results_and_the_books_balance():
    """Streams into their own histories, readers of one shared history, and clear(), all at once."""
    shared = history("shared", 50)
    budget = 3 * bytes_of(history("sample", 50))
    cache = MessageCache(max_bytes=budget, idle_seconds=0.2)
    errors: list[BaseException] = []
    start = threading.Barrier(11)

    def guarded(work):
        def run():
            try:
                start.wait()
                work()
            except BaseException as error:
                errors.append(error)

        return run

    def stream(number):
        messages = history(f"stream {number}", 50)
        for token in range(40):
            messages[-1]["content"] += f" t{token}"
            converted_indices(cache, messages)
            assert cache.estimated_bytes <= budget

    def read_shared():
        for _ in range(40):
            converted_indices(cache, shared)

    def clear():
        for _ in range(20):
            cache.clear()

    before = set(threading.enumerate())
    workers = [threading.Thread(target=guarded(lambda n=n: stream(n))) for n in range(6)]
    workers += [threading.Thread(target=guarded(read_shared)) for _ in range(4)]
    workers.append(threading.Thread(target=guarded(clear)))
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(HANG)
    assert not errors, errors
    for sweeper in new_sweepers(before):
        sweeper.join(HANG)
    assert len(cache) == 0
    assert cache.estimated_bytes == 0  # every byte added was taken away again


# --- deep and cyclic data -----------------------------------------------------------


def content(message: dict) -> str:
    """What the deep tests convert a message to: repr would recurse."""
    return message["content"]


def nested(depth: int) -> dict:
    top = inner = {}
    for _ in range(depth):
        inner["next"] = {}
        inner = inner["next"]
    return top


def test_deeply_nested_data_is_always_changed_instead_of_recursing(caches):
    deep = {"role": "assistant", "content": "x", "metadata": {"title": "T", "trace": nested(10_000)}}
    assert snapshot(deep) is ALWAYS_CHANGED
    assert deep != snapshot(deep)
    assert snapshot(nested(MAX_DEPTH - 1)) == nested(MAX_DEPTH - 1)
    cache = MessageCache()
    caches.append(cache)
    messages = [{"role": "user", "content": "q"}, deep, {"role": "assistant", "content": "a"}]
    converted_indices(cache, messages, content)
    assert converted_indices(cache, messages, content) == [1]


def test_cyclic_data_is_always_changed_instead_of_recursing(caches):
    loop: dict = {"title": "T"}
    loop["self"] = loop
    loop["again"] = loop
    message = {"role": "assistant", "content": "x", "metadata": loop}
    assert snapshot(message) is ALWAYS_CHANGED
    cache = MessageCache()
    caches.append(cache)
    converted_indices(cache, [message], content)
    assert converted_indices(cache, [message], content) == [0]


def test_deeply_nested_metadata_is_a_clear_error_not_a_crash():
    chatbot = MessagesChatbot()
    messages = [
        {"role": "assistant", "content": "thinking", "metadata": {"title": "Tool", "trace": nested(10_000)}},
        {"role": "assistant", "content": ""},
    ]
    for token in ("Hel", "lo"):
        messages[-1]["content"] += token
        with pytest.raises(gr.Error, match="message 0: metadata is nested more than 64 levels deep"):
            chatbot.postprocess(messages)
