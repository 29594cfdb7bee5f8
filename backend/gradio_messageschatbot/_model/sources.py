"""Sources a message cites: ``metadata["sources"]``, shown as numbered chips that ``[1]`` markers link to.

A source is ``{"title", "url", "snippet", "file"}``, every key optional but one of
``title``, ``url`` or ``file`` needed to show it. A URL is checked as links in
markdown are: only ``http``, ``https`` and ``mailto`` may become a link, whoever
sent it. A file follows the file rules of content: a client may only name
uploaded files (see :mod:`.wire`'s ``_check_uploaded``, and the incoming check in
:mod:`.._pipeline.metadata`).
"""

from __future__ import annotations

import re
from typing import Any

from gradio.data_classes import FileData, GradioModel
from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from .._gradio import FILE_META, is_client_data
from .._security.files import file_data
from .._security.urls import WEB_SCHEMES, check_url, scheme_of
from ..errors import MessagesChatbotError

MAX_SOURCES = 200
"""Sources one message may cite: generous for a chat, small enough to bound what a client can send."""
MAX_FIELD_CHARS = 20_000
"""Characters a source's title, URL or snippet may hold."""

LINK_SCHEMES = (*WEB_SCHEMES, "mailto")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def check_link(url: str, what: str = "a link", *, client: bool = False) -> str:
    """``url`` if it may become a link (``http``/``https`` with a host, or ``mailto``), else an error naming it.

    Browsers drop tabs and newlines inside a URL, so ``java\\tscript:`` would still run:
    any control character or space is refused outright. An ``http``/``https`` URL is read
    as browsers read it (:func:`.urls.check_url`); a client's may not lead into the local network.
    """
    if _CONTROL.search(url):
        raise MessagesChatbotError(f"{what} {url[:100]!r} contains a space or control character")
    if scheme_of(url) in WEB_SCHEMES:
        return check_url(url, what, allow_local=not client)
    if scheme_of(url) not in LINK_SCHEMES:
        raise MessagesChatbotError(
            f"{what} {url[:100]!r} is refused: only absolute {', '.join(LINK_SCHEMES)} URLs may be links"
        )
    return url


def check_file(file: Any, info: ValidationInfo) -> Any:
    """A client's file must be marked as Gradio's FileData, so that Gradio checks it was uploaded.
    A handler's file is completed (name, size, mime type) and must exist."""
    if file is None or isinstance(file, FileData):
        return file
    if not isinstance(file, dict):
        raise MessagesChatbotError(f"a file must be a dict with 'path', got {type(file).__name__}")
    if is_client_data(info.context):
        if file.get("meta") != FILE_META:
            raise MessagesChatbotError(
                "a file must be uploaded first (gradio_client: handle_file(path)); a file dict is accepted "
                "only with meta={'_type': 'gradio.FileData'}"
            )
        return file
    return file_data(file)


class Source(GradioModel):
    """One cited source; its number is its position in ``sources``, from 1."""

    title: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    url: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    snippet: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    file: FileData | None = None

    @field_validator("url")
    @classmethod
    def _link(cls, url: str | None, info: ValidationInfo) -> str | None:
        return None if url is None else check_link(url, "the URL", client=is_client_data(info.context))

    @field_validator("file", mode="before")
    @classmethod
    def _file(cls, file: Any, info: ValidationInfo) -> Any:
        return check_file(file, info)

    @model_validator(mode="after")
    def _shown(self) -> Source:
        if not (self.title or self.url or self.file):
            raise MessagesChatbotError("a source needs a 'title', a 'url' or a 'file'")
        return self

    @model_serializer(mode="wrap")
    def _omit_unset(self, serialize: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Only the keys a source was given, as a handler wrote it."""
        return {key: value for key, value in serialize(self).items() if value is not None}
