"""Search: by title and SOC code, forgiving typos and word order, with suggestions instead of nothing."""

import pytest
from django.db import connection
from django.test import TestCase

from careers.search import search, soc_prefix, suggestions
from tests.factories import make_category, make_occupation
from tests.pages import Page

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="full-text and trigram search need PostgreSQL (set DATABASE_URL to a PostgreSQL database)",
)


def titles(results):
    return [o.title for o in results]


class SearchData(TestCase):
    @classmethod
    def setUpTestData(cls):
        business = make_category("Business and Financial Operations")
        office = make_category("Office and Administrative Support")
        cls.accountants = make_occupation(
            "Accountants and Auditors",
            category=business,
            soc_code="13-2011",
            yearly_salary=94750,
            jobs=1449500,
        )
        cls.collectors = make_occupation(
            "Bill and Account Collectors",
            category=office,
            soc_code="43-3011",
            yearly_salary=49060,
            jobs=158830,
        )
        cls.clerks = make_occupation(
            "Billing and Posting Clerks",
            category=office,
            soc_code="43-3021",
            yearly_salary=50110,
            jobs=427500,
        )
        cls.nurses = make_occupation(
            "Registered Nurses",
            category=make_category("Healthcare"),
            soc_code="29-1141",
            yearly_salary=101420,
        )


class SearchEverywhereTests(SearchData):
    """What holds on SQLite and on PostgreSQL alike."""

    def test_exact_title_comes_first(self):
        self.assertEqual(titles(search("Registered Nurses"))[0], "Registered Nurses")

    def test_partial_title_is_found(self):
        self.assertIn("Accountants and Auditors", titles(search("accountants")))

    def test_words_in_any_order_are_found(self):
        self.assertEqual(titles(search("collectors bill"))[0], "Bill and Account Collectors")

    def test_soc_code_finds_its_occupation(self):
        self.assertEqual(titles(search("43-3011")), ["Bill and Account Collectors"])
        self.assertEqual(titles(search("433011")), ["Bill and Account Collectors"])

    def test_soc_code_prefix_finds_the_group_in_code_order(self):
        self.assertEqual(
            titles(search("43-30")), ["Bill and Account Collectors", "Billing and Posting Clerks"]
        )

    def test_soc_prefix_reads_the_forms_people_type(self):
        self.assertEqual(soc_prefix("43-3011"), "43-3011")
        self.assertEqual(soc_prefix("433011"), "43-3011")
        self.assertEqual(soc_prefix("43"), "43")
        self.assertIsNone(soc_prefix("nurse"))

    def test_empty_query_finds_nothing(self):
        self.assertEqual(search("   "), [])

    def test_common_misspelling_still_finds_the_occupation(self):
        self.assertEqual(titles(search("acountant"))[0], "Accountants and Auditors")


class SearchPageTests(SearchData):
    def test_results_show_pay_and_jobs_beside_each_title(self):
        response = self.client.get("/search/", {"q": "accountants"})
        self.assertContains(
            response, '<a href="/careers/accountants-and-auditors/">Accountants and Auditors</a>', html=True
        )
        row = Page(response).table("Search results")[
            "Accountants and Auditors Business and Financial Operations"
        ]
        self.assertEqual(row, ["13-2011", "$94,750", "1,449,500"])

    def test_results_are_not_indexed(self):
        response = self.client.get("/search/", {"q": "nurse"})
        self.assertContains(response, '<meta name="robots" content="noindex">', html=True)

    def test_no_match_answers_with_suggestions_not_an_empty_page(self):
        response = self.client.get("/search/", {"q": "zzyzx qqq"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "No occupation matches")
        self.assertContains(response, "Occupations with the most jobs")
        self.assertContains(response, "Accountants and Auditors")

    def test_near_miss_suggests_the_closest_titles(self):
        offered, close = suggestions("registerd nursez")
        self.assertTrue(close)
        self.assertEqual(titles(offered)[0], "Registered Nurses")

    def test_every_page_has_the_search_form_in_its_header(self):
        for url in ["/", "/careers/", "/careers/accountants-and-auditors/"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, 'action="/search/"')
                self.assertContains(response, 'name="q"')

    def test_the_query_stays_in_the_search_box(self):
        response = self.client.get("/search/", {"q": "nurse"})
        self.assertContains(response, 'value="nurse"')

    def test_without_a_query_the_page_explains_what_to_type(self):
        response = self.client.get("/search/")
        self.assertContains(response, "Search by title")
        self.assertEqual(len(Page(response).heading_texts("h1")), 1)


@on_postgres
@pytest.mark.postgres
class PostgresSearchTests(SearchData):
    """Full-text search and trigram similarity, which only PostgreSQL has."""

    def test_typo_in_one_word_of_a_reordered_title(self):
        self.assertEqual(titles(search("colector bill"))[0], "Bill and Account Collectors")

    def test_stemmed_words_match_plural_titles(self):
        self.assertEqual(titles(search("registered nurse"))[0], "Registered Nurses")

    def test_typos_rank_the_intended_title_first(self):
        self.assertEqual(titles(search("acountnts"))[0], "Accountants and Auditors")
        self.assertEqual(titles(search("regstered nurses"))[0], "Registered Nurses")

    def test_unrelated_titles_are_left_out(self):
        self.assertNotIn("Registered Nurses", titles(search("acountant")))


class SqliteFallbackTests(SearchData):
    """The simpler search SQLite gets: every word must appear, a misspelt word is corrected."""

    def setUp(self):
        if connection.vendor == "postgresql":
            self.skipTest("the fallback runs only where PostgreSQL search is not available")

    def test_every_word_must_appear(self):
        self.assertEqual(titles(search("billing clerks")), ["Billing and Posting Clerks"])
        self.assertEqual(search("billing nurses"), [])

    def test_misspelt_word_is_replaced_by_the_closest_title_word(self):
        self.assertEqual(titles(search("colectors bill")), ["Bill and Account Collectors"])
