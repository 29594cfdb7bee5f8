"""What `gradio cc publish` uploads is consistent: package metadata, the changelog, the Space's files and
the supported Gradio versions, stated alike wherever they are stated."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions

import gradio
import tomlkit
import trove_classifiers
from packaging.version import Version
from paths import ROOT

DEMO = ROOT / "demo"
PROJECT = tomlkit.parse((ROOT / "pyproject.toml").read_text())["project"]
README = (ROOT / "README.md").read_text()


def requirement_names(text: str) -> dict[str, str]:
    """Each requirement's normalized name and its whole line."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {re.split(r"[<>=!~\[ ;]", line)[0].lower().replace("_", "-"): line for line in lines}


def supported_gradio_versions() -> tuple[str, str]:
    """The lowest and the highest Gradio that `make test` tests."""
    makefile = (ROOT / "Makefile").read_text()
    return tuple(
        re.search(rf"^GRADIO_{end} := (\S+)$", makefile, flags=re.MULTILINE)[1] for end in ("LOWEST", "HIGHEST")
    )


def test_every_classifier_is_one_pypi_accepts():
    assert [c for c in PROJECT["classifiers"] if c not in trove_classifiers.classifiers] == []


def test_the_changelog_starts_with_this_version():
    assert re.search(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(), flags=re.MULTILINE)[1] == PROJECT["version"]


def test_the_supported_gradio_versions_are_stated_alike_everywhere():
    lowest, highest = supported_gradio_versions()
    short = {version: ".".join(version.split(".")[:2]) for version in (lowest, highest)}
    assert f"gradio>={short[lowest]},<7" in PROJECT["dependencies"]
    statement = f"Gradio {short[lowest]} to {short[highest]}"
    assert statement in README
    assert statement in (ROOT / "CHANGELOG.md").read_text()
    assert f"\nsdk_version: {highest}\n" in README  # the Space runs the newest tested Gradio


def test_these_tests_run_on_a_supported_gradio():
    lowest, highest = (Version(version) for version in supported_gradio_versions())
    assert lowest <= Version(gradio.__version__) <= highest


def test_the_space_installs_this_version_and_every_package_the_demo_imports():
    required = requirement_names((DEMO / "requirements.txt").read_text())
    assert required[PROJECT["name"].replace("_", "-")] == f"{PROJECT['name']}=={PROJECT['version']}"
    imported = set()
    for script in DEMO.glob("*.py"):
        for node in ast.walk(ast.parse(script.read_text())):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imported.add(node.module.split(".")[0])
    local = {script.stem for script in DEMO.glob("*.py")}
    third_party = imported - set(sys.stdlib_module_names) - local - {"__future__"}
    distributions = {
        dist.lower().replace("_", "-")
        for module in third_party
        for dist in packages_distributions().get(module, [module])
    }
    assert distributions - {"gradio"} <= required.keys()  # the Space's sdk_version brings gradio
