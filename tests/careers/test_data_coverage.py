"""`data_coverage` prints how many BLS occupations have each figure of the registry."""

from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.coverage import coverage
from careers.figures import FIGURES
from tests.factories import make_category, make_occupation


def rows(out):
    """{figure label: (have, missing, share)} from the printed table."""
    found = {}
    for line in out.splitlines():
        cells = line.split("  ")
        cells = [cell.strip() for cell in cells if cell.strip()]
        if len(cells) == 6 and cells[3] != "Have" and not line.startswith("-"):
            found[cells[0]] = tuple(cells[3:])
    return found


class DataCoverageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        category = make_category("Sample BLS occupations")
        make_occupation(
            "Bill and Account Collectors",
            soc_code="43-3011",
            category=category,
            growth_rate=Decimal("-10.5"),
            female_share=Decimal("67.0"),
            male_share=Decimal("33.0"),
            entry_education="High school diploma or equivalent",
            duties=15,
            skills=6,
        )
        make_occupation(
            "Customer Service Representatives",
            soc_code="43-4051",
            category=category,
            growth_rate=Decimal("-5.5"),
            duties=13,
        )
        make_occupation(
            "Office and Administrative Support Workers, All Other", soc_code="43-9199", category=category
        )

    def run_command(self):
        out = StringIO()
        call_command("data_coverage", stdout=out)
        return out.getvalue()

    def test_counts_each_figure_over_the_occupations_with_a_soc_code(self):
        out = self.run_command()
        self.assertIn("Figures of the 3 BLS occupations (with a SOC code):", out)
        table = rows(out)
        self.assertEqual(table["Growth rate"], ("2", "1", "67%"))
        self.assertEqual(table["Gender ratio"], ("1", "2", "33%"))
        self.assertEqual(table["Typical entry education (BLS)"], ("1", "2", "33%"))
        self.assertEqual(table["Responsibilities"], ("2", "1", "67%"))
        self.assertEqual(table["Skills"], ("1", "2", "33%"))
        # The reference occupations have every figure, but no SOC code: they are not counted.
        self.assertEqual(table["Job satisfaction"], ("0", "3", "0%"))

    def test_lists_every_figure_of_the_registry_with_who_fills_it(self):
        out = self.run_command()
        self.assertEqual(set(rows(out)), {figure.label for figure in FIGURES})
        self.assertRegex(out, r"Median age\s+Demographics\s+imports")
        self.assertRegex(out, r"LGBT\s+Demographics\s+editors")

    def test_counts_in_one_query_whatever_the_number_of_occupations(self):
        with CaptureQueriesContext(connection) as queries:
            total, counts = coverage()
        self.assertEqual(len(queries), 1)
        self.assertEqual(total, 3)
        self.assertEqual(len(counts), len(FIGURES))
