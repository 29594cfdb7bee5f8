"""The demo that `make demo` serves renders its conversation in a real browser."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import ROOT
from servers import served_app

pytestmark = pytest.mark.browser

DEMO = ROOT / "demo" / "app.py"

demo_url = served_app(DEMO)


def test_demo_conversation_renders(page, demo_url, artifacts):
    log = open_log(page, demo_url, "Assistant")
    messages = log.locator("[data-testid=message]")

    assert log.get_attribute("aria-live") == "polite"
    assert messages.count() == 5  # the nested tool call sits inside its parent thought
    first_user = log.locator("[data-role=user] [data-testid=message]").first
    assert first_user.inner_text().strip() == "What can this chatbot show?"

    # Markdown is rendered, not shown as source.
    assert log.locator("table").count() == 1
    assert log.locator("pre code").first.inner_text().startswith("history.append(")
    assert "**Markdown**" not in log.inner_text()

    thought = log.locator("[data-testid=thought]").first
    assert "Planning the answer" in thought.inner_text()
    assert thought.get_attribute("open") is None  # status "done" starts folded
    thought.locator("summary").first.click()
    assert "Tool: list_features" in thought.inner_text()

    # LaTeX is typeset with KaTeX and its (woff2-only) font loads.
    log.locator(".katex").first.wait_for()
    assert page.evaluate("document.fonts.load('16px KaTeX_Main').then(faces => faces.length)") > 0

    card = log.locator("[data-testid=file-card]")
    assert "release-notes.txt" in card.inner_text()
    page.screenshot(path=str(artifacts / "demo.png"), full_page=True)


def test_demo_streams_the_offline_tour(page, demo_url):
    log = open_log(page, demo_url, "Assistant")
    page.get_by_placeholder("Type a message and press Enter").fill("hello there")
    page.keyboard.press("Enter")
    log.get_by_text("Here is a tour of what a reply can hold.").wait_for(timeout=20_000)
    assert log.locator("[data-role=user] [data-testid=message]").last.inner_text().strip().startswith("hello there")
    log.locator("[data-component=audio] audio").wait_for(state="attached", timeout=20_000)
    for kind in ("plot", "image", "gallery", "video", "audio"):
        assert log.locator(f"[data-component={kind}]").count() == 1, kind
    thinking = log.locator("[data-testid=thought]", has_text="Thinking").first
    assert thinking.get_attribute("open") is None  # done: folded
    thinking.locator("summary").first.click()
    tool = thinking.locator("[data-testid=thought]", has_text="Tool: list_features").first
    assert "markdown, LaTeX, file" in tool.text_content()  # the result, nested (folded) under its call
    sources = log.get_by_role("list", name="Sources")
    assert sources.get_by_role("listitem").all_inner_texts() == [
        "1\nGradio",
        "2\nplatform.openai.com",
        "3\nRelease notes",
    ]
    assert log.get_by_test_id("speaker-name").all_inner_texts() == ["Guide", "Reviewer"]


def test_the_tour_ends_with_a_tool_call_to_approve(page, demo_url):
    log = open_log(page, demo_url, "Assistant")
    page.get_by_placeholder("Type a message and press Enter").fill("tour")
    page.keyboard.press("Enter")
    email = log.locator("[data-testid=thought]", has_text="Tool: email_summary")
    email.get_by_role("button", name="Approve").click(timeout=30_000)
    email.and_(log.locator("[data-tool-state=done]")).wait_for()
    assert "Summary sent." in email.text_content()  # the result, folded with its call once done
    listed = log.locator("[data-testid=thought][data-tool-state=done]", has_text="Tool: list_features").last
    assert listed.get_by_test_id("tool-state").text_content() == "Done"  # inside the folded "Thinking"


def test_clear_button_empties_the_chat(page, demo_url):
    messages = open_log(page, demo_url, "Assistant").locator("[data-testid=message]")
    page.locator("button:has-text('Clear')").click()  # the app's gr.ClearButton, not the toolbar's
    messages.first.wait_for(state="detached")
    assert messages.count() == 0


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("layout", ["bubble", "panel"])
def test_screenshots_of_both_layouts_and_themes(page, demo_url, artifacts, layout, theme):
    page.emulate_media(color_scheme=theme)
    log = open_log(page, f"{demo_url}?__theme={theme}", "Assistant")
    page.get_by_label(layout).check()
    log.locator(f"[data-testid=message-group].{layout}").first.wait_for()
    if theme == "dark":
        assert page.evaluate(
            "document.body.classList.contains('dark') || document.documentElement.classList.contains('dark')"
        )
    text_color = log.locator("[data-role=user]").first.evaluate("el => getComputedStyle(el).color")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert text_color != background
    page.screenshot(path=str(artifacts / f"demo-{layout}-{theme}.png"), full_page=True)


def test_demo_wires_like_undo_and_retry(page, demo_url):
    log = open_log(page, demo_url, "Assistant")
    last = log.locator("[data-testid=message-group]").last
    last.get_by_role("button", name="Like", exact=True).click()
    page.get_by_text("You liked message 5.").wait_for()
    last.get_by_role("button", name="Undo").click()
    box = page.get_by_placeholder("Type a message and press Enter")
    page.wait_for_function("el => el.value === 'Send me the notes as a file.'", arg=box.element_handle())
    assert log.locator("[data-testid=file-card]").count() == 0
    log.locator("[data-testid=message-group]").last.get_by_role("button", name="Retry").click()
    log.get_by_text("Here is a tour of what a reply can hold.").wait_for(timeout=30_000)
