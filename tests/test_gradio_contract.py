"""What the package relies on in Gradio beyond its documented API: the contract of ``_gradio.py``.

Every reliance is reached through ``gradio_messageschatbot._gradio`` (and nothing
else in the package imports Gradio's internals). Each test here checks one of them
against the installed Gradio; when an upgrade changes one, the failure says what
changed and what depends on it, before any behaviour test fails for a reason that
is hard to see.
"""

from __future__ import annotations

import ast
import inspect
import os
from contextvars import ContextVar
from pathlib import Path

import gradio as gr
import gradio.blocks
import gradio.helpers
import gradio_messageschatbot
import pytest
from gradio_messageschatbot import MessagesChatbot, _gradio
from gradio_messageschatbot._formats import chat_interface
from pydantic import BaseModel

PACKAGE = Path(gradio_messageschatbot.__file__).parent


def changed(what: str, used_by: str) -> str:
    return f"Gradio {gr.__version__} changed {what}; {used_by} relies on it (see _gradio.py)"


def test_only_the_seam_imports_gradio_internals():
    """Public Gradio (``gradio``, its components, the data-model bases, the types in gr.Chatbot's signature)
    may be imported anywhere; the rest goes through _gradio.py, so that this file's checks cover every reliance."""
    public = {"gradio", "gradio.components", "gradio.components.base", "gradio.data_classes", "gradio.i18n"}
    allowed_from_data_classes = {"FileData", "GradioModel"}
    for path in PACKAGE.rglob("*.py"):
        if path.name == "_gradio.py" or "templates" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("gradio"):
                where = f"{path.relative_to(PACKAGE)} imports {node.module}"
                assert node.module in public, f"{where}: Gradio internals belong in _gradio.py"
                if node.module == "gradio.data_classes":
                    names = {alias.name for alias in node.names}
                    assert names <= allowed_from_data_classes, f"{where}: {names - allowed_from_data_classes}"


# --- files ----------------------------------------------------------------------


def test_upload_folder_follows_gradio_temp_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path))
    assert os.path.realpath(_gradio.upload_folder()) == os.path.realpath(tmp_path), changed(
        "utils.get_upload_folder (where uploads and the file cache live)", "files.check_readable"
    )


def test_static_paths_are_listed(tmp_path):
    from gradio.data_classes import _StaticFiles

    assert isinstance(getattr(_StaticFiles, "all_paths", None), list), changed(
        "data_classes._StaticFiles.all_paths (gr.set_static_paths' folders)", "files.check_readable"
    )
    before = list(_StaticFiles.all_paths)
    try:
        gr.set_static_paths([tmp_path])
        assert os.path.realpath(tmp_path) in map(os.path.realpath, _gradio.static_paths()), changed(
            "where gr.set_static_paths keeps its folders", "files.check_readable"
        )
    finally:
        _StaticFiles.all_paths[:] = before


def test_the_running_app_is_known_with_its_paths():
    from gradio.context import LocalContext

    assert isinstance(LocalContext.blocks, ContextVar), changed(
        "context.LocalContext.blocks (the app of the current request)", "files.check_readable"
    )
    launch = inspect.getsource(gr.Blocks.launch)
    assert "self.allowed_paths" in launch and "self.blocked_paths" in launch, changed(
        "where Blocks.launch keeps allowed_paths/blocked_paths", "files.check_readable"
    )
    app = gr.Blocks()
    app.allowed_paths, app.blocked_paths = ["/allowed"], ["/blocked"]
    token = LocalContext.blocks.set(app)
    try:
        assert _gradio.running_app_paths() == (("/allowed",), ("/blocked",))
    finally:
        LocalContext.blocks.reset(token)
    assert _gradio.running_app_paths() == ((), ())


def test_client_utilities():
    assert _gradio.mime_type("a.png") == "image/png", changed("gradio_client.utils.get_mimetype", "files")
    assert _gradio.harmless_file_name("we<i/rd>.txt") == "weird.txt", changed(
        "gradio_client.utils.strip_invalid_filename_characters", "files.safe_file_name"
    )
    marked = {"path": "a.png", "meta": {"_type": "gradio.FileData"}}
    assert _gradio.is_marked_file(marked) and not _gradio.is_marked_file({"path": "a.png"}), changed(
        "gradio_client.utils.is_file_obj_with_meta", "embedded (component values naming files)"
    )


def test_client_values_are_validated_with_validate_meta():
    """Gradio refuses a client's file that was not uploaded only when it validates with this context."""
    source = inspect.getsource(gradio.blocks)
    assert 'context={"validate_meta": True}' in source and "data_model.model_validate(" in source, changed(
        "how Blocks validates a client's value (data_model.model_validate with validate_meta)",
        "wire.WireMessage (files must be uploaded) and MessagesHistory.model_validate (errors in words)",
    )
    assert _gradio.is_client_data({"validate_meta": True}) and not _gradio.is_client_data(None)


def test_output_files_are_checked_then_copied_through_the_blocks_method():
    """MessagesChatbot overrides the method Gradio copies an output's files with, to copy each file once
    (moved.py); Gradio must still check the file before it asks for the copy."""
    import gradio.processing_utils

    source = inspect.getsource(gradio.processing_utils.async_move_files_to_cache)
    check, copy = source.find("_check_allowed(payload.path"), source.find("block.async_move_resource_to_block_cache(")
    assert 0 <= check < copy, changed(
        "how async_move_files_to_cache checks and copies an output's files", "MessagesChatbot's copies (moved.py)"
    )
    parameters = list(inspect.signature(gradio.blocks.Block.async_move_resource_to_block_cache).parameters)
    assert parameters == ["self", "url_or_file_path"], changed(
        "Block.async_move_resource_to_block_cache", "MessagesChatbot.async_move_resource_to_block_cache"
    )


def test_outputs_are_dumped_with_model_dump():
    """MessagesHistory.model_dump() gives the dumped forms kept with the messages (sent.py)."""
    source = inspect.getsource(gradio.blocks.Blocks.postprocess_data)
    assert "prediction_value.model_dump()" in source, changed(
        "how postprocess_data dumps a component's output", "MessagesHistory.model_dump (sent.py)"
    )


# --- gr.Chatbot and embedded components -------------------------------------------


def test_chatbot_serializes_an_embedded_component():
    message = _gradio.serialize_component(gr.Chatbot(), gr.Markdown("hi", label="note"))
    assert isinstance(message, _gradio.ComponentMessage), changed("gr.Chatbot._postprocess_content", "embedded.send")
    assert (message.component, message.value) == ("markdown", "hi")
    assert message.constructor_args.get("label") == "note" and isinstance(message.props, dict)


def test_chatbot_splits_reasoning_tags():
    extract = _gradio.reasoning_extractor(gr.Chatbot())
    segments = extract("a<think>b</think>c<think>d", [("<think>", "</think>")])
    assert [tuple(segment) for segment in segments] == [
        ("a", False, "done"),
        ("b", True, "done"),
        ("c", False, "done"),
        ("d", True, "pending"),
    ], changed("gr.Chatbot._extract_thinking_blocks", "reasoning.split_reasoning")


def test_components_remember_and_copy_their_constructor_arguments():
    template = gr.Image(label="photo", render=False)
    assert _gradio.constructor_args(template).get("label") == "photo", changed("Component.constructor_args", "embedded")
    assert isinstance(template._constructor_args, list) and all(
        isinstance(args, dict) for args in template._constructor_args
    ), changed("Component._constructor_args (a list of dicts)", "_gradio.copy_component")
    copy = _gradio.copy_component(template)
    _gradio.set_value(copy, {"path": "a.png"}, "a.png")
    assert copy.value == {"path": "a.png"} and _gradio.constructor_args(copy)["value"] == "a.png"
    assert template.value is None and _gradio.constructor_args(template).get("value") is None, (
        "copy_component must leave the template as it was"
    )


@pytest.mark.parametrize(
    ("model", "value"),
    [
        ("ImageData", {"path": "a.png"}),
        ("GalleryData", [{"image": {"path": "a.png"}, "caption": None}]),
        ("PlotData", {"type": "plotly", "plot": "{}"}),
        ("DataframeData", {"headers": ["a"], "data": [[1]]}),
    ],
)
def test_media_value_models(model, value):
    cls = getattr(_gradio, model)
    assert issubclass(cls, BaseModel), changed(f"the {model} data model", "embedded.EMBEDDED")
    cls.model_validate(value)


def test_chat_message_models():
    fields = {
        "ChatbotDataMessages": {"root"},
        "Message": {"role", "content", "metadata", "options"},
        "TextMessage": {"type", "text"},
        "FileMessage": {"type", "file", "alt_text"},
        "ComponentMessage": {"type", "component", "value", "constructor_args", "props"},
    }
    for name, expected in fields.items():
        model = getattr(_gradio, name)
        assert expected <= set(model.model_fields), changed(f"the fields of {name}", "outgoing and the kinds")
    assert MessagesChatbot.data_model.__mro__[1] is _gradio.ChatbotDataMessages


def test_chatbot_constructor_parameters_are_all_spelled_out():
    """Gradio builds the page's config from the constructor's signature: every gr.Chatbot parameter must be ours."""
    theirs = set(inspect.signature(gr.Chatbot.__init__).parameters) - {"self"}
    ours = set(inspect.signature(MessagesChatbot.__init__).parameters) - {
        "self",
        "type",
        "cache_max_bytes",
        "feedback_comment",
    }
    assert ours == theirs, changed(
        f"gr.Chatbot's parameters (new: {sorted(theirs - ours)}, gone: {sorted(ours - theirs)})",
        "MessagesChatbot.__init__, which must spell each out",
    )


def test_chatbot_has_no_input_event_of_its_own():
    events = {getattr(event, "event_name", event) for event in gr.Chatbot.EVENTS}
    assert "input" not in events, changed("gr.Chatbot's events (it has `input` now)", "_gradio.INPUT")


# --- gr.ChatInterface ---------------------------------------------------------------


def history_handlers(interface: gr.ChatInterface, app: gr.Blocks) -> set[str]:
    """The functions wired to events that take or return a history (the chat, ChatInterface's two States of it,
    its saved conversations), each named as chat_interface.py's tables name it."""
    holders = {interface.chatbot, interface.chatbot_state, interface.chatbot_value, interface.saved_conversations}
    names = set()
    for block_fn in app.fns.values():
        if not holders & {*block_fn.inputs, *block_fn.outputs}:
            continue
        fn = block_fn.fn
        if inspect.unwrap(fn) is interface.fn:
            names.add("fn")  # _submit_fn / _stream_fn / the API endpoint, named after fn
        elif fn.__name__ == "<lambda>":
            # a lambda that names nothing can only pass its arguments along
            assert not fn.__code__.co_names, f"{fn.__qualname__} reads a history: {fn.__code__.co_names}"
        else:
            names.add(fn.__name__)
    return names


@pytest.mark.parametrize("multimodal", [False, True])
def test_every_chat_interface_handler_of_a_history_is_known(multimodal, tmp_path, monkeypatch):
    """Each ChatInterface handler that takes or returns a history is either fitted (READERS: handed gr.Chatbot's
    normalized history) or known to work on any shape (PASSERS). A Gradio release that adds one fails here."""
    monkeypatch.chdir(tmp_path)  # flagging and cached examples write under the working directory
    with gr.Blocks() as app:
        extra = gr.Textbox()
        interface = gr.ChatInterface(
            lambda message, history: ("ok", "x"),
            chatbot=MessagesChatbot(),
            multimodal=multimodal,
            editable=True,
            save_history=True,
            flagging_mode="manual",
            examples=[{"text": "hi", "files": []}] if multimodal else ["hi"],
            cache_examples=True,
            cache_mode="lazy",
            additional_outputs=[extra],
        )
    found = history_handlers(interface, app)
    known = {*chat_interface.READERS, *chat_interface.PASSERS, "fn", chat_interface.FLAG, "_follow_the_page"}
    assert found <= known, changed(
        f"the handlers ChatInterface wires to the chat: unknown {sorted(found - known)}", "chat_interface.py"
    )
    for name in chat_interface.READERS:
        assert callable(getattr(interface, name, None)), changed(f"ChatInterface.{name}", "chat_interface.py")
    assert {"_pop_last_user_message", "_save_conversation", "flag"} <= found, changed(
        "which handlers ChatInterface wires", "chat_interface.py"
    )


def test_the_chat_finds_its_chat_interface():
    with gr.Blocks():
        chatbot = MessagesChatbot()
        interface = gr.ChatInterface(lambda message, history: message, chatbot=chatbot)
    assert _gradio.enclosing_chat_interface(chatbot) is interface, changed(
        "where ChatInterface renders its chatbot", "chat_interface.fit"
    )
    assert _gradio.enclosing_chat_interface(MessagesChatbot()) is None


def test_chat_interface_wires_the_checking_loader_of_saved_conversations():
    """With save_history=True, ChatInterface loads a conversation kept in the browser by its `_load_conversation`;
    the one it wires must be the checking loader chat_interface.fit installs, with the parameters Gradio fills."""
    with gr.Blocks() as app:
        gr.ChatInterface(lambda message, history: message, chatbot=MessagesChatbot(), save_history=True)
    loaders = [block_fn.fn for block_fn in app.fns.values() if getattr(block_fn.fn, chat_interface.CHECKS_SAVED, False)]
    assert len(loaders) == 1, changed("how ChatInterface loads saved conversations", "chat_interface._checking_saved")
    parameters = list(inspect.signature(loaders[0]).parameters)
    assert parameters == ["index", "conversations"], changed("ChatInterface._load_conversation", "chat_interface")


def test_event_data_is_built_from_the_handlers_annotations():
    """Gradio builds a handler's event data by calling the class its parameter is annotated with (read from the
    registered function's annotations); MessagesChatbot names a checked subclass there, whether the handler is
    passed or decorated."""

    def on_like(data: gr.LikeData):
        return data.index

    with gr.Blocks() as app:
        chatbot = MessagesChatbot()
        chatbot.like(on_like)
        decorated = chatbot.like()(on_like)
    assert decorated is on_like
    handlers = [block_fn.fn for block_fn in app.fns.values() if getattr(block_fn.fn, "__wrapped__", None) is on_like]
    assert len(handlers) == 2
    for handler in handlers:
        try:
            gradio.helpers.special_args(handler, inputs=[], event_data=gr.EventData(None, {"value": "x"}))
        except gr.Error as error:
            assert "like event data has no 'index'" in str(error), changed("how event data is built", "events.py")
        else:
            pytest.fail(changed("how event data is built from annotations", "_events/data.py"))
