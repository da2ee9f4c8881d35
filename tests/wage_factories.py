"""Small helpers that build BLS areas and wage cells for tests, in the shape the OEWS import leaves them."""

import itertools
from decimal import Decimal

from django.utils.text import slugify

from careers import bls
from careers.models import Area, AreaKind, Industry, Wage
from tests.factories import make_source

_codes = itertools.count(1000)


def oews_source():
    return make_source(
        bls.OEWS_SOURCE_NAME,
        as_of=bls.OEWS_AS_OF,
        as_of_label=bls.OEWS_RELEASE,
        url=bls.OEWS_URL,
        short_name=bls.OEWS_SHORT_NAME,
    )


def make_area(name, kind=AreaKind.STATE, **fields):
    fields.setdefault("slug", slugify(name))
    fields.setdefault("code", "99" if kind == AreaKind.NATION else str(next(_codes)))
    area, _ = Area.objects.get_or_create(name=name, kind=kind, defaults=fields)
    return area


def nation():
    return make_area("U.S.", AreaKind.NATION, slug="united-states")


def all_industries():
    industry, _ = Industry.objects.get_or_create(
        code="000000",
        ownership="1235",
        defaults={"title": "Cross-industry", "level": "cross-industry"},
    )
    return industry


def make_wage(occupation, area=None, *, percentiles=None, industry=None, **fields):
    """A cell with the annual mean and, from ``percentiles`` (10th, 25th, median, 75th, 90th), its spread.

    Hourly figures are the annual ones over 2,080 hours, as BLS computes them.
    """
    if percentiles is not None:
        for name, value in zip(
            ["annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90"],
            percentiles,
            strict=True,
        ):
            fields.setdefault(name, value)
    if fields.get("annual_mean") is not None and not fields.get("annual_only"):
        fields.setdefault("hourly_mean", (Decimal(fields["annual_mean"]) / 2080).quantize(Decimal("0.01")))
    return Wage.objects.create(
        occupation=occupation,
        area=area or nation(),
        industry=industry or all_industries(),
        source=oews_source(),
        **fields,
    )
