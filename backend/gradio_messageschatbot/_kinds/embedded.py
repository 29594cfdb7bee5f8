"""Gradio components embedded in messages: the kinds a chat can show, and their trip to the page and back.

A handler may put any component of :data:`EMBEDDED` in a message (the guides' lists are
written from it by ``scripts/docs.py``). On the way out each becomes a
block with Gradio's serialized value and the constructor arguments, signed
(:mod:`.trust`). On the way back the server builds a component of the block's
kind only, holding the value exactly as it was sent: files stay the same files
(nothing is decoded or encoded again), and constructor arguments are used only
when the signature shows that this server produced them.

A component built here remembers the value it was given. Returned unchanged by
the handler, it is sent as that value again without being rebuilt, so a turn
costs the same with no images in the history or fifty.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import gradio as gr
from gradio.components import Chatbot
from gradio.components.base import Component
from gradio.data_classes import FileData
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError, to_jsonable_python

from .. import _gradio
from .._gradio import DataframeData, GalleryData, ImageData, PlotData
from .._model.wire import ComponentBlock, check_json_data, problem_text
from .._security import trust
from .._security.files import check_readable, find_unmarked_file
from ..errors import MessagesChatbotError
from . import plots

Parse = Callable[[Any], Any]


@dataclasses.dataclass(frozen=True)
class Embeddable:
    """A Gradio component a message may embed: its class and how its serialized value maps to files and back.

    The page lists the same names in its own registry (``EMBEDDED`` in ``frontend/embedded/embedded.ts``),
    with what each one's value shows as; ``tests/kinds/test_embedded_registry.py`` compares the two."""

    name: str
    component: type[Component]
    parse: Parse
    """The serialized value checked and as plain JSON data; ``ValidationError``/``MessagesChatbotError`` if invalid."""
    files: Callable[[Any], list[dict[str, Any]]]
    """The file dicts inside a parsed value."""
    constructor_value: Callable[[Any], Any]
    """What ``component(value=...)`` takes to show the same value again without converting any file."""
    loads: Callable[[Any], str | None] | None = None
    """Where a parsed value makes the browser load from an address other than a file's (:mod:`.plots`)."""

    def loading_part(self, value: Any) -> str | None:
        return self.loads(value) if self.loads is not None and value is not None else None

    def validate(self, value: Any) -> Any:
        """The value as plain JSON data, or :class:`MessagesChatbotError` saying what is wrong."""
        if value is None:
            return None
        what = f"the {self.name} component's value"  # its depth was checked with the block (wire.ComponentBlock)
        if self.files is not _no_files:
            unmarked = find_unmarked_file(value)
            if unmarked is not None:
                raise MessagesChatbotError(
                    f"the {self.name} component refers to the file {unmarked!r}, which was not uploaded "
                    "(file dicts must carry meta={'_type': 'gradio.FileData'} so that Gradio can check them)"
                )
        try:
            return self.parse(value)
        except ValidationError as error:
            problem = error.errors()[0]
            where = ".".join(map(str, problem["loc"]))
            raise MessagesChatbotError(f"{what} is invalid: {where + ': ' if where else ''}{problem['msg']}") from None


def _model(model: type[BaseModel]) -> Parse:
    return lambda value: model.model_validate(value).model_dump(mode="json")


def _files(value: Any) -> Any:
    """gr.File's value: one file dict or a list of them."""
    if isinstance(value, list):
        return [FileData.model_validate(file).model_dump(mode="json") for file in value]
    return FileData.model_validate(value).model_dump(mode="json")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise MessagesChatbotError(f"the value must be a string, got {type(value).__name__}")
    return value


def _json(value: Any) -> Any:
    return value


def _no_files(value: Any) -> list[dict[str, Any]]:
    return []


def _one_file(value: Any) -> list[dict[str, Any]]:
    return [value]


def _file_list(value: Any) -> list[dict[str, Any]]:
    return value if isinstance(value, list) else [value]


def _gallery_files(value: Any) -> list[dict[str, Any]]:
    return [item.get("image") or item.get("video") for item in value]


def _path(file: dict[str, Any]) -> Any:
    """A file's path, or its URL for an image Gradio inlined as a data URL (SVG)."""
    return file.get("path") or file.get("url")


EMBEDDED: tuple[Embeddable, ...] = (
    Embeddable("image", gr.Image, _model(ImageData), _one_file, _path),
    Embeddable(
        "gallery",
        gr.Gallery,
        _model(GalleryData),
        _gallery_files,
        lambda value: [(_path(item.get("image") or item.get("video")), item.get("caption")) for item in value],
    ),
    Embeddable("audio", gr.Audio, _model(FileData), _one_file, _path),
    Embeddable("video", gr.Video, _model(FileData), _one_file, _path),
    Embeddable("model3d", gr.Model3D, _model(FileData), _one_file, _path),
    Embeddable(
        "file",
        gr.File,
        _files,
        _file_list,
        lambda value: [file["path"] for file in value] if isinstance(value, list) else value["path"],
    ),
    Embeddable("plot", gr.Plot, _model(PlotData), _no_files, lambda value: PlotData(**value), plots.loads_from),
    Embeddable("dataframe", gr.Dataframe, _model(DataframeData), _no_files, lambda value: value),
    Embeddable("json", gr.JSON, _json, _no_files, lambda value: value),
    Embeddable("html", gr.HTML, _text, _no_files, lambda value: value),
    Embeddable("markdown", gr.Markdown, _text, _no_files, lambda value: value),
)
_BY_NAME = {kind.name: kind for kind in EMBEDDED}
SUPPORTED = ", ".join(kind.component.__name__ for kind in EMBEDDED)


def embeddable_named(name: str) -> Embeddable:
    """The embeddable a block names; a clear error for any other component."""
    kind = _BY_NAME.get(name.lower()) if isinstance(name, str) else None
    if kind is None:
        raise MessagesChatbotError(f"the component {name!r} cannot be shown in a chat message (supported: {SUPPORTED})")
    return kind


def _embeddable_or_none(component: Component) -> Embeddable | None:
    return next((kind for kind in EMBEDDED if isinstance(component, kind.component)), None)


def embeddable_of(component: Component) -> Embeddable:
    kind = _embeddable_or_none(component)
    if kind is not None:
        return kind
    raise MessagesChatbotError(
        f"the {type(component).__name__} component cannot be shown in a chat message (supported: {SUPPORTED})"
    )


def files_in(component: Component) -> list[dict[str, Any]]:
    """The file dicts a component shows (none for a table, a plot or text)."""
    kind = _embeddable_or_none(component)
    if kind is None or not component.value:
        return []
    return [file for file in kind.files(component.value) if isinstance(file, dict)]


# --- page/client -> handler ------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Origin:
    """What a component built by :func:`receive` was given, to recognise it unchanged later."""

    block: ComponentBlock
    """What the handler got, as it goes back to the page; ``block.value`` is the very object it holds."""
    value_copy: Any
    """A copy of that value, to notice edits made in place."""


_ORIGINS: weakref.WeakKeyDictionary[Component, _Origin] = weakref.WeakKeyDictionary()
_warned_unsigned = False


def _signed_value(kind: Embeddable, value: Any) -> Any:
    """The part of a block's value its signature covers: a value that loads from an address (only this
    server may send one), else none."""
    return value if kind.loading_part(value) is not None else None


def _signature(kind: Embeddable, args: dict[str, Any] | None, value: Any) -> str | None:
    """The signature of a block this server sends; none when there is nothing to trust."""
    signed_value = _signed_value(kind, value)
    return trust.sign(kind.name, args or {}, signed_value) if args or signed_value is not None else None


def _is_signed(kind: Embeddable, block: ComponentBlock, value: Any) -> bool:
    return trust.is_signed(kind.name, block.constructor_args, block.signature, _signed_value(kind, value))


def trusted_args(kind: Embeddable, block: ComponentBlock, value: Any) -> dict[str, Any]:
    """The block's constructor arguments if this server signed them, else none."""
    if not block.constructor_args:
        return {}
    if _is_signed(kind, block, value):
        return dict(block.constructor_args)
    _warn_unsigned()
    return {}


def _warn_unsigned() -> None:
    global _warned_unsigned
    if not _warned_unsigned:
        _warned_unsigned = True
        warnings.warn(
            "MessagesChatbot: a component block came back without this server's signature, so its "
            f"constructor_args were not used. Behind several replicas, set {trust.SECRET_ENVIRONMENT_VARIABLE} "
            "to the same value on each.",
            stacklevel=2,
        )


def received_value(block: ComponentBlock) -> tuple[Embeddable, Any]:
    """The block's kind and its value, checked: files must be ones a client may name, and a value that makes
    the browser load from an address (a plot's data URL) must be one this server sent."""
    kind = embeddable_named(block.component)
    value = kind.validate(block.value)
    if value is not None:
        for file in kind.files(value):
            _check_file(file)
    loading_part = kind.loading_part(value)
    if loading_part is not None and not _is_signed(kind, block, value):
        raise MessagesChatbotError(
            f"the {kind.name} component's value loads from an address ({loading_part}), which only the app "
            "may send: a client's plot must hold its data inline"
        )
    return kind, value


def _check_file(file: dict[str, Any]) -> None:
    """A file in a received value must be readable by clients; an inline ``data:`` URL reads nothing."""
    if file.get("path"):
        check_readable(file["path"])
    elif not str(file.get("url") or "").startswith("data:"):
        check_readable(str(file.get("url") or ""))


def passed(block: ComponentBlock) -> ComponentBlock:
    """A block a handler returns as data (not as a component), as the page may show it.

    Where such a block came from is unknown (an event's value put into the history, a conversation the
    browser kept), so its value is held to the rules of a block a client sends (:func:`received_value`).
    And a file in it that has a path shows that path: Gradio shows a file's http(s) ``url`` instead when one
    is set, so the URL a client wrote beside an uploaded path would be what every viewer's browser loads.
    Gradio writes a file's ``url`` from its path itself, as it does for every file a client sends.
    """
    kind, value = received_value(block)
    if value is None or kind.files is _no_files:
        return block
    for file in kind.files(value):  # a copy: validate() dumps the parsed value
        if file.get("path"):
            file["url"] = None
    return block.model_copy(update={"value": value})


@dataclasses.dataclass(frozen=True)
class _Template:
    component: Component
    props: dict[str, Any]


_TEMPLATES: OrderedDict[tuple[str, str], _Template] = OrderedDict()
_TEMPLATES_LOCK = threading.Lock()
MAX_TEMPLATES = 256


def _template(kind: Embeddable, args: dict[str, Any]) -> _Template:
    """An empty component of ``kind`` built with ``args``, built once and copied for every message.

    Only trusted arguments reach here, and the least recently used templates are
    forgotten past ``MAX_TEMPLATES``; a miss only costs one build.
    """
    key = (kind.name, json.dumps(args, sort_keys=True, default=repr))
    with _TEMPLATES_LOCK:
        template = _TEMPLATES.get(key)
        if template is not None:
            _TEMPLATES.move_to_end(key)
            return template
    try:
        component = kind.component(**args, render=False)
    except (TypeError, ValueError) as error:
        raise MessagesChatbotError(f"the {kind.name} component cannot be built: {error}") from None
    template = _Template(component, _props(component.get_config()))
    with _TEMPLATES_LOCK:
        _TEMPLATES[key] = template
        while len(_TEMPLATES) > MAX_TEMPLATES:
            _TEMPLATES.popitem(last=False)
    return template


def receive(block: ComponentBlock) -> Component:
    """The component a handler receives for a block: of the block's kind, holding its value as sent."""
    kind, value = received_value(block)
    args = trusted_args(kind, block, value)
    template = _template(kind, args)
    component = _gradio.copy_component(template.component)
    if value is not None:
        _gradio.set_value(component, value, kind.constructor_value(value))
    sent = ComponentBlock.model_construct(  # built from checked parts: no second validation
        component=kind.name,
        value=value,
        constructor_args=args,
        props=template.props,
        signature=block.signature if args or _signed_value(kind, value) is not None else None,
    )
    _ORIGINS[component] = _Origin(sent, to_jsonable_python(value))
    return component


# --- handler -> page/client ------------------------------------------------------


def _props(config: dict[str, Any]) -> dict[str, Any]:
    """The component's config for the page, without its value: that travels once, as the block's value."""
    return {key: item for key, item in config.items() if key != "value"}


def _own_args(args: dict[str, Any]) -> dict[str, Any]:
    """Constructor arguments that describe the component: ``value`` travels apart, ``render`` is ours to set."""
    return {key: item for key, item in args.items() if key not in ("value", "render")}


def _edited_block(kind: Embeddable, component: Component, origin: _Origin) -> ComponentBlock | None:
    """A received component whose value the handler edited, as its block holding the value it holds now.

    Gradio would rebuild it from a constructor value, which for an image is a bare path: its name
    and the rest of the file dict would be lost. A value no longer in its served form (a new path,
    an array) goes through Gradio like a new component's; so do changed constructor arguments (``None``).
    """
    if _own_args(_gradio.constructor_args(component)) != origin.block.constructor_args:
        return None
    try:
        value = kind.validate(to_jsonable_python(component.value))
    except (MessagesChatbotError, PydanticSerializationError):
        _gradio.set_value(component, component.value, component.value)
        return None
    return origin.block.model_copy(
        update={
            "value": check_json_data(value, f"the {kind.name} component's value"),
            "signature": _signature(kind, origin.block.constructor_args, value),
        }
    )


def _unchanged(component: Component, origin: _Origin) -> bool:
    return (
        component.value is origin.block.value
        and to_jsonable_python(component.value) == origin.value_copy
        and _own_args(_gradio.constructor_args(component)) == origin.block.constructor_args
    )


def received_block(component: Component) -> ComponentBlock:
    """The block a component built by :func:`receive` stands for: server props and signature, value as sent."""
    return _ORIGINS[component].block


def _parsed(kind: Embeddable, value: Any) -> Any:
    """A serialized value as a received one reads (what a signature over it covers); only kinds whose
    values may load from an address are parsed."""
    return kind.validate(to_jsonable_python(value)) if kind.loads is not None else None


def send(chatbot: Chatbot, component: Component) -> ComponentBlock:
    """A returned component as a block: reused as received when unchanged, else serialized by Gradio and signed."""
    kind = embeddable_of(component)
    origin = _ORIGINS.get(component)
    if origin is not None:
        if _unchanged(component, origin):
            return origin.block
        edited = _edited_block(kind, component, origin)
        if edited is not None:
            return edited
    message = _gradio.serialize_component(chatbot, component)
    if message is None:
        raise MessagesChatbotError(f"the {type(component).__name__} component cannot be shown in a chat message")
    try:
        args = to_jsonable_python(_own_args(message.constructor_args))
    except PydanticSerializationError:  # arguments JSON cannot carry stay on the server, unsigned
        args = None
    try:
        return ComponentBlock(
            component=kind.name,
            value=message.value,
            constructor_args=args if args is not None else {},
            props=_props(message.props),
            signature=_signature(kind, args, _parsed(kind, message.value)),
        )
    except ValidationError as error:  # its data JSON cannot carry (wire.check_json_data)
        raise MessagesChatbotError(
            f"the {type(component).__name__} component: {problem_text(error.errors()[0])}"
        ) from None
