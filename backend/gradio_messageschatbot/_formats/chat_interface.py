"""Keep ``gr.ChatInterface`` working when its chatbot hands out the messages format.

ChatInterface's retry and undo handlers read the history as gr.Chatbot 6's
content-block lists. With ``type="messages"`` they would read a ``str`` content
character by character, so those two handlers are swapped for
:func:`pop_last_user_turn`, which does the same on the messages format.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from .. import _gradio


def pop_last_user_turn(history: list[Any], multimodal: bool = False) -> tuple[list[Any], Any]:
    """Remove the last exchange; return the shorter history and what the user had sent.

    Trailing assistant messages go, then the user messages before them. The
    user's text (and, for a multimodal chat, files) is returned so that it can be
    sent again (retry) or put back into the textbox (undo).
    """
    end = len(history)
    while end > 0 and _role(history[end - 1]) == "assistant":
        end -= 1
    start = end
    while start > 0 and _role(history[start - 1]) == "user":
        start -= 1
    text, files = "", []
    for message in history[start:end]:
        content = _content(message)
        for item in content if isinstance(content, list) else [content]:
            if isinstance(item, str):
                text += item
            elif isinstance(item, Mapping) and "path" in item:
                files.append(item)
    return history[:start], {"text": text, "files": files} if multimodal else text


def _role(message: Any) -> Any:
    return message["role"] if isinstance(message, Mapping) else getattr(message, "role", None)


def _content(message: Any) -> Any:
    return message["content"] if isinstance(message, Mapping) else getattr(message, "content", None)


def adapt_chat_interface_handler(fn: Any, chatbot: Any) -> Any:
    """``fn``, or its messages-format equivalent when it is ChatInterface's pop handler."""
    owner = _gradio.chat_interface_pop(fn)
    if owner is not None and getattr(chatbot, "type", None) == "messages":
        return functools.partial(pop_last_user_turn, multimodal=owner.multimodal)
    return fn
