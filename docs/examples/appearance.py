import gradio as gr
from gradio_messageschatbot import MessagesChatbot

BOT = "https://huggingface.co/front/assets/huggingface_logo-noborder.svg"


def respond(message, history):
    return "", [*history, {"role": "user", "content": message}, {"role": "assistant", "content": "Noted."}]


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(
        height=600,  # pixels, or any CSS size: "70vh"
        avatar_images=(None, BOT),  # (user, assistant): a URL or a local file
        layout="panel",  # or "bubble" (the default)
        placeholder="**Ask me anything**",  # markdown shown while the chat is empty
        label="Assistant",
    )
    message = gr.Textbox()
    message.submit(respond, [message, chatbot], [message, chatbot])

demo.launch()
