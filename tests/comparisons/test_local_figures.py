"""On a page about an area every wage figure is the area's, or says it is national.

The overview and salary tables, the summary's salary sentence, the description and the
structured data of ``/careers/<slug>/in/<area>/`` and ``/compare/<pair>/in/<area>/``.
The figures are the real May 2025 cells of bill and account collectors and customer
service representatives in Texas and the nation.
"""

from django.test import SimpleTestCase, TestCase

from careers.local import InArea, where
from careers.models import Area, AreaKind, Occupation, Wage
from tests.factories import make_occupation, make_source
from tests.pages import Page
from tests.test_seo import head
from tests.wage_factories import make_area, make_wage, oews_source

PAIR = "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
TEXAS = PAIR + "in/texas/"
NATIONAL_NOTE = "National figure: none published for Texas"


def national_figures(oews, **fields):
    """An imported occupation's figures as the OEWS import leaves them, cited to ``oews``."""
    return {
        **fields,
        "salary_range_label": "10th to 90th percentile",
        **{f"{name}_source": oews for name in ("yearly_salary", "hourly_rate", "salary_range", "jobs")},
    }


class AreaFiguresData(TestCase):
    @classmethod
    def setUpTestData(cls):
        oews = oews_source()
        cls.collectors = make_occupation(
            "Bill and Account Collectors",
            soc_code="43-3011",
            **national_figures(
                oews,
                yearly_salary=49_060,
                hourly_rate="23.59",
                salary_low=34_130,
                salary_high=66_590,
                jobs=158_830,
            ),
        )
        cls.agents = make_occupation(
            "Customer Service Representatives",
            soc_code="43-4051",
            **national_figures(
                oews,
                yearly_salary=46_590,
                hourly_rate="22.40",
                salary_low=31_390,
                salary_high=65_060,
                jobs=2_595_750,
            ),
        )
        cls.texas = make_area("Texas", AreaKind.STATE, slug="texas", state="TX")
        cls.guam = make_area("Guam", AreaKind.TERRITORY, slug="guam")
        cls.abilene = make_area("Abilene, TX", AreaKind.METRO, slug="abilene-tx", state="TX")
        make_wage(
            cls.collectors,
            percentiles=[34_130, 38_700, 47_030, 57_110, 66_590],
            annual_mean=49_060,
            employment=158_830,
        )
        make_wage(
            cls.agents,
            percentiles=[31_390, 36_100, 42_900, 53_960, 65_060],
            annual_mean=46_590,
            employment=2_595_750,
        )
        make_wage(
            cls.collectors,
            cls.texas,
            percentiles=[30_730, 37_520, 45_710, 52_580, 60_130],
            annual_mean=46_170,
            hourly_mean="22.20",
            employment=21_720,
        )
        make_wage(
            cls.agents,
            cls.texas,
            percentiles=[29_320, 35_420, 40_420, 48_300, 59_590],
            annual_mean=43_220,
            hourly_mean="20.78",
            employment=337_170,
        )
        # Abilene: BLS published only the agents' mean and employment.
        make_wage(cls.agents, cls.abilene, annual_mean=38_010, hourly_mean="18.27", employment=1_060)


class PairInAreaTests(AreaFiguresData):
    def test_overview_and_salary_tables_show_the_areas_figures_labelled_with_it(self):
        page = Page(self.client.get(TEXAS))
        heading = "Bill and account collectors vs customer service representatives"
        overview = page.table(f"{heading} overview")
        self.assertEqual(
            overview["Yearly salary in Texas"], ["$46,170 (BLS, May 2025)", "$43,220 (BLS, May 2025)"]
        )
        self.assertEqual(
            overview["Hourly rate in Texas"], ["$22.20 (BLS, May 2025)", "$20.78 (BLS, May 2025)"]
        )
        self.assertEqual(
            overview["Number of jobs in Texas"], ["21,720 (BLS, May 2025)", "337,170 (BLS, May 2025)"]
        )
        salary = page.table(f"{heading} salary")
        self.assertEqual(
            salary["Average salary in Texas"], ["$46,170 (BLS, May 2025)", "$43,220 (BLS, May 2025)"]
        )
        self.assertEqual(
            salary["Salary range in Texas"],
            [
                "Between $30,730 and $60,13010th to 90th percentile (BLS, May 2025)",
                "Between $29,320 and $59,59010th to 90th percentile (BLS, May 2025)",
            ],
        )
        for national in ("$49,060", "$46,590", "158,830", "$23.59", "$34,130"):
            self.assertNotIn(national, str(overview) + str(salary))

    def test_summary_compares_the_areas_salaries(self):
        self.assertIn(
            "Additionally, in Texas, a bill and account collector has an average salary of $46,170, which is "
            "$2,950 higher than the $43,220 average annual salary of a customer service representative.",
            Page(self.client.get(TEXAS)).text,
        )

    def test_description_gives_the_areas_salaries(self):
        self.assertTrue(
            head(self.client.get(TEXAS))
            .meta["description"][0]
            .startswith(
                "In Texas, bill and account collectors earn $46,170 a year on average and customer service "
                "representatives $43,220."
            )
        )

    def test_structured_data_gives_the_areas_percentiles_for_the_area(self):
        page = self.client.get(TEXAS)
        chart = Page(page).table("Annual wage percentiles in Texas, May 2025[1]")
        for index, thing in enumerate(head(page).things("Occupation")):
            (salary,) = thing["estimatedSalary"]
            self.assertEqual(salary["@type"], "MonetaryAmountDistribution")
            shown = [chart[label][index] for label in ("10th percentile", "25th percentile", "Median")]
            self.assertEqual([f"${salary[k]:,}" for k in ("percentile10", "percentile25", "median")], shown)
            self.assertEqual(thing["occupationLocation"], [{"@type": "State", "name": "Texas"}])
        self.assertEqual(head(page).things("Occupation")[0]["estimatedSalary"][0]["median"], 45_710)

    def test_a_figure_the_area_lacks_is_the_nations_and_says_so(self):
        page = self.client.get(PAIR + "in/abilene-tx/")
        overview = Page(page).table(
            "Bill and account collectors vs customer service representatives overview"
        )
        self.assertEqual(
            overview["Yearly salary in Abilene, TX"],
            [
                "$49,060National figure: none published for Abilene, TX (BLS, May 2025)",
                "$38,010 (BLS, May 2025)",
            ],
        )
        self.assertIn(
            "Additionally, a bill and account collector has an average salary of $49,060 in the United States "
            "and a customer service representative an average annual salary of $38,010 in Abilene, TX.",
            Page(page).text,
        )
        collectors, agents = head(page).things("Occupation")
        self.assertEqual(collectors["occupationLocation"], [{"@type": "Country", "name": "United States"}])
        self.assertEqual(collectors["estimatedSalary"][0]["median"], 47_030)
        # No percentiles for the agents in Abilene: their mean, for Abilene, and no median.
        self.assertEqual(agents["occupationLocation"], [{"@type": "City", "name": "Abilene, TX"}])
        self.assertEqual(agents["estimatedSalary"][0]["@type"], "MonetaryAmount")
        self.assertEqual(agents["estimatedSalary"][0]["value"]["value"], 38_010)

    def test_figures_of_two_places_are_not_ranked(self):
        def overview(url):
            return self.client.get(url).content.decode().split('id="overview"')[1].split("</section>")[0]

        self.assertNotIn("(higher)", overview(PAIR + "in/abilene-tx/"))
        self.assertIn("(higher)", overview(TEXAS))

    def test_national_page_keeps_the_national_figures_unlabelled(self):
        page = Page(self.client.get(PAIR))
        overview = page.table("Bill and account collectors vs customer service representatives overview")
        self.assertEqual(overview["Yearly salary"], ["$49,060 (BLS, May 2025)", "$46,590 (BLS, May 2025)"])
        self.assertNotIn(NATIONAL_NOTE, page.text)
        self.assertIn("$2,470 higher than the $46,590", page.text)


class OccupationInAreaTests(AreaFiguresData):
    def test_occupation_page_shows_the_areas_figures_everywhere(self):
        response = self.client.get("/careers/bill-and-account-collectors/in/texas/")
        page = Page(response)
        overview = page.table("Bill and Account Collectors overview")
        self.assertEqual(overview["Yearly salary in Texas"], ["$46,170 (BLS, May 2025)"])
        self.assertEqual(overview["Number of jobs in Texas"], ["21,720 (BLS, May 2025)"])
        meta = head(response)
        self.assertTrue(
            meta.meta["description"][0].startswith(
                "Bill and account collectors earn $46,170 a year on average in Texas and hold 21,720 jobs in Texas."
            )
        )
        (thing,) = meta.things("Occupation")
        self.assertEqual(thing["estimatedSalary"][0]["percentile90"], 60_130)
        self.assertEqual(thing["occupationLocation"], [{"@type": "State", "name": "Texas"}])

    def test_hand_entered_occupation_in_an_area_shows_its_figures_as_national(self):
        specialist = make_occupation(
            "Loss Specialist", yearly_salary=43_251, yearly_salary_source=make_source(), jobs=None
        )
        response = self.client.get(f"/careers/{specialist.slug}/in/texas/")
        overview = Page(response).table("Loss Specialist overview")
        self.assertEqual(overview["Yearly salary in Texas"], [f"$43,251{NATIONAL_NOTE}"])
        self.assertEqual(overview["Number of jobs in Texas"], ["\u2014None published for Texas"])
        self.assertIn(
            "earn $43,251 a year on average in the United States", head(response).meta["description"][0]
        )
        (thing,) = head(response).things("Occupation")
        self.assertEqual(thing["occupationLocation"], [{"@type": "Country", "name": "United States"}])


class InAreaTests(SimpleTestCase):
    def occupation(self, **fields):
        return Occupation(title="Clerks", top_coded=["yearly_salary", "salary_high"], **fields)

    def test_wage_figures_come_from_the_areas_cell_with_its_top_codes_and_source(self):
        texas = Area(name="Texas", kind=AreaKind.STATE)
        wage = Wage(
            annual_mean=239_200,
            hourly_mean=None,
            annual_p10=90_000,
            annual_p90=None,
            employment=40,
            top_coded=["annual_mean", "annual_p90"],
            source_id=7,
        )
        shown = InArea(
            self.occupation(yearly_salary=1, hourly_rate=2, salary_low=3, salary_high=4), texas, wage
        )
        self.assertEqual(
            (shown.yearly_salary, shown.salary_low, shown.salary_high, shown.jobs),
            (239_200, 90_000, 239_200, 40),
        )
        self.assertEqual(shown.salary_range_label, "10th to 90th percentile")
        self.assertEqual(sorted(shown.top_coded), ["salary_high", "yearly_salary"])
        self.assertEqual((shown.yearly_salary_source_id, shown.jobs_source_id), (7, 7))
        # No hourly mean in Texas: the national one stays, said to be national.
        self.assertEqual(shown.hourly_rate, 2)
        self.assertEqual(
            (where(shown, "yearly_salary"), where(shown, "hourly_rate")), ("Texas", "the United States")
        )
        self.assertEqual(where(shown, "description"), "")
        self.assertEqual(shown.title, "Clerks")

    def test_without_a_cell_every_figure_is_national(self):
        shown = InArea(self.occupation(yearly_salary=1), Area(name="Guam", kind=AreaKind.TERRITORY), None)
        self.assertEqual(
            (shown.yearly_salary, sorted(shown.top_coded)), (1, ["salary_high", "yearly_salary"])
        )
        self.assertEqual(where(shown, "jobs"), "the United States")
        self.assertEqual(where(self.occupation(), "jobs"), "")
