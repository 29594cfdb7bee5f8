"""The server's one URL check against the shared table of spellings (tests/url_spellings.py), which
tests/browser/test_url_spellings_browser.py holds against Chromium's own parser."""

from __future__ import annotations

import ipaddress

import pytest
from gradio_messageschatbot._model.sources import Source
from gradio_messageschatbot._security.files import check_readable
from gradio_messageschatbot._security.urls import check_url, is_local, web_host
from gradio_messageschatbot.errors import MessagesChatbotError
from pydantic import ValidationError
from url_spellings import SPELLINGS


@pytest.mark.parametrize(("url", "browser_host", "verdict"), SPELLINGS)
def test_the_server_reads_each_spelling_as_the_browser_does(url, browser_host, verdict):
    if verdict == "unreadable":
        with pytest.raises(MessagesChatbotError):
            web_host(url)
        return
    host = web_host(url)
    assert str(host) == browser_host
    assert is_local(host) == (verdict == "local")


@pytest.mark.parametrize(("url", "browser_host", "verdict"), SPELLINGS)
def test_a_client_url_is_refused_unless_allowed(url, browser_host, verdict):
    if verdict == "allowed":
        assert check_url(url) == url
        return
    expected = "points into the local network" if verdict == "local" else "is refused: "
    with pytest.raises(MessagesChatbotError, match=expected):
        check_url(url, "the avatar URL")


def test_a_handler_may_name_local_urls_but_not_unreadable_ones():
    assert check_url("http://１２７.０.０.１/", allow_local=True) == "http://１２７.０.０.１/"
    with pytest.raises(MessagesChatbotError, match=r"backslash"):
        check_url("http://127.0.0.1\\@example.com/", allow_local=True)


def test_file_paths_that_are_urls_go_through_the_same_check():
    with pytest.raises(MessagesChatbotError, match=r"points into the local network"):
        check_readable("http://127。0。0。1:7860/secret.png")
    with pytest.raises(MessagesChatbotError, match=r"backslash"):
        check_readable("http://127.0.0.1\\@example.com/secret.png")


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("::ffff:8.8.8.8", False),
        ("2002:808:808::", False),
        ("64:ff9b::808:808", False),
        ("::7f00:1", True),
        ("ff02::1", True),
    ],
)
def test_ipv6_addresses_carrying_ipv4_ones_are_judged_by_those(address, local):
    assert is_local(ipaddress.IPv6Address(address)) == local


def test_a_clients_source_link_follows_the_same_rule_and_a_handlers_may_be_local():
    client = {"validate_meta": True}  # what Gradio passes when it validates a client's value
    with pytest.raises(ValidationError, match=r"points into the local network"):
        Source.model_validate({"url": "http://ｌｏｃａｌｈｏｓｔ/admin"}, context=client)
    with pytest.raises(ValidationError, match=r"backslash"):
        Source.model_validate({"url": "http://127.0.0.1\\@example.com/"})
    assert Source.model_validate({"url": "http://localhost:8000/docs"}).url == "http://localhost:8000/docs"
    assert Source.model_validate({"url": "mailto:a@example.org"}, context=client).url == "mailto:a@example.org"
