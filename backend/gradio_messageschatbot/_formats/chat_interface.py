"""Keep ``gr.ChatInterface`` working, and safe, when its chatbot hands out the messages format.

ChatInterface's retry and undo handlers read the history as gr.Chatbot 6's
content-block lists. With ``type="messages"`` they would read a ``str`` content
character by character, and with ``type="openai"`` they would lose images and
files, so those two handlers are swapped for :func:`pop_last_user_turn`, which
does the same on the messages format (for ``"openai"``, on the messages the
chat showed, taken back from what was handed out).
"""

from __future__ import annotations

import functools
from typing import Any

from .. import _gradio
from .. import _kinds as kinds
from .._model.fields import fields_of
from .openai_handout import take_back


def pop_last_user_turn(history: list[Any], multimodal: bool = False) -> tuple[list[Any], Any]:
    """Remove the last exchange; return the shorter history and what the user had sent.

    Trailing assistant messages go, then the user messages before them. The
    user's text (and, for a multimodal chat, files) is returned so that it can be
    sent again (retry) or put back into the textbox (undo).
    """
    turns = [fields_of(message) for message in history]
    end = len(turns)
    while end > 0 and turns[end - 1].role == "assistant":
        end -= 1
    start = end
    while start > 0 and turns[start - 1].role == "user":
        start -= 1
    text, files = "", []
    for turn in turns[start:end]:
        for item in turn.content if isinstance(turn.content, list) else [turn.content]:
            text += kinds.text_of(item)
            if kinds.held(item) is kinds.FILE:
                files.append(item)
    return history[:start], {"text": text, "files": files} if multimodal else text


def adapt_chat_interface_handler(fn: Any, chatbot: Any) -> Any:
    """``fn``, or its messages-format equivalent when it is ChatInterface's pop handler.

    A ChatInterface found this way also has the conversations it saved in the browser checked before
    one becomes the chatbot's value (:func:`_check_as_received`).
    """
    owner = _gradio.chat_interface_pop(fn)
    if owner is not None:
        _gradio.check_saved_conversations(owner, functools.partial(_check_as_received, chatbot))
    kind = getattr(chatbot, "type", None)
    if owner is not None and kind in ("messages", "openai"):
        pop = functools.partial(pop_last_user_turn, multimodal=owner.multimodal)
        return pop if kind == "messages" else lambda history: pop(take_back(history))
    return fn


def _check_as_received(chatbot: Any, conversation: Any) -> None:
    """A saved conversation, checked as the history a client sends is (its files must be uploads).

    ``save_history=True`` keeps conversations in the browser's localStorage and loads one by making it
    the chatbot's new value, which goes through postprocess: there a ``{"path": ...}`` names any file
    the app may return, so this client data must pass the rules of preprocess first.
    """
    chatbot.preprocess(chatbot.data_model.model_validate(conversation, context={"validate_meta": True}))
