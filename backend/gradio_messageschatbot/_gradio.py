"""Every use of Gradio beyond its documented API, in one place.

Gradio's public API does not cover what this component needs: where uploads and
the cache live, which folders the running app may serve, how ``gr.Chatbot``
serializes an embedded component and splits reasoning, how a component remembers
its constructor arguments, where ``gr.ChatInterface`` holds the chat and which of
its handlers is flagging, and the data models it keeps for chat messages and media values. Each is
reached through this module only, and ``tests/test_gradio_contract.py`` fails
with a clear message when an installed Gradio changes one of them.
"""

from __future__ import annotations

import copy
import functools
import os
import types
from collections.abc import Callable, Sequence
from typing import Any, Literal

from gradio import utils
from gradio.blocks import Block
from gradio.chat_interface import ChatInterface
from gradio.components.base import Component
from gradio.components.chatbot import (
    Chatbot,
    ChatbotDataMessages,
    ComponentMessage,
    ExampleMessage,
    FileMessage,
    Message,
    TextMessage,
)
from gradio.components.dataframe import DataframeData
from gradio.components.gallery import GalleryData
from gradio.components.plot import PlotData
from gradio.context import LocalContext
from gradio.data_classes import ImageData
from gradio.events import Dependency, EventListener, Events
from gradio.flagging import ChatCSVLogger
from gradio_client import utils as client_utils
from typing_extensions import NotRequired, TypedDict

__all__ = [
    "FILE_META",
    "ChatInterface",
    "ChatbotDataMessages",
    "ComponentMessage",
    "DataframeData",
    "Dependency",
    "EventListener",
    "ExampleMessage",
    "FileDataDict",
    "FileMessage",
    "GalleryData",
    "ImageData",
    "Message",
    "PlotData",
    "TextMessage",
]

# --- files ----------------------------------------------------------------------


FILE_META: dict[Literal["_type"], Literal["gradio.FileData"]] = {"_type": "gradio.FileData"}
"""What marks a file dict as Gradio's ``FileData``: Gradio checks that such a file was uploaded."""


class FileDataDict(TypedDict):
    """A file as Gradio describes it. Only ``path`` is needed on the way in."""

    path: str
    url: NotRequired[str | None]
    size: NotRequired[int | None]
    orig_name: NotRequired[str | None]
    mime_type: NotRequired[str | None]
    is_stream: NotRequired[bool]
    meta: NotRequired[dict[Literal["_type"], Literal["gradio.FileData"]]]
    alt_text: NotRequired[str | None]


def upload_folder() -> str:
    """Gradio's folder for uploads and its file cache (``GRADIO_TEMP_DIR`` or ``<tmp>/gradio``)."""
    return _upload_folder_for(os.environ.get("GRADIO_TEMP_DIR"))


@functools.lru_cache(maxsize=8)
def _upload_folder_for(temp_dir_setting: str | None) -> str:
    """Gradio resolves the folder on every call; it changes only with ``GRADIO_TEMP_DIR``."""
    return str(utils.get_upload_folder())


def static_paths() -> list[str]:
    """Folders given to ``gr.set_static_paths``: Gradio serves them as they are, to anyone."""
    from gradio.data_classes import _StaticFiles

    return [str(path) for path in _StaticFiles.all_paths]


def running_app_paths() -> tuple[Sequence[str | os.PathLike[str]], Sequence[str | os.PathLike[str]]]:
    """``(allowed_paths, blocked_paths)`` of the app handling the current request; empty outside one."""
    blocks = LocalContext.blocks.get(None)
    if blocks is None:
        return (), ()
    return tuple(getattr(blocks, "allowed_paths", ())), tuple(getattr(blocks, "blocked_paths", ()))


def mime_type(name: str) -> str | None:
    """The mime type Gradio gives a file of this name."""
    found = client_utils.get_mimetype(name)
    return str(found) if found else None


def harmless_file_name(name: str) -> str:
    """``name`` without the characters Gradio strips from file names."""
    return str(client_utils.strip_invalid_filename_characters(name))


def is_marked_file(value: dict[str, Any]) -> bool:
    """Whether a dict is a file marked with FileData's ``meta``, which Gradio checks was uploaded."""
    return bool(client_utils.is_file_obj_with_meta(value))


def is_client_data(validation_context: dict[str, Any] | None) -> bool:
    """Whether Gradio is validating a value a client sent (it passes ``validate_meta`` then, and checks
    that every file marked as ``FileData`` was uploaded)."""
    return bool(validation_context and validation_context.get("validate_meta"))


# --- gr.Chatbot and embedded components -------------------------------------------
def running_app_max_file_size() -> int | None:
    """The upload limit in bytes of the app handling the current request (``launch(max_file_size=...)``)."""
    blocks = LocalContext.blocks.get(None)
    return getattr(blocks, "max_file_size", None) if blocks is not None else None


def serialize_component(chatbot: Chatbot, component: Component) -> ComponentMessage | None:
    """The embedded component as ``gr.Chatbot`` serializes it (config, value, constructor arguments)."""
    message = chatbot._postprocess_content(component)
    return message if isinstance(message, ComponentMessage) else None


ExtractReasoning = Callable[[str, list[tuple[str, str]]], list[tuple[str, bool, str]]]


def reasoning_extractor(chatbot: Chatbot) -> ExtractReasoning:
    """``gr.Chatbot``'s own splitter of ``reasoning_tags``: ``(text, tags) -> [(segment, is_reasoning, status)]``."""
    return chatbot._extract_thinking_blocks


def constructor_args(component: Component) -> dict[str, Any]:
    """The keyword arguments the component was built with (Gradio rebuilds it from these)."""
    return component.constructor_args


def set_value(component: Component, value: Any, constructor_value: Any) -> None:
    """Give an already-built component a value without running its postprocess.

    ``value`` is what ``component.value`` holds after construction (the serialized
    form); ``constructor_value`` is what ``cls(value=...)`` takes to reproduce it,
    kept so that Gradio's own rebuild of the component gives the same result.
    """
    component.value = value
    component.constructor_args["value"] = constructor_value


def copy_component(template: Component) -> Component:
    """A copy of an unrendered component, about ten times cheaper than building one.

    Gradio inspects the constructor's signature on every build; a chat with fifty
    images would pay that fifty times a turn. The template is shared by every
    session, so nothing a handler can change in place is shared with it: containers
    are copied all the way down and option objects (``WaveformOptions``...) one level.
    """
    component = copy.copy(template)
    for name, attribute in vars(template).items():
        if not isinstance(attribute, _SHARED):
            setattr(component, name, _copied(attribute))
    return component


_SHARED = (str, int, float, bool, type(None), types.MethodType, types.FunctionType)


def _copied(value: Any) -> Any:
    if isinstance(value, _SHARED):
        return value
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return type(value)(_copied(item) for item in value)
    return copy.copy(value)


STOPPABLE = "_stoppable"
"""Set on a chatbot once a ``stop`` listener is wired; the page shows its stop button only then."""
TOOL_APPROVABLE = "_tool_approvable"
"""Set on a chatbot once a ``tool_approval`` listener is wired; the page shows Approve/Deny only then."""

TOOL_APPROVAL = EventListener(
    "tool_approval",
    doc="Triggered when the user approves or denies a tool call awaiting approval (ToolApprovalData).",
    callback=lambda block: setattr(block, TOOL_APPROVABLE, True),
)
"""The chat's tool approval event: the page's Approve and Deny buttons on a call awaiting approval."""

STOP = EventListener(
    "stop",
    callback=lambda block: setattr(block, STOPPABLE, True),
    doc="This listener is triggered when the user clicks the stop button that the {{ component }} shows while a "
    "reply streams into it. The button shows only once a listener is wired; pass the events it stops as "
    "`cancels=`, e.g. `chatbot.stop(None, cancels=[reply_event])`.",
)
"""The chat's stop event: gr.Chatbot has none (gr.ChatInterface's stop button is its textbox's)."""


def add_event(cls: type[Component], event: EventListener) -> Callable[..., Dependency]:
    """Give a component class one event more, as Gradio's metaclass does for the events a class lists, and
    return its listener. A method the class defines under the event's name stays: it wraps the listener.

    Listing ``EVENTS`` in the class body would have the metaclass replace every method named after an
    event (``MessagesChatbot``'s ``like``) and write stubs into a ``.pyi`` beside it.
    """
    listener: EventListener = event.copy()  # type: ignore[no-untyped-call]  # Gradio leaves it unannotated
    listener.set_doc(component=cls.__name__)
    cls.EVENTS = [*cls.EVENTS, listener]
    if str(listener) not in vars(cls):
        setattr(cls, str(listener), listener.listener)
    return listener.listener  # type: ignore[no-any-return]


# --- gr.ChatInterface ---------------------------------------------------------------

INPUT = Events.input
"""The chat's ``input`` event: the user changed the shown history (picked another version of a reply).
gr.Chatbot has none; it is Gradio's own ``input`` listener, as other input components have it."""


def enclosing_chat_interface(block: Block) -> ChatInterface | None:
    """The ChatInterface ``block`` was just rendered into (its layout is nested in the interface), if any."""
    parent = getattr(block, "parent", None)
    while parent is not None and not isinstance(parent, ChatInterface):
        parent = getattr(parent, "parent", None)
    return parent


def is_chat_flagging(fn: object) -> bool:
    """Whether ``fn`` is the callback ChatInterface wires to the chat's ``like`` when ``flagging_mode="manual"``."""
    return isinstance(getattr(fn, "__self__", None), ChatCSVLogger) and getattr(fn, "__name__", "") == "flag"
