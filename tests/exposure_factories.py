"""Occupations with exposure to AI language models, as ``import_ai_exposure`` leaves them."""

from decimal import Decimal

from careers import exposure
from careers.models import AI_EXPOSURE_FIELDS
from tests.factories import make_category, make_occupation, make_source

# (human beta, human alpha, human gamma, GPT-4 alpha, beta, gamma) of the study's real rows.
COLLECTORS = ("42.86", "10.71", "75.00", "39.29", "69.64", "100.00")
REPRESENTATIVES = ("70.45", "54.55", "86.36", "13.64", "56.82", "100.00")
AIDES = ("18.6", "11.1", "26.1", "12.2", "15.0", "17.7")
FIELDS = AI_EXPOSURE_FIELDS


def paper():
    release = exposure.RELEASE
    return make_source(release.name, as_of=release.as_of, **release.details)


def make_rated(title, soc_code, shares=None, onet=None, **fields):
    """A catalog occupation with the study's six shares (none when ``shares`` is None) citing the paper."""
    if shares is not None:
        fields.update({field: Decimal(share) for field, share in zip(FIELDS, shares, strict=True)})
        fields["ai_exposure_source"] = paper()
        fields["ai_exposure_occupations"] = onet or [[f"{soc_code}.00", title]]
    return make_occupation(
        title, soc_code=soc_code, category=make_category("Office and Administrative Support"), **fields
    )
