"""Which occupations have each figure of the registry, asked of the database.

``has_figure`` is ``Figure.has_value`` as a query condition, so that a count over all
occupations, or a list of those that lack a figure, is one query rather than one per
occupation.
"""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q

from .figures import FIGURES
from .models import Occupation

TEXT_FIELDS = (models.CharField, models.TextField)


def has_figure(figure):
    """A condition true for occupations with a value of the figure (any of its value fields, or a related row)."""
    if figure.related:
        rows = Occupation._meta.get_field(figure.related).related_model
        return Exists(rows.objects.filter(occupation=OuterRef("pk")))
    condition = Q()
    for value in figure.values:
        field = Occupation._meta.get_field(value.field)
        if isinstance(field, TEXT_FIELDS) and not field.null:
            condition |= ~Q(**{value.field: ""})
        else:
            condition |= Q(**{f"{value.field}__isnull": False})
    return condition


def coverage(occupations=None):
    """[(Figure, how many of the occupations have it)] for every figure, in registry order. One query."""
    occupations = Occupation.objects.exclude(soc_code=None) if occupations is None else occupations
    counts = occupations.aggregate(
        total=Count("pk"), **{figure.name: Count("pk", filter=Q(has_figure(figure))) for figure in FIGURES}
    )
    return counts.pop("total"), [(figure, counts[figure.name]) for figure in FIGURES]
