"""The messages format goes straight into real LLM clients, as Gradio 5's guide promised.

Each app (the Gradio 5 guide's two examples, its OpenAI one on llama.cpp's server too; the docs'
examples, docs/examples/; gr.ChatInterface plain and multimodal) talks to a stand-in that checks every request
as OpenAI, TGI or llama.cpp does. Five turns each, in headless Chromium and through gradio_client: every request
validates and carries the whole conversation, and every streamed reply arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError
from llm_servers import LlamaCppStandIn, OpenAIStandIn, StandIn, TGIStandIn
from media import png
from paths import APPS, EXAMPLES
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect
from servers import serve_script

TURNS = range(1, 6)


@dataclass(frozen=True)
class App:
    script: Path
    stand_in: type[StandIn]
    image_turns: tuple[int, ...] = ()

    def env(self, server: StandIn) -> dict[str, str]:
        """Where the app finds its server: the OpenAI client reads OPENAI_BASE_URL."""
        return {
            "OPENAI_BASE_URL": f"{server.url}/v1",
            "OPENAI_API_KEY": "stand-in",
            "TGI_URL": server.url,
        }


APPS_UNDER_TEST = {
    "guide: openai": App(APPS / "guide_openai_app.py", OpenAIStandIn),
    "guide: huggingface InferenceClient": App(APPS / "guide_tgi_app.py", TGIStandIn),
    "guide: openai on llama.cpp": App(APPS / "guide_openai_app.py", LlamaCppStandIn),
    "docs: openai, files and thoughts": App(EXAMPLES / "openai_files.py", OpenAIStandIn, image_turns=(1, 4)),
    "docs: ChatInterface multimodal": App(EXAMPLES / "chat_interface_openai.py", LlamaCppStandIn),
    "docs: ChatInterface multimodal, type=openai": App(
        EXAMPLES / "chat_interface_files.py", TGIStandIn, image_turns=(1, 4)
    ),
}


def reply_to(turn: int, with_image: bool) -> str:
    return f"Echo: turn {turn}" + (" (with 1 image(s): png)" if with_image else "")


def user_turns(messages: list[dict]) -> int:
    return sum(message["role"] == "user" for message in messages)


def refused(server: StandIn) -> str:
    return "; ".join(f"{request.refusal} in {request.messages!r:.300}" for request in server.refusals())


@pytest.mark.browser
@pytest.mark.parametrize("app", APPS_UNDER_TEST.values(), ids=APPS_UNDER_TEST.keys())
def test_five_turns_in_the_page_reach_the_provider_valid_and_every_reply_shows(page, tmp_path, artifacts, app):
    image = png(tmp_path, "square.png")
    with app.stand_in() as server, serve_script(app.script, env=app.env(server)) as url:
        page.goto(url)
        box = page.get_by_role("textbox").first
        for turn in TURNS:
            expect(box).to_be_editable(timeout=20_000)  # the app takes input again: the last turn is over
            with_image = turn in app.image_turns
            if with_image:
                page.locator("input[type=file]").first.set_input_files(str(image))
                page.get_by_label("Uploaded files").locator("img").wait_for()
            box.fill(f"turn {turn}")
            box.press("Enter")
            try:
                page.get_by_role("log").get_by_text(reply_to(turn, with_image), exact=True).wait_for(timeout=20_000)
            except PlaywrightTimeoutError:
                pytest.fail(f"turn {turn}: no reply in the chat; {server.name} refused: {refused(server)}")
        page.screenshot(path=artifacts / f"llm-{app.script.stem}.png")
    assert server.refusals() == []
    assert [user_turns(request.messages) for request in server.requests] == list(TURNS)


def as_gradio6_blocks(history: list[dict]) -> list[dict]:
    """The history as a caller used to gr.Chatbot 6 keeps it: content as text blocks."""
    return [{"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in history]


@pytest.mark.parametrize("stand_in", [OpenAIStandIn, TGIStandIn, LlamaCppStandIn], ids=lambda s: s.name)
def test_an_api_caller_sending_the_history_back_each_turn_gets_every_reply(stand_in):
    app = App(EXAMPLES / "openai_chat.py", stand_in)
    with stand_in() as server, serve_script(app.script, env=app.env(server)) as url:
        client = Client(url, verbose=False)
        for send_back in (list, as_gradio6_blocks):
            history: list[dict] = []
            for turn in TURNS:
                try:
                    _, history = client.predict(f"turn {turn}", send_back(history), api_name="/respond")
                except AppError:
                    pytest.fail(f"turn {turn}: the app failed; {server.name} refused: {refused(server)}")
                assert history[-2:] == [
                    {"role": "user", "content": f"turn {turn}"},
                    {"role": "assistant", "content": f"Echo: turn {turn}"},
                ], refused(server)
    assert server.refusals() == []
    assert [user_turns(request.messages) for request in server.requests] == [*TURNS, *TURNS]
