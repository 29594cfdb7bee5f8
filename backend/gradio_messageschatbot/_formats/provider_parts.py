"""What the Anthropic and OpenAI Responses conversions share with :func:`.openai.to_openai` and with each other.

A message's content goes through the same kinds and the same file and URL rules as ``to_openai``
(:class:`.._kinds.kind.OpenAIFiles`): each API's own parts are then made from OpenAI's, so no check
is written twice. A file the API cannot take is mentioned by name before it is read, so a big
audio file costs nothing when it can only be named.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from .. import _kinds as kinds
from .._kinds.file import described, mention, openai_part
from .._kinds.kind import OpenAIFiles
from .._model.messages import SourceDict
from ..errors import MessagesChatbotError


def named_parts(
    content: Any, role: str, index: int, files: OpenAIFiles, takes: Callable[[str], bool]
) -> list[tuple[dict[str, Any], str]]:
    """The OpenAI parts of a message's content (empty text left out), each with the name of what it shows.

    ``takes(mime)`` says whether the API takes a user's file of that type; one it does not take
    becomes a ``[name]`` mention without being read (but is refused where ``to_openai`` refuses it).
    """
    parts: list[tuple[dict[str, Any], str]] = []
    for item in content if isinstance(content, list) else [content]:
        kind = kinds.held(item)
        try:
            if kind is None:
                parts.append((mention(type(item).__name__), type(item).__name__))
            elif kind is kinds.FILE:
                path, name, mime = described(item)
                if role == "user" and not path.startswith("data:") and not takes(mime):
                    files.check(path)  # refused as to_openai refuses it, though only its name is sent
                    parts.append((mention(name), name))
                else:
                    parts.append((openai_part(item, role, files), name))
            else:
                parts.extend((part, type(item).__name__) for part in kind.to_openai(item, role, files))
        except MessagesChatbotError as error:
            raise MessagesChatbotError.at(index, error) from error
    return [(part, name) for part, name in parts if part["type"] != "text" or part["text"]]


def split_data_url(url: str) -> tuple[str, str]:
    """A base64 data URL's mime type and data."""
    header, _, data = url.partition(",")
    return header[5:].split(";")[0], data


def text_parts_only(parts: Sequence[tuple[dict[str, Any], str]]) -> str:
    """Parts (text and mentions alone, as a system message's or a tool's have) as one text."""
    return "\n\n".join(part["text"] for part, _ in parts if part["type"] == "text")


class Sources:
    """The sources of one answer, each numbered once however often it is cited."""

    def __init__(self) -> None:
        self.found: list[SourceDict] = []

    def number(self, source: SourceDict) -> int:
        """``source``'s number (from 1), the one it got the first time it was cited."""
        if source not in self.found:
            self.found.append(source)
        return self.found.index(source) + 1

    def metadata(self) -> dict[str, Any]:
        return {"sources": list(self.found)} if self.found else {}


_WEB = re.compile(r"https?://", flags=re.IGNORECASE)


def source(title: Any, url: Any = None, snippet: Any = None) -> SourceDict:
    """A cited source; a URL the chat would not link (anything but http(s)) is left out."""
    found = SourceDict()
    if isinstance(title, str) and title:
        found["title"] = title
    if isinstance(url, str) and _WEB.match(url):
        found["url"] = url
    if isinstance(snippet, str) and snippet:
        found["snippet"] = snippet
    return found


def as_dict(value: Any) -> dict[str, Any]:
    """A request param (a dict) or a response object (a pydantic model) as a dict."""
    if isinstance(value, Mapping):
        return dict(value)
    if hasattr(value, "model_dump"):
        return dict(value.model_dump(exclude_none=True))
    raise MessagesChatbotError(f"expected a dict or a response object, got {type(value).__name__}")


@contextlib.contextmanager
def malformed(where: str) -> Iterator[None]:
    """A provider's message, item or event read inside: a field missing or of the wrong type is a clear error.

    Replies come from a server the app does not control; a malformed one must reach people as a
    ``gradio.Error`` naming ``where`` and the problem, never as a bare ``KeyError`` that ends the stream.
    """
    try:
        yield
    except KeyError as error:
        raise MessagesChatbotError(f"{where}: no {error}") from error
    except (TypeError, ValueError, IndexError, AttributeError) as error:
        raise MessagesChatbotError(f"{where}: {error}") from error


def sent_back(value: Any, field: str) -> str:
    """A provider's field that the next request sends back as it came (a signature, an id, encrypted content).

    Refused here when it is not a string: the chat would show and keep it, and only the next turn's
    request would fail, far from the reply that brought it.
    """
    if not isinstance(value, str):
        raise MessagesChatbotError(f"{field} must be a string, got {type(value).__name__}")
    return value
