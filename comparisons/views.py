from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from careers import areas, caching
from careers import seo as careers_seo
from careers.figures import Citations, load_sources
from careers.models import AreaKind, Category, Occupation
from careers.views import not_found

from . import downloads, pairs, seo
from .caching import pair_stamps
from .forms import CompareForm
from .related import comparisons_of, popular_comparisons, related_comparisons
from .summary import summary
from .tables import section_tables


@caching.public_page()
def home(request):
    # Only a submitted form is bound: other parameters (utm_source=...) leave the page as it is.
    submitted = "a" in request.GET or "b" in request.GET
    form = CompareForm(request.GET if submitted else None)
    if form.is_valid():
        (first, second), _ = pairs.canonical_order(form.cleaned_data["a"], form.cleaned_data["b"])
        return redirect(pairs.pair_url(first, second))
    return render(
        request,
        "comparisons/home.html",
        {
            "form": form,
            "titles": Occupation.objects.values_list("title", flat=True),
            "categories": Category.objects.all(),
            "popular": popular_comparisons(),
            "meta": seo.home_meta(request),
        },
        status=400 if form.is_bound else 200,
    )


def named_pair(pair):
    """The two occupations a pair address names, in its order, or why there are none.

    Returns ((first, second), None) or (None, message). Runs at most one query.
    """
    slugs = pairs.split_pair(pair)
    if slugs is None:
        return None, "A comparison address names two occupations, such as /compare/accountants-vs-auditors/."
    if slugs[0] == slugs[1]:
        return None, "That address names the same occupation twice. Pick a second occupation to compare."
    found = {o.slug: o for o in Occupation.objects.with_figures().filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        return None, f"We have no occupation at \u201c{missing[0]}\u201d."
    return (found[slugs[0]], found[slugs[1]]), None


@caching.public_page(pair_stamps)
def pair(request, pair, area=None):
    place = None
    if area is not None:
        place = areas.find(area)
        if place is None:
            return not_found(request, areas.UNKNOWN.format(area))
    named, problem = named_pair(pair)
    if problem:
        return not_found(request, problem)
    known = comparisons_of(named)
    (first, second), published = pairs.canonical_order(*named, known)
    if place is not None and place.kind == AreaKind.NATION:
        return redirect(pairs.pair_url(first, second), permanent=True)
    if (first, second) != named:
        return redirect(pairs.pair_url(first, second, place), permanent=True)
    citations = Citations(load_sources([first, second]))
    heading = f"{first.title_sentence} vs {second.title_lower}"
    context = {
        "first": first,
        "second": second,
        "occupations": [first, second],
        "heading": heading,
        "summary": summary(first, second),
        "tables": section_tables([first, second], citations, heading),
        "citations": citations,
        "published": published,
        **areas.page_context(
            [first, second],
            citations,
            reverse("comparisons:pair-area-select", args=[pair]),
            place,
        ),
        "related": related_comparisons([first, second], known),
        "related_heading": "Related comparisons",
    }
    wages = careers_seo.national_wages_shown(context)
    context["meta"] = seo.pair_meta(request, first, second, heading, published, place, wages)
    return render(request, "comparisons/pair.html", context)


def pair_area_select(request, pair):
    """Where the area picker submits: on to the canonical page of the chosen area."""
    return areas.redirect_to_chosen(request, "comparisons:pair", "comparisons:pair-area", pair)


@caching.public_page(pair_stamps)
def pair_data(request, pair, fmt):
    """The comparison's figures as CSV or JSON, at the canonical pair's address."""
    named, problem = named_pair(pair)
    if problem:
        return not_found(request, problem)
    (first, second), _ = pairs.canonical_order(*named)
    if (first, second) != named:
        return redirect(
            f"comparisons:pair-{fmt}", f"{first.slug}{pairs.SEPARATOR}{second.slug}", permanent=True
        )
    occupations, sources = [first, second], load_sources([first, second])
    name = f"{first.slug}{pairs.SEPARATOR}{second.slug}.{fmt}"
    if fmt == "csv":
        body, content_type = downloads.as_csv(occupations, sources), "text/csv; charset=utf-8"
    else:
        page = request.build_absolute_uri(pairs.pair_url(first, second))
        title = f"{first.title} vs {second.title}"
        body = downloads.as_json(occupations, sources, title, page, request.build_absolute_uri)
        content_type = "application/json"
    response = HttpResponse(body, content_type=content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Robots-Tag"] = "noindex"
    return response
