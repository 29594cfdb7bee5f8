"""Turn whatever a handler returns into wire messages, or say exactly what is wrong.

Accepted per message: a dict with ``role`` and ``content`` (the messages format,
or gr.Chatbot 6's normalized form with content blocks), a ``ChatMessage``
(``gradio.ChatMessage`` or ours), a ``gradio`` ``Message`` model, or a
:class:`WireMessage`. Accepted per content item: a string, a file (dict,
``FileData``, or a ``(path, alt_text)`` tuple), a Gradio component, or a
normalized ``text``/``file``/``component`` block, as a dict or a model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from .. import _kinds as kinds
from .._kinds.kind import SendComponent
from .._kinds.openai_parts import is_media_part, item_from_openai_part
from .._model.fields import fields_of
from .._model.messages import ROLES
from .._model.wire import (
    ContentItem,
    Metadata,
    Option,
    Version,
    WireMessage,
    check_item_count,
    check_versions,
    first_problem,
    problem_text,
)
from ..errors import MessagesChatbotError


def content_item(item: Any, send: SendComponent) -> ContentItem:
    """One returned content item in its wire form, converted by its kind (:mod:`.._kinds`)."""
    # OpenAI media parts: type="openai" hands them out, and gr.ChatInterface returns them
    if type(item) is not str and isinstance(item, Mapping) and is_media_part(item):
        item = item_from_openai_part(item)
    return kinds.returned(item, send)


def _describe(value: Any) -> str:
    return type(value).__name__


def _content(content: Any, send: SendComponent) -> ContentItem | list[ContentItem]:
    """A message's or a version's content, item by item, in its wire form."""
    if not isinstance(content, list):
        return content_item(content, send)
    check_item_count(content)  # what a client could not send back
    return [content_item(item, send) for item in content]


def _versions(versions: Any, send: SendComponent) -> list[Version] | None:
    """``metadata.versions``: each version's content converted exactly as a message's is, its metadata
    validated as a message's is."""
    if check_versions(versions) is None:
        return None
    converted = []
    for position, version in enumerate(versions):
        try:
            if not isinstance(version, Version):
                version = Version.model_validate(dict(version, content=_content(version["content"], send)))
        except MessagesChatbotError as error:
            raise MessagesChatbotError(f"metadata.versions[{position}]: {error}") from None
        except ValidationError as error:
            raise MessagesChatbotError(f"metadata.versions[{position}]: {first_problem(error, version)}") from None
        converted.append(version)
    return converted


def _metadata(metadata: Any, send: SendComponent) -> Metadata | None:
    if metadata is None or isinstance(metadata, Metadata):
        return metadata or None
    if not isinstance(metadata, Mapping):
        raise MessagesChatbotError(f"'metadata' must be a dict, got {_describe(metadata)}")
    if not metadata:
        return None
    fields = dict(metadata)
    if "versions" in fields:
        fields["versions"] = _versions(fields["versions"], send)
    try:
        return Metadata.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        if not first["loc"]:
            raise MessagesChatbotError(problem_text(first)) from None
        raise MessagesChatbotError(f"metadata {'.'.join(map(str, first['loc']))}: {problem_text(first)}") from None


def _options(options: Any) -> list[Option] | None:
    if options is None:
        return None
    if not isinstance(options, list | tuple):
        raise MessagesChatbotError(f"'options' must be a list of {{'value', 'label'}} dicts, got {_describe(options)}")
    validated = []
    for position, option in enumerate(options):
        try:
            validated.append(option if isinstance(option, Option) else Option.model_validate(option))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(map(str, (position, *first["loc"])))
            raise MessagesChatbotError(f"options {where}: {first['msg']}") from None
    return validated or None


def wire_message(message: Any, index: int, send: SendComponent) -> WireMessage:
    """Convert one returned message; any problem becomes a :class:`MessagesChatbotError` naming ``index``.

    Besides our own errors, any ``TypeError``/``ValueError`` a returned value makes
    Python or pydantic raise is that value's problem, and is reported the same way.
    """
    try:
        role, content, metadata, options = fields_of(message)
        if role not in ROLES:
            raise MessagesChatbotError(f"role {role!r} is not one of {', '.join(map(repr, ROLES))}")
        return WireMessage.model_construct(
            role=role, content=_content(content, send), metadata=_metadata(metadata, send), options=_options(options)
        )
    except (TypeError, ValueError) as error:
        raise MessagesChatbotError.at(index, error) from error
