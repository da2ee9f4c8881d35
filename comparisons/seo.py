"""Titles, descriptions, breadcrumbs and structured data of the home and comparison pages."""

from django.conf import settings
from django.urls import reverse

from careers.seo import describe_pair, occupation_thing, page_meta

from .pairs import pair_url
from .related import minor_group


def indexable(first, second, published):
    """Whether crawlers may index the pair: an editor published it, or both occupations are
    of one SOC minor group (the pairs the sitemap lists)."""
    group = minor_group(first)
    return published or (group is not None and group == minor_group(second))


def pair_meta(request, first, second, heading, published, place=None, wages=None):
    """A pair that is not published still renders, but asks crawlers not to index it."""
    wages = wages or {}
    where = f" in {place.name}" if place else ""
    crumbs = [
        (first.category.name, first.category.get_absolute_url()),
        (f"{first.title} vs {second.title}", pair_url(first, second)),
    ]
    if place:
        crumbs.append((place.name, request.path))
    return page_meta(
        request,
        f"{heading}{where}: pay, skills and outlook",
        describe_pair(first, second),
        crumbs=crumbs,
        things=[occupation_thing(request, o, wages.get(o.pk)) for o in (first, second)],
        noindex=not indexable(first, second, published),
        og_type="article",
    )


def home_meta(request):
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
    return page_meta(
        request,
        "Compare two careers",
        "Compare the pay, job outlook, education, demographics and skills of any two U.S. occupations, "
        "side by side, from official data.",
        things=[website],
    )
