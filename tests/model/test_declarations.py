"""The public typed dicts say what the wire model holds: each message field is declared once per side.

A handler writes messages as ``MessageDict``/``MetadataDict``/``SourceDict``/... (``_model/messages.py``); the
server checks and sends them as the pydantic models of ``_model/wire.py``; the page reads those through
``model/types.ts``, which ``test_wire_types.py`` compares with the models. This test closes the triangle:
every typed dict has the fields of its model, with the same types (``None`` aside: a typed dict leaves a
field out where the model holds ``None``). A field added to one declaration only fails here or there.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union

import pytest
from gradio.data_classes import FileData
from gradio_messageschatbot._gradio import FileDataDict
from gradio_messageschatbot._model import messages, wire
from pydantic import BaseModel
from typing_extensions import get_type_hints  # typing's own keeps typing_extensions.NotRequired on Python 3.10

PAIRS: dict[Any, type[BaseModel]] = {
    messages.MetadataDict: wire.Metadata,
    messages.SourceDict: wire.Source,
    messages.OptionDict: wire.Option,
    FileDataDict: FileData,
}
ONLY_IN_THE_DICT = {
    (FileDataDict, "alt_text"): "the messages format's file dict carries its alt text; the wire's FileBlock holds it",
}
AS_DICTS = {
    (messages.MetadataDict, "versions"): "typed as plain dicts: a typed dict naming itself loops Gradio's docs",
}

Atom = Any  # a type, a literal value, or ("list", its items)


def _atoms(annotation: Any) -> frozenset[Atom]:
    """A type as the set of what it admits, ``None`` left out, typed dicts named by their models."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        return frozenset().union(*(_atoms(arg) for arg in typing.get_args(annotation)))
    if origin is Literal:
        return frozenset(typing.get_args(annotation))
    if origin is list:
        return frozenset({("list", _atoms(typing.get_args(annotation)[0]))})
    if origin is dict:
        return frozenset({dict})
    if annotation is type(None):
        return frozenset()
    if annotation not in PAIRS and isinstance(annotation, type) and issubclass(annotation, dict):  # FileDataMeta
        return frozenset({dict})
    return frozenset({PAIRS.get(annotation, annotation)})


@pytest.mark.parametrize("typed_dict", list(PAIRS), ids=lambda typed_dict: typed_dict.__name__)
def test_a_typed_dict_declares_its_models_fields(typed_dict):
    model = PAIRS[typed_dict]
    hints = get_type_hints(typed_dict)
    extra = {field for field in hints if (typed_dict, field) in ONLY_IN_THE_DICT}
    assert set(hints) - extra == set(model.model_fields), (
        f"{typed_dict.__name__} has {sorted(set(hints) - extra)}, {model.__name__} has {sorted(model.model_fields)}"
    )
    for field, info in model.model_fields.items():
        if (typed_dict, field) in AS_DICTS:
            assert _atoms(hints[field]) == {("list", frozenset({dict}))}
            continue
        assert _atoms(hints[field]) == _atoms(info.annotation), (
            f"{typed_dict.__name__}.{field} is {hints[field]}, {model.__name__}.{field} is {info.annotation}"
        )


def test_a_message_dict_has_the_wire_messages_fields():
    """Content differs by design (a handler's values, the wire's items); the fields are the same."""
    assert set(get_type_hints(messages.MessageDict)) == set(wire.WireMessage.model_fields)
