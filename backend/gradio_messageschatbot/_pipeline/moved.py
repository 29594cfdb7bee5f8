"""Files Gradio already copied into its cache, remembered by the identity of the original.

Gradio walks every output for files at every streamed yield (twice) and copies each into
its cache again: it hashes the whole file to find the copy's name, so a history holding
fifty 1 MB images re-read 100 MB per token. A file whose path, device, inode, size,
modification time and change time are unchanged since it was copied has the same content for
this purpose, so the copy made then is handed out again; any change to the file, or a copy
deleted meanwhile (``delete_cache``), makes Gradio copy it anew. The change time is there
because the modification time can be put back (``cp -p``, ``rsync -t``, ``tar`` do), the
change time only moves forward.

Only the copying is skipped: Gradio checks that a file may be served (``allowed_paths``,
``blocked_paths``, its temp folder) before it asks for the copy, and keeps doing so.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

MAX_FILES = 4096
"""Copies remembered per chatbot: a few hundred bytes each, far more than one chat shows."""

FileKey = tuple[str, int, int, int, int, int]


def key_of(path: object) -> FileKey | None:
    """What identifies a local file's content: its path with device, inode, size, modification and change time.
    None for a URL or a path that is not a readable file (Gradio decides what those become)."""
    if not isinstance(path, str) or path.startswith(("http://", "https://")):
        return None
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return path, stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


class MovedFiles:
    """The cache copies of the last :data:`MAX_FILES` files Gradio copied, least recently used dropped first."""

    def __init__(self, max_files: int = MAX_FILES) -> None:
        self._max_files = max_files
        self._copies: OrderedDict[FileKey, str] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._copies)

    def get(self, key: FileKey | None) -> str | None:
        """The copy made of the file ``key`` identifies, touched as Gradio touches a copy it reuses
        (so that ``delete_cache`` ages it from now); None if there is none or it was deleted."""
        if key is None:
            return None
        with self._lock:
            copy = self._copies.get(key)
            if copy is None:
                return None
            self._copies.move_to_end(key)
        try:
            os.utime(copy)
        except OSError:  # deleted from Gradio's cache: forget it, Gradio copies the file again
            with self._lock:
                self._copies.pop(key, None)
            return None
        return copy

    def put(self, key: FileKey | None, copy: str | None) -> None:
        """Remember ``copy`` as the copy of the file ``key`` identified before Gradio copied it."""
        if key is None or copy is None:
            return
        with self._lock:
            self._copies[key] = copy
            self._copies.move_to_end(key)
            while len(self._copies) > self._max_files:
                self._copies.popitem(last=False)
