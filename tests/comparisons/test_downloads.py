"""A comparison downloads whole as CSV and JSON: the page's figures, each with its source and as-of date."""

import csv
import io
import json
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from tests.factories import reference_pair
from tests.wage_factories import make_wage

REFERENCE = "loss-mitigation-specialist-vs-collections-customer-service"
CSV_URL = f"/compare/{REFERENCE}/data.csv"
JSON_URL = f"/compare/{REFERENCE}/data.json"
SOURCE = "Editors' research from published career profiles"
OEWS_SAMPLE = Path(__file__).parent.parent / "careers" / "data" / "oews_small.csv"


def is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


class DownloadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first, cls.second = reference_pair()
        make_wage(cls.first, percentiles=(30000, 36000, 42000, 50000, 61000), annual_mean=43000)

    def rows(self):
        response = self.client.get(CSV_URL)
        return list(csv.DictReader(io.StringIO(response.content.decode())))

    def test_page_links_both_downloads(self):
        response = self.client.get(f"/compare/{REFERENCE}/")
        self.assertContains(response, f'href="{CSV_URL}"')
        self.assertContains(response, f'href="{JSON_URL}"')

    def test_csv_is_an_attachment_named_for_the_pair(self):
        response = self.client.get(CSV_URL)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/csv"))
        self.assertEqual(response["Content-Disposition"], f'attachment; filename="{REFERENCE}.csv"')
        self.assertEqual(response["X-Robots-Tag"], "noindex")

    def test_csv_holds_the_pages_figures_with_source_and_date(self):
        salary = [r for r in self.rows() if r["figure"] == "Yearly salary"]
        self.assertEqual(
            [(r["occupation"], r["value"], r["unit"], r["source"], r["as_of"]) for r in salary],
            [
                ("Loss Mitigation Specialist", "43251", "USD a year", SOURCE, "2026-11-01"),
                ("Collections, Customer Service", "32870", "USD a year", SOURCE, "2026-11-01"),
            ],
        )

    def test_csv_holds_duties_skills_and_race_shares(self):
        sections = {r["section"] for r in self.rows() if r["occupation"] == "Loss Mitigation Specialist"}
        self.assertLessEqual(
            {"overview", "salary", "education", "demographics", "duties", "skills"}, sections
        )

    def test_csv_holds_the_national_wage_percentiles_with_their_release(self):
        wages = {r["figure"]: r for r in self.rows() if r["section"] == "national wages"}
        self.assertEqual(wages["Annual wage, median"]["value"], "42000")
        self.assertEqual(wages["Annual wage, median"]["as_of"], "2025-05-01")

    def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_text(self):
        from careers.models import Duty

        Duty.objects.create(
            occupation=self.first, text='=HYPERLINK("http://evil.example","Click")', position=99
        )
        Duty.objects.create(occupation=self.first, text="@SUM(A1:A9)", position=98)
        self.first.major = "+1 Accounting"
        self.first.college = "-2 State"
        self.first.save()
        cells = [cell for row in self.rows() for cell in row.values()]
        self.assertIn('\'=HYPERLINK("http://evil.example","Click")', cells)
        self.assertIn("'@SUM(A1:A9)", cells)
        self.assertIn("'+1 Accounting", cells)
        self.assertIn("'-2 State", cells)
        # Numbers stay numbers: a negative growth rate is not a formula.
        formulas = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@") and not is_number(cell)]
        self.assertEqual(formulas, [])
        # The JSON keeps the text as it was typed: it is not read by a spreadsheet.
        figures = json.loads(self.client.get(JSON_URL).content)["occupations"][0]["figures"]
        self.assertIn("@SUM(A1:A9)", [figure["value"] for figure in figures])

    def test_json_has_the_same_figures(self):
        response = self.client.get(JSON_URL)
        self.assertEqual(response["Content-Type"], "application/json")
        data = json.loads(response.content)
        self.assertEqual(data["url"], f"http://testserver/compare/{REFERENCE}/")
        first, second = data["occupations"]
        self.assertEqual(first["title"], "Loss Mitigation Specialist")
        salary = next(f for f in first["figures"] if f["figure"] == "Yearly salary")
        self.assertEqual(salary["value"], 43251)
        self.assertEqual(salary["source"]["name"], SOURCE)
        self.assertEqual(salary["source"]["as_of"], "2026-11-01")
        csv_count = len([r for r in self.rows() if r["occupation"] == "Collections, Customer Service"])
        self.assertEqual(len(second["figures"]), csv_count)

    def test_reversed_pair_redirects_to_the_canonical_download(self):
        response = self.client.get(
            "/compare/collections-customer-service-vs-loss-mitigation-specialist/data.json"
        )
        self.assertRedirects(response, JSON_URL, status_code=301)

    def test_unknown_pair_answers_404(self):
        self.assertEqual(self.client.get("/compare/astronaut-vs-accountant/data.csv").status_code, 404)
        self.assertEqual(self.client.get("/compare/astronaut/data.csv").status_code, 404)


class TopCodedDownloadTests(TestCase):
    """BLS publishes Anesthesiologists' national mean and upper percentiles only as "#"."""

    @classmethod
    def setUpTestData(cls):
        call_command("import_oews", str(OEWS_SAMPLE), stdout=io.StringIO(), stderr=io.StringIO())

    def rows(self):
        response = self.client.get("/compare/actors-vs-anesthesiologists/data.csv")
        return {
            (r["section"], r["figure"]): r
            for r in csv.DictReader(io.StringIO(response.content.decode()))
            if r["occupation"] == "Anesthesiologists"
        }

    def test_top_coded_wages_are_marked_in_the_csv(self):
        rows = self.rows()
        for key in [("national wages", "Annual wage, 90th percentile"), ("salary", "Yearly salary")]:
            with self.subTest(key=key):
                self.assertEqual(rows[key]["top_coded"], "at or above")
                self.assertEqual(rows[key]["value"], "239200")
        self.assertEqual(rows[("national wages", "Annual wage, 10th percentile")]["top_coded"], "")
        self.assertEqual(rows[("national wages", "Annual wage, 10th percentile")]["value"], "101460")

    def test_top_coded_wages_are_marked_in_the_json(self):
        data = json.loads(self.client.get("/compare/actors-vs-anesthesiologists/data.json").content)
        figures = {f["figure"]: f for f in data["occupations"][1]["figures"]}
        self.assertEqual(data["occupations"][1]["title"], "Anesthesiologists")
        self.assertIs(figures["Annual wage, median"]["top_coded"], True)
        self.assertEqual(figures["Annual wage, median"]["value"], 239200)
        self.assertIs(figures["Annual wage, 25th percentile"]["top_coded"], False)
