"""Open a source table whatever its packaging: CSV or tab-separated text, gzipped or not, or XLSX.

Every kind reads the same way: a header of upper-cased column names, then rows
of strings numbered as a spreadsheet numbers them (the header is row 1 unless a
title sits above it), so that an importer parses one shape and its errors point
at the row a person would look at.
"""

import csv
import datetime
import gzip
import io
import os
import zlib
from decimal import Decimal
from pathlib import Path

from django.core.management.base import CommandError

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"


class Table:
    """Rows of one file; use as a context manager so the file is closed.

    ``sheet`` names the worksheet of a workbook to read (by default the longest);
    ``header_row`` is the row that holds the column names, for tables with a title above;
    ``keep_short_rows`` yields rows shorter than the header as they are (for tables with
    notes below them, which the importer tells apart) instead of refusing the file.
    """

    def __init__(self, path, delimiter=",", sheet=None, header_row=1, keep_short_rows=False):
        self.path = Path(path)
        self.delimiter = delimiter
        self.sheet = sheet
        self.header_row = header_row
        self.keep_short_rows = keep_short_rows
        self._closing = []
        self.header = []
        self._rows = iter(())
        self._fraction = lambda: 0.0
        # A workbook leaves trailing empty cells out; a text file has every separator.
        self._pad_short_rows = False

    def __enter__(self):
        if not self.path.is_file():
            raise CommandError(f"{self.path} does not exist or is not a file.")
        with open(self.path, "rb") as probe:
            magic = probe.read(4)
        if magic.startswith(ZIP_MAGIC):
            self._open_xlsx()
        else:
            self._open_text(gzipped=magic.startswith(GZIP_MAGIC))
        for _ in range(self.header_row - 1):
            next(self._rows, None)
        try:
            first = next(self._rows)
        except StopIteration:
            raise CommandError(f"{self.path.name} is empty.") from None
        self.header = [str(name).strip().upper() for name in first]
        return self

    def __exit__(self, *exc_info):
        for close in reversed(self._closing):
            close()

    def __iter__(self):
        """Yield (row number, list of cell strings) for every row after the header."""
        width = len(self.header)
        for number, row in enumerate(self._rows, start=self.header_row + 1):
            if not row or (len(row) == 1 and not row[0]):
                continue
            if len(row) < width:
                if self.keep_short_rows:
                    yield number, row
                    continue
                if not self._pad_short_rows:
                    raise CommandError(
                        f"{self.path.name}, row {number:,}: {len(row)} columns where the header has {width}; "
                        "is the file cut short?"
                    )
                row = list(row) + [""] * (width - len(row))
            yield number, row

    def fraction(self):
        """How far through the file reading has got, from 0 to 1."""
        return self._fraction()

    def _open_text(self, gzipped):
        raw = open(self.path, "rb")  # noqa: SIM115 - closed in __exit__
        self._closing.append(raw.close)
        size = os.fstat(raw.fileno()).st_size or 1
        binary = gzip.GzipFile(fileobj=raw) if gzipped else raw
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        self._closing.append(text.close)
        reader = csv.reader(text, delimiter=self.delimiter, quoting=self._quoting())
        self._rows = self._decoded(reader)
        self._fraction = lambda: raw.tell() / size

    def _quoting(self):
        # O*NET's tab-separated text uses no quoting; a stray quote is part of the text.
        return csv.QUOTE_NONE if self.delimiter == "\t" else csv.QUOTE_MINIMAL

    def _decoded(self, reader):
        try:
            yield from reader
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{self.path.name}, row {reader.line_num + 1}: the file is not UTF-8 text ({error.reason})."
            ) from None
        except csv.Error as error:
            raise CommandError(f"{self.path.name}, row {reader.line_num}: {error}.") from None
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            raise CommandError(
                f"{self.path.name}, after row {reader.line_num}: the gzip file is damaged or cut short "
                f"({error}). Nothing was imported."
            ) from None

    def _open_xlsx(self):
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged workbook
            raise CommandError(f"{self.path.name} cannot be read as an XLSX workbook: {error}") from None
        self._closing.append(workbook.close)
        if self.sheet is None:
            # BLS's workbook carries notes and field descriptions beside the data: the data is the longest sheet.
            sheet = max(workbook.worksheets, key=lambda sheet: sheet.max_row or 0)
        elif self.sheet in workbook.sheetnames:
            sheet = workbook[self.sheet]
        else:
            names = ", ".join(repr(name) for name in workbook.sheetnames)
            raise CommandError(f"{self.path.name} has no sheet {self.sheet!r}; its sheets are {names}.")
        total = sheet.max_row or 0
        # A workbook may declare itself far wider than its cells (the Census code list claims
        # 16,108 columns): read each row as long as it is, rather than padded to that width.
        sheet.reset_dimensions()
        state = {"row": 0}

        def rows():
            for values in sheet.iter_rows(values_only=True):
                state["row"] += 1
                yield [cell_text(value) for value in values]

        self._rows = rows()
        self._fraction = lambda: state["row"] / total if total else 0.0
        self._pad_short_rows = True


def cell_text(value):
    """A workbook cell as the text BLS would have written in a CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return str(Decimal(repr(value)))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)
