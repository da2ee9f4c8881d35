"""Query parameters: malformed ones answer 404 or are ignored, never 500, and nobody can fill the cache."""

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from careers.models import Area, AreaKind
from tests.factories import make_occupation, reference_pair
from tests.test_project import SAMPLE_ARGUMENTS, named_urls

BAD_VALUES = ["\u00b2", "\u2460", "-1", "0", "100000", "1e3", "", "abc", "\u0665"]


def page_keys():
    """The page cache's keys (the tests' cache is the local-memory one)."""
    return [key for key in cache._cache if ":page:" in key]


def every_url():
    for name, _ in named_urls():
        yield reverse(name, kwargs=SAMPLE_ARGUMENTS.get(name, {}))


class MalformedParameterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        reference_pair()
        Area.objects.get_or_create(
            slug="united-states", defaults={"code": "99", "name": "United States", "kind": AreaKind.NATION}
        )

    def test_no_page_answers_500_to_a_malformed_page_per_page_or_sort(self):
        for url in every_url():
            for name in ("page", "per_page", "sort", "p"):
                for value in BAD_VALUES + ["garbage"]:
                    with self.subTest(url=url, name=name, value=value):
                        response = self.client.get(url, {name: value})
                        self.assertIn(response.status_code, (200, 301, 302, 400, 404))

    def test_malformed_or_unbounded_numbers_are_404_on_lists(self):
        for query in (
            "page=\u00b2",
            "page=\u2460",
            "page=0",
            "per_page=-1",
            "per_page=100000",
            "per_page=201",
        ):
            with self.subTest(query=query):
                response = self.client.get(f"/careers/?{query}")
                self.assertEqual(response.status_code, 404)
                self.assertFalse(response.has_header("ETag"))

    def test_a_page_past_the_last_is_404_not_the_last_page_again(self):
        self.assertEqual(self.client.get("/careers/?page=2").status_code, 404)
        self.assertEqual(self.client.get("/careers/?page=2&per_page=1").status_code, 200)

    def test_per_page_is_bounded_at_200(self):
        for number in range(3):
            make_occupation(f"Clerk {number}")
        response = self.client.get("/careers/?per_page=200")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["table"].page.object_list), 5)

    def test_an_unknown_sort_leaves_the_default_order(self):
        default = self.client.get("/careers/")
        garbage = self.client.get("/careers/?sort=garbage")
        self.assertEqual(garbage.status_code, 200)
        self.assertEqual(garbage.content, default.content)


class CacheAbuseTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        reference_pair()

    def test_parameters_a_page_does_not_read_share_its_cache_entry(self):
        self.client.get("/careers/")
        for number in range(30):
            self.client.get(f"/careers/?utm_source=x{number}")
            self.client.get(f"/sitemap-comparisons.xml?cb={number}")
            self.client.get(
                f"/compare/loss-mitigation-specialist-vs-collections-customer-service/?x={number}"
            )
        self.assertEqual(len(page_keys()), 3)

    def test_ignored_parameters_do_not_reach_the_page(self):
        response = self.client.get("/careers/?per_page=1&utm_source=evil")
        self.assertNotContains(response, "evil")
        self.assertEqual(
            self.client.get("/careers/?utm_source=evil&per_page=01").content,
            self.client.get("/careers/?per_page=1").content,
        )

    def test_pages_from_bad_parameters_are_not_cached(self):
        for query in ("per_page=100000", "page=\u00b2", "page=99"):
            self.client.get(f"/careers/?{query}")
        self.assertEqual(page_keys(), [])

    @override_settings(PAGE_CACHE_MAX_BYTES=1000)
    def test_a_page_larger_than_the_entry_limit_is_not_cached(self):
        url = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
        self.client.get(url)
        self.assertEqual(page_keys(), [])
        with self.assertTemplateUsed("comparisons/pair.html"):
            self.assertEqual(self.client.get(url).status_code, 200)


class MethodTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        reference_pair()
        Area.objects.get_or_create(
            slug="united-states", defaults={"code": "99", "name": "United States", "kind": AreaKind.NATION}
        )

    def test_options_and_trace_do_not_render_pages(self):
        for url in every_url():
            for method in ("OPTIONS", "TRACE", "POST", "PUT", "DELETE"):
                with self.subTest(url=url, method=method):
                    response = self.client.generic(method, url)
                    self.assertEqual(response.status_code, 405)
                    self.assertNotIn(b"<html", response.content)
                    self.assertIn("GET", response["Allow"])
