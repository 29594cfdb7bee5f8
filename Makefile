# One entry point for people and CI. Every set-up step leaves a stamp in .make/
# and is skipped while its inputs are unchanged, so a second run is fast.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMPS := .make
FRONTEND_SOURCES := $(shell find frontend -path frontend/node_modules -prune -o -type f \( -name '*.svelte' -o -name '*.ts' -o -name '*.js' -o -name '*.css' \) -print)
BACKEND_SOURCES := $(wildcard backend/gradio_messageschatbot/*.py)
TEMPLATES := backend/gradio_messageschatbot/templates/component/index.js

.PHONY: FORCE demo test test-python test-frontend test-browser screenshots bench memory stress setup chromium clean

demo: setup
	$(BIN)/python demo/app.py

test: setup chromium
	$(BIN)/python -m pytest -q -m "not browser and not slow"
	cd frontend && npm test --silent
	$(BIN)/python -m pytest -q -m "browser or slow"

test-python: setup
	$(BIN)/python -m pytest -q -m "not browser and not slow"

test-frontend: $(STAMPS)/npm
	cd frontend && npm test --silent

test-browser: setup chromium
	$(BIN)/python -m pytest -q -m "browser or slow"

# The parity page (gr.Chatbot beside MessagesChatbot, same conversation) at 1280x900 and
# 390x844, light and dark, bubble and panel, into tests/.artifacts/parity/ to look at;
# the README's pictures of the demo into demo/.
screenshots: setup chromium
	$(BIN)/python tests/parity_screenshots.py

bench: setup chromium
	$(BIN)/python benchmarks/run.py

# Server RSS while 100 sessions stream into 20,000-message histories: before, at the peak and
# after the cache's idle timeout. About eight minutes on 2 cores, most of it the load; not part of `make bench`.
memory: setup
	$(BIN)/python benchmarks/memory.py

# Long fuzzing (10,000 examples per property) and 50 concurrent streaming sessions.
stress: setup
	FUZZ_EXAMPLES=10000 LOAD_SESSIONS=50 LOAD_TOKENS=200 $(BIN)/python -m pytest -q -s tests/test_fuzz.py tests/test_load.py

setup: $(STAMPS)/python $(STAMPS)/npm $(TEMPLATES)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `gradio cc build` rewrites pyproject.toml unchanged, so its content, not its
# time stamp, decides whether to reinstall.
$(STAMPS)/pyproject.sum: FORCE
	@mkdir -p $(STAMPS)
	@sha256sum pyproject.toml | cmp -s - $@ || sha256sum pyproject.toml > $@

$(STAMPS)/python: $(STAMPS)/pyproject.sum | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/npm: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@mkdir -p $(STAMPS) && touch $@

# `gradio cc build` compiles the frontend into templates/ and builds the wheel in dist/.
$(TEMPLATES): $(STAMPS)/python $(STAMPS)/npm $(FRONTEND_SOURCES) $(BACKEND_SOURCES)
	$(BIN)/gradio cc build --no-generate-docs --python-path $(BIN)/python
	@touch $@

# Debian's Chromium drives the browser tests; a downloaded browser is not used.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

clean:
	rm -rf $(STAMPS) $(VENV) frontend/node_modules backend/gradio_messageschatbot/templates dist
