"""What many pages read and editors seldom change is remembered for a data version, and an
edit to it still shows at the next request."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers import areas
from careers.citations import every_source
from careers.models import AreaKind, Source
from careers.versions import data_version
from tests.pages import Page
from tests.wage_factories import make_area

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"


class PerVersionTests(TestCase):
    def setUp(self):
        data_version()

    def test_the_sources_are_read_once_per_data_version(self):
        every_source()
        with CaptureQueriesContext(connection) as queries:
            sources = every_source()
        self.assertEqual(len(queries), 0)
        self.assertEqual(set(sources), set(Source.objects.values_list("pk", flat=True)))
        source = Source.objects.get(pk=next(iter(sources)))
        source.name = "A renamed source"
        source.save()
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(every_source()[source.pk].name, "A renamed source")
        self.assertEqual(len(queries), 1)

    def test_an_edited_source_shows_on_the_next_page(self):
        source = Source.objects.get(name="Editors' research from published career profiles")
        self.assertIn(source.name, Page(self.client.get(REFERENCE_URL)).text)
        source.name = "Editors’ research, checked again"
        source.save()
        text = Page(self.client.get(REFERENCE_URL)).text
        self.assertIn("Editors’ research, checked again", text)
        self.assertNotIn("Editors' research from published career profiles", text)

    def test_a_new_area_is_offered_at_the_next_request(self):
        before = [a.slug for a in areas.picker_areas("")]
        with CaptureQueriesContext(connection) as queries:
            areas.picker_areas("")
        self.assertEqual(len(queries), 0)
        make_area("Lighthouse State", AreaKind.STATE, slug="lighthouse-state", state="LH")
        self.assertEqual(
            sorted([*before, "lighthouse-state"]), sorted(a.slug for a in areas.picker_areas(""))
        )
        self.assertContains(
            self.client.get(REFERENCE_URL), '<option value="lighthouse-state">Lighthouse State</option>'
        )
