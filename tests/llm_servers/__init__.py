"""Local stand-ins for three LLM providers, each checking every request the way the real
server does and streaming replies in its own format. They listen on 127.0.0.1 only.

    with OpenAIStandIn() as server:      # also TGIStandIn, LlamaCppStandIn
        client = OpenAI(base_url=f"{server.url}/v1", api_key="none")
        ...
        assert not server.refusals()     # every request validated

Each reply echoes the last message's text (and counts its images), streamed in pieces.
"""

from .base import Received, StandIn
from .llamacpp_server import LlamaCppStandIn
from .openai_server import OpenAIStandIn
from .tgi_server import TGIStandIn

__all__ = ["LlamaCppStandIn", "OpenAIStandIn", "Received", "StandIn", "TGIStandIn"]
