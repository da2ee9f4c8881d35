"""Numbers read from source files into model fields, checked against what the field can hold."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.db import models


class BadValue(ValueError):
    """A cell that is not a number the field can hold; its message names the cell's text."""


def number_parser(model_field, negative=False):
    """A function from a cell's text to the value ``model_field`` stores, raising BadValue.

    Integer fields take whole numbers (also written "49060.0", as spreadsheets save
    them); decimal fields round to their places. Thousands separators are accepted.
    """
    integer = not isinstance(model_field, models.DecimalField)
    if integer:
        limit = 2**31
        places = 0
    else:
        places = model_field.decimal_places
        limit = Decimal(10) ** (model_field.max_digits - places)
    exponent = Decimal(1).scaleb(-places)

    def parse(text):
        digits = text.replace(",", "") if "," in text else text
        try:
            value = int(digits) if integer else Decimal(digits)
        except ValueError:
            value = _integral(digits, text)
        except InvalidOperation:
            raise BadValue(f"{text!r} is not a number") from None
        if not integer:
            if not value.is_finite():
                raise BadValue(f"{text!r} is not a number")
            if value.as_tuple().exponent < -places:
                value = value.quantize(exponent, rounding=ROUND_HALF_UP)
        if value < 0 and not negative:
            raise BadValue(f"{text!r} is negative")
        if abs(value) >= limit:
            raise BadValue(f"{text!r} is too large")
        return value

    return parse


def _integral(digits, text):
    """Whole numbers written as "49060.0", as spreadsheets sometimes save them."""
    try:
        value = Decimal(digits)
    except InvalidOperation:
        raise BadValue(f"{text!r} is not a number") from None
    if not value.is_finite() or value != value.to_integral_value():
        raise BadValue(f"{text!r} is not a whole number")
    return int(value)
