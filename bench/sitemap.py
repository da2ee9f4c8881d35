"""Time the sitemap with 10,000 occupations in a scratch database.

    .venv/bin/python bench/sitemap.py                 # scratch SQLite file, removed afterwards
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/careers_bench .venv/bin/python bench/sitemap.py

The occupations fall into 100 SOC minor groups of 100, as a catalog ten times the real
one would: about 495,000 published pairs, ten sitemap pages of 50,000 comparisons.
A PostgreSQL database named by BENCH_DATABASE_URL must exist and is emptied first.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OCCUPATIONS = 10_000
GROUP_SIZE = 100
RUNS = 5

scratch = Path(tempfile.mkdtemp()) / "sitemap-bench.sqlite3"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{scratch}")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # time the rendering, not the cache
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from careers.models import Category, Occupation  # noqa: E402
from comparisons.models import Comparison  # noqa: E402


def build():
    call_command("migrate", verbosity=0)
    if connection.vendor == "postgresql":
        call_command("flush", interactive=False, verbosity=0)
    majors = [11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49]
    categories = Category.objects.bulk_create(
        Category(name=f"Major group {major}", slug=f"major-group-{major}", soc_code=f"{major}-0000")
        for major in majors
    )
    now = timezone.now()
    occupations = []
    for index in range(OCCUPATIONS):
        group, member = divmod(index, GROUP_SIZE)
        major, minor = majors[group // 5], group % 5 + 1
        occupations.append(
            Occupation(
                category=categories[group // 5],
                title=f"Occupation {index:05d}",
                slug=f"occupation-{index:05d}",
                soc_code=f"{major}-{minor}{member:03d}",
                yearly_salary=30000 + index * 7,
                updated_at=now,
            )
        )
    Occupation.objects.bulk_create(occupations, batch_size=1000)
    first = Occupation.objects.order_by("pk")[:200]
    last = Occupation.objects.order_by("-pk")[:200]
    Comparison.objects.bulk_create(
        Comparison(first=a, second=b, published=True) for a, b in zip(first, last, strict=True)
    )


def timed(client, url):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), response


def main():
    start = time.perf_counter()
    build()
    print(
        f"built {Occupation.objects.count():,} occupations on {connection.vendor} in {time.perf_counter() - start:.1f} s"
    )
    client = Client(HTTP_HOST="127.0.0.1")
    seconds, response = timed(client, "/sitemap.xml")
    pages = response.content.decode().count("sitemap-comparisons.xml")
    print(f"sitemap index: {seconds * 1000:.0f} ms, {pages} pages of comparisons")
    worst = 0
    for url in [
        "/sitemap-occupations.xml",
        "/sitemap-comparisons.xml",
        f"/sitemap-comparisons.xml?p={pages // 2}",
        f"/sitemap-comparisons.xml?p={pages}",
    ]:
        seconds, response = timed(client, url)
        urls = response.content.count(b"<url>")
        worst = max(worst, seconds)
        print(f"{url}: {seconds * 1000:.0f} ms for {urls:,} URLs ({len(response.content) / 1e6:.1f} MB)")
    print(f"slowest sitemap page: {worst:.2f} s ({'under' if worst < 1 else 'OVER'} one second)")


if __name__ == "__main__":
    try:
        main()
    finally:
        scratch.unlink(missing_ok=True)
