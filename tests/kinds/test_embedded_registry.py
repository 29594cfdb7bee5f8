"""Embedded components: the page's registry shows what the server's registry lets a message hold.

The server lists the components a message may embed (``EMBEDDED`` in ``_kinds/embedded.py``); the page
lists, under the same names, what each one's value shows as (``EMBEDDED`` in ``frontend/embedded/embedded.ts``).
A component on one side only would be refused by the server, or shown as "unsupported" by the page.
"""

from __future__ import annotations

import re
from pathlib import Path

from gradio_messageschatbot._kinds.embedded import EMBEDDED

PAGE_REGISTRY = Path(__file__).resolve().parents[2] / "frontend" / "embedded" / "embedded.ts"


def _page_names() -> list[str]:
    source = PAGE_REGISTRY.read_text()
    listed = re.search(r"\nconst EMBEDDED: [^=]+ = \{\n(.*?)\n\};", source, flags=re.S)
    assert listed, f"{PAGE_REGISTRY.name} no longer lists the components as `const EMBEDDED: ... = {{ ... }};`"
    return re.findall(r"^\t(\w+):", listed.group(1), flags=re.M)


def test_the_page_shows_every_component_the_server_embeds_in_its_order():
    assert _page_names() == [embeddable.name for embeddable in EMBEDDED]


def test_every_name_is_the_components_own():
    """A block's ``component`` is the lower-cased class name Gradio gives it, which both sides look up."""
    assert [embeddable.name for embeddable in EMBEDDED] == [
        embeddable.component.__name__.lower() for embeddable in EMBEDDED
    ]
