# policykg: the two commands are `make run` and `make test`; everything they need
# is installed here, so a fresh clone on a fresh machine needs nothing by hand.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
# The stamp changes whenever pyproject.toml does, so dependency edits reinstall.
STAMP  := $(VENV)/.installed
# Each set-up step prints one line; its whole output goes to a log named on failure.
STEP   := bash scripts/step.sh

# CORPUS, DATA, HOST and PORT reach policykg only when given on the make command
# line (`make run PORT=8080`, `make run CORPUS=~/reports`), so that otherwise
# policykg.toml and POLICYKG_* apply: defaults < policykg.toml < POLICYKG_* < options.
given = $(if $(filter command line,$(origin $(1))),$(2) '$($(1))')
BUILD_OPTS = $(call given,CORPUS,--corpus) $(call given,DATA,--data)
SERVE_OPTS = $(call given,DATA,--data) $(call given,HOST,--host) $(call given,PORT,--port)

.PHONY: test-slow run build serve test lint typecheck pytest system-deps bench-deps web-assets bench bench-quick eval clean help

help:
	@echo "make run    set up, build corpus/ (or CORPUS=DIR) into data/ (or DATA=DIR) and serve it"
	@echo "            at http://127.0.0.1:5000 (or HOST=… PORT=…, or POLICYKG_HOST / POLICYKG_PORT)"
	@echo "make test   set up what the tests need and run lint, type checks and the whole suite"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(STEP) $(VENV)/venv.log "creating the environment in $(VENV)" \
		$(PYTHON) -m venv $(VENV)
	@$(STEP) $(VENV)/install.log "installing the Python packages into $(VENV) (a few minutes the first time)" \
		sh -c "$(BIN)/python -m pip install --disable-pip-version-check --upgrade pip \
		&& $(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]'"
	@touch $(STAMP)

# The build's report goes to its log; its summary line is shown.
run: $(STAMP) web-assets
	@STEP_SHOW_LAST=1 $(STEP) $(VENV)/build.log "building the corpus" $(BIN)/policykg build $(BUILD_OPTS)
	@$(BIN)/policykg serve $(SERVE_OPTS)

build: $(STAMP)
	$(BIN)/policykg build $(BUILD_OPTS)

serve: $(STAMP) web-assets
	@$(BIN)/policykg serve $(SERVE_OPTS)

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
	$(BIN)/ruff check policykg kg search web tests bench
	$(BIN)/ruff format --check policykg kg search web tests bench

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
