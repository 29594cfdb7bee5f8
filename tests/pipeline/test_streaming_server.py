"""What Gradio does to every streamed yield finds unchanged messages ready: their dumped form is the same
object, and a file already copied into Gradio's cache is not copied again; every change is still seen and
every file check still runs."""

from __future__ import annotations

import asyncio
import os

import gradio as gr
import gradio.blocks
import pytest
from gradio.state_holder import SessionState
from gradio_messageschatbot import MessagesChatbot
from gradio_messageschatbot._formats.openai_handout import take_back
from gradio_messageschatbot._model.wire import MessagesHistory
from gradio_messageschatbot._pipeline.moved import MovedFiles, key_of
from PIL import Image


def pydantic_dump(history: MessagesHistory) -> list:
    """The dump pydantic itself makes (any argument bypasses the kept dumped forms)."""
    return history.model_dump(mode="python")


def test_unchanged_messages_dump_to_the_same_objects():
    chatbot = MessagesChatbot()
    history = [{"role": "user", "content": f"q{i}"} for i in range(5)] + [{"role": "assistant", "content": ""}]
    first = chatbot.postprocess(history).model_dump()
    history[-1]["content"] += "token"
    result = chatbot.postprocess(history)
    second = result.model_dump()
    assert all(a is b for a, b in zip(first[:-1], second[:-1], strict=True))
    assert second[-1] == {"role": "assistant", "content": "token"}
    assert second == pydantic_dump(result)


def test_a_message_edited_in_place_is_dumped_anew():
    chatbot = MessagesChatbot()
    history = [
        {"role": "assistant", "content": "x", "metadata": {"title": "Thinking", "status": "pending"}},
        {"role": "assistant", "content": ["a"]},
        {"role": "assistant", "content": ""},
    ]
    first = chatbot.postprocess(history).model_dump()
    history[0]["metadata"]["status"] = "done"
    history[1]["content"].append("b")
    result = chatbot.postprocess(history)
    second = result.model_dump()
    assert second[0]["metadata"]["status"] == "done"
    assert second[1]["content"] == ["a", "b"]
    assert first[0]["metadata"]["status"] == "pending"  # what was sent before is left as it was
    assert second == pydantic_dump(result)


def test_a_history_changed_after_postprocess_dumps_what_it_holds():
    chatbot = MessagesChatbot()
    result = chatbot.postprocess([{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}])
    result.root[1] = result.root[0]
    result.root.append(result.root[0])
    assert result.model_dump() == [{"role": "user", "content": "a"}] * 3


def test_file_urls_are_dumped_anew_at_every_use(tmp_path):
    """Gradio prefixes file URLs with the server's address in place: what it changed is not sent again."""
    chatbot = MessagesChatbot()
    history = [{"role": "assistant", "content": gr.Image(image(tmp_path / "picture.png", 10))}]
    first = chatbot.postprocess(history).model_dump()
    url = first[0]["content"]["value"]["url"]
    first[0]["content"]["value"]["url"] = "http://x" + url
    assert chatbot.postprocess(history).model_dump()[0]["content"]["value"]["url"] == url


def test_reasoning_splits_dump_as_their_messages():
    chatbot = MessagesChatbot(reasoning_tags=[("<think>", "</think>")])
    history = [{"role": "user", "content": "q"}, {"role": "assistant", "content": "<think>hmm</think>yes"}]
    result = chatbot.postprocess(history)
    assert len(result.model_dump()) == 3
    assert result.model_dump() == pydantic_dump(result)


def test_a_history_without_handed_out_messages_is_taken_back_as_it_is():
    history = [{"role": "user", "content": "q"}]
    assert take_back(history) is history


# --- through Gradio, as the queue continues a streaming handler ----------------------


def image(path, shade: int) -> str:
    Image.new("RGB", (8, 8), (shade, 0, 0)).save(path)
    return str(path)


class Stream:
    """An app whose handler yields ``history`` after appending a token, driven as the queue drives it."""

    def __init__(self, history: list[dict]) -> None:
        self.history = history

        def stream(_):
            for token in range(100):
                history[-1]["content"] += f"t{token} "
                yield history

        with gr.Blocks() as self.demo:
            chatbot = MessagesChatbot()
            gr.Button().click(stream, chatbot, chatbot)
        self.demo.has_launched = True  # Gradio checks files only in a launched app
        self.run = {"state": SessionState(self.demo), "session_hash": "s", "event_id": "e", "root_path": "http://x"}
        self.iterator = None

    def next(self) -> list:
        inputs = [] if self.iterator else [None]
        output = asyncio.run(self.demo.process_api(self.demo.fns[0], inputs, iterator=self.iterator, **self.run))
        self.iterator = output["iterator"]
        return output["data"][0]

    def shown_value(self) -> list:
        """The whole value the session holds for the chatbot (what a reloaded page shows)."""
        state = self.run["state"]
        return state.config_values[self.demo.fns[0].outputs[0]._id]["props"]["value"]


@pytest.fixture
def copies(monkeypatch) -> list[str]:
    """Every path Gradio itself copies (or downloads) into its cache."""
    copied: list[str] = []
    copy = gradio.blocks.Block.async_move_resource_to_block_cache

    async def counting(self, path):
        copied.append(str(path))
        return await copy(self, path)

    monkeypatch.setattr(gradio.blocks.Block, "async_move_resource_to_block_cache", counting)
    return copied


def test_files_in_the_history_are_copied_once_and_still_served(tmp_path, copies):
    picture = image(tmp_path / "picture.png", 10)
    stream = Stream([{"role": "user", "content": {"path": picture}}, {"role": "assistant", "content": ""}])
    sent = stream.next()[0]["content"]["file"]  # the whole value, then diffs
    assert sent["path"] != picture and os.path.isfile(sent["path"])  # Gradio's copy, in its cache
    assert sent["url"] == f"http://x/gradio_api/file={sent['path']}"
    for token in range(1, 6):
        assert stream.next() == [["append", [1, "content"], f"t{token} "]]
    assert copies == [picture]
    assert stream.shown_value()[0]["content"]["file"]["path"] == sent["path"]


def test_a_file_rewritten_during_the_stream_is_copied_again(tmp_path, copies):
    picture = image(tmp_path / "picture.png", 10)
    stream = Stream([{"role": "user", "content": {"path": picture}}, {"role": "assistant", "content": ""}])
    stream.next()
    first = stream.shown_value()[0]["content"]["file"]["path"]
    image(picture, 200)
    os.utime(picture, ns=(1, 1))  # a new modification time, whatever the clock's resolution
    stream.next()
    second = stream.shown_value()[0]["content"]["file"]["path"]
    assert second != first and copies == [picture, picture]


def test_a_file_rewritten_with_its_old_modification_time_is_copied_again(tmp_path, copies):
    picture = tmp_path / "picture.png"
    picture.write_bytes(b"a" * 64)
    before = os.stat(picture)
    stream = Stream([{"role": "user", "content": {"path": str(picture)}}, {"role": "assistant", "content": ""}])
    stream.next()
    picture.write_bytes(b"b" * 64)  # same path, inode and size
    os.utime(picture, ns=(before.st_atime_ns, before.st_mtime_ns))  # put back, as cp -p, rsync -t or tar do
    while os.stat(picture).st_ctime_ns == before.st_ctime_ns:  # the change time has the clock's resolution
        os.utime(picture, ns=(before.st_atime_ns, before.st_mtime_ns))
    stream.next()
    with open(stream.shown_value()[0]["content"]["file"]["path"], "rb") as served:
        assert served.read() == b"b" * 64
    assert copies == [str(picture), str(picture)]


def test_a_copy_deleted_from_gradios_cache_is_made_again(tmp_path, copies):
    picture = image(tmp_path / "picture.png", 10)
    stream = Stream([{"role": "user", "content": {"path": picture}}, {"role": "assistant", "content": ""}])
    stream.next()
    os.remove(stream.shown_value()[0]["content"]["file"]["path"])
    stream.next()
    assert os.path.isfile(stream.shown_value()[0]["content"]["file"]["path"])
    assert copies == [picture, picture]


def test_gradio_checks_every_file_at_every_yield(tmp_path, copies):
    picture = image(tmp_path / "picture.png", 10)
    stream = Stream([{"role": "user", "content": {"path": picture}}, {"role": "assistant", "content": ""}])
    stream.next()
    stream.demo.blocked_paths = [str(tmp_path)]  # what was copied before is refused now
    with pytest.raises(gr.exceptions.InvalidPathError):
        stream.next()


def test_remembered_copies_are_bounded(tmp_path):
    moved = MovedFiles(max_files=2)
    keys = [key_of(image(tmp_path / f"{index}.png", index)) for index in range(3)]
    for index, key in enumerate(keys):
        moved.put(key, image(tmp_path / f"copy{index}.png", index))
    assert len(moved) == 2
    assert moved.get(keys[0]) is None and moved.get(keys[2]) is not None


def test_urls_are_left_to_gradio():
    assert key_of("https://example.com/picture.png") is None
    assert key_of("/no/such/file.png") is None
