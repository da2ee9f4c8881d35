"""Occupation titles read as English: articles, plurals and possessives, with editors' corrections."""

import pytest
from django.test import TestCase

from careers import wording
from careers.models import Occupation
from tests.factories import make_occupation
from tests.pages import Page


@pytest.mark.parametrize(
    ("noun", "article"),
    [
        ("loss mitigation specialist", "a"),
        ("accountant", "an"),
        ("underwriter", "an"),
        ("university professor", "a"),
        ("european history teacher", "a"),
        ("one-person band", "a"),
        ("hourly cashier", "an"),
        ("honest broker", "an"),
        ("heir hunter", "an"),
        ("MRI technologist", "an"),
        ("RN case manager", "an"),
        ("x-ray technician", "an"),
        ("IT manager", "an"),
        ("hairdresser", "a"),
        ("HR specialist", "an"),
        ("HVAC technician", "an"),
        ("SEO analyst", "an"),
        ("UX designer", "a"),
        ("CNC machinist", "a"),
        ("U.S. marshal", "a"),
        ("urologist", "a"),
        ("urban planner", "an"),
        ("usher", "an"),
        ("8th grade teacher", "an"),
        ("11th grade teacher", "an"),
        ("1st grade teacher", "a"),
    ],
)
def test_indefinite_article_follows_the_sound_of_the_first_word(noun, article):
    assert wording.indefinite_article(noun) == article


@pytest.mark.parametrize(
    ("title", "plural"),
    [
        ("Loss mitigation specialist", "Loss mitigation specialists"),
        ("Bill and account collector", "Bill and account collectors"),
        ("Secretary", "Secretaries"),
        ("Attorney", "Attorneys"),
        ("Coach", "Coaches"),
        ("Fisherman", "Fishermen"),
        ("Police chief", "Police chiefs"),
        ("Clerk, general office", "Clerks, general office"),
        ("IT manager", "IT managers"),
        ("Wait staff", "Wait staff"),
        ("CEO", "CEOs"),
        ("RN", "RNs"),
        ("Salesperson", "Salespeople"),
        ("Clergy", "Clergy"),
        ("Actress", "Actresses"),
        ("Director of operations", "Directors of operations"),
        ("Editor in chief", "Editors in chief"),
        ("Meeting, convention, and event planner", "Meeting, convention, and event planners"),
        (
            "Secretary and administrative assistant, except legal, medical, and executive",
            "Secretary and administrative assistants, except legal, medical, and executive",
        ),
    ],
)
def test_plural_title_pluralises_the_head_noun(title, plural):
    assert wording.plural_title(title) == plural


def test_title_whose_head_noun_already_ends_in_s_is_left_for_an_editor():
    assert wording.plural_title("Collections, customer service") == "Collections, customer service"


def test_possessive_of_a_plural_ending_in_s_takes_only_an_apostrophe():
    assert wording.possessive("loss mitigation specialists") == "loss mitigation specialists'"
    assert wording.possessive("wait staff") == "wait staff's"


def test_titles_are_lowercased_mid_sentence_except_acronyms():
    assert wording.lower_first("IT Project Manager") == "IT project manager"
    assert wording.lower_first("Collections, Customer Service") == "collections, customer service"


@pytest.mark.parametrize(
    ("title", "mid_sentence"),
    [
        ("SharePoint Administrator", "SharePoint administrator"),
        ("iOS Developer", "iOS developer"),
        ("Entry-Level Clerk", "entry-level clerk"),
        ("HR/Payroll Clerk", "HR/payroll clerk"),
        ("Registered Nurse (RN)", "registered nurse (RN)"),
    ],
)
def test_names_with_inner_capitals_keep_them_mid_sentence(title, mid_sentence):
    assert wording.lower_first(title) == mid_sentence


def test_occupation_defaults_come_from_its_title():
    occupation = Occupation(title="Accountant")
    assert (occupation.noun, occupation.a_noun, occupation.nouns) == (
        "accountant",
        "an accountant",
        "accountants",
    )
    assert occupation.nouns_possessive == "accountants'"


def test_editor_corrections_override_the_defaults():
    occupation = Occupation(
        title="Collections, Customer Service",
        singular="collections customer service agent",
        plural="collections customer service agents",
    )
    assert occupation.a_noun == "a collections customer service agent"
    assert occupation.nouns == "collections customer service agents"
    assert Occupation(title="Herbalist", article="an").a_noun == "an herbalist"
    assert Occupation(title="Salesperson", plural="sales staff").nouns == "sales staff"
    assert Occupation(title="Salesperson", plural="sales staff").nouns_possessive == "sales staff's"


def test_plural_follows_an_editors_singular_when_no_plural_is_set():
    occupation = Occupation(title="Collections, Customer Service", singular="collections agent")
    assert occupation.a_noun == "a collections agent"
    assert occupation.nouns == "collections agents"
    assert occupation.nouns_possessive == "collections agents'"


@pytest.mark.parametrize(
    ("title", "a_noun", "nouns_possessive"),
    [
        ("HR Specialist", "an HR specialist", "HR specialists'"),
        ("Fisherman", "a fisherman", "fishermen's"),
        ("CEO", "a CEO", "CEOs'"),
        ("Hourly Manager", "an hourly manager", "hourly managers'"),
        ("University Registrar", "a university registrar", "university registrars'"),
    ],
)
def test_occupation_reads_its_title_as_english(title, a_noun, nouns_possessive):
    occupation = Occupation(title=title)
    assert occupation.a_noun == a_noun
    assert occupation.nouns_possessive == nouns_possessive


def test_title_starts_a_sentence_with_one_capital():
    occupation = Occupation(title="Loss Mitigation Specialist")
    assert occupation.title_sentence == "Loss mitigation specialist"
    assert occupation.title_lower == "loss mitigation specialist"


class CorrectedWordingOnThePageTests(TestCase):
    def test_comparison_uses_an_editors_article_and_plural(self):
        make_occupation("Accountant", yearly_salary=81000)
        make_occupation("Herbalist", article="an", plural="herbalists and healers", yearly_salary=41000)
        page = Page(self.client.get("/compare/accountant-vs-herbalist/"))
        self.assertIn("The differences between accountants and herbalists and healers", page.text)
        self.assertIn("between an accountant and an herbalist in terms of educational background", page.text)
        self.assertNotIn("a herbalist", page.text)


@pytest.mark.parametrize(
    ("title", "a_noun", "nouns"),
    [
        (
            "Sales Representatives, Wholesale and Manufacturing",
            "a sales representative, wholesale and manufacturing",
            "sales representatives, wholesale and manufacturing",
        ),
        ("Bill and Account Collectors", "a bill and account collector", "bill and account collectors"),
        ("Chefs and Head Cooks", "a chef and head cook", "chefs and head cooks"),
        (
            "Art, Drama, and Music Teachers, Postsecondary",
            "an art, drama, and music teacher, postsecondary",
            None,
        ),
        (
            "Airline Pilots, Copilots, and Flight Engineers",
            "an airline pilot, copilot, and flight engineer",
            None,
        ),
        (
            "Pressers, Textile, Garment, and Related Materials",
            "a presser, textile, garment, and related materials",
            None,
        ),
        ("Transit and Railroad Police", "a transit and railroad police", "transit and railroad police"),
        (
            "First-Line Supervisors of Retail Sales Workers",
            "a first-line supervisor of retail sales workers",
            None,
        ),
    ],
)
def test_a_plural_title_reads_as_one_person_and_as_several(title, a_noun, nouns):
    occupation = Occupation(title=title)
    assert occupation.a_noun == a_noun
    assert occupation.nouns == (nouns or wording.lower_first(title))


class PluralTitleOnThePageTests(TestCase):
    def test_a_title_typed_in_the_plural_reads_right_in_every_sentence(self):
        make_occupation(
            "Sales Representatives, Wholesale and Manufacturing", yearly_salary=74100, jobs=1_200_000
        )
        make_occupation("Bill and Account Collectors", yearly_salary=49060)
        response = self.client.get(
            "/compare/bill-and-account-collectors-vs-sales-representatives-wholesale-and-manufacturing/"
        )
        page = Page(response)
        self.assertIn(
            "average annual salary of a sales representative, wholesale and manufacturing.", page.text
        )
        self.assertIn("between a bill and account collector and a sales representative", page.text)
        self.assertNotIn("a sales representatives", page.text)
        self.assertNotIn("a bill and account collectors", page.text)
        occupation = self.client.get("/careers/sales-representatives-wholesale-and-manufacturing/")
        self.assertContains(
            occupation, "Sales representatives, wholesale and manufacturing earn $74,100 a year"
        )
        self.assertContains(occupation, "What does a sales representative, wholesale and manufacturing do?")


@pytest.mark.parametrize(
    ("level", "phrase"),
    [
        ("High school diploma or equivalent", "a high school diploma or equivalent"),
        ("Associate's degree", "an associate's degree"),
        ("No formal educational credential", "no formal educational credential"),
        ("Some college, no degree", "some college, no degree"),
        ("Less than a high school diploma", "less than a high school diploma"),
        ("Doctoral or professional degree", "a doctoral or professional degree"),
    ],
)
def test_education_level_reads_after_need(level, phrase):
    assert wording.education_phrase(level) == phrase
