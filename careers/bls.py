"""What the public releases the catalog comes from are called, and the rules for ranking their figures.

BLS Occupational Employment and Wage Statistics (pay and jobs), BLS Employment
Projections (outlook and entry requirements), the BLS Current Population Survey
(who does the job) and the O*NET database (descriptions, duties, skills, education).
Next year's release is a change of constants here; an O*NET release is read from the
``Read Me.txt`` of its folder, so a new one needs no change at all.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Release:
    """A release as a ``Source`` cites it: the name and date identify it, the rest describes it."""

    name: str
    url: str
    as_of: datetime.date
    as_of_label: str
    short_name: str
    attribution: str = ""

    @property
    def lookup(self):
        return {"name": self.name, "as_of": self.as_of}

    @property
    def details(self):
        return {
            "url": self.url,
            "as_of_label": self.as_of_label,
            "short_name": self.short_name,
            "attribution": self.attribution,
        }


OEWS_SOURCE_NAME = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
OEWS_URL = "https://www.bls.gov/oes/"
OEWS_AS_OF = datetime.date(2025, 5, 1)
OEWS_RELEASE = "May 2025"
OEWS_CITATION = f"{OEWS_SOURCE_NAME}, {OEWS_RELEASE}"
# How a figure names the source beside its footnote mark.
OEWS_SHORT_NAME = f"BLS, {OEWS_RELEASE}"

# The occupation fields an all-industries OEWS cell gives, and the Wage field each comes
# from: the import fills them from the nation's cell, area pages from the area's.
OCCUPATION_FIELDS = {
    "yearly_salary": "annual_mean",
    "hourly_rate": "hourly_mean",
    "salary_low": "annual_p10",
    "salary_high": "annual_p90",
    "jobs": "employment",
}
SALARY_RANGE_LABEL = "10th to 90th percentile"

ONET_URL = "https://www.onetcenter.org/database.html"


def onet_attribution(version):
    """The line the CC BY 4.0 license of an O*NET release asks for beside its content."""
    return (
        f"This page includes information from the O*NET {version} Database by the U.S. Department of "
        "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
        "O*NET(R) is a trademark of USDOL/ETA."
    )


def onet_release(version, as_of):
    """An O*NET database release, e.g. ("30.1", December 2025), as read from its "Read Me.txt"."""
    return Release(
        name=f"O*NET {version} Database",
        url=ONET_URL,
        as_of=as_of,
        as_of_label=as_of.strftime("%B %Y"),
        short_name=f"O*NET {version}",
        attribution=onet_attribution(version),
    )


# The descriptions come from O*NET 29.2's "Occupation Data" (unchanged in 29.3).
ONET_SOURCE_NAME = "O*NET 29.2 Database"
ONET_AS_OF = datetime.date(2025, 2, 1)
ONET_RELEASE = "O*NET 29.2"
ONET_ATTRIBUTION = onet_attribution("29.2")

EP = Release(
    name="U.S. Bureau of Labor Statistics, Employment Projections",
    url="https://www.bls.gov/emp/",
    # The projections' base year; pages show the decade they span.
    as_of=datetime.date(2024, 1, 1),
    as_of_label="2024\u201334",
    short_name="BLS projections 2024\u201334",
)

CPS = Release(
    name="U.S. Bureau of Labor Statistics, Current Population Survey",
    url="https://www.bls.gov/cps/tables.htm",
    as_of=datetime.date(2025, 1, 1),
    # 2025's are 11-month averages: October 2025 was not collected during the shutdown.
    as_of_label="2025 annual averages",
    short_name="CPS 2025",
)

# "Highest paying" and "best paying" are chosen only among cells that are large and
# precise enough to trust: at least this many jobs, and relative standard errors of
# employment and of the mean wage at most these percentages.
RANKING_MIN_EMPLOYMENT = 1000
RANKING_MAX_EMPLOYMENT_RSE = 25
RANKING_MAX_WAGE_RSE = 10
# A cell without an annual mean (BLS publishes some occupations by the hour only) is
# ranked by its hourly mean over a year of full-time work, as BLS annualises wages.
HOURS_A_YEAR = 2080


def ranked_pay(annual_mean, hourly_mean):
    """The annual mean wage a cell is ranked by: BLS's, or its hourly mean over a year of work."""
    if annual_mean is None and hourly_mean is not None:
        return hourly_mean * HOURS_A_YEAR
    return annual_mean


RANKING_RULE = (
    f"Among areas and industries with at least {RANKING_MIN_EMPLOYMENT:,} jobs, "
    f"an employment estimate within {RANKING_MAX_EMPLOYMENT_RSE}% relative standard error "
    f"and a mean wage within {RANKING_MAX_WAGE_RSE}%."
)
