"""Event data a hostile client crafts, on every road into a chat's postprocess, through a running app.

Each event of ours (select, like, retry, undo, edit, option_select, example_select, copy, tool_approval)
is fired by raw HTTP as the page fires it (``queue/join`` with ``event_data``), at handlers that put the
event's value into the history and at gr.ChatInterface's own handlers (no app code), followed by every
step chained after it. Whatever comes back, no reply and no file any reply names holds a secret.
"""

from __future__ import annotations

import json
import shutil
import urllib.request
import uuid

import httpx
import pytest
import test_untrusted_input as untrusted
from media import FILE_META
from paths import APPS
from servers import fire, serve_script

APP = APPS / "event_roads_app.py"
places = untrusted.places  # where the secrets lie, as for the history's road
assert_no_secret = untrusted.assert_no_secret
HISTORY = [
    {"role": "user", "content": "Clean up"},
    {"role": "assistant", "content": "Plan", "metadata": {"title": "Reasoning"}},
    {
        "role": "assistant",
        "content": '{"glob": "*.tmp"}',
        "metadata": {"title": "Tool: delete_files", "id": "c1", "status": "pending", "tool_state": "awaiting-approval"},
    },
    {"role": "assistant", "content": "Shall I?", "options": [{"value": "why", "label": "Why?"}]},
]
EVENTS = ("select", "like", "retry", "undo", "edit", "option_select", "example_select", "copy")
ROADS = [
    *(("blocks", event) for event in EVENTS),  # handlers that put the event's value into the history
    *(("ci-plain", "option_select"), ("ci-full", "option_select"), ("ci-full", "edit")),  # gr.ChatInterface's own
    *(("ci-full", "example_select"), ("ci-full", "retry"), ("ci-full", "undo")),
]


@pytest.fixture(scope="module")
def app(places):
    shutil.copy(APP, places["app"] / APP.name)
    with serve_script(
        places["app"] / APP.name, cwd=places["app"], env={"GRADIO_TEMP_DIR": str(places["uploads"])}
    ) as url:
        config = json.load(urllib.request.urlopen(f"{url}config", timeout=10))
        yield url, config


def part(url: str) -> dict:
    return {"type": "image_url", "image_url": {"url": url}}


def hostile_values(places) -> list:
    """Values naming a secret in every spelling a conversion might turn into a server path."""
    values = []
    for name in ("app-folder", "hidden-folder", "outside"):
        secret = str(places["secrets"][name])
        relative = str(places["secrets"][name].relative_to(places["app"])) if name != "outside" else secret
        for path in (secret, relative):
            values += [
                part(path),
                part(f"file://{secret}"),
                {"type": "input_audio", "input_audio": {"data": path, "format": "wav"}},
                {"type": "file", "file": {"filename": "x.txt", "file_data": path}},
                {"path": path},
                {"path": path, "meta": FILE_META},
                {"type": "file", "file": {"path": path, "meta": FILE_META}},
                {"type": "file", "file": path},
                {"content": part(path), "text": "x"},
                {"content": "x", "text": "x", "metadata": {"avatar": path}},
                {"content": "x", "metadata": {"sources": [{"title": "s", "file": {"path": path}}]}},
                {"text": "x", "files": [path]},
                [{"type": "text", "text": "x", "files": [path]}],
                {"text": "x", "files": [{"path": path}]},
                {"text": "x", "icon": {"path": path}},
            ]
    return values


def event_data(event: str, value: object) -> dict:
    """The data the page sends with ``event``, carrying ``value`` where the page puts a value."""
    fields: dict = {"select": {"selected": True}, "like": {"liked": True}, "edit": {"previous_value": "Clean up"}}
    return {"index": 0, "value": value, **fields.get(event, {})}


def chatbot_id(config: dict, elem_id: str) -> int:
    return next(c["id"] for c in config["components"] if c["props"].get("elem_id") == elem_id)


def listeners(config: dict, target: int, event: str) -> list[int]:
    return [i for i, d in enumerate(config["dependencies"]) if [target, event] in d["targets"]]


def inputs_for(config: dict, fn_index: int, history: list) -> list:
    """Data for a dependency's inputs: the history for a chatbot, nothing for the rest (State is the server's)."""
    types = {c["id"]: c["type"] for c in config["components"]}
    return [history if types[i] == "messageschatbot" else None for i in config["dependencies"][fn_index]["inputs"]]


def run_chain(app_url: str, config: dict, fn_index: int, trigger: int | None, data: list, event: object) -> list[dict]:
    """The dependency, then every step chained after it (as an attacker would, whether or not it failed)."""
    session = uuid.uuid4().hex
    replies = [fire(app_url, fn_index, data, event, trigger_id=trigger, session=session)]
    steps = [i for i, d in enumerate(config["dependencies"]) if d.get("trigger_after") == fn_index]
    while steps:
        step = steps.pop(0)
        replies.append(fire(app_url, step, inputs_for(config, step, []), None, trigger_id=None, session=session))
        steps += [i for i, d in enumerate(config["dependencies"]) if d.get("trigger_after") == step]
    return replies


@pytest.mark.parametrize(("elem_id", "event"), ROADS)
def test_no_event_value_names_a_server_file(app, places, elem_id, event):
    app_url, config = app
    target = chatbot_id(config, elem_id)
    handlers = listeners(config, target, event)
    assert handlers, f"nothing listens to {event} on {elem_id}"
    for fn_index in handlers:
        for value in hostile_values(places):
            data = inputs_for(config, fn_index, HISTORY)
            for reply in run_chain(app_url, config, fn_index, target, data, event_data(event, value)):
                assert_no_secret(app_url, reply)


def fire_once(app, elem_id: str, event: str, data: object) -> dict:
    app_url, config = app
    target = chatbot_id(config, elem_id)
    (fn_index,) = listeners(config, target, event)
    return fire(
        app_url, fn_index, inputs_for(config, fn_index, HISTORY), data, trigger_id=target, session=uuid.uuid4().hex
    )


def test_a_part_naming_a_path_is_a_clear_error(app):
    """A handler puts a selected message's content into the history: a part's URL must be http(s) or data:."""
    done = fire_once(app, "blocks", "select", {"index": 0, "value": part("secret.txt"), "selected": True})
    assert not done["success"]
    assert done["output"]["error"] == (
        "MessagesChatbot: message 4: an image_url part's url must be an http(s) or data: URL, got 'secret.txt' "
        "(a file on the server is named by a file dict {'path': ...}, never by a part's URL)"
    )


def test_chat_interface_option_handler_refuses_a_part_with_a_path(app):
    done = fire_once(app, "ci-plain", "option_select", {"index": 0, "value": part("secret.txt")})
    assert not done["success"]
    assert "'value' must be an option's value (a string), got {'type': 'image_url'" in done["output"]["error"]


@pytest.mark.parametrize("event", [event for event in EVENTS if event != "copy"])
@pytest.mark.parametrize("index", ["missing", None, -1, "0", True])
def test_event_data_without_a_usable_index_is_a_clear_error(app, event, index):
    data = event_data(event, "Hello" if event != "example_select" else {"text": "Hello"})
    if index == "missing":
        del data["index"]
    else:
        data["index"] = index
    done = fire_once(app, "blocks", event, data)
    assert not done["success"]
    problem = "has no 'index'" if index == "missing" else "'index' must be a message index (an integer, 0 or more)"
    assert done["output"]["error"].startswith(f"MessagesChatbot: {event} event data"), done["output"]
    assert problem in done["output"]["error"]


@pytest.mark.parametrize(
    ("event", "data"),
    [
        ("select", {"index": 3, "value": "Shall I?", "selected": True}),
        ("like", {"index": 3, "value": ["Shall I?"], "liked": "Wrong answer"}),
        ("retry", {"index": 0, "value": "Clean up"}),
        ("undo", {"index": 0, "value": "Clean up"}),
        ("edit", {"index": 0, "value": "Clean up now", "previous_value": "Clean up"}),
        ("option_select", {"index": 3, "value": "why"}),
        ("example_select", {"index": 0, "value": {"text": "Hello", "display_text": None, "files": [], "icon": None}}),
        ("copy", {"value": "Shall I?"}),
    ],
)
def test_what_the_page_sends_reaches_the_handlers(app, event, data):
    done = fire_once(app, "blocks", event, data)
    assert done["success"], done
    (history,) = done["output"]["data"]
    assert "Clean up now" in json.dumps(history) if event == "edit" else history[-1]["content"]


def test_tool_approval_with_the_readme_handler(app):
    done = fire_once(app, "blocks", "tool_approval", {"id": "c1", "approved": True})
    assert done["success"], done
    assert done["output"]["data"][0][2]["metadata"]["tool_state"] == "running"


def test_tool_approval_index_counts_the_openai_messages_the_handler_receives(app):
    """The chat shows a thought before the call that OpenAI's messages leave out: index 2 there, 1 here."""
    done = fire_once(app, "openai", "tool_approval", {"id": "c1", "approved": True})
    assert done["success"], done
    assert json.loads(done["output"]["data"][0]) == {"index": 1, "ids": ["c1"]}


def test_tool_approval_data_with_a_value_is_refused(app, places):
    secret = str(places["secrets"]["app-folder"])
    done = fire_once(app, "blocks", "tool_approval", {"id": "c1", "approved": True, "value": part(secret)})
    assert not done["success"]
    assert "tool_approval data must be {'id', 'approved'}" in done["output"]["error"]


def load_conversation(app, conversation: list) -> dict:
    """gr.ChatInterface(save_history=True) loading a conversation the browser kept (client data)."""
    app_url, config = app
    types = {c["id"]: c["type"] for c in config["components"]}
    full = chatbot_id(config, "ci-full")
    (fn_index,) = [
        i
        for i, d in enumerate(config["dependencies"])
        if full in d["outputs"] and "browserstate" in [types[j] for j in d["inputs"]]
    ]
    return fire(app_url, fn_index, [0, [conversation]], None, trigger_id=None, session=uuid.uuid4().hex)


def test_a_saved_conversation_is_checked_as_a_received_history(app, places):
    for value in hostile_values(places):
        done = load_conversation(app, [{"role": "user", "content": value}])
        assert_no_secret(app[0], done)
        done = load_conversation(app, [{"role": "user", "content": "x", "metadata": {"avatar": value}}])
        assert_no_secret(app[0], done)
        draft = {"role": "assistant", "content": "y", "metadata": {"versions": [{"content": value}]}}
        done = load_conversation(app, [{"role": "user", "content": "x"}, draft])
        assert_no_secret(app[0], done)


def test_a_saved_conversation_of_text_loads(app):
    done = load_conversation(app, HISTORY)
    assert done["success"], done
    assert done["output"]["data"][1]["value"][0]["content"] == "Clean up"


def upload(app_url: str, path) -> str:
    """A file sent as the page sends one; its path in Gradio's upload folder."""
    with open(path, "rb") as file:
        response = httpx.post(f"{app_url}gradio_api/upload", files={"files": file}, timeout=10)
    return response.json()[0]


LOOPBACK = "http://127.0.0.1:9/"


def component_blocks(uploaded: str) -> dict[str, tuple[dict, str | None]]:
    """Component blocks a client puts in an event's value; the error each must get (``None``: shown, safely)."""
    vega = json.dumps({"data": {"url": f"{LOOPBACK}data.json"}, "mark": "point"})
    file = {"path": None, "url": f"{LOOPBACK}x.png", "meta": FILE_META}
    return {
        "vega-data-url": (
            {"component": "plot", "value": {"type": "altair", "plot": vega}},
            "MessagesChatbot: message 4: the plot component's value loads from an address (data.url), which only "
            "the app may send",
        ),
        "matplotlib-src": (
            {"component": "plot", "value": {"type": "matplotlib", "plot": f"{LOOPBACK}plot.png"}},
            "the plot component's value loads from an address",
        ),
        "image-url": ({"component": "image", "value": file}, f"message 4: the URL '{LOOPBACK}x.png' points into"),
        "gallery-url": ({"component": "gallery", "value": [{"image": file, "caption": None}]}, "local network"),
        "video-url": ({"component": "video", "value": file}, "the video component's value is invalid: path"),
        "image-secret": (
            {"component": "image", "value": {"path": "secret.txt", "meta": FILE_META}},
            "not in the cache folder",  # Gradio's own check of event data
        ),
        "upload-beside-a-url": ({"component": "image", "value": {**file, "path": uploaded}}, None),
    }


@pytest.mark.parametrize("name", component_blocks("x"))
def test_a_component_block_in_an_event_value_is_held_to_a_clients_rules(app, places, name):
    """A handler puts the selected content into the history: a component block there is client data (the page
    would load a plot's data URL, or a file's URL beside its uploaded path, from wherever the client chose)."""
    uploaded = upload(app[0], places["picture"])
    block, problem = component_blocks(uploaded)[name]
    done = fire_once(app, "blocks", "select", {"index": 0, "value": {"type": "component", **block}, "selected": True})
    assert LOOPBACK not in json.dumps(done["output"].get("data"))
    if problem is None:
        assert done["success"], done
        shown = done["output"]["data"][0][-1]["content"]["value"]
        assert shown["url"].endswith(f"/gradio_api/file={uploaded}")
    else:
        assert not done["success"]
        assert problem in done["output"]["error"]


@pytest.mark.parametrize("form", ["file dict", "file block"])
def test_a_file_in_an_event_value_shows_its_path_never_a_url_written_beside_it(app, places, form):
    """Gradio shows a returned file's http(s) ``url`` instead of its path: beside an uploaded path, a client's
    URL would be what every viewer's browser loads (gr.Chatbot shows it)."""
    uploaded = upload(app[0], places["picture"])
    file = {"path": uploaded, "url": f"{LOOPBACK}x.png", "meta": FILE_META}
    value = file if form == "file dict" else {"type": "file", "file": file}
    done = fire_once(app, "blocks", "select", {"index": 0, "value": value, "selected": True})
    assert done["success"], done
    shown = done["output"]["data"][0][-1]["content"]["file"]
    assert shown["url"].endswith(f"/gradio_api/file={uploaded}")
    assert LOOPBACK not in json.dumps(done)
