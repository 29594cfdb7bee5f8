"""Turn an OpenAI-style stream of chat-completion chunks into the assistant messages to yield.

    stream = client.chat.completions.create(model=..., messages=to_openai(history), stream=True)
    for reply in stream_openai(stream):
        yield history + reply

Works with the ``openai`` client's chunk objects and with plain dicts (any
OpenAI-compatible server: llama.cpp, TGI, vLLM).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._model.messages import REASONING_TITLE, MessageDict
from ..errors import MessagesChatbotError
from .openai import tool_call_thought


@dataclass
class ToolCall:
    """A tool call as the stream assembled it (arguments arrive in pieces)."""

    id: str
    name: str = ""
    arguments: str = ""


@dataclass
class OpenAIStream:
    """The reply so far: reasoning, tool calls and answer text, from the deltas seen."""

    reasoning: str = ""
    content: str = ""
    refusal: str = ""
    calls: dict[int, ToolCall] = field(default_factory=dict)
    finish_reason: str | None = None

    def add(self, chunk: Any) -> list[MessageDict]:
        """Take one chunk (first choice only) and return the messages to show now."""
        data = chunk if isinstance(chunk, Mapping) else chunk.model_dump()
        for choice in data.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            answer, thinking = _delta_text(delta.get("content"))
            self.reasoning += (delta.get("reasoning_content") or delta.get("reasoning") or "") + thinking
            self.content += answer
            self.refusal += delta.get("refusal") or ""
            for piece in delta.get("tool_calls") or []:
                self._add_tool_call(piece)
            self.finish_reason = choice.get("finish_reason") or self.finish_reason
        return self.messages()

    def _add_tool_call(self, piece: Mapping[str, Any]) -> None:
        index = piece.get("index", len(self.calls))
        call = self.calls.setdefault(index, ToolCall(id=piece.get("id") or f"call_{index}"))
        if piece.get("id"):
            call.id = piece["id"]
        function = piece.get("function") or {}
        call.name += function.get("name") or ""
        call.arguments += function.get("arguments") or ""

    @property
    def tool_calls(self) -> list[ToolCall]:
        return [self.calls[index] for index in sorted(self.calls)]

    def messages(self) -> list[MessageDict]:
        """Reasoning (pending until the answer starts), tool calls ("input-streaming" until the stream ends,
        then done: the app sets ``tool_state`` as it runs them), answer."""
        done = self.finish_reason is not None
        shown: list[MessageDict] = []
        if self.reasoning:
            thinking_over = done or bool(self.content or self.calls)
            shown.append(
                MessageDict(
                    role="assistant",
                    content=self.reasoning,
                    metadata={"title": REASONING_TITLE, "status": "done" if thinking_over else "pending"},
                )
            )
        for call in self.tool_calls:
            if done:
                shown.append(tool_call_thought(call.id, call.name, call.arguments))
            else:
                shown.append(tool_call_thought(call.id, call.name, call.arguments, "pending", "input-streaming"))
        answer = self.content or self.refusal
        if answer:
            shown.append(MessageDict(role="assistant", content=answer))
        return shown


def _delta_text(content: Any) -> tuple[str, str]:
    """A delta's ``content`` as (answer, reasoning): a string, or a list of parts as some servers stream them
    (Mistral): text parts are the answer, ``thinking`` parts (text parts inside) the reasoning."""
    if content is None or isinstance(content, str):
        return content or "", ""
    if not isinstance(content, list):
        raise MessagesChatbotError(
            f"a chunk's delta.content must be text or a list of parts, got {type(content).__name__}"
        )
    answer, reasoning = "", ""
    for part in content:
        kind = part.get("type") if isinstance(part, Mapping) else type(part).__name__
        if kind == "text" and isinstance(part.get("text"), str):
            answer += part["text"]
        elif kind == "thinking":
            reasoning += "".join(_delta_text(part.get("thinking")))
        else:
            raise MessagesChatbotError(
                f"a chunk's delta.content holds a {kind!r} part; stream_openai shows text and thinking parts"
            )
    return answer, reasoning


def stream_openai(chunks: Iterable[Any], stream: OpenAIStream | None = None) -> Iterator[list[MessageDict]]:
    """Yield the growing assistant messages after each chunk; ``stream`` keeps the tool calls for later."""
    stream = stream if stream is not None else OpenAIStream()
    for chunk in chunks:
        yield stream.add(chunk)


async def astream_openai(
    chunks: AsyncIterable[Any], stream: OpenAIStream | None = None
) -> AsyncIterator[list[MessageDict]]:
    """:func:`stream_openai` for async clients."""
    stream = stream if stream is not None else OpenAIStream()
    async for chunk in chunks:
        yield stream.add(chunk)
