"""What browser tests do with a served app's page: open its chat log, release streamed tokens."""

from __future__ import annotations

import json


def open_log(page, url: str, name: str, ready: str = "[data-testid=message]"):
    """Load ``url`` and give its chat log named ``name`` once the last element ``ready`` selects in it shows."""
    page.goto(url)
    log = page.get_by_role("log", name=name)
    log.locator(ready).last.wait_for()
    return log


def stream_next_token(page, count: int) -> None:
    """Click "Next" in an app that streams a token per click and counts them in "Sent"; wait for ``count``."""
    page.get_by_role("button", name="Next").click()
    page.wait_for_function(f"() => document.querySelector('textarea[data-testid=textbox]')?.value === '{count}'")


def send_as_the_page(page, button: str, history: list) -> None:
    """Click ``button`` with the page's request to the queue carrying ``history`` as the chatbot's value,
    as any client may send it."""

    def rewrite(route):
        body = json.loads(route.request.post_data)
        body["data"][0] = history
        route.continue_(post_data=json.dumps(body))

    page.route("**/gradio_api/queue/join*", rewrite, times=1)
    page.get_by_role("button", name=button, exact=True).click()


def refusal_or_none(page, shown: str) -> str | None:
    """The text of the chatbot's error once it shows; ``None`` if what ``shown`` selects shows instead, after
    the page has made every request it leads to."""
    error = page.get_by_test_id("toast-body").filter(has_text="MessagesChatbot")
    error.or_(page.locator(shown)).first.wait_for()
    if error.count():
        return error.inner_text()
    page.wait_for_load_state("networkidle")
    return None


# The colour of each element and of the first opaque background behind it, as RGB,
# whatever notation the browser computed (color-mix() gives `color(srgb ...)`).
_CONTRASTS = """(els) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const rgba = colour => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = colour;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const background = el => {
        for (; el; el = el.parentElement) {
            const colour = rgba(getComputedStyle(el).backgroundColor);
            if (colour[3] === 255) return colour;
        }
        return [255, 255, 255, 255];
    };
    const luminance = ([r, g, b]) => {
        const [R, G, B] = [r, g, b].map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    return els.map(el => {
        const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(background(el))];
        return [el.getAttribute('aria-label') || el.className, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    });
}"""


def contrast_ratios(elements) -> list[tuple[str, float]]:
    """Each element's label (or class) and the WCAG contrast of its text colour on what is behind it."""
    return [(name, ratio) for name, ratio in elements.evaluate_all(_CONTRASTS)]


# Every control a person clicks in a root: name, width and height. Links inside running text are left
# out: they are as tall as the text they sit in.
_CONTROLS = """root => [...root.querySelectorAll('button, a[href], summary, input, [role=button], [role=menuitem]')]
    .filter(el => el.matches('button') || !el.closest('.md'))
    .map(el => [el, el.getBoundingClientRect()])
    .filter(([, box]) => box.width > 0 && box.height > 0)
    .map(([el, box]) => [el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.tagName,
        Math.round(box.width * 10) / 10, Math.round(box.height * 10) / 10])"""


def small_controls(root, minimum: float = 24) -> list[tuple[str, float, float]]:
    """The controls in ``root`` (a locator) smaller than ``minimum`` px either way: too small to hit."""
    return [(name, width, height) for name, width, height in root.evaluate(_CONTROLS) if min(width, height) < minimum]
