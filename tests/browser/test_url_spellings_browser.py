"""URLs a client sends, in every spelling Chromium accepts, never make a viewer's browser fetch inside the network.

Chromium itself is the judge: it reads the shared table of spellings (tests/url_spellings.py) as the
table says, which tests/pipeline/test_url_check.py holds the server's check to. Then, through a running
app, the page's own request is rewritten to carry a hostile history (as any client may send it), and a
listener on 127.0.0.1 records every request that reaches it.
"""

from __future__ import annotations

import pytest
from media import FILE_META
from pages import refusal_or_none, send_as_the_page
from paths import APPS
from servers import loopback_recorder, served_app
from url_spellings import SPELLINGS

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "attack_app.py")

PARSE = """(urls) => urls.map(url => {
    try { return new URL(url).hostname.replace(/^\\[|\\]$/g, ""); } catch { return null; }
})"""


def test_chromium_reads_each_spelling_as_the_shared_table_says(page):
    page.set_content("<html></html>")
    read = page.evaluate(PARSE, [url for url, _, _ in SPELLINGS])
    assert [(url, host) for (url, _, _), host in zip(SPELLINGS, read)] == [(url, host) for url, host, _ in SPELLINGS]


SPELLED = {
    "fullwidth-digits": "http://１２７.０.０.１:{port}/secret.png",
    "ideographic-dots": "http://127。0。0。1:{port}/secret.png",
    "circled-digits": "http://①②⑦.0.0.①:{port}/secret.png",
    "fullwidth-localhost": "http://ｌｏｃａｌｈｏｓｔ:{port}/secret.png",
    "backslash": "http://127.0.0.1:{port}\\@example.com/secret.png",
}


def avatar(url: str) -> list:
    return [{"role": "user", "content": "hello", "metadata": {"avatar": url}}]


def streamed_file(url: str) -> list:
    file = {"path": url, "is_stream": True, "mime_type": "image/png", "orig_name": "x.png", "meta": FILE_META}
    return [{"role": "user", "content": [{"type": "file", "file": file}]}]


ROADS = {
    "avatar": ("echo", avatar),  # a messages chatbot's handler that returns the history
    "streamed-file-openai": ("rebuild", streamed_file),  # a type="openai" chatbot's handler that rebuilds it
}


@pytest.mark.parametrize("road", ROADS)
@pytest.mark.parametrize("spelling", SPELLED)
def test_a_client_url_into_the_local_network_is_refused_and_never_fetched(page, app_url, road, spelling):
    with loopback_recorder(b"secret") as (port, hits):
        page.goto(app_url)
        button, history = ROADS[road]
        send_as_the_page(page, button, history(SPELLED[spelling].format(port=port)))
        error = refusal_or_none(page, "[data-testid=message] img")
        assert hits == []
        assert error is not None and "refused" in error
