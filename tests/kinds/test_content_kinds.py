"""Every content kind, both directions, through the component (no server)."""

from __future__ import annotations

import json

import gradio as gr
import numpy as np
import pytest
from gradio_messageschatbot import ChatMessage, MessagesChatbot
from media import png, text_file, wav
from wire_trip import from_page, send_back, to_page


@pytest.fixture
def chatbot():
    return MessagesChatbot()


def test_text_is_a_plain_string_both_ways(chatbot):
    history = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "  indented\n    code stays as written"},
        {"role": "assistant", "content": ""},
    ]
    wire = chatbot.postprocess(history).model_dump()
    assert [m["content"] for m in wire] == [m["content"] for m in history]
    assert send_back(chatbot, history) == history


@pytest.mark.parametrize("spelling", ["dict", "FileData", "tuple", "block"])
def test_every_file_spelling_arrives_as_a_complete_file_dict(chatbot, tmp_path, spelling):
    path = str(text_file(tmp_path, "notes.txt", "hello"))
    content = {
        "dict": {"path": path},
        "FileData": gr.FileData(path=path),
        "tuple": (path,),
        "block": {"type": "file", "file": {"path": path}},
    }[spelling]
    (message,) = send_back(chatbot, [{"role": "user", "content": content}])
    file = message["content"]
    assert open(file["path"]).read() == "hello"  # Gradio's cached copy
    assert (file["orig_name"], file["size"], file["mime_type"]) == ("notes.txt", 5, "text/plain")
    assert file["meta"] == {"_type": "gradio.FileData"}
    assert file["is_stream"] is False
    assert "url" in file


def test_alt_text_travels_with_the_file(chatbot, tmp_path):
    path = str(png(tmp_path))
    for content in ({"path": path, "alt_text": "a red square"}, (path, "a red square")):
        (message,) = send_back(chatbot, [{"role": "user", "content": content}])
        assert message["content"]["alt_text"] == "a red square"
        assert message["content"]["mime_type"] == "image/png"


def test_a_url_stays_a_url(chatbot):
    url = "https://example.org/files/cat.jpg?size=large"
    wire = chatbot.postprocess([{"role": "assistant", "content": {"path": url}}]).model_dump()
    assert wire[0]["content"]["type"] == "file"
    file = wire[0]["content"]["file"]
    assert (file["path"], file["orig_name"], file["mime_type"]) == (url, "cat.jpg", "image/jpeg")


def test_a_list_keeps_its_items_in_order(chatbot, tmp_path):
    image = str(png(tmp_path))
    value = [{"role": "user", "content": ["before", {"path": image}, "after"]}]
    (message,) = send_back(chatbot, value)
    before, file, after = message["content"]
    assert (before, file["orig_name"], after) == ("before", "red.png", "after")


def test_a_one_item_list_stays_a_list_unless_it_is_text(chatbot, tmp_path):
    image = str(png(tmp_path))
    file_only, text_only = send_back(
        chatbot, [{"role": "user", "content": [{"path": image}]}, {"role": "user", "content": ["only"]}]
    )
    assert [file["orig_name"] for file in file_only["content"]] == ["red.png"]
    assert text_only["content"] == "only"  # text goes straight into an LLM client as one string


def _matplotlib_figure():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure()
    plt.plot([1, 2, 3])
    return figure


def _plotly_figure():
    import plotly.graph_objects as go

    return go.Figure(go.Scatter(x=[1, 2], y=[3, 4]))


COMPONENTS = {
    "Image": lambda d: gr.Image(str(png(d)), label="red"),
    "Gallery": lambda d: gr.Gallery([str(png(d, "a.png")), str(png(d, "b.png"))]),
    "Audio": lambda d: gr.Audio(str(wav(d))),
    "Audio(array)": lambda d: gr.Audio((16000, np.zeros(1600, dtype=np.int16))),
    "Video": lambda d: gr.Video(),
    "Plot(matplotlib)": lambda d: gr.Plot(_matplotlib_figure()),
    "Plot(plotly)": lambda d: gr.Plot(_plotly_figure()),
    "File": lambda d: gr.File(str(text_file(d))),
    "HTML": lambda d: gr.HTML("<b>bold</b>"),
    "JSON": lambda d: gr.JSON({"a": [1, 2]}),
    "Dataframe": lambda d: gr.Dataframe([[1, 2], [3, 4]], headers=["x", "y"]),
    "Model3D": lambda d: gr.Model3D(),
    "Markdown": lambda d: gr.Markdown("# title"),
}


@pytest.mark.parametrize("kind", list(COMPONENTS))
def test_components_come_back_as_instances_of_their_class(chatbot, tmp_path, kind):
    component = COMPONENTS[kind](tmp_path)
    wire = chatbot.postprocess([{"role": "assistant", "content": component}]).model_dump()
    block = wire[0]["content"]
    assert block["type"] == "component"
    assert block["component"] == type(component).__name__.lower()
    (message,) = send_back(chatbot, [{"role": "assistant", "content": component}])
    received = message["content"]
    assert type(received) is type(component)
    assert received.is_rendered is False


def test_plot_values_are_what_gr_plot_produces(chatbot):
    wire = chatbot.postprocess(
        [{"role": "assistant", "content": [gr.Plot(_matplotlib_figure()), gr.Plot(_plotly_figure())]}]
    ).model_dump()
    matplotlib_block, plotly_block = wire[0]["content"]
    assert matplotlib_block["value"]["type"] == "matplotlib"
    assert matplotlib_block["value"]["plot"].startswith("data:image/")
    assert plotly_block["value"]["type"] == "plotly"


def test_image_component_keeps_its_constructor_arguments(chatbot, tmp_path):
    (message,) = send_back(
        chatbot, [{"role": "assistant", "content": gr.Image(str(png(tmp_path)), label="red", height=120)}]
    )
    assert message["content"].label == "red"
    assert message["content"].height == 120


def test_metadata_and_options_round_trip(chatbot):
    value = [
        ChatMessage(content="looking", metadata={"title": "Search", "id": "s1", "status": "pending", "log": "3 hits"}),
        ChatMessage(content="detail", metadata={"title": "Tool", "parent_id": "s1", "duration": 1.5, "status": "done"}),
        {"role": "assistant", "content": "Which?", "options": [{"value": "a", "label": "Option A"}, {"value": "b"}]},
    ]
    received = send_back(chatbot, value)
    assert received[0]["metadata"] == {"title": "Search", "id": "s1", "status": "pending", "log": "3 hits"}
    assert received[1]["metadata"] == {"title": "Tool", "parent_id": "s1", "duration": 1.5, "status": "done"}
    assert received[2]["options"] == [{"value": "a", "label": "Option A"}, {"value": "b"}]


def test_gradio_and_package_chat_messages_both_work(chatbot):
    value = [gr.ChatMessage(role="user", content="a"), ChatMessage(content="b")]
    assert send_back(chatbot, value) == [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]


def test_gr_chatbot_normalized_values_are_accepted(chatbot, tmp_path):
    path = str(text_file(tmp_path))
    normalized = [
        {"role": "user", "content": [{"type": "text", "text": "hi"}], "metadata": None, "options": None},
        {"role": "assistant", "content": [{"type": "file", "file": {"path": path}, "alt_text": None}]},
    ]
    received = send_back(chatbot, normalized)
    assert received[0] == {"role": "user", "content": "hi"}
    assert received[1]["content"][0]["orig_name"] == "notes.txt"


def test_gradio_message_models_are_accepted(chatbot):
    from gradio.components.chatbot import Message, TextMessage

    received = send_back(chatbot, [Message(role="assistant", content=[TextMessage(text="model")])])
    assert received == [{"role": "assistant", "content": "model"}]


def test_what_a_handler_receives_can_be_returned_unchanged(chatbot, tmp_path):
    value = [
        {"role": "user", "content": ["look", {"path": str(png(tmp_path))}]},
        {"role": "assistant", "content": gr.Image(str(png(tmp_path, "b.png")))},
        {"role": "assistant", "content": "ok", "metadata": {"title": "t"}},
    ]
    once = send_back(chatbot, value)
    twice = send_back(chatbot, once)
    assert [m["role"] for m in twice] == ["user", "assistant", "assistant"]
    assert twice[0]["content"][0] == "look"
    assert twice[0]["content"][1]["orig_name"] == "red.png"
    assert isinstance(twice[1]["content"], gr.Image)
    assert twice[2]["metadata"] == {"title": "t"}


def test_normalized_type_matches_gr_chatbot_exactly(tmp_path):
    path = str(text_file(tmp_path))
    value = [
        {"role": "user", "content": ["hi", {"path": path}]},
        {"role": "assistant", "content": "there", "metadata": {"title": "T", "status": "done"}},
    ]
    ours = MessagesChatbot(type="normalized")
    theirs = gr.Chatbot()
    our_received = send_back(ours, value)
    their_received = send_back(theirs, value)
    # gr.Chatbot leaves a returned file's size and name unset; we fill them in.
    our_file = our_received[0]["content"][1]["file"]
    assert (our_file["size"], our_file["orig_name"]) == (5, "notes.txt")
    for received in (our_received, their_received):
        received[0]["content"][1]["file"].update(size=None, orig_name=None)
    assert our_received == their_received


def test_reasoning_tags_split_like_gr_chatbot():
    tags = [("<think>", "</think>")]
    text = "<think>step one</think>The answer is 4."
    ours = MessagesChatbot(reasoning_tags=tags).postprocess([{"role": "assistant", "content": text}]).model_dump()
    theirs = gr.Chatbot(reasoning_tags=tags).postprocess([{"role": "assistant", "content": text}]).model_dump()
    assert [m["content"] for m in ours] == [m["content"][0]["text"] for m in theirs]
    assert [m.get("metadata", {}).get("status") for m in ours] == [(m["metadata"] or {}).get("status") for m in theirs]
    streaming = MessagesChatbot(reasoning_tags=tags).postprocess([{"role": "assistant", "content": "<think>still"}])
    assert streaming.root[0].metadata.title == "Reasoning"
    assert streaming.root[0].metadata.status == "pending"


def test_plain_data_with_a_path_key_is_not_mistaken_for_a_file(chatbot):
    """Found by the round-trip property: JSON values may hold "path" keys as data."""
    (message,) = send_back(chatbot, [{"role": "assistant", "content": gr.JSON([{"path": None}, {"path": "/etc/x"}])}])
    assert message["content"].value == [{"path": None}, {"path": "/etc/x"}]


def test_reasoning_tags_split_only_assistant_text_and_keep_everything_in_order(tmp_path):
    chatbot = MessagesChatbot(reasoning_tags=[("<think>", "</think>")])
    image = {"path": str(png(tmp_path))}
    value = [
        {"role": "user", "content": [image, "<think>typed by a person</think> text"]},
        {"role": "assistant", "content": ["before<think>plan</think>after", image, "end"]},
    ]
    wire = chatbot.postprocess(value).model_dump()
    assert wire[0]["content"][1] == "<think>typed by a person</think> text"
    assert wire[0]["content"][0]["type"] == "file"
    shapes = [(m.get("metadata", {}).get("title"), m["content"]) for m in wire[1:]]
    assert shapes[0] == (None, ["before"])
    assert shapes[1] == ("Reasoning", "plan")
    assert shapes[2][1][0] == "after" and shapes[2][1][1]["type"] == "file" and shapes[2][1][2] == "end"


def test_a_streamed_token_touches_no_image_in_the_history(tmp_path, monkeypatch):
    import builtins

    chatbot = MessagesChatbot()
    images = [str(png(tmp_path, f"image-{i}.png", (64, 64))) for i in range(20)]
    received = send_back(chatbot, [{"role": "assistant", "content": gr.Image(path)} for path in images])
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda file, *a, **k: opened.append(str(file)) or real_open(file, *a, **k))
    reply = {"role": "assistant", "content": ""}
    for token in ("a", "b", "c"):
        reply["content"] += token
        wire = chatbot.postprocess([*received, reply]).model_dump()
    assert not [name for name in opened if name.endswith(".png")]
    assert [m["content"]["value"]["orig_name"] for m in wire[:-1]] == [f"image-{i}.png" for i in range(20)]


def test_what_a_handler_changes_in_a_received_component_reaches_the_page(chatbot, tmp_path):
    value = [
        {
            "role": "assistant",
            "content": [
                gr.Image(str(png(tmp_path, "red.png")), label="Red"),
                gr.Gallery([(str(png(tmp_path, "a.png")), "first"), (str(png(tmp_path, "b.png")), "second")]),
                gr.Audio(str(wav(tmp_path))),
            ],
        }
    ]
    image, gallery, audio = send_back(chatbot, value)[0]["content"]
    image.value["orig_name"] = "renamed.png"  # edited in place, in the served form
    gallery.value = gallery.value[:1]  # replaced, in the served form
    audio.value = str(wav(tmp_path, "other.wav"))  # replaced by what a constructor takes
    image_block, gallery_block, audio_block = to_page(
        chatbot, [{"role": "assistant", "content": [image, gallery, audio]}]
    )[0]["content"]
    assert image_block["value"]["orig_name"] == "renamed.png" and image_block["constructor_args"] == {"label": "Red"}
    assert [item["caption"] for item in gallery_block["value"]] == ["first"]
    assert audio_block["value"]["orig_name"] == "other.wav"


def test_received_components_share_nothing_a_handler_can_change_in_place(chatbot, tmp_path):
    """Received components are copies of one template per kind, used by every session."""
    audio = gr.Audio(str(wav(tmp_path)), waveform_options=gr.WaveformOptions(waveform_color="#ff0000"))
    page = to_page(chatbot, [{"role": "assistant", "content": audio}])
    first = from_page(chatbot, page)[0]["content"]
    first.waveform_options.waveform_color = "#00ff00"
    first.constructor_args["waveform_options"]["waveform_color"] = "#00ff00"
    later = from_page(chatbot, page)[0]["content"]
    assert later.waveform_options.waveform_color == "#ff0000"
    assert later.constructor_args["waveform_options"]["waveform_color"] == "#ff0000"
    assert to_page(chatbot, [{"role": "assistant", "content": later}]) == page


def test_normalized_component_dicts_carry_the_servers_props_and_keep_their_arguments(tmp_path):
    chatbot = MessagesChatbot(type="normalized")
    page = to_page(chatbot, [{"role": "assistant", "content": gr.Image(str(png(tmp_path)), label="Red")}])
    page[0]["content"]["props"] = {"label": "client-chosen", "x": 1}  # a client may send any props
    block = from_page(chatbot, page)[0]["content"][0]
    assert block["props"]["label"] == "Red" and "x" not in block["props"]
    without_instance = {key: item for key, item in block.items() if key != "instance"}
    again = to_page(chatbot, [{"role": "assistant", "content": [without_instance]}])
    assert from_page(chatbot, again)[0]["content"][0]["constructor_args"] == {"label": "Red"}


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        ("Before.<think></think>After.", "Before.After."),
        ("Before.<think>  </think>After.", "Before.After."),
        (["A<think></think>B"], ["AB"]),
    ],
)
def test_an_empty_thought_keeps_the_text_around_it(content, shown):
    chatbot = MessagesChatbot(reasoning_tags=[("<think>", "</think>")])
    page = to_page(chatbot, [{"role": "assistant", "content": content}])
    assert [message["content"] for message in page if "metadata" not in message] == [shown]


def browser_number(text: str) -> float | int:
    """A JSON number as JavaScript writes it back: an integral double without its fraction."""
    number = float(text)
    return int(number) if number.is_integer() else number


def test_signed_arguments_survive_a_browsers_json_which_writes_1_0_as_1(chatbot, tmp_path):
    image = gr.Image(str(png(tmp_path)), label="Red", height=300.0)
    page = to_page(chatbot, [{"role": "assistant", "content": image}])
    as_a_browser_sends = json.loads(json.dumps(page), parse_float=browser_number)
    received = from_page(chatbot, as_a_browser_sends)[0]["content"]
    assert received.constructor_args["label"] == "Red" and received.constructor_args["height"] == 300
