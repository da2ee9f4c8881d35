"""Where an occupation pays best: its highest paying state and city, and best paying industry;
and where its pay goes furthest: the highest paying state and city after prices.

The OEWS import shows every cell to ``Ranking.observe`` as it streams the file; only
the best cell of each kind is kept per occupation. Cells too small or too imprecise
to trust are never ranked (``careers.bls.RANKING_*``).

The rankings after prices need the areas' price levels as well, which ``import_rpp``
sets; ``rank_after_prices`` ranks the stored cells once both are there, and runs at
the end of either import.
"""

from careers import bls, prices
from careers.models import AreaKind, Occupation, Wage

from .figures import FigureWriter

# "Highest paying state" ranks the 50 states and the District of Columbia (BLS area
# type 2), not the territories; "highest paying city" ranks metropolitan areas; "best
# paying industry" ranks the national 4-digit NAICS industries, which name a line of
# business ("Software Publishers") where sectors are too broad to say much.
HIGHEST_PAYING_STATE_KIND = AreaKind.STATE
HIGHEST_PAYING_CITY_KIND = AreaKind.METRO
BEST_PAYING_INDUSTRY_LEVEL = "4-digit"
CROSS_INDUSTRY = ("000000", "1235")
HOURS_A_YEAR = bls.HOURS_A_YEAR
RANKED = ("highest_paying_state", "highest_paying_city", "best_paying_industry")
# The figures ranked after prices, by the kind of area they rank.
AFTER_PRICES = {
    HIGHEST_PAYING_STATE_KIND: "highest_paying_state_after_prices",
    HIGHEST_PAYING_CITY_KIND: "highest_paying_city_after_prices",
}
RANKED_AFTER_PRICES = "occupations ranked after prices"


def trusted(employment, employment_rse, mean_rse):
    """Whether a cell is large and precise enough to rank."""
    return not (
        employment is None
        or employment < bls.RANKING_MIN_EMPLOYMENT
        or employment_rse is None
        or employment_rse > bls.RANKING_MAX_EMPLOYMENT_RSE
        or mean_rse is None
        or mean_rse > bls.RANKING_MAX_WAGE_RSE
    )


class Ranking:
    """Cells are tuples of the values of ``fields`` (Wage field names), as the import reads them."""

    NEEDED = ("employment", "employment_rse", "mean_rse", "annual_mean", "hourly_mean")

    def __init__(self, fields):
        self.at = [fields.index(name) for name in self.NEEDED]
        self.best = {}

    def observe(self, soc_code, area, industry, wage):
        """Rank one cell of an occupation's figures."""
        cross_industry = (industry.code, industry.ownership) == CROSS_INDUSTRY
        if cross_industry and area.kind == HIGHEST_PAYING_STATE_KIND:
            self.rank(soc_code, "highest_paying_state", area.name, wage)
        elif cross_industry and area.kind == HIGHEST_PAYING_CITY_KIND:
            self.rank(soc_code, "highest_paying_city", area.name, wage)
        elif area.kind == AreaKind.NATION and industry.level == BEST_PAYING_INDUSTRY_LEVEL:
            self.rank(soc_code, "best_paying_industry", industry.title, wage)

    def rank(self, soc_code, figure, name, wage):
        employment, employment_rse, mean_rse, annual_mean, hourly_mean = (wage[i] for i in self.at)
        if not trusted(employment, employment_rse, mean_rse):
            return
        pay = bls.ranked_pay(annual_mean, hourly_mean)
        if pay is None:
            return
        key = (pay, employment)
        best = self.best.setdefault(soc_code, {})
        if figure not in best or key > best[figure][0]:
            best[figure] = (key, name)

    def winners(self, soc_code):
        """{figure: name of the best area or industry, or ""} for each ranked figure."""
        best = self.best.get(soc_code, {})
        return {figure: best[figure][1] if figure in best else "" for figure in RANKED}


def rank_after_prices(tally, source, overwrite_edited=False):
    """Set every catalog occupation's highest paying state and city after prices, citing ``source``.

    Ranks the rankable all-industries cells of states and metro areas whose price level
    is known by their annual mean wage at U.S. prices (``careers.prices``), more jobs
    winning a tie; figures an editor set are kept unless ``overwrite_edited``. Two
    queries and one bulk write; returns how many occupations changed.
    """
    best = {}
    cells = (
        Wage.objects.cross_industry()
        .rankable()
        .filter(area__kind__in=list(AFTER_PRICES), occupation__soc_code__isnull=False)
        .exclude(area__price_level=None)
        .order_by("area__name")
        .values_list(
            "occupation_id",
            "area__kind",
            "area__name",
            "area__price_level",
            "employment",
            "annual_mean",
            "hourly_mean",
        )
    )
    for occupation_id, kind, name, price_level, employment, annual_mean, hourly_mean in cells.iterator():
        pay = bls.ranked_pay(annual_mean, hourly_mean)
        if pay is None:
            continue
        key = prices.ranking_key(pay, price_level, employment)
        found = best.setdefault(occupation_id, {})
        figure = AFTER_PRICES[kind]
        if figure not in found or key > found[figure][0]:
            found[figure] = (key, name)
    writer = FigureWriter(tally, overwrite_edited)
    for occupation in Occupation.objects.exclude(soc_code=None).order_by("pk"):
        found = best.get(occupation.pk, {})
        values = {
            figure: {figure: found[figure][1] if figure in found else ""} for figure in AFTER_PRICES.values()
        }
        changed = writer.apply(occupation, values, source)
        tally.count(RANKED_AFTER_PRICES, "updated" if changed else "unchanged")
    return writer.save()
