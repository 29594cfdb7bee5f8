"""A Gradio chatbot component that speaks the messages format."""

from ._events.approval import ToolApprovalData
from ._formats.chat_interface import pop_last_user_turn
from ._formats.openai import from_openai, to_openai, tool_call_thought, tool_result_thought
from ._formats.stream import OpenAIStream, ToolCall, astream_openai, stream_openai
from ._formats.transformers import from_transformers, to_transformers
from ._formats.tuples import from_tuples, to_tuples
from ._gradio import FileDataDict
from ._model.messages import (
    ChatMessage,
    MessageContent,
    MessageDict,
    MetadataDict,
    OptionDict,
    Role,
    SourceDict,
)
from .component import MessagesChatbot

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
    "SourceDict",
    "ToolApprovalData",
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
