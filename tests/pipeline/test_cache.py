"""Postprocess reuses unchanged messages but notices every change."""

from __future__ import annotations

from gradio_messageschatbot import ChatMessage, MessagesChatbot
from gradio_messageschatbot._pipeline.cache import HOT_SECONDS, MessageCache, snapshot


def counting(cache: MessageCache, history):
    calls = []

    def convert(message, index):
        calls.append(index)
        return repr(message)

    return cache.convert(history, convert), calls


def test_only_the_grown_message_is_converted_again():
    cache = MessageCache()
    history = [{"role": "user", "content": "q"}, {"role": "assistant", "content": ""}]
    counting(cache, history)
    for token in ("a", "b", "c"):
        history[-1]["content"] += token
        results, calls = counting(cache, history)
        assert calls == [1]
    assert results[1] == repr({"role": "assistant", "content": "abc"})


def test_in_place_edits_of_nested_data_are_noticed():
    cache = MessageCache()
    thought = {"role": "assistant", "content": "x", "metadata": {"title": "T", "status": "pending"}}
    history = [thought, {"role": "assistant", "content": ["a"]}]
    counting(cache, history)
    thought["metadata"]["status"] = "done"
    history[1]["content"].append("b")
    _, calls = counting(cache, history)
    assert calls == [0, 1]


def test_dataclass_messages_are_compared_by_their_fields():
    cache = MessageCache()
    message = ChatMessage(content="a")
    counting(cache, [message])
    assert counting(cache, [message])[1] == []
    message.content = "ab"
    assert counting(cache, [message])[1] == [0]


def test_equal_but_new_objects_are_converted():
    cache = MessageCache()
    counting(cache, [{"role": "user", "content": "a"}])
    assert counting(cache, [{"role": "user", "content": "a"}])[1] == [0]


def test_separate_histories_keep_separate_entries():
    cache = MessageCache()
    one = [{"role": "user", "content": "1"}]
    two = [{"role": "user", "content": "2"}]
    counting(cache, one)
    counting(cache, two)
    assert counting(cache, one)[1] == []
    assert counting(cache, two)[1] == []


def test_old_histories_are_forgotten():
    now = [0.0]
    cache = MessageCache(max_histories=2, clock=lambda: now[0])
    histories = [[{"role": "user", "content": str(i)}] for i in range(3)]
    for history in histories:
        counting(cache, history)
        now[0] += 2 * HOT_SECONDS  # none is streaming: the least recently used may go
    assert counting(cache, histories[0])[1] == [0]


def test_more_hot_histories_than_kept_leave_the_kept_ones_in_place():
    cache = MessageCache(max_histories=2)
    histories = [[{"role": "user", "content": str(i)}] for i in range(3)]
    for history in histories:
        counting(cache, history)
    assert counting(cache, histories[0])[1] == []
    assert counting(cache, histories[2])[1] == [0]


def test_snapshot_copies_containers():
    data = {"a": [1, {"b": 2}]}
    before = snapshot(data)
    data["a"][1]["b"] = 3
    assert snapshot(data) != before


def test_streaming_through_the_component_gives_the_right_value():
    chatbot = MessagesChatbot()
    history = [{"role": "user", "content": "q"}, {"role": "assistant", "content": ""}]
    for token in ["Hel", "lo"]:
        history[-1]["content"] += token
        wire = chatbot.postprocess(history).model_dump()
    assert wire[-1]["content"] == "Hello"
    history[0]["content"] = "changed"
    assert chatbot.postprocess(history).model_dump()[0]["content"] == "changed"
