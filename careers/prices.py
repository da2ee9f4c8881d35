"""Pay after prices: a wage at U.S. average prices, from BEA's Regional Price Parities.

An area's all-items RPP is its price level in percent of the nation's (U.S. = 100) in
the same year. A wage divided by it and multiplied by 100 buys at U.S. average prices
what the wage buys in the area. BLS rounds annual wages to $10, and so do we.
"""

from decimal import ROUND_HALF_UP, Decimal

RPP_NAME = "U.S. Bureau of Economic Analysis, Regional Price Parities"
RPP_YEAR = 2024
RPP_CITATION = f"BEA Regional Price Parities, {RPP_YEAR}"
METHOD = (
    "Pay after prices is the wage divided by the area\u2019s price level (BEA Regional Price "
    f"Parities, {RPP_YEAR}, U.S. = 100) and multiplied by 100: what the wage would buy at U.S. "
    "average prices, rounded to $10. Prices are of 2024 and wages of May 2025, a year apart; "
    "price levels compare places within one year."
)
NO_PRICE_LEVEL = "BEA publishes no price level for {}, so we cannot say what its pay buys."


def at_us_prices(annual, price_level):
    """An annual wage at U.S. average prices, rounded to $10, or None without either figure."""
    if annual is None or price_level is None or price_level <= 0:
        return None
    value = Decimal(annual) * 100 / Decimal(price_level)
    return int((value / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 10)
