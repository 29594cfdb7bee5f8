"""MessagesChatbot looks like gr.Chatbot beside it: the computed styles of the same things, on the same page.

The parity page (tests/apps/parity_app.py) shows one conversation in both chats. Each look is measured
in both layouts, both modes and more than the default theme: the component takes its looks from the
theme's variables, as gr.Chatbot does, so they must agree in every one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from pages import small_controls
from parity import open_parity_page
from paths import APPS
from servers import serve_script

pytestmark = pytest.mark.browser

APP = APPS / "parity_app.py"

# (theme, mode, layout): the default theme in every mode and layout, and two themes that differ from it.
LOOKS = [
    ("Default", "light", "panel"),
    ("Default", "dark", "panel"),
    ("Default", "light", "bubble"),
    ("Soft", "light", "panel"),
    ("Monochrome", "dark", "bubble"),
]

# The same things in both chats, measured by their computed styles: gr.Chatbot's elements first, ours second.
MEASURE = """() => {
    const style = (el, ...names) => el && Object.fromEntries(names.map(name => [name, getComputedStyle(el)[name]]));
    const box = el => el && el.getBoundingClientRect().toJSON();
    const paragraph = (chat, start) =>
        [...chat.querySelectorAll('[role=log] p')].find(p => p.textContent.startsWith(start));
    const measure = (chat, parts) => {
        const log = chat.querySelector('[role=log]');
        const link = chat.querySelector('[role=log] a[href^="https://example.com"]');
        return {
            log_width: log.clientWidth,
            link: style(link, 'color', 'textDecorationLine'),
            after_table: style(paragraph(chat, 'A long unbroken word'), 'marginTop'),
            first_paragraph: style(paragraph(chat, 'Here is the'), 'marginBottom'),
            cell: style(chat.querySelector('[role=log] td'), 'paddingTop', 'paddingRight', 'paddingLeft'),
            thought_header: box(chat.querySelector(parts.thought_header)),
            user: style(chat.querySelector(parts.user), 'backgroundColor', 'paddingTop', 'paddingLeft'),
            user_box: box(chat.querySelector(parts.user)),
            assistant: style(chat.querySelector(parts.assistant), 'backgroundColor', 'paddingTop', 'paddingLeft'),
            assistant_box: box(chat.querySelector(parts.assistant)),
            user_message: style(chat.querySelector(parts.user_message), 'backgroundColor'),
        };
    };
    return {
        reference: measure(document.querySelector('#reference'), {
            thought_header: '.thought-group .title',
            user: '.message-row.user-row',
            assistant: '.message-row.bot-row',
            user_message: '.message-row.user-row .user',
        }),
        ours: measure(document.querySelector('#ours'), {
            thought_header: '[data-testid=thought] > summary',
            user: '[data-testid=message-group][data-role=user]',
            assistant: '[data-testid=message-group][data-role=assistant]',
            user_message: '[data-testid=message-group][data-role=user] .message-box',
        }),
    };
}"""


@pytest.fixture(scope="module")
def parity_servers() -> Iterator[Callable[[str], str]]:
    """The parity page served in each theme of LOOKS, started when a look first needs it."""
    with contextlib.ExitStack() as stack:
        urls: dict[str, str] = {}

        def url(theme: str) -> str:
            if theme not in urls:
                env = {} if theme == "Default" else {"PARITY_THEME": theme}
                urls[theme] = stack.enter_context(serve_script(APP, env=env))
            return urls[theme]

        yield url


@pytest.fixture(scope="module", params=LOOKS, ids=["-".join(look) for look in LOOKS])
def look(request, browser, parity_servers) -> Iterator[dict]:
    """One look of the parity page: its layout, both chats' measures, and the open page."""
    theme, mode, layout = request.param
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_parity_page(page, parity_servers(theme), theme=mode, layout=layout)
    yield {"layout": layout, "page": page, **page.evaluate(MEASURE)}
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


def test_links_take_the_text_colour_underlined(look):
    reference, ours = look["reference"], look["ours"]
    assert ours["link"] == reference["link"]
    assert ours["link"]["textDecorationLine"] == "underline"


def test_paragraphs_are_as_far_apart(look):
    reference, ours = look["reference"], look["ours"]
    assert ours["after_table"] == reference["after_table"]
    assert ours["first_paragraph"] == reference["first_paragraph"]


def test_table_cells_are_padded_alike(look):
    assert look["ours"]["cell"] == look["reference"]["cell"]


def test_thought_headers_are_as_tall(look):
    assert look["ours"]["thought_header"]["height"] == pytest.approx(
        look["reference"]["thought_header"]["height"], abs=1
    )


def test_panels_are_full_width_bands(look):
    """The user's band in the accent's soft shade, the assistant's in the secondary fill, edge to edge,
    spaced as gr.Chatbot spaces them; the user's message is the band, not a box inside it."""
    if look["layout"] != "panel":
        pytest.skip("bubbles")
    reference, ours = look["reference"], look["ours"]
    for role in ("user", "assistant"):
        assert ours[role]["backgroundColor"] == reference[role]["backgroundColor"], role
        assert ours[role]["paddingLeft"] == reference[role]["paddingLeft"], role
        assert ours[f"{role}_box"]["width"] == pytest.approx(ours["log_width"], abs=1), role
        assert reference[f"{role}_box"]["width"] == pytest.approx(reference["log_width"], abs=1), role
    assert ours["assistant"]["paddingTop"] == reference["assistant"]["paddingTop"]
    assert ours["user_message"]["backgroundColor"] in ("rgba(0, 0, 0, 0)", ours["user"]["backgroundColor"])
    assert ours["user_box"]["bottom"] == pytest.approx(ours["assistant_box"]["top"], abs=1)  # bands touch


def test_every_control_is_at_least_24_px(look):
    page = look["page"]
    ours = page.locator("#ours")
    export = ours.get_by_role("button", name="Export conversation")
    export.click()  # its menu's items count too
    try:
        assert small_controls(ours) == []
    finally:
        page.keyboard.press("Escape")
