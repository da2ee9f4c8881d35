"""Pay where you live: occupations' BLS figures in a state or metro area beside the nation's.

Occupation and comparison pages take an optional area; ``page_context`` gathers what
their wage chart, area picker and area tables need in a fixed number of queries.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.shortcuts import redirect
from django.utils.text import slugify

from . import bls
from . import formatting as fmt
from .charts import top_coded, wage_chart
from .figures import ranking_rule
from .models import Area, AreaKind, Wage

NATION = "the United States"
UNKNOWN = "We have no area at \u201c{}\u201d. Pick a state or metro area from the list."

# How areas are grouped in the picker and on the list of areas, in this order.
GROUPS = [
    (AreaKind.STATE, "States"),
    (AreaKind.TERRITORY, "U.S. territories"),
    (AreaKind.METRO, "Metropolitan areas"),
    (AreaKind.NONMETRO, "Nonmetropolitan areas"),
]

# The figures an area table shows, each beside its national peer.
FIGURES = [
    ("Annual mean wage", "annual_mean"),
    ("Hourly mean wage", "hourly_mean"),
    ("Median annual wage", "annual_median"),
    ("10th percentile", "annual_p10"),
    ("25th percentile", "annual_p25"),
    ("75th percentile", "annual_p75"),
    ("90th percentile", "annual_p90"),
    ("Employment", "employment"),
]


def find(slug):
    """The area with this slug, or None. Runs one query."""
    return Area.objects.filter(slug=slug).first()


def grouped(areas):
    """[(group label, [areas])] in picker order, leaving out the nation and empty groups."""
    by_kind = {}
    for area in areas:
        by_kind.setdefault(area.kind, []).append(area)
    return [(label, by_kind[kind]) for kind, label in GROUPS if kind in by_kind]


def local_areas():
    """Every area but the nation, by name, with only what links and options need."""
    return Area.objects.exclude(kind=AreaKind.NATION).only("name", "slug", "kind").order_by("name")


def picker_areas(area=None):
    """States and territories, plus the metro and nonmetro areas of the chosen area's state.

    Listing all 500-odd metro areas on every page would triple its weight; they are
    offered once a state (or an area in it) is chosen.
    """
    wanted = Q(kind__in=[AreaKind.STATE, AreaKind.TERRITORY])
    if area is not None and area.state:
        wanted |= Q(kind__in=[AreaKind.METRO, AreaKind.NONMETRO], state=area.state)
    return local_areas().filter(wanted)


def picker(action, area=None):
    """What the area picker form needs, or None when there are no areas. Runs one query."""
    groups = grouped(picker_areas(area))
    if not groups:
        return None
    local = area is not None and area.kind != AreaKind.NATION and area.state
    return {"action": action, "groups": groups, "selected": area.slug if area else "", "local": local}


def redirect_to_chosen(request, national, local, *args):
    """Where an area picker submits: on to the URL named ``local`` for the chosen area,
    or to ``national`` when the national figures are chosen."""
    chosen = slugify(request.GET.get("area", ""))
    if not chosen:
        return redirect(national, *args)
    return redirect(local, *args, chosen)


def display(wage, name):
    """How one figure of a Wage reads, "or more" included for a top-coded wage."""
    if wage is None:
        return fmt.DASH
    value = getattr(wage, name)
    if name == "employment":
        return fmt.number(value)
    top = top_coded(wage, name)
    if name.startswith("hourly"):
        if value is None and top:
            value = Wage.TOP_CODE_HOURLY
        return fmt.hourly(value, top)
    if value is None and top:
        value = Wage.TOP_CODE_ANNUAL
    return fmt.money(value, top)


def has_figures(wage):
    return wage is not None and any(
        getattr(wage, name) is not None or top_coded(wage, name) for _, name in FIGURES
    )


def cells(occupations, area=None):
    """Each occupation's all-industry Wage in the nation and in ``area``, in one query.

    Returns {occupation pk: {"nation": Wage, "area": Wage}}, leaving out what BLS did not publish.
    """
    found = {occupation.pk: {} for occupation in occupations}
    for wage in Wage.objects.cross_industry().national_and(area).filter(occupation__in=occupations):
        key = "area" if area is not None and wage.area_id == area.pk else "nation"
        found[wage.occupation_id][key] = wage
    return found


@dataclass
class AreaWages:
    """One occupation's figures in an area beside the nation's, for one table."""

    occupation: object
    area: Area
    local: Wage | None
    national: Wage | None
    mark: str = ""

    @property
    def source(self):
        wage = self.local or self.national
        return wage.source if wage else None

    @property
    def citation(self):
        source = self.source
        if source is None:
            return bls.OEWS_CITATION
        return f"{source.name}, {source.as_of_display}"

    @property
    def release(self):
        source = self.source
        return source.as_of_display if source else bls.OEWS_RELEASE

    @property
    def rows(self):
        return [(label, display(self.local, name), display(self.national, name)) for label, name in FIGURES]

    @property
    def missing(self):
        """The sentence that says what BLS did not publish, or ""."""
        if self.local is not None:
            return ""
        nowhere = "" if self.national is not None else " or for the nation"
        return f"BLS published no estimate for {self.occupation.nouns} in {self.area.name}{nowhere}."


def area_wages(occupations, area, found, citations=None):
    items = []
    for occupation in occupations:
        local, national = found[occupation.pk].get("area"), found[occupation.pk].get("nation")
        item = AreaWages(
            occupation,
            area,
            local if has_figures(local) else None,
            national if has_figures(national) else None,
        )
        if citations is not None and item.source is not None:
            item.mark = citations.mark_source(item.source)
        items.append(item)
    return items


def page_context(occupations, citations, action, area=None):
    """The wage chart, the area picker and, for an area, its tables. Runs two queries.

    ``action`` is the URL the picker submits to.
    """
    found = cells(occupations, area)
    key = "nation" if area is None else "area"
    chart = wage_chart(
        [(o, found[o.pk].get(key)) for o in occupations],
        NATION if area is None else area.name,
        citations,
    )
    return {
        "area": area,
        "wage_chart": chart,
        "area_picker": picker(action, area),
        "area_wages": area_wages(occupations, area, found, citations) if area is not None else [],
        "ranking_rule": ranking_rule(occupations, citations.sources_by_id),
    }


def occupations_in(area):
    """The all-industry cells of an area with their occupations, for the area's listing."""
    return (
        Wage.objects.cross_industry()
        .for_area(area)
        .select_related("occupation")
        .only("annual_mean", "employment", "top_coded", "occupation__title", "occupation__slug")
    )
