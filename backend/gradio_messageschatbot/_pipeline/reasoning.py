"""Split ``<think>``-style reasoning out of assistant messages, as ``gr.Chatbot(reasoning_tags=...)`` does."""

from __future__ import annotations

from .._gradio import ExtractReasoning
from .._model.messages import REASONING_TITLE
from .._model.wire import ContentItem, Metadata, WireMessage


def split_reasoning(message: WireMessage, tags: list[tuple[str, str]], extract: ExtractReasoning) -> list[WireMessage]:
    """The message as a sequence: a "Reasoning" thought per tagged block, the rest between them.

    Only an assistant's text is split (a user may type the tags). An unclosed tag
    (a model still thinking while it streams) gives a thought with status
    "pending". Everything else stays in order: text and other items between two
    thoughts share one message, shaped as the original content was (one item or
    a list).
    """
    if message.role != "assistant":
        return [message]
    items = message.content if isinstance(message.content, list) else [message.content]
    parts: list[WireMessage] = []
    pending: list[ContentItem] = []

    def flush() -> None:
        if pending:
            content = list(pending) if isinstance(message.content, list) else pending[0]
            parts.append(message.model_copy(update={"content": content}))
            pending.clear()

    for item in items:
        segments = extract(item, tags) if isinstance(item, str) else [(item, False, "")]
        follows_text = False
        for segment, is_reasoning, status in segments:
            if not is_reasoning:
                if follows_text:  # one text around an empty thought, which the extractor leaves out
                    pending[-1] += segment  # type: ignore[operator]
                else:
                    pending.append(segment)
                follows_text = isinstance(segment, str)
                continue
            follows_text = False
            flush()
            metadata = Metadata.model_construct(title=REASONING_TITLE, status=status)  # "pending" or "done"
            parts.append(
                WireMessage.model_construct(role="assistant", content=segment, metadata=metadata, options=None)
            )
    flush()
    return parts or [message]
