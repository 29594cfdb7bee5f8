"""Messages that cite sources (``metadata["sources"]``), for client and browser tests."""

from __future__ import annotations

import os
import tempfile

from metadata_page import metadata_page

NOTES = os.path.join(tempfile.gettempdir(), "sources-app-notes.txt")
with open(NOTES, "w") as notes:
    notes.write("Meeting notes: ship on Friday.\n")

CITED = [
    {"role": "user", "content": "Which chat components cite their sources?"},
    {
        "role": "assistant",
        "content": "Open WebUI shows them [1], as does AI Elements [2]; see the notes [3]. Not `code[1]`, nor [4].",
        "metadata": {
            "sources": [
                {"title": "Open WebUI", "url": "https://openwebui.com/", "snippet": "Citations under each answer"},
                {"url": "https://ai-sdk.dev/elements/components/sources"},
                {"title": "Notes", "file": {"path": NOTES}},
            ]
        },
    },
]


demo = metadata_page(CITED, add="cite")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[NOTES])
