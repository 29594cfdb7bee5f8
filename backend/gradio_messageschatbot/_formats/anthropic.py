"""Convert between the messages format and Anthropic's Messages API, and show its stream.

    reply = client.messages.create(model=..., max_tokens=1024, **to_anthropic(history), stream=True)
    for shown in stream_anthropic(reply):
        yield history + shown

The request holds the system prompt apart (``system``) and every turn as content blocks.
Thoughts and tool use map as with :mod:`.openai` (a call is a ``"Tool: <name>"`` thought with
the call's id, its result a ``"Result"`` thought under it) and, beyond OpenAI's format:

- a ``thinking`` block is a "Reasoning" thought whose ``metadata["signature"]`` is sent back with
  it (Anthropic refuses a thinking block without its signature); a ``redacted_thinking`` block is
  a "Reasoning" thought holding its data in ``metadata["redacted_thinking"]``;
- a ``tool_result`` with ``is_error`` marks the call ``"error"``, and a call in state "error" or
  "denied" is sent back with ``is_error``;
- citations become ``metadata["sources"]``, with ``[n]`` after the text each one supports.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from .._kinds.file import mention
from .._kinds.kind import OpenAIFiles
from .._kinds.openai_parts import file_from_url, from_data_url
from .._model.fields import fields_of
from .._model.messages import REASONING_TITLE, RESULT_TITLE, TOOL_TITLE_PREFIX, MessageDict, MetadataDict
from ..errors import MessagesChatbotError
from .openai import plain_text, tool_call_thought, tool_result_thought
from .provider_parts import (
    Sources,
    as_dict,
    malformed,
    named_parts,
    sent_back,
    source,
    split_data_url,
    text_parts_only,
)

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
"""The images Anthropic takes; a PDF and plain text go as documents."""
DOCUMENT_TYPES = ("application/pdf", "text/plain")
REDACTED = "Redacted by the provider's safety systems."
"""What a ``redacted_thinking`` block shows: its data is encrypted."""


def _takes(mime: str) -> bool:
    return mime in IMAGE_TYPES or mime in DOCUMENT_TYPES


# --- messages format -> Anthropic ------------------------------------------------


def to_anthropic(history: Iterable[Any], *, allowed_paths: Sequence[str | os.PathLike[str]] = ()) -> dict[str, Any]:
    """A messages-format history as the ``system`` and ``messages`` of an Anthropic request:
    ``client.messages.create(model=..., max_tokens=..., **to_anthropic(history))``.

    System messages become ``system`` text blocks (wherever they stood). User images become
    ``image`` blocks (base64, or a URL), PDFs and plain text ``document`` blocks; audio and other
    files, and any file from another role, a ``[name]`` mention. Tool-call thoughts become
    ``tool_use`` blocks closing the assistant's turn, their results ``tool_result`` blocks in the
    next user turn; reasoning with a signature goes back as ``thinking``; other thoughts are left out.

    Files and URLs follow :func:`to_openai`'s rules (``allowed_paths`` likewise).
    """
    system: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    calls: dict[str, Any] = {}
    files = OpenAIFiles(allowed_paths)
    for index, message in enumerate(history):
        role, content, metadata, _ = fields_of(message)
        metadata = dict(metadata or {})
        title = str(metadata.get("title") or "")
        if title.startswith(TOOL_TITLE_PREFIX) and metadata.get("id") is not None:
            call: dict[str, Any] = {"type": "tool_use", "id": str(metadata["id"])}
            call["name"], call["input"] = (
                title[len(TOOL_TITLE_PREFIX) :],
                _arguments(plain_text(content), f"message {index}"),
            )
            _turn(messages, "assistant", ("text", "thinking", "redacted_thinking", "tool_use")).append(call)
            calls[call["id"]] = metadata.get("tool_state")
        elif title == RESULT_TITLE and str(metadata.get("parent_id")) in calls:
            call_id = str(metadata["parent_id"])
            result: dict[str, Any] = {"type": "tool_result", "tool_use_id": call_id, "content": plain_text(content)}
            if calls[call_id] in ("error", "denied"):
                result["is_error"] = True
            _turn(messages, "user", ("tool_result",)).append(result)
        elif title == REASONING_TITLE and ("signature" in metadata or "redacted_thinking" in metadata):
            _turn(messages, "assistant", ("thinking", "redacted_thinking")).append(_thinking(content, metadata, index))
        elif title or role not in ("user", "assistant", "system"):  # other thoughts are for people
            continue
        elif role == "system":
            text = text_parts_only(named_parts(content, role, index, files, _takes))
            system.extend([{"type": "text", "text": text}] if text else [])
        else:
            blocks = [_block(part, name) for part, name in named_parts(content, role, index, files, _takes)]
            if blocks:
                opening = ("thinking", "redacted_thinking") if role == "assistant" else ()
                _turn(messages, role, opening).extend(blocks)
    return {"system": system, "messages": messages} if system else {"messages": messages}


def _turn(messages: list[dict[str, Any]], role: str, joins: tuple[str, ...]) -> list[dict[str, Any]]:
    """The blocks of the last message if it is ``role``'s and holds only blocks of the types in ``joins``
    (an answer joins the thinking before it, a call the assistant's turn, results each other); else a new turn's."""
    last = messages[-1] if messages else None
    if last is not None and last["role"] == role and all(block["type"] in joins for block in last["content"]):
        return cast("list[dict[str, Any]]", last["content"])
    messages.append({"role": role, "content": []})
    return cast("list[dict[str, Any]]", messages[-1]["content"])


def _arguments(text: str, where: str) -> dict[str, Any]:
    """A call's JSON arguments as the object ``tool_use.input`` is (none: an empty object)."""
    try:
        arguments = json.loads(text) if text.strip() else {}
    except ValueError:
        raise MessagesChatbotError(f"{where}: a tool call's arguments are not JSON: {text[:100]!r}") from None
    if not isinstance(arguments, dict):
        raise MessagesChatbotError(f"{where}: a tool call's arguments must be a JSON object, got {text[:100]!r}")
    return arguments


def _thinking(content: Any, metadata: dict[str, Any], index: int) -> dict[str, Any]:
    key = "redacted_thinking" if "redacted_thinking" in metadata else "signature"
    if not isinstance(metadata[key], str):
        raise MessagesChatbotError(f"message {index}: metadata[{key!r}] must be a string")
    if key == "redacted_thinking":
        return {"type": "redacted_thinking", "data": metadata[key]}
    return {"type": "thinking", "thinking": plain_text(content), "signature": metadata[key]}


def _block(part: dict[str, Any], name: str) -> dict[str, Any]:
    """One OpenAI part (made by the kinds, files already checked and read) as an Anthropic block."""
    kind = part["type"]
    if kind == "image_url":
        url = part["image_url"]["url"]
        if not url.startswith("data:"):
            return {"type": "image", "source": {"type": "url", "url": url}}
        mime, data = split_data_url(url)
        if mime in IMAGE_TYPES:
            return {"type": "image", "source": {"type": "base64", "media_type": mime, "data": data}}
    elif kind == "file":
        mime, data = split_data_url(part["file"]["file_data"])
        title = part["file"]["filename"]
        if mime == "application/pdf":
            return {"type": "document", "source": {"type": "base64", "media_type": mime, "data": data}, "title": title}
        if mime == "text/plain":
            text = base64.b64decode(data).decode("utf-8", errors="replace")
            return {"type": "document", "source": {"type": "text", "media_type": mime, "data": text}, "title": title}
    elif kind == "text":
        return {"type": "text", "text": part["text"]}
    return mention(name)  # audio, and images or files of types Anthropic does not take


# --- Anthropic -> messages format ------------------------------------------------


def from_anthropic(messages: Iterable[Any], system: str | Iterable[Any] | None = None) -> list[MessageDict]:
    """Anthropic messages (request params, or a response ``Message``) and ``system`` as a messages-format history.

    ``from_anthropic(**to_anthropic(history))`` gives the history back, as far as Anthropic's format
    holds it (docs/llm-clients.md lists what it does not). Images and documents are saved as files
    (inline data in Gradio's cache, as :func:`from_openai` does); thinking becomes a "Reasoning"
    thought that keeps its signature; ``tool_use`` and ``tool_result`` become tool thoughts with the
    call's state; citations become ``metadata["sources"]``.
    """
    history: list[MessageDict] = []
    if isinstance(system, str):
        history.append(MessageDict(role="system", content=system))
    elif system is not None:
        history.extend(MessageDict(role="system", content=str(as_dict(block)["text"])) for block in system)
    calls: dict[str, MessageDict] = {}
    for index, raw in enumerate(messages):
        with malformed(f"Anthropic message {index}"):
            message = as_dict(raw)
            role = message.get("role")
            if role not in ("user", "assistant"):
                raise MessagesChatbotError(f"role must be 'user' or 'assistant', got {role!r}")
            content = message["content"]
            blocks = [{"type": "text", "text": content}] if isinstance(content, str) else [as_dict(b) for b in content]
            history.extend(_messages(role, blocks, calls))
    return history


def _messages(
    role: str, blocks: list[dict[str, Any]], calls: dict[str, MessageDict], open_blocks: frozenset[int] = frozenset()
) -> list[MessageDict]:
    """One turn's blocks as messages: content blocks in a row make one message, thinking and tool use thoughts.
    ``open_blocks`` (while streaming) are still arriving: their thoughts are pending."""
    shown: list[MessageDict] = []
    items: list[Any] = []
    sources = Sources()

    def flush() -> None:
        if items:
            joined = "".join(items) if all(isinstance(item, str) for item in items) else None
            content = joined if joined is not None else (items[0] if len(items) == 1 else list(items))
            shown.append(cast("MessageDict", {"role": role, "content": content, **_metadata(sources.metadata())}))
            items.clear()
            sources.found = []

    for position, block in enumerate(blocks):
        kind = block.get("type")
        pending = position in open_blocks
        if kind == "text":
            markers = "".join(f"[{sources.number(_cited(c))}]" for c in block.get("citations") or [])
            items.append(block["text"] + markers)
            continue
        if kind in ("image", "document"):
            items.append(_file(block))
            continue
        flush()
        if kind in ("thinking", "redacted_thinking"):
            shown.append(_thought(block, pending))
        elif kind == "tool_use":
            arguments = block.get("input")
            arguments = arguments if isinstance(arguments, str) else json.dumps(arguments or {})
            if pending:
                shown.append(tool_call_thought(block["id"], block["name"], arguments, "pending", "input-streaming"))
            else:
                shown.append(tool_call_thought(block["id"], block["name"], arguments))
                calls[str(block["id"])] = shown[-1]
        elif kind == "tool_result":
            call_id = str(block["tool_use_id"])
            if call_id in calls:
                calls[call_id]["metadata"]["tool_state"] = "error" if block.get("is_error") else "done"
            shown.append(tool_result_thought(call_id, _result_text(block.get("content"))))
        else:
            raise MessagesChatbotError(f"unsupported content block type {kind!r}")
    flush()
    return shown


def _metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    return {"metadata": metadata} if metadata else {}


def _thought(block: dict[str, Any], pending: bool) -> MessageDict:
    metadata: dict[str, Any] = {"title": REASONING_TITLE, "status": "pending" if pending else "done"}
    if block["type"] == "redacted_thinking":
        metadata["redacted_thinking"] = sent_back(block["data"], "a redacted_thinking block's data")
        return MessageDict(role="assistant", content=REDACTED, metadata=cast("MetadataDict", metadata))
    if block.get("signature") or not pending:
        metadata["signature"] = sent_back(block.get("signature", ""), "a thinking block's signature")
    return MessageDict(role="assistant", content=block["thinking"], metadata=cast("MetadataDict", metadata))


def _file(block: dict[str, Any]) -> dict[str, Any]:
    """An image or document block's file: inline data saved, a URL as :func:`from_openai` takes it."""
    data_source = block["source"]
    kind = data_source.get("type")
    if kind == "url":
        return file_from_url(data_source["url"], f"an {block['type']} block's source url")
    if kind == "base64":
        return from_data_url(f"data:{data_source['media_type']};base64,{data_source['data']}", block.get("title"))
    if kind == "text":
        encoded = base64.b64encode(str(data_source["data"]).encode()).decode()
        return from_data_url(f"data:text/plain;base64,{encoded}", block.get("title") or "document.txt")
    raise MessagesChatbotError(f"{block['type']} source type {kind!r} is not supported; only inline data and URLs")


def _cited(citation: Any) -> Any:
    """A citation as the source it names: a web result's URL, a document's title, and the text cited."""
    cited = as_dict(citation)
    title = cited.get("title") or cited.get("document_title")
    if title is None and "document_index" in cited:
        title = f"Document {cited['document_index'] + 1}"
    return source(title, cited.get("url") or cited.get("source"), cited.get("cited_text"))


def _result_text(content: Any) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    blocks = [as_dict(block) for block in content]
    return "\n\n".join(block["text"] if block.get("type") == "text" else f"[{block.get('type')}]" for block in blocks)


# --- the stream ------------------------------------------------------------------


@dataclass
class AnthropicStream:
    """The reply so far, as the content blocks the events built; ``tool_calls`` are the complete ones."""

    blocks: dict[int, dict[str, Any]] = field(default_factory=dict)
    open_blocks: set[int] = field(default_factory=set)
    stop_reason: str | None = None

    def add(self, event: Any) -> list[MessageDict]:
        """Take one server-sent event and return the messages to show now."""
        data = as_dict(event)
        kind = data.get("type")
        with malformed(f"{kind!r} event"):
            self._take(kind, data)
            return self.messages()

    def _take(self, kind: Any, data: dict[str, Any]) -> None:
        if kind == "error":
            error = data.get("error") or {}
            raise MessagesChatbotError(f"Anthropic stream error ({error.get('type')}): {error.get('message')}")
        if kind == "content_block_start":
            block = as_dict(data["content_block"])
            if block.get("type") == "tool_use":
                block["input"] = ""  # the JSON arrives in pieces
            self.blocks[data["index"]] = block
            self.open_blocks.add(data["index"])
        elif kind == "content_block_delta":
            _apply(self._started(data["index"]), as_dict(data["delta"]))
        elif kind == "content_block_stop":
            block = self._started(data["index"])
            if block.get("type") == "tool_use":
                block["input"] = _arguments(block["input"], f"content block {data['index']}")
            self.open_blocks.discard(data["index"])
        elif kind == "message_delta":
            self.stop_reason = (data.get("delta") or {}).get("stop_reason") or self.stop_reason

    def _started(self, index: Any) -> dict[str, Any]:
        """The block ``index`` names; a delta or stop for one that never started is the provider's error."""
        if index not in self.blocks:
            raise MessagesChatbotError(f"content block {index!r} was never started")
        return self.blocks[index]

    def messages(self) -> list[MessageDict]:
        """Reasoning (pending while its block is open), tool calls ("input-streaming" until their block closes,
        then done: the app sets ``tool_state`` as it runs them), answer with its sources."""
        order = sorted(self.blocks)
        opened = frozenset(position for position, index in enumerate(order) if index in self.open_blocks)
        return _messages("assistant", [self.blocks[index] for index in order], {}, opened)

    @property
    def tool_calls(self) -> list[dict[str, Any]]:
        """The complete ``tool_use`` blocks: ``id``, ``name`` and ``input`` (a dict)."""
        blocks = [self.blocks[index] for index in sorted(self.blocks) if index not in self.open_blocks]
        return [block for block in blocks if block.get("type") == "tool_use"]


def _apply(block: dict[str, Any], delta: dict[str, Any]) -> None:
    kind = delta.get("type")
    if kind == "text_delta":
        block["text"] = block.get("text", "") + delta["text"]
    elif kind == "thinking_delta":
        block["thinking"] = block.get("thinking", "") + delta["thinking"]
    elif kind == "signature_delta":
        block["signature"] = block.get("signature", "") + delta["signature"]
    elif kind == "input_json_delta":
        block["input"] += delta["partial_json"]
    elif kind == "citations_delta":
        block["citations"] = [*(block.get("citations") or []), delta["citation"]]  # a text block starts with None


def stream_anthropic(events: Iterable[Any], stream: AnthropicStream | None = None) -> Iterator[list[MessageDict]]:
    """Yield the growing assistant messages after each event; ``stream`` keeps the tool calls for later."""
    stream = stream if stream is not None else AnthropicStream()
    for event in events:
        yield stream.add(event)


async def astream_anthropic(
    events: AsyncIterable[Any], stream: AnthropicStream | None = None
) -> AsyncIterator[list[MessageDict]]:
    """:func:`stream_anthropic` for async clients."""
    stream = stream if stream is not None else AnthropicStream()
    async for event in events:
        yield stream.add(event)
