"""The site stays up when Redis or the database is down, and keeps every editor's change."""

import datetime
import socket
import threading
import time
from unittest import mock

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import TestCase, override_settings
from django.utils import timezone

from careers import cache_backends
from careers.caching import recent
from careers.models import Occupation
from careers.versions import Memo
from tests.factories import reference_pair
from tests.pages import Page, form_data

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
OCCUPATION_URL = "/careers/loss-mitigation-specialist/"
PUBLIC_URLS = [
    "/",
    "/careers/",
    "/careers/sources/",
    OCCUPATION_URL,
    REFERENCE_URL,
    REFERENCE_URL + "data.csv",
    "/robots.txt",
    "/sitemap.xml",
    "/sitemap-comparisons.xml",
]
# A local-memory cache that outlives the overrides below, standing for a Redis that
# comes back with what it held before the outage.
LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "outage"}}


def redis_at(url):
    return {
        "default": {
            "BACKEND": "careers.cache_backends.FailOpenRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "careers-outage-tests",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


# Nothing listens on port 1: every connection is refused at once.
REDIS_DOWN = redis_at("redis://127.0.0.1:1/15")


class HangingServer:
    """Accepts connections and never answers, as a Redis that hangs does."""

    def __enter__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.accepted = []
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()
        return f"redis://127.0.0.1:{self.socket.getsockname()[1]}/15"

    def accept(self):
        while True:
            try:
                self.accepted.append(self.socket.accept()[0])
            except OSError:
                return

    def __exit__(self, *exc_info):
        self.socket.close()
        for conn in self.accepted:
            conn.close()


class OutageTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = User.objects.create_superuser("editor", "editor@example.com", "unused-password")
        cls.first, cls.second = reference_pair()

    def setUp(self):
        cache_backends._outages.clear()
        self.addCleanup(cache_backends._outages.clear)

    def save_salary(self, salary):
        self.client.force_login(self.editor)
        url = f"/admin/careers/occupation/{self.first.pk}/change/"
        data = form_data(self.client.get(url), "occupation_form")
        data.update(yearly_salary=str(salary), _continue="Save and continue editing")
        response = self.client.post(url, data)
        self.client.logout()
        return response


class RedisDownTests(OutageTestCase):
    @override_settings(CACHES=REDIS_DOWN)
    def test_every_public_page_renders_from_the_database_when_redis_refuses_connections(self):
        for url in PUBLIC_URLS:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
        self.assertContains(self.client.get(REFERENCE_URL), "$43,251")

    @override_settings(CACHES=REDIS_DOWN)
    def test_the_outage_is_logged_once_not_per_request(self):
        with self.assertLogs("careers.cache_backends", "ERROR") as logs:
            for url in PUBLIC_URLS:
                self.client.get(url)
            # Past the pause between attempts, failures are still not logged again.
            with mock.patch.object(cache_backends, "RETRY_SECONDS", 0):
                self.client.get(REFERENCE_URL)
        self.assertEqual(len(logs.records), 1)
        self.assertIn("cannot be reached", logs.output[0])

    @override_settings(CACHES=REDIS_DOWN)
    def test_an_editors_save_is_kept_when_redis_is_down(self):
        self.assertEqual(self.save_salary(39999).status_code, 302)
        self.assertEqual(Occupation.objects.get(pk=self.first.pk).yearly_salary, 39999)
        self.assertContains(self.client.get(REFERENCE_URL), "$39,999")

    def test_a_redis_that_hangs_costs_one_short_timeout_not_five_seconds_a_request(self):
        with HangingServer() as url, override_settings(CACHES=redis_at(url)):
            start = time.monotonic()
            for url in PUBLIC_URLS:
                with self.subTest(url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)
            elapsed = time.monotonic() - start
        self.assertLess(elapsed, 3, "pages must not wait on a Redis that does not answer")

    def test_no_stale_page_outlives_the_outage(self):
        with override_settings(CACHES=LOCAL):
            self.assertContains(self.client.get(REFERENCE_URL), "$43,251")  # cached, under the old version
        with override_settings(CACHES=REDIS_DOWN):
            self.assertEqual(self.save_salary(39999).status_code, 302)  # the bump cannot reach the cache
        later = timezone.now() + datetime.timedelta(seconds=6)
        Memo.forget()  # as in another process, which never saw the bump
        with override_settings(CACHES=LOCAL), mock.patch("careers.versions.timezone.now", return_value=later):
            response = self.client.get(REFERENCE_URL)
        self.assertContains(response, "$39,999")
        self.assertNotContains(response, "$43,251")

    def test_sessions_do_not_depend_on_the_cache(self):
        self.client.force_login(self.editor)
        with override_settings(CACHES=REDIS_DOWN):
            response = self.client.get(f"/admin/careers/occupation/{self.first.pk}/change/")
        self.assertEqual(response.status_code, 200)


def database_down(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


class DatabaseDownTests(OutageTestCase):
    def test_a_cache_hit_runs_no_query(self):
        for url in (REFERENCE_URL, OCCUPATION_URL, "/careers/"):
            with self.subTest(url=url):
                first = self.client.get(url)
                with self.assertNumQueries(0):
                    second = self.client.get(url)
                    not_modified = self.client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
                self.assertEqual(second.content, first.content)
                self.assertEqual(second["ETag"], first["ETag"])
                self.assertEqual(second["Last-Modified"], first["Last-Modified"])
                self.assertEqual(not_modified.status_code, 304)

    def test_cached_pages_are_served_while_the_database_is_down(self):
        cached = self.client.get(REFERENCE_URL)
        later = timezone.now() + datetime.timedelta(minutes=10)  # past the data version's next check
        Memo.forget()
        recent.clear()  # read from the shared cache, as another process would
        with (
            connection.execute_wrapper(database_down),
            mock.patch("careers.versions.timezone.now", return_value=later),
        ):
            response = self.client.get(REFERENCE_URL)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, cached.content)

    def test_other_pages_answer_a_friendly_503_with_retry_after(self):
        self.client.get(REFERENCE_URL)
        with connection.execute_wrapper(database_down):
            for url in (OCCUPATION_URL, "/careers/", "/search/?q=loss", "/sitemap.xml"):
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 503)
                    self.assertEqual(response["Retry-After"], "30")
                    self.assertEqual(Page(response).heading_texts("h1"), ["Back in a moment"])
                    self.assertContains(response, "please try again in a minute", status_code=503)
                    self.assertNotIn("Traceback", response.content.decode())

    def test_a_new_page_of_kept_occupations_renders_while_the_database_is_down(self):
        self.client.get(REFERENCE_URL)
        # Not in the page cache; its occupations and what the process remembers for the data version are.
        with connection.execute_wrapper(database_down):
            response = self.client.get(REFERENCE_URL + "?first-sort=state")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            Page(response).heading_texts("h1"),
            ["Loss mitigation specialist vs collections, customer service"],
        )
        self.assertContains(response, "$43,251")

    def test_a_cold_cache_and_a_down_database_answer_503(self):
        with connection.execute_wrapper(database_down):
            response = self.client.get(REFERENCE_URL)
        self.assertEqual(response.status_code, 503)


class EmptyCacheTests(OutageTestCase):
    def test_the_first_request_after_the_cache_is_emptied_reads_the_version_from_the_database(self):
        self.client.get(REFERENCE_URL)
        etag = self.client.get(REFERENCE_URL)["ETag"]
        cache.clear()
        Memo.forget()
        recent.clear()
        self.assertEqual(self.client.get(REFERENCE_URL)["ETag"], etag)
