"""Screenshots of the parity page (gr.Chatbot next to MessagesChatbot) to look at side by side.

Every width (1280x900, 390x844), theme and layout, with both chat logs scrolled to the
top and to the bottom. Run with `make screenshots`; pictures land in tests/.artifacts/parity/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from conftest import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from parity import open_parity_page, scroll_logs  # noqa: E402
from servers import serve_script  # noqa: E402

APP = Path(__file__).parent / "apps" / "parity_app.py"
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}


def main() -> None:
    out = ARTIFACTS / "parity"
    out.mkdir(parents=True, exist_ok=True)
    with serve_script(APP) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
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
        browser.close()


if __name__ == "__main__":
    main()
