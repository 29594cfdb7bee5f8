import gradio as gr
from gradio_messageschatbot import MessagesChatbot


def respond(message, history):
    history = [*history, {"role": "user", "content": message}]
    thought = {"role": "assistant", "content": "A greeting: answer in kind.", "metadata": {"title": "Thinking"}}
    words = f"Hello! You said **{message}**.".split()
    for count in range(1, len(words) + 1):  # each yield shows the history so far: the reply streams
        answer = {"role": "assistant", "content": " ".join(words[:count])}
        yield "", [*history, thought, answer]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(height=500)
    message = gr.Textbox(placeholder="Say something and press Enter")
    message.submit(respond, [message, chatbot], [message, chatbot])

demo.launch()
