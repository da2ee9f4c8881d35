"""Editors change figures in the admin: invalid ones are refused by name, saved ones show at once."""

import re

from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import TestCase
from django.utils.html import escape

from careers.models import DataVersion, Occupation
from tests.factories import make_category, make_occupation, reference_pair
from tests.pages import Page, form_data

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"


class AdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = User.objects.create_superuser("editor", "editor@example.com", "unused-password")
        cls.first, cls.second = reference_pair()

    def setUp(self):
        self.client.force_login(self.editor)

    def change_url(self, occupation):
        return f"/admin/careers/occupation/{occupation.pk}/change/"

    def stored(self, occupation):
        """Everything stored about an occupation: its row and its duties, skills and race shares."""
        row = Occupation.objects.filter(pk=occupation.pk).values().get()
        related = [
            list(getattr(occupation, name).order_by("pk").values())
            for name in ("duties", "skills", "race_shares")
        ]
        return row, related

    def edit(self, occupation, **changes):
        """Submit the occupation's change form as an editor would, with some fields changed."""
        self.before = self.stored(occupation)
        self.edited = occupation
        url = self.change_url(occupation)
        data = form_data(self.client.get(url), "occupation_form")
        data.update({name: str(value) for name, value in changes.items()})
        data["_continue"] = "Save and continue editing"
        return self.client.post(url, data)

    def assertSaved(self, response):
        if response.status_code != 302:
            errors = Page(response).text
            self.fail(f"The change was refused: {errors[errors.find('Please correct') :][:400]}")

    def assertRefused(self, response, field, message):
        """The form comes back with the message in the row of the named field."""
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Please correct the error")
        errors = response.context["adminform"].form.errors
        self.assertIn(field, errors, f"errors were on {list(errors)}")
        self.assertIn(message, errors[field])
        self.assertContains(response, escape(message))
        # The message sits in the box of the field it is about.
        box = rf'class="[^"]*\berrors\b[^"]*\bfield-{field}\b|class="[^"]*\bfield-{field}\b[^"]*\berrors\b'
        self.assertRegex(response.content.decode(), box)
        self.assertNothingStored()

    def assertNothingStored(self):
        self.assertEqual(self.stored(self.edited), self.before, "a refused change must store nothing")


class OccupationAdminValidationTests(AdminTestCase):
    def test_negative_salary_is_refused_on_its_field(self):
        response = self.edit(self.first, yearly_salary=-43251)
        self.assertRefused(response, "yearly_salary", "Ensure this value is greater than or equal to 0.")

    def test_negative_hourly_rate_is_refused_on_its_field(self):
        response = self.edit(self.first, hourly_rate="-20.79")
        self.assertRefused(response, "hourly_rate", "Ensure this value is greater than or equal to 0.")

    def test_share_over_100_is_refused_on_its_field(self):
        response = self.edit(self.first, degree_share="151")
        self.assertRefused(response, "degree_share", "Ensure this value is less than or equal to 100.")

    def test_reversed_salary_range_is_refused_with_a_message_naming_it(self):
        response = self.edit(self.first, salary_low=54000, salary_high=34000)
        self.assertRefused(
            response, "salary_high", "The top of the salary range must not be below its bottom."
        )

    def test_gender_shares_past_100_are_refused(self):
        response = self.edit(self.first, male_share="50", female_share="59.6")
        self.assertRefused(response, "female_share", "The male and female shares add up to more than 100%.")

    def test_slug_with_vs_is_refused(self):
        response = self.edit(self.first, slug="loss-vs-mitigation")
        self.assertRefused(
            response, "slug", 'A slug cannot contain "vs" as a word: it would break comparison URLs.'
        )

    def test_race_shares_adding_past_100_are_refused(self):
        response = self.edit(self.first, **{"race_shares-4-share": "90"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Please correct the error")
        # Hispanic or Latino (20.7%) counts apart: people of that ethnicity may be of any race.
        message = "The race shares add up to 111.7%, which is more than 100%."
        formsets = {f.formset.prefix: f.formset for f in response.context["inline_admin_formsets"]}
        self.assertEqual(formsets["race_shares"].non_form_errors(), [message])
        self.assertContains(response, message)
        self.assertNothingStored()

    def test_survey_shares_where_hispanic_overlaps_the_races_are_kept(self):
        occupation = make_occupation("Bill and Account Collectors", soc_code="43-3011")
        for position, (group, share) in enumerate(
            [
                ("White", "76.4"),
                ("Black or African American", "16.9"),
                ("Asian", "1.5"),
                ("Hispanic or Latino", "21.6"),
            ]
        ):
            occupation.race_shares.create(group=group, share=share, position=position)
        self.assertSaved(self.edit(occupation, description="Collect payments on overdue accounts."))

    def test_race_share_over_100_is_refused_on_its_row(self):
        response = self.edit(self.first, **{"race_shares-0-share": "100.5"})
        self.assertEqual(response.status_code, 200)
        formsets = {f.formset.prefix: f.formset for f in response.context["inline_admin_formsets"]}
        self.assertEqual(
            formsets["race_shares"].errors[0], {"share": ["Ensure this value is less than or equal to 100."]}
        )
        self.assertNothingStored()

    def test_skill_share_over_100_is_refused_on_its_row(self):
        response = self.edit(self.first, **{"skills-0-share": "101"})
        self.assertEqual(response.status_code, 200)
        formsets = {f.formset.prefix: f.formset for f in response.context["inline_admin_formsets"]}
        self.assertIn("share", formsets["skills"].errors[0])
        self.assertNothingStored()

    def test_the_same_skill_twice_is_refused(self):
        response = self.edit(self.first, **{"skills-1-name": "Customer Service"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Please correct the duplicate data for name")
        self.assertNothingStored()

    def test_the_same_race_group_twice_is_refused(self):
        response = self.edit(self.first, **{"race_shares-1-group": "Black or African American"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Please correct the duplicate data for group")
        self.assertNothingStored()

    def test_lgbt_share_below_0_is_refused_on_its_field(self):
        response = self.edit(self.first, lgbt_share="-1")
        self.assertRefused(response, "lgbt_share", "Ensure this value is greater than or equal to 0.")

    def test_refused_change_leaves_the_public_page_as_it_was(self):
        self.edit(self.first, yearly_salary=-1)
        self.assertContains(self.client.get(REFERENCE_URL), "$43,251")


class OccupationAdminEditTests(AdminTestCase):
    def test_saved_salary_shows_on_the_comparison_at_the_next_request(self):
        self.assertContains(self.client.get(REFERENCE_URL), "$43,251")
        self.assertSaved(self.edit(self.first, yearly_salary=30000))
        page = Page(self.client.get(REFERENCE_URL))
        table = page.table("Loss mitigation specialist vs collections, customer service overview")
        self.assertEqual(table["Yearly salary"], ["$30,000", "$32,870"])
        self.assertIn(
            "a loss mitigation specialist has an average salary of $30,000, which is $2,870 lower", page.text
        )
        self.assertNotIn("$43,251", page.text)

    def test_saved_salary_shows_on_every_page_that_lists_it_at_the_next_request(self):
        urls = ["/careers/loss-mitigation-specialist/", "/careers/", self.first.category.get_absolute_url()]
        for url in urls:
            self.assertContains(self.client.get(url), "$43,251")
        self.assertSaved(self.edit(self.first, yearly_salary=30000))
        for url in urls:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, "$30,000")
                self.assertNotContains(response, "$43,251")

    def test_added_occupation_is_listed_and_comparable_at_once(self):
        self.assertContains(self.client.get("/careers/"), "Loss Mitigation Specialist")
        data = form_data(self.client.get("/admin/careers/occupation/add/"), "occupation_form")
        data.update(
            title="Mortgage Underwriter",
            slug="mortgage-underwriter",
            category=str(self.first.category_id),
            yearly_salary="61000",
            **{"skills-0-name": "Risk Analysis", "skills-0-share": "20", "skills-0-position": "0"},
        )
        self.assertSaved(self.client.post("/admin/careers/occupation/add/", data))
        occupation = Occupation.objects.get(slug="mortgage-underwriter")
        self.assertEqual(occupation.edited_fields, ["skills", "yearly_salary"])
        self.assertContains(
            self.client.get("/careers/"),
            '<a href="/careers/mortgage-underwriter/">Mortgage Underwriter</a>',
            html=True,
        )
        page = Page(self.client.get("/compare/loss-mitigation-specialist-vs-mortgage-underwriter/"))
        self.assertIn("The most important skill for a mortgage underwriter is risk analysis.", page.text)
        self.assertEqual(
            page.table("Loss mitigation specialist vs mortgage underwriter overview")["Yearly salary"],
            ["$43,251", "$61,000"],
        )

    def test_saved_duty_shows_on_the_occupation_page(self):
        response = self.edit(self.first, **{"duties-0-text": "Call borrowers about their options."})
        self.assertSaved(response)
        page = Page(self.client.get(self.first.get_absolute_url()))
        self.assertIn("Call borrowers about their options.", page.text)
        self.assertNotIn("Manage internal team SharePoint", page.text)

    def test_saved_wording_shows_on_the_comparison(self):
        self.assertSaved(self.edit(self.second, plural="collection agents"))
        self.assertContains(
            self.client.get(REFERENCE_URL), "loss mitigation specialists and collection agents"
        )

    def test_editors_changes_are_recorded_so_imports_keep_them(self):
        occupation = make_occupation("Payroll Clerk", yearly_salary=50000)
        self.assertSaved(self.edit(occupation, yearly_salary=52000, male_share="40"))
        occupation.refresh_from_db()
        self.assertEqual(occupation.edited_fields, ["gender", "yearly_salary"])


class OccupationAdminPagesTests(AdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.analyst = make_occupation(
            "Budget Analyst", soc_code="13-2031", category=make_category("Business")
        )

    def test_change_page_edits_figures_duties_skills_and_race_shares(self):
        response = self.client.get(self.change_url(self.first))
        for field in ("id_yearly_salary", "id_yearly_salary_source", "id_hourly_rate", "id_salary_low"):
            self.assertContains(response, f'id="{field}"')
        for prefix in ("duties", "skills", "race_shares"):
            self.assertContains(response, f'name="{prefix}-TOTAL_FORMS"')
        self.assertContains(response, "Manage internal team SharePoint and document repository.")

    def test_change_page_links_to_the_public_page(self):
        response = self.client.get(self.change_url(self.first))
        link = re.search(r'<a href="([^"]+)"[^>]*>View on site</a>', response.content.decode())
        self.assertIsNotNone(link, "a View on site link")
        self.assertTrue(self.client.get(link[1])["Location"].endswith("/careers/loss-mitigation-specialist/"))

    def test_search_finds_by_title_and_by_soc_code(self):
        for query in ("budget", "13-2031"):
            with self.subTest(query=query):
                response = self.client.get("/admin/careers/occupation/", {"q": query})
                self.assertContains(response, "Budget Analyst")
                self.assertNotContains(response, "Loss Mitigation Specialist")

    def test_list_filters_by_category(self):
        category = self.analyst.category
        response = self.client.get("/admin/careers/occupation/", {"category__id__exact": category.pk})
        self.assertContains(response, "Budget Analyst")
        self.assertNotContains(response, "Loss Mitigation Specialist")

    def test_every_model_has_an_admin_page_or_is_edited_inline(self):
        inline_models = {
            inline.model for model_admin in admin.site._registry.values() for inline in model_admin.inlines
        }
        for app in ("careers", "comparisons"):
            for model in apps.get_app_config(app).get_models():
                with self.subTest(model=model.__name__):
                    if model in inline_models:
                        continue
                    self.assertTrue(admin.site.is_registered(model))
                    url = f"/admin/{app}/{model._meta.model_name}/"
                    self.assertEqual(self.client.get(url).status_code, 200)
                    # The data version is written by saves and imports, never by hand.
                    adding = model is not DataVersion
                    self.assertEqual(self.client.get(url + "add/").status_code, 200 if adding else 403)


class WordingPreviewTests(AdminTestCase):
    """The change form shows how the title reads in generated sentences, before it is saved."""

    PREVIEW = "/admin/careers/occupation/wording-preview/"

    def test_change_form_shows_how_a_plural_title_reads(self):
        occupation = make_occupation(
            "Sales Representatives, Wholesale and Manufacturing", soc_code="41-4012", yearly_salary=74100
        )
        page = Page(self.client.get(self.change_url(occupation)))
        self.assertIn("One person a sales representative, wholesale and manufacturing", page.text)
        self.assertIn("Several sales representatives, wholesale and manufacturing", page.text)
        self.assertIn("Possessive sales representatives', wholesale and manufacturing pay", page.text)
        self.assertIn(
            "a sales representative, wholesale and manufacturing has an average salary of $74,100", page.text
        )
        self.assertNotIn("a sales representatives", page.text)

    def test_preview_follows_the_forms_being_typed(self):
        response = self.client.get(
            self.PREVIEW,
            {"title": "Herbalists", "singular": "", "plural": "", "article": "an", "yearly_salary": "41000"},
        )
        page = Page(response)
        self.assertIn("One person an herbalist", page.text)
        self.assertIn("Several herbalists", page.text)
        self.assertIn("an herbalist has an average salary of $41,000", page.text)
        corrected = Page(self.client.get(self.PREVIEW, {"title": "Herbalists", "plural": "herbal healers"}))
        self.assertIn("Several herbal healers", corrected.text)

    def test_preview_ignores_values_that_are_not_forms(self):
        response = self.client.get(self.PREVIEW, {"title": "Clerk", "article": "the", "yearly_salary": "①"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("One person a clerk", Page(response).text)
        self.assertIn("there is no salary figure yet for clerks", Page(response).text)

    def test_preview_is_for_editors_only(self):
        self.client.logout()
        response = self.client.get(self.PREVIEW, {"title": "Clerk"})
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])


class MissingFigureFilterTests(AdminTestCase):
    """The occupation list filters by a figure an occupation lacks, so editors see what to fill in."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        category = make_category("Sample BLS occupations")
        cls.rated = make_occupation(
            "Bill and Account Collectors", soc_code="43-3011", category=category, job_zone=2, skills=3
        )
        cls.unrated = make_occupation(
            "Office and Administrative Support Workers, All Other", soc_code="43-9199", category=category
        )

    def listed(self, **params):
        response = self.client.get("/admin/careers/occupation/", params)
        self.assertEqual(response.status_code, 200)
        return {occupation.title for occupation in response.context["cl"].result_list}

    def test_the_filter_offers_every_figure(self):
        response = self.client.get("/admin/careers/occupation/")
        self.assertContains(response, "By missing figure")
        self.assertContains(response, "missing Job zone (O*NET)")
        self.assertContains(response, "missing Race ratio")

    def test_missing_a_field_figure_lists_the_occupations_without_it(self):
        listed = self.listed(missing="job_zone")
        self.assertIn(self.unrated.title, listed)
        self.assertNotIn(self.rated.title, listed)
        # The reference occupations have no job zone either.
        self.assertIn("Loss Mitigation Specialist", listed)

    def test_missing_a_figure_of_related_rows_lists_the_occupations_without_any(self):
        listed = self.listed(missing="skills")
        self.assertIn(self.unrated.title, listed)
        self.assertNotIn(self.rated.title, listed)
        self.assertNotIn("Loss Mitigation Specialist", listed)

    def test_missing_a_text_figure_counts_blank_text_as_missing(self):
        listed = self.listed(missing="description")
        self.assertEqual(listed, {self.rated.title, self.unrated.title})
