# policykg: the two commands are `make run` and `make test`; everything they need
# is installed here, so a fresh clone on a fresh machine needs nothing by hand.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
DATA   ?= data
HOST   ?= 127.0.0.1
PORT   ?= 5000
# The stamp changes whenever pyproject.toml does, so dependency edits reinstall.
STAMP  := $(VENV)/.installed

.PHONY: test-slow run build serve test lint typecheck pytest system-deps bench-deps web-assets bench bench-quick eval clean help

help:
	@echo "make run    set up, build corpus/ into $(DATA)/ and serve http://$(HOST):$(PORT)"
	@echo "make test   set up what the tests need and run lint, type checks and the whole suite"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP) web-assets
	$(BIN)/policykg build --data $(DATA)
	@echo "policykg: serving http://$(HOST):$(PORT)"
	$(BIN)/policykg serve --data $(DATA) --host $(HOST) --port $(PORT)

build: $(STAMP)
	$(BIN)/policykg build --data $(DATA)

serve: $(STAMP) web-assets
	$(BIN)/policykg serve --data $(DATA) --host $(HOST) --port $(PORT)

# Debian's Chromium drives the browser tests; tests skip with a message only
# where it cannot be installed.
system-deps:
	@bash scripts/install-system-deps.sh

bench-deps:
	@bash scripts/install-system-deps.sh bench

# cytoscape.js for the graph explorer, from the npm registry (not committed).
web-assets:
	@bash scripts/install-web-assets.sh

lint: $(STAMP)
	$(BIN)/ruff check kg search web tests bench
	$(BIN)/ruff format --check kg search web tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# The long fuzzing runs (10,000 examples each) are marked slow: `make test-slow` runs them.
PYTEST_ARGS ?= -m "not slow"

pytest: $(STAMP) system-deps web-assets
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-slow: $(STAMP) system-deps web-assets
	$(BIN)/python -m pytest -m slow

test: lint typecheck pytest

# The full benchmarks (scaled corpus, SPARQL and web under load); figures go to BENCHMARKS.md.
bench: $(STAMP) web-assets bench-deps
	$(BIN)/python bench/run.py
	$(BIN)/python bench/search_bench.py

# A quick run of the same figures on a small scaled corpus (a few minutes).
bench-quick: $(STAMP) web-assets bench-deps
	$(BIN)/python bench/run.py --quick

eval: $(STAMP)
	$(BIN)/policykg eval

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
