"""What a page tells search engines and link previews about itself.

Each public view builds one ``PageMeta``: the title and description written from
the page's data, its canonical address, its breadcrumbs, whether crawlers may index
it, and its schema.org structured data (JSON-LD). ``base.html`` turns it into the
``<title>``, the meta tags, the breadcrumb trail and the ``<script>`` block.
"""

import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from . import formatting as fmt
from . import local
from .figures import FIGURES
from .models import AreaKind, Wage

DESCRIPTION_LENGTH = 160
SCHEMA_ORDER = [p.schema for p in Wage.PERCENTILES]
# Characters that must not appear raw inside a <script> element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str


@dataclass
class PageMeta:
    heading: str
    title: str
    description: str
    canonical: str
    breadcrumbs: list = field(default_factory=list)
    noindex: bool = False
    og_type: str = "website"
    structured_data: str = ""


def page_meta(request, heading, description, *, crumbs=(), things=(), noindex=False, og_type="website"):
    """Everything ``base.html`` needs about a page.

    ``heading`` is what the page is called (the site name is added to the title);
    ``crumbs`` are the ``(name, url)`` steps after Home, the last one being this page;
    ``things`` are schema.org objects the page is about.
    """
    site = settings.SITE_NAME
    trail = [Crumb("Home", reverse("comparisons:home")), *(Crumb(name, url) for name, url in crumbs)]
    graph = list(things)
    if len(trail) > 1:
        graph.append(breadcrumb_list(request, trail))
    return PageMeta(
        heading=heading,
        title=site if heading == site else f"{heading} \u00b7 {site}",
        description=Truncator(" ".join(description.split())).chars(DESCRIPTION_LENGTH),
        canonical=canonical_url(request),
        breadcrumbs=trail if len(trail) > 1 else [],
        noindex=noindex,
        og_type=og_type,
        structured_data=json_ld(graph),
    )


def canonical_url(request):
    """The page's address without its query, but for a page number past the first."""
    page = request.GET.get("page", "")
    # isdigit() alone lets "²" through, which int() refuses.
    query = f"?page={int(page)}" if page.isascii() and page.isdigit() and int(page) > 1 else ""
    return request.build_absolute_uri(request.path + query)


def json_ld(things):
    """A ``<script type="application/ld+json">`` element holding the objects, or nothing."""
    if not things:
        return ""
    data = {"@context": "https://schema.org", "@graph": list(things)}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)
    # Safe: the JSON has no raw <, > or & left to close the element early.
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def breadcrumb_list(request, trail):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.name,
                "item": request.build_absolute_uri(crumb.url),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


# Occupations ------------------------------------------------------------------


# The schema.org type of an area's place. Google reads a City, a State or a Country; a
# metro area is named for its principal cities and is the nearest to a City.
PLACE_TYPES = {
    AreaKind.STATE: "State",
    AreaKind.TERRITORY: "AdministrativeArea",
    AreaKind.METRO: "City",
    AreaKind.NONMETRO: "Place",
}
# A salary range whose label names two percentiles, as BLS ranges have: "10th to 90th percentile".
PERCENTILE_RANGE = re.compile(r"^(\d+)th to (\d+)th percentile$", re.I)


def place(area=None):
    """The schema.org place of an area, or of the nation."""
    if area is None or area.kind == AreaKind.NATION:
        return {"@type": "Country", "name": "United States"}
    return {"@type": PLACE_TYPES[area.kind], "name": area.name}


def distribution(values):
    return {
        "@type": "MonetaryAmountDistribution",
        "name": "base",
        "currency": "USD",
        "duration": "P1Y",
        **dict(sorted(values.items(), key=lambda item: SCHEMA_ORDER.index(item[0]))),
    }


def range_percentiles(occupation):
    """{schema.org percentile: value} of a salary range whose label names its percentiles, else {}."""
    match = PERCENTILE_RANGE.match(occupation.salary_range_label.strip())
    names = match and [f"percentile{number}" for number in match.groups()]
    if not names or not set(names) <= set(SCHEMA_ORDER):
        return {}
    top = set(occupation.top_coded or [])
    pairs = zip(names, ("salary_low", "salary_high"), strict=True)
    return {
        name: getattr(occupation, field)
        for name, field in pairs
        if getattr(occupation, field) is not None and field not in top
    }


def estimated_salary(occupation, wage=None):
    """(schema.org estimatedSalary, the Area it describes or None for the nation), or (None, None).

    Only what the figures are: the BLS percentiles of ``wage`` (the cell of the place the
    page is about) as a MonetaryAmountDistribution; else the percentiles a labelled salary
    range names, or the mean salary as a plain MonetaryAmount (schema.org has no property
    for a mean), the area's before the nation's. A range without a percentile label is no
    percentile and is left out, and so is a wage published only as "at or above the top
    code", a floor.
    """
    if wage is not None:
        values = {
            p.schema: getattr(wage, p.annual)
            for p in Wage.PERCENTILES
            if getattr(wage, p.annual) is not None and not wage.is_top_coded(p.annual)
        }
        if values:
            return distribution(values), None if wage.area.kind == AreaKind.NATION else wage.area
    found = []
    values = range_percentiles(occupation)
    if values:
        found.append((distribution(values), local.area_of(occupation, "salary_range")))
    if occupation.yearly_salary is not None and "yearly_salary" not in (occupation.top_coded or []):
        mean = {
            "@type": "MonetaryAmount",
            "name": "Mean annual salary",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "value": occupation.yearly_salary, "unitText": "YEAR"},
        }
        found.append((mean, local.area_of(occupation, "yearly_salary")))
    # On a page about an area, its own figures before the nation's.
    found.sort(key=lambda salary: salary[1] is None)
    return found[0] if found else (None, None)


def occupation_thing(request, occupation, wage=None):
    """schema.org/Occupation for an occupation fetched ``with_figures()`` (on a page about an
    area, as ``careers.local`` shows it); no query.

    ``wage`` is the BLS cell the page's pay describes. Its properties are the figures that
    declare one in ``careers.figures``, and the pay with the place it is for.
    """
    thing = {
        "@type": "Occupation",
        "name": occupation.title,
        "url": request.build_absolute_uri(occupation.get_absolute_url()),
    }
    if occupation.soc_code:
        thing["occupationalCategory"] = occupation.soc_code
    salary, area = estimated_salary(occupation, wage)
    if salary:
        thing["estimatedSalary"] = [salary]
        thing["occupationLocation"] = [place(area)]
    for figure in FIGURES:
        if figure.schema:
            name, value_of = figure.schema
            value = value_of(occupation)
            if value is not None:
                thing[name] = value
    return thing


def _in(occupation, figure):
    where = local.where(occupation, figure)
    return f" in {where}" if where else ""


def describe_occupation(occupation):
    """One or two sentences about an occupation's pay and jobs, for its meta description.

    On a page about an area (``careers.local``), each figure says the place it is for.
    """
    facts = []
    if occupation.yearly_salary is not None:
        facts.append(
            f"earn {fmt.money(occupation.yearly_salary)} a year on average{_in(occupation, 'yearly_salary')}"
        )
    if occupation.jobs is not None:
        area = local.area_of(occupation, "jobs")
        jobs = f"jobs in {area.name}" if area else "U.S. jobs"
        facts.append(f"hold {fmt.number(occupation.jobs)} {jobs}")
    nouns = occupation.nouns[:1].upper() + occupation.nouns[1:]
    lead = f"{nouns} {' and '.join(facts)}." if facts else f"What {occupation.nouns} do and earn."
    return f"{lead} Their pay, outlook, education, skills and duties, from official data."


def describe_pair(first, second):
    """A meta description that sets the two occupations' pay side by side, each said of its place."""
    if first.yearly_salary is not None and second.yearly_salary is not None:
        one, two = local.where(first, "yearly_salary"), local.where(second, "yearly_salary")
        after = ("", "") if one == two else (f" in {one}", f" in {two}")
        lead = (
            f"{first.nouns} earn {fmt.money(first.yearly_salary)} a year on average{after[0]} "
            f"and {second.nouns} {fmt.money(second.yearly_salary)}{after[1]}."
        )
        lead = f"In {one}, {lead}" if one and one == two else lead[:1].upper() + lead[1:]
    else:
        lead = f"{first.title_sentence} or {second.title_lower}?"
    return f"{lead} Compare their pay, job growth, education, demographics, skills and duties side by side."


# The pages of this app ----------------------------------------------------------


def occupation_meta(request, page):
    occupation, area, (shown,) = page.occupation, page.area, page.shown
    where = f" in {area.name}" if area else ""
    crumbs = [
        (occupation.category.name, occupation.category.get_absolute_url()),
        (occupation.title, occupation.get_absolute_url()),
    ]
    if area:
        crumbs.append((area.name, request.path))
    return page_meta(
        request,
        f"{occupation.title}{where}: pay, skills and outlook",
        describe_occupation(shown),
        crumbs=crumbs,
        things=[occupation_thing(request, shown, page.place_wages.get(occupation.pk))],
        noindex=not page.indexable,
        og_type="article",
    )


def paged(heading, table):
    number = table.page.number if getattr(table, "page", None) else 1
    return f"{heading}, page {number}" if number > 1 else heading


def row_count(table):
    """How many rows a table lists over all its pages."""
    return table.paginator.count if getattr(table, "paginator", None) else len(table.rows)


def listing_meta(request, table, categories):
    count = row_count(table)
    return page_meta(
        request,
        paged("All careers", table),
        f"Yearly salary and number of jobs of all {count:,} occupations we cover, in "
        f"{len(categories)} categories, from official U.S. data.",
        crumbs=[("Careers", reverse("careers:occupation-list"))],
    )


def category_meta(request, category, table):
    count = row_count(table)
    return page_meta(
        request,
        paged(f"{category.name} careers", table),
        f"Yearly salary and number of jobs of the {count:,} {category.name} occupations, "
        "with their outlook, education and skills, from official U.S. data.",
        crumbs=[(category.name, category.get_absolute_url())],
    )


def sources_meta(request, sources):
    return page_meta(
        request,
        "Sources",
        f"The {len(sources)} sources of every figure on {settings.SITE_NAME}, each with the date it describes.",
        crumbs=[("Sources", reverse("careers:sources"))],
    )


def area_list_meta(request, groups):
    count = sum(len(places) for _, places in groups)
    return page_meta(
        request,
        "Pay by state and metro area",
        f"Jobs and pay of every occupation in {count:,} states, territories and metropolitan and "
        "nonmetropolitan areas, from the U.S. Bureau of Labor Statistics.",
        crumbs=[("Areas", reverse("careers:area-list"))],
    )


def area_meta(request, area, table):
    count = row_count(table)
    return page_meta(
        request,
        paged(f"Jobs and pay in {area.name}", table),
        f"Employment and annual mean wages of the {count:,} occupations the U.S. Bureau of Labor "
        f"Statistics publishes for {area.name}.",
        crumbs=[("Areas", reverse("careers:area-list")), (area.name, area.get_absolute_url())],
    )


def search_meta(request, query):
    return page_meta(
        request,
        f"Search results for \u201c{query}\u201d" if query else "Search careers",
        f"Occupations matching \u201c{query}\u201d by title or SOC code." if query else "Find an occupation.",
        crumbs=[("Search", reverse("careers:search"))],
        noindex=True,
    )
