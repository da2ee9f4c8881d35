"""Skill profiles and the skill match between occupations.

O*NET rates 35 skills for each occupation: how important each is (1 to 5) and the
level the job needs (0 to 7). A move from an origin to a destination has a skill
match: the share of the destination's skill levels, weighted by how important each
skill is to it, that the origin already reaches (100: every level reached).

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
    "The skill match is the share of the skill levels the new job needs, weighted by how important "
    "each of O*NET\u2019s 35 skills is to it, that the current job already reaches."
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
    needed = sum(r.importance * r.level for r in destination.values())
    if not needed or not origin:
        return None
    short = sum(
        r.importance * max(r.level - origin[name].level if name in origin else r.level, 0)
        for name, r in destination.items()
    )
    return round(100 * (1 - short / needed))


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
