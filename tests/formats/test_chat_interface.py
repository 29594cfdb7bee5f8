"""MessagesChatbot inside gr.ChatInterface: plain, streaming, multimodal, retry and undo."""

from __future__ import annotations

import csv
import json
import re

import gradio as gr
import pytest
from gradio_client import Client
from gradio_messageschatbot import MessagesChatbot, pop_last_user_turn
from media import png, text_file
from paths import APPS
from servers import serve_script
from wire_trip import from_page, to_page

APP = APPS / "chat_interface_app.py"


def test_the_chat_api_answers_through_the_function_name():
    with serve_script(APP, env={"CHAT_MODE": "plain"}) as url:
        assert (
            Client(url, verbose=False).predict("hi", api_name="/reply")
            == "got 'hi' with 0 files after 0 messages [] call 1"
        )


def reply(page, expected: str):
    """The reply that starts with ``expected`` (each reply ends with its call number)."""
    return page.get_by_role("log").get_by_text(re.compile("^" + re.escape(expected) + r" call \d+$"))


def send(page, text: str, expected_reply: str) -> None:
    box = page.get_by_role("textbox").first
    box.fill(text)
    box.press("Enter")
    reply(page, expected_reply).wait_for(timeout=15_000)


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["plain", "streaming"])
def test_the_function_receives_the_messages_format(page, mode):
    with serve_script(APP, env={"CHAT_MODE": mode}) as url:
        page.goto(url)
        send(page, "one", "got 'one' with 0 files after 0 messages []")
        send(page, "two", "got 'two' with 0 files after 2 messages [user:str, assistant:str]")
        log = page.get_by_role("log")
        assert log.locator("[data-role=user] [data-testid=message]").all_inner_texts() == ["one", "two"]


@pytest.mark.browser
def test_multimodal_messages_carry_files(page, tmp_path):
    image = png(tmp_path, "shape.png")
    with serve_script(APP, env={"CHAT_MODE": "multimodal"}) as url:
        page.goto(url)
        page.locator("input[type=file]").first.set_input_files(str(image))
        # The thumbnail shows once the upload is done (the log is still empty).
        page.locator("img[src*='gradio_api/file'], img[src^='blob:']").first.wait_for()
        send(page, "look", "got 'look' with 1 files after 0 messages []")
        log = page.get_by_role("log")
        assert log.locator("[data-role=user] img").get_attribute("alt") == "shape.png"
        send(page, "again", "got 'again' with 0 files after 2 messages [user:list, assistant:str]")


@pytest.mark.browser
def test_a_saved_multimodal_conversation_reopens_with_its_files(page, tmp_path):
    image = png(tmp_path, "shape.png")
    with serve_script(APP, env={"CHAT_MODE": "multimodal", "SAVE_HISTORY": "1"}) as url:
        page.goto(url)
        page.locator("input[type=file]").first.set_input_files(str(image))
        page.locator("img[src*='gradio_api/file'], img[src^='blob:']").first.wait_for()
        send(page, "look", "got 'look' with 1 files after 0 messages []")
        page.locator("table").get_by_text("look").wait_for()  # saved, titled (the file shows as a clip)
        page.get_by_role("button", name="New chat").click()
        log = page.get_by_role("log")
        log.locator("[data-role=user] img").wait_for(state="detached")
        page.locator("table").get_by_text("look").click()
        assert log.locator("[data-role=user] img").get_attribute("alt") == "shape.png"
        send(page, "again", "got 'again' with 0 files after 2 messages [user:list, assistant:str]")


def registered_handler(demo: gr.Blocks, trigger: str):
    for block_fn in demo.fns.values():
        if any(event == trigger for _, event in block_fn.targets):
            return block_fn.fn
    raise AssertionError(f"no {trigger} handler")


@pytest.mark.parametrize("multimodal", [False, True])
def test_retry_and_undo_read_the_normalized_history_and_give_back_the_messages_format(multimodal, tmp_path):
    picture = png(tmp_path)
    chatbot = MessagesChatbot()
    with gr.Blocks() as demo:
        gr.ChatInterface(lambda m, h: "ok", chatbot=chatbot, multimodal=multimodal)
    history = from_page(
        chatbot,
        to_page(
            chatbot,
            [
                {"role": "user", "content": "first"},
                {"role": "assistant", "content": "reply", "metadata": {"versions": [{"content": "old"}]}},
                {"role": "user", "content": {"path": str(picture)}},
                {"role": "user", "content": "second"},
                {"role": "assistant", "content": "thinking", "metadata": {"title": "T"}},
                {"role": "assistant", "content": "answer"},
            ],
        ),
    )
    for trigger in ("retry", "undo"):
        shorter, message = registered_handler(demo, trigger)(history)
        assert shorter == history[:2]  # the messages format fn gets, versions kept
        if multimodal:
            assert message["text"] == "second"
            assert [file["path"] for file in message["files"]] == [history[2]["content"]["path"]]
        else:
            assert message == "second"


def test_retry_with_type_openai_sends_the_users_files_again(tmp_path):
    """The pop handler reads what the chat showed, not the OpenAI parts, which lose files and images."""
    picture, document = png(tmp_path), text_file(tmp_path, "doc.txt")
    chatbot = MessagesChatbot(type="openai")
    with gr.Blocks() as demo:
        gr.ChatInterface(lambda m, h: "ok", chatbot=chatbot, multimodal=True)
    shown = [
        {"role": "user", "content": ["what is this?", {"path": str(picture)}, {"path": str(document)}]},
        {"role": "assistant", "content": "a square"},
    ]
    handed_out = from_page(chatbot, to_page(chatbot, shown))
    shorter, message = registered_handler(demo, "retry")(handed_out)
    assert shorter == [] and message["text"] == "what is this?"
    assert [file["orig_name"] for file in message["files"]] == ["red.png", "doc.txt"]


def test_pop_last_user_turn_edges():
    assert pop_last_user_turn([]) == ([], "")
    only_user = [{"role": "user", "content": ["a", "b"]}]
    assert pop_last_user_turn(only_user) == ([], "ab")
    assert pop_last_user_turn([{"role": "system", "content": "s"}, {"role": "assistant", "content": "x"}]) == (
        [{"role": "system", "content": "s"}],
        "",
    )


@pytest.mark.browser
def test_retry_undo_and_edit_in_the_page(page):
    with serve_script(APP, env={"CHAT_MODE": "plain"}) as url:
        page.goto(url)
        send(page, "one", "got 'one' with 0 files after 0 messages []")
        send(page, "two", "got 'two' with 0 files after 2 messages [user:str, assistant:str]")
        log = page.get_by_role("log")
        groups = log.locator("[data-testid=message-group]")

        groups.last.get_by_role("button", name="Retry").click()
        log.get_by_text("got 'two' with 0 files after 2 messages [user:str, assistant:str] call 3").wait_for()
        assert groups.count() == 4

        groups.last.get_by_role("button", name="Undo").click()
        groups.nth(2).wait_for(state="detached")
        assert groups.count() == 2
        assert page.get_by_role("textbox").first.input_value() == "two"

        groups.first.get_by_role("button", name="Edit").click()
        log.get_by_role("textbox", name="Edit message").fill("uno")
        log.get_by_role("button", name="Submit").click()
        reply(page, "got 'uno' with 0 files after 0 messages []").wait_for(timeout=15_000)
        assert log.locator("[data-role=user] [data-testid=message]").all_inner_texts()[0].startswith("uno")


def test_flagging_logs_a_history_with_components_as_json(tmp_path):
    """ChatInterface's flagging callback json.dumps the history: it gets the wire form, which JSON holds whole
    (the messages format holds component instances, gr.Chatbot's normalized form too)."""
    chatbot = MessagesChatbot()
    with gr.Blocks() as demo:
        gr.ChatInterface(lambda m, h: "ok", chatbot=chatbot, flagging_mode="manual", flagging_dir=str(tmp_path))
    history = from_page(
        chatbot,
        to_page(
            chatbot,
            [
                {"role": "user", "content": "draw"},
                {"role": "assistant", "content": gr.Image(str(png(tmp_path))), "metadata": {"name": "Painter"}},
            ],
        ),
    )
    flag = registered_handler(demo, "like")
    flag(gr.LikeData(target=None, data={"index": 1, "value": [], "liked": True}), history)
    _header, row = list(csv.reader((tmp_path / "log.csv").open()))
    logged = json.loads(row[0])
    assert logged[1]["content"]["type"] == "component" and logged[1]["metadata"] == {"name": "Painter"}
