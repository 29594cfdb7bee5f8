import datetime

import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def agents(message, history):
    now = datetime.datetime.now(datetime.timezone.utc)
    return "", [
        *history,
        {"role": "user", "content": message},
        {
            "role": "assistant",
            "content": "Draft ready.",
            "metadata": {"name": "Writer", "avatar": "https://example.org/writer.png", "timestamp": now},
        },
        {"role": "assistant", "content": "Too long.", "metadata": {"name": "Critic", "timestamp": now.isoformat()}},
    ]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    message = gr.Textbox()
    message.submit(agents, [message, chatbot], [message, chatbot])

demo.launch()
