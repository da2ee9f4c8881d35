"""The home page picks two occupations and goes to their canonical comparison."""

import re

from django.test import TestCase

from tests.factories import make_occupation
from tests.pages import Page
from tests.test_seo import head

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"


class HomeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_occupation("Budget Analyst", soc_code="13-2031")

    def test_shows_the_form_whose_fields_ask_for_suggestions(self):
        response = self.client.get("/")
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Compare two careers"])
        self.assertContains(response, '<label for="id_a">First occupation</label>', html=True)
        self.assertContains(response, '<label for="id_b">Second occupation</label>', html=True)
        self.assertContains(response, 'data-suggest-url="/suggest/"', count=2)
        # Titles are suggested as a person types, not sent with the page.
        self.assertNotContains(response, "<datalist")
        self.assertNotContains(response, "Budget Analyst")

    def test_two_titles_go_to_their_canonical_comparison(self):
        for a, b in [
            ("Loss Mitigation Specialist", "Collections, Customer Service"),
            ("Collections, Customer Service", "Loss Mitigation Specialist"),
            ("loss mitigation specialist", "collections-customer-service"),
        ]:
            with self.subTest(a=a, b=b):
                response = self.client.get("/", {"a": a, "b": b})
                self.assertRedirects(response, REFERENCE_URL)

    def test_soc_code_picks_an_occupation(self):
        response = self.client.get("/", {"a": "13-2031", "b": "Loss Mitigation Specialist"})
        self.assertRedirects(response, "/compare/budget-analyst-vs-loss-mitigation-specialist/")

    def test_unknown_title_is_refused_with_a_message(self):
        response = self.client.get("/", {"a": "Astronaut", "b": "Budget Analyst"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("We have no occupation called \u201cAstronaut\u201d.", Page(response).text)

    def test_same_occupation_twice_is_refused_with_a_message(self):
        response = self.client.get("/", {"a": "Budget Analyst", "b": "budget-analyst"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Choose a different occupation to compare with.", Page(response).text)

    def test_other_parameters_do_not_submit_the_form(self):
        response = self.client.get("/", {"utm_source": "newsletter"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "This field is required.")

    def test_missing_second_occupation_is_refused(self):
        response = self.client.get("/", {"a": "Budget Analyst", "b": ""})
        self.assertEqual(response.status_code, 400)
        self.assertIn("This field is required.", Page(response).text)


class FormErrorTests(TestCase):
    """A refused submission says so in the title, and ties each message to its field."""

    @classmethod
    def setUpTestData(cls):
        make_occupation("Budget Analyst", soc_code="13-2031")

    def test_each_field_is_described_by_its_own_message(self):
        response = self.client.get("/", {"a": "Astronaut", "b": ""})
        html = response.content.decode()
        for name in ("a", "b"):
            described = re.search(rf'<input[^>]*id="id_{name}"[^>]*>', html).group(0)
            target = re.search(r'aria-describedby="([^"]+)"', described).group(1)
            self.assertIn(f'id="{target}"', html)
            self.assertIn('aria-invalid="true"', described)
        self.assertIn('<span class="error" id="id_a_error">', html)

    def test_title_starts_with_error_and_a_summary_links_to_each_field(self):
        response = self.client.get("/", {"a": "Astronaut", "b": "Budget Analyst"})
        self.assertEqual(head(response).title, "Error: Compare two careers \u00b7 Career Compare")
        self.assertEqual(head(response).meta["og:title"], ["Compare two careers"])
        self.assertContains(
            response,
            '<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>',
            status_code=400,
        )
        self.assertContains(
            response,
            '<a href="#id_a">We have no occupation called \u201cAstronaut\u201d. Pick one of the suggestions, or search for it.</a>',
            html=True,
            status_code=400,
        )
        self.assertLess(
            response.content.decode().index("error-summary"), response.content.decode().index("<h1>")
        )

    def test_a_page_without_errors_has_neither(self):
        response = self.client.get("/")
        self.assertEqual(head(response).title, "Compare two careers \u00b7 Career Compare")
        self.assertNotContains(response, "error-summary")
