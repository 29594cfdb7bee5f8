"""One table of URL spellings, for the server's URL check and for Chromium's own URL parser.

Each row: the URL, the host Chromium reads in it (``new URL(url).hostname``, brackets left off an
IPv6 address; ``None`` if Chromium refuses the URL), and the server's verdict on it from a client:
``"local"`` (refused: this machine or a private network), ``"unreadable"`` (refused: browsers and
HTTP libraries could read different hosts, or browsers none) or ``"allowed"``.
"""

from __future__ import annotations

SPELLINGS: list[tuple[str, str | None, str]] = [
    # the plain forms
    ("http://127.0.0.1/x", "127.0.0.1", "local"),
    ("http://localhost:8000/", "localhost", "local"),
    ("https://[::1]/", "::1", "local"),
    ("http://10.0.0.5/a", "10.0.0.5", "local"),
    ("http://192.168.1.1/", "192.168.1.1", "local"),
    ("http://169.254.169.254/latest/meta-data", "169.254.169.254", "local"),
    ("http://0.0.0.0/", "0.0.0.0", "local"),
    ("http://100.64.0.1/", "100.64.0.1", "local"),
    ("https://example.org/cat.png", "example.org", "allowed"),
    ("http://8.8.8.8/", "8.8.8.8", "allowed"),
    # UTS-46 mapping: fullwidth digits, letters and dots, ideographic dots, circled digits
    ("http://１２７.０.０.１/", "127.0.0.1", "local"),
    ("http://１２７．０．０．１/", "127.0.0.1", "local"),
    ("http://127。0。0。1/", "127.0.0.1", "local"),
    ("http://127｡0｡0｡1/", "127.0.0.1", "local"),
    ("http://①②⑦.０.０.①/", "127.0.0.1", "local"),
    ("http://⑯⑨.②⑤④.⑯⑨.②⑤④/", "169.254.169.254", "local"),
    ("http://ｌｏｃａｌｈｏｓｔ/", "localhost", "local"),
    ("http://LOCALHOST/", "localhost", "local"),
    ("HTTP://127.0.0.1/", "127.0.0.1", "local"),
    ("http://a\u00ad.com/", "a.com", "allowed"),  # a soft hyphen is mapped away
    ("http://bücher.de/", "xn--bcher-kva.de", "allowed"),
    ("http://BÜCHER.de/", "xn--bcher-kva.de", "allowed"),
    ("http://ex_ample.com/", "ex_ample.com", "allowed"),
    ("http://⒈.com/", None, "unreadable"),  # disallowed by UTS-46
    # percent-encoded hosts
    ("http://127%2e0%2e0%2e1/", "127.0.0.1", "local"),
    ("http://%31%32%37.0.0.1/", "127.0.0.1", "local"),
    ("http://example.com%00/", None, "unreadable"),
    # IPv4 numbers: short, hexadecimal, octal, one number, trailing dots
    ("http://127.1/", "127.0.0.1", "local"),
    ("http://2130706433/", "127.0.0.1", "local"),
    ("http://0x7f000001/", "127.0.0.1", "local"),
    ("http://0x7F.1/", "127.0.0.1", "local"),
    ("http://0177.0.0.1/", "127.0.0.1", "local"),
    ("http://017700000001/", "127.0.0.1", "local"),
    ("http://127.0.0.0x1/", "127.0.0.1", "local"),
    ("http://127.0.0.1./", "127.0.0.1", "local"),
    ("http://127.1./", "127.0.0.1", "local"),
    ("http://0/", "0.0.0.0", "local"),
    ("http://0x/", "0.0.0.0", "local"),
    ("http://09.0.0.1/", None, "unreadable"),
    ("http://256.0.0.1/", None, "unreadable"),
    ("http://4294967296/", None, "unreadable"),
    ("http://1.2.3.4.5/", None, "unreadable"),
    ("http://0.0.0.256.com/", "0.0.0.256.com", "allowed"),
    ("http://1e1/", "1e1", "allowed"),
    # local names
    ("http://localhost./", "localhost.", "local"),
    ("http://foo.localhost/", "foo.localhost", "local"),
    # IPv6, and IPv4 carried in IPv6
    ("http://[0:0:0:0:0:0:0:1]/", "::1", "local"),
    ("http://[::]/", "::", "local"),
    ("http://[::ffff:127.0.0.1]/", "::ffff:7f00:1", "local"),
    ("http://[::ffff:7f00:1]/", "::ffff:7f00:1", "local"),
    ("http://[64:ff9b::7f00:1]/", "64:ff9b::7f00:1", "local"),
    ("http://[2002:7f00:1::]/", "2002:7f00:1::", "local"),
    ("http://[fe80::1]/", "fe80::1", "local"),
    ("http://[::1%25lo]/", None, "unreadable"),
    # user names, ports
    ("http://user:pw@127.0.0.1:80/", "127.0.0.1", "local"),
    ("http://127.0.0.1:/", "127.0.0.1", "local"),
    ("http://127.0.0.1%2f@example.com/", "example.com", "allowed"),
    ("http://example.com#@127.0.0.1/", "example.com", "allowed"),
    ("http://example.com?@127.0.0.1/", "example.com", "allowed"),
    ("http://a@b@127.0.0.1/", "127.0.0.1", "unreadable"),
    ("http://example.com:99999/", None, "unreadable"),
    # a backslash: browsers end the host there, HTTP libraries do not
    ("http://127.0.0.1\\@example.com/", "127.0.0.1", "unreadable"),
    ("http://example.com\\@127.0.0.1/", "example.com", "unreadable"),
    ("http://example.com:80\\@127.0.0.1/", "example.com", "unreadable"),
    ("http:\\\\127.0.0.1\\x", "127.0.0.1", "unreadable"),
    ("http:127.0.0.1", "127.0.0.1", "unreadable"),
    ("http:///127.0.0.1/", "127.0.0.1", "unreadable"),
    # whitespace and control characters, which browsers drop
    (" http://127.0.0.1/", "127.0.0.1", "unreadable"),
    ("http://127.0.0.1\t/", "127.0.0.1", "unreadable"),
    ("http://12\n7.0.0.1/", "127.0.0.1", "unreadable"),
]
