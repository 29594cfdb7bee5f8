"""Files inside messages: what a handler returns, what it receives, and which files and URLs may be used.

Two checks guard every file a client names, wherever it is used (preprocess,
embedded components, ``to_openai``, ``to_transformers``):

- :func:`check_readable`: a local path must lie in Gradio's upload folder (uploads
  and Gradio's cache, which are what Gradio itself lets a client refer to) or in
  the running app's ``allowed_paths``, and not in its ``blocked_paths``;
- :func:`.urls.check_url`: a URL must not name this machine or a private
  network, in any spelling browsers and HTTP libraries accept.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from typing import Any

from gradio.data_classes import FileData

from .. import _gradio
from .._gradio import FILE_META, FileDataDict
from ..errors import MessagesChatbotError
from .urls import check_url


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def name_of(path: str) -> str:
    """The file name a path or URL ends with (query and fragment left out)."""
    return os.path.basename(path.split("?", 1)[0].split("#", 1)[0]) or path


def safe_file_name(name: str) -> str:
    """``name`` as one harmless file name: no folders, no separators or control characters, never ``..``."""
    cleaned = _gradio.harmless_file_name(os.path.basename(name.replace("\\", "/")))
    return "file" if cleaned in ("", ".", "..") else cleaned


def file_data(file: Mapping[str, Any] | FileData) -> FileData:
    """A returned file as Gradio's ``FileData``, with name, size and mime type filled in.

    A missing path or a local file that does not exist is an error: a message
    pointing at nothing is a bug worth hearing about, not a broken link in the
    page. Whether the path may be served is Gradio's decision, made when it moves
    the file to its cache. A ``url`` given with the file is left out: Gradio would show
    it instead of the path, so a client's file dict (an event's value a handler put into
    the history) would make every viewer's browser load an address of the client's
    choosing beside an uploaded path. Gradio writes the url from the path itself.
    """
    fields = file.model_dump() if isinstance(file, FileData) else dict(file)
    path = fields.get("path")
    if not isinstance(path, str) or not path:
        raise MessagesChatbotError(f"a file needs a non-empty 'path' string, got {path!r}")
    if not is_url(path) and not os.path.isfile(path):
        raise MessagesChatbotError(f"file {path!r} does not exist")
    orig_name = fields.get("orig_name") or name_of(path)
    size = fields.get("size")
    if size is None and not is_url(path):
        size = os.path.getsize(path)
    return FileData(
        path=path,
        size=size,
        orig_name=orig_name,
        mime_type=fields.get("mime_type") or _gradio.mime_type(orig_name),
        is_stream=bool(fields.get("is_stream", False)),
    )


def complete_file_dict(file: FileData, alt_text: str | None = None) -> FileDataDict:
    """A received file as the dict handlers get: every FileData field filled in."""
    orig_name = file.orig_name or name_of(file.path)
    size = file.size
    if size is None and not is_url(file.path) and os.path.isfile(file.path):
        size = os.path.getsize(file.path)
    completed = FileDataDict(
        path=file.path,
        url=file.url,
        size=size,
        orig_name=orig_name,
        mime_type=file.mime_type or _gradio.mime_type(orig_name),
        is_stream=file.is_stream,
        meta=dict(FILE_META),
    )
    if alt_text is not None:
        completed["alt_text"] = alt_text
    return completed


@functools.lru_cache(maxsize=256)
def _resolved(folder: str) -> tuple[str, str]:
    """A folder's (or an allowed file's) real path, and that path as a prefix. Cached: an app names
    a few folders, which every file of every turn is checked against."""
    real = os.path.realpath(folder)
    return real, os.path.join(real, "")


def _inside(real_path: str, folder: str) -> bool:
    real, prefix = _resolved(folder)
    return real_path == real or real_path.startswith(prefix)


def _blocked(real_path: str, folder: str) -> bool:
    """Inside ``folder`` whatever the case of either: on macOS and Windows, ``Private/`` and
    ``private/`` are one folder (Gradio compares blocked paths the same way)."""
    real, prefix = _resolved(folder)
    lowered = real_path.lower()
    return lowered == real.lower() or lowered.startswith(prefix.lower())


def check_readable(path: str, allowed_paths: Iterable[str | os.PathLike[str]] = ()) -> str:
    """``path`` if a client may have the server use it, else :class:`MessagesChatbotError`.

    URLs must not lead into the local network. Local paths (symbolic links
    resolved) must lie in Gradio's upload folder, in the running app's
    ``allowed_paths`` or in ``allowed_paths`` given here, and never in the app's
    ``blocked_paths``. Anything else, the app's own folder included, is refused:
    a client must not be able to make the server read it.
    """
    if is_url(path):
        return check_url(path)
    real = os.path.realpath(path)  # the file's own path is resolved every time: links may change
    app_allowed, app_blocked = _gradio.running_app_paths()
    if any(_blocked(real, os.fspath(blocked)) for blocked in app_blocked):
        raise MessagesChatbotError(f"the file {path!r} is in the app's blocked_paths")
    folders = [
        _gradio.upload_folder(),
        *_gradio.static_paths(),
        *(os.fspath(folder) for folder in app_allowed),
        *(os.fspath(folder) for folder in allowed_paths),
    ]
    if not any(_inside(real, folder) for folder in folders):
        raise MessagesChatbotError(
            f"the file {path!r} was not uploaded and is not in allowed_paths, so it may not be read "
            "(gradio_client: send files with handle_file(path))"
        )
    return path


def find_unmarked_file(value: Any) -> str | None:
    """The first ``{"path": ...}`` in ``value`` that lacks FileData's ``meta``.

    Gradio checks only dicts marked with ``meta`` (that they were uploaded); an
    unmarked one inside a component's value would escape that check. A file with
    no path (``None``) names no server file: it is its ``url``, checked as a URL.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("path") is not None and not _gradio.is_marked_file(item):
                return str(item["path"])
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return None
