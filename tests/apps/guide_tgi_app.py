# ruff: noqa: I001, RUF005
# Gradio 5's guide "Using the Messages data format", its Hugging Face example verbatim but for
# the chatbot (`type="messages"` became `chatbot=MessagesChatbot()`) and the client, pointed at
# the TGI stand-in by `base_url` instead of the model "HuggingFaceH4/zephyr-7b-beta".
import os

from gradio_messageschatbot import MessagesChatbot

import gradio as gr
from huggingface_hub import InferenceClient

client = InferenceClient(base_url=os.environ["TGI_URL"])

def respond(message, history: list[dict]):

    messages = history + [{"role": "user", "content": message}]

    print(messages)

    response = {"role": "assistant", "content": ""}

    for message in client.chat_completion(
        messages,
        max_tokens=512,
        stream=True,
        temperature=0.7,
        top_p=0.95,
    ):
        token = message.choices[0].delta.content

        response['content'] += token
        yield response


demo = gr.ChatInterface(respond, chatbot=MessagesChatbot())

if __name__ == "__main__":
    demo.launch()
