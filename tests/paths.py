"""Where the tests' own files are, for test modules at any depth."""

from pathlib import Path

TESTS = Path(__file__).parent
ROOT = TESTS.parent
APPS = TESTS / "apps"
EXAMPLES = ROOT / "docs" / "examples"
ARTIFACTS = TESTS / ".artifacts"
"""What browser runs leave to look at (screenshots, traces): git-ignored."""
