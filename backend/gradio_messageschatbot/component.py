"""The ``MessagesChatbot`` component: ``gr.Chatbot`` that speaks the messages format."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import gradio as gr
from gradio.components.chatbot import ExampleMessage, Message
from gradio.i18n import I18nData

from . import embedded
from .cache import MAX_BYTES, MessageCache
from .chat_interface import adapt_chat_interface_handler
from .errors import MessagesChatbotError
from .incoming import handler_message, normalized_message
from .messages import ChatMessage, MessageDict
from .openai_handout import hand_out, take_back
from .outgoing import wire_message
from .reasoning import split_reasoning
from .wire import ComponentBlock, MessagesHistory, WireMessage

if TYPE_CHECKING:
    from gradio.components import Button, Timer

HistoryType = Literal["messages", "normalized", "openai"]
HISTORY_TYPES: tuple[str, ...] = ("messages", "normalized", "openai")


def check_history_type(type: str) -> HistoryType:
    """Validate the ``type`` argument, with a way out for tuples users."""
    if type == "tuples":
        raise ValueError(
            "MessagesChatbot: the tuples format was removed in Gradio 6. Keep the "
            "history as a list of {'role': ..., 'content': ...} dicts: each "
            "(user, bot) pair becomes {'role': 'user', 'content': user} followed "
            "by {'role': 'assistant', 'content': bot}."
        )
    if type not in HISTORY_TYPES:
        raise ValueError(
            f"MessagesChatbot: type={type!r} is not supported; use one of {', '.join(map(repr, HISTORY_TYPES))}."
        )
    return type  # type: ignore[return-value]


class MessagesChatbot(gr.Chatbot):
    """A chatbot whose value is a list of messages in the messages format.

    Functions receive the history as ``{"role", "content"}`` dicts (``type="messages"``)
    or, for code written against Gradio 6's ``gr.Chatbot``, as its normalized
    form (``type="normalized"``). Everything ``gr.Chatbot`` accepts can be returned.
    """

    data_model = MessagesHistory

    def __init__(
        self,
        value: list[MessageDict | ChatMessage | Message] | Callable | None = None,
        *,
        type: HistoryType = "messages",
        cache_max_bytes: int = MAX_BYTES,
        label: str | I18nData | None = None,
        every: Timer | float | None = None,
        inputs: gr.components.Component
        | Sequence[gr.components.Component]
        | set[gr.components.Component]
        | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | Literal["hidden"] = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        autoscroll: bool = True,
        render: bool = True,
        key: int | str | tuple[int | str, ...] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        height: int | str | None = 400,
        resizable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: Literal["user", "all"] | None = None,
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        rtl: bool = False,
        buttons: list[Literal["share", "copy", "copy_all"] | Button] | None = None,
        watermark: str | None = None,
        avatar_images: tuple[str | Path | None, str | Path | None] | None = None,
        sanitize_html: bool = True,
        render_markdown: bool = True,
        feedback_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        feedback_value: Sequence[str | None] | None = None,
        line_breaks: bool = True,
        layout: Literal["panel", "bubble"] | None = None,
        placeholder: str | None = None,
        examples: list[ExampleMessage] | None = None,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: list[str] | bool = True,
        reasoning_tags: list[tuple[str, str]] | None = None,
        like_user_message: bool = False,
    ):
        """
        Parameters:
            value: the initial history: messages as dicts or ChatMessage, or a function returning them.
            type: what functions receive: "messages" (role/content dicts whose content is a str, a file dict,
                a component or a list of these), "normalized" (gr.Chatbot 6's content-block lists) or
                "openai" (OpenAI chat-completions messages, ready to send; see to_openai).
            cache_max_bytes: memory, estimated, that may hold converted messages between updates, so that streaming
                into a long history converts only what changed (64 MiB by default, for all sessions together). The
                least recently used histories are forgotten past it, a history larger than it is converted whole at
                every update, and a history nobody streamed into for 30 seconds is forgotten. 0 keeps nothing.
        The other parameters are those of gr.Chatbot and behave the same.
        """
        self.type = check_history_type(type)
        self._cache: MessageCache[Any] = MessageCache(max_bytes=cache_max_bytes)
        super().__init__(
            value=value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            autoscroll=autoscroll,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
            height=height,
            resizable=resizable,
            max_height=max_height,
            min_height=min_height,
            editable=editable,
            latex_delimiters=latex_delimiters,
            rtl=rtl,
            buttons=buttons,
            watermark=watermark,
            avatar_images=avatar_images,
            sanitize_html=sanitize_html,
            render_markdown=render_markdown,
            feedback_options=feedback_options,
            feedback_value=feedback_value,
            line_breaks=line_breaks,
            layout=layout,
            placeholder=placeholder,
            examples=examples,
            allow_file_downloads=allow_file_downloads,
            group_consecutive_messages=group_consecutive_messages,
            allow_tags=allow_tags,
            reasoning_tags=reasoning_tags,
            like_user_message=like_user_message,
        )

    # --- page/API -> handler -------------------------------------------------

    def preprocess(self, payload: MessagesHistory | None) -> list[Any]:
        """
        Parameters:
            payload: the history sent by the page or an API client.
        Returns:
            the history as messages-format dicts, or gr.Chatbot's normalized dicts with type="normalized".
        """
        if payload is None:
            return []
        try:
            if self.type == "normalized":
                return [normalized_message(message, index) for index, message in enumerate(payload.root)]
            history = [handler_message(message, index) for index, message in enumerate(payload.root)]
            return hand_out(history) if self.type == "openai" else history
        except MessagesChatbotError as error:
            raise gr.Error(f"MessagesChatbot: {error}") from error

    # --- handler -> page/API -------------------------------------------------

    def postprocess(self, value: list[MessageDict | ChatMessage | Message] | MessagesHistory | None) -> MessagesHistory:
        """
        Parameters:
            value: the history a handler returned: messages as dicts or ChatMessage, in the messages format
                or in gr.Chatbot's normalized form.
        Returns:
            the history in its wire form.
        """
        if value is None:
            return MessagesHistory(root=[])
        if isinstance(value, MessagesHistory):
            value = value.root
        if not isinstance(value, list | tuple):
            raise gr.Error(f"MessagesChatbot: the value must be a list of messages, got {type(value).__name__}")
        value = take_back(list(value))  # type="openai": what the function got back unchanged, as it was
        try:
            if not self.reasoning_tags:
                return MessagesHistory.model_construct(root=self._cache.convert(value, self._wire_message))
            groups = self._cache.convert(value, self._wire_messages_with_reasoning)
        except MessagesChatbotError as error:
            raise gr.Error(f"MessagesChatbot: {error}") from error
        return MessagesHistory.model_construct(root=list(itertools.chain.from_iterable(groups)))

    def _wire_message(self, message: Any, index: int) -> WireMessage:
        return wire_message(message, index, self._component_block)

    def _wire_messages_with_reasoning(self, message: Any, index: int) -> list[WireMessage]:
        return split_reasoning(
            self._wire_message(message, index), self.reasoning_tags or [], self._extract_thinking_blocks
        )

    def _component_block(self, component: gr.components.Component) -> ComponentBlock:
        return embedded.send(self, component)

    # --- gr.ChatInterface ------------------------------------------------------

    def retry(self, fn: Any = "decorator", *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        return gr.Chatbot.retry(self, adapt_chat_interface_handler(fn, self), *args, **kwargs)

    def undo(self, fn: Any = "decorator", *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        return gr.Chatbot.undo(self, adapt_chat_interface_handler(fn, self), *args, **kwargs)

    # --- API description -------------------------------------------------------

    def example_payload(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]

    def example_value(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]
