import gradio as gr
from gradio_messageschatbot import MessagesChatbot
from openai import OpenAI

client = OpenAI()


def respond(message, history):
    messages = [*history, {"role": "user", "content": message["text"]}]
    answer = ""
    for chunk in client.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True):
        answer += chunk.choices[0].delta.content or ""
        yield answer


gr.ChatInterface(respond, chatbot=MessagesChatbot(), multimodal=True).launch()
