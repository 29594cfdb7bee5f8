"""What a value goes through between a handler's return and the next handler call, without a server.

The same steps Gradio runs: postprocess, files moved into Gradio's cache, JSON
to the page and back, the upload-folder check on every file, validation, and
preprocess.
"""

from __future__ import annotations

import json
from typing import Any

from gradio import processing_utils


def to_page(chatbot, value) -> list[dict[str, Any]]:
    """The JSON the page (or an API client) receives for ``value``."""
    wire = chatbot.postprocess(value)
    return json.loads(json.dumps(processing_utils.move_files_to_cache(wire, chatbot, postprocess=True)))


def from_page(chatbot, payload: list[dict[str, Any]]) -> Any:
    """What the handler receives when the page sends ``payload`` back."""
    checked = processing_utils.move_files_to_cache(payload, chatbot, check_in_upload_folder=True)
    return chatbot.preprocess(chatbot.data_model.model_validate(checked, context={"validate_meta": True}))


def send_back(chatbot, value) -> Any:
    return from_page(chatbot, to_page(chatbot, value))
