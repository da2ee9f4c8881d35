"""The comparison page: two occupations side by side, nationally or in one area."""

from functools import cached_property

from django.http import Http404
from django.urls import reverse

from careers import snapshots
from careers.gaps import MEAN_FIGURES, mean_gap
from careers.local import area_of
from careers.models import Occupation
from careers.pages import DetailPage
from careers.slugs import moved_occupations

from . import pairs, seo
from .related import related_comparisons
from .summary import summary
from .switch import switch


def medians(wages):
    """{occupation pk: annual median} of the cells whose median is published as a figure."""
    return {
        w.occupation_id: w.annual_median
        for w in wages
        if w.annual_median is not None and not w.is_top_coded("annual_median")
    }


def named_pair(pair_address):
    """The two occupations an address names, in its order, from ``careers.snapshots``: no query
    for occupations in the cache, and more when it names an occupation by a former slug.

    Raises Http404 with a message that says what is wrong with the address.
    """
    slugs = pairs.split(pair_address)
    if slugs is None:
        raise Http404(
            "A comparison address names two occupations, such as /compare/accountants-vs-auditors/."
        )
    twice = Http404("That address names the same occupation twice. Pick a second occupation to compare.")
    if slugs[0] == slugs[1]:
        raise twice
    found = snapshots.fetch(slugs)
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        # A former address: the page's canonical address then redirects to the current one.
        found.update(moved_occupations(Occupation.objects.with_figures(), missing))
        missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise Http404(f"We have no occupation at \u201c{missing[0]}\u201d.")
    if found[slugs[0]] == found[slugs[1]]:
        raise twice
    return found[slugs[0]], found[slugs[1]]


class PairPage(DetailPage):
    template_name = "comparisons/pair.html"

    def __init__(self, request, occupations, area, known, published):
        super().__init__(request, occupations, area)
        self.known = known
        self.published = published

    @classmethod
    def fetch(cls, request, area, pair):
        """The pair in canonical order, with what is known of the pairs of either: no query when
        the cache holds both occupations (``careers.snapshots``), eleven when it holds neither."""
        named = named_pair(pair)
        known = pairs.known(named)
        ordered, published = pairs.canonical_order(*named, known)
        return cls(request, list(ordered), area, known, published)

    @property
    def first(self):
        return self.occupations[0]

    @property
    def second(self):
        return self.occupations[1]

    @property
    def heading(self):
        return f"{self.first.title_sentence} vs {self.second.title_lower}"

    @property
    def indexable(self):
        related = self.known.is_related(self.first, self.second)
        if not pairs.indexable(self.first, self.second, self.published, related):
            return False
        return self.area is None or pairs.indexable_in(self.area, self.published_for_all)

    @cached_property
    def state_pages(self):
        """(state, address) of the pair's pages crawlers may index, for an indexable pair's national page."""
        if self.area is not None or not self.indexable or not self.area_picker:
            return []
        states = [a for a in self.area_picker["published"] if pairs.indexable_in(a, published_for_both=True)]
        return list(zip(states, pairs.area_urls(self.first, self.second, states), strict=True))

    @property
    def picker_action(self):
        return reverse("comparisons:pair-area-select", args=[(self.first, self.second)])

    @property
    def csv_url(self):
        return pairs.url(self.first, self.second, name="pair-csv")

    @property
    def json_url(self):
        return pairs.url(self.first, self.second, name="pair-json")

    def url(self, area=None):
        return pairs.url(self.first, self.second, area)

    def build(self):
        """Everything ``DetailPage.build`` gathers, the summary, the switch and related comparisons."""
        self.related = related_comparisons(self.occupations)
        super().build()
        self.summary_gap = self.salary_gap()
        self.summary = summary(*self.shown, gap=self.summary_gap)
        if self.summary_gap is not None and not self.summary_gap.real:
            for table in self.tables.values():
                table.unrank(MEAN_FIGURES)
        self.switch = switch(self.first, self.second, self.medians())

    def salary_gap(self):
        """The gap between the two average salaries the summary states, when both are BLS annual
        means of one place with their sampling errors; else None."""
        places = {area_of(o, "yearly_salary") for o in self.shown}
        if len(places) != 1:
            return None
        cells = []
        for o in self.shown:
            cell = o.wage if places != {None} else self.national_wages.get(o.pk)
            # An editor's salary is not the BLS mean whose error is known.
            if cell is None or cell.annual_mean != o.yearly_salary:
                return None
            cells.append(cell)
        return mean_gap(*cells)

    def gaps(self):
        found = super().gaps()
        if self.summary_gap is not None:
            found.insert(0, self.summary_gap)
        return found

    def medians(self):
        """The median annual pay of each occupation nationally and, on an area page, in the area."""
        found = [("Nationally", "national", medians(self.national_wages.values()))]
        if self.area is not None:
            local = [item.local for item in self.area_wages if item.local is not None]
            found.append((f"In {self.area.name}", self.area.name, medians(local)))
        return found

    def page_meta(self):
        return seo.pair_meta(self.request, self)
