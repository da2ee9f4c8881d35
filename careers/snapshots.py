"""Occupations as detail pages read them, kept in the cache per data version.

A comparison page is one of some 340,000 pairs, so most of them are rendered afresh,
yet each reads only two of some 800 occupations. Fetching an occupation with its
figures, duties, skills and wage cells costs most of such a page, so each occupation
is kept whole in the cache once fetched, under a key of the site-wide data version
(``careers.versions``) and the code fingerprint: a change anywhere makes new keys, so
an edit shows at the next request and nothing needs a purge, as for pages.

Other modules keep what they work out for one occupation the same way, with ``kept``.

An occupation from here is one of ``Occupation.objects.with_figures()`` that also holds:

- ``national_wage``: its all-industries national Wage, with area and source, or None;
- ``top_states``: the states where its pay goes furthest (``careers.prices.top_states``);
- ``published_areas``: the ids of the areas where BLS published its figures.

The cache failing open (``careers.cache_backends``) only makes every read a miss.
"""

from django.conf import settings
from django.core.cache import cache

from . import areas, prices
from .caching import code_fingerprint
from .models import Occupation, Wage
from .tables import AFTER_PRICES_COUNT
from .versions import data_version


def kept(name, keys, fetch):
    """{key: value} for those of ``keys`` that have a value: from the cache where it holds
    them under this data version and code, else from ``fetch(missing keys)``, a dict of
    the values found, which are then kept. Each kind of value has its own ``name``."""
    keys = list(dict.fromkeys(keys))
    if not settings.OCCUPATION_CACHE_SECONDS:
        return fetch(keys)
    prefix = f"{name}:{data_version().token}:{code_fingerprint()}:"
    names = {k: f"{prefix}{k}" for k in keys}
    held = cache.get_many(names.values())
    found = {k: held[names[k]] for k in keys if names[k] in held}
    missing = [k for k in keys if k not in found]
    if missing:
        fetched = fetch(missing)
        cache.set_many({names[k]: v for k, v in fetched.items()}, settings.OCCUPATION_CACHE_SECONDS)
        found.update(fetched)
    return found


def fetch(slugs):
    """{slug: occupation} of the occupations with these (current) slugs, from the cache
    when kept there; those that are not cost the queries of ``complete`` and six more."""
    return kept("occupation", slugs, fetch_from_database)


def fetch_from_database(slugs):
    fetched = complete(list(Occupation.objects.with_figures().filter(slug__in=slugs)))
    return {o.slug: o for o in fetched}


def complete(occupations):
    """Give occupations fetched ``with_figures()`` what a page reads beside them, unless they
    have it. Three queries for any number of occupations, none when all have it."""
    wanting = [o for o in occupations if not hasattr(o, "published_areas")]
    if not wanting:
        return occupations
    ids = [o.pk for o in wanting]
    # The cells are grouped by occupation here (and top_states ranks its own), so none of them
    # needs the cells' ordering, which joins the occupations' table to sort by title.
    national = {
        wage.occupation_id: wage
        for wage in Wage.objects.cross_industry()
        .national()
        .filter(occupation__in=ids)
        .select_related("area", "source")
        .order_by()
    }
    priced = {pk: [] for pk in ids}
    for wage in Wage.objects.priced_states(wanting).order_by():
        priced[wage.occupation_id].append(wage)
    published = {pk: set() for pk in ids}
    cells = areas.with_figures(Wage.objects.cross_industry().filter(occupation__in=ids))
    for occupation_id, area_id in cells.values_list("occupation_id", "area_id").order_by():
        published[occupation_id].add(area_id)
    for o in wanting:
        o.national_wage = national.get(o.pk)
        o.top_states = prices.top_states(priced[o.pk], AFTER_PRICES_COUNT)
        o.published_areas = published[o.pk]
    return occupations
