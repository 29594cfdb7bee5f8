"""The reference in the README and the docs Space are what the docstrings say, and the Space shows it; every
link between the README and the guides in docs/ leads somewhere, and every guide opens with its contents."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import gradio
import pytest
import tomlkit
from paths import ROOT
from servers import serve_script

SPACE = ROOT / "demo" / "space.py"
README = ROOT / "README.md"
GUIDES = sorted((ROOT / "docs").glob("*.md"))
REPOSITORY = tomlkit.parse((ROOT / "pyproject.toml").read_text())["project"]["urls"]["repository"]
# The README is PyPI's long description too, where a relative link leads nowhere: it links into the
# repository by absolute URL, which these name.
OWNER_NAME = REPOSITORY.removeprefix("https://github.com/")
IN_REPOSITORY = (
    f"{REPOSITORY}/blob/main/",
    f"{REPOSITORY}/tree/main/",
    f"https://raw.githubusercontent.com/{OWNER_NAME}/main/",
)
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCED = re.compile(r"^(```|~~~).*?^\1$", flags=re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")


def highest_supported_gradio() -> str:
    return re.search(r"^GRADIO_HIGHEST := (\S+)$", (ROOT / "Makefile").read_text(), flags=re.MULTILINE)[1]


def test_readme_reference_and_space_are_generated_from_the_current_docstrings():
    # Gradio's generator writes the docs, and how it prints types depends on its version and Python's:
    # the committed files are written with the highest supported Gradio, in the main venv.
    if gradio.__version__ != highest_supported_gradio():
        pytest.skip(f"the docs are generated with Gradio {highest_supported_gradio()}, not {gradio.__version__}")
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "docs.py"), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert check.returncode == 0, check.stdout + check.stderr


PAGE_LOAD_MS = 120_000


@pytest.mark.browser
def test_the_space_shows_the_demo_and_the_reference(page, artifacts):
    with serve_script(SPACE) as url:
        page.goto(url)
        # The docs page is long (every parameter, event and type): under a full test run it can take a while.
        page.get_by_role("heading", name="gradio_messageschatbot").wait_for(timeout=PAGE_LOAD_MS)
        page.get_by_role("log", name="Assistant").locator("[data-testid=message]").first.wait_for(timeout=PAGE_LOAD_MS)
        for heading in ("Initialization", "Events", "User function", "MessageDict"):
            page.get_by_role("heading", name=heading).first.wait_for(timeout=PAGE_LOAD_MS)
        page.get_by_text("cache_max_bytes: int", exact=True).click()  # a parameter of ours, not gr.Chatbot's
        page.get_by_text("Estimated memory, for all sessions together").wait_for()  # its docstring line
        page.get_by_text("option_select", exact=True).wait_for()
        page.screenshot(path=str(artifacts / "space.png"), full_page=True)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def headings(text: str, level: str = "#+") -> list[str]:
    return re.findall(rf"^{level} (.+)$", FENCED.sub("", text), flags=re.MULTILINE)


def anchors(doc: Path) -> set[str]:
    return {slug(heading) for heading in headings(doc.read_text())}


def links(doc: Path) -> list[str]:
    return LINK.findall(INLINE_CODE.sub("", FENCED.sub("", doc.read_text())))


def target(doc: Path, link: str) -> tuple[Path, str]:
    """The file of the repository a link leads to, and its anchor; an error for a link that leaves it."""
    address, _, anchor = link.partition("#")
    for prefix in IN_REPOSITORY:
        if address.startswith(prefix):
            return ROOT / address.removeprefix(prefix), anchor
    assert doc != README or not address, f"README.md: {link} is relative; on PyPI it would lead nowhere"
    return (doc.parent / address).resolve() if address else doc, anchor


@pytest.mark.parametrize("doc", [README, *GUIDES], ids=lambda doc: doc.name)
def test_every_link_into_the_repository_leads_to_a_file_and_heading_there(doc):
    for link in links(doc):
        if link.startswith(("http://", "https://", "mailto:")) and not link.startswith(IN_REPOSITORY):
            continue  # outside the repository
        path, anchor = target(doc, link)
        assert path.exists(), f"{doc.name}: {link} leads to no file"
        if anchor:
            assert path.suffix == ".md" and anchor in anchors(path), f"{doc.name}: {link} leads to no heading"


def test_the_readme_links_to_every_guide():
    linked = {target(README, link)[0] for link in links(README) if link.startswith(IN_REPOSITORY)}
    assert set(GUIDES) <= linked


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: guide.name)
def test_every_guide_opens_with_its_contents(guide):
    text = FENCED.sub("", guide.read_text())
    listed = re.search(r"^Contents\n\n((?:- \[.*\n)+)", text, flags=re.MULTILINE)
    assert listed, f"{guide.name}: no Contents list"
    assert re.findall(r"\(#([^)]+)\)", listed[1]) == [slug(section) for section in headings(text, "##")]
    assert listed.start() < text.index("\n## ")
