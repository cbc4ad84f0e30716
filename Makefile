# Two commands for a newcomer: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint venv clean bench screenshots demo-cli

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Opens the GUI on the demo store (synthetic data; its password is shown on the lock screen).
run: $(STAMP)
	$(BIN)/antiviolenza-gui --demo

demo-cli: $(STAMP)
	$(BIN)/antiviolenza demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/store.py
	$(BIN)/python benchmarks/case_list.py
	$(BIN)/python benchmarks/forms.py
	$(BIN)/python benchmarks/funds.py
	$(BIN)/python benchmarks/name_guard.py
	$(BIN)/python benchmarks/financial_report.py --small
	$(BIN)/python benchmarks/audit_reads.py

# PNGs of the main screens (offscreen) in screenshots/, to look at before closing an issue.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
