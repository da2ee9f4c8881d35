"""The list of careers and the category pages: sortable tables of occupations."""

from django.test import TestCase

from tests.factories import make_category, make_occupation
from tests.pages import Page


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
