"""Sign-in to the admin is throttled: a few wrong passwords pause one user name from one address."""

from django.contrib.auth.models import User
from django.test import TestCase


class LoginThrottlingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        User.objects.create_superuser("alice", "alice@example.com", "alice-password-1")

    def sign_in(self, password):
        return self.client.post(
            "/admin/login/?next=/admin/",
            {"username": "alice", "password": password},
            REMOTE_ADDR="203.0.113.7",
        )

    def test_a_few_wrong_passwords_lock_the_user_out_from_that_address(self):
        for _ in range(4):
            self.assertEqual(self.sign_in("wrong").status_code, 200)
        locked = self.sign_in("wrong")
        self.assertEqual(locked.status_code, 429)
        self.assertContains(locked, "Too many wrong passwords", status_code=429)
        self.assertContains(locked, "paused for 15 minutes", status_code=429)
        # Even the right password is refused until the pause ends, and it costs no password check.
        self.assertEqual(self.sign_in("alice-password-1").status_code, 429)

    def test_another_address_can_still_sign_in(self):
        for _ in range(5):
            self.sign_in("wrong")
        response = self.client.post(
            "/admin/login/?next=/admin/",
            {"username": "alice", "password": "alice-password-1"},
            REMOTE_ADDR="198.51.100.9",
        )
        self.assertEqual(response.status_code, 302)

    def test_editors_see_lockouts_in_the_admin(self):
        for _ in range(5):
            self.sign_in("wrong")
        User.objects.create_superuser("bob", "bob@example.com", "bob-password-1")
        self.client.force_login(User.objects.get(username="bob"))
        response = self.client.get("/admin/axes/accessattempt/")
        self.assertContains(response, "alice")
        self.assertContains(response, "203.0.113.7")
