"""The comparison page, checked against every section and figure of the reference comparison."""

import re
from html.parser import HTMLParser

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.versions import data_version
from comparisons.models import Comparison
from tests.factories import make_category, make_occupation, reference_pair
from tests.pages import Page

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
HEADING = "Loss mitigation specialist vs collections, customer service"
COLUMNS = ["Loss Mitigation Specialist", "Collections, Customer Service"]
DASH = "\u2014"

# The reference page's figures, row by row, for the first and the second occupation.
# Where the reference shows "-" for a missing figure the site shows a dash.
DEGREE = ["Bachelor's Degree, 51%", "High School Diploma, 33%"]
AGE = ["46", "46"]
REFERENCE_TABLES = {
    "overview": {
        "": COLUMNS,
        "Yearly salary": ["$43,251", "$32,870"],
        "Hourly rate": ["$20.79", "$15.80"],
        "Growth rate": ["-8%", "-8%"],
        "Number of jobs": ["7,596", "161,544"],
        "Job satisfaction": ["3.67", DASH],
        "Most common degree": DEGREE,
        "Average age": AGE,
        "Years of experience": ["12", "12"],
    },
    "salary": {
        "": COLUMNS,
        "Average salary": ["$43,251", "$32,870"],
        "Salary range": ["Between $34,000 and $54,000", "Between $27,000 and $39,000"],
        "Highest paying city": ["Virginia Beach, VA", "Danvers, MA"],
        "Highest paying state": ["Maryland", "Virginia"],
        "Best paying company": ["Accenture", "University of California"],
        "Best paying industry": ["Professional", "Automotive"],
    },
    "education": {
        "": COLUMNS,
        "Most common degree": DEGREE,
        "Most common major": ["Business", "Business"],
        "Most common college": [DASH, DASH],
    },
    "demographics": {
        "": COLUMNS,
        "Average age": AGE,
        "Gender ratio": ["Male, 40.4% Female, 59.6%", "Male, 29.3% Female, 70.7%"],
        "Race ratio": [
            "Black or African American, 13.9% Unknown, 3.9% Hispanic or Latino, 20.7% Asian, 3.4% "
            "White, 57.6% American Indian and Alaska Native, 0.5%",
            "Black or African American, 11.4% Unknown, 4.2% Hispanic or Latino, 20.3% Asian, 3.8% "
            "White, 59.8% American Indian and Alaska Native, 0.5%",
        ],
        "LGBT percentage": ["8%", "8%"],
    },
}

FIRST_DUTIES = [
    "Manage internal team SharePoint and document repository.",
    "Document accurate loss mitigation reviews and foreclosure details via MSP.",
    "Submit Medicare claims through DDE.",
    "Deal with Nielsen and Rentrak to monitor advertiser ad ratings.",
    "Check accounts for accuracy according to Medicare HMO guidelines.",
    "Resolve customer disputes and prepare adjustments to A/R when necessary.",
]
SECOND_DUTIES = [
    "Monitor all assign accounts by reviewing the client's aging, manage all potential bad debit, DSO, aging.",
    "Provide excellent verbal, written, oral communication skills, attend ongoing training of collections "
    "and FDCPA regulations and guidelines.",
    "Provide excellent interpersonal, negotiation, and customer service skills via telephone.",
    "Research accounts to verify credits and debits make are accurately post against supporting documents "
    "showing timely reflect within the FDCPA guidelines.",
    "Prevent impending loss and increase profitability through negotiation and enforcement of schedule "
    "collection campaigns.",
    "Submit additional information request by insurance companies such as medical records, "
    "primary/secondary insurance explanation of benefits (EOB).",
]
FIRST_SKILLS = [
    "Customer Service, 13%",
    "Loan Modifications, 9%",
    "Foreclosure Process, 8%",
    "Inbound Calls, 5%",
    "Loss Mitigation Options, 4%",
    "Payment Arrangements, 3%",
]
SECOND_SKILLS = [
    "Strong Customer Service, 45%",
    "Customer Service, 12%",
    "Payment Arrangements, 5%",
    "Credit Card Payments, 4%",
    "Delinquent Accounts, 4%",
    "Past Due Accounts, 3%",
]


class CitationParser(HTMLParser):
    """Collects the footnote marks of every table cell and section, and the sources they point to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells = []  # (caption, row label, column, text, [cited source ids])
        self.section_cites = {}  # section id -> [cited source ids]
        self.sources = {}  # source id -> text of its entry
        self._section = None
        self._caption = self._label = None
        self._column = 0
        self._cell = None
        self._cites = []
        self._source = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self._section = attrs.get("id")
        elif tag == "caption":
            self._text = []
        elif tag == "tr":
            self._label, self._column = None, 0
        elif tag in ("th", "td"):
            self._text, self._cites = [], []
            self._cell = tag
        elif tag == "a" and "cite" in (attrs.get("class") or "").split():
            target = attrs["href"].removeprefix("#")
            self.section_cites.setdefault(self._section, []).append(target)
            if self._cell == "td":
                self._cites.append(target)
        elif tag == "li" and (attrs.get("id") or "").startswith("source-"):
            self._source, self._text = attrs["id"], []

    def handle_endtag(self, tag):
        text = " ".join("".join(self._text).split())
        if tag == "caption":
            self._caption = text
        elif tag == "th" and self._cell == "th":
            self._label = text
            self._cell = None
        elif tag == "td" and self._cell == "td" and self._label is not None:
            self.cells.append((self._caption, self._label, self._column, text, self._cites))
            self._column += 1
            self._cell = None
        elif tag == "li" and self._source:
            self.sources[self._source] = text
            self._source = None

    def handle_data(self, data):
        self._text.append(data)


def citations_of(response):
    parser = CitationParser()
    parser.feed(response.content.decode())
    return parser


class ReferenceComparisonTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first, cls.second = reference_pair()

    def setUp(self):
        self.response = self.client.get(REFERENCE_URL)
        self.page = Page(self.response)

    def test_page_answers_with_the_pair_as_its_only_h1(self):
        self.assertEqual(self.response.status_code, 200)
        self.assertEqual(self.page.heading_texts("h1"), [HEADING])

    def test_sections_follow_the_reference_order(self):
        expected = [
            f"{HEADING} overview",
            "What does a loss mitigation specialist do?",
            "What does a collections customer service agent do?",
            f"{HEADING} salary",
            "Differences between loss mitigation specialist and collections, customer service education",
            f"{HEADING} demographics",
            "Differences between loss mitigation specialist and collections, customer service "
            "duties and responsibilities",
            f"{HEADING} skills",
        ]
        headings = self.page.heading_texts("h2")
        found = [h for h in headings if h in expected]
        self.assertEqual(found, expected, f"h2 headings on the page: {headings}")
        text = self.page.text
        self.assertLess(text.index(HEADING), text.index("The differences between"))
        self.assertLess(text.index("The differences between"), text.index(f"{HEADING} overview"))
        self.assertLess(text.index(f"{HEADING} skills"), text.index("Browse office and administrative"))

    def test_every_table_shows_the_reference_figures(self):
        for section, expected in REFERENCE_TABLES.items():
            with self.subTest(section=section):
                table = self.page.table(f"{HEADING} {section}")
                self.assertEqual(list(table), list(expected), "rows and their order")
                for label, cells in expected.items():
                    self.assertEqual(table[label], cells, label)

    def test_summary_compares_time_salary_and_skills(self):
        text = self.page.text
        for sentence in [
            "The differences between loss mitigation specialists and collections customer service agents "
            "can be seen in a few details.",
            "It typically takes 6-12 months to become both a loss mitigation specialist and "
            "a collections customer service agent.",
            "Additionally, a loss mitigation specialist has an average salary of $43,251, which is $10,381 "
            "higher than the $32,870 average annual salary of a collections customer service agent.",
            "The top three skills for a loss mitigation specialist include customer service, "
            "loan modifications, and foreclosure process.",
            "The most important skills for a collections customer service agent are strong customer "
            "service, customer service, and payment arrangements.",
        ]:
            self.assertIn(sentence, text)

    def test_descriptions_are_shown_in_full_for_each(self):
        for occupation in (self.first, self.second):
            self.assertIn(occupation.description, self.page.text)

    def test_prose_between_tables_reads_as_english(self):
        text = self.page.text
        self.assertIn(
            "Loss mitigation specialists and collections customer service agents have different pay "
            "scales, as shown below.",
            text,
        )
        self.assertIn(
            "There are a few differences between a loss mitigation specialist and a collections customer "
            "service agent in terms of educational background:",
            text,
        )
        self.assertIn(
            "Here are the differences between loss mitigation specialists' and collections customer "
            "service agents' demographics:",
            text,
        )

    def test_reference_page_wording_bugs_are_not_repeated(self):
        text = self.page.text
        for wrong in ("collectionss", "a collections, customer service", "service'", "And $54,000"):
            self.assertNotIn(wrong, text)
            self.assertNotContains(self.response, wrong.replace("'", "&#x27;"))

    def test_missing_figures_show_a_dash_never_zero_or_none(self):
        self.assertEqual(self.page.table(f"{HEADING} overview")["Job satisfaction"][1], DASH)
        self.assertEqual(self.page.table(f"{HEADING} education")["Most common college"], [DASH, DASH])
        for cells in (self.page.table(f"{HEADING} {section}") for section in REFERENCE_TABLES):
            for label, values in cells.items():
                for value in values:
                    self.assertNotIn(value, ("0", "0%", "$0", "None", ""), label)
        self.assertNotIn("None", self.page.text)

    def test_the_six_duties_of_each_show_without_folding(self):
        html = self.response.content.decode().replace("&#x27;", "'")
        # <details> opens and closes without JavaScript.
        folded = " ".join(
            re.findall(r"<details[^>]*>\s*<summary[^>]*>\s*Show more\s*</summary>.*?</details>", html, re.S)
        )
        for duties in (FIRST_DUTIES, SECOND_DUTIES):
            for duty in duties:
                self.assertEqual(self.page.text.count(duty), 1, f"{duty!r} is shown once")
                self.assertNotIn(duty, folded)

    def test_every_skill_is_listed_with_its_share(self):
        text = self.page.text
        self.assertIn("Common loss mitigation specialist skills", text)
        self.assertIn("Common collections customer service agent skills", text)
        for skill in FIRST_SKILLS + SECOND_SKILLS:
            self.assertIn(skill, text)

    def test_links_to_browse_the_category(self):
        self.assertContains(
            self.response,
            '<a href="/careers/category/office-and-administrative-support/">'
            "Browse office and administrative support jobs</a>",
            html=True,
        )

    def test_higher_figure_is_marked_in_its_column(self):
        marked = {
            (label, column)
            for caption, label, column, text, _ in citations_of(self.response).cells
            if caption == f"{HEADING} overview" and "(higher)" in text
        }
        # Equal figures (growth rate, age, experience) and a missing one (job satisfaction) rank nothing.
        self.assertEqual(marked, {("Yearly salary", 0), ("Hourly rate", 0), ("Number of jobs", 1)})

    def test_figures_cite_their_source_and_its_date(self):
        self.assertIn("Editors' research from published career profiles, as of November 2026", self.page.text)
        self.assertContains(self.response, 'href="#source-1"')

    def test_every_figure_cites_a_listed_source_with_its_date(self):
        found = citations_of(self.response)
        self.assertTrue(found.sources, "a list of sources")
        for source_id, entry in found.sources.items():
            self.assertRegex(entry, r", as of [A-Z][a-z]+ \d{4}\.", source_id)
        figures = [cell for cell in found.cells if cell[0] in (f"{HEADING} {s}" for s in REFERENCE_TABLES)]
        self.assertEqual(len(figures), 2 * sum(len(rows) - 1 for rows in REFERENCE_TABLES.values()))
        for caption, label, column, text, cites in figures:
            with self.subTest(caption=caption, label=label, column=column):
                if text == DASH:
                    self.assertEqual(cites, [], "a missing figure cites nothing")
                else:
                    self.assertEqual(len(cites), 1, f"{text!r} cites one source")
                    self.assertIn(cites[0], found.sources)
        # Descriptions with their time to become one, duties and skills cite theirs too.
        for section, count in (("descriptions", 4), ("duties", 2), ("skills", 2)):
            cites = found.section_cites.get(section, [])
            self.assertEqual(len(cites), count, section)
            self.assertTrue(set(cites) <= set(found.sources), section)

    def test_summary_is_a_section_with_a_heading(self):
        self.assertContains(
            self.response,
            '<section class="summary" aria-labelledby="summary-heading">\n'
            '<h2 class="visually-hidden" id="summary-heading">Summary</h2>',
        )

    def test_site_navigation_links_careers_and_categories(self):
        self.assertContains(self.response, '<a href="/careers/">Careers</a>', html=True)
        self.assertContains(self.response, "Categories")

    def test_without_a_post_a_job_address_there_is_no_link(self):
        with self.settings(POST_JOB_URL=""):
            response = self.client.get(REFERENCE_URL)
        self.assertNotContains(response, "Post a job")
        self.assertNotContains(response, "example.com")

    def test_post_a_job_link_follows_its_setting(self):
        with self.settings(POST_JOB_URL="https://jobs.example.org/new"):
            response = self.client.get(REFERENCE_URL)
        self.assertContains(response, '<a href="https://jobs.example.org/new">Post a job</a>', html=True)


class PairAddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.analyst = make_occupation("Budget Analyst", yearly_salary=84000)
        cls.accountant = make_occupation("Accountant", yearly_salary=81000)

    def test_reversed_reference_pair_redirects_permanently_to_its_canonical_url(self):
        response = self.client.get("/compare/collections-customer-service-vs-loss-mitigation-specialist/")
        self.assertRedirects(response, REFERENCE_URL, status_code=301)

    def test_pair_without_an_editor_order_is_canonical_in_alphabetical_order(self):
        response = self.client.get("/compare/accountant-vs-budget-analyst/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<h1>Accountant vs budget analyst</h1>", html=True)

    def test_reversed_alphabetical_pair_redirects_permanently(self):
        response = self.client.get("/compare/budget-analyst-vs-accountant/")
        self.assertRedirects(response, "/compare/accountant-vs-budget-analyst/", status_code=301)

    def test_pair_from_two_categories_links_to_browse_both(self):
        other = make_occupation("Astronomer", category=make_category("Life, Physical, and Social Science"))
        response = self.client.get(f"/compare/{self.accountant.slug}-vs-{other.slug}/")
        for category in (self.accountant.category, other.category):
            self.assertContains(
                response,
                f'<a href="{category.get_absolute_url()}">{category.browse_text}</a>',
                html=True,
            )
        self.assertContains(response, "Browse life, physical, and social science jobs")

    def test_order_an_editor_fixes_is_canonical(self):
        Comparison.objects.create(first=self.analyst, second=self.accountant)
        response = self.client.get("/compare/accountant-vs-budget-analyst/")
        self.assertRedirects(response, "/compare/budget-analyst-vs-accountant/", status_code=301)

    def assertHelpfulNotFound(self, url, message):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 404, url)
        self.assertContains(response, "Page not found", status_code=404)
        self.assertContains(response, message, status_code=404)
        self.assertContains(response, 'href="/careers/"', status_code=404)

    def test_unknown_occupation_answers_404_naming_it(self):
        self.assertHelpfulNotFound(
            "/compare/accountant-vs-astronaut/", "We have no occupation at \u201castronaut\u201d."
        )
        self.assertHelpfulNotFound("/compare/astronaut-vs-accountant/", "astronaut")

    def test_same_occupation_twice_answers_404(self):
        self.assertHelpfulNotFound("/compare/accountant-vs-accountant/", "the same occupation twice")

    def test_malformed_addresses_answer_404(self):
        for path in [
            "/compare/accountant/",
            "/compare/accountant-vs-/",
            "/compare/-vs-accountant/",
            "/compare/-vs-/",
            "/compare/accountant-vs-budget-analyst-vs-accountant/",
            "/compare/accountant-vs-budget%20analyst/",
            "/compare/%C3%A9-vs-accountant/",
            "/compare/accountant-vs-budget-analyst%00/",
        ]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertContains(response, "Page not found", status_code=404)

    def test_malformed_address_explains_what_a_comparison_address_is(self):
        for path in ["/compare/foo/", "/compare/-vs-x/", "/compare/a-vs-b-vs-c/"]:
            with self.subTest(path=path):
                self.assertHelpfulNotFound(path, "A comparison address names two occupations")

    def test_paths_beyond_the_pair_answer_404(self):
        response = self.client.get("/compare/accountant-vs-budget-analyst/extra/")
        self.assertEqual(response.status_code, 404)


class PairQueryTests(TestCase):
    """A comparison page costs the same few queries however many rows its occupations have.

    Eighteen on an empty cache: eleven read what is kept of each occupation
    (``careers.snapshots``), three build the skill catalog related comparisons are ranked
    with, and four read what a process remembers for the data version: when every occupation
    and every editor's comparison last changed, the sources and the picker's areas
    (``careers.versions.per_version``). Later pages of the same occupations read none of them.
    """

    MAX_QUERIES = 18

    def setUp(self):
        cache.clear()
        data_version()  # a running site holds the data version's copy in the cache

    def queries_for(self, rows):
        related = {"duties": rows, "skills": rows, "race_groups": rows, "technologies": rows}
        related["education_levels"] = min(rows, 12)
        first = make_occupation(f"Aardvark Keeper {rows}", soc_code=f"99-{rows:04d}", **related)
        second = make_occupation(f"Zebra Keeper {rows}", soc_code=f"99-{rows + 1:04d}", **related)
        url = f"/compare/{first.slug}-vs-{second.slug}/"
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"Duty number {rows - 1}.")
        return len(queries)

    def test_query_count_is_small_and_does_not_grow_with_related_rows(self):
        few, many = self.queries_for(1), self.queries_for(50)
        self.assertLessEqual(few, self.MAX_QUERIES)
        self.assertEqual(few, many)

    def test_reference_comparison_stays_within_the_bound(self):
        with self.assertNumQueriesAtMost(self.MAX_QUERIES):
            self.client.get(REFERENCE_URL)

    def test_a_page_of_kept_occupations_reads_only_what_is_its_own(self):
        self.client.get(REFERENCE_URL)
        # Another page of the same two occupations: not in the page cache, its occupations are.
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(REFERENCE_URL + "?first-sort=state")
        self.assertContains(response, "Loss Mitigation Specialist vs Collections, Customer Service")
        # When each changed, the sources and the picker's areas are remembered for the data version.
        self.assertEqual(len(queries), 0, [q["sql"] for q in queries.captured_queries])

    def assertNumQueriesAtMost(self, limit):
        test = self

        class Bound(CaptureQueriesContext):
            def __exit__(self, *exc):
                super().__exit__(*exc)
                test.assertLessEqual(len(self), limit, [q["sql"] for q in self.captured_queries])

        return Bound(connection)
