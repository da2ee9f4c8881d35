"""Import the O*NET database's other titles of occupations and their related occupations.

Alternate Titles, Sample of Reported Titles and Related Occupations come from one or
more release folders (``onet_files``), each row citing the release its file came from.
They are no figures of the registry but rows of their own (``AlternateTitle``,
``RelatedOccupation``), written by ``RowWriter``s. Which O*NET occupations describe
each BLS occupation is ``onet_rule``'s one rule, with BLS's crosswalk placing O*NET
occupations, on both sides of a related pair, under SOC codes.
"""

import time

from careers.models import AlternateTitle, Occupation, RelatedOccupation, Source, TitleKind
from careers.versions import bump_data_version

from . import onet_files as files
from . import onet_rule as rule
from .onet_folders import FoldersImport
from .rows import RowWriter, touch

TITLE_LENGTH = AlternateTitle._meta.get_field("title").max_length
# The file a title of each kind comes from, whose release it cites.
FILE_OF_KIND = {TitleKind.REPORTED: files.REPORTED_TITLES, TitleKind.ALTERNATE: files.ALTERNATE_TITLES}

NO_TITLES = "occupations O*NET lists no other title for"
NO_RELATED = "occupations O*NET lists no related occupation for"
TOO_LONG = f"titles longer than the {TITLE_LENGTH} characters the database holds"
WITHIN = "related pairs of O*NET occupations under one SOC code (an occupation and its specialty)"
OUTSIDE = "related pairs whose related O*NET occupation is under no SOC code of the catalog"
TITLED_ELSEWHERE = "O*NET occupations with titles under no SOC code of the catalog"
RELATED_ELSEWHERE = "O*NET occupations with related occupations under no SOC code of the catalog"
NO_SOC = "occupations without a SOC code, which imports never change"


class OnetTitlesImport(FoldersImport):
    """One import of O*NET database folders' titles and related occupations, with the crosswalk."""

    names = files.TITLE_FILES

    def run(self):
        started = time.monotonic()
        self.locate()
        reader = files.OnetReader(self.progress_stream)
        reported = reader.reported_titles(self.files[files.REPORTED_TITLES])
        alternates = reader.alternate_titles(self.files[files.ALTERNATE_TITLES])
        related = reader.related_occupations(self.files[files.RELATED_OCCUPATIONS])
        self.rows += reader.rows
        sources = self.sources()
        occupations = list(
            Occupation.objects.exclude(soc_code=None).only(
                "pk", "soc_code", "title", "edited_fields", "updated_at"
            )
        )
        changed = self.apply_titles(occupations, reported, alternates, sources)
        changed |= self.apply_related(occupations, related, sources[files.RELATED_OCCUPATIONS])
        touch([o for o in occupations if o.pk in changed])
        self.tally.skip(NO_SOC, Occupation.objects.filter(soc_code=None).count())
        if self.tally.total("created") or self.tally.total("updated") or self.tally.total("deleted"):
            # Bulk writes send no signals: tell the page cache that the rows changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    def sources(self):
        """{file name: the Source of the release it came from}."""
        releases = dict.fromkeys(f.release for f in self.files.values())
        for release in releases:
            releases[release] = self.tally.ensure(Source, release.lookup, release.details)
        return {name: releases[f.release] for name, f in self.files.items()}

    def apply_titles(self, occupations, reported, alternates, sources):
        """Write each occupation's other titles; returns the ids of the occupations changed."""
        writer = RowWriter(AlternateTitle, "title", self.tally, self.overwrite_edited)
        titled = reported.keys() | alternates.keys()
        groups = self.crosswalk.group(titled)
        changed = set()
        for occupation in occupations:
            chosen = rule.naming(occupation.soc_code, groups.pop(occupation.soc_code, []), titled)
            if not chosen:
                self.tally.skip(NO_TITLES)
            rows = rule.titles(
                [(reported.get(c, []), alternates.get(c, [])) for c in chosen], occupation.title
            )
            wanted = {}
            for row in rows:
                if len(row["title"]) > TITLE_LENGTH:
                    self.tally.skip(TOO_LONG)
                    continue
                source = sources[FILE_OF_KIND[row["kind"]]]
                wanted[row["title"]] = {"kind": row["kind"], "common": row["common"], "source_id": source.pk}
            if writer.apply(occupation, wanted):
                changed.add(occupation.pk)
        writer.save()
        self.tally.skip(TITLED_ELSEWHERE, sum(len(codes) for codes in groups.values()))
        return changed

    def apply_related(self, occupations, related, source):
        """Write each occupation's related occupations; returns the ids of the occupations changed."""
        writer = RowWriter(RelatedOccupation, "related_id", self.tally, self.overwrite_edited)
        by_soc_code = {o.soc_code: o.pk for o in occupations}
        groups = self.crosswalk.group(related)
        changed = set()
        for occupation in occupations:
            chosen = rule.describing(occupation.soc_code, groups.pop(occupation.soc_code, []), related)
            if not chosen:
                self.tally.skip(NO_RELATED)
            pairs = rule.related([related[code] for code in chosen], self.crosswalk.soc_code)
            if pairs.pop(occupation.soc_code, None):
                self.tally.skip(WITHIN)
            wanted = {}
            for soc_code, (tier, rank) in pairs.items():
                if soc_code not in by_soc_code:
                    self.tally.skip(OUTSIDE)
                    continue
                wanted[by_soc_code[soc_code]] = {"tier": tier, "rank": rank, "source_id": source.pk}
            if writer.apply(occupation, wanted):
                changed.add(occupation.pk)
        writer.save()
        self.tally.skip(RELATED_ELSEWHERE, sum(len(codes) for codes in groups.values()))
        return changed
