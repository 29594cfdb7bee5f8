"""The ``MessagesChatbot`` component: ``gr.Chatbot`` that speaks the messages format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import gradio as gr
from gradio.components.chatbot import ChatbotDataMessages, ExampleMessage, Message
from gradio.i18n import I18nData

from .messages import ChatMessage, MessageDict
from .normalized import message_from_normalized

if TYPE_CHECKING:
    from gradio.components import Button, Timer

HistoryType = Literal["messages", "normalized"]
HISTORY_TYPES: tuple[str, ...] = ("messages", "normalized")


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

    def __init__(
        self,
        value: list[MessageDict | ChatMessage | Message] | Callable | None = None,
        *,
        type: HistoryType = "messages",
        label: str | I18nData | None = None,
        every: Timer | float | None = None,
        inputs: gr.components.Component | Sequence[gr.components.Component] | set[gr.components.Component] | None = None,
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
            type: what functions receive: "messages" (role/content dicts with str, file dict or component content) or "normalized" (gr.Chatbot 6's content-block lists).
        The other parameters are those of gr.Chatbot and behave the same.
        """
        self.type = check_history_type(type)
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

    def preprocess(self, payload: ChatbotDataMessages | None) -> list[Any]:
        """
        Parameters:
            payload: the history sent by the page or an API client.
        Returns:
            the history as messages-format dicts, or gr.Chatbot's normalized dicts with type="normalized".
        """
        normalized = super().preprocess(payload)
        if self.type == "normalized":
            return normalized
        try:
            return [message_from_normalized(message, index) for index, message in enumerate(normalized)]
        except ValueError as error:
            raise gr.Error(f"MessagesChatbot: {error}") from error
