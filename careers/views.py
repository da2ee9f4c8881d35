from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from . import areas, bls, caching, pages, places, seo, slugs, titles
from .models import Category, Occupation, Source
from .pages import OccupationPage
from .places import PlacesPage
from .queries import listing_query, sort_query
from .search import MAX_RESULTS, suggestions
from .search import search as find_occupations
from .tables import AfterPricesTable, AreaWageTable, OccupationTable, paginate


@caching.public_page(query=listing_query(OccupationTable))
def occupation_list(request):
    occupations = Occupation.objects.for_listing()
    table = paginate(request, OccupationTable(occupations))
    categories = list(Category.objects.all())
    return render(
        request,
        "careers/occupation_list.html",
        {"table": table, "categories": categories, "meta": seo.listing_meta(request, table, categories)},
    )


@caching.public_page(caching.category_stamps, query=listing_query(OccupationTable))
def category_detail(request, slug):
    category = get_object_or_404(Category, slug=slug)
    table = paginate(request, OccupationTable(Occupation.objects.for_listing().filter(category=category)))
    return render(
        request,
        "careers/category_detail.html",
        {"category": category, "table": table, "meta": seo.category_meta(request, category, table)},
    )


@caching.public_page(caching.occupation_stamps, query=sort_query(AfterPricesTable))
def occupation_detail(request, slug, area=None):
    return pages.serve(request, OccupationPage, area, slug=slug)


@require_safe
def occupation_area_select(request, slug):
    """Where the area picker submits: on to the canonical page of the chosen area.

    A former slug is sent on to the picker's current address first. One query.
    """
    moved = slugs.current([slug])
    if moved:
        return areas.moved_picker(request, "careers:occupation-area-select", moved[slug])
    return areas.redirect_to_chosen(request, "careers:occupation-detail", "careers:occupation-area", slug)


@caching.public_page(caching.occupation_stamps)
def occupation_places(request, slug, places):
    return pages.serve(request, PlacesPage, None, slug=slug, places=places)


@require_safe
def occupation_places_select(request, slug):
    """Where the form that picks two places submits: on to their page, the two in canonical order.

    Unsubmitted, it is the form's own page; submitted without two places it answers 400 with
    the form again. A former slug is sent on to the form's current address first. One query;
    two more for the form's page.
    """
    moved = slugs.current([slug])
    if moved:
        return areas.moved_picker(request, "careers:occupation-places-select", moved[slug])
    named = places.chosen(request)
    if named is not None:
        return redirect("careers:occupation-places", slug, places.address(*sorted(named)))
    occupation = get_object_or_404(Occupation, slug=slug)
    submitted = "a" in request.GET or "b" in request.GET
    return render(
        request,
        "careers/places_choice.html",
        {
            "occupation": occupation,
            "places_picker": areas.places_picker(occupation),
            "message": places.CHOOSE if submitted else "",
            "meta": seo.page_meta(
                request,
                f"Compare pay of {occupation.nouns} in two places",
                f"Pick two states or metro areas to set the pay and jobs of {occupation.nouns} side by side.",
                crumbs=[(occupation.title, occupation.get_absolute_url())],
                noindex=True,
            ),
        },
        status=400 if submitted else 200,
    )


@caching.public_page()
def area_list(request):
    groups = areas.grouped(areas.local_areas())
    return render(
        request, "careers/area_list.html", {"groups": groups, "meta": seo.area_list_meta(request, groups)}
    )


@caching.public_page(query=listing_query(AreaWageTable))
def area_detail(request, slug):
    area = areas.find(slug)
    if area is None:
        raise Http404(f"We have no area at \u201c{slug}\u201d. Pick one from the list of areas.")
    table = paginate(request, AreaWageTable(areas.occupations_in(area), area))
    return render(
        request,
        "careers/area_detail.html",
        {
            "area": area,
            "table": table,
            "release": bls.OEWS_RELEASE,
            "citation": bls.OEWS_CITATION,
            "source_url": bls.OEWS_URL,
            "meta": seo.area_meta(request, area, table),
        },
    )


@caching.public_page()
def source_list(request):
    sources = list(Source.objects.all())
    return render(
        request, "careers/source_list.html", {"sources": sources, "meta": seo.sources_meta(request, sources)}
    )


@require_safe
def suggest(request):
    """Up to ten occupations whose titles start with the words typed, for the compare form's suggestions."""
    query = request.GET.get("q", "").replace("\x00", "")
    response = JsonResponse(
        {
            "query": query[: titles.MAX_QUERY_LENGTH],
            "suggestions": [s.as_dict() for s in titles.suggest(query)],
        }
    )
    patch_cache_control(response, public=True, max_age=settings.BROWSER_CACHE_SECONDS)
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def search(request):
    # PostgreSQL refuses NUL characters in any text it is sent.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    results = find_occupations(query)
    offered, close = suggestions(query) if query and not results else ([], False)
    return render(
        request,
        "careers/search.html",
        {
            "query": query,
            "search_query": query,
            "results": results,
            "limit": MAX_RESULTS,
            "suggestions": offered,
            "suggestions_are_close": close,
            "meta": seo.search_meta(request, query),
        },
    )
