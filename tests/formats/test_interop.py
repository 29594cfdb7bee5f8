"""OpenAI, transformers and tuples converters, and the OpenAI stream helper."""

from __future__ import annotations

import base64
import os

import gradio as gr
import pytest
from gradio_messageschatbot import (
    MessagesChatbot,
    OpenAIStream,
    from_openai,
    from_transformers,
    from_tuples,
    stream_openai,
    to_openai,
    to_transformers,
    to_tuples,
    tool_call_thought,
    tool_result_thought,
)
from media import png, text_file, wav
from openai.types.chat import ChatCompletionChunk, ChatCompletionMessage, ChatCompletionMessageParam
from pydantic import TypeAdapter
from wire_trip import from_page, send_back, to_page

OPENAI_MESSAGES = TypeAdapter(list[ChatCompletionMessageParam])


@pytest.fixture
def history(tmp_path):
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4 tiny")
    return [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                "What is in these?",
                {"path": str(png(tmp_path)), "mime_type": "image/png", "orig_name": "red.png"},
                {"path": "https://example.org/cat.jpg"},
                {"path": str(wav(tmp_path)), "mime_type": "audio/wav", "orig_name": "tone.wav"},
                {"path": str(pdf), "mime_type": "application/pdf", "orig_name": "paper.pdf"},
            ],
        },
        {"role": "assistant", "content": "Thinking about it", "metadata": {"title": "Reasoning", "status": "done"}},
        tool_call_thought("call_1", "describe_image", '{"name": "red.png"}', state="done"),
        tool_call_thought("call_2", "transcribe", '{"name": "tone.wav"}', state="done"),
        tool_result_thought("call_1", "A red square"),
        tool_result_thought("call_2", "A beep"),
        {"role": "assistant", "content": "A red square, a cat, a beep and a paper."},
    ]


def test_to_openai_produces_valid_chat_completion_messages(history, tmp_path):
    messages = to_openai(history, allowed_paths=[tmp_path])
    OPENAI_MESSAGES.validate_python(messages)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "tool", "tool", "assistant"]
    parts = messages[1]["content"]
    assert [p["type"] for p in parts] == ["text", "image_url", "image_url", "input_audio", "file"]
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert parts[2]["image_url"]["url"] == "https://example.org/cat.jpg"
    assert parts[3]["input_audio"]["format"] == "wav"
    assert parts[4]["file"]["filename"] == "paper.pdf"
    calls = messages[2]["tool_calls"]
    assert [(c["id"], c["function"]["name"]) for c in calls] == [("call_1", "describe_image"), ("call_2", "transcribe")]
    assert messages[3] == {"role": "tool", "tool_call_id": "call_1", "content": "A red square"}
    assert "Thinking about it" not in str(messages)  # reasoning thoughts are for people, not models


def test_openai_round_trip_keeps_roles_texts_files_and_tool_calls(history, tmp_path):
    back = from_openai(to_openai(history, allowed_paths=[tmp_path]))
    assert [m["role"] for m in back] == [
        "system",
        "user",
        "assistant",
        "assistant",
        "assistant",
        "assistant",
        "assistant",
    ]
    text, image, remote, audio, paper = back[1]["content"]
    assert text == "What is in these?"
    assert image["mime_type"] == "image/png"
    assert open(image["path"], "rb").read() == open(history[1]["content"][1]["path"], "rb").read()
    assert remote == {"path": "https://example.org/cat.jpg"}
    assert audio["mime_type"] == "audio/wav"
    assert (paper["orig_name"], paper["mime_type"]) == ("paper.pdf", "application/pdf")
    assert back[2:6] == history[3:7]
    assert back[6] == history[7]


def test_from_openai_reads_response_messages_reasoning_and_refusals():
    reply = ChatCompletionMessage.model_validate(
        {"role": "assistant", "content": "4", "reasoning_content": "2 + 2 = 4"}
    )
    assert from_openai([reply]) == [
        {"role": "assistant", "content": "2 + 2 = 4", "metadata": {"title": "Reasoning", "status": "done"}},
        {"role": "assistant", "content": "4"},
    ]
    refused = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
    assert from_openai([refused]) == [{"role": "assistant", "content": "I can't help with that."}]


def test_from_openai_reports_the_bad_message():
    with pytest.raises(ValueError, match="OpenAI message 1: unknown role 'robot'"):
        from_openai([{"role": "user", "content": "hi"}, {"role": "robot", "content": "x"}])


def test_openai_type_hands_the_function_openai_messages(tmp_path):
    chatbot = MessagesChatbot(type="openai")
    value = [{"role": "user", "content": ["hi", {"path": str(png(tmp_path))}]}, {"role": "assistant", "content": "yo"}]
    received = send_back(chatbot, value)
    OPENAI_MESSAGES.validate_python(received)
    assert received[0]["content"][1]["type"] == "image_url"
    assert received[1] == {"role": "assistant", "content": "yo"}


def test_openai_type_takes_back_what_the_function_returns_unchanged(history, tmp_path):
    """Thoughts, assistant media and components survive ``history + [reply]`` although OpenAI's format drops them."""
    chatbot = MessagesChatbot(type="openai")
    offline = [item for item in history[1]["content"] if "example.org" not in str(item)]
    value = [
        {"role": "user", "content": offline},
        *history[2:],
        {"role": "assistant", "content": ["Look", gr.Image(str(png(tmp_path, "sun.png")))]},
    ]
    page = to_page(chatbot, value)
    received = from_page(chatbot, page)
    reply = {"role": "assistant", "content": "More?"}
    assert to_page(chatbot, [*received, reply]) == [*page, *to_page(chatbot, [reply])]


def test_openai_type_converts_what_the_function_changed(tmp_path):
    chatbot = MessagesChatbot(type="openai")
    value = [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "Thinking", "metadata": {"title": "Reasoning"}},
        {"role": "assistant", "content": ["Look", gr.Image(str(png(tmp_path)))]},
        {"role": "user", "content": "thanks"},
    ]
    page = to_page(chatbot, value)
    received = from_page(chatbot, page)
    assert len(received) == 3  # the reasoning thought is not sent to a model
    received[1]["content"] += " (edited)"  # the image is now a mention, and the edit is the function's to make
    back = to_page(chatbot, received)
    assert back[:2] == page[:2]  # the user's message unchanged, and the thought that led to the edited one
    assert back[2] == {"role": "assistant", "content": "Look\n\n[red.png] (edited)"}
    assert back[3] == page[3]
    assert to_page(chatbot, received[:1]) == page[:1]  # a dropped message takes the thought that led to it
    received = from_page(chatbot, page)
    received[0]["content"][0]["text"] = "hello"  # an edit elsewhere keeps the thought where it was
    assert to_page(chatbot, received)[1:3] == page[1:3]


def test_a_file_named_many_times_is_read_and_encoded_once(tmp_path):
    """Each mention shares one encoding: a small request naming a big upload 100 times holds one copy."""
    picture = {"path": str(png(tmp_path)), "mime_type": "image/png"}
    converted = to_openai([{"role": "user", "content": [picture] * 100}], allowed_paths=[tmp_path])
    urls = [part["image_url"]["url"] for part in converted[0]["content"]]
    assert len(urls) == 100 and all(url is urls[0] for url in urls)


def test_inline_data_is_kept_once_by_content_under_a_safe_name():
    data = base64.b64encode(b"GIF89a tiny").decode()
    first, again = (
        from_openai(
            [
                {
                    "role": "user",
                    "content": [{"type": "image_url", "image_url": {"url": f"data:image/gif;base64,{data}"}}],
                }
            ]
        )[0]["content"]
        for _ in range(2)
    )
    assert first["path"] == again["path"] and first["path"].endswith("/image.gif")
    hostile = {
        "type": "file",
        "file": {"filename": "../../../etc/cron.d/x", "file_data": f"data:text/plain;base64,{data}"},
    }
    saved = from_openai([{"role": "user", "content": [hostile]}])[0]["content"]
    assert os.path.basename(saved["path"]) == "x" and os.path.dirname(os.path.dirname(saved["path"])).endswith(
        "messageschatbot"
    )
    bad_audio = {"type": "input_audio", "input_audio": {"data": data, "format": "../x"}}
    with pytest.raises(ValueError, match="input_audio format must be 'wav' or 'mp3'"):
        from_openai([{"role": "user", "content": [bad_audio]}])
    with pytest.raises(ValueError, match="not valid base64"):
        from_openai(
            [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,@@"}}]}]
        )


def test_received_components_become_openai_parts(tmp_path):
    chatbot = MessagesChatbot()
    value = [{"role": "user", "content": [gr.Image(str(png(tmp_path))), gr.Audio(str(wav(tmp_path)))]}]
    received = send_back(chatbot, value)
    parts = to_openai(received)[0]["content"]
    assert [p["type"] for p in parts] == ["image_url", "input_audio"]
    OPENAI_MESSAGES.validate_python(to_openai(received))


def test_transformers_round_trip(tmp_path):
    image, audio = str(png(tmp_path)), str(wav(tmp_path))
    history = [
        {"role": "user", "content": ["Describe", {"path": image}, {"path": "https://example.org/v.mp4"}]},
        {"role": "assistant", "content": "thinking", "metadata": {"title": "Plan"}},
        {"role": "assistant", "content": {"path": audio}},
    ]
    template = to_transformers(history, allowed_paths=[tmp_path])
    assert template == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe"},
                {"type": "image", "path": image},
                {"type": "video", "url": "https://example.org/v.mp4"},
            ],
        },
        {"role": "assistant", "content": [{"type": "audio", "path": audio}]},
    ]
    assert from_transformers(template) == [history[0], history[2]]


def test_transformers_refuses_other_files(tmp_path):
    with pytest.raises(ValueError, match="message 0: transformers chat templates take images, audio and video"):
        to_transformers([{"role": "user", "content": {"path": str(text_file(tmp_path))}}])


def test_tuples_migration_round_trip():
    pairs = [["Hi", "Hello!"], [("cat.png", "a cat"), None], [None, "Nice cat"], ["Bye", None]]
    history = from_tuples(pairs)
    assert history == [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": {"path": "cat.png", "alt_text": "a cat"}},
        {"role": "assistant", "content": "Nice cat"},
        {"role": "user", "content": "Bye"},
    ]
    assert to_tuples(history) == [["Hi", "Hello!"], [("cat.png", "a cat"), "Nice cat"], ["Bye", None]]


def test_to_tuples_keeps_thought_titles_in_the_text():
    assert to_tuples([{"role": "assistant", "content": "x", "metadata": {"title": "Plan"}}]) == [
        [None, "**Plan**\n\nx"]
    ]


def test_from_tuples_reports_bad_pairs():
    with pytest.raises(ValueError, match="pair 1: expected \\[user, bot\\], got 3 items"):
        from_tuples([["a", "b"], ["a", "b", "c"]])


def chunk(delta: dict, finish_reason=None) -> dict:
    return {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def test_stream_turns_deltas_into_growing_messages():
    chunks = [
        chunk({"role": "assistant", "reasoning_content": "Let me "}),
        chunk({"reasoning_content": "think."}),
        chunk(
            {
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "call_9",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": ""},
                    }
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Oslo"}'}}]}),
        chunk({"content": "Checking"}),
        chunk({"content": " now."}, finish_reason="tool_calls"),
    ]
    updates = list(stream_openai(chunks))
    assert updates[0] == [
        {"role": "assistant", "content": "Let me ", "metadata": {"title": "Reasoning", "status": "pending"}}
    ]
    assert updates[3][1]["metadata"] == {
        "title": "Tool: get_weather",
        "id": "call_9",
        "status": "pending",
        "tool_state": "input-streaming",
    }
    assert updates[-1] == [
        {"role": "assistant", "content": "Let me think.", "metadata": {"title": "Reasoning", "status": "done"}},
        tool_call_thought("call_9", "get_weather", '{"city": "Oslo"}'),
        {"role": "assistant", "content": "Checking now."},
    ]


def test_stream_accepts_openai_chunk_objects_and_keeps_tool_calls():
    stream = OpenAIStream()
    objects = [ChatCompletionChunk.model_validate(chunk({"content": part})) for part in ("Hel", "lo")]
    objects.append(ChatCompletionChunk.model_validate(chunk({}, finish_reason="stop")))
    *_, last = stream_openai(objects, stream)
    assert last == [{"role": "assistant", "content": "Hello"}]
    assert stream.finish_reason == "stop" and stream.tool_calls == []


def test_stream_shows_content_streamed_as_a_list_of_parts():
    """Some servers (Mistral) stream delta.content as parts: text parts are the answer, thinking parts the reasoning."""
    chunks = [
        chunk({"content": [{"type": "thinking", "thinking": [{"type": "text", "text": "Sum "}]}]}),
        chunk({"content": [{"type": "thinking", "thinking": [{"type": "text", "text": "them."}]}]}),
        chunk({"content": [{"type": "text", "text": "Hel"}, {"type": "text", "text": "lo"}]}),
        chunk({"content": " there"}, finish_reason="stop"),
    ]
    *_, last = stream_openai(chunks)
    assert last == [
        {"role": "assistant", "content": "Sum them.", "metadata": {"title": "Reasoning", "status": "done"}},
        {"role": "assistant", "content": "Hello there"},
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ([{"type": "image_url", "image_url": {"url": "data:image/png;base64,AA"}}], r"holds a .image_url. part"),
        (["plain string part"], r"holds a 'str' part"),
        ({"text": "a dict"}, r"must be text or a list of parts, got dict"),
    ],
)
def test_stream_content_it_cannot_show_is_a_clear_error(content, problem):
    with pytest.raises(ValueError, match=problem):
        list(stream_openai([chunk({"content": content})]))


def test_reasoning_tags_show_an_unclosed_block_as_pending():
    chatbot = MessagesChatbot(reasoning_tags=[("<think>", "</think>")])
    streaming = chatbot.postprocess([{"role": "assistant", "content": "<think>Step one"}]).model_dump()
    assert streaming == [
        {"role": "assistant", "content": "Step one", "metadata": {"title": "Reasoning", "status": "pending"}}
    ]
    finished = chatbot.postprocess([{"role": "assistant", "content": "<think>Step one</think>Four."}]).model_dump()
    assert [m.get("metadata", {}).get("status") for m in finished] == ["done", None]
    assert finished[1]["content"] == "Four."


def test_audio_data_is_base64_of_the_file(tmp_path):
    path = wav(tmp_path)
    (message,) = to_openai(
        [{"role": "user", "content": {"path": str(path), "mime_type": "audio/wav"}}], allowed_paths=[tmp_path]
    )
    assert base64.b64decode(message["content"][0]["input_audio"]["data"]) == path.read_bytes()
