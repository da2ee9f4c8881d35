"""The home page picks two occupations and goes to their canonical comparison."""

from django.test import TestCase

from tests.factories import make_occupation
from tests.pages import Page

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
