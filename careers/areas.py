"""Pay where you live: occupations' BLS figures in a state or metro area beside the nation's.

Occupation and comparison pages take an optional area (see ``careers.pages``); this
module finds areas, offers them in a picker and lays out their figures.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_
from types import SimpleNamespace

from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify

from . import bls, gaps, prices
from . import formatting as fmt
from .models import Area, AreaKind, Wage
from .versions import per_version

NATION = "the United States"
UNKNOWN = "We have no area at \u201c{}\u201d. Pick a state or metro area from the list."

# How areas are grouped in the picker and on the list of areas, in this order.
GROUPS = [
    (AreaKind.STATE, "States"),
    (AreaKind.TERRITORY, "U.S. territories"),
    (AreaKind.METRO, "Metropolitan areas"),
    (AreaKind.NONMETRO, "Nonmetropolitan areas"),
]

MEDIAN = next(p for p in Wage.PERCENTILES if p.key == "median")
# The figures an area table shows, each beside its national peer.
FIGURES = [
    ("Annual mean wage", "annual_mean"),
    ("Hourly mean wage", "hourly_mean"),
    ("Median annual wage", MEDIAN.annual),
    *((p.label, p.annual) for p in Wage.PERCENTILES if p is not MEDIAN),
    ("Employment", "employment"),
]
# The annual wages an area's table also gives at U.S. prices, each in the row below it.
AT_US_PRICES = {name for _, name in FIGURES if name.startswith("annual")}


def addresses(address_of, areas):
    """``address_of(area)`` of each of ``areas``, built from one call: a page links many areas,
    and each ``reverse`` costs more than writing the area's slug into one address."""
    marker = "area"
    before, _, after = address_of(SimpleNamespace(slug=marker)).rpartition(marker)
    return [f"{before}{area.slug}{after}" for area in areas]


def find(slug):
    """The area with this slug and the source of its price level, or None. Runs one query."""
    return Area.objects.filter(slug=slug).select_related("price_source").first()


def grouped(areas):
    """[(group label, [areas])] in picker order, leaving out the nation and empty groups."""
    by_kind = {}
    for area in areas:
        by_kind.setdefault(area.kind, []).append(area)
    return [(label, by_kind[kind]) for kind, label in GROUPS if kind in by_kind]


def local_areas():
    """Every area but the nation, by name, with only what links and options need."""
    return Area.objects.exclude(kind=AreaKind.NATION).only("name", "slug", "kind").order_by("name")


@per_version
def picker_areas(state=""):
    """States and territories, plus the metro and nonmetro areas of ``state`` (a postal code).
    One query per data version.

    Listing all 500-odd metro areas on every page would triple its weight; they are
    offered once a state (or an area in it) is chosen.
    """
    wanted = Q(kind__in=[AreaKind.STATE, AreaKind.TERRITORY])
    if state:
        wanted |= Q(kind__in=[AreaKind.METRO, AreaKind.NONMETRO], state=state)
    return list(local_areas().filter(wanted))


def picker(action, area=None, occupations=()):
    """What the area picker form needs, or None when there are no areas (``picker_areas``).

    ``published`` lists the areas offered where BLS published figures of all ``occupations``
    (as ``careers.snapshots`` gives them, with ``published_areas``).
    """
    offered = picker_areas(area.state if area is not None else "")
    groups = grouped(offered)
    if not groups:
        return None
    local = area is not None and area.kind != AreaKind.NATION and area.state
    published = [a for a in offered if occupations and all(a.pk in o.published_areas for o in occupations)]
    return {
        "action": action,
        "groups": groups,
        "selected": area.slug if area else "",
        "local": local,
        "published": published,
    }


def places_picker(occupation, first=None, second=None, every_metro=True, published=None):
    """What the form that picks two places needs: the states, territories and metro areas where
    BLS published figures of the occupation, grouped; or None when fewer than two. One query,
    none when given the areas of the area picker where BLS ``published`` them.

    Without ``every_metro`` only the metro areas of ``first``'s state are offered, as the area
    picker does, and ``more`` links to the form's own page, which offers them all.
    """
    if published is not None:
        offered = [a for a in published if a.kind in (AreaKind.STATE, AreaKind.TERRITORY, AreaKind.METRO)]
    else:
        wanted = Q(kind__in=[AreaKind.STATE, AreaKind.TERRITORY])
        if every_metro:
            wanted |= Q(kind=AreaKind.METRO)
        elif first is not None and first.state:
            wanted |= Q(kind=AreaKind.METRO, state=first.state)
        cells = with_figures(Wage.objects.cross_industry().filter(occupation=occupation))
        offered = list(local_areas().filter(wanted, pk__in=cells.values("area")))
    if len(offered) < 2:
        return None
    action = reverse("careers:occupation-places-select", args=[occupation.slug])
    return {
        "action": action,
        "groups": grouped(offered),
        "fields": [
            ("a", "First place", first.slug if first else ""),
            ("b", "Second place", second.slug if second else ""),
        ],
        "more": "" if every_metro else action,
    }


def redirect_to_chosen(request, national, local, *args):
    """Where an area picker submits: on to the URL named ``local`` for the chosen area,
    or to ``national`` when the national figures are chosen."""
    chosen = slugify(request.GET.get("area", ""))
    if not chosen:
        return redirect(national, *args)
    return redirect(local, *args, chosen)


def moved_picker(request, name, *args):
    """A permanent redirect to the picker at the address ``name`` now has, with the choice kept."""
    url = reverse(name, args=args)
    query = request.GET.urlencode()
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def display(wage, name):
    """How one figure of a Wage reads, "or more" included for a top-coded wage."""
    if wage is None:
        return fmt.DASH
    value = wage.value(name)
    if name == "employment":
        return fmt.number(value)
    if name.startswith("hourly"):
        return fmt.hourly(value, wage.is_top_coded(name))
    return fmt.money(value, wage.is_top_coded(name))


def display_at_us_prices(wage, name, price_level):
    """How one annual wage of a Wage reads at U.S. prices ("or more" kept for a top-coded one)."""
    if wage is None:
        return fmt.DASH
    return fmt.money(prices.at_us_prices(wage.value(name), price_level), wage.is_top_coded(name))


def has_figures(wage):
    return wage is not None and any(wage.value(name) is not None for _, name in FIGURES)


def with_figures(wages):
    """The cells of ``wages`` that have a figure (``has_figures``), in SQL."""
    return wages.filter(reduce(or_, (Q(**{f"{name}__isnull": False}) for _, name in FIGURES)))


def cells(occupations, area=None):
    """Each occupation's all-industry Wage in the nation and in ``area``: the nation's as
    ``careers.snapshots`` gives it (``national_wage``), the area's in one query.

    Returns {occupation pk: {"nation": Wage, "area": Wage}}, leaving out what BLS did not publish.
    """
    found = {o.pk: {"nation": o.national_wage} if o.national_wage else {} for o in occupations}
    if area is not None:
        local = Wage.objects.cross_industry().for_area(area).select_related("area", "source")
        for wage in local.filter(occupation__in=occupations):
            found[wage.occupation_id]["area"] = wage
    return found


@dataclass
class AreaWages:
    """One occupation's figures in an area beside the nation's, for one table."""

    occupation: object
    area: Area
    local: Wage | None
    national: Wage | None
    mark: str = ""
    # The footnote mark of the area's price level.
    price_mark: str = ""

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
    def priced(self):
        return self.area.price_level is not None

    @property
    def rows(self):
        """(label, area's figure, nation's) of each figure; below each annual wage, the same at
        U.S. prices where the area has a price level (the nation's, 100, leaves it as it is)."""
        rows = []
        for label, name in FIGURES:
            rows.append((label, display(self.local, name), display(self.national, name)))
            if self.priced and name in AT_US_PRICES:
                rows.append(
                    (
                        format_html("{} at U.S. prices{}", label, self.price_mark),
                        display_at_us_prices(self.local, name, self.area.price_level),
                        display_at_us_prices(self.national, name, prices.US_PRICE_LEVEL),
                    )
                )
        return rows

    @property
    def prices_note(self):
        """The area's price level, cited, and how pay after prices is worked out; or that there is none."""
        if not self.priced:
            return prices.NO_PRICE_LEVEL.format(self.area.name)
        return format_html(
            "At U.S. prices: {}, {}{}. {}",
            prices.price_statement(self.area),
            prices.RPP_CITATION,
            self.price_mark,
            prices.METHOD,
        )

    @property
    def gap(self):
        """The gap between the area's and the nation's mean wage (``careers.gaps``), or None."""
        return gaps.mean_gap(self.local, self.national)

    @property
    def gap_sentence(self):
        """How the area's mean wage compares with the nation's, as far as the survey can tell; or ""."""
        gap = self.gap
        if gap is None:
            return ""
        local, national = self.local.annual_mean, self.national.annual_mean
        lead = f"In {self.area.name}, the mean annual wage of {self.occupation.nouns} is {fmt.money(local)}"
        if local == national:
            return f"{lead}, the same as the national mean."
        if not gap.real:
            return (
                f"{lead} and the national mean {fmt.money(national)}: a gap of "
                f"{fmt.money(abs(local - national))}, {gaps.verdict(gap)}, {gaps.UNTOLD}."
            )
        side = "above" if local > national else "below"
        return (
            f"{lead}, {fmt.money(abs(local - national))} {side} the national mean of {fmt.money(national)}, "
            f"a gap {gaps.verdict(gap)}."
        )

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
        if citations is not None and area.price_source is not None:
            item.price_mark = citations.mark_source(area.price_source)
        items.append(item)
    return items


def occupations_in(area):
    """The all-industry cells of an area with their occupations, for the area's listing."""
    return (
        Wage.objects.cross_industry()
        .for_area(area)
        .select_related("occupation")
        .only("annual_mean", "employment", "top_coded", "occupation__title", "occupation__slug")
    )
