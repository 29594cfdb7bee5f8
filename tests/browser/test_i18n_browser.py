"""Every word the chat shows goes through Gradio's translator: an app's gr.I18n replaces them."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "i18n_app.py")


def test_an_apps_translations_replace_the_chats_words(page, app_url):
    reply = open_log(page, app_url, "Chat").locator("[data-role=assistant]")

    toolbar = page.get_by_role("toolbar", name="Conversation actions")
    assert toolbar.get_by_role("button", name="Leeren").is_visible()
    assert toolbar.get_by_role("button", name="Gespräch kopieren").is_visible()
    # A string the app does not translate keeps its English.
    assert toolbar.get_by_role("button", name="Export conversation").is_visible()
    # Filled in after translation: the translated role name and the message's number.
    actions = reply.get_by_role("toolbar", name="Aktionen für Bot, Nachricht 2")
    assert actions.get_by_role("button", name="Nachricht kopieren").is_visible()
    assert reply.locator(".speaker").first.inner_text() == "Bot:"
    thought = reply.get_by_test_id("thought")
    assert thought.get_by_test_id("tool-state").inner_text() == "Fertig"
    assert thought.locator(".duration").inner_text() == "(1.5 Sek.)"
