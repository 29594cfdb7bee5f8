"""Apps written the way people write them, for attacks by a hostile client.

Endpoints: `echo` (history + [reply]), `stream` (streams a reply, re-yielding the history),
`inspect` (what the handler received: component classes, constructor arguments, values),
`openai` (a type="openai" chatbot's history as the function got it), `convert` (to_openai,
to_transformers, to_anthropic and to_responses applied to a messages history by the app),
`returns_state` (streams, then puts a gr.State in the history), and a multimodal gr.ChatInterface
whose undo/retry are Gradio's own.
"""

from __future__ import annotations

import json
import os

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, to_anthropic, to_openai, to_responses, to_transformers

MAX_FILE_SIZE = 1024 * 1024


def echo(history):
    return [*history, {"role": "assistant", "content": "ok"}]


def stream(history):
    reply = {"role": "assistant", "content": ""}
    for token in ("a", "b", "c"):
        reply["content"] += token
        yield [*history, reply]


def describe(item):
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return {"file": item.get("path")}
    return {
        "class": type(item).__name__,
        "constructor_args": {k: repr(v) for k, v in item.constructor_args.items() if k not in ("value", "render")},
        "value": repr(item.value)[:2000],
    }


def inspect_history(history):
    described = []
    for message in history:
        content = message["content"]
        described.append([describe(i) for i in content] if isinstance(content, list) else describe(content))
    return json.dumps(described)


def openai_history(history):
    return json.dumps(history)


def convert(history):
    results = {}
    converters = {
        "openai": to_openai,
        "transformers": to_transformers,
        "anthropic": to_anthropic,
        "responses": to_responses,
    }
    for name, converter in converters.items():
        try:
            results[name] = converter(history)
        except ValueError as error:
            results[name] = f"refused: {error}"
    return json.dumps(results)


def rebuild_openai(history):
    """The common OpenAI handler shape: new message dicts, so nothing is taken back as it was handed out."""
    return [{"role": message["role"], "content": message["content"]} for message in history]


def returns_state(history):
    yield [*history, {"role": "assistant", "content": "partial"}]
    yield [*history, {"role": "assistant", "content": gr.State("server object")}]


def picture(history):
    """A reply with a component the server built, constructor arguments included."""
    image = gr.Image(os.environ["PICTURE"], label="Server label", height=123)
    return [*history, {"role": "assistant", "content": image}]


def chat(message, history):
    return "reply"


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    openai_chatbot = MessagesChatbot(type="openai")
    report = gr.Textbox()
    gr.Button("echo").click(echo, chatbot, chatbot, api_name="echo")
    gr.Button("stream").click(stream, chatbot, chatbot, api_name="stream")
    gr.Button("inspect").click(inspect_history, chatbot, report, api_name="inspect")
    gr.Button("openai").click(openai_history, openai_chatbot, report, api_name="openai")
    gr.Button("rebuild").click(rebuild_openai, openai_chatbot, openai_chatbot, api_name="rebuild_openai")
    gr.Button("convert").click(convert, chatbot, report, api_name="convert")
    gr.Button("state").click(returns_state, chatbot, chatbot, api_name="returns_state")
    gr.Button("picture").click(picture, chatbot, chatbot, api_name="picture")
    gr.ChatInterface(chat, chatbot=MessagesChatbot(), multimodal=True)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", max_file_size=MAX_FILE_SIZE)
