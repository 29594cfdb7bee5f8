# ruff: noqa: I001
# Gradio 5's guide example "llm_openai" again, with the client made as llama.cpp's server README
# makes it, pointed at the llama.cpp stand-in; `type="messages"` became `chatbot=MessagesChatbot()`.
import os

from gradio_messageschatbot import MessagesChatbot

import openai
import gradio as gr

client = openai.OpenAI(
    base_url=f"{os.environ['LLAMACPP_URL']}/v1", # "http://<Your api-server IP>:port"
    api_key = "sk-no-key-required"
)

def predict(message, history):
    history.append({"role": "user", "content": message})
    stream = client.chat.completions.create(messages=history, model="gpt-4o-mini", stream=True)
    chunks = []
    for chunk in stream:
        chunks.append(chunk.choices[0].delta.content or "")
        yield "".join(chunks)

demo = gr.ChatInterface(predict, chatbot=MessagesChatbot())

if __name__ == "__main__":
    demo.launch()
