"""A slash in a title becomes a hyphen in its slug, and every address an occupation had answers 301."""

import importlib
import io
import tempfile
from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db.migrations.loader import MigrationLoader
from django.test import TestCase

from careers import slugs
from careers.models import AreaKind, FormerSlug, Occupation
from tests.factories import make_occupation
from tests.pages import form_data
from tests.wage_factories import make_area, make_wage

SMALL = Path(__file__).parent / "data" / "oews_small.csv"


def migration(suffix):
    """The module of the careers migration whose name ends with ``suffix``, whatever number it carries."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    (name,) = [name for app, name in loader.disk_migrations if app == "careers" and name.endswith(suffix)]
    return importlib.import_module(type(loader.disk_migrations[("careers", name)]).__module__)


class SlashSlugTests(TestCase):
    def test_an_import_keeps_the_words_of_a_slash_apart_and_answers_the_glued_address(self):
        path = Path(self.enterContext(tempfile.TemporaryDirectory())) / "slash.csv"
        path.write_text(SMALL.read_text().replace("Bill and Account Collectors", "Driver/Sales Workers"))
        call_command("import_oews", str(path), stdout=io.StringIO(), stderr=io.StringIO())
        occupation = Occupation.objects.get(soc_code="43-3011")
        self.assertEqual(occupation.slug, "driver-sales-workers")
        self.assertEqual(
            list(occupation.former_slugs.values_list("slug", flat=True)), ["driversales-workers"]
        )
        self.assertRedirects(
            self.client.get("/careers/driversales-workers/"),
            "/careers/driver-sales-workers/",
            status_code=301,
        )

    def test_a_title_typed_without_a_slug_gets_hyphens_at_slashes(self):
        occupation = make_occupation("Career/Technical Tutors", slug="")
        occupation.clean()
        self.assertEqual(occupation.slug, "career-technical-tutors")

    def test_the_migration_moves_glued_slugs_and_keeps_the_old_ones(self):
        glued = make_occupation("Driver/Sales Workers", slug="driversales-workers")
        chosen = make_occupation("Career/Technical Tutors", slug="vocational-tutors")
        plain = make_occupation("Plain Workers")
        migration("former_slugs_hyphenate_slashes").hyphenate_slashes(apps, None)
        glued.refresh_from_db()
        chosen.refresh_from_db()
        plain.refresh_from_db()
        self.assertEqual(glued.slug, "driver-sales-workers")
        self.assertEqual((chosen.slug, plain.slug), ("vocational-tutors", "plain-workers"))
        self.assertEqual(
            dict(FormerSlug.objects.values_list("slug", "occupation")), {"driversales-workers": glued.pk}
        )


class FormerAddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.drivers = make_occupation("Driver/Sales Workers", soc_code="53-3031", slug="driver-sales-workers")
        cls.haulers = make_occupation("Truck Drivers", soc_code="53-3032", slug="truck-drivers")
        FormerSlug.objects.create(occupation=cls.drivers, slug="driversales-workers")
        cls.texas = make_area("Texas", AreaKind.STATE, slug="texas", state="TX")
        for occupation in (cls.drivers, cls.haulers):
            make_wage(occupation, percentiles=[1, 2, 3, 4, 5], annual_mean=3, employment=10)

    def assertMoved(self, old, new):
        response = self.client.get(old)
        self.assertEqual(response.status_code, 301, old)
        self.assertEqual(response["Location"], new)

    def test_every_address_built_on_a_former_slug_answers_301_to_the_current_one(self):
        moves = {
            "/careers/driversales-workers/": "/careers/driver-sales-workers/",
            "/careers/driversales-workers/in/texas/": "/careers/driver-sales-workers/in/texas/",
            "/careers/driversales-workers/in/?area=texas": "/careers/driver-sales-workers/in/?area=texas",
            "/compare/driversales-workers-vs-truck-drivers/": "/compare/driver-sales-workers-vs-truck-drivers/",
            "/compare/truck-drivers-vs-driversales-workers/": "/compare/driver-sales-workers-vs-truck-drivers/",
            "/compare/driversales-workers-vs-truck-drivers/in/texas/": (
                "/compare/driver-sales-workers-vs-truck-drivers/in/texas/"
            ),
            "/compare/driversales-workers-vs-truck-drivers/data.csv": (
                "/compare/driver-sales-workers-vs-truck-drivers/data.csv"
            ),
            "/compare/driversales-workers-vs-truck-drivers/data.json": (
                "/compare/driver-sales-workers-vs-truck-drivers/data.json"
            ),
            "/compare/driversales-workers-vs-truck-drivers/in/?area=texas": (
                "/compare/driver-sales-workers-vs-truck-drivers/in/?area=texas"
            ),
        }
        for old, new in moves.items():
            with self.subTest(old=old):
                self.assertMoved(old, new)
                self.assertLess(self.client.get(new, follow=True).status_code, 400)

    def test_a_former_and_a_current_slug_of_one_occupation_are_not_a_pair(self):
        response = self.client.get("/compare/driversales-workers-vs-driver-sales-workers/")
        self.assertContains(response, "the same occupation twice", status_code=404)

    def test_unknown_slugs_still_answer_404(self):
        self.assertEqual(self.client.get("/careers/no-such-drivers/").status_code, 404)
        response = self.client.get("/compare/no-such-drivers-vs-truck-drivers/")
        self.assertContains(
            response, "We have no occupation at \u201cno-such-drivers\u201d.", status_code=404
        )

    def test_an_editor_changing_a_slug_keeps_the_old_address_answering(self):
        self.client.force_login(User.objects.create_superuser("editor", "editor@example.com", "unused"))
        url = f"/admin/careers/occupation/{self.haulers.pk}/change/"
        data = form_data(self.client.get(url), "occupation_form")
        data["slug"] = "heavy-truck-drivers"
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.client.logout()
        self.assertMoved("/careers/truck-drivers/", "/careers/heavy-truck-drivers/")
        self.assertMoved(
            "/compare/driver-sales-workers-vs-truck-drivers/",
            "/compare/driver-sales-workers-vs-heavy-truck-drivers/",
        )

    def test_a_slug_given_back_to_an_occupation_is_its_own_again(self):
        self.drivers.slug = "driversales-workers"
        self.drivers.save()
        slugs.record_move(self.drivers, "driver-sales-workers")
        self.assertEqual(self.client.get("/careers/driversales-workers/").status_code, 200)
        self.assertMoved("/careers/driver-sales-workers/", "/careers/driversales-workers/")
