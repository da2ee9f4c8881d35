"""Finding an occupation by any of its titles or its SOC code, forgiving typos and word order.

Besides its own title an occupation has others (``AlternateTitle``: titles its workers
report and O*NET's alternates); a match on one of those is shown with the title matched.

On PostgreSQL, titles are matched by full-text search (stemmed words in any order:
"collector bill" finds "Bill and Account Collectors") and by trigram similarity
(typos: "acountant" finds "Accountants and Auditors"), and ranked by both.

Elsewhere (SQLite in development and tests) every word of the query must appear in
the title; a word that appears in no title is replaced by the closest word that does,
so that common typos still find their occupation.

A query that looks like a SOC code ("43-3011", "43-30", "433011") matches codes by
prefix on every database.
"""

import difflib
import re

from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Greatest

from .models import AlternateTitle, Occupation

MAX_QUERY_LENGTH = 100
MAX_RESULTS = 50
SUGGESTIONS = 8
# Trigram similarity (0 to 1) a title needs to count as a match for a misspelt query.
MIN_SIMILARITY = 0.4
SOC_QUERY = re.compile(r"^(\d{2})-?(\d{0,4})$")
WORD = re.compile(r"[a-z0-9]+")


def clean(query):
    return " ".join(query.split())[:MAX_QUERY_LENGTH]


def soc_prefix(query):
    """ "43-3011", "433011" and "43-30" as the SOC code prefix they name, or None."""
    match = SOC_QUERY.match(query)
    if not match:
        return None
    major, rest = match.groups()
    return f"{major}-{rest}" if rest else major


LISTED_FIELDS = ["title", "slug", "soc_code", "yearly_salary", "jobs", "top_coded"]


def listed():
    return Occupation.objects.for_listing()


def search(query, limit=MAX_RESULTS):
    """Occupations that match the query by their own title or another, best first.

    An occupation found by another of its titles carries it as ``matched_title``. Three
    queries (more on SQLite after a typo).
    """
    query = clean(query)
    if not query:
        return []
    prefix = soc_prefix(query)
    if prefix:
        return list(listed().filter(soc_code__startswith=prefix).order_by("soc_code")[:limit])
    if connection.vendor == "postgresql":
        own, others = _postgres_search(query, limit), _postgres_titles(query, limit)
    else:
        own, others = _fallback_search(query, limit)
    return merged(query, own, others, limit)


def merged(query, own, others, limit):
    """Own-title matches and other-title matches (AlternateTitle rows) in one list, best first:
    a title typed in full, an occupation's own then another, before the rest."""
    lowered = query.lower()
    found = {o.pk: o for o in own}
    for title in others:
        occupation = found.get(title.occupation_id)
        if occupation is None:
            occupation = found[title.occupation_id] = title.occupation
            occupation.matched_title = title.title
        elif title.title.lower() == lowered and occupation.title.lower() != lowered:
            occupation.matched_title = title.title

    def rank(occupation):
        matched = getattr(occupation, "matched_title", "")
        return (occupation.title.lower() != lowered, matched.lower() != lowered, bool(matched))

    # sorted() keeps each source's own order among equals.
    return sorted(found.values(), key=rank)[:limit]


def titled():
    return AlternateTitle.objects.select_related("occupation", "occupation__category").only(
        "title",
        "occupation_id",
        *(f"occupation__{name}" for name in LISTED_FIELDS),
        "occupation__category__name",
        "occupation__category__slug",
    )


def _postgres_search(query, limit):
    from django.contrib.postgres.search import (
        SearchQuery,
        SearchRank,
        SearchVector,
        TrigramSimilarity,
        TrigramWordSimilarity,
    )

    words = SearchQuery(query, config="english", search_type="plain")
    title = SearchVector("title", config="english", weight="A")
    return list(
        listed()
        .annotate(
            document=title,
            rank=SearchRank(title, words),
            similarity=Greatest(TrigramWordSimilarity(query, "title"), TrigramSimilarity("title", query)),
            exact=Case(
                When(title__iexact=query, then=Value(2.0)), default=Value(0.0), output_field=FloatField()
            ),
        )
        .filter(Q(document=words) | Q(similarity__gte=MIN_SIMILARITY))
        .annotate(score=F("exact") + F("rank") + F("similarity"))
        .order_by("-score", F("jobs").desc(nulls_last=True), "title")[:limit]
    )


def _postgres_titles(query, limit):
    from django.contrib.postgres.search import TrigramSimilarity, TrigramWordSimilarity

    similarity = Greatest(TrigramWordSimilarity(query, "title"), TrigramSimilarity("title", query))
    exact = Case(When(title__iexact=query, then=Value(2.0)), default=Value(0.0), output_field=FloatField())
    return list(
        titled()
        .annotate(similarity=similarity, exact=exact)
        .filter(Q(title__icontains=query) | Q(similarity__gte=MIN_SIMILARITY))
        .annotate(score=F("exact") + F("similarity"))
        .order_by("-score", "-common", F("occupation__jobs").desc(nulls_last=True), "title")[: limit * 2]
    )


def _fallback_search(query, limit):
    """(occupations, other titles) with every word of the query in their title; a word found in
    no title is replaced by the closest one that is."""
    words = WORD.findall(query.lower())
    if not words:
        return [], []
    own, others = _every_word(words), _every_title_word(words)
    if not own and not others:
        corrected = _corrected(words)
        if corrected != words:
            own, others = _every_word(corrected), _every_title_word(corrected)
    lowered = query.lower()

    def rank(title, jobs, common=True):
        title = title.lower()
        return (
            title != lowered,
            not title.startswith(lowered),
            lowered not in title,
            not common,
            -(jobs or 0),
            title,
        )

    own.sort(key=lambda o: rank(o.title, o.jobs))
    others.sort(key=lambda t: rank(t.title, t.occupation.jobs, t.common))
    return own[:limit], others[: limit * 2]


def _every_word(words):
    return list(listed().filter(_containing(words))[:500])


def _every_title_word(words):
    return list(titled().filter(_containing(words))[:500])


def _containing(words):
    condition = Q()
    for word in words:
        condition &= Q(title__icontains=word)
    return condition


def _corrected(words):
    """Each word, or the closest word of any title when it appears in none. Two queries."""
    vocabulary = set()
    titles = [
        *Occupation.objects.values_list("title", flat=True),
        *AlternateTitle.objects.values_list("title", flat=True),
    ]
    for title in titles:
        vocabulary.update(WORD.findall(title.lower()))
    corrected = []
    for word in words:
        if any(word in known for known in vocabulary):
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
    return corrected


def suggestions(query, count=SUGGESTIONS):
    """What to offer when a search finds nothing, and whether it is close to the query.

    The closest titles by spelling when there are any, else the occupations with most jobs. Two queries.
    """
    query = clean(query).lower()
    titles = dict(Occupation.objects.values_list("title", "pk"))
    close = difflib.get_close_matches(query, [t.lower() for t in titles], n=count, cutoff=0.5)
    by_lower = {t.lower(): pk for t, pk in titles.items()}
    if close:
        ids = [by_lower[t] for t in close]
        found = listed().in_bulk(ids)
        return [found[pk] for pk in ids if pk in found], True
    return list(listed().order_by(F("jobs").desc(nulls_last=True), "title")[:count]), False
