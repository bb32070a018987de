# Every target sets up its own virtual environment from pyproject.toml first: make run installs
# the app and what it needs, make test and make lint add the developer's tools (the dev group),
# make bundle adds PyInstaller (the bundle group). Each step is done once, and again only when
# pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEV    := $(VENV)/.dev-stamp
BUNDLER := $(VENV)/.bundle-stamp
BUNDLE := dist/subprocessor-registry

.PHONY: run test lint bench demo translations icons install-desktop bundle bundle-test clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ").")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet --group dev
	touch $(DEV)

$(BUNDLER): $(STAMP)
	$(BIN)/python -m pip install --quiet --group bundle
	touch $(BUNDLER)

run: $(STAMP)
	$(BIN)/python main.py $(ARGS)

# The suite runs on every core the machine has, a process each (pytest-xdist: tests/conftest.py
# says how many); PYTEST_ARGS="-p no:xdist ..." runs it, or a part of it, in one process.
# Python keeps the compiled modules even where PYTHONDONTWRITEBYTECODE is set: each process of
# the suite (and each main.py a test starts) would otherwise compile the app and the tests again.
XDIST = $(if $(findstring no:xdist,$(PYTEST_ARGS)),,-n auto --dist worksteal)

test: $(DEV)
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(XDIST) $(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/mypy registry reports ui main.py subprocessor_registry.py bench

bench: $(DEV)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

demo: $(STAMP)
	$(BIN)/python main.py demo

translations: $(STAMP)
	$(BIN)/python resources/translations/update.py
	$(BIN)/python resources/locale/update.py

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python resources/desktop/render.py

# The app in your applications menu, started from this checkout (Linux).
install-desktop: $(STAMP)
	$(BIN)/python main.py install-desktop

# A self-contained app folder for this system, in dist/ (packaging/subprocessor-registry.spec).
bundle: $(BUNDLER)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/subprocessor-registry.spec
	@echo "The app: $(BUNDLE)/subprocessor-registry (add it to the menu: ... install-desktop)"

# The bundle run as a person runs it, and the app as pip installs it from a wheel.
bundle-test: bundle $(DEV)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --install --bundle $(BUNDLE) \
		tests/test_bundle.py tests/test_install.py $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info build dist
