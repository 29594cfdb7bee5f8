"""The ``stop`` event: wiring it is what shows the chat's stop button, and it cancels what the app names."""

from __future__ import annotations

import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def test_the_stop_button_shows_only_once_a_stop_listener_is_wired():
    with gr.Blocks():
        chatbot = MessagesChatbot()
        assert chatbot.get_config()["_stoppable"] is False
        chatbot.stop(None)
    assert chatbot.get_config()["_stoppable"] is True


def test_stop_cancels_the_events_it_names_and_keeps_retry_and_undo_adapted():
    with gr.Blocks() as demo:
        chatbot = MessagesChatbot()
        box = gr.Textbox()
        reply = box.submit(lambda h: h, chatbot, chatbot)
        chatbot.stop(None, cancels=[reply])
    dependencies = demo.get_config_file()["dependencies"]
    (submit,) = [d["id"] for d in dependencies if d["targets"] == [(box._id, "submit")]]
    stops = [d for d in dependencies if d["targets"] == [(chatbot._id, "stop")] and d["cancels"]]
    assert [d["cancels"] for d in stops] == [[submit]]
    assert "stop" in [str(event) for event in chatbot.events]
    assert MessagesChatbot.retry is not gr.Chatbot.retry and MessagesChatbot.undo is not gr.Chatbot.undo
