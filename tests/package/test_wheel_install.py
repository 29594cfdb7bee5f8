"""The user's path: pip install the wheel into a fresh environment and use the component."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest
from paths import ROOT
from servers import serve_script

pytestmark = [pytest.mark.slow, pytest.mark.browser]

TEMPLATES = ROOT / "backend" / "gradio_messageschatbot" / "templates" / "component" / "index.js"

APP = textwrap.dedent(
    """
    import gradio as gr
    import gradio_messageschatbot
    from gradio_messageschatbot import MessagesChatbot

    assert "site-packages" in gradio_messageschatbot.__file__, gradio_messageschatbot.__file__

    with gr.Blocks() as demo:
        MessagesChatbot(
            value=[
                {"role": "user", "content": "Is this the installed wheel?"},
                {"role": "assistant", "content": "Yes: *installed* from a wheel."},
            ],
            label="Wheel chat",
        )

    demo.launch(server_name="127.0.0.1")
    """
)


@pytest.fixture(scope="module")
def installed_python(tmp_path_factory) -> Path:
    if not TEMPLATES.exists():
        pytest.fail("the frontend is not built: run `make test` (it runs `gradio cc build` first)")
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (work / "dist").glob("gradio_messageschatbot-*.whl")
    env_dir = work / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True, cwd=work
    )
    return python


def test_wheel_ships_the_compiled_frontend(installed_python):
    listing = subprocess.run(
        [
            str(installed_python),
            "-c",
            "import gradio_messageschatbot, pathlib; "
            "p = pathlib.Path(gradio_messageschatbot.__file__).parent; "
            "print((p / 'templates' / 'component' / 'index.js').exists(), (p / 'component.pyi').exists())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert listing.stdout.split() == ["True", "True"]


def test_installed_component_renders_in_blocks(installed_python, tmp_path, page):
    app = tmp_path / "app.py"
    app.write_text(APP)
    with serve_script(app, python=str(installed_python), cwd=tmp_path) as url:
        page.goto(url)
        log = page.get_by_role("log", name="Wheel chat")
        log.locator("[data-testid=message]").nth(1).wait_for()
        assert (
            log.locator("[data-role=user] [data-testid=message]").inner_text().strip() == "Is this the installed wheel?"
        )
        assert log.locator("[data-role=assistant] em").inner_text() == "installed"
