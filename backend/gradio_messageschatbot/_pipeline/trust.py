"""Which constructor arguments of an embedded component the server itself produced.

An embedded component travels to the page as ``{"component", "value",
"constructor_args", ...}`` and comes back with the next event. Building a
component from arguments a client chose would let any visitor make the server
construct objects that read files (``icon``, ``watermark``, ``subtitles``) or
allocate without bound (``column_count``). So the server signs the
``(component, constructor_args)`` pair it sends (HMAC-SHA256) and honours
arguments only when the signature verifies; a block without a valid signature
is rebuilt from its value alone.

The key is ``MESSAGESCHATBOT_SECRET`` when set (use the same value on every
replica behind a load balancer), otherwise random per process: after a restart,
or on a replica with another key, blocks sent before only lose their extra
arguments (a label, a height), never their content.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from typing import Any

SECRET_ENVIRONMENT_VARIABLE = "MESSAGESCHATBOT_SECRET"
_VERSION = "v2"
_PROCESS_KEY = secrets.token_bytes(32)


def _key() -> bytes:
    configured = os.environ.get(SECRET_ENVIRONMENT_VARIABLE)
    return configured.encode() if configured else _PROCESS_KEY


def _same_in_javascript(value: Any) -> Any:
    """``value`` as it reads after a browser's JSON round trip, which writes ``1.0`` as ``1``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _same_in_javascript(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_same_in_javascript(item) for item in value]
    return value


def _canonical(component: str, constructor_args: dict[str, Any], value: Any) -> bytes | None:
    """The signed bytes: the JSON a client would send back, in one spelling; ``None`` if not JSON."""
    signed = [component, constructor_args] if value is None else [component, constructor_args, value]
    try:
        text = json.dumps(
            _same_in_javascript(signed),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=True,
            allow_nan=False,
        )
    except (TypeError, ValueError):
        return None
    return text.encode()


def sign(component: str, constructor_args: dict[str, Any], value: Any = None) -> str | None:
    """A signature for arguments (and, when given, a value) the server produced; ``None`` when they cannot
    travel as JSON."""
    data = _canonical(component, constructor_args, value)
    if data is None:
        return None
    return f"{_VERSION}:{hmac.new(_key(), data, hashlib.sha256).hexdigest()}"


def is_signed(component: str, constructor_args: dict[str, Any], signature: str | None, value: Any = None) -> bool:
    """Whether ``signature`` is this server's for exactly these arguments (and value, when given)."""
    if not signature:
        return False
    expected = sign(component, constructor_args, value)
    return expected is not None and hmac.compare_digest(expected, signature)
