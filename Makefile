# Two commands for a fresh machine: `make demo` and `make test` (both create .venv first).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test check install bench screenshots package clean mutation

$(BIN)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,demo]'
	touch $@

install: $(BIN)/.installed

# Qt's system libraries are checked first: a missing one is named with its Debian/Ubuntu and Fedora package.
demo: $(BIN)/.installed
	$(BIN)/python tools/check-system-libs
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

# The bundle, from its own runtime-only venv (build/bundle-venv, pinned by packaging/constraints.txt).
# `make package MANIFEST=path/to/game.toml` builds a studio's bundle, branded with that game.
package:
	$(PYTHON) tools/package $(if $(MANIFEST),--manifest "$(MANIFEST)")

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info

# Mutation testing ([tool.mutmut] in pyproject.toml) over the security- and outcome-critical modules, in a staged
# copy (build/mutation) where the resources folder sits where the installed package has it. Scores: bench/README.md.
mutation: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[mutation]'
	rm -rf build/mutation && mkdir -p build/mutation
	cp -r launcher tests resources pyproject.toml build/mutation/
	cp -r resources build/mutation/launcher/_resources
	find build/mutation -name __pycache__ -prune -exec rm -rf {} +
	cd build/mutation && QT_QPA_PLATFORM=offscreen ../../$(BIN)/mutmut run; ../../$(BIN)/mutmut results
