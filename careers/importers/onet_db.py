"""Import the O*NET database's duties, skills, technologies, education, experience and job zones.

The files come from one or more release folders (``onet_files``), each figure citing
the release its file came from; which O*NET occupations describe each BLS occupation,
and how several combine, is ``onet_rule``'s one rule, with BLS's crosswalk placing
O*NET occupations under SOC codes.
"""

import time

from careers.models import Occupation, Source
from careers.versions import bump_data_version

from . import onet_files as files
from . import onet_rule as rule
from .figures import FigureWriter
from .onet_folders import FoldersImport

# The file each kind of data of the rule is read from.
FILE_OF = {
    rule.TASKS: files.TASKS,
    rule.SKILLS: files.SKILLS,
    rule.TECHNOLOGIES: files.TECHNOLOGIES,
    rule.REQUIRED_EDUCATION: files.EDUCATION,
    rule.RELATED_EXPERIENCE: files.EDUCATION,
    rule.JOB_ZONE: files.JOB_ZONES,
}
RELATED = ["duties", "skills", "technologies", "education_levels"]

NO_DATA = (
    'occupations O*NET has no data for (it rates no "All Other" occupation), whose O*NET figures stay empty'
)
NOT_IN_CATALOG = "O*NET occupations under no SOC code of the catalog"
NO_SOC = "occupations without a SOC code, which imports never change"


class OnetDatabaseImport(FoldersImport):
    """One import of O*NET database folders, with the crosswalk that places their occupations."""

    def run(self):
        started = time.monotonic()
        self.locate()
        data = self.read()
        releases = {}
        for name in FILE_OF.values():
            release = self.files[name].release
            if release not in releases:
                releases[release] = self.tally.ensure(Source, release.lookup, release.details)
        sources = {kind: releases[self.files[name].release] for kind, name in FILE_OF.items()}
        self.apply(data, sources)
        if self.tally.total("created") or self.tally.total("updated") or self.tally.total("deleted"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    def read(self):
        """{kind of data: {O*NET code: its data of that kind}}."""
        reader = files.OnetReader(self.progress_stream)
        education = reader.education(self.files[files.EDUCATION])
        data = {
            rule.TASKS: reader.tasks(self.files[files.TASKS]),
            rule.SKILLS: reader.skills(self.files[files.SKILLS]),
            rule.TECHNOLOGIES: reader.technologies(self.files[files.TECHNOLOGIES]),
            rule.REQUIRED_EDUCATION: education[files.REQUIRED_EDUCATION],
            rule.RELATED_EXPERIENCE: education[files.RELATED_EXPERIENCE],
            rule.JOB_ZONE: reader.job_zones(self.files[files.JOB_ZONES]),
        }
        self.rows += reader.rows
        return data

    def apply(self, data, sources):
        writer = FigureWriter(self.tally, self.overwrite_edited)
        groups = self.crosswalk.group({code for found in data.values() for code in found})
        occupations = Occupation.objects.exclude(soc_code=None).prefetch_related(*RELATED)
        for occupation in occupations:
            onet_codes = groups.pop(occupation.soc_code, [])
            used = set()
            changed = False
            for kind in rule.KINDS:
                chosen = rule.describing(occupation.soc_code, onet_codes, data[kind])
                used.update(chosen)
                values = rule.figures(kind, [data[kind][code] for code in chosen])
                changed |= writer.apply(occupation, values, sources[kind])
            if not used:
                self.tally.skip(NO_DATA)
            described = [[code, self.crosswalk.title(code)] for code in sorted(used)]
            changed |= writer.set_record(occupation, "onet_occupations", described)
            self.tally.count("occupations", "updated" if changed else "unchanged")
        writer.save()
        self.tally.skip(NOT_IN_CATALOG, sum(len(codes) for codes in groups.values()))
        self.tally.skip(NO_SOC, Occupation.objects.filter(soc_code=None).count())
