# Everything runs in .venv, created on first use from the pinned requirements-dev.txt.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: venv demo demo-org dist docs bundle gen check-gen drift corrections lint format typecheck pytest pytest-all test bench fuzz chaos clean

venv: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	rm -f $(VENV)/.installed-*
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

## the README's first command: a trading session end to end on the local simulator (SEED=, SYMBOL=)
demo: venv
	$(BIN)/python -m tradovate.demo $(if $(SEED),--seed $(SEED)) $(if $(SYMBOL),--symbol $(SYMBOL))

## the organisation sync on the simulator: 10,000 accounts, an embedded engine (ENGINE=nats|redis),
## 4 `tradovate org-sync` workers and a consumer mirror, for about a minute (DURATION=, RATE=)
demo-org: venv
	$(BIN)/python -m tradovate.org.demo $(if $(ENGINE),--engine $(ENGINE)) $(if $(DURATION),--seconds $(DURATION)) $(if $(RATE),--rate $(RATE))

## build/openapi.json: the spec as one validated OpenAPI 3.1 document
bundle: venv
	$(BIN)/python codegen/bundle.py

## generated/: regenerate the client from spec/ and codegen/
gen: venv
	$(BIN)/python codegen/generate.py --ruff $(BIN)/ruff
	$(BIN)/python codegen/md_structs.py --ruff $(BIN)/ruff

## fail if generated/ differs from what `make gen` would write
check-gen: venv
	$(BIN)/python codegen/generate.py --check --ruff $(BIN)/ruff
	$(BIN)/python codegen/md_structs.py --check --ruff $(BIN)/ruff

## compare our spec with an upstream OpenAPI document: make drift UPSTREAM=path-or-url
drift: bundle
	@test -n "$(UPSTREAM)" || (echo "usage: make drift UPSTREAM=<path or URL of an OpenAPI document>"; exit 2)
	$(BIN)/python codegen/drift.py "$(UPSTREAM)" build/openapi.json

## every deliberate difference from the upstream reference (x-correction notes)
corrections: bundle
	$(BIN)/python codegen/drift.py --corrections build/openapi.json

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check --exclude generated/tradovate_api/models --exclude generated/tradovate_api/_operations.py --exclude generated/tradovate_api/_namespaces .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format --exclude generated/tradovate_api/models --exclude generated/tradovate_api/_operations.py --exclude generated/tradovate_api/_namespaces .

typecheck: venv
	$(BIN)/mypy
	$(BIN)/python docs/readme_blocks.py build/readme-examples
	$(BIN)/mypy --strict build/readme-examples

# Tests run in parallel on every core (pytest-xdist); PYTEST_ARGS adds options, e.g. PYTEST_ARGS="-k mirror".
PYTEST_ARGS ?=
PYTEST := -m pytest -n auto $(PYTEST_ARGS)

pytest: venv
	$(BIN)/python $(PYTEST)

# The other Python versions we claim, from pyenv when present (CI machines have 3.12 and 3.13).
PYENV_ROOT ?= $(HOME)/.pyenv
OTHER_PYTHONS := $(foreach v,3.12 3.13,$(firstword $(wildcard $(PYENV_ROOT)/versions/$(v).*/bin/python3) $(shell command -v python$(v))))

## pytest under every other claimed Python version, each in its own venv (.venv-3.x)
pytest-all: pytest
	@test -n "$(strip $(OTHER_PYTHONS))" || (echo "no Python 3.12/3.13 found"; exit 1)
	@set -e; for py in $(OTHER_PYTHONS); do \
	  v=$$($$py -c 'import sys; print("%d.%d" % sys.version_info[:2])'); env=.venv-$$v; \
	  stamp=$$env/.installed-$$(cat requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1); \
	  if [ ! -f $$stamp ]; then rm -rf $$env; $$py -m venv $$env; \
	    $$env/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt; \
	    $$env/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .; \
	    touch $$stamp; fi; \
	  echo "== pytest on Python $$v"; $$env/bin/python $(PYTEST); \
	done

## the distribution (wheel and sdist) built, checked as the package index checks it (twine check
## --strict), and the wheel installed into a new venv where both import names and the command work
dist: venv
	rm -rf build/dist build/dist-venv
	$(BIN)/python -m hatchling build -d build/dist
	$(BIN)/twine check --strict build/dist/*
	$(BIN)/python -m venv build/dist-venv
	build/dist-venv/bin/python -m pip install --quiet --disable-pip-version-check build/dist/*.whl
	cd build && dist-venv/bin/python -c "import tradovate, tradovate_api, tradovate.sim; print('installed', tradovate_api.__name__, tradovate.__name__)"
	build/dist-venv/bin/tradovate --help >/dev/null

## the docs site (Sphinx, docs/ -> build/docs), warnings are errors; its examples run in the tests
docs: venv
	$(BIN)/sphinx-build -q -E -W --keep-going -b html docs build/docs
	@echo "docs: build/docs/index.html"

## the whole gate CI runs: generated code fresh, lint, types, the distribution, the docs, tests
test: check-gen lint typecheck dist docs pytest-all

## every benchmark in one go (tests/bench/*), then one table of the figures and their goals
## (medians of several runs, ratios measured side by side); BENCH=--quick for a smoke run
bench: venv
	$(BIN)/python tests/bench/run.py --all $(BENCH)

## a million mutated payloads at every decoder; fails on any exception that is not a TradovateError
fuzz: venv
	$(BIN)/python tests/fuzz/fuzz_decoders.py $(if $(PAYLOADS),--payloads $(PAYLOADS))

## the long fault runs: a chaos trading session of 10,000+ events and 140 faults (figures in
## build/chaos.json) and 1,000 seeded convergence runs of the live mirror
chaos: venv
	TRADOVATE_CHAOS_SCALE=full TRADOVATE_CHAOS_RUNS=1000 $(BIN)/python -m pytest -n 2 tests/chaos tests/realtime/test_account_chaos.py
	@cat build/chaos.json

clean:
	rm -rf build .mypy_cache .ruff_cache .pytest_cache .hypothesis
