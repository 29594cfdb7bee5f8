"""The registry of content kinds: every item has exactly one kind, and every kind is complete."""

from __future__ import annotations

import re
import typing

import gradio as gr
import pytest
from gradio_messageschatbot import _kinds as kinds
from gradio_messageschatbot._kinds.kind import ContentKind
from gradio_messageschatbot._model import wire
from gradio_messageschatbot.errors import MessagesChatbotError
from paths import ROOT

PAGE_KINDS = ROOT / "frontend" / "kinds"


def _wire_item_types() -> list[type]:
    return [typing.get_origin(member) or member for member in typing.get_args(wire.ContentItem)]


def test_every_wire_item_type_belongs_to_exactly_one_kind():
    for item_type in _wire_item_types():
        owners = [kind.name for kind in kinds.KINDS if issubclass(item_type, kind.wire_types)]
        assert len(owners) == 1, (
            f"{item_type.__name__} belongs to {owners or 'no kind'}: add it to one kind's wire_types"
        )


def test_every_kind_names_its_tagged_block_on_the_wire():
    """A kind's name is the ``type`` of its wire block, which is what the page's ContentBlock union is tagged by."""
    tags = {
        model.model_fields["type"].default
        for model in _wire_item_types()
        if isinstance(model, type) and "type" in getattr(model, "model_fields", {})
    }
    assert tags == {kind.name for kind in kinds.KINDS}
    assert len({kind.name for kind in kinds.KINDS}) == len(kinds.KINDS)


def test_a_kind_must_provide_every_conversion():
    class Partial(ContentKind):
        name = "partial"
        described = "half a kind"
        wire_types = ()

        def takes(self, item: object) -> bool:
            return False

    with pytest.raises(TypeError, match="abstract"):
        Partial()


@pytest.mark.parametrize(
    ("item", "kind"),
    [("hello", kinds.TEXT), ({"path": "a.png"}, kinds.FILE), (gr.Markdown("hi"), kinds.COMPONENT), (42, None)],
)
def test_a_handlers_item_has_its_kind(item, kind):
    assert kinds.held(item) is kind
    assert kinds.text_of(item) == ("hello" if kind is kinds.TEXT else "")


def test_an_unknown_item_is_refused_with_what_is_accepted():
    with pytest.raises(MessagesChatbotError, match="use a string, a file dict with 'path', a Gradio component, or a"):
        kinds.returned(object(), send=lambda component: pytest.fail("nothing to send"))
    with pytest.raises(MessagesChatbotError, match=r"'type' \('text', 'file' or 'component'\); got keys \['x'\]"):
        kinds.returned({"x": 1}, send=lambda component: pytest.fail("nothing to send"))


def test_every_kind_has_its_module_and_tests_on_the_page():
    """One module per side: the page's ``kinds/<name>.ts`` with its tests, listed in ``kinds/index.ts``."""
    listed = re.search(r"const KINDS: Kinds = \{([^}]*)\}", (PAGE_KINDS / "index.ts").read_text())
    assert listed, "kinds/index.ts no longer lists its kinds as `const KINDS: Kinds = { ... }`"
    assert sorted(name.strip() for name in listed[1].split(",")) == sorted(kind.name for kind in kinds.KINDS)
    for kind in kinds.KINDS:
        assert (PAGE_KINDS / f"{kind.name}.ts").is_file(), f"the page has no frontend/kinds/{kind.name}.ts"
        assert (PAGE_KINDS / f"{kind.name}.test.ts").is_file(), f"frontend/kinds/{kind.name}.ts has no tests"
