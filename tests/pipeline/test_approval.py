"""ToolApprovalData: a decision from the page is checked against the history the handler receives."""

from __future__ import annotations

import asyncio

import pytest
from gradio_messageschatbot import MessagesChatbot, ToolApprovalData, tool_call_thought
from gradio_messageschatbot._events.approval import approval_handler
from gradio_messageschatbot._formats.openai_handout import take_back
from gradio_messageschatbot.errors import MessagesChatbotError
from wire_trip import send_back

HISTORY = [
    {"role": "user", "content": "Clean up"},
    tool_call_thought("c1", "delete_files", '{"glob": "*.tmp"}', "pending", "awaiting-approval"),
]


@pytest.mark.parametrize("history_type", ["messages", "normalized", "openai"])
def test_the_call_is_read_from_the_history_whatever_its_type(history_type):
    received = send_back(MessagesChatbot(type=history_type), HISTORY)
    messages = take_back(received) if history_type == "openai" else received
    data = ToolApprovalData(None, {"id": "c1", "approved": False}).checked(messages)
    assert (data.index, data.id, data.name, data.arguments, data.approved) == (
        1,
        "c1",
        "delete_files",
        '{"glob": "*.tmp"}',
        False,
    )


def test_an_id_of_another_type_is_another_call():
    with pytest.raises(MessagesChatbotError, match="tool call 1 is not awaiting approval"):
        ToolApprovalData(None, {"id": 1, "approved": True}).checked([*HISTORY, {**HISTORY[1], "metadata": {}}])


def test_a_call_pending_twice_is_refused():
    with pytest.raises(MessagesChatbotError, match=r"awaits approval more than once \(messages \[1, 2\]\)"):
        ToolApprovalData(None, {"id": "c1", "approved": True}).checked([*HISTORY, HISTORY[1]])


def test_async_and_generator_handlers_get_the_checked_data():
    async def decide(history, data: ToolApprovalData):
        return data.name

    def stream(history, data: ToolApprovalData):
        yield data.arguments

    event = {"id": "c1", "approved": True}
    assert asyncio.run(approval_handler(decide, "messages")(HISTORY, ToolApprovalData(None, event))) == "delete_files"
    assert list(approval_handler(stream, "messages")(HISTORY, ToolApprovalData(None, event))) == ['{"glob": "*.tmp"}']


def test_with_type_openai_the_index_counts_the_messages_the_handler_receives():
    """The docs' handler shape, ``history[data.index]``: a thought before the call is left out of
    OpenAI's messages, so the call's place there differs from its place in the chat."""
    shown = [HISTORY[0], {"role": "assistant", "content": "Plan", "metadata": {"title": "Reasoning"}}, HISTORY[1]]
    received = send_back(MessagesChatbot(type="openai"), shown)

    def decide(history, data: ToolApprovalData):
        call = history[data.index]
        return data.index, [tool_call["id"] for tool_call in call["tool_calls"]]

    event = ToolApprovalData(None, {"id": "c1", "approved": True})
    assert approval_handler(decide, "openai")(received, event) == (1, ["c1"])
