"""What readers and editors see when things go wrong: a database outage, two editors at once,
a revert, and a Content-Security-Policy that blocks nothing the site needs."""

from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from playwright.sync_api import expect

from careers.models import Occupation

pytestmark = pytest.mark.browser

PAIR_PATH = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
OCCUPATION_PATH = "/careers/loss-mitigation-specialist/"
# Collects every Content-Security-Policy violation the page reports.
WATCH_CSP = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


def sign_in(context, site, username, password):
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.add_init_script(WATCH_CSP)
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    return page


@pytest.fixture
def editors(site):
    User.objects.create_superuser("alice", "alice@example.com", "alice-password-1")
    User.objects.create_superuser("bob", "bob@example.com", "bob-password-1")
    return Occupation.objects.get(slug="loss-mitigation-specialist")


def test_cached_pages_stay_up_and_the_rest_say_so_while_the_database_is_down(site, page, screenshot):
    page.goto(site + PAIR_PATH)  # now in the page cache
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("connection refused")):
        cached = page.goto(site + PAIR_PATH)
        assert cached.status == 200
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Loss mitigation specialist vs collections, customer service"
        )

        missing = page.goto(site + OCCUPATION_PATH)
        assert missing.status == 503
        assert missing.headers["retry-after"] == "30"
        expect(page.get_by_role("heading", level=1)).to_have_text("Back in a moment")
        expect(page.get_by_text("please try again in a minute")).to_be_visible()
        screenshot(page, "database-down-503")
    assert page.goto(site + OCCUPATION_PATH).status == 200


def test_an_editor_sees_what_another_changed_and_saves_both(site, browser, editors, screenshot):
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(2)]
    try:
        alice = sign_in(contexts[0], site, "alice", "alice-password-1")
        bob = sign_in(contexts[1], site, "bob", "bob-password-1")
        change = f"{site}/admin/careers/occupation/{editors.pk}/change/"
        alice.goto(change)
        bob.goto(change)

        alice.locator("#id_yearly_salary").fill("45000")
        alice.get_by_role("button", name="Save and continue editing").click()
        expect(alice.locator(".messagelist")).to_contain_text("was changed successfully")

        bob.locator("#id_description").fill("Works out new terms with borrowers who fall behind.")
        bob.get_by_role("button", name="Save and continue editing").click()
        errors = bob.locator(".errornote, .errorlist.nonfield")
        expect(errors.last).to_contain_text("alice (at ")
        expect(errors.last).to_contain_text("Yearly salary: 43251 \u2192 45000 (now in the form)")
        expect(bob.locator("#id_yearly_salary")).to_have_value("45000")
        expect(bob.locator("#id_description")).to_have_value(
            "Works out new terms with borrowers who fall behind."
        )
        screenshot(bob, "admin-conflict", full_page=False)

        bob.get_by_role("button", name="Save and continue editing").click()
        expect(bob.locator(".messagelist")).to_contain_text("was changed successfully")
        saved = Occupation.objects.get(pk=editors.pk)
        assert saved.yearly_salary == 45000
        assert saved.description == "Works out new terms with borrowers who fall behind."
        for page in (alice, bob):
            assert page.evaluate("window.cspViolations") == []
    finally:
        for context in contexts:
            context.close()


def test_an_editor_reverts_to_an_earlier_version_from_the_history(site, context, editors, screenshot):
    page = sign_in(context, site, "alice", "alice-password-1")
    change = f"{site}/admin/careers/occupation/{editors.pk}/change/"
    for salary in ("45000", "50000"):
        page.goto(change)
        page.locator("#id_yearly_salary").fill(salary)
        page.get_by_role("button", name="Save and continue editing").click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.get_by_role("link", name="History").click()
    expect(page.locator("#change-history")).to_contain_text("alice")
    screenshot(page, "admin-history")
    expect(page.locator("#change-history")).not_to_contain_text("opened_state")
    page.locator("#change-history a").first.click()  # the oldest version, with the salary 45,000
    expect(page.get_by_text("Press the save button below to revert to this version")).to_be_visible()
    expect(page.locator("#id_yearly_salary")).to_have_value("45000")
    screenshot(page, "admin-revert", full_page=False)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert Occupation.objects.get(pk=editors.pk).yearly_salary == 45000
    page.goto(change.replace("/change/", "/history/"))
    expect(page.locator("#change-history")).to_contain_text("Reverted to previous version")
    assert page.evaluate("window.cspViolations") == []


@pytest.mark.parametrize("path", ["/", PAIR_PATH, OCCUPATION_PATH, "/careers/", "/search/?q=loss"])
def test_public_pages_break_no_rule_of_the_content_security_policy(site, page, path):
    page.add_init_script(WATCH_CSP)
    response = page.goto(site + path)
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == []


def test_the_admin_change_form_and_its_preview_work_under_the_policy(site, context, editors):
    page = sign_in(context, site, "alice", "alice-password-1")
    page.goto(f"{site}/admin/careers/occupation/{editors.pk}/change/")
    page.locator("#id_title").fill("Herbalists")
    expect(page.locator("#wording-preview")).to_contain_text("a herbalist")
    page.get_by_text("Add another Duty").click()
    expect(page.locator("#id_duties-TOTAL_FORMS")).to_have_value("8")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == []


@pytest.mark.parametrize(
    "path",
    [
        "/compare/bill-collector-vs-service-representative/",
        "/compare/bill-collector-vs-service-representative/in/ohio/",
        "/careers/bill-collector/",
    ],
)
def test_pages_with_charts_and_suggestions_break_no_rule_of_the_policy(site, ohio, page, path):
    page.add_init_script(WATCH_CSP)
    page.goto(site + path)
    expect(page.locator(".chart-axis").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == []
