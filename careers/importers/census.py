"""The Census Bureau's 2018 occupation code list: the Census occupation each SOC code falls in.

The Current Population Survey publishes its figures by Census occupation, which is
often broader than a SOC occupation. The list gives each Census occupation's SOC
equivalent as a detailed code (43-3011), a broad group (11-2030), a minor group
(25-1000) or a wildcard (13-20XX, 51-4XXX). A SOC code belongs to the most specific
Census occupation that covers it: the one whose code, with its trailing zeros or X's
taken off, is the longest beginning of the SOC code.

Three SOC codes of OEWS combine occupations the list keeps apart: the broad groups
13-1020 (three Census occupations) and 31-1120 (two), and 21-1018, which joins
21-1011 and 21-1014. Each is given all its parts; ``cps`` chooses among them.
"""

import re

from django.core.management.base import CommandError

from .files import Table

SHEET = "2018 Census Occ Code List"
HEADER_ROW = 5
TITLE, CODE, SOC = "2018 Census Title", "2018 Census Code", "2018 SOC Code"
CENSUS_CODE = re.compile(r"^\d{4}$")
SOC_PATTERN = re.compile(r"^\d{2}-(\d{4}|\d{3}X|\d{2}XX|\dXXX)$")
NO_SOC = "none"  # military ranks and the unemployed

# SOC codes OEWS publishes for occupations the Census list gives apart, and those parts.
PARTS = {"21-1018": ("21-1011", "21-1014")}


def covered_prefix(pattern):
    """The beginning of every SOC code the pattern covers: "11-2030" gives "11-203".

    Detailed SOC codes never end in 0, so trailing zeros mark a group."""
    stem = pattern.rstrip("X")
    return stem if len(stem) < len(pattern) else stem.rstrip("0")


class CensusCodes:
    def __init__(self, occupations):
        # [(prefix of the SOC codes covered, Census title)]
        self.occupations = occupations

    def titles_of(self, soc_code):
        """The Census titles whose CPS figures describe the SOC code: one, or the parts of an
        aggregate; none for a code the list does not know."""
        covering = [(prefix, title) for prefix, title in self.occupations if soc_code.startswith(prefix)]
        if covering:
            return [max(covering, key=lambda found: len(found[0]))[1]]
        parts = PARTS.get(soc_code)
        if parts:
            return [title for part in parts for title in self.titles_of(part)]
        # A broad group whose detailed occupations the list names one by one.
        group = covered_prefix(soc_code)
        return [title for prefix, title in self.occupations if prefix.startswith(group) and prefix != group]


def read_census_codes(path):
    """The code list's Census occupations; returns (CensusCodes, number of rows read)."""
    occupations = []
    rows = 0
    with Table(path, sheet=SHEET, header_row=HEADER_ROW) as table:
        missing = [name for name in (TITLE, CODE, SOC) if name.upper() not in table.header]
        if missing:
            raise CommandError(
                f"{table.path.name} is not the Census Bureau's 2018 occupation code list: "
                f"missing column {', '.join(missing)} in row {HEADER_ROW} of sheet {SHEET!r}."
            )
        at = [table.header.index(name.upper()) for name in (TITLE, CODE, SOC)]
        for number, row in table:
            title, code, soc = (row[i].strip() for i in at)
            rows += 1
            # Headings of groups carry a range of codes ("0010-0440"); they are not occupations.
            if not code.isdigit() or soc.lower() == NO_SOC:
                continue
            code = code.zfill(4)
            if not CENSUS_CODE.match(code):
                raise CommandError(
                    f"{table.path.name}, row {number:,}, column {CODE}: {code!r} is not a Census code."
                )
            if not SOC_PATTERN.match(soc):
                raise CommandError(
                    f"{table.path.name}, row {number:,}, column {SOC}: {soc!r} is not a SOC code "
                    "such as 43-3011, 11-2030 or 13-20XX."
                )
            occupations.append((covered_prefix(soc), title))
    return CensusCodes(occupations), rows
