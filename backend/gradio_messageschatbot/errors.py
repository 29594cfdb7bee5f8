"""The package's one exception type, and the one place it becomes a ``gradio.Error``.

Everything that goes wrong with a history (a malformed message from a client,
an unsupported value returned by a handler, a file that may not be read) raises
:class:`MessagesChatbotError`. Where Gradio calls into the package (the data
model's validation, ``preprocess``, ``postprocess``) :func:`shown_to_user` turns
it into a ``gradio.Error``, so people see the text in the page and API clients
get it as the event's error; functions called directly (``to_openai``,
``from_openai``, ...) let it through as the ``ValueError`` it is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import gradio


class MessagesChatbotError(ValueError):
    """A history, message or content item that cannot be used; the text says which and why."""

    @classmethod
    def at(cls, index: int, error: Exception) -> MessagesChatbotError:
        """``error`` located at message ``index`` (kept as the cause)."""
        located = cls(f"message {index}: {error}")
        located.__cause__ = error
        return located


@contextlib.contextmanager
def shown_to_user() -> Iterator[None]:
    """Where Gradio calls in: a :class:`MessagesChatbotError` raised inside reaches people as a ``gradio.Error``."""
    try:
        yield
    except MessagesChatbotError as error:
        raise gradio.Error(f"MessagesChatbot: {error}") from error
