import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def predict(message, history):  # history: [{"role": "user", "content": "Hi"}, {"role": "assistant", ...}, ...]
    return f"You said {message!r}, after {len(history)} messages."


demo = gr.ChatInterface(predict, chatbot=MessagesChatbot())  # was: gr.ChatInterface(predict, type="messages")
demo.launch()
