import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, ResponsesStream, stream_responses, to_responses, tool_result_thought
from openai import OpenAI

client = OpenAI()
TOOLS = [{"type": "function", "name": "get_time", "description": "The time now", "parameters": {}, "strict": False}]


def add_turn(turn, history):
    content = [*({"path": path} for path in turn["files"]), turn["text"]]
    return gr.MultimodalTextbox(None, interactive=False), [*history, {"role": "user", "content": content}]


def respond(history):
    while True:  # until the model answers without calling a tool
        stream = ResponsesStream()
        events = client.responses.create(
            model="o4-mini",
            input=to_responses(history),
            reasoning={"summary": "auto"},
            store=False,  # nothing kept by OpenAI: the reasoning travels encrypted in the chat's history
            include=["reasoning.encrypted_content"],
            tools=TOOLS,
            stream=True,
        )
        for reply in stream_responses(events, stream):  # reasoning, tool calls, text and sources as they arrive
            yield [*history, *reply]
        history = [*history, *reply]
        calls = {call["call_id"] for call in stream.tool_calls}
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
