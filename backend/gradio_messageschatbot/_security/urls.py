"""URLs a client names, read the way the browser or HTTP library that fetches them reads them.

A check that reads a URL one way while the fetcher reads it another checks nothing: browsers
follow the WHATWG URL Standard, which maps the host through UTS-46 (``http://１２７.０.０.１/``,
``http://127。0。0。1/``, ``http://①②⑦.0.0.1/`` and ``http://ｌｏｃａｌｈｏｓｔ/`` are all this
machine), percent-decodes it, reads ``127.1``, ``0x7f000001`` and ``017700000001`` as IPv4
addresses and ends the host at a backslash, where HTTP libraries (``urllib``, ``httpx``,
``requests``) do not. So :func:`web_host` reads the host as the standard does, and refuses
every URL that the two kinds of reader could take to different hosts (a backslash or a second
``@`` before the path, whitespace or control characters anywhere). :func:`check_url` then keeps
a client's URLs out of this machine and private networks, in every spelling.

Host names other than the well-known local ones are not resolved: a name can change what it
resolves to after any check, so an app that fetches URLs must still do so from a network that
cannot reach inside.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote_to_bytes

import idna

from ..errors import MessagesChatbotError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Host = str | Address
"""A host as the browser connects to it: an ASCII domain name (lower case), or an IP address."""

WEB_SCHEMES = ("http", "https")
LOCAL_HOST_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")

_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_SPACE_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]")
# The standard's forbidden domain code points: a host holding one after mapping is no host.
_FORBIDDEN_IN_DOMAIN = re.compile(r"[\x00-\x20\x7f#%/:<>?@\[\\\]^|]")
_DIGITS = {8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def scheme_of(url: str) -> str:
    """The scheme ``url`` starts with, in lower case; ``""`` if none."""
    scheme = _SCHEME.match(url)
    return scheme.group(1).lower() if scheme else ""


class _Unreadable(MessagesChatbotError):
    """A URL whose host cannot be told the way a browser (and an HTTP library) would tell it."""


def web_host(url: str) -> Host:
    """The host an ``http``/``https`` URL leads to, read as browsers read it; an error saying why if none.

    Only URLs that browsers and HTTP libraries split alike are read: ``scheme://authority``
    with the authority ending at the first ``/``, ``?`` or ``#``, no backslash in it (browsers
    end the host there, libraries do not), at most one ``@``, and no whitespace or control
    character anywhere (browsers drop them, libraries differ).
    """
    scheme = scheme_of(url)
    if scheme not in WEB_SCHEMES:
        raise _Unreadable("it is not an http(s) URL")
    if _SPACE_OR_CONTROL.search(url):
        raise _Unreadable("it contains a space or control character")
    rest = url[len(scheme) + 1 :]
    if not rest.startswith("//"):
        raise _Unreadable("it does not start with http:// or https://")
    authority = re.split(r"[/?#]", rest[2:], maxsplit=1)[0]
    if "\\" in authority:
        raise _Unreadable("it has a backslash before the path (browsers read it as '/', HTTP libraries do not)")
    if authority.count("@") > 1:
        raise _Unreadable("its user name or password holds an unescaped '@'")
    host = _without_port(authority.rpartition("@")[2])
    if host.startswith("["):
        return _ipv6(host)
    return _domain_or_ipv4(host)


def _without_port(host_and_port: str) -> str:
    """The host, its port (if any) checked: the host ends at its first ``:`` (after the brackets of an IPv6 address)."""
    if host_and_port.startswith("["):
        end = host_and_port.find("]") + 1 or len(host_and_port)
        host, port = host_and_port[:end], host_and_port[end:]
        if port and not port.startswith(":"):
            raise _Unreadable(f"its host {host_and_port[:100]!r} is not an IPv6 address")
        port = port[1:]
    else:
        host, _, port = host_and_port.partition(":")
    if port and not (port.isascii() and port.isdigit() and int(port) <= 65535):
        raise _Unreadable(f"its port {port[:20]!r} is not a number up to 65535")
    return host


def _ipv6(host: str) -> ipaddress.IPv6Address:
    if not host.endswith("]") or "%" in host:  # the standard knows no zone identifiers
        raise _Unreadable(f"its host {host[:100]!r} is not an IPv6 address")
    try:
        return ipaddress.IPv6Address(host[1:-1])
    except ValueError:
        raise _Unreadable(f"its host {host[:100]!r} is not an IPv6 address") from None


def _domain_or_ipv4(host: str) -> Host:
    """The standard's host parser for http(s): percent-decode, map with UTS-46, IPv4 if it ends in a number."""
    if not host:
        raise _Unreadable("it has no host")
    try:
        decoded = unquote_to_bytes(host).decode("utf-8")
        mapped = idna.uts46_remap(decoded, std3_rules=False, transitional=False)
    except (UnicodeDecodeError, idna.IDNAError):
        raise _Unreadable(f"its host {host[:100]!r} is not a domain name browsers accept") from None
    if _FORBIDDEN_IN_DOMAIN.search(mapped):
        raise _Unreadable(f"its host {host[:100]!r} holds a character no domain name may hold")
    if _ends_in_a_number(mapped):
        return _ipv4(mapped, host)
    # A label outside ASCII is looked up as its punycode "xn--" form: never a number or a local name.
    return ".".join(
        label if label.isascii() else "xn--" + label.encode("punycode").decode() for label in mapped.split(".")
    )


def _ends_in_a_number(host: str) -> bool:
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels.pop()
    last = labels[-1]
    if last and all(character in _DIGITS[10] for character in last):
        return True
    return last[:2] in ("0x", "0X") and all(character in _DIGITS[16] for character in last[2:])


def _ipv4(host: str, written: str) -> ipaddress.IPv4Address:
    """The standard's IPv4 parser: one to four parts (decimal, octal ``0``, hex ``0x``), the last filling the rest."""
    parts = host.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    numbers = [_ipv4_number(part) for part in parts] if len(parts) <= 4 else [None]
    if None in numbers:
        raise _Unreadable(f"its host {written[:100]!r} is not an IPv4 address")
    *leading, last = [number for number in numbers if number is not None]
    if any(number > 255 for number in leading) or last >= 256 ** (4 - len(leading)):
        raise _Unreadable(f"its host {written[:100]!r} is not an IPv4 address")
    return ipaddress.IPv4Address(sum(number << (8 * (3 - place)) for place, number in enumerate(leading)) + last)


def _ipv4_number(part: str) -> int | None:
    radix = 10
    if part[:2] in ("0x", "0X"):
        part, radix = part[2:], 16
    elif len(part) > 1 and part.startswith("0"):
        part, radix = part[1:], 8
    elif not part:
        return None
    if not all(character in _DIGITS[radix] for character in part):
        return None
    return int(part, radix) if part else 0


def is_local(host: Host) -> bool:
    """Whether ``host`` is this machine or a private network: a local name, or an address that is not global
    (an IPv6 address that carries an IPv4 one is judged by that)."""
    if isinstance(host, str):
        name = host.rstrip(".")
        return name in LOCAL_HOST_NAMES or name.endswith(".localhost")
    if isinstance(host, ipaddress.IPv6Address):
        carried = host.ipv4_mapped or host.sixtofour
        if carried is None and (host in _NAT64 or (host in _IPV4_COMPATIBLE and int(host) > 1)):
            carried = ipaddress.IPv4Address(int(host) & 0xFFFFFFFF)
        if carried is not None:
            return is_local(carried)
    return not host.is_global or host.is_multicast


def check_url(url: str, what: str = "the URL", *, allow_local: bool = False) -> str:
    """``url`` if it is an ``http``/``https`` URL read as browsers read it and, unless ``allow_local``
    (a handler's own URLs), outside this machine and private networks; else a clear error naming it."""
    try:
        host = web_host(url)
    except _Unreadable as error:
        raise MessagesChatbotError(f"{what} {url[:100]!r} is refused: {error}") from None
    if not allow_local and is_local(host):
        raise MessagesChatbotError(f"{what} {url[:100]!r} points into the local network and is refused")
    return url
