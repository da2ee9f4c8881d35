"""Validators of comparison pages: when the pair's occupations and its editor's record last changed."""

from careers.caching import occupation_updates
from careers.versions import per_version

from . import pairs
from .models import Comparison


@per_version
def comparison_updates():
    """{frozenset of the two slugs: updated_at} of every editor's comparison: one query per data version."""
    rows = Comparison.objects.values_list("first__slug", "second__slug", "updated_at").order_by()
    return {frozenset((first, second)): updated_at for first, second, updated_at in rows}


def pair_stamps(request, pair, area=None, **kwargs):
    """Both occupations' ``updated_at`` and the pair's Comparison's, or None when the address
    names no pair of occupations (the view then answers 404, or redirects a former slug)."""
    slugs = pairs.split(pair)
    if slugs is None or slugs[0] == slugs[1]:
        return None
    updated = occupation_updates()
    if slugs[0] not in updated or slugs[1] not in updated:
        return None
    return [updated[slugs[0]], updated[slugs[1]], comparison_updates().get(frozenset(slugs))]
