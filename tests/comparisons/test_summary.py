"""The summary at the top of a comparison page, for every way two salaries can compare."""

from decimal import Decimal

import pytest
from django.test import TestCase

from careers.gaps import Gap
from careers.models import Occupation
from comparisons.summary import (
    after_prices_sentence,
    education_sentence,
    exposure_sentence,
    growth_sentence,
    salary_sentence,
    summary,
    time_sentence,
)
from tests.factories import make_occupation
from tests.pages import Page


def occupation(title, salary=None, top_coded=(), time=""):
    return Occupation(title=title, yearly_salary=salary, top_coded=list(top_coded), time_to_become=time)


def test_first_earning_more_says_higher_and_by_how_much():
    sentence = salary_sentence(occupation("Budget Analyst", 84000), occupation("Accountant", 81000))
    assert sentence == (
        "Additionally, a budget analyst has an average salary of $84,000, which is $3,000 higher "
        "than the $81,000 average annual salary of an accountant."
    )


def test_first_earning_less_says_lower_and_by_how_much():
    sentence = salary_sentence(occupation("Accountant", 81000), occupation("Budget Analyst", 84000))
    assert sentence == (
        "Additionally, an accountant has an average salary of $81,000, which is $3,000 lower "
        "than the $84,000 average annual salary of a budget analyst."
    )


def test_equal_salaries_are_said_to_be_the_same():
    sentence = salary_sentence(occupation("Accountant", 81000), occupation("Budget Analyst", 81000))
    assert (
        sentence == "Additionally, an accountant and a budget analyst both have an average salary of $81,000."
    )
    assert "higher" not in sentence and "lower" not in sentence


@pytest.mark.parametrize("missing_first", [True, False])
def test_one_missing_salary_states_the_known_one_and_compares_nothing(missing_first):
    known, unknown = occupation("Budget Analyst", 84000), occupation("Accountant")
    pair = (unknown, known) if missing_first else (known, unknown)
    sentence = salary_sentence(*pair)
    assert sentence == (
        "Additionally, a budget analyst has an average salary of $84,000; "
        "there is no salary figure yet for accountants."
    )


def test_both_salaries_missing_says_so():
    sentence = salary_sentence(occupation("Accountant"), occupation("Budget Analyst"))
    assert sentence == "There are no salary figures yet for accountants or budget analysts."


def test_top_coded_salary_is_higher_without_a_difference():
    surgeon = occupation("Surgeon", 239200, top_coded=["yearly_salary"])
    sentence = salary_sentence(surgeon, occupation("Accountant", 81000))
    assert sentence == (
        "Additionally, a surgeon has an average salary of $239,200 or more, which is higher "
        "than the $81,000 average annual salary of an accountant."
    )


def test_two_top_coded_salaries_are_not_ranked():
    sentence = salary_sentence(
        occupation("Surgeon", 239200, top_coded=["yearly_salary"]),
        occupation("Anesthesiologist", 239200, top_coded=["yearly_salary"]),
    )
    assert "higher" not in sentence and "lower" not in sentence
    assert "both" not in sentence
    assert sentence.count("$239,200 or more") == 2


def test_same_time_to_become_is_said_once_for_both():
    sentence = time_sentence(occupation("Accountant", time="4 years"), occupation("Auditor", time="4 years"))
    assert sentence == "It typically takes 4 years to become both an accountant and an auditor."


def test_different_times_to_become_are_each_stated():
    sentence = time_sentence(occupation("Accountant", time="4 years"), occupation("Teller", time="1 month"))
    assert sentence == "It typically takes 4 years to become an accountant and 1 month to become a teller."


def test_missing_time_to_become_is_left_out():
    assert time_sentence(occupation("Accountant", time="4 years"), occupation("Teller")) == (
        "It typically takes 4 years to become an accountant."
    )
    assert time_sentence(occupation("Accountant"), occupation("Teller")) == ""


class SummarySkillsTests(TestCase):
    def test_top_three_skills_of_each_are_named_in_order(self):
        first = make_occupation("Accountant", skills=5)
        second = make_occupation("Teller", skills=2)
        skills = summary(first, second)[1]
        self.assertEqual(
            skills,
            "The top three skills for an accountant include skill 0, skill 1, and skill 2. "
            "The most important skills for a teller are skill 0 and skill 1.",
        )

    def test_fewer_than_three_skills_are_counted_in_singular_or_plural(self):
        first = make_occupation("Accountant", skills=2)
        second = make_occupation("Teller", skills=1)
        self.assertEqual(
            summary(first, second)[1],
            "The top two skills for an accountant are skill 0 and skill 1. "
            "The most important skill for a teller is skill 0.",
        )
        self.assertEqual(
            summary(second, first)[1],
            "The top skill for a teller is skill 0. "
            "The most important skills for an accountant are skill 0 and skill 1.",
        )

    def test_skills_of_only_one_occupation_are_named(self):
        paragraphs = summary(make_occupation("Accountant"), make_occupation("Teller", skills=3))
        self.assertEqual(
            paragraphs[1], "The most important skills for a teller are skill 0, skill 1, and skill 2."
        )

    def test_occupations_without_skills_get_no_skills_paragraph(self):
        paragraphs = summary(make_occupation("Accountant"), make_occupation("Teller"))
        self.assertEqual(len(paragraphs), 1)
        self.assertNotIn("skills", paragraphs[0])


class SummaryOnThePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_occupation("Accountant", yearly_salary=81000)
        make_occupation("Budget Analyst", yearly_salary=84000)
        make_occupation("Tax Examiner")

    def test_page_says_when_the_first_earns_less(self):
        text = Page(self.client.get("/compare/accountant-vs-budget-analyst/")).text
        self.assertIn(
            "Additionally, an accountant has an average salary of $81,000, which is $3,000 lower than the "
            "$84,000 average annual salary of a budget analyst.",
            text,
        )

    def test_page_with_a_missing_salary_shows_a_dash_and_ranks_nothing(self):
        response = self.client.get("/compare/accountant-vs-tax-examiner/")
        page = Page(response)
        self.assertIn("there is no salary figure yet for tax examiners.", page.text)
        table = page.table("Accountant vs tax examiner overview")
        self.assertEqual(table["Yearly salary"], ["$81,000", "\u2014"])
        self.assertNotContains(response, "(higher)")


def projected(title, growth=None, education="", edited=()):
    return Occupation(
        title=title,
        soc_code="99-0001",
        growth_rate=growth,
        entry_education=education,
        edited_fields=list(edited),
    )


@pytest.mark.parametrize(
    ("a", "b", "sentence"),
    [
        (
            Decimal("3.1"),
            Decimal("7.4"),
            "BLS projects employment of nurses to grow 3.1% and of physicians to grow 7.4% from 2024 to 2034, "
            "so jobs for physicians are expected to grow faster.",
        ),
        (
            Decimal("-10.5"),
            Decimal("-5.5"),
            "BLS projects employment of nurses to shrink 10.5% and of physicians to shrink 5.5% from 2024 to "
            "2034, so jobs for nurses are expected to shrink faster.",
        ),
        (
            Decimal("4"),
            Decimal("-2"),
            "BLS projects employment of nurses to grow 4% and of physicians to shrink 2% from 2024 to 2034.",
        ),
        (
            Decimal("0"),
            Decimal("2"),
            "BLS projects employment of nurses to stay about the same and of physicians to grow 2% from 2024 "
            "to 2034.",
        ),
        (
            Decimal("2"),
            Decimal("2"),
            "BLS projects employment of both nurses and physicians to grow 2% from 2024 to 2034.",
        ),
    ],
)
def test_growth_sentence_says_which_grows_or_shrinks_faster(a, b, sentence):
    assert growth_sentence(projected("Nurses", a), projected("Physicians", b)) == sentence


def test_growth_sentence_needs_both_figures_from_bls():
    assert growth_sentence(projected("Nurses", Decimal("3")), projected("Physicians")) == ""
    edited = projected("Physicians", Decimal("2"), edited=["growth_rate"])
    assert growth_sentence(projected("Nurses", Decimal("3")), edited) == ""


def test_education_sentence_for_the_same_and_for_different_entry_education():
    same = education_sentence(
        projected("Cooks", education="No formal educational credential"),
        projected("Dishwashers", education="No formal educational credential"),
    )
    assert (
        same
        == "Both typically need no formal educational credential to enter the occupation, according to BLS."
    )
    different = education_sentence(
        projected("Nurses", education="Bachelor's degree"),
        projected("Aides", education="Associate's degree"),
    )
    assert different == (
        "According to BLS, nurses typically need a bachelor's degree to enter the occupation and aides "
        "an associate's degree."
    )
    assert education_sentence(projected("Nurses", education="Bachelor's degree"), projected("Aides")) == ""


class CatalogSummaryTests(TestCase):
    def test_outlook_is_summarised_only_for_two_catalog_occupations(self):
        a = make_occupation("Nurses", soc_code="29-1141", growth_rate=Decimal("5"))
        b = make_occupation("Physicians", soc_code="29-1215", growth_rate=Decimal("3"))
        self.assertIn("BLS projects employment of nurses", " ".join(summary(a, b)))
        hand_entered = make_occupation("Nurse Navigator", growth_rate=Decimal("5"))
        self.assertNotIn("BLS projects", " ".join(summary(hand_entered, b)))


def exposed(title, share):
    return Occupation(title=title, ai_exposure=None if share is None else Decimal(share))


def test_a_large_difference_in_exposure_to_ai_names_the_more_exposed_first():
    collectors = exposed("Bill and Account Collectors", "42.86")
    representatives = exposed("Customer Service Representatives", "70.45")
    expected = (
        "Customer service representatives do more tasks that AI language models could speed up: "
        "70% of their tasks against 43% for bill and account collectors, as rated by people in 2023."
    )
    assert exposure_sentence(collectors, representatives) == expected
    assert exposure_sentence(representatives, collectors) == expected


def test_a_difference_of_exactly_the_threshold_is_mentioned_and_one_under_it_is_not():
    assert exposure_sentence(exposed("Accountant", "50.0"), exposed("Teller", "30.0")).startswith(
        "Accountants do more tasks"
    )
    assert exposure_sentence(exposed("Accountant", "49.9"), exposed("Teller", "30.0")) == ""


@pytest.mark.parametrize("shares", [(None, "70.45"), ("42.86", None), (None, None)])
def test_no_exposure_sentence_without_both_figures(shares):
    assert exposure_sentence(exposed("Accountant", shares[0]), exposed("Teller", shares[1])) == ""


@pytest.mark.django_db
def test_the_exposure_sentence_is_the_summary_s_last_paragraph():
    accountant = make_occupation("Accountant", ai_exposure=Decimal("20.0"))
    teller = make_occupation("Teller", ai_exposure=Decimal("60.0"))
    paragraphs = summary(accountant, teller)
    assert paragraphs[-1].startswith("Tellers do more tasks that AI language models could speed up: 60%")
    teller.ai_exposure = Decimal("39.9")
    assert not any("AI" in p for p in summary(accountant, teller))


def test_after_prices_says_which_earns_more_and_by_how_much():
    collectors, service = (
        occupation("Bill and Account Collectors"),
        occupation("Customer Service Representatives"),
    )
    assert after_prices_sentence(collectors, service, "Texas", 47_570, 44_530) == (
        "At U.S. average prices, bill and account collectors in Texas earn $47,570 a year on average, "
        "$3,040 more than customer service representatives ($44,530)."
    )


def test_after_prices_says_less_when_the_first_earns_less():
    assert after_prices_sentence(
        occupation("Accountant"), occupation("Budget Analyst"), "Ohio", 70_000, 72_500
    ) == (
        "At U.S. average prices, accountants in Ohio earn $70,000 a year on average, "
        "$2,500 less than budget analysts ($72,500)."
    )


def test_after_prices_equal_pay_is_said_to_be_the_same():
    assert after_prices_sentence(
        occupation("Accountant"), occupation("Budget Analyst"), "Ohio", 70_000, 70_000
    ) == (
        "At U.S. average prices, accountants in Ohio and budget analysts both earn $70,000 a year on average."
    )


@pytest.mark.parametrize("pays", [(None, 70_000), (70_000, None), (None, None)])
def test_after_prices_says_nothing_without_both_figures(pays):
    assert after_prices_sentence(occupation("Accountant"), occupation("Budget Analyst"), "Ohio", *pays) == ""


def test_salary_gap_within_the_margin_of_error_is_not_called_higher():
    sentence = salary_sentence(
        occupation("Bill Collector", 49060), occupation("Service Representative", 48900), Gap(160, 1358)
    )
    assert sentence == (
        "Additionally, a bill collector has an average salary of $49,060 and a service representative "
        "an average annual salary of $48,900: a gap of $160, within the survey\u2019s margin of error, "
        "so the survey cannot tell which pays more on average."
    )
    assert "higher" not in sentence and "lower" not in sentence


def test_salary_gap_beyond_the_margin_of_error_says_so():
    sentence = salary_sentence(
        occupation("Budget Analyst", 84000), occupation("Accountant", 81000), Gap(3000, 1400)
    )
    assert sentence == (
        "Additionally, a budget analyst has an average salary of $84,000, which is $3,000 higher "
        "than the $81,000 average annual salary of an accountant, a gap larger than the survey\u2019s "
        "margin of error."
    )


def test_salaries_without_a_known_error_say_nothing_of_it():
    sentence = salary_sentence(occupation("Budget Analyst", 84000), occupation("Accountant", 83900))
    assert "margin of error" not in sentence
    assert "$100 higher" in sentence


def test_equal_salaries_need_no_test():
    sentence = salary_sentence(
        occupation("Accountant", 81000), occupation("Budget Analyst", 81000), Gap(0, 1000)
    )
    assert (
        sentence == "Additionally, an accountant and a budget analyst both have an average salary of $81,000."
    )
