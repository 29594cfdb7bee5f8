"""Retrying a reply keeps the earlier ones as versions; the pager switches, and handlers get the one shown."""

from __future__ import annotations

import json

import pytest
from pages import small_controls
from paths import APPS
from servers import loopback_recorder, served_app

pytestmark = pytest.mark.browser

app_url = served_app(APPS / "versions_app.py")


def reply_text(log) -> str:
    return log.locator("[data-role=assistant] [data-testid=message]").last.inner_text()


def test_the_pager_switches_versions_and_the_next_handler_gets_the_chosen_one(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Chat")
    log.get_by_text("Answer 0").wait_for()
    assert log.get_by_test_id("version-pager").count() == 0
    for answer in (1, 2):
        log.locator("[data-role=assistant]").last.get_by_role("button", name="Retry").click()
        log.get_by_test_id("version-pager").get_by_text(f"{answer + 1}/{answer + 1}").wait_for()
        log.locator("[data-testid=message]", has_text=f"Answer {answer}").wait_for()
    pager = log.get_by_test_id("version-pager")
    # Its arrows are drawn as large as the reply's other action icons, not as a 10 px glyph.
    assert small_controls(pager) == []
    retry_icon = log.get_by_role("button", name="Retry").locator("svg").bounding_box()
    for arrow in pager.get_by_role("button").all():
        assert arrow.locator("svg").bounding_box()["width"] == pytest.approx(retry_icon["width"], abs=1)
    pager.get_by_role("button", name="Previous version").click()
    pager.get_by_text("2/3").wait_for()
    assert reply_text(log).startswith("Answer 1")
    page.get_by_role("button", name="Inspect").click()
    page.wait_for_function("document.querySelector('#report textarea').value.includes('Answer 1')")
    history = json.loads(page.locator("#report textarea").input_value())
    assert history[-1] == {
        "role": "assistant",
        "content": "Answer 1",
        "metadata": {"versions": [{"content": "Answer 0"}, {"content": "Answer 2"}], "version": 1},
    }


def test_chat_interface_retry_keeps_the_earlier_reply(page, app_url):
    page.goto(app_url)
    log = page.get_by_role("log", name="Interface")
    box = page.get_by_placeholder("Type a message...")
    box.fill("hello")
    box.press("Enter")
    log.get_by_text("to hello").wait_for()
    first = reply_text(log)
    log.locator("[data-role=assistant]").last.get_by_role("button", name="Retry").click()
    pager = log.get_by_test_id("version-pager")
    pager.get_by_text("2/2").wait_for()
    pager.get_by_role("button", name="Previous version").click()
    pager.get_by_text("1/2").wait_for()
    assert reply_text(log).startswith(first)
    assert "Reply 2" not in reply_text(log)


def test_versions_a_handler_keeps_show_their_files_as_content_does(page, app_url):
    """A handler's own versions: a file of the app's and an image, each served by Gradio when paged to."""
    page.goto(app_url)
    log = page.get_by_role("log", name="Chat")
    log.get_by_text("Answer 0").wait_for()
    page.get_by_role("button", name="Drafts").click()
    pager = log.get_by_test_id("version-pager")
    pager.get_by_text("3/3").wait_for()
    pager.get_by_role("button", name="Previous version").click()
    pager.get_by_text("2/3").wait_for()
    image = log.locator("[data-role=assistant] img").last
    image.wait_for()
    page.wait_for_function("img => img.complete && img.naturalWidth === 40", arg=image.element_handle())
    pager.get_by_role("button", name="Previous version").click()
    pager.get_by_text("1/3").wait_for()
    link = log.get_by_test_id("file-card").last.get_by_role("link")
    href = link.get_attribute("href")
    assert href.startswith(f"{app_url}gradio_api/file=")
    assert page.request.get(href).text() == "The first draft"


def test_a_hostile_history_sent_by_the_page_never_comes_back_to_it(page, app_url):
    """The page's own request, rewritten as an attacker would: versions with a script URL, loopback media, a
    number for a name and a null entry. The server refuses it with an error naming the field; nothing of it
    reaches the page (no fetch, no page error, no script link)."""
    with loopback_recorder(b"GIF89a") as (port, hits):
        local = f"http://127.0.0.1:{port}"
        versions = [
            {"content": {"type": "file", "file": {"path": "a.txt", "url": "javascript:alert(document.domain)"}}},
            {
                "content": {
                    "type": "component",
                    "component": "gallery",
                    "value": [{"image": {"path": f"{local}/g.png"}}],
                }
            },
            {"content": "x", "metadata": {"avatar": f"{local}/avatar.png", "name": 5}},
            None,
        ]
        hostile = [
            {"role": "user", "content": "Name a colour"},
            {"role": "assistant", "content": "Blue", "metadata": {"versions": versions}},
        ]

        def rewrite(route):
            body = json.loads(route.request.post_data)
            route.continue_(post_data=json.dumps({**body, "data": [hostile]}))

        page.goto(app_url)
        log = page.get_by_role("log", name="Chat")
        log.get_by_text("Answer 0").wait_for()
        page.route("**/gradio_api/queue/join*", rewrite)
        page.get_by_role("button", name="Continue").click()
        page.get_by_text("MessagesChatbot: message 1: metadata.versions[3] must be a dict with 'content'").wait_for()
        page.unroute("**/gradio_api/queue/join*")
        assert log.get_by_test_id("version-pager").count() == 0
        assert page.locator("a[href^='javascript:' i]").count() == 0
        assert hits == []
