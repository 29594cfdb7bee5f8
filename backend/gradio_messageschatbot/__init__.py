"""A Gradio chatbot component that speaks the messages format."""

from .chat_interface import pop_last_user_turn
from .component import MessagesChatbot
from .messages import ChatMessage, FileDataDict, MessageContent, MessageDict, MetadataDict, OptionDict, Role
from .openai_format import from_openai, to_openai, tool_call_thought, tool_result_thought
from .streaming import OpenAIStream, ToolCall, astream_openai, stream_openai
from .transformers_format import from_transformers, to_transformers
from .tuples_format import from_tuples, to_tuples

__all__ = [
    "ChatMessage",
    "FileDataDict",
    "MessageContent",
    "MessageDict",
    "MessagesChatbot",
    "MetadataDict",
    "OpenAIStream",
    "OptionDict",
    "Role",
    "ToolCall",
    "astream_openai",
    "from_openai",
    "from_transformers",
    "from_tuples",
    "pop_last_user_turn",
    "stream_openai",
    "to_openai",
    "to_transformers",
    "to_tuples",
    "tool_call_thought",
    "tool_result_thought",
]
