"""Per-message names, avatars and timestamps show in both layouts and are read out by screen readers."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

APP = APPS / "speakers_app.py"
app_url = served_app(APP)


@pytest.fixture(params=["Bubble", "Panel"])
def log(request, page, app_url):
    return open_log(page, app_url, request.param, "[data-testid=message-group][data-index='2']")


def group(log, index: int):
    return log.locator(f"[data-testid=message-group][data-index='{index}']")


def test_each_agent_is_its_own_group_named_on_screen_and_to_screen_readers(log):
    groups = log.locator("[data-testid=message-group]")
    assert groups.count() == 3  # two assistants with different names are two speakers
    writer, critic = group(log, 1), group(log, 2)
    assert writer.get_by_test_id("speaker-name").inner_text() == "Writer"
    assert critic.get_by_test_id("speaker-name").inner_text() == "Critic"
    # What a screen reader reads: the name once (the visible one is hidden from it), then the message.
    assert writer.locator(".speaker").inner_text() == "Writer:"
    assert writer.get_by_test_id("speaker-name").get_attribute("aria-hidden") == "true"
    tree = writer.aria_snapshot()
    assert tree.startswith('- text: "Writer:"\n- paragraph: Green bars at midnight\n- time: Jan 2, 2025')
    assert 'toolbar "Actions for Writer message 2"' in tree
    assert group(log, 0).locator(".speaker").inner_text() == "User:"  # unnamed: the role speaks
    assert critic.get_by_role("toolbar").get_attribute("aria-label") == "Actions for Critic message 3"


def test_a_message_avatar_shows_and_others_keep_none(log):
    avatar = group(log, 1).get_by_test_id("avatar")
    assert "/gradio_api/file=" in avatar.get_attribute("src")
    avatar.page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=avatar.element_handle())
    assert group(log, 2).get_by_test_id("avatar").count() == 0


def test_timestamps_show_as_dates_read_in_the_text(log):
    times = log.locator("time")
    assert times.evaluate_all("els => els.map(e => e.getAttribute('datetime'))") == [
        "2025-01-02T15:04:00+00:00",
        "2025-01-02T15:05:00+00:00",
        "2025-01-02T15:06:00+00:00",
    ]
    assert "2025" in times.nth(1).inner_text()
    assert times.nth(1).inner_text() in group(log, 1).inner_text()  # in the text a screen reader reads
