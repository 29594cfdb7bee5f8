from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

NOTES = Path(__file__).with_name("notes.md")  # a file the app serves: under the folder it runs from


def answer(message, history):
    return "", [
        *history,
        {"role": "user", "content": message},
        {
            "role": "assistant",
            "content": "Gradio 6 dropped tuples [1]; the messages format is OpenAI's [2], as in our notes [3].",
            "metadata": {
                "sources": [
                    {"title": "Gradio changelog", "url": "https://www.gradio.app/changelog", "snippet": "6.0: ..."},
                    {"url": "https://platform.openai.com/docs/api-reference/chat"},
                    {"title": "Our notes", "file": {"path": str(NOTES)}},
                ]
            },
        },
    ]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    message = gr.Textbox()
    message.submit(answer, [message, chatbot], [message, chatbot])

demo.launch()
