"""Pay after prices on the pages: area tables at U.S. prices, the comparison's sentence, the
rankings after prices beside the nominal ones, and the top states' sortable tables."""

import json
from decimal import Decimal

from django.test import TestCase

from careers import prices
from careers.models import AreaKind
from tests.factories import make_occupation, make_source
from tests.pages import Page
from tests.wage_factories import make_area, make_wage

PAIR = "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
TEXAS = f"{PAIR}in/texas/"
TRUSTED = {"employment_rse": Decimal("2.0"), "mean_rse": Decimal("1.5")}
# (state, price level, collectors' annual mean, customer service's, jobs).
STATES = [
    ("Texas", "97.057", 46_170, 43_220, 21_720),
    ("California", "110.720", 59_590, 50_000, 13_880),
    ("Iowa", "87.762", 44_000, 47_740, 1_500),
    ("Massachusetts", "105.757", 59_710, 52_000, 2_510),
]


def rpp_source():
    return make_source(
        prices.RPP_NAME,
        as_of=prices.RPP.as_of,
        as_of_label=prices.RPP.as_of_label,
        short_name=prices.RPP.short_name,
        url=prices.RPP.url,
    )


class PayAfterPricesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        source = rpp_source()
        cls.collectors = make_occupation(
            "Bill and Account Collectors",
            soc_code="43-3011",
            highest_paying_state="Massachusetts",
            highest_paying_state_after_prices="Kansas",
            highest_paying_state_after_prices_source=source,
        )
        cls.customer = make_occupation("Customer Service Representatives", soc_code="43-4051")
        make_wage(cls.collectors, annual_mean=49_060, percentiles=[34_400, 39_010, 47_030, 56_740, 65_580])
        make_wage(cls.customer, annual_mean=46_590, percentiles=[31_750, 36_870, 44_770, 51_780, 63_590])
        for name, level, collectors, customer, jobs in STATES:
            state = make_area(
                name, AreaKind.STATE, price_level=Decimal(level), price_area=name, price_source=source
            )
            make_wage(cls.collectors, state, annual_mean=collectors, employment=jobs, **TRUSTED)
            make_wage(cls.customer, state, annual_mean=customer, employment=jobs * 10, **TRUSTED)
        cls.texas = make_area("Texas", AreaKind.STATE)
        cls.texas.wages.filter(occupation=cls.collectors).update(
            annual_median=45_710, annual_p10=30_730, annual_p90=60_130
        )
        # Too few jobs to rank, though it would top the table.
        vermont = make_area("Vermont", AreaKind.STATE, price_level=Decimal("97.958"), price_source=source)
        make_wage(cls.collectors, vermont, annual_mean=90_000, employment=400, **TRUSTED)
        guam = make_area("Guam", AreaKind.TERRITORY)
        make_wage(cls.collectors, guam, annual_mean=40_000, employment=1_000)
        make_wage(cls.customer, guam, annual_mean=38_000, employment=1_000)

    def test_area_table_gives_each_annual_wage_at_us_prices_with_the_price_level_and_method(self):
        response = self.client.get(TEXAS)
        page = Page(response)
        table = page.table("Bill and Account Collectors in Texas and the United States, May 2025[1]")
        self.assertEqual(table["Annual mean wage"], ["$46,170", "$49,060"])
        self.assertEqual(table["Annual mean wage at U.S. prices"], ["$47,570", "$49,060"])
        self.assertEqual(table["Median annual wage at U.S. prices"], ["$47,100", "$47,030"])
        self.assertEqual(table["10th percentile at U.S. prices"], ["$31,660", "$34,400"])
        self.assertEqual(table["90th percentile at U.S. prices"], ["$61,950", "$65,580"])
        self.assertNotIn("Hourly mean wage at U.S. prices", table)
        self.assertNotIn("Employment at U.S. prices", table)
        other = page.table("Customer Service Representatives in Texas and the United States, May 2025[1]")
        self.assertEqual(other["Annual mean wage at U.S. prices"], ["$44,530", "$46,590"])
        self.assertIn(
            "At U.S. prices: Texas price level 97.057 (U.S. = 100), BEA Regional Price Parities, 2024[2].",
            page.text,
        )
        self.assertIn(prices.METHOD, page.text)
        self.assertIn("U.S. Bureau of Economic Analysis, Regional Price Parities, as of 2024.", page.text)
        self.assertContains(response, 'href="#source-2"')

    def test_pair_summary_says_which_pays_more_after_prices_and_by_how_much(self):
        page = Page(self.client.get(TEXAS))
        self.assertIn(
            "At U.S. average prices, bill and account collectors in Texas earn $47,570 a year on average, "
            "$3,040 more than customer service representatives ($44,530).",
            page.text,
        )

    def test_an_area_without_a_price_level_says_so_instead_of_a_number(self):
        response = self.client.get(f"{PAIR}in/guam/")
        page = Page(response)
        sentence = "BEA publishes no price level for Guam, so we cannot say what its pay buys."
        self.assertIn(sentence, page.text)
        table = page.table("Bill and Account Collectors in Guam and the United States, May 2025[1]")
        self.assertEqual(table["Annual mean wage"], ["$40,000", "$49,060"])
        self.assertNotIn("Annual mean wage at U.S. prices", table)
        self.assertNotIn("At U.S. average prices, bill", page.text)
        occupation_page = Page(self.client.get(f"/careers/{self.collectors.slug}/in/guam/"))
        self.assertIn(sentence, occupation_page.text)

    def test_occupation_area_page_gives_pay_at_us_prices_too(self):
        page = Page(self.client.get(f"/careers/{self.collectors.slug}/in/texas/"))
        table = page.table("Bill and Account Collectors in Texas and the United States, May 2025[1]")
        self.assertEqual(table["Annual mean wage at U.S. prices"], ["$47,570", "$49,060"])
        self.assertIn("Texas price level 97.057 (U.S. = 100)", page.text)

    def test_national_pages_have_no_area_figures_at_us_prices(self):
        response = self.client.get(PAIR)
        self.assertNotContains(response, "at U.S. prices</th>")
        self.assertNotContains(response, "At U.S. average prices, bill")

    def test_rankings_after_prices_stand_beside_the_nominal_ones_cited(self):
        page = Page(self.client.get(f"/careers/{self.collectors.slug}/"))
        table = page.table("Bill and Account Collectors salary")
        self.assertEqual(table["Highest paying state"], ["Massachusetts"])
        self.assertEqual(table["Highest paying state after prices"], ["Kansas (BEA RPP 2024)"])
        self.assertIn(prices.RANKING_METHOD, page.text)

    def top_states(self, url, caption):
        return Page(self.client.get(url)).table(caption)

    def test_top_states_table_ranks_states_by_pay_at_us_prices_above_the_floors(self):
        caption = "Top 10 states for bill and account collectors by annual mean wage at U.S. prices[2][1]"
        table = self.top_states(f"/careers/{self.collectors.slug}/", caption)
        self.assertEqual(
            table[""], ["Annual mean wage", "Price level (U.S. = 100)", "At U.S. prices", "Jobs"]
        )
        self.assertEqual(list(table)[1:], ["Massachusetts", "California", "Iowa", "Texas"])
        self.assertEqual(table["Texas"], ["$46,170", "97.057", "$47,570", "21,720"])
        self.assertEqual(table["Massachusetts"], ["$59,710", "105.757", "$56,460", "2,510"])
        self.assertNotIn("Vermont", table)
        self.assertNotIn("Guam", table)
        response = self.client.get(f"/careers/{self.collectors.slug}/")
        self.assertContains(response, "States with at least 1,000 jobs")
        self.assertContains(response, f'href="/careers/{self.collectors.slug}/in/texas/">Texas</a>')

    def test_top_states_table_sorts_by_a_query_parameter_with_links(self):
        url = f"/careers/{self.collectors.slug}/"
        caption = "Top 10 states for bill and account collectors by annual mean wage at U.S. prices[2][1]"
        table = self.top_states(f"{url}?sort=-employment", caption)
        self.assertEqual(list(table)[1:], ["Texas", "California", "Massachusetts", "Iowa"])
        table = self.top_states(f"{url}?sort=state", caption)
        self.assertEqual(list(table)[1:], ["California", "Iowa", "Massachusetts", "Texas"])
        self.assertEqual(
            list(self.top_states(f"{url}?sort=nonsense", caption))[1:],
            ["Massachusetts", "California", "Iowa", "Texas"],
        )
        response = self.client.get(url)
        self.assertContains(response, f'href="?sort=price_level#after-prices-{self.collectors.slug}"')

    def test_pair_page_sorts_each_occupations_table_by_its_own_parameter(self):
        first = "Top 10 states for bill and account collectors by annual mean wage at U.S. prices[2][1]"
        second = "Top 10 states for customer service representatives by annual mean wage at U.S. prices[2][1]"
        page = Page(self.client.get(f"{PAIR}?second-sort=state"))
        self.assertEqual(list(page.table(first))[1:], ["Massachusetts", "California", "Iowa", "Texas"])
        self.assertEqual(list(page.table(second))[1:], ["California", "Iowa", "Massachusetts", "Texas"])
        self.assertContains(self.client.get(PAIR), 'href="?first-sort=state#after-prices-')

    def test_downloads_carry_the_rankings_after_prices(self):
        data = json.loads(self.client.get(f"{PAIR}data.json").content)
        figures = {f["figure"]: f for f in data["occupations"][0]["figures"]}
        found = figures["Highest paying state after prices"]
        self.assertEqual(found["value"], "Kansas")
        self.assertEqual(found["source"]["name"], prices.RPP_NAME)
        csv = self.client.get(f"{PAIR}data.csv").content.decode()
        self.assertIn(
            'Highest paying state after prices,Kansas,,,"U.S. Bureau of Economic Analysis, Regional Price Parities"',
            csv,
        )
