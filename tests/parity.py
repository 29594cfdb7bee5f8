"""Open the parity page (tests/apps/parity_app.py) ready to look at or to measure."""

from __future__ import annotations

# Code blocks have been highlighted once Prism's token spans exist in them.
HIGHLIGHTED_CODE = {
    "gr.Chatbot": "#reference .token",
    "gr.Markdown": "#page-markdown .token",
    "MessagesChatbot": "#ours .token",
}
# Loading, building and highlighting everything can take long on a busy 2-core machine.
LOAD_TIMEOUT_MS = 120_000


def open_parity_page(page, url: str, *, theme: str = "light", layout: str = "bubble", with_ours: bool = True) -> None:
    """Load the page in a theme and layout and wait until every chat has rendered and highlighted its code."""
    page.goto(f"{url}?__theme={theme}")
    if layout != "bubble":
        page.locator("#parity-layout").get_by_label(layout).check()
        page.locator(f"#ours [data-testid=message-group].{layout}").first.wait_for(timeout=LOAD_TIMEOUT_MS)
    for name, selector in HIGHLIGHTED_CODE.items():
        if with_ours or name != "MessagesChatbot":
            page.locator(selector).first.wait_for(state="attached", timeout=LOAD_TIMEOUT_MS)
    if with_ours:
        page.locator("#ours [data-testid=message-image]").last.wait_for(timeout=LOAD_TIMEOUT_MS)
    page.evaluate("document.fonts.ready.then(() => true)")


def scroll_logs(page, end: str) -> None:
    """Scroll both chat logs to their top or bottom with the mouse wheel, as a reader would
    (a chat that follows new content lets go of the bottom only for the reader)."""
    for chat in ("#reference", "#ours"):
        log = page.locator(f"{chat} [role=log]")
        if log.count() == 0:
            continue
        log.scroll_into_view_if_needed()
        box = log.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -100_000 if end == "top" else 100_000)
        page.wait_for_function(
            "([log, end]) => end === 'top' ? log.scrollTop === 0"
            " : log.scrollTop + log.clientHeight >= log.scrollHeight - 1",
            arg=[log.element_handle(), end],
        )
