"""An embedded Gradio component: an instance for handlers, a ``{"type": "component"}`` block on the wire.

Which components may be embedded, and their trip to the page and back (signed
constructor arguments, values checked and never decoded), is :mod:`.._kinds.embedded`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gradio.components.base import Component
from pydantic import ValidationError

from .._gradio import ComponentMessage
from .._model.wire import ComponentBlock
from ..errors import MessagesChatbotError
from . import embedded
from .file import mention, openai_part, template_part
from .kind import AllowedPaths, ContentKind, OpenAIFiles, SendComponent


class ComponentKind(ContentKind):
    name = "component"
    described = "a Gradio component"
    wire_types = (ComponentBlock,)

    def takes(self, item: object) -> bool:
        return isinstance(item, Component | ComponentBlock | ComponentMessage)

    def from_returned(self, item: Any, send: SendComponent) -> ComponentBlock:
        if isinstance(item, Component):
            return send(item)
        if isinstance(item, ComponentMessage):
            item = ComponentBlock(**item.model_dump(exclude={"type"}))
        return _passed(item)

    def from_block(self, block: Mapping[str, Any], send: SendComponent) -> ComponentBlock:
        instance = block.get("instance")
        if isinstance(instance, Component) and block.get("value") is instance.value:
            return send(instance)  # type="normalized" hands these out; unchanged, it is reused
        try:
            validated = ComponentBlock.model_validate({key: value for key, value in block.items() if key != "instance"})
        except ValidationError as error:
            raise MessagesChatbotError(f"invalid component block: {error.errors()[0]['msg']}") from None
        return _passed(validated)

    def to_handler(self, item: Any) -> Component:
        return embedded.receive(item)

    def to_normalized(self, item: Any) -> dict[str, Any]:
        """As gr.Chatbot hands it out, but built safely: only signed arguments, the server's props, the value
        as sent. The signature comes along so that the dict, returned without its ``instance``, keeps its
        arguments."""
        instance = embedded.receive(item)
        received = embedded.received_block(instance)
        return {
            "type": "component",
            "component": received.component,
            "value": instance.value,
            "constructor_args": dict(received.constructor_args),
            "props": dict(received.props),
            "signature": received.signature,
            "instance": instance,
        }

    def holds(self, item: object) -> bool:
        return isinstance(item, Component)

    def to_openai(self, item: Any, role: str, files: OpenAIFiles) -> list[dict[str, Any]]:
        """The files a media component shows; a table, a plot or text is mentioned by its class name."""
        shown = embedded.files_in(item)
        if not shown:
            return [mention(type(item).__name__)]
        return [openai_part(file, role, files) for file in shown]

    def to_transformers(self, item: Any, allowed_paths: AllowedPaths) -> dict[str, Any]:
        files = embedded.files_in(item)
        if len(files) != 1:
            raise MessagesChatbotError(f"{type(item).__name__} has no chat-template form")
        return template_part(files[0], allowed_paths)


COMPONENT = ComponentKind()


def _passed(block: ComponentBlock) -> ComponentBlock:
    """A block returned as data (not a component), signature included, as :func:`.embedded.passed` lets it out."""
    return embedded.passed(block)
