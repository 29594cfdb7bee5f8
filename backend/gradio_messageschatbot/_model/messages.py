"""The typed shape of a chat history in the "messages" format.

A history is a list of messages. Each message has a ``role`` and a ``content``,
and optionally ``metadata`` (which turns it into a thought or a tool call) and
``options`` (quick replies shown as buttons). The same shapes are what a
handler receives and what it may return, so a history can be passed straight to
an OpenAI-compatible client and a reply appended straight back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import gradio as gr
from gradio.components.base import Component
from gradio.data_classes import FileData
from typing_extensions import NotRequired, TypedDict

from .._gradio import FileDataDict

Role = Literal["user", "assistant", "system"]
ROLES: tuple[Role, ...] = ("user", "assistant", "system")


TOOL_TITLE_PREFIX = "Tool: "
"""A thought titled ``"Tool: <name>"`` with an ``id`` is a tool call; its content is the JSON arguments."""
RESULT_TITLE = "Result"
"""A thought titled ``"Result"`` nested under a tool call (``parent_id``) is its result."""
ToolState = Literal["input-streaming", "awaiting-approval", "running", "done", "error", "denied"]
"""Where a tool call stands, in ``metadata["tool_state"]``: its arguments still arriving, waiting for the
user's approval, running, done, failed (its "Result" is the error) or denied by the user."""
TOOL_STATES: tuple[ToolState, ...] = ("input-streaming", "awaiting-approval", "running", "done", "error", "denied")
REASONING_TITLE = "Reasoning"
"""The title of a model's reasoning, however it arrived (``reasoning_content``, ``<think>`` tags)."""


class SourceDict(TypedDict, total=False):
    """A source a message cites, shown as chip ``n`` that ``[n]`` in the text links to (``n`` counts from 1).

    ``url`` may be ``http``, ``https`` or ``mailto``; ``file`` is a file dict (a client's must be uploaded).
    """

    title: str
    url: str
    snippet: str
    file: FileDataDict


class MetadataDict(TypedDict, total=False):
    """Marks a message as a thought or a tool call.

    A message with a ``title`` is shown as a collapsible box. ``sources`` are what it cites;
    ``name``, ``avatar`` (an image URL or file) and ``timestamp`` (ISO 8601) say who speaks and when. ``id`` and
    ``parent_id`` nest thoughts under each other; ``status`` "pending" shows a
    spinner and keeps the box open, "done" closes it. ``tool_state`` (a tool call only)
    shows where the call stands; see :data:`ToolState`.
    """

    title: str
    id: int | str
    parent_id: int | str
    log: str
    duration: float
    status: Literal["pending", "done"]
    tool_state: ToolState
    sources: list[SourceDict]
    name: str
    avatar: str | FileDataDict
    timestamp: str
    versions: list[dict[str, Any]]
    """A reply's other versions (kept by a retry), in order, each ``{"content": ..., "metadata": ...}`` (metadata
    optional); the chat shows a pager to switch between them. Not typed as a dict of this class: a type that
    names itself sends Gradio's docs generator round in circles."""
    version: int
    """Where the shown content stands among all versions (from 0); the last by default."""


class OptionDict(TypedDict):
    """A quick reply: ``value`` is sent back, ``label`` is shown if given."""

    value: str
    label: NotRequired[str]


MessageContent = str | FileDataDict | FileData | Component


class MessageDict(TypedDict):
    """One message of a history, as a plain dict."""

    role: Role
    content: MessageContent | list[MessageContent]
    metadata: NotRequired[MetadataDict]
    options: NotRequired[list[OptionDict]]


@dataclass
class ChatMessage(gr.ChatMessage):
    """A typed message: ``content``, ``role`` (default "assistant"), ``metadata``, ``options``.

    It subclasses ``gradio.ChatMessage`` so that either is accepted wherever a
    message is, including inside ``gr.ChatInterface``.
    """
