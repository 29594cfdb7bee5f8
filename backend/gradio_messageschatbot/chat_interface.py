"""Keep ``gr.ChatInterface`` working when its chatbot hands out the messages format.

ChatInterface's retry and undo handlers read the history as gr.Chatbot 6's
content-block lists. With ``type="messages"`` they would read a ``str`` content
character by character, and with ``type="openai"`` they would lose images and
files, so those two handlers are swapped for :func:`pop_last_user_turn`, which
does the same on the messages format (for ``"openai"``, on the messages the
chat showed, taken back from what was handed out).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import gradio as gr

from .openai_handout import take_back


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
    owner = getattr(fn, "__self__", None)
    kind = getattr(chatbot, "type", None)
    if (
        kind in ("messages", "openai")
        and isinstance(owner, gr.ChatInterface)
        and getattr(fn, "__name__", "") == "_pop_last_user_message"
    ):
        pop = functools.partial(pop_last_user_turn, multimodal=owner.multimodal)
        return pop if kind == "messages" else lambda history: pop(take_back(history))
    return fn
