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

Every reply carries signatures over JSON the client sees, so a secret can be
guessed offline: one shorter than :data:`MIN_SECRET_CHARS` (an empty one too) is
refused when the app builds its chatbot. The key is derived from the secret and
the app (:func:`app_identity`, its main script's content): replicas running the
same code accept each other's blocks, another app sharing the secret does not.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from ..errors import MessagesChatbotError

SECRET_ENVIRONMENT_VARIABLE = "MESSAGESCHATBOT_SECRET"
MIN_SECRET_CHARS = 32
"""Characters a secret needs: 32 random hex digits are 128 bits, beyond offline guessing. Length cannot
show randomness; a secret from ``secrets.token_urlsafe(32)`` has it."""
_VERSION = "v3"
_PROCESS_KEY = secrets.token_bytes(32)


def _configured_secret() -> bytes | None:
    configured = os.environ.get(SECRET_ENVIRONMENT_VARIABLE)
    if configured is None:
        return None
    if len(configured) < MIN_SECRET_CHARS:
        problem = "is empty" if not configured else f"has {len(configured)} characters"
        raise MessagesChatbotError(
            f"{SECRET_ENVIRONMENT_VARIABLE} {problem}; it needs at least {MIN_SECRET_CHARS} random characters, "
            "since signatures made with it can be guessed offline (generate one with "
            'python -c "import secrets; print(secrets.token_urlsafe(32))", or unset it for a key per process)'
        )
    return configured.encode()


def check_secret() -> None:
    """An error if the configured secret is too short to resist offline guessing: called when an app builds
    its chatbot."""
    _configured_secret()


@functools.cache
def app_identity() -> bytes:
    """What tells this app from another: the content of the script it runs (``__main__``), the same on every
    replica. Apps started by a shared launcher (uvicorn, ``gradio app.py``) look alike here: give each its own
    secret."""
    path = getattr(sys.modules.get("__main__"), "__file__", None)
    try:
        return hashlib.sha256(Path(path).read_bytes()).digest() if path else b""
    except OSError:
        return b""


def _key() -> bytes:
    secret = _configured_secret()
    if secret is None:
        return _PROCESS_KEY  # this process only, so this app only
    return hmac.new(secret, b"gradio_messageschatbot app " + app_identity(), hashlib.sha256).digest()


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
    if not signature or not signature.isascii():  # a client's string: compare_digest takes only ASCII text
        return False
    expected = sign(component, constructor_args, value)
    return expected is not None and hmac.compare_digest(expected, signature)
