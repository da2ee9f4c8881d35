"""Comparisons worth reading next, and the popular ones the home page offers.

A page about one or two occupations links to comparisons of each with its peers,
ranked by ``Ranking``. Every link goes to the pair's canonical address.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db.models import F, Q
from django.urls import reverse

from careers import formatting as fmt
from careers import skills, snapshots
from careers.models import Occupation

from . import pairs
from .models import Comparison

RELATED = 8
POPULAR = 12
# Which pairs of a minor group's largest occupations the home page offers, in turn.
TOP_PAIRS = [(0, 1), (0, 2), (1, 2), (0, 3)]
PEER_FIELDS = ["title", "slug", "soc_code", "yearly_salary", "jobs", "top_coded", "category_id"]


class Peer(SimpleNamespace):
    """An occupation as a link needs it: pk, title, slug, soc_code, pay and jobs."""

    def get_absolute_url(self):
        return reverse("careers:occupation-detail", args=[self.slug])


@dataclass
class Link:
    """A comparison worth reading next: the pair in canonical order and the partner it was
    found for, each a Peer or an Occupation."""

    first: object
    second: object
    partner: object
    reason: str

    @property
    def title(self):
        return f"{self.first.title} vs {self.second.title}"

    @property
    def url(self):
        return pairs.url(self.first, self.second)

    @property
    def pay(self):
        """The partner's yearly salary, as the link's note shows it."""
        if self.partner.yearly_salary is None:
            return ""
        return fmt.money(self.partner.yearly_salary, "yearly_salary" in (self.partner.top_coded or []))


def minor_group(occupation):
    return pairs.minor_group(occupation.soc_code)


def related_comparisons(occupations, limit=RELATED):
    """Comparisons of the given occupations with their peers, best first.

    Each occupation's peers are the occupations of its category, those an editor published
    a comparison with, and O*NET's primary related occupations. Published comparisons
    come first, then next steps (the highest skill match among peers paying a higher
    median), related occupations, the rest by skill match, then the same SOC minor
    group and the closest pay. On a comparison page, pass both occupations: the pair
    itself is left out and the links alternate between the two.

    Each occupation's ranking is kept in the cache (``careers.snapshots.kept``); those
    that are not cost one query, those of ``pairs.known`` and of ``careers.skills.catalog``.
    """
    ranked = snapshots.kept(
        "related", [o.pk for o in occupations], lambda ids: ranked_links(occupations, ids)
    )
    ids = {o.pk for o in occupations}
    links = []
    for position in range(RELATED + len(occupations)):
        for occupation in occupations:
            own = ranked[occupation.pk]
            if len(links) >= limit:
                return links
            if position < len(own) and own[position].partner.pk not in ids:
                links.append(own[position])
    return links


def ranked_links(occupations, ids):
    """{occupation id: its best comparisons with its peers, as Links} for the occupations of ``ids``."""
    occupations = [o for o in occupations if o.pk in ids]
    known = pairs.known(occupations)
    fixed = {(a, b) for a, b, _ in known}
    published = {frozenset((a, b)) for a, b, shown in known if shown}
    partners = {pk for pair in published | known.related for pk in pair}
    # Plain rows rather than model instances: a category can hold hundreds of occupations.
    rows = Occupation.objects.filter(
        Q(category__in={o.category_id for o in occupations}) | Q(pk__in=partners)
    ).values("pk", *PEER_FIELDS)
    candidates = [Peer(**row) for row in rows]
    ranking = Ranking(published, known.related, skills.catalog())
    found = {}
    for occupation in occupations:
        mine = {pk for pair in published | known.related if occupation.pk in pair for pk in pair}
        peers = [
            p
            for p in candidates
            if p.pk != occupation.pk and (p.category_id == occupation.category_id or p.pk in mine)
        ]
        peers.sort(key=lambda peer, o=occupation: ranking.key(o, peer))
        # One more than a page shows: a comparison page leaves out the pair itself.
        itself = Peer(pk=occupation.pk, **{name: getattr(occupation, name) for name in PEER_FIELDS})
        found[occupation.pk] = [
            Link(*pairs.ordered(itself, peer, fixed), peer, ranking.reason(occupation, peer))
            for peer in peers[: RELATED + 1]
        ]
    return found


@dataclass
class Ranking:
    """Orders an occupation's peers for its related comparisons."""

    published: set
    related: set
    catalog: object
    scores: dict = field(default_factory=dict)

    def score(self, occupation, peer):
        """The skill match from the occupation to the peer, worked out once."""
        key = (occupation.pk, peer.pk)
        if key not in self.scores:
            profiles = self.catalog.profiles
            found = occupation.pk in profiles and peer.pk in profiles
            self.scores[key] = (
                skills.vector_match(profiles[occupation.pk], profiles[peer.pk]) if found else None
            )
        return self.scores[key]

    def pays_more(self, occupation, peer):
        entries = self.catalog.occupations
        mine, theirs = entries.get(occupation.pk), entries.get(peer.pk)
        if mine is not None and theirs is not None and mine.median and theirs.median:
            return theirs.median > mine.median
        return bool(
            occupation.yearly_salary and peer.yearly_salary and peer.yearly_salary > occupation.yearly_salary
        )

    def key(self, occupation, peer):
        pair = frozenset((occupation.pk, peer.pk))
        score = self.score(occupation, peer)
        group = minor_group(occupation)
        gap = (
            abs(occupation.yearly_salary - peer.yearly_salary)
            if occupation.yearly_salary is not None and peer.yearly_salary is not None
            else float("inf")
        )
        return (
            pair not in self.published,
            score is None or not self.pays_more(occupation, peer),
            pair not in self.related,
            -score if score is not None else 1,
            group is None or minor_group(peer) != group,
            gap,
            -(peer.jobs or 0),
            peer.title,
        )

    def reason(self, occupation, peer):
        pair = frozenset((occupation.pk, peer.pk))
        score = self.score(occupation, peer)
        if pair in self.published:
            return "Popular comparison"
        if score is not None and self.pays_more(occupation, peer):
            return f"Next step: {score} skill match, pays more"
        if pair in self.related:
            return "Related occupation (O*NET)"
        if score is not None:
            return f"{score} skill match"
        group = minor_group(occupation)
        if group and minor_group(peer) == group:
            return "Next step, pays more" if self.pays_more(occupation, peer) else "Same field"
        return "Same category"


def popular_comparisons(limit=POPULAR):
    """Published comparisons, newest first, then pairs of the largest occupations of a minor group.

    Runs two queries.
    """
    fixed = list(
        Comparison.objects.select_related("first", "second").only(
            "published",
            "updated_at",
            *(f"{side}__{name}" for side in ("first", "second") for name in PEER_FIELDS),
        )
    )
    first_ids = {(c.first_id, c.second_id) for c in fixed}
    published = sorted((c for c in fixed if c.published), key=lambda c: c.updated_at, reverse=True)
    links = [Link(c.first, c.second, c.second, "Popular comparison") for c in published[:limit]]
    seen = {frozenset((c.first_id, c.second_id)) for c in published[:limit]}
    if len(links) >= limit:
        return links
    largest = Occupation.objects.exclude(soc_code=None).order_by(F("jobs").desc(nulls_last=True), "title")
    by_group = {}
    for occupation in largest.only(*PEER_FIELDS)[: limit * 20]:
        by_group.setdefault(minor_group(occupation), []).append(occupation)
    # Round after round, each group offers its next pair of large occupations.
    rounds = [[(g[i], g[j]) for i, j in TOP_PAIRS if j < len(g)] for g in by_group.values()]
    for position in range(len(TOP_PAIRS)):
        for offered in rounds:
            if len(links) >= limit:
                return links
            if position >= len(offered) or frozenset(p.pk for p in offered[position]) in seen:
                continue
            first, second = pairs.ordered(*offered[position], first_ids)
            links.append(Link(first, second, second, "Same field"))
    return links
