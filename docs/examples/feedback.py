import gradio as gr
from gradio_messageschatbot import MessagesChatbot

HISTORY = [{"role": "user", "content": "How do I boil an egg?"}, {"role": "assistant", "content": "Boil it."}]


def on_like(data: gr.LikeData):
    if isinstance(data.value, dict):  # {"content": [the rated contents], "comment": "It forgot the steps"}
        return f"Comment on message {data.index}: {data.value['comment']}"
    else:  # the rated contents, as in gr.Chatbot
        return f"Feedback on message {data.index}: {data.liked}"


def load_saved():
    return gr.update(value=HISTORY, feedback_value=["Dislike"])  # one entry per assistant group


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(HISTORY, feedback_comment=True)
    received = gr.Markdown()
    chatbot.like(on_like, None, received)
    gr.Button("Load the saved chat").click(load_saved, None, chatbot)

demo.launch()
