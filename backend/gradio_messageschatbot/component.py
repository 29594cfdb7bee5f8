"""The ``MessagesChatbot`` component: ``gr.Chatbot`` that speaks the messages format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import gradio as gr
from gradio.i18n import I18nData

from . import _gradio
from ._events.approval import approval_handler
from ._events.data import SHAPES, checked_handler
from ._formats import chat_interface
from ._formats.openai_handout import hand_out, take_back
from ._gradio import (
    INPUT,
    STOP,
    STOPPABLE,
    TOOL_APPROVABLE,
    TOOL_APPROVAL,
    ChatbotDataMessages,
    ExampleMessage,
    Message,
)
from ._kinds import embedded
from ._model.fields import AnyMessage
from ._model.messages import ChatMessage, MessageDict
from ._model.wire import ComponentBlock, MessagesHistory
from ._pipeline import sent
from ._pipeline.cache import MAX_BYTES, MessageCache
from ._pipeline.incoming import handler_message, normalized_message
from ._pipeline.moved import MovedFiles, key_of
from ._pipeline.outgoing import wire_message
from ._pipeline.reasoning import split_reasoning
from ._security import trust
from .errors import MessagesChatbotError, shown_to_user

if TYPE_CHECKING:
    from gradio.components import Button, Timer

    from ._gradio import Dependency

HistoryType = Literal["messages", "normalized", "openai"]
HISTORY_TYPES: tuple[HistoryType, ...] = get_args(HistoryType)

# The delimiters people write LaTeX with (gr.Chatbot only takes "$$"); the page pairs a single "$"
# only as Pandoc does, so prices stay text.
DEFAULT_LATEX_DELIMITERS: list[dict[str, str | bool]] = [
    {"left": "$$", "right": "$$", "display": True},
    {"left": "$", "right": "$", "display": False},
    {"left": "\\(", "right": "\\)", "display": False},
    {"left": "\\[", "right": "\\]", "display": True},
]


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

    Functions receive the history as ``{"role", "content"}`` dicts (``type="messages"``), as Gradio 6's
    normalized form (``type="normalized"``) or as OpenAI chat-completions messages (``type="openai"``).
    Everything ``gr.Chatbot`` accepts can be returned.

    The events are ``gr.Chatbot``'s, with the same event data. ``change``; ``select``, ``example_select``
    and ``option_select`` (``gr.SelectData``); ``like`` (``gr.LikeData``, with the rated group of
    messages); ``retry`` and ``undo`` (``gr.RetryData``, ``gr.UndoData``, with the user's last turn);
    ``clear``; ``copy`` (``gr.CopyData``); ``edit`` (``gr.EditData``, with the new and previous text).
    Three more: ``tool_approval`` (``ToolApprovalData``), when the user approves or denies a tool call whose
    ``tool_state`` is "awaiting-approval" (the history is the handler's first input); ``stop``: wired
    (``chatbot.stop(None, cancels=[reply_event])``), it shows a stop button while a reply streams; and ``input``,
    when the user picks another version of a reply. ``like`` and ``tool_approval`` default to
    ``trigger_mode="multiple"``, so that a comment or a second decision sent while a handler runs is not dropped.
    """

    data_model: type[ChatbotDataMessages] = MessagesHistory
    stop: Callable[..., Dependency]
    input: Callable[..., Dependency]
    """Added after the class (see ``_gradio.add_event``), like ``tool_approval``'s listener, which the method
    of that name wraps; gr.Chatbot's own events are wrapped below (:func:`_checked_listener`)."""

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
        feedback_comment: bool = False,
    ):
        """
        Parameters:
            value: The history shown first: a list of messages, each a {"role": "user" | "assistant" | "system", "content": ...} dict or a ChatMessage, where content is markdown text, a file ({"path": ...}), a Gradio component (gr.Image, gr.Plot, ...) or a list of these. A function is called at every page load to compute it.
            type: What event functions receive: "messages" (role/content dicts; text alone is one str, files are file dicts, components are component instances), "normalized" (gr.Chatbot 6's lists of {"type": "text" | "file" | "component"} blocks) or "openai" (OpenAI chat-completions messages, ready to send). "tuples" raises an error explaining how to convert.
            cache_max_bytes: Estimated memory, for all sessions together, that may keep converted messages between updates so that streaming into a long history converts only what changed. Least recently used histories are dropped past it, a larger history is converted whole at every update, and a history idle for 30 seconds is dropped. 0 keeps nothing.
            label: The label shown above the chatbot; also the header of an examples table. Inside gr.Interface, None means the name of the parameter the component is assigned to.
            every: If `value` is a function, recompute it on this Timer's ticks, or every this many seconds (a float). No effect otherwise.
            inputs: If `value` is a function, the components whose values it takes; `value` is recomputed whenever one of them changes. No effect otherwise.
            show_label: Whether to show the label.
            container: If True, the chatbot sits in a padded container with a border.
            scale: Width relative to the neighbours in a Row (scale=2 is twice as wide as scale=1); also applies to top-level components in Blocks(fill_height=True). An integer.
            min_width: Minimum width in pixels; the row wraps before the chatbot gets narrower, whatever its scale.
            visible: False hides the chatbot; "hidden" keeps it in the page but takes no space in the layout.
            elem_id: An id for the chatbot's HTML element, for CSS.
            elem_classes: Classes for the chatbot's HTML element, for CSS.
            autoscroll: If True, the chat follows new content to the bottom, until the user scrolls up; a button jumps back down.
            render: If False, the chatbot is not placed in the enclosing Blocks now; call .render() later (events can be attached before).
            key: Inside gr.render, components with the same key across re-renders are the same component; the properties named in `preserved_by_key` keep their values.
            preserved_by_key: The constructor parameters whose values (changed by the user or an event) survive a re-render with the same key inside gr.render.
            height: Height in pixels (a number) or any CSS size (a string); longer histories scroll.
            resizable: If True, the user can resize the chatbot by dragging its bottom right corner.
            max_height: Maximum height in pixels or CSS units: a shorter history shrinks the chatbot, a longer one scrolls. No effect when `height` is smaller.
            min_height: Minimum height in pixels or CSS units: a longer history grows the chatbot. No effect when `height` is larger.
            editable: "user" lets the user edit their own messages, "all" every message; None allows no editing. An edit fires the `edit` event (gr.EditData).
            latex_delimiters: How LaTeX is found in text: a list of {"left": str, "right": str, "display": bool} dicts. None means the four usual pairs: double dollars and \\[ \\] (display), single dollars and \\( \\) (inline), where a single dollar counts only as Pandoc counts it, so prices stay text. An empty list turns LaTeX off.
            rtl: If True, text runs right to left.
            buttons: Toolbar buttons: "copy" (a copy button on each message), "copy_all" (the whole chat) and gr.Button instances (shown in the toolbar with their label and icon; a click fires the button's own `click` events, as in gr.Chatbot). "share" is not shown (it works only on Hugging Face Spaces).
            watermark: Text appended, after a blank line, to whatever is copied from the chatbot (e.g. to say it was generated by a model).
            avatar_images: Two image paths or URLs, for the user and the assistant in that order; None for either shows none. Paths must lie in the app's working directory.
            sanitize_html: If True, HTML in messages is sanitized before it is shown. Turning it off lets messages run scripts: do not, for text you do not control.
            render_markdown: If True, text is rendered as Markdown; if False, shown as written.
            feedback_options: The feedback a user can give an assistant message. "Like" and "Dislike" (exact case) show as thumbs; other options are listed under a flag icon. Each choice fires the `like` event (gr.LikeData).
            feedback_value: The feedback already given: one entry per assistant group of messages, in order, an option or None.
            line_breaks: If True, a single newline in Markdown text breaks the line (GitHub style); if False, it is ignored. Only with `render_markdown`.
            layout: "bubble" (the default) shows user and assistant messages on alternating sides in bubbles; "panel" shows them full width, one under the other.
            placeholder: Markdown (HTML allowed) shown centered while the chat is empty; None shows nothing.
            examples: Example messages shown while the chat is empty, each a dict with optional "text", "files" (a list of paths), "icon" (an image path or URL) and "display_text" (shown instead of "text"). Clicking one fires `example_select`.
            allow_file_downloads: If True, media and files in messages get a download button.
            group_consecutive_messages: If True, consecutive messages of the same role share one bubble; if False, each message has its own.
            allow_tags: Tags kept in text even when `sanitize_html` is on: a list such as ["thinking"], True for every non-standard HTML tag, False for none.
            reasoning_tags: Pairs (open, close) such as [("<think>", "</think>")]: text between them in an assistant message is shown as a separate collapsible "Reasoning" thought before the answer, pending while a tag is still open. None extracts nothing.
            like_user_message: If True, user messages get feedback buttons too.
            feedback_comment: If True, choosing feedback opens an optional comment box under the message; sending it fires `like` again with the same index and `liked`, and as value {"content": [the rated contents], "comment": the text}.
        """
        trust.check_secret()  # at start, not at the first signature
        self.feedback_comment = feedback_comment
        self.type = check_history_type(type)
        self._cache: MessageCache[Any] = MessageCache(max_bytes=cache_max_bytes)
        self._moved = MovedFiles()
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
            latex_delimiters=DEFAULT_LATEX_DELIMITERS if latex_delimiters is None else latex_delimiters,
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
            the history as a list of messages: {"role", "content"} dicts whose content is a str (all text joined), a file dict, a component or a list of these; with type="normalized", gr.Chatbot 6's dicts of content blocks; with type="openai", OpenAI chat-completions messages.
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
            value: the history as a list of messages: {"role", "content"} dicts or ChatMessage, whose content is markdown text, a file ({"path": ...}), a component or a list of these; gr.Chatbot 6's normalized dicts and OpenAI messages are taken too.
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
            return sent.history(self._cache.convert(history, self._sent_message))

    def _sent_message(self, message: Any, index: int) -> sent.Sent:
        converted = wire_message(message, index, self._component_block)
        if not self.reasoning_tags:
            return sent.sent([converted])
        return sent.sent(split_reasoning(converted, self.reasoning_tags, _gradio.reasoning_extractor(self)))

    def _component_block(self, component: gr.components.Component) -> ComponentBlock:
        return embedded.send(self, component)

    async def async_move_resource_to_block_cache(self, url_or_file_path: str | Path | None) -> str | None:
        """Gradio's copy of a file of the output into its cache, made once per file (:mod:`._pipeline.moved`):
        Gradio asks for it at every streamed yield, for every file in the history, after its checks."""
        key = key_of(url_or_file_path)
        copy = self._moved.get(key)
        if copy is not None:
            self.temp_files.add(copy)  # as Gradio does with every copy it hands out
            return copy
        copy = await super().async_move_resource_to_block_cache(url_or_file_path)
        self._moved.put(key, copy)
        return copy

    # --- gr.ChatInterface and the events the chat sends ----------------------

    def render(self) -> MessagesChatbot:
        super().render()  # type: ignore[no-untyped-call]  # Gradio leaves it unannotated
        interface = _gradio.enclosing_chat_interface(self)
        if interface is not None:
            chat_interface.fit(interface, self)
        return self

    def tool_approval(
        self,
        fn: Callable[..., Any],
        inputs: gr.components.Component | Sequence[gr.components.Component] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Run ``fn`` when the user approves or denies a tool call awaiting approval. The chatbot's history is
        ``fn``'s first input (before ``inputs``): the call is checked against it (only a call awaiting approval
        there can be decided) and ``fn``'s ``ToolApprovalData`` parameter gets its id, name and arguments from it."""
        extra = [] if inputs is None else [inputs] if isinstance(inputs, gr.components.Component) else list(inputs)
        kwargs.setdefault("trigger_mode", "multiple")  # approving one call while another's handler runs
        return _tool_approval(self, approval_handler(fn, self.type), [self, *extra], *args, **kwargs)

    def get_config(self, cls: type[gr.blocks.Block] | None = None) -> dict[str, Any]:
        # Gradio copies only its own events' flags into the page's props; the buttons show only with a handler.
        return {
            **super().get_config(cls),
            TOOL_APPROVABLE: getattr(self, TOOL_APPROVABLE, False),
            STOPPABLE: getattr(self, STOPPABLE, False),
        }

    # --- API description -------------------------------------------------------

    def example_payload(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]

    def example_value(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]


def _checked_listener(event: str) -> Callable[..., Any]:
    """gr.Chatbot's listener for ``event``, registering the handler with its event data checked
    (:func:`checked_handler`) and gr.ChatInterface's flagging callback fitted (:func:`chat_interface.fitted_listener`).
    ``like`` defaults to ``trigger_mode="multiple"``: a comment sent while the handler still runs the rating is
    not dropped."""
    listener = getattr(gr.Chatbot, event)

    def on_event(self: MessagesChatbot, fn: Any = "decorator", *args: Any, **kwargs: Any) -> Any:
        if isinstance(fn, str) and fn == "decorator":  # @chatbot.like(...) registers the function it decorates

            def register(decorated: Callable[..., Any]) -> Callable[..., Any]:
                on_event(self, decorated, *args, **kwargs)
                return decorated

            return register
        if event == "like":
            kwargs.setdefault("trigger_mode", "multiple")
        return listener(self, checked_handler(chat_interface.fitted_listener(fn, self), event), *args, **kwargs)

    on_event.__name__ = on_event.__qualname__ = event
    on_event.__doc__ = listener.__doc__
    return on_event


for _event in SHAPES:
    setattr(MessagesChatbot, _event, _checked_listener(_event))
# Every event beyond gr.Chatbot's, one way, in the order the page and the docs list them.
_tool_approval = _gradio.add_event(MessagesChatbot, TOOL_APPROVAL)
_gradio.add_event(MessagesChatbot, STOP)
_gradio.add_event(MessagesChatbot, INPUT)
