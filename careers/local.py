"""An occupation's figures in a state or metro area, for the pages about that area.

``InArea`` is an occupation as such a page shows it: the figures an all-industries BLS
cell gives (``bls.OCCUPATION_FIELDS``: yearly and hourly mean, the 10th to 90th
percentile range, jobs) come from the area's cell, with that cell's source and top-code
marks; everything else is the occupation's own. Where BLS published no such figure for
the area, the occupation's national figure stays, and the tables, the summary, the
description and the structured data say that it is national (``where``).
"""

from . import bls
from .areas import NATION
from .figures import BY_NAME, FIELD_FIGURES

# The figures an area's cell can give: yearly salary, hourly rate, salary range, jobs.
FIGURES = sorted({FIELD_FIGURES[name] for name in bls.OCCUPATION_FIELDS})


class InArea:
    """An occupation with the wage figures of ``area`` from ``wage`` (its cell there, or None)."""

    def __init__(self, occupation, area, wage):
        self._occupation = occupation
        self.area = area
        self.wage = wage
        self.local = set()
        top = []
        for name in FIGURES:
            figure = BY_NAME[name]
            fields = [value.field for value in figure.values]
            values = {field: wage.value(bls.OCCUPATION_FIELDS[field]) for field in fields} if wage else {}
            if not any(value is not None for value in values.values()):
                top += [field for field in fields if field in (occupation.top_coded or [])]
                continue
            self.local.add(name)
            for field, value in values.items():
                setattr(self, field, value)
                if wage.is_top_coded(bls.OCCUPATION_FIELDS[field]):
                    top.append(field)
            if "salary_range_label" in figure.notes:
                self.salary_range_label = bls.SALARY_RANGE_LABEL
            setattr(self, f"{figure.source_field}_id", wage.source_id)
        wage_fields = {field for name in FIGURES for field in BY_NAME[name].fields}
        self.top_coded = [f for f in occupation.top_coded or [] if f not in wage_fields] + top

    def __getattr__(self, name):
        # Only called for what __init__ did not set: the occupation's own fields and methods.
        return getattr(self._occupation, name)

    def __repr__(self):
        return f"<InArea {self._occupation.title} in {self.area.name}>"


def where(occupation, figure):
    """Where a figure of an occupation as a page shows it describes.

    The area's name for a figure from the area's cell, ``NATION`` for a national figure
    on a page about an area (BLS published none for the area), "" on a national page
    and for figures areas do not have.
    """
    if not isinstance(occupation, InArea) or figure not in FIGURES:
        return ""
    return occupation.area.name if figure in occupation.local else NATION


def area_of(occupation, figure):
    """The Area a figure of the occupation as shown describes, or None for the nation."""
    if isinstance(occupation, InArea) and figure in occupation.local:
        return occupation.area
    return None


def shown(occupations, area, cells):
    """The occupations as a page about ``area`` shows them (each ``InArea``), or as they are
    on a national page. ``cells`` is what ``careers.areas.cells`` found."""
    if area is None:
        return list(occupations)
    return [InArea(o, area, cells[o.pk].get("area")) for o in occupations]
