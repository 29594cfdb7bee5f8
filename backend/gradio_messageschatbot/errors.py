"""The package's one exception type.

Everything that goes wrong with a history (a malformed message from a client,
an unsupported value returned by a handler, a file that may not be read) raises
:class:`MessagesChatbotError`. The component turns it into a ``gradio.Error`` at
its boundary (``preprocess``/``postprocess``), so people see the text in the page
and API clients get it as the event's error; functions called directly
(``to_openai``, ``from_openai``, ...) let it through as the ``ValueError`` it is.
"""

from __future__ import annotations


class MessagesChatbotError(ValueError):
    """A history, message or content item that cannot be used; the text says which and why."""

    @classmethod
    def at(cls, index: int, error: Exception) -> MessagesChatbotError:
        """``error`` located at message ``index`` (kept as the cause)."""
        located = cls(f"message {index}: {error}")
        located.__cause__ = error
        return located
