# Two commands on a fresh machine: `make demo` and `make test`.
# Each bootstraps .venv from hash-pinned requirements (pip --require-hashes).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB ?= $(CURDIR)/demo.db

.PHONY: demo test bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.main: requirements/main.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/main.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: $(VENV)/.main requirements/dev.txt
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.txt
	touch $@

demo: $(VENV)/.main  ## code the bundled sample articles into a local SQLite file and show them (--force: what this checkout codes, not what an older one stored)
	$(BIN)/warlog ingest --force --db sqlite:///$(DEMO_DB) --date 2017-10-11 src/warlog/data/samples
	$(BIN)/warlog events --db sqlite:///$(DEMO_DB) --format table

test: $(VENV)/.dev  ## run the test suite
	$(BIN)/python -m pytest

bench: $(VENV)/.dev  ## throughput and scaling figures (needs ../shared/data; Spark needs Java)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/store_scale.py

lock:  ## re-resolve the pinned, hashed requirements (needs uv)
	cd requirements && uv pip compile -q --generate-hashes --python-version 3.11 main.in -o main.txt
	cd requirements && uv pip compile -q --generate-hashes --python-version 3.11 dev.in -o dev.txt

clean:
	rm -rf $(VENV) demo.db
