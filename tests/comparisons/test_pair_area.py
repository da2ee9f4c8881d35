"""A comparison in a state or metro area: its canonical address, its figures and its picker."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.models import AreaKind
from comparisons.pairs import url as pair_url
from tests.factories import make_occupation
from tests.pages import Page, form_data
from tests.wage_factories import make_area, make_wage, nation

DASH = "\u2014"
URL = "/compare/bill-collector-vs-service-representative/in/ohio/"
CITATION = "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025"


class PairAreaPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.collector = make_occupation("Bill Collector", soc_code="43-3011")
        cls.agent = make_occupation("Service Representative", soc_code="43-4051")
        cls.ohio = make_area("Ohio", AreaKind.STATE, slug="ohio", state="OH")
        cls.akron = make_area("Akron, OH", AreaKind.METRO, slug="akron-oh", state="OH")
        make_wage(
            cls.collector,
            percentiles=[33_000, 38_000, 46_000, 58_000, 70_000],
            annual_mean=49_060,
            employment=158_830,
        )
        make_wage(
            cls.agent,
            percentiles=[31_000, 36_000, 44_000, 54_000, 66_000],
            annual_mean=46_590,
            employment=2_595_750,
        )
        make_wage(
            cls.collector,
            cls.ohio,
            percentiles=[34_000, 39_000, 45_000, 55_000, 64_000],
            annual_mean=47_120,
            employment=6_420,
        )
        make_wage(
            cls.agent,
            cls.ohio,
            percentiles=[30_000, 35_000, 42_000, 50_000, 60_000],
            annual_mean=43_880,
            employment=97_330,
        )
        make_wage(cls.agent, cls.akron, annual_mean=41_000, employment=4_100)

    def test_canonical_area_url(self):
        self.assertEqual(pair_url(self.collector, self.agent, self.ohio), URL)

    def test_shows_both_occupations_in_the_area_beside_the_nation(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Bill collector vs service representative in Ohio"])
        collector = page.table("Bill Collector in Ohio and the United States, May 2025[1]")
        self.assertEqual(collector[""], ["Ohio", "United States"])
        self.assertEqual(collector["Annual mean wage"], ["$47,120", "$49,060"])
        self.assertEqual(collector["Median annual wage"], ["$45,000", "$46,000"])
        self.assertEqual(collector["Employment"], ["6,420", "158,830"])
        agent = page.table("Service Representative in Ohio and the United States, May 2025[1]")
        self.assertEqual(agent["Annual mean wage"], ["$43,880", "$46,590"])
        self.assertEqual(agent["Hourly mean wage"], ["$21.10", "$22.40"])
        self.assertEqual(agent["25th percentile"], ["$35,000", "$36,000"])
        self.assertEqual(agent["75th percentile"], ["$50,000", "$54,000"])
        self.assertEqual(agent["Employment"], ["97,330", "2,595,750"])
        self.assertEqual(page.text.count(CITATION), 3)
        self.assertIn(
            "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, as of May 2025.",
            page.text,
        )

    def test_chart_shows_the_area_percentiles(self):
        response = self.client.get(URL)
        table = Page(response).table("Annual wage percentiles in Ohio, May 2025[1]")
        self.assertEqual(table[""], ["Bill Collector", "Service Representative"])
        self.assertEqual(table["10th percentile"], ["$34,000", "$30,000"])
        self.assertEqual(table["90th percentile"], ["$64,000", "$60,000"])
        self.assertContains(
            response, "Annual wage percentiles of Bill Collector and Service Representative in Ohio"
        )

    def test_an_occupation_without_an_area_estimate_is_named(self):
        response = self.client.get("/compare/bill-collector-vs-service-representative/in/akron-oh/")
        self.assertContains(response, "BLS published no estimate for bill collectors in Akron, OH.")
        self.assertNotContains(response, "BLS published no estimate for service representatives")
        agent = Page(response).table("Service Representative in Akron, OH and the United States, May 2025[1]")
        self.assertEqual(agent["Annual mean wage"], ["$41,000", "$46,590"])
        self.assertEqual(agent["Median annual wage"], [DASH, "$44,000"])

    def test_reversed_pair_redirects_to_the_canonical_area_url(self):
        response = self.client.get("/compare/service-representative-vs-bill-collector/in/ohio/")
        self.assertRedirects(response, URL, status_code=301)

    def test_unknown_area_is_a_helpful_404(self):
        response = self.client.get("/compare/bill-collector-vs-service-representative/in/atlantis/")
        self.assertContains(response, "We have no area at \u201catlantis\u201d.", status_code=404)
        self.assertContains(response, "Page not found", status_code=404)

    def test_unknown_occupation_in_a_known_area_is_404(self):
        response = self.client.get("/compare/bill-collector-vs-nobody/in/ohio/")
        self.assertContains(response, "We have no occupation at \u201cnobody\u201d.", status_code=404)

    def test_the_nation_as_an_area_redirects_to_the_national_comparison(self):
        nation()
        response = self.client.get("/compare/service-representative-vs-bill-collector/in/united-states/")
        self.assertRedirects(response, "/compare/bill-collector-vs-service-representative/", status_code=301)

    def test_picker_submits_without_javascript_to_a_redirect(self):
        national = self.client.get("/compare/bill-collector-vs-service-representative/")
        self.assertEqual(form_data(national, "area-picker"), {"area": ""})
        self.assertContains(national, '<optgroup label="States">')
        self.assertNotContains(national, '<optgroup label="Metropolitan areas">')
        self.assertContains(self.client.get(URL), '<option value="akron-oh">Akron, OH</option>')
        action = "/compare/bill-collector-vs-service-representative/in/"
        self.assertContains(national, f'action="{action}"')
        self.assertRedirects(self.client.get(action, {"area": "ohio"}), URL, status_code=302)
        self.assertRedirects(
            self.client.get(action, {"area": ""}),
            "/compare/bill-collector-vs-service-representative/",
            status_code=302,
        )
        self.assertEqual(form_data(self.client.get(URL), "area-picker"), {"area": "ohio"})

    def test_national_page_shows_no_area_tables(self):
        response = self.client.get("/compare/bill-collector-vs-service-representative/")
        self.assertContains(response, "Pay where you live")
        self.assertNotContains(response, "in Ohio and the United States")


class PairAreaQueryTests(TestCase):
    """An area comparison costs the same few queries however many areas and rows there are:
    those of a national comparison page, and the area and its wage cells."""

    MAX_QUERIES = 20

    def queries_for(self, count):
        first = make_occupation(f"Aardvark Minder {count}", duties=count, skills=count, race_groups=count)
        second = make_occupation(f"Zebra Minder {count}", duties=count, skills=count, race_groups=count)
        for occupation in (first, second):
            make_wage(occupation, percentiles=[1, 2, 3, 4, 5], annual_mean=3)
        for n in range(count):
            area = make_area(f"Minder State {count} {n}", slug=f"minder-state-{count}-{n}")
            for occupation in (first, second):
                make_wage(occupation, area, percentiles=[1, 2, 3, 4, 5], annual_mean=3)
        url = pair_url(first, second, area)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"Duty number {count - 1}.")
        return len(queries)

    def test_query_count_is_small_and_does_not_grow_with_the_data(self):
        few, many = self.queries_for(1), self.queries_for(50)
        self.assertLessEqual(few, self.MAX_QUERIES)
        self.assertEqual(few, many)
