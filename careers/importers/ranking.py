"""Where an occupation pays best: its highest paying state and city, and best paying industry.

The OEWS import shows every cell to ``Ranking.observe`` as it streams the file; only
the best cell of each kind is kept per occupation. Cells too small or too imprecise
to trust are never ranked (``careers.bls.RANKING_*``).
"""

from careers import bls
from careers.models import AreaKind

# "Highest paying state" ranks the 50 states and the District of Columbia (BLS area
# type 2), not the territories; "highest paying city" ranks metropolitan areas; "best
# paying industry" ranks the national 4-digit NAICS industries, which name a line of
# business ("Software Publishers") where sectors are too broad to say much.
HIGHEST_PAYING_STATE_KIND = AreaKind.STATE
HIGHEST_PAYING_CITY_KIND = AreaKind.METRO
BEST_PAYING_INDUSTRY_LEVEL = "4-digit"
CROSS_INDUSTRY = ("000000", "1235")
HOURS_A_YEAR = 2080
RANKED = ("highest_paying_state", "highest_paying_city", "best_paying_industry")


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
        pay = annual_mean
        if pay is None and hourly_mean is not None:
            pay = hourly_mean * HOURS_A_YEAR
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
