"""Skill profiles and the skill match between occupations.

O*NET rates 35 skills for each occupation: how important each is (1 to 5) and the
level the job needs (0 to 7). A move from an origin to a destination has a skill match
from 0 to 100, the lower of two shares: ``coverage``, the share of the destination's
skill levels, weighted by how important each skill is to it, that the origin already
reaches; and ``likeness``, how closely the two jobs' levels agree, each skill weighted
by its importance to either. Coverage alone would call a software developer's skills a
full match for a cashier's job; likeness alone would not see that moving up takes more
than moving down.

Ranking one occupation against all others needs every profile: ``catalog`` builds
them with the median pay of each occupation in three queries, and keeps them in this
process and in the cache under the data version, so that pages read them without a
query afterwards.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.core.cache import cache
from django.db.models import FloatField
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse

from .models import Occupation, Skill, Wage
from .versions import data_version

METHOD = (
    "The skill match compares the level each of O*NET\u2019s 35 skills needs in both jobs, weighted by "
    "how important it is: 100 means the current job already reaches every level the new one needs, "
    "and the two need the same skills."
)
LABELS = [
    (90, "very similar skills"),
    (75, "similar skills"),
    (60, "some new skills to learn"),
    (0, "many new skills to learn"),
]
CATALOG_KEY = "skill-catalog:2:{}"
CATALOG_SECONDS = 24 * 60 * 60
NEXT_STEPS = 5


class Rating(NamedTuple):
    """How important a skill is to a job (1 to 5) and the level it needs (0 to 7)."""

    importance: float
    level: float


def profile(occupation):
    """{skill name: Rating} of the skills O*NET rates for an occupation fetched ``with_figures()``."""
    return {
        s.name: Rating(float(s.importance), float(s.level or 0))
        for s in occupation.skills.all()
        if s.importance is not None
    }


def match(origin, destination):
    """The skill match (0 to 100) of a move between two profiles, or None without ratings."""
    if not origin or not destination:
        return None
    names = origin.keys() | destination.keys()
    return vector_match(vector(origin, names), vector(destination, names))


def coverage(origin, destination):
    """The share of the destination's importance-weighted skill levels the origin reaches."""
    names = origin.keys() | destination.keys()
    return shares(vector(origin, names), vector(destination, names))[0]


def likeness(origin, destination):
    """How closely two profiles' levels agree, each skill weighted by its importance to either."""
    names = origin.keys() | destination.keys()
    return shares(vector(origin, names), vector(destination, names))[1]


class Vector(NamedTuple):
    """A profile as two rows of numbers, one per skill name in a fixed order.

    A skill the profile does not rate counts as importance 1 and level 0, which leaves
    both shares as they would be without it.
    """

    importance: tuple
    level: tuple


def vector(profile, names):
    return Vector(
        tuple(profile[name][0] if name in profile else 1.0 for name in names),
        tuple(profile[name][1] if name in profile else 0.0 for name in names),
    )


def vector_match(origin, destination):
    """``match`` of two Vectors over the same names."""
    found = shares(origin, destination)
    return None if None in found else round(100 * min(found))


def shares(origin, destination):
    """(coverage, likeness) of a move between two Vectors over the same names: one pass."""
    needed = short = apart = total = 0.0
    rows = zip(origin.importance, destination.importance, origin.level, destination.level, strict=True)
    for mine, theirs, reached, level in rows:
        weight = mine if mine > theirs else theirs
        needed += theirs * level
        if level > reached:
            short += theirs * (level - reached)
            apart += weight * (level - reached)
            total += weight * level
        else:
            apart += weight * (reached - level)
            total += weight * reached
    return (1 - short / needed if needed else None), (1 - apart / total if total else None)


def label(score):
    """The skill match in plain words."""
    return next(text for floor, text in LABELS if score >= floor)


@dataclass(frozen=True)
class Entry:
    """An occupation as rankings need it."""

    pk: int
    title: str
    slug: str
    soc_code: str
    median: int | None


@dataclass
class Catalog:
    occupations: dict
    # Every skill name the catalog's occupations are rated on, in the order of their Vectors.
    names: tuple
    # {occupation pk: Vector}
    profiles: dict

    def vector(self, occupation):
        """The occupation's Vector: its own from the catalog, else one made from its ratings.

        A skill no catalog occupation is rated on says nothing of a move, and is left out.
        """
        found = self.profiles.get(occupation.pk)
        if found is None:
            rated = profile(occupation)
            found = vector(rated, self.names) if rated else None
        return found


_memo = {"token": None, "catalog": None}


def catalog():
    """Every catalog occupation's Entry and skill profile: from this process's memory, else the
    cache, else three queries; kept under the data version."""
    token = data_version().token
    if _memo["token"] == token:
        return _memo["catalog"]
    key = CATALOG_KEY.format(token)
    found = cache.get(key)
    if found is None:
        found = build_catalog()
        cache.set(key, found, CATALOG_SECONDS)
    _memo.update(token=token, catalog=found)
    return found


def build_catalog():
    medians = dict(
        Wage.objects.national().cross_industry().values_list("occupation_id", "annual_median").order_by()
    )
    occupations = {
        pk: Entry(pk, title, slug, soc_code, medians.get(pk))
        for pk, title, slug, soc_code in Occupation.objects.exclude(soc_code=None)
        .values_list("pk", "title", "slug", "soc_code")
        .order_by()
    }
    profiles = defaultdict(dict)
    rated = (
        Skill.objects.filter(importance__isnull=False, occupation__soc_code__isnull=False)
        .annotate(weight=Cast("importance", FloatField()), need=Cast(Coalesce("level", 0), FloatField()))
        .values_list("occupation_id", "name", "weight", "need")
        .order_by()
    )
    for occupation_id, name, importance, level in rated:
        profiles[occupation_id][name] = (importance, level)
    names = tuple(sorted({name for ratings in profiles.values() for name in ratings}))
    return Catalog(occupations, names, {pk: vector(ratings, names) for pk, ratings in profiles.items()})


@dataclass(frozen=True)
class Step:
    """An occupation one could move to: its skill match and median pay."""

    entry: Entry
    score: int
    median: int

    @property
    def label(self):
        return label(self.score)

    def get_absolute_url(self):
        return reverse("careers:occupation-detail", args=[self.entry.slug])


def next_steps(occupation, median, limit=NEXT_STEPS):
    """The occupations with the highest skill match from ``occupation`` that pay a higher median.

    ``median`` is the occupation's national median pay. Reads ``catalog()``; no query
    once it is built, however many occupations there are.
    """
    if median is None:
        return []
    found = catalog()
    origin = found.vector(occupation)
    if origin is None:
        return []
    steps = []
    for pk, destination in found.profiles.items():
        entry = found.occupations[pk]
        if pk == occupation.pk or entry.median is None or entry.median <= median:
            continue
        score = vector_match(origin, destination)
        if score is not None:
            steps.append(Step(entry, score, entry.median))
    return sorted(steps, key=lambda s: (-s.score, -s.median, s.entry.title))[:limit]
