"""The sitemap of the comparisons crawlers may index (``pairs.indexable``).

Those are every pair of occupations within one SOC minor group and every pair an editor
published. With hundreds of occupations that is tens of thousands of pairs, so they are
never all built: ``Pairs`` computes the slice a sitemap page asks for from the
occupations, fetched once in code order, and the editors' Comparison rows.
"""

from bisect import bisect_right
from collections import namedtuple
from collections.abc import Sequence
from itertools import islice

from careers.models import Occupation
from careers.sitemaps import PathSitemap, dated, newest, path_pattern

from . import pairs
from .models import Comparison

Row = namedtuple("Row", "pk slug soc_code lastmod")


class Pairs(Sequence):
    """Every published pair as (path, lastmod), in a stable order. Four queries to build.

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
        for first_id, second_id, published, updated_at, *sides in fixed:
            self.fixed[(first_id, second_id)] = updated_at.date()
            first_slug, first_soc, second_slug, second_soc = sides
            # Pairs of one minor group are listed with their group.
            if published and not pairs.same_minor_group(first_soc, second_soc):
                lastmod = newest([updated_at.date(), dates[first_id], dates[second_id]])
                self.extra.append((self.path(first_slug, second_slug), lastmod))

    def path(self, first_slug, second_slug):
        return f"{self.prefix}{pairs.address(first_slug, second_slug)}{self.suffix}"

    def __len__(self):
        return self.grouped_total + len(self.extra)

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
        """Pairs from ``index`` on, generated without building the ones before it."""
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
                        yield self.item(group[i], group[j])
                        j += 1
                    i += 1
                    j = i + 1
                i, j = 0, 1
            index = self.grouped_total
        yield from self.extra[index - self.grouped_total :]

    def item(self, a, b):
        """(path, lastmod) of the pair of two occupation rows, in its canonical order."""
        first, second = pairs.ordered(a, b, self.fixed)
        lastmod = newest([a.lastmod, b.lastmod, self.fixed.get((first.pk, second.pk))])
        return self.path(first.slug, second.slug), lastmod


class ComparisonSitemap(PathSitemap):
    def items(self):
        if not hasattr(self, "_pairs"):
            self._pairs = Pairs()
        return self._pairs

    def get_latest_lastmod(self):
        """The newest lastmod of any pair, without building every pair."""
        found = self.items()
        grouped = [row.lastmod for group in found.groups if len(group) > 1 for row in group]
        return newest([*grouped, *found.fixed.values(), *(lastmod for _, lastmod in found.extra)])
