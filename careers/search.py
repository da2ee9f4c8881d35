"""Finding an occupation by its title or SOC code, forgiving typos and word order.

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

from .models import Occupation

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


def listed():
    return Occupation.objects.for_listing()


def search(query, limit=MAX_RESULTS):
    """Occupations that match the query, best first. One query (two on SQLite after a typo)."""
    query = clean(query)
    if not query:
        return []
    prefix = soc_prefix(query)
    if prefix:
        return list(listed().filter(soc_code__startswith=prefix).order_by("soc_code")[:limit])
    if connection.vendor == "postgresql":
        return _postgres_search(query, limit)
    return _fallback_search(query, limit)


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


def _fallback_search(query, limit):
    words = WORD.findall(query.lower())
    if not words:
        return []
    found = _every_word(words)
    if not found:
        corrected = _corrected(words)
        if corrected != words:
            found = _every_word(corrected)
    lowered = query.lower()

    def rank(occupation):
        title = occupation.title.lower()
        return (
            title != lowered,
            not title.startswith(lowered),
            lowered not in title,
            -(occupation.jobs or 0),
            title,
        )

    return sorted(found, key=rank)[:limit]


def _every_word(words):
    condition = Q()
    for word in words:
        condition &= Q(title__icontains=word)
    return list(listed().filter(condition)[:500])


def _corrected(words):
    """Each word, or the closest word of any title when it appears in none. One query."""
    vocabulary = set()
    for title in Occupation.objects.values_list("title", flat=True):
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
