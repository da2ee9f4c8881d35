"""Time the compare form's suggestion endpoint over every title in the catalog.

    make data && .venv/bin/python bench/suggest.py [--database-url URL] [--requests N]

Queries are what people type: the first two to eight letters of a title's word, or the
first word and a prefix of the next, drawn from the titles themselves. Each request goes
through Django's test client (no network). The first request of a process builds the
title index; it is timed on its own, the rest give the median, 95th and 99th percentiles.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="defaults to DATABASE_URL or the project's db.sqlite3")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2025)
    return parser.parse_args()


def queries(titles, count, seed):
    chooser = random.Random(seed)
    found = []
    while len(found) < count:
        words = re.findall(r"[A-Za-z]+", chooser.choice(titles))
        if not words:
            continue
        if len(words) > 1 and chooser.random() < 0.3:
            first, second = words[0], words[1]
            found.append(f"{first} {second[: chooser.randint(1, len(second))]}")
        else:
            word = chooser.choice(words)
            found.append(word[: chooser.randint(2, max(2, min(8, len(word))))])
    return found


def main():
    arguments = parse_arguments()
    if arguments.database_url:
        os.environ["DATABASE_URL"] = arguments.database_url
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"

    import django

    django.setup()

    from django.db import connection
    from django.test import Client

    from careers.models import AlternateTitle, Occupation

    titles = [
        *Occupation.objects.values_list("title", flat=True),
        *AlternateTitle.objects.values_list("title", flat=True),
    ]
    if not titles:
        sys.exit("No titles: load the data first (make data).")
    client = Client(HTTP_HOST="127.0.0.1")
    sample = queries(titles, arguments.requests, arguments.seed)

    start = time.perf_counter()
    first = client.get("/suggest/", {"q": sample[0]})
    build = (time.perf_counter() - start) * 1000
    assert first.status_code == 200, first.status_code

    times, answered = [], 0
    for query in sample:
        start = time.perf_counter()
        response = client.get("/suggest/", {"q": query})
        times.append((time.perf_counter() - start) * 1000)
        answered += bool(response.json()["suggestions"])
    times.sort()

    def percentile(p):
        return times[min(len(times) - 1, int(len(times) * p))]

    print(f"{connection.vendor}: {len(titles):,} titles, {len(sample):,} requests")
    print(f"  first request (builds the index): {build:7.1f} ms")
    print(f"  median:                          {statistics.median(times):7.2f} ms")
    print(f"  95th percentile:                 {percentile(0.95):7.2f} ms")
    print(f"  99th percentile:                 {percentile(0.99):7.2f} ms")
    print(f"  slowest:                         {times[-1]:7.2f} ms")
    print(f"  requests with a suggestion:      {answered / len(sample):7.1%}")


if __name__ == "__main__":
    main()
