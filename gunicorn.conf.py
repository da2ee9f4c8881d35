"""gunicorn's settings for `make serve`: the site as it runs in production, behind an HTTPS proxy.

Each setting can be changed from the environment (GUNICORN_* below, and gunicorn's own
WEB_CONCURRENCY and FORWARDED_ALLOW_IPS). See README.md, "Production".
"""

import gc
import os

from gunicorn.http import wsgi

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Synchronous workers, one per core and one more: pages are CPU-bound (a page of kept
# occupations runs no query), and the spare keeps the cores busy while a worker waits on
# the database. More only contend for the cores: on 2 cores, 5 workers served uncached
# pages 15-30% slower than 3 (bench/load.py), on SQLite and on PostgreSQL alike.
workers = int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) + 1))
worker_class = "sync"
# A worker silent this long is killed. The database gives up before that
# (DATABASE_CONNECT_TIMEOUT + DATABASE_STATEMENT_TIMEOUT, 13 s by default), so a hung
# database ends in a 503 page, not a killed worker and a proxy's 502.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so that no slow leak grows for ever; rarely, for a worker
# takes a second to start again: it serves a thousand cached pages a second.
max_requests = 100_000
max_requests_jitter = 10_000
# Requests larger than this are refused before Django reads them.
limit_request_line = 4094
limit_request_fields = 100
# Each server keeps its own state: no control socket shared between instances in one home directory.
control_socket_disable = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")


def post_worker_init(worker):
    """Once a worker has loaded the site, leave what it loaded out of the garbage collector's
    passes, and collect young objects less often: a page makes many short-lived objects, and
    a pass over the whole heap would stall the request it falls in (tens of milliseconds)."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def post_request(worker, req, environ, resp):
    """Once a request is answered, collect what it left: rendering a template leaves the
    whole page in reference cycles (each template context refers to itself), which only the
    garbage collector frees. Collected here, a page's garbage takes well under a millisecond;
    left to pile up, the collector stops a later page for tens of milliseconds to collect it."""
    gc.collect(1)


# gunicorn writes "Server: gunicorn" into every answer; say nothing about the software.
_default_headers = wsgi.Response.default_headers


def _headers_without_server(self):
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _headers_without_server
