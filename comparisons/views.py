from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from careers import areas, caching, pages
from careers.models import Category
from careers.queries import compare_query, sort_query
from careers.tables import PAIR_PREFIXES, AfterPricesTable

from . import downloads, pairs, seo
from .caching import pair_stamps
from .forms import CompareForm
from .pages import PairPage
from .related import popular_comparisons


@caching.public_page(query=compare_query)
def home(request):
    # Only a submitted form is bound: other parameters (utm_source=...) leave the page as it is.
    submitted = "a" in request.GET or "b" in request.GET
    form = CompareForm(request.GET if submitted else None)
    if form.is_valid():
        chosen = form.cleaned_data["a"], form.cleaned_data["b"]
        (first, second), _ = pairs.canonical_order(*chosen, pairs.known(chosen))
        return redirect(pairs.url(first, second))
    return render(
        request,
        "comparisons/home.html",
        {
            "form": form,
            "categories": Category.objects.all(),
            "popular": popular_comparisons(),
            "meta": seo.home_meta(request, errors=bool(form.errors)),
        },
        status=400 if form.is_bound else 200,
    )


@caching.public_page(pair_stamps, query=sort_query(AfterPricesTable, PAIR_PREFIXES))
def pair(request, pair, area=None):
    return pages.serve(request, PairPage, area, pair=pair)


@require_safe
def pair_area_select(request, pair):
    """Where the area picker submits: on to the canonical page of the chosen area.

    An address with a former slug is sent on to the picker's current address first. One query.
    """
    moved = pairs.moved(pair)
    if moved:
        return areas.moved_picker(request, "comparisons:pair-area-select", moved)
    return areas.redirect_to_chosen(request, "comparisons:pair", "comparisons:pair-area", pair)


@caching.public_page(pair_stamps)
def pair_data(request, pair, fmt):
    """The comparison's figures as CSV or JSON, at the canonical pair's address."""
    page = PairPage.fetch(request, None, pair=pair)
    moved = page.moved(page.csv_url if fmt == "csv" else page.json_url)
    if moved:
        return moved
    if fmt == "csv":
        body, content_type = downloads.as_csv(page), "text/csv; charset=utf-8"
    else:
        body, content_type = downloads.as_json(page), "application/json"
    response = HttpResponse(body, content_type=content_type)
    name = pairs.address(page.first.slug, page.second.slug)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response.headers["X-Robots-Tag"] = "noindex"
    return response
