"""Time the full BLS OEWS import into a fresh database and print rows, seconds, rows per second and peak memory.

    .venv/bin/python bench/import_oews.py                      # SQLite, in a temporary file
    .venv/bin/python bench/import_oews.py --database-url postgres://postgres@127.0.0.1:5432/careers

For PostgreSQL the URL names the server: the benchmark creates its own database
beside the named one (``<name>_bench_import``) and drops it afterwards. The file
defaults to the full release in ../shared/data, else the shipped catalog file.
Peak memory is the process's maximum resident set size, Django and all.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FULL_RELEASE = ROOT.parent / "shared" / "data" / "oews" / "oews_all_data_M_2025.csv.gz"
SHIPPED = ROOT / "fixtures" / "oews_M2025_catalog.csv.gz"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="", help="PostgreSQL server URL; SQLite when omitted.")
    parser.add_argument("--file", default=str(FULL_RELEASE if FULL_RELEASE.exists() else SHIPPED))
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        url, drop = fresh_database(options.database_url, scratch)
        try:
            run(url, options.file)
        finally:
            drop()


def fresh_database(url, scratch):
    if not url or url.startswith("sqlite"):
        return f"sqlite:///{scratch}/bench.sqlite3", lambda: None
    import psycopg

    base, _, name = url.rpartition("/")
    bench_name = f"{name or 'careers'}_bench_import"
    admin_url = f"{base}/postgres"

    def execute(sql):
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(sql)

    execute(f'DROP DATABASE IF EXISTS "{bench_name}"')
    execute(f'CREATE DATABASE "{bench_name}"')
    return f"{base}/{bench_name}", lambda: execute(f'DROP DATABASE IF EXISTS "{bench_name}" WITH (FORCE)')


def run(url, path):
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from careers.importers.oews import OewsImport

    call_command("migrate", verbosity=0)
    call_command("load_site_data", "--reference-only", verbosity=0)
    started = time.perf_counter()
    cpu_started = time.process_time()
    importer = OewsImport(path)
    with transaction.atomic():
        tally = importer.run()
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    rows = importer.rows
    connection.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import_oews {Path(path).name} on {connection.vendor}")
    print(f"  rows:          {rows:,}")
    print(f"  wages written: {tally.counts['wages']['created']:,}")
    print(f"  seconds:       {seconds:.1f} (wall clock, including the commit)")
    print(f"  rows/s:        {rows / seconds:,.0f}")
    print(f"  CPU seconds:   {cpu_seconds:.1f} (this process; the database server's are not counted)")
    print(f"  peak memory:   {peak:,.0f} MB (maximum resident set size)")


if __name__ == "__main__":
    main()
