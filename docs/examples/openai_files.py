import gradio as gr
from gradio_messageschatbot import MessagesChatbot, stream_openai, to_openai
from openai import OpenAI

client = OpenAI()


def add_turn(turn, history):
    content = [*({"path": path} for path in turn["files"]), turn["text"]]
    return gr.MultimodalTextbox(None, interactive=False), [*history, {"role": "user", "content": content}]


def respond(history):
    chunks = client.chat.completions.create(model="gpt-4o-mini", messages=to_openai(history), stream=True)
    for reply in stream_openai(chunks):  # reasoning, tool calls and text as they arrive
        yield [*history, *reply]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    turn = gr.MultimodalTextbox(file_types=["image"])
    turn.submit(add_turn, [turn, chatbot], [turn, chatbot]).then(respond, chatbot, chatbot).then(
        lambda: gr.MultimodalTextbox(interactive=True), None, turn
    )

demo.launch()
