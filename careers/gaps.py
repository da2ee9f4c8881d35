"""Whether a gap between two BLS mean wages is larger than the survey's sampling error.

BLS publishes with every mean wage its relative standard error (``Wage.mean_rse``, in
percent). The standard error of a mean is the mean times its RSE; that of the gap
between two independent estimates is the square root of the sum of their squares.
A gap counts as real when it is more than 1.96 times that: a two-sided test at 95%.
"""

import math
from dataclasses import dataclass

Z_95 = 1.96
TEST = (
    "A gap between two mean wages counts as real when it is larger than 1.96 times its "
    "standard error, worked out from the relative standard errors BLS publishes with each "
    "mean: a test at 95% confidence."
)


@dataclass(frozen=True)
class Gap:
    difference: float
    margin: float

    @property
    def real(self):
        return abs(self.difference) > self.margin


def gap_between(first, second):
    """The Gap between two (mean, relative standard error in percent) estimates.

    A mean scaled by a constant (a wage at U.S. prices) keeps its relative standard error.
    """
    errors = [float(mean) * float(rse) / 100 for mean, rse in (first, second)]
    return Gap(float(first[0]) - float(second[0]), Z_95 * math.hypot(*errors))


def mean_gap(first, second):
    """The Gap between two Wage cells' annual means, or None when either lacks a mean or its RSE."""
    for wage in (first, second):
        if wage is None or wage.annual_mean is None or wage.mean_rse is None:
            return None
    return gap_between((first.annual_mean, first.mean_rse), (second.annual_mean, second.mean_rse))


# The occupation figures that are BLS means, which a mean's standard error tests.
MEAN_FIGURES = ("yearly_salary", "hourly_rate")
MARGIN = "the survey\u2019s margin of error"
UNTOLD = "so the survey cannot tell which pays more on average"


def verdict(gap):
    """ "larger than the survey's margin of error" or "within the survey's margin of error"."""
    return f"larger than {MARGIN}" if gap.real else f"within {MARGIN}"
