# debttracker — the two commands of the README's Quick start are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# System packages the tests need (a real X server for the end-to-end test, a CJK font for charts
# and screenshots, the xcb libraries Qt's X11 plugin loads, the Wayland client libraries its
# Wayland plugin loads (the bundle's self-test loads every library), objdump for the bundle's
# glibc check, the desktop-entry and AppStream validators, D-Bus for the notifier test,
# poppler-utils for the PDF text tests).
APT_PACKAGES := xvfb xauth dbus poppler-utils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 \
                libxcb-render-util0 libxcb-image0 libxcb-shape0 fonts-noto-cjk libegl1 libgl1 libfontconfig1 \
                libwayland-client0 libwayland-cursor0 libwayland-egl1 binutils \
                desktop-file-utils appstream

.PHONY: run test lint bench soak screenshots translations sysdeps dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

translations: | $(BIN)/python
	$(BIN)/python packaging/tools/translations.py

## Install (creating .venv when missing) and launch the app.
run: $(VENV)/.installed-run translations
	$(BIN)/debttracker

## Install everything and run the whole test suite (lint, types, unit, GUI, end-to-end, benchmarks once).
test: $(VENV)/.installed-test translations sysdeps
	$(BIN)/ruff check debttracker tests packaging
	$(BIN)/mypy
	$(BIN)/python -m pytest --benchmark-disable

## System packages for the tests: installed with apt-get when we are root, else say what is missing.
sysdeps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "NOTE: install these system packages for the GUI tests (or the e2e test is skipped):$$missing"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "Installing system packages:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null || \
	  { echo "apt-get failed; install by hand:$$missing"; exit 1; }; \
	else echo "NOTE: run as root or install by hand: sudo apt-get install$$missing"; fi

## Build the app bundle (dist/debttracker/, must pass its frozen --self-test) and, on Linux,
## dist/debttracker-<version>-linux-<arch>.tar.gz. Installs PyInstaller into .venv on demand.
dist: $(VENV)/.installed-run translations sysdeps
	$(BIN)/python packaging/tools/build_dist.py

## Performance benchmarks against the budgets of DESIGN.md §7 (figures in docs/performance.md).
## Crash soak (not in `make test`): 1,000+ SIGKILLs during create, migrate, restore and import.
soak: $(VENV)/.installed-test translations
	$(BIN)/python -m pytest tests/store/test_multiprocess_kills.py -m slow -s -q -p no:cacheprovider

bench: $(VENV)/.installed-test translations
	$(BIN)/python -m pytest tests/bench --benchmark-only --benchmark-columns=min,median,mean,max,rounds

## Render every tab with the sample data to docs/screenshots/*.png.
screenshots: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/tools/screenshots.py docs/screenshots

lint: $(VENV)/.installed-test
	$(BIN)/ruff check debttracker tests packaging
	$(BIN)/ruff format --check debttracker tests packaging
	$(BIN)/mypy

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache resources/translations/*.qm
