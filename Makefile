# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint selftest exe exe-test clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

# The compiled Chinese translation the app loads (committed too, so a clone run without make shows Chinese):
# rebuilt by pyside6-lrelease whenever the .ts changes.
TS := resources/translations/activation_lab_zh_CN.ts
QM := resources/translations/activation_lab_zh_CN.qm
$(QM): $(TS) | $(STAMP)
	$(PY) tools/translations.py --qm

run: $(STAMP) $(QM)
	$(PY) main.py

test: $(STAMP) $(QM)
	HYPOTHESIS_PROFILE=ci QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The property tests with fresh random examples (make test replays the same ones every run): run it before a merge.
.PHONY: fuzz
fuzz: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $$(grep -rl --include='*.py' "from hypothesis" tests)

# The engine and command-line tests without windows, soaks or extra processes: seconds, for every edit.
.PHONY: test-fast
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not gui and not slow and not subprocess"

# Style, architecture and types: ruff, the formatter, the import-linter contracts and mypy (all set in pyproject.toml;
# mypy keeps its cache in .mypy_cache, so a second run takes seconds).
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

selftest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --self-test

# The double-click app (dist/ActivationLab/), from the same pinned venv; see README. The bundle check fails,
# naming the apt-get line, when the build machine lacks a library Qt's xcb plugin needs (Linux).
exe: $(STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm pyinstaller.spec
	$(PY) tools/check_bundle.py

# Debian/Ubuntu: what Qt's xcb plugin needs (bundled by `make exe`), and a virtual X server for the
# real-window tests and the frozen self-test's second run.
LINUX_DESKTOP_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 xvfb xauth
.PHONY: linux-deps
linux-deps:
	apt-get install -y -qq --no-install-recommends $(LINUX_DESKTOP_PACKAGES)

# Build once, then run the built app's self-test headless, offline, from another folder.
exe-test: exe
	$(PY) tools/frozen_selftest.py

BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $(BENCH_STAMP)

# All benchmarks: tables with PASS/FAIL against the targets, JSON in bench/results/ (BENCH_QUICK=1: smoke run).
.PHONY: bench
bench: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# The translation template resources/translations/activation_lab_zh_CN.ts for Qt Linguist: the GUI's
# strings (pyside6-lupdate) and the engine's registry text (context "engine"); see tools/translations.py.
# Then it compiles the .qm. `make translations-todo` lists what is left to translate (translations-todo.json).
.PHONY: translations translations-todo
translations: $(STAMP)
	$(PY) tools/translations.py

translations-todo: translations
	$(PY) tools/translations.py --unfinished translations-todo.json
	@echo "fill in the keys of translations-todo.json, then: $(PY) tools/translations.py --apply translations-todo-done.json"

# The explorer's default curves, computed by the engine, that the window shows before torch loads (gui/startup_cache.py);
# tests/app/test_startup_cache.py fails when they no longer equal the engine's: run this again.
.PHONY: startup-cache
startup-cache: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/make_startup_cache.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

# The window on every classroom screen (1024×768 … 4K at pixel ratio 2), normal and presentation mode, English and
# Chinese, photographed offscreen onto docs/screenshots/contact-sheet.jpg (the shots in build/screens/); it lists
# what tests/screen_checks.py finds wrong in each. tests/app/test_screens.py asserts the same checks.
.PHONY: screens
screens: $(STAMP) $(QM)
	$(PY) tools/screens.py
