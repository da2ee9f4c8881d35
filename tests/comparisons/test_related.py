"""Pages link to the comparisons worth reading next; the home page shows popular ones and the categories."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.versions import data_version
from comparisons.models import Comparison
from comparisons.related import popular_comparisons, related_comparisons
from tests.factories import make_category, make_occupation


def related_titles(occupations):
    return [link.title for link in related_comparisons(occupations)]


class RelatedData(TestCase):
    @classmethod
    def setUpTestData(cls):
        health = make_category("Healthcare Practitioners")
        cls.nurses = make_occupation(
            "Registered Nurses", category=health, soc_code="29-1141", yearly_salary=93600, jobs=3300000
        )
        cls.practitioners = make_occupation(
            "Nurse Practitioners", category=health, soc_code="29-1171", yearly_salary=126260, jobs=280000
        )
        cls.midwives = make_occupation(
            "Nurse Midwives", category=health, soc_code="29-1161", yearly_salary=129650, jobs=8000
        )
        cls.pharmacists = make_occupation(
            "Pharmacists", category=health, soc_code="29-1051", yearly_salary=136030, jobs=330000
        )
        cls.technicians = make_occupation(
            "Surgical Technologists", category=health, soc_code="29-2055", yearly_salary=60000, jobs=110000
        )
        cls.cooks = make_occupation(
            "Cooks, Restaurant", category=make_category("Food"), soc_code="35-2014", yearly_salary=36000
        )


class RelatedComparisonTests(RelatedData):
    def test_same_minor_group_comes_before_the_rest_of_the_category_closest_in_pay_first(self):
        self.assertEqual(
            related_titles([self.nurses]),
            [
                "Nurse Practitioners vs Registered Nurses",
                "Nurse Midwives vs Registered Nurses",
                "Pharmacists vs Registered Nurses",
                "Registered Nurses vs Surgical Technologists",
            ],
        )

    def test_a_published_comparison_comes_first_even_across_categories(self):
        Comparison.objects.create(first=self.cooks, second=self.nurses, published=True)
        self.assertEqual(related_titles([self.nurses])[0], "Cooks, Restaurant vs Registered Nurses")

    def test_links_use_the_canonical_order(self):
        Comparison.objects.create(first=self.nurses, second=self.practitioners)
        links = related_comparisons([self.nurses])
        self.assertEqual(links[0].url, "/compare/registered-nurses-vs-nurse-practitioners/")

    def test_a_pair_page_leaves_out_the_pair_itself_and_covers_both_occupations(self):
        titles = related_titles([self.nurses, self.practitioners])
        self.assertNotIn("Nurse Practitioners vs Registered Nurses", titles)
        self.assertIn("Nurse Midwives vs Registered Nurses", titles)
        self.assertIn("Nurse Midwives vs Nurse Practitioners", titles)

    def test_queries_do_not_grow_with_the_peers_and_a_kept_ranking_needs_none(self):
        data_version()
        # What is known of the pairs, the peers, and the three queries of the skill catalog.
        with CaptureQueriesContext(connection) as few:
            related_comparisons([self.cooks])
        for n in range(30):
            make_occupation(f"Cook Helper {n}", category=self.cooks.category, soc_code=f"35-29{n:02d}")
        with CaptureQueriesContext(connection) as many:
            links = related_comparisons([self.cooks])
        with CaptureQueriesContext(connection) as again:
            self.assertEqual(related_comparisons([self.cooks]), links)
        self.assertEqual((len(few), len(many), len(again)), (5, 5, 0))
        self.assertEqual(len(links), 8)

    def test_an_edit_ranks_again_at_the_next_request(self):
        related_titles([self.nurses])
        Comparison.objects.create(first=self.cooks, second=self.nurses, published=True)
        self.assertEqual(related_titles([self.nurses])[0], "Cooks, Restaurant vs Registered Nurses")


class RelatedLinksOnPagesTests(RelatedData):
    def test_comparison_page_links_related_comparisons(self):
        response = self.client.get("/compare/nurse-practitioners-vs-registered-nurses/")
        self.assertContains(response, "<h2>Related comparisons</h2>", html=True)
        self.assertContains(
            response,
            '<a href="/compare/nurse-midwives-vs-registered-nurses/">Nurse Midwives vs Registered Nurses</a>',
            html=True,
        )

    def test_occupation_page_links_its_most_useful_comparisons(self):
        response = self.client.get("/careers/registered-nurses/")
        self.assertContains(response, "Compare registered nurses with similar careers")
        self.assertContains(
            response,
            '<a href="/compare/nurse-practitioners-vs-registered-nurses/">Nurse Practitioners vs Registered Nurses</a>',
            html=True,
        )


class PopularComparisonTests(RelatedData):
    def test_published_comparisons_come_first_then_large_occupations_of_a_group(self):
        Comparison.objects.create(first=self.cooks, second=self.pharmacists, published=True)
        titles = [link.title for link in popular_comparisons()]
        self.assertEqual(titles[0], "Cooks, Restaurant vs Pharmacists")
        # Then the two largest of each minor group, and the next largest pairs in turn.
        self.assertEqual(
            titles[2:4], ["Pharmacists vs Registered Nurses", "Nurse Practitioners vs Registered Nurses"]
        )

    def test_home_page_shows_popular_comparisons_and_the_categories(self):
        response = self.client.get("/")
        self.assertContains(response, "<h2>Popular comparisons</h2>", html=True)
        self.assertContains(
            response,
            '<a href="/compare/loss-mitigation-specialist-vs-collections-customer-service/">'
            "Loss Mitigation Specialist vs Collections, Customer Service</a>",
            html=True,
        )
        self.assertContains(
            response,
            '<a href="/careers/category/healthcare-practitioners/">Healthcare Practitioners</a>',
            html=True,
        )
