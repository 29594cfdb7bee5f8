"""OpenAI content parts as content items: the way back from each kind's ``openai_part``.

Below the formats because the pipeline needs it too: ``type="openai"`` hands a function OpenAI
parts, and what it returns (or gr.ChatInterface returns) may still hold them (:mod:`.._pipeline.outgoing`).
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Mapping
from typing import Any

from .. import _gradio
from .._security.files import check_readable, is_url, safe_file_name
from ..errors import MessagesChatbotError
from .file import AUDIO_FORMATS


def _save_data(data: bytes, name: str) -> str:
    """Keep decoded inline data as a file in Gradio's cache, under a folder named by its content.

    The same data gives the same file, so a history that carries an image as a data URL
    turn after turn neither grows the disk nor makes Gradio copy the file again. Saved
    bytes are an upload by another road, so the app's ``max_file_size`` applies.
    """
    limit = _gradio.running_app_max_file_size()
    if limit is not None and len(data) > limit:
        raise MessagesChatbotError(f"inline data of {len(data)} bytes is larger than the app's max_file_size ({limit})")
    folder = os.path.join(_gradio.upload_folder(), "messageschatbot", hashlib.sha256(data).hexdigest())
    path = os.path.join(folder, name)
    if os.path.exists(path):
        os.utime(path)  # in use again: Gradio's cache clean-up goes by age
        return path
    os.makedirs(folder, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=folder)
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(partial, path)  # whole or absent: never a half-written file under its final name
    return path


def from_data_url(url: str, name: str | None = None) -> dict[str, Any]:
    """Inline data as a file dict, saved in Gradio's cache (:func:`_save_data`), named ``name`` or by its type."""
    header, _, encoded = url.partition(",")
    mime = header[5:].split(";")[0] or "application/octet-stream"
    file_name = name or f"{mime.split('/')[0]}{mimetypes.guess_extension(mime) or ''}"
    file = {"path": _save_data(_decoded(encoded), safe_file_name(file_name)), "mime_type": mime}
    if name:
        file["orig_name"] = name
    return file


def file_from_url(url: Any, field: str) -> dict[str, Any]:
    """A part's URL as a file: inline data the server saves itself, or an http(s) URL outside the local network.

    Never a path. Parts come back from clients (a ``type="openai"`` history, the value of an event), and a
    string a client wrote must not name a file on the server: a handler names one with ``{"path": ...}``.
    """
    if not isinstance(url, str):
        raise MessagesChatbotError(f"{field} must be a URL string, got {type(url).__name__}")
    if url.startswith("data:"):
        return from_data_url(url)
    if is_url(url):
        return {"path": check_readable(url)}
    raise MessagesChatbotError(
        f"{field} must be an http(s) or data: URL, got {url[:100]!r} (a file on the server is named by a file "
        "dict {'path': ...}, never by a part's URL)"
    )


def _decoded(encoded: str) -> bytes:
    try:
        return base64.b64decode(encoded, validate=True)
    except ValueError:
        raise MessagesChatbotError("inline data is not valid base64") from None


def is_media_part(part: Mapping[str, Any]) -> bool:
    """An OpenAI part as ``to_openai`` makes of a user's file: an image, wav/mp3 audio, or an inline file."""
    kind = part.get("type")
    payload = part.get(kind) if kind in ("image_url", "input_audio", "file") else None
    if not isinstance(payload, Mapping):
        return False
    if kind == "input_audio":
        return isinstance(payload.get("data"), str) and payload.get("format") in AUDIO_FORMATS.values()
    return isinstance(payload.get("url" if kind == "image_url" else "file_data"), str)


def item_from_openai_part(part: Any) -> Any:
    """One OpenAI content part as a messages-format content item (inline data saved to a temp file)."""
    if isinstance(part, str):
        return part
    kind = part.get("type")
    if kind == "text":
        return part["text"]
    if kind == "refusal":
        return part["refusal"]
    if kind == "image_url":
        return file_from_url(part["image_url"]["url"], "an image_url part's url")
    if kind == "input_audio":
        audio = part["input_audio"]
        audio_format = audio.get("format")
        if audio_format not in AUDIO_FORMATS.values():
            raise MessagesChatbotError(f"input_audio format must be 'wav' or 'mp3', got {audio_format!r}")
        path = _save_data(_decoded(audio["data"]), f"audio.{audio_format}")
        return {"path": path, "mime_type": "audio/mpeg" if audio_format == "mp3" else "audio/wav"}
    if kind == "file":
        file = part["file"]
        if "file_data" in file:
            data = file["file_data"]
            if not isinstance(data, str) or not data.startswith("data:"):
                raise MessagesChatbotError(f"a file part's file_data must be a data: URL, got {str(data)[:100]!r}")
            return from_data_url(data, file.get("filename"))
        raise MessagesChatbotError(
            f"file part {file.get('file_id')!r} refers to an uploaded file id; only inline data is supported"
        )
    raise MessagesChatbotError(f"unsupported content part type {kind!r}")
