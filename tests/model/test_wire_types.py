"""The page's TypeScript wire types say what the Python wire model sends.

The page reads the history through TypeScript interfaces (``FileData``,
``Metadata``, ``TextBlock``, ``WireMessage``, ...). This test reads those
declarations from the frontend's sources, wherever they live, and compares them
field by field with the pydantic models in ``_model/wire.py``: same fields, same
types, and every field the server may leave out or send as ``null`` declared so.
A field added on one side only fails here.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Any, Literal, Union

import pytest
from gradio.data_classes import FileData
from gradio_messageschatbot._model import wire
from paths import ROOT
from pydantic import BaseModel

FRONTEND = ROOT / "frontend"

MODELS: dict[str, type[BaseModel]] = {
    "FileData": FileData,
    "Metadata": wire.Metadata,
    "MetadataFields": wire.MetadataFields,
    "Option": wire.Option,
    "Source": wire.Source,
    "TextBlock": wire.TextBlock,
    "FileBlock": wire.FileBlock,
    "ComponentBlock": wire.ComponentBlock,
    "WireMessage": wire.WireMessage,
    "Version": wire.Version,
}
NOT_READ_BY_THE_PAGE = {("FileData", "meta")}  # Gradio's marker for uploaded files; the page never reads it

Atom = str | tuple[str, frozenset[Any]]  # a name or primitive, or ("array", its items)


# --- TypeScript -------------------------------------------------------------------------


def _declarations() -> tuple[dict[str, dict[str, tuple[str, bool]]], dict[str, str]]:
    """``(interfaces, aliases)`` exported by the frontend's own sources: fields as (type, optional)."""
    interfaces: dict[str, dict[str, tuple[str, bool]]] = {}
    aliases: dict[str, str] = {}
    bases: dict[str, str] = {}
    for path in FRONTEND.rglob("*.ts"):
        if "node_modules" in path.parts or path.name.endswith((".test.ts", ".d.ts")):
            continue
        source = re.sub(r"/\*.*?\*/|//[^\n]*", "", path.read_text(), flags=re.S)
        for name, base, body in re.findall(
            r"export interface (\w+)(?: extends (\w+))? \{(.*?)\n\}", source, flags=re.S
        ):
            fields = re.findall(r"^\s*(\w+)(\??):\s*(.+?);\s*$", body, flags=re.M)
            interfaces[name] = {field: (kind, optional == "?") for field, optional, kind in fields}
            if base:
                bases[name] = base
        for name, kind in re.findall(r"export type (\w+) = ([^;]+);", source):
            aliases[name] = " ".join(kind.split())
    for name, base in bases.items():  # an interface holds its base's fields too
        interfaces[name] = {**interfaces[base], **interfaces[name]}
    return interfaces, aliases


INTERFACES, ALIASES = _declarations()


def _ts_union(text: str) -> frozenset[Atom]:
    members: set[Atom] = set()
    for member in (part.strip() for part in text.split("|")):
        if member.endswith("[]"):
            members.add(("array", _ts_union(member[:-2].strip("()"))))
        elif member in ALIASES:
            members |= _ts_union(ALIASES[member])
        else:
            members.add(member)
    return frozenset(members)


# --- Python ---------------------------------------------------------------------------------


def _py_union(annotation: Any) -> frozenset[Atom]:
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        return frozenset().union(*(_py_union(arg) for arg in typing.get_args(annotation)))
    if origin is Literal:
        return frozenset(f'"{value}"' for value in typing.get_args(annotation))
    if origin is list:
        return frozenset({("array", _py_union(typing.get_args(annotation)[0]))})
    if origin is dict:
        return frozenset({"Record<string, unknown>"})
    names = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null", Any: "unknown"}
    if annotation in names:
        return frozenset({names[annotation]})
    ts_name = next((name for name, model in MODELS.items() if model is annotation), None)
    assert ts_name, f"no TypeScript name for {annotation!r}: add it to MODELS"
    return frozenset({ts_name})


# --- the comparison ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MODELS))
def test_typescript_declares_what_python_sends(name):
    assert name in INTERFACES, f"no `export interface {name}` in {FRONTEND}"
    declared = INTERFACES[name]
    fields = MODELS[name].model_fields
    sent = {field for field in fields if (name, field) not in NOT_READ_BY_THE_PAGE}
    assert set(declared) == sent, f"{name}: TypeScript has {sorted(declared)}, Python sends {sorted(sent)}"
    for field in sent:
        info = fields[field]
        python = _py_union(info.annotation)
        ts_type, optional = declared[field]
        typescript = _ts_union(ts_type)
        where = f"{name}.{field}: TypeScript `{ts_type}`{' (optional)' if optional else ''}, Python {info.annotation}"
        assert typescript - {"null"} == python - {"null"} or typescript == {"unknown"} == python, where
        may_be_missing = "null" in python and info.default is None
        if may_be_missing:
            assert optional or "null" in typescript, f"{where}: the server may leave it out or send null"
        if "null" in typescript:
            assert "null" in python, f"{where}: the server never sends null"


def test_content_blocks_are_the_content_kinds():
    """The page's ContentBlock union holds one block per backend content kind, tagged with the kind's name."""
    from gradio_messageschatbot._kinds import KINDS

    blocks = _ts_union(ALIASES["ContentBlock"])
    tags = {INTERFACES[block]["type"][0] for block in blocks if isinstance(block, str)}
    assert tags == {f'"{kind.name}"' for kind in KINDS}


def test_the_history_type_prop_lists_every_type():
    from gradio_messageschatbot.component import HISTORY_TYPES

    assert "ChatbotProps" in INTERFACES, f"no `export interface ChatbotProps` in {FRONTEND}"
    declared, _ = INTERFACES["ChatbotProps"]["type"]
    assert _ts_union(declared) == {f'"{history_type}"' for history_type in HISTORY_TYPES}
