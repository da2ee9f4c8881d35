"""Read "GPTs are GPTs" occupation scores (``occ_level.csv``) into exposure to AI language models.

The file has a row per O*NET occupation: its code and title, then six shares of its
tasks from 0 to 1, rated by GPT-4 ("dv") and by people, each as alpha, beta and gamma
(``careers.exposure``). Which O*NET occupations describe a BLS occupation, and how
several combine, is ``onet_rule``'s one rule, with BLS's crosswalk placing O*NET
occupations under SOC codes (the dozen aggregates OEWS publishes among them): shares
are averaged, each O*NET occupation counting once, then stored in percent to a tenth.
"""

import re
import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.management.base import CommandError

from careers.exposure import RELEASE
from careers.models import Occupation, Source
from careers.versions import bump_data_version

from . import onet_rule as rule
from .command import FileImport
from .crosswalk import read_crosswalk
from .figures import FigureWriter
from .files import Table
from .progress import Progress

CODE, TITLE = "O*NET-SOC Code", "Title"
# Model field: the column its share is read from.
COLUMNS = {
    "ai_exposure": "human_rating_beta",
    "ai_exposure_human_alpha": "human_rating_alpha",
    "ai_exposure_human_gamma": "human_rating_gamma",
    "ai_exposure_model_alpha": "dv_rating_alpha",
    "ai_exposure_model_beta": "dv_rating_beta",
    "ai_exposure_model_gamma": "dv_rating_gamma",
}
ONET_SOC_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
HUNDREDTH = Decimal("0.01")
HUNDRED = Decimal(100)

NO_SCORE = 'occupations the study rated no tasks for ("All Other" codes), whose exposure stays empty'
NOT_IN_CATALOG = "rated O*NET occupations under no SOC code of the catalog"
NO_SOC = "occupations without a SOC code, which imports never change"
FIGURE = "ai_exposure"


def percent(share):
    """A share from 0 to 1 as a percent to a hundredth: 0.42857 is 42.86."""
    return (share * HUNDRED).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def combine(scores):
    """{field: percent} averaging each O*NET occupation's {field: share from 0 to 1}, or all None."""
    if not scores:
        return dict.fromkeys(COLUMNS)
    return {field: percent(sum(s[field] for s in scores) / len(scores)) for field in COLUMNS}


class AiExposureImport(FileImport):
    """One import of ``occ_level.csv``, with the crosswalk that places its occupations."""

    def __init__(self, path, crosswalk, overwrite_edited=False, progress_stream=None):
        super().__init__(path, overwrite_edited, progress_stream)
        self.crosswalk_path = crosswalk

    @property
    def described(self):
        return f"{self.path_name} and the crosswalk"

    def run(self):
        started = time.monotonic()
        self.crosswalk, _ = read_crosswalk(self.crosswalk_path)
        scores = self.read()
        self.source = self.tally.ensure(Source, RELEASE.lookup, RELEASE.details)
        self.apply(scores)
        if self.tally.total("created") or self.tally.total("updated"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    def read(self):
        """{O*NET code: (title, {field: share from 0 to 1})} of every row."""
        scores = {}
        with Table(self.path) as table:
            at = self.find_columns(table)
            with Progress(self.progress_stream, f"Importing {table.path.name}") as progress:
                for number, row in table:
                    self.rows += 1
                    code = row[at[CODE]].strip()
                    if not ONET_SOC_CODE.match(code):
                        self.bad(number, CODE, f"{code!r} is not an O*NET-SOC code such as 43-3011.00")
                    shares = {
                        field: self.share(number, column, row[at[column]])
                        for field, column in COLUMNS.items()
                    }
                    scores[code] = (row[at[TITLE]].strip(), shares)
                    progress.update(table.fraction(), self.rows)
                progress.close(self.rows)
        return scores

    def find_columns(self, table):
        at = {}
        for name in (CODE, TITLE, *COLUMNS.values()):
            if name.upper() not in table.header:
                raise CommandError(
                    f"{table.path.name} is not the \u201cGPTs are GPTs\u201d occupation scores (occ_level.csv): "
                    f"no column {name!r}."
                )
            at[name] = table.header.index(name.upper())
        return at

    def bad(self, number, column, message):
        raise CommandError(f"{self.path_name}, row {number:,}, column {column}: {message}.")

    def share(self, number, column, text):
        text = text.strip()
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.bad(number, column, f"{text!r} is not a number")
        if not value.is_finite():
            self.bad(number, column, f"{text!r} is not a number")
        if not 0 <= value <= 1:
            self.bad(number, column, f"{text!r} is not a share from 0 to 1")
        return value

    def apply(self, scores):
        writer = FigureWriter(self.tally, self.overwrite_edited)
        groups = self.crosswalk.group(scores)
        occupations = Occupation.objects.exclude(soc_code=None)
        self.covered = self.catalog = 0
        for occupation in occupations:
            self.catalog += 1
            onet_codes = groups.pop(occupation.soc_code, [])
            chosen = rule.describing(occupation.soc_code, onet_codes, scores)
            if chosen:
                self.covered += 1
            else:
                self.tally.skip(NO_SCORE)
            # An editor's figure keeps the record of where it came from too.
            edited = FIGURE in (occupation.edited_fields or []) and not self.overwrite_edited
            values = combine([scores[code][1] for code in chosen])
            changed = writer.apply(occupation, {FIGURE: values}, self.source)
            if not edited:
                described = [[code, scores[code][0]] for code in chosen]
                changed |= writer.set_record(occupation, "ai_exposure_occupations", described)
            self.tally.count("occupations", "updated" if changed else "unchanged")
        writer.save()
        self.tally.skip(NOT_IN_CATALOG, sum(len(codes) for codes in groups.values()))
        self.tally.skip(NO_SOC, Occupation.objects.filter(soc_code=None).count())

    def notes(self):
        return [f"Exposure scores for {self.covered:,} of the catalog's {self.catalog:,} SOC occupations."]
