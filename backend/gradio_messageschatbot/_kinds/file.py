"""A file: a dict with ``path`` for handlers, a ``{"type": "file"}`` block on the wire.

On the wire a file is always a tagged block, even without alt text: gradio_client
replaces a bare ``FileData`` by a local path string, which would read as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gradio.data_classes import FileData

from .. import _gradio
from .._gradio import FileDataDict, FileMessage
from .._model.wire import FileBlock
from .._security.files import check_readable, complete_file_dict, file_data, is_url, name_of
from ..errors import MessagesChatbotError
from .kind import AllowedPaths, ContentKind, OpenAIFiles, SendComponent

AUDIO_FORMATS = {"audio/wav": "wav", "audio/x-wav": "wav", "audio/wave": "wav", "audio/mpeg": "mp3", "audio/mp3": "mp3"}
"""Mime types OpenAI takes as ``input_audio``, and the format it names each by."""

TEMPLATE_MEDIA = ("image", "audio", "video")
"""The media a transformers chat template takes as parts."""


class FileKind(ContentKind):
    name = "file"
    described = "a file dict with 'path'"
    wire_types = (FileData, FileBlock)

    def takes(self, item: object) -> bool:
        if isinstance(item, tuple):  # the tuples format's (path,) or (path, alt_text)
            return bool(item) and isinstance(item[0], str)
        return isinstance(item, FileData | FileBlock | FileMessage) or (isinstance(item, Mapping) and "path" in item)

    def from_returned(self, item: Any, send: SendComponent) -> FileBlock:
        if isinstance(item, FileBlock):
            return item
        if isinstance(item, FileData):
            return _wire_block(item, None)
        if isinstance(item, FileMessage):
            return _wire_block(item.file, item.alt_text)
        if isinstance(item, tuple):
            return _wire_block({"path": item[0]}, item[1] if len(item) > 1 else None)
        return _wire_block(item, item.get("alt_text"))

    def from_block(self, block: Mapping[str, Any], send: SendComponent) -> FileBlock:
        file = block.get("file")
        if not isinstance(file, Mapping | FileData):
            raise MessagesChatbotError(f"a file block needs a 'file' dict, got {type(file).__name__}")
        return _wire_block(file, block.get("alt_text"))

    def to_handler(self, item: Any) -> FileDataDict:
        if isinstance(item, FileBlock):
            return complete_file_dict(_readable(item.file), item.alt_text)
        return complete_file_dict(_readable(item))

    def to_normalized(self, item: Any) -> dict[str, Any]:
        file, alt_text = (item.file, item.alt_text) if isinstance(item, FileBlock) else (item, None)
        return {"type": "file", "file": _readable(file).model_dump(), "alt_text": alt_text}

    def holds(self, item: object) -> bool:
        return isinstance(item, Mapping) and "path" in item

    def to_openai(self, item: Any, role: str, files: OpenAIFiles) -> list[dict[str, Any]]:
        return [openai_part(item, role, files)]

    def to_transformers(self, item: Any, allowed_paths: AllowedPaths) -> dict[str, Any]:
        return template_part(item, allowed_paths)


FILE = FileKind()


def _wire_block(file: Mapping[str, Any] | FileData, alt_text: str | None) -> FileBlock:
    return FileBlock(file=file_data(file), alt_text=alt_text)


def _readable(file: FileData) -> FileData:
    """A client's file, if the server may read it (:func:`.files.check_readable`)."""
    check_readable(file.path)
    return file


def mention(name: str) -> dict[str, Any]:
    """An OpenAI text part naming what cannot be sent as itself."""
    return {"type": "text", "text": f"[{name}]"}


def described(file: Mapping[str, Any]) -> tuple[str, str, str]:
    """A file dict's path (or URL), the name it is shown by and its mime type ("" when unknown)."""
    path = str(file.get("path") or file.get("url") or "")
    name = file.get("orig_name") or name_of(path)
    return path, name, file.get("mime_type") or _gradio.mime_type(name) or ""


def openai_part(file: Mapping[str, Any], role: str, files: OpenAIFiles) -> dict[str, Any]:
    """A file dict as an OpenAI part: ``image_url``, ``input_audio`` or ``file`` for the user, a mention otherwise."""
    path, name, mime = described(file)
    if role != "user":  # OpenAI accepts media only from the user; others get a mention
        return mention(name)
    if path.startswith("data:"):
        return {"type": "image_url", "image_url": {"url": path}} if path.startswith("data:image/") else mention(name)
    files.check(path)
    if mime.startswith("image/"):
        return {"type": "image_url", "image_url": {"url": path if is_url(path) else files.data_url(path, mime)}}
    if is_url(path):
        raise MessagesChatbotError(f"OpenAI accepts only images by URL; download {path!r} first")
    if mime in AUDIO_FORMATS:
        return {"type": "input_audio", "input_audio": {"data": files.base64(path), "format": AUDIO_FORMATS[mime]}}
    return {
        "type": "file",
        "file": {"filename": name, "file_data": files.data_url(path, mime or "application/octet-stream")},
    }


def template_part(file: Mapping[str, Any], allowed_paths: AllowedPaths) -> dict[str, Any]:
    """A file dict as a chat-template part ``{"type": "image" | "audio" | "video", "url" | "path"}``."""
    path = str(file["path"])
    mime = file.get("mime_type") or _gradio.mime_type(file.get("orig_name") or path) or ""
    kind = mime.split("/")[0]
    if kind not in TEMPLATE_MEDIA:
        raise MessagesChatbotError(f"transformers chat templates take images, audio and video, not {mime!r}")
    check_readable(path, allowed_paths)  # the processor will open it
    return {"type": kind, "url" if is_url(path) else "path": path}
