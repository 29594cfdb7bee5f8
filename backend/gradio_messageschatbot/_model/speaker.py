"""Who speaks a message: ``metadata["name"]``, ``metadata["avatar"]`` and ``metadata["timestamp"]``.

For multi-agent apps: messages of one role with different names show as separate speakers,
each with its name and avatar, in both layouts and to screen readers. An ``avatar`` is a
file dict (a client may only name uploaded ones, as in content) or an ``http``/``https`` image
URL; a ``timestamp`` is an ISO 8601 date and time (a handler may return a ``datetime``).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from gradio.data_classes import FileData
from pydantic import ValidationInfo

from .._gradio import is_client_data
from .._security.files import is_url
from ..errors import MessagesChatbotError
from .sources import check_file, check_link

_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]+:")

MAX_NAME_CHARS = 200
"""Characters a speaker's name may hold: a name, not a message."""


def check_avatar(avatar: Any, info: ValidationInfo) -> Any:
    """An avatar string is an image address a page may load: ``http``/``https``, and from a client never
    one into the local network (every viewer's browser would fetch it). It is never a path: metadata may
    come from a client by roads the app does not see (an event's value, gr.ChatInterface's handlers), so a
    local file is named only as a file dict, ``{"path": ...}``."""
    if isinstance(avatar, str):
        if not _SCHEME.match(avatar):  # a path (a drive letter is no scheme): said so, with the form that names a file
            raise MessagesChatbotError(
                f"the avatar URL {avatar[:100]!r} is refused: it is not a URL, and a string is never taken as a "
                "path (name a local file as {'path': ...})"
            )
        check_link(avatar, "the avatar URL", client=is_client_data(info.context))
        if not is_url(avatar):
            raise MessagesChatbotError(f"the avatar URL {avatar[:100]!r} is refused: an avatar is an http(s) image")
        return avatar
    return check_file(avatar, info)


def check_timestamp(timestamp: Any, info: ValidationInfo) -> Any:
    """An ISO 8601 string; a handler's ``datetime`` is written as one."""
    if isinstance(timestamp, datetime.datetime) and not is_client_data(info.context):
        return timestamp.isoformat()
    if isinstance(timestamp, str):
        try:
            datetime.datetime.fromisoformat(timestamp)
        except ValueError:
            raise MessagesChatbotError(
                f"the timestamp {timestamp[:100]!r} is not an ISO 8601 date and time (datetime.isoformat())"
            ) from None
    return timestamp


Avatar = str | FileData
