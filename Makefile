# trongtam — `make run` serves the app with the sample; `make test` runs every check and the whole suite;
# `make test-fast` is the inner loop (core, services, pages, API; no browser, LibreOffice or OCR).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 8000

# pytest-xdist workers: one per core. Browser and live-server tests share one worker (--dist loadgroup).
WORKERS ?= auto
PYTEST  := $(BIN)/pytest -n $(WORKERS) --dist loadgroup

.PHONY: install lock system-deps run test test-fast lint pytest mutation bench eval eval-structure clean

install: $(STAMP)

# Exact versions from requirements.lock, so a new release of a dependency changes nothing until
# `make lock` is run and its result committed (docs/deploy.md: upgrading dependencies).
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Pin what pyproject.toml (and its extras) asks for into requirements.lock, keeping the versions
# already pinned. `make lock UPGRADE=--upgrade` moves everything to the newest allowed versions;
# `make lock UPGRADE="--upgrade-package django"` moves one.
lock:
	test -x $(BIN)/pip-compile || { test -x $(BIN)/python || $(PYTHON) -m venv $(VENV); $(BIN)/pip install -q pip-tools; }
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links $(UPGRADE) \
	    --extra dev --extra bench -o requirements.lock pyproject.toml

# Debian packages the tests use: a real browser, LibreOffice for PDF, Times-compatible fonts, Tesseract
# with its Vietnamese data for scanned letters.
system-deps:
	@if command -v chromium >/dev/null && command -v soffice >/dev/null && command -v pdftoppm >/dev/null \
	    && [ -e /usr/share/fonts/truetype/liberation2 ] && command -v tesseract >/dev/null \
	    && tesseract --list-langs 2>/dev/null | grep -qx vie; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	        chromium libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core poppler-utils python3-uno \
	        tesseract-ocr tesseract-ocr-vie >/dev/null; \
	else echo "Thiếu chromium/libreoffice/fonts-liberation2/tesseract-ocr-vie: các kiểm thử cần chúng sẽ được bỏ qua."; fi

run: install
	TRONGTAM_DEBUG=1 $(BIN)/trongtam setup --sample
	TRONGTAM_DEBUG=1 $(BIN)/trongtam serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	TRONGTAM_DATA_DIR=$$(mktemp -d) $(BIN)/python manage.py makemigrations --check --dry-run

pytest: install
	$(PYTEST)

test: install system-deps lint pytest

# The reader measured on hand-annotated real text: the frozen test split (the figure that counts), then dev.
eval: install
	$(BIN)/trongtam eval targets --split test
	$(BIN)/trongtam eval targets --split dev

eval-structure: install
	$(BIN)/trongtam eval structure --split test
	$(BIN)/trongtam eval structure --split dev

# The inner loop: core, services, pages and API in under a minute. `make test` before pushing.
test-fast: install
	$(PYTEST) -m "not browser and not libreoffice and not ocr and not serial and not slow" \
	    tests/core tests/registry tests/web tests/api

# Mutation testing over the core rules ([tool.mutmut] in pyproject.toml says which files); slow,
# so not part of `make test`. Prints the share of mutants the tests kill.
mutation: install
	@echo "mutmut: mutating and testing (about a quarter of an hour on two free cores; results kept in mutants/)"
	rm -f mutants/mutmut-cicd-stats.json
	$(BIN)/mutmut run --max-children $(or $(MUTMUT_CHILDREN),2) >mutants.log 2>&1 || { tail -20 mutants.log; exit 1; }
	$(BIN)/mutmut export-cicd-stats >/dev/null
	@$(BIN)/python -c 'import json; s = json.load(open("mutants/mutmut-cicd-stats.json")); \
	    k = s["killed"] + s["timeout"]; t = s["total"] - s["skipped"]; \
	    print("mutmut:", k, "of", t, "mutants killed (%.1f%%);" % (100 * k / t), s["survived"], "survived,", \
	          s["no_tests"], "reached by no test")'

# The bench extra (locust) is in requirements.lock, so `make install` has installed it.
bench: install
	for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache mutants mutants.log
