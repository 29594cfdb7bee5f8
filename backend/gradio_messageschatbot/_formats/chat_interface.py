"""``gr.ChatInterface`` around MessagesChatbot: Gradio's handlers see gr.Chatbot's history, ``fn`` sees ``type``'s,
and the conversations a browser saved are checked as client data.

ChatInterface keeps the history in four places: the chat itself, a ``gr.State`` it hands to
``fn`` (and to retry), a second ``gr.State`` for the app (``chatbot_value``) and, with
``save_history=True``, the conversations saved in the browser. Its handlers were written for
gr.Chatbot 6's normalized history (content as lists of ``{"type": ...}`` blocks); ``fn`` was
written for what the chatbot's ``type`` says. One rule serves both:

- The chat's value and the two States, which ChatInterface copies from the chat, hold what
  ``type`` says, so ``fn`` gets it unconverted on every path: submit, retry, edit, options,
  examples and the API endpoint.
- Every ChatInterface handler that reads a history (:data:`READERS`) is handed it normalized, as
  from gr.Chatbot; a history it hands back to a State is converted back to ``type``. Saved
  conversations are therefore normalized, as gr.Chatbot saves them, and the chat takes them back
  as they are.
- The handlers that only pass a history along, slice it or append a message to it
  (:data:`PASSERS`) work on any shape and are left alone: what they return reaches the chat,
  which takes every shape.

Conversions go through the wire form, so versions, sources, speakers, tool states and every
other metadata key travel with each message. The flagging callback writes the history as JSON:
it gets the wire form, which JSON holds whole (a normalized history holds component instances).

The handlers are installed on the ChatInterface instance when the chatbot is placed in it, before
ChatInterface wires its events; ``tests/test_gradio_contract.py`` lists every ChatInterface handler
that takes or returns a history, so a Gradio release that adds one fails a test.

Two more things a chat inside ChatInterface needs: the version of a reply the user picks in the
page must reach the State that ``fn`` reads (the chat sends ``input`` then, and the State follows),
and the events the chat sends (a comment, an approval) must not be dropped while a handler of the
same event still runs.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import _gradio
from .. import _kinds as kinds
from .._model.fields import fields_of
from .._pipeline.incoming import normalized_message

if TYPE_CHECKING:
    from .._gradio import ChatInterface
    from ..component import MessagesChatbot

History = list[Any]
Convert = Callable[["MessagesChatbot", History], Any]


def normalized(chatbot: MessagesChatbot, history: History) -> list[dict[str, Any]]:
    """``history`` (any shape the chat takes) as gr.Chatbot 6 hands it to a handler."""
    return [normalized_message(message, index) for index, message in enumerate(chatbot.postprocess(history).root)]


def as_type(chatbot: MessagesChatbot, history: History) -> list[Any]:
    """``history`` (any shape the chat takes) as the chatbot's ``type`` hands it to a handler."""
    return chatbot.preprocess(chatbot.postprocess(history))


def as_json(chatbot: MessagesChatbot, history: History) -> list[dict[str, Any]]:
    """``history`` in its wire form, as plain JSON data (what the page holds and the export writes)."""
    return [message.model_dump() for message in chatbot.postprocess(history).root]


READERS: dict[str, tuple[str, Convert]] = {
    "_pop_last_user_message": ("history", normalized),
    "_save_conversation": ("conversation", normalized),
    "_generate_chat_title": ("conversation", normalized),  # also conversations saved in another shape before
}
"""ChatInterface's handlers that read a history: the parameter that holds it, and the shape they get."""

GIVE_BACK_AS_TYPE = {"_pop_last_user_message"}
"""Readers whose first returned value is a history that goes on to a State, and so to ``fn``."""

PASSERS = frozenset(
    {
        "_append_message_to_history",  # appends a message to whatever list it gets
        "_submit_fn",  # hands the State to fn, appends fn's reply
        "_stream_fn",
        "_api_wrapper",  # the API endpoint around _submit_fn / _stream_fn
        "_edit_message",  # slices
        "option_clicked",  # appends
        "example_clicked",  # builds a history from an example, or the cached one
        "_examples_fn",  # calls fn with an empty history
        "_examples_stream_fn",
        "_load_chat_history",  # titles through _generate_chat_title
        "_load_conversation",  # hands a saved (normalized) conversation to the chat
        "_delete_conversation",  # pops a saved conversation
        "load_example_output",  # gr.Examples' loader of a cached reply
    }
)
"""ChatInterface's handlers (and its examples') that take or return a history without reading its messages."""

FLAG = "flag"
"""ChatInterface's flagging callback (``ChatCSVLogger.flag``), wired to the chat's ``like``."""


def history_param(handler: Callable[..., Any], parameter: str, convert: Callable[[History], Any]) -> Any:
    """``handler`` with its ``parameter`` converted first; its signature (which Gradio reads) is kept."""
    signature = inspect.signature(handler)

    @functools.wraps(handler)
    def reading(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        if isinstance(bound.arguments.get(parameter), list):
            bound.arguments[parameter] = convert(bound.arguments[parameter])
        return handler(*bound.args, **bound.kwargs)

    return reading


def _giving_back_as_type(handler: Callable[..., Any], chatbot: MessagesChatbot) -> Any:
    @functools.wraps(handler)
    def giving_back(*args: Any, **kwargs: Any) -> Any:
        history, *rest = handler(*args, **kwargs)
        return (as_type(chatbot, history), *rest)

    return giving_back


_FITTED = "_messageschatbot_fitted"


def fit(interface: ChatInterface, chatbot: MessagesChatbot) -> None:
    """Hand each of ``interface``'s history readers the shape it was written for, and have its State follow
    the versions picked in the page; called when the chat is placed in it, before it wires its events."""
    if vars(interface).get(_FITTED):
        return
    setattr(interface, _FITTED, True)
    for name, (parameter, convert) in READERS.items():
        handler = getattr(interface, name)
        reader = history_param(handler, parameter, functools.partial(convert, chatbot))
        setattr(interface, name, _giving_back_as_type(reader, chatbot) if name in GIVE_BACK_AS_TYPE else reader)
    interface._load_conversation = _checking_saved(interface._load_conversation, chatbot)  # type: ignore[method-assign]
    wire_events = interface._setup_events

    @functools.wraps(wire_events)
    def setting_up_events() -> None:
        wire_events()
        _follow_the_page(interface, chatbot)

    interface._setup_events = setting_up_events  # type: ignore[method-assign]


def _checking_saved(load: Callable[..., Any], chatbot: MessagesChatbot) -> Callable[..., Any]:
    """ChatInterface's loader of saved conversations, checking the one it loads as a received history first.

    ``save_history=True`` keeps conversations in the browser's localStorage, so a client writes them; the loader
    makes one the chat's new value, which goes through postprocess, where a ``{"path": ...}`` names any file the
    app may return. So the conversation must pass the rules of preprocess (files only uploads) before.
    """

    @functools.wraps(load)
    def loading(index: int, conversations: list[Any]) -> Any:
        chatbot.preprocess(chatbot.data_model.model_validate(conversations[index], context={"validate_meta": True}))
        return load(index, conversations)

    setattr(loading, CHECKS_SAVED, True)
    return loading


CHECKS_SAVED = "_messageschatbot_checks_saved"
"""Set on the loader :func:`fit` installs, for the contract test to find it among the wired functions."""


def _follow_the_page(interface: ChatInterface, chatbot: MessagesChatbot) -> None:
    """A version picked in the page goes to the States ChatInterface hands to ``fn`` (it copies the chat into
    them only after its own events), and into the saved conversation."""
    states = [interface.chatbot_state, interface.chatbot_value]
    picked = chatbot.input(
        lambda history: (history, history),
        chatbot,
        states,
        queue=False,
        api_visibility="undocumented",
        trigger_mode="always_last",  # the last pick is the one shown
    )
    if interface.save_history:
        picked.then(
            interface._save_conversation,
            [interface.conversation_id, interface.chatbot_state, interface.saved_conversations],
            [interface.conversation_id, interface.saved_conversations],
            queue=False,
            api_visibility="undocumented",
        )


def fitted_listener(fn: Any, chatbot: MessagesChatbot) -> Any:
    """``fn`` for one of the chat's events; ChatInterface's flagging callback gets the history as JSON."""
    if _gradio.is_chat_flagging(fn):
        return history_param(fn, "messages", functools.partial(as_json, chatbot))
    return fn


def pop_last_user_turn(history: list[Any], multimodal: bool = False) -> tuple[list[Any], Any]:
    """Remove the last exchange; return the shorter history and what the user had sent.

    Trailing assistant messages go, then the user messages before them. The
    user's text (and, for a multimodal chat, files) is returned so that it can be
    sent again (retry) or put back into the textbox (undo), in an app of your own.
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
