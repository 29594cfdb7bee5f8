"""What every kind of content owns: its conversions between the shapes a message's content takes."""

from __future__ import annotations

import abc
import base64
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from gradio.components.base import Component

from .._model.messages import MessageContent
from .._model.wire import ComponentBlock, ContentItem
from .._security.files import check_readable
from ..errors import MessagesChatbotError

SendComponent = Callable[[Component], ComponentBlock]
"""Serializes a returned component for the page; it needs the chatbot, so the pipeline passes it in."""

AllowedPaths = Sequence[str | os.PathLike[str]]


class OpenAIFiles:
    """The files one conversion to OpenAI's format reads: only where a client may name them
    (:func:`check_readable`, plus ``allowed_paths``), and each once, however many times a
    history names it, so a small request cannot make the server hold many copies of a big file."""

    def __init__(self, allowed_paths: AllowedPaths = ()) -> None:
        self.allowed_paths = allowed_paths
        self._encoded: dict[str, str] = {}
        self._data_urls: dict[tuple[str, str], str] = {}

    def check(self, path: str) -> None:
        check_readable(path, self.allowed_paths)

    def base64(self, path: str) -> str:
        if path not in self._encoded:
            try:
                with open(path, "rb") as file:
                    self._encoded[path] = base64.b64encode(file.read()).decode()
            except OSError as error:
                raise MessagesChatbotError(f"the file {path!r} cannot be read: {error.strerror}") from None
        return self._encoded[path]

    def data_url(self, path: str, mime: str) -> str:
        if (path, mime) not in self._data_urls:
            self._data_urls[path, mime] = f"data:{mime};base64,{self.base64(path)}"
        return self._data_urls[path, mime]


class ContentKind(abc.ABC):
    """One kind of content (text, a file, an embedded component) and every conversion of it.

    Content moves between shapes: what a handler returns (in many spellings), the
    wire item the page and API clients get, what a handler receives (the messages
    format, or gr.Chatbot's normalized block), and the parts OpenAI's and
    transformers' chat formats take. A kind owns all of them, so a new kind is one
    module and one line in the registry (:mod:`._kinds`), and the abstract methods
    say what it must provide.
    """

    name: ClassVar[str]
    """The ``type`` of its block in gr.Chatbot's normalized form."""
    described: ClassVar[str]
    """How error messages name what a handler may return of this kind."""
    wire_types: ClassVar[tuple[type, ...]]
    """The wire model's content items of this kind."""

    # --- what a handler returns -> wire ------------------------------------------

    @abc.abstractmethod
    def takes(self, item: object) -> bool:
        """Whether a returned item (anything but a ``{"type": ...}`` block dict) is of this kind."""

    @abc.abstractmethod
    def from_returned(self, item: Any, send: SendComponent) -> ContentItem:
        """A returned item that :meth:`takes` accepts, in its wire form."""

    @abc.abstractmethod
    def from_block(self, block: Mapping[str, Any], send: SendComponent) -> ContentItem:
        """A returned ``{"type": name, ...}`` dict (gr.Chatbot's normalized form) in its wire form."""

    # --- wire -> what a handler receives ------------------------------------------

    @abc.abstractmethod
    def to_handler(self, item: Any) -> MessageContent:
        """A wire item of this kind as a handler receives it in the messages format (client data: checked)."""

    @abc.abstractmethod
    def to_normalized(self, item: Any) -> dict[str, Any]:
        """A wire item of this kind as gr.Chatbot 6's normalized block (client data: checked)."""

    # --- messages format -> other formats ------------------------------------------

    @abc.abstractmethod
    def holds(self, item: object) -> bool:
        """Whether an item of a messages-format history (as a handler receives it) is of this kind."""

    @abc.abstractmethod
    def to_openai(self, item: Any, role: str, files: OpenAIFiles) -> list[dict[str, Any]]:
        """OpenAI content parts for an item :meth:`holds` accepts; files read through ``files``."""

    @abc.abstractmethod
    def to_transformers(self, item: Any, allowed_paths: AllowedPaths) -> dict[str, Any]:
        """A transformers chat-template part for an item :meth:`holds` accepts."""

    def to_text(self, item: Any) -> str:
        """The item's text where only text is taken (tool arguments, a prompt sent again); none unless text."""
        return ""
