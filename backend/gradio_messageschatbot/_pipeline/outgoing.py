"""Turn whatever a handler returns into wire messages, or say exactly what is wrong.

Accepted per message: a dict with ``role`` and ``content`` (the messages format,
or gr.Chatbot 6's normalized form with content blocks), a ``ChatMessage``
(``gradio.ChatMessage`` or ours), a ``gradio`` ``Message`` model, or a
:class:`WireMessage`. Accepted per content item: a string, a file (dict,
``FileData``, or a ``(path, alt_text)`` tuple), a Gradio component, or a
normalized ``text``/``file``/``component`` block, as a dict or a model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from gradio.components.base import Component
from gradio.data_classes import FileData
from pydantic import ValidationError

from .._formats.openai import item_from_openai_part
from .._gradio import ComponentMessage, FileMessage, Message, TextMessage
from .._model.messages import ROLES
from .._model.wire import ComponentBlock, ContentItem, FileBlock, Metadata, Option, TextBlock, WireMessage, problem_text
from ..errors import MessagesChatbotError
from . import embedded
from .files import file_data

ComponentToBlock = Callable[[Component], ComponentBlock]


def _describe(value: Any) -> str:
    return type(value).__name__


def _file_item(file: Mapping[str, Any] | FileData, alt_text: str | None) -> FileBlock:
    """Always a tagged block: gradio_client replaces a bare file by a path string, which reads as text."""
    return FileBlock(file=file_data(file), alt_text=alt_text)


def _passed_block(block: ComponentBlock) -> ComponentBlock:
    """A block returned as data (not a component): kept as it is, signature included, if its kind is shown."""
    embedded.kind_named(block.component)
    return block


def content_item(item: Any, component_to_block: ComponentToBlock) -> ContentItem:
    """One content item in its wire form; ``TypeError``/``ValueError`` if it has none."""
    if isinstance(item, str):
        return item
    if isinstance(item, Component):
        return component_to_block(item)
    if isinstance(item, FileData):
        return _file_item(item, None)
    if isinstance(item, TextBlock | TextMessage):
        return item.text
    if isinstance(item, FileBlock):
        return item
    if isinstance(item, ComponentBlock):
        return _passed_block(item)
    if isinstance(item, FileMessage):
        return _file_item(item.file, item.alt_text)
    if isinstance(item, ComponentMessage):
        return _passed_block(ComponentBlock(**item.model_dump(exclude={"type"})))
    if isinstance(item, tuple) and item and isinstance(item[0], str):
        alt_text = item[1] if len(item) > 1 else None
        return _file_item({"path": item[0]}, alt_text)
    if isinstance(item, Mapping):
        return _mapping_item(item, component_to_block)
    raise TypeError(
        f"content of type {_describe(item)} is not supported; use a string, a file dict with 'path', "
        "a Gradio component, or a list of these"
    )


def _mapping_item(item: Mapping[str, Any], component_to_block: ComponentToBlock) -> ContentItem:
    kind = item.get("type")
    if _is_openai_media(item):  # type="openai" hands these out, and gr.ChatInterface returns them
        return content_item(item_from_openai_part(item), component_to_block)
    if kind == "text":
        text = item.get("text")
        if not isinstance(text, str):
            raise TypeError(f"a text block needs a 'text' string, got {_describe(text)}")
        return text
    if kind == "file":
        file = item.get("file")
        if not isinstance(file, Mapping | FileData):
            raise TypeError(f"a file block needs a 'file' dict, got {_describe(file)}")
        return _file_item(file, item.get("alt_text"))
    if kind == "component":
        instance = item.get("instance")
        if isinstance(instance, Component) and item.get("value") is instance.value:
            return component_to_block(instance)  # type="normalized" hands these out; unchanged, it is reused
        try:
            block = ComponentBlock.model_validate({key: value for key, value in item.items() if key != "instance"})
        except ValidationError as error:
            raise ValueError(f"invalid component block: {error.errors()[0]['msg']}") from None
        return _passed_block(block)
    if "path" in item:
        return _file_item(item, item.get("alt_text"))
    raise ValueError(
        f"a content dict needs 'path' (a file) or 'type' ('text', 'file' or 'component'); got keys {sorted(item)}"
    )


def _is_openai_media(part: Mapping[str, Any]) -> bool:
    """An OpenAI part as ``to_openai`` makes of a user's file: an image, wav/mp3 audio, or an inline file."""
    kind = part.get("type")
    payload = part.get(kind) if kind in ("image_url", "input_audio", "file") else None
    if not isinstance(payload, Mapping):
        return False
    if kind == "input_audio":
        return isinstance(payload.get("data"), str) and payload.get("format") in ("wav", "mp3")
    return isinstance(payload.get("url" if kind == "image_url" else "file_data"), str)


def _fields(message: Any) -> tuple[Any, Any, Any, Any]:
    """(role, content, metadata, options) of any accepted message shape."""
    if isinstance(message, Mapping):
        missing = [key for key in ("role", "content") if key not in message]
        if missing:
            raise ValueError(f"missing {' and '.join(map(repr, missing))}")
        return message["role"], message["content"], message.get("metadata"), message.get("options")
    if isinstance(message, WireMessage):
        return message.role, message.content, message.metadata, message.options
    if isinstance(message, Message):
        return message.role, message.content, message.metadata, message.options
    if dataclasses.is_dataclass(message) and hasattr(message, "content"):
        return getattr(message, "role", "assistant"), message.content, message.metadata, message.options
    raise TypeError(f"a message must be a dict with 'role' and 'content' or a ChatMessage, got {_describe(message)}")


def _metadata(metadata: Any) -> Metadata | None:
    if metadata is None or isinstance(metadata, Metadata):
        return metadata or None
    if not isinstance(metadata, Mapping):
        raise TypeError(f"'metadata' must be a dict, got {_describe(metadata)}")
    if not metadata:
        return None
    try:
        return Metadata.model_validate(dict(metadata))
    except ValidationError as error:
        first = error.errors()[0]
        if not first["loc"]:
            raise MessagesChatbotError(problem_text(first)) from None
        raise MessagesChatbotError(f"metadata {'.'.join(map(str, first['loc']))}: {problem_text(first)}") from None


def _options(options: Any) -> list[Option] | None:
    if options is None:
        return None
    if not isinstance(options, list | tuple):
        raise TypeError(f"'options' must be a list of {{'value', 'label'}} dicts, got {_describe(options)}")
    validated = []
    for position, option in enumerate(options):
        try:
            validated.append(option if isinstance(option, Option) else Option.model_validate(option))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(map(str, (position, *first["loc"])))
            raise ValueError(f"options {where}: {first['msg']}") from None
    return validated or None


def wire_message(message: Any, index: int, component_to_block: ComponentToBlock) -> WireMessage:
    """Convert one returned message; any problem becomes a :class:`MessagesChatbotError` naming ``index``."""
    try:
        role, content, metadata, options = _fields(message)
        if role not in ROLES:
            raise ValueError(f"role {role!r} is not one of {', '.join(map(repr, ROLES))}")
        if isinstance(content, list):
            items: ContentItem | list[ContentItem] = [content_item(item, component_to_block) for item in content]
        else:
            items = content_item(content, component_to_block)
        return WireMessage.model_construct(
            role=role, content=items, metadata=_metadata(metadata), options=_options(options)
        )
    except (TypeError, ValueError) as error:
        raise MessagesChatbotError.at(index, error) from error
