"""Titles, descriptions, breadcrumbs and structured data of the home and comparison pages."""

from django.conf import settings
from django.urls import reverse

from careers.seo import describe_pair, occupation_thing, page_meta


def pair_meta(request, page):
    """A pair crawlers may not index (``pairs.indexable``) still renders, with noindex."""
    first, second, place, wages = page.first, page.second, page.area, page.place_wages
    where = f" in {place.name}" if place else ""
    crumbs = [
        (first.category.name, first.category.get_absolute_url()),
        (f"{first.title} vs {second.title}", page.url()),
    ]
    if place:
        crumbs.append((place.name, request.path))
    return page_meta(
        request,
        f"{page.heading}{where}: pay, skills and outlook",
        describe_pair(*page.shown),
        crumbs=crumbs,
        things=[occupation_thing(request, o, wages.get(o.pk)) for o in page.shown],
        noindex=not page.indexable,
        og_type="article",
    )


def home_meta(request, errors=False):
    """The home page's meta; after a refused submission its title starts with "Error: "."""
    home = request.build_absolute_uri(reverse("comparisons:home"))
    search = request.build_absolute_uri(reverse("careers:search"))
    website = {
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "url": home,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    meta = page_meta(
        request,
        "Compare two careers",
        "Compare the pay, job outlook, education, demographics and skills of any two U.S. occupations, "
        "side by side, from official data.",
        things=[website],
    )
    if errors:
        meta.title = f"Error: {meta.title}"
    return meta
