"""Finding an occupation by the name people use: suggestions, search and the compare form."""

import datetime

from django.test import TestCase

from careers.models import AlternateTitle, TitleKind
from careers.titles import TitleIndex
from tests.factories import make_occupation, make_source
from tests.pages import Page


def index(*occupations, alternates=()):
    """A TitleIndex of (pk, title, slug, jobs) rows and (pk, title, common) alternates."""
    return TitleIndex(list(occupations), list(alternates))


COLLECTORS = (1, "Bill and Account Collectors", "bill-and-account-collectors", 158_830)
AGENTS = (2, "Customer Service Representatives", "customer-service-representatives", 2_595_750)
COLLEGE = (3, "Education Administrators, Postsecondary", "education-administrators-postsecondary", 170_000)


class TitleIndexTests(TestCase):
    def test_a_prefix_of_any_word_of_any_title_finds_the_occupation(self):
        titles = index(COLLECTORS, AGENTS, alternates=[(1, "Collection Agent", True)])
        # The title that starts with what was typed is the one shown.
        found = titles.suggest("colle")
        self.assertEqual(
            [(s.title, s.matched) for s in found], [("Bill and Account Collectors", "Collection Agent")]
        )
        found = titles.suggest("account coll")
        self.assertEqual([(s.title, s.matched) for s in found], [("Bill and Account Collectors", "")])
        found = titles.suggest("agent coll")
        self.assertEqual(
            [(s.title, s.matched) for s in found], [("Bill and Account Collectors", "Collection Agent")]
        )

    def test_a_title_typed_in_full_comes_first_then_titles_that_start_with_it(self):
        titles = index(
            COLLECTORS,
            AGENTS,
            COLLEGE,
            alternates=[
                (3, "College Dean", True),
                (1, "Collection Agent", True),
                (2, "Service Agent", False),
            ],
        )
        self.assertEqual(titles.suggest("service agent")[0].title, "Customer Service Representatives")
        # Both start with "colle" by another title: the occupation with more jobs first.
        names = [s.title for s in titles.suggest("colle")]
        self.assertEqual(names, ["Education Administrators, Postsecondary", "Bill and Account Collectors"])
        self.assertEqual(titles.suggest("college dean")[0].title, "Education Administrators, Postsecondary")

    def test_each_occupation_once_and_at_most_ten(self):
        rows = [(n, f"Clerk Number {n}", f"clerk-{n}", n) for n in range(1, 30)]
        alternates = [(1, f"Clerk Alias {n}", False) for n in range(20)]
        found = index(*rows, alternates=alternates).suggest("clerk")
        self.assertEqual(len(found), 10)
        self.assertEqual(len({s.slug for s in found}), 10)
        # Occupations with more jobs first.
        self.assertEqual(found[0].title, "Clerk Number 29")

    def test_nothing_for_a_single_letter_or_no_words(self):
        titles = index(COLLECTORS)
        self.assertEqual(titles.suggest("c"), [])
        self.assertEqual(titles.suggest("  --  "), [])
        self.assertEqual(titles.suggest("zebra"), [])


class SuggestionEndpointTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        collectors = make_occupation("Bill and Account Collectors", soc_code="43-3011", jobs=158_830)
        make_occupation("Customer Service Representatives", soc_code="43-4051", jobs=2_595_750)
        onet = make_source("O*NET 29.3 Database", as_of=datetime.date(2025, 5, 1))
        AlternateTitle.objects.create(
            occupation=collectors, title="Collection Agent", kind=TitleKind.REPORTED, common=True, source=onet
        )

    def test_answers_json_of_at_most_ten_suggestions(self):
        response = self.client.get("/suggest/", {"q": "collection ag"})
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(response["X-Robots-Tag"], "noindex")
        self.assertEqual(
            response.json()["suggestions"],
            [
                {
                    "title": "Bill and Account Collectors",
                    "matched": "Collection Agent",
                    "url": "/careers/bill-and-account-collectors/",
                }
            ],
        )

    def test_strange_input_gets_an_empty_answer_not_an_error(self):
        for query in ["", "\x00", "\u00b2", "x" * 5000, "%", "'; DROP TABLE"]:
            with self.subTest(query=query):
                response = self.client.get("/suggest/", {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.json()["suggestions"], [])

    def test_a_new_title_is_suggested_at_once(self):
        self.assertEqual(self.client.get("/suggest/", {"q": "debt"}).json()["suggestions"], [])
        AlternateTitle.objects.create(
            occupation_id=AlternateTitle.objects.get().occupation_id,
            title="Debt Collector",
            source=AlternateTitle.objects.get().source,
        )
        found = self.client.get("/suggest/", {"q": "debt"}).json()["suggestions"]
        self.assertEqual([s["matched"] for s in found], ["Debt Collector"])

    def test_search_finds_an_occupation_by_another_title_and_says_which(self):
        page = Page(self.client.get("/search/", {"q": "collection agent"}))
        results = page.table("Search results")
        first = next(iter(k for k in results if k))
        self.assertTrue(first.startswith("Bill and Account Collectors"), first)
        self.assertIn("also called \u201cCollection Agent\u201d", first)

    def test_search_forgives_a_typo_in_another_title(self):
        page = Page(self.client.get("/search/", {"q": "colection agent"}))
        self.assertIn("Bill and Account Collectors", page.text)

    def test_compare_form_accepts_another_title(self):
        response = self.client.get("/", {"a": "collection agent", "b": "Customer Service Representatives"})
        self.assertRedirects(
            response,
            "/compare/bill-and-account-collectors-vs-customer-service-representatives/",
            fetch_redirect_response=False,
        )

    def test_an_unknown_title_points_to_the_search_page(self):
        response = self.client.get("/", {"a": "collection agnt", "b": "Customer Service Representatives"})
        self.assertContains(response, 'href="/search/?q=collection%20agnt"', status_code=400)


class CommonTitleTests(TestCase):
    def test_a_title_most_people_know_comes_before_rarer_ones_of_larger_occupations(self):
        cashiers = (4, "Cashiers", "cashiers", 3_300_000)
        titles = index(
            COLLECTORS,
            cashiers,
            alternates=[
                (4, "Collector, Toll", False),
                (4, "Collections Teller", False),
                (1, "Collector", True),
            ],
        )
        self.assertEqual(titles.suggest("colle")[0].title, "Bill and Account Collectors")
