# strait-python developer commands. `make install` once, then `make check` before every commit.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated generate-proto check-proto validate-spec lint format typecheck test test-unit test-contract test-contract-local check demo bench official-suite clean

install: $(STAMP)

# A failed pip fails the target (pipefail; only grep's "nothing left to print" is
# forgiven), so the stamp is written only after an install that worked.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	set -o pipefail; $(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | { grep -v "is ignored" || true; }
	set -o pipefail; $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,worker,local]' 2>&1 | { grep -v "is ignored" || true; }
	$(BIN)/python -c "import strait, pytest, mypy"  # fail here, not later, if the install did not work
	touch $(STAMP)

node_modules/.bin/prism: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate:
	scripts/generate

check-generated:
	scripts/check-generated

generate-proto:
	scripts/generate-proto

check-proto:
	scripts/check-proto

validate-spec: install
	$(BIN)/python scripts/validate-spec

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install
	$(BIN)/mypy

# The test command: unit tests plus the contract suite against Prism (or a real
# Strait when STRAIT_BASE_URL / STRAIT_API_KEY are set).
test: install node_modules/.bin/prism
	$(BIN)/pytest -q

test-unit: install
	$(BIN)/pytest -q -m "not contract"

test-contract: install node_modules/.bin/prism
	$(BIN)/pytest -q -m contract

# The contract suite's real-server mode against a local Strait (python -m strait.local).
test-contract-local: install
	$(BIN)/python -m strait.local --port 0 --validate openapi/strait.openapi.json -- $(BIN)/pytest -q -m contract

check: lint typecheck validate-spec check-generated check-proto test

demo: install
	$(BIN)/python -m strait.local --port 0 --grpc-port 0 -- $(BIN)/python examples/quickstart.py

bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/worker_bench.py
	$(BIN)/python bench/local_bench.py
	$(BIN)/python bench/tracing_bench.py

# The official strait-python 0.1.1 test suite against this package (downloads its sdist
# with pip; see scripts/official-suite and README "Migrating from strait-python 0.1.1").
official-suite: install
	$(BIN)/python scripts/official-suite

clean:
	rm -rf $(VENV) .venv-gen .venv-proto node_modules .pytest_cache .mypy_cache .ruff_cache
