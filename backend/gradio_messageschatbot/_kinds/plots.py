"""Plot values that would make a viewer's browser load something from an address.

``gr.Plot`` sends ``{"type", "plot"}``: for matplotlib a ``data:`` image, for Altair a Vega-Lite spec,
for Plotly a figure, for Bokeh a document (all three as JSON text). The page draws the first as an
``<img>`` and hands the specs to vega-embed and Plotly, which fetch whatever the spec names: a
Vega-Lite ``data.url``, an image mark's ``url``, a Plotly image's ``source``, a map's tiles. From a
client that is a request from every viewer's browser to an address the client chose (this machine,
the viewer's network), so :func:`loads_from` finds such parts, and a client's plot must hold its data
inline (see :func:`.embedded.received_value`).
"""

from __future__ import annotations

import json
import re
from typing import Any

_LOADING_KEYS = {
    # Vega and Vega-Lite: data sources, image marks and links; vega-embed reads options (a loader) from usermeta.
    "altair": ("url", "href", "usermeta"),
    # Plotly: images and image traces (a data: URL is inline), GeoJSON given by address.
    "plotly": ("source", "geojson"),
    # Bokeh (not drawn by the page, held to the same rule): image glyphs and remote data sources.
    "bokeh": ("url", "data_url"),
}
_MAP = re.compile(r"(mapbox|map)\d*")
"""Plotly's map subplots and traces (``mapbox``, ``scattermap``, ...): they load tiles and styles from servers."""


def loads_from(plot: dict[str, Any]) -> str | None:
    """What in a plot value (``{"type", "plot"}``) would make the browser load from an address, in words;
    ``None`` if everything it shows is inline."""
    kind, text = plot.get("type"), plot.get("plot")
    if kind == "matplotlib":
        return None if isinstance(text, str) and text.startswith("data:image/") else "an image that is not a data: URL"
    try:
        spec = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None  # not a spec: the page draws nothing from it
    except RecursionError:
        return "a spec nested too deeply to be checked"
    if kind == "plotly" and _map_shown(spec):
        return "a map, which loads its tiles"
    return _loading_part(spec, _LOADING_KEYS.get(str(kind), ()))


def _loading_part(spec: Any, keys: tuple[str, ...]) -> str | None:
    """Where in ``spec`` the first of ``keys`` holds something that is not inline, anywhere in it."""
    stack: list[tuple[str, Any]] = [("", spec)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                place = f"{where}.{key}" if where else str(key)
                if key in keys and not _inline(key, value):
                    return place
                stack.append((place, value))
        elif isinstance(item, list):
            stack.extend((f"{where}[{index}]", value) for index, value in enumerate(item))
    return None


def _map_shown(figure: Any) -> bool:
    """Whether a Plotly figure draws a map: a map trace, or a map subplot in its layout (a template's
    defaults for map traces draw nothing by themselves)."""
    if not isinstance(figure, dict):
        return False
    frames = figure.get("frames")
    for part in (figure, *(frame for frame in frames or () if isinstance(frame, dict))):
        layout, traces = part.get("layout"), part.get("data")
        if isinstance(layout, dict) and any(_MAP.fullmatch(str(key)) for key in layout):
            return True
        if isinstance(traces, list) and any(
            isinstance(trace, dict) and _is_map_trace(trace.get("type")) for trace in traces
        ):
            return True
    return False


def _inline(key: str, value: Any) -> bool:
    """A value that loads nothing: a ``data:`` URL, or a GeoJSON object given in place."""
    return (isinstance(value, str) and value.startswith("data:")) or (key == "geojson" and isinstance(value, dict))


def _is_map_trace(trace_type: Any) -> bool:
    return isinstance(trace_type, str) and trace_type.endswith(("mapbox", "map"))
