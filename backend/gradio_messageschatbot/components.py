"""Gradio components embedded in messages: find their class and rebuild them for a handler."""

from __future__ import annotations

import functools
from typing import Any

from gradio import utils
from gradio.components.base import Component
from gradio.data_classes import GradioModel, GradioRootModel
from pydantic import ValidationError

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
    cls = component_class(block.component)
    args = {key: value for key, value in block.constructor_args.items() if key not in ("value", "render")}
    try:
        instance = cls(**args, render=False)
        value = instance.preprocess(_payload(instance, block.value))
        return cls(value=value, **args, render=False)
    except (TypeError, ValidationError) as error:
        raise ValueError(f"the {block.component} component's value is invalid: {error}") from None
