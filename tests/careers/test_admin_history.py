"""Editors never lose each other's changes, and can read and revert every change."""

from django.contrib.auth.models import User
from django.test import TestCase
from reversion.models import Version

from careers.models import Duty, Occupation
from comparisons.models import Comparison
from tests.factories import reference_pair
from tests.pages import Page, form_data

CHANGE_URL = "/admin/careers/occupation/{}/change/"


class EditorsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alice = User.objects.create_superuser("alice", "alice@example.com", "alice-password-1")
        cls.bob = User.objects.create_superuser("bob", "bob@example.com", "bob-password-1")
        cls.first, cls.second = reference_pair()

    def open_form(self, editor, occupation=None):
        """The change form as ``editor`` sees it when opening it now."""
        self.client.force_login(editor)
        url = CHANGE_URL.format((occupation or self.first).pk)
        return form_data(self.client.get(url), "occupation_form")

    def submit(self, editor, data, occupation=None, **changes):
        self.client.force_login(editor)
        data = {**data, **{name: str(value) for name, value in changes.items()}}
        data["_continue"] = "Save and continue editing"
        return self.client.post(CHANGE_URL.format((occupation or self.first).pk), data)

    def stored(self):
        return Occupation.objects.get(pk=self.first.pk)


class ConcurrentEditTests(EditorsTestCase):
    def test_a_later_save_from_an_older_form_does_not_revert_the_earlier_one(self):
        alices, bobs = self.open_form(self.alice), self.open_form(self.bob)
        self.assertEqual(self.submit(self.alice, alices, yearly_salary=45000).status_code, 302)

        response = self.submit(self.bob, bobs, description="Works out new terms with borrowers.")

        self.assertEqual(response.status_code, 200)
        text = Page(response).text
        self.assertIn("alice (at ", text)
        self.assertIn("saved this occupation after you opened this page", text)
        self.assertIn("Yearly salary: 43251 \u2192 45000 (now in the form)", text)
        self.assertEqual(self.stored().yearly_salary, 45000, "alice's salary is kept")
        self.assertNotEqual(self.stored().description, "Works out new terms with borrowers.")
        # The form now holds both changes: saving it again keeps both.
        merged = form_data(response, "occupation_form")
        self.assertEqual(merged["yearly_salary"], "45000")
        self.assertEqual(merged["description"], "Works out new terms with borrowers.")
        self.assertEqual(self.submit(self.bob, merged).status_code, 302)
        self.assertEqual(self.stored().yearly_salary, 45000)
        self.assertEqual(self.stored().description, "Works out new terms with borrowers.")

    def test_when_both_change_the_same_field_the_form_keeps_mine_and_names_theirs(self):
        alices, bobs = self.open_form(self.alice), self.open_form(self.bob)
        self.submit(self.alice, alices, yearly_salary=45000)
        response = self.submit(self.bob, bobs, yearly_salary=47000)
        self.assertIn("Yearly salary: 43251 \u2192 45000 (you changed it too", Page(response).text)
        self.assertEqual(form_data(response, "occupation_form")["yearly_salary"], "47000")
        self.assertEqual(self.stored().yearly_salary, 45000)

    def test_a_changed_duty_is_a_conflict_too_and_is_kept(self):
        alices, bobs = self.open_form(self.alice), self.open_form(self.bob)
        self.submit(self.alice, alices, **{"duties-0-text": "Call borrowers about their options."})
        response = self.submit(self.bob, bobs, yearly_salary=41000)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Duties: rows as you opened them \u2192 rows changed", Page(response).text)
        merged = form_data(response, "occupation_form")
        self.assertEqual(merged["duties-0-text"], "Call borrowers about their options.")
        self.assertEqual(self.submit(self.bob, merged).status_code, 302)
        self.assertEqual(self.stored().yearly_salary, 41000)
        self.assertTrue(
            Duty.objects.filter(occupation=self.first, text__startswith="Call borrowers").exists()
        )

    def test_saving_twice_from_ones_own_form_is_no_conflict(self):
        data = self.open_form(self.alice)
        self.assertEqual(self.submit(self.alice, data, yearly_salary=45000).status_code, 302)
        again = self.open_form(self.alice)
        self.assertEqual(self.submit(self.alice, again, yearly_salary=46000).status_code, 302)
        self.assertEqual(self.stored().yearly_salary, 46000)


class HistoryTests(EditorsTestCase):
    def test_every_save_is_kept_with_who_and_when_and_can_be_reverted(self):
        self.submit(self.alice, self.open_form(self.alice), yearly_salary=45000)
        self.submit(self.bob, self.open_form(self.bob), **{"duties-0-text": "Call borrowers first."})
        versions = Version.objects.get_for_object(self.first)
        self.assertEqual(
            [v.revision.user.username for v in versions],
            ["bob", "alice"],
        )
        history = self.client.get(f"/admin/careers/occupation/{self.first.pk}/history/")
        self.assertContains(history, "alice")
        self.assertContains(history, "bob")

        # Revert to alice's version: bob's duty goes, her salary stays.
        alices = versions.get(revision__user=self.alice)
        url = f"/admin/careers/occupation/{self.first.pk}/history/{alices.pk}/"
        form = self.client.get(url)
        self.assertContains(form, "Press the save button below to revert to this version")
        response = self.client.post(url, form_data(form, "occupation_form"))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.stored().yearly_salary, 45000)
        self.assertFalse(Duty.objects.filter(text="Call borrowers first.").exists())
        self.assertIn(
            "Reverted to previous version", Version.objects.get_for_object(self.first)[0].revision.comment
        )

    def test_a_reverted_figure_shows_on_the_public_page(self):
        self.client.force_login(self.alice)
        first_save = self.submit(self.alice, self.open_form(self.alice), yearly_salary=45000)
        self.assertEqual(first_save.status_code, 302)
        self.submit(self.alice, self.open_form(self.alice), yearly_salary=50000)
        older = Version.objects.get_for_object(self.first).last()
        url = f"/admin/careers/occupation/{self.first.pk}/history/{older.pk}/"
        self.client.post(url, form_data(self.client.get(url), "occupation_form"))
        self.assertContains(self.client.get(self.first.get_absolute_url()), "$45,000")

    def test_changes_to_a_comparison_are_kept(self):
        self.client.force_login(self.alice)
        comparison = Comparison.objects.get(first=self.first, second=self.second)
        url = f"/admin/comparisons/comparison/{comparison.pk}/change/"
        data = form_data(self.client.get(url), "comparison_form")
        data["published"] = "" if comparison.published else "on"
        if not data["published"]:
            del data["published"]
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertEqual(len(Version.objects.get_for_object(comparison)), 1)
        self.assertContains(self.client.get(url.replace("change/", "history/")), "alice")
