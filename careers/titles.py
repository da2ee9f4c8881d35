"""Suggestions as a person types: occupations by any of their titles, from an index in memory.

Tens of thousands of titles (the occupations' own, and the alternate and reported titles
O*NET lists) are too many to send with a page or to scan for every key pressed. Each
process builds an index of their words once per data version (two queries) and answers
a prefix of words from it without a query: "colle ag" finds "Collection Agent", a title
of Bill and Account Collectors.
"""

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass

from django.urls import reverse

from .models import AlternateTitle, Occupation
from .versions import data_version

WORD = re.compile(r"[a-z0-9]+")
LIMIT = 10
MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class Entry:
    title: str
    lowered: str
    occupation_id: int
    own: bool
    common: bool = False


@dataclass(frozen=True)
class Suggestion:
    title: str
    slug: str
    matched: str

    def as_dict(self):
        return {
            "title": self.title,
            "matched": self.matched or None,
            "url": reverse("careers:occupation-detail", args=[self.slug]),
        }


class TitleIndex:
    def __init__(self, occupations, alternates):
        """``occupations``: (pk, title, slug, jobs); ``alternates``: (occupation pk, title, common)."""
        self.occupations = {pk: (title, slug, jobs or 0) for pk, title, slug, jobs in occupations}
        entries = [Entry(title, title.lower(), pk, True) for pk, (title, _, _) in self.occupations.items()]
        entries += [
            Entry(title, title.lower(), pk, False, common)
            for pk, title, common in alternates
            if pk in self.occupations
        ]
        # Entries are numbered in the order suggestions prefer, all else equal: an occupation's own
        # title, then the titles most people know it by, then the rest; each time the
        # occupations with more jobs first.
        self.entries = sorted(
            entries,
            key=lambda e: (not e.own, not e.common, -self.occupations[e.occupation_id][2], e.lowered),
        )
        self.exact = {}
        for number, entry in enumerate(self.entries):
            self.exact.setdefault(entry.lowered, []).append(number)
        by_word = {}
        for number, entry in enumerate(self.entries):
            for word in set(WORD.findall(entry.lowered)):
                by_word.setdefault(word, []).append(number)
        self.words = sorted(by_word)
        self.postings = [by_word[word] for word in self.words]

    def matching(self, prefix):
        """Numbers of the entries with a word that starts with ``prefix``."""
        found = set()
        start = bisect_left(self.words, prefix)
        for index in range(start, len(self.words)):
            if not self.words[index].startswith(prefix):
                break
            found.update(self.postings[index])
        return found

    def suggest(self, query, limit=LIMIT):
        """Up to ``limit`` occupations whose titles have words starting with each word of the query."""
        lowered = " ".join(query.lower().split())[:MAX_QUERY_LENGTH]
        words = WORD.findall(lowered)
        if not words or len(lowered) < 2:
            return []
        found = None
        # The longest word narrows the search most; start with it.
        for word in sorted(words, key=len, reverse=True):
            found = self.matching(word) if found is None else found & self.matching(word)
            if not found:
                return []
        suggestions = []
        for number in self.best(found, lowered, limit):
            entry = self.entries[number]
            title, slug, _ = self.occupations[entry.occupation_id]
            suggestions.append(Suggestion(title, slug, "" if entry.own else entry.title))
        return suggestions

    def best(self, found, lowered, limit):
        """The best entry of up to ``limit`` occupations: the title typed in full, then titles that
        start with what was typed, then the rest, each in the entries' own order."""
        picked, seen = [], set()
        ordered = sorted(found)
        groups = (
            (n for n in self.exact.get(lowered, []) if n in found),
            (n for n in ordered if self.entries[n].lowered.startswith(lowered)),
            iter(ordered),
        )
        for group in groups:
            for number in group:
                occupation = self.entries[number].occupation_id
                if occupation in seen:
                    continue
                seen.add(occupation)
                picked.append(number)
                if len(picked) == limit:
                    return picked
        return picked


_index = {"token": None, "index": None}
_lock = threading.Lock()


def index():
    """The index of the current data version, built once per process and version."""
    token = data_version().token
    if _index["token"] != token:
        with _lock:
            if _index["token"] != token:
                _index["index"] = build()
                _index["token"] = token
    return _index["index"]


def build():
    occupations = Occupation.objects.values_list("pk", "title", "slug", "jobs").order_by()
    alternates = AlternateTitle.objects.values_list("occupation_id", "title", "common").order_by()
    return TitleIndex(list(occupations), list(alternates))


def suggest(query, limit=LIMIT):
    return index().suggest(query, limit)
