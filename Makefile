# trongtam — `make run` serves the app with the sample; `make test` runs every check and the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install system-deps run test lint pytest bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Debian packages the tests use: a real browser, LibreOffice for PDF, Times-compatible fonts.
system-deps:
	@if command -v chromium >/dev/null && command -v soffice >/dev/null && command -v pdftoppm >/dev/null \
	    && [ -e /usr/share/fonts/truetype/liberation2 ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	        chromium libreoffice-writer-nogui python3-uno fonts-liberation2 fonts-dejavu-core poppler-utils >/dev/null; \
	else echo "Thiếu chromium/libreoffice/fonts-liberation2: các kiểm thử cần chúng sẽ được bỏ qua."; fi

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
	$(BIN)/pytest

test: install system-deps lint pytest

bench: install
	$(BIN)/pip install -q -e '.[dev,bench]'
	for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
