"""A pair of occupations: its address, its canonical order, and whether crawlers may index it.

Every pair has one address, ``/compare/<first>-vs-<second>/``, that never moves when
figures change. Its canonical order is the one an editor fixed in a Comparison; for any
other pair it is the alphabetical order of the slugs. Crawlers may index a pair an
editor published, a pair of one SOC minor group (the same first four characters of the
code, "43-3") and a pair O*NET names as primary related occupations, and such a pair's
page about a state where BLS published figures of both occupations (``indexable_in``);
other pages render, with ``noindex``.

Everything that builds, reads or orders a pair calls this module: views, sitemaps,
related comparisons and templates (through ``url`` and the page objects).
"""

from dataclasses import dataclass

from django.db.models import Q, Value
from django.urls import reverse

from careers import slugs as former_slugs
from careers import snapshots
from careers.areas import addresses
from careers.models import AreaKind, RelatedOccupation

from .models import Comparison

SEPARATOR = former_slugs.SEPARATOR
# The kinds of areas in which a pair's page may be indexed.
INDEXED_AREA_KINDS = {AreaKind.STATE}
# The pair's part of a URL, "accountants-and-auditors-vs-budget-analysts", and back.
address = former_slugs.joined
split = former_slugs.split_joined


def moved(pair_address):
    """The address with each former slug in it replaced by the current one, or None when none moved.

    One query.
    """
    slugs = split(pair_address)
    current = former_slugs.current(slugs) if slugs else {}
    if not current:
        return None
    return address(*(current.get(slug, slug) for slug in slugs))


class PairConverter(former_slugs.JoinedConverter):
    """The ``<pair:pair>`` URL part. Reversed with two occupations (anything with a slug)
    it builds their address; matched, it hands the view the text, which ``split`` reads
    so that a malformed address can be answered with a helpful 404."""

    regex = "[^/]+"


def url(first, second, area=None, name="pair"):
    """The address of the pair's page (``name`` "pair-csv" or "pair-json" for its downloads)."""
    if area is not None:
        return reverse("comparisons:pair-area", args=[(first, second), area.slug])
    return reverse(f"comparisons:{name}", args=[(first, second)])


def area_urls(first, second, areas):
    """The addresses of the pair's pages about each of ``areas`` (``careers.areas.addresses``):
    a national pair page links fifty states."""
    return addresses(lambda area: url(first, second, area), areas)


@dataclass
class Known:
    """What is known of the pairs of some occupations: editors' comparisons, as
    (first_id, second_id, published) rows, and O*NET's primary related pairs, as frozensets."""

    comparisons: list
    related: set

    def __iter__(self):
        return iter(self.comparisons)

    def is_related(self, first, second):
        return frozenset((first.pk, second.pk)) in self.related


def known(occupations):
    """Every Comparison, and every primary related pair, that involves any of the occupations.

    ``canonical_order``, ``indexable`` and the related comparisons read the result. What is
    known of each occupation is kept in the cache (``careers.snapshots.kept``): one query for
    the occupations whose part is not.
    """
    parts = snapshots.kept("known", [o.pk for o in occupations], known_in_database).values()
    return Known(
        list(dict.fromkeys(row for part in parts for row in part.comparisons)),
        set().union(*(part.related for part in parts)),
    )


def known_in_database(ids):
    """{occupation id: Known} of the pairs that involve each of the occupations. One query."""
    comparisons = (
        Comparison.objects.filter(Q(first__in=ids) | Q(second__in=ids))
        .annotate(related=Value(False))
        .values_list("first_id", "second_id", "published", "related")
        .order_by()
    )
    related = (
        RelatedOccupation.objects.filter(tier__in=RelatedOccupation.PRIMARY)
        .filter(Q(occupation__in=ids) | Q(related__in=ids))
        .annotate(published=Value(False), is_related=Value(True))
        .values_list("occupation_id", "related_id", "published", "is_related")
        .order_by()
    )
    found = {pk: Known([], set()) for pk in ids}
    for first, second, published, is_related in comparisons.union(related, all=True):
        for part in (found.get(first), found.get(second)):
            if part is None:
                continue
            if is_related:
                part.related.add(frozenset((first, second)))
            else:
                part.comparisons.append((first, second, published))
    return found


def ordered(a, b, fixed):
    """The two occupations (anything with ``pk`` and ``slug``) in canonical order.

    ``fixed`` holds the (first_id, second_id) of the pairs editors fixed, as a set or
    as the keys of a dict.
    """
    if (b.pk, a.pk) in fixed:
        return b, a
    if (a.pk, b.pk) in fixed:
        return a, b
    return (a, b) if a.slug < b.slug else (b, a)


def canonical_order(first, second, comparisons):
    """((first, second) in canonical order, whether an editor published the pair).

    ``comparisons`` are rows of ``known`` that include any row of this pair.
    """
    fixed = {(a, b): published for a, b, published in comparisons}
    pair = ordered(first, second, fixed)
    return pair, fixed.get((pair[0].pk, pair[1].pk), False)


def minor_group(soc_code):
    """ "43-3011" -> "43-3"; None for an occupation without a SOC code."""
    return soc_code[:4] if soc_code else None


def same_minor_group(first_soc_code, second_soc_code):
    group = minor_group(first_soc_code)
    return group is not None and group == minor_group(second_soc_code)


def indexable(first, second, published, related=False):
    """Whether crawlers may index the pair (and the sitemap lists it): an editor published it,
    both are of one SOC minor group, or O*NET names them primary related occupations."""
    return published or related or same_minor_group(first.soc_code, second.soc_code)


def indexable_in(area, published_for_both):
    """Whether crawlers may index an indexable pair's page about ``area`` (and a sitemap lists it):
    in a state (DC included) where BLS published figures of both occupations.

    Other area pages of a pair, and every area page of a pair that is not indexable, render
    with noindex: a metro area's comparisons would run to millions of near-copies, and a
    page without both occupations' figures says little that the national page does not.
    """
    return area.kind in INDEXED_AREA_KINDS and published_for_both
