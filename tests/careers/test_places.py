"""One occupation in two places: its address, its figures before and after prices, and its picker."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers import prices
from careers.gaps import TEST
from careers.models import Area, AreaKind, FormerSlug, Occupation, Wage
from careers.places import pay_sentence, prices_sentence
from tests.factories import make_occupation, make_source
from tests.pages import Page, form_data
from tests.test_sitemaps import locations
from tests.wage_factories import make_area, make_wage

DASH = "\u2014"
URL = "/careers/place-nurse/in/california-vs-texas/"
CITATION = "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025"
ROBOTS = '<meta name="robots" content="noindex">'
LARGER = "larger than the survey\u2019s margin of error"
WITHIN = "within the survey\u2019s margin of error"


class PlacesPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.nurse = make_occupation("Place Nurse", soc_code="29-1141")
        rpp = make_source(prices.RPP_NAME, as_of=datetime.date(2024, 1, 1), as_of_label="2024")
        cls.california = make_area(
            "California", slug="california", state="CA", price_level=Decimal("112.600"), price_source=rpp
        )
        cls.texas = make_area(
            "Texas", slug="texas", state="TX", price_level=Decimal("97.057"), price_source=rpp
        )
        cls.ohio = make_area("Ohio", slug="ohio", state="OH")
        cls.guam = make_area("Guam", AreaKind.TERRITORY, slug="guam")
        cls.akron = make_area("Akron, OH", AreaKind.METRO, slug="akron-oh", state="OH")
        cls.hills = make_area("Hill Country nonmetropolitan area", AreaKind.NONMETRO, slug="hill-country")
        make_wage(cls.nurse, percentiles=[66_030, 79_700, 93_600, 120_250, 135_320], annual_mean=101_420)
        make_wage(
            cls.nurse,
            cls.california,
            percentiles=[101_260, 122_440, 140_270, 173_170, 213_320],
            annual_mean=150_280,
            mean_rse=Decimal("0.5"),
            employment=338_940,
            jobs_per_1000=Decimal("18.609"),
            location_quotient=Decimal("0.86"),
        )
        make_wage(
            cls.nurse,
            cls.texas,
            percentiles=[67_120, 79_170, 95_970, 105_100, 127_950],
            annual_mean=95_380,
            mean_rse=Decimal("0.6"),
            employment=271_380,
            jobs_per_1000=Decimal("19.287"),
            location_quotient=Decimal("0.89"),
        )
        make_wage(cls.nurse, cls.ohio, annual_mean=95_200, mean_rse=Decimal("0.8"), employment=130_000)
        make_wage(cls.nurse, cls.akron, annual_mean=90_000, mean_rse=Decimal("1.5"), employment=5_000)

    def test_shows_the_occupation_in_both_places_with_the_bls_citation(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Place Nurse in California vs Texas"])
        pay = page.table("Pay of place nurses in California and Texas, May 2025[1]")
        self.assertEqual(pay[""], ["California", "Texas"])
        self.assertEqual(pay["Annual mean wage"], ["$150,280", "$95,380"])
        self.assertEqual(pay["Hourly mean wage"], ["$72.25", "$45.86"])
        self.assertEqual(pay["10th percentile"], ["$101,260", "$67,120"])
        self.assertEqual(pay["Median annual wage"], ["$140,270", "$95,970"])
        self.assertEqual(pay["90th percentile"], ["$213,320", "$127,950"])
        jobs = page.table("Jobs of place nurses in California and Texas, May 2025[1]")
        self.assertEqual(jobs["Employment"], ["338,940", "271,380"])
        self.assertEqual(jobs["Jobs per 1,000 jobs"], ["18.609", "19.287"])
        self.assertEqual(jobs["Location quotient"], ["0.86", "0.89"])
        self.assertIn(CITATION, page.text)
        self.assertIn(
            "The mean annual wage of place nurses is $150,280 in California, $54,900 more than the $95,380 "
            f"in Texas, a gap {LARGER}.",
            page.text,
        )
        self.assertEqual(page.text.count(TEST), 1)
        self.assertContains(response, f'<link rel="canonical" href="http://testserver{URL}">')

    def test_pay_after_prices_is_shown_and_cited_to_bea(self):
        page = Page(self.client.get(URL))
        after = page.table("Pay of place nurses at U.S. average prices, May 2025[1]")
        self.assertEqual(after["Price level (U.S. = 100)"], ["112.600", "97.057"])
        self.assertEqual(after["Annual mean wage"], ["$133,460", "$98,270"])
        self.assertEqual(after["Median annual wage"], ["$124,570", "$98,880"])
        self.assertIn(
            "At U.S. average prices, the mean wage of place nurses buys more in California: $133,460 "
            f"against $98,270 in Texas, a gap {LARGER}.",
            page.text,
        )
        self.assertIn(f"{prices.RPP_NAME}, as of 2024.", page.text)
        self.assertIn(prices.METHOD, page.text)

    def test_a_place_without_a_price_level_shows_dashes_and_says_so(self):
        page = Page(self.client.get("/careers/place-nurse/in/ohio-vs-texas/"))
        after = page.table("Pay of place nurses at U.S. average prices, May 2025[1]")
        self.assertEqual(after["Price level (U.S. = 100)"], [DASH, "97.057"])
        self.assertEqual(after["Annual mean wage"], [DASH, "$98,270"])
        self.assertIn(prices.NO_PRICE_LEVEL.format("Ohio"), page.text)
        self.assertNotIn("buys more", page.text)

    def test_a_gap_within_the_error_is_not_called_more(self):
        page = Page(self.client.get("/careers/place-nurse/in/ohio-vs-texas/"))
        self.assertIn(
            "The mean annual wage of place nurses is $95,200 in Ohio and $95,380 in Texas: a gap of $180, "
            f"{WITHIN}, so the survey cannot tell which pays more on average.",
            page.text,
        )

    def test_chart_draws_each_place_in_the_same_style(self):
        response = self.client.get(URL)
        table = Page(response).table("Annual wage percentiles in California and Texas, May 2025[1]")
        self.assertEqual(table[""], ["California", "Texas"])
        self.assertEqual(table["Median"], ["$140,270", "$95,970"])
        self.assertContains(response, "California, median $140,270")
        self.assertContains(response, "Annual wage percentiles of place nurses in California and Texas")
        self.assertContains(response, "<svg", count=2)

    def test_the_reverse_order_answers_301_to_the_canonical_order(self):
        response = self.client.get("/careers/place-nurse/in/texas-vs-california/")
        self.assertRedirects(response, URL, status_code=301)

    def test_the_nation_or_one_area_twice_goes_to_the_areas_own_page(self):
        make_area("U.S.", AreaKind.NATION, slug="united-states")
        for url in [
            "/careers/place-nurse/in/texas-vs-texas/",
            "/careers/place-nurse/in/texas-vs-united-states/",
        ]:
            with self.subTest(url=url):
                self.assertRedirects(self.client.get(url), "/careers/place-nurse/in/texas/", status_code=301)

    def test_a_former_slug_answers_301(self):
        FormerSlug.objects.create(occupation=self.nurse, slug="old-nurse")
        response = self.client.get("/careers/old-nurse/in/texas-vs-california/")
        self.assertRedirects(response, URL, status_code=301, fetch_redirect_response=False)

    def test_unknown_area_or_occupation_or_address_is_a_helpful_404(self):
        cases = {
            "/careers/place-nurse/in/atlantis-vs-texas/": "We have no area at \u201catlantis\u201d.",
            "/careers/no-such-job/in/california-vs-texas/": "We have no occupation at \u201cno-such-job\u201d.",
            "/careers/place-nurse/in/ohio-vs-texas-vs-guam/": "An address comparing two places names two areas",
        }
        for url, message in cases.items():
            with self.subTest(url=url):
                self.assertContains(self.client.get(url), message, status_code=404)

    def test_a_place_without_an_estimate_shows_dashes_says_so_and_is_not_indexed(self):
        response = self.client.get("/careers/place-nurse/in/guam-vs-texas/")
        page = Page(response)
        pay = page.table("Pay of place nurses in Guam and Texas, May 2025[1]")
        self.assertEqual(pay["Annual mean wage"], [DASH, "$95,380"])
        self.assertIn("BLS published no estimate for place nurses in Guam.", page.text)
        self.assertIn(
            "The mean annual wage of place nurses is $95,380 in Texas; BLS published none for Guam.",
            page.text,
        )
        self.assertContains(response, ROBOTS)
        self.assertNotContains(self.client.get(URL), ROBOTS)

    def test_breadcrumbs_and_structured_data_name_both_places(self):
        response = self.client.get(URL)
        html = response.content.decode()
        self.assertIn('"name":"California vs Texas"', html)
        self.assertIn('{"@type":"State","name":"California"}', html)
        self.assertIn('{"@type":"State","name":"Texas"}', html)
        self.assertIn('"median":140270', html)

    def test_no_sitemap_lists_the_page(self):
        index = locations(self.client.get("/sitemap.xml"))
        listed = [
            url
            for sitemap in index
            for url in locations(self.client.get(sitemap.removeprefix("http://testserver")))
        ]
        self.assertIn("http://testserver/careers/place-nurse/", listed)
        self.assertFalse(
            [url for url in listed if "-vs-" in url and url.startswith("http://testserver/careers/")]
        )

    def test_picker_on_the_occupation_page_works_without_javascript(self):
        response = self.client.get("/careers/place-nurse/")
        html = response.content.decode()
        self.assertEqual(form_data(response, "places-picker"), {"a": "", "b": ""})
        self.assertContains(response, 'action="/careers/place-nurse/in/compare/"')
        self.assertIn("Compare pay in two places", Page(response).heading_texts("h2"))
        form = html[html.index('id="places-picker"') :]
        form = form[: form.index("</form>")]
        # States where BLS published the occupation's figures; metro areas on the form's own page.
        self.assertIn('<option value="texas">Texas</option>', form)
        self.assertNotIn('value="guam"', form)
        self.assertNotIn("akron-oh", form)
        self.assertIn('<a href="/careers/place-nurse/in/compare/">pick from every place</a>', form)
        every = self.client.get("/careers/place-nurse/in/compare/").content.decode()
        self.assertIn('<option value="akron-oh">Akron, OH</option>', every)
        self.assertNotIn("hill-country", every)
        on_ohio = self.client.get("/careers/place-nurse/in/ohio/")
        self.assertEqual(form_data(on_ohio, "places-picker"), {"a": "ohio", "b": ""})
        form = on_ohio.content.decode()[on_ohio.content.decode().index('id="places-picker"') :]
        self.assertEqual(
            form[: form.index("</form>")].count('<option value="akron-oh">Akron, OH</option>'), 2
        )
        chosen = {"a": "texas", "b": "california"}
        self.assertRedirects(
            self.client.get("/careers/place-nurse/in/compare/", chosen), URL, status_code=302
        )

    def test_picker_without_two_places_answers_400_with_the_form_again(self):
        for query in [{"a": "texas"}, {"a": "", "b": ""}, {"b": "\x00"}]:
            with self.subTest(query=query):
                response = self.client.get("/careers/place-nurse/in/compare/", query)
                self.assertContains(response, "Pick two places to compare.", status_code=400)
                self.assertIn("a", form_data(response, "places-picker"))
        unsubmitted = self.client.get("/careers/place-nurse/in/compare/")
        self.assertContains(unsubmitted, 'id="places-picker"')
        self.assertNotContains(unsubmitted, "Pick two places to compare.")
        self.assertEqual(self.client.get("/careers/no-such-job/in/compare/").status_code, 404)

    def test_picker_of_a_former_slug_moves_with_the_choice(self):
        FormerSlug.objects.create(occupation=self.nurse, slug="old-nurse")
        response = self.client.get("/careers/old-nurse/in/compare/", {"a": "texas", "b": "ohio"})
        self.assertRedirects(
            response,
            "/careers/place-nurse/in/compare/?a=texas&b=ohio",
            status_code=301,
            fetch_redirect_response=False,
        )

    def test_the_nations_figures_stay_off_the_page(self):
        page = Page(self.client.get(URL))
        self.assertNotIn("$101,420", page.text)


class PlacesQueryTests(TestCase):
    """The page costs the same few queries however many areas and cells there are."""

    MAX_QUERIES = 6

    def queries_for(self, count):
        occupation = make_occupation(f"Query Nurse {count}")
        for n in range(count + 1):
            area = make_area(f"Query Place {count} {n}", slug=f"query-place-{count}-{n}")
            make_wage(occupation, area, percentiles=[1, 2, 3, 4, 5], annual_mean=3, mean_rse=1)
        url = f"/careers/{occupation.slug}/in/query-place-{count}-0-vs-query-place-{count}-1/"
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries), [q["sql"] for q in queries.captured_queries]

    def test_query_count_is_small_and_fixed(self):
        (few, sql), (many, _) = self.queries_for(1), self.queries_for(50)
        self.assertLessEqual(few, self.MAX_QUERIES, sql)
        self.assertEqual(few, many)


def place(name, price_level=None):
    return Area(name=name, slug=name.lower(), kind=AreaKind.STATE, price_level=price_level)


NURSE = Occupation(title="Registered Nurse")
PLACES = [place("Ohio", Decimal("90")), place("Texas", Decimal("100"))]


def test_pay_sentence_names_equal_means_once():
    cells = [Wage(annual_mean=90_000, mean_rse=1), Wage(annual_mean=90_000, mean_rse=1)]
    assert pay_sentence(NURSE, PLACES, cells) == (
        "The mean annual wage of registered nurses is $90,000 in both Ohio and Texas."
    )


def test_pay_sentence_without_errors_or_with_a_top_coded_mean_ranks_nothing():
    cells = [Wage(annual_mean=90_000), Wage(annual_mean=95_000)]
    assert pay_sentence(NURSE, PLACES, cells) == (
        "The mean annual wage of registered nurses is $90,000 in Ohio and $95,000 in Texas."
    )
    top = [Wage(top_coded=["annual_mean"], mean_rse=1), Wage(annual_mean=95_000, mean_rse=1)]
    assert pay_sentence(NURSE, PLACES, top) == (
        "The mean annual wage of registered nurses is $239,200 or more in Ohio and $95,000 in Texas."
    )


def test_pay_sentence_without_any_mean_says_so():
    assert pay_sentence(NURSE, PLACES, [None, None]) == (
        "BLS published no mean wage of registered nurses in Ohio or Texas."
    )


def test_prices_sentence_within_the_error_does_not_say_where_pay_buys_more():
    cells = [Wage(annual_mean=90_000, mean_rse=2), Wage(annual_mean=99_000, mean_rse=2)]
    assert prices_sentence(NURSE, PLACES, cells) == (
        "At U.S. average prices, the mean wage of registered nurses is $100,000 in Ohio and $99,000 in "
        f"Texas: a gap of $1,000, {WITHIN}, so the survey cannot tell where it buys more."
    )


def test_prices_sentence_needs_both_price_levels():
    cells = [Wage(annual_mean=90_000, mean_rse=1), Wage(annual_mean=99_000, mean_rse=1)]
    assert prices_sentence(NURSE, [place("Ohio"), PLACES[1]], cells) == ""
