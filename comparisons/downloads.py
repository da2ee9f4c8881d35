"""A comparison's figures as a file: one row per figure, each with its source and as-of date.

The CSV and the JSON hold the same rows as the page shows (its tables, duties,
skills and the national wage percentiles of its chart), with values as numbers
rather than as the page formats them.
"""

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal

from careers.seo import national_wages

CSV_COLUMNS = [
    "occupation",
    "soc_code",
    "section",
    "figure",
    "value",
    "unit",
    "top_coded",
    "source",
    "source_url",
    "as_of",
]

# (section, the figure whose source is cited, field, label, unit)
FIELDS = [
    ("overview", "description", "description", "Description", ""),
    ("overview", "time_to_become", "time_to_become", "Time to become", ""),
    ("overview", "yearly_salary", "yearly_salary", "Yearly salary", "USD a year"),
    ("overview", "hourly_rate", "hourly_rate", "Hourly rate", "USD an hour"),
    ("overview", "growth_rate", "growth_rate", "Growth rate", "percent over ten years"),
    ("overview", "jobs", "jobs", "Number of jobs", "jobs"),
    ("overview", "job_satisfaction", "job_satisfaction", "Job satisfaction", "out of 5"),
    ("salary", "salary_range", "salary_low", "Salary range, low end", "USD a year"),
    ("salary", "salary_range", "salary_high", "Salary range, high end", "USD a year"),
    ("salary", "highest_paying_city", "highest_paying_city", "Highest paying city", ""),
    ("salary", "highest_paying_state", "highest_paying_state", "Highest paying state", ""),
    ("salary", "best_paying_company", "best_paying_company", "Best paying company", ""),
    ("salary", "best_paying_industry", "best_paying_industry", "Best paying industry", ""),
    ("education", "degree", "degree", "Most common degree", ""),
    ("education", "degree", "degree_share", "Share with the most common degree", "percent"),
    ("education", "major", "major", "Most common major", ""),
    ("education", "college", "college", "Most common college", ""),
    ("education", "years_of_experience", "years_of_experience", "Years of experience", "years"),
    ("demographics", "average_age", "average_age", "Average age", "years"),
    ("demographics", "gender", "male_share", "Male", "percent"),
    ("demographics", "gender", "female_share", "Female", "percent"),
    ("demographics", "lgbt_share", "lgbt_share", "LGBT", "percent"),
]

WAGE_FIELDS = [
    ("employment", "Employment", "jobs", "TOT_EMP"),
    ("annual_mean", "Annual mean wage", "USD a year", "A_MEAN"),
    ("annual_p10", "Annual wage, 10th percentile", "USD a year", "A_PCT10"),
    ("annual_p25", "Annual wage, 25th percentile", "USD a year", "A_PCT25"),
    ("annual_median", "Annual wage, median", "USD a year", "A_MEDIAN"),
    ("annual_p75", "Annual wage, 75th percentile", "USD a year", "A_PCT75"),
    ("annual_p90", "Annual wage, 90th percentile", "USD a year", "A_PCT90"),
]


@dataclass
class Figure:
    occupation: object
    section: str
    label: str
    value: object
    unit: str
    source: object
    top_coded: bool = False

    def as_dict(self):
        source = self.source
        return {
            "section": self.section,
            "figure": self.label,
            "value": plain(self.value),
            "unit": self.unit,
            "top_coded": self.top_coded,
            "source": None
            if source is None
            else {
                "name": source.name,
                "url": source.url,
                "as_of": source.as_of.isoformat(),
                "as_of_label": source.as_of_display,
            },
        }

    def as_row(self):
        source = self.source
        return [
            self.occupation.title,
            self.occupation.soc_code or "",
            self.section,
            self.label,
            plain(self.value),
            self.unit,
            "at or above" if self.top_coded else "",
            source.name if source else "",
            source.url if source else "",
            source.as_of.isoformat() if source else "",
        ]


def plain(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def figures(occupation, sources, wage=None):
    """Every figure the page shows for an occupation fetched ``with_figures()``, missing ones left out."""

    def source_of(figure):
        return sources.get(getattr(occupation, f"{figure}_source_id", None))

    top = set(occupation.top_coded or [])
    found = []
    for section, figure, field, label, unit in FIELDS:
        value = getattr(occupation, field)
        if value not in (None, ""):
            found.append(Figure(occupation, section, label, value, unit, source_of(figure), field in top))
    for share in occupation.race_shares.all():
        found.append(
            Figure(occupation, "demographics", share.group, share.share, "percent", source_of("race"))
        )
    for duty in occupation.duties.all():
        found.append(Figure(occupation, "duties", "Responsibility", duty.text, "", source_of("duties")))
    for skill in occupation.skills.all():
        found.append(Figure(occupation, "skills", skill.name, skill.share, "percent", source_of("skills")))
    if wage is not None:
        marks = set(wage.top_coded or [])
        for field, label, unit, column in WAGE_FIELDS:
            value = getattr(wage, field)
            top_coded = field in marks or column in marks
            if value is None and top_coded:
                value = wage.TOP_CODE_ANNUAL
            if value is not None:
                found.append(Figure(occupation, "national wages", label, value, unit, wage.source, top_coded))
    return found


def pair_figures(occupations, sources):
    """The figures of both occupations, the first's then the second's. One query, for the wages."""
    wages = national_wages(occupations)
    return {o.pk: figures(o, sources, wages.get(o.pk)) for o in occupations}


def as_csv(occupations, sources):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for rows in pair_figures(occupations, sources).values():
        writer.writerows(figure.as_row() for figure in rows)
    return out.getvalue()


def as_json(occupations, sources, title, url, absolute):
    """``absolute`` turns a path into a full URL (``request.build_absolute_uri``)."""
    rows = pair_figures(occupations, sources)
    data = {
        "title": title,
        "url": url,
        "occupations": [
            {
                "title": o.title,
                "slug": o.slug,
                "soc_code": o.soc_code,
                "category": o.category.name,
                "url": absolute(o.get_absolute_url()),
                "figures": [figure.as_dict() for figure in rows[o.pk]],
            }
            for o in occupations
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)
