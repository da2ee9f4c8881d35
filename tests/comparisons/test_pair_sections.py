"""Every section of a comparison of two catalog occupations, filled from the public sources.

The figures are those the importers load for bill and account collectors (43-3011) and
customer service representatives (43-4051); each cites its own source.
"""

import datetime
from decimal import Decimal

from django.test import TestCase

from careers.models import Duty, EducationLevel, RaceShare, Skill, Technology
from tests.factories import make_category, make_occupation, make_source
from tests.pages import Page

URL = "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
HEADING = "Bill and account collectors vs customer service representatives"
DASH = "\u2014"
EP = " (BLS projections 2024\u201334)"
ONET = " (O*NET 30.1)"
CPS = " (CPS 2025)"


def sources():
    return {
        "projections": make_source(
            "U.S. Bureau of Labor Statistics, Employment Projections",
            as_of=datetime.date(2025, 9, 1),
            short_name="BLS projections 2024\u201334",
        ),
        "onet": make_source("O*NET 30.1 Database", as_of=datetime.date(2025, 12, 1), short_name="O*NET 30.1"),
        "onet_tasks": make_source(
            "O*NET 29.3 Database", as_of=datetime.date(2025, 5, 1), short_name="O*NET 29.3"
        ),
        "cps": make_source(
            "U.S. Bureau of Labor Statistics, Current Population Survey",
            as_of=datetime.date(2025, 12, 31),
            short_name="CPS 2025",
        ),
    }


def catalog_occupation(title, soc_code, found, figures, skills, education):
    """An occupation as the importers leave it, with its figures, duties, skills, software and education."""
    race = [("White", figures.pop("white")), ("Hispanic or Latino", figures.pop("hispanic"))]
    occupation = make_occupation(
        title,
        category=make_category("Office and Administrative Support"),
        soc_code=soc_code,
        **figures,
        growth_rate_source=found["projections"],
        openings_source=found["projections"],
        entry_education_source=found["projections"],
        entry_experience_source=found["projections"],
        entry_training_source=found["projections"],
        required_education_source=found["onet"],
        related_experience_source=found["onet"],
        job_zone_source=found["onet"],
        education_levels_source=found["onet"],
        skills_source=found["onet"],
        duties_source=found["onet_tasks"],
        technologies_source=found["onet_tasks"],
        median_age_source=found["cps"],
        gender_source=found["cps"],
        race_source=found["cps"],
    )
    for position, (name, importance, level) in enumerate(skills):
        Skill.objects.create(
            occupation=occupation,
            name=name,
            importance=Decimal(importance),
            level=Decimal(level),
            position=position,
        )
    for level, share in education.items():
        EducationLevel.objects.create(occupation=occupation, level=level, share=Decimal(share))
    for position in range(8):
        Duty.objects.create(
            occupation=occupation, text=f"{title} task {position}.", core=position < 6, position=position
        )
    for position, (name, hot) in enumerate(
        [("Microsoft Excel", True), ("Salesforce", True), ("Notepad", False)]
    ):
        Technology.objects.create(occupation=occupation, name=name, hot=hot, position=position)
    for position, (group, share) in enumerate(race):
        RaceShare.objects.create(occupation=occupation, group=group, share=Decimal(share), position=position)
    return occupation


class PairSectionsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        found = sources()
        common = {
            "entry_education": "High school diploma or equivalent",
            "entry_experience": "None",
            "job_zone": 2,
        }
        collectors = {
            **common,
            "growth_rate": Decimal("-10.5"),
            "openings": 13_700,
            "entry_training": "Moderate-term on-the-job training",
            "required_education": "High school diploma or equivalent",
            "required_education_share": Decimal("48.0"),
            "related_experience": "6 months to 1 year",
            "related_experience_share": Decimal("31.0"),
            "median_age": Decimal("45.5"),
            "female_share": Decimal("67.0"),
            "male_share": Decimal("33.0"),
            "demographics_group": "Bill and account collectors",
        }
        agents = {
            **common,
            "growth_rate": Decimal("-5.5"),
            "openings": 341_700,
            "entry_training": "Short-term on-the-job training",
            "required_education": "High school diploma or equivalent",
            "required_education_share": Decimal("55.0"),
            "related_experience": "None",
            "related_experience_share": Decimal("40.0"),
            "median_age": Decimal("37"),
            "female_share": Decimal("64.8"),
            "male_share": Decimal("35.2"),
            "demographics_group": "Customer service representatives",
        }
        collectors_race = {"white": "76.4", "hispanic": "21.6"}
        agents_race = {"white": "71.8", "hispanic": "22.5"}
        catalog_occupation(
            "Bill and Account Collectors",
            "43-3011",
            found,
            {**collectors, **collectors_race},
            [
                ("Speaking", "4.00", "4.00"),
                ("Active Listening", "3.88", "3.75"),
                ("Persuasion", "3.50", "3.25"),
            ],
            {2: "48.0", 3: "10.0", 6: "12.0"},
        )
        catalog_occupation(
            "Customer Service Representatives",
            "43-4051",
            found,
            {**agents, **agents_race},
            [("Service Orientation", "4.12", "4.00"), ("Active Listening", "4.00", "4.12")],
            {1: "5.0", 2: "55.0", 4: "20.0"},
        )
        cls.page = None

    def setUp(self):
        self.response = self.client.get(URL)
        self.page = Page(self.response)

    def test_overview_has_outlook_education_age_and_experience(self):
        overview = self.page.table(f"{HEADING} overview")
        self.assertEqual(overview["Growth rate"], ["-10.5%" + EP, "-5.5%" + EP])
        self.assertEqual(overview["Openings a year"], ["13,700" + EP, "341,700" + EP])
        self.assertEqual(
            overview["Required education (O*NET survey)"],
            [
                "High school diploma or equivalent, 48%" + ONET,
                "High school diploma or equivalent, 55%" + ONET,
            ],
        )
        self.assertEqual(
            overview["Typical entry education (BLS)"], ["High school diploma or equivalent" + EP] * 2
        )
        self.assertEqual(overview["Median age"], ["45.5" + CPS, "37" + CPS])
        self.assertEqual(
            overview["Related work experience (O*NET survey)"],
            ["6 months to 1 year, 31%" + ONET, "None, 40%" + ONET],
        )

    def test_rows_only_editors_fill_are_left_out(self):
        overview = self.page.table(f"{HEADING} overview")
        for label in ("Job satisfaction", "Most common degree", "Average age", "Years of experience"):
            self.assertNotIn(label, overview)
        self.assertNotIn("LGBT percentage", self.page.table(f"{HEADING} demographics"))
        education = self.page.table(f"{HEADING} education")
        self.assertNotIn("Most common major", education)
        self.assertNotIn("Most common college", education)

    def test_each_figure_names_its_source_beside_it(self):
        html = self.response.content.decode()
        for short_name in ("BLS projections 2024\u201334", "O*NET 30.1", "O*NET 29.3", "CPS 2025"):
            self.assertIn(f'<span class="release">({short_name})</span>', html)

    def test_education_section_has_training_job_zone_and_the_whole_distribution(self):
        education = self.page.table(f"{HEADING} education")
        self.assertEqual(
            education["On-the-job training (BLS)"],
            ["Moderate-term on-the-job training" + EP, "Short-term on-the-job training" + EP],
        )
        self.assertTrue(education["Job zone (O*NET)"][0].startswith("Zone 2 of 5: some preparation needed"))
        levels = self.page.table("Required education, share of respondents (O*NET survey)")
        self.assertEqual(levels["High school diploma or equivalent"], ["48%", "55%"])
        self.assertEqual(levels["Less than a high school diploma"], [DASH, "5%"])
        self.assertEqual(levels["Bachelor's degree"], ["12%", DASH])
        self.assertNotIn("Doctoral degree", levels)
        self.assertContains(self.response, '<svg class="bars"', count=5)

    def test_demographics_carry_the_surveys_note(self):
        demographics = self.page.table(f"{HEADING} demographics")
        self.assertEqual(
            demographics["Gender ratio"], ["Male, 33% Female, 67%" + CPS, "Male, 35.2% Female, 64.8%" + CPS]
        )
        self.assertEqual(
            demographics["Race ratio"],
            ["White, 76.4% Hispanic or Latino, 21.6%" + CPS, "White, 71.8% Hispanic or Latino, 22.5%" + CPS],
        )
        self.assertIn("may be of any race, so the shares need not add up to 100%", self.page.text)

    def test_six_core_duties_show_first(self):
        duties = self.response.content.decode().partition('<section id="duties">')[2]
        shown = duties.partition("<details>")[0]
        for n in range(6):
            self.assertIn(f"Bill and Account Collectors task {n}.", shown)
        self.assertNotIn("Bill and Account Collectors task 6.", shown)

    def test_skills_read_as_importance_and_hot_technologies_by_name(self):
        text = self.page.text
        self.assertIn("Most important bill and account collector skills", text)
        self.assertIn("Speaking, importance 75", text)
        self.assertIn("Service Orientation, importance 78", text)
        self.assertNotIn("Speaking, 4", text)
        self.assertIn("Hot technologies", text)
        self.assertIn("Microsoft Excel", text)
        self.assertNotIn("Notepad", text)

    def test_summary_compares_outlook_education_and_top_skills(self):
        summary = " ".join(self.page.text.split("overview")[0:1])
        self.assertIn(
            "BLS projects employment of bill and account collectors to shrink 10.5% and of customer service "
            "representatives to shrink 5.5% from 2024 to 2034, so jobs for bill and account collectors are "
            "expected to shrink faster.",
            summary,
        )
        self.assertIn(
            "Both typically need a high school diploma or equivalent to enter the occupation, according to BLS.",
            summary,
        )
        self.assertIn("speaking, active listening, and persuasion", summary)


class SuppressedDemographicsTests(TestCase):
    def test_a_share_the_survey_withheld_shows_a_dash_with_the_reason(self):
        make_occupation("Legislators", soc_code="11-1031", demographics_group="Legislators", median_age=None)
        page = Page(self.client.get("/careers/legislators/"))
        demographics = page.table("Legislators demographics")
        self.assertEqual(demographics["Median age"], [f"{DASH}not published: too few workers in the survey"])
        self.assertEqual(
            demographics["Gender ratio"], [f"{DASH}not published: too few workers in the survey"]
        )

    def test_a_broader_survey_group_is_named(self):
        make_occupation(
            "Economics Teachers, Postsecondary",
            soc_code="25-1063",
            demographics_group="Postsecondary teachers",
            median_age=Decimal("46.2"),
        )
        page = Page(self.client.get("/careers/economics-teachers-postsecondary/"))
        self.assertIn(
            "The figures for economics teachers, postsecondary describe the survey\u2019s group "
            "\u201cPostsecondary teachers\u201d.",
            page.text,
        )


class SwitchSectionTests(PairSectionsTests):
    """The heart of a comparison: what it takes to move from either occupation to the other."""

    def test_each_direction_has_a_skill_match_with_its_method(self):
        text = self.page.text
        self.assertIn("What it takes to switch", self.page.heading_texts("h2"))
        self.assertIn("From bill and account collector to customer service representative", text)
        self.assertIn("From customer service representative to bill and account collector", text)
        self.assertIn(
            "The skill match compares the level each of O*NET\u2019s 35 skills needs in both jobs", text
        )
        self.assertRegex(text, r"\d+ out of 100 skill match: [a-z ]+ skills")
        self.assertIn(
            "A customer service representative moving to bill and account collector work has a skill match of",
            text,
        )
        self.assertIn(
            "The skills to build up are speaking and persuasion. Active listening carries over.", text
        )

    def test_skills_to_build_up_and_software_to_learn(self):
        text = self.page.text
        # Service orientation matters to customer service representatives (4.12) at level 4.00 of 7;
        # bill and account collectors have no rating for it, so it must be built up.
        self.assertIn("Service Orientation: level 0 now, 57 needed", text)
        self.assertIn("Hot technologies both use: Microsoft Excel, Salesforce.", text)

    def test_skill_chart_sets_both_levels_side_by_side(self):
        levels = self.page.table("Skill levels needed, 0 to 100 (O*NET)")
        self.assertEqual(levels["Active Listening"], ["54", "59"])
        self.assertEqual(levels["Service Orientation"], ["\u2014", "57"])
        self.assertEqual(levels["Speaking"], ["57", "\u2014"])

    def test_preparation_and_outlook_side_by_side(self):
        gap = self.page.table("Preparation, pay and outlook")
        self.assertEqual(gap["Job zone (O*NET)"], ["Zone 2: some preparation needed"] * 2)
        self.assertEqual(
            gap["Required education (O*NET survey)"],
            [
                "High school diploma or equivalent (48% of respondents)",
                "High school diploma or equivalent (55% of respondents)",
            ],
        )
        self.assertEqual(gap["Projected growth, 2024\u201334"], ["-10.5%", "-5.5%"])
        self.assertIn(
            "BLS projects better prospects for customer service representatives: -5.5% over ten years, "
            "against -10.5% for bill and account collectors.",
            self.page.text,
        )


class HandEnteredSwitchTests(TestCase):
    def test_the_reference_pair_says_what_it_cannot_compare_and_quotes_no_bls_outlook(self):
        page = Page(self.client.get("/compare/loss-mitigation-specialist-vs-collections-customer-service/"))
        self.assertIn(
            "O*NET has no skill ratings to compare loss mitigation specialists with collections customer "
            "service agents.",
            page.text,
        )
        switch = page.text.partition("What it takes to switch")[2].partition("What does a")[0]
        self.assertNotIn("BLS projects", switch)
