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

import json
import re
import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone
from django.utils.text import slugify

from careers import bls, wording
from careers.caching import bump_data_version
from careers.models import Area, AreaKind, Category, Industry, Occupation, Source, Wage

from .command import FileImport
from .files import Table
from .progress import Progress

REQUIRED_COLUMNS = [
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
]

MISSING = frozenset({"", "*", "**", "-"})
TOP_CODED = "#"

AREA_KINDS = {
    "1": AreaKind.NATION,
    "2": AreaKind.STATE,
    "3": AreaKind.TERRITORY,
    "4": AreaKind.METRO,
    "6": AreaKind.NONMETRO,
}
CROSS_INDUSTRY = ("000000", "1235")
# BLS calls the nation "U.S."; its slug reads better spelt out.
NATION_SLUG = "united-states"

# "Highest paying state" ranks the 50 states and the District of Columbia (BLS
# area type 2), not the territories; "highest paying city" ranks metropolitan
# areas; "best paying industry" ranks the national 4-digit NAICS industries,
# which name a line of business ("Software Publishers") where sectors are too
# broad to say much. All three only among cells that pass bls.RANKING_*.
HIGHEST_PAYING_STATE_KIND = AreaKind.STATE
HIGHEST_PAYING_CITY_KIND = AreaKind.METRO
BEST_PAYING_INDUSTRY_LEVEL = "4-digit"
SALARY_RANGE_LABEL = "10th to 90th percentile"
HOURS_A_YEAR = 2080

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
    ("hourly_p10", "H_PCT10", HOURLY_WAGE),
    ("hourly_p25", "H_PCT25", HOURLY_WAGE),
    ("hourly_median", "H_MEDIAN", HOURLY_WAGE),
    ("hourly_p75", "H_PCT75", HOURLY_WAGE),
    ("hourly_p90", "H_PCT90", HOURLY_WAGE),
    ("annual_p10", "A_PCT10", ANNUAL_WAGE),
    ("annual_p25", "A_PCT25", ANNUAL_WAGE),
    ("annual_median", "A_MEDIAN", ANNUAL_WAGE),
    ("annual_p75", "A_PCT75", ANNUAL_WAGE),
    ("annual_p90", "A_PCT90", ANNUAL_WAGE),
]
WAGE_FIELDS = [field for field, _, _ in WAGE_COLUMNS]
EMPLOYMENT, EMPLOYMENT_RSE, HOURLY_MEAN, ANNUAL_MEAN, MEAN_RSE, ANNUAL_P10, ANNUAL_P90 = (
    WAGE_FIELDS.index(name)
    for name in (
        "employment",
        "employment_rse",
        "hourly_mean",
        "annual_mean",
        "mean_rse",
        "annual_p10",
        "annual_p90",
    )
)

# The Occupation figures this import fills, the fields each one spans, and the
# Wage field each value comes from (figure fields that are wages can be top-coded).
FIGURE_FIELDS = {
    "yearly_salary": ["yearly_salary"],
    "hourly_rate": ["hourly_rate"],
    "salary_range": ["salary_low", "salary_high", "salary_range_label"],
    "jobs": ["jobs"],
    "highest_paying_state": ["highest_paying_state"],
    "highest_paying_city": ["highest_paying_city"],
    "best_paying_industry": ["best_paying_industry"],
}
FROM_WAGE = {
    "yearly_salary": "annual_mean",
    "hourly_rate": "hourly_mean",
    "salary_low": "annual_p10",
    "salary_high": "annual_p90",
    "jobs": "employment",
}
TOP_CODABLE = {"yearly_salary", "hourly_rate", "salary_low", "salary_high"}

SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
BATCH_SIZE = 5000
SCRATCH_TABLE = "careers_wage_import"
NOT_DETAILED = "rows of total, major, minor and broad groups (wages are kept for detailed occupations)"
EDITED = "figures edited by hand, left as they are (use --overwrite-edited to replace them)"
NO_SOC = "occupations without a SOC code, which imports never change"
NO_NATIONAL_ROW = "occupations with no national cross-industry row, whose figures are left as they are"


class BadValue(ValueError):
    pass


def _number_parser(model_field, kind):
    """A function from a cell's text to the value the Wage field stores, raising BadValue."""
    integer = kind in (COUNT, ANNUAL_WAGE)
    if integer:
        limit = 2**31
        places = 0
    else:
        places = model_field.decimal_places
        limit = Decimal(10) ** (model_field.max_digits - places)
    exponent = Decimal(1).scaleb(-places)

    def parse(text):
        digits = text.replace(",", "") if "," in text else text
        try:
            value = int(digits) if integer else Decimal(digits)
        except ValueError:
            value = _integral(digits, text)
        except InvalidOperation:
            raise BadValue(f"{text!r} is not a number") from None
        if not integer:
            if not value.is_finite():
                raise BadValue(f"{text!r} is not a number")
            if value.as_tuple().exponent < -places:
                value = value.quantize(exponent, rounding=ROUND_HALF_UP)
        if value < 0:
            raise BadValue(f"{text!r} is negative")
        if value >= limit:
            raise BadValue(f"{text!r} is too large")
        return value

    return parse


def _integral(digits, text):
    """Whole numbers written as "49060.0", as spreadsheets sometimes save them."""
    try:
        value = Decimal(digits)
    except InvalidOperation:
        raise BadValue(f"{text!r} is not a number") from None
    if not value.is_finite() or value != value.to_integral_value():
        raise BadValue(f"{text!r} is not a whole number")
    return int(value)


# Plural-looking words before "and" that name a field, not people ("public relations and ...").
NOT_PERSONS = ("ions", "ics", "ss", "us", "sales", "services", "systems", "goods", "arts")


def singular_title(title):
    """A reasonable singular for a plural BLS title, mid-sentence.

    "Bill and Account Collectors" -> "bill and account collector";
    "Chefs and Head Cooks" -> "chef and head cook";
    "First-Line Supervisors of Retail Sales Workers" ->
    "first-line supervisor of retail sales workers". Editors correct the rest.
    """
    text = wording.lower_first(title)
    head, tail = _split_head(text)
    parts = head.split(" and ")
    singular = []
    for position, part in enumerate(parts):
        words = part.split(" ")
        last = position == len(parts) - 1
        if last or (words[-1].endswith("s") and not words[-1].endswith(NOT_PERSONS)):
            words[-1] = singular_noun(words[-1])
        singular.append(" ".join(words))
    return " and ".join(singular) + tail


def _split_head(text):
    cut = len(text)
    for marker in (",", " of ", " in ", " for ", " except ", " including "):
        found = text.find(marker)
        if found != -1:
            cut = min(cut, found)
    return text[:cut], text[cut:]


def singular_noun(word):
    lower = word.lower()
    for singular, plural in wording.IRREGULAR_PLURALS.items():
        if lower == plural:
            return word[: len(word) - len(plural)] + singular if singular != plural else word
    if lower.endswith("men") and len(lower) > 3:
        return word[:-3] + word[-3] + "an"
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unique_slug(text, taken, suffix):
    """A slug for text that no other row has and that never reads as a pair ("-vs-")."""
    slug = slugify(text)[:180].strip("-") or suffix
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
        self.pending = []
        self.major_titles = {}
        self.seen_categories = set()
        self.national = {}
        self.best = {}

    # Reading ----------------------------------------------------------------

    def run(self):
        started = time.monotonic()
        with Table(self.path) as table:
            missing = [name for name in REQUIRED_COLUMNS if name not in table.header]
            if missing:
                columns = ", ".join(missing)
                raise CommandError(
                    f"{table.path.name} is not a BLS OEWS all-data file: missing column {columns}."
                )
            self.columns = {name: table.header.index(name) for name in REQUIRED_COLUMNS}
            self.parsers = [
                (self.columns[column], field, column, kind, _number_parser(Wage._meta.get_field(field), kind))
                for field, column, kind in WAGE_COLUMNS
            ]
            self.prepare()
            with Progress(self.progress_stream, f"Importing {table.path.name}") as progress:
                for number, row in table:
                    self.read_row(number, row)
                    self.rows += 1
                    if self.rows % 1000 == 0:
                        progress.update(table.fraction(), self.rows)
                self.flush()
                self.drop_scratch()
                progress.close(self.rows)
        self.fill_figures()
        if self.tally.total("created") or self.tally.total("updated"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
            self.refresh_statistics()
        self.seconds = time.monotonic() - started
        return self.tally

    def refresh_statistics(self):
        """Let the query planner see the new wages at once: without fresh statistics
        SQLite reads a page's two occupations' wages by area instead of by occupation,
        a query some twenty times slower."""
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Wage._meta.db_table}")

    def prepare(self):
        self.source = self.oews_source()
        self.had_wages = Wage.objects.exists()
        self.prepare_upsert()
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
            {"url": bls.OEWS_URL, "as_of_label": bls.OEWS_RELEASE},
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
        self.pending.append((occupation.pk, area.pk, industry.pk, values, top_coded, annual_only))
        if len(self.pending) >= BATCH_SIZE:
            self.flush()
        self.observe(occupation.soc_code, area, industry, values, top_coded)

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
                slug=unique_slug(title, self.occupation_slugs, code),
                soc_code=code,
                singular=singular_title(title),
                plural=wording.lower_first(title),
            )
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

    # Wages ------------------------------------------------------------------

    def prepare_upsert(self):
        """The SQL that writes one wage cell, inserting it or updating the one already there."""
        quote = connection.ops.quote_name
        meta = Wage._meta
        written = ["occupation", "area", "industry", "source", *WAGE_FIELDS, "annual_only", "top_coded"]
        others = [f for f in meta.concrete_fields if not f.primary_key and f.name not in written]
        # Fields added to Wage later get their defaults on insert and are left alone on update.
        self.defaults = tuple(f.get_db_prep_save(f.get_default(), connection) for f in others)
        columns = [meta.get_field(name).column for name in written]
        self.column_list = ", ".join(quote(c) for c in columns + [f.column for f in others])
        on_conflict = f"ON CONFLICT ({', '.join(quote(c) for c in columns[:3])}) DO UPDATE SET " + ", ".join(
            f"{quote(c)} = EXCLUDED.{quote(c)}" for c in columns[3:]
        )
        table = quote(meta.db_table)
        placeholders = ", ".join(["%s"] * (len(columns) + len(others)))
        self.upsert = f"INSERT INTO {table} ({self.column_list}) VALUES ({placeholders}) {on_conflict}"
        self.upsert_from_scratch = f"INSERT INTO {table} ({self.column_list}) SELECT {self.column_list} FROM {SCRATCH_TABLE} {on_conflict}"
        self.scratch_ready = False
        self.json_values = {}

    def write(self, rows, new):
        """Insert or update wage cells without building a model instance for each.

        Several times faster than bulk_create on 300,000 rows: SQLite runs one
        prepared upsert many times; PostgreSQL copies new cells straight into the
        table, and changed ones into a scratch table that one statement upserts.
        """
        if not rows:
            return
        with connection.cursor() as cursor:
            if connection.vendor != "postgresql":
                cursor.executemany(self.upsert, rows)
                return
            if new:
                self.copy(cursor, connection.ops.quote_name(Wage._meta.db_table), rows)
                return
            if not self.scratch_ready:
                cursor.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
                cursor.execute(
                    f"CREATE TEMPORARY TABLE {SCRATCH_TABLE} AS SELECT {self.column_list} "
                    f"FROM {connection.ops.quote_name(Wage._meta.db_table)} WITH NO DATA"
                )
                self.scratch_ready = True
            cursor.execute(f"TRUNCATE {SCRATCH_TABLE}")
            self.copy(cursor, SCRATCH_TABLE, rows)
            cursor.execute(self.upsert_from_scratch)

    def copy(self, cursor, table, rows):
        with cursor.cursor.copy(f"COPY {table} ({self.column_list}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def drop_scratch(self):
        if self.scratch_ready:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
            self.scratch_ready = False

    def json(self, top_coded):
        key = tuple(top_coded)
        if key not in self.json_values:
            if connection.vendor == "postgresql":
                # Copied as text into a jsonb column.
                self.json_values[key] = json.dumps(top_coded)
            else:
                self.json_values[key] = Wage._meta.get_field("top_coded").get_db_prep_save(
                    top_coded, connection
                )
        return self.json_values[key]

    def flush(self):
        batch, self.pending = self.pending, []
        if not batch:
            return
        existing = {}
        if self.had_wages:
            rows = Wage.objects.filter(
                area_id__in={cell[1] for cell in batch}, industry_id__in={cell[2] for cell in batch}
            ).values_list(
                "occupation_id",
                "area_id",
                "industry_id",
                "source_id",
                *WAGE_FIELDS,
                "annual_only",
                "top_coded",
            )
            existing = {row[:3]: row[3:] for row in rows}
        created, changed = [], []
        for occupation_id, area_id, industry_id, values, top_coded, annual_only in batch:
            stored = existing.get((occupation_id, area_id, industry_id))
            record = (self.source.pk, *values, annual_only, top_coded)
            if stored == record:
                continue
            params = (occupation_id, area_id, industry_id, *record[:-1], self.json(top_coded), *self.defaults)
            (created if stored is None else changed).append(params)
        self.write(created, new=True)
        self.write(changed, new=False)
        self.tally.count("wages", "created", len(created))
        self.tally.count("wages", "updated", len(changed))
        self.tally.count("wages", "unchanged", len(batch) - len(created) - len(changed))

    # Occupation figures -------------------------------------------------------

    def observe(self, soc_code, area, industry, values, top_coded):
        """Keep what the occupation's own figures need from this cell."""
        cross_industry = (industry.code, industry.ownership) == CROSS_INDUSTRY
        if cross_industry and area.kind == AreaKind.NATION:
            self.national[soc_code] = (values, top_coded)
        elif cross_industry and area.kind == HIGHEST_PAYING_STATE_KIND:
            self.rank(soc_code, "highest_paying_state", area.name, values)
        elif cross_industry and area.kind == HIGHEST_PAYING_CITY_KIND:
            self.rank(soc_code, "highest_paying_city", area.name, values)
        elif area.kind == AreaKind.NATION and industry.level == BEST_PAYING_INDUSTRY_LEVEL:
            self.rank(soc_code, "best_paying_industry", industry.title, values)

    def rank(self, soc_code, figure, name, values):
        employment, employment_rse, mean_rse = values[EMPLOYMENT], values[EMPLOYMENT_RSE], values[MEAN_RSE]
        if (
            employment is None
            or employment < bls.RANKING_MIN_EMPLOYMENT
            or employment_rse is None
            or employment_rse > bls.RANKING_MAX_EMPLOYMENT_RSE
            or mean_rse is None
            or mean_rse > bls.RANKING_MAX_WAGE_RSE
        ):
            return
        pay = values[ANNUAL_MEAN]
        if pay is None and values[HOURLY_MEAN] is not None:
            pay = values[HOURLY_MEAN] * HOURS_A_YEAR
        if pay is None:
            return
        key = (pay, employment)
        best = self.best.setdefault(soc_code, {})
        if figure not in best or key > best[figure][0]:
            best[figure] = (key, name)

    def figure_values(self, soc_code):
        """Every field this import sets on an occupation, and the figure fields that are top-coded."""
        values, top_coded = self.national[soc_code]
        wage = dict(zip(WAGE_FIELDS, values, strict=True))
        fields = {name: wage[field] for name, field in FROM_WAGE.items()}
        has_range = fields["salary_low"] is not None or fields["salary_high"] is not None
        fields["salary_range_label"] = SALARY_RANGE_LABEL if has_range else ""
        best = self.best.get(soc_code, {})
        for figure in ("highest_paying_state", "highest_paying_city", "best_paying_industry"):
            fields[figure] = best[figure][1] if figure in best else ""
        top = {name for name, field in FROM_WAGE.items() if field in top_coded}
        return fields, top

    def fill_figures(self):
        changed = []
        update_fields = set()
        for soc_code, occupation in self.seen_occupations.items():
            if soc_code not in self.national:
                self.tally.skip(NO_NATIONAL_ROW)
                fields = None
            else:
                fields = self.apply_figures(occupation, *self.figure_values(soc_code))
            if soc_code in self.created_occupations:
                self.tally.count("occupations", "created")
            else:
                self.tally.count("occupations", "updated" if fields else "unchanged")
            if fields:
                changed.append(occupation)
                update_fields.update(fields)
        if changed:
            now = timezone.now()
            for occupation in changed:
                occupation.updated_at = now
            Occupation.objects.bulk_update(changed, [*sorted(update_fields), "updated_at"], batch_size=200)

    def apply_figures(self, occupation, fields, top):
        """Set the figures on the occupation; return the names of the fields that changed."""
        edited = set(occupation.edited_fields or [])
        top_coded = set(occupation.top_coded or [])
        changed = set()
        for figure, names in FIGURE_FIELDS.items():
            if figure in edited:
                if not self.overwrite_edited:
                    self.tally.skip(EDITED)
                    continue
                edited.discard(figure)
            for name in names:
                if getattr(occupation, name) != fields[name]:
                    setattr(occupation, name, fields[name])
                    changed.add(name)
            has_value = any(fields[name] not in (None, "") for name in names)
            source_id = self.source.pk if has_value else None
            if getattr(occupation, f"{figure}_source_id") != source_id:
                setattr(occupation, f"{figure}_source_id", source_id)
                changed.add(f"{figure}_source")
            for name in TOP_CODABLE.intersection(names):
                if name in top:
                    top_coded.add(name)
                else:
                    top_coded.discard(name)
        if sorted(edited) != sorted(occupation.edited_fields or []):
            occupation.edited_fields = sorted(edited)
            changed.add("edited_fields")
        if sorted(top_coded) != sorted(occupation.top_coded or []):
            occupation.top_coded = sorted(top_coded)
            changed.add("top_coded")
        return changed
