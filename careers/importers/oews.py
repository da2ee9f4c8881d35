"""Read the BLS OEWS "all data" layout into categories, occupations, areas, industries and wages.

One row of the file is one published cell: an occupation's employment and wages
in an area and an industry. The import streams the file once, in the order BLS
writes it (within each area and industry, a SOC major group comes before its
detailed occupations), and keeps only small summaries in memory: the national
figures and the best paying state, metro area and industry of each occupation.

Special values are read as BLS means them: ``*`` (wage not available), ``**``
(employment not available), ``-`` (not available) and blank (not applicable)
are missing, never zero; ``#`` is a wage at or above the top code, stored as the
top code and named in the row's ``top_coded`` list (Wage field names, e.g.
``"annual_p90"``; on an occupation, figure fields, e.g. ``"salary_high"``).
"""

import re
import time

from django.core.management.base import CommandError
from django.utils.text import slugify

from careers import bls, figures, prices, slugs
from careers.models import Area, AreaKind, Category, Industry, Occupation, Source, Wage, title_slug
from careers.versions import bump_data_version

from .command import FileImport
from .figures import FigureWriter
from .files import Table
from .numbers import BadValue, number_parser
from .progress import Progress
from .ranking import CROSS_INDUSTRY, RANKED, Ranking, rank_after_prices
from .wages import WageWriter

MISSING = frozenset({"", "*", "**", "-"})
TOP_CODED = "#"

AREA_KINDS = {
    "1": AreaKind.NATION,
    "2": AreaKind.STATE,
    "3": AreaKind.TERRITORY,
    "4": AreaKind.METRO,
    "6": AreaKind.NONMETRO,
}
# BLS calls the nation "U.S."; its slug reads better spelt out.
NATION_SLUG = "united-states"

SALARY_RANGE_LABEL = bls.SALARY_RANGE_LABEL

COUNT, RATE, ANNUAL_WAGE, HOURLY_WAGE = "count", "rate", "annual wage", "hourly wage"

# Wage field, BLS column, and what kind of number it holds.
WAGE_COLUMNS = [
    ("employment", "TOT_EMP", COUNT),
    ("employment_rse", "EMP_PRSE", RATE),
    ("jobs_per_1000", "JOBS_1000", RATE),
    ("location_quotient", "LOC_QUOTIENT", RATE),
    ("hourly_mean", "H_MEAN", HOURLY_WAGE),
    ("annual_mean", "A_MEAN", ANNUAL_WAGE),
    ("mean_rse", "MEAN_PRSE", RATE),
    *((p.hourly, f"H_{p.column}", HOURLY_WAGE) for p in Wage.PERCENTILES),
    *((p.annual, f"A_{p.column}", ANNUAL_WAGE) for p in Wage.PERCENTILES),
]
WAGE_FIELDS = [field for field, _, _ in WAGE_COLUMNS]
REQUIRED_COLUMNS = [
    *("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE"),
    *("OCC_CODE", "OCC_TITLE", "O_GROUP"),
    *(column for _, column, _ in WAGE_COLUMNS),
    "ANNUAL",
]

# The Occupation fields this import fills from the nation's all-industries cell, and
# the Wage field each comes from; with the rankings they make up the figures it fills.
FROM_WAGE = bls.OCCUPATION_FIELDS
FILLED = figures.filled_by({*FROM_WAGE, *RANKED})

SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
NOT_DETAILED = "rows of total, major, minor and broad groups (wages are kept for detailed occupations)"
NO_SOC = "occupations without a SOC code, which imports never change"
NO_NATIONAL_ROW = "occupations with no national cross-industry row, whose figures are left as they are"


def unique_slug(text, taken, suffix, make=slugify):
    """A slug for text that no other row has and that never reads as a pair ("-vs-")."""
    slug = make(text)[:180].strip("-") or suffix
    slug = re.sub(r"(^|-)vs(-|$)", r"\1versus\2", slug)
    if slug in taken:
        slug = f"{slug}-{slugify(suffix)}"
    taken.add(slug)
    return slug


def category_name(major_title):
    return major_title.strip().removesuffix(" Occupations").strip()


class OewsImport(FileImport):
    """One import of a BLS OEWS all-data file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.major_titles = {}
        self.seen_categories = set()
        self.national = {}
        self.ranking = Ranking(WAGE_FIELDS)

    def run(self):
        started = time.monotonic()
        with Table(self.path) as table:
            self.read_header(table)
            self.prepare()
            with Progress(self.progress_stream, f"Importing {table.path.name}") as progress:
                for number, row in table:
                    self.read_row(number, row)
                    self.rows += 1
                    if self.rows % 1000 == 0:
                        progress.update(table.fraction(), self.rows)
                self.wages.close()
                progress.close(self.rows)
        self.fill_figures()
        self.rank_after_prices()
        if self.tally.total("created") or self.tally.total("updated"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
            self.wages.refresh_statistics()
        self.seconds = time.monotonic() - started
        return self.tally

    def read_header(self, table):
        missing = [name for name in REQUIRED_COLUMNS if name not in table.header]
        if missing:
            columns = ", ".join(missing)
            raise CommandError(
                f"{table.path.name} is not a BLS OEWS all-data file: missing column {columns}."
            )
        self.columns = {name: table.header.index(name) for name in REQUIRED_COLUMNS}
        self.parsers = [
            (self.columns[column], field, column, kind, number_parser(Wage._meta.get_field(field)))
            for field, column, kind in WAGE_COLUMNS
        ]

    def prepare(self):
        self.source = self.oews_source()
        self.wages = WageWriter(self.source, WAGE_FIELDS, self.tally)
        self.categories = {c.soc_code: c for c in Category.objects.exclude(soc_code=None)}
        self.category_names = {c.name.lower(): c for c in Category.objects.filter(soc_code=None)}
        self.category_slugs = set(Category.objects.values_list("slug", flat=True))
        self.occupations = {o.soc_code: o for o in Occupation.objects.exclude(soc_code=None)}
        self.occupation_slugs = set(Occupation.objects.values_list("slug", flat=True))
        self.seen_occupations = {}
        self.created_occupations = set()
        self.areas = {a.code: a for a in Area.objects.all()}
        self.areas_by_name = {(a.kind, a.name): a for a in self.areas.values()}
        self.area_slugs = {a.slug for a in self.areas.values()}
        self.seen_areas = {}
        self.industries = {(i.code, i.ownership): i for i in Industry.objects.all()}
        self.seen_industries = {}
        without_soc = Occupation.objects.filter(soc_code=None).count()
        if without_soc:
            self.tally.skip(NO_SOC, without_soc)

    def oews_source(self):
        return self.tally.ensure(
            Source,
            {"name": bls.OEWS_SOURCE_NAME, "as_of": bls.OEWS_AS_OF},
            {"url": bls.OEWS_URL, "as_of_label": bls.OEWS_RELEASE, "short_name": bls.OEWS_SHORT_NAME},
        )

    def bad(self, number, column, message):
        raise CommandError(f"{self.path_name}, row {number:,}, column {column}: {message}.")

    def cell(self, row, column):
        return row[self.columns[column]].strip()

    def read_row(self, number, row):
        group = self.cell(row, "O_GROUP").lower()
        if group != "detailed":
            if group == "major":
                code = self.soc_code(number, row)
                self.major_titles[code] = self.cell(row, "OCC_TITLE")
                if code in self.categories and code not in self.seen_categories:
                    self.seen_categories.add(code)
                    self.tally.count("categories", "unchanged")
            elif group not in ("total", "minor", "broad"):
                self.bad(number, "O_GROUP", f"{group!r} is not total, major, minor, broad or detailed")
            self.tally.skip(NOT_DETAILED)
            return
        area = self.area(number, row)
        industry = self.industry(number, row)
        occupation = self.occupation(number, row)
        values, top_coded = self.wage_values(number, row)
        annual_only = self.cell(row, "ANNUAL").upper() == "TRUE"
        self.wages.add(occupation.pk, area.pk, industry.pk, values, top_coded, annual_only)
        if area.kind == AreaKind.NATION and (industry.code, industry.ownership) == CROSS_INDUSTRY:
            self.national[occupation.soc_code] = (values, top_coded)
        else:
            self.ranking.observe(occupation.soc_code, area, industry, values)

    def soc_code(self, number, row):
        code = self.cell(row, "OCC_CODE")
        if not SOC_CODE.match(code):
            self.bad(number, "OCC_CODE", f"{code!r} is not a SOC code such as 43-3011")
        return code

    def wage_values(self, number, row):
        values = []
        top_coded = []
        for index, field, column, kind, parse in self.parsers:
            text = row[index].strip()
            if text in MISSING:
                values.append(None)
            elif text == TOP_CODED:
                if kind == ANNUAL_WAGE:
                    values.append(Wage.TOP_CODE_ANNUAL)
                elif kind == HOURLY_WAGE:
                    values.append(Wage.TOP_CODE_HOURLY)
                else:
                    self.bad(number, column, "# (top-coded) is only used for wages")
                top_coded.append(field)
            else:
                try:
                    values.append(parse(text))
                except BadValue as error:
                    self.bad(number, column, str(error))
        return tuple(values), top_coded

    # Categories, occupations, areas, industries ------------------------------

    def category(self, number, code):
        category = self.categories.get(code)
        if category is None:
            title = self.major_titles.get(code)
            if title is None:
                self.bad(number, "OCC_CODE", f"an occupation comes before its major group {code}")
            name = category_name(title)
            category = self.category_names.get(name.lower())
            if category is not None:
                # A category an editor made before its SOC code was known.
                category.soc_code = code
                category.save(update_fields=["soc_code"])
                self.tally.count("categories", "updated")
            else:
                slug = unique_slug(name, self.category_slugs, code)
                category = Category.objects.create(name=name, slug=slug, soc_code=code)
                self.tally.count("categories", "created")
            self.categories[code] = category
            self.seen_categories.add(code)
        elif code not in self.seen_categories:
            self.seen_categories.add(code)
            self.tally.count("categories", "unchanged")
        return category

    def occupation(self, number, row):
        code = self.cell(row, "OCC_CODE")
        occupation = self.seen_occupations.get(code)
        if occupation is not None:
            return occupation
        code = self.soc_code(number, row)
        occupation = self.occupations.get(code)
        if occupation is None:
            title = self.cell(row, "OCC_TITLE")
            if not title:
                self.bad(number, "OCC_TITLE", "the title is blank")
            occupation = Occupation.objects.create(
                category=self.category(number, code[:2] + "-0000"),
                title=title,
                slug=unique_slug(title, self.occupation_slugs, code, make=title_slug),
                soc_code=code,
            )
            slugs.record_glued(occupation)
            self.occupations[code] = occupation
            self.created_occupations.add(code)
        self.seen_occupations[code] = occupation
        return occupation

    def area(self, number, row):
        code = self.cell(row, "AREA")
        area = self.seen_areas.get(code)
        if area is not None:
            return area
        if not code:
            self.bad(number, "AREA", "the area code is blank")
        kind = AREA_KINDS.get(self.cell(row, "AREA_TYPE"))
        if kind is None:
            self.bad(
                number, "AREA_TYPE", f"{self.cell(row, 'AREA_TYPE')!r} is not an area type 1, 2, 3, 4 or 6"
            )
        name = self.cell(row, "AREA_TITLE")
        if not name:
            self.bad(number, "AREA_TITLE", "the area name is blank")
        wanted = {"name": name, "kind": kind, "state": self.cell(row, "PRIM_STATE")[:2]}
        # BLS has written the same area's code in more than one way (state "01" in a
        # workbook, "0100000" in its flat files): the same area by name keeps its page.
        area = self.areas.get(code) or self.areas_by_name.get((kind, name))
        if area is not None and area.code != code:
            wanted["code"] = code
        if area is None:
            slug = NATION_SLUG if kind == AreaKind.NATION else unique_slug(name, self.area_slugs, code)
            area = Area.objects.create(code=code, slug=slug, **wanted)
            self.tally.count("areas", "created")
        else:
            changed = self.update(area, wanted)
            self.tally.count("areas", "updated" if changed else "unchanged")
        self.seen_areas[code] = area
        return area

    def industry(self, number, row):
        code = self.cell(row, "NAICS")
        if code.isdigit():
            code = code.zfill(6)
        key = (code, self.cell(row, "OWN_CODE"))
        industry = self.seen_industries.get(key)
        if industry is not None:
            return industry
        if not code:
            self.bad(number, "NAICS", "the industry code is blank")
        if not key[1]:
            self.bad(number, "OWN_CODE", "the ownership code is blank")
        wanted = {"title": self.cell(row, "NAICS_TITLE"), "level": self.cell(row, "I_GROUP")}
        industry = self.industries.get(key)
        if industry is None:
            industry = Industry.objects.create(code=key[0], ownership=key[1], **wanted)
            self.tally.count("industries", "created")
        else:
            changed = self.update(industry, wanted)
            self.tally.count("industries", "updated" if changed else "unchanged")
        self.seen_industries[key] = industry
        return industry

    @staticmethod
    def update(obj, wanted):
        changed = [name for name, value in wanted.items() if getattr(obj, name) != value]
        for name in changed:
            setattr(obj, name, wanted[name])
        if changed:
            obj.save(update_fields=changed)
        return bool(changed)

    # Occupation figures -------------------------------------------------------

    def figure_values(self, soc_code):
        """This import's figures of an occupation, by figure, and the fields that are top-coded."""
        values, top_coded = self.national[soc_code]
        wage = dict(zip(WAGE_FIELDS, values, strict=True))
        fields = {name: wage[field] for name, field in FROM_WAGE.items()}
        has_range = fields["salary_low"] is not None or fields["salary_high"] is not None
        fields["salary_range_label"] = SALARY_RANGE_LABEL if has_range else ""
        fields.update(self.ranking.winners(soc_code))
        top = {name for name, field in FROM_WAGE.items() if field in top_coded}
        return {figure.name: {name: fields[name] for name in figure.fields} for figure in FILLED}, top

    def fill_figures(self):
        writer = FigureWriter(self.tally, self.overwrite_edited)
        for soc_code, occupation in self.seen_occupations.items():
            changed = False
            if soc_code not in self.national:
                self.tally.skip(NO_NATIONAL_ROW)
            else:
                values, top = self.figure_values(soc_code)
                changed = writer.apply(occupation, values, self.source, top)
            if soc_code in self.created_occupations:
                self.tally.count("occupations", "created")
            else:
                self.tally.count("occupations", "updated" if changed else "unchanged")
        writer.save()

    def rank_after_prices(self):
        """Rank the new cells after prices, once ``import_rpp`` has set areas' price levels."""
        source = Source.objects.filter(**prices.RPP.lookup).first()
        if source is not None and Area.objects.exclude(price_level=None).exists():
            rank_after_prices(self.tally, source, self.overwrite_edited)
