# Every target sets up its own virtual environment from pyproject.toml first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench demo translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ").")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py $(ARGS)

# The suite runs on every core the machine has, a process each (pytest-xdist: tests/conftest.py
# says how many); PYTEST_ARGS="-p no:xdist ..." runs it, or a part of it, in one process.
# Python keeps the compiled modules even where PYTHONDONTWRITEBYTECODE is set: each process of
# the suite (and each main.py a test starts) would otherwise compile the app and the tests again.
XDIST = $(if $(findstring no:xdist,$(PYTEST_ARGS)),,-n auto --dist worksteal)

test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(XDIST) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy registry reports ui main.py bench

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

demo: $(STAMP)
	$(BIN)/python main.py demo

translations: $(STAMP)
	$(BIN)/python resources/translations/update.py
	$(BIN)/python resources/locale/update.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
