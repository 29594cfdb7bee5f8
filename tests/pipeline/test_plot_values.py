"""A client's plot value cannot make viewers' browsers load from an address; the app's own plots still can.

What each plotting library's spec loads from is in :mod:`gradio_messageschatbot._kinds.plots`;
tests/browser/test_plot_values_browser.py shows in Chromium that a refused plot is never drawn.
"""

from __future__ import annotations

import json

import altair as alt
import gradio as gr
import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import pytest
from gradio_messageschatbot import MessagesChatbot
from gradio_messageschatbot._kinds.plots import loads_from
from wire_trip import from_page, to_page

LOOPBACK = "http://127.0.0.1:9/"


def plotly_image_figure() -> go.Figure:
    figure = go.Figure()
    figure.add_layout_image(source=f"{LOOPBACK}image.png")
    return figure


LOADING = {
    "matplotlib-url": ({"type": "matplotlib", "plot": f"{LOOPBACK}plot.png"}, "not a data: URL"),
    "vega-data-url": ({"type": "altair", "plot": alt.Chart(f"{LOOPBACK}data.json").mark_point().to_json()}, "data.url"),
    "vega-image-mark": (
        {
            "type": "altair",
            "plot": alt.Chart(pd.DataFrame({"x": [1]}))
            .mark_image()
            .encode(x="x:Q", url=alt.value(f"{LOOPBACK}image.png"))
            .to_json(),
        },
        "encoding.url",
    ),
    "vega-href": (
        {"type": "altair", "plot": json.dumps({"mark": "point", "encoding": {"href": {"value": LOOPBACK}}})},
        "href",
    ),
    "vega-embed-options": ({"type": "altair", "plot": json.dumps({"usermeta": {"embedOptions": {}}})}, "usermeta"),
    "plotly-layout-image": ({"type": "plotly", "plot": plotly_image_figure().to_json()}, "layout.images[0].source"),
    "plotly-image-trace": (
        {"type": "plotly", "plot": json.dumps({"data": [{"type": "image", "source": LOOPBACK}]})},
        "source",
    ),
    "plotly-geojson-url": (
        {"type": "plotly", "plot": json.dumps({"data": [{"type": "choropleth", "geojson": LOOPBACK}]})},
        "geojson",
    ),
    "plotly-map": ({"type": "plotly", "plot": px.scatter_map(lat=[1], lon=[1]).to_json()}, "a map"),
    "bokeh-image-url": ({"type": "bokeh", "plot": json.dumps({"doc": {"url": {"value": LOOPBACK}}})}, "doc.url"),
}

INLINE = {
    "matplotlib": {"type": "matplotlib", "plot": "data:image/png;base64,iVBORw0KGgo="},
    "vega-inline-data": {
        "type": "altair",
        "plot": alt.Chart(pd.DataFrame({"a": [1]})).mark_point().encode(x="a").to_json(),
    },
    "plotly-line": {"type": "plotly", "plot": px.line(x=[1, 2], y=[1, 2]).to_json()},
    "plotly-data-image": {
        "type": "plotly",
        "plot": px.imshow(np.zeros((2, 2, 3), dtype="uint8"), binary_string=True).to_json(),
    },
    "plotly-inline-geojson": {"type": "plotly", "plot": json.dumps({"data": [{"type": "choropleth", "geojson": {}}]})},
}


@pytest.mark.parametrize("name", LOADING)
def test_what_loads_from_an_address_is_found(name):
    value, where = LOADING[name]
    assert where in loads_from(value)


@pytest.mark.parametrize("name", INLINE)
def test_inline_plots_load_nothing(name):
    assert loads_from(INLINE[name]) is None


def plot_message(value) -> list[dict]:
    return [{"role": "assistant", "content": {"type": "component", "component": "plot", "value": value}}]


@pytest.mark.parametrize("name", LOADING)
def test_a_clients_plot_that_loads_from_an_address_is_refused(name):
    with pytest.raises(gr.Error, match=r"message 0: .*plot component's value loads from an address .*inline"):
        from_page(MessagesChatbot(), plot_message(LOADING[name][0]))


@pytest.mark.parametrize("name", INLINE)
def test_a_clients_inline_plot_is_taken(name):
    [message] = from_page(MessagesChatbot(), plot_message(INLINE[name]))
    assert message["content"].value["plot"] == INLINE[name]["plot"]


def test_the_apps_own_plot_that_loads_data_comes_back_and_a_changed_one_does_not():
    """Altair charts often name their data by URL: signed by the server with the value, they travel round."""
    chatbot = MessagesChatbot()
    chart = alt.Chart("https://example.org/cars.json").mark_point().encode(x="Horsepower:Q")
    page = to_page(chatbot, [{"role": "assistant", "content": gr.Plot(chart, label="Cars")}])
    [received] = from_page(chatbot, page)
    assert received["content"].constructor_args["label"] == "Cars"
    assert json.loads(received["content"].value["plot"])["data"]["url"] == "https://example.org/cars.json"
    block = page[0]["content"]
    block["value"]["plot"] = block["value"]["plot"].replace("https://example.org/cars.json", f"{LOOPBACK}x.json")
    with pytest.raises(gr.Error, match=r"loads from an address \(data.url\)"):
        from_page(chatbot, page)
