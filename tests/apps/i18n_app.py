"""A chat whose words an app translates with gr.I18n: keys are `chatbot.<key>` of frontend/strings.ts."""

from __future__ import annotations

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

TRANSLATIONS = {
    "chatbot.clear": "Leeren",
    "chatbot.copy_conversation": "Gespräch kopieren",
    "chatbot.copy_message": "Nachricht kopieren",
    "chatbot.role_assistant": "Bot",
    "chatbot.message_actions": "Aktionen für {speaker}, Nachricht {number}",
    "chatbot.tool_done": "Fertig",
    "chatbot.duration": "({seconds} Sek.)",
}

HISTORY = [
    {"role": "user", "content": "Wie spät ist es?"},
    {
        "role": "assistant",
        "content": "Uhr gelesen",
        "metadata": {"title": "Tool: clock", "tool_state": "done", "status": "done", "duration": 1.5},
    },
    {"role": "assistant", "content": "Zwölf Uhr."},
]

with gr.Blocks() as demo:
    MessagesChatbot(HISTORY, label="Chat")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", i18n=gr.I18n(en=TRANSLATIONS))
