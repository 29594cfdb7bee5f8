import time

import gradio as gr
from anthropic import Anthropic
from gradio_messageschatbot import AnthropicStream, MessagesChatbot, stream_anthropic, to_anthropic, tool_result_thought

client = Anthropic()  # reads ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL)
TOOLS = [{"name": "get_time", "description": "The time now", "input_schema": {"type": "object", "properties": {}}}]


def add_turn(turn, history):
    content = [*({"path": path} for path in turn["files"]), turn["text"]]
    return gr.MultimodalTextbox(None, interactive=False), [*history, {"role": "user", "content": content}]


def respond(history):
    while True:  # until the model answers without calling a tool
        stream = AnthropicStream()
        events = client.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=2048,
            thinking={"type": "enabled", "budget_tokens": 1024},  # thoughts keep their signature for the next turn
            tools=TOOLS,
            stream=True,
            **to_anthropic(history),  # system and messages
        )
        for reply in stream_anthropic(events, stream):  # thinking, tool calls, text and citations as they arrive
            yield [*history, *reply]
        history = [*history, *reply]
        calls = {call["id"] for call in stream.tool_calls}
        if not calls:
            return
        for message in reply:  # each call shown done, its result nested under it
            if message.get("metadata", {}).get("id") in calls:
                message["metadata"]["tool_state"] = "done"
                history.append(tool_result_thought(message["metadata"]["id"], time.strftime("%H:%M")))
        yield history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    turn = gr.MultimodalTextbox(file_types=["image", ".pdf"])
    turn.submit(add_turn, [turn, chatbot], [turn, chatbot]).then(respond, chatbot, chatbot).then(
        lambda: gr.MultimodalTextbox(interactive=True), None, turn
    )

demo.launch()
