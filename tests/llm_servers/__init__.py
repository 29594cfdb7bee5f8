"""Local stand-ins for five LLM APIs, each checking every request the way the real
server does and streaming replies in its own format. They listen on 127.0.0.1 only.

    with OpenAIStandIn() as server:      # also TGIStandIn, LlamaCppStandIn, AnthropicStandIn, ResponsesStandIn
        client = OpenAI(base_url=f"{server.url}/v1", api_key="none")
        ...
        assert not server.refusals()     # every request validated

Each reply echoes the last message's text (and counts its images), streamed in pieces.
"""

from .anthropic_server import AnthropicStandIn
from .base import Received, StandIn
from .llamacpp_server import LlamaCppStandIn
from .openai_server import OpenAIStandIn
from .responses_server import ResponsesStandIn
from .tgi_server import TGIStandIn

__all__ = [
    "AnthropicStandIn",
    "LlamaCppStandIn",
    "OpenAIStandIn",
    "Received",
    "ResponsesStandIn",
    "StandIn",
    "TGIStandIn",
]
