"""Whether a gap between two BLS mean wages is larger than the survey's sampling error."""

from decimal import Decimal

from careers.gaps import Gap, gap_between, mean_gap, verdict
from careers.models import Wage


def test_gap_is_real_only_beyond_1_96_combined_standard_errors():
    # Standard errors of $400 and $300 combine to $500; 1.96 times that is $980.
    assert gap_between((40_000, 1), (30_000, 1)).real
    close = gap_between((40_000, Decimal("1.0")), (39_100, Decimal("1.0")))
    assert not close.real
    assert round(close.margin) == round(1.96 * (400**2 + 391**2) ** 0.5)


def test_mean_gap_reads_the_cells_means_and_relative_standard_errors():
    gap = mean_gap(Wage(annual_mean=49_060, mean_rse=Decimal("1.0")), Wage(annual_mean=48_900, mean_rse=1))
    assert gap.difference == 160
    assert not gap.real


def test_mean_gap_is_none_without_a_mean_or_its_error():
    known = Wage(annual_mean=49_060, mean_rse=Decimal("1.0"))
    assert mean_gap(known, Wage(annual_mean=48_900)) is None
    assert mean_gap(known, Wage(mean_rse=Decimal("1.0"))) is None
    assert mean_gap(known, None) is None


def test_verdict_says_where_the_gap_stands_against_the_margin_of_error():
    assert verdict(Gap(1_000, 500)) == "larger than the survey\u2019s margin of error"
    assert verdict(Gap(-400, 500)) == "within the survey\u2019s margin of error"
