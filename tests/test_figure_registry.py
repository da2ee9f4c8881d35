"""Every figure declared in ``careers.figures`` reaches every place that shows or edits figures.

The test walks the registry: it gives an occupation a value in every field of every
figure, then finds each figure on the pair page, the occupation page, the admin's change
form and both downloads. A figure added to the registry is checked here without a
line of test being written for it.
"""

import csv
import io
import json
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.test import TestCase
from django.utils.html import strip_tags

from careers.figures import FIGURES, TABLES
from careers.models import Duty, EducationLevel, Occupation, RaceShare, Skill, Technology
from tests.factories import make_category, make_occupation, make_source
from tests.pages import Page, squash


def limits(field):
    low = max((v.limit_value for v in field.validators if isinstance(v, MinValueValidator)), default=0)
    high = min((v.limit_value for v in field.validators if isinstance(v, MaxValueValidator)), default=10**6)
    if isinstance(field, models.DecimalField):
        high = min(high, 10 ** (field.max_digits - field.decimal_places) - 1)
    return int(low), int(high)


def sample_value(field, number):
    """A value the field accepts, different for each field, that reads unambiguously on a page."""
    if isinstance(field, models.DecimalField | models.IntegerField):
        low, high = limits(field)
        whole = 10_000 + number * 1_111 if high > 100_000 else low + 1 + number % (high - low - 1)
        return Decimal(f"{whole}.5") if isinstance(field, models.DecimalField) else whole
    return f"Sample {field.verbose_name} {number}"


def filled_occupation(title):
    """An occupation with every figure of the registry filled, each citing one source."""
    source = make_source("Registry sample survey")
    fields = {}
    for number, figure in enumerate(FIGURES):
        for name in figure.fields:
            fields[name] = sample_value(Occupation._meta.get_field(name), number)
        fields[figure.source_field] = source
    if "salary_low" in fields and "salary_high" in fields:
        fields["salary_high"] = fields["salary_low"] + 1
    if "male_share" in fields and "female_share" in fields:
        fields["female_share"] = 100 - fields["male_share"]
    occupation = make_occupation(title, category=make_category("Registry samples"), **fields)
    Duty.objects.create(occupation=occupation, text=f"{title} sample duty.", position=0)
    Skill.objects.create(occupation=occupation, name=f"{title} sample skill", share=Decimal("12.5"))
    RaceShare.objects.create(occupation=occupation, group=f"{title} sample group", share=Decimal("33.3"))
    Technology.objects.create(occupation=occupation, name=f"{title} sample software", hot=True)
    EducationLevel.objects.create(occupation=occupation, level=6, share=Decimal("44.4"))
    return Occupation.objects.with_figures().get(pk=occupation.pk)


def shown(occupation, figure):
    """How the figure reads on a page, as text."""
    return squash(strip_tags(str(figure.display(occupation)).replace("<li>", " <li>")))


class FigureRegistryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first = filled_occupation("Registry Alpha")
        cls.second = filled_occupation("Registry Beta")
        cls.editor = User.objects.create_superuser("editor", "editor@example.com", "unused-password")

    def assertFigureInTables(self, page, heading, occupations, figure):
        for section in figure.tables:
            table = page.table(f"{heading} {TABLES[section]}")
            label = figure.tables[section]
            self.assertIn(label, table, f"{figure.name} has no row in the {section} table")
            for column, occupation in enumerate(occupations):
                self.assertEqual(table[label][column], shown(occupation, figure), figure.name)

    def assertFigureInText(self, page, occupation, figure):
        if figure.related:
            for label, value, _, _ in figure.downloaded(occupation):
                expected = label if figure.related in ("skills", "education_levels") else str(value)
                if figure.related == "education_levels":
                    expected = label.removeprefix("Required education: ")
                self.assertIn(expected, page.text, figure.name)
        else:
            self.assertIn(shown(occupation, figure), page.text, figure.name)

    def test_every_figure_is_on_the_pair_page(self):
        page = Page(self.client.get("/compare/registry-alpha-vs-registry-beta/"))
        heading = "Registry alpha vs registry beta"
        for figure in FIGURES:
            with self.subTest(figure=figure.name):
                if figure.tables:
                    self.assertFigureInTables(page, heading, [self.first, self.second], figure)
                else:
                    self.assertFigureInText(page, self.first, figure)
                    self.assertFigureInText(page, self.second, figure)

    def test_every_figure_is_on_the_occupation_page(self):
        page = Page(self.client.get("/careers/registry-alpha/"))
        for figure in FIGURES:
            with self.subTest(figure=figure.name):
                if figure.tables:
                    self.assertFigureInTables(page, "Registry Alpha", [self.first], figure)
                else:
                    self.assertFigureInText(page, self.first, figure)

    def test_every_figure_and_its_source_is_on_the_admin_form(self):
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/careers/occupation/{self.first.pk}/change/")
        form = response.context["adminform"].form
        for figure in FIGURES:
            with self.subTest(figure=figure.name):
                for name in [*figure.fields, figure.source_field]:
                    self.assertIn(name, form.fields)
                    self.assertContains(response, f'name="{name}"')

    def test_every_figure_is_in_both_downloads(self):
        rows = list(
            csv.DictReader(
                io.StringIO(self.client.get("/compare/registry-alpha-vs-registry-beta/data.csv").text)
            )
        )
        data = json.loads(self.client.get("/compare/registry-alpha-vs-registry-beta/data.json").content)
        in_json = {(o["title"], f["figure"]) for o in data["occupations"] for f in o["figures"]}
        for figure in FIGURES:
            for occupation in (self.first, self.second):
                expected = figure.downloaded(occupation)
                with self.subTest(figure=figure.name, occupation=occupation.title):
                    self.assertTrue(expected, f"{figure.name} has nothing to download")
                    for label, _, unit, _ in expected:
                        found = [
                            r for r in rows if r["occupation"] == occupation.title and r["figure"] == label
                        ]
                        self.assertEqual(len(found), 1, label)
                        self.assertEqual(found[0]["section"], figure.section)
                        self.assertEqual(found[0]["unit"], unit)
                        self.assertEqual(found[0]["source"], "Registry sample survey")
                        self.assertIn((occupation.title, label), in_json)
