"""Turn the history the page or an API client sent into what a handler receives.

Everything here is client data: each item's kind (:mod:`.._kinds`) checks its
files (:func:`.files.check_readable`) and rebuilds embedded components only as
:mod:`.embedded` allows. A reply's other versions (``metadata.versions``) are
received exactly as its own content is, by the same functions: the page may show
any of them in its place.

``type="messages"``: the shapes a handler may return. Text is a ``str``, a file
is a complete file dict, a component is an instance of that component holding
its value as sent; content keeps the shape it was sent in (one item, or a
list), except that text alone is always one ``str``. ``metadata`` and ``options``
appear only when set, so a text history goes straight to an LLM client.

``type="normalized"``: gr.Chatbot 6's content-block dicts, each component block
with its ``instance``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from .. import _kinds as kinds
from .._model.messages import MessageContent, MessageDict, MetadataDict, OptionDict
from .._model.wire import ContentItem, Metadata, MetadataFields, Version, WireMessage
from ..errors import MessagesChatbotError
from .metadata import received_metadata


def text_as_one_str(content: list[MessageContent]) -> MessageContent | list[MessageContent]:
    """A list that holds only text, as one ``str``: its items joined with a blank line, as
    ``to_openai`` joins text (an empty list is ``""``). Any other list is returned unchanged.

    Why: a history goes straight into an LLM client, whose ``content`` is a string or a list of
    typed parts. Text arrives as a list when gr.ChatInterface(multimodal=True), gradio 6's
    text blocks or an API client send it so; passed on as a list of bare strings, it is refused
    by OpenAI, TGI and llama.cpp alike.
    """
    texts = [item for item in content if isinstance(item, str)]
    return "\n\n".join(texts) if len(texts) == len(content) else content


def handler_message(message: WireMessage, index: int) -> MessageDict:
    """One received message in the messages format; errors name ``index``."""
    try:
        content = _handler_content(message.content)
        metadata = _metadata(message.metadata, _handler_content)
    except MessagesChatbotError as error:
        raise MessagesChatbotError.at(index, error) from error
    received = MessageDict(role=message.role, content=content)
    options = _options(message)
    if metadata:
        received["metadata"] = cast(MetadataDict, metadata)  # Metadata's fields are MetadataDict's keys
    if options:
        received["options"] = cast(list[OptionDict], options)
    return received


def normalized_message(message: WireMessage, index: int) -> dict[str, Any]:
    """One received message as gr.Chatbot 6's normalized dict; errors name ``index``."""
    try:
        blocks = _normalized_content(message.content)
        metadata = _metadata(message.metadata, _normalized_content)
    except MessagesChatbotError as error:
        raise MessagesChatbotError.at(index, error) from error
    return {"role": message.role, "content": blocks, "metadata": metadata, "options": _options(message)}


ReceiveContent = Callable[[ContentItem | list[ContentItem]], Any]
"""How one history type receives a content: a message's own, and each of its versions' alike."""


def _handler_content(content: ContentItem | list[ContentItem]) -> MessageContent | list[MessageContent]:
    if isinstance(content, list):
        return text_as_one_str([kinds.of_wire(item).to_handler(item) for item in content])
    return kinds.of_wire(content).to_handler(content)


def _normalized_content(content: ContentItem | list[ContentItem]) -> list[dict[str, Any]]:
    return [kinds.of_wire(item).to_normalized(item) for item in (content if isinstance(content, list) else [content])]


def _metadata(metadata: MetadataFields | None, receive: ReceiveContent) -> dict[str, Any] | None:
    """The metadata a handler receives: files checked (:func:`.sources.received_metadata`), and each version
    received as the message's own content is, by ``receive``."""
    if not metadata:
        return None
    received = received_metadata(metadata)
    if isinstance(metadata, Metadata) and metadata.versions is not None:
        received["versions"] = [
            _version(version, position, receive) for position, version in enumerate(metadata.versions)
        ]
    return received


def _version(version: Version, position: int, receive: ReceiveContent) -> dict[str, Any]:
    try:
        received: dict[str, Any] = {"content": receive(version.content)}
        metadata = _metadata(version.metadata, receive)
    except MessagesChatbotError as error:
        raise MessagesChatbotError(f"metadata.versions[{position}]: {error}") from error
    if metadata:
        received["metadata"] = metadata
    return received


def _options(message: WireMessage) -> list[dict[str, Any]] | None:
    return [option.model_dump(exclude_none=True) for option in message.options] if message.options else None
