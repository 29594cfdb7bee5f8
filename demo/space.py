
import gradio as gr
from app import demo as app
import os

_docs = {'MessagesChatbot': {'description': 'A chatbot whose value is a list of messages in the messages format.\n\nFunctions receive the history as ``{"role", "content"}`` dicts (``type="messages"``), as Gradio 6\'s\nnormalized form (``type="normalized"``) or as OpenAI chat-completions messages (``type="openai"``).\nEverything ``gr.Chatbot`` accepts can be returned.\n\nThe events are ``gr.Chatbot``\'s, with the same event data. ``change``; ``select``, ``example_select``\nand ``option_select`` (``gr.SelectData``); ``like`` (``gr.LikeData``, with the rated group of\nmessages); ``retry`` and ``undo`` (``gr.RetryData``, ``gr.UndoData``, with the user\'s last turn);\n``clear``; ``copy`` (``gr.CopyData``); ``edit`` (``gr.EditData``, with the new and previous text).\nThree more: ``tool_approval`` (``ToolApprovalData``), when the user approves or denies a tool call whose\n``tool_state`` is "awaiting-approval" (the history is the handler\'s first input); ``stop``: wired\n(``chatbot.stop(None, cancels=[reply_event])``), it shows a stop button while a reply streams; and ``input``,\nwhen the user picks another version of a reply. ``like`` and ``tool_approval`` default to\n``trigger_mode="multiple"``, so that a comment or a second decision sent while a handler runs is not dropped.', 'members': {'__init__': {'value': {'type': 'list[MessageDict | ChatMessage | Message]\n    | Callable[..., Any]\n    | None', 'default': 'None', 'description': 'The history shown first: a list of messages, each a {"role": "user" | "assistant" | "system", "content": ...} dict or a ChatMessage, where content is markdown text, a file ({"path": ...}), a Gradio component (gr.Image, gr.Plot, ...) or a list of these. A function is called at every page load to compute it.'}, 'type': {'type': 'HistoryType', 'default': '"messages"', 'description': 'What event functions receive: "messages" (role/content dicts; text alone is one str, files are file dicts, components are component instances), "normalized" (gr.Chatbot 6\'s lists of {"type": "text" | "file" | "component"} blocks) or "openai" (OpenAI chat-completions messages, ready to send). "tuples" raises an error explaining how to convert.'}, 'cache_max_bytes': {'type': 'int', 'default': '67108864', 'description': 'Estimated memory, for all sessions together, that may keep converted messages between updates so that streaming into a long history converts only what changed. Least recently used histories are dropped past it, a larger history is converted whole at every update, and a history idle for 30 seconds is dropped. 0 keeps nothing.'}, 'label': {'type': 'str | I18nData | None', 'default': 'None', 'description': 'The label shown above the chatbot; also the header of an examples table. Inside gr.Interface, None means the name of the parameter the component is assigned to.'}, 'every': {'type': 'Timer | float | None', 'default': 'None', 'description': "If `value` is a function, recompute it on this Timer's ticks, or every this many seconds (a float). No effect otherwise."}, 'inputs': {'type': 'gr.components.Component\n    | Sequence[gr.components.Component]\n    | set[gr.components.Component]\n    | None', 'default': 'None', 'description': 'If `value` is a function, the components whose values it takes; `value` is recomputed whenever one of them changes. No effect otherwise.'}, 'show_label': {'type': 'bool | None', 'default': 'None', 'description': 'Whether to show the label.'}, 'container': {'type': 'bool', 'default': 'True', 'description': 'If True, the chatbot sits in a padded container with a border.'}, 'scale': {'type': 'int | None', 'default': 'None', 'description': 'Width relative to the neighbours in a Row (scale=2 is twice as wide as scale=1); also applies to top-level components in Blocks(fill_height=True). An integer.'}, 'min_width': {'type': 'int', 'default': '160', 'description': 'Minimum width in pixels; the row wraps before the chatbot gets narrower, whatever its scale.'}, 'visible': {'type': 'bool | Literal["hidden"]', 'default': 'True', 'description': 'False hides the chatbot; "hidden" keeps it in the page but takes no space in the layout.'}, 'elem_id': {'type': 'str | None', 'default': 'None', 'description': "An id for the chatbot's HTML element, for CSS."}, 'elem_classes': {'type': 'list[str] | str | None', 'default': 'None', 'description': "Classes for the chatbot's HTML element, for CSS."}, 'autoscroll': {'type': 'bool', 'default': 'True', 'description': 'If True, the chat follows new content to the bottom, until the user scrolls up; a button jumps back down.'}, 'render': {'type': 'bool', 'default': 'True', 'description': 'If False, the chatbot is not placed in the enclosing Blocks now; call .render() later (events can be attached before).'}, 'key': {'type': 'int | str | tuple[int | str, ...] | None', 'default': 'None', 'description': 'Inside gr.render, components with the same key across re-renders are the same component; the properties named in `preserved_by_key` keep their values.'}, 'preserved_by_key': {'type': 'list[str] | str | None', 'default': '"value"', 'description': 'The constructor parameters whose values (changed by the user or an event) survive a re-render with the same key inside gr.render.'}, 'height': {'type': 'int | str | None', 'default': '400', 'description': 'Height in pixels (a number) or any CSS size (a string); longer histories scroll.'}, 'resizable': {'type': 'bool', 'default': 'False', 'description': 'If True, the user can resize the chatbot by dragging its bottom right corner.'}, 'max_height': {'type': 'int | str | None', 'default': 'None', 'description': 'Maximum height in pixels or CSS units: a shorter history shrinks the chatbot, a longer one scrolls. No effect when `height` is smaller.'}, 'min_height': {'type': 'int | str | None', 'default': 'None', 'description': 'Minimum height in pixels or CSS units: a longer history grows the chatbot. No effect when `height` is larger.'}, 'editable': {'type': 'Literal["user", "all"] | None', 'default': 'None', 'description': '"user" lets the user edit their own messages, "all" every message; None allows no editing. An edit fires the `edit` event (gr.EditData).'}, 'latex_delimiters': {'type': 'list[dict[str, str | bool]] | None', 'default': 'None', 'description': 'How LaTeX is found in text: a list of {"left": str, "right": str, "display": bool} dicts. None means the four usual pairs: double dollars and \\[ \\] (display), single dollars and \\( \\) (inline), where a single dollar counts only as Pandoc counts it, so prices stay text. An empty list turns LaTeX off.'}, 'rtl': {'type': 'bool', 'default': 'False', 'description': 'If True, text runs right to left.'}, 'buttons': {'type': 'list[Literal["share", "copy", "copy_all"] | Button] | None', 'default': 'None', 'description': 'Toolbar buttons: "copy" (a copy button on each message), "copy_all" (the whole chat) and gr.Button instances (shown in the toolbar with their label and icon; a click fires the button\'s own `click` events, as in gr.Chatbot). "share" is not shown (it works only on Hugging Face Spaces).'}, 'watermark': {'type': 'str | None', 'default': 'None', 'description': 'Text appended, after a blank line, to whatever is copied from the chatbot (e.g. to say it was generated by a model).'}, 'avatar_images': {'type': 'tuple[str | Path | None, str | Path | None] | None', 'default': 'None', 'description': "Two image paths or URLs, for the user and the assistant in that order; None for either shows none. Paths must lie in the app's working directory."}, 'sanitize_html': {'type': 'bool', 'default': 'True', 'description': 'If True, HTML in messages is sanitized before it is shown. Turning it off lets messages run scripts: do not, for text you do not control.'}, 'render_markdown': {'type': 'bool', 'default': 'True', 'description': 'If True, text is rendered as Markdown; if False, shown as written.'}, 'feedback_options': {'type': 'list[str] | tuple[str, ...] | None', 'default': '"Like", "Dislike"', 'description': 'The feedback a user can give an assistant message. "Like" and "Dislike" (exact case) show as thumbs; other options are listed under a flag icon. Each choice fires the `like` event (gr.LikeData).'}, 'feedback_value': {'type': 'Sequence[str | None] | None', 'default': 'None', 'description': 'The feedback already given: one entry per assistant group of messages, in order, an option or None.'}, 'line_breaks': {'type': 'bool', 'default': 'True', 'description': 'If True, a single newline in Markdown text breaks the line (GitHub style); if False, it is ignored. Only with `render_markdown`.'}, 'layout': {'type': 'Literal["panel", "bubble"] | None', 'default': 'None', 'description': '"bubble" (the default) shows user and assistant messages on alternating sides in bubbles; "panel" shows them full width, one under the other.'}, 'placeholder': {'type': 'str | None', 'default': 'None', 'description': 'Markdown (HTML allowed) shown centered while the chat is empty; None shows nothing.'}, 'examples': {'type': 'list[ExampleMessage] | None', 'default': 'None', 'description': 'Example messages shown while the chat is empty, each a dict with optional "text", "files" (a list of paths), "icon" (an image path or URL) and "display_text" (shown instead of "text"). Clicking one fires `example_select`.'}, 'allow_file_downloads': {'type': 'bool', 'default': 'True', 'description': 'If True, media and files in messages get a download button.'}, 'group_consecutive_messages': {'type': 'bool', 'default': 'True', 'description': 'If True, consecutive messages of the same role share one bubble; if False, each message has its own.'}, 'allow_tags': {'type': 'list[str] | bool', 'default': 'True', 'description': 'Tags kept in text even when `sanitize_html` is on: a list such as ["thinking"], True for every non-standard HTML tag, False for none.'}, 'reasoning_tags': {'type': 'list[tuple[str, str]] | None', 'default': 'None', 'description': 'Pairs (open, close) such as [("<think>", "</think>")]: text between them in an assistant message is shown as a separate collapsible "Reasoning" thought before the answer, pending while a tag is still open. None extracts nothing.'}, 'like_user_message': {'type': 'bool', 'default': 'False', 'description': 'If True, user messages get feedback buttons too.'}, 'feedback_comment': {'type': 'bool', 'default': 'False', 'description': 'If True, choosing feedback opens an optional comment box under the message; sending it fires `like` again with the same index and `liked`, and as value {"content": [the rated contents], "comment": the text}.'}}, 'postprocess': {'value': {'type': 'Sequence[\n        MessageDict\n        | Mapping[str, typing.Any]\n        | WireMessage\n        | gradio.components.chatbot.Message\n        | gradio.components.chatbot.ChatMessage\n    ]\n    | MessagesHistory\n    | None', 'description': 'the history as a list of messages: {"role", "content"} dicts or ChatMessage, whose content is markdown text, a file ({"path": ...}), a component or a list of these; gr.Chatbot 6\'s normalized dicts and OpenAI messages are taken too.'}}, 'preprocess': {'return': {'type': 'list[typing.Any]', 'description': 'the history as a list of messages: {"role", "content"} dicts whose content is a str (all text joined), a file dict, a component or a list of these; with type="normalized", gr.Chatbot 6\'s dicts of content blocks; with type="openai", OpenAI chat-completions messages.'}, 'value': None}}, 'events': {'change': {'type': None, 'default': None, 'description': 'Triggered when the value of the MessagesChatbot changes either because of user input (e.g. a user types in a textbox) OR because of a function update (e.g. an image receives a value from the output of an event trigger). See `.input()` for a listener that is only triggered by user input.'}, 'select': {'type': None, 'default': None, 'description': 'Event listener for when the user selects or deselects the MessagesChatbot. Uses event data gradio.SelectData to carry `value` referring to the label of the MessagesChatbot, and `selected` to refer to state of the MessagesChatbot. See https://www.gradio.app/main/docs/gradio/eventdata for more details.'}, 'like': {'type': None, 'default': None, 'description': 'This listener is triggered when the user likes/dislikes from within the MessagesChatbot. This event has EventData of type gradio.LikeData that carries information, accessible through LikeData.index and LikeData.value. See EventData documentation on how to use this event data.'}, 'retry': {'type': None, 'default': None, 'description': 'This listener is triggered when the user clicks the retry button in the chatbot message.'}, 'undo': {'type': None, 'default': None, 'description': 'This listener is triggered when the user clicks the undo button in the chatbot message.'}, 'example_select': {'type': None, 'default': None, 'description': 'This listener is triggered when the user clicks on an example from within the MessagesChatbot. This event has SelectData of type gradio.SelectData that carries information, accessible through SelectData.index and SelectData.value. See SelectData documentation on how to use this event data.'}, 'option_select': {'type': None, 'default': None, 'description': 'This listener is triggered when the user clicks on an option from within the MessagesChatbot. This event has SelectData of type gradio.SelectData that carries information, accessible through SelectData.index and SelectData.value. See SelectData documentation on how to use this event data.'}, 'clear': {'type': None, 'default': None, 'description': 'This listener is triggered when the user clears the MessagesChatbot using the clear button for the component.'}, 'copy': {'type': None, 'default': None, 'description': 'This listener is triggered when the user copies content from the MessagesChatbot. Uses event data gradio.CopyData to carry information about the copied content. See EventData documentation on how to use this event data'}, 'edit': {'type': None, 'default': None, 'description': 'This listener is triggered when the user edits the MessagesChatbot (e.g. image) using the built-in editor.'}, 'tool_approval': {'type': None, 'default': None, 'description': 'Triggered when the user approves or denies a tool call awaiting approval (ToolApprovalData).'}, 'stop': {'type': None, 'default': None, 'description': 'This listener is triggered when the user clicks the stop button that the MessagesChatbot shows while a reply streams into it. The button shows only once a listener is wired; pass the events it stops as `cancels=`, e.g. `chatbot.stop(None, cancels=[reply_event])`.'}, 'input': {'type': None, 'default': None, 'description': 'This listener is triggered when the user changes the value of the MessagesChatbot.'}}}, '__meta__': {'additional_interfaces': {'MessageDict': {'source': 'class MessageDict(TypedDict):\n    role: Role\n    content: MessageContent | list[MessageContent]\n    metadata: NotRequired[MetadataDict]\n    options: NotRequired[list[OptionDict]]', 'refs': ['FileDataDict', 'MetadataDict', 'OptionDict']}, 'FileDataDict': {'source': 'class FileDataDict(TypedDict):\n    path: str\n    url: NotRequired[str | None]\n    size: NotRequired[int | None]\n    orig_name: NotRequired[str | None]\n    mime_type: NotRequired[str | None]\n    is_stream: NotRequired[bool]\n    meta: NotRequired[\n        dict[Literal["_type"], Literal["gradio.FileData"]]\n    ]\n    alt_text: NotRequired[str | None]', 'refs': []}, 'MetadataDict': {'source': 'class MetadataDict(TypedDict, total=False):\n    title: str\n    id: int | str\n    parent_id: int | str\n    log: str\n    duration: float\n    status: Literal["pending", "done"]\n    tool_state: ToolState\n    sources: list[SourceDict]\n    name: str\n    avatar: str | FileDataDict\n    timestamp: str\n    versions: list[dict[str, Any]]\n\n    version: int', 'refs': ['FileDataDict', 'SourceDict']}, 'SourceDict': {'source': 'class SourceDict(TypedDict, total=False):\n    title: str\n    url: str\n    snippet: str\n    file: FileDataDict', 'refs': ['FileDataDict']}, 'OptionDict': {'source': 'class OptionDict(TypedDict):\n    value: str\n    label: NotRequired[str]', 'refs': []}}, 'user_fn_refs': {'MessagesChatbot': ['MessageDict']}}}

abs_path = os.path.join(os.path.dirname(__file__), "css.css")

with gr.Blocks(
    css=abs_path,
    theme=gr.themes.Default(
        font_mono=[
            gr.themes.GoogleFont("Inconsolata"),
            "monospace",
        ],
    ),
) as demo:
    gr.Markdown(
"""
# `gradio_messageschatbot`

<div style="display: flex; gap: 7px;">
<img alt="Static Badge" src="https://img.shields.io/badge/version%20-%200.1.0%20-%20orange"> <a href="https://github.com/gradio-messageschatbot/gradio_messageschatbot/issues" target="_blank"><img alt="Static Badge" src="https://img.shields.io/badge/Issues-white?logo=github&logoColor=black"></a> <a href="https://huggingface.co/spaces/gradio-messageschatbot/gradio_messageschatbot/discussions" target="_blank"><img alt="Static Badge" src="https://img.shields.io/badge/%F0%9F%A4%97%20Discuss-%23097EFF?style=flat&logoColor=black"></a>
</div>

A Gradio chatbot that speaks the messages format: role/content dicts, files, components and thoughts, fast and safe.
""", elem_classes=["md-custom"], header_links=True)
    app.render()
    gr.Markdown(
"""
## Installation

```
pip install gradio_messageschatbot
```

## Usage

```
\"\"\"MessagesChatbot demo.

With OPENAI_BASE_URL set (and optionally OPENAI_API_KEY, OPENAI_MODEL), it chats
through any OpenAI-compatible server (llama.cpp server, TGI, vLLM, OpenAI) with
streaming, images and a tool the model may call. Without it, a built-in offline
assistant streams a scripted reply that shows every feature.

Run with `make demo` (or `gradio cc dev` while working on the component).
\"\"\"

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
    \"\"\"The text split into streaming-sized pieces (spaces kept).\"\"\"
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
    \"\"\"An image, a gallery, a video and a sound, each shown by its Gradio component.\"\"\"
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
    \"\"\"Stream a scripted reply: a thought with a nested tool call, markdown with cited sources, a file, every
    media kind, and a second agent with its own name and avatar.\"\"\"
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
    \"\"\"Approve runs the call (running, then done with its result); Deny marks it denied.\"\"\"
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
    \"\"\"Stream the model's reply; run the tools it calls and let it answer with the results.\"\"\"
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
    \"\"\"Put what the person typed (and attached) into the history, and clear the box.\"\"\"
    content = [{"path": path} for path in message.get("files", [])]
    if message.get("text"):
        content.append(message["text"])
    if content:
        history = [*history, {"role": "user", "content": content[0] if len(content) == 1 else content}]
    return history, {"text": "", "files": []}


def respond(history: list) -> Iterator[list]:
    \"\"\"The assistant's turn: a real model when OPENAI_BASE_URL is set, the scripted tour otherwise.\"\"\"
    if os.environ.get("OPENAI_BASE_URL"):
        yield from openai_reply(history)
    else:
        yield from offline_reply(history)


def on_like(data: gr.LikeData) -> None:
    \"\"\"Feedback arrives here; a second click on the same thumb takes it back (liked == "").
    A comment written after it arrives as a second event whose value holds it.\"\"\"
    if isinstance(data.value, dict):
        gr.Info(f"Thanks for the comment on message {data.index}: {data.value['comment']}")
        return
    verdicts = {True: "liked", False: "disliked", "": "took back the feedback on"}
    verdict = verdicts.get(data.liked, f"flagged ({data.liked})")
    gr.Info(f"You {verdict} message {data.index}.")


def on_retry(history: list, data: gr.RetryData) -> list:
    \"\"\"Drop the reply to the last user message; `respond` then answers it again.\"\"\"
    return history[: data.index + 1]


def on_undo(history: list, data: gr.UndoData) -> tuple[list, dict]:
    \"\"\"Take back the last turn and put the user's words back into the box.\"\"\"
    text = data.value if isinstance(data.value, str) else ""
    return history[: data.index], {"text": text, "files": []}


def on_edit(history: list, data: gr.EditData) -> list:
    \"\"\"An edited user message starts the conversation again from there.\"\"\"
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

```
""", elem_classes=["md-custom"], header_links=True)


    gr.Markdown("""
## `MessagesChatbot`

### Initialization
""", elem_classes=["md-custom"], header_links=True)

    gr.ParamViewer(value=_docs["MessagesChatbot"]["members"]["__init__"], linkify=['MessageDict', 'FileDataDict', 'MetadataDict', 'SourceDict', 'OptionDict'])


    gr.Markdown("### Events")
    gr.ParamViewer(value=_docs["MessagesChatbot"]["events"], linkify=['Event'])




    gr.Markdown("""

### User function

The impact on the users predict function varies depending on whether the component is used as an input or output for an event (or both).

- When used as an Input, the component only impacts the input signature of the user function.
- When used as an output, the component only impacts the return signature of the user function.

The code snippet below is accurate in cases where the component is used as both an input and an output.

- **As input:** Is passed, the history as a list of messages: {"role", "content"} dicts whose content is a str (all text joined), a file dict, a component or a list of these; with type="normalized", gr.Chatbot 6's dicts of content blocks; with type="openai", OpenAI chat-completions messages.
- **As output:** Should return, the history as a list of messages: {"role", "content"} dicts or ChatMessage, whose content is markdown text, a file ({"path": ...}), a component or a list of these; gr.Chatbot 6's normalized dicts and OpenAI messages are taken too.

 ```
def predict(
    value: list[typing.Any]
) -> Sequence[
        MessageDict
        | Mapping[str, typing.Any]
        | WireMessage
        | gradio.components.chatbot.Message
        | gradio.components.chatbot.ChatMessage
    ]
    | MessagesHistory
    | None:
    return value
```
""", elem_classes=["md-custom", "MessagesChatbot-user-fn"], header_links=True)




    code_MessageDict = gr.Markdown("""
## `MessageDict`
```
class MessageDict(TypedDict):
    role: Role
    content: MessageContent | list[MessageContent]
    metadata: NotRequired[MetadataDict]
    options: NotRequired[list[OptionDict]]
```""", elem_classes=["md-custom", "MessageDict"], header_links=True)

    code_FileDataDict = gr.Markdown("""
## `FileDataDict`
```
class FileDataDict(TypedDict):
    path: str
    url: NotRequired[str | None]
    size: NotRequired[int | None]
    orig_name: NotRequired[str | None]
    mime_type: NotRequired[str | None]
    is_stream: NotRequired[bool]
    meta: NotRequired[
        dict[Literal["_type"], Literal["gradio.FileData"]]
    ]
    alt_text: NotRequired[str | None]
```""", elem_classes=["md-custom", "FileDataDict"], header_links=True)

    code_MetadataDict = gr.Markdown("""
## `MetadataDict`
```
class MetadataDict(TypedDict, total=False):
    title: str
    id: int | str
    parent_id: int | str
    log: str
    duration: float
    status: Literal["pending", "done"]
    tool_state: ToolState
    sources: list[SourceDict]
    name: str
    avatar: str | FileDataDict
    timestamp: str
    versions: list[dict[str, Any]]

    version: int
```""", elem_classes=["md-custom", "MetadataDict"], header_links=True)

    code_SourceDict = gr.Markdown("""
## `SourceDict`
```
class SourceDict(TypedDict, total=False):
    title: str
    url: str
    snippet: str
    file: FileDataDict
```""", elem_classes=["md-custom", "SourceDict"], header_links=True)

    code_OptionDict = gr.Markdown("""
## `OptionDict`
```
class OptionDict(TypedDict):
    value: str
    label: NotRequired[str]
```""", elem_classes=["md-custom", "OptionDict"], header_links=True)

    demo.load(None, js=r"""function() {
    const refs = {
            MessageDict: ['FileDataDict', 'MetadataDict', 'OptionDict'], 
            FileDataDict: [], 
            MetadataDict: ['FileDataDict', 'SourceDict'], 
            SourceDict: ['FileDataDict'], 
            OptionDict: [], };
    const user_fn_refs = {
          MessagesChatbot: ['MessageDict'], };
    requestAnimationFrame(() => {

        Object.entries(user_fn_refs).forEach(([key, refs]) => {
            if (refs.length > 0) {
                const el = document.querySelector(`.${key}-user-fn`);
                if (!el) return;
                refs.forEach(ref => {
                    el.innerHTML = el.innerHTML.replace(
                        new RegExp("\\b"+ref+"\\b", "g"),
                        `<a href="#h-${ref.toLowerCase()}">${ref}</a>`
                    );
                })
            }
        })

        Object.entries(refs).forEach(([key, refs]) => {
            if (refs.length > 0) {
                const el = document.querySelector(`.${key}`);
                if (!el) return;
                refs.forEach(ref => {
                    el.innerHTML = el.innerHTML.replace(
                        new RegExp("\\b"+ref+"\\b", "g"),
                        `<a href="#h-${ref.toLowerCase()}">${ref}</a>`
                    );
                })
            }
        })
    })
}

""")

demo.launch()
