"""The occupation page's sections and links, the list of careers and the category pages.

Every figure of the reference occupations on their own pages: test_occupation_pages.py.
"""

from django.test import TestCase

from tests.factories import make_category, make_occupation, reference_pair
from tests.pages import Page


class OccupationDetailTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.occupation, _ = reference_pair()

    def setUp(self):
        self.response = self.client.get("/careers/loss-mitigation-specialist/")
        self.page = Page(self.response)

    def test_shows_the_occupation_as_its_only_h1(self):
        self.assertEqual(self.page.heading_texts("h1"), ["Loss Mitigation Specialist"])

    def test_shows_the_same_sections_as_a_comparison(self):
        headings = self.page.heading_texts("h2")
        expected = [
            "What does a loss mitigation specialist do?",
            "Overview",
            "Salary",
            "Education",
            "Demographics",
            "Duties and responsibilities",
            "Skills",
        ]
        self.assertEqual([h for h in headings if h in expected], expected, headings)

    def test_links_to_browse_its_category(self):
        self.assertContains(
            self.response,
            '<a href="/careers/category/office-and-administrative-support/">'
            "Browse office and administrative support jobs</a>",
            html=True,
        )

    def test_missing_figures_show_a_dash(self):
        make_occupation("Data Scientist")
        page = Page(self.client.get("/careers/data-scientist/"))
        overview = page.table("Data Scientist overview")
        for label in ("Yearly salary", "Hourly rate", "Growth rate", "Number of jobs", "Average age"):
            self.assertEqual(overview[label], ["\u2014"], label)

    def test_unknown_occupation_answers_404(self):
        response = self.client.get("/careers/astronaut/")
        self.assertContains(response, "Page not found", status_code=404)


class OccupationListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        category = make_category("Computer and Mathematical")
        make_occupation("Data Scientist", category=category, yearly_salary=112000, jobs=200000)
        make_occupation("Web Developer", category=category, yearly_salary=95000, jobs=90000)
        make_occupation("Statistician", category=category)

    def test_lists_every_occupation_with_salary_and_jobs(self):
        response = self.client.get("/careers/")
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Careers"])
        listing = page.table("")
        self.assertEqual(listing[""], ["Yearly salary", "Number of jobs"])
        self.assertEqual(listing["Data Scientist"], ["$112,000", "200,000"])
        self.assertEqual(listing["Statistician"], ["\u2014", "\u2014"])
        self.assertEqual(listing["Loss Mitigation Specialist"], ["$43,251", "7,596"])
        self.assertContains(response, '<a href="/careers/data-scientist/">Data Scientist</a>', html=True)

    def order(self, query):
        listing = Page(self.client.get("/careers/", query)).table("")
        return [title for title in listing if title]

    def test_is_sorted_by_title(self):
        self.assertEqual(
            self.order({})[:3],
            ["Collections, Customer Service", "Data Scientist", "Loss Mitigation Specialist"],
        )

    def test_sorts_by_salary_either_way_with_missing_salaries_last(self):
        highest_first = [
            "Data Scientist",
            "Web Developer",
            "Loss Mitigation Specialist",
            "Collections, Customer Service",
        ]
        self.assertEqual(self.order({"sort": "-yearly_salary"})[:4], highest_first)
        self.assertEqual(self.order({"sort": "yearly_salary"})[:4], highest_first[::-1])
        self.assertEqual(self.order({"sort": "-yearly_salary"})[-1], "Statistician")
        self.assertEqual(self.order({"sort": "yearly_salary"})[-1], "Statistician")

    def test_sorts_by_number_of_jobs_with_missing_numbers_last(self):
        self.assertEqual(
            self.order({"sort": "-jobs"})[:2], ["Data Scientist", "Collections, Customer Service"]
        )
        self.assertEqual(self.order({"sort": "jobs"})[0], "Loss Mitigation Specialist")
        self.assertEqual(self.order({"sort": "jobs"})[-1], "Statistician")

    def test_category_page_lists_only_its_occupations(self):
        response = self.client.get("/careers/category/computer-and-mathematical/")
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Computer and Mathematical"])
        titles = [title for title in page.table("") if title]
        self.assertEqual(titles, ["Data Scientist", "Statistician", "Web Developer"])

    def test_unknown_category_answers_404(self):
        response = self.client.get("/careers/category/astronomy/")
        self.assertContains(response, "Page not found", status_code=404)

    def test_lists_the_categories(self):
        response = self.client.get("/careers/")
        self.assertContains(
            response,
            '<a href="/careers/category/office-and-administrative-support/">Office and Administrative Support</a>',
            html=True,
        )
