"""The data model that travels between the server, the page and API clients.

It is the messages format itself: ``content`` is text, a file, a component or a
list of those, so an API client sends and receives the same shape a handler
does. Only what JSON cannot hold gets a tagged block: a file with alt text
(``{"type": "file", ...}``) and an embedded component (``{"type": "component", ...}``).
Files are typed as Gradio's ``FileData`` so that Gradio refuses client-sent paths
that were not uploaded.
"""

from __future__ import annotations

from typing import Any, Literal, Union

from gradio.data_classes import FileData, GradioModel, GradioRootModel
from pydantic import ConfigDict

from .messages import Role


class Metadata(GradioModel):
    """Thought / tool-call metadata; unknown keys are kept for forward compatibility."""

    model_config = ConfigDict(extra="allow")

    title: str | None = None
    id: int | str | None = None
    parent_id: int | str | None = None
    log: str | None = None
    duration: float | None = None
    status: Literal["pending", "done"] | None = None


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
    constructor_args: dict[str, Any] = {}
    props: dict[str, Any] = {}


ContentItem = Union[str, TextBlock, FileBlock, ComponentBlock, FileData]


class WireMessage(GradioModel):
    role: Role
    content: Union[ContentItem, list[ContentItem]]
    metadata: Metadata | None = None
    options: list[Option] | None = None


class MessagesHistory(GradioRootModel):
    root: list[WireMessage]


def content_items(message: WireMessage) -> list[ContentItem]:
    """A message's content as a list, whether it holds one item or several."""
    return message.content if isinstance(message.content, list) else [message.content]
