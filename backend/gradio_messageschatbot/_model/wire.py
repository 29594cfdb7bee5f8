"""The data model that travels between the server, the page and API clients.

It is the messages format itself: ``content`` is text, a file, a component or a
list of those, so an API client sends and receives the same shape a handler
does. Only what JSON cannot hold gets a tagged block: a file with alt text
(``{"type": "file", ...}``) and an embedded component (``{"type": "component", ...}``).
Files are typed as Gradio's ``FileData`` so that Gradio refuses client-sent paths
that were not uploaded.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
from typing import Any, Literal, cast

from gradio.data_classes import FileData, GradioModel
from pydantic import (
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from .._gradio import FILE_META, ChatbotDataMessages, is_client_data
from ..errors import MessagesChatbotError, shown_to_user
from .messages import Role, ToolState
from .sources import MAX_SOURCES, Source
from .speaker import MAX_NAME_CHARS, Avatar, check_avatar, check_timestamp

MAX_DEPTH = 64
"""How deep a client's free-form data (metadata extras, component values) may nest: a chat needs a few
levels, while thousands break recursive code downstream."""
MAX_CONTENT_ITEMS = 2_000
"""Items one content list (a message's, or one of its versions') may hold: far more than a chat shows,
and few enough that a malformed request is refused before its items are validated."""
MAX_VERSIONS = 1_000
"""Versions one message may keep: a thousand retries of one reply."""


def check_json_data(value: Any, what: str, limit: int = MAX_DEPTH) -> Any:
    """``value`` unless it is data JSON cannot carry as it is: containers nested deeper than ``limit``, or a
    number that is not finite. Python's ``json`` reads and writes NaN and Infinity, which are not JSON (a
    browser refuses the whole reply), so they are refused here, in both directions. Walked level by level,
    without recursion."""
    level = [value]
    depth = 0
    while level:
        for item in level:
            if isinstance(item, float) and not math.isfinite(item):
                raise MessagesChatbotError(
                    f"{what} holds {json.dumps(item)}: numbers must be finite (None marks a missing value)"
                )
        level = [item for item in level if isinstance(item, _CONTAINERS)]
        if level and depth == limit:
            raise MessagesChatbotError(f"{what} is nested more than {limit} levels deep")
        depth += 1
        level = [child for item in level for child in (item.values() if isinstance(item, dict) else item)]
    return value


_CONTAINERS = (dict, list, tuple)


class MetadataFields(GradioModel):
    """Thought / tool-call metadata, all but a reply's versions (:class:`Metadata`): the metadata a version
    itself holds. Unknown keys are kept for forward compatibility."""

    model_config = ConfigDict(extra="allow")

    title: str | None = None
    id: int | str | None = None
    parent_id: int | str | None = None
    log: str | None = None
    duration: float | None = Field(default=None, allow_inf_nan=False)
    status: Literal["pending", "done"] | None = None
    tool_state: ToolState | None = None
    sources: list[Source] | None = Field(default=None, max_length=MAX_SOURCES)
    """What the message cites (:mod:`.sources`)."""
    name: str | None = Field(default=None, max_length=MAX_NAME_CHARS)
    avatar: Avatar | None = None
    timestamp: str | None = Field(default=None, max_length=100)
    """Who speaks and when (:mod:`.speaker`)."""

    @field_validator("avatar", mode="before")
    @classmethod
    def _avatar(cls, avatar: Any, info: ValidationInfo) -> Any:
        return check_avatar(avatar, info)

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp(cls, timestamp: Any, info: ValidationInfo) -> Any:
        return check_timestamp(timestamp, info)

    @model_validator(mode="after")
    def _shallow_extras(self) -> MetadataFields:
        check_json_data(self.model_extra, "metadata")
        return self


class Metadata(MetadataFields):
    """A message's metadata: a thought, a tool call, who speaks, what it cites, and a reply's other versions."""

    versions: list[Version] | None = None
    """A reply's other answers, each held to the rules of the message's own content (:class:`Version`)."""
    version: int | None = Field(default=None, ge=0, strict=True)
    """Where the shown content stands among all versions, from 0 (the last when absent)."""

    @field_validator("versions", mode="before")
    @classmethod
    def _versions(cls, versions: Any) -> Any:
        return check_versions(versions)

    @model_validator(mode="after")
    def _version_in_range(self) -> Metadata:
        count = len(self.versions or []) + 1
        if self.version is not None and self.version >= count:
            raise MessagesChatbotError(
                f"metadata.version is {self.version}, but the message has {count} version{'s' * (count > 1)} "
                f"(counted from 0, so at most {count - 1})"
            )
        return self


class Option(GradioModel):
    value: str
    label: str | None = None


class TextBlock(GradioModel):
    type: Literal["text"] = "text"
    text: str


class FileBlock(GradioModel):
    type: Literal["file"] = "file"
    file: FileData
    alt_text: str | None = None


class ComponentBlock(GradioModel):
    type: Literal["component"] = "component"
    component: str
    value: Any = None
    constructor_args: dict[str, Any] = Field(default_factory=dict)
    props: dict[str, Any] = Field(default_factory=dict)
    signature: str | None = None
    """The server's signature of ``(component, constructor_args)``; see :mod:`.trust`."""

    @field_validator("value", "constructor_args", "props")
    @classmethod
    def _shallow(cls, value: Any) -> Any:
        return check_json_data(value, "a component block")


ContentItem = str | TextBlock | FileBlock | ComponentBlock | FileData


def _check_uploaded(item: Any) -> None:
    """A client's file must carry FileData's ``meta``: that is how Gradio knows to check it was uploaded."""
    if not isinstance(item, dict):
        return
    file = item.get("file") if item.get("type") == "file" else item if "path" in item else None
    if isinstance(file, dict) and file.get("meta") != FILE_META:
        raise MessagesChatbotError(
            "a file must be uploaded first (gradio_client: handle_file(path)); a file dict is accepted only "
            "with meta={'_type': 'gradio.FileData'}"
        )


def check_item_count(content: Any) -> Any:
    """``content`` unless it is a list of more than :data:`MAX_CONTENT_ITEMS` items."""
    if isinstance(content, list) and len(content) > MAX_CONTENT_ITEMS:
        raise MessagesChatbotError(
            f"content holds {len(content):,} items; a message holds at most {MAX_CONTENT_ITEMS:,}"
        )
    return content


def check_content(content: Any, info: ValidationInfo) -> Any:
    """What a content (a message's, or a version's) must be before its items are validated: at most
    :data:`MAX_CONTENT_ITEMS` items, so that a huge malformed list costs nothing, and from a client only
    uploaded files."""
    check_item_count(content)
    if is_client_data(info.context):
        for item in content if isinstance(content, list) else [content]:
            _check_uploaded(item)
    return content


def check_versions(versions: Any) -> Any:
    """``metadata.versions`` before its versions are validated: a list of at most :data:`MAX_VERSIONS` dicts
    with a ``content``; anything else is named as it is, rather than as every shape pydantic tried."""
    if versions is None:
        return None
    if not isinstance(versions, list | tuple):
        raise MessagesChatbotError(
            f"metadata.versions must be a list of {{'content', 'metadata'}} dicts, got {type(versions).__name__}"
        )
    if len(versions) > MAX_VERSIONS:
        raise MessagesChatbotError(
            f"metadata.versions holds {len(versions):,} versions; a message keeps at most {MAX_VERSIONS:,}"
        )
    for position, version in enumerate(versions):
        if isinstance(version, Version):
            continue
        if not isinstance(version, dict) or "content" not in version:
            got = "a dict without 'content'" if isinstance(version, dict) else type(version).__name__
            raise MessagesChatbotError(
                f"metadata.versions[{position}] must be a dict with 'content' (and optionally 'metadata'), got {got}"
            )
        unknown = [key for key in version if key not in Version.model_fields]
        if unknown:  # nothing a client sends is silently dropped
            raise MessagesChatbotError(
                f"metadata.versions[{position}] holds {', '.join(map(repr, unknown))}: a version holds only "
                "'content' and 'metadata'"
            )
    return versions


def _leave_out_unset(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty ``metadata``/``options`` and the unset fields inside: API clients get plain dicts,
    as a handler writes them."""
    for key in ("metadata", "options"):
        if data.get(key) is None:
            data.pop(key, None)
    if "metadata" in data:
        data["metadata"] = _without_none(data["metadata"])
    if "options" in data:
        data["options"] = [_without_none(option) for option in data["options"]]
    return dict(data)


class Version(GradioModel):
    """One of a reply's other answers (``metadata.versions``): a content and metadata that the page may show
    in place of the message's own, so they pass the very validators a message's do."""

    content: ContentItem | list[ContentItem]
    metadata: MetadataFields | None = None
    """Not :class:`Metadata`: a version has no versions, and a type that names itself sends Gradio's docs
    generator round in circles."""

    @field_validator("content", mode="before")
    @classmethod
    def _content(cls, content: Any, info: ValidationInfo) -> Any:
        return check_content(content, info)

    @field_validator("metadata", mode="before")
    @classmethod
    def _not_nested(cls, metadata: Any) -> Any:
        if isinstance(metadata, dict) and ("versions" in metadata or "version" in metadata):
            raise MessagesChatbotError("a version's metadata cannot hold 'versions' or 'version'")
        return metadata

    @model_serializer(mode="wrap")
    def _omit_unset(self, serialize: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _leave_out_unset(serialize(self))


Metadata.model_rebuild()


class WireMessage(GradioModel):
    role: Role
    content: ContentItem | list[ContentItem]
    metadata: Metadata | None = None
    options: list[Option] | None = None

    @field_validator("content", mode="before")
    @classmethod
    def _content(cls, content: Any, info: ValidationInfo) -> Any:
        return check_content(content, info)

    @model_serializer(mode="wrap")
    def _omit_unset(self, serialize: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _leave_out_unset(serialize(self))


def _without_none(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


class SentMessages(list[WireMessage]):
    """The messages of a history that postprocess built, with each one's dumped form (``model_dump()``).

    The dumped forms are made once per converted message and kept with it, so an unchanged message
    costs :meth:`MessagesHistory.model_dump` nothing; they are shared between yields and never changed.
    A message kept as None is dumped anew each time. They are used only while the list still holds
    exactly the messages it was built with.
    """

    def __init__(self, messages: list[WireMessage], dumped: list[dict[str, Any] | None]) -> None:
        super().__init__(messages)
        self._built_with = tuple(messages)
        self._dumped = dumped

    def dumped(self) -> list[dict[str, Any]] | None:
        """The dumped messages, or None if the list was changed since it was built (checked in C)."""
        if len(self) != len(self._built_with) or not all(map(operator.is_, self, self._built_with)):
            return None
        dumped = list(self._dumped)
        for index in itertools.compress(range(len(dumped)), map(operator.is_, dumped, itertools.repeat(None))):
            dumped[index] = self[index].model_dump()
        return cast(list[dict[str, Any]], dumped)


class MessagesHistory(ChatbotDataMessages):
    """The whole history. It is gr.Chatbot's data model in type, so that ``MessagesChatbot`` keeps
    ``gr.Chatbot``'s contract, while its messages are the messages format's own."""

    root: list[WireMessage]  # type: ignore[assignment]  # our messages replace gr.Chatbot's content blocks

    def model_dump(self, *args: Any, **kwargs: Any) -> Any:
        """The history as plain data. Gradio dumps a component's output at every streamed yield (twice);
        a history built by postprocess (:class:`SentMessages`) gives its messages' dumped forms, made
        when each message was converted, instead of dumping all of them again."""
        if not args and not kwargs and isinstance(self.root, SentMessages):
            dumped = self.root.dumped()
            if dumped is not None:
                return dumped
        return super().model_dump(*args, **kwargs)

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> MessagesHistory:
        """Validate message by message, saying what is wrong with the first malformed one in a ``gradio.Error``
        the sender sees.

        Gradio validates every incoming value with this. Stopping at the first malformed message, a bad
        request costs what was read up to its problem: pydantic would first collect an error for every
        branch of every item of every message (100,000 malformed messages took 24 s and 1.3 GB). And its
        report of a failed union lists every branch, while a person needs the first problem of the message
        at fault. (Raised outside pydantic, which would wrap it.)
        """
        with shown_to_user():
            if not isinstance(obj, list | tuple):
                raise MessagesChatbotError(f"a history must be a list of messages, got {type(obj).__name__}")
            messages = []
            for index, message in enumerate(obj):
                try:
                    messages.append(WireMessage.model_validate(message, *args, **kwargs))
                except ValidationError as error:
                    raise MessagesChatbotError(f"message {index}: {first_problem(error, message)}") from None
            return cls.model_construct(root=messages)


def problem_text(detail: Any) -> str:
    """One pydantic error in words: our own checks' text as written, pydantic's message otherwise."""
    ours = detail.get("ctx", {}).get("error")
    return str(ours) if isinstance(ours, MessagesChatbotError) else detail["msg"]


def first_problem(error: ValidationError, message: Any) -> str:
    """The first problem of one message, in words: our own checks' text as written, pydantic's with its
    location, each prefixed with the version it lies in, if it does.

    A content item that fails is reported against the shape it was meant to have (its
    ``type``, or a file dict's ``path``), not against every shape a union tried.
    """
    if not isinstance(message, dict):
        return f"a message must be a dict with 'role' and 'content', got {type(message).__name__}"
    details = error.errors()
    ours = [detail for detail in details if isinstance(detail.get("ctx", {}).get("error"), MessagesChatbotError)]
    first = ours[0] if ours else details[0]
    where, holder, prefix = _holder(first["loc"], message)
    location = first["loc"][len(prefix) :]
    if ours:
        text = str(first["ctx"]["error"])
        in_list = len(location) > 2 and location[0] == "content" and str(location[1]).startswith("list[")
        if tuple(location[:2]) == ("metadata", "sources") and len(location) > 2:
            return f"{where}source {int(location[2]) + 1}: {text}"
        return f"{where}{f'content item {location[2]}: ' if in_list else ''}{text}"
    if location[:1] == ("content",):
        inside = [
            {**detail, "loc": detail["loc"][len(prefix) :]}
            for detail in details
            if detail["loc"][: len(prefix)] == prefix
        ]
        return f"{where}{_content_problem(inside, holder.get('content'))}"
    field = ".".join(str(part) for part in location)
    return f"{where}{field + ': ' if field else ''}{first['msg']}"


def _holder(location: tuple[Any, ...], message: Any) -> tuple[str, Any, tuple[Any, ...]]:
    """Whose content a problem lies in: the message's own (``""``) or a version's (``"metadata.versions[n]: "``),
    with the dict holding that content and the part of the location that leads to it."""
    if len(location) > 2 and tuple(location[:2]) == ("metadata", "versions") and isinstance(location[2], int):
        return f"metadata.versions[{location[2]}]: ", message["metadata"]["versions"][location[2]], location[:3]
    return "", message, ()


_BRANCHES = {
    "text": ("TextBlock", "text block"),
    "file": ("FileBlock", "file block"),
    "component": ("ComponentBlock", "component block"),
}


def _intended(item: Any) -> tuple[str, str] | None:
    """The union branch a content item was meant for, and its name in words."""
    if isinstance(item, str):
        return "str", "text"
    if isinstance(item, dict):
        tag = item.get("type")
        if isinstance(tag, str) and tag in _BRANCHES:  # a hostile 'type' may be any JSON, even a list
            return _BRANCHES[tag]
        if "path" in item or "url" in item:
            return "FileData", "file"
    return None


def _content_problem(details: list[Any], content: Any) -> str:
    """What is wrong with a content (``details`` located from its holder, a message or a version), as one sentence."""
    is_list = isinstance(content, list)
    for detail in details:
        location = detail["loc"][1:]
        if not location or str(location[0]).startswith("list[") != is_list:
            continue
        where, location = (f"content item {location[1]}", location[2:]) if is_list else ("content", location)
        if not location:
            return f"{where}: {detail['msg']}"  # the list itself
        item = content[detail["loc"][2]] if is_list else content
        intended = _intended(item)
        if intended is None:
            return (
                f"{where} must be text, a file dict with 'path', or a block whose 'type' is 'text', 'file' or "
                f"'component'; got {type(item).__name__}"
            )
        branch, name = intended
        if location[0] != branch:
            continue
        field = ".".join(str(part) for part in location[1:])
        if branch == "FileBlock" and field == "file" and isinstance(item.get("file"), str):
            return (
                f"{where}: a file block's 'file' is the path {item['file']!r}, not a file dict. gradio_client puts "
                "downloaded paths in its replies: send a history back from Client(..., download_files=False), "
                "and new files with handle_file(path)"
            )
        return f"{where} ({name}): {field + ': ' if field else ''}{detail['msg']}"
    return f"content: {details[0]['msg']}"
