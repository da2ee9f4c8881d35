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

from careers.citations import load_sources
from careers.figures import FIGURES, USD_YEAR
from careers.models import Wage

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

# The national wage figures of the page's chart, with how the files name them.
WAGE_FIELDS = [
    ("employment", "Employment", "jobs"),
    ("annual_mean", "Annual mean wage", USD_YEAR),
    *((p.annual, f"Annual wage, {p.label.lower()}", USD_YEAR) for p in Wage.PERCENTILES),
]


@dataclass
class Row:
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


# A spreadsheet reads a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell that a spreadsheet shows as text: one that could start a formula gets a leading '.

    Numbers are left as they are, so that a negative growth rate stays a number.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def plain(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def figures(occupation, sources, wage=None):
    """Every figure the page shows for an occupation fetched ``with_figures()``, missing ones left out."""
    found = []
    for figure in FIGURES:
        source = sources.get(getattr(occupation, f"{figure.source_field}_id"))
        for label, value, unit, top_coded in figure.downloaded(occupation):
            found.append(Row(occupation, figure.section, label, value, unit, source, top_coded))
    if wage is not None:
        for field, label, unit in WAGE_FIELDS:
            value = wage.value(field)
            if value is not None:
                found.append(
                    Row(
                        occupation,
                        "national wages",
                        label,
                        value,
                        unit,
                        wage.source,
                        wage.is_top_coded(field),
                    )
                )
    return found


def page_figures(page):
    """The figures of the page's occupations, by occupation id. Two queries: sources and wages."""
    sources = load_sources(page.occupations)
    wages = Wage.objects.national_of(page.occupations)
    return {o.pk: figures(o, sources, wages.get(o.pk)) for o in page.occupations}


def as_csv(page):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for rows in page_figures(page).values():
        writer.writerows([spreadsheet_safe(cell) for cell in figure.as_row()] for figure in rows)
    return out.getvalue()


def as_json(page):
    rows = page_figures(page)
    absolute = page.request.build_absolute_uri
    data = {
        "title": f"{page.first.title} vs {page.second.title}",
        "url": absolute(page.url()),
        "occupations": [
            {
                "title": o.title,
                "slug": o.slug,
                "soc_code": o.soc_code,
                "category": o.category.name,
                "url": absolute(o.get_absolute_url()),
                "figures": [figure.as_dict() for figure in rows[o.pk]],
            }
            for o in page.occupations
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)
