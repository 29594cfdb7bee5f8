import itertools

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

history = [
    {"role": "user", "content": "Name a colour"},
    {
        "role": "assistant",
        "content": "Blue",  # shown, version 2 of 3
        "metadata": {"versions": [{"content": "Red"}, {"content": "Green"}], "version": 1},
    },
]
colours = itertools.cycle(["Orange", "Purple", "Teal"])


def add_user(message, history):
    return "", [*history, {"role": "user", "content": message}]


def respond(history):  # a reply retried is kept as a version of the reply that replaces it
    return [*history, {"role": "assistant", "content": next(colours)}]


def drop_reply(history, retry: gr.RetryData):
    return history[: retry.index + 1]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(history)
    message = gr.Textbox(placeholder="Name another colour, then retry the reply")
    message.submit(add_user, [message, chatbot], [message, chatbot]).then(respond, chatbot, chatbot)
    chatbot.retry(drop_reply, chatbot, chatbot).then(respond, chatbot, chatbot)

demo.launch()
