"""Read the Current Population Survey's tables 11 and 11b into who does each job.

Table 11 gives, per Census occupation, the percent of women and of White, Black or
African American, Asian, and Hispanic or Latino workers; table 11b the median age.
CPS publishes no figure whose base is under 50,000 workers: a dash in its place
("-" in table 11, "–" in table 11b) is stored as no value, while the occupation still
records the CPS row it was matched to (``demographics_group``), so that the page says
why the figure is missing.

Each SOC occupation takes the figures of its Census occupation (``census``), found in
the tables by title once case and punctuation are folded. Many share one row: every
postsecondary teacher is "Postsecondary teachers". Where a SOC code combines several
Census occupations (13-1020, 21-1018, 31-1120), the figures are those of the largest
of them by employment, as published, and name it: published figures are never mixed.
Men are the rest of the workers: 100 minus the percent of women.
"""

import re
import time
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from django.core.management.base import CommandError
from django.db import models

from careers import bls
from careers.models import Occupation, Source
from careers.versions import bump_data_version

from .census import read_census_codes
from .command import FileImport
from .figures import FigureWriter
from .files import Table
from .numbers import BadValue, number_parser
from .progress import Progress

SUPPRESSED = {"-", "\u2013", "\u2014"}
HUNDRED = 100

TITLE, EMPLOYED, WOMEN = "occupation", "total_employed_thousands", "pct_women"
RACE = {
    "White": "pct_white",
    "Black or African American": "pct_black_or_african_american",
    "Asian": "pct_asian",
    "Hispanic or Latino": "pct_hispanic_or_latino",
}
AGES_SHEET_HEADER_ROW = 5
MEDIAN_AGE = "Median age"

NO_CENSUS_OCCUPATION = "occupations the Census code list does not place, whose figures are left as they are"
NO_ROW = "occupations whose Census occupation has no row in table 11, whose figures are left as they are"
NO_SOC = "occupations without a SOC code, which imports never change"


class Row(NamedTuple):
    """A Census occupation's row of table 11: employment in thousands, and shares in percent."""

    title: str
    employed: int | None
    women: Decimal | None
    races: dict


def fold(title):
    """A title with case and punctuation folded away, as the two agencies' titles match."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title.casefold()).split())


class CpsImport(FileImport):
    """One import of CPS tables 11 and 11b, with the Census code list that places occupations in them."""

    def __init__(self, shares, ages, census_codes, overwrite_edited=False, progress_stream=None):
        super().__init__(shares, overwrite_edited, progress_stream)
        self.paths = (shares, ages, census_codes)

    @property
    def described(self):
        return "CPS tables 11 and 11b and the Census code list"

    def run(self):
        started = time.monotonic()
        shares_path, ages_path, codes_path = self.paths
        self.census, self.rows = read_census_codes(codes_path)
        self.shares = self.read_shares(shares_path)
        self.ages = self.read_ages(ages_path)
        self.source = self.tally.ensure(Source, bls.CPS.lookup, bls.CPS.details)
        self.apply()
        if self.tally.total("created") or self.tally.total("updated") or self.tally.total("deleted"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    def read_shares(self, path):
        """{folded title: Row} from table 11."""
        share = number_parser(Occupation._meta.get_field("female_share"))
        employed = number_parser(models.IntegerField())
        found = {}
        with Table(path) as table:
            columns = [TITLE, EMPLOYED, WOMEN, *RACE.values()]
            missing = [name for name in columns if name.upper() not in table.header]
            if missing:
                raise CommandError(
                    f"{table.path.name} is not CPS table 11 by occupation, sex and race: "
                    f"missing column {', '.join(missing)}."
                )
            at = {name: table.header.index(name.upper()) for name in columns}
            parsers = {name: employed if name == EMPLOYED else share for name in columns[1:]}
            with Progress(self.progress_stream, f"Importing {table.path.name}") as progress:
                for number, row in table:
                    self.rows += 1
                    cells = {name: row[i].strip() for name, i in at.items()}
                    parsed = {
                        name: self.number(path, number, name, cells[name], parse)
                        for name, parse in parsers.items()
                    }
                    races = {group: parsed[column] for group, column in RACE.items()}
                    found[fold(cells[TITLE])] = Row(cells[TITLE], parsed[EMPLOYED], parsed[WOMEN], races)
                    progress.update(table.fraction(), self.rows)
                progress.close(self.rows)
        return found

    def read_ages(self, path):
        """{folded title: median age} from table 11b, whose titles stand in its first, unnamed column."""
        age = number_parser(Occupation._meta.get_field("median_age"))
        found = {}
        with Table(path, header_row=AGES_SHEET_HEADER_ROW) as table:
            if MEDIAN_AGE.upper() not in table.header:
                raise CommandError(
                    f"{table.path.name} is not CPS table 11b by occupation and age: no column "
                    f"{MEDIAN_AGE!r} in row {AGES_SHEET_HEADER_ROW}."
                )
            at = table.header.index(MEDIAN_AGE.upper())
            for number, row in table:
                title = row[0].strip()
                if not title or title.startswith("NOTE"):
                    continue
                self.rows += 1
                found[fold(title)] = self.number(path, number, MEDIAN_AGE, row[at].strip(), age)
        return found

    @staticmethod
    def number(path, number, column, text, parse):
        if text in SUPPRESSED:
            return None
        try:
            return parse(text)
        except BadValue as error:
            raise CommandError(f"{Path(path).name}, row {number:,}, column {column}: {error}.") from None

    def row_of(self, soc_code):
        """The table 11 row whose figures describe the SOC code: its Census occupation's, or the
        largest one's of an aggregate; None when there is none."""
        rows = [self.shares[fold(t)] for t in self.census.titles_of(soc_code) if fold(t) in self.shares]
        if not rows:
            return None
        return max(rows, key=lambda row: row.employed or 0)

    def figures(self, row):
        women = row.women
        return {
            "median_age": {"median_age": self.ages.get(fold(row.title)), "demographics_group": row.title},
            "gender": {"female_share": women, "male_share": None if women is None else HUNDRED - women},
            "race": [
                {"group": group, "share": share} for group, share in row.races.items() if share is not None
            ],
        }

    def apply(self):
        writer = FigureWriter(self.tally, self.overwrite_edited)
        occupations = Occupation.objects.exclude(soc_code=None).prefetch_related("race_shares")
        for occupation in occupations:
            if not self.census.titles_of(occupation.soc_code):
                self.tally.skip(NO_CENSUS_OCCUPATION)
                continue
            row = self.row_of(occupation.soc_code)
            if row is None:
                self.tally.skip(NO_ROW)
                continue
            changed = writer.apply(occupation, self.figures(row), self.source)
            self.tally.count("occupations", "updated" if changed else "unchanged")
        writer.save()
        self.tally.skip(NO_SOC, Occupation.objects.filter(soc_code=None).count())
