# ruff: noqa: I001
# Gradio 5's guide example "llm_openai" (demo/llm_openai/run.py), verbatim but for the chatbot:
# `gr.ChatInterface(predict, type="messages")` became `chatbot=MessagesChatbot()`. OpenAI() reads
# OPENAI_BASE_URL and OPENAI_API_KEY, which the test points at the OpenAI stand-in.
from gradio_messageschatbot import MessagesChatbot

# This is a simple general-purpose chatbot built on top of OpenAI API.
# Before running this, make sure you have exported your OpenAI API key as an environment variable:
# export OPENAI_API_KEY="your-openai-api-key"

from openai import OpenAI
import gradio as gr

client = OpenAI()

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
