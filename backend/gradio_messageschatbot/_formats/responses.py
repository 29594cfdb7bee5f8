"""Convert between the messages format and OpenAI's Responses API, and show its stream.

    events = client.responses.create(model=..., input=to_responses(history), stream=True)
    for shown in stream_responses(events):
        yield history + shown

The request's ``input`` is a list of items: messages (``input_text``, ``input_image``,
``input_file`` parts), ``function_call`` and ``function_call_output`` items, and ``reasoning``
items. Tool use maps as with :mod:`.openai`; beyond OpenAI's chat format:

- a ``reasoning`` item is a "Reasoning" thought (its summary, or its text) that keeps the item's id
  in ``metadata["reasoning_id"]`` and its ``encrypted_content`` (with ``store=False`` and
  ``include=["reasoning.encrypted_content"]``) in ``metadata["encrypted_content"]``: both go back
  in the next request, as the API wants them;
- ``output_text`` annotations become ``metadata["sources"]``, with ``[n]`` where each one ends.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from .._kinds.kind import OpenAIFiles
from .._kinds.openai_parts import file_from_url, from_data_url
from .._model.fields import fields_of
from .._model.messages import REASONING_TITLE, RESULT_TITLE, TOOL_TITLE_PREFIX, MessageDict, MetadataDict
from ..errors import MessagesChatbotError
from .openai import plain_text, tool_call_thought, tool_result_thought
from .provider_parts import Sources, as_dict, malformed, named_parts, sent_back, source, text_parts_only


def _takes(mime: str) -> bool:
    """Images, and files as ``input_file`` (PDFs and documents); audio and video the API does not take."""
    return not mime.startswith(("audio/", "video/"))


# --- messages format -> Responses ------------------------------------------------


def to_responses(
    history: Iterable[Any], *, allowed_paths: Sequence[str | os.PathLike[str]] = ()
) -> list[dict[str, Any]]:
    """A messages-format history as the ``input`` items of an OpenAI Responses request.

    User text becomes ``input_text``, images ``input_image`` (a data URL for local files), other
    files ``input_file``; audio and video, and any file from another role, a ``[name]`` mention.
    Tool-call thoughts become ``function_call`` items, their results ``function_call_output``;
    reasoning from the Responses API (with its ``reasoning_id``) goes back as a ``reasoning`` item;
    other thoughts are left out.

    Files and URLs follow :func:`to_openai`'s rules (``allowed_paths`` likewise).
    """
    items: list[dict[str, Any]] = []
    calls: set[str] = set()
    files = OpenAIFiles(allowed_paths)
    for index, message in enumerate(history):
        role, content, metadata, _ = fields_of(message)
        metadata = dict(metadata or {})
        title = str(metadata.get("title") or "")
        if title.startswith(TOOL_TITLE_PREFIX) and metadata.get("id") is not None:
            call_id, name = str(metadata["id"]), title[len(TOOL_TITLE_PREFIX) :]
            items.append({"type": "function_call", "call_id": call_id, "name": name, "arguments": plain_text(content)})
            calls.add(call_id)
        elif title == RESULT_TITLE and str(metadata.get("parent_id")) in calls:
            output = plain_text(content)
            items.append({"type": "function_call_output", "call_id": str(metadata["parent_id"]), "output": output})
        elif title == REASONING_TITLE and "reasoning_id" in metadata:
            items.append(_reasoning(content, metadata, index))
        elif title or role not in ("user", "assistant", "system"):  # other thoughts are for people
            continue
        else:
            parts = named_parts(content, role, index, files, _takes)
            if role != "user":
                text = text_parts_only(parts)
                items.extend([{"role": role, "content": text}] if text else [])
            elif parts:
                items.append({"role": "user", "content": [_part(part) for part, _ in parts]})
    return items


def _reasoning(content: Any, metadata: dict[str, Any], index: int) -> dict[str, Any]:
    for key in ("reasoning_id", "encrypted_content"):
        if key in metadata and not isinstance(metadata[key], str):
            raise MessagesChatbotError(f"message {index}: metadata[{key!r}] must be a string")
    text = plain_text(content)
    item: dict[str, Any] = {"type": "reasoning", "id": metadata["reasoning_id"], "summary": []}
    if text:
        item["summary"].append({"type": "summary_text", "text": text})
    if "encrypted_content" in metadata:
        item["encrypted_content"] = metadata["encrypted_content"]
    return item


def _part(part: dict[str, Any]) -> dict[str, Any]:
    """One OpenAI chat part (made by the kinds, files already checked and read) as a Responses input part."""
    kind = part["type"]
    if kind == "image_url":
        return {"type": "input_image", "image_url": part["image_url"]["url"], "detail": "auto"}
    if kind == "file":
        return {"type": "input_file", "filename": part["file"]["filename"], "file_data": part["file"]["file_data"]}
    return {"type": "input_text", "text": part["text"]}


# --- Responses -> messages format ------------------------------------------------


def from_responses(items: Iterable[Any]) -> list[MessageDict]:
    """Responses ``input`` items, or a response's ``output`` items, as a messages-format history.

    ``from_responses(to_responses(history))`` gives the history back, as far as the API's items
    hold it (docs/llm-clients.md lists what they do not). Images and files are saved as files
    (inline data in Gradio's cache, as :func:`from_openai` does); ``function_call`` and
    ``function_call_output`` become tool thoughts (a call with an output "done"); ``reasoning``
    becomes a "Reasoning" thought that keeps its id and encrypted content; ``output_text``
    annotations become ``metadata["sources"]``. The provider's own tools' items (``web_search_call``
    and the like) are left out: their results reach the chat through the answer's annotations.
    """
    history: list[MessageDict] = []
    calls: dict[str, MessageDict] = {}
    for index, raw in enumerate(items):
        with malformed(f"Responses item {index}"):
            history.extend(_messages(as_dict(raw), calls))
    return history


def _messages(item: dict[str, Any], calls: dict[str, MessageDict], pending: bool = False) -> list[MessageDict]:
    """One item as messages; ``pending`` (while streaming) marks a reasoning or a call still arriving."""
    kind = item.get("type", "message")
    if kind == "message":
        return _message(item)
    if kind == "reasoning":
        return [_thought(item, pending)]
    if kind == "function_call":
        if pending:
            return [tool_call_thought(item["call_id"], item["name"], item["arguments"], "pending", "input-streaming")]
        arguments = sent_back(item["arguments"], "a function_call's arguments")
        calls[str(item["call_id"])] = tool_call_thought(item["call_id"], item["name"], arguments)
        return [calls[str(item["call_id"])]]
    if kind == "function_call_output":
        call_id = str(item["call_id"])
        if call_id in calls:
            calls[call_id]["metadata"]["tool_state"] = "done"
        return [tool_result_thought(call_id, _output_text(item["output"]))]
    if kind.endswith("_call") or kind.endswith("_call_output"):  # the provider's own tools
        return []
    raise MessagesChatbotError(f"unsupported item type {kind!r}")


def _message(item: dict[str, Any]) -> list[MessageDict]:
    role = item["role"]
    if role not in ("user", "assistant", "system", "developer"):
        raise MessagesChatbotError(f"unknown role {role!r}")
    role = "system" if role == "developer" else role
    content = item["content"]
    parts = [{"type": "input_text", "text": content}] if isinstance(content, str) else [as_dict(p) for p in content]
    sources = Sources()
    items = [_item(part, sources) for part in parts]
    if not items:
        return []
    joined = "".join(items) if all(isinstance(i, str) for i in items) else None
    content = joined if joined is not None else (items[0] if len(items) == 1 else items)
    shown: dict[str, Any] = {"role": role, "content": content}
    if sources.found:
        shown["metadata"] = sources.metadata()
    return [cast("MessageDict", shown)]


_INLINE_ONLY = "only inline data and URLs are supported"


def _item(part: dict[str, Any], sources: Sources) -> Any:
    kind = part.get("type")
    if kind in ("input_text", "output_text"):
        return _annotated(part["text"], part.get("annotations") or [], sources)
    if kind == "refusal":
        return part["refusal"]
    if kind == "input_image":
        if part.get("image_url") is None:
            raise MessagesChatbotError(f"image {part.get('file_id')!r} refers to an uploaded file id; {_INLINE_ONLY}")
        return file_from_url(part["image_url"], "an input_image part's image_url")
    if kind == "input_file":
        if isinstance(part.get("file_data"), str):
            data = part["file_data"]
            if not data.startswith("data:"):
                raise MessagesChatbotError(f"an input_file part's file_data must be a data: URL, got {data[:100]!r}")
            return from_data_url(data, part.get("filename"))
        if isinstance(part.get("file_url"), str):
            return file_from_url(part["file_url"], "an input_file part's file_url")
        raise MessagesChatbotError(f"file {part.get('file_id')!r} refers to an uploaded file id; {_INLINE_ONLY}")
    raise MessagesChatbotError(f"unsupported content part type {kind!r}")


def _annotated(text: str, annotations: list[Any], sources: Sources) -> str:
    """The text with ``[n]`` where each cited passage ends, the sources numbered in reading order."""
    cited: list[tuple[int, int]] = []
    for raw in annotations:
        annotation = as_dict(raw)
        title = annotation.get("title") or annotation.get("filename")
        end = annotation.get("end_index", annotation.get("index"))
        if (title is None and annotation.get("url") is None) or not isinstance(end, int):
            continue  # a file path: nothing to show as a source
        cited.append((min(max(end, 0), len(text)), sources.number(source(title, annotation.get("url")))))
    for end, number in sorted(cited, reverse=True):  # from the end, so earlier positions stay valid
        text = f"{text[:end]}[{number}]{text[end:]}"
    return text


def _thought(item: dict[str, Any], pending: bool) -> MessageDict:
    texts = [as_dict(part)["text"] for part in item.get("summary") or []] or [
        as_dict(part)["text"] for part in item.get("content") or []
    ]
    metadata: dict[str, Any] = {"title": REASONING_TITLE, "status": "pending" if pending else "done"}
    if item.get("id"):
        metadata["reasoning_id"] = sent_back(item["id"], "a reasoning item's id")
    if item.get("encrypted_content"):
        metadata["encrypted_content"] = sent_back(item["encrypted_content"], "a reasoning item's encrypted_content")
    return MessageDict(role="assistant", content="\n\n".join(texts), metadata=cast("MetadataDict", metadata))


def _output_text(output: Any) -> str:
    if isinstance(output, str):
        return output
    parts = [as_dict(part) for part in output]
    return "\n\n".join(part["text"] if "text" in part else f"[{part.get('type')}]" for part in parts)


# --- the stream ------------------------------------------------------------------


@dataclass
class ResponsesStream:
    """The reply so far, as the output items the events built; ``tool_calls`` are the complete ones."""

    items: dict[int, dict[str, Any]] = field(default_factory=dict)
    open_items: set[int] = field(default_factory=set)
    status: str | None = None

    def add(self, event: Any) -> list[MessageDict]:
        """Take one streaming event and return the messages to show now."""
        data = as_dict(event)
        kind = str(data.get("type"))
        with malformed(f"{kind!r} event"):
            self._take(kind, data)
            return self.messages()

    def _take(self, kind: str, data: dict[str, Any]) -> None:
        if kind == "error":
            raise MessagesChatbotError(f"Responses stream error ({data.get('code')}): {data.get('message')}")
        if kind == "response.failed":
            error = (data.get("response") or {}).get("error") or {}
            raise MessagesChatbotError(f"the response failed ({error.get('code')}): {error.get('message')}")
        if kind == "response.output_item.added":
            self.items[data["output_index"]] = as_dict(data["item"])
            self.open_items.add(data["output_index"])
        elif kind == "response.output_item.done":
            self.items[data["output_index"]] = as_dict(data["item"])
            self.open_items.discard(data["output_index"])
        elif kind in ("response.completed", "response.incomplete"):
            response = data["response"]
            self.items = dict(enumerate(as_dict(item) for item in response.get("output") or []))
            self.open_items.clear()
            self.status = response.get("status")
        elif kind in _DELTAS:
            index = data["output_index"]
            if index not in self.items:
                raise MessagesChatbotError(f"output item {index!r} was never added")
            _DELTAS[kind](self.items[index], data)

    def messages(self) -> list[MessageDict]:
        """Reasoning (pending while its item is open), tool calls ("input-streaming" until their item is done,
        then done: the app sets ``tool_state`` as it runs them), answer with its sources."""
        shown: list[MessageDict] = []
        for index in sorted(self.items):
            shown.extend(_messages(self.items[index], {}, index in self.open_items))
        return shown

    @property
    def tool_calls(self) -> list[dict[str, Any]]:
        """The complete ``function_call`` items: ``call_id``, ``name`` and ``arguments`` (JSON text)."""
        done = [self.items[index] for index in sorted(self.items) if index not in self.open_items]
        return [item for item in done if item.get("type") == "function_call"]


def _listed(item: dict[str, Any], key: str, position: int, empty: dict[str, Any]) -> dict[str, Any]:
    """``item[key][position]``, made (as ``empty``) if the event that adds it was not seen.

    Parts arrive in order, so only the next one may be new: a position further on (a provider's
    ``content_index`` of a billion) would have the server fill memory with empty parts."""
    listed = item.setdefault(key, [])
    if not isinstance(position, int) or not 0 <= position <= len(listed):
        raise MessagesChatbotError(f"{key} index {position!r} is not one of the {len(listed)} parts so far or the next")
    if position == len(listed):
        listed.append(dict(empty))
    return cast("dict[str, Any]", listed[position])


def _text_delta(item: dict[str, Any], data: dict[str, Any]) -> None:
    part = _listed(item, "content", data["content_index"], {"type": "output_text", "text": "", "annotations": []})
    part["text"] += data["delta"]


def _annotation(item: dict[str, Any], data: dict[str, Any]) -> None:
    part = _listed(item, "content", data["content_index"], {"type": "output_text", "text": "", "annotations": []})
    part.setdefault("annotations", []).append(as_dict(data["annotation"]))


def _refusal_delta(item: dict[str, Any], data: dict[str, Any]) -> None:
    part = _listed(item, "content", data["content_index"], {"type": "refusal", "refusal": ""})
    part["refusal"] += data["delta"]


def _summary_delta(item: dict[str, Any], data: dict[str, Any]) -> None:
    _listed(item, "summary", data["summary_index"], {"type": "summary_text", "text": ""})["text"] += data["delta"]


def _reasoning_delta(item: dict[str, Any], data: dict[str, Any]) -> None:
    _listed(item, "content", data["content_index"], {"type": "reasoning_text", "text": ""})["text"] += data["delta"]


def _arguments_delta(item: dict[str, Any], data: dict[str, Any]) -> None:
    item["arguments"] = item.get("arguments", "") + data["delta"]


_DELTAS = {
    "response.output_text.delta": _text_delta,
    "response.output_text.annotation.added": _annotation,
    "response.refusal.delta": _refusal_delta,
    "response.reasoning_summary_text.delta": _summary_delta,
    "response.reasoning_text.delta": _reasoning_delta,
    "response.function_call_arguments.delta": _arguments_delta,
}
"""The events that grow an open item, each by its own field."""


def stream_responses(events: Iterable[Any], stream: ResponsesStream | None = None) -> Iterator[list[MessageDict]]:
    """Yield the growing assistant messages after each event; ``stream`` keeps the tool calls for later."""
    stream = stream if stream is not None else ResponsesStream()
    for event in events:
        yield stream.add(event)


async def astream_responses(
    events: AsyncIterable[Any], stream: ResponsesStream | None = None
) -> AsyncIterator[list[MessageDict]]:
    """:func:`stream_responses` for async clients."""
    stream = stream if stream is not None else ResponsesStream()
    async for event in events:
        yield stream.add(event)
