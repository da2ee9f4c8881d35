"""One occupation in two places: its pay before and after prices, and its jobs, side by side.

The page's address is ``/careers/<occupation>/in/<first>-vs-<second>/``, the two areas in
the alphabetical order of their slugs; the other order answers 301. The nation is no
place of its own here: an address naming it (or one area twice) is sent on to the page
of the other area, which sets that area beside the nation. Crawlers may index the page
only where BLS published wages of the occupation in both areas, and no sitemap lists it.
"""

from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify

from . import areas, bls, gaps, prices, seo, slugs
from . import formatting as fmt
from .charts import wage_chart
from .citations import Citations
from .models import Area, AreaKind, Occupation, Wage
from .pages import DetailPage, OccupationPage

ADDRESS = (
    "An address comparing two places names two areas, such as "
    "/careers/registered-nurses/in/california-vs-texas/."
)
CHOOSE = "Pick two places to compare."
MEDIAN = areas.MEDIAN
# The wages of the pay table, in the order BLS's percentiles run, the mean first.
PAY = [
    ("Annual mean wage", "annual_mean"),
    ("Hourly mean wage", "hourly_mean"),
    *(("Median annual wage" if p is MEDIAN else p.label, p.annual) for p in Wage.PERCENTILES),
]
# The same at U.S. average prices: the annual wages only.
AFTER_PRICES = [(label, name) for label, name in PAY if name.startswith("annual")]
WAGE_FIELDS = [name for _, name in PAY]
LOCATION_QUOTIENT = (
    "A location quotient above 1 means the occupation holds a larger share of an area\u2019s jobs "
    "than of the nation\u2019s; below 1, a smaller one."
)
PRICE_TEST = "The test counts the survey\u2019s sampling error, not that of the price levels."


# The two places' part of the URL, "california-vs-texas", and back.
address = slugs.joined
split = slugs.split_joined


class PlacesConverter(slugs.JoinedConverter):
    """The ``<places:places>`` URL part: two area slugs joined by "-vs-". Reversed with two
    areas (anything with a slug) it builds their address in the order given."""

    regex = "[^/]+-vs-[^/]+"


def url(occupation, first, second):
    """The canonical address of the occupation in the two areas: their slugs in alphabetical order."""
    pair = sorted([first, second], key=lambda area: area.slug)
    return reverse("careers:occupation-places", args=[occupation.slug, pair])


def published(wage):
    """Whether BLS published a wage (a mean or a percentile) in the cell."""
    return wage is not None and any(wage.value(name) is not None for name in WAGE_FIELDS)


def mean_of(wage):
    """(annual mean, top-coded) of a cell, or (None, False)."""
    if wage is None:
        return None, False
    return wage.value("annual_mean"), wage.is_top_coded("annual_mean")


def pay_sentence(occupation, places, cells):
    """How the occupation's mean annual wage compares in the two places, as far as the survey can tell."""
    (a, b), (wage_a, wage_b) = places, cells
    (mean_a, top_a), (mean_b, top_b) = mean_of(wage_a), mean_of(wage_b)
    lead = f"The mean annual wage of {occupation.nouns}"
    if mean_a is None and mean_b is None:
        return f"BLS published no mean wage of {occupation.nouns} in {a.name} or {b.name}."
    if mean_a is None or mean_b is None:
        (known, mean, top), unknown = ((a, mean_a, top_a), b) if mean_b is None else ((b, mean_b, top_b), a)
        return f"{lead} is {fmt.money(mean, top)} in {known.name}; BLS published none for {unknown.name}."
    gap = gaps.mean_gap(wage_a, wage_b)
    if mean_a == mean_b and not (top_a or top_b):
        return f"{lead} is {fmt.money(mean_a)} in both {a.name} and {b.name}."
    if gap is None:
        # A top-coded mean or one without its standard error: the figures, unranked.
        return f"{lead} is {fmt.money(mean_a, top_a)} in {a.name} and {fmt.money(mean_b, top_b)} in {b.name}."
    difference = fmt.money(abs(mean_a - mean_b))
    if not gap.real:
        return (
            f"{lead} is {fmt.money(mean_a)} in {a.name} and {fmt.money(mean_b)} in {b.name}: a gap of "
            f"{difference}, {gaps.verdict(gap)}, {gaps.UNTOLD}."
        )
    more = "more" if mean_a > mean_b else "less"
    return (
        f"{lead} is {fmt.money(mean_a)} in {a.name}, {difference} {more} than the {fmt.money(mean_b)} "
        f"in {b.name}, a gap {gaps.verdict(gap)}."
    )


def prices_sentence(occupation, places, cells):
    """What the mean wage buys in each place at U.S. average prices, as far as the survey can tell; or ""."""
    (a, b), (wage_a, wage_b) = places, cells
    if any(w is None or w.annual_mean is None for w in cells):
        return ""
    if a.price_level is None or b.price_level is None:
        return ""
    real_a = prices.at_us_prices(wage_a.annual_mean, a.price_level)
    real_b = prices.at_us_prices(wage_b.annual_mean, b.price_level)
    lead = f"At U.S. average prices, the mean wage of {occupation.nouns}"
    if real_a == real_b:
        return f"{lead} buys the same in both places: {fmt.money(real_a)}."
    if wage_a.mean_rse is None or wage_b.mean_rse is None:
        return f"{lead} is {fmt.money(real_a)} in {a.name} and {fmt.money(real_b)} in {b.name}."
    gap = gaps.gap_between((real_a, wage_a.mean_rse), (real_b, wage_b.mean_rse))
    if not gap.real:
        return (
            f"{lead} is {fmt.money(real_a)} in {a.name} and {fmt.money(real_b)} in {b.name}: a gap of "
            f"{fmt.money(abs(real_a - real_b))}, {gaps.verdict(gap)}, so the survey cannot tell where "
            "it buys more."
        )
    (more, high), (less, low) = sorted([(a, real_a), (b, real_b)], key=lambda place: -place[1])
    return (
        f"{lead} buys more in {more.name}: {fmt.money(high)} against {fmt.money(low)} in {less.name}, "
        f"a gap {gaps.verdict(gap)}."
    )


def after_prices(wage, name, area):
    if wage is None or area.price_level is None:
        return fmt.DASH
    value = prices.at_us_prices(wage.value(name), area.price_level)
    return fmt.money(value, wage.is_top_coded(name))


def decimal(value):
    return fmt.DASH if value is None else str(value)


@dataclass
class Place:
    """One of the two areas with the occupation's cell there (None where BLS published none)."""

    area: Area
    wage: Wage | None

    @property
    def price_level(self):
        """The price level as BEA publishes it, to a thousandth: 97.057."""
        level = self.area.price_level
        return fmt.DASH if level is None else str(level)


class PlacesPage(DetailPage):
    """One occupation in two areas: ``places`` in canonical order, each a ``Place`` once built."""

    template_name = "careers/occupation_places.html"

    def __init__(self, request, occupation, first, second):
        super().__init__(request, [occupation])
        self.first, self.second = sorted([first, second], key=lambda area: area.slug)

    @classmethod
    def fetch(cls, request, area, slug, places):
        """The occupation and the two areas. Two queries, and one more for a former slug."""
        named = split(places)
        if named is None:
            raise Http404(ADDRESS)
        occupations = Occupation.objects.select_related("category")
        occupation = occupations.filter(slug=slug).first()
        if occupation is None:
            occupation = slugs.moved_occupations(occupations, [slug]).get(slug)
        if occupation is None:
            raise Http404(f"We have no occupation at \u201c{slug}\u201d.")
        found = {a.slug: a for a in Area.objects.filter(slug__in=named).select_related("price_source")}
        for name in named:
            if name not in found:
                raise Http404(areas.UNKNOWN.format(name))
        return cls(request, occupation, found[named[0]], found[named[1]])

    @property
    def occupation(self):
        return self.occupations[0]

    @property
    def areas(self):
        return [self.first, self.second]

    @property
    def heading(self):
        return f"{self.occupation.title} in {self.first.name} vs {self.second.name}"

    @property
    def picker_action(self):
        return reverse("careers:occupation-places-select", args=[self.occupation.slug])

    def url(self, area=None):
        return url(self.occupation, self.first, self.second)

    def moved(self, url=None):
        """The area's own page for the nation or one area named twice; else the canonical order."""
        local = [a for a in self.areas if a.kind != AreaKind.NATION]
        if len(local) < 2 or self.first == self.second:
            occupation = OccupationPage(self.request, [self.occupation])
            return redirect(occupation.url(local[0] if local else None), permanent=True)
        return super().moved()

    def build(self):
        """The two cells, their tables, the chart and the sentences. Two queries: cells, picker areas."""
        found = {
            wage.area_id: wage
            for wage in Wage.objects.cross_industry()
            .filter(occupation=self.occupation, area__in=self.areas)
            .select_related("source")
        }
        for area in self.areas:
            if area.pk in found:
                found[area.pk].area = area
        self.places = [
            Place(area, found[area.pk] if areas.has_figures(found.get(area.pk)) else None)
            for area in self.areas
        ]
        cells = [place.wage for place in self.places]
        self.citations = Citations({})
        cited = next((w for w in cells if w is not None), None)
        self.mark = self.citations.mark_source(cited.source) if cited else ""
        # Both price levels come from one release as a rule: its mark once.
        self.price_marks = list(
            dict.fromkeys(self.citations.mark_source(a.price_source) for a in self.areas if a.price_source_id)
        )
        self.release = cited.source.as_of_display if cited else bls.OEWS_RELEASE
        self.citation = f"{cited.source.name}, {self.release}" if cited else bls.OEWS_CITATION
        self.pay_rows = [(label, [areas.display(w, name) for w in cells]) for label, name in PAY]
        self.price_rows = [
            ("Price level (U.S. = 100)", [p.price_level for p in self.places]),
            *(
                (label, [after_prices(p.wage, name, p.area) for p in self.places])
                for label, name in AFTER_PRICES
            ),
        ]
        self.job_rows = [
            ("Employment", [areas.display(w, "employment") for w in cells]),
            ("Jobs per 1,000 jobs", [decimal(w.jobs_per_1000) if w else fmt.DASH for w in cells]),
            ("Location quotient", [decimal(w.location_quotient) if w else fmt.DASH for w in cells]),
        ]
        self.missing = [
            f"BLS published no estimate for {self.occupation.nouns} in {p.area.name}."
            for p in self.places
            if p.wage is None
        ]
        self.no_price_level = [
            prices.NO_PRICE_LEVEL.format(a.name) for a in self.areas if a.price_level is None
        ]
        self.price_areas = [
            f"The price level of {a.name} is that of {a.price_area}."
            for a in self.areas
            if a.price_level is not None and a.price_area and a.price_area != a.name
        ]
        self.pay_sentence = pay_sentence(self.occupation, self.areas, cells)
        self.prices_sentence = prices_sentence(self.occupation, self.areas, cells)
        self.pay_gap = gaps.mean_gap(*cells)
        self.wage_chart = wage_chart(
            [(self.occupation, w) for w in cells],
            f"{self.first.name} and {self.second.name}",
            self.citations,
            labels=[a.name for a in self.areas],
            subject=self.occupation.nouns,
        )
        self.chart_missing = [
            f"BLS publishes no annual wage percentiles for {self.occupation.nouns} in {p.area.name}."
            for p in self.places
            if p.wage is not None and not any(s.wage is p.wage for s in self.wage_chart.series)
        ]
        self.wage_chart.missing = []
        self.places_picker = areas.places_picker(self.occupation, self.first, self.second)
        self.area_wages = []
        self.place_wages = {}
        self.meta = self.page_meta()

    @property
    def indexable(self):
        return all(published(place.wage) for place in self.places)

    def gaps(self):
        return [self.pay_gap] if self.pay_gap is not None else []

    @property
    def gap_note(self):
        if not self.gaps():
            return ""
        test = f"{gaps.TEST} {PRICE_TEST}" if self.prices_sentence else gaps.TEST
        return format_html("{}{}", test, self.mark)

    @property
    def location_quotient_note(self):
        return LOCATION_QUOTIENT if any(p.wage and p.wage.location_quotient for p in self.places) else ""

    @property
    def method(self):
        return prices.METHOD

    def page_meta(self):
        occupation = self.occupation
        things = []
        for place in self.places:
            salary, where = seo.estimated_salary(occupation, place.wage) if place.wage else (None, None)
            if salary and where is not None:
                things.append(
                    {
                        "@type": "Occupation",
                        "name": occupation.title,
                        "url": self.request.build_absolute_uri(occupation.get_absolute_url()),
                        **({"occupationalCategory": occupation.soc_code} if occupation.soc_code else {}),
                        "estimatedSalary": [salary],
                        "occupationLocation": [seo.place(where)],
                    }
                )
        return seo.page_meta(
            self.request,
            self.heading,
            f"{self.pay_sentence} Pay before and after prices, jobs and location quotients of "
            f"{occupation.nouns} in {self.first.name} and {self.second.name}, from BLS.",
            crumbs=[
                (occupation.category.name, occupation.category.get_absolute_url()),
                (occupation.title, occupation.get_absolute_url()),
                (f"{self.first.name} vs {self.second.name}", self.request.path),
            ],
            things=things,
            noindex=not self.indexable,
            og_type="article",
        )


def chosen(request):
    """The two area slugs a picker submitted, or None when either is missing."""
    named = [slugify(request.GET.get(name, "")) for name in ("a", "b")]
    return named if all(named) else None
