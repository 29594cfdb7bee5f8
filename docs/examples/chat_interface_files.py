import gradio as gr
from gradio_messageschatbot import MessagesChatbot, to_openai
from openai import OpenAI

client = OpenAI()


def respond(message, history):
    turn = {"role": "user", "content": [*({"path": path} for path in message["files"]), message["text"]]}
    answer = ""
    messages = [*history, *to_openai([turn])]
    for chunk in client.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True):
        answer += chunk.choices[0].delta.content or ""
        yield answer


gr.ChatInterface(respond, chatbot=MessagesChatbot(type="openai"), multimodal=True).launch()
