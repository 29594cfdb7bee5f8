"""Turn the history the page or an API client sent into what a handler receives.

``type="messages"``: the shapes a handler may return. Text is a ``str``, a file
is a complete file dict, a component is an instance of that component holding
its preprocessed value; content keeps the shape it was sent in (one item, or a
list). ``metadata`` and ``options`` appear only when set, so a text history
goes straight to an OpenAI-compatible client.

``type="normalized"``: gradio 6's ``Message`` models, for ``gr.Chatbot.preprocess``.
"""

from __future__ import annotations

from typing import Any

from gradio.components.chatbot import ComponentMessage, FileMessage, Message, TextMessage
from gradio.data_classes import FileData

from .components import check_component_files, instantiate
from .files import complete_file_dict, local_network_url
from .messages import MessageContent, MessageDict
from .wire import ContentItem, FileBlock, TextBlock, WireMessage, content_items


def check_client_file(file: FileData) -> FileData:
    if local_network_url(file.path):  # not file.url: Gradio sets it to its own (often loopback) address
        raise ValueError(f"the file URL {file.path!r} points into the local network and is refused")
    return file


def handler_content(item: ContentItem) -> MessageContent:
    """One wire content item as a handler receives it in the messages format."""
    if isinstance(item, str):
        return item
    if isinstance(item, TextBlock):
        return item.text
    if isinstance(item, FileData):
        return complete_file_dict(check_client_file(item))
    if isinstance(item, FileBlock):
        return complete_file_dict(check_client_file(item.file), item.alt_text)
    return instantiate(item)


def handler_message(message: WireMessage, index: int) -> MessageDict:
    """One received message in the messages format; ``ValueError`` names ``index``."""
    try:
        if isinstance(message.content, list):
            content: Any = [handler_content(item) for item in message.content]
        else:
            content = handler_content(message.content)
    except ValueError as error:
        raise ValueError(f"message {index}: {error}") from error
    result = MessageDict(role=message.role, content=content)
    if message.metadata is not None:
        metadata = message.metadata.model_dump(exclude_none=True)
        if metadata:
            result["metadata"] = metadata  # type: ignore[typeddict-item]
    if message.options:
        result["options"] = [option.model_dump(exclude_none=True) for option in message.options]  # type: ignore[misc]
    return result


def _normalized_block(item: ContentItem) -> TextMessage | FileMessage | ComponentMessage:
    if isinstance(item, str):
        return TextMessage(text=item)
    if isinstance(item, TextBlock):
        return TextMessage(text=item.text)
    if isinstance(item, FileData):
        return FileMessage(file=check_client_file(item))
    if isinstance(item, FileBlock):
        return FileMessage(file=check_client_file(item.file), alt_text=item.alt_text)
    check_component_files(item)
    return ComponentMessage(**item.model_dump(exclude={"type"}))


def normalized_message(message: WireMessage, index: int) -> Message:
    """One received message as gradio 6's normalized ``Message``; ``ValueError`` names ``index``."""
    try:
        blocks = [_normalized_block(item) for item in content_items(message)]
    except ValueError as error:
        raise ValueError(f"message {index}: {error}") from error
    return Message(
        role=message.role,
        content=blocks,
        metadata=message.metadata.model_dump(exclude_none=True) if message.metadata else None,  # type: ignore[arg-type]
        options=[option.model_dump(exclude_none=True) for option in message.options] if message.options else None,  # type: ignore[misc]
    )
