"""The data model that travels between the server, the page and API clients.

It is the messages format itself: ``content`` is text, a file, a component or a
list of those, so an API client sends and receives the same shape a handler
does. Only what JSON cannot hold gets a tagged block: a file with alt text
(``{"type": "file", ...}``) and an embedded component (``{"type": "component", ...}``).
Files are typed as Gradio's ``FileData`` so that Gradio refuses client-sent paths
that were not uploaded.
"""

from __future__ import annotations

from typing import Any, Literal

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

from .._gradio import ChatbotDataMessages, is_client_data
from ..errors import MessagesChatbotError, shown_to_user
from .messages import FILE_META, Role, ToolState
from .sources import MAX_SOURCES, Source
from .speaker import MAX_NAME_CHARS, Avatar, check_avatar, check_timestamp

MAX_DEPTH = 64
"""How deep a client's free-form data (metadata extras, component values) may nest: a chat needs a few
levels, while thousands break recursive code downstream."""


def check_depth(value: Any, what: str, limit: int = MAX_DEPTH) -> Any:
    """``value`` unless its containers nest deeper than ``limit`` (walked level by level, no recursion)."""
    level = [value] if isinstance(value, _CONTAINERS) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            raise MessagesChatbotError(f"{what} is nested more than {limit} levels deep")
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, _CONTAINERS)
        ]
    return value


_CONTAINERS = (dict, list, tuple)


class Metadata(GradioModel):
    """Thought / tool-call metadata; unknown keys are kept for forward compatibility."""

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
    def _shallow_extras(self) -> Metadata:
        check_depth(self.model_extra, "metadata")
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
        return check_depth(value, "a component block")


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


class WireMessage(GradioModel):
    role: Role
    content: ContentItem | list[ContentItem]
    metadata: Metadata | None = None
    options: list[Option] | None = None

    @field_validator("content", mode="before")
    @classmethod
    def _files_were_uploaded(cls, content: Any, info: ValidationInfo) -> Any:
        if is_client_data(info.context):
            for item in content if isinstance(content, list) else [content]:
                _check_uploaded(item)
        return content

    @model_serializer(mode="wrap")
    def _omit_unset(self, serialize: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave out empty ``metadata``/``options``: API clients get plain role/content dicts."""
        data = serialize(self)
        for key in ("metadata", "options"):
            if data.get(key) is None:
                data.pop(key, None)
        if "metadata" in data:
            data["metadata"] = _without_none(data["metadata"])
        if "options" in data:
            data["options"] = [_without_none(option) for option in data["options"]]
        return dict(data)


def _without_none(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


class MessagesHistory(ChatbotDataMessages):
    """The whole history. It is gr.Chatbot's data model in type, so that ``MessagesChatbot`` keeps
    ``gr.Chatbot``'s contract, while its messages are the messages format's own."""

    root: list[WireMessage]  # type: ignore[assignment]  # our messages replace gr.Chatbot's content blocks

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> MessagesHistory:
        """Validate, saying which message is malformed in a ``gradio.Error`` the sender sees.

        Gradio validates every incoming value with this; pydantic's own report of
        a failed union lists every branch, while a person needs the first problem
        of the message at fault. (Raised outside pydantic, which would wrap it.)
        """
        with shown_to_user():
            try:
                return super().model_validate(obj, *args, **kwargs)
            except ValidationError as error:
                raise MessagesChatbotError(_first_problem(error, obj)) from None


def problem_text(detail: Any) -> str:
    """One pydantic error in words: our own checks' text as written, pydantic's message otherwise."""
    ours = detail.get("ctx", {}).get("error")
    return str(ours) if isinstance(ours, MessagesChatbotError) else detail["msg"]


def _first_problem(error: ValidationError, value: Any) -> str:
    """The first problem, in words: our own checks' text as written, pydantic's with its location.

    A content item that fails is reported against the shape it was meant to have (its
    ``type``, or a file dict's ``path``), not against every shape a union tried.
    """
    details = error.errors()
    ours = [detail for detail in details if isinstance(detail.get("ctx", {}).get("error"), MessagesChatbotError)]
    if ours:
        first, text = ours[0], str(ours[0]["ctx"]["error"])
        location = first["loc"]
        if not location or not isinstance(value, list):
            return f"a history must be a list of messages: {text}"
        in_list = len(location) > 3 and location[1] == "content" and str(location[2]).startswith("list[")
        if tuple(location[1:3]) == ("metadata", "sources") and len(location) > 3:
            return f"message {location[0]}: source {int(location[3]) + 1}: {text}"
        return f"message {location[0]}: {f'content item {location[3]}: ' if in_list else ''}{text}"
    first = details[0]
    if not first["loc"] or not isinstance(value, list):
        return f"a history must be a list of messages: {first['msg']}"
    index = first["loc"][0]
    message = value[int(index)]
    if len(first["loc"]) > 1 and first["loc"][1] == "content" and isinstance(message, dict):
        return f"message {index}: {_content_problem(details, message.get('content'))}"
    return f"message {index}: {'.'.join(str(part) for part in first['loc'][1:])}: {first['msg']}"


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
    """What is wrong with a message's content, as one sentence."""
    is_list = isinstance(content, list)
    for detail in details:
        location = detail["loc"][2:]
        if not location or str(location[0]).startswith("list[") != is_list:
            continue
        where, location = (f"content item {location[1]}", location[2:]) if is_list else ("content", location)
        if not location:
            return f"{where}: {detail['msg']}"  # the list itself
        item = content[detail["loc"][3]] if is_list else content
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


def content_items(message: WireMessage) -> list[ContentItem]:
    """A message's content as a list, whether it holds one item or several."""
    return message.content if isinstance(message.content, list) else [message.content]
