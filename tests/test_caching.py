"""Public pages answer conditional requests, are cached whole, and change at the next request after an edit."""

import time
from dataclasses import replace
from unittest import mock

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from careers.models import Duty, Occupation
from careers.versions import VERSION_KEY, Memo, bump_data_version, data_version
from comparisons.models import Comparison
from tests.factories import reference_pair
from tests.pages import form_data

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
OCCUPATION_URL = "/careers/loss-mitigation-specialist/"


class ConditionalRequestTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first, cls.second = reference_pair()

    def test_public_pages_carry_validators_and_let_shared_caches_hold_them(self):
        for url in [
            "/",
            "/careers/",
            OCCUPATION_URL,
            REFERENCE_URL,
            "/careers/category/office-and-administrative-support/",
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertTrue(response.has_header("ETag"))
                self.assertTrue(response.has_header("Last-Modified"))
                self.assertIn("public", response["Cache-Control"])
                self.assertIn("max-age=300", response["Cache-Control"])
                self.assertIn("s-maxage=3600", response["Cache-Control"])

    def test_repeat_request_with_the_etag_answers_304_without_a_body(self):
        etag = self.client.get(REFERENCE_URL)["ETag"]
        response = self.client.get(REFERENCE_URL, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(response.status_code, 304)
        self.assertEqual(response.content, b"")
        self.assertEqual(response["ETag"], etag)

    def test_repeat_request_with_the_date_answers_304(self):
        last_modified = self.client.get(OCCUPATION_URL)["Last-Modified"]
        response = self.client.get(OCCUPATION_URL, HTTP_IF_MODIFIED_SINCE=last_modified)
        self.assertEqual(response.status_code, 304)

    def test_304_costs_at_most_one_query(self):
        etag = self.client.get(REFERENCE_URL)["ETag"]
        with CaptureQueriesContext(connection) as queries:
            self.client.get(REFERENCE_URL, HTTP_IF_NONE_MATCH=etag)
        self.assertLessEqual(len(queries), 1)

    def test_last_modified_is_not_before_the_occupations_last_change(self):
        from django.utils.http import parse_http_date

        response = self.client.get(REFERENCE_URL)
        stamp = max(self.first.updated_at, self.second.updated_at).replace(microsecond=0)
        self.assertGreaterEqual(parse_http_date(response["Last-Modified"]), stamp.timestamp())

    def test_edit_changes_the_validators_at_once(self):
        etag = self.client.get(REFERENCE_URL)["ETag"]
        self.first.yearly_salary = 41000
        self.first.save()
        response = self.client.get(REFERENCE_URL, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(response["ETag"], etag)

    def test_publishing_the_pair_changes_its_validators(self):
        etag = self.client.get(REFERENCE_URL)["ETag"]
        comparison = Comparison.objects.get(first=self.first, second=self.second)
        comparison.published = not comparison.published
        comparison.save()
        self.assertEqual(self.client.get(REFERENCE_URL, HTTP_IF_NONE_MATCH=etag).status_code, 200)

    def test_search_pages_are_not_cached_by_shared_caches(self):
        response = self.client.get("/search/", {"q": "loss"})
        self.assertFalse(response.has_header("ETag"))
        self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_missing_pages_are_not_marked_cacheable(self):
        response = self.client.get("/careers/no-such-occupation/")
        self.assertEqual(response.status_code, 404)
        self.assertFalse(response.has_header("ETag"))


class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first, cls.second = reference_pair()

    def test_a_cached_page_is_served_without_rendering_again(self):
        first = self.client.get(REFERENCE_URL)
        with CaptureQueriesContext(connection) as queries:
            second = self.client.get(REFERENCE_URL)
        self.assertEqual(second.content, first.content)
        self.assertLessEqual(len(queries), 1, [q["sql"] for q in queries.captured_queries])

    def test_saved_figure_is_served_at_the_next_request(self):
        self.assertContains(self.client.get(REFERENCE_URL), "$43,251")
        Occupation.objects.get(pk=self.first.pk).save()  # an unrelated save leaves the figure as it was
        self.first.yearly_salary = 41000
        self.first.save()
        response = self.client.get(REFERENCE_URL)
        self.assertContains(response, "$41,000")
        self.assertNotContains(response, "$43,251")

    def test_a_changed_duty_is_served_at_the_next_request(self):
        self.client.get(OCCUPATION_URL)
        duty = Duty.objects.filter(occupation=self.first).first()
        duty.text = "Call borrowers about their options."
        duty.save()
        self.assertContains(self.client.get(OCCUPATION_URL), "Call borrowers about their options.")

    def test_a_bulk_change_is_served_after_the_data_version_is_bumped(self):
        self.client.get(OCCUPATION_URL)
        Occupation.objects.filter(pk=self.first.pk).update(jobs=1234)
        bump_data_version()
        self.assertContains(self.client.get(OCCUPATION_URL), "1,234")

    def test_an_edit_to_another_occupation_refreshes_the_pages_that_link_to_it(self):
        self.client.get(OCCUPATION_URL)
        self.second.yearly_salary = 12345
        self.second.save()
        self.assertContains(self.client.get(OCCUPATION_URL), "$12,345")

    def test_the_data_version_changes_with_every_save(self):
        before = data_version()
        self.first.save()
        self.assertNotEqual(data_version().token, before.token)

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_the_page_cache_can_be_turned_off(self):
        self.client.get(REFERENCE_URL)
        with self.assertTemplateUsed("comparisons/pair.html"):
            self.client.get(REFERENCE_URL)


class AdminEditTests(TestCase):
    """An editor's save in the admin shows on the public pages at the very next request."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = User.objects.create_superuser("editor", "editor@example.com", "unused-password")
        cls.first, cls.second = reference_pair()

    def edit(self, **changes):
        url = f"/admin/careers/occupation/{self.first.pk}/change/"
        data = form_data(self.client.get(url), "occupation_form")
        data.update({name: str(value) for name, value in changes.items()})
        data["_continue"] = "Save and continue editing"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)

    def test_admin_edit_is_served_at_the_next_request_and_changes_the_validators(self):
        before = self.client.get(REFERENCE_URL)
        self.assertContains(before, "$43,251")
        self.client.force_login(self.editor)
        self.edit(yearly_salary=39999)
        self.client.logout()
        after = self.client.get(REFERENCE_URL, HTTP_IF_NONE_MATCH=before["ETag"])
        self.assertEqual(after.status_code, 200)
        self.assertContains(after, "$39,999")
        self.assertNotContains(after, "$43,251")

    def test_inline_duty_edit_moves_the_occupations_updated_at(self):
        self.client.force_login(self.editor)
        self.edit(**{"duties-0-text": "First edit."})
        first_stamp = Occupation.objects.get(pk=self.first.pk).updated_at
        self.edit(**{"duties-0-text": "Second edit."})
        self.assertGreater(Occupation.objects.get(pk=self.first.pk).updated_at, first_stamp)
        self.client.logout()
        self.assertContains(self.client.get(OCCUPATION_URL), "Second edit.")


class ProcessMemoryTests(TestCase):
    """Each process keeps the pages it served and the data version it read, briefly, in memory."""

    @classmethod
    def setUpTestData(cls):
        cls.first, cls.second = reference_pair()

    def test_a_page_served_again_needs_no_trip_to_the_cache(self):
        self.client.get(REFERENCE_URL)
        with (
            mock.patch.object(cache, "get", side_effect=AssertionError("read the cache")),
            mock.patch.object(cache, "get_many", side_effect=AssertionError("read the cache")),
        ):
            self.assertEqual(self.client.get(REFERENCE_URL).status_code, 200)

    def test_a_change_in_another_process_shows_within_the_memory_seconds(self):
        self.assertContains(self.client.get(REFERENCE_URL), "$43,251")
        Occupation.objects.filter(pk=self.first.pk).update(yearly_salary=41000)
        # Another process bumps the version in the shared cache; this one has not read it yet.
        cache.set(VERSION_KEY, replace(Memo.version, token="changed-elsewhere"), timeout=None)
        self.assertContains(self.client.get(REFERENCE_URL), "$43,251")
        with mock.patch("careers.versions.time.monotonic", return_value=time.monotonic() + 1.5):
            self.assertContains(self.client.get(REFERENCE_URL), "$41,000")
