"""The catalog data the site ships in ``fixtures/``, and how it is derived from the source files.

The shipped OEWS file keeps the BLS layout, so ``import_oews`` reads it like the
full release, but only the rows the site uses: every detailed occupation in every
area and national industry, and the SOC major groups that name the categories.
The nation's all-industries rows come first, as in BLS's own workbook, so that
every major group precedes its occupations.
"""

import csv
import gzip
import io
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from .files import Table

FIXTURES = settings.BASE_DIR / "fixtures"
SHIPPED_OEWS = FIXTURES / "oews_M2025_catalog.csv.gz"
SHIPPED_ONET = FIXTURES / "onet_29_2_occupation_data.txt.gz"

SHARED_DATA = settings.BASE_DIR.parent / "shared" / "data"
SOURCE_OEWS = SHARED_DATA / "oews" / "oews_all_data_M_2025.csv.gz"
SOURCE_ONET = SHARED_DATA / "onet" / "Occupation Data.txt"


def _is_nation_cross_industry(row, at):
    naics = row[at["NAICS"]]
    naics = naics.zfill(6) if naics.isdigit() else naics
    return row[at["AREA_TYPE"]] == "1" and naics == "000000" and row[at["OWN_CODE"]] == "1235"


def _gzip_writer(path):
    """A text file gzipped without a timestamp, so that rebuilding the same data changes no byte."""
    raw = open(path, "wb")  # noqa: SIM115 - closed with the returned wrapper
    compressed = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0)
    text = io.TextIOWrapper(compressed, encoding="utf-8", newline="")
    return text, raw


def build_oews(source=SOURCE_OEWS, target=SHIPPED_OEWS):
    """Write the shipped OEWS file from a full release; return the number of data rows written."""
    written = 0
    text, raw = _gzip_writer(target)
    with raw, text:
        writer = csv.writer(text, lineterminator="\n")
        # Two passes: the nation's all-industries rows first, then every other detailed row.
        for first in (True, False):
            with Table(source) as table:
                missing = [
                    name for name in ("AREA_TYPE", "NAICS", "OWN_CODE", "O_GROUP") if name not in table.header
                ]
                if missing:
                    raise CommandError(
                        f"{table.path.name} is not a BLS OEWS all-data file: missing {missing}."
                    )
                at = {name: index for index, name in enumerate(table.header)}
                if first:
                    writer.writerow(table.header)
                for _, row in table:
                    group = row[at["O_GROUP"]]
                    nation = _is_nation_cross_industry(row, at)
                    if nation != first:
                        continue
                    if group == "detailed" or (nation and group == "major"):
                        writer.writerow(row)
                        written += 1
    return written


def build_onet(source=SOURCE_ONET, target=SHIPPED_ONET):
    """Gzip the O*NET file byte for byte; return its number of data rows."""
    data = Path(source).read_bytes()
    text, raw = _gzip_writer(target)
    with raw, text:
        text.buffer.write(data)
    return data.count(b"\n") - 1
