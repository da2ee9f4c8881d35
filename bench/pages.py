"""Time comparison pages: the first after a data change, rendered afresh, served from the page
cache, and answered with 304.

    make data && .venv/bin/python bench/pages.py      # the database of DATABASE_URL, as `make run` uses it

Each figure is the median of many requests through Django's test client (no network),
with the local-memory cache unless REDIS_URL is set.
"""

import os
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
os.environ.setdefault("PAGE_CACHE_SECONDS", "3600")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from careers.caching import recent  # noqa: E402
from careers.versions import Memo  # noqa: E402
from comparisons.sitemaps import Pairs  # noqa: E402

UNCACHED_RUNS = 30
CACHED_RUNS = 300
REFERENCE = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"


def empty_caches():
    """Forget every rendered page: the shared cache's and this process's own."""
    cache.clear()
    recent.clear()
    Memo.forget()


def median_ms(client, url, runs, before=None, **headers):
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        response = client.get(url, **headers)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, response


def main():
    # Pages link hashed static files when DEBUG is off; the manifest must exist.
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    pairs = Pairs()
    urls = [REFERENCE] + ([pairs[len(pairs) // 2][0]] if len(pairs) > 1 else [])
    print(f"{connection.vendor}, cache {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}")
    for url in urls:
        empty_caches()
        queries = []

        def count(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        start = time.perf_counter()
        with connection.execute_wrapper(count):
            first = client.get(url)
        cold = (time.perf_counter() - start) * 1000
        assert first.status_code == 200, (url, first.status_code)
        # Rendered afresh each time, with what pages share (the skill catalog) already built,
        # as after the first page of a data version.
        with override_settings(PAGE_CACHE_SECONDS=0):
            warm_queries = []
            with connection.execute_wrapper(partial(count, queries=warm_queries)):
                client.get(url)
            uncached, _ = median_ms(client, url, UNCACHED_RUNS, before=recent.clear)
        etag = client.get(url)["ETag"]
        cached, _ = median_ms(client, url, CACHED_RUNS)
        not_modified, response = median_ms(client, url, CACHED_RUNS, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 304
        print(url)
        print(f"  first after a data change: {cold:6.1f} ms  ({len(queries)} queries)")
        print(
            f"  uncached:                  {uncached:6.1f} ms  ({len(warm_queries)} queries, "
            f"{len(first.content) / 1000:.0f} kB)"
        )
        print(f"  cached:                    {cached:6.1f} ms")
        print(f"  304:                       {not_modified:6.1f} ms")


if __name__ == "__main__":
    main()
