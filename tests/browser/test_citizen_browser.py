"""MessagesChatbot on a page with Gradio's own components, at phone width and in both themes.

All on the parity page (tests/apps/parity_app.py): gr.Chatbot and MessagesChatbot with the
same conversation, next to a gr.Markdown with code.
"""

from __future__ import annotations

import pytest
from pages import contrast_ratios
from parity import HIGHLIGHTED_CODE, LOAD_TIMEOUT_MS, open_parity_page
from paths import APPS
from servers import serve_script, served_app

pytestmark = pytest.mark.browser

APP = APPS / "parity_app.py"
PHONE = {"width": 390, "height": 844}

app_url = served_app(APP)


@pytest.fixture
def parity(page, app_url):
    open_parity_page(page, app_url)
    return page


def ours(page):
    return page.locator("#ours")


# --- a good citizen: nothing global --------------------------------------------

# Run before any page script: what a bare window holds, to tell what the page added.
RECORD_INITIAL_GLOBALS = "window.__initial_globals = Object.getOwnPropertyNames(window);"
ADDED_GLOBALS = "Object.getOwnPropertyNames(window).filter(name => !window.__initial_globals.includes(name))"


def globals_added(browser, url: str, with_ours: bool) -> set[str]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(RECORD_INITIAL_GLOBALS)
        open_parity_page(page, url, with_ours=with_ours)
        return set(page.evaluate(ADDED_GLOBALS))
    finally:
        context.close()


def test_gradio_code_keeps_its_highlighting_beside_messageschatbot(parity):
    for name, selector in HIGHLIGHTED_CODE.items():
        assert parity.locator(selector).count() > 3, f"{name} shows no highlighted code"
    comment = parity.locator("#page-markdown .token.comment").first
    assert comment.inner_text().startswith("#")


def test_adds_no_globals(browser, app_url):
    with serve_script(APP, env={"PARITY_WITHOUT_OURS": "1"}) as baseline_url:
        without = globals_added(browser, baseline_url, with_ours=False)
    with_ours = globals_added(browser, app_url, with_ours=True)
    assert with_ours - without == set()


def test_styles_stay_inside_the_component(parity):
    # markdown-code's stylesheet pads every table cell; gr.Chatbot's table must not get ours.
    assert parity.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 0, 0)"
    page_sheets = parity.evaluate(
        """() => [...document.styleSheets].flatMap(sheet => {
            try { return [...sheet.cssRules].map(rule => rule.selectorText || ''); } catch { return []; }
        }).filter(selector => /(^|,)\\s*(table|tr|td|th|body)\\s*(,|$)/.test(selector))"""
    )
    assert not [s for s in page_sheets if "gradio-messageschatbot" in s and s.startswith(("table", "body"))]


# --- phone width -----------------------------------------------------------------

# Every element of a message that ends outside the chat log, unless a scrolling box
# between it and the log clips it (then that box is checked instead).
OVERFLOWING = """root => {
    const log = root.querySelector('[role=log]');
    const bounds = log.getBoundingClientRect();
    const clipped = el => {
        for (let parent = el.parentElement; parent && parent !== log; parent = parent.parentElement) {
            if (getComputedStyle(parent).overflowX !== 'visible') return true;
        }
        return false;
    };
    return [...log.querySelectorAll('[data-testid=message] *')]
        .filter(el => !clipped(el))
        .filter(el => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.right > bounds.right + 1 || box.left < bounds.left - 1);
        })
        .map(el => {
            const right = Math.round(el.getBoundingClientRect().right);
            return `${el.tagName.toLowerCase()}.${el.className}: ${right} > ${Math.round(bounds.right)}`;
        });
}"""


@pytest.mark.parametrize("layout", ["bubble", "panel"])
def test_nothing_runs_out_of_the_chat_at_phone_width(page, app_url, layout):
    page.set_viewport_size(PHONE)
    open_parity_page(page, app_url, layout=layout)
    chat = ours(page)
    assert chat.evaluate(OVERFLOWING) == []
    # Code and tables scroll inside their message instead.
    for selector in ("pre", "table"):
        box = chat.locator(f"[data-testid=message] {selector}").first
        assert box.evaluate("el => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'auto'")
    copy_code = chat.locator("[data-testid=message] pre").first.locator("xpath=..").locator("button").first
    assert copy_code.evaluate(
        "(el, log) => el.getBoundingClientRect().right <= log.getBoundingClientRect().right",
        chat.locator("[role=log]").element_handle(),
    )


# --- looks ---------------------------------------------------------------------------


def test_avatar_sits_beside_its_message(parity):
    group = ours(parity).locator("[data-testid=message-group][data-role=assistant]").first
    avatar = group.locator("img.avatar").bounding_box()
    box = group.locator(".message-box").bounding_box()
    assert avatar["x"] + avatar["width"] <= box["x"]
    assert abs(avatar["y"] - box["y"]) < 2


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_icons_and_secondary_text_are_readable(page, app_url, theme):
    open_parity_page(page, app_url, theme=theme)
    chat = ours(page)
    icons = contrast_ratios(chat.locator(".action"))
    assert len(icons) > 10
    assert min(ratio for _, ratio in icons) >= 3, icons
    texts = contrast_ratios(chat.locator(".duration, [data-testid=file-card] .meta, .thought .log"))
    assert texts and min(ratio for _, ratio in texts) >= 4.5, texts


def test_images_are_never_enlarged(parity):
    for image in ours(parity).locator("[data-testid=message-image]").all():
        image.scroll_into_view_if_needed()
        parity.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
        natural, shown = image.evaluate("img => [img.naturalWidth, img.getBoundingClientRect().width]")
        assert shown <= natural


def test_images_offer_fullscreen_and_download(parity):
    image = ours(parity).locator("[data-testid=message-image]").last
    frame = image.locator("xpath=..")
    assert frame.get_by_role("link", name="Download").get_attribute("download")
    frame.get_by_role("button", name="fullscreen").click()
    parity.wait_for_function("document.fullscreenElement !== null")


def test_audio_has_a_label_a_download_and_two_tab_stops(parity):
    player = ours(parity).locator("figure.audio")
    assert "Tone" in player.inner_text()
    assert player.get_by_role("link", name="Download").count() == 1
    assert player.get_by_role("button", name="Play Tone").count() == 1
    assert player.get_by_role("slider", name="Position in Tone").count() == 1
    assert player.locator("audio[controls]").count() == 0


# --- behaviour ------------------------------------------------------------------------


def report(page) -> str:
    return page.locator("#report textarea").input_value()


def test_a_second_like_takes_the_like_back(parity):
    group = ours(parity).locator("[data-testid=message-group][data-role=assistant]").last
    like = group.get_by_role("button", name="Like", exact=True)
    like.click()
    parity.wait_for_function("document.querySelector('#report textarea').value.includes('liked=True')")
    assert like.get_attribute("aria-pressed") == "true"
    like.click()
    parity.wait_for_function("document.querySelector('#report textarea').value.includes(\"liked=''\")")
    assert like.get_attribute("aria-pressed") == "false"


def test_menus_close_on_escape_and_outside_click_and_move_with_arrows(parity):
    export = ours(parity).get_by_role("button", name="Export conversation")
    menu = ours(parity).get_by_role("menu", name="Export conversation")
    export.click()
    items = menu.get_by_role("menuitem")
    assert parity.evaluate("document.activeElement.textContent") == items.first.inner_text()
    parity.keyboard.press("ArrowDown")
    assert parity.evaluate("document.activeElement.textContent") == items.nth(1).inner_text()
    parity.keyboard.press("ArrowDown")
    assert parity.evaluate("document.activeElement.textContent") == items.first.inner_text()
    parity.keyboard.press("Escape")
    menu.wait_for(state="detached")
    assert parity.evaluate("document.activeElement.getAttribute('aria-label')") == "Export conversation"
    export.click()
    menu.wait_for()
    parity.locator("#page-markdown").click()
    menu.wait_for(state="detached")


def test_lightbox_closes_on_a_backdrop_click(parity):
    ours(parity).get_by_role("button", name="Enlarge").first.click()
    dialog = parity.get_by_role("dialog", name="Gallery preview")
    dialog.wait_for()
    parity.mouse.click(5, 5)
    dialog.wait_for(state="hidden")


def test_an_edit_keeps_the_rest_of_the_group(parity):
    group = ours(parity).locator("[data-testid=message-group][data-role=user]").nth(1)
    picture = group.get_by_role("img", name="A small orange picture")
    assert picture.is_visible()
    group.get_by_role("button", name="Edit").click()
    box = group.get_by_role("textbox", name="Edit message")
    assert box.evaluate("el => el === document.activeElement")
    assert picture.is_visible()
    # The draft takes the chat's width, not the bubble's.
    assert box.bounding_box()["width"] > 0.8 * ours(parity).locator("[role=log]").bounding_box()["width"]
    box.fill("And files, please?")
    group.get_by_role("button", name="Submit").click()
    group.get_by_text("And files, please?").wait_for(timeout=LOAD_TIMEOUT_MS)
    assert picture.is_visible()
    assert parity.evaluate("document.activeElement.dataset.testid") == "message"


# --- accessibility ----------------------------------------------------------------------


def test_each_message_says_who_speaks_and_toolbars_have_their_own_names(parity):
    groups = ours(parity).locator("[data-testid=message-group]")
    assert groups.first.inner_text().startswith("User:")
    assert ours(parity).locator("[data-role=assistant]").first.inner_text().startswith("Assistant:")
    names = ours(parity).get_by_role("toolbar").evaluate_all("els => els.map(el => el.getAttribute('aria-label'))")
    assert len(names) == len(set(names)) > 2
