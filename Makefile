# trongtam — `make run` serves the app with the sample; `make test` runs every check and the whole suite;
# `make test-fast` is the inner loop (core, services, pages, API; no browser, LibreOffice or OCR).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 8000

# pytest-xdist workers: one per core, each handed one test at a time, the longest first (tests/conftest.py).
WORKERS ?= auto
PYTEST  := $(BIN)/pytest -n $(WORKERS) --dist loadgroup

# Where PYTHONDONTWRITEBYTECODE is set, Python compiles every module again in every process, and pytest rewrites
# every test module again in every worker: about 5 s of CPU per worker at collection, and the project again in
# each server or CLI process the tests start (bench/README.md). The checks and the suite keep the compiled
# files (__pycache__, ignored by git); Python notices a changed source by itself.
lint pytest test test-fast: export PYTHONDONTWRITEBYTECODE :=

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

# Debian packages the tests use: a real browser (and its headless shell, which the browser tests drive when it is
# installed: a third less CPU than the full browser), LibreOffice for PDF, Times-compatible fonts, Tesseract
# with its Vietnamese data for scanned letters.
system-deps:
	@if command -v chromium >/dev/null && command -v chromium-headless-shell >/dev/null \
	    && command -v soffice >/dev/null && command -v pdftoppm >/dev/null \
	    && [ -e /usr/share/fonts/truetype/liberation2 ] && command -v tesseract >/dev/null \
	    && tesseract --list-langs 2>/dev/null | grep -qx vie; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	        chromium chromium-headless-shell libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core poppler-utils python3-uno \
	        tesseract-ocr tesseract-ocr-vie >/dev/null; \
	else echo "Thiếu chromium/chromium-headless-shell/libreoffice/fonts-liberation2/tesseract-ocr-vie: các kiểm thử cần chúng sẽ được bỏ qua."; fi

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

# The checks run beside the suite (mypy and the rest take about 10 s of one core, mostly while the suite's
# workers start); the target fails if either does. Their output is interleaved line by line (-Oline).
test: install system-deps
	$(MAKE) --no-print-directory -j2 -Oline lint pytest

# The reader measured on hand-annotated real text: the frozen test split (the figure that counts), then dev.
eval: install
	$(BIN)/trongtam eval targets --split test --per-file
	$(BIN)/trongtam eval targets --split dev --conformance
	$(BIN)/trongtam eval agreement

eval-structure: install
	$(BIN)/trongtam eval structure --split test
	$(BIN)/trongtam eval structure --split dev
	$(BIN)/trongtam eval structure --split blind
	$(BIN)/trongtam eval structure --split blind2
	$(BIN)/trongtam eval structure --split blind3
	$(BIN)/trongtam eval structure --split blind4
	$(BIN)/trongtam eval structure --split blind5
	$(BIN)/trongtam eval structure --split blind6
	$(BIN)/trongtam eval structure --split blind7
	$(BIN)/trongtam eval structure --split blind8
	$(BIN)/trongtam eval structure --split blind9
	$(BIN)/trongtam eval structure --split blind10
	$(BIN)/trongtam eval structure --split blind11
	$(BIN)/trongtam eval structure --split blind12
	$(BIN)/trongtam eval structure --split blind13
	$(BIN)/trongtam eval structure --split blind14
	$(BIN)/trongtam eval structure --split blind15
	$(BIN)/trongtam eval structure --split blind16
	$(BIN)/trongtam eval structure --split blind17
	$(BIN)/trongtam eval structure --split blind18
	$(BIN)/trongtam eval structure --split blind19

# The inner loop: core, services, pages and API in under a minute. `make test` before pushing.
test-fast: install
	$(PYTEST) -m "not browser and not libreoffice and not ocr and not serial and not slow" \
	    tests/core tests/registry tests/web tests/api

# Mutation testing over the core rules ([tool.mutmut] in pyproject.toml says which files); slow,
# so not part of `make test`. Prints the share of mutants the tests kill, in all and per area, over the
# mutants checked: MUTMUT_NAMES="name …" (fnmatch patterns allowed) runs only those, e.g. a random sample
# of `mutmut results --all true`, and the mutants left unchecked are counted apart.
mutation: install
	@echo "mutmut: mutating and testing (an hour or more on two free cores; results kept in mutants/)"
	rm -f mutants/mutmut-cicd-stats.json
	$(BIN)/mutmut run --max-children $(or $(MUTMUT_CHILDREN),2) $(MUTMUT_NAMES) >mutants.log 2>&1 \
	    || { tail -20 mutants.log; exit 1; }
	$(BIN)/mutmut export-cicd-stats >/dev/null
	@$(BIN)/python -c 'import json; s = json.load(open("mutants/mutmut-cicd-stats.json")); \
	    k = s["killed"] + s["timeout"]; t = k + s["survived"] + s["no_tests"] + s["suspicious"] + s["segfault"]; \
	    left = s["total"] - s["skipped"] - t; \
	    print("mutmut:", k, "of", t, "mutants killed (%.1f%%);" % (100 * k / max(1, t)), s["survived"], "survived,", \
	          s["no_tests"], "reached by no test" + (", %d not checked" % left if left else ""))'
	@$(BIN)/mutmut results --all true 2>/dev/null | $(BIN)/python -c 'import sys, collections as C; \
	    areas = {"assessment": ".core.assessment.", "targets": ".core.extraction.targets"}; \
	    rows = [line.strip().rpartition(": ") for line in sys.stdin]; \
	    n = {a: C.Counter(st for name, _, st in rows if key in name) for a, key in areas.items()}; \
	    print("\n".join("  %-10s %d of %d killed (%.1f%%)" % (a, c["killed"] + c["timeout"], d, \
	          100 * (c["killed"] + c["timeout"]) / max(1, d)) \
	          for a, c in n.items() for d in [c["killed"] + c["timeout"] + c["survived"] + c["no tests"]]))'

# The bench extra (locust) is in requirements.lock, so `make install` has installed it.
bench: install
	for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache mutants mutants.log
