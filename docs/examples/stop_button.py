import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def add_user(text, history):
    return "", [*history, {"role": "user", "content": text}]


def respond(history):
    reply = ""
    for word in "a long answer, streamed word by word".split():
        reply += word + " "
        time.sleep(0.3)  # a slow model: time to press Stop
        yield [*history, {"role": "assistant", "content": reply}]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    box = gr.Textbox()
    reply = box.submit(add_user, [box, chatbot], [box, chatbot], queue=False).then(respond, chatbot, chatbot)
    again = chatbot.retry(lambda history: history[:-1], chatbot, chatbot, queue=False).then(respond, chatbot, chatbot)
    chatbot.stop(None, cancels=[reply, again])  # a function instead of None runs at the stop, too

demo.launch()
