"""BLS's "O*NET-SOC to National Employment Matrix (NEM)" crosswalk: the BLS occupation of each
O*NET occupation.

NEM codes are the SOC codes that OEWS and the projections publish, including a dozen
aggregates of occupations O*NET keeps apart (31-1120 Home Health and Personal Care
Aides is O*NET's 31-1121.00 and 31-1122.00). An O*NET occupation newer than the
crosswalk belongs to the SOC code of its first seven characters (43-3011.00 to 43-3011).
"""

import re

from django.core.management.base import CommandError

from .files import Table

SHEET = "ONET to SOC crosswalk"
HEADER_ROW = 5
ONET_COLUMN, TITLE_COLUMN, NEM_COLUMN = "O*NET-SOC Code", "O*NET-SOC Title", "NEM Code"
ONET_SOC_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
SOC_CODE = re.compile(r"^\d{2}-\d{4}$")


class Crosswalk:
    def __init__(self, entries):
        # {O*NET-SOC code: (SOC code, O*NET title)}
        self.entries = entries

    def soc_code(self, onet_code):
        entry = self.entries.get(onet_code)
        return entry[0] if entry else onet_code[:7]

    def title(self, onet_code):
        entry = self.entries.get(onet_code)
        return entry[1] if entry else ""

    def group(self, onet_codes):
        """{SOC code: [its O*NET codes, in order]} for these O*NET codes."""
        groups = {}
        for code in sorted(onet_codes):
            groups.setdefault(self.soc_code(code), []).append(code)
        return groups


def read_crosswalk(path):
    """The crosswalk workbook's entries; returns (Crosswalk, number of rows read)."""
    entries = {}
    rows = 0
    with Table(path, sheet=SHEET, header_row=HEADER_ROW) as table:
        columns = [ONET_COLUMN, TITLE_COLUMN, NEM_COLUMN]
        missing = [name for name in columns if name.upper() not in table.header]
        if missing:
            raise CommandError(
                f"{table.path.name} is not BLS's O*NET-SOC to NEM crosswalk: missing column {', '.join(missing)}."
            )
        at = [table.header.index(name.upper()) for name in columns]
        for number, row in table:
            onet_code, title, soc_code = (row[i].strip() for i in at)
            if not onet_code:
                continue  # notes below the table
            rows += 1
            for column, code, pattern, example in (
                (ONET_COLUMN, onet_code, ONET_SOC_CODE, "43-3011.00"),
                (NEM_COLUMN, soc_code, SOC_CODE, "43-3011"),
            ):
                if not pattern.match(code):
                    raise CommandError(
                        f"{table.path.name}, row {number:,}, column {column}: "
                        f"{code!r} is not a code such as {example}."
                    )
            entries[onet_code] = (soc_code, title)
    return Crosswalk(entries), rows
