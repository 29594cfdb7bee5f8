"""A plot value a client sends never makes the viewer's browser load from an address (finding: Chromium
requested a matplotlib ``src`` and a Vega ``data.url`` pointing at this machine).

The page's own request is rewritten to carry the hostile history, as any client may send it; a
listener on 127.0.0.1 records every request that reaches it.
"""

from __future__ import annotations

import json

import pytest
from pages import refusal_or_none, send_as_the_page
from paths import APPS
from servers import loopback_recorder, served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "attack_app.py")


def plots(address: str) -> dict[str, dict]:
    return {
        "matplotlib-src": {"type": "matplotlib", "plot": f"{address}plot.png"},
        "vega-data-url": {
            "type": "altair",
            "plot": json.dumps({"data": {"url": f"{address}data.json"}, "mark": "point"}),
        },
        "vega-image-mark": {
            "type": "altair",
            "plot": json.dumps(
                {"data": {"values": [{"x": 1}]}, "mark": "image", "encoding": {"url": {"value": f"{address}mark.png"}}}
            ),
        },
        "plotly-image": {
            "type": "plotly",
            "plot": json.dumps({"data": [], "layout": {"images": [{"source": f"{address}image.png", "sizex": 1}]}}),
        },
    }


@pytest.mark.parametrize("plot", plots("http://127.0.0.1/"))
def test_a_clients_plot_never_makes_the_browser_load_from_an_address(page, app_url, plot):
    with loopback_recorder(b"{}") as (port, hits):
        page.goto(app_url)
        value = plots(f"http://127.0.0.1:{port}/")[plot]
        history = [{"role": "user", "content": {"type": "component", "component": "plot", "value": value}}]
        send_as_the_page(page, "echo", history)
        error = refusal_or_none(page, "[data-testid=plot]")
        assert hits == []
        assert error is not None and "a client's plot must hold its data inline" in error
