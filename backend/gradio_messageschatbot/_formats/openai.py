"""Convert between the messages format and OpenAI chat-completions messages.

Tool use is shown in the chat as thoughts:

- a call is an assistant thought titled ``"Tool: <name>"`` whose ``id`` is the
  call id and whose content is the JSON arguments;
- its result is a thought titled ``"Result"`` nested under it (``parent_id``);
- ``metadata["tool_state"]`` on the call says where it stands (:data:`ToolState`). OpenAI
  messages carry a call and its result but no state: :func:`to_openai` sends an "error" or
  "denied" call's result as the tool message (the model should see it), and :func:`from_openai`
  marks a call whose result follows "done".

Other thoughts (reasoning, plans) are for people and are left out of what is
sent to a model.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from .. import _kinds as kinds
from .._kinds.file import mention
from .._kinds.kind import OpenAIFiles
from .._kinds.openai_parts import item_from_openai_part
from .._model.fields import fields_of
from .._model.messages import REASONING_TITLE, RESULT_TITLE, TOOL_TITLE_PREFIX, MessageDict, MetadataDict, ToolState
from ..errors import MessagesChatbotError


def tool_call_thought(
    call_id: str,
    name: str,
    arguments: str,
    status: Literal["pending", "done"] = "done",
    state: ToolState | None = None,
) -> MessageDict:
    """The thought that shows a tool call (and that :func:`to_openai` sends back as one), with its
    ``tool_state`` if given."""
    metadata = MetadataDict(title=f"{TOOL_TITLE_PREFIX}{name}", id=call_id, status=status)
    if state is not None:
        metadata["tool_state"] = state
    return MessageDict(role="assistant", content=arguments, metadata=metadata)


def tool_result_thought(call_id: str, result: str) -> MessageDict:
    """The thought that shows a tool's result, nested under its call."""
    return MessageDict(
        role="assistant",
        content=result,
        metadata={"title": RESULT_TITLE, "parent_id": call_id, "status": "done"},
    )


def _content_parts(content: Any, role: str, index: int, files: OpenAIFiles) -> list[dict[str, Any]]:
    """Each item converted by its kind (:mod:`.._kinds`); anything else is mentioned by its class name."""
    parts: list[dict[str, Any]] = []
    for item in content if isinstance(content, list) else [content]:
        kind = kinds.held(item)
        if kind is None:
            parts.append(mention(type(item).__name__))
            continue
        try:
            parts.extend(kind.to_openai(item, role, files))
        except MessagesChatbotError as error:
            raise MessagesChatbotError.at(index, error) from error
    return parts


def _text_or_parts(parts: list[dict[str, Any]]) -> str | list[dict[str, Any]]:
    if all(part["type"] == "text" for part in parts):
        return "\n\n".join(part["text"] for part in parts)
    return parts


def to_openai(history: Iterable[Any], *, allowed_paths: Sequence[str | os.PathLike[str]] = ()) -> list[dict[str, Any]]:
    """A messages-format history as OpenAI chat-completions messages, ready to send.

    Text becomes text, user images ``image_url`` parts (a data URL for local
    files), user wav/mp3 audio ``input_audio``, other user files ``file`` parts.
    Tool-call thoughts become ``tool_calls`` on an assistant message, followed
    by ``role: "tool"`` results; other thoughts are left out.

    Files are read only where a client may name them (uploads, Gradio's cache,
    the app's ``allowed_paths``, or the ``allowed_paths`` given here, e.g. for
    a script's own files); URLs only when they lead outside the local network.
    """
    return [converted for converted, _, _ in converted_with_sources(history, allowed_paths)]


def converted_with_sources(
    history: Iterable[Any], allowed_paths: Sequence[str | os.PathLike[str]] = ()
) -> list[tuple[dict[str, Any], int, int]]:
    """:func:`to_openai`'s messages, each with the indices of the first and last message of ``history``
    it was made from (tool calls join their assistant message; thoughts left out are between)."""
    result: list[tuple[dict[str, Any], int, int]] = []
    pending_calls: dict[str, dict[str, Any]] = {}
    files = OpenAIFiles(allowed_paths)
    for index, message in enumerate(history):
        role, content, metadata, _ = fields_of(message)
        metadata = dict(metadata or {})
        title = str(metadata.get("title") or "")
        if title.startswith(TOOL_TITLE_PREFIX) and metadata.get("id") is not None:
            call: dict[str, Any] = {
                "id": str(metadata["id"]),
                "type": "function",
                "function": {"name": title[len(TOOL_TITLE_PREFIX) :], "arguments": plain_text(content)},
            }
            last = result[-1][0] if result else None
            if last and last["role"] == "assistant" and last.get("tool_calls"):
                last["tool_calls"].append(call)
                result[-1] = (last, result[-1][1], index)
            else:
                result.append(({"role": "assistant", "content": None, "tool_calls": [call]}, index, index))
            pending_calls[call["id"]] = call
            continue
        if title == RESULT_TITLE and str(metadata.get("parent_id")) in pending_calls:
            tool_result = {"role": "tool", "tool_call_id": str(metadata["parent_id"]), "content": plain_text(content)}
            result.append((tool_result, index, index))
            continue
        if title:  # reasoning and other thoughts are for people
            continue
        parts = _content_parts(content, role, index, files)
        result.append(({"role": role, "content": parts if role == "user" else _text_or_parts(parts)}, index, index))
    return result


def plain_text(content: Any) -> str:
    """A message's content as the text a tool call's arguments, a result or a thought is sent as (files give none)."""
    return "".join(kinds.text_of(item) for item in (content if isinstance(content, list) else [content]))


# --- OpenAI -> messages format --------------------------------------------------


def _content_from(content: Any) -> Any:
    if content is None or isinstance(content, str):
        return content
    items = [item_from_openai_part(part) for part in content]
    if len(items) > 1 and all(isinstance(item, str) for item in items):
        return "".join(items)
    return items[0] if len(items) == 1 else items


def _as_dict(message: Any) -> dict[str, Any]:
    """OpenAI message params are dicts; response messages are pydantic models."""
    if isinstance(message, Mapping):
        return dict(message)
    return dict(message.model_dump(exclude_none=True))


def from_openai(messages: Iterable[Any]) -> list[MessageDict]:
    """OpenAI chat messages (params, or response messages) as a messages-format history.

    ``tool_calls`` become tool thoughts and ``role: "tool"`` results nest under the
    call with the same id; ``reasoning_content`` (DeepSeek, llama.cpp) becomes a
    "Reasoning" thought before the answer; a ``refusal`` is shown as the answer.
    """
    history: list[MessageDict] = []
    calls: dict[str, MessageDict] = {}
    for index, raw in enumerate(messages):
        message = _as_dict(raw)
        role = message.get("role")
        try:
            if role in ("system", "developer"):
                history.append(MessageDict(role="system", content=_content_from(message.get("content")) or ""))
            elif role == "user":
                history.append(MessageDict(role="user", content=_content_from(message.get("content"))))
            elif role == "assistant":
                shown = _assistant(message)
                calls.update((str(part["metadata"]["id"]), part) for part in shown if _is_call(part))
                history.extend(shown)
            elif role in ("tool", "function"):
                call_id = message.get("tool_call_id") or message.get("name")
                if str(call_id) in calls:
                    calls[str(call_id)]["metadata"]["tool_state"] = "done"
                history.append(tool_result_thought(str(call_id), plain_text(_content_from(message.get("content")))))
            else:
                raise MessagesChatbotError(f"unknown role {role!r}")
        except (KeyError, TypeError, ValueError) as error:  # a malformed message, in any of its fields
            raise MessagesChatbotError(f"OpenAI message {index}: {error}") from error
    return history


def _is_call(message: MessageDict) -> bool:
    return str(message.get("metadata", {}).get("title", "")).startswith(TOOL_TITLE_PREFIX)


def _assistant(message: dict[str, Any]) -> list[MessageDict]:
    parts: list[MessageDict] = []
    reasoning = message.get("reasoning_content") or message.get("reasoning")
    if reasoning:
        parts.append(
            MessageDict(role="assistant", content=reasoning, metadata={"title": REASONING_TITLE, "status": "done"})
        )
    for call in message.get("tool_calls") or []:
        function = call["function"]
        parts.append(tool_call_thought(call["id"], function["name"], function.get("arguments") or ""))
    content = _content_from(message.get("content"))
    refusal = message.get("refusal")
    if refusal and not content:
        content = refusal
    if content:
        parts.append(MessageDict(role="assistant", content=content))
    return parts
