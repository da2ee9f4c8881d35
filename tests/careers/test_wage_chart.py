"""The wage distribution chart, the BLS release beside BLS figures, and the dashes for what BLS lacks."""

import re

from django.test import SimpleTestCase, TestCase

from careers import bls
from careers.charts import Tick, nice_scale, wage_chart
from careers.citations import Citations
from careers.models import Occupation, Wage
from tests.factories import make_occupation, make_source
from tests.pages import Page
from tests.wage_factories import make_wage, oews_source

DASH = "\u2014"
RANKING_NOTE = "Highest and best paying are chosen among areas and industries with at least 1,000 jobs"


def chart_of(response):
    """The chart's markup: its words and its drawings, up to its caption."""
    match = re.search(r'<div class="chart".*?</figcaption>', response.content.decode(), re.S)
    return match.group(0) if match else None


class ScaleTests(SimpleTestCase):
    def test_axis_ends_on_a_round_number_above_the_highest_wage(self):
        self.assertEqual(nice_scale(70_000), (80_000, 20_000))
        self.assertEqual(nice_scale(239_200), (250_000, 50_000))
        self.assertEqual(nice_scale(557_130), (600_000, 100_000))

    def test_a_tiny_wage_still_gets_one_step(self):
        self.assertEqual(nice_scale(0), (5_000, 5_000))

    def test_axis_labels_are_short(self):
        self.assertEqual(
            [Tick(v, 0).text for v in (0, 5_000, 50_000, 250_000)], ["$0", "$5k", "$50k", "$250k"]
        )


class ChartTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.low = make_occupation("Chart Low Earner")
        cls.high = make_occupation("Chart High Earner")
        cls.bare = make_occupation("Chart Unpublished")
        cls.low_wage = make_wage(
            cls.low, percentiles=[20_000, 25_000, 30_000, 35_000, 40_000], annual_mean=31_000
        )
        cls.high_wage = make_wage(
            cls.high,
            percentiles=[90_000, 150_000, 239_200, 239_200, 239_200],
            annual_mean=239_200,
            top_coded=["annual_median", "annual_p75", "annual_p90", "annual_mean", "hourly_mean"],
        )

    def test_both_occupations_share_one_scale(self):
        chart = wage_chart([(self.low, self.low_wage), (self.high, self.high_wage)])
        low, high = chart.series
        self.assertEqual([t.value for t in chart.ticks], [0, 50_000, 100_000, 150_000, 200_000, 250_000])
        scale = (chart.ticks[-1].x - chart.ticks[0].x) / 250_000
        for series in (low, high):
            for point in series.points.values():
                self.assertAlmostEqual(point.x, chart.ticks[0].x + point.value * scale, places=0)
        self.assertLess(low.points["90th percentile"].x, high.points["10th percentile"].x)

    def test_top_coded_percentiles_reach_the_top_code_and_say_or_more(self):
        chart = wage_chart([(self.high, self.high_wage)])
        (series,) = chart.series
        self.assertEqual(series.points["Median"].text, "$239,200 or more")
        self.assertEqual(series.top_point.value, Wage.TOP_CODE_ANNUAL)
        self.assertEqual(series.points["25th percentile"].text, "$150,000")
        self.assertIn("90th percentile $239,200 or more", chart.description)

    def test_a_top_coded_percentile_without_a_number_is_drawn_at_the_top_code(self):
        wage = Wage(annual_p10=100_000, annual_p90=None, top_coded=["annual_p90"], source=oews_source())
        (series,) = wage_chart([(self.high, wage)]).series
        self.assertEqual(series.points["90th percentile"].value, Wage.TOP_CODE_ANNUAL)
        self.assertEqual(series.points["90th percentile"].text, "$239,200 or more")

    def test_occupations_without_percentiles_are_listed_not_drawn(self):
        chart = wage_chart([(self.bare, None), (self.low, self.low_wage)])
        self.assertEqual([s.occupation for s in chart.series], [self.low])
        self.assertEqual(chart.missing, [self.bare])
        empty = wage_chart([(self.bare, Wage(source=oews_source()))])
        self.assertEqual(empty.series, [])
        self.assertEqual(empty.ticks, [])

    def test_partial_percentiles_draw_what_was_published(self):
        wage = Wage(annual_p10=30_000, annual_median=40_000, source=oews_source())
        chart = wage_chart([(self.low, wage)])
        (series,) = chart.series
        self.assertIsNone(series.box)
        self.assertEqual(chart.rows[1], ("25th percentile", [("Chart Low Earner", DASH)]))

    def test_the_chart_cites_its_source(self):
        citations = Citations({})
        chart = wage_chart([(self.low, self.low_wage)], citations=citations)
        self.assertIn("[1]", chart.mark)
        self.assertEqual(citations.sources, [(1, oews_source())])
        self.assertEqual(chart.release, "May 2025")


class ChartOnPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.collector = make_occupation("Chart Collector", soc_code="43-3011")
        cls.surgeon = make_occupation("Chart Surgeon", soc_code="29-1249")
        make_wage(cls.collector, percentiles=[33_000, 38_000, 46_000, 58_000, 70_000], annual_mean=49_060)
        make_wage(
            cls.surgeon,
            percentiles=[120_000, 200_000, 239_200, 239_200, 239_200],
            annual_mean=239_200,
            top_coded=["annual_median", "annual_p75", "annual_p90", "annual_mean"],
        )

    def test_occupation_page_draws_an_accessible_chart_with_its_numbers_beside_it(self):
        response = self.client.get(self.collector.get_absolute_url())
        chart = chart_of(response)
        self.assertIn(
            '<div class="chart" role="img" aria-labelledby="wage-chart-title" aria-describedby="wage-chart-desc">',
            chart,
        )
        self.assertIn(
            '<span class="visually-hidden" id="wage-chart-title">Annual wage percentiles of Chart Collector in '
            "the United States, May 2025</span>",
            chart,
        )
        self.assertIn("median $46,000, 75th percentile $58,000", chart)
        # Every word is HTML: the drawings hold none, and take their colours from the stylesheet.
        for svg in re.findall(r"<svg.*?</svg>", chart, re.S):
            self.assertNotIn("<text", svg)
            self.assertIn('aria-hidden="true"', svg)
            self.assertNotRegex(svg, r'(fill|stroke)="#')
        self.assertIn('<p class="chart-label">Chart Collector, median $46,000</p>', chart)
        # Evenly spread labels, placed by the stylesheet: the page carries no inline style.
        self.assertRegex(chart, r'<div class="chart-axis ticks-\d"><span>\$0</span>')
        self.assertNotIn("style=", response.content.decode())
        # Structured data and the compare form's suggestions are the only scripts: the chart needs none.
        self.assertNotRegex(
            response.content.decode(),
            r"<script(?! type=\"application/ld\+json\")(?! src=\"/static/js/combobox)",
        )
        table = Page(response).table("Annual wage percentiles in the United States, May 2025[1]")
        self.assertEqual(table[""], ["Chart Collector"])
        self.assertEqual(table["10th percentile"], ["$33,000"])
        self.assertEqual(table["Median"], ["$46,000"])
        self.assertEqual(table["90th percentile"], ["$70,000"])

    def test_comparison_chart_draws_both_occupations_and_top_codes_read_or_more(self):
        response = self.client.get("/compare/chart-collector-vs-chart-surgeon/")
        chart = chart_of(response)
        self.assertEqual(chart.count("<circle"), 5 + 2)
        self.assertIn("<polygon", chart)
        self.assertIn('<p class="chart-note">90th percentile: $239,200 or more</p>', chart)
        table = Page(response).table("Annual wage percentiles in the United States, May 2025[1]")
        self.assertEqual(table[""], ["Chart Collector", "Chart Surgeon"])
        self.assertEqual(table["Median"], ["$46,000", "$239,200 or more"])
        self.assertEqual(table["90th percentile"], ["$70,000", "$239,200 or more"])
        self.assertNotContains(response, "$239,200<")

    def test_occupations_without_wages_show_a_sentence_instead_of_a_chart(self):
        response = self.client.get("/compare/loss-mitigation-specialist-vs-collections-customer-service/")
        self.assertIsNone(chart_of(response))
        self.assertContains(
            response, "BLS publishes no annual wage percentiles for loss mitigation specialists."
        )

    def test_one_occupation_without_wages_leaves_the_other_charted(self):
        make_occupation("Chart Newcomer")
        response = self.client.get("/compare/chart-collector-vs-chart-newcomer/")
        self.assertIn("Chart Collector, median $46,000", chart_of(response))
        self.assertContains(response, "BLS publishes no annual wage percentiles for chart newcomers.")


class BlsFiguresTests(TestCase):
    """BLS figures on the national pages show their release; figures BLS lacks show a dash."""

    @classmethod
    def setUpTestData(cls):
        oews = oews_source()
        cls.occupation = make_occupation(
            "Records Clerk",
            soc_code="43-4199",
            yearly_salary=239_200,
            yearly_salary_source=oews,
            hourly_rate="115.00",
            hourly_rate_source=oews,
            salary_low=41_000,
            salary_high=239_200,
            salary_range_label="10th to 90th percentile",
            salary_range_source=oews,
            jobs=12_340,
            jobs_source=oews,
            highest_paying_state="Alaska",
            highest_paying_state_source=oews,
            highest_paying_city="Anchorage, AK",
            highest_paying_city_source=oews,
            best_paying_industry="Federal Government",
            best_paying_industry_source=oews,
            top_coded=["yearly_salary", "hourly_rate", "salary_high"],
        )

    def test_bls_figures_show_the_release_beside_them(self):
        page = Page(self.client.get(self.occupation.get_absolute_url()))
        salary = page.table("Records Clerk salary")
        self.assertEqual(salary["Highest paying state"], ["Alaska (BLS, May 2025)"])
        self.assertEqual(salary["Best paying industry"], ["Federal Government (BLS, May 2025)"])
        overview = page.table("Records Clerk overview")
        self.assertEqual(overview["Number of jobs"], ["12,340 (BLS, May 2025)"])
        self.assertIn(f"{bls.OEWS_SOURCE_NAME}, as of May 2025.", page.text)

    def test_top_coded_figures_read_or_more(self):
        page = Page(self.client.get(self.occupation.get_absolute_url()))
        overview = page.table("Records Clerk overview")
        self.assertEqual(overview["Yearly salary"], ["$239,200 or more (BLS, May 2025)"])
        self.assertEqual(overview["Hourly rate"], ["$115.00 or more (BLS, May 2025)"])
        salary = page.table("Records Clerk salary")
        self.assertEqual(
            salary["Salary range"],
            ["Between $41,000 and $239,200 or more10th to 90th percentile (BLS, May 2025)"],
        )

    def test_salary_table_states_what_highest_and_best_paying_required(self):
        response = self.client.get(self.occupation.get_absolute_url())
        self.assertContains(response, RANKING_NOTE)
        self.assertContains(response, "a mean wage within 10%.")

    def test_editors_figures_show_neither_release_nor_ranking_rule(self):
        response = self.client.get("/compare/loss-mitigation-specialist-vs-collections-customer-service/")
        self.assertNotContains(response, "(BLS, May 2025)")
        self.assertNotContains(response, RANKING_NOTE)
        other = make_occupation(
            "Records Keeper", highest_paying_state="Ohio", highest_paying_state_source=make_source()
        )
        self.assertNotContains(self.client.get(other.get_absolute_url()), RANKING_NOTE)

    def test_figures_public_sources_leave_out_show_a_dash(self):
        page = Page(self.client.get(self.occupation.get_absolute_url()))
        overview = page.table("Records Clerk overview")
        for label in ("Growth rate", "Openings a year", "Required education (O*NET survey)", "Median age"):
            self.assertEqual(overview[label], [DASH], label)
        demographics = page.table("Records Clerk demographics")
        for label in ("Gender ratio", "Race ratio"):
            self.assertEqual(demographics[label], [DASH], label)

    def test_rows_only_editors_fill_are_left_out_for_a_bls_occupation_without_them(self):
        page = Page(self.client.get(self.occupation.get_absolute_url()))
        overview = page.table("Records Clerk overview")
        for label in ("Job satisfaction", "Most common degree", "Average age", "Years of experience"):
            self.assertNotIn(label, overview)
        self.assertNotIn("LGBT percentage", page.table("Records Clerk demographics"))
        self.assertNotIn("Most common major", page.table("Records Clerk education"))
        self.assertIn(f"Records clerk example responsibilities {DASH}", page.text)
        self.assertIn(f"Common records clerk skills {DASH}", page.text)
        self.assertEqual(Occupation.objects.get(pk=self.occupation.pk).edited_fields, [])
