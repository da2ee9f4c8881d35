"""Read BLS Employment Projections' table 1.2 into outlook and entry requirements.

The workbook ("occupation.xlsx") has a title above the table's header, indents the
titles, and writes "—" for a value that is not available. Only "Line item" rows are
occupations (the others are groups), and their codes are the SOC codes of OEWS.
Employment and openings are in thousands: 13.7 openings a year are 13,700.

Column names carry the projection decade ("Employment change, percent, 2024–34"), so
columns are found by how their name begins, and next year's workbook reads alike.
"""

import re
import time

from django.core.management.base import CommandError
from django.db import models

from careers import bls
from careers.models import Occupation, Source
from careers.versions import bump_data_version

from .command import FileImport
from .figures import FigureWriter
from .files import Table
from .numbers import BadValue, number_parser
from .progress import Progress

SHEET = "Table 1.2"
HEADER_ROW = 2
NOT_AVAILABLE = "\u2014"
LINE_ITEM = "Line item"
SOC_CODE = re.compile(r"^\d{2}-\d{4}$")

# Figure field: how the name of its column begins (upper case, as ``Table`` gives names).
CODE = "2024 NATIONAL EMPLOYMENT MATRIX CODE"
TYPE = "OCCUPATION TYPE"
COLUMNS = {
    "growth_rate": "EMPLOYMENT CHANGE, PERCENT",
    "openings": "OCCUPATIONAL OPENINGS",
    "entry_education": "TYPICAL EDUCATION NEEDED FOR ENTRY",
    "entry_experience": "WORK EXPERIENCE IN A RELATED OCCUPATION",
    "entry_training": "TYPICAL ON-THE-JOB TRAINING",
}
# Openings are published in thousands, to one decimal place.
THOUSANDS = models.DecimalField(max_digits=8, decimal_places=1)
THOUSAND = 1000

NOT_LINE_ITEM = "rows of occupation groups (Summary)"
NO_OCCUPATION = "projected occupations not in the catalog"
NO_ROW = "occupations the projections have no row for, whose figures are left as they are"
NO_SOC = "occupations without a SOC code, which imports never change"


class ProjectionsImport(FileImport):
    """One import of the Employment Projections workbook."""

    def run(self):
        started = time.monotonic()
        projected = self.read()
        self.source = self.tally.ensure(Source, bls.EP.lookup, bls.EP.details)
        self.apply(projected)
        if self.tally.total("created") or self.tally.total("updated"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    def read(self):
        """{SOC code: {figure: {field: value}}} of every line item."""
        projected = {}
        with Table(self.path, sheet=SHEET, header_row=HEADER_ROW) as table:
            self.find_columns(table)
            with Progress(self.progress_stream, f"Importing {table.path.name}") as progress:
                for number, row in table:
                    code = row[self.at[CODE]].strip()
                    if not code:
                        continue  # the footnotes below the table
                    self.rows += 1
                    if row[self.at[TYPE]].strip() != LINE_ITEM:
                        self.tally.skip(NOT_LINE_ITEM)
                        continue
                    if not SOC_CODE.match(code):
                        self.bad(number, CODE, f"{code!r} is not a SOC code such as 43-3011")
                    projected[code] = self.figures(number, row)
                    progress.update(table.fraction(), self.rows)
                progress.close(self.rows)
        return projected

    def find_columns(self, table):
        self.at = {}
        self.names = {}
        for key, start in [(CODE, CODE), (TYPE, TYPE), *COLUMNS.items()]:
            index = next((i for i, name in enumerate(table.header) if name.startswith(start)), None)
            if index is None:
                raise CommandError(
                    f"{table.path.name} is not BLS's occupational projections table: no column {start!r} "
                    f"in row {HEADER_ROW} of sheet {SHEET!r}."
                )
            self.at[key] = index
            self.names[key] = table.header[index]
        self.growth = number_parser(Occupation._meta.get_field("growth_rate"), negative=True)
        self.thousands = number_parser(THOUSANDS)

    def bad(self, number, key, message):
        raise CommandError(f"{self.path_name}, row {number:,}, column {self.names.get(key, key)}: {message}.")

    def figures(self, number, row):
        cells = {key: row[self.at[key]].strip() for key in COLUMNS}
        values = {}
        for key, text in cells.items():
            if text == NOT_AVAILABLE or not text:
                values[key] = None if key in ("growth_rate", "openings") else ""
            elif key == "growth_rate":
                values[key] = self.number(number, key, text, self.growth)
            elif key == "openings":
                # Published to a tenth of a thousand: 13.7 is 13,700 openings.
                values[key] = int(self.number(number, key, text, self.thousands) * THOUSAND)
            else:
                values[key] = text
        return {key: {key: value} for key, value in values.items()}

    def number(self, number, key, text, parse):
        try:
            return parse(text)
        except BadValue as error:
            self.bad(number, key, str(error))

    def apply(self, projected):
        writer = FigureWriter(self.tally, self.overwrite_edited)
        found = set()
        occupations = Occupation.objects.exclude(soc_code=None)
        for occupation in occupations:
            values = projected.get(occupation.soc_code)
            if values is None:
                self.tally.skip(NO_ROW)
                continue
            found.add(occupation.soc_code)
            changed = writer.apply(occupation, values, self.source)
            self.tally.count("occupations", "updated" if changed else "unchanged")
        writer.save()
        self.tally.skip(NO_OCCUPATION, len(projected.keys() - found))
        self.tally.skip(NO_SOC, Occupation.objects.filter(soc_code=None).count())
