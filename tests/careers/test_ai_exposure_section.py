"""Exposure to AI language models on the occupation page: shown where the study rated the
occupation, on national and area pages alike, and left out where it did not, at no extra query."""

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.models import AreaKind
from careers.versions import Memo, data_version
from tests.exposure_factories import COLLECTORS, make_rated
from tests.factories import make_source
from tests.pages import Page
from tests.wage_factories import make_area

CAPTION = "Share of tasks exposed to AI language models, by rating"


class OccupationExposureTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Each cites a source for its description, so both pages fetch the sources they cite.
        cited = {"description": "Collect debts.", "description_source": make_source()}
        cls.collectors = make_rated("Bill and Account Collectors", "43-3011", COLLECTORS, **cited)
        cls.other = make_rated("Office and Administrative Support Workers, All Other", "43-9199", **cited)
        make_area("Texas", AreaKind.STATE, slug="texas", state="TX")

    def setUp(self):
        cache.clear()

    def assertSection(self, url):
        response = self.client.get(url)
        page = Page(response)
        headings = page.heading_texts("h2")
        # After the skills, before the sources.
        self.assertLess(headings.index("Skills"), headings.index("Exposure to AI language models"))
        self.assertLess(headings.index("Exposure to AI language models"), headings.index("Sources"))
        self.assertIn("43% of tasks exposed (human-rated) (GPTs are GPTs, 2023 ratings)", page.text)
        self.assertNotIn("(human-rated) for", page.text)
        table = page.table(CAPTION)
        self.assertEqual(table[""], ["Bill and Account Collectors"])
        self.assertEqual(
            [cells[0] for label, cells in table.items() if label], ["11%", "43%", "75%", "39%", "70%", "100%"]
        )
        self.assertIn("not a prediction that jobs will be lost", page.text)
        self.assertIn("rated in 2023, on O*NET\u2019s task list of that year", page.text)
        self.assertIn("three of its four authors worked at OpenAI", page.text)
        self.assertContains(response, '<a href="https://doi.org/10.1126/science.adj0998">')
        self.assertIn("doi:10.1126/science.adj0998, as of 2023 ratings, published 2024.", page.text)

    def test_the_occupation_page_shows_the_section(self):
        self.assertSection("/careers/bill-and-account-collectors/")

    def test_the_area_page_shows_the_same_section(self):
        self.assertSection("/careers/bill-and-account-collectors/in/texas/")

    def test_no_section_for_an_occupation_the_study_did_not_rate(self):
        for url in (
            "/careers/office-and-administrative-support-workers-all-other/",
            "/careers/loss-mitigation-specialist/",
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                page = Page(response)
                self.assertIn("Skills", page.heading_texts("h2"))
                self.assertNotIn("Exposure to AI language models", page.heading_texts("h2"))
                self.assertNotIn("tasks exposed", page.text)
                self.assertNotContains(response, "science.adj0998")

    def test_the_section_adds_no_query(self):
        counts = []
        for occupation in (self.collectors, self.other):
            cache.clear()
            Memo.forget()
            data_version()
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(occupation.get_absolute_url()).status_code, 200)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
