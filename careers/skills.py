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
them with the median pay of each occupation in two queries, and keeps them in the
cache under the data version, so that pages read them without a query afterwards.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db.models import OuterRef, Subquery
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
CATALOG_KEY = "skill-catalog:{}"
CATALOG_SECONDS = 24 * 60 * 60
NEXT_STEPS = 5


@dataclass(frozen=True)
class Rating:
    name: str
    importance: Decimal
    level: Decimal


def profile(occupation):
    """{skill name: Rating} of the skills O*NET rates for an occupation fetched ``with_figures()``."""
    return {
        s.name: Rating(s.name, s.importance, s.level or Decimal(0))
        for s in occupation.skills.all()
        if s.importance is not None
    }


def match(origin, destination):
    """The skill match (0 to 100) of a move between two profiles, or None without ratings."""
    if not origin or not destination:
        return None
    shares = coverage(origin, destination), likeness(origin, destination)
    if None in shares:
        return None
    return round(100 * min(shares))


def coverage(origin, destination):
    """The share of the destination's importance-weighted skill levels the origin reaches."""
    needed = sum(r.importance * r.level for r in destination.values())
    if not needed:
        return None
    short = sum(r.importance * max(r.level - _level(origin, name), 0) for name, r in destination.items())
    return 1 - short / needed


def likeness(origin, destination):
    """How closely two profiles' levels agree, each skill weighted by its importance to either."""
    apart = total = 0
    for name in origin.keys() | destination.keys():
        weight = max(_importance(origin, name), _importance(destination, name))
        mine, theirs = _level(origin, name), _level(destination, name)
        apart += weight * abs(mine - theirs)
        total += weight * max(mine, theirs)
    return 1 - apart / total if total else None


def _level(profile, name):
    return profile[name].level if name in profile else Decimal(0)


def _importance(profile, name):
    return profile[name].importance if name in profile else Decimal(1)


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
    profiles: dict


def catalog():
    """Every catalog occupation's Entry and skill profile. Two queries, or none from the cache."""
    key = CATALOG_KEY.format(data_version().token)
    found = cache.get(key)
    if found is None:
        found = build_catalog()
        cache.set(key, found, CATALOG_SECONDS)
    return found


def build_catalog():
    median = (
        Wage.objects.national().cross_industry().filter(occupation=OuterRef("pk")).values("annual_median")
    )
    rows = (
        Occupation.objects.exclude(soc_code=None)
        .annotate(median=Subquery(median[:1]))
        .values_list("pk", "title", "slug", "soc_code", "median")
        .order_by()
    )
    occupations = {row[0]: Entry(*row) for row in rows}
    profiles = defaultdict(dict)
    rated = Skill.objects.filter(occupation__soc_code__isnull=False, importance__isnull=False).order_by()
    for occupation_id, name, importance, level in rated.values_list(
        "occupation_id", "name", "importance", "level"
    ):
        profiles[occupation_id][name] = Rating(name, importance, level or Decimal(0))
    return Catalog(occupations, dict(profiles))


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
    origin = profile(occupation)
    if not origin or median is None:
        return []
    found = catalog()
    steps = []
    for pk, destination in found.profiles.items():
        entry = found.occupations[pk]
        if pk == occupation.pk or entry.median is None or entry.median <= median:
            continue
        score = match(origin, destination)
        if score is not None:
            steps.append(Step(entry, score, entry.median))
    return sorted(steps, key=lambda s: (-s.score, -s.median, s.entry.title))[:limit]
