"""Write the README's reference section and the docs Space (demo/space.py) from MessagesChatbot's docstrings,
and the guides' lists of the components a message may embed from the registry (``_kinds/embedded.py``).

`gradio cc docs` is the usual way, but it crashes on this package (Gradio 6.31): it documents every
public class and function at the package's top level as a component, expects each to have events,
and the exported helpers (`to_openai`, the typed dicts, ...) have none. This runs the same generator,
Gradio's own, on the component alone, and keeps the hand-written README around the reference.

    python scripts/docs.py           rewrite the generated files
    python scripts/docs.py --check   exit 1 when a committed file is not what the docstrings give
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import types
from pathlib import Path

# Gradio's generator formats types with `ruff format` when ruff is on PATH: the environment's own
# ruff keeps the output the same wherever it runs.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"

import gradio_messageschatbot as package
import tomlkit
from gradio.cli.commands.components import _docs_assets, _docs_utils
from gradio_messageschatbot._kinds.embedded import EMBEDDED

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DEMO = ROOT / "demo"
REFERENCE_START = "<!-- reference: written by scripts/docs.py from the docstrings; edit those, then run it -->"
REFERENCE_END = "<!-- end of reference -->"
COMPONENT = "MessagesChatbot"
EMBEDDED_START = "<!-- embedded components: written by scripts/docs.py from _kinds/embedded.py -->"
EMBEDDED_END = "<!-- end of embedded components -->"
GUIDES_LISTING_EMBEDDED = [ROOT / "docs" / "chat.md", ROOT / "docs" / "security.md"]


def component_docs() -> dict:
    """Gradio's docs for the component alone, linking only the types the package exports."""
    view = types.ModuleType(package.__name__)  # the generator links the types defined under this name
    setattr(view, COMPONENT, getattr(package, COMPONENT))
    docs, _ = _docs_utils.extract_docstrings(view)
    undocumented = [name for name, param in docs[COMPONENT]["members"]["__init__"].items() if not param["description"]]
    if undocumented:
        sys.exit(f"{COMPONENT}.__init__ docstring: no line for {', '.join(undocumented)}")

    def public(names: list[str]) -> list[str]:  # sorted: the generator collects some through a set
        return sorted(name for name in names if name in package.__all__)

    meta = docs["__meta__"]
    meta["additional_interfaces"] = {
        name: {**interface, "refs": public(interface.get("refs", []))}
        for name, interface in meta["additional_interfaces"].items()
        if name in package.__all__
    }
    meta["user_fn_refs"] = {name: public(refs) for name, refs in meta["user_fn_refs"].items()}
    return docs


def reference(docs: dict) -> str:
    interfaces = docs["__meta__"]["additional_interfaces"]
    return _docs_utils.render_class_docs_markdown(
        [COMPONENT], docs
    ) + _docs_utils.render_additional_interfaces_markdown(interfaces)


def readme(docs: dict) -> str:
    head, rest = README.read_text().split(REFERENCE_START)
    _, tail = rest.split(REFERENCE_END)
    return f"{head}{REFERENCE_START}\n{reference(docs).strip()}\n{REFERENCE_END}{tail}"


def without_fence_languages(markdown: str) -> str:
    """Code fences without a language tag.

    Gradio 6.31's ParamViewer sets the global `Prism` to a placeholder while it loads Prism; a gr.Markdown
    that loads a language grammar meanwhile fails, caches the failure and renders nothing. The docs Space
    has both, so its code blocks go unhighlighted rather than missing.
    """
    return re.sub(r"^(\s*```)[\w-]+$", r"\1", markdown, flags=re.MULTILINE)


def space(docs: dict) -> str:
    project = tomlkit.parse((ROOT / "pyproject.toml").read_text())["project"]
    page = _docs_utils.make_space(
        docs=docs,
        name=project["name"],
        description=project["description"],
        local_version=project["version"],
        demo=(DEMO / "app.py").read_text(),
        space=project["urls"]["space"],
        repo=project["urls"]["repository"],
        pypi_exists=False,  # a static version badge: the output must not depend on the network
    )
    return without_fence_languages(page)


def space_card() -> str:
    """The Space's README: the project README's front matter, which `gradio cc publish` uploads in its place."""
    front_matter = re.match(r"---\n.*?\n---\n", README.read_text(), flags=re.DOTALL)
    if front_matter is None:
        sys.exit("README.md: the Space front matter (--- ... ---) must open the file")
    return f"{front_matter.group()}\nThe docs and demo Space of gradio_messageschatbot: see `space.py` and `app.py`.\n"


def with_embedded_list(path: Path) -> str:
    """``path`` with the list between its embedded-components markers written from the registry."""
    text = path.read_text()
    listed = ", ".join(f"`gr.{embeddable.component.__name__}`" for embeddable in EMBEDDED)
    marked = re.compile(f"{re.escape(EMBEDDED_START)}.*?{re.escape(EMBEDDED_END)}", flags=re.DOTALL)
    if not marked.search(text):
        sys.exit(f"{path.relative_to(ROOT)}: no {EMBEDDED_START} ... {EMBEDDED_END} to write the list between")
    return marked.sub(lambda _: f"{EMBEDDED_START}{listed}{EMBEDDED_END}", text)


def generated() -> dict[Path, str]:
    docs = component_docs()
    return {
        README: readme(docs),
        DEMO / "space.py": space(docs),
        DEMO / "css.css": _docs_assets.css,
        DEMO / "README.md": space_card(),
        **{guide: with_embedded_list(guide) for guide in GUIDES_LISTING_EMBEDDED},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, and fail on a difference")
    check = parser.parse_args().check
    if not _docs_utils.RUFF_INSTALLED:
        sys.exit("ruff is needed to format the types as Gradio does: pip install -e '.[dev]'")
    files = generated()
    stale = [path for path, text in files.items() if not path.exists() or path.read_text() != text]
    if check and stale:
        names = ", ".join(str(path.relative_to(ROOT)) for path in stale)
        sys.exit(f"out of date: {names}; run python scripts/docs.py and see git diff")
    for path in stale:
        path.write_text(files[path])


if __name__ == "__main__":
    main()
