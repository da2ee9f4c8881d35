"""What the BLS OEWS and O*NET releases are called, and the rules for ranking their figures."""

import datetime

OEWS_SOURCE_NAME = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
OEWS_URL = "https://www.bls.gov/oes/"
OEWS_AS_OF = datetime.date(2025, 5, 1)
OEWS_RELEASE = "May 2025"
OEWS_CITATION = f"{OEWS_SOURCE_NAME}, {OEWS_RELEASE}"

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

ONET_SOURCE_NAME = "O*NET 29.2 Database"
ONET_URL = "https://www.onetcenter.org/database.html"
ONET_AS_OF = datetime.date(2025, 2, 1)
ONET_RELEASE = "O*NET 29.2"
ONET_ATTRIBUTION = (
    "This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
    "O*NET(R) is a trademark of USDOL/ETA."
)

# "Highest paying" and "best paying" are chosen only among cells that are large and
# precise enough to trust: at least this many jobs, and relative standard errors of
# employment and of the mean wage at most these percentages.
RANKING_MIN_EMPLOYMENT = 1000
RANKING_MAX_EMPLOYMENT_RSE = 25
RANKING_MAX_WAGE_RSE = 10
RANKING_RULE = (
    f"Among areas and industries with at least {RANKING_MIN_EMPLOYMENT:,} jobs, "
    f"an employment estimate within {RANKING_MAX_EMPLOYMENT_RSE}% relative standard error "
    f"and a mean wage within {RANKING_MAX_WAGE_RSE}%."
)
