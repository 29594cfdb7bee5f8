"""A converted message together with its dumped form, so that what Gradio does to every yield finds it ready.

Gradio calls ``model_dump()`` on a component's output at every streamed yield, twice, and
dumping 10,000 messages cost more than converting them. The dumped form is made here once,
when a message is converted, and cached with it (:mod:`.cache`): an unchanged message's
dumped form is the very same object at every yield.
"""

from __future__ import annotations

import itertools
import operator
from typing import Any

from .._model.wire import MessagesHistory, SentMessages, WireMessage

Sent = tuple[list[WireMessage], list[dict[str, Any] | None]]
"""What one returned message becomes: its wire messages (several with ``reasoning_tags``) and their dumped forms."""


def sent(messages: list[WireMessage]) -> Sent:
    """``messages`` with their dumped forms; None for one that holds a file's URL, which is dumped at every
    use: Gradio prefixes file URLs with the server's address in place (``add_root_url``), and the value of
    a ``gr.update`` reaches it without being copied first."""
    dumped = [message.model_dump() for message in messages]
    return messages, [None if _names_a_url(message) else message for message in dumped]


def _names_a_url(value: Any) -> bool:
    """Whether a file dict with a URL string lies in ``value`` (an embedded component's value has one)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("url"), str) and "path" in item:
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def history(converted: list[Sent]) -> MessagesHistory:
    """The history of every converted message, in order, with the dumped forms it gives as its own."""
    messages = list(itertools.chain.from_iterable(map(operator.itemgetter(0), converted)))
    dumped = list(itertools.chain.from_iterable(map(operator.itemgetter(1), converted)))
    return MessagesHistory.model_construct(root=SentMessages(messages, dumped))
