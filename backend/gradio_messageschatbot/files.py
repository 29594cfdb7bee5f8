"""Files inside messages: what a handler returns, what it receives, and what the page may send."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from gradio.data_classes import FileData
from gradio_client import utils as client_utils

from .messages import FileDataDict

FILE_DATA_META = {"_type": "gradio.FileData"}
FILE_FIELDS = ("path", "url", "size", "orig_name", "mime_type", "is_stream")


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def _name_of(path: str) -> str:
    return os.path.basename(path.split("?", 1)[0].split("#", 1)[0]) or path


def file_data(file: Mapping[str, Any] | FileData) -> FileData:
    """A returned file as Gradio's ``FileData``, with name, size and mime type filled in.

    Raises ``ValueError`` for a missing path or a local file that does not exist:
    a message pointing at nothing is a bug worth hearing about, not a broken
    link in the page. Whether the path may be served is Gradio's decision, made
    when it moves the file to its cache.
    """
    fields = file.model_dump() if isinstance(file, FileData) else dict(file)
    path = fields.get("path")
    if not isinstance(path, str) or not path:
        raise ValueError(f"a file needs a non-empty 'path' string, got {path!r}")
    if not is_url(path) and not os.path.isfile(path):
        raise ValueError(f"file {path!r} does not exist")
    orig_name = fields.get("orig_name") or _name_of(path)
    size = fields.get("size")
    if size is None and not is_url(path):
        size = os.path.getsize(path)
    return FileData(
        path=path,
        url=fields.get("url"),
        size=size,
        orig_name=orig_name,
        mime_type=fields.get("mime_type") or client_utils.get_mimetype(orig_name),
        is_stream=bool(fields.get("is_stream", False)),
    )


def complete_file_dict(file: FileData, alt_text: str | None = None) -> FileDataDict:
    """A received file as the dict handlers get: every FileData field filled in."""
    orig_name = file.orig_name or _name_of(file.path)
    size = file.size
    if size is None and not is_url(file.path) and os.path.isfile(file.path):
        size = os.path.getsize(file.path)
    completed = FileDataDict(
        path=file.path,
        url=file.url,
        size=size,
        orig_name=orig_name,
        mime_type=file.mime_type or client_utils.get_mimetype(orig_name),
        is_stream=file.is_stream,
        meta=dict(FILE_DATA_META),  # type: ignore[typeddict-item]
    )
    if alt_text is not None:
        completed["alt_text"] = alt_text
    return completed


def find_unchecked_file(value: Any) -> str | None:
    """The first file path in ``value`` that Gradio's upload check did not cover.

    Gradio only checks dicts marked with FileData's ``meta``; a component value
    is free-form, so an unmarked ``{"path": ...}`` in it would reach the
    component's preprocess (and could read any server file) unchecked.
    """
    if isinstance(value, dict):
        if "path" in value and not client_utils.is_file_obj_with_meta(value):
            return str(value["path"])
        children = value.values()
    elif isinstance(value, list | tuple):
        children = value
    else:
        return None
    for child in children:
        found = find_unchecked_file(child)
        if found is not None:
            return found
    return None


def local_network_url(path: str) -> bool:
    """Whether ``path`` is a URL naming this machine or a private network by its address or as localhost.

    Client-sent URLs like these are refused so that nothing downstream (a handler,
    an LLM client, Gradio's own download) is led to fetch from inside the network.
    Host names other than localhost are not resolved here.
    """
    if not is_url(path):
        return False
    host = (urlsplit(path).hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local or address.is_unspecified
