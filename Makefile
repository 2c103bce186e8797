# Two commands on a fresh machine with Python 3.11 and make: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test rules bench bench-ingest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# the extraction rules compiled to C (tools/compile_rules.py); a no-op while the last build is current,
# plain Python where it cannot be built (strict under CI, whose tests must run what users run)
rules: $(STAMP)
	$(BIN)/python tools/compile_rules.py $(if $(filter true,$(CI)),--strict)

demo: $(STAMP) rules
	rm -f demo.db
	$(BIN)/storyweave run examples/demo --db demo.db

test: $(STAMP) rules
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n 2 -q

bench: $(STAMP) rules
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/api_load.py

bench-ingest: $(STAMP) rules
	$(BIN)/python bench/ingest_formats.py

clean:
	rm -rf $(VENV) demo.db storyweave/extract/*.so storyweave/extract/compiled.json
