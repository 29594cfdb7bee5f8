"""A received message's metadata: each file a client names in it (a source's, an avatar) is checked as
content files are."""

from __future__ import annotations

from typing import Any

from gradio.data_classes import FileData

from .._model.wire import MetadataFields
from .._security.files import check_readable, complete_file_dict
from ..errors import MessagesChatbotError


def received_metadata(metadata: MetadataFields) -> dict[str, Any]:
    """``metadata`` as a handler receives it: a source's file must be one the server may read
    (:func:`.files.check_readable`) and arrives as a complete file dict; so must an avatar file."""
    received = metadata.model_dump(exclude_none=True, exclude={"versions"})  # received as content is (.incoming)
    if isinstance(metadata.avatar, FileData):
        try:
            received["avatar"] = complete_file_dict(metadata.avatar)
            check_readable(metadata.avatar.path)
        except MessagesChatbotError as error:
            raise MessagesChatbotError(f"avatar: {error}") from error
    for number, (source, dumped) in enumerate(zip(metadata.sources or [], received.get("sources", [])), start=1):
        if source.file is not None:
            try:
                dumped["file"] = complete_file_dict(source.file)
                check_readable(source.file.path)
            except MessagesChatbotError as error:
                raise MessagesChatbotError(f"source {number}: {error}") from error
    return received
