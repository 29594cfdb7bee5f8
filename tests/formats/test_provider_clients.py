"""The Anthropic and Responses examples (docs/examples/) against stand-ins driven by the real SDK clients.

Five turns each, through gradio_client and in headless Chromium: images in turns 1 and 4, a tool call in turn
2 (so turns 3 to 5 carry it, its result and the thinking before it back to the provider), text otherwise.
Every request validates with the SDK's request types and the providers' own checks (a thinking block
without its signature, a tool call without the reasoning before it, are refused), and every reply shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError
from llm_servers import AnthropicStandIn, ResponsesStandIn, StandIn
from media import png
from paths import EXAMPLES
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect
from servers import serve_script

IMAGE_TURNS = (1, 4)
TIME_TURN = 2


@dataclass(frozen=True)
class Provider:
    script: Path
    stand_in: type[StandIn]

    def env(self, server: StandIn, tmp_path: Path) -> dict[str, str]:
        return {
            "ANTHROPIC_BASE_URL": server.url,
            "ANTHROPIC_API_KEY": "stand-in",
            "OPENAI_BASE_URL": f"{server.url}/v1",
            "OPENAI_API_KEY": "stand-in",
            "GRADIO_TEMP_DIR": str(tmp_path / "gradio"),
        }


PROVIDERS = {
    "anthropic": Provider(EXAMPLES / "anthropic_chat.py", AnthropicStandIn),
    "responses": Provider(EXAMPLES / "responses_chat.py", ResponsesStandIn),
}


def said(turn: int) -> str:
    return "what time is it" if turn == TIME_TURN else f"turn {turn}"


def reply_to(turn: int) -> str:
    if turn == TIME_TURN:
        return "The time is"
    return f"Echo: turn {turn}" + (" (with 1 image(s): png)" if turn in IMAGE_TURNS else "")


def user_turns(messages: list[dict]) -> int:
    """User turns of the conversation sent (a user message of tool results alone is no turn)."""

    def spoken(message: dict) -> bool:
        content = message.get("content")
        return isinstance(content, str) or any(part.get("type") != "tool_result" for part in content or [])

    return sum(message.get("role") == "user" and spoken(message) for message in messages)


# Turn 2 takes two requests: the call, then the answer after its result.
REQUESTS = [1, 2, 2, 3, 4, 5]


def refused(server: StandIn) -> str:
    return "; ".join(f"{request.refusal}" for request in server.refusals())


@pytest.mark.parametrize("provider", PROVIDERS.values(), ids=PROVIDERS.keys())
def test_five_turns_through_gradio_client_with_images_and_a_tool_call_in_the_history(provider, tmp_path):
    image = png(tmp_path, "square.png")
    with provider.stand_in() as server, serve_script(provider.script, env=provider.env(server, tmp_path)) as url:
        app = Client(url, verbose=False, download_files=False)  # the history goes back as it came
        history: list[dict] = []
        for turn in range(1, 6):
            files = [handle_file(str(image))] if turn in IMAGE_TURNS else []
            try:
                _, history = app.predict({"text": said(turn), "files": files}, history, api_name="/add_turn")
                history = app.predict(history, api_name="/respond")
            except AppError:
                pytest.fail(f"turn {turn}: the app failed; {server.name} refused: {refused(server)}")
            assert history[-1]["content"].startswith(reply_to(turn)), refused(server)
    assert server.refusals() == []
    assert [user_turns(request.messages) for request in server.requests] == REQUESTS
    thoughts = [m for m in history if m.get("metadata", {}).get("title") == "Reasoning"]
    kept = "signature" if provider.stand_in is AnthropicStandIn else "encrypted_content"
    assert len(thoughts) == 5 and all(kept in thought["metadata"] for thought in thoughts)  # none after a result
    call = next(m for m in history if m.get("metadata", {}).get("title") == "Tool: get_time")
    assert (call["metadata"]["status"], call["metadata"]["tool_state"]) == ("done", "done")


@pytest.mark.browser
@pytest.mark.parametrize("provider", PROVIDERS.values(), ids=PROVIDERS.keys())
def test_five_turns_in_chromium_reach_the_provider_valid_and_every_reply_shows(page, tmp_path, artifacts, provider):
    image = png(tmp_path, "square.png")
    with provider.stand_in() as server, serve_script(provider.script, env=provider.env(server, tmp_path)) as url:
        page.goto(url)
        box = page.get_by_role("textbox").first
        for turn in range(1, 6):
            expect(box).to_be_editable(timeout=20_000)  # the last turn is over
            if turn in IMAGE_TURNS:
                page.locator("input[type=file]").first.set_input_files(str(image))
                page.get_by_label("Uploaded files").locator("img").wait_for()
            box.fill(said(turn))
            box.press("Enter")
            try:
                page.get_by_role("log").get_by_text(reply_to(turn)).wait_for(timeout=20_000)
            except PlaywrightTimeoutError:
                pytest.fail(f"turn {turn}: no reply in the chat; {server.name} refused: {refused(server)}")
        expect(box).to_be_editable(timeout=20_000)
        page.get_by_role("log").get_by_text("Tool: get_time").wait_for()
        page.screenshot(path=artifacts / f"llm-{provider.script.stem}.png")
    assert server.refusals() == []
    assert [user_turns(request.messages) for request in server.requests] == REQUESTS
