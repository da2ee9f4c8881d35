"""The figures the occupation and comparison pages show, grouped by section.

Each row knows its label, the figure whose source it cites, how to read its
value off an occupation and, where the figures can be ranked, the number to
rank them by.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join

from . import bls
from . import formatting as fmt
from .wording import lower_first


@dataclass(frozen=True)
class Row:
    label: str
    figure: str
    display: Callable
    rank: Callable | None = None


def _top(occupation, field):
    return field in (occupation.top_coded or [])


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


def plain(field):
    return lambda o: fmt.text(getattr(o, field))


YEARLY_SALARY = Row("Yearly salary", "yearly_salary", salary, lambda o: o.yearly_salary)
AVERAGE_SALARY = Row("Average salary", "yearly_salary", salary, lambda o: o.yearly_salary)
HOURLY_RATE = Row("Hourly rate", "hourly_rate", hourly, lambda o: o.hourly_rate)
GROWTH_RATE = Row("Growth rate", "growth_rate", lambda o: fmt.share(o.growth_rate), lambda o: o.growth_rate)
JOBS = Row("Number of jobs", "jobs", lambda o: fmt.number(o.jobs), lambda o: o.jobs)
SATISFACTION = Row(
    "Job satisfaction",
    "job_satisfaction",
    lambda o: fmt.text(o.job_satisfaction),
    lambda o: o.job_satisfaction,
)
DEGREE = Row("Most common degree", "degree", degree)
AVERAGE_AGE = Row("Average age", "average_age", lambda o: fmt.number(o.average_age))
EXPERIENCE = Row("Years of experience", "years_of_experience", lambda o: fmt.number(o.years_of_experience))

SECTIONS = {
    "overview": [
        YEARLY_SALARY,
        HOURLY_RATE,
        GROWTH_RATE,
        JOBS,
        SATISFACTION,
        DEGREE,
        AVERAGE_AGE,
        EXPERIENCE,
    ],
    "salary": [
        AVERAGE_SALARY,
        Row("Salary range", "salary_range", salary_range),
        Row("Highest paying city", "highest_paying_city", plain("highest_paying_city")),
        Row("Highest paying state", "highest_paying_state", plain("highest_paying_state")),
        Row("Best paying company", "best_paying_company", plain("best_paying_company")),
        Row("Best paying industry", "best_paying_industry", plain("best_paying_industry")),
    ],
    "education": [
        DEGREE,
        Row("Most common major", "major", plain("major")),
        Row("Most common college", "college", plain("college")),
    ],
    "demographics": [
        AVERAGE_AGE,
        Row("Gender ratio", "gender", gender),
        Row("Race ratio", "race", race),
        Row("LGBT percentage", "lgbt_share", lambda o: fmt.share(o.lgbt_share)),
    ],
}


class Citations:
    """Numbers the sources cited on one page, in the order they are first cited."""

    def __init__(self, sources_by_id):
        self.sources_by_id = sources_by_id
        self.numbers = {}

    def cite(self, occupation, figure):
        source_id = getattr(occupation, f"{figure}_source_id", None)
        if source_id is None or source_id not in self.sources_by_id:
            return None
        return self._number(source_id)

    def _number(self, source_id):
        if source_id not in self.numbers:
            self.numbers[source_id] = len(self.numbers) + 1
        return self.numbers[source_id]

    def mark(self, occupation, figure):
        """The footnote mark; a BLS figure also shows its release beside it."""
        number = self.cite(occupation, figure)
        if number is None:
            return ""
        source = self.sources_by_id[getattr(occupation, f"{figure}_source_id")]
        if source.name == bls.OEWS_SOURCE_NAME:
            return format_html(
                ' <span class="release">(BLS, {})</span><a class="cite" href="#source-{}">[{}]</a>',
                source.as_of_display,
                number,
                number,
            )
        return format_html('<a class="cite" href="#source-{}">[{}]</a>', number, number)

    def source_of(self, occupation, figure):
        """The Source of a figure shown on this page, or None."""
        return self.sources_by_id.get(getattr(occupation, f"{figure}_source_id", None))

    def mark_source(self, source):
        """The footnote mark for a source fetched with other rows, such as a Wage's."""
        self.sources_by_id.setdefault(source.pk, source)
        number = self._number(source.pk)
        return format_html('<a class="cite" href="#source-{}">[{}]</a>', number, number)

    @property
    def sources(self):
        return [(number, self.sources_by_id[pk]) for pk, number in self.numbers.items()]


def load_sources(occupations):
    """Fetch every source the occupations cite, in one query."""
    from .models import Source

    ids = set()
    for occupation in occupations:
        for figure in occupation.FIGURES:
            source_id = getattr(occupation, f"{figure}_source_id", None)
            if source_id:
                ids.add(source_id)
    return Source.objects.in_bulk(ids) if ids else {}


RANKED_FIGURES = ["highest_paying_city", "highest_paying_state", "best_paying_industry"]


def ranking_rule(occupations, sources_by_id):
    """What the "highest paying" and "best paying" figures required, when BLS data chose them."""
    for occupation in occupations:
        for figure in RANKED_FIGURES:
            source = sources_by_id.get(getattr(occupation, f"{figure}_source_id", None))
            if source is not None and source.name == bls.OEWS_SOURCE_NAME:
                return f"Highest and best paying are chosen {lower_first(bls.RANKING_RULE)}"
    return ""
