"""Screenshots to look at: the parity page and the README's pictures of the demo.

The parity page (gr.Chatbot next to MessagesChatbot) at every width (1280x900, 390x844),
theme and layout, with both chat logs scrolled to the top and to the bottom, lands in
tests/.artifacts/parity/. The README's pictures are taken from demo/app.py into demo/.
Run with `make screenshots`; it drives the apps with the tests' own support modules (tests/).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))  # the tests' support modules
from chromium import CHROMIUM, CHROMIUM_FLAGS
from parity import LOAD_TIMEOUT_MS, open_parity_page, scroll_logs
from paths import APPS, ARTIFACTS, ROOT
from servers import serve_script

APP = APPS / "parity_app.py"
DEMO = ROOT / "demo" / "app.py"
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}


def parity_pictures(browser) -> None:
    out = ARTIFACTS / "parity"
    out.mkdir(parents=True, exist_ok=True)
    with serve_script(APP) as url:
        for device, (width, height) in VIEWPORTS.items():
            for theme in ("light", "dark"):
                for layout in ("bubble", "panel"):
                    page = browser.new_page(viewport={"width": width, "height": height})
                    open_parity_page(page, url, theme=theme, layout=layout)
                    for end in ("top", "bottom"):
                        scroll_logs(page, end)
                        path = out / f"{device}-{theme}-{layout}-{end}.png"
                        page.screenshot(path=path, full_page=True)
                        print(path)
                    page.close()


def open_demo(browser, url: str, *, width: int, height: int, theme: str = "light"):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{url}?__theme={theme}")
    log = page.get_by_role("log", name="Assistant")
    log.locator(".token").first.wait_for(state="attached", timeout=LOAD_TIMEOUT_MS)
    log.locator(".katex").first.wait_for(timeout=LOAD_TIMEOUT_MS)
    return page, log


def wheel_up(page, log, pixels: int) -> None:
    """Scroll a chat log up from its bottom as a reader would, until it is `pixels` up
    (content still settling may pull a chat that follows the bottom back down)."""
    box = log.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    up = "log => log.scrollHeight - log.clientHeight - log.scrollTop"
    pixels = min(pixels, log.evaluate("log => log.scrollHeight - log.clientHeight"))
    while log.evaluate(up) < pixels - 1:
        page.mouse.wheel(0, -(pixels - log.evaluate(up)))
        page.wait_for_timeout(300)  # a picture, not a test: give the wheel's smooth scroll time


def readme_pictures(browser) -> None:
    out = DEMO.parent
    with serve_script(DEMO) as url:
        page, log = open_demo(browser, url, width=1100, height=900)
        wheel_up(page, log, 10_000)  # from the top: the question, the thought and the markdown
        page.screenshot(path=out / "screenshot.png", full_page=True)
        page.close()

        page, log = open_demo(browser, url, width=1100, height=900, theme="dark")
        page.locator("#demo-layout").get_by_label("panel").check()
        log.locator("[data-testid=message-group].panel").first.wait_for()
        page.screenshot(path=out / "screenshot-panel-dark.png", full_page=True)
        page.close()

        page, log = open_demo(browser, url, width=390, height=844)
        page.screenshot(path=out / "screenshot-phone.png", full_page=True)
        page.close()

        page, log = open_demo(browser, url, width=1100, height=900)
        page.get_by_placeholder("Type a message and press Enter").fill("Show me everything")
        page.keyboard.press("Enter")
        log.get_by_test_id("audio-player").wait_for(timeout=LOAD_TIMEOUT_MS)
        log.locator("[data-component=plot]").wait_for()
        wheel_up(page, log, 200)  # the reader takes over from autoscroll, then goes back to
        log.locator(".katex").last.evaluate("el => el.scrollIntoView({ block: 'start' })")  # the LaTeX, file and plot
        page.screenshot(path=out / "screenshot-tour.png", full_page=True)
        page.close()
    for name in ("screenshot.png", "screenshot-panel-dark.png", "screenshot-phone.png", "screenshot-tour.png"):
        print(out / name)


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        parity_pictures(browser)
        readme_pictures(browser)
        browser.close()


if __name__ == "__main__":
    main()
