"""Every content kind renders in Chromium as a person would expect."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS, ROOT
from servers import serve_script, served_app

pytestmark = pytest.mark.browser

APP = APPS / "components_app.py"
app_url = served_app(APP)


@pytest.fixture
def log(page, app_url):
    return open_log(page, app_url, "Components", "[data-testid=message] >> nth=20")


def reply_to(log, name: str):
    """The assistant message that answers "Show <name>"."""
    user = log.locator("[data-role=user]").filter(has=log.page.get_by_text(f"Show {name}", exact=True))
    index = int(user.get_attribute("data-index"))
    return log.locator(f"[data-testid=message-group][data-index='{index + 1}']")


def loaded(image) -> bool:
    """Keep a (lazy) image in view until it has decoded: the log may still be following new content."""
    image.page.wait_for_function(
        "img => { img.scrollIntoView({ block: 'nearest' }); return img.complete && img.naturalWidth > 0; }",
        arg=image.element_handle(),
    )
    return True


def test_image_component(log):
    image = reply_to(log, "image").locator("[data-testid=message-image]")
    assert image.get_attribute("alt") == "Red square"
    assert loaded(image)


def test_file_dict_image_shows_inline_with_alt_text(log):
    image = reply_to(log, "file-dict").locator("[data-testid=message-image]")
    assert image.get_attribute("alt") == "An orange photo"
    assert loaded(image)


def test_gallery_enlarges_and_navigates_by_keyboard(page, log):
    gallery = reply_to(log, "gallery")
    thumbs = gallery.get_by_role("button", name="Enlarge")
    assert thumbs.count() == 2
    thumbs.first.click()
    dialog = page.get_by_role("dialog", name="Gallery preview")
    assert dialog.locator("figcaption").inner_text() == "Green"
    page.keyboard.press("ArrowRight")
    assert dialog.locator("figcaption").inner_text() == "Blue"
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")


def test_audio_has_controls(log):
    reply = reply_to(log, "audio")
    assert reply.get_by_role("button", name="Play Tone").count() == 1
    assert reply.get_by_role("slider", name="Position in Tone").count() == 1
    assert reply.get_by_role("figure", name="Tone").count() == 1


def test_matplotlib_plot_is_an_image(log):
    image = reply_to(log, "matplotlib").locator("[data-plot-type=matplotlib] img")
    assert image.get_attribute("src").startswith("data:image/")
    assert loaded(image)


def test_plotly_plot_loads_plotly_on_demand(log):
    reply_to(log, "plotly").locator(".main-svg").first.wait_for(timeout=20_000)


def test_altair_plot_draws_with_vega(log):
    if log.locator("[data-role=user]", has_text="Show altair").count() == 0:
        pytest.skip("altair is not installed")
    reply_to(log, "altair").locator("[data-plot-type=altair] canvas, [data-plot-type=altair] svg").first.wait_for(
        timeout=20_000
    )


def test_html_dataframe_json_and_file(log):
    assert reply_to(log, "html").locator("b.bold-html").inner_text() == "bold html"
    table = reply_to(log, "dataframe").locator("table")
    assert table.locator("th").all_inner_texts() == ["city", "temp"]
    assert table.locator("tbody tr").count() == 2
    assert '"answer": 42' in reply_to(log, "json").locator("pre").inner_text()
    assert "notes.txt" in reply_to(log, "file").locator("[data-testid=file-card]").inner_text()


def test_an_empty_component_is_named(log):
    assert reply_to(log, "video").locator("[data-testid=message]").inner_text().strip().startswith("Clip: empty")


def test_heavy_libraries_load_only_when_needed(page, app_url):
    """A text-only page does not download plotly or vega."""
    scripts: list[str] = []
    page.on("request", lambda request: scripts.append(request.url) if request.resource_type == "script" else None)
    page.goto(app_url.replace("127.0.0.1", "localhost"))
    page.get_by_role("log").locator("[data-testid=message]").first.wait_for()
    assert any("plotly" in url for url in scripts)  # this page does show a plotly plot

    text_only = ROOT / "demo" / "app.py"
    scripts.clear()
    with serve_script(text_only) as url:
        page.goto(url)
        page.get_by_role("log").locator("[data-testid=message]").first.wait_for()
        page.wait_for_load_state("networkidle")
    assert not [url for url in scripts if "plotly" in url or "vega" in url]


def test_thoughts_nest_show_progress_and_fold_when_done(log):
    group = reply_to(log, "thoughts")
    working = group.locator("[data-testid=thought]").first
    assert working.get_attribute("open") is not None  # pending starts open
    assert working.get_by_role("status", name="In progress").count() == 1
    nested = working.locator("[data-testid=thought]")
    assert nested.count() == 2  # Step, and Deeper inside it
    assert "3 hits" in nested.nth(1).locator("summary").inner_text()
    finished = log.locator("[data-testid=thought]", has_text="Finished")
    assert finished.get_attribute("open") is None  # done starts folded
    assert "(2.0s)" in finished.locator("summary").inner_text()


def test_code_blocks_have_a_working_copy_button(page, log):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    code = reply_to(log, "code")
    code.scroll_into_view_if_needed()
    code.locator("pre").hover()
    code.locator("button.copy_code_button").click()
    assert page.evaluate("navigator.clipboard.readText()") == "print('copied')"


def test_assistant_avatar(log):
    avatar = reply_to(log, "image").locator("img.avatar")
    assert avatar.get_attribute("alt") == ""  # decorative: the group names its speaker in text
    assert loaded(avatar)
