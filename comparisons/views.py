from django.shortcuts import redirect, render

from careers.figures import Citations, load_sources
from careers.models import Category, Occupation

from . import pairs
from .forms import CompareForm
from .summary import summary
from .tables import section_tables


def home(request):
    form = CompareForm(request.GET or None)
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
        },
        status=400 if form.is_bound else 200,
    )


def not_found(request, message):
    return render(request, "404.html", {"message": message}, status=404)


def pair(request, pair):
    slugs = pairs.split_pair(pair)
    if slugs is None:
        return not_found(
            request, "A comparison address names two occupations, such as /compare/accountants-vs-auditors/."
        )
    if slugs[0] == slugs[1]:
        return not_found(
            request, "That address names the same occupation twice. Pick a second occupation to compare."
        )
    found = {o.slug: o for o in Occupation.objects.with_figures().filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        return not_found(request, f"We have no occupation at \u201c{missing[0]}\u201d.")
    (first, second), published = pairs.canonical_order(found[slugs[0]], found[slugs[1]])
    if (first.slug, second.slug) != slugs:
        return redirect(pairs.pair_url(first, second), permanent=True)
    citations = Citations(load_sources([first, second]))
    heading = f"{first.title_sentence} vs {second.title_lower}"
    return render(
        request,
        "comparisons/pair.html",
        {
            "first": first,
            "second": second,
            "occupations": [first, second],
            "heading": heading,
            "summary": summary(first, second),
            "tables": section_tables([first, second], citations, heading),
            "citations": citations,
            "published": published,
        },
    )
