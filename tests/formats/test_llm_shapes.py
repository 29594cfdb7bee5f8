"""What a handler receives, checked the way OpenAI, TGI and llama.cpp check a request.

Text alone arrives as one ``str`` and goes straight into any client; a message with a file
goes through ``to_openai`` / ``type="openai"``. These pin the table of shapes in docs/llm-clients.md.
"""

from __future__ import annotations

import gradio as gr
import openai
import pytest
from gradio_messageschatbot import MessagesChatbot, to_openai
from huggingface_hub import InferenceClient
from huggingface_hub.errors import HfHubHTTPError
from llm_servers import LlamaCppStandIn, OpenAIStandIn, TGIStandIn
from llm_servers.base import Refusal
from media import png, text_file, wav
from wire_trip import send_back

STAND_INS = [OpenAIStandIn, TGIStandIn, LlamaCppStandIn]

# The shapes text takes on its way to a handler: from a handler or the page's edit, from
# gr.ChatInterface(multimodal=True), and from gradio 6's normalized blocks (an API client).
TEXT_SHAPES = {
    "str": "hi",
    "list of one str": ["hi"],
    "gradio 6 text block": [{"type": "text", "text": "hi"}],
}


def received(history: list, type: str = "messages") -> list:
    """What a handler receives after the history went to the page (as JSON) and came back."""
    chatbot = MessagesChatbot(type=type)
    return send_back(chatbot, history)


def request(messages: list) -> dict:
    return {"model": "stand-in", "messages": messages, "stream": True}


@pytest.mark.parametrize("shape", TEXT_SHAPES.values(), ids=TEXT_SHAPES.keys())
def test_text_alone_arrives_as_one_string(shape):
    history = [{"role": "user", "content": shape}, {"role": "assistant", "content": shape}]
    assert received(history) == [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hi"}]


def test_several_texts_are_joined_with_a_blank_line_and_a_file_keeps_the_list(tmp_path):
    image = str(png(tmp_path, "cat.png"))
    texts, empty, with_file = received(
        [
            {"role": "user", "content": ["one", {"type": "text", "text": "two"}]},
            {"role": "assistant", "content": []},
            {"role": "user", "content": ["look", {"path": image}]},
        ]
    )
    assert texts["content"] == "one\n\ntwo"
    assert empty["content"] == ""
    text, file = with_file["content"]
    assert (text, file["orig_name"]) == ("look", "cat.png")


@pytest.mark.parametrize("stand_in", STAND_INS, ids=lambda stand_in: stand_in.name)
def test_a_text_history_goes_straight_into_every_provider(stand_in):
    history = [
        message
        for shape in TEXT_SHAPES.values()
        for message in (
            {"role": "user", "content": shape},
            {"role": "assistant", "content": shape},
        )
    ]
    history.append({"role": "assistant", "content": "hmm", "metadata": {"title": "Thinking"}})  # keys they ignore
    history.append({"role": "assistant", "content": "Pick one", "options": [{"value": "a"}]})
    with stand_in() as server:
        server.check(request([*received(history), {"role": "user", "content": "next"}]))


# What each provider answers a file message sent raw (docs/llm-clients.md quotes these).
RAW_FILE_REFUSALS = {
    "openai": (400, lambda body: body["error"]["type"] == "invalid_request_error"),
    "tgi": (422, lambda body: body.startswith("Failed to deserialize the JSON body into the target type")),
    "llama.cpp": (400, lambda body: body["error"]["message"] == "unsupported content[].type"),
}


@pytest.mark.parametrize("stand_in", STAND_INS, ids=lambda stand_in: stand_in.name)
def test_a_file_message_is_refused_raw_and_accepted_through_to_openai(stand_in, tmp_path):
    history = [{"role": "user", "content": ["What is this?", {"path": str(png(tmp_path))}]}]
    status, says_why = RAW_FILE_REFUSALS[stand_in.name]
    with stand_in() as server:
        with pytest.raises(Refusal) as refused:
            server.check(request(received(history)))
        assert refused.value.status == status and says_why(refused.value.body)
        server.check(request(to_openai(received(history))))
        server.check(request(received(history, type="openai")))


def test_the_clients_say_what_the_readme_quotes_for_a_raw_file_message(tmp_path):
    history = received([{"role": "user", "content": ["What is this?", {"path": str(png(tmp_path))}]}])
    with OpenAIStandIn() as server:
        client = openai.OpenAI(base_url=f"{server.url}/v1", api_key="none", max_retries=0)
        with pytest.raises(openai.BadRequestError) as refused:
            client.chat.completions.create(model="gpt-4o-mini", messages=history, stream=True)
        assert (refused.value.type, refused.value.param) == ("invalid_request_error", "messages[0].content[0]")
    with TGIStandIn() as server, pytest.raises(HfHubHTTPError) as refused:
        list(InferenceClient(base_url=server.url).chat_completion(history, stream=True))
    assert refused.value.response.status_code == 422
    assert "Failed to deserialize the JSON body into the target type" in str(refused.value)
    with LlamaCppStandIn() as server:
        client = openai.OpenAI(base_url=f"{server.url}/v1", api_key="none", max_retries=0)
        with pytest.raises(openai.BadRequestError) as refused:
            client.chat.completions.create(model="gpt-4o-mini", messages=history, stream=True)
        assert refused.value.body == {
            "code": 400,
            "message": "unsupported content[].type",
            "type": "invalid_request_error",
        }


def test_type_openai_sends_text_as_parts_for_the_user_and_a_string_otherwise():
    history = [
        {"role": "system", "content": ["Be brief.", "Be kind."]},
        {"role": "user", "content": ["one", "two"]},
        {"role": "assistant", "content": [{"type": "text", "text": "three"}]},
    ]
    assert received(history, type="openai") == [
        {"role": "system", "content": "Be brief.\n\nBe kind."},
        {"role": "user", "content": [{"type": "text", "text": "one\n\ntwo"}]},
        {"role": "assistant", "content": "three"},
    ]


def test_what_type_openai_hands_out_can_be_returned_as_it_came(tmp_path):
    """gr.ChatInterface shows the history its function got, with type="openai" media parts and all."""
    files = [{"path": str(make(tmp_path))} for make in (png, wav, text_file)]
    once = received([{"role": "user", "content": ["look", *files]}, {"role": "assistant", "content": "ok"}], "openai")
    assert [part["type"] for part in once[0]["content"]] == ["text", "image_url", "input_audio", "file"]
    assert received(once, type="openai") == once


@pytest.mark.parametrize(
    "part",
    [
        {"type": "image_url"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,A"}},
        {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "../x"}},
    ],
    ids=["no image", "bad base64", "unknown audio format"],
)
def test_a_malformed_openai_part_is_refused_with_a_clear_error(part):
    with pytest.raises(gr.Error, match="message 0"):
        MessagesChatbot(type="openai").postprocess([{"role": "user", "content": [part]}])
