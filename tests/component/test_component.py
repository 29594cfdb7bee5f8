"""MessagesChatbot as a Gradio component: constructor, config, preprocess shapes."""

from __future__ import annotations

import gradio as gr
import pytest
from gradio_messageschatbot import ChatMessage, MessagesChatbot, ToolApprovalData
from wire_trip import send_back as roundtrip


def test_config_keeps_every_constructor_argument():
    config = MessagesChatbot(elem_id="chat", height=321, layout="panel", placeholder="Ask").get_config()
    assert config["elem_id"] == "chat"
    assert config["height"] == 321
    assert config["layout"] == "panel"
    assert config["placeholder"] == "Ask"
    assert config["type"] == "messages"


def test_text_history_arrives_as_plain_role_content_dicts():
    chatbot = MessagesChatbot()
    history = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]
    assert roundtrip(chatbot, history) == history


def test_chat_message_dataclasses_of_both_origins_are_accepted():
    chatbot = MessagesChatbot()
    value = [ChatMessage(role="user", content="a"), gr.ChatMessage(role="assistant", content="b")]
    assert roundtrip(chatbot, value) == [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]


def test_metadata_and_options_survive_and_are_absent_when_unset():
    chatbot = MessagesChatbot()
    value = [
        {"role": "assistant", "content": "thinking", "metadata": {"title": "Plan", "id": 1, "status": "done"}},
        {"role": "assistant", "content": "Pick one", "options": [{"value": "a", "label": "A"}]},
        {"role": "user", "content": "plain"},
    ]
    received = roundtrip(chatbot, value)
    assert received[0]["metadata"] == {"title": "Plan", "id": 1, "status": "done"}
    assert received[1]["options"] == [{"value": "a", "label": "A"}]
    assert set(received[2]) == {"role", "content"}


def test_a_file_arrives_as_a_complete_file_dict(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    chatbot = MessagesChatbot()
    (message,) = roundtrip(chatbot, [{"role": "user", "content": {"path": str(path)}}])
    file = message["content"]
    assert file["orig_name"] == "notes.txt"
    assert file["size"] == 5
    assert file["mime_type"] == "text/plain"
    assert file["meta"] == {"_type": "gradio.FileData"}
    assert file["is_stream"] is False


def test_mixed_content_arrives_as_a_list(tmp_path):
    path = tmp_path / "a.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    chatbot = MessagesChatbot()
    (message,) = roundtrip(chatbot, [{"role": "user", "content": ["look", {"path": str(path)}]}])
    text, file = message["content"]
    assert text == "look"
    assert file["mime_type"] == "image/png"


def test_normalized_type_returns_gradio_chatbot_shapes():
    chatbot = MessagesChatbot(type="normalized")
    (message,) = roundtrip(chatbot, [{"role": "user", "content": "Hi"}])
    assert message["content"] == [{"type": "text", "text": "Hi"}]


def test_tuples_type_explains_the_migration():
    with pytest.raises(ValueError, match="tuples format was removed"):
        MessagesChatbot(type="tuples")


def test_unknown_type_lists_the_allowed_ones():
    with pytest.raises(ValueError, match="'messages', 'normalized', 'openai'"):
        MessagesChatbot(type="dicts")


def test_every_gr_chatbot_event_is_available_and_listenable():
    # gr.Chatbot's events, in order, then ours: tool_approval (tests/component/test_tool_calls_client.py),
    # stop (tests/component/test_stop.py) and input (tests/browser/test_chat_interface_browser.py)
    assert [str(event) for event in MessagesChatbot.EVENTS] == [
        *(str(event) for event in gr.Chatbot.EVENTS),
        "tool_approval",
        "stop",
        "input",
    ]
    with gr.Blocks() as demo:
        chatbot = MessagesChatbot()
        for event in gr.Chatbot.EVENTS:
            name = event if isinstance(event, str) else event.event_name
            getattr(chatbot, name)(lambda history: history, chatbot, chatbot)
    triggers = {event for block_fn in demo.fns.values() for _, event in block_fn.targets}
    assert triggers == {event if isinstance(event, str) else event.event_name for event in gr.Chatbot.EVENTS}
    config = chatbot.get_config()
    assert config["_retryable"] is True and config["_undoable"] is True and config["likeable"] is True


def test_a_tool_approval_handler_shows_the_buttons_and_takes_the_history_first():
    def decide(history, data: ToolApprovalData):
        return history

    with gr.Blocks() as demo:
        chatbot = MessagesChatbot()
        assert chatbot.get_config()["_tool_approvable"] is False
        chatbot.tool_approval(decide, outputs=chatbot)
    assert chatbot.get_config()["_tool_approvable"] is True
    (block_fn,) = demo.fns.values()
    assert [block._id for block in block_fn.inputs] == [chatbot._id]
    assert block_fn.targets == [(chatbot._id, "tool_approval")]


def test_a_tool_approval_handler_must_take_the_event_data():
    with gr.Blocks(), pytest.raises(ValueError, match="needs a parameter annotated ToolApprovalData; decide has none"):

        def decide(history):
            return history

        MessagesChatbot().tool_approval(decide)


def test_retry_and_undo_still_work_as_decorators():
    with gr.Blocks() as demo:
        chatbot = MessagesChatbot()

        @chatbot.retry(inputs=chatbot, outputs=chatbot)
        def retry(history):
            return history

    assert any(event == "retry" for block_fn in demo.fns.values() for _, event in block_fn.targets)


def test_example_payload_and_value_are_valid():
    chatbot = MessagesChatbot()
    payload = chatbot.data_model.model_validate(chatbot.example_payload(), context={"validate_meta": True})
    assert chatbot.preprocess(payload) == chatbot.example_payload()
    assert chatbot.postprocess(chatbot.example_value()).model_dump() == chatbot.example_value()
