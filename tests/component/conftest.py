from __future__ import annotations

import pytest
from gradio_client import Client


@pytest.fixture(scope="module")
def client(app_url: str) -> Client:
    """gradio_client on the module's app (its ``app_url``), keeping the files it gets as URLs, not downloads."""
    return Client(app_url, verbose=False, download_files=False)
