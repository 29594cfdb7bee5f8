"""A Gradio chatbot component that speaks the messages format."""

from ._events.approval import ToolApprovalData
from ._formats.anthropic import AnthropicStream, astream_anthropic, from_anthropic, stream_anthropic, to_anthropic
from ._formats.chat_interface import pop_last_user_turn
from ._formats.openai import from_openai, to_openai, tool_call_thought, tool_result_thought
from ._formats.responses import ResponsesStream, astream_responses, from_responses, stream_responses, to_responses
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
    "AnthropicStream",
    "ChatMessage",
    "FileDataDict",
    "MessageContent",
    "MessageDict",
    "MessagesChatbot",
    "MetadataDict",
    "OpenAIStream",
    "OptionDict",
    "ResponsesStream",
    "Role",
    "SourceDict",
    "ToolApprovalData",
    "ToolCall",
    "astream_anthropic",
    "astream_openai",
    "astream_responses",
    "from_anthropic",
    "from_openai",
    "from_responses",
    "from_transformers",
    "from_tuples",
    "pop_last_user_turn",
    "stream_anthropic",
    "stream_openai",
    "stream_responses",
    "to_anthropic",
    "to_openai",
    "to_responses",
    "to_transformers",
    "to_tuples",
    "tool_call_thought",
    "tool_result_thought",
]
