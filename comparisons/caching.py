"""Validators of comparison pages: when the pair's occupations and its editor's record last changed."""

from django.db.models import OuterRef, Q, Subquery

from careers.models import Occupation

from . import pairs
from .models import Comparison


def pair_stamps(request, pair, area=None, **kwargs):
    """One query: both occupations' ``updated_at`` and the pair's Comparison's, or None
    when the address names no pair of occupations (the view then answers 404)."""
    slugs = pairs.split(pair)
    if slugs is None or slugs[0] == slugs[1]:
        return None
    compared = Comparison.objects.filter(
        Q(first=OuterRef("pk"), second__slug__in=slugs) | Q(second=OuterRef("pk"), first__slug__in=slugs)
    ).values("updated_at")[:1]
    rows = list(
        Occupation.objects.filter(slug__in=slugs)
        .annotate(compared_at=Subquery(compared))
        .values_list("updated_at", "compared_at")
    )
    if len(rows) != 2:
        return None
    return [stamp for row in rows for stamp in row]
