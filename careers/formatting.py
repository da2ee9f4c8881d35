"""How figures read on pages. Every function returns the dash for a missing figure."""

from decimal import ROUND_HALF_UP, Decimal

DASH = "\u2014"


def money(value, top_coded=False):
    """$43,251, or "$239,200 or more" for a top-coded BLS wage."""
    if value is None:
        return DASH
    suffix = " or more" if top_coded else ""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return f"${value:,.2f}{suffix}"
    if isinstance(value, Decimal) and value < 1000:
        return f"${value:.2f}{suffix}"
    return f"${int(value):,}{suffix}"


def hourly(value, top_coded=False):
    if value is None:
        return DASH
    suffix = " or more" if top_coded else ""
    return f"${value:,.2f}{suffix}"


def number(value):
    return DASH if value is None else f"{value:,}"


def share(value):
    """51%, 13.9%: a share as BLS and surveys print it, without a trailing .0."""
    if value is None:
        return DASH
    value = Decimal(value)
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text}%"


def whole_share(value):
    """43%: a share to the whole percent, for shares of a few dozen items where a tenth means nothing.

    Shares are stored to a hundredth, so rounding half up gives the source's whole percent.
    """
    if value is None:
        return DASH
    return f"{Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"


def text(value):
    return value if value not in (None, "") else DASH


def decimal(value):
    """45.5, 37: a measured number as its source prints it, without a trailing .0."""
    if value is None:
        return DASH
    return f"{Decimal(value):.1f}".removesuffix(".0")
