"""Project-wide guarantees: migrations match the models, every named URL answers, one <h1> a page."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import URLResolver, get_resolver, reverse

from careers.models import Area, AreaKind
from tests.pages import Page

# Arguments for the named URLs that take some. A new URL with arguments needs a line here.
OCCUPATION = "loss-mitigation-specialist"
PAIR = "loss-mitigation-specialist-vs-collections-customer-service"
AREA = "united-states"
SAMPLE_ARGUMENTS = {
    "careers:occupation-detail": {"slug": OCCUPATION},
    "careers:occupation-area-select": {"slug": OCCUPATION},
    "careers:occupation-area": {"slug": OCCUPATION, "area": AREA},
    "careers:occupation-places-select": {"slug": OCCUPATION},
    "careers:occupation-places": {"slug": OCCUPATION, "places": f"{AREA}-vs-{AREA}"},
    "careers:category-detail": {"slug": "office-and-administrative-support"},
    "careers:area-detail": {"slug": AREA},
    "comparisons:pair": {"pair": PAIR},
    "comparisons:pair-csv": {"pair": PAIR},
    "comparisons:pair-json": {"pair": PAIR},
    "comparisons:pair-area-select": {"pair": PAIR},
    "comparisons:pair-area": {"pair": PAIR, "area": AREA},
    "sitemap-section": {"section": "comparisons"},
}


def named_urls(patterns=None, namespace=""):
    """Yield (name, argument names) for every named URL outside the admin."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            prefix = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_urls(entry.url_patterns, prefix)
        elif entry.name:
            yield namespace + entry.name, set(entry.pattern.regex.groupindex)


def test_models_and_migrations_agree(db):
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=StringIO())
    except SystemExit:
        raise AssertionError(f"Models have changes without a migration:\n{out.getvalue()}") from None


class EveryPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        Area.objects.get_or_create(
            slug=AREA, defaults={"code": "99", "name": "United States", "kind": AreaKind.NATION}
        )

    def pages(self):
        for name, arguments in named_urls():
            kwargs = SAMPLE_ARGUMENTS.get(name, {})
            if set(kwargs) != arguments:
                self.fail(f"tests/test_project.py needs sample arguments {sorted(arguments)} for {name!r}")
            yield name, reverse(name, kwargs=kwargs)

    def test_every_named_url_answers(self):
        for name, url in self.pages():
            with self.subTest(name=name, url=url):
                self.assertLess(self.client.get(url).status_code, 400)

    def test_no_page_fails_on_characters_the_database_refuses(self):
        # PostgreSQL refuses NUL in any text; SQLite accepts it, so this bites only in production.
        nul = "%00"
        query = f"?q={nul}&a={nul}&b={nul}&area={nul}&sort={nul}&page={nul}"
        urls = [url + query for _, url in self.pages()]
        urls += [f"/compare/loss-mitigation-specialist-vs-{nul}/", f"/careers/{nul}/"]
        for url in urls:
            with self.subTest(url=url):
                self.assertLess(self.client.get(url).status_code, 500)

    def test_every_html_page_has_exactly_one_h1(self):
        urls = [url for _, url in self.pages()] + ["/no-such-page/", "/compare/astronaut-vs-accountant/"]
        for url in urls:
            with self.subTest(url=url):
                response = self.client.get(url, follow=True)
                if not response["Content-Type"].startswith("text/html"):
                    continue
                self.assertEqual(len(Page(response).heading_texts("h1")), 1)

    def test_unknown_address_answers_a_helpful_404(self):
        response = self.client.get("/no-such-page/")
        self.assertContains(response, "There is no page at this address.", status_code=404)
        self.assertContains(response, 'href="/careers/"', status_code=404)
