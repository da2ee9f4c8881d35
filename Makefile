# The front door: `make run` serves the site with its data, `make test` runs every test.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run data serve test lint format bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $@

install: $(VENV)/.installed

data: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_site_data

run: data
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

# Production: DEBUG off, settings from the environment (README.md, "Production").
serve: install
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py migrate --noinput
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Each benchmark prints its own figures; see the docstring at the top of each script.
bench: data
	$(PY) bench/import_oews.py
	$(PY) bench/sitemap.py
	$(PY) bench/pages.py
	$(PY) bench/load.py
	bench/lighthouse

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
