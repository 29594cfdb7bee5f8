"""What shows when something has no name or will not load (tests/apps/fallbacks_app.py)."""

from __future__ import annotations

import pytest
from pages import open_log
from paths import APPS
from servers import served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "fallbacks_app.py")


def group(log, role: str):
    return log.locator(f"[data-testid=message-group][data-role={role}]")


def test_a_speaker_avatar_that_fails_gives_way_to_the_role_avatar(page, app_url):
    log = open_log(page, app_url, "Role avatar")
    avatar = group(log, "assistant").get_by_test_id("avatar")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=avatar.element_handle())
    assert avatar.get_attribute("src").endswith("pattern.png")
    assert log.locator("img.avatar").evaluate_all("imgs => imgs.filter(img => img.naturalWidth === 0)") == []


def test_when_no_avatar_loads_the_speaker_initials_stand_in(page, app_url):
    log = open_log(page, app_url, "Initials")
    group(log, "assistant").get_by_test_id("avatar-initials").wait_for()
    assert group(log, "assistant").get_by_test_id("avatar-initials").inner_text() == "AL"
    assert group(log, "user").get_by_test_id("avatar-initials").inner_text() == "U"
    assert log.locator("img.avatar").count() == 0  # no broken image left behind
    # The same round 35 px place as an image avatar.
    box = group(log, "assistant").get_by_test_id("avatar-initials").bounding_box()
    assert (round(box["width"]), round(box["height"])) == (35, 35)


def test_unlabelled_media_are_titled_by_their_file_name(page, app_url):
    log = open_log(page, app_url, "Role avatar")
    assert log.get_by_role("figure", name="tone.wav").get_by_role("button", name="Play tone.wav").count() == 1
    assert log.get_by_role("figure", name="clip.webm").count() == 1
    assert log.get_by_role("img", name="pattern.png").count() == 1
    assert log.get_by_role("figure", name="audio").count() == 0
