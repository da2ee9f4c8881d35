"""The sitemaps of the comparisons crawlers may index (``pairs.indexable``, ``pairs.indexable_in``).

Those are every pair of occupations within one SOC minor group, every pair an editor
published and every pair O*NET names as primary related occupations, and each such
pair's page in every state where BLS published figures of both.
With hundreds of occupations that is tens of thousands of pairs and hundreds of thousands
of state pages, so they are never all built: ``Pairs`` and ``PairsInStates`` compute the
slice a sitemap page asks for from the occupations, fetched once in code order, the
editors' Comparison rows and the states of each occupation.
"""

from bisect import bisect_right
from collections import namedtuple
from collections.abc import Sequence
from itertools import islice

from careers.areas import with_figures
from careers.models import Occupation, RelatedOccupation, Wage
from careers.sitemaps import PathSitemap, dated, newest, path_pattern

from . import pairs
from .models import Comparison

Row = namedtuple("Row", "pk slug soc_code lastmod")


class Pairs(Sequence):
    """Every indexable pair as (path, lastmod), in a stable order. Five queries to build.

    A pair's lastmod is the newer of its occupations' (``careers.sitemaps.dated``) and the
    day an editor last changed its Comparison.
    """

    def __init__(self):
        self.prefix, self.suffix = path_pattern("comparisons:pair", "pair")
        dates = dict(dated(Occupation.objects.all(), "pk"))
        rows = Occupation.objects.exclude(soc_code=None).order_by("soc_code", "pk")
        self.groups = []
        last = None
        for pk, slug, soc_code in rows.values_list("pk", "slug", "soc_code"):
            row = Row(pk, slug, soc_code, dates[pk])
            if last is None or not pairs.same_minor_group(last.soc_code, row.soc_code):
                self.groups.append([])
            self.groups[-1].append(row)
            last = row
        # starts[g] is the index of the first pair of group g.
        self.starts, total = [], 0
        for group in self.groups:
            self.starts.append(total)
            total += len(group) * (len(group) - 1) // 2
        self.grouped_total = total

        fixed = Comparison.objects.values_list(
            "first_id",
            "second_id",
            "published",
            "updated_at",
            "first__slug",
            "first__soc_code",
            "second__slug",
            "second__soc_code",
        ).order_by("pk")
        self.fixed = {}
        self.extra = []
        listed = set()
        for first_id, second_id, published, updated_at, *sides in fixed:
            self.fixed[(first_id, second_id)] = updated_at.date()
            first_slug, first_soc, second_slug, second_soc = sides
            # Pairs of one minor group are listed with their group.
            if published and not pairs.same_minor_group(first_soc, second_soc):
                self.extra.append(
                    (
                        Row(first_id, first_slug, first_soc, dates[first_id]),
                        Row(second_id, second_slug, second_soc, dates[second_id]),
                    )
                )
                listed.add(frozenset((first_id, second_id)))
        self.add_related(listed)

    def add_related(self, listed):
        """O*NET's primary related pairs that no minor group or published pair lists already."""
        by_pk = {row.pk: row for group in self.groups for row in group}
        related = RelatedOccupation.objects.filter(tier__in=RelatedOccupation.PRIMARY).order_by(
            "occupation_id", "rank"
        )
        for a_id, b_id in related.values_list("occupation_id", "related_id"):
            a, b = by_pk.get(a_id), by_pk.get(b_id)
            pair = frozenset((a_id, b_id))
            if a is None or b is None or pair in listed or pairs.same_minor_group(a.soc_code, b.soc_code):
                continue
            listed.add(pair)
            self.extra.append((a, b))

    def path(self, first_slug, second_slug):
        return f"{self.prefix}{pairs.address(first_slug, second_slug)}{self.suffix}"

    def __len__(self):
        return self.grouped_total + len(self.extra)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            if start >= len(self):
                return []
            return [self.item(a, b) for a, b in islice(self.rows(start), max(stop - start, 0))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.item(*next(self.rows(index)))

    def rows(self, index=0):
        """The two occupation rows of each pair from ``index`` on, generated without building
        the ones before it."""
        if index < self.grouped_total:
            number = bisect_right(self.starts, index) - 1
            offset = index - self.starts[number]
            # Skip whole rows of the group's pair triangle: row i holds n - 1 - i pairs.
            size, i = len(self.groups[number]), 0
            while offset >= size - 1 - i:
                offset -= size - 1 - i
                i += 1
            j = i + 1 + offset
            for group in self.groups[number:]:
                size = len(group)
                while i < size - 1:
                    while j < size:
                        yield group[i], group[j]
                        j += 1
                    i += 1
                    j = i + 1
                i, j = 0, 1
            index = self.grouped_total
        yield from self.extra[index - self.grouped_total :]

    def item(self, a, b):
        """(path, lastmod) of the pair of two occupation rows, in its canonical order."""
        first, second = pairs.ordered(a, b, self.fixed)
        return self.path(first.slug, second.slug), self.lastmod(first, second)

    def lastmod(self, first, second):
        return newest([first.lastmod, second.lastmod, self.fixed.get((first.pk, second.pk))])

    def latest(self):
        """The newest lastmod of any pair, without building every pair."""
        grouped = [row.lastmod for group in self.groups if len(group) > 1 for row in group]
        extra = [row.lastmod for pair in self.extra for row in pair]
        return newest([*grouped, *extra, *self.fixed.values()])


class PairsInStates(Sequence):
    """The pages of every published pair in each state where BLS published figures of both
    occupations (``pairs.indexable_in``), as (path, lastmod): the pair's lastmod. Five queries
    to build.

    Like ``Pairs``, a slice is generated from the pairs' counts of common states without
    building what comes before it.
    """

    def __init__(self):
        self.pairs = Pairs()
        self.pattern = path_pattern("comparisons:pair-area", "PAIR", "STATE")
        cells = with_figures(Wage.objects.cross_industry().filter(area__kind__in=pairs.INDEXED_AREA_KINDS))
        self.states = {}
        for occupation, state in cells.order_by("area__slug").values_list("occupation_id", "area__slug"):
            self.states.setdefault(occupation, []).append(state)
        # starts[n] is the index of the first page of pair n.
        self.starts, total, self.latest = [], 0, None
        for a, b in self.pairs.rows():
            self.starts.append(total)
            count = len(self.common(a, b))
            if count:
                self.latest = newest(
                    [self.latest, self.pairs.lastmod(*pairs.ordered(a, b, self.pairs.fixed))]
                )
            total += count
        self.total = total

    def path(self, first_slug, second_slug, state_slug):
        prefix, middle, suffix = self.pattern
        return f"{prefix}{pairs.address(first_slug, second_slug)}{middle}{state_slug}{suffix}"

    def common(self, a, b):
        """The slugs of the states where both occupations have figures, in order."""
        theirs = set(self.states.get(b.pk, ()))
        return [state for state in self.states.get(a.pk, ()) if state in theirs]

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return list(islice(self._from(start), max(stop - start, 0))) if start < len(self) else []
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return next(self._from(index))

    def _from(self, index):
        """Pages from ``index`` on: the rest of the pair it falls in, then every later pair's."""
        number = bisect_right(self.starts, index) - 1
        skip = index - self.starts[number]
        for a, b in self.pairs.rows(number):
            first, second = pairs.ordered(a, b, self.pairs.fixed)
            lastmod = self.pairs.lastmod(first, second)
            for state in self.common(a, b)[skip:]:
                yield self.path(first.slug, second.slug, state), lastmod
            skip = 0


class StateComparisonSitemap(PathSitemap):
    def items(self):
        if not hasattr(self, "_pages"):
            self._pages = PairsInStates()
        return self._pages

    def get_latest_lastmod(self):
        return self.items().latest


class ComparisonSitemap(PathSitemap):
    def items(self):
        if not hasattr(self, "_pairs"):
            self._pairs = Pairs()
        return self._pairs

    def get_latest_lastmod(self):
        """The newest lastmod of any pair, without building every pair."""
        return self.items().latest()
