"""sitemap.xml is an index over paginated sitemaps of the pages worth indexing; robots.txt points to it."""

import datetime
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from careers.caching import recent
from careers.models import AreaKind, Occupation
from comparisons.models import Comparison
from comparisons.sitemaps import Pairs, PairsInStates
from tests.factories import make_category, make_occupation
from tests.pages import form_data
from tests.wage_factories import make_area, make_wage, oews_source

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SMALL = Path(__file__).parent / "careers" / "data" / "oews_small.csv"


def locations(response):
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.iterfind(".//s:loc", NS)]


def dated_locations(response):
    return dict(zip(locations(response), lastmods(response), strict=True))


def lastmods(response):
    root = ET.fromstring(response.content)
    return [url.findtext("s:lastmod", namespaces=NS) for url in root.iterfind("s:url", NS)]


class RobotsTests(TestCase):
    def test_robots_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/plain"))
        lines = response.content.decode().splitlines()
        self.assertIn("User-agent: *", lines)
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn("Disallow: /search/", lines)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)


class SitemapData(TestCase):
    @classmethod
    def setUpTestData(cls):
        computing = make_category("Computer and Mathematical")
        # Figures imported from the May 2025 release.
        bls = {"jobs": 1000, "jobs_source": oews_source()}
        cls.developers = make_occupation("Software Developers", category=computing, soc_code="15-1252", **bls)
        cls.testers = make_occupation("Software Testers", category=computing, soc_code="15-1253", **bls)
        cls.analysts = make_occupation(
            "Computer Systems Analysts", category=computing, soc_code="15-1211", **bls
        )
        cls.actuaries = make_occupation("Actuaries", category=computing, soc_code="15-2011", **bls)
        cls.statisticians = make_occupation("Statisticians", category=computing, soc_code="15-2041", **bls)
        cls.cooks = make_occupation(
            "Cooks, Restaurant", category=make_category("Food"), soc_code="35-2014", **bls
        )
        # An editor's order and publication across minor groups.
        Comparison.objects.create(first=cls.cooks, second=cls.actuaries, published=True)
        Comparison.objects.create(first=cls.developers, second=cls.statisticians, published=False)
        # An editor's order inside a minor group decides that pair's address.
        Comparison.objects.create(first=cls.testers, second=cls.developers)
        cls.texas = make_area("Texas")
        make_area("Nowhere With No Data")
        make_wage(cls.developers, cls.texas, annual_mean=120000)


class SitemapIndexTests(SitemapData):
    def test_index_lists_a_sitemap_per_section(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            locations(response),
            [
                "http://testserver/sitemap-pages.xml",
                "http://testserver/sitemap-categories.xml",
                "http://testserver/sitemap-occupations.xml",
                "http://testserver/sitemap-areas.xml",
                "http://testserver/sitemap-comparisons.xml",
                "http://testserver/sitemap-state-comparisons.xml",
            ],
        )

    @override_settings(SITEMAP_PAGE_SIZE=3)
    def test_lowered_page_size_splits_sections_into_pages_the_index_lists(self):
        index = locations(self.client.get("/sitemap.xml"))
        self.assertIn("http://testserver/sitemap-occupations.xml?p=2", index)
        found = []
        for url in [u for u in index if "sitemap-comparisons" in u]:
            response = self.client.get(url.removeprefix("http://testserver"))
            self.assertEqual(response.status_code, 200)
            self.assertLessEqual(len(locations(response)), 3)
            found += locations(response)
        self.assertEqual(len(found), len(set(found)))
        # The page size is a setting: it does not change while a site runs.
        cache.clear()
        recent.clear()
        with override_settings(SITEMAP_PAGE_SIZE=50_000):
            self.assertEqual(sorted(found), sorted(locations(self.client.get("/sitemap-comparisons.xml"))))

    @override_settings(SITEMAP_PAGE_SIZE=3)
    def test_page_past_the_last_answers_404(self):
        self.assertEqual(self.client.get("/sitemap-comparisons.xml?p=99").status_code, 404)
        self.assertEqual(self.client.get("/sitemap-comparisons.xml?p=x").status_code, 404)
        self.assertEqual(self.client.get("/sitemap-nothing.xml").status_code, 404)


class SitemapContentTests(SitemapData):
    def test_every_occupation_is_listed_with_its_last_change(self):
        response = self.client.get("/sitemap-occupations.xml")
        self.assertIn("http://testserver/careers/software-developers/", locations(response))
        self.assertIn("http://testserver/careers/loss-mitigation-specialist/", locations(response))
        dates = lastmods(response)
        self.assertTrue(dates)
        self.assertTrue(all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates), dates)
        self.assertIn("2025-05-01", dates)

    def test_home_lists_and_categories_are_listed(self):
        pages = locations(self.client.get("/sitemap-pages.xml"))
        self.assertIn("http://testserver/", pages)
        self.assertIn("http://testserver/careers/", pages)
        categories = locations(self.client.get("/sitemap-categories.xml"))
        self.assertIn("http://testserver/careers/category/computer-and-mathematical/", categories)

    def test_only_areas_with_figures_are_listed(self):
        areas = locations(self.client.get("/sitemap-areas.xml"))
        self.assertIn("http://testserver/careers/areas/texas/", areas)
        self.assertNotIn("http://testserver/careers/areas/nowhere-with-no-data/", areas)

    def test_comparisons_are_the_pairs_of_each_minor_group_and_the_published_ones(self):
        pairs = {
            u.removeprefix("http://testserver/compare/").removesuffix("/")
            for u in locations(self.client.get("/sitemap-comparisons.xml"))
        }
        self.assertEqual(
            pairs,
            {
                # 15-1: three occupations, three pairs; the editor's order for developers and testers.
                "computer-systems-analysts-vs-software-developers",
                "computer-systems-analysts-vs-software-testers",
                "software-testers-vs-software-developers",
                # 15-2: two occupations, one pair.
                "actuaries-vs-statisticians",
                # Published by an editor across groups, in the editor's order.
                "cooks-restaurant-vs-actuaries",
                # The reference pair the site ships, published.
                "loss-mitigation-specialist-vs-collections-customer-service",
            },
        )

    def test_every_comparison_has_a_lastmod(self):
        dates = lastmods(self.client.get("/sitemap-comparisons.xml"))
        self.assertTrue(dates and all(dates))

    def test_listed_pairs_answer_at_their_address(self):
        for url in locations(self.client.get("/sitemap-comparisons.xml")):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url.removeprefix("http://testserver")).status_code, 200)


class PairsSequenceTests(SitemapData):
    def test_any_slice_matches_the_pairs_one_by_one(self):
        pairs = Pairs()
        every = [pairs[i] for i in range(len(pairs))]
        for start in range(len(pairs) + 1):
            for stop in range(start, len(pairs) + 2):
                self.assertEqual(pairs[start:stop], every[start:stop], (start, stop))

    def test_the_count_comes_from_the_group_sizes(self):
        # 3 choose 2 + 2 choose 2 inside the groups, then two published pairs outside them.
        self.assertEqual(len(Pairs()), 3 + 1 + 2)


class LastmodTests(SitemapData):
    """A page's lastmod is when its figures last changed, never when an import last wrote its row."""

    def occupation_dates(self):
        dates = dated_locations(self.client.get("/sitemap-occupations.xml"))
        return {url.removeprefix("http://testserver"): date for url, date in dates.items()}

    def test_imported_figures_are_dated_by_their_release_not_by_the_import(self):
        Occupation.objects.update(updated_at=timezone.now() + datetime.timedelta(days=400))
        cache.clear()
        self.assertEqual(self.occupation_dates()["/careers/software-developers/"], "2025-05-01")
        pairs = dated_locations(self.client.get("/sitemap-comparisons.xml"))
        self.assertEqual(pairs["http://testserver/compare/actuaries-vs-statisticians/"], "2025-05-01")
        self.assertEqual(lastmods(self.client.get("/sitemap-categories.xml"))[0], "2025-05-01")

    def test_an_editors_change_dates_the_page_and_its_pairs_and_category(self):
        edited = datetime.datetime(2026, 3, 4, 12, tzinfo=datetime.UTC)
        Occupation.objects.filter(pk=self.actuaries.pk).update(edited_at=edited)
        self.assertEqual(self.occupation_dates()["/careers/actuaries/"], "2026-03-04")
        self.assertEqual(self.occupation_dates()["/careers/statisticians/"], "2025-05-01")
        pairs = dated_locations(self.client.get("/sitemap-comparisons.xml"))
        self.assertEqual(pairs["http://testserver/compare/actuaries-vs-statisticians/"], "2026-03-04")
        self.assertIn("2026-03-04", lastmods(self.client.get("/sitemap-categories.xml")))
        # The home page and lists are as new as the newest: the reference occupations' editors'.
        self.assertEqual(lastmods(self.client.get("/sitemap-pages.xml"))[0], "2026-11-27")

    def test_an_editors_save_in_the_admin_records_when(self):
        editor = User.objects.create_superuser("editor", "editor@example.com", "unused")
        self.client.force_login(editor)
        url = f"/admin/careers/occupation/{self.actuaries.pk}/change/"
        data = form_data(self.client.get(url), "occupation_form")
        data["yearly_salary"] = "120000"
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.client.logout()
        self.assertEqual(self.occupation_dates()["/careers/actuaries/"], timezone.now().date().isoformat())


class FreshImportTests(TestCase):
    """Loading the same release again, into this database or a fresh one, moves no date."""

    def dates(self):
        cache.clear()
        return dated_locations(self.client.get("/sitemap-occupations.xml"))

    def test_a_fresh_import_moves_no_lastmod(self):
        call_command("import_oews", str(SMALL), stdout=io.StringIO(), stderr=io.StringIO())
        first = self.dates()
        self.assertEqual(first["http://testserver/careers/bill-and-account-collectors/"], "2025-05-01")
        Occupation.objects.update(updated_at=timezone.now() + datetime.timedelta(days=400))
        call_command("import_oews", str(SMALL), stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(self.dates(), first)
        Occupation.objects.exclude(soc_code=None).delete()
        call_command("import_oews", str(SMALL), stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(self.dates(), first)


class StateComparisonTests(SitemapData):
    """Pairs crawlers may index are listed in each state where BLS published figures of both."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ohio = make_area("Ohio", AreaKind.STATE)
        cls.guam = make_area("Guam", AreaKind.TERRITORY)
        cls.akron = make_area("Akron, OH", AreaKind.METRO)
        for occupation in (cls.developers, cls.testers, cls.analysts, cls.actuaries, cls.cooks):
            for area in (cls.ohio, cls.guam, cls.akron):
                make_wage(occupation, area, annual_mean=90_000)
        make_wage(cls.testers, cls.texas, annual_mean=80_000)
        # A row BLS filled with "*" and "**" only: no figures.
        make_wage(cls.analysts, cls.texas)

    def listed(self):
        return dated_locations(self.client.get("/sitemap-state-comparisons.xml"))

    def test_lists_indexable_pairs_in_states_where_both_have_figures(self):
        self.assertEqual(
            sorted(url.removeprefix("http://testserver/compare/") for url in self.listed()),
            [
                "computer-systems-analysts-vs-software-developers/in/ohio/",
                "computer-systems-analysts-vs-software-testers/in/ohio/",
                "cooks-restaurant-vs-actuaries/in/ohio/",
                "software-testers-vs-software-developers/in/ohio/",
                "software-testers-vs-software-developers/in/texas/",
            ],
        )
        pairs = dated_locations(self.client.get("/sitemap-comparisons.xml"))
        for url, lastmod in self.listed().items():
            self.assertEqual(lastmod, pairs[url.split("in/")[0]])

    def test_index_dates_the_section_by_its_newest_page(self):
        root = ET.fromstring(self.client.get("/sitemap.xml").content)
        dates = {
            entry.findtext("s:loc", namespaces=NS): entry.findtext("s:lastmod", namespaces=NS)
            for entry in root.iterfind("s:sitemap", NS)
        }
        self.assertEqual(
            dates["http://testserver/sitemap-state-comparisons.xml"], max(self.listed().values())
        )

    def test_listed_pages_may_be_indexed_and_are_linked_from_their_pair(self):
        for url in self.listed():
            with self.subTest(url=url):
                path = url.removeprefix("http://testserver")
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<link rel="canonical" href="{url}">')
                self.assertNotContains(response, 'name="robots"')
                national = self.client.get(path.split("in/")[0])
                self.assertContains(national, f'href="{path}"')

    def test_area_pages_not_listed_carry_noindex(self):
        for path in [
            "/compare/software-testers-vs-software-developers/in/guam/",
            "/compare/software-testers-vs-software-developers/in/nowhere-with-no-data/",
            "/compare/software-testers-vs-software-developers/in/akron-oh/",
            "/compare/computer-systems-analysts-vs-software-developers/in/texas/",
            "/compare/actuaries-vs-software-developers/in/ohio/",
        ]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, '<meta name="robots" content="noindex">')

    @override_settings(SITEMAP_PAGE_SIZE=2)
    def test_pages_split_the_list_without_losing_or_repeating_a_url(self):
        index = locations(self.client.get("/sitemap.xml"))
        pages = [u for u in index if "sitemap-state-comparisons" in u]
        self.assertEqual(len(pages), 3)
        found = [
            u for page in pages for u in locations(self.client.get(page.removeprefix("http://testserver")))
        ]
        cache.clear()
        recent.clear()
        with override_settings(SITEMAP_PAGE_SIZE=50_000):
            self.assertEqual(found, list(self.listed()))

    def test_any_slice_matches_the_pages_one_by_one(self):
        pages = PairsInStates()
        every = [pages[i] for i in range(len(pages))]
        for start in range(len(pages) + 1):
            for stop in range(start, len(pages) + 2):
                self.assertEqual(pages[start:stop], every[start:stop], (start, stop))
