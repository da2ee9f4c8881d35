"""The catalog data the site ships in ``fixtures/``, and how it is derived from the source files.

The shipped OEWS file keeps the BLS layout, so ``import_oews`` reads it like the
full release, but only the rows the site uses: every detailed occupation in every
area and national industry, and the SOC major groups that name the categories.
The nation's all-industries rows come first, as in BLS's own workbook, so that
every major group precedes its occupations.

The other sources ship as their files are published (``COPIES``), text gzipped:
the O*NET database files the site uses, in one folder per release with the release's
"Read Me.txt", BLS's O*NET crosswalk and projections workbook, CPS tables 11 and
11b with the Census code list, the "GPTs are GPTs" occupation scores with their
license, and BEA's Regional Price Parities with the crosswalk from OEWS areas to them.
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

SHIPPED_ONET_DB = [FIXTURES / "onet_29_3", FIXTURES / "onet_30_1"]
SHIPPED_CROSSWALK = FIXTURES / "bls_nem_onet_to_soc_crosswalk.xlsx"
SHIPPED_PROJECTIONS = FIXTURES / "bls_projections_2024_34_occupation.xlsx"
SHIPPED_CPS_SHARES = FIXTURES / "cps_2025_table11.csv.gz"
SHIPPED_CPS_AGES = FIXTURES / "cps_2025_table11b.xlsx"
SHIPPED_CENSUS_CODES = FIXTURES / "census_2018_occupation_code_list.xlsx"
# "GPTs are GPTs" scores, with the MIT license that must travel with any copy of them.
SHIPPED_AI_EXPOSURE = FIXTURES / "ai_exposure" / "occ_level.csv"
SHIPPED_AI_EXPOSURE_LICENSE = FIXTURES / "ai_exposure" / "LICENSE"
SHIPPED_RPP = [
    FIXTURES / "rpp" / "SARPP_STATE_2008_2024.csv.gz",
    FIXTURES / "rpp" / "MARPP_MSA_2008_2024.csv.gz",
    FIXTURES / "rpp" / "PARPP_PORT_2008_2024.csv.gz",
]
SHIPPED_RPP_CROSSWALK = FIXTURES / "rpp" / "oews-rpp-crosswalk.csv.gz"

SHARED_DATA = settings.BASE_DIR.parent / "shared" / "data"
SOURCE_OEWS = SHARED_DATA / "oews" / "oews_all_data_M_2025.csv.gz"
SOURCE_ONET = SHARED_DATA / "onet" / "Occupation Data.txt"

# Each shipped file, and where it comes from in the shared data folder. O*NET 30.1
# replaces 29.3's skills, education and job zones, so only 29.3's other files ship.
COPIES = [
    ("onet-db/Read Me.txt", SHIPPED_ONET_DB[0] / "Read Me.txt"),
    ("onet-db/Task Statements.txt.gz", SHIPPED_ONET_DB[0] / "Task Statements.txt.gz"),
    ("onet-db/Technology Skills.txt.gz", SHIPPED_ONET_DB[0] / "Technology Skills.txt.gz"),
    ("onet-db/Alternate Titles.txt.gz", SHIPPED_ONET_DB[0] / "Alternate Titles.txt.gz"),
    ("onet-db/Sample of Reported Titles.txt", SHIPPED_ONET_DB[0] / "Sample of Reported Titles.txt.gz"),
    ("onet-db/Related Occupations.txt.gz", SHIPPED_ONET_DB[0] / "Related Occupations.txt.gz"),
    ("onet-db-30/Read Me.txt", SHIPPED_ONET_DB[1] / "Read Me.txt"),
    ("onet-db-30/Skills.txt.gz", SHIPPED_ONET_DB[1] / "Skills.txt.gz"),
    (
        "onet-db-30/Education, Training, and Experience.txt.gz",
        SHIPPED_ONET_DB[1] / "Education, Training, and Experience.txt.gz",
    ),
    ("onet-db-30/Job Zones.txt", SHIPPED_ONET_DB[1] / "Job Zones.txt.gz"),
    ("projections/nem-onet-to-soc-crosswalk.xlsx", SHIPPED_CROSSWALK),
    ("projections/occupation.xlsx", SHIPPED_PROJECTIONS),
    ("cps/cpsaat11_2025.csv", SHIPPED_CPS_SHARES),
    ("cps/cpsaat11b.xlsx", SHIPPED_CPS_AGES),
    ("cps/2018-occupation-code-list-and-crosswalk.xlsx", SHIPPED_CENSUS_CODES),
    ("ai-exposure/occ_level.csv", SHIPPED_AI_EXPOSURE),
    ("ai-exposure/LICENSE", SHIPPED_AI_EXPOSURE_LICENSE),
    ("rpp/SARPP_STATE_2008_2024.csv", SHIPPED_RPP[0]),
    ("rpp/MARPP_MSA_2008_2024.csv", SHIPPED_RPP[1]),
    ("rpp/PARPP_PORT_2008_2024.csv", SHIPPED_RPP[2]),
    ("rpp/oews-rpp-crosswalk.csv", SHIPPED_RPP_CROSSWALK),
]


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


def build_copies(shared_data=SHARED_DATA):
    """Copy ``COPIES`` from the shared data folder, gzipping text that is not yet; return the paths written."""
    written = []
    for name, target in COPIES:
        source = Path(shared_data) / name
        if not source.is_file():
            raise CommandError(f"{source} is missing: the shipped {target.name} is copied from it.")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if target.suffix == ".gz" and source.suffix != ".gz":
            text, raw = _gzip_writer(target)
            with raw, text:
                text.buffer.write(data)
        else:
            target.write_bytes(data)
        written.append(target)
    return written
