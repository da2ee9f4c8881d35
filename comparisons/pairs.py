"""Canonical URLs for pairs of occupations.

A pair's canonical order is the one an editor fixed in a Comparison; for any
other pair it is the alphabetical order of the slugs, so that every pair has
exactly one URL that never moves when figures change.
"""

from django.core.validators import slug_re
from django.urls import reverse

from .models import Comparison

SEPARATOR = "-vs-"


def split_pair(pair):
    """ "a-vs-b" -> ("a", "b"), or None for anything that is not two slugs."""
    if pair.count(SEPARATOR) != 1:
        return None
    first, second = pair.split(SEPARATOR)
    # Only slugs go on to the database: PostgreSQL refuses some characters (NUL) outright.
    if not slug_re.match(first) or not slug_re.match(second):
        return None
    return first, second


def canonical_order(first, second, comparisons=None):
    """Return the two occupations in canonical order. Runs one query.

    ``comparisons``, (first_id, second_id, published) rows already fetched that
    include any row of this pair, saves the query.
    """
    if comparisons is None:
        fixed = (
            Comparison.objects.filter(first__in=[first, second], second__in=[first, second])
            .values_list("first_id", "published")
            .first()
        )
    else:
        ids = {first.pk, second.pk}
        fixed = next(((a, published) for a, b, published in comparisons if {a, b} == ids), None)
    if fixed:
        first_id, published = fixed
        pair = (first, second) if first.pk == first_id else (second, first)
        return pair, published
    pair = (first, second) if first.slug < second.slug else (second, first)
    return pair, False


def pair_url(first, second, area=None):
    pair = f"{first.slug}{SEPARATOR}{second.slug}"
    if area is not None:
        return reverse("comparisons:pair-area", args=[pair, area.slug])
    return reverse("comparisons:pair", args=[pair])
