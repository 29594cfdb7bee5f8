"""gr.Chatbot 6's custom toolbar buttons (``buttons=[gr.Button(...)]``) with their click events, on MessagesChatbot
and gr.Chatbot side by side; each click is counted in a textbox below its chat. The page's root font is 8 px
(a page that shrinks rem): the toolbar, sized in pixels, must still leave the first message uncovered."""

from __future__ import annotations

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

HISTORY = [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Hi there"}]


def counted(clicks: str) -> str:
    return str(int(clicks or 0) + 1)


with gr.Blocks() as demo:
    for label, chat in (("Messages", MessagesChatbot), ("Gradio", gr.Chatbot)):
        pin = gr.Button("Pin", render=False)
        chat(HISTORY, label=label, buttons=["copy", "copy_all", pin], height=260)
        clicks = gr.Textbox("0", label=f"{label} pins", elem_id=f"pins-{label.lower()}")
        pin.click(counted, clicks, clicks)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", css="html { font-size: 8px; }")
