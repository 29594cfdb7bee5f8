"""The ``tool_approval`` event: a person approves or denies a tool call that awaits approval.

The page sends only the call's ``id`` and the decision. Both are client data: the call is
looked up in the history the handler receives, and only a tool call whose ``tool_state`` is
"awaiting-approval" there can be decided. Its name and arguments come from that history,
never from the event. (The history itself comes from the same client: an app that must not
run a call the server never proposed keeps its own record, e.g. in ``gr.State``.)
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import gradio as gr

from .. import _kinds as kinds
from .._formats.openai_handout import position_in, take_back
from .._model.fields import fields_of
from .._model.messages import TOOL_TITLE_PREFIX
from ..errors import MessagesChatbotError, shown_to_user
from .data import same_kind_wrapper


class ToolApprovalData(gr.EventData):
    """What a ``tool_approval`` handler receives: the call a person decided on, checked against the history.

    Attributes: ``index`` (the call's message in the history the handler receives; with ``type="openai"``,
    the assistant message whose ``tool_calls`` hold it), ``id``, ``name``, ``arguments`` (the call's
    text, usually JSON) and ``approved`` (True for Approve, False for Deny).
    """

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        with shown_to_user():  # Gradio builds event data where no other boundary would turn our error into its own
            self.id, self.approved = _decision(data)
        self.index = -1
        self.name = ""
        self.arguments = ""

    def checked(self, history: Sequence[Any]) -> ToolApprovalData:
        """This decision, once its call is found awaiting approval in ``history``; an error otherwise."""
        found = [index for index, message in enumerate(history) if _awaits_approval(message, self.id)]
        if not found:
            raise MessagesChatbotError(f"tool call {self.id!r} is not awaiting approval in the history")
        if len(found) > 1:
            raise MessagesChatbotError(f"tool call {self.id!r} awaits approval more than once (messages {found})")
        self.index = found[0]
        _, content, metadata, _ = fields_of(history[self.index])
        self.name = str(metadata["title"])[len(TOOL_TITLE_PREFIX) :]
        self.arguments = "".join(_text(item) for item in (content if isinstance(content, list) else [content]))
        return self

    def counted_in(self, handed_out: list[Any]) -> ToolApprovalData:
        """With ``type="openai"``: ``index`` moved from the shown messages to the OpenAI messages the handler
        receives, where the call is one of an assistant message's ``tool_calls``."""
        self.index = position_in(handed_out, self.index)
        return self


def _decision(data: Any) -> tuple[str | int, bool]:
    """The call id and the decision the page sent, or what is wrong with them."""
    if not isinstance(data, dict) or set(data) != {"id", "approved"}:
        raise MessagesChatbotError("tool_approval data must be {'id', 'approved'}")
    call_id, approved = data["id"], data["approved"]
    if isinstance(call_id, bool) or not isinstance(call_id, str | int) or not isinstance(approved, bool):
        raise MessagesChatbotError("tool_approval data: 'id' must be text or a number, 'approved' a bool")
    return call_id, approved


def _text(item: Any) -> str:
    if isinstance(item, Mapping) and item.get("type") == "text":  # type="normalized": gr.Chatbot 6's text block
        return str(item.get("text", ""))
    return kinds.text_of(item)


def _awaits_approval(message: Any, call_id: str | int) -> bool:
    metadata = fields_of(message).metadata
    if not isinstance(metadata, dict):
        return False
    return (
        str(metadata.get("title") or "").startswith(TOOL_TITLE_PREFIX)
        and metadata.get("tool_state") == "awaiting-approval"
        and metadata.get("id") == call_id
    )


def approval_handler(fn: Callable[..., Any], history_type: str) -> Callable[..., Any]:
    """``fn``, checking the decision against the history (its first input) before it runs.

    Gradio fills a parameter annotated with an ``EventData`` class from the event, reading ``fn``'s
    signature and annotations: the wrapper keeps both, and swaps the data for its checked form.
    """
    hints = typing.get_type_hints(fn)
    if not any(isinstance(hint, type) and issubclass(hint, ToolApprovalData) for hint in hints.values()):
        raise MessagesChatbotError(
            f"a tool_approval handler needs a parameter annotated ToolApprovalData; {fn.__name__} has none"
        )

    def decided(data: ToolApprovalData, history: list[Any]) -> ToolApprovalData:
        if history_type != "openai":
            return data.checked(history)
        # the call is looked up among the messages the chat shows; its index counts the ones fn receives
        return data.checked(take_back(history)).counted_in(history)

    def checked(args: tuple[Any, ...]) -> list[Any]:
        history = args[0] if args and isinstance(args[0], list) else []
        with shown_to_user():
            return [decided(arg, history) if isinstance(arg, ToolApprovalData) else arg for arg in args]

    return same_kind_wrapper(fn, checked)
