"""File payloads: complete the dict a handler receives for an uploaded or cached file."""

from __future__ import annotations

import os
from typing import Any

from gradio_client import utils as client_utils

from .messages import FileDataDict

FILE_DATA_META = {"_type": "gradio.FileData"}


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def complete_file_dict(file: dict[str, Any], alt_text: str | None = None) -> FileDataDict:
    """Return ``file`` with every FileData field filled in.

    Handlers (and LLM clients after them) want the name, size and mime type of a
    file without opening it, so the missing ones are derived from the path.
    """
    path = file["path"]
    orig_name = file.get("orig_name") or os.path.basename(path.split("?", 1)[0])
    size = file.get("size")
    if size is None and not is_url(path) and os.path.isfile(path):
        size = os.path.getsize(path)
    completed = FileDataDict(
        path=path,
        url=file.get("url"),
        size=size,
        orig_name=orig_name,
        mime_type=file.get("mime_type") or client_utils.get_mimetype(orig_name),
        is_stream=bool(file.get("is_stream", False)),
        meta=dict(FILE_DATA_META),  # type: ignore[typeddict-item]
    )
    if alt_text is not None:
        completed["alt_text"] = alt_text
    return completed
