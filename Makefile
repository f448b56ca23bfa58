# Two commands for a fresh machine: `make demo` and `make test` (both create .venv first).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: have-display demo test test-packaging check install bench screenshots package dist clean mutation translations

$(BIN)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,demo]'
	touch $@

install: $(BIN)/.installed

# Qt's system libraries are checked first: a missing one is named with its Debian/Ubuntu and Fedora package.
# No display (a server, CI, ssh): one line saying how to run it, before anything is installed.
demo: have-display $(BIN)/.installed
	$(BIN)/python tools/check-system-libs
	$(BIN)/launcher --demo

have-display:
	@if [ "$$(uname)" = Linux ] && [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ "$${QT_QPA_PLATFORM:-}" != offscreen ]; then \
	    echo "make demo: no display here (DISPLAY and WAYLAND_DISPLAY are unset): run it from a desktop session, or: xvfb-run make demo" >&2; \
	    exit 2; fi

# The core, window and keychain tests; the packaging tests (wheel, sdist, bundles, .deb) are `make test-packaging`.
test: $(BIN)/.installed
	VENV=$(VENV) tools/run-tests
	@echo "make test: not run here: the packaging tests (tests/test_wheel.py, tests/test_bundle.py, tests/test_deb.py: wheel, sdist, bundles, .deb); run them with: make test-packaging"

# The slow packaging tests, as CI runs them: wheel and sdist, both bundles, the .deb on a clean Debian 12 (root).
test-packaging: $(BIN)/.installed
	LAUNCHER_PACKAGING_TESTS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_wheel.py
	$(MAKE) package
	$(MAKE) package MANIFEST=packaging/example-studio/starfall.toml
	LAUNCHER_BUNDLE=dist/game-launcher LAUNCHER_STUDIO_BUNDLE=dist/starfall-tactics \
	    $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_bundle.py
	LAUNCHER_DEB="$$(ls dist/game-launcher_*.deb | tail -1)" $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_deb.py

# The wheel and the sdist, into dist/ (pip install dist/game_launcher-*.whl).
dist: $(BIN)/.installed
	$(BIN)/python -m build --sdist --wheel --outdir dist .

# The type and lint gate: mypy (strict for launcher/, checked for ui/) and ruff.
# Developer tools are dependency groups (PEP 735), not extras: pip >= 25.1 installs them with --group.
$(BIN)/.check-installed: $(BIN)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet 'pip>=25.1'
	$(BIN)/python -m pip install --quiet --group check
	touch $@

check: $(BIN)/.check-installed
	$(BIN)/mypy
	$(BIN)/ruff check .
	$(BIN)/python tools/check-translations

# The window's translations: extract every text into ui/translations/launcher_XX.ts (new ones unfinished), write
# the pseudo-locale en_XA from the source texts, compile the .qm files that ship (README, "Languages").
translations: $(BIN)/.installed
	$(BIN)/python tools/check-translations --update

bench: $(BIN)/.installed
	cd bench && ../$(BIN)/python run_all.py

# The bundle, from its own runtime-only venv (build/bundle-venv, pinned by packaging/constraints.txt), proven
# (glibc floor, no dangling link) and started; on Linux also a .deb (and an .rpm when rpmbuild is installed).
# `make package MANIFEST=path/to/game.toml` builds a studio's bundle, branded with that game.
package:
	$(PYTHON) tools/package $(if $(MANIFEST),--manifest "$(MANIFEST)")

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py build/screenshots $(if $(LANGUAGES),--languages $(LANGUAGES))

clean:
	rm -rf $(VENV) build dist *.egg-info

# Mutation testing ([tool.mutmut] in pyproject.toml) over the security- and outcome-critical modules, in a staged
# copy (build/mutation) where the resources folder sits where the installed package has it. Scores: bench/README.md.
mutation: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet 'pip>=25.1'
	$(BIN)/python -m pip install --quiet --group mutation
	rm -rf build/mutation && mkdir -p build/mutation
	cp -r launcher tests resources pyproject.toml build/mutation/
	cp -r resources build/mutation/launcher/_resources
	find build/mutation -name __pycache__ -prune -exec rm -rf {} +
	cd build/mutation && QT_QPA_PLATFORM=offscreen ../../$(BIN)/mutmut run; ../../$(BIN)/mutmut results
