"""The ``MessagesChatbot`` component: ``gr.Chatbot`` that speaks the messages format."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import gradio as gr
from gradio.i18n import I18nData

from . import _gradio
from ._formats.chat_interface import adapt_chat_interface_handler
from ._formats.openai_handout import hand_out, take_back
from ._gradio import ChatbotDataMessages, ExampleMessage, Message
from ._model.fields import AnyMessage
from ._model.messages import ChatMessage, MessageDict
from ._model.wire import ComponentBlock, MessagesHistory, WireMessage
from ._pipeline import embedded
from ._pipeline.cache import MAX_BYTES, MessageCache
from ._pipeline.incoming import handler_message, normalized_message
from ._pipeline.outgoing import wire_message
from ._pipeline.reasoning import split_reasoning
from .errors import MessagesChatbotError, shown_to_user

if TYPE_CHECKING:
    from gradio.components import Button, Timer

HistoryType = Literal["messages", "normalized", "openai"]
HISTORY_TYPES: tuple[HistoryType, ...] = get_args(HistoryType)


def check_history_type(type: str) -> HistoryType:
    """Validate the ``type`` argument, with a way out for tuples users."""
    if type == "tuples":
        raise MessagesChatbotError(
            "MessagesChatbot: the tuples format was removed in Gradio 6. Keep the "
            "history as a list of {'role': ..., 'content': ...} dicts: each "
            "(user, bot) pair becomes {'role': 'user', 'content': user} followed "
            "by {'role': 'assistant', 'content': bot}."
        )
    for known in HISTORY_TYPES:
        if type == known:
            return known
    raise MessagesChatbotError(
        f"MessagesChatbot: type={type!r} is not supported; use one of {', '.join(map(repr, HISTORY_TYPES))}."
    )


class MessagesChatbot(gr.Chatbot):
    """A chatbot whose value is a list of messages in the messages format.

    Functions receive the history as ``{"role", "content"}`` dicts (``type="messages"``)
    or, for code written against Gradio 6's ``gr.Chatbot``, as its normalized
    form (``type="normalized"``). Everything ``gr.Chatbot`` accepts can be returned.
    """

    data_model: type[ChatbotDataMessages] = MessagesHistory

    def __init__(
        self,
        value: list[MessageDict | ChatMessage | Message] | Callable[..., Any] | None = None,
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
            value=cast(Any, value),  # gr.Chatbot hands it to our postprocess, which takes all these shapes
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

    def preprocess(self, payload: ChatbotDataMessages | None) -> list[Any]:
        """
        Parameters:
            payload: the history sent by the page or an API client.
        Returns:
            the history as messages-format dicts, or gr.Chatbot's normalized dicts with type="normalized".
        """
        if payload is None:
            return []
        with shown_to_user():
            if not isinstance(payload, MessagesHistory):  # Gradio validates with our data_model: never seen
                raise MessagesChatbotError(f"the history must be a MessagesHistory, got {type(payload).__name__}")
            if self.type == "normalized":
                return [normalized_message(message, index) for index, message in enumerate(payload.root)]
            history = [handler_message(message, index) for index, message in enumerate(payload.root)]
            return hand_out(history) if self.type == "openai" else history

    # --- handler -> page/API -------------------------------------------------

    def postprocess(self, value: Sequence[AnyMessage] | MessagesHistory | None) -> MessagesHistory:
        """
        Parameters:
            value: the history a handler returned: messages as dicts or ChatMessage, in the messages format
                or in gr.Chatbot's normalized form.
        Returns:
            the history in its wire form.
        """
        if value is None:
            return MessagesHistory(root=[])
        messages: Sequence[Any] = value.root if isinstance(value, MessagesHistory) else value
        with shown_to_user():
            if not isinstance(messages, list | tuple):
                raise MessagesChatbotError(f"the value must be a list of messages, got {type(messages).__name__}")
            history = take_back(list(messages))  # type="openai": what the function got back unchanged, as it was
            if not self.reasoning_tags:
                return MessagesHistory.model_construct(root=self._cache.convert(history, self._wire_message))
            groups = self._cache.convert(history, self._wire_messages_with_reasoning)
        return MessagesHistory.model_construct(root=list(itertools.chain.from_iterable(groups)))

    def _wire_message(self, message: Any, index: int) -> WireMessage:
        return wire_message(message, index, self._component_block)

    def _wire_messages_with_reasoning(self, message: Any, index: int) -> list[WireMessage]:
        return split_reasoning(
            self._wire_message(message, index), self.reasoning_tags or [], _gradio.reasoning_extractor(self)
        )

    def _component_block(self, component: gr.components.Component) -> ComponentBlock:
        return embedded.send(self, component)

    # --- gr.ChatInterface ------------------------------------------------------

    def retry(self, fn: Any = "decorator", *args: Any, **kwargs: Any) -> Any:
        return gr.Chatbot.retry(self, adapt_chat_interface_handler(fn, self), *args, **kwargs)

    def undo(self, fn: Any = "decorator", *args: Any, **kwargs: Any) -> Any:
        return gr.Chatbot.undo(self, adapt_chat_interface_handler(fn, self), *args, **kwargs)

    # --- API description -------------------------------------------------------

    def example_payload(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]

    def example_value(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]
