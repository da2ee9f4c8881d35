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

from django.utils.html import format_html, format_html_join

from . import formatting as fmt

USD_YEAR = "USD a year"
USD_HOUR = "USD an hour"
PERCENT = "percent"

# Sections in page order, with the admin fieldset each becomes.
SECTIONS = {
    "overview": "Description and outlook",
    "salary": "Pay",
    "education": "Education and experience",
    "demographics": "Demographics",
    "duties": "Duties",
    "skills": "Skills",
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

    @property
    def fields(self):
        return [value.field for value in self.values] + list(self.notes)

    @property
    def source_field(self):
        return f"{self.name}_source"

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


# How figures read on pages -------------------------------------------------------


def _top(occupation, name):
    return name in (occupation.top_coded or [])


def salary(o):
    return fmt.money(o.yearly_salary, _top(o, "yearly_salary"))


def hourly(o):
    return fmt.hourly(o.hourly_rate, _top(o, "hourly_rate"))


def salary_range(o):
    if o.salary_low is None and o.salary_high is None:
        return fmt.DASH
    low = fmt.money(o.salary_low, _top(o, "salary_low"))
    high = fmt.money(o.salary_high, _top(o, "salary_high"))
    text = f"Between {low} and {high}"
    if o.salary_range_label:
        return format_html('{}<span class="note">{}</span>', text, o.salary_range_label)
    return text


def degree(o):
    if not o.degree:
        return fmt.DASH
    if o.degree_share is None:
        return o.degree
    return f"{o.degree}, {fmt.share(o.degree_share)}"


def gender(o):
    if o.male_share is None and o.female_share is None:
        return fmt.DASH
    return format_html(
        '<ul class="shares"><li>Male, {}</li><li>Female, {}</li></ul>',
        fmt.share(o.male_share),
        fmt.share(o.female_share),
    )


def race(o):
    groups = list(o.race_shares.all())
    if not groups:
        return fmt.DASH
    items = format_html_join("", "<li>{}, {}</li>", ((g.group, fmt.share(g.share)) for g in groups))
    return format_html('<ul class="shares">{}</ul>', items)


def text(name):
    return lambda o: fmt.text(getattr(o, name))


def number(name):
    return lambda o: fmt.number(getattr(o, name))


def share(name):
    return lambda o: fmt.share(getattr(o, name))


def value_of(name):
    return lambda o: getattr(o, name)


# Related rows, as the downloads list them --------------------------------------

ROWS = {
    "race_shares": lambda o: [(g.group, g.share, PERCENT, False) for g in o.race_shares.all()],
    "duties": lambda o: [("Responsibility", d.text, "", False) for d in o.duties.all()],
    "skills": lambda o: [(s.name, s.share, PERCENT, False) for s in o.skills.all()],
}


def _experience(o):
    if o.years_of_experience is None:
        return None
    return {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": o.years_of_experience * 12}


def _listed(related, attribute):
    return lambda o: [getattr(row, attribute) for row in getattr(o, related).all()] or None


def single(name, label, section, display=None, unit="", table_label=None, tables=(), ranked=False, **options):
    """A figure held in one field of the same name, labelled alike in every table that shows it.

    A ``ranked`` figure marks the higher of two occupations' values.
    """
    return Figure(
        name,
        label,
        section,
        display or text(name),
        values=(Value(name, label, unit),),
        tables={table: table_label or label for table in tables},
        rank=value_of(name) if ranked else None,
        **options,
    )


FIGURES = [
    single("description", "Description", "overview", schema=("description", lambda o: o.description or None)),
    single("time_to_become", "Time to become", "overview", imported=False),
    Figure(
        "yearly_salary",
        "Yearly salary",
        "salary",
        salary,
        values=(Value("yearly_salary", "Yearly salary", USD_YEAR),),
        tables={"overview": "Yearly salary", "salary": "Average salary"},
        rank=value_of("yearly_salary"),
    ),
    single(
        "hourly_rate",
        "Hourly rate",
        "salary",
        hourly,
        USD_HOUR,
        tables=["overview"],
        ranked=True,
    ),
    Figure(
        "salary_range",
        "Salary range",
        "salary",
        salary_range,
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
        share("growth_rate"),
        "percent over ten years",
        tables=["overview"],
        ranked=True,
    ),
    single(
        "jobs",
        "Number of jobs",
        "overview",
        number("jobs"),
        "jobs",
        tables=["overview"],
        ranked=True,
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
    single("best_paying_company", "Best paying company", "salary", tables=["salary"], imported=False),
    single("best_paying_industry", "Best paying industry", "salary", tables=["salary"]),
    Figure(
        "degree",
        "Most common degree",
        "education",
        degree,
        values=(
            Value("degree", "Most common degree"),
            Value("degree_share", "Share with the most common degree", PERCENT),
        ),
        tables={"overview": "Most common degree", "education": "Most common degree"},
        schema=("educationRequirements", lambda o: o.degree or None),
        imported=False,
    ),
    single("major", "Most common major", "education", tables=["education"], imported=False),
    single("college", "Most common college", "education", tables=["education"], imported=False),
    single(
        "average_age",
        "Average age",
        "demographics",
        number("average_age"),
        "years",
        tables=["overview", "demographics"],
        imported=False,
    ),
    Figure(
        "gender",
        "Gender ratio",
        "demographics",
        gender,
        values=(Value("male_share", "Male", PERCENT), Value("female_share", "Female", PERCENT)),
        tables={"demographics": "Gender ratio"},
        imported=False,
    ),
    Figure(
        "race",
        "Race ratio",
        "demographics",
        race,
        related="race_shares",
        tables={"demographics": "Race ratio"},
        imported=False,
    ),
    single(
        "lgbt_share",
        "LGBT",
        "demographics",
        share("lgbt_share"),
        PERCENT,
        table_label="LGBT percentage",
        tables=["demographics"],
        imported=False,
    ),
    single(
        "years_of_experience",
        "Years of experience",
        "education",
        number("years_of_experience"),
        "years",
        tables=["overview"],
        schema=("experienceRequirements", _experience),
        imported=False,
    ),
    Figure(
        "duties",
        "Responsibilities",
        "duties",
        fmt.text,
        related="duties",
        schema=("responsibilities", _listed("duties", "text")),
        imported=False,
    ),
    Figure(
        "skills",
        "Skills",
        "skills",
        fmt.text,
        related="skills",
        schema=("skills", _listed("skills", "name")),
        imported=False,
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


def table_rows(section):
    """[(label, Figure)] of the table of a section, in page order."""
    return [(figure.tables[section], figure) for figure in FIGURES if section in figure.tables]


def filled_by(fields):
    """The imported figures whose every value field is in ``fields``: what an importer fills."""
    return [
        figure
        for figure in FIGURES
        if figure.imported and figure.values and all(v.field in fields for v in figure.values)
    ]
