"""Occupations are kept in the cache for the pages that read them, and an edit shows at once."""

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from careers import snapshots
from careers.models import Duty
from careers.versions import data_version
from tests.factories import make_occupation
from tests.wage_factories import make_area, make_wage

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"


class SnapshotTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.keeper = make_occupation("Lighthouse Keepers", duties=2, skills=3, soc_code="99-0001")
        make_wage(cls.keeper, annual_mean=50000, percentiles=[1, 2, 3, 4, 5])
        cls.state = make_area("Lighthouse State", slug="lighthouse-state")
        make_wage(cls.keeper, cls.state, annual_mean=40000, percentiles=[1, 2, 3, 4, 5])

    def setUp(self):
        data_version()

    def test_a_kept_occupation_costs_no_query_and_holds_what_pages_read(self):
        snapshots.fetch([self.keeper.slug])
        with CaptureQueriesContext(connection) as queries:
            kept = snapshots.fetch([self.keeper.slug])[self.keeper.slug]
            duties = [d.text for d in kept.duties.all()]
        self.assertEqual(len(queries), 0)
        self.assertEqual(duties, ["Duty number 0.", "Duty number 1."])
        self.assertEqual(kept.national_wage.annual_mean, 50000)
        self.assertEqual(kept.published_areas, {kept.national_wage.area_id, self.state.pk})

    def test_an_unknown_slug_is_left_out(self):
        self.assertEqual(snapshots.fetch(["no-such-occupation"]), {})

    def test_an_edit_is_read_at_the_next_request(self):
        snapshots.fetch([self.keeper.slug])
        duty = Duty.objects.get(occupation=self.keeper, position=0)
        duty.text = "Keeps the lamp lit."
        duty.save()
        kept = snapshots.fetch([self.keeper.slug])[self.keeper.slug]
        self.assertEqual(kept.duties.all()[0].text, "Keeps the lamp lit.")

    def test_an_edit_shows_on_a_page_whose_occupations_were_kept(self):
        self.client.get(REFERENCE_URL)
        duty = Duty.objects.filter(occupation__slug="loss-mitigation-specialist").first()
        duty.text = "Reviews each loan with the borrower."
        duty.save()
        self.assertContains(self.client.get(REFERENCE_URL), "Reviews each loan with the borrower.")

    @override_settings(OCCUPATION_CACHE_SECONDS=0)
    def test_with_the_occupation_cache_off_every_fetch_reads_the_database(self):
        snapshots.fetch([self.keeper.slug])
        with CaptureQueriesContext(connection) as queries:
            snapshots.fetch([self.keeper.slug])
        # The occupation, its five kinds of rows, its national cell, its priced states, its areas.
        self.assertEqual(len(queries), 9)
