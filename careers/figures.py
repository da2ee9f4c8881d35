"""Every figure an occupation has, declared once.

A figure is what pages, downloads and editors treat as one fact with one source: its
label, the section it belongs to, the model fields it spans (each with the unit the
downloads give it), how it reads on a page, how two occupations' values rank, and
whether imports may fill it. Its source is always the ``<name>_source`` field.

Everything else derives from ``FIGURES``: the tables of the occupation and comparison
pages, the admin's fieldsets and its record of figures an editor changed, the CSV and
JSON downloads, the structured data, and the fields each importer fills. Adding a
figure is one entry here, its model field and migration, and its importer's mapping.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from . import displays as show
from . import formatting as fmt
from .displays import PERCENT, ROWS

# Who fills a figure: on whose pages a row of it stands even when no occupation has it.
CATALOG = "catalog"  # occupations imported from BLS, with a SOC code
HAND_ENTERED = "hand-entered"  # occupations editors wrote, such as the reference ones

USD_YEAR = "USD a year"
USD_HOUR = "USD an hour"

# Sections in page order, with the admin fieldset each becomes.
SECTIONS = {
    "overview": "Description and outlook",
    "salary": "Pay",
    "education": "Education and experience",
    "demographics": "Demographics",
    "duties": "Duties",
    "skills": "Skills",
    "ai_exposure": "Exposure to AI language models",
}
# The sections that are tables of figures on the pages, each captioned "<page heading> <caption>".
TABLES = {
    "overview": "overview",
    "salary": "salary",
    "education": "education",
    "demographics": "demographics",
}


@dataclass(frozen=True)
class Value:
    """One model field of a figure, as the downloads name it; ``unit`` "" for text."""

    field: str
    label: str
    unit: str = ""


@dataclass(frozen=True)
class Figure:
    name: str
    label: str
    section: str
    display: Callable
    values: tuple = ()
    # Fields edited with the figure but not figures themselves (a range's label).
    notes: tuple = ()
    # The page tables that show the figure as a row, and the row's label where it differs.
    tables: dict = field(default_factory=dict)
    rank: Callable | None = None
    imported: bool = True
    # The related rows that hold it (duties, skills, race shares) instead of fields.
    related: str = ""
    # (schema.org property, function of the occupation giving its value or None).
    schema: tuple | None = None
    # Kinds of occupation whose pages show the figure's row even when it is missing:
    # by default both; figures only editors research, only hand-entered ones; figures
    # only public sources publish, only catalog ones.
    shown_empty_for: tuple = (CATALOG, HAND_ENTERED)

    @property
    def fields(self):
        return [value.field for value in self.values] + list(self.notes)

    @property
    def source_field(self):
        return f"{self.name}_source"

    def has_value(self, occupation):
        if self.related:
            return bool(getattr(occupation, self.related).all())
        return any(getattr(occupation, v.field) not in (None, "") for v in self.values)

    def shown_for(self, occupations):
        """Whether a table row shows the figure for these occupations: when one of them
        has it (a dash for the others), or when one is of a kind the figure is kept for."""
        if any(self.has_value(o) for o in occupations):
            return True
        kinds = {CATALOG if o.soc_code else HAND_ENTERED for o in occupations}
        return bool(kinds & set(self.shown_empty_for))

    def downloaded(self, occupation):
        """(label, value, unit, top-coded) of each value the occupation has, for the downloads."""
        if self.related:
            return [row for row in ROWS[self.related](occupation) if row[1] not in (None, "")]
        top = set(occupation.top_coded or [])
        found = []
        for value in self.values:
            data = getattr(occupation, value.field)
            if data not in (None, ""):
                found.append((value.label, data, value.unit, value.field in top))
        return found


def single(name, label, section, display=None, unit="", table_label=None, tables=(), ranked=False, **options):
    """A figure held in one field of the same name, labelled alike in every table that shows it.

    A ``ranked`` figure marks the higher of two occupations' values.
    """
    if not options.get("imported", True):
        options.setdefault("shown_empty_for", (HAND_ENTERED,))
    return Figure(
        name,
        label,
        section,
        display or show.text(name),
        values=(Value(name, label, unit),),
        tables={table: table_label or label for table in tables},
        rank=show.value_of(name) if ranked else None,
        **options,
    )


def surveyed(name, label, section, tables, unit=""):
    """A category most survey respondents chose, with the share of respondents who chose it."""
    return Figure(
        name,
        label,
        section,
        show.with_share(name),
        values=(Value(name, label, unit), Value(f"{name}_share", f"{label}, share of respondents", PERCENT)),
        tables={table: label for table in tables},
        shown_empty_for=(CATALOG,),
    )


def related(name, label, section, rows=None, display=fmt.text, **options):
    """A figure held in related rows (``rows``, by default its name: duties, skills ...)."""
    return Figure(name, label, section, display, related=rows or name, **options)


FIGURES = [
    single("description", "Description", "overview", schema=("description", lambda o: o.description or None)),
    single("time_to_become", "Time to become", "overview", imported=False),
    Figure(
        "yearly_salary",
        "Yearly salary",
        "salary",
        show.salary,
        values=(Value("yearly_salary", "Yearly salary", USD_YEAR),),
        tables={"overview": "Yearly salary", "salary": "Average salary"},
        rank=show.value_of("yearly_salary"),
    ),
    single("hourly_rate", "Hourly rate", "salary", show.hourly, USD_HOUR, tables=["overview"], ranked=True),
    Figure(
        "salary_range",
        "Salary range",
        "salary",
        show.salary_range,
        values=(
            Value("salary_low", "Salary range, low end", USD_YEAR),
            Value("salary_high", "Salary range, high end", USD_YEAR),
        ),
        notes=("salary_range_label",),
        tables={"salary": "Salary range"},
    ),
    single(
        "growth_rate",
        "Growth rate",
        "overview",
        show.share("growth_rate"),
        "percent over ten years",
        tables=["overview"],
        ranked=True,
    ),
    single(
        "openings",
        "Openings a year",
        "overview",
        show.number("openings"),
        "openings a year",
        tables=["overview"],
        ranked=True,
        shown_empty_for=(CATALOG,),
    ),
    single(
        "jobs", "Number of jobs", "overview", show.number("jobs"), "jobs", tables=["overview"], ranked=True
    ),
    single(
        "job_satisfaction",
        "Job satisfaction",
        "overview",
        unit="out of 5",
        tables=["overview"],
        ranked=True,
        imported=False,
    ),
    single("highest_paying_city", "Highest paying city", "salary", tables=["salary"]),
    single("highest_paying_state", "Highest paying state", "salary", tables=["salary"]),
    single(
        "highest_paying_city_after_prices",
        "Highest paying city after prices",
        "salary",
        tables=["salary"],
        shown_empty_for=(CATALOG,),
    ),
    single(
        "highest_paying_state_after_prices",
        "Highest paying state after prices",
        "salary",
        tables=["salary"],
        shown_empty_for=(CATALOG,),
    ),
    single("best_paying_company", "Best paying company", "salary", tables=["salary"], imported=False),
    single("best_paying_industry", "Best paying industry", "salary", tables=["salary"]),
    Figure(
        "degree",
        "Most common degree",
        "education",
        show.with_share("degree"),
        values=(
            Value("degree", "Most common degree"),
            Value("degree_share", "Share with the most common degree", PERCENT),
        ),
        tables={"overview": "Most common degree", "education": "Most common degree"},
        schema=("educationRequirements", lambda o: o.degree or None),
        imported=False,
        shown_empty_for=(HAND_ENTERED,),
    ),
    surveyed(
        "required_education", "Required education (O*NET survey)", "education", ["overview", "education"]
    ),
    single(
        "entry_education",
        "Typical entry education (BLS)",
        "education",
        tables=["overview", "education"],
        shown_empty_for=(CATALOG,),
    ),
    single(
        "entry_experience",
        "Work experience for entry (BLS)",
        "education",
        tables=["education"],
        shown_empty_for=(CATALOG,),
    ),
    surveyed(
        "related_experience", "Related work experience (O*NET survey)", "education", ["overview", "education"]
    ),
    single(
        "entry_training",
        "On-the-job training (BLS)",
        "education",
        tables=["education"],
        shown_empty_for=(CATALOG,),
    ),
    single(
        "job_zone",
        "Job zone (O*NET)",
        "education",
        show.job_zone,
        "zone of 5",
        tables=["education"],
        shown_empty_for=(CATALOG,),
    ),
    related("education_levels", "Required education, all levels (O*NET survey)", "education"),
    single("major", "Most common major", "education", tables=["education"], imported=False),
    single("college", "Most common college", "education", tables=["education"], imported=False),
    single(
        "average_age",
        "Average age",
        "demographics",
        show.number("average_age"),
        "years",
        tables=["overview", "demographics"],
        imported=False,
    ),
    single(
        "median_age",
        "Median age",
        "demographics",
        show.median_age,
        "years",
        tables=["overview", "demographics"],
        notes=("demographics_group",),
        shown_empty_for=(CATALOG,),
    ),
    Figure(
        "gender",
        "Gender ratio",
        "demographics",
        show.gender,
        values=(Value("male_share", "Male", PERCENT), Value("female_share", "Female", PERCENT)),
        tables={"demographics": "Gender ratio"},
    ),
    related(
        "race",
        "Race ratio",
        "demographics",
        rows="race_shares",
        display=show.race,
        tables={"demographics": "Race ratio"},
    ),
    single(
        "lgbt_share",
        "LGBT",
        "demographics",
        show.share("lgbt_share"),
        PERCENT,
        table_label="LGBT percentage",
        tables=["demographics"],
        imported=False,
    ),
    single(
        "years_of_experience",
        "Years of experience",
        "education",
        show.number("years_of_experience"),
        "years",
        tables=["overview"],
        schema=("experienceRequirements", show.experience_requirements),
        imported=False,
    ),
    related(
        "duties", "Responsibilities", "duties", schema=("responsibilities", show.listed("duties", "text"))
    ),
    related("skills", "Skills", "skills", schema=("skills", show.listed("skills", "name"))),
    related("technologies", "Software", "skills"),
    Figure(
        "ai_exposure",
        "Share of tasks exposed to AI language models (human-rated)",
        "ai_exposure",
        show.whole_share("ai_exposure"),
        values=(
            Value("ai_exposure", "Share of tasks exposed, human-rated (beta)", PERCENT),
            Value("ai_exposure_human_alpha", "Share of tasks exposed, human-rated (alpha)", PERCENT),
            Value("ai_exposure_human_gamma", "Share of tasks exposed, human-rated (gamma)", PERCENT),
            Value("ai_exposure_model_alpha", "Share of tasks exposed, GPT-4-rated (alpha)", PERCENT),
            Value("ai_exposure_model_beta", "Share of tasks exposed, GPT-4-rated (beta)", PERCENT),
            Value("ai_exposure_model_gamma", "Share of tasks exposed, GPT-4-rated (gamma)", PERCENT),
        ),
        shown_empty_for=(),
    ),
]

BY_NAME = {figure.name: figure for figure in FIGURES}
# Each model field that holds part of a figure, and the figure it belongs to.
FIELD_FIGURES = {name: figure.name for figure in FIGURES for name in figure.fields}


def figure_of(field_name):
    """The figure a model or form field belongs to (its value or its source), or None."""
    if field_name.endswith("_source"):
        name = field_name.removesuffix("_source")
        return name if name in BY_NAME else None
    return FIELD_FIGURES.get(field_name)


def table_rows(section, occupations):
    """[(label, Figure)] of the table of a section for these occupations, in page order."""
    return [
        (figure.tables[section], figure)
        for figure in FIGURES
        if section in figure.tables and figure.shown_for(occupations)
    ]


def filled_by(fields):
    """The imported figures whose every value field is in ``fields``: what an importer fills."""
    return [
        figure
        for figure in FIGURES
        if figure.imported and figure.values and all(v.field in fields for v in figure.values)
    ]
