# Everything runs in .venv, created on first use from the pinned requirements-dev.txt.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: venv bundle gen check-gen drift corrections lint format typecheck pytest test bench clean

venv: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	rm -f $(VENV)/.installed-*
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

## build/openapi.json: the spec as one validated OpenAPI 3.1 document
bundle: venv
	$(BIN)/python codegen/bundle.py

## generated/: regenerate the client from spec/ and codegen/
gen: venv
	$(BIN)/python codegen/generate.py --ruff $(BIN)/ruff

## fail if generated/ differs from what `make gen` would write
check-gen: venv
	$(BIN)/python codegen/generate.py --check --ruff $(BIN)/ruff

## compare our spec with an upstream OpenAPI document: make drift UPSTREAM=path-or-url
drift: bundle
	@test -n "$(UPSTREAM)" || (echo "usage: make drift UPSTREAM=<path or URL of an OpenAPI document>"; exit 2)
	$(BIN)/python codegen/drift.py "$(UPSTREAM)" build/openapi.json

## every deliberate difference from the upstream reference (x-correction notes)
corrections: bundle
	$(BIN)/python codegen/drift.py --corrections build/openapi.json

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check --exclude generated .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format --exclude generated .

typecheck: venv
	$(BIN)/mypy

pytest: venv
	$(BIN)/python -m pytest

## the whole gate CI runs: generated code fresh, lint, types, tests
test: check-gen lint typecheck pytest

## performance figures, as ratios measured side by side
bench: venv
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf build .mypy_cache .ruff_cache .pytest_cache .hypothesis
