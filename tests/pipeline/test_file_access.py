"""A client may only refer to files it uploaded to this app; outputs follow Gradio's allowed/blocked paths.

Driven through a running app with the real gradio_client and hand-written requests.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from gradio.context import LocalContext
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError
from gradio_messageschatbot._security.files import check_readable
from gradio_messageschatbot.errors import MessagesChatbotError
from paths import APPS
from servers import call_raw, loopback_recorder, serve_script

APP = APPS / "files_app.py"
SECRET = "TOP-SECRET-CONTENT"


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("files")
    folders = {name: root / name for name in ("uploads", "allowed", "blocked", "outside")}
    for folder in folders.values():
        folder.mkdir()
    for name in ("allowed", "blocked", "outside"):
        (folders[name] / "secret.txt").write_text(SECRET)
    return folders


@pytest.fixture(scope="module")
def app(folders):
    env = {
        "GRADIO_TEMP_DIR": str(folders["uploads"]),
        "ALLOWED": str(folders["allowed"]),
        "BLOCKED": str(folders["blocked"]),
    }
    with serve_script(APP, env=env, cwd=folders["outside"].parent) as url:
        yield url


@pytest.fixture(scope="module")
def client(app):
    return Client(app, verbose=False)


def file_message(path: str) -> list:
    return [{"role": "user", "content": {"path": path, "meta": {"_type": "gradio.FileData"}}}]


def test_an_uploaded_file_is_accepted(client, folders):
    upload = folders["outside"] / "mine.txt"
    upload.write_text("mine")
    report = client.predict([{"role": "user", "content": handle_file(str(upload))}], api_name="/inspect")
    (path,) = report["files"]
    assert Path(path).is_relative_to(folders["uploads"])


@pytest.mark.parametrize(
    "make_path",
    [
        lambda f: "/etc/passwd",
        lambda f: str(f["outside"] / "secret.txt"),
        lambda f: str(f["allowed"] / "secret.txt"),  # allowed for outputs, but the client did not upload it
        lambda f: str(f["uploads"] / ".." / "outside" / "secret.txt"),
        lambda f: str(f["uploads"]) + "/../../../../etc/passwd",
        lambda f: str(APP),
    ],
    ids=["etc-passwd", "outside", "allowed-folder", "dot-dot", "dot-dot-etc", "app-source"],
)
def test_paths_that_were_not_uploaded_are_refused(app, folders, make_path):
    stream = call_raw(app, "inspect", [file_message(make_path(folders))])
    assert stream.startswith("event: error")
    assert SECRET not in stream and "root:" not in stream


def test_a_symlink_out_of_the_upload_folder_is_refused(app, folders):
    link = folders["uploads"] / "innocent.txt"
    link.symlink_to(folders["outside"] / "secret.txt")
    stream = call_raw(app, "inspect", [file_message(str(link))])
    assert stream.startswith("event: error")
    assert SECRET not in stream


@pytest.fixture
def loopback_server():
    with loopback_recorder(SECRET.encode()) as (port, hits):
        yield f"http://127.0.0.1:{port}", hits


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_urls_into_the_local_network_are_refused_and_never_fetched(app, loopback_server, host):
    address, hits = loopback_server
    url = address.replace("127.0.0.1", host) + "/secret.png"
    stream = call_raw(app, "inspect", [file_message(url)])
    assert stream.startswith("event: error")  # Gradio refuses it before any handler runs
    assert hits == []


def test_returned_files_follow_gradios_allowed_and_blocked_paths(client, folders):
    history = client.predict(str(folders["allowed"] / "secret.txt"), [], api_name="/return_file")
    assert Path(history[-1]["content"]["file"]).read_text() == SECRET  # allowed_paths: served
    for refused in (folders["blocked"] / "secret.txt", Path("/etc/passwd")):
        with pytest.raises(AppError):
            client.predict(str(refused), [], api_name="/return_file")


def test_a_returned_missing_file_is_a_clear_error(client, folders):
    with pytest.raises(AppError, match=r"message 0: file .* does not exist"):
        client.predict(str(folders["allowed"] / "missing.txt"), [], api_name="/return_file")


def test_allowed_paths_match_whole_path_parts(tmp_path):
    """An allowed folder or file admits itself and what lies under it, never a neighbour sharing its prefix."""
    folder, file = tmp_path / "shared", tmp_path / "notes.txt"
    for path in (folder / "inside.txt", tmp_path / "shared-not/inside.txt", file, tmp_path / "notes.txt2"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    allowed = [folder, file]
    assert check_readable(str(folder / "inside.txt"), allowed) == str(folder / "inside.txt")
    assert check_readable(str(file), allowed) == str(file)
    for neighbour in (tmp_path / "shared-not/inside.txt", tmp_path / "notes.txt2"):
        with pytest.raises(MessagesChatbotError, match="not uploaded"):
            check_readable(str(neighbour), allowed)


def test_blocked_paths_are_compared_ignoring_case_as_gradio_does(tmp_path):
    """On macOS and Windows ``Private`` and ``private`` are one folder; refusing both is the safe reading."""
    key = tmp_path / "private" / "key.png"
    key.parent.mkdir()
    key.write_bytes(b"secret")
    app = SimpleNamespace(allowed_paths=[str(tmp_path)], blocked_paths=[str(tmp_path / "Private")])
    token = LocalContext.blocks.set(app)
    try:
        with pytest.raises(MessagesChatbotError, match="blocked_paths"):
            check_readable(str(key))
    finally:
        LocalContext.blocks.reset(token)
    assert check_readable(str(key), allowed_paths=[tmp_path]) == str(key)  # outside the app, nothing is blocked
