"""A Gradio chatbot component that speaks the messages format."""

from .chat_interface import pop_last_user_turn
from .component import MessagesChatbot
from .messages import ChatMessage, FileDataDict, MessageContent, MessageDict, MetadataDict, OptionDict, Role

__all__ = [
    "ChatMessage",
    "FileDataDict",
    "MessageContent",
    "MessageDict",
    "MessagesChatbot",
    "MetadataDict",
    "OptionDict",
    "Role",
    "pop_last_user_turn",
]
