"""The data of an event a client fires, checked before any handler sees it.

Gradio builds a handler's ``gr.SelectData``, ``gr.LikeData``, ... from whatever JSON the request
carried, and checks only that a ``{"path": ...}`` dict in it names an upload. Handlers then put the
values into the history, and gr.ChatInterface's own handlers do so with no app code at all: an edit's
value becomes the message sent next (where a ``{"text", "files"}`` dict names files by bare strings),
an example's value is appended as a message dict, metadata included. So each event's data must have
the shape the page sends (:data:`SHAPES`), or the event is refused with an error naming the field.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable, Mapping
from typing import Any

import gradio as gr

from ..errors import MessagesChatbotError, shown_to_user


def _index(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _anything(value: Any) -> bool:
    return True


def _feedback(value: Any) -> bool:
    return isinstance(value, bool | str)


_EXAMPLE_TEXTS = ("text", "display_text")
_EXAMPLE_FILES = ("files", "icon")


def _example(value: Any) -> bool:
    """An example as the chatbot's config holds it: texts, and files as file dicts (which Gradio checks)."""
    if not isinstance(value, Mapping) or not set(value) <= {*_EXAMPLE_TEXTS, *_EXAMPLE_FILES}:
        return False
    files = value.get("files", [])
    return (
        all(value.get(key) is None or isinstance(value[key], str) for key in _EXAMPLE_TEXTS)
        and isinstance(files, list)
        and all(isinstance(file, Mapping) for file in files)
        and (value.get("icon") is None or isinstance(value["icon"], Mapping))
    )


Field = tuple[Callable[[Any], bool], str]
"""A check of one field, and what it says the field must be."""

_AT: Field = (_index, "a message index (an integer, 0 or more)")
_CONTENT: Field = (_anything, "")
SHAPES: dict[str, dict[str, Field]] = {
    "select": {"index": _AT, "value": _CONTENT},
    "like": {"index": _AT, "value": _CONTENT, "liked": (_feedback, "true, false or a feedback option")},
    "retry": {"index": _AT, "value": _CONTENT},
    "undo": {"index": _AT, "value": _CONTENT},
    "edit": {"index": _AT, "value": (_text, "the new text"), "previous_value": (_text, "the text before")},
    "option_select": {"index": _AT, "value": (_text, "an option's value (a string)")},
    "example_select": {
        "index": _AT,
        "value": (_example, "an example: 'text', 'display_text', 'files' (file dicts) and 'icon' (a file dict)"),
    },
    "copy": {"value": (_text, "the copied text")},
}
"""What the page sends with each event (``frontend/Index.svelte``); message contents are checked where used."""


def check_event_data(event: str, data: Any) -> None:
    """Nothing if ``data`` has the shape the page sends with ``event``, else an error naming the field."""
    if not isinstance(data, Mapping):
        raise MessagesChatbotError(f"{event} event data must be a dict, got {type(data).__name__}")
    for name, (check, what) in SHAPES[event].items():
        if name not in data:
            raise MessagesChatbotError(f"{event} event data has no {name!r}")
        if not check(data[name]):
            raise MessagesChatbotError(f"{event} event data: {name!r} must be {what}, got {repr(data[name])[:100]}")


_CHECKED_CLASSES: dict[tuple[type[gr.EventData], str], type[gr.EventData]] = {}


def checked_data_class(base: type[gr.EventData], event: str) -> type[gr.EventData]:
    """``base`` (``gr.LikeData``, ...) built only from data that :func:`check_event_data` accepts."""
    if (base, event) not in _CHECKED_CLASSES:
        _CHECKED_CLASSES[base, event] = _checked_subclass(base, event)
    return _CHECKED_CLASSES[base, event]


def _checked_subclass(base: type[gr.EventData], event: str) -> type[gr.EventData]:

    def __init__(self: gr.EventData, target: Any, data: Any) -> None:
        with shown_to_user():  # Gradio builds event data where no other boundary would turn our error into its own
            check_event_data(event, data)
        base.__init__(self, target, data)

    return type(base.__name__, (base,), {"__init__": __init__, "__doc__": base.__doc__})


def same_kind_wrapper(fn: Callable[..., Any], prepare: Callable[[tuple[Any, ...]], list[Any]]) -> Callable[..., Any]:
    """A function, generator or coroutine function like ``fn`` that calls ``fn`` with ``prepare(args)``.

    Gradio reads a handler's signature (through ``__wrapped__``) and its annotations: both are ``fn``'s.
    """
    if inspect.isgeneratorfunction(fn):

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            yield from fn(*prepare(args), **kwargs)
    elif inspect.iscoroutinefunction(fn):

        async def wrapper(*args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
            return await fn(*prepare(args), **kwargs)
    elif inspect.isasyncgenfunction(fn):

        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            async for item in fn(*prepare(args), **kwargs):
                yield item
    else:

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return fn(*prepare(args), **kwargs)

    functools.update_wrapper(wrapper, fn)
    return wrapper


def checked_handler(fn: Any, event: str) -> Any:
    """``fn``, with the event data it takes (a parameter annotated ``gr.SelectData``, ``gr.LikeData``, ...)
    checked first. Gradio fills that parameter by building the annotated class from the request's data,
    so the wrapper's annotations name the checked subclass instead."""
    if not callable(fn):
        return fn
    try:
        hints = typing.get_type_hints(fn)
    except (NameError, TypeError):  # Gradio reads no event data from hints it cannot resolve either
        return fn
    checked = {
        name: checked_data_class(hint, event)
        for name, hint in hints.items()
        if isinstance(hint, type) and issubclass(hint, gr.EventData)
    }
    if not checked:
        return fn
    wrapper = same_kind_wrapper(fn, list)
    wrapper.__annotations__ = {**hints, **checked}
    return wrapper
