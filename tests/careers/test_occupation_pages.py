"""The occupation page: its sections and links, every figure of the reference occupations,
and a bounded number of queries for it and for the lists of occupations."""

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.versions import data_version
from tests.comparisons.test_pair_page import (
    DASH,
    FIRST_DUTIES,
    FIRST_SKILLS,
    REFERENCE_TABLES,
    SECOND_DUTIES,
    SECOND_SKILLS,
)
from tests.factories import make_category, make_occupation, reference_pair
from tests.pages import Page

# On an empty cache: the occupation and what is kept with it (careers.snapshots), its other
# titles and related occupations, what is known of its pairs, and the skill catalog next steps
# are ranked with (three queries, none once it is cached).
MAX_QUERIES = 19


def one_column(column):
    """The reference page's figures for one occupation, table by table, as its own page shows them."""
    return {
        section: {label: [cells[column]] for label, cells in rows.items() if label}
        for section, rows in REFERENCE_TABLES.items()
    }


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

    def test_a_hand_entered_occupation_leaves_out_rows_only_public_sources_fill(self):
        make_occupation("Data Scientist")
        overview = Page(self.client.get("/careers/data-scientist/")).table("Data Scientist overview")
        for label in ("Openings a year", "Required education (O*NET survey)", "Median age"):
            self.assertNotIn(label, overview)

    def test_unknown_occupation_answers_404(self):
        response = self.client.get("/careers/astronaut/")
        self.assertContains(response, "Page not found", status_code=404)


class ReferenceOccupationPageTests(TestCase):
    def assertShowsReferenceFigures(self, slug, title, column, duties, skills):
        response = self.client.get(f"/careers/{slug}/")
        self.assertEqual(response.status_code, 200)
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), [title])
        for section, expected in one_column(column).items():
            with self.subTest(slug=slug, section=section):
                table = page.table(f"{title} {section}")
                self.assertEqual(table[""], [title])
                self.assertEqual({label: table[label] for label in expected}, expected)
        for duty in duties:
            self.assertIn(duty, page.text)
        for skill in skills:
            self.assertIn(skill, page.text)
        self.assertIn("Editors' research from published career profiles, as of November 2026.", page.text)
        return response

    def test_loss_mitigation_specialist_shows_every_figure(self):
        self.assertShowsReferenceFigures(
            "loss-mitigation-specialist", "Loss Mitigation Specialist", 0, FIRST_DUTIES, FIRST_SKILLS
        )

    def test_collections_customer_service_shows_every_figure_and_dashes(self):
        response = self.assertShowsReferenceFigures(
            "collections-customer-service", "Collections, Customer Service", 1, SECOND_DUTIES, SECOND_SKILLS
        )
        page = Page(response)
        self.assertEqual(page.table("Collections, Customer Service overview")["Job satisfaction"], [DASH])
        self.assertIn("What does a collections customer service agent do?", page.heading_texts("h2"))
        self.assertNotIn("None", page.text)

    def test_six_duties_show_and_the_rest_fold_behind_show_more(self):
        occupation = make_occupation("Data Analyst", duties=9)
        html = self.client.get(occupation.get_absolute_url()).content.decode()
        duties = html.partition('<section id="duties">')[2]
        shown, _, folded = duties.partition("<summary>Show more</summary>")
        self.assertTrue(folded, "a <details> with Show more")
        for n in range(6):
            self.assertIn(f"Duty number {n}.", shown)
        for n in range(6, 9):
            self.assertNotIn(f"Duty number {n}.", shown)
            self.assertIn(f"Duty number {n}.", folded.partition("</details>")[0])

    def test_occupation_with_few_duties_has_nothing_to_show_more(self):
        make_occupation("Data Scientist", duties=3)
        response = self.client.get("/careers/data-scientist/")
        self.assertContains(response, "Duty number 2.")
        self.assertNotContains(response, "Show more")


class QueryBoundTests(TestCase):
    """Pages cost a few queries, the same number however many rows they show."""

    def setUp(self):
        # Measure pages rendered afresh, not served from the page cache.
        cache.clear()

    def count_queries(self, url, expect):
        cache.clear()
        data_version()  # a running site holds the data version's copy in the cache
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertContains(response, expect)
        return len(queries), [q["sql"] for q in queries.captured_queries]

    def assertSameSmallCost(self, few, many):
        (few_count, few_sql), (many_count, many_sql) = few, many
        self.assertLessEqual(few_count, MAX_QUERIES, few_sql)
        self.assertEqual(few_count, many_count, many_sql)

    def test_occupation_page_with_1_or_50_duties_skills_and_race_shares(self):
        counts = []
        for rows in (1, 50):
            occupation = make_occupation(
                f"Keeper {rows}",
                duties=rows,
                skills=rows,
                race_groups=rows,
                technologies=rows,
                education_levels=min(rows, 12),
            )
            counts.append(self.count_queries(occupation.get_absolute_url(), f"Group {rows - 1}, 1%"))
        self.assertSameSmallCost(*counts)

    def test_reference_occupation_page(self):
        count, sql = self.count_queries("/careers/loss-mitigation-specialist/", "$43,251")
        self.assertLessEqual(count, MAX_QUERIES, sql)

    def test_a_kept_occupation_reads_only_what_is_not_kept(self):
        self.client.get("/careers/loss-mitigation-specialist/")
        # The same occupation on a page the page cache does not hold.
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/careers/loss-mitigation-specialist/?sort=state")
        self.assertContains(response, "$43,251")
        # Its other titles and its related occupations: when it changed, the sources and the
        # picker's areas are remembered for the data version (``careers.versions.per_version``).
        self.assertEqual(len(queries), 2, [q["sql"] for q in queries.captured_queries])

    def test_careers_list_and_category_page_with_1_or_50_occupations(self):
        counts = {"list": [], "category": []}
        for size in (1, 50):
            category = make_category(f"Category of {size}")
            for n in range(size):
                make_occupation(f"Worker {size} {n}", category=category, yearly_salary=1000 + n, jobs=n)
            counts["list"].append(self.count_queries("/careers/", f"Worker {size} 0"))
            counts["category"].append(self.count_queries(category.get_absolute_url(), f"Worker {size} 0"))
        for page, measured in counts.items():
            with self.subTest(page=page):
                self.assertSameSmallCost(*measured)
