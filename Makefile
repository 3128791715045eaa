VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/nhacviec ingest --dry-run tests/corpus/004_108f180fae0256a8.txt
	$(VENV)/bin/python -m tests.support.demo --out demo-output

# PostgreSQL half: NHACVIEC_TEST_PG_URL if set, else a throwaway cluster when the
# binaries are installed, else those tests are skipped (and fail under CI=true).
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	scripts/with-postgres.sh $(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/extract_speed.py

clean:
	rm -rf $(VENV) .pytest_cache
