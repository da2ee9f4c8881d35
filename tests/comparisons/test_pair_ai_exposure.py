"""Exposure to AI language models on the pair page, in its summary and in its downloads."""

import csv
import io
import json

from django.core.cache import cache
from django.test import TestCase

from careers.models import AreaKind
from tests.exposure_factories import AIDES, COLLECTORS, REPRESENTATIVES, make_rated
from tests.pages import Page
from tests.wage_factories import make_area

URL = "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
CAPTION = "Share of tasks exposed to AI language models, by rating"
CAVEATS = [
    "Exposure is the potential to speed up tasks, not a prediction that jobs will be lost, "
    "or of what will happen to pay, or when.",
    "The tasks were rated in 2023, on O*NET\u2019s task list of that year, not the current one listed under duties.",
    "three of its four authors worked at OpenAI",
]


class PairExposureTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_rated("Bill and Account Collectors", "43-3011", COLLECTORS)
        make_rated("Customer Service Representatives", "43-4051", REPRESENTATIVES)
        make_rated("Office and Administrative Support Workers, All Other", "43-9199")
        make_rated(
            "Home Health and Personal Care Aides",
            "31-1120",
            AIDES,
            onet=[["31-1121.00", "Home Health Aides"], ["31-1122.00", "Personal Care Aides"]],
        )
        make_area("Texas", AreaKind.STATE, slug="texas", state="TX")

    def setUp(self):
        cache.clear()

    def test_the_section_gives_each_headline_the_variants_definition_caveats_and_doi(self):
        page = Page(self.client.get(URL))
        self.assertIn("Exposure to AI language models", page.heading_texts("h2"))
        self.assertIn("43% of tasks exposed (human-rated) for bill and account collectors", page.text)
        self.assertIn("70% of tasks exposed (human-rated) for customer service representatives", page.text)
        table = page.table(CAPTION)
        self.assertEqual(table[""], ["Bill and Account Collectors", "Customer Service Representatives"])
        self.assertEqual(
            table,
            {
                "": ["Bill and Account Collectors", "Customer Service Representatives"],
                "Rated by people: tasks a chatbot alone could do in half the time (\u03b1)": ["11%", "55%"],
                "Rated by people: those, plus half of the tasks that need extra software "
                "(\u03b2, the headline figure)": ["43%", "70%"],
                "Rated by people: tasks exposed with or without extra software (\u03b3)": ["75%", "86%"],
                "Rated by GPT-4: tasks a chatbot alone could do in half the time (\u03b1)": ["39%", "14%"],
                "Rated by GPT-4: those, plus half of the tasks that need extra software (\u03b2)": [
                    "70%",
                    "57%",
                ],
                "Rated by GPT-4: tasks exposed with or without extra software (\u03b3)": ["100%", "100%"],
            },
        )
        self.assertIn("could help do at least twice as fast with the same quality", page.text)
        for caveat in CAVEATS:
            self.assertIn(caveat, page.text)
        self.assertIn("doi:10.1126/science.adj0998", page.text)
        self.assertContains(self.client.get(URL), 'href="https://doi.org/10.1126/science.adj0998"', count=2)
        # The section's footnote mark leads to the sources list, which credits the MIT license.
        self.assertIn("used under the MIT License", page.text.split("Sources")[-1])

    def test_the_summary_names_the_more_exposed_occupation(self):
        self.assertContains(
            self.client.get(URL),
            "Customer service representatives do more tasks that AI language models could speed up: "
            "70% of their tasks against 43% for bill and account collectors, as rated by people in 2023.",
        )

    def test_the_section_is_the_same_on_the_pair_s_area_page(self):
        page = Page(self.client.get(f"{URL}in/texas/"))
        self.assertIn("43% of tasks exposed (human-rated) for bill and account collectors", page.text)
        self.assertEqual(
            page.table(CAPTION)[""], ["Bill and Account Collectors", "Customer Service Representatives"]
        )

    def test_an_occupation_the_study_did_not_rate_has_no_column_and_says_so(self):
        page = Page(
            self.client.get(
                "/compare/bill-and-account-collectors-vs-office-and-administrative-support-workers-all-other/"
            )
        )
        self.assertIn(
            "The study rated no tasks for office and administrative support workers, all other.", page.text
        )
        table = page.table(CAPTION)
        self.assertEqual(table[""], ["Bill and Account Collectors"])
        self.assertNotIn("\u2014", " ".join(cell for row in table.values() for cell in row))
        self.assertNotIn("do more tasks that AI", page.text)

    def test_a_pair_neither_of_which_was_rated_has_no_section(self):
        response = self.client.get("/compare/loss-mitigation-specialist-vs-collections-customer-service/")
        page = Page(response)
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            "Loss mitigation specialist vs collections, customer service skills", page.heading_texts("h2")
        )
        self.assertNotIn("Exposure to AI language models", page.heading_texts("h2"))
        self.assertNotIn("tasks exposed", page.text)

    def test_an_occupation_combining_several_onet_occupations_states_the_rule(self):
        page = Page(
            self.client.get("/compare/bill-and-account-collectors-vs-home-health-and-personal-care-aides/")
        )
        self.assertIn("otherwise the average of the O*NET occupations BLS places under the code", page.text)
        self.assertIn(
            "The figures for home health and personal care aides average those of O*NET\u2019s "
            "Home Health Aides and Personal Care Aides, each counting once.",
            page.text,
        )
        self.assertNotIn("The study rates O*NET occupations", Page(self.client.get(URL)).text)

    def test_both_downloads_carry_the_six_shares_with_their_source(self):
        rows = list(csv.DictReader(io.StringIO(self.client.get(f"{URL}data.csv").text)))
        found = {
            (r["occupation"], r["figure"]): (r["value"], r["unit"], r["section"], r["as_of"])
            for r in rows
            if r["section"] == "ai_exposure"
        }
        self.assertEqual(len(found), 12)
        self.assertEqual(
            found[("Bill and Account Collectors", "Share of tasks exposed, human-rated (beta)")],
            ("42.86", "percent", "ai_exposure", "2023-03-01"),
        )
        self.assertEqual(
            found[("Customer Service Representatives", "Share of tasks exposed, GPT-4-rated (alpha)")][0],
            "13.64",
        )
        data = json.loads(self.client.get(f"{URL}data.json").content)
        figures = {f["figure"]: f for f in data["occupations"][1]["figures"] if f["section"] == "ai_exposure"}
        beta = figures["Share of tasks exposed, human-rated (beta)"]
        self.assertEqual((beta["value"], beta["unit"]), (70.45, "percent"))
        self.assertEqual(beta["source"]["url"], "https://doi.org/10.1126/science.adj0998")
        self.assertEqual(beta["source"]["as_of_label"], "2023 ratings, published 2024")

    def test_downloads_leave_out_an_occupation_the_study_did_not_rate(self):
        url = "/compare/bill-and-account-collectors-vs-office-and-administrative-support-workers-all-other/"
        rows = list(csv.DictReader(io.StringIO(self.client.get(f"{url}data.csv").text)))
        rated = {r["occupation"] for r in rows if r["section"] == "ai_exposure"}
        self.assertEqual(rated, {"Bill and Account Collectors"})

    def test_the_json_ld_claims_no_exposure(self):
        html = self.client.get(URL).content.decode()
        self.assertIn("application/ld+json", html)
        structured = html.split("application/ld+json", 1)[1].split("</script>", 1)[0]
        self.assertNotIn("42.86", structured)
        self.assertNotIn("exposure", structured.lower())
