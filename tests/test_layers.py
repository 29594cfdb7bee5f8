"""``scripts/layers.py``, run by ``make lint``: the layers hold, and a back edge would be reported."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("layers", ROOT / "scripts" / "layers.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layers = _load()


def test_imports_flow_one_way_on_both_sides():
    assert layers.back_edges() == []


def test_a_back_edge_is_reported_with_its_place():
    wire = layers.BACKEND / "_model" / "wire.py"
    [problem] = layers._check(wire, "_model", iter([(7, "_pipeline")]), layers.BACKEND_LAYERS)
    assert problem == "backend/gradio_messageschatbot/_model/wire.py:7: '_model' imports '_pipeline', a higher layer"


def test_a_module_outside_the_layers_is_reported():
    [problem] = layers._check(layers.FRONTEND / "new" / "x.ts", "new", iter([]), layers.FRONTEND_LAYERS)
    assert "'new' is in no layer" in problem


def test_relative_imports_are_resolved_to_their_layer():
    edges = {target for _, target in layers.backend_imports(layers.BACKEND / "_kinds" / "component.py")}
    assert edges == {"_gradio", "_model", "_kinds", "errors"}  # `from . import embedded` stays in _kinds


def test_an_import_for_annotations_only_is_no_edge():
    edges = {target for _, target in layers.backend_imports(layers.BACKEND / "_formats" / "chat_interface.py")}
    assert "component" not in edges  # MessagesChatbot, under `if TYPE_CHECKING:`


def test_frontend_imports_are_read_from_svelte_and_ts():
    edges = {target for _, target in layers.frontend_imports(layers.FRONTEND / "log" / "ContentBlocks.svelte")}
    assert {"model", "views"} <= edges
