# Two commands for a newcomer: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed
BUNDLE := dist/antiviolenza-desktop

.PHONY: run test lint venv clean bench screenshots demo-cli bundle bundle-smoke lock

# A venv whose pip does not run is half-made (creation failed or was interrupted, e.g.
# python3-venv missing on Debian/Ubuntu): it is removed and made again, never reused.
# A failed creation leaves no .venv behind.
$(STAMP): pyproject.toml
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || { \
	  rm -rf $(VENV) && $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip --version >/dev/null; \
	} || { rm -rf $(VENV); \
	  echo "Cannot create $(VENV) with $(PYTHON) (on Debian/Ubuntu: apt install python3-venv)" >&2; \
	  exit 1; }
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
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/store.py
	$(BIN)/python benchmarks/case_list.py
	$(BIN)/python benchmarks/forms.py
	$(BIN)/python benchmarks/funds.py
	$(BIN)/python benchmarks/project_checks.py
	$(BIN)/python benchmarks/name_guard.py
	$(BIN)/python benchmarks/financial_report.py
	$(BIN)/python benchmarks/audit_reads.py
	$(BIN)/python benchmarks/erasure.py
	$(BIN)/python benchmarks/exchange.py
	$(BIN)/python benchmarks/case_history.py
	$(BIN)/python benchmarks/regional.py

# PNGs of the main screens (offscreen) in screenshots/, to look at before closing an issue.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots

# The installable folder (PyInstaller onedir) in dist/antiviolenza-desktop: see README,
# "Installing". The Windows setup .exe is built on Windows by installer/build-windows.ps1.
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller installer/antiviolenza.spec
	cp installer/antiviolenza-desktop.desktop LICENSE THIRD-PARTY-NOTICES.txt $(BUNDLE)/

# Build, then the frozen self-test offscreen and a CLI smoke (init, verify, backup, enrol,
# bundle export/import, province totals, the financial report) with the frozen programs.
bundle-smoke: bundle
	$(BIN)/python tools/bundle_smoke.py $(BUNDLE)

# Hashed lock files for reproducible installer builds (make run/test keep using pyproject):
# runtime on Linux, runtime + PyInstaller on Linux and on Windows. Python 3.11; Linux
# glibc 2.34 or later (PySide6 6.11's wheels need it: Ubuntu 22.04, Debian 12 and later).
LOCK := UV_NO_CONFIG=1 $(BIN)/uv pip compile pyproject.toml --generate-hashes --quiet \
	--python-version 3.11 --custom-compile-command "make lock"
lock: $(BUNDLE_STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(LOCK) --python-platform x86_64-manylinux_2_34 -o installer/requirements.txt
	$(LOCK) --python-platform x86_64-manylinux_2_34 --extra bundle \
	  -o installer/requirements-bundle.txt
	$(LOCK) --python-platform x86_64-pc-windows-msvc --extra bundle \
	  -o installer/requirements-windows.txt

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
