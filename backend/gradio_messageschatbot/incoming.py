"""Turn the history the page or an API client sent into what a handler receives.

Everything here is client data: files must be ones a client may name
(:func:`.files.check_readable`), and embedded components are rebuilt only as
:mod:`.embedded` allows.

``type="messages"``: the shapes a handler may return. Text is a ``str``, a file
is a complete file dict, a component is an instance of that component holding
its value as sent; content keeps the shape it was sent in (one item, or a
list), except that text alone is always one ``str``. ``metadata`` and ``options``
appear only when set, so a text history goes straight to an LLM client.

``type="normalized"``: gr.Chatbot 6's content-block dicts, each component block
with its ``instance``.
"""

from __future__ import annotations

from typing import Any

from gradio.data_classes import FileData

from . import embedded
from .errors import MessagesChatbotError
from .files import check_readable, complete_file_dict
from .messages import MessageContent, MessageDict
from .wire import ComponentBlock, ContentItem, FileBlock, TextBlock, WireMessage, content_items


def _checked(file: FileData) -> FileData:
    check_readable(file.path)
    return file


def handler_content(item: ContentItem) -> MessageContent:
    """One wire content item as a handler receives it in the messages format."""
    if isinstance(item, str):
        return item
    if isinstance(item, TextBlock):
        return item.text
    if isinstance(item, FileData):
        return complete_file_dict(_checked(item))
    if isinstance(item, FileBlock):
        return complete_file_dict(_checked(item.file), item.alt_text)
    return embedded.receive(item)


def _extras(message: WireMessage) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    if message.metadata is not None:
        metadata = message.metadata.model_dump(exclude_none=True)
        if metadata:
            extras["metadata"] = metadata
    if message.options:
        extras["options"] = [option.model_dump(exclude_none=True) for option in message.options]
    return extras


def text_as_one_str(content: list[MessageContent]) -> MessageContent | list[MessageContent]:
    """A list that holds only text, as one ``str``: its items joined with a blank line, as
    ``to_openai`` joins text (an empty list is ``""``). Any other list is returned unchanged.

    Why: a history goes straight into an LLM client, whose ``content`` is a string or a list of
    typed parts. Text arrives as a list when gr.ChatInterface(multimodal=True), gradio 6's
    text blocks or an API client send it so; passed on as a list of bare strings, it is refused
    by OpenAI, TGI and llama.cpp alike.
    """
    if all(isinstance(item, str) for item in content):
        return "\n\n".join(content)  # type: ignore[arg-type]
    return content


def handler_message(message: WireMessage, index: int) -> MessageDict:
    """One received message in the messages format; errors name ``index``."""
    try:
        if isinstance(message.content, list):
            content: Any = text_as_one_str([handler_content(item) for item in message.content])
        else:
            content = handler_content(message.content)
    except MessagesChatbotError as error:
        raise MessagesChatbotError.at(index, error) from error
    return MessageDict(role=message.role, content=content, **_extras(message))  # type: ignore[typeddict-item]


def _normalized_block(item: ContentItem) -> dict[str, Any]:
    if isinstance(item, str):
        return {"type": "text", "text": item}
    if isinstance(item, TextBlock):
        return item.model_dump()
    if isinstance(item, FileData):
        return {"type": "file", "file": _checked(item).model_dump(), "alt_text": None}
    if isinstance(item, FileBlock):
        return {"type": "file", "file": _checked(item.file).model_dump(), "alt_text": item.alt_text}
    return _normalized_component(item)


def _normalized_component(block: ComponentBlock) -> dict[str, Any]:
    """As gr.Chatbot hands it out, but built safely: only signed arguments, the server's props, the value as sent.

    The signature comes along so that the dict, returned without its ``instance``, keeps its arguments.
    """
    instance = embedded.receive(block)
    received = embedded.received_block(instance)
    return {
        "type": "component",
        "component": received.component,
        "value": instance.value,
        "constructor_args": dict(received.constructor_args),
        "props": dict(received.props),
        "signature": received.signature,
        "instance": instance,
    }


def normalized_message(message: WireMessage, index: int) -> dict[str, Any]:
    """One received message as gr.Chatbot 6's normalized dict; errors name ``index``."""
    try:
        blocks = [_normalized_block(item) for item in content_items(message)]
    except MessagesChatbotError as error:
        raise MessagesChatbotError.at(index, error) from error
    return {
        "role": message.role,
        "content": blocks,
        "metadata": message.metadata.model_dump(exclude_none=True) if message.metadata else None,
        "options": [option.model_dump(exclude_none=True) for option in message.options] if message.options else None,
    }
