from django.shortcuts import get_object_or_404, render
from django_tables2 import RequestConfig

from comparisons.tables import section_tables

from .figures import Citations, load_sources
from .models import Category, Occupation, Source
from .tables import OccupationTable

PER_PAGE = 100


def occupation_list(request):
    occupations = Occupation.objects.for_listing()
    table = OccupationTable(occupations)
    RequestConfig(request, paginate={"per_page": PER_PAGE}).configure(table)
    return render(
        request,
        "careers/occupation_list.html",
        {"table": table, "categories": Category.objects.all()},
    )


def category_detail(request, slug):
    category = get_object_or_404(Category, slug=slug)
    table = OccupationTable(Occupation.objects.for_listing().filter(category=category))
    RequestConfig(request, paginate={"per_page": PER_PAGE}).configure(table)
    return render(request, "careers/category_detail.html", {"category": category, "table": table})


def occupation_detail(request, slug):
    occupation = get_object_or_404(Occupation.objects.with_figures(), slug=slug)
    citations = Citations(load_sources([occupation]))
    return render(
        request,
        "careers/occupation_detail.html",
        {
            "occupation": occupation,
            "occupations": [occupation],
            "citations": citations,
            "tables": section_tables([occupation], citations, occupation.title),
        },
    )


def source_list(request):
    return render(request, "careers/source_list.html", {"sources": Source.objects.all()})
