"""Pay after prices: a wage at U.S. average prices, from BEA's Regional Price Parities.

An area's all-items RPP is its price level in percent of the nation's (U.S. = 100) in
the same year. A wage divided by it and multiplied by 100 buys at U.S. average prices
what the wage buys in the area. BLS rounds annual wages to $10, and so do we.
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.text import capfirst

from . import bls
from .bls import Release

RPP_NAME = "U.S. Bureau of Economic Analysis, Regional Price Parities"
RPP_YEAR = 2024
RPP_CITATION = f"BEA Regional Price Parities, {RPP_YEAR}"
RPP = Release(
    name=RPP_NAME,
    url="https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area",
    as_of=datetime.date(RPP_YEAR, 1, 1),
    as_of_label=str(RPP_YEAR),
    short_name=f"BEA RPP {RPP_YEAR}",
)
# The nation's price level, by definition of the parities.
US_PRICE_LEVEL = Decimal(100)
METHOD = (
    "Pay after prices is the wage divided by the area\u2019s price level (BEA Regional Price "
    f"Parities, {RPP_YEAR}, U.S. = 100) and multiplied by 100: what the wage would buy at U.S. "
    "average prices, rounded to $10. Prices are of 2024 and wages of May 2025, a year apart; "
    "price levels compare places within one year."
)
NO_PRICE_LEVEL = "BEA publishes no price level for {}, so we cannot say what its pay buys."
# What the rankings after prices weigh, beside the floors every ranking of BLS cells has.
RANKING_METHOD = (
    "Highest paying after prices ranks the same states and metro areas by their annual mean wage "
    "(BLS Occupational Employment and Wage Statistics, May 2025) at U.S. average prices "
    f"(BEA Regional Price Parities, {RPP_YEAR})."
)


def at_us_prices(annual, price_level):
    """An annual wage at U.S. average prices, rounded to $10, or None without either figure."""
    if annual is None or price_level is None or price_level <= 0:
        return None
    value = Decimal(annual) * 100 / Decimal(price_level)
    return int((value / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 10)


def price_statement(area):
    """ "Texas price level 97.057 (U.S. = 100)", naming the BEA area the level is of."""
    return f"{capfirst(area.price_area or area.name)} price level {area.price_level} (U.S. = 100)"


def ranking_key(pay, price_level, employment):
    """What ranks a cell after prices: its pay at U.S. prices, unrounded, then its jobs."""
    return (Decimal(pay) * 100 / Decimal(price_level), employment)


@dataclass(frozen=True)
class StatePay:
    """An occupation's pay in one state, before and after prices, for the table of top states."""

    wage: object
    pay: Decimal
    at_us_prices: int

    @property
    def area(self):
        return self.wage.area

    @property
    def price_level(self):
        return self.wage.area.price_level

    @property
    def employment(self):
        return self.wage.employment

    @property
    def top_coded(self):
        return self.wage.annual_mean is not None and self.wage.is_top_coded("annual_mean")


def top_states(wages, count=10):
    """The ``count`` states whose cells (rankable, priced: ``Wage.objects.priced_states``) pay
    most at U.S. prices, best first, as ``highest_paying_state_after_prices`` ranks them."""
    found = []
    for wage in sorted(wages, key=lambda wage: wage.area.name):
        pay = bls.ranked_pay(wage.annual_mean, wage.hourly_mean)
        if pay is None:
            continue
        key = ranking_key(pay, wage.area.price_level, wage.employment)
        found.append((key, StatePay(wage, pay, at_us_prices(pay, wage.area.price_level))))
    # Stable: of equal keys the first by name stays first, as the import's ranking keeps it.
    found.sort(key=lambda item: item[0], reverse=True)
    return [state for _, state in found[:count]]
