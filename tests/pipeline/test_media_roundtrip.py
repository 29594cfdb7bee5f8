"""Files and embedded media come back exactly as they left: same bytes, names and formats, turn after turn.

Through a running app and the real gradio_client: the client uploads with handle_file, the handler
replies with a file, an Image, a Gallery, an Audio, a Video and a Plot, and the client sends the
history back three times.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from media import png, wav
from paths import APPS, ROOT
from servers import call_raw, last_event, serve_script

APP = APPS / "media_app.py"
DEMO_FILES = ROOT / "demo" / "files"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("media")
    png(folder, "red_square.png", (64, 64))
    png(folder, "a.png", (10, 10))
    png(folder, "b.png", (12, 12))
    wav(folder, "tone.wav")
    shutil.copy(DEMO_FILES / "clip.webm", folder / "clip.webm")
    (folder / "notes.txt").write_text("some notes")
    png(folder, "upload.png", (20, 20))
    return folder


@pytest.fixture(scope="module")
def app(media):
    with serve_script(APP, env={"MEDIA": str(media)}) as url:
        yield url


@pytest.fixture(scope="module")
def client(app):
    return Client(app, verbose=False)


@pytest.fixture(scope="module")
def caller(app):
    """An API caller that sends each reply back as it came (files stay the server's, not downloaded)."""
    return Client(app, verbose=False, download_files=False)


REPLY_FILES = [("notes.txt",), ("red_square.png",), ("a.png",), ("b.png",), ("tone.wav",), ("clip.webm",)]


def expected(media: Path) -> list[dict]:
    return [{"name": name, "sha256": sha(media / name)} for (name,) in REPLY_FILES]


@pytest.mark.parametrize("endpoint", ["/turn", "/turn_normalized"])
def test_three_turns_leave_every_file_byte_identical(caller, media, endpoint):
    history = [{"role": "user", "content": ["Show me media", handle_file(str(media / "upload.png"))]}]
    upload = {"name": "upload.png", "sha256": sha(media / "upload.png")}
    plots = set()
    for turn in range(3):
        history, seen = caller.predict(history, api_name=endpoint)
        seen = json.loads(seen)
        files = [entry for entry in seen if "sha256" in entry]
        plots |= {entry["plot"] for entry in seen if "plot" in entry}
        assert files == [upload, *expected(media) * turn], f"turn {turn}"
    assert len(plots) == 1  # the same figure value every turn


@pytest.mark.parametrize("endpoint", ["turn", "turn_normalized", "turn_openai"])
def test_the_history_comes_back_exactly_as_it_was_sent(app, caller, media, endpoint):
    """Byte for byte: every block, file dict and signature of a returned history is what the client sent."""
    first = [{"role": "user", "content": ["Show me media", handle_file(str(media / "upload.png"))]}]
    history, _ = caller.predict(first, api_name=f"/{endpoint}")
    for turn in range(1, 3):
        kind, (returned, _) = last_event(call_raw(app, endpoint, [history]))
        assert kind == "complete"
        assert returned[: len(history)] == history, f"turn {turn}: the history changed"
        history = returned
    assert history[0]["content"][1]["file"]["orig_name"] == "upload.png"
    replies = history[1:]
    assert len(replies) == 3 and all(reply == replies[0] for reply in replies[1:])


def test_type_openai_hands_over_user_media_inline_and_other_media_as_mentions(caller, media):
    history = [{"role": "user", "content": ["Show me media", handle_file(str(media / "upload.png"))]}]
    upload = {"name": None, "sha256": sha(media / "upload.png")}  # an image_url part carries no name
    mentions = [{"text": "\n\n".join(["Here you go", *(f"[{name}]" for (name,) in REPLY_FILES), "[Plot]"])}]
    for turn in range(3):
        history, seen = caller.predict(history, api_name="/turn_openai")
        assert json.loads(seen) == [{"text": "Show me media"}, upload, *mentions * turn], f"turn {turn}"
    _text, file, image, *_ = history[-1]["content"]
    assert file["file"]["orig_name"] == "notes.txt" and image["component"] == "image"
    assert sha(Path(image["value"]["path"])) == sha(media / "red_square.png")


def test_a_client_tells_every_file_from_text(client, media):
    history, _ = client.predict([{"role": "user", "content": "Show me media"}], api_name="/turn")
    text, file, *components = history[-1]["content"]  # downloaded: every FileData is now a local path
    assert text == "Here you go"
    assert file["type"] == "file" and Path(file["file"]).read_text() == "some notes"
    assert [c["component"] for c in components] == ["image", "gallery", "audio", "video", "plot"]
    image = components[0]
    assert Path(image["value"]).read_bytes() == (media / "red_square.png").read_bytes()
