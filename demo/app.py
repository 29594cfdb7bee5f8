"""MessagesChatbot demo.

With OPENAI_BASE_URL set (and optionally OPENAI_API_KEY, OPENAI_MODEL), it chats
through any OpenAI-compatible server (llama.cpp server, TGI, vLLM, OpenAI) with
streaming, images and a tool the model may call. Without it, a built-in offline
assistant streams a scripted reply that shows every feature.

Run with `make demo` (or `gradio cc dev` while working on the component).
"""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
from gradio_messageschatbot import (
    ChatMessage,
    MessagesChatbot,
    OpenAIStream,
    ToolApprovalData,
    stream_openai,
    to_openai,
    tool_call_thought,
    tool_result_thought,
)

FILES = Path(__file__).parent / "files"
# Code blocks are fenced with ~~~: the docs Space shows this file inside a backtick fence, which theirs would close.
TOKEN_DELAY = float(os.environ.get("DEMO_TOKEN_DELAY", "0.02"))

WELCOME = [
    {"role": "user", "content": "What can this chatbot show?"},
    ChatMessage(
        content="I looked at the component's features first.",
        metadata={"title": "Planning the answer", "id": "plan", "status": "done", "duration": 0.8},
    ),
    ChatMessage(
        content="Found: markdown, files, thoughts, media.",
        metadata={"title": "Tool: list_features", "parent_id": "plan", "log": "4 results"},
    ),
    {
        "role": "assistant",
        "content": (
            "**Markdown** with lists, tables and code:\n\n"
            "| format | ready for |\n|---|---|\n| messages | OpenAI, TGI, llama.cpp |\n\n"
            '~~~python\nhistory.append({"role": "user", "content": "Hi"})\n~~~\n\n'
            "and math: $$e^{i\\pi} + 1 = 0$$\n\nAsk me anything to see a streamed reply with every kind of content."
        ),
    },
    {"role": "user", "content": "Send me the notes as a file."},
    {"role": "assistant", "content": {"path": str(FILES / "release-notes.txt")}},
]


# --- offline assistant ---------------------------------------------------------

SCRIPTED_ANSWER = (
    "Here is a tour of what a reply can hold.\n\n"
    "1. **Markdown**, with `inline code` and a block:\n\n"
    "~~~python\nfor message in history:\n    print(message['role'], message['content'])\n~~~\n\n"
    "2. **LaTeX** as people write it: $e^{i\\pi} = -1$, \\(a^2 + b^2 = c^2\\) and "
    "$$\\int_0^1 x^2\\,dx = \\tfrac{1}{3}$$ (prices like $5 and $10 stay text).\n\n"
    "3. A table, shown as one from its first row:\n\n"
    "| streams | as |\n| --- | --- |\n| code | a code block |\n| **bold** | bold |\n\n"
    "4. Files and media, below.\n\n"
    "5. **Sources**: markers such as [1] and [2] link to the numbered chips under the answer [3]."
)
TOUR_SOURCES = [
    {"title": "Gradio", "url": "https://www.gradio.app/docs/gradio/chatbot", "snippet": "gr.Chatbot's reference"},
    {"url": "https://platform.openai.com/docs/api-reference/chat", "snippet": "The messages format"},
    {"title": "Release notes", "file": {"path": str(FILES / "release-notes.txt")}},
]


def words(text: str) -> Iterator[str]:
    """The text split into streaming-sized pieces (spaces kept)."""
    start = 0
    for end in range(len(text)):
        if text[end] == " ":
            yield text[start : end + 1]
            start = end + 1
    yield text[start:]


def plot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=(5, 3))
    plt.plot([1, 2, 3, 4], [3, 1, 4, 1], marker="o")
    plt.title("A plot in a message")
    return figure


def media_messages() -> list[dict]:
    """An image, a gallery, a video and a sound, each shown by its Gradio component."""
    return [
        {"role": "assistant", "content": gr.Image(str(FILES / "mandelbrot.png"), label="Mandelbrot")},
        {
            "role": "assistant",
            "content": gr.Gallery(
                [(str(FILES / "pattern.png"), "Pattern"), (str(FILES / "mandelbrot.png"), "Mandelbrot")]
            ),
        },
        {"role": "assistant", "content": gr.Video(str(FILES / "clip.webm"), label="Clip")},
        {"role": "assistant", "content": gr.Audio(str(FILES / "tone.wav"), label="Tone")},
    ]


def offline_reply(history: list) -> Iterator[list]:
    """Stream a scripted reply: a thought with a nested tool call, markdown with cited sources, a file, every
    media kind, and a second agent with its own name and avatar."""
    history = list(history)
    thought = {
        "role": "assistant",
        "content": "",
        "metadata": {"title": "Thinking", "id": "think", "status": "pending"},
    }
    history.append(thought)
    for piece in words("The person wants a tour. I will look up the features, then answer."):
        thought["content"] += piece
        time.sleep(TOKEN_DELAY)
        yield history
    call = tool_call_thought("tour-1", "list_features", '{"kind": "all"}', "pending", "running")
    call["metadata"]["parent_id"] = "think"
    history.append(call)
    yield history
    time.sleep(TOKEN_DELAY * 10)
    call["metadata"].update(status="done", tool_state="done", duration=0.2)
    history.append(tool_result_thought("tour-1", "markdown, LaTeX, file, plot, image, gallery, video, audio"))
    thought["metadata"] = {**thought["metadata"], "status": "done", "duration": 0.6}
    now = datetime.datetime.now(datetime.timezone.utc)
    answer = {
        "role": "assistant",
        "content": "",
        "metadata": {"sources": TOUR_SOURCES, "name": "Guide", "timestamp": now},
    }
    history.append(answer)
    for piece in words(SCRIPTED_ANSWER):
        answer["content"] += piece
        time.sleep(TOKEN_DELAY)
        yield history
    history += [
        {"role": "assistant", "content": {"path": str(FILES / "release-notes.txt")}},
        {"role": "assistant", "content": gr.Plot(plot(), label="Plot")},
        *media_messages(),
        {
            "role": "assistant",
            "content": "Checked: every kind shows. A second agent speaks under its own name and avatar.",
            "metadata": {"name": "Reviewer", "avatar": {"path": str(FILES / "pattern.png")}, "timestamp": now},
        },
        tool_call_thought("tour-2", "email_summary", '{"to": "you@example.org"}', "pending", "awaiting-approval"),
    ]
    yield history


def on_tool_approval(history: list, data: ToolApprovalData) -> Iterator[list]:
    """Approve runs the call (running, then done with its result); Deny marks it denied."""
    call = history[data.index]
    if not data.approved:
        call["metadata"].update(status="done", tool_state="denied")
        yield history
        return
    call["metadata"]["tool_state"] = "running"
    yield history
    time.sleep(TOKEN_DELAY * 10)
    call["metadata"].update(status="done", tool_state="done", duration=0.2)
    history.insert(data.index + 1, tool_result_thought(str(data.id), "Summary sent."))
    yield history


# --- OpenAI-compatible server --------------------------------------------------

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_time",
            "description": "The current date and time in UTC.",
            "parameters": {"type": "object", "properties": {}},
        },
    }
]


def run_tool(name: str) -> str:
    if name == "get_time":
        return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"unknown tool {name!r}"


def openai_reply(history: list) -> Iterator[list]:
    """Stream the model's reply; run the tools it calls and let it answer with the results."""
    from openai import OpenAI

    client = OpenAI(base_url=os.environ["OPENAI_BASE_URL"], api_key=os.environ.get("OPENAI_API_KEY", "not-needed"))
    model = os.environ.get("OPENAI_MODEL", "default")
    history = list(history)
    for _ in range(3):  # a model that keeps calling tools gets three rounds
        stream = OpenAIStream()
        chunks = client.chat.completions.create(model=model, messages=to_openai(history), tools=TOOLS, stream=True)
        reply: list = []
        for reply in stream_openai(chunks, stream):
            yield history + reply
        history += reply
        if not stream.tool_calls:
            return
        for call in stream.tool_calls:
            history.append(tool_result_thought(call.id, run_tool(call.name)))
        yield history


# --- the app ---------------------------------------------------------------------


def add_user_message(message: dict, history: list) -> tuple[list, dict]:
    """Put what the person typed (and attached) into the history, and clear the box."""
    content = [{"path": path} for path in message.get("files", [])]
    if message.get("text"):
        content.append(message["text"])
    if content:
        history = [*history, {"role": "user", "content": content[0] if len(content) == 1 else content}]
    return history, {"text": "", "files": []}


def respond(history: list) -> Iterator[list]:
    """The assistant's turn: a real model when OPENAI_BASE_URL is set, the scripted tour otherwise."""
    if os.environ.get("OPENAI_BASE_URL"):
        yield from openai_reply(history)
    else:
        yield from offline_reply(history)


def on_like(data: gr.LikeData) -> None:
    """Feedback arrives here; a second click on the same thumb takes it back (liked == "").
    A comment written after it arrives as a second event whose value holds it."""
    if isinstance(data.value, dict):
        gr.Info(f"Thanks for the comment on message {data.index}: {data.value['comment']}")
        return
    verdicts = {True: "liked", False: "disliked", "": "took back the feedback on"}
    verdict = verdicts.get(data.liked, f"flagged ({data.liked})")
    gr.Info(f"You {verdict} message {data.index}.")


def on_retry(history: list, data: gr.RetryData) -> list:
    """Drop the reply to the last user message; `respond` then answers it again."""
    return history[: data.index + 1]


def on_undo(history: list, data: gr.UndoData) -> tuple[list, dict]:
    """Take back the last turn and put the user's words back into the box."""
    text = data.value if isinstance(data.value, str) else ""
    return history[: data.index], {"text": text, "files": []}


def on_edit(history: list, data: gr.EditData) -> list:
    """An edited user message starts the conversation again from there."""
    return history[: data.index + 1]


with gr.Blocks(title="MessagesChatbot demo") as demo:
    mode = f"talking to {os.environ['OPENAI_BASE_URL']}" if os.environ.get("OPENAI_BASE_URL") else "offline assistant"
    gr.Markdown(f"# MessagesChatbot\nA chatbot that speaks the messages format ({mode}).")
    layout = gr.Radio(["bubble", "panel"], value="bubble", label="Layout", elem_id="demo-layout")
    chatbot = MessagesChatbot(
        value=WELCOME,
        label="Assistant",
        elem_id="demo-chatbot",
        height=560,
        editable="user",
        reasoning_tags=[("<think>", "</think>")],
        feedback_comment=True,
    )
    textbox = gr.MultimodalTextbox(
        placeholder="Type a message and press Enter", show_label=False, elem_id="demo-input", file_types=["image"]
    )
    replying = textbox.submit(add_user_message, [textbox, chatbot], [chatbot, textbox], queue=False).then(
        respond, chatbot, chatbot, api_name="respond"
    )
    chatbot.like(on_like)
    retrying = chatbot.retry(on_retry, chatbot, chatbot, queue=False).then(respond, chatbot, chatbot)
    chatbot.undo(on_undo, chatbot, [chatbot, textbox], queue=False)
    editing = chatbot.edit(on_edit, chatbot, chatbot, queue=False).then(respond, chatbot, chatbot)
    # The stop button shows in the chat while a reply streams, and ends it.
    chatbot.stop(None, cancels=[replying, retrying, editing])
    chatbot.tool_approval(on_tool_approval, outputs=chatbot)
    gr.ClearButton([chatbot, textbox])
    layout.change(lambda choice: MessagesChatbot(layout=choice), layout, chatbot)


if __name__ == "__main__":
    # Port 7860 unless GRADIO_SERVER_PORT says otherwise (the tests pick a free one).
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(FILES)])
