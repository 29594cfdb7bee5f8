# One entry point for people and CI. Every set-up step leaves a stamp in .make/
# and is skipped while its inputs are unchanged, so a second run is fast.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMPS := .make
FRONTEND_SOURCES := $(shell find frontend -path frontend/node_modules -prune -o -type f \( -name '*.svelte' -o -name '*.ts' -o -name '*.js' -o -name '*.css' \) -print)
BACKEND_SOURCES := $(shell find backend/gradio_messageschatbot -path "*/templates" -prune -o -name "*.py" -print)
TEMPLATES := backend/gradio_messageschatbot/templates/component/index.js

# The Gradio versions the component supports, each tested in its own venv: the highest in .venv on the
# default Python, the lowest in .venv-gradio-X/ on the lowest Python the package declares (3.10, where the
# machine has it; otherwise the default Python, so that `make test` still runs everywhere).
GRADIO_HIGHEST := 6.31.0
GRADIO_LOWEST := 6.13.0
LOWEST_VENV := .venv-gradio-$(GRADIO_LOWEST)
PYTHON_MIN ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.10.*/bin/python3.10) $(shell command -v python3.10) $(PYTHON))
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

.PHONY: FORCE demo dev lint test test-python test-frontend test-browser test-versions screenshots bench memory stress setup chromium clean

# PORT= serves `make demo` on another port, and `make dev`'s page (which otherwise goes on the second free
# port from 7860, after the backend's). APP= gives `make dev` another app.
PORT ?=
APP ?= demo/app.py

demo: setup
	GRADIO_SERVER_PORT=$(or $(PORT),7860) $(BIN)/python demo/app.py

# `gradio cc dev`: the app with the frontend served from source, reloaded on every change. The venv's
# Python and gradio are named, so that it runs without the venv activated.
dev: setup
	MESSAGESCHATBOT_DEV_PORT=$(PORT) $(BIN)/gradio cc dev $(APP) --python-path $(BIN)/python --gradio-path $(BIN)/gradio

# ruff, mypy (strict, on the whole package), the layers (imports flow one way: scripts/layers.py) and
# svelte-check (warnings count as errors).
lint: setup
	$(BIN)/ruff check backend tests benchmarks demo docs scripts
	$(BIN)/ruff format --check backend tests benchmarks demo docs scripts
	$(BIN)/mypy
	$(BIN)/python scripts/layers.py
	cd frontend && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning

test: lint chromium $(STAMPS)/dist
	$(BIN)/python -m pytest -q -m "not browser and not slow"
	cd frontend && npm test --silent
	$(BIN)/python -m pytest -q -m "browser or slow"
	$(MAKE) --no-print-directory test-versions

test-python: setup
	$(BIN)/python -m pytest -q -m "not browser and not slow"

test-frontend: $(STAMPS)/npm
	cd frontend && npm test --silent

test-browser: setup chromium
	$(BIN)/python -m pytest -q -m "browser or slow"

# The Python tests on the lowest supported Gradio and Python (`make test-python` runs them on the highest).
test-versions: $(STAMPS)/gradio-lowest
	@echo "Gradio $(GRADIO_LOWEST), $$($(LOWEST_VENV)/bin/python --version):"
	$(LOWEST_VENV)/bin/python -m pytest -q -m "not browser and not slow"

$(STAMPS)/gradio-lowest: $(STAMPS)/pyproject.sum $(STAMPS)/gradio-$(GRADIO_LOWEST).pin
	test -x $(LOWEST_VENV)/bin/python || $(PYTHON_MIN) -m venv $(LOWEST_VENV)
	$(LOWEST_VENV)/bin/python -m pip install --quiet "gradio==$(GRADIO_LOWEST)" -e ".[dev]"
	@touch $@

# The wheel and sdist as PyPI gets them: twine checks their metadata and that the README renders.
$(STAMPS)/dist: $(TEMPLATES) README.md pyproject.toml LICENSE
	rm -rf $(STAMPS)/dist-$(VERSION)
	$(BIN)/python -m build --quiet --outdir $(STAMPS)/dist-$(VERSION) .
	$(BIN)/twine check --strict $(STAMPS)/dist-$(VERSION)/*
	@touch $@

# The parity page (gr.Chatbot beside MessagesChatbot, same conversation) at 1280x900 and
# 390x844, light and dark, bubble and panel, into tests/.artifacts/parity/ to look at;
# the README's pictures of the demo into demo/.
screenshots: setup chromium
	$(BIN)/python scripts/parity_screenshots.py

bench: setup chromium
	$(BIN)/python benchmarks/run.py

# Server RSS while 100 sessions stream into 20,000-message histories: before, at the peak and
# after the cache's idle timeout. About eight minutes on 2 cores, most of it the load; not part of `make bench`.
memory: setup
	$(BIN)/python benchmarks/memory.py

# Long fuzzing (10,000 examples per property) and 50 concurrent streaming sessions.
stress: setup
	FUZZ_EXAMPLES=10000 LOAD_SESSIONS=50 LOAD_TOKENS=200 $(BIN)/python -m pytest -q -s tests/pipeline/test_fuzz.py tests/pipeline/test_load.py

setup: $(STAMPS)/python $(STAMPS)/npm $(TEMPLATES)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `gradio cc build` rewrites pyproject.toml unchanged, so its content, not its
# time stamp, decides whether to reinstall.
$(STAMPS)/pyproject.sum: FORCE
	@mkdir -p $(STAMPS)
	@sha256sum pyproject.toml | cmp -s - $@ || sha256sum pyproject.toml > $@

$(STAMPS)/python: $(STAMPS)/pyproject.sum $(STAMPS)/gradio-$(GRADIO_HIGHEST).pin | $(BIN)/python
	$(BIN)/python -m pip install --quiet "gradio==$(GRADIO_HIGHEST)" -e ".[dev]"
	@mkdir -p $(STAMPS) && touch $@

# A new Gradio version in this Makefile is a new pin, newer than the venv it is installed in.
$(STAMPS)/gradio-%.pin:
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/npm: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@mkdir -p $(STAMPS) && touch $@

# `gradio cc build` compiles the frontend into templates/ and builds the wheel in dist/.
$(TEMPLATES): $(STAMPS)/python $(STAMPS)/npm $(FRONTEND_SOURCES) $(BACKEND_SOURCES)
	rm -f backend/gradio_messageschatbot/*.pyi  # Gradio rewrites only the class in an existing stub: start afresh
	$(BIN)/gradio cc build --no-generate-docs --python-path $(BIN)/python
	@touch $@

# Debian's Chromium drives the browser tests; a downloaded browser is not used.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

clean:
	rm -rf $(STAMPS) $(VENV) .venv-gradio-* frontend/node_modules backend/gradio_messageschatbot/templates dist
