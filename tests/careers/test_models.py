"""Figures that cannot be true are refused: by validation with a message, and by the database itself."""

from decimal import Decimal

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.test import TestCase

from careers.models import Occupation, RaceShare, Skill
from comparisons.models import Comparison
from tests.factories import make_category, make_occupation


class OccupationValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.category = make_category()

    def errors_for(self, **figures):
        occupation = Occupation(title="Data Scientist", slug="data-scientist", category=self.category)
        for name, value in figures.items():
            setattr(occupation, name, value)
        with self.assertRaises(ValidationError) as raised:
            occupation.full_clean()
        return raised.exception.message_dict

    def test_valid_occupation_passes(self):
        Occupation(
            title="Data Scientist",
            slug="data-scientist",
            category=self.category,
            yearly_salary=112000,
            hourly_rate=Decimal("53.85"),
            salary_low=60000,
            salary_high=180000,
            male_share=Decimal("60.5"),
            female_share=Decimal("39.5"),
            growth_rate=Decimal("-3.5"),
        ).full_clean()

    def test_negative_money_is_refused(self):
        for field, value in [
            ("yearly_salary", -1),
            ("hourly_rate", Decimal("-0.01")),
            ("salary_low", -100),
            ("salary_high", -100),
        ]:
            with self.subTest(field=field):
                self.assertIn(field, self.errors_for(**{field: value}))

    def test_shares_outside_0_to_100_are_refused(self):
        for field in ("degree_share", "male_share", "female_share", "lgbt_share"):
            for value in (Decimal("-0.1"), Decimal("100.1")):
                with self.subTest(field=field, value=value):
                    self.assertIn(field, self.errors_for(**{field: value}))

    def test_salary_range_whose_low_exceeds_its_high_is_refused(self):
        errors = self.errors_for(salary_low=54000, salary_high=34000)
        self.assertEqual(errors["salary_high"], ["The top of the salary range must not be below its bottom."])

    def test_gender_shares_adding_past_100_are_refused(self):
        errors = self.errors_for(male_share=Decimal("60.5"), female_share=Decimal("39.6"))
        self.assertEqual(errors["female_share"], ["The male and female shares add up to more than 100%."])

    def test_slug_that_a_comparison_url_could_not_split_is_refused(self):
        for slug in ("actor-vs-actress", "vs-referee", "umpire-vs", "-umpire", "umpire-", "ump--ire"):
            with self.subTest(slug=slug):
                self.assertIn("slug", self.errors_for(slug=slug))

    def test_slug_with_vs_inside_a_word_is_allowed(self):
        Occupation(title="VSAT Installer", slug="vsat-installer", category=self.category).full_clean()

    def test_skill_and_race_shares_are_shares(self):
        occupation = make_occupation("Data Scientist")
        for row in (
            Skill(occupation=occupation, name="Python", share=Decimal("100.5")),
            RaceShare(occupation=occupation, group="Asian", share=Decimal("-1")),
        ):
            with self.subTest(row=type(row).__name__), self.assertRaises(ValidationError) as raised:
                row.full_clean()
            self.assertIn("share", raised.exception.message_dict)


class OccupationConstraintTests(TestCase):
    """What validation refuses, the database refuses too, for writes that skip validation."""

    def assertRefused(self, **figures):
        with self.assertRaises(IntegrityError), transaction.atomic():
            make_occupation("Data Scientist", **figures)

    def test_database_refuses_a_reversed_salary_range(self):
        self.assertRefused(salary_low=54000, salary_high=34000)

    def test_database_refuses_negative_hourly_rate(self):
        self.assertRefused(hourly_rate=Decimal("-1.00"))

    def test_database_refuses_shares_over_100(self):
        for field in ("degree_share", "male_share", "female_share", "lgbt_share"):
            with self.subTest(field=field):
                self.assertRefused(**{field: Decimal("100.1")})

    def test_database_refuses_gender_shares_adding_past_100(self):
        self.assertRefused(male_share=Decimal("60.5"), female_share=Decimal("39.6"))

    def test_database_accepts_gender_shares_adding_to_exactly_100(self):
        occupation = make_occupation(
            "Data Scientist", male_share=Decimal("40.4"), female_share=Decimal("59.6")
        )
        self.assertEqual(occupation.female_share, Decimal("59.6"))

    def test_database_refuses_a_slug_with_vs(self):
        self.assertRefused(slug="actor-vs-actress")


class ComparisonValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.actor = make_occupation("Actor")
        cls.dancer = make_occupation("Dancer")

    def test_same_occupation_twice_is_refused(self):
        with self.assertRaises(ValidationError) as raised:
            Comparison(first=self.actor, second=self.actor).full_clean()
        self.assertIn("second", raised.exception.message_dict)

    def test_a_pair_is_stored_once_in_either_order(self):
        Comparison.objects.create(first=self.actor, second=self.dancer)
        with self.assertRaises(ValidationError) as raised:
            Comparison(first=self.dancer, second=self.actor).full_clean()
        self.assertIn("already exists", raised.exception.message_dict["second"][0])
        with self.assertRaises(IntegrityError), transaction.atomic():
            Comparison.objects.create(first=self.dancer, second=self.actor)


class ModelConventionTests(TestCase):
    def test_every_model_reads_as_text_is_ordered_and_has_a_page(self):
        for app in ("careers", "comparisons"):
            for model in apps.get_app_config(app).get_models():
                with self.subTest(model=model.__name__):
                    self.assertIsNot(model.__str__, models.Model.__str__, "__str__")
                    self.assertTrue(model._meta.ordering, "Meta.ordering")
                    self.assertTrue(callable(getattr(model, "get_absolute_url", None)), "get_absolute_url")

    def test_reference_objects_link_to_their_pages(self):
        occupation = Occupation.objects.get(slug="loss-mitigation-specialist")
        self.assertEqual(str(occupation), "Loss Mitigation Specialist")
        self.assertEqual(occupation.get_absolute_url(), "/careers/loss-mitigation-specialist/")
        self.assertEqual(
            occupation.category.get_absolute_url(), "/careers/category/office-and-administrative-support/"
        )
        comparison = Comparison.objects.get()
        self.assertEqual(str(comparison), "Loss Mitigation Specialist vs Collections, Customer Service")
        self.assertEqual(
            comparison.get_absolute_url(),
            "/compare/loss-mitigation-specialist-vs-collections-customer-service/",
        )
