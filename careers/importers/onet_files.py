"""The O*NET database's text files: which release folder each comes from, and what each holds.

A release of the O*NET database is a folder of tab-separated files (plain or gzipped)
with a "Read Me.txt" that names it ("O*NET 30.1 Database", "December 2025 Release").
Given several folders, a later folder's file replaces an earlier one's, so that
``29.3 30.1`` takes skills, education and job zones from 30.1 and the rest from 29.3,
and each figure cites the release its file came from.

Each reader returns what a file holds for each O*NET occupation, by O*NET-SOC code.
``FILES`` are the files the figures come from (``onet_db``), ``TITLE_FILES`` those of
other titles and related occupations (``onet_titles``).
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.management.base import CommandError

from careers import bls
from careers.models import RelatedTier

from .files import Table
from .progress import Progress

README = "Read Me.txt"
RELEASE_NAME = re.compile(r"O\*NET (\d+\.\d+) Database")
RELEASE_MONTH = re.compile(r"^(\w+ \d{4}) Release", re.MULTILINE)

TASKS, SKILLS, TECHNOLOGIES, EDUCATION, JOB_ZONES = (
    "Task Statements",
    "Skills",
    "Technology Skills",
    "Education, Training, and Experience",
    "Job Zones",
)
FILES = [TASKS, SKILLS, TECHNOLOGIES, EDUCATION, JOB_ZONES]
ALTERNATE_TITLES, REPORTED_TITLES, RELATED_OCCUPATIONS = (
    "Alternate Titles",
    "Sample of Reported Titles",
    "Related Occupations",
)
TITLE_FILES = [ALTERNATE_TITLES, REPORTED_TITLES, RELATED_OCCUPATIONS]

CODE = "O*NET-SOC Code"
ONET_SOC_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
TASK_TYPES = {"Core": True, "Supplemental": False, "n/a": False, "": False}
YES_NO = {"Y": True, "N": False}
# Scale ID: (low, high) of the values it rates.
SKILL_SCALES = {"IM": (Decimal(1), Decimal(5)), "LV": (Decimal(0), Decimal(7))}
SHARE = (Decimal(0), Decimal(100))
# The two scales of the education file the figures use: required education and related experience.
REQUIRED_EDUCATION, RELATED_EXPERIENCE = "RL", "RW"
RELATEDNESS_TIERS = {
    "Primary-Short": RelatedTier.PRIMARY_SHORT,
    "Primary-Long": RelatedTier.PRIMARY_LONG,
    "Supplemental": RelatedTier.SUPPLEMENTAL,
}
# O*NET lists up to 20 related occupations; a later release may list more, but not thousands.
MAX_INDEX = 999


@dataclass(frozen=True)
class OnetFile:
    name: str
    path: Path
    release: bls.Release


def read_release(folder):
    """The release a folder holds, from its "Read Me.txt"."""
    path = Path(folder) / README
    if not path.is_file():
        raise CommandError(f"{folder} has no {README}, which names the O*NET release its files belong to.")
    text = path.read_text(encoding="utf-8-sig")
    name, month = RELEASE_NAME.search(text), RELEASE_MONTH.search(text)
    if not (name and month):
        raise CommandError(
            f'{path}: no release named in it such as "O*NET 30.1 Database" and "December 2025 Release".'
        )
    try:
        as_of = datetime.datetime.strptime(month.group(1), "%B %Y").date()
    except ValueError:
        raise CommandError(f"{path}: {month.group(1)!r} is not a month such as December 2025.") from None
    return bls.onet_release(name.group(1), as_of)


def locate(folders, names=FILES):
    """{file name: OnetFile} of each of the named files, from the last folder that has it."""
    found = {}
    for folder in folders:
        if not Path(folder).is_dir():
            raise CommandError(f"{folder} is not a folder of O*NET database files.")
        release = read_release(folder)
        for name in names:
            for path in (Path(folder) / f"{name}.txt", Path(folder) / f"{name}.txt.gz"):
                if path.is_file():
                    found[name] = OnetFile(name, path, release)
    missing = [name for name in names if name not in found]
    if missing:
        listed = ", ".join(f'"{name}.txt"' for name in missing)
        raise CommandError(f"No folder given has {listed} (plain or .gz).")
    return found


def bad(path, number, column, message):
    return CommandError(f"{Path(path).name}, row {number:,}, column {column}: {message}.")


class OnetReader:
    """Reads O*NET files row by row, counting rows and drawing a progress bar for each file."""

    def __init__(self, progress_stream=None):
        self.progress_stream = progress_stream
        self.rows = 0

    def rows_of(self, onet_file, columns):
        """Yield (row number, O*NET-SOC code, [cell of each column]) for every row of the file."""
        with Table(onet_file.path, delimiter="\t") as table:
            missing = [name for name in [CODE, *columns] if name.upper() not in table.header]
            if missing:
                raise CommandError(
                    f"{table.path.name} is not O*NET's {onet_file.name}: missing column {', '.join(missing)}."
                )
            code_at = table.header.index(CODE.upper())
            at = [table.header.index(name.upper()) for name in columns]
            with Progress(self.progress_stream, f"Reading {table.path.name}") as progress:
                for number, row in table:
                    self.rows += 1
                    code = row[code_at].strip()
                    if not ONET_SOC_CODE.match(code):
                        raise bad(
                            table.path, number, CODE, f"{code!r} is not an O*NET-SOC code such as 43-3011.00"
                        )
                    yield number, code, [row[i].strip() for i in at]
                    progress.update(table.fraction(), self.rows)
                progress.close(self.rows)

    def tasks(self, onet_file):
        """{code: [(task, core)]} in the file's order."""
        found = {}
        for number, code, (text, kind) in self.rows_of(onet_file, ["Task", "Task Type"]):
            if kind not in TASK_TYPES:
                raise bad(onet_file.path, number, "Task Type", f"{kind!r} is not Core, Supplemental or n/a")
            if text:
                found.setdefault(code, []).append((text, TASK_TYPES[kind]))
        return found

    def skills(self, onet_file):
        """{code: {element id: [name, importance, level or None where "Not Relevant"]}}."""
        found = {}
        columns = ["Element ID", "Element Name", "Scale ID", "Data Value", "Not Relevant"]
        for number, code, (element, name, scale, value, not_relevant) in self.rows_of(onet_file, columns):
            if scale not in SKILL_SCALES:
                raise bad(
                    onet_file.path, number, "Scale ID", f"{scale!r} is not IM (importance) or LV (level)"
                )
            rating = decimal(onet_file.path, number, "Data Value", value, SKILL_SCALES[scale])
            skill = found.setdefault(code, {}).setdefault(element, [name, None, None])
            if scale == "IM":
                skill[1] = rating
            elif not_relevant != "Y":
                skill[2] = rating
        return found

    def technologies(self, onet_file):
        """{code: [(example, commodity title, hot, in demand)]} in the file's order."""
        found = {}
        columns = ["Example", "Commodity Title", "Hot Technology", "In Demand"]
        for number, code, (name, category, hot, in_demand) in self.rows_of(onet_file, columns):
            flags = []
            for column, flag in (("Hot Technology", hot), ("In Demand", in_demand)):
                if flag not in YES_NO:
                    raise bad(onet_file.path, number, column, f"{flag!r} is not Y or N")
                flags.append(YES_NO[flag])
            if name:
                found.setdefault(code, []).append((name, category, *flags))
        return found

    def education(self, onet_file):
        """{"RL": {code: {category: percent}}, "RW": {...}}; the file's other scales are not used."""
        found = {REQUIRED_EDUCATION: {}, RELATED_EXPERIENCE: {}}
        for number, code, (scale, category, value) in self.rows_of(
            onet_file, ["Scale ID", "Category", "Data Value"]
        ):
            if scale not in found:
                continue
            if not category.isdigit():
                raise bad(onet_file.path, number, "Category", f"{category!r} is not a category number")
            share = decimal(onet_file.path, number, "Data Value", value, SHARE)
            found[scale].setdefault(code, {})[int(category)] = share
        return found

    def job_zones(self, onet_file):
        """{code: zone 1 to 5}."""
        found = {}
        for number, code, (zone,) in self.rows_of(onet_file, ["Job Zone"]):
            if zone not in {"1", "2", "3", "4", "5"}:
                raise bad(onet_file.path, number, "Job Zone", f"{zone!r} is not a job zone from 1 to 5")
            found[code] = int(zone)
        return found

    def alternate_titles(self, onet_file):
        """{code: [title]} in the file's order."""
        found = {}
        for _, code, (title,) in self.rows_of(onet_file, ["Alternate Title"]):
            if title:
                found.setdefault(code, []).append(title)
        return found

    def reported_titles(self, onet_file):
        """{code: [(title, shown in My Next Move)]} in the file's order."""
        found = {}
        column = "Shown in My Next Move"
        for number, code, (title, shown) in self.rows_of(onet_file, ["Reported Job Title", column]):
            if shown not in YES_NO:
                raise bad(onet_file.path, number, column, f"{shown!r} is not Y or N")
            if title:
                found.setdefault(code, []).append((title, YES_NO[shown]))
        return found

    def related_occupations(self, onet_file):
        """{code: [(related code, RelatedTier, index)]} in the file's order."""
        found = {}
        columns = ["Related O*NET-SOC Code", "Relatedness Tier", "Index"]
        for number, code, (related, tier, index) in self.rows_of(onet_file, columns):
            if not ONET_SOC_CODE.match(related):
                raise bad(
                    onet_file.path,
                    number,
                    columns[0],
                    f"{related!r} is not an O*NET-SOC code such as 43-3011.00",
                )
            if tier not in RELATEDNESS_TIERS:
                tiers = ", ".join(RELATEDNESS_TIERS)
                raise bad(onet_file.path, number, columns[1], f"{tier!r} is not one of {tiers}")
            if not (index.isdigit() and 1 <= int(index) <= MAX_INDEX):
                raise bad(
                    onet_file.path, number, columns[2], f"{index!r} is not an index from 1 to {MAX_INDEX}"
                )
            found.setdefault(code, []).append((related, RELATEDNESS_TIERS[tier], int(index)))
        return found


def decimal(path, number, column, text, scale):
    low, high = scale
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise bad(path, number, column, f"{text!r} is not a number") from None
    if not (value.is_finite() and low <= value <= high):
        raise bad(path, number, column, f"{text} is outside the scale's {low} to {high}")
    return value
