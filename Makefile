# Two commands for a fresh machine: `make demo` and `make test` (both create .venv first).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test check install bench screenshots package clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/launcher --demo

test: $(BIN)/.installed
	VENV=$(VENV) tools/run-tests

# The type and lint gate: mypy (strict for launcher/, checked for ui/) and ruff.
$(BIN)/.check-installed: $(BIN)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[check]'
	touch $@

check: $(BIN)/.check-installed
	$(BIN)/mypy
	$(BIN)/ruff check .

bench: $(BIN)/.installed
	cd bench && ../$(BIN)/python run_all.py

package: $(BIN)/.installed
	VENV=$(VENV) tools/package

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
