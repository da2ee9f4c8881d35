"""gunicorn.conf.py, from which `make serve` and bench/load.py run the site."""

import gc
import os
import runpy
import weakref

from django.conf import settings


def load_config(monkeypatch, **environ):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))


def test_runs_a_worker_per_core_and_one_more_unless_told(monkeypatch):
    assert load_config(monkeypatch)["workers"] == os.cpu_count() + 1
    assert load_config(monkeypatch, WEB_CONCURRENCY="7")["workers"] == 7


def test_what_a_request_left_in_reference_cycles_is_collected_once_it_is_answered(monkeypatch):
    post_request = load_config(monkeypatch)["post_request"]

    class Context:
        pass

    gc.disable()
    try:
        context = Context()
        context.itself = context
        left = weakref.ref(context)
        del context
        assert left() is not None
        post_request(None, None, {}, None)
        assert left() is None
    finally:
        gc.enable()
