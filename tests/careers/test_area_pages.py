"""Pay where you live on the occupation page, the area picker, and the pages of areas."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from careers.models import AreaKind
from tests.factories import make_occupation
from tests.pages import Page, form_data
from tests.wage_factories import make_area, make_wage, nation

DASH = "\u2014"
CITATION = "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025"


def make_collector():
    collector = make_occupation("Area Collector", soc_code="43-3011")
    make_wage(
        collector,
        percentiles=[33_000, 38_000, 46_000, 58_000, 70_000],
        annual_mean=49_060,
        employment=158_830,
    )
    return collector


class OccupationAreaPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.collector = make_collector()
        cls.texas = make_area("Texas", AreaKind.STATE, slug="texas", state="TX")
        cls.abilene = make_area("Abilene, TX", AreaKind.METRO, slug="abilene-tx", state="TX")
        cls.guam = make_area("Guam", AreaKind.TERRITORY, slug="guam")
        cls.hills = make_area(
            "Hill Country nonmetropolitan area", AreaKind.NONMETRO, slug="hill-country", state="TX"
        )
        cls.akron = make_area("Akron, OH", AreaKind.METRO, slug="akron-oh", state="OH")
        make_wage(
            cls.collector,
            cls.texas,
            percentiles=[30_000, 35_000, 42_000, 52_000, 63_000],
            annual_mean=44_850,
            employment=17_420,
        )
        cls.url = "/careers/area-collector/in/texas/"

    def test_area_page_shows_the_area_beside_the_nation_with_the_bls_citation(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Area Collector in Texas"])
        table = page.table("Area Collector in Texas and the United States, May 2025[1]")
        self.assertEqual(table[""], ["Texas", "United States"])
        self.assertEqual(table["Annual mean wage"], ["$44,850", "$49,060"])
        self.assertEqual(table["Hourly mean wage"], ["$21.56", "$23.59"])
        self.assertEqual(table["Median annual wage"], ["$42,000", "$46,000"])
        self.assertEqual(table["10th percentile"], ["$30,000", "$33,000"])
        self.assertEqual(table["90th percentile"], ["$63,000", "$70,000"])
        self.assertEqual(table["Employment"], ["17,420", "158,830"])
        self.assertIn(CITATION, page.text)
        self.assertIn("Area Collector, median $42,000", response.content.decode())

    def test_only_an_area_with_the_occupations_figures_may_be_indexed(self):
        robots = '<meta name="robots" content="noindex">'
        self.assertNotContains(self.client.get(self.url), robots)
        for thin in [
            "/careers/area-collector/in/abilene-tx/",
            "/careers/loss-mitigation-specialist/in/texas/",
        ]:
            with self.subTest(url=thin):
                response = self.client.get(thin)
                self.assertContains(response, robots)
                self.assertContains(response, f'<link rel="canonical" href="http://testserver{thin}">')

    def test_pay_where_you_live_links_to_the_list_of_areas_once(self):
        for url in [self.collector.get_absolute_url(), self.url, "/careers/area-collector/in/guam/"]:
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                section = html[html.index('id="pay-where-you-live"') :]
                section = section[: section.index("</section>")]
                self.assertEqual(section.count('href="/careers/areas/"'), 1)

    def test_canonical_url_is_reversed_by_name(self):
        from django.urls import reverse

        self.assertEqual(reverse("careers:occupation-area", args=["area-collector", "texas"]), self.url)

    def test_area_without_an_estimate_says_so(self):
        response = self.client.get("/careers/area-collector/in/abilene-tx/")
        self.assertContains(response, "BLS published no estimate for area collectors in Abilene, TX.")
        table = Page(response).table("Area Collector in Abilene, TX and the United States, May 2025[1]")
        self.assertEqual(table["Annual mean wage"], [DASH, "$49,060"])
        self.assertContains(
            response, "BLS publishes no annual wage percentiles for area collectors in Abilene, TX."
        )

    def test_occupation_without_any_wages_says_so_for_the_area_and_the_nation(self):
        response = self.client.get("/careers/loss-mitigation-specialist/in/texas/")
        self.assertContains(
            response, "BLS published no estimate for loss mitigation specialists in Texas or for the nation."
        )
        self.assertNotContains(response, "<svg")

    def test_top_coded_area_wages_read_or_more(self):
        surgeon = make_occupation("Area Surgeon")
        make_wage(
            surgeon,
            self.texas,
            percentiles=[150_000, 239_200, 239_200, 239_200, 239_200],
            annual_mean=239_200,
            hourly_mean="115.00",
            top_coded=[
                "annual_p25",
                "annual_median",
                "annual_p75",
                "annual_p90",
                "annual_mean",
                "hourly_mean",
            ],
        )
        table = Page(self.client.get("/careers/area-surgeon/in/texas/")).table(
            "Area Surgeon in Texas and the United States, May 2025[1]"
        )
        self.assertEqual(table["Annual mean wage"], ["$239,200 or more", DASH])
        self.assertEqual(table["Hourly mean wage"], ["$115.00 or more", DASH])
        self.assertEqual(table["10th percentile"], ["$150,000", DASH])
        self.assertEqual(table["90th percentile"], ["$239,200 or more", DASH])

    def test_unknown_area_is_a_helpful_404(self):
        response = self.client.get("/careers/area-collector/in/atlantis/")
        self.assertContains(response, "We have no area at \u201catlantis\u201d.", status_code=404)

    def test_unknown_occupation_in_a_known_area_is_404(self):
        self.assertEqual(self.client.get("/careers/no-such-job/in/texas/").status_code, 404)

    def test_the_nation_as_an_area_redirects_to_the_national_page(self):
        nation()
        response = self.client.get("/careers/area-collector/in/united-states/")
        self.assertRedirects(response, "/careers/area-collector/", status_code=301)

    def test_picker_groups_areas_by_kind_and_marks_the_chosen_one(self):
        html = self.client.get(self.url).content.decode()
        groups = ["States", "U.S. territories", "Metropolitan areas", "Nonmetropolitan areas"]
        positions = [html.index(f'<optgroup label="{label}">') for label in groups]
        self.assertEqual(positions, sorted(positions))
        self.assertIn('<option value="texas" selected>Texas</option>', html)
        self.assertNotIn(">U.S.</option>", html)

    def test_picker_offers_metro_areas_of_the_chosen_state_only(self):
        on_texas = self.client.get(self.url).content.decode()
        self.assertIn('<option value="abilene-tx">Abilene, TX</option>', on_texas)
        self.assertNotIn("Akron, OH", on_texas)
        national = self.client.get(self.collector.get_absolute_url()).content.decode()
        self.assertIn('<option value="texas">Texas</option>', national)
        self.assertIn('<option value="guam">Guam</option>', national)
        self.assertNotIn("Abilene, TX</option>", national)
        self.assertIn("Pick a state to see its metropolitan areas too", national)

    def test_picker_works_without_javascript(self):
        response = self.client.get(self.collector.get_absolute_url())
        data = form_data(response, "area-picker")
        self.assertEqual(data, {"area": ""})
        action = "/careers/area-collector/in/"
        self.assertContains(response, f'action="{action}"')
        self.assertRedirects(
            self.client.get(action, {"area": "abilene-tx"}),
            "/careers/area-collector/in/abilene-tx/",
            status_code=302,
        )
        self.assertRedirects(
            self.client.get(action, {"area": ""}), "/careers/area-collector/", status_code=302
        )

    def test_picker_is_left_out_when_there_are_no_areas(self):
        from careers.models import Area

        Area.objects.all().delete()
        self.assertNotContains(self.client.get(self.collector.get_absolute_url()), "area-picker")


class OccupationAreaQueryTests(TestCase):
    """The area page costs the same few queries however many areas and cells there are."""

    MAX_QUERIES = 21

    def queries_for(self, count):
        occupation = make_occupation(f"Query Keeper {count}", duties=count, skills=count)
        make_wage(occupation, percentiles=[1, 2, 3, 4, 5], annual_mean=3)
        for n in range(count):
            area = make_area(f"Query State {count} {n}", slug=f"query-state-{count}-{n}")
            make_wage(occupation, area, percentiles=[1, 2, 3, 4, 5], annual_mean=3, employment=n)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(f"/careers/{occupation.slug}/in/query-state-{count}-0/")
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_query_count_is_small_and_fixed(self):
        few, many = self.queries_for(1), self.queries_for(50)
        self.assertLessEqual(few, self.MAX_QUERIES)
        self.assertEqual(few, many)


class AreaDetailTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ohio = make_area("Ohio", AreaKind.STATE, slug="ohio")
        cls.cook = make_occupation("Ohio Cook")
        cls.baker = make_occupation("Ohio Baker")
        make_wage(cls.cook, cls.ohio, annual_mean=36_010, employment=41_000)
        make_wage(cls.baker, cls.ohio, annual_mean=239_200, employment=None, top_coded=["annual_mean"])
        make_wage(cls.baker, annual_mean=38_000, employment=200_000)

    def test_lists_the_occupations_of_the_area_with_their_figures(self):
        response = self.client.get(self.ohio.get_absolute_url())
        self.assertEqual(self.ohio.get_absolute_url(), "/careers/areas/ohio/")
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Jobs and pay in Ohio"])
        self.assertContains(
            response,
            '<td class="num">$239,200 or more</td>',
            html=True,
        )
        self.assertContains(response, '<a href="/careers/ohio-cook/in/ohio/">Ohio Cook</a>', html=True)
        self.assertContains(response, '<td class="num">41,000</td>', html=True)
        self.assertNotContains(response, "200,000")
        self.assertIn("May 2025", page.text)

    def test_table_is_paginated(self):
        for n in range(101):
            make_wage(make_occupation(f"Ohio Worker {n:03}"), self.ohio, annual_mean=30_000 + n)
        first = self.client.get(self.ohio.get_absolute_url())
        self.assertContains(first, "Ohio Baker")
        self.assertNotContains(first, "Ohio Worker 100")
        second = self.client.get(self.ohio.get_absolute_url(), {"page": 2})
        self.assertContains(second, "Ohio Worker 100")

    def test_sorting_by_employment_puts_missing_figures_last_either_way(self):
        for order in ("employment", "-employment"):
            with self.subTest(order=order):
                html = self.client.get(self.ohio.get_absolute_url(), {"sort": order}).content.decode()
                self.assertLess(html.index("Ohio Cook"), html.index("Ohio Baker"))

    def test_unknown_area_is_a_helpful_404(self):
        response = self.client.get("/careers/areas/atlantis/")
        self.assertContains(response, "We have no area at \u201catlantis\u201d.", status_code=404)

    def test_query_count_does_not_grow_with_the_occupations(self):
        counts = []
        for count in (1, 50):
            area = make_area(f"Count State {count}", slug=f"count-state-{count}")
            for n in range(count):
                make_wage(make_occupation(f"Count Worker {count} {n}"), area, annual_mean=1000 + n)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(area.get_absolute_url()).status_code, 200)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
        self.assertLessEqual(counts[0], 4)

    def test_area_list_groups_areas_by_kind(self):
        make_area("Springfield, OH", AreaKind.METRO, slug="springfield-oh")
        nation()
        response = self.client.get("/careers/areas/")
        page = Page(response)
        self.assertEqual(page.heading_texts("h1"), ["Pay by state and metro area"])
        self.assertIn("States", page.heading_texts("h2"))
        self.assertIn("Metropolitan areas", page.heading_texts("h2"))
        self.assertContains(
            response, '<a href="/careers/areas/springfield-oh/">Springfield, OH</a>', html=True
        )
        self.assertNotContains(response, ">U.S.</a>")
