"""Read O*NET "Occupation Data" (tab-separated) into occupation descriptions.

An O*NET-SOC code ``43-3011.00`` belongs to the SOC occupation ``43-3011``. Where
O*NET splits a SOC occupation (``.01``, ``.02`` ...), the ``.00`` row describes
the SOC occupation as a whole and is the one used; without a ``.00`` row the
lowest code is used.
"""

import re
import time

from django.core.management.base import CommandError

from careers import bls
from careers.models import Occupation, Source
from careers.versions import bump_data_version

from .command import FileImport
from .figures import FigureWriter
from .files import Table
from .progress import Progress

CODE_COLUMN = "O*NET-SOC CODE"
REQUIRED_COLUMNS = [CODE_COLUMN, "TITLE", "DESCRIPTION"]
ONET_SOC_CODE = re.compile(r"^(\d{2}-\d{4})\.(\d{2})$")

EDITED = "descriptions edited by hand, left as they are (use --overwrite-edited to replace them)"
NO_OCCUPATION = "O*NET occupations whose SOC code is not in the catalog"
ALTERNATE = (
    "O*NET occupations that detail a SOC occupation another row describes (its .00 row where there is one)"
)
NO_DESCRIPTION = "O*NET occupations with a blank description"
NO_SOC = "occupations without a SOC code, which imports never change"


class OnetImport(FileImport):
    """One import of an O*NET Occupation Data file."""

    def run(self):
        started = time.monotonic()
        descriptions = self.read()
        self.source = self.onet_source()
        self.apply(descriptions)
        if self.tally.total("created") or self.tally.total("updated"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    def read(self):
        """The chosen (O*NET code, description) for each SOC code in the file."""
        chosen = {}
        with Table(self.path, delimiter="\t") as table:
            missing = [name for name in REQUIRED_COLUMNS if name not in table.header]
            if missing:
                columns = ", ".join(missing)
                raise CommandError(
                    f"{table.path.name} is not O*NET Occupation Data: missing column {columns}."
                )
            code_at, description_at = table.header.index(CODE_COLUMN), table.header.index("DESCRIPTION")
            with Progress(self.progress_stream, f"Importing {table.path.name}") as progress:
                for number, row in table:
                    self.rows += 1
                    code = row[code_at].strip()
                    match = ONET_SOC_CODE.match(code)
                    if not match:
                        raise CommandError(
                            f"{self.path_name}, row {number:,}, column O*NET-SOC Code: "
                            f"{code!r} is not an O*NET-SOC code such as 43-3011.00."
                        )
                    description = row[description_at].strip()
                    if not description:
                        self.tally.skip(NO_DESCRIPTION)
                        continue
                    soc_code = match.group(1)
                    if soc_code in chosen:
                        self.tally.skip(ALTERNATE)
                        if code < chosen[soc_code][0]:
                            chosen[soc_code] = (code, description)
                    else:
                        chosen[soc_code] = (code, description)
                    progress.update(table.fraction(), self.rows)
                progress.close(self.rows)
        return chosen

    def onet_source(self):
        return self.tally.ensure(
            Source,
            {"name": bls.ONET_SOURCE_NAME, "as_of": bls.ONET_AS_OF},
            # The name carries the release; the date reads as its month, "February 2025".
            {
                "url": bls.ONET_URL,
                "as_of_label": "",
                "attribution": bls.ONET_ATTRIBUTION,
                "short_name": bls.ONET_RELEASE,
            },
        )

    def apply(self, descriptions):
        writer = FigureWriter(self.tally, self.overwrite_edited, edited=EDITED)
        occupations = Occupation.objects.exclude(soc_code=None).only(
            "soc_code", "description", "description_source", "edited_fields", "top_coded", "updated_at"
        )
        found = set()
        for occupation in occupations:
            if occupation.soc_code not in descriptions:
                continue
            found.add(occupation.soc_code)
            description = descriptions[occupation.soc_code][1]
            if not writer.apply(occupation, {"description": {"description": description}}, self.source):
                self.tally.count("occupations", "unchanged")
        self.tally.count("occupations", "updated", writer.save())
        self.tally.skip(NO_OCCUPATION, len(descriptions.keys() - found))
        without_soc = Occupation.objects.filter(soc_code=None).count()
        if without_soc:
            self.tally.skip(NO_SOC, without_soc)
