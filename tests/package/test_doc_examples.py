"""Every code block of the README and the guides is a program that runs, kept under docs/examples/.

A Python block is preceded by a marker naming its program: ``<!-- docs/examples/x.py -->`` when the
block is the whole file, byte for byte, or ``<!-- fragment of docs/examples/x.py -->`` when the file
contains it. Shell blocks hold only commands this project has (its make targets, its package, its
repository); ``text`` blocks are listings, not code. The generated reference is left out.

Each example then runs as a reader runs it, from the clone's root: an app is served on a free port
(talking to the stand-in LLM server it needs), sent a message and checked for its reply, then stopped;
a script runs, and every output its comments promise (``# ...`` under a ``print``) is printed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import tomlkit
from gradio_client import Client, handle_file
from gradio_messageschatbot import tool_call_thought
from llm_servers import AnthropicStandIn, LlamaCppStandIn, OpenAIStandIn, ResponsesStandIn, StandIn, TGIStandIn
from media import png
from paths import EXAMPLES, ROOT
from servers import fire, serve_script

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
GENERATED = re.compile(r"<!-- reference:.*<!-- end of reference -->", flags=re.DOTALL)
BLOCK = re.compile(
    r"^(?:<!-- (?P<fragment>fragment of )?(?P<example>\S+) -->\n)?"  # the marker naming its program
    r"(?P<fence>```|~~~)(?P<language>\S*)\n(?P<code>.*?)^(?P=fence)$",
    flags=re.MULTILINE | re.DOTALL,
)
PROJECT = tomlkit.parse((ROOT / "pyproject.toml").read_text())["project"]
MAKE_TARGETS = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(), flags=re.MULTILINE))
DEMO_URL = "http://127.0.0.1:7860/"  # where `make demo` serves the demo, which api_client.py calls


@dataclass(frozen=True)
class Block:
    doc: Path
    language: str
    code: str
    example: str | None
    fragment: bool

    def __str__(self) -> str:
        return f"{self.doc.relative_to(ROOT)}: {self.language or 'untagged'} block {self.code.splitlines()[0][:50]!r}"


def blocks() -> list[Block]:
    found = []
    for doc in DOCS:
        for match in BLOCK.finditer(GENERATED.sub("", doc.read_text())):
            found.append(Block(doc, match["language"], match["code"], match["example"], match["fragment"] is not None))
    return found


BLOCKS = blocks()


def test_every_python_block_is_an_example_or_a_named_fragment_of_one():
    for block in BLOCKS:
        if block.language != "python":
            continue
        assert block.example, f"{block}: no <!-- docs/examples/... --> marker before it"
        example = ROOT / block.example
        assert example.parent == EXAMPLES and example.exists(), f"{block}: {block.example} is not in docs/examples/"
        if block.fragment:
            assert block.code in example.read_text(), f"{block}: not found in {block.example}"
        else:
            assert block.code == example.read_text(), f"{block}: differs from {block.example}"


def test_every_shell_block_names_only_this_projects_commands():
    repository = PROJECT["urls"]["repository"]
    allowed = {
        "pip": rf"pip install {PROJECT['name']}",
        "git": rf"git clone {re.escape(repository)}",
        "cd": rf"cd {repository.rsplit('/', 1)[1]}",
        "make": rf"make ({'|'.join(MAKE_TARGETS)})( [A-Z]+=\S+)*",
    }
    for block in BLOCKS:
        if block.language in ("python", "text"):
            continue
        assert block.language == "sh", f"{block}: tag it python (a program), sh (commands) or text (a listing)"
        for line in block.code.splitlines():
            command = line.split("  #")[0].strip()
            pattern = allowed.get(command.split(" ")[0])
            assert pattern and re.fullmatch(pattern, command), f"{block}: {command!r} is none of {allowed}"


def test_every_example_is_shown_whole_in_the_docs_and_run_here():
    shown = {ROOT / block.example for block in BLOCKS if block.example and not block.fragment}
    programs = set(EXAMPLES.glob("*.py"))
    assert programs - shown == set(), "examples that no doc shows as a whole"
    assert {path.name for path in programs} == DRIVEN.keys() | SCRIPTS, "examples this test does not run"


# ---- the apps, each sent a message and checked for its reply ----


def client(url: str) -> Client:
    # the server's file dicts left in place, so that a history can be sent back as it came
    return Client(url, verbose=False, download_files=False)


def listener(url: str, event: str) -> tuple[int, int]:
    """The fn_index of the one listener of the chatbot's ``event``, and the chatbot's id."""
    config = json.load(urllib.request.urlopen(f"{url}config", timeout=10))
    (found,) = [
        (index, target)
        for index, dependency in enumerate(config["dependencies"])
        for target, name in dependency["targets"]
        if name == event
    ]
    return found


def fire_event(url: str, event: str, data: list, event_data: dict, session: str | None = None) -> dict:
    """The chatbot's ``event`` fired as the page fires it; its ``process_completed`` message."""
    fn_index, chatbot = listener(url, event)
    return fire(url, fn_index, data, event_data, trigger_id=chatbot, session=session or uuid.uuid4().hex)


def replied(done: dict) -> list:
    assert done["success"], done
    return done["output"]["data"]


def last(history: list[dict], count: int = 1) -> list[dict]:
    return [{key: message[key] for key in ("role", "content") if key in message} for message in history[-count:]]


def quickstart(url: str, tmp_path: Path) -> None:
    _, history = client(url).predict("Hi", [], api_name="/respond")
    assert history[-2]["metadata"]["title"] == "Thinking"
    assert last(history) == [{"role": "assistant", "content": "Hello! You said **Hi**."}]


def appearance(url: str, tmp_path: Path) -> None:
    _, history = client(url).predict("Hi", [], api_name="/respond")
    assert last(history, 2) == [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Noted."}]


def chat_interface(url: str, tmp_path: Path) -> None:
    assert client(url).predict("Hi", api_name="/predict") == "You said 'Hi', after 0 messages."


def openai_chat(url: str, tmp_path: Path) -> None:
    _, history = client(url).predict("turn 1", [], api_name="/respond")
    assert last(history, 2) == [
        {"role": "user", "content": "turn 1"},
        {"role": "assistant", "content": "Echo: turn 1"},
    ]


def openai_files(url: str, tmp_path: Path) -> None:
    app = client(url)
    turn = {"text": "turn 1", "files": [handle_file(png(tmp_path, "square.png"))]}
    _, history = app.predict(turn, [], api_name="/add_turn")
    history = app.predict(history, api_name="/respond")
    assert last(history) == [{"role": "assistant", "content": "Echo: turn 1 (with 1 image(s): png)"}]


def anthropic_chat(url: str, tmp_path: Path) -> None:
    openai_files(url, tmp_path)  # the same app on Anthropic's API: a turn with an image, the reply streamed


def responses_chat(url: str, tmp_path: Path) -> None:
    openai_files(url, tmp_path)  # the same app on OpenAI's Responses API


def chat_interface_openai(url: str, tmp_path: Path) -> None:
    assert client(url).predict({"text": "turn 1", "files": []}, api_name="/respond") == "Echo: turn 1"


def chat_interface_files(url: str, tmp_path: Path) -> None:
    turn = {"text": "turn 1", "files": [handle_file(png(tmp_path, "square.png"))]}
    assert client(url).predict(turn, api_name="/respond") == "Echo: turn 1 (with 1 image(s): png)"


def tool_calls(url: str, tmp_path: Path) -> None:
    app = client(url)
    _, history = app.predict("Paris", [], api_name="/respond")
    call, result, answer = history[-3:]
    assert (call["metadata"]["tool_state"], result["content"]) == ("done", "18 °C")
    assert answer["content"] == "It is 18 °C in Paris."
    _, history = app.predict("Oslo", history, api_name="/respond")
    assert history[-3]["metadata"]["tool_state"] == "error"
    assert history[-1]["content"] == "KeyError: no weather for 'Oslo'"


def tool_approval(url: str, tmp_path: Path) -> None:
    app = client(url)
    _, proposed = app.predict("Chez Panisse", [], api_name="/propose")  # the gr.State stays on the server
    assert proposed[-1]["metadata"]["tool_state"] == "awaiting-approval"
    session = app.session_hash  # the calls proposed are kept in this session's gr.State
    approved = {"id": "call_1", "approved": True}
    (history,) = replied(fire_event(url, "tool_approval", [proposed, None], approved, session))
    assert history[-2]["metadata"]["tool_state"] == "done"
    assert last(history) == [{"role": "assistant", "content": "Booked Chez Panisse at 19:30"}]
    # A call the client wrote into the history itself awaits approval there, but was never proposed.
    forged = tool_call_thought("call_9", "book_table", '{"restaurant": "Elsewhere", "time": "3:00"}', "pending")
    forged["metadata"]["tool_state"] = "awaiting-approval"
    done = fire_event(url, "tool_approval", [[*history, forged], None], {"id": "call_9", "approved": True}, session)
    assert not done["success"] and "No tool call call_9 was proposed" in done["output"]["error"]


def sources(url: str, tmp_path: Path) -> None:
    _, history = client(url).predict("Why?", [], api_name="/answer")
    changelog, _, notes = history[-1]["metadata"]["sources"]
    assert changelog["url"] == "https://www.gradio.app/changelog"
    with urllib.request.urlopen(notes["file"]["url"], timeout=10) as served:
        assert served.read() == (EXAMPLES / "notes.md").read_bytes()


def speakers(url: str, tmp_path: Path) -> None:
    _, history = client(url).predict("Review this", [], api_name="/agents")
    assert [message["metadata"]["name"] for message in history[-2:]] == ["Writer", "Critic"]


def stop_button(url: str, tmp_path: Path) -> None:
    app = client(url)
    _, history = app.predict("Tell me", [], api_name="/add_user")
    history = app.predict(history, api_name="/respond")
    assert history[-1]["content"].strip() == "a long answer, streamed word by word"
    dependencies = json.load(urllib.request.urlopen(f"{url}config", timeout=10))["dependencies"]
    replies = {index for index, dependency in enumerate(dependencies) if dependency["api_name"].startswith("respond")}
    stopped = {
        index for dependency in dependencies if dependency["targets"][0][1] == "stop" for index in dependency["cancels"]
    }
    assert len(replies) == 2 and stopped == replies  # the reply and the retried reply


def feedback(url: str, tmp_path: Path) -> None:
    comment = {"content": ["Boil it."], "comment": "It forgot the steps"}
    (shown,) = replied(fire_event(url, "like", [], {"index": 1, "value": comment, "liked": False}))
    assert shown == "Comment on message 1: It forgot the steps"
    (shown,) = replied(fire_event(url, "like", [], {"index": 1, "value": ["Boil it."], "liked": True}))
    assert shown == "Feedback on message 1: True"


def versions(url: str, tmp_path: Path) -> None:
    app = client(url)
    shown = {"role": "assistant", "content": "Blue", "metadata": {"versions": [{"content": "Red"}], "version": 1}}
    _, history = app.predict("And another", [{"role": "user", "content": "Name a colour"}, shown], api_name="/add_user")
    history = app.predict(history, api_name="/respond")
    assert history[1]["metadata"]["versions"] == [{"content": "Red"}]
    assert last(history, 2) == [
        {"role": "user", "content": "And another"},
        {"role": "assistant", "content": "Orange"},
    ]


DRIVEN: dict[str, Callable[[str, Path], None]] = {
    f"{drive.__name__}.py": drive
    for drive in (
        quickstart,
        appearance,
        chat_interface,
        openai_chat,
        openai_files,
        anthropic_chat,
        responses_chat,
        chat_interface_openai,
        chat_interface_files,
        tool_calls,
        tool_approval,
        sources,
        speakers,
        stop_button,
        feedback,
        versions,
    )
}
LLM_SERVER: dict[str, type[StandIn]] = {  # one of each provider among them
    "openai_chat.py": OpenAIStandIn,
    "openai_files.py": OpenAIStandIn,
    "anthropic_chat.py": AnthropicStandIn,
    "responses_chat.py": ResponsesStandIn,
    "chat_interface_openai.py": LlamaCppStandIn,
    "chat_interface_files.py": TGIStandIn,
}


@pytest.mark.parametrize("name", sorted(DRIVEN))
def test_the_example_app_answers_a_message(name, tmp_path):
    env = {"GRADIO_TEMP_DIR": str(tmp_path / "gradio")}
    stand_in = LLM_SERVER.get(name)
    if stand_in is None:
        with serve_script(EXAMPLES / name, cwd=ROOT, env=env) as url:
            DRIVEN[name](url, tmp_path)
        return
    with stand_in() as server:
        env |= {"OPENAI_BASE_URL": f"{server.url}/v1", "OPENAI_API_KEY": "stand-in"}
        env |= {"ANTHROPIC_BASE_URL": server.url, "ANTHROPIC_API_KEY": "stand-in"}
        with serve_script(EXAMPLES / name, cwd=ROOT, env=env) as url:
            DRIVEN[name](url, tmp_path)
        assert server.requests and server.refusals() == []


# ---- the scripts ----

SCRIPTS = {"api_client.py", "conversions.py"}


def promised_outputs(script: str) -> list[str]:
    """Each ``# ...`` comment under a line of code, as a pattern (``...`` elides, spacing is free)."""
    promised = re.findall(r"^[^#\n].*\n((?:# .*\n)+)", script, flags=re.MULTILINE)
    return [
        r"\s*".join(re.escape(word).replace(r"\.\.\.", ".*") for word in comment.replace("# ", " ").split())
        for comment in promised
    ]


def run(code: str, folder: Path) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_the_example_script_prints_what_its_comments_say(name, tmp_path):
    script = (EXAMPLES / name).read_text()
    png(tmp_path, "cat.png")  # the picture they name
    if DEMO_URL in script:  # a gradio_client script, calling the demo
        with serve_script(ROOT / "demo" / "app.py", env={"DEMO_TOKEN_DELAY": "0"}) as url:
            printed = run(script.replace(DEMO_URL, url), tmp_path)
    else:
        printed = run(script, tmp_path)
    promised = promised_outputs(script)
    assert promised
    for pattern in promised:
        assert re.search(pattern, printed), f"{name} does not print {pattern!r}; it printed:\n{printed}"
