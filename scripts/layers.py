"""Check that imports flow one way between the layers of the backend and of the frontend.

Each side's layers are listed once, lowest first. A module may import its own layer and the ones
below it; an import of a higher layer (a back edge) fails ``make lint`` with the file, the line and the
two layers. Every module must belong to a layer, so a new folder is placed before it can be used.

The backend is read with :mod:`ast` (relative and absolute imports; an import under ``if TYPE_CHECKING``
names a type for annotations only and is not an edge). The frontend's ``.ts``/``.svelte``/``.js`` files
are read for their relative ``import``/``export ... from`` specifiers, which is all they use (tests,
``*.test.ts``, are left out: they may build their cases with any layer).
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "gradio_messageschatbot"
BACKEND = ROOT / "backend" / PACKAGE
FRONTEND = ROOT / "frontend"

BACKEND_LAYERS: list[tuple[str, ...]] = [
    ("errors", "_gradio"),  # the exception type, and every use of Gradio's internals
    ("_security",),  # files, URLs, signatures: what may be read, fetched or trusted
    ("_model",),  # the typed shapes of a history and the wire model they travel in
    ("_kinds",),  # the content kinds and the embedded components they may hold
    ("_pipeline",),  # handler values <-> wire, the cache
    ("_formats",),  # OpenAI, transformers, tuples, ChatInterface
    ("_events",),  # the data of client events, tool approval
    ("component",),  # MessagesChatbot
    ("__init__",),  # the public names
]
"""The backend's layers, lowest first: a top-level module or package of the package each."""

FRONTEND_LAYERS: list[tuple[str, ...]] = [
    ("strings.ts", "scope.js"),  # the words the chat shows; the class that confines styles
    ("model",),  # the wire types and plain logic on messages: nothing of ours below
    ("kinds",),  # the content kinds and their registry
    ("pipeline",),  # whole messages through the kinds: wire -> page, page -> text
    ("state", "views", "embedded", "chrome", "log"),  # the page's parts (no order among them yet)
    ("bundling",),  # build-time plugins
    ("Index.svelte", "Example.svelte", "gradio.config.js", "vitest.config.ts"),
]
"""The frontend's layers, lowest first: a folder or a file of ``frontend/`` each."""

_SPECIFIER = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}/[^"']+)["']""")


def _layer_of(name: str, layers: list[tuple[str, ...]]) -> int | None:
    return next((level for level, members in enumerate(layers) if name in members), None)


def _top_level(module: str) -> str:
    """``gradio_messageschatbot._kinds.file`` -> ``_kinds``; the package itself -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    parts = path.relative_to(BACKEND.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Ids of the import nodes under ``if TYPE_CHECKING:``."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            inside.update(id(child) for statement in node.body for child in ast.walk(statement))
    return inside


def backend_imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, top-level module of ours) for each run-time import in ``path``."""
    tree = ast.parse(path.read_text(), str(path))
    skipped = _type_checking_only(tree)
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                stem = ".".join([*base, node.module] if node.module else base)
            else:
                stem = node.module or ""
            # `from .. import _kinds`: each name may be a module of ours
            targets = [stem] if node.module else [f"{stem}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            if target == PACKAGE or target.startswith(PACKAGE + "."):
                yield node.lineno, _top_level(target)


def frontend_imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, first part of the path under ``frontend/``) for each relative import in ``path``."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        for specifier in _SPECIFIER.findall(line):
            target = (path.parent / specifier).resolve().relative_to(FRONTEND.resolve())
            yield number, target.parts[0] if len(target.parts) > 1 else _file_of(target)


def _file_of(target: Path) -> str:
    """A root file as imported (``./strings``) under the name the layers list (``strings.ts``)."""
    if target.suffix:
        return target.name
    return next((c.name for c in FRONTEND.glob(target.name + ".*") if c.suffix in (".ts", ".js")), target.name)


def back_edges() -> list[str]:
    problems: list[str] = []
    for path in sorted(BACKEND.rglob("*.py")):
        if "templates" in path.parts:
            continue
        own = _top_level(_module_name(path))
        problems += _check(path, own, backend_imports(path), BACKEND_LAYERS)
    for path in sorted(FRONTEND.rglob("*")):
        if "node_modules" in path.parts or path.suffix not in (".ts", ".svelte", ".js") or not path.is_file():
            continue
        if path.name.endswith(".test.ts"):  # a test builds its cases with any layer; only what ships is layered
            continue
        relative = path.relative_to(FRONTEND)
        own = relative.parts[0] if len(relative.parts) > 1 else relative.name
        problems += _check(path, own, frontend_imports(path), FRONTEND_LAYERS)
    return problems


def _check(path: Path, own: str, imports: Iterator[tuple[int, str]], layers: list[tuple[str, ...]]) -> list[str]:
    where = path.relative_to(ROOT)
    level = _layer_of(own, layers)
    if level is None:
        return [f"{where}: {own!r} is in no layer (add it to the list in scripts/layers.py)"]
    problems = []
    for line, target in imports:
        target_level = _layer_of(target, layers)
        if target_level is None:
            problems.append(f"{where}:{line}: imports {target!r}, which is in no layer")
        elif target_level > level:
            problems.append(f"{where}:{line}: {own!r} imports {target!r}, a higher layer")
    return problems


def main() -> int:
    problems = back_edges()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
