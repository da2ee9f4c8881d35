"""Footnotes: every figure on a page links to the source it comes from, numbered on that page."""

from django.utils.html import format_html

from . import bls, prices
from .figures import FIGURES
from .models import Source
from .versions import per_version
from .wording import lower_first


class Citations:
    """Numbers the sources cited on one page, in the order they are first cited."""

    def __init__(self, sources_by_id):
        self.sources_by_id = sources_by_id
        self.numbers = {}
        # Marks already written, by (source pk, with its short name): a page repeats them.
        self.marks = {}

    def cite(self, occupation, figure):
        source_id = getattr(occupation, f"{figure}_source_id", None)
        if source_id is None or source_id not in self.sources_by_id:
            return None
        return self._number(source_id)

    def _number(self, source_id):
        if source_id not in self.numbers:
            self.numbers[source_id] = len(self.numbers) + 1
        return self.numbers[source_id]

    def mark(self, occupation, figure):
        """The footnote mark; a public source's figure also shows its short name beside it."""
        if self.cite(occupation, figure) is None:
            return ""
        return self.mark_named(self.sources_by_id[getattr(occupation, f"{figure}_source_id")])

    def mark_named(self, source):
        """The footnote mark of a source fetched with other rows, with its short name beside it."""
        return self._mark(source, named=True)

    def source_of(self, occupation, figure):
        """The Source of a figure shown on this page, or None."""
        return self.sources_by_id.get(getattr(occupation, f"{figure}_source_id", None))

    def mark_source(self, source):
        """The footnote mark for a source fetched with other rows, such as a Wage's."""
        return self._mark(source, named=False)

    def _mark(self, source, named):
        key = source.pk, named
        if key not in self.marks:
            self.sources_by_id.setdefault(source.pk, source)
            number = self._number(source.pk)
            mark = format_html('<a class="cite" href="#source-{}">[{}]</a>', number, number)
            if named and source.short_name:
                mark = format_html(' <span class="release">({})</span>{}', source.short_name, mark)
            self.marks[key] = mark
        return self.marks[key]

    @property
    def sources(self):
        return [(number, self.sources_by_id[pk]) for pk, number in self.numbers.items()]


@per_version
def every_source():
    """{pk: Source} of the site's sources, a few dozen at most: one query per data version."""
    return Source.objects.in_bulk()


def load_sources(occupations):
    """{pk: Source} of the sources the occupations cite (``every_source``)."""
    sources = every_source()
    found = {}
    for occupation in occupations:
        for figure in FIGURES:
            source_id = getattr(occupation, f"{figure.source_field}_id", None)
            if source_id in sources:
                found[source_id] = sources[source_id]
    return found


RANKED_FIGURES = ["highest_paying_city", "highest_paying_state", "best_paying_industry"]
RANKED_AFTER_PRICES = ["highest_paying_city_after_prices", "highest_paying_state_after_prices"]


def _cites(occupations, sources_by_id, figures, name):
    """Whether a figure of one of the occupations cites the source called ``name``."""
    for occupation in occupations:
        for figure in figures:
            source = sources_by_id.get(getattr(occupation, f"{figure}_source_id", None))
            if source is not None and source.name == name:
                return True
    return False


def ranking_rule(occupations, sources_by_id):
    """What the "highest paying" and "best paying" figures required, when BLS data chose them,
    and what the rankings after prices weigh, when BEA's price levels did."""
    rule = ""
    if _cites(occupations, sources_by_id, RANKED_FIGURES, bls.OEWS_SOURCE_NAME):
        rule = f"Highest and best paying are chosen {lower_first(bls.RANKING_RULE)}"
    if _cites(occupations, sources_by_id, RANKED_AFTER_PRICES, prices.RPP_NAME):
        if not rule:
            rule = f"Highest paying after prices is chosen {lower_first(bls.RANKING_RULE)}"
        rule = f"{rule} {prices.RANKING_METHOD}"
    return rule
