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


def mean_gap(first, second):
    """The Gap between two Wage cells' annual means, or None when either lacks a mean or its RSE."""
    for wage in (first, second):
        if wage is None or wage.annual_mean is None or wage.mean_rse is None:
            return None
    errors = [float(w.annual_mean) * float(w.mean_rse) / 100 for w in (first, second)]
    margin = Z_95 * math.hypot(*errors)
    return Gap(float(first.annual_mean) - float(second.annual_mean), margin)
