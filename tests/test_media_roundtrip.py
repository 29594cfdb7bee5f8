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
from servers import serve_script

APP = Path(__file__).parent / "apps" / "media_app.py"
DEMO_FILES = Path(__file__).parents[1] / "demo" / "files"


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


def expected(media: Path) -> list[dict]:
    reply = [("notes.txt",), ("red_square.png",), ("a.png",), ("b.png",), ("tone.wav",), ("clip.webm",)]
    return [{"name": name, "sha256": sha(media / name)} for (name,) in reply]


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


def test_a_client_tells_every_file_from_text(client, media):
    history, _ = client.predict([{"role": "user", "content": "Show me media"}], api_name="/turn")
    text, file, *components = history[-1]["content"]  # downloaded: every FileData is now a local path
    assert text == "Here you go"
    assert file["type"] == "file" and Path(file["file"]).read_text() == "some notes"
    assert [c["component"] for c in components] == ["image", "gallery", "audio", "video", "plot"]
    image = components[0]
    assert Path(image["value"]).read_bytes() == (media / "red_square.png").read_bytes()
