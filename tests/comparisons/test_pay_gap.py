"""Pages that set two BLS mean wages side by side say whether the gap exceeds the survey's error."""

from decimal import Decimal

from django.test import TestCase

from careers.gaps import TEST
from careers.models import AreaKind
from tests.factories import make_occupation
from tests.pages import Page
from tests.wage_factories import make_area, make_wage

RSE = Decimal("1.0")
WITHIN = "within the survey\u2019s margin of error"
LARGER = "larger than the survey\u2019s margin of error"


def catalog(title, soc_code, mean, **fields):
    """An occupation as the OEWS import leaves it: its average salary is the national BLS mean."""
    occupation = make_occupation(title, soc_code=soc_code, yearly_salary=mean, **fields)
    make_wage(occupation, annual_mean=mean, mean_rse=RSE, percentiles=[1, 2, 3, 4, 5])
    return occupation


class PairPayGapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.collector = catalog("Gap Collector", "43-3011", 49_060, hourly_rate=Decimal("23.59"))
        cls.clerk = catalog("Gap Clerk", "43-3021", 48_900, hourly_rate=Decimal("23.51"))
        cls.analyst = catalog("Gap Analyst", "43-3031", 58_000)
        cls.texas = make_area("Texas", AreaKind.STATE, slug="texas", state="TX")
        make_wage(cls.collector, cls.texas, annual_mean=44_850, mean_rse=RSE, employment=17_420)
        make_wage(cls.clerk, cls.texas, annual_mean=44_700, mean_rse=RSE, employment=9_000)

    def test_gap_within_the_error_is_said_to_be_so_and_not_ranked(self):
        response = self.client.get("/compare/gap-clerk-vs-gap-collector/")
        page = Page(response)
        self.assertIn(
            "Additionally, a gap clerk has an average salary of $48,900 and a gap collector an average "
            "annual salary of $49,060: a gap of $160, within the survey\u2019s margin of error, so the "
            "survey cannot tell which pays more on average.",
            page.text,
        )
        self.assertIn(TEST, page.text)
        # Neither salary nor hourly rate is marked higher in the table.
        self.assertNotContains(response, 'class="higher"')

    def test_gap_beyond_the_error_says_higher_and_that_it_is_larger_than_the_error(self):
        response = self.client.get("/compare/gap-analyst-vs-gap-collector/")
        page = Page(response)
        self.assertIn(
            "Additionally, a gap analyst has an average salary of $58,000, which is $8,940 higher than the "
            f"$49,060 average annual salary of a gap collector, a gap {LARGER}.",
            page.text,
        )
        self.assertIn(TEST, page.text)
        self.assertContains(response, 'class="higher"')

    def test_area_page_tests_the_area_means_and_each_against_the_nation(self):
        page = Page(self.client.get("/compare/gap-clerk-vs-gap-collector/in/texas/"))
        self.assertIn(
            "Additionally, in Texas, a gap clerk has an average salary of $44,700 and a gap collector an "
            f"average annual salary of $44,850: a gap of $150, {WITHIN}",
            page.text,
        )
        self.assertIn(
            "In Texas, the mean annual wage of gap collectors is $44,850, $4,210 below the national mean "
            f"of $49,060, a gap {LARGER}.",
            page.text,
        )
        self.assertEqual(page.text.count(TEST), 1)

    def test_an_editors_salary_is_not_tested(self):
        self.collector.yearly_salary = 50_000
        self.collector.save()
        page = Page(self.client.get("/compare/gap-clerk-vs-gap-collector/"))
        self.assertIn("which is $1,100 lower than the $50,000 average annual salary", page.text)
        self.assertNotIn("margin of error", page.text)

    def test_hand_entered_occupations_keep_todays_sentence(self):
        page = Page(self.client.get("/compare/loss-mitigation-specialist-vs-collections-customer-service/"))
        self.assertNotIn("margin of error", page.text)
        self.assertNotIn(TEST, page.text)


class OccupationAreaGapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.collector = catalog("Gap Collector", "43-3011", 49_060)
        cls.texas = make_area("Texas", AreaKind.STATE, slug="texas", state="TX")
        cls.ohio = make_area("Ohio", AreaKind.STATE, slug="ohio", state="OH")
        make_wage(cls.collector, cls.texas, annual_mean=44_850, mean_rse=RSE)
        make_wage(cls.collector, cls.ohio, annual_mean=48_900, mean_rse=RSE)

    def test_a_real_gap_from_the_nation_says_above_or_below(self):
        page = Page(self.client.get("/careers/gap-collector/in/texas/"))
        self.assertIn(
            "In Texas, the mean annual wage of gap collectors is $44,850, $4,210 below the national mean "
            f"of $49,060, a gap {LARGER}.",
            page.text,
        )
        self.assertEqual(page.text.count(TEST), 1)

    def test_a_gap_within_the_error_is_not_ranked(self):
        page = Page(self.client.get("/careers/gap-collector/in/ohio/"))
        self.assertIn(
            "In Ohio, the mean annual wage of gap collectors is $48,900 and the national mean $49,060: "
            f"a gap of $160, {WITHIN}, so the survey cannot tell which pays more on average.",
            page.text,
        )

    def test_the_national_page_states_no_gap(self):
        page = Page(self.client.get("/careers/gap-collector/"))
        self.assertNotIn("margin of error", page.text)
        self.assertNotIn(TEST, page.text)
