import gradio as gr
from gradio_messageschatbot import MessagesChatbot
from openai import OpenAI

client = OpenAI()  # reads OPENAI_BASE_URL and OPENAI_API_KEY


def respond(message, history):
    history = [*history, {"role": "user", "content": message}]
    answer = {"role": "assistant", "content": ""}
    for chunk in client.chat.completions.create(model="gpt-4o-mini", messages=history, stream=True):
        answer["content"] += chunk.choices[0].delta.content or ""
        yield "", [*history, answer]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    message = gr.Textbox()
    message.submit(respond, [message, chatbot], [message, chatbot])

demo.launch()
