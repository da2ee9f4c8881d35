"""Where an occupation leads: next steps by skill match and pay, other titles, related occupations."""

import datetime
from decimal import Decimal

from django.test import TestCase

from careers import skills
from careers.models import AlternateTitle, Occupation, RelatedOccupation, RelatedTier, Skill, TitleKind
from comparisons.related import related_comparisons
from tests.factories import make_category, make_occupation, make_source
from tests.pages import Page
from tests.wage_factories import make_wage

# (importance 1-5, level 0-7) of four skills.
NURSING = {"Service Orientation": (4.5, 5), "Science": (4, 5), "Monitoring": (4, 4.5), "Speaking": (4, 4)}
PRACTITIONER = {
    "Service Orientation": (4.5, 5.5),
    "Science": (4.5, 5.5),
    "Monitoring": (4, 5),
    "Speaking": (4, 4),
}
PHARMACIST = {
    "Service Orientation": (3.5, 4),
    "Science": (4.5, 6.5),
    "Monitoring": (3, 3),
    "Mathematics": (4, 5),
}
TECHNICIAN = {"Service Orientation": (3, 3), "Science": (3, 3), "Monitoring": (4, 4), "Speaking": (3, 3)}


def rated(title, soc_code, skills, median, **fields):
    occupation = make_occupation(title, category=make_category("Healthcare"), soc_code=soc_code, **fields)
    for position, (name, (importance, level)) in enumerate(skills.items()):
        Skill.objects.create(
            occupation=occupation,
            name=name,
            importance=Decimal(str(importance)),
            level=Decimal(str(level)),
            position=position,
        )
    if median is not None:
        make_wage(
            occupation, percentiles=(median - 20000, median - 10000, median, median + 10000, median + 20000)
        )
    return occupation


class NextStepsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.nurses = rated("Registered Nurses", "29-1141", NURSING, 93_600, yearly_salary=98_000)
        cls.practitioners = rated("Nurse Practitioners", "29-1171", PRACTITIONER, 129_000)
        cls.pharmacists = rated("Pharmacists", "29-1051", PHARMACIST, 137_000)
        cls.technicians = rated("Surgical Technologists", "29-2055", TECHNICIAN, 61_000)
        cls.unrated = make_occupation("Dentists, All Other Specialists", soc_code="29-1029")
        make_wage(cls.unrated, percentiles=(150000, 170000, 190000, 210000, 230000))
        onet = make_source("O*NET 29.3 Database", as_of=datetime.date(2025, 5, 1), short_name="O*NET 29.3")
        for title, common in [("RN", True), ("Staff Nurse", True), ("Charge Nurse", False)]:
            AlternateTitle.objects.create(
                occupation=cls.nurses, title=title, kind=TitleKind.REPORTED, common=common, source=onet
            )
        RelatedOccupation.objects.create(
            occupation=cls.nurses,
            related=cls.technicians,
            tier=RelatedTier.SUPPLEMENTAL,
            rank=3,
            source=onet,
        )
        RelatedOccupation.objects.create(
            occupation=cls.nurses,
            related=cls.practitioners,
            tier=RelatedTier.PRIMARY_SHORT,
            rank=1,
            source=onet,
        )

    def setUp(self):
        self.response = self.client.get("/careers/registered-nurses/")
        self.page = Page(self.response)

    def test_next_steps_pay_more_and_need_the_most_similar_skills(self):
        section = self.response.content.decode().partition('id="next-steps"')[2].partition("</ol>")[0]
        self.assertLess(section.index("Nurse Practitioners"), section.index("Pharmacists"))
        # Lower pay, or no skill ratings to match: not a next step.
        self.assertNotIn("Surgical Technologists", section)
        self.assertNotIn("Dentists, All Other Specialists", section)
        self.assertIn("median pay $129,000 a year", section)

    def test_the_catalog_scores_every_move_as_the_profiles_do(self):
        catalog = skills.catalog()
        rated = list(Occupation.objects.with_figures().filter(pk__in=catalog.profiles))
        self.assertEqual(len(rated), 4)
        for origin in rated:
            for destination in rated:
                expected = skills.match(skills.profile(origin), skills.profile(destination))
                found = skills.vector_match(catalog.vector(origin), catalog.vector(destination))
                self.assertEqual(found, expected, (origin.title, destination.title))
        # Pharmacists are rated on Mathematics, which the nurses are not: it weighs against the move.
        self.assertLess(
            skills.match(skills.profile(self.nurses), skills.profile(self.pharmacists)),
            skills.match(skills.profile(self.nurses), skills.profile(self.practitioners)),
        )

    def test_each_step_has_its_skill_match_and_the_method(self):
        self.assertRegex(
            self.page.text, r"Nurse Practitioners: \d+ skill match \((very similar|similar) skills\)"
        )
        self.assertIn(
            "The skill match compares the level each of O*NET\u2019s 35 skills needs in both jobs",
            self.page.text,
        )

    def test_also_called_lists_the_common_titles_with_their_source(self):
        self.assertIn(
            "Also called: RN, Staff Nurse (O*NET 29.3)", self.page.text.replace("[1]", "").replace("[2]", "")
        )
        self.assertNotIn("Charge Nurse", self.page.text)

    def test_related_occupations_list_primary_ones_first(self):
        related = self.response.content.decode().partition("Related occupations")[2].partition("</ul>")[0]
        self.assertLess(related.index("Nurse Practitioners"), related.index("Surgical Technologists"))
        self.assertIn("closely related", related.partition("Surgical Technologists")[0])

    def test_related_comparisons_are_ranked_the_same_way(self):
        links = related_comparisons([self.nurses])
        self.assertEqual(links[0].partner.title, "Nurse Practitioners")
        self.assertTrue(links[0].reason.startswith("Next step:"), links[0].reason)


class RelatedPairIndexingTests(TestCase):
    def test_a_primary_related_pair_across_minor_groups_is_indexed_and_listed(self):
        onet = make_source("O*NET 29.3 Database", as_of=datetime.date(2025, 5, 1))
        nurses = make_occupation("Registered Nurses", soc_code="29-1141")
        managers = make_occupation("Medical and Health Services Managers", soc_code="11-9111")
        url = "/compare/medical-and-health-services-managers-vs-registered-nurses/"
        self.assertContains(self.client.get(url), '<meta name="robots" content="noindex">')
        RelatedOccupation.objects.create(
            occupation=nurses, related=managers, tier=RelatedTier.PRIMARY_LONG, rank=5, source=onet
        )
        self.assertNotContains(self.client.get(url), '<meta name="robots" content="noindex">')
        self.assertContains(self.client.get("/sitemap-comparisons.xml"), url)

    def test_a_supplemental_related_pair_is_not(self):
        onet = make_source("O*NET 29.3 Database", as_of=datetime.date(2025, 5, 1))
        nurses = make_occupation("Registered Nurses", soc_code="29-1141")
        managers = make_occupation("Medical and Health Services Managers", soc_code="11-9111")
        RelatedOccupation.objects.create(
            occupation=nurses, related=managers, tier=RelatedTier.SUPPLEMENTAL, rank=15, source=onet
        )
        url = "/compare/medical-and-health-services-managers-vs-registered-nurses/"
        self.assertContains(self.client.get(url), '<meta name="robots" content="noindex">')
        self.assertNotContains(self.client.get("/sitemap-comparisons.xml"), url)
