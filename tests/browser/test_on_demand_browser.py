"""What only some messages need loads when the first such message shows, not with the page:
KaTeX (script, stylesheet, fonts), Prism, mermaid. Mermaid blocks are drawn, safely, once complete."""

from __future__ import annotations

import pytest
from pages import open_log, stream_next_token
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "on_demand_app.py"
ON_DEMAND = ("katex", "auto-render", "prism", "mermaid", "plotly", "embed", "vega")

# The text of every style rule in the page from KaTeX's stylesheet (not the component's own few
# rules for .katex, which carry Svelte's scoping class).
KATEX_RULES = """() => [...document.styleSheets].flatMap(sheet => {
    try { return [...sheet.cssRules].map(rule => rule.cssText); } catch { return []; }
}).filter(rule => /katex/i.test(rule) && !rule.includes('svelte-'))"""


app_url = served_app(APP)


@pytest.fixture
def chat(page, app_url):
    page.fetched = []
    page.on("request", lambda request: page.fetched.append(request.url.rsplit("/", 1)[-1]))
    log = open_log(page, app_url, "Chat", "text=Plain text")
    page.wait_for_load_state("networkidle")
    return log


def fetched_on_demand(page) -> list[str]:
    return [name for name in page.fetched if name.lower().startswith(ON_DEMAND)]


def test_a_plain_chat_loads_no_math_code_or_diagram_library(page, chat):
    assert fetched_on_demand(page) == []
    assert not [name for name in page.fetched if "KaTeX" in name]
    assert page.evaluate(KATEX_RULES) == []


def test_math_brings_katex_confined_to_the_component(page, chat):
    page.get_by_role("button", name="Math").click()
    katex = chat.locator(".katex").first
    katex.wait_for()
    assert "katex" in " ".join(fetched_on_demand(page)).lower()
    assert not [name for name in fetched_on_demand(page) if name.startswith(("prism", "mermaid"))]
    rules = page.evaluate(KATEX_RULES)
    font_faces = [rule for rule in rules if rule.startswith("@font-face")]
    assert font_faces and all("MessagesChatbot_KaTeX_" in rule for rule in font_faces)
    assert all(rule.startswith(".gradio-messageschatbot ") for rule in rules if rule not in font_faces)
    assert "MessagesChatbot_KaTeX_Main" in katex.evaluate("el => getComputedStyle(el).fontFamily")
    # The math glyphs are KaTeX's: the italic e is drawn in its math font.
    assert "MessagesChatbot_KaTeX_Math" in chat.locator(".katex .mathnormal").first.evaluate(
        "el => getComputedStyle(el).fontFamily"
    )


# The names on window: drawing a diagram must add none.
GLOBALS = "Object.getOwnPropertyNames(window)"


def test_mermaid_blocks_become_diagrams_and_hostile_text_runs_nothing(page, chat):
    page.evaluate("() => { window.__hostile_call = () => { window.__hostile = 4; }; }")
    before = set(page.evaluate(GLOBALS))
    page.get_by_role("button", name="Diagrams").click()
    diagrams = chat.locator(".mermaid-diagram svg")
    diagrams.nth(1).wait_for()
    assert diagrams.count() == 2
    assert chat.locator("code.language-mermaid").count() == 0
    assert "Start" in diagrams.first.text_content() and "Done" in diagrams.first.text_content()
    keyframes = diagrams.first.evaluate(
        "svg => [...svg.querySelector('style').sheet.cssRules].flatMap(r => r.name ? [r.name] : [])"
    )
    assert keyframes and all(rule.startswith("messageschatbot-") for rule in keyframes)
    assert any(name.startswith("mermaid") for name in fetched_on_demand(page))

    hostile = diagrams.nth(1)
    for node in hostile.locator(".node").all():
        node.click(force=True)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__hostile") is None
    assert (
        hostile.evaluate(
            """svg => [...svg.querySelectorAll('*')].flatMap(el => [...el.attributes])
            .filter(a => a.name.startsWith('on') || /javascript:/i.test(a.value)).map(a => a.name)"""
        )
        == []
    )
    assert hostile.locator("script, iframe, object, embed").count() == 0
    assert set(page.evaluate(GLOBALS)) - before == set()


def test_a_streaming_diagram_shows_its_source_until_its_fence_closes(page, chat):
    page.get_by_role("button", name="Stream", exact=True).click()
    reply = chat.locator("[data-testid=message]").last

    for count in (1, 2, 3):
        stream_next_token(page, count)
        page.wait_for_timeout(300)  # time for a diagram to be drawn, were one drawn too early
        assert reply.locator(".mermaid-diagram").count() == 0
        assert reply.locator("code.language-mermaid").count() == 1
    assert "S[Start] --> E[End]" in reply.locator("code.language-mermaid").inner_text()
    stream_next_token(page, 4)  # the closing fence
    reply.locator(".mermaid-diagram svg").wait_for()
    stream_next_token(page, 5)
    reply.get_by_text("That is all.").wait_for()
    assert reply.locator(".mermaid-diagram").count() == 1


def test_diagrams_and_math_follow_the_dark_theme(page, app_url):
    log = open_log(page, f"{app_url}?__theme=dark", "Chat", "text=Plain text")
    page.get_by_role("button", name="Diagrams").click()
    node = log.locator(".mermaid-diagram svg .node rect").first
    node.wait_for()
    text_colour = log.locator("[data-testid=message] p").first.evaluate("el => getComputedStyle(el).color")
    node_fill = node.evaluate("el => getComputedStyle(el).fill")
    assert brightness(node_fill) < 0.3 < brightness(text_colour)  # mermaid's dark theme, on a dark page
    page.get_by_role("button", name="Math").click()
    katex = log.locator(".katex").first
    katex.wait_for()
    assert katex.evaluate("el => getComputedStyle(el).color") == text_colour


def brightness(rgb: str) -> float:
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])
    return (red + green + blue) / (3 * 255)
