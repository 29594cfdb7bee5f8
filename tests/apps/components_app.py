"""One message per embedded component kind, for the rendering tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr
import matplotlib
import pandas as pd
import plotly.graph_objects as go
from gradio_messageschatbot import MessagesChatbot

matplotlib.use("Agg")
import matplotlib.pyplot as plt

try:
    import altair as alt
except ImportError:  # altair is optional; the test skips its plot then
    alt = None

FOLDER = Path(tempfile.mkdtemp())


def image(name: str, color: str) -> str:
    from PIL import Image

    path = FOLDER / name
    Image.new("RGB", (64, 48), color).save(path)
    return str(path)


def wav(name: str) -> str:
    import wave

    path = FOLDER / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 8000)
    return str(path)


def matplotlib_plot():
    figure = plt.figure(figsize=(4, 3))
    plt.plot([1, 3, 2])
    return figure


def messages():
    notes = FOLDER / "notes.txt"
    notes.write_text("some notes")
    items = [
        ("image", gr.Image(image("red.png", "red"), label="Red square")),
        ("gallery", gr.Gallery([(image("g1.png", "green"), "Green"), (image("g2.png", "blue"), "Blue")])),
        ("audio", gr.Audio(wav("tone.wav"), label="Tone")),
        ("matplotlib", gr.Plot(matplotlib_plot(), label="Line")),
        ("plotly", gr.Plot(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), label="Bars")),
        ("html", gr.HTML("<b class='bold-html'>bold html</b>")),
        ("dataframe", gr.Dataframe(pd.DataFrame({"city": ["Oslo", "Lima"], "temp": [3, 19]}))),
        ("json", gr.JSON({"answer": 42})),
        ("file", gr.File(str(notes))),
        ("video", gr.Video(label="Clip")),
        ("file-dict", {"path": image("photo.png", "orange"), "alt_text": "An orange photo"}),
    ]
    if alt is not None:
        chart = alt.Chart(pd.DataFrame({"x": [1, 2, 3], "y": [2, 1, 3]})).mark_line().encode(x="x", y="y")
        items.append(("altair", gr.Plot(chart, label="Vega")))
    history = []
    for name, content in items:
        history.append({"role": "user", "content": f"Show {name}"})
        history.append({"role": "assistant", "content": content})
    history += [
        {"role": "user", "content": "Show thoughts"},
        {"role": "assistant", "content": "Searching", "metadata": {"title": "Working", "id": "w", "status": "pending"}},
        {"role": "assistant", "content": "Step one", "metadata": {"title": "Step", "id": "s", "parent_id": "w"}},
        {"role": "assistant", "content": "Deep", "metadata": {"title": "Deeper", "parent_id": "s", "log": "3 hits"}},
        {"role": "assistant", "content": "Done it", "metadata": {"title": "Finished", "status": "done", "duration": 2}},
        {"role": "user", "content": "Show code"},
        {"role": "assistant", "content": "```python\nprint('copied')\n```"},
    ]
    return history


with gr.Blocks() as demo:
    MessagesChatbot(
        value=messages(),
        label="Components",
        height=700,
        group_consecutive_messages=False,
        avatar_images=(None, image("bot.png", "purple")),
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(FOLDER)])
