"""Gradio components embedded in messages: find their class and rebuild them for a handler."""

from __future__ import annotations

import functools
import json
from typing import Any

from gradio import utils
from gradio.components.base import Component
from gradio.data_classes import GradioModel, GradioRootModel
from pydantic import ValidationError

from .files import find_unchecked_file
from .wire import ComponentBlock


@functools.cache
def _component_classes() -> dict[str, type[Component]]:
    return {cls.__name__.lower(): cls for cls in utils.get_all_components() if issubclass(cls, Component)}


def component_class(name: str) -> type[Component]:
    """The component class a block names (``"image"`` -> ``gr.Image``); ``ValueError`` if none."""
    cls = _component_classes().get(name.lower())
    if cls is None:
        raise ValueError(f"unknown component {name!r}")
    return cls


@functools.cache
def _takes_files(cls: type[Component]) -> bool:
    """Whether the component's value can hold files (its data model has a ``path``)."""
    model = getattr(cls(render=False), "data_model", None)  # a property on some components
    if not isinstance(model, type) or not issubclass(model, GradioModel | GradioRootModel):
        return False
    return '"path"' in json.dumps(model.model_json_schema())


def check_component_files(block: ComponentBlock) -> None:
    """Refuse a file-taking component whose value names a file Gradio did not check.

    A JSON or HTML value may hold a ``"path"`` key as plain data; only
    components whose values are files are looked at.
    """
    if not _takes_files(component_class(block.component)):
        return
    path = find_unchecked_file(block.value)
    if path is not None:
        raise ValueError(
            f"the {block.component} component refers to the file {path!r}, which was not uploaded "
            "(file dicts must carry meta={'_type': 'gradio.FileData'} so that Gradio can check them)"
        )


def _payload(instance: Component, value: Any) -> Any:
    """``value`` as the data model the component's preprocess expects."""
    model = instance.data_model
    if model is None or value is None:
        return value
    if isinstance(value, list) and issubclass(model, GradioModel) and len(value) == 1:
        value = value[0]  # a single-file component's value arrives as a one-item list
    if issubclass(model, GradioModel | GradioRootModel):
        return model.model_validate(value)
    return value


def instantiate(block: ComponentBlock) -> Component:
    """A fresh, unrendered component built with the block's constructor arguments,
    holding the preprocessed value, which is what a handler gets for an embedded component."""
    check_component_files(block)
    cls = component_class(block.component)
    args = {key: value for key, value in block.constructor_args.items() if key not in ("value", "render")}
    try:
        instance = cls(**args, render=False)
        value = instance.preprocess(_payload(instance, block.value))
        return cls(value=value, **args, render=False)
    except (TypeError, ValidationError) as error:
        raise ValueError(f"the {block.component} component's value is invalid: {error}") from None
